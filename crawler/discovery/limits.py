"""How far discovery may go for one organisation (the spider fills them from the
DIGIMETER_* settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    budget: int = 300
    max_depth: int = 4
    route_hops: int = 3
    max_redirects: int = 10
    trap_variants: int = 6
    search_queries: int = 1
    render: bool = True
