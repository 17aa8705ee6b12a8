"""`digimeter evaluate`: the accuracy of verdicts against ground-truth labels."""

from __future__ import annotations

from pathlib import Path

import click

from digimeter.core.errors import DigimeterError


class BelowFloor(DigimeterError):
    """The accuracy is below --min-accuracy: a gate (CI), with status 1 of its own."""

    exit_status = 1


@click.command(name="evaluate")
@click.option(
    "--labels",
    "labels_path",
    required=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Ground truth: labels.csv (org_code,product_key,level,status,product_url,route_url).",
)
@click.option(
    "--verdicts",
    "verdicts_path",
    required=True,
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="The verdicts to judge: a run's verdicts.csv.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--min-accuracy",
    type=click.FloatRange(0, 100),
    default=None,
    help="Exit with status 1 when exact-level accuracy (percent) is below this.",
)
def command(
    labels_path: Path, verdicts_path: Path, as_json: bool, min_accuracy: float | None
) -> None:
    """Compare VERDICTS with LABELS: accuracy, confusion matrix, signals, traps, maturity."""
    from digimeter.cli.evaluate import evaluate, evaluation_json, format_evaluation

    ev = evaluate(labels_path, verdicts_path)
    click.echo(evaluation_json(ev) if as_json else format_evaluation(ev))
    if min_accuracy is not None and 100 * ev.accuracy < min_accuracy:
        raise BelowFloor(
            f"exact-level accuracy {100 * ev.accuracy:.1f} % is below {min_accuracy:g} %"
        )
