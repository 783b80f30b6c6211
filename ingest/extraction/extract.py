"""Indicator facts from a corpus of sentences: polars frames in, polars frames out.

A vectorised pre-filter keeps the sentences that hold a figure at all; for those,
``ingest.extraction.attribution`` decides which figure belongs to which indicator, year and kind.
Offsets in the output are into the normalised document text.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re

import polars as pl

from ingest.document.sections import LEADING_MARKS
from ingest.document.zones import zone_words
from ingest.extraction import grammar
from ingest.extraction.attribution import DocContext, Fact, SentenceExtractor, same_figure_key
from ingest.extraction.cross_tables import cross_table_facts
from ingest.extraction.dating import date_figure
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.numbers import Quantity, find_quantities
from ingest.extraction.plausibility import implausible
from ingest.extraction.records import record_facts
from ingest.extraction.scope import PART_HEADING_PREFILTER, under_parts_headings
from ingest.extraction.segment import HAS_FIGURE, tag
from ingest.extraction.stepped_years import date_by_recent_span, date_by_steps, years_stepped
from ingest.extraction.tables import table_facts
from ingest.extraction.vertical_tables import vertical_table_facts
from ingest.extraction.walk import qualifier_before
from ingest.extraction.year_notes import redate_by_notes, year_notes
from ingest.extraction.year_row_tables import year_row_table_facts
from ingest.parallel import fork_map, worker_count

_log = logging.getLogger(__name__)

__all__ = ["FACTS_SCHEMA", "UNMAPPED_SCHEMA", "DocContext", "SentenceExtractor",
           "context_before", "extract_indicators", "own_names"]  # fmt: skip

FACTS_SCHEMA = {
    "document_id": pl.String,
    "indicator_code": pl.String,
    "year": pl.Int32,
    "kind": pl.String,
    "measure": pl.String,
    "comparator": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "raw_text": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}
UNMAPPED_SCHEMA = {
    "document_id": pl.String,
    "year": pl.Int32,
    "kind": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "raw_text": pl.String,
    "context": pl.String,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}


def unify_stated_twice(facts: list[tuple[Fact, str]]) -> None:
    """A figure stated twice in one part of the report, once with a year: that year holds (a
    goal stated twice, once as a bound, keeps the bound: _bounds_shared).

    (fact, section) pairs; a plan's 120家 is not last year's 120家, so sections stay apart.
    """
    dated: dict[tuple, Fact] = {}
    for f, section in facts:
        if f.year_explicit:
            dated.setdefault((section, f.indicator_code, f.measure, f.qualifier, f.value), f)
    for f, section in facts:
        twin = dated.get((section, f.indicator_code, f.measure, f.qualifier, f.value))
        if not f.year_explicit and twin is not None:
            f.year, f.kind = twin.year, twin.kind


# a round figure with 余 or 多 after it: more than that many
_MORE_THAN_RE = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]个?[余多]")


def marks_passed(facts: list[Fact]) -> set[int]:
    """ids of the marks a document says were passed (a headline's 数量突破600家) that it also
    states exactly, as much or more, for the same indicator, year and scope (…总计达603家): the
    mark adds nothing to the value; it is kept as an unmapped figure. (A sentence's own marks
    are dropped as it is read: SentenceExtractor._drop_marks_passed.)"""

    key = same_figure_key
    exact: dict[tuple, float] = {}
    passed: dict[tuple, float] = {}
    for f in facts:
        if f.comparator == "eq":
            exact[key(f)] = max(exact.get(key(f), f.value), f.value)
        elif f.comparator in ("gte", "gt"):
            passed[key(f)] = max(passed.get(key(f), f.value), f.value)
    marks = [f for f in facts if f.comparator in ("gte", "gt") and f.kind == "actual"]
    dropped = {id(f) for f in marks if exact.get(key(f), -1.0) >= f.value}
    # a round figure said as "more than" (千余家, 300多家) adds nothing either to an exact value
    # as large, or to a higher mark passed (预计总量突破1100家)
    rounded = [
        f
        for f in facts
        if f.comparator == "approx" and f.kind == "actual" and _MORE_THAN_RE.search(f.raw_text)
    ]
    dropped |= {
        id(f)
        for f in rounded
        if exact.get(key(f), -1.0) >= f.value or passed.get(key(f), -1.0) > f.value
    }
    # a change said in tenths (增长六成, 近三成: a headline's round word) beside the exact rate
    # of the same figure (增长61.9%) adds nothing either
    tenths = [f for f in facts if _TENTHS_WORD_RE.search(f.raw_text)]
    dropped |= {
        id(f)
        for f in tenths
        if any(
            g.comparator == "eq"
            and key(g) == key(f)
            and not _TENTHS_WORD_RE.search(g.raw_text)
            and abs(g.value - f.value) < _TENTH
            for g in facts
        )
    }
    return dropped


_TENTHS_WORD_RE = re.compile(r"[一两二三四五六七八九]成")
_TENTH = 10.0  # a change in tenths rounds the exact rate to within one tenth


def own_province(city_zh: str | None, city_id: str | None = None) -> frozenset[str]:
    """The issuer's province, full and short (广西壮族自治区, 广西): named before a programme
    (广西瞪羚企业) it is a level, not another place."""
    from ingest.document.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    places = list(gazetteer.names_of(city_id)) if city_id else []
    places += list(gazetteer.places_named(city_zh)) if city_zh else []
    names: set[str] = set()
    for place in places[:1]:
        province = place.province_zh
        short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province)
        names |= {province, short}
    return frozenset(n for n in names if len(n) >= 2)


def province_words(province: str | None) -> frozenset[str]:
    """What a province's own text calls it: its names and 全省/我省/本省; an autonomous
    region's, 全区/我区/本区/全自治区 (黑龙江省, 黑龙江, 全省 …). A province the text does not
    name (我省… only): 全省/我省/本省."""
    if not province:
        return frozenset(f"{w}省" for w in "全我本")
    short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", province)
    kind = "区" if province.endswith("自治区") else "省"
    words = {province, short, *(f"{w}{kind}" for w in "全我本")}
    if kind == "区":
        words.add("全自治区")
    return frozenset(w for w in words if len(w) >= 2)


def _context(row: dict) -> DocContext:
    if (row["province"] or row["city_basis"] == "province") and not row["city_zh"]:
        # a province's own text: 全省, 我省 and its name are the issuer; 全市 is a city's
        region = (row["province"] or "").endswith("自治区")
        return DocContext(
            row["document_id"], row["report_year"], row["plan_year"],
            province_words(row["province"]), row["current_year"], frozenset(),
            "区" if region else "省", row["published_on"],
        )  # fmt: skip
    return DocContext(
        row["document_id"],
        row["report_year"],
        row["plan_year"],
        # a zone's own text (荆门高新区…,全区…) speaks of the zone as itself
        own_names(row["city_zh"], row["city_id"]) | zone_words(row["zone"]),
        row["current_year"],
        own_province(row["city_zh"], row["city_id"]),
        "区" if row["zone"] else issuer_kind(row["city_zh"]),
        row["published_on"],
    )


def issuer_kind(city_zh: str | None) -> str | None:
    """市, 县, 区, 州, 盟, 旗 or 地区: the word the issuer's texts call it by (全市, 我县)."""
    if not city_zh:
        return None
    if city_zh.endswith("地区"):
        return "地区"
    return city_zh[-1] if city_zh[-1] in "市县区州盟旗" else None


def own_names(city_zh: str | None, city_id: str | None = None) -> frozenset[str]:
    """The issuer's names: full, without its suffix, and every name and short name the
    gazetteer knows for it (黔东南苗族侗族自治州, 黔东南州, 黔东南)."""
    from ingest.document.gazetteer import Gazetteer

    names: set[str] = set()
    gazetteer = Gazetteer.load()
    places = list(gazetteer.names_of(city_id)) if city_id else []
    if city_zh:
        names |= {city_zh, re.sub(r"(市|县|区|自治县|旗|盟|地区)$", "", city_zh)}
        places += list(gazetteer.places_named(city_zh))
    for place in places:
        found = {place.city_zh}
        if place.short_name:
            found |= {place.short_name, place.short_name + place.city_zh[-1]}
        if place.last_year < gazetteer.latest_year:
            # a name it bore once that another place bears now (柯桥区 was 绍兴县: 绍兴 is the
            # city it is part of) speaks of that other place
            found = {n for n in found if not gazetteer.now_another_places(n, place.city_id)}
        names |= found
    return frozenset(n for n in names if len(n) >= 2)


_CONTEXT_TAGS = grammar.NOMINAL_TAGS | {"vn", "b", "a"}


def context_before(text: str, pos: int) -> str:
    """The noun phrase right before a figure in its clause: what it seems to count."""
    start = max(text.rfind(c, 0, pos) for c in ",;:、(") + 1
    tokens = list(_tagged_clause(text[start:pos]))
    while tokens and tokens[-1][1] not in _CONTEXT_TAGS:
        tokens.pop()  # 达到, 为, 共: the verb before the figure
    words: list[str] = []
    for word, t in reversed(tokens):
        if t not in _CONTEXT_TAGS or grammar.SELF_SCOPE_RE.match(word):
            break
        words.insert(0, word)
    return "".join(words)[-12:] or text[start:pos].strip()[-10:]


@functools.lru_cache(maxsize=8192)
def _tagged_clause(words: str) -> tuple[tuple[str, str], ...]:
    """jieba's tags of the words before a figure, kept: the same few (同比增长, 新增, 其中…)
    stand before figures all over a corpus, and most sentences' figures are unmapped."""
    return tuple(tag(words))


def extract_indicators(
    sentences: pl.DataFrame, docs: pl.DataFrame, workers: int | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(facts, unmapped) for every sentence; offsets are into the normalised document text.

    docs needs document_id, report_year, plan_year and, when known, city_zh (so that the
    issuer's own name is not taken for another place), zone, and province or city_basis (a
    province's own text: its 全省 is itself). ``workers`` processes share the
    documents of a large input (default: ``ZHIBIAO_WORKERS`` or one per core); each document
    stays in one process, so the result is the same for any number of them.
    """
    if "city_zh" not in docs.columns:
        docs = docs.with_columns(city_zh=pl.lit(None, dtype=pl.String))
    for column in ("city_id", "current_year", "zone", "province", "city_basis", "published_on"):
        if column not in docs.columns:
            docs = docs.with_columns(pl.lit(None).alias(column))
    contexts = {
        row["document_id"]: _context(row)
        for row in docs.select(
            "document_id", "report_year", "plan_year", "city_zh", "city_id", "current_year",
            "zone", "province", "city_basis", "published_on",
        ).iter_rows(named=True)
    }  # fmt: skip
    for document_id in set(contexts) - _about_science(sentences):
        contexts[document_id] = dataclasses.replace(contexts[document_id], science=False)
    # the sentence before each one, in the same section: a sentence opening 总数达到512家
    # goes on with the indicator it ended on
    # (and the one after: an infographic's figure stands above its label)
    sentences = sentences.sort("document_id", "sentence_no").with_columns(
        previous=pl.when(
            (pl.col("document_id") == pl.col("document_id").shift(1))
            & (pl.col("section") == pl.col("section").shift(1))
        ).then(pl.col("text").shift(1)),
        following=pl.when(
            (pl.col("document_id") == pl.col("document_id").shift(-1))
            & (pl.col("section") == pl.col("section").shift(-1))
        ).then(pl.col("text").shift(-1)),
    )
    candidates = _outside_parts_headings(
        sentences.filter(pl.col("text").str.contains(HAS_FIGURE)), sentences, contexts
    )
    if "frame_year" not in candidates.columns:
        candidates = candidates.with_columns(frame_year=pl.lit(None, pl.Int32))
    rows = candidates.select(
        "document_id", "text", "section", "char_start", "previous", "frame_year", "following"
    ).rows()
    chars = candidates["text"].str.len_chars().sum() or 0
    chunks = _by_document(rows, worker_count(chars, workers))
    if len(chunks) > 1:
        _extractor()  # load the lexicon, the gazetteer and jieba once, before forking
        parts = fork_map(lambda chunk: _extract_rows(chunk, contexts), chunks)
    else:
        parts = [_extract_rows(chunks[0] if chunks else [], contexts)]
    facts = [pl.DataFrame(f, schema=FACTS_SCHEMA) for f, _ in parts]
    unmapped = [pl.DataFrame(u, schema=UNMAPPED_SCHEMA) for _, u in parts]
    found, aside = pl.concat(facts), pl.concat(unmapped)
    tables, tables_aside, rows = _table_facts(sentences, contexts)
    if tables.height or tables_aside.height:
        # a row the table reader read is the table's: what the sentence pass made of its cells
        # (a completion rate read as the indicator's share) goes; a figure both read, once
        in_rows = (
            found.join(rows, on="document_id")
            .filter(pl.col("char_start").is_between("row_start", "row_end", closed="left"))
            .select("document_id", "char_start")
        )
        found = found.join(in_rows, on=["document_id", "char_start"], how="anti")
        seen = found.select("document_id", "char_start")
        tables = tables.join(seen, on=["document_id", "char_start"], how="anti")
        found = pl.concat([found, tables]).sort("document_id", "char_start")
        aside = pl.concat([aside, tables_aside])
    # (注:R&D经费支出…为2020年数据: figures a note dates to another year)
    report_years = {doc: ctx.report_year for doc, ctx in contexts.items()}
    found = redate_by_notes(found, year_notes(sentences), report_years, sentences)
    return _bounds_shared(found), aside


# What says a text is about science and technology at all, in its title, its publisher's name
# or its opening lines; a county's plenary report or a budget's execution report says none
# (in either script: 研發, 創新, 專利 on a big5 page)
_SCIENCE_WORDS = (
    r"科技|科学技术|科研|研[发發]|[创創]新|[专專]利|知[识識]产权|知識產權|高新技[术術]|科函"
)
_OPENING_CHARS = 150
_SCIENCE_NAMED_RE = re.compile(r"科|研[发發]")


def _about_science(sentences: pl.DataFrame) -> set[str]:
    """The documents whose opening speaks of science and technology."""
    return set(
        sentences.filter(
            (pl.col("char_start") < _OPENING_CHARS) & pl.col("text").str.contains(_SCIENCE_WORDS)
        )
        .get_column("document_id")
        .unique()
        .to_list()
    )


def _funds_of_any_field(f: Fact, text: str, ctx: DocContext | None) -> bool:
    """Funds secured (争取中央和省级各类资金18.7亿元) in a text not about science, its sentence
    naming no science before them: the funds of any field, not those for science."""
    return (
        ctx is not None
        and not ctx.science
        and f.indicator_code == "sci_tech_funds_secured"
        and _SCIENCE_NAMED_RE.search(text, 0, f.start) is None
    )


def _outside_parts_headings(
    candidates: pl.DataFrame, sentences: pl.DataFrame, contexts: dict[str, DocContext]
) -> pl.DataFrame:
    """The candidates but those under a heading naming a part of the issuer (一、临桂区:…):
    a roundup's paragraphs on its counties and zones are theirs, not the issuer's."""
    headed = (
        sentences.filter(pl.col("text").str.contains(PART_HEADING_PREFILTER))
        .get_column("document_id")
        .unique()
        .to_list()
    )
    if not headed:
        return candidates
    dropped: list[tuple[str, int]] = []
    for (document_id,), frame in (
        sentences.filter(pl.col("document_id").is_in(headed))
        .partition_by("document_id", as_dict=True, maintain_order=True)
        .items()
    ):
        ctx = contexts.get(document_id)
        own = ctx.own_names if ctx else frozenset()
        numbers = frame.get_column("sentence_no").to_list()
        under = under_parts_headings(frame.get_column("text").to_list(), own)
        dropped += [(document_id, no) for no, out in zip(numbers, under, strict=True) if out]
    if not dropped:
        return candidates
    drop = pl.DataFrame(
        dropped,
        schema={"document_id": pl.String, "sentence_no": candidates["sentence_no"].dtype},
        orient="row",
    )
    return candidates.join(drop, on=["document_id", "sentence_no"], how="anti")


_GOAL_KEY = ["document_id", "indicator_code", "year", "kind", "measure", "qualifier", "value"]


def _bounds_shared(facts: pl.DataFrame) -> pl.DataFrame:
    """A goal stated as a bound once (突破1,650家) and bare elsewhere in the document (a
    table's 1 650, the prose again): the bound holds for both."""
    bounds = (
        facts.filter(
            (pl.col("kind") == "target") & pl.col("comparator").is_in(["gte", "gt", "lte", "lt"])
        )
        .select(*_GOAL_KEY, pl.col("comparator").alias("bound"))
        .unique(_GOAL_KEY, keep="first")
    )
    if bounds.is_empty():
        return facts
    return (
        facts.join(bounds, on=_GOAL_KEY, how="left", nulls_equal=True, maintain_order="left")
        .with_columns(
            comparator=pl.when(pl.col("comparator") == "eq")
            .then(pl.coalesce("bound", "comparator"))
            .otherwise("comparator")
        )
        .drop("bound")
    )


# A line that may head an indicator table: no sentence punctuation, a year among its cells.
_TABLE_HEADER = r"^[^。,;:!?]*(?:19|20)[0-9]{2}\s*年?[^。,;:!?]*$"
# …or a keyed record's value field (records.py)
_RECORD_VALUE = r"(?:数值|(?i:value))\s*[:=]"


def _table_facts(
    sentences: pl.DataFrame, contexts: dict[str, DocContext]
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(facts, unmapped, rows) of the indicator tables (tables.py), for the documents that may
    hold one; a cell outside the plausible ranges goes aside like a sentence's figure. rows:
    the span of each line that gave a fact (document_id, row_start, row_end)."""
    with_header = (
        sentences.filter(
            pl.col("text").str.contains(_TABLE_HEADER) | pl.col("text").str.contains(_RECORD_VALUE)
        )
        .get_column("document_id")
        .unique()
    )
    rows: dict[str, list] = {k: [] for k in FACTS_SCHEMA}
    aside: dict[str, list] = {k: [] for k in UNMAPPED_SCHEMA}
    spans: dict[str, list] = {k: [] for k in _ROW_SPANS_SCHEMA}
    if with_header.is_empty():
        return _frames(rows, aside, spans)
    lexicon = _extractor().lexicon
    doc_sentences = (
        sentences.filter(pl.col("document_id").is_in(with_header.implode()))
        .sort("document_id", "sentence_no")
        .partition_by("document_id", as_dict=True)
    )
    for (document_id,), frame in doc_sentences.items():
        ctx = contexts.get(document_id)
        texts = frame.get_column("text").to_list()
        starts = frame.get_column("char_start").to_list()
        year = ctx.report_year if ctx else None
        try:
            plan_year = ctx.plan_year if ctx else None
            # (a plan framed by the report year, its own goals in a self-assessment, is no
            # plan of the year ahead)
            in_plan = [
                section == "plan" and (frame_year is None or frame_year != year)
                for section, frame_year in zip(
                    frame.get_column("section"), frame.get_column("frame_year"), strict=True
                )
            ]
            own = ctx.own_names if ctx else frozenset()
            records, record_lines = record_facts(texts, lexicon, year, own)
            found_in_tables = [*table_facts(texts, lexicon, year, plan_year, in_plan, own),
                               *vertical_table_facts(texts, lexicon, year),
                               *year_row_table_facts(texts, lexicon, year),
                               *cross_table_facts(texts, lexicon, year)]  # fmt: skip
            # (a record's line is the record reader's alone)
            found_in_tables = [
                *(t for t in found_in_tables if t.line_no not in record_lines),
                *records,
            ]
        except Exception as exc:  # its lines were read as sentences already
            _log.warning("table reading failed (document %s): %s: %s",
                         document_id, type(exc).__name__, exc)  # fmt: skip
            continue
        for no in record_lines:  # (a record's line is read as such, a fact of it or none)
            _append(spans, document_id=document_id, row_start=starts[no],
                    row_end=starts[no] + len(texts[no]))  # fmt: skip
        for found in found_in_tables:
            f, line = found.fact, texts[found.line_no]
            offset = starts[found.line_no]
            if implausible(f.year, f.measure, f.unit, f.value):
                _append(aside, document_id=document_id, year=f.year, kind=f.kind, value=f.value,
                        unit=f.unit, raw_text=f.raw_text, context=line[: f.start].strip(),
                        sentence=line, char_start=offset + f.start,
                        char_end=offset + f.end)  # fmt: skip
                continue
            _append(spans, document_id=document_id, row_start=offset,
                    row_end=offset + len(line))  # fmt: skip
            _append(rows, document_id=document_id, indicator_code=f.indicator_code, year=f.year,
                    kind=f.kind, measure=f.measure, comparator=f.comparator, value=f.value,
                    unit=f.unit, qualifier=f.qualifier, raw_text=f.raw_text, sentence=line,
                    char_start=offset + f.start, char_end=offset + f.end)  # fmt: skip
    return _frames(rows, aside, spans)


_ROW_SPANS_SCHEMA = {"document_id": pl.String, "row_start": pl.Int64, "row_end": pl.Int64}


def _frames(
    facts: dict[str, list], aside: dict[str, list], spans: dict[str, list]
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    return (
        pl.DataFrame(facts, schema=FACTS_SCHEMA),
        pl.DataFrame(aside, schema=UNMAPPED_SCHEMA),
        pl.DataFrame(spans, schema=_ROW_SPANS_SCHEMA).unique(),
    )


def _by_document(rows: list[tuple], n: int) -> list[list[tuple]]:
    """n runs of rows of about equal size, never splitting a document."""
    if n <= 1 or not rows:
        return [rows]
    size = -(-len(rows) // n)
    chunks: list[list[tuple]] = [[]]
    for row in rows:
        last = chunks[-1]
        if len(last) >= size and last[-1][0] != row[0] and len(chunks) < n:
            chunks.append([])
        chunks[-1].append(row)
    return chunks


@functools.cache
def _extractor() -> SentenceExtractor:
    from ingest.document.gazetteer import Gazetteer  # loaded only when extracting

    return SentenceExtractor(load_lexicon(), Gazetteer.load())


# a sentence that says its own time: its paragraph's opening year does not date it
_A_TIME_OF_ITS_OWN_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年|今年|去年|本年|明年|上半年|目前|当前")


def _extract_rows(
    rows: list[tuple], contexts: dict[str, DocContext]
) -> tuple[dict[str, list], dict[str, list]]:
    """Facts and unmapped figures of candidate sentences (document_id, text, section,
    char_start, previous, frame_year, following), in document order, as columns."""
    extractor = _extractor()
    above = _figures_above_labels(rows, extractor)
    fact_rows: dict[str, list] = {k: [] for k in FACTS_SCHEMA}
    unmapped_rows: dict[str, list] = {k: [] for k in UNMAPPED_SCHEMA}
    per_doc: dict[str, list[tuple[Fact, str, int, str]]] = {}
    # a sentence that went on with the indicator of the one before it, and names none itself,
    # passes that indicator on (…净增高企数创新高。2017年净增21家。2018年净增32家): by document,
    # the sentence and the sentence it went on from
    went_on: dict[str, tuple[str, str]] = {}
    # in a document whose figures stand above their labels, the last label naming an indicator
    labels: dict[str, str] = {}
    # the years a line of goals stepped by year listed, by document: its part and the years
    steps: dict[str, tuple[str, list[int]]] = {}
    # in a document whose figures stand under their labels, the last label naming an indicator
    # whose figure came just before (全年新增高新技术企业 / 42家 / 总数达到 / 155家)
    named_above: dict[str, str] = {}
    for document_id, text, section, char_start, previous, frame_year, following in rows:
        label = None
        bare = _BARE_FIGURE_RE.fullmatch(LEADING_MARKS.sub("", text)) is not None
        if bare and document_id not in above and previous is not None:
            if _is_label(previous, extractor):
                named_above[document_id] = previous
            elif document_id in named_above and _is_measure_label(previous, extractor):
                # 占GDP比重 / 2.91% under R&D经费投入 / 23.6亿元: a measure of the label above
                previous = _YEAR_WORD_RE.sub("", named_above[document_id]) + previous
        elif not bare:
            named_above.pop(document_id, None)
        if document_id in above and _BARE_FIGURE_RE.fullmatch(text) and following is not None:
            if _is_label(following, extractor):
                label = previous = following  # 35家 / 全市有效期内高新技术企业: its label
                labels[document_id] = following
            elif document_id in labels and _MEASURE_LABEL_RE.fullmatch(following):
                # 52家 / 当年净增, ▲25.5% / 同比增长: a measure of the indicator labelled above
                label, previous = following, labels[document_id]
        ctx = contexts.get(document_id) or DocContext(document_id, None, None)
        if frame_year is not None and section == "plan":
            ctx = dataclasses.replace(ctx, plan_year=frame_year)  # 到2025年,…: that year's goals
        elif frame_year is not None and not _A_TIME_OF_ITS_OWN_RE.search(text):
            ctx = dataclasses.replace(ctx, report_year=frame_year)  # 截至2018年,…。…: that year's
        link = went_on.pop(ctx.document_id, None)
        if link is not None and previous == link[0]:
            previous = link[1]
        facts, unmapped = _extract_guarded(extractor, text, section, ctx, previous)
        stepped = years_stepped(text)
        if stepped:
            steps[document_id] = (section, stepped)
        elif facts and document_id in steps and steps[document_id][0] == section:
            date_by_steps(facts, text, steps[document_id][1])  # (二)…分别达到1050家、1350家…
        if facts and ("分别" in text or "依次" in text):
            date_by_recent_span(facts, text)  # 近三年…分别为186家、245家和318家
        if label is not None:
            _measured_by_label(facts, label, extractor)
            if not facts and _GROWTH_LABEL_RE.search(label) and previous is not None:
                facts = _growth_under_label(text, section, ctx, previous, extractor)
                unmapped = [u for u in unmapped if all(u[0].start != f.start for f in facts)]
        if facts and previous is not None and not extractor.names_an_indicator(text):
            went_on[ctx.document_id] = (text, previous)
        per_doc.setdefault(ctx.document_id, []).extend(
            (f, text, char_start, section) for f in facts
        )
        for q, context in unmapped:
            d = date_figure(text, q.start, section, ctx.report_year, ctx.plan_year,
                            ctx.current_year)  # fmt: skip
            _append(unmapped_rows, document_id=ctx.document_id, year=d.year, kind=d.kind,
                    value=q.value,
                    unit=q.unit, raw_text=q.raw_text, context=context, sentence=text,
                    char_start=char_start + q.start,
                    char_end=char_start + q.end)  # fmt: skip
    for doc_id, items in per_doc.items():
        unify_stated_twice([(f, section) for f, _, _, section in items])
        passed = marks_passed([f for f, _, _, _ in items])
        for f, text, offset, _ in items:
            if (
                implausible(f.year, f.measure, f.unit, f.value)
                or id(f) in passed
                or _funds_of_any_field(f, text, contexts.get(doc_id))
            ):
                # a misreading more likely than a fact, or a mark the document states exactly
                # elsewhere: keep it where the lexicon work looks
                _append(unmapped_rows, document_id=doc_id, year=f.year, kind=f.kind,
                        value=f.value, unit=f.unit, raw_text=f.raw_text,
                        context=context_before(text, f.start), sentence=text,
                        char_start=offset + f.start, char_end=offset + f.end)  # fmt: skip
                continue
            _append(fact_rows, document_id=doc_id, indicator_code=f.indicator_code, year=f.year,
                    kind=f.kind, measure=f.measure, comparator=f.comparator, value=f.value,
                    unit=f.unit, qualifier=f.qualifier, raw_text=f.raw_text, sentence=text,
                    char_start=offset + f.start, char_end=offset + f.end)  # fmt: skip
    return fact_rows, unmapped_rows


# A line that is a figure alone, as an infographic's big number: 1.86亿元, 35家, 0.52%, ▲25.5%
_BARE_FIGURE_RE = re.compile(
    r"[▲↑▼↓]?[约近超逾]?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:万|亿)?(?:元|家|个|件|项|名|人|户|%|倍)"
    r"(?:以上|左右|多|余|\+)?"
)
# A label under a figure that says only how it is measured: 当年净增, 同比增长, 新增
_MEASURE_LABEL_RE = re.compile(r"(?:当年|全年|年内|同比)?(?:净增|新增|增长|增幅|增速)(?:率)?")
# …and the words of a label that make its figure a change: new ones, or a rate of growth
_NEW_LABEL_RE = re.compile(r"(?:当年|全年|年内)?(?:净增|新增|新认定|新建|新获批|新引进)")
_GROWTH_LABEL_RE = re.compile(r"增长|增幅|增速")


def _growth_under_label(
    text: str, section: str, ctx: DocContext, named: str, extractor: SentenceExtractor
) -> list[Fact]:
    """▲25.5% / 同比增长 under 698家 / 高新技术企业总数: the growth of the indicator labelled
    above (▼ a fall)."""
    rates = [q for q in find_quantities(text) if q.unit == "percent"]
    mentions = [m for m in extractor.lexicon.find_mentions(named) if m.indicator_code]
    if len(rates) != 1 or not mentions:
        return []
    q = rates[0]
    value = -q.value if text.lstrip().startswith(("▼", "↓")) else q.value
    d = date_figure(text, q.start, section, ctx.report_year, ctx.plan_year, ctx.current_year)
    code = mentions[-1].indicator_code or ""
    return [Fact(code, "growth_pct", "eq", value, "percent", None, q.raw_text, q.start, q.end,
                 year=d.year, kind=d.kind)]  # fmt: skip


def _measured_by_label(facts: list[Fact], label: str, extractor: SentenceExtractor) -> None:
    """The figure above a label takes the label's measure and scope: 142家 / 净增高新技术企业 is
    new ones, 5家 / 新增省级重点实验室 new provincial ones, ▲41.7% / 同比增长 a growth rate."""
    mentions = [m for m in extractor.lexicon.find_mentions(label) if m.indicator_code]
    for f in facts:
        if f.unit == "percent":
            if _GROWTH_LABEL_RE.search(label) and f.measure == "share_pct":
                f.measure = "growth_pct"
            continue
        if f.measure == "level" and _NEW_LABEL_RE.match(label):
            f.measure = "increment"
        if f.qualifier is None and mentions:
            scopes = qualifier_before(label, mentions[0].start)
            f.qualifier = scopes[0] if len(scopes) == 1 else None


_LABEL_MAX_CHARS = 30
_YEAR_WORD_RE = re.compile(r"(?:19|20)[0-9]{2}\s*年度?")


def _is_label(line: str | None, extractor: SentenceExtractor) -> bool:
    """A short line naming an indicator and no figure (a year at most): a label."""
    return (
        line is not None
        and len(line) <= _LABEL_MAX_CHARS
        and not any(ch.isdigit() for ch in _YEAR_WORD_RE.sub("", line))
        and extractor.names_an_indicator(line)
    )


def _is_measure_label(line: str, extractor: SentenceExtractor) -> bool:
    """A short line with no figure that names no indicator but how one is measured (占GDP比重,
    总数达到, 同比增长)."""
    return (
        len(line) <= _MEASURE_LABEL_MAX_CHARS
        and not any(ch.isdigit() for ch in line)
        and not extractor.names_an_indicator(line)
        and _A_MEASURE_RE.search(line) is not None
    )


_MEASURE_LABEL_MAX_CHARS = 10
_A_MEASURE_RE = re.compile(r"占|比重|总数|总量|保有量|增长|增幅|新增|净增|达到")


def _figures_above_labels(rows: list[tuple], extractor: SentenceExtractor) -> set[str]:
    """The documents whose figures stand above their labels (1.86亿元 / 2023年全社会研发投入):
    the first figure alone on its line that borders a label has the label after it and none
    before. Elsewhere a label before a figure names it (the sentence before, as ever)."""
    decided: dict[str, bool] = {}
    for document_id, text, _, _, previous, _, following in rows:
        if document_id in decided or not _BARE_FIGURE_RE.fullmatch(text):
            continue
        after, before = _is_label(following, extractor), _is_label(previous, extractor)
        if after or before:
            decided[document_id] = after and not before
    return {document_id for document_id, above in decided.items() if above}


def _extract_guarded(
    extractor: SentenceExtractor, text: str, section: str, ctx: DocContext, previous: str | None
) -> tuple[list[Fact], list[tuple[Quantity, str]]]:
    """The extractor's reading of one sentence; if it fails (a bug met on some page's words),
    the build goes on and the sentence's figures are kept as unmapped, their context saying
    why, so that one sentence neither stops a folder nor is lost without a trace."""
    try:
        return extractor.extract(text, section, ctx, previous)
    except Exception as exc:  # any bug of the rules, reported per sentence
        reason = f"extraction failed: {type(exc).__name__}: {exc}"[:200]
        _log.warning("%s (document %s): %s", reason, ctx.document_id, text[:80])
        try:
            return [], [(q, reason) for q in find_quantities(text)]
        except Exception:  # the figures cannot be read either
            return [], []


def _append(rows: dict[str, list], **values: object) -> None:
    for k, v in values.items():
        rows[k].append(v)
