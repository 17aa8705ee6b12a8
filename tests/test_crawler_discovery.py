"""Discovery as a plain state object: small in-memory webs, no Scrapy, no network.

`drive` plays the spider: it answers every fetch from a dict of pages (404 when absent) and
hands the page back to the state, until the state says it is done.
"""

from __future__ import annotations

from collections import deque

from classifiers.matching import ProductMatcher
from classifiers.matchrules import load_rules
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.limits import Limits
from crawler.discovery.orgcrawl import OrgCrawl
from crawler.discovery.pagereader import page_info
from crawler.settings import RULES_FILE
from digimeter.core.configfiles import load_products
from digimeter.core.model import Organisation
from digimeter.core.pages import Page, normalize_url

RULES = load_rules(RULES_FILE)
ALL = {p.key: p for p in load_products()}
ORG = Organisation("GM9999", "Gemeente Proefdorp", "gemeente", "http://www.proefdorp.test/")
KEYS = ("paspoort", "hondenbelasting", "parkeervergunning", "kapvergunning")
FEED_LINK = (
    '<link rel="alternate" type="application/xml" title="Samenwerkende Catalogi" href="/sc.xml">'
)


def crawl_state(keys: tuple[str, ...] = KEYS, **limits: object) -> OrgCrawl:
    products = [ALL[k] for k in keys]
    evaluator = Evaluator(ProductMatcher(products, "gemeente", RULES), RULES)
    return OrgCrawl(ORG, products, evaluator, Limits(**limits))  # type: ignore[arg-type]


