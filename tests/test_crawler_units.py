"""Unit tests of the crawler's parts that need no crawl: matching, parsers, page analysis,
rule and settings validation."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from classifiers.dutch import tokens
from classifiers.matching import ProductMatcher, slug_text
from classifiers.matchrules import DiscoveryRulesError, load_rules
from crawler.config import CrawlConfig
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.pagereader import page_info
from crawler.discovery.sitescope import SiteScope, TrapGuard, listed_variants
from crawler.discovery.sourcefiles import parse_sc_feed, parse_sitemap, robots_sitemaps
from crawler.settings import RULES_FILE, SettingsError, build_settings
from digimeter.core.configfiles import load_products
from digimeter.core.pages import Page

RULES = load_rules(RULES_FILE)
PRODUCTS = load_products()


def matcher(org_type: str = "gemeente") -> ProductMatcher:
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W"}[org_type]
    return ProductMatcher([p for p in PRODUCTS if letter in p.org_types], org_type, RULES)


def best(m: ProductMatcher, text: str) -> str:
    scores = m.score_text(text)
    return max(scores, key=scores.get) if scores else ""


@pytest.mark.parametrize(
    ("title", "product"),
    [
        ("Hond aan- of afmelden", "hondenbelasting"),
        ("Ondertrouw", "huwelijksaangifte"),
        ("Verhuizing doorgeven", "verhuismelding"),
        ("Bijzondere bijstand aanvragen", "bijzondere-bijstand"),
        ("Bijstandsuitkering aanvragen", "bijstand"),
        ("Afval, minicontainers voor laagbouw", "afvalcontainer"),
        ("Vergunning boom kappen", "kapvergunning"),
        ("Gehandicaptenparkeerplaats aanvragen", "gehandicaptenparkeerplaats"),
        ("Gehandicaptenparkeerkaart", "gehandicaptenparkeerkaart"),
        ("Klein evenement melden", "evenementenvergunning"),
        ("Afkoppelsubsidie aanvragen", "subsidie"),
        ("Uittreksel Basisregistratie Personen (BRP)", "brp-uittreksel"),
        ("ID-kaart aanvragen", "identiteitskaart"),
    ],
)
def test_titles_match_their_product_best(title: str, product: str) -> None:
    assert best(matcher(), title) == product


@pytest.mark.parametrize(
    ("title", "product"),
    [
        # a water authority's jargon, as products.csv describes the products' objects
        ("Aansprakelijkstelling", "schadevergoeding-provincie"),
        ("Algemene regels: melden", "watermelding"),
    ],
)
def test_water_authority_jargon_titles_match_their_product_best(title: str, product: str) -> None:
    assert best(matcher("waterschap"), title) == product


def test_compound_with_another_head_is_not_a_spelling_variant() -> None:
    scores = matcher().score_text("Gehandicaptenparkeerkaart aanvragen")
    assert scores["gehandicaptenparkeerkaart"] == 100
    assert scores.get("gehandicaptenparkeerplaats", 0) < 70


def test_synonyms_apply_to_their_organisation_type_only() -> None:
    title = "Vergunning aanvragen of melding doen"
    assert best(matcher("waterschap"), title) == "watervergunning"
    assert matcher("provincie").score_text(title).get("watervergunning", 0) < 70


def test_slug_text_takes_the_page_segment() -> None:
    assert slug_text("http://x.test/Home/Bouwen_en_wonen/Boom_kappen", RULES) == "boom kappen"
    assert slug_text("http://x.test/home/p_1/product/afval-minicontainers_673.html", RULES) == (
        "afval minicontainers"
    )
    assert slug_text("http://x.test/onderwerpen/natuur/@4410/faunaschade/", RULES) == "faunaschade"
    assert slug_text("http://x.test/producten/", RULES) == ""
    # a catalogue's query names its page by words, never by identifiers
    assert slug_text("http://x.test/nl/product?id=950", RULES) == ""
    assert slug_text("http://x.test/nl/product?onderwerp=hond-aanmelden&p=3", RULES) == (
        "hond aanmelden"
    )
    # a form platform's entry is named by its query: its path is the platform's
    assert slug_text("http://x.test/eloket/formulier?id=A12bc", RULES) == ""
    assert slug_text("http://x.test/start?formulier=subsidie-aanvragen", RULES) == (
        "subsidie aanvragen"
    )
    assert slug_text("http://x.test/vraagwijzer/59330.hulp-bij-het-huishouden", RULES) == (
        "hulp bij het huishouden"
    )


def test_numbers_are_no_product_words() -> None:
    m = matcher()
    assert m.scorer.words("Ontheffing artikel 35 Alcoholwet") == (
        "ontheffing",
        "artikel",
        "alcoholwet",
    )
    assert m.score_text("Alcoholwet 2021") == m.score_text("Alcoholwet")


def test_acronyms_are_read_as_the_words_they_stand_for() -> None:
    m = matcher()
    assert best(m, "Wet maatschappelijke ondersteuning") == "wmo-voorziening"
    assert best(m, "Basisregistratie personen: uittreksel") == "brp-uittreksel"
    spelled = m.scorer.score(("gpk",), ("gehandicaptenparkeerkaart",))[0]
    assert spelled > 90
    assert m.scorer.score(("kap",), ("kosten", "aanvraag", "paspoort"))[0] == 0


def test_elliptic_compounds_are_completed() -> None:
    assert tokens("Horeca: exploitatie- en alcoholvergunning") == [
        "horeca", "exploitatievergunning", "en", "alcoholvergunning",
    ]  # fmt: skip
    assert tokens("Zand-, grind- en kleiwinning")[:2] == ["zandwinning", "grindwinning"]
    assert tokens("Begrotings- en incidentele subsidies")[0] == "begrotings"
    scores = matcher().score_text("Horeca: exploitatie- en alcoholvergunning")
    assert scores["exploitatievergunning-horeca"] > 80 and scores["alcoholvergunning"] > 80


def test_a_url_without_words_leaves_the_page_to_its_title() -> None:
    m = matcher()
    by_id = m.score_page(("Overlijden van een dierbare",), "http://x.test/nl/product?id=122")
    by_slug = m.score_page(("Overlijden van een dierbare",), "http://x.test/nl/contact-opnemen")
    assert (
        by_id["overlijdensaangifte"]
        == m.score_text("Overlijden van een dierbare")["overlijdensaangifte"]
    )
    assert by_slug["overlijdensaangifte"] < by_id["overlijdensaangifte"]


def test_a_product_explains_a_text_with_all_its_terms() -> None:
    # 'wmo' and 'ondersteuning' are two terms of the Wmo product: together they explain
    # the whole title, so it scores above what either term alone would
    m = matcher()
    words = m.scorer.words("Hulp en ondersteuning (Wmo)")
    alone = max(m.scorer.score(words, t)[0] for t in m.terms["wmo-voorziening"])
    assert m.score_text("Hulp en ondersteuning (Wmo)")["wmo-voorziening"] > alone


def test_robots_sitemap_lines() -> None:
    page = Page(
        "http://x.test/robots.txt", 200, {"content-type": "text/plain"},
        b"User-agent: *\nDisallow: /zoeken\nSitemap: /sitemap-index.xml\nsitemap: http://x.test/b.xml\n",
    )  # fmt: skip
    assert robots_sitemaps(page) == ["http://x.test/sitemap-index.xml", "http://x.test/b.xml"]
    assert robots_sitemaps(Page("http://x.test/robots.txt", 404)) == []


def test_sitemap_index_urlset_gzip_and_broken_xml() -> None:
    index = Page(
        "http://x.test/s.xml", 200, {},
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>http://x.test/a.xml</loc></sitemap><sitemap><loc>/b.xml.gz</loc></sitemap>"
        b"</sitemapindex>",
    )  # fmt: skip
    assert parse_sitemap(index).children == ("http://x.test/a.xml", "http://x.test/b.xml.gz")
    urlset = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.test/p</loc></url><url><loc>http://x.test/q'
    parsed = parse_sitemap(Page("http://x.test/b.xml.gz", 200, {}, gzip.compress(urlset)))
    assert parsed.urls[0] == "http://x.test/p"
    assert parse_sitemap(Page("http://x.test/404", 404)).urls == ()


SC_FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<overheidproduct:scproducten xmlns:overheidproduct="http://standaarden.overheid.nl/product/terms/"
  xmlns:dcterms="http://purl.org/dc/terms/" xmlns:overheid="http://standaarden.overheid.nl/owms/terms/">
 <overheidproduct:scproduct owms-version="4.0"><overheidproduct:meta>
  <overheidproduct:owmskern><dcterms:identifier>http://x.test/paspoort</dcterms:identifier>
   <dcterms:title>Paspoort</dcterms:title></overheidproduct:owmskern>
  <overheidproduct:scmeta><overheidproduct:onlineAanvragen>nee</overheidproduct:onlineAanvragen>
   <overheidproduct:aanvraagURL resourceIdentifier="http://afspraak.x.test/"/>
   <overheidproduct:uniformeProductnaam scheme="overheid:UniformeProductnaam"
     resourceIdentifier="http://standaarden.overheid.nl/owms/terms/paspoort">paspoort</overheidproduct:uniformeProductnaam>
  </overheidproduct:scmeta></overheidproduct:meta></overheidproduct:scproduct>
</overheidproduct:scproducten>"""


