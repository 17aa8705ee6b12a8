"""The report's charts, as inline SVG strings: distribution per type, level mix per product,
grouped bars (audiences, conventions, size classes), before/after and a histogram."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from html import escape

import pandas as pd

from scoring.svg import (
    GRID,
    INK,
    LEVEL_COLOURS,
    LEVEL_LABELS,
    SERIES_COLOURS,
    legend,
    line,
    missing,
    num,
    pct,
    percent_axis,
    rect,
    svg,
    text,
    text_width,
)

WIDTH = 760.0


def _jitter(key: str, spread: float) -> float:
    """A stable vertical offset per organisation, so the strip plot is the same every run."""
    return ((zlib.crc32(key.encode()) % 1000) / 999 - 0.5) * spread


def distribution_chart(
    orgs: pd.DataFrame, labels: dict[str, str], *, metric: str = "maturity"
) -> str:
    """A box plot with every organisation as a dot, one band per organisation type."""
    types = [t for t in labels if orgs.loc[orgs["org_type"] == t, metric].notna().any()]
    left, right, top, band = 190.0, WIDTH - 24, 12.0, 70.0
    height = top + band * len(types) + 30
    scale = lambda v: left + (right - left) * v / 100  # noqa: E731
    parts = [percent_axis(left, right, top, top + band * len(types))]
    for i, org_type in enumerate(types):
        part = orgs[(orgs["org_type"] == org_type) & orgs[metric].notna()]
        values = part[metric]
        cy = top + band * i + band / 2
        parts.append(text(8, cy - 2, labels[org_type], weight="bold"))
        parts.append(text(8, cy + 13, f"n = {len(values)}, mean {pct(values.mean())}", size=10))
        dots = []
        for row in part.itertuples():
            value = getattr(row, metric)
            x, y = scale(value), cy + _jitter(str(row.org_code), band - 22)
            dots.append(
                f'<circle cx="{num(x)}" cy="{num(y)}" r="3" class="dot">'
                f"<title>{escape(row.org_name)}: {pct(value)}</title></circle>"
            )
        parts.append(f'<g fill="#e6550d" fill-opacity="0.5">{"".join(dots)}</g>')
        # The box goes over the dots, translucent, so both stay readable.
        q1, med, q3 = values.quantile([0.25, 0.5, 0.75])
        parts.append(line(scale(values.min()), cy, scale(q1), cy, "#555555", 1.5))
        parts.append(line(scale(q3), cy, scale(values.max()), cy, "#555555", 1.5))
        for end in (values.min(), values.max()):
            parts.append(line(scale(end), cy - 8, scale(end), cy + 8, "#555555", 1.5))
        parts.append(
            rect(scale(q1), cy - 14, scale(q3) - scale(q1), 28, "#9ecae1",
                 f"quartiles {pct(q1)} – {pct(q3)}", stroke="#08519c", stroke_width="1.5",
                 fill_opacity="0.45", css_class="box")
        )  # fmt: skip
        parts.append(line(scale(med), cy - 14, scale(med), cy + 14, "#08306b", 3))
        mean_x = scale(values.mean())
        parts.append(
            f'<path d="M{num(mean_x)},{num(cy - 20)} l-5,-7 h10 z" fill="{INK}">'
            f"<title>mean {pct(values.mean())}</title></path>"
        )
    title = f"Distribution of organisation {metric.replace('_', ' ')} per organisation type"
    return svg(WIDTH, height, "".join(parts), title=title, css_class="chart distribution")


def level_mix_chart(products: pd.DataFrame, title: str) -> str:
    """Stacked bars: the share of each level per product, best products first."""
    rows = products[products["n_organisations"] > 0].sort_values(
        ["maturity", "product_name"], ascending=[False, True]
    )
    longest = max((text_width(str(n), 11) for n in rows["product_name"]), default=100)
    left = min(max(longest + 14, 150), 330)
    right, top, bar, gap = WIDTH - 70, 34.0, 15.0, 5.0
    height = top + (bar + gap) * len(rows) + 28
    parts = [legend([(LEVEL_LABELS[k], c) for k, c in LEVEL_COLOURS.items()], 8, 14, size=10)]
    parts.append(percent_axis(left, right, top - 4, top + (bar + gap) * len(rows)))
    parts.append(text(right + 8, top - 8, "maturity", size=10))
    for i, row in enumerate(rows.itertuples()):
        y = top + i * (bar + gap)
        name = str(row.product_name)
        shown = name if text_width(name) <= left - 12 else name[: int((left - 24) / 6.2)] + "…"
        parts.append(f'<g class="bar-row"><title>{escape(name)}</title>')
        parts.append(text(left - 6, y + bar - 3, shown, anchor="end"))
        x = left
        for key, colour in LEVEL_COLOURS.items():
            share = getattr(row, key)
            if missing(share) or share <= 0:
                continue
            w = (right - left) * share / 100
            tip = f"{name}: {LEVEL_LABELS[key]} {pct(share)} of {row.n_organisations}"
            parts.append(rect(x, y, w, bar, colour, tip, css_class="segment"))
            x += w
        parts.append(text(right + 8, y + bar - 3, pct(row.maturity), size=10))
        parts.append("</g>")
    return svg(WIDTH, height, "".join(parts), title=title, css_class="chart level-mix")


def grouped_bars(
    groups: Sequence[tuple[str, Sequence[float | None]]],
    series: Sequence[str],
    *,
    title: str,
    notes: Sequence[Sequence[str]] | None = None,
) -> str:
    """Horizontal bars 0-100 %, one group per label with one bar per series."""
    left, right, top = 190.0, WIDTH - 70, 30.0
    bar, gap = 14.0, 12.0
    group_h = bar * len(series) + gap
    height = top + group_h * len(groups) + 24
    colours = SERIES_COLOURS
    parts = [legend(list(zip(series, colours, strict=False)), 8, 14)]
    parts.append(percent_axis(left, right, top - 4, top + group_h * len(groups) - gap + 4))
    for g, (label, values) in enumerate(groups):
        y0 = top + g * group_h
        parts.append(text(left - 8, y0 + bar * len(series) / 2 + 4, label, anchor="end"))
        for s, value in enumerate(values):
            y = y0 + s * bar
            note = notes[g][s] if notes else ""
            tip = f"{label}, {series[s]}: {pct(value)}" + (f" ({note})" if note else "")
            if missing(value):
                parts.append(text(left + 4, y + bar - 3, "no data", size=10, fill="#7f7f7f"))
                continue
            w = (right - left) * float(value) / 100  # type: ignore[arg-type]
            parts.append(rect(left, y + 1, w, bar - 2, colours[s % len(colours)], tip,
                              css_class="bar"))  # fmt: skip
            parts.append(text(left + w + 4, y + bar - 3, pct(value), size=10))
    return svg(WIDTH, height, "".join(parts), title=title, css_class="chart grouped")


def dumbbell_chart(rows: Sequence[tuple[str, float | None, float | None]], *, title: str) -> str:
    """Before (hollow) and after (filled) per label, joined by a line."""
    left, right, top, row_h = 190.0, WIDTH - 70, 30.0, 26.0
    height = top + row_h * len(rows) + 24
    parts = [legend([("earlier run", "#bdbdbd"), ("this run", "#2c7fb8")], 8, 14)]
    parts.append(percent_axis(left, right, top - 4, top + row_h * len(rows)))
    scale = lambda v: left + (right - left) * v / 100  # noqa: E731
    for i, (label, before, after) in enumerate(rows):
        cy = top + i * row_h + row_h / 2
        parts.append(text(left - 8, cy + 4, label, anchor="end"))
        if not missing(before) and not missing(after):
            colour = "#31a354" if after >= before else "#de2d26"  # type: ignore[operator]
            parts.append(line(scale(before), cy, scale(after), cy, colour, 3))  # type: ignore[arg-type]
        for value, fill in ((before, "#bdbdbd"), (after, "#2c7fb8")):
            if not missing(value):
                parts.append(
                    f'<circle cx="{num(scale(value))}" cy="{num(cy)}" r="6" fill="{fill}" '  # type: ignore[arg-type]
                    f'class="dot"><title>{escape(label)}: {pct(value)}</title></circle>'
                )
        if not missing(before) and not missing(after):
            change = float(after) - float(before)  # type: ignore[arg-type]
            parts.append(text(right + 8, cy + 4, f"{change:+.1f} pp", size=10))
    return svg(WIDTH, height, "".join(parts), title=title, css_class="chart dumbbell")


def histogram(
    values: Sequence[float], *, lo: float, hi: float, step: float, title: str, xlabel: str
) -> str:
    """Vertical bars counting values per bin of width `step` from `lo` to `hi`."""
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
    for i, count in enumerate(counts):
        h = (bottom - top) * count / peak
        tip = f"{edges[i]:+g} to {edges[i + 1]:+g}: {count}"
        parts.append(rect(left + i * width + 1, bottom - h, width - 2, h, "#2c7fb8", tip,
                          css_class="bar"))  # fmt: skip
    for i, edge in enumerate(edges):
        if i % 2 == 0:
            x = left + i * width
            parts.append(text(x, bottom + 14, f"{edge:+g}", anchor="middle", size=10))
    parts.append(text((left + right) / 2, bottom + 34, xlabel, anchor="middle", size=11))
    parts.append(line(left, bottom, right, bottom, INK))
    return svg(WIDTH, height, "".join(parts), title=title, css_class="chart histogram")
