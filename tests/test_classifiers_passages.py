"""Pages a person passes on the way to a form: a consent wall whose button is a GET form
with its hidden fields set ('Akkoord en verder'), and a page that forwards the browser by
itself (a refresh), which is passed like an HTTP redirect, at the same hop
(`classifiers.routes.next_hop`), in the classifiers' walk and in the crawler's follower."""

from __future__ import annotations

from lxml.html import HtmlElement
from lxml.html import fromstring as parse_html
from test_classifiers_neighbours import ORG, _level, _login_start
from test_classifiers_routes import titled_page

from classifiers.scripted import builds_ways_on
from crawler.discovery.routes import RouteFollower
from digimeter.core.configfiles import load_products
from digimeter.core.pages import MemoryPageStore, Page

HOME = ORG.website
FORMS = "http://zaken.zandvliet.test/iform/"


def _consent_web(names_product: bool) -> tuple[MemoryPageStore, str]:
    """Product page -> consent wall (a GET form) -> forwarding page (a refresh) -> the form
    host's start page, whose DigiD logo leads to the login: four steps, three hops."""
    store = MemoryPageStore()
    page, wall = f"{HOME}uittreksel-brp", f"{HOME}cookie-toestemming?terug=r1"
    forward, start = f"{HOME}cookie-opslaan?terug=r1", f"{FORMS}uittreksel"
    store.add(titled_page(page, "Uittreksel BRP", "<p>Een uittreksel uit de BRP vraagt u "
                          f"online aan.</p><a class='btn' href='{wall}'>Direct aanvragen (met "
                          "DigiD)</a>"))  # fmt: skip
    store.add(titled_page(wall, "Voordat u verder gaat", "<p>Dit formulier gebruikt cookies. "
                          f"Geef toestemming om verder te gaan.</p><form method='get' action="
                          f"'{HOME}cookie-opslaan'><input type='hidden' name='terug' value='r1'>"
                          "<button type='submit'>Akkoord en verder</button></form>"))  # fmt: skip
    said = "het formulier Uittreksel BRP aanvragen" if names_product else "het formulier"
    body = (f"<html><head><title>Doorsturen</title><meta http-equiv='refresh' content='1;url="
            f"{start}'></head><body><p>Uw keuze is opgeslagen. U wordt doorgestuurd naar "
            f"{said}.</p></body></html>")  # fmt: skip
    store.add(Page(forward, 200, {"content-type": "text/html"}, body.encode()))
    store.add(titled_page(start, "Uittreksel BRP aanvragen", "<p>Om dit formulier in te vullen "
                          f"logt u in.</p><a href='{start}/digid'><img src='{FORMS}img/digid.png'"
                          " alt='DigiD'></a>"))  # fmt: skip
    _login_start(store, f"{start}/digid")
    return store, page


def test_a_consent_wall_and_a_forwarding_page_are_passed_on_the_way_to_the_login() -> None:
    for names_product in (False, True):
        store, page = _consent_web(names_product)
        assert _level(store, "brp-uittreksel", page) == 100, names_product


def test_the_follower_asks_a_forwarding_pages_target_at_the_same_hop() -> None:
    products = [p for p in load_products() if p.key == "brp-uittreksel"]
    routes = RouteFollower(2, products)
    store, page = _consent_web(False)
    product = store.get(page)
    assert product is not None
    asked = routes.from_product_page("GM1", product, "brp-uittreksel")
    hops: dict[str, int] = {}
    while asked:
        fetch = asked.pop(0)
        hops[fetch.url] = fetch.hop
        got = store.get(fetch.url)
        if got is not None and got.status == 200:
            asked += routes.on_page(fetch, got, render=False)
    forward, start = f"{HOME}cookie-opslaan?terug=r1", f"{FORMS}uittreksel"
    assert hops[forward] == 2 and hops[start] == 2  # the refresh costs no hop
    assert f"{start}/digid" not in hops  # hop 3: beyond this follower's two


def test_an_empty_element_named_for_a_script_means_the_ways_on_are_built() -> None:
    """'<div id="cta-75551"></div>' with a JSON block and a script file, '<div data-regelen-id
    data-label="Uittreksel aanvragen">' filled from a script's map: the call to action exists
    only in the browser, so the page is rendered. An empty element with only a class is
    layout, and without any script nothing fills it."""

    def tree(content: str, script: bool = True) -> HtmlElement:
        tail = "<script src='/assets/cta.js'></script>" if script else ""
        return parse_html(
            f"<html><body><header><div id='login'></div></header><main><h1>Uittreksel</h1>"
            f"<p>U regelt dit online.</p>{content}</main>{tail}</body></html>"
        )

    assert builds_ways_on(tree("<div class='cta' id='cta-75551'></div>"))
    assert builds_ways_on(tree("<div data-regelen-id='c1' data-label='Aanvragen'></div>"))
    assert not builds_ways_on(tree("<div id='cta-75551'></div>", script=False))
    assert not builds_ways_on(tree("<div class='clearfix'></div>"))
    assert not builds_ways_on(tree("<div id='cta'><a href='/formulier'>Aanvragen</a></div>"))
    assert not builds_ways_on(tree(""))  # the header's empty login box is furniture


