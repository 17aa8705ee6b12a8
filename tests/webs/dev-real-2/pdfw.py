"""Tiny deterministic PDF writer (text lines, optional AcroForm text fields)."""


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, fields=()):
    """lines: list of str; fields: list of labels (each becomes a text field below the text)."""
    objs = []
    content = ["BT", "/F2 15 Tf", "50 790 Td", "(%s) Tj" % _esc(title), "/F1 10 Tf", "0 -24 Td", "13 TL"]
    for ln in lines:
        content.append("(%s) '" % _esc(ln))
    content.append("ET")
    y0 = 780 - 24 - 13 * (len(lines) + 2)
    annots = []
    for i, lab in enumerate(fields):
        y = y0 - i * 34
        content += ["BT", "/F1 10 Tf", "50 %d Td" % (y + 6), "(%s) Tj" % _esc(lab), "ET",
                    "0.5 w 220 %d 320 20 re S" % y]
        annots.append((lab, y))
    stream = "\n".join(content).encode("latin-1", "replace")
    # 1 catalog, 2 pages, 3 page, 4 font, 5 fontbold, 6 content, 7.. fields
    nf = len(annots)
    field_ids = [7 + i for i in range(nf)]
    cat = "<< /Type /Catalog /Pages 2 0 R"
    if nf:
        cat += " /AcroForm << /Fields [%s] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> >>" % " ".join("%d 0 R" % f for f in field_ids)
    cat += " >>"
    objs.append(cat)
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R"
    if nf:
        page += " /Annots [%s]" % " ".join("%d 0 R" % f for f in field_ids)
    objs.append(page + " >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    for i, (lab, y) in enumerate(annots):
        name = "veld%d" % (i + 1)
        objs.append("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /TU (%s) /Rect [220 %d 540 %d] /F 4 /P 3 0 R /DA (/Helv 10 Tf 0 g) >>"
                    % (name, _esc(lab), y, y + 20))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        body = o if isinstance(o, bytes) else o.encode("latin-1", "replace")
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, _esc(title).encode("latin-1", "replace"), xref)
    return bytes(out)
