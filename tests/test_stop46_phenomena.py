"""Phenomena met in report-like texts read during stop 46, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts


def test_a_title_saying_a_period_was_carried_through_looks_back_on_it(tmp_path: Path) -> None:
    # 圆满完成“十三五”规划 at the period's end: the text looks back on the period (its last
    # year), not forward to it; its figures of that year are actual
    text = (
        "圆满完成“十三五”规划——临沧市科技创新成就发布会\n"
        "发布时间:2020年12月18日\n\n"
        "五年来,全市高新技术企业达到52家,研发投入强度提高到0.62%。\n"
    )
    meta = page_meta(text)
    assert (meta.report_year, meta.years_basis) == (2020, "title")
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2020, "actual", "level", 52.0) in facts
    assert ("rd_intensity", 2020, "actual", "share_pct", 0.62) in facts


def test_a_period_that_opened_well_is_no_look_back_on_the_period() -> None:
    # 实现“十四五”良好开局: the period's first year went well; the text does not look back on
    # the whole period (its last year)
    meta = page_meta(
        "临沧市科技工作实现“十四五”良好开局\n"
        "发布时间:2022年1月6日\n\n"
        "2021年,全市新增高新技术企业9家。\n"
    )
    assert meta.report_year == 2021


def test_completing_a_years_tasks_in_a_plan_title_stays_a_plan() -> None:
    # …完成2024年度目标任务的实施方案: the plan for getting the year's tasks done
    meta = page_meta(
        "临沧市科学技术局关于确保完成2024年度目标任务的实施方案\n\n"
        "一、全年新增科技型中小企业40家。\n"
    )
    assert meta.plan_year == 2024


def test_one_rate_said_of_each_listed_name_is_each_names(tmp_path: Path) -> None:
    # 均 after names listed together: the one rate is each name's (without it, their sum's)
    facts = _facts(
        tmp_path,
        "耿马县科技局2019年工作总结\n\n"
        "2019年,全县专利申请量和专利授权量同比均增长18%;"
        "高新技术企业和科技型中小企业数量同比增长25%。\n",
    )
    assert ("patent_applications", 2019, "actual", "growth_pct", 18.0) in facts
    assert ("patent_grants", 2019, "actual", "growth_pct", 18.0) in facts
    assert not {f for f in facts if f[4] == 25.0}


def test_a_change_since_a_figure_of_years_ago_is_no_years_change(tmp_path: Path) -> None:
    # 比“十二五”末的35家增加了53家 in 2019: the change since 2015, no increment of 2019; one
    # since the year before's figure (较2018年的70家净增18家) is the year's own
    facts = _facts(
        tmp_path,
        "沧源县科技局2019年工作总结\n\n"
        "全县科技型中小企业达到88家,比“十二五”末的35家增加了53家。"
        "高新技术企业达到19家,较2016年的6家增加13家。"
        "众创空间达到12家,较2018年的9家增加3家。\n",
    )
    increments = {(f[0], f[4]) for f in facts if f[3] == "increment"}
    assert increments == {("maker_spaces", 3.0)}


def test_figures_of_each_sub_area_or_a_bar_they_clear_are_not_the_whole(tmp_path: Path) -> None:
    # each 旗 or county with the figure (每个旗县, N个县…均, 更多县区), or the bar some of
    # them cleared (超过2%的有…): none is the league's own figure; its total stays
    facts = _facts(
        tmp_path,
        "锡林郭勒盟科技局2021年工作总结\n\n"
        "2021年,全盟研发投入强度达到0.62%,高新技术企业达到48家。"
        "研发投入强度超过1%的有锡林浩特市和二连浩特市;"
        "要求每个旗县年内至少新增2家高新技术企业,"
        "4个旗县研发投入强度均达到0.5%以上,推动更多旗县区研发投入强度突破1%。\n",
    )
    assert facts == {
        ("rd_intensity", 2021, "actual", "share_pct", 0.62),
        ("high_tech_enterprises", 2021, "actual", "level", 48.0),
    }


def test_a_rate_after_growths_of_the_same_name_is_a_growth_too(tmp_path: Path) -> None:
    # 研发经费增幅…保持在20%以上,当年为23.5%: the rate after the name's growth goes on as its
    # growth, not as the share of the economy a bare percentage of R&D money would be
    facts = _facts(
        tmp_path,
        "明光市科技局2022年工作总结\n\n"
        "全市研发经费增幅已连续两年保持在20%以上,2022年为23.5%,"
        "研发投入强度达到1.8%。\n",
    )
    assert ("rd_expenditure", 2022, "actual", "growth_pct", 23.5) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.8) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 23.5) not in facts


def test_a_provinces_figure_compared_with_is_the_provinces(tmp_path: Path) -> None:
    # 比全省2.05%的平均水平低…: the figure right after the province it is compared with is
    # the province's average, not the city's
    facts = _facts(
        tmp_path,
        "抚州市科技局2021年工作总结\n\n"
        "我市研发投入强度为1.72%,比全省2.05%的平均水平低0.33个百分点,"
        "较全国2.44%的平均水平差距更大。\n",
    )
    assert facts == {("rd_intensity", 2021, "actual", "share_pct", 1.72)}


def test_a_parent_citys_level_and_above_names_a_level(tmp_path: Path) -> None:
    # 漳州市级以上重点实验室 in a county of 漳州: the level of the laboratories (市级 and
    # above), not the city's own figure
    facts = _facts(
        tmp_path,
        "长泰区科技局2023年工作总结\n\n2023年,全区新增漳州市级以上重点实验室4家。\n",
    )
    assert {(f[0], f[3], f[4]) for f in facts} == {("key_laboratories", "increment", 4.0)}


def test_a_change_said_in_tenths_is_a_rate(tmp_path: Path) -> None:
    # 增长三成以上 is +30% or more, 下降近一成 about -10%; 建成, 完成 and 九成企业 are no rates
    facts = _facts(
        tmp_path,
        "阿勒泰地区科技局2017年工作总结\n\n"
        "全年技术合同成交额同比增长三成以上,达到2.6亿元;发明专利授权量同比下降近一成。"
        "建成众创空间3家,九成以上高新技术企业设立了研发机构。\n",
    )
    rates = {(f[0], f[4]) for f in facts if f[3] == "growth_pct"}
    assert rates == {("tech_contract_turnover", 30.0), ("invention_patent_grants", -10.0)}


def test_an_intensity_named_after_the_amount_without_its_stem_is_the_intensity(
    tmp_path: Path,
) -> None:
    # …R&D经费总量居全省第4位,投入强度居全省第7位: 投入强度 is the amount's share of the
    # economy, ranked on its own
    facts = _facts(
        tmp_path,
        "岳阳市2021年科技经费投入统计公报\n\n"
        "2021年,全市R&D经费总量居全省第4位,投入强度居全省第7位。\n",
    )
    assert ("rd_expenditure", 2021, "actual", "rank", 4.0) in facts
    assert ("rd_intensity", 2021, "actual", "rank", 7.0) in facts
    assert ("rd_expenditure", 2021, "actual", "rank", 7.0) not in facts


def test_a_headline_opening_on_a_citys_short_name_is_that_citys() -> None:
    # 岳阳R&D… in the headline, another city named once in the body: the headline's city; but
    # a headline opening on the city then one of its districts is the district's
    meta = page_meta(
        "岳阳R&D经费投入强度再创新高\n"
        "2022-10-20  岳阳日报\n\n"
        "去年我市R&D经费投入强度达到1.9%,长沙市投入强度为3.2%。\n"
    )
    assert meta.city_zh == "岳阳市"


def test_a_national_new_area_named_after_a_region_is_its_own_issuer(tmp_path: Path) -> None:
    # 天府新区 is no place of the gazetteer: the area of 成都 that issues the text, whose 全区
    # figures are its own and whose 全市 figures are 成都's
    text = (
        "天府新区2022年科技创新工作总结\n\n"
        "2022年,天府新区坚持创新引领。全区新增高新技术企业210家,总数达到1460家;"
        "全区研发投入强度达到4.1%。全市高新技术企业总数突破6000家,新区贡献持续提升。\n"
    )
    meta = page_meta(text)
    assert (meta.city_zh, meta.zone) == ("天府新区", "天府新区")
    assert _facts(tmp_path, text) == {
        ("high_tech_enterprises", 2022, "actual", "increment", 210.0),
        ("high_tech_enterprises", 2022, "actual", "level", 1460.0),
        ("rd_intensity", 2022, "actual", "share_pct", 4.1),
    }


def test_a_report_given_early_the_next_year_calls_that_year_this_year(tmp_path: Path) -> None:
    # delivered in February 2021: 一年来 closes 2020, 年内… in its list of goals and 今年…预期
    # 目标 are 2021's, whatever the count of words that could be said during a year
    text = (
        "政府工作报告\n"
        "——2021年2月3日在阿荣旗第十六届人民代表大会第五次会议上\n\n"
        "一、2020年工作回顾\n"
        "一年来,全旗高新技术企业达到12家。\n\n"
        "二、2021年主要目标任务\n"
        "今年经济社会发展的主要预期目标是:研发投入强度达到0.8%。"
        "年内建成智慧农场3个,年内科技型中小企业达到40家。\n"
    )
    assert page_meta(text).current_year == 2021
    facts = _facts(tmp_path, text)
    assert ("rd_intensity", 2021, "target", "share_pct", 0.8) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 12.0) in facts


def test_a_heading_of_the_years_key_work_frames_its_goals(tmp_path: Path) -> None:
    # 三、2022年重点工作 after a look back on 2021 and a heading of five-year goals: the goals
    # under it are 2022's, those said 到2025年 stay 2025's
    facts = _facts(
        tmp_path,
        "宁国市人民政府工作报告(摘要)\n"
        "(2022年1月12日在宁国市第十八届人民代表大会第一次会议上)\n\n"
        "一、2021年工作回顾\n"
        "2021年,新增高新技术企业31家。\n\n"
        "二、“十四五”时期主要目标\n"
        "到2025年,高新技术企业突破260家。\n\n"
        "三、2022年重点工作\n"
        "(一)强化创新驱动。新增高新技术企业35家以上,技术合同交易额达到18亿元。\n",
    )
    assert ("high_tech_enterprises", 2022, "target", "increment", 35.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 1_800_000_000.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 260.0) in facts


def test_a_word_and_a_bare_year_on_a_line_head_their_parts(tmp_path: Path) -> None:
    # 回顾2019 / 展望2020 on lines of their own, no 年 after the year: the look back and the
    # plan, as 【回顾2019】 would be
    facts = _facts(
        tmp_path,
        "进贤县2020年政府工作报告(摘要)\n\n"
        "回顾2019\n"
        "2019年,全县新认定高新技术企业21家,研发投入强度达到1.2%。\n\n"
        "展望2020\n"
        "今年全县经济社会发展的主要预期目标是:地区生产总值增长7%左右。\n"
        "重点抓好四个方面工作:\n"
        "一是强化创新驱动。\n"
        "研发投入强度达到1.4%,新认定高新技术企业25家以上。\n",
    )
    assert ("rd_intensity", 2019, "actual", "share_pct", 1.2) in facts
    assert ("rd_intensity", 2020, "target", "share_pct", 1.4) in facts
    assert ("high_tech_enterprises", 2020, "target", "increment", 25.0) in facts


def test_a_report_summed_up_by_the_news_plans_the_year_it_names(tmp_path: Path) -> None:
    # news of a congress opening (report_2024.txt, named for the day it was given): the report
    # looked back on five years to 2023 and, 关于2024年的工作,报告提出… the year's goals
    text = (
        "弥勒市第十届人民代表大会第三次会议开幕\n"
        "发布时间:2024-01-09\n\n"
        "报告回顾了过去一年的工作。2023年,全市高新技术企业达到46家。\n\n"
        "关于2024年的工作,报告提出,全年研发投入强度达到1.6%,新增高新技术企业8家。\n"
    )
    facts = _facts(tmp_path, text, name="mile_2024.txt")
    assert ("high_tech_enterprises", 2023, "actual", "level", 46.0) in facts
    assert ("rd_intensity", 2024, "target", "share_pct", 1.6) in facts
    assert ("high_tech_enterprises", 2024, "target", "increment", 8.0) in facts


def test_a_firms_own_people_speaking_of_it_in_quotes_speak_of_the_firm(tmp_path: Path) -> None:
    # “我们企业去年研发投入8000万元…: a manager quoted on the firm's figures, not the city's
    facts = _facts(
        tmp_path,
        "常熟市科技局2022年工作总结\n\n"
        "2022年,全市研发投入强度达到3.1%。"
        "一家纺织企业的负责人告诉记者:“我们企业去年研发投入8000万元,获得发明专利授权15件。”\n",
    )
    assert facts == {("rd_intensity", 2022, "actual", "share_pct", 3.1)}


def test_a_place_described_as_the_issuers_neighbour_speaks_of_itself(tmp_path: Path) -> None:
    # 与遂宁接壤的南充市,… / 同我市相邻的广安市,…: the neighbour opens the clause, its
    # figures are its own (not a comparison with the issuer)
    facts = _facts(
        tmp_path,
        "遂宁市科技局2019年工作总结\n\n"
        "2019年,全市高新技术企业达到120家。"
        "与遂宁接壤的南充市,高新技术企业达到150家;同我市相邻的广安市,技术合同成交额3.2亿元。\n",
    )
    assert facts == {("high_tech_enterprises", 2019, "actual", "level", 120.0)}


def test_a_headlines_mark_broken_adds_nothing_to_the_exact_figure(tmp_path: Path) -> None:
    # 首破3% / 跃上1500家 in the headline, 3.12% and 1536家 in the body: the marks are bounds
    # the exact figures meet, no figures of their own
    facts = _facts(
        tmp_path,
        "江阴研发投入强度首破3% 高企总数跃上1500家\n"
        "2023-02-10 江阴日报\n\n"
        "记者从全市科技创新大会上获悉,2022年,江阴市研发投入强度达到3.12%,"
        "高新技术企业总数达到1536家。\n",
    )
    assert facts == {
        ("rd_intensity", 2022, "actual", "share_pct", 3.12),
        ("high_tech_enterprises", 2022, "actual", "level", 1536.0),
    }


def test_a_governing_bodys_report_named_with_its_year_is_given_as_that_year_opens() -> None:
    # 管委会2019年工作报告 / 人民政府2019年工作报告: given early in 2019 on 2018, like a
    # 2019年政府工作报告; a bureau's 2019年工作报告 reviews 2019
    zone = page_meta(
        "西安高新区管委会2019年工作报告\n\n一、2018年工作回顾\n新增高新技术企业300家。\n"
    )
    assert (zone.report_year, zone.plan_year) == (2018, 2019)
    bureau = page_meta("铜川市科技局2019年工作报告\n\n2019年,全市新增高新技术企业12家。\n")
    assert bureau.report_year == 2019


def test_a_news_agency_named_like_several_places_names_no_issuer() -> None:
    # 来源:新华网: 新华 is the short name of several districts; the source says none of them,
    # and the file's name decides
    meta = page_meta(
        "溧阳:研发投入强度升至2.9%\n"
        "2022-01-20 10:26:43 来源:新华网\n\n"
        "新华网南京1月20日电 记者从溧阳开发区获悉,2021年,全区研发投入强度升至2.9%。\n",
        "liyang_2021.txt",
    )
    assert meta.city_zh == "溧阳市"


def test_a_short_name_after_the_full_one_in_a_sentence_is_that_place(tmp_path: Path) -> None:
    # 禅城区科技部门…,2024年禅城新增…: the short name goes on with the district just named in
    # full, another place's figure in the text of 顺德区
    facts = _facts(
        tmp_path,
        "顺德区科技局2024年工作总结\n\n"
        "2024年,全区新增高新技术企业210家。"
        "禅城区科技部门数据显示,2024年禅城新增高新技术企业96家。\n",
    )
    assert facts == {("high_tech_enterprises", 2024, "actual", "increment", 210.0)}


def test_a_space_separated_progress_table_is_read_as_a_table(tmp_path: Path) -> None:
    # a progress notice's table pasted as text, cells apart by single spaces, a column of
    # words after the figures (超序时) and a column of what was done so far (1—6月完成): the
    # goal column is the year's target, the done column its actual so far; a row of firms
    # that applied (申报) gives nothing
    facts = _facts(
        tmp_path,
        "新北区科学技术局关于2022年上半年重点工作推进情况的通报\n\n"
        "序号 指标名称 单位 年度目标 1—6月完成 完成率 进度评价\n"
        "1 有效高新技术企业总数 家 900 861 95.7% 超序时\n"
        "2 技术合同成交额 亿元 60 31.5 52.5% 超序时\n"
        "3 高新技术企业申报 家 300 280 93.3% 超序时\n",
    )
    assert facts == {
        ("high_tech_enterprises", 2022, "target", "level", 900.0),
        ("high_tech_enterprises", 2022, "actual", "level", 861.0),
        ("tech_contract_turnover", 2022, "target", "level", 6_000_000_000.0),
        ("tech_contract_turnover", 2022, "actual", "level", 3_150_000_000.0),
    }


def test_a_report_of_progress_on_part_of_a_named_year_is_that_years() -> None:
    # 2021年前三季度工作进展和第四季度工作安排: a report on that year so far, planning its rest
    meta = page_meta(
        "漳州市科学技术局2021年前三季度工作进展和第四季度工作安排\n\n"
        "1—9月,全市技术合同成交额18.3亿元。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2021, 2021)


def test_a_progress_report_opens_on_its_look_back(tmp_path: Path) -> None:
    # …工作进展和第四季度工作安排: the report opens on progress so far (一、主要指标进展), an
    # actual of its year; the plan is the last quarter's
    facts = _facts(
        tmp_path,
        "漳州市科学技术局2021年前三季度工作进展和第四季度工作安排\n\n"
        "一、前三季度主要指标进展\n"
        "1—9月,全市有效高新技术企业达到812家。\n\n"
        "二、第四季度工作安排\n"
        "力争年底有效高新技术企业达到900家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 812.0) in facts
    assert ("high_tech_enterprises", 2021, "target", "level", 900.0) in facts


def test_the_years_plan_named_before_its_figure_is_a_goal(tmp_path: Path) -> None:
    # 完成年计划30亿元的71.2%: 30亿元 is the year's plan, a goal; 完成年度计划的71.2% names no
    # figure of the plan
    facts = _facts(
        tmp_path,
        "营口市科技局2019年1—9月工作情况\n\n"
        "1—9月,全市技术合同成交额21.4亿元,完成年计划30亿元的71.2%。\n",
    )
    assert ("tech_contract_turnover", 2019, "target", "level", 3_000_000_000.0) in facts
    assert ("tech_contract_turnover", 2019, "actual", "level", 3_000_000_000.0) not in facts


def test_the_same_period_of_last_year_in_a_part_year_report_is_no_years_figure(
    tmp_path: Path,
) -> None:
    # in a report on January to June: 去年同期…为1530件 and 较去年同期增加40家 speak of that
    # half-year and the change since it, no figure of any whole year
    facts = _facts(
        tmp_path,
        "盘锦市科技局2020年上半年工作总结\n\n"
        "上半年,全市专利授权1780件,去年同期全市专利授权为1530件;"
        "科技型中小企业入库数量较去年同期增加40家。\n",
    )
    assert ("patent_grants", 2019, "actual", "level", 1530.0) not in facts
    assert not {f for f in facts if f[4] in (1530.0, 40.0)}


def test_a_change_in_tenths_beside_the_exact_rate_adds_nothing(tmp_path: Path) -> None:
    # the headline's 增长近四成 rounds the body's 38.6%: one growth; a change in tenths with no
    # exact rate beside it stays
    facts = _facts(
        tmp_path,
        "荣昌技术合同成交额增长近四成\n2020-01-16 重庆日报\n\n"
        "2019年,荣昌区技术合同成交额8.6亿元,同比增长38.6%;高新技术企业数量增长两成。\n",
    )
    rates = {(f[0], f[4]) for f in facts if f[3] == "growth_pct"}
    assert rates == {("tech_contract_turnover", 38.6), ("high_tech_enterprises", 20.0)}


def test_a_parent_place_said_as_a_level_before_any_indicator_is_a_level(tmp_path: Path) -> None:
    # 德州市级科技特派员25名 in a county of 德州: commissioners of the city's level, the
    # county's own count; 德州市科技特派员 (no 级) stays the city's
    facts = _facts(
        tmp_path,
        "陵城区科技局2021年工作总结\n\n"
        "2021年,全区选派德州市级科技特派员25名。德州市科技特派员总数达到600名。\n",
    )
    assert facts == {("sci_tech_commissioners", 2021, "actual", "level", 25.0)}
