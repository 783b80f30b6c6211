"""Phenomena met in report-like texts read during stop 53, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import page_meta
from conftest import report_facts as _facts


@pytest.mark.parametrize(
    "band",
    ["单笔300万元以上的技术合同", "金额超千万元的重大技术合同", "1000万以上的大额技术合同"],
)
def test_the_sum_of_contracts_above_a_size_a_clause_before_set_is_theirs(
    tmp_path: Path, band: str
) -> None:
    # the sum and its rate measure the contracts of that size, not all of them; the clause
    # after them opening on the whole place's contracts is the place's
    facts = _facts(
        tmp_path,
        "2021年全县科技工作总结\n\n"
        f"全年认定登记{band}41项,成交额6.7亿元,比上年增长18.2%。"
        "全县登记各类技术合同913项,成交额15.4亿元。\n",
    )
    turnover = {f for f in facts if f[0] == "tech_contract_turnover"}
    assert turnover == {("tech_contract_turnover", 2021, "actual", "level", 1.54e9)}


@pytest.mark.parametrize(
    "entry",
    [
        "【安康市蚕桑研究所】",
        "【汉江精工机械股份有限公司】",
        "一、秦巴生物医药研究院:",
    ],
)
def test_an_entry_under_an_organisations_name_is_the_organisations(
    tmp_path: Path, entry: str
) -> None:
    # a yearbook's entries: the place's own under a topic, an organisation's under its name,
    # every sentence of it, up to the next entry
    facts = _facts(
        tmp_path,
        "安康年鉴(2021)·科学技术\n\n"
        "【概况】 2020年,全市专利授权量1462件,新认定高新技术企业23家。\n\n"
        f"{entry} 年内承担省级科研项目9项,争取项目经费540万元。申请专利37件,"
        "获授权专利21件。获陕西省科学技术奖2项。\n\n"
        "【科普工作】 全年技术合同成交额12.6亿元。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 23.0) in facts
    assert ("patent_grants", 2020, "actual", "level", 1462.0) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 1.26e9) in facts
    assert not any(f[4] in (5.4e6, 37.0, 21.0, 2.0) for f in facts)


@pytest.mark.parametrize(
    "before",
    [
        # another city as a yardstick the issuer then measures itself by
        "2018年邻近的柳州市高新技术企业已达481家,我市不足其三分之一。",
        "柳州市技术合同成交额达到48亿元,本市仅为其一成。",
        # several of the issuer's parts listed: none is the 全市 that follows
        "北流市、容县、陆川县等县(市)高新技术企业均不足10家。",
    ],
)
def test_whole_city_after_a_yardstick_city_or_a_list_of_parts_is_the_issuer(
    tmp_path: Path, before: str
) -> None:
    facts = _facts(
        tmp_path,
        "关于玉林市科技创新工作的调研报告\n\n"
        f"二、存在问题\n{before}2018年全市每万人口发明专利拥有量仅0.81件,居全区第9位。\n",
    )
    assert ("invention_patents_per_10k", 2018, "actual", "level", 0.81) in facts
    assert ("invention_patents_per_10k", 2018, "actual", "rank", 9.0) in facts


@pytest.mark.parametrize("bullet", ["——", "● ", "◆"])
def test_bulleted_goals_after_a_sentence_naming_their_horizon_are_that_years(
    tmp_path: Path, bullet: str
) -> None:
    facts = _facts(
        tmp_path,
        "鹤山市创建省级创新型县(市)工作情况\n\n"
        "2019年,全市高新技术企业总数达到96家。\n"
        "按照创建要求,我市确定到2022年实现以下主要目标:\n"
        f"{bullet}高新技术企业总数达到180家;\n"
        f"{bullet}研究与试验发展经费占地区生产总值比重达到2.2%。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "level", 96.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "level", 180.0) in facts
    assert ("rd_intensity", 2022, "target", "share_pct", 2.2) in facts
    assert not any(f[1] == 2019 and f[4] in (180.0, 2.2) for f in facts)


def test_bulleted_results_after_a_look_back_on_the_years_goals_stay_results(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "鹤山市2019年科技工作总结\n\n"
        "年初确定的各项目标全部实现,具体如下:\n"
        "——高新技术企业总数达到96家;\n"
        "——技术合同成交额3.1亿元。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "level", 96.0) in facts
    assert ("tech_contract_turnover", 2019, "actual", "level", 3.1e8) in facts


def test_funds_secured_in_a_text_not_about_science_are_no_science_funds(tmp_path: Path) -> None:
    # a county's plenary report: its funds "secured" are of any field; the one sentence that
    # names science keeps its funds
    facts = _facts(
        tmp_path,
        "在中共通渭县委十六届九次全体会议上的报告\n\n"
        "同志们:现在,我代表县委常委会向全会报告工作,请予审议。\n"
        "一、过去一年的工作\n"
        "2021年,全县地区生产总值增长7.2%,固定资产投资增长11.3%,社会消费品零售总额增长"
        "9.8%,城乡居民人均可支配收入分别增长8.1%和10.4%。"
        "全年争取中央和省级各类资金21.6亿元,落实衔接资金3.4亿元。"
        "新认定高新技术企业3家,争取省级科技项目资金460万元。\n",
    )
    funds = {f for f in facts if f[0] == "sci_tech_funds_secured"}
    assert funds == {("sci_tech_funds_secured", 2021, "actual", "level", 4.6e6)}


def test_funds_secured_in_a_science_bureaus_text_need_no_science_word(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "通渭县科技局2021年工作总结\n\n全年争取上级项目资金1280万元,新认定高新技术企业3家。\n",
    )
    assert ("sci_tech_funds_secured", 2021, "actual", "level", 1.28e7) in facts


def test_a_standing_after_a_gap_to_the_nations_figure_is_the_issuers(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "平凉市科技进步法执法检查报告\n\n"
        "2016年全市研发经费投入强度仅为0.62%,与全国2.11%的差距较大,在全省14个市州中列第9位。\n",
    )
    assert ("rd_intensity", 2016, "actual", "share_pct", 0.62) in facts
    assert ("rd_intensity", 2016, "actual", "rank", 9.0) in facts
    assert not any(f[4] == 2.11 for f in facts)


@pytest.mark.parametrize(
    "multiple", ["是2013年2.4亿元的3.5倍", "是2013年的2.4亿元的3.5倍", "是2013年底2.4亿元的3倍多"]
)
def test_the_base_a_multiple_is_of_is_its_years_own(tmp_path: Path, multiple: str) -> None:
    facts = _facts(
        tmp_path,
        f"平凉市2018年科技工作总结\n\n2018年,全市技术合同成交额8.4亿元,{multiple}。\n",
    )
    assert ("tech_contract_turnover", 2018, "actual", "level", 8.4e8) in facts
    assert ("tech_contract_turnover", 2013, "actual", "level", 2.4e8) in facts
    assert ("tech_contract_turnover", 2018, "actual", "level", 2.4e8) not in facts


@pytest.mark.parametrize(
    "aside",
    [
        "在品种选育上,当地一家种苗集团累计培育新品种52个,申请专利38件。",
        "在平台建设方面,一家新材料企业建成的省级工程技术研究中心,当年研发投入达1.6亿元。",
    ],
)
def test_a_firm_after_the_topic_a_sentence_opens_on_has_figures_of_its_own(
    tmp_path: Path, aside: str
) -> None:
    facts = _facts(
        tmp_path,
        f"新泰市2022年科技创新工作综述\n\n2022年,全市专利申请量3150件,研发投入12.4亿元。{aside}\n",
    )
    assert ("patent_applications", 2022, "actual", "level", 3150.0) in facts
    assert not any(f[4] in (38.0, 1.6e8) for f in facts)


def test_a_clause_opening_on_new_and_its_verb_goes_on_with_the_place_before(
    tmp_path: Path,
) -> None:
    # 新 is jieba's adjective before 认定: the clause still has no subject of its own
    facts = _facts(
        tmp_path,
        "新泰市2022年科技创新工作综述\n\n2022年,全市新认定高新技术企业46家。"
        "与新泰相邻的肥城市,今年新认定高新技术企业为53家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 46.0) in facts
    assert not any(f[4] == 53.0 for f in facts)


@pytest.mark.parametrize(
    "row",
    [
        "新认定高新技术企业,目标值≥12家,实际完成值15家",
        "新增高新技术企业,计划12家,实际15家",
    ],
)
def test_values_under_their_labels_are_measured_as_the_items_head_says(
    tmp_path: Path, row: str
) -> None:
    facts = _facts(
        tmp_path,
        "汉阴县科学技术局2021年度部门整体支出绩效自评报告\n\n"
        f"(一)数量指标:{row};技术合同成交额,目标值0.5亿元,实际完成值0.62亿元。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "increment", 12.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 15.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 6.2e7) in facts


@pytest.mark.parametrize("peers", ["在全省县域中", "在全区县(市、区)中", "在全省同类城市中"])
def test_a_standing_among_the_whole_areas_places_uncounted_is_the_figures(
    tmp_path: Path, peers: str
) -> None:
    facts = _facts(
        tmp_path,
        "容县2022年县域科技创新能力评价情况\n\n"
        f"2022年,容县研发投入强度为0.74%,高于玉林市平均水平0.05个百分点,{peers}列第23位。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 0.74) in facts
    assert ("rd_intensity", 2022, "actual", "rank", 23.0) in facts


def test_a_standing_in_an_assessment_is_no_indicators(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "容县2022年科技工作总结\n\n2022年,全县研发投入强度为0.74%,在全市科技进步目标考核中居第3位。\n",
    )
    assert not any(f[3] == "rank" for f in facts)


def test_a_shares_values_under_their_labels_in_one_row(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "醴陵市创建省级创新型县(市)自评报告(2022年)\n\n"
        "一、核心指标\n1.研发经费投入强度:2020年基期值1.74%,2025年目标值2.6%;\n"
        "2.城镇登记失业率:2020年为3.9%,2025年目标值4.5%以内。\n",
    )
    assert ("rd_intensity", 2020, "actual", "share_pct", 1.74) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 2.6) in facts
    assert not any(f[4] in (3.9, 4.5) for f in facts)


@pytest.mark.parametrize("goal", ["完成2025年目标值(2.6%)的80.8%", "完成“十四五”目标(2.6%)的80.8%"])
def test_how_far_a_goal_in_brackets_was_met_is_no_figure(tmp_path: Path, goal: str) -> None:
    facts = _facts(
        tmp_path,
        f"醴陵市2022年科技工作总结\n\n2022年,全市研发经费投入强度为2.1%,{goal}。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 2.1) in facts
    assert not any(f[4] == 80.8 for f in facts)


def test_a_table_one_cell_per_line_with_blank_lines_between_its_rows(tmp_path: Path) -> None:
    # copied out of a web page: a header opening on its label column, rows apart, a row
    # name as long as an indicator's, a change in words where the others give a rate, and
    # a standing column
    facts = _facts(
        tmp_path,
        "诸城市科学技术局2019年工作总结\n\n"
        "2019年主要科技指标完成情况如下:\n\n"
        "指标名称\n单位\n2019年\n比上年增长(%)\n位次\n\n"
        "高新技术企业\n家\n84\n16.7\n4\n\n"
        "高新技术产业增加值占规模以上工业增加值比重\n%\n41.2\n提高2.3个百分点\n5\n\n"
        "专利授权量\n件\n1688\n9.4\n3\n\n"
        "注:位次为在潍坊市各县市区中的排名。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "level", 84.0) in facts
    assert ("high_tech_enterprises", 2019, "actual", "growth_pct", 16.7) in facts
    assert ("high_tech_enterprises", 2019, "actual", "rank", 4.0) in facts
    assert ("high_tech_industry_share", 2019, "actual", "share_pct", 41.2) in facts
    assert ("patent_grants", 2019, "actual", "level", 1688.0) in facts
    assert ("patent_grants", 2019, "actual", "rank", 3.0) in facts
    assert not any(f[4] == 2.3 for f in facts)


@pytest.mark.parametrize(
    "helped",
    [
        "帮助美姑县企业登记技术合同12项、成交额390万元",
        "力争帮助结对三县新增高新技术企业6家以上,共建省级以上创新平台2家",
    ],
)
def test_what_a_helped_place_did_is_that_places(tmp_path: Path, helped: str) -> None:
    facts = _facts(
        tmp_path,
        "慈溪市科技局2022年东西部协作工作总结\n\n"
        f"2022年,全市新认定高新技术企业118家,技术合同成交额21.5亿元。{helped}。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 118.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 2.15e9) in facts
    assert not any(f[4] in (3.9e6, 6.0, 2.0) for f in facts)


def test_the_whole_city_under_a_partners_help_is_the_issuer(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "毕节市科学技术局2020年工作总结\n\n"
        "在广州市的大力帮扶下,全市科技工作取得新进展。全年新认定高新技术企业24家,"
        "全市高新技术企业总数达到88家。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 24.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 88.0) in facts


def test_a_named_firm_working_with_a_partner_has_figures_of_its_own(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "遵义市2020年科技工作总结\n\n2020年,全市申请发明专利1460件。"
        "贵州湄窖酒业有限公司与江南大学联合攻关,当年申请发明专利15件。"
        "在茶叶加工领域,茶企等龙头企业与省农科院开展合作,全年实施产学研合作项目21项。\n",
    )
    assert ("invention_patent_applications", 2020, "actual", "level", 1460.0) in facts
    assert not any(f[4] == 15.0 for f in facts)
    assert ("industry_university_projects", 2020, "actual", "level", 21.0) in facts


def test_the_whole_region_in_a_prefecture_of_an_autonomous_region_is_the_region(
    tmp_path: Path,
) -> None:
    # 和田地区 calls itself 全地区; its 全区 is 新疆, the region around it
    facts = _facts(
        tmp_path,
        "和田地区2016年科技工作总结\n\n全地区专利申请量318件,高新技术企业达到7家;"
        "全区高新技术企业突破500家,每万人发明专利拥有量1.3件。\n",
    )
    assert ("patent_applications", 2016, "actual", "level", 318.0) in facts
    assert ("high_tech_enterprises", 2016, "actual", "level", 7.0) in facts
    assert not any(f[4] in (500.0, 1.3) for f in facts)


def test_a_prefecture_outside_an_autonomous_region_calls_itself_the_whole_region(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "大兴安岭地区2016年科技工作总结\n\n全区专利申请量96件,高新技术企业达到6家,"
        "技术合同成交额1.2亿元。\n",
    )
    assert ("patent_applications", 2016, "actual", "level", 96.0) in facts
    assert ("high_tech_enterprises", 2016, "actual", "level", 6.0) in facts


def test_a_firms_standing_among_firms_and_the_figure_of_the_one_ahead(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "敦化市2021年科技工作总结\n\n"
        "全市高新技术企业达到21家,总量居延边州第二位,仅次于延吉市的63家。"
        "吉林敖东药业集团股份有限公司研发投入2.4亿元,继续位居全州企业首位。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "level", 21.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "rank", 2.0) in facts
    assert not any(f[4] in (63.0, 2.4e8) for f in facts)
    assert not any(f[0] == "rd_expenditure" for f in facts)


@pytest.mark.parametrize("gap", ["/", " | "])
def test_a_bounded_goal_and_its_result_in_one_row(tmp_path: Path, gap: str) -> None:
    facts = _facts(
        tmp_path,
        "安吉县科学技术局2023年度部门整体支出绩效自评报告\n\n"
        "主要绩效指标完成情况(指标名称:年度目标值/实际完成值):\n"
        f"新认定国家高新技术企业:≥40家{gap}47家\n"
        f"技术交易额:≥30亿元{gap}34.2亿元\n",
    )
    assert ("high_tech_enterprises", 2023, "target", "increment", 40.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 47.0) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 3e9) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 3.42e9) in facts


@pytest.mark.parametrize("occasion", ["本批次", "该批次", "这轮"])
def test_the_place_after_the_occasion_a_clause_opens_on_is_its_subject(
    tmp_path: Path, occasion: str
) -> None:
    facts = _facts(
        tmp_path,
        "德阳市科技局工作动态(2019年)\n\n2019年,全市新增省级众创空间4家。"
        f"{occasion}全省共认定省级科技企业孵化器31家、备案众创空间58家。\n",
    )
    assert ("maker_spaces", 2019, "actual", "increment", 4.0) in facts
    assert not any(f[4] in (31.0, 58.0) for f in facts)


@pytest.mark.parametrize(
    "standing",
    ["在佛山五区中居第2位", "该比重在湖州市三县两区中居第2位", "这一比例在全市四县一区中排第2位"],
)
def test_a_standing_among_an_areas_units_counted_by_kind(tmp_path: Path, standing: str) -> None:
    facts = _facts(
        tmp_path,
        f"德清县2018年科技创新监测分析报告\n\n2018年,全县R&D经费投入强度为3.05%,{standing}。\n",
    )
    assert ("rd_intensity", 2018, "actual", "share_pct", 3.05) in facts
    assert ("rd_intensity", 2018, "actual", "rank", 2.0) in facts


@pytest.mark.parametrize(
    "driven",
    ["项目实施后预计带动企业新增研发投入2.4亿元", "每年可带动全市企业新增研发投入2.4亿元"],
)
def test_what_a_project_or_policy_drives_is_no_total(tmp_path: Path, driven: str) -> None:
    facts = _facts(
        tmp_path,
        f"丹阳市2021年科技工作总结\n\n2021年,全市研发投入18.6亿元。{driven}。\n",
    )
    assert ("rd_expenditure", 2021, "actual", "level", 1.86e9) in facts
    assert not any(f[4] == 2.4e8 for f in facts)


def test_the_whole_places_total_a_policy_drove_is_its_own(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "丹阳市2021年科技工作总结\n\n2021年,科技政策兑现有力,带动全市研发经费投入18.6亿元。\n",
    )
    assert ("rd_expenditure", 2021, "actual", "level", 1.86e9) in facts


def test_a_yardstick_in_brackets_after_a_comparison(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "丹阳市2021年科技工作总结\n\n"
        "2021年,全市每万人发明专利拥有量为12.4件,仍低于全省(16.1件)和昆山市(38.2件)。\n",
    )
    assert ("invention_patents_per_10k", 2021, "actual", "level", 12.4) in facts
    assert not any(f[4] in (16.1, 38.2) for f in facts)


def test_the_issuers_whole_with_what_it_includes_in_brackets(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "伊犁哈萨克自治州2022年科技工作总结\n\n"
        "截至年底,全州(含塔城、阿勒泰地区)有效期内高新技术企业达到63家,"
        "其中州直属县市44家;全年新增高新技术企业16家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 63.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 16.0) in facts


def test_firms_listed_by_name_with_their_figures_respectively(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "赫章县2023年科技工作总结\n\n2023年,全县研发经费投入0.9亿元。"
        "贵州赫章宏达矿业有限公司、赫章县天麻科技公司分别投入研发经费1280万元、360万元。\n",
    )
    assert ("rd_expenditure", 2023, "actual", "level", 9e7) in facts
    assert not any(f[4] in (1.28e7, 3.6e6) for f in facts)


def test_a_standing_after_a_yardstick_by_points_and_a_second_in_the_whole_province(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "宁乡市2023年科技创新监测分析\n\n"
        "2023年全市R&D投入强度为2.74%,高于全省(2.57%)0.17个百分点,在长沙市9个区县(市)中"
        "居第5位,在全省县(市)中居第3位。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 2.74) in facts
    assert ("rd_intensity", 2023, "actual", "rank", 5.0) in facts
    assert ("rd_intensity", 2023, "actual", "rank", 3.0) in facts
    assert not any(f[4] == 2.57 for f in facts)


def test_a_second_standing_among_some_peers_only_is_not_the_figures(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "重庆市永川区2016年科技统计分析\n\n"
        "2016年,全区R&D经费占GDP比重为1.62%,排在全市第9位,排在城市发展新区第3位。\n",
    )
    assert ("rd_intensity", 2016, "actual", "rank", 9.0) in facts
    assert ("rd_intensity", 2016, "actual", "rank", 3.0) not in facts


def test_a_township_named_as_a_clause_of_its_own_owns_the_clauses_after(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "禹州市2022年度乡镇科技创新考核结果通报\n\n"
        "2022年,全市新增高新技术企业26家。考核结果如下:"
        "第一名:神垕镇,得分92.4分,新增高新技术企业6家,高企总数达到19家,居全市各乡镇第一;"
        "第二名:顺店镇,得分88.1分,新增高新技术企业4家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 26.0) in facts
    assert not any(f[4] in (6.0, 19.0, 4.0) for f in facts)


@pytest.mark.parametrize(
    "title",
    [
        "镇平县科学技术局关于2019年度预算执行审计发现问题整改情况的报告",
        "镇平县科学技术局2019年度巡察反馈问题整改情况报告",
    ],
)
def test_a_report_on_a_years_budget_execution_or_rectification_looks_back(title: str) -> None:
    meta = page_meta(
        f"{title}\n\n2019年,全县新认定高新技术企业4家,技术合同成交额0.8亿元。"
        "下一步,我局将持续抓好整改落实。\n"
    )
    assert meta.report_year == 2019


@pytest.mark.parametrize("deadline", ["2021年6月底前", "2021年底前", "力争2021年前"])
def test_what_is_to_be_done_by_a_deadline_is_that_years_goal(tmp_path: Path, deadline: str) -> None:
    facts = _facts(
        tmp_path,
        "红花岗区科技局2020年巡察反馈问题整改情况报告\n\n"
        "2020年,全区新增高新技术企业12家。"
        f"整改措施:{deadline}新增省级星创天地2家,完善科技特派员服务制度。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 12.0) in facts
    assert ("star_innovation_bases", 2021, "target", "increment", 2.0) in facts


def test_a_bare_key_work_heading_before_the_plan_years_heading_is_the_years_work(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "彭州市科学技术局2020年工作总结和2021年工作思路\n\n"
        "一、主要指标完成情况\n全年新认定高新技术企业11家。\n\n"
        "二、重点工作\n(一)农业科技服务。全市选派科技特派员96名,组建科技服务团10个。\n\n"
        "三、2021年工作思路\n力争高新技术企业总数达到60家。\n",
    )
    assert ("sci_tech_commissioners", 2020, "actual", "level", 96.0) in facts
    assert ("high_tech_enterprises", 2021, "target", "level", 60.0) in facts


def test_a_bare_key_work_heading_still_opens_a_plan_with_no_later_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "彭州市科学技术局2020年工作总结和2021年工作思路\n\n"
        "一、主要指标完成情况\n全年新认定高新技术企业11家。\n\n"
        "二、重点工作\n力争高新技术企业总数达到60家,选派科技特派员100名。\n",
    )
    assert ("high_tech_enterprises", 2021, "target", "level", 60.0) in facts


@pytest.mark.parametrize("added", ["加上第一批通过认定的6家", "连同上半年认定的6家"])
def test_a_part_added_on_before_the_total_is_no_figure(tmp_path: Path, added: str) -> None:
    facts = _facts(
        tmp_path,
        "昌乐县科技局工作动态(2021年)\n\n近日,第二批高新技术企业认定名单公布。"
        f"{added},全县今年新认定高新技术企业15家,创历史新高。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 15.0) in facts
    assert not any(f[4] == 6.0 for f in facts)


@pytest.mark.parametrize(
    "compared",
    ["低于全省0.98%的平均水平", "不足全省1.46%平均水平的一半"],
)
def test_a_standing_after_the_name_compared_with_a_yardstick_is_the_names(
    tmp_path: Path, compared: str
) -> None:
    facts = _facts(
        tmp_path,
        "铜仁市2021年科技创新工作调研报告\n\n"
        f"2021年,全市研发投入强度{compared},在全省9个市(州)中居第7位,与全国2.44%的平均水平"
        "差距明显。\n",
    )
    assert ("rd_intensity", 2021, "actual", "rank", 7.0) in facts
    assert not any(f[4] in (0.98, 1.46, 2.44) for f in facts)


@pytest.mark.parametrize(
    "base", ["较2020年基期值(58家)", "比2020年的基期值58家", "较2020年基数(58家)"]
)
def test_the_base_periods_value_is_of_its_year(tmp_path: Path, base: str) -> None:
    facts = _facts(
        tmp_path,
        "平凉市创建省级创新型城市进展情况(2023年)\n\n"
        f"2023年,全市高新技术企业总数达到117家,{base}翻了一番。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 117.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 58.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 58.0) not in facts
