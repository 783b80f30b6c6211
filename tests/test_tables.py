"""Indicator tables read from their structure (ingest/extraction/tables.py)."""

from __future__ import annotations

import polars as pl
import pytest

from ingest.extraction.extract import extract_indicators
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.segment import segment_documents
from ingest.extraction.tables import table_facts


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _got(lines: list[str], lexicon, report_year: int | None = 2022) -> set[tuple]:
    return {
        (t.fact.indicator_code, t.fact.year, t.fact.kind, t.fact.measure, t.fact.comparator,
         t.fact.value)
        for t in table_facts(lines, lexicon, report_year)
    }  # fmt: skip


def test_a_plan_table_gives_base_actuals_and_horizon_targets(lexicon) -> None:
    lines = [
        "| 类别 | 指标 | 2022年 | 2027年目标 |",
        "| 创新投入 | 研究与试验发展经费投入强度(%) | 1.45 | 2.2 |",
        "| 创新主体 | 国家高新技术企业(家) | 87 | ≥180 |",
        "| 成果转化 | 技术合同成交额(亿元) | 6.3 | 15 |",
        "| 创新人才 | 每万名就业人员中研发人员(人年) | 31 | 45 |",
    ]
    assert _got(lines, lexicon) == {
        ("rd_intensity", 2022, "actual", "share_pct", "eq", 1.45),
        ("rd_intensity", 2027, "target", "share_pct", "eq", 2.2),
        ("high_tech_enterprises", 2022, "actual", "level", "eq", 87),
        ("high_tech_enterprises", 2027, "target", "level", "gte", 180),
        ("tech_contract_turnover", 2022, "actual", "level", "eq", 6.3e8),
        ("tech_contract_turnover", 2027, "target", "level", "eq", 1.5e9),
    }  # the row naming no indicator of the lexicon gives nothing


def test_units_in_the_cells_and_a_blank_year(lexicon) -> None:
    lines = [
        "| 指标 | 2023年完成 | 2024年预期 |",
        "| 高新技术企业 | 215家 | — |",
        "| R&D经费支出 | 8600万元 | 1.1亿元 |",
    ]
    assert _got(lines, lexicon, 2023) == {
        ("high_tech_enterprises", 2023, "actual", "level", "eq", 215),
        ("rd_expenditure", 2023, "actual", "level", "eq", 8.6e7),
        ("rd_expenditure", 2024, "target", "level", "eq", 1.1e8),
    }


def test_what_is_no_indicator_table(lexicon) -> None:
    # a timetable: years but no indicator rows
    assert _got(["| 阶段 | 2023年 | 2024年 |", "| 启动 | 3月 | 6月 |"], lexicon) == set()
    # rows that do not line up with the header end the table
    lines = ["| 指标 | 2021年 | 2022年 |", "| 高新技术企业数 | 40 | 52 | 60 | 75 |"]
    assert _got(lines, lexicon) == set()
    # a unit the indicator cannot have (a count in 亿元) is no figure of it
    assert _got(["| 指标 | 2021年 |", "| 高新技术企业数 | 4亿元 |"], lexicon) == set()


def test_table_facts_reach_the_extractors_output_grounded_in_the_row() -> None:
    text = (
        "一、2022年工作总结\n全区新增高新技术企业12家。\n二、主要指标\n"
        "| 指标 | 2022年 | 2023年目标 |\n| 高新技术企业数(家) | 64 | 80 |\n"
    )
    docs = pl.DataFrame(
        {"document_id": ["d"], "text": [text], "report_year": [2022], "plan_year": [2023]}
    )
    facts, _ = extract_indicators(segment_documents(docs), docs)
    rows = {(r["year"], r["kind"], r["measure"], r["value"]) for r in facts.iter_rows(named=True)}
    assert rows == {(2022, "actual", "increment", 12), (2022, "actual", "level", 64),
                    (2023, "target", "level", 80)}  # fmt: skip
    for r in facts.iter_rows(named=True):
        assert text[r["char_start"] : r["char_end"]] == r["raw_text"]


def test_an_implausible_cell_goes_aside_like_a_sentences_figure() -> None:
    text = "二、主要指标\n| 指标 | 1985年 | 2023年 |\n| 高新技术企业数(家) | 3 | 80 |\n"
    docs = pl.DataFrame(
        {"document_id": ["d"], "text": [text], "report_year": [2022], "plan_year": [2023]}
    )
    facts, unmapped = extract_indicators(segment_documents(docs), docs)
    assert [(r["year"], r["value"]) for r in facts.iter_rows(named=True)] == [(2023, 80)]
    assert [(r["year"], r["raw_text"]) for r in unmapped.iter_rows(named=True)] == [(1985, "3")]


def test_a_unit_in_a_column_of_its_own(lexicon) -> None:
    lines = [
        "序号 | 指标 | 单位 | 2023年 | 2024年目标",
        "1 | 技术合同成交额 | 亿元 | 18.4 | 22",
        "2 | 科技型中小企业入库数 | 家 | 356 | 400",
        "3 | 高新技术企业工业总产值 | 亿元 | 410 | 460",
    ]
    assert _got(lines, lexicon, 2023) == {
        ("tech_contract_turnover", 2023, "actual", "level", "eq", 1.84e9),
        ("tech_contract_turnover", 2024, "target", "level", "eq", 2.2e9),
        ("tech_smes", 2023, "actual", "level", "eq", 356),
        ("tech_smes", 2024, "target", "level", "eq", 400),
    }


def test_a_table_laid_out_in_tabs_or_wide_gaps_is_read_as_one() -> None:
    from ingest.reading.normalise import normalise_text

    for gap in ("\t", "   "):
        text = gap.join(["指标", "单位", "2020年", "2025年目标"]) + "\n"
        text += gap.join(["高新技术企业数", "家", "64", "150"]) + "\n"
        text += gap.join(["研发经费投入强度", "%", "0.81", "1.5"]) + "\n"
        lines = normalise_text("主要发展指标\n" + text).split("\n")
        assert lines == [
            "主要发展指标",
            "指标 | 单位 | 2020年 | 2025年目标",
            "高新技术企业数 | 家 | 64 | 150",
            "研发经费投入强度 | % | 0.81 | 1.5",
        ]
    # prose with a wide gap is no table: a figure alone is no row
    assert normalise_text("全县高新技术企业  达到  64家。") == "全县高新技术企业达到64家。"