def html_page(url: str, title: str, main: str = "", *, head: str = "", header: str = "") -> Page:
    body = (
        f"<html><head><title>{title} | Proefdorp</title>{head}</head><body><header>{header}"
        f"</header><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return Page(url, 200, {"content-type": "text/html; charset=utf-8"}, body.encode())


def text_page(url: str, body: str, content_type: str = "text/plain") -> Page:
    return Page(url, 200, {"content-type": content_type}, body.encode())


def redirect(url: str, location: str, status: int = 302) -> Page:
    return Page(url, status, {"location": location})


def product_page(url: str, title: str, text: str, cta: str = "") -> Page:
    return html_page(url, title, f"<p>{text} " * 8 + f"</p>{cta}")


def drive(state: OrgCrawl, web: dict[str, Page], limit: int = 2000) -> list[Fetch]:
    pages = {normalize_url(u): p for u, p in web.items()}
    queue = deque(state.start())
    fetched: list[Fetch] = []
    while queue and len(fetched) < limit:
        f = queue.popleft()
        fetched.append(f)
        page = pages.get(normalize_url(f.url)) or Page(f.url, 404, {"content-type": "text/html"})
        queue.extend(state.on_page(f, page))
    assert state.done, f"discovery did not finish (stage {state.stage})"
    return fetched


def cases(state: OrgCrawl) -> dict[str, tuple[str, str, str]]:
    return {c.product.key: (c.outcome, c.product_url, c.found_via) for c in state.cases()}


HOME = "http://www.proefdorp.test/"
PAGES = {
    "paspoort": (
        "http://www.proefdorp.test/burgerzaken/paspoort",
        "Paspoort aanvragen",
        "paspoort",
    ),
    "hondenbelasting": (
        "http://www.proefdorp.test/hond-aan-of-afmelden",
        "Hond aan- of afmelden",
        "hond",
    ),
    "parkeervergunning": ("http://www.proefdorp.test/p/123", "Parkeervergunning", "parkeren"),
}


def product_pages() -> dict[str, Page]:
    return {url: product_page(url, title, f"Over {word}.") for url, title, word in PAGES.values()}


def sc_feed(entries: list[tuple[str, str]]) -> Page:
    items = "".join(
        f"<scproduct><meta><owmskern><identifier>{url}</identifier></owmskern><scmeta>"
        f"<onlineAanvragen>digid</onlineAanvragen><aanvraagURL resourceIdentifier="
        f"'http://mijn.proefdorp.test/{key}/'/><uniformeProductnaam resourceIdentifier="
        f"'{ALL[key].upl_uri}'/></scmeta></meta></scproduct>"
        for key, url in entries
    )
    return text_page(HOME + "sc.xml", f"<scproducten>{items}</scproducten>", "application/xml")


def test_sc_feed_finds_pages_that_nothing_else_links() -> None:
    web = product_pages()
    web[HOME] = html_page(HOME, "Welkom", "<p>Welkom in Proefdorp.</p>", head=FEED_LINK)
    web[HOME + "sc.xml"] = sc_feed([(k, v[0]) for k, v in PAGES.items()])
    state = crawl_state()
    drive(state, web)
    found = cases(state)
    for key, (url, _, _) in PAGES.items():
        assert found[key] == ("found", url, "sc_feed")
    assert found["kapvergunning"][0] == "not_found"
    hints = {c.product.key: c for c in state.cases()}["paspoort"]
    assert hints.sc_online_aanvragen == "digid"
    assert hints.sc_aanvraag_url == "http://mijn.proefdorp.test/paspoort/"


def test_stale_feed_entry_is_verified_not_believed() -> None:
    web = product_pages()
    moved = "http://www.proefdorp.test/oud/paspoort"
    web[moved] = redirect(moved, PAGES["paspoort"][0], 301)
    wrong = "http://www.proefdorp.test/contact"
    web[wrong] = product_page(wrong, "Contact", "Bel ons of mail.")
    web[HOME] = html_page(HOME, "Welkom", "<p>Welkom.</p>", head=FEED_LINK)
    web[HOME + "sc.xml"] = sc_feed([("paspoort", moved), ("hondenbelasting", wrong)])
    state = crawl_state()
    fetched = drive(state, web)
    found = cases(state)
    assert found["paspoort"] == ("found", PAGES["paspoort"][0], "sc_feed")  # the moved page
    assert found["hondenbelasting"][0] == "not_found"  # the feed points at the contact page
    assert any(f.url == moved for f in fetched)


def test_sitemap_index_from_robots() -> None:
    web = product_pages()
    web[HOME + "robots.txt"] = text_page(HOME + "robots.txt", "Sitemap: /sitemap-index.xml\n")
    web[HOME + "sitemap-index.xml"] = text_page(
        HOME + "sitemap-index.xml",
        "<sitemapindex><sitemap><loc>/sm-1.xml</loc></sitemap></sitemapindex>",
        "application/xml",
    )
    urls = "".join(f"<url><loc>{u}</loc></url>" for u in (p[0] for p in PAGES.values()))
    web[HOME + "sm-1.xml"] = text_page(HOME + "sm-1.xml", f"<urlset>{urls}</urlset>", "text/xml")
    web[HOME] = html_page(HOME, "Welkom", "<p>Welkom.</p>")
    state = crawl_state()
    drive(state, web)
    found = cases(state)
    assert found["paspoort"] == ("found", PAGES["paspoort"][0], "sitemap")
    assert found["hondenbelasting"][2] == "sitemap"  # the slug names it
    # /p/123 says nothing in its URL: found otherwise or not at all, never via the sitemap
    assert found["parkeervergunning"][2] != "sitemap"


def test_site_search_with_its_own_parameter_name() -> None:
    web = product_pages()
    search = "<form role='search' action='/zoek'><input name='trefwoord'></form>"
    web[HOME] = html_page(HOME, "Welkom", "<p>Welkom.</p>", header=search)
    for key, (url, title, _) in PAGES.items():
        query = ALL[key].search_terms[0].replace(" ", "+")
        results = f"<ul><li><a href='{url}'>{title}</a></li><li><a href='/nieuws/x'>{title} nieuws</a></li></ul>"  # noqa: E501
        web[f"{HOME}zoek?trefwoord={query}"] = html_page(HOME + "zoek", "Zoekresultaten", results)
    state = crawl_state()
    fetched = drive(state, web)
    found = cases(state)
    for key, (url, _, _) in PAGES.items():
        assert found[key] == ("found", url, "search")
    assert not any("/nieuws/" in f.url for f in fetched)


def test_focused_links_through_a_hub_ignoring_news_and_calendar() -> None:
    web = product_pages()
    links = "".join(f"<li><a href='{u}'>{t}</a></li>" for u, t, _ in PAGES.values())
    web[HOME] = html_page(
        HOME, "Welkom",
        "<a href='/producten-en-diensten'>Producten en diensten</a>"
        "<a href='/nieuws/hondenbelasting-omhoog'>Hondenbelasting omhoog</a>"
        "<a href='/agenda?maand=2026-01'>Agenda</a>",
    )  # fmt: skip
    web[HOME + "producten-en-diensten"] = html_page(
        HOME, "Producten en diensten", f"<ul>{links}</ul>"
    )
    state = crawl_state()
    fetched = drive(state, web)
    found = cases(state)
    for key, (url, _, _) in PAGES.items():
        assert found[key] == ("found", url, "links")
    assert not any("/nieuws/" in f.url or "/agenda" in f.url for f in fetched)


def test_news_article_is_never_the_product_page() -> None:
    news = "http://www.proefdorp.test/actueel/hondenbelasting-2024"
    web = {
        HOME: html_page(HOME, "Welkom", f"<a href='{news}'>Hondenbelasting 2024</a>"),
        news: html_page(news, "Hondenbelasting", "<p>De hondenbelasting gaat omhoog.</p>" * 5),
    }
    state = crawl_state()
    drive(state, web)
    assert cases(state)["hondenbelasting"][0] == "not_found"


def test_routes_stop_at_identity_providers() -> None:
    url = PAGES["hondenbelasting"][0]
    start = "http://formulieren.proefdorp.test/auth/hond/digid/start"
    cta = (
        f"<a href='{start}'>Hond aanmelden met DigiD</a>"
        "<a href='http://digid-sim.test/saml/idp/request_authentication?x=1'>Inloggen met DigiD</a>"
        "<a href='/files/verordening.pdf'>Verordening (pdf, 80 kB)</a>"
    )
    web = {
        HOME: html_page(HOME, "Welkom", f"<a href='{url}'>Hond aan- of afmelden</a>"),
        url: product_page(url, "Hond aan- of afmelden", "Uw hond aanmelden.", cta),
        start: redirect(start, "http://digid-sim.test/saml/idp/request_authentication?SAML=1"),
        HOME + "files/verordening.pdf": Page(HOME + "files/verordening.pdf", 200, {}, b"%PDF-1.4"),
    }
    state = crawl_state(("hondenbelasting",))
    fetched = drive(state, web)
    urls = [f.url for f in fetched]
    assert start in urls and HOME + "files/verordening.pdf" in urls
    assert not any("digid-sim.test" in u for u in urls)
    assert state.counts["idp_stops"] == 1


def test_unreachable_homepage_gives_the_reason_for_every_product() -> None:
    for home, reason in (
        (Page(HOME, 0, error="dns"), "dns"),
        (Page(HOME, 503), "http_503"),
        (redirect(HOME, HOME + "a"), "redirect_loop"),
    ):
        web = {HOME: home, HOME + "a": redirect(HOME + "a", HOME)}
        state = crawl_state()
        drive(state, web)
        assert {c.outcome for c in state.cases()} == {"unreachable"}
        assert {c.reason for c in state.cases()} == {reason}


def test_page_budget_bounds_an_endless_site() -> None:
    """An endless tree of topic pages (each listing ten more) is crawled until discovery's
    share of the page budget is spent; the pages asked for and never fetched are counted,
    so that the run's headline names the site (`scoring.notices.budget_notice`)."""

    def topics(n: int) -> Page:
        items = "".join(
            f"<li><a href='/onderwerpen/{n * 10 + k}'>Burgerzaken en documenten {n * 10 + k}"
            "</a></li>"
            for k in range(1, 11)
        )
        return html_page(f"{HOME}onderwerpen/{n}", f"Burgerzaken {n}", f"<ul>{items}</ul>")

    web = {f"{HOME}onderwerpen/{n}": topics(n) for n in range(1, 3000)}
    web[HOME] = html_page(HOME, "Welkom", "<a href='/onderwerpen/1'>Burgerzaken</a>")
    state = crawl_state(budget=40, max_depth=50)
    fetched = drive(state, web)
    assert 20 < len(fetched) <= 40
    assert state.used <= 40
    summary = state.summary()
    assert summary["found"] == 0 and summary["budget_dropped"] > 100


def test_a_last_look_at_unnamed_list_entries_finds_a_statement_under_another_title() -> None:
    """A product with no page at all: the list entries that name no product are opened at
    the end, and the one that says the product is not offered becomes its page."""
    az = HOME + "onderwerpen-a-z"
    rules = HOME + "minder-regels"
    entries = (
        "".join(f'<li><a href="{url}">{title}</a></li>' for url, title, _ in PAGES.values())
        + f'<li><a href="{rules}">Minder regels voor inwoners en ondernemers</a></li>'
    )
    web = {
        HOME: html_page(HOME, "Home", f'<a href="{az}">Onderwerpen A-Z</a>'),
        az: html_page(az, "Onderwerpen A-Z", f"<ul>{entries}</ul>"),
        rules: html_page(
            rules,
            "Minder regels voor inwoners en ondernemers",
            "<p>Hieronder leest u wat de gemeente niet meer doet.</p>"
            "<p>De hondenbelasting is sinds 2022 afgeschaft. U hoeft uw hond niet meer aan "
            "te melden.</p>",
        ),
        **product_pages(),
    }
    del web[PAGES["hondenbelasting"][0]]
    entries_without_dog = entries.replace(
        f'<li><a href="{PAGES["hondenbelasting"][0]}">Hond aan- of afmelden</a></li>', ""
    )
    web[az] = html_page(az, "Onderwerpen A-Z", f"<ul>{entries_without_dog}</ul>")
    state = crawl_state()
    fetched = drive(state, web)
    assert rules in {f.url for f in fetched}
    outcome, url, _ = cases(state)["hondenbelasting"]
    assert (outcome, url) == ("found", rules)
    # a product with a page of its own takes no last look at this page
    assert cases(state)["paspoort"][1] == PAGES["paspoort"][0]


def test_the_last_look_skips_the_entries_of_a_list_in_another_language() -> None:
    """The English homepage lists more English pages than the last look opens; a Dutch
    statement stands on a Dutch page, so the Dutch list's unnamed entry is opened."""
    az, english = HOME + "onderwerpen-a-z", HOME + "en/"
    rules = HOME + "minder-regels"
    pages = {k: v for k, v in PAGES.items() if k != "hondenbelasting"}
    entries = (
        "".join(f'<li><a href="{url}">{title}</a></li>' for url, title, _ in pages.values())
        + f'<li><a href="{rules}">Minder regels voor inwoners en ondernemers</a></li>'
    )
    topics = ["Moving house", "Waste bins", "Complaints", "Taxes", "Building files", "Parking",
              "Events", "Benefits", "Marriage"]  # fmt: skip
    english_list = "".join(
        f'<li><a href="{english}{n}">{topic}</a></li>' for n, topic in enumerate(topics)
    )
    web = {
        HOME: html_page(
            HOME, "Home", f'<a href="{english}">English</a> <a href="{az}">Onderwerpen A-Z</a>'
        ),
        english: Page(
            english,
            200,
            {"content-type": "text/html; charset=utf-8"},
            f"<html lang='en'><head><title>Welcome</title></head><body><main><h1>Welcome"
            f"</h1><ul>{english_list}</ul></main></body></html>".encode(),
        ),
        az: html_page(az, "Onderwerpen A-Z", f"<ul>{entries}</ul>"),
        rules: html_page(
            rules,
            "Minder regels voor inwoners en ondernemers",
            "<p>De hondenbelasting is sinds 2022 afgeschaft. U hoeft uw hond niet meer aan "
            "te melden.</p>",
        ),
        **product_pages(),
    }
    del web[PAGES["hondenbelasting"][0]]
    state = crawl_state()
    drive(state, web)
    assert cases(state)["hondenbelasting"][:2] == ("found", rules)


def test_a_form_on_another_site_the_list_names_is_judged_again_for_its_product() -> None:
    """The organisation has only a form on its supplier's host, listed in its A-Z list; a
    neighbouring page sends the reader to the same form ('dit is iets anders dan <Bezwaar
    maken WOZ>'). The form, fetched before as a plain candidate, is opened again for the
    product the list names it for, and is its page. (An old address of the site's own that
    moved there is fetched first: that fetch judges it as a page of the site, which it is
    not.)"""
    az, other = HOME + "onderwerpen-a-z", HOME + "woz-waarde-en-taxatieverslag"
    form = "http://proefdorp.formulierenbalie.test/proefdorp/bezwaar-maken-woz"
    lead = f'Let op: dit is iets anders dan <a href="{form}">Bezwaar maken WOZ</a>.'
    web = {
        HOME: html_page(HOME, "Home", f'<a href="{az}">Onderwerpen A-Z</a>'),
        az: html_page(
            az,
            "Onderwerpen A-Z",
            f'<ul><li><a href="{other}">Woz waarde en taxatieverslag</a></li>'
            f'<li><a href="{form}">Bezwaar maken WOZ</a></li></ul>',
        ),
        other: html_page(other, "Woz waarde en taxatieverslag", f"<p>{lead}</p>"),
        form: html_page(
            form,
            "Bezwaar maken WOZ",
            "<form method='post'><label>Naam <input name='naam'></label>"
            "<button>Versturen</button></form>",
        ),
    }
    old = HOME + "oud/bezwaar-maken-woz"
    web[old] = html_page(
        old, "Bezwaar maken WOZ", head=f'<meta http-equiv="refresh" content="0; url={form}">'
    )
    web[az] = html_page(
        az,
        "Onderwerpen A-Z",
        f'<ul><li><a href="{other}">Woz waarde en taxatieverslag</a></li>'
        f'<li><a href="{old}">Bezwaar maken WOZ</a></li>'
        f'<li><a href="{form}">Bezwaar maken WOZ (formulier)</a></li></ul>',
    )
    state = crawl_state(("woz-bezwaar",))
    drive(state, web)
    assert cases(state)["woz-bezwaar"][:2] == ("found", form)


def test_a_list_entry_that_half_names_products_is_kept_for_the_last_look() -> None:
    """'Regels en vergunningen: wat is veranderd?' scores as a candidate for a permit (its
    word 'vergunningen') but surely names no product: once that permit has its own page, the
    entry is one the last look may open, where a statement about the dog tax can stand."""
    from classifiers.parsedpage import ParsedPage
    from crawler.discovery.pagereader import page_info

    az, rules = HOME + "onderwerpen-a-z", HOME + "product?id=7848"
    state = crawl_state(("hondenbelasting", "uitwegvergunning"))
    state.states["uitwegvergunning"].settled = True
    page = html_page(
        az,
        "Onderwerpen A-Z",
        f'<ul><li><a href="{rules}">Regels en vergunningen: wat is veranderd?</a></li></ul>',
    )
    info = page_info(ParsedPage(page), RULES)
    assert info is not None
    state.harvester.harvest(info, 1, "links", main_only=False)
    assert normalize_url(rules) in state.site.unnamed
    # an entry that surely names a product is not
    page = html_page(
        az, "Onderwerpen A-Z", f'<ul><li><a href="{rules}">Hondenbelasting</a></li></ul>'
    )
    state = crawl_state(("hondenbelasting", "uitwegvergunning"))
    state.harvester.harvest(page_info(ParsedPage(page), RULES), 1, "links", main_only=False)  # type: ignore[arg-type]
    assert normalize_url(rules) not in state.site.unnamed


def test_the_last_look_opens_the_sites_own_pages_before_its_form_hosts() -> None:
    """The digital counter on 'loket.' lists more forms that name no product than the last
    look opens, seen before the A-Z's 'Minder regels' page: a statement stands on an
    information page of the site's own host, so that one is opened first."""
    loket, rules = "http://loket.proefdorp.test/formulier/", HOME + "minder-regels"
    state = crawl_state(("hondenbelasting",))
    for n in range(8):
        state.site.unnamed[f"{loket}{n}"] = (f"{loket}{n}", {})
    state.site.unnamed[normalize_url(rules)] = (rules, {})
    opened = [f.url for f in state.plan._last_look()]
    assert opened[0] == rules
    assert len(opened) == 6  # the last look opens few pages


def test_the_last_look_opens_entries_that_speak_of_some_product_before_the_others() -> None:
    """Of the entries that name no product still sought, 'Parkeren met een beperking' half
    names the parking permit (found already): it may be the colloquial page of a product
    still sought, so it goes before 'Contact' and 'Nieuws', however late it was found."""
    state = crawl_state(("hondenbelasting",))
    for n in range(8):
        state.site.unnamed[f"{HOME}pagina-{n}"] = (f"{HOME}pagina-{n}", {})
    colloquial = HOME + "parkeren-met-een-beperking"
    state.site.unnamed[normalize_url(colloquial)] = (colloquial, {"parkeervergunning": 56.0})
    assert state.plan._last_look()[0].url == colloquial


def test_an_old_address_of_the_site_that_moved_to_a_form_elsewhere_is_that_products_page() -> None:
    """The A-Z links 'Collectevergunning' to an old address of the site's own, which now
    only refreshes to the form on the supplier's host: the organisation named that form
    for the product, so it is the product's page."""
    az, old = HOME + "onderwerpen-a-z", HOME + "oud/collectevergunning"
    form = "http://proefdorp.formulierenbalie.test/proefdorp/collectevergunning"
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            "<p>Welkom op de website van de gemeente Proefdorp. Hier vindt u informatie over "
            "onze dienstverlening aan inwoners en ondernemers.</p>"
            f'<ul><li><a href="{az}">Onderwerpen A-Z</a></li>'
            f'<li><a href="{HOME}contact">Contact</a></li>'
            f'<li><a href="{HOME}nieuws">Nieuws</a></li></ul>',
        ),
        az: html_page(
            az, "Onderwerpen A-Z", f'<ul><li><a href="{old}">Collectevergunning</a></li></ul>'
        ),
        old: html_page(
            old, "Collectevergunning", head=f'<meta http-equiv="refresh" content="0; url={form}">'
        ),
        form: html_page(
            form,
            "Collectevergunning",
            "<form method='post'><label>Naam <input name='naam'></label>"
            "<button>Versturen</button></form>",
        ),
    }
    state = crawl_state(("collectevergunning",))
    drive(state, web)
    assert cases(state)["collectevergunning"][:2] == ("found", form)


