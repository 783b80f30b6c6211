"""What the eleventh blind set taught, each in sentences written for these tests: a standing
after a growth named as a noun ranks that growth; a standing that moved (从第9位升至第6位)
stands where it ended; a subject goes on across clauses that only say how it grew; shares
closed by 的, and shares of something other than the economy; a province's own figures.
(Which texts speak as a province: tests/test_metadata.py.)"""

from __future__ import annotations

import polars as pl
import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import DocContext, SentenceExtractor, extract_indicators
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.segment import segment_documents

CTX = DocContext("d", 2022, 2023, frozenset(), 2023)


@pytest.fixture(scope="module")
def extractor() -> SentenceExtractor:
    return SentenceExtractor(load_lexicon(), Gazetteer.load())


def _ranks(extractor: SentenceExtractor, text: str) -> set[tuple[str, float]]:
    found, _ = extractor.extract(text, "summary", CTX)
    return {(f.indicator_code, f.value) for f in found if f.measure == "rank"}


def test_a_standing_after_a_growth_named_as_a_noun_ranks_the_growth(
    extractor: SentenceExtractor,
) -> None:
    # 增速 and 增幅 are the subjects of the clause before the standing: theirs, not the level's
    for text in (
        "2022年全县技术合同成交额8.4亿元,三年平均增速达到31.5%,位列全市第二。",
        "2022年全县研发投入强度为2.36%,增幅达0.41个百分点,排名全省第7位。",
    ):
        assert _ranks(extractor, text) == set(), text
    # after the verb 增长 the standing is the indicator's, as before
    text = "2022年全县技术合同成交额8.4亿元,同比增长31.5%,位列全市第二。"
    assert _ranks(extractor, text) == {("tech_contract_turnover", 2.0)}


def test_a_standing_that_moved_stands_where_it_ended(extractor: SentenceExtractor) -> None:
    text = "2022年,全县每万人发明专利拥有量由全市第9位升至第6位,高新技术企业达到88家。"
    assert _ranks(extractor, text) == {("invention_patents_per_10k", 6.0)}
    text = "全县研发经费投入强度从全省第31位跃升到第12位。"
    assert _ranks(extractor, text) == {("rd_intensity", 12.0)}


def _facts(extractor: SentenceExtractor, text: str) -> set[tuple[str, str, float]]:
    found, _ = extractor.extract(text, "summary", CTX)
    return {(f.indicator_code, f.measure, f.value) for f in found}


def test_a_subject_goes_on_across_clauses_that_only_say_how_it_grew(
    extractor: SentenceExtractor,
) -> None:
    text = "五年来,全县科技型中小企业从小到大,从弱到强,总数达到320家。"
    assert _facts(extractor, text) == {("tech_smes", "level", 320.0)}
    # a clause with a standing in it is no bare clause: 增幅 after it has no indicator
    text = "全县研发投入强度达到2.8%,全省第4,增幅达0.2%,全市第1。"
    assert ("rd_intensity", "growth_pct", 0.2) not in _facts(extractor, text)
    # nor is a clause with a noun of its own (企业创新意识): it names another subject
    text = "全县高新技术企业培育扎实推进,企业创新意识增强,新增45家。"
    assert _facts(extractor, text) == set()


def test_a_share_of_the_economy_closed_by_de_and_a_share_of_something_else(
    extractor: SentenceExtractor,
) -> None:
    # 占X的N%: the share without 比重 or 比例
    for text in (
        "2022年全县研发经费支出占地区生产总值的1.96%。",
        "2022年全县R&D投入占GDP的1.96%,较上年提高0.1个百分点。",
    ):
        assert _facts(extractor, text) == {("rd_intensity", "share_pct", 1.96)}, text
    # a share of the R&D spending itself (企业的份额) is no R&D intensity
    text = "规上工业企业研发经费占全县研发经费总额91%以上。"
    assert not any(code == "rd_intensity" for code, _, _ in _facts(extractor, text))


PROVINCE_TEXT = (
    "陕西省科技厅召开全省科技工作会议。2022年,我省技术合同成交额达到3000亿元,同比增长30%;"
    "全省高新技术企业总数达到12000家。西安市新增高新技术企业2000家,宝鸡市技术合同成交额"
    "150亿元。本省将继续推进秦创原建设。"
)


