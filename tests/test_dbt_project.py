"""A real `dbt build` of dbt_project/ over a small raw fixture (see dbt_fixtures.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dbt_fixtures import (
    HA16,
    HAIAN,
    LONGYAN,
    LY21,
    LY22,
    QUARANTINED,
    BuiltWarehouse,
    build_warehouse,
    expected_fact_id,
)

CONTRACT_COLUMNS = {
    "dim_city": ["city_id", "city_zh", "province_zh", "admin_level", "parent_city_zh"],
    "dim_indicator": ["indicator_code", "name_zh", "name_en", "category", "unit"],
    "dim_document": [
        "document_id",
        "source_file",
        "title",
        "city_id",
        "report_year",
        "plan_year",
        "issuer",
        "doc_number",
        "published_on",
        "status",
        "quarantine_reason",
    ],
    "source_files": [
        "source_file",
        "size_bytes",
        "sha256",
        "encoding",
        "document_id",
        "status",
        "reason",
    ],
    "fct_indicator_value": [
        "fact_id",
        "document_id",
        "city_id",
        "year",
        "indicator_code",
        "kind",
        "measure",
        "comparator",
        "value",
        "unit",
        "qualifier",
        "raw_text",
        "sentence",
        "char_start",
        "char_end",
    ],
    "fct_target_attainment": [
        "city_id",
        "indicator_code",
        "measure",
        "qualifier",
        "year",
        "comparator",
        "target_value",
        "actual_value",
        "attained",
        "target_document_id",
        "actual_document_id",
    ],
}


@pytest.fixture(scope="module")
def built() -> BuiltWarehouse:
    result = build_warehouse()
    if result.build.returncode != 0:
        pytest.fail(
            "dbt build failed:\n" + result.build.stdout[-8000:] + result.build.stderr[-2000:]
        )
    return result


def rows(built: BuiltWarehouse, sql: str) -> list[dict[str, Any]]:
    con = built.connect()
    try:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def test_build_runs_every_node_and_all_pass(built: BuiltWarehouse) -> None:
    assert built.build.not_passing() == {}
    kinds = {uid.split(".")[0] for uid in built.build.statuses()}
    assert {"model", "seed", "test", "unit_test"} <= kinds
    unit_tests = {uid.rsplit(".", 1)[1] for uid in built.build.statuses()
                  if uid.startswith("unit_test.")}  # fmt: skip
    assert {
        "fct_target_attainment_pairs_targets_with_actuals",
        "latest_indicator_value_keeps_the_latest_statement_and_lists_the_others",
        "target_vs_actual_status_baseline_and_unit",
        "indicator_coverage_makes_gaps_rows",
        "int_fact_corrections_resolved_applies_what_still_fits",
        "dim_city_names_a_city_as_its_latest_document_does",
    } <= unit_tests
    assert "Completed successfully" in built.build.stdout
    assert "Deprecat" not in built.build.stdout


# A data test on an intermediate view recomputes the view's whole chain from the raw tables:
# one test per view (unique_and_not_null, tests/generic), and what a table holding every row
# of a view can test is tested there.
INTERMEDIATE_DATA_TESTS = {
    "unique_and_not_null_int_gazetteer_current_names_city_id",
    "unique_and_not_null_int_facts_deduplicated_fact_id",
    "unique_and_not_null_int_facts_corrected_fact_id",
    "int_facts_enriched_fact_id_unique_and_not_null_inconsistency_accepted",
}
# view -> (the table holding every row of it, its key columns tested unique there)
TESTED_ON_TABLES = {
    "int_documents_with_city": ("dim_document", ["document_id"]),
    "int_unmapped_quantities_unioned": ("fct_unmapped_quantity", ["unmapped_id"]),
    "int_fact_corrections_resolved": ("fct_fact_correction", ["correction_id", "fact_id"]),
}


def test_intermediate_views_are_scanned_by_one_data_test_each(built: BuiltWarehouse) -> None:
    manifest = json.loads((built.work_dir / "target" / "manifest.json").read_text())
    nodes = manifest["nodes"]
    tested: dict[str, set[str]] = {}
    for node in nodes.values():
        if node["resource_type"] != "test":
            continue
        for dep in node["depends_on"]["nodes"]:
            tested.setdefault(nodes[dep]["name"] if dep in nodes else dep, set()).add(node["name"])
    views = _models_in(built, "intermediate") - {
        n["name"] for n in nodes.values() if n["resource_type"] == "model"
        and n["config"]["materialized"] != "view"
    }  # fmt: skip
    on_views = set().union(*(tested.get(v, set()) for v in views))
    assert on_views == INTERMEDIATE_DATA_TESTS
    statuses = {uid.split(".")[2]: s for uid, s in built.build.statuses().items()}
    assert {statuses[name] for name in INTERMEDIATE_DATA_TESTS} == {"pass"}
    for view, (table, key) in TESTED_ON_TABLES.items():
        # the table holds every row of the view ...
        counts = built.query(
            f"select (select count(*) from intermediate.{view}), (select count(*) from {table})"
        )
        assert counts[0][0] == counts[0][1], view
        assert counts[0][1] > 0 or table == "fct_fact_correction"  # the fixture corrects none
        # ... its key is not null (contract constraint) and unique (a data test that passed)
        columns = nodes[f"model.zhibiao.{table}"]["columns"]
        constraints = [c["type"] for c in columns[key[0]]["constraints"]]
        assert "not_null" in constraints, (table, key[0])
        unique = [name for name in tested[table] if name.startswith(
            f"unique_{table}_{key[0]}" if len(key) == 1
            else f"unique_combination_of_columns_{table}_{'__'.join(key)}"
        )]  # fmt: skip
        assert [statuses[name] for name in unique] == ["pass"], (table, unique)


def test_unique_and_not_null_names_the_failing_column(
    built: BuiltWarehouse, tmp_path: Path
) -> None:
    name = "int_facts_enriched_fact_id_unique_and_not_null_inconsistency_accepted"
    compiled = next((built.work_dir / "target" / "compiled").rglob(f"{name}.sql")).read_text()
    copy = tmp_path / built.warehouse.name  # the same file name: the same catalog name
    shutil.copy(built.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        assert con.execute(compiled).fetchall() == []
        con.execute(
            "create or replace view intermediate.int_facts_enriched as "
            "select * from (values ('f1', null), ('f1', 'year_after_document'), (null, null), "
            "('f2', 'year_in_future'), ('f3', 'year_in_future'), ('f4', 'year_before_document'))"
            " t(fact_id, inconsistency)"
        )
        got = sorted(con.execute(compiled).fetchall(), key=str)
    finally:
        con.close()
    assert got == [
        ("fact_id", "duplicate", "f1", 2),
        ("fact_id", "null", None, 1),
        ("inconsistency", "not accepted", "year_in_future", None),
    ]


def _models_in(built: BuiltWarehouse, *folders: str) -> set[str]:
    manifest = json.loads((built.work_dir / "target" / "manifest.json").read_text())
    return {
        n["name"]
        for n in manifest["nodes"].values()
        if n["resource_type"] == "model" and n["fqn"][1] in folders
    }


def test_main_holds_the_marts_and_the_views(built: BuiltWarehouse) -> None:
    relations = dict(
        built.query(
            "select table_name, table_type from information_schema.tables "
            "where table_schema = 'main'"
        )
    )
    marts, views = _models_in(built, "marts"), _models_in(built, "views")
    assert set(CONTRACT_COLUMNS) | {"fct_unmapped_quantity", "fct_fact_correction"} <= marts
    assert views == {"latest_indicator_value", "target_vs_actual", "indicator_coverage"}
    assert relations == {**dict.fromkeys(marts, "BASE TABLE"), **dict.fromkeys(views, "VIEW")}
    schemas = {
        r[0] for r in built.query("select distinct table_schema from information_schema.tables")
    }
    assert schemas == {"main", "raw", "staging", "intermediate", "lexicon", "corrections"}


@pytest.mark.parametrize("table", sorted(CONTRACT_COLUMNS))
def test_contract_columns_come_first_in_order(built: BuiltWarehouse, table: str) -> None:
    cols = [
        r[0]
        for r in built.query(
            "select column_name from information_schema.columns where table_schema = 'main' "
            f"and table_name = '{table}' order by ordinal_position"
        )
    ]
    assert cols[: len(CONTRACT_COLUMNS[table])] == CONTRACT_COLUMNS[table]


def test_column_types(built: BuiltWarehouse) -> None:
    types = dict(
        built.query(
            "select table_name || '.' || column_name, data_type from information_schema.columns "
            "where table_schema = 'main'"
        )
    )
    assert types["fct_indicator_value.value"] == "DOUBLE"
    assert types["fct_indicator_value.year"] == "INTEGER"
    assert types["fct_indicator_value.char_start"] == "INTEGER"
    assert types["dim_document.published_on"] == "DATE"
    assert types["source_files.size_bytes"] == "BIGINT"
    assert types["fct_target_attainment.attained"] == "BOOLEAN"


def test_docs_are_persisted_as_comments(built: BuiltWarehouse) -> None:
    """A SQL client or BI tool reads the YAML descriptions from DuckDB's catalog."""
    (comment,) = built.query("select comment from duckdb_tables() where table_name = 'dim_city'")[0]
    assert comment and "city" in comment
    col = built.query(
        "select comment from duckdb_columns() where table_name = 'fct_indicator_value' "
        "and column_name = 'raw_text'"
    )[0][0]
    assert "257.4亿元" in col
    views = dict(built.query("select view_name, comment from duckdb_views() where not internal"))
    assert views["latest_indicator_value"].startswith("The latest value per city, indicator")
    assert "awaiting_report" in views["target_vs_actual"]
    assert "stg_raw__facts" in views["int_fact_mentions"]  # intermediate views too
    status = built.query(
        "select comment from duckdb_columns() where table_name = 'target_vs_actual' "
        "and column_name = 'status'"
    )[0][0]
    assert status == "attained, missed, not_reported or awaiting_report."
    seeds = dict(
        built.query(
            "select table_name, comment from duckdb_tables() where schema_name in "
            "('lexicon', 'corrections')"
        )
    )
    assert seeds["lexicon_indicators"] == "One row per canonical indicator."
    assert seeds["fact_corrections"].startswith("One row per correction an analyst made")
    # every column of every relation in main carries its description
    missing = built.query(
        "select table_name || '.' || column_name from duckdb_columns() "
        "where schema_name = 'main' and not internal and (comment is null or comment = '')"
    )
    assert missing == []


