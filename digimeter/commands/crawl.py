"""`digimeter crawl`: crawl organisations' websites into a run folder."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.commands.options import (
    output_option,
    parse_settings,
    polite_option,
    products_option,
    proxy_option,
    run_folder,
    run_id_option,
    settings_option,
)
from digimeter.configfiles import ConfigError, load_organisations, load_products
from digimeter.runstore import new_run_id


@click.command(name="crawl")
@click.option(
    "--organisations",
    "organisations_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Organisation list (code,name,org_type,website). Not needed with --resume.",
)
@products_option
@proxy_option
@output_option
@run_id_option
@click.option(
    "--resume",
    default=None,
    metavar="RUN",
    help="Finish an interrupted run (a run folder or a run id under --output).",
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
    products_file: Path,
    proxy: str | None,
    output: Path,
    run_id: str,
    resume: str | None,
    redis_url: str | None,
    polite: bool | None,
    settings: tuple[str, ...],
) -> None:
    """Crawl the organisations' websites into OUTPUT/<run-id>/ (pages, cases, summary)."""
    from crawler.run import CrawlError, crawl_run
    from crawler.settings import SettingsError

    overrides = parse_settings(settings, polite)
    if redis_url:
        overrides["DIGIMETER_REDIS_URL"] = redis_url
    organisations = products = None
    if resume:
        run_dir = run_folder(resume, output)
    else:
        if organisations_file is None:
            raise click.UsageError("give --organisations FILE (or --resume RUN)")
        try:
            organisations = load_organisations(organisations_file)
            products = load_products(products_file)
        except ConfigError as exc:
            raise click.ClickException(str(exc)) from exc
        run_dir = output / (run_id or new_run_id())
    try:
        summary = crawl_run(
            run_dir, organisations, products, proxy=proxy, settings=overrides, resume=bool(resume)
        )
    except (CrawlError, SettingsError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(summary.line())
    click.echo(f"run folder: {run_dir}")
