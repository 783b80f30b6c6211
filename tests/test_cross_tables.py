"""Cross tables: the kind in the row, the measure in the column, read from their structure."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts

from ingest.extraction.cross_tables import cross_table_facts
from ingest.extraction.lexicon import load_lexicon


def _facts_of(lines: list[str], report_year: int = 2021) -> set[tuple]:
    return {
        (t.fact.indicator_code, t.fact.year, t.fact.kind, t.fact.measure, t.fact.value)
        for t in cross_table_facts(lines, load_lexicon(), report_year)
    }


def test_each_kind_and_measure_name_the_indicator_together_the_whole_from_the_caption() -> None:
    lines = [
        "表7 2019年专利申请与授权情况",
        "项目\t申请数(件)\t增长(%)\t授权数(件)\t增长(%)",
        "总计\t4410\t12.6\t2388\t-3.5",
        "发明专利\t903\t20.1\t176\t8.0",
        "实用新型\t2620\t9.9\t1503\t-6.2",
    ]
    assert _facts_of(lines) == {
        ("patent_applications", 2019, "actual", "level", 4410.0),
        ("patent_applications", 2019, "actual", "growth_pct", 12.6),
        ("patent_grants", 2019, "actual", "level", 2388.0),
        ("patent_grants", 2019, "actual", "growth_pct", -3.5),
        ("invention_patent_applications", 2019, "actual", "level", 903.0),
        ("invention_patent_applications", 2019, "actual", "growth_pct", 20.1),
        ("invention_patent_grants", 2019, "actual", "level", 176.0),
        ("invention_patent_grants", 2019, "actual", "growth_pct", 8.0),
    }


def test_a_row_that_names_its_indicator_whole_is_no_kind_of_a_cross_table() -> None:
    # (计划 and 完成 are no measures the row's name is completed by; levels neither)
    assert not _facts_of(["指标名称 | 单位 | 计划 | 完成", "高新技术企业 | 家 | 90 | 96"])
    assert not _facts_of(["类别 | 国家级 | 省级 | 合计", "众创空间 | 1 | 3 | 4"])


def test_a_statistics_communiques_cross_table_gives_its_facts_in_a_build(
    tmp_path: Path,
) -> None:
    # the spaced label (合 计) and the caption's number stand apart as cells, as a copied page
    # spaces them with ideographic spaces
    facts = report_facts(
        tmp_path,
        "九江市2020年国民经济和社会发展统计公报\n\n十一、科学技术\n\n"
        "年末全市拥有高新技术企业612家。\n\n"
        "表9　2020年专利申请、授权情况\n"
        "指　标　申请量（件）　比上年增长（%）　授权量（件）　比上年增长（%）\n"
        "合　计　15230　18.4　9906　25.1\n"
        "发明专利　2104　11.2　512　30.6\n\n"
        "年末全市每万人口发明专利拥有量3.1件。\n",
    )
    assert ("patent_applications", 2020, "actual", "level", 15230.0) in facts
    assert ("patent_grants", 2020, "actual", "growth_pct", 25.1) in facts
    assert ("invention_patent_grants", 2020, "actual", "level", 512.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 612.0) in facts
