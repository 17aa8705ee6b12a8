"""Genuine documents for the simulated web: PDF (optionally with AcroForm fields), DOCX, ODT.

The PDF writer produces PDF 1.7 files with a correct cross-reference table (pypdf reads
them in strict mode): one or more pages of Helvetica text, and for fillable forms an
AcroForm with text fields drawn next to their labels. DOCX and ODT are minimal but valid
zip packages. Output is byte-identical for the same input (fixed zip timestamps, no dates
in the PDF).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 56
LINE = 15
WRAP = 88
ZIP_DATE = (2024, 1, 2, 9, 30, 0)


@dataclass(frozen=True)
class Document:
    """What a document says: a title, paragraphs, and (for forms) the fields to fill in."""

    title: str
    paragraphs: tuple[str, ...] = ()
    #: Labels of the fields to fill in (printed as lines, or AcroForm fields when fillable).
    fields: tuple[str, ...] = ()
    author: str = ""
    subject: str = ""
    extra_lines: tuple[str, ...] = field(default_factory=tuple)


def _pdf_text(value: str) -> bytes:
    raw = value.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap(text: str, width: int = WRAP) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines or [""]


def _layout(doc: Document, fillable: bool) -> list[list[tuple[str, int, str]]]:
    """Pages of (kind, size, text) items: kind 'text' or 'field'."""
    items: list[tuple[str, int, str]] = [("text", 15, doc.title), ("text", 10, "")]
    for paragraph in doc.paragraphs:
        items += [("text", 10, line) for line in _wrap(paragraph)]
        items.append(("text", 10, ""))
    for label in doc.fields:
        items.append(
            (
                "field" if fillable else "text",
                10,
                label if fillable else f"{label}: " + "." * max(10, 60 - len(label)),
            )
        )
    items += [("text", 10, line) for line in doc.extra_lines]
    per_page = (PAGE_H - 2 * MARGIN) // (LINE + 4)
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def pdf_bytes(doc: Document, *, fillable: bool = False) -> bytes:
    """A valid PDF of `doc`; with `fillable`, its fields are AcroForm text fields."""
    objects: list[bytes] = []  # object n is objects[n-1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_ref = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    page_refs: list[int] = []
    field_refs: list[int] = []
    for number, page_items in enumerate(_layout(doc, fillable)):
        stream = io.BytesIO()
        widgets: list[tuple[str, tuple[int, int, int, int]]] = []
        y = PAGE_H - MARGIN
        for kind, size, text in page_items:
            font_name = b"/F2" if size > 12 else b"/F1"
            stream.write(
                b"BT "
                + font_name
                + b" %d Tf %d %d Td " % (size, MARGIN, y)
                + _pdf_text(text)
                + b" Tj ET\n"
            )
            if kind == "field":
                rect = (MARGIN + 230, y - 4, PAGE_W - MARGIN, y + 12)
                stream.write(
                    b"0.6 G %d %d %d %d re S\n"
                    % (rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])
                )
                widgets.append((text, rect))
            y -= LINE + (6 if size > 12 else 4)
        content = stream.getvalue()
        content_ref = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ref = add(b"")
        page_refs.append(page_ref)
        annot_refs = []
        for index, (label, rect) in enumerate(widgets):
            name = "".join(c if c.isalnum() else "_" for c in label.lower()).strip("_")[:40]
            ref = add(
                b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T "
                + _pdf_text(f"{name or 'veld'}_{number + 1}_{index + 1}")
                + b" /TU "
                + _pdf_text(label)
                + b" /Rect [%d %d %d %d] /P %d 0 R /DA (/Helv 10 Tf 0 g) /V () >>"
                % (*rect, page_ref)
            )
            annot_refs.append(ref)
            field_refs.append(ref)
        annots_entry = (
            b" /Annots [" + b" ".join(b"%d 0 R" % r for r in annot_refs) + b"]"
            if annot_refs
            else b""
        )
        objects[page_ref - 1] = (
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /Helv %d 0 R >> >>"
            % (pages_ref, PAGE_W, PAGE_H, content_ref, font, bold, font)
            + annots_entry
            + b" >>"
        )
    objects[pages_ref - 1] = (
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % r for r in page_refs)
        + b"] /Count %d >>" % len(page_refs)
    )
    acroform = b""
    if field_refs:
        form_ref = add(
            b"<< /Fields [" + b" ".join(b"%d 0 R" % r for r in field_refs) + b"] "
            b"/NeedAppearances true /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv %d 0 R >> >> >>"
            % font
        )
        acroform = b" /AcroForm %d 0 R" % form_ref
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_ref, acroform)
    info = add(
        b"<< /Title "
        + _pdf_text(doc.title)
        + b" /Author "
        + _pdf_text(doc.author or "Gemeente")
        + b" /Subject "
        + _pdf_text(doc.subject or doc.title)
        + b" /Producer (digimeter testweb) >>"
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, info, xref)
    )
    return out.getvalue()


def _zip(entries: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def docx_bytes(doc: Document) -> bytes:
    """A minimal valid Word document (.docx) with the title, paragraphs and field lines."""
    paragraphs = [
        f"<w:p><w:pPr><w:pStyle w:val='Title'/></w:pPr><w:r><w:rPr><w:b/></w:rPr>"
        f"<w:t>{escape(doc.title)}</w:t></w:r></w:p>"
    ]
    lines = [*doc.paragraphs, *(f"{label}: ____________________" for label in doc.fields)]
    lines += list(doc.extra_lines)
    paragraphs += [
        f"<w:p><w:r><w:t xml:space='preserve'>{escape(line)}</w:t></w:r></w:p>" for line in lines
    ]
    document = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
        f"<w:body>{''.join(paragraphs)}</w:body></w:document>"
    )
    content_types = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
        "<Default Extension='rels' "
        "ContentType='application/vnd.openxmlformats-package.relationships+xml'/>"
        "<Default Extension='xml' ContentType='application/xml'/>"
        "<Override PartName='/word/document.xml' ContentType='application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>"
    )
    rels = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
        "<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument' Target='word/document.xml'/></Relationships>"
    )
    deflate = zipfile.ZIP_DEFLATED
    return _zip(
        [
            ("[Content_Types].xml", content_types.encode(), deflate),
            ("_rels/.rels", rels.encode(), deflate),
            ("word/document.xml", document.encode(), deflate),
        ]
    )


def odt_bytes(doc: Document) -> bytes:
    """A minimal valid OpenDocument text (.odt): mimetype stored first, then the content."""
    lines = [*doc.paragraphs, *(f"{label}: ____________________" for label in doc.fields)]
    body = f"<text:h text:outline-level='1'>{escape(doc.title)}</text:h>" + "".join(
        f"<text:p>{escape(line)}</text:p>" for line in [*lines, *doc.extra_lines]
    )
    content = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'"
        " xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' office:version='1.2'>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<manifest:manifest xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0'"
        " manifest:version='1.2'>"
        "<manifest:file-entry manifest:full-path='/' "
        "manifest:media-type='application/vnd.oasis.opendocument.text'/>"
        "<manifest:file-entry manifest:full-path='content.xml' manifest:media-type='text/xml'/>"
        "</manifest:manifest>"
    )
    return _zip(
        [
            ("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest.encode(), zipfile.ZIP_DEFLATED),
            ("content.xml", content.encode(), zipfile.ZIP_DEFLATED),
        ]
    )


def size_label(data: bytes, *, style: int = 0) -> str:
    """The size as real link texts write it: '117 kB', '117 KB', '0.9 kB' (varies by style)."""
    kb = len(data) / 1024
    if style % 3 == 1:
        return f"{max(1, round(kb))} KB"
    if style % 3 == 2:
        return f"{kb:.1f} kB"
    return f"{max(1, round(kb))} kB"
