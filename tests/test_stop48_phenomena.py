"""Phenomena met in report-like texts read during stop 48, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts


def test_a_title_summing_up_an_assessment_of_the_years_goals_looks_back_on_that_year() -> None:
    # …年度目标管理考核工作总结: how the year's goals went, not goals for it; the news that a
    # place did well in a year's assessment likewise; but the rules of an assessment to come
    # (…考核实施办法) plan the year they name
    summed_up = page_meta("奉新县科技局2022年度目标管理考核工作总结\n\n全县新增高新技术企业9家。\n")
    assert (summed_up.report_year, summed_up.plan_year) == (2022, 2023)
    news = page_meta(
        "奉新县在2021年度全市科技创新目标考核中荣获一等奖\n\n全县新增高新技术企业9家。\n"
    )
    assert news.report_year == 2021
    rules = page_meta("奉新县2023年度科技创新目标考核实施办法\n\n一、考核内容\n")
    assert rules.plan_year == 2023 and rules.report_year != 2023


def test_a_figure_followed_by_what_was_actually_reached_is_the_goal_of_that_year(
    tmp_path: Path,
) -> None:
    # 责任书…: 新增…20家,实际新增31家: the first figure is the goal the result is said against;
    # 按可比价格计算,实际增长: real growth, no goal before it
    facts = _facts(
        tmp_path,
        "玉山县科技局2021年目标任务完成情况\n\n"
        "县政府下达的量化指标共5项,完成情况如下:1.新增高新技术企业20家,实际新增31家;"
        "2.技术合同成交额3亿元,实际完成3.4亿元。\n"
        "全县研发经费支出11亿元,按可比价格计算,实际增长9%。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "increment", 20.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 31.0) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 3e8) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 3.4e8) in facts
    assert ("rd_expenditure", 2021, "actual", "level", 1.1e9) in facts


def test_a_result_from_a_statistical_release_after_its_goal_is_the_years_result(
    tmp_path: Path,
) -> None:
    # 目标值…,快报数为…: the release's figure is what was reached; the goal is the year's own,
    # and the gap to it (比目标多…) is neither, so the growth after it is the result's
    facts = _facts(
        tmp_path,
        "铅山县科技局2020年度考核指标完成情况报告\n\n"
        "全社会研发经费支出目标值3.2亿元,统计快报数为3.5亿元,比目标多0.3亿元,增长16%。\n",
    )
    assert ("rd_expenditure", 2020, "target", "level", 3.2e8) in facts
    assert ("rd_expenditure", 2020, "actual", "level", 3.5e8) in facts
    assert ("rd_expenditure", 2020, "actual", "growth_pct", 16.0) in facts
    assert not [f for f in facts if f[4] == 0.3e8]


def test_a_gap_to_the_goal_is_no_figure_of_the_indicator(tmp_path: Path) -> None:
    # 高于年度目标0.4件, 离目标仍差2家: how far from the goal, neither a goal nor a result
    facts = _facts(
        tmp_path,
        "弋阳县科技局2019年工作总结\n\n"
        "全县每万人发明专利拥有量达到3.1件,高于年度目标0.4件。\n"
        "全县省级众创空间达到4家,离目标仍差2家。\n",
    )
    assert ("invention_patents_per_10k", 2019, "actual", "level", 3.1) in facts
    assert not [f for f in facts if f[4] in (0.4, 2.0)]


def test_a_goal_set_as_the_year_began_is_that_years_goal(tmp_path: Path) -> None:
    # 年初计划…达到…: planned when the year looked back on began, then what was reached
    facts = _facts(
        tmp_path,
        "余干县科技局2018年工作总结\n\n"
        "年初计划全县研发投入强度达到1.3%,据统计部门测算,全年实际达到1.36%。\n",
    )
    assert ("rd_intensity", 2018, "target", "share_pct", 1.3) in facts
    assert ("rd_intensity", 2018, "actual", "share_pct", 1.36) in facts


def test_a_goal_said_missed_sets_no_goal_for_the_clauses_after_it(tmp_path: Path) -> None:
    # …的预期目标未能实现,全年…增长…: what happened, after the goal that was missed
    facts = _facts(
        tmp_path,
        "万年县科技局2022年工作总结\n\n"
        "年初确定的研发投入强度2%的预期目标未能实现,全年研发经费增长8.5%,"
        "研发投入强度提高到1.74%。\n",
    )
    assert ("rd_intensity", 2022, "target", "share_pct", 2.0) in facts
    assert ("rd_expenditure", 2022, "actual", "growth_pct", 8.5) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.74) in facts


def test_a_goal_in_brackets_beside_its_result_is_the_same_years_goal(tmp_path: Path) -> None:
    # 3012件(计划2800件), 比目标值(0.9%)高: the goal of the result's year; but the goal of a
    # plan period a share is taken of (占规划期目标(50亿元)的40%) is no year's
    facts = _facts(
        tmp_path,
        "德兴市科技局2017年工作总结\n\n"
        "全年专利申请量3012件(计划2800件),同比增长7%。\n"
        "研发投入强度0.96%,比目标值(0.9%)高0.06个百分点。\n"
        "技术合同两年累计成交20亿元,占规划期累计目标(50亿元)的40%。\n",
    )
    assert ("patent_applications", 2017, "actual", "level", 3012.0) in facts
    assert ("patent_applications", 2017, "target", "level", 2800.0) in facts
    assert ("patent_applications", 2017, "actual", "growth_pct", 7.0) in facts
    assert ("rd_intensity", 2017, "target", "share_pct", 0.9) in facts
    assert not [f for f in facts if f[4] == 5e9]


def test_the_years_goal_in_a_look_back_is_the_year_looked_back_on(tmp_path: Path) -> None:
    # 年度目标25亿元, written after the year: the goal of the year reported, not of the next
    facts = _facts(
        tmp_path,
        "婺源县科技局2023年工作总结\n"
        "(2024年1月10日)\n\n"
        "全县技术合同成交额27.2亿元,年度目标25亿元。\n",
    )
    assert ("tech_contract_turnover", 2023, "target", "level", 2.5e9) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 2.72e9) in facts


def test_indicators_a_review_counts_off_are_the_years_goals(tmp_path: Path) -> None:
    # 承担考评指标4项,分别为:(1)…;(2)…: the quotas of the year reviewed
    facts = _facts(
        tmp_path,
        "浮梁县科技局2024年度绩效自评报告\n"
        "(2025年1月8日)\n\n"
        "我局承担县级考评指标4项,分别为:(1)新增高新技术企业6家;(2)技术合同成交额0.8亿元。\n"
        "全年新增高新技术企业7家,技术合同成交额0.93亿元。\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "increment", 6.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 8e7) in facts
    assert ("high_tech_enterprises", 2024, "actual", "increment", 7.0) in facts
    assert ("tech_contract_turnover", 2024, "actual", "level", 9.3e7) in facts


def test_a_standing_among_the_whole_areas_cities_counted_without_a_measure_word(
    tmp_path: Path,
) -> None:
    # 在全省21市中居第9位 (no 个), after a clause that only compares with the average, or with
    # the peers named by a noun of their own (省辖市), after a change said by degree (有所提高);
    # not a score's standing (得分…,在16个市中排名第四)
    facts = _facts(
        tmp_path,
        "宿州市科技局2021年工作总结\n\n"
        "2021年全市研发投入强度有所提高,但仍低于全省平均水平0.6个百分点,在全省16市中居第12位。\n"
        "全市技术合同成交额低于全省平均水平(12亿元)3亿元,在全省16个省辖市中居第10位。\n"
        "全市专利申请量考核得分为91.5分,在全省16个市中排名第四。\n",
    )
    ranks = {(f[0], f[4]) for f in facts if f[3] == "rank"}
    assert ranks == {("rd_intensity", 12.0), ("tech_contract_turnover", 10.0)}


def test_a_goal_a_result_is_the_share_of_is_that_years_unless_summed_over_a_period(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "泗县科技局2022年工作总结\n\n"
        "全县研发经费完成4.2亿元,占2022年目标(5亿元)的84%。\n"
        "全县技术合同三年累计成交9亿元,占规划期累计目标(20亿元)的45%。\n",
    )
    assert ("rd_expenditure", 2022, "target", "level", 5e8) in facts
    assert not [f for f in facts if f[4] == 2e9]


def test_a_years_own_value_in_brackets_after_the_comparison_is_that_years(
    tmp_path: Path,
) -> None:
    # 比2019年(2.1%)提高…: the bracket holds 2019's own value; 较同期(…) names no year
    facts = _facts(
        tmp_path,
        "韶关市2020年科技经费投入统计公报\n\n"
        "全市研发经费投入强度为2.4%,比2019年(2.1%)提高0.3个百分点;"
        "技术合同成交额15亿元,较同期(12亿元)增长25%。\n",
    )
    assert ("rd_intensity", 2019, "actual", "share_pct", 2.1) in facts
    assert ("rd_intensity", 2020, "actual", "share_pct", 2.4) in facts
    assert not [f for f in facts if f[4] == 1.2e9]


def test_figures_given_each_to_the_places_a_clause_lists_are_theirs(tmp_path: Path) -> None:
    # …的县(区)有A、B和C,分别为…: each listed place's figure, not the whole's
    facts = _facts(
        tmp_path,
        "韶关市2020年科技经费投入统计公报\n\n"
        "全市研发经费投入40亿元。研发经费超过5亿元的县(区)有武江区、浈江区和乐昌市,"
        "分别为9.1亿元、7.7亿元和5.2亿元。\n",
    )
    assert ("rd_expenditure", 2020, "actual", "level", 4e9) in facts
    assert not [f for f in facts if f[4] in (9.1e8, 7.7e8, 5.2e8)]


def test_an_estimate_of_the_year_counts_what_a_proposed_list_holds(tmp_path: Path) -> None:
    # …已列入拟认定名单,预计全年新增…: the estimate of the year's result, no proposal; but 尚有
    # 2家正在…评审中 is still under review
    facts = _facts(
        tmp_path,
        "陆川县科技局2024年工作总结\n"
        "(2024年12月5日)\n\n"
        "今年共有14家企业申报高新技术企业,其中9家已列入拟认定名单,预计全年新增高新技术企业9家。"
        "全县新增省级众创空间1家,尚有2家正在省科技厅评审中。\n",
    )
    assert ("high_tech_enterprises", 2024, "actual", "increment", 9.0) in facts
    assert [f for f in facts if f[0] == "maker_spaces"] == [
        ("maker_spaces", 2024, "actual", "increment", 1.0)
    ]


def test_a_clause_saying_the_goal_was_met_does_not_hide_the_standing_after_it(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "渭南市科技局2022年工作总结\n\n"
        "全年技术合同成交额86.4亿元,同比增长30.2%,全面完成年度目标任务,总量位居全省第三。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "rank", 3.0) in facts


def test_a_quota_the_level_above_assigns_is_the_issuers_for_the_year_reviewed(
    tmp_path: Path,
) -> None:
    # 市里下达我县…目标…: the parent sets the issuer's quota of the year looked back on; and
    # 占全年目标…的 says that goal (not the whole of a province a share is of)
    facts = _facts(
        tmp_path,
        "怀宁县科技局2021年工作总结\n"
        "(2022年1月6日)\n\n"
        "安庆市下达我县专利申请目标900件,完成率108%。"
        "全县技术合同成交额4.2亿元,占全年目标5亿元的84%。\n",
    )
    assert ("patent_applications", 2021, "target", "level", 900.0) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 5e8) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 4.2e8) in facts


def test_planned_as_a_verb_before_any_act_of_making_the_things_sets_a_goal(
    tmp_path: Path,
) -> None:
    # 计划选派…, 计划入库…: the plan as a verb; a programme's name (人才支持计划选派…) is none
    facts = _facts(
        tmp_path,
        "定西市科技局2023年工作总结\n\n"
        "全年通过“三区”人才支持计划选派科技特派员96人。"
        "全市计划选派科技特派员150名,计划入库科技型中小企业300家。\n",
    )
    assert ("sci_tech_commissioners", 2023, "actual", "level", 96.0) in facts
    assert ("sci_tech_commissioners", 2024, "target", "level", 150.0) in facts
    assert ("tech_smes", 2024, "target", "level", 300.0) in facts


def test_a_bar_that_describes_the_units_a_policy_speaks_of_is_no_figure(tmp_path: Path) -> None:
    # 研发投入超过500万元、且…的企业: the bar a kind of firm clears, a criterion
    facts = _facts(
        tmp_path,
        "定西市科技局2023年工作总结\n\n"
        "全市研发经费投入42亿元。\n"
        "下一年度,全市计划新增高新技术企业30家。\n"
        "支持上年度研发投入超过500万元、且研发投入占营业收入比例不低于4%的企业建设研发中心,"
        "每家最高补助50万元。\n",
    )
    assert [f for f in facts if f[0] == "rd_expenditure"] == [
        ("rd_expenditure", 2023, "actual", "level", 4.2e9)
    ]


def test_the_issuers_number_of_what_the_parent_recognised_is_ranked(tmp_path: Path) -> None:
    # 烟台市共新认定…212家,我市新认定数量居…第四位: the issuer's own count of the act, ranked
    facts = _facts(
        tmp_path,
        "莱州市科技局2020年工作总结\n\n"
        "2020年,烟台市新认定高新技术企业236家,我市新认定数量居各县市区第三位。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "rank", 3.0) in facts
    assert not [f for f in facts if f[4] == 236.0]


def test_a_standing_among_every_unit_of_an_area_counts_one_among_picked_peers_does_not(
    tmp_path: Path,
) -> None:
    # 在全省18个市州中 / 在全省16个省辖市中: every unit of the province; 在5个对标城市中,
    # 在全省8个资源型县中, 在皖江城市带9个城市中, 在两市中: peers the text picked
    facts = _facts(
        tmp_path,
        "蚌埠市科技局2022年工作总结\n\n"
        "全市研发投入强度在全省16个省辖市中居第6位。\n"
        "在全省16个省辖市中,我市技术合同成交额居第4位。\n"
        "在5个对标城市中,我市高新技术企业数量居第2位。\n"
        "全市发明专利授权量在皖江城市带9个城市中排名第3位。\n"
        "在全省8个资源型城市中,我市每万人发明专利拥有量居第1位。\n",
    )
    ranks = {(f[0], f[4]) for f in facts if f[3] == "rank"}
    assert ranks == {("rd_intensity", 6.0), ("tech_contract_turnover", 4.0)}
    assert not [f for f in facts if f[4] in (16.0, 9.0, 8.0, 5.0)]


def test_a_sentence_leading_into_a_list_of_goals_heads_no_part() -> None:
    # …,提出分两步走的赶超目标: is a sentence before a list, not a heading: the period it names
    # does not date the report, the year its review opens on does
    meta = page_meta(
        "淮南市对标先进城市科技创新专题报告\n\n"
        "一、基本情况\n\n"
        "2023年,全市研发经费投入达到58亿元,高新技术企业总数达到420家。\n\n"
        "二、赶超目标\n\n"
        "着眼“十四五”后半程,确定分步推进的赶超目标:\n"
        "到2025年,全市研发投入强度达到2.3%。\n"
    )
    assert meta.report_year == 2023


def test_a_year_said_after_who_sets_it_reaches_past_the_semicolons(tmp_path: Path) -> None:
    # 会议明确,2026年…;…: the year the meeting set the goals for heads every item
    facts = _facts(
        tmp_path,
        "汉中市科技创新大会召开\n"
        "汉中日报 2026年1月20日\n\n"
        "会议总结了2025年全市科技工作。会议明确,2026年全市高新技术企业突破300家;"
        "新建省级重点实验室2个、新型研发机构4家。\n",
    )
    assert ("high_tech_enterprises", 2026, "target", "level", 300.0) in facts
    assert ("new_rd_institutions", 2026, "target", "increment", 4.0) in facts


def test_a_parts_aside_does_not_carry_past_the_semicolon(tmp_path: Path) -> None:
    # …总数达到820家,其中高新区新增90家;技术合同成交额…: the items after the ';' are the
    # issuer's again
    facts = _facts(
        tmp_path,
        "2026年嘉兴市南湖区人民政府工作报告\n\n"
        "2025年,新认定高新技术企业160家,总数达到820家,其中南湖科技城新增90家;"
        "技术合同成交额36亿元;每万人发明专利拥有量62.5件。\n",
    )
    assert ("tech_contract_turnover", 2025, "actual", "level", 3.6e9) in facts
    assert ("invention_patents_per_10k", 2025, "actual", "level", 62.5) in facts
    assert not [f for f in facts if f[4] == 90.0]


def test_a_closing_summary_of_a_plan_period_looks_back_on_it() -> None:
    # “十四五”…规划实施情况总结评估报告: the period closed, looked back on at its end
    meta = page_meta(
        "湘潭市“十四五”科技创新规划实施情况总结评估报告\n\n全市研发投入强度达到2.6%。\n"
    )
    assert meta.report_year == 2025


def test_a_note_dating_some_figures_to_another_year_moves_them(tmp_path: Path) -> None:
    # 注:R&D经费…及其占…比重为2022年数据 / 带*指标为上年数据: the figures a bulletin publishes a
    # year late, dated by its note; the other figures stay the report year's
    facts = _facts(
        tmp_path,
        "芜湖市2023年国民经济和社会发展统计公报\n\n"
        "全市研究与试验发展(R&D)经费支出186.2亿元,增长11.4%,占地区生产总值比重3.9%。"
        "全市高新技术企业达到2321家。\n"
        "注:R&D经费支出及其占地区生产总值比重为2022年数据。\n",
    )
    assert ("rd_expenditure", 2022, "actual", "level", 1.862e10) in facts
    assert ("rd_expenditure", 2022, "actual", "growth_pct", 11.4) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 3.9) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 2321.0) in facts
    (tmp_path / "marked").mkdir()
    marked = _facts(
        tmp_path / "marked",
        "铜陵市2023年统计公报\n\n"
        "三、科技创新\n"
        "指标名称 | 计量单位 | 绝对数 | 比上年增长(%)\n"
        "研究与试验发展经费支出* | 亿元 | 45.6 | 9.1\n"
        "技术合同成交额 | 亿元 | 38.2 | 20.5\n"
        "注:带*指标为上年数据。\n",
    )
    assert ("rd_expenditure", 2022, "actual", "level", 4.56e9) in marked
    assert ("tech_contract_turnover", 2023, "actual", "level", 3.82e9) in marked


def test_a_page_dated_only_by_a_month_is_dated_to_that_month() -> None:
    # 唐山市科学技术局 2023年1月 under a title with no year: written in January 2023, so its
    # 去年 is 2022; 二〇一九年十二月 at the end dates a December text
    january = page_meta(
        "市科技局工作总结\n\n唐山市科学技术局　　2023年1月\n\n"
        "去年,全市新认定高新技术企业260家。今年,力争高新技术企业总数突破1500家。\n"
    )
    assert (january.report_year, january.plan_year) == (2022, 2023)
    assert january.published_on is not None and january.published_on.year == 2023
    december = page_meta(
        "县科技局工作总结\n\n今年,全县新认定高新技术企业12家。明年,力争新认定15家。\n\n"
        "滦南县科学技术局\n二〇一九年十二月\n"
    )
    assert (december.report_year, december.plan_year) == (2019, 2020)


def test_a_meeting_report_given_after_its_year_closed_plans_the_year_it_was_given_in(
    tmp_path: Path,
) -> None:
    # a news item of March on the year's meeting, which says of the last year only that it
    # closed: its goals (力争…) are the meeting's year's, not the year reviewed
    facts = _facts(
        tmp_path,
        "榕江县召开2022年全县科技工作会议\n\n"
        "来源:榕江县人民政府网　　发布日期:2022-03-10\n\n"
        "会议全面总结了一年来的科技工作。会议要求,全县科技系统要重点抓好三项工作:"
        "一是力争新增科技型中小企业12家;二是争取上级科技资金300万元以上。\n",
    )
    assert ("tech_smes", 2022, "target", "increment", 12.0) in facts


def test_a_table_of_the_years_goal_and_result_as_rows_under_any_label(tmp_path: Path) -> None:
    # 项目 | 高新技术企业(家) | …, then 2021年目标 | … and 2021年完成 | …: rows of a year
    facts = _facts(
        tmp_path,
        "保山市科技局2021年工作总结\n\n"
        "全市科技创新主要指标完成情况如下:\n"
        "项目\t高新技术企业(家)\t技术合同成交额(亿元)\n"
        "2021年目标\t75\t4.2\n"
        "2021年完成\t81\t4.6\n"
        "完成率(%)\t108\t109.5\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "level", 75.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 81.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 4.6e8) in facts
    assert not [f for f in facts if f[4] in (108.0, 109.5)]


def test_a_table_one_cell_per_line_whose_rows_open_on_their_number(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "周口市2022年政府工作报告\n\n"
        "2022年科技创新主要预期指标\n"
        "序号\n指标\n单位\n2021年\n2022年预期\n属性\n"
        "1\n高新技术企业\n家\n260\n320\n预期性\n"
        "2\n技术合同成交额\n亿元\n12.5\n16\n预期性\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 260.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "level", 320.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 1.6e9) in facts


def test_a_change_column_gives_a_counts_increment_and_a_lag_note_moves_its_years(
    tmp_path: Path,
) -> None:
    # 2022年 | 2023年 | 增减: how many more (no rate); 研发投入强度为滞后一年的数据: its columns
    # hold the year before's
    facts = _facts(
        tmp_path,
        "渭南市科技局2023年工作总结\n\n"
        "| 指标 | 2022年 | 2023年 | 增减 |\n"
        "| 高新技术企业 | 310 | 356 | 46 |\n"
        "| 技术合同成交额 | 80.2 | 95.6 | 15.4 |\n"
        "| 研发投入强度 | 1.21 | 1.30 | 0.09 |\n"
        "注:研发投入强度为滞后一年的统计数据。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "increment", 46.0) in facts
    assert not [f for f in facts if f[4] in (15.4, 0.09) or f[3] == "growth_pct"]
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.30) in facts
    assert ("rd_intensity", 2021, "actual", "share_pct", 1.21) in facts


def test_figures_said_roughly_in_numerals_are_read(tmp_path: Path) -> None:
    # 一千二百来件, 八十几家, 一百零几家: a speech's rough figures, approximate
    facts = _facts(
        tmp_path,
        "局长在2019年全县科技工作会议上的讲话\n\n"
        "同志们,去年全县专利授权量一千二百来件,其中发明专利授权八十几件;"
        "高新技术企业总数达到一百零几家。\n",
    )
    assert ("patent_grants", 2018, "actual", "level", 1200.0) in facts
    assert ("invention_patent_grants", 2018, "actual", "level", 80.0) in facts
    assert ("high_tech_enterprises", 2018, "actual", "level", 100.0) in facts


def test_a_weekly_bulletins_progress_heading_looks_back_on_its_own_year(tmp_path: Path) -> None:
    # 科技工作周报 第N期: an issue of the year it came out in; 一、重点工作进展 tells how the
    # work went, no plan heading
    text = (
        "临沂市科技创新工作周报\n第21期\n(2023年5月22日—5月28日)\n\n"
        "一、重点工作进展\n"
        "(一)科技型中小企业评价。今年以来全市入库科技型中小企业1210家,同比增长15.2%。\n"
        "二、下周工作安排\n"
        "1.组织开展科技成果转化贷款对接活动。\n"
    )
    meta = page_meta(text)
    assert (meta.report_year, meta.plan_year) == (2023, 2023)
    facts = _facts(tmp_path, text)
    assert ("tech_smes", 2023, "actual", "level", 1210.0) in facts


def test_a_year_in_a_lists_lead_in_heads_every_item(tmp_path: Path) -> None:
    # 会议总结了2022年工作:…;…;…: each item after the colon is that year's
    facts = _facts(
        tmp_path,
        "铜陵市科技工作简报\n2023年第12期\n(2023年6月5日)\n\n"
        "会议总结了2022年工作:全年新认定高新技术企业96家;技术合同成交额完成31.5亿元;"
        "争取省级以上科技资金1.6亿元。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 3.15e9) in facts
    assert ("sci_tech_funds_secured", 2022, "actual", "level", 1.6e8) in facts


def test_a_digest_items_plan_headline_heads_only_its_item(tmp_path: Path) -> None:
    # ◆全省科技工作要点 heads the province's plan; the next ◆ item is the city's news again
    facts = _facts(
        tmp_path,
        "台州科技工作月报\n2016年第5期\n台州市科学技术局办公室 2016年6月8日\n\n"
        "◆1—5月全市专利工作情况\n\n"
        "1—5月,全市专利申请量18230件,同比增长6.1%。\n\n"
        "◆全省科技工作要点\n\n"
        "日前,省科技厅印发年度科技工作要点,提出全省研发经费支出占生产总值比重达到2.5%。\n\n"
        "◆高新技术企业\n\n"
        "截至5月底,全市有效期内高新技术企业达到612家。\n",
    )
    assert ("high_tech_enterprises", 2016, "actual", "level", 612.0) in facts
    assert not [f for f in facts if f[2] == "target"]


def test_a_speechs_next_point_is_no_count_and_its_datas_year_dates_the_figures(
    tmp_path: Path,
) -> None:
    # 还有一个,众创空间 / 再一个,…: one more point, no count; 能拿到的是2021年的数据: the year
    # the figures after it are of, no base of a multiple
    facts = _facts(
        tmp_path,
        "区科技局局长在区人大常委会上的述职发言\n(2022年12月12日,根据录音整理)\n\n"
        "研发投入方面,统计有滞后,现在能拿到的是2021年的数据:全区研发投入是8.6亿元。"
        "还有一个,众创空间,今年新增省级众创空间2家。再一个,科技特派员,全区选派科技特派员45名。\n",
    )
    assert ("rd_expenditure", 2021, "actual", "level", 8.6e8) in facts
    assert ("maker_spaces", 2022, "actual", "increment", 2.0) in facts
    assert not [f for f in facts if f[4] == 1.0]


def test_a_dated_meeting_report_reviewing_last_year_and_planning_this_one() -> None:
    # 总结去年…部署今年…, published in February, with a three-year plan's years in the body:
    # the year before it was published, and that year
    meta = page_meta(
        "全市科技创新大会召开 发布三年行动方案\n"
        "来源:德阳日报 发布时间:2024-02-19 09:10\n\n"
        "2月18日,全市科技创新大会召开。会议总结去年全市科技创新工作,发布《科技创新三年行动方案"
        "(2024—2026年)》,部署今年重点任务。2024年是三年行动方案的开局之年。"
        "去年,全市高新技术企业总数达到560家。"
        "今年,全市将新增高新技术企业80家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2023, 2024)
