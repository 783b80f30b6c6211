"""What the sixteenth and seventeenth blind sets taught, in sentences written for these tests:
a kind named once and then taken up by its bare head (认定企业, 获奖项目), firms that join a
kind's ranks, two figures whose separator the page lost, a listed item's own verb, 该县 as the
issuer, and digests that speak of several counties in turn. (Titles under a site's banner and
files named after one county of a digest: tests/test_metadata.py.)"""

from __future__ import annotations

from conftest import sentence_facts

from ingest.extraction.extract import DocContext, SentenceExtractor, own_names

CTX = DocContext("d", 2021, 2022, frozenset(), 2022)


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple]:
    return sentence_facts(extractor, text, CTX)


def test_the_bare_head_after_recognition_is_the_kind_named_before(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全县组织36家企业申报高新技术企业,经专家评审,认定企业17家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "increment", 17.0, 2021)}
    text = "2021年共有20家企业申报科技型中小企业,新认定企业15家。"
    assert _facts(extractor, text) == {("tech_smes", "actual", "increment", 15.0, 2021)}
    # 企业 followed by a noun of its own is another thing; the figure before 企业 is the
    # subject of a procedure, not the bare head
    text = "2021年全县组织申报高新技术企业36家,认定企业技术中心4家。"
    assert _facts(extractor, text) == set()
    # a reserve's intake is no recognition
    text = "2021年完善高新技术企业后备库,新增入库企业40家。"
    assert _facts(extractor, text) == set()


def test_the_prizes_won_are_named_by_the_winning(extractor: SentenceExtractor) -> None:
    text = "2021年推荐申报省科学技术奖9项,获奖5项。"
    assert _facts(extractor, text) == {("science_awards", "actual", "level", 5.0, 2021)}
    text = "全县累计获得省科学技术奖18项,2021年获奖项目4项,获奖数较上年增长33.3%。"
    assert _facts(extractor, text) == {
        ("science_awards", "actual", "level", 18.0, 2021),
        ("science_awards", "actual", "level", 4.0, 2021),
        ("science_awards", "actual", "growth_pct", 33.3, 2021),
    }
    # 获奖 in a sentence that names no prize stays unmapped
    text = "2021年全县在创新创业大赛中获奖项目4项。"
    assert _facts(extractor, text) == set()


def test_firms_that_join_the_ranks_of_a_kind_are_new_ones(extractor: SentenceExtractor) -> None:
    text = "本批名单中,全县共有14家企业被认定为高新技术企业,其中9家企业首次进入高新技术企业行列。"
    assert _facts(extractor, text) == {
        ("high_tech_enterprises", "actual", "increment", 14.0, 2021),
        ("high_tech_enterprises", "actual", "increment", 9.0, 2021),
    }
    # a stock word before the count still makes it the stock
    text = "截至2021年底,全县共有58家企业被认定为高新技术企业。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 58.0, 2021)}


def test_two_rates_printed_without_a_separator_are_two(extractor: SentenceExtractor) -> None:
    text = "2021年全县专利申请量和授权量分别为812件和455件,分别增长12.6%9.8%。"
    assert _facts(extractor, text) == {
        ("patent_applications", "actual", "level", 812.0, 2021),
        ("patent_grants", "actual", "level", 455.0, 2021),
        ("patent_applications", "actual", "growth_pct", 12.6, 2021),
        ("patent_grants", "actual", "growth_pct", 9.8, 2021),
    }


def test_a_listed_item_with_a_verb_of_its_own_is_measured_by_it(
    extractor: SentenceExtractor,
) -> None:
    text = "2022年力争新增省级研发平台4家、全县高新技术企业达到65家、科技型中小企业80家。"
    ctx = DocContext("d", 2021, 2022, frozenset(), 2022)
    assert sentence_facts(extractor, text, ctx, "plan") == {
        ("innovation_platforms", "target", "increment", 4.0, 2022),
        ("high_tech_enterprises", "target", "level", 65.0, 2022),
        # no verb of its own: the 新增 the list opened with
        ("tech_smes", "target", "increment", 80.0, 2022),
    }


