"""The report's methodology section, written from what this scoring actually used."""

from __future__ import annotations

from html import escape

from scoring.aggregate import SIZE_CLASSES
from scoring.compute import ScoreTables
from scoring.summary import CONVENTIONS, NOT_FOUND_HANDLING, run_dates

LEVELS = (
    (0, "information only", "a product page exists; the request is made at the counter, by "
     "phone, by letter or by appointment"),
    (33, "printable form", "a form to download (PDF, DOC, DOCX, ODT, RTF), print or fill in, "
     "and send or hand in"),
    (67, "online form", "a web form that can be filled in and submitted without DigiD or "
     "eHerkenning"),
    (100, "pre-filled form", "an online form behind DigiD (citizens) or eHerkenning/eIDAS "
     "(businesses), or a form with explicit pre-fill evidence"),
)  # fmt: skip
STATUSES = (
    ("ok", "a product page was found and classified", "counted"),
    ("not_offered", "positive evidence that the organisation does not offer the product",
     "excluded"),
    ("not_found", "no product page found on the site", "see below; always listed for review"),
    ("unreachable", "the site could not be crawled (DNS, TLS, timeouts, 5xx, blocked)",
     "excluded; listed for review"),
)  # fmt: skip
EU_ROWS = (
    ("not_found", "0", "offline: neither the service nor information about it found online"),
    ("ok, level 0 or 33", "50", "information online (a printable form is not a service online)"),
    ("ok, level 67 or 100", "100", "fully online"),
    ("not_offered, unreachable", "–", "excluded, as in the other conventions"),
)
REFERENCE = (
    "Reference figures of the official series (Meting aanbod digitale dienstverlening): all "
    "government 2017 maturity 75%, availability 90%; municipalities' citizen products 73% "
    "(2017) and 76% (2018), business products 59% and 63%; provinces 2017 availability 77%. "
    "Product lists and methods changed between rounds, so compare with care."
)


