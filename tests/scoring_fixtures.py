"""Small hand-made verdict sets for the scoring and report tests.

The verdicts are written compactly (`org_code,product_key,status,level,level_strict`); the
helpers fill in the other `verdicts.csv` columns from the organisation and product tables
below and write either a plain `verdicts.csv` folder or a real run folder (RunStore).
The expected figures are computed by hand in the test modules, next to their asserts.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from digimeter.core.model import VERDICT_FIELDS, Organisation, Product, Verdict
from digimeter.core.runstore import RunStore

# Real CBS codes for the municipalities, so the report's map can colour them.
ORGANISATIONS_CSV = """\
code,name,org_type,website,inhabitants
GM0014,Gemeente Groningen,gemeente,https://www.groningen.test/,15000
GM0034,Gemeente Almere,gemeente,https://www.almere.test/,60000
GM0037,Gemeente Stadskanaal,gemeente,https://www.stadskanaal.test/,120000
PV20,Provincie Groningen,provincie,https://www.provinciegroningen.test/,
WS0155,Waterschap Aa en Maas,waterschap,https://www.aaenmaas.test/,
"""

#: key: (Dutch name, audience, org type letters)
PRODUCTS: dict[str, tuple[str, str, str]] = {
    "p_b1": ("Uittreksel BRP aanvragen", "burger", "G"),
    "p_b2": ("Verhuizing doorgeven", "burger", "G"),
    "p_no": ("Hondenbelasting", "burger", "G"),
    "p_o1": ("Evenementenvergunning aanvragen", "ondernemer", "G"),
    "p_both": ("Klacht indienen", "beide", "GPW"),
    "p_prov": ("Ontheffing aanvragen", "beide", "P"),
    "p_ws": ("Watervergunning aanvragen", "ondernemer", "W"),
}

# org_code,product_key,status,level,level_strict
VERDICTS = """\
GM0014,p_b1,ok,100,67
GM0014,p_b2,ok,33,33
GM0014,p_no,not_offered,,
GM0014,p_o1,not_found,,
GM0014,p_both,ok,67,67
GM0034,p_b1,ok,0,0
GM0034,p_b2,ok,100,100
GM0034,p_no,ok,33,33
GM0034,p_o1,ok,67,67
GM0034,p_both,not_found,,
GM0037,p_b1,unreachable,,
GM0037,p_b2,unreachable,,
GM0037,p_no,unreachable,,
GM0037,p_o1,unreachable,,
GM0037,p_both,unreachable,,
PV20,p_both,ok,0,0
PV20,p_prov,ok,100,67
WS0155,p_both,not_offered,,
WS0155,p_ws,ok,33,33
"""

# The same organisations a year earlier: GM0014 p_both was 33 (now 67), GM0034 p_o1 was
# 100 (now 67) and p_both was ok at 33 (now not_found); WS0155 was not measured; GM0099
# (merged since) was.
EARLIER_VERDICTS = """\
GM0014,p_b1,ok,100,67
GM0014,p_b2,ok,33,33
GM0014,p_no,not_offered,,
GM0014,p_o1,not_found,,
GM0014,p_both,ok,33,33
GM0034,p_b1,ok,0,0
GM0034,p_b2,ok,100,100
GM0034,p_no,ok,33,33
GM0034,p_o1,ok,100,100
GM0034,p_both,ok,33,33
GM0037,p_b1,unreachable,,
GM0037,p_b2,unreachable,,
GM0037,p_no,unreachable,,
GM0037,p_o1,unreachable,,
GM0037,p_both,unreachable,,
PV20,p_both,ok,0,0
PV20,p_prov,ok,100,67
GM0099,p_b1,ok,67,67
"""


def organisations() -> list[Organisation]:
    rows = list(csv.DictReader(io.StringIO(ORGANISATIONS_CSV)))
    return [
        Organisation(r["code"], r["name"], r["org_type"], r["website"],
                     {"inhabitants": r["inhabitants"]})
        for r in rows
    ]  # fmt: skip


def products() -> list[Product]:
    return [
        Product(key, f"http://standaarden.overheid.nl/owms/terms/{key}", name, name,
                frozenset(types), audience, "aanvraag", (name.lower(),))
        for key, (name, audience, types) in PRODUCTS.items()
    ]  # fmt: skip


def verdict_rows(compact: str, *, run_id: str = "fixture-run") -> list[dict[str, str]]:
    """Full verdicts.csv rows from the compact form."""
    orgs = {o.code: o for o in organisations()}
    rows = []
    for line in compact.strip().splitlines():
        code, key, status, level, strict = line.split(",")
        org = orgs.get(code) or Organisation(code, f"Gemeente {code}", "gemeente", "")
        evidence = [{"url": f"{org.website}{key}", "rule": f"fixture.{status}",
                     "snippet": f"{key} {status} {level}".strip()}]  # fmt: skip
        rows.append(
            {
                "run_id": run_id, "org_code": code, "org_name": org.name,
                "org_type": org.org_type, "product_key": key, "audience": PRODUCTS[key][1],
                "status": status, "level": level, "level_strict": strict,
                "confidence": "0.90",
                "product_url": f"{org.website}{key}" if status == "ok" else "",
                "route_url": f"{org.website}{key}/form" if level and level != "0" else "",
                "via": "", "signals": "", "evidence": json.dumps(evidence),
                "rules_version": "fx-1",
            }
        )  # fmt: skip
    return rows


def write_verdicts_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(VERDICT_FIELDS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def csv_run(folder: Path, compact: str = VERDICTS, *, with_organisations: bool = True) -> Path:
    """A folder with verdicts.csv (and organisations.csv): scoring without a run.db."""
    folder.mkdir(parents=True, exist_ok=True)
    write_verdicts_csv(folder / "verdicts.csv", verdict_rows(compact, run_id=folder.name))
    if with_organisations:
        (folder / "organisations.csv").write_text(ORGANISATIONS_CSV, encoding="utf-8")
    lines = ["product_key,name_nl,audience"]
    lines += [f"{key},{name},{audience}" for key, (name, audience, _) in PRODUCTS.items()]
    (folder / "products.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def store_run(folder: Path, compact: str = VERDICTS, *, started_at: str = "2026-07-01") -> Path:
    """A real run folder (RunStore) with the fixture organisations, products and verdicts."""
    store = RunStore(folder, create=True)
    store.save_inputs(organisations(), products())
    store.save_verdicts([Verdict.from_row(r) for r in verdict_rows(compact, run_id=folder.name)])
    store.set_meta(run_id=folder.name, started_at=f"{started_at}T08:00:00Z",
                   finished_at=f"{started_at}T09:30:00Z")  # fmt: skip
    store.advance_to("classified")
    store.close()
    return folder


def add_overrides(folder: Path, rows: list[tuple[object, ...]]) -> None:
    """Add reviewer decisions that change verdicts straight to the `reviews` table of run.db
    (the `overrides` view scoring reads picks the latest per verdict); rows are
    (org_code, product_key, status, level, level_strict, reviewer, reviewed_at, reason)."""
    store = RunStore(folder)
    with store.db:
        store.db.executemany(
            "INSERT INTO reviews (org_code, product_key, reviewer, reviewed_at, decision, "
            "old_status, new_status, new_level, new_level_strict, reason) "
            "VALUES (?, ?, ?, ?, 'override', 'ok', ?, ?, ?, ?)",
            [(o, k, who, at, status, level, strict, why)
             for o, k, status, level, strict, who, at, why in rows],
        )  # fmt: skip
    store.close()
