"""What the fourteenth blind set taught, in sentences written for these tests: a base year's
own figure, named by a noun before the change (较2019年的总数40家增加…), is of that year, and a
rate after a share and a verb of growth is the share's growth."""

from __future__ import annotations

import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.extraction.extract import DocContext, SentenceExtractor
from ingest.extraction.lexicon import load_lexicon

CTX = DocContext("d", 2020, 2021, frozenset(), 2021)


@pytest.fixture(scope="module")
def extractor() -> SentenceExtractor:
    return SentenceExtractor(load_lexicon(), Gazetteer.load())


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple]:
    found, _ = extractor.extract(text, "summary", CTX)
    return {(f.indicator_code, f.kind, f.measure, f.value, f.year) for f in found}


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
