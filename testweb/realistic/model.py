"""Records of a realistic web: sites with the features real sites have, and rows (labels).

Routes and shared bodies are the default style's (`testweb.model.Route`, `SharedBody`),
so levels, strict levels and signals follow the same rules (DESIGN.md §1).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from digimeter.core.model import Organisation, Product
from testweb.model import LabelledRow, Route, SharedBody
from testweb.realistic.material import RealTitle

#: How a call to action is built: an anchor, a button with onclick, a GET form, an iframe
#: holding the form, an anchor that only exists after the page's script ran, or an anchor
#: whose only DigiD marker is a logo image with alt text.
CTA_STYLES = ("link", "onclick", "get_form", "iframe", "script", "image")


@dataclass
class RSite:
    """One organisation's site and the real-world features it has."""

    org: Organisation
    #: The host the pages live on; `entry` is the website of organisations.csv.
    host: str
    entry: str
    domain: str
    short: str
    letter: str
    layout: str
    rng: random.Random
    #: '' or 'to_www' (bare domain redirects to www.) or 'to_bare' (www. redirects to bare)
    redirect: str = ""
    #: '' or 'links' or 'form': a cookie-consent interstitial at the entry page
    consent: str = ""
    #: a "kies uw taal" splash page at the entry page
    splash: bool = False
    english: bool = False
    soft404: bool = False
    sitemap: bool = False
    search: tuple[str, str] | None = None
    #: host of the organisation's own e-forms, and its kind (eloket, vendor, jsform)
    form_host: str = ""
    form_kind: str = "eloket"
    #: URL of the page listing all the organisation's forms ('' when it has none)
    forms_overview: str = ""
    headings: tuple[str, ...] = ()
    appointment_url: str = ""
    bodies: dict[str, SharedBody] = field(default_factory=dict)
    site_login: bool = False
    footer_digid: bool = False
    #: links to other hosts pass a "U verlaat onze website" page
    exit_page: bool = False
    #: share of A-Z entries that are old URLs answering with a meta refresh
    moved_share: float = 0.0
    #: the call to action sits in a "Direct regelen" block above the text
    cta_aside: bool = False
    #: the realistic style has no site that cannot be crawled as a whole
    unreachable: str = ""
    #: every product page ends with a "Was deze informatie nuttig?" feedback form (a trap)
    feedback_form: bool = False
    #: printable forms are linked through a document page with a download button
    document_pages: bool = False

    @property
    def home_url(self) -> str:
        """The real homepage (behind a consent wall or splash page, when there is one)."""
        return f"http://{self.host}/home" if self.consent or self.splash else f"http://{self.host}/"


@dataclass
class RRow(LabelledRow):
    """One organisation x product: its page, routes, features, and label."""

    site: RSite
    product: Product
    rng: random.Random
    model: RealTitle | None = None
    title: str = ""
    status: str = "ok"
    routes: list[Route] = field(default_factory=list)
    #: Documents on the page that help with the request but are not one: a parent's consent
    #: for a minor's passport beside the appointment. Shown on the page, never a route.
    helpers: list[Route] = field(default_factory=list)
    via: SharedBody | None = None
    #: The body page the product page links to (the body's route is one hop further).
    via_page: str = ""
    cta_style: str = "link"
    through_overview: bool = False
    #: Real CTA texts shown on the page (labels and sentences).
    pieces: list[str] = field(default_factory=list)
    product_url: str = ""
    #: Another row whose page this row shares (one page covers both products).
    shares_page_of: RRow | None = None
    #: A closely related page (title, route) of a real site's wording.
    sibling: tuple[str, Route] | None = None
    sibling_url: str = ""
    #: The other audience has a page of the same name (with this route).
    twin: Route | None = None
    twin_url: str = ""
    english_url: str = ""
    #: A stale link to this (not found) product that ends on a soft 404.
    stale_url: str = ""
    #: The organisation has only the form page, no information page.
    form_only: bool = False
    #: The organisation has no page of its own: its A-Z list links to the body's page.
    body_only: bool = False
    accordion: bool = False
    traps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra_signals: list[str] = field(default_factory=list)
    #: the default style's page-level hostile parts and unreachable reasons: none here
    hostile: list[str] = field(default_factory=list)
    unreachable: str = ""

    @property
    def has_page(self) -> bool:
        return self.status in ("ok", "not_offered")
