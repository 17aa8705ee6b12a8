"""Scheduled measurements as configuration: `config/schedules.toml`, validated at load.

    [schedules.monthly]
    organisations = "config/organisations.csv"   # the organisation list
    org_types = ["gemeente"]                      # optional filters of that list
    org_codes = []
    products = "all"                              # or a list of product keys
    cron = "0 2 1 * *"                            # minute hour day month weekday
    output = "output/monthly"                     # run folders of this schedule

Every field, its default and what it means: `FIELDS` below (and the README). A bad file
is refused with the file, the schedule's name, the field and what was expected; nothing
of a file with one bad schedule is used. Relative paths are relative to the folder the
command runs in (the scheduler service's working directory).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from digimeter.core.configfiles import (
    CONFIG_DIR,
    DEFAULT_PRODUCTS,
    ConfigError,
    load_organisations,
    load_products,
)
from digimeter.core.model import ORG_TYPES, Organisation, Product

DEFAULT_SCHEDULES = CONFIG_DIR / "schedules.toml"
DEFAULT_TIMEZONE = "Europe/Amsterdam"

#: field -> (expected, default); a field without a default is required.
FIELDS: dict[str, tuple[str, Any]] = {
    "organisations": ("the path of an organisation list (code,name,org_type,website)", None),
    "org_types": (f"a list of organisation types from {', '.join(ORG_TYPES)}", []),
    "org_codes": ("a list of organisation codes of the list", []),
    "products": ('"all" or a list of product keys of the products list', "all"),
    "products_file": ("the path of a products list", str(DEFAULT_PRODUCTS)),
    "cron": ("a cron expression of five fields (minute hour day month weekday)", None),
    "timezone": ("a time zone name such as Europe/Amsterdam", DEFAULT_TIMEZONE),
    "not_found": ('"zero" or "exclude"', "zero"),
    "output": ("the folder for this schedule's run folders", None),
    "compare_previous": ("true or false", True),
    "change_threshold": ("a number of maturity points, 0 or more", 5.0),
    "webhook": ("an http(s) URL that receives a JSON summary after each run", ""),
    "site_retry_delay": ("seconds before an unreachable site's second attempt (0 or more)", 600),
    "retries": ("how often a failed run is started again (0 or more)", 1),
    "retry_delay": ("seconds between a failed run and its retry (0 or more)", 3600),
    "resume_max_age_days": ("the age in days up to which an interrupted run is resumed", 7.0),
    "proxy": ("an http proxy URL such as http://127.0.0.1:8899", ""),
    "polite": ("true or false", True),
    "settings": ("a table of crawler settings, e.g. { DIGIMETER_ORG_PAGE_BUDGET = 300 }", {}),
}


class ScheduleError(ConfigError):
    """A schedules file is unusable; the message names the file, schedule and field."""

    def __init__(self, path: Path | str, message: str, *, schedule: str = "", fld: str = ""):
        where = str(path)
        if schedule:
            where += f", schedule '{schedule}'"
        if fld:
            where += f", field '{fld}'"
        ValueError.__init__(self, f"{where}: {message}")
        self.path, self.line, self.column = str(path), None, fld
        self.schedule = schedule


@dataclass(frozen=True)
class Schedule:
    """One scheduled measurement."""

    name: str
    organisations: Path
    cron: str
    output: Path
    org_types: tuple[str, ...] = ()
    org_codes: tuple[str, ...] = ()
    products: tuple[str, ...] = ()  # empty: all
    products_file: Path = DEFAULT_PRODUCTS
    timezone: str = DEFAULT_TIMEZONE
    not_found: str = "zero"
    compare_previous: bool = True
    change_threshold: float = 5.0
    webhook: str = ""
    site_retry_delay: float = 600
    retries: int = 1
    retry_delay: float = 3600
    resume_max_age_days: float = 7.0
    proxy: str = ""
    polite: bool = True
    settings: dict[str, str] = field(default_factory=dict)

    def trigger(self) -> Any:
        from apscheduler.triggers.cron import CronTrigger

        return CronTrigger.from_crontab(self.cron, timezone=self.timezone)

    def next_start(self, after: datetime) -> datetime | None:
        """The first start strictly after `after` (an aware datetime)."""
        after = after.replace(microsecond=0) + timedelta(seconds=1)  # cron has no seconds
        start: datetime | None = self.trigger().get_next_fire_time(None, after)
        return start

    def select_organisations(self) -> list[Organisation]:
        orgs = load_organisations(self.organisations)
        if self.org_types:
            orgs = [o for o in orgs if o.org_type in self.org_types]
        if self.org_codes:
            orgs = [o for o in orgs if o.code in self.org_codes]
        return orgs

    def select_products(self) -> list[Product]:
        products = load_products(self.products_file)
        if self.products:
            products = [p for p in products if p.key in self.products]
        return products


def load_schedules(path: Path | str = DEFAULT_SCHEDULES) -> list[Schedule]:
    """Load and check every schedule of a schedules file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScheduleError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ScheduleError(path, f"not a valid TOML file ({exc})") from exc
    extra = sorted(set(data) - {"schedules"})
    if extra:
        raise ScheduleError(
            path, f"unknown section(s) {', '.join(extra)}; expected only [schedules.NAME] tables"
        )
    tables = data.get("schedules")
    if not isinstance(tables, dict) or not tables:
        raise ScheduleError(path, "no schedules; expected at least one [schedules.NAME] table")
    return [_schedule(path, name, values) for name, values in tables.items()]


