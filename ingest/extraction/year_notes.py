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

import bisect
import re
from dataclasses import dataclass

import polars as pl

from ingest.extraction.lexicon import Lexicon, load_lexicon

# A footnote's mark, glued to the figure (or the name) it speaks of and opening its note:
# [1], [注1], 〔注1〕, (1) (⑴ after NFKC), [a] (a superscript the reader bracketed)
_MARK = r"\[注?[0-9]{1,2}\]|〔注?[0-9]{1,2}〕|\([0-9]{1,2}\)|\[[a-e]\]"
# …or, where a PDF's copy flattened a superscript, a bare number glued after a unit and
# before a stop (18.9亿元2,), whose note opens on the number (2 研发经费…, 2研发经费…; not a
# count or a date: 12家企业, 3月)
_NOT_A_COUNT = r"\s*(?=[\u4e00-\u9fff])(?![年月日号时个家项件名人次万亿元])"
_BARE_OPENING = r"[0-9]{1,2}" + _NOT_A_COUNT
_BARE_MARK_OPENING_RE = re.compile(r"^\s*([0-9]{1,2})" + _NOT_A_COUNT)
# a note's opening word or mark, then (within the note) what is of which year
_NOTE_OPENING_WORD = r"(?:注释?|说明|备注|附注)\s*[0-9一二三四五六七八九十]*\s*[::]"
# (or an item of a 注释: block, numbered: 3.科学技术部分,R&D经费支出…为上年数据)
_NUMBERED_ITEM = r"[0-9]{1,2}\s*[.、]"
_NOTE_OPENING_RE = re.compile(
    rf"^\s*(?:{_NOTE_OPENING_WORD}|{_MARK}|{_BARE_OPENING}|{_NUMBERED_ITEM})"
)
# (the same, for polars' regex, which has no lookaround: a first cut, checked again)
_NOTE_PREFILTER = (
    rf"^\s*(?:{_NOTE_OPENING_WORD}|{_MARK}|[0-9]{{1,2}}\s*\p{{Han}}|{_NUMBERED_ITEM}.*数)"
)
_MARK_RE = re.compile(_MARK)
_DATED_PART_RE = re.compile(
    r"(?P<what>[^;;。]{1,40}?)(?:均)?(?:为|是|系)"
    r"(?:(?P<year>(?:19|20)[0-9]{2})\s*年度?|(?P<before>上一?年度?))(?:的)?"
    # (whose figures: 统计数据, 登记数据, 企业所得税汇算清缴数据)
    r"[^,;。,;0-9]{0,8}?(?:数据|数)"
)
# …or that says they lag a year behind the columns or text they stand in (研发投入强度为滞后一年
# 的统计数据: the 2024年 column holds 2023's)
_LAGGED_PART_RE = re.compile(r"(?P<what>[^;;。]{2,40}?)(?:为|是|系)?滞后(?P<years>一|1|两|2)年")
# the share of a named amount said with it (及其占地区生产总值比重, 及投入强度)
_ITS_SHARE_RE = re.compile(r"其占|占[^,;。]{0,10}比重|相当于[^,;。]{0,10}比例|强度")
# a mark the dated rows carry (带*指标, 标*的指标)
_MARKED_RE = re.compile(r"[带标有]\s*([*＊※△#])")
# a sentence that says a year of its own: the note does not move its figures
# (not the base of a change: 比上年增长, 较上年提高)
_OWN_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年|(?<![比较])上年|去年|今年|本年")


@dataclass(frozen=True)
class YearNote:
    document_id: str
    year: int | None  # None: the year before the report year (上年数据)
    codes: frozenset[str]  # the indicators named, or empty when a symbol names them
    mark: str | None  # the mark dated rows carry (*, or a footnote's [1], (1), 2)
    lag: int = 0  # years every figure of them lags behind where it stands (0: dated instead)
    numbered: bool = False  # a footnote's mark, glued to the very figures it dates
    bare: bool = False  # …a bare number (18.9亿元2,): only glued after a unit, before a stop


def year_notes(sentences: pl.DataFrame) -> list[YearNote]:
    """Every dated part of every note among the sentences (document_id, text)."""
    notes = sentences.filter(pl.col("text").str.contains(_NOTE_PREFILTER)).select(
        "document_id", "text"
    )
    if notes.is_empty():
        return []
    lexicon = load_lexicon()
    found: list[YearNote] = []
    for document_id, text in notes.iter_rows():
        if not _NOTE_OPENING_RE.match(text):
            continue
        for part in _LAGGED_PART_RE.finditer(text):
            codes = _named(part.group("what"), lexicon)
            if codes:
                lag = 1 if part.group("years") in ("一", "1") else 2
                found.append(YearNote(document_id, None, frozenset(codes), None, lag))
        bare = _BARE_MARK_OPENING_RE.match(text)
        for part in _DATED_PART_RE.finditer(text):
            what = part.group("what")
            marked = _MARKED_RE.search(what)
            numbered = _MARK_RE.search(what)
            codes = _named(what, lexicon)
            year = int(part.group("year")) if part.group("year") else None
            if marked is not None:
                found.append(YearNote(document_id, year, frozenset(), marked.group(1)))
            elif numbered is not None or (bare is not None and part.start() == 0):
                mark = numbered.group() if numbered is not None else bare.group(1)  # type: ignore[union-attr]
                found.append(
                    YearNote(document_id, year, frozenset(codes), mark, 0, True, numbered is None)
                )
            elif codes:
                found.append(YearNote(document_id, year, frozenset(codes), None))
    return found


