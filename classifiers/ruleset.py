"""The classifiers' data tables: load, validate and version `classifiers/rules/*.toml`.

Every rule has an `id`, at least one pattern (what it matches, a regular expression), a
`rationale` (one line: why the rule exists), and where it applies a `signal` (a name from
`classifiers.signals.SIGNALS`) and a `weight` (0..1, how much the match is worth). A bad rule
file is rejected at load with an error naming the file, the rule id and the field; nothing
half-loaded is ever used. The rules version, a short hash of all rule files, goes into
every verdict.

One rule is a `classifiers.rule.Rule`; one file is read and validated by
`classifiers.rulefile`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from classifiers.rule import Rule, lowered
from classifiers.rulefile import RuleFileError, parse_rule_file

RULES_DIR = Path(__file__).parent / "rules"


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
        file_rules, file_tables, file_confidences = parse_rule_file(path)
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
