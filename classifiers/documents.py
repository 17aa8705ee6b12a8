"""Downloadable documents: what a file is, and whether it is the product's printable form.

A document is judged on its link text and file name, and when it was stored, on its own
bytes: the type (magic bytes, Content-Type), and for PDFs the AcroForm fields and the text
of the first pages (pypdf), for DOCX/ODT the text in the zip. The role rules live in
`rules/documents.toml`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pypdf import PdfReader

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from classifiers.ruleset import RuleSet
from digimeter.core.pages import Page

#: How much of a document's own text is read for its role.
MAX_TEXT = 4000
MAX_PDF_PAGES = 3

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class DocumentFacts:
    """What a stored (or only linked) document is; its own text is read on first use."""

    url: str
    kind: str  # pdf, doc, or '' (not a document)
    kind_rule: str = ""
    stored: bool = False
    title: str = ""
    fields: int = 0
    error: str = ""
    body: bytes = field(default=b"", repr=False)
    _text: str | None = field(default=None, repr=False)
    _reader: PdfReader | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        """The first pages' text (PDF), the document text (DOCX/ODT/RTF), else ''."""
        if self._text is None:
            self._text = _document_text(self) if self.stored else ""
        return self._text


@dataclass(frozen=True)
class DocumentRole:
    """Whether a document is a form for the product, with the rules that decided."""

    role: str  # form, not_form, auxiliary
    score: float
    rules: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)  # (id, signal, snip)


def file_words(url: str) -> str:
    """A document's file name as words (`aanvraagformulier_gpk-2024.pdf` -> words)."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return re.sub(r"[_\-.+]+", " ", name)


def document_kind(rules: RuleSet, url: str, page: Page | None) -> tuple[str, str]:
    """('pdf' | 'doc' | '', rule id) from magic bytes, Content-Type, then the extension."""
    checks: list[tuple[str, str]] = []
    if page is not None and page.body:
        checks.append(("magic", page.body[:8].decode("latin-1")))
    if page is not None and page.content_type:
        checks.append(("content_type", page.content_type))
    checks.append(("extension", urlsplit(url).path.lower()))
    for field_name, value in checks:
        for rule in rules.section("document_type"):
            if rule.search(field_name, value):
                return str(rule.option("kind")), rule.id
    return "", ""


_PDF_TITLE = re.compile(rb"/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)")
_PDF_STRING_OPS = re.compile(rb"\(((?:[^()\\]|\\.)*)\)\s*(?:Tj|')|\[((?:[^\]\\]|\\.)*)\]\s*TJ")
_PDF_LITERAL = re.compile(rb"\(((?:[^()\\]|\\.)*)\)")
_PDF_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"(": b"(", b")": b")", b"\\": b"\\"}


def _pdf_string(raw: bytes) -> str:
    """A PDF literal string's text ((...) with escapes, or <hex>, UTF-16 with a BOM)."""
    if raw.startswith(b"<"):
        data = bytes.fromhex(raw[1:-1].decode("ascii", "ignore").replace(" ", ""))
    else:
        data = re.sub(rb"\\(.)", lambda m: _PDF_ESCAPES.get(m.group(1), m.group(1)), raw[1:-1])
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", "replace")
    return data.decode("latin-1")


def is_plain_pdf(body: bytes) -> bool:
    """True for a PDF without compressed streams, object streams or encryption.

    Such a file can be read without a PDF library: its objects, AcroForm fields and
    page text are plain bytes. Anything else goes to pypdf.
    """
    return not any(key in body for key in (b"/Filter", b"/ObjStm", b"/Encrypt", b"/XRefStm"))


def _plain_pdf_facts(facts: DocumentFacts) -> None:
    body = facts.body
    title = _PDF_TITLE.search(body)
    facts.title = _pdf_string(title.group(1)) if title else ""
    facts.fields = len(re.findall(rb"/FT\s*/", body)) if b"/AcroForm" in body else 0


def _plain_pdf_text(body: bytes) -> str:
    parts: list[str] = []
    for match in _PDF_STRING_OPS.finditer(body):
        if match.group(1) is not None:
            parts.append(_pdf_string(b"(" + match.group(1) + b")"))
        else:
            parts += [_pdf_string(m.group(0)) for m in _PDF_LITERAL.finditer(match.group(2))]
        if sum(map(len, parts)) > MAX_TEXT:
            break
    return " ".join(" ".join(parts).split())[:MAX_TEXT]


