"""Reviewers' decisions in run.db: the append-only `reviews` table and the `overrides` view.

`RunStore` inherits `ReviewStorage`, so the review tables live with the run and are created
with it (`REVIEW_SCHEMA`, self-contained `IF NOT EXISTS` statements).

* `reviews`: one row per decision, never changed or deleted (triggers refuse it): who,
  when, the verdict's status and levels before (`old_*`) and the decision (`new_*`), the
  reason, the rules version and the evidence the reviewer saw (the evidence JSON, the route
  URL, the rule ids and a digest of the stored pages the verdict rests on), and where the
  decision came from (`origin`: app, sample, sheet, carried; `origin_detail`: the sheet
  file and row, or the earlier run). A revised decision is a new row; the history stays.
* `overrides` (a view): the latest decision per verdict (by `reviewed_at`, then by row)
  when it changes the verdict, in the columns scoring reads (`scoring.checks.OVERRIDE_FIELDS`).
* `page_digests`: a cache of the SHA-1 of stored page bodies (pages never change once
  written, so the key is their place in the WARC files).

A decision is `stale` when the verdict's evidence changed since the review (another route,
other rule ids, other stored pages, or another status or level): the override still
applies, and the review app lists it again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digimeter.core.pages import normalize_url
from digimeter.core.reviewrecords import (
    ORIGINS,
    Fingerprint,
    Outcome,
    Review,
    ReviewError,
    review_from_row,
    rule_ids,
)

if TYPE_CHECKING:
    from digimeter.core.runstore import RunStore, WarcPageStore

REVIEW_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_code TEXT NOT NULL, product_key TEXT NOT NULL,
    reviewer TEXT NOT NULL, reviewed_at TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('confirm', 'override')),
    old_status TEXT NOT NULL, old_level INTEGER, old_level_strict INTEGER,
    new_status TEXT NOT NULL, new_level INTEGER, new_level_strict INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    rules_version TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    route_url TEXT NOT NULL DEFAULT '',
    rule_ids TEXT NOT NULL DEFAULT '',
    page_digest TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'app',
    origin_detail TEXT NOT NULL DEFAULT '',
    sample_id INTEGER, proposal_id INTEGER);
CREATE INDEX IF NOT EXISTS reviews_verdict ON reviews (org_code, product_key, id);
CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews is append-only: add a new review instead'); END;
CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'reviews is append-only: add a new review instead'); END;
CREATE VIEW IF NOT EXISTS review_latest AS
    SELECT * FROM reviews r WHERE NOT EXISTS (
        SELECT 1 FROM reviews s WHERE s.org_code = r.org_code AND s.product_key = r.product_key
        AND (s.reviewed_at > r.reviewed_at OR (s.reviewed_at = r.reviewed_at AND s.id > r.id)));
CREATE VIEW IF NOT EXISTS overrides AS
    SELECT org_code, product_key, new_status AS status, new_level AS level,
           new_level_strict AS level_strict, reviewer, reviewed_at, reason, origin,
           origin_detail, id AS review_id
    FROM review_latest WHERE decision = 'override';
CREATE TABLE IF NOT EXISTS page_digests (
    warc_file TEXT, warc_offset INTEGER, digest TEXT, PRIMARY KEY (warc_file, warc_offset));
"""


