"""Attribution of figures to indicators, years and kinds, on sentences written for the tests.

Cities, numbers and wording vary on purpose: none of these sentences is in the seeds.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import polars as pl
import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.extraction.extract import DocContext, SentenceExtractor, extract_indicators
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.segment import segment_documents

CTX = DocContext("doc", report_year=2021, plan_year=2022)


@pytest.fixture(scope="module")
def extractor() -> SentenceExtractor:
    return SentenceExtractor(load_lexicon())


def facts(extractor: SentenceExtractor, text: str, section: str = "summary") -> set[tuple]:
    found, _ = extractor.extract(text, section, CTX)
    return {(f.indicator_code, f.year, f.kind, f.measure, f.comparator, f.value, f.qualifier)
            for f in found}  # fmt: skip


def codes(extractor: SentenceExtractor, text: str, section: str = "summary") -> list[str]:
    return sorted(f[0] for f in facts(extractor, text, section))


def test_increment_level_and_growth_with_qualifier(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全区净增国家高新技术企业58家,总数达到402家,同比增长16.9%")
    assert got == {
        ("high_tech_enterprises", 2021, "actual", "increment", "eq", 58, "国家级"),
        ("high_tech_enterprises", 2021, "actual", "level", "eq", 402, "国家级"),
        ("high_tech_enterprises", 2021, "actual", "growth_pct", "eq", 16.9, "国家级"),
    }


def test_enumeration_pairs_indicators_figures_and_rates(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "高新技术企业、科技型中小企业分别达4120家、5310家,分别增长21.5%、33.2%")
    assert got == {
        ("high_tech_enterprises", 2021, "actual", "level", "eq", 4120, None),
        ("tech_smes", 2021, "actual", "level", "eq", 5310, None),
        ("high_tech_enterprises", 2021, "actual", "growth_pct", "eq", 21.5, None),
        ("tech_smes", 2021, "actual", "growth_pct", "eq", 33.2, None),
    }


def test_elliptic_sibling_and_paired_rates(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全县发明专利申请832件、授权215件,同比增长12.4%和9.8%")
    assert ("invention_patent_applications", 2021, "actual", "level", "eq", 832, None) in got
    assert ("invention_patent_grants", 2021, "actual", "level", "eq", 215, None) in got
    assert ("invention_patent_applications", 2021, "actual", "growth_pct", "eq", 12.4, None) in got
    assert ("invention_patent_grants", 2021, "actual", "growth_pct", "eq", 9.8, None) in got


def test_rank_belongs_to_the_figure_before_it(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "技术合同成交额48.6亿元,比增31%,总量居全省第二位")
    assert ("tech_contract_turnover", 2021, "actual", "level", "eq", 4_860_000_000, None) in got
    assert ("tech_contract_turnover", 2021, "actual", "growth_pct", "eq", 31, None) in got
    assert ("tech_contract_turnover", 2021, "actual", "rank", "eq", 2, None) in got


def test_rank_against_the_parent_city(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "向上争取资金3200万元,位居嘉兴第一")
    assert ("sci_tech_funds_secured", 2021, "actual", "rank", "eq", 1, None) in got


def test_figure_before_the_indicator(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "新认定52家市级科技小巨人企业") == {
        ("tech_giant_enterprises", 2021, "actual", "increment", "eq", 52, "市级")
    }
    got = facts(extractor, "华信科技等4家企业被列入省级新型研发机构名单")
    assert got == {("new_rd_institutions", 2021, "actual", "increment", "eq", 4, "省级")}


def test_beneficiaries_are_not_counts_of_the_indicator(extractor: SentenceExtractor) -> None:
    assert codes(extractor, "215家高新技术企业享受税收减免6.3亿元") == []


def test_share_of_gdp_maps_to_intensity(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全社会研发经费投入96.2亿元,占地区生产总值比重2.41%")
    assert ("rd_expenditure", 2021, "actual", "level", "eq", 9_620_000_000, None) in got
    assert ("rd_intensity", 2021, "actual", "share_pct", "eq", 2.41, None) in got
    got = facts(extractor, "研发经费支出占地区生产总值比重为1.92%")
    assert got == {("rd_intensity", 2021, "actual", "share_pct", "eq", 1.92, None)}
    got = facts(extractor, "高新技术产业增加值占规上工业增加值比重达38.5%")
    assert got == {("high_tech_industry_share", 2021, "actual", "share_pct", "eq", 38.5, None)}


def test_percentage_points_are_not_growth(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "R&D投入强度2.85%,比上年提高0.21个百分点")
    assert got == {("rd_intensity", 2021, "actual", "share_pct", "eq", 2.85, None)}


def test_explicit_year_wins_over_the_section(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "2020年,全市R&D经费支出112.3亿元;R&D投入强度2.6%")
    assert ("rd_expenditure", 2020, "actual", "level", "eq", 11_230_000_000, None) in got
    assert ("rd_intensity", 2020, "actual", "share_pct", "eq", 2.6, None) in got
    got = facts(extractor, "比2019年增加高新技术企业30家")
    assert {f[1] for f in got} == {2021}  # 比2019年 is a base, not the year of the figure


def test_targets_in_plan_and_by_target_words(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "力争2022年高新技术企业突破600家", "plan") == {
        ("high_tech_enterprises", 2022, "target", "level", "gte", 600, None)
    }
    assert facts(extractor, "科技型中小企业达到900家以上", "plan") == {
        ("tech_smes", 2022, "target", "level", "gte", 900, None)
    }
    # a target word in the summary part, for a later year
    got = facts(extractor, "力争到2025年全社会研发投入达到150亿元")
    assert got == {("rd_expenditure", 2025, "target", "level", "eq", 15_000_000_000, None)}


def test_a_task_that_is_figures_states_targets(extractor: SentenceExtractor) -> None:
    # the tasks handed down are what is to be reached, not what was
    text = "今年县局承接的考核指标共三项,分别为发明专利授权量45件、技术合同登记额1.2亿元"
    got = facts(extractor, text)
    assert got == {
        ("invention_patent_grants", 2021, "target", "level", "eq", 45, None),
        ("tech_contract_turnover", 2021, "target", "level", "eq", 120_000_000, None),
    }
    # …while a task that was completed looks back
    done = facts(extractor, "超额完成目标任务,高新技术企业总数达到210家")
    assert done == {("high_tech_enterprises", 2021, "actual", "level", "eq", 210, None)}
    # the task a result is measured against is that year's target of the same indicator
    measured = facts(extractor, "净增高新技术企业48家,完成省下达任务40家的120%")
    assert measured == {
        ("high_tech_enterprises", 2021, "actual", "increment", "eq", 48, None),
        ("high_tech_enterprises", 2021, "target", "increment", "eq", 40, None),
    }


def test_the_year_of_reported_statistics_dates_the_whole_sentence(
    extractor: SentenceExtractor,
) -> None:
    text = (
        "全面完成2019年度规上企业研发活动统计,全县研发投入总量4.2亿元;"
        "研发投入强度1.9%,比上年提高0.3个百分点。"
    )
    got = facts(extractor, text)
    assert ("rd_intensity", 2019, "actual", "share_pct", "eq", 1.9, None) in got
    # any other year inside a clause of its own stays behind the ";" (a year the sentence
    # opens on reaches past it: test_eightieth_set_phenomena)
    inside = "研发工作扎实,2019年全面开展研发活动"
    other = text.replace("全面完成2019年度规上企业研发活动统计", inside)
    assert ("rd_intensity", 2021, "actual", "share_pct", "eq", 1.9, None) in facts(extractor, other)


def test_from_to_keeps_the_end_value(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "十三五以来,全市R&D投入强度从1.95%提高到2.43%")
    assert got == {("rd_intensity", 2021, "actual", "share_pct", "eq", 2.43, None)}


def test_last_year_end(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "截至上年末,全市高新技术企业达到512家", "plan")
    assert got == {("high_tech_enterprises", 2021, "actual", "level", "eq", 512, None)}


def test_other_places_and_sub_areas_are_not_the_issuers(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全省共有新型研发机构420家,我市新增12家")
    assert got == {("new_rd_institutions", 2021, "actual", "increment", "eq", 12, None)}
    assert codes(extractor, "自创区新增高新技术企业30家") == []
    assert codes(extractor, "全国科技型中小企业突破40万家") == []


def test_thresholds_and_completion_rates_are_not_facts(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全年实施50万元以上产学研合作项目87项")
    assert got == {("industry_university_projects", 2021, "actual", "level", "eq", 87, None)}
    got = facts(extractor, "技术合同成交额12.5亿元,完成年度任务的156.3%")
    assert got == {("tech_contract_turnover", 2021, "actual", "level", "eq", 1_250_000_000, None)}


def test_meetings_and_documents_map_to_nothing(extractor: SentenceExtractor) -> None:
    found, unmapped = extractor.extract("召开科技工作会议3次,出台科技政策文件5个", "summary", CTX)
    assert found == []
    assert [q.raw_text for q, _ in unmapped] == ["3次", "5个"]


def test_a_new_subject_breaks_the_link(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "新建省级创新平台6个,新增省级以上创新人才团队3个", "plan")
    assert got == {("innovation_platforms", 2022, "target", "increment", "eq", 6, "省级")}


def test_combined_counts_belong_to_neither(extractor: SentenceExtractor) -> None:
    assert codes(extractor, "新培育众创空间、科技企业孵化器12家以上", "plan") == []


def test_each_of_two_scopes(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "新增省、市级众创空间各8家", "plan")
    assert got == {
        ("maker_spaces", 2022, "target", "increment", "eq", 8, "省级"),
        ("maker_spaces", 2022, "target", "increment", "eq", 8, "市级"),
    }


def test_parallel_clauses_repeat_the_measure(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全市新增国家级孵化器2家,国家级众创空间3家")
    assert got == {
        ("incubators", 2021, "actual", "increment", "eq", 2, "国家级"),
        ("maker_spaces", 2021, "actual", "increment", "eq", 3, "国家级"),
    }


def test_token_boundaries_reject_words_inside_words(extractor: SentenceExtractor) -> None:
    # 提高企业 holds the characters 高企 but not the word
    assert codes(extractor, "提高企业研发能力,帮助50家企业对接高校") == []


def test_chinese_numerals_and_approximations(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "选派科技特派员两百余名") == {
        ("sci_tech_commissioners", 2021, "actual", "level", "approx", 200, None)
    }
    assert facts(extractor, "研发费用加计扣除额约3.2亿元") == {
        ("rd_tax_deduction", 2021, "actual", "level", "approx", 320_000_000, None)
    }


def test_frames_in_and_out() -> None:
    docs = pl.DataFrame(
        {
            "document_id": ["a"],
            "text": ["一、2021年工作总结\n全年新增高新技术企业35家。\n二、2022年工作计划\n"
                     "力争新增高新技术企业40家。2021年新增高新技术企业35家。"],
            "report_year": [2021],
            "plan_year": [2022],
        }
    )  # fmt: skip
    sentences = segment_documents(docs)
    assert set(sentences["section"]) == {"summary", "plan"}
    facts_df, unmapped = extract_indicators(sentences, docs)
    rows = facts_df.select("year", "kind", "value", "raw_text", "char_start", "char_end").rows()
    assert (2022, "target", 40.0, "40家") in [r[:4] for r in rows]
    assert (2021, "actual", 35.0, "35家") in [r[:4] for r in rows]
    text = docs["text"][0]
    for _, _, _, raw, start, end in rows:
        assert text[start:end] == raw  # offsets point into the document text
    assert unmapped.columns == [
        "document_id", "year", "kind", "value", "unit", "raw_text", "context", "sentence",
        "char_start", "char_end",
    ]  # fmt: skip


def test_parent_and_neighbour_cities_are_other_places() -> None:
    from ingest.extraction.extract import own_names

    extractor = SentenceExtractor(load_lexicon(), Gazetteer.load())
    ctx = DocContext("doc", 2021, 2022, own_names("义乌市"))
    found, _ = extractor.extract("金华全市新增高新技术企业310家,我市新增86家", "summary", ctx)
    assert [(f.indicator_code, f.value) for f in found] == [("high_tech_enterprises", 86)]
    # the issuer's own name is not another place
    found, _ = extractor.extract("义乌新增高新技术企业86家", "summary", ctx)
    assert [f.value for f in found] == [86]


def test_traditional_pinyin_and_broken_lines_read_like_plain_text(
    extractor: SentenceExtractor,
) -> None:
    from ingest.reading.normalise import normalise_text

    text = normalise_text("全縣科(kē)技型中小企業達到１，２３４家,\n高新技術\n企業總數達到 512 家")
    assert facts(extractor, text) == {
        ("tech_smes", 2021, "actual", "level", "eq", 1234, None),
        ("high_tech_enterprises", 2021, "actual", "level", "eq", 512, None),
    }


def test_estimates_in_a_summary_are_approximate_actuals(extractor: SentenceExtractor) -> None:
    assert facts(extractor, "预计新增省级重点实验室3家、总数达14家") == {
        ("key_laboratories", 2021, "actual", "increment", "approx", 3, "省级"),
        ("key_laboratories", 2021, "actual", "level", "approx", 14, "省级"),
    }


def test_a_figure_stated_twice_takes_the_explicit_year() -> None:
    docs = pl.DataFrame(
        {
            "document_id": ["b"],
            "text": ["一、主要成效\n全市技术合同成交额18.6亿元。\n"
                     "二、附:主要指标\n2020年,全市技术合同成交额18.6亿元。"],
            "report_year": [2021],
            "plan_year": [2022],
        }
    )  # fmt: skip
    facts_df, _ = extract_indicators(segment_documents(docs), docs)
    assert set(facts_df["year"].to_list()) == {2020}


def test_unmapped_figures_keep_the_noun_before_them(extractor: SentenceExtractor) -> None:
    _, unmapped = extractor.extract("全市新增博士后工作站5家,建成科普基地达到12个", "summary", CTX)
    assert [(q.raw_text, context) for q, context in unmapped] == [
        ("5家", "博士后工作站"),
        ("12个", "科普基地"),
    ]


def test_of_which_invention_patents(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全年申请专利8642件,其中发明专利2150件;授权专利5120件,其中发明专利733件")
    assert {(f[0], f[5]) for f in got} == {
        ("patent_applications", 8642),
        ("invention_patent_applications", 2150),
        ("patent_grants", 5120),
        ("invention_patent_grants", 733),
    }


def _frames(text: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    docs = pl.DataFrame(
        {"document_id": ["c"], "text": [text], "report_year": [2021], "plan_year": [2022]}
    )
    return extract_indicators(segment_documents(docs), docs)


def test_implausible_facts_and_other_units_go_to_unmapped() -> None:
    facts_df, unmapped = _frames(
        "1985年全市高新技术企业达12家。全市高新技术企业同比增长1250%。"
        "技术合同成交额1200万美元。孵化器面积12万平方米。"
    )
    assert facts_df.height == 0
    assert sorted(unmapped["raw_text"].to_list()) == ["1200万美元", "1250%", "12万平方米", "12家"]


def test_a_plan_figure_is_not_a_dated_summary_figure() -> None:
    facts_df, _ = _frames(
        "一、2021年工作总结\n2020年,全市科技型中小企业达到120家。\n"
        "二、2022年工作计划\n科技型中小企业达到120家。"
    )
    assert sorted(facts_df.select("year", "kind").rows()) == [(2020, "actual"), (2022, "target")]


def test_documents_shared_among_processes_give_the_same_rows() -> None:
    # documents of their own: a chain of subjectless sentences and a figure stated twice, so
    # that per-document state (the carried indicator, the year of a twin) must stay together
    texts = [
        f"一、{2015 + i}年工作总结\n高新技术企业量质齐升。总数达到{300 + i}家。"
        f"新增{20 + i}家。{2015 + i}年技术合同成交额{10 + i}.5亿元,同比增长{i + 3}%。"
        for i in range(9)
    ]
    docs = pl.DataFrame({
        "document_id": [f"d{i}" for i in range(9)], "text": texts,
        "report_year": [2015 + i for i in range(9)], "plan_year": [2016 + i for i in range(9)],
    })  # fmt: skip
    sentences = segment_documents(docs)
    one = extract_indicators(sentences, docs, workers=1)
    three = extract_indicators(sentences, docs, workers=3)
    for a, b in zip(one, three, strict=True):
        assert a.sort(a.columns).equals(b.sort(b.columns))
    facts_df = one[0]
    assert facts_df.filter(pl.col("document_id") == "d4").select("indicator_code", "value").rows(
    ) == [("high_tech_enterprises", 304.0), ("high_tech_enterprises", 24.0),
          ("tech_contract_turnover", 1_450_000_000.0), ("tech_contract_turnover", 7.0)]  # fmt: skip


def test_workers_finish_while_another_thread_holds_stdout() -> None:
    # Dagster's threads write logs while extraction forks: a child that inherits a held stdout
    # lock must still hand back its rows and exit (a multiprocessing.Pool worker hung in its
    # exit-time flush). Run in a child interpreter so that a hang fails on the timeout.
    script = textwrap.dedent("""
        import io, os, sys, threading
        import polars as pl
        from ingest.extraction.extract import extract_indicators
        from ingest.extraction.segment import segment_documents

        read_end, write_end = os.pipe()  # nobody reads: a big write blocks, holding the lock
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(write_end, "w")))
        writer = threading.Thread(target=lambda: print("x" * 1_000_000, flush=True), daemon=True)
        writer.start()
        texts = [f"{2010 + i}年全区高新技术企业达到{40 + i}家,技术合同成交额{i + 2}.5亿元。"
                 for i in range(12)]
        docs = pl.DataFrame({"document_id": [f"d{i}" for i in range(12)], "text": texts,
                             "report_year": [2010 + i for i in range(12)],
                             "plan_year": [2011 + i for i in range(12)]})
        facts, _ = extract_indicators(segment_documents(docs), docs, workers=3)
        sys.stderr.write(str(sorted(facts["value"].to_list())))
        os._exit(0)  # the writer still holds stdout: leave without flushing it
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    counts = [40.0 + i for i in range(12)]
    turnover = [(i + 2.5) * 1e8 for i in range(12)]
    assert done.stderr == str(sorted(counts + turnover))


