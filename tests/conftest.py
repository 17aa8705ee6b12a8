"""Shared pytest fixtures: the shared data folder, the served corpus, a small generated web.

- `shared_dir`: Path of `../shared` next to the repository (register data, corpus).
- `corpus_proxy`: `../shared/corpus/` served by the testweb server; yields the proxy URL.
- `small_web`: a small simulated web (8 organisations, seed 7) generated once per session
  into a temporary folder and served; yields a `ServedWeb` with `.root`, `.proxy`,
  `.organisations_csv`, `.labels_csv`.
- `mid_web`: the same for a mid-size web (40 organisations, seed 3) that has every level,
  status, CMS family and hostile part (the testweb tests check that it does).
- `browser`: Debian's Chromium through Playwright, launched as the crawl launches it
  (`crawler.browser.launch_options`; per test module).
- `corpus_run_dir`: the labelled corpus stored and classified as a run (run id `run-r`),
  once per session; `review_run`: a fresh copy of it for one test.
- `rules_without_request_forms`: a copy of the rules without the `form.request` rule.
- `realistic_web`: a web of the realistic style (12 organisations, seed 4), served for the
  whole session; it has every real-world feature (tests/test_testweb_realistic.py checks).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from classifiers.ruleset import RULES_DIR, RuleSet, load_rules
from crawler.browser import launch_options
from testweb.server import running_server

REPO = Path(__file__).resolve().parent.parent
SMALL_WEB_SEED = 7
SMALL_WEB_ORGANISATIONS = 8
MID_WEB_SEED = 3
MID_WEB_ORGANISATIONS = 40
REALISTIC_WEB_SEED = 4
REALISTIC_WEB_ORGANISATIONS = 12


@dataclass(frozen=True)
class ServedWeb:
    """A simulated web on disk and the proxy URL that serves it."""

    root: Path
    proxy: str

    @property
    def organisations_csv(self) -> Path:
        return self.root / "organisations.csv"

    @property
    def labels_csv(self) -> Path:
        return self.root / "labels.csv"


#: The slowest module (it measures every web through the crawler): collected first, so that
#: `make test`'s workers (`pytest -n 2 --dist loadfile`) start it at once and the other
#: modules share the second worker meanwhile
SLOWEST_MODULE = "test_real_webs.py"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name != SLOWEST_MODULE)  # stable: order kept


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` relative to the repository; fails clearly when it is missing."""
    path = (REPO.parent / "shared").resolve()
    if not (path / "corpus" / "sites").is_dir() or not (path / "data").is_dir():
        raise FileNotFoundError(
            f"{path}: the shared folder (corpus/ and data/) is missing; the tests expect it "
            "next to the repository, as ../shared"
        )
    return path


@pytest.fixture(scope="session")
def corpus_proxy(shared_dir: Path) -> Iterator[str]:
    """The labelled corpus served as a forward proxy; yields `http://127.0.0.1:PORT`."""
    with running_server(shared_dir / "corpus") as proxy:
        yield proxy


@pytest.fixture(scope="session")
def small_web(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Iterator[ServedWeb]:
    """A generated web of 8 organisations (fixed seed), served for the whole session."""
    yield from _served_web(tmp_path_factory, shared_dir, SMALL_WEB_SEED, SMALL_WEB_ORGANISATIONS)


@pytest.fixture(scope="session")
def mid_web(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Iterator[ServedWeb]:
    """A generated web of 40 organisations (fixed seed), served for the whole session."""
    yield from _served_web(tmp_path_factory, shared_dir, MID_WEB_SEED, MID_WEB_ORGANISATIONS)


@pytest.fixture(scope="session")
def realistic_web(
    tmp_path_factory: pytest.TempPathFactory, shared_dir: Path
) -> Iterator[ServedWeb]:
    """A realistic-style web of 12 organisations (fixed seed), served for the whole session."""
    yield from _served_web(
        tmp_path_factory,
        shared_dir,
        REALISTIC_WEB_SEED,
        REALISTIC_WEB_ORGANISATIONS,
        style="realistic",
    )


def _served_web(
    tmp_path_factory: pytest.TempPathFactory,
    shared_dir: Path,
    seed: int,
    n_organisations: int,
    style: str = "default",
) -> Iterator[ServedWeb]:
    from testweb.generate import generate_web

    root = tmp_path_factory.mktemp(f"web{n_organisations}{style}")
    generate_web(
        root,
        seed=seed,
        n_organisations=n_organisations,
        register=shared_dir / "data" / "registers" / "organisations-2023.csv",
        style=style,
    )
    with running_server(root) as proxy:
        yield ServedWeb(root, proxy)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_options())
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def corpus_run_dir(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    from review_fixtures import corpus_run

    return corpus_run(tmp_path_factory.mktemp("corpus-run") / "run-r", shared_dir / "corpus")


@pytest.fixture
def review_run(corpus_run_dir: Path, tmp_path: Path) -> Path:
    """A copy of the classified corpus run (run id run-r) that a test may change."""
    return Path(shutil.copytree(corpus_run_dir, tmp_path / "run-r"))


@pytest.fixture
def rules_without_request_forms(tmp_path: Path) -> RuleSet:
    """The rules less `form.request`: a request form then counts for nothing."""
    weaker = tmp_path / "rules"
    shutil.copytree(RULES_DIR, weaker)
    forms = (weaker / "forms.toml").read_text(encoding="utf-8")
    cut = forms.index('[[form_kind]]\nid = "form.request"')
    (weaker / "forms.toml").write_text(forms[:cut], encoding="utf-8")
    return load_rules(weaker)
