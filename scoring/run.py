"""`score_run`: score a run and write every table, the workbook and `summary.json`.

Nothing is written until the run (and the compared run) have been read, checked and
scored, so bad input never leaves a mix of old and new tables. A run whose crawl is not
complete is refused unless `allow_incomplete` (its outputs then say so in their headline).
When the compared run shares less than half of either run's organisations, only the shared
ones are compared, and the outputs say so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from digimeter.core.runstate import SCORED
from digimeter.core.runstore import RunStore, find_run, now_iso, set_run_state
from scoring.compare import compare_tables
from scoring.compute import ScoreTables, compute_scores
from scoring.exports import atomic_path, shape, write_csv, write_excel, write_parquet
from scoring.i18n import DEFAULT_LANGUAGE, Messages, messages
from scoring.inputs import RunInput, ScoringInputError, load_run
from scoring.mergers import Merger, apply_mergers, default_mergers
from scoring.notices import crawl_notices, run_state_notice, shared_notice
from scoring.reviewed import review_note
from scoring.sheetnames import sheet_title, table_description
from scoring.summary import CONVENTION_NAMES, build_summary
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
        error = ScoringInputError(
            str(run), f"no such run folder, run id under {output}/ or verdicts CSV file"
        )
        error.hint = "`digimeter runs` lists the run folders"
        raise error from exc


def output_dir(run_path: Path) -> Path:
    """Where a run's tables go: the run folder, or the folder of a verdicts CSV file."""
    return run_path if run_path.is_dir() else run_path.parent


def last_not_found(out: Path) -> str:
    """The not_found handling of the last scoring in `out` (zero when never scored)."""
    summary = out / SUMMARY_NAME
    if summary.is_file():
        try:
            return str(json.loads(summary.read_text(encoding="utf-8"))["options"]["not_found"])
        except (KeyError, TypeError, json.JSONDecodeError):
            return "zero"
    return "zero"


def checked_run(path: Path | str, *, allow_incomplete: bool) -> RunInput:
    """Refuse an incomplete run unless allowed (its note is then kept), and load it."""
    note, crawled = "", []
    if (Path(path) / RunStore.DB_NAME).is_file():
        store = RunStore(path)
        try:
            note = store.status().require_complete(allow_incomplete=allow_incomplete)
            names = {o.code: o.name for o in store.organisations()}
            crawled = crawl_notices(store.org_summaries(), names)
        finally:
            store.close()
    run = load_run(path)
    notice = run_state_notice(run.status) if note else None
    run.notes += [n for n in (notice, *crawled) if n is not None]
    return run


def _only(run: RunInput, codes: set[str]) -> RunInput:
    """The run restricted to some organisations."""
    keep = run.verdicts["org_code"].isin(codes)
    return replace(
        run,
        verdicts=run.verdicts[keep].reset_index(drop=True),
        organisations=run.organisations[run.organisations["org_code"].isin(codes)],
        overrides=run.overrides[run.overrides["org_code"].isin(codes)],
    )


def score_tables_for(
    run_dir: Path | str,
    *,
    compare: Path | str | None = None,
    not_found: str = "zero",
    allow_incomplete: bool = False,
    mergers: list[Merger] | None = None,
) -> tuple[ScoreTables, ScoreTables | None, dict[str, pd.DataFrame]]:
    """Score a run (and the compared run) in memory; the `changes_*` tables when compared.

    `mergers` (default: config/mergers.csv) count the compared run's predecessors of a
    merged municipality as its successor."""
    run = checked_run(run_dir, allow_incomplete=allow_incomplete)
    scores = compute_scores(run, not_found=not_found)
    total = scores.tables["scores_types"].set_index("org_type")["availability_pooled"]
    published = total.get("all")
    scores.review = review_note(
        scores.run.run_dir,
        published_availability=None if published is None or pd.isna(published) else published,
        not_found=not_found,
    )
    if compare is None:
        return scores, None, {}
    before = apply_mergers(
        checked_run(compare, allow_incomplete=allow_incomplete),
        run,
        default_mergers() if mergers is None else mergers,
    )
    now_codes, then_codes = set(run.verdicts["org_code"]), set(before.verdicts["org_code"])
    shared = now_codes & then_codes
    if not shared:
        error = ScoringInputError(
            before.source, f"shares no organisation with run {run.run_id}; nothing to compare"
        )
        error.hint = "compare runs that measured the same organisations"
        raise error
    if len(shared) < len(now_codes) / 2 or len(shared) < len(then_codes) / 2:
        run.notes.append(
            shared_notice(run.run_id, before.run_id, len(shared), len(now_codes), len(then_codes))
        )
        earlier = compute_scores(_only(before, shared), not_found=not_found)
        now = compute_scores(_only(run, shared), not_found=not_found)
        return scores, earlier, compare_tables(now, earlier)
    earlier = compute_scores(before, not_found=not_found)
    return scores, earlier, compare_tables(scores, earlier)


