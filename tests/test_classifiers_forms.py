"""What kind of form a <form> is (`classifiers.forms`, rules/forms.toml)."""

from __future__ import annotations

import lxml.html
import pytest

from classifiers import load_rules
from classifiers.forms import page_forms

BOOKING = (
    "<form method='post' action='/bevestig'><label>Product<select name='p'><option>Paspoort"
    "</option><option>Rijbewijs</option></select></label><label>Datum<input type='date' "
    "name='d'></label><button>Kies tijd</button></form>"
)
REQUEST = (
    "<form method='post' action='/verzend'><label>Naam<input name='n'></label><label>Datum "
    "evenement<input type='date' name='d'></label><button>Versturen</button></form>"
)


@pytest.mark.parametrize(
    ("form", "context", "kind"),
    [
        (BOOKING, "http://afspraken.ommeland.test/ | Afspraak maken | Afspraak maken", "booking"),
        # a date on a request form, and the picker on a page that is not about an appointment
        (REQUEST, "http://www.ommeland.test/evenement | Evenement aanmelden | ", "request"),
        (BOOKING.replace("Kies tijd", "Aanvragen"), "http://x.test/ | Vergunning | ", "request"),
    ],
)
def test_a_date_picker_on_an_appointment_page_is_a_booking(
    form: str, context: str, kind: str
) -> None:
    scope = lxml.html.fromstring(f"<main>{form}</main>")
    (facts,) = page_forms(load_rules(), scope, "http://afspraken.ommeland.test/", context)
    assert facts.kind == kind
    assert (facts.signal == "appointment_online") == (kind == "booking")


SURVEY = (
    "<form method='post' class='eform'><label>Rapportcijfer <input name='cijfer' required>"
    "</label><label>Toelichting <input name='toelichting'></label><button>Verzenden</button>"
    "</form>"
)
COMPLAINT = (
    "<form method='post'><label>Naam<input name='n'></label><label>Adres<input name='a'>"
    "</label><label>E-mailadres<input name='e'></label><label>Omschrijving<textarea name='o'>"
    "</textarea></label><button>Verzenden</button></form>"
)


@pytest.mark.parametrize(
    ("form", "context", "kind"),
    [
        (SURVEY, "http://x.test/enquete | Klanttevredenheidsonderzoek | Hoe tevreden bent u?",
         "feedback"),
        (SURVEY, "http://x.test/formulier | Formulier | Formulier", "feedback"),  # the rating
        (COMPLAINT, "http://x.test/klacht | Ontevreden over ons? | Ontevreden over ons?",
         "request"),  # a complaint is a product's form
    ],
)  # fmt: skip
def test_a_satisfaction_survey_is_no_product_form(form: str, context: str, kind: str) -> None:
    scope = lxml.html.fromstring(f"<main>{form}</main>")
    (facts,) = page_forms(load_rules(), scope, "http://x.test/", context)
    assert facts.kind == kind
    assert (facts.signal == "trap_feedback_form") == (kind == "feedback")


@pytest.mark.parametrize(
    ("context", "kind"),
    [
        # a form that asks for an appointment, for whatever product it names: the counter (0)
        ("http://mijn.x.test/formulier/erkenning-afspraak-aanvragen/ | Erkenning: afspraak "
         "aanvragen | Erkenning: afspraak aanvragen", "booking"),
        ("http://x.test/formulier/afspraakverzoek | Afspraakverzoek | ", "booking"),
        # a request to be phoned is a question, not the product's request
        ("http://x.test/formulier/bel-mij-terug | Bel mij terug | Bel mij terug", "contact"),
        ("http://fd.x.test/gemeente/terugbelverzoek | Formulier | Terugbelverzoek", "contact"),
        # a form that orders a paper form by post
        ("http://x.test/formulier-per-post | Formulier per post ontvangen | ", "contact"),
        # the product's own form, whose page mentions neither
        ("http://x.test/formulier/bijzondere-bijstand | Bijzondere bijstand aanvragen | ",
         "request"),
    ],
)  # fmt: skip
def test_appointment_requests_and_callback_requests_are_no_product_forms(
    context: str, kind: str
) -> None:
    scope = lxml.html.fromstring(f"<main>{COMPLAINT}</main>")
    (facts,) = page_forms(load_rules(), scope, "http://x.test/", context)
    assert facts.kind == kind, context


PICKUP = (
    "<form method='post' action='/grofvuil-formulier'><label>Postcode <input name='pc'></label>"
    "<label>Huisnummer <input name='hn'></label><label>Kies een datum <select name='d'>"
    "<option>maandag</option><option>donderdag</option></select></label>"
    "<button>Afspraak bevestigen</button></form>"
)
COUNTER = PICKUP.replace("Postcode", "Naam").replace("Huisnummer", "E-mailadres")
PAYMENT = (
    "<form method='post' action='/betalen/ideal'><p>Betaal een factuur met iDEAL.</p><label>"
    "Factuurnummer <input name='factuur'></label><label>Bedrag <input name='bedrag'></label>"
    "<button>Betalen met iDEAL</button></form>"
)
START = (
    "<form method='post' action='/api/v2/submissions/klacht'><label>Naam <input name='naam'>"
    "</label><button type='submit'>Formulier starten</button></form>"
)


@pytest.mark.parametrize(
    ("form", "context", "kind"),
    [
        # a date chosen for one's address books the collection itself: the product's form
        (PICKUP, "http://www.afval.test/grofvuil | Grofvuil laten ophalen | ", "request"),
        # the same booking for a person (a visit to the counter) stays a booking
        (COUNTER, "http://www.afval.test/grofvuil | Grofvuil laten ophalen | ", "booking"),
        # paying an invoice is no request, though its form is posted
        (PAYMENT, "http://www.x.test/betalen/ | Online betalen | ", "payment"),
        # an e-form's start page: one field and 'Formulier starten'
        (START, "http://formulieren.x.test/klacht/ | Klacht indienen | ", "request"),
        (START.replace("Formulier starten", "Verzenden"), "http://x.test/ | Klacht | ", "other"),
        # a form that orders the application form on paper is a question, not the request
        (
            COMPLAINT,
            "http://x.test/formulier/aanvraagformulier-afvalcontainer-bestellen | "
            "Aanvraagformulier Afvalcontainer aanvragen bestellen - Gemeente X | ",
            "contact",
        ),
        (
            COMPLAINT,
            "http://x.test/formulier/afvalcontainer | Afvalcontainer bestellen | ",
            "request",
        ),
    ],
)
def test_a_booked_collection_and_an_e_form_start_are_request_forms(
    form: str, context: str, kind: str
) -> None:
    scope = lxml.html.fromstring(f"<main>{form}</main>")
    (facts,) = page_forms(load_rules(), scope, "http://www.afval.test/", context)
    assert facts.kind == kind
