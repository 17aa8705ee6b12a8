"""Which organisations a generated web has, and their `.test` host names.

From the government organisations register when it is there (real names, codes and
types; the host is the register website with its top-level domain replaced by `.test`,
which keeps the real naming styles: `www.gemeentenoordenveld.test`, `www.hengelo.test`,
`provincie.drenthe.test`, `scheldestromen.test`), else from a built-in list of fictional
organisations so the demo still works.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from digimeter.core.errors import BadInput
from digimeter.core.model import Organisation, Product
from digimeter.core.register import import_register
from testweb.fictional import fictional_organisations

#: The register's counts of the measured types (2023 extract): the sampling proportions.
REGISTER_SHARES = {"gemeente": 341, "provincie": 12, "waterschap": 20}
FULL_SET = 373


class GenerateError(BadInput, ValueError):
    """The web cannot be generated as asked; the message says why and what to do."""


def slugify(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def short_name(org: Organisation) -> str:
    """'Gemeente Noordenveld' -> 'Noordenveld'; 'Provincie Fryslân' -> 'Fryslân'."""
    return re.sub(r"^(Gemeente|Provincie|Waterschap)\s+", "", org.name).strip() or org.name


def test_host(website: str, name: str, taken: set[str]) -> str:
    """The `.test` host of an organisation: its website's host with `.test` as TLD."""
    host = (urlsplit(website).hostname or "").lower()
    labels = host.split(".")
    if len(labels) >= 2:
        candidate = ".".join(labels[:-1]) + ".test"
        if candidate not in taken and "rijksoverheid" not in candidate:
            return candidate
    base = "www." + slugify(name)[:40].strip("-") + ".test"
    candidate, n = base, 2
    while candidate in taken:
        candidate = base.replace(".test", f"-{n}.test")
        n += 1
    return candidate


def _sample_counts(n: int, n_offering: int) -> dict[str, int]:
    total = sum(REGISTER_SHARES.values()) + n_offering
    counts = {t: max(1, round(n * share / total)) for t, share in REGISTER_SHARES.items()}
    counts["rijk"] = max(1, min(n_offering, round(n * n_offering / total)))
    counts["gemeente"] = n - counts["provincie"] - counts["waterschap"] - counts["rijk"]
    return counts


def choose_organisations(
    n: int, seed: int, products: list[Product], register: Path | None
) -> tuple[list[Organisation], str]:
    """N organisations with `.test` websites and (for gemeenten) inhabitants; and the source."""
    if register is not None and register.exists():
        pool = import_register(register).organisations
        source = str(register)
    else:
        pool = fictional_organisations(products, n)
        source = "built-in fictional organisations"
    offering_codes = sorted({p.offered_by for p in products if p.offered_by})
    by_type: dict[str, list[Organisation]] = {
        t: [] for t in ("gemeente", "provincie", "waterschap", "rijk")
    }
    for org in sorted(pool, key=lambda o: o.code):
        if org.org_type in by_type:
            by_type[org.org_type].append(org)
    offering = [o for o in by_type["rijk"] if o.code in offering_codes]
    other_rijk = [o for o in by_type["rijk"] if o.code not in offering_codes]
    available = sum(len(v) for v in by_type.values())
    if n > available:
        raise GenerateError(
            f"{source} has {available} organisations of the measured types; "
            f"asked for {n}. Use --organisations {available} or fewer."
        )
    rng = random.Random(f"{seed}:organisations")
    chosen: list[Organisation] = []
    if n >= FULL_SET and n >= sum(len(by_type[t]) for t in REGISTER_SHARES):
        for t in REGISTER_SHARES:
            chosen += by_type[t]
        rest = n - len(chosen)
        chosen += offering[:rest]
        rest = n - len(chosen)
        chosen += sorted(rng.sample(other_rijk, min(rest, len(other_rijk))), key=lambda o: o.code)
    else:
        counts = _sample_counts(n, len(offering) or 1)
        for t in ("gemeente", "provincie", "waterschap"):
            k = min(counts[t], len(by_type[t]))
            chosen += sorted(rng.sample(by_type[t], k), key=lambda o: o.code)
        rijk_pool = offering or other_rijk
        picked = rng.sample(rijk_pool, min(counts["rijk"], len(rijk_pool)))
        chosen += sorted(picked, key=lambda o: o.code)
        if len(chosen) < n:  # small pools: fill up with gemeenten
            left = [o for o in by_type["gemeente"] if o not in chosen]
            chosen += sorted(
                rng.sample(left, min(n - len(chosen), len(left))), key=lambda o: o.code
            )
    return _with_hosts(chosen, seed), source


def _with_hosts(orgs: list[Organisation], seed: int) -> list[Organisation]:
    taken: set[str] = set()
    out = []
    for org in orgs:
        host = test_host(org.website, short_name(org), taken)
        taken.add(host)
        extra = {k: v for k, v in org.extra.items() if k == "inhabitants"}
        if org.org_type == "gemeente":
            extra["inhabitants"] = str(inhabitants(seed, org.code))
        out.append(replace(org, website=f"http://{host}/", extra=extra))
    return out


def inhabitants(seed: int, code: str) -> int:
    """A plausible, deterministic number of inhabitants (log-normal, 1 000 to 950 000)."""
    rng = random.Random(f"{seed}:inhabitants:{code}")
    value = math.exp(rng.gauss(10.2, 0.85))
    return int(min(max(value, 1000), 950_000) // 10 * 10)
