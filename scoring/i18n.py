"""The words of the report and the workbook in Dutch and English: the message catalogue.

Every label, caption, table header, warning and the methodology text live in
`scoring/messages/*.toml`, never in code or templates. A message is a TOML table with one
string per language, side by side:

    [section.headline]
    title.nl = "Kerncijfers"
    title.en = "Headline figures"

Placeholders are `{name}` (`str.format`); both languages must use the same ones. A message
whose name ends in `_html` may hold the inline markup `<strong>`, `<em>`, `<code>` and
`<br>` (its placeholders are escaped when they are filled in); every other message is plain
text, escaped by the templates. The number notation of each language (decimal and
thousands separators) is in the catalogue too (`format.*`).

The catalogue is checked when it is loaded; a missing language, an empty text, different
placeholders, unknown markup or a name used twice is an error naming the file, the line and
the message.
"""

from __future__ import annotations

import math
import re
import string
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from markupsafe import Markup

from digimeter.core.configfiles import ConfigError

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
MESSAGES_DIR = Path(str(files("scoring").joinpath("messages")))
#: The markup an `_html` message may hold.
ALLOWED_TAGS = {"strong", "em", "code", "br"}
MISSING = "–"


class CatalogueError(ConfigError):
    """A message file is unusable; the message says which file, line and message."""


def _key_lines(text: str) -> dict[str, int]:
    """The line of every dotted key assigned in a TOML text (for error messages)."""
    lines: dict[str, int] = {}
    table, in_string = "", False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:
            in_string = line.count('"""') % 2 == 0
            continue
        stripped = line.strip()
        header = re.match(r"^\[([A-Za-z0-9_.-]+)\]$", stripped)
        if header:
            table = header.group(1)
            lines.setdefault(table, number)
            continue
        assignment = re.match(r"^([A-Za-z0-9_.-]+)\s*=", stripped)
        if assignment:
            key = f"{table}.{assignment.group(1)}" if table else assignment.group(1)
            lines.setdefault(key, number)
            lines.setdefault(key.rsplit(".", 1)[0], number)
            in_string = stripped.count('"""') == 1
    return lines


def _placeholders(path: Path, line: int | None, name: str, text: str) -> set[str]:
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise CatalogueError(path, f"message {name}: {exc}", line=line) from exc
    for field in fields:
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", field):
            raise CatalogueError(
                path, f"message {name}: placeholder {{{field}}}; expected {{a_name}}", line=line
            )
    return fields


def _check_markup(path: Path, line: int | None, name: str, lang: str, text: str) -> None:
    if not name.endswith("_html"):
        if re.search(r"<[A-Za-z/]", text):
            raise CatalogueError(
                path, f"message {name}.{lang}: markup in a text message; name it *_html",
                line=line,
            )  # fmt: skip
        return
    for tag in re.findall(r"</?\s*([A-Za-z0-9]+)", text):
        if tag.lower() not in ALLOWED_TAGS:
            raise CatalogueError(
                path,
                f"message {name}.{lang}: markup <{tag}>; an _html message may only hold "
                f"{', '.join(f'<{t}>' for t in sorted(ALLOWED_TAGS))}",
                line=line,
            )


