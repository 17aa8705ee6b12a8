"""The review app's pages: reviewer name, queue, verdict (and its decisions), stored page,
run overview. Path parameters are looked up among the run's verdicts in memory; nothing a
request carries is used as a file name."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from digimeter.core.reviewrecords import Outcome, ReviewError, default_strict
from digimeter.core.runstore import RunStore
from review.app import ReviewState, local_path
from review.doubt import REASONS
from review.overview import build_overview
from review.queue import PAGE_SIZE, STATES, Filters, Item
from review.security import check_csrf
from review.verdictview import frame_html, page_urls

LEVEL_CHOICES = (0, 33, 67, 100)
SEEN = ("status", "level", "level_strict", "route_url", "rules_version")


def _state(request: Request) -> ReviewState:
    state: ReviewState = request.app.state.review
    assert state.queue is not None
    state.queue.refresh()
    return state


def _found(request: Request) -> tuple[ReviewState, Item] | Response:
    """The app state and the verdict the path names, or a 404 response."""
    state = _state(request)
    assert state.queue is not None
    item = state.queue.by_key.get((request.path_params["org"], request.path_params["product"]))
    if item is None:
        return PlainTextResponse("no such verdict in this run", status_code=404)
    return state, item


def verdict_url(item: Item, filters: Filters, position: int) -> str:
    query = urlencode({**filters.query(), "pos": str(position)})
    return f"/verdict/{item.key[0]}/{item.key[1]}?{query}"


async def name_page(request: Request) -> Response:
    state = _state(request)
    target = local_path(request.query_params.get("next", "/queue"))
    if request.method == "POST":
        form = await request.form()
        if not check_csrf(request, form):
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        name = " ".join(str(form.get("reviewer", "")).split())[:80]
        if name:
            request.session["reviewer"] = name
            return RedirectResponse(target, status_code=303)
    return state.render(request, "name.html", next=target)


async def queue_page(request: Request) -> Response:
    state = _state(request)
    assert state.queue is not None
    filters = Filters.from_query(request.query_params)
    started = _int(request.query_params.get("page"), 1)
    chosen = state.queue.select(filters)
    pages = max(1, -(-len(chosen) // PAGE_SIZE))
    page = min(max(started, 1), pages)
    first = (page - 1) * PAGE_SIZE
    rows = [(first + i, item) for i, item in enumerate(chosen[first : first + PAGE_SIZE])]
    sample = _run(state).sample() if filters.sample else None
    judged = _judged(state, request) if sample else set()
    return state.render(
        request,
        "queue.html",
        filters=filters,
        rows=rows,
        total=len(chosen),
        page=page,
        pages=pages,
        options=state.queue.options,
        reasons=REASONS,
        states=STATES,
        sample=sample,
        judged=judged,
        verdict_url=verdict_url,
        all_count=len(state.queue.items),
    )


def _int(value: Any, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _run(state: ReviewState) -> RunStore:
    """The app's run (opened when the app starts)."""
    if state.store is None:
        raise RuntimeError("the review app has no open run")
    return state.store


def _judged(state: ReviewState, request: Request) -> set[tuple[str, str]]:
    sample = _run(state).sample()
    if sample is None:
        return set()
    reviewer = request.session.get("reviewer", "")
    return {
        (j.org_code, j.product_key)
        for j in _run(state).judgements(sample.id)
        if j.reviewer == reviewer
    }


def _blind(state: ReviewState, request: Request, item: Item, filters: Filters) -> int | None:
    """The sample id when the verdict is reviewed blind (sampled, not yet judged by this
    reviewer, opened from the sample queue), else None."""
    sample = _run(state).sample()
    if not filters.sample or sample is None or item.key not in {i.key for i in sample.items}:
        return None
    return None if item.key in _judged(state, request) else sample.id


def _sample_id(state: ReviewState, item: Item, filters: Filters) -> int | None:
    sample = _run(state).sample()
    if filters.sample and sample is not None and item.key in {i.key for i in sample.items}:
        return sample.id
    return None


def _render_verdict(
    state: ReviewState,
    request: Request,
    item: Item,
    filters: Filters,
    position: int,
    *,
    status: int = 200,
    error: str = "",
    chosen: dict[str, str] | None = None,
) -> HTMLResponse:
    assert state.queue is not None and state.texts is not None and state.rules is not None
    prev, nxt, at, length = state.queue.neighbours(filters, item.key, position)
    listed = state.queue.position(filters, item.key, at) is not None
    blind = _blind(state, request, item, filters) if not error else None
    view = state.view(item.verdict)
    store = state.store
    assert store is not None
    proposals = [
        p for p in store.proposals(open_only=True) if (p.org_code, p.product_key) == item.key
    ]
    return state.render(
        request,
        "verdict.html",
        status=status,
        item=item,
        view=view,
        filters=filters,
        position=at,
        length=length,
        blind=blind is not None,
        error=error,
        chosen=chosen or {},
        prev_url=verdict_url(prev, filters, at - 1) if prev else "",
        next_url=verdict_url(nxt, filters, at + 1 if listed else at) if nxt else "",
        queue_url="/queue?" + urlencode(filters.query()),
        history=store.reviews(*item.key),
        proposals=proposals,
        levels=LEVEL_CHOICES,
        seen=SEEN,
        reasons=REASONS,
        strict_default=default_strict(100, item.verdict["signals"]),
    )


