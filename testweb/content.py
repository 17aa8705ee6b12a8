"""The words on a product page: what it is, how to request it (the call to action), and traps.

Wordings vary per organisation and product the way real pages do ("DigiD link Verhuizing
doorgeven", "Online regelen", "(met eHerkenning)", "Aanvraagformulier (pdf, 117 kB)",
"Maak een afspraak", "U kunt dit alleen aan de balie aanvragen").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from testweb.markup import a, esc
from testweb.model import Route, Row

OMGEVINGSLOKET_CHECK = "http://omgevingswet.overheid.test/checken/"


@dataclass
class Content:
    title: str
    intro: str
    how: str
    action: str
    conditions: tuple[str, ...]
    needs: tuple[str, ...]
    costs: str
    duration: str
    extra: str = ""
    #: Links to documents shown in a 'Downloads' block (label, url).
    downloads: list[tuple[str, str]] = field(default_factory=list)
    online: bool = False


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _base_title(title: str) -> str:
    """'Paspoort aanvragen' -> 'Paspoort' (to add 'aanvragen' once)."""
    return title.removesuffix(" aanvragen")


def _auth_cta(row: Row, route: Route, logo: str) -> str:
    rng, title = row.rng, row.title
    href = route.target
    login = " of ".join(
        n for n, on in (("DigiD", route.digid), ("eHerkenning", route.eherkenning)) if on
    )
    style = rng.randrange(6)
    if route.start_link and route.digid and route.eherkenning:
        business = href.replace("/digid/start", "/eherkenning/start")
        return (
            f'<p class="cta">{a(href, f"{title} (met DigiD)", "button button--digid")}</p>'
            f'<p class="cta">{a(business, f"{title} (met eHerkenning)", "button")}</p>'
        )
    if route.digid and route.eherkenning and style in (0, 1):
        return (
            f'<p class="cta">{a(href, f"{title} (met DigiD)", "button button--digid")}</p>'
            f'<p class="cta">{a(href, f"{title} (met eHerkenning)", "button button--eherk")}</p>'
        )
    if style == 0 and route.digid:
        return (
            f'<p><a class="button button--digid" href="{esc(href)}"><img src="{logo}" '
            f'alt="DigiD" width="28"> {esc(title)}</a></p>'
        )
    if style == 1:  # "Inloggen met DigiD Verhuizing doorgeven" (Medemblik)
        button = a(href, f"Inloggen met {login}", "btn btn-login")
        return f"<p>{button} {esc(title)}</p>"
    if style == 2:
        return f"<p>U logt in met {login}.</p><p>{a(href, 'Online regelen', 'btn btn-primary')}</p>"
    if style == 3:
        link = a(href, f"{_base_title(title)} online aanvragen")
        return f'<p class="direct">&gt;&gt; {link} (u logt in met {login})</p>'
    if style == 4:
        return (
            f'<div class="digid-block"><p>Voor dit formulier heeft u {login} nodig.</p>'
            f"<p>{a(href, 'Direct regelen', 'button')}</p></div>"
        )
    return f"<p>{a(href, f'{_base_title(title)} aanvragen')} (met {login})</p>"


def _form_cta(row: Row, route: Route) -> str:
    href = route.target
    style = row.rng.randrange(5)
    if style == 0:
        return (
            f"<p>{a(href, 'Vul het online formulier in', 'button')}. U hoeft niet in te loggen.</p>"
        )
    if style == 1:
        return f"<p>{a(href, 'Online regelen', 'btn btn-primary')}</p>"
    if style == 2:
        return f"<p>Gebruik het {a(href, f'formulier {_lower_first(row.title)}')}.</p>"
    if style == 3:
        return f"<p>{a(href, 'Direct regelen', 'button')} (zonder inloggen)</p>"
    return f"<p>U kunt dit online doorgeven: {a(href, 'naar het formulier')}.</p>"


def _doc_cta(row: Row, route: Route, size: str) -> str:
    kind = {"docx": "docx", "odt": "odt"}.get(route.platform, ("pdf", "PDF")[row.rng.randrange(2)])
    label = f"Aanvraagformulier {_lower_first(row.title)} ({kind}, {size})"
    style = row.rng.randrange(3)
    where = (
        "Stuur het ingevulde en ondertekende formulier naar ons postadres of lever het in bij "
        "de balie."
    )
    if style == 0:
        return (
            "<p>Download het formulier, vul het in en onderteken het.</p>"
            f"<p>{a(route.url, label)}</p><p>{where}</p>"
        )
    if style == 1:
        link = a(route.url, f"Aanvraagformulier downloaden ({kind})")
        return f"<p>&gt;&gt; {link} ({size})</p><p>{where}</p>"
    return f"<ul class='downloads'><li>{a(route.url, label)}</li></ul><p>{where}</p>"


def _info_cta(row: Row) -> str:
    site = row.site
    options = (
        "U kunt dit aanvragen aan de balie. Maak hiervoor een afspraak via telefoonnummer "
        f"{site.phone}.",
        f"Neem telefonisch contact met ons op via {site.phone}. Wij sturen u dan de informatie "
        "toe.",
        f"Stuur een brief met uw gegevens en uw verzoek naar {site.org.name}, Postbus "
        f"{100 + sum(map(ord, site.org.code)) % 900}.",
        "Vraag het formulier op bij de balie of telefonisch. Het formulier staat niet op de "
        "website.",
    )
    choice = row.rng.randrange(len(options))
    text = f"<p>{esc(options[choice])}</p>"
    if choice == len(options) - 1 and "not_online_text" not in row.extra_signals:
        row.extra_signals.append("not_online_text")  # 'Het formulier staat niet op de website'

    if "not_online_text" in row.extra_signals:
        text = "<p>Aanvragen via internet is niet mogelijk.</p>" + text
    return text


def action_html(row: Row, route: Route, *, logo: str, size: str = "") -> str:
    """The call to action for one route of a product page."""
    site = row.site
    if route.channel == "auth":
        return _auth_cta(row, route, logo)
    if route.channel == "form":
        return _form_cta(row, route)
    if route.channel == "document":
        return _doc_cta(row, route, size)
    if route.channel == "appointment":
        return (
            "<p>U moet hiervoor persoonlijk langskomen. "
            f"{a(route.url, 'Maak een afspraak', 'button')}"
            f" of bel {site.phone}.</p>"
        )
    if route.channel == "mail":
        address = f"loket@{site.domain}"
        return (
            f"<p>Stuur een e-mail met uw naam, adres en uw verzoek naar "
            f'<a href="mailto:{address}">{address}</a>.</p>'
        )
    return _info_cta(row)


def via_html(row: Row) -> str:
    """The product page sends the user to another body's route."""
    body, site = row.via, row.site
    assert body is not None and row.primary is not None
    link = body.pages.get(row.product.key) or row.primary.url
    suffix = ("", " (externe link)", " (Verwijst naar een externe website)")[row.rng.randrange(3)]
    if body.kind == "omgevingsloket":
        text = (
            f"<p>U vraagt de vergunning aan via het landelijke Omgevingsloket. U logt daar in "
            "met DigiD of eHerkenning.</p>"
            f"<p>{a(link, 'Aanvragen in het Omgevingsloket', 'button')}"
            f"{esc(suffix)}</p>"
        )
        if "vergunningcheck" in row.traps:
            text += (
                f"<p>Weet u niet of u een vergunning nodig heeft? Doe eerst de "
                f"{a(OMGEVINGSLOKET_CHECK, 'vergunningcheck')}.</p>"
            )
        return text
    if body.kind == "parking":
        return (
            f"<p>Parkeervergunningen regelt u in het digitale parkeerloket van {esc(site.short)}."
            f"</p><p>{a(link, 'Naar het parkeerloket')}{esc(suffix)}</p>"
        )
    who = esc(body.name)
    return (
        f"<p>{who} voert dit uit voor {esc(site.org.name)}. Kijk op de website van {who}:</p>"
        f"<p>{a(link, f'{row.title} bij {body.name}')}{esc(suffix)}</p>"
    )


