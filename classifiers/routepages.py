"""What a page on a route is, by what it shows: a route itself (a login, a form, a call to
action announcing a login), a form page rather than an information page, or a list of other
products' routes (a forms overview), which a person looking for this product leaves unless
an entry names it."""

from __future__ import annotations

from collections.abc import Callable

from classifiers.hostkinds import is_route_host
from classifiers.pagefacts import PageFacts, analyze_html
from classifiers.ruleset import RuleSet
from digimeter.core.pages import Page

#: A page whose entries name this many other products is a list of their routes.
OTHERS_LISTED = 3


def offers_itself(facts: PageFacts) -> bool:
    """True when a page is a route itself: a login, a request form, a script form, or a
    call to action that announces a login ('Inloggen met DigiD')."""
    return bool(
        facts.logins or facts.js_pending or facts.js_built
        or any(f.signal in ("html_form", "own_login") for f in facts.forms)
        or any(link.claims and not link.item_only for link in facts.links)
    )  # fmt: skip


def offers_more(facts: PageFacts) -> bool:
    """True when a page says the product cannot be done online, or offers a way on besides
    its portal logins: a document or a call to action. Another body's page about the product
    that offers neither has its portal ('In Mijn ROVA regelt u dit') as the way."""
    return any(f.signal == "not_online_text" for _, f in facts.phrases) or any(
        not link.info_rule and (link.is_document or any(r.startswith("cta.") for r in link.reasons))
        for link in facts.links
    )


#: A page with more main text than this informs; a form page says little besides its form.
FORM_PAGE_MAX_CHARS = 700


def is_form_page(rules: RuleSet, page: Page) -> bool:
    """True when a page is a route (a web form, a login gate, a script form) rather than a
    product's information page: it offers a route itself and says little else, or it is on
    a route host. Discovery prefers an information page that links to it as product_url."""
    if is_route_host(page.url):
        return True
    facts = analyze_html(rules, page, hop=0)
    if facts is None or not offers_itself(facts):
        return False
    return len(facts.main_text) <= FORM_PAGE_MAX_CHARS


def lists_others(facts: PageFacts, another: Callable[[str], bool]) -> bool:
    """True when the page's ways on name OTHERS_LISTED other products or more (`another`,
    an e-loket's 'Bezwaar maken', 'Bomen kappen', 'Grofvuil', ...): a list of routes, where
    an entry that does not name the product ('Geen inkomen') is some other product's."""
    return len({link.url for link in facts.links if another(link.text)}) >= OTHERS_LISTED
