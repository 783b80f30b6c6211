"""A province's own page in a real build: it passes dbt's tests and GE's checks, names its
province and no city, and keeps its own figures apart from its cities'."""

from __future__ import annotations

from pathlib import Path

import duckdb

from orchestration.runner import run_build

PROVINCE_PAGE = (
    "湖北省科技工作会议召开\n"
    "2023年,我省技术合同成交额达到4800亿元,同比增长20%;全省高新技术企业总数达到2.5万家。"
    "宜昌市新增高新技术企业300家,襄阳市技术合同成交额达到300亿元。本省还将建设湖北实验室。\n"
)
CITY_PAGE = (
    "十堰市科学技术局2023年工作总结\n"
    "2023年,全市高新技术企业达到420家,技术合同成交额达到60亿元。全省科技工作会议上,我市获表彰。\n"
)


def test_a_provinces_page_builds_as_the_provinces_and_a_citys_as_the_citys(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "province.txt").write_text(PROVINCE_PAGE, encoding="utf-8")
    (docs / "city.txt").write_text(CITY_PAGE, encoding="utf-8")
    warehouse = tmp_path / "w.duckdb"
    run_build(docs, warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        documents = con.execute(
            "select source_file, city_id is null, city_basis, province_zh "
            "from main.dim_document order by source_file"
        ).fetchall()
        facts = con.execute(
            "select d.source_file, f.indicator_code, f.measure, f.value "
            "from main.fct_indicator_value f join main.dim_document d using (document_id) "
            "order by 1, 2, 3, 4"
        ).fetchall()
    finally:
        con.close()
    assert documents[0][1:] == (False, "title", "湖北省")  # 十堰市: its city's province
    assert documents[1][1:] == (True, "province", "湖北省")
    assert [f[1:] for f in facts if f[0] == "province.txt"] == [
        ("high_tech_enterprises", "level", 25000.0),
        ("tech_contract_turnover", "growth_pct", 20.0),
        ("tech_contract_turnover", "level", 4.8e11),
    ]
    assert [f[1:] for f in facts if f[0] == "city.txt"] == [
        ("high_tech_enterprises", "level", 420.0),
        ("tech_contract_turnover", "level", 6.0e9),
    ]