def test_sc_feed_entries_by_local_name() -> None:
    (entry,) = parse_sc_feed(Page("http://x.test/sc.xml", 200, {}, SC_FEED))
    assert entry.upl_uri == "http://standaarden.overheid.nl/owms/terms/paspoort"
    assert entry.url == "http://x.test/paspoort"
    assert entry.online_aanvragen == "nee"
    assert entry.aanvraag_url == "http://afspraak.x.test/"


def html(title: str, main: str, *, head: str = "", body_class: str = "", header: str = "") -> bytes:
    return (
        f"<html><head><title>{title} | Gemeente X</title>{head}</head>"
        f"<body class='{body_class}'><header>{header}</header><main><h1>{title}</h1>{main}</main>"
        "</body></html>"
    ).encode()


def info(url: str, body: bytes):  # type: ignore[no-untyped-def]
    return page_info(Page(url, 200, {"content-type": "text/html; charset=utf-8"}, body), RULES)


def test_news_article_is_recognised_by_path_and_markup() -> None:
    text = "<p>" + "Nieuwe tarieven voor de hondenbelasting. " * 10 + "</p>"
    assert info("http://x.test/nieuws/tarieven-2024", html("Tarieven", text)).is_news
    assert info(
        "http://x.test/tarieven-2024", html("Tarieven", text, body_class="pagetype-news")
    ).is_news
    assert not info("http://x.test/hondenbelasting", html("Hondenbelasting", text)).is_news
    # the folder named in the singular as well as the plural (one 'nieuwsbericht' each)
    for folder in ("nieuwsbericht", "nieuwsberichten", "persbericht"):
        assert info(f"http://x.test/{folder}/tarieven-2024", html("Tarieven", text)).is_news


