"""`digimeter crawl`: crawl organisations' websites into a run folder."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.configfiles import DEFAULT_PRODUCTS, ConfigError, load_organisations, load_products
from digimeter.runstore import new_run_id


def _settings(values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{value!r}: expected NAME=VALUE", param_hint="-s")
        out[name.strip()] = setting
    return out


def _resume_dir(resume: str, output: Path) -> Path:
    for candidate in (Path(resume), output / resume):
        if (candidate / "run.db").exists():
            return candidate
    raise click.ClickException(
        f"no run {resume!r} to resume: expected a run folder or a run id under {output}/"
    )


@click.command(name="crawl")
@click.option(
    "--organisations",
    "organisations_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Organisation list (code,name,org_type,website). Not needed with --resume.",
)
@click.option(
    "--products",
    "products_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_PRODUCTS,
    show_default="config/products.csv",
    help="Products list.",
)
@click.option(
    "--proxy",
    default=None,
    help="Send every request (Scrapy's and the browser's) through this HTTP proxy.",
)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder for run folders.",
)
@click.option("--run-id", default="", help="Name of the run folder (default: the time).")
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
@click.option(
    "--polite/--no-polite",
    default=None,
    help="Throttle per host (default) or not (benchmarks on the simulated web).",
)
@click.option(
    "-s",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="A crawler setting (repeatable), e.g. -s DIGIMETER_ORG_PAGE_BUDGET=500.",
)
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

    overrides: dict[str, object] = dict(_settings(settings))
    if redis_url:
        overrides["DIGIMETER_REDIS_URL"] = redis_url
    if polite is not None:
        overrides["DIGIMETER_POLITE"] = polite
    organisations = products = None
    if resume:
        run_dir = _resume_dir(resume, output)
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