def _rows(rows: tuple[tuple[object, ...], ...] | list[tuple[object, ...]]) -> str:
    return "".join(
        "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )


def _table(header: tuple[str, ...], rows: tuple[tuple[object, ...], ...] | list) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{_rows(rows)}</tbody></table>"


def _accuracy_html(scores: ScoreTables) -> str:
    """How accurate the published figures are, from the run's blind-reviewed sample."""
    lines = scores.review.accuracy_lines()
    if not lines:
        return (
            "<h3>Accuracy</h3><p>No accuracy sample was reviewed for this run "
            "(<code>digimeter review sample RUN</code> draws one; reviewers judge it blind in "
            "<code>digimeter review serve RUN</code>).</p>"
        )
    how = (
        "A stratified random sample (strata: organisation type x level, not_found and "
        "not_offered as levels; unreachable verdicts have no verdict to check) was reviewed "
        "without showing the verdict's level. The estimate weights each stratum's share of "
        "right verdicts by the stratum's share of the run; its 95 % interval comes from the "
        "stratified variance, or is a Wilson interval when there is one stratum. Availability "
        "is estimated as a stratified ratio (counted cells at level ≥ 33 over counted cells) "
        "and compared with the published pooled availability."
    )
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    return f'<h3>Accuracy</h3><ul id="accuracy">{items}</ul><p class="note">{escape(how)}</p>'


def methodology_html(
    scores: ScoreTables,
    *,
    compared: ScoreTables | None,
    map_note: str,
) -> str:
    status_counts = scores.status_counts()
    orgs = scores.tables["scores_organisations"]
    by_type = orgs["org_type"].value_counts(sort=False)
    has_sizes = bool((orgs["size_class"] != "").any())
    versions = scores.rules_versions()
    dates = run_dates(scores.run.meta)
    parts = [
        "<h3>Levels</h3>",
        "<p>Every organisation x applicable product gets one verdict. For a found product page "
        "the highest route offered decides the level:</p>",
        _table(("level", "name", "what the page offers"), LEVELS),
        "<h3>Statuses</h3>",
        _table(
            ("status", "meaning", "in the scores", "verdicts in this run"),
            [(s, m, h, status_counts.get(s, 0)) for s, m, h in STATUSES],
        ),
        f"<p><strong>not_found in this scoring:</strong> "
        f"{escape(NOT_FOUND_HANDLING[scores.not_found])} "
        f"(option <code>--not-found {escape(scores.not_found)}</code>; the other choice is "
        f"<code>--not-found {'exclude' if scores.not_found == 'zero' else 'zero'}</code>).</p>",
        "<h3>Scores</h3><ul>"
        "<li><strong>Maturity</strong> of an organisation: the mean level over its counted "
        "products.</li>"
        "<li><strong>Availability</strong>: the share of its counted products with level ≥ 33 "
        "(offered in digital form at all); <strong>availability ≥ 67</strong>: the share that "
        "can be submitted online.</li>"
        "<li><strong>Audiences</strong>: citizen (burger) and business (ondernemer) figures use "
        "the products of that audience; a product for both (beide) counts in both.</li>"
        "<li><strong>Averaging</strong>: a type's figure (and the all-government figure) is the "
        "unweighted mean of the organisation scores, as in the official reports; the "
        "<em>pooled</em> figures in the tables are the mean over all organisation x product "
        "cells. Median, quartiles (linear interpolation), minimum and maximum describe the "
        "spread of organisation scores.</li>"
        "<li>Every figure states the number of organisations and products it rests on; an "
        "organisation with nothing counted has no score (not 0).</li></ul>",
        "<h3>Conventions</h3><ul>"
        + "".join(
            f"<li><strong>{escape(k)}</strong>: {escape(v)}</li>" for k, v in CONVENTIONS.items()
        )
        + "</ul><p>The headline figures use <strong>authenticated</strong>. Availability is "
        "the same under both Dutch conventions (strict only turns 100 into 67).</p>",
        "<h4>EU eGovernment Benchmark scale</h4>",
        _table(("verdict", "EU score", "meaning"), EU_ROWS),
    ]
    if has_sizes:
        classes = ", ".join(label for label, _, _ in SIZE_CLASSES)
        parts.append(
            f"<h3>Size classes</h3><p>By the <code>inhabitants</code> column of the "
            f"organisation list: {escape(classes)} inhabitants.</p>"
        )
    overrides = scores.overrides_note()
    parts.append(
        f"<h3>Review overrides</h3><p>{overrides['applied']} reviewer override(s) applied "
        "before aggregation (an override replaces the verdict's status, level and strict "
        "level; the latest review wins)"
        + (
            f"; {overrides['unmatched']} override(s) matched no verdict and were not used"
            if overrides["unmatched"]
            else ""
        )
        + (f"; source: {escape(overrides['source'])}" if overrides["source"] else "")
        + f". {escape(scores.review.sentence())}</p>"
    )
    parts.append(_accuracy_html(scores))
    facts = [
        ("run", scores.run.run_id),
        *((k.replace("_", " "), v) for k, v in dates.items()),
        ("rules version(s)", ", ".join(versions) or "none recorded in the verdicts"),
        ("organisations", f"{len(orgs)} ("
         + ", ".join(f"{n} {t}" for t, n in by_type.items()) + ")"),
        ("products", str(scores.verdicts["product_key"].nunique())),
        ("verdicts", f"{len(scores.verdicts)} ("
         + ", ".join(f"{n} {s}" for s, n in status_counts.items()) + ")"),
        ("map", map_note),
    ]  # fmt: skip
    if compared is not None:
        facts.append(("compared with", f"run {compared.run.run_id} ({compared.run.source})"))
    parts.append(
        '<h3>This run</h3><dl class="meta">'
        + "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v))}</dd>" for k, v in facts)
        + "</dl>"
    )
    parts.append(f'<p class="note">{escape(REFERENCE)}</p>')
    return "".join(parts)
