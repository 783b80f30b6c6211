"""What the hundredth to hundred-second blind sets (older county pages, patent offices' pages,
speeches) taught, in texts written for these tests: a pair of scope words ending on 县级 or 区级,
a sentence the rules fail on, a dated speech's 今年, patent statistics in their short forms, a
place's average, and a clause of the present after a past year's."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from conftest import folder_facts, sentence_facts

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import DocContext, SentenceExtractor, extract_indicators
from ingest.extraction.segment import segment_documents
from ingest.reading.normalise import normalise_text

CTX = DocContext("d", 2023, 2024, frozenset({"安顺市", "安顺"}), 2023)


def test_a_pair_of_scope_words_ending_on_a_county_or_district(
    extractor: SentenceExtractor,
) -> None:
    pairs = (("市、县级", "市级及县级"), ("省、区级", "省级及区级"), ("市和区级", "市级及区级"))
    for pair, both in pairs:
        text = f"今年全市新增{pair}科技型中小企业26家。"
        found, _ = extractor.extract(text, "summary", CTX)
        assert [(f.indicator_code, f.measure, f.value) for f in found] == [
            ("tech_smes", "increment", 26.0)
        ]
        assert found[0].qualifier == both  # one count for both scopes


def test_a_sentence_the_rules_fail_on_keeps_its_figures_and_the_rest_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fault injection: whatever bug a page's words meet, the other sentences are read and the
    failing sentence's figures are kept as unmapped, saying why."""
    real = SentenceExtractor.extract

    def failing(self, text, section, ctx, previous=None):  # type: ignore[no-untyped-def]
        if "孵化器" in text:
            raise KeyError("区")
        return real(self, text, section, ctx, previous)

    monkeypatch.setattr(SentenceExtractor, "extract", failing)
    text = normalise_text(
        "安顺市科技局2023年工作总结\n"
        "2023年,全市新认定高新技术企业31家。全市新建科技企业孵化器4家,在孵企业达到120家。"
    )
    meta = describe(text, "a.txt", Gazetteer.load())
    row = {"document_id": "a", "text": text, "report_year": meta.report_year,
           "plan_year": meta.plan_year, "city_zh": meta.city_zh}  # fmt: skip
    docs = pl.DataFrame([row])
    facts, unmapped = extract_indicators(segment_documents(docs), docs, workers=1)
    assert [(r["indicator_code"], r["value"]) for r in facts.iter_rows(named=True)] == [
        ("high_tech_enterprises", 31.0)
    ]
    kept = {(r["value"], r["context"]) for r in unmapped.iter_rows(named=True)}
    assert kept == {
        (4.0, "extraction failed: KeyError: '区'"),
        (120.0, "extraction failed: KeyError: '区'"),
    }


def test_a_speech_dated_in_its_year_calls_that_year_this_year(tmp_path: Path) -> None:
    text = (
        "在全市科技工作推进会上的讲话(2019年10月28日)\n同志们:去年以来,全市上下聚力创新。"
        "去年全市新认定高新技术企业48家,技术合同成交额达到12.4亿元。"
        "今年1—9月,全市新增科技型中小企业86家。"
    )
    meta = describe(normalise_text(text), "jiangshan_2019.txt", Gazetteer.load())
    assert (meta.report_year, meta.current_year) == (2019, 2019)
    (tmp_path / "jiangshan_2019.txt").write_text(text, encoding="utf-8")
    found = folder_facts(tmp_path)
    assert ("high_tech_enterprises", 2018, "actual", "increment", 48.0) in found
    assert ("tech_smes", 2019, "actual", "increment", 86.0) in found
    # undated, the same words (去年 twice, 今年 once) still say it was written the year after
    undated = text.replace("(2019年10月28日)", "")
    meta = describe(normalise_text(undated), "jiangshan_2019.txt", Gazetteer.load())
    assert meta.current_year == 2020


def test_patent_statistics_in_their_short_forms(extractor: SentenceExtractor) -> None:
    text = "全年专利申请9120件,其中发明申请2310件;发明授权655件;有效发明3018件,万人有效发明21.6件。"
    assert sentence_facts(extractor, text, CTX) == {
        ("patent_applications", "actual", "level", 9120.0, 2023),
        ("invention_patent_applications", "actual", "level", 2310.0, 2023),
        ("invention_patent_grants", "actual", "level", 655.0, 2023),
        ("invention_patents_per_10k", "actual", "level", 21.6, 2023),
    }


