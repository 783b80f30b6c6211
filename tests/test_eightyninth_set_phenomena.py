"""What the eighty-ninth to ninety-first blind sets (statistical bulletins, government work
reports and speeches, county bureaus' summaries and plans) and a re-reading of the earlier sets'
misses taught, in texts written for these tests: firms put forward who are then said to have
made it, and totals given with 分别 after a list of what was new."""

from __future__ import annotations

from conftest import sentence_facts

from ingest.extraction.extract import DocContext, SentenceExtractor

CTX = DocContext("d", 2023, 2024, frozenset({"铜仁市", "铜仁"}), 2023)


def test_firms_put_forward_who_then_made_it_are_counted(extractor: SentenceExtractor) -> None:
    for text in (
        "今年全市推荐的21家企业全部通过高新技术企业认定。",
        "经我局推荐的21家企业均通过了高新技术企业认定。",
    ):
        facts = sentence_facts(extractor, text, CTX)
        assert facts == {("high_tech_enterprises", "actual", "increment", 21.0, 2023)}
    # put forward and nothing said of the outcome: applicants, no count
    for text in ("今年全市推荐21家企业申报高新技术企业。", "推荐申报高新技术企业21家,正在评审。"):
        assert sentence_facts(extractor, text, CTX) == set()


def test_totals_given_with_fenbie_after_a_list_of_what_was_new(
    extractor: SentenceExtractor,
) -> None:
    text = "全年新认定高新技术企业64家、科技型中小企业210家,总数分别达到385家和1260家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "actual", "increment", 64.0, 2023),
        ("tech_smes", "actual", "increment", 210.0, 2023),
        ("high_tech_enterprises", "actual", "level", 385.0, 2023),
        ("tech_smes", "actual", "level", 1260.0, 2023),
    }
    # an item of the list that names no indicator takes its total with it
    mixed = "全年新认定高新技术企业64家、技术先进型服务企业9家,累计分别达到385家和40家。"
    assert sentence_facts(extractor, mixed, CTX) == {
        ("high_tech_enterprises", "actual", "increment", 64.0, 2023),
        ("high_tech_enterprises", "actual", "level", 385.0, 2023),
    }


def test_a_part_counted_after_qizhong_that_did_something_else(
    extractor: SentenceExtractor,
) -> None:
    text = "全市有效期内高新技术企业达到1260家,其中9家高新技术企业在科创板上市。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "actual", "level", 1260.0, 2023)
    }
    # a part that is only a grade of the kind is still counted
    graded = "全市高新技术企业达到1260家,其中国家级高新技术企业980家。"
    assert ("high_tech_enterprises", "actual", "level", 980.0, 2023) in sentence_facts(
        extractor, graded, CTX
    )


def test_listed_firms_are_no_count_of_the_kind(extractor: SentenceExtractor) -> None:
    for name in ("上市高新技术企业", "上市高企"):
        assert sentence_facts(extractor, f"全年新增{name}3家。", CTX) == set()


def test_a_from_to_with_a_comma_before_its_end(extractor: SentenceExtractor) -> None:
    text = "2019年至2022年,全市技术合同成交额由41.6亿元,增加到97.3亿元。"
    assert sentence_facts(extractor, text, CTX) == {
        ("tech_contract_turnover", "actual", "level", 4160000000.0, 2019),
        ("tech_contract_turnover", "actual", "level", 9730000000.0, 2022),
    }


def test_a_growth_over_a_period_is_no_years_growth(extractor: SentenceExtractor) -> None:
    text = "2019年至2022年,全市高新技术企业由410家增加到1120家,增长1.7倍。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "actual", "level", 410.0, 2019),
        ("high_tech_enterprises", "actual", "level", 1120.0, 2022),
    }
    # a change against the year before is the last year's
    yearly = "2019年至2022年,全市高新技术企业由410家增加到1120家,比上年增长18%。"
    assert ("high_tech_enterprises", "actual", "growth_pct", 18.0, 2022) in sentence_facts(
        extractor, yearly, CTX
    )


def test_the_body_of_those_counted_is_no_other_noun(extractor: SentenceExtractor) -> None:
    for body in ("队伍", "群体"):
        text = f"全市科技特派员{body}发展到536人。"
        assert sentence_facts(extractor, text, CTX) == {
            ("sci_tech_commissioners", "actual", "level", 536.0, 2023)
        }


def test_the_share_of_the_provinces_total_is_a_yardstick_not_a_topic(
    extractor: SentenceExtractor,
) -> None:
    text = "全市高新技术企业达到860家,全省占比21.4%;技术合同成交额58亿元。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "actual", "level", 860.0, 2023),
        ("tech_contract_turnover", "actual", "level", 5800000000.0, 2023),
    }
    # a clause that opens on the province itself still speaks of it
    other = "全市高新技术企业达到860家;全省技术合同成交额1580亿元。"
    assert sentence_facts(extractor, other, CTX) == {
        ("high_tech_enterprises", "actual", "level", 860.0, 2023)
    }


def test_words_inside_a_documents_name_are_no_verb_of_the_figure(
    extractor: SentenceExtractor,
) -> None:
    text = "《科技强市建设三年行动方案》提出到2025年高新技术企业突破1500家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "target", "level", 1500.0, 2025)
    }


def test_the_per_10k_name_with_its_words_reordered(extractor: SentenceExtractor) -> None:
    for name in ("万人专利发明拥有量", "每万人专利发明拥有量"):
        facts = sentence_facts(extractor, f"全市{name}达到14.6件。", CTX)
        assert facts == {("invention_patents_per_10k", "actual", "level", 14.6, 2023)}


def test_establishing_is_a_verb_of_making(extractor: SentenceExtractor) -> None:
    plan = DocContext("d", 2023, 2024, frozenset({"铜仁市", "铜仁"}), 2023)
    text = "力争2024年建立市级以上众创空间4家、星创天地3家。"
    assert sentence_facts(extractor, text, plan) == {
        ("maker_spaces", "target", "increment", 4.0, 2024),
        ("star_innovation_bases", "target", "increment", 3.0, 2024),
    }
    # …and, as the other verbs of making, a stock when the sentence speaks of one
    stock = "截至目前,全市累计建立众创空间26家。"
    assert sentence_facts(extractor, stock, plan) == {
        ("maker_spaces", "actual", "level", 26.0, 2023)
    }
