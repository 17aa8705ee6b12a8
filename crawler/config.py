"""The DIGIMETER_ settings parsed once into a frozen, validated record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from crawler.settings import SettingsError


def _positive(settings: BaseSettings, name: str, *, minimum: int = 1) -> int:
    raw = settings.get(name)
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise SettingsError(f"{name}={raw!r}: expected a whole number") from None
    if value < minimum:
        raise SettingsError(f"{name}={value}: expected a number of at least {minimum}")
    return value


@dataclass(frozen=True)
class CrawlConfig:
    """What the crawler components need to know, from the DIGIMETER_ settings."""

    run_dir: Path
    page_budget: int
    max_depth: int
    route_hops: int
    max_redirects: int
    trap_variants: int
    search_queries: int
    concurrent_orgs: int
    render: bool
    proxy: str
    html_max_bytes: int
    pdf_max_bytes: int
    other_max_bytes: int
    rules_path: Path
    resume: bool
    redis_url: str
    worker_id: str
    claim_ttl: int

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> CrawlConfig:
        proxy = settings.get("DIGIMETER_PROXY") or ""
        if proxy:
            parts = urlsplit(proxy)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise SettingsError(
                    f"DIGIMETER_PROXY={proxy!r}: expected an http proxy URL such as "
                    "http://127.0.0.1:8899"
                )
        run_dir = settings.get("DIGIMETER_RUN_DIR") or ""
        if not run_dir:
            raise SettingsError("DIGIMETER_RUN_DIR is not set: the crawl needs a run folder")
        rules = Path(settings.get("DIGIMETER_RULES"))
        if not rules.is_file():
            raise SettingsError(f"DIGIMETER_RULES={str(rules)!r}: no such file")
        claim_ttl = _positive(settings, "DIGIMETER_CLAIM_TTL")
        beat = settings.getfloat("DIGIMETER_PROGRESS_INTERVAL")  # a worker's heartbeat period
        if settings.get("DIGIMETER_REDIS_URL") and claim_ttl <= 2 * beat:
            raise SettingsError(
                f"DIGIMETER_CLAIM_TTL={claim_ttl}: expected more than twice "
                f"DIGIMETER_PROGRESS_INTERVAL ({beat:g} s), the period of a worker's heartbeat"
            )
        return cls(
            run_dir=Path(run_dir),
            page_budget=_positive(settings, "DIGIMETER_ORG_PAGE_BUDGET"),
            max_depth=_positive(settings, "DIGIMETER_MAX_DEPTH", minimum=0),
            route_hops=_positive(settings, "DIGIMETER_ROUTE_HOPS", minimum=0),
            max_redirects=_positive(settings, "DIGIMETER_MAX_REDIRECTS"),
            trap_variants=_positive(settings, "DIGIMETER_TRAP_VARIANTS"),
            search_queries=_positive(settings, "DIGIMETER_SEARCH_QUERIES", minimum=0),
            concurrent_orgs=_positive(settings, "DIGIMETER_CONCURRENT_ORGS"),
            render=settings.getbool("DIGIMETER_RENDER"),
            proxy=proxy,
            html_max_bytes=_positive(settings, "DIGIMETER_HTML_MAX_BYTES"),
            pdf_max_bytes=_positive(settings, "DIGIMETER_PDF_MAX_BYTES"),
            other_max_bytes=_positive(settings, "DIGIMETER_OTHER_MAX_BYTES"),
            rules_path=rules,
            resume=settings.getbool("DIGIMETER_RESUME"),
            redis_url=settings.get("DIGIMETER_REDIS_URL") or "",
            worker_id=settings.get("DIGIMETER_WORKER_ID") or "",
            claim_ttl=claim_ttl,
        )
