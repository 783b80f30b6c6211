"""Tables laid out one cell per line (a browser's or a scraper's copy of an HTML table), and a
table whose header lacks its label cell: read from their structure, through the whole ingest
path."""

from __future__ import annotations

from pathlib import Path

from conftest import folder_facts

from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.tables import row_indicator

# a bureau's statistics page: row numbers, a category spanning rows, a growth column and a
# rank column after the years, an estimate in brackets, and rows of other measures
# (each cell a paragraph, as a browser's copy lays it out: cells on lines that follow each other
# directly would read as a hard-wrapped phrase and be joined)
ONE_CELL_A_LINE = """某市科技创新主要指标(2019-2021年)
发布单位:市科学技术局
注:[]中数据为预计值

序号

类别

指标

2019

2020

2021

2021年同比增长率

全省排名

1

创新主体

高新技术企业数(家)

412

538

691

28.44%

3

2

技术合同成交量(项)

1830

2102

2466

17.32%

5

3

技术合同成交额(亿元)

21.35

30.12

[36]

19.52%

4

4

研发经费投入占地区生产总值比重(%)

1.62

1.78

1.91

7.30%

6

以上数据来源于市统计局。
"""


def test_a_table_laid_out_one_cell_a_line_gives_each_rows_years(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text(ONE_CELL_A_LINE, encoding="utf-8")
    facts = folder_facts(tmp_path)
    for year, value in ((2019, 412.0), (2020, 538.0), (2021, 691.0)):
        assert ("high_tech_enterprises", year, "actual", "level", value) in facts
    assert ("high_tech_enterprises", 2021, "actual", "growth_pct", 28.44) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 3012000000.0) in facts
    # an estimate in brackets is a cell with no figure: the columns after it stay in line
    assert not {
        f for f in facts if f[0] == "tech_contract_turnover" and f[1] == 2021 and f[3] == "level"
    }
    assert ("tech_contract_turnover", 2021, "actual", "growth_pct", 19.52) in facts
    # a share of an indicator's row is the share's indicator
    assert ("rd_intensity", 2020, "actual", "share_pct", 1.78) in facts
    # a count of contracts is not their turnover: neither its figures nor its growth
    assert not {f for f in facts if f[4] in (1830.0, 2102.0, 2466.0, 17.32)}
    # the rank column and the row numbers are no levels
    assert not {f for f in facts if f[0] == "high_tech_enterprises" and f[4] == 3.0}


def test_years_one_a_line_without_rows_after_them_are_no_table(tmp_path: Path) -> None:
    archive = "往年报告\n2019\n2020\n2021\n全市高新技术企业数量\n较快增长,质量提升。\n"
    (tmp_path / "t.txt").write_text(archive, encoding="utf-8")
    assert folder_facts(tmp_path) == set()


def test_a_header_without_its_label_cell_still_lines_up_with_named_rows(tmp_path: Path) -> None:
    table = (
        "表3 科技活动情况\n\n"
        "2020年 | 2021年 | 2022年 |\n"
        "有效发明专利(件) | 120 | 151 | 190 |\n"
        "专利申请量(件) | 860 | 905 | 1012 |\n"
        "研究与试验发展经费支出(万元) | 5320 | 6410 | 7188 |\n"
    )
    (tmp_path / "t.txt").write_text(table, encoding="utf-8")
    facts = folder_facts(tmp_path)
    assert ("patent_applications", 2020, "actual", "level", 860.0) in facts
    assert ("patent_applications", 2022, "actual", "level", 1012.0) in facts
    assert ("rd_expenditure", 2021, "actual", "level", 64100000.0) in facts


def test_a_rows_name_decides_its_indicator_and_measure() -> None:
    lexicon = load_lexicon()
    assert row_indicator("高新技术企业数(家)", lexicon) == "high_tech_enterprises"
    assert row_indicator("研发经费支出(亿元)", lexicon) == "rd_expenditure"
    assert row_indicator("研发经费支出占GDP比重(%)", lexicon) == "rd_intensity"
    assert row_indicator("技术合同成交额增长率(%)", lexicon) == "tech_contract_turnover"
    # a unit of another measure: no row of the indicator
    assert row_indicator("技术合同成交量(项)", lexicon) is None
    assert row_indicator("高新技术企业数(亿元)", lexicon) is None
