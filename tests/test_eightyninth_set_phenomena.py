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


def test_an_amount_taken_up_by_its_last_word_in_the_next_sentence(
    extractor: SentenceExtractor,
) -> None:
    before = "近五年全市技术合同成交额年均增长三成以上。"
    text = "其中,2021年成交额33.5亿元;2022年成交额47.1亿元,同比增长40.6%。"
    found, _ = extractor.extract(text, "summary", CTX, before)
    assert {(f.indicator_code, f.measure, f.value, f.year) for f in found} == {
        ("tech_contract_turnover", "level", 3350000000.0, 2021),
        ("tech_contract_turnover", "level", 4710000000.0, 2022),
        ("tech_contract_turnover", "growth_pct", 40.6, 2022),
    }
    # a sentence that does not open on it speaks of some other trade
    other = "建成专利展示中心,推动80件专利开展交易,交易额900万元。"
    assert extractor.extract(other, "summary", CTX, "全市技术交易额达到12亿元。")[0] == []


def test_a_joining_verb_that_ends_the_clause_makes_them_what_they_are_named(
    extractor: SentenceExtractor,
) -> None:
    for verb in ("获批", "入选", "入围"):
        text = f"全市3家科技企业孵化器{verb},总数达到14家。"
        assert sentence_facts(extractor, text, CTX) == {
            ("incubators", "actual", "increment", 3.0, 2023),
            ("incubators", "actual", "level", 14.0, 2023),
        }
    # joining something else (a list of the best, an honour) is not becoming one
    for text in ("全市3家科技企业孵化器获评优秀。", "全市3家高新技术企业入选全省百强。"):
        assert sentence_facts(extractor, text, CTX) == set()


def test_adding_said_with_tian(extractor: SentenceExtractor) -> None:
    for verb in ("再添", "新添", "增添"):
        text = f"全市{verb}省级重点实验室3个。"
        assert sentence_facts(extractor, text, CTX) == {
            ("key_laboratories", "actual", "increment", 3.0, 2023)
        }


def test_a_demonstrative_points_back_to_things_counted_before(
    extractor: SentenceExtractor,
) -> None:
    for pointer in ("这", "上述", "该"):
        text = f"{pointer}6家众创空间将享受省级补助政策。"
        assert sentence_facts(extractor, text, CTX) == set()


def test_a_share_of_a_whole_is_an_aside_before_a_growth(extractor: SentenceExtractor) -> None:
    text = "全市科技型中小企业入库数达到702家,占全省总数的12.4%,同比增长35.2%。"
    assert sentence_facts(extractor, text, CTX) == {
        ("tech_smes", "actual", "level", 702.0, 2023),
        ("tech_smes", "actual", "growth_pct", 35.2, 2023),
    }


def test_a_headlines_phrases_with_figures_in_words_set_apart_by_a_space() -> None:
    from ingest.reading.normalise import normalise_text

    line = normalise_text("铜仁新增两个省级重点实验室 总数达到九个")
    assert line == "铜仁新增两个省级重点实验室,总数达到九个"
    # a phrase without a figure of its own is no phrase apart
    assert normalise_text("铜仁新增两个省级 重点实验室") == "铜仁新增两个省级重点实验室"


def test_a_short_name_glossed_inside_the_name(extractor: SentenceExtractor) -> None:
    from ingest.reading.normalise import normalise_text

    for gloss in ("(以下简称r&d)", "(以下简称“R&D”)", "(简称R&D)"):
        line = normalise_text(f"全市研究与试验发展{gloss}经费投入总量达28.4亿元。")
        assert line == "全市研究与试验发展(R&D)经费投入总量达28.4亿元。"
        assert sentence_facts(extractor, line, CTX) == {
            ("rd_expenditure", "actual", "level", 2840000000.0, 2023)
        }


def test_the_year_a_run_began_is_not_the_figures_year(extractor: SentenceExtractor) -> None:
    text = "全市发明专利授权量达到1860件,自2016年起连续8年居全省第二位。"
    assert sentence_facts(extractor, text, CTX) == {
        ("invention_patent_grants", "actual", "level", 1860.0, 2023),
        ("invention_patent_grants", "actual", "rank", 2.0, 2023),
    }


