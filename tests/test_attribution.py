"""How a figure finds its indicator, phenomenon by phenomenon.

Every sentence here is written for the test (invented cities, other numbers and phrasings);
none comes from the seeds or the development corpus. Each test states a structural rule:
what may stand between an indicator and its figure, what a figure counts when a noun follows
it, where a clause without a subject takes its subject from, and how years are decided.
"""

from __future__ import annotations

import polars as pl
import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.extraction.extract import (
    DocContext,
    SentenceExtractor,
    extract_indicators,
    own_names,
)
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.segment import segment_documents

# an issuer reporting in early 2024 on 2023 and planning 2024
CTX = DocContext("doc", report_year=2023, plan_year=2024, current_year=2023)


@pytest.fixture(scope="module")
def extractor() -> SentenceExtractor:
    return SentenceExtractor(load_lexicon(), Gazetteer.load())


def facts(
    extractor: SentenceExtractor, text: str, section: str = "summary", ctx: DocContext = CTX
) -> set[tuple]:
    found, _ = extractor.extract(text, section, ctx)
    return {(f.indicator_code, f.year, f.kind, f.measure, f.comparator, f.value, f.qualifier)
            for f in found}  # fmt: skip


A = "actual"


# -- what may stand between an indicator and its figure -------------------------------------


@pytest.mark.parametrize(
    "text, code, measure, value",
    [
        ("全县高新技术企业已经达到74家", "high_tech_enterprises", "level", 74),
        ("科技型中小企业目前已达318家", "tech_smes", "level", 318),
        ("高新技术企业数量发展到205家", "high_tech_enterprises", "level", 205),
        ("截至年底,全区高新技术企业总数达到167家", "high_tech_enterprises", "level", 167),
        ("全市高新技术企业较上年增加了19家", "high_tech_enterprises", "increment", 19),
        ("高新技术企业实现净增23家", "high_tech_enterprises", "increment", 23),
    ],
)
def test_verbs_and_adverbs_between_do_not_break_the_link(
    extractor: SentenceExtractor, text: str, code: str, measure: str, value: float
) -> None:
    assert facts(extractor, text) == {(code, 2023, A, measure, "eq", value, None)}


def test_a_noun_of_its_own_between_breaks_the_link(extractor: SentenceExtractor) -> None:
    # the figure counts talents, products, revenue: nouns that are subjects of their own
    assert facts(extractor, "高新技术企业营业收入达到386亿元") == set()
    assert facts(extractor, "新认定高新技术企业31家,高新技术产品56个") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 31, None)
    }
    assert facts(extractor, "科技型中小企业吸纳就业3800人") == set()


def test_a_part_goes_on_with_the_noun_the_figure_before_counted(
    extractor: SentenceExtractor,
) -> None:
    # 其中 after a figure that counted listed firms: a part of those, not of the indicator
    assert facts(extractor, "全区科技型中小企业中共有57家挂牌企业,其中12家已在科创板上市") == set()
    # …but after the indicator's own figure, a part of the indicator still
    got = facts(extractor, "全区科技型中小企业达到157家,其中12家为今年新入库")
    assert (157.0, "level") in {(f[5], f[3]) for f in got}


def test_a_bracketed_figure_counts_the_head_of_its_label(extractor: SentenceExtractor) -> None:
    # “…(N家,增长X%)” labels: the noun heading the label is what is counted, here the firms
    # in the incubators (jieba reads 在孵 as a verb, which made 企业 look like its object)
    sentence = "监测结果显示,众创空间在孵团队数量(86个,增长12.5%)、高新技术企业数量(64家,增长8.2%)"
    assert {(f[0], f[3], f[5]) for f in facts(extractor, sentence)} == {
        ("high_tech_enterprises", "level", 64),
        ("high_tech_enterprises", "growth_pct", 8.2),
    }
    assert facts(extractor, "孵化器在孵企业(240家)") == set()
    assert {f[5] for f in facts(extractor, "科技企业孵化器数量(9家)")} == {9}


def test_attribute_nouns_and_the_indicators_own_words_do_not_compete(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "技术合同成交额规模达到14.3亿元") == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 1_430_000_000, None)
    }
    # 贷款 and 贷款额 restate what 科技贷 is; 企业 restates 科技型中小企业
    assert facts(extractor, "“科技贷”累计发放贷款2.6亿元") == {
        ("tech_finance_loans", 2023, A, "level", "eq", 260_000_000, None)
    }
    assert facts(extractor, "科技型中小企业入库企业386家") == {
        ("tech_smes", 2023, A, "level", "eq", 386, None)
    }


def test_bracketed_glosses_and_spaces_inside_a_name(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全社会研究与试验发展(R&D)经费投入31.4亿元") == {
        ("rd_expenditure", 2023, A, "level", "eq", 3_140_000_000, None)
    }
    assert facts(extractor, "全区 R&D 经费占 GDP 比重达 2.96%") == {
        ("rd_intensity", 2023, A, "share_pct", "eq", 2.96, None)
    }
    # a remark in brackets between the name and its figure
    assert facts(extractor, "全市研发经费(统计快报数)支出58.2亿元") == {
        ("rd_expenditure", 2023, A, "level", "eq", 5_820_000_000, None)
    }


# -- what a figure counts when a noun follows it ---------------------------------------------


def test_a_figure_before_a_noun_counts_that_noun(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "帮助46家企业申请贷款") == set()
    assert facts(extractor, "128家高新技术企业享受税收优惠3.1亿元") == set()
    assert facts(extractor, "全年认定12家省级重点实验室") == {
        ("key_laboratories", 2023, A, "increment", "eq", 12, "省级")
    }


def test_a_noun_joins_the_indicator_through_a_verb(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "27家企业被认定为国家高新技术企业") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 27, "国家级")
    }
    assert facts(extractor, "6个项目获得省科学技术进步奖") == {
        ("science_awards", 2023, A, "level", "eq", 6, "省级")
    }


def test_a_figure_followed_by_its_verb_is_the_subject(extractor: SentenceExtractor) -> None:
    # 9家入选全省百强: nine of them were selected; not a count of the indicator
    assert facts(extractor, "高新技术企业达到240家,其中9家入选全省百强") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 240, None)
    }


def test_applications_and_renewals_are_not_counts(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "推荐申报高新技术企业63家") == set()
    assert facts(extractor, "组织企业申报高新技术企业,新认定29家,重新认定17家") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 29, None)
    }


def test_measure_words_name_the_kind_of_count(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "2万余人次参加科技活动,科技型中小企业达到412户") == {
        ("tech_smes", 2023, A, "level", "eq", 412, None)
    }
    # a decimal is no count of enterprises: 每万家企业中高新技术企业12.6家 is a density
    assert facts(extractor, "每万家企业中高新技术企业12.6家") == set()


# -- clauses without a subject of their own ----------------------------------------------------


def test_the_previous_figure_goes_on(extractor: SentenceExtractor) -> None:
    assert facts(
        extractor, "新增国家高新技术企业64家,总数达到353家,其中省级以上研发机构覆盖率80%"
    ) >= {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 64, "国家级"),
        ("high_tech_enterprises", 2023, A, "level", "eq", 353, "国家级"),
    }


def test_the_indicator_the_previous_clause_named_goes_on(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "深入开展科技型中小企业评价工作,全年入库319家") == {
        ("tech_smes", 2023, A, "level", "eq", 319, None)
    }


def test_the_indicator_a_sentence_before_named(extractor: SentenceExtractor) -> None:
    found, _ = extractor.extract(
        "总数达到96家,同比增长28%", "summary", CTX, previous="全县高新技术企业数量稳步增长"
    )
    assert {(f.indicator_code, f.measure, f.value) for f in found} == {
        ("high_tech_enterprises", "level", 96),
        ("high_tech_enterprises", "growth_pct", 28),
    }
    # …but not when the sentence opens with a subject of its own
    found, _ = extractor.extract(
        "引进人才团队12个", "summary", CTX, previous="全县高新技术企业数量稳步增长"
    )
    assert found == []


def test_a_demonstrative_takes_up_the_figure_the_sentence_before_gave(
    extractor: SentenceExtractor,
) -> None:
    before = "2021年,全区技术合同成交额为8.6亿元,创历史新高。"
    sentence = "2022年,该数据增至10.2亿元,同比增长18.6%。"
    found, _ = extractor.extract(sentence, "summary", CTX, previous=before)
    assert {(f.indicator_code, f.year, f.measure, f.value) for f in found} == {
        ("tech_contract_turnover", 2022, "level", 1.02e9),
        ("tech_contract_turnover", 2022, "growth_pct", 18.6),
    }
    # without the demonstrative a noun of its own is the subject
    found, _ = extractor.extract("2022年,引进人才增至102人。", "summary", CTX, previous=before)
    assert found == []


# -- rates, shares, declines, percentage points -------------------------------------------------


def test_declines_are_negative_growth(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全市专利授权量1863件,同比下降6.4%") == {
        ("patent_grants", 2023, A, "level", "eq", 1863, None),
        ("patent_grants", 2023, A, "growth_pct", "eq", -6.4, None),
    }
    assert facts(extractor, "技术合同成交额较上年减少12%") == {
        ("tech_contract_turnover", 2023, A, "growth_pct", "eq", -12, None)
    }


def test_a_share_that_rises_to_a_value_is_a_share(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "研发投入占地区生产总值比重提高到2.38%") == {
        ("rd_intensity", 2023, A, "share_pct", "eq", 2.38, None)
    }
    assert facts(extractor, "高新技术产业增加值占规上工业比重由41.3%提升到44.9%") == {
        ("high_tech_industry_share", 2023, A, "share_pct", "eq", 44.9, None)
    }


def test_a_share_of_firms_revenue_is_no_intensity(extractor: SentenceExtractor) -> None:
    # R&D intensity is a share of GDP and the high-tech share one of value added: the same
    # spending or output taken as a share of what firms sell is another measure
    for text, figure in (
        ("全县研发经费支出占营业收入的比重达到1.6%", "1.6%"),
        ("研发投入占主营收入的比例提高到2.4%", "2.4%"),
        ("全区研究与试验发展经费支出占主营业务收入的比值从1.5%增加到2.1%", "2.1%"),
        ("高新技术产业增加值占规上工业销售收入比重为38.5%", "38.5%"),
        ("全市研发经费内部支出与主营业务收入之比为0.9%", "0.9%"),
    ):
        found, unmapped = extractor.extract(text, "summary", CTX)
        assert found == [], text
        assert figure in [q.raw_text for q, _ in unmapped], text
    # a share of the city's own spending is no intensity either, whatever the clause names
    # before its 占 (工业 of 工业企业 is no base)
    found, _ = extractor.extract("规模以上工业企业研发经费支出占全市的95%", "summary", CTX)
    assert found == []
    # …while the economy's own base still makes one
    assert facts(extractor, "全县研发经费支出占地区生产总值的比重达到1.6%") == {
        ("rd_intensity", 2023, A, "share_pct", "eq", 1.6, None)
    }


def test_percentage_points_are_kept_apart(extractor: SentenceExtractor) -> None:
    found, unmapped = extractor.extract("R&D投入强度提升0.2个百分点,达到3.07%", "summary", CTX)
    assert [(f.indicator_code, f.measure, f.value) for f in found] == [
        ("rd_intensity", "share_pct", 3.07)
    ]
    assert [q.unit for q, _ in unmapped] == ["percentage_point"]


def test_growth_in_words_and_in_times(extractor: SentenceExtractor) -> None:
    # a doubling is no year's growth rate: it is kept as an unmapped figure
    found, unmapped = extractor.extract("技术合同成交额实现翻番", "summary", CTX)
    assert found == [] and [(q.raw_text, q.value) for q, _ in unmapped] == [("翻番", 100)]
    assert facts(extractor, "科技型中小企业数量增长1.5倍") == {
        ("tech_smes", 2023, A, "growth_pct", "eq", 150, None)
    }
    # 是基期的3倍 is a ratio to a base year, not a growth rate
    assert facts(extractor, "技术合同成交额是2018年的3倍") == set()


def test_an_intensity_goes_on_from_the_spending(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全社会研发投入12.7亿元,投入强度1.86%") == {
        ("rd_expenditure", 2023, A, "level", "eq", 1_270_000_000, None),
        ("rd_intensity", 2023, A, "share_pct", "eq", 1.86, None),
    }


