"""Phenomena met in report-like texts read during stop 50, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts


def test_a_superscript_footnote_mark_is_kept_apart_from_its_figure_and_a_units_power() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "全市研发经费支出42.7亿元²,强度1.9%²;新建展厅1200m²。\n² 研发经费支出为2022年数据。\n"
    )
    assert "42.7亿元[2]," in text and "1.9%[2];" in text
    assert "1200m2" in text
    assert "[2] 研发经费支出为2022年数据" in text
    assert normalise_text(text) == text


def test_a_footnote_that_dates_the_figures_its_mark_is_glued_to(tmp_path: Path) -> None:
    # the sentence names its year, but the marked figures are a year older (their note says
    # so); an unmarked figure of the same sentence keeps the sentence's year
    facts = _facts(
        tmp_path,
        "德清县科技局2024年工作总结\n\n"
        "2024年,全县全社会研发经费投入38.6亿元¹,研发投入强度3.52%¹,"
        "高新技术企业总数达到512家,技术合同成交额21.3亿元[2]。\n"
        "¹ 研发经费及投入强度为2023年统计数据。\n"
        "[2] 为2023年度登记数据。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 3.52) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 2.13e9) in facts
    assert ("high_tech_enterprises", 2024, "actual", "level", 512.0) in facts


def test_a_flattened_footnote_number_dates_the_figure_it_trails(tmp_path: Path) -> None:
    # a PDF's copy ran the superscript into the line (亿元3,) and its note opens on the bare
    # number; a count that opens a line (12家企业…) is no note
    facts = _facts(
        tmp_path,
        "蓬溪县科技局2023年工作总结\n\n"
        "一、主要成效\n"
        "全县技术合同登记额3.4亿元3,比上年增长18.2%;授权发明专利612件。\n"
        "12家企业为2023年新认定数。\n"
        "3为2022年度统计数据。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 3.4e8) in facts
    assert ("tech_contract_turnover", 2022, "actual", "growth_pct", 18.2) in facts
    assert ("invention_patent_grants", 2023, "actual", "level", 612.0) in facts


def test_a_bracketed_mark_before_the_figure_and_a_notes_mark_in_parentheses(tmp_path: Path) -> None:
    # the mark may follow the name (经费支出[8]52.1亿元); a note listing several marks in one
    # line dates only the ones it says are of another year
    facts = _facts(
        tmp_path,
        "海宁市2024年科技创新工作情况\n\n"
        "全市R&D经费支出[8]52.1亿元,比上年增长9.7%,相当于地区生产总值的3.35%;"
        "新认定高新技术企业163家(1),授权发明专利1305件(2)。\n"
        "注:(1)为2023年数据,2024年数据尚未公布。(2)不含外观设计专利。\n"
        "[8] R&D经费支出及其相当于地区生产总值的比例为2023年数据。\n",
    )
    assert ("rd_expenditure", 2023, "actual", "level", 5.21e9) in facts
    assert ("rd_expenditure", 2023, "actual", "growth_pct", 9.7) in facts
    assert ("rd_intensity", 2023, "actual", "share_pct", 3.35) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 163.0) in facts
    assert ("invention_patent_grants", 2024, "actual", "level", 1305.0) in facts


def test_a_figures_bracket_saying_which_years_statistic_it_is_dates_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "仁寿县科技局2025年工作要点\n\n"
        "一、发展基础\n"
        "全县研发投入强度为1.38%(系2023年统计数,2024年数据尚未发布)。\n"
        "二、主要目标\n"
        "全县研发投入强度达到1.6%。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.38) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 1.6) in facts


def test_funds_from_above_for_a_science_programme_are_funds_secured(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "綦江区2022年科技工作总结\n\n"
        "区级财政科技投入1.2亿元,上级科技计划项目补助资金2,380万元,同比增长15.6%。\n",
    )
    assert ("sci_tech_funds_secured", 2022, "actual", "level", 2.38e7) in facts
    assert ("sci_tech_funds_secured", 2022, "actual", "growth_pct", 15.6) in facts
