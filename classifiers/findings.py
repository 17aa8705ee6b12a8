"""The small records the classifier passes around: findings (a signal with its evidence)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from digimeter.core.model import Evidence

SNIPPET_CHARS = 160


@dataclass(frozen=True)
class Finding:
    """A signal seen at a URL, the rule that saw it, a snippet of what matched, a weight."""

    signal: str
    rule: str
    url: str
    snippet: str = ""
    weight: float = 1.0

    def evidence(self) -> Evidence:
        return Evidence(url=self.url, rule=self.rule, snippet=self.snippet)


def snippet_around(text: str, match: re.Match[str] | None, width: int = 70) -> str:
    """A short snippet of `text` around a match (whitespace collapsed, at most 160 chars)."""
    if match is None:
        return " ".join(text.split())[:SNIPPET_CHARS]
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    snip = " ".join(text[start:end].split())
    return snip[:SNIPPET_CHARS]


def sentence_around(text: str, match: re.Match[str]) -> str:
    """The sentence of `text` that holds the match."""
    start = max(text.rfind(". ", 0, match.start()), text.rfind("? ", 0, match.start()))
    end_candidates = [
        i for i in (text.find(". ", match.end()), text.find("? ", match.end())) if i >= 0
    ]
    end = min(end_candidates) + 1 if end_candidates else len(text)
    return " ".join(text[start + 1 if start >= 0 else 0 : end].split())[:300]
