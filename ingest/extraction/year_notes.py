"""A note that dates some of a document's figures to another year than the one it reports on.

Statistical bulletins publish R&D spending a year late, and say so in a note under the text or
its table: 注:R&D经费支出及其占地区生产总值比重为2020年数据, R&D经费投入及投入强度为上年数据,
带*指标为2022年数据. The sentences that give those figures name no year of their own, so they
are read as the report year's; the note moves them to the year it names. A note names the
indicators it speaks of (and a share of one: 及其占…比重, 及投入强度), or the mark their rows carry.
A note may instead say the indicator lags (研发投入强度为滞后一年的统计数据): then each of its
figures, a table column's too, is of the year before the one it stands under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import polars as pl

from ingest.extraction.lexicon import Lexicon, load_lexicon

# a note's opening word, then (within the note) what is of which year
_NOTE_OPENING_RE = re.compile(r"^\s*(?:注|说明|备注|附注)\s*[0-9一二三四五六七八九十]*\s*[::]")
_DATED_PART_RE = re.compile(
    r"(?P<what>[^;;。]{2,40}?)(?:均)?(?:为|是|系)"
    r"(?:(?P<year>(?:19|20)[0-9]{2})\s*年度?|(?P<before>上一?年度?))(?:的)?(?:统计)?(?:数据|数)"
)
# …or that says they lag a year behind the columns or text they stand in (研发投入强度为滞后一年
# 的统计数据: the 2024年 column holds 2023's)
_LAGGED_PART_RE = re.compile(r"(?P<what>[^;;。]{2,40}?)(?:为|是|系)?滞后(?P<years>一|1|两|2)年")
# the share of a named amount said with it (及其占地区生产总值比重, 及投入强度)
_ITS_SHARE_RE = re.compile(r"其占|占[^,;。]{0,10}比重|强度")
# a mark the dated rows carry (带*指标, 标*的指标)
_MARKED_RE = re.compile(r"[带标有]\s*([*＊※△#])")
# a sentence that says a year of its own: the note does not move its figures
_OWN_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年|上年|去年|今年|本年")


@dataclass(frozen=True)
class YearNote:
    document_id: str
    year: int | None  # None: the year before the report year (上年数据)
    codes: frozenset[str]  # the indicators named, or empty when a mark names them
    mark: str | None  # the mark dated rows carry
    lag: int = 0  # years every figure of them lags behind where it stands (0: dated instead)


def year_notes(sentences: pl.DataFrame) -> list[YearNote]:
    """Every dated part of every note among the sentences (document_id, text)."""
    notes = sentences.filter(pl.col("text").str.contains(_NOTE_OPENING_RE.pattern)).select(
        "document_id", "text"
    )
    if notes.is_empty():
        return []
    lexicon = load_lexicon()
    found: list[YearNote] = []
    for document_id, text in notes.iter_rows():
        for part in _LAGGED_PART_RE.finditer(text):
            codes = _named(part.group("what"), lexicon)
            if codes:
                lag = 1 if part.group("years") in ("一", "1") else 2
                found.append(YearNote(document_id, None, frozenset(codes), None, lag))
        for part in _DATED_PART_RE.finditer(text):
            what = part.group("what")
            marked = _MARKED_RE.search(what)
            codes = _named(what, lexicon)
            if not codes and marked is None:
                continue
            year = int(part.group("year")) if part.group("year") else None
            found.append(
                YearNote(
                    document_id,
                    year,
                    frozenset(codes if marked is None else ()),
                    marked.group(1) if marked else None,
                )
            )
    return found


def _named(what: str, lexicon: Lexicon) -> set[str]:
    """The indicators a note names, and the shares it names with them (及其占…比重)."""
    codes = {m.indicator_code for m in lexicon.find_mentions(what) if m.indicator_code}
    if codes and _ITS_SHARE_RE.search(what):
        codes |= {lexicon.share_target[c] for c in codes if c in lexicon.share_target}
    return codes


def redate_by_notes(
    facts: pl.DataFrame, notes: list[YearNote], report_years: dict[str, int | None]
) -> pl.DataFrame:
    """The facts with the notes' years: a fact of the report year, of an indicator a note
    names (or in a sentence carrying the note's mark), from a sentence that says no year of
    its own, takes the year the note gives."""
    if not notes or facts.is_empty():
        return facts
    noted = {note.document_id for note in notes}
    rows = facts.with_row_index("_row").filter(
        pl.col("document_id").is_in(list(noted)) & (pl.col("kind") == "actual")
    )
    moved: dict[int, int] = {}
    for row in rows.select("_row", "document_id", "indicator_code", "year", "sentence").rows():
        index, document_id, code, year, sentence = row
        report_year = report_years.get(document_id)
        if report_year is None or year is None or _OWN_YEAR_RE.search(sentence or ""):
            continue
        for note in notes:
            if note.document_id != document_id:
                continue
            if note.lag and code in note.codes:
                moved[index] = year - note.lag  # (a column's year too: the note says all lag)
                break
            applies = code in note.codes or (note.mark is not None and note.mark in sentence)
            if applies and year == report_year:
                moved[index] = note.year if note.year is not None else report_year - 1
                break
    if not moved:
        return facts
    years = pl.DataFrame(
        {"_row": list(moved), "_year": list(moved.values())},
        schema={"_row": pl.UInt32, "_year": pl.Int32},
    )
    return (
        facts.with_row_index("_row")
        .join(years, on="_row", how="left")
        .with_columns(year=pl.coalesce("_year", "year"))
        .drop("_row", "_year")
    )