class ReviewStorage:
    """The review tables of a run (mixed into `RunStore`, which provides `db`)."""

    db: sqlite3.Connection

    def page_store(self) -> WarcPageStore:
        """The run's stored pages: RunStore's own."""
        raise NotImplementedError

    def verdict_row(self, org_code: str, product_key: str) -> dict[str, str] | None:
        """The current verdict as a verdicts.csv row: RunStore's own (VerdictStorage)."""
        raise NotImplementedError

    def override_table(self) -> tuple[list[str], list[tuple[object, ...]]]:
        """The column names and rows of the `overrides` view (what scoring applies); no
        names for a run.db without one."""
        exists = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = 'overrides'"
        ).fetchone()
        if not exists:
            return [], []
        cursor = self.db.execute("SELECT * FROM overrides")
        return [d[0] for d in cursor.description], cursor.fetchall()

    def page_digest(self, url: str) -> str:
        """SHA-1 of the stored body of `url` (the rendered one when there is one); '' when
        the page was not stored, `error:<reason>` for a failed fetch."""
        row = self.db.execute(
            "SELECT warc_file, warc_offset, error FROM pages WHERE url = ? "
            "ORDER BY rendered DESC LIMIT 1",
            (normalize_url(url),),
        ).fetchone()
        if row is None:
            return ""
        warc_file, offset, error = row
        if not warc_file:
            return f"error:{error}"
        cached = self.db.execute(
            "SELECT digest FROM page_digests WHERE warc_file = ? AND warc_offset = ?",
            (warc_file, offset),
        ).fetchone()
        if cached:
            return str(cached[0])
        pages = self.page_store()
        try:
            page = pages.get(url)
        finally:
            pages.close()
        digest = hashlib.sha1(page.body if page else b"").hexdigest()
        self.db.execute(
            "INSERT OR REPLACE INTO page_digests VALUES (?, ?, ?)", (warc_file, offset, digest)
        )
        return digest

    def fingerprint(self, verdict: dict[str, str]) -> Fingerprint:
        """The verdict's route, rule ids and a digest of its product and route pages."""
        urls = [u for u in (verdict.get("product_url", ""), verdict.get("route_url", "")) if u]
        digests = ";".join(f"{normalize_url(u)}={self.page_digest(u)}" for u in urls)
        digest = hashlib.sha1(digests.encode()).hexdigest() if digests else ""
        return Fingerprint(verdict.get("route_url", ""), rule_ids(verdict), digest)

    # -- decisions ------------------------------------------------------------------------
    def add_review(
        self,
        org_code: str,
        product_key: str,
        new: Outcome,
        *,
        reviewer: str,
        reason: str = "",
        reviewed_at: str | None = None,
        origin: str = "app",
        origin_detail: str = "",
        sample_id: int | None = None,
        proposal_id: int | None = None,
        seen: dict[str, str] | None = None,
    ) -> Review:
        """Append a decision on the current verdict (confirm when `new` equals it).

        `seen`: the verdict as the reviewer saw it; refused when it is no longer current
        (the run was classified again meanwhile). A change needs a reason.
        """
        from digimeter.core.runstore import now_iso

        verdict = self.verdict_row(org_code, product_key)
        if verdict is None:
            raise ReviewError(f"no verdict for {org_code} x {product_key} in this run")
        if seen is not None and any(seen.get(k) != verdict[k] for k in seen):
            raise ReviewError(
                f"the verdict for {org_code} x {product_key} changed since it was shown "
                "(the run was classified again); open it again"
            )
        if not reviewer.strip():
            raise ReviewError("a decision needs the reviewer's name")
        if origin not in ORIGINS:
            raise ReviewError(f"unknown origin {origin!r}; expected one of {ORIGINS}")
        new.check()
        old = Outcome.of_verdict(verdict)
        decision = "confirm" if new == old else "override"
        if decision == "override" and not reason.strip():
            raise ReviewError("a change needs a reason")
        fp = self.fingerprint(verdict)
        values = (
            org_code,
            product_key,
            reviewer.strip(),
            reviewed_at or now_iso(),
            decision,
            old.status,
            old.level,
            old.level_strict,
            new.status,
            new.level,
            new.level_strict,
            reason.strip(),
            verdict["rules_version"],
            verdict["evidence"],
            fp.route_url,
            fp.rule_ids,
            fp.page_digest,
            origin,
            origin_detail,
            sample_id,
            proposal_id,
        )
        with self.db:
            cursor = self.db.execute(
                f"INSERT INTO reviews VALUES (NULL, {', '.join('?' * len(values))})", values
            )
        return self.review(int(cursor.lastrowid or 0))

    def review(self, review_id: int) -> Review:
        row = self.db.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None:
            raise ReviewError(f"no review {review_id}")
        return review_from_row(row)

    def reviews(self, org_code: str | None = None, product_key: str | None = None) -> list[Review]:
        """Every decision, oldest first (of one verdict when given)."""
        if org_code is None:
            rows = self.db.execute("SELECT * FROM reviews ORDER BY id")
        else:
            rows = self.db.execute(
                "SELECT * FROM reviews WHERE org_code = ? AND product_key = ? ORDER BY id",
                (org_code, product_key),
            )
        return [review_from_row(r) for r in rows]

    def latest_reviews(self, *, with_stale: bool = True) -> dict[tuple[str, str], Review]:
        """The current decision per verdict, with `stale` set where the evidence changed."""
        latest = {
            r.key: r for r in map(review_from_row, self.db.execute("SELECT * FROM review_latest"))
        }
        if not with_stale:
            return latest
        return {key: self._flag_stale(review) for key, review in latest.items()}

    def latest_review(self, org_code: str, product_key: str) -> Review | None:
        """The current decision on one verdict (with `stale` set), or None."""
        row = self.db.execute(
            "SELECT * FROM review_latest WHERE org_code = ? AND product_key = ?",
            (org_code, product_key),
        ).fetchone()
        return None if row is None else self._flag_stale(review_from_row(row))

    def _flag_stale(self, review: Review) -> Review:
        verdict = self.verdict_row(*review.key)
        if verdict is None:
            why: tuple[str, ...] = ("no verdict",)
        else:
            why = tuple(review.fingerprint.differences(self.fingerprint(verdict)))
            if Outcome.of_verdict(verdict) != review.old:
                why = ("status or level", *why)
        return Review(**{**review.__dict__, "stale": why}) if why else review

    def stale_reviews(self) -> list[Review]:
        return [r for r in self.latest_reviews().values() if r.stale]

    # -- carrying decisions forward ---------------------------------------------------------
    def carry_reviews(self, earlier: RunStore) -> CarryResult:
        """Apply each current decision of `earlier` whose verdict here rests on the same
        evidence (route URL, rule ids, page digest), marked as carried from that run.

        Verdicts that already have a decision in this run are left alone; the others stay
        in the queue. The carried decision keeps its reviewer, date and reason; it confirms
        or overrides this run's verdict depending on whether they agree.
        """
        mine = self.latest_reviews(with_stale=False)
        result = CarryResult(earlier_run=earlier.run_id)
        for key, review in earlier.latest_reviews(with_stale=False).items():
            verdict = self.verdict_row(*key)
            if key in mine:
                result.already_reviewed += 1
            elif verdict is None:
                result.no_verdict += 1
            elif self.fingerprint(verdict) != review.fingerprint:
                result.changed.append(key)
            else:
                self.add_review(
                    *key,
                    review.new,
                    reviewer=review.reviewer,
                    reason=review.reason or f"confirmed in run {earlier.run_id}",
                    origin="carried",
                    origin_detail=f"run {earlier.run_id}, review {review.id} of "
                    f"{review.reviewed_at} ({review.origin})",
                )
                result.carried += 1
        return result


@dataclass
class CarryResult:
    """What `carry_reviews` did."""

    earlier_run: str
    carried: int = 0
    already_reviewed: int = 0
    no_verdict: int = 0
    #: Verdicts whose evidence changed: they go to the queue.
    changed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"carried {self.carried} decision(s) from run {self.earlier_run}; "
            f"{len(self.changed)} verdict(s) with changed evidence left for review, "
            f"{self.already_reviewed} already reviewed here, {self.no_verdict} without a "
            "verdict in this run"
        )
