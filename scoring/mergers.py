"""Municipal mergers in a comparison: the predecessors' aggregate set against the successor.

Municipalities merge every 1 January. `config/mergers.csv` (`old_code,new_code,date`) says
which code went into which. When the earlier run of a comparison has a predecessor and the
later run has its successor (and not the predecessor any more), the earlier run's verdicts
of all predecessors are counted as one organisation under the successor's code, so its
scores are the predecessors' pooled scores; the comparison says which codes it merged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pandas as pd

from digimeter.core.configfiles import CONFIG_DIR, ConfigError, read_rows, require_value
from scoring.inputs import RunInput
from scoring.notices import Notice

DEFAULT_MERGERS = CONFIG_DIR / "mergers.csv"
COLUMNS = ("old_code", "new_code", "date")


@dataclass(frozen=True)
class Merger:
    old_code: str
    new_code: str
    date: date


def load_mergers(path: Path | str = DEFAULT_MERGERS) -> list[Merger]:
    """Read a mergers file; every error names the file, line and column."""
    path = Path(path)
    _, rows = read_rows(path, COLUMNS)
    mergers: list[Merger] = []
    seen: dict[str, int] = {}
    for row in rows:
        old, new = (
            require_value(path, row, c, "an organisation code such as GM0501")
            for c in ("old_code", "new_code")
        )
        when = row.values["date"]
        if old == new:
            raise ConfigError(
                path,
                f"{old!r} merges into itself; expected another code",
                line=row.line,
                column="new_code",
            )
        if old in seen:
            raise ConfigError(
                path,
                f"{old!r} already merged on line {seen[old]}; expected one line per old code",
                line=row.line,
                column="old_code",
            )
        seen[old] = row.line
        try:
            day = date.fromisoformat(when)
        except ValueError:
            raise ConfigError(
                path,
                f"{when!r} is not a date; expected YYYY-MM-DD such as 2023-01-01",
                line=row.line,
                column="date",
            ) from None
        mergers.append(Merger(old, new, day))
    return mergers


def default_mergers() -> list[Merger]:
    return load_mergers(DEFAULT_MERGERS) if DEFAULT_MERGERS.exists() else []


def apply_mergers(earlier: RunInput, later: RunInput, mergers: list[Merger]) -> RunInput:
    """The earlier run with each predecessor counted as its successor of the later run."""
    now_codes = set(later.organisations["org_code"])
    then_codes = set(earlier.organisations["org_code"])
    active = {
        m.old_code: m
        for m in mergers
        if m.old_code in then_codes and m.new_code in now_codes and m.old_code not in now_codes
    }
    if not active:
        return earlier
    successors = later.organisations.set_index("org_code")
    verdicts = earlier.verdicts.copy()
    moved = verdicts["org_code"].isin(active)
    new_codes = verdicts.loc[moved, "org_code"].map(lambda c: active[c].new_code)
    verdicts.loc[moved, "org_code"] = new_codes
    verdicts.loc[moved, "org_name"] = new_codes.map(successors["org_name"])
    orgs = earlier.organisations
    names = orgs.set_index("org_code")["org_name"]
    new_set = sorted({m.new_code for m in active.values()})
    pooled, notes = [], []
    for new in new_set:
        olds = [m for m in active.values() if m.new_code == new]
        members = [m.old_code for m in olds] + ([new] if new in then_codes else [])
        inhabitants = orgs[orgs["org_code"].isin(members)]["inhabitants"]
        total = inhabitants.sum() if inhabitants.notna().all() else pd.NA
        name = successors.at[new, "org_name"]
        pooled.append(
            {
                "org_code": new,
                "org_name": name,
                "org_type": successors.at[new, "org_type"],
                "inhabitants": total,
            }
        )
        parts = ", ".join(f"{names[c]} ({c})" for c in members)
        when = ", ".join(sorted({m.date.isoformat() for m in olds}))
        facts = (("name", name), ("code", new), ("predecessors", parts), ("date", when))
        notes.append(Notice("notice.merger", facts))
    kept = orgs[~orgs["org_code"].isin([*active, *new_set])]
    organisations = pd.concat([kept, pd.DataFrame(pooled)], ignore_index=True)
    organisations["inhabitants"] = organisations["inhabitants"].astype("Int64")
    overrides = earlier.overrides.copy()
    if len(overrides):
        overrides["org_code"] = overrides["org_code"].map(
            lambda c: active[c].new_code if c in active else c
        )
    return replace(
        earlier,
        verdicts=verdicts,
        organisations=organisations,
        overrides=overrides,
        merger_notes=notes,
    )
