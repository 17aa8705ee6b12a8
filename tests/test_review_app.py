"""The review app over HTTP (uvicorn on 127.0.0.1, a real client with cookies): CSRF, the
access token and the bind check, the headers, paths that never reach the file system,
escaping, decisions, and the blind review of the sample."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from review_fixtures import add_hostile_verdict

from digimeter.cli import main
from digimeter.core.runstore import RunStore
from review.sampling import draw_sample
from review.security import BindError, check_bind
from review.server import running_app


class Client:
    """urllib with a cookie jar; redirects are followed only when asked."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()

    def request(
        self, path: str, data: dict[str, str] | None = None, *, follow: bool = True
    ) -> tuple[int, dict[str, str], str]:
        handlers: list[urllib.request.BaseHandler] = [urllib.request.HTTPCookieProcessor(self.jar)]
        if not follow:
            handlers.append(NoRedirect())
        opener = urllib.request.build_opener(*handlers)
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with opener.open(self.base + path, data=body, timeout=30) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read().decode()

    def csrf(self, path: str = "/name") -> str:
        _, _, html = self.request(path)
        found = re.search(r'name="csrf" value="([^"]+)"', html)
        assert found, html[:500]
        return found.group(1)

    def sign_in(self, name: str = "anna") -> str:
        token = self.csrf()
        status, _, _ = self.request("/name", {"csrf": token, "reviewer": name})
        assert status == 200
        return token


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


@pytest.fixture
def run(review_run: Path) -> Path:
    add_hostile_verdict(review_run, "GM0575", "parkeervergunning")
    return review_run


@pytest.fixture
def app(run: Path) -> Iterator[Client]:
    with running_app(run) as base:
        yield Client(base)


def decide(client: Client, token: str, key: str, **fields: str) -> tuple[int, dict, str]:
    _, _, page = client.request(f"/verdict/{key}")
    seen = dict(re.findall(r'name="(seen_[a-z_]+)" value="([^"]*)"', page))
    data = {"csrf": token, "action": "set", "filters": "", "pos": "0", **seen, **fields}
    return client.request(f"/verdict/{key}", data, follow=False)


def test_a_post_without_the_csrf_token_is_refused(app: Client, run: Path) -> None:
    token = app.sign_in()
    for data in ({}, {"csrf": "forged"}):
        status, _, body = app.request(
            "/verdict/GM0114/klacht", {**data, "action": "confirm"}, follow=False
        )
        assert (status, body) == (403, "missing or wrong CSRF token")
    assert app.request("/name", {"reviewer": "mallory"})[0] == 403
    status, headers, _ = decide(app, token, "GM0114/klacht", action="confirm")
    assert status == 303 and headers["location"].startswith("/verdict/")
    store = RunStore(run)
    try:
        assert [(r.reviewer, r.decision) for r in store.reviews()] == [("anna", "confirm")]
    finally:
        store.close()


def test_a_change_needs_a_reason_and_is_stored_with_it(app: Client, run: Path) -> None:
    token = app.sign_in("bert")
    status, _, html = decide(app, token, "GM0114/klacht", status="ok", level="33")
    assert status == 422 and "a change needs a reason" in html
    status, _, _ = decide(app, token, "GM0114/klacht", status="ok", level="100", reason="DigiD")
    assert status == 303
    store = RunStore(run)
    try:
        (review,) = store.reviews()
        # The strict level follows the verdict's pre-fill evidence: none here, so 67.
        assert (review.new.level, review.new.level_strict, review.reason) == (100, 67, "DigiD")
        assert (
            review.origin == "app"
            and review.evidence == store.verdict_row("GM0114", "klacht")["evidence"]
        )
    finally:
        store.close()


def test_a_non_loopback_bind_needs_a_token(run: Path) -> None:
    with pytest.raises(BindError, match=r"refusing to listen on 0\.0\.0\.0"):
        check_bind("0.0.0.0", None)
    with pytest.raises(BindError, match="at least 12 characters"):
        check_bind("0.0.0.0", "short")
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    check_bind("192.0.2.7", "a-long-enough-token")
    result = CliRunner().invoke(main, ["review", "serve", str(run), "--host", "0.0.0.0"])
    assert result.exit_code == 2  # bad configuration (digimeter.core.errors)
    assert "refusing to listen on 0.0.0.0" in result.output and "--token" in result.output


def test_with_a_token_every_page_needs_the_login(run: Path) -> None:
    with running_app(run, token="correct-horse-battery") as base:
        client = Client(base)
        status, headers, _ = client.request("/queue", follow=False)
        assert status == 303 and headers["location"].startswith("/login")
        assert client.request("/stored/GM0114/klacht/0", follow=False)[0] == 303
        token = client.csrf("/login")
        status, _, html = client.request("/login", {"csrf": token, "token": "wrong-token-xx"})
        assert status == 401 and "wrong access token" in html
        status, _, html = client.request(
            "/login?next=/overview", {"csrf": token, "token": "correct-horse-battery"}
        )
        assert status == 200 and "Run overview" in html


