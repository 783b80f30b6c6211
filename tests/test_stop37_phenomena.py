"""Phenomena met in the blind sets of stop 37, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import folder_facts
from conftest import report_facts as _facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import DocumentMeta, describe
from ingest.reading.normalise import normalise_text
from ingest.reading.sources import read_source


def _meta(text: str) -> DocumentMeta:
    """What document understanding makes of a page's text, as the reader would hand it over."""
    return describe(normalise_text(text), "page.txt", Gazetteer.load())


def test_the_firms_of_one_industry_are_a_part_of_the_place(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "绵阳市2019年科技创新统计分析\n"
        "2019年,全市专利申请量8200件,其中发明专利申请2100件。"
        "规模以上高技术产业(服务业)企业法人单位全年专利申请量640件,其中发明专利申请212件。"
        "规模以上医药制造业企业研发经费支出4.2亿元,比上年增长11.5%;研发投入强度为2.76%。"
        "全市研发经费支出40亿元,研发投入强度为2.4%。\n",
    )
    assert ("patent_applications", 2019, "actual", "level", 8200.0) in facts
    assert ("invention_patent_applications", 2019, "actual", "level", 2100.0) in facts
    assert ("rd_intensity", 2019, "actual", "share_pct", 2.4) in facts
    # the industry's firms filed these, and the part after 其中 is theirs too
    assert ("patent_applications", 2019, "actual", "level", 640.0) not in facts
    assert ("invention_patent_applications", 2019, "actual", "level", 212.0) not in facts
    # a clause with no subject of its own goes on speaking of them
    assert ("rd_intensity", 2019, "actual", "share_pct", 2.76) not in facts


def test_a_goal_given_years_to_be_met_is_dated_at_the_far_end(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "南平市出台科技型企业培育行动方案\n"
        "2019年5月10日 来源:南平日报\n"
        "今年一季度,全市新认定高新技术企业21家。方案提出,力争用3至4年时间,"
        "全市高新技术企业总数突破200家;到2021年,用两年时间实现技术合同成交额达到5亿元。\n",
    )
    assert ("high_tech_enterprises", 2019, "actual", "increment", 21.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 200.0) in facts
    # a year said in the clause is the goal's, whatever span follows it
    assert ("tech_contract_turnover", 2021, "target", "level", 5e8) in facts


def test_what_this_year_is_expected_to_reach_is_its_actual(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "长沙市科技局召开高企培育工作推进会\n"
        "2018年12月3日 来源:长沙市科技局\n"
        "今年全市共有1260家企业申报高新技术企业。预计今年全市高新技术企业净增600家以上,"
        "总数将超过2400家。力争明年新增高新技术企业700家。\n",
    )
    assert ("high_tech_enterprises", 2018, "actual", "level", 2400.0) in facts
    assert ("high_tech_enterprises", 2019, "target", "level", 2400.0) not in facts
    assert ("high_tech_enterprises", 2019, "target", "increment", 700.0) in facts


def test_firms_entering_the_kinds_register_are_counted_but_not_its_pool(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "铜川市科学技术局2022年工作总结\n"
        "一、主要成效\n截至年底,全市215家企业进入国家科技型中小企业信息库,"
        "另有40家企业纳入高新技术企业培育库。\n",
    )
    assert ("tech_smes", 2022, "actual", "level", 215.0) in facts
    assert not any(f[0] == "high_tech_enterprises" for f in facts)


def test_firms_still_under_public_notice_are_not_yet_counted(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "渭南高新区2024年科技工作总结\n"
        "2024年,全区坚持创新驱动发展。"
        "全区有效期内高新技术企业达到96家,另有18家企业通过评审、处于公示期内。\n",
    )
    assert ("high_tech_enterprises", 2024, "actual", "level", 96.0) in facts
    assert not any(f[0] == "high_tech_enterprises" and f[4] == 18.0 for f in facts)


