"""The report's charts as inline SVG, each with its data as a table (the text alternative):
distribution per type, level mix per product, grouped bars (audiences, conventions, size
classes). The charts of a comparison are in `scoring.changecharts`."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import pandas as pd
from markupsafe import Markup

from scoring.i18n import Messages, is_missing
from scoring.reporttables import Cell, HtmlTable, cell, simple_table
from scoring.svg import (
    INK,
    LEVEL_COLOURS,
    SERIES_COLOURS,
    legend,
    line,
    num,
    percent_axis,
    rect,
    svg,
    text,
    text_width,
)

WIDTH = 760.0


@dataclass(frozen=True)
class Chart:
    """An inline SVG chart and the same figures as a table."""

    svg: Markup
    data: HtmlTable


def _jitter(key: str, spread: float) -> float:
    """A stable vertical offset per organisation, so the strip plot is the same every run."""
    return ((zlib.crc32(key.encode()) % 1000) / 999 - 0.5) * spread


def distribution_chart(
    orgs: pd.DataFrame, types: Sequence[str], m: Messages, *, metric: str = "maturity"
) -> Chart:
    """A box plot with every organisation as a dot, one band per organisation type."""
    types = [t for t in types if orgs.loc[orgs["org_type"] == t, metric].notna().any()]
    left, right, top, band = 190.0, WIDTH - 24, 12.0, 70.0
    height = top + band * len(types) + 30

    def scale(v: float) -> float:
        return left + (right - left) * v / 100

    parts = [percent_axis(left, right, top, top + band * len(types))]
    rows = []
    for i, org_type in enumerate(types):
        part = orgs[(orgs["org_type"] == org_type) & orgs[metric].notna()]
        values = part[metric]
        label = m.t(f"org_type.{org_type}")
        cy = top + band * i + band / 2
        q1, med, q3 = values.quantile([0.25, 0.5, 0.75])
        parts.append(text(8, cy - 2, label, weight="bold"))
        mean = m.pct(values.mean())
        parts.append(text(8, cy + 13, m.t("distribution.label", n=len(values), mean=mean), size=10))
        dots = []
        for row in part.itertuples():
            value = getattr(row, metric)
            x, y = scale(value), cy + _jitter(str(row.org_code), band - 22)
            dots.append(
                f'<circle cx="{num(x)}" cy="{num(y)}" r="3" class="dot">'
                f"<title>{escape(str(row.org_name))}: {escape(m.pct(value))}</title></circle>"
            )
        parts.append(f'<g fill="#e6550d" fill-opacity="0.5">{"".join(dots)}</g>')
        # The box goes over the dots, translucent, so both stay readable.
        parts.append(line(scale(values.min()), cy, scale(q1), cy, "#555555", 1.5))
        parts.append(line(scale(q3), cy, scale(values.max()), cy, "#555555", 1.5))
        for end in (values.min(), values.max()):
            parts.append(line(scale(end), cy - 8, scale(end), cy + 8, "#555555", 1.5))
        tip = m.t("distribution.quartiles", low=m.pct(q1), high=m.pct(q3))
        parts.append(
            rect(scale(q1), cy - 14, scale(q3) - scale(q1), 28, "#9ecae1", tip,
                 stroke="#08519c", stroke_width="1.5", fill_opacity="0.45", css_class="box")
        )  # fmt: skip
        parts.append(line(scale(med), cy - 14, scale(med), cy + 14, "#08306b", 3))
        mean_x = scale(values.mean())
        parts.append(
            f'<path d="M{num(mean_x)},{num(cy - 20)} l-5,-7 h10 z" fill="{INK}">'
            f"<title>{escape(m.t('distribution.mean', value=mean))}</title></path>"
        )
        stats = (values.mean(), values.min(), q1, med, q3, values.max())
        rows.append([Cell(label), cell(len(values), "int", m), *(cell(v, "pct", m) for v in stats)])
    title = m.t("distribution.title")
    headers = [(m.t("col.type"), False), (m.t("col.n"), True)] + [
        (m.t(f"col.{k}"), True) for k in ("mean", "min", "q1", "median", "q3", "max")
    ]
    return Chart(
        Markup(svg(WIDTH, height, "".join(parts), title=title, css_class="chart distribution")),
        simple_table(title, headers, rows),
    )


def level_mix_chart(products: pd.DataFrame, title: str, m: Messages) -> Chart:
    """Stacked bars: the share of each level per product, best products first."""
    rows = products[products["n_organisations"] > 0].sort_values(
        ["maturity", "product_name"], ascending=[False, True]
    )
    longest = max((text_width(str(n), 11) for n in rows["product_name"]), default=100)
    left = min(max(longest + 14, 150), 330)
    right, top, bar, gap = WIDTH - 70, 34.0, 15.0, 5.0
    height = top + (bar + gap) * len(rows) + 28
    labels = {key: m.t(f"level.{key}") for key in LEVEL_COLOURS}
    parts = [legend([(labels[k], c) for k, c in LEVEL_COLOURS.items()], 8, 14, size=10)]
    parts.append(percent_axis(left, right, top - 4, top + (bar + gap) * len(rows)))
    parts.append(text(right + 8, top - 8, m.t("products.maturity"), size=10))
    data = []
    for i, row in enumerate(rows.itertuples()):
        y = top + i * (bar + gap)
        name = str(row.product_name)
        shown = name if text_width(name) <= left - 12 else name[: int((left - 24) / 6.2)] + "…"
        parts.append(f'<g class="bar-row"><title>{escape(name)}</title>')
        parts.append(text(left - 6, y + bar - 3, shown, anchor="end"))
        x = left
        for key, colour in LEVEL_COLOURS.items():
            share = getattr(row, key)
            if is_missing(share) or share <= 0:
                continue
            w = (right - left) * share / 100
            tip = m.t("products.tip", product=name, level=labels[key], share=m.pct(share),
                      n=row.n_organisations)  # fmt: skip
            parts.append(rect(x, y, w, bar, colour, tip, css_class="segment"))
            x += w
        parts.append(text(right + 8, y + bar - 3, m.pct(row.maturity), size=10))
        parts.append("</g>")
        data.append(
            [cell(name, "product", m), cell(row.n_organisations, "int", m)]
            + [cell(getattr(row, key), "pct", m) for key in LEVEL_COLOURS]
            + [cell(row.maturity, "pct", m)]
        )
    headers = [(m.t("col.product"), False), (m.t("col.organisations"), True)]
    headers += [(labels[k], True) for k in LEVEL_COLOURS] + [(m.t("col.maturity"), True)]
    return Chart(
        Markup(svg(WIDTH, height, "".join(parts), title=title, css_class="chart level-mix")),
        simple_table(title, headers, data),
    )


def grouped_bars(
    groups: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    m: Messages,
    *,
    title: str,
    notes: Sequence[Sequence[str]] | None = None,
) -> Chart:
    """Horizontal bars 0-100 %, one group per label with one bar per series; `notes` per
    bar (e.g. 'n = 12') go into its tooltip and the data table."""
    left, right, top = 190.0, WIDTH - 70, 30.0
    bar, gap = 14.0, 12.0
    group_h = bar * len(series) + gap
    height = top + group_h * len(groups) + 24
    colours = SERIES_COLOURS
    parts = [legend(list(zip(series, colours, strict=False)), 8, 14)]
    parts.append(percent_axis(left, right, top - 4, top + group_h * len(groups) - gap + 4))
    data = []
    for g, (label, values) in enumerate(groups):
        y0 = top + g * group_h
        parts.append(text(left - 8, y0 + bar * len(series) / 2 + 4, label, anchor="end"))
        row = [Cell(label)]
        for s, value in enumerate(values):
            y = y0 + s * bar
            note = notes[g][s] if notes else ""
            row.append(cell(value, "pct", m))
            if value is None or is_missing(value):
                parts.append(text(left + 4, y + bar - 3, m.t("chart.no_data"), size=10,
                                  fill="#595959"))  # fmt: skip
                continue
            shown = m.pct(value)
            tip = (
                m.t("chart.tip_n", group=label, series=series[s], value=shown, n=note)
                if note
                else m.t("chart.tip", group=label, series=series[s], value=shown)
            )
            w = (right - left) * float(value) / 100
            parts.append(rect(left, y + 1, w, bar - 2, colours[s % len(colours)], tip,
                              css_class="bar"))  # fmt: skip
            parts.append(text(left + w + 4, y + bar - 3, shown, size=10))
        if notes:
            row.append(Cell(", ".join(dict.fromkeys(notes[g]))))
        data.append(row)
    headers = [(m.t("col.group"), False)] + [(s, True) for s in series]
    if notes:
        headers.append((m.t("col.n"), False))
    return Chart(
        Markup(svg(WIDTH, height, "".join(parts), title=title, css_class="chart grouped")),
        simple_table(title, headers, data),
    )
