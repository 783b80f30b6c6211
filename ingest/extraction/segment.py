"""Word segmentation with jieba and the lexicon as user dictionary.

The fast path is rjieba, jieba's algorithm and dictionary in Rust: tests/test_segment.py
proves it gives plain jieba's words and tags, with the same user dictionary, on the seeds and
the development corpus. ``ZHIBIAO_SEGMENTER=jieba`` selects plain jieba instead.
Every literal piece of every lexicon surface form is added as a word, so that 高新技术企业
and 科技型中小企业 come out whole and a lexicon match can be checked against token
boundaries: 提高企业 holds the characters 高企 but not the word.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

import polars as pl

from ingest.document.sections import Sentence, split_sentences
from ingest.extraction import grammar
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.numbers import AREA_UNITS, COUNT_UNITS
from ingest.jieba_engines import Segmenter, new_segmenter
from ingest.parallel import map_items

_log = logging.getLogger(__name__)

# High enough that a lexicon word beats the split jieba's own dictionary would prefer.
USER_WORD_FREQ = 200_000

# A cheap test that a sentence holds a figure at all (most sentences of a report do not):
# a digit or Chinese numeral before any unit word ingest.extraction.numbers knows, or a rank.
HAS_FIGURE = (
    r"[0-9零〇一二两三四五六七八九十百千][万亿千百余多来几]*(?:"
    + "|".join(["%", "‰", "个百分点", "百分点", "美元", "元", "亿", *AREA_UNITS, *COUNT_UNITS])
    + ")|第|首位|榜首|之首|百分之"
    # a round figure named by its unit alone, passed (超万家, 过亿元: numbers.find_quantities)
    + r"|[过超破逾近]万[家件个项户名人]|[过超破逾]亿元"
    # a change in tenths (增长两成: numbers.TENTHS_RE)
    + r"|[一两二三四五六七八九]成"
    # a count without its measure word (高新技术企业突破300。): see numbers.bare_counts
    + r"|(?:达到|达|突破|超过|增至|增加到|增长到|提高到|提升到|为)\s*[0-9]+(?:\.[0-9]+)?"
    + r"\s*(?:[,;。、)]|$)"
)
_HAS_FIGURE_RE = re.compile(HAS_FIGURE)

SENTENCES_SCHEMA = {
    "document_id": pl.String,
    "sentence_no": pl.Int32,
    "section": pl.String,
    "frame_year": pl.Int32,  # a plan frame's horizon (到2025年,…), a past paragraph's year, or null
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
    "tokens": pl.List(pl.String),
}


@cache
def segmenter() -> Segmenter:
    """The selected jieba engine with every literal piece of the lexicon added as a word."""
    return new_segmenter(user_words=load_lexicon().user_dict_words(), user_freq=USER_WORD_FREQ)


# A comparison glued to the change it measures is two words: jieba's dictionary holds 同比增加
# as one word, tagged as a person's name, which would hide the change from the extractor.
_COMPARED_BY = ("同比", "环比", "比上年", "较上年", "比去年", "较去年")
_COMPARED_BY_RE = re.compile("|".join(_COMPARED_BY))
_GLUED_CHANGES = {
    base + change: (base, change)
    for base in _COMPARED_BY
    for change in (*grammar.GROWTH_WORDS, *grammar.DECLINE_WORDS)
    if len(change) > 1
}


# So does an adverb of effort glued to its verb (努力实现, 努力完成, 严格执行): jieba's dictionary
# tags such words as a person's name, a subject that would stand between a figure and its name.
# They are found in the dictionary itself, by the tags it gives their two halves.
_ADVERB_TAGS = frozenset({"d", "ad"})


@cache
def _glued_adverbs() -> dict[str, tuple[str, str]]:
    import jieba  # (its dictionary is the one rjieba embeds)

    tags: dict[str, str] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as lines:
        for line in lines:
            word, _, tag = line.split()
            tags[word] = tag
    return {
        word: (word[:2], word[2:])
        for word, tag in tags.items()
        if tag == "nr"
        and len(word) == 4
        and tags.get(word[:2]) in _ADVERB_TAGS
        and tags.get(word[2:], "").startswith("v")
    }


def _split_glued(word: str) -> tuple[str, ...] | None:
    return _GLUED_CHANGES.get(word) or _glued_adverbs().get(word)


def cut(text: str) -> list[str]:
    """jieba precise mode without HMM: new words are not guessed, lexicon words stay whole."""
    words = segmenter().cut(text, False)
    glued = _glued_adverbs()
    if not any(word in _GLUED_CHANGES or word in glued for word in words):
        return words
    return [part for word in words for part in _split_glued(word) or (word,)]


def tag(text: str) -> list[tuple[str, str]]:
    """The same words as :func:`cut`, each with jieba's part-of-speech tag."""
    tagged = segmenter().tag(text, False)
    glued = _glued_adverbs()
    # (every glued change holds its comparison: a text with none is not read word by word)
    changes = _COMPARED_BY_RE.search(text) is not None
    if not any((changes and word in _GLUED_CHANGES) or word in glued for word, _ in tagged):
        return tagged
    out: list[tuple[str, str]] = []
    for word, flag in tagged:
        if changes and word in _GLUED_CHANGES:
            base, change = _GLUED_CHANGES[word]
            out += [(base, "p"), (change, "v")]
        elif word in glued:
            adverb, verb = glued[word]
            out += [(adverb, "ad"), (verb, "v")]
        else:
            out.append((word, flag))
    return out


