"""The checks hand Great Expectations only the rows that may fail.

A frame builder proves in SQL (or numpy) that most rows pass every expectation of its check,
counts them and leaves them out; GE validates the rest. ``CheckContext(all_rows=True)`` hands
GE every row instead. On a warehouse where every check fails, both routes must give the same
verdict, counts, failing rows and message: a clearance condition that cleared a failing row
(or a row count that left rows out) would show here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from checks_fixtures import (
    clean_warehouse,
    copy_warehouse,
    docs_folder,
    faulty_warehouse,
    ids,
    planted,
    run,
)

from expectations import CHECKS, CheckContext

# every check of the registry, and the ids its failing rows must have on the faulty warehouse
LOST_FILE = "longyan/2023.txt"
REPEATED_FILE = "longyan/2021.txt"


def _expected_failing() -> dict[str, set[Any]]:
    p = planted()
    return {
        "fct_indicator_value.provenance": p["provenance_facts"],
        "fct_unmapped_quantity.provenance": p["provenance_unmapped"],
        "fct_indicator_value.consistency": p["years"] | p["targets"],
        "fct_indicator_value.target_dating": p["target_dating"],
        "dim_document.consistency": p["sentences"],
        "source_files.consistency": {LOST_FILE, REPEATED_FILE},
        "fct_target_attainment.consistency": p["pairs"],
        "fct_indicator_value.distribution": p["distribution"],
    }


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The faulty warehouse with a file listed twice, and a folder holding a file it lost."""
    tmp = tmp_path_factory.mktemp("prefilter")
    database = copy_warehouse(faulty_warehouse(), tmp)
    con = duckdb.connect(str(database))
    try:
        con.execute(
            "insert into main.source_files select * from main.source_files "
            f"where source_file = '{REPEATED_FILE}'"
        )
    finally:
        con.close()
    docs = docs_folder(tmp / "docs", {LOST_FILE: "龙岩市2023年工作总结"})
    return database, docs


def _ctx(docs: Path, all_rows: bool) -> CheckContext:
    return CheckContext(docs_dir=docs, baseline=clean_warehouse().warehouse, all_rows=all_rows)


def _verdict(result: Any) -> dict[str, Any]:
    summary = result.summary()
    summary.pop("data_docs_index")
    return {**summary, "message": result.message(), "markdown": result.markdown(limit=100)}


@pytest.mark.parametrize("key", list(CHECKS))
def test_rows_left_out_change_no_verdict(key: str, faulty: tuple[Path, Path]) -> None:
    database, docs = faulty
    fast = run(database, key, _ctx(docs, all_rows=False))
    full = run(database, key, _ctx(docs, all_rows=True))
    assert not fast.success, fast.message()
    assert _verdict(fast) == _verdict(full)
    # the same values; an integer column may come as int32 from the rows left, Int32 (nullable)
    # from every row when some row elsewhere has it NULL: DuckDB's frames are typed by content
    pd.testing.assert_frame_equal(fast.failing_rows, full.failing_rows, check_dtype=False)
    expected = _expected_failing().get(key)
    if expected is not None:
        assert ids(fast) == expected
    else:  # drift: the documents whose facts changed
        assert {k for _, k in ids(fast)} == planted()["drift_documents"]


@pytest.mark.parametrize("key", list(CHECKS))
def test_only_rows_that_may_fail_reach_great_expectations(
    key: str, faulty: tuple[Path, Path]
) -> None:
    database, docs = faulty
    spec = CHECKS[key]
    con = duckdb.connect(str(database), read_only=True)
    try:
        fast = spec.frame(con, _ctx(docs, all_rows=False))
        full = spec.frame(con, _ctx(docs, all_rows=True))
    finally:
        con.close()
    assert full.rows is None  # the frame is every row
    assert fast.rows == len(full.frame)
    assert len(fast.frame) < len(full.frame)
    assert list(fast.frame.columns) == list(full.frame.columns)
    # what is left out is what passes: the failing rows are all kept
    id_columns = list(spec.id_columns)
    kept = set(fast.frame[id_columns].itertuples(index=False, name=None))
    failing = set(run(database, key, _ctx(docs, all_rows=True)).failing_ids)
    assert failing and failing <= kept
