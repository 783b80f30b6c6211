"""Traditional → simplified script: opencc's ``t2s`` conversion, exactly, in a single pass.

opencc-python-reimplemented converts with its own dictionaries (TSPhrases, then TSCharacters)
by building a tree per stretch of text between punctuation: it looks for the longest phrase
anywhere in the stretch (the leftmost of the longest), converts it, and does the same on the
text to its left and to its right, no phrase longer than the one just found; text no phrase
matched goes character by character. It tries every length at every position of every piece
again: about 0.5 M characters a second, slower than decoding and cleaning a page together.

This module reaches the same output from the same dictionaries: it finds once which phrases
start at each position of a stretch (a phrase's first two characters narrow it to a handful of
lengths), splits by the same rule over those, and maps the characters left with
``str.translate``. tests/test_script.py checks it against opencc itself on every traditional
line of the evaluation corpora and on generated text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import opencc

# opencc's t2s: one group of dictionaries, phrases before characters
_PHRASES = "TSPhrases.txt"
_CHARACTERS = "TSCharacters.txt"


def _entries(name: str) -> dict[str, str]:
    """A dictionary file's entries, each key with its first (preferred) conversion, read as
    opencc reads it (a tab between key and values, values separated by spaces)."""
    folder = Path(opencc.__file__).parent / "dictionary"
    out: dict[str, str] = {}
    for line in (folder / name).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        key, values = line.strip().split("\t")
        out[key] = values.split(" ")[0]
    return out


class TraditionalToSimplified:
    def __init__(self) -> None:
        self.phrases = _entries(_PHRASES)
        characters = _entries(_CHARACTERS)
        # every character key is one character: a phrase-less stretch converts char by char
        assert all(len(key) == 1 for key in characters)
        self.characters = str.maketrans(characters)
        self.max_phrase = max(map(len, self.phrases))
        self.min_phrase = min(map(len, self.phrases))
        # the lengths of the phrases that open on each pair of characters, longest first
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[: self.min_phrase], set()).add(len(key))
        self.lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}
        self.first = frozenset(key[0] for key in self.phrases)
        # (an OpenCC with no conversion loads no dictionaries: only its punctuation is wanted)
        self.split_re = _punctuation_re(opencc.OpenCC().split_chars_re)

    def convert(self, text: str) -> str:
        pieces = self.split_re.split(text)
        # even pieces are text, odd ones the punctuation that separated them
        return "".join(
            self._piece(piece) if i % 2 == 0 else piece for i, piece in enumerate(pieces)
        )

    def _piece(self, s: str) -> str:
        n, k = len(s), self.min_phrase
        starts: list[tuple[int, list[int]]] = []  # (position, phrase lengths there, longest first)
        first, lengths, phrases = self.first, self.lengths, self.phrases
        for i, ch in enumerate(s):
            if ch not in first:
                continue
            candidates = lengths.get(s[i : i + k])
            if candidates:
                found = [L for L in candidates if i + L <= n and s[i : i + L] in phrases]
                if found:
                    starts.append((i, found))
        if not starts:
            return s.translate(self.characters)
        return self._node(s, 0, n, None, starts)

    def _node(
        self, s: str, a: int, b: int, hint: int | None, starts: list[tuple[int, list[int]]]
    ) -> str:
        """s[a:b] converted, no phrase longer than ``hint`` (the one its parent matched)."""
        cap = min(b - a, self.max_phrase, hint or self.max_phrase)
        best_len, best_at = 0, -1
        for i, found in starts:
            if i < a:
                continue
            if i >= b:
                break
            for length in found:  # longest first: the first that fits is this position's
                if length <= cap and i + length <= b:
                    if length > best_len:  # strictly: the leftmost of the longest
                        best_len, best_at = length, i
                    break
        if best_len < self.min_phrase:
            return s[a:b].translate(self.characters)
        end = best_at + best_len
        left = self._node(s, a, best_at, best_len, starts) if best_at > a else ""
        right = self._node(s, end, b, best_len, starts) if end < b else ""
        return left + self.phrases[s[best_at:end]] + right


def _punctuation_re(split_re: re.Pattern[str]) -> re.Pattern[str]:
    """opencc's own punctuation, where no phrase spans: its pattern is whitespace or one of
    some 70 characters, written as 70 alternatives; the same as one character class, which
    the regex engine scans far faster."""
    whitespace, *characters = split_re.pattern[1:-1].split("|")
    assert whitespace == r"\s+" and all(len(c.lstrip("\\")) == 1 for c in characters)
    chars = "".join(re.escape(c.lstrip("\\")) for c in characters)
    return re.compile(rf"(\s+|[{chars}])")


@cache
def converter() -> TraditionalToSimplified:
    return TraditionalToSimplified()


def to_simplified(text: str) -> str:
    """``opencc.OpenCC("t2s").convert(text)``, faster."""
    return converter().convert(text)
