"""The pages of a realistic organisation site around its product pages: the product page
itself, a page with "not offered" statements under another title, English pages, the
A-Z list, the homepage with its consent wall or language splash, and the soft 404 page.
"""

from __future__ import annotations

from testweb.markup import esc
from testweb.realistic.layouts import Layout
from testweb.realistic.model import RRow, RSite

INTROS = (
    "Op deze pagina leest u hoe u dit regelt en wat u daarvoor nodig heeft.",
    "Hieronder leest u wanneer dit voor u geldt en hoe u het aanvraagt.",
    "Lees eerst de voorwaarden. Daarna ziet u hoe u het regelt.",
)
NEEDS = (
    "Zorg dat u uw gegevens bij de hand heeft. Soms vragen wij om bewijsstukken.",
    "U heeft een geldig identiteitsbewijs nodig.",
    "Houd uw burgerservicenummer of KvK-nummer bij de hand.",
)
COSTS = (
    "Wat u betaalt, staat in de tarieventabel van dit jaar.",
    "Hieraan zijn geen kosten verbonden.",
    "De kosten zijn € 37,45. Dit bedrag kan elk jaar veranderen.",
)
DURATION = (
    "U krijgt binnen 8 weken een besluit.",
    "Wij behandelen uw aanvraag meestal binnen 2 weken.",
)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def product_main(row: RRow, layout: Layout, url: str, action: str, related: str) -> str:
    """The main content of a product page: sections under the site's headings, the call to
    action in the second section (or all sections folded into an accordion)."""
    site, rng = row.site, row.rng
    h = site.headings
    aside = f"<aside class='direct-regelen'><h2>Direct regelen</h2>{action}</aside>"
    sections = [
        (h[0], f"<p>{esc(INTROS[rng.randrange(len(INTROS))])}</p>"),
        (h[1], "<p>Gebruik de knop bovenaan deze pagina.</p>" if site.cta_aside else action),
        (h[2], f"<p>{esc(NEEDS[rng.randrange(len(NEEDS))])}</p>"),
        (h[3] if len(h) > 3 else "Kosten", f"<p>{esc(COSTS[rng.randrange(len(COSTS))])}</p>"),
    ]
    if len(h) > 4:
        sections.append((h[4], f"<p>{esc(DURATION[rng.randrange(len(DURATION))])}</p>"))
    if row.accordion:
        body = "".join(
            f"<div class='accordion__item'><h2><button type='button' aria-expanded='false' "
            f"aria-controls='acc-{i}' class='accordion__toggle'>{esc(t)}</button></h2>"
            f"<div id='acc-{i}' class='accordion__panel' hidden>{c}</div></div>"
            for i, (t, c) in enumerate(sections)
        )
        body = f"<div class='accordion'>{body}</div>"
    else:
        body = "".join(f"<h2>{esc(t)}</h2>{c}" for t, c in sections)
    top = aside if site.cta_aside else ""
    feedback = ""
    if site.feedback_form:
        post = esc(layout.href(url, layout.root + "/feedback"))
        feedback = (
            f"<form class='feedback' method='post' action='{post}'>"
            "<fieldset><legend>Was deze informatie nuttig?</legend><button type='submit' "
            "name='nuttig' value='ja'>Ja</button><button type='submit' name='nuttig' value='nee'>"
            "Nee</button><label for='fb'>Wat kunnen wij verbeteren?</label><textarea id='fb' "
            "name='toelichting'></textarea></fieldset></form>"
        )
        row.traps.append("contact_form")
    return (
        f"<article class='product'><h1>{esc(row.title)}</h1>{top}{body}{related}</article>"
        f"{feedback}"
    )


def not_offered_main(site: RSite, title: str, statements: list[str]) -> str:
    paragraphs = "".join(f"<p>{esc(s.format(org=site.short))}</p>" for s in statements)
    return (
        f"<h1>{esc(title)}</h1><p>Regels en heffingen veranderen. Hieronder leest u wat "
        f"{esc(site.short)} wel en niet meer doet.</p><h2>Wat is veranderd?</h2>{paragraphs}"
        "<h2>Vragen?</h2><p>Neem contact op met ons Klant Contact Centrum.</p>"
    )


def english_main(row: RRow, action: str) -> str:
    return (
        f"<h1>{esc(row.product.name_en)}</h1><p>This page is for international residents of "
        f"{esc(row.site.short)}. The Dutch page has the full information.</p>{action}"
    )


def index_main(layout: Layout, url: str, entries: list[tuple[str, str, bool]]) -> str:
    """The A-Z list: (title, URL, for businesses) entries, citizens and businesses apart."""
    parts = []
    for business, heading in ((False, "Inwoners"), (True, "Ondernemers")):
        items = sorted((t.lower(), t, u) for t, u, b in entries if b == business)
        if items:
            links = "".join(f"<li>{layout.a(url, u, t)}</li>" for _, t, u in items)
            parts.append(f"<h2>{heading}</h2><ul class='a-z'>{links}</ul>")
    return "<h1>Onderwerpen van A tot Z</h1>" + "".join(parts)


def home_main(
    site: RSite, layout: Layout, top: list[tuple[str, str]], extra: list[tuple[str, str]]
) -> str:
    url = site.home_url
    tasks = "".join(f"<li>{layout.a(url, u, t)}</li>" for t, u in top)
    more = "".join(f"<li>{layout.a(url, u, t)}</li>" for t, u in extra)
    return (
        f"<h1>Welkom bij {esc(site.org.name)}</h1><section class='toptaken'><h2>Direct naar"
        f"</h2><ul>{tasks}</ul></section><section><h2>Meer</h2><ul>{more}</ul></section>"
    )


def consent_page(site: RSite) -> str:
    """A cookie-consent interstitial: almost no content, and two ways on."""
    if site.consent == "form":
        choice = (
            "<form method='get' action='/cookiekeuze'><input type='hidden' name='terug' "
            "value='/home'><button type='submit' name='keuze' value='alle'>Alle cookies "
            "accepteren</button><button type='submit' name='keuze' value='noodzakelijk'>Alleen "
            "noodzakelijke cookies</button></form>"
        )
    else:
        choice = (
            "<p><a class='knop' href='/home?cookies=alle'>Accepteren</a> "
            "<a class='knop' href='/home?cookies=noodzakelijk'>Weigeren</a></p>"
        )
    return (
        f"<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n<title>Cookies | "
        f"{esc(site.org.name)}</title>\n</head>\n<body class='cookiewall'>\n<div role='dialog' "
        f"aria-label='Cookie-instellingen'><h1>{esc(site.short)} gebruikt cookies</h1><p>Wij "
        "gebruiken cookies om de website goed te laten werken en om het gebruik te meten. Maak "
        f"een keuze om verder te gaan.</p>{choice}</div>\n</body>\n</html>\n"
    )


def splash_page(site: RSite) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n<title>"
        f"{esc(site.org.name)}</title>\n</head>\n<body class='taalkeuze'>\n<h1>Kies uw taal / "
        "Choose your language</h1><ul><li><a href='/home' hreflang='nl'>Nederlands</a></li>"
        "<li><a href='/en/' hreflang='en'>English</a></li></ul>\n</body>\n</html>\n"
    )


def soft404_main() -> str:
    return (
        "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). "
        "Misschien is de pagina verplaatst of heeft u een verkeerd adres ingetypt.</p>"
        "<p>Gebruik de zoekfunctie of ga naar de homepage.</p>"
    )
