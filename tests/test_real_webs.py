"""Accuracy gates on webs that are not ours, measured through the whole crawler.

Each web is generated into a temporary folder, served by the testweb server and measured
with `digimeter measure` (a subprocess, exactly as a user runs it); `digimeter.evaluate`
then compares the run's verdicts with the web's labels.

- `dev_real` (`tests/webs/dev-real/`): 14 organisations built from real Dutch site patterns
  by an engineer who never read the crawler's or the classifiers' code. Tuned on: it is the
  development web of issue 10, so its figure says only that what was fixed stays fixed.
- `dev_real_2` (`tests/webs/dev-real-2/`): 12 organisations built the same way by a third
  engineer (WordPress `?p=` pages, appointment pages, 'Zie ook' links to another product's
  form, Frisian titles). Development web too: looked at and tuned on.
- `dev_real_3` (`tests/webs/dev-real-3/`): 14 organisations built the same way by a fourth
  engineer (consent walls whose buttons redirect, e-loket overviews of every form, jargon
  titles answered in the second paragraph, BIJ12's own-account portal). Development web:
  looked at and tuned on.
- `dev_real_4` (`tests/webs/dev-real-4/`): 14 organisations built the same way by a fifth
  engineer (product catalogues with query-string URLs, 'Kies uw taal' splash pages,
  Downloads boxes with a general complaints form, pages of one title for several permits
  told apart by their lead). Development web: looked at and tuned on.
- `dev_real_5` (`tests/webs/dev-real-5/`): 16 organisations built the same way by a sixth
  engineer, weighted to water authorities and traps (product catalogues in tables, FAQ
  pages that answer for a product, 'beheert geen wegen', more than half of the rows with a
  trap). Development web: looked at and tuned on.
- `dev_real_6` (`tests/webs/dev-real-6/`): 12 organisations built the same way by a seventh
  engineer (form hosts closed by robots.txt behind 'U logt in met DigiD', 'Direct regelen'
  pages with a way back, status-tracker logins, satisfaction surveys, BIJ12's portal).
  Development web: looked at and tuned on.
- `dev_real_7` and `dev_real_8` (`tests/webs/dev-real-7/`, `tests/webs/dev-real-8/`): 12
  organisations each, built the same way by an eighth and a ninth engineer (colloquial and
  situation titles above leads that name the product, WordPress `/?page_id=` pages, water
  authorities' jargon, status trackers). Measured once before anything changed for them,
  then looked at and tuned on.
- `dev_real_9` and `dev_real_10` (`tests/webs/dev-real-9/`, `tests/webs/dev-real-10/`): 10
  and 11 organisations built the same way by a tenth and an eleventh engineer (four water
  authorities and two provinces; eight municipalities of different CMS families, status
  trackers below the product text, 'Direct regelen' asides on pages without a main
  element). Measured once before anything changed for them, then looked at and tuned on.
- `dev_real_11` to `dev_real_14` (`tests/webs/dev-real-11/` to `tests/webs/dev-real-14/`):
  10, 11, 11 and 10 organisations built the same way by four more engineers, weighted to
  water authorities and provinces (six water authorities on `dev_real_11`; shared tax
  offices, WordPress `/?page_id=` pages, 'Melding doen' pages, not-offered statements under
  other titles). Measured once before anything changed for them, then looked at and tuned
  on.
- `dev_real_15` and `dev_real_16` (`tests/webs/dev-real-15/`, `tests/webs/dev-real-16/`): 9
  organisations each, built the same way by a sixteenth and a seventeenth engineer, weighted
  to the traps around a municipality's product page ('Direct regelen' boxes of other
  products' DigiD forms, logins to change a permit or an appointment already had, FAQ pages
  that link to a login). Measured once before anything changed for them, then looked at
  and tuned on.
- `dev_real_17` to `dev_real_20` (`tests/webs/dev-real-17/` to `tests/webs/dev-real-20/`):
  10 municipalities each, built the same way by four more engineers with a trap on most
  product pages (appointment systems with a 'Mijn afspraak' DigiD login, the Omgevingsloket
  beside products it does not serve, side columns without a main element, status logins).
  Measured once before anything changed for them, then looked at and tuned on.
- `dev_real_21` to `dev_real_23` (`tests/webs/dev-real-21/` to `tests/webs/dev-real-23/`):
  nine or ten municipalities each (with a water authority on `dev_real_21` and a province on
  `dev_real_22`), built the same way by three more engineers, traps on nearly every page.
  Measured once with the branch's code before anything changed for them, then looked at
  and tuned on (briefly: most of their rows are still as measured).
- `dev_real_24` to `dev_real_26` (`tests/webs/dev-real-24/` to `tests/webs/dev-real-26/`):
  ten municipalities each, built the same way by three more engineers with a trap on every
  product page (bare logins into 'Mijn' portals in cards and boxes, tax offices' and social
  services' portals named in passing, sibling forms for other situations, e-loket
  overviews). Measured once before anything changed for them, then looked at and tuned on.
- `dev_real_27` (`tests/webs/dev-real-27/`): ten municipalities built the same way by a
  fourth engineer of that round (calls to action behind 'Hoe wilt u inloggen?'
  interstitials, tabs and accordions, with traps). It was the second held-out web, only
  measured, until the sixth round promoted it (it had been partly seen): since then looked
  at and tuned on.
- `dev_real_28` to `dev_real_30` (`tests/webs/dev-real-28/` to `tests/webs/dev-real-30/`):
  ten municipalities each, built the same way by three more engineers, with traps on every
  product page (mega menus and 'Meest gezocht' tiles, pages shared by two products and
  not-offered statements under other titles; appointment systems with their own DigiD
  login and other bodies' portals; e-form platforms, login choices and e-loket
  overviews). Measured once before anything changed for them, then looked at and tuned on.
- `dev_real_32` to `dev_real_34` (`tests/webs/dev-real-32/` to `tests/webs/dev-real-34/`):
  ten municipalities each, built the same way by three more engineers of a fourth round:
  the borders of levels 0, 33 and 67 (contact, feedback and order forms, sibling forms,
  regulations and price lists); products done by regional or national bodies or not at
  all (shared e-loketten of several municipalities, not-offered pages linking on); CMS
  structures (tabs in the query, A-Z catalogues, pages found only by search). Measured
  once before anything changed for them, then looked at and tuned on.
- `dev_real_35` (`tests/webs/dev-real-35/`): ten municipalities built the same way by a
  fourth engineer of the fourth round (a realistic mix, as close to the ten real sites as
  the builder knew them). It was the fourth held-out web, only measured, until the sixth
  round promoted it (its six raised traps had not moved in two rounds): since then looked
  at and tuned on.
- `dev_real_36` to `dev_real_38` (`tests/webs/dev-real-36/` to `tests/webs/dev-real-38/`):
  eight, eight and nine municipalities, built the same way by three engineers of a fifth
  round: ways on that are not plain links (buttons, GET forms, script-built links from
  JSON or script files, frames, SDK-embedded forms, cookie-consent interstitials); several
  routes on one page and who carries them; titles, 'not offered' wordings, pages found only
  by the A-Z list or the search. Measured once before anything changed for them, then
  looked at and tuned on.
- `heldout_gate` (`tests/webs/heldout-gate/`): 14 other organisations built the same way,
  by another engineer, never shown to anyone tuning discovery or classifiers. Only measured.
- `heldout_gate_3` (`tests/webs/heldout-gate-3/`): ten municipalities built the same way
  by a fourth engineer of that round (a realistic mix of everything real municipal sites
  do), kept out of tuning: only its summary lines were ever read.
- `heldout_gate_7` (`tests/webs/heldout-gate-7/`): built by an engineer of a sixth round,
  from the same brief, as a held-out web of that round before anything was built: three
  provinces, four water authorities and three municipalities in a realistic mix of their
  kinds. Kept out of tuning: only its summary lines were ever read.
- `heldout_gate_8` and `heldout_gate_9` (`tests/webs/heldout-gate-8/`, `-9/`): built by two
  engineers of a seventh round (2026-12-08), from the same brief, as held-out webs before
  anything was built: ten municipalities in a realistic mix, and two provinces, four water
  authorities and four municipalities. Measured before any change of that day; kept out
  of tuning: only their summary lines were ever read.
- `heldout_gate_10` (`tests/webs/heldout-gate-10/`): ten municipalities built by a third
  engineer of the seventh round, weighted to traps that raise a level wrongly. Commissioned
  as a development web, it arrived too late to be tuned on, so it was kept held out: only
  its summary lines were ever read.
- `dev_real_39` and `dev_real_40` (`tests/webs/dev-real-39/`, `-40/`): the fifth and sixth
  held-out webs until 2026-12-08 (`heldout-gate-5/`, `heldout-gate-6/`), promoted to
  development when their rows were read (see `tests/webs/README.md`).
- `dev_real_42` (`tests/webs/dev-real-42/`): two provinces, four water authorities and
  four municipalities built the same way by an engineer of the seventh round, weighted to
  traps that raise a level wrongly. Measured once before anything changed for it, then
  looked at and tuned on.
- `realistic_unseen`: our own generator's realistic style on a seed no tuning used (tuning
  used seeds 1-22). Not independent (it shares our generator's assumptions), but unseen.

Floors are in `tests/accuracy_floors.json` (`real_webs`): one row (one organisation) below
the figures measured when they were pinned, as slack for run-to-run noise; traps raised as
measured. The issue's targets are higher
than some of these floors; the README's accuracy table says which are met.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from test_known_wrong import known_for

from digimeter.cli.evaluate import Evaluation, evaluate, format_evaluation
from testweb.generate import generate_web
from testweb.server import running_server

TESTS = Path(__file__).resolve().parent
FLOORS = json.loads((TESTS / "accuracy_floors.json").read_text())
EPS = FLOORS["epsilon"]
DIGIMETER = str(Path(sys.executable).parent / "digimeter")
REALISTIC_UNSEEN_SEED = 1001
REALISTIC_UNSEEN_ORGANISATIONS = 30


def _generator(script: Path, *flags: str) -> Callable[[Path, Path], None]:
    def generate(out: Path, shared: Path) -> None:
        subprocess.run([sys.executable, str(script), *flags, str(out)], check=True,
                       capture_output=True, timeout=300)  # fmt: skip

    return generate


def _realistic_unseen(out: Path, shared: Path) -> None:
    generate_web(
        out,
        seed=REALISTIC_UNSEEN_SEED,
        n_organisations=REALISTIC_UNSEEN_ORGANISATIONS,
        register=shared / "data" / "registers" / "organisations-2023.csv",
        style="realistic",
    )


WEBS: dict[str, Callable[[Path, Path], None]] = {
    "dev_real": _generator(TESTS / "webs" / "dev-real" / "gen" / "generate.py"),
    "dev_real_2": _generator(TESTS / "webs" / "dev-real-2" / "gen.py", "--out"),
    "dev_real_3": _generator(TESTS / "webs" / "dev-real-3" / "gen.py", "--out"),
    "dev_real_4": _generator(TESTS / "webs" / "dev-real-4" / "generate.py"),
    "dev_real_5": _generator(TESTS / "webs" / "dev-real-5" / "gen.py"),
    "dev_real_6": _generator(TESTS / "webs" / "dev-real-6" / "gen.py"),
    "dev_real_7": _generator(TESTS / "webs" / "dev-real-7" / "gen.py"),
    "dev_real_8": _generator(TESTS / "webs" / "dev-real-8" / "gen.py"),
    "dev_real_9": _generator(TESTS / "webs" / "dev-real-9" / "gen.py"),
    "dev_real_10": _generator(TESTS / "webs" / "dev-real-10" / "gen.py"),
    "dev_real_11": _generator(TESTS / "webs" / "dev-real-11" / "gen.py"),
    "dev_real_12": _generator(TESTS / "webs" / "dev-real-12" / "gen.py"),
    "dev_real_13": _generator(TESTS / "webs" / "dev-real-13" / "gen.py"),
    "dev_real_14": _generator(TESTS / "webs" / "dev-real-14" / "gen.py", "--out"),
    "dev_real_15": _generator(TESTS / "webs" / "dev-real-15" / "gen.py"),
    "dev_real_16": _generator(TESTS / "webs" / "dev-real-16" / "gen.py"),
    "dev_real_17": _generator(TESTS / "webs" / "dev-real-17" / "gen.py"),
    "dev_real_18": _generator(TESTS / "webs" / "dev-real-18" / "gen.py"),
    "dev_real_19": _generator(TESTS / "webs" / "dev-real-19" / "gen.py"),
    "dev_real_20": _generator(TESTS / "webs" / "dev-real-20" / "gen.py"),
    "dev_real_21": _generator(TESTS / "webs" / "dev-real-21" / "gen.py"),
    "dev_real_22": _generator(TESTS / "webs" / "dev-real-22" / "gen.py"),
    "dev_real_23": _generator(TESTS / "webs" / "dev-real-23" / "gen.py"),
    "dev_real_24": _generator(TESTS / "webs" / "dev-real-24" / "gen.py"),
    "dev_real_25": _generator(TESTS / "webs" / "dev-real-25" / "gen.py"),
    "dev_real_26": _generator(TESTS / "webs" / "dev-real-26" / "gen.py"),
    "dev_real_27": _generator(TESTS / "webs" / "dev-real-27" / "gen.py"),
    "dev_real_28": _generator(TESTS / "webs" / "dev-real-28" / "gen.py"),
    "dev_real_29": _generator(TESTS / "webs" / "dev-real-29" / "gen.py"),
    "dev_real_30": _generator(TESTS / "webs" / "dev-real-30" / "gen.py"),
    "dev_real_32": _generator(TESTS / "webs" / "dev-real-32" / "gen.py"),
    "dev_real_33": _generator(TESTS / "webs" / "dev-real-33" / "gen.py"),
    "dev_real_34": _generator(TESTS / "webs" / "dev-real-34" / "gen.py"),
    "dev_real_35": _generator(TESTS / "webs" / "dev-real-35" / "gen.py"),
    "dev_real_36": _generator(TESTS / "webs" / "dev-real-36" / "gen.py"),
    "dev_real_37": _generator(TESTS / "webs" / "dev-real-37" / "gen.py"),
    "dev_real_38": _generator(TESTS / "webs" / "dev-real-38" / "gen.py"),
    "heldout_gate": _generator(TESTS / "webs" / "heldout-gate" / "generate.py", "--out"),
    "heldout_gate_3": _generator(TESTS / "webs" / "heldout-gate-3" / "gen.py"),
    "dev_real_39": _generator(TESTS / "webs" / "dev-real-39" / "gen.py"),
    "dev_real_40": _generator(TESTS / "webs" / "dev-real-40" / "gen.py"),
    "dev_real_42": _generator(TESTS / "webs" / "dev-real-42" / "gen.py"),
    "heldout_gate_7": _generator(TESTS / "webs" / "heldout-gate-7" / "gen.py"),
    "heldout_gate_8": _generator(TESTS / "webs" / "heldout-gate-8" / "gen.py"),
    "heldout_gate_9": _generator(TESTS / "webs" / "heldout-gate-9" / "gen.py"),
    "heldout_gate_10": _generator(TESTS / "webs" / "heldout-gate-10" / "gen.py"),
    "realistic_unseen": _realistic_unseen,
}


#: Webs measured at once: each measurement is a server and a crawl in subprocesses, so two
#: share the machine's two cores (CI has two too) and the module takes about 40 % less time
PARALLEL = 2


def _measure(name: str, root: Path, shared: Path) -> Evaluation:
    web = root / "web"
    WEBS[name](web, shared)
    out = root / "runs"
    with running_server(web) as proxy:
        done = subprocess.run(
            [DIGIMETER, "measure", "--organisations",
             str(web / "organisations.csv"), "--proxy", proxy, "--no-polite", "--output",
             str(out), "--run-id", "run"],
            capture_output=True, text=True, timeout=1200,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return evaluate(web / "labels.csv", out / "run" / "verdicts.csv")


@pytest.fixture(scope="module")
def measurements(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, shared_dir: Path
) -> Iterator[dict[str, Future[Evaluation]]]:
    """The selected webs' measurements (`-k dev_real_24` selects one), started at once on
    `PARALLEL` workers."""
    selected = sorted(
        {
            item.callspec.params["measured"]
            for item in request.session.items
            if hasattr(item, "callspec") and "measured" in item.callspec.params
        }
    )
    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        yield {
            name: pool.submit(_measure, name, tmp_path_factory.mktemp(name), shared_dir)
            for name in selected
        }


@pytest.fixture(scope="module", params=sorted(WEBS))
def measured(
    request: pytest.FixtureRequest, measurements: dict[str, Future[Evaluation]]
) -> tuple[str, Evaluation]:
    name: str = request.param
    ev = measurements[name].result()
    report = format_evaluation(ev)
    if not _tuned(name):  # a held-out web's rows are never shown: its summary lines only
        report = "\n".join(line for line in report.splitlines() if not line.startswith("  "))
    print(f"\n{name}:\n{report}")
    return name, ev


def _tuned(name: str) -> bool:
    """A development web, looked at and tuned on (the others' rows are never shown)."""
    return name.startswith("dev_real")


def test_exact_level_and_product_url_at_their_floors(measured: tuple[str, Evaluation]) -> None:
    name, ev = measured
    floors = FLOORS["real_webs"][name]
    labels = ev.labels
    assert labels > 100
    # figures, not the evaluation: a failing assertion shows its operands, and a held-out
    # web's rows are never shown
    accuracy, url_recall = ev.accuracy, ev.url_recall or 0
    assert accuracy >= floors["exact_level_accuracy"] - EPS, ev.wrong if _tuned(name) else ""
    assert url_recall >= floors["product_url_recall"] - EPS
    if _tuned(name):  # its wrong rows are those known_wrong.csv lists
        wrong = {(w["org_code"], w["product_key"], w["truth"], w["verdict"]) for w in ev.wrong}
        # rows listed as varying between runs may be right in this one
        assert wrong - known_for(name, varying=True) == known_for(name, varying=False)


def test_no_trap_raised_and_maturity_within_two_points(measured: tuple[str, Evaluation]) -> None:
    name, ev = measured
    floors = FLOORS["real_webs"][name]
    trap_rows = ev.trap_rows
    assert trap_rows > 0
    tuned = _tuned(name)
    traps, within = len(ev.traps_raised), ev.maturity_within or 0
    assert traps <= floors["traps_raised"], ev.traps_raised if tuned else ""
    assert within >= floors["maturity_within_2_points"] - EPS, ev.maturity if tuned else ""
