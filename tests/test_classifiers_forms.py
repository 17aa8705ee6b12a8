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
