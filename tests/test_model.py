"""The records between the stages: enums, and a verdict's row and back."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import fields
from typing import Any

import pytest

from digimeter.core.model import (
    LEVELS,
    ORG_TYPES,
    STATUSES,
    VERDICT_FIELDS,
    Case,
    CrawlOutcome,
    Evidence,
    Level,
    Organisation,
    OrgType,
    Product,
    Status,
    Verdict,
)


def _verdict(**changes: Any) -> Verdict:
    values: dict[str, Any] = {
        "run_id": "r1", "org_code": "GM0001", "org_name": "Gemeente Één; \"A\"",
        "org_type": OrgType.GEMEENTE, "product_key": "paspoort", "audience": "burger",
        "status": Status.OK, "level": Level.PREFILLED_FORM, "level_strict": Level.ONLINE_FORM,
        "confidence": 0.85, "product_url": "http://www.a.test/paspoort",
        "route_url": "http://loket.a.test/x?y=1", "via": "http://belasting.test/",
        "signals": ("digid_login", "pdf_form"),
        "evidence": (Evidence("http://a.test/", "r.1", 'snippet "quoted", ; é'),
                     Evidence("http://b.test/", "r.2")),
        "rules_version": "abc123",
    }  # fmt: skip
    values.update(changes)
    return Verdict(**values)


def _through_csv(row: dict[str, str]) -> dict[str, str]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(VERDICT_FIELDS))
    writer.writeheader()
    writer.writerow(row)
    return next(csv.DictReader(io.StringIO(out.getvalue())))


def test_columns_are_the_fields_in_order() -> None:
    assert tuple(f.name for f in fields(Verdict)) == VERDICT_FIELDS
    assert VERDICT_FIELDS[:2] == ("run_id", "org_code")
    assert VERDICT_FIELDS[-1] == "rules_version"


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("org_type", list(OrgType))
def test_row_round_trip_every_status_and_org_type(status: Status, org_type: OrgType) -> None:
    verdict = _verdict(status=status, org_type=org_type)
    row = verdict.as_row()
    assert all(isinstance(v, str) for v in row.values())
    assert row["status"] == status.value and row["org_type"] == org_type.value
    back = Verdict.from_row(_through_csv(row))
    assert back == verdict
    assert type(back.status) is Status and type(back.org_type) is OrgType


@pytest.mark.parametrize("level", [*Level, None])
def test_row_round_trip_every_level_and_none(level: Level | None) -> None:
    verdict = _verdict(level=level, level_strict=level)
    row = verdict.as_row()
    assert row["level"] == ("" if level is None else str(level.value))
    back = Verdict.from_row(_through_csv(row))
    assert back == verdict
    assert back.level is level


def test_empty_optional_fields_round_trip() -> None:
    verdict = _verdict(
        run_id="", status=Status.NOT_FOUND, level=None, level_strict=None, product_url="",
        route_url="", via="", signals=(), evidence=(), rules_version="", confidence=0.0,
    )  # fmt: skip
    row = verdict.as_row()
    assert row["signals"] == "" and row["evidence"] == "[]" and row["confidence"] == "0.00"
    assert Verdict.from_row(_through_csv(row)) == verdict


def test_plain_values_are_taken_as_enums() -> None:
    verdict = _verdict(status="not_offered", org_type="rijk", level=67, level_strict=None)
    assert verdict.status is Status.NOT_OFFERED and verdict.org_type is OrgType.RIJK
    assert verdict.level is Level.ONLINE_FORM
    org = Organisation("W1", "Waterschap", "waterschap", "http://w.test/")
    assert org.org_type is OrgType.WATERSCHAP
    product = Product("p", "", "P", "P", frozenset("W"), "burger", "", ())
    case = Case(org, product, "not_found")
    assert case.outcome is CrawlOutcome.NOT_FOUND


REFUSED = [
    (lambda: _verdict(status="maybe"),
     "Verdict.status: 'maybe' is not a Status; expected one of ok, not_offered"),
    (lambda: _verdict(level=50), "Verdict.level: 50 is not a Level; expected one of 0, 33, 67"),
    (lambda: Organisation("X", "X", "stad", "http://x.test/"),
     "Organisation.org_type: 'stad' is not a OrgType; expected one of gemeente"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_a_value_outside_its_enum_is_refused(make: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        make()


def test_value_tuples_follow_the_enums() -> None:
    assert ORG_TYPES == ("gemeente", "provincie", "waterschap", "rijk")
    assert STATUSES == ("ok", "not_offered", "not_found", "unreachable")
    assert LEVELS == (0, 33, 67, 100)
