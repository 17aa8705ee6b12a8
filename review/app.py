"""The review web app (Starlette, Jinja2 templates rendered on the server).

`create_app(run_dir)` serves one run's `run.db`: the queue, the verdict page with its
stored pages, decisions, and the run overview (`review.pages` has the page handlers).
Sessions are signed cookies (a secret made at start), so a restart logs everyone out.
Static assets are read once from the package into memory and served by name from a fixed
table: no request parameter ever reaches the file system.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from classifiers.ruleset import RuleSet, load_rules
from digimeter.core.runstore import RunStore
from digimeter.core.templating import environment, shared_css
from review.queue import ReviewQueue
from review.security import csrf_token, security_headers, token_matches
from review.verdictview import PageTexts, VerdictView, build_view

ASSET_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
OPEN_PATHS = ("/login", "/assets/")


def _assets() -> dict[str, tuple[bytes, str]]:
    folder = files("review").joinpath("assets")
    table = {"base.css": (shared_css().encode(), ASSET_TYPES[".css"])}
    for entry in folder.iterdir():
        suffix = Path(entry.name).suffix
        if suffix in ASSET_TYPES:
            table[entry.name] = (entry.read_bytes(), ASSET_TYPES[suffix])
    return table


@dataclass
class ReviewState:
    """Everything the handlers share: the run, its queue, the rules, the templates."""

    run_dir: Path
    token: str | None
    compare_dir: Path | None
    env: Environment = field(default_factory=lambda: environment("review"))
    assets: dict[str, tuple[bytes, str]] = field(default_factory=_assets)
    store: RunStore | None = None
    queue: ReviewQueue | None = None
    texts: PageTexts | None = None
    rules: RuleSet | None = None
    views: dict[tuple[str, ...], VerdictView] = field(default_factory=dict)

    def view(self, verdict: dict[str, str]) -> VerdictView:
        """The prepared verdict page (the last few are kept: the frame asks right after)."""
        assert self.texts is not None and self.rules is not None
        key = tuple(
            verdict[k]
            for k in (
                "org_code",
                "product_key",
                "rules_version",
                "product_url",
                "route_url",
                "evidence",
            )
        )
        if key not in self.views:
            if len(self.views) >= 16:
                self.views.pop(next(iter(self.views)))
            self.views[key] = build_view(self.texts, self.rules, verdict)
        return self.views[key]

    def open(self) -> None:
        self.store = RunStore(self.run_dir)
        compare: dict[tuple[str, str], dict[str, str]] = {}
        if self.compare_dir is not None:
            earlier = RunStore(self.compare_dir)
            try:
                compare = {(v["org_code"], v["product_key"]): v for v in earlier.verdict_rows()}
            finally:
                earlier.close()
        self.queue = ReviewQueue(self.store, compare)
        self.queue.refresh()
        self.texts = PageTexts(self.store.page_store())
        self.rules = load_rules()
        import pypdf  # noqa: F401  (imported now, not on the first verdict with a PDF)

    def close(self) -> None:
        if self.texts is not None:
            self.texts.pages.close()
        if self.store is not None:
            self.store.close()

    def render(
        self, request: Request, template: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        """A page of the app: the template with the session's reviewer and CSRF token."""
        store = self.store
        assert store is not None
        page = self.env.get_template(template).render(
            reviewer=request.session.get("reviewer", ""),
            csrf=csrf_token(request),
            run_id=store.run_id,
            stylesheets=["/assets/base.css", "/assets/review.css"],
            scripts=["/assets/review.js"],
            flash=request.session.pop("flash", None),
            urlencode=urlencode,
            **context,
        )
        return HTMLResponse(page, status_code=status)


def local_path(value: str, default: str = "/queue") -> str:
    """A path within the app (no scheme, no host, no `//`), else `default`."""
    if value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default


class AccessMiddleware(BaseHTTPMiddleware):
    """With an access token: every page but the login needs a session that entered it."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        state: ReviewState = request.app.state.review
        path = request.url.path
        if state.token and not request.session.get("auth") and not path.startswith(OPEN_PATHS):
            if request.method != "GET":
                return PlainTextResponse("log in first", status_code=403)
            return RedirectResponse("/login?" + urlencode({"next": path}), status_code=303)
        return await call_next(request)


async def login_page(request: Request) -> Response:
    state: ReviewState = request.app.state.review
    target = local_path(request.query_params.get("next", "/queue"))
    if not state.token:
        return RedirectResponse(target, status_code=303)
    error = ""
    if request.method == "POST":
        from review.security import check_csrf

        form = await request.form()
        if not check_csrf(request, form):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        if token_matches(state.token, str(form.get("token", ""))):
            request.session["auth"] = True
            return RedirectResponse(target, status_code=303)
        error = "wrong access token"
    return state.render(
        request, "login.html", status=401 if error else 200, error=error, next=target
    )


async def asset(request: Request) -> Response:
    state: ReviewState = request.app.state.review
    found = state.assets.get(request.path_params["name"])
    if found is None:
        return PlainTextResponse("not found", status_code=404)
    body, media_type = found
    return Response(body, media_type=media_type, headers={"Cache-Control": "max-age=3600"})


def create_app(
    run_dir: Path | str,
    *,
    token: str | None = None,
    compare: Path | str | None = None,
    secret: str | None = None,
) -> Starlette:
    """The review app for one run folder (`token`: the access token other binds need)."""
    from review import pages

    state = ReviewState(Path(run_dir), token or None, Path(compare) if compare else None)
    RunStore(state.run_dir).close()  # fail now, clearly, when the folder is not a run

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.open()
        try:
            yield
        finally:
            state.close()

    routes = [
        Route("/", lambda r: RedirectResponse("/queue", status_code=303)),
        Route("/login", login_page, methods=["GET", "POST"]),
        Route("/assets/{name}", asset),
        Route("/name", pages.name_page, methods=["GET", "POST"]),
        Route("/queue", pages.queue_page),
        Route("/verdict/{org}/{product}", pages.verdict_page, methods=["GET", "POST"]),
        Route("/stored/{org}/{product}/{index:int}", pages.stored_page),
        Route("/overview", pages.overview_page),
    ]
    middleware = [
        Middleware(BaseHTTPMiddleware, dispatch=security_headers),
        Middleware(
            SessionMiddleware,
            secret_key=secret or secrets.token_urlsafe(32),
            session_cookie="digimeter_review",
            same_site="strict",
            max_age=12 * 3600,
        ),
        Middleware(AccessMiddleware),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.review = state
    return app
