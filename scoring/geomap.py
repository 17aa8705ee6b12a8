"""A choropleth of organisations coloured by maturity, drawn from GeoJSON boundaries.

Features are matched to organisations by the property `statcode` (CBS codes, e.g. GM0363,
which are the municipality codes of the organisation register), falling back to the
feature `id`. Longitude/latitude (WGS84) are projected equirectangularly with the
longitude scaled by cos(mid latitude): for a country the size of the Netherlands this is
within a fraction of a percent of a conformal projection.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from scoring.inputs import ScoringInputError
from scoring.svg import MAP_BINS, NO_DATA, map_colour, num, pct, rect, svg, text

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    #: Polygons, each a list of rings (outer ring first).
    polygons: tuple[tuple[Ring, ...], ...]


@dataclass
class MapResult:
    svg: str
    n_areas: int
    n_scored: int
    #: Codes with a score that have no boundary in the file (of the kinds of code it has).
    not_on_map: list[str] = field(default_factory=list)


def _ring(raw: Any, where: str) -> Ring:
    try:
        return [(float(p[0]), float(p[1])) for p in raw]
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"{where}: a ring must be a list of [lon, lat] pairs") from exc


def load_areas(path: Path | str) -> list[Area]:
    """Read a GeoJSON FeatureCollection of (Multi)Polygons keyed by `statcode`."""
    path = Path(path)
    source = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScoringInputError(source, f"cannot read the GeoJSON file ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise ScoringInputError(
            source, f"not valid JSON ({exc.msg})", where=f"line {exc.lineno}"
        ) from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ScoringInputError(source, "expected a GeoJSON FeatureCollection")
    areas = []
    for i, feature in enumerate(data.get("features") or []):
        where = f"feature {i + 1}"
        props = feature.get("properties") or {}
        code = str(props.get("statcode") or feature.get("id") or "")
        if not code:
            raise ScoringInputError(
                source, "no statcode property and no id; expected e.g. GM0363", where=where
            )
        geometry = feature.get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        try:
            if kind == "Polygon":
                polygons = (tuple(_ring(r, where) for r in coords),)
            elif kind == "MultiPolygon":
                polygons = tuple(tuple(_ring(r, where) for r in poly) for poly in coords)
            else:
                raise ValueError(f"geometry type {kind!r}; expected Polygon or MultiPolygon")
        except (ValueError, TypeError) as exc:
            raise ScoringInputError(source, str(exc), where=f"{where} ({code})") from exc
        areas.append(Area(code, str(props.get("statnaam") or code), polygons))
    if not areas:
        raise ScoringInputError(source, "the FeatureCollection has no features")
    return areas


class Projection:
    """Fit lon/lat into a box of the given width; y grows downwards."""

    def __init__(self, areas: list[Area], width: float, margin: float) -> None:
        points = [p for a in areas for poly in a.polygons for ring in poly for p in ring]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        self.lon0, self.lat1 = min(lons), max(lats)
        self.kx = math.cos(math.radians((min(lats) + max(lats)) / 2))
        span_x = (max(lons) - self.lon0) * self.kx
        self.scale = (width - 2 * margin) / span_x
        self.margin = margin
        self.height = (self.lat1 - min(lats)) * self.scale + 2 * margin

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x = self.margin + (lon - self.lon0) * self.kx * self.scale
        y = self.margin + (self.lat1 - lat) * self.scale
        return x, y


def _path_data(area: Area, project: Projection) -> str:
    parts = []
    for polygon in area.polygons:
        for ring in polygon:
            points: list[str] = []
            for lon, lat in ring:
                x, y = project(lon, lat)
                point = f"{num(x)},{num(y)}"
                if not points or points[-1] != point:
                    points.append(point)
            if len(points) >= 3:
                parts.append("M" + " ".join(points) + "Z")
    return "".join(parts)


def _prefix(code: str) -> str:
    """The letters a code starts with (GM for municipalities, PV for provinces)."""
    match = re.match(r"[A-Za-z]*", code)
    return match.group(0).upper() if match else ""


def choropleth(
    areas: list[Area],
    values: dict[str, tuple[str, float | None, int]],
    *,
    title: str,
    width: float = 560,
) -> MapResult:
    """Colour each area by the maturity of the organisation with the same code.

    `values` maps a code to (name, maturity or None, number of products counted).
    """
    project = Projection(areas, width, 10)
    paths, scored = [], 0
    codes = set()
    for area in areas:
        codes.add(area.code)
        name, value, n = values.get(area.code, (area.name, None, 0))
        fill = map_colour(value)
        if fill != NO_DATA:
            scored += 1
        tip = f"{name} ({area.code}): " + (
            f"maturity {pct(value)} over {n} products" if fill != NO_DATA else "no score"
        )
        data_value = "" if fill == NO_DATA else f' data-value="{value:.1f}"'
        paths.append(
            f'<path class="area" d="{_path_data(area, project)}" fill="{fill}" '
            f'data-code="{escape(area.code)}"{data_value}><title>{escape(tip)}</title></path>'
        )
    legend_items = [
        (f"{low:.0f}–{min(high, 100):.0f}%", colour) for low, high, colour in MAP_BINS
    ] + [("no score", NO_DATA)]
    legend = [text(12, 22, "Maturity", weight="bold")]
    for i, (label, colour) in enumerate(legend_items):
        y = 34 + i * 18
        legend.append(rect(12, y, 14, 14, colour, stroke="#888", css_class="legend-key"))
        legend.append(text(32, y + 11, label))
    body = (
        f'<g stroke="#ffffff" stroke-width="0.4" fill-rule="evenodd">{"".join(paths)}</g>'
        f'<g class="legend">{"".join(legend)}</g>'
    )
    prefixes = {_prefix(c) for c in codes}
    not_on_map = sorted(
        c
        for c, (_, v, _) in values.items()
        if v is not None and c not in codes and _prefix(c) in prefixes
    )
    return MapResult(
        svg(width, project.height, body, title=title, css_class="chart map"),
        n_areas=len(areas),
        n_scored=scored,
        not_on_map=not_on_map,
    )