def test_a_title_naming_another_thing_besides_a_generic_word_is_not_the_products() -> None:
    """'Melding ingebruikname bouwwerk' matches the melding openbare ruimte's term
    'meldingen' by its word 'melding' alone, a word of many products' names, and names
    another thing besides; 'Verplichte melding doen' names nothing else (an adjective)."""
    state = crawl_state(("melding-openbare-ruimte", "watermelding"))
    form = HOME + "formulier/melding-ingebruikname-bouwwerk"
    own = HOME + "regelen/verplichte-melding-doen"
    from crawler.discovery.pagereader import page_info

    other = page_info(html_page(form, "Melding ingebruikname bouwwerk"), state.ev.rules)
    plain = page_info(html_page(own, "Verplichte melding doen"), state.ev.rules)
    assert other is not None and plain is not None
    assert state.ev.vague(other, "melding-openbare-ruimte")
    assert not state.ev.vague(plain, "watermelding")
    web = {
        HOME: html_page(HOME, "Home", f'<a href="{form}">Melding ingebruikname bouwwerk</a>'),
        form: html_page(
            form,
            "Melding ingebruikname bouwwerk",
            "<form method='post'><label>Adres <input name='adres'></label>"
            "<button>Versturen</button></form>",
        ),
    }
    state = crawl_state(("melding-openbare-ruimte",))
    drive(state, web)
    assert cases(state)["melding-openbare-ruimte"][0] == "not_found"


