"""Accuracy of verdicts against ground-truth labels (`digimeter evaluate`).

`evaluate(labels_path, verdicts_path) -> Evaluation` compares a `verdicts.csv` with a
`labels.csv` (model.LABEL_FIELDS, optional `level_strict`, `signals`, `via`, `notes`):

* exact-level accuracy over the labelled rows: a row is right when the status matches and,
  for ok rows, the level matches; a label without a verdict row counts as wrong;
* a confusion matrix (rows truth, columns verdict; classes 0/33/67/100/not_offered/
  not_found/unreachable, plus `missing` for labels without a verdict);
* level_strict accuracy over ok rows whose label has `level_strict`;
* precision and recall per signal: from the labels' `signals` column, or, when there is
  none, for what the labels still say: `via_delegation` (a `via` column or `via=` in the
  notes) and `not_offered_text` (status not_offered); a signal of the verdicts that no label
  uses is not scored but listed with its count (the labels cannot say it is wrong);
* traps: labelled rows with a trap (a `trap_*` signal, or 'trap' in the notes) whose verdict
  level is above the label's level;
* product-URL recall: over labelled ok and not_offered rows with a `product_url`, the share
  whose verdict names the same page (`configfiles.page_key`: scheme, `www.`, a trailing
  slash and case left out);
* the maturity error per organisation in percentage points (maturity = mean level over the
  counted products; not_found counts as 0; not_offered and unreachable are left out).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from digimeter.core.configfiles import ConfigError, page_key, read_rows
from digimeter.core.model import LABEL_FIELDS, LEVELS, STATUSES

CLASSES: tuple[str, ...] = (*(str(level) for level in LEVELS), *STATUSES[1:])
VERDICT_COLUMNS = ("org_code", "product_key", "status", "level")
DERIVED_SIGNALS = ("via_delegation", "not_offered_text")
MATURITY_TOLERANCE = 2.0


@dataclass
class SignalScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Evaluation:
    """The figures of one comparison (see the module docstring)."""

    labels: int = 0
    right: int = 0
    missing: int = 0
    wrong: list[dict[str, str]] = field(default_factory=list)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    strict_rows: int = 0
    strict_right: int = 0
    signals: dict[str, SignalScore] = field(default_factory=dict)
    signals_source: str = ""
    unlabelled_signals: dict[str, int] = field(default_factory=dict)
    trap_rows: int = 0
    traps_raised: list[dict[str, str]] = field(default_factory=list)
    maturity: dict[str, tuple[float, float]] = field(default_factory=dict)
    url_rows: int = 0
    url_right: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.labels if self.labels else 0.0

    @property
    def strict_accuracy(self) -> float | None:
        return self.strict_right / self.strict_rows if self.strict_rows else None

    @property
    def url_recall(self) -> float | None:
        return self.url_right / self.url_rows if self.url_rows else None

    @property
    def maturity_errors(self) -> list[float]:
        return [abs(v - t) for t, v in self.maturity.values()]

    @property
    def maturity_mae(self) -> float | None:
        errors = self.maturity_errors
        return sum(errors) / len(errors) if errors else None

    @property
    def maturity_within(self) -> float | None:
        errors = self.maturity_errors
        ok = sum(e <= MATURITY_TOLERANCE + 1e-9 for e in errors)
        return ok / len(errors) if errors else None

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["signals"] = {
            name: {**asdict(s), "precision": s.precision, "recall": s.recall}
            for name, s in self.signals.items()
        }
        data["maturity"] = {k: {"truth": t, "verdicts": v} for k, (t, v) in self.maturity.items()}
        derived = ("accuracy", "strict_accuracy", "url_recall", "maturity_mae", "maturity_within")
        for name in derived:
            data[name] = getattr(self, name)
        return data


def cell(status: str, level: str) -> str:
    """The confusion-matrix class of a row: its level for ok rows, else its status."""
    return level if status == "ok" else status


def _signals(text: str) -> set[str]:
    return {s.strip() for s in text.split(";") if s.strip()}


def _truth_signals(row: dict[str, str], header: list[str]) -> set[str]:
    if "signals" in header:
        return _signals(row.get("signals", ""))
    derived = set()
    notes = row.get("notes", "")
    if row.get("via", "") or re.search(r"\bvia=", notes):
        derived.add("via_delegation")
    if row["status"] == "not_offered":
        derived.add("not_offered_text")
    return derived


def _maturity(rows: list[tuple[str, str]]) -> float | None:
    counted = [int(level) if status == "ok" and level else 0
               for status, level in rows if status in ("ok", "not_found")]  # fmt: skip
    return sum(counted) / len(counted) if counted else None


def evaluate(labels_path: Path | str, verdicts_path: Path | str) -> Evaluation:
    """Compare a verdicts.csv with a labels.csv (see the module docstring)."""
    header, label_rows = read_rows(labels_path, LABEL_FIELDS)
    _, verdict_rows = read_rows(verdicts_path, VERDICT_COLUMNS)
    verdicts: dict[tuple[str, str], dict[str, str]] = {}
    for row in verdict_rows:
        key = (row.values["org_code"], row.values["product_key"])
        if key in verdicts:
            raise ConfigError(verdicts_path, f"duplicate verdict for {key[0]} x {key[1]}",
                              line=row.line, column="product_key")  # fmt: skip
        verdicts[key] = row.values
    ev = Evaluation(labels=len(label_rows))
    ev.signals_source = "labels column 'signals'" if "signals" in header else (
        "derived: via_delegation from 'via'/'via=' in notes, not_offered_text from status"
    )  # fmt: skip
    ev.confusion = {c: dict.fromkeys([*CLASSES, "missing"], 0) for c in CLASSES}
    per_org: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}
    vocabulary: set[str] = set()  # every signal some label uses
    for row in label_rows:
        truth = row.values
        if truth["status"] not in STATUSES:
            expected = ", ".join(STATUSES)
            raise ConfigError(
                labels_path,
                f"unknown status {truth['status']!r}; expected one of {expected}",
                line=row.line,
                column="status",
            )
        key = (truth["org_code"], truth["product_key"])
        got = verdicts.get(key)
        t_cell = cell(truth["status"], truth["level"])
        v_cell = cell(got["status"], got["level"]) if got else "missing"
        ev.confusion.setdefault(t_cell, dict.fromkeys([*CLASSES, "missing"], 0))
        ev.confusion[t_cell][v_cell] = ev.confusion[t_cell].get(v_cell, 0) + 1
        right = got is not None and t_cell == v_cell
        ev.right += right
        ev.missing += got is None
        if not right:
            ev.wrong.append({"org_code": key[0], "product_key": key[1], "truth": t_cell,
                             "verdict": v_cell})  # fmt: skip
        if truth["status"] in ("ok", "not_offered") and truth.get("product_url", ""):
            ev.url_rows += 1
            ev.url_right += got is not None and page_key(got.get("product_url", "")) == page_key(
                truth["product_url"]
            )
        truth_sig = _truth_signals(truth, header)
        vocabulary |= truth_sig
        got_sig = _signals(got.get("signals", "")) if got else set()
        if truth["status"] == "ok" and truth.get("level_strict", "") and got is not None:
            ev.strict_rows += 1
            ev.strict_right += (
                got["status"] == "ok" and got.get("level_strict") == truth["level_strict"]
            )
        names = truth_sig | got_sig if "signals" in header else set(DERIVED_SIGNALS)
        for name in names:
            score = ev.signals.setdefault(name, SignalScore())
            if name in truth_sig and name in got_sig:
                score.tp += 1
            elif name in got_sig:
                score.fp += 1
            elif name in truth_sig:
                score.fn += 1
        has_trap = any(s.startswith("trap_") for s in truth_sig) or (
            "signals" not in header and "trap" in truth.get("notes", "").lower()
        )
        if has_trap:
            ev.trap_rows += 1
            if got and got["status"] == "ok" and truth["status"] == "ok" and got["level"] and \
                    int(got["level"]) > int(truth["level"] or 0):  # fmt: skip
                ev.traps_raised.append({"org_code": key[0], "product_key": key[1],
                                        "truth": t_cell, "verdict": v_cell})  # fmt: skip
        lists = per_org.setdefault(key[0], ([], []))
        lists[0].append((truth["status"], truth["level"]))
        lists[1].append((got["status"], got["level"]) if got else ("not_found", ""))
    if "signals" in header:
        for name in set(ev.signals) - vocabulary:
            ev.unlabelled_signals[name] = ev.signals.pop(name).fp
    for org, (truth_rows, got_rows) in per_org.items():
        t = _maturity(truth_rows)
        if t is not None:
            ev.maturity[org] = (t, _maturity(got_rows) or 0.0)
    return ev


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def format_evaluation(ev: Evaluation) -> str:
    """The human-readable report printed by `digimeter evaluate`."""
    lines = [
        f"exact-level accuracy: {ev.right}/{ev.labels} = {_pct(ev.accuracy)} "
        f"(a row is right when the status matches and, for ok rows, the level; "
        f"{ev.missing} label(s) without a verdict row, counted as wrong)",
    ]
    if ev.strict_accuracy is not None:
        lines.append(f"level_strict accuracy: {ev.strict_right}/{ev.strict_rows} = "
                     f"{_pct(ev.strict_accuracy)} (ok rows with a level_strict label)")  # fmt: skip
    if ev.url_recall is not None:
        lines.append(f"product-URL recall: {ev.url_right}/{ev.url_rows} = {_pct(ev.url_recall)} "
                     "(labelled ok and not_offered rows with a product_url; scheme, www., a "
                     "trailing slash and case left out)")  # fmt: skip
    lines += ["", "confusion matrix (rows: truth, columns: verdict)"]
    columns = [*CLASSES, "missing"]
    lines.append(f"{'':>12}" + "".join(f"{c:>12}" for c in columns))
    for truth, row in ev.confusion.items():
        if any(row.values()):
            lines.append(f"{truth:>12}" + "".join(f"{row.get(c, 0):>12}" for c in columns))
    lines += ["", f"signals ({ev.signals_source})", f"{'signal':<24}{'precision':>10}"
              f"{'recall':>10}{'tp':>6}{'fp':>6}{'fn':>6}"]  # fmt: skip
    for name, s in sorted(ev.signals.items()):
        lines.append(f"{name:<24}{_pct(s.precision):>10}{_pct(s.recall):>10}"
                     f"{s.tp:>6}{s.fp:>6}{s.fn:>6}")  # fmt: skip
    unlabelled = [f"{name} ({n} verdicts)" for name, n in sorted(ev.unlabelled_signals.items())]
    if unlabelled:
        lines.append("not scored, no label uses them: " + ", ".join(unlabelled))
    lines += ["", f"traps: {ev.trap_rows} labelled row(s) with a trap, "
              f"{len(ev.traps_raised)} raised above the label's level"]  # fmt: skip
    lines += [f"  raised: {r['org_code']} x {r['product_key']}: {r['truth']} -> {r['verdict']}"
              for r in ev.traps_raised]  # fmt: skip
    errors = ev.maturity_errors
    lines += ["", f"maturity per organisation: {len(errors)} organisation(s), mean absolute "
              f"error {ev.maturity_mae or 0:.2f} points, {_pct(ev.maturity_within)} within "
              f"{MATURITY_TOLERANCE:g} points"]  # fmt: skip
    if ev.wrong:
        lines += ["", f"wrong rows ({len(ev.wrong)}):"]
        lines += [f"  {w['org_code']} x {w['product_key']}: truth {w['truth']}, "
                  f"verdict {w['verdict']}" for w in ev.wrong[:50]]  # fmt: skip
    return "\n".join(lines)


def evaluation_json(ev: Evaluation) -> str:
    """The evaluation as JSON (`digimeter evaluate --json`)."""
    return json.dumps(ev.as_dict(), indent=2, ensure_ascii=False)
