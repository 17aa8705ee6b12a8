"""Run folders for the review tests: real stored pages (WARC) and real verdicts.

`corpus_run` turns the labelled corpus (`../shared/corpus`, pages rebuilt from real
government sites) into a run folder as a crawl would have stored it, plus a not_found and
two unreachable cases, and classifies it (about a second, no network).
"""

from __future__ import annotations

import json
from pathlib import Path

from classifiers.ruleset import RuleSet
from classifiers.run import classify_run
from digimeter.cli.labelled import labelled_cases, write_run
from digimeter.core.configfiles import load_products
from digimeter.core.model import Case, Organisation, Verdict
from digimeter.core.pages import FolderPageStore, Page
from digimeter.core.runstore import RunStore


def corpus_cases(root: Path) -> list[Case]:
    products = {p.key: p for p in load_products()}
    cases = labelled_cases(root)
    lingewaard = cases[0].org
    nowhere = Organisation("GM9999", "Gemeente Nergens", "gemeente", "http://www.nergens.test/")
    return [
        *cases,
        Case(lingewaard, products["brp-uittreksel"], "not_found"),
        Case(nowhere, products["paspoort"], "unreachable", reason="dns"),
        Case(nowhere, products["klacht"], "unreachable", reason="dns"),
    ]


def corpus_run(folder: Path, corpus: Path, *, rules: RuleSet | None = None) -> Path:
    """A classified run folder of the corpus at `corpus` (a copy may have changed pages)."""
    write_run(folder, corpus_cases(corpus), FolderPageStore(corpus), run_id=folder.name).close()
    classify_run(folder, rules=rules, workers=1)
    return folder


#: A stored page that tries every way to run script: each would set `data-pwned` on the
#: page, open a dialog or request /pwned from the app's host.
PWN = "document.documentElement.dataset.pwned='{0}';alert('{0}');fetch('/pwned/{0}')"
HOSTILE_HTML = f"""<!doctype html><html><head><title>Parkeervergunning</title>
<base href="http://evil.test/">
<meta http-equiv="refresh" content="0; url=javascript:{PWN.format("refresh")}">
<script>{PWN.format("script")}</script>
<link rel="stylesheet" href="/pwned/stylesheet">
</head><body onload="{PWN.format("onload")}">
<main><h1>Parkeervergunning aanvragen</h1>
<img src="x" onerror="{PWN.format("onerror")}" alt="pixel">
<p>Vraag uw vergunning aan <a href="javascript:{PWN.format("link")}" id="jslink">hier</a>.</p>
<p><a href=" java&#x0A;script:{PWN.format("entity")}" id="jslink2">of hier</a></p>
<svg><script>{PWN.format("svg")}</script></svg>
<iframe srcdoc="<script>{PWN.format("srcdoc")}</script>"></iframe>
<form action="javascript:{PWN.format("form")}"><button id="jsbutton">Verstuur</button></form>
<div style="background:url(/pwned/style)">Naam: <b>&lt;script&gt;alert(1)&lt;/script&gt;</b></div>
<p><a href="http://mijn.evil.test/parkeren/">Inloggen met DigiD</a> om aan te vragen.</p>
</main></body></html>"""


def add_hostile_verdict(folder: Path, org_code: str, product_key: str) -> str:
    """Store a hostile product page and point the verdict of `org_code` x `product_key` at
    it (evidence on the page); returns the page's URL."""
    url = "http://www.evil.test/parkeervergunning"
    store = RunStore(folder)
    try:
        writer = store.page_writer()
        writer.add(
            Page(url, 200, {"content-type": "text/html; charset=utf-8"}, HOSTILE_HTML.encode())
        )
        rows = store.verdict_rows()
        for row in rows:
            if (row["org_code"], row["product_key"]) == (org_code, product_key):
                row.update(
                    status="ok",
                    level="100",
                    level_strict="67",
                    product_url=url,
                    route_url="http://mijn.evil.test/parkeren/",
                    org_name="<img src=x onerror=\"parent.markPwned('name')\">",
                    evidence=json.dumps(
                        [{"url": url, "rule": "login.idp.digid", "snippet": "Inloggen met DigiD"}]
                    ),
                )
        store.save_verdicts([Verdict.from_row(r) for r in rows])
    finally:
        store.close()
    return url