def test_a_page_elsewhere_that_the_organisations_link_names_with_another_is_both() -> None:
    """The organisation's own link 'WOZ-waarde, bezwaar maken en belastingaanslag bezwaar'
    leads to the tax office's 'Woz waarde en taxatieverslag': that page is both products'
    (the link names both), the tax objection's marked as shared. A link naming the WOZ
    objection alone lends the page to nothing else."""
    az = HOME + "onderwerpen-a-z"
    office = "http://www.belastingkantoor-regio.test/woz-bezwaar"

    def web(link: str) -> dict[str, Page]:
        return {
            HOME: html_page(HOME, "Home", f'<a href="{az}">Onderwerpen A-Z</a>'),
            az: html_page(
                az, "Onderwerpen A-Z", f'<ul><li><a href="{office}">{link}</a></li></ul>'
            ),
            office: product_page(office, "Woz waarde en taxatieverslag", "Wij voeren dit uit."),
        }

    state = crawl_state(("woz-bezwaar", "belastingaanslag-bezwaar"))
    drive(state, web("WOZ-waarde, bezwaar maken en belastingaanslag bezwaar"))
    found = {c.product.key: c for c in state.cases()}
    assert found["woz-bezwaar"].product_url == office
    assert found["belastingaanslag-bezwaar"].product_url == office
    assert found["belastingaanslag-bezwaar"].reason == "shared:woz-bezwaar"
    state = crawl_state(("woz-bezwaar", "belastingaanslag-bezwaar"))
    drive(state, web("WOZ-waarde, bezwaar maken"))
    assert cases(state)["belastingaanslag-bezwaar"][0] == "not_found"


