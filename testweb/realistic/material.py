"""The real material of the realistic style: page titles and call-to-action texts of real
Dutch government sites (the tuning half of `../shared/data/real-titles/titles.csv` only),
product names from the real UPL where that half has no title, and `data/realistic.toml`.

The titles file is split by a fixed hash of the URL: rows whose URL has an even SHA-1 are
the tuning half; the odd rows are held out for the matcher test and are never read here
(`is_tuning_url` decides, before a row is kept).
"""

from __future__ import annotations

import csv
import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from digimeter.core.configfiles import PROJECT_ROOT
from digimeter.core.errors import BadInput
from digimeter.core.model import Product

SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
DEFAULT_TITLES = SHARED_DATA / "real-titles" / "titles.csv"
DEFAULT_UPL = SHARED_DATA / "registers" / "UPL-actueel.csv"
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "realistic.toml"
TITLE_COLUMNS = (
    "product_key", "org_type", "organisation", "title", "url", "cta_text", "cta_kind",
    "confidence", "title_source", "lang",
)  # fmt: skip
CTA_KINDS = ("online-form", "digid", "eherkenning", "pdf-form", "appointment", "delegated")
#: Generic labels of documents that help with a request without being one (checked like CTAs).
LABEL_KINDS = (*CTA_KINDS, "consent")


class MaterialError(BadInput, ValueError):
    """The real material is missing or malformed; the message names the file and the field."""


def is_tuning_url(url: str) -> bool:
    """True for the tuning half of the real titles: the URL's SHA-1, as a number, is even."""
    return int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % 2 == 0


@dataclass(frozen=True)
class RealTitle:
    """One tuning-half row of titles.csv."""

    product_key: str
    org_type: str
    organisation: str
    title: str
    url: str
    pieces: tuple[str, ...]
    kinds: frozenset[str]
    confidence: str
    from_slug: bool
    lang: str

    @property
    def display_title(self) -> str:
        """The title as a page heading (a slug-derived title gets a capital)."""
        return self.title[:1].upper() + self.title[1:] if self.from_slug else self.title


def load_tuning_titles(path: Path | str = DEFAULT_TITLES) -> list[RealTitle]:
    """The tuning-half rows of `path`; the held-out rows are skipped unread."""
    path = Path(path)
    if not path.is_file():
        raise MaterialError(
            f"{path}: the real titles file is missing; the realistic style needs "
            "../shared/data/real-titles/titles.csv (or give --titles)"
        )
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in TITLE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise MaterialError(f"{path}: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            if not is_tuning_url(row["url"]):
                continue
            if not row["product_key"] or not row["title"]:
                raise MaterialError(f"{path}, line {line}: empty product_key or title")
            pieces = tuple(
                " ".join(p.replace("...", " ").replace("…", " ").split())
                for p in row["cta_text"].split(" / ")
            )
            out.append(
                RealTitle(
                    product_key=row["product_key"],
                    org_type=row["org_type"],
                    organisation=row["organisation"],
                    title=row["title"].strip(),
                    url=row["url"],
                    pieces=tuple(p for p in pieces if p),
                    kinds=frozenset(k for k in row["cta_kind"].split(";") if k),
                    confidence=row["confidence"],
                    from_slug=row["title_source"] == "url-slug",
                    lang=row["lang"],
                )
            )
    return out


@dataclass(frozen=True)
class Wordings:
    """`data/realistic.toml`: generic CTA labels, piece kinds, not-offered texts, headings."""

    cta: dict[str, tuple[str, ...]]
    piece_kinds: dict[str, tuple[str, ...]]
    not_offered: dict[str, tuple[str, ...]]
    not_offered_titles: tuple[str, ...]
    headings: tuple[tuple[str, ...], ...]

    def kind_of(self, piece: str) -> str:
        """The route kind a piece of CTA text speaks of, or '' (neutral)."""
        low = piece.lower()
        for kind, needles in self.piece_kinds.items():
            if any(n in low for n in needles):
                return kind
        return ""


def load_wordings(titles: list[RealTitle], path: Path = DATA_FILE) -> Wordings:
    """Read and check `data/realistic.toml` against the tuning-half CTA texts."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise MaterialError(f"{path}: cannot read: {exc}") from exc
    for section in ("cta", "piece_kinds", "not_offered", "not_offered_titles", "headings"):
        if section not in data:
            raise MaterialError(f"{path}: missing section '{section}'")
    real = " | ".join(" / ".join(t.pieces).lower() for t in titles)
    cta: dict[str, tuple[str, ...]] = {}
    for kind in LABEL_KINDS:
        labels = data["cta"].get(kind)
        if not labels:
            raise MaterialError(f"{path}, section 'cta': no labels for '{kind}'")
        for label in labels:
            if label.lower() not in real:
                raise MaterialError(
                    f"{path}, section 'cta', kind '{kind}': {label!r} is not in the cta_text "
                    "of any tuning-half row of the real titles"
                )
        cta[kind] = tuple(labels)
    return Wordings(
        cta=cta,
        piece_kinds={k: tuple(v) for k, v in data["piece_kinds"].items()},
        not_offered={k: tuple(v) for k, v in data["not_offered"].items()},
        not_offered_titles=tuple(data["not_offered_titles"]),
        headings=tuple(tuple(h) for h in data["headings"]),
    )


def upl_names(path: Path | str = DEFAULT_UPL) -> dict[str, str]:
    """UPL URI -> the UPL's own product name (the real list of uniform product names)."""
    path = Path(path)
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["URI"]: r["UniformeProductnaam"] for r in csv.DictReader(fh) if r.get("URI")}


@dataclass
class ProductMaterial:
    """What the realistic style knows of one product from real pages."""

    key: str
    #: Rows whose page is the product page (confidence high or medium), the model rows.
    rows: list[RealTitle] = field(default_factory=list)
    #: Titles of closely related pages of real sites (confidence medium): sibling pages.
    related: list[str] = field(default_factory=list)
    #: The UPL name, for products without a tuning-half title.
    upl_name: str = ""

    def titles_for(self, letter: str, *, high: bool) -> list[RealTitle]:
        """Model rows, those of the organisation type first when there are any; with `high`,
        the clear product pages (confidence high) when there are any."""
        dutch = [r for r in self.rows if r.lang == "nl"]
        if high:
            dutch = [r for r in dutch if r.confidence == "high"] or dutch
        return [r for r in dutch if r.org_type == letter] or dutch


def product_material(
    products: list[Product], titles: list[RealTitle], upl: dict[str, str]
) -> dict[str, ProductMaterial]:
    out = {p.key: ProductMaterial(p.key) for p in products}
    for row in titles:
        material = out.get(row.product_key)
        if material is None or row.confidence == "low":
            continue
        material.rows.append(row)
        if row.confidence == "medium" and row.lang == "nl":
            material.related.append(row.display_title)
    for product in products:
        name = upl.get(product.upl_uri, "")
        out[product.key].upl_name = name[:1].upper() + name[1:]
    return out