# -- lists ------------------------------------------------------------------------------------


def test_lists_with_fenbie_pair_in_order(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "发明专利申请量和授权量分别为2140件和512件,分别增长9.1%和15.3%")
    assert got == {
        ("invention_patent_applications", 2023, A, "level", "eq", 2140, None),
        ("invention_patent_grants", 2023, A, "level", "eq", 512, None),
        ("invention_patent_applications", 2023, A, "growth_pct", "eq", 9.1, None),
        ("invention_patent_grants", 2023, A, "growth_pct", "eq", 15.3, None),
    }


def test_jun_gives_every_listed_figure_the_rank(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "新增省级众创空间4家、省级星创天地6家,均居全省第二")
    assert ("maker_spaces", 2023, A, "rank", "eq", 2, "省级") in got
    assert ("star_innovation_bases", 2023, A, "rank", "eq", 2, "省级") in got


def test_ge_gives_each_listed_indicator_the_figure(extractor: SentenceExtractor) -> None:
    # (the scope word before the list is each item's)
    assert facts(extractor, "新增国家级科技企业孵化器、众创空间各2家") == {
        ("incubators", 2023, A, "increment", "eq", 2, "国家级"),
        ("maker_spaces", 2023, A, "increment", "eq", 2, "国家级"),
    }


def test_a_count_over_a_list_of_kinds_belongs_to_none(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "建成企业技术中心、工程研究中心和重点实验室共45家") == set()
    assert facts(extractor, "培育新型研发机构和星创天地15家") == set()


# -- ranks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["技术合同成交额8.2亿元,跃居全省第一", "技术合同成交额8.2亿元、全省第一",
     "技术合同成交额8.2亿元(列全省首位)"],
)  # fmt: skip
def test_ranks_phrased_in_several_ways(extractor: SentenceExtractor, text: str) -> None:
    assert ("tech_contract_turnover", 2023, A, "rank", "eq", 1, None) in facts(extractor, text)


def test_a_rank_of_a_share_belongs_to_the_share(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全社会研发投入占GDP比重保持全省第二") == {
        ("rd_intensity", 2023, A, "rank", "eq", 2, None)
    }


def test_a_second_standing_among_some_peers_is_not_the_figures(
    extractor: SentenceExtractor,
) -> None:
    # the first standing (in the whole city) is the figure's; the one after it, in a group of
    # districts, ranks it among some of its peers. Two whole areas are two standings.
    text = "全区技术合同成交额3.6亿元,列全市第5位,列中心城区第2位"
    assert {f for f in facts(extractor, text) if f[3] == "rank"} == {
        ("tech_contract_turnover", 2023, A, "rank", "eq", 5, None)
    }
    text = "全区技术合同成交额3.6亿元,列全市第5位、全省第31位"
    assert {f[5] for f in facts(extractor, text) if f[3] == "rank"} == {5, 31}


def test_the_number_standing_is_the_count_just_given(extractor: SentenceExtractor) -> None:
    # "数量" names the count just given, across a clause that names something else
    text = "全区新增省级众创空间6家,完成绩效评价、建立台账,数量居全市第一"
    assert ("maker_spaces", 2023, A, "rank", "eq", 1, "省级") in facts(extractor, text)
    # …but not when another figure came between (the standing is that figure's)
    text = "全区新增省级众创空间6家,其中专业化众创空间2家,数量居全市第一"
    assert all(f[3] != "rank" for f in facts(extractor, text))


# -- other places and sub-areas ---------------------------------------------------------------


def test_other_places_and_sub_areas_are_left_out(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全省新型研发机构总数达到310家") == set()
    assert facts(extractor, "高新区新增高新技术企业18家") == set()
    # a clause without a subject goes on speaking of the sub-area the sentence began with
    assert facts(extractor, "经开区实现技术合同成交额4.2亿元,新增高新技术企业9家") == set()
    # …until the issuer speaks of itself again
    assert facts(extractor, "高新区新增高新技术企业9家;全市新增高新技术企业41家") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 41, None)
    }


def test_a_sub_area_opening_a_comma_run_owns_the_indicators_named_in_it(
    extractor: SentenceExtractor,
) -> None:
    sentence = (
        "保税区全年进出口额突破80亿元,研发投入强度达到3.9%,有效期内高新技术企业62家;"
        "全县研发投入强度2.2%,高新技术企业总数达到205家"
    )
    assert {(f[0], f[5]) for f in facts(extractor, sentence)} == {
        ("rd_intensity", 2.2),
        ("high_tech_enterprises", 205),
    }
    # the run ends at ";": the next segment, opening on an indicator, is the issuer's again
    assert {
        (f[0], f[5]) for f in facts(extractor, "经开区新增企业研发中心5家;研发投入强度达到2.4%")
    } == {("rd_intensity", 2.4)}


def test_a_level_named_with_a_place_is_no_other_place(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "新增湖南省重点实验室7家") == {
        ("key_laboratories", 2023, A, "increment", "eq", 7, "省级")
    }


def test_the_issuers_own_name_is_no_other_place() -> None:
    extractor = SentenceExtractor(load_lexicon(), Gazetteer.load())
    ctx = DocContext("doc", 2023, 2024, own_names("大理白族自治州"), 2023)
    found, _ = extractor.extract("大理州高新技术企业达到121家", "summary", ctx)
    assert [(f.indicator_code, f.value) for f in found] == [("high_tech_enterprises", 121)]


# -- years and kinds ----------------------------------------------------------------------------


def test_relative_years_count_from_the_documents_today(extractor: SentenceExtractor) -> None:
    # a news item of early 2024: 去年 is 2023, 今年 is 2024
    news = DocContext("doc", report_year=2023, plan_year=2024, current_year=2024)
    assert facts(extractor, "去年全市新增高新技术企业57家", ctx=news) == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 57, None)
    }
    assert facts(extractor, "今年力争新增高新技术企业60家", ctx=news) == {
        ("high_tech_enterprises", 2024, "target", "increment", "eq", 60, None)
    }
    assert facts(extractor, "今年以来新增科技型中小企业88家", ctx=news) == {
        ("tech_smes", 2024, A, "increment", "eq", 88, None)
    }


def test_a_base_year_is_not_the_figures_year(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全市技术合同成交额19.6亿元,是2015年的4倍,较2022年增长23%")
    assert {f[1] for f in got} == {2023}


def test_a_from_to_start_dated_in_the_phrase_keeps_its_year(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "R&D投入强度由2020年的1.62%提高到2.05%") == {
        ("rd_intensity", 2020, A, "share_pct", "eq", 1.62, None),
        ("rd_intensity", 2023, A, "share_pct", "eq", 2.05, None),
    }


def test_a_year_named_with_the_award(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "5个项目荣获2022年度省科学技术奖") == {
        ("science_awards", 2022, A, "level", "eq", 5, "省级")
    }
    # …or in brackets right after the award's name
    assert facts(extractor, "全县获得3个省级科技进步奖(2021年度),其中一等奖1项") == {
        ("science_awards", 2021, A, "level", "eq", 3, "省级")
    }


def test_looking_back_on_a_target_sets_none(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "超额完成年度目标,新增高新技术企业35家") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 35, None)
    }


def test_previous_sentence_is_read_in_the_document_frame() -> None:
    docs = pl.DataFrame({
        "document_id": ["d"], "report_year": [2023], "plan_year": [2024],
        "text": ["一、2023年工作总结\n全市科技型中小企业量质齐升。总数达到1204家。"],
    })  # fmt: skip
    facts_df, _ = extract_indicators(segment_documents(docs), docs)
    assert facts_df.select("indicator_code", "value").rows() == [("tech_smes", 1204.0)]


# -- more structure ---------------------------------------------------------------------------


def test_a_verbs_objects_listed_over_clauses(extractor: SentenceExtractor) -> None:
    # 争取 governs both the projects and the money of the next clause
    assert facts(extractor, "争取国家和省科技项目38项,各类资金6400万元") == {
        ("sci_tech_funds_secured", 2023, A, "level", "eq", 64_000_000, None)
    }


def test_a_milestone_passed_then_the_figure(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "技术合同成交额突破50亿元大关,达到53.6亿元") == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 5_360_000_000, None)
    }
    # a milestone alone is the figure, as a lower bound
    assert facts(extractor, "技术合同成交额首次突破10亿元大关") == {
        ("tech_contract_turnover", 2023, A, "level", "gte", 1_000_000_000, None)
    }


def test_a_name_in_brackets_glosses_the_noun_before_it(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "新增农村创业园地(星创天地)12家") == set()


def test_a_noun_before_the_indicator_narrows_it(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "规上工业高新技术企业达到96家") == set()
    # scope words, the issuer and the indicator's own words do not narrow
    assert facts(extractor, "全地区高新技术企业总数达到57家") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 57, None)
    }


def test_a_figure_right_after_a_compared_place_is_that_places(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "R&D投入强度1.34%,低于全省2.1%的平均水平") == {
        ("rd_intensity", 2023, A, "share_pct", "eq", 1.34, None)
    }


def test_listed_numbers_share_the_unit_and_a_year_range(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "2019-2021年,全市技术合同成交额分别为8.1、9.6、12.3亿元")
    assert got == {
        ("tech_contract_turnover", 2019, A, "level", "eq", 810_000_000, None),
        ("tech_contract_turnover", 2020, A, "level", "eq", 960_000_000, None),
        ("tech_contract_turnover", 2021, A, "level", "eq", 1_230_000_000, None),
    }


def test_measure_words_are_whole_words(extractor: SentenceExtractor) -> None:
    # 增加 inside 增加值 says nothing about the figure after it
    assert facts(extractor, "高新技术产业增加值占GDP比重为9.2%,全县研发投入1.3亿") >= {
        ("rd_expenditure", 2023, A, "level", "eq", 130_000_000, None)
    }


def test_a_stock_sentence_makes_its_verbs_levels(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全市累计建成省级重点实验室21家、新型研发机构9家") == {
        ("key_laboratories", 2023, A, "level", "eq", 21, "省级"),
        ("new_rd_institutions", 2023, A, "level", "eq", 9, None),
    }
    assert facts(extractor, "全年建成新型研发机构4家") == {
        ("new_rd_institutions", 2023, A, "increment", "eq", 4, None)
    }


def test_a_status_renewed_every_year_is_counted_as_a_level(extractor: SentenceExtractor) -> None:
    # 科技型中小企业 are evaluated every year: the year's registrations are the stock
    assert facts(extractor, "全年评价入库科技型中小企业642家") == {
        ("tech_smes", 2023, A, "level", "eq", 642, None)
    }
    assert facts(extractor, "新增科技型中小企业120家") == {
        ("tech_smes", 2023, A, "increment", "eq", 120, None)
    }


def test_an_indicator_that_names_a_kind_of_something_else(extractor: SentenceExtractor) -> None:
    # 科技特派员工作站 are stations, not commissioners
    assert facts(extractor, "建成18个科技特派员工作站") == set()


def test_an_elliptic_clause_goes_on_with_the_place_before(extractor: SentenceExtractor) -> None:
    # 开发区实现…,研发投入…: the second clause leaves the verb and the subject out
    assert facts(extractor, "开发区实现技术合同成交额6.2亿元,研发投入3.1亿元") == set()
    assert facts(extractor, "开发区实现技术合同成交额6.2亿元,全市研发投入3.1亿元") == {
        ("rd_expenditure", 2023, A, "level", "eq", 310_000_000, None)
    }


def test_rates_listed_with_fenbie_skip_figures_that_are_no_facts(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全市高新技术企业达到142家,瞪羚企业达到9家,分别同比增长18%和50%")
    assert ("high_tech_enterprises", 2023, A, "growth_pct", "eq", 18, None) in got
    assert not any(f[3] == "growth_pct" and f[5] == 50 for f in got)


def test_a_growth_noun_names_a_growth_rate(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "技术合同成交额达到18亿元,增幅保持15%以上") == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 1_800_000_000, None),
        ("tech_contract_turnover", 2023, A, "growth_pct", "gte", 15, None),
    }


