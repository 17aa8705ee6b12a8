"""Corrections proposed by organisations (their returned sheets), kept in run.db.

`RunStore` inherits `ProposalStorage`. A proposal is what one row of a returned sheet says
(a level or status, and an explanation) with its origin (file, row, the file's digest);
importing the same file again adds nothing. A proposal changes nothing by itself: a
reviewer accepts or rejects it in the review app, which appends a decision to `reviews`
naming the proposal (`reviews.proposal_id`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

PROPOSAL_SCHEMA = """
CREATE TABLE IF NOT EXISTS proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT, org_code TEXT NOT NULL, product_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '', level INTEGER, explanation TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL, source_row INTEGER NOT NULL, file_digest TEXT NOT NULL,
    imported_at TEXT NOT NULL, UNIQUE (file_digest, source_row));
"""


@dataclass(frozen=True)
class Proposal:
    """One organisation's proposed correction of a verdict."""

    org_code: str
    product_key: str
    #: The proposed status ('' when the row only explains), and level for status ok.
    status: str
    level: int | None
    explanation: str
    source_file: str
    source_row: int
    file_digest: str
    id: int = 0
    imported_at: str = ""
    #: The review that accepted or rejected it (0: still open).
    decided_by: int = 0

    @property
    def origin(self) -> str:
        return f"{self.source_file}, row {self.source_row}"


class ProposalStorage:
    """The proposals table of a run (mixed into `RunStore`, which provides `db`)."""

    db: sqlite3.Connection

    def add_proposals(self, proposals: list[Proposal]) -> int:
        """Store proposals; returns how many were new (a re-imported row is skipped)."""
        from digimeter.core.runstore import now_iso

        now = now_iso()
        before = self.db.total_changes
        with self.db:
            self.db.executemany(
                "INSERT OR IGNORE INTO proposals VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        p.org_code,
                        p.product_key,
                        p.status,
                        p.level,
                        p.explanation,
                        p.source_file,
                        p.source_row,
                        p.file_digest,
                        now,
                    )
                    for p in proposals
                ],
            )
        return self.db.total_changes - before

    def proposals(self, *, open_only: bool = False) -> list[Proposal]:
        rows = self.db.execute(
            "SELECT p.*, COALESCE((SELECT MAX(r.id) FROM reviews r WHERE r.proposal_id = p.id), 0) "
            "FROM proposals p ORDER BY p.id"
        )
        found = [
            Proposal(org, key, status, level, text, file, row, digest, pid, at, decided)
            for pid, org, key, status, level, text, file, row, digest, at, decided in rows
        ]
        return [p for p in found if not p.decided_by] if open_only else found

    def proposal(self, proposal_id: int) -> Proposal | None:
        return next((p for p in self.proposals() if p.id == proposal_id), None)
