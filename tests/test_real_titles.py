"""The one product matcher on real page titles of Dutch government sites.

`../shared/data/real-titles/titles.csv` holds real titles and URLs of product pages. For each
row of confidence high or medium, the matcher, given the title and the URL (and the type of
the publishing organisation), must rank the row's product first among all 67 products.

The rows are split by a fixed hash of the URL: the even half may be looked at and tuned on
(products.csv objects/activities were written with it), the odd half is only measured. The
figures of both halves are gated by floors in `accuracy_floors.json` (`real_titles`); even
rows the matcher gets wrong are listed, with the reason, in `data/real_titles_known_wrong.csv`.
Never print or inspect the odd half's misses.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from classifiers.matching import ProductMatcher
from classifiers.matchrules import load_rules
from digimeter.core.configfiles import load_products

HERE = Path(__file__).parent
TITLES = HERE.parent.parent / "shared" / "data" / "real-titles" / "titles.csv"
KNOWN_WRONG = HERE / "data" / "real_titles_known_wrong.csv"
FLOORS = json.loads((HERE / "accuracy_floors.json").read_text())["real_titles"]
EPSILON = json.loads((HERE / "accuracy_floors.json").read_text())["epsilon"]
ORG_TYPES = {"G": "gemeente", "P": "provincie", "W": "waterschap", "R": "rijk"}


def held_out(url: str) -> bool:
    """The fixed split: a URL whose SHA-1 is odd is in the held-out half."""
    return int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 1


@dataclass
class Half:
    rows: int = 0
    top1: int = 0
    top3: int = 0
    #: (url, product) of rows not ranked first; only kept for the tuning half
    misses: tuple[tuple[str, str], ...] = ()

    def share(self, n: int) -> float:
        return n / self.rows


@pytest.fixture(scope="module")
def halves() -> dict[str, Half]:
    if not TITLES.exists():
        pytest.fail(f"{TITLES} is missing: the real-title test needs ../shared beside the project")
    products = load_products()
    rules = load_rules()
    matchers = {t: ProductMatcher(products, name, rules) for t, name in ORG_TYPES.items()}
    out = {"tuning": Half(), "held_out": Half()}
    misses: list[tuple[str, str]] = []
    with open(TITLES, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["confidence"] not in ("high", "medium"):
                continue
            half = out["held_out" if held_out(row["url"]) else "tuning"]
            ranked = [k for k, _ in matchers[row["org_type"]].rank((row["title"],), row["url"])]
            half.rows += 1
            half.top1 += ranked[:1] == [row["product_key"]]
            half.top3 += row["product_key"] in ranked[:3]
            if half is out["tuning"] and ranked[:1] != [row["product_key"]]:
                misses.append((row["url"], row["product_key"]))
    out["tuning"].misses = tuple(misses)
    return out


def test_the_split_is_fixed_and_about_half() -> None:
    with open(TITLES, encoding="utf-8", newline="") as fh:
        urls = [r["url"] for r in csv.DictReader(fh)]
    odd = sum(held_out(u) for u in urls)
    assert 0.4 < odd / len(urls) < 0.6
    assert held_out(urls[0]) == (int(hashlib.sha1(urls[0].encode()).hexdigest(), 16) % 2 == 1)


@pytest.mark.parametrize("name", ["tuning", "held_out"])
def test_real_titles_rank_their_product_first(halves: dict[str, Half], name: str) -> None:
    half = halves[name]
    floors = FLOORS[name]
    print(
        f"real titles, {name} half: top-1 {half.top1}/{half.rows} = {half.share(half.top1):.1%},"
        f" top-3 {half.top3}/{half.rows} = {half.share(half.top3):.1%}"
    )
    assert half.share(half.top1) >= floors["top1"] - EPSILON
    assert half.share(half.top3) >= floors["top3"] - EPSILON


def test_tuning_half_misses_are_the_known_wrong_ones(halves: dict[str, Half]) -> None:
    with open(KNOWN_WRONG, encoding="utf-8", newline="") as fh:
        known = {(r["url"], r["product_key"]): r["reason"] for r in csv.DictReader(fh)}
    assert all(reason.strip() for reason in known.values())
    assert all(not held_out(url) for url, _ in known), "only tuning rows may be listed"
    assert set(halves["tuning"].misses) == set(known)
