"""Drift (warning): what moved since the last published warehouse, named."""

from __future__ import annotations

from pathlib import Path

import duckdb
from checks_fixtures import clean_warehouse, copy_warehouse, faulty_warehouse, ids, planted, run
from dbt_fixtures import HA16, HAIAN, LONGYAN, LY21, LY22

from expectations import CheckContext, Tolerance, compare_warehouses
from expectations.drift import FACTS, PER_CITY, PER_INDICATOR, UNMAPPED_SHARE

DRIFT = "fct_indicator_value.drift"


def test_nothing_moves_against_an_identical_warehouse(tmp_path: Path) -> None:
    baseline = copy_warehouse(clean_warehouse(), tmp_path)
    result = run(clean_warehouse().warehouse, DRIFT, CheckContext(baseline=baseline))
    assert result.success, result.message()
    assert not result.blocking
    assert result.rows >= 3 + 3 + 2 + 1  # documents, indicators, cities, the share
    with duckdb.connect(str(clean_warehouse().warehouse), read_only=True) as con:
        report = compare_warehouses(con, baseline)
    assert report.moved.empty and report.notes == []
    assert report.summary() == "nothing moved beyond the tolerance"
    per_doc = report.rows[report.rows["aspect"] == FACTS].set_index("key")
    assert set(per_doc.index) == {LY21, LY22, HA16}
    assert (per_doc["change"] == 0).all() and (per_doc["baseline"] == per_doc["current"]).all()


def test_changed_facts_of_unchanged_documents_are_named() -> None:
    ctx = CheckContext(baseline=clean_warehouse().warehouse)
    result = run(faulty_warehouse().warehouse, DRIFT, ctx)
    assert not result.success
    assert ids(result) == {(FACTS, doc) for doc in planted()["drift_documents"]}
    details = dict(zip(result.failing_rows["key"], result.failing_rows["detail"], strict=True))
    for doc, raw_texts in planted()["changed_facts"].items():
        for raw in raw_texts:
            assert f"({raw})" in details[doc]
    assert details[LY21] == (
        "2 gone: rd_expenditure 2021 actual growth_pct 14.2 (14.2%); "
        "tech_contract_turnover 2021 actual level 81,897,500 (8189.75万元) | "
        "2 new: rd_expenditure 2021 target growth_pct 14.2 (14.2%); "
        "tech_contract_turnover 2009 actual level 81,897,500 (8189.75万元)"
    )
    assert details[LY22] == (
        "1 gone: high_tech_enterprises 2023 target level 400 (400家) | "
        "1 new: high_tech_enterprises 2023 target level 4,000,000,000 (400家)"
    )
    by_key = result.failing_rows.set_index("key")
    assert by_key.loc[LY21, "change"] == 4 and by_key.loc[LY22, "change"] == 2
    assert LY21 in result.message() and "longyan/2021.txt" in result.message()


def _without(built_copy: Path, document_id: str) -> Path:
    con = duckdb.connect(str(built_copy))
    for table in ("dim_document", "fct_indicator_value", "fct_unmapped_quantity"):
        con.execute(f"delete from main.{table} where document_id = ?", [document_id])
    con.close()
    return built_copy


def test_aggregates_that_moved_are_named(tmp_path: Path) -> None:
    baseline = _without(copy_warehouse(clean_warehouse(), tmp_path), LY22)
    tolerance = Tolerance(relative=0.25, absolute=0, unmapped_points=1.0)
    ctx = CheckContext(baseline=baseline, tolerance=tolerance)
    result = run(clean_warehouse().warehouse, DRIFT, ctx)
    assert not result.success
    moved = ids(result)
    assert (PER_CITY, LONGYAN) in moved and (PER_CITY, HAIAN) not in moved
    assert (PER_INDICATOR, "high_tech_enterprises") in moved
    assert (UNMAPPED_SHARE, "all documents") in moved
    # LY22 is new, not changed: its facts are no drift
    assert not any(aspect == FACTS for aspect, _ in moved)
    city = result.failing_rows.set_index("key").loc[LONGYAN]
    assert (city["label"], city["baseline"], city["current"]) == ("龙岩市", 1, 2)
    with duckdb.connect(str(clean_warehouse().warehouse), read_only=True) as con:
        summary = compare_warehouses(con, baseline, tolerance).summary()
    assert "documents per city 龙岩市: 1 -> 2" in summary
    # within a wider tolerance, the same growth is no drift
    wide = Tolerance(relative=1.5, absolute=5, unmapped_points=50.0)
    assert run(
        clean_warehouse().warehouse, DRIFT, CheckContext(baseline=baseline, tolerance=wide)
    ).success


def test_no_baseline_yet_the_same_file_or_an_unreadable_one(tmp_path: Path) -> None:
    current = clean_warehouse().warehouse
    missing = run(current, DRIFT, CheckContext(baseline=tmp_path / "none.duckdb"))
    assert missing.success and missing.rows == 0
    assert missing.notes == [f"no published warehouse at {tmp_path / 'none.duckdb'} yet"]
    same = run(current, DRIFT, CheckContext(baseline=current))
    assert same.success and "itself: nothing to compare" in same.notes[0]
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 100)
    unreadable = run(current, DRIFT, CheckContext(baseline=junk))
    assert unreadable.success and unreadable.notes[0].startswith(f"cannot read {junk}")
