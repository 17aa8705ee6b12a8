"""The review queue: every verdict of the run in memory, with its doubt and review state,
filtered and ordered for the queue page and for moving to the next or previous verdict.

The verdicts are read once through `RunStore` (and again when another process changes
run.db, e.g. a re-classification); a decision taken in the app updates its own verdict's
state and moves it within the sorted list and the cached selections, so moving from one
verdict to the next never sorts or filters the whole run again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from digimeter.core.reviewrecords import Review
from digimeter.core.runstore import RunStore
from review import doubt

STATES = (
    "to_review",
    "all",
    "unreviewed",
    "confirmed",
    "overridden",
    "stale",
    "proposals",
    "carried",
)
PAGE_SIZE = 100
SORT_KEY = attrgetter("sort_key")


@dataclass
class Item:
    """One verdict as the queue shows it."""

    verdict: dict[str, str]
    org_name: str
    product_name: str
    order: tuple[int, int]
    reasons: list[str]
    haystack: str
    review: Review | None = None
    proposals: int = 0
    #: (-doubt, confidence, list order): the queue's order, kept by `rekey`.
    sort_key: tuple[Any, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.verdict["org_code"], self.verdict["product_key"])

    @property
    def all_reasons(self) -> list[str]:
        extra = (["proposal"] if self.proposals else []) + (
            ["stale"] if self.review is not None and self.review.stale else []
        )
        return extra + self.reasons

    @property
    def state(self) -> str:
        if self.review is None:
            return "unreviewed"
        if self.review.stale:
            return "stale"
        return "confirmed" if self.review.decision == "confirm" else "overridden"

    def rekey(self) -> Item:
        try:
            confidence = float(self.verdict["confidence"] or 1)
        except ValueError:
            confidence = 0.0
        self.sort_key = (-doubt.score(self.all_reasons), confidence, self.order)
        return self


@dataclass(frozen=True)
class Filters:
    """What the queue shows; every value is compared in memory, nothing else."""

    org: str = ""
    type: str = ""
    product: str = ""
    audience: str = ""
    level: str = ""
    status: str = ""
    state: str = "to_review"
    doubt: str = ""
    q: str = ""
    sample: str = ""

    @classmethod
    def from_query(cls, query: Any) -> Filters:
        values = {f.name: str(query.get(f.name, f.default))[:200].strip() for f in fields(cls)}
        if values["state"] not in STATES:
            values["state"] = "to_review"
        return cls(**values)

    def query(self, **changes: str) -> dict[str, str]:
        """The filters as query parameters (only those not at their default)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)} | changes
        defaults = {f.name: f.default for f in fields(self)}
        return {k: v for k, v in data.items() if v != defaults.get(k)}

    def keeps(self, item: Item) -> bool:
        v = item.verdict
        checks = (
            (self.org, v["org_code"]),
            (self.type, v["org_type"]),
            (self.product, v["product_key"]),
            (self.audience, v["audience"]),
            (self.status, v["status"]),
            (self.level, v["level"] if v["status"] == "ok" else ""),
        )
        if any(wanted and wanted != value for wanted, value in checks):
            return False
        if self.doubt and self.doubt not in item.all_reasons:
            return False
        if self.q and self.q.lower() not in item.haystack:
            return False
        return self._state(item)

    def _state(self, item: Item) -> bool:
        state = item.state
        if self.state == "to_review":
            return state in ("unreviewed", "stale") or item.proposals > 0
        if self.state == "proposals":
            return item.proposals > 0
        if self.state == "carried":
            return item.review is not None and item.review.origin == "carried"
        return self.state in ("all", state)


