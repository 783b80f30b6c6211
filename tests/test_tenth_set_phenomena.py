"""What the tenth blind set taught, each in sentences written for these tests: a page written
in the year it sets goals for, a plan's name giving its first year, a page's time stamp, what
there is now under a later year, averages over years, a reordered indicator name, and a
municipality named only by its bare name."""

from __future__ import annotations

import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.document.sections import split_sentences
from ingest.extraction.extract import DocContext, SentenceExtractor
from ingest.extraction.lexicon import load_lexicon


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def extractor(gazetteer: Gazetteer) -> SentenceExtractor:
    return SentenceExtractor(load_lexicon(), gazetteer)


def _facts(extractor: SentenceExtractor, text: str, ctx: DocContext) -> set[tuple]:
    found, _ = extractor.extract(text, "summary", ctx)
    return {(f.indicator_code, f.year, f.kind, f.measure, f.value) for f in found}


def test_a_page_of_autumn_with_goals_for_that_years_end_reports_on_the_year_under_way(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "宜兴:力争到2024年底技术合同成交额突破60亿元\n来源:某某日报 2024-09-12\n"
        "今年1-8月,宜兴市技术合同成交额达41亿元,同比增长12%。"
        "力争到2024年底,全市高新技术企业总数突破900家。"
    )
    meta = describe(text, "page.txt", gazetteer)
    assert (meta.report_year, meta.plan_year, meta.current_year) == (2024, 2024, 2024)
    # the same words on a page of the year before the goals look ahead, as before
    earlier = text.replace("2024-09-12", "2023-12-20").replace("今年1-8月", "去年")
    meta = describe(earlier, "page.txt", gazetteer)
    assert meta.plan_year == 2024 and meta.report_year < 2024


def test_a_plan_named_by_the_year_it_was_issued_keeps_its_horizon(gazetteer: Gazetteer) -> None:
    text = (
        "某某市人民政府文件\n各县区人民政府:\n现将《科技创新实施方案》印发给你们。\n"
        "某某市人民政府\n2017年3月2日\n"
        "一、主要目标\n力争到2019年,全市研发经费投入达到12亿元,高新技术企业达到150家。"
    )
    meta = describe(text, "xinyu_2017.txt", gazetteer)
    assert meta.plan_year == 2019
    # a year outside the plan's years is still the user's word on the file
    assert describe(text, "xinyu_2021.txt", gazetteer).plan_year != 2019


def test_a_page_time_stamp_is_a_sentence_of_its_own() -> None:
    text = (
        "全区科技型企业今年将过千家2021-04-02 09:31:07 来源:区融媒体中心 "
        "目前全区共有科技型企业870家。"
    )
    pieces = [s.text for s in split_sentences(text)]
    assert pieces == [
        "全区科技型企业今年将过千家",
        "2021-04-02 09:31:07",
        "来源:区融媒体中心 目前全区共有科技型企业870家。",
    ]
    # a date without a time of day is prose (2021年4月2日,…) and stays in its sentence
    assert len(split_sentences("2021年4月2日,全区共有科技型企业870家。")) == 1


def test_what_there_is_now_under_a_later_year_is_an_actual(extractor: SentenceExtractor) -> None:
    ctx = DocContext("d", report_year=2020, plan_year=2021, current_year=2021)
    text = "在2021年全市科技工作会议上获悉:截至目前,全市国家高新技术企业达到610家"
    assert _facts(extractor, text, ctx) == {
        ("high_tech_enterprises", 2021, "actual", "level", 610.0)
    }
    # without the present, a later year's figure is that year's goal
    ahead = "2021年全市国家高新技术企业达到700家"
    assert _facts(extractor, ahead, ctx) == {
        ("high_tech_enterprises", 2021, "target", "level", 700.0)
    }


def test_a_change_said_of_every_year_is_an_average_not_a_years_change(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", report_year=2019, plan_year=2020)
    text = "截至2019年,全县高新技术企业达到64家,近五年平均每年新认定9家"
    assert _facts(extractor, text, ctx) == {
        ("high_tech_enterprises", 2019, "actual", "level", 64.0)
    }
    yearly = "2019年全县新认定高新技术企业9家,总数达到64家"
    assert ("high_tech_enterprises", 2019, "actual", "increment", 9.0) in _facts(
        extractor, yearly, ctx
    )


def test_the_turnover_named_with_its_words_reordered(extractor: SentenceExtractor) -> None:
    ctx = DocContext("d", report_year=2022, plan_year=2023)
    text = "2022年全县技术成交合同额达到3.2亿元"
    assert _facts(extractor, text, ctx) == {
        ("tech_contract_turnover", 2022, "actual", "level", 320_000_000.0)
    }


def test_a_municipality_named_only_by_its_bare_name(gazetteer: Gazetteer) -> None:
    # 双城 is also a district of 哈尔滨: a phrase (成渝地区双城经济圈) does not outvote the city
    text = (
        "统计部门发布报告\n报告称,天津围绕京津冀协同发展和建设双城联动格局,"
        "天津科技投入持续增加。2021年,天津研发经费投入达到574亿元,天津专利授权量9.8万件。"
    )
    meta = describe(text, "report.txt", gazetteer)
    assert meta.city_zh == "天津市"


def test_invention_patents_among_the_figure_before_after_a_comma(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", report_year=2016, plan_year=2017)
    text = "全县授权专利412件,其中,发明专利37件,同比增长19%"
    assert _facts(extractor, text, ctx) == {
        ("patent_grants", 2016, "actual", "level", 412.0),
        ("invention_patent_grants", 2016, "actual", "level", 37.0),
        ("invention_patent_grants", 2016, "actual", "growth_pct", 19.0),
    }
