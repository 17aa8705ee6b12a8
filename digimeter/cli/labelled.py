"""The evaluation harness: classifying a labelled static web (the corpus, a generated web)
without a crawl (`digimeter classify-labelled`).

The cases come from the labels' `product_url`, so this measures the classifier alone,
independent of discovery: ok and not_offered rows are `found` cases, not_found and
unreachable rows keep their outcome. The pages a script builds (`script_pages`) are rendered
as the crawl renders them (`crawler.browser.render_pages`, through the web's proxy) and
passed to the `FolderPageStore` as DOM snapshots, as the crawler stores them.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from classifiers.classify import Classifier
from classifiers.pagefacts import MAX_HTML_SCAN, platform_hits
from classifiers.ruleset import RuleSet, load_rules
from digimeter.core.configfiles import ConfigError, load_organisations, load_products, read_rows
from digimeter.core.model import LABEL_FIELDS, VERDICT_FIELDS, Case, CrawlOutcome, Product, Verdict
from digimeter.core.pages import (
    FolderPageStore,
    Page,
    PageStore,
    normalize_url,
    static_content_type,
)
from digimeter.core.runstore import RunStore


def render_cache_file(cache: Path, url: str) -> Path:
    """Where `classify-labelled --render-cache` keeps the rendered DOM of `url`."""
    return cache / f"{hashlib.sha1(url.encode()).hexdigest()}.html"


def labelled_cases(root: Path | str, products: list[Product] | None = None) -> list[Case]:
    """One case per labels.csv row of a static web folder."""
    root = Path(root)
    orgs = {o.code: o for o in load_organisations(root / "organisations.csv")}
    by_key = {p.key: p for p in (products or load_products())}
    _, rows = read_rows(root / "labels.csv", LABEL_FIELDS)
    cases = []
    for row in rows:
        v = row.values
        if v["org_code"] not in orgs:
            raise ConfigError(root / "labels.csv", f"unknown org_code {v['org_code']!r}",
                              line=row.line, column="org_code")  # fmt: skip
        if v["product_key"] not in by_key:
            raise ConfigError(root / "labels.csv", f"unknown product_key {v['product_key']!r}",
                              line=row.line, column="product_key")  # fmt: skip
        status = v["status"]
        outcome = CrawlOutcome.FOUND if status in ("ok", "not_offered") else CrawlOutcome(status)
        reason = v.get("notes", "")[:80] if status == "unreachable" else ""
        cases.append(
            Case(
                orgs[v["org_code"]],
                by_key[v["product_key"]],
                outcome,
                v["product_url"],
                found_via="labels",
                reason=reason,
            )
        )
    return cases


def script_pages(root: Path | str, rules: RuleSet | None = None) -> list[str]:
    """URLs of the HTML pages whose form a script builds (platforms.toml kind js_form)."""
    rules = rules or load_rules()
    sites = Path(root) / "sites"
    urls = []
    for path in sorted(sites.rglob("*")):
        if not path.is_file() or not static_content_type(path).startswith("text/html"):
            continue
        html = path.read_bytes()[:MAX_HTML_SCAN].decode("utf-8", "replace")
        if "<script" not in html:
            continue
        if any(hit.kind == "js_form" for hit in platform_hits(rules, "", html)):
            rel = path.relative_to(sites)
            host, rest = rel.parts[0], "/".join(rel.parts[1:])
            if rest.endswith("index.html"):
                rest = rest[: -len("index.html")]
            urls.append(f"http://{host}/{rest}")
    return urls


class StaticWebStore:
    """A `FolderPageStore` plus the fixed answers a generated web's server adds.

    A generated web (`testweb generate`) describes in `testweb.json` what its server
    answers beyond the files: redirects (a form's login start URL that sends the browser
    to DigiD), fixed statuses and Content-Type overrides (a windows-1252 page). Those are
    what a crawl of it would have stored; slow and once-failing pages are served normally
    (a crawl retries them). A folder without `testweb.json`, such as the corpus, is the
    plain folder.
    """

    def __init__(self, root: Path | str, rendered: Mapping[str, bytes] | None = None) -> None:
        self.folder = FolderPageStore(root, rendered=rendered)
        self.redirects: dict[str, Page] = {}
        self.content_types: dict[str, str] = {}
        manifest = Path(root) / "testweb.json"
        if manifest.is_file():
            behaviours = json.loads(manifest.read_text(encoding="utf-8")).get("behaviours", {})
            for entry in (*behaviours.get("redirects", []), *behaviours.get("statuses", [])):
                headers = {"location": entry["location"]} if "location" in entry else {}
                key = normalize_url(entry["url"])
                self.redirects[key] = Page(url=key, status=int(entry["status"]), headers=headers)
            for entry in behaviours.get("content_types", []):
                self.content_types[normalize_url(entry["url"])] = entry["content_type"]

    def get(self, url: str) -> Page | None:
        key = normalize_url(url)
        if key in self.redirects:
            return self.redirects[key]
        page = self.folder.get(url)
        if page is not None and key in self.content_types and not page.rendered:
            page = replace(page, headers={"content-type": self.content_types[key]})
        return page


def classify_labelled(
    root: Path | str,
    *,
    rendered: Mapping[str, bytes] | None = None,
    rules: RuleSet | None = None,
    products: list[Product] | None = None,
) -> list[Verdict]:
    """Classify every labelled case of a static web folder (see `StaticWebStore`)."""
    store = StaticWebStore(root, rendered=rendered)
    classifier = Classifier(store, rules)
    return [classifier.classify(case) for case in labelled_cases(root, products)]


def write_verdicts(path: Path | str, verdicts: Iterable[Verdict], run_id: str = "") -> None:
    """Write verdicts as a verdicts.csv (model.VERDICT_FIELDS)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(VERDICT_FIELDS))
        writer.writeheader()
        for verdict in verdicts:
            row = verdict.as_row()
            row["run_id"] = run_id
            writer.writerow(row)


class RecordingStore:
    """A page store that remembers every page it handed out (what a classification read)."""

    def __init__(self, store: PageStore) -> None:
        self.store = store
        self.pages: dict[str, Page] = {}

    def get(self, url: str) -> Page | None:
        page = self.store.get(url)
        if page is not None:
            self.pages.setdefault(normalize_url(url), replace(page, url=normalize_url(url)))
        return page


def write_run(
    run_dir: Path | str,
    cases: list[Case],
    store: PageStore,
    *,
    products: list[Product] | None = None,
    run_id: str = "",
) -> RunStore:
    """A run folder holding `cases` and the pages classifying them reads from `store`.

    Turns a labelled static web into what a crawl of it would have stored (without a
    crawl), for tests and benchmarks of `classify_run`. The store is returned open.
    """
    recorder = RecordingStore(store)
    classifier = Classifier(recorder)
    for case in cases:
        classifier.classify(case)
    run = RunStore(run_dir, create=True)
    run.set_meta(run_id=run_id or Path(run_dir).name, source="labelled static web")
    organisations = list({c.org.code: c.org for c in cases}.values())
    run.save_inputs(organisations, products or load_products())
    writer = run.page_writer()
    for page in recorder.pages.values():
        writer.add(page)
    by_org: dict[str, list[Case]] = {}
    for case in cases:
        by_org.setdefault(case.org.code, []).append(case)
    for code, org_cases in by_org.items():
        run.finish_org(code, org_cases, summary={"source": "labels"})
    run.advance_to("crawled")  # what a finished crawl of the labelled web would be
    return run