def test_a_form_is_the_products_page_where_it_has_no_information_page() -> None:
    """A form page yields to an information page of the same product by `form_page` points,
    but that only orders the product's pages: where the organisation has no information
    page, the form is the product's page, whatever `form_page` is (a form on the loket host
    scoring 79.8 was lost to a penalty of 10 below `confirm`, 70)."""
    form = "http://loket.proefdorp.test/formulier/activiteitensubsidie"
    info = HOME + "subsidies/activiteitensubsidie"
    fields = "".join(f"<label>{f} <input name='{f}'></label>" for f in ("Naam", "Mail", "Doel"))
    fields = f"<form method='post'>{fields}<button>Versturen</button></form>"

    def web(with_info: bool) -> dict[str, Page]:
        links = f'<a href="{form}">Activiteitensubsidie aanvragen</a>'
        out = {form: html_page(form, "Activiteitensubsidie", fields)}
        if with_info:
            links += f'<a href="{info}">Activiteitensubsidie</a>'
            out[info] = product_page(info, "Activiteitensubsidie", "Voor uw activiteit.")
        return out | {HOME: html_page(HOME, "Home", links)}

    for with_info, found in ((False, form), (True, info)):
        state = crawl_state(("subsidie",))
        state.ev.form_page = 50.0  # a form scores 100 - 50, below confirm
        page = page_info(web(with_info)[form], state.ev.rules)
        assert page is not None and page.is_form
        drive(state, web(with_info))
        assert cases(state)["subsidie"][:2] == ("found", found)


