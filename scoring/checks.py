"""Checks of the tables scoring reads: verdicts, organisations, review overrides.

Each check returns the table typed (levels as Int64, text as str) or raises
`ScoringInputError` naming the source, the line (CSV) or row (run.db), the field, the value
and what was expected.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from digimeter.core.errors import BadInput
from digimeter.core.model import AUDIENCES, LEVELS, ORG_TYPES, STATUSES, VERDICT_FIELDS

#: Verdict columns scoring cannot do without.
REQUIRED_VERDICT_FIELDS = (
    "org_code", "org_type", "product_key", "audience", "status", "level", "level_strict",
)  # fmt: skip
#: Columns of a review override (the review app's `overrides` table in run.db).
OVERRIDE_FIELDS = (
    "org_code", "product_key", "status", "level", "level_strict", "reviewer", "reviewed_at",
    "reason",
)  # fmt: skip


class ScoringInputError(BadInput, ValueError):
    """Input that cannot be scored; the message says where and what was expected."""

    def __init__(self, source: str, message: str, *, where: str = "", field: str = "") -> None:
        text = source
        if where:
            text += f", {where}"
        if field:
            text += f", field '{field}'"
        super().__init__(f"{text}: {message}")
        self.source = source
        self.where = where
        self.field = field


def _first(mask: pd.Series) -> int:
    """The position of the first row `mask` flags (call only when one is flagged)."""
    return int(mask.to_numpy().nonzero()[0][0])


def _check_allowed(
    frame: pd.DataFrame,
    column: str,
    allowed: tuple[str, ...],
    source: str,
    where: Callable[[int], str],
    note: str = "",
) -> None:
    """Raise for the first row whose `column` is not one of `allowed`."""
    bad = ~frame[column].isin(allowed)
    if bad.any():
        i = _first(bad)
        raise ScoringInputError(
            source,
            f"unknown {column} {frame[column].iloc[i]!r}; expected one of "
            f"{', '.join(allowed)}{note}",
            where=where(i),
            field=column,
        )


def _levels(
    frame: pd.DataFrame, column: str, source: str, where: Callable[[int], str]
) -> pd.Series:
    """Parse a level column: '' -> NA, '33' / '33.0' -> 33; anything else is an error."""
    values = frame[column].astype(object)
    raw = values.where(values.notna(), "").astype(str).str.strip()
    numbers = pd.to_numeric(raw.where(raw != "", None), errors="coerce")
    bad = (raw != "") & ~numbers.isin(LEVELS)
    if bad.any():
        i = _first(bad)
        raise ScoringInputError(
            source,
            f"{raw.iloc[i]!r} is not a level; expected one of {', '.join(map(str, LEVELS))} "
            "or empty",
            where=where(i),
            field=column,
        )
    return numbers.astype("Int64")


def _check_status_levels(
    frame: pd.DataFrame, source: str, where: Callable[[int], str], *, strict_required: bool
) -> None:
    _check_allowed(frame, "status", STATUSES, source, where)
    ok = frame["status"] == "ok"
    checks: list[tuple[pd.Series, str, str]] = [
        (ok & frame["level"].isna(), "level", "status ok needs a level (0, 33, 67 or 100)"),
        (~ok & frame["level"].notna(), "level", "only status ok has a level; expected empty"),
        (~ok & frame["level_strict"].notna(), "level_strict", "only status ok has a level"),
    ]
    if strict_required:
        checks.append(
            (ok & frame["level_strict"].isna(), "level_strict", "status ok needs a level_strict")
        )
    strict, level = frame["level_strict"], frame["level"]
    mismatch = (
        ok & strict.notna() & level.notna() & (strict != level) & ~((level == 100) & (strict == 67))
    )
    checks.append(
        (
            mismatch.fillna(False),
            "level_strict",
            "level_strict must equal level, or be 67 when level is 100 (strict convention)",
        )
    )
    for mask, column, message in checks:
        mask = mask.fillna(False).astype(bool)
        if mask.any():
            i = _first(mask)
            value = frame[column].iloc[i]
            shown = "" if pd.isna(value) else str(value)
            raise ScoringInputError(
                source,
                f"{message} (status {frame['status'].iloc[i]!r}, value {shown!r})",
                where=where(i),
                field=column,
            )


def check_verdicts(
    frame: pd.DataFrame, source: str, *, where: Callable[[int], str]
) -> pd.DataFrame:
    """Check a verdicts frame and return it typed: levels as Int64, text columns as str."""
    missing = [c for c in REQUIRED_VERDICT_FIELDS if c not in frame.columns]
    if missing:
        raise ScoringInputError(
            source,
            f"missing column(s) {', '.join(missing)}; expected the verdicts.csv columns "
            f"{','.join(VERDICT_FIELDS)}",
            where="header",
        )
    if frame.empty:
        raise ScoringInputError(source, "no verdict rows; expected at least one")
    frame = frame.reset_index(drop=True).copy()
    for column in VERDICT_FIELDS:
        if column not in frame.columns:
            frame[column] = ""
        elif column not in ("level", "level_strict"):
            frame[column] = frame[column].fillna("").astype(str).str.strip()
    for column, expected in (("org_code", "an organisation code"), ("product_key", "a key")):
        empty = frame[column] == ""
        if empty.any():
            i = _first(empty)
            raise ScoringInputError(
                source, f"empty value; expected {expected}", where=where(i), field=column
            )
    _check_allowed(frame, "org_type", ORG_TYPES, source, where)
    _check_allowed(frame, "audience", AUDIENCES, source, where, " (beide counts for both)")
    frame["level"] = _levels(frame, "level", source, where)
    frame["level_strict"] = _levels(frame, "level_strict", source, where)
    _check_status_levels(frame, source, where, strict_required=True)
    duplicated = frame.duplicated(["org_code", "product_key"], keep="first")
    if duplicated.any():
        i = _first(duplicated)
        first = frame.index[
            (frame["org_code"] == frame.at[i, "org_code"])
            & (frame["product_key"] == frame.at[i, "product_key"])
        ][0]
        raise ScoringInputError(
            source,
            f"second verdict for {frame.at[i, 'org_code']} x {frame.at[i, 'product_key']} "
            f"(first at {where(int(first))}); expected one verdict per organisation x product",
            where=where(i),
            field="product_key",
        )
    return frame


def check_organisations(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """Type the organisation list; `inhabitants` must be a whole number or empty."""
    frame = frame.reset_index(drop=True).copy()
    raw = frame["inhabitants"].map(
        lambda v: "" if v is None or v != v else str(v).strip().replace(" ", "").replace("_", "")
    )
    numbers = pd.to_numeric(raw.where(raw != "", None), errors="coerce")
    bad = (raw != "") & (numbers.isna() | (numbers < 0) | (numbers % 1 != 0))
    if bad.any():
        i = _first(bad)
        raise ScoringInputError(
            source,
            f"{frame['inhabitants'].iloc[i]!r} for {frame['org_code'].iloc[i]} is not a number "
            "of inhabitants; expected a whole number such as 23456, or empty",
            where=f"organisation {i + 1}",
            field="inhabitants",
        )
    frame["inhabitants"] = numbers.astype("Int64")
    return frame


def empty_overrides() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in OVERRIDE_FIELDS})
    frame["level"] = frame["level"].astype("Int64")
    frame["level_strict"] = frame["level_strict"].astype("Int64")
    return frame


def check_overrides(
    frame: pd.DataFrame, source: str, *, where: Callable[[int], str]
) -> pd.DataFrame:
    """Check review overrides; a missing level_strict of an ok override defaults to level."""
    missing = [c for c in ("org_code", "product_key", "status", "level") if c not in frame.columns]
    if missing:
        raise ScoringInputError(
            source,
            f"missing column(s) {', '.join(missing)}; expected {','.join(OVERRIDE_FIELDS)}",
            where="header",
        )
    frame = frame.reset_index(drop=True).copy()
    for column in OVERRIDE_FIELDS:
        if column not in frame.columns:
            frame[column] = ""
        elif column not in ("level", "level_strict"):
            frame[column] = frame[column].map(lambda v: "" if v is None or v != v else str(v))
    frame["level"] = _levels(frame, "level", source, where)
    frame["level_strict"] = _levels(frame, "level_strict", source, where)
    ok = frame["status"] == "ok"
    frame.loc[ok & frame["level_strict"].isna(), "level_strict"] = frame["level"]
    _check_status_levels(frame, source, where, strict_required=False)
    return frame[list(OVERRIDE_FIELDS)]
