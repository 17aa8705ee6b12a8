"""The records of review decisions: what a decision sets (`Outcome`), what a verdict rests
on (`Fingerprint`), and one decision (`Review`, a row of run.db's `reviews` table)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from digimeter.core.model import LEVELS, STATUSES

#: Where a decision came from.
ORIGINS = ("app", "sample", "sheet", "carried")


class ReviewError(ValueError):
    """A decision that cannot be stored; the message says what was expected."""


@dataclass(frozen=True)
class Outcome:
    """A verdict's status and levels (what a decision sets)."""

    status: str
    level: int | None = None
    level_strict: int | None = None

    @classmethod
    def of_verdict(cls, verdict: dict[str, str]) -> Outcome:
        return cls(verdict["status"], _int(verdict["level"]), _int(verdict["level_strict"]))

    @property
    def cell(self) -> str:
        """The level for ok, else the status (the classes of `digimeter evaluate`)."""
        return str(self.level) if self.status == "ok" else self.status

    def check(self) -> None:
        if self.status not in STATUSES:
            raise ReviewError(f"unknown status {self.status!r}; expected one of {STATUSES}")
        if self.status == "ok":
            if self.level not in LEVELS or self.level_strict not in LEVELS:
                raise ReviewError(f"status ok needs a level and a strict level in {LEVELS}")
            if self.level_strict != self.level and (self.level, self.level_strict) != (100, 67):
                raise ReviewError("the strict level equals the level, or is 67 for level 100")
        elif self.level is not None or self.level_strict is not None:
            raise ReviewError(f"status {self.status} has no level")


@dataclass(frozen=True)
class Fingerprint:
    """What a verdict rests on: its route, the rule ids of its evidence, its stored pages."""

    route_url: str
    rule_ids: str
    page_digest: str

    def differences(self, other: Fingerprint) -> list[str]:
        names = {"route_url": "route", "rule_ids": "rules", "page_digest": "stored pages"}
        return [n for attr, n in names.items() if getattr(self, attr) != getattr(other, attr)]


@dataclass(frozen=True)
class Review:
    """One row of the `reviews` table."""

    id: int
    org_code: str
    product_key: str
    reviewer: str
    reviewed_at: str
    decision: str
    old: Outcome
    new: Outcome
    reason: str
    rules_version: str
    evidence: str
    fingerprint: Fingerprint
    origin: str
    origin_detail: str
    sample_id: int | None
    proposal_id: int | None
    #: Set by `ReviewStorage.latest_reviews`: why the verdict no longer matches the review.
    stale: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.org_code, self.product_key)


def _int(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


def default_strict(level: int | None, signals: str) -> int | None:
    """The strict level for a level set by a reviewer: 100 stays 100 only with the
    verdict's pre-fill evidence (`prefill_text`), as the classifier decides it."""
    if level == 100 and "prefill_text" not in signals.split(";"):
        return 67
    return level


def rule_ids(verdict: dict[str, str]) -> str:
    """The sorted, unique rule ids of a verdict's evidence, `;`-joined."""
    try:
        items = json.loads(verdict.get("evidence") or "[]")
    except json.JSONDecodeError:
        items = []
    return ";".join(sorted({str(e.get("rule", "")) for e in items if isinstance(e, dict)}))


def review_from_row(row: sqlite3.Row | tuple[Any, ...]) -> Review:
    """A `reviews` row (columns in table order) as a Review."""
    r = list(row)
    return Review(
        r[0], r[1], r[2], r[3], r[4], r[5], Outcome(*r[6:9]), Outcome(*r[9:12]), r[12], r[13],
        r[14], Fingerprint(*r[15:18]), r[18], r[19], r[20], r[21],
    )  # fmt: skip
