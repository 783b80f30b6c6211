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