def test_a_generic_title_over_statements_of_other_products_is_no_products_page() -> None:
    """'Gemeentelijke belastingen 2025' matches the tax objection's term 'aanslag
    gemeentelijke belastingen' by its two generic words alone. Over a text saying other
    products are not offered ("Wij heffen geen hondenbelasting") it is a page about the
    organisation's taxes, not the objection's; over a text about the objection it is."""
    state = crawl_state(("belastingaanslag-bezwaar", "hondenbelasting"))
    url = HOME + "product?id=7089"
    title = "Gemeentelijke belastingen 2025"

    def judged(text: str) -> set[str]:
        info = page_info(product_page(url, title, text), state.ev.rules)
        assert info is not None
        return set(state.ev.judge(info, state.site.scope, set()).scores)

    statement = "Wij heffen geen hondenbelasting. U betaalt wel de afvalstoffenheffing."
    assert "belastingaanslag-bezwaar" not in judged(statement)
    assert "belastingaanslag-bezwaar" in judged("Hier leest u welke belastingen u betaalt.")


def test_discovery_that_spends_its_budget_still_assigns_and_follows_routes() -> None:
    """When the discovery share of the budget is spent while links are still waiting, the
    fetches the stages ask for are dropped: the crawl must still move on to the routes
    stage (and finish) instead of waiting for pages that were never asked for. A real
    municipality lost its products' routes this way and was finished 'as it stands'."""
    form = "http://loket.proefdorp.test/formulier/activiteitensubsidie"
    fields = "".join(f"<label>{f} <input name='{f}'></label>" for f in ("Naam", "Mail", "Doel"))
    guide = HOME + "docs/toelichting-activiteitensubsidie.pdf"
    main = f"<form method='post'>{fields}<button>Versturen</button></form>"
    main += f"<p><a href='{guide}'>Toelichting activiteitensubsidie (pdf)</a></p>"

    def listing(n: int) -> Page:
        links = "".join(
            f"<a href='{HOME}subsidies/{n}/{k}'>Subsidie voor {k}</a>" for k in range(8)
        )
        return html_page(f"{HOME}subsidies/{n}", f"Subsidies {n}", links)

    web = {form: html_page(form, "Activiteitensubsidie", main)}
    web |= {f"{HOME}subsidies/{n}": listing(n) for n in range(60)}
    index = "".join(f"<a href='{HOME}subsidies/{n}'>Subsidies {n}</a>" for n in range(60))
    web[HOME] = html_page(HOME, "Home", f'<a href="{form}">Activiteitensubsidie aanvragen</a>'
                          + index)  # fmt: skip
    state = crawl_state(("subsidie",), budget=40)
    state.ev.form_page = 50.0  # the form scores below `settle`: its routes wait for assignment
    fetched = drive(state, web)  # asserts the crawl finished
    assert state.counts["over_budget"] > 0  # the discovery share was spent with links waiting
    assert cases(state)["subsidie"][:2] == ("found", form)
    assert any(f.kind == "route" and f.url == guide for f in fetched), [f.url for f in fetched]


