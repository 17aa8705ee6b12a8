"""Small helpers to write inline SVG by hand: escaping, number formatting, the colour tables."""

from __future__ import annotations

import itertools
import math
from html import escape

#: Colours of the levels in stacked bars (ColorBrewer YlGnBu), not_found in grey.
LEVEL_COLOURS: dict[str, str] = {
    "share_not_found": "#bdbdbd",
    "share_level_0": "#c7e9b4",
    "share_level_33": "#7fcdbb",
    "share_level_67": "#1d91c0",
    "share_level_100": "#0c2c84",
}
LEVEL_LABELS: dict[str, str] = {
    "share_not_found": "not found (0)",
    "share_level_0": "0 information only",
    "share_level_33": "33 printable form",
    "share_level_67": "67 online form",
    "share_level_100": "100 DigiD/eHerkenning form",
}
#: Map classes of maturity (ColorBrewer YlGnBu, 5 classes) and the no-data grey.
MAP_BINS: tuple[tuple[float, float, str], ...] = (
    (0, 20, "#ffffcc"),
    (20, 40, "#a1dab4"),
    (40, 60, "#41b6c4"),
    (60, 80, "#2c7fb8"),
    (80, 100.0001, "#253494"),
)
NO_DATA = "#d9d9d9"


def _check_map_bins() -> None:
    edges = [(low, high) for low, high, _ in MAP_BINS]
    contiguous = all(a[1] == b[0] for a, b in itertools.pairwise(edges))
    if edges[0][0] != 0 or edges[-1][1] <= 100 or not contiguous:
        raise ValueError("MAP_BINS must cover 0-100 without gaps, in ascending order")
    if NO_DATA in {colour for _, _, colour in MAP_BINS}:
        raise ValueError("the no-data grey must differ from every map colour")


_check_map_bins()
SERIES_COLOURS = ("#2c7fb8", "#e6550d", "#31a354", "#756bb1", "#636363")
INK = "#333333"
GRID = "#e3e3e3"


def missing(value: float | None) -> bool:
    """No value: None or NaN (a chart or map shows it as such, not as 0)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def num(value: float) -> str:
    """A coordinate with at most one decimal and no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def pct(value: float | None, digits: int = 1) -> str:
    """A percentage for display: '75.3%', or an en dash when there is no value."""
    if missing(value):
        return "–"
    return f"{value:.{digits}f}%"


def text_width(text: str, size: float = 11) -> float:
    """A rough width of a text in px (SVG has no text metrics without a browser)."""
    return len(text) * size * 0.56


def svg(width: float, height: float, body: str, *, title: str, css_class: str = "chart") -> str:
    """An inline SVG element that scales to its container, with an accessible title."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" role="img" '
        f'viewBox="0 0 {num(width)} {num(height)}" width="{num(width)}" height="{num(height)}" '
        f'preserveAspectRatio="xMinYMin meet"><title>{escape(title)}</title>{body}</svg>'
    )


def text(
    x: float, y: float, content: str, *, anchor: str = "start", size: float = 11,
    weight: str = "normal", fill: str = INK, css_class: str = "",
) -> str:  # fmt: skip
    cls = f' class="{css_class}"' if css_class else ""
    bold = ' font-weight="bold"' if weight != "normal" else ""
    return (
        f'<text x="{num(x)}" y="{num(y)}" text-anchor="{anchor}" font-size="{num(size)}"'
        f'{bold} fill="{fill}"{cls}>{escape(content)}</text>'
    )


def _attr(name: str) -> str:
    return "class" if name == "css_class" else name.replace("_", "-")


def rect(x: float, y: float, w: float, h: float, fill: str, tip: str = "", **attrs: str) -> str:
    extra = "".join(f' {_attr(k)}="{escape(v)}"' for k, v in attrs.items())
    inner = f"<title>{escape(tip)}</title>" if tip else ""
    return (
        f'<rect x="{num(x)}" y="{num(y)}" width="{num(max(w, 0))}" height="{num(max(h, 0))}" '
        f'fill="{fill}"{extra}>{inner}</rect>'
    )


def line(x1: float, y1: float, x2: float, y2: float, stroke: str = INK, width: float = 1) -> str:
    return (
        f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{stroke}" '
        f'stroke-width="{num(width)}"/>'
    )


def percent_axis(x0: float, x1: float, top: float, bottom: float, *, step: int = 20) -> str:
    """Vertical grid lines and labels for a 0-100 % horizontal scale."""
    parts = []
    for value in range(0, 101, step):
        x = x0 + (x1 - x0) * value / 100
        parts.append(line(x, top, x, bottom, GRID))
        parts.append(text(x, bottom + 14, f"{value}%", anchor="middle", size=10))
    return "".join(parts)


def legend(items: list[tuple[str, str]], x: float, y: float, *, size: float = 11) -> str:
    """A one-line legend of coloured squares; returns the SVG."""
    parts, cursor = [], x
    for label, colour in items:
        parts.append(rect(cursor, y - 9, 10, 10, colour, css_class="legend-key"))
        parts.append(text(cursor + 14, y, label, size=size))
        cursor += 14 + text_width(label, size) + 16
    return "".join(parts)


def map_colour(value: float | None) -> str:
    """The map fill of a maturity value (0-100); the no-data grey when there is none."""
    if missing(value):
        return NO_DATA
    for low, high, colour in MAP_BINS:
        if low <= value < high:
            return colour
    return MAP_BINS[-1][2]
