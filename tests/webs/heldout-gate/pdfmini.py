"""A tiny PDF writer: one or more A4 pages of Helvetica text, optional boxes with AcroForm
text fields (a form PDF), and a valid xref table. Deterministic output."""


def _esc(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252", "replace")


def make_pdf(title, blocks, fields=False, producer="Microsoft Word"):
    """blocks: list of ("h", text) heading, ("p", text) paragraph, ("field", label) a form
    field (label + box; an AcroForm text field when fields=True), ("sign", label) a
    signature line. Returns bytes."""
    pages = []          # list of (content bytes, [annots])
    cur = []
    annots = []
    y = 800
    fnum = [0]

    def newpage():
        nonlocal cur, annots, y
        if cur:
            pages.append((b"\n".join(cur), annots))
        cur, annots, y = [], [], 800

    def text(x, yy, size, s, bold=False):
        font = b"/F2" if bold else b"/F1"
        cur.append(b"BT " + font + b" %d Tf %d %d Td (" % (size, x, yy) + _esc(s) + b") Tj ET")

    def wrap(s, width):
        words, lines, line = s.split(), [], ""
        for w in words:
            if len(line) + len(w) + 1 > width:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        if line:
            lines.append(line)
        return lines

    import hashlib as _h
    _d = _h.sha256(title.encode("utf-8")).digest()
    cur.append(b"q %d 0 0 %d 400 790 cm /Im1 Do Q" % ((160 + _d[0] % 240) // 3, (50 + _d[1] % 90) // 3))
    text(50, y, 16, title, bold=True)
    y -= 30
    for kind, s in blocks:
        if y < 90:
            newpage()
        if kind == "h":
            y -= 6
            text(50, y, 12, s, bold=True)
            y -= 18
        elif kind == "p":
            for ln in wrap(s, 95):
                if y < 60:
                    newpage()
                text(50, y, 10, ln)
                y -= 13
            y -= 5
        elif kind in ("field", "sign"):
            text(50, y, 10, s)
            h = 30 if kind == "sign" else 16
            cur.append(b"0.5 w 220 %d 320 %d re S" % (y - 4, h))
            fnum[0] += 1
            if fields:
                annots.append((s, (220, y - 4, 540, y - 4 + h), fnum[0]))
            y -= h + 10
    newpage()

    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pagesobj = add(None)
    # a scanned-looking letterhead image (deterministic bytes), as real form PDFs carry logos
    import hashlib
    h = hashlib.sha256(title.encode("utf-8")).digest()
    iw, ih = 160 + h[0] % 240, 50 + h[1] % 90
    pix = bytearray()
    seed = h
    while len(pix) < iw * ih:
        seed = hashlib.sha256(seed).digest()
        pix += bytes(200 + (b % 56) for b in seed)
    pix = bytes(pix[:iw * ih])
    img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
              b"/BitsPerComponent 8 /Length %d >>\nstream\n" % (iw, ih, len(pix)) + pix + b"\nendstream")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    page_ids, field_ids = [], []
    for content, anns in pages:
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(None)
        ann_ids = []
        for label, rect, n in anns:
            name = "veld%d" % n
            fid = add(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (" + _esc(name) +
                      b") /TU (" + _esc(label) + b") /Rect [%d %d %d %d] /F 4 /P %d 0 R "
                      % (rect + (pid,)) + b"/DA (/F1 10 Tf 0 g) /MK << /BC [0 0 0] >> >>")
            ann_ids.append(fid)
            field_ids.append(fid)
        annot = b""
        if ann_ids:
            annot = b" /Annots [" + b" ".join(b"%d 0 R" % a for a in ann_ids) + b"]"
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                         b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << /Im1 %d 0 R >> >>"
                         % (pagesobj, cid, f1, f2, img)
                         + annot + b" >>")
        page_ids.append(pid)
    objs[pagesobj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                          + b"] /Count %d >>" % len(page_ids))
    acro = b""
    if field_ids:
        acro = (b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % f for f in field_ids) +
                b"] /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 %d 0 R >> >> /NeedAppearances true >>" % f1)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R" % pagesobj + acro + b" >>"
    info = add(b"<< /Title (" + _esc(title) + b") /Producer (" + _esc(producer) + b") >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)


def make_docx(title, paragraphs):
    """A minimal valid .docx (WordprocessingML) with a title and paragraphs."""
    import io
    import zipfile
    from xml.sax.saxutils import escape
    body = "".join(
        '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % ('<w:rPr><w:b/></w:rPr>' if i == 0 else "", escape(p))
        for i, p in enumerate([title] + list(paragraphs)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + body + '</w:body></w:document>')
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
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def make_odt(title, paragraphs):
    """A minimal valid .odt (OpenDocument Text)."""
    import io
    import zipfile
    from xml.sax.saxutils import escape
    body = "".join("<text:p>%s</text:p>" % escape(p) for p in [title] + list(paragraphs))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>' + body + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=(2024, 3, 1, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
