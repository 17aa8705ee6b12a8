"""CMS families of the simulated web, by name."""

from __future__ import annotations

from testweb.families.base import Family, Overview
from testweb.families.iprox import IproxFamily
from testweb.families.nlds import NldsFamily
from testweb.families.owc import OwcFamily
from testweb.families.pdcloket import PdcLoketFamily
from testweb.families.productid import ProductIdFamily
from testweb.families.rijk import RijkFamily
from testweb.families.wpwater import WpWaterFamily

FAMILY_CLASSES: dict[str, type[Family]] = {
    cls.name: cls
    for cls in (
        Family,
        IproxFamily,
        ProductIdFamily,
        PdcLoketFamily,
        OwcFamily,
        NldsFamily,
        WpWaterFamily,
        RijkFamily,
    )
}


def make_families() -> dict[str, Family]:
    """One instance per family for one generation (they remember slugs used per site)."""
    return {name: cls() for name, cls in FAMILY_CLASSES.items()}


__all__ = ["FAMILY_CLASSES", "Family", "Overview", "make_families"]