def secondary_html(row: Row, route: Route, size: str) -> str:
    if route.channel == "document":
        return (
            f"<p>Liever op papier? Download het {a(route.url, f'aanvraagformulier (pdf, {size})')}"
            " en stuur het naar ons op.</p>"
        )
    if route.channel == "form":
        link = a(route.target, "formulier zonder DigiD")
        return f"<p>Heeft u geen DigiD? Vul dan het {link} in.</p>"
    return ""


def trap_html(
    row: Row, *, regulation: tuple[str, str, str] | None, auxiliary: tuple[str, str, str] | None
) -> str:
    """Traps inside the main content: regulation PDF, mailto, auxiliary PDF, old-form text."""
    parts: list[str] = []
    if regulation is not None:
        label, url, size = regulation
        parts.append(f"<p>De regels staan in de {a(url, f'{label} (pdf, {size})')}.</p>")
    if auxiliary is not None:
        label, url, size = auxiliary
        parts.append(
            f"<p>Soms heeft u ook dit formulier nodig: {a(url, f'{label} (pdf, {size})')}.</p>"
        )
    if "mailto" in row.traps:
        address = f"info@{row.site.domain}"
        parts.append(
            f'<p>Heeft u een vraag? Mail naar <a href="mailto:{address}">{address}</a>.</p>'
        )
    if "old_pdf_text" in row.traps:
        parts.append(
            "<p>Let op: het oude papieren aanvraagformulier (pdf) nemen wij niet meer in "
            "behandeling. Gebruik het online formulier.</p>"
        )
    if "contact_form" in row.traps and "contact_sidebar" not in row.site.traps:
        parts.append(
            "<p>Vragen? Gebruik ons "
            f"{a(f'http://{row.site.host}/contact', 'contactformulier')}.</p>"
        )
    return "".join(parts)


def how_text(row: Row) -> str:
    route = row.primary
    if row.via is not None:
        return f"Dit product wordt geregeld door {row.via.name}."
    if route is None:
        return ""
    return {
        "auth": "U regelt dit online. U logt in en vult het formulier in.",
        "form": "U vult een formulier in op de website en verstuurt het.",
        "document": "U vult een formulier in op papier en stuurt het naar ons op.",
        "appointment": "U maakt een afspraak en komt persoonlijk langs.",
        "mail": "U stuurt ons een e-mail.",
        "info": "U neemt contact met ons op.",
        "own_login": "U maakt een account aan en vult het formulier in.",
    }[route.channel]