def test_a_places_average_named_with_its_indicator_is_that_places(
    extractor: SentenceExtractor,
) -> None:
    text = "全市每万人发明专利拥有量达到18.2件,是全省平均每万人发明专利拥有量9.1件的两倍。"
    assert sentence_facts(extractor, text, CTX) == {
        ("invention_patents_per_10k", "actual", "level", 18.2, 2023)
    }
    assert sentence_facts(extractor, "全国平均研发投入强度为2.55%。", CTX) == set()
    # the issuer's own average is its own figure
    assert sentence_facts(extractor, "全市平均每万人发明专利拥有量6.3件。", CTX) == {
        ("invention_patents_per_10k", "actual", "level", 6.3, 2023)
    }


def test_a_clause_of_the_present_after_a_past_years(extractor: SentenceExtractor) -> None:
    text = "2021年全市科技型中小企业为310家,2022年为402家,目前已经超过500家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("tech_smes", "actual", "level", 310.0, 2021),
        ("tech_smes", "actual", "level", 402.0, 2022),
        ("tech_smes", "actual", "level", 500.0, 2023),
    }
    # a present word inside the year's own clause leaves the year its own
    same_clause = "截至2022年目前全市科技型中小企业402家。"
    assert sentence_facts(extractor, same_clause, CTX) == {
        ("tech_smes", "actual", "level", 402.0, 2022)
    }


def test_a_document_the_understanding_fails_on_is_quarantined_and_the_rest_go_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Fault injection: a bug met while deciding a document's city quarantines that document,
    with the reason (which raw_documents files as its quarantine_reason), not the folder."""
    from ingest.document import metadata

    real = metadata.find_city

    def failing(**kwargs):  # type: ignore[no-untyped-def]
        if "孵化器" in kwargs["text"]:
            raise IndexError("string index out of range")
        return real(**kwargs)

    monkeypatch.setattr(metadata, "find_city", failing)
    good = "安顺市科技局2023年工作总结\n2023年,全市新认定高新技术企业31家。"
    bad = "安顺市科技局2022年工作总结\n2022年,全市新建科技企业孵化器4家。"
    meta = describe(normalise_text(bad), "b.txt", Gazetteer.load())
    assert meta.not_report_reason == (
        "document understanding failed: IndexError: string index out of range"
    )
    assert (meta.city_zh, meta.report_year) == (None, None)
    (tmp_path / "a.txt").write_text(good, encoding="utf-8")
    (tmp_path / "b.txt").write_text(bad, encoding="utf-8")
    assert folder_facts(tmp_path) == {("high_tech_enterprises", 2023, "actual", "increment", 31.0)}


def test_a_document_the_section_rules_fail_on_is_still_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Fault injection: a bug of the section rules on one document cuts its sentences plainly
    (all of the look back), so its figures are still read and the other documents' too."""
    from ingest.extraction import segment

    real = segment.split_sentences

    def failing(text, *args):  # type: ignore[no-untyped-def]
        if "孵化器" in text:
            raise ValueError("no section")
        return real(text, *args)

    monkeypatch.setattr(segment, "split_sentences", failing)
    (tmp_path / "a.txt").write_text(
        "安顺市科技局2023年工作总结\n2023年,全市新认定高新技术企业31家。", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "普定县科技局2023年工作总结\n  2023年,全县新建科技企业孵化器4家。", encoding="utf-8"
    )
    assert folder_facts(tmp_path) == {
        ("high_tech_enterprises", 2023, "actual", "increment", 31.0),
        ("incubators", 2023, "actual", "increment", 4.0),
    }


def test_a_plan_said_with_jihua_is_a_goal(extractor: SentenceExtractor) -> None:
    assert sentence_facts(extractor, "全市计划今年新增科技型中小企业80家。", CTX) == {
        ("tech_smes", "target", "increment", 80.0, 2023)
    }
    # the plan as a noun is no goal: a programme, or the share of a plan done
    assert sentence_facts(extractor, "列入省科技计划项目9项,争取资金560万元。", CTX) == {
        ("sci_tech_projects", "actual", "level", 9.0, 2023),
        ("sci_tech_funds_secured", "actual", "level", 5600000.0, 2023),
    }
    done = "完成年度计划的115%,新增科技型中小企业92家。"
    assert sentence_facts(extractor, done, CTX) == {
        ("tech_smes", "actual", "increment", 92.0, 2023)
    }


