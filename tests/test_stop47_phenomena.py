"""Phenomena met in report-like texts read during stop 47, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts


def test_a_standing_among_the_parents_counties_ranks_what_the_clause_names(
    tmp_path: Path,
) -> None:
    # …数量在X市各县(区)中排第4位 with no figure before it: the standing of what the clause
    # names; the parent named in the peer group is no rival place
    facts = _facts(
        tmp_path,
        "滦南县科技局2020年工作总结\n\n"
        "2020年,全县高新技术企业数量在唐山市各县(区)中排第4位。\n"
        "全县研发投入增长9%,总量在全市各县区中位居第6位。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "rank", 4.0) in facts
    assert ("rd_expenditure", 2020, "actual", "rank", 6.0) in facts


def test_a_peer_groups_standing_after_a_score_stays_the_scores(tmp_path: Path) -> None:
    # …得分为71.2分,在9个县中排第二: the standing of the score, not of the indicator it scores
    facts = _facts(
        tmp_path,
        "滦南县科技局2020年工作总结\n\n"
        "2020年,全县高新技术企业达到58家;高新技术企业培育指标得分为71.2分,在9个县中排第二。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 58.0) in facts
    assert not [f for f in facts if f[3] == "rank"]


def test_an_interviewers_question_says_which_part_the_answers_are_in(tmp_path: Path) -> None:
    # 问:明年有哪些打算? — the answers after it set the year ahead's goals, though they name
    # no year; 问:今年有哪些成效? — the answers look back
    text = (
        "访滦州市科技局局长\n"
        "2021年12月20日 来源:滦州新闻网\n\n"
        "问:今年全市科技工作取得了哪些成效?\n"
        "答:全市新增高新技术企业14家,总数达到61家。\n"
        "问:明年的工作有哪些打算?\n"
        "答:我们的目标是:新增高新技术企业15家以上,科技型中小企业达到300家。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2021, "actual", "increment", 14.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "increment", 15.0) in facts
    assert ("tech_smes", 2022, "target", "level", 300.0) in facts


def test_the_first_months_of_this_year_are_done_not_planned(tmp_path: Path) -> None:
    # 今年前4个月 in a text written in the year it plans: what was done so far
    facts = _facts(
        tmp_path,
        "疫情下的科技创新——专访抚州市科技局局长\n"
        "2020年5月25日 来源:抚州日报\n\n"
        "记者:先请您回顾一下去年的情况。\n"
        "局长:去年全市技术合同成交额11.2亿元,去年底高新技术企业总数达到402家。\n"
        "记者:疫情对今年的工作影响大不大?\n"
        "局长:今年前4个月,全市技术合同成交额3.6亿元,同比增长22%。\n"
        "今年全市的目标是,高新技术企业总数达到500家。\n",
    )
    assert ("tech_contract_turnover", 2019, "actual", "level", 1.12e9) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 3.6e8) in facts
    assert ("tech_contract_turnover", 2020, "actual", "growth_pct", 22.0) in facts
    assert ("high_tech_enterprises", 2020, "target", "level", 500.0) in facts


def test_last_year_against_the_year_before_is_one_years_change(tmp_path: Path) -> None:
    # 去年…比前年净增 compares two successive years: the change of last year; 今年…比前年
    # spans two years and is no year's change
    facts = _facts(
        tmp_path,
        "访枣阳市科技局局长\n"
        "2022-01-26 来源:襄阳日报\n\n"
        "去年全市科技型中小企业达到226家,比前年净增41家。\n"
        "今年全市高新技术企业预计达到130家,比前年多出30家。\n",
    )
    assert ("tech_smes", 2021, "actual", "increment", 41.0) in facts
    assert not [f for f in facts if f[0] == "high_tech_enterprises" and f[3] == "increment"]


def test_a_spoken_sum_of_hundreds_of_millions_is_money(tmp_path: Path) -> None:
    # 三个多亿 / 五个亿: 亿元 as people say it; the rough sum said before the exact one adds
    # nothing to it
    facts = _facts(
        tmp_path,
        "访枣阳市科技局局长\n"
        "2022-01-26 来源:襄阳日报\n\n"
        "去年全市技术合同成交额有三个多亿,具体是3.4亿元。\n"
        "去年我们争取上级科技资金五个亿。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 3.4e8) in facts
    assert not [f for f in facts if f[0] == "tech_contract_turnover" and f[4] == 3e8]
    assert ("sci_tech_funds_secured", 2021, "actual", "level", 5e8) in facts


def test_a_table_row_of_the_new_ones_counts_increments(tmp_path: Path) -> None:
    # 市级以上研发平台新增(个) as a row's name: each year's cell counts the new ones
    facts = _facts(
        tmp_path,
        "广德市科技创新三年行动方案(2024—2026年)\n\n"
        "主要指标 | 2024年 | 2025年 | 2026年\n"
        "高新技术企业新增(家) | 12 | 14 | 16\n"
        "科技型中小企业(家) | 150 | 180 | 210\n",
    )
    assert ("high_tech_enterprises", 2025, "target", "increment", 14.0) in facts
    assert ("tech_smes", 2025, "target", "level", 180.0) in facts
    assert not [f for f in facts if f[0] == "high_tech_enterprises" and f[3] == "level"]


def test_a_goal_closing_an_item_after_its_results_frames_nothing_after_it(
    tmp_path: Path,
) -> None:
    # …达到88家,净增12家,今年力争突破100家;…入库215家: the goal is its clause's own; the
    # next item reports the year looked back on
    facts = _facts(
        tmp_path,
        "沂南县科技工作会议召开\n"
        "2023-02-20 来源:临沂日报\n\n"
        "会议指出,去年全县高新技术企业达到88家,净增12家,今年力争突破100家;"
        "入库科技型中小企业215家,增长16%。\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "level", 100.0) in facts
    assert ("tech_smes", 2022, "actual", "level", 215.0) in facts
    assert ("tech_smes", 2022, "actual", "growth_pct", 16.0) in facts


def test_an_estimate_after_the_goal_is_what_the_year_reaches(tmp_path: Path) -> None:
    # 年初提出力争…达到1.9%,…预计全年达到1.85%: the goal, then the estimate of the result
    facts = _facts(
        tmp_path,
        "赤壁市科技局2024年工作总结\n\n"
        "年初提出力争研发投入强度达到1.9%,从企业研发费用归集情况看,预计全年达到1.85%。\n",
    )
    assert ("rd_intensity", 2024, "target", "share_pct", 1.9) in facts
    assert ("rd_intensity", 2024, "actual", "share_pct", 1.85) in facts


def test_brought_in_and_grown_counts_new_ones(tmp_path: Path) -> None:
    # 引育 (引进培育) names new ones, like 新引进
    facts = _facts(
        tmp_path,
        "秀洲区科技局2024年工作要点\n\n主要目标:引育新型研发机构2家,新认定高新技术企业45家。\n",
    )
    assert ("new_rd_institutions", 2024, "target", "increment", 2.0) in facts


def test_the_years_figure_a_goal_builds_on_dates_nothing(tmp_path: Path) -> None:
    # 在上年…的基础上,力争…: the base the goal starts from; the goal is the year's the sentence
    # opens on
    facts = _facts(
        tmp_path,
        "伊金霍洛旗科技局2022年工作总结和2023年工作计划\n\n"
        "一、2023年工作计划\n"
        "2023年,在上年12.5亿元的基础上,力争全旗研发经费投入达到14亿元;高新技术企业达到40家。\n",
    )
    assert ("rd_expenditure", 2023, "target", "level", 1.4e9) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 40.0) in facts
    assert not [f for f in facts if f[1] == 2022]


def test_a_file_name_spells_the_county_of_the_city_its_text_names() -> None:
    # a county's speech naming its own city (在宁波市…考核中) and a peer in another province it
    # measures itself against, in a file named after the county: the county; and the name the
    # file spells is the one in use in the text's year (not a prefecture of the 1970s)
    text = (
        "在全市科技创新大会上的讲话\n"
        "(2016年3月2日)\n\n"
        "去年,我们在宁波市县域科技进步考核中获得一等奖。"
        "与张家港、常熟相比,差距还很明显。张家港市高新技术企业已超过400家。\n"
    )
    assert page_meta(text, name="cixi_2015.txt").city_zh == "慈溪市"


def test_funds_of_another_field_or_per_unit_are_no_science_funds_secured(tmp_path: Path) -> None:
    # 争取…工业转型升级专项资金 / 争取…预算内投资资金: funds of another field; 每件资助3000元: a
    # policy's rate per patent; 争取…科技项目资金 stays the funds secured
    facts = _facts(
        tmp_path,
        "汝阳县科技和工业信息化局2021年工作总结\n\n"
        "全年争取省级以上科技项目资金1560万元,争取省工业转型升级专项资金3200万元,"
        "争取中央预算内投资资金1.2亿元。对授权发明专利每件资助3000元。\n",
    )
    funds = {f[4] for f in facts if f[0] == "sci_tech_funds_secured"}
    assert funds == {1.56e7}


def test_a_standing_among_the_parents_parts_said_short_or_with_its_verb(tmp_path: Path) -> None:
    # 在常州各市(区)中位居第二 (the parent said short, the verb 位居), 在全省各县市里稳居第三
    facts = _facts(
        tmp_path,
        "溧阳市科技局2019年工作总结\n\n"
        "全市高新技术企业数量在常州各市(区)中位居第二。\n"
        "全市技术合同成交额在全省各县市里稳居第三。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "rank", 2.0) in facts
    assert ("tech_contract_turnover", 2019, "actual", "rank", 3.0) in facts


_REVIEW_TITLE = "乐清市科学技术局2023年度部门整体支出绩效自评报告\n\n"


def test_a_review_table_in_tabs_gives_each_rows_goal_and_result(tmp_path: Path) -> None:
    # cells apart by tabs, each with its sign and unit (≥80家 | 91家): the year's goal and
    # what was done; a renewal's row and a row of what the named ones reach are none
    facts = _facts(
        tmp_path,
        _REVIEW_TITLE + "三、绩效指标完成情况\n"
        "指标名称\t年度指标值\t实际完成值\t完成情况\n"
        "新认定高新技术企业数\t≥80家\t91家\t超额完成\n"
        "重新认定高新技术企业\t≥30家\t34家\t完成\n"
        "技术合同成交额\t≥12亿元\t13.6亿元\t完成\n"
        "科技特派员服务覆盖乡镇\t≥20个\t22个\t完成\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "increment", 80.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 91.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 1.2e9) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 1.36e9) in facts
    assert not [f for f in facts if f[4] in (30.0, 34.0, 20.0, 22.0)]


def test_a_review_table_one_cell_per_line_is_not_joined_as_wrapped_text(tmp_path: Path) -> None:
    # a table saved one cell per line: each row's goal and result stay in their cells
    facts = _facts(
        tmp_path,
        _REVIEW_TITLE + "部门整体支出绩效目标完成情况如下:\n"
        "三级指标\n年度指标值\n实际完成值\n"
        "新认定高新技术企业数\n≥80家\n91家\n"
        "科技型中小企业评价入库数\n≥500家\n612家\n"
        "服务对象满意度\n≥90%\n96%\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "increment", 80.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 91.0) in facts
    assert ("tech_smes", 2023, "actual", "level", 612.0) in facts


def test_a_reviews_keyed_lines_give_the_goal_and_the_result(tmp_path: Path) -> None:
    # 1.指标:…;指标值:≥300家;完成值:368家: one record, its goal and what was done
    facts = _facts(
        tmp_path,
        _REVIEW_TITLE + "三、绩效指标完成情况\n"
        "1.指标:新认定高新技术企业数;指标值:≥85家;完成值:97家;\n"
        "2.指标:全社会研发投入增长率;指标值:>8%;完成值:11.2%;\n"
        "3.指标:服务对象满意度;指标值:≥90%;完成值:97%。\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "increment", 85.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 97.0) in facts
    assert ("rd_expenditure", 2023, "target", "growth_pct", 8.0) in facts
    assert ("rd_expenditure", 2023, "actual", "growth_pct", 11.2) in facts


def test_a_goals_list_of_labels_and_figures_stays_one_line_each(tmp_path: Path) -> None:
    # 新认定高新技术企业数 ≥90家 / 登记技术合同成交额 ≥15亿元: a goal per line, not one
    # paragraph wrapped over them
    facts = _facts(
        tmp_path,
        "乐清市科学技术局2024年部门预算\n\n"
        "一、2024年部门整体支出绩效目标\n"
        "产出指标——数量指标:\n"
        "  新认定高新技术企业数    ≥90家\n"
        "  科技型中小企业评价入库数  ≥650家\n"
        "  登记技术合同成交额      ≥15亿元\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "increment", 90.0) in facts
    assert ("tech_smes", 2024, "target", "level", 650.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 1.5e9) in facts


def test_a_review_tables_rows_line_up_by_their_names(tmp_path: Path) -> None:
    # rows that leave their category cells blank (| 数量指标 | 名称 | ≥… | … |) under a header
    # of one more column than its first row fills: each row's figures fall under the header's
    # columns after its name; the year's goals are the report year's
    text = (
        _REVIEW_TITLE + "年度总体目标\n"
        "预期目标:全市新认定高新技术企业80家以上,技术合同成交额12亿元。\n"
        "实际完成情况:全市新认定高新技术企业91家,技术合同成交额13.6亿元。\n"
        "绩效指标\n"
        "一级指标  二级指标      三级指标              年度指标值  实际完成值  分值  得分  说明\n"
        "产出指标  数量指标      新认定高新技术企业    ≥80家       91家        10    10\n"
        "          数量指标      组织科技政策培训      ≥10场       12场        5     5\n"
        "          数量指标      科技型中小企业评价入库  ≥500家      612家       10    10\n"
        "效益指标  经济效益指标  全社会R&D经费投入强度  ≥2.8%     2.74%     10    9     调整\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2023, "target", "increment", 80.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 91.0) in facts
    assert ("tech_smes", 2023, "target", "level", 500.0) in facts
    assert ("tech_smes", 2023, "actual", "level", 612.0) in facts
    assert ("rd_intensity", 2023, "target", "share_pct", 2.8) in facts
    assert ("rd_intensity", 2023, "actual", "share_pct", 2.74) in facts
    assert not [f for f in facts if f[1] == 2024]


def test_a_one_cell_per_line_table_with_more_figures_than_years_is_not_read(
    tmp_path: Path,
) -> None:
    # a yearbook's columns run together (two figures a year under one name): the figures do
    # not line up with the years and give no facts
    years = "\n".join(f"{y}年" for y in range(2015, 2020))
    figures = "\n".join(str(n) for n in (311, 41, 352, 47, 398, 52, 455, 61, 502, 66))
    facts = _facts(
        tmp_path,
        "安溪县主要年份科技活动情况\n\n" + years + "\n专利申请数\n" + figures + "\n",
    )
    assert not [f for f in facts if f[0] == "patent_applications"]


def test_a_county_citys_item_in_its_prefectures_digest_keeps_its_whole_city(
    tmp_path: Path,
) -> None:
    # 全市 on its own is 德阳's; 什邡市…,全市新增… in 德阳's digest: 全市 is 什邡's, opened by
    # the sentence
    facts = _facts(
        tmp_path,
        "德阳市科技局科技动态2022年第7期\n\n"
        "今年以来,全市新增高新技术企业86家。\n"
        "什邡市深化校地合作,全市新增高新技术企业19家。\n",
    )
    increments = {f[4] for f in facts if f[0] == "high_tech_enterprises"}
    assert increments == {86.0}


def test_a_new_area_opening_a_clause_in_its_citys_text_is_a_part(tmp_path: Path) -> None:
    # 凯州新区新增… in the city's digest: a part's figures; a new
    # area named as the object of a verb (服务雄安新区建设) is no subject
    facts = _facts(
        tmp_path,
        "德阳市科技局科技动态2022年第7期\n\n"
        "凯州新区新增新型研发机构2家,区内高新技术企业达到61家。\n"
        "今年全市主动服务成渝新区建设,新增新型研发机构5家。\n",
    )
    assert {f[4] for f in facts if f[0] == "new_rd_institutions"} == {5.0}


def test_a_national_new_area_speaks_of_itself_without_its_hosts_name(tmp_path: Path) -> None:
    # 重庆两江新区's own text says 两江新区新增…: the issuer's own figure
    facts = _facts(
        tmp_path,
        "重庆两江新区科技创新局2021年工作总结\n\n"
        "2021年,两江新区新增高新技术企业142家,总数达到1015家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 142.0) in facts


def test_a_zone_named_after_a_city_with_a_namesake_county_is_the_citys_zone() -> None:
    # 长沙经开区 in the title, in a text that says the zone lies in 长沙县: 长沙 is the city
    # (not its namesake county), and the zone its own
    meta = page_meta(
        "长沙经开区2023年科技创新工作总结\n"
        "来源:经开区科技创新局   时间:2024-01-10\n\n"
        "2023年,长沙经济技术开发区新认定高新技术企业88家。全区高新技术企业总数达到512家,"
        "经开区研发投入强度达到4.1%,全区技术合同成交额增长20%。\n"
        "(四)区县携手。与长沙县共建产业园,全年签约项目9个;长沙县全县高新技术企业超过900家,"
        "县域创新能力继续位居全国百强县前列。\n"
    )
    assert (meta.city_zh, meta.zone) == ("长沙经济技术开发区", "长沙经济技术开发区")


def test_a_zone_the_page_says_it_comes_from_issues_it() -> None:
    # 发布机构:贵安新区管委会 over a title naming nothing: the new area issued it
    meta = page_meta(
        "2023年工作总结和2024年工作思路\n\n"
        "发布机构:贵安新区管委会   发布日期:2024-02-06\n\n"
        "2023年,新区新认定高新技术企业36家,全区高新技术企业达到215家。\n"
    )
    assert meta.city_zh == "贵安新区"


def test_a_plans_chapter_on_where_it_starts_from_looks_back(tmp_path: Path) -> None:
    # 第一章 发展基础 in a five-year plan: the period just ended, its figures actual; 第二章
    # 发展目标: the plan's
    facts = _facts(
        tmp_path,
        "溧阳市“十四五”科技创新规划\n\n"
        "本规划期为2021—2025年,展望到2035年。\n"
        "第一章 发展基础\n"
        "“十三五”时期,全市创新实力稳步提升。\n"
        "高新技术企业总数达到286家,是“十二五”末的2.1倍。\n"
        "第二章 发展目标\n"
        "到2025年,高新技术企业总数达到500家。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 286.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 500.0) in facts


def test_a_sum_over_a_range_of_past_years_is_no_years_figure(tmp_path: Path) -> None:
    # 2021—2022年新认定…: two years summed, in a report of 2023; each year of a range listed
    # with 分别 keeps its own figure; 五年获…奖12项: awards summed over five years
    facts = _facts(
        tmp_path,
        "达拉特旗科技局2023年工作总结\n\n"
        "2021—2022年,全旗新认定高新技术企业14家。2023年新认定高新技术企业9家。\n"
        "2021—2023年,全旗研发投入分别为2.1亿元、2.6亿元和3亿元。\n"
        "五年获自治区科学技术奖8项。\n",
    )
    assert {f for f in facts if f[0] == "high_tech_enterprises"} == {
        ("high_tech_enterprises", 2023, "actual", "increment", 9.0)
    }
    assert ("rd_expenditure", 2022, "actual", "level", 2.6e8) in facts
    assert not [f for f in facts if f[0] == "science_awards"]


def test_a_table_of_contents_opens_no_part(tmp_path: Path) -> None:
    # 本期导读 lists the parts, the plan among them: its entries head nothing; the parts
    # themselves do
    facts = _facts(
        tmp_path,
        "科技工作简报\n第6期\n\n周口市科学技术局 2022年7月20日\n\n本期导读\n"
        "1.上半年科技创新指标运行良好\n2.2021年全市研发投入稳步增长\n"
        "3.项城市:校企合作结出硕果\n4.下半年重点工作安排\n\n"
        "一、上半年科技创新指标运行良好\n"
        "上半年,全市新增科技型中小企业入库512家,技术合同成交额9.6亿元。\n"
        "二、2021年全市研发投入稳步增长\n"
        "2021年全市研发投入强度达到0.95%。\n"
        "三、项城市:校企合作结出硕果\n"
        "项城市与高校共建研发平台3个。\n"
        "四、下半年重点工作安排\n"
        "全年力争技术合同成交额突破20亿元。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 9.6e8) in facts
    assert ("rd_intensity", 2021, "actual", "share_pct", 0.95) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 2e9) in facts


def test_an_issues_number_is_no_title() -> None:
    # 2023年第4期(总第61期) on a line of its own under a bulletin's name: the issue, not the title
    meta = page_meta(
        "铜仁市科学技术局\n\n信息专报\n\n2023年第4期(总第61期)\n\n"
        "                                2023年5月12日\n\n"
        "我市科技创新工作扎实推进\n\n"
        "今年以来,全市新增科技型中小企业入库126家,技术合同成交额3.2亿元,同比增长18%。"
        "全市新认定高新技术企业21家,新建省级工程技术研究中心4家。\n"
    )
    assert meta.title == "我市科技创新工作扎实推进"


def test_a_meetings_headline_under_a_sites_name_opens_no_plan(tmp_path: Path) -> None:
    # the site's name above the headline (…会议召开 明确2022年重点任务): the look back the news
    # opens on is the year before's
    facts = _facts(
        tmp_path,
        "荆门市人民政府\n首页 > 新闻中心 > 部门动态\n"
        "全市科技工作会议召开 2022年重点任务明确\n"
        "2022-02-18 09:30 来源:荆门日报\n\n"
        "会议指出,过去一年全市新增高新技术企业106家,技术合同成交额82.6亿元。"
        "今年力争技术合同成交额突破100亿元。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 8.26e9) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 1e10) in facts


def test_goals_stepped_by_year_keep_the_steps_on_the_lines_after(tmp_path: Path) -> None:
    # the years said once (2025年、2026年、2027年分别…): the next lines' 分别 lists follow the
    # same steps; a line with a range of its own keeps its own
    facts = _facts(
        tmp_path,
        "宣城市科技创新三年行动方案(2025—2027年)\n\n"
        "二、主要目标\n"
        "(一)全社会研发投入强度2025年、2026年、2027年分别达到2.2%、2.35%、2.5%;\n"
        "(二)高新技术企业数量分别达到900家、1080家、1260家;\n"
        "(三)技术合同成交额分别达到90亿元、110亿元、130亿元。\n",
    )
    assert ("rd_intensity", 2026, "target", "share_pct", 2.35) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 900.0) in facts
    assert ("high_tech_enterprises", 2026, "target", "level", 1080.0) in facts
    assert ("tech_contract_turnover", 2027, "target", "level", 1.3e10) in facts
    assert ("tech_contract_turnover", 2026, "target", "level", 1.1e10) in facts


def test_a_floor_set_for_each_part_is_no_goal_of_the_whole(tmp_path: Path) -> None:
    # 各乡镇(街道)至少培育1家 / 每条产业链至少建成1个: a quota for each part; a floor for the
    # whole (全年至少新增…, 各类…至少) stays the year's goal
    facts = _facts(
        tmp_path,
        "天长市科技局2024年工作要点\n\n"
        "各乡镇(街道)每年至少培育高新技术企业1家。每条产业链至少建成省级以上创新平台1个。"
        "全年至少新增高新技术企业30家,各类创新平台至少新增8个。\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "increment", 30.0) in facts
    assert ("innovation_platforms", 2024, "target", "increment", 8.0) in facts
    assert not [f for f in facts if f[4] == 1.0]
