"""`digimeter classify-labelled FOLDER --verdicts FILE`: the classifier alone on a labelled
static web (cases from its labels' product_url), without a crawl."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import click


@click.command(name="classify-labelled")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option(
    "--verdicts",
    "verdicts_path",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the verdicts.csv.",
)
@click.option(
    "--render/--no-render",
    default=True,
    show_default=True,
    help="Render the pages whose form a script builds, with Chromium as the crawl renders them.",
)
@click.option(
    "--render-cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep rendered DOMs in this folder and reuse them next time.",
)
def command(folder: Path, verdicts_path: Path, render: bool, render_cache: Path | None) -> None:
    """Classify the labelled cases of FOLDER, a static web (sites/, organisations.csv,
    labels.csv) such as ../shared/corpus or a generated web, into a verdicts.csv.

    The cases come from the labels' product_url: this measures the classifier alone,
    without discovery. Pages whose form a script builds are rendered through the folder,
    served on 127.0.0.1, as the crawl renders them. Compare with `digimeter evaluate`.
    """
    from digimeter.cli.labelled import classify_labelled, script_pages, write_verdicts

    started = time.perf_counter()
    urls = script_pages(folder) if render else []
    rendered = _rendered(folder, urls, render_cache)
    render_seconds = time.perf_counter() - started
    verdicts = classify_labelled(folder, rendered=rendered)
    classify_seconds = time.perf_counter() - started - render_seconds
    write_verdicts(verdicts_path, verdicts, run_id=f"labelled:{folder.name}")
    counts = Counter(v.status for v in verdicts)
    click.echo(
        f"classified {len(verdicts)} labelled cases of {folder} "
        f"({', '.join(f'{n} {s}' for s, n in sorted(counts.items()))}); "
        f"{len(rendered)} page(s) rendered in {render_seconds:.1f} s; classified in "
        f"{classify_seconds:.1f} s ({len(verdicts) / max(classify_seconds, 1e-9):.0f} "
        f"verdicts/s); wrote {verdicts_path}"
    )


def _rendered(folder: Path, urls: list[str], cache: Path | None) -> dict[str, bytes]:
    """The rendered DOM of each URL: from `cache` when there, else rendered (and cached)."""
    from digimeter.cli.labelled import render_cache_file

    cached = {u: render_cache_file(cache, u) for u in urls} if cache else {}
    rendered = {u: p.read_bytes() for u, p in cached.items() if p.is_file()}
    missing = [u for u in urls if u not in rendered]
    if not missing:
        return rendered
    from crawler.browser import render_pages
    from testweb.server import running_server

    with running_server(folder) as proxy:
        fresh = render_pages(missing, proxy)
    rendered.update(fresh)
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        for url, body in fresh.items():
            cached[url].write_bytes(body)
    return rendered
