"""The crawler's route follower (`crawler.discovery.routes.RouteFollower`), fed pages by hand."""

from __future__ import annotations

from crawler.discovery.fetch import Fetch
from crawler.discovery.kinds import ROUTE
from crawler.discovery.routes import RouteFollower
from digimeter.core.configfiles import load_products
from digimeter.core.pages import Page, normalize_url

PRODUCTS = {p.key: p for p in load_products()}
SITE = "http://www.zandvliet.test"
FORMS = "http://formulieren.zandvliet.test"
OVERVIEW_ITEMS = [
    ("ligplaats", "Ligplaatsvergunning"),
    ("openbareruimte", "Openbare ruimte"),
    ("parkeren", "Parkeervergunning bewoners"),
    ("evenement", "Evenementenvergunning"),
    ("klacht", "Klacht"),
    ("woo", "Woo-verzoek"),
    ("collecte", "Collectevergunning"),
]


def html(url: str, body: str) -> Page:
    return Page(
        url, 200, {"content-type": "text/html"}, f"<html><body>{body}</body></html>".encode()
    )


def follower(*keys: str) -> RouteFollower:
    return RouteFollower(3, [PRODUCTS[k] for k in keys])


def overview_page() -> Page:
    items = "".join(
        f'<li><a href="{FORMS}/{slug}">{text}</a></li>' for slug, text in OVERVIEW_ITEMS
    )
    return html(f"{SITE}/formulieren", f"<main><h1>Formulieren</h1><ul>{items}</ul></main>")


def product_page(title: str) -> Page:
    return html(
        f"{SITE}/{title.lower()}",
        f'<main><h1>{title}</h1><p>Uitleg.</p><a href="{SITE}/formulieren">Naar het formulier</a>'
        f"<button onclick=\"location.href='{FORMS}/start'\">Start</button></main>",
    )


def test_buttons_on_a_product_page_are_followed() -> None:
    routes = follower("evenementenvergunning")
    fetches = routes.from_product_page("GM1", product_page("Evenementen"), "evenementenvergunning")
    assert {f.url for f in fetches} == {f"{SITE}/formulieren", f"{FORMS}/start"}
    assert all(f.kind == ROUTE and f.hop == 1 for f in fetches)
    assert {f.product for f in fetches} == {"evenementenvergunning"}


def test_an_overview_is_followed_only_where_it_names_the_product() -> None:
    routes = follower("evenementenvergunning", "parkeervergunning")
    first = routes.from_product_page("GM1", product_page("Evenementen"), "evenementenvergunning")
    overview = next(f for f in first if f.url.endswith("/formulieren"))
    fetches = routes.on_page(overview, overview_page(), render=False)
    assert [f.url for f in fetches] == [f"{FORMS}/evenement"]
    # a second product's route through the same overview gets its own choice, unfetched
    second = routes.from_product_page("GM1", product_page("Parkeren"), "parkeervergunning")
    assert [f.url for f in second] == [f"{FORMS}/parkeren"]
    assert second[0].product == "parkeervergunning" and second[0].hop == 2


def test_an_overview_that_names_nothing_gives_only_its_calls_to_action() -> None:
    routes = follower("grofvuil")
    fetch = Fetch("GM1", f"{SITE}/formulieren", ROUTE, product="grofvuil", hop=1)
    items = "".join(
        f'<li><a href="{SITE}/f/{slug}">{text}</a></li>' for slug, text in OVERVIEW_ITEMS
    )
    page = html(
        fetch.url,
        f"<main><h1>Formulieren</h1><ul>{items}</ul>"
        f'<a href="{SITE}/alle">Naar alle formulieren</a></main>',
    )
    assert [f.url for f in routes.on_page(fetch, page, render=False)] == [f"{SITE}/alle"]


def test_an_interstitial_is_passed_through() -> None:
    routes = follower("bijstand")
    fetch = Fetch("GM1", f"{SITE}/verlaten?url=x", ROUTE, product="bijstand", hop=1)
    page = html(
        fetch.url,
        '<p>U verlaat de website van de gemeente.</p><a href="https://sd.test/bijstand">Verder</a>',
    )
    assert [f.url for f in routes.on_page(fetch, page, render=False)] == [
        "https://sd.test/bijstand"
    ]


def test_a_page_seen_as_another_products_route_is_read_again_as_a_product_page() -> None:
    routes = follower("watersysteemheffing", "belastingkwijtschelding")
    overview = html(
        f"{SITE}/belastingen",
        f'<main><h1>Belastingen</h1><a href="{SITE}/p?id=47">Kwijtschelding aanvragen</a></main>',
    )
    (hop1,) = routes.from_product_page("WS1", overview, "watersysteemheffing")
    assert hop1.url == f"{SITE}/p?id=47" and hop1.hop == 1
    # discovery decides the same URL is the kwijtschelding page: it is read at hop 0
    (again,) = routes.product_page("WS1", f"{SITE}/p?id=47", "belastingkwijtschelding")
    assert again.hop == 0 and again.product == "belastingkwijtschelding"
    page = html(
        again.url,
        "<main><h1>Kwijtschelding</h1><p>Uitleg.</p><form action='https://www.bsgr.test/k'>"
        "<button>Naar de BSGR</button></form></main>",
    )
    fetches = routes.on_page(again, page, render=False)
    assert [(f.url, f.hop) for f in fetches] == [("https://www.bsgr.test/k", 1)]


def test_a_product_page_rendered_for_another_products_route_is_read_as_a_product_page() -> None:
    """Another product's route reaches a product page at its last hop and asks for it
    rendered (a script builds its call to action); the product's own routes start
    meanwhile; the rendered page must give the product its call to action at hop 1."""
    url = f"{SITE}/loket/producten/verhuizing/"
    form = f"{FORMS}/verhuizing"
    script = (
        "<main><h1>Verhuizing</h1><div id='cta'></div><script>var a = "
        f"document.createElement('a'); a.href = '{form}'; a.textContent = 'digitale aangifte';"
        " document.getElementById('cta').appendChild(a);</script></main>"
    )
    raw = html(url, script)
    rendered = Page(
        url, 200, {"content-type": "text/html"},
        f'<html><body><main><h1>Verhuizing</h1><div id="cta"><a href="{form}">digitale '
        "aangifte</a></div></main></body></html>".encode(), rendered=True,
    )  # fmt: skip
    routes = follower("identiteitskaart", "verhuismelding")
    asked = routes.on_page(
        Fetch("GM9901", url, ROUTE, product="identiteitskaart", hop=3), raw, True
    )
    assert [(f.url, f.render) for f in asked] == [(url, True)]  # rendered for its scripts
    assert routes.from_product_page("GM9901", raw, "verhuismelding") == []  # render on its way
    back = Fetch("GM9901", url, ROUTE, product="identiteitskaart", hop=3, render=True)
    fetches = routes.on_page(back, rendered, True)
    assert (form, 1) in {(f.url, f.hop) for f in fetches}
    assert "verhuismelding" in routes.wanted[normalize_url(form)]  # read for it when it comes
