"""The report's methodology section, written from what this scoring actually used: the
facts of the run, in the words of `scoring/messages/methodology.toml`."""

from __future__ import annotations

from typing import Any

from scoring.aggregate import SIZE_CLASSES
from scoring.compute import ScoreTables
from scoring.i18n import Messages
from scoring.report_sections import size_label
from scoring.reporttables import Cell, cell, simple_table
from scoring.summary import CONVENTION_NAMES, run_dates

LEVELS = (0, 33, 67, 100)
STATUSES = ("ok", "not_offered", "not_found", "unreachable")
EU_ROWS = (("not_found", "0"), ("low", "50"), ("high", "100"), ("excluded", "–"))


def _levels(m: Messages) -> Any:
    rows = [
        [Cell(str(level)), Cell(m.t(f"method.level.{level}_name")),
         Cell(m.t(f"method.level.{level}_offers"))]
        for level in LEVELS
    ]  # fmt: skip
    headers = [(m.t(f"method.col.{k}"), False) for k in ("level", "name", "offers")]
    return simple_table(m.t("method.levels"), headers, rows)


def _statuses(scores: ScoreTables, m: Messages) -> Any:
    counts = scores.status_counts()

    def name(status: str) -> str:
        shown = m.t(f"status.{status}")
        return status if shown == status.replace("_", " ") else f"{status} ({shown})"

    rows = [
        [Cell(name(status)),
         Cell(m.t(f"method.status.{status}_meaning")),
         Cell(m.t(f"method.status.{status}_scores")), cell(counts.get(status, 0), "int", m)]
        for status in STATUSES
    ]  # fmt: skip
    headers = [(m.t(f"method.col.{k}"), False) for k in ("status", "meaning", "in_scores")]
    return simple_table(m.t("method.statuses"), [*headers, (m.t("method.col.in_run"), True)], rows)


def _eu(m: Messages) -> Any:
    rows = [
        [Cell(m.t(f"method.eu.{key}")), Cell(score), Cell(m.t(f"method.eu.{key}_meaning"))]
        for key, score in EU_ROWS
    ]
    headers = [(m.t(f"method.col.{k}"), False) for k in ("verdict", "eu_score", "meaning")]
    return simple_table(m.t("method.eu_title"), headers, rows)


def _overrides(scores: ScoreTables, m: Messages) -> str:
    overrides = scores.overrides_note()
    text = m.t("method.overrides.applied", applied=overrides["applied"])
    if overrides["unmatched"]:
        text += m.t("method.overrides.unmatched", n=overrides["unmatched"])
    if overrides["source"]:
        text += m.t("method.overrides.source", source=overrides["source"])
    return text + m.t("method.overrides.end", review=scores.review.sentence(m))


def _facts(
    scores: ScoreTables, m: Messages, compared: ScoreTables | None, map_note: str
) -> list[tuple[str, str]]:
    orgs = scores.tables["scores_organisations"]
    by_type = orgs["org_type"].value_counts(sort=False)
    counts = scores.status_counts()
    versions = scores.rules_versions()

    def parts(items: Any) -> str:
        return ", ".join(m.t("method.fact.count_of", n=m.integer(n), what=k) for k, n in items)

    dates = [
        (m.t(f"method.fact.{k}") if m.has(f"method.fact.{k}") else k.replace("_", " "), v)
        for k, v in run_dates(scores.run.meta).items()
    ]
    facts = [
        (m.t("method.fact.run"), scores.run.run_id),
        *dates,
        (m.t("method.fact.rules"), ", ".join(versions) or m.t("method.fact.no_rules")),
        (m.t("method.fact.organisations"),
         m.t("method.fact.total_with_parts", n=m.integer(len(orgs)), parts=parts(by_type.items()))),
        (m.t("method.fact.products"), m.integer(scores.verdicts["product_key"].nunique())),
        (m.t("method.fact.verdicts"),
         m.t("method.fact.total_with_parts", n=m.integer(len(scores.verdicts)),
             parts=parts(counts.items()))),
        (m.t("method.fact.map"), map_note),
    ]  # fmt: skip
    if compared is not None:
        facts.append(
            (m.t("method.fact.compared"),
             m.t("method.fact.compared_value", run=compared.run.run_id, source=compared.run.source))
        )  # fmt: skip
    return facts


def methodology(
    scores: ScoreTables, m: Messages, *, compared: ScoreTables | None, map_note: str
) -> dict[str, Any]:
    """The methodology section's content for `report/sections/methodology.html`."""
    orgs = scores.tables["scores_organisations"]
    other = "exclude" if scores.not_found == "zero" else "zero"
    sizes = None
    if bool((orgs["size_class"] != "").any()):
        classes = ", ".join(size_label(label, m) for label, _, _ in SIZE_CLASSES)
        sizes = m.html("method.sizes_html", classes=classes)
    return {
        "levels": _levels(m),
        "statuses": _statuses(scores, m),
        "not_found": m.html("method.not_found.this_html",
                            handling=m.t(f"method.not_found.{scores.not_found}"),
                            option=scores.not_found, other=other),
        "scores": [m.html(f"method.score.{k}_html")
                   for k in ("maturity", "availability", "audiences", "averaging")]
        + [m.t("method.score.basis")],
        "conventions": [(name, m.t(f"convention.{name}")) for name in CONVENTION_NAMES],
        "headline": m.html("method.score.headline_html"),
        "eu": _eu(m),
        "sizes": sizes,
        "overrides": _overrides(scores, m),
        "accuracy": scores.review.accuracy_lines(m),
        "accuracy_none": m.html("method.accuracy.none_html"),
        "accuracy_how": m.t("method.accuracy.how"),
        "facts": _facts(scores, m, compared, map_note),
        "reference": m.t("method.reference.text"),
    }  # fmt: skip
