"""The message catalogue of the report and the workbook (scoring/messages/*.toml), the
Dutch sheet and column names (scoring/sheetnames_nl.toml), and the number notation of each
language: checked at load, with errors that name the file, the line and the message."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scoring.i18n import (
    MESSAGES_DIR,
    CatalogueError,
    Messages,
    load_catalogue,
    messages,
)
from scoring.sheetnames import NAMES_FILE, load_dutch_names
from scoring.tables import TABLES

TEMPLATES = Path(__file__).resolve().parents[1] / "scoring" / "templates"


def test_the_catalogue_has_every_message_in_both_languages() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.messages) > 300
    for name, texts in catalogue.messages.items():
        assert set(texts) == {"nl", "en"}, name


def test_every_message_the_templates_and_the_code_name_exists() -> None:
    """Every message named literally (m.t("...") in a template or in scoring/); the ones
    made from data (f"org_type.{...}") are rendered by the report tests in both languages."""
    used = set()
    paths = [*TEMPLATES.rglob("*.html"), *TEMPLATES.parent.glob("*.py")]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\b(?:m|en)\.(?:t|html)\(\s*["']([a-z0-9_.]+)["']""", text))
    assert len(used) > 150, "the templates and the code name too few messages"
    missing = sorted(name for name in used if not messages("nl").has(name))
    assert missing == []


@pytest.mark.parametrize(
    ("value", "kind", "nl", "en"),
    [
        (12345.67, "number", "12.345,7", "12\u202f345.7"),
        (-0.04, "number", "-0,0", "-0.0"),
        (1234567, "integer", "1.234.567", "1\u202f234\u202f567"),
        (75.26, "pct", "75,3%", "75.3%"),
        (None, "pct", "–", "–"),
        (float("nan"), "integer", "–", "–"),
        (3.14, "pp", "+3,1", "+3.1"),
        (-0.04, "pp", "+0,0", "+0.0"),
        (-12.5, "pp", "-12,5", "-12.5"),
    ],
)
def test_numbers_in_the_notation_of_the_language(
    value: float | None, kind: str, nl: str, en: str
) -> None:
    assert getattr(messages("nl"), kind)(value) == nl
    assert getattr(messages("en"), kind)(value) == en


def test_html_messages_escape_their_parameters() -> None:
    m = messages("en")
    html = m.html("changes.intro_html", run='<script>alert("x")</script>')
    assert "<strong>&lt;script&gt;" in html and "<script>" not in html
    with pytest.raises(KeyError, match=r"is text; use t\(\)"):
        m.html("page.title")
    with pytest.raises(KeyError, match=r"no message 'page\.nothing'"):
        m.t("page.nothing")
    with pytest.raises(ValueError, match="language 'de'; expected one of nl, en"):
        Messages("de")


def _catalogue_with(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "messages"
    shutil.copytree(MESSAGES_DIR, folder)
    (folder / "zz_extra.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[x]\na.nl = "Een"\n', r"zz_extra.toml, line 2: message x.a: no en text; expected nl, en"),
        (
            '[x]\n\na.nl = "Een"\na.en = "One"\na.de = "Eins"\n',
            r"line 3: message x.a: unknown language\(s\) de",
        ),
        (
            '[x]\na.nl = "{n} keer"\na.en = "{count} times"\n',
            r"line 2: message x.a: en has placeholders \['count'\] but nl has \['n'\]",
        ),
        (
            '[x]\na.nl = "<b>vet</b>"\na.en = "<b>bold</b>"\n',
            r"message x.a.nl: markup in a text message; name it \*_html",
        ),
        (
            '[x]\na_html.nl = "<a href=x>hier</a>"\na_html.en = "<a href=x>here</a>"\n',
            r"message x.a_html.nl: markup <a>; an _html message may only hold",
        ),
        ('[x]\na.nl = ""\na.en = "One"\n', r"message x.a.nl: empty text"),
        ('[x]\na = "One"\n', r"line 2: x.a = 'One': expected a message, a table with nl and en"),
        (
            '[page]\ntitle.nl = "Titel"\ntitle.en = "Title"\n',
            r"message page.title is also in report.toml; expected one",
        ),
        ('[x]\na.nl = "{1}"\na.en = "{1}"\n', r"placeholder \{1\}; expected \{a_name\}"),
        ("[x\n", r"zz_extra.toml: cannot read the message file"),
    ],
)
def test_a_bad_message_file_is_refused_with_where_and_why(
    tmp_path: Path, text: str, error: str
) -> None:
    with pytest.raises(CatalogueError, match=error):
        load_catalogue(_catalogue_with(tmp_path, text))


def _names_with(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "names.toml"
    text = NAMES_FILE.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        (
            'sheet = "organisaties"',
            'sheet = "organisaties: alle organisaties van de run"',
            r"tables.scores_organisations.sheet = .*: expected at most 31 characters",
        ),
        ('sheet = "typen"', 'sheet = "typen?"', r"and none of \[\]:\*\?/\\"),
        ('org_name = "organisatie"\n', "", r"\[columns\] has no Dutch name for \['org_name'\]"),
        (
            'n_ok = "gevonden"',
            'n_ok = "geteld"',
            r"table scores_organisations would have two columns \['geteld'\]",
        ),
        ('sheet = "typen"', 'sheet = "Organisaties"', "two tables have the same sheet name"),
        (
            "[columns]\n",
            '[columns]\nno_such_column = "x"\n',
            r"names for unknown table\(s\) or column\(s\): \['no_such_column'\]",
        ),
        (
            '[tables.top_bottom]\nsheet = "hoogste en laagste"\n',
            "[tables.top_bottom]\n",
            r"tables.top_bottom.sheet = None: expected a non-empty text",
        ),
    ],
)
def test_bad_dutch_sheet_names_are_refused(tmp_path: Path, old: str, new: str, error: str) -> None:
    with pytest.raises(CatalogueError, match=error):
        load_dutch_names(_names_with(tmp_path, old, new), TABLES)