def test_goals_under_a_horizon_sentence_are_targets_of_that_year() -> None:
    facts_df, _ = _frames(
        "一、2021年工作总结\n全市新增科技型中小企业85家。\n"
        "发展目标 到2025年,全市创新体系更加完善。高新技术企业总数达到300家,"
        "技术合同成交额30亿元以上。\n"
    )
    got = {
        (r["indicator_code"], r["year"], r["kind"], r["value"])
        for r in facts_df.iter_rows(named=True)
    }
    assert got == {
        ("tech_smes", 2021, "actual", 85),
        ("high_tech_enterprises", 2025, "target", 300),
        ("tech_contract_turnover", 2025, "target", 3e9),
    }


def test_a_new_word_keeps_its_figure_an_increment_in_a_sentence_about_stocks(
    extractor: SentenceExtractor,
) -> None:
    got = facts(
        extractor,
        "截至年底,全县累计建成省级众创空间4家;新认定市级备案科技型中小企业46家,总量达到210家",
    )
    measures = {(f[0], f[3], f[5]) for f in got}
    assert ("tech_smes", "increment", 46) in measures
    assert ("tech_smes", "level", 210) in measures
    assert ("maker_spaces", "level", 4) in measures


def test_the_end_of_a_plan_period_dates_a_figure() -> None:
    facts_df, _ = _frames(
        "“十三五”期末,全县高新技术企业达到96家。"
        "全县研发投入强度由“十二五”末的0.9%提高到1.6%,比“十二五”末翻了近一番。"
    )
    got = {(r["indicator_code"], r["year"], r["value"]) for r in facts_df.iter_rows(named=True)}
    assert ("high_tech_enterprises", 2020, 96) in got
    # the period's end is the base the later figure grew from, not its year
    assert ("rd_intensity", 2021, 1.6) in got


