"""What the seventy-ninth to eighty-fifth blind sets (old pages, news, plans, accountability
documents, districts and zones, statistics tables, government work reports) taught, in texts
written for these tests: a growth over a count of years, 上年 counted from the sentence's own
year, a sentence's opening year across its ";", a rate in brackets after the province's level, a
page date glued to the site's name, a district named far more often than its city, a paragraph
of a look back that opens on an earlier year, a milestone passed right before the exact figure,
domestic patents (国内专利), a bare 占 after a whole the sentence opened on, and the firms of a
size band."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import folder_facts, sentence_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import DocContext, SentenceExtractor
from ingest.reading.normalise import normalise_text

CTX = DocContext("d", 2023, 2024, frozenset({"泸州市", "泸州"}), 2023)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_a_growth_over_a_count_of_years_is_no_years_growth(
    extractor: SentenceExtractor,
) -> None:
    over_six = "全市发明专利授权量6年增长了2倍多,达到1830件。"
    facts = sentence_facts(extractor, over_six, CTX)
    assert facts == {("invention_patent_grants", "actual", "level", 1830.0, 2023)}
    # a growth on the year before stays the year's (同比, 较上年), and so does one said after a
    # year of four digits
    for text in ("全市发明专利授权量同比增长2倍多。", "全市发明专利授权量2023年增长2倍多。"):
        facts = sentence_facts(extractor, text, CTX)
        assert any(f[2] == "growth_pct" and f[3] == 200.0 for f in facts)


def test_shang_nian_counts_from_the_year_the_sentence_is_of(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全市研究与试验发展经费由上年的3.2亿元增加到4.1亿元。"
    facts = sentence_facts(extractor, text, CTX)
    assert ("rd_expenditure", "actual", "level", 320000000.0, 2020) in facts
    assert ("rd_expenditure", "actual", "level", 410000000.0, 2021) in facts
    # 去年 is the writer's: in a text of 2023 it is 2022, whatever year the sentence opened on
    told = "2021年启动的创新工程进展顺利,去年全市研究与试验发展经费达到4.1亿元。"
    assert ("rd_expenditure", "actual", "level", 410000000.0, 2022) in sentence_facts(
        extractor, told, CTX
    )


def test_the_year_a_sentence_opens_on_reaches_past_its_semicolons(
    extractor: SentenceExtractor,
) -> None:
    text = "2020年全市技术合同成交额突破5亿元,较上年增长30%;高新技术企业总数达到46家。"
    facts = sentence_facts(extractor, text, CTX)
    assert ("high_tech_enterprises", "actual", "level", 46.0, 2020) in facts
    # …not past another time said after the ";"
    later = "2020年全市技术合同成交额突破5亿元;今年以来,高新技术企业总数达到46家。"
    assert ("high_tech_enterprises", "actual", "level", 46.0, 2023) in sentence_facts(
        extractor, later, CTX
    )
    # a year that is no opening (a clause's subject far into the sentence) stays in its part
    inner = "全市推进创新,2020年技术合同成交额突破5亿元;高新技术企业总数达到46家。"
    assert ("high_tech_enterprises", "actual", "level", 46.0, 2023) in sentence_facts(
        extractor, inner, CTX
    )


def test_a_rate_in_brackets_after_the_level_it_exceeds_is_not_the_issuers(
    extractor: SentenceExtractor,
) -> None:
    text = "全市研发经费投入强度达到2.15%,超过全省平均水平(1.76%)0.39个百分点。"
    facts = sentence_facts(extractor, text, CTX)
    assert ("rd_intensity", "actual", "share_pct", 2.15, 2023) in facts
    assert not {f for f in facts if f[3] == 1.76}
    # 超过 before a figure is the issuer's own level
    over = "全市研发经费投入强度超过2.15%。"
    assert {f[3] for f in sentence_facts(extractor, over, CTX)} == {2.15}


def test_a_page_date_glued_to_the_sites_name_dates_the_page(gazetteer: Gazetteer) -> None:
    page = (
        "县科技工作座谈会召开\n\n2016-05-247788.NET 农业信息网\n\n"
        "5月20日,全县科技工作座谈会召开。目前,全县拥有高新技术企业12家,省级众创空间2家。\n"
    )
    meta = describe(normalise_text(page), "a90f.txt", gazetteer)
    assert meta.published_on == datetime.date(2016, 5, 24)
    assert meta.report_year == 2016
    # a date inside a sentence is no page date
    glued = "2016-05-247788.NET 农业信息网"
    prose = page.replace(glued, "据悉,2016-05-247788号文件下发,全县推进。")
    assert describe(normalise_text(prose), "a90f.txt", gazetteer).published_on is None


def test_a_district_named_far_more_than_its_city_is_the_issuer(gazetteer: Gazetteer) -> None:
    page = (
        "8月2日,某研究机构发布年度创新百强区榜单,成都市4个城区上榜,武侯区、锦江区、青羊区、"
        "成华区分别位列第12位、第40位、第55位、第71位。\n"
        "近年来,武侯区持续加大创新投入。今年上半年,武侯区完成技术合同成交额58.6亿元,"
        "武侯区新增高新技术企业45家,武侯区科技创新平台达到80个。武侯区将在成都建设科创中心中"
        "贡献更多力量,打造成都(西部)创新高地。\n"
    )
    assert describe(normalise_text(page), "b31c.txt", gazetteer).city_zh == "武侯区"
    # a city's text that names each of its districts once is the city's
    city = (
        "成都市科技局发布全市创新情况,武侯区、锦江区、青羊区、成华区技术合同成交额均超过50亿元。"
        "全市新增高新技术企业1200家,成都市科技创新平台达到900个。\n"
    )
    assert describe(normalise_text(city), "b31d.txt", gazetteer).city_zh == "成都市"


def test_a_paragraph_opening_on_an_earlier_year_dates_its_later_sentences(
    tmp_path: Path,
) -> None:
    profile = (
        "某区概况\n\n"
        "綦江区位于重庆市南部,2021年末常住人口约百万。\n\n"
        "截至2018年,綦江区新认定高新技术企业21家。全区专利授权1120件。"
        "新增市级众创空间2家。\n\n"
        "2021年,綦江区实现地区生产总值近700亿元。\n"
    )
    (tmp_path / "d1.txt").write_text(profile, encoding="utf-8")
    facts = folder_facts(tmp_path)
    assert ("patent_grants", 2018, "actual", "level", 1120.0) in facts
    assert ("maker_spaces", 2018, "actual", "increment", 2.0) in facts
    # a sentence that says its own time keeps it
    own = profile.replace("全区专利授权1120件。", "今年全区专利授权1120件。")
    (tmp_path / "d1.txt").write_text(own, encoding="utf-8")
    assert ("patent_grants", 2018, "actual", "level", 1120.0) not in folder_facts(tmp_path)


def test_an_order_of_magnitude_passed_before_the_exact_figure_is_no_second_fact(
    extractor: SentenceExtractor,
) -> None:
    text = "全市发明专利授权量首破千件,达1318件。"
    assert sentence_facts(extractor, text, CTX) == {
        ("invention_patent_grants", "actual", "level", 1318.0, 2023)
    }
    # alone it is the figure the text gives (at least a hundred)
    alone = "全市技术合同成交额首次突破百亿元。"
    assert {f[3] for f in sentence_facts(extractor, alone, CTX)} == {10000000000.0}
    # a stock passed and what was added are two facts
    both = "全市高新技术企业突破千家,当年新增认定215家。"
    assert {(f[2], f[3]) for f in sentence_facts(extractor, both, CTX)} == {
        ("level", 1000.0),
        ("increment", 215.0),
    }


def test_domestic_patents_are_the_statistics_name_not_another_place(
    extractor: SentenceExtractor,
) -> None:
    text = "全区国内有效发明专利达到3120件,国内专利授权量6815件。"
    facts = sentence_facts(extractor, text, CTX)
    assert ("patent_grants", "actual", "level", 6815.0, 2023) in facts
    # 国内 before anything else is still the country's
    other = "国内同类园区的高新技术企业达到3120家。"
    assert sentence_facts(extractor, other, CTX) == set()


def test_a_bare_share_takes_the_whole_the_sentence_opened_on(
    extractor: SentenceExtractor,
) -> None:
    text = "在全市规上工业增加值中,装备制造业增加值占41.2%,高新技术产业增加值占57.9%。"
    assert ("high_tech_industry_share", "actual", "share_pct", 57.9, 2023) in sentence_facts(
        extractor, text, CTX
    )
    # a whole that is not the economy's output makes no share of the indicator
    firms = "在全省研发经费投入中,全市研发经费投入占15%。"
    assert sentence_facts(extractor, firms, CTX) == set()


def test_the_firms_of_a_size_band_are_not_the_count_of_the_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "全市科技型中小企业营业收入达到5亿元以上有3家,达到8000万元以上的11家。"
    assert sentence_facts(extractor, text, CTX) == set()
    # the count itself, with its own 以上, is the kind's
    own = "全市科技型中小企业达到350家以上。"
    assert {f[3] for f in sentence_facts(extractor, own, CTX)} == {350.0}
