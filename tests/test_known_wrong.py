"""`tests/known_wrong.csv`: every row still wrong on the tuning webs, with its cause.

Issue 10 asks for a known-wrong list of what cannot be fixed yet. Its rows name the web
(`dev_real`, `dev_real_2` to `dev_real_30` and `dev_real_32` to `dev_real_38`, the
development webs of `tests/webs/dev-real/`, `tests/webs/dev-real-2/` to
`tests/webs/dev-real-30/` and `-32/` to `-38/` (`dev-real-27/` and `dev-real-35/` were the
second and the fourth held-out web until they were promoted), or
`realistic_seed_<N>`, the realistic style's tuning seeds 1 to 28 with 30 organisations), the
organisation and product, the label's and the verdict's cell as `digimeter evaluate` prints
them (a level, or a status such as not_found), and a specific reason. The held-out webs
(the gates and seeds of 1000 and above) are never listed: their wrong rows are not to be
read while tuning.
`tests/test_real_webs.py` checks that the dev webs' wrong rows are exactly the listed ones,
except rows whose reason begins with `VARIES` ("Varies between runs: ..."): the crawl's
order decides whether they are wrong (a page fetched or not under the budget), so they may
be right in a run; their reason says why.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
KNOWN_WRONG = TESTS / "known_wrong.csv"
COLUMNS = ["web", "org_code", "product_key", "truth", "verdict", "reason"]
#: The realistic style's tuning seeds (seeds of 1000 and above are held out).
TUNING_SEEDS = range(1, 29)
CELLS = re.compile(r"^(0|33|67|100|not_offered|not_found|unreachable|missing)$")
#: A reason says what goes wrong and why it is not fixed: more than a few words.
MIN_REASON_WORDS = 6


def web_folder(web: str) -> Path | None:
    """The folder of a hand-built web, or None for a generated realistic seed."""
    return TESTS / "webs" / web.replace("_", "-") if not web.startswith("realistic_") else None


def known_web(web: str) -> bool:
    """A web name of the list: a development web that exists under tests/webs/ (not the
    held-out gate), or a realistic tuning seed."""
    if web.startswith("realistic_seed_"):
        seed = web.removeprefix("realistic_seed_")
        return seed.isdigit() and int(seed) in TUNING_SEEDS
    folder = web_folder(web)
    return folder is not None and folder.is_dir() and "heldout" not in web


def read_known_wrong(path: Path = KNOWN_WRONG) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


#: the start of the reason of a row that is wrong in some runs only
VARIES = "Varies between runs:"


def known_for(
    web: str, path: Path = KNOWN_WRONG, *, varying: bool | None = None
) -> set[tuple[str, str, str, str]]:
    """(org_code, product_key, truth, verdict) of the rows listed for `web` (with `varying`,
    only those wrong in some runs only, or only the others)."""
    return {
        (r["org_code"], r["product_key"], r["truth"], r["verdict"])
        for r in read_known_wrong(path)
        if r["web"] == web and (varying is None or r["reason"].startswith(VARIES) == varying)
    }


def problems(path: Path) -> list[str]:
    """What is wrong with a known-wrong file, one message per problem (line numbers)."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS:
            return [f"{path.name}: columns {reader.fieldnames}, expected {COLUMNS}"]
        seen = set()
        for line, row in enumerate(reader, start=2):
            where = f"{path.name}, line {line}"
            if not known_web(row["web"]):
                out.append(f"{where}: web {row['web']!r} is not a tuning web")
            if not re.fullmatch(r"[A-Za-z0-9_-]+", row["org_code"]):
                out.append(f"{where}: org_code {row['org_code']!r}")
            if not row["product_key"]:
                out.append(f"{where}: empty product_key")
            for name in ("truth", "verdict"):
                if not CELLS.match(row[name]):
                    out.append(f"{where}: {name} {row[name]!r} is not a level or a status")
            if row["truth"] == row["verdict"]:
                out.append(f"{where}: truth and verdict are the same: not a wrong row")
            if len(row["reason"].split()) < MIN_REASON_WORDS:
                out.append(f"{where}: the reason must say the cause and why it is not fixed")
            key = (row["web"], row["org_code"], row["product_key"])
            if key in seen:
                out.append(f"{where}: {key} listed twice")
            seen.add(key)
    return out


def test_the_known_wrong_list_is_well_formed() -> None:
    assert problems(KNOWN_WRONG) == []
    rows = read_known_wrong()
    assert rows, "the list is empty: then remove it, and the check in test_real_webs.py"
    tuning = {
        "dev_real",
        "dev_real_2",
        "dev_real_3",
        "dev_real_4",
        "dev_real_5",
        "dev_real_6",
        "dev_real_7",
        "dev_real_8",
        "dev_real_9",
        "dev_real_10",
        "dev_real_11",
        "dev_real_12",
        "dev_real_13",
        "dev_real_14",
        "dev_real_15",
        "dev_real_16",
        "dev_real_17",
        "dev_real_18",
        "dev_real_19",
        "dev_real_20",
        "dev_real_21",
        "dev_real_22",
        "dev_real_23",
        "dev_real_24",
        "dev_real_25",
        "dev_real_26",
        "dev_real_27",
        "dev_real_28",
        "dev_real_29",
        "dev_real_30",
        "dev_real_32",
        "dev_real_33",
        "dev_real_34",
        "dev_real_35",
        "dev_real_36",
        "dev_real_37",
        "dev_real_38",
        "dev_real_39",
        "dev_real_40",
        "dev_real_42",
        *(f"realistic_seed_{s}" for s in TUNING_SEEDS),
    }
    assert {r["web"] for r in rows} <= tuning


def test_a_malformed_known_wrong_list_is_told_line_by_line(tmp_path: Path) -> None:
    bad = tmp_path / "known_wrong.csv"
    bad.write_text(
        ",".join(COLUMNS) + "\n"
        "heldout_gate,GM0001,paspoort,33,0,the gate must never be listed here at all\n"
        "realistic_seed_1001,GM0002,paspoort,33,0,held-out seeds must never be listed here\n"
        "dev_real,GM0003,paspoort,0,0,same cell on both sides is not a wrong row at all\n"
        "dev_real,GM0004,klacht,100,level 0,a verdict that is not a cell of the evaluation\n"
        "dev_real,GM0005,klacht,100,0,too short\n",
        encoding="utf-8",
    )
    found = problems(bad)
    assert any("line 2" in p and "heldout_gate" in p for p in found)
    assert any("line 3" in p and "realistic_seed_1001" in p for p in found)
    assert any("line 4" in p and "the same" in p for p in found)
    assert any("line 5" in p and "verdict" in p for p in found)
    assert any("line 6" in p and "reason" in p for p in found)
    bad.write_text("web,org,product\n", encoding="utf-8")
    assert "columns" in problems(bad)[0]


def test_rows_that_vary_between_runs_are_told_apart(tmp_path: Path) -> None:
    listed = tmp_path / "known_wrong.csv"
    listed.write_text(
        ",".join(COLUMNS) + "\n"
        "dev_real,GM0001,paspoort,100,not_found,the page is titled 'Reisdocumenten' and no "
        "product's words fit it\n"
        f"dev_real,GM0002,paspoort,100,not_found,{VARIES} the page is fetched only while "
        "another product is still sought\n",
        encoding="utf-8",
    )
    assert known_for("dev_real", listed, varying=False) == {
        ("GM0001", "paspoort", "100", "not_found")
    }
    assert known_for("dev_real", listed, varying=True) == {
        ("GM0002", "paspoort", "100", "not_found")
    }
    assert len(known_for("dev_real", listed)) == 2
