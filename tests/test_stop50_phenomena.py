"""Phenomena met in report-like texts read during stop 50, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts
from conftest import scoped_facts as _scoped


def test_a_superscript_footnote_mark_is_kept_apart_from_its_figure_and_a_units_power() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "全市研发经费支出42.7亿元²,强度1.9%²;新建展厅1200m²。\n² 研发经费支出为2022年数据。\n"
    )
    assert "42.7亿元[2]," in text and "1.9%[2];" in text
    assert "1200m2" in text
    assert "[2] 研发经费支出为2022年数据" in text
    assert normalise_text(text) == text


def test_a_footnote_that_dates_the_figures_its_mark_is_glued_to(tmp_path: Path) -> None:
    # the sentence names its year, but the marked figures are a year older (their note says
    # so); an unmarked figure of the same sentence keeps the sentence's year
    facts = _facts(
        tmp_path,
        "德清县科技局2024年工作总结\n\n"
        "2024年,全县全社会研发经费投入38.6亿元¹,研发投入强度3.52%¹,"
        "高新技术企业总数达到512家,技术合同成交额21.3亿元[2]。\n"
        "¹ 研发经费及投入强度为2023年统计数据。\n"
        "[2] 为2023年度登记数据。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 3.52) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 2.13e9) in facts
    assert ("high_tech_enterprises", 2024, "actual", "level", 512.0) in facts


def test_a_flattened_footnote_number_dates_the_figure_it_trails(tmp_path: Path) -> None:
    # a PDF's copy ran the superscript into the line (亿元3,) and its note opens on the bare
    # number; a count that opens a line (12家企业…) is no note
    facts = _facts(
        tmp_path,
        "蓬溪县科技局2023年工作总结\n\n"
        "一、主要成效\n"
        "全县技术合同登记额3.4亿元3,比上年增长18.2%;授权发明专利612件。\n"
        "12家企业为2023年新认定数。\n"
        "3为2022年度统计数据。\n",
    )
    assert ("tech_contract_turnover", 2022, "actual", "level", 3.4e8) in facts
    assert ("tech_contract_turnover", 2022, "actual", "growth_pct", 18.2) in facts
    assert ("invention_patent_grants", 2023, "actual", "level", 612.0) in facts


def test_a_bracketed_mark_before_the_figure_and_a_notes_mark_in_parentheses(tmp_path: Path) -> None:
    # the mark may follow the name (经费支出[8]52.1亿元); a note listing several marks in one
    # line dates only the ones it says are of another year
    facts = _facts(
        tmp_path,
        "海宁市2024年科技创新工作情况\n\n"
        "全市R&D经费支出[8]52.1亿元,比上年增长9.7%,相当于地区生产总值的3.35%;"
        "新认定高新技术企业163家(1),授权发明专利1305件(2)。\n"
        "注:(1)为2023年数据,2024年数据尚未公布。(2)不含外观设计专利。\n"
        "[8] R&D经费支出及其相当于地区生产总值的比例为2023年数据。\n",
    )
    assert ("rd_expenditure", 2023, "actual", "level", 5.21e9) in facts
    assert ("rd_expenditure", 2023, "actual", "growth_pct", 9.7) in facts
    assert ("rd_intensity", 2023, "actual", "share_pct", 3.35) in facts
    assert ("high_tech_enterprises", 2023, "actual", "increment", 163.0) in facts
    assert ("invention_patent_grants", 2024, "actual", "level", 1305.0) in facts


def test_a_figures_bracket_saying_which_years_statistic_it_is_dates_it(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "仁寿县科技局2025年工作要点\n\n"
        "一、发展基础\n"
        "全县研发投入强度为1.38%(系2023年统计数,2024年数据尚未发布)。\n"
        "二、主要目标\n"
        "全县研发投入强度达到1.6%。\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.38) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 1.6) in facts


def test_funds_from_above_for_a_science_programme_are_funds_secured(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "綦江区2022年科技工作总结\n\n"
        "区级财政科技投入1.2亿元,上级科技计划项目补助资金2,380万元,同比增长15.6%。\n",
    )
    assert ("sci_tech_funds_secured", 2022, "actual", "level", 2.38e7) in facts
    assert ("sci_tech_funds_secured", 2022, "actual", "growth_pct", 15.6) in facts


def test_a_pdfs_space_table_keeps_its_rows_when_names_wrap_and_a_category_cell_is_merged() -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text(
        "表2 主要指标\n"
        "领域 指标 2021年 2026年 属性\n"
        "投入 研发经费支出占GDP比重(%) 1.92 2.5 预期性\n"
        " 规上工业企业研发活动覆\n"
        "盖率(%) 41 60 约束性\n"
        "主体 高新技术企业(家) 618 1200 预期性\n"
        " 科技型中小企业(家) 820 1500 预期性\n"
        "9 技术合同成交额占地区生\n"
        "产总值比重 % 1.2 2 预期性\n"
    )
    lines = text.split("\n")
    assert "领域 | 指标 | 2021年 | 2026年 | 属性" in lines
    assert "投入 | 研发经费支出占GDP比重(%) | 1.92 | 2.5 | 预期性" in lines
    assert "投入 | 规上工业企业研发活动覆盖率(%) | 41 | 60 | 约束性" in lines
    assert "主体 | 科技型中小企业(家) | 820 | 1500 | 预期性" in lines
    assert "9 | 技术合同成交额占地区生产总值比重 | % | 1.2 | 2 | 预期性" in lines
    assert normalise_text(text) == text


def test_a_space_table_under_a_header_whose_next_row_wraps(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "当阳市科技局2021年工作总结\n\n"
        "一、主要指标\n"
        "指标 单位 2020年 2021年 2022年目标\n"
        "研究与试验发展经费\n"
        "投入强度 % 1.71 1.86 2.0\n"
        "高新技术企业 家 52 67 80\n"
        "技术合同成交额 亿元 3.1 4.45 5\n",
    )
    assert ("rd_intensity", 2021, "actual", "share_pct", 1.86) in facts
    assert ("rd_intensity", 2022, "target", "share_pct", 2.0) in facts
    assert ("high_tech_enterprises", 2020, "actual", "level", 52.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 4.45e8) in facts


def test_this_years_goal_and_result_columns_before_next_years_goal(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "黔东南州2022年科技工作主要指标完成情况\n\n"
        "指标 | 年度目标 | 完成值 | 完成率 | 2023年目标\n"
        "专利授权量(件) | 900 | 1034 | 114.9% | 1100\n"
        "研发经费增长(%) | 8 | 9.6 | 120% | 10\n",
    )
    assert ("patent_grants", 2022, "target", "level", 900.0) in facts
    assert ("patent_grants", 2022, "actual", "level", 1034.0) in facts
    assert ("patent_grants", 2023, "target", "level", 1100.0) in facts
    assert ("rd_expenditure", 2022, "actual", "growth_pct", 9.6) in facts
    assert ("rd_expenditure", 2023, "target", "growth_pct", 10.0) in facts
    assert not [f for f in facts if f[4] in (114.9, 120.0)]


def test_a_table_of_levels_gives_each_level_and_the_total(tmp_path: Path) -> None:
    text = (
        "娄底市2024年科技创新平台建设情况通报\n\n"
        "截至2024年底,全市各级平台情况如下:\n"
        "平台类型\t国家级\t省级\t市级\t合计\n"
        "众创空间\t2\t9\t17\t28\n"
        "科技企业孵化器\t/\t5\t8\t13\n"
    )
    facts = _scoped(tmp_path, text)
    assert ("maker_spaces", "level", 2.0, "国家级") in facts
    assert ("maker_spaces", "level", 17.0, "市级") in facts
    assert ("maker_spaces", "level", 28.0, None) in facts
    assert ("incubators", "level", 5.0, "省级") in facts
    assert not [f for f in facts if f[0] == "incubators" and f[3] == "国家级"]
    (tmp_path / "dated").mkdir()
    assert ("maker_spaces", 2024, "actual", "level", 9.0) in _facts(tmp_path / "dated", text)


def test_a_table_setting_the_issuer_beside_the_province_keeps_its_own_column_and_rank(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "2023年孝感市科技创新指标监测情况\n\n"
        "指标 | 单位 | 孝感市 | 全省 | 全省排名\n"
        "研发经费投入强度 | % | 1.98 | 2.41 | 7\n"
        "高新技术企业 | 家 | 705 | 2.5万 | 8\n",
    )
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.98) in facts
    assert ("rd_intensity", 2023, "actual", "rank", 7.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 705.0) in facts
    assert not [f for f in facts if f[4] == 2.41]


def test_a_new_column_after_two_year_ends_is_the_later_years_increment(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "五华县科技局2020年工作总结\n\n"
        "序号 | 项目 | 2019年底 | 2020年底 | 新增\n"
        "1 | 高新技术企业 | 21 | 30 | 9\n"
        "2 | 众创空间 | 1 | 3 | 2\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "increment", 9.0) in facts
    assert ("maker_spaces", 2020, "actual", "increment", 2.0) in facts
    assert ("high_tech_enterprises", 2019, "actual", "level", 21.0) in facts


def test_a_policys_cap_is_no_amount_of_the_indicator_and_no_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "图说:《遂宁市支持企业创新若干措施》\n"
        "发布时间:2024-03-02 来源:遂宁市科学技术局\n\n"
        "一、政策背景\n"
        "2023年,全市技术合同成交额21.6亿元,高新技术企业达到286家。\n"
        "二、支持措施\n"
        "新获批国家重点实验室最高支持2000万元\n"
        "对企业研发投入按增量的15%给予补助,最高300万元;"
        "按技术合同成交额的3%给予奖励,最高不超过50万元。\n",
    )
    assert ("tech_contract_turnover", 2023, "actual", "level", 2.16e9) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 286.0) in facts
    assert not [f for f in facts if f[4] in (3e6, 5e5, 2e7)]


def test_a_portals_byline_with_a_reading_count_still_dates_the_page() -> None:
    meta = page_meta(
        "一图读懂|巴中市科技创新三年行动\n"
        "巴中市科学技术局 2025-02-14 阅读量:812\n"
        "● 2024年全市高新技术企业达到96家\n"
        "● 2025年:高新技术企业达到110家\n"
    )
    assert meta.published_on is not None and meta.published_on.isoformat() == "2025-02-14"
    assert (meta.report_year, meta.plan_year) == (2024, 2025)


def test_a_notice_handing_down_the_years_goals_plans_that_year() -> None:
    from ingest.document.year_phrases import phrase_years

    assert phrase_years("关于下达2023年度全县科技创新目标任务的通知").plan == 2023
    assert phrase_years("关于下达2023年度市级科技计划项目的通知").plan is None


def test_a_goal_tables_cells_one_a_line_read_past_a_goal_said_in_words(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "忻州市2024年度科技工作考核指标分解表\n"
        "发布时间:2024-02-26 来源:忻州市科学技术局\n\n"
        "为压实责任,经研究,现将2024年度科技工作考核指标分解如下:\n\n"
        "一、全市考核指标\n"
        "序号\n考核指标\n2024年目标值\n牵头单位\n完成时限\n"
        "1\n全社会研发经费投入增速\n10%以上\n市科技局\n2024年12月\n"
        "2\n研发投入强度\n1.2%\n市科技局\n2024年12月\n"
        "3\n技术合同成交额\n25亿元\n市科技局\n2024年12月\n"
        "4\n高新技术企业\n净增30家,总数达到260家\n市科技局\n2024年11月\n"
        "5\n新增省级重点实验室\n2家\n市科技局\n2024年12月\n",
    )
    assert ("rd_expenditure", 2024, "target", "growth_pct", 10.0) in facts
    assert ("high_tech_enterprises", 2024, "target", "increment", 30.0) in facts
    assert ("high_tech_enterprises", 2024, "target", "level", 260.0) in facts
    assert ("key_laboratories", 2024, "target", "increment", 2.0) in facts


def test_the_goals_shared_out_to_named_parts_before_a_colon_are_theirs(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "晋中市2024年科技创新目标任务分解方案\n\n"
        "一、全市目标\n全市高新技术企业净增80家,技术合同成交额达到30亿元。\n"
        "二、分解任务\n"
        "晋中开发区:高新技术企业净增25家,技术合同成交额12亿元。\n"
        "榆次区、太谷区、介休市、灵石县:高新技术企业合计净增31家。\n",
    )
    assert ("high_tech_enterprises", 2024, "target", "increment", 80.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 3e9) in facts
    assert not [f for f in facts if f[4] in (25.0, 31.0, 1.2e9)]


def test_a_posts_big_number_cards_give_each_figure_its_caption(tmp_path: Path) -> None:
    text = (
        "钦州市2024年科技创新年度数说\n\n"
        "▍创新主体\n"
        "412家 | 高新技术企业总数\n"
        "26.8亿元——技术合同成交额\n"
        "▍知识产权\n"
        "2051件丨专利授权量\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2024, "actual", "level", 412.0) in facts
    assert ("tech_contract_turnover", 2024, "actual", "level", 2.68e9) in facts
    assert ("patent_grants", 2024, "actual", "level", 2051.0) in facts
    from ingest.reading.normalise import normalise_text

    lines = normalise_text(text).split("\n")
    assert lines[lines.index("412家") + 1] == "高新技术企业总数"
    assert "▍知识产权" in lines


def test_a_label_in_lenticular_brackets_naming_goals_heads_the_plan(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "一图读懂|《旬阳市科技创新提升行动方案(2025—2027年)》\n"
        "来源:旬阳市人民政府办公室 2025-04-18\n\n"
        "【发展基础】\n2024年,全市高新技术企业达到31家。\n"
        "【三年目标】\n到2027年,全市创新能力明显提升\n"
        "📊 高新技术企业:60家\n📊 研发投入强度:1.1%\n",
    )
    assert ("high_tech_enterprises", 2024, "actual", "level", 31.0) in facts
    assert ("high_tech_enterprises", 2027, "target", "level", 60.0) in facts
    assert ("rd_intensity", 2027, "target", "share_pct", 1.1) in facts


def test_a_figure_in_the_bracket_after_another_places_name_is_that_places(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "张掖市科技局2022年工作总结\n\n"
        "全市研发投入强度达到0.81%,但与周边的金昌市(研发投入强度1.9%)和酒泉市"
        "(高新技术企业61家)相比仍有差距;全市高新技术企业42家。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 0.81) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 42.0) in facts
    assert not [f for f in facts if f[4] in (1.9, 61.0)]


def test_a_five_year_plans_title_spelled_out_is_still_its_title() -> None:
    meta = page_meta(
        "宣城市国民经济和社会发展第十五个五年规划纲要(草案)(节选)\n"
        "第三篇 坚持创新驱动 建设科创高地\n"
        "“十四五”时期,全市研发投入强度由1.6%提高到2.3%。到2030年,全市高新技术企业达到2000家。\n"
    )
    assert meta.title is not None and meta.title.startswith("宣城市国民经济")
    assert meta.plan_year == 2030


def test_a_count_before_a_quoted_brand_name_counts_it_but_an_amount_does_not(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "常德市科技局2021年工作总结\n\n"
        "全市现有4家国家级“星创天地”和6家省级众创空间;"
        "设立3000万元“科技贷”风险补偿资金池。\n",
    )
    assert ("star_innovation_bases", 2021, "actual", "level", 4.0) in facts
    assert ("maker_spaces", 2021, "actual", "level", 6.0) in facts
    assert not [f for f in facts if f[0] == "tech_finance_loans"]
    (tmp_path / "q").mkdir()
    assert ("star_innovation_bases", "level", 4.0, "国家级") in _scoped(
        tmp_path / "q", "常德市科技局2021年工作总结\n\n全市现有4家国家级“星创天地”。\n"
    )


def test_a_roundups_paragraphs_under_its_parts_headings_are_theirs(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "玉林市2023年县域科技创新巡礼\n\n"
        "2023年,全市高新技术企业总数达到412家,技术合同成交额18.6亿元。\n"
        "一、北流市:陶瓷产业插上科技翅膀\n"
        "依托陶瓷产业,全年新增高新技术企业21家,技术合同成交额2.3亿元。\n"
        "二、容县、陆川县:特色农业科技示范\n"
        "两县共选派科技特派员88名,建设星创天地2家。\n"
        "三、兴业县:新认定高新技术企业9家,数量居全市第三。\n"
        "记者手记:2024年,全市力争高新技术企业达到460家。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 412.0) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 1.86e9) in facts
    assert ("high_tech_enterprises", 2024, "target", "level", 460.0) in facts
    assert not [f for f in facts if f[4] in (21.0, 2.3e8, 88.0, 2.0, 9.0, 3.0)]


def test_a_revised_figure_is_the_one_it_was_revised_to(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "射阳县科技局2020年工作总结\n\n"
        "经统计部门反馈,2019年全县研发经费投入由原快报数3.46亿元调整为3.82亿元,"
        "研发投入强度由1.31%修订为1.44%。全县技术合同成交额调整为4.6亿元。\n",
    )
    assert ("rd_expenditure", 2019, "actual", "level", 3.82e8) in facts
    assert ("rd_intensity", 2019, "actual", "share_pct", 1.44) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 4.6e8) in facts
    assert not [f for f in facts if f[4] in (3.46e8, 1.31)]


def test_a_notice_correcting_a_summary_and_plan_reads_its_paragraphs_as_the_summary(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "关于《靖江市科学技术局2022年工作总结和2023年工作思路》部分数据的更正启事\n"
        "发布时间:2023-02-10 来源:靖江市科学技术局\n\n"
        "经核实,原文部分数据有误,更正后的段落如下:\n"
        "(一)主体培育。全年新认定高新技术企业96家,有效期内高新技术企业总数达到402家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 96.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 402.0) in facts


def test_a_city_papers_report_naming_a_county_first_in_the_city_is_the_citys() -> None:
    meta = page_meta(
        "全市科技创新大会召开\n"
        "来源:宣城日报 发布日期:2021-02-23\n\n"
        "会议指出,2020年,全市高新技术企业总数达到298家,技术合同成交额21.4亿元。"
        "各县市区争先进位,宁国市新增高新技术企业31家,居全市首位。\n"
    )
    assert meta.city_zh == "宣城市"


def test_the_base_a_goal_builds_on_is_what_its_year_reached(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "邢台市2024年科技工作要点\n\n"
        "一、主要目标\n"
        "在2023年全市高新技术企业达到1120家的基础上,2024年净增100家以上;"
        "技术合同成交额在上年46.5亿元的基础上增长10%。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 1120.0) in facts
    assert ("high_tech_enterprises", 2024, "target", "increment", 100.0) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 4.65e9) in facts
    assert ("tech_contract_turnover", 2024, "target", "growth_pct", 10.0) in facts


def test_a_new_areas_figures_are_its_own_unless_it_issues_the_text(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "湖州市科技局2022年工作总结\n\n"
        "全市研发投入强度达到3.15%;南太湖新区研发投入强度达到4.6%,领跑全市。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 3.15) in facts
    assert not [f for f in facts if f[4] == 4.6]
    (tmp_path / "own").mkdir()
    own = _facts(
        tmp_path / "own",
        "南太湖新区2022年科技工作总结\n\n南太湖新区研发投入强度达到4.6%,领跑全市。\n",
    )
    assert ("rd_intensity", 2022, "actual", "share_pct", 4.6) in own


def test_a_standing_of_the_total_after_a_share_is_the_amounts(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "泉州市科技局2023年工作总结\n\n"
        "全市研发经费投入265.4亿元,投入强度1.92%,总量居全省第二位。\n",
    )
    assert ("rd_expenditure", 2023, "actual", "rank", 2.0) in facts
    assert ("rd_intensity", 2023, "actual", "rank", 2.0) not in facts


def test_a_gap_after_the_yardsticks_bracketed_figure_is_no_level(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "镇江市科技局2020年工作总结\n\n"
        "全市每万人口发明专利拥有量达到41.5件,高于全省平均水平(36.1件)5.4件。\n",
    )
    assert ("invention_patents_per_10k", 2020, "actual", "level", 41.5) in facts
    assert not [f for f in facts if f[4] in (5.4, 36.1)]


def test_each_level_listed_after_qizhong_keeps_its_own_longer_name(tmp_path: Path) -> None:
    facts = _scoped(
        tmp_path,
        "通辽市科技局2020年工作总结\n\n全市星创天地达到16家,其中国家级4家、自治区级9家。\n",
    )
    assert ("star_innovation_bases", "level", 4.0, "国家级") in facts
    assert ("star_innovation_bases", "level", 9.0, "省级") in facts
    assert ("star_innovation_bases", "level", 16.0, None) in facts
