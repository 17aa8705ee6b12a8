"""From the routes of a case to its verdict: status, levels, signals, evidence, confidence.

* found -> `ok` with the highest route's level, or `not_offered` when the product page says
  the organisation does not offer the product (a phrase of rules/phrases.toml, or a sentence
  that says so in other words: `classifiers.notoffered`) and no route of level 33 or more
  exists;
* not_found -> `not_found`, unreachable -> `unreachable` (reason in the evidence), no level;
* `level` follows the authenticated convention, `level_strict` gives an authenticated form
  100 only with explicit pre-fill evidence (`prefill_text`), else 67;
* `signals` holds every counted route signal, so `signals.level_from_signals` recomputes
  both levels, plus qualifiers and the traps that were recognised and not counted.
"""

from __future__ import annotations

from classifiers.findings import Finding
from classifiers.hosts import mentions_product
from classifiers.notoffered import not_offered_statement
from classifiers.offers import NOTED_STEPS
from classifiers.pagefacts import PageFacts
from classifiers.ruleset import RuleSet
from classifiers.signals import ROUTE_LEVELS, TRAP_SIGNALS, level_from_signals, sort_signals
from classifiers.walk import Route, RouteWalk
from digimeter.core.model import Case, Evidence, Level, Status, Verdict
from digimeter.core.pages import Page

MAX_EVIDENCE = 10
#: Signals kept from the walk's notes: qualifiers, and the traps that were recognised.
_NOTE_SIGNALS = (
    frozenset({"mailto", "not_online_text", "login_text", "payment_step"}) | TRAP_SIGNALS
)


def _verdict(
    case: Case,
    rules: RuleSet,
    *,
    status: str,
    level: int | None,
    level_strict: int | None,
    confidence: float,
    evidence: tuple[Evidence, ...],
    route_url: str = "",
    via: str = "",
    signals: tuple[str, ...] = (),
) -> Verdict:
    """The verdict on `case`: the case's organisation, product and page, and these findings."""
    return Verdict(
        org_code=case.org.code,
        org_name=case.org.name,
        org_type=case.org.org_type,
        product_key=case.product.key,
        audience=case.product.audience,
        product_url=case.product_url,
        rules_version=rules.version,
        status=Status(status),
        level=None if level is None else Level(level),
        level_strict=None if level_strict is None else Level(level_strict),
        confidence=confidence,
        evidence=evidence,
        route_url=route_url,
        via=via,
        signals=signals,
    )


def _unusable(missing: Page | None) -> str:
    """Why a found case's product page cannot be read."""
    if missing is None:
        return "product page not stored"
    if missing.error:
        return missing.error
    if missing.location:
        return f"redirect to {missing.location} not stored"
    if not missing.ok:
        return f"http_{missing.status}"
    return f"product page is not HTML ({missing.content_type or 'no content type'})"


def _without_level(
    case: Case, rules: RuleSet, missing: Page | None, chain: list[str] | None
) -> Verdict:
    """Verdicts that carry no level: not_found, unreachable, an unusable product page."""
    if case.outcome == "not_found":
        note = f"no page found for '{case.product.name_nl}' on {case.org.website}"
        status, confidence = "not_found", rules.confidence("not_found")
        evidence = Evidence(case.org.website, "crawl.not_found", note)
    elif case.outcome == "unreachable":
        reason = case.reason or "unreachable"
        status, confidence = "unreachable", rules.confidence("unreachable")
        evidence = Evidence(case.product_url or case.org.website, "crawl.unreachable", reason)
    elif case.outcome == "found":
        status, confidence = "unreachable", rules.confidence("product_page_unusable")
        url = (chain or [case.product_url])[-1]
        evidence = Evidence(url, "crawl.product_page", _unusable(missing))
    else:
        raise ValueError(
            f"case {case.org.code} x {case.product.key}: unknown outcome {case.outcome!r}; "
            "expected found, not_found or unreachable"
        )
    return _verdict(
        case, rules, status=status, level=None, level_strict=None, confidence=confidence,
        evidence=(evidence,),
    )  # fmt: skip


def _not_offered(rules: RuleSet, case: Case, notes: list[Finding]) -> Finding | None:
    """A 'we do not offer it' phrase that is about this product."""
    for finding in notes:
        if finding.signal != "not_offered_text":
            continue
        products = rules.get(finding.rule).option("products")
        if products and case.product.key in products:
            return finding
        if not products and mentions_product(finding.snippet, case.product):
            return finding
    return None


