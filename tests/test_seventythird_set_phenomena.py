"""What the seventy-third to seventy-eighth blind sets (rarer genres: answers to deputies'
proposals, statistics briefs and yearbooks, plans, old reports) taught, in texts written for
these tests: a page's date alone on a line in dots, an answer's title, metadata keys in
brackets, a figure in brackets after another place's name, the rest of a breakdown, 去年同期
opening a clause, a statistics yearbook's bilingual table laid out in spaces, the contracts
of one kind, an undated page on the first half of its goals' year, and a list of those only
proposed for a status."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import folder_facts, sentence_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import DocContext, SentenceExtractor
from ingest.reading.normalise import normalise_text

CTX = DocContext("d", 2023, 2024, frozenset({"宁波市", "宁波"}), 2023)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


ANSWER = (
    "关于对鄞州区第三届人民代表大会第二次会议第112号代表建议的答复\n"
    "否\n依申请公开\n无\n2022.06.17\n"
    "王某某代表:\n"
    "您提出的关于加快科技企业培育的建议收悉。现将办理情况答复如下:\n"
    "截至目前,全区有效高新技术企业达到1120家,2016年和2018年两次获评省科技进步先进区。\n"
)


def test_a_dotted_date_alone_on_its_line_stays_a_line_and_dates_the_page(
    gazetteer: Gazetteer,
) -> None:
    lines = normalise_text(ANSWER).split("\n")
    assert "2022.06.17" in lines
    assert lines[0] == "关于对鄞州区第三届人民代表大会第二次会议第112号代表建议的答复"
    meta = describe(normalise_text(ANSWER), "e41a.txt", gazetteer)
    assert meta.published_on == datetime.date(2022, 6, 17)
    assert meta.report_year == 2022  # not the years the body looks back on (2016, 2018)
    # a date inside prose is no line of its own
    prose = normalise_text("截至2022.06.17\n全区有效高新技术企业达到1120家。")
    assert "2022.06.17" not in prose.split("\n")


def test_metadata_keys_in_brackets_are_metadata_not_the_title(gazetteer: Gazetteer) -> None:
    page = (
        "[ 索引号 ] 11330200MB0000000X/2021-01234 [ 发文字号 ] 甬科函〔2021〕56号\n"
        "[ 发布机构 ] 市科技局\n[ 成文日期 ] 2021-08-30 [ 发布日期 ] 2021-08-31\n\n"
        "宁波市科学技术局关于市十六届人大六次会议第233号建议的答复\n"
        "2020年,全市新增高新技术企业687家,科技型中小企业评价入库4820家。\n"
    )
    meta = describe(normalise_text(page), "e41b.txt", gazetteer)
    assert meta.title == "宁波市科学技术局关于市十六届人大六次会议第233号建议的答复"
    assert meta.published_on == datetime.date(2021, 8, 31)
    assert meta.city_zh == "宁波市"


def test_a_figure_in_brackets_after_another_places_name_is_that_places(
    extractor: SentenceExtractor,
) -> None:
    text = "全市科技型中小企业数量居前三位的区县市是鄞州区(1210家)、余姚市(655家)、慈溪市(603家)。"
    assert sentence_facts(extractor, text, CTX) == set()
    # the issuer's own total before its parts stays
    total = "全市科技型中小企业达5120家,其中鄞州区(1210家)最多。"
    assert sentence_facts(extractor, total, CTX) == {("tech_smes", "actual", "level", 5120.0, 2023)}


def test_the_rest_of_a_breakdown_is_no_total(extractor: SentenceExtractor) -> None:
    text = "按领域分,电子信息企业42家,生物医药企业17家,其他高新技术企业9家。"
    assert sentence_facts(extractor, text, CTX) == set()
    assert sentence_facts(extractor, "全市高新技术企业9家。", CTX) == {
        ("high_tech_enterprises", "actual", "level", 9.0, 2023)
    }


def test_last_years_same_period_opening_a_clause_dates_its_figures(
    extractor: SentenceExtractor,
) -> None:
    assert sentence_facts(extractor, "去年同期,全市技术合同成交额为86亿元。", CTX) == {
        ("tech_contract_turnover", "actual", "level", 8600000000.0, 2022)
    }
    # …but a comparison with it measures this year's change
    assert sentence_facts(extractor, "全市技术合同成交额比去年同期增长12%。", CTX) == {
        ("tech_contract_turnover", "actual", "growth_pct", 12.0, 2023)
    }


YEARBOOK_TABLE = """18-3 科技活动主要指标
Main Indicators of Science and Technology
指    标        Indicator                                   2021      2022
每万人口发明专利拥有量  (件)   Number of Valid Invention Patents         31.20     36.05
                    per 10 000 Persons                  (piece)
