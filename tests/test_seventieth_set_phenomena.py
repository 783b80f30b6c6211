"""What the seventieth to seventy-second blind sets taught, in sentences written for these tests:
a quota list opened by its label, a success after the applications it follows, a headline
that names a programme joined (no plan of the text's own), the status a count is of, the
firms a policy benefited, 新 before a verb, the parts of a counted set, and one figure for
each item of a list closed by its category."""

from __future__ import annotations

from conftest import sentence_facts

from ingest.document.year_phrases import Span, phrase_years
from ingest.extraction.extract import DocContext, SentenceExtractor

# a look-back written after its year (no date in the text: written later)
LOOKING_BACK = DocContext("d", 2022, 2023, frozenset(), None)
CTX = DocContext("d", 2022, 2023, frozenset(), 2022)


def test_a_list_its_label_calls_the_quotas_is_the_years_targets(
    extractor: SentenceExtractor,
) -> None:
    text = "(二)企业培育(任务指标:新增高新技术企业12家、新认定科技型中小企业40家。)"
    assert sentence_facts(extractor, text, LOOKING_BACK) == {
        ("high_tech_enterprises", "target", "increment", 12.0, 2022),
        ("tech_smes", "target", "increment", 40.0, 2022),
    }
    # a goal the look-back sets (力争, 主要目标是) is still the year ahead's
    for goal in ("力争新增高新技术企业12家。", "主要目标是:新增高新技术企业12家。"):
        assert sentence_facts(extractor, goal, LOOKING_BACK) == {
            ("high_tech_enterprises", "target", "increment", 12.0, 2023)
        }, goal


def test_a_success_after_the_applications_takes_what_was_applied_for(
    extractor: SentenceExtractor,
) -> None:
    text = "全年组织企业申报科技型中小企业,共完成申报91家,评价入库85家。"
    assert sentence_facts(extractor, text, CTX) == {("tech_smes", "actual", "level", 85.0, 2022)}
    passed = "组织申报高新技术企业,共申报33家,通过认定27家。"
    assert sentence_facts(extractor, passed, CTX) == {
        ("high_tech_enterprises", "actual", "increment", 27.0, 2022)
    }
    # the applications alone, or said with what they applied for (申报入库), count nothing
    for applied in (
        "组织申报高新技术企业,共申报33家,同比增长10%。",
        "组织企业申报入库科技型中小企业52家。",
    ):
        assert sentence_facts(extractor, applied, CTX) == set(), applied


def test_a_headline_naming_a_programme_joined_sets_no_plan() -> None:
    for headline in (
        "我市12个项目列入2020年省重点研发计划",
        "全区5家企业获批2023年度市级技术创新专项",
        "3个平台入选2019年省级科技创新基地建设计划",
    ):
        assert phrase_years(headline) == Span(None, None, None), headline
    # the text's own plan still is one
    assert phrase_years("县科技局2020年工作计划").plan == 2020


def test_the_status_a_count_is_of_names_no_subject_of_its_own(
    extractor: SentenceExtractor,
) -> None:
    text = "今年新认定国家高新技术企业47家,资格有效数达到215家。"
    assert {f[3] for f in sentence_facts(extractor, text, CTX)} == {47.0, 215.0}


def test_the_firms_a_policy_benefited_are_not_a_count_of_the_kind(
    extractor: SentenceExtractor,
) -> None:
    for text in (
        "兑现高新技术企业所得税优惠1.3亿元,享受企业数142家。",
        "落实科技型中小企业研发费用加计扣除政策4500万元,惠及企业86家。",
    ):
        assert {f[3] for f in sentence_facts(extractor, text, CTX)} <= {130000000.0, 45000000.0}


def test_new_before_a_verb_says_the_things_are_new(extractor: SentenceExtractor) -> None:
    assert sentence_facts(extractor, "前三季度新发展高新技术企业18家。", CTX) == {
        ("high_tech_enterprises", "actual", "increment", 18.0, 2022)
    }
    assert sentence_facts(extractor, "今年新成立新型研发机构4家。", CTX) == {
        ("new_rd_institutions", "actual", "increment", 4.0, 2022)
    }
    # 新 of a word (新型, 新兴) makes nothing new, and a new application is no new firm
    assert sentence_facts(extractor, "全县新型研发机构达到6家。", CTX) == {
        ("new_rd_institutions", "actual", "level", 6.0, 2022)
    }
    assert sentence_facts(extractor, "今年新申报高新技术企业25家。", CTX) == set()


def test_the_figures_after_a_counted_set_are_its_parts(extractor: SentenceExtractor) -> None:
    text = "全县选派的48名科技特派员中,考核为优秀的12名,合格33名。"
    assert sentence_facts(extractor, text, CTX) == {
        ("sci_tech_commissioners", "actual", "level", 48.0, 2022)
    }
    # past a semicolon the sentence counts the kind again
    other = text.replace("。", ";今年新增科技特派员5名。")
    assert ("sci_tech_commissioners", "actual", "increment", 5.0, 2022) in sentence_facts(
        extractor, other, CTX
    )


def test_each_item_of_a_list_closed_by_its_category_gets_the_figure(
    extractor: SentenceExtractor,
) -> None:
    text = "建成众创空间、科技企业孵化器、专家服务站、星创天地等市级双创载体各2家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("maker_spaces", "actual", "level", 2.0, 2022),
        ("incubators", "actual", "level", 2.0, 2022),
        ("star_innovation_bases", "actual", "level", 2.0, 2022),
    }
    found, _ = extractor.extract(text, "summary", CTX)
    assert {f.qualifier for f in found} == {"市级"}  # the category's level
    # without 各, one figure for the whole category is no item's
    assert sentence_facts(extractor, text.replace("各2家", "共9家"), CTX) == set()
