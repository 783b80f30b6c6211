"""What the thirteenth blind set taught, in sentences written for these tests: a goal in
brackets right after a figure (新认定300家(任务目标180家)) is that figure's target, for the same
indicator, measure and year."""

from __future__ import annotations

from conftest import sentence_facts

from ingest.extraction.extract import DocContext, SentenceExtractor

CTX = DocContext("d", 2021, 2022, frozenset(), 2022)


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple]:
    return sentence_facts(extractor, text, CTX)


def test_a_goal_in_brackets_is_the_target_of_the_figure_before_it(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "2021年,全县新认定高新技术企业46家(任务目标40家),新增科技型中小企业130家(年度目标为120家)。"
    )
    assert _facts(extractor, text) == {
        ("high_tech_enterprises", "actual", "increment", 46.0, 2021),
        ("high_tech_enterprises", "target", "increment", 40.0, 2021),
        ("tech_smes", "actual", "increment", 130.0, 2021),
        ("tech_smes", "target", "increment", 120.0, 2021),
    }
    # other words in brackets are no goal: a part stays a part
    text = "2021年,全县高新技术企业达到260家(其中国家级120家)。"
    assert all(kind == "actual" for _, kind, *_ in _facts(extractor, text))


def test_an_award_named_with_its_grade_is_a_science_award(extractor: SentenceExtractor) -> None:
    text = "2021年,全县获省级科学技术进步二等奖2项、市级科技进步三等奖5项。"
    found, _ = extractor.extract(text, "summary", CTX)
    assert {(f.indicator_code, f.qualifier, f.value) for f in found} == {
        ("science_awards", "省级", 2.0),
        ("science_awards", "市级", 5.0),
    }


def test_a_rate_after_a_bracketed_goal_is_the_figure_before_its(
    extractor: SentenceExtractor,
) -> None:
    text = "2021年,全县新认定高新技术企业46家(任务目标40家),同比增长21%。"
    assert ("high_tech_enterprises", "actual", "growth_pct", 21.0, 2021) in _facts(extractor, text)
