"""A tiny deterministic PDF writer: text pages, optionally with AcroForm text fields and
check boxes (a form PDF), and a minimal DOCX writer. No external libraries."""
import io
import zipfile


def _esc(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252", "replace").decode("latin-1")


def make_pdf(title, lines, fields=None, author="", subject=""):
    """lines: list of str (a line starting with '# ' is a heading).
    fields: list of (label, name) text fields or (label, name, 'check') check boxes, drawn
    below the text as a form. Returns bytes."""
    fields = fields or []
    objs = []  # list of bytes bodies; object n = index+1

    def add(body):
        objs.append(body)
        return len(objs)

    # layout
    content = []
    y = 800
    content.append("BT /F2 16 Tf 50 %d Td (%s) Tj ET" % (y, _esc(title)))
    y -= 30
    for ln in lines:
        if ln.startswith("# "):
            y -= 6
            content.append("BT /F2 12 Tf 50 %d Td (%s) Tj ET" % (y, _esc(ln[2:])))
            y -= 18
        else:
            # wrap at ~95 chars
            words = ln.split()
            cur = ""
            out = []
            for w in words:
                if len(cur) + len(w) + 1 > 95:
                    out.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            out.append(cur)
            for o in out:
                content.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _esc(o)))
                y -= 14
            y -= 4
        if y < 120:
            break
    widgets = []
    for f in fields:
        label, name = f[0], f[1]
        kind = f[2] if len(f) > 2 else "text"
        if y < 60:
            break
        content.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _esc(label)))
        if kind == "check":
            rect = (300, y - 3, 312, y + 9)
        else:
            rect = (220, y - 4, 545, y + 12)
            content.append("0.6 G 220 %d 325 16 re S" % (y - 4))
        widgets.append((name, kind, rect))
        y -= 24
    stream = "\n".join(content).encode("latin-1")

    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    cont = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    # reserve page and pages ids
    pages_id = len(objs) + 1
    page_id = len(objs) + 2
    objs.append(None)
    objs.append(None)
    widget_ids = []
    for name, kind, rect in widgets:
        r = "[%d %d %d %d]" % rect
        if kind == "check":
            body = ("<< /Type /Annot /Subtype /Widget /FT /Btn /T (%s) /Rect %s /P %d 0 R /F 4 "
                    "/V /Off /AS /Off /MK << /BC [0 0 0] >> >>" % (name, r, page_id))
        else:
            body = ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /Rect %s /P %d 0 R /F 4 "
                    "/DA (/Helv 10 Tf 0 g) /V () /MK << /BC [0.6 0.6 0.6] >> >>" % (name, r, page_id))
        widget_ids.append(add(body.encode("latin-1")))
    annots = ""
    if widget_ids:
        annots = " /Annots [%s]" % " ".join("%d 0 R" % i for i in widget_ids)
    objs[page_id - 1] = (
        "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /Helv %d 0 R >> >>%s >>"
        % (pages_id, cont, font1, font2, font1, annots)).encode("latin-1")
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page_id).encode()
    acro = ""
    if widget_ids:
        helv = font1
        acro = (" /AcroForm << /Fields [%s] /NeedAppearances true /DA (/Helv 10 Tf 0 g) "
                "/DR << /Font << /Helv %d 0 R >> >> >>" % (" ".join("%d 0 R" % i for i in widget_ids), helv))
    cat = add(("<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, acro)).encode("latin-1"))
    info = add(("<< /Title (%s) /Author (%s) /Subject (%s) /Producer (heldout-web pdfw) >>"
                % (_esc(title), _esc(author), _esc(subject))).encode("latin-1"))

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


def make_docx(title, paragraphs):
    """A minimal valid .docx with a title and paragraphs (a line ending in ':' gets a
    dotted answer line, like a Word form)."""
    def x(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = ['<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>' % x(title)]
    for p in paragraphs:
        if p.endswith(":"):
            p = p + " ...................................................."
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