def test_a_portals_start_page_with_its_logins_and_a_check_is_no_overview() -> None:
    """The Omgevingsloket's 'Aanvraag indienen' page: 'Inloggen met DigiD' and one other link,
    'Eerst checken of u een vergunning nodig heeft', which names the product. That is no
    list of forms to choose the product's from: the logins are the way (100), not the
    anonymous check (a form, 67)."""
    store = MemoryPageStore()
    page, portal = f"{HOME}omgevingsvergunning", "http://omgevingsloket.test/aanvragen"
    check, start = "http://omgevingsloket.test/checken", f"{portal}/inloggen/digid"
    store.add(titled_page(page, "Omgevingsvergunning", "<p>U vraagt de vergunning aan via "
                          f"het Omgevingsloket.</p><a href='{portal}'>Naar het Omgevingsloket"
                          "</a>"))  # fmt: skip
    store.add(titled_page(portal, "Aanvraag indienen", "<p>Log in om een aanvraag in te "
                          f"dienen.</p><p><a href='{start}'>Inloggen met DigiD</a></p><p><a "
                          f"href='{check}'>Eerst checken of u een vergunning nodig heeft</a>"
                          "</p>"))  # fmt: skip
    fields = "".join(f"<label>{f} <input name='{f}'></label>" for f in ("Adres", "Werk"))
    store.add(titled_page(check, "Vergunningcheck", f"<form method='post'>{fields}<button>"
                          "Verzenden</button></form>"))  # fmt: skip
    _login_start(store, start)
    assert _level(store, "omgevingsvergunning", page) == 100


def test_the_tabs_of_a_product_page_are_its_own_content() -> None:
    """'Verhuizen' with tabs 'Omschrijving | Aanvragen' (a `<nav class="tabs">` in the main
    content): the call to action is only on '/verhuizen/aanvragen'. The tabs are the
    product's own ways on (100), where a menu in the content is site navigation (0)."""
    for kind, level in (("tabs", 100), ("menu", 0)):
        store = MemoryPageStore()
        page, tab = f"{HOME}verhuizen", f"{HOME}verhuizen/aanvragen"
        form, start = f"{HOME}e-loket/verhuizen", f"{HOME}e-loket/verhuizen/digid/start"
        tabs = f"<nav class='{kind}'><a href='{page}'>Omschrijving</a> <a href='{tab}'>"
        tabs += "Aanvragen</a></nav>"
        store.add(titled_page(page, "Verhuizen", f"{tabs}<p>Geef uw nieuwe adres door.</p>"))
        store.add(titled_page(tab, "Verhuizen - Aanvragen", f"{tabs}<p><a class='cta' href='"
                              f"{form}'>Inloggen met DigiD en verhuizen</a>"))  # fmt: skip
        store.add(titled_page(form, "Stap 1", f"<a href='{start}'>Inloggen met DigiD</a>"))
        _login_start(store, start)
        assert _level(store, "verhuismelding", page) == level, kind


def test_a_bare_login_on_the_page_a_login_call_to_action_names_is_that_login() -> None:
    """'Inloggen met DigiD en Woo-verzoek aanvragen' leads to the form host's page whose
    only way on says 'Inloggen': the login the call to action announced (100). Reached by
    a call to action that announced nothing, a bare 'Inloggen' is the site's login (0)."""
    for cta, level in (("Inloggen met DigiD en Woo-verzoek aanvragen", 100), ("Lees meer", 0)):
        store = MemoryPageStore()
        page, form = f"{HOME}woo-verzoek", "http://zaken.zandvliet.test/iform/form_woo"
        start = "http://zaken.zandvliet.test/iform/digid_woo"
        store.add(titled_page(page, "Woo-verzoek", f"<p>Vraag informatie op.</p><a href='{form}'>"
                              f"{cta}</a>"))  # fmt: skip
        store.add(titled_page(form, "Formulier", f"<p><a href='{start}'>Inloggen</a></p>"))
        _login_start(store, start)
        assert _level(store, "woo-verzoek", page) == level, cta


def test_a_tab_of_the_page_does_not_settle_the_products_way() -> None:
    """'Minicontainers' with tabs '?show=online' and a link 'Minicontainers aanvragen bij
    Omrin' through an exit notice: the tab names the product (its address is the page's),
    but it is the page itself, not a way that settles the product's own route, so the link
    naming the waste company is not a variant's way (67)."""
    store = MemoryPageStore()
    page, exit_page = f"{HOME}afval/minicontainers", f"{HOME}externe-link?id=2"
    form = "http://www.omrin.test/zandvliet/minicontainers"
    tabs = f"<nav class='tabs'><a href='{page}?show=online'>Online regelen</a></nav>"
    link = f"<a href='{exit_page}'>Minicontainers aanvragen bij Omrin</a>"
    store.add(titled_page(page, "Minicontainers", f"{tabs}<p>Vraag een container aan.</p>{link}"))
    body = (f"<html><head><title>U verlaat onze website</title><meta http-equiv='refresh' "
            f"content='0;url={form}'></head><body><main><p>U gaat naar Omrin.</p><a href='{form}'>"
            "Doorgaan naar Omrin</a></main></body></html>")  # fmt: skip
    store.add(Page(exit_page, 200, {"content-type": "text/html"}, body.encode()))
    fields = "".join(f"<label>{f} <input name='{f}'></label>" for f in ("Naam", "Adres", "Mail"))
    store.add(titled_page(form, "Minicontainer aanvragen", f"<form method='post'>{fields}"
                          "<button>Versturen</button></form>"))  # fmt: skip
    assert _level(store, "afvalcontainer", page) == 67
