"""The signal vocabulary of verdicts and how levels follow from signals.

A verdict stores its raw signals (`Verdict.signals`), so every convention can be recomputed
from a stored classification without crawling again:

* `level_from_signals(signals)`: the `authenticated` convention (an authenticated form is 100);
* `level_from_signals(signals, strict=True)`: 100 only with `prefill_text`, else 67.

The EU eGovernment Benchmark scale is scoring's (`scoring.cells.eu_scores`).

The names are the simulated web's label vocabulary (`testweb` labels.csv `signals`); the
rule files may use no other names (checked at load).
"""

from __future__ import annotations

from collections.abc import Iterable

#: Signals of a route the product can be requested through, with the level each gives.
ROUTE_LEVELS: dict[str, int] = {
    "pdf_form": 33,  # a downloadable PDF form
    "pdf_fillable": 33,  # ... with AcroForm fields (still printed or mailed: 33)
    "doc_form": 33,  # a DOC, DOCX, ODT or RTF form
    "html_form": 67,  # a web form for this product, no DigiD/eHerkenning needed
    "js_form": 67,  # a web form built by JavaScript (Open Forms and the like)
    "own_login": 67,  # a web form behind the organisation's own account (not DigiD)
    "digid": 100,  # a form behind DigiD
    "eherkenning": 100,  # a form behind eHerkenning
    "eidas": 100,  # a form behind eIDAS (European login)
    "yivi": 100,  # a form behind Yivi
}
AUTH_SIGNALS: frozenset[str] = frozenset({"digid", "eherkenning", "eidas", "yivi"})

#: Facts that qualify a verdict without giving a level of their own.
INFO_SIGNALS: frozenset[str] = frozenset(
    {
        "prefill_text",  # explicit pre-fill evidence: 100 also under the strict convention
        "appointment_online",  # an online appointment booking (never a form)
        "mailto",  # an e-mail address to send something to (never a form)
        "via_delegation",  # the route belongs to another body (verdict `via`)
        "not_offered_text",  # the organisation says it does not offer the product
        "not_online_text",  # the page says the product cannot be requested online
        "login_text",  # the product text says the online route needs a login
        "payment_step",  # the route takes an online payment (iDEAL)
        "shared_page",  # the product page is also another product's page: to review
    }
)

#: Things recognised and deliberately not counted (they explain why a level was not raised).
TRAP_SIGNALS: frozenset[str] = frozenset(
    {
        "trap_contact_form",  # a generic contact form
        "trap_search_form",  # a site search form
        "trap_newsletter_form",  # a newsletter sign-up
        "trap_feedback_form",  # a "was this page useful?" widget
        "trap_vergunningcheck",  # a check or wizard that is not a request (vergunningcheck)
        "trap_regulation_pdf",  # a document that is a regulation, tariff list or brochure
        "trap_auxiliary_pdf",  # an auxiliary form next to the real route (consent, statement)
        "trap_footer_digid",  # a DigiD/eHerkenning marker outside the main content
        "trap_site_login",  # a site-wide "Mijn ..." login, not the product's route
        "trap_news_article",  # a news article mentioning the product
        "trap_old_pdf_text",  # text about an old form without a link to it
        "trap_idp_info_link",  # a link to information about DigiD itself
        "trap_dead_link",  # a route link whose target answered 404/410
        "trap_mailto",  # an e-mail address for questions, not for the request
    }
)

SIGNALS: frozenset[str] = frozenset(ROUTE_LEVELS) | INFO_SIGNALS | TRAP_SIGNALS

#: The order signals are written in (`Verdict.signals`), so verdict rows are stable.
SIGNAL_ORDER: dict[str, int] = {
    name: i for i, name in enumerate([*ROUTE_LEVELS, *sorted(INFO_SIGNALS), *sorted(TRAP_SIGNALS)])
}


def sort_signals(signals: Iterable[str]) -> tuple[str, ...]:
    """Unique signals in the vocabulary's order."""
    return tuple(sorted(set(signals), key=lambda s: (SIGNAL_ORDER.get(s, 999), s)))


def level_from_signals(signals: Iterable[str], *, strict: bool = False) -> int:
    """The level the counted signals of a verdict give (the highest route wins).

    `strict`: an authenticated form is 100 only when `prefill_text` is among the signals.
    """
    names = set(signals)
    level = max((ROUTE_LEVELS[s] for s in names if s in ROUTE_LEVELS), default=0)
    if strict and level == 100 and "prefill_text" not in names:
        return 67
    return level
