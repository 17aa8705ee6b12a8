"""Bad input gets a clear error naming the file, the line, the field and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_fixtures import VERDICTS, csv_run, store_run, verdict_rows, write_verdicts_csv

from scoring.geomap import load_areas
from scoring.inputs import ScoringInputError, load_run
from scoring.run import resolve_run, score_run


def broken(tmp_path: Path, line_no: int, **changes: str) -> Path:
    """The fixture verdicts with data line `line_no` (2 = first data line) changed."""
    rows = verdict_rows(VERDICTS)
    rows[line_no - 2].update(changes)
    folder = csv_run(tmp_path / "run")
    write_verdicts_csv(folder / "verdicts.csv", rows)
    return folder


@pytest.mark.parametrize(
    ("line_no", "changes", "field", "expected"),
    [
        (3, {"status": "maybe"}, "status", "unknown status 'maybe'; expected one of ok, "),
        (4, {"status": "ok", "level": "50"}, "level", "'50' is not a level; expected one of 0,"),
        (2, {"level": ""}, "level", "status ok needs a level"),
        (5, {"level": "0"}, "level", "only status ok has a level"),
        (2, {"level_strict": ""}, "level_strict", "status ok needs a level_strict"),
        (3, {"level_strict": "0"}, "level_strict", "level_strict must equal level, or be 67"),
        (6, {"org_type": "county"}, "org_type", "unknown org_type 'county'"),
        (6, {"audience": "iedereen"}, "audience", "unknown audience 'iedereen'"),
        (7, {"org_code": ""}, "org_code", "empty value; expected an organisation code"),
        (8, {"product_key": "p_b1"}, "product_key", "second verdict for GM0034 x p_b1 (first"),
    ],
)
def test_bad_verdict_rows(
    tmp_path: Path, line_no: int, changes: dict[str, str], field: str, expected: str
) -> None:
    folder = broken(tmp_path, line_no, **changes)
    with pytest.raises(ScoringInputError) as info:
        load_run(folder)
    message = str(info.value)
    assert message.startswith(str(folder / "verdicts.csv"))
    assert f"line {line_no}" in message
    assert f"field '{field}'" in message
    assert expected in message


def test_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.csv"
    path.write_text("org_code,product_key,status\nGM0014,p_b1,ok\n", encoding="utf-8")
    with pytest.raises(ScoringInputError, match=r"header: missing column\(s\) org_type, audience"):
        load_run(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.csv"
    path.write_bytes("org_code,org_name\nGM0014,Súdwest\n".encode("cp1252"))
    with pytest.raises(ScoringInputError, match=r"not UTF-8 text .* expected a UTF-8 CSV"):
        load_run(path)


def test_bad_inhabitants(tmp_path: Path) -> None:
    folder = csv_run(tmp_path / "run")
    text = (folder / "organisations.csv").read_text(encoding="utf-8")
    (folder / "organisations.csv").write_text(text.replace("60000", "zestig"), encoding="utf-8")
    with pytest.raises(ScoringInputError) as info:
        load_run(folder)
    assert "organisations.csv, line 3, field 'inhabitants'" in str(info.value)
    assert "'zestig' is not a number of inhabitants" in str(info.value)


def test_inhabitants_with_spaces_are_read(tmp_path: Path) -> None:
    folder = csv_run(tmp_path / "run")
    text = (folder / "organisations.csv").read_text(encoding="utf-8")
    (folder / "organisations.csv").write_text(text.replace("60000", '"60 000"'), "utf-8")
    orgs = load_run(folder).organisations.set_index("org_code")
    assert orgs.loc["GM0034", "inhabitants"] == 60000


def test_not_a_run(tmp_path: Path) -> None:
    with pytest.raises(ScoringInputError, match=r"not a run folder .* and no verdicts\.csv"):
        load_run(tmp_path)
    with pytest.raises(ScoringInputError, match="no such run folder"):
        resolve_run("20990101T000000", tmp_path)


def test_a_run_without_verdicts(tmp_path: Path) -> None:
    from digimeter.core.runstore import RunStore

    RunStore(tmp_path / "run", create=True).close()
    with pytest.raises(ScoringInputError, match="run `digimeter classify RUN` first"):
        score_run(tmp_path / "run")


def test_bad_not_found_option(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not_found='never'; expected one of zero, exclude"):
        score_run(store_run(tmp_path / "run"), not_found="never")


def test_bad_geojson(tmp_path: Path) -> None:
    with pytest.raises(ScoringInputError, match="cannot read the GeoJSON file"):
        load_areas(tmp_path / "missing.geojson")
    path = tmp_path / "bad.geojson"
    path.write_text('{"type": "FeatureCollection", "features": [\n{"type": ', "utf-8")
    with pytest.raises(ScoringInputError, match=r"bad.geojson, line 2: not valid JSON"):
        load_areas(path)
    path.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"statcode": "GM0001"}, "geometry": {"type": "Point", "coordinates": [5, 52]}}]}',
        "utf-8",
    )
    with pytest.raises(ScoringInputError, match=r"feature 1 \(GM0001\): geometry type 'Point'"):
        load_areas(path)
    path.write_text('{"type": "Feature"}', "utf-8")
    with pytest.raises(ScoringInputError, match="expected a GeoJSON FeatureCollection"):
        load_areas(path)
