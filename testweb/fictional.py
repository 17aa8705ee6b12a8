"""Built-in fictional organisations, used when the register file is not available.

Municipality names are made up from Dutch place-name parts (codes GM9xxx); the national
bodies that offer measured products keep their codes from the products list, so every
national product still has its organisation.
"""

from __future__ import annotations

from digimeter.core.model import Organisation, OrgType, Product

_GEMEENTEN = (
    "Sloterburg",
    "Eemhoven",
    "Hollerveen",
    "Baardwijk",
    "Lindemeer",
    "Oosterdijk",
    "Zandvoorde",
    "Kruisberg",
    "Weidebroek",
    "Heuveldam",
    "Rietwolde",
    "Molenhorst",
    "Veldhoven aan de Aa",
    "Bosschenberg",
    "Klaverwijk",
    "Duinhout",
    "Ganzedijk",
    "Polderhem",
    "Beekloo",
    "Steenwoude",
)
_PREFIXES = ("Noord", "Zuid", "Oost", "West", "Groot", "Klein", "Oud", "Nieuw", "Hoog", "Laag")
_STEMS = ("veen", "dam", "wijk", "hoven", "berg", "horst", "loo", "broek", "meer", "dijk")
_PROVINCIES = ("Middenland", "Kustland", "Heuvelland", "Veenland")
_WATERSCHAPPEN = (
    "Waterschap Veenstromen",
    "Hoogheemraadschap van de Lage Landen",
    "Waterschap Rivierduinen",
    "Waterschap Kleimaas",
)
_NATIONAL_NAMES = {
    "oorg10148": ("Dienst Uitvoering Onderwijs", "www.duo.nl"),
    "zb000117": ("Uitvoeringsinstituut Werknemersverzekeringen", "www.uwv.nl"),
    "zb000143": ("Sociale Verzekeringsbank", "www.svb.nl"),
    "oorg10104": ("Justis", "www.justis.nl"),
    "oorg10222": ("Immigratie- en Naturalisatiedienst", "www.ind.nl"),
    "zb000184": ("Kamer van Koophandel", "www.kvk.nl"),
    "zb000195": ("Kadaster", "www.kadaster.nl"),
    "oorg10111": ("Centraal Justitieel Incassobureau", "www.cjib.nl"),
    "zb000209": ("Centraal Bureau Rijvaardigheidsbewijzen", "www.cbr.nl"),
    "oorg10122": ("Rijksdienst voor Ondernemend Nederland", "www.rvo.nl"),
    "oorg10004": ("Rijkswaterstaat", "www.rijkswaterstaat.nl"),
}


def _gemeente_names(n: int) -> list[str]:
    names = list(_GEMEENTEN)
    for prefix in _PREFIXES:
        for stem in _STEMS:
            if len(names) >= n:
                return names
            names.append(f"{prefix}{stem}")
    return names


def fictional_organisations(products: list[Product], n: int) -> list[Organisation]:
    """Enough fictional gemeenten, provincies and waterschappen, plus the national bodies."""
    orgs: list[Organisation] = []
    for i, name in enumerate(_gemeente_names(max(n, len(_GEMEENTEN)))):
        slug = name.lower().replace(" ", "")
        style = ("www.{s}.nl", "www.gemeente{s}.nl", "www.gemeente-{s}.nl", "{s}.nl")[i % 4]
        orgs.append(
            Organisation(
                f"GM9{i:03d}",
                f"Gemeente {name}",
                OrgType.GEMEENTE,
                "http://" + style.format(s=slug),
            )
        )
    for i, name in enumerate(_PROVINCIES):
        orgs.append(
            Organisation(
                f"PV9{i}", f"Provincie {name}", OrgType.PROVINCIE, f"https://www.{name.lower()}.nl"
            )
        )
    for i, name in enumerate(_WATERSCHAPPEN):
        slug = name.split()[-1].lower()
        orgs.append(Organisation(f"WS9{i:03d}", name, OrgType.WATERSCHAP, f"https://www.{slug}.nl"))
    for code in sorted({p.offered_by for p in products if p.offered_by}):
        name, host = _NATIONAL_NAMES.get(code, (f"Rijksdienst {code}", f"www.{code}.nl"))
        orgs.append(Organisation(code, name, OrgType.RIJK, f"https://{host}/"))
    return orgs
