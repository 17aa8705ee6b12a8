"""What a crawl runs with, decided before anything is written.

A new run takes the organisations, products, proxy and settings it is given. A resumed run
takes them from its run.db: a flag given again must agree with the stored one, unless
--override-settings is given (the change is then recorded in the run). Settings that belong
to one process (Redis URL, worker id, progress display) are never stored or compared.

`plan_run` only reads and checks; `write_plan` (or `prepare_run`, both in one) writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.settings import BOOLEAN_WORDS, build_settings
from digimeter.core.errors import BadInput, RunFailed
from digimeter.core.model import Organisation, Product
from digimeter.core.runstate import COMPLETE_STATES, FAILED, PREPARING, code_version
from digimeter.core.runstore import RunFolderError, RunStore, now_iso

#: settings of one process, not of the run
PROCESS_SETTINGS = (
    "DIGIMETER_REDIS_URL", "DIGIMETER_WORKER_ID", "DIGIMETER_PROGRESS",
    "DIGIMETER_PROGRESS_INTERVAL", "DIGIMETER_RESUME_COMMAND",
)  # fmt: skip


class CrawlError(BadInput):
    """The crawl cannot start (e.g. a run folder that already holds another run)."""


@dataclass(frozen=True)
class RunPlan:
    run_dir: Path
    resume: bool
    organisations: list[Organisation]
    products: list[Product]
    proxy: str
    #: the run's crawl settings, as stored (text values)
    settings: dict[str, str]
    #: this process's own settings (never stored)
    process: dict[str, Any] = field(default_factory=dict)
    #: what --override-settings changed: name -> (stored, new)
    overridden: dict[str, tuple[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: organisations without a final crawl state (all of them for a new run)
    pending: int = 0
    #: the schedule the run belongs to ('' for a run started by hand)
    schedule: str = ""

    def crawl_settings(self) -> dict[str, Any]:
        return {**self.settings, **self.process}


def _canonical(value: object, default: object) -> str:
    """A setting's value as text that compares equal when the values mean the same, read
    as the type of its default ('false' and 'False', '5' and '5.0')."""
    text = str(value).strip()
    if isinstance(default, bool) and text.lower() in BOOLEAN_WORDS:
        return str(BOOLEAN_WORDS[text.lower()])
    if isinstance(default, int | float) and not isinstance(default, bool):
        try:
            return repr(float(text))
        except ValueError:
            return text
    return text


def _split(settings: dict[str, Any]) -> tuple[dict[str, str], dict[str, Any]]:
    run = {k: str(v) for k, v in settings.items() if k not in PROCESS_SETTINGS}
    return run, {k: v for k, v in settings.items() if k in PROCESS_SETTINGS}


def plan_run(
    run_dir: Path, organisations: list[Organisation] | None, products: list[Product] | None,
    *, resume: bool, proxy: str | None, settings: dict[str, Any] | None,
    override_settings: bool = False, schedule: str = "",
) -> RunPlan:  # fmt: skip
    """Check what the crawl would run with; nothing is written."""
    given, process = _split(settings or {})
    if not resume:
        if (run_dir / RunStore.DB_NAME).exists():
            error = CrawlError(f"{run_dir} already holds a run")
            error.hint = f"resume it (--resume {run_dir}) or choose another --run-id"
            raise error
        if not organisations:
            raise CrawlError("no organisations to crawl")
        return RunPlan(run_dir, False, organisations, products or [], proxy or "", given,
                       process, pending=len(organisations), schedule=schedule)  # fmt: skip
    if not (run_dir / RunStore.DB_NAME).exists():
        raise RunFolderError(f"{run_dir}: nothing to resume (no {RunStore.DB_NAME})")
    store = RunStore(run_dir)
    try:
        meta, state = store.meta(), store.state()
        stored_orgs, stored_products = store.organisations(), store.products()
        pending = len(stored_orgs) - len(store.finished_orgs())
    finally:
        store.close()
    if state == FAILED:
        failed = RunFailed(f"{run_dir}: the run failed ({meta.get('state_reason', '')})")
        failed.hint = "it cannot be resumed; start a new run once the cause is fixed"
        raise failed
    if not stored_orgs:
        raise CrawlError(f"{run_dir}: the run holds no organisations to resume")
    _same_inputs(run_dir, "--organisations", organisations, stored_orgs, _org_key)
    _same_inputs(run_dir, "--products", products, stored_products, lambda p: p)
    run_schedule = str(meta.get("schedule", ""))
    if schedule and schedule != run_schedule:
        error = CrawlError(f"{run_dir}: --schedule {schedule!r} (the run has {run_schedule!r})")
        error.hint = "resume without --schedule: a run keeps the schedule it was started by"
        raise error
    stored, _ = _split(meta.get("crawl_settings") or {})
    differences = _differences(str(meta.get("proxy", "")), stored, proxy, given)
    diffs = differences.items()
    if differences and not override_settings:
        shown = "; ".join(f"{n} {new!r} (the run has {old!r})" for n, (old, new) in diffs)
        error = CrawlError(f"{run_dir}: given again with another value: {shown}")
        error.hint = (
            "resume without them to use the run's own, or add --override-settings to change them"
        )
        raise error
    run_proxy = str(meta.get("proxy", ""))
    if override_settings:
        run_proxy = differences.get("--proxy", ("", run_proxy))[1]
        stored.update({k: new for k, (_, new) in differences.items() if k != "--proxy"})
    warnings = []
    started_with = str(meta.get("code_version", ""))
    if started_with and started_with != code_version() and state not in COMPLETE_STATES:
        warnings.append(
            f"{run_dir} was crawled so far with digimeter {started_with}; resuming it with "
            f"digimeter {code_version()}"
        )
    return RunPlan(
        run_dir, True, stored_orgs, stored_products, run_proxy, stored, process,
        overridden=differences if override_settings else {}, warnings=warnings, pending=pending,
        schedule=run_schedule,
    )  # fmt: skip


def _org_key(org: Organisation) -> tuple[object, ...]:
    return (org.code, org.name, org.org_type, org.website, sorted(org.extra.items()))


def _same_inputs(
    run_dir: Path, flag: str, given: list[Any] | None, stored: list[Any], key: Any
) -> None:
    if given is None or [key(x) for x in given] == [key(x) for x in stored]:
        return
    error = CrawlError(f"{run_dir}: {flag} differs from the run's own list")
    error.hint = (
        f"resume without {flag} (the run keeps its own); `digimeter organisations update RUN "
        "FILE` changes organisation attributes"
    )
    raise error


def _differences(
    stored_proxy: str, stored: dict[str, str], proxy: str | None, given: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """The flags given again whose value differs from the run's (a setting the run did
    not set is compared with its default)."""
    diffs: dict[str, tuple[str, str]] = {}
    if proxy is not None and proxy != stored_proxy:
        diffs["--proxy"] = (stored_proxy, proxy)
    defaults = build_settings()
    for name, value in given.items():
        default = defaults.get(name)
        before = stored.get(name, default)
        if _canonical(before, default) != _canonical(value, default):
            diffs[name] = ("" if before is None else str(before), value)
    return diffs


def write_plan(plan: RunPlan, rules_version: str = "") -> None:
    """Create the run folder with its inputs, or record the resume in the run."""
    store = RunStore(plan.run_dir, create=True)
    try:
        versions = {"at": now_iso(), "code_version": code_version(), "rules_version": rules_version}
        if not plan.resume:
            store.save_inputs(plan.organisations, plan.products)
            store.set_meta(
                run_id=plan.run_dir.name, started_at=versions["at"], proxy=plan.proxy,
                organisations=len(plan.organisations), products=len(plan.products),
                crawl_settings=plan.settings, code_version=code_version(),
                rules_version=rules_version, schedule=plan.schedule,
            )  # fmt: skip
            store.set_state(PREPARING)
            return
        store.append_meta("resumes", versions)
        store.set_meta(resumed_at=versions["at"], code_version=code_version())
        if plan.overridden:
            changes = {k: new for k, (_, new) in plan.overridden.items()}
            store.append_meta("settings_overrides", {"at": versions["at"], "changes": changes})
            store.set_meta(proxy=plan.proxy, crawl_settings=plan.settings)
    finally:
        store.close()


def prepare_run(
    run_dir: Path, organisations: list[Organisation] | None, products: list[Product] | None,
    *, resume: bool, proxy: str | None, settings: dict[str, Any] | None,
    override_settings: bool = False,
) -> RunPlan:  # fmt: skip
    """`plan_run`, then `write_plan`: the run folder ready to crawl."""
    plan = plan_run(run_dir, organisations, products, resume=resume, proxy=proxy,
                    settings=settings, override_settings=override_settings)  # fmt: skip
    write_plan(plan)
    return plan
