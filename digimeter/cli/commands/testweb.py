"""`digimeter testweb generate|serve`: the simulated government web (DESIGN.md §4)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group(name="testweb")
def command() -> None:
    """Generate and serve the simulated government web (hosts under .test)."""


@command.command(name="serve")
@click.option(
    "--root",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with sites/<host>/<path> (a generated web or ../shared/corpus).",
)
@click.option("--port", default=0, show_default=True, help="Port on 127.0.0.1 (0: a free one).")
@click.option(
    "--access-log",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append one line per request (METHOD URL STATUS) to this file.",
)
@click.option(
    "--latency",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0),
    metavar="MS",
    help="Delay every response by this many milliseconds, as a real server takes to answer.",
)
@click.option(
    "--jitter",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0),
    metavar="MS",
    help="Vary the latency of each response by up to this many milliseconds either way.",
)
@click.option(
    "--in-flight",
    type=click.Path(dir_okay=False, path_type=Path),
    help="When stopped, write the requests that were in flight (time-weighted mean, maximum, "
    "maximum per host) to this file as JSON.",
)
def serve_command(
    root: Path,
    port: int,
    access_log: Path | None,
    latency: float,
    jitter: float,
    in_flight: Path | None,
) -> None:
    """Serve ROOT as an HTTP forward proxy on 127.0.0.1.

    Prints 'proxy http://127.0.0.1:PORT' when ready and serves until SIGTERM or Ctrl-C.
    Use it with 'curl -x http://127.0.0.1:PORT http://www.example.test/' or Scrapy's
    meta['proxy']. Unknown hosts get 502 with 'X-Proxy-Error: dns_failure'. Files are
    served with ETag and Last-Modified, and conditional requests get 304 Not Modified.
    """
    from digimeter.core.errors import BadInput
    from testweb.server import serve

    try:
        serve(root, port, access_log=access_log, latency=latency / 1000, jitter=jitter / 1000,
              in_flight=in_flight)  # fmt: skip
    except FileNotFoundError as exc:
        raise BadInput(str(exc)) from exc
    except OSError as exc:
        raise BadInput(f"cannot listen on 127.0.0.1:{port}: {exc}") from exc


@command.command(name="generate")
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write (created; an earlier generated web in it is replaced).",
)
@click.option("--seed", default=1, show_default=True, help="Random seed: same seed, same web.")
@click.option(
    "--organisations",
    "n_organisations",
    default=12,
    show_default=True,
    type=click.IntRange(5, 2000),
    help="Number of organisations (5 to the full register).",
)
@click.option(
    "--register",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Organisations register CSV (default ../shared/data/registers/organisations-2023.csv; "
    "without it, built-in fictional organisations are used).",
)
@click.option(
    "--products",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Products list (default config/products.csv).",
)
@click.option(
    "--style",
    type=click.Choice(["default", "realistic"]),
    default="default",
    show_default=True,
    help="default: built from the project's own product table; realistic: modelled on real "
    "sites from real titles (portals on unknown hosts, overview pages, buttons, iframes, "
    "consent walls, soft 404s, query-string catalogues, ...).",
)
@click.option(
    "--titles",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Real titles CSV for --style realistic (default "
    "../shared/data/real-titles/titles.csv; only its tuning half is read).",
)
@click.option(
    "--change-share",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0, 1),
    metavar="FRACTION",
    help="A later generation: edit this share of the HTML pages (a 'last updated' line), "
    "so that a re-crawl finds them changed. Labels stay the same.",
)
@click.option(
    "--change-seed",
    default=1,
    show_default=True,
    help="Which pages --change-share edits (and the version it writes).",
)
def generate_command(
    out: Path,
    seed: int,
    n_organisations: int,
    register: Path | None,
    products: Path | None,
    style: str,
    titles: Path | None,
    change_share: float,
    change_seed: int,
) -> None:
    """Write a deterministic simulated web with ground-truth labels into OUT."""
    from testweb.changes import change_pages
    from testweb.generate import generate_web

    summary = generate_web(
        out,
        seed=seed,
        n_organisations=n_organisations,
        register=register,
        products=products,
        style=style,
        titles=titles,
    )
    click.echo(summary.describe())
    if change_share:
        changed = change_pages(out, change_share, change_seed)
        click.echo(f"changed {len(changed)} HTML pages (version {change_seed})")
