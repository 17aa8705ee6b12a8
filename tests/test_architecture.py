"""The package map of docs/architecture.md, enforced on the source: every import of every
module (top-level, inside functions, under TYPE_CHECKING) is read with `ast`.

A rule applies to the modules under its package; where packages nest (a rule for
`crawler` and one for `crawler.discovery`), the longest match rules a module. A new
package with its own rule ("no Scrapy in crawler/discovery/") is one row of RULES.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The project's own top-level packages (tests/ and bench/ may import anything).
FIRST_PARTY = ("digimeter", "crawler", "classifiers", "scoring", "review", "testweb")
SCRAPY = ("scrapy", "scrapy_playwright", "scrapy_redis", "twisted")
CORE = "digimeter.core"


@dataclass(frozen=True)
class Rule:
    package: str
    #: First-party packages its modules may import (besides their own package).
    may_import: tuple[str, ...]
    #: Third-party packages they must not import.
    never: tuple[str, ...] = ()


RULES = (
    Rule(CORE, (), (*SCRAPY, "pandas", "playwright")),
    Rule("classifiers", (CORE,), SCRAPY),
    Rule("scoring", (CORE,), SCRAPY),
    Rule("review", (CORE, "classifiers", "scoring"), SCRAPY),
    Rule("crawler", (CORE, "classifiers")),
    Rule("testweb", (CORE,), SCRAPY),
    Rule("digimeter.cli", (CORE, "crawler", "classifiers", "scoring", "review", "testweb")),
)
#: Single modules allowed more than their package: `python -m testweb` runs the CLI command.
EXCEPTIONS = {"testweb.__main__": ("digimeter.cli",)}
#: The modules that may speak SQL to run.db: RunStore and its storage mixins.
STORAGE = {
    f"{CORE}.{name}"
    for name in ("runstore", "verdictstore", "reviewstore", "samplestore", "proposalstore",
                 "revisits")
}  # fmt: skip
SQL_CALLS = ("execute", "executemany", "executescript", "backup")


def _modules() -> dict[str, Path]:
    modules = {}
    for top in FIRST_PARTY:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


MODULES = _modules()


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _rule(module: str) -> Rule | None:
    matching = [r for r in RULES if _within(module, r.package)]
    return max(matching, key=lambda r: len(r.package)) if matching else None


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            if node.module in FIRST_PARTY:  # `from digimeter import cli` imports digimeter.cli
                found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def _owner(name: str) -> str | None:
    """The package of RULES (or top-level package) an imported name belongs to."""
    if name.split(".")[0] not in FIRST_PARTY:
        return None
    packages = [r.package for r in RULES if _within(name, r.package)]
    return max(packages, key=len) if packages else name.split(".")[0]


def violations(module: str, path: Path) -> list[str]:
    rule = _rule(module)
    if rule is None:
        return []
    allowed = (rule.package, *rule.may_import, *EXCEPTIONS.get(module, ()))
    bad = []
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    for line, name in _imports(path):
        where = f"{shown}:{line}"
        if name.split(".")[0] in rule.never:
            bad.append(f"{where}: {module} imports {name} (never in {rule.package})")
        owner = _owner(name)
        if owner and owner != "digimeter" and not any(_within(owner, a) for a in allowed):
            bad.append(f"{where}: {module} imports {name} ({rule.package} may import "
                       f"{', '.join(rule.may_import) or 'nothing first-party'})")  # fmt: skip
    return bad


def test_every_module_has_a_rule() -> None:
    loose = [m for m in MODULES if _rule(m) is None and m != "digimeter"]
    assert not loose, f"modules outside every package of RULES: {loose}"


@pytest.mark.parametrize("package", [r.package for r in RULES])
def test_imports_follow_the_package_map(package: str) -> None:
    modules = {m: p for m, p in MODULES.items() if _rule(m) == _rule(package)}
    assert modules
    bad = [v for m, p in modules.items() for v in violations(m, p)]
    assert not bad, "\n".join(bad)


def sql_calls(path: Path) -> list[str]:
    """The calls in a module that speak SQL (`.execute(...)`, `sqlite3.connect(...)`, ...)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        called = node.func
        is_connect = called.attr == "connect" and getattr(called.value, "id", "") == "sqlite3"
        if called.attr in SQL_CALLS or is_connect:
            found.append(f"{path.name}:{node.lineno}: .{called.attr}(...)")
    return found


def test_only_the_run_store_speaks_sql() -> None:
    scanned = {**MODULES, **{f"bench.{p.stem}": p for p in (ROOT / "bench").glob("*.py")}}
    bad = [c for m, p in scanned.items() if m not in STORAGE for c in sql_calls(p)]
    assert not bad, "SQL outside RunStore:\n" + "\n".join(bad)
    assert all(sql_calls(MODULES[m]) for m in STORAGE)


def test_the_checks_catch_what_they_forbid(tmp_path: Path) -> None:
    """A stage that imports the roof or Scrapy, and SQL outside the store, are caught."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from digimeter.cli.pipeline import measure\nimport scrapy\n"
        "def f():\n    from digimeter import cli\n"
        "    sqlite3.connect('run.db').execute('SELECT 1')\n",
        encoding="utf-8",
    )
    found = violations("scoring.sample", sample)
    assert len(found) == 3, found
    assert "scoring.sample imports scrapy (never in scoring)" in found[1]
    assert "scoring.sample imports digimeter.cli (scoring may import" in found[2]
    crawler = violations("crawler.sample", sample)
    assert len(crawler) == 2, crawler
    assert crawler[0].endswith("(crawler may import digimeter.core, classifiers)")
    assert [c.split(": ")[1] for c in sql_calls(sample)] == [".execute(...)", ".connect(...)"]
