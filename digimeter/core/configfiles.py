"""Loaders for the configuration files: the products list and organisation lists.

Every error names the file, the line, the column, the value and what was expected, and
loading stops at the first bad line so nothing half-read is used. Excel-style exports
(UTF-8 with a byte-order mark, `;` as separator) are read like plain CSV.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import _csv

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from digimeter.core.errors import BadInput
from digimeter.core.model import (
    AUDIENCES,
    ORG_TYPE_LETTER,
    ORG_TYPES,
    Organisation,
    OrgType,
    Product,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CONFIG_DIR = PROJECT_ROOT / "config"
DEFAULT_PRODUCTS = CONFIG_DIR / "products.csv"

ORGANISATION_COLUMNS = ("code", "name", "org_type", "website")
PRODUCT_COLUMNS = (
    "product_key", "upl_uri", "name_nl", "name_en", "org_types", "audience", "kind",
    "search_terms", "notes", "offered_by",
)  # fmt: skip


class ConfigError(BadInput, ValueError):
    """A configuration file is unusable; the message says where and why."""

    def __init__(
        self, path: Path | str, message: str, *, line: int | None = None, column: str = ""
    ) -> None:
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if column:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}")
        self.message = message
        self.path = str(path)
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Row:
    """One data row of a CSV file with its 1-based line number in the file."""

    line: int
    values: dict[str, str]


def read_rows(path: Path | str, required: tuple[str, ...]) -> tuple[list[str], list[Row]]:
    """Read a CSV file (`,` or `;`, optional BOM) and check that `required` columns exist.

    Returns the header and the non-blank rows. Raises ConfigError for an unreadable,
    empty or non-UTF-8 file, a missing column, or a row with more fields than the header.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            path,
            f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; expected a UTF-8 text file "
            "(in Excel: 'Save as' > 'CSV UTF-8')",
            line=line,
        ) from exc
    if not text.strip():
        raise ConfigError(path, "the file is empty; expected a header line and data rows")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header = [h.strip() for h in next(reader)]
    missing = [c for c in required if c not in header]
    if missing:
        raise ConfigError(
            path,
            f"missing column(s) {', '.join(missing)}; the header is {','.join(header)!r}, "
            f"expected at least {','.join(required)}",
            line=1,
        )
    rows: list[Row] = []
    cut_off = not text.endswith(("\n", "\r"))
    for line, fields in _numbered(reader, path):
        if not any(f.strip() for f in fields):
            continue
        if len(fields) > len(header):
            raise ConfigError(
                path,
                f"{len(fields)} fields but the header has {len(header)}; "
                f"a value containing '{delimiter}' must be quoted",
                line=line,
            )
        if cut_off and len(fields) < len(header) and reader.line_num == text.count("\n") + 1:
            raise ConfigError(
                path,
                f"{len(fields)} fields but the header has {len(header)}: the last line is cut off",
                line=line,
            )
        fields = fields + [""] * (len(header) - len(fields))
        rows.append(Row(line, {h: v.strip() for h, v in zip(header, fields, strict=True)}))
    if not rows:
        raise ConfigError(path, "the file has a header but no data rows", line=1)
    return header, rows


def _numbered(reader: _csv.Reader, path: Path) -> Iterator[tuple[int, list[str]]]:
    """Pair each CSV record with the line it starts on (quoted values may span lines)."""
    previous_end = 1  # the header ends on line 1
    try:
        for fields in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            yield start, fields
    except csv.Error as exc:
        raise ConfigError(
            path,
            f"{exc}: a quote that is not closed, or a file cut off inside a quoted value",
            line=previous_end + 1,
        ) from exc


def require_value(path: Path, row: Row, column: str, expected: str) -> str:
    """The row's value of `column`; an empty one is refused with `expected`."""
    value = row.values.get(column, "")
    if not value:
        raise ConfigError(path, f"empty value; expected {expected}", line=row.line, column=column)
    return value


def _one_of(path: Path, row: Row, column: str, allowed: tuple[str, ...]) -> str:
    value = row.values.get(column, "")
    if value not in allowed:
        raise ConfigError(
            path,
            f"unknown {column} {value!r}; expected one of {', '.join(allowed)}",
            line=row.line,
            column=column,
        )
    return value


def check_website(path: Path, row: Row, column: str = "website") -> str:
    """Return the row's website, or raise when it is not an absolute http(s) URL."""
    value = require_value(path, row, column, "an http(s) URL such as https://www.example.nl/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise ConfigError(
            path,
            f"{value!r} is not an http(s) URL; expected e.g. https://www.example.nl/",
            line=row.line,
            column=column,
        )
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 and parts.netloc.rsplit("]", 1)[-1].count(":"):
        raise ConfigError(
            path,
            f"{value!r} has an invalid port; expected a port from 1 to 65535, or none",
            line=row.line,
            column=column,
        )
    return value


def check_inhabitants(path: Path, row: Row, column: str = "inhabitants") -> None:
    """`inhabitants`, when given, must be a whole number of at least 0 (scoring reads it)."""
    value = row.values.get(column, "")
    number = value.replace(" ", "").replace("_", "")
    if value and not number.isdigit():
        raise ConfigError(
            path,
            f"{value!r} is not a number of inhabitants; expected a whole number such as "
            "23456, or empty",
            line=row.line,
            column=column,
        )


def page_key(url: str) -> str:
    """What makes two URLs the same page for people: no scheme, no `www.`, no trailing slash,
    no case (a website given twice this way is one site; a product page found this way is
    the labelled one)."""
    parts = urlsplit(url.strip())
    query = f"?{parts.query}" if parts.query else ""
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}{query}".lower()