def test_a_place_word_before_an_indicator_does_not_swallow_it() -> None:
    facts_df, _ = _frames("全区研发投入强度1.8%。全县研发经费投入强度2.4%,全市研发投入38亿元。")
    got = {(r["indicator_code"], r["value"]) for r in facts_df.iter_rows(named=True)}
    assert got == {("rd_intensity", 1.8), ("rd_intensity", 2.4), ("rd_expenditure", 3.8e9)}


@pytest.mark.parametrize(
    "share_clause",
    ["相当于全县生产总值的1.87%", "相当于地区生产总值的比重为1.87%", "与地区生产总值之比为1.87%"],
)
def test_a_bulletins_share_of_the_economy(share_clause: str) -> None:
    facts_df, _ = _frames(
        f"全年全社会研究与试验发展经费支出9.6亿元,比上年增长8.3%,{share_clause}。"
    )
    got = {(r["indicator_code"], r["measure"], r["value"]) for r in facts_df.iter_rows(named=True)}
    assert got == {
        ("rd_expenditure", "level", 9.6e8),
        ("rd_expenditure", "growth_pct", 8.3),
        ("rd_intensity", "share_pct", 1.87),
    }


def test_a_count_written_without_its_measure_word() -> None:
    facts_df, _ = _frames(
        "全区有效期内高新技术企业突破160。每万人口发明专利拥有量达到9.6,居全市第二。"
        "力争到2025年科技型中小企业达到2025。"
    )
    got = {(r["indicator_code"], r["measure"], r["value"]) for r in facts_df.iter_rows(named=True)}
    assert got == {
        ("high_tech_enterprises", "level", 160),
        ("invention_patents_per_10k", "level", 9.6),
        ("invention_patents_per_10k", "rank", 2),
    }  # 2025 after 达到 reads as a year, not a count