def _pdf_facts(facts: DocumentFacts) -> None:
    """Title and AcroForm field count of a stored PDF (no text extraction yet)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if is_plain_pdf(facts.body):
        _plain_pdf_facts(facts)
        return
    try:
        reader = PdfReader(io.BytesIO(facts.body), strict=False)
        if reader.metadata is not None and reader.metadata.title:
            facts.title = str(reader.metadata.title)
        facts.fields = len(reader.get_fields() or {})
        facts._reader = reader
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        facts.error = f"pdf: {type(exc).__name__}"


def _pdf_text(facts: DocumentFacts) -> str:
    from pypdf.errors import PyPdfError

    if is_plain_pdf(facts.body):
        return _plain_pdf_text(facts.body)
    reader = facts._reader
    if reader is None:
        return ""
    parts: list[str] = []
    try:
        for page in reader.pages[:MAX_PDF_PAGES]:
            parts.append(page.extract_text() or "")
            if sum(map(len, parts)) > MAX_TEXT:
                break
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        facts.error = f"pdf text: {type(exc).__name__}"
    return " ".join(" ".join(parts).split())[:MAX_TEXT]


def _zip_text(body: bytes) -> str:
    """The text of a DOCX (word/document.xml) or ODT (content.xml)."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as zf:
            names = set(zf.namelist())
            member = next((n for n in ("word/document.xml", "content.xml") if n in names), "")
            if not member:
                return ""
            xml = zf.read(member)[: MAX_TEXT * 20].decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, KeyError):
        return ""
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())[:MAX_TEXT]


def _document_text(facts: DocumentFacts) -> str:
    body = facts.body
    if body.startswith(b"%PDF-"):
        return _pdf_text(facts)
    if body.startswith(b"PK"):
        return _zip_text(body)
    if body.startswith(b"{\\rtf"):
        text = re.sub(r"\\[a-z]+-?\d* ?|[{}]", " ", body[: MAX_TEXT * 4].decode("latin-1"))
        return " ".join(text.split())[:MAX_TEXT]
    return ""


def inspect_document(rules: RuleSet, url: str, page: Page | None) -> DocumentFacts:
    """The facts of a document link; `page` is the stored response or None."""
    kind, kind_rule = document_kind(rules, url, page)
    stored = page is not None and page.ok and bool(page.body)
    if not kind or not stored or page is None:
        return DocumentFacts(url=url, kind=kind, kind_rule=kind_rule, stored=stored)
    facts = DocumentFacts(url, kind, kind_rule, stored=True, body=page.body)
    if page.body.startswith(b"%PDF-"):
        _pdf_facts(facts)
    return facts


def _snippet(match: re.Match[str], text: str, width: int = 60) -> str:
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    return " ".join(text[start:end].split())


#: A wording score this far from zero decides without reading the document's own text.
DECISIVE = 1.0


def document_role(
    rules: RuleSet, facts: DocumentFacts, link_text: str, product_kind: str
) -> DocumentRole:
    """Score the document's role from its wording, fields and own text (see documents.toml).

    The link text, file name and title are scored first; the document's own text is read
    only when that leaves the role open (|score| below 1.0, nothing auxiliary).
    """
    label = " ".join(part for part in (link_text, file_words(facts.url), facts.title) if part)
    rules_here = [
        r for r in rules.section("document_role")
        if not r.option("product_kinds") or product_kind in r.option("product_kinds")
    ]  # fmt: skip
    score = 0.5 if facts.fields else 0.0
    hits: list[tuple[str, str, str]] = []
    matched: set[str] = set()
    for field_name in ("text", "content"):
        auxiliary = any(rules.get(rule_id).option("role") == "auxiliary" for rule_id in matched)
        if field_name == "content" and (auxiliary or abs(score) >= DECISIVE):
            break
        source = label if field_name == "text" else facts.text
        for rule in rules_here:
            match = rule.search(field_name, source) if rule.id not in matched else None
            if match is None:
                continue
            matched.add(rule.id)
            role = rule.option("role")
            hits.append((rule.id, rule.signal, _snippet(match, source)))
            score += rule.weight if role == "form" else -rule.weight if role == "not_form" else 0
    if any(rules.get(rule_id).option("role") == "auxiliary" for rule_id in matched):
        return DocumentRole("auxiliary", score, tuple(hits))
    return DocumentRole("form" if score > 0 else "not_form", score, tuple(hits))
