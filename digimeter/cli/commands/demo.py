"""`digimeter demo`: a whole measurement of a simulated web of a dozen organisations.

Generates the simulated web (deterministic, seed 1) under OUTPUT/testweb-demo/, serves it
on 127.0.0.1 in the background, measures it through the proxy, prints the summary, the
files written and the accuracy against the web's labels, and stops the server.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from digimeter.cli.commands.measure import geojson_option, report_run
from digimeter.cli.commands.options import (
    lang_option,
    not_found_option,
    output_option,
    parse_settings,
    polite_option,
    run_id_option,
    settings_option,
)
from digimeter.core.configfiles import load_organisations, load_products


@click.command(name="demo")
@click.option("--organisations", "n_organisations", default=12, show_default=True,
              type=click.IntRange(5, 2000), help="Size of the simulated web.")  # fmt: skip
@click.option("--seed", default=1, show_default=True, help="Seed of the simulated web.")
@output_option
@run_id_option
@geojson_option
@not_found_option
@lang_option
@settings_option
@polite_option(False)
def command(
    n_organisations: int,
    seed: int,
    output: Path,
    run_id: str,
    geojson: Path | None,
    not_found: str,
    lang: str,
    settings: tuple[str, ...],
    polite: bool,
) -> None:
    """Measure a simulated web of a dozen organisations end to end, offline.

    The simulated web runs on this machine, so the crawl is not throttled by default.
    """
    from digimeter.cli.evaluate import evaluate
    from digimeter.cli.pipeline import MeasureOptions, measure
    from testweb.generate import generate_web
    from testweb.server import running_server

    started = time.monotonic()
    web = output / "testweb-demo"
    click.echo(f"generating the simulated web ({n_organisations} organisations, seed {seed})")
    click.echo(generate_web(web, seed=seed, n_organisations=n_organisations).describe())
    organisations = load_organisations(web / "organisations.csv")
    products = load_products()
    with running_server(web) as proxy:
        click.echo(f"serving it on {proxy}; measuring through that proxy")
        options = MeasureOptions(
            output=output,
            proxy=proxy,
            run_id=run_id,
            settings=parse_settings(settings, polite),
            geojson=geojson,
            not_found=not_found,
            lang=lang,
        )
        run_dir = measure(organisations, products, options)
    click.echo()
    report_run(run_dir)
    click.echo()
    click.echo(f"accuracy against the simulated web's labels ({web / 'labels.csv'}):")
    ev = evaluate(web / "labels.csv", run_dir / "verdicts.csv")
    click.echo(
        f"  exact level {ev.right}/{ev.labels} = {100 * ev.accuracy:.1f} %; maturity per "
        f"organisation within 2 points for {100 * (ev.maturity_within or 0):.0f} % "
        f"(mean absolute error {ev.maturity_mae or 0:.2f} points)"
    )
    click.echo(
        f"  details: digimeter evaluate --labels {web}/labels.csv --verdicts {run_dir}/verdicts.csv"
    )
    click.echo(f"\ndemo finished in {time.monotonic() - started:.0f} s")