def test_a_bare_number_is_no_amount_of_money_nor_a_share() -> None:
    facts_df, _ = _frames("全区研发经费投入达到12。研发投入强度达到2。")
    assert facts_df.height == 0


def test_a_decline_of_a_count_is_no_level() -> None:
    facts_df, unmapped = _frames(
        "全县专利授权量同比减少26件。全县技术合同成交额比上年减少0.4亿元。"
    )
    assert facts_df.height == 0  # a negative change: kept aside, never read as a level
    assert sorted(unmapped["raw_text"].to_list()) == ["0.4亿元", "26件"]


def test_funds_won_for_projects_are_funds_secured() -> None:
    facts_df, _ = _frames("全年承担省级以上科技项目21个,获资金820万元。")
    got = {(r["indicator_code"], r["value"]) for r in facts_df.iter_rows(named=True)}
    assert got == {("sci_tech_funds_secured", 8.2e6)}


def test_a_standing_said_only_as_the_top_of_the_list_is_read() -> None:
    docs = pl.DataFrame(
        {
            "document_id": ["d"],
            "text": ["全年全县技术合同成交额增幅明显,成交额位居全市榜首。"],
            "report_year": [2021],
            "plan_year": [2022],
        }
    )
    facts_df, _ = extract_indicators(segment_documents(docs), docs)
    got = set(facts_df.select("indicator_code", "measure", "value").rows())
    assert got == {("tech_contract_turnover", "rank", 1.0)}