def test_a_provinces_own_figures_are_the_issuers_and_its_cities_are_not() -> None:
    meta = describe(PROVINCE_TEXT, "doc.txt", Gazetteer.load())
    assert (meta.city_zh, meta.city_basis, meta.province) == (None, "province", "陕西省")
    docs = pl.DataFrame(
        {
            "document_id": ["p", "u"],
            "text": [PROVINCE_TEXT, PROVINCE_TEXT],
            "report_year": [2022, 2022],
            "plan_year": [2023, 2023],
            "province": [meta.province, None],
        }
    )
    facts, _ = extract_indicators(segment_documents(docs), docs)
    got = {
        doc: {(r["indicator_code"], r["measure"], r["qualifier"], r["value"])
              for r in facts.iter_rows(named=True) if r["document_id"] == doc}
        for doc in ("p", "u")
    }  # fmt: skip
    # 我省 and 全省 speak of the issuer (no 省级 qualifier); 西安 and 宝鸡 are its cities
    assert got["p"] == {
        ("tech_contract_turnover", "level", None, 3.0e11),
        ("tech_contract_turnover", "growth_pct", None, 30.0),
        ("high_tech_enterprises", "level", None, 12000.0),
    }
    # a text of no known issuer reads 全省 as another place, as before
    assert ("high_tech_enterprises", "level", None, 12000.0) not in got["u"]


def test_a_sentence_compared_with_the_report_year_is_of_the_year_after(
    extractor: SentenceExtractor,
) -> None:
    # a text on 2019 written later: 较2019年 puts the sentence in 2020
    later = DocContext("d", 2019, 2020, frozenset(), 2020)
    text = "至此,全县高新技术企业总数达到85家,较2019年净增12家。"
    found, _ = extractor.extract(text, "summary", later)
    assert {(f.measure, f.value, f.year) for f in found} == {
        ("level", 85.0, 2020),
        ("increment", 12.0, 2020),
    }
    # a year of its own, or a comparison with the year before, keeps its year
    text = "2019年,全县高新技术企业总数达到85家,较2018年净增12家。"
    found, _ = extractor.extract(text, "summary", later)
    assert {f.year for f in found} == {2019}
    text = "全县高新技术企业总数达到85家,较上年净增12家。"
    found, _ = extractor.extract(text, "summary", later)
    assert {f.year for f in found} == {2019}


def test_a_standing_after_an_average_growth_over_years_is_the_growths(
    extractor: SentenceExtractor,
) -> None:
    text = "全县研发经费从2018年的1.2亿元增加到2022年的3.5亿元,年均增速达30.7%,居全市第一。"
    assert _ranks(extractor, text) == set()


def test_kinds_that_share_the_indicator_as_their_head_are_parts_of_it(
    extractor: SentenceExtractor,
) -> None:
    # 委托、合作和转让 are kinds of contracts: each figure is a part, none the whole
    text = "委托、合作和转让技术合同登记额分别为1.2亿元、3.4亿元和0.8亿元,分别增长10%、12%和5%。"
    assert _facts(extractor, text) == set()
    # …while listed indicators, or levels of one, still pair with their figures
    text = "国家级、省级科技企业孵化器分别有2家、9家。"
    assert {(m, v) for _, m, v in _facts(extractor, text)} == {("level", 2.0), ("level", 9.0)}
    text = "专利申请量、授权量分别为1200件和600件。"
    assert _facts(extractor, text) == {
        ("patent_applications", "level", 1200.0),
        ("patent_grants", "level", 600.0),
    }


def test_those_above_a_size_are_a_part_not_the_whole(extractor: SentenceExtractor) -> None:
    text = (
        "2022年,全区营业收入超5亿元的高新技术企业达到18家,全区高新技术企业总数达到236家;"
        "研发投入1000万元以上的高新技术企业新增9家。"
    )
    found, _ = extractor.extract(text, "summary", CTX)
    assert {(f.indicator_code, f.measure, f.value) for f in found} == {
        ("high_tech_enterprises", "level", 236.0)
    }