def test_routes_followed_at_once_do_not_spend_discoverys_share() -> None:
    """A product page found at once with many ways on (a municipality's pages each have
    tab views, a PDF and a form) has its routes followed at once. Those fetches must not
    spend discovery's share of the budget: the other product, reached only through three
    hub pages, is still found. Before, every fetch counted against the share, and one
    municipality lost eight products to its own tab views."""
    passport = HOME + "burgerzaken/paspoort"
    text = "<p>U vraagt een paspoort aan bij de gemeente waar u woont.</p>" * 3
    tabs = "".join(f"<li><a href='{passport}?show={v}'>Regelen {v}</a></li>" for v in range(8))
    docs = "".join(
        f"<p><a href='{HOME}docs/paspoort-{n}.pdf'>Aanvraagformulier paspoort deel {n} (pdf)"
        "</a></p>"
        for n in range(8)
    )
    web = {passport: html_page(passport, "Paspoort aanvragen", f"<ul class='tabs'>{tabs}</ul>"
                               f"{text}{docs}")}  # fmt: skip
    for v in range(8):
        view = f"{passport}?show={v}"
        web[view] = html_page(view, "Paspoort aanvragen", f"<ul class='tabs'>{tabs}</ul>{text}")
    chain = [HOME + "onderwerpen", HOME + "onderwerpen/wonen", HOME + "onderwerpen/wonen/dieren"]
    dog = HOME + "onderwerpen/wonen/dieren/hond"
    for here, there in zip(chain, [*chain[1:], dog], strict=True):
        web[here] = html_page(here, "Onderwerpen", f"{text}<a href='{there}'>Meer onderwerpen</a>")
    web[dog] = html_page(dog, "Hondenbelasting", "<p>U betaalt belasting voor uw hond.</p>")
    web[HOME] = html_page(HOME, "Home", f"{text}<p><a href='{passport}'>Paspoort aanvragen</a>"
                          f"</p><p><a href='{chain[0]}'>Onderwerpen</a></p>")  # fmt: skip
    state = crawl_state(("paspoort", "hondenbelasting"), budget=24)
    fetched = drive(state, web)
    assert sum(f.kind == "route" for f in fetched) > 24 // 4  # the routes took over a quarter
    assert cases(state)["hondenbelasting"][:2] == ("found", dog), [f.url for f in fetched]


