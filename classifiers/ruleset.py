"""The classifiers' data tables: load, validate and version `classifiers/rules/*.toml`.

Every rule has an `id`, at least one pattern (what it matches, a regular expression), a
`rationale` (one line: why the rule exists), and where it applies a `signal` (a name from
`classifiers.signals.SIGNALS`) and a `weight` (0..1, how much the match is worth). A bad rule
file is rejected at load with an error naming the file, the rule id and the field; nothing
half-loaded is ever used. The rules version, a short hash of all rule files, goes into
every verdict.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from classifiers.rulespecs import CONFIDENCES, SECTIONS, TABLES, SectionSpec
from classifiers.signals import SIGNALS
from digimeter.core.errors import BadInput

RULES_DIR = Path(__file__).parent / "rules"


class RuleFileError(BadInput, ValueError):
    """A rule file is malformed; the message names the file, the rule and the field."""


_COMMON = frozenset({"id", "rationale", "signal", "weight"})


@dataclass(frozen=True)
class Rule:
    """One validated rule."""

    id: str
    section: str
    source: str
    rationale: str
    signal: str = ""
    weight: float = 1.0
    patterns: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)

    def search(self, field_name: str, text: str) -> re.Match[str] | None:
        """Match the rule's pattern for `field_name` against `text`, ignoring case.

        The match is made on the lower-cased text; its offsets are valid in `text`.
        """
        pattern = self.patterns.get(field_name)
        return pattern.search(lowered(text)) if pattern is not None and text else None

    def option(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)


@dataclass(frozen=True)
class RuleSet:
    """All rules of a rules folder, by section, with the rules version."""

    rules: tuple[Rule, ...]
    version: str
    files: tuple[str, ...]
    tables: Mapping[str, Rule] = field(default_factory=dict)
    #: The folder the rule files were read from.
    directory: Path = RULES_DIR
    #: The `[confidence]` table: name -> confidence (rulespecs.CONFIDENCES).
    confidences: Mapping[str, float] = field(default_factory=dict)

    # Indexes derived from `rules`, built on first use. A cached_property stores its value
    # in the instance's __dict__ without going through the frozen dataclass's __setattr__;
    # the rules they derive from never change.
    @cached_property
    def _sections(self) -> dict[str, tuple[Rule, ...]]:
        by_section: dict[str, list[Rule]] = {}
        for rule in self.rules:
            by_section.setdefault(rule.section, []).append(rule)
        return {name: tuple(rules) for name, rules in by_section.items()}

    @cached_property
    def _ids(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    @cached_property
    def _combined(self) -> dict[tuple[str, str], re.Pattern[str]]:
        """Per (section, pattern field): one pattern matching where any rule's would."""
        parts: dict[tuple[str, str], list[str]] = {}
        for rule in self.rules:
            for field_name, pattern in rule.patterns.items():
                parts.setdefault((rule.section, field_name), []).append(f"(?:{pattern.pattern})")
        return {key: re.compile("|".join(alternatives)) for key, alternatives in parts.items()}

    def __hash__(self) -> int:
        """By the version (a digest of the rule files' contents), so that a function of a
        rule set and a text can be cached (`functools.lru_cache`)."""
        return hash(self.version)

    def section(self, name: str) -> tuple[Rule, ...]:
        return self._sections.get(name, ())

    def get(self, rule_id: str) -> Rule:
        return self._ids[rule_id]

    def table(self, name: str) -> Rule:
        return self.tables[name]

    def confidence(self, name: str) -> float:
        """The confidence the rule files give a finding of kind `name` ([confidence])."""
        return self.confidences[name]

    def may_match(self, section: str, field_name: str, text: str) -> bool:
        """False when no rule of `section` can match `text` in `field_name` (one scan)."""
        combined = self._combined.get((section, field_name))
        return combined is not None and bool(text) and combined.search(lowered(text)) is not None


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


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """`text` in lower case, of the same length, so that a match's offsets are valid in
    `text`; remembered for the last few texts (rules are tried one by one on one text).

    `str.lower()` lengthens a few characters ('İ', U+0130, becomes 'i' and a combining dot):
    those keep only the first character of their lower case."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char.lower()[0] for char in text)


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


def _parse_file(path: Path) -> tuple[list[Rule], dict[str, Rule], dict[str, float]]:
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


def rules_version(directory: Path) -> str:
    """A short hash of every rule file's name and bytes (stable across machines)."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.toml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def load_rules(directory: Path | str = RULES_DIR) -> RuleSet:
    """Load and validate every `*.toml` rule file in `directory` (cached per folder)."""
    return _load_rules(Path(directory).resolve())


@cache
def _load_rules(directory: Path) -> RuleSet:
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise RuleFileError(f"{directory}: no rule files (*.toml)")
    rules: list[Rule] = []
    tables: dict[str, Rule] = {}
    seen: dict[str, str] = {}
    confidences: dict[str, float] = {}
    for path in files:
        file_rules, file_tables, file_confidences = _parse_file(path)
        if file_confidences and confidences:
            raise RuleFileError(f"{path.name}: a second [confidence] table")
        confidences = file_confidences or confidences
        for rule in file_rules:
            if rule.id in seen:
                raise RuleFileError(
                    f"{path.name}: [[{rule.section}]] {rule.id}: duplicate field 'id' "
                    f"(also in {seen[rule.id]})"
                )
            seen[rule.id] = path.name
        rules += file_rules
        tables.update(file_tables)
    if not confidences:
        raise RuleFileError(f"{directory}: no [confidence] table in the rule files")
    return RuleSet(
        rules=tuple(rules),
        version=rules_version(directory),
        files=tuple(p.name for p in files),
        tables=tables,
        directory=directory,
        confidences=confidences,
    )
