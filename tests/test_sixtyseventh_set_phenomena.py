"""What the sixty-seventh to sixty-ninth blind sets, and all sets read with hashed file names
(as a user's downloads are named), taught, in sentences written for these tests: a page's date
glued before its body or bracketed under a speech's title, a day-first timestamp that is no
headline, a text that makes its year's results known, a page on its city's zone that names the
zone once by its place, a goal one list item reaches, a kind's own 库, and a sentence that
opens on a bare change."""

from __future__ import annotations

import datetime

import pytest
from conftest import sentence_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import DocContext, SentenceExtractor

CTX = DocContext("d", 2021, 2022, frozenset(), 2022)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --- the document: dates, title, years, zone --------------------------------------------------


def test_a_dashed_date_opening_a_line_is_the_pages_date_even_glued_to_the_body(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "应城市高新技术企业数量创历史新高\n\n"
        "   2022-09-06 应城市科学技术局 核心提示:截至目前,应城市有效高新技术企业达到96家,"
        "今年以来新认定高新技术企业21家。\n"
        "近年来,应城市持续实施高新技术企业倍增计划,企业创新能力不断增强。"
    )
    meta = describe(page, "a81c.txt", gazetteer)
    assert meta.published_on == datetime.date(2022, 9, 6)
    assert (meta.report_year, meta.city_zh) == (2022, "应城市")
    # a date written as prose (年月日) opening the body is a lead's, handled apart: no page date
    prose = page.replace("2022-09-06 应城市科学技术局 核心提示:", "")
    assert describe(prose, "a81c.txt", gazetteer).published_on is None


def test_a_date_alone_in_brackets_under_a_speechs_title_is_the_day_it_was_given(
    gazetteer: Gazetteer,
) -> None:
    page = (
        # a document site's page: chrome, then the report as one run of text
        "已阅读3页,还剩5页未读 继续免费阅读\n下载本文档\n"
        "关于全市科技创新工作情况的汇报 酒泉市科学技术局 (2012 年 5 月 8 日) "
        "近年来,我市坚持把科技创新摆在突出位置。截至目前,全市拥有高新技术企业14家,"
        "省级工程技术研究中心9家,科技创新能力稳步提升。"
    )
    meta = describe(page, "b2f0.txt", gazetteer)
    assert meta.published_on == datetime.date(2012, 5, 8)
    assert meta.report_year == 2012
    # the date a cited document carries after its 《》 is that document's
    cited = page.replace("(2012 年 5 月 8 日)", "依据《酒泉市科技创新条例》(2012 年 5 月 8 日)")
    assert describe(cited, "b2f0.txt", gazetteer).published_on is None


def test_a_day_first_timestamp_is_no_headline(gazetteer: Gazetteer) -> None:
    page = (
        "常德经济技术开发区工业总产值首破五百亿元\n\n17.05.2019  09:12\n\n"
        "  湖南日报讯 去年,常德经济技术开发区企业加快转型升级,工业总产值突破五百亿元。"
        "去年以来,开发区坚持创新驱动,开发区高新技术企业已达45家,园区研发平台达到38个,"
        "开发区技术合同成交额2.6亿元。"
    )
    meta = describe(page, "c3d9.txt", gazetteer)
    assert meta.title != "17.05.2019 09:12"
    # the text opens on the zone and keeps to it: the zone's page
    assert (meta.city_zh, meta.city_basis) == ("常德经济技术开发区", "zone")
    assert meta.published_on == datetime.date(2019, 5, 17)


def test_a_text_that_makes_its_years_results_known_reports_on_that_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "绍兴晒出科技创新年度成绩单\n"
        "近日,绍兴市科技局召开新闻发布会,通报2019年全市科技创新主要指标完成情况。"
        "去年,全市高新技术企业达到1236家,同比增长21.5%;技术合同成交额增长30%。"
    )
    meta = describe(page, "d4e1.txt", gazetteer)
    assert (meta.report_year, meta.years_basis) == (2019, "dated_statement")
    # a province publishing a year's monitoring results speaks of another body's year
    province = (
        "苏州科技进步水平继续领先\n日前,省科技厅发布了2018年全省科技进步统计监测结果,"
        "苏州连续多年位居全省第一。预计2019年全社会研发投入占GDP比重达2.9%,"
        "2019年全市新增高新技术企业1000家以上。"
    )
    assert describe(province, "e5f2.txt", gazetteer).years_basis != "dated_statement"