@dataclass
class ReviewQueue:
    """The run's verdicts for the review app."""

    store: RunStore
    compare: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    by_key: dict[tuple[str, str], Item] = field(default_factory=dict)
    product_names: dict[str, str] = field(default_factory=dict)
    #: Every item in queue order, and the last selections (by their filters).
    ordered: list[Item] = field(default_factory=list)
    #: The values the queue's filters offer.
    options: dict[str, list[str]] = field(default_factory=dict)
    _selections: dict[Filters, list[Item]] = field(default_factory=dict)
    _version: int = -1

    def refresh(self) -> None:
        """Reload when run.db was changed by another process (or on first use)."""
        version = self.store.data_version()
        if version != self._version:
            self._version = version
            self.load()

    def load(self) -> None:
        store = self.store
        self.product_names = {p.key: p.name_nl for p in store.products()}
        org_pos = {o.code: i for i, o in enumerate(store.organisations())}
        prod_pos = {key: i for i, key in enumerate(self.product_names)}
        verdicts = store.verdict_rows()
        previous = {(v["org_code"], v["product_key"]): v for v in store.verdict_rows(previous=True)}
        shared = doubt.shared_pages(verdicts)
        items = []
        for v in verdicts:
            key = (v["org_code"], v["product_key"])
            earlier = (previous.get(key), self.compare.get(key))
            reasons = doubt.reasons(v, earlier=earlier, shared=shared)
            name = self.product_names.get(v["product_key"], "")
            text = " ".join(
                (
                    v["org_code"],
                    v["org_name"],
                    v["product_key"],
                    name,
                    v["product_url"],
                    v["route_url"],
                    v["via"],
                    v["evidence"],
                )
            )
            order = (org_pos.get(v["org_code"], 10**6), prod_pos.get(v["product_key"], 10**6))
            items.append(Item(v, v["org_name"], name, order, reasons, text.lower()))
        self.items = items
        self.by_key = {item.key: item for item in items}
        for key, review in store.latest_reviews().items():
            if key in self.by_key:
                self.by_key[key].review = review
        for proposal in store.proposals(open_only=True):
            if (item := self.by_key.get((proposal.org_code, proposal.product_key))) is not None:
                item.proposals += 1
        self.ordered = sorted((item.rekey() for item in items), key=SORT_KEY)
        self._selections.clear()
        self.options = {
            name: sorted({i.verdict[column] for i in items})
            for name, column in (("org", "org_code"), ("type", "org_type"),
                                 ("product", "product_key"), ("audience", "audience"))
        }  # fmt: skip
        self.options["status"] = ["ok", "not_offered", "not_found", "unreachable"]
        self.options["level"] = ["0", "33", "67", "100"]

    def note_decision(self, key: tuple[str, str]) -> None:
        """Update one verdict's review state after a decision in the app."""
        item = self.by_key[key]
        item.review = self.store.latest_review(*key)
        item.proposals = sum(
            1 for p in self.store.proposals(open_only=True) if (p.org_code, p.product_key) == key
        )
        self._version = self.store.data_version()
        _remove(self.ordered, item)
        bisect.insort(self.ordered, item.rekey(), key=SORT_KEY)
        for filters, chosen in self._selections.items():
            if filters.sample:
                continue  # in sample order: the item keeps its place
            _remove(chosen, item)
            if filters.keeps(item):
                bisect.insort(chosen, item, key=SORT_KEY)

    def select(self, filters: Filters) -> list[Item]:
        """The verdicts the filters keep, most doubtful first (a sample: in sample order)."""
        chosen = self._selections.get(filters)
        if chosen is not None:
            return chosen
        if filters.sample:
            sample = self.store.sample()
            everything = Filters(**{**filters.__dict__, "state": "all", "sample": ""})
            listed = (
                [self.by_key[i.key] for i in sample.items if i.key in self.by_key] if sample else []
            )
            chosen = [i for i in listed if everything.keeps(i)]
        else:
            chosen = [i for i in self.ordered if filters.keeps(i)]
        if len(self._selections) >= 8:
            self._selections.pop(next(iter(self._selections)))
        self._selections[filters] = chosen
        return chosen

    def position(self, filters: Filters, key: tuple[str, str], hint: int = 0) -> int | None:
        """Where the verdict is in the filtered queue, or None when it is not in it."""
        return _index(self.select(filters), self.by_key.get(key), hint)

    def neighbours(
        self, filters: Filters, key: tuple[str, str], position: int = 0
    ) -> tuple[Item | None, Item | None, int, int]:
        """(previous, next, position of `key`, length) in the filtered queue.

        When `key` is no longer in the queue (it was just decided), the verdict now at its
        old `position` is the next one.
        """
        chosen = self.select(filters)
        at = _index(chosen, self.by_key.get(key), position)
        if at is not None:
            prev = chosen[at - 1] if at > 0 else None
            nxt = chosen[at + 1] if at + 1 < len(chosen) else None
            return prev, nxt, at, len(chosen)
        at = min(max(position, 0), len(chosen))
        prev = chosen[at - 1] if 0 < at <= len(chosen) else None
        nxt = chosen[at] if at < len(chosen) else None
        return prev, nxt, at, len(chosen)


def _index(items: list[Item], item: Item | None, hint: int) -> int | None:
    """Where `item` is in `items` (looked for at `hint` first), or None."""
    if item is None:
        return None
    if 0 <= hint < len(items) and items[hint] is item:
        return hint
    return next((i for i, x in enumerate(items) if x is item), None)


def _remove(items: list[Item], item: Item) -> None:
    at = _index(items, item, -1)
    if at is not None:
        del items[at]