def test_the_issuer_called_by_its_kind_after_a_demonstrative(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", 2021, 2022, own_names("准格尔旗"), 2022, kind="旗")
    text = "2021年该旗研究与试验发展经费支出(R&D)达到9.6亿元,投入强度达到1.8%。"
    assert sentence_facts(extractor, text, ctx) == {
        ("rd_expenditure", "actual", "level", 960000000.0, 2021),
        ("rd_intensity", "actual", "share_pct", 1.8, 2021),
    }


def test_a_digest_of_several_counties_speaks_of_each_in_turn(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", 2022, 2023, own_names("开福区"), 2023, kind="区")
    text = "2022年,全区高新技术企业达420家,技术合同成交额96亿元,成交额居全市第二。"
    peer = "近年来,芙蓉区集聚了一批科技型企业和研发机构。"
    found, _ = extractor.extract(text, "summary", ctx, peer)
    assert found == []
    # after a sentence about the issuer itself, or about nothing in particular, 全区 is the issuer
    for previous in ("近年来,开福区集聚了一批科技型企业。", "科技创新成效明显。", None):
        found, _ = extractor.extract(text, "summary", ctx, previous)
        assert {(f.indicator_code, f.measure, f.value) for f in found} == {
            ("high_tech_enterprises", "level", 420.0),
            ("tech_contract_turnover", "level", 9600000000.0),
            ("tech_contract_turnover", "rank", 2.0),
        }


def test_a_type_quoted_before_the_name_is_a_part_of_the_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全县共有科技特派员210名,其中“产业服务型”特派员64名。"
    assert _facts(extractor, text) == {("sci_tech_commissioners", "actual", "level", 210.0, 2021)}
    text = "2021年全市新建“研发类”众创空间3家。"
    assert _facts(extractor, text) == set()
    # a quoted name that is no type (“星创天地”) is the kind itself
    text = "2021年全市新增省级“星创天地”3家。"
    assert _facts(extractor, text) == {("star_innovation_bases", "actual", "increment", 3.0, 2021)}


def test_a_count_per_so_many_firms_is_a_density_not_the_count(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年每千家企业中高新技术企业数41.2家,居全省第3位;全县高新技术企业总数达到230家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 230.0, 2021)}


def test_valid_invention_patents_per_ten_thousand_people_in_any_word_order(
    extractor: SentenceExtractor,
) -> None:
    for text in (
        "2021年全区每万人拥有有效发明专利36.4件。",
        "2021年全区每万人口拥有发明专利36.4件。",
    ):
        assert _facts(extractor, text) == {
            ("invention_patents_per_10k", "actual", "level", 36.4, 2021)
        }
    # high-value ones are an indicator of their own
    found, _ = extractor.extract("2021年全区每万人高价值发明专利12.1件。", "summary", CTX)
    assert [f.indicator_code for f in found] == ["high_value_invention_patents_per_10k"]


def test_a_kind_of_the_indicator_named_after_among_is_a_part(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全县高新技术企业达到86家,其中装备制造类高新技术企业31家、涉农高新技术企业12家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 86.0, 2021)}
    # a scope, a measure or the time between 其中 and the name keeps the figure the kind's
    for text, value in (
        ("2021年全县重点实验室18个,其中省级以上重点实验室7个。", 7.0),
        ("2021年全县高新技术企业达到86家,其中今年已经新认定高新技术企业19家。", 19.0),
    ):
        assert value in {v for *_, v, _ in _facts(extractor, text)}
    # …and so does the issuer's own word (其中全县新认定…)
    text = "2021年全市新认定高新技术企业420家,其中全县新认定高新技术企业26家。"
    assert ("high_tech_enterprises", "actual", "increment", 26.0, 2021) in _facts(extractor, text)
    # …and so does a figure before the name (其中19家被认定为…) or a clause that says which
    text = "2021年全县申报企业40家,其中19家被认定为高新技术企业。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "increment", 19.0, 2021)}


def test_what_the_next_years_start_is_expected_to_show_sets_no_goal_after_it(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", 2021, 2022, frozenset(), 2021)
    text = (
        "预计到2022年初,全区高新技术企业数量将达到80家左右;发明专利申请量超320件,"
        "每万人发明专利拥有量12.5件。"
    )
    assert sentence_facts(extractor, text, ctx) == {
        ("high_tech_enterprises", "target", "level", 80.0, 2022),
        ("invention_patent_applications", "actual", "level", 320.0, 2021),
        ("invention_patents_per_10k", "actual", "level", 12.5, 2021),
    }
    # 预计 with no time of the year's end before 将 is a goal like any 将
    text = "全区研发投入预计占GDP的比重将达到2.5%,高新技术企业达到90家。"
    assert {kind for _, kind, *_ in sentence_facts(extractor, text, ctx)} == {"target"}


def test_an_award_named_with_the_government_that_grants_it(extractor: SentenceExtractor) -> None:
    for text in ("2021年全县获得3项省政府科技奖励。", "2021年全县获得3项市人民政府科学技术奖。"):
        assert _facts(extractor, text) == {("science_awards", "actual", "level", 3.0, 2021)}
    # a reward paid in money is no award counted
    assert _facts(extractor, "2021年兑现科技奖励资金380万元。") == set()


def test_those_on_the_register_are_the_whole_kind(extractor: SentenceExtractor) -> None:
    text = "2021年在库高新技术企业达到42家,较上年净增7家。"
    assert _facts(extractor, text) == {
        ("high_tech_enterprises", "actual", "level", 42.0, 2021),
        ("high_tech_enterprises", "actual", "increment", 7.0, 2021),
    }


def test_what_was_made_over_recent_years_is_a_stock(extractor: SentenceExtractor) -> None:
    text = "近年来,全区获批国家级示范基地2个;培育国家级孵化器3个,省级孵化器5个。"
    assert _facts(extractor, text) == {
        ("incubators", "actual", "level", 3.0, 2021),
        ("incubators", "actual", "level", 5.0, 2021),
    }


def test_another_sectors_share_after_the_indicators_is_not_the_indicators(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年高新技术产业增加值占比提高到41.5%,第三产业占比提高到38.2%。"
    assert _facts(extractor, text) == {
        ("high_tech_industry_share", "actual", "share_pct", 41.5, 2021)
    }


def test_the_firms_that_own_something_are_no_count_of_the_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全县高新技术企业达到58家,其中17家高企拥有市级以上研发机构。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 58.0, 2021)}


