"""Options and arguments several subcommands share, defined once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from digimeter.core.configfiles import DEFAULT_PRODUCTS, load_products, read_organisation_list
from digimeter.core.errors import warn
from digimeter.core.model import Organisation, Product
from digimeter.core.runstore import RunStore, find_run

if TYPE_CHECKING:
    from click.decorators import FC

    from scoring.mergers import Merger

output_option = click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder of run folders: new runs go to OUTPUT/<run-id>/, run ids are looked up here.",
)
run_id_option = click.option(
    "--run-id", default="", help="Name of the run folder (default: the time)."
)
products_option = click.option(
    "--products",
    "products_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    show_default="config/products.csv",
    help="Products list (on --resume: the run's own, unless given).",
)
override_settings_option = click.option(
    "--override-settings",
    is_flag=True,
    help="With --resume: use the --proxy, --polite/--no-polite and -s values given, where "
    "they differ from the ones the run was started with (the change is recorded in the run).",
)
allow_incomplete_option = click.option(
    "--allow-incomplete",
    is_flag=True,
    help="Use a run whose crawl is incomplete (interrupted or failed) as it stands; the "
    "outputs say in their headline that it is incomplete and which organisations it lacks.",
)
proxy_option = click.option(
    "--proxy",
    default=None,
    help="Send every request (Scrapy's and the browser's) through this HTTP proxy, e.g. the "
    "simulated web's http://127.0.0.1:PORT.",
)
settings_option = click.option(
    "-s",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="A crawler setting (repeatable), e.g. -s DIGIMETER_ORG_PAGE_BUDGET=500.",
)
lang_option = click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    default="nl",
    show_default=True,
    help="Language of the report and of the workbook's sheet and column names, labels and "
    "methodology (Dutch numbers in nl: 75,3%).",
)
not_found_option = click.option(
    "--not-found",
    type=click.Choice(["zero", "exclude"]),
    default="zero",
    show_default=True,
    help="Count products whose page was not found as level 0, or leave them out.",
)

mergers_option = click.option(
    "--mergers",
    "mergers_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Municipal mergers (old_code,new_code,date) for --compare: the predecessors' "
    "aggregate is set against the successor (default: config/mergers.csv).",
)


def load_mergers_option(path: Path | None) -> list[Merger] | None:
    """The mergers of --mergers (None: the default file); a bad file is a ConfigError."""
    from scoring.mergers import load_mergers

    return None if path is None else load_mergers(path)


schedule_option = click.option(
    "--schedule",
    default="",
    metavar="NAME",
    help="The schedule the new run belongs to, recorded in the run (`digimeter schedule` "
    "sets it); --compare-previous and `digimeter runs` go by it.",
)
compare_previous_option = click.option(
    "--compare-previous",
    is_flag=True,
    help="Compare with the latest earlier complete run of the same schedule (for a run "
    "started by hand: of the same organisation list) beside the run.",
)


def compared_run(
    run_dir: Path,
    compare: str | None,
    previous: bool,
    output: Path,
    resolve: Callable[[str, Path], Path] = find_run,
) -> Path | None:
    """The run to compare `run_dir` with: --compare RUN (found by `resolve`), or the run's
    previous run with --compare-previous (None, with a warning, when it has none)."""
    from digimeter.core.errors import BadInput
    from digimeter.core.runhistory import previous_to_compare

    if compare and previous:
        raise click.UsageError("give --compare RUN or --compare-previous, not both")
    if compare:
        return resolve(compare, output)
    if not previous:
        return None
    if not (run_dir / RunStore.DB_NAME).is_file():
        raise BadInput(f"{run_dir}: --compare-previous needs a run folder (with run.db)")
    return previous_to_compare(run_dir)


def new_run_options(resume_help: str) -> Callable[[FC], FC]:
    """The options of a command that starts a run or finishes one (crawl, measure): the
    inputs, the proxy, where the run goes and its name, --resume RUN, --override-settings
    and --schedule."""
    organisations = click.option(
        "--organisations",
        "organisations_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Organisation list (code,name,org_type,website). Not needed with --resume.",
    )
    resume = click.option("--resume", default=None, metavar="RUN", help=resume_help)
    options = (
        organisations, products_option, proxy_option, output_option, run_id_option, resume,
        override_settings_option, schedule_option,
    )  # fmt: skip

    def apply(command: FC) -> FC:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


def run_inputs(
    organisations_file: Path | None, products_file: Path | None, resume: str | None
) -> tuple[list[Organisation] | None, list[Product] | None]:
    """The organisations and products `new_run_options` name: both required for a new run;
    on --resume, only what is given (the run keeps its own)."""
    if not resume and organisations_file is None:
        raise click.UsageError("give --organisations FILE (or --resume RUN)")
    organisations = organisation_list(organisations_file) if organisations_file else None
    products = load_products(products_path(products_file)) if products_file or not resume else None
    return organisations, products


def polite_option(default: bool | None) -> Callable[[FC], FC]:
    """--polite/--no-polite with a per-command default (None: the crawler's, polite)."""
    return click.option(
        "--polite/--no-polite",
        default=default,
        show_default=default is not None,
        help="Throttle per host (AutoThrottle, a delay, 2 requests per host), or crawl at "
        "full speed (only for the simulated web).",
    )


def parse_settings(values: tuple[str, ...], polite: bool | None = None) -> dict[str, object]:
    """`-s NAME=VALUE` options (and --polite/--no-polite) as crawler settings; an -s wins."""
    settings: dict[str, object] = {} if polite is None else {"DIGIMETER_POLITE": polite}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{value!r}: expected NAME=VALUE", param_hint="-s")
        settings[name.strip()] = setting
    return settings


def run_folder(run: str, output: Path) -> Path:
    """A RUN argument (a run folder or a run id under OUTPUT) as a folder."""
    return find_run(run, output)


def organisation_list(path: Path) -> list[Organisation]:
    """A checked organisation list; its warnings (e.g. a shared website) go to stderr."""
    checked = read_organisation_list(path)
    for warning in checked.warnings:
        warn(warning)
    return checked.organisations


def products_path(products_file: Path | None) -> Path:
    return products_file or DEFAULT_PRODUCTS
