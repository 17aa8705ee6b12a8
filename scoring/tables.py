"""The tables `digimeter score` writes: their names, columns, kinds and meaning.

Every table is written as `<name>.csv` and `<name>.parquet` in the run folder and as a sheet
of `digimeter-<run-id>.xlsx`. Column kinds: `text`; `int` (a count or a level, empty when
unknown); `pct` (a percentage 0-100 with one decimal; in Excel a percentage cell); `pp` (a
change in percentage points, one decimal); `bool` (true/false). An empty score means
nothing was counted.

`TABLES` below is the single source of every table's columns: `score_run` writes exactly
these columns in this order (a test checks each file's header against it), and
`python -m scoring.tables` prints them as a Markdown column reference, kept in
`scoring/TABLES.md` for the README (a test keeps that file in sync).
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("text", "int", "pct", "pp", "bool")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class TableSpec:
    """One exported table: its file name, what one row is, and its columns in order."""

    name: str
    title: str
    row: str
    columns: tuple[Column, ...]
    #: Only written when the run is compared with an earlier run.
    compare_only: bool = False

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def kind_of(self, name: str) -> str:
        return next(c.kind for c in self.columns if c.name == name)

    def names_of_kind(self, *kinds: str) -> list[str]:
        return [c.name for c in self.columns if c.kind in kinds]


def _cols(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    columns = tuple(Column(*s) for s in specs)
    for c in columns:
        if c.kind not in KINDS:
            raise ValueError(f"column {c.name}: unknown kind {c.kind!r}; expected one of {KINDS}")
    names = [c.name for c in columns]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate column(s) {sorted(duplicates)}")
    return columns


ORG = (
    ("org_code", "text", "organisation code (GMxxxx for municipalities)"),
    ("org_name", "text", "organisation name"),
    ("org_type", "text", "gemeente, provincie, waterschap or rijk"),
)
SCOPE = (("org_type", "text", "gemeente, provincie, waterschap, rijk, or `all` (all government)"),)
SPREAD = (
    ("maturity", "pct", "mean of the organisations' maturity (unweighted)"),
    ("maturity_median", "pct", "median organisation maturity"),
    ("maturity_q1", "pct", "first quartile of organisation maturity (linear interpolation)"),
    ("maturity_q3", "pct", "third quartile of organisation maturity"),
    ("maturity_min", "pct", "lowest organisation maturity"),
    ("maturity_max", "pct", "highest organisation maturity"),
    ("availability", "pct", "mean of the organisations' availability (level >= 33)"),
    ("availability_median", "pct", "median organisation availability"),
    ("availability_q1", "pct", "first quartile of organisation availability"),
    ("availability_q3", "pct", "third quartile of organisation availability"),
    ("availability_min", "pct", "lowest organisation availability"),
    ("availability_max", "pct", "highest organisation availability"),
    ("availability_67", "pct", "mean of the organisations' availability at level >= 67"),
)
VARIANTS = (
    ("maturity_strict", "pct", "maturity under the strict convention (`level_strict`)"),
    ("score_eu", "pct", "EU eGovernment Benchmark online availability (0 / 50 / 100 scale)"),
)
POOLED = (
    ("maturity_pooled", "pct", "pooled mean level over all organisation x product cells"),
    ("availability_pooled", "pct", "pooled share of cells with level >= 33"),
    ("availability_67_pooled", "pct", "pooled share of cells with level >= 67"),
)
COUNTS = (
    ("n_not_found", "int", "verdicts with status not_found"),
    ("n_not_offered", "int", "verdicts with status not_offered (excluded)"),
    ("n_unreachable", "int", "verdicts with status unreachable (excluded)"),
    ("n_overridden", "int", "verdicts whose status/level a reviewer override replaced"),
)

SCORES_ORGANISATIONS = TableSpec(
    "scores_organisations",
    "Scores per organisation",
    "one organisation of the run's organisation list",
    _cols(
        *ORG,
        ("maturity", "pct", "mean level over the counted products (authenticated convention)"),
        ("availability", "pct", "share of counted products with level >= 33"),
        ("availability_67", "pct", "share of counted products with level >= 67"),
        ("maturity_burger", "pct", "maturity over the counted citizen (burger, beide) products"),
        ("maturity_ondernemer", "pct", "maturity over counted business (ondernemer, beide) ones"),
        ("n_counted", "int", "products counted (ok, plus not_found unless excluded)"),
        *COUNTS[:3],
        ("availability_burger", "pct", "availability over the counted citizen products"),
        ("availability_ondernemer", "pct", "availability over the counted business products"),
        ("availability_67_burger", "pct", "availability (>= 67) over citizen products"),
        ("availability_67_ondernemer", "pct", "availability (>= 67) over business products"),
        ("n_counted_burger", "int", "citizen products counted"),
        ("n_counted_ondernemer", "int", "business products counted"),
        ("maturity_strict", "pct", "maturity under the strict convention (`level_strict`)"),
        ("maturity_strict_burger", "pct", "strict maturity over citizen products"),
        ("maturity_strict_ondernemer", "pct", "strict maturity over business products"),
        ("score_eu", "pct", "EU eGovernment Benchmark online availability (0 / 50 / 100)"),
        ("score_eu_burger", "pct", "EU score over citizen products"),
        ("score_eu_ondernemer", "pct", "EU score over business products"),
        ("n_products", "int", "verdicts of the organisation (all statuses)"),
        ("n_ok", "int", "verdicts with status ok"),
        ("n_overridden", "int", "verdicts whose status/level a reviewer override replaced"),
        ("rank_in_type", "int", "rank by maturity within the organisation type (1 = highest)"),
        ("inhabitants", "int", "inhabitants, from the organisation list (if it has the column)"),
        ("size_class", "text", "size class by inhabitants (empty without inhabitants)"),
    ),
)

SCORES_TYPES = TableSpec(
    "scores_types",
    "Scores per organisation type",
    "one organisation type, plus `all` for all government together",
    _cols(
        *SCOPE,
        ("n_organisations", "int", "organisations with at least one counted product"),
        ("n_organisations_listed", "int", "organisations of the type in the run"),
        ("n_products", "int", "distinct products with at least one counted verdict"),
        ("n_counted", "int", "counted organisation x product cells"),
        *SPREAD,
        ("maturity_burger", "pct", "mean of the organisations' citizen-product maturity"),
        ("maturity_ondernemer", "pct", "mean of the organisations' business-product maturity"),
        *VARIANTS,
        *POOLED,
        *COUNTS,
    ),
)

SCORES_AUDIENCES = TableSpec(
    "scores_audiences",
    "Scores per audience",
    "one organisation type (or `all`) x audience (burger or ondernemer; `beide` counts for both)",
    _cols(
        *SCOPE,
        ("audience", "text", "burger (citizens) or ondernemer (businesses)"),
        ("n_organisations", "int", "organisations with a counted product for this audience"),
        ("n_products", "int", "distinct products counted for this audience"),
        ("n_counted", "int", "counted organisation x product cells for this audience"),
        ("maturity", "pct", "mean of the organisations' audience maturity (unweighted)"),
        ("maturity_median", "pct", "median organisation audience maturity"),
        ("maturity_q1", "pct", "first quartile"),
        ("maturity_q3", "pct", "third quartile"),
        ("maturity_min", "pct", "lowest"),
        ("maturity_max", "pct", "highest"),
        ("availability", "pct", "mean of the organisations' audience availability (>= 33)"),
        ("availability_67", "pct", "mean of the organisations' audience availability (>= 67)"),
        *VARIANTS,
        *POOLED,
        ("n_overridden", "int", "verdicts whose status/level a reviewer override replaced"),
    ),
)

SCORES_PRODUCTS = TableSpec(
    "scores_products",
    "Scores per product",
    "one product within one organisation type (figures over the organisations of that type)",
    _cols(
        ("org_type", "text", "gemeente, provincie, waterschap or rijk"),
        ("product_key", "text", "product key (products.csv)"),
        ("product_name", "text", "Dutch product name"),
        ("audience", "text", "burger, ondernemer or beide"),
        ("n_organisations", "int", "organisations with a counted verdict for the product"),
        ("n_verdicts", "int", "verdicts for the product (all statuses)"),
        ("n_ok", "int", "verdicts with status ok"),
        *COUNTS[:3],
        ("maturity", "pct", "mean level over the counted verdicts"),
        ("availability", "pct", "share of counted verdicts with level >= 33"),
        ("availability_67", "pct", "share of counted verdicts with level >= 67"),
        *VARIANTS,
        ("share_not_found", "pct", "share of counted verdicts that are not_found (as 0)"),
        ("share_level_0", "pct", "share of counted verdicts at level 0 (information only)"),
        ("share_level_33", "pct", "share at level 33 (printable form)"),
        ("share_level_67", "pct", "share at level 67 (online form)"),
        ("share_level_100", "pct", "share at level 100 (DigiD/eHerkenning form)"),
        ("rank_in_type", "int", "rank by maturity among the type's products (1 = highest)"),
        COUNTS[3],
    ),
)

SCORES_SIZE_CLASSES = TableSpec(
    "scores_size_classes",
    "Scores per size class",
    "one organisation type x size class by inhabitants (only organisations with inhabitants)",
    _cols(
        ("org_type", "text", "organisation type"),
        ("size_class", "text", "size class by inhabitants, e.g. `20 000 – 50 000`"),
        ("inhabitants_from", "int", "lower bound of the class (inclusive)"),
        ("inhabitants_to", "int", "upper bound of the class (exclusive; empty = no bound)"),
        ("n_organisations", "int", "organisations in the class with a counted product"),
        ("n_organisations_listed", "int", "organisations in the class"),
        ("n_products", "int", "distinct products counted in the class"),
        ("n_counted", "int", "counted organisation x product cells in the class"),
        ("maturity", "pct", "mean organisation maturity"),
        ("maturity_median", "pct", "median organisation maturity"),
        ("maturity_min", "pct", "lowest"),
        ("maturity_max", "pct", "highest"),
        ("availability", "pct", "mean organisation availability (>= 33)"),
        ("availability_67", "pct", "mean organisation availability (>= 67)"),
        ("maturity_burger", "pct", "mean citizen-product maturity"),
        ("maturity_ondernemer", "pct", "mean business-product maturity"),
        *VARIANTS,
        COUNTS[3],
    ),
)

TOP_BOTTOM = TableSpec(
    "top_bottom",
    "Top and bottom 10",
    "one organisation in the top 10 or bottom 10 of its type by maturity, or in the whole "
    "ranking of a type with at most 20 scored organisations",
    _cols(
        ("org_type", "text", "organisation type"),
        (
            "list",
            "text",
            "`top` (highest maturity first) or `bottom` (lowest first); `all` "
            "(highest first) for a type with at most 20 scored organisations, whose top and "
            "bottom 10 would overlap",
        ),
        ("position", "int", "position in the list, 1-10 (1-20 in an `all` list)"),
        *ORG[:2],
        ("maturity", "pct", "maturity"),
        ("availability", "pct", "availability (>= 33)"),
        ("availability_67", "pct", "availability (>= 67)"),
        ("n_counted", "int", "products counted"),
        ("rank_in_type", "int", "rank by maturity within the type (1 = highest, ties share)"),
    ),
)

NOT_FOUND_UNREACHABLE = TableSpec(
    "not_found_unreachable",
    "Not found and unreachable",
    "one verdict with status not_found or unreachable, for review",
    _cols(
        *ORG,
        ("product_key", "text", "product key"),
        ("product_name", "text", "Dutch product name"),
        ("audience", "text", "burger, ondernemer or beide"),
        ("status", "text", "not_found or unreachable"),
        ("counted", "bool", "whether the verdict counts in the scores (not_found as 0)"),
        ("reason", "text", "the evidence rules and snippets (e.g. the crawl error)"),
        ("product_url", "text", "product page, when one was found"),
        ("evidence", "text", "the verdict's evidence (JSON list of {url, rule, snippet})"),
        ("rules_version", "text", "rules version of the verdict"),
        ("overridden", "bool", "true when a reviewer override set this status"),
    ),
)

VERDICTS_SCORED = TableSpec(
    "verdicts_scored",
    "Verdicts as scored",
    "one organisation x product verdict, after the reviewer overrides",
    _cols(
        *ORG,
        ("product_key", "text", "product key"),
        ("product_name", "text", "Dutch product name"),
        ("audience", "text", "burger, ondernemer or beide"),
        ("status", "text", "ok, not_offered, not_found or unreachable"),
        ("level", "int", "level 0, 33, 67 or 100 (authenticated convention); empty unless ok"),
        ("level_strict", "int", "level under the strict convention"),
        ("counted", "bool", "whether the verdict counts in the scores"),
        ("overridden", "bool", "true when a reviewer override set this status and level"),
        ("product_url", "text", "product page, when one was found"),
        ("route_url", "text", "the page or file that decided the level"),
        ("via", "text", "host of another body whose route counts"),
        (
            "evidence_url",
            "text",
            "where to see the evidence: the route, else the product "
            "page, else the first evidence URL",
        ),
        ("reason", "text", "the evidence rules and snippets"),
        ("rules_version", "text", "rules version of the verdict"),
    ),
)

OVERRIDES_APPLIED = TableSpec(
    "overrides_applied",
    "Review overrides applied",
    "one reviewer override that replaced a verdict's status and level",
    _cols(
        *ORG,
        ("product_key", "text", "product key"),
        ("status_before", "text", "status from the classifier"),
        ("level_before", "int", "level from the classifier"),
        ("level_strict_before", "int", "strict level from the classifier"),
        ("status_after", "text", "status set by the reviewer"),
        ("level_after", "int", "level set by the reviewer"),
        ("level_strict_after", "int", "strict level set by the reviewer"),
        ("reviewer", "text", "who reviewed"),
        ("reviewed_at", "text", "when"),
        ("reason", "text", "why"),
    ),
)

BEFORE_AFTER = (
    ("maturity_before", "pct", "maturity in the earlier run"),
    ("maturity_after", "pct", "maturity in this run"),
    ("maturity_change", "pp", "change in percentage points"),
    ("availability_before", "pct", "availability (>= 33) in the earlier run"),
    ("availability_after", "pct", "availability (>= 33) in this run"),
    ("availability_change", "pp", "change in percentage points"),
    ("availability_67_before", "pct", "availability (>= 67) in the earlier run"),
    ("availability_67_after", "pct", "availability (>= 67) in this run"),
    ("availability_67_change", "pp", "change in percentage points"),
)

CHANGES_ORGANISATIONS = TableSpec(
    "changes_organisations",
    "Change per organisation",
    "one organisation present in either run",
    _cols(
        *ORG,
        *BEFORE_AFTER,
        ("n_counted_before", "int", "products counted in the earlier run"),
        ("n_counted_after", "int", "products counted in this run"),
        ("n_verdicts_changed", "int", "verdicts whose status or level changed"),
    ),
    compare_only=True,
)

CHANGES_TYPES = TableSpec(
    "changes_types",
    "Change per organisation type",
    "one organisation type (or `all`)",
    _cols(
        *SCOPE,
        ("n_organisations_before", "int", "organisations scored in the earlier run"),
        ("n_organisations_after", "int", "organisations scored in this run"),
        *BEFORE_AFTER,
    ),
    compare_only=True,
)

CHANGES_PRODUCTS = TableSpec(
    "changes_products",
    "Change per product",
    "one product within one organisation type, present in either run",
    _cols(
        ("org_type", "text", "organisation type"),
        ("product_key", "text", "product key"),
        ("product_name", "text", "Dutch product name"),
        ("n_organisations_before", "int", "organisations counted in the earlier run"),
        ("n_organisations_after", "int", "organisations counted in this run"),
        *BEFORE_AFTER,
    ),
    compare_only=True,
)

CHANGES_VERDICTS = TableSpec(
    "changes_verdicts",
    "Verdicts that changed",
    "one organisation x product whose status or level differs between the runs",
    _cols(
        *ORG,
        ("product_key", "text", "product key"),
        ("product_name", "text", "Dutch product name"),
        ("change", "text", "up, down, status (same level, other status), new or gone"),
        ("status_before", "text", "status in the earlier run"),
        ("status_after", "text", "status in this run"),
        ("level_before", "int", "level in the earlier run"),
        ("level_after", "int", "level in this run"),
        ("level_strict_before", "int", "strict level in the earlier run"),
        ("level_strict_after", "int", "strict level in this run"),
        ("route_url_before", "text", "the route that decided the level, earlier run"),
        ("route_url_after", "text", "the route that decided the level, this run"),
        ("evidence_before", "text", "evidence (JSON) in the earlier run"),
        ("evidence_after", "text", "evidence (JSON) in this run"),
        ("rules_version_before", "text", "rules version in the earlier run"),
        ("rules_version_after", "text", "rules version in this run"),
        ("overridden_before", "bool", "a reviewer override set the earlier verdict"),
        ("overridden_after", "bool", "a reviewer override set this verdict"),
    ),
    compare_only=True,
)

TABLES: tuple[TableSpec, ...] = (
    SCORES_ORGANISATIONS,
    SCORES_TYPES,
    SCORES_AUDIENCES,
    SCORES_PRODUCTS,
    SCORES_SIZE_CLASSES,
    TOP_BOTTOM,
    NOT_FOUND_UNREACHABLE,
    OVERRIDES_APPLIED,
    VERDICTS_SCORED,
    CHANGES_ORGANISATIONS,
    CHANGES_TYPES,
    CHANGES_PRODUCTS,
    CHANGES_VERDICTS,
)
TABLES_BY_NAME: dict[str, TableSpec] = {t.name: t for t in TABLES}


REFERENCE_HEADER = """\
# The tables of `digimeter score`

