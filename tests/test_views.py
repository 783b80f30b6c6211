"""The views over the marts (dbt_project/models/views), on a real `dbt build` of the fixture."""

from __future__ import annotations

from typing import Any

import pytest
from dbt_fixtures import HAIAN, LONGYAN, LY21, LY22, BuiltWarehouse, build_warehouse


@pytest.fixture(scope="module")
def built() -> BuiltWarehouse:
    result = build_warehouse()
    if result.build.returncode != 0:
        pytest.fail("dbt build failed:\n" + result.build.stdout[-8000:])
    return result


def rows(built: BuiltWarehouse, sql: str) -> list[dict[str, Any]]:
    con = built.connect()
    try:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def test_latest_value_is_one_row_with_the_other_statements_listed(built: BuiltWarehouse) -> None:
    # 2021's high-tech enterprises: 269 in the 2021 report, 268 in the later 2022 report
    (row,) = rows(
        built,
        "select * from latest_indicator_value where indicator_code = 'high_tech_enterprises' "
        "and kind = 'actual' and measure = 'level' and qualifier is null and year = 2021",
    )
    assert (row["city_zh"], row["value"], row["unit"], row["raw_text"]) == (
        "龙岩市",
        268,
        "count",
        "268家",
    )
    assert row["document_id"] == LY22 and str(row["published_on"]) == "2023-02-20"
    assert (row["statements"], row["documents"], row["values_agree"]) == (2, 2, False)
    (other,) = row["other_statements"]
    assert (other["value"], other["document_id"], other["raw_text"]) == (269, LY21, "269家")
    assert str(other["published_on"]) == "2022-02-10"


def test_latest_value_has_one_row_per_key(built: BuiltWarehouse) -> None:
    keys = built.query(
        "select city_id, indicator_code, kind, measure, qualifier, year, count(*) "
        "from latest_indicator_value group by all having count(*) > 1"
    )
    assert keys == []
    (n_facts,) = built.query(
        "select count(*) from (select distinct city_id, indicator_code, kind, measure, "
        "qualifier, year from fct_indicator_value)"
    )[0]
    (n_rows,) = built.query("select count(*) from latest_indicator_value")[0]
    assert n_rows == n_facts
    # a single statement lists no others
    (single,) = rows(
        built,
        "select * from latest_indicator_value where city_id = '" + HAIAN + "' "
        "and indicator_code = 'tech_contract_turnover'",
    )
    assert single["value"] == 140_790_000 and single["other_statements"] == []
    assert single["values_agree"] is True


def test_targets_beside_actuals_with_attainment(built: BuiltWarehouse) -> None:
    found = {
        (r["indicator_code"], r["measure"], r["qualifier"], r["year"]): r
        for r in rows(built, "select * from target_vs_actual")
    }
    hte = found[("high_tech_enterprises", "level", None, 2022)]
    assert (hte["target_value"], hte["actual_value"], hte["unit"], hte["status"]) == (
        300,
        320,
        "count",
        "attained",
    )
    assert hte["attainment_pct"] == 106.7
    # the baseline is 2021's latest statement (268 from the 2022 report, not 269)
    assert (hte["baseline_year"], hte["baseline_value"]) == (2021, 268)

    growth = found[("rd_expenditure", "growth_pct", None, 2022)]
    assert (growth["unit"], growth["status"], growth["attainment_pct"]) == (
        "percent",
        "missed",
        87.3,
    )
    assert (growth["baseline_year"], growth["baseline_value"]) == (2021, 14.2)
    assert growth["target_raw_text"] == "15%"

    national = found[("high_tech_enterprises", "level", "国家级", 2022)]
    assert (national["status"], national["baseline_value"]) == ("missed", 85)

    # no report covers 2023 yet: awaiting, with 2022 as where it starts
    pending = found[("high_tech_enterprises", "level", None, 2023)]
    assert (pending["status"], pending["actual_value"], pending["attained"]) == (
        "awaiting_report",
        None,
        None,
    )
    assert (pending["baseline_year"], pending["baseline_value"]) == (2022, 320)
    assert pending["city_zh"] == "龙岩市" and pending["indicator_name_zh"] == "高新技术企业"


def test_coverage_per_city_and_year_has_gaps_as_rows(built: BuiltWarehouse) -> None:
    cov = {
        (r["city_id"], r["year"], r["indicator_code"]): r
        for r in rows(built, "select * from indicator_coverage")
    }
    ly21 = cov[(LONGYAN, 2021, "high_tech_enterprises")]
    # 269 (总数), 85 (国家级) in the 2021 report and 268 restated in the 2022 report
    assert (ly21["actual_facts"], ly21["target_facts"], ly21["documents"]) == (3, 0, 2)
    assert ly21["has_actual"] and not ly21["has_target"]
    assert cov[(LONGYAN, 2022, "high_tech_enterprises")]["has_target"]
    assert cov[(LONGYAN, 2021, "rd_expenditure")]["measures"] == ["growth_pct", "level"]
    gap = cov[(HAIAN, 2016, "rd_expenditure")]  # a core indicator 海安 did not report
    # 海安县: named as its only report (2016) names it
    assert (gap["actual_facts"], gap["has_actual"], gap["city_zh"]) == (0, False, "海安县")
    core = {r[0] for r in built.query("select indicator_code from dim_indicator where is_core")}
    assert {code for (city, year, code) in cov if (city, year) == (HAIAN, 2016)} == core
