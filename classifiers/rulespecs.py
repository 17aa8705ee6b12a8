"""The schema of the rule files: which sections exist and what each rule may contain.

`classifiers.rulefile` validates every rule file against these specs at load. A section is
an array of tables (`[[phrase]]`); each rule has an `id`, a `rationale`, at least one
pattern field, and where the section says so a `signal` and options.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SectionSpec:
    """What a `[[section]]` of a rule file may contain."""

    #: Pattern fields (regular expressions); a rule needs at least one of them.
    patterns: frozenset[str]
    #: Further fields: name -> allowed values (a tuple), or a type (bool, int, float, list).
    options: Mapping[str, Any] = field(default_factory=dict)
    #: "required", "optional" or "none": whether rules carry a signal.
    signal: str = "none"
    #: Options every rule of the section must set.
    required: frozenset[str] = frozenset()


_KINDS_PAGE = ("news", "overview", "search_results", "contact", "error")
_KINDS_FORM = (
    "search", "check", "newsletter", "feedback", "booking", "own_login", "contact", "request",
    "payment",
)  # fmt: skip
_KINDS_PLATFORM = ("form", "js_form", "appointment", "portal", "login")

#: Every section any rule file may have.
SECTIONS: dict[str, SectionSpec] = {
    # routes.toml: which links are candidate routes (shared with the crawler)
    "identity_provider": SectionSpec(frozenset({"host", "path", "url"})),
    "document": SectionSpec(frozenset({"path", "text"})),
    "call_to_action": SectionSpec(frozenset({"text", "url"})),
    "related_lead_in": SectionSpec(frozenset({"text"})),
    # content.toml: what is the page's own content
    "furniture": SectionSpec(frozenset({"name"})),
    "cta_block": SectionSpec(frozenset({"name", "heading"})),
    "tab_list": SectionSpec(frozenset({"name"})),
    "link_trap": SectionSpec(frozenset({"text", "url"}), signal="required"),
    "mailto_context": SectionSpec(frozenset({"text"}), signal="required"),
    "page_kind": SectionSpec(
        frozenset({"url", "title", "html"}),
        {"kind": _KINDS_PAGE},
        signal="optional",
        required=frozenset({"kind"}),
    ),
    # logins.toml
    "idp_signal": SectionSpec(frozenset({"idp_rule"}), signal="required"),
    "login_url": SectionSpec(frozenset({"url"}), signal="required"),
    "login_button": SectionSpec(frozenset({"text", "image"}), signal="required"),
    "login_link_text": SectionSpec(frozenset({"text"}), signal="required"),
    "login_info": SectionSpec(frozenset({"text", "url"}), signal="required"),
    "site_login": SectionSpec(frozenset({"text", "url"}), signal="required"),
    "status_lead_in": SectionSpec(frozenset({"text", "link"}), signal="required"),
    "portal_login": SectionSpec(frozenset({"link", "url", "unless"}), signal="required"),
    "no_login": SectionSpec(frozenset({"text"})),
    "form_link_text": SectionSpec(frozenset({"text"}), signal="required"),
    # forms.toml
    "form_kind": SectionSpec(
        frozenset({"text", "action", "method", "attrs", "fields", "context", "submit"}),
        {"kind": _KINDS_FORM, "max_fields": int, "min_fields": int},
        signal="optional",
        required=frozenset({"kind"}),
    ),
    # documents.toml
    "document_type": SectionSpec(
        frozenset({"extension", "content_type", "magic"}),
        {"kind": ("pdf", "doc")},
        required=frozenset({"kind"}),
    ),
    "document_role": SectionSpec(
        frozenset({"text", "content"}),
        {"role": ("form", "not_form", "auxiliary"), "product_kinds": list},
        signal="optional",
        required=frozenset({"role"}),
    ),
    # platforms.toml
    "platform": SectionSpec(
        frozenset({"host", "path", "html", "url"}),
        {"kind": _KINDS_PLATFORM, "vendor": bool, "name": str, "container": re.Pattern},
        signal="optional",
        required=frozenset({"kind"}),
    ),
    # delegation.toml
    "body": SectionSpec(frozenset({"host", "text"}), {"name": str}, signal="required"),
    # phrases.toml
    "offer_negation": SectionSpec(
        frozenset({"text", "negation", "unless", "tail", "before"}),
        {"verbs": list, "context": bool},
        signal="required",
    ),
    "phrase": SectionSpec(
        frozenset({"text"}),
        {"scope": ("product", "route", "any"), "products": list},
        signal="required",
    ),
}
#: Table sections (one table, not an array of rules).
#: The `[confidence]` table (confidence.toml): how sure a finding that no single rule's
#: weight covers is, by kind; every name must be set, from 0 to 1.
CONFIDENCES = frozenset({
    "form", "mailto", "not_a_form_document", "text_only_factor", "info_link", "dead_link",
    "interstitial", "overview", "not_stored", "contact_form",
    "digid_outside_main", "shared_page", "information_only", "not_found",
    "product_page_unusable", "level0", "level0_stated", "platform_link_factor",
    "unreachable", "document_form", "document_form_per_score", "document_form_max",
})  # fmt: skip

TABLES: dict[str, SectionSpec] = {
    "skip": SectionSpec(frozenset({"url"}), {"schemes": list}),
    # phrases.toml: the words that name a kind of product, not one ('geen vergunning')
    "offer_kind": SectionSpec(frozenset({"word"})),
}
