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


@pytest.mark.parametrize(
    ("title", "report", "plan"),
    [("回眸“十二五” 展望“十三五”", 2015, 2020), ("回望2018 展望2019", 2018, 2019)],
)
def test_a_title_that_looks_back_with_hui_mou_or_hui_wang(
    title: str, report: int, plan: int
) -> None:
    meta = page_meta(
        f"{title}\n——汉中市科技局局长寄语\n\n"
        "新年伊始。过去一年,全市新增高新技术企业21家,技术合同成交额突破6亿元。\n"
    )
    assert (meta.report_year, meta.plan_year) == (report, plan)


def test_a_year_end_message_looking_back_on_a_year_about_to_close_is_its_summary(
    tmp_path: Path,
) -> None:
    # 2020年的钟声即将敲响 names the year ahead; 回望 says the text looks back on this one
    facts = _facts(
        tmp_path,
        "岁末感言:奋楫笃行又一年\n\n延安市科学技术局\n\n"
        "光阴似箭,2020年的钟声即将敲响。站在岁末回望,我们为这一年的收获而欣喜。\n\n"
        "今年以来,我们坚持创新驱动。全市新增高新技术企业14家,总数达到87家;"
        "技术合同成交额实现7.3亿元。\n\n"
        "明年,我们将力争高新技术企业突破100家。\n\n2019年12月28日\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "level", 87.0) in facts
    assert ("tech_contract_turnover", 2019, "actual", "level", 7.3e8) in facts
    assert ("high_tech_enterprises", 2020, "target", "level", 100.0) in facts


def test_the_texts_own_time_ends_a_paragraphs_past_year(tmp_path: Path) -> None:
    # 2017年,…。今年上半年,…。专利申请量…: the third sentence is of this year again
    facts = _facts(
        tmp_path,
        "定西市科技局2018年上半年工作总结\n\n"
        "2017年,全市R&D经费支出占生产总值比重0.62%。今年上半年,全市技术合同成交额1.9亿元。"
        "专利申请量327件、授权量141件。\n",
    )
    assert ("rd_intensity", 2017, "actual", "share_pct", 0.62) in facts
    assert ("patent_applications", 2018, "actual", "level", 327.0) in facts
    assert ("patent_grants", 2018, "actual", "level", 141.0) in facts


def test_an_undated_page_telling_months_gone_by_reports_on_the_year_under_way() -> None:
    # the year before is named only by statistics that lag a year; the goal names the year
    meta = page_meta(
        "南平科技创新蹄疾步稳\n\n"
        "今年以来,我市大力实施创新驱动发展战略。\n\n"
        "1—9月,全市新认定高新技术企业37家,有效期内高新技术企业达到204家。\n\n"
        "2019年,全市全社会R&D经费支出32.6亿元,占GDP比重1.38%。\n\n"
        "下一步,力争2020年底全市高新技术企业总数突破230家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2020, 2020)


@pytest.mark.parametrize("months", ["1—10月", "1-11月", "1至5月"])
def test_a_dated_report_on_the_years_first_months_plans_the_rest_of_it(months: str) -> None:
    meta = page_meta(
        f"铜仁市科学技术局{months}工作进展情况\n发布时间:2023-12-06 来源:市科技局\n\n"
        "全市技术合同成交额9.1亿元。下一步,力争全年新增高新技术企业40家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2023, 2023)


def test_a_progress_tables_goal_column_beside_its_task_column_holds_goals(tmp_path: Path) -> None:
    # (two columns of what was set: the task's name, then its goal; a header cell may name a
    # month; a row on one line holds the goal and what was done side by side)
    facts = _facts(
        tmp_path,
        "吉安市人民政府办公室关于2022年前三季度重点工作推进情况的通报\n\n"
        "序号 | 工作任务 | 牵头单位 | 年度目标 | 截至9月底进展 | 完成率\n"
        "1 | 创新主体培育 | 市科技局 | 新增高新技术企业150家 | "
        "全市新认定高新技术企业97家,有效期内高新技术企业达到681家 | 64.7%\n"
        "2 | 技术市场 | 市科技局 | 技术合同成交额达到25亿元 | "
        "全市技术合同成交额18.2亿元 | 72.8%\n",
    )
    assert ("high_tech_enterprises", 2022, "target", "increment", 150.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 97.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 681.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 2.5e9) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 1.82e9) in facts
    assert not any(f[4] in (1.5e2, 2.5e9) and f[2] == "actual" for f in facts)


def test_the_goal_column_of_a_plans_task_table_is_the_plan_years(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "关于印发《九江市2024年科技创新工作任务分解方案》的通知\n\n"
        "序号 | 工作任务 | 目标任务 | 牵头单位 | 完成时限\n"
        "1 | 培育创新主体 | 新增高新技术企业120家 | 市科技局 | 2024年11月\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "increment", 120.0) in facts


def test_a_task_line_whose_progress_the_next_lines_report_is_a_goal(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "市政府督查室关于2021年重点任务上半年落实情况的通报\n\n"
        "按照市政府部署,现将科技创新类重点任务上半年落实情况通报如下:\n"
        "【任务5】新增高新技术企业90家以上\n"
        "牵头单位:市科技局\n"
        "进展情况:上半年新认定高新技术企业41家,有效期内高新技术企业达到512家。\n"
        "6.技术合同成交额达到40亿元。(牵头单位:市科技局)\n"
        "进展情况:1—6月全市技术合同成交额17.6亿元。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "increment", 90.0) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 4e9) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 512.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 1.76e9) in facts


def test_a_column_of_what_the_body_above_set_holds_goals(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "攸县科技局2021年主要指标完成情况\n\n"
        "指标名称\t单位\t株洲市下达任务\t2021年完成\t完成率\n"
        "高新技术企业净增数\t家\t18\t23\t127.8%\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "increment", 18.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 23.0) in facts


def test_a_text_given_well_before_its_year_ends_plans_the_rest_of_it(tmp_path: Path) -> None:
    # a summary of one event of 2021, given that July: 力争年底… is that year's end
    facts = _facts(
        tmp_path,
        "枝江市2021年全国科技工作者日活动总结\n发布时间:2021-07-02 来源:市科协\n\n"
        "一、主要做法\n\n活动期间共举办科普讲座16场。今年以来,全市新增高新技术企业9家。\n\n"
        "二、下步打算\n\n下一步,我们将力争年底全市高新技术企业总数达到62家。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "level", 62.0) in facts


def test_a_dated_page_telling_its_months_gone_by_reports_on_that_year(tmp_path: Path) -> None:
    # the year before is named only by its statistics; 1—8月 and 今年以来 are the page's own
    facts = _facts(
        tmp_path,
        "全市科技成果转化工作推进会召开\n发布时间:2024-09-12 来源:市科技局\n\n"
        "会议指出,今年以来,全市科技创新主要指标稳中有进。"
        "1—8月,全市技术合同成交额达到12.7亿元,同比增长18.4%。"
        "2023年,全市研发投入强度为1.46%。\n",
    )
    assert ("tech_contract_turnover", 2024, "actual", "level", 1.27e9) in facts
    assert ("tech_contract_turnover", 2024, "actual", "growth_pct", 18.4) in facts
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.46) in facts


def test_a_measure_labelled_under_a_labelled_figure_is_of_the_label_above(
    tmp_path: Path,
) -> None:
    # a post's figures each on a line under its label; 占GDP比重 and 总数达到 name no
    # indicator, only how the one labelled just above is measured
    facts = _facts(
        tmp_path,
        "📈 数读2022 | 诸城科技创新年终盘点\n\n"
        "2022年,诸城市科技局坚持创新驱动发展,全市科技创新工作稳中有进、亮点纷呈。"
        "下面,让我们用一组数字回顾这不平凡的一年——\n\n💡 关键词一:研发投入\n"
        "2022年,全市R&D经费投入\n18.4亿元\n占GDP比重\n2.36%\n居潍坊市第3位\n\n"
        "💡 关键词二:高新技术企业\n全年新增高新技术企业\n37家\n总数达到\n🏆 214家\n"
        "高新技术产业产值占规模以上工业总产值比重达到51.2%\n\n📖 回顾2022\n"
        "一年来,诸城市科技局坚持“项目为王、企业为本、人才为先”,各项工作取得新突破。\n"
        "——载体平台持续完善。潍坊市级以上工程技术研究中心累计达到71家。\n"
        "新的一年,诸城市科技局将锚定目标,在建设创新型城市上持续发力,为高质量发展提供科技支撑。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 2.36) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 37.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 214.0) in facts


@pytest.mark.parametrize("college", ["桂林电子工学院", "广西职业技术学院"])
def test_a_college_opening_its_clause_has_figures_of_its_own(tmp_path: Path, college: str) -> None:
    facts = _facts(
        tmp_path,
        "2013年桂林市科技工作总结\n\n"
        f"全市获自治区科学技术奖27项,专利申请量2860件;{college}获自治区科技进步奖5项,"
        "全年申请专利140件。\n",
    )
    assert {f[4] for f in facts} == {27.0, 2860.0}


def test_the_part_of_people_sent_that_a_level_sent_is_of_that_level(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "2019年青州市科技工作总结\n\n全年选派科技特派员88名(其中省派15名),覆盖全部镇街。\n",
    )
    assert facts == {
        ("sci_tech_commissioners", 2019, "actual", "level", 88.0),
        ("sci_tech_commissioners", 2019, "actual", "level", 15.0),
    }


@pytest.mark.parametrize(
    "cut", ["全市高新技术企业达到3", "选派科技特派员15", "技术合同成交额突破1."]
)
def test_the_clause_a_stored_opening_stops_in_is_no_statement(tmp_path: Path, cut: str) -> None:
    # a crawler kept the page's first characters only: its last clause is cut short
    facts = _facts(
        tmp_path,
        "2020年咸宁市科技工作总结\n\n"
        f"2020年,全市专利授权量1836件,同比增长21.3%;科技型中小企业入库240家,{cut}",
    )
    assert facts == {
        ("patent_grants", 2020, "actual", "level", 1836.0),
        ("patent_grants", 2020, "actual", "growth_pct", 21.3),
        ("tech_smes", 2020, "actual", "level", 240.0),
    }


@pytest.mark.parametrize(
    ("end", "figures"),
    [
        ("技术合同成交额12.5亿元", {836.0, 1.25e9}),
        ("研发投入强度达到2.1%", {836.0, 2.1}),
        ("“众创空间(14家,增长75%)”“孵化器", {836.0, 14.0, 75.0}),
    ],
)
def test_a_last_clause_ending_on_a_whole_figure_stands(
    tmp_path: Path, end: str, figures: set[float]
) -> None:
    facts = _facts(tmp_path, f"2021年汕尾市科技工作总结\n\n2021年,全市专利授权量836件,{end}")
    assert {f[4] for f in facts} == figures


def test_a_paragraph_stopping_inside_a_word_after_its_figure_states_nothing_there(
    tmp_path: Path,
) -> None:
    # …,38家企业纳入省高新技术企业培 (培育库, cut): no count of the firms themselves
    facts = _facts(
        tmp_path,
        "2021年来凤县科技工作总结\n\n"
        "2021年,全县新认定高新技术企业6家,对成长性好的科技型企业开展分类指导与跟踪服务,"
        "38家企业纳入省高新技术企业培",
    )
    assert facts == {("high_tech_enterprises", 2021, "actual", "increment", 6.0)}


def test_a_chronicles_year_over_its_items_dates_them(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "上饶市科技大事记(2020年8月—2021年12月)\n\n上饶市科学技术局 编\n\n"
        "2020年\n\n9月,全市有效期内高新技术企业达到402家。\n\n"
        "2021年\n\n3月5日,市科技局召开全市科技工作会议。\n\n"
        "12月,全年全市新认定高新技术企业156家,技术合同成交额18.3亿元。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 402.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 156.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 1.83e9) in facts


def test_figures_put_forward_for_a_year_are_its_goals(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "2023年濮阳市科技创新大事记\n\n"
        "2月16日,市委、市政府召开全市科技创新大会,提出2023年全市新增高新技术企业40家,"
        "技术合同成交额达到25亿元。\n\n"
        "12月,全年全市新认定高新技术企业46家。\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "increment", 40.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 2.5e9) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 46.0) in facts


@pytest.mark.parametrize("said", ["我县完成", "其中我县", "本县为"])
def test_the_issuers_part_said_after_another_places_whole_is_of_that_whole_s_indicator(
    tmp_path: Path, said: str
) -> None:
    facts = _facts(
        tmp_path,
        f"信州区2021年科技工作总结\n\n2021年,上饶全市技术合同成交额19.6亿元,{said}2.37亿元。\n",
    )
    assert facts == {("tech_contract_turnover", 2021, "actual", "level", 2.37e8)}


@pytest.mark.parametrize("revised", ["经省统计局核定,调整为", "经复核后修正为"])
def test_a_figure_said_revised_to_another_is_that_other(tmp_path: Path, revised: str) -> None:
    facts = _facts(
        tmp_path,
        "德阳市科技局2019年工作总结\n\n"
        f"需要说明的是,我市2018年R&D经费支出快报数为31.2亿元,{revised}33.6亿元。\n",
    )
    assert {f for f in facts if f[0] == "rd_expenditure"} == {
        ("rd_expenditure", 2018, "actual", "level", 3.36e9)
    }
