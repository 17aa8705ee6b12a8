"""The one host-kind lookup (`classifiers.hostkinds`) shared by the crawler and classifiers."""

from __future__ import annotations

import pytest

from classifiers.hostkinds import host_kind, is_route_host


@pytest.mark.parametrize(
    ("url", "kind", "rule"),
    [
        ("http://mijn.gemeente-a.test/klacht/", "form", "platform.eformhost"),
        ("https://formulieren.goes.nl/x", "form", "platform.eformhost"),
        ("https://webformulieren.zwolle.nl/", "form", "platform.eformhost"),
        ("https://loket-formulieren.x.nl/", "form", "platform.eformhost"),
        ("https://form.x.nl/", "form", "platform.eformhost"),
        ("https://zaken.goes.test/", "form", "platform.eformhost"),
        ("https://aanvragen.x.nl/", "form", "platform.eformhost"),
        ("https://ommeland.formdesk.test/ommeland/x", "form", "platform.formdesk"),
        ("https://portaal.x.nl/", "portal", "platform.portal.host"),
        ("https://login.x.nl/", "login", "platform.login.host"),
        ("https://auth.x.nl/", "login", "platform.login.host"),
        ("https://idp.x.nl/", "login", "platform.login.host"),
        ("https://digid.gemeente-x.nl/", "login", "platform.login.host"),
        ("https://eherkenning.gemeente-x.nl/", "login", "platform.login.host"),
        ("https://afspraak.x.nl/", "appointment", "platform.appointment.host"),
        ("https://afspraken.x.nl/", "appointment", "platform.appointment.host"),
        ("https://lingewaard.afspraakmaken.nl/", "appointment", "platform.appointment.host"),
        ("https://epe.mijnafspraakmaken.nl/", "appointment", "platform.appointment.host"),
        ("https://omgevingswet.overheid.test/", "portal", "platform.omgevingsloket"),
        ("http://digid-sim.test/saml/idp/request_authentication", "identity_provider",
         "idp.digid.host"),
        ("https://www.eherkenning.nl/", "identity_provider", "idp.eherkenning.host"),
    ],
)  # fmt: skip
def test_route_hosts_have_a_kind(url: str, kind: str, rule: str) -> None:
    found = host_kind(url)
    assert found is not None and (found.kind, found.rule) == (kind, rule)
    assert is_route_host(url)
    assert is_route_host(url.split("/")[2])  # a bare host name works too


@pytest.mark.parametrize(
    "url",
    [
        "http://www.gemeente-a.test/paspoort",
        "http://loket.gemeente-a.test/producten/paspoort",
        "https://www.mijngemeente.nl/",  # 'mijn' only as a sub-domain label counts
        "https://gemeente.nl/formulieren/aanvraag",  # a form path is not a form host
        "https://www.regio-belastingen.test/kwijtschelding",
    ],
)
def test_ordinary_hosts_have_no_kind(url: str) -> None:
    assert host_kind(url) is None
    assert not is_route_host(url)


def test_vendor_hosts_are_marked() -> None:
    formdesk = host_kind("https://fd8.formdesk.com/gemeente/aanvraag")
    assert formdesk is not None and formdesk.vendor
    own = host_kind("https://mijn.gemeente.nl/")
    assert own is not None and not own.vendor