def test_dim_city_names_cities_as_their_latest_documents_do(built: BuiltWarehouse) -> None:
    cities = {r["city_id"]: r for r in rows(built, "select * from dim_city")}
    assert set(cities) == {LONGYAN, HAIAN}
    assert cities[LONGYAN] == {
        "city_id": LONGYAN,
        "city_zh": "龙岩市",  # not the old 龙岩地区
        "province_zh": "福建省",
        "admin_level": "prefecture",
        "parent_city_zh": None,
    }
    # its only report is of 2016, when it was 海安县 (today's name is 海安市)
    assert cities[HAIAN]["city_zh"] == "海安县"
    assert cities[HAIAN]["admin_level"] == "county"
    assert cities[HAIAN]["parent_city_zh"] == "南通市"


def test_dim_indicator_comes_from_the_lexicon(built: BuiltWarehouse) -> None:
    units = dict(built.query("select indicator_code, unit from dim_indicator"))
    assert units["rd_expenditure"] == "yuan"
    assert units["high_tech_enterprises"] == "count"
    assert units["rd_intensity"] == "percent"
    assert "innovation_vouchers" not in units
    classifiers = dict(built.query("select indicator_code, classifier from dim_indicator"))
    assert classifiers["high_tech_enterprises"] == "家"
    assert classifiers["patent_grants"] == "件"
    assert classifiers["rd_expenditure"] is None


