"""`classify_run(run_dir)`: re-derive every verdict of a stored run, without network.

Reads the run's cases and stored pages (`digimeter.core.runstore.RunStore`), classifies every
case with one `Classifier` (each page parsed once per run), stores the verdicts
(`save_verdicts` keeps the previous set), and writes `verdicts.csv` and
`classification_changes.csv` (what changed against the previous classification, with the
evidence of both). A run whose crawl is not complete is refused unless `allow_incomplete`;
a complete run becomes `classified`.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import signal
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from classifiers.classify import Classifier
from classifiers.ruleset import RuleSet, load_rules
from digimeter.core.model import VERDICT_FIELDS, Case, Product, Verdict
from digimeter.core.pages import normalize_url
from digimeter.core.runstate import CLASSIFIED
from digimeter.core.runstore import RunStore

VERDICTS_CSV = "verdicts.csv"
CHANGES_CSV = "classification_changes.csv"
#: The fields whose change is a change of classification.
COMPARED = ("status", "level", "level_strict", "route_url")
CHANGE_FIELDS: tuple[str, ...] = (
    "org_code", "org_name", "product_key", "change",
    *(f"{name}_{when}" for name in COMPARED for when in ("before", "after")),
    "rules_version_before", "rules_version_after", "evidence_before", "evidence_after",
)  # fmt: skip


@dataclass(frozen=True)
class ClassifyResult:
    """What one classification of a run produced."""

    run_dir: Path
    run_id: str
    rules_version: str
    verdicts: int
    by_status: dict[str, int] = field(default_factory=dict)
    changed: int = 0
    had_previous: bool = False
    seconds: float = 0.0
    verdicts_csv: Path = Path()
    changes_csv: Path = Path()
    #: the warning about the run's state ('' for a complete run)
    note: str = ""
    #: Review decisions whose verdict's evidence changed with this classification.
    stale_reviews: int = 0

    def summary(self) -> str:
        """One line: counts per status, changes, rules version and speed."""
        statuses = ", ".join(f"{n} {s}" for s, n in sorted(self.by_status.items()))
        rate = self.verdicts / self.seconds if self.seconds else 0.0
        changes = f"{self.changed} changed" if self.had_previous else "first classification"
        stale = (
            f"; {self.stale_reviews} review decision(s) flagged: evidence changed since the "
            "review (kept, listed again in the review app)"
            if self.stale_reviews
            else ""
        )
        return (
            f"classified {self.verdicts} cases of run {self.run_id} ({statuses}); {changes}; "
            f"rules {self.rules_version}; {self.seconds:.1f} s ({rate:.0f} verdicts/s){stale}"
        )


def _write_csv(path: Path, fields: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def changes(previous: list[dict[str, str]], current: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows of classification_changes.csv: new, removed and changed org x product pairs."""
    before = {(r["org_code"], r["product_key"]): r for r in previous}
    after = {(r["org_code"], r["product_key"]): r for r in current}
    rows: list[dict[str, str]] = []
    for key in [*after, *(k for k in before if k not in after)]:
        old, new = before.get(key), after.get(key)
        if old is not None and new is not None and all(old[f] == new[f] for f in COMPARED):
            continue
        change = "new" if old is None else "removed" if new is None else "changed"
        ref = new or old or {}
        row = {
            "org_code": key[0],
            "org_name": ref.get("org_name", ""),
            "product_key": key[1],
            "change": change,
        }
        for name in (*COMPARED, "rules_version", "evidence"):
            row[f"{name}_before"] = (old or {}).get(name, "")
            row[f"{name}_after"] = (new or {}).get(name, "")
        rows.append(row)
    return rows


#: Organisations per unit of work handed to a worker process.
ORGS_PER_TASK = 25


def _classify_cases(run_dir: Path, rules_dir: Path, cases: list[Case]) -> list[Verdict]:
    """The verdicts of some organisations' cases (runs in a worker process)."""
    store = RunStore(run_dir)
    pages = store.page_store()
    try:
        classifier = Classifier(pages, load_rules(rules_dir))
        on_page = partners_on_page(cases)
        return [
            replace(classifier.classify(case, on_page[id(case)]), run_id=store.run_id)
            for case in cases
        ]
    finally:
        pages.close()
        store.close()


def partners_on_page(cases: list[Case]) -> dict[int, tuple[Product, ...]]:
    """Per case (by id), the products of the same organisation's other found cases on the
    same page: a page that covers both products (discovery marks one 'shared:')."""
    pages: dict[tuple[str, str], list[Case]] = {}
    for case in cases:
        if case.outcome == "found" and case.product_url:
            pages.setdefault((case.org.code, normalize_url(case.product_url)), []).append(case)
    return {
        id(case): tuple(
            other.product
            for other in pages.get((case.org.code, normalize_url(case.product_url)), [])
            if other is not case
        )
        for case in cases
    }


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def _worker_ignores_interrupts() -> None:
    """Ctrl-C reaches the whole process group: the main process alone handles it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def classify_run(
    run_dir: Path | str,
    *,
    rules: RuleSet | None = None,
    workers: int | None = None,
    allow_incomplete: bool = False,
) -> ClassifyResult:
    """Classify every stored case of a run folder and write its verdict files.

    The organisations are shared out over `workers` processes (default: the CPU count, at
    most 4); each parses a page once. The verdicts are the same in any order or split.
    """
    started = time.perf_counter()
    run_dir = Path(run_dir)
    rules = rules or load_rules()
    rules_dir = rules.directory
    store = RunStore(run_dir)
    try:
        status = store.status()
        note = status.require_complete(allow_incomplete=allow_incomplete)
        run_id = store.run_id
        by_org: dict[str, list[Case]] = {}
        for case in store.cases():
            by_org.setdefault(case.org.code, []).append(case)
        groups = list(by_org.values())
        tasks = [
            [case for group in groups[i : i + ORGS_PER_TASK] for case in group]
            for i in range(0, len(groups), ORGS_PER_TASK)
        ]
        workers = workers or default_workers()
        if workers <= 1 or len(tasks) <= 1:
            parts = [_classify_cases(run_dir, rules_dir, t) for t in tasks]
        else:
            context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_worker_ignores_interrupts
            ) as pool:
                n = len(tasks)
                parts = list(pool.map(_classify_cases, [run_dir] * n, [rules_dir] * n, tasks))
        verdicts = [verdict for part in parts for verdict in part]
        rows = [verdict.as_row() for verdict in verdicts]
        previous = store.verdict_rows()
        store.save_verdicts(verdicts)
        stale = len(store.stale_reviews())
        changed = changes(previous, rows) if previous else []
        verdicts_csv, changes_csv = run_dir / VERDICTS_CSV, run_dir / CHANGES_CSV
        _write_csv(verdicts_csv, VERDICT_FIELDS, rows)
        _write_csv(changes_csv, CHANGE_FIELDS, changed)
        if status.complete:
            store.set_state(CLASSIFIED)
    finally:
        store.close()
    return ClassifyResult(
        run_dir=run_dir,
        run_id=run_id,
        rules_version=rules.version,
        verdicts=len(rows),
        by_status=dict(Counter(r["status"] for r in rows)),
        changed=len(changed),
        had_previous=bool(previous),
        seconds=time.perf_counter() - started,
        verdicts_csv=verdicts_csv,
        changes_csv=changes_csv,
        note=note,
        stale_reviews=stale,
    )
