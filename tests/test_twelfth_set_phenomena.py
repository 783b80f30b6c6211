"""What the twelfth blind set taught, each in sentences written for these tests: 我省 in a
city's or a zone's text is the province, not the issuer; the new ones a relative clause
names (新认定的…有30家) are an increment."""

from __future__ import annotations

import polars as pl
import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.extraction.extract import DocContext, SentenceExtractor, extract_indicators
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.segment import segment_documents

CTX = DocContext("d", 2022, 2023, frozenset(), 2023)


@pytest.fixture(scope="module")
def extractor() -> SentenceExtractor:
    return SentenceExtractor(load_lexicon(), Gazetteer.load())


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple[str, str, float]]:
    found, _ = extractor.extract(text, "summary", CTX)
    return {(f.indicator_code, f.measure, f.value) for f in found}


def test_the_province_said_as_wo_sheng_is_not_the_issuer(extractor: SentenceExtractor) -> None:
    text = "近日,我省新认定高新技术企业1200家,其中全县新认定高新技术企业26家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "increment", 26.0)}
    text = "本省技术合同成交额达到900亿元,全县技术合同成交额达到3亿元。"
    assert _facts(extractor, text) == {("tech_contract_turnover", "level", 3.0e8)}


def test_a_province_that_speaks_as_wo_sheng_without_its_name_keeps_its_figures() -> None:
    text = "2022年,我省技术合同成交额达到900亿元,全省高新技术企业总数达到8000家。"
    docs = pl.DataFrame(
        {
            "document_id": ["p"],
            "text": [text],
            "report_year": [2022],
            "plan_year": [2023],
            "city_basis": ["province"],
        }
    )
    facts, _ = extract_indicators(segment_documents(docs), docs)
    assert {(r["indicator_code"], r["value"]) for r in facts.iter_rows(named=True)} == {
        ("tech_contract_turnover", 9.0e10),
        ("high_tech_enterprises", 8000.0),
    }


def test_the_new_ones_a_relative_clause_names_are_an_increment(
    extractor: SentenceExtractor,
) -> None:
    text = "2022年全县新备案的科技型中小企业有45家,总数达到210家。"
    assert _facts(extractor, text) == {
        ("tech_smes", "increment", 45.0),
        ("tech_smes", "level", 210.0),
    }
    # certified ones, without 新, are what there is
    text = "2022年全县通过认定的高新技术企业有52家。"
    assert _facts(extractor, text) == {("high_tech_enterprises", "level", 52.0)}


def test_a_share_said_with_bili_that_grows_is_a_growth_of_the_share(
    extractor: SentenceExtractor,
) -> None:
    text = "2022年全县R&D经费支出占GDP比例同比增长19%。"
    assert _facts(extractor, text) == {("rd_intensity", "growth_pct", 19.0)}


def test_a_rate_that_lost_its_percent_sign_and_a_growth_after_a_share(
    extractor: SentenceExtractor,
) -> None:
    text = "2022年全县R&D经费投入4.6亿元,同比增长12.45,占GDP比重达2.03,同比增长8.5%。"
    assert _facts(extractor, text) == {
        ("rd_expenditure", "level", 4.6e8),
        ("rd_expenditure", "growth_pct", 12.45),
        ("rd_intensity", "share_pct", 2.03),
    }  # the growth after the share is the share's (a relative change of a percentage: none)
    # a whole number, or one followed by more words, is no rate without its sign
    text = "2022年全县高新技术企业增长12家,研发投入强度为2.03个百分点以上。"
    assert ("rd_intensity", "share_pct", 2.03) not in _facts(extractor, text)
    # with its signs: the growth after the share is not the amount's
    text = "2022年全县R&D经费投入4.6亿元,同比增长12.45%,占GDP比重达2.03%,同比增长8.5%。"
    assert ("rd_expenditure", "growth_pct", 8.5) not in _facts(extractor, text)


def test_a_ratio_takes_no_measure_from_the_clause_before(extractor: SentenceExtractor) -> None:
    text = "2022年全县新引进高层次人才36名,每万人有效发明专利拥有量9.6件,科技进步贡献率达到61%。"
    assert _facts(extractor, text) == {("invention_patents_per_10k", "level", 9.6)}
    # its own change is still an increment
    text = "2022年全县每万人发明专利拥有量较上年增加1.2件,达到9.6件。"
    assert _facts(extractor, text) == {
        ("invention_patents_per_10k", "increment", 1.2),
        ("invention_patents_per_10k", "level", 9.6),
    }