def test_dim_document_and_source_files(built: BuiltWarehouse) -> None:
    docs = {r["document_id"]: r for r in rows(built, "select * from dim_document")}
    assert set(docs) == {LY21, LY22, HA16, QUARANTINED}
    assert docs[QUARANTINED]["status"] == "quarantined"
    assert docs[QUARANTINED]["quarantine_reason"]
    assert docs[LY21]["city_id"] == LONGYAN and docs[LY21]["plan_year"] == 2022
    assert str(docs[LY22]["published_on"]) == "2023-02-20"

    files = {r["source_file"]: r for r in rows(built, "select * from source_files")}
    assert len(files) == 5
    assert files["longyan/2021-copy.txt"]["status"] == "duplicate"
    assert files["longyan/2021-copy.txt"]["document_id"] == LY21
    assert files["longyan/2021-copy.txt"]["encoding"] == "gb18030"
    assert files["misc/safety.txt"]["status"] == "quarantined"
    assert files["misc/safety.txt"]["document_id"] is None


def test_repeated_mentions_collapse_to_the_first(built: BuiltWarehouse) -> None:
    found = rows(
        built,
        f"select * from fct_indicator_value where document_id = '{LY21}' "
        "and indicator_code = 'high_tech_enterprises' and year = 2021 and qualifier is null",
    )
    assert len(found) == 1  # 269家 is stated twice in the 2021 report
    (fact,) = found
    assert fact["value"] == 269 and fact["unit"] == "count"
    first = rows(built, f"select instr(text, '269家') - 1 as pos from raw.documents "
                        f"where document_id = '{LY21}'")[0]["pos"]  # fmt: skip
    assert fact["char_start"] == first
    assert fact["char_end"] == first + len("269家")
    assert "269家" in fact["sentence"]


