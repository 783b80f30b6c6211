"""Phenomena met in report-like texts read during stop 51, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page_meta
from conftest import report_facts as _facts


@pytest.mark.parametrize("label", ["热点信息", "【相关信息】", "热门排行", "推荐文章:"])
def test_a_list_of_other_headlines_under_its_label_ends_the_page(
    tmp_path: Path, label: str
) -> None:
    # the headlines after the label are other pages' (another county's, another year's)
    facts = _facts(
        tmp_path,
        "永登县科技局2022年工作总结\n\n"
        "2022年,全县新认定高新技术企业9家,总数达到41家;技术合同成交额2.6亿元,"
        "比上年增长15.2%。全年争取省级以上科技资金1860万元,选派科技特派员96名,"
        "全县科技创新工作取得新成效。\n"
        f"{label}\n"
        "· 皋兰县2022年高新技术企业总数达到36家\n"
        "· 永登县2021年技术合同成交额突破2亿元\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 41.0) in facts
    assert not any(f[4] in (36.0, 2e8) for f in facts)


def test_a_years_work_guidance_plans_the_year_it_names() -> None:
    meta = page_meta(
        "盐城市人民政府关于印发盐城市2011年科技工作意见的通知\n"
        "各县(市、区)人民政府:\n现将《盐城市2011年科技工作意见》印发给你们,请认真贯彻执行。\n"
        "二〇一一年二月十日\n"
        "一、目标任务\n新增高新技术企业40家,全社会研发投入占地区生产总值比重达到1.6%。\n"
    )
    assert meta.plan_year == 2011


def test_a_speechs_day_in_brackets_on_its_last_line_dates_it() -> None:
    meta = page_meta(
        "在全县科技创新大会上的讲话\n县长 王建平\n\n同志们:\n"
        "去年,全县新认定高新技术企业12家,技术合同成交额1.8亿元。\n"
        # (a speech runs to many paragraphs: its last line is far from its title)
        + "".join(f"第{n}件事,要抓好科技项目的落实。\n" for n in "一二三四五六七八九十")
        + "今年,我们要力争高新技术企业总数突破80家。\n"
        "(2019年2月26日)\n"
    )
    assert meta.published_on is not None and meta.published_on.isoformat() == "2019-02-26"
    assert (meta.report_year, meta.plan_year) == (2018, 2019)


@pytest.mark.parametrize(
    ("said", "years"),
    [
        ("去年是“十三五”收官之年", (2020, 2021)),
        ("去年是“十四五”开局之年", (2021, 2022)),
    ],
)
def test_a_year_named_by_its_place_in_a_five_year_plan_dates_an_undated_speech(
    said: str, years: tuple[int, int]
) -> None:
    # no date, no year: only the plan period tells which year 去年 is; 今年 here names
    # work done so far as well as goals, so the words alone do not tell
    meta = page_meta(
        "在全市科技工作会议上的讲话\n\n同志们:\n"
        f"{said}。一年来,全市新认定高新技术企业58家,研发投入强度达到1.9%。"
        "今年全市新增科技型中小企业也不少。今年的目标是:高新技术企业总数突破300家。\n"
    )
    assert (meta.report_year, meta.plan_year) == years


def test_advice_in_a_congress_report_is_no_goal_of_the_government(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "关于检查全市科学技术进步法实施情况的报告\n\n"
        "一、基本情况\n2022年,全市研发投入强度达到1.72%,高新技术企业总数312家。\n"
        "二、意见建议\n"
        "检查组建议市政府将研发投入强度目标提高到2.2%。"
        "建议实施科技企业倍增行动,力争到2026年高新技术企业突破600家。\n",
        name="yichun_2022.txt",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.72) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 312.0) in facts
    assert not any(f[4] in (2.2, 600.0) for f in facts)
    # a reply that takes up the advice (您提出的建议…) still states its own figures
    replied = _facts(
        tmp_path,
        "关于市人大代表第56号建议的答复\n\n"
        "您提出的建议收悉。2022年,全市新认定高新技术企业47家,技术合同成交额8.2亿元。\n",
        name="reply_2022.txt",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 47.0) in replied


def test_some_sub_areas_named_or_counted_vaguely_have_figures_of_their_own(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "临沧市科技局2021年工作总结\n\n"
        "全市研发投入强度为0.62%,凤庆、双江、沧源等县研发投入强度不足0.3%;"
        "大部分乡镇没有一家高新技术企业,部分县(区)技术合同成交额不足500万元。"
        "全市在耿马、永德等县新建众创空间4家。\n",
    )
    assert ("rd_intensity", 2021, "actual", "share_pct", 0.62) in facts
    assert not any(f[4] in (0.3, 5e6) for f in facts)
    # where the issuer did something (在…等区县) is no subject of another's figure
    assert ("maker_spaces", 2021, "actual", "increment", 4.0) in facts


def test_one_firm_or_county_said_alone_and_a_peer_said_as_renjia(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "在全市科技创新大会上的讲话(2023年3月2日)\n\n"
        "去年,全市研发经费投入86.4亿元,新认定高新技术企业126家。"
        "安泰科技一家企业,去年研发投入就达到了7亿元;一个县去年就新增高新技术企业33家。"
        "跟周边城市比,人家的高新技术企业早就过了500家。"
        "全市技术合同成交额31.2亿元,离40亿元只差一步。\n",
    )
    assert ("rd_expenditure", 2022, "actual", "level", 8.64e9) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 126.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 3.12e9) in facts
    assert not any(f[4] in (7e8, 33.0, 500.0, 4e9) for f in facts)


def test_goals_of_successive_years_listed_after_the_sentence_naming_the_indicator(
    tmp_path: Path,
) -> None:
    # the list of years opens the sentence, or follows what the goals go by (按照…任务)
    facts = _facts(
        tmp_path,
        "天水市科技局2023年工作总结\n\n"
        "全市科技型中小企业评价入库数2023年达到466家。2024年力争达到520家、2025年达到600家。\n"
        "全市高新技术企业总数2023年为138家。按照省里下达的倍增任务,2024年达到160家、"
        "2025年达到185家。\n",
    )
    assert ("tech_smes", 2024, "target", "level", 520.0) in facts
    assert ("tech_smes", 2025, "target", "level", 600.0) in facts
    assert ("high_tech_enterprises", 2024, "target", "level", 160.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 185.0) in facts


@pytest.mark.parametrize("word", ["分别为", "依次为"])
def test_a_count_of_recent_years_listed_in_turn_gives_each_year_its_figure(
    tmp_path: Path, word: str
) -> None:
    # patents filed are a flow: summed over a span they are no year's, but listed one a year
    # after 分别/依次 each is its year's
    facts = _facts(
        tmp_path,
        "朔州市科技局2020年工作总结\n\n"
        f"近三年全市发明专利申请量{word}612件、705件、843件;五年来累计授权专利5200件。\n",
    )
    assert ("invention_patent_applications", 2018, "actual", "level", 612.0) in facts
    assert ("invention_patent_applications", 2019, "actual", "level", 705.0) in facts
    assert ("invention_patent_applications", 2020, "actual", "level", 843.0) in facts
    assert not any(f[4] == 5200.0 for f in facts)


def test_the_sum_of_a_group_of_places_is_not_the_issuers(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "常熟市科技局2022年工作总结\n\n"
        "全市新认定高新技术企业208家,技术合同成交额62.4亿元。"
        "沿江四市高新技术企业合计超过9000家;两地技术合同成交额总和突破300亿元。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 208.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 6.24e9) in facts
    assert not any(f[4] in (9000.0, 3e10) for f in facts)


def test_a_name_the_issuer_bore_once_that_its_city_bears_now_is_the_citys(
    tmp_path: Path,
) -> None:
    # 柯桥区 was 绍兴县 until 2013: 绍兴市 in its text is the city it belongs to
    facts = _facts(
        tmp_path,
        "绍兴市柯桥区科技局2023年工作总结\n\n"
        "2023年,全区研发投入强度达到3.45%,新增高新技术企业96家。"
        "据统计,绍兴市研发投入强度为3.26%,全区高于全市平均水平。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 3.45) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 96.0) in facts
    assert not any(f[4] == 3.26 for f in facts)


def test_a_lead_over_last_year_said_roughly_is_a_change_not_a_level(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "邢台市科技局2022年工作总结\n\n全市科技型中小企业评价入库3180家,比上年多出近五百家。\n",
    )
    assert ("tech_smes", 2022, "actual", "level", 3180.0) in facts
    assert ("tech_smes", 2022, "actual", "increment", 500.0) in facts
    assert ("tech_smes", 2022, "actual", "level", 500.0) not in facts


def test_a_stock_counted_at_a_months_end_of_a_later_year_is_that_years(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "綦江区科技局2020年工作总结\n\n"
        "2020年,全区新认定高新技术企业21家。截至2021年3月底,全区有效期内高新技术企业94家。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 21.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 94.0) in facts


def test_a_clause_that_opens_on_its_verb_has_a_named_part_as_its_object(tmp_path: Path) -> None:
    # the part named after 推进 is what is built, not who speaks in the items after it
    facts = _facts(
        tmp_path,
        "沈北新区2023年政府工作报告\n\n二、2024年工作安排\n"
        "加快推进沈北科技城建设,全年引进研发团队12个;"
        "落实研发费用加计扣除政策,力争加计扣除额达到18亿元;发放“科技贷”4亿元以上。\n",
    )
    assert ("rd_tax_deduction", 2024, "target", "level", 1.8e9) in facts
    assert ("tech_finance_loans", 2024, "target", "level", 4e8) in facts


def test_pledge_financing_on_patents_is_no_science_and_technology_loan(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "金华市科技局2021年工作总结\n\n"
        "全年发放“科技贷”6.3亿元;完成知识产权质押融资14.6亿元,同比增长22%。\n",
    )
    assert ("tech_finance_loans", 2021, "actual", "level", 6.3e8) in facts
    assert not any(f[4] in (1.46e9, 22.0) for f in facts)


def test_keycap_and_circled_item_numbers_stay_apart_from_the_items_figures() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "数说2023\n6\ufe0f\u20e3 发明专利授权530件\n7\ufe0f\u20e3 12项成果获省科学技术奖\n"
        "\U0001f51f 新增众创空间3家\n\u2460 技术合同成交额12亿元\n\u2461 新增孵化器2家\n"
    )
    lines = text.split("\n")
    assert "6. 发明专利授权530件" in lines and "7. 12项成果获省科学技术奖" in lines
    assert "10. 新增众创空间3家" in lines
    assert "(1)技术合同成交额12亿元" in lines and "(2)新增孵化器2家" in lines
    assert normalise_text(text) == text


def test_a_number_grouped_by_a_space_under_a_title_holding_a_year(tmp_path: Path) -> None:
    # the title's year made the list look like a table with a year's column
    facts = _facts(
        tmp_path,
        "#新都这一年# 数说2023|创新篇\n· 科技型中小企业1 086家\n· 高新技术企业612家\n",
        name="xindu_2023.txt",
    )
    assert ("tech_smes", 2023, "actual", "level", 1086.0) in facts
    assert not any(f[4] == 86.0 for f in facts)


def test_a_readers_question_and_a_repost_under_a_related_label_state_nothing(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "安康发布 数说2023\n\n2023年,全市高新技术企业达到186家,技术合同成交额42.3亿元。"
        "全市科技工作取得了明显成效,一批科技型企业加快成长。\n"
        "热门评论:\n@汉江边:啥时候咱们的研发投入强度能到2%?\n"
        "延伸阅读|转自@陕西科技\n2023年全省技术合同成交额突破4000亿元。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 186.0) in facts
    assert not any(f[4] in (2.0, 4e11) for f in facts)


def test_a_heading_between_rules_that_names_the_plan_year_opens_the_plan(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "图解|2024年蒲江县政府工作报告\n"
        "1月9日,蒲江县第十八届人民代表大会第四次会议开幕,报告中的科技创新内容值得关注。\n"
        "═════ 【过去一年】 ═════\n▶ 高新技术企业总数达到38家\n"
        "═════ 【2024年这样干】 ═════\n✅ 技术合同成交额达到2亿元\n✅ 新增高新技术企业6家以上\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 38.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 2e8) in facts
    assert ("high_tech_enterprises", 2024, "target", "increment", 6.0) in facts


def test_the_years_goals_beside_their_results_in_a_list_of_indicators(tmp_path: Path) -> None:
    # a slash or a comma between the goal and the estimate or the count so far; the label may
    # name a growth (…增长:目标…)
    facts = _facts(
        tmp_path,
        "肇庆市科技局2023年工作总结\n\n一、主要指标完成情况\n"
        "1.研发经费支出增长:目标10%/预计完成11.5%左右\n"
        "2.高新技术企业数量:目标1300家,预计1320家左右\n"
        "3.技术合同成交额:目标60亿元/截至11月底57.4亿元\n",
    )
    assert ("rd_expenditure", 2023, "target", "growth_pct", 10.0) in facts
    assert ("rd_expenditure", 2023, "actual", "growth_pct", 11.5) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 1300.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 1320.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 6e9) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 5.74e9) in facts
    assert not any(f[0] == "rd_intensity" for f in facts)


def test_an_annexed_list_of_standings_after_the_plan_is_the_report_years(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "信丰县科技局2022年工作总结和2023年工作计划\n\n一、2022年工作总结\n"
        "全县新认定高新技术企业15家。\n二、2023年工作计划\n力争新增高新技术企业20家。\n"
        "附:信丰县2022年主要科技指标在赣州市排名情况\n"
        "1.高新技术企业数:第4位\n2.专利授权量:第7位\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "rank", 4.0) in facts
    assert ("patent_grants", 2022, "actual", "rank", 7.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "increment", 20.0) in facts


def test_the_former_units_of_a_merged_district_are_parts_not_the_whole(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "綦江区科技局2012年工作总结\n\n"
        "合并前的2010年,原綦江县有高新技术企业12家,原万盛区有高新技术企业9家。"
        "2012年,全区高新技术企业总数达到31家。\n",
    )
    assert ("high_tech_enterprises", 2012, "actual", "level", 31.0) in facts
    assert not any(f[4] in (12.0, 9.0) for f in facts)


def test_a_standing_among_peers_listed_by_name_is_no_rank_of_the_issuers(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "茂名市科技局2021年工作总结\n\n"
        "全市技术合同成交额8.6亿元,在粤西茂名、湛江、阳江三市中位居首位。"
        "全市高新技术企业总数居全省第12位。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 8.6e8) in facts
    assert ("high_tech_enterprises", 2021, "actual", "rank", 12.0) in facts
    assert not any(f[3] == "rank" and f[4] == 1.0 for f in facts)


def test_a_zone_by_its_own_name_opens_the_clauses_after_it(tmp_path: Path) -> None:
    # the zone's clause, and the subjectless ones after it, are the zone's; a zone the issuer
    # shares with a partner (江阴—靖江…) is no more the issuer's than any other zone
    facts = _facts(
        tmp_path,
        "江阴市科技局2020年工作总结\n\n"
        "全市新认定高新技术企业126家。"
        "临港经济园区年末拥有高新技术企业85家,集聚新型研发机构6家。"
        "江阴—靖江工业园区作为跨江合作的典范,完成技术合同成交额3.1亿元。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 126.0) in facts
    assert not any(f[4] in (85.0, 6.0, 3.1e8) for f in facts)


def test_the_rd_spending_of_firms_above_a_size_is_not_the_whole_societys(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "本溪市2021年国民经济和社会发展统计公报\n\n"
        "全年全社会研究与试验发展(R&D)经费支出21.6亿元。"
        "全年规模以上工业企业研究与试验发展(R&D)经费支出增长7.4%。\n",
    )
    assert ("rd_expenditure", 2021, "actual", "level", 2.16e9) in facts
    assert not any(f[4] == 7.4 for f in facts)


def test_a_numbered_item_of_a_bulletins_notes_dates_the_figures_it_names(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "阳泉市2021年国民经济和社会发展统计公报\n\n"
        "全年全社会研究与试验发展(R&D)经费支出12.8亿元,占地区生产总值的比重为1.36%。"
        "全年新认定高新技术企业36家。\n"
        "注释:\n1.本公报部分数据为初步统计数。\n"
        "2.科学技术部分,研究与试验发展(R&D)经费支出及其占地区生产总值的比重为上年数据。\n",
    )
    assert ("rd_expenditure", 2020, "actual", "level", 1.28e9) in facts
    assert ("rd_intensity", 2020, "actual", "share_pct", 1.36) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 36.0) in facts


@pytest.mark.parametrize(
    "part",
    [
        "中新生态城新增高新技术企业95家",
        "临空产业基地集聚高新技术企业95家",
        "张江科学城“一心两翼”新增高新技术企业95家",
        "京津冀三地新增高新技术企业95家",
    ],
)
def test_parts_and_groups_named_in_other_ways_have_figures_of_their_own(
    tmp_path: Path, part: str
) -> None:
    facts = _facts(
        tmp_path,
        f"西青区科技局2021年工作总结\n\n全区新增高新技术企业210家;{part}。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 210.0) in facts
    assert not any(f[4] == 95.0 for f in facts)


def test_the_congress_a_report_was_delivered_to_names_its_issuer() -> None:
    meta = page_meta(
        "政府工作报告(摘编)\n"
        "——2022年1月10日在重庆市璧山区第十八届人民代表大会第一次会议上\n\n各位代表:\n"
        "过去一年,全市上下共同努力,高新技术企业达到268家,重庆市科技型企业达到2100家。"
        "全市研发投入强度保持全市前列。\n"
    )
    assert meta.city_zh == "璧山区"


def test_named_sub_areas_counted_together_and_a_zone_named_after_the_issuer(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "宜宾市科技局2023年工作总结\n\n"
        "全市新增高新技术企业96家,技术合同成交额18.4亿元。"
        "叙州、南溪两区高新技术企业增速均超过25%。"
        "宜宾三江新区全年新增高新技术企业31家,技术合同成交金额5.6亿元。"
        "长江科创区去年新增高新技术企业22家。"
        "宜宾省级农业科技园区通过验收,全市累计建设国家级星创天地4家。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "increment", 96.0) in facts
    assert ("star_innovation_bases", 2023, "actual", "level", 4.0) in facts
    assert not any(f[4] in (25.0, 31.0, 5.6e8, 22.0) for f in facts)


def test_a_loan_product_by_its_quoted_name_and_the_deductions_amount(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "南浔区科技局2024年工作总结\n\n"
        "联合银行推出“创新贷”,全年发放贷款3.6亿元;"
        "全区企业研发费用加计扣除金额21.5亿元,同比增长12.4%。\n",
    )
    assert ("tech_finance_loans", 2024, "actual", "level", 3.6e8) in facts
    assert ("rd_tax_deduction", 2024, "actual", "level", 2.15e9) in facts
    assert ("rd_tax_deduction", 2024, "actual", "growth_pct", 12.4) in facts
