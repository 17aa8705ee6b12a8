"""Documents: the plain-PDF reader agrees with pypdf, and roles follow the wording."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from classifiers import load_rules
from classifiers.documents import (
    DocumentFacts,
    _plain_pdf_facts,
    _plain_pdf_text,
    document_role,
    inspect_document,
    is_plain_pdf,
)
from digimeter.core.pages import Page

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "sites"
PDFS = sorted(CORPUS.rglob("*.pdf")) + sorted((Path(__file__).parent / "fixtures").rglob("*.pdf"))


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_plain_pdf_reader_agrees_with_pypdf(path: Path) -> None:
    body = path.read_bytes()
    assert is_plain_pdf(body)
    facts = DocumentFacts(str(path), "pdf", stored=True, body=body)
    _plain_pdf_facts(facts)
    reader = PdfReader(io.BytesIO(body), strict=True)
    title = str(reader.metadata.title) if reader.metadata and reader.metadata.title else ""
    assert (facts.title, facts.fields) == (title, len(reader.get_fields() or {}))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages[:3]).split())[:4000]
    assert _plain_pdf_text(body) == text


def test_compressed_pdf_goes_to_pypdf() -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 10 10 Td (Vul dit formulier in) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})  # fmt: skip
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    page.compress_content_streams()
    writer.add_metadata({"/Title": "Aanvraagformulier ontheffing"})
    buf = io.BytesIO()
    writer.write(buf)
    body = buf.getvalue()
    assert not is_plain_pdf(body)
    pdf = Page("http://x.test/a.pdf", 200, {"content-type": "application/pdf"}, body)
    facts = inspect_document(load_rules(), pdf.url, pdf)
    assert facts.kind == "pdf" and facts.title == "Aanvraagformulier ontheffing"
    assert facts.text == "Vul dit formulier in" and facts.fields == 0


@pytest.mark.parametrize(
    ("link_text", "role"),
    [
        ("Aanvraagformulier (pdf, 117 kB)", "form"),
        ("Verordening hondenbelasting 2024 (pdf, 3 kB)", "not_form"),
        ("Tarieven leges 2024 (pdf)", "not_form"),
        ("Brochure kwijtschelding (pdf)", "not_form"),
        ("Klachtenbrochure met klachtenformulier (pdf)", "form"),
        ("Toestemming reisdocument minderjarige (pdf, 81 KB)", "auxiliary"),
        ("Verklaring hoofdbewoner (pdf)", "auxiliary"),
    ],
)
def test_role_from_wording_alone(link_text: str, role: str) -> None:
    facts = DocumentFacts("http://x.test/document.pdf", "pdf")
    assert document_role(load_rules(), facts, link_text, "aanvraag").role == role


def test_appearance_products_have_no_paper_route() -> None:
    facts = DocumentFacts("http://x.test/aanvraagformulier.pdf", "pdf")
    rules = load_rules()
    assert document_role(rules, facts, "Aanvraagformulier (pdf)", "afspraak").role == "auxiliary"


def test_static_web_store_adds_the_servers_fixed_answers(tmp_path: Path) -> None:
    import json

    from digimeter.cli.labelled import StaticWebStore

    site = tmp_path / "sites" / "www.x.test"
    site.mkdir(parents=True)
    (site / "oud").write_bytes("<p>Caf\u00e9</p>".encode("cp1252"))
    manifest = {
        "behaviours": {
            "redirects": [{"url": "http://f.x.test/auth/a/digid/start", "status": 302,
                           "location": "http://digid-sim.test/saml/idp/request_authentication"}],
            "statuses": [{"url": "http://www.x.test/", "status": 503}],
            "content_types": [{"url": "http://www.x.test/oud",
                               "content_type": "text/html; charset=windows-1252"}],
        }
    }  # fmt: skip
    (tmp_path / "testweb.json").write_text(json.dumps(manifest))
    store = StaticWebStore(tmp_path)
    redirect = store.get("http://f.x.test/auth/a/digid/start")
    assert redirect is not None and redirect.status == 302
    assert redirect.location.startswith("http://digid-sim.test/")
    home = store.get("http://www.x.test/")
    assert home is not None and home.status == 503
    page = store.get("http://www.x.test/oud")
    assert page is not None and "Caf\u00e9" in page.text()
    missing = store.get("http://www.x.test/nope")
    assert missing is not None and missing.status == 404
