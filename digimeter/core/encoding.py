"""Decoding response bodies: header charset, then the page's own declaration, then UTF-8.

Real sites mislabel encodings; a page that is not valid UTF-8 and declares nothing is read
as windows-1252, the usual encoding of old Dutch CMS pages.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-]+)""", re.I)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str = "") -> str | None:
    """The charset from the Content-Type header, else from a meta tag or XML declaration."""
    match = re.search(r"charset\s*=\s*([^\s;]+)", content_type, re.I)
    if match and (name := _codec(match.group(1))):
        return name
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        m = pattern.search(head)
        if m and (name := _codec(m.group(1).decode("ascii", "ignore"))):
            return name
    return None


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode a response body to text without ever raising."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace")
    charset = declared_charset(body, content_type)
    if charset and charset != "utf-8":
        # latin-1 labels are windows-1252 in practice (as browsers treat them)
        if charset in ("iso8859-1", "latin-1", "ascii"):
            charset = "cp1252"
        return body.decode(charset, "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        if charset == "utf-8":
            return body.decode("utf-8", "replace")
        return body.decode("cp1252", "replace")