def test_a_zone_in_the_title_that_speaks_of_itself_as_the_district_is_the_issuer() -> None:
    def issuer(text: str) -> str | None:
        return _meta(text).city_zh

    zone = (
        "宝鸡高新区2023年科技创新工作总结\n"
        "2023年,全区坚持创新驱动。全区新增高新技术企业42家,我区技术合同成交额达到12亿元。\n"
    )
    assert issuer(zone) == "宝鸡高新技术产业开发区"
    # the city's text on its zone speaks of the city too: the zone is a part of it
    city = (
        "宝鸡高新区2023年科技创新工作总结\n"
        "2023年,全区新增高新技术企业42家,占全市新增总数的一半,全市技术合同成交额达到30亿元。\n"
    )
    assert issuer(city) == "宝鸡市"


def test_a_dated_byline_is_not_run_into_the_body() -> None:
    page = "科技局召开推进会\n2018年12月3日 来源:长沙市科技局\n今年全市新增高新技术企业300家\n"
    lines = normalise_text(page).splitlines()
    assert "2018年12月3日 来源:长沙市科技局" in lines


def test_a_page_titled_only_in_its_head_keeps_that_title(tmp_path: Path) -> None:
    def page(title: str) -> str:
        return (
            f"<html><head><title>{title}</title></head><body>"
            "<div class='nav'>首页 &gt; 工作动态</div>"
            "<p>全年新认定高新技术企业19家,总数达到74家。</p>"
            "<p>技术合同登记额实现5.2亿元,同比增长31%。</p></body></html>"
        )

    # the browser tab's title names the issuer and the year; the site's name after _ goes
    (tmp_path / "a.html").write_text(page("七台河市科技局2020年工作总结_七台河市人民政府"), "utf-8")
    facts = folder_facts(tmp_path)
    assert ("high_tech_enterprises", 2020, "actual", "level", 74.0) in facts
    assert ("tech_contract_turnover", 2020, "actual", "level", 5.2e8) in facts
    text = read_source(tmp_path / "a.html", tmp_path).text or ""
    assert text.splitlines()[0] == "七台河市科技局2020年工作总结_七台河市人民政府"
    assert describe(text, "a.html", Gazetteer.load()).title == "七台河市科技局2020年工作总结"
    # a head that names only the site adds nothing to the text
    (tmp_path / "b.html").write_text(page("七台河市科学技术局"), "utf-8")
    assert "七台河" not in (read_source(tmp_path / "b.html", tmp_path).text or "")


def test_figures_before_the_plan_heading_of_an_untitled_text_are_the_years_actuals(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "2020年,双鸭山市新认定高新技术企业9家,总数达到37家。\n"
        "全年技术合同登记额实现2.4亿元,同比增长41%。\n"
        "2021年工作打算:全市高新技术企业数量达到45家,技术合同登记额达到3亿元。\n",
    )
    assert ("tech_contract_turnover", 2020, "actual", "level", 2.4e8) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 2.4e8) not in facts
    assert ("high_tech_enterprises", 2021, "target", "level", 45.0) in facts
    assert ("tech_contract_turnover", 2021, "target", "level", 3e8) in facts


def test_a_goal_framed_by_a_plan_period_not_yet_over_is_of_its_last_year(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        "玉环市科技局2022年工作总结\n"
        "一、2022年工作成效\n全年新认定高新技术企业31家,总数达到236家。"
        "“十三五”期间,全市新增高新技术企业140家。\n"
        "二、下步打算\n“十四五”时期,力争全市高新技术企业总数达到320家,研发经费投入强度达到3.6%。\n",
    )
    assert ("high_tech_enterprises", 2022, "actual", "level", 236.0) in facts
    assert ("high_tech_enterprises", 2025, "target", "level", 320.0) in facts
    assert ("rd_intensity", 2025, "target", "share_pct", 3.6) in facts
    # what was added over a period gone by is no year's figure
    assert not any(f[4] == 140.0 for f in facts)


def test_an_indicator_table_saved_as_csv_gives_its_facts(tmp_path: Path) -> None:
    table = (
        "日照市主要科技指标\n指标,2022年,2023年目标\n"
        "高新技术企业(家),410,470\n技术合同成交额(亿元),52.6,60\n"
    )
    facts = _facts(tmp_path, table, name="指标.csv")
    assert ("high_tech_enterprises", 2022, "actual", "level", 410.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "level", 470.0) in facts
    assert ("tech_contract_turnover", 2022, "actual", "level", 5.26e9) in facts
    assert ("tech_contract_turnover", 2023, "target", "level", 6e9) in facts


