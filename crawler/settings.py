"""The crawler's settings: Scrapy settings plus the project's own, all prefixed `DIGIMETER_`.

Precedence, lowest first (one documented order, Scrapy's priorities):

    Scrapy's defaults  <  this module ("project")  <  the no-polite profile ("spider",
    only when DIGIMETER_POLITE is false)  <  `-s NAME=VALUE` and crawl_run(settings=...)
    ("cmdline")

The project's settings (name, default, meaning):

    DIGIMETER_ORG_PAGE_BUDGET   300    requests per organisation (every redirect hop, route
                                       page, document and rendered page counts)
    DIGIMETER_USER_AGENT        digimeter/<version> (+https://github.com/digimeter; ...)
                                       the User-Agent, with a contact URL
    DIGIMETER_PROXY             ""     send every request (Scrapy's and the browser's)
                                       through this HTTP proxy
    DIGIMETER_POLITE            True   AutoThrottle, 2 requests per host, a delay; False
                                       applies NO_POLITE_PROFILE (benchmarks)
    DIGIMETER_RENDER            True   render pages that need JavaScript with Chromium
    DIGIMETER_CHROMIUM          /usr/bin/chromium   the browser executable
    DIGIMETER_CONCURRENT_ORGS   32     organisations crawled at the same time per process (each
                                       host still gets at most 2 requests at a time: more
                                       organisations fill the pipe, not one host)
    DIGIMETER_MAX_DEPTH         4      link hops from the homepage for the focused crawl
    DIGIMETER_ROUTE_HOPS        3      hops followed from a product page (calls to action)
    DIGIMETER_MAX_REDIRECTS     10     redirect hops before a chain counts as a loop
    DIGIMETER_TRAP_VARIANTS     6      distinct query strings of one path before the path
                                       counts as a spider trap (calendars, filters)
    DIGIMETER_SEARCH_QUERIES    1      site-search queries per product not found otherwise
    DIGIMETER_HTML_MAX_BYTES    4 MB   HTML bodies are cut (and marked truncated) here
    DIGIMETER_PDF_MAX_BYTES     8 MB   PDFs are stored in full up to this size
    DIGIMETER_OTHER_MAX_BYTES   64 kB  other bodies: type and first bytes only
    DIGIMETER_RULES             crawler/rules/discovery.toml   the discovery scoring tables
    DIGIMETER_REDIS_URL         ""     share the crawl with other workers through Redis
    DIGIMETER_WORKER_ID         ""     this worker's name in Redis (default host-pid)
    DIGIMETER_CLAIM_TTL         30     seconds after a Redis worker's last heartbeat (one per
                                       progress interval) at which others take over its work
    DIGIMETER_PROGRESS_INTERVAL 5      seconds between progress lines (stderr not a TTY)
    DIGIMETER_PROGRESS          True   show progress on stderr
    DIGIMETER_PREVIOUS_RUN      ""     an earlier run folder: conditional requests from its
                                       stored headers, a 304 reuses its stored page
    DIGIMETER_SITE_RETRY_DELAY  -1     seconds after which an unreachable site gets a
                                       second attempt in the same run (-1: none)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from crawler.browser import CHROMIUM, NAVIGATION_TIMEOUT_MS, launch_options
from digimeter.core.errors import BadInput


def _version() -> str:
    try:
        return version("digimeter")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0"


DEFAULT_USER_AGENT = (
    f"digimeter/{_version()} (+https://github.com/digimeter; "
    "measurement of digital government services)"
)
RULES_FILE = Path(__file__).parent / "rules" / "discovery.toml"

# -- the project's own settings ---------------------------------------------------------
DIGIMETER_ORG_PAGE_BUDGET = 300
DIGIMETER_USER_AGENT = DEFAULT_USER_AGENT
DIGIMETER_PROXY = ""
DIGIMETER_POLITE = True
DIGIMETER_RENDER = True
DIGIMETER_CHROMIUM = CHROMIUM
DIGIMETER_CONCURRENT_ORGS = 32
DIGIMETER_MAX_DEPTH = 4
DIGIMETER_ROUTE_HOPS = 3
DIGIMETER_MAX_REDIRECTS = 10
DIGIMETER_TRAP_VARIANTS = 6
DIGIMETER_SEARCH_QUERIES = 1
DIGIMETER_HTML_MAX_BYTES = 4 * 1024 * 1024
DIGIMETER_PDF_MAX_BYTES = 8 * 1024 * 1024
DIGIMETER_OTHER_MAX_BYTES = 64 * 1024
DIGIMETER_RULES = str(RULES_FILE)
DIGIMETER_RUN_DIR = ""
DIGIMETER_RESUME = False
DIGIMETER_RESUME_COMMAND = ""
DIGIMETER_REDIS_URL = ""
DIGIMETER_WORKER_ID = ""
DIGIMETER_CLAIM_TTL = 30
DIGIMETER_PROGRESS_INTERVAL = 5.0
DIGIMETER_PROGRESS = True
DIGIMETER_PREVIOUS_RUN = ""
DIGIMETER_SITE_RETRY_DELAY = -1.0

# -- Scrapy ------------------------------------------------------------------------------
BOT_NAME = "digimeter"
USER_AGENT = DEFAULT_USER_AGENT
ROBOTSTXT_OBEY = True
ROBOTSTXT_PARSER = "scrapy.robotstxt.ProtegoRobotParser"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote-control HTTP server executes code sent to it: no crawl needs it
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "WARNING"
# Redirects are followed by the discovery state itself, so that every hop is stored as its
# own page, loops are caught exactly and a redirect to an identity provider stops there.
REDIRECT_ENABLED = False
METAREFRESH_ENABLED = False
HTTPERROR_ALLOW_ALL = True
DOWNLOAD_TIMEOUT = 20
RETRY_ENABLED = True
RETRY_TIMES = 2
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = False
# enough for DIGIMETER_CONCURRENT_ORGS hosts at 2 each; the per-host limit is what is polite
CONCURRENT_REQUESTS = 64
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
# Scrapy runs this many tasks per callback output; callbacks here yield a few requests
CONCURRENT_ITEMS = 8
REQUEST_FINGERPRINTER_CLASS = "crawler.fetchcodec.OrgRequestFingerprinter"
SPIDER_MIDDLEWARES = {
    # discovery bounds depth, URL length and pages per organisation itself; a request
    # dropped silently would leave its organisation waiting
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
}
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.IdentityProviderGuard": 10,
    "crawler.middlewares.ReplayMiddleware": 20,
    # Scrapy's own, with robots.txt handed to every request that waited for it (crawler.robots)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.SharedRobotsTxtMiddleware": 100,
    "crawler.middlewares.StoreMiddleware": 540,
    "crawler.conditional.ConditionalRequestMiddleware": 545,
    "crawler.middlewares.ProxyMiddleware": 740,
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
    "crawler.middlewares.NetworkStats": 850,
}
EXTENSIONS = {
    "crawler.interrupt.Interrupts": 50,
    "crawler.bodysize.BodySizeCap": 100,
    "crawler.progress.Progress": 200,
}
ITEM_PIPELINES = {"crawler.pipelines.FinishOrgPipeline": 100}
DOWNLOAD_HANDLERS = {
    "http": "crawler.render.SharedPlaywrightHandler",
    "https": "crawler.render.SharedPlaywrightHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_MAX_CONTEXTS = 1
# renders wait mostly on the network: more pages at once, one renderer process (CHROMIUM_ARGS)
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 6
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = NAVIGATION_TIMEOUT_MS
PLAYWRIGHT_ABORT_REQUEST = "crawler.browser.abort_request"
PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER = True

#: Politeness off (benchmarks on the simulated web): applied below `-s` when
#: DIGIMETER_POLITE is false.
NO_POLITE_PROFILE: dict[str, Any] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 48,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 6,
    "DIGIMETER_CONCURRENT_ORGS": 24,
    "DOWNLOAD_TIMEOUT": 15,
}


class SettingsError(BadInput, ValueError):
    """A crawler setting has an unusable value; the message names it."""


def project_defaults() -> dict[str, Any]:
    """This module's upper-case names: the project's default settings."""
    helpers = {
        "DEFAULT_USER_AGENT", "RULES_FILE", "CHROMIUM", "NAVIGATION_TIMEOUT_MS",
        "NO_POLITE_PROFILE",
    }  # fmt: skip
    return {k: v for k, v in globals().items() if k.isupper() and k not in helpers}


BOOLEAN_WORDS = {"1": True, "0": False, "true": True, "false": False}


def check_value(name: str, value: Any, default: Any) -> None:
    """A setting given as text must parse as the type of its default (a bool, a number)."""
    if not isinstance(value, str) or default is None:
        return
    if isinstance(default, bool):
        if value.strip().lower() not in BOOLEAN_WORDS:
            raise SettingsError(f"{name}={value!r}: expected true or false")
        return
    if type(default) not in (int, float):
        return
    try:
        float(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r}: expected a number") from None


def build_settings(
    overrides: dict[str, Any] | None = None, *, proxy: str | None = None, polite: bool | None = None
) -> Settings:
    """Scrapy settings for a crawl, in the documented precedence."""
    settings = Settings()
    settings.setdict(project_defaults(), priority="project")
    if proxy:
        settings.set("DIGIMETER_PROXY", proxy, priority="cmdline")
    if polite is not None:
        settings.set("DIGIMETER_POLITE", polite, priority="cmdline")
    for name, value in (overrides or {}).items():
        if name not in settings and name.startswith("DIGIMETER_"):
            known = ", ".join(sorted(k for k in settings if k.startswith("DIGIMETER_")))
            raise SettingsError(f"unknown setting {name!r}; the DIGIMETER_ settings are {known}")
        check_value(name, value, settings.get(name))
        settings.set(name, value, priority="cmdline")
    if not settings.getbool("DIGIMETER_POLITE"):
        for name, value in NO_POLITE_PROFILE.items():
            settings.set(name, value, priority="spider")
    _wire(settings)
    return settings


def _wire(settings: Settings) -> None:
    """Derive Scrapy settings from the DIGIMETER_ ones (user agent, browser, Redis)."""
    settings.set("USER_AGENT", settings.get("DIGIMETER_USER_AGENT"), priority="cmdline")
    proxy = settings.get("DIGIMETER_PROXY") or ""
    launch = launch_options(proxy=proxy, executable=settings.get("DIGIMETER_CHROMIUM"))
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch, priority="cmdline")
    if not settings.getbool("DIGIMETER_RENDER"):
        # with Redis, the download handlers take host leases (crawler.hostleases)
        plain = {scheme: "crawler.hostleases.LeasedHTTPHandler" for scheme in ("http", "https")}
        settings.set("DOWNLOAD_HANDLERS", plain, priority="cmdline")
    redis_url = settings.get("DIGIMETER_REDIS_URL")
    if redis_url:
        settings.set("REDIS_URL", redis_url, priority="cmdline")
        settings.set("SCHEDULER", "scrapy_redis.scheduler.Scheduler", priority="cmdline")
        settings.set("DUPEFILTER_CLASS", "crawler.distributed.OrgDupeFilter", priority="cmdline")
        settings.set("SCHEDULER_PERSIST", True, priority="cmdline")