def test_the_base_of_a_comparison_with_no_year_is_no_fact_but_its_growth_is(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全县高新技术企业达到52家,相较以往累计的40家,增长率达30%。"
    assert _facts(extractor, text) == {
        ("high_tech_enterprises", "actual", "level", 52.0, 2021),
        ("high_tech_enterprises", "actual", "growth_pct", 30.0, 2021),
    }
    # a base of a year said stays a fact, dated by that year (比上年的40家)
    text = "2021年全县高新技术企业达到52家,比上年的40家增加12家。"
    assert 40.0 in {value for *_, value, _ in _facts(extractor, text)}


def test_a_round_sum_passed_without_its_numeral(extractor: SentenceExtractor) -> None:
    text = "2021年全县研发投入过亿元。"
    found, _ = extractor.extract(text, "summary", CTX)
    assert [(f.indicator_code, f.comparator, f.value) for f in found] == [
        ("rd_expenditure", "gte", 1e8)
    ]
    # a milestone passed, then the figure reached: only the figure
    text = "2021年全县高新技术企业数量突破百家,增至116家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 116.0, 2021)}


def test_firms_newly_recognised_are_new_whatever_the_stock_word_before(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年全县已有35家企业被新认定为国家高新技术企业。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "increment", 35.0, 2021)}
    # without 新 or 首次, 已有 keeps the stock
    text = "2021年全县已有135家企业被认定为国家高新技术企业。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 135.0, 2021)}


def test_the_kinds_part_of_another_group_is_no_count_of_it(extractor: SentenceExtractor) -> None:
    text = "2021年在全县11家上市公司中,高新技术企业占7家。"
    assert _facts(extractor, text) == set()


def test_patents_applied_for_and_per_capita_in_other_words(extractor: SentenceExtractor) -> None:
    text = "2021年全县申报发明专利同比增长46.2%,有效发明专利每万人拥有6.1件。"
    assert _facts(extractor, text) == {
        ("invention_patent_applications", "actual", "growth_pct", 46.2, 2021),
        ("invention_patents_per_10k", "actual", "level", 6.1, 2021),
    }


def test_the_parts_of_indicators_a_group_holds_are_no_rates(extractor: SentenceExtractor) -> None:
    text = "2021年全县高新技术企业贡献了60%的研发经费投入、70%以上的发明专利和80%的技术合同成交额。"
    assert _facts(extractor, text) == set()
    # a share reached, followed by 的 and what it is, stays the issuer's
    text = "2021年全县研发投入占GDP比重达到2.3%的水平,专利申请量和授权量分别增长12.5%、8.3%。"
    assert ("rd_intensity", "actual", "share_pct", 2.3, 2021) in _facts(extractor, text)


def test_a_list_of_clauses_after_the_issuer_and_its_verb_keeps_the_verbs_measure(
    extractor: SentenceExtractor,
) -> None:
    ctx = DocContext("d", 2021, 2022, own_names("长兴县"), 2022, kind="县")
    text = "2021年长兴县新增省级研发平台9家,市级研发平台14家。"
    assert sentence_facts(extractor, text, ctx) == {
        ("innovation_platforms", "actual", "increment", 9.0, 2021),
        ("innovation_platforms", "actual", "increment", 14.0, 2021),
    }


def test_a_kinds_pool_of_candidates_is_no_count_of_the_kind(extractor: SentenceExtractor) -> None:
    text = "2021年全市科技小巨人培育企业达到18家。"
    assert _facts(extractor, text) == set()
    text = "2021年全市“小巨人”培育对象达到18家。"
    assert _facts(extractor, text) == set()
    # cultivating the kind itself (培育 as the verb before its name) counts new ones
    text = "2021年全市培育科技小巨人企业6家。"
    assert _facts(extractor, text) == {("tech_giant_enterprises", "actual", "increment", 6.0, 2021)}
