"""The views in main read tables that every build computes (dbt_project/models/intermediate/
answers), so that a query on a view is a scan, not the view's query over every fact again; an
incremental run (the `changed_documents` selector) refreshes those tables."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dbt_fixtures import LONGYAN, LY21, LY22, BuiltWarehouse, build_warehouse, copy_project, run_dbt

VIEWS = ("indicator_coverage", "latest_indicator_value", "target_vs_actual")


@pytest.fixture(scope="module")
def built() -> BuiltWarehouse:
    result = build_warehouse()
    if result.build.returncode != 0:
        pytest.fail("dbt build failed:\n" + result.build.stdout[-8000:])
    return result


def _plan(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[set[str], set[str]]:
    """The operators and the tables of DuckDB's physical plan for `sql`."""
    text = con.execute(f"EXPLAIN {sql}").fetchall()[0][1]
    operators = set(re.findall(r"╭─ ([A-Za-z_ ]+?) ─", text))
    tables = set(re.findall(r"Table: (\S+)", text))
    return operators, tables


def test_each_view_is_a_scan_of_its_table(built: BuiltWarehouse) -> None:
    con = built.connect()
    try:
        views = {
            r[0]
            for r in con.execute(
                "select view_name from duckdb_views() where schema_name = 'main' and not internal"
            ).fetchall()
        }
        assert views == set(VIEWS)
        for view in VIEWS:
            operators, tables = _plan(con, f"select * from main.{view}")
            # no join, window or aggregate left to compute when the view is read
            assert operators <= {"Seq Scan", "Projection"}, (view, operators)
            assert tables == {f"zhibiao.intermediate.int_{view}"}, (view, tables)
            (kind,) = con.execute(
                "select table_type from information_schema.tables "
                f"where table_schema = 'intermediate' and table_name = 'int_{view}'"
            ).fetchall()[0]
            assert kind == "BASE TABLE"
            # the table holds exactly the rows the view returns (and there are some)
            columns = con.execute(f"describe main.{view}").fetchall()
            assert columns == con.execute(f"describe intermediate.int_{view}").fetchall()
            n = con.execute(f"select count(*) from main.{view}").fetchall()[0][0]
            assert n > 0
    finally:
        con.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_an_incremental_run_refreshes_the_tables_the_views_read(
    built: BuiltWarehouse, tmp_path: Path
) -> None:
    # the 2022 report's facts are gone (as if its text no longer stated them), and it is listed
    # as changed: what orchestration.dbt_assets does before `dbt build --selector ...`
    project = copy_project(tmp_path)
    warehouse = tmp_path / "zhibiao.duckdb"
    shutil.copyfile(built.warehouse, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create schema meta")
        con.execute(f"create table meta.changed_documents as select '{LY22}' as document_id")
        con.execute(f"delete from raw.facts where document_id = '{LY22}'")
    run = run_dbt(["run", "--selector", "changed_documents"], project, warehouse, tmp_path)
    assert run.returncode == 0, run.stdout[-4000:]
    ran = {uid.split(".")[-1] for uid in run.statuses()}
    assert {f"int_{view}" for view in VIEWS} <= ran
    assert "fct_indicator_value" in ran and "stg_raw__facts" not in ran

    hte_2021 = (
        "where city_id = '" + LONGYAN + "' and indicator_code = 'high_tech_enterprises' "
        "and kind = 'actual' and measure = 'level' and qualifier is null and year = 2021"
    )
    hte_2022 = (
        "where city_id = '" + LONGYAN + "' and indicator_code = 'high_tech_enterprises' "
        "and measure = 'level' and qualifier is null and year = 2022"
    )
    with duckdb.connect(str(warehouse), read_only=True) as con:
        # 2021's high-tech enterprises: the 2022 report's 268 is gone, the 2021 report's 269 is
        # the latest (and only) statement, in the view and in its table
        for relation in ("main.latest_indicator_value", "intermediate.int_latest_indicator_value"):
            (row,) = _rows(con, f"select * from {relation} {hte_2021}")
            assert (row["value"], row["document_id"], row["statements"]) == (269, LY21, 1)
            assert row["other_statements"] == []
        # the 2022 target lost its actual; the 2022 report still covers the year
        for relation in ("main.target_vs_actual", "intermediate.int_target_vs_actual"):
            (row,) = _rows(con, f"select * from {relation} {hte_2022}")
            assert (row["target_value"], row["actual_value"], row["status"]) == (
                300,
                None,
                "not_reported",
            )
            assert row["baseline_value"] == 269
        for relation in ("main.indicator_coverage", "intermediate.int_indicator_coverage"):
            (row,) = _rows(
                con,
                f"select * from {relation} where city_id = '{LONGYAN}' and year = 2022 "
                "and indicator_code = 'high_tech_enterprises'",
            )
            assert (row["actual_facts"], row["has_actual"], row["has_target"]) == (0, False, True)
