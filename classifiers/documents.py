"""Downloadable documents: what a file is, and whether it is the product's printable form.

A document is judged on its link text and file name, and when it was stored, on its own
bytes: the type (magic bytes, Content-Type), and for PDFs the AcroForm fields and the text
of the first pages (pypdf), for DOCX/ODT the text in the zip. The role rules live in
`rules/documents.toml`.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from classifiers.ruleset import RuleSet
from digimeter.pages import Page

#: How much of a document's own text is read for its role.
MAX_TEXT = 4000
MAX_PDF_PAGES = 3

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass(frozen=True)
class DocumentFacts:
    """What a stored (or only linked) document is."""

    url: str
    kind: str  # pdf, doc, or '' (not a document)
    kind_rule: str = ""
    stored: bool = False
    title: str = ""
    text: str = ""
    fields: int = 0
    error: str = ""


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


def _pdf_facts(body: bytes) -> tuple[str, str, int, str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title)
        fields = len(reader.get_fields() or {})
        parts: list[str] = []
        for page in reader.pages[:MAX_PDF_PAGES]:
            parts.append(page.extract_text() or "")
            if sum(map(len, parts)) > MAX_TEXT:
                break
        return title, " ".join(" ".join(parts).split())[:MAX_TEXT], fields, ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        return "", "", 0, f"pdf: {type(exc).__name__}"


def _zip_text(body: bytes) -> tuple[str, str]:
    """The text of a DOCX (word/document.xml) or ODT (content.xml)."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as zf:
            names = set(zf.namelist())
            member = next((n for n in ("word/document.xml", "content.xml") if n in names), "")
            if not member:
                return "", "zip: no document text"
            xml = zf.read(member)[: MAX_TEXT * 20].decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        return "", f"zip: {type(exc).__name__}"
    text = re.sub(r"<[^>]+>", " ", xml)
    return " ".join(text.split())[:MAX_TEXT], ""


def inspect_document(rules: RuleSet, url: str, page: Page | None) -> DocumentFacts:
    """The facts of a document link; `page` is the stored response or None."""
    kind, kind_rule = document_kind(rules, url, page)
    stored = page is not None and page.ok and bool(page.body)
    if not kind or not stored or page is None:
        return DocumentFacts(url=url, kind=kind, kind_rule=kind_rule, stored=stored)
    if page.body.startswith(b"%PDF-"):
        title, text, fields, error = _pdf_facts(page.body)
        return DocumentFacts(url, kind, kind_rule, True, title, text, fields, error)
    if page.body.startswith(b"PK"):
        text, error = _zip_text(page.body)
        return DocumentFacts(url, kind, kind_rule, True, "", text, 0, error)
    if page.body.startswith(b"{\\rtf"):
        text = re.sub(r"\\[a-z]+-?\d* ?|[{}]", " ", page.body[: MAX_TEXT * 4].decode("latin-1"))
        return DocumentFacts(url, kind, kind_rule, True, "", " ".join(text.split())[:MAX_TEXT])
    return DocumentFacts(url=url, kind=kind, kind_rule=kind_rule, stored=True)


def _snippet(match: re.Match[str], text: str, width: int = 60) -> str:
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    return " ".join(text[start:end].split())


def document_role(
    rules: RuleSet, facts: DocumentFacts, link_text: str, product_kind: str
) -> DocumentRole:
    """Score the document's role from its wording, fields and own text (see documents.toml)."""
    label = " ".join(part for part in (link_text, file_words(facts.url), facts.title) if part)
    score = 0.0
    hits: list[tuple[str, str, str]] = []
    auxiliary = False
    for rule in rules.section("document_role"):
        kinds = rule.option("product_kinds")
        if kinds and product_kind not in kinds:
            continue
        match, source = rule.search("text", label), label
        if match is None:
            match, source = rule.search("content", facts.text), facts.text
        if match is None:
            continue
        role = rule.option("role")
        hits.append((rule.id, rule.signal, _snippet(match, source)))
        if role == "auxiliary":
            auxiliary = True
        score += rule.weight if role == "form" else -rule.weight if role == "not_form" else 0
    if facts.fields:
        score += 0.5
    if auxiliary:
        return DocumentRole("auxiliary", score, tuple(hits))
    return DocumentRole("form" if score > 0 else "not_form", score, tuple(hits))
