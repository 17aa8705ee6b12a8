"""The classes of the report's map: 5-point bins around the mean, and the areas without one.

Seven classes of 5 percentage points on a fixed grid (…, 65–70, 70–75, …), centred on the
bin that holds the mean of the mapped organisations; the outer two classes are open
(below the lowest edge, from the highest edge on). Areas without a value are told apart:
`unreachable` (the organisation's site could not be crawled), `no_score` (measured, but
nothing counted, e.g. every product not offered) and `not_measured` (not in the run).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scoring.i18n import Messages

#: ColorBrewer YlGnBu (7 of 8 classes, without the palest, which is too close to white).
CLASS_COLOURS = ("#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
STEP = 5.0
#: The fills of the areas without a value.
UNREACHABLE, NO_SCORE, NOT_MEASURED = "#737373", "#bdbdbd", "#f0f0f0"
NO_VALUE = {"unreachable": UNREACHABLE, "no_score": NO_SCORE, "not_measured": NOT_MEASURED}


def _check_colours() -> None:
    if len(set(CLASS_COLOURS) | set(NO_VALUE.values())) != len(CLASS_COLOURS) + len(NO_VALUE):
        raise ValueError("every map class needs a colour of its own")


_check_colours()


@dataclass(frozen=True)
class MapClass:
    """Values in [low, high); None is an open end."""

    low: float | None
    high: float | None
    colour: str

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value < self.high)

    def label(self, m: Messages) -> str:
        if self.low is None:
            return m.t("map.class_below", high=m.pct(self.high, 0))
        if self.high is None:
            return m.t("map.class_above", low=m.pct(self.low, 0))
        return m.t("map.class_between", low=m.number(self.low, 0), high=m.pct(self.high, 0))


def value_classes(values: Sequence[float]) -> tuple[float | None, list[MapClass]]:
    """The mean of `values` and the seven classes around it (around 50 without values)."""
    mean = sum(values) / len(values) if values else None
    half = len(CLASS_COLOURS) // 2
    centre = math.floor((50.0 if mean is None else mean) / STEP) * STEP
    # Keep the edges within 5..95: the grid slides inwards at the ends of the scale.
    centre = min(max(centre, half * STEP), 100 - (half + 1) * STEP)
    edges = [centre + (i - half + 1) * STEP for i in range(len(CLASS_COLOURS) - 1)]
    bounds = [None, *edges], [*edges, None]
    classes = [
        MapClass(low, high, colour)
        for low, high, colour in zip(*bounds, CLASS_COLOURS, strict=True)
    ]
    return mean, classes


def class_of(value: float, classes: Sequence[MapClass]) -> MapClass:
    return next(c for c in classes if c.holds(value))