def _schedule(path: Path, name: str, values: Any) -> Schedule:
    if not isinstance(values, dict):
        raise ScheduleError(path, "expected a table of fields", schedule=name)
    check = _Checker(path, name)
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise ScheduleError(
            path,
            f"unknown field; expected one of {', '.join(FIELDS)}",
            schedule=name,
            fld=unknown[0],
        )
    v = {k: values.get(k, default) for k, (_, default) in FIELDS.items()}
    for required in ("organisations", "cron", "output"):
        if v[required] is None:
            raise ScheduleError(
                path, f"missing; expected {FIELDS[required][0]}", schedule=name, fld=required
            )
    org_file = Path(check.text("organisations", v["organisations"]))
    org_types = check.strings("org_types", v["org_types"], allowed=ORG_TYPES)
    org_codes = check.strings("org_codes", v["org_codes"])
    products_file = Path(check.text("products_file", v["products_file"]))
    products = () if v["products"] == "all" else check.strings("products", v["products"])
    schedule = Schedule(
        name=name,
        organisations=org_file,
        cron=check.text("cron", v["cron"]),
        output=Path(check.text("output", v["output"])),
        org_types=org_types,
        org_codes=org_codes,
        products=products,
        products_file=products_file,
        timezone=check.text("timezone", v["timezone"]),
        not_found=check.choice("not_found", v["not_found"], ("zero", "exclude")),
        compare_previous=check.boolean("compare_previous", v["compare_previous"]),
        change_threshold=check.number("change_threshold", v["change_threshold"]),
        webhook=check.url("webhook", v["webhook"]),
        site_retry_delay=check.number("site_retry_delay", v["site_retry_delay"]),
        retries=int(check.number("retries", v["retries"], whole=True)),
        retry_delay=check.number("retry_delay", v["retry_delay"]),
        resume_max_age_days=check.number("resume_max_age_days", v["resume_max_age_days"]),
        proxy=check.url("proxy", v["proxy"]),
        polite=check.boolean("polite", v["polite"]),
        settings=check.settings("settings", v["settings"]),
    )
    check.cron(schedule)
    check.selection(schedule)
    return schedule


@dataclass(frozen=True)
class _Checker:
    path: Path
    name: str

    def fail(self, fld: str, message: str) -> ScheduleError:
        return ScheduleError(
            self.path, f"{message}; expected {FIELDS[fld][0]}", schedule=self.name, fld=fld
        )

    def text(self, fld: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(fld, f"{value!r} is not a non-empty string")
        return value.strip()

    def strings(self, fld: str, value: Any, allowed: tuple[str, ...] = ()) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise self.fail(fld, f"{value!r} is not a list of strings")
        bad = [x for x in value if allowed and x not in allowed]
        if bad:
            raise self.fail(fld, f"unknown value {bad[0]!r}")
        return tuple(value)

    def choice(self, fld: str, value: Any, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise self.fail(fld, f"unknown value {value!r}")
        return str(value)

    def boolean(self, fld: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail(fld, f"{value!r} is not a boolean")
        return value

    def number(self, fld: str, value: Any, *, whole: bool = False) -> float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or value < 0 or (whole and not isinstance(value, int)):
            raise self.fail(
                fld, f"{value!r} is not {'a whole number' if whole else 'a number'} of 0 or more"
            )
        return float(value)

    def url(self, fld: str, value: Any) -> str:
        if value == "":
            return ""
        parts = urlsplit(value) if isinstance(value, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise self.fail(fld, f"{value!r} is not an http(s) URL")
        return str(value)

    def settings(self, fld: str, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.fail(fld, f"{value!r} is not a table")
        from crawler.settings import project_defaults

        known = {k for k in project_defaults() if k.startswith("DIGIMETER_")}
        for key, setting in value.items():
            if not isinstance(setting, str | int | float | bool):
                raise self.fail(fld, f"{key} = {setting!r} is not a string, number or boolean")
            if key.startswith("DIGIMETER_") and key not in known:
                raise self.fail(fld, f"unknown crawler setting {key}")
        return {k: str(s) for k, s in value.items()}

    def cron(self, schedule: Schedule) -> None:
        try:
            schedule.trigger()
        except KeyError as exc:  # zoneinfo's ZoneInfoNotFoundError
            raise self.fail("timezone", f"{schedule.timezone!r} is unknown ({exc})") from None
        except ValueError as exc:
            raise self.fail("cron", f"{schedule.cron!r} is unusable ({exc})") from None

    def selection(self, schedule: Schedule) -> None:
        """The organisation list and the products exist, and the filters keep something."""
        try:
            orgs = load_organisations(schedule.organisations)
            keys = {p.key for p in load_products(schedule.products_file)}
        except ConfigError as exc:
            fld = "organisations" if exc.path == str(schedule.organisations) else "products_file"
            raise ScheduleError(self.path, str(exc), schedule=self.name, fld=fld) from None
        codes = {o.code for o in orgs}
        missing = [c for c in schedule.org_codes if c not in codes]
        if missing:
            raise self.fail("org_codes", f"{missing[0]!r} is not in {schedule.organisations}")
        if not schedule.select_organisations():
            raise self.fail("org_types", "the filters leave no organisation of the list")
        unknown = [k for k in schedule.products if k not in keys]
        if unknown:
            raise self.fail("products", f"unknown product {unknown[0]!r}")


def find_schedule(schedules: list[Schedule], name: str, path: Path | str) -> Schedule:
    for schedule in schedules:
        if schedule.name == name:
            return schedule
    names = ", ".join(s.name for s in schedules)
    raise ScheduleError(path, f"no schedule named {name!r}; the schedules are {names}")
