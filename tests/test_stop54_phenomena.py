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


@pytest.mark.parametrize(
    ("issuer", "county"), [("衡阳市", "衡阳县"), ("辽阳市", "辽阳县"), ("铁岭市", "铁岭县")]
)
def test_a_county_whose_name_holds_the_issuers_is_a_part_of_it(
    tmp_path: Path, issuer: str, county: str
) -> None:
    facts = _facts(
        tmp_path,
        f"{issuer}2016年科技工作总结\n\n"
        "2016年,全市新增高新技术企业12家,技术合同成交额4.1亿元。"
        f"{county}依托现代农业园区,新增高新技术企业3家,实现技术合同成交额2600万元。\n",
    )
    assert {f for f in facts if f[0] in ("high_tech_enterprises", "tech_contract_turnover")} == {
        ("high_tech_enterprises", 2016, "actual", "increment", 12.0),
        ("tech_contract_turnover", 2016, "actual", "level", 4.1e8),
    }


@pytest.mark.parametrize("firm", ["同力重工集团", "同辉电子股份有限公司"])
def test_a_firm_whose_name_opens_on_tong_has_figures_of_its_own(tmp_path: Path, firm: str) -> None:
    facts = _facts(
        tmp_path,
        "2015年运城市科技工作总结\n\n"
        f"全市专利申请量2370件。{firm}全年申请专利186件,授权专利97件。\n",
    )
    assert {f[4] for f in facts} == {2370.0}


def test_a_firm_the_place_works_with_is_still_no_subject(tmp_path: Path) -> None:
    # (同 before a firm and a verb of working together: the partner, not the subject)
    facts = _facts(
        tmp_path,
        "2015年运城市科技工作总结\n\n同中铝公司签订战略合作协议,全市专利申请量达到2370件。\n",
    )
    assert ("patent_applications", 2015, "actual", "level", 2370.0) in facts


@pytest.mark.parametrize("verb", ["选派", "下派", "选聘"])
def test_people_sent_then_said_to_go_somewhere_are_counted(tmp_path: Path, verb: str) -> None:
    # 选派科技特派员326名奔赴…: those sent are counted; the villages they go to are not
    facts = _facts(
        tmp_path,
        "2019年毕节市科技工作总结\n\n"
        f"全年{verb}科技特派员326名奔赴23个边远贫困乡镇开展技术服务。\n",
    )
    assert facts == {("sci_tech_commissioners", 2019, "actual", "level", 326.0)}


@pytest.mark.parametrize("firms", ["以宇通客车为代表的龙头企业年", "中原油田等驻市企业上半年"])
def test_the_research_spending_of_leading_firms_alone_is_no_places_total(
    tmp_path: Path, firms: str
) -> None:
    facts = _facts(
        tmp_path,
        "2021年濮阳市科技工作总结\n\n"
        "全年新认定高新技术企业37家,总数达到196家,"
        f"{firms}研发投入超过6亿元;全年技术合同成交额8.2亿元。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 8.2e8) in facts
    assert not any(f[0] == "rd_expenditure" for f in facts)


def test_acts_listed_after_a_deadline_are_goals_of_its_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "西秀区科技局关于2022年度审计发现问题的整改报告\n\n"
        "2022年,全区技术合同成交额2100万元。"
        "整改措施:2023年9月底前新增科技型中小企业10家,选派科技特派员35名进驻各乡镇,"
        "完成技术合同登记3000万元。\n",
    )
    assert ("tech_smes", 2023, "target", "increment", 10.0) in facts
    assert ("sci_tech_commissioners", 2023, "target", "level", 35.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 2.1e7) in facts


def test_people_sent_to_every_township_are_not_the_townships(tmp_path: Path) -> None:
    # (各乡镇 after those sent names where they go: no count of places)
    facts = _facts(
        tmp_path, "2022年西秀区科技局工作总结\n\n2022年,全区选派科技特派员35名进驻各乡镇。\n"
    )
    assert facts == {("sci_tech_commissioners", 2022, "actual", "level", 35.0)}
