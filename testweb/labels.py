"""The ground truth of a generated web: one `labels.csv` row per organisation x product."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from digimeter.core.model import LABEL_FIELDS
from testweb.model import LabelledRow, Route

LABEL_COLUMNS = (*LABEL_FIELDS, "level_strict", "via", "signals", "notes")
HOSTILE_NOTES = {
    "slow": "slow page (answers after 3 s)",
    "flaky": "fails once with 503, then succeeds",
    "malformed": "malformed HTML",
    "cp1252": "served in windows-1252 with a charset declaration",
    "cp1252_undeclared": "served in windows-1252 without any charset declaration",
}


def describe_route(route: Route) -> str:
    if route.channel == "auth":
        logins = "/".join(label for _, label, _ in route.logins)
        how = "start URL redirecting to the IdP" if route.start_link else "login gate"
        js = ", login button built by JavaScript" if route.js else ""
        prefill = ", explicit pre-fill text" if route.prefill else ""
        return f"{logins} {how} on {route.platform}{js}{prefill}"
    if route.channel == "form":
        js = " (fields built by JavaScript)" if route.js else ""
        return f"anonymous online form on {route.platform}{js}"
    if route.channel == "document":
        return {
            "pdf": "printable PDF form",
            "pdf_fillable": "fillable PDF form (AcroForm)",
            "docx": "Word form (docx)",
            "odt": "OpenDocument form (odt)",
        }[route.platform]
    if route.channel == "appointment":
        return f"appointment booking only ({route.platform}); a booking form is not a request form"
    if route.channel == "own_login":
        return "online form behind the body's own account (no DigiD/eHerkenning)"
    if route.channel == "mail":
        return "request by e-mail (mailto), no form"
    return "information only: counter, phone or letter"


def label_row(row: LabelledRow) -> dict[str, str]:
    """The label of one organisation x product."""
    base = {
        "org_code": row.site.org.code,
        "product_key": row.product.key,
        "level": "",
        "status": row.status,
        "product_url": "",
        "route_url": "",
        "level_strict": "",
        "via": "",
        "signals": "",
        "notes": "",
    }
    notes = list(row.notes)
    if row.unreachable:
        base["status"] = "unreachable"
        if row.unreachable == "robots" and not row.site.unreachable:
            notes.insert(0, f"robots.txt disallows the product page {row.product_url}")
        else:
            notes.insert(0, f"organisation unreachable: {row.unreachable}")
        base["notes"] = "; ".join(notes)
        return base
    if row.status == "not_found":
        base["notes"] = "; ".join(notes)
        return base
    base["product_url"] = row.product_url
    base["signals"] = ";".join(row.signals)
    if row.status == "not_offered":
        notes.insert(0, "the page states that the organisation does not offer the product")
    else:
        route = row.deciding_route
        assert route is not None
        base["level"] = str(row.level)
        base["level_strict"] = str(row.level_strict)
        if route.channel not in ("info", "mail"):
            base["route_url"] = route.url
        if row.via is not None:
            base["via"] = row.via.host
            notes.insert(0, f"via={row.via.host} ({row.via.name})")
        notes.insert(0 if row.via is None else 1, describe_route(route))
        lower = [describe_route(r) for r in row.routes if r is not route]
        if lower:
            notes.append("also: " + ", ".join(lower) + " (the highest route counts)")
    hostile = [HOSTILE_NOTES[h] for h in row.hostile if h in HOSTILE_NOTES]
    if hostile:
        notes.append("hostile: " + ", ".join(hostile))
    if row.traps:
        notes.append("traps: " + ", ".join(row.traps))
    base["notes"] = "; ".join(notes)
    return base


def write_labels(path: Path, rows: Sequence[LabelledRow]) -> list[dict[str, str]]:
    labelled = [label_row(row) for row in rows]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=LABEL_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(labelled)
    return labelled