def test_a_sum_since_an_earlier_year_is_no_years_fact(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "2020年以来,全市累计新增高新技术企业210家") == set()
    # …while this year's own figures stand
    assert facts(extractor, "今年以来,全市新增高新技术企业47家") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 47, None)
    }


def test_an_application_verb_governs_its_list(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "新申报省级众创空间2家,省级科技企业孵化器1家") == set()


def test_fenbie_pairs_listed_items_some_of_which_are_no_indicators(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "科技型中小企业、“专精特新”企业、高新技术企业分别达到512家、61家、208家")
    assert got == {
        ("tech_smes", 2023, A, "level", "eq", 512, None),
        ("high_tech_enterprises", 2023, A, "level", "eq", 208, None),
    }


def test_the_issuers_province_names_a_programme() -> None:
    extractor = SentenceExtractor(load_lexicon(), Gazetteer.load())
    ctx = DocContext(
        "doc", 2023, 2024, own_names("桂林市"), 2023, frozenset({"广西壮族自治区", "广西"})
    )
    found, _ = extractor.extract("高新技术企业、广西“瞪羚企业”分别达到380家、21家", "summary", ctx)
    assert [(f.indicator_code, f.value) for f in found] == [("high_tech_enterprises", 380)]
    # the province's own figure stays the province's
    found, _ = extractor.extract("广西高新技术企业达到1.3万家", "summary", ctx)
    assert found == []


def test_a_later_year_reached_is_an_actual_and_one_aimed_at_a_target(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("doc", report_year=2022, plan_year=2023, current_year=2023)
    got = facts(extractor, "全市高新技术企业由2020年的150家增长至2023年的236家", ctx=ctx)
    assert ("high_tech_enterprises", 2023, A, "level", "eq", 236, None) in got
    assert facts(extractor, "到2025年,全市高新技术企业达到400家", ctx=ctx) == {
        ("high_tech_enterprises", 2025, "target", "level", "eq", 400, None)
    }


def test_a_rate_of_what_is_compared_is_not_ours(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "高新技术产业增加值增长9%,低于规上工业增加值增速(11.2%)2.2个百分点")
    assert got == {("high_tech_industry_value_added", 2023, A, "growth_pct", "eq", 9, None)}


# -- rates after figures that are no facts, levels in pairs, standings of a growth -----------


def test_a_rate_after_another_things_amount_is_that_things(extractor: SentenceExtractor) -> None:
    # the subsidy, not the enterprises, grew; the share is of the firms reporting, not of GDP
    assert facts(extractor, "高新技术企业享受所得税减免2350万元,同比增长61.2%") == set()
    assert facts(extractor, "研发经费统计在库单位412家,占规上工业企业的比例为37.5%") == set()


def test_a_share_of_another_total_does_not_lend_its_change(extractor: SentenceExtractor) -> None:
    got = facts(
        extractor,
        "全区研发经费投入总量12.6亿元,增长18.3%;占全市总量的比重为9.1%,比上年提高1.4%;"
        "研发投入强度为2.07%,比上年提高0.12%,居全市第三",
    )
    assert got == {
        ("rd_expenditure", 2023, A, "level", "eq", 1_260_000_000, None),
        ("rd_expenditure", 2023, A, "growth_pct", "eq", 18.3, None),
        ("rd_intensity", 2023, A, "share_pct", "eq", 2.07, None),
        ("rd_intensity", 2023, A, "rank", "eq", 3, None),
    }


def test_two_levels_then_two_figures_pair_in_order(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "现有国家级、省级星创天地4家、15家") == {
        ("star_innovation_bases", 2023, A, "level", "eq", 4, "国家级"),
        ("star_innovation_bases", 2023, A, "level", "eq", 15, "省级"),
    }


def test_the_standing_of_a_growth_is_no_standing_of_the_indicator(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "技术合同成交额增长41%,增速位列全省第二")
    assert got == {("tech_contract_turnover", 2023, A, "growth_pct", "eq", 41, None)}


def test_an_estimate_for_a_later_year_is_a_target(extractor: SentenceExtractor) -> None:
    ctx = DocContext("doc", report_year=2023, plan_year=2024, current_year=2024)
    # written early in 2024: 今年 is still ahead
    assert facts(extractor, "今年预计高新技术企业数量突破300家", ctx=ctx) == {
        ("high_tech_enterprises", 2024, "target", "level", "gte", 300, None)
    }
    # written at the end of 2023: the year looked back on, estimated
    ctx = DocContext("doc", report_year=2023, plan_year=2024, current_year=2023)
    assert facts(extractor, "今年预计高新技术企业数量突破300家", ctx=ctx) == {
        ("high_tech_enterprises", 2023, A, "level", "gte", 300, None)
    }


def test_quotation_marks_do_not_split_a_name(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "认定省级科技“小巨人”企业9家") == {
        ("tech_giant_enterprises", 2023, A, "increment", "eq", 9, "省级")
    }
    # the ministry's programme of the same nickname is another indicator
    assert facts(extractor, "新增国家级专精特新“小巨人”企业5家") == set()


def test_a_chain_of_subjectless_sentences_keeps_the_indicator() -> None:
    docs = pl.DataFrame({
        "document_id": ["d"], "report_year": [2023], "plan_year": [2024],
        "text": ["一、2023年工作总结\n科技型中小企业入库数量逐年攀升。2021年入库310家。"
                 "2022年入库402家。2023年入库515家。"],
    })  # fmt: skip
    facts_df, _ = extract_indicators(segment_documents(docs), docs)
    assert facts_df.select("indicator_code", "year", "value").rows() == [
        ("tech_smes", 2021, 310.0),
        ("tech_smes", 2022, 402.0),
        ("tech_smes", 2023, 515.0),
    ]


def test_a_total_adverb_makes_built_things_a_stock(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全县共建成省级重点实验室6家") == {
        ("key_laboratories", 2023, A, "level", "eq", 6, "省级")
    }
    # a yearly procedure stays the year's count, however it is totalled
    assert facts(extractor, "全年共认定高新技术企业52家") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 52, None)
    }


def test_joined_to_a_pool_named_after_the_indicator_is_not_joined(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "甲公司、乙科技等9家企业纳入市级科技小巨人企业培育库") == set()
    assert facts(extractor, "9家企业被认定为市级科技小巨人企业") == {
        ("tech_giant_enterprises", 2023, A, "increment", "eq", 9, "市级")
    }


def test_a_growth_over_a_span_of_years_is_no_years_growth(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "技术合同成交额由2019年的8.2亿元增长到2023年的30.5亿元,增长了2.7倍")
    assert got == {
        ("tech_contract_turnover", 2019, A, "level", "eq", 820_000_000, None),
        ("tech_contract_turnover", 2023, A, "level", "eq", 3_050_000_000, None),
    }


def test_an_undated_target_in_a_look_back_is_for_the_year_ahead(
    extractor: SentenceExtractor,
) -> None:
    text = "2024年力争全社会研发投入达到61亿元;新增高新技术企业70家,总量突破420家"
    written_later = DocContext("doc", report_year=2023, plan_year=2024, current_year=None)
    assert facts(extractor, text, ctx=written_later) == {
        ("rd_expenditure", 2024, "target", "level", "eq", 6_100_000_000, None),
        ("high_tech_enterprises", 2024, "target", "increment", "eq", 70, None),
        ("high_tech_enterprises", 2024, "target", "level", "gte", 420, None),
    }
    # written during its report year: 力争 speaks of that same year
    during = DocContext("doc", report_year=2023, plan_year=2024, current_year=2023)
    got = facts(extractor, "全年力争新增高新技术企业70家", ctx=during)
    assert got == {("high_tech_enterprises", 2023, "target", "increment", "eq", 70, None)}


def test_a_kind_with_its_alternative_in_brackets_is_one_count(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "建成科技企业孵化器(众创空间)12家") == set()
    # (a look-back's 建成 with no word of the year's work states what stands built)
    assert facts(extractor, "建成科技企业孵化器12家") == {
        ("incubators", 2023, A, "level", "eq", 12, None)
    }


def test_an_organisation_named_after_a_county_is_no_scope_for_what_follows(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("doc", 2023, 2024, own_names("安顺市"), 2023)
    text = "紫云县农业技术推广站项目获省科技进步奖;全年新增高新技术企业17家"
    assert facts(extractor, text, ctx=ctx) == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 17, None)
    }
    # the county itself as the subject: its figure is not the city's
    assert facts(extractor, "紫云县新增高新技术企业3家", ctx=ctx) == set()


def test_only_the_head_of_a_name_restates_it(extractor: SentenceExtractor) -> None:
    # 在孵企业 are the firms an incubator houses, not incubators: 企业 is no head of 孵化器
    got = facts(extractor, "全市省级科技企业孵化器已有9家,在孵企业260家,众创空间达到21家")
    assert got == {
        ("incubators", 2023, A, "level", "eq", 9, "省级"),
        ("maker_spaces", 2023, A, "level", "eq", 21, None),
    }
    # 企业 is the head of 高新技术企业: the count goes on with it
    assert facts(extractor, "高新技术企业发展迅速,企业总数达到318家") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 318, None)
    }


def test_firms_that_became_something_else_are_no_count_of_their_kind(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "甲药业、乙动保2家高新技术企业被评为省级制造业单项冠军") == set()
    # …but when what they became is an indicator, they count for it
    assert facts(extractor, "7家科技型中小企业被认定为高新技术企业") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 7, None)
    }


def test_a_list_of_the_best_is_a_title_of_its_own(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "甲制造、乙科技等6家企业获评市高新技术企业50强") == set()
    assert facts(extractor, "6家企业获评市高新技术企业") == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 6, "市级")
    }


def test_growth_over_several_years_is_no_years_growth(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全县高新技术企业达到63家,近五年增长3倍") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 63, None)
    }
    # against a base three years back (the report is 2023's)
    assert facts(extractor, "技术合同成交额达到41亿元,较2020年增长150%") == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 4_100_000_000, None)
    }
    # the span said right after the rate: from one year's figure to another's
    got = facts(extractor, "科技型中小企业数量增长两倍多,从2016年的120家增加到2023年的380家")
    assert {f[3] for f in got} == {"level"}
    # against the year before: a year's growth
    assert facts(extractor, "技术合同成交额达到41亿元,较2022年增长15%") == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 4_100_000_000, None),
        ("tech_contract_turnover", 2023, A, "growth_pct", "eq", 15, None),
    }


def test_a_roster_appointed_each_year_is_a_level(extractor: SentenceExtractor) -> None:
    # commissioners are chosen for the year: the roster is the year's count, whatever the verb
    assert facts(extractor, "认定市级科技特派员150名、法人科技特派员2家") == {
        ("sci_tech_commissioners", 2023, A, "level", "eq", 150, "市级"),
        ("sci_tech_commissioners", 2023, A, "level", "eq", 2, None),
    }


def test_the_parts_and_rank_of_an_application_count_are_applications_too(
    extractor: SentenceExtractor,
) -> None:
    assert (
        facts(extractor, "全市科技型中小企业共申报58家,其中市区40家,县域18家,申报数量居全省第三")
        == set()
    )
    # the same shape about firms that are: each part is a fact
    got = facts(extractor, "全市高新技术企业共有58家,其中国家级40家")
    assert {(f[0], f[5], f[6]) for f in got} == {
        ("high_tech_enterprises", 58, None),
        ("high_tech_enterprises", 40, "国家级"),
    }


