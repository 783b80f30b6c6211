"""Phenomena met in report-like texts written during stop 39, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import page_meta
from conftest import report_facts as _facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.reading.normalise import normalise_text


def test_a_performance_review_pairs_each_years_set_value_with_its_result(tmp_path: Path) -> None:
    # the national template of a department's performance self-review: 指标值 is what was set
    # for the year, 实际值 or 实际完成 what came of it
    facts = _facts(
        tmp_path,
        "2022年度科技局项目支出绩效自评报告\n来源:镇坪县科技局\n"
        "(一)数量指标\n"
        "①新认定高新技术企业:年度指标值3家,实际完成值4家。\n"
        "②技术合同成交额:年度目标值0.6亿元,实际值0.72亿元。\n"
        "③研发经费投入强度:年度指标值1.1%,实际完成1.02%,偏差原因是企业投入减少。\n",
    )
    assert ("high_tech_enterprises", 2022, "target", "increment", 3.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "increment", 4.0) in facts
    assert ("tech_contract_turnover", 2022, "target", "level", 60_000_000.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 72_000_000.0) in facts
    assert ("rd_intensity", 2022, "target", "share_pct", 1.1) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 1.02) in facts
    assert not {f for f in facts if f[1] == 2023}


def test_an_item_headed_by_a_new_count_and_a_colon_counts_new_ones(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "嘉峪关市科技局2021年工作总结\n"
        "1.新备案省级众创空间:2个。2.高新技术企业:新增6家,总数达到41家。\n",
    )
    assert ("maker_spaces", 2021, "actual", "increment", 2.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "increment", 6.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 41.0) in facts


def test_a_count_noun_jieba_cuts_apart_still_names_the_count(tmp_path: Path) -> None:
    # jieba cuts 实有数 into 实/有数 and 在库数 into 在/库/数; neither piece is a thing of its own
    facts = _facts(
        tmp_path,
        "白山市科学技术局2020年工作总结\n"
        "全市高新技术企业实有数达到97家。科技型中小企业在库数达到214家。"
        "全市高新技术企业专利数达到530件。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 97.0) in facts
    assert ("tech_smes", 2020, "actual", "level", 214.0) in facts
    # a word of two characters before 数 names a thing counted of its own: not the firms
    assert not {f for f in facts if f[4] == 530.0}


def test_a_town_or_subdistrict_opening_a_clause_is_a_sub_area(tmp_path: Path) -> None:
    # towns are in no gazetteer of counties: their suffix says they are below the issuer
    facts = _facts(
        tmp_path,
        "惠山区科技局2022年工作总结\n"
        "2022年,全区新增高新技术企业58家。洛社镇新增高新技术企业14家,堰桥街道新增科技型中小企业9家。"
        "其中,阳山镇新增高企4家。城镇新增科技型中小企业入库21家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 58.0) in facts
    assert not {f for f in facts if f[4] in (14.0, 9.0, 4.0)}
    # 城镇 names a kind of place, not a town: the figure stays the district's
    assert ("tech_smes", 2022, "actual", "increment", 21.0) in facts


def test_a_headline_stays_apart_from_the_dated_lead_under_it() -> None:
    text = normalise_text(
        "区科技局举行2022年度工作务虚会\n"
        "1月9日上午,区科技局举行年度工作务虚会,全区高新技术企业达到97家。来源:通州区科学技术局\n"
    )
    assert text.splitlines()[0] == "区科技局举行2022年度工作务虚会"
    meta = describe(text, "page.txt", Gazetteer.load())
    assert meta.title == "区科技局举行2022年度工作务虚会"
    # a line broken inside a phrase before a date still joins (…截至|12月31日,…)
    assert normalise_text(
        "全市共有高新技术企业97家,截至\n12月31日,新增科技型中小企业40家。\n"
    ).startswith("全市共有高新技术企业97家,截至12月31日")


def test_a_column_label_before_a_headline_is_not_the_title() -> None:
    meta = page_meta(
        "代表访谈|县科技局局长:以科技创新赋能县域发展\n"
        "问:2022年全县科技工作有哪些亮点?\n"
        "答:全县新增高新技术企业9家,总数达到47家。\n"
        "问:今年有哪些打算?\n"
        "答:力争高新技术企业达到55家。\n"
        "来源:汝城县融媒体中心\n"
    )
    assert meta.title == "县科技局局长:以科技创新赋能县域发展"
    # a table's row of a key and its value is no headline under a label
    meta = page_meta("单位名称 | 汝城县科学技术局 | |\n宗旨和业务范围 | 统筹全县科技资源。 | |\n")
    assert meta.title != "汝城县科学技术局"


def test_loans_restated_after_a_loan_product_are_its_amount(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "景德镇市科技局2022年工作总结\n"
        "2022年,全市18家企业获得“科创贷”支持32笔,发放贷款2.4亿元。"
        "推广“科贷通”,为科技型中小企业新增贷款额度6500万元。\n",
    )
    assert ("tech_finance_loans", 2022, "actual", "level", 240_000_000.0) in facts
    assert ("tech_finance_loans", 2022, "actual", "increment", 65_000_000.0) in facts
    # the firms and the number of loans are no amount of loans
    assert not {f for f in facts if f[0] == "tech_finance_loans" and f[4] in (18.0, 32.0)}


def test_the_year_of_an_event_a_time_runs_from_does_not_date_the_figure(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "九江市科技局2023年工作总结\n"
        "全市成为2019年科技体制改革试点以来新增高新技术企业最多的一年,全年新增高新技术企业168家。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "increment", 168.0) in facts
    assert not {f for f in facts if f[1] == 2019}


def test_funds_that_came_of_projects_won_keep_the_projects_scope(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "兴义市科技局2021年工作总结\n"
        "全年争取省级以上科技项目17项,到位资金1320万元,较上年增长21%。"
        "争取州级科技项目9项,资金150万元。\n",
    )
    assert ("sci_tech_funds_secured", 2021, "actual", "level", 13_200_000.0) in facts
    assert ("sci_tech_funds_secured", 2021, "actual", "growth_pct", 21.0) in facts
    assert ("sci_tech_funds_secured", 2021, "actual", "level", 1_500_000.0) in facts
    from ingest.pipeline import process_folder

    scoped = {
        (r["value"], r["qualifier"])
        for r in process_folder(tmp_path).facts.iter_rows(named=True)
        if r["measure"] == "level"
    }
    assert (13_200_000.0, "省级及以上") in scoped


def test_a_report_on_the_years_tasks_dates_each_task_and_result_to_that_year(
    tmp_path: Path,
) -> None:
    # a numbered item that states figures is no heading, though it names 目标任务; and what was
    # done so far (截至目前已…, 已完成) follows the task it is measured against
    facts = _facts(
        tmp_path,
        "县科技局关于2021年度重点工作目标完成情况的报告\n"
        "一、科技型中小企业:目标任务40家,已完成47家。\n"
        "二、有效发明专利:目标任务120件,截至目前已拥有131件。\n"
        "三、技术合同成交额:目标任务3000万元,已完成3400万元。\n"
        "来源:宁远县科学技术局\n",
    )
    for code, goal, done in (
        ("tech_smes", 40.0, 47.0),
        ("tech_contract_turnover", 30_000_000.0, 34_000_000.0),
    ):
        assert (code, 2021, "target", "level", goal) in facts
        assert (code, 2021, "actual", "level", done) in facts
    assert not {f for f in facts if f[1] == 2022}


def test_an_interviews_headline_keeps_what_comes_before_its_subtitle() -> None:
    meta = page_meta(
        "让创新之花开满山城——专访万州区科技局局长\n"
        "近年来,万州区科技创新成效显著,全区高新技术企业达到168家。\n"
        "“今年,我们力争新增高新技术企业30家。”\n"
    )
    assert meta.title == "让创新之花开满山城——专访万州区科技局局长"
    assert meta.city_zh == "万州区"


def test_a_past_value_in_brackets_is_that_years_and_dates_nothing_after_it(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "2022年度科技创新主要指标完成情况\n"
        "科技型中小企业:入库63家(上年51家),增长23.5%。\n"
        "研发投入强度:0.92%(2021年0.85%)。\n"
        "来源:黄梅县科学技术局\n",
    )
    assert ("tech_smes", 2022, "actual", "level", 63.0) in facts
    assert ("tech_smes", 2021, "actual", "level", 51.0) in facts
    # the rate after the bracket is the year's, not the bracket's
    assert ("tech_smes", 2022, "actual", "growth_pct", 23.5) in facts
    assert ("rd_intensity", 2022, "actual", "share_pct", 0.92) in facts
    assert ("rd_intensity", 2021, "actual", "share_pct", 0.85) in facts


def test_the_area_named_before_a_standing_is_its_field_not_its_owner(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "邢台市科技局2022年工作总结\n"
        "全市科技型中小企业入库数在全省排名第3位。全市技术合同成交额全省位列第五。"
        "全省高新技术企业达到1500家。\n",
    )
    assert ("tech_smes", 2022, "actual", "rank", 3.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "rank", 5.0) in facts
    # the region's own figure, named by its area, stays out of the city's facts
    assert not {f for f in facts if f[4] == 1500.0}


def test_a_scope_word_before_a_list_reaches_a_name_after_uncounted_items(
    tmp_path: Path,
) -> None:
    from ingest.pipeline import process_folder

    (tmp_path / "report.txt").write_text(
        "遂宁市科技局2022年工作总结\n"
        "新增国家级企业技术中心、科技企业孵化器各1家。新增众创空间3家、星创天地2家。\n",
        encoding="utf-8",
    )
    scoped = {
        (r["indicator_code"], r["value"], r["qualifier"])
        for r in process_folder(tmp_path).facts.iter_rows(named=True)
    }
    assert ("incubators", 1.0, "国家级") in scoped
    # no scope word before the list: none is made up
    assert ("maker_spaces", 3.0, None) in scoped
    assert ("star_innovation_bases", 2.0, None) in scoped


def test_firms_awarded_a_status_are_new_ones(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "瑞安市科技局2021年工作总结\n全年获评国家高新技术企业46家,获评省级科技型中小企业210家。\n",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 46.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 46.0) not in facts


def test_the_whole_area_is_no_district_speaking_of_itself() -> None:
    # 全区域 (region-wide) says nothing of the text's own kind: a county-level city's news,
    # named only as 宜都市, stays that city's
    meta = page_meta(
        "10日,记者从宜都市科技局获悉,宜都市获评全省科技创新先进县市。\n"
        "近年来,宜都市全区域、多层次推进科技创新。2022年,宜都市新增高新技术企业21家。\n"
    )
    assert meta.city_zh == "宜都市"


def test_a_run_on_portal_page_keeps_its_table_of_fields_apart_from_the_body() -> None:
    # a scraper ran the page into one line: the portal's table of fields keeps its bars
    fields = (
        "索引号: | 11330500002564651P/2023-00031 | 成文日期: | 2023-02-20 | "
        "公开方式: | 主动公开 | 公开时限: | 长期公开 | 发布机构: | 舟山市科学技术局 | "
    )
    body = (
        "2023年,全市科技工作将以创新驱动为引领,力争新增高新技术企业60家,"
        "全社会研发投入强度达到2.1%。" * 4
    )
    text = normalise_text(fields + body)
    assert "成文日期: | 2023-02-20 |" in text.splitlines()
    meta = describe(text, "page.txt", Gazetteer.load())
    assert str(meta.published_on) == "2023-02-20"
    assert (meta.report_year, meta.plan_year) == (2022, 2023)
    assert meta.title is None or not meta.title.startswith("1133")


def test_bulleted_items_of_a_run_on_page_are_lines_of_their_own() -> None:
    # (a line this long is a page run together: 300 characters or more)
    body = "全市科技工作稳步推进。" * 30
    line = (
        "2023年成绩单 ●全市新增高新技术企业52家 ●技术合同成交额达到31亿元 "
        "2024年目标 ●力争新增高新技术企业60家 ●技术合同成交额突破35亿元 " + body
    )
    lines = normalise_text(line).splitlines()
    assert "●全市新增高新技术企业52家" in lines
    assert "●力争新增高新技术企业60家" in lines


def test_a_line_of_figures_or_an_index_number_is_no_title() -> None:
    meta = page_meta(
        "(2019-2023年)\n表5-2 科技活动基本情况\n"
        "2023年,全市高新技术企业达到312家,科技型中小企业入库906家。\n"
    )
    assert meta.title == "表5-2科技活动基本情况"


def test_a_hard_wrapped_line_never_opens_on_a_mark_that_goes_on_a_phrase() -> None:
    # a page wrapped at a narrow width breaks lists and clauses anywhere
    text = normalise_text(
        "2019-2022年,全市每万人发明专利拥有量分别达\n"
        "到3.12、3.58、4.06\n"
        "、4.71件,增幅达到14.2%,\n"
        "R&D经费投入强度为2.38%,比上年提高0.1\n"
        "个百分点,新增高新技术企业\n"
        "86家,科技型中小企业入库\n"
        "412家,技术合同成交额达到\n"
        "36.5亿元,增长21.3%。\n"
    )
    assert "3.12、3.58、4.06、4.71件" in text
    assert "增幅达到14.2%,R&D经费投入强度为2.38%" in text


def test_a_plans_opening_is_found_under_a_long_table_of_fields(tmp_path: Path) -> None:
    # the portal's table of fields, wrapped over many lines, pushes the body's first paragraph
    # down; it still opens the plan (2023年,全市…将…)
    facts = _facts(
        tmp_path,
        "索引号: | 11330100002493/\n2023-00012 |\n成文日期: | 2023-\n03-01 |\n公开方式: |\n"
        "主动公开 |\n公开时限: |\n长期公开 |\n发布机构: | 衢州市\n科学技术局 |\n"
        "2023年,全市科技系统将聚焦创新驱动,奋力推进科技强市建设。\n"
        "一、重点指标\n1.R&D经费支出占GDP比重达2.6%;\n2.新增高新技术企业200家。\n",
    )
    assert ("rd_intensity", 2023, "target", "share_pct", 2.6) in facts
    assert ("high_tech_enterprises", 2023, "target", "increment", 200.0) in facts


def test_a_title_wrapped_before_its_second_part_is_one_title(tmp_path: Path) -> None:
    # a narrow page broke the title right after 工作总结; 及… goes on with it, so the body is
    # no plan opened by a heading 及2023年工作计划
    facts = _facts(
        tmp_path,
        # (the page prints its title twice: the browser's and the heading over the text)
        "安康市科技局2022年工作总结\n及2023年工作计划\n" * 2
        + "全市新增高新技术企业38家,总数达到215家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 38.0) in facts
    assert ("high_tech_enterprises", 2022, "actual", "level", 215.0) in facts


def test_a_figure_cut_between_its_digits_at_a_lines_end_is_one_figure(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "开封市科技局2023年工作总结\n"
        "2023年,全市高新技术企业总数达到4\n"
        "12家,技术合同成交额达到36.\n"
        "5亿元,发明专利授权量达1.0\n"
        "6万件。\n",
    )
    assert ("high_tech_enterprises", 2023, "actual", "level", 412.0) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 3_650_000_000.0) in facts
    assert ("invention_patent_grants", 2023, "actual", "level", 10_600.0) in facts


def test_a_run_on_pages_numbered_heading_ends_at_the_first_space_after_it(
    tmp_path: Path,
) -> None:
    # a page scraped into one line: each heading ran into the paragraph under it
    review = "全县科技工作扎实推进,成效明显。" * 20
    facts = _facts(
        tmp_path,
        "祁东县科技局2021年工作总结 一、2021年工作回顾 "
        + review
        + "全县新增高新技术企业9家。 二、工作思路 "
        "全县高新技术企业总数达到60家,科技型中小企业入库达到150家,研发投入强度达到1.6%。",
    )
    assert ("high_tech_enterprises", 2021, "actual", "increment", 9.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "level", 60.0) in facts
    assert ("rd_intensity", 2022, "target", "share_pct", 1.6) in facts


def test_the_number_of_new_ones_stays_new_across_a_clause(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "晋中市科技局2022年工作总结\n"
        "全年新认定高新技术企业数创历史新高,达到73家。新增科技型中小企业数量增至210家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "increment", 73.0) in facts
    assert ("tech_smes", 2022, "actual", "increment", 210.0) in facts
    assert not {f for f in facts if f[3] == "level"}


def test_history_named_before_a_figure_is_no_rival_subject(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "阳泉市科技局2022年工作总结\n全市高新技术企业数量达到了历史最高的118家。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 118.0) in facts


def test_places_selected_this_time_are_new_ones(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "廊坊市科技局2021年工作总结\n"
        "全年入选国家级科技企业孵化器2家,新入选省级众创空间5家。全市累计入选国家级星创天地7家。\n",
    )
    assert ("incubators", 2021, "actual", "increment", 2.0) in facts
    assert ("maker_spaces", 2021, "actual", "increment", 5.0) in facts
    # what was selected over the years is the stock
    assert ("star_innovation_bases", 2021, "actual", "level", 7.0) in facts
