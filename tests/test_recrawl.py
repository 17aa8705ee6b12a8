"""Conditional re-crawls: 304 pages are reused through WARC revisit records, changed pages
are fetched again, and the verdicts equal a full re-crawl's.

A generated web of 8 organisations is crawled in full; then it is generated again with 30 %
of its HTML pages edited (`testweb generate --change-share`), served afresh, and crawled
twice: once with the first run as DIGIMETER_PREVIOUS_RUN, once in full."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import REPO

from digimeter.cli import main
from digimeter.cli.schedulecommands import write_product_subset
from digimeter.core import revisits
from digimeter.core.configfiles import DEFAULT_PRODUCTS
from digimeter.core.runstore import RunStore
from testweb.changes import change_pages
from testweb.generate import generate_web
from testweb.server import running_server

PRODUCTS = ["paspoort", "hondenbelasting", "parkeervergunning", "bijstandsuitkering",
            "omgevingsvergunning", "subsidie"]  # fmt: skip


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), prog_name="digimeter")


def crawl(web: Path, proxy: str, out: Path, run_id: str, *extra: str) -> Path:
    products = out / "products.csv"
    if not products.exists():
        write_product_subset(DEFAULT_PRODUCTS, set(PRODUCTS), products)
    cmd = [sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
           str(web / "organisations.csv"), "--products", str(products), "--proxy", proxy,
           "--output", str(out), "--run-id", run_id, "--no-polite", *extra]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    classify = [sys.executable, "-m", "digimeter.cli", "classify", str(out / run_id)]
    done = subprocess.run(classify, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return out / run_id


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("recrawl")
    web, out = tmp / "web", tmp / "runs"
    out.mkdir()
    register = shared_dir / "data" / "registers" / "organisations-2023.csv"
    generate_web(web, seed=7, n_organisations=8, register=register)
    before = {p.relative_to(web): p.read_bytes() for p in (web / "sites").rglob("*") if p.is_file()}
    with running_server(web) as proxy:
        first = crawl(web, proxy, out, "first")
    generate_web(web, seed=7, n_organisations=8, register=register)
    changed = change_pages(web, 0.3, seed=5)
    assert changed
    with running_server(web) as proxy:
        second = crawl(web, proxy, out, "second", "-s", f"DIGIMETER_PREVIOUS_RUN={first}")
        full = crawl(web, proxy, out, "full")
    return {"first": first, "second": second, "full": full, "web": web, "before": before,
            "changed": {f"http://{p.relative_to(web / 'sites')}" for p in changed}}  # fmt: skip


def stored(run: Path) -> dict[tuple[str, int], tuple[bool, int]]:
    """(url, rendered) -> (is a revisit, status) of every page with a body."""
    store = RunStore(run)
    try:
        rows = store.db.execute(
            "SELECT p.url, p.rendered, r.url IS NOT NULL, p.status FROM pages p LEFT JOIN "
            "revisits r ON r.warc_file = p.warc_file AND r.warc_offset = p.warc_offset "
            "WHERE p.warc_file != ''"
        ).fetchall()
    finally:
        store.close()
    return {(u, rendered): (bool(rv), status) for u, rendered, rv, status in rows}


def page_url(url: str) -> str:
    """The file URL a page URL is served from (a folder URL is its index.html)."""
    return url + "index.html" if url.endswith("/") else url


def test_unchanged_pages_are_revisits_and_changed_ones_are_fetched(
    recrawled: dict[str, object],
) -> None:
    second = stored(recrawled["second"])  # type: ignore[arg-type]
    first = stored(recrawled["first"])  # type: ignore[arg-type]
    changed: set[str] = recrawled["changed"]  # type: ignore[assignment]
    raw = {u: v for (u, rendered), v in second.items() if not rendered and v[1] == 200}
    both = [u for u in raw if (u, 0) in first and first[(u, 0)][1] == 200]
    fetched_changed = [u for u in both if page_url(u) in changed]
    unchanged = [u for u in both if page_url(u) not in changed]
    assert fetched_changed and unchanged
    assert all(not raw[u][0] for u in fetched_changed), "a changed page was not downloaded"
    revisited = [u for u in unchanged if raw[u][0]]
    # every unchanged page is a revisit, except dynamic pages whose bytes differ per request
    assert len(revisited) >= 0.9 * len(unchanged), (len(revisited), len(unchanged))
    stats = json.loads((recrawled["second"] / "crawl_stats.json").read_text())  # type: ignore[operator]
    assert stats["downloader/response_status_count/304"] == stats["digimeter/revisits"]


def test_verdicts_equal_a_full_recrawl(recrawled: dict[str, object]) -> None:
    def verdicts(run: Path) -> list[tuple[str, ...]]:
        with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
            return [tuple(v for k, v in r.items() if k != "run_id") for r in csv.DictReader(fh)]

    second, full = recrawled["second"], recrawled["full"]
    assert verdicts(second) == verdicts(full)  # type: ignore[arg-type]


def test_the_page_store_reads_a_revisit_as_the_stored_page(recrawled: dict[str, object]) -> None:
    first, second = recrawled["first"], recrawled["second"]
    url = next(
        u
        for (u, r), (rv, _) in stored(second).items()  # type: ignore[arg-type]
        if rv and not r and not u.endswith(".txt")
    )
    a, b = RunStore(first), RunStore(second)  # type: ignore[arg-type]
    try:
        old, new = a.page_store().get(url, rendered=False), b.page_store().get(url, rendered=False)
        assert old is not None and new is not None
        assert new.body == old.body and len(new.body) > 100 and new.status == 200
        assert new.fetched_at != old.fetched_at
        warc_file, offset = b.db.execute(
            "SELECT warc_file, warc_offset FROM pages WHERE url = ? AND rendered = 0", (url,)
        ).fetchone()
        with open(b.dir / warc_file, "rb") as fh:
            record = revisits.read_record(fh, offset)
        assert record.rec_type == "revisit"
        assert record.rec_headers.get_header("WARC-Profile").endswith("server-not-modified")
        assert record.rec_headers.get_header("WARC-Refers-To-Target-URI") == url
        assert record.rec_headers.get_header("WARC-Refers-To").startswith("<urn:uuid:")
        assert record.http_headers.get_statuscode() == "304"
    finally:
        a.close()
        b.close()


def test_a_referred_run_is_kept_until_the_run_that_reads_from_it_is_inlined(
    recrawled: dict[str, object], tmp_path: Path
) -> None:
    from digimeter.core.runhistory import previous_run

    runs = tmp_path / "runs"  # copies: the other tests read the originals
    for name in ("first", "second"):
        shutil.copytree(recrawled[name], runs / name)  # type: ignore[arg-type]
    first, second = runs / "first", runs / "second"
    assert previous_run(second) == first and previous_run(first) is None
    listed = invoke("runs", "--output", str(runs))
    rows = {line.split()[0]: line.split() for line in listed.output.splitlines()[2:4]}
    assert rows["first"][-1] == "1" and rows["second"][-1] == "-", listed.output
    shown = invoke("runs", "show", "second", "--output", str(runs))
    assert "reads unchanged pages from: first" in shown.output
    assert "previous complete run of its organisation list: first" in shown.output
    assert "verdicts changed: 0\n" in shown.output  # the edits keep every page's level
    store = RunStore(second)
    before = {u: store.page_store().get(u) for u in list(store.page_store().urls())}
    store.close()
    refused = invoke("runs", "delete", "first", "--output", str(runs), "--yes")
    assert refused.exit_code == 2 and first.is_dir()
    assert f"digimeter runs inline {second}" in refused.output
    inlined = invoke("runs", "inline", "second", "--output", str(runs))
    assert inlined.exit_code == 0, inlined.output
    assert int(inlined.output.split(": ")[1].split()[0]) == sum(
        revisit
        for revisit, _ in stored(recrawled["second"]).values()  # type: ignore[arg-type]
    )
    assert not any(revisit for revisit, _ in stored(second).values())
    deleted = invoke("runs", "delete", "first", "--output", str(runs), "--yes")
    assert deleted.exit_code == 0 and not first.exists(), deleted.output
    store = RunStore(second)  # the referred run is gone; the other still reads every page
    try:
        pages = store.page_store()
        for url, page in before.items():
            after = pages.get(url)
            assert page is not None and after is not None
            assert (after.body, after.status, after.rendered) == (
                page.body, page.status, page.rendered,
            )  # fmt: skip
    finally:
        store.close()
