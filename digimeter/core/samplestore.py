"""Accuracy samples in run.db: the sampled verdicts, their strata and the blind judgements.

`RunStore` inherits `SampleStorage`. A sample (`review sample`) is a stratified random draw
of the run's verdicts with status ok, not_found or not_offered; each stratum (organisation
type x level, or status) records its size in the run, so the estimate can weight it.
A reviewer judges a sampled verdict blind (without its level) first; that judgement is
kept in `sample_judgements` (append-only, for the agreement between reviewers), and the
decision itself goes into `reviews` with the sample's id.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from digimeter.core.reviewrecords import Outcome, Review, ReviewError, review_from_row

SAMPLE_SCHEMA = """
CREATE TABLE IF NOT EXISTS samples (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, size INTEGER NOT NULL,
    seed INTEGER NOT NULL, population INTEGER NOT NULL, rules_version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sample_strata (
    sample_id INTEGER, stratum TEXT, population INTEGER, drawn INTEGER,
    PRIMARY KEY (sample_id, stratum));
CREATE TABLE IF NOT EXISTS sample_items (
    sample_id INTEGER, position INTEGER, org_code TEXT, product_key TEXT, stratum TEXT,
    status TEXT, level INTEGER, level_strict INTEGER,
    PRIMARY KEY (sample_id, org_code, product_key));
CREATE TABLE IF NOT EXISTS sample_judgements (
    id INTEGER PRIMARY KEY AUTOINCREMENT, sample_id INTEGER NOT NULL, org_code TEXT NOT NULL,
    product_key TEXT NOT NULL, reviewer TEXT NOT NULL, judged_at TEXT NOT NULL,
    status TEXT NOT NULL, level INTEGER, level_strict INTEGER);
CREATE TRIGGER IF NOT EXISTS sample_judgements_no_update BEFORE UPDATE ON sample_judgements
    BEGIN SELECT RAISE(ABORT, 'sample_judgements is append-only'); END;
CREATE TRIGGER IF NOT EXISTS sample_judgements_no_delete BEFORE DELETE ON sample_judgements
    BEGIN SELECT RAISE(ABORT, 'sample_judgements is append-only'); END;
"""


@dataclass(frozen=True)
class SampleItem:
    """One sampled verdict: its stratum and its outcome when it was drawn."""

    org_code: str
    product_key: str
    stratum: str
    drawn: Outcome
    position: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.org_code, self.product_key)


@dataclass(frozen=True)
class Sample:
    """A recorded sample: its items and the size of every stratum in the run."""

    id: int
    created_at: str
    size: int
    seed: int
    population: int
    rules_version: str
    #: stratum -> (verdicts of the stratum in the run, verdicts drawn from it)
    strata: dict[str, tuple[int, int]]
    items: list[SampleItem]


@dataclass(frozen=True)
class Judgement:
    """A reviewer's blind judgement of a sampled verdict."""

    sample_id: int
    org_code: str
    product_key: str
    reviewer: str
    judged_at: str
    outcome: Outcome


class SampleStorage:
    """The sample tables of a run (mixed into `RunStore`, which provides `db`)."""

    db: sqlite3.Connection

    def save_sample(
        self,
        items: list[SampleItem],
        strata: dict[str, tuple[int, int]],
        *,
        seed: int,
        rules_version: str,
    ) -> int:
        """Record a drawn sample; returns its id (the newest sample is the current one)."""
        from digimeter.core.runstore import now_iso

        population = sum(n for n, _ in strata.values())
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO samples VALUES (NULL, ?, ?, ?, ?, ?)",
                (now_iso(), len(items), seed, population, rules_version),
            )
            sample_id = int(cursor.lastrowid or 0)
            self.db.executemany(
                "INSERT INTO sample_strata VALUES (?, ?, ?, ?)",
                [(sample_id, name, n, drawn) for name, (n, drawn) in strata.items()],
            )
            self.db.executemany(
                "INSERT INTO sample_items VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        sample_id,
                        i,
                        it.org_code,
                        it.product_key,
                        it.stratum,
                        it.drawn.status,
                        it.drawn.level,
                        it.drawn.level_strict,
                    )
                    for i, it in enumerate(items)
                ],
            )
        return sample_id

    def sample(self, sample_id: int | None = None) -> Sample | None:
        """A recorded sample (the newest when no id is given), or None."""
        if sample_id is None:
            row = self.db.execute("SELECT * FROM samples ORDER BY id DESC LIMIT 1").fetchone()
        else:
            row = self.db.execute("SELECT * FROM samples WHERE id = ?", (sample_id,)).fetchone()
        if row is None:
            return None
        sid, created_at, size, seed, population, rules_version = row
        strata = {
            name: (n, drawn)
            for name, n, drawn in self.db.execute(
                "SELECT stratum, population, drawn FROM sample_strata WHERE sample_id = ? "
                "ORDER BY stratum",
                (sid,),
            )
        }
        items = [
            SampleItem(org, key, stratum, Outcome(status, level, strict), position)
            for position, org, key, stratum, status, level, strict in self.db.execute(
                "SELECT position, org_code, product_key, stratum, status, level, level_strict "
                "FROM sample_items WHERE sample_id = ? ORDER BY position",
                (sid,),
            )
        ]
        return Sample(sid, created_at, size, seed, population, rules_version, strata, items)

    def add_judgement(
        self, sample_id: int, org_code: str, product_key: str, reviewer: str, outcome: Outcome
    ) -> None:
        """Record a blind judgement of a sampled verdict."""
        from digimeter.core.runstore import now_iso

        outcome.check()
        found = self.db.execute(
            "SELECT 1 FROM sample_items WHERE sample_id = ? AND org_code = ? AND product_key = ?",
            (sample_id, org_code, product_key),
        ).fetchone()
        if found is None:
            raise ReviewError(f"{org_code} x {product_key} is not in sample {sample_id}")
        with self.db:
            self.db.execute(
                "INSERT INTO sample_judgements VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sample_id,
                    org_code,
                    product_key,
                    reviewer,
                    now_iso(),
                    outcome.status,
                    outcome.level,
                    outcome.level_strict,
                ),
            )

    def judgements(self, sample_id: int) -> list[Judgement]:
        rows = self.db.execute(
            "SELECT sample_id, org_code, product_key, reviewer, judged_at, status, level, "
            "level_strict FROM sample_judgements WHERE sample_id = ? ORDER BY id",
            (sample_id,),
        )
        return [
            Judgement(s, o, k, r, at, Outcome(st, lv, ls)) for s, o, k, r, at, st, lv, ls in rows
        ]

    def sample_decisions(self, sample_id: int) -> dict[tuple[str, str], Review]:
        """The latest decision taken in the sample per sampled verdict."""

        rows = self.db.execute(
            "SELECT * FROM reviews WHERE id IN (SELECT MAX(id) FROM reviews WHERE sample_id = ? "
            "GROUP BY org_code, product_key)",
            (sample_id,),
        )
        return {(r.org_code, r.product_key): r for r in map(review_from_row, rows)}
