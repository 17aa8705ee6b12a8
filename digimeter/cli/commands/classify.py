"""`digimeter classify RUN`: re-derive a stored run's verdicts from its pages, offline."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.cli.commands.options import allow_incomplete_option, output_option, run_folder
from digimeter.core.errors import warn
from digimeter.core.runlog import run_log


@click.command(name="classify")
@click.argument("run", required=False)
@output_option
@allow_incomplete_option
@click.option(
    "--labelled",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Instead of a run: classify the labelled cases of a static web folder "
    "(sites/, organisations.csv, labels.csv), e.g. ../shared/corpus.",
)
@click.option(
    "--verdicts",
    "verdicts_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="With --labelled: where to write the verdicts.csv.",
)
@click.option(
    "--render/--no-render",
    default=True,
    show_default=True,
    help="With --labelled: render the pages whose form a script builds with Chromium.",
)
@click.option(
    "--render-cache",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="With --labelled: keep rendered DOMs in this folder and reuse them next time.",
)
def command(
    run: str | None,
    output: Path,
    allow_incomplete: bool,
    labelled: Path | None,
    verdicts_path: Path | None,
    render: bool,
    render_cache: Path | None,
) -> None:
    """Classify every case of RUN (a run folder, or a run id under OUTPUT) again.

    No network: the verdicts come from the pages the crawl stored. Writes verdicts.csv and
    classification_changes.csv (what changed against the previous classification) into
    the run folder and prints a one-line summary.

    With --labelled FOLDER --verdicts FILE, classify a labelled static web instead (cases
    from its labels' product_url: the classifier alone, without discovery).

    A run whose crawl is not complete is refused (exit 3) unless --allow-incomplete.
    """
    if labelled is not None:
        _classify_labelled(labelled, verdicts_path, render, render_cache)
        return
    if run is None:
        raise click.UsageError("give a RUN, or --labelled FOLDER --verdicts FILE")
    from classifiers.run import classify_run

    run_dir = run_folder(run, output)
    with run_log(run_dir, "classify"):
        result = classify_run(run_dir, allow_incomplete=allow_incomplete)
    if result.note:
        warn(result.note)
    click.echo(result.summary())


def _classify_labelled(
    root: Path, verdicts_path: Path | None, render: bool, cache: Path | None
) -> None:
    import hashlib
    import time
    from collections import Counter

    from classifiers.labelled import classify_labelled, render_pages, script_pages, write_verdicts

    if verdicts_path is None:
        raise click.UsageError("--labelled needs --verdicts FILE")
    started = time.perf_counter()
    urls = script_pages(root) if render else []
    cached = (
        {u: cache / f"{hashlib.sha1(u.encode()).hexdigest()}.html" for u in urls} if cache else {}
    )
    rendered: dict[str, bytes] = {u: p.read_bytes() for u, p in cached.items() if p.is_file()}
    missing = [u for u in urls if u not in rendered]
    if missing:
        from testweb.server import running_server

        with running_server(root) as proxy:
            fresh = render_pages(missing, proxy)
        rendered.update(fresh)
        if cache:
            cache.mkdir(parents=True, exist_ok=True)
            for url, body in fresh.items():
                cached[url].write_bytes(body)
    render_seconds = time.perf_counter() - started
    verdicts = classify_labelled(root, rendered=rendered)
    classify_seconds = time.perf_counter() - started - render_seconds
    write_verdicts(verdicts_path, verdicts, run_id=f"labelled:{root.name}")
    counts = Counter(v.status for v in verdicts)
    click.echo(
        f"classified {len(verdicts)} labelled cases of {root} "
        f"({', '.join(f'{n} {s}' for s, n in sorted(counts.items()))}); "
        f"{len(rendered)} page(s) rendered in {render_seconds:.1f} s; classified in "
        f"{classify_seconds:.1f} s ({len(verdicts) / max(classify_seconds, 1e-9):.0f} "
        f"verdicts/s); wrote {verdicts_path}"
    )
