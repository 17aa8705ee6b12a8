"""Which page is which product's page, decided for one organisation's products together.

Discovery judges every page it opens against every product still sought and keeps, per
product, every page that qualified (`ProductState.pages`). Before routes are followed the
pages are assigned:

* a page belongs to the product it scores best for (its owner);
* a product takes the best page it owns: a page that fits A better than B is not B's page
  when B has a page of its own;
* a product that owns no page may share another product's page only when the page really
  covers both (its title names both: each product explains words of the title the other
  does not, or they score the same); such a case is marked for review (`Case.reason`
  `shared:<other product>`, the verdict's `shared_page` signal).
"""

from __future__ import annotations

from collections.abc import Callable

from crawler.products import ProductState

#: Case.reason of a found case whose page is shared with another product
SHARED = "shared:"


def page_owners(states: dict[str, ProductState]) -> dict[str, str]:
    """The product each judged page scores best for (ties: the product judged first)."""
    best: dict[str, tuple[float, str]] = {}
    for key, st in states.items():
        for url, (score, _) in st.pages.items():
            if url not in best or score > best[url][0]:
                best[url] = (score, key)
    return {url: key for url, (_, key) in best.items()}


def assign(states: dict[str, ProductState], covers_both: Callable[[str, str, str], bool]) -> None:
    """Set each product's page (`best_url`, `best_score`, `best_rank`, `shared_with`);
    `covers_both(url, a, b)` tells whether a page is about both products."""
    owners = page_owners(states)
    for key, st in states.items():
        if not st.pages:
            continue
        mine = {u: v for u, v in st.pages.items() if owners[u] == key}
        shared_with = ""
        if not mine:
            mine = {
                u: v
                for u, v in st.pages.items()
                if covers_both(u, key, owners[u]) or v[0] >= states[owners[u]].pages[u][0]
            }
            if not mine:
                st.best_url, st.best_score, st.best_weight = "", 0.0, 0.0
                continue
        url = max(mine, key=lambda u: (mine[u][0], -mine[u][1]))
        if owners[url] != key:
            shared_with = owners[url]
        st.best_url, (st.best_score, st.best_rank) = url, mine[url]
        st.shared_with = shared_with
