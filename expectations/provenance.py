"""Provenance: every figure points at its own characters (blocking).

For each fact (fct_indicator_value) and each unmapped mention (fct_unmapped_quantity), the
normalised document text (document_text.text) at ``[char_start, char_end)`` must equal
``raw_text``, and ``sentence`` must stand in the text around those offsets, with ``raw_text``
at the offsets inside it. Offsets that drifted by one character, a figure taken from another
sentence or a sentence cut differently from the text all fail here, and the failing rows name
the figure and the characters its offsets actually point at.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from expectations.spec import (
    CheckContext,
    CheckFrame,
    all_rows,
    only_changed,
    scope_notes,
    unless_passing,
)

if TYPE_CHECKING:
    import duckdb
    from great_expectations.expectations import Expectation

NOT_IN_SENTENCE = "(raw_text is not in the sentence)"
NO_TEXT = "(no document text)"
TEXT_SHOWN = 60  # characters of a sentence in the failing-rows table

# Only a window around each figure leaves the database (two sentence lengths), not whole texts,
# and only for the rows whose sentence is not where the first occurrence of raw_text in it
# puts it (``at_first``): that case, nearly every row, is decided in SQL, with the very answer
# sentence_at_offsets gives (its first candidate's slice, which equals the sentence).
#
# Most rows pass both expectations, and SQL proves it on that window (PASSES), cut once from the
# text (a slice of a long text costs a walk to its offset; three per row were most of the
# check's time): such rows (all but a few thousand of 340,000 at 50 MB of text) are counted,
# not fetched. ``CheckContext.all_rows`` fetches them too.
_ROWS_SQL = """
select
    m.{id} as {id},
    m.document_id,
    t.source_file,
    m.raw_text,
    m.char_start,
    m.char_end,
    m.sentence,
    greatest(m.char_start - length(m.sentence), 0) as window_start,
    t.text,
    t.text is not null as has_text,
    strpos(m.sentence, m.raw_text) - 1 as first_at
from main.{table} as m
left join main.document_text as t
    on m.document_id = t.document_id
where true {scope}
"""

# The window [window_start, window_start + 2 * length(sentence) + span) holds [char_start,
# char_end) and, when raw_text's first occurrence in the sentence is at char_start, the whole
# sentence's place (window_start is at most a sentence length before char_start). So on rows
# with sane offsets (char_start >= 0, the span as long as raw_text), the window's slices are
# the text's: the text at the offsets is raw_text and the sentence stands at_first.
PASSES = """
    has_text
    and raw_text <> ''
    and char_start >= 0
    and char_end - char_start = length(raw_text)
    and first_at >= 0
    and char_start - first_at >= 0
    and substring(text_window, char_start - window_start + 1, char_end - char_start) = raw_text
    and substring(text_window, char_start - first_at - window_start + 1, length(sentence))
        = sentence
"""

_SQL = """
with windowed as (
    select
        *,
        substring(
            text,
            window_start + 1,
            2 * length(sentence) + (char_end - char_start)
        ) as text_window
    from ({rows})
),

kept as (
    select *
    from windowed
    where {keep}
),

judged as (
    select
        *,
        substring(text, char_start + 1, char_end - char_start) as text_at_offsets,
        coalesce(
            raw_text <> ''
            and has_text
            and char_end is not null
            and first_at >= 0
            and char_start - first_at >= 0
            and substring(text, char_start - first_at + 1, length(sentence)) = sentence,
            false
        ) as at_first
    from kept
)

select
    {id},
    document_id,
    source_file,
    raw_text,
    char_start,
    char_end,
    text_at_offsets,
    sentence,
    window_start,
    at_first,
    case when not at_first then text_window end as text_window,
    has_text
from judged
order by document_id, char_start, {id}
"""


def sentence_at_offsets(
    raw_text: str | None,
    sentence: str | None,
    char_start: int | None,
    window: str | None,
    window_start: int | None,
) -> str:
    """The document's characters where ``sentence`` stands if ``raw_text`` is at char_start.

    When raw_text occurs several times in the sentence, the occurrence that makes the sentence
    match the text is taken (else the first), so a correct row always yields its own sentence.
    """
    if not isinstance(raw_text, str) or not isinstance(sentence, str) or not raw_text:
        return NOT_IN_SENTENCE
    if not isinstance(window, str) or pd.isna(window_start) or pd.isna(char_start):
        return NO_TEXT
    char_start, window_start = int(char_start), int(window_start)
    candidates = [m.start() for m in re.finditer(re.escape(raw_text), sentence)]
    if not candidates:
        return NOT_IN_SENTENCE
    slices = []
    for k in candidates:
        begin = char_start - k - window_start
        piece = window[begin : begin + len(sentence)] if begin >= 0 else ""
        if piece == sentence:
            return piece
        slices.append(piece)
    return slices[0]


def _frame(
    con: duckdb.DuckDBPyConnection, table: str, id_column: str, ctx: CheckContext | None
) -> CheckFrame:
    rows_sql = _ROWS_SQL.format(table=table, id=id_column, scope=only_changed(ctx, "m.document_id"))
    (judged,) = con.execute(f"select count(*) from ({rows_sql})").fetchone()
    sql = _SQL.format(rows=rows_sql, id=id_column, keep=unless_passing(ctx, PASSES))
    df = con.execute(sql).df()
    df["text_at_offsets"] = [
        v if has else NO_TEXT
        for v, has in zip(df["text_at_offsets"].tolist(), df["has_text"].tolist(), strict=True)
    ]
    df["sentence_at_offsets"] = [
        sentence if first else sentence_at_offsets(raw_text, sentence, start, window, at)
        for raw_text, sentence, start, window, at, first in zip(
            df["raw_text"],
            df["sentence"],
            df["char_start"],
            df["text_window"],
            df["window_start"],
            df["at_first"],
            strict=True,
        )
    ]
    df = df.drop(columns=["text_window", "window_start", "has_text", "at_first"])
    df["sentence_shown"] = [_shorten(s) for s in df["sentence"]]
    df["sentence_at_offsets_shown"] = [
        shown if found is sentence else _shorten(found)
        for sentence, found, shown in zip(
            df["sentence"], df["sentence_at_offsets"], df["sentence_shown"], strict=True
        )
    ]
    return CheckFrame(df, scope_notes(ctx), rows=None if all_rows(ctx) else int(judged))


def _shorten(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    return text if len(text) <= TEXT_SHOWN else text[: TEXT_SHOWN - 1] + "…"


def facts_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    return _frame(con, "fct_indicator_value", "fact_id", ctx)


def unmapped_frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    return _frame(con, "fct_unmapped_quantity", "unmapped_id", ctx)


def expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe

    return [
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="raw_text",
            column_B="text_at_offsets",
            ignore_row_if="neither",
            description="the document text at [char_start, char_end) is raw_text",
        ),
        gxe.ExpectColumnPairValuesToBeEqual(
            column_A="sentence",
            column_B="sentence_at_offsets",
            ignore_row_if="neither",
            description="sentence stands in the document text around the offsets, raw_text at "
            "char_start inside it",
        ),
    ]


SHOW = (
    "document_id",
    "source_file",
    "raw_text",
    "char_start",
    "char_end",
    "text_at_offsets",
    "sentence_shown",
    "sentence_at_offsets_shown",
)
