"""One validated rule of the rule files (`Rule`), and the lower-cased text its patterns are
matched against (`lowered`). A rule file is read into rules by `classifiers.rulefile`; all
of them make up `classifiers.ruleset.RuleSet`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


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
