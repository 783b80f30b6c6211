"""What the fifteenth blind set taught, in sentences written for these tests: the firms a
sentence does something to (对…给予表扬) are counted as those treated, not as the stock or the
year's new ones. (A bureau's visit to one of its counties: tests/test_metadata.py.)"""

from __future__ import annotations

from conftest import sentence_facts

from ingest.extraction.extract import DocContext, SentenceExtractor

CTX = DocContext("d", 2021, 2022, frozenset(), 2022)


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple]:
    return sentence_facts(extractor, text, CTX)


def test_the_firms_a_sentence_rewards_are_no_count_of_the_kind(
    extractor: SentenceExtractor,
) -> None:
    text = "经县政府研究,对2021年度新认定的14家高新技术企业分别给予10万元奖励。"
    assert not any(code == "high_tech_enterprises" for code, *_ in _facts(extractor, text))
    # …however long the list between 对 and the treatment
    text = (
        "会上,对获得2021年度县科学技术奖的12个项目、3个授权发明专利转化应用项目、"
        "2名专利创造突出个人、40个授权的发明专利进行表彰。"
    )
    assert _facts(extractor, text) == set()
    # without 对…给予 the same count is the year's new ones
    text = "2021年度新认定高新技术企业14家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "actual", "increment", 14.0, 2021)}


def test_funds_got_from_above_are_secured_funds(extractor: SentenceExtractor) -> None:
    # 获 with 经费 or 资助, as with 资金 and as 获得 with all three
    for text in (
        "2021年,全县获省级科技项目经费支持860万元。",
        "2021年,全县获上级科技资助860万元。",
    ):
        assert _facts(extractor, text) == {
            ("sci_tech_funds_secured", "actual", "level", 8600000.0, 2021)
        }


def test_a_goal_the_sentence_works_by_sets_no_figure_as_a_goal(
    extractor: SentenceExtractor,
) -> None:
    text = "按照建设创新型县的工作目标,2021年全县研发投入强度达到2.6%,居全市第3。"
    assert _facts(extractor, text) == {
        ("rd_intensity", "actual", "share_pct", 2.6, 2021),
        ("rd_intensity", "actual", "rank", 3.0, 2021),
    }
    # a goal word of the figure's own still sets one
    text = "按照建设创新型县的工作目标,力争2022年全县研发投入强度达到2.8%。"
    assert _facts(extractor, text) == {("rd_intensity", "target", "share_pct", 2.8, 2022)}
