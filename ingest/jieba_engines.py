"""jieba, as the Rust port (rjieba, the fast path) or as plain Python jieba, behind one face.

``ZHIBIAO_SEGMENTER`` selects it: ``rjieba`` (default) or ``jieba``. The two give the same
words and tags (tests/test_segment.py proves it on the seeds and the development corpus):
plain jieba is adapted where its no-HMM tagger answers otherwise.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Protocol

import rjieba

SEGMENTER_SETTING = "ZHIBIAO_SEGMENTER"
ENGINES = ("rjieba", "jieba")


class Segmenter(Protocol):
    def cut(self, text: str, hmm: bool = True) -> list[str]: ...
    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]: ...
    def suggest_freq(self, word: str) -> int: ...


def selected_engine() -> str:
    name = os.environ.get(SEGMENTER_SETTING, "").strip().lower() or "rjieba"
    if name not in ENGINES:
        raise ValueError(f"{SEGMENTER_SETTING}={name!r}: use one of {', '.join(ENGINES)}")
    return name


def new_segmenter(
    engine: str | None = None, user_words: Iterable[str] = (), user_freq: int = 1
) -> Segmenter:
    """A segmenter of the given (or selected) engine, with ``user_words`` added as nouns."""
    engine = engine or selected_engine()
    if engine == "jieba":
        return PlainJieba(user_words, user_freq)
    jieba = rjieba.Jieba()
    for word in user_words:
        jieba.add_word(word, user_freq, "n")
    return jieba


_DIGITS = re.compile(r"[0-9.]+")


class PlainJieba:
    """Python jieba made to answer as rjieba does: a user word keeps the tag jieba's own
    dictionary gives it (争取 stays a verb), and a run of digits is a numeral (m), not the
    Latin word (eng) jieba's no-HMM tagger calls it."""

    def __init__(self, user_words: Iterable[str] = (), user_freq: int = 1) -> None:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        tags = jieba.posseg.POSTokenizer(self._tokenizer).word_tag_tab
        for word in user_words:
            self._tokenizer.add_word(word, user_freq, tags.get(word, "n"))
        self._tagger = jieba.posseg.POSTokenizer(self._tokenizer)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self._tokenizer.lcut(text, HMM=hmm)

    def suggest_freq(self, word: str) -> int:
        return self._tokenizer.suggest_freq(word, tune=False)

    def tag(self, text: str, hmm: bool = True) -> list[tuple[str, str]]:
        return [
            (w.word, "m" if w.flag == "eng" and _DIGITS.fullmatch(w.word) else w.flag)
            for w in self._tagger.lcut(text, HMM=hmm)
        ]
