"""The one way digimeter starts Chromium: Debian's browser, its launch options, what it
may load, and how long a page is waited for.

Everything that starts a browser starts it from `launch_options`: the crawl (scrapy-playwright's
`PLAYWRIGHT_LAUNCH_OPTIONS`, `crawler.settings`), the evaluation harness (`render_pages`,
used by `digimeter classify-labelled`), the tests and the benchmarks. A page rendered for
evaluation is rendered as the crawl renders it: the same browser and arguments, the same
wait (`load`, then `crawler.settle` until the page's scripts are finished), the same
navigation timeout and the same requests refused (`abort_request`: images, fonts, media,
style sheets, anything but a GET, and every identity provider).
No Scrapy import here; `crawler.render` wires these into scrapy-playwright.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Protocol

from classifiers.routes import identity_provider_rule

if TYPE_CHECKING:
    from playwright.async_api import Route

#: Debian's Chromium (`apt-get install chromium`); browsers are never downloaded
CHROMIUM = "/usr/bin/chromium"
#: what the browser waits for before the DOM is read: the page and its scripts loaded
WAIT_UNTIL: Literal["load"] = "load"
NAVIGATION_TIMEOUT_MS = 20_000

#: Chromium features that call Google services on their own (autofill, translate, hints);
#: Playwright's own list is repeated because the last --disable-features wins.
DISABLED_FEATURES = (
    "AutofillServerCommunication,Translate,OptimizationHints,OptimizationGuideModelDownloading,"
    "MediaRouter,NetworkTimeServiceQuerying,PreconnectToSearch,InterestFeedContentSuggestions,"
    "CertificateTransparencyComponentUpdater,AvoidUnnecessaryBeforeUnloadCheckSync,"
    "DestroyProfileOnBrowserClose,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,LensOverlay,"
    "PaintHolding,ThirdPartyStoragePartitioning,AvoidCorsURLLoaderRestartOnRedirect,"
    # one renderer process for all sites, no spare one: memory stays bounded
    "site-per-process,IsolateOrigins,SpareRendererForSitePerProcess"
)
#: Playwright's own --enable-features, repeated for the same reason, plus the network
#: service in the browser process (one process less)
ENABLED_FEATURES = (
    "NetworkServiceInProcess2,SkipListAccountsWithoutGaiaCookies,CDPScreenshotNewSurface"
)
#: Hosts Chromium itself calls (sign-in, updates, autofill, safe browsing): never sent to
#: the proxy and resolved to nothing, so the browser reaches only the pages it renders.
BROWSER_OWN_HOSTS = (
    "accounts.google.com", "clients2.google.com", "clients4.google.com",
    "android.clients.google.com", "update.googleapis.com", "content-autofill.googleapis.com",
    "optimizationguide-pa.googleapis.com", "safebrowsing.googleapis.com",
    "clientservices.googleapis.com", "translate.googleapis.com", "www.googleapis.com",
    "redirector.gvt1.com", "edgedl.me.gvt1.com",
)  # fmt: skip
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-client-side-phishing-detection",
    "--disable-domain-reliability",
    "--no-pings",
    "--metrics-recording-only",
    "--safebrowsing-disable-auto-update",
    "--disable-site-isolation-trials",
    "--renderer-process-limit=1",
    "--in-process-gpu",
    f"--disable-features={DISABLED_FEATURES}",
    f"--enable-features={ENABLED_FEATURES}",
    "--host-resolver-rules=" + ", ".join(f"MAP {host} ~NOTFOUND" for host in BROWSER_OWN_HOSTS),
)

#: what a rendered DOM does not need: images, fonts, media, style sheets
ABORTED_TYPES = frozenset(
    {"image", "font", "media", "imageset", "object", "texttrack", "manifest", "stylesheet"}
)


def launch_options(*, proxy: str = "", executable: str = CHROMIUM) -> dict[str, Any]:
    """Keyword arguments of Playwright's `chromium.launch` (and scrapy-playwright's
    PLAYWRIGHT_LAUNCH_OPTIONS): headless Chromium, every request through `proxy` when given
    except the browser's own calls, which go nowhere."""
    options: dict[str, Any] = {
        "executable_path": executable,
        "args": list(CHROMIUM_ARGS),
        "headless": True,
    }
    if proxy:
        options["proxy"] = {"server": proxy, "bypass": ",".join(BROWSER_OWN_HOSTS)}
    return options


class BrowserRequest(Protocol):
    """What `abort_request` reads of a Playwright request."""

    @property
    def url(self) -> str: ...

    @property
    def resource_type(self) -> str: ...

    @property
    def method(self) -> str: ...


def abort_request(request: BrowserRequest) -> bool:
    """True for requests the browser must not make (scrapy-playwright's
    PLAYWRIGHT_ABORT_REQUEST, and `render_pages`): images and the like, anything but a GET
    (a click never sends a form or a POST), identity providers."""
    if request.resource_type in ABORTED_TYPES or request.method.upper() != "GET":
        return True
    return bool(identity_provider_rule(request.url))


def render_pages(
    urls: Iterable[str], proxy: str, *, concurrency: int = 4, executable: str = CHROMIUM
) -> dict[str, bytes]:
    """The DOM of each URL after its scripts ran, rendered through `proxy` as the crawl
    renders a page (see the module docstring); one browser renders a few pages at a time."""
    from playwright.async_api import async_playwright

    from crawler.settle import settle, watch_page

    async def guard(route: Route) -> None:
        if abort_request(route.request):
            await route.abort()
        else:
            await route.continue_()

    async def run() -> dict[str, bytes]:
        rendered: dict[str, bytes] = {}
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(**launch_options(proxy=proxy, executable=executable))
            context = await browser.new_context()
            await context.route("**/*", guard)
            gate = asyncio.Semaphore(concurrency)

            async def render(url: str) -> None:
                async with gate:
                    page = await context.new_page()
                    try:
                        await watch_page(page)
                        await page.goto(url, wait_until=WAIT_UNTIL, timeout=NAVIGATION_TIMEOUT_MS)
                        await settle(page)
                        rendered[url] = (await page.content()).encode("utf-8")
                    finally:
                        await page.close()

            try:
                await asyncio.gather(*(render(u) for u in urls))
            finally:
                await context.close()
                await browser.close()
        return rendered

    return asyncio.run(run())
