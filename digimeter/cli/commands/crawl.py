"""`digimeter crawl`: crawl organisations' websites into a run folder."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.cli.commands.options import (
    new_run_options,
    parse_settings,
    polite_option,
    run_folder,
    run_inputs,
    settings_option,
)
from digimeter.core.runstore import new_run_id


@click.command(name="crawl")
@new_run_options(
    "Finish an interrupted run (a run folder or a run id under --output) with the "
    "proxy, settings and inputs it was started with."
)
@click.option(
    "--redis",
    "redis_url",
    default=None,
    metavar="URL",
    help="Share the crawl with other workers through Redis, e.g. redis://host:6379/0.",
)
@polite_option(None)
@settings_option
def command(
    organisations_file: Path | None,
    products_file: Path | None,
    proxy: str | None,
    output: Path,
    run_id: str,
    resume: str | None,
    override_settings: bool,
    schedule: str,
    redis_url: str | None,
    polite: bool | None,
    settings: tuple[str, ...],
) -> None:
    """Crawl the organisations' websites into OUTPUT/<run-id>/ (pages, cases, summary).

    Exits 0 when every organisation reached a final state, 3 when the run is interrupted
    (resume it with --resume RUN), 4 when it failed.
    """
    from crawler.run import crawl_run

    overrides = parse_settings(settings, polite)
    if redis_url:
        overrides["DIGIMETER_REDIS_URL"] = redis_url
    organisations, products = run_inputs(organisations_file, products_file, resume)
    run_dir = run_folder(resume, output) if resume else output / (run_id or new_run_id())
    summary = crawl_run(
        run_dir, organisations, products, proxy=proxy, settings=overrides, resume=bool(resume),
        override_settings=override_settings, schedule=schedule,
    )  # fmt: skip
    click.echo(summary.line())
    click.echo(f"run folder: {run_dir}")
    summary.check()