def _named(what: str, lexicon: Lexicon) -> set[str]:
    """The indicators a note names, and the shares it names with them (及其占…比重)."""
    codes = {m.indicator_code for m in lexicon.find_mentions(what) if m.indicator_code}
    if codes and _ITS_SHARE_RE.search(what):
        codes |= {lexicon.share_target[c] for c in codes if c in lexicon.share_target}
    return codes


def redate_by_notes(
    facts: pl.DataFrame,
    notes: list[YearNote],
    report_years: dict[str, int | None],
    sentences: pl.DataFrame,
) -> pl.DataFrame:
    """The facts with the notes' years: a fact of the report year, of an indicator a note
    names (or in a sentence carrying the note's mark), from a sentence that says no year of
    its own, takes the year the note gives; a figure a footnote's mark is glued to takes it
    whatever its sentence says (2024年…投入186.4亿元[1]: the mark speaks of this figure)."""
    if not notes or facts.is_empty():
        return facts
    noted = {note.document_id for note in notes}
    texts = _sentences_of({n.document_id for n in notes if n.numbered}, sentences)
    rows = facts.with_row_index("_row").filter(
        pl.col("document_id").is_in(list(noted)) & (pl.col("kind") == "actual")
    )
    moved: dict[int, int] = {}
    columns = (
        "_row", "document_id", "indicator_code", "year", "sentence", "char_start", "char_end",
        "measure",
    )  # fmt: skip
    rows_read = rows.select(*columns).rows()
    glued_at: dict[tuple[str, str, str], tuple[int, int]] = {}  # the figures a mark dates
    for row in rows_read:
        index, document_id, code, year, sentence, start, end, _ = row
        report_year = report_years.get(document_id)
        if report_year is None or year is None:
            continue
        own_year = _OWN_YEAR_RE.search(sentence or "") is not None
        for note in notes:
            if note.document_id != document_id:
                continue
            if note.numbered:
                before, after = _around(texts[document_id], start, end)
                glued = _glued(note, before, after)
                applies = glued or (
                    not own_year and code in note.codes and _carries(note, sentence or "")
                )
            elif own_year:
                continue
            elif note.lag and code in note.codes:
                moved[index] = year - note.lag  # (a column's year too: the note says all lag)
                break
            else:
                applies = code in note.codes or (note.mark is not None and note.mark in sentence)
            if applies and year == report_year:
                moved[index] = note.year if note.year is not None else report_year - 1
                if note.numbered and glued:
                    glued_at.setdefault((document_id, sentence, code), (start, moved[index]))
                break
    # (…and the rate the same clause gives the marked figure after it: 3.4亿元[3],比上年增长18.2%)
    for index, document_id, code, year, sentence, start, _, measure in rows_read:
        mark = glued_at.get((document_id, sentence, code))
        later = mark is not None and mark[0] < start and index not in moved
        if later and measure == "growth_pct" and year == report_years.get(document_id):
            moved[index] = mark[1]  # type: ignore[index]
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


def _sentences_of(documents: set[str], sentences: pl.DataFrame) -> dict[str, list[tuple[int, str]]]:
    """Each document's sentences by where they start, for the ones whose notes have marks."""
    texts: dict[str, list[tuple[int, str]]] = {doc: [] for doc in documents}
    if documents:
        rows = sentences.filter(pl.col("document_id").is_in(list(documents)))
        for document_id, start, text in rows.select("document_id", "char_start", "text").rows():
            texts[document_id].append((start, text))
        for spans in texts.values():
            spans.sort()
    return texts


def _around(spans: list[tuple[int, str]], start: int, end: int) -> tuple[str, str]:
    """The text of the figure's sentence before and after it."""
    at = bisect.bisect_right(spans, (start, "\uffff")) - 1
    if at < 0:
        return "", ""
    first, text = spans[at]
    return text[: max(start - first, 0)], text[max(end - first, 0) :]


def _glued(note: YearNote, before: str, after: str) -> bool:
    """Is the note's mark right after the figure (186.4亿元[1], 18.9亿元2,) or right before it
    (R&D经费支出[12]63.8亿元)?"""
    mark = note.mark or ""
    if note.bare:
        return re.match(rf"{re.escape(mark)}(?![0-9.])", after) is not None
    return after.lstrip().startswith(mark) or before.rstrip().endswith(mark)


def _carries(note: YearNote, sentence: str) -> bool:
    """Does the sentence carry the note's mark anywhere (its other figures then go with it)?"""
    mark = note.mark or ""
    if note.bare:
        return (
            re.search(rf"(?<=[\u4e00-\u9fff%]){re.escape(mark)}(?=[,;。、])", sentence) is not None
        )
    return mark in sentence
