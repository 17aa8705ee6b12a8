"""One Jinja2 environment for every HTML page digimeter renders on the server.

`environment("review")` gives an environment that finds the templates of the named
packages (`<package>/templates/`) first and then the shared ones (`digimeter/core/templates/`:
`base.html`, the page shell, and `base.css`, the shared look). Autoescaping is always on:
everything a template prints is escaped unless it is explicitly marked safe, because most
of what these pages show comes from crawled, hostile pages. Undefined names are errors.

The review app (`review/templates/`) and the report (`scoring/templates/report/`, one
self-contained file with the CSS and JavaScript inline) both extend `base.html`.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import SupportsFloat

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined

SHARED = "digimeter.core"


def percent(value: SupportsFloat | str | None, digits: int = 1) -> str:
    """A percentage 0-100 as text; '–' when missing."""
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    return f"{float(value):.{digits}f}%"


def environment(*packages: str) -> Environment:
    """A Jinja2 environment over the packages' templates and the shared ones."""
    loaders = [PackageLoader(name, "templates") for name in (*packages, SHARED)]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = percent
    return env


@cache
def shared_css() -> str:
    """The shared stylesheet (`digimeter/core/templates/base.css`)."""
    return files(SHARED).joinpath("templates", "base.css").read_text(encoding="utf-8")
