"""The rule files: loaded and validated at load, versioned, and rejected when malformed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from classifiers.routes import identity_provider_rule, route_links
from classifiers.rule import Rule, lowered
from classifiers.rulefile import RuleFileError
from classifiers.ruleset import RULES_DIR, load_rules, rules_version
from classifiers.rulespecs import SECTIONS
from classifiers.signals import SIGNALS
from digimeter.core.pages import Page


def copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    return target


def test_shipped_rules_load_with_rationales_and_known_signals() -> None:
    rules = load_rules()
    assert len(rules.rules) > 80
    assert set(rules.files) >= {"routes.toml", "logins.toml", "documents.toml", "phrases.toml"}
    for rule in rules.rules:
        assert rule.rationale and rule.patterns, rule.id
        assert rule.section in SECTIONS
        assert not rule.signal or rule.signal in SIGNALS, rule.id
        assert 0 <= rule.weight <= 1


def test_rules_version_is_a_short_hash_that_follows_the_files(tmp_path: Path) -> None:
    folder = copy_rules(tmp_path)
    before = rules_version(folder)
    assert before == load_rules().version and len(before) == 12
    path = folder / "phrases.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert rules_version(folder) != before
    assert load_rules(folder).version == rules_version(folder)


BAD_RULES = [
    ("unknown_field", 'id = "x.one"\ntext = "a"\nsignal = "login_text"\nrationale = "r"\n'
     'colour = "red"\n', ["x.toml", "x.one", "unknown field 'colour'"]),
    ("empty_pattern", 'id = "x.two"\ntext = "  "\nsignal = "login_text"\nrationale = "r"\n',
     ["x.toml", "x.two", "'text' is an empty pattern"]),
    ("bad_regex", 'id = "x.three"\ntext = "(unclosed"\nsignal = "login_text"\nrationale = "r"\n',
     ["x.toml", "x.three", "bad regular expression in 'text'"]),
    ("unknown_signal", 'id = "x.four"\ntext = "a"\nsignal = "digi_d"\nrationale = "r"\n',
     ["x.toml", "x.four", "unknown signal 'digi_d'", "'signal'"]),
    ("missing_rationale", 'id = "x.five"\ntext = "a"\nsignal = "login_text"\n',
     ["x.toml", "x.five", "'rationale'"]),
    ("blank_rationale", 'id = "x.six"\ntext = "a"\nsignal = "login_text"\nrationale = " "\n',
     ["x.toml", "x.six", "'rationale'"]),
    ("missing_id", 'text = "a"\nsignal = "login_text"\nrationale = "r"\n',
     ["x.toml", "[[phrase]]", "missing field 'id'"]),
    ("no_pattern", 'id = "x.seven"\nsignal = "login_text"\nrationale = "r"\n',
     ["x.toml", "x.seven", "no pattern"]),
    ("bad_weight", 'id = "x.eight"\ntext = "a"\nsignal = "login_text"\nrationale = "r"\n'
     "weight = 1.5\n", ["x.toml", "x.eight", "'weight'"]),
    ("bad_scope", 'id = "x.nine"\ntext = "a"\nsignal = "login_text"\nrationale = "r"\n'
     'scope = "everywhere"\n', ["x.toml", "x.nine", "'scope'", "product, route, any"]),
    ("missing_signal", 'id = "x.ten"\ntext = "a"\nrationale = "r"\n',
     ["x.toml", "x.ten", "missing field 'signal'"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "body", "expected"), BAD_RULES, ids=[b[0] for b in BAD_RULES])
def test_bad_rule_is_rejected_naming_file_rule_and_field(
    tmp_path: Path, name: str, body: str, expected: list[str]
) -> None:
    folder = copy_rules(tmp_path)
    (folder / "x.toml").write_text(f"[[phrase]]\n{body}", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rules(folder)
    for part in expected:
        assert part in str(info.value)


def test_duplicate_id_across_files_is_rejected(tmp_path: Path) -> None:
    folder = copy_rules(tmp_path)
    (folder / "zz.toml").write_text(
        '[[phrase]]\nid = "phrase.prefill.filled_in"\ntext = "a"\nsignal = "prefill_text"\n'
        'rationale = "r"\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match=r"zz\.toml.*phrase\.prefill\.filled_in.*duplicate"):
        load_rules(folder)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("overview = 0.8", "overview = 1.5"), "field 'overview' must be a number from 0 to 1"),
        (("overview = 0.8", 'overview = "high"'), "[confidence] field 'overview' must be a number"),
        (("overview = 0.8", "overview = true"), "[confidence] field 'overview' must be a number"),
        (("overview = 0.8", "overvieuw = 0.8"), "[confidence] unknown field 'overvieuw'"),
        (("level0 = 0.75", ""), "[confidence] missing field 'level0'"),
    ],
)  # fmt: skip
def test_bad_confidence_table_is_rejected_naming_file_and_field(
    tmp_path: Path, edit: tuple[str, str], expected: str
) -> None:
    folder = copy_rules(tmp_path)
    path = folder / "confidence.toml"
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rules(folder)
    assert str(info.value).startswith("confidence.toml: ") and expected in str(info.value)


def test_the_confidences_come_from_the_rule_files(tmp_path: Path) -> None:
    assert load_rules().confidence("overview") == 0.8
    folder = copy_rules(tmp_path)
    path = folder / "confidence.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("overview = 0.8", "overview = 0.3"),
        encoding="utf-8",
    )
    assert load_rules(folder).confidence("overview") == 0.3
    (copy_rules(tmp_path / "b") / "confidence.toml").unlink()  # rules are cached per folder
    with pytest.raises(RuleFileError, match="no \\[confidence\\] table"):
        load_rules(tmp_path / "b" / "rules")


def test_unknown_section_and_broken_toml_are_rejected(tmp_path: Path) -> None:
    folder = copy_rules(tmp_path)
    (folder / "x.toml").write_text('[[phrases]]\nid = "a"\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"x\.toml: unknown section 'phrases'"):
        load_rules(folder)
    (folder / "x.toml").write_text("[[phrase]\nid = ", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"x\.toml: cannot read the rule file"):
        load_rules(folder)


@pytest.mark.parametrize(
    "text",
    [
        "İ aanvragen met DigiD",  # İ lowers to two characters: i and a combining dot
        "İSTANBUL İİİ: aanvragen met DigiD",
        "STRAẞE ẞ İ Σ: aanvragen met DigiD",  # ẞ lowers to ß (one), Σ to σ
        "ǅ ﬃ Ω K Å: aanvragen met DigiD",  # title case, ligature, Ohm, Kelvin, Angstrom signs
    ],
)
def test_a_match_at_the_end_of_text_that_changes_length_when_lowered_is_found(text: str) -> None:
    assert len(text.lower()) != len(text) or "İ" not in text
    low = lowered(text)
    assert len(low) == len(text) and low.endswith("aanvragen met digid")
    rule = Rule(id="t", section="phrase", source="t.toml", rationale="test",
                patterns={"text": re.compile("met digid$")})  # fmt: skip
    match = rule.search("text", text)
    assert match is not None and text[match.start() : match.end()] == "met DigiD"
    rules = load_rules()  # the shipped DigiD rules, as the classifier asks them
    assert rules.may_match("login_link_text", "text", text)
    assert rules.get("login.link.digid").search("text", text) is not None
    assert rules.get("phrase.login.digid").search("text", text) is not None


def test_identity_provider_rule_keeps_its_meaning() -> None:
    assert identity_provider_rule("http://digid-sim.test/saml/idp/request_authentication?x=1")
    assert identity_provider_rule("https://was.digid.nl/saml/idp/metadata") == "idp.digid.host"
    assert identity_provider_rule("http://eherkenning-sim.test/broker/select?dienst=x")
    assert identity_provider_rule("https://idp.example.nl/saml/idp/request_authentication")
    assert identity_provider_rule("http://mijn.lingewaard.test/woo-verzoek/") == ""


def test_route_links_reads_cta_boxes_in_main_but_not_furniture() -> None:
    html = b"""<html><body><header><a href="http://mijn.x.test/">Mijn X</a></header>
    <main><h1>Wmo</h1><p>Info.</p><aside class="direct-regelen"><h2>Direct regelen</h2>
    <a href="http://formulieren.x.test/wmo/">Ga naar het formulier</a></aside>
    <aside class="related"><h2>Zie ook</h2><a href="/contact">Contactformulier</a></aside>
    </main><footer><a href="http://digid-sim.test/">DigiD</a></footer></body></html>"""
    page = Page("http://www.x.test/wmo", 200, {"content-type": "text/html"}, html)
    urls = [link.url for link in route_links(page)]
    assert urls == ["http://formulieren.x.test/wmo/"]
    idp = route_links(
        Page("http://f.x.test/a", 200, {"content-type": "text/html"},
             b'<main><a href="http://digid-sim.test/saml/idp/request_authentication">'
             b"Inloggen met DigiD</a></main>"),
        hop=1,
    )  # fmt: skip
    assert idp[0].identity_provider and not idp[0].fetch


@pytest.mark.parametrize(
    ("text", "prefill"),
    [
        ("Na het inloggen haalt het loket gegevens over u op uit basisregistraties.", True),
        ("We halen uw gegevens op uit de Basisregistratie Personen (BRP).", True),
        ("Wij halen uw gegevens automatisch op uit de BRP.", True),
        ("Haal uw gegevens op uit de BRP via MijnOverheid.", False),  # the reader fetches them
        ("U kunt uw paspoort ophalen aan de balie.", False),
    ],
)
def test_prefill_from_the_base_registries_in_either_person_of_the_verb(
    text: str, prefill: bool
) -> None:
    rule = load_rules().get("phrase.prefill.base_registries")
    assert (rule.search("text", text) is not None) is prefill
