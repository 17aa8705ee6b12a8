"""Records of a generated web: sites, routes, shared bodies and the rows that become labels."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Protocol

from digimeter.core.model import Organisation, Product
from testweb.productdata import ProductText

LEVEL_OF_CHANNEL = {
    "info": 0,
    "mail": 0,
    "appointment": 0,
    "document": 33,
    "form": 67,
    "own_login": 67,
    "auth": 100,
}
#: The login means a route can offer, in the order pages and labels list them:
#: (`Route` attribute and signal name, display name, Open Forms authentication plugin).
LOGINS = (
    ("digid", "DigiD", "digid"),
    ("eherkenning", "eHerkenning", "eherkenning"),
    ("eidas", "eIDAS", "eidas"),
    ("yivi", "Yivi", "yivi_oidc"),
)


@dataclass
class Route:
    """One way to request a product: what it is, where it is, and what it proves."""

    #: info, mail, appointment, document, form, own_login, auth
    channel: str
    #: document: pdf, pdf_fillable, docx, odt; appointment: qmatic, jcc; form/auth: the
    #: platform (gravity, triple, openforms, formdesk, iform, wizard, portal, ...).
    platform: str = ""
    digid: bool = False
    eherkenning: bool = False
    eidas: bool = False
    yivi: bool = False
    prefill: bool = False
    #: The form (or its login button) exists only after the page's JavaScript ran.
    js: bool = False
    #: The product page links straight to a login start URL that redirects to the IdP.
    start_link: bool = False
    #: The page or file that decides the level (label route_url).
    url: str = ""
    #: What the product page's call to action points at, when not `url`.
    link: str = ""
    #: Page or file names on the platform, set when the route is built.
    name: str = ""

    @property
    def level(self) -> int:
        return LEVEL_OF_CHANNEL[self.channel]

    @property
    def level_strict(self) -> int:
        if self.channel == "auth" and not self.prefill:
            return 67
        return self.level

    @property
    def logins(self) -> list[tuple[str, str, str]]:
        """The `LOGINS` entries this route offers, in their order."""
        return [login for login in LOGINS if getattr(self, login[0])]

    @property
    def signals(self) -> list[str]:
        out: list[str] = []
        if self.channel == "mail":
            out.append("mailto")
        elif self.channel == "appointment":
            out.append("appointment_online")
        elif self.channel == "document":
            out.append("doc_form" if self.platform in ("docx", "odt") else "pdf_form")
            if self.platform == "pdf_fillable":
                out.append("pdf_fillable")
        elif self.channel == "form":
            out.append("js_form" if self.js else "html_form")
            if self.platform == "portal":
                out.append("payment_step")
        elif self.channel == "own_login":
            out.append("own_login")
        elif self.channel == "auth":
            if self.js:
                out.append("js_form")
            out += [name for name, _, _ in self.logins]
            if self.prefill:
                out.append("prefill_text")
            if self.platform == "parkeerportaal":
                out.append("payment_step")
        return out

    @property
    def target(self) -> str:
        return self.link or self.url


@dataclass
class SharedBody:
    """Another body whose route counts for its members (tax office, social service, ...)."""

    kind: str  # tax, social, parking, omgevingsloket, bij12
    name: str
    host: str
    #: Route per product key (fixed for the body).
    routes: dict[str, Route] = field(default_factory=dict)
    #: Product page per product key on the body's site.
    pages: dict[str, str] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)


@dataclass
class Site:
    """One organisation's web presence and the features it has."""

    org: Organisation
    host: str
    domain: str
    short: str
    family: str
    platform: str
    appointment: str
    phone: str
    rng: random.Random
    #: (path, parameter) of the site search, or None.
    search: tuple[str, str] | None = None
    #: none, plain, robots_single, robots_index
    sitemap: str = "none"
    sc_feed: str = ""
    #: allow, disallow_search, disallow_product, disallow_all
    robots: str = "allow"
    #: '', dns, http_503, timeout, robots
    unreachable: str = ""
    hostile: set[str] = field(default_factory=set)
    #: Site-wide traps: contact_sidebar, site_login, footer_digid.
    traps: set[str] = field(default_factory=set)
    tax: SharedBody | None = None
    social: SharedBody | None = None
    parking: SharedBody | None = None
    iform_product: str = ""
    home_path: str = "/"

    @property
    def home_url(self) -> str:
        return f"http://{self.host}{self.home_path}"

    @property
    def letter(self) -> str:
        return {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}[
            self.org.org_type
        ]

    @property
    def kind_name(self) -> str:
        return {
            "gemeente": "de gemeente",
            "provincie": "de provincie",
            "waterschap": "het waterschap",
            "rijk": "wij",
        }[self.org.org_type]


class OrgSite(Protocol):
    org: Organisation
    #: why the whole site cannot be crawled ('' when it can)
    unreachable: str


class LabelledRow:
    """What the label of an organisation x product derives from its routes: the level (the
    highest route counts), the strict level, the deciding route and the signals.

    A subclass provides these attributes; `routes` lists the primary route first.
    """

    site: OrgSite
    product: Product
    routes: list[Route]
    status: str
    via: SharedBody | None
    product_url: str
    notes: list[str]
    traps: list[str]
    extra_signals: list[str]
    hostile: list[str]
    unreachable: str

    @property
    def level(self) -> int | None:
        if self.status != "ok" or not self.routes:
            return None
        return max(r.level for r in self.routes)

    @property
    def level_strict(self) -> int | None:
        if self.status != "ok" or not self.routes:
            return None
        return max(r.level_strict for r in self.routes)

    @property
    def deciding_route(self) -> Route | None:
        """The highest route (the primary on a tie)."""
        routes = self.routes
        if not routes:
            return None
        return max(routes, key=lambda r: (r.level, r is routes[0]))

    @property
    def signals(self) -> list[str]:
        out: list[str] = []
        if self.status == "ok":
            for route in self.routes:
                out += route.signals
            if self.via is not None:
                out.append("via_delegation")
        out += self.extra_signals
        out += [f"trap_{t}" for t in self.traps]
        return list(dict.fromkeys(out))


@dataclass
class Row(LabelledRow):
    """One organisation x product: the plan for its page and routes, and its label."""

    site: Site
    product: Product
    text: ProductText
    rng: random.Random
    status: str = "ok"
    title: str = ""
    slug: str = ""
    primary: Route | None = None
    secondary: list[Route] = field(default_factory=list)
    via: SharedBody | None = None
    #: Traps planted on the product page (signal names without the trap_ prefix).
    traps: list[str] = field(default_factory=list)
    #: Page-level hostile parts: slow, flaky, malformed, cp1252, cp1252_undeclared, moved.
    hostile: list[str] = field(default_factory=list)
    product_url: str = ""
    notes: list[str] = field(default_factory=list)
    extra_signals: list[str] = field(default_factory=list)
    #: Why the label says unreachable although the page was planned (dns, http_503,
    #: timeout, robots): the organisation or this product page cannot be crawled.
    unreachable: str = ""

    @property
    def has_page(self) -> bool:
        """The organisation has a page for this product (it may still be unreachable)."""
        return self.status in ("ok", "not_offered")

    @property
    def routes(self) -> list[Route]:
        return ([self.primary] if self.primary else []) + self.secondary

    @routes.setter
    def routes(self, routes: list[Route]) -> None:
        self.primary, self.secondary = (routes[0] if routes else None), list(routes[1:])