def test_kinds_listed_after_qizhong_are_parts_not_the_indicator(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "全市选派科技特派员420名,其中个人科技特派员365名、法人科技特派员40名、团队科技特派员15名。"
    )
    assert sentence_facts(extractor, text, CTX) == {
        ("sci_tech_commissioners", "actual", "level", 420.0, 2023)
    }
    # levels listed after 其中 are reported, and so are other indicators
    levels = "全市高新技术企业达到560家,其中国家级310家、省级250家。"
    assert len(sentence_facts(extractor, levels, CTX)) == 3
    others = "全市科技型企业共900家,其中高新技术企业260家、科技型中小企业640家。"
    assert sentence_facts(extractor, others, CTX) == {
        ("high_tech_enterprises", "actual", "level", 260.0, 2023),
        ("tech_smes", "actual", "level", 640.0, 2023),
    }


def test_a_title_saying_the_years_goals_were_met_looks_back_on_that_year() -> None:
    from ingest.document.year_phrases import phrase_years

    for title in ("2022年全县科技工作超额完成目标任务", "2022年圆满完成年度计划"):
        span = phrase_years(title)
        assert (span.summary, span.plan) == (2022, None)
    # a plan to meet them is still a plan
    span = phrase_years("2022年确保完成目标任务的实施方案")
    assert (span.summary, span.plan) == (None, 2022)


def test_the_overall_size_of_the_kind_is_its_count(extractor: SentenceExtractor) -> None:
    text = "到2025年,全市高新技术企业总体规模力争达到900家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "target", "level", 900.0, 2025)
    }


def test_firms_of_a_size_class_are_a_part_of_the_kind(extractor: SentenceExtractor) -> None:
    for size in ("规模以上", "规上"):
        assert sentence_facts(extractor, f"全市{size}高新技术企业达到215家。", CTX) == set()


def test_what_a_look_back_says_it_brought_up_stands_now(extractor: SentenceExtractor) -> None:
    text = "全市培育国家高新技术企业148家、科技型中小企业530家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("high_tech_enterprises", "actual", "level", 148.0, 2023),
        ("tech_smes", "actual", "level", 530.0, 2023),
    }
    # the year's own, new ones and goals are added
    for text in (
        "今年培育高新技术企业21家。",
        "全年新培育高新技术企业21家。",
        "2023年,全市培育高新技术企业21家。",
    ):
        assert sentence_facts(extractor, text, CTX) == {
            ("high_tech_enterprises", "actual", "increment", 21.0, 2023)
        }
    goal = sentence_facts(extractor, "力争培育高新技术企业30家。", CTX, section="plan")
    assert goal == {("high_tech_enterprises", "target", "increment", 30.0, 2024)}


def test_engineering_and_technology_centres_are_no_count_of_platforms(
    extractor: SentenceExtractor,
) -> None:
    # a kind of platform with no code of its own (the contract's 创新平台 are platforms as such)
    text = "全年新增省级工程技术研究中心12家、省级技术创新中心3家,新增省级科技创新平台5家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("innovation_platforms", "actual", "increment", 5.0, 2023)
    }


def test_the_countrys_figures_are_not_the_citys(extractor: SentenceExtractor) -> None:
    text = "2022年,我国研发经费投入总量突破3万亿元,比上年增长10.1%。"
    assert sentence_facts(extractor, text, CTX) == set()


def test_an_indicators_words_inside_an_organisations_name(extractor: SentenceExtractor) -> None:
    text = (
        "在孵企业最多的是铜仁高新技术企业孵化服务中心、铜仁锦江科技企业孵化器有限公司,"
        "分别为48家、35家。"
    )
    assert sentence_facts(extractor, text, CTX) == set()
    # the kind's own figures after such a name are still read
    own = "铜仁锦江科技企业孵化器有限公司运营良好,全市科技企业孵化器达到9家。"
    assert sentence_facts(extractor, own, CTX) == {("incubators", "actual", "level", 9.0, 2023)}


def test_a_place_that_has_them_after_qizhong_is_no_kind(extractor: SentenceExtractor) -> None:
    text = "省科技厅公布了今年的省级科技特派员名单,其中铜仁市有个人科技特派员86名。"
    assert sentence_facts(extractor, text, CTX) == {
        ("sci_tech_commissioners", "actual", "level", 86.0, 2023)
    }
