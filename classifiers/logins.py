"""Login markers: DigiD, eHerkenning, eIDAS and Yivi on a route (rules/logins.toml).

A crawler never logs in, so a login is seen as a link or redirect to an identity provider,
a platform's login start URL, or a login button on the form page. Links *about* DigiD and
site-wide "Mijn ..." logins are recognised so that they raise nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

from lxml.etree import _Element

from classifiers.findings import Finding, snippet_around
from classifiers.html import element_text
from classifiers.routes import identity_provider_rule
from classifiers.rule import Rule
from classifiers.ruleset import RuleSet

_URL_CACHE: dict[tuple[int, str, str], Finding | None] = {}


def _cached(
    kind: str, rules: RuleSet, url: str, compute: Callable[[RuleSet, str], Finding | None]
) -> Finding | None:
    key = (id(rules), kind, url)
    if key not in _URL_CACHE:
        if len(_URL_CACHE) > 200_000:
            _URL_CACHE.clear()
        _URL_CACHE[key] = compute(rules, url)
    return _URL_CACHE[key]


def idp_login(rules: RuleSet, url: str) -> Finding | None:
    """A login finding when `url` is an identity provider's login endpoint."""
    return _cached("idp", rules, url, _idp_login)


def login_url(rules: RuleSet, url: str) -> Finding | None:
    """A login finding when `url` is a platform's login start URL (/auth/<form>/digid/start)."""
    return _cached("start", rules, url, _login_url)


def _idp_login(rules: RuleSet, url: str) -> Finding | None:
    idp = identity_provider_rule(url)
    if not idp:
        return None
    if any(r.search("url", url) for r in rules.section("login_info")):
        return None
    for rule in rules.section("idp_signal"):
        if rule.search("idp_rule", idp):
            return Finding(rule.signal, rule.id, url, f"{idp}: {url[:120]}", rule.weight)
    return None


def _login_url(rules: RuleSet, url: str) -> Finding | None:
    for rule in rules.section("login_url"):
        match = rule.search("url", url)
        if match:
            return Finding(rule.signal, rule.id, url, url[:SNIP], rule.weight)
    return None


SNIP = 160


def info_link(rules: RuleSet, url: str, text: str) -> Rule | None:
    """The rule when a link is about a login means or is a site-wide portal login."""
    for rule in (*rules.section("login_info"), *rules.section("site_login")):
        if rule.search("url", url) or rule.search("text", text):
            return rule
    return None


def status_lead_in(rules: RuleSet, text: str, lead_in: str) -> Rule | None:
    """The rule when a link that is only a login (`text`: 'Inloggen met DigiD') follows a
    sentence ('Heeft u al een aanvraag gedaan? Bekijk de status ...') that makes it a way to
    follow a request already made."""
    if not lead_in:
        return None
    return next(
        (
            r
            for r in rules.section("status_lead_in")
            if r.search("link", text) and r.search("text", lead_in)
        ),
        None,
    )


def portal_login(rules: RuleSet, url: str, text: str, lead_in: str) -> Rule | None:
    """The rule when a link that is only a login ('DigiD Inloggen') leads into a personal
    portal's address (mijn.<site>/, /mijn-omgeving/digid/start): the site's login, unless
    the sentence before it (`lead_in`) says it is the way to request."""
    return next(
        (
            r
            for r in rules.section("portal_login")
            if r.search("link", text)
            and r.search("url", url)
            and not (lead_in and r.search("unless", lead_in))
        ),
        None,
    )


def says_no_login(rules: RuleSet, text: str) -> bool:
    return any(rule.search("text", text) for rule in rules.section("no_login"))


def link_claims(rules: RuleSet, url: str, text: str) -> list[Finding]:
    """Logins a call to action announces in its own text ('DigiD link ...', '(met DigiD)')."""
    if says_no_login(rules, text) or info_link(rules, url, text):
        return []
    found: list[Finding] = []
    for rule in rules.section("login_link_text"):
        match = rule.search("text", text)
        if match:
            found.append(
                Finding(rule.signal, rule.id, url, snippet_around(text, match), rule.weight)
            )
    return found


def _button_findings(rules: RuleSet, el: _Element, url: str) -> list[Finding]:
    text = element_text(el) or el.get("value") or el.get("aria-label") or el.get("alt") or ""
    found: list[Finding] = []
    for rule in rules.section("login_button"):
        match = rule.search("text", text)
        if match is None:
            for img in el.iter("img", "input"):
                for value in (img.get("alt") or "", (img.get("src") or "").lower()):
                    match = match or rule.search("image", value.strip())
        if match is not None:
            found.append(
                Finding(rule.signal, rule.id, url, snippet_around(text, None), rule.weight)
            )
    return found


def gate_logins(rules: RuleSet, scope: _Element, page_url: str, *, hop: int) -> list[Finding]:
    """Login evidence that makes the page itself a login gate to a form.

    Links and form actions to identity providers or login start URLs count at every hop; a
    <button> or submit control saying 'Inloggen met DigiD' counts too, and so does such a
    link on a form page (hop 1 and on) when it goes nowhere else (no href, '#', a script).
    A link to another page that says 'met DigiD' is a call to action whose target decides
    (see `link_claims`).
    """
    found: list[Finding] = []
    for el in scope.iter("a", "button", "input", "form"):
        target = el.get("href") if el.tag == "a" else el.get("action") if el.tag == "form" else ""
        url = urljoin(page_url, target.strip()) if target else ""
        if url.startswith("http"):
            direct = idp_login(rules, url) or login_url(rules, url)
            if direct is not None:
                text = element_text(el) if el.tag == "a" else ""
                said = {f.signal for f in _button_findings(rules, el, page_url)}
                for signal in sorted(said - {direct.signal}) if said else []:
                    # a broker that also serves eIDAS or Yivi: the button says which one
                    found.append(Finding(signal, direct.rule, page_url, text[:SNIP], direct.weight))
                if not said or direct.signal in said:
                    found.append(
                        Finding(
                            direct.signal,
                            direct.rule,
                            page_url,
                            (text or url)[:SNIP],
                            direct.weight,
                        )
                    )
                continue
        kind = (el.get("type") or "").lower()
        if el.tag == "form" or (el.tag == "input" and kind not in ("submit", "image", "button")):
            continue
        if el.tag == "a" and (hop == 0 or (url.startswith("http") and url != page_url)):
            continue
        if el.tag == "a" and url and info_link(rules, url, element_text(el)):
            continue
        found += [
            Finding(f.signal, f.rule, page_url, f.snippet, f.weight)
            for f in _button_findings(rules, el, page_url)
        ]
    return found
