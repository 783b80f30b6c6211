"""Phenomena met in report-like texts read during stop 52, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page_meta, scoped_facts
from conftest import report_facts as _facts


def test_a_zone_a_title_names_and_the_body_opens_on_is_the_issuer() -> None:
    # named twice only, once in the title and once opening the body: still the zone's text,
    # with figures of the zone (not of 芜湖市, whose name the zone bears)
    meta = page_meta(
        "芜湖经济技术开发区上半年创新工作亮点纷呈\n\n"
        "上半年,芜湖经济技术开发区围绕主导产业抓创新,新增高新技术企业26家,"
        "有效发明专利拥有量达到1480件,在全市继续保持领先。\n"
    )
    assert meta.city_zh == "芜湖经济技术开发区"


def test_a_citys_title_on_its_zone_with_a_body_that_opens_elsewhere_stays_the_citys() -> None:
    # the title names the zone, but the body opens on the city and speaks as 全市: the city's
    meta = page_meta(
        "芜湖经济技术开发区获评全省创新示范园区\n\n"
        "今年以来,芜湖市深入实施创新驱动发展战略,全市新增高新技术企业210家,"
        "技术合同成交额达到96亿元。\n"
    )
    assert meta.city_zh == "芜湖市"


@pytest.mark.parametrize(
    "example",
    [
        "比如我市一家装备制造企业全年研发投入9亿元,获授权发明专利600件",
        "例如区内某光伏企业去年研发投入达到9亿元,新申请专利600多件",
        "此外,远景重工集团全年研发投入9亿元,获授权发明专利600件",
        # (a name jieba reads as a verb, 超驰, before its kind's word)
        "龙头企业带动明显,远航集团全年研发投入9亿元,超驰集团新增发明专利授权600件",
    ],
)
def test_a_firm_given_as_an_example_or_an_aside_has_figures_of_its_own(
    tmp_path: Path, example: str
) -> None:
    facts = _facts(
        tmp_path,
        "关于市政协十届二次会议第58号提案的答复\n\n"
        "2023年,全市研发投入42.5亿元,新申请专利5120件。"
        f"{example}。下一步,我们将继续加大支持力度。\n",
    )
    assert ("rd_expenditure", 2023, "actual", "level", 4.25e9) in facts
    assert not any(f[4] in (9e8, 600.0) for f in facts)


@pytest.mark.parametrize(
    "said",
    [
        ";上年同期,全市技术合同成交额为21.8亿元。",
        ",同比增长30.3%,比去年同期的21.8亿元多6.6亿元。",
    ],
)
def test_the_same_part_of_last_year_is_no_years_figure(tmp_path: Path, said: str) -> None:
    facts = _facts(
        tmp_path,
        f"安阳市科技局2022年前三季度工作进展\n\n1—9月,全市技术合同成交额28.4亿元{said}\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 2.84e9) in facts
    assert not any(f[4] == 2.18e9 for f in facts)


def test_a_self_assessment_of_a_years_goals_looks_back_on_that_year(tmp_path: Path) -> None:
    # 目标 in the title names what is assessed, not goals set: the body reports the year
    facts = _facts(
        tmp_path,
        "邹城市科技局2015年度科技创新目标考核自评报告\n\n"
        "济宁市科技局:\n现将我局2015年度目标完成情况自评如下:\n"
        "一、创新主体\n全年新认定高新技术企业11家,总数达到64家。\n"
        "二、2016年工作打算\n2016年,力争高新技术企业总数达到75家。\n",
    )
    assert ("high_tech_enterprises", 2015, "actual", "level", 64.0) in facts
    assert ("high_tech_enterprises", 2015, "actual", "increment", 11.0) in facts
    assert ("high_tech_enterprises", 2016, "target", "level", 75.0) in facts
    assert not any(f[1] == 2016 and f[4] in (11.0, 64.0) for f in facts)


def test_the_figures_after_a_goal_and_its_result_listed_together_are_results(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "宣威市科学技术局2023年度目标任务完成情况及2024年工作计划\n\n"
        "一、2023年度目标任务完成情况\n"
        "技术合同:年度目标2亿元、实际完成2.7亿元、完成率135%,技术合同登记数量达到94项,"
        "全市高新技术企业总数达到410家。\n"
        "二、2024年工作计划\n力争技术合同成交额突破3亿元。\n",
    )
    assert ("tech_contract_turnover", 2023, "target", "level", 2e8) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 2.7e8) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 410.0) in facts
    assert not any(f[2] == "target" and f[4] == 410.0 for f in facts)


def test_a_bounded_goal_beside_its_result_in_a_sheets_row(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "临湘市科技局2020年度部门整体支出绩效自评报告\n\n"
        "二、绩效指标完成情况\n"
        "高新技术企业净增数 ≥8家 13家\n"
        "技术合同成交额 ≥1.5亿元 2.2亿元\n"
        "专利授权量 ≥300件 356件\n",
    )
    assert ("high_tech_enterprises", 2020, "target", "increment", 8.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "increment", 13.0) in facts
    assert ("tech_contract_turnover", 2020, "target", "level", 1.5e8) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 2.2e8) in facts
    assert ("patent_grants", 2020, "target", "level", 300.0) in facts


def test_a_zone_is_not_named_after_an_institution_that_bears_its_places_name() -> None:
    meta = page_meta(
        "长春新区科技局2022年工作总结\n\n"
        "2022年,长春新区全年新增高新技术企业96家,全区高新技术企业总数达到512家。"
        "支持长春理工大学新区科创园建设,全区技术合同成交额达到38亿元。长春新区将继续推进科技创新。\n"
    )
    assert meta.city_zh == "长春新区"


def test_a_zone_named_in_the_title_outweighs_a_county_its_body_mentions_in_passing() -> None:
    # the county lies in the zone's city and the title does not name it: a place in the zone
    meta = page_meta(
        "西咸新区2021年科技创新工作综述\n\n"
        "2021年,西咸新区新增高新技术企业120家,总数达到610家。"
        "鄠邑区、泾阳县等地的科技企业加快入驻,技术合同成交额达到85亿元。\n"
    )
    assert meta.city_zh == "西咸新区"


@pytest.mark.parametrize(
    ("clause", "rate_is_the_sums"),
    [("合同数量同比增长18.5%", False), ("同比增长18.5%", True), ("成交额同比增长18.5%", True)],
)
def test_the_count_of_a_sums_things_has_a_rate_of_its_own(
    tmp_path: Path, clause: str, rate_is_the_sums: bool
) -> None:
    facts = _facts(
        tmp_path,
        f"汶上县科技局2021年工作总结\n\n2021年,全县技术合同成交额3.2亿元,{clause}。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 3.2e8) in facts
    rate = ("tech_contract_turnover", 2021, "actual", "growth_pct", 18.5)
    assert (rate in facts) is rate_is_the_sums


@pytest.mark.parametrize(
    ("clause", "fact"),
    [
        ("经评审,全年被认定为高新技术企业的共有48家", ("high_tech_enterprises", "increment", 48.0)),
        ("全年获批建设的省级重点实验室为2家", ("key_laboratories", "increment", 2.0)),
        ("全县累计认定的高新技术企业共有300家", ("high_tech_enterprises", "level", 300.0)),
    ],
)
def test_those_an_act_made_counted_by_a_verb_of_being_are_the_years_new_ones(
    tmp_path: Path, clause: str, fact: tuple[str, str, float]
) -> None:
    facts = _facts(tmp_path, f"博兴县科技局2019年工作总结\n\n2019年,{clause}。\n")
    code, measure, value = fact
    assert (code, 2019, "actual", measure, value) in facts


def test_contracts_of_every_kind_are_all_the_contracts(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "博兴县科技局2019年工作总结\n\n"
        "2019年,全县登记的各类技术合同共96项,合同成交金额达1.1亿元。\n",
    )
    assert ("tech_contract_turnover", 2019, "actual", "level", 1.1e8) in facts


def test_a_press_conferences_list_of_speakers_is_no_title_and_names_no_issuer() -> None:
    # the speakers, one per line under 发布人, include a zone's official: the city speaks
    meta = page_meta(
        "潍坊市人民政府新闻办公室新闻发布会\n\n"
        "时间:2023年2月8日上午\n"
        "发布人:市科技局局长 周明\n"
        "市统计局副局长 孙丽\n"
        "潍坊高新区管委会副主任 刘强\n"
        "主持人:市政府新闻办副主任 高峰\n\n"
        "【周明】各位记者朋友,大家上午好!去年,全市新增高新技术企业412家,总数达到2105家;"
        "技术合同成交额达到186亿元。\n"
        "【刘强】去年,高新区新增高新技术企业96家,总数达到530家。\n"
    )
    assert meta.city_zh == "潍坊市"
    assert "管委会" not in (meta.title or "")


def test_a_standing_that_fell_is_where_it_stands_now(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "晋城市科技局2021年工作总结\n\n"
        "2021年,全市技术合同成交额12.6亿元,在全省11个市中由第5位回落至第7位。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "rank", 7.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "rank", 5.0) not in facts


def test_other_places_rates_listed_with_verbs_of_their_own_are_theirs(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "南充市科技局2019年工作总结\n\n2019年,全市专利申请量5120件,同比增长6.4%。"
        "遂宁市、广安市专利申请量分别增长2.7%和下降3.9%。\n",
    )
    assert ("patent_applications", 2019, "actual", "growth_pct", 6.4) in facts
    assert not any(f[4] in (2.7, -3.9) for f in facts)


def test_more_or_fewer_of_a_years_act_than_the_year_before_is_no_count(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "牡丹江市科技局2018年工作总结\n\n2018年,全市新认定高新技术企业23家,比上年少认定6家。\n",
    )
    assert ("high_tech_enterprises", 2018, "actual", "increment", 23.0) in facts
    assert not any(f[4] in (6.0, -6.0) for f in facts)


def test_figures_after_another_places_report_named_before_a_colon_are_its(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "韩城市科技局2023年工作总结\n\n2023年,全市高新技术企业达到21家。"
        "会上还通报了渭南市2023年科技创新情况:全市高新技术企业总数达到231家,"
        "技术合同成交额36.2亿元。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 21.0) in facts
    assert not any(f[4] in (231.0, 3.62e9) for f in facts)


def test_a_markdown_rule_under_a_header_of_years_rows_is_no_row(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "聊城市科技局2021年工作总结\n\n一、主要指标\n"
        "| 年份 | 高新技术企业(家) | 技术合同成交额(亿元) | 说明 |\n"
        "|---|:---:|---:|---|\n"
        "| 2020 | 410 | 41.5 | |\n"
        "| 2021 | 552 | 63.0 | 登记数 |\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 410.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 6.3e9) in facts


def test_a_zone_the_text_opens_on_by_a_name_of_its_own_is_its_citys_zone() -> None:
    # 临空 is no place: the zone is the city's, named in full with its city before it
    meta = page_meta(
        "临空经开区上半年科技创新工作稳中有进\n长沙晚报 2023-07-20\n\n"
        "今年以来,临空经开区聚焦航空物流、电子信息等主导产业,科技创新工作稳中有进。"
        "截至6月底,全区有效高新技术企业达到86家,技术合同成交额3.2亿元。"
        "下一步,临空经开区将继续加大企业培育力度。\n"
    )
    assert meta.city_zh == "长沙临空经济技术开发区"


def test_a_level_said_by_the_act_granting_it_in_a_bracket_is_a_part_at_that_level(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "常德市科技局2020年工作总结\n\n2020年,全市众创空间达到31家(其中国家备案4家、省级12家)。\n",
    )
    assert ("maker_spaces", 2020, "actual", "level", 31.0) in facts
    assert ("maker_spaces", 2020, "actual", "level", 4.0) in facts
    assert ("maker_spaces", 2020, "actual", "increment", 4.0) not in facts


def test_the_awards_a_city_gives_and_those_its_work_won(tmp_path: Path) -> None:
    facts = scoped_facts(
        tmp_path,
        "德阳市2020年科学技术奖励大会召开\n\n"
        "大会表彰了2019年度德阳市科学技术奖获奖项目64项。"
        "在2019年度四川省科学技术奖评审中,全市共有21项成果获奖。"
        "我市企业参与完成的3项成果获2019年度国家科学技术进步奖二等奖。\n",
    )
    assert ("science_awards", "level", 64.0, "市级") in facts
    assert ("science_awards", "level", 21.0, "省级") in facts
    assert ("science_awards", "level", 3.0, "国家级") in facts


@pytest.mark.parametrize(
    "said",
    [
        "全年发放“知识产权成果转化贷”3.2亿元",
        "全年新发放科技型中小企业贷款3.2亿元",
        "全年协调合作银行为科技型企业发放贷款3.2亿元",
    ],
)
def test_loans_to_science_and_technology_firms_are_science_and_technology_loans(
    tmp_path: Path, said: str
) -> None:
    facts = _facts(tmp_path, f"金华市科技局2021年工作总结\n\n2021年,{said}。\n")
    assert ("tech_finance_loans", 2021, "actual", "level", 3.2e8) in facts
    assert not any(f[0] in ("tech_smes", "patent_applications") for f in facts)


def test_a_reposted_storys_own_day_at_its_end_dates_its_relative_years() -> None:
    # the portal carried it a year and more later; 去年 counts from the paper's day
    meta = page_meta(
        "醴陵科技创新去年成绩亮眼\n发布时间:2021-06-02 10:15 信息来源:市科技局\n\n"
        "记者从市科技局获悉,去年全市新增高新技术企业27家,总数达到142家;技术合同成交额8.6亿元。"
        "今年,我市力争高新技术企业总数突破160家。\n"
        "(来源:醴陵日报 2020年1月16日)\n"
    )
    assert (meta.report_year, meta.plan_year) == (2019, 2020)


def test_a_clause_naming_its_indicator_as_a_total_counts_a_stock(tmp_path: Path) -> None:
    # the clause before counted new ones; this one names the total, from one year to another
    facts = _facts(
        tmp_path,
        "汉中市科技局2020年工作总结\n\n"
        "五年间,全市累计新增高新技术企业95家,高新技术企业总数由2015年的41家增加到2020年的128家。\n",
    )
    assert ("high_tech_enterprises", 2015, "actual", "level", 41.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 128.0) in facts
    assert not any(f[3] == "increment" and f[4] in (41.0, 128.0) for f in facts)


def test_the_count_of_contracts_is_no_turnover_and_another_places_topic_is_its(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "安顺市科技局2022年工作总结\n\n"
        "2022年,全市技术合同成交额9.6亿元,同比增长31.2%;技术合同登记数增长18%。"
        "全省方面,全年技术合同成交额突破400亿元。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "growth_pct", 31.2) in facts
    assert not any(f[4] in (18.0, 4e10) for f in facts)


def test_those_a_having_list_introduces_as_selected_are_new(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "玉溪市科技局2023年工作总结\n\n2023年,科技部公布新一批名单,此次我市共有2家孵化器、3家众创空间入选。\n",
    )
    assert ("incubators", 2023, "actual", "increment", 2.0) in facts
    assert ("maker_spaces", 2023, "actual", "increment", 3.0) in facts


def test_a_university_in_the_issuers_place_has_figures_of_its_own(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "昆明市科技局2019年工作总结\n\n2019年,全市重点实验室达到186个。"
        "云南大学作为我市科技创新的重要力量,拥有省级以上重点实验室31个。"
        "辖区内昆明理工大学拥有省级以上重点实验室27个。\n",
    )
    assert ("key_laboratories", 2019, "actual", "level", 186.0) in facts
    assert not any(f[4] in (31.0, 27.0) for f in facts)


def test_a_latin_full_stop_between_chinese_sentences_ends_one() -> None:
    from ingest.reading.normalise import normalise_text

    assert normalise_text("全市孵化器5家.据统计,全省共有孵化器120家.") == (
        "全市孵化器5家。据统计,全省共有孵化器120家。"
    )


def test_the_whole_city_after_a_plan_another_city_set_out_is_that_citys(tmp_path: Path) -> None:
    # a county-level city calls itself 全市 too: after 宜昌市…提出, the 全市 is 宜昌's
    facts = _facts(
        tmp_path,
        "宜都市科技局2021年工作总结\n\n2021年,全市高新技术企业达到86家。"
        "宜昌市出台的科技型企业培育方案提出,到2025年全市高新技术企业突破1500家。"
        "我市提出,到2025年全市高新技术企业突破150家。\n",
    )
    assert ("high_tech_enterprises", 2025, "target", "level", 150.0) in facts
    assert not any(f[4] == 1500.0 for f in facts)


def test_a_range_with_its_unit_at_both_ends_is_one_bounded_figure(tmp_path: Path) -> None:
    facts = scoped_facts(
        tmp_path,
        "钦州市科技局2024年工作要点\n\n一、主要目标\n"
        "全社会研发经费投入增长8%—10%;R&D经费投入强度达到0.9%左右。\n",
    )
    assert ("rd_expenditure", "growth_pct", 8.0, None) in facts
    assert ("rd_intensity", "share_pct", 0.9, None) in facts
    assert not any(f[2] == 10.0 for f in facts)


def test_what_was_actually_made_after_the_goal_it_was_set_is_a_result(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "上饶市广信区科技局2020年工作总结\n\n"
        "年初区委、区政府确定2020年新增高新技术企业20家的目标,全年实际新增27家。\n",
    )
    assert ("high_tech_enterprises", 2020, "target", "increment", 20.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "increment", 27.0) in facts


def test_a_list_of_past_posts_under_a_label_led_by_an_emoji_ends_the_article() -> None:
    # a past post's headline names another year's plan: the article is the year before's
    meta = page_meta(
        "德阳科技\n点击蓝字 关注我们\n\n"
        "📌 成绩单来了!2023年德阳科技创新交出亮眼答卷\n\n"
        "原创 德阳市科技局 德阳科技 2024-01-16 18:20\n\n"
        "记者从1月15日召开的全市科技工作会议上获悉,2023年,全市新增高新技术企业98家,"
        "总数达到620家;技术合同成交额达到61亿元,各项科技指标稳中有进。"
        "2024年,全市力争高新技术企业总数突破700家,技术合同成交额突破70亿元。\n\n"
        "📚 往期回顾\n"
        "📌 德阳市2023年度科技计划项目立项名单公示\n"
        "📌 2023年四川省高新技术企业突破1.8万家\n"
    )
    assert (meta.report_year, meta.plan_year) == (2023, 2024)


def test_last_years_value_in_a_bracket_of_a_bulletin_out_the_next_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "科技统计快报\n2021年第1期\n\n钦州市科学技术局编印 2021年1月25日\n\n"
        "2020年全市科技创新主要指标快报\n"
        "●全社会研发投入:预计12.6亿元(上年11.2亿元)\n"
        "●高新技术企业数:132家(上年105家)\n",
    )
    assert ("rd_expenditure", 2019, "actual", "level", 1.12e9) in facts
    assert ("high_tech_enterprises", 2019, "actual", "level", 105.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 132.0) in facts


def test_figures_under_a_label_naming_a_group_of_firms_are_theirs(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "枝江市2012年科技统计快报\n\n●专利申请量:412件\n"
        "●区内重点企业:枝江三宁化工、安琪酵母枝江分公司分别申请专利36件、28件\n",
    )
    assert ("patent_applications", 2012, "actual", "level", 412.0) in facts
    assert not any(f[4] in (36.0, 28.0) for f in facts)


def test_teams_of_commissioners_are_no_count_of_commissioners(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "浦城县科技局2022年工作总结\n\n2022年,全县选派科技特派员86名,组建科技特派员团队12个。\n",
    )
    assert ("sci_tech_commissioners", 2022, "actual", "level", 86.0) in facts
    assert not any(f[4] == 12.0 for f in facts)


def test_a_notice_recognising_a_years_key_laboratories_reports_that_year() -> None:
    # 重点 of 重点实验室 is no 工作重点: the title names no plan
    meta = page_meta(
        "宜宾市科学技术局关于认定2019年度宜宾市重点实验室的通知\n\n宜科〔2019〕42号\n\n"
        "各区县科技局:\n经评审,决定认定“宜宾市锂电材料重点实验室”等6家实验室为2019年度宜宾市重点实验室。"
        "截至目前,我市已拥有市级重点实验室28家。\n"
    )
    assert meta.report_year == 2019


def test_those_a_clause_says_were_recognised_after_a_proposed_list_count(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "钦州市科技局2022年政府信息公开工作年度报告\n\n"
        "2022年,及时公示我市第一批、第二批拟认定高新技术企业名单,两批共新认定高新技术企业64家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 64.0) in facts


def test_spaces_a_writer_puts_for_commas_end_clauses() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "2019年以来 我局紧紧围绕创新驱动发展战略 全年组织12家企业申报 新认定高新技术企业5户 "
        "全县高新技术企业总数达到23户。主要目标 创新型县建设 到2020年 高新技术企业达到30户。\n"
    )
    assert "申报,新认定高新技术企业5户,全县" in text
    # a PDF's letter spacing and a menu of names stay as they were read
    assert normalise_text("科 技 局 工 作 总 结") == "科技局工作总结"


def test_a_horizon_after_labels_set_apart_by_commas_opens_the_goals(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "2019年6月 我市出台创新型城市建设行动方案 主要目标是 到2021年 主要指标进入全省前列。"
        "主要目标 创新型城市建设 到2021年 全市高新技术企业总数达到300家 "
        "技术合同交易额15亿元以上。\n",
        name="qinzhou_2019.txt",
    )
    assert ("high_tech_enterprises", 2021, "target", "level", 300.0) in facts


def test_a_recaps_figures_set_over_their_labels_read_as_the_labels_figures(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "数说2022|德阳科技创新年度盘点\n来源:德阳市科学技术局 发布时间:2023-01-12\n\n"
        "2022年,德阳科技创新交出亮眼答卷。一起来看:\n\n"
        "01\n412家\n全市有效期内高新技术企业总数,同比增长9.6%\n\n"
        "02\n第3位\n技术合同成交额全省排名\n\n"
        "03\n3.05%\n2021年度全社会研发经费投入强度\n\n"
        "04\n28场\n举办科技成果对接活动\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 412.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "rank", 3.0) in facts
    assert ("rd_intensity", 2021, "actual", "share_pct", 3.05) in facts
    assert not any(f[4] in (1.0, 2.0, 4.0) for f in facts)  # no item number is a figure


def test_the_corps_and_the_region_said_so_in_brackets_are_others(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "五家渠市科技局2019年工作总结\n\n2019年,全市专利申请量386件。"
        "全区(自治区)专利申请量为15830件。兵团全年专利申请量突破2300件。\n",
    )
    assert ("patent_applications", 2019, "actual", "level", 386.0) in facts
    assert not any(f[4] in (15830.0, 2300.0) for f in facts)


@pytest.mark.parametrize(
    "part",
    ["朝阳东部地区新增国家高新技术企业120家", "望京、酒仙桥等功能区新增国家高新技术企业120家"],
)
def test_a_part_by_its_side_or_a_group_of_functional_zones_has_figures_of_its_own(
    tmp_path: Path, part: str
) -> None:
    facts = _facts(
        tmp_path,
        f"朝阳区科委2020年工作总结\n\n2020年,全区新增国家高新技术企业560家。{part}。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 560.0) in facts
    assert not any(f[4] == 120.0 for f in facts)


def test_a_years_ordinal_in_chinese_numerals_is_no_standing() -> None:
    from ingest.extraction.numbers import find_ranks

    assert find_ranks("研发投入强度居全省第二〇二一年度前列") == []
    assert [r.value for r in find_ranks("居全省第二十一位,第12名")] == [21, 12]


def test_a_change_column_written_as_a_rate_gives_the_years_growth(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "汉中市科学技术局科技统计快报(2019年度)\n\n一、主要指标\n"
        "指标 单位 2019年 2018年 增减\n"
        "高新技术企业 家 88 71 +23.9%\n"
        "技术合同成交额 亿元 12.6 9.8 +28.6%\n"
        "注:技术合同成交额为登记数。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "growth_pct", 23.9) in facts
    assert ("tech_contract_turnover", 2019, "actual", "growth_pct", 28.6) in facts
    assert not any(f[3] == "increment" for f in facts)


def test_a_goal_in_brackets_after_a_stock_counts_what_its_own_verb_says(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "上犹县科技工作月报2023年第8期\n\n■高新技术企业:有效期内48家(全年目标:净增8家)。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 48.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "increment", 8.0) in facts


def test_one_kind_of_performers_or_one_industrys_rd_is_not_the_whole_societys(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "绵阳市2021年R&D经费投入统计公报\n\n2021年,全市R&D经费248.6亿元,比上年增长7.1%。"
        "各类企业 R&D 经费120.4亿元,比上年增长9.3%;政府属研究机构 R&D 经费101.2亿元;"
        "高等学校 R&D 经费12.5亿元。分行业看,计算机、通信和其他电子设备制造业R&D经费46.3亿元。\n",
    )
    assert ("rd_expenditure", 2021, "actual", "level", 2.486e10) in facts
    assert not any(f[4] in (1.204e10, 1.012e10, 1.25e9, 4.63e9, 9.3) for f in facts)


def test_figures_said_roughly_as_people_speak_are_approximate_facts(tmp_path: Path) -> None:
    facts = scoped_facts(
        tmp_path,
        "邹平市科技局2020年工作总结\n\n2020年,全市全社会研发经费支出差不多是18个亿,"
        "占GDP的比重大概是2.4%;专利授权量差不多900件。\n",
    )
    assert ("rd_expenditure", "level", 1.8e9, None) in facts
    assert ("rd_intensity", "share_pct", 2.4, None) in facts
    assert ("patent_grants", "level", 900.0, None) in facts


@pytest.mark.parametrize(
    "group",
    [
        "2020年,长江中游四市R&D经费投入合计约2100亿元,研发投入强度约2.9%,高新技术企业总数约2.3万家。",
        "“一区五县”2020年R&D经费投入约2100亿元,研发投入强度约2.9%,高新技术企业约2.3万家。",
        "据统计,环湖城市群2020年R&D经费投入约2100亿元,研发投入强度约2.9%,高新技术企业约2.3万家。",
        "按规划,到2025年两地R&D经费投入达到2100亿元,研发投入强度达到2.9%,高新技术企业2.3万家。",
    ],
)
def test_a_group_of_places_opening_a_sentence_speaks_for_all_its_clauses(
    tmp_path: Path, group: str
) -> None:
    # a group of places or a region of several, opening the sentence, is the subject of each
    # clause after it that names none: the group's figures, not the issuer's
    facts = _facts(
        tmp_path,
        "咸宁市科学技术局2020年工作总结\n\n2020年,全市R&D经费投入45.2亿元,"
        f"高新技术企业达到330家。{group}全市新增发明专利授权610件。\n",
    )
    assert ("rd_expenditure", 2020, "actual", "level", 4.52e9) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 330.0) in facts
    assert ("invention_patent_grants", 2020, "actual", "increment", 610.0) in facts
    assert not any(f[4] in (2.1e11, 2.9, 23000.0) for f in facts)


def test_a_group_after_a_verb_is_a_yardstick_not_the_subject(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "醴陵市科技局2016年工作总结\n\n全市高新技术企业达到35家,总数居株洲市五县(市)第1位;"
        "高新技术产业增加值占GDP比重达到26.4%,占三市总量的12.1%。\n",
    )
    assert ("high_tech_enterprises", 2016, "actual", "level", 35.0) in facts
    assert ("high_tech_industry_share", 2016, "actual", "share_pct", 26.4) in facts


@pytest.mark.parametrize(
    "headline",
    [
        "我县18家企业进入2024年第二批拟认定高新技术企业名单",
        "全县18家企业列入省拟认定高新技术企业公示名单",
    ],
)
def test_units_said_to_enter_a_list_of_the_proposed_are_not_yet_recognised(
    tmp_path: Path, headline: str
) -> None:
    facts = _facts(
        tmp_path,
        f"{headline}\n\n来源:宁远县科技局 发布时间:2024-10-11\n\n"
        "2023年,全县新认定高新技术企业15家,有效期内高新技术企业达到64家。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "increment", 15.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 64.0) in facts
    assert not any(f[4] == 18.0 for f in facts)


@pytest.mark.parametrize(
    ("said", "rank"),
    [
        # (peers of a parent named short, without 市, and 里 for 中)
        ("有效期内高新技术企业达到96家,在邵阳12个县市区里排第二。", 2),
        # (a yardstick said with 是 between the figure and its standing)
        ("有效期内高新技术企业达到96家,是全市平均水平的三倍多,排在全市第一位。", 1),
    ],
)
def test_a_standing_said_as_people_speak_ranks_the_figure_before(
    tmp_path: Path, said: str, rank: int
) -> None:
    facts = _facts(
        tmp_path, f"隆回县科技局2022年工作总结\n\n2022年,全县新认定高新技术企业21家,{said}\n"
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 96.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "rank", float(rank)) in facts


def test_changes_in_tenths_listed_after_each_other_pair_with_their_figures(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "宣威市科技局2011年工作总结\n\n今年全市专利申请量420件左右,授权量260件左右,"
        "分别比上年提高了四成和一成多。\n",
    )
    assert ("patent_applications", 2011, "actual", "growth_pct", 40.0) in facts
    assert ("patent_grants", 2011, "actual", "growth_pct", 10.0) in facts
    assert ("patent_grants", 2011, "actual", "growth_pct", 40.0) not in facts


def test_an_answer_takes_up_the_indicator_its_question_named(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "访谈:科技创新这一年\n\n来源:桃源县科技局 发布时间:2023-03-02\n\n"
        "问:去年技术合同登记情况如何?\n\n答:去年登记技术合同成交额4.6亿元,增长了18%。\n\n"
        "问:科技型中小企业培育得怎么样?\n\n答:去年评价入库了112家,比前年多出30家。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 4.6e8) in facts
    assert ("tech_smes", 2022, "actual", "level", 112.0) in facts


def test_a_quota_given_to_us_as_speech_says_it_is_the_issuers_target(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "桃源县科技局2023年工作计划\n\n"
        "常德市给我们下达的技术合同成交额任务是6亿元,全县高新技术企业力争达到95家。\n",
    )
    assert ("tech_contract_turnover", 2023, "target", "level", 6e8) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 95.0) in facts


def test_a_question_quoting_another_places_figure_asks_for_the_issuers_own(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "访谈:创新投入还要加力\n\n来源:汉中市科技局 发布时间:2023-05-16\n\n"
        "记者:全省每万人发明专利拥有量去年已达到9件左右,汉中是什么情况?\n\n"
        "局长:只有2.6件左右,差距不小。\n",
    )
    assert ("invention_patents_per_10k", 2022, "actual", "level", 2.6) in facts
    assert not any(f[4] == 9.0 for f in facts)


def test_a_district_named_like_a_word_is_a_place_among_its_listed_siblings(
    tmp_path: Path,
) -> None:
    # 城中区 reads as a word (the inner city) unless its parent or, listed, its siblings say
    # it is a district: each listed district's figure is its own, not the city's
    facts = _facts(
        tmp_path,
        "西宁市科技局2021年科技统计快报\n\n全市高新技术企业达到236家。\n\n"
        "【分区县高新技术企业数】\n城中区27家;城北区58家;湟中区19家;大通县12家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 236.0) in facts
    assert not any(f[4] in (27.0, 58.0, 19.0, 12.0) for f in facts)


def test_places_listed_each_with_a_figure_are_no_names_of_the_issuer(tmp_path: Path) -> None:
    # (a zone bearing the issuer's name, listed after a district with the district's figure,
    # is no second name of the issuer: each item has a figure of its own)
    facts = _facts(
        tmp_path,
        "玉溪市科技局2019年科技工作督查通报\n\n全市专利申请量1862件。\n"
        "专利申请量:红塔区540件、玉溪高新区312件、澄江市166件。\n",
    )
    assert ("patent_applications", 2019, "actual", "level", 1862.0) in facts
    assert not any(f[4] in (540.0, 312.0, 166.0) for f in facts)


def test_parts_listed_by_their_kind_take_the_figures_after_them_in_turn(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "新都区科技局2021年科技工作通报\n\n全区技术合同成交额4.2亿元。"
        "分镇街看,大丰街道、三河街道、新繁镇排在前列,技术合同成交额分别达到8600万元、"
        "5200万元和4100万元。\n",
    )
    assert ("tech_contract_turnover", 2021, "actual", "level", 4.2e8) in facts
    assert not any(f[4] in (8.6e7, 5.2e7, 4.1e7) for f in facts)


def test_a_heading_on_this_years_goals_and_a_periods_keeps_the_texts_own_years(
    tmp_path: Path,
) -> None:
    text = (
        "在霍山县科技工作会议上的讲话\n县长\n2023年3月6日\n\n同志们:\n\n"
        "一、过去一年的工作\n\n去年,全县新认定高新技术企业9家,总数达到41家。\n\n"
        "二、今年和“十四五”后两年的主要目标\n\n"
        "今年全县高新技术企业力争达到50家。到2025年,研发投入强度达到1.8%。\n"
    )
    meta = page_meta(text)
    assert (meta.report_year, meta.plan_year) == (2022, 2023)
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2022, "actual", "level", 41.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 50.0) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 1.8) in facts


@pytest.mark.parametrize("since", ["“十四五”以来", "2021年以来"])
def test_a_title_on_the_work_since_a_period_began_is_dated_by_the_text(
    tmp_path: Path, since: str
) -> None:
    text = (
        f"钦州市{since}科技创新工作情况汇报\n\n(2023年10月)\n\n"
        "全市高新技术企业数量由2020年底的160家增加到2023年的298家。"
        "下一步,到2025年,全社会研发投入强度达到1.2%。\n"
    )
    meta = page_meta(text)
    assert meta.report_year == 2023
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2023, "actual", "level", 298.0) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 1.2) in facts


def test_short_names_of_places_listed_together_are_other_places(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "诸城市科技局2013年工作总结\n\n全市R&D经费投入占生产总值的比重为1.9%。"
        "与先进县市比,张家港、常熟研发投入强度都在2.6%以上,我市差距明显。\n",
    )
    assert ("rd_intensity", 2013, "actual", "share_pct", 1.9) in facts
    assert not any(f[4] == 2.6 for f in facts)


def test_a_verb_and_its_noun_joined_by_de_name_the_indicator(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "敦化市科技局2016年工作总结\n\n全年全市申请的专利为604件,获得授权的专利为312件,"
        "其中发明专利41件。在授权的专利中,外观设计专利数量最多,达到150件。\n",
    )
    assert ("patent_applications", 2016, "actual", "level", 604.0) in facts
    assert ("patent_grants", 2016, "actual", "level", 312.0) in facts
    assert ("invention_patent_grants", 2016, "actual", "level", 41.0) in facts
    assert not any(f[4] == 150.0 for f in facts)


def test_a_quota_handed_down_to_the_issuer_by_its_own_name_is_its_target(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "秦州区科技局2023年工作总结\n\n天水市下达秦州区2023年技术合同成交额目标为2.5亿元,"
        "全区全年实际登记2.8亿元。\n",
    )
    assert ("tech_contract_turnover", 2023, "target", "level", 2.5e8) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 2.8e8) in facts


def test_the_parent_handing_down_quotas_leaves_the_issuer_the_subject(tmp_path: Path) -> None:
    # the clauses after the parent's (下达…, with no subject of their own) are the issuer's
    # quotas and results, and so is the 全市 of the sentence after
    facts = _facts(
        tmp_path,
        "枝江市科技局2016年工作总结\n\n宜昌市下达我市2016年高新技术企业净增任务3家,实际净增5家;"
        "下达技术合同交易额目标2亿元,实际登记2.6亿元。全市R&D经费支出占GDP比重预计达到1.9%。\n",
    )
    assert ("high_tech_enterprises", 2016, "target", "increment", 3.0) in facts
    assert ("tech_contract_turnover", 2016, "target", "level", 2e8) in facts
    assert ("tech_contract_turnover", 2016, "actual", "level", 2.6e8) in facts
    assert ("rd_intensity", 2016, "actual", "share_pct", 1.9) in facts


def test_a_plans_own_words_putting_a_goal_make_it_a_target(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "信丰县科技局2020年工作总结\n\n县“十三五”科技创新规划明确2020年全社会研发投入强度达到1.2%,"
        "2020年实际为1.05%,差距仍然较大。\n",
    )
    assert ("rd_intensity", 2020, "target", "share_pct", 1.2) in facts
    assert ("rd_intensity", 2020, "actual", "share_pct", 1.05) in facts
    assert ("rd_intensity", 2020, "actual", "share_pct", 1.2) not in facts


def test_an_adverb_of_effort_glued_to_its_verb_stands_between_no_figure_and_its_name(
    tmp_path: Path,
) -> None:
    # (jieba's dictionary tags 努力完成 and the like as a person's name)
    facts = _facts(
        tmp_path,
        "高密市科技局2014年工作计划\n\n2014年,努力完成技术合同成交额3亿元,"
        "努力实现发明专利申请量300件以上。\n",
    )
    assert ("tech_contract_turnover", 2014, "target", "level", 3e8) in facts
    assert ("invention_patent_applications", 2014, "target", "level", 300.0) in facts


def test_a_page_of_the_year_under_way_that_recalls_last_year_plans_its_own_year(
    tmp_path: Path,
) -> None:
    text = (
        "永康市前4月技术交易额增长四成\n\n发布日期:2024-06-20 信息来源:永康市科技局\n\n"
        "今年1—4月,永康市技术交易额达到16.3亿元,同比增长40.2%。\n\n"
        "2023年,全市技术交易额达到41.2亿元,同比增长26.8%。今年,永康市确定技术交易额突破50亿元的"
        "年度目标,并将任务分解到各镇街。今年以来,企业登记技术合同数量同比增长近五成。\n\n"
        "下一步,永康市将确保全年技术交易额同比增长20%以上。\n"
    )
    meta = page_meta(text)
    assert (meta.report_year, meta.plan_year) == (2023, 2024)
    facts = _facts(tmp_path, text)
    assert ("tech_contract_turnover", 2023, "actual", "level", 4.12e9) in facts
    assert ("tech_contract_turnover", 2024, "target", "growth_pct", 20.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 5e9) in facts


@pytest.mark.parametrize(
    "breakdown",
    [
        "从登记主体看,高等院校登记技术合同成交额合计5.6亿元。",
        "分领域看,电子信息领域技术合同成交额9.1亿元,占全市的31%。",
        "从输出端看,企业输出技术合同成交额达到18.3亿元。",
    ],
)
def test_a_clause_breaking_the_whole_down_gives_the_parts_figures(
    tmp_path: Path, breakdown: str
) -> None:
    facts = _facts(
        tmp_path,
        f"株洲市科技局2019年技术市场工作总结\n\n2019年,全市技术合同成交额29.4亿元,同比增长21%。{breakdown}"
        "从总体看,全市技术市场保持活跃。\n",
    )
    assert ("tech_contract_turnover", 2019, "actual", "level", 2.94e9) in facts
    assert [f for f in facts if f[0] == "tech_contract_turnover" and f[3] == "level"] == [
        ("tech_contract_turnover", 2019, "actual", "level", 2.94e9)
    ]


def test_a_breakdown_clause_that_opens_on_the_whole_again_gives_the_wholes_figure(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "株洲市科技局2019年工作总结\n\n从企业主体看,全市共有415家企业处于高新技术企业有效期内,"
        "比上年净增63家。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "increment", 63.0) in facts


def test_a_count_after_names_listed_with_deng_is_made_by_the_verb_after_it(
    tmp_path: Path,
) -> None:
    # (获 of 获批 makes them one: it ranks nothing)
    facts = _facts(
        tmp_path,
        "吴江区科技局2022年工作总结\n\n2022年,汾湖创客工场、盛泽丝绸众创社等3家获批省级众创空间;"
        "震泽丝绸小镇等2家获备案省级星创天地。\n",
    )
    assert ("maker_spaces", 2022, "actual", "increment", 3.0) in facts
    assert ("star_innovation_bases", 2022, "actual", "increment", 2.0) in facts


def test_a_research_institutes_figure_is_its_own(tmp_path: Path) -> None:
    # (a place's name opening the institute's, which jieba may read as a verb, is no object)
    facts = _facts(
        tmp_path,
        "赣州市科技局2019年工作总结\n\n全市获授权发明专利612件,"
        "赣州有色冶金研究院获授权发明专利47件。\n",
    )
    assert ("invention_patent_grants", 2019, "actual", "level", 612.0) in facts
    assert not any(f[4] == 47.0 for f in facts)


def test_a_place_opening_the_name_of_an_example_summed_up_by_deng_is_no_subject(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "黔南州科技局2021年工作总结\n\n2021年,全州共有9家单位获批,其中瓮安县草塘茶业星创天地等4家单位"
        "被认定为省级星创天地,都匀市大学生创业园等3家被认定为省级众创空间。\n",
    )
    assert ("star_innovation_bases", 2021, "actual", "increment", 4.0) in facts
    assert ("maker_spaces", 2021, "actual", "increment", 3.0) in facts


@pytest.mark.parametrize(
    "opening",
    [
        "江西省科技厅2019年工作总结\n\n",
        "2019年全省科技创新主要指标稳步增长\n\n来源:江西省科学技术厅 发布时间:2020-01-15\n\n",
        "在2020年全省科技工作会议上的讲话\n\n江西省科学技术厅厅长\n\n",
    ],
)
def test_a_text_a_provinces_department_signs_is_the_provinces_not_a_citys(
    tmp_path: Path, opening: str
) -> None:
    # its capital and its zones, named in the body, are no issuer of it
    text = (
        f"{opening}2019年,全省R&D经费投入384.3亿元,南昌市、赣州市分别达到118.4亿元和52.6亿元;"
        "南昌高新区新增高新技术企业126家。全省高新技术企业达到5166家。\n"
    )
    meta = page_meta(text)
    assert meta.city_id is None and meta.province == "江西省"
    facts = _facts(tmp_path, text)
    assert ("rd_expenditure", 2019, "actual", "level", 3.843e10) in facts
    assert ("high_tech_enterprises", 2019, "actual", "level", 5166.0) in facts
    assert not any(f[4] in (1.184e10, 5.26e9, 126.0) for f in facts)


def test_a_citys_story_set_in_a_zone_with_a_name_of_its_own_stays_the_citys() -> None:
    # (a feature headlined on the zone, whose body speaks as the city: 我市…)
    meta = page_meta(
        "临空经开区里的“周末”实验室\n长沙晚报 2023-02-06 记者 李想\n\n"
        "周六上午,临空经开区一家航空材料企业的实验室里灯火通明。“去年我们申请专利11件。”企业负责人说。"
        "据了解,去年我市新增高新技术企业510家,临空经开区新增31家。\n"
    )
    assert meta.city_zh == "长沙市"


def test_an_items_label_and_a_bare_measure_after_it_name_the_indicator_together(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "日照市科技局2021年工作计划\n\n二、2021年主要目标\n"
        "1.高新技术企业。总数达到480家以上。\n3.技术市场。成交额达到45亿元。\n"
        "4.专利。申请量达到9000件,授权量达到5200件。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "level", 480.0) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 4.5e9) in facts
    assert ("patent_applications", 2021, "target", "level", 9000.0) in facts


def test_a_quote_in_a_firms_own_voice_after_a_scene_set_in_it_gives_the_firms_figures(
    tmp_path: Path,
) -> None:
    # (the official's quote about the place's goals stays the place's)
    facts = _facts(
        tmp_path,
        "年终盘点:诸城科技创新这一年\n诸城日报 2022年12月30日\n\n"
        "今年,全市新增高新技术企业38家,总数达到215家。\n\n"
        "走进诸城经济开发区的一家汽车零部件企业,生产线正满负荷运转。"
        "“今年我们研发投入超过8000万元,新申请发明专利26件。”企业负责人说。\n\n"
        "“明年,我们将力争新增高新技术企业40家。”市科技局负责人说。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 215.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "increment", 40.0) in facts
    assert not any(f[4] in (8e7, 26.0) for f in facts)


def test_a_provinces_own_lead_before_a_colon_is_the_issuer_not_another_place(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "湖南省科学技术厅2022年工作总结和2023年工作要点\n\n二、2023年工作要点\n"
        "全省科技工作的主要目标是:力争全省研发投入强度达到2.5%,高新技术企业突破1.6万家;"
        "支持长沙市研发投入强度达到3.5%以上。\n",
    )
    assert ("rd_intensity", 2023, "target", "share_pct", 2.5) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 16000.0) in facts
    assert not any(f[4] == 3.5 for f in facts)


def test_a_figure_alone_on_the_line_under_its_label_keeps_what_the_label_counts(
    tmp_path: Path,
) -> None:
    # (an infographic prints the label, then the figure on a line of its own)
    facts = _facts(
        tmp_path,
        "图解:德阳市科技局2023年工作亮点\n\n"
        "新增科技型中小企业\n\n336家\n\n"
        "技术合同成交额\n\n58.2亿元\n",
    )
    assert ("tech_smes", 2023, "actual", "increment", 336.0) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 5.82e9) in facts


def test_an_act_naming_examples_then_what_they_become_after_wei_counts_new_ones(
    tmp_path: Path,
) -> None:
    # (认定 … 等N家 为 kind: the issuer made them; a higher body's act is its own list)
    facts = _facts(
        tmp_path,
        "嘉兴市科学技术局关于公布2024年度嘉兴市级科技企业孵化器名单的通知\n\n"
        "经专家评审和网上公示,决定认定嘉兴科创园等4家单位为市级科技企业孵化器,"
        "认定秀洲光伏创新港等6家为市级众创空间。\n"
        "此前,省科技厅发文确定13家单位为省级科技企业孵化器。\n",
    )
    assert ("incubators", 2024, "actual", "increment", 4.0) in facts
    assert ("maker_spaces", 2024, "actual", "increment", 6.0) in facts
    assert not any(f[4] == 13.0 for f in facts)


def test_a_notice_handing_down_a_programmes_projects_is_a_notice_of_its_own_year(
    tmp_path: Path,
) -> None:
    # (科技计划项目 names a programme; it makes the title no plan for next year)
    text = (
        "关于下达2021年度第二批市级科技计划项目经费的通知\n\n各县(市、区)科技局:\n"
        "今年以来,全市共争取省级以上科技项目经费1.3亿元,同比增长12%。"
        "现将第二批项目经费下达给你们。\n"
    )
    meta = page_meta(text)
    assert (meta.genre, meta.report_year) == ("notice", 2021)
    facts = _facts(tmp_path, text)
    assert ("sci_tech_funds_secured", 2021, "actual", "level", 1.3e8) in facts


def test_a_floor_for_each_part_and_what_some_parts_lack_are_not_the_wholes(
    tmp_path: Path,
) -> None:
    # (不少于 sets a floor for each 县 as 至少 does; 部分县(区) stays the subject of the clauses on)
    facts = _facts(
        tmp_path,
        "六盘水市科学技术局2019年工作要点\n\n"
        "全年力争新增科技型中小企业60家,各县(特区、区)新入库科技型中小企业不少于8家。"
        "部分县(区)创新基础薄弱,研发投入强度低于0.4%,技术合同成交额不足300万元。\n",
    )
    assert ("tech_smes", 2019, "target", "increment", 60.0) in facts
    assert not any(f[4] in (8.0, 0.4, 3e6) for f in facts)


def test_what_a_scheme_paid_for_and_its_parts_are_no_stock_of_the_place(
    tmp_path: Path,
) -> None:
    # (an award won, 获得省科技奖励12项, is still the place's)
    facts = _facts(
        tmp_path,
        "芜湖市科学技术局关于兑现2020年度知识产权奖补资金的通知\n\n"
        "本批次共奖补发明专利906件,其中发明专利授权531件、PCT国际专利申请44件。"
        "2020年全市获得省科学技术奖励12项。\n",
    )
    assert ("science_awards", 2020, "actual", "level", 12.0) in facts
    assert not any(f[4] in (906.0, 531.0, 44.0) for f in facts)


def test_a_list_headings_bracketed_count_is_the_size_of_the_list_not_a_stock(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "常德市科学技术局关于公布2022年度常德市重点实验室名单的通知\n\n"
        "今年共有31家单位申报,经评审,认定“常德烟机装备重点实验室”等7家为市级重点实验室。\n\n"
        "附件:\n(一)市级重点实验室(7家)\n1.常德烟机装备重点实验室\n"
        "(二)市级众创空间(3个)\n1.柳叶湖青创空间\n",
    )
    assert ("key_laboratories", 2022, "actual", "increment", 7.0) in facts
    assert not any(f[3] == "level" for f in facts)


def test_a_dated_byline_spaced_like_a_header_row_makes_no_years_column(
    tmp_path: Path,
) -> None:
    # (the day the page went up is not a column of that year's figures)
    facts = _facts(
        tmp_path,
        "2020年度铜仁科技创新成绩单\n——————\n发布:铜仁市科学技术局　2021-01-26\n\n"
        "2020年,铜仁市科技工作稳中有进。\n\n【主体】\n高新技术企业 ▶ 71家\n\n"
        "【转化】\n技术合同成交额 ▶ 3.6亿元\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 71.0) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 3.6e8) in facts
    assert not any(f[2] == "target" for f in facts)


def test_infographic_lines_pointing_from_label_to_figure_are_not_joined_as_one(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "2019年黔东南州科技创新成绩单\n\n"
        "2019年,全州科技工作稳步推进。\n\n"
        "高新技术企业 ▶ 53家\n科技型中小企业 ▶ 新增 120家\n技术合同成交额 ▶ 2.1亿元\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "level", 53.0) in facts
    assert ("tech_smes", 2019, "actual", "increment", 120.0) in facts
    assert ("tech_contract_turnover", 2019, "actual", "level", 2.1e8) in facts


def test_the_plan_year_alone_with_a_colon_heads_the_points_under_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "2021年度曲靖科技创新成绩单\n\n2021年,曲靖市科技创新工作取得新成效。\n\n"
        "【主体】\n高新技术企业 ▶ 142家\n\n"
        "2021年,全市还开展了科技活动周等系列活动。\n\n2022年:\n"
        "▶ 技术合同成交额增长15%\n▶ 新增科技型中小企业100家\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 142.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "growth_pct", 15.0) in facts
    assert ("tech_smes", 2022, "target", "increment", 100.0) in facts


def test_a_reply_to_a_proposal_speaks_of_the_year_it_was_signed(tmp_path: Path) -> None:
    # (posted months after it was signed; its 目前 and 今年 are the signing year's)
    text = (
        "对市十四届人大三次会议第41号建议的答复函\n发布时间:2022-03-02\n\n李明代表:\n"
        "您提出的《关于加快科技型企业培育的建议》收悉。现答复如下:\n"
        "2020年,全市高新技术企业达到312家。截至目前,全市科技型中小企业入库416家。\n"
        "下一步,我们将今年力争新增高新技术企业60家,推动全社会研发投入强度2021年达到2.1%。\n\n"
        "岳阳市科学技术局\n2021年7月9日\n"
    )
    meta = page_meta(text)
    assert (meta.report_year, meta.plan_year) == (2021, 2021)
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2020, "actual", "level", 312.0) in facts
    assert ("tech_smes", 2021, "actual", "level", 416.0) in facts
    assert ("high_tech_enterprises", 2021, "target", "increment", 60.0) in facts
    assert ("rd_intensity", 2021, "target", "share_pct", 2.1) in facts


def test_figures_quoted_from_a_proposal_are_the_proposers_words(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "关于市政协九届四次会议第88号提案的答复\n\n张华委员:\n"
        "提案中提到“我市技术合同成交额仅为9亿元”,并在建议中列举了“邻市高新技术企业超过500家”"
        "“某市研发投入强度达到3%”等情况。经核实,2022年全市技术合同成交额为12.6亿元。\n\n"
        "益阳市科学技术局\n2023年6月12日\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 1.26e9) in facts
    assert not any(f[4] in (9e8, 500.0, 3.0) for f in facts)


def test_a_result_cell_noting_an_earlier_year_is_that_years_figure(tmp_path: Path) -> None:
    # (statistics lag a year: the cell says which year its figure is of)
    facts = _facts(
        tmp_path,
        "安顺市科学技术局2021年部门整体支出绩效自评报告\n\n"
        "|指标|年度目标值|实际完成值|\n|研发经费投入强度(%)|0.6|0.51(2020年统计数)|\n"
        "|新增科技型中小企业(家)|80|96|\n",
    )
    assert ("rd_intensity", 2020, "actual", "share_pct", 0.51) in facts
    assert ("rd_intensity", 2021, "target", "share_pct", 0.6) in facts
    assert ("tech_smes", 2021, "actual", "increment", 96.0) in facts


def test_a_goal_then_what_was_actually_done_after_a_semicolon(tmp_path: Path) -> None:
    # (the goal is the year's own, set for the year the text looks back on)
    facts = _facts(
        tmp_path,
        "攸县科学技术局2019年度绩效目标完成情况\n\n"
        "一、技术市场。年度目标:技术合同成交额达到1.5亿元;实际完成:全县登记技术合同86项,"
        "技术合同成交额1.72亿元,同比增长18%。\n"
        "二、科技型中小企业。目标入库40家;实际入库52家。\n",
    )
    assert ("tech_contract_turnover", 2019, "target", "level", 1.5e8) in facts
    assert ("tech_contract_turnover", 2019, "actual", "level", 1.72e8) in facts
    assert ("tech_contract_turnover", 2019, "actual", "growth_pct", 18.0) in facts
    assert not any(f[1] == 2020 for f in facts)


def test_a_perspective_clause_then_a_time_clause_then_the_whole_and_a_done_verb(
    tmp_path: Path,
) -> None:
    # (从创新主体看 opens no part when the whole follows its date; 已登记 registers, no kind)
    facts = _facts(
        tmp_path,
        "安丘市科学技术局2024年上半年工作总结\n\n"
        "从创新主体看,截至2023年底,全市高新技术企业总数达到147家。"
        "今年以来,全市已登记技术合同成交额6.8亿元。"
        "从卖方主体看,截至6月底,企业技术合同成交额5.9亿元。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 147.0) in facts
    assert ("tech_contract_turnover", 2024, "actual", "level", 6.8e8) in facts
    assert not any(f[4] == 5.9e8 for f in facts)


def test_this_year_so_far_is_a_flow_not_a_stock_since_long_ago(tmp_path: Path) -> None:
    # (今年以来,…认定… counts this year's new ones; 目前…建成… is still a stock)
    facts = _facts(
        tmp_path,
        "白银市科学技术局2019年上半年工作总结\n\n"
        "今年以来,我们按照全市部署,认定市级科技企业孵化器3家,备案市级众创空间5家。"
        "目前,全市已建成众创空间27家。\n",
    )
    assert ("incubators", 2019, "actual", "increment", 3.0) in facts
    assert ("maker_spaces", 2019, "actual", "increment", 5.0) in facts
    assert ("maker_spaces", 2019, "actual", "level", 27.0) in facts


def test_firms_named_by_trade_or_placed_in_the_issuer_and_their_next_clause(
    tmp_path: Path,
) -> None:
    # (a firm's clause with a figure goes on into a clause with no subject of its own)
    facts = _facts(
        tmp_path,
        "枝江市科学技术局2019年工作总结\n\n"
        "2019年,全市研发投入9.6亿元,拥有省级重点实验室4个。"
        "骨干企业带动明显,如湖北枝江酒业股份有限公司当年研发投入达1.1亿元,拥有省级重点实验室2个。"
        "人福药业全年研发投入2.3亿元。如市内某化工企业年研发投入0.8亿元。\n",
    )
    assert ("rd_expenditure", 2019, "actual", "level", 9.6e8) in facts
    assert ("key_laboratories", 2019, "actual", "level", 4.0) in facts
    assert not any(f[4] in (1.1e8, 2.0, 2.3e8, 0.8e8) for f in facts)


def test_a_bar_each_of_several_firms_cleared_is_no_total(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "张家港市科学技术局2023年工作总结\n\n"
        "在2022年度汇算清缴中,全市912家企业享受研发费用加计扣除政策,加计扣除额达86亿元。"
        "其中,沙钢、永钢等6家企业加计扣除额均超过2亿元。\n",
    )
    assert not any(f[4] == 2e8 for f in facts)


def test_a_named_park_inside_a_zone_is_a_part_of_the_zones_text(tmp_path: Path) -> None:
    # (the zone's own 园区 stays the zone)
    facts = _facts(
        tmp_path,
        "齐齐哈尔高新技术产业开发区2016年科技工作总结\n\n"
        "全年新增高新技术企业9家,园区高新技术企业总数达到41家。"
        "富裕园区新增高新技术企业2家,碾子山园区新增1家。\n",
    )
    assert ("high_tech_enterprises", 2016, "actual", "increment", 9.0) in facts
    assert ("high_tech_enterprises", 2016, "actual", "level", 41.0) in facts
    assert not any(f[4] in (2.0, 1.0) for f in facts)


def test_a_named_province_opening_a_list_keeps_every_item_and_the_whole_region_said_so(
    tmp_path: Path,
) -> None:
    # (援藏/援疆 partners' figures, and 全自治区 in a city's text, are not the city's)
    facts = _facts(
        tmp_path,
        "林芝市科学技术局2020年工作总结\n\n2020年,全市新增科技型中小企业6家。"
        "广东省2020年高新技术企业净增1.2万家、总数突破5.3万家。"
        "全自治区有效期内高新技术企业达到160家。\n",
    )
    assert ("tech_smes", 2020, "actual", "increment", 6.0) in facts
    assert not any(f[4] in (12000.0, 53000.0, 160.0) for f in facts)


def test_an_average_rate_over_a_plans_years_is_no_years_growth(tmp_path: Path) -> None:
    # (a year's plan may still set its own year's goal as 年均; a horizon's average is no year's)
    (tmp_path / "h").mkdir()
    (tmp_path / "y").mkdir()
    horizon = _facts(
        tmp_path / "h",
        "潍坊市科学技术局关于印发《潍坊市“十四五”科技创新规划》的通知\n\n"
        "到2025年,全社会研发经费投入年均增长10%以上,技术合同成交额达到150亿元。\n",
    )
    assert ("tech_contract_turnover", 2025, "target", "level", 1.5e10) in horizon
    assert not any(f[3] == "growth_pct" for f in horizon)
    one_year = _facts(
        tmp_path / "y",
        "潍坊市科学技术局2018年工作总结和2019年工作计划\n\n二、2019年工作计划\n"
        "力争2019年专利申请量年均增长12%以上。\n",
    )
    assert ("patent_applications", 2019, "target", "growth_pct", 12.0) in one_year


def test_a_review_of_a_quoted_plan_takes_the_reviews_years(tmp_path: Path) -> None:
    text = (
        "鹰潭市“十二五”科技发展规划实施情况总结\n\n鹰潭市科学技术局\n(2015年12月8日)\n\n"
        "现将《鹰潭市“十二五”科技发展规划》实施情况总结如下。\n"
        "2014年,全市全社会R&D经费支出4.1亿元。研发投入强度规划目标为2015年达到1.6%。\n"
    )
    meta = page_meta(text)
    assert meta.report_year == 2015
    facts = _facts(tmp_path, text)
    assert ("rd_expenditure", 2014, "actual", "level", 4.1e8) in facts
    assert ("rd_intensity", 2015, "target", "share_pct", 1.6) in facts


def test_an_average_per_contract_is_no_turnover(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "眉山市科学技术局2020年工作总结\n\n"
        "全年登记技术合同642项,技术合同成交额9.6亿元,平均每项合同成交额约150万元。\n",
    )
    assert ("tech_contract_turnover", 2020, "actual", "level", 9.6e8) in facts
    assert not any(f[4] == 1.5e6 for f in facts)


def test_what_a_clause_sets_aside_before_its_figure_is_no_subject_nor_renewal(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "丰城市科学技术局2021年工作总结\n\n"
        "全年新认定高新技术企业33家,剔除到期未通过复审的企业后净增21家,"
        "全市高新技术企业总数达到118家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 33.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 21.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 118.0) in facts
