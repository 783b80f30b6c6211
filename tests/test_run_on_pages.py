"""Pages whose line breaks were lost (a scraper that took the text of the whole page): the
breadcrumb, title, metadata, headings and paragraphs run into one line. The reader breaks such a
line where lines plainly began, so that the title, the date and the headings are found as on
the page itself, and never breaks an ordinary paragraph."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from conftest import folder_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.document.year_mentions import Span, dated_statements
from ingest.reading.normalise import normalise_text

TITLE = "某某县科学技术局2022年工作总结和2023年工作打算"
LINES = [
    "当前位置:首页 > 政务公开 > 计划总结",
    TITLE,
    "发布时间:2023-01-16 09:30",
    "来源:某某县科学技术局",
    "2022年,县科技局围绕创新驱动发展战略,全力推进科技创新各项工作,全县研究与试验发展经费投入"
    "达到6.85亿元,同比增长15.2%,研发投入强度达到2.12%。",
    "一、2022年主要工作成效",
    "(一)创新主体不断壮大。全年新认定高新技术企业36家,总数达到158家;入库科技型中小企业"
    "212家,同比增长18.4%。",
    "(二)成果转化加快推进。全年登记技术合同成交额12.6亿元,同比增长26.1%,新建省级以上创新平台8个。",
    "二、2023年工作打算",
    "(一)主要目标。力争研发投入强度达到2.3%,新增高新技术企业40家以上,技术合同成交额突破15亿元。",
]


def test_a_page_run_into_one_line_is_broken_where_its_lines_began() -> None:
    lines = normalise_text(" ".join(LINES)).split("\n")
    # the breadcrumb goes as page chrome does; the rest comes back as it stood on the page
    assert lines == [normalise_text(line) for line in LINES[1:]]


def test_a_page_run_together_without_spaces_keeps_its_headings_and_date_apart() -> None:
    lines = normalise_text("".join(LINES[1:3] + LINES[4:])).split("\n")
    assert "一、2022年主要工作成效" in lines
    assert "二、2023年工作打算" in lines
    assert any(line.startswith("(二)成果转化加快推进") for line in lines)
    assert lines[:2] == [TITLE, "发布时间:2023-01-16 09:30"]


def test_a_title_glued_to_the_page_date_and_the_first_year_comes_apart() -> None:
    page = TITLE + "2023-01-16" + "".join(LINES[4:])
    lines = normalise_text(page).split("\n")
    assert lines[:2] == [TITLE, "2023-01-16"]
    assert lines[2].startswith("2022年,县科技局")


def test_an_ordinary_long_paragraph_is_not_broken() -> None:
    paragraph = (
        "2022年5月10日,县政府召开全县科技创新大会,会议于2022-05-10上午在县会议中心举行,"
        "总结表彰了一批科技创新先进集体和个人,会议指出,全县要坚持把科技创新摆在发展全局的核心"
        "位置,一要强化企业创新主体地位,二要加快创新平台建设,三要深化科技体制改革,并印发了"
        "《关于加快推进科技创新的若干意见(2022年修订)》,明确从研发投入、平台建设、人才引育、成果"
        "转化等方面给予支持,其中对新认定的国家高新技术企业给予一次性奖励30万元,对年度研发投入"
        "增长20%以上的企业按增量的10%给予补助,最高不超过100万元。会后,各乡镇(街道)、各部门"
        "结合实际抓好贯彻落实,确保各项政策措施落地见效,为全县经济社会高质量发展提供有力支撑。"
    )
    assert len(paragraph) >= 300
    assert normalise_text(paragraph) == paragraph


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_a_run_on_page_is_dated_and_read_as_the_page_itself(gazetteer: Gazetteer) -> None:
    page = normalise_text("\n".join(LINES))
    run_on = normalise_text(" ".join(LINES))
    decided = asdict(describe(page, "page.txt", gazetteer))
    assert decided["report_year"] == 2022 and decided["plan_year"] == 2023
    assert asdict(describe(run_on, "page.txt", gazetteer)) == decided


def test_a_title_s_nouns_joined_by_and_state_no_year_under_review() -> None:
    # a title run into its own copy: 总结及2022年工作计划 is no review of 2022
    text = (
        "区科技局(地震局)2021年工作总结及2022年工作计划" * 2 + "2021年,全区新增高新技术企业20家。"
    )
    assert dated_statements(text, text[:400]).summary is None
    said = "会议全面总结了全区2021年科技工作,部署了2022年重点任务。"
    assert dated_statements(said, said) == Span(2021, 2022)


def test_a_title_run_into_its_copy_and_body_is_dated_by_its_title(gazetteer: Gazetteer) -> None:
    title = "区科技局(地震局)2021年工作总结及2022年工作计划"
    body = (
        "2021年,全区科技工作取得新成效,6月召开了2021年全区科技创新大会,全年新增高新技术企业20家,"
        "总数达到135家,研发投入强度达到2.6%。" * 4
    )
    decided = describe(normalise_text(title + title + body), "page.txt", gazetteer)
    assert (decided.report_year, decided.plan_year) == (2021, 2022)


def test_figures_of_a_run_on_page_are_those_of_the_page(tmp_path: Path) -> None:
    for name, text in (("page", "\n".join(LINES)), ("run_on", " ".join(LINES))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(text, encoding="utf-8")

    got = folder_facts(tmp_path / "run_on")
    assert got == folder_facts(tmp_path / "page")
    assert ("high_tech_enterprises", 2022, "actual", "level", 158.0) in got
    assert ("rd_intensity", 2023, "target", "share_pct", 2.3) in got
    assert ("tech_contract_turnover", 2022, "actual", "level", 1_260_000_000.0) in got


def test_a_title_and_a_heading_that_lost_its_mark_come_apart_where_spaces_were_left() -> None:
    # a report's lines joined with spaces: its title (printed twice, as pages do) before the
    # body, and a numbered heading without its 、 between two paragraphs
    title = "某某区科技局2023年工作总结"
    first = (
        "今年以来,区科技局坚持创新驱动发展战略,聚焦科技型企业梯度培育和创新平台建设,各项工作"
        "取得明显成效,为全区经济社会高质量发展提供了有力的科技支撑和保障。"
    )
    heading = "一主要指标完成情况"
    second = (
        "全区新认定高新技术企业47家,有效期内高新技术企业总数达到412家,同比增长9.3%;入库科技型"
        "中小企业386家,全年登记技术合同成交额18.2亿元,同比增长21.7%,全社会研发投入强度达到"
        "3.05%,位居全市第二。"
    )
    third = (
        "全年争取上级科技项目资金3260万元,组织实施区级科技计划项目58项,新建省级以上科技创新平台"
        "11个,选派科技特派员92名深入企业和村社开展技术服务,科技创新的支撑引领作用进一步凸显。"
    )
    page = " ".join([title, title, first, heading, second, third])
    assert len(page) >= 300  # a whole page, not a paragraph
    # (two paragraphs of prose stay together: nothing says where one ended)
    assert normalise_text(page).split("\n") == [title, title, first, heading, second + third]


def test_spaces_inside_an_ordinary_long_paragraph_break_nothing() -> None:
    paragraph = (
        "会议听取了区科技局工作报告 并对下一步工作作出安排 会议要求各单位认真落实全年目标任务,"
        "加大研发投入,全年新增高新技术企业30家以上,技术合同成交额力争突破20亿元,不断提升"
        "创新平台能级,推动科技成果在本地转化,为全区高质量发展注入新动能,切实把各项部署落到实处,"
        "确保各项任务按期完成,以优异成绩迎接年终考核,奋力谱写科技创新工作新篇章。" * 2
    )
    assert len(paragraph) >= 300
    assert "\n" not in normalise_text(paragraph).replace("\n", "", 0)
