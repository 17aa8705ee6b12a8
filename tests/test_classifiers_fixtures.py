"""Fixture cases: stored pages in, one verdict out, one assertion per expected field.

Each `tests/fixtures/<case>/` holds the pages of one organisation x product (`pages.json`
maps URLs to files, status, headers and the rendered flag), the crawl case (`case.json`)
and the expected verdict (`expected.json`: status, level, level_strict, route_url, via,
`signals` that must be present and `forbidden` signals that must be absent, optional
confidence bounds and evidence rule ids). See `tests/fixtures/build_fixtures.py` for where
every page comes from. A failing check names the case and the field.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from classifiers import Classifier, load_rules
from classifiers.signals import level_from_signals
from digimeter.core.configfiles import load_products
from digimeter.core.model import Case, Organisation, Verdict
from digimeter.core.pages import MemoryPageStore, Page

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").is_file())

#: Known misclassifications: (case, check) -> why. Fixing one makes the suite say so.
KNOWN_WRONG: dict[tuple[str, str], str] = {}


def load_store(folder: Path) -> MemoryPageStore:
    store = MemoryPageStore()
    for entry in json.loads((folder / "pages.json").read_text(encoding="utf-8")):
        body = (folder / entry["file"]).read_bytes() if "file" in entry else b""
        store.add(
            Page(
                url=entry["url"],
                status=entry.get("status", 200),
                headers=entry.get("headers", {}),
                body=body,
                rendered=entry.get("rendered", False),
                error=entry.get("error", ""),
            )
        )
    return store


def load_case(folder: Path) -> Case:
    raw = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    products = {p.key: p for p in load_products()}
    return Case(
        org=Organisation(**raw["org"]),
        product=products[raw["product"]],
        outcome=raw["outcome"],
        product_url=raw["product_url"],
        reason=raw.get("reason", ""),
    )


@cache
def verdict_of(name: str) -> Verdict:
    folder = FIXTURES / name
    return Classifier(load_store(folder), load_rules()).classify(load_case(folder))


def expected_of(name: str) -> dict[str, object]:
    return json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))


def checks() -> list[object]:
    params = []
    for name in CASES:
        expected = expected_of(name)
        names = ["status", "level", "level_strict", "route_url", "via"]
        names += [f"+{s}" for s in expected.get("signals", [])]  # type: ignore[union-attr]
        names += [f"-{s}" for s in expected.get("forbidden", [])]  # type: ignore[union-attr]
        names += [
            k for k in ("confidence_min", "confidence_max", "evidence_rules") if k in expected
        ]
        names += ["signals_recompute_levels", "rules_version"]
        for check in names:
            marks = []
            if (name, check) in KNOWN_WRONG:
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[(name, check)])]
            params.append(pytest.param(name, check, id=f"{name}:{check}", marks=marks))
    return params


@pytest.mark.parametrize(("name", "check"), checks())
def test_fixture(name: str, check: str) -> None:
    verdict, expected = verdict_of(name), expected_of(name)
    if check in ("status", "level", "level_strict", "route_url", "via"):
        assert getattr(verdict, check) == expected[check], verdict.evidence
    elif check.startswith("+"):
        assert check[1:] in verdict.signals, verdict.signals
    elif check.startswith("-"):
        assert check[1:] not in verdict.signals, verdict.evidence
    elif check == "confidence_min":
        assert verdict.confidence >= expected[check]
    elif check == "confidence_max":
        assert verdict.confidence <= expected[check]
    elif check == "evidence_rules":
        assert set(expected[check]) <= {e.rule for e in verdict.evidence}  # type: ignore[arg-type]
    elif check == "signals_recompute_levels":
        if verdict.status == "ok":
            assert level_from_signals(verdict.signals) == verdict.level
            assert level_from_signals(verdict.signals, strict=True) == verdict.level_strict
        else:
            assert verdict.level is None and verdict.level_strict is None
    elif check == "rules_version":
        assert verdict.rules_version == load_rules().version and len(verdict.rules_version) == 12
    else:
        raise AssertionError(f"unknown check {check}")


def test_every_signal_and_trap_is_covered() -> None:
    """The fixtures exercise every signal of the vocabulary the classifier can emit."""
    from classifiers.signals import SIGNALS

    seen = {s for name in CASES for s in verdict_of(name).signals}
    never_emitted = {"login_text"}  # emitted, but only asserted through the corpus gate
    assert SIGNALS - seen - never_emitted == set()


def test_evidence_explains_every_ok_verdict() -> None:
    for name in CASES:
        verdict = verdict_of(name)
        assert verdict.evidence, name
        for evidence in verdict.evidence:
            assert evidence.url and evidence.rule, (name, evidence)
            assert len(evidence.snippet) <= 160, (name, evidence)
