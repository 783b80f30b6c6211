"""Phenomena met in the pooled blind sets during stop 35, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import DocumentMeta, describe
from ingest.document.year_phrases import phrase_years
from ingest.reading.normalise import normalise_text


def _meta(text: str, name: str = "page.txt") -> DocumentMeta:
    """What describe() decides of a page, its text normalised as the pipeline does."""
    return describe(normalise_text(text), name, Gazetteer.load())


def test_a_sentence_opening_on_the_invention_patents_among_the_count_before(
    tmp_path: Path,
) -> None:
    text = (
        "2022年溧阳市知识产权工作总结\n"
        "全市专利授权量由2018年的3100件增加到2022年的5200件,年均增长13.8%。"
        "其中,发明专利增至640件,占比明显提高。\n"
        "全年专利申请总量为7300件。其中发明专利2100件,增长9.5%。\n"
        "有效发明专利拥有量达到2600件。其中,发明专利增至300件。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("invention_patent_grants", 2022, "actual", "level", 640.0) in facts
    assert ("invention_patent_applications", 2022, "actual", "level", 2100.0) in facts
    assert ("invention_patent_applications", 2022, "actual", "growth_pct", 9.5) in facts
    # a stock of invention patents is no count of applications or grants to take a part of
    assert not any(f[4] == 300.0 for f in facts)


def test_the_invention_patents_among_a_groups_count_are_the_groups_too(tmp_path: Path) -> None:
    text = (
        "2021年江阴市科技创新工作总结\n"
        "全市高等院校专利授权量达到860件,其中发明专利410件。"
        "全市专利授权量18600件,其中发明专利1250件。"
        "全市现有工业企业5200家,其中高新技术企业740家。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("invention_patent_grants", 2021, "actual", "level", 1250.0) in facts
    assert ("high_tech_enterprises", 2021, "actual", "level", 740.0) in facts
    # the colleges' patents and their invention patents are a group's, not the city's
    assert not any(f[4] in (860.0, 410.0) for f in facts)


def test_a_late_year_page_reviewing_several_years_up_to_now_reports_on_its_own_year() -> None:
    def years(body: str, dated: str) -> tuple[int | None, int | None]:
        text = f"新北区召开科技创新推进会\n时间:{dated} 10:02  来源:新北区融媒体中心\n{body}"
        meta = _meta(text)
        return meta.report_year, meta.plan_year

    body = (
        "会议总结了三年来全区科技创新工作。三年来,全区新认定高新技术企业96家,有效高新技术企业"
        "总数达到402家,专利授权量逐年超额完成年度目标任务。会议要求,到2025年,全区高新技术企业"
        "达到600家。"
    )
    # written in October: the stock reached now is that year's; the goal is the horizon's
    assert years(body, "2022-10-20") == (2022, 2025)
    # a whole year looked back on in spring is still the year before's
    spring = body.replace("三年来", "一年来")
    assert years(spring, "2022-02-20")[0] == 2021


def test_a_base_figure_whose_change_follows_a_carrying_verb(tmp_path: Path) -> None:
    text = (
        "2024年常德市科技工作总结\n"
        "全市高新技术企业总数达到1260家,比2021年的610家实现翻番。"
        "技术合同成交额86亿元,较2023年的60亿元实现增长43%。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2021, "actual", "level", 610.0) in facts
    assert ("tech_contract_turnover", 2023, "actual", "level", 6.0e9) in facts
    assert ("tech_contract_turnover", 2024, "actual", "growth_pct", 43.0) in facts


def test_a_growth_noun_in_the_clause_between_the_name_and_its_percentage(tmp_path: Path) -> None:
    text = (
        "2020年株洲市科技统计分析\n"
        "全社会研发投入增速明显加快,达到18.6%。"
        "研发投入强度稳步提高,达到2.61%。"
        "全市研发经费投入较为充足,达到2.4%。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("rd_expenditure", 2020, "actual", "growth_pct", 18.6) in facts
    assert ("rd_intensity", 2020, "actual", "share_pct", 2.61) in facts
    # a percentage of an amount with no growth named is still its share of the economy
    assert ("rd_intensity", 2020, "actual", "share_pct", 2.4) in facts
    assert not any(f[4] == 18.6 and f[0] == "rd_intensity" for f in facts)


def test_a_task_named_between_the_indicator_and_its_figure(tmp_path: Path) -> None:
    text = (
        "2019年鹤壁市上半年科技工作进展\n"
        "今年上半年,全市新增科技型中小企业120家,完成全年任务目标(200家)的60%。"
        "全市全年专利申请任务900件,上半年已完成510件。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("tech_smes", 2019, "actual", "increment", 120.0) in facts
    assert ("tech_smes", 2019, "target", "increment", 200.0) in facts
    assert ("patent_applications", 2019, "target", "level", 900.0) in facts
    assert not any(f[4] == 200.0 and f[2] == "actual" for f in facts)


def test_an_amounts_share_said_with_a_bare_zhanbi_and_ranked_in_a_list(tmp_path: Path) -> None:
    text = (
        "2021年慈溪市科技工作总结\n"
        "全市研发投入占比达到3.4%,比上年提高0.2个百分点。"
        "全市每万人发明专利拥有量、规上工业亩均税收、R&D投入占比均位列宁波各区县市第一。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("rd_intensity", 2021, "actual", "share_pct", 3.4) in facts
    assert ("invention_patents_per_10k", 2021, "actual", "rank", 1.0) in facts
    assert ("rd_intensity", 2021, "actual", "rank", 1.0) in facts
    assert not any(f[0] == "rd_expenditure" for f in facts)


def test_a_ratio_per_ten_thousand_people_said_at_the_figure(tmp_path: Path) -> None:
    text = (
        "2022年嘉兴市知识产权工作总结\n"
        "全市有效发明专利拥有量达到每万人口41.3件。"
        "到2025年,发明专利拥有量达到每万人55件以上。"
        "全市有效发明专利拥有量25600件,比上年增长18%。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("invention_patents_per_10k", 2022, "actual", "level", 41.3) in facts
    assert ("invention_patents_per_10k", 2025, "target", "level", 55.0) in facts
    # the stock itself is no ratio
    assert not any(f[0] == "invention_patents_per_10k" and f[4] == 25600.0 for f in facts)


def test_a_figure_followed_by_its_share_of_the_same_indicators_total(tmp_path: Path) -> None:
    text = (
        "2023年合肥市科技创新工作总结\n"
        "全市服务于乡村振兴的星创天地已有34家,占星创天地总数的62%。"
        "全市高新技术企业达到6400家,占全省高新技术企业总数的40%。"
        "全年申请专利4200件,其中发明专利1500件,占专利申请总量的35.7%。\n"
    )
    facts = _facts(tmp_path, text)
    # a part of the city's own total, told by its share of it
    assert not any(f[4] == 34.0 for f in facts)
    # a share of the province's total leaves the figure the city's whole; a kind's share of
    # another indicator's total is that kind's figure
    assert ("high_tech_enterprises", 2023, "actual", "level", 6400.0) in facts
    assert ("invention_patent_applications", 2023, "actual", "level", 1500.0) in facts


def test_a_metadata_block_of_bare_and_spaced_keys_keeps_its_lines_and_names_the_title() -> None:
    page = (
        "索 引 号 11330281/2023-04512 发布日期 2023-03-02\n"
        "发布机构 市科技局 有 效 性 有效\n"
        "标     题 余姚市部门整体支出(绩效目标)申报表2023年度 文     号\n"
        "组配分类 规划计划 公开方式 主动公开\n"
        "公开范围 面向全社会\n"
        "编报单位(盖章):余姚市科学技术局\n"
        "年度目标\n"
        "新增高新技术企业40家,技术合同成交额达到12亿元。\n"
    )
    text = normalise_text(page)
    lines = text.split("\n")
    # each metadata line stays a line of its own (no key glued to the next one's value)
    assert lines[0].startswith("索 引 号") and "发布日期" in lines[0]
    assert lines[4] == "公开范围 面向全社会"
    meta = describe(text, "page.txt", Gazetteer.load())
    assert meta.title == "余姚市部门整体支出(绩效目标)申报表2023年度"
    # a goals form for the year that closes its title: its figures are that year's goals
    assert meta.plan_year == 2023


def test_a_year_closing_a_title_takes_the_kind_named_before_it() -> None:
    assert phrase_years("科技工作要点(2024年)").plan == 2024
    assert phrase_years("区科技局工作总结2019").summary == 2019
    assert phrase_years("部门整体支出绩效目标表(2022年度)").plan == 2022
    # a year inside the phrase, followed by other words, is not the document's
    assert not phrase_years("关于2021年度科技奖励的通知").decided()


def test_a_few_items_counted_in_words_then_dou_are_the_figures_just_given(tmp_path: Path) -> None:
    text = (
        "2011年渝北区知识产权工作总结\n"
        "全年全区申请专利5200件,同比增长21.4%;获得专利授权2600件,同比增长18.5%,两项都创下历史新高。"
        "发明专利申请量和授权量分别为900件和310件,两项均居全市第一。\n"
    )
    facts = _facts(tmp_path, text)
    assert not any(f[4] == 2.0 for f in facts)
    assert ("invention_patent_applications", 2011, "actual", "level", 900.0) in facts
    assert ("invention_patent_applications", 2011, "actual", "rank", 1.0) in facts
    assert ("invention_patent_grants", 2011, "actual", "rank", 1.0) in facts


def test_the_twin_after_a_list_of_kinds_takes_the_kinds_in_turn(tmp_path: Path) -> None:
    text = (
        "2019年襄阳市专利统计分析\n"
        "全年全市发明、实用新型、外观设计三类专利申请量分别为2100件、5400件和1300件,"
        "授权量分别为640件、4100件和1100件。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("invention_patent_applications", 2019, "actual", "level", 2100.0) in facts
    assert ("invention_patent_grants", 2019, "actual", "level", 640.0) in facts
    # the other kinds' grants are parts, no count of all grants
    assert not any(f[0] == "patent_grants" for f in facts)


def test_a_groups_figure_named_with_an_abbreviated_group(tmp_path: Path) -> None:
    text = (
        "2016年株洲市知识产权工作总结\n"
        "全市专利申请量达到6100件。工矿企业的专利申请有3900件,同比增长22%。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("patent_applications", 2016, "actual", "level", 6100.0) in facts
    assert not any(f[4] in (3900.0, 22.0) for f in facts)


def test_a_citys_text_naming_its_districts_only_as_items_of_a_breakdown() -> None:
    text = (
        "研发费用加计扣除政策落实情况\n"
        "2019年,全市共有210户企业享受研发费用加计扣除政策,加计扣除额9.8亿元。"
        "从园区看,享受政策企业较多的是:高新区61户、天元区24户、经开区20户。\n"
    )
    meta = _meta(text, "3a9c0f4be2d1c7aa.txt")
    assert meta.city_zh == "株洲市"