def test_a_page_rendered_for_discovery_is_clicked_where_only_a_click_shows_the_way_on() -> None:
    """A script-built page (a single-page app) is rendered when discovery reads it. Where its
    content has a button whose target only a click shows, that rendering clicks it too: the
    route walk asks the same rendering of a product page and is served it from the store,
    so a rendering without the clicks would hide the route (a whole municipality's buttons
    went unclicked whenever discovery rendered its pages first)."""
    url = HOME + "product/paspoort"
    text = "<p>Over uw paspoort. </p>" * 4
    button = "<button class='btn' data-cta-id='c1'>Afspraak maken</button>"
    app = f"<div id='__next'><main><h1>Paspoort</h1>{text}{button}</main></div>"
    script = "<script src='/_next/app.js'></script>"
    body = f"<html><head><title>Paspoort</title></head><body>{app}{script}</body></html>"
    page = Page(url, 200, {"content-type": "text/html"}, body.encode())
    web = {HOME: html_page(HOME, "Home", f"<a href='{url}'>Paspoort aanvragen</a>"), url: page}
    fetched = drive(crawl_state(("paspoort",)), web)
    renders = [(f.url, f.kind, bool(f.extra.get("click"))) for f in fetched if f.render]
    assert renders and all(u == url and click for u, _, click in renders), renders


def test_a_product_page_with_tabs_below_its_path_is_no_section_page() -> None:
    """'Paspoort' with tabs 'Omschrijving | Aanvragen | Kosten', the 'Aanvragen' tab at
    '/paspoort/aanvragen': a link below the page's own path makes a page with little text a
    section page, but a tab is a view of the page itself. The page is the product's, and
    the tab is fetched as its way on."""
    page, tab = (
        HOME + "aanvragen-en-regelen/paspoort/",
        HOME + "aanvragen-en-regelen/paspoort/aanvragen",
    )
    tabs = (
        f"<nav class='tabs'><a href='{page}'>Omschrijving</a> <a href='{tab}'>Aanvragen</a></nav>"
    )
    web = {
        HOME: html_page(HOME, "Home", f"<a href='{page}'>Paspoort</a>"),
        page: html_page(page, "Paspoort", f"{tabs}<p>Een paspoort is een reisdocument.</p>"),
        tab: html_page(tab, "Paspoort - Aanvragen", f"{tabs}<p>Maak een afspraak.</p>"),
    }
    state = crawl_state(("paspoort",))
    fetched = drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", page)
    assert any(f.url == tab and f.kind == "route" for f in fetched)
