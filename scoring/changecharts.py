"""The charts of a comparison with an earlier run, as inline SVG with their data as a table:
before and after per type (a dumbbell chart) and the change per organisation (a histogram)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from scoring.charts import WIDTH, Chart
from scoring.i18n import Messages, is_missing
from scoring.reporttables import Cell, cell, simple_table
from scoring.svg import GRID, INK, legend, line, num, percent_axis, rect, svg, text


def dumbbell_chart(
    rows: Sequence[tuple[str, float | None, float | None]], m: Messages, *, title: str
) -> Chart:
    """Before (hollow) and after (filled) per label, joined by a line."""
    left, right, top, row_h = 190.0, WIDTH - 70, 30.0, 30.0
    height = top + row_h * len(rows) + 24
    parts = [legend([(m.t("chart.earlier"), "#bdbdbd"), (m.t("chart.this"), "#2c7fb8")], 8, 14)]
    parts.append(percent_axis(left, right, top - 4, top + row_h * len(rows)))

    def scale(v: float) -> float:
        return left + (right - left) * v / 100

    data = []
    for i, (label, before, after) in enumerate(rows):
        cy = top + i * row_h + row_h / 2
        parts.append(text(left - 8, cy + 4, label, anchor="end"))
        change = None
        if (
            before is not None
            and after is not None
            and not (is_missing(before) or is_missing(after))
        ):
            change = after - before
            colour = "#31a354" if change >= 0 else "#de2d26"
            parts.append(line(scale(before), cy, scale(after), cy, colour, 3))
        for value, fill in ((before, "#bdbdbd"), (after, "#2c7fb8")):
            if value is not None and not is_missing(value):
                tip = f"{label}: {m.pct(value)}"
                parts.append(
                    f'<circle cx="{num(scale(value))}" cy="{num(cy)}" r="6" fill="{fill}" '
                    f'class="dot"><title>{escape(tip)}</title></circle>'
                )
        if change is not None:
            parts.append(text(right + 8, cy + 4, m.t("chart.pp", change=m.pp(change)), size=10))
        data.append([Cell(label), cell(before, "pct", m), cell(after, "pct", m),
                     cell(change, "pp", m)])  # fmt: skip
    headers = [(m.t("col.type"), False), (m.t("col.before"), True), (m.t("col.now"), True),
               (m.t("col.change_pp"), True)]  # fmt: skip
    return Chart(
        Markup(svg(WIDTH, height, "".join(parts), title=title, css_class="chart dumbbell")),
        simple_table(title, headers, data),
    )


def histogram(
    values: Sequence[float], m: Messages, *, lo: float, hi: float, step: float, title: str,
    xlabel: str,
) -> Chart:  # fmt: skip
    """Vertical bars counting values per bin of width `step` from `lo` to `hi` (values
    outside go into the first or last bin)."""
    edges = [lo + i * step for i in range(round((hi - lo) / step) + 1)]
    counts = [0] * (len(edges) - 1)
    for v in values:
        i = min(max(int((v - lo) // step), 0), len(counts) - 1)
        counts[i] += 1
    left, right, top, bottom = 50.0, WIDTH - 20, 16.0, 200.0
    height = bottom + 44
    peak = max(counts) or 1
    parts = []
    for k in range(5):
        y = bottom - (bottom - top) * k / 4
        parts.append(line(left, y, right, y, GRID))
        parts.append(text(left - 6, y + 4, f"{peak * k / 4:.0f}", anchor="end", size=10))
    width = (right - left) / len(counts)
    edge = [f"{e:+g}" for e in edges]
    data = []
    for i, count in enumerate(counts):
        h = (bottom - top) * count / peak
        tip = m.t("chart.bin", low=edge[i], high=edge[i + 1], n=count)
        parts.append(rect(left + i * width + 1, bottom - h, width - 2, h, "#2c7fb8", tip,
                          css_class="bar"))  # fmt: skip
        data.append([Cell(f"{edge[i]} … {edge[i + 1]}"), cell(count, "int", m)])
    for i, label in enumerate(edge):
        if i % 2 == 0:
            parts.append(text(left + i * width, bottom + 14, label, anchor="middle", size=10))
    parts.append(text((left + right) / 2, bottom + 34, xlabel, anchor="middle", size=11))
    parts.append(line(left, bottom, right, bottom, INK))
    headers = [(m.t("col.bin"), False), (m.t("col.count"), True)]
    return Chart(
        Markup(svg(WIDTH, height, "".join(parts), title=title, css_class="chart histogram")),
        simple_table(title, headers, data),
    )
