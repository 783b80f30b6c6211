"""The Great Expectations suites pass on good rows and fail, precisely, on bad ones."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from expectations import SUITES, SuiteResult, SuiteSpec, run_suite, validate_warehouse

INDICATOR_UNITS = {
    "rd_expenditure": "yuan",
    "rd_intensity": "percent",
    "high_tech_enterprises": "count",
    "tech_contract_turnover": "yuan",
    "invention_patents_per_10k": "per_10k_people",
}
CONTEXT = {"indicator_units": INDICATOR_UNITS}


def fact(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "fact_id": "f0",
        "document_id": "ly21aaaaaaaaaaaa",
        "city_id": "350800",
        "year": 2021,
        "indicator_code": "high_tech_enterprises",
        "kind": "actual",
        "measure": "level",
        "comparator": "eq",
        "value": 269.0,
        "unit": "count",
        "qualifier": None,
        "raw_text": "269家",
        "sentence": "全市高新技术企业总数达269家。",
        "char_start": 58,
        "char_end": 62,
    }
    row.update(overrides)
    return row


GOOD_FACTS = [
    fact(),
    fact(fact_id="f1", indicator_code="rd_expenditure", value=25_740_000_000.0, unit="yuan",
         raw_text="257.4亿元", char_start=70, char_end=77),
    # a growth figure of a yuan indicator is in percent: fine
    fact(fact_id="f2", indicator_code="rd_expenditure", measure="growth_pct", value=14.2,
         unit="percent", raw_text="14.2%", char_start=80, char_end=85),
    fact(fact_id="f3", indicator_code="rd_intensity", measure="share_pct", value=1.69,
         unit="percent", raw_text="1.69%", char_start=90, char_end=95),
    fact(fact_id="f4", kind="target", year=2022, comparator="gte", value=300.0,
         raw_text="300家", char_start=165, char_end=169),
    fact(fact_id="f5", measure="rank", value=3.0, unit="rank", raw_text="第三",
         char_start=200, char_end=202),
    fact(fact_id="f6", indicator_code="high_tech_enterprises", measure="increment", value=47.0,
         qualifier="国家级", raw_text="47家", char_start=210, char_end=213),
    fact(fact_id="f7", indicator_code="invention_patents_per_10k", value=12.5,
         unit="per_10k_people", raw_text="12.5件", char_start=220, char_end=225),
    fact(fact_id="f8", measure="growth_pct", value=-12.0, unit="percent", raw_text="12%",
         char_start=230, char_end=233),
]  # fmt: skip

BAD_FACTS = [
    # wrong unit for the indicator (a count indicator in yuan)
    fact(fact_id="b1", unit="yuan", value=269.0, char_start=300, char_end=304),
    # a negative count
    fact(fact_id="b2", value=-5.0, char_start=310, char_end=312),
    # a year nobody wrote a report in
    fact(fact_id="b3", year=1850, char_start=320, char_end=324),
    # untraceable: no document
    fact(fact_id="b4", document_id=None, char_start=330, char_end=334),
]


def facts_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    return df.astype({"year": "Int32", "char_start": "Int32", "char_end": "Int32"})


def failures_by_description(result: SuiteResult) -> dict[str, dict[str, Any]]:
    return {f["description"] or f["expectation"]: f for f in result.failures}


def test_suites_registry() -> None:
    assert set(SUITES) >= {"fct_indicator_value", "source_files", "dim_document"}
    assert SUITES["fct_indicator_value"].blocking is True
    assert SUITES["source_files"].blocking is True
    assert SUITES["dim_document"].blocking is False
    assert all(isinstance(s, SuiteSpec) and s.table == t for t, s in SUITES.items())


def test_fct_indicator_value_passes_on_good_rows() -> None:
    result = run_suite("fct_indicator_value", facts_frame(GOOD_FACTS), context=CONTEXT)
    assert result.failures == []
    assert result.success is True
    assert result.table == "fct_indicator_value"
    assert result.evaluated == result.successful > 20
    assert result.data_docs_index is None


def test_fct_indicator_value_fails_on_bad_rows() -> None:
    result = run_suite("fct_indicator_value", facts_frame(GOOD_FACTS + BAD_FACTS), context=CONTEXT)
    assert result.success is False
    assert result.successful == result.evaluated - len(result.failures)
    failed = failures_by_description(result)

    wrong_unit = failed[
        "level and increment figures of high_tech_enterprises are in count (dim_indicator's unit)"
    ]
    assert wrong_unit["expectation"] == "expect_column_values_to_be_in_set"
    assert wrong_unit["column"] == "unit"
    assert wrong_unit["unexpected_count"] == 1
    assert wrong_unit["unexpected_values"] == ["yuan"]

    negative = failed["count >= 0 and < 10 million"]
    assert (negative["column"], negative["unexpected_count"]) == ("value", 1)
    assert negative["unexpected_values"] == [-5.0]

    year = failed["year between 1990 and 2040"]
    assert (year["unexpected_count"], year["unexpected_values"]) == (1, [1850])

    no_doc = next(
        f
        for f in result.failures
        if f["expectation"] == "expect_column_values_to_not_be_null"
        and f["column"] == "document_id"
    )
    assert no_doc["unexpected_count"] == 1

    # nothing else failed: the good rows stay good beside the bad ones
    assert len(result.failures) == 4, result.failures


def test_unknown_indicator_and_range_violations() -> None:
    rows = [
        *GOOD_FACTS,
        fact(fact_id="x1", indicator_code="widgets", char_start=400, char_end=402),
        fact(fact_id="x2", measure="share_pct", value=169.0, unit="percent", char_start=410,
             char_end=415),
        fact(fact_id="x3", measure="growth_pct", value=2000.0, unit="percent", char_start=420,
             char_end=425),
        fact(fact_id="x4", indicator_code="rd_expenditure", value=1e15, unit="yuan",
             char_start=430, char_end=435),
        fact(fact_id="x5", measure="rank", value=0.0, unit="rank", char_start=440, char_end=442),
        fact(fact_id="x6", kind="forecast", comparator="about", char_start=450, char_end=452),
        fact(fact_id="x7", char_start=460, char_end=460),
    ]  # fmt: skip
    result = run_suite("fct_indicator_value", facts_frame(rows), context=CONTEXT)
    failed = failures_by_description(result)
    assert failed["every indicator_code is one of dim_indicator's codes"]["unexpected_values"] == [
        "widgets"
    ]
    assert failed["share_pct between 0 and 100"]["unexpected_count"] == 1
    assert failed["growth_pct between -100 and 1000"]["unexpected_count"] == 1
    assert failed["yuan >= 0 and < 1e14 (100 trillion)"]["unexpected_count"] == 1
    assert failed["rank between 1 and 100"]["unexpected_count"] == 1
    assert failed["every fact is traceable: char_start < char_end"]["unexpected_count"] == 1
    in_set = {
        f["column"]: f["unexpected_values"]
        for f in result.failures
        if f["expectation"] == "expect_column_values_to_be_in_set" and f["description"] is None
    }
    assert in_set == {"kind": ["forecast"], "comparator": ["about"]}


def test_fct_indicator_value_needs_the_indicator_units() -> None:
    with pytest.raises(ValueError, match="indicator_units"):
        run_suite("fct_indicator_value", facts_frame(GOOD_FACTS))


def test_missing_column_fails() -> None:
    df = facts_frame(GOOD_FACTS).drop(columns=["raw_text"])
    result = run_suite("fct_indicator_value", df, context=CONTEXT)
    assert result.success is False
    assert any(f["expectation"] == "expect_table_columns_to_match_set" for f in result.failures)


def source_file(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "source_file": "longyan/2021.txt",
        "size_bytes": 522,
        "sha256": "a" * 64,
        "encoding": "utf-8",
        "document_id": "ly21aaaaaaaaaaaa",
        "status": "ok",
        "reason": None,
    }
    row.update(overrides)
    return row


GOOD_FILES = [
    source_file(),
    source_file(source_file="longyan/2021-copy.txt", sha256="b" * 64, status="duplicate",
                reason="duplicate of longyan/2021.txt"),
    source_file(source_file="misc/x.pdf", sha256="c" * 64, document_id=None,
                status="quarantined", reason="no text layer", encoding="pdf"),
]  # fmt: skip


def test_source_files_suite() -> None:
    good = run_suite("source_files", pd.DataFrame(GOOD_FILES))
    assert good.success, good.failures

    bad = pd.DataFrame(
        [
            *GOOD_FILES,
            # repeats a path, has no hash and an odd status
            source_file(sha256=None, status="lost"),
            # quarantined but names a document
            source_file(
                source_file="misc/y.doc", sha256="d" * 64, status="quarantined", reason="binary"
            ),
        ]
    )
    result = run_suite("source_files", bad)
    assert result.success is False
    failed = {(f["expectation"], f["column"]): f for f in result.failures}
    assert failed[("expect_column_values_to_be_unique", "source_file")]["unexpected_count"] == 2
    assert failed[("expect_column_values_to_not_be_null", "sha256")]["unexpected_count"] == 1
    assert failed[("expect_column_values_to_be_in_set", "status")]["unexpected_values"] == ["lost"]
    assert failed[("expect_column_values_to_be_null", "document_id")]["unexpected_count"] == 1


def test_dim_document_suite() -> None:
    docs = pd.DataFrame(
        {
            "document_id": ["a", "a", "q_1"],
            "source_file": ["a.txt", "b.txt", "q.txt"],
            "title": ["t", "t", None],
            "city_id": ["350800", "350800", None],
            "report_year": pd.array([2021, 2021, None], dtype="Int32"),
            "plan_year": pd.array([2022, 2022, None], dtype="Int32"),
            "issuer": [None, None, None],
            "doc_number": [None, None, None],
            "published_on": pd.to_datetime(["2022-02-10", "2022-02-10", None]),
            "status": ["ok", "ok", "pending"],
            "quarantine_reason": [None, None, None],
        }
    )
    result = run_suite("dim_document", docs)
    assert SUITES["dim_document"].blocking is False
    failed = {(f["expectation"], f["column"]): f for f in result.failures}
    assert failed[("expect_column_values_to_be_unique", "document_id")]["unexpected_count"] == 2
    assert failed[("expect_column_values_to_be_in_set", "status")]["unexpected_values"] == [
        "pending"
    ]


def test_data_docs_go_to_the_given_folder(tmp_path: Path) -> None:
    docs = tmp_path / "data_docs"
    result = run_suite("source_files", pd.DataFrame(GOOD_FILES), data_docs_dir=docs)
    assert result.data_docs_index == (docs / "index.html").resolve()
    assert result.data_docs_index.is_file()
    assert list((docs / "validations").rglob("*.html"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.success = False  # type: ignore[misc]
    assert result.summary()["blocking"] is True


def test_suites_pass_on_the_dbt_built_warehouse(tmp_path: Path) -> None:
    from dbt_fixtures import build_warehouse

    built = build_warehouse()
    assert built.build.returncode == 0, built.build.stdout[-4000:]
    con = built.connect()
    try:
        results = validate_warehouse(con, data_docs_dir=tmp_path / "docs")
    finally:
        con.close()
    assert set(results) == set(SUITES)
    assert {t: r.failures for t, r in results.items() if not r.success} == {}
