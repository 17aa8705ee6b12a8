"""Sites of shared bodies and national services: tax offices, social services, parking portals,
the Omgevingsloket, BIJ12, and the simulated DigiD and eHerkenning identity providers."""

from __future__ import annotations

import random

from digimeter.core.model import Product
from testweb.documents import Document, pdf_bytes, size_label
from testweb.forms import PREFILL_TEXTS, login_buttons
from testweb.markup import a, esc
from testweb.model import Route, SharedBody
from testweb.productdata import ProductText
from testweb.shared import BIJ12_PORTAL, OMGEVINGSLOKET, SharedBodies
from testweb.writer import SiteWriter

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46">'
    '<rect width="46" height="46"/></svg>'
)


def _page(title: str, brand: str, main: str, *, home: str = "/") -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n<title>{esc(title)} | "
        f"{esc(brand)}</title>\n</head>\n<body>\n<header "
        f"class='site-header'>{a(home, brand)}</header>\n"
        f"<main>{main}</main>\n<footer><p>{esc(brand)}</p></footer>\n</body>\n</html>\n"
    )


def _assets(writer: SiteWriter, host: str) -> None:
    for name in ("digid.svg", "eherkenning.svg"):
        url = f"http://{host}/static/img/{name}"
        if not writer.exists(url):
            writer.write(url, SVG)


def _route_page(
    writer: SiteWriter, body: SharedBody, key: str, route: Route, title: str, rng: random.Random
) -> str:
    """Write the body's route page or file; return the call to action for its product page."""
    if route.channel == "document":
        data = pdf_bytes(
            Document(
                f"Aanvraagformulier {title.lower()}",
                ("Vul het formulier volledig in.",),
                fields=("Naam", "Adres", "Burgerservicenummer", "Inkomen", "Handtekening"),
                author=body.name,
            ),
            fillable=route.platform == "pdf_fillable",
        )
        writer.write(route.url, data)
        return f"<p>{a(route.url, f'Aanvraagformulier (pdf, {size_label(data)})')}</p>"
    if route.channel == "info":
        return f"<p>Neem contact op met {esc(body.name)} via het algemene telefoonnummer.</p>"
    host = route.url.split("/")[2]
    _assets(writer, host)
    if route.channel == "form":
        fields = "".join(
            f"<label for='f{i}'>{esc(lbl)} *</label><input id='f{i}' name='f{i}'>"
            for i, lbl in enumerate(("Naam", "Adres", "E-mailadres", "Aanslagnummer"))
        )
        writer.write(
            route.url,
            _page(
                title,
                body.name,
                f"<h1>{esc(title)}</h1><form method='post' "
                f"action='{route.url}'><p>Velden met een * zijn verplicht</p>{fields}"
                "<button type='submit'>Versturen</button></form>",
            ),
        )
        return f"<p>{a(route.url, 'Vul het online formulier in')}</p>"
    prefill = (
        f"<p class='prefill-note'>{PREFILL_TEXTS[rng.randrange(3)]}</p>" if route.prefill else ""
    )
    writer.write(
        route.url,
        _page(
            title,
            body.name,
            f"<h1>{esc(title)}</h1><p>Log in om verder te gaan."
            f"</p>{login_buttons(route, route.url)}{prefill}",
        ),
    )
    return f"<p>{a(route.url, 'Direct regelen (inloggen met DigiD)', 'button')}</p>"


def write_body_site(
    writer: SiteWriter,
    body: SharedBody,
    products: dict[str, Product],
    texts: dict[str, ProductText],
    seed: int,
) -> None:
    """A tax office or social service: a homepage and a page per product with its route."""
    rng = random.Random(f"{seed}:body:{body.host}")
    links = []
    for key, page in sorted(body.pages.items()):
        if key not in products:
            continue
        title = texts[key].titles[0]
        cta = _route_page(writer, body, key, body.routes[key], title, rng)
        trap = ""
        if key == "belastingkwijtschelding":
            brochure = f"http://{body.host}/documenten/brochure-kwijtschelding.pdf"
            if not writer.exists(brochure):
                writer.write(
                    brochure,
                    pdf_bytes(
                        Document(
                            "Brochure kwijtschelding",
                            (
                                "In deze brochure leest u wanneer u kwijtschelding kunt krijgen.",
                                "Deze brochure is geen aanvraagformulier.",
                            ),
                            author=body.name,
                        )
                    ),
                )
            trap = f"<p>Meer uitleg staat in de {a(brochure, 'brochure kwijtschelding (pdf)')}.</p>"
        members = ", ".join(body.members)
        main = (
            f"<h1>{esc(title)}</h1><p>{esc(texts[key].intro[0])}</p><p>{esc(body.name)} voert dit "
            "uit voor de deelnemende organisaties "
            f"({esc(members)}).</p><h2>Aanvragen</h2>{cta}{trap}"
        )
        writer.write(page, _page(title, body.name, main))
        links.append((title, page))
    items = "".join(f"<li>{a(u, t)}</li>" for t, u in links)
    writer.write(
        f"http://{body.host}/",
        _page("Home", body.name, f"<h1>{esc(body.name)}</h1><ul>{items}</ul>"),
    )
    writer.write(f"http://{body.host}/robots.txt", "User-agent: *\nDisallow:\n")


def write_parking_portal(writer: SiteWriter, body: SharedBody) -> None:
    route = body.routes["parkeervergunning"]
    _assets(writer, body.host)
    main = (
        f"<h1>Digitaal parkeerloket</h1><p>Vraag uw parkeervergunning aan, beheer uw kentekens en "
        f"betaal met iDEAL.</p>{login_buttons(route, route.url)}"
    )
    writer.write(route.url, _page("Parkeerloket", body.name, main))


