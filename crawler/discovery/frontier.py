"""The focused crawl's frontier: links to open, best first, re-scored as products are found.

A link's priority is its best score (anchor text or URL) for a product still being looked
for, plus `hub_bonus` for hub pages (menus, A-Z lists, section pages), minus
`depth_penalty` per hop from the homepage. Priorities only fall as products are settled, so
the heap is re-scored lazily when an item is popped.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crawler.discovery.evaluation import Evaluator
from crawler.discovery.pageinfo import Link
from digimeter.core.pages import normalize_url

MAX_ITEMS = 5000


@dataclass(order=True)
class FrontierItem:
    sort_key: tuple[float, int]
    url: str = field(compare=False)
    depth: int = field(compare=False)
    hub: bool = field(compare=False)
    scores: Mapping[str, float] = field(compare=False)


class Frontier:
    def __init__(self, evaluator: Evaluator, unsettled: Callable[[], list[str]]) -> None:
        self.ev = evaluator
        self.unsettled = unsettled
        self.follow = evaluator.rules.thresholds["follow"]
        self.hubs: list[FrontierItem] = []
        self.links: list[FrontierItem] = []
        self.seen: set[str] = set()
        self._count = itertools.count()

    def priority(self, scores: Mapping[str, float], hub: bool, depth: int) -> float:
        best = max((scores.get(k, 0.0) for k in self.unsettled()), default=0.0)
        return best + (self.ev.hub_bonus if hub else 0.0) - self.ev.depth_penalty * depth

    def add(self, link: Link, depth: int, scores: Mapping[str, float]) -> None:
        key = normalize_url(link.url)
        if key in self.seen or len(self.seen) >= MAX_ITEMS:
            return
        hub = self.ev.is_hub(link)
        prio = self.priority(scores, hub, depth)
        if not hub and prio < self.follow:
            return
        self.seen.add(key)
        item = FrontierItem((-prio, next(self._count)), link.url, depth, hub, scores)
        heapq.heappush(self.hubs if hub else self.links, item)

    def _pop_from(self, heap: list[FrontierItem]) -> FrontierItem | None:
        while heap:
            item = heapq.heappop(heap)
            prio = self.priority(item.scores, item.hub, item.depth)
            if prio < -item.sort_key[0] - 1e-9:
                if item.hub or prio >= self.follow:
                    item.sort_key = (-prio, item.sort_key[1])
                    heapq.heappush(heap, item)
                continue
            return item
        return None

    def pop_hub(self, max_depth: int) -> FrontierItem | None:
        """The best hub link no deeper than `max_depth` (deeper hubs wait for pop())."""
        deferred = []
        found = None
        while (item := self._pop_from(self.hubs)) is not None:
            if item.depth <= max_depth:
                found = item
                break
            deferred.append(item)
        for item in deferred:
            heapq.heappush(self.hubs, item)
        return found

    def pop(self) -> FrontierItem | None:
        """The best link or hub to open next, or None when nothing is worth opening."""
        if not self.unsettled():
            return None
        hub = self._pop_from(self.hubs)
        link = self._pop_from(self.links)
        if hub is None or (link is not None and link.sort_key < hub.sort_key):
            if hub is not None:
                heapq.heappush(self.hubs, hub)
            return link
        if link is not None:
            heapq.heappush(self.links, link)
        return hub

    def __len__(self) -> int:
        return len(self.hubs) + len(self.links)
