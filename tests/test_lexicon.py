"""One lexicon feeds jieba, the extractor and dim_indicator."""

import csv

from ingest.extraction.lexicon import INDICATORS_CSV, load_lexicon
from ingest.extraction.segment import cut

CONTRACT_CORE = {
    "rd_expenditure", "rd_intensity", "high_tech_enterprises", "tech_smes",
    "tech_giant_enterprises", "tech_contract_turnover", "patent_applications", "patent_grants",
    "invention_patent_applications", "invention_patent_grants", "invention_patents_per_10k",
    "high_tech_industry_share", "new_rd_institutions", "key_laboratories", "incubators",
    "maker_spaces", "star_innovation_bases", "sci_tech_commissioners", "sci_tech_funds_secured",
    "rd_tax_deduction", "innovation_platforms", "industry_university_projects",
    "tech_finance_loans", "science_awards",
}  # fmt: skip
UNITS = {"yuan", "count", "percent", "rank", "per_10k_people", "sqm"}


def test_every_core_indicator_is_in_the_lexicon_with_a_contract_unit() -> None:
    with INDICATORS_CSV.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["indicator_code"] for r in rows} >= CONTRACT_CORE
    assert {r["unit"] for r in rows} <= UNITS
    lexicon = load_lexicon()
    mapped = {f.indicator_code for f in lexicon.forms}
    assert mapped >= CONTRACT_CORE  # every indicator can be found in text


def test_longest_form_wins_and_blockers_map_to_nothing() -> None:
    lexicon = load_lexicon()
    (m,) = lexicon.find_mentions("全社会R&D经费投入")
    assert m.indicator_code == "rd_expenditure" and m.form.text == "全社会R&D经费投入"
    (m,) = lexicon.find_mentions("高新技术企业培育库")
    assert m.indicator_code is None


def test_gap_forms_capture_what_they_skip() -> None:
    (m,) = load_lexicon().find_mentions("争取省级及以上科技资金")
    assert m.indicator_code == "sci_tech_funds_secured"
    assert m.gap_text == "省级及以上"


def test_jieba_keeps_lexicon_words_whole() -> None:
    assert "科技型中小企业" in cut("全市科技型中小企业评价入库")
    assert "星创天地" in cut("新增省级星创天地3家")


def test_a_name_joined_by_和_is_the_name_joined_by_与() -> None:
    lexicon = load_lexicon()
    for text in ("全县研究和试验发展经费支出1.2亿元", "全县研究与试验发展经费支出1.2亿元"):
        (mention,) = lexicon.find_mentions(text)
        assert (mention.indicator_code, text[mention.start : mention.end]) == (
            "rd_expenditure",
            text[2:13],
        )
    # 和 elsewhere stays a conjunction: two names, not one
    found = lexicon.find_mentions("高新技术企业和科技型中小企业")
    assert [m.indicator_code for m in found] == ["high_tech_enterprises", "tech_smes"]


def test_an_indicators_研发_may_be_written_out() -> None:
    lexicon = load_lexicon()
    for text, name in (("全区研究开发经费投入强度2.6%", "研究开发经费投入强度"),
                       ("全区研究开发投入9.3亿元", "研究开发投入")):  # fmt: skip
        (mention,) = lexicon.find_mentions(text)
        assert text[mention.start : mention.end] == name
        assert mention.indicator_code in ("rd_intensity", "rd_expenditure")
    # a form that names no indicator keeps its own spelling only
    assert [m.indicator_code for m in lexicon.find_mentions("企业研发费用")] == [None]
    assert lexicon.find_mentions("企业研究开发费用") == []
