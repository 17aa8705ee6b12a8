"""What changed between a run and an earlier one, in short: the all-government maturity,
the organisations whose maturity moved more than a threshold, the verdicts that flipped
(status or level) with the evidence of both runs, and the municipal mergers applied.

`changes_since` scores both runs in memory (the `changes_*` tables of `scoring.compare`,
nothing is written). `digimeter runs show` prints it; after a scheduled run it becomes
`changes.md` and the webhook's JSON summary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class RunChanges:
    run_id: str
    previous_id: str
    tables: dict[str, pd.DataFrame]
    #: the municipal mergers the comparison applied, one sentence each
    mergers: list[str]
    #: organisations whose maturity moved more than this many points are listed
    threshold: float

    @property
    def verdicts(self) -> pd.DataFrame:
        return self.tables["changes_verdicts"]

    def moved(self) -> pd.DataFrame:
        orgs = self.tables["changes_organisations"]
        moved = orgs[orgs["maturity_change"].abs() > self.threshold]
        return moved.sort_values("maturity_change", key=lambda s: s.abs(), ascending=False)

    def all_government(self) -> tuple[float | None, float | None]:
        """The all-government maturity before and after."""
        types = self.tables["changes_types"].set_index("org_type")
        if "all" not in types.index:
            return None, None
        row = types.loc["all"]
        return _number(row["maturity_before"]), _number(row["maturity_after"])

    def by_change(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.verdicts["change"].value_counts().items()}

    def summary(self) -> dict[str, Any]:
        """The JSON summary (the webhook's `changes`)."""
        before, after = self.all_government()
        return {
            "threshold": self.threshold,
            "maturity_before": before,
            "maturity_after": after,
            "organisations_moved": [
                {
                    "org_code": r.org_code,
                    "org_name": r.org_name,
                    "maturity_before": _number(r.maturity_before),
                    "maturity_after": _number(r.maturity_after),
                    "maturity_change": _number(r.maturity_change),
                }
                for r in self.moved().itertuples()
            ],
            "verdicts_changed": len(self.verdicts),
            "verdicts_by_change": self.by_change(),
            "mergers": self.mergers,
        }

    def markdown(self) -> str:
        """changes.md: the short human summary, with evidence links."""
        moved, verdicts = self.moved(), self.verdicts
        lines = [f"# Changes in run {self.run_id} since run {self.previous_id}", ""]
        lines += [f"- Municipal merger: {note}." for note in self.mergers]
        lines += ["", f"## Maturity moved more than {self.threshold:g} points ({len(moved)})", ""]
        if len(moved):
            lines += ["| organisation | code | before | after | change |"]
            lines += ["|---|---|---:|---:|---:|"]
            for r in moved.itertuples():
                lines.append(
                    f"| {r.org_name} | {r.org_code} | {r.maturity_before:.1f} | "
                    f"{r.maturity_after:.1f} | {r.maturity_change:+.1f} |"
                )
        else:
            lines.append("None.")
        lines += ["", f"## Verdicts that flipped ({len(verdicts)})", ""]
        for r in verdicts.itertuples():
            lines.append(
                f"- {r.org_name} ({r.org_code}), {r.product_key}: {r.status_before or '-'} "
                f"{_level(r.level_before)} -> {r.status_after or '-'} {_level(r.level_after)} "
                f"({r.change})"
            )
            for side in ("before", "after"):
                urls = [getattr(r, f"route_url_{side}"), *_urls(getattr(r, f"evidence_{side}"))]
                urls = list(dict.fromkeys(u for u in urls if isinstance(u, str) and u))
                if urls:
                    lines.append(f"  - evidence {side}: " + ", ".join(f"<{u}>" for u in urls))
        if not len(verdicts):
            lines.append("None.")
        return "\n".join(lines) + "\n"

    def lines(self) -> list[str]:
        """A few lines for the terminal (`digimeter runs show`)."""
        before, after = self.all_government()
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.by_change().items()))
        out = [
            f"change since run {self.previous_id}:",
            f"  all-government maturity {_pct(before)} -> {_pct(after)}",
            f"  verdicts changed: {len(self.verdicts)}" + (f" ({counts})" if counts else ""),
            f"  organisations whose maturity moved more than {self.threshold:g} points: "
            f"{len(self.moved())}",
        ]
        out += [
            f"    {r.org_name} ({r.org_code}) {r.maturity_before:.1f} -> "
            f"{r.maturity_after:.1f} ({r.maturity_change:+.1f})"
            for r in self.moved().itertuples()
        ]
        return out + [f"  municipal merger: {note}" for note in self.mergers]


def changes_since(
    run_dir: Path, previous: Path, *, not_found: str, threshold: float, mergers: Any = None
) -> RunChanges:
    """Score `run_dir` against `previous` in memory (default mergers: config/mergers.csv)."""
    from scoring.run import score_tables_for

    _, compared, tables = score_tables_for(
        run_dir, compare=previous, not_found=not_found, mergers=mergers
    )
    assert compared is not None
    return RunChanges(
        run_id=Path(run_dir).name, previous_id=Path(previous).name, tables=tables,
        mergers=[str(note) for note in compared.run.merger_notes], threshold=threshold,
    )  # fmt: skip


def _number(value: Any) -> float | None:
    return None if pd.isna(value) else round(float(value), 1)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _level(value: Any) -> str:
    return "-" if pd.isna(value) or value == "" else f"{int(float(value))}"


def _urls(evidence: Any) -> list[str]:
    try:
        items = json.loads(evidence) if isinstance(evidence, str) and evidence else []
    except ValueError:
        return []
    return [i["url"] for i in items if isinstance(i, dict) and i.get("url")][:3]
