"""Between Scrapy and the run store: responses and failures as `Page`s, and back."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, HtmlResponse, Request, Response, TextResponse
from scrapy.responsetypes import responsetypes

from digimeter.core.pages import Page
from digimeter.core.runstore import now_iso

#: meta key of the Page built for a response (set by StoreMiddleware or ReplayMiddleware)
PAGE_KEY = "digimeter_page"
REPLAYED_KEY = "digimeter_replayed"
#: the response is a page of the previous run (crawler.conditional); StoreMiddleware skips it
REVISIT_KEY = "digimeter_revisit"
PROXY_ERRORS = {"dns_failure": "dns", "tls_failure": "tls", "connect_failure": "connection"}


class StoredFailure(IgnoreRequest):
    """A fetch that failed before and is served as that failure from the store."""

    def __init__(self, page: Page) -> None:
        super().__init__(f"stored failure: {page.error}")
        self.page = page


class IdentityProviderBlocked(IgnoreRequest):
    """A request for an identity provider, refused before it leaves the crawler."""


def _headers(headers: Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, values in headers.items():
        key = name.decode("latin-1").lower()
        if key in ("content-encoding", "transfer-encoding"):
            continue  # the stored body is decoded
        out[key] = ", ".join(v.decode("latin-1") for v in values)
    return out


def page_from_response(response: Response, *, rendered: bool = False) -> Page:
    """A stored page for a response; a proxy's DNS/TLS error becomes a failed fetch."""
    headers = _headers(response.headers)
    proxy_error = headers.get("x-proxy-error", "")
    if response.status == 502 and proxy_error:
        return Page(
            url=response.url,
            status=0,
            headers=headers,
            error=PROXY_ERRORS.get(proxy_error, proxy_error.replace("_failure", "")),
            fetched_at=now_iso(),
        )
    truncated = bool({"download_stopped", "partial", "dataloss"} & set(response.flags))
    return Page(
        url=response.url,
        status=response.status,
        headers=headers,
        body=response.body,
        rendered=rendered,
        fetched_at=now_iso(),
        truncated=truncated,
    )


def failure_reason(exc: BaseException) -> str:
    """The Page.error for an exception: dns, tls, timeout, connection, robots, too_large..."""
    if isinstance(exc, StoredFailure):
        return exc.page.error
    name = type(exc).__name__.lower()
    text = str(exc).lower()
    if isinstance(exc, IgnoreRequest):
        return "robots" if "robots" in text else "ignored"
    if "dns" in name or "resolve" in name or "lookup" in name:
        return "dns"
    if "timeout" in name or "timed out" in text:
        return "timeout"
    if "ssl" in name or "tls" in name or "certificate" in text or "tunnel" in name:
        return "tls"  # a failed CONNECT (the proxy's tls_failure) included
    if "cancelled" in name and "maxsize" in text:
        return "too_large"
    if "playwright" in type(exc).__module__ or "target" in name:
        return "render_failed"
    return "connection"


#: what a Playwright error says when the browser itself went away mid-render
_BROWSER_GONE = ("has been closed", "browser closed", "connection closed", "disconnected",
                 "crashed")  # fmt: skip


def is_cut(exc: BaseException) -> bool:
    """True for a failure of the crawler's own machinery, not of the site: the browser was
    closed or crashed mid-render. The page is not stored, and its organisation is cut."""
    if type(exc).__name__ == "TargetClosedError":
        return True
    text = str(exc).lower()
    return type(exc).__module__.startswith("playwright") and any(m in text for m in _BROWSER_GONE)


def page_from_failure(request: Request, exc: BaseException, *, rendered: bool = False) -> Page:
    return Page(
        url=request.url, status=0, error=failure_reason(exc), rendered=rendered,
        fetched_at=now_iso(),
    )  # fmt: skip


def response_from_page(page: Page, request: Request) -> Response:
    """A Scrapy response that serves a stored page instead of the network."""
    headers = Headers({k: v for k, v in page.headers.items()})
    cls = responsetypes.from_args(headers=headers, url=page.url, body=page.body[:4096])
    if page.rendered and not issubclass(cls, TextResponse):
        cls = HtmlResponse
    return cls(
        url=page.url, status=page.status, headers=headers, body=page.body, request=request,
        flags=["digimeter_store"],
    )  # fmt: skip