def test_figures_on_a_page_without_full_stops_are_all_found() -> None:
    # a scraped page whose sentences lost their full stops: one run of commas, cut into
    # bounded pieces before extraction; the figures inside and at the end are still read
    filler = ",".join(f"召开第{i}次科技服务对接会" for i in range(1, 400))
    text = (
        "某县科技局2021年工作情况\n" + filler + ",全县新增高新技术企业17家," + filler
        + ",全年技术合同成交额2.4亿元,同比增长12%"
    )  # fmt: skip
    facts_df, _ = _frames(text)
    got = {(r["indicator_code"], r["measure"], r["value"]) for r in facts_df.iter_rows(named=True)}
    assert got == {
        ("high_tech_enterprises", "increment", 17),
        ("tech_contract_turnover", "level", 240_000_000),
        ("tech_contract_turnover", "growth_pct", 12),
    }


def test_a_grant_count_after_a_semicolon_is_the_applications_twin(
    extractor: SentenceExtractor,
) -> None:
    sentence = "全区专利申请量达到2418件,同比增长9.6%,居全市第三;授权1377件,同比增长14.1%"
    got = facts(extractor, sentence)
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("patent_applications", "level", 2418),
        ("patent_applications", "growth_pct", 9.6),
        ("patent_applications", "rank", 3),
        ("patent_grants", "level", 1377),
        ("patent_grants", "growth_pct", 14.1),
    }
    # …but a clause naming granted patents itself (授权专利) is not the twin of invention ones
    got = facts(extractor, "全县专利申请2904件,其中发明专利申请611件;授权专利905件,同比增长7.2%")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("patent_applications", "level", 2904),
        ("invention_patent_applications", "level", 611),
        ("patent_grants", "level", 905),
        ("patent_grants", "growth_pct", 7.2),
    }


