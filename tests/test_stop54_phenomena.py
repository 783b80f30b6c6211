"""Phenomena met in report-like texts read during stop 54, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page_meta
from conftest import report_facts as _facts


@pytest.mark.parametrize(
    ("name", "unit"), [("科技型中小企业入库", "家"), ("省级以上科技创新平台", "个")]
)
def test_the_base_of_a_net_change_is_the_year_befores_stock(
    tmp_path: Path, name: str, unit: str
) -> None:
    # 比上年的88家净增19家: 88家 is last year's stock, 19家 this year's change
    facts = _facts(
        tmp_path,
        f"2020年临夏州科技工作总结\n\n全州{name}107{unit},比上年的88{unit}净增19{unit}。\n",
    )
    code = "tech_smes" if "企业" in name else "innovation_platforms"
    assert {f for f in facts if f[0] == code} == {
        (code, 2020, "actual", "level", 107.0),
        (code, 2019, "actual", "level", 88.0),
        (code, 2020, "actual", "increment", 19.0),
    }


@pytest.mark.parametrize(
    "office", ["我局将紧紧围绕科学城建设", "本委将聚焦新城建设", "我们将围绕生物城建设"]
)
def test_what_the_issuers_own_office_works_around_is_no_subject(
    tmp_path: Path, office: str
) -> None:
    # a part of the place the bureau works around is the object of its work: the goals
    # after it are the place's
    facts = _facts(
        tmp_path,
        "2023年嘉兴市科技工作要点\n\n"
        f"2023年,{office},力争全年高新技术企业净增150家以上,技术合同成交额达到80亿元。\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "increment", 150.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 8e9) in facts


def test_a_part_of_the_place_opening_a_clause_still_has_its_own_figures(tmp_path: Path) -> None:
    # (the office rule leaves a part that opens its clause alone)
    facts = _facts(
        tmp_path,
        "2023年嘉兴市科技工作总结\n\n"
        "2023年,全市高新技术企业净增163家。秀洲高新园区新增高新技术企业41家。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "increment", 163.0) in facts
    assert not any(f[4] == 41.0 for f in facts)


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("9月14日,2022年宿州市科技成果对接会在宿州高新区举行。", 2022),
        ("5月20日,铜仁市2019年科技活动周在碧江区启动。", 2019),
        ("11月2日,第六届创新创业大赛暨2024年丽江市创新创业大赛决赛落幕。", 2024),
    ],
)
def test_an_undated_item_on_an_event_of_a_year_speaks_in_that_year(lead: str, year: int) -> None:
    # the day the lead gives is of the year the event is named by: its 今年 is that year
    meta = page_meta(
        f"{lead}本次活动共发布科技成果120项。\n\n"
        f"{year - 1}年,全市R&D经费投入强度为1.62%,居全省第5位。"
        "据介绍,截至今年8月底,全市高新技术企业达到166家。"
        "按照工作安排,全市今年将力争新增科技型中小企业60家。\n"
    )
    assert meta.current_year == year


def test_an_event_held_a_year_after_the_awards_it_gives_is_not_dated_by_them() -> None:
    # (a year's awards, 2021年度, are given the year after: that names no day of the text)
    meta = page_meta(
        "3月18日,全市2021年度科学技术奖励大会召开。会议表彰了48项科技成果。\n\n"
        "去年,全市高新技术企业达到166家,技术合同成交额12.4亿元。"
        "今年,全市将力争新增高新技术企业30家。\n"
    )
    assert meta.current_year != 2021


def test_a_dated_items_late_figures_of_an_event_year_are_of_that_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "产学研对接会签约项目28个\n\n"
        "6月26日,本溪市2017年科技成果转化对接会在本溪高新区举行,签约项目28个。"
        "2016年,全市技术合同成交额9.6亿元。截至今年5月末,全市拥有科技企业孵化器7家。"
        "今年,全市将确保技术合同成交额达到12亿元。\n",
    )
    assert ("tech_contract_turnover", 2016, "actual", "level", 9.6e8) in facts
    assert ("incubators", 2017, "actual", "level", 7.0) in facts
    assert ("tech_contract_turnover", 2017, "target", "level", 1.2e9) in facts