def test_ranks_listed_with_fenbie_go_to_the_indicators_in_order(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全县技术合同成交额、发明专利授权量分别位居全市第三、第五位")
    assert {(f[0], f[5]) for f in got if f[3] == "rank"} == {
        ("tech_contract_turnover", 3),
        ("invention_patent_grants", 5),
    }
    # one rank for a list shared by all (均, or no 分别)
    got = facts(extractor, "全县研发经费投入总量、研发投入强度均列全市第一")
    assert {(f[0], f[5]) for f in got if f[3] == "rank"} == {
        ("rd_expenditure", 1),
        ("rd_intensity", 1),
    }


def test_a_milestone_after_the_exact_figure_is_no_second_fact(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全区专利授权量达到2136件,首次跨越2000件大关")
    assert {(f[0], f[4], f[5]) for f in got} == {("patent_grants", "eq", 2136)}
    # alone, the milestone is the only figure and says at least that much
    got = facts(extractor, "全区技术合同成交额突破30亿元大关")
    assert {(f[0], f[4], f[5]) for f in got} == {("tech_contract_turnover", "gte", 3e9)}


def test_the_whole_society_does_not_narrow_an_indicator(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全社会技术合同交易总额达到7.4亿元")
    assert {(f[0], f[5]) for f in got} == {("tech_contract_turnover", 7.4e8)}
    # a noun that names a part does: industrial firms are not the whole
    assert facts(extractor, "工业企业技术合同交易总额达到7.4亿元") == set()


def test_will_reach_sets_a_goal_but_an_estimate_of_the_year_end_does_not(
    extractor: SentenceExtractor,
) -> None:
    goal = facts(extractor, "下阶段,全区科技型中小企业将达到260家,研发投入强度将突破2.5%")
    assert {(f[0], f[2]) for f in goal} == {("tech_smes", "target"), ("rd_intensity", "target")}
    estimate = facts(extractor, "全区科技型中小企业总数预计将达260家")
    assert {(f[0], f[2]) for f in estimate} == {("tech_smes", A)}
    year_end = facts(extractor, "预计全年新增科技型中小企业40家,总数将达到260家")
    assert {(f[0], f[2], f[5]) for f in year_end} == {("tech_smes", A, 40), ("tech_smes", A, 260)}
    # 将 as the object marker (将…纳入) or 将近 (nearly) is no future
    assert {f[2] for f in facts(extractor, "全区科技型中小企业将近260家")} == {A}


def test_a_plans_modal_yao_before_a_verb_of_reaching_sets_a_goal(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全年专利申请量要突破1500件,技术合同成交额要从上年的3亿元增加到4亿元")
    assert {(f[0], f[2], f[5]) for f in got if f[5] in (1500, 4e8)} == {
        ("patent_applications", "target", 1500),
        ("tech_contract_turnover", "target", 4e8),
    }
    # 要 inside 主要, 重要 or 需要 is no modal of the plan
    said = facts(extractor, "主要指标稳中有进,全年专利申请量达到1500件")
    assert {(f[0], f[2]) for f in said} == {("patent_applications", A)}


def test_a_self_word_of_another_kind_is_another_place(extractor: SentenceExtractor) -> None:
    city = DocContext("doc", 2023, 2024, frozenset({"许昌市", "许昌"}), 2023, kind="市")
    district = DocContext("doc", 2023, 2024, frozenset({"建安区", "建安"}), 2023, kind="区")
    sentence = "全区全年完成技术合同认定登记4.6亿元"
    # in a district's text 全区 is the issuer; in a city's, a district or a zone of it
    assert {f[5] for f in facts(extractor, sentence, ctx=district)} == {4.6e8}
    assert facts(extractor, sentence, ctx=city) == set()
    # 全市第一 in a district's text is a yardstick: the district's own figure stays
    got = facts(extractor, "全区研发投入强度达到3.1%,全市第一;技术合同成交额增长12%", ctx=district)
    assert ("rd_intensity", 3.1) in {(f[0], f[5]) for f in got}


def test_a_parks_indicator_and_the_year_headed_clauses_after_it(
    extractor: SentenceExtractor,
) -> None:
    city = DocContext("doc", 2023, 2024, frozenset({"许昌市", "许昌"}), 2023, kind="市")
    got = facts(extractor, "园区研发经费支出逐年增长,2022年研发投入9.8亿元,研发强度6.1%", ctx=city)
    assert got == set()


def test_a_milestone_passed_then_the_exact_figure(extractor: SentenceExtractor) -> None:
    ctx = DocContext("doc", 2023, 2024, frozenset({"龙华区", "龙华"}), 2023, kind="区")
    got = facts(
        extractor,
        "2023年龙华区技术合同成交额再创新高,首次突破五十亿元,达53.8亿元,同比增长12.5%",
        ctx=ctx,
    )
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("tech_contract_turnover", "level", 5.38e9),
        ("tech_contract_turnover", "growth_pct", 12.5),
    }


def test_the_twin_of_a_patent_count_may_open_the_next_clause(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "今年以来全区申请发明专利212件,授权61件,同比分别增长18%和9%")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("invention_patent_applications", "level", 212),
        ("invention_patent_grants", "level", 61),
        ("invention_patent_applications", "growth_pct", 18),
        ("invention_patent_grants", "growth_pct", 9),
    }


def test_the_rate_of_what_is_compared_in_brackets_is_not_the_issuers(
    extractor: SentenceExtractor,
) -> None:
    got = facts(
        extractor,
        "全县高新技术产业增加值10.2亿元,占规上工业增加值比重为41.2%;高新技术产业增加值增速12%,全省第五,"
        "低于规上工业增加值增速(14.6%)2.6个百分点",
    )
    assert {(f[0], f[3], f[5]) for f in got if f[5] == 14.6} == set()
    assert ("high_tech_industry_share", "share_pct", 41.2) in {(f[0], f[3], f[5]) for f in got}


def test_striving_to_create_counts_new_ones(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "明年力争争创省级科技创新平台4家、省级众创空间2家", section="plan")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("innovation_platforms", "increment", 4),
        ("maker_spaces", "increment", 2),
    }


def test_a_listed_range_of_years_dates_each_figure(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全县技术合同成交额2021年至2023年分别达3.1亿元、4.2亿元和5.6亿元")
    assert {(f[1], f[5]) for f in got} == {(2021, 3.1e8), (2022, 4.2e8), (2023, 5.6e8)}


def test_years_named_one_by_one_date_each_figure_after_respectively(
    extractor: SentenceExtractor,
) -> None:
    # the years are no items of a list of kinds: the indicator is the figures' only owner
    got = facts(extractor, "2019年和2021年全区技术合同登记额分别为0.8亿元、1.6亿元")
    assert {(f[0], f[1], f[5]) for f in got} == {
        ("tech_contract_turnover", 2019, 0.8e8),
        ("tech_contract_turnover", 2021, 1.6e8),
    }
    # rates too: one share for each year listed
    got = facts(extractor, "2018、2019、2020年,该市R&D经费投入强度分别为1.42%、1.57%和1.66%")
    assert {(f[0], f[1], f[3], f[5]) for f in got} == {
        ("rd_intensity", 2018, "share_pct", 1.42),
        ("rd_intensity", 2019, "share_pct", 1.57),
        ("rd_intensity", 2020, "share_pct", 1.66),
    }
    # without 分别 two years make no list: the figure is the sentence's year
    got = facts(extractor, "2020年、2021年连续两年,全县高新技术企业达到45家")
    assert {(f[1], f[5]) for f in got} == {(2021, 45)}


def test_a_change_against_an_older_year_is_no_years_fact(extractor: SentenceExtractor) -> None:
    sentence = "2022年,全县高新技术企业总数达到96家,比{base}年增加41家"
    older = facts(extractor, sentence.format(base=2017))
    assert {(f[3], f[5]) for f in older} == {("level", 96)}
    last_year = facts(extractor, sentence.format(base=2021))
    assert {(f[3], f[5]) for f in last_year} == {("level", 96), ("increment", 41)}


def test_a_gloss_in_brackets_names_an_unknown_noun_and_a_domain_word_narrows_nothing(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全年研究开发费用(R&D经费)支出1.36亿元")
    assert {(f[0], f[5]) for f in got} == {("rd_expenditure", 1.36e8)}
    # after a name the lexicon knows, another name in brackets makes one count of both
    assert facts(extractor, "全区众创空间(星创天地)达到15家") == set()
    assert {(f[0], f[5]) for f in facts(extractor, "全社会科技研发经费投入4.4亿元")} == {
        ("rd_expenditure", 4.4e8)
    }
    assert facts(extractor, "规上工业科技研发经费投入4.4亿元") == set()  # a part of it


def test_rates_listed_with_fenbie_skip_the_items_that_are_no_indicator(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全县科技型中小企业数量、规上企业研发机构数量分别增长18.2%、25%")
    assert {(f[0], f[3], f[5]) for f in got} == {("tech_smes", "growth_pct", 18.2)}


def test_figures_named_first_in_an_application_list_are_applications(
    extractor: SentenceExtractor,
) -> None:
    sentence = "今年共{verb}12家高新技术企业,30家科技型中小企业,2家省级重点实验室"
    assert facts(extractor, sentence.format(verb="推荐申报")) == set()
    got = facts(extractor, sentence.format(verb="认定"))
    assert {f[0] for f in got} >= {"high_tech_enterprises", "tech_smes"}


def test_after_an_application_count_the_total_is_the_indicators(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全县新申报高新技术企业37家,总数有望达到210家")
    assert {(f[0], f[3], f[5]) for f in got} == {("high_tech_enterprises", "level", 210)}
    # …but a part of the application count is an application
    assert facts(extractor, "全县新申报高新技术企业37家,其中首次申报21家") == set()


def test_figure_first_items_after_a_verb_share_its_measure(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "今年新培育5家省级众创空间,3家科技企业孵化器")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("maker_spaces", "increment", 5),
        ("incubators", "increment", 3),
    }
    got = facts(extractor, "全区现有5家省级众创空间,3家科技企业孵化器")
    assert {(f[3]) for f in got} == {"level"}


def test_a_place_after_zai_is_where_not_who(extractor: SentenceExtractor) -> None:
    ctx = DocContext("doc", 2023, 2024, frozenset({"许昌市", "许昌"}), 2023, kind="市")
    sentence = "{where}率先出台研发费用后补助办法;新增高新技术企业31家,技术合同成交额12亿元"
    got = facts(extractor, sentence.format(where="在河南"), ctx=ctx)
    assert {(f[0], f[5]) for f in got} == {
        ("high_tech_enterprises", 31),
        ("tech_contract_turnover", 1.2e9),
    }
    # a clause that opens on the other place itself is that place's
    assert facts(extractor, sentence.format(where="开封市"), ctx=ctx) == set()


def test_every_kind_of_the_indicator_is_all_of_it_but_a_kind_of_firm_is_a_part(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "今年建设不同类型科技企业孵化器6家")
    assert {(f[0], f[5]) for f in got} == {("incubators", 6)}
    assert facts(extractor, "各类企业研发经费投入8.2亿元") == set()


def test_a_base_years_own_figure_is_dated_by_it(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全区有效期内高新技术企业达到64家,比2018年的21家翻了一番多")
    assert {(f[1], f[3], f[5]) for f in got if f[0] == "high_tech_enterprises"} == {
        (2023, "level", 64),
        (2018, "level", 21),
    }


def test_firms_that_enter_the_register_of_a_yearly_status_count_as_its_level(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "今年全县共有63家企业完成科技型中小企业评价入库")
    assert {(f[0], f[3], f[5]) for f in got} == {("tech_smes", "level", 63)}
    got = facts(extractor, "今年全县有63家企业完成科技型中小企业评价入库")
    assert {(f[0], f[3], f[5]) for f in got} == {("tech_smes", "level", 63)}
    # work completed is no joining
    assert facts(extractor, "今年全县63家企业完成高新技术企业培育辅导") == set()


def test_a_verb_opening_with_xin_makes_new_ones_but_xinxing_is_a_kind(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全年新批建市级科技创新平台31家,总数达到208家")
    assert {(f[3], f[5]) for f in got} == {("increment", 31), ("level", 208)}
    got = facts(extractor, "全市新型研发机构达到12家")
    assert {(f[0], f[3], f[5]) for f in got} == {("new_rd_institutions", "level", 12)}


def test_a_change_said_of_an_indicator_lets_its_figure_follow(
    extractor: SentenceExtractor,
) -> None:
    # jieba reads 持续增长 / 稳定增长 as nouns; they are what is said of the indicator
    assert facts(extractor, "全县技术合同登记额持续增长,2022年为8.4亿元。") == {
        ("tech_contract_turnover", 2022, A, "level", "eq", 840_000_000, None)
    }
    assert facts(extractor, "高新技术企业数量稳定增长,总量达到96家。") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 96, None)
    }
    # a noun of its own after the indicator still takes the figure away from it
    assert facts(extractor, "招引高新技术企业项目,协议投资额达到12亿元。") == set()


def test_a_running_total_after_a_new_count_is_a_level(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "当年新增省级科技型中小企业64家、累计通过认定415家")
    assert got == {
        ("tech_smes", 2023, A, "increment", "eq", 64, "省级"),
        ("tech_smes", 2023, A, "level", "eq", 415, "省级"),
    }


def test_a_standing_after_a_list_of_different_things_ranks_the_whole_list(
    extractor: SentenceExtractor,
) -> None:
    text = "全县拥有高新技术企业31家、省级重点实验室2个、科技企业孵化器3家,综合排名全省第五。"
    got = facts(extractor, text)
    assert {f for f in got if f[3] == "rank"} == set()
    assert ("key_laboratories", 2023, A, "level", "eq", 2, "省级") in got
    # a list of one indicator by scope is ranked as that indicator; each item keeps its scope
    scoped = facts(extractor, "拥有国家级众创空间4家、省级9家、市级15家,数量位居全市第一。")
    assert scoped == {
        ("maker_spaces", 2023, A, "level", "eq", 4, "国家级"),
        ("maker_spaces", 2023, A, "level", "eq", 9, "省级"),
        ("maker_spaces", 2023, A, "level", "eq", 15, "市级"),
        ("maker_spaces", 2023, A, "rank", "eq", 1, "市级"),
    }


def test_a_standing_shared_by_a_counted_list_of_indicators(extractor: SentenceExtractor) -> None:
    # 两项指标 closes a list of the indicators the standing is shared by; the list may hold
    # items that are no indicator (安全生产)
    text = "技术合同登记额、科技型中小企业数量和安全生产三项指标排名全省第三。"
    got = facts(extractor, text)
    assert {f for f in got if f[3] == "rank"} == {
        ("tech_contract_turnover", 2023, A, "rank", "eq", 3, None),
        ("tech_smes", 2023, A, "rank", "eq", 3, None),
    }


def test_a_figure_before_a_name_that_holds_its_own_scope(extractor: SentenceExtractor) -> None:
    # 全国重点实验室 is a name of its own; its 全国 is no other place's scope
    assert facts(extractor, "今年新获批3家全国重点实验室。") == {
        ("key_laboratories", 2023, A, "increment", "eq", 3, "国家级")
    }


def test_a_verb_of_making_after_the_things_made_says_they_are_new(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "全县2家省级众创空间于年内正式揭牌。") == {
        ("maker_spaces", 2023, A, "increment", "eq", 2, "省级")
    }
    # without such a verb, the figure is how many there are
    assert facts(extractor, "全县2家省级众创空间运营良好。") == {
        ("maker_spaces", 2023, A, "level", "eq", 2, "省级")
    }


def test_a_share_of_value_added_said_with_its_verb(extractor: SentenceExtractor) -> None:
    # 高新技术产业完成增加值…,占…的比重: the share is the industry's share of value added
    text = "全县高新技术产业完成增加值52亿元,增长9%,占规模以上工业增加值的比重为41.3%。"
    got = facts(extractor, text)
    assert ("high_tech_industry_share", 2023, A, "share_pct", "eq", 41.3, None) in got


def test_an_amount_named_by_its_last_word_after_its_stem(extractor: SentenceExtractor) -> None:
    # 成交额 stands for 技术合同成交额 in the clause after 技术合同
    got = facts(extractor, "全年认定登记技术合同845项,成交额12.6亿元,同比增长18%。")
    assert got == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 1_260_000_000, None),
        ("tech_contract_turnover", 2023, A, "growth_pct", "eq", 18, None),
    }
    # without the stem before it, 成交额 is nobody's
    assert facts(extractor, "全年商品房成交额12.6亿元。") == set()


def test_a_counts_verb_does_not_measure_an_amount_listed_after_it(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全县新增科小41家,技术合同交易额3.3亿元。")
    assert got == {
        ("tech_smes", 2023, A, "increment", "eq", 41, None),
        ("tech_contract_turnover", 2023, A, "level", "eq", 330_000_000, None),
    }


def test_a_parks_figures_are_a_sub_areas(extractor: SentenceExtractor) -> None:
    text = "全县新增科技型中小企业40家;其中,县经济技术产业园新增科技型中小企业15家。"
    assert facts(extractor, text) == {("tech_smes", 2023, A, "increment", "eq", 40, None)}


def test_a_name_a_mirror_masked_in_part(extractor: SentenceExtractor) -> None:
    # the characters left either side of the mask fit one indicator only
    assert facts(extractor, "全区拥有高**术企业215家,科技型中***业达到480家。") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 215, None),
        ("tech_smes", 2023, A, "level", "eq", 480, None),
    }
    # 申请量 fits patents and invention patents alike: no guess
    assert facts(extractor, "全区***申请量1830件。") == set()


def test_a_place_that_begins_a_firms_name_is_no_other_place(extractor: SentenceExtractor) -> None:
    text = "湖南华菱线缆股份有限公司、株洲钻石切削刀具有限公司等14家企业被认定为高新技术企业。"
    assert facts(extractor, text) == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 14, None)
    }
    # …while a place's own figure stays that place's, and its bureau acts for it
    assert facts(extractor, "株洲市高新技术企业总数达到1200家。") == set()
    bureau = "株洲市科技局组织湖南工业大学在我县实施示范项目,争取资金80万元。"
    assert facts(extractor, bureau) == set()


