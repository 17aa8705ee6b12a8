"""What kind of host a URL is on: the one host-kind lookup of crawler and classifiers.

    from classifiers.hostkinds import host_kind, is_route_host
    host_kind("https://mijn.gemeente.nl/x")  # HostKind("form", "platform.eformhost")
    is_route_host("https://digid.nl/")  # True: a route host is never a product page

The kinds come from the rule files: the `host` patterns of `rules/platforms.toml` (form,
js_form, portal, login, appointment; `vendor` for a supplier hosting the organisation's own
forms) and of `rules/routes.toml` (identity_provider). A host list only speeds decisions up:
what a page on an unknown host offers is judged by what it shows (`classifiers.pagefacts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from classifiers.ruleset import load_rules

__all__ = ["ROUTE_HOST_KINDS", "HostKind", "host_kind", "is_route_host"]

#: Kinds of host whose pages are routes (forms, portals, logins, bookings), never product pages.
ROUTE_HOST_KINDS = frozenset(
    {"form", "js_form", "portal", "login", "appointment", "identity_provider"}
)


@dataclass(frozen=True)
class HostKind:
    """The kind of a host and the rule that says so."""

    kind: str
    rule: str
    vendor: bool = False


def _host(url_or_host: str) -> str:
    if "/" in url_or_host or ":" in url_or_host:
        return (urlsplit(url_or_host).hostname or "").lower()
    return url_or_host.lower().strip(".")


@lru_cache(maxsize=65536)
def _kind_of_host(host: str) -> HostKind | None:
    rules = load_rules()
    for rule in rules.section("identity_provider"):
        if rule.search("host", host):
            return HostKind("identity_provider", rule.id)
    for rule in rules.section("platform"):
        if rule.search("host", host):
            return HostKind(str(rule.option("kind")), rule.id, bool(rule.option("vendor", False)))
    return None


def host_kind(url_or_host: str) -> HostKind | None:
    """The kind of the host of a URL (or of a bare host name), or None for an ordinary host."""
    host = _host(url_or_host)
    return _kind_of_host(host) if host else None


def is_route_host(url_or_host: str) -> bool:
    """True for a host of forms, portals, logins, bookings or an identity provider: its pages
    are routes to a product, never the product's information page."""
    kind = host_kind(url_or_host)
    return kind is not None and kind.kind in ROUTE_HOST_KINDS
