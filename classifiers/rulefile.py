"""One rule file read and validated against `classifiers.rulespecs`: its rules
(`parse_rule`), its single tables and its `[confidence]` table (`parse_rule_file`). A bad
rule raises `RuleFileError`, naming the file, the rule id and the field.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from classifiers.rule import Rule
from classifiers.rulespecs import CONFIDENCES, SECTIONS, TABLES, SectionSpec
from classifiers.signals import SIGNALS
from digimeter.core.errors import BadInput


class RuleFileError(BadInput, ValueError):
    """A rule file is malformed; the message names the file, the rule and the field."""


_COMMON = frozenset({"id", "rationale", "signal", "weight"})


def _where(path: Path, section: str, rule_id: str) -> str:
    return f"{path.name}: [[{section}]] {rule_id}"


def lower_pattern(source: str) -> str:
    """A pattern's letters in lower case, escapes (\\S, \\W, \\B, \\D) kept as written."""
    out: list[str] = []
    chars = iter(source)
    for char in chars:
        if char == "\\":
            out.append(char + next(chars, ""))
        else:
            out.append(char.lower())
    return "".join(out)


def _compile(where: str, name: str, value: object) -> re.Pattern[str]:
    """Compile a rule pattern case-insensitively.

    Patterns are matched against lower-cased text (`Rule.search` lowers it), so they are
    compiled from their lower-cased source without re.IGNORECASE, which lets the regex
    engine skip ahead to literal prefixes: several times faster on whole pages.
    """
    if not isinstance(value, str):
        raise RuleFileError(f"{where}: field '{name}' must be a regular expression string")
    if not value.strip():
        raise RuleFileError(f"{where}: field '{name}' is an empty pattern")
    try:
        re.compile(value, re.I)
        return re.compile(lower_pattern(value))
    except re.error as exc:
        raise RuleFileError(f"{where}: bad regular expression in '{name}': {exc}") from exc


def _check_option(where: str, name: str, value: object, allowed: Any) -> None:
    if allowed is re.Pattern:
        _compile(where, name, value)
    elif isinstance(allowed, tuple):
        if value not in allowed:
            raise RuleFileError(
                f"{where}: field '{name}' is {value!r}; expected one of {', '.join(allowed)}"
            )
    elif allowed is list:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise RuleFileError(f"{where}: field '{name}' must be a list of non-empty strings")
    elif allowed is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise RuleFileError(f"{where}: field '{name}' must be an integer")
    elif allowed is not int and not isinstance(value, allowed):
        raise RuleFileError(f"{where}: field '{name}' must be a {allowed.__name__}")


def parse_rule(path: Path, section: str, spec: SectionSpec, raw: object, index: int) -> Rule:
    """Validate one rule table and build the Rule (raises RuleFileError)."""
    if not isinstance(raw, dict):
        raise RuleFileError(f"{path.name}: [[{section}]] #{index}: expected a table of fields")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RuleFileError(f"{path.name}: [[{section}]] rule #{index}: missing field 'id'")
    where = _where(path, section, rule_id)
    allowed = _COMMON | spec.patterns | set(spec.options)
    for name in raw:
        if name not in allowed:
            raise RuleFileError(
                f"{where}: unknown field '{name}'; expected one of {', '.join(sorted(allowed))}"
            )
    rationale = raw.get("rationale")
    if not isinstance(rationale, str) or not rationale.strip():
        raise RuleFileError(f"{where}: missing field 'rationale' (one line: why the rule exists)")
    patterns = {n: _compile(where, n, raw[n]) for n in sorted(spec.patterns) if n in raw}
    if not patterns:
        raise RuleFileError(
            f"{where}: no pattern; expected at least one of {', '.join(sorted(spec.patterns))}"
        )
    signal = raw.get("signal", "")
    if spec.signal == "none" and signal:
        raise RuleFileError(f"{where}: field 'signal' is not used in [[{section}]]")
    if spec.signal == "required" and not signal:
        raise RuleFileError(f"{where}: missing field 'signal'")
    if signal and signal not in SIGNALS:
        raise RuleFileError(f"{where}: unknown signal '{signal}' in field 'signal'")
    weight = raw.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 <= weight <= 1:
        raise RuleFileError(f"{where}: field 'weight' must be a number from 0 to 1")
    for name in spec.required:
        if name not in raw:
            raise RuleFileError(f"{where}: missing field '{name}'")
    options = {n: raw[n] for n in spec.options if n in raw}
    for name, value in options.items():
        _check_option(where, name, value, spec.options[name])
    return Rule(
        id=rule_id,
        section=section,
        source=path.name,
        rationale=rationale.strip(),
        signal=str(signal),
        weight=float(weight),
        patterns=patterns,
        options=options,
    )


def _parse_confidences(path: Path, value: object) -> dict[str, float]:
    """The `[confidence]` table: every name of CONFIDENCES, each a number from 0 to 1."""
    if not isinstance(value, dict):
        raise RuleFileError(f"{path.name}: 'confidence' must be a table [confidence]")
    for name, number in value.items():
        if name not in CONFIDENCES:
            raise RuleFileError(
                f"{path.name}: [confidence] unknown field '{name}'; expected one of "
                f"{', '.join(sorted(CONFIDENCES))}"
            )
        if isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number <= 1:
            raise RuleFileError(
                f"{path.name}: [confidence] field '{name}' must be a number from 0 to 1"
            )
    missing = sorted(CONFIDENCES - set(value))
    if missing:
        raise RuleFileError(f"{path.name}: [confidence] missing field '{missing[0]}'")
    return {name: float(number) for name, number in value.items()}


def parse_rule_file(path: Path) -> tuple[list[Rule], dict[str, Rule], dict[str, float]]:
    """The rules, the single tables and the `[confidence]` table of one rule file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleFileError(f"{path.name}: cannot read the rule file: {exc}") from exc
    rules: list[Rule] = []
    tables: dict[str, Rule] = {}
    confidences: dict[str, float] = {}
    for section, value in data.items():
        if section == "confidence":
            confidences = _parse_confidences(path, value)
            continue
        if section in TABLES:
            raw = dict(value) if isinstance(value, dict) else value
            if isinstance(raw, dict):
                raw.setdefault("id", section)
            tables[section] = parse_rule(path, section, TABLES[section], raw, 1)
            continue
        spec = SECTIONS.get(section)
        if spec is None:
            raise RuleFileError(
                f"{path.name}: unknown section '{section}'; expected one of "
                f"{', '.join(sorted([*SECTIONS, *TABLES, 'confidence']))}"
            )
        if not isinstance(value, list):
            raise RuleFileError(f"{path.name}: '{section}' must be an array of tables [[...]]")
        rules += [parse_rule(path, section, spec, raw, i + 1) for i, raw in enumerate(value)]
    return rules, tables, confidences
