"""A tiny deterministic PDF writer: one A4 page of text, optionally a form with AcroForm text fields."""


def _esc(s):
    s = s.encode("cp1252", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, fields=None):
    ops = ["BT /F1 16 Tf 50 790 Td (" + _esc(title) + ") Tj ET"]
    y = 760
    for ln in lines:
        ops.append(f"BT /F1 10 Tf 50 {y} Td ({_esc(ln)}) Tj ET")
        y -= 16
    widgets = []
    if fields:
        y -= 10
        for i, f in enumerate(fields):
            ops.append(f"BT /F1 10 Tf 50 {y + 4} Td ({_esc(f)}:) Tj ET")
            h = 40 if f.lower().startswith(("omschrijving", "handtekening")) else 18
            ops.append(f"0.5 w 200 {y - h + 16} 340 {h} re S")
            widgets.append((f"veld{i + 1}", f, [200, y - h + 16, 540, y + 16]))
            y -= h + 12
    stream = "\n".join(ops).encode("latin-1")
    objs = []
    # 1 catalog, 2 pages, 3 page, 4 font, 5 content, 6.. widgets
    n_w = len(widgets)
    wid_ids = [6 + i for i in range(n_w)]
    acro = ""
    if widgets:
        acro = f" /AcroForm << /Fields [{' '.join(f'{i} 0 R' for i in wid_ids)}] /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 4 0 R >> >> >>"
    objs.append(f"<< /Type /Catalog /Pages 2 0 R{acro} >>".encode())
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    annots = f" /Annots [{' '.join(f'{i} 0 R' for i in wid_ids)}]" if widgets else ""
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R{annots} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    for name, label, rect in widgets:
        objs.append(f"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({name}) /TU ({_esc(label)}) /Rect [{' '.join(str(v) for v in rect)}] "
                    f"/F 4 /P 3 0 R /DA (/F1 10 Tf 0 g) >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info << /Title ({_esc(title)}) /Producer (web-dev22) >> >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