def test_a_page_on_its_citys_zone_may_name_the_zone_once_by_its_place(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "高新区科创局:科技赋能打造创新高地\n"
        "近日,从高新区科技创新局获悉,近年来,高新区科创工作取得突破性进展。到目前为止,"
        "高新区高新技术企业总数达42家,国家科技型中小企业81家。下一步,高新区将深入实施"
        "创新驱动发展战略。衡水高新区科技创新局局长表示,要加快建设创新平台。"
    )
    meta = describe(page, "f6a3.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("衡水高新技术产业开发区", "zone")
    # a zone of another place named by its place is not the page's own
    other = page.replace("衡水高新区科技创新局局长", "衡水市科技局局长").replace(
        "高新区将深入", "冀州高新区将深入"
    )
    assert describe(other, "f6a3.txt", gazetteer).zone != "衡水高新技术产业开发区"


def test_a_text_between_two_five_year_periods_is_written_in_the_first_ones_last_year(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "“十三五”期间,襄阳市坚持创新驱动发展,科技事业交出亮眼答卷——2017年、2018年先后获评"
        "全省科技创新先进市。预计今年全市高新技术企业达到550家,技术合同成交额突破60亿元。"
        "会上还介绍了“十四五”期间全市科技创新的发展思路。"
    )
    meta = describe(page, "a0b1.txt", gazetteer)
    assert (meta.report_year, meta.plan_year) == (2020, 2021)
    # without the next period named, the years it dates events by still date it
    alone = page.replace("会上还介绍了“十四五”期间全市科技创新的发展思路。", "")
    assert describe(alone, "a0b1.txt", gazetteer).report_year == 2018


def test_a_county_named_as_often_as_the_prefecture_it_is_judged_in_is_the_subject(
    gazetteer: Gazetteer,
) -> None:
    page = (
        "本报讯 在日前召开的新乡市科技创新大会上,长垣市获得科技创新先进县市称号,受到新乡市委、"
        "市政府表彰。长垣市近年来深入实施创新驱动战略,新增高新技术企业12家,实施新乡市级科技"
        "计划项目20项,3项指标均居新乡市各县(市)区首位。长垣市还申请加入新乡市科技贷款体系。"
    )
    assert describe(page, "c2d3.txt", gazetteer).city_zh == "长垣市"
    # met at the prefecture's meeting, the county is the news, each named once
    met = "近日,记者从新乡市科技工作会议上了解到,长垣市今年将新增高新技术企业10家,新建研发平台5个。"
    assert describe(met, "c2d4.txt", gazetteer).city_zh == "长垣市"
    # the prefecture's own text that names its parts as the best of its whole stays its own
    city = (
        "2021年,新乡市高新技术产业增加值增长12%。各县(市)区中,增速最快的是长垣市,"
        "高新技术企业最多的也是长垣市。"
    )
    assert describe(city, "c2d3.txt", gazetteer).city_zh == "新乡市"


def test_places_the_text_is_measured_against_do_not_speak_for_it(gazetteer: Gazetteer) -> None:
    # second only to another district: that district is a yardstick, not a part of the city
    # the text would be about
    page = (
        "2021年佛山市顺德区位列全国创新百强区第四,仅次于南海区。顺德经过多年发展,已形成先进"
        "制造业集群,顺德正处于科技创新引领高质量发展的关键时期。顺德区科技局坚持创新驱动,"
        "顺德区高新技术企业达到2100家,佛山市重点实验室落户顺德。"
    )
    assert describe(page, "e7f8.txt", gazetteer).city_zh == "顺德区"
    # taking the city's crown measures the district against the city: no 全市 of its own
    page = (
        "这里是龙子湖,蚌埠的科教新区。近年来,龙子湖区高新技术企业达到87家,"
        "龙子湖区技术合同成交额增长31.2%,总量与增速双双摘得全市桂冠。"
    )
    assert describe(page, "e7f9.txt", gazetteer).city_zh == "龙子湖区"


def test_a_year_together_with_the_first_batches_dates_the_text(gazetteer: Gazetteer) -> None:
    page = (
        "近日,全国高企认定办公布了第三批备案名单,连同2021年度前两批次名单,宜都市今年已有"
        "41家企业被认定为高新技术企业,全市高新技术企业总数达到118家。"
    )
    assert describe(page, "f1a2.txt", gazetteer).report_year == 2021
    # a year something was done before dates nothing: 2015年以前 is history
    before = page.replace("连同2021年度前两批次名单,", "2015年以前全市仅有20家,")
    assert describe(before, "f1a2.txt", gazetteer).report_year != 2015


# --- the sentence: kind, roll, carried change -------------------------------------------------


def test_a_goal_that_one_list_item_reaches_is_not_the_next_items(
    extractor: SentenceExtractor,
) -> None:
    text = "全区技术合同成交额3.2亿元,有望突破年度4亿元目标;发明专利授权量156件,增长12%。"
    facts = sentence_facts(extractor, text, CTX)
    assert ("invention_patent_grants", "actual", "level", 156.0, 2021) in facts
    assert ("invention_patent_grants", "actual", "growth_pct", 12.0, 2021) in facts
    # a goal that frames the list (a horizon, 力争:) goes on through its items
    framed = "到2025年,全区高新技术企业达到200家;技术合同成交额达到10亿元。"
    assert {f[1] for f in sentence_facts(extractor, framed, CTX)} == {"target"}
    listed = "力争:全区高新技术企业达到200家,实现年度目标;发明专利授权量达到300件。"
    assert {f[1] for f in sentence_facts(extractor, listed, CTX)} == {"target"}


def test_firms_that_join_a_kinds_own_roll_are_its_years_roll(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全区有86家企业加入国家科技型中小企业库,数量居全市第二。"
    assert sentence_facts(extractor, text, CTX) == {
        ("tech_smes", "actual", "level", 86.0, 2021),
        ("tech_smes", "actual", "rank", 2.0, 2021),
    }
    # a pool of candidates is no roll of the kind
    for pool in ("12家企业纳入高新技术企业后备库。", "2021年23家企业列入科技型中小企业培育库。"):
        assert sentence_facts(extractor, pool, CTX) == set()
    # joining something else is no joining of the kind
    text = "2021年全区12家高新技术企业加入产业技术创新联盟。"
    assert sentence_facts(extractor, text, CTX) == set()


def test_a_sentence_opening_on_a_bare_change_goes_on_from_the_figure_before(
    extractor: SentenceExtractor,
) -> None:
    before = "全县专利授权量85件,其中发明专利授权9项。"
    found, _ = extractor.extract("比上年增长125%,增幅居全市首位。", "summary", CTX, previous=before)
    assert {(f.indicator_code, f.measure, f.value) for f in found} == {
        ("invention_patent_grants", "growth_pct", 125.0)
    }
    # the change of the figure a sentence ended on, whatever its name
    found, _ = extractor.extract("同比增长18%。", "summary", CTX, previous="全县专利授权量85件。")
    assert {(f.indicator_code, f.measure, f.value) for f in found} == {
        ("patent_grants", "growth_pct", 18.0)
    }
    # …but not when another noun's figure ended it
    before = "全县高新技术企业达到36家,实现产值12亿元。"
    assert extractor.extract("同比增长18%。", "summary", CTX, previous=before)[0] == []


def test_the_standing_of_an_amounts_intensity_is_the_intensitys(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年,全市研发经费投入18.6亿元,投入强度位列全省第6位。"
    assert sentence_facts(extractor, text, CTX) == {
        ("rd_expenditure", "actual", "level", 1860000000.0, 2021),
        ("rd_intensity", "actual", "rank", 6.0, 2021),
    }
    # the standing said right after the amount is the amount's
    text = "2021年,全市研发经费投入18.6亿元,位列全省第6位。"
    assert ("rd_expenditure", "actual", "rank", 6.0, 2021) in sentence_facts(extractor, text, CTX)


def test_a_firm_the_sentence_opens_on_owns_its_figures_up_to_the_next_item(
    extractor: SentenceExtractor,
) -> None:
    # a firm called by its short name, after the time the sentence speaks of
    text = "目前,海康公司共获得授权专利320项,2021年申请发明专利就有45项。"
    assert sentence_facts(extractor, text, CTX) == set()
    # …but a list's next item, after a semicolon, is the issuer's again
    text = (
        "万向集团“新能源汽车电池关键技术”荣获2021年省科技进步一等奖;"
        "全年新增国家高新技术企业23家,技术合同成交额12.5亿元。"
    )
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "actual", "increment", 23.0, 2021),
        ("tech_contract_turnover", "actual", "level", 1250000000.0, 2021),
    }