Generated from `scoring/tables.py` and `scoring/sheetnames_nl.toml` by
`python -m scoring.tables`; a test keeps it in sync. Every table is written as
`<name>.csv` and `<name>.parquet` in the run folder and as a sheet of
`digimeter-<run-id>.xlsx`. The workbook's sheets and columns have these names with
`--lang en`, and the Dutch names (`nl`) with `--lang nl`, the default; the CSV and Parquet
files always use the English names. Kinds: text; int (a count or level, empty when
unknown); pct (percentage 0-100, one decimal; an Excel percentage cell); pp (change in
percentage points); bool.

"""


def markdown() -> str:
    """The column reference of every table, as Markdown (for the README)."""
    from scoring.sheetnames import dutch_names  # the names are checked against TABLES

    dutch = dutch_names()
    parts: list[str] = []
    for spec in TABLES:
        when = " Written only with `--compare`." if spec.compare_only else ""
        sheet = dutch.tables[spec.name].sheet
        parts.append(
            f"### `{spec.name}`: {spec.title}\n\nOne row: {spec.row}.{when} "
            f"Dutch sheet: `{sheet}`.\n"
        )
        parts.append("| column | nl | kind | meaning |\n|---|---|---|---|")
        parts += [
            f"| `{c.name}` | {dutch.columns[c.name]} | {c.kind} | {c.description} |"
            for c in spec.columns
        ]
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    print(REFERENCE_HEADER + markdown(), end="")