def test_headers_keep_stored_pages_in_a_sandbox(app: Client) -> None:
    app.sign_in()
    _, headers, html = app.request("/verdict/GM0575/parkeervergunning")
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert '<iframe name="stored" id="stored" sandbox=""' in html
    _, headers, frame = app.request("/stored/GM0575/parkeervergunning/0")
    assert headers["content-security-policy"].startswith("sandbox; default-src 'none'")
    assert headers["x-content-type-options"] == "nosniff"
    lowered = frame.lower()
    for bad in (
        "<script",
        "onerror",
        "onload",
        "javascript:",
        "srcdoc",
        "<iframe",
        "<base",
        "http-equiv",
    ):
        assert bad not in lowered, bad
    assert 'data-digimeter-evidence="login.idp.digid"' in frame


@pytest.mark.parametrize(
    "path",
    [
        "/assets/../../../etc/passwd",
        "/assets/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/assets/app.py",
        "/stored/GM0114/klacht/99",
        "/stored/..%2F..%2Fetc/passwd/0",
        "/verdict/GM0114/..%2F..%2Frun.db",
        "/verdict/GM0000/klacht",
    ],
)
def test_no_request_parameter_reaches_the_file_system(app: Client, path: str) -> None:
    app.sign_in()
    status, _, body = app.request(path)
    assert status == 404, (path, body[:200])
    assert "root:" not in body and "[project]" not in body and "import" not in body


def test_crawled_text_is_escaped_in_the_app(app: Client) -> None:
    app.sign_in()
    _, _, html = app.request("/queue?q=GM0575")
    assert "&lt;img src=x onerror=" in html
    assert "<img src=x" not in html


def test_the_blind_review_hides_the_level_until_judged(app: Client, run: Path) -> None:
    store = RunStore(run)
    items, strata = draw_sample(store.verdict_rows(), 6, seed=3)
    sid = store.save_sample(items, strata, seed=3, rules_version="r")
    verdict = store.verdict_row(*items[0].key)
    store.close()
    assert verdict is not None
    token = app.sign_in("carla")
    key = "/".join(items[0].key)
    _, _, html = app.request(f"/verdict/{key}?sample=current")
    assert 'id="blind-note"' in html and 'id="level"' not in html and 'id="rules"' not in html
    _, _, queue = app.request("/queue?sample=current")
    assert queue.count("hidden until you judge it") == 6
    wrong = "not_offered" if verdict["status"] != "not_offered" else "not_found"
    data = {
        "csrf": token,
        "action": "set",
        "filters": "sample=current",
        "pos": "0",
        "status": wrong,
    }
    status, _, html = app.request(f"/verdict/{key}", data, follow=False)
    assert status == 422 and "differs from the verdict" in html and 'id="level"' in html
    store = RunStore(run)
    try:
        (judgement,) = store.judgements(sid)
        assert (judgement.reviewer, judgement.outcome.status) == ("carla", wrong)
        assert store.reviews() == []
    finally:
        store.close()
    status, _, _ = app.request(f"/verdict/{key}", {**data, "reason": "says so"}, follow=False)
    assert status == 303
    store = RunStore(run)
    try:
        (review,) = store.reviews()
        assert (review.origin, review.sample_id, review.new.status) == ("sample", sid, wrong)
        assert len(store.judgements(sid)) == 1  # judged once, blind
    finally:
        store.close()


def test_an_organisations_proposal_is_accepted_in_the_app(app: Client, run: Path) -> None:
    from digimeter.core.proposalstore import Proposal

    store = RunStore(run)
    store.add_proposals(
        [
            Proposal(
                "GM0114", "klacht", "ok", 100, "Met DigiD", "digimeter-run-a-GM0114.xlsx", 4, "d1"
            ),
            Proposal(
                "GM0114",
                "woo-verzoek",
                "ok",
                33,
                "Alleen pdf",
                "digimeter-run-a-GM0114.xlsx",
                9,
                "d1",
            ),
        ]
    )
    accept, reject = (p.id for p in store.proposals())
    woo = store.verdict_row("GM0114", "woo-verzoek")
    store.close()
    assert woo is not None
    token = app.sign_in("dirk")
    _, _, html = app.request("/queue?state=proposals")
    assert html.count("organisation&#39;s proposal") >= 2
    _, _, page = app.request("/verdict/GM0114/klacht")
    assert "Proposal of the organisation (digimeter-run-a-GM0114.xlsx, row 4)" in page
    status, _, _ = decide(
        app,
        token,
        "GM0114/klacht",
        proposal=str(accept),
        status="ok",
        level="100",
        reason="DigiD form confirmed",
    )
    assert status == 303
    # Rejecting keeps the current outcome (the reject form carries the verdict's own).
    status, _, _ = decide(
        app,
        token,
        "GM0114/woo-verzoek",
        proposal=str(reject),
        status=woo["status"],
        level=woo["level"],
        level_strict=woo["level_strict"],
        reason="the DigiD form exists",
    )
    assert status == 303
    store = RunStore(run)
    try:
        accepted, rejected = store.reviews()
        assert (accepted.origin, accepted.origin_detail, accepted.proposal_id) == (
            "sheet",
            "digimeter-run-a-GM0114.xlsx, row 4",
            accept,
        )
        assert (accepted.decision, accepted.new.level, accepted.reviewer) == (
            "override",
            100,
            "dirk",
        )
        assert (rejected.decision, rejected.proposal_id) == ("confirm", reject)
        assert store.proposals(open_only=True) == []
    finally:
        store.close()
