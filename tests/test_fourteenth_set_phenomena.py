"""What the fourteenth blind set taught, in sentences written for these tests: a base year's
own figure, named by a noun before the change (较2019年的总数40家增加…), is of that year, and a
rate after a share and a verb of growth is the share's growth."""

from __future__ import annotations

from conftest import sentence_facts

from ingest.extraction.extract import DocContext, SentenceExtractor

CTX = DocContext("d", 2020, 2021, frozenset(), 2021)


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple]:
    return sentence_facts(extractor, text, CTX)


def test_a_base_years_figure_named_by_a_noun_is_of_that_year(extractor: SentenceExtractor) -> None:
    text = "全县高新技术企业发展到64家,较2018年全县总数41家增加23家。"
    assert _facts(extractor, text) == {
        ("high_tech_enterprises", "actual", "level", 64.0, 2020),
        ("high_tech_enterprises", "actual", "level", 41.0, 2018),
        ("high_tech_enterprises", "actual", "increment", 23.0, 2020),
    }
    # a change named between the base year and the figure: the figure is the change, this year's
    text = "全县高新技术企业发展到64家,较2018年净增长23家。"
    assert ("high_tech_enterprises", "actual", "increment", 23.0, 2020) in _facts(extractor, text)


def test_a_rate_after_a_share_and_a_growth_verb_is_the_shares_growth(
    extractor: SentenceExtractor,
) -> None:
    text = "全区高新技术产业增加值占规上工业增加值的38.6%,比2019年所占比重34.1%提高了4.5%。"
    assert _facts(extractor, text) == {
        ("high_tech_industry_share", "actual", "share_pct", 38.6, 2020),
        ("high_tech_industry_share", "actual", "share_pct", 34.1, 2019),
        ("high_tech_industry_share", "actual", "growth_pct", 4.5, 2020),
    }


def test_what_a_look_back_says_was_built_is_a_stock(extractor: SentenceExtractor) -> None:
    # 已建成 and a look-back's bare 建成 say what stands built; built during the year, or new, is
    # what was added
    text = "全县已建成市级以上科技创新平台26家;建成省级众创空间4个、省级科技企业孵化器2个。"
    assert _facts(extractor, text) == {
        ("innovation_platforms", "actual", "level", 26.0, 2020),
        ("maker_spaces", "actual", "level", 4.0, 2020),
        ("incubators", "actual", "level", 2.0, 2020),
    }
    text = "全年建成省级众创空间4个,新建成省级科技企业孵化器2个。"
    assert _facts(extractor, text) == {
        ("maker_spaces", "actual", "increment", 4.0, 2020),
        ("incubators", "actual", "increment", 2.0, 2020),
    }
    # a plan's 建成 is what is to be added
    found, _ = extractor.extract("建成省级众创空间4个。", "plan", CTX)
    assert {(f.kind, f.measure) for f in found} == {("target", "increment")}


def test_what_was_made_over_several_years_is_a_stock(extractor: SentenceExtractor) -> None:
    text = "五年来,全县先后培育省级众创空间6家;近几年,引进新型研发机构3家。"
    assert {(code, measure) for code, _, measure, *_ in _facts(extractor, text)} == {
        ("maker_spaces", "level"),
        ("new_rd_institutions", "level"),
    }
    assert _facts(extractor, "2020年,全县培育省级众创空间6家。") == {
        ("maker_spaces", "actual", "increment", 6.0, 2020)
    }


def test_a_count_that_passed_its_own_procedure_is_the_kind(extractor: SentenceExtractor) -> None:
    # the figure before the kind, which then passes the procedure that grants it: counted as the
    # kind; new when the kind is granted once (高企), the stock when every year (科技型中小企业)
    text = "2020年,全县共有41家科技型中小企业通过国家评价入库,另有7家高新技术企业通过认定。"
    assert _facts(extractor, text) == {
        ("tech_smes", "actual", "level", 41.0, 2020),
        ("high_tech_enterprises", "actual", "increment", 7.0, 2020),
    }
    # passing something that is not the kind's own procedure says nothing of the count
    assert _facts(extractor, "2020年,全县有41家科技型中小企业通过ISO质量体系论证。") == set()


def test_a_year_of_its_own_after_a_stock_word_says_what_that_year_made(
    extractor: SentenceExtractor,
) -> None:
    text = "目前,全县2020年通过认定高新技术企业12家,完成年度目标10家的120%。"
    assert _facts(extractor, text) == {
        ("high_tech_enterprises", "actual", "increment", 12.0, 2020),
        ("high_tech_enterprises", "target", "increment", 10.0, 2020),
    }
    # without a year of its own, what stands certified now is the stock
    found = _facts(extractor, "目前,全县通过认定高新技术企业12家。")
    assert found == {("high_tech_enterprises", "actual", "level", 12.0, 2020)}


def test_a_firms_own_figures_are_not_the_issuers(extractor: SentenceExtractor) -> None:
    text = "某某新材料科技有限公司2020年加大研发力度,研发投入达到2.1亿元,获授权发明专利12件。"
    assert _facts(extractor, text) == set()
    # a firm named as the first of several counted (…等5家企业) is an example, not the subject
    text = "某某新材料科技有限公司等5家企业被认定为高新技术企业。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "increment", 5.0, 2020)}
    # the issuer speaking of itself after the firm takes its figures back
    text = "某某新材料科技有限公司获评省级技术创新示范企业,全县研发投入达到9.6亿元。"
    assert _facts(extractor, text) == {("rd_expenditure", "actual", "level", 960000000.0, 2020)}


def test_a_firm_spoken_of_by_a_demonstrative_owns_the_figures_after_it(
    extractor: SentenceExtractor,
) -> None:
    text = "截至目前,这家企业累计获得授权发明专利27件,研发投入达到4800万元。"
    assert _facts(extractor, text) == set()
    text = "近年来,该公司坚持自主创新,申请专利达到65项。"
    assert _facts(extractor, text) == set()
    # the issuer named after the firm speaks of itself again
    text = "在该企业带动下,全县高新技术企业达到31家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "level", 31.0, 2020)}
