"""HTML building blocks of the report: sortable tables, headline cards, the page shell.

Everything is escaped here; the page carries its CSS and JavaScript inline
(`scoring/assets/`), so it opens offline and makes no request.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from importlib.resources import files
from typing import Any

import pandas as pd

from scoring.svg import missing

#: (column, header label, kind) with kind text, int, pct, pp, bool or code.
ColumnSpec = tuple[str, str, str]
NUMERIC_KINDS = ("int", "pct", "pp")
#: Longer tables get a scrolling box on screen (printed in full).
SCROLL_ROWS = 20


def _missing(value: Any) -> bool:
    return value is pd.NA or missing(value)


def cell(value: Any, kind: str) -> str:
    """One `<td>`; numeric cells carry their value in `data-v` for sorting."""
    if kind in NUMERIC_KINDS:
        if _missing(value):
            return '<td class="num" data-v="">–</td>'
        number = float(value)
        if kind == "int":
            shown = f"{number:,.0f}".replace(",", " ")
        elif kind == "pct":
            shown = f"{number:.1f}%"
        else:
            shown = f"{number:+.1f}"
        return f'<td class="num" data-v="{number:.4f}">{shown}</td>'
    if kind == "bool":
        yes = not _missing(value) and (value == "True" if isinstance(value, str) else bool(value))
        return f"<td>{'yes' if yes else ''}</td>"
    text = "" if _missing(value) else str(value)
    if kind == "code" and text:
        return f"<td><code>{escape(text)}</code></td>"
    return f"<td>{escape(text)}</td>"


def table(
    frame: pd.DataFrame,
    columns: Sequence[ColumnSpec],
    *,
    table_id: str = "",
    limit: int | None = None,
    total_row: Any = None,
    css_class: str = "",
) -> str:
    """A sortable table of `columns` of `frame`; `limit` rows at most (with a note)."""
    numeric = ' data-type="num" class="num"'
    head = "".join(
        f'<th scope="col" aria-sort="none"{numeric if k in NUMERIC_KINDS else ""}>'
        f'<button type="button">{escape(label)}</button></th>'
        for _, label, k in columns
    )
    shown = frame if limit is None else frame.head(limit)
    body = []
    for record in shown.itertuples(index=False):
        row = record._asdict()
        cls = ' class="total"' if total_row is not None and total_row(row) else ""
        body.append(f"<tr{cls}>" + "".join(cell(row[c], k) for c, _, k in columns) + "</tr>")
    ident = f' id="{escape(table_id)}"' if table_id else ""
    wrapper = "scroll" if len(shown) > SCROLL_ROWS else "plain"
    html = (
        f'<div class="{wrapper} {css_class}"><table class="sortable"{ident}><thead><tr>{head}</tr>'
        f"</thead><tbody>{''.join(body)}</tbody></table></div>"
    )
    if limit is not None and len(frame) > limit:
        html += (
            f'<p class="note">Showing {limit} of {len(frame)} rows; the CSV, Parquet and Excel '
            "exports have all of them.</p>"
        )
    return html


def filter_box(table_id: str, placeholder: str) -> str:
    return (
        f'<input class="filter" type="search" data-filter="{escape(table_id)}" '
        f'placeholder="{escape(placeholder)}" aria-label="{escape(placeholder)}">'
    )


def card(label: str, value: str, note: str) -> str:
    return (
        f'<div class="card"><div class="label">{escape(label)}</div>'
        f'<div class="value">{escape(value)}</div><div class="n">{escape(note)}</div></div>'
    )


def warning_box(lines: Sequence[str]) -> str:
    """A warning that heads a section ('' when there is none)."""
    if not lines:
        return ""
    items = "".join(f"<p><strong>Warning:</strong> {escape(line)}</p>" for line in lines)
    return f'<div class="warning" role="alert">{items}</div>'


def figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{escape(caption)}</figcaption></figure>"


def section(ident: str, title: str, body: str, *, new_page: bool = False) -> str:
    cls = ' class="page"' if new_page else ""
    return f'<section id="{escape(ident)}"{cls}><h2>{escape(title)}</h2>{body}</section>'


def asset(name: str) -> str:
    return files("scoring").joinpath("assets", name).read_text(encoding="utf-8")


def page(title: str, subtitle: str, nav: Sequence[tuple[str, str]], body: str, footer: str) -> str:
    """The whole document: inline CSS and JS, no external reference of any kind."""
    links = "".join(f'<a href="#{escape(i)}">{escape(t)}</a>' for i, t in nav)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{asset('report.css')}</style></head><body>"
        f'<header class="top"><h1>{escape(title)}</h1><p>{escape(subtitle)}</p></header>'
        f'<nav class="toc">{links}</nav><main>{body}</main>'
        f"<footer>{footer}</footer><script>{asset('report.js')}</script></body></html>\n"
    )