def _information_via(walk: RouteWalk, facts: PageFacts) -> str:
    """The other body an information-only product page clearly hands the product to.

    A link to a known shared body (a joint tax office, a social service, a portal), or to
    any other organisation's site when the page says the product is handled there.
    """
    links = [
        n for n in walk.notes if n.signal == "via_delegation" and n.rule.startswith("delegation.")
    ]
    said = any(f.signal == "via_delegation" for _, f in facts.phrases)
    for finding in links:
        if said or finding.rule != "delegation.other_domain":
            return finding.snippet
    return ""


def _confidence_level0(rules: RuleSet, walk: RouteWalk, best: Route | None) -> float:
    if any(n.rule == "route.not_stored" for n in walk.notes):
        return rules.confidence("not_stored")
    if best is not None or any(n.signal == "not_online_text" for n in walk.notes):
        return rules.confidence("level0_stated")
    return rules.confidence("level0")


def decide(
    case: Case,
    rules: RuleSet,
    facts: PageFacts | None,
    walk: RouteWalk | None,
    *,
    missing: Page | None = None,
    chain: list[str] | None = None,
) -> Verdict:
    """The verdict of a case from its product page's facts and its routes."""
    if facts is None or walk is None:
        return _without_level(case, rules, missing, chain)
    routes = walk.routes
    if walk.not_online:
        # the product page says it cannot be requested online ('Online aanvragen is (nog)
        # niet mogelijk'): an online form it links to is another thing's
        routes = [r for r in routes if r.level < Level.ONLINE_FORM]
    best = max(routes, key=Route.rank) if routes else None
    level = best.level if best else 0
    not_offered = None
    if level < Level.PRINTABLE_FORM:
        not_offered = _not_offered(rules, case, walk.notes) or not_offered_statement(
            rules, facts.main_text, facts.url, case.product, facts.title
        )
    signals: set[str] = set()
    for route in routes:
        signals |= {s for s in route.signals if s in ROUTE_LEVELS or s == "appointment_online"}
    signals |= {n.signal for n in walk.notes if n.signal in _NOTE_SIGNALS}
    product_prefill = [f for _, f in facts.phrases if f.signal == "prefill_text"]
    prefill: list[Finding] = []
    if level == Level.PREFILLED_FORM:
        auth = [r for r in routes if r.level == Level.PREFILLED_FORM]
        prefill = product_prefill + [f for r in auth for f in r.prefill]
    if prefill:
        signals.add("prefill_text")
    via = best.via if best and best.level > 0 else _information_via(walk, facts)
    via = "" if not_offered is not None else via
    if via:
        signals.add("via_delegation")
    evidence: list[Finding] = []
    if case.reason.startswith("shared:"):  # crawler.discovery.assignment: a shared page
        signals.add("shared_page")
        evidence.append(Finding("shared_page", "page.shared", facts.url, case.reason,
                                rules.confidence("shared_page")))  # fmt: skip
    if best is None and not_offered is None:
        evidence.append(Finding("", "level.information_only", facts.url, facts.title[:120],
                                rules.confidence("information_only")))  # fmt: skip
    if not_offered is not None:
        signals.add("not_offered_text")
        evidence.append(not_offered)
    if best is not None:
        evidence += [f for f in best.evidence if f.rule][:4]
        if best.level > 0:
            evidence += [n for n in walk.notes if n.rule in NOTED_STEPS][:2]
    evidence += prefill[:1]
    if via:
        evidence += [n for n in walk.notes if n.signal == "via_delegation"][:1]
    evidence += [n for n in walk.notes if n.signal in ("not_online_text", "trap_old_pdf_text")][:1]
    evidence += [n for n in walk.notes if n.signal.startswith("trap_")][:3]
    evidence += [n for n in walk.notes if n.rule == "route.not_stored"][:2]
    if not_offered is not None:
        status, lvl, strict = "not_offered", None, None
        confidence = not_offered.weight
    else:
        status, lvl = "ok", level
        strict = level_from_signals(signals, strict=True)
        confidence = (
            best.confidence if best and level > 0 else _confidence_level0(rules, walk, best)
        )
    unique = list(dict.fromkeys((f.url, f.rule, f.snippet) for f in evidence))[:MAX_EVIDENCE]
    return _verdict(
        case,
        rules,
        status=status,
        level=lvl,
        level_strict=strict,
        confidence=round(min(1.0, confidence), 2),
        route_url=best.url if best and status == "ok" else "",
        via=via,
        signals=sort_signals(signals),
        evidence=tuple(Evidence(u, r, s) for u, r, s in unique),
    )
