"""Why a verdict deserves a reviewer's look, and how much: the order of the review queue.

Each reason has a weight; a verdict's doubt is the sum of its reasons' weights, so the
queue lists first what is waiting for a person (an organisation's proposal, a decision
whose evidence changed), then, in this order, low confidence, conflicting signals,
not_found and unreachable, changes since the previous classification (or the run given
with `--compare`), and product pages shared by several products. Conflicts are a table:
a qualifier the page states against the level the route gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

#: reason -> (weight, label shown in the queue)
REASONS: dict[str, tuple[int, str]] = {
    "proposal": (128, "organisation's proposal"),
    "stale": (64, "evidence changed since the review"),
    "low_confidence": (16, "low confidence"),
    "conflict": (8, "conflicting signals"),
    "not_found": (4, "not found"),
    "unreachable": (4, "unreachable"),
    "changed": (2, "changed since the earlier classification"),
    "shared_page": (1, "product page shared by several products"),
}
LOW_CONFIDENCE = 0.8

#: (signal, levels it contradicts, why): the page says one thing, the route another.
CONFLICTS: tuple[tuple[str, frozenset[int], str], ...] = (
    ("not_offered_text", frozenset({33, 67, 100}), "says it is not offered, yet a route"),
    ("not_online_text", frozenset({67, 100}), "says it cannot be requested online"),
    ("login_text", frozenset({0, 33, 67}), "mentions a login, no login route found"),
    ("prefill_text", frozenset({0, 33, 67}), "mentions pre-filling, no login route"),
)
#: Evidence rules that mean the decision rests on a page that was not read.
UNREAD_RULES = ("route.not_stored",)

COMPARED = ("status", "level", "level_strict", "route_url")


def conflicts(verdict: dict[str, str]) -> list[str]:
    """Why the verdict's signals contradict its level (empty when they do not)."""
    if verdict["status"] != "ok" or not verdict["level"]:
        return []
    level = int(verdict["level"])
    signals = set(verdict["signals"].split(";"))
    found = [why for signal, levels, why in CONFLICTS if signal in signals and level in levels]
    if any(rule in verdict["evidence"] for rule in UNREAD_RULES):
        found.append("a route page was not stored")
    return found


def shared_pages(verdicts: Iterable[dict[str, str]]) -> set[tuple[str, str]]:
    """(org_code, product_url) of product pages that serve more than one product."""
    counts = Counter((v["org_code"], v["product_url"]) for v in verdicts if v["product_url"])
    return {key for key, n in counts.items() if n > 1}


def reasons(
    verdict: dict[str, str],
    *,
    earlier: Iterable[dict[str, str] | None],
    shared: set[tuple[str, str]],
) -> list[str]:
    """The reasons of `REASONS` (except proposal and stale) that apply to a verdict;
    `earlier`: the same verdict in the previous classification and in a compared run."""
    found = []
    try:
        confidence = float(verdict["confidence"] or 1)
    except ValueError:
        confidence = 0.0
    if confidence < LOW_CONFIDENCE:
        found.append("low_confidence")
    if conflicts(verdict):
        found.append("conflict")
    if verdict["status"] in ("not_found", "unreachable"):
        found.append(verdict["status"])
    if any(e is not None and any(e.get(k, "") != verdict[k] for k in COMPARED) for e in earlier):
        found.append("changed")
    if (verdict["org_code"], verdict["product_url"]) in shared:
        found.append("shared_page")
    return found


def score(names: Iterable[str]) -> int:
    return sum(REASONS[name][0] for name in names)