def test_fact_id_is_a_stable_hash_of_the_fact(built: BuiltWarehouse) -> None:
    (fact,) = rows(
        built,
        f"select * from fct_indicator_value where document_id = '{LY21}' "
        "and indicator_code = 'rd_expenditure' and measure = 'level'",
    )
    assert fact["value"] == 25_740_000_000
    assert fact["fact_id"] == expected_fact_id(
        LY21, "rd_expenditure", 2021, "actual", "level", None, "eq", 25_740_000_000.0
    )
    (national,) = rows(
        built, f"select fact_id from fct_indicator_value where qualifier = '国家级' "
               f"and document_id = '{LY21}' and kind = 'actual'"
    )  # fmt: skip
    assert national["fact_id"] == expected_fact_id(
        LY21, "high_tech_enterprises", 2021, "actual", "level", "国家级", "eq", 85.0
    )


def test_facts_only_from_ok_documents_and_known_indicators(built: BuiltWarehouse) -> None:
    by_doc = dict(built.query("select document_id, count(*) from fct_indicator_value group by 1"))
    assert by_doc == {LY21: 8, LY22: 5, HA16: 2}  # 9 mentions in LY21, one repeated
    assert QUARANTINED not in by_doc
    codes = {r[0] for r in built.query("select distinct indicator_code from fct_indicator_value")}
    assert "innovation_vouchers" not in codes
    cities = dict(built.query("select document_id, any_value(city_id) from fct_indicator_value "
                              "group by 1"))  # fmt: skip
    assert cities == {LY21: LONGYAN, LY22: LONGYAN, HA16: HAIAN}


def test_money_is_in_yuan(built: BuiltWarehouse) -> None:
    values = dict(
        built.query("select raw_text, value from fct_indicator_value where unit = 'yuan'")
    )
    assert values == {
        "257.4亿元": 25_740_000_000,
        "8189.75万元": 81_897_500,
        "1.4079亿元": 140_790_000,
    }