def test_firms_that_together_received_something_are_no_count_of_them(
    extractor: SentenceExtractor,
) -> None:
    text = "全县12家高新技术企业共获省级研发奖补资金300万元。"
    assert {f for f in facts(extractor, text) if f[0] == "high_tech_enterprises"} == set()


def test_in_run_on_text_a_figure_glued_to_a_name_is_that_names(
    extractor: SentenceExtractor,
) -> None:
    # captions pasted without punctuation: each figure follows the name it counts
    text = "全县高新技术企业58家科技型中小企业132家"
    assert facts(extractor, text) == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 58, None),
        ("tech_smes", 2023, A, "level", "eq", 132, None),
    }


def test_a_name_that_goes_on_with_an_attribute_does_not_take_the_figure_before_it(
    extractor: SentenceExtractor,
) -> None:
    # 120家 is not a count of the 高新技术企业 that then have a 拥有量 of their own
    text = "全县科技型中小企业总数达120家高新技术企业拥有量居全市第三"
    got = facts(extractor, text)
    assert ("high_tech_enterprises", 2023, A, "level", "eq", 120, None) not in got
    assert ("high_tech_enterprises", 2023, A, "rank", "eq", 3, None) in got


def test_a_comparison_glued_to_its_change_still_measures_the_change(
    extractor: SentenceExtractor,
) -> None:
    # jieba's dictionary holds 同比增加 as one word (tagged as a person's name)
    text = "全年技术合同成交额8.6亿元,同比增加2.1亿元,增幅32.3%"
    assert facts(extractor, text) == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 8.6e8, None),
        ("tech_contract_turnover", 2023, A, "increment", "eq", 2.1e8, None),
        ("tech_contract_turnover", 2023, A, "growth_pct", "eq", 32.3, None),
    }


def test_a_currency_named_after_an_amount_restates_its_unit(extractor: SentenceExtractor) -> None:
    text = "全区技术合同成交额达到4.27亿元人民币,比上年增加0.8亿元人民币"
    assert facts(extractor, text) == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 4.27e8, None),
        ("tech_contract_turnover", 2023, A, "increment", "eq", 0.8e8, None),
    }


def test_a_stock_under_a_span_of_years_is_the_stock_at_its_end(
    extractor: SentenceExtractor,
) -> None:
    # what was added since 2019 spans years: no year's fact; what there is now is this year's
    text = (
        "2019年以来,全区科技投入逐年加大,新增科技型中小企业150家;"
        "目前拥有高新技术企业48家,累计建成省级众创空间6家,市级孵化器数量4家"
    )
    assert facts(extractor, text) == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 48, None),
        ("maker_spaces", 2023, A, "level", "eq", 6, "省级"),
        ("incubators", 2023, A, "level", "eq", 4, "市级"),
    }


def test_respectively_opening_its_clause_pairs_with_the_list_before(
    extractor: SentenceExtractor,
) -> None:
    # the list stands in the clause before 分别; its middle item is no indicator (瞪羚企业)
    text = "今年新增高新技术企业37家、瞪羚企业4家、科技型中小企业120家,分别达到265家、19家和640家"
    got = facts(extractor, text)
    assert ("high_tech_enterprises", 2023, A, "level", "eq", 265, None) in got
    assert ("tech_smes", 2023, A, "level", "eq", 640, None) in got
    assert not {f for f in got if f[5] == 19}


def test_an_application_word_inside_an_indicators_name_is_no_application(
    extractor: SentenceExtractor,
) -> None:
    # 申报 of 专利申报量 names the indicator; 申报 as a verb still says applied-for
    text = "全县专利申报量412件,万人发明专利拥有量6.8件"
    assert facts(extractor, text) == {
        ("patent_applications", 2023, A, "level", "eq", 412, None),
        ("invention_patents_per_10k", 2023, A, "level", "eq", 6.8, None),
    }
    assert facts(extractor, "组织企业申报高新技术企业26家") == set()


def test_a_total_named_per_head_is_a_ratio_not_the_total(extractor: SentenceExtractor) -> None:
    text = "全区人均技术合同成交额达到2100元,每万人技术合同成交额2100万元,技术合同成交额6.3亿元"
    assert facts(extractor, text) == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 6.3e8, None),
    }


def test_firms_counted_before_what_they_produce_are_still_counted(
    extractor: SentenceExtractor,
) -> None:
    # 42家 counts the firms whose value added follows; 6个 counts the stations, not the firms
    text = "前三季度,全市42家高新技术企业增加值达18.6亿元"
    assert ("high_tech_enterprises", 2023, A, "level", "eq", 42, None) in facts(extractor, text)
    assert facts(extractor, "建成6个高新技术企业服务站") == set()


@pytest.mark.parametrize(
    "text",
    [
        "全市60多家高新技术企业共计申请专利310件",  # the firms applied: no count of firms
        "另有9家高新技术企业在今年新获得省级资金支持",  # the firms received: no count of firms
    ],
)
def test_firms_that_did_something_after_adverbs_are_no_count(
    extractor: SentenceExtractor, text: str
) -> None:
    assert not {f for f in facts(extractor, text) if f[0] == "high_tech_enterprises"}


def test_the_issuers_own_name_gives_no_level() -> None:
    extractor = SentenceExtractor(load_lexicon(), Gazetteer.load())
    ctx = DocContext("doc", 2023, 2024, own_names("六安市"), 2023)
    found, _ = extractor.extract("六安市高新技术企业达到186家,市重点实验室12家", "summary", ctx)
    got = {(f.indicator_code, f.value, f.qualifier) for f in found}
    assert got == {("high_tech_enterprises", 186, None), ("key_laboratories", 12, "市级")}


def test_national_high_tech_enterprises_by_their_southern_short_name(
    extractor: SentenceExtractor,
) -> None:
    assert facts(extractor, "全区国高企业数量达到1260家") == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 1260, "国家级"),
    }


def test_a_registered_turnover_is_the_years_amount(extractor: SentenceExtractor) -> None:
    # 登记认定 is how contracts are counted each year, not a sign of new ones
    assert facts(extractor, "全年登记认定技术合同成交额12.4亿元") == {
        ("tech_contract_turnover", 2023, A, "level", "eq", 12.4e8, None),
    }


@pytest.mark.parametrize(
    "text, comparator",
    [
        ("科技型中小企业入库215家,同比增长近30%", "approx"),
        ("入库科技型中小企业215家,增长超过30%", "gte"),
    ],
)
def test_a_rate_said_to_be_near_or_over_is_still_the_growth(
    extractor: SentenceExtractor, text: str, comparator: str
) -> None:
    assert ("tech_smes", 2023, A, "growth_pct", comparator, 30, None) in facts(extractor, text)


def test_the_base_of_a_comparison_is_a_fact_of_its_own_year(
    extractor: SentenceExtractor,
) -> None:
    text = "全年专利授权量615件,与2022年同期433件相比增长42%"
    assert facts(extractor, text) == {
        ("patent_grants", 2023, A, "level", "eq", 615, None),
        ("patent_grants", 2022, A, "level", "eq", 433, None),
        ("patent_grants", 2023, A, "growth_pct", "eq", 42, None),
    }