def test_a_meeting_named_by_a_year_and_reported_the_year_after_reviewed_that_year(
    tmp_path: Path,
) -> None:
    def page(published: str) -> str:
        return (
            "屯昌县召开2022年度科技工作会议\n"
            f"发布日期:{published}\n"
            "会上通报,2022年全县新增高新技术企业6家,总数达到19家。会议要求,2023年力争新增高新"
            "技术企业8家。\n"
        )

    def years(published: str) -> tuple[int | None, int | None]:
        found = _meta(page(published))
        return found.report_year, found.plan_year

    assert years("2023-02-16") == (2022, 2023)
    # held as the year opens, the same title plans that year and looks back on the one before
    assert years("2022-01-20") == (2021, 2022)
    facts = _facts(tmp_path, page("2023-02-16"))
    assert ("high_tech_enterprises", 2022, "actual", "level", 19.0) in facts
    assert ("high_tech_enterprises", 2023, "target", "increment", 8.0) in facts


def test_a_budget_plans_its_year_and_a_quarters_summary_is_of_the_year_it_is_published_in() -> None:
    def years(title: str, published: str) -> tuple[int | None, int | None]:
        text = f"{title}\n发布日期:{published}\n全县新增科技型中小企业9家,技术合同登记额0.8亿元。\n"
        found = _meta(text)
        return found.report_year, found.plan_year

    assert years("琼中县科学技术局2025年部门预算", "2025-02-12") == (2024, 2025)
    # (what it may plan is the rest of that year: stop 40)
    assert years("琼中县科技局前三季度工作总结", "2025-10-09") == (2025, 2025)
    assert years("琼中县科技局上半年工作总结及下半年工作计划", "2025-07-03") == (2025, 2025)
    # a summary with no part of the year named, published early in a year, is the year before's
    assert years("琼中县科技局工作总结", "2025-02-20")[0] == 2024


def test_a_look_back_on_the_past_year_published_as_the_next_one_opens_is_of_that_year() -> None:
    text = (
        "白沙县科技局\n发布日期:2025-01-08\n"
        "一年来,全县新增高新技术企业5家,总数达到21家。明年,力争新增高新技术企业6家。\n"
    )
    found = _meta(text)
    assert (found.report_year, found.plan_year) == (2024, 2025)


_GOALS_AND_RESULTS = (
    "长治市科技局2023年主要指标完成情况\n"
    "序号 指标名称 单位 年度目标 完成值 完成率\n"
    "1 高新技术企业数 家 210 226 108%\n"
    "2 技术合同成交额 亿元 15 17.4 116%\n"
    "3 研发投入强度 % 1.5 1.42 95%\n"
)


def test_a_table_set_out_with_single_spaces_keeps_its_cells() -> None:
    lines = normalise_text(_GOALS_AND_RESULTS).splitlines()
    assert lines[1] == "序号 | 指标名称 | 单位 | 年度目标 | 完成值 | 完成率"
    assert lines[3] == "2 | 技术合同成交额 | 亿元 | 15 | 17.4 | 116%"
    assert normalise_text("\n".join(lines)) == "\n".join(lines)
    # prose with layout spaces, and a bilingual yearbook's rows, are no such table
    prose = "全市 新增 高新技术企业 45家\n技术合同 成交额 达到 8亿元\n专利 授权量 增长 12%\n"
    assert "|" not in normalise_text(prose)
    yearbook = (
        "高级职称 Senior title 22.40 24.00\n中级职称 Middle title 89.74 91.20\n"
        "初级职称 Junior title 82.86 84.80\n"
    )
    assert "|" not in normalise_text(yearbook)


def test_a_table_of_the_years_goals_and_results_gives_both(tmp_path: Path) -> None:
    facts = _facts(tmp_path, _GOALS_AND_RESULTS)
    assert ("high_tech_enterprises", 2023, "target", "level", 210.0) in facts
    assert ("high_tech_enterprises", 2023, "actual", "level", 226.0) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 1.74e9) in facts
    assert ("rd_intensity", 2023, "target", "share_pct", 1.5) in facts
    assert ("rd_intensity", 2023, "actual", "share_pct", 1.42) in facts
    # the completion rate is no share of anything
    assert not any(f[4] in (108.0, 116.0, 95.0) for f in facts)
