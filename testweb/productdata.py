"""The product table of the simulated web (`data/products.toml`), validated at load."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from digimeter.core.errors import BadInput
from digimeter.core.model import Product

DATA_FILE = Path(__file__).parent / "data" / "products.toml"
ROUTE_KINDS = ("info", "mail", "appointment", "pdf", "doc", "form", "auth", "own_login")
DELEGATES = ("tax", "social", "omgevingsloket", "parking", "bij12")
TYPE_LETTERS = ("G", "P", "W", "R")
_TEXT_LISTS = ("titles", "intro", "conditions", "needs")
_ALLOWED = {
    *_TEXT_LISTS,
    "section",
    "costs",
    "duration",
    "routes",
    "routes_G",
    "routes_P",
    "routes_W",
    "routes_R",
    "delegate",
    "delegate_share",
    "not_offered",
    "not_offered_text",
    "regulation",
    "auxiliary",
    "news",
}


class ProductDataError(BadInput, ValueError):
    """The product table is malformed; the message names the file, the product and the field."""


@dataclass(frozen=True)
class ProductText:
    """How one product is presented and requested in the simulated web."""

    key: str
    titles: tuple[str, ...]
    section: str
    intro: tuple[str, ...]
    conditions: tuple[str, ...]
    needs: tuple[str, ...]
    costs: str
    duration: str
    #: Route-kind weights per organisation type letter.
    routes: dict[str, dict[str, int]] = field(default_factory=dict)
    delegate: str = ""
    delegate_share: dict[str, float] = field(default_factory=dict)
    not_offered: float = 0.0
    not_offered_text: tuple[str, ...] = ()
    regulation: str = ""
    auxiliary: str = ""
    news: str = ""

    def weights(self, letter: str) -> dict[str, int]:
        return self.routes.get(letter) or self.routes.get("*") or {"info": 1}


def _fail(path: Path, key: str, name: str, message: str) -> ProductDataError:
    return ProductDataError(f"{path}: [{key}] field '{name}': {message}")


def _weights(path: Path, key: str, name: str, value: object) -> dict[str, int]:
    if not isinstance(value, dict) or not value:
        raise _fail(path, key, name, "expected a table of route kind = weight")
    for kind, weight in value.items():
        if kind not in ROUTE_KINDS:
            raise _fail(path, key, name, f"unknown route kind {kind!r}; expected {ROUTE_KINDS}")
        if not isinstance(weight, int) or isinstance(weight, bool) or weight < 0:
            raise _fail(path, key, name, f"weight of {kind!r} must be a whole number >= 0")
    if not sum(value.values()):
        raise _fail(path, key, name, "all weights are 0")
    return dict(value)


def _entry(path: Path, key: str, raw: dict[str, object]) -> ProductText:
    unknown = set(raw) - _ALLOWED
    if unknown:
        raise _fail(
            path, key, sorted(unknown)[0], f"unknown field; expected one of {sorted(_ALLOWED)}"
        )
    lists: dict[str, tuple[str, ...]] = {}
    for name in _TEXT_LISTS:
        value = raw.get(name)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v for v in value)
        ):
            raise _fail(path, key, name, "expected a non-empty list of texts")
        lists[name] = tuple(value)
    for name in ("section", "costs", "duration"):
        if not isinstance(raw.get(name), str) or not raw.get(name):
            raise _fail(path, key, name, "expected a non-empty text")
    routes: dict[str, dict[str, int]] = {}
    if "routes" in raw:
        routes["*"] = _weights(path, key, "routes", raw["routes"])
    for letter in TYPE_LETTERS:
        if f"routes_{letter}" in raw:
            routes[letter] = _weights(path, key, f"routes_{letter}", raw[f"routes_{letter}"])
    if not routes:
        raise _fail(path, key, "routes", "missing: give 'routes' or 'routes_<G|P|W|R>'")
    delegate = str(raw.get("delegate", ""))
    if delegate and delegate not in DELEGATES:
        raise _fail(path, key, "delegate", f"unknown {delegate!r}; expected one of {DELEGATES}")
    shares = raw.get("delegate_share", {})
    if not isinstance(shares, dict) or any(
        k not in TYPE_LETTERS or not isinstance(v, (int, float)) or not 0 <= v <= 1
        for k, v in shares.items()
    ):
        raise _fail(path, key, "delegate_share", "expected { G|P|W|R = share between 0 and 1 }")
    if shares and not delegate:
        raise _fail(path, key, "delegate_share", "given without 'delegate'")
    not_offered = raw.get("not_offered", 0.0)
    if not isinstance(not_offered, (int, float)) or not 0 <= not_offered < 1:
        raise _fail(path, key, "not_offered", "expected a share between 0 and 1")
    texts = raw.get("not_offered_text", [])
    if not_offered and (not isinstance(texts, list) or not texts):
        raise _fail(path, key, "not_offered_text", "needed when not_offered > 0")
    return ProductText(
        key=key,
        section=str(raw["section"]),
        costs=str(raw["costs"]),
        duration=str(raw["duration"]),
        routes=routes,
        delegate=delegate,
        delegate_share={k: float(v) for k, v in shares.items()},
        not_offered=float(not_offered),
        not_offered_text=tuple(str(t) for t in texts) if isinstance(texts, list) else (),
        regulation=str(raw.get("regulation", "")),
        auxiliary=str(raw.get("auxiliary", "")),
        news=str(raw.get("news", "")),
        **lists,
    )


@cache
def load_product_texts(path: Path = DATA_FILE) -> dict[str, ProductText]:
    """Read and validate the table; keyed by product_key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProductDataError(f"{path}: cannot read the product table: {exc}") from exc
    out: dict[str, ProductText] = {}
    for key, raw in data.items():
        if not isinstance(raw, dict):
            raise ProductDataError(f"{path}: [{key}] expected a table")
        out[key] = _entry(path, key, raw)
    return out


def texts_for(products: list[Product], path: Path = DATA_FILE) -> dict[str, ProductText]:
    """The entries of `products`; every product of the list must have one."""
    table = load_product_texts(path)
    missing = [p.key for p in products if p.key not in table]
    if missing:
        raise ProductDataError(
            f"{path}: no entry for product(s) {', '.join(missing)}; every product of the "
            "products list needs titles, texts and route weights here"
        )
    return {p.key: table[p.key] for p in products}