def test_about_to_reach_says_where_things_stand(extractor: SentenceExtractor) -> None:
    ctx = DocContext("d", 2023, 2024, frozenset({"西岗区", "西岗"}), 2023)
    soon = "全区科技型中小企业即将突破400家。"
    assert sentence_facts(extractor, soon, ctx) == {("tech_smes", "actual", "level", 400.0, 2023)}
    will = "明年全区科技型中小企业将突破400家。"
    assert sentence_facts(extractor, will, ctx) == {("tech_smes", "target", "level", 400.0, 2024)}


def test_a_growth_between_then_and_now_years_apart_is_no_years(
    extractor: SentenceExtractor,
) -> None:
    text = "六年前全市孵化器仅3家;六年后的今天,全市孵化器达到21家,增长600%。"
    found = sentence_facts(extractor, text, CTX)
    assert ("incubators", "actual", "level", 21.0, 2023) in found
    assert not any(measure == "growth_pct" for _, _, measure, _, _ in found)


def test_parts_of_a_figure_after_qizhong(extractor: SentenceExtractor) -> None:
    # a batch's, a half year's or an area's part of the figure before is no figure of its own
    batches = "其中第一批新增14家,第二批新增12家"
    for parts in (batches, "其中上半年新增9家", "其中城区15家、县域11家"):
        text = f"全年新增科技型中小企业26家,{parts}。"
        assert sentence_facts(extractor, text, CTX) == {
            ("tech_smes", "actual", "increment", 26.0, 2023)
        }
    # …but the new ones among a stock, the first-time ones among the recognised, and a level
    # of scope are
    stock = "全市科技型中小企业达到310家,其中今年新增26家。"
    assert sentence_facts(extractor, stock, CTX) == {
        ("tech_smes", "actual", "level", 310.0, 2023),
        ("tech_smes", "actual", "increment", 26.0, 2023),
    }
    first = "全年有41家企业通过高新技术企业认定,其中首次通过认定的17家。"
    assert ("high_tech_enterprises", "actual", "increment", 17.0, 2023) in sentence_facts(
        extractor, first, CTX
    )
    scoped = "全市拥有孵化器12家,其中3家为国家级孵化器。"
    assert ("incubators", "actual", "level", 3.0, 2023) in sentence_facts(extractor, scoped, CTX)


def test_a_figure_of_years_ago(extractor: SentenceExtractor) -> None:
    text = "三年前,全市科技型中小企业仅有95家;三年后的今天,全市科技型中小企业达到310家。"
    assert sentence_facts(extractor, text, CTX) == {
        ("tech_smes", "actual", "level", 95.0, 2020),
        ("tech_smes", "actual", "level", 310.0, 2023),
    }
    # a base of years ago dates nothing: the change spans them
    base = "全市科技型中小企业达到310家,比3年前增加215家。"
    assert sentence_facts(extractor, base, CTX) == {("tech_smes", "actual", "level", 310.0, 2023)}


def test_society_wide_research_spending_named_keyan(extractor: SentenceExtractor) -> None:
    text = "全社会科研投入达到7.4亿元,全社会科研投入占GDP比重为1.6%。"
    assert sentence_facts(extractor, text, CTX) == {
        ("rd_expenditure", "actual", "level", 740000000.0, 2023),
        ("rd_intensity", "actual", "share_pct", 1.6, 2023),
    }
    # a firm's research spending against its sales is no intensity of the place's
    assert sentence_facts(extractor, "企业科研投入占销售收入比重超过4%。", CTX) == set()


def test_a_headlines_mark_passed_that_the_body_states_exactly(tmp_path: Path) -> None:
    """The headline's 突破 is a mark the body's exact figure passes: the figure stands alone,
    and the mark is kept as an unmapped figure; a mark of another year stays a fact."""
    text = (
        "六盘水市科技型中小企业数量突破300家 占全省总数的12%,居全省第三\n\n"
        "记者从市科技局获悉,2023年,全市科技型中小企业总数达到316家,同比增长21.5%。"
        "2022年全市技术合同成交额突破10亿元。"
    )
    (tmp_path / "liupanshui_2023.txt").write_text(text, encoding="utf-8")
    found = folder_facts(tmp_path)
    assert ("tech_smes", 2023, "actual", "level", 316.0) in found
    assert ("tech_smes", 2023, "actual", "level", 300.0) not in found
    assert ("tech_contract_turnover", 2022, "actual", "level", 1e9) in found
