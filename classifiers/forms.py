"""HTML forms: what kind of form a <form> is (rules/forms.toml).

Only a `request` form is the product's web form; search boxes, checks, newsletter and
feedback widgets, appointment bookings and generic contact forms are recognised so that
they raise nothing, and a username/password form is the organisation's own account.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml.etree import _Element

from classifiers.html import element_text
from classifiers.ruleset import RuleSet

_NOT_FIELDS = frozenset({"hidden", "submit", "button", "reset", "image"})


@dataclass(frozen=True)
class FormFacts:
    """One <form> and what kind of form it is."""

    kind: str
    signal: str
    rule: str
    fields: int
    action: str
    method: str
    snippet: str


def _attrs(form: _Element) -> str:
    parts: list[str] = []
    el: _Element | None = form
    for _ in range(4):
        if el is None or not isinstance(el.tag, str):
            break
        for name in ("id", "class", "name", "data-app"):
            if el.get(name):
                parts.append(el.get(name) or "")
        if el.get("role"):
            parts.append(f"role={el.get('role')}")
        el = el.getparent()
    return " ".join(parts)


def _label_for(form: _Element, control: _Element) -> str:
    control_id = control.get("id")
    if control_id:
        for label in form.iter("label"):
            if label.get("for") == control_id:
                return element_text(label)
    parent = control.getparent()
    if parent is not None and parent.tag == "label":
        return element_text(parent)
    return control.get("placeholder") or control.get("aria-label") or ""


def _controls(form: _Element) -> tuple[list[str], list[str]]:
    """The visible fields as 'type:name:label' and the submit controls' texts."""
    fields: list[str] = []
    submits: list[str] = []
    for control in form.iter("input", "select", "textarea", "button"):
        tag = str(control.tag)
        kind = (control.get("type") or ("text" if tag == "input" else tag)).lower()
        if tag == "button":
            if kind in ("submit", "button") or not control.get("type"):
                submits.append(element_text(control) or control.get("value") or "")
            continue
        if kind in ("submit", "image"):
            submits.append(control.get("value") or control.get("alt") or "")
            continue
        if kind in _NOT_FIELDS:
            continue
        if tag in ("select", "textarea"):
            kind = tag
        label = " ".join(_label_for(form, control).split())
        fields.append(f"{kind}:{control.get('name') or ''}:{label}")
    return fields, submits


def classify_form(rules: RuleSet, form: _Element, base_url: str, context: str) -> FormFacts:
    """The kind of one form (first matching rule of forms.toml wins)."""
    fields, submits = _controls(form)
    values = {
        "text": element_text(form),
        "action": urljoin(base_url, form.get("action") or ""),
        "method": (form.get("method") or "get").lower(),
        "attrs": _attrs(form),
        "fields": " | ".join(fields),
        "submit": " ".join(submits),
        "context": context,
    }
    for rule in rules.section("form_kind"):
        if len(fields) < rule.option("min_fields", 0):
            continue
        if len(fields) > rule.option("max_fields", 10_000):
            continue
        if all(rule.search(name, values[name]) for name in rule.patterns):
            return FormFacts(
                kind=str(rule.option("kind")),
                signal=rule.signal,
                rule=rule.id,
                fields=len(fields),
                action=values["action"],
                method=values["method"],
                snippet=values["text"][:160],
            )
    return FormFacts("other", "", "", len(fields), values["action"], values["method"], "")


def page_forms(rules: RuleSet, scope: _Element, base_url: str, context: str) -> list[FormFacts]:
    """Every form in `scope`, classified."""
    return [classify_form(rules, form, base_url, context) for form in scope.iter("form")]
