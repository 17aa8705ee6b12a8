"""Which page is which product's page, decided for one organisation's products together.

Discovery judges every page it opens against every product still sought and keeps, per
product, every page that qualified (`ProductState.pages`). Before routes are followed the
pages are assigned:

* pages go to products best score first: a page that fits A better than B is not B's
  page when B has a page of its own, and A takes it only when it has no better one; of
  pages that score alike, one titled with the product's own name goes first;
* an information page goes before a form: the form is the route of the information page;
  a page that only says the product is not offered comes last, and may be shared;
* a product that owns no page may share another product's page only when the page really
  covers both (its title names both: each product explains words of the title the other
  does not, or they score alike, within `ALIKE`; or its lead names both as its subjects,
  'Waterschapsbelastingen' above 'Zuiderzeeland heft de zuiveringsheffing en de
  watersysteemheffing'); such a case is marked for review (`Case.reason`
  `shared:<other product>`, the verdict's `shared_page` signal).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from crawler.discovery.products import ProductState

#: Case.reason of a found case whose page is shared with another product
SHARED = "shared:"
#: scores this close fit a page alike ('Horecavergunningen': the bar licence 97, the
#: alcohol licence 96)
ALIKE = 1.0


def assign(
    states: dict[str, ProductState],
    covers_both: Callable[[str, str, str], bool],
    margin: float = 0.0,
    named: Callable[[str, str], float] = lambda url, key: 0.0,
    covered: Callable[[str], frozenset[str]] = lambda url: frozenset(),
) -> None:
    """Set each product's page (`best_url`, `best_score`, `best_rank`, `shared_with`);
    `covers_both(url, a, b)` tells whether a page is about both products.

    Pages go to products best score first, an information page before a form (where an
    information page exists, it is the product page and the form its route). A product may
    take a page it scores up to `margin` below the page's best product; of two products
    that score a page the same, the one with fewer other pages takes it; of two pages of a
    product, one whose title speaks only of another kind of request ("Klein evenement
    melden" for a permit) is its page only where it has no other, whatever they score
    ("Iets organiseren op straat", whose lead names the permit), and of two that score
    alike, one whose title says its kind of request ('Melding voorgenomen huwelijk') goes
    before one that names its subject only ('Trouwen en partnerschap'); neither changes
    which product a page goes to. `named(url, key)`: points a page
    earns for naming the product by its own name (a page titled with the product's name
    goes before one titled with another of its words that scores alike). `covered(url)`:
    the products a page's lead names as its subjects together; a product that owns no page
    may share such a page with another of them."""
    top: dict[str, float] = {}
    for st in states.values():
        for url, (score, _) in st.pages.items():
            top[url] = max(top.get(url, 0.0), score)
    eligible = {
        key: _own_kind({u: v for u, v in st.pages.items() if v[0] >= top[u] - margin}, st)
        for key, st in states.items()
    }
    pairs = sorted(
        (
            _kind(states[key], url),
            -round(score + named(url, key)),  # scores a point apart are alike (ALIKE)
            len(pages),
            url in states[key].other_kind,
            url not in states[key].own_kind,
            rank,
            _depth(url),
            key,
            url,
        )
        for key, pages in eligible.items()
        for url, (score, rank) in pages.items()
    )
    taken: dict[str, str] = {}
    placed: set[str] = set()
    for kind, *_, key, url in pairs:
        st = states[key]
        if key in placed:
            continue
        if url not in taken:
            taken[url] = key
            st.shared_with = ""
        elif kind == 0 and covers_both(url, key, taken[url]):
            st.shared_with = taken[url]  # a page about both, before a form of its own
        else:
            continue
        placed.add(key)
        st.best_url, (st.best_score, st.best_rank) = url, st.pages[url]
    for key, st in states.items():
        if key in placed or not st.pages:
            continue
        # a page that fits another product better: only when it covers both, or fits both
        # as well
        owner = {u: taken.get(u) or _best(states, u) for u in st.pages}
        shared = {
            u: v
            for u, v in st.pages.items()
            if u in st.statements
            or covers_both(u, key, owner[u])
            or {key, owner[u]} <= covered(u)
            or v[0] >= states[owner[u]].pages[u][0] - ALIKE
        }
        if not shared:
            st.best_url, st.best_score, st.best_weight = "", 0.0, 0.0
            continue
        url = max(shared, key=lambda u: (shared[u][0], -shared[u][1]))
        st.best_url, (st.best_score, st.best_rank) = url, shared[url]
        st.shared_with = taken.get(url, "")


def _kind(st: ProductState, url: str) -> int:
    """An information page before a form, a form before a page on another site, and that
    before a page that only says the product is not offered."""
    order = (st.forms, st.elsewhere, st.statements)
    return max((i + 1 for i, urls in enumerate(order) if url in urls), default=0)


def _own_kind(
    pages: dict[str, tuple[float, int]], st: ProductState
) -> dict[str, tuple[float, int]]:
    """A product's pages less those whose title speaks only of another kind of request,
    where it has others."""
    own = {u: v for u, v in pages.items() if u not in st.other_kind}
    return own or pages


def _best(states: dict[str, ProductState], url: str) -> str:
    """The product a page fits best."""
    return max(states, key=lambda k: states[k].pages.get(url, (-1.0, 0))[0])


def _depth(url: str) -> tuple[int, int]:
    """Of two pages alike, the one nearer the site's root is the general page
    ("/parkeervergunning" before "/ondernemers/parkeervergunning")."""
    path = urlsplit(url).path.strip("/")
    return path.count("/"), len(path)
