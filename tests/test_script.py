"""ingest.reading.script: opencc's t2s conversion, the same characters out, in one pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from ingest.reading.script import converter, to_simplified

REPO = Path(__file__).resolve().parents[1]
REFERENCE = OpenCC("t2s")


def _lines(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        out += [line for line in text.splitlines() if line.strip()]
    return out


def test_a_phrase_is_converted_as_a_whole_before_its_characters() -> None:
    # 乾隆 stays 乾隆 as a phrase, where 乾 alone would become 干; 著作 keeps 著
    text = "乾隆年間,著作權登記數量達到1,200件;乾燥設備、乾貨市場。"
    assert to_simplified(text) == REFERENCE.convert(text)
    assert to_simplified(text).startswith("乾隆年间,著作权登记数量达到1,200件")


@pytest.mark.parametrize("variant", ["s2t", "s2tw", "s2hk", "s2twp"])
def test_every_seed_line_in_traditional_script_converts_as_opencc_does(variant: str) -> None:
    # the bundled reports written out in each traditional standard opencc knows, phrases and all
    to_traditional = OpenCC(variant)
    lines = [to_traditional.convert(line) for line in _lines(sorted((REPO / "seeds").glob("*")))]
    assert len(lines) > 100
    differ = [line for line in lines if to_simplified(line) != REFERENCE.convert(line)]
    assert differ == []


def test_every_line_of_the_evaluation_corpora_converts_as_opencc_does() -> None:
    lines = _lines(sorted(REPO.glob("eval/*/docs/*")))
    assert len(lines) > 1000
    differ = [line for line in lines if to_simplified(line) != REFERENCE.convert(line)]
    assert differ == []


_PIECES = sorted(converter().phrases)
_CHARS = sorted(set("".join(_PIECES)) | set("發展與經濟後面干乾著臺台髮, 。-、(a1"))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_PIECES), st.sampled_from(_CHARS)),
        max_size=16,
    )
)
def test_any_mix_of_phrases_characters_and_punctuation_converts_as_opencc_does(
    parts: list[str],
) -> None:
    # phrases overlapping, nested in longer ones and cut by punctuation: the longest leftmost
    # phrase wins, and the text either side of it takes none longer
    text = "".join(parts)
    assert to_simplified(text) == REFERENCE.convert(text)