def test_a_page_a_second_product_scores_the_shared_margin_below_is_both_products() -> None:
    """'Uitrit op een provinciale weg' names the uitweg ('uitrit') and the provincial road
    permit ('provinciale weg'): the uitweg scores exactly `shared_margin` (12) below, and
    the page is both products' (the sums of float shares make that 78.99999999999999)."""
    ev = Evaluator(matcher("provincie"), RULES)
    text = "<p>" + "Wilt u een nieuwe uitrit of inrit aanleggen op een provinciale weg? " * 3
    page = info("http://p.test/vergunningen/uitrit-op-een-provinciale-weg",
                html("Uitrit op een provinciale weg", text + "</p>"))  # fmt: skip
    scope = SiteScope({"p.test"})
    scores = ev.judge(page, scope, set()).scores
    assert scores["wegvergunning-provinciaal"] - scores["uitwegvergunning"] == pytest.approx(12)
    assert set(scores) == {"wegvergunning-provinciaal", "uitwegvergunning"}


def test_a_title_above_a_list_of_other_pages_is_no_product_page() -> None:
    """'Wonen en omgeving' lists 'Probleem melden' and 'Vergunning aanvragen' and says
    nothing itself: its title fits the public-space report's 'woonomgeving', but the page
    is a topic list, its entries the pages. A product page of one sentence and one link
    stays a product page."""
    ev, scope = Evaluator(matcher("waterschap"), RULES), SiteScope({"w.test"})
    topic = info("http://w.test/onderwerpen/wonen-en-omgeving/",
                 html("Wonen en omgeving", "<ul class='cards'><li><a href='/probleem-melden/'>"
                      "Probleem melden</a></li><li><a href='/vergunning-aanvragen/'>Vergunning "
                      "aanvragen</a></li></ul>"))  # fmt: skip
    assert ev.is_topic_list(topic) and ev.judge(topic, scope, set()).scores == {}
    text = "<p>Ziet u vissterfte of een kapotte stuw? Meld het ons.</p>"
    entry = "<ul><li><a href='/formulier/'>Melding doen</a></li></ul>"
    product = info(
        "http://w.test/onderwerp/probleem-melden/", html("Probleem melden", text + entry)
    )
    assert not ev.is_topic_list(product)


def test_overview_and_search_pages_are_recognised() -> None:
    links = "".join(f"<li><a href='/p{i}'>Product {i}</a></li>" for i in range(20))
    assert info("http://x.test/a-z", html("Alle onderwerpen", f"<ul>{links}</ul>")).is_overview
    assert info(
        "http://x.test/zoeken?q=x", html("Zoekresultaten", "<p>3 resultaten</p>")
    ).is_overview
    assert not info(
        "http://x.test/p", html("Paspoort aanvragen", "<p>" + "tekst " * 80)
    ).is_overview


def test_an_overview_class_every_page_has_makes_no_product_page_an_overview() -> None:
    """A CMS that puts `<body class="overzicht">` on every page: the section page (links
    only) is an overview, the product page with text of its own is not."""
    links = "<ul><li><a href='/burgerzaken/uittreksel'>Uittreksel aanvragen</a></li></ul>"
    section = html("Burgerzaken", links, body_class="overzicht")
    assert info("http://x.test/burgerzaken/", section).is_overview
    text = (
        "<p>Met een uittreksel uit de Basisregistratie Personen laat u zien wie u bent en "
        "waar u woont. U heeft het nodig voor een huurwoning of een werkgever.</p><h2>Wat "
        "moet ik doen?</h2><p>U vraagt het online aan met DigiD. Het kost € 15,10 en u "
        "ontvangt het binnen vijf werkdagen per post op uw woonadres.</p>"
    )
    product = html("Uittreksel aanvragen", text, body_class="overzicht")
    assert not info("http://x.test/burgerzaken/uittreksel", product).is_overview


def test_a_page_its_query_names_at_the_root_is_no_section_page() -> None:
    """WordPress names its pages by a query at the root ('/?page_id=472'): every link of
    the site is below the root, so a short product page linking to its form
    ('/formulieren/melding-doen/') is not a section page of what is below it. A short
    page whose own path the links are below still is."""
    main = (
        "<p>Meld wateroverlast direct.</p>"
        "<p><a href='/formulieren/melding-doen/'>Direct regelen</a></p>"
    )
    assert not info("http://w.test/?page_id=472", html("Melding doen", main)).is_overview
    section = "<p>Alles over afval.</p><p><a href='/afval/grofvuil'>Grofvuil</a></p>"
    assert info("http://w.test/afval", html("Afval", section)).is_overview


def test_search_form_and_sc_feed_link_in_the_header() -> None:
    head = (
        '<link rel="alternate" type="application/xml" title="Samenwerkende Catalogi" '
        'href="/sc.xml">'
    )
    header = (
        "<form action='/zoeken' method='get'><input type='hidden' name='lang' value='nl'>"
        "<input type='text' name='trefwoord'><button>Zoek</button></form>"
    )
    page = info("http://x.test/", html("Welkom", "<p>x</p>", head=head, header=header))
    assert page.sc_feed_url == "http://x.test/sc.xml"
    assert page.search_form is not None
    assert page.search_form.url_for("hond") == "http://x.test/zoeken?lang=nl&trefwoord=hond"


