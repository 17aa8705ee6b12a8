"""Converting the government organisations register extract into an organisation list.

The register (`organisations-2023.csv`: code,name,org_type,register_type,website) lists
gemeenten, provincies, waterschappen, national bodies and the Caribbean public bodies.
Rows without a website cannot be measured; they are left out and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from digimeter.core.configfiles import ConfigError, check_website, read_rows
from digimeter.core.model import ORG_TYPES, Organisation, OrgType

REGISTER_COLUMNS = ("code", "name", "org_type", "website")


@dataclass
class RegisterImport:
    """The organisations taken from the register, and what was left out and why."""

    organisations: list[Organisation] = field(default_factory=list)
    #: (line, code, why) of every register row of a requested type that was left out.
    skipped: list[tuple[int, str, str]] = field(default_factory=list)


def parse_types(value: str | None) -> tuple[str, ...]:
    """The `--types` option: a comma-separated subset of the measured organisation types."""
    if not value:
        return ORG_TYPES
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    unknown = [t for t in types if t not in ORG_TYPES]
    if unknown:
        raise ValueError(
            f"unknown organisation type(s) {', '.join(unknown)}; "
            f"expected a comma-separated list of {', '.join(ORG_TYPES)}"
        )
    return types


def import_register(path: Path | str, types: tuple[str, ...] = ORG_TYPES) -> RegisterImport:
    """Read the register and keep the organisations of `types` that have a usable website."""
    path = Path(path)
    _, rows = read_rows(path, REGISTER_COLUMNS)
    result = RegisterImport()
    seen: set[str] = set()
    for row in rows:
        v = row.values
        if v["org_type"] not in types:
            continue
        code = v["code"]
        if not code or code in seen:
            result.skipped.append((row.line, code, "empty or duplicate code"))
            continue
        if not v["website"]:
            result.skipped.append((row.line, code, "no website in the register"))
            continue
        try:
            website = check_website(path, row)
        except ConfigError as exc:
            result.skipped.append((row.line, code, str(exc).split(": ", 1)[-1]))
            continue
        seen.add(code)
        extra = {"register_type": v.get("register_type", "")} if v.get("register_type") else {}
        org_type = OrgType(v["org_type"])
        result.organisations.append(Organisation(code, v["name"], org_type, website, extra))
    return result
