"""`score_run`: score a run and write every table, the workbook and `summary.json`.

Nothing is written until the run (and the compared run) have been read, checked and
scored, so bad input never leaves a mix of old and new tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from digimeter.runstore import find_run, now_iso
from scoring.compare import compare_tables
from scoring.compute import ScoreTables, compute_scores
from scoring.exports import atomic_path, shape, write_csv, write_excel, write_parquet
from scoring.inputs import ScoringInputError, load_run
from scoring.reviewed import review_note
from scoring.summary import CONVENTIONS, NOT_FOUND_HANDLING, build_summary
from scoring.tables import TABLES, TABLES_BY_NAME

SUMMARY_NAME = "summary.json"


@dataclass
class ScoreResult:
    """What `score_run` computed and wrote."""

    run_id: str
    out_dir: Path
    scores: ScoreTables
    #: The exported tables by name, shaped and rounded as written.
    tables: dict[str, pd.DataFrame]
    summary: dict[str, Any]
    paths: list[Path] = field(default_factory=list)
    compared: ScoreTables | None = None


def resolve_run(run: Path | str, output: Path | str = "output") -> Path:
    """A run given as a path (a run folder, a folder with a verdicts.csv, or a verdicts CSV
    file), or as a run id under `output`."""
    if Path(run).exists():
        return Path(run)
    try:
        return find_run(run, output)
    except FileNotFoundError as exc:
        raise ScoringInputError(
            str(run), f"no such run folder, run id under {output}/ or verdicts CSV file"
        ) from exc


def output_dir(run_path: Path) -> Path:
    """Where a run's tables go: the run folder, or the folder of a verdicts CSV file."""
    return run_path if run_path.is_dir() else run_path.parent


def score_tables_for(
    run_dir: Path | str, *, compare: Path | str | None = None, not_found: str = "zero"
) -> tuple[ScoreTables, ScoreTables | None, dict[str, pd.DataFrame]]:
    """Score a run (and the compared run) in memory; the `changes_*` tables when compared."""
    scores = compute_scores(load_run(run_dir), not_found=not_found)
    total = scores.tables["scores_types"].set_index("org_type")["availability_pooled"]
    published = total.get("all")
    scores.review = review_note(
        scores.run.run_dir,
        published_availability=None if published is None or pd.isna(published) else published,
        not_found=not_found,
    )
    if compare is None:
        return scores, None, {}
    earlier = compute_scores(load_run(compare), not_found=not_found)
    return scores, earlier, compare_tables(scores, earlier)


def about_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """The `about` sheet of the workbook: what the run is and how it was scored."""
    rows = [
        ("run", summary["run_id"]),
        ("generated at", summary["generated_at"]),
        ("rules version(s)", ", ".join(summary["rules_versions"]) or "(none recorded)"),
        ("not_found", NOT_FOUND_HANDLING[summary["options"]["not_found"]]),
        ("conventions", "authenticated (default columns), strict (*_strict), EU (score_eu)"),
        *((f"convention {k}", v) for k, v in CONVENTIONS.items()),
        ("averaging", summary["averaging"]),
        ("overrides applied", str(summary["overrides"]["applied"])),
        ("overrides unmatched", str(summary["overrides"]["unmatched"])),
        ("verdicts checked by people", str(summary["review"]["checked"])),
        ("verdicts changed by people", str(summary["review"]["changed"])),
        *(("accuracy (sample)", line) for line in summary["review"]["accuracy"]),
        ("percentages", "percentage cells; *_change columns are percentage points"),
    ]
    if summary.get("compare"):
        rows.append(("compared with run", summary["compare"]["run_id"]))
    rows += [(f"sheet {s.name}", f"{s.title}: one row per {s.row}") for s in TABLES]
    return rows


def score_run(
    run_dir: Path | str, *, compare: Path | str | None = None, not_found: str = "zero"
) -> ScoreResult:
    """Score a run folder and write its tables into it; see `scoring.tables` for columns."""
    run_path = Path(run_dir)
    scores, earlier, changes = score_tables_for(run_path, compare=compare, not_found=not_found)
    out = output_dir(run_path)
    frames = {**scores.tables, **changes}
    shaped = {name: shape(frames[name], TABLES_BY_NAME[name]) for name in frames}
    summary = build_summary(scores, generated_at=now_iso(), compare=earlier, changes=changes)
    paths: list[Path] = []
    summary["tables"] = {}
    for name, frame in shaped.items():
        csv_path, parquet_path = out / f"{name}.csv", out / f"{name}.parquet"
        write_csv(frame, csv_path)
        write_parquet(frame, parquet_path)
        paths += [csv_path, parquet_path]
        summary["tables"][name] = {
            "csv": csv_path.name, "parquet": parquet_path.name, "rows": len(frame)
        }  # fmt: skip
    for spec in TABLES:  # a table of an earlier scoring that this one does not have
        if spec.name not in shaped:
            for suffix in (".csv", ".parquet"):
                (out / f"{spec.name}{suffix}").unlink(missing_ok=True)
    excel_path = out / f"digimeter-{scores.run.run_id}.xlsx"
    summary["excel"] = excel_path.name
    write_excel(
        excel_path, [(TABLES_BY_NAME[n], f) for n, f in shaped.items()], about_rows(summary)
    )
    paths.append(excel_path)
    summary_path = out / SUMMARY_NAME
    with atomic_path(summary_path) as tmp:
        tmp.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths.append(summary_path)
    return ScoreResult(
        run_id=scores.run.run_id,
        out_dir=out,
        scores=scores,
        tables=shaped,
        summary=summary,
        paths=paths,
        compared=earlier,
    )