def test_script_built_pages_need_rendering() -> None:
    openforms = html("Wmo", "<div class='open-forms-sdk-root' data-form-id='wmo'></div>")
    assert info("http://f.x.test/wmo/", openforms).needs_render
    empty = (
        b"<html><body><div id='x'></div><script>document.body.innerHTML='hi'</script></body></html>"
    )
    assert info("http://x.test/app", empty).needs_render
    plain = html("Paspoort", "<p>" + "Een paspoort vraagt u aan bij de balie. " * 10 + "</p>")
    assert not info("http://x.test/paspoort", plain).needs_render


def test_scope_keeps_form_hosts_out_of_discovery() -> None:
    scope = SiteScope()
    scope.add("http://www.gemeente-a.test/")
    assert scope.is_site("http://loket.gemeente-a.test/producten/paspoort")
    assert not scope.is_site("http://mijn.gemeente-a.test/klacht/")
    assert not scope.is_site("http://www.other.test/")


def test_trap_guard_bounds_query_variants_and_repeats() -> None:
    guard = TrapGuard(max_variants=3)
    allowed = [guard.allows(f"http://x.test/agenda?maand=2026-{m:02d}") for m in range(1, 10)]
    assert allowed == [True, True, True] + [False] * 6
    assert guard.allows("http://x.test/agenda?maand=2026-02")  # already seen
    assert not guard.allows("http://x.test/a/b/a/b/a/b/page")
    # a catalogue: links whose text names a product are no trap's variants
    assert all(guard.allows(f"http://x.test/agenda?id={n}", named=True) for n in range(40))
    assert not guard.allows("http://x.test/agenda?maand=2027-01")
    assert not guard.allows("http://x.test/a/b/a/b/a/b/page?id=1", named=True)
    # an index's letters, listed together, are a list; a calendar page links to the next
    index = "http://x.test/producten"
    letters = [f"{index}?letter={c}" for c in "abcdefghijklmnop"]
    listed = listed_variants(index, [*letters, "http://x.test/paspoort"])
    assert listed == {("x.test", "/producten")}
    # a letter's page that shows every letter lists them too (an A-Z reached at '?letter=a');
    # a variant linking a few neighbours (a calendar's months, a pager) does not
    assert listed_variants(letters[0], letters) == {("x.test", "/producten")}
    assert listed_variants(letters[0], letters[:8]) == set()
    assert all(guard.allows(u, listed=True) for u in letters)
    assert ("x.test", "/producten") not in guard.trapped


def test_a_post_id_query_is_a_page_and_a_pager_is_skipped() -> None:
    """WordPress's plain permalinks (`index.php?p=3100`) are the site's pages; print views
    and pagers (`?page=2`) are not opened."""
    ev = Evaluator(matcher(), RULES)
    assert not ev.skip("http://www.wetterskip.test/index.php?p=3100")
    assert not ev.skip("http://www.wetterskip.test/index.php?page_id=12")
    assert ev.skip("http://www.wetterskip.test/nieuws?page=2")
    assert ev.skip("http://www.wetterskip.test/index.php?p=3100&print=1")


def test_bad_rules_file_names_the_field(tmp_path: Path) -> None:
    text = RULES_FILE.read_text(encoding="utf-8").replace("confirm = 70", "confirm = 'high'")
    bad = tmp_path / "rules.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DiscoveryRulesError, match=r"\[thresholds\] field 'confirm'"):
        load_rules(bad)
    text = RULES_FILE.read_text(encoding="utf-8").replace(
        'product = "watermelding"\norg_types = ["waterschap"]',
        'product = "watermelding"\norg_types = ["gemeentes"]',
    )
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DiscoveryRulesError, match="org_types"):
        load_rules.__wrapped__(bad)


def test_settings_precedence_and_profiles() -> None:
    s = build_settings({})
    assert s.getint("DIGIMETER_ORG_PAGE_BUDGET") == 300
    assert s.getbool("AUTOTHROTTLE_ENABLED")
    assert s["USER_AGENT"].startswith("digimeter/") and "+https://" in s["USER_AGENT"]
    assert not s.getbool("TELNETCONSOLE_ENABLED") and not s.getbool("REMOTE_CONTROL_ENABLED")
    fast = build_settings({"CONCURRENT_REQUESTS_PER_DOMAIN": "3"}, polite=False)
    assert not fast.getbool("AUTOTHROTTLE_ENABLED")
    assert fast.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 3  # -s wins over the profile
    proxied = build_settings({}, proxy="http://127.0.0.1:9")
    assert proxied["PLAYWRIGHT_LAUNCH_OPTIONS"]["proxy"]["server"] == "http://127.0.0.1:9"
    assert proxied["PLAYWRIGHT_LAUNCH_OPTIONS"]["executable_path"] == "/usr/bin/chromium"


