"""Small HTML helpers and the simulated identity providers' login URLs."""

from __future__ import annotations

import base64
import hashlib
import html
from urllib.parse import quote

DIGID_HOST = "digid-sim.test"
EHERKENNING_HOST = "eherkenning-sim.test"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def a(href: str, text: str, cls: str = "", extra: str = "") -> str:
    attrs = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{attrs}{extra}>{esc(text)}</a>'


def ul(items: list[str] | tuple[str, ...], cls: str = "") -> str:
    attrs = f' class="{cls}"' if cls else ""
    return f"<ul{attrs}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def p(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def digid_login_url(return_url: str) -> str:
    """A SAML-like DigiD authentication request for `return_url` (deterministic)."""
    token = base64.urlsafe_b64encode(hashlib.sha256(return_url.encode()).digest()).decode()
    return (
        f"http://{DIGID_HOST}/saml/idp/request_authentication?SAMLRequest=fZJdT8Iw{token[:32]}"
        f"&RelayState={quote(return_url, safe='')}"
        "&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256"
    )


def eherkenning_login_url(return_url: str, scheme: str = "eherkenning") -> str:
    """The simulated eHerkenning broker's choice page (also used for eIDAS and Yivi)."""
    token = hashlib.sha256(return_url.encode()).hexdigest()[:16]
    extra = "" if scheme == "eherkenning" else f"&scheme={scheme}"
    return (
        f"http://{EHERKENNING_HOST}/broker/select?service={token}{extra}"
        f"&returnUrl={quote(return_url, safe='')}"
    )


def text_of(*parts: str) -> str:
    """Plain text for a search index entry (tags are not expected in the parts)."""
    return " ".join(" ".join(part.split()) for part in parts if part)[:400]
