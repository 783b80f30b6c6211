"""Consistency (blocking) and target dating (warning): facts agree with their documents,
files and pairs."""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from checks_fixtures import (
    clean_warehouse,
    copy_warehouse,
    docs_folder,
    faulty_warehouse,
    guarded_warehouse,
    ids,
    planted,
    run,
)
from dbt_fixtures import HA16, LY21

from expectations import CheckContext
from expectations.consistency import files_on_disk, target_evidence

FACTS = "fct_indicator_value.consistency"
DATING = "fct_indicator_value.target_dating"
DOCUMENTS = "dim_document.consistency"
FILES = "source_files.consistency"
PAIRS = "fct_target_attainment.consistency"
YEARS_LOW = "an actual is at most 10 years before its document's report year; a target not "
TARGETS = "a target stands in a plan section or its sentence says it is one"


@pytest.mark.parametrize("key", [FACTS, DATING, DOCUMENTS, PAIRS])
def test_consistency_passes_on_clean_output(key: str) -> None:
    result = run(clean_warehouse().warehouse, key)
    assert result.success, result.message()
    assert result.rows > 0 and result.failing_rows.empty


def test_years_and_targets_name_the_misdated_fact_and_the_summary_target() -> None:
    result = run(faulty_warehouse().warehouse, FACTS)
    assert not result.success and result.blocking
    assert ids(result) == planted()["years"] | planted()["targets"]
    rows = {r.raw_text: r for r in result.failing_rows.itertuples()}
    old = rows["8189.75万元"]
    assert (old.year, old.report_year, old.earliest_year) == (2009, 2021, 2011)
    assert old.problem.startswith(YEARS_LOW)
    summary_target = rows["14.2%"]
    assert (summary_target.kind, summary_target.section) == ("target", "summary")
    assert pd.isna(summary_target.target_evidence)
    assert summary_target.problem == TARGETS
    for fact_id in ids(result):
        assert fact_id in result.message()


def test_the_guard_keeps_contradicted_facts_out_and_says_why() -> None:
    # The same misdated actual and summary target, built by the project as it is: dbt sends
    # them to fct_unmapped_quantity with the reason, so the blocking check passes and one
    # document dated wrongly does not stop a folder from publishing.
    built = guarded_warehouse()
    assert run(built.warehouse, FACTS).success
    con = duckdb.connect(str(built.warehouse), read_only=True)
    try:
        moved = con.execute(
            "select unmapped_id, unmapped_reason, indicator_code, year, kind, raw_text "
            "from main.fct_unmapped_quantity where unmapped_reason not in "
            "('no_indicator', 'unknown_indicator_code') order by raw_text"
        ).fetchall()
        kept = con.execute(
            "select count(*) from main.fct_indicator_value where fact_id in (select unnest(?))",
            [sorted(planted()["years"] | planted()["targets"])],
        ).fetchone()[0]
    finally:
        con.close()
    (old,) = planted()["years"]
    (summary_target,) = planted()["targets"]
    assert [(m[0], m[1], m[3], m[4], m[5]) for m in moved] == [
        (summary_target, "target_without_evidence", 2021, "target", "14.2%"),
        (old, "year_before_document", 2009, "actual", "8189.75万元"),
    ]
    assert kept == 0


def test_target_dating_names_a_target_set_for_its_report_year_without_saying_so() -> None:
    result = run(faulty_warehouse().warehouse, DATING)
    assert not result.success and not result.blocking
    assert ids(result) == planted()["target_dating"]
    (row,) = result.failing_rows.itertuples()
    assert (row.year, row.report_year) == (2021, 2021) and pd.isna(row.year_named)


def test_an_ok_document_without_sentences_is_named() -> None:
    result = run(faulty_warehouse().warehouse, DOCUMENTS)
    assert not result.success
    assert ids(result) == planted()["sentences"] == {HA16}
    (row,) = result.failing_rows.itertuples()
    assert (row.source_file, row.status, row.sentence_count) == ("haian/2016.txt", "ok", 0)
    assert HA16 in result.message() and "haian/2016.txt" in result.message()