def _messages_of(
    path: Path, data: dict[str, Any], lines: dict[str, int], prefix: str = ""
) -> Iterator[tuple[str, int | None, dict[str, Any]]]:
    """(name, {language: text}) of every message in a parsed file."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        line = lines.get(name)
        if not isinstance(value, dict):
            raise CatalogueError(
                path,
                f"{name} = {value!r}: expected a message, a table with {' and '.join(LANGUAGES)}",
                line=line,
            )
        if set(value) & set(LANGUAGES) and all(isinstance(v, str) for v in value.values()):
            yield name, line, value
        else:
            yield from _messages_of(path, value, lines, f"{name}.")


def _check_message(path: Path, line: int | None, name: str, texts: dict[str, Any]) -> None:
    unknown = sorted(set(texts) - set(LANGUAGES))
    missing = [lang for lang in LANGUAGES if lang not in texts]
    if unknown or missing:
        problem = f"unknown language(s) {', '.join(unknown)}" if unknown else ""
        problem += ("; " if problem and missing else "") + (
            f"no {' and no '.join(missing)} text" if missing else ""
        )
        raise CatalogueError(
            path, f"message {name}: {problem}; expected {', '.join(LANGUAGES)}", line=line
        )
    fields = {}
    for lang in LANGUAGES:
        text = texts[lang]
        if not text.strip() and not name.startswith("format."):
            raise CatalogueError(path, f"message {name}.{lang}: empty text", line=line)
        _check_markup(path, line, name, lang, text)
        fields[lang] = _placeholders(path, line, f"{name}.{lang}", text)
    first, *rest = LANGUAGES
    for lang in rest:
        if fields[lang] != fields[first]:
            raise CatalogueError(
                path,
                f"message {name}: {lang} has placeholders {sorted(fields[lang])} but {first} "
                f"has {sorted(fields[first])}; expected the same in every language",
                line=line,
            )


@dataclass(frozen=True)
class Catalogue:
    """Every message by name: {language: text}; and the file each came from."""

    messages: dict[str, dict[str, str]]
    sources: dict[str, str]


def load_catalogue(folder: Path | str = MESSAGES_DIR) -> Catalogue:
    """Read and check every `*.toml` message file of `folder`."""
    folder = Path(folder)
    messages: dict[str, dict[str, str]] = {}
    sources: dict[str, str] = {}
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise CatalogueError(folder, "no message files (*.toml)")
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CatalogueError(path, f"cannot read the message file: {exc}") from exc
        lines = _key_lines(text)
        for name, line, texts in _messages_of(path, data, lines):
            _check_message(path, line, name, texts)
            if name in messages:
                raise CatalogueError(
                    path, f"message {name} is also in {sources[name]}; expected one", line=line
                )
            messages[name] = dict(texts)
            sources[name] = path.name
    return Catalogue(messages, sources)


@cache
def default_catalogue() -> Catalogue:
    return load_catalogue()


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    return lang


def is_missing(value: Any) -> bool:
    """No value: None, pandas' NA or NaN."""
    if value is None or type(value).__name__ == "NAType":
        return True
    return isinstance(value, float) and math.isnan(value)


class Messages:
    """The messages and the number notation of one language."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE, catalogue: Catalogue | None = None) -> None:
        self.lang = check_language(lang)
        self.catalogue = catalogue or default_catalogue()
        self._decimal = self.t("format.decimal")
        self._group = self.t("format.group")

    def has(self, name: str) -> bool:
        return name in self.catalogue.messages

    def _text(self, name: str) -> str:
        try:
            return self.catalogue.messages[name][self.lang]
        except KeyError:
            raise KeyError(f"no message {name!r} in the catalogue ({MESSAGES_DIR})") from None

    def t(self, name: str, /, **params: Any) -> str:
        """A text message with its placeholders filled in (plain text, not escaped)."""
        text = self._text(name)
        return text.format(**params) if params else text

    def html(self, name: str, /, **params: Any) -> Markup:
        """An `_html` message as markup; the parameters are escaped."""
        if not name.endswith("_html"):
            raise KeyError(f"message {name!r} is text; use t() (only *_html messages are markup)")
        return Markup(self._text(name)).format(**params)

    # -- numbers ---------------------------------------------------------------------
    def number(self, value: Any, digits: int = 1) -> str:
        """A number in this language's notation ('12.345,6' or '12 345.6'); '–' if none."""
        if is_missing(value):
            return MISSING
        text = f"{float(value):,.{digits}f}"
        text = text.replace(",", "\0").replace(".", self._decimal).replace("\0", self._group)
        return "-" + text[1:] if text.startswith("-") else text

    def integer(self, value: Any) -> str:
        return self.number(value, 0)

    def pct(self, value: Any, digits: int = 1) -> str:
        """A percentage 0-100: '75,3%' (nl) or '75.3%' (en); '–' if none."""
        if is_missing(value):
            return MISSING
        return self.t("format.percent", value=self.number(value, digits))

    def pp(self, value: Any) -> str:
        """A change in percentage points with its sign: '+3,1'."""
        if is_missing(value):
            return MISSING
        shown = self.number(abs(float(value)) + 0.0, 1)
        return ("-" if round(float(value), 1) < 0 else "+") + shown


@cache
def messages(lang: str = DEFAULT_LANGUAGE) -> Messages:
    """The messages of a language, from the package's catalogue."""
    return Messages(lang)


#: English: the language of the command-line output and summary.json.
def english() -> Messages:
    return messages("en")