def test_settings_errors_are_specific(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="DIGIMETER_ORG_BUDGET"):
        build_settings({"DIGIMETER_ORG_BUDGET": "5"})
    with pytest.raises(SettingsError, match="DIGIMETER_ORG_PAGE_BUDGET='many': expected a number"):
        build_settings({"DIGIMETER_ORG_PAGE_BUDGET": "many"})
    with pytest.raises(SettingsError, match="DIGIMETER_POLITE='maybe': expected true or false"):
        build_settings({"DIGIMETER_POLITE": "maybe"})
    s = build_settings({"DIGIMETER_ORG_PAGE_BUDGET": "1.5", "DIGIMETER_RUN_DIR": str(tmp_path)})
    with pytest.raises(SettingsError, match=r"DIGIMETER_ORG_PAGE_BUDGET='1\.5': expected a whole"):
        CrawlConfig.from_settings(s)
    s = build_settings({"DIGIMETER_RUN_DIR": str(tmp_path)}, proxy="127.0.0.1:9")
    with pytest.raises(SettingsError, match="DIGIMETER_PROXY"):
        CrawlConfig.from_settings(s)
    shared = {"DIGIMETER_RUN_DIR": str(tmp_path), "DIGIMETER_REDIS_URL": "redis://127.0.0.1:9/0"}
    s = build_settings({**shared, "DIGIMETER_CLAIM_TTL": "10"})  # heartbeat every 5 s
    with pytest.raises(SettingsError, match=r"DIGIMETER_CLAIM_TTL=10: expected more than twice"):
        CrawlConfig.from_settings(s)
    s = build_settings({**shared, "DIGIMETER_CLAIM_TTL": "10", "DIGIMETER_PROGRESS_INTERVAL": "4"})
    assert CrawlConfig.from_settings(s).claim_ttl == 10


def test_a_compound_spread_over_the_words_matches_it() -> None:
    # "vergunning voor een evenement" is the evenementenvergunning, in other words
    assert matcher().score_text("Vergunning voor een evenement")["evenementenvergunning"] > 95


def test_a_title_naming_two_products_scores_each_on_its_part() -> None:
    m = matcher()
    title = "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats op kenteken"
    shared = m.shared_title(title)
    assert set(shared) == {"gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"}
    assert min(shared.values()) > m.score_text(title)["gehandicaptenparkeerkaart"]
    assert m.shared_title("Bezwaar en beroep") == {}  # one product
    assert m.shared_title("Evenement op of langs een provinciale weg") == {}


def test_a_part_naming_two_products_alike_names_the_one_no_other_part_names() -> None:
    """'Horecavergunning' names the alcohol licence and the exploitation permit alike (real
    sites title either so); beside 'horecabedrijf exploitatievergunning' it is the alcohol
    licence, and the page covers both."""
    m = matcher()
    assert m.score_text("Horecavergunning")["alcoholvergunning"] == 100
    assert m.score_text("Horecavergunning")["exploitatievergunning-horeca"] == 100
    title = "Horecavergunning en horecabedrijf exploitatievergunning"
    assert set(m.shared_title(title)) == {"alcoholvergunning", "exploitatievergunning-horeca"}
    assert Evaluator(m, RULES).covers_both(
        title, "alcoholvergunning", "exploitatievergunning-horeca"
    )
    # a title one product's term explains in full is that product's name, not two things
    assert m.shared_title("Drank- en horecavergunning") == {}
    # a part naming two products that no other part names says neither surely
    assert m.shared_title("Horecavergunning en terrasvergunning") == {}
    # a name with another in brackets names both, where the bracket names another product
    water = matcher("waterschap")
    both = water.shared_title("Watervergunning (omgevingsvergunning wateractiviteit)")
    assert set(both) == {"watervergunning", "omgevingsvergunning"}
    assert m.shared_title("Hulp en ondersteuning (Wmo)") == {}


def test_a_page_titled_for_two_products_is_both_whatever_its_address() -> None:
    """'Paspoort en ID-kaart' at /burgerzaken/paspoort/: the slug is the title's first part;
    the page is the identity card's as much as the passport's."""
    ev = Evaluator(matcher(), RULES)
    scope = SiteScope()
    scope.add("http://x.test/")
    main = "<p>Een paspoort is 10 jaar geldig. U vraagt het aan op het stadskantoor.</p>"

    def judged(title: str) -> set[str]:
        html = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{main}"
        page = Page("http://x.test/burgerzaken/paspoort/", 200, {"content-type": "text/html"},
                    f"{html}</main></body></html>".encode())  # fmt: skip
        info = page_info(page, RULES)
        assert info is not None
        return set(ev.judge(info, scope, set()).scores)

    assert judged("Paspoort en ID-kaart") == {"paspoort", "identiteitskaart"}
    assert judged("Paspoort") == {"paspoort"}


def test_each_half_of_a_title_in_two_languages_is_a_title() -> None:
    title = "Paspoart en identiteitskaart / Paspoort en ID-kaart"
    html = f"<html><head><title>{title} | Tytsjerksteradiel</title></head><body><main><h1>"
    body = f"{html}{title}</h1><p>Hoe wurket it?</p></main></body></html>"
    page = Page("http://x.test/ynwenners/paspoort.html", 200, {}, body.encode())
    info = page_info(page, RULES)
    assert info is not None and info.title == title
    assert info.titles[1:] == ("Paspoart en identiteitskaart", "Paspoort en ID-kaart")
    assert set(matcher().shared_title(info.titles[2])) == {"paspoort", "identiteitskaart"}