def token_boundaries(tokens: list[str]) -> set[int]:
    """Character offsets where a token starts or ends."""
    bounds = {0}
    pos = 0
    for tok in tokens:
        pos += len(tok)
        bounds.add(pos)
    return bounds


def segment_documents(docs: pl.DataFrame, workers: int | None = None) -> pl.DataFrame:
    """One row per sentence of every document, with its section, and jieba tokens for the
    sentences that hold a figure (the only ones extraction reads); a large input is segmented
    over both cores (ingest.parallel), with the same rows."""
    if "plan_only" not in docs.columns:
        docs = docs.with_columns(plan_only=pl.lit(False))
    if "current_year" not in docs.columns:
        docs = docs.with_columns(current_year=pl.lit(None, dtype=pl.Int64))
    columns = ("document_id", "text", "report_year", "plan_year", "plan_only", "current_year")
    per_document = map_items(
        _sentence_rows,
        docs.select(columns).rows(),
        chars=lambda doc: len(doc[1] or ""),
        workers=workers,
        before_fork=segmenter,  # jieba and the lexicon load once, before any fork
    )
    rows = [row for doc_rows in per_document for row in doc_rows]
    if any(isinstance(row[7], list) for row in rows):  # (never, on normalised text)
        rows = [(*row[:7], _split_tokens(row[7])) for row in rows]
        return pl.DataFrame(rows, schema=SENTENCES_SCHEMA, orient="row")
    # polars builds a list column from Python lists one object at a time: the tokens come
    # joined into one string each and polars splits them (about 4x faster on a large corpus)
    joined = {**SENTENCES_SCHEMA, "tokens": pl.String}
    return pl.DataFrame(rows, schema=joined, orient="row").with_columns(
        pl.col("tokens").str.split(_TOKEN_SEPARATOR)
    )


# Joins a sentence's tokens between the worker that cuts them and the frame: a control
# character normalise_text removes. A sentence that holds it anyway, or has no token, keeps
# its list, and the frame is then built from lists.
_TOKEN_SEPARATOR = "\x1f"


def _split_tokens(tokens: str | list[str] | None) -> list[str] | None:
    return tokens.split(_TOKEN_SEPARATOR) if isinstance(tokens, str) else tokens


def _joined(tokens: list[str], text: str) -> str | list[str]:
    return _TOKEN_SEPARATOR.join(tokens) if tokens and _TOKEN_SEPARATOR not in text else tokens


def _sentence_rows(
    doc: tuple[str, str | None, int | None, int | None, bool, int | None],
) -> list[tuple]:
    """The sentence rows of one (document_id, text, report_year, plan_year, plan_only,
    current_year), in SENTENCES_SCHEMA's order, the tokens joined (_joined)."""
    document_id, text, report_year, plan_year, plan_only, current_year = doc
    try:
        sentences = split_sentences(
            text or "", report_year, plan_year, bool(plan_only), current_year
        )
    except Exception as exc:  # a bug of the section rules met on some page's lines
        _log.warning(
            "sections failed (document %s): %s: %s; its sentences are cut plainly",
            document_id, type(exc).__name__, exc,
        )  # fmt: skip
        sentences = _plain_sentences(text or "")
    rows = []
    for no, s in enumerate(sentences):
        # only a sentence with a figure is read further: the others keep no tokens
        tokens = _joined(cut(s.text), s.text) if _HAS_FIGURE_RE.search(s.text) else None
        rows.append((document_id, no, s.section, s.frame_year, s.char_start, s.char_end, s.text,
                     tokens))  # fmt: skip
    return rows


_PLAIN_SENTENCE_RE = re.compile(r"[^。!?;\n]+[。!?;]?")


def _plain_sentences(text: str) -> list[Sentence]:
    """Sentences cut at their marks and lines only, all of the look back: what a document
    whose sections the rules fail on is still read as, rather than lost."""
    out = []
    for m in _PLAIN_SENTENCE_RE.finditer(text):
        piece = m.group(0).strip()
        if piece:
            start = m.start() + m.group(0).index(piece)
            out.append(Sentence(start, start + len(piece), piece, "summary", False))
    return out