@dataclass(frozen=True)
class OrganisationList:
    """A checked organisation list, with the warnings about it (file, line, column)."""

    organisations: list[Organisation]
    warnings: list[str]


def load_organisations(path: Path | str) -> list[Organisation]:
    """Load an organisation list (`code,name,org_type,website`, extra columns kept)."""
    return read_organisation_list(path).organisations


def read_organisation_list(path: Path | str) -> OrganisationList:
    """Load and check an organisation list: every value any stage reads is checked
    (a bad one is a ConfigError); two organisations with one website are a warning."""
    path = Path(path)
    _, rows = read_rows(path, ORGANISATION_COLUMNS)
    seen: dict[str, int] = {}
    sites: dict[str, tuple[str, int]] = {}
    warnings: list[str] = []
    organisations: list[Organisation] = []
    for row in rows:
        code = require_value(path, row, "code", "an organisation code such as GM0363")
        if code in seen:
            raise ConfigError(
                path,
                f"duplicate code {code!r} (first on line {seen[code]}); expected unique codes",
                line=row.line,
                column="code",
            )
        seen[code] = row.line
        name = require_value(path, row, "name", "the organisation's name")
        org_type = _one_of(path, row, "org_type", ORG_TYPES)
        website = check_website(path, row)
        check_inhabitants(path, row)
        first = sites.setdefault(page_key(website), (code, row.line))
        if first[0] != code:
            warnings.append(
                f"{path}, line {row.line}, column 'website': {website} is also the website of "
                f"{first[0]} (line {first[1]}); both are crawled, check that this is meant"
            )
        extra = {k: v for k, v in row.values.items() if k not in ORGANISATION_COLUMNS}
        organisations.append(Organisation(code, name, OrgType(org_type), website, extra))
    return OrganisationList(organisations, warnings)


_PHRASE = re.compile(r"^[a-zà-ÿ0-9][a-zà-ÿ0-9' -]*$")


def _phrases(path: Path, row: Row, column: str) -> tuple[str, ...]:
    """An optional `;`-separated list of lower-case Dutch words or phrases, no repeats."""
    out: list[str] = []
    for raw in row.values.get(column, "").split(";"):
        phrase = raw.strip()
        if not raw and not out and not row.values.get(column):
            break
        if not phrase or not _PHRASE.match(phrase):
            raise ConfigError(
                path,
                f"bad entry {raw!r}; expected lower-case Dutch words separated by ';'",
                line=row.line,
                column=column,
            )
        if phrase in out:
            raise ConfigError(path, f"{phrase!r} listed twice", line=row.line, column=column)
        out.append(phrase)
    return tuple(out)


def load_products(path: Path | str = DEFAULT_PRODUCTS) -> list[Product]:
    """Load the products list (config/products.csv)."""
    path = Path(path)
    _, rows = read_rows(path, PRODUCT_COLUMNS)
    seen: dict[str, int] = {}
    products: list[Product] = []
    letters = set(ORG_TYPE_LETTER.values())
    for row in rows:
        v = row.values
        key = require_value(path, row, "product_key", "a product key such as paspoort")
        if key in seen:
            raise ConfigError(
                path,
                f"duplicate product_key {key!r} (first on line {seen[key]})",
                line=row.line,
                column="product_key",
            )
        seen[key] = row.line
        types = require_value(path, row, "org_types", "letters from G, P, W, R")
        if not set(types) <= letters:
            raise ConfigError(
                path,
                f"org_types {types!r} has letters outside G, P, W, R",
                line=row.line,
                column="org_types",
            )
        audience = _one_of(path, row, "audience", AUDIENCES)
        if "R" in types and not v.get("offered_by"):
            raise ConfigError(
                path,
                "a national (R) product needs the code of the body that offers it",
                line=row.line,
                column="offered_by",
            )
        terms = tuple(t.strip() for t in v.get("search_terms", "").split(";") if t.strip())
        if not terms:
            raise ConfigError(
                path,
                "empty search_terms; expected Dutch terms separated by ';'",
                line=row.line,
                column="search_terms",
            )
        products.append(
            Product(
                key=key,
                upl_uri=require_value(path, row, "upl_uri", "a UPL URI"),
                name_nl=require_value(path, row, "name_nl", "the Dutch product name"),
                name_en=v.get("name_en", ""),
                org_types=frozenset(types),
                audience=audience,
                kind=v.get("kind", ""),
                search_terms=terms,
                notes=v.get("notes", ""),
                offered_by=v.get("offered_by", ""),
                objects=_phrases(path, row, "objects"),
                activities=_phrases(path, row, "activities"),
            )
        )
    return products


def write_organisations(target: Path | str | TextIO, organisations: list[Organisation]) -> None:
    """Write an organisation list (to a path or an open text stream) that loads back unchanged."""
    extras: list[str] = []
    for org in organisations:
        extras += [k for k in org.extra if k not in extras]
    if isinstance(target, (str, Path)):
        with open(target, "w", newline="", encoding="utf-8") as fh:
            _write_organisation_rows(fh, organisations, extras)
    else:
        _write_organisation_rows(target, organisations, extras)


def _write_organisation_rows(
    fh: TextIO, organisations: list[Organisation], extras: list[str]
) -> None:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow([*ORGANISATION_COLUMNS, *extras])
    for org in organisations:
        extra = [org.extra.get(k, "") for k in extras]
        writer.writerow([org.code, org.name, org.org_type, org.website, *extra])