def test_a_running_total_named_as_an_attribute_goes_on_with_the_indicator(
    extractor: SentenceExtractor,
) -> None:
    text = "全区高新技术企业当年新认定38家、累计数达到215家"
    assert facts(extractor, text) == {
        ("high_tech_enterprises", 2023, A, "increment", "eq", 38, None),
        ("high_tech_enterprises", 2023, A, "level", "eq", 215, None),
    }


def test_firms_selected_for_a_programme_are_no_count_and_share_no_standing(
    extractor: SentenceExtractor,
) -> None:
    # 9家 and 14家 joined programmes and lists; 均 ranks them, not the enterprises before
    text = (
        "全市高新技术企业达到460家,9家企业入选省科技小巨人企业培育计划、"
        "14家企业入选市瞪羚企业名单,均位居全省第4位"
    )
    assert facts(extractor, text) == {
        ("high_tech_enterprises", 2023, A, "level", "eq", 460, None),
    }
    # joined to the roll of the kind itself, they are counted
    got = facts(extractor, "9家企业入选省科技小巨人企业名单")
    assert got == {("tech_giant_enterprises", 2023, A, "increment", "eq", 9, "省级")}


def test_a_count_of_the_items_a_text_lists_is_no_figure(extractor: SentenceExtractor) -> None:
    text = "专利授权量1320件,发明专利授权量215件,两项指标均居全省第5位"
    got = facts(extractor, text)
    assert ("patent_grants", 2023, A, "rank", "eq", 5, None) in got
    assert not {f for f in got if f[5] == 2}


def test_the_difference_from_an_earlier_time_is_a_change_not_a_stock(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全区科技型中小企业入库达到140家,比上年多26家")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("tech_smes", "level", 140),
        ("tech_smes", "increment", 26),
    }
    # fewer than the year before is a fall
    got = facts(extractor, "全区有效高新技术企业61家,较去年少了4家")
    assert {(f[3], f[5]) for f in got} == {("level", 61), ("increment", -4)}
    # a lead over another place is no figure of the issuer's at all
    got = facts(extractor, "全区有效高新技术企业61家,比邻县多20家")
    assert {(f[3], f[5]) for f in got} == {("level", 61)}


def test_a_rise_since_the_end_of_an_earlier_year_is_a_change(extractor: SentenceExtractor) -> None:
    # a ratio's rise and a count's, since the year's end named by its number or by 上年
    text = "每万人口发明专利拥有量达到9.3件,较2022年年底提高0.84件"
    got = facts(extractor, text)
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("invention_patents_per_10k", "level", 9.3),
        ("invention_patents_per_10k", "increment", 0.84),
    }
    got = facts(extractor, "全县高新技术企业86家,比上年末减少3家")
    assert {(f[3], f[5]) for f in got} == {("level", 86), ("increment", -3)}
    # the year before named as a fiscal year, or the start of this one
    got = facts(extractor, "全市研发经费投入12.7亿元,较上年度增长1.3亿元")
    assert {(f[3], f[5]) for f in got} == {("level", 12.7e8), ("increment", 1.3e8)}
    got = facts(extractor, "全市高新技术企业达到210家,较年初增加18家")
    assert {(f[3], f[5]) for f in got} == {("level", 210), ("increment", 18)}


def test_a_lead_over_a_place_whose_indicator_is_named_again_is_no_figure(
    extractor: SentenceExtractor,
) -> None:
    # the base of the comparison repeats the indicator's name after the other place
    text = "每万人口发明专利拥有量达到31.4件,比全省每万人口发明专利拥有量高出12.6件"
    got = facts(extractor, text)
    assert {(f[3], f[5]) for f in got} == {("level", 31.4)}
    text = "技术合同成交额5.2亿元,较邻近的安远县技术合同成交额多1.7亿元"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 5.2e8)}


def test_a_year_after_a_dash_of_punctuation_dates_the_figure(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "成绩单亮眼——2019年全区技术合同成交额达3.4亿元")
    assert {(f[0], f[1], f[5]) for f in got} == {("tech_contract_turnover", 2019, 3.4e8)}
    # a dash between two years still makes a range, whose first year dates nothing
    got = facts(extractor, "2016—2019年,全区技术合同成交额累计达9.8亿元")
    assert 2016 not in {f[1] for f in got}


def test_a_year_of_its_own_after_a_span_of_years_dates_the_growth(
    extractor: SentenceExtractor,
) -> None:
    sentence = "“十三五”期间,{year}全县研发经费投入达2.6亿元,同比增长18.5%"
    got = facts(extractor, sentence.format(year="2019年"))
    assert {(f[1], f[3], f[5]) for f in got} == {(2019, "level", 2.6e8), (2019, "growth_pct", 18.5)}
    # under the span alone the growth is the span's, no year's
    sentence = "“十三五”以来,全县研发经费投入达2.6亿元,增长18.5%"
    assert "growth_pct" not in {f[3] for f in facts(extractor, sentence)}


def test_a_growth_ranked_in_its_own_clause_is_no_standing_of_the_indicator(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全市专利申请量增长连续三年位居全省第二")
    assert "rank" not in {f[3] for f in got}
    # a growth with its figure, then the standing: the figure's
    got = facts(extractor, "全市技术合同成交额增长27%,位居全省第二")
    assert {(f[3], f[5]) for f in got} == {("growth_pct", 27), ("rank", 2)}


def test_a_figure_before_a_goal_of_some_kind_is_that_goal(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "为实现到2025年全县科技型中小企业达到60家的阶段性目标,加强培育")
    assert {(f[0], f[1], f[2], f[5]) for f in got} == {("tech_smes", 2025, "target", 60)}
    # a count of things named after the figure is still no figure of the indicator
    assert facts(extractor, "全县高新技术企业12家的研发中心全部建成") == set()


def test_recognition_of_a_yearly_status_counts_new_firms_and_its_roll_a_level(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "2020年全区认定国家科技型中小企业72家")
    assert {(f[0], f[3], f[5]) for f in got} == {("tech_smes", "increment", 72)}
    # the roll itself (入库, 评价) is the year's level, as is the number recognised
    got = facts(extractor, "2020年全区科技型中小企业评价入库72家")
    assert {(f[3], f[5]) for f in got} == {("level", 72)}
    got = facts(extractor, "2020年全区科技型中小企业认定总数达到72家")
    assert {(f[3], f[5]) for f in got} == {("level", 72)}
    # a sum recognised is no new things
    got = facts(extractor, "2020年全区技术合同成交额通过登记认定3.3亿元")
    assert {(f[3], f[5]) for f in got} == {("level", 3.3e8)}


def test_a_standing_among_counties_the_province_governs_directly(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全县高新技术企业达到35家,省直管县第二")
    assert {(f[3], f[5]) for f in got} == {("level", 35), ("rank", 2)}


def test_a_district_or_zone_opening_the_sentence_owns_its_subjectless_clauses(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("doc", 2023, 2024, own_names("绵阳市"), 2023)
    # jieba reads 全力 as a noun; before a verb it is the district's adverb, not an office
    text = "游仙区全力推进创新平台建设,已争取省级科技资金860万元"
    assert facts(extractor, text, ctx=ctx) == set()
    # the city's own zone, named after it, is a sub-area of the city's text
    text = "绵阳高新区大力发展科技服务业,已争取省级科技资金860万元"
    assert facts(extractor, text, ctx=ctx) == set()
    # the city itself keeps its figure
    text = "绵阳市全力推进创新平台建设,已争取省级科技资金860万元"
    assert {f[5] for f in facts(extractor, text, ctx=ctx)} == {8_600_000}


def test_standings_listed_after_respectively_go_to_the_figures_in_their_places(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "全区专利申请量2150件,专利授权量1460件;技术合同成交额9.6亿元,分别居全市第2位、第5位和第1位"
    )
    got = {(f[0], f[5]) for f in facts(extractor, text) if f[3] == "rank"}
    assert got == {("patent_applications", 2), ("patent_grants", 5), ("tech_contract_turnover", 1)}


def test_a_clause_with_a_subject_of_its_own_does_not_go_on_with_the_last_indicator(
    extractor: SentenceExtractor,
) -> None:
    text = "全区科技型中小企业数为860家,挂牌企业数为45家"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("tech_smes", 860)}
    # a part after 其中 still goes on with it
    text = "全区科技型中小企业数为860家,其中新入库企业数为120家"
    assert {f[5] for f in facts(extractor, text)} == {860, 120}


def test_a_name_split_by_de_is_still_the_name(extractor: SentenceExtractor) -> None:
    text = "全区发明专利的申请量和授权量分别达到215件和64件"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {
        ("invention_patent_applications", 215),
        ("invention_patent_grants", 64),
    }
    # the thing itself after 的 is no measure of what comes before
    assert facts(extractor, "在申请和授权的专利中,外观设计专利最多,达到300件") == set()


def test_an_indicator_of_a_group_of_actors_is_a_part_of_the_whole(
    extractor: SentenceExtractor,
) -> None:
    text = "全区企业的专利申请量和授权量分别达到830件和412件"
    assert facts(extractor, text) == set()
    # the issuer's own, or what stands in its register, is the whole
    text = "全区的专利申请量和授权量分别达到1830件和912件"
    assert {f[5] for f in facts(extractor, text)} == {1830, 912}
    text = "有效期内的高新技术企业达到52家"
    assert {f[5] for f in facts(extractor, text)} == {52}


def test_a_bare_rise_or_fall_against_the_year_before_is_a_change(
    extractor: SentenceExtractor,
) -> None:
    text = "全区发明专利授权量58件,同比增12件"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 58), ("increment", 12)}
    text = "全区高新技术企业达到96家,比上年净增11家"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 96), ("increment", 11)}
    # against a year further back: a change over years, no year's
    text = "2023年全区高新技术企业达到96家,比2019年增40家"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 96)}


def test_names_listed_as_many_as_the_count_then_their_kind_are_counted_as_that_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "甲乙创客空间、丙丁农业众创空间2家众创空间成功备案"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {("maker_spaces", "increment", 2)}
    # a count that is not the number of names listed is the name's before it
    text = "甲乙创客空间、丙丁农业众创空间3家众创空间成功备案"
    assert facts(extractor, text) == set()


def test_a_figure_in_brackets_after_what_the_issuers_is_compared_with_is_no_fact(
    extractor: SentenceExtractor,
) -> None:
    text = "全县R&D经费占全市研发经费总量(48.6亿元)的12.5%"
    assert facts(extractor, text) == set()
    text = "全县研发投入强度达到1.32%,较同期(1.05%)提高0.27个百分点"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("share_pct", 1.32)}
    # a remark in brackets after the issuer's own figure is still its own
    text = "全县研发经费投入6.1亿元(同比增长21%)"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 6.1e8), ("growth_pct", 21)}


def test_what_the_indicator_achieved_in_its_clause_is_no_subject_of_the_next(
    extractor: SentenceExtractor,
) -> None:
    text = "全区技术合同成交额再创历史新高,达到7.8亿元"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("tech_contract_turnover", 7.8e8)}
    # a milestone passed between the figure and its growth is no figure of another
    text = "全区研发经费投入实现新突破,达到5.6亿元,首次跨过5亿元大关,同比增长31.5%"
    got = {(f[3], f[5]) for f in facts(extractor, text)}
    assert got == {("level", 5.6e8), ("growth_pct", 31.5)}
    # a noun before any verb is a subject of its own
    assert facts(extractor, "全区技术合同成交额持续增长,服务机构营收达到7.8亿元") == set()


def test_firms_applying_for_a_status_are_no_count_of_it(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "全年申请市级科技型中小企业26家") == set()
    # filing patents is the patents' own count
    got = facts(extractor, "全年申请专利326件")
    assert {(f[0], f[5]) for f in got} == {("patent_applications", 326)}


