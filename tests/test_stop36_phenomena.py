"""Phenomena met in the pooled blind sets during stop 36, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.document.table_columns import task_cells
from ingest.document.year_phrases import phrase_years
from ingest.extraction.numbers import find_quantities
from ingest.reading.normalise import normalise_text

# A year's tasks and their progress, as portals flatten such tables: one cell per line, a lone
# | between cells (the rows told apart by the header's width only).
_CELLS_SPLIT_BY_BARS = (
    "武进区科技局2024年重点工作任务推进情况\n"
    "序号\n|\n年度任务\n|\n三季度推进情况\n|\n"
    "1\n|\n"
    "壮大创新主体。全区高新技术企业总数达到420家,科技型中小企业评价入库600家。\n|\n"
    "截至9月底,科技型中小企业评价入库512家,高新技术企业申报95家。\n|\n"
    "2\n|\n"
    "推动成果转化。技术合同成交额达到35亿元。\n|\n"
    "技术合同成交额完成28.6亿元。\n"
)

# The same kind of table with each cell ending in | and a lone | ending each row; the header's
# last cell is a long legend, not a short label.
_CELLS_ENDING_IN_BARS = (
    "宜兴市科技局2023年第二季度政府工作报告任务落实情况表\n"
    "序号 |\n目标任务 |\n落实情况 |\n存在问题 |\n进度 (√完成,→正常,↓滞后) |\n|\n"
    "1 |\n新增高新技术企业80家以上,研发经费支出占地区生产总值比重达到3.5%。 |\n"
    "上半年新增高新技术企业申报62家。 |\n无 |\n→正常 |\n|\n"
    "2 |\n新增省级以上科技企业孵化器2家。 |\n已有1家通过省级评审。 |\n无 |\n→正常 |\n|\n"
)


def test_a_task_column_holds_the_years_goals_and_the_progress_column_its_actuals(
    tmp_path: Path,
) -> None:
    facts = _facts(tmp_path, _CELLS_SPLIT_BY_BARS)
    assert ("high_tech_enterprises", 2024, "target", "level", 420.0) in facts
    assert ("tech_smes", 2024, "target", "level", 600.0) in facts
    assert ("tech_contract_turnover", 2024, "target", "level", 3.5e9) in facts
    assert ("tech_smes", 2024, "actual", "level", 512.0) in facts
    assert ("tech_contract_turnover", 2024, "actual", "level", 2.86e9) in facts
    # the goals are no actuals, and what was done no goals
    assert ("high_tech_enterprises", 2024, "actual", "level", 420.0) not in facts
    assert ("tech_smes", 2024, "target", "level", 512.0) not in facts


def test_a_task_column_with_rows_ending_on_a_lone_bar(tmp_path: Path) -> None:
    facts = _facts(tmp_path, _CELLS_ENDING_IN_BARS)
    assert ("high_tech_enterprises", 2023, "target", "increment", 80.0) in facts
    assert ("rd_intensity", 2023, "target", "share_pct", 3.5) in facts
    assert ("incubators", 2023, "target", "increment", 2.0) in facts
    # a quarter's progress report on the year's 政府工作报告 is that year's, not the year before
    assert not any(f[1] == 2022 for f in facts)


def test_only_the_task_column_of_a_table_with_a_progress_column_is_taken() -> None:
    cells = task_cells(_CELLS_SPLIT_BY_BARS)
    taken = [_CELLS_SPLIT_BY_BARS[a:b] for a, b in cells]
    assert taken == [
        "壮大创新主体。全区高新技术企业总数达到420家,科技型中小企业评价入库600家。",
        "推动成果转化。技术合同成交额达到35亿元。",
    ]
    # one row per line, | between its cells
    one_line_rows = (
        "序号 | 工作目标 | 完成情况 |\n"
        "1 | 高新技术企业达到150家 | 已达到138家 |\n"
        "2 | 技术合同成交额10亿元 | 完成7.2亿元 |\n"
    )
    assert [one_line_rows[a:b] for a, b in task_cells(one_line_rows)] == [
        "高新技术企业达到150家",
        "技术合同成交额10亿元",
    ]
    # a table of goals with no column of progress, or of figures by year, has no task column
    no_progress = "序号\n|\n主要任务\n|\n责任单位\n|\n1\n|\n高新技术企业达到150家\n|\n科技局\n"
    assert task_cells(no_progress) == []
    by_year = "指标 | 2023年 | 2024年目标 |\n高新技术企业(家) | 120 | 150 |\n"
    assert task_cells(by_year) == []


def test_a_progress_report_on_the_years_government_work_report_is_of_that_year() -> None:
    span = phrase_years("某县2023年第三季度《政府工作报告》重点任务推进落实情况")
    assert span.summary == 2023
    # the report itself still looks back on the year before and plans its own
    span = phrase_years("某县2023年政府工作报告")
    assert (span.summary, span.plan) == (2022, 2023)


def test_a_title_cell_before_the_header_and_a_row_cut_short_keep_the_columns() -> None:
    # the title on a line of its own before a lone |: a cell of the header row; the page ends
    # inside its last row
    text = (
        "某区2024年民生实事任务推进表\n|\n"
        "序号 |\n工作目标 |\n推进情况 |\n|\n"
        "1 |\n科技型中小企业入库300家。 |\n已入库260家。 |\n|\n"
        "2 |\n技术合同成交额8亿元。 |\n已登记技"
    )
    assert [text[a:b] for a, b in task_cells(text)] == [
        "科技型中小企业入库300家。",
        "技术合同成交额8亿元。",
    ]


def test_an_amount_named_by_its_last_word_after_the_count_of_its_contracts(
    tmp_path: Path,
) -> None:
    text = (
        "2023年龙岩市科技局工作总结\n"
        "全年认定登记技术合同860项,金额12.4亿元,增长18%。\n"
        "全市高新技术企业实现营业收入520亿元,金额创历史新高。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("tech_contract_turnover", 2023, "actual", "level", 1.24e9) in facts
    assert ("tech_contract_turnover", 2023, "actual", "growth_pct", 18.0) in facts
    # no contracts named before: a firm's revenue is no turnover of contracts
    assert not any(f[4] == 5.2e10 for f in facts)


def test_a_trend_table_with_a_row_per_year_and_a_column_per_indicator(tmp_path: Path) -> None:
    text = (
        "丽水市2021年科技统计公报\n"
        "表1 近年主要科技指标\n"
        "年份 | 高新技术企业数(家) | 技术合同成交额(亿元) | 研发经费增长率(%) | 备注 |\n"
        "2019年 | 210 | 8.4 | 12.5 | 初步统计 |\n"
        "2020年 | 265 | — | 15.0 | |\n"
        "2021年 | 318 | 12.9 | 16.2 | |\n"
        "2023年目标 | 400 | 20 | 15 | |\n"
        "全市科技工作取得新成效。\n"
        "2022年 | 350 | 15 | 10 | |\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2019, "actual", "level", 210.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 318.0) in facts
    assert ("tech_contract_turnover", 2021, "actual", "level", 1.29e9) in facts
    assert ("rd_expenditure", 2020, "actual", "growth_pct", 15.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 400.0) in facts
    # a dash is no figure; a line of prose ends the table, so the row after it is no row
    assert not any(f[0] == "tech_contract_turnover" and f[1] == 2020 for f in facts)
    assert not any(f[1] == 2022 for f in facts)


def test_a_year_on_year_growth_after_a_span_in_an_earlier_clause_is_the_years(
    tmp_path: Path,
) -> None:
    text = (
        "荆门市知识产权局新闻发布会\n"
        "全市有效注册商标由2019年的1.2万件增加到2023年的2.6万件,2023年专利授权量3150件,"
        "比上年增长18.6%。\n"
        "全市高新技术企业从2019年的210家增加到2023年的520家,增长147.6%。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("patent_grants", 2023, "actual", "level", 3150.0) in facts
    assert ("patent_grants", 2023, "actual", "growth_pct", 18.6) in facts
    # a growth over the span itself is still no year's
    assert not any(f[3] == "growth_pct" and f[4] == 147.6 for f in facts)


def test_a_plan_period_over_before_the_report_year_dates_the_figures_it_frames(
    tmp_path: Path,
) -> None:
    text = (
        "株洲市2003年科技工作总结\n"
        "“九五”时期,全市高新技术企业发展到32家,累计申请专利4120件,获省级以上科技奖励96项。\n"
        "全市高新技术企业达到86家,改变了“八五”期间高新技术企业只有个位数的局面;"
        "全年申请专利1350件。\n"
    )
    facts = _facts(tmp_path, text)
    # what stood at the period's end is of its last year; what was summed over it (applications
    # filed, awards won) is no year's (stop 45)
    assert ("high_tech_enterprises", 2000, "actual", "level", 32.0) in facts
    assert not any(f[4] in (4120.0, 96.0) for f in facts)
    # a period named inside a clause frames nothing: the year's own figures stay the year's
    assert ("high_tech_enterprises", 2003, "actual", "level", 86.0) in facts
    assert ("patent_applications", 2003, "actual", "level", 1350.0) in facts
    assert not any(f[1] in (1995, 2003) and f[4] == 4120.0 for f in facts)


def test_a_yearly_average_looking_back_is_no_years_figure(tmp_path: Path) -> None:
    text = (
        "韶关市2022年科技工作总结\n"
        "2012年至2021年,全市平均每年获省科学技术奖4项,年均新增高新技术企业18家。\n"
        "近五年来,全市高新技术企业以21.5%的年均增长率由120家增加到2022年底的318家。\n"
        "2023年,力争年均新增高新技术企业30家。\n"
    )
    facts = _facts(tmp_path, text)
    assert not any(f[4] in (4.0, 18.0) for f in facts)
    # the average is the rate's when another figure follows it; a goal may be an average
    assert ("high_tech_enterprises", 2022, "actual", "level", 318.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "increment", 30.0) in facts


def test_figures_followed_by_their_shares_of_the_total_are_parts_of_it(tmp_path: Path) -> None:
    text = (
        "嘉兴市2016年知识产权工作总结\n"
        "全年专利申请量21400件。其中高校院所专利申请960件、授权410件,分别占总数的4.5%和3.9%。\n"
        "全年发明专利申请5320件,占总量的24.9%。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("patent_applications", 2016, "actual", "level", 21400.0) in facts
    # a kind of patents keeps its own figure: its share is of all patents, not of its kind
    assert ("invention_patent_applications", 2016, "actual", "level", 5320.0) in facts
    assert not any(f[4] in (960.0, 410.0) for f in facts)


def test_what_there_is_now_among_the_years_plans_is_no_goal(tmp_path: Path) -> None:
    text = (
        "龙岩市2025年科技工作要点\n"
        "2025年,全市科技工作要聚焦创新主体培育,确保新增高新技术企业60家。\n"
        "目前,全市高新技术企业保有量达512家,科技型中小企业入库1260家。\n"
        "力争年底高新技术企业保有量突破570家。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2025, "target", "increment", 60.0) in facts
    assert ("high_tech_enterprises", 2025, "actual", "level", 512.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 570.0) in facts
    assert not any(f[2] == "target" and f[4] in (512.0, 1260.0) for f in facts)


def test_a_count_before_a_noun_phrase_opening_on_a_time_word_counts_that_noun(
    tmp_path: Path,
) -> None:
    text = (
        "2024年泉州市科技工作总结\n"
        "全年新增省级新型研发机构12家、培育85家未来产业重点企业,科技型中小企业入库2100家。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("new_rd_institutions", 2024, "actual", "increment", 12.0) in facts
    assert ("tech_smes", 2024, "actual", "level", 2100.0) in facts
    assert not any(f[4] == 85.0 for f in facts)


def test_surpassing_a_figure_is_a_lower_bound(tmp_path: Path) -> None:
    text = (
        "2021年漳州市科技局工作要点\n"
        "今年全市高新技术企业数量将超越600家,技术合同成交额达到20亿元。\n"
    )
    facts = {(f[0], f[1], f[2], f[4]) for f in _facts(tmp_path, text)}
    assert ("high_tech_enterprises", 2021, "target", 600.0) in facts
    comparators = {q.value: q.comparator for q in find_quantities("将超越600家,达到20亿元")}
    assert comparators == {600.0: "gte", 2e9: "eq"}


def test_a_county_named_once_in_a_city_papers_chrome_points_to_its_city() -> None:
    def issuer(body: str) -> str | None:
        text = f"第01版:要闻\n- 市委常委会召开会议\n- 武义县温泉小镇迎来客流高峰\n{body}"
        return describe(normalise_text(text), "page.txt", Gazetteer.load()).city_zh

    # the city's bureau reports on the city; the one county is a headline of the front page
    city = "2023年,市科技局坚持创新驱动,全市新增高新技术企业210家,我市技术合同成交额突破80亿元。\n"
    assert issuer(city) == "金华市"
    # a city paper's item on the county it names, which speaks of itself as a county
    county = (
        "武义县全力推进科技创新。2023年,该县新增高新技术企业35家,"
        "全县技术合同成交额4.2亿元,居全市前列。\n"
    )
    assert issuer(county) == "武义县"


def test_a_count_per_square_kilometre_is_a_density_not_the_places_count(tmp_path: Path) -> None:
    text = (
        "2022年常州市科技创新综述\n"
        "全市高新技术企业总数达2500家,每平方公里拥有高新技术企业9家;"
        "每万人口高价值发明专利拥有量达到95件。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2022, "actual", "level", 2500.0) in facts
    assert not any(f[4] == 9.0 for f in facts)


def test_how_far_a_goal_was_met_sets_no_goal(tmp_path: Path) -> None:
    text = (
        "2023年宿州市科技工作总结\n"
        "全市技术合同成交额年度目标完成率居全省第三;全年登记技术合同1350项,成交额46亿元。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("tech_contract_turnover", 2023, "actual", "level", 4.6e9) in facts
    assert not any(f[2] == "target" for f in facts)
