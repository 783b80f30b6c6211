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
