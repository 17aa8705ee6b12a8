"""The report's tables as data for the templates: headers and cells, formatted per language.

`build_table(frame, columns, m)` turns a score table into an `HtmlTable`; the template
`report/macros.html` writes it as a sortable table (buttons in the headers, `aria-sort`,
numeric cells carry their value in `data-v`). Numbers are written in the notation of the
language (`scoring.i18n.Messages`); identifiers the data holds (organisation type,
audience, status, change) are shown by their name in the language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from scoring.i18n import Messages, is_missing

#: (column, message name of its header, kind). Kinds: text, code (a URL or code), int,
#: pct, pp, bool, product (a Dutch product name), and the identifiers org_type,
#: audience, status and change (shown by their name in the language).
ColumnSpec = tuple[str, str, str]
NUMERIC_KINDS = ("int", "pct", "pp")
NAMED_KINDS = ("org_type", "audience", "status", "change")
#: Longer tables get a box that scrolls on screen (printed in full).
SCROLL_ROWS = 20


@dataclass(frozen=True)
class Cell:
    text: str
    #: The value to sort by (numeric cells); None for text cells.
    sort: str | None = None
    code: bool = False
    #: The language of the text when it differs from the page's (Dutch product names).
    lang: str = ""


@dataclass(frozen=True)
class Header:
    label: str
    numeric: bool


@dataclass
class HtmlTable:
    ident: str
    caption: str
    headers: list[Header]
    rows: list[tuple[bool, list[Cell]]]
    #: 'Showing 3000 of 3210 rows ...' when cut.
    note: str = ""
    scroll: bool = False
    #: A search box filters the rows (its placeholder).
    filter: str = ""


def cell(value: Any, kind: str, m: Messages) -> Cell:
    """One cell of a column of `kind`."""
    if kind in NUMERIC_KINDS:
        if is_missing(value):
            return Cell(m.t("format.missing"), "")
        number = float(value)
        shown = {"int": m.integer, "pct": m.pct, "pp": m.pp}[kind](number)
        return Cell(shown, f"{number:.4f}")
    if kind == "bool":
        yes = not is_missing(value) and (value == "True" if isinstance(value, str) else bool(value))
        return Cell(m.t("format.yes") if yes else "")
    text = "" if is_missing(value) else str(value)
    if kind in NAMED_KINDS and text and m.has(f"{kind}.{text}"):
        return Cell(m.t(f"{kind}.{text}"))
    if kind == "product":
        return Cell(text, lang="nl" if m.lang != "nl" else "")
    return Cell(text, code=kind == "code" and bool(text))


def build_table(
    frame: pd.DataFrame,
    columns: Sequence[ColumnSpec],
    m: Messages,
    *,
    ident: str = "",
    caption: str = "",
    limit: int | None = None,
    total_row: Callable[[dict[str, Any]], bool] | None = None,
    filter_placeholder: str = "",
) -> HtmlTable:
    """The `columns` of `frame` as a table; `limit` rows at most (with a note)."""
    shown = frame if limit is None else frame.head(limit)
    rows = []
    for record in shown.to_dict("records"):
        total = bool(total_row(record)) if total_row is not None else False
        rows.append((total, [cell(record[c], kind, m) for c, _, kind in columns]))
    note = ""
    if limit is not None and len(frame) > limit:
        note = m.t("table.showing", limit=m.integer(limit), total=m.integer(len(frame)))
    return HtmlTable(
        ident=ident,
        caption=caption,
        headers=[Header(m.t(label), kind in NUMERIC_KINDS) for _, label, kind in columns],
        rows=rows,
        note=note,
        scroll=len(shown) > SCROLL_ROWS,
        filter=filter_placeholder,
    )


def simple_table(
    caption: str, headers: Sequence[tuple[str, bool]], rows: Sequence[Sequence[Cell]]
) -> HtmlTable:
    """A small table from cells already made (the data behind a chart, the methodology)."""
    return HtmlTable(
        ident="",
        caption=caption,
        headers=[Header(label, numeric) for label, numeric in headers],
        rows=[(False, list(r)) for r in rows],
        scroll=len(rows) > SCROLL_ROWS,
    )
