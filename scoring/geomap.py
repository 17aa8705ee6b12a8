"""A choropleth of organisations coloured by the class of their maturity
(`scoring.mapclasses`), drawn from GeoJSON boundaries.

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

from scoring.i18n import Messages
from scoring.inputs import ScoringInputError
from scoring.mapclasses import NO_VALUE, MapClass, class_of, value_classes
from scoring.svg import num, rect, svg, text

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
    #: The mean maturity of the organisations on the map, and each class with its count.
    mean: float | None
    classes: list[tuple[MapClass, int]]
    #: The areas without a value: unreachable, no_score, not_measured -> count.
    without: dict[str, int]
    #: (code, name, maturity or None, class label) of every area, in file order.
    rows: list[tuple[str, str, float | None, str]]
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
        geometry: dict[str, Any] = feature.get("geometry") or {}
        kind = geometry.get("type")
        coords: Any = geometry.get("coordinates")  # not iterable when missing: a TypeError
        polygons: tuple[tuple[Ring, ...], ...]
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


@dataclass(frozen=True)
class MapValue:
    """What the run says about one organisation that may have an area on the map."""

    code: str
    name: str
    maturity: float | None
    n_counted: int
    #: its site could not be crawled (some verdict unreachable and nothing counted)
    unreachable: bool


def _legend(m: Messages, result: MapResult) -> str:
    items = [(m.t("map.count", label=c.label(m), n=n), c.colour) for c, n in result.classes]
    items += [
        (m.t("map.count", label=m.t(f"map.{kind}"), n=n), NO_VALUE[kind])
        for kind, n in result.without.items()
        if n
    ]
    parts = [text(12, 22, m.t("map.legend"), weight="bold")]
    if result.mean is not None:
        parts.append(text(12, 38, m.t("map.legend_mean", mean=m.pct(result.mean)), size=10))
    for i, (label, colour) in enumerate(items):
        y = 48 + i * 18
        parts.append(rect(12, y, 14, 14, colour, stroke="#888", css_class="legend-key"))
        parts.append(text(32, y + 11, label))
    return "".join(parts)


def choropleth(
    areas: list[Area], values: dict[str, MapValue], m: Messages, *, width: float = 560
) -> MapResult:
    """Colour each area by the class of the maturity of the organisation with its code."""
    project = Projection(areas, width, 10)
    codes = {area.code for area in areas}
    mapped = [v.maturity for c, v in values.items() if c in codes and v.maturity is not None]
    mean, classes = value_classes(mapped)
    counts = dict.fromkeys(classes, 0)
    without = dict.fromkeys(NO_VALUE, 0)
    paths, rows = [], []
    for area in areas:
        value = values.get(area.code)
        name = value.name if value else area.name
        if value is not None and value.maturity is not None:
            klass = class_of(value.maturity, classes)
            counts[klass] += 1
            fill, label = klass.colour, klass.label(m)
            tip = m.t("map.tip_value", name=name, code=area.code, value=m.pct(value.maturity),
                      n=value.n_counted)  # fmt: skip
            data_value = f' data-value="{value.maturity:.1f}"'
        else:
            kind = "not_measured" if value is None else (
                "unreachable" if value.unreachable else "no_score"
            )  # fmt: skip
            without[kind] += 1
            fill, label = NO_VALUE[kind], m.t(f"map.{kind}")
            tip = m.t("map.tip_other", name=name, code=area.code, what=label)
            data_value = f' data-class="{kind}"'
        rows.append((area.code, name, None if value is None else value.maturity, label))
        paths.append(
            f'<path class="area" d="{_path_data(area, project)}" fill="{fill}" '
            f'data-code="{escape(area.code)}"{data_value}><title>{escape(tip)}</title></path>'
        )
    prefixes = {_prefix(c) for c in codes}
    not_on_map = sorted(
        c for c, v in values.items()
        if v.maturity is not None and c not in codes and _prefix(c) in prefixes
    )  # fmt: skip
    result = MapResult("", len(areas), sum(counts.values()), mean, list(counts.items()),
                       without, rows, not_on_map)  # fmt: skip
    body = (
        f'<g stroke="#ffffff" stroke-width="0.4" fill-rule="evenodd">{"".join(paths)}</g>'
        f'<g class="legend">{_legend(m, result)}</g>'
    )
    result.svg = svg(width, project.height, body, title=m.t("map.title"), css_class="chart map")
    return result
