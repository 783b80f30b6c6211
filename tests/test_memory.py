"""Memory that does not grow with the corpus: batches streamed into the raw tables, the checks'
frames let go, the provenance windows left in the database. Each path must give exactly what the
whole-frame path gave (the figures are in docs/scaling.md, never timed here)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
from cache_fixtures import cache_docs
from checks_fixtures import clean_warehouse, faulty_warehouse, run

from expectations import provenance
from expectations.runner import DATASOURCE, gx_context
from ingest.store.pipeline_cache import PipelineCache, _concat
from orchestration.raw_tables import TableStream, write_table

# -- the raw tables, batch by batch -----------------------------------------------------------


def _batches() -> list[pl.DataFrame]:
    """Batches as the cache hands them out: a column missing from one, all-null (Null dtype) in
    another, an empty frame without columns, rows in an order of their own."""
    return [
        pl.DataFrame(
            {
                "document_id": ["d2", "d1"],
                "sentence_no": [1, 0],
                "section": ["summary", None],
                "text": ["甲。", "乙。"],
                "tokens": [["甲", "。"], ["乙", "。"]],
                "frame_year": pl.Series([2025, None], dtype=pl.Int32),
            }
        ),
        pl.DataFrame(),
        pl.DataFrame(
            {
                "document_id": ["d3"],
                "sentence_no": [0],
                "section": [None],
                "text": ["丙。"],
                "tokens": [None],
                "frame_year": [None],
            }
        ),
        pl.DataFrame({"document_id": ["d4"], "sentence_no": [2], "text": ["丁。"]}),
    ]


def _table(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list, list]:
    columns = con.execute(
        "select column_name, data_type from information_schema.columns "
        f"where table_schema = 'raw' and table_name = '{table}' order by ordinal_position"
    ).fetchall()
    return columns, con.execute(f"select * from raw.{table}").fetchall()


def test_a_streamed_table_is_the_table_of_the_batches_concatenated() -> None:
    whole, streamed = duckdb.connect(), duckdb.connect()
    write_table(whole, "sentences", _concat(_batches()))
    stream = TableStream("sentences")
    for frame in _batches():
        stream.write(streamed, frame)
    assert stream.finish(streamed) == 4
    assert _table(streamed, "sentences") == _table(whole, "sentences")
    assert [r[0] for r in _table(streamed, "sentences")[1]] == ["d2", "d1", "d3", "d4"]


def test_a_stream_without_rows_leaves_the_typed_empty_table() -> None:
    whole, streamed = duckdb.connect(), duckdb.connect()
    write_table(whole, "facts", _concat([pl.DataFrame()]))
    stream = TableStream("facts")
    stream.write(streamed, pl.DataFrame())
    assert stream.finish(streamed) == 0
    assert _table(streamed, "facts") == _table(whole, "facts")
    assert _table(streamed, "facts")[1] == []


def test_the_cache_hands_each_batch_to_the_sink_in_the_order_it_returns_them(
    tmp_path: Path,
) -> None:
    def compute(docs: pl.DataFrame) -> dict[str, pl.DataFrame]:
        rows = docs.select("document_id", pl.col("text").str.len_chars().alias("n"))
        return {"out": rows, "empty": rows.filter(pl.lit(False))}

    first = cache_docs("a", "b", "c")
    PipelineCache(tmp_path / "x", "f" * 64).map_documents("s", first, ["out", "empty"], compute)
    PipelineCache(tmp_path / "y", "f" * 64).map_documents("s", first, ["out", "empty"], compute)
    docs = cache_docs("a", "b", "c", "d", "e")  # three cached, two computed, in small batches
    whole, counts = PipelineCache(tmp_path / "x", "f" * 64).map_documents(
        "s", docs, ["out", "empty"], compute, batch_chars=10
    )
    seen: list[dict[str, pl.DataFrame]] = []
    streamed, streamed_counts = PipelineCache(tmp_path / "y", "f" * 64).map_documents(
        "s", docs, ["out", "empty"], compute, batch_chars=10, sink=lambda f: seen.append(dict(f))
    )
    assert streamed == {}
    assert (streamed_counts.processed, streamed_counts.cached) == (counts.processed, 3) == (2, 3)
    assert len(seen) >= 2
    for name in ("out", "empty"):
        assert _concat([f[name] for f in seen]).equals(whole[name])


# -- the checks -------------------------------------------------------------------------------


def test_a_check_leaves_no_frame_in_great_expectations() -> None:
    result = run(faulty_warehouse().warehouse, "fct_unmapped_quantity.provenance")
    assert not result.success  # the planted fault is still found
    engine = gx_context().data_sources.all()[DATASOURCE]._execution_engine
    assert engine is not None
    assert engine.batch_manager.batch_data_cache == {}


def test_provenance_decided_in_sql_is_what_the_python_window_decides() -> None:
    """The rows whose sentence stands where the first occurrence of raw_text puts it are decided
    in SQL; every other row, right or wrong, goes through sentence_at_offsets as before."""
    text = "甲市科技局。高新技术企业达12家,增长12%。研发投入12亿元。"
    sentence = "高新技术企业达12家,增长12%。"
    at = text.index(sentence)
    rows = [
        # (raw_text, sentence, char_start, char_end)
        ("12家", sentence, at + 7, at + 10),  # the first occurrence: SQL
        ("12%", sentence, at + 13, at + 16),  # "12" twice in the sentence, "12%" once: SQL
        ("12", sentence, at + 13, at + 15),  # the second "12": Python
        ("12", sentence, at + 7, at + 9),  # the first "12": SQL
        ("12家", sentence, at + 8, at + 11),  # one late: Python, wrong
        ("高新", sentence, 0, 2),  # the sentence would start before the text: Python
        ("", sentence, at, at),  # no raw text
        ("12家", None, at + 7, at + 10),  # no sentence
        ("12家", "不在这里12家。", at + 7, at + 10),  # sentence elsewhere
        ("12家", sentence, at + 7, None),  # no end
        ("12家", sentence, None, None),  # no offsets
    ]
    con = duckdb.connect()
    con.execute(
        "create table main.document_text (document_id varchar, source_file varchar, text varchar)"
    )
    con.execute("insert into main.document_text values ('d', 'd.txt', ?)", [text])
    con.execute(
        "create table main.fct_indicator_value (fact_id varchar, document_id varchar, "
        "raw_text varchar, sentence varchar, char_start integer, char_end integer)"
    )
    for i, (raw, sent, start, end) in enumerate(rows):
        con.execute(
            "insert into main.fct_indicator_value values (?, ?, ?, ?, ?, ?)",
            [f"f{i:02d}", "d" if i < len(rows) - 1 else "gone", raw, sent, start, end],
        )
    frame = provenance.facts_frame(con, None).frame.set_index("fact_id")
    for i, (raw, sent, start, end) in enumerate(rows):
        doc_text = text if i < len(rows) - 1 else None
        window_start = max(start - len(sent), 0) if start is not None and sent else None
        window = (
            doc_text[window_start : window_start + 2 * len(sent) + (end - start)]
            if doc_text is not None and None not in (start, end, window_start)
            else None
        )
        expected = provenance.sentence_at_offsets(raw, sent, start, window, window_start)
        assert frame.loc[f"f{i:02d}", "sentence_at_offsets"] == expected, (i, expected)
    assert frame.loc["f00", "sentence_at_offsets"] == sentence
    assert frame.loc["f02", "sentence_at_offsets"] == sentence
    assert frame.loc["f04", "sentence_at_offsets"] != sentence


def test_clean_provenance_still_passes_on_a_real_warehouse() -> None:
    for key in ("fct_indicator_value.provenance", "fct_unmapped_quantity.provenance"):
        result = run(clean_warehouse().warehouse, key)
        assert result.success and result.failing_rows.empty, result.message()