def test_a_rank_among_the_provinces_cities_leaves_the_next_clause_the_issuers(
    extractor: SentenceExtractor,
) -> None:
    # 全省 before the peers ranked (市州) is a yardstick: it does not make the clause after the
    # semicolon the province's
    got = facts(
        extractor,
        "全年新认定高新技术企业212家,全省市州排名上升2位至第三;科技型中小企业入库1450家,"
        "全省市州排名第四",
    )
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("high_tech_enterprises", "increment", 212),
        ("high_tech_enterprises", "rank", 3),
        ("tech_smes", "level", 1450),
        ("tech_smes", "rank", 4),
    }
    # …while the province's own figures stay out
    got = facts(extractor, "全省科技型中小企业入库3.2万家;全市入库1450家")
    assert {(f[0], f[3], f[5]) for f in got} == {("tech_smes", "level", 1450)}


def test_a_task_set_for_the_indicator_is_its_target(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "今年全社会研发经费支出目标任务为2.6亿元,专利授权任务为420件")
    assert {(f[0], f[1], f[2], f[3], f[5]) for f in got} == {
        ("rd_expenditure", 2021, "target", "level", 260_000_000),
        ("patent_grants", 2021, "target", "level", 420),
    }
    # …and a completed task does not stand between a share and its rank
    got = facts(extractor, "全市研发投入占GDP比重2.17%,完成了市下达的目标任务,占比排名升至全省第四")
    assert ("rd_intensity", 2021, "actual", "rank", "eq", 4, None) in got
    # a task of its own (承担…科技任务12项) still is no figure of the indicator after it
    assert facts(extractor, "全年承担国家科技任务12项") == set()


