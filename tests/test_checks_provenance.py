"""Provenance (blocking): a figure's offsets point at its raw_text, inside its sentence."""

from __future__ import annotations

import pytest
from checks_fixtures import clean_warehouse, faulty_warehouse, ids, planted, run
from dbt_fixtures import DOCS, LY21

FACTS, UNMAPPED = "fct_indicator_value.provenance", "fct_unmapped_quantity.provenance"


def test_document_text_lets_every_fact_be_followed_to_its_characters() -> None:
    built = clean_warehouse()
    rows = built.query(
        "select d.document_id, t.text is not distinct from r.text, t.char_count, t.status "
        "from main.dim_document d join main.document_text t using (document_id) "
        "join raw.documents r using (document_id) order by 1"
    )
    assert [(r[0], r[1], r[3]) for r in rows] == sorted(
        (d.document_id, True, d.status) for d in DOCS
    )
    assert {r[0]: r[2] for r in rows}[LY21] == len(
        next(d.text for d in DOCS if d.document_id == LY21)
    )
    mismatched = built.query(
        "select f.fact_id from main.fct_indicator_value f join main.document_text t "
        "using (document_id) "
        "where substring(t.text, f.char_start + 1, f.char_end - f.char_start) <> f.raw_text"
    )
    assert mismatched == []
    counts = dict(built.query("select document_id, sentence_count from main.document_text"))
    per_doc = dict(built.query("select document_id, count(*) from raw.sentences group by 1"))
    assert counts == {d.document_id: per_doc.get(d.document_id, 0) for d in DOCS}


@pytest.mark.parametrize("key", [FACTS, UNMAPPED])
def test_provenance_passes_on_clean_output(key: str) -> None:
    result = run(clean_warehouse().warehouse, key)
    assert result.success, result.message()
    assert result.rows > 3 and result.failing_rows.empty
    assert result.blocking
    assert result.message().startswith(f"all {result.rows} ")


def test_provenance_names_facts_whose_offsets_or_sentence_are_off() -> None:
    result = run(faulty_warehouse().warehouse, FACTS)
    assert not result.success
    assert ids(result) == planted()["provenance_facts"]
    by_raw = {r.raw_text: r for r in result.failing_rows.itertuples()}
    # offsets one character late: the text there reads the figure's tail and the comma after it
    shifted = by_raw["257.4亿元"]
    assert shifted.text_at_offsets == "57.4亿元,"
    assert "the document text at [char_start, char_end) is raw_text" in shifted.problem
    # the second 269家's sentence on the first 269家: raw_text is right, the sentence is not there
    moved = by_raw["269家"]
    assert moved.text_at_offsets == "269家"
    assert moved.sentence_shown == "高新技术企业总数达269家,继续保持增长。"
    assert moved.sentence_at_offsets_shown == "高新技术企业总数达269家。全社会研发投入"
    assert moved.problem == (
        "sentence stands in the document text around the offsets, raw_text at char_start inside it"
    )
    message = result.message()
    assert "2 of " in message
    for fact_id in planted()["provenance_facts"]:
        assert fact_id in message


def test_provenance_names_unmapped_mentions_whose_offsets_are_off() -> None:
    result = run(faulty_warehouse().warehouse, UNMAPPED)
    assert not result.success
    assert ids(result) == planted()["provenance_unmapped"]
    (row,) = result.failing_rows.itertuples()
    assert (row.raw_text, row.text_at_offsets) == ("12个", "地12")
    assert row.unmapped_id in result.message()


EDGE_TEXT = "甲市科技局。高新技术企业达12家,增长12%。研发投入12亿元。"
EDGE_SENTENCE = "高新技术企业达12家,增长12%。"
_AT = EDGE_TEXT.index(EDGE_SENTENCE)
_LAST = "研发投入12亿元。"
_END = EDGE_TEXT.index(_LAST)
# (raw_text, sentence, char_start, char_end, passes)
EDGE_ROWS = [
    ("12家", EDGE_SENTENCE, _AT + 7, _AT + 10, True),  # first occurrence
    ("12%", EDGE_SENTENCE, _AT + 13, _AT + 16, True),
    ("12", EDGE_SENTENCE, _AT + 13, _AT + 15, True),  # the second "12": not cleared in SQL
    ("12", EDGE_SENTENCE, _AT + 7, _AT + 9, True),
    ("亿元。", _LAST, _END + 6, _END + 9, True),  # at the text's very end
    ("甲市", "甲市科技局。", 0, 2, True),  # at its very start
    ("12家", EDGE_SENTENCE, _AT + 8, _AT + 11, False),  # one late
    ("12家", EDGE_SENTENCE, _AT + 6, _AT + 9, False),  # one early
    ("12家", EDGE_SENTENCE, _AT + 7, _AT + 11, False),  # span longer than raw_text
    ("12家", EDGE_SENTENCE, _AT + 10, _AT + 7, False),  # end before start
    ("12家", EDGE_SENTENCE, -3, 0, False),  # before the text
    ("亿元。", _LAST, _END + 7, _END + 10, False),  # past the text's end
    ("高新", EDGE_SENTENCE, 0, 2, False),  # the sentence would start before the text
    ("", EDGE_SENTENCE, _AT, _AT, False),
    ("12家", None, _AT + 7, _AT + 10, False),
    ("12家", "不在这里12家。", _AT + 7, _AT + 10, False),
    ("12家", EDGE_SENTENCE, _AT + 7, None, False),
    ("12家", EDGE_SENTENCE, None, None, False),
    ("12家", EDGE_SENTENCE, _AT + 7, _AT + 10, False),  # its document has no text
]


def test_rows_cleared_in_sql_are_exactly_rows_that_pass() -> None:
    """The check hands GE only the rows SQL cannot prove right (a window cut once from the
    text): every wrong row still reaches GE and fails, and the verdict is the one GE gives when
    it sees every row."""
    import duckdb

    from expectations import CHECKS, CheckContext, run_check

    con = duckdb.connect()
    con.execute(
        "create table main.document_text (document_id varchar, source_file varchar, text varchar)"
    )
    con.execute("insert into main.document_text values ('d', 'd.txt', ?)", [EDGE_TEXT])
    con.execute(
        "create table main.fct_indicator_value (fact_id varchar, document_id varchar, "
        "raw_text varchar, sentence varchar, char_start integer, char_end integer)"
    )
    last = len(EDGE_ROWS) - 1
    for i, (raw, sentence, start, end, _) in enumerate(EDGE_ROWS):
        con.execute(
            "insert into main.fct_indicator_value values (?, ?, ?, ?, ?, ?)",
            [f"f{i:02d}", "gone" if i == last else "d", raw, sentence, start, end],
        )
    spec = CHECKS[FACTS]
    fast = run_check(spec, con, CheckContext())
    full = run_check(spec, con, CheckContext(all_rows=True))
    wrong = {f"f{i:02d}" for i, row in enumerate(EDGE_ROWS) if not row[-1]}
    assert {i for (i,) in fast.failing_ids} == wrong
    assert fast.summary() == full.summary()
    assert fast.message() == full.message()
    assert fast.rows == len(EDGE_ROWS)
    kept = set(spec.frame(con, CheckContext()).frame["fact_id"])
    assert wrong <= kept and "f00" not in kept and "f04" not in kept and "f05" not in kept