def test_target_attainment_pairs_2021_targets_with_2022_actuals(built: BuiltWarehouse) -> None:
    pairs = {
        (r["indicator_code"], r["measure"], r["qualifier"], r["year"]): r
        for r in rows(built, "select * from fct_target_attainment")
    }
    assert len(pairs) == 4

    hte = pairs[("high_tech_enterprises", "level", None, 2022)]
    assert hte["city_id"] == LONGYAN
    assert (hte["comparator"], hte["target_value"], hte["actual_value"]) == ("gte", 300, 320)
    assert hte["attained"] is True
    assert (hte["target_document_id"], hte["actual_document_id"]) == (LY21, LY22)

    # the qualifier is part of the key (国家级 targets meet 国家级 actuals only)
    national = pairs[("high_tech_enterprises", "level", "国家级", 2022)]
    assert (national["target_value"], national["actual_value"], national["attained"]) == (
        100,
        90,
        False,
    )

    growth = pairs[("rd_expenditure", "growth_pct", None, 2022)]
    assert (growth["comparator"], growth["target_value"], growth["actual_value"]) == (
        "approx",
        15,
        13.1,
    )
    assert growth["attained"] is False

    pending = pairs[("high_tech_enterprises", "level", None, 2023)]
    assert pending["target_document_id"] == LY22
    assert pending["actual_value"] is None
    assert pending["attained"] is None
    assert pending["actual_document_id"] is None


def test_unmapped_quantities(built: BuiltWarehouse) -> None:
    found = rows(built, "select * from fct_unmapped_quantity order by document_id, char_start")
    reasons = [(r["document_id"], r["unmapped_reason"], r["raw_text"]) for r in found]
    assert (LY22, "unknown_indicator_code", "1200万元") in reasons
    assert all(r["document_id"] != QUARANTINED for r in found)
    assert len(found) == 5
    unknown = next(r for r in found if r["unmapped_reason"] == "unknown_indicator_code")
    assert unknown["indicator_code"] == "innovation_vouchers"
    assert unknown["value"] == 12_000_000 and unknown["city_id"] == LONGYAN


def test_unmapped_context_frequency_ranks_contexts(built: BuiltWarehouse) -> None:
    found = rows(built, "select * from unmapped_context_frequency")
    assert [(r["context"], r["unit"], r["mentions"], r["documents"]) for r in found] == [
        ("建成科技示范基地", "个", 2, 2),
        ("新增孵化面积", "sqm", 2, 2),
    ]
    assert all(r["example_sentence"] for r in found)


def test_staging_normalises_raw_money_units(built: BuiltWarehouse) -> None:
    """Macros in a real query (the unit tests cover them on fixtures too)."""
    con = built.connect()
    try:
        got = con.execute(
            "select raw_text, value, unit from staging.stg_raw__facts where raw_text = '269家' "
            "limit 1"
        ).fetchall()
    finally:
        con.close()
    assert got == [("269家", 269.0, "count")]


def test_every_model_source_and_column_is_documented(built: BuiltWarehouse) -> None:
    manifest = json.loads((built.work_dir / "target" / "manifest.json").read_text())
    nodes = [
        n
        for n in [*manifest["nodes"].values(), *manifest["sources"].values()]
        if n["resource_type"] in ("model", "seed", "source") and n["package_name"] == "zhibiao"
    ]
    assert len(nodes) >= 20
    undocumented: list[str] = []
    for node in nodes:
        if not node["description"].strip():
            undocumented.append(node["unique_id"])
        schema, name = node["schema"], node.get("alias") or node["name"]
        if node["resource_type"] == "source":
            name = node["identifier"]
        columns = [
            r[0]
            for r in built.query(
                "select column_name from information_schema.columns "
                f"where table_schema = '{schema}' and table_name = '{name}'"
            )
        ]
        assert columns, node["unique_id"]
        documented = {c for c, v in node["columns"].items() if v["description"].strip()}
        undocumented += [f"{node['unique_id']}.{c}" for c in columns if c not in documented]
    assert undocumented == []