def test_technology_trade_and_new_research_bodies_by_other_names(
    extractor: SentenceExtractor,
) -> None:
    got = facts(extractor, "全年促成技术交易8600余万元,新组建新型农业科技研究机构2家")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("tech_contract_turnover", "level", 86_000_000),
        ("new_rd_institutions", "increment", 2),
    }
    # a market or platform for technology trade is no turnover
    assert facts(extractor, "技术交易市场入驻服务机构14家") == set()


def test_growth_on_a_comparable_basis_is_the_figures_growth(extractor: SentenceExtractor) -> None:
    got = facts(extractor, "全年技术合同成交额52.8亿元,按可比口径增长23.6%")
    assert {(f[0], f[3], f[5]) for f in got} == {
        ("tech_contract_turnover", "level", 5_280_000_000),
        ("tech_contract_turnover", "growth_pct", 23.6),
    }


def test_a_change_after_a_bracketed_aside_is_the_figures_before_it(
    extractor: SentenceExtractor,
) -> None:
    # the aside breaks the total down (its parts by level or by park); the change is the total's
    got = facts(extractor, "全区有效期内高新技术企业218家(其中国家级196家),比上年增长12.4%")
    assert ("high_tech_enterprises", 2021, "actual", "growth_pct", "eq", 12.4, None) in got
    assert not any(f[3] == "growth_pct" and f[6] == "国家级" for f in got)
    got = facts(extractor, "全市技术合同成交额31.6亿元(东区18.2亿元、西区13.4亿元),同比增长9.7%")
    assert ("tech_contract_turnover", 2021, "actual", "growth_pct", "eq", 9.7, None) in got