def _state_name(state: str, m: Messages) -> str:
    return m.t(f"run_state.{state}") if m.has(f"run_state.{state}") else state


def about_rows(
    summary: dict[str, Any], scores: ScoreTables, sheets: list[str], m: Messages
) -> list[tuple[str, str]]:
    """The `about` sheet of the workbook: what the run is, how it was scored, and the
    `sheets` (table names) the workbook has, in the language of `m`."""
    rows = [
        *((m.t("about.warning"), note.text(m)) for note in scores.run.notes),
        (m.t("about.run"), summary["run_id"]),
        (m.t("about.run_state"), _state_name(summary["run_state"]["state"], m)),
        (m.t("about.generated_at"), summary["generated_at"]),
        (m.t("about.rules"), ", ".join(summary["rules_versions"]) or m.t("about.no_rules")),
        (m.t("about.not_found"), m.t(f"method.not_found.{summary['options']['not_found']}")),
        (m.t("about.conventions"), m.t("about.conventions_value")),
        *((m.t("about.convention", name=k), m.t(f"convention.{k}")) for k in CONVENTION_NAMES),
        (m.t("about.averaging"), m.t("convention.averaging")),
        (m.t("about.overrides_applied"), str(summary["overrides"]["applied"])),
        (m.t("about.overrides_unmatched"), str(summary["overrides"]["unmatched"])),
        (m.t("about.checked"), str(summary["review"]["checked"])),
        (m.t("about.changed"), str(summary["review"]["changed"])),
        *((m.t("about.accuracy"), line) for line in scores.review.accuracy_lines(m)),
        (m.t("about.percentages"), m.t("about.percentages_value")),
        (m.t("about.columns"), m.t("about.columns_value")),
    ]
    if summary.get("compare"):
        rows.append((m.t("about.compared"), summary["compare"]["run_id"]))
    for name in sheets:
        spec = TABLES_BY_NAME[name]
        title, row = table_description(spec, m.lang)
        rows.append(
            (m.t("about.sheet_row", name=sheet_title(spec, m.lang)),
             m.t("about.sheet_value", title=title, row=row))
        )  # fmt: skip
    return rows


def score_run(
    run_dir: Path | str,
    *,
    compare: Path | str | None = None,
    not_found: str = "zero",
    mergers: list[Merger] | None = None,
    allow_incomplete: bool = False,
    lang: str = DEFAULT_LANGUAGE,
) -> ScoreResult:
    """Score a run folder and write its tables into it; see `scoring.tables` for columns.

    The workbook's sheet and column names and its about sheet are in `lang` (nl or en);
    the CSV, Parquet and JSON files are the same in every language."""
    run_path = Path(run_dir)
    scores, earlier, changes = score_tables_for(
        run_path,
        compare=compare,
        not_found=not_found,
        allow_incomplete=allow_incomplete,
        mergers=mergers,
    )
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
    m = messages(lang)
    write_excel(
        excel_path,
        [(TABLES_BY_NAME[n], f) for n, f in shaped.items()],
        about_rows(summary, scores, list(shaped), m),
        lang=m.lang,
    )
    paths.append(excel_path)
    summary_path = out / SUMMARY_NAME
    with atomic_path(summary_path) as tmp:
        tmp.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths.append(summary_path)
    status = scores.run.status
    if status is not None and status.complete:
        set_run_state(run_path, SCORED)
    return ScoreResult(
        run_id=scores.run.run_id,
        out_dir=out,
        scores=scores,
        tables=shaped,
        summary=summary,
        paths=paths,
        compared=earlier,
    )