async def verdict_page(request: Request) -> Response:
    found = _found(request)
    if isinstance(found, Response):
        return found
    state, item = found
    if not request.session.get("reviewer"):
        target = request.url.path + ("?" + request.url.query if request.url.query else "")
        return RedirectResponse("/name?" + urlencode({"next": target}), status_code=303)
    if request.method == "POST":
        return await _decide(state, request, item)
    filters = Filters.from_query(request.query_params)
    return _render_verdict(state, request, item, filters, _int(request.query_params.get("pos"), 0))


def _outcome(form: Any, item: Item) -> Outcome:
    """The outcome a decision form asks for (confirm: the verdict's own)."""
    action = str(form.get("action", ""))
    if action == "confirm":
        return Outcome.of_verdict(item.verdict)
    status = str(form.get("status", "ok"))
    if status != "ok":
        return Outcome(status)
    level = _int(form.get("level"), -1)
    strict_text = str(form.get("level_strict", "")).strip()
    strict = (
        _int(strict_text, -1) if strict_text else default_strict(level, item.verdict["signals"])
    )
    return Outcome("ok", level, strict)


async def _decide(state: ReviewState, request: Request, item: Item) -> Response:
    form = await request.form()
    if not check_csrf(request, form):
        return PlainTextResponse("missing or wrong CSRF token", status_code=403)
    store, queue = state.store, state.queue
    assert store is not None and queue is not None
    filters = Filters.from_query(dict(parse_qsl(str(form.get("filters", "")))))
    position = _int(form.get("pos"), 0)
    reviewer = str(request.session["reviewer"])
    reason = str(form.get("reason", "")).strip()
    chosen = {k: str(form.get(k, "")) for k in ("status", "level", "level_strict", "reason")}
    seen = {k: str(form[f"seen_{k}"]) for k in SEEN if f"seen_{k}" in form}
    proposal = store.proposal(_int(form.get("proposal"), 0)) if form.get("proposal") else None
    try:
        outcome = _outcome(form, item)
        outcome.check()
        blind = _blind(state, request, item, filters)
        if blind is not None:
            store.add_judgement(blind, *item.key, reviewer, outcome)
            queue.note_decision(item.key)
        differs = outcome != Outcome.of_verdict(item.verdict)
        if differs and not reason:
            note = "a change needs a reason"
            if blind is not None:
                note = (
                    f"your judgement ({outcome.cell}) differs from the verdict "
                    f"({Outcome.of_verdict(item.verdict).cell}): give a reason to correct "
                    "it, or press c to confirm the verdict"
                )
            return _render_verdict(
                state, request, item, filters, position, status=422, error=note, chosen=chosen
            )
        sample_id = _sample_id(state, item, filters)
        origin, detail = ("sample", f"sample {sample_id}") if sample_id else ("app", "")
        if proposal is not None:
            origin, detail = "sheet", proposal.origin
        store.add_review(
            *item.key,
            outcome,
            reviewer=reviewer,
            reason=reason,
            origin=origin,
            origin_detail=detail,
            sample_id=sample_id,
            seen=seen,
            proposal_id=proposal.id if proposal else None,
        )
    except ReviewError as exc:
        return _render_verdict(
            state, request, item, filters, position, status=422, error=str(exc), chosen=chosen
        )
    queue.note_decision(item.key)
    _, nxt, at, _ = queue.neighbours(filters, item.key, position)
    if nxt is not None and nxt.key != item.key:
        nxt_at = at + 1 if queue.position(filters, item.key, at) is not None else at
        return RedirectResponse(verdict_url(nxt, filters, nxt_at), status_code=303)
    request.session["flash"] = "decision saved; nothing left in this queue"
    return RedirectResponse("/queue?" + urlencode(filters.query()), status_code=303)


async def stored_page(request: Request) -> Response:
    found = _found(request)
    if isinstance(found, Response):
        return found
    state, item = found
    assert state.texts is not None
    urls = page_urls(item.verdict, state.view(item.verdict).route)
    index = request.path_params["index"]
    if not 0 <= index < len(urls):
        return PlainTextResponse("no such page for this verdict", status_code=404)
    filters = Filters.from_query(request.query_params)
    blind = _blind(state, request, item, filters) is not None
    wanted = request.query_params.get("rendered", "")
    rendered = {"1": True, "0": False}.get(wanted)
    html = frame_html(state.texts, item.verdict, urls[index][0], rendered=rendered, blind=blind)
    return HTMLResponse(html)


async def overview_page(request: Request) -> Response:
    state = _state(request)
    assert state.store is not None and state.queue is not None
    overview = build_overview(state.store, state.queue, state.run_dir)
    return state.render(request, "overview.html", overview=overview)
