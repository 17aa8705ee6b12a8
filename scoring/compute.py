"""From a checked run input to every score table (in memory, unrounded)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from scoring.aggregate import (
    audience_scores,
    organisation_scores,
    product_scores,
    type_scores,
)
from scoring.cells import build_cells, check_not_found
from scoring.inputs import RunInput
from scoring.overrides import apply_overrides
from scoring.rankings import (
    not_found_unreachable,
    size_class_scores,
    top_bottom,
    verdicts_scored,
)
from scoring.reviewed import ReviewNote


@dataclass
class ScoreTables:
    """The score tables of one run, plus what they rest on."""

    run: RunInput
    not_found: str
    #: The verdicts after overrides (with an `overridden` column).
    verdicts: pd.DataFrame
    cells: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    #: (org_code, product_key) of the review overrides that matched no verdict.
    overrides_unmatched: list[tuple[str, str]] = field(default_factory=list)
    #: What people checked, and the accuracy estimated from the run's sample.
    review: ReviewNote = field(default_factory=ReviewNote)

    @property
    def organisations(self) -> pd.DataFrame:
        return self.tables["scores_organisations"]

    @property
    def n_overrides_applied(self) -> int:
        return len(self.tables["overrides_applied"])

    @property
    def n_overrides_unmatched(self) -> int:
        return len(self.overrides_unmatched)

    def rules_versions(self) -> list[str]:
        return sorted({v for v in self.verdicts["rules_version"] if v})

    def status_counts(self) -> dict[str, int]:
        counts = self.verdicts["status"].value_counts()
        return {s: int(counts.get(s, 0)) for s in ("ok", "not_offered", "not_found", "unreachable")}

    def overrides_note(self) -> dict[str, Any]:
        return {
            "applied": self.n_overrides_applied,
            "unmatched": self.n_overrides_unmatched,
            "source": self.run.overrides_source,
        }


def compute_scores(run: RunInput, *, not_found: str = "zero") -> ScoreTables:
    """Apply overrides, build the cells, and aggregate every table."""
    check_not_found(not_found)
    applied = apply_overrides(run.verdicts, run.overrides)
    verdicts = applied.verdicts
    cells = build_cells(verdicts, not_found=not_found)
    counted = pd.Series(cells["counted"].to_numpy(), index=verdicts.index)
    scored = verdicts_scored(verdicts, counted, run.products)
    orgs = organisation_scores(cells, run.organisations)
    tables = {
        "scores_organisations": orgs,
        "scores_types": type_scores(orgs, cells),
        "scores_audiences": audience_scores(orgs, cells),
        "scores_products": product_scores(cells, run.products),
        "scores_size_classes": size_class_scores(orgs, cells),
        "top_bottom": top_bottom(orgs),
        "not_found_unreachable": not_found_unreachable(scored),
        "overrides_applied": applied.applied,
        "verdicts_scored": scored,
    }
    return ScoreTables(
        run=run,
        not_found=not_found,
        verdicts=verdicts,
        cells=cells,
        tables=tables,
        overrides_unmatched=applied.unmatched,
    )
