"""One organisation x product cell per verdict, with the numbers every aggregate averages.

For a counted cell the value columns hold the figure that cell contributes; for a cell that
is not counted they are NaN, so a plain `mean()` over a group averages over exactly the
counted cells and yields NaN (an empty score) when nothing was counted.

| column | counted `ok` | counted `not_found` |
|---|---|---|
| `maturity` | level (authenticated convention) | 0 |
| `maturity_strict` | level_strict | 0 |
| `availability` | 100 if level >= 33 else 0 | 0 |
| `availability_67` | 100 if level >= 67 else 0 | 0 |
| `score_eu` | 50 for level 0 or 33, 100 for level >= 67 | 0 |

`not_offered` and `unreachable` are never counted; `not_found` is counted as 0 with
`not_found="zero"` (the default) and not counted with `not_found="exclude"`. Every value
column also exists per audience (`maturity_burger`, ...): a `beide` product counts for both.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from digimeter.core.model import LEVELS

NOT_FOUND_OPTIONS = ("zero", "exclude")
AUDIENCE_NAMES = ("burger", "ondernemer")
#: The per-cell figures, each in percent (0-100).
VALUES = ("maturity", "availability", "availability_67", "maturity_strict", "score_eu")
#: The EU eGovernment Benchmark online-availability scale, from our levels: a product page
#: with information or a printable form is "information online" (50), an online form with
#: or without login is "fully online" (100), no page found is "offline" (0).
EU_SCALE: dict[str | int, int] = {"not_found": 0, 0: 50, 33: 50, 67: 100, 100: 100}


def _check_eu_scale() -> None:
    missing = {"not_found", *LEVELS} - set(EU_SCALE)
    if missing or not all(v in (0, 50, 100) for v in EU_SCALE.values()):
        raise ValueError(f"EU_SCALE must map not_found and every level to 0, 50 or 100: {EU_SCALE}")


_check_eu_scale()


def check_not_found(not_found: str) -> str:
    if not_found not in NOT_FOUND_OPTIONS:
        raise ValueError(f"not_found={not_found!r}; expected one of {', '.join(NOT_FOUND_OPTIONS)}")
    return not_found


def eu_scores(levels: np.ndarray) -> np.ndarray:
    """The EU scale value of each level (NaN where there is no level)."""
    out = np.full(len(levels), np.nan)
    for level in LEVELS:
        out[levels == level] = EU_SCALE[level]
    return out


def build_cells(verdicts: pd.DataFrame, *, not_found: str = "zero") -> pd.DataFrame:
    """The cells of checked verdicts (after overrides), with value columns per audience."""
    check_not_found(not_found)
    status = verdicts["status"]
    ok = (status == "ok").to_numpy()
    nf = (status == "not_found").to_numpy()
    counted = ok | (nf if not_found == "zero" else np.zeros(len(status), dtype=bool))
    level = verdicts["level"].astype("float64").to_numpy()
    strict = verdicts["level_strict"].astype("float64").to_numpy()
    nan = np.full(len(status), np.nan)

    def value(for_ok: np.ndarray, for_not_found: float = 0.0) -> np.ndarray:
        out = np.where(ok, for_ok, nan)
        return np.where(counted & nf, for_not_found, np.where(counted, out, nan))

    cells = pd.DataFrame(
        {
            "org_code": verdicts["org_code"].to_numpy(),
            "org_type": verdicts["org_type"].to_numpy(),
            "product_key": verdicts["product_key"].to_numpy(),
            "audience": verdicts["audience"].to_numpy(),
            "status": status.to_numpy(),
            "level": level,
            "counted": counted,
            "overridden": verdicts.get(
                "overridden", pd.Series(False, index=verdicts.index)
            ).to_numpy(dtype=bool),
            "maturity": value(level),
            "availability": value(np.where(level >= 33, 100.0, 0.0)),
            "availability_67": value(np.where(level >= 67, 100.0, 0.0)),
            "maturity_strict": value(strict),
            "score_eu": value(eu_scores(level), float(EU_SCALE["not_found"])),
        }
    )
    for audience in AUDIENCE_NAMES:
        member = cells["audience"].isin((audience, "beide")).to_numpy()
        cells[f"in_{audience}"] = member
        cells[f"counted_{audience}"] = counted & member
        for name in VALUES:
            cells[f"{name}_{audience}"] = np.where(member, cells[name].to_numpy(), nan)
    return cells