def test_a_title_no_product_explains_leaves_the_page_to_its_address_and_lead() -> None:
    """'Hûnebelesting' (Frisian) at /produkten/hondenbelasting.html, whose lead says 'Dan
    betaalt u hondenbelasting': the dog tax's page. The address alone is not enough."""
    m, url = matcher(), "http://x.test/ynwenners/produkten/hondenbelasting.html"
    lead = "Heeft u een hond? Dan betaalt u hondenbelasting."
    scores = m.score_page(("Hûnebelesting",), url, lead)
    assert set(scores) == {"hondenbelasting"} and scores["hondenbelasting"] >= 95
    assert m.score_page(("Hûnebelesting",), url, "Wat is it? Hoe wurket it?") == {}
    assert m.score_page(("Hûnebelesting",), url) == {}


def test_a_bare_page_is_no_page_of_a_product_it_fits_no_better_than_those_it_lists() -> None:
    """'Belastingen', a bare page listing the objection, the remission and the WOZ value:
    its word 'belastingen' makes it no payment plan's page either."""
    ev, scope = Evaluator(matcher(), RULES), SiteScope()
    scope.add("http://x.test/")

    def judged(items: str) -> set[str]:
        html = (
            "<html><head><title>Belastingen</title></head><body><main><h1>Belastingen</h1>"
            f"<ul>{items}</ul></main></body></html>"
        )
        info = page_info(Page("http://x.test/belastingen", 200, {}, html.encode()), RULES)
        assert info is not None and info.bare
        return set(ev.judge(info, scope, set()).scores)

    listed = (
        '<li><a href="/inwoners/bezwaar-aanslag">Bezwaar aanslag gemeentelijke belastingen</a>'
        '</li><li><a href="/inwoners/kwijtschelding">Kwijtschelding aanvragen</a></li>'
    )
    assert judged(listed) == set()
    assert judged('<li><a href="/contact">Contact</a></li>')  # it leads on to no product


def test_a_bare_page_whose_one_entry_surely_names_the_product_passes_it_on() -> None:
    """'Subsidies' above its one entry 'Subsidie voor verenigingen en organisaties': the
    entry names the subsidy less fully than the title (more words of its own), but surely
    and before any other product, so a person clicks on and the page behind it is the
    subsidy's. An entry that names the product only in passing keeps the page its own."""
    ev, scope = Evaluator(matcher(), RULES), SiteScope()
    scope.add("http://x.test/")

    def judged(entry: str) -> set[str]:
        html = (
            "<html><head><title>Subsidies</title></head><body><main><h1>Subsidies</h1>"
            f"<ul><li><a href='/ik-wil/entry'>{entry}</a></li></ul></main></body></html>"
        )
        info = page_info(Page("http://x.test/inwoners/subsidies", 200, {}, html.encode()), RULES)
        assert info is not None and info.bare
        return set(ev.judge(info, scope, set()).scores)

    assert "subsidie" not in judged("Subsidie voor verenigingen en organisaties")
    assert "subsidie" in judged("Contact")


def test_an_objection_titled_by_what_it_is_against_is_the_objections_page() -> None:
    """'Bezwaar tegen een beslissing van ons bestuur' (a water authority): the objection's
    object in products.csv (a decision) makes the page score as the bezwaar page."""
    m = matcher("waterschap")
    url = "http://www.waterschap.test/regelen/bezwaar-tegen-een-beslissing-van-ons-bestuur/"
    lead = "Lees eerst de voorwaarden. Daarna ziet u hoe u het regelt."
    scores = m.score_page(("Bezwaar tegen een beslissing van ons bestuur",), url, lead)
    assert max(scores, key=scores.__getitem__) == "bezwaar"
    assert scores["bezwaar"] >= RULES.thresholds["confirm"]


def test_a_lead_that_only_asks_is_read_with_its_answer() -> None:
    """'Horecabedrijf starten' names the activity, not the permit; its intro only asks
    ('Wilt u een café beginnen?') and the next paragraph answers ('Dan heeft u een
    exploitatievergunning nodig'): the lead is both, and the page is the permit's."""
    ev = Evaluator(matcher(), RULES)
    ask = "<p class='intro'>Wilt u een café, restaurant, cafetaria of hotel beginnen?</p>"
    answer = (
        "<p>Wilt u een café, restaurant of hotel beginnen? Dan heeft u een "
        "exploitatievergunning nodig. Wij doen ook een Bibob-toets.</p>"
    )
    url = "http://x.test/horecabedrijf-starten"
    page = info(url, html("Horecabedrijf starten", ask + answer + "<p>Vul het formulier in.</p>"))
    assert page.lead.startswith("Wilt u een café") and "exploitatievergunning" in page.lead
    assert "formulier" not in page.lead  # the answer ends the lead
    scores = ev.judge(page, SiteScope({"x.test"}), set()).scores
    assert set(scores) == {"exploitatievergunning-horeca"}
    # a lead that says something at once is that paragraph alone
    said = info(url, html("Horecabedrijf starten", answer + "<p>Vul het formulier in.</p>"))
    assert said.lead.endswith("Bibob-toets.")


def test_of_products_a_title_fits_alike_the_one_the_lead_names_is_the_pages() -> None:
    """'Horecavergunning' fits the exploitation permit and the alcohol licence alike (real
    sites title both so); its lead 'Dan heeft u een exploitatievergunning nodig' says which:
    the other goes a point behind, and the one named keeps its score (a page titled with its
    own name is no worse a page of it). A lead that names both, or none, decides nothing."""
    m = matcher()
    url = "http://x.test/horecavergunning"
    alike = m.score_page(("Horecavergunning",), url)
    assert alike["exploitatievergunning-horeca"] == alike["alcoholvergunning"]
    lead = "Wilt u een café beginnen? Dan heeft u een exploitatievergunning nodig."
    scores = m.score_page(("Horecavergunning",), url, lead)
    assert scores["exploitatievergunning-horeca"] == alike["exploitatievergunning-horeca"]
    assert scores["alcoholvergunning"] == alike["alcoholvergunning"] - 1
    both = "U heeft een exploitatievergunning en een alcoholvergunning nodig."
    assert m.score_page(("Horecavergunning",), url, both) == alike