def test_an_average_growth_over_years_looking_back_is_no_years_growth(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全区专利授权量达到812件,年平均增长率21.3%")
    assert {(f[3], f[5]) for f in got} == {("level", 812)}
    # a goal set as an average growth is the goal of its year
    got = facts(extractor, "力争2024年专利授权量年均增长12%以上")
    assert {(f[1], f[2], f[3], f[5]) for f in got} == {(2024, "target", "growth_pct", 12)}


def test_the_start_of_a_change_over_a_period_is_the_periods_first_years(
    extractor: SentenceExtractor,
) -> None:
    text = "从2018年到2021年,全县高新技术企业由14家增至39家"
    assert {(f[1], f[5]) for f in facts(extractor, text)} == {(2018, 14), (2021, 39)}
    # with no period, the start has no year of its own and is no fact
    text = "全县高新技术企业由14家增至39家"
    assert {f[5] for f in facts(extractor, text)} == {39}


def test_the_end_of_a_change_over_a_period_is_the_periods_last_years(
    extractor: SentenceExtractor,
) -> None:
    # in a clause after the one the period opens, too: the page's own year (2023) is later
    text = "2017年至2020年,全县科技型中小企业由18家增加到64家;高新技术企业由6家增至15家"
    got = {(f[0], f[1], f[5]) for f in facts(extractor, text)}
    assert got == {
        ("tech_smes", 2017, 18),
        ("tech_smes", 2020, 64),
        ("high_tech_enterprises", 2017, 6),
        ("high_tech_enterprises", 2020, 15),
    }


def test_a_share_in_brackets_ends_with_its_bracket(extractor: SentenceExtractor) -> None:
    text = "全区科技型中小企业318家(占全市近四成)、省级科技创新团队12个"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("tech_smes", 318)}


def test_technology_trade_turnover_is_the_contract_turnover(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全县技术交易成交额1.35亿元,同比增长26%")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("tech_contract_turnover", "level", 1.35e8),
        ("tech_contract_turnover", "growth_pct", 26),
    }


def test_a_place_inside_firm_names_a_count_sums_up_is_no_other_place(
    extractor: SentenceExtractor,
) -> None:
    text = "2023年,华光机械、苏州精工、立信科技3家公司被认定为国家高新技术企业"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {("high_tech_enterprises", "increment", 3)}
    # the place opening a clause of its own is still another place
    assert facts(extractor, "2023年,苏州新认定高新技术企业3家") == set()


def test_a_clause_opening_on_invention_patents_and_their_figure_is_a_part_of_the_last_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "全县专利受理量512件,同比增长12%;发明专利97件,同比增长20.5%"
    assert {(f[0], f[3], f[5]) for f in facts(extractor, text)} == {
        ("patent_applications", "level", 512),
        ("patent_applications", "growth_pct", 12),
        ("invention_patent_applications", "level", 97),
        ("invention_patent_applications", "growth_pct", 20.5),
    }
    # the kind named last owns the part: the grants, not the applications before them
    text = "全区专利申请量860件;专利授权量240件,发明专利31件"
    got = {(f[0], f[5]) for f in facts(extractor, text)}
    assert ("invention_patent_grants", 31) in got
    assert ("invention_patent_applications", 31) not in got


def test_a_long_name_may_begin_inside_the_word_jieba_glued_to_it(
    extractor: SentenceExtractor,
) -> None:
    # 科学研究 is one word of jieba's; the gloss (R&D) kept the whole name from being one
    text = "本年度全区科学研究与实验发展(R&D)经费支出达到5.82亿元,占地区生产总值的2.1%"
    assert {(f[0], f[3], f[5]) for f in facts(extractor, text)} == {
        ("rd_expenditure", "level", 5.82e8),
        ("rd_intensity", "share_pct", 2.1),
    }
    # a short one still may not (提高企业 holds 高企)
    assert facts(extractor, "通过提高企业研发投入,全区新增专利授权120件") == {
        ("patent_grants", 2023, A, "increment", "eq", 120, None)
    }


def test_a_county_named_with_its_own_figure_after_的_is_no_yardstick(
    extractor: SentenceExtractor,
) -> None:
    city = DocContext("doc", 2023, 2024, own_names("嘉兴市"), 2023, kind="市")
    # 海宁市的专利申请量: the county-level city's own count, in the prefecture's text
    got = facts(extractor, "其中,海宁市的专利申请量达到2816件,同比增长35.4%", ctx=city)
    assert got == set()
    # 全省的: a yardstick before the figure it measures against
    got = facts(extractor, "全市专利申请量1.9万件,占全省的12.6%", ctx=city)
    assert ("patent_applications", "level", 19000) in {(f[0], f[3], f[5]) for f in got}


def test_the_part_and_the_standing_of_another_places_figure_are_theirs(
    extractor: SentenceExtractor,
) -> None:
    city = DocContext("doc", 2016, 2017, own_names("芜湖市"), 2016, kind="市")
    text = (
        "分县区看,繁昌县表现亮眼,全县授权专利612件,居全市县区第1位,同比增长41.2%;"
        "其中发明专利授权88件,居全市县区第2位"
    )
    assert facts(extractor, text, ctx=city) == set()
    # the city's own figure keeps its part and its standing
    own = "全市授权专利6120件,居全省第2位;其中发明专利授权1080件"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, own, ctx=city)}
    assert got == {
        ("patent_grants", "level", 6120),
        ("patent_grants", "rank", 2),
        ("invention_patent_grants", "level", 1080),
    }


def test_a_stretch_of_months_is_no_count(extractor: SentenceExtractor) -> None:
    text = "全区发明专利授权量1290件,连续11个月保持增长"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("invention_patent_grants", 1290)}


def test_the_whole_a_share_is_taken_of_does_not_take_over_the_figures_after_it(
    extractor: SentenceExtractor,
) -> None:
    text = "全年专利申请2310件,其中发明专利760件,占专利申请总量的32.9%,比上年增加95件,增长14.3%"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {
        ("patent_applications", "level", 2310),
        ("invention_patent_applications", "level", 760),
        ("invention_patent_applications", "increment", 95),
        ("invention_patent_applications", "growth_pct", 14.3),
    }
    # …中有发明专利: the invention patents among the figure before, as after 其中
    got = facts(extractor, "全年受理的2310件专利申请中有发明专利760件")
    assert ("invention_patent_applications", 760) in {(f[0], f[5]) for f in got}


def test_a_province_between_a_figure_and_the_name_it_counts_names_the_register(
    extractor: SentenceExtractor,
) -> None:
    text = "全县现有58家高新技术企业、213家江西省科技型中小企业"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {
        ("high_tech_enterprises", 58),
        ("tech_smes", 213),
    }
    # the province's own list, announced by its department, is no figure of the issuer's
    text = "近日,省科技厅公布名单,拟认定156个河北省工程技术研究中心"
    assert facts(extractor, text) == set()


def test_the_change_of_the_firms_above_a_size_is_theirs_too(extractor: SentenceExtractor) -> None:
    text = "营业收入超5亿元的高新技术企业23家,较上年增加6家,同比增长35%"
    assert facts(extractor, text) == set()
    # all of them, and their change, are the issuer's
    got = facts(extractor, "全市高新技术企业230家,较上年增加36家")
    assert {(f[3], f[5]) for f in got} == {("level", 230), ("increment", 36)}


def test_what_the_firms_of_a_named_group_did_is_theirs_until_the_place_speaks_again(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "全区386家规模以上工业企业中,设立研发机构的有97家;共申请专利2150件,"
        "比上年多140件;全区技术合同成交额8.6亿元"
    )
    assert {(f[0], f[3], f[5]) for f in facts(extractor, text)} == {
        ("tech_contract_turnover", "level", 8.6e8)
    }
    # the group's own count, stated in its clause, still counts
    text = "全县52家高新技术企业中,有31家设立了研发中心"
    assert ("high_tech_enterprises", 52) in {(f[0], f[5]) for f in facts(extractor, text)}


def test_a_sum_of_money_after_其中_is_a_part_of_the_sum_before_it(
    extractor: SentenceExtractor,
) -> None:
    text = "全年共争取上级科技资金2860万元,其中承担省重点研发项目6项,获资助经费410万元"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("sci_tech_funds_secured", 2.86e7)}
    # a part of another level is a fact of that level, and counts are not summed this way
    text = "全年共争取上级科技资金2860万元,其中国家级410万元"
    got = {(f[0], f[5], f[6]) for f in facts(extractor, text)}
    assert ("sci_tech_funds_secured", 4.1e6, "国家级") in got
    text = "全年新认定高新技术企业41家,其中首次认定26家"
    assert {f[5] for f in facts(extractor, text)} == {41, 26}
    # the growth said of the part goes with it; the whole's own growth stays
    text = (
        "全区研发经费投入9.6亿元,增长11%,"
        "其中规模以上工业企业45家,实现研发经费投入8.2亿元,同比增长15.4%"
    )
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 9.6e8), ("growth_pct", 11)}


def test_a_mark_passed_adds_nothing_to_the_exact_value_stated_with_it(
    extractor: SentenceExtractor,
) -> None:
    text = "全县研发经费投入强度达到2.46%,在全市率先突破2.4%"
    assert {(f[0], f[4], f[5]) for f in facts(extractor, text)} == {("rd_intensity", "eq", 2.46)}
    # a mark of another year stays a fact of its own
    text = "全县研发经费投入强度2019年首次突破2%,2023年达到2.46%"
    got = {(f[1], f[4], f[5]) for f in facts(extractor, text)}
    assert got == {(2019, "gte", 2), (2023, "eq", 2.46)}


def test_the_firms_of_a_group_named_right_before_the_indicator_are_a_part(
    extractor: SentenceExtractor,
) -> None:
    text = "全区规上工业企业中高新技术企业占到142家"
    assert facts(extractor, text) == set()
    assert {f[5] for f in facts(extractor, "全区高新技术企业占到142家")} == {142}


def test_what_was_added_over_a_span_of_years_is_no_years_change(
    extractor: SentenceExtractor,
) -> None:
    text = "八年来,全县累计新增高新技术企业73家,技术合同成交额累计12.6亿元"
    assert facts(extractor, text) == set()
    text = "全年专利授权量1480件;“十三五”累计授权6120件"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("patent_grants", 1480)}
    # the stock at the span's end is a stock; a span inside another clause does not reach on
    text = "五年来,全县高新技术企业总数达到118家"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("level", 118)}
    text = "全年技术合同成交额9.8亿元,近三年年均增长21%,新增高新技术企业16家"
    assert {(f[3], f[5]) for f in facts(extractor, text)} >= {("level", 9.8e8), ("increment", 16)}


def test_the_whole_a_share_is_taken_of_is_no_figure_of_the_issuers(
    extractor: SentenceExtractor,
) -> None:
    text = "全县高新技术企业58家,占全市412家的14.1%"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("high_tech_enterprises", 58)}


def test_a_share_of_the_places_own_total_is_no_intensity(extractor: SentenceExtractor) -> None:
    text = "全县工业企业研发经费支出占全县的比重提高到71.2%"
    assert facts(extractor, text) == set()
    # a share of its economy is
    text = "全县研发经费支出占地区生产总值的比重提高到2.1%"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("rd_intensity", 2.1)}


def test_a_listed_item_named_as_a_total_is_a_level_after_a_verb_of_adding(
    extractor: SentenceExtractor,
) -> None:
    text = "力争三年新增省级众创空间4家、高新技术企业总数超132家"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert ("high_tech_enterprises", "level", 132) in got


def test_a_span_of_years_between_a_name_and_its_figures_is_no_subject(
    extractor: SentenceExtractor,
) -> None:
    text = "全区发明专利授权量近两年有了较大增长,由2020年的410件增加到2022年的873件"
    got = {(f[0], f[1], f[5]) for f in facts(extractor, text)}
    assert got == {("invention_patent_grants", 2020, 410), ("invention_patent_grants", 2022, 873)}


def test_a_change_from_a_plan_periods_end_starts_in_that_periods_last_year(
    extractor: SentenceExtractor,
) -> None:
    text = "全区研发经费投入强度由“十二五”期末的1.35%提高到2018年的1.9%"
    got = {(f[1], f[5]) for f in facts(extractor, text)}
    assert got == {(2015, 1.35), (2018, 1.9)}