专利授权量  (件)   Number of Patents Granted                            (10000 pieces)9.72  10.40
技术合同成交额  (亿元)   Turnover of Technology Contracts             1021.5   1290.3
技术合同成交额年增长率  (%)   Growth Rate of Turnover of Technology             12.6      26.3
                    Contracts                                            (%)
"""


def test_a_yearbooks_bilingual_table_laid_out_in_spaces_gives_each_years_figures(
    tmp_path: Path,
) -> None:
    (tmp_path / "a3c1.txt").write_text(YEARBOOK_TABLE, encoding="utf-8")
    facts = folder_facts(tmp_path)
    expected = {
        ("invention_patents_per_10k", 2021, "actual", "level", 31.2),
        ("invention_patents_per_10k", 2022, "actual", "level", 36.05),
        ("tech_contract_turnover", 2021, "actual", "level", 102150000000.0),
        ("tech_contract_turnover", 2022, "actual", "level", 129030000000.0),
        ("tech_contract_turnover", 2021, "actual", "growth_pct", 12.6),
        ("tech_contract_turnover", 2022, "actual", "growth_pct", 26.3),
    }
    assert expected <= facts
    # the row whose figures cannot be lined up (a unit glued to the first) gives none, and
    # ends nothing: the rows after it are read
    assert not {f for f in facts if f[0] == "patent_grants"}
    # each row stays a line of its own, its cells set apart: the text is not joined as prose
    lines = normalise_text(YEARBOOK_TABLE).split("\n")
    assert any(line.endswith("1021.5 | 1290.3") for line in lines)


def test_contracts_of_one_kind_are_a_part_of_all_contracts(extractor: SentenceExtractor) -> None:
    text = "技术开发类合同共1320项,合同成交金额为18.6亿元,占全市成交总金额的35.2%。"
    assert sentence_facts(extractor, text, CTX) == set()
    by_field = "电子信息类技术合同共860项,成交金额为9.7亿元;全市技术合同成交额达到52.8亿元。"
    assert sentence_facts(extractor, by_field, CTX) == {
        ("tech_contract_turnover", "actual", "level", 5280000000.0, 2023)
    }


def test_an_undated_page_on_the_first_half_of_its_goals_year_reports_on_that_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "本报讯 作为全区重点改革之一的科技创新改革,上半年取得明显成效。\n"
        "2021年,全区要确保新增高新技术企业40家、科技型中小企业入库300家。按照这一目标,"
        "今年以来,区科技局对照目标抓落实,新增高新技术企业22家,入库科技型中小企业186家。\n"
    )
    meta = describe(normalise_text(page), "c7d2.txt", gazetteer)
    assert (meta.report_year, meta.plan_year) == (2021, 2021)
    # without a part of the year gone by, the goals' year stays the year after the report's
    whole = page.replace("上半年取得", "取得")
    assert describe(normalise_text(whole), "c7d2.txt", gazetteer).report_year == 2020


def test_those_on_a_list_proposed_for_a_status_are_not_yet_of_it(
    extractor: SentenceExtractor,
) -> None:
    text = "日前,省科技厅公示了2023年度省级众创空间拟备案名单,我市4家众创空间榜上有名。"
    assert sentence_facts(extractor, text, CTX) == set()
    # once recognised they count
    done = "日前,省科技厅公布了2023年度省级众创空间备案名单,我市4家众创空间榜上有名。"
    assert ("maker_spaces", "actual", "level", 4.0, 2023) in sentence_facts(extractor, done, CTX)