def test_a_lead_that_names_another_product_than_the_title_makes_the_page_that_ones_too() -> None:
    """'Vergunningen en meldingen voor werken bij water' fits the water permit; its lead
    'Voor bouwen heeft u vaak een omgevingsvergunning nodig' names the environment permit
    alone: the page is that permit's too, a margin below the title's product (so it is the
    environment permit's page only where the water permit has a better page of its own). A
    lead that names the title's product, or two products, adds nothing."""
    m = matcher("waterschap")
    url = "http://www.waterschap.test/regelen/vergunningen-en-meldingen-voor-werken-bij-water/"
    title = ("Vergunningen en meldingen voor werken bij water",)
    alone = m.score_page(title, url)
    margin = RULES.thresholds["margin"]
    assert max(alone, key=alone.__getitem__) == "watervergunning"
    assert alone["omgevingsvergunning"] < alone["watervergunning"] - margin
    lead = "Voor bouwen, verbouwen of slopen heeft u vaak een omgevingsvergunning nodig."
    scores = m.score_page(title, url, lead)
    assert scores["omgevingsvergunning"] == scores["watervergunning"] - margin
    assert max(scores, key=scores.__getitem__) == "watervergunning"
    both = "U heeft een omgevingsvergunning of een watervergunning nodig."
    assert m.score_page(title, url, both)["omgevingsvergunning"] == alone["omgevingsvergunning"]


def test_a_table_cell_that_holds_its_text_is_a_lead() -> None:
    """A product catalogue that describes its products in a table ('Omschrijving' | text)
    has its lead in the cell; the question in it is read with its answer, and the page is
    the permit's though its title names the law, not the permit."""
    table = (
        "<table class='productinfo'><tr><th>Omschrijving</th><td>Wilt u bouwen, verbouwen of "
        "iets aan een monument veranderen? Dan hebt u misschien een omgevingsvergunning "
        "nodig.</td></tr><tr><th>Aanvragen</th><td><p>U kunt dit niet online regelen. Kom "
        "langs aan de balie.</p></td></tr></table>"
    )
    url = "http://www.waterschap.test/loket/productinfo?pid=524"
    page = info(url, html("Vergunning onder de Omgevingswet", table))
    assert page.lead.startswith("Wilt u bouwen") and "omgevingsvergunning" in page.lead
    scores = Evaluator(matcher("waterschap"), RULES).judge(
        page, SiteScope({"waterschap.test"}), set()
    )
    assert set(scores.scores) == {"omgevingsvergunning"}
    # a cell whose text is in paragraphs is read through them, once
    cells = table.replace("<td>Wilt", "<td><p>Wilt").replace("nodig.</td>", "nodig.</p></td>")
    assert info(url, html("Vergunning", cells)).lead == page.lead


def test_a_name_that_joins_two_words_by_of_names_either() -> None:
    """'Schade door wild of werkzaamheden melden' is also 'Schade door werkzaamheden
    melden'; a cut compound ('aan- of afmelden') is no pair of words."""
    from classifiers.matching import name_alternatives

    assert name_alternatives("Schade door wild of werkzaamheden melden") == [
        "Schade door wild melden",
        "Schade door werkzaamheden melden",
    ]
    assert name_alternatives("Hond aan- of afmelden") == []
    assert name_alternatives("Paspoort aanvragen") == []
    m = matcher("waterschap")
    one = m.score_text("Schade door werkzaamheden melden")
    assert max(one, key=one.__getitem__) == "schadevergoeding-provincie"
    assert (
        one["schadevergoeding-provincie"]
        == m.score_text("Schade door wild melden")["schadevergoeding-provincie"]
    )


def test_of_products_a_one_clause_title_fits_the_one_whose_act_it_names_goes_ahead() -> None:
    """'Kan ik mijn aanslag niet in één keer betalen?' scores the objection to an assessment
    best ('aanslag'), more than `margin` above the payment plan its lead names, but it names
    only the payment plan's act ('betalen') and nothing says 'bezwaar': the payment plan goes
    a point ahead, and both stay near. A title that names
    two products' acts, or joins two things, decides nothing."""
    m = matcher("waterschap")
    margin = RULES.thresholds["shared_margin"]
    title = "Kan ik mijn aanslag niet in één keer betalen?"
    lead = "Kunt u de aanslag niet in één keer betalen? Vraag een betalingsregeling aan."
    url = "http://x.test/vraag-en-antwoord/kan-ik-mijn-aanslag-niet-betalen"
    scores = m.score_page((title,), url, lead)
    assert max(scores, key=scores.__getitem__) == "belastingaanslag-bezwaar"
    assert (
        scores["belastingaanslag-bezwaar"] - scores["betalingsregeling"]
        > RULES.thresholds["margin"]
    )
    decided = m.act_decides(title, scores, margin)
    assert max(decided, key=decided.__getitem__) == "betalingsregeling"
    assert decided["betalingsregeling"] == scores["belastingaanslag-bezwaar"] + 1.0
    # a lead that names another of them in full, and not the payment plan, decides instead
    gemeente = matcher()
    title = "Kunt u de belasting niet betalen?"
    lead = "Dan hoeft u de rioolheffing misschien niet te betalen. Dit heet kwijtschelding."
    scores = gemeente.score_page((title,), "http://x.test/kunt-u-de-belasting-niet-betalen", lead)
    assert gemeente.act_decides(title, scores, margin, lead) == scores
    assert gemeente.act_decides(title, scores, margin) != scores  # the act alone would decide
    # an act's word the best product explains itself is its own ('standplaats': the stall
    # permit's object, and an activity of the market permit in products.csv)
    stall = "Standplaats aanvragen"
    stall_scores = gemeente.score_text(stall)
    assert max(stall_scores, key=stall_scores.__getitem__) == "standplaatsvergunning"
    assert gemeente.act_decides(stall, stall_scores, margin) == stall_scores
    both = "Bezwaar maken of de aanslag in termijnen betalen"
    assert m.act_decides(both, m.score_text(both), margin) == m.score_text(both)


