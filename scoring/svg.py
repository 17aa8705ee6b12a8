"""Small helpers to write inline SVG by hand: escaping, coordinates, the colour tables."""

from __future__ import annotations

from html import escape

#: Colours of the levels in stacked bars (ColorBrewer YlGnBu), not_found in grey; their
#: names are in the message catalogue (`level.*`).
LEVEL_COLOURS: dict[str, str] = {
    "share_not_found": "#bdbdbd",
    "share_level_0": "#c7e9b4",
    "share_level_33": "#7fcdbb",
    "share_level_67": "#1d91c0",
    "share_level_100": "#0c2c84",
}
SERIES_COLOURS = ("#2c7fb8", "#e6550d", "#31a354", "#756bb1", "#636363")
INK = "#333333"
GRID = "#e3e3e3"


def num(value: float) -> str:
    """A coordinate with at most one decimal and no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


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
