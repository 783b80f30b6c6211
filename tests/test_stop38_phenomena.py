"""Phenomena met in report-like texts written during stop 38, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta as _meta
from conftest import report_facts as _facts

from ingest.document.gazetteer import Gazetteer
from ingest.reading.normalise import normalise_text


def test_a_bulletins_title_stands_apart_from_the_byline_under_it() -> None:
    meta = _meta(
        "安顺市2022年国民经济和社会发展统计公报\n"
        "安顺市统计局 2023年3月30日\n"
        "九、科技\n"
        "全年专利授权量980件。\n"
    )
    assert meta.title == "安顺市2022年国民经济和社会发展统计公报"
    assert meta.city_zh == "安顺市"
    assert (meta.report_year, str(meta.published_on)) == (2022, "2023-03-30")


def test_an_office_and_date_line_is_not_run_into_the_text_around_it() -> None:
    text = normalise_text(
        "全市科技工作情况通报\n忻州市科学技术局  2021年7月2日\n上半年全市新增高企11家。\n"
    )
    assert text.splitlines()[:3] == [
        "全市科技工作情况通报",
        "忻州市科学技术局2021年7月2日",
        "上半年全市新增高企11家。",
    ]


def test_rates_after_fenbie_each_keep_their_own_direction(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "铜仁市2022年科技工作总结\n"
        "2022年,全市技术合同成交额7.5亿元,科技型中小企业入库320家,分别比上年增长12.5%和下降4.8%。"
        "高新技术企业90家、发明专利授权66件,分别下降3%、2%。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "growth_pct", 12.5) in facts
    assert ("tech_smes", 2022, "actual", "growth_pct", -4.8) in facts
    assert ("tech_smes", 2022, "actual", "growth_pct", 12.5) not in facts
    # one word of direction before the list holds for every rate in it
    assert ("high_tech_enterprises", 2022, "actual", "growth_pct", -3.0) in facts
    assert ("invention_patent_grants", 2022, "actual", "growth_pct", -2.0) in facts


def test_a_bracketed_figure_of_a_past_year_in_a_plan_is_the_base_not_a_goal(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "防城港市2024年科技工作要点\n"
        "主要目标:科技型中小企业达到260家(2023年为204家);技术合同成交额力争4亿元"
        "(其中技术开发合同不少于1亿元)。\n",
    )
    assert ("tech_smes", 2024, "target", "level", 260.0) in facts
    assert ("tech_smes", 2023, "actual", "level", 204.0) in facts
    assert ("tech_smes", 2023, "target", "level", 204.0) not in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 4e8) in facts


def test_a_growth_column_beside_a_years_figures_is_that_years_growth(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "嘉峪关市2023年科技主要指标完成情况\n"
        "指标\t单位\t2022年\t2023年\t同比增长(%)\n"
        "技术合同成交额\t亿元\t6.40\t7.10\t10.9\n"
        "科技型中小企业\t家\t152\t140\t-7.9\n"
        "研发经费投入强度\t%\t1.20\t1.31\t0.11\n"
        "有效发明专利\t件\t500\t560\t—\n",
    )
    assert ("tech_contract_turnover", 2023, "actual", "level", 7.1e8) in facts
    assert ("tech_contract_turnover", 2023, "actual", "growth_pct", 10.9) in facts
    assert ("tech_smes", 2023, "actual", "growth_pct", -7.9) in facts
    # a share's change is in points, no growth rate; the column never reads as a level
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.31) in facts
    assert not {f for f in facts if f[0] == "rd_intensity" and f[4] == 0.11}
    assert not {f for f in facts if f[3] == "level" and f[4] in (10.9, -7.9, 7.9)}


def test_a_goal_in_brackets_after_a_result_is_that_results_target(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "甘南州2022年科技工作总结\n"
        "2022年,全州R&D经费投入强度为0.48%(年度目标0.45%)。"
        "科技型中小企业入库57家,超额完成全年任务(50家)。"
        "有效高新技术企业达19家,完成省定目标(16家)的118.8%。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 0.48) in facts
    assert ("rd_intensity", 2022, "target", "share_pct", 0.45) in facts
    assert ("tech_smes", 2022, "target", "level", 50.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "level", 16.0) in facts
    assert not {f for f in facts if f[1] == 2023}


def test_the_years_goal_a_result_is_measured_against_is_that_years(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "庆阳市科技局2021年工作总结\n"
        "全市技术合同成交额2.4亿元,是全年目标2亿元的120%。\n"
        "二、2022年工作计划\n"
        "技术合同成交额达到2.8亿元。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 2.4e8) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 2e8) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 2e8) not in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 2.8e8) in facts


def test_funds_listed_after_projects_under_one_verb_are_funds_secured(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "白银市科技局2020年工作总结\n"
        "一年来,累计争取国家和省级科技计划项目48项、经费5230万元。"
        "组织实施市级项目30项、资金900万元。\n",
    )
    assert ("sci_tech_funds_secured", 2020, "actual", "level", 5.23e7) in facts
    # money a bureau spends on its own projects was not secured from above
    assert not {f for f in facts if f[0] == "sci_tech_funds_secured" and f[4] == 9e6}


def test_the_whole_prefecture_is_no_county_of_that_name(tmp_path: Path) -> None:
    # 全州 is also the short name of a county in Guangxi; in a prefecture's text it is itself
    facts = _facts(
        tmp_path,
        "甘孜州科技局2021年工作总结\n"
        "2021年,全州高新技术企业总数达到14家,全州技术合同成交额1.8亿元。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 14.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 1.8e8) in facts
    assert Gazetteer.load().find_mentions("全州高新技术企业") == []


def test_a_plans_midway_evaluation_reports_on_the_years_so_far(tmp_path: Path) -> None:
    text = (
        "韶关市“十四五”知识产权发展规划中期评估报告\n"
        "规划实施以来,截至2023年末,全市发明专利授权量累计1320件。"
        "2023年,全市专利授权量6100件。"
        "到2025年,全市专利授权量达到7000件。\n"
    )
    meta = _meta(text)
    assert (meta.report_year, meta.plan_year) == (2023, 2025)
    facts = _facts(tmp_path, text)
    assert ("patent_grants", 2023, "actual", "level", 6100.0) in facts
    assert ("patent_grants", 2025, "target", "level", 7000.0) in facts


def test_a_figure_as_of_a_later_years_end_is_what_there_was(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "钦州市科技局2021年工作总结\n"
        "2021年,全市新增高新技术企业31家。截至2022年底,全市有效高新技术企业达到186家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 31.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 186.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "level", 186.0) not in facts


def test_a_sharing_sites_names_come_off_a_reposted_title() -> None:
    meta = _meta(
        "【转载】资阳市科技局2019年工作总结 - 文档下载 - 百度文库\n"
        "浏览次数:88 发布时间:2020-02-11\n"
        "2019年,全市新增高新技术企业14家。\n"
    )
    assert meta.title == "资阳市科技局2019年工作总结"
    assert (meta.city_zh, meta.report_year) == ("资阳市", 2019)


def test_a_scope_word_before_a_list_of_names_is_every_items(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(
        "遂宁市科技局2020年工作总结\n国家级孵化器、众创空间和星创天地分别达到3家、5家和7家。"
        "新增省级重点实验室2个、新型研发机构4家。\n",
        encoding="utf-8",
    )
    from ingest.pipeline import process_folder

    got = {
        (r["indicator_code"], r["value"]): r["qualifier"]
        for r in process_folder(tmp_path).facts.iter_rows(named=True)
    }
    assert got[("incubators", 3.0)] == "国家级"
    assert got[("maker_spaces", 5.0)] == "国家级"
    assert got[("star_innovation_bases", 7.0)] == "国家级"
    # items with figures of their own are no list of names: the scope stays with its item
    assert got[("key_laboratories", 2.0)] == "省级"
    assert got[("new_rd_institutions", 4.0)] is None


def test_a_zone_that_ranks_itself_in_its_city_still_speaks_as_the_zone(tmp_path: Path) -> None:
    text = (
        "湘潭高新区2022年科技工作总结\n"
        "2022年,全区新增高新技术企业61家,全区高新技术企业总数达到310家,总量居全市第一。"
        "全区技术合同成交额占全市的40%。\n"
    )
    meta = _meta(text)
    assert meta.city_basis == "zone"
    assert "湘潭" in (meta.zone or "")
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2022, "actual", "level", 310.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 61.0) in facts


def test_an_answer_to_a_proposal_keeps_its_title() -> None:
    meta = _meta(
        "关于市人大十六届二次会议第112号建议的答复\n"
        "王某代表:\n"
        "您提出的建议收悉。2021年,全市新增高新技术企业40家。\n"
        "安康市科学技术局\n"
        "2022年6月1日\n"
    )
    assert meta.title == "关于市人大十六届二次会议第112号建议的答复"
    assert meta.city_zh == "安康市"


def test_a_top_heading_ending_on_a_goal_word_opens_the_plan(tmp_path: Path) -> None:
    for heading in ("三、奋斗目标", "三、下步打算", "三、努力方向"):
        folder = tmp_path / heading
        folder.mkdir()
        facts = _facts(
            folder,
            "黄冈市科技局2020年工作总结\n一、工作成效\n全市技术合同成交额达到18亿元。\n"
            f"{heading}\n技术合同成交额达到22亿元。\n",
        )
        assert ("tech_contract_turnover", 2020, "actual", "level", 1.8e9) in facts
        assert ("tech_contract_turnover", 2021, "target", "level", 2.2e9) in facts, heading


def test_a_paragraph_opening_on_the_coming_period_sets_goals(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "咸宁市科技局2019年工作总结\n"
        "2019年,全市科技型中小企业入库260家。\n"
        "接下来,市科技局将推动科技型中小企业入库达到320家。\n"
        "新的一年,全市要推动技术合同成交额达到15亿元。\n",
    )
    assert ("tech_smes", 2019, "actual", "level", 260.0) in facts
    assert ("tech_smes", 2020, "target", "level", 320.0) in facts
    assert ("tech_contract_turnover", 2020, "target", "level", 1.5e9) in facts


def test_negative_growth_is_a_decline(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "邵阳市2021年科技工作总结\n"
        "受疫情影响,全市专利授权量负增长4.2%,技术合同成交额同比负增长7%。\n",
    )
    assert ("patent_grants", 2021, "actual", "growth_pct", -4.2) in facts
    assert ("tech_contract_turnover", 2021, "actual", "growth_pct", -7.0) in facts
    assert not {f for f in facts if f[4] in (4.2, 7.0)}


def test_the_count_of_those_registered_is_a_stock(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "鹰潭市科技局2022年工作总结\n"
        "全市新型研发机构备案数达到7个,省级科技企业孵化器认定数为4家。"
        "新增备案众创空间3家。\n",
    )
    assert ("new_rd_institutions", 2022, "actual", "level", 7.0) in facts
    assert ("incubators", 2022, "actual", "level", 4.0) in facts
    assert ("maker_spaces", 2022, "actual", "increment", 3.0) in facts


def test_years_listed_after_the_name_take_a_figure_each(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "上饶市科技创新行动方案(2024—2026年)\n"
        "主要目标:研发经费投入强度2024年、2025年、2026年分别达到1.3%、1.4%和1.5%;"
        "高新技术企业数量2024年和2025年分别达到700家、780家。\n",
    )
    assert ("rd_intensity", 2024, "target", "share_pct", 1.3) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 1.4) in facts
    assert ("rd_intensity", 2026, "target", "share_pct", 1.5) in facts
    assert ("high_tech_enterprises", 2024, "target", "level", 700.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 780.0) in facts


def test_a_result_said_after_its_goal_is_the_years_actual(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "景德镇市2022年科技重点指标完成情况\n"
        "一、科技型中小企业:目标320家,完成341家,完成率106.6%。\n"
        "二、技术合同成交额:全年目标20亿元,实际完成23.6亿元。\n"
        "三、研发投入强度:目标1.6%,完成1.58%。\n",
    )
    assert ("tech_smes", 2022, "target", "level", 320.0) in facts
    assert ("tech_smes", 2022, "actual", "level", 341.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 2e9) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 2.36e9) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.58) in facts
    # the rate of completion is no figure of the indicator, and no goal moves to the next year
    assert not {f for f in facts if f[4] == 106.6 or f[1] == 2023}


def test_an_assessments_results_look_back_on_the_year_it_names(tmp_path: Path) -> None:
    text = (
        "关于2021年度县区科技创新目标责任制考核情况的通报\n"
        "各县区:\n"
        "2021年,全市新增高新技术企业37家,技术合同成交额达到9.2亿元。\n"
    )
    meta = _meta(text)
    assert (meta.report_year, meta.plan_year) == (2021, 2022)
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2021, "actual", "increment", 37.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 9.2e8) in facts


def test_the_next_financial_year_is_the_year_after(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "潜山市科技局年度工作总结\n"
        "发布时间:2022-01-12\n"
        "本年度,全市新认定高新技术企业11家。技术合同成交额以下年均增长情况见附表。\n"
        "下年度,力争高新技术企业总数达到70家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 11.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "level", 70.0) in facts
    assert ("high_tech_enterprises", 2021, "target", "level", 70.0) not in facts