def test_a_lead_names_a_product_only_by_a_term_with_a_word_that_is_not_generic() -> None:
    """'Voor sommige werkzaamheden is een melding genoeg' (a water authority's general rules)
    matches the report of a problem in public space's term 'meldingen' in full, but a
    generic word names no product; 'een losse stoeptegel' does."""
    m = matcher("waterschap")
    key = "melding-openbare-ruimte"
    assert m.named("Voor sommige werkzaamheden is een melding genoeg.", (key,))[key] == 0.0
    assert m.named("Ziet u een losse stoeptegel? Meld het ons.", (key,))[key] == 100.0
    assert ("meldingen",) in m.terms[key] and ("meldingen",) not in m.naming[key]


@pytest.mark.parametrize(
    ("path", "audience"),
    [
        ("/inwoners-en-ondernemers/producten/exploitatievergunning_151.html", ""),
        ("/burgers-en-bedrijven/horeca", ""),
        ("/inwoners/paspoort", "burger"),
        ("/Inwoners/Ondernemen/Exploitatievergunning_horeca", "ondernemer"),
        ("/ondernemers/terras", "ondernemer"),
    ],
)
def test_a_section_named_for_both_audiences_is_for_neither_alone(path: str, audience: str) -> None:
    """Urk's '/inwoners-en-ondernemers/producten/' holds every product: the
    exploitation permit (for businesses) loses no points there as if it were a residents'
    section."""
    assert matcher().audience_of(f"http://x.test{path}") == audience


def test_a_colloquial_title_is_the_page_of_the_one_product_its_lead_names() -> None:
    """'Parkeren met een beperking' fits no product well enough to be its page (the parking
    permit's 'parkeren' only); its lead names the disabled parking card in full: the page
    is the card's, at `confirm`, so that a page of the card its own words fit goes first.
    A lead that names two products decides nothing so."""
    m = matcher()
    confirm = RULES.thresholds["confirm"]
    url = "http://www.texel.test/nl/product?id=5987"
    title = ("Parkeren met een beperking",)
    lead = (
        "Kunt u maar een kleine afstand lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen."
    )
    assert "gehandicaptenparkeerkaart" not in m.score_page(title, url)
    scores = m.score_page(title, url, lead)
    assert scores["gehandicaptenparkeerkaart"] == confirm
    assert max(scores, key=scores.__getitem__) == "gehandicaptenparkeerkaart"
    two = lead.replace("aanvragen.", "of een gehandicaptenparkeerplaats aanvragen.")
    assert "gehandicaptenparkeerkaart" not in m.score_page(title, url, two)


def test_of_joins_no_two_products_and_a_part_names_one_only_in_full() -> None:
    """'Melding doen over water of dijk' and 'Melding of klacht over water, dijken of wegen'
    join things of one product by 'of', not two products ('dijk' and 'wegen' are what the
    water and road permits are about, not their names); 'Werken in of langs de weg
    (wegvergunning)' has a part, 'werken in', that names what one does, not a product."""
    water = matcher("waterschap")
    assert water.shared_title("Melding doen over water of dijk") == {}
    assert water.shared_title("Melding of klacht over water, dijken of wegen") == {}
    assert water.shared_title("Werken in of langs de weg (wegvergunning)") == {}


def test_a_compound_written_apart_names_a_product_only_within_one_sentence() -> None:
    """'... olie op het water? Meld het ons' does not name the watermelding: 'water' and
    'meld' are in two sentences. 'een kapotte stuw' names what the public-space report is
    about at a water authority."""
    water = matcher("waterschap")
    lead = (
        "Ziet u iets dat niet in orde is? Bijvoorbeeld een kapotte stuw of olie op het water? "
        "Meld het ons."
    )
    named = water.named(lead, ("watermelding", "melding-openbare-ruimte"))
    assert named == {"watermelding": 0.0, "melding-openbare-ruimte": 100.0}
    assert water.named("Voor bronbemaling doet u een watermelding.", ("watermelding",))[
        "watermelding"
    ]
    scores = water.score_page(("Melding doen",), "http://www.ws.test/melding-doen", lead)
    assert max(scores, key=scores.__getitem__) == "melding-openbare-ruimte"
    # a lead decides only between products the title fits alike: 'Melding water' fits the
    # watermelding well ahead of the public-space report
    scores = water.score_page(("Melding water",), "http://www.ws.test/melding-water", lead)
    assert max(scores, key=scores.__getitem__) == "watermelding"
