"""URL schemes and page furniture of realistic sites, and links as real sites write them.

Layouts: `slugs` (`/verhuizing-doorgeven`), `paths` (`/inwoners/burgerzaken/Verhuizing`,
links relative with `../`), `catalogue` (`/product?id=1234`, A-Z lists `/producten?letter=v`),
`basehref` (`<base href="http://host/loket/">`, every link relative to it), `provloket`
(`/loket/vergunningen/@8124/<slug>/`), `regelen` (water boards) and `rijk`.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from urllib.parse import urlsplit

from testweb.markup import esc
from testweb.orgs import slugify
from testweb.realistic.model import RSite

SECTIONS = (
    (
        "burgerzaken",
        (
            "brp",
            "verhuis",
            "geboorte",
            "overlijden",
            "huwelijk",
            "paspoort",
            "identiteit",
            "vog",
            "rijvaardigheid",
        ),
    ),
    ("parkeren-en-verkeer", ("parkeer", "uitweg")),
    ("belastingen", ("belasting", "woz", "betalingsregeling", "heffing")),
    ("zorg-en-inkomen", ("bijstand", "wmo", "leerlingen")),
    ("afval", ("grofvuil", "afval")),
    ("wonen-en-bouwen", ("omgeving", "kap", "bouwdossier", "ligplaats")),
    ("bestuur", ("bezwaar", "klacht", "woo", "subsidie")),
)


def section_of(key: str) -> str:
    for name, stems in SECTIONS:
        if any(stem in key for stem in stems):
            return name
    return "vergunningen"


def page_number(site: RSite, slug: str) -> int:
    return 1000 + int(hashlib.sha1(f"{site.org.code}:{slug}".encode()).hexdigest(), 16) % 8000


class Layout:
    """Where a site's pages live and how its links are written."""

    def __init__(self, site: RSite) -> None:
        self.site = site
        self._used: set[str] = set()

    @property
    def root(self) -> str:
        return f"http://{self.site.host}"

    def base(self) -> str:
        return f"{self.root}/loket/" if self.site.layout == "basehref" else ""

    def unique(self, slug: str) -> str:
        """`slug`, or `slug-2`, ... when the site used it already."""
        candidate, n = slug or "pagina", 2
        while candidate in self._used:
            candidate, n = f"{slug}-{n}", n + 1
        self._used.add(candidate)
        return candidate

    def page_url(self, title: str, *, key: str = "", business: bool = False) -> str:
        """The URL of a new page titled `title` (unique on the site)."""
        slug = slugify(title)[:70].strip("-") or "pagina"
        name = re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_")[:60] or slug
        name = name[:1].upper() + name[1:]
        url, n = self._url(slug, name, key, business), 2
        while url in self._used:
            url = self._url(f"{slug}-{n}", f"{name}_{n}", key, business)
            n += 1
        self._used.add(url)
        return url

    def _url(self, slug: str, name: str, key: str, business: bool) -> str:
        layout, audience = self.site.layout, "ondernemers" if business else "inwoners"
        if layout == "paths":
            return f"{self.root}/{audience}/{section_of(key)}/{name}"
        if layout == "catalogue":
            return f"{self.root}/product?id={page_number(self.site, slug)}"
        if layout == "basehref":
            return f"{self.root}/loket/{'ondernemers' if business else 'producten'}/{slug}/"
        if layout == "provloket":
            return f"{self.root}/loket/vergunningen/@{page_number(self.site, slug)}/{slug}/"
        if layout == "regelen":
            return f"{self.root}/regelen/{slug}/"
        if layout == "rijk":
            return f"{self.root}/{'zakelijk' if business else 'particulieren'}/{slug}"
        return f"{self.root}/{'ondernemen/' if business else ''}{slug}"

    def index_url(self) -> str:
        """The site's list of all products and services (A-Z)."""
        return {
            "slugs": f"{self.root}/onderwerpen-a-z",
            "paths": f"{self.root}/inwoners/alle-onderwerpen",
            "catalogue": f"{self.root}/producten",
            "basehref": f"{self.root}/loket/producten/",
            "provloket": f"{self.root}/loket/",
            "regelen": f"{self.root}/regelen/",
            "rijk": f"{self.root}/onderwerpen",
        }[self.site.layout]

    def href(self, page_url: str, target: str) -> str:
        """`target` as the site writes it in the page at `page_url`."""
        here, there = urlsplit(page_url), urlsplit(target)
        if here.hostname != there.hostname:
            return target
        path = there.path + (f"?{there.query}" if there.query else "")
        path += f"#{there.fragment}" if there.fragment else ""
        if self.site.layout == "basehref":  # relative to <base href="/loket/">
            return path[len("/loket/") :] or "./" if path.startswith("/loket/") else f"..{path}"
        if self.site.layout == "paths" and here.path.count("/") > 1 and there.path.count("/") > 1:
            folder = posixpath.dirname(here.path)
            relative = posixpath.relpath(there.path, folder)
            if there.path.endswith("/") and not relative.endswith("/"):
                relative += "/"
            return relative + path[len(there.path) :]
        return path

    def a(self, page_url: str, target: str, text: str, cls: str = "") -> str:
        attr = f' class="{cls}"' if cls else ""
        return f'<a href="{esc(self.href(page_url, target))}"{attr}>{esc(text)}</a>'

    def page(
        self,
        url: str,
        title: str,
        main: str,
        *,
        lang: str = "nl",
        head: str = "",
        crumbs: list[tuple[str, str]] | None = None,
        alternate: str = "",
    ) -> str:
        """A whole page of the site around `main`."""
        site = self.site
        home = self.a(url, site.home_url, site.org.name, "logo")
        nav = [(site.home_url, "Home")]
        nav.append((self.index_url(), "Onderwerpen A-Z" if lang == "nl" else "All topics"))
        if site.forms_overview and lang == "nl":
            nav.append((site.forms_overview, "Formulieren"))
        nav.append((f"{self.root}/contact", "Contact"))
        if site.english and lang == "nl":
            nav.append((f"{self.root}/en/", "English"))
        menu = "".join(f"<li>{self.a(url, u, t)}</li>" for u, t in nav)
        mijn = ""
        if site.site_login:
            mijn = (
                f"<div class='mijn'><a href='http://mijn.{site.domain}/'>Mijn "
                f"{esc(site.short)}</a></div>"
            )
        trail = ""
        if crumbs:
            items = "".join(f"<li>{self.a(url, u, t) if u else esc(t)}</li>" for t, u in crumbs)
            trail = f"<nav class='kruimelpad' aria-label='Kruimelpad'><ol>{items}</ol></nav>"
        footer_logo = ""
        if site.footer_digid:
            footer_logo = (
                "<p class='digid-footer'><img src='"
                f"{esc(self.href(url, f'{self.root}/img/digid.png'))}' "
                "alt='DigiD'> Veel zaken regelt u bij ons met DigiD.</p>"
            )
        base = f'<base href="{self.base()}">\n' if self.base() else ""
        if alternate:
            base += f'<link rel="alternate" hreflang="en" href="{esc(alternate)}">\n'
        search = ""
        if site.search:
            path, param = site.search
            search = (
                "<form role='search' method='get' "
                f"action='{esc(self.href(url, self.root + path))}'>"
                f"<label for='zoek'>Zoeken</label><input id='zoek' name='{param}' type='search'>"
                "<button type='submit'>Zoek</button></form>"
            )
        body = (
            f"<header class='site-header site-header--{site.layout}'>{home}{mijn}{search}"
            f"<nav class='hoofdmenu'><ul>{menu}</ul></nav></header>\n{trail}"
            f"<main id='content'>{main}</main>\n<footer class='site-footer'><p>{esc(site.org.name)}"
            f" | Telefoon 14 0{len(site.short)}{len(site.domain)} | "
            f"{self.a(url, f'{self.root}/privacy', 'Privacy')}</p>{footer_logo}</footer>"
        )
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{base}'
            f"<title>{esc(title)} | {esc(site.org.name)}</title>\n{head}</head>\n<body>\n{body}\n"
            "</body>\n</html>\n"
        )
