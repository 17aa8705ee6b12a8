"""Warnings about a run that every output of it must show in its headline, in any language.

A `Notice` keeps the message name and the facts; `text(m)` writes it in the language of
`m` (the report and the workbook follow `--lang`; summary.json and the command's output are
English).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from digimeter.core.runstate import FAILED, UNKNOWN, RunStatus
from scoring.i18n import Messages, english

#: How many missing organisations a warning names.
NAMES_SHOWN = 10


@dataclass(frozen=True)
class Notice:
    """One warning: a message of `scoring/messages/notices.toml` and its parameters; a
    parameter may be a function of the messages (a word that is itself translated)."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, m: Messages) -> str:
        values = {k: v(m) if callable(v) else v for k, v in self.params}
        return m.t(self.key, **values)

    def __str__(self) -> str:
        return self.text(english())


def _names(organisations: tuple[tuple[str, str], ...]) -> Callable[[Messages], str]:
    """The first NAMES_SHOWN of (code, name) pairs as 'Name (code)', and how many more."""

    def names(m: Messages) -> str:
        shown = [f"{n} ({c})" if n else c for c, n in organisations[:NAMES_SHOWN]]
        text = ", ".join(shown)
        more = len(organisations) - NAMES_SHOWN
        return m.t("notice.more", names=text, more=more) if more > 0 else text

    return names


def run_state_notice(status: RunStatus | None) -> Notice | None:
    """The warning of an incomplete, failed or unknown run (None for a complete one)."""
    if status is None or status.complete:
        return None
    if status.state == UNKNOWN:
        return Notice("notice.unknown")
    if status.state == FAILED:
        return Notice("notice.failed", (("reason", status.reason),))
    state = status.state
    return Notice(
        "notice.incomplete",
        (
            ("state", lambda m: m.t(f"run_state.{state}")),
            ("missing", len(status.missing)),
            ("organisations", status.organisations),
            ("names", _names(status.missing)),
        ),
    )


def _organisations_notice(
    key: str,
    rows: list[dict[str, Any]],
    summaries: list[dict[str, Any]],
    names: dict[str, str],
    *extra: tuple[str, Any],
) -> Notice | None:
    """A warning naming the organisations of `rows` (crawl summaries) among all
    `summaries`, with `extra` parameters; None when `rows` is empty."""
    if not rows:
        return None
    codes = tuple((r["org_code"], names.get(r["org_code"], "")) for r in rows)
    return Notice(
        key,
        (
            ("count", len(rows)),
            ("organisations", len(summaries)),
            *extra,
            ("names", _names(codes)),
        ),
    )


def partial_crawl_notice(summaries: list[dict[str, Any]], names: dict[str, str]) -> Notice | None:
    """The warning of organisations whose crawl was finished as it stood (a request lost, an
    error in discovery: `incomplete` in their crawl summary), None when there are none."""
    partial = [row for row in summaries if row.get("incomplete")]
    why = ", ".join(sorted({str(r["incomplete"]) for r in partial}))
    return _organisations_notice("notice.partial", partial, summaries, names, ("why", why))


def budget_notice(summaries: list[dict[str, Any]], names: dict[str, str]) -> Notice | None:
    """The warning of organisations whose page budget ran out before every page discovery
    or a route asked for was fetched (`budget_dropped` in their crawl summary) while some
    product stayed unfound: those products may be on the pages never fetched."""
    cut = [
        row
        for row in summaries
        if int(row.get("budget_dropped") or 0) > 0
        and int(row.get("found") or 0) < int(row.get("products") or 0)
    ]
    dropped = sum(int(r["budget_dropped"]) for r in cut)
    return _organisations_notice("notice.budget", cut, summaries, names, ("dropped", dropped))


#: An organisation whose crawl found fewer than this share of its products is named in the
#: headline: real sites offer nearly all of them, so a low share more often means a site
#: discovery could not read (robots.txt closing its search, pages behind scripts) than a
#: body that lacks them.
LOW_FOUND_SHARE = 0.5


def coverage_notice(summaries: list[dict[str, Any]], names: dict[str, str]) -> Notice | None:
    """The warning of organisations whose crawl found fewer than LOW_FOUND_SHARE of their
    products (`found` and `products` in their crawl summary; unreachable sites are told
    apart already), None when there are none."""
    low = [
        row
        for row in summaries
        if int(row.get("products") or 0) > 1
        and int(row.get("found") or 0) < LOW_FOUND_SHARE * int(row["products"])
        and row.get("state", "done") == "done"
    ]
    share = round(LOW_FOUND_SHARE * 100)
    return _organisations_notice("notice.coverage", low, summaries, names, ("share", share))


def crawl_notices(summaries: list[dict[str, Any]], names: dict[str, str]) -> list[Notice]:
    """The warnings of a complete run's organisations whose crawl could not do all it meant
    to: finished as it stood, cut by the page budget, or finding few products."""
    found = (
        partial_crawl_notice(summaries, names),
        budget_notice(summaries, names),
        coverage_notice(summaries, names),
    )
    return [n for n in found if n is not None]


def shared_notice(run: str, earlier: str, shared: int, now: int, then: int) -> Notice:
    """Two compared runs share few organisations: only those are compared."""
    return Notice(
        "notice.shared",
        (("run", run), ("earlier", earlier), ("shared", shared), ("now", now), ("then", then)),
    )