def test_other_countries_figures_are_no_issuers(extractor: SentenceExtractor) -> None:
    text = "当前世界主要创新型国家的研发投入强度普遍在2.5%以上,以色列等国家已超过4%"
    assert facts(extractor, text) == set()
    # a national level is no country of its own
    text = "全县拥有省级孵化器、国家星创天地等国家创新平台12家"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("innovation_platforms", 12)}


def test_a_standing_after_a_share_of_the_issuers_own_total_ranks_the_share(
    extractor: SentenceExtractor,
) -> None:
    text = "全年发明专利授权占专利授权总量的比重达18.4%,居全省第2位"
    assert facts(extractor, text) == set()
    # a share of the province's total ranks the issuer's figure itself
    text = "全市技术合同成交额占全省的21.7%,居全省第一"
    assert ("tech_contract_turnover", "rank", 1) in {
        (f[0], f[3], f[5]) for f in facts(extractor, text)
    }


def test_a_cities_level_named_with_its_name_is_a_level_not_another_place(
    extractor: SentenceExtractor,
) -> None:
    text = "截至年底,全县共有省级众创空间2家、宜昌市级众创空间6家"
    assert {(f[5], f[6]) for f in facts(extractor, text)} == {(2, "省级"), (6, "市级")}


def test_the_number_of_new_ones_is_counted_as_new_at_both_ends_of_its_change(
    extractor: SentenceExtractor,
) -> None:
    text = "全区新增科技型中小企业数量由2021年的88家,上升到2023年的145家"
    got = {(f[1], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {(2021, "increment", 88), (2023, "increment", 145)}
    text = "全区新增科技型中小企业数量达到145家"
    assert {(f[3], f[5]) for f in facts(extractor, text)} == {("increment", 145)}
    # a stock's change from-to stays a stock at both ends
    text = "全区科技型中小企业由2021年的88家,上升到2023年的145家"
    assert {f[3] for f in facts(extractor, text)} == {"level"}


def test_a_zone_written_with_the_issuers_name_in_brackets_is_the_issuers(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("doc", 2021, 2022, own_names("滨江区", "330108"), 2021, kind="区")
    text = "2021年高新区(滨江)专利授权量达到8650件,比上年增长12.4%"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text, ctx=ctx)}
    assert got == {("patent_grants", "level", 8650), ("patent_grants", "growth_pct", 12.4)}
    # another county's name in the brackets is another place
    text = "2021年高新区(萧山)专利授权量达到8650件"
    assert facts(extractor, text, ctx=ctx) == set()


def test_a_time_between_占_and_the_whole_keeps_the_whole_from_taking_over(
    extractor: SentenceExtractor,
) -> None:
    text = "发明专利授权量达到812件,占当年专利授权总量的11.6%,较上年增加了97件"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {
        ("invention_patent_grants", "level", 812),
        ("invention_patent_grants", "increment", 97),
    }


def test_the_areas_whole_named_before_an_indicator_is_no_narrower_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "区域发明专利授权量继续较快增长,达到2860件"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("invention_patent_grants", 2860)}
    # a narrower kind before it still narrows (工业企业专利 is the firms')
    assert facts(extractor, "工业企业发明专利授权量继续较快增长,达到2860件") == set()


def test_one_rate_after_two_names_joined_is_the_rate_of_their_sum(
    extractor: SentenceExtractor,
) -> None:
    text = "全县高新技术企业和科技型中小企业数量同比增长18%"
    assert facts(extractor, text) == set()
    # …unless it is said of each of them
    text = "全县高新技术企业和科技型中小企业数量均同比增长18%"
    assert ("tech_smes", 18) in {(f[0], f[5]) for f in facts(extractor, text)}


def test_levels_listed_before_one_name_do_not_make_a_list_of_nouns(
    extractor: SentenceExtractor,
) -> None:
    text = "全年新获批国、省级重点实验室4家"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("key_laboratories", 4)}
    # a list of other nouns before the name still makes the figure theirs together
    assert facts(extractor, "全年新获批工程中心、重点实验室4家") == set()


def test_a_standing_after_a_bracketed_part_ranks_the_whole_before_it(
    extractor: SentenceExtractor,
) -> None:
    text = "全年专利授权1288件(其中发明专利授权97件),授权总量居全市第二位"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert ("patent_grants", "rank", 2) in got
    assert ("invention_patent_grants", "rank", 2) not in got


def test_a_counted_list_before_a_comma_is_ranked_by_the_clause_after_it(
    extractor: SentenceExtractor,
) -> None:
    text = "全区技术合同成交额、高新技术企业数和研发经费投入3项指标,均居全市第一"
    got = {(f[0], f[5]) for f in facts(extractor, text) if f[3] == "rank"}
    assert got == {
        ("tech_contract_turnover", 1),
        ("high_tech_enterprises", 1),
        ("rd_expenditure", 1),
    }


def test_a_share_of_another_whole_after_an_intensity_is_none(extractor: SentenceExtractor) -> None:
    text = "全年研发经费投入12.4亿元,占地区生产总值比重2.9%,占全省投入比重约4%"
    got = {(f[0], f[5]) for f in facts(extractor, text) if f[3] == "share_pct"}
    assert got == {("rd_intensity", 2.9)}
    # a bare 占比 still speaks of the economy
    text = "全年高新技术产业增加值占比达到47.1%"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("high_tech_industry_share", 47.1)}


def test_figures_each_holder_of_a_list_got_are_no_figures_of_the_place(
    extractor: SentenceExtractor,
) -> None:
    text = "全年高校、企业、个人分别获得发明专利授权210件、1630件、95件"
    assert facts(extractor, text) == set()
    # levels listed before 分别 are no holders
    got = facts(extractor, "国家级、省级分别新认定科技企业孵化器2家、5家")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("incubators", "increment", 2),
        ("incubators", "increment", 5),
    }


def test_things_counted_before_their_names_and_then_recognised_are_new(
    extractor: SentenceExtractor,
) -> None:
    text = "今年全县2家省级众创空间、4家市级星创天地顺利获认定"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert ("maker_spaces", "increment", 2) in got


def test_a_newspaper_named_after_a_province_is_no_other_place(extractor: SentenceExtractor) -> None:
    text = "四川日报讯(记者 王某)2023年,全市研发经费投入强度达到2.3%"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("rd_intensity", 2.3)}


def test_a_goal_the_place_moves_towards_makes_no_figure_a_goal(
    extractor: SentenceExtractor,
) -> None:
    text = "全市向创新型城市建设目标又迈进一步,高新技术企业总数达到412家"
    assert {(f[0], f[2], f[5]) for f in facts(extractor, text)} == {
        ("high_tech_enterprises", "actual", 412)
    }


def test_a_name_that_goes_on_to_count_applications_gives_no_figure_of_it(
    extractor: SentenceExtractor,
) -> None:
    text = "全县高新技术企业推荐数量又创新高,达到64家"
    assert facts(extractor, text) == set()
    # the firms themselves, said the same way, are counted (又创新高: an idiom, no subject)
    assert {(f[0], f[5]) for f in facts(extractor, "全县高新技术企业数量又创新高,达到64家")} == {
        ("high_tech_enterprises", 64)
    }


def test_rates_after_a_list_pair_with_its_figures_in_place_even_one_no_fact(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "到年底,全市高新技术企业、专精特新企业和科技型中小企业分别达到96家、33家、210家,"
        "分别较上年增长11.6%、26.9%和18%"
    )
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text) if f[3] == "growth_pct"}
    assert got == {("high_tech_enterprises", "growth_pct", 11.6), ("tech_smes", "growth_pct", 18)}
    # without 分别 before the rates too
    plain = text.replace("分别较上年", "较上年")
    got = {(f[0], f[3], f[5]) for f in facts(extractor, plain) if f[3] == "growth_pct"}
    assert got == {("high_tech_enterprises", "growth_pct", 11.6), ("tech_smes", "growth_pct", 18)}


def test_names_listed_again_before_their_rates_own_them(extractor: SentenceExtractor) -> None:
    text = (
        "全县申请专利820件,其中发明专利申请96件,专利授权515件,"
        "专利申请量和授权量分别比上年增长12.5%和9.8%"
    )
    got = {(f[0], f[5]) for f in facts(extractor, text) if f[3] == "growth_pct"}
    assert got == {("patent_applications", 12.5), ("patent_grants", 9.8)}


def test_a_clause_opening_on_a_comparison_names_no_scope_for_the_next(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "发明专利申请量为960件,比全省同期平均水平高出2.1个百分点;专利授权量为3120件,同比增长17.5%"
    )
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert ("patent_grants", "growth_pct", 17.5) in got


def test_each_listed_indicator_takes_the_standing_past_items_that_name_none(
    extractor: SentenceExtractor,
) -> None:
    text = "全区技术合同成交额、规上工业亩均税收和发明专利授权量均居全市第二位"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {
        ("tech_contract_turnover", "rank", 2),
        ("invention_patent_grants", "rank", 2),
    }


def test_a_listed_from_to_gives_each_name_its_start_and_end(extractor: SentenceExtractor) -> None:
    text = "2016-2020年,全区专利申请量和授权量分别由412件和205件,提高到1630件和894件"
    got = {(f[0], f[1], f[5]) for f in facts(extractor, text)}
    assert got == {
        ("patent_applications", 2016, 412),
        ("patent_grants", 2016, 205),
        ("patent_applications", 2020, 1630),
        ("patent_grants", 2020, 894),
    }
    # with no years for the change, the start figures are no year's; the ends are the text's
    plain = "全区专利申请量和授权量分别由412件和205件提高到1630件和894件"
    got = {(f[0], f[1], f[5]) for f in facts(extractor, plain)}
    assert got == {("patent_applications", 2023, 1630), ("patent_grants", 2023, 894)}


def test_counted_names_each_of_which_is_rewarded_are_no_figures_of_the_place(
    extractor: SentenceExtractor,
) -> None:
    text = "3家省级重点实验室每家获15万元补助,8家高新技术企业、12家科技型中小企业每家获3万元奖励"
    assert {
        (f[0], f[5]) for f in facts(extractor, text) if f[0] != "sci_tech_funds_secured"
    } == set()


def test_what_was_brought_in_this_year_already_is_the_years_new_ones(
    extractor: SentenceExtractor,
) -> None:
    got = {(f[0], f[3], f[5]) for f in facts(extractor, "全县今年已引进新型研发机构6家")}
    assert got == {("new_rd_institutions", "increment", 6)}
    # what stands made, said with 已 alone, is the stock
    got = {(f[0], f[3], f[5]) for f in facts(extractor, "全县已建成新型研发机构6家")}
    assert got == {("new_rd_institutions", "level", 6)}


def test_a_change_against_a_plan_periods_start_or_end_is_no_years_growth(
    extractor: SentenceExtractor,
) -> None:
    text = "2023年,全市技术合同成交额达到86亿元,较“十三五”末增长1.8倍"
    assert {(f[0], f[3]) for f in facts(extractor, text)} == {("tech_contract_turnover", "level")}
    # against the last year of a period that ended the year before, it is the year's growth
    text = "2021年,全市技术合同成交额达到86亿元,较“十三五”末增长18%"
    got = {(f[0], f[3], f[5]) for f in facts(extractor, text)}
    assert ("tech_contract_turnover", "growth_pct", 18) in got


def test_after_an_awards_total_the_prizes_of_one_grade_are_its_parts(
    extractor: SentenceExtractor,
) -> None:
    text = "全年获得省科学技术奖6项,其中:技术发明一等奖1项、科技进步三等奖2项"
    assert {(f[0], f[5]) for f in facts(extractor, text)} == {("science_awards", 6)}
    # with no total before them, a grade's count is all the sentence gives
    got = {(f[0], f[5]) for f in facts(extractor, "全年获省科技进步二等奖2项")}
    assert got == {("science_awards", 2)}


def test_a_change_from_a_plan_periods_end_dates_its_start_and_spans_the_years(
    extractor: SentenceExtractor,
) -> None:
    text = "全市技术合同成交额从“十三五”末的12.6亿元增至31.2亿元,增长1.5倍"
    got = {(f[0], f[1], f[3], f[5]) for f in facts(extractor, text)}
    assert got == {
        ("tech_contract_turnover", 2020, "level", 1_260_000_000),
        ("tech_contract_turnover", 2023, "level", 3_120_000_000),
    }