def write_national_services(writer: SiteWriter, bodies: SharedBodies) -> None:
    """The Omgevingsloket, BIJ12 with MijnFaunazaken, and the identity providers."""
    host = f"http://{OMGEVINGSLOKET}"
    _assets(writer, OMGEVINGSLOKET)
    loket_route = bodies.omgevingsloket.routes["omgevingsvergunning"]
    writer.write(
        f"{host}/",
        _page(
            "Omgevingsloket",
            "Omgevingsloket",
            "<h1>Omgevingsloket</h1><ul>"
            f"<li>{a(f'{host}/checken/', 'Vergunningcheck doen')}</li>"
            f"<li>{a(f'{host}/aanvragen/', 'Aanvragen of melden')}</li></ul>",
        ),
    )
    writer.write(
        f"{host}/aanvragen/",
        _page(
            "Aanvragen en melden",
            "Omgevingsloket",
            "<h1>Aanvraag of melding indienen</h1><p>Log in met DigiD (als particulier) of "
            "eHerkenning (als "
            "bedrijf).</p>"
            + login_buttons(loket_route, f"{host}/aanvragen/")
            + "<p class='prefill-note'>Na het inloggen haalt het Omgevingsloket uw gegevens op "
            + "uit de "
            "basisregistraties; uw naam en adres zijn al ingevuld.</p>",
        ),
    )
    writer.write(
        f"{host}/checken/",
        _page(
            "Vergunningcheck",
            "Omgevingsloket",
            "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft niet in te "
            "loggen. "
            "Dit is geen aanvraag.</p><form method='get' action='/checken/vragen'><label "
            "for='adres'>Adres"
            "</label><input id='adres' name='adres'><label for='werk'>Wat wilt u "
            "doen?</label><input "
            "id='werk' name='werk'><button type='submit'>Start de check</button></form>",
        ),
    )
    writer.write(f"{host}/robots.txt", "User-agent: *\nDisallow:\n")
    bij12 = bodies.bij12
    page = bij12.pages["schadevergoeding-provincie"]
    portal = bij12.routes["schadevergoeding-provincie"].url
    writer.write(
        f"http://{bij12.host}/",
        _page("BIJ12", "BIJ12", f"<h1>BIJ12</h1><p>{a(page, 'Faunaschade')}</p>"),
    )
    writer.write(
        page,
        _page(
            "Tegemoetkoming faunaschade aanvragen",
            "BIJ12",
            "<h1>Tegemoetkoming in faunaschade aanvragen</h1><p>Heeft u schade door "
            "beschermde dieren? U vraagt een tegemoetkoming aan in MijnFaunazaken. U "
            "maakt daarvoor een eigen account aan; inloggen gaat met een code per e-mail."
            f"</p><p>{a(portal, 'Inloggen in MijnFaunazaken')}</p>",
        ),
    )
    writer.write(
        portal,
        _page(
            "Inloggen",
            "MijnFaunazaken",
            "<h1>Inloggen</h1><form method='post' action='/verificatiecode'><label "
            "for='mail'>E-mailadres</label><input id='mail' name='email' type='email'>"
            "<label for='pw'>Wachtwoord</label><input id='pw' name='wachtwoord' "
            "type='password'><button type='submit'>Inloggen</button></form><p>"
            f"{a(f'http://{BIJ12_PORTAL}/registreren', 'Account aanmaken')}</p>",
        ),
    )
    writer.write(
        f"http://{BIJ12_PORTAL}/registreren",
        _page(
            "Registreren",
            "MijnFaunazaken",
            "<h1>Account aanmaken</h1><form method='post' action='/inloggen'><label for='m'>"
            "E-mailadres</label><input id='m' name='email'><button>Registreren</button></form>",
        ),
    )
    write_identity_providers(writer)


def write_identity_providers(writer: SiteWriter) -> None:
    writer.write(
        "http://digid-sim.test/",
        _page("DigiD", "DigiD", "<h1>DigiD</h1><p>Met DigiD logt u veilig in bij de overheid.</p>"),
    )
    writer.write(
        "http://digid-sim.test/saml/idp/request_authentication",
        _page(
            "Inloggen",
            "DigiD",
            "<img src='/static/img/digid.svg' alt='DigiD logo'><h1>Inloggen bij DigiD</h1>"
            "<form method='post' action='/saml/idp/request_authentication'><label for='u'>DigiD "
            "gebruikersnaam"
            "</label><input id='u' name='username'><label for='p'>Wachtwoord</label><input id='p' "
            "name='password' type='password'><button type='submit'>Inloggen</button></form>",
        ),
    )
    writer.write("http://digid-sim.test/static/img/digid.svg", SVG)
    writer.write(
        "http://eherkenning-sim.test/broker/select",
        _page(
            "Kies uw leverancier",
            "eHerkenning",
            "<h1>Inloggen met eHerkenning</h1><p>Selecteer de "
            "leverancier van uw inlogmiddel.</p><ul><li>Leverancier A</li><li>Leverancier "
            "B</li></ul>",
        ),
    )
    writer.write(
        "http://eherkenning-sim.test/", _page("eHerkenning", "eHerkenning", "<h1>eHerkenning</h1>")
    )
    for host in ("digid-sim.test", "eherkenning-sim.test"):
        writer.write(f"http://{host}/robots.txt", "User-agent: *\nDisallow: /\n")
