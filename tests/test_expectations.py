"""The check registry, the runner and the pieces the checks are built from.

The checks themselves are proven on warehouses with planted faults in tests/test_checks_*.py.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from expectations import CHECK_LIST, CHECKS, CheckContext, CheckSpec, run_check
from expectations.contracts import contract_columns, unique_key
from expectations.offline_docs import strip_remote
from expectations.provenance import NO_TEXT, NOT_IN_SENTENCE, sentence_at_offsets
from expectations.runner import markdown_table
from expectations.spec import CheckFrame


def test_registry_names_each_check_once_on_a_contract_table() -> None:
    assert len(CHECKS) == len(CHECK_LIST) == 9
    assert {spec.name for spec in CHECK_LIST} == {
        "provenance",
        "consistency",
        "target_dating",
        "drift",
        "distribution",
    }
    for spec in CHECK_LIST:
        columns = contract_columns(spec.table)  # raises for a table without a dbt contract
        assert spec.blocking is (spec.name in ("provenance", "consistency")), spec.key
        assert spec.key == f"{spec.table}.{spec.name}" and "." not in spec.suite_name
        if spec.id_columns[0] in ("fact_id", "document_id", "source_file"):
            assert spec.id_columns[0] in columns
    assert {s.table for s in CHECK_LIST if s.name == "consistency"} == {
        "fct_indicator_value",
        "dim_document",
        "source_files",
        "fct_target_attainment",
    }


def test_contracts_are_read_from_the_dbt_yaml() -> None:
    assert contract_columns("document_text") == (
        "document_id",
        "source_file",
        "content_hash",
        "status",
        "char_count",
        "sentence_count",
        "text",
    )
    assert unique_key("fct_indicator_value") == (
        "document_id",
        "indicator_code",
        "year",
        "kind",
        "measure",
        "qualifier",
        "comparator",
        "value",
    )
    with pytest.raises(KeyError, match="no dbt contract"):
        contract_columns("no_such_table")


TEXT = "一、总结\n全市高新技术企业总数达269家。截至年底,高新技术企业总数达269家,继续保持增长。"


@pytest.mark.parametrize(
    ("raw", "sentence", "occurrence", "expected"),
    [
        ("269家", "全市高新技术企业总数达269家。", 0, "全市高新技术企业总数达269家。"),
        # the second occurrence of the figure, in its own sentence
        ("269家", "截至年底,高新技术企业总数达269家,继续保持增长。", 1, None),
        # the right figure with the other sentence: the text around the offsets differs
        ("269家", "截至年底,高新技术企业总数达269家,继续保持增长。", 0, "mismatch"),
        ("300家", "全市高新技术企业总数达269家。", 0, NOT_IN_SENTENCE),
    ],
)
def test_sentence_at_offsets(
    raw: str, sentence: str, occurrence: int, expected: str | None
) -> None:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index("269家", start + 1)
    window_start = max(start - len(sentence), 0)
    window = TEXT[window_start : window_start + 2 * len(sentence) + len(raw)]
    got = sentence_at_offsets(raw, sentence, start, window, window_start)
    if expected is None:
        assert got == sentence
    elif expected == "mismatch":
        assert got != sentence and got.startswith("总结\n全市")
    else:
        assert got == expected
    assert sentence_at_offsets(raw, sentence, start, None, None) in (NO_TEXT, NOT_IN_SENTENCE)


def test_strip_remote_keeps_local_resources_and_drops_cdn_ones() -> None:
    source = (
        '<link rel="stylesheet" href="https://cdn.example/bootstrap.css"/>\n'
        '<link rel="shortcut icon" href="{{ static_images_dir }}favicon.ico"/>\n'
        '<script src="https://code.example/jquery.js"></script>\n'
        "<script>var local = 1;</script>\n"
        '<a href="https://greatexpectations.io">GE</a>\n'
        '{% set static_images_dir = "https://bucket.example/" -%}\n'
    )
    out = strip_remote(source)
    assert "cdn.example" not in out and "code.example" not in out and "bucket" not in out
    assert "favicon.ico" in out and "var local = 1" in out and "greatexpectations.io" in out
    assert 'static_images_dir = "./static/images/"' in out


def _toy_check(frame: pd.DataFrame, expectations: list) -> CheckSpec:
    return CheckSpec(
        table="fct_indicator_value",
        name="toy",
        blocking=True,
        description="toy values stay small",
        rows="fact",
        id_columns=("fact_id",),
        show=("value", "note"),
        frame=lambda con, ctx: CheckFrame(frame, ["a note"]),
        expectations=lambda: expectations,
    )


def test_runner_names_failing_rows_and_records_what_ge_could_not_evaluate(tmp_path: Path) -> None:
    import great_expectations.expectations as gxe

    frame = pd.DataFrame(
        {"fact_id": ["a", "b", "c"], "value": [1.0, 50.0, 2.0], "note": ["x|y", None, "z"]}
    )
    spec = _toy_check(
        frame,
        [
            gxe.ExpectColumnValuesToBeBetween(column="value", max_value=10, description="small"),
            gxe.ExpectColumnValuesToNotBeNull(column="missing_column", description="absent"),
        ],
    )
    con = duckdb.connect()
    result = run_check(spec, con, CheckContext(), data_docs_dir=tmp_path / "docs")
    con.close()
    assert not result.success and (result.evaluated, result.successful) == (2, 0)
    failures = {f["description"]: f for f in result.failures}
    small, absent = failures["small"], failures["absent"]
    assert (small["description"], small["unexpected_count"], small["ids"]) == ("small", 1, [("b",)])
    assert absent["description"] == "absent" and absent["exception"]
    assert list(result.failing_rows.columns) == ["fact_id", "problem", "value", "note"]
    (row,) = result.failing_rows.to_dict("records")
    assert (row["fact_id"], row["problem"], row["value"]) == ("b", "small", 50.0)
    assert pd.isna(row["note"])
    message = result.message()
    assert message.startswith("1 of 3 fact(s) fail: ")
    assert "small (1 row(s))" in message and "absent (could not be evaluated: " in message
    assert "Failing: fact_id=b (value=50)" in message and message.endswith("(a note)")
    assert result.data_docs_index == (tmp_path / "docs" / "index.html").resolve()
    summary = result.summary()
    assert summary["check"] == "fct_indicator_value.toy" and summary["failing_rows"] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.success = True  # type: ignore[misc]


def test_markdown_table_escapes_pipes_and_caps_rows() -> None:
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(5)], "text": ["a|b", None, "c", "d", "e"]})
    table = markdown_table(frame, limit=2)
    assert table.splitlines()[:4] == ["| id | text |", "|---|---|", "| r0 | a\\|b |", "| r1 |  |"]
    assert table.endswith("_… 3 more rows_")
    assert markdown_table(frame.head(0)) == "_none_"