def test_pairs_of_different_qualifiers_are_named() -> None:
    result = run(faulty_warehouse().warehouse, PAIRS)
    assert not result.success
    assert ids(result) == planted()["pairs"]
    (row,) = result.failing_rows.itertuples()
    assert (row.qualifier, row.actual_qualifier) == ("国家级", "(none)")
    assert row.problem == "the paired actual has the target's qualifier"


def test_every_file_of_the_folder_is_in_source_files(tmp_path: Path) -> None:
    docs = docs_folder(tmp_path / "docs", {".git/HEAD": "ref"})  # a tool's folder: not read
    result = run(clean_warehouse().warehouse, FILES, CheckContext(docs_dir=docs))
    assert result.success, result.message()
    assert result.rows == 5 and result.notes == []


def test_a_file_the_build_lost_is_named_and_one_that_arrived_late_is_noted(tmp_path: Path) -> None:
    docs = docs_folder(tmp_path / "docs", {"longyan/2023.txt": "龙岩市2023年工作总结"})
    late = docs / "haian" / "2017.txt"
    late.write_text("海安市2017年工作总结", encoding="utf-8")
    since = time.time() - 60
    os.utime(late, (since + 30, since + 30))
    for path in docs.rglob("*"):
        if path.is_file() and path != late:
            os.utime(path, (since - 60, since - 60))
    result = run(clean_warehouse().warehouse, FILES, CheckContext(docs_dir=docs, files_since=since))
    assert not result.success and result.blocking
    assert ids(result) == {"longyan/2023.txt"}
    assert result.failing_rows.iloc[0]["problem"] == (
        "every file under the documents folder is in source_files"
    )
    assert result.notes == ["1 file(s) changed during the build, not judged: haian/2017.txt"]
    assert "longyan/2023.txt" in result.message()


def test_a_file_listed_twice_is_named(tmp_path: Path) -> None:
    database = copy_warehouse(clean_warehouse(), tmp_path)
    con = duckdb.connect(str(database))
    con.execute(
        "insert into main.source_files select * from main.source_files "
        "where source_file = 'longyan/2021.txt'"
    )
    con.close()
    docs = docs_folder(tmp_path / "docs")
    result = run(database, FILES, CheckContext(docs_dir=docs))
    assert ids(result) == {"longyan/2021.txt"}
    assert result.failing_rows.iloc[0]["rows_in_source_files"] == 2
    assert result.failing_rows.iloc[0]["problem"] == "no file is in source_files twice"


def test_without_the_folder_only_repeats_are_looked_for(tmp_path: Path) -> None:
    result = run(clean_warehouse().warehouse, FILES, CheckContext(docs_dir=tmp_path / "gone"))
    assert result.success
    assert result.notes == [
        f"the documents folder {tmp_path / 'gone'} is gone: only repeated rows were looked for"
    ]


def test_files_on_disk_counts_hidden_files_and_skips_hidden_folders_and_links(
    tmp_path: Path,
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x")
    (tmp_path / "a" / ".DS_Store").write_text("d")  # the reader lists it: so does the check
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "y.txt").write_text("y")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a" / "x.txt")
    assert files_on_disk(tmp_path) == (["a/.DS_Store", "a/x.txt"], [])


@pytest.mark.parametrize(
    ("section", "sentence", "year", "expected"),
    [
        ("plan", "高新技术企业达到400家。", 2023, "plan section"),
        ("summary", "力争2023年高新技术企业突破4000家", 2023, "target word 力争"),
        ("summary", "到2023年,研发投入强度达1.94%", 2023, "names 2023年, after the report year"),
        ("summary", "2022年研发投入强度达1.94%", 2022, None),
        ("summary", "全市高新技术企业总数达269家", 2022, None),
    ],
)
def test_target_evidence(section: str, sentence: str, year: int, expected: str | None) -> None:
    assert target_evidence("target", section, sentence, year, 2022) == expected
    assert target_evidence("actual", section, sentence, year, 2022) is None


def test_the_fixture_plants_the_targets_fault_in_a_summary_section() -> None:
    sections = faulty_warehouse().query(
        "select s.section from raw.sentences s join raw.facts f on f.document_id = s.document_id "
        f"and f.char_start >= s.char_start and f.char_end <= s.char_end "
        f"where f.document_id = '{LY21}' and f.raw_text = '14.2%'"
    )
    assert sections == [("summary",)]
