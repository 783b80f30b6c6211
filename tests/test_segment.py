"""rjieba is the fast path only because it gives plain jieba's words and tags, with the same
user dictionary: proved here on every sentence of the seeds and the development corpus; and
the setting that selects plain jieba gives the same facts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.document.sections import split_sentences
from ingest.extraction.lexicon import load_lexicon
from ingest.extraction.segment import USER_WORD_FREQ
from ingest.jieba_engines import PlainJieba, new_segmenter
from ingest.reading.sources import read_source

REPO = Path(__file__).resolve().parents[1]


def _sentences() -> list[str]:
    out: list[str] = []
    for folder in ("seeds", "eval/corpus/docs"):
        for path in sorted((REPO / folder).glob("*.txt")):
            record = read_source(path, path.parent)
            out += [s.text for s in split_sentences(record.text or "")]
    return out


@pytest.fixture(scope="module")
def engines() -> tuple[object, object]:
    words = load_lexicon().user_dict_words()
    return (
        new_segmenter("rjieba", words, USER_WORD_FREQ),
        new_segmenter("jieba", words, USER_WORD_FREQ),
    )


def test_rjieba_gives_plain_jiebas_words_and_tags(engines: tuple) -> None:
    fast, plain = engines
    assert isinstance(plain, PlainJieba)
    sentences = _sentences()
    assert len(sentences) > 2000
    cut_differs = [s for s in sentences if fast.cut(s, False) != plain.cut(s, False)]
    tag_differs = [s for s in sentences if fast.tag(s, False) != plain.tag(s, False)]
    assert cut_differs == []
    assert tag_differs == []


def test_a_user_word_keeps_jiebas_own_tag(engines: tuple) -> None:
    fast, plain = engines
    # 争取 is a lexicon piece (争取…资金) and a verb in jieba's dictionary
    for engine in (fast, plain):
        assert ("争取", "v") in engine.tag("今年争取上级资金3000万元", False)
        assert ("高新技术企业", "n") in engine.tag("新增高新技术企业12家", False)


_FACTS = """
import json, sys
from pathlib import Path
from ingest.extraction.segment import segmenter
from ingest.pipeline import process_folder
r = process_folder(Path(sys.argv[1]))
rows = r.facts.select("document_id", "indicator_code", "year", "kind", "measure", "value",
                      "char_start").sort("document_id", "char_start", "indicator_code", "measure")
print(json.dumps({"engine": type(segmenter()).__name__, "facts": rows.rows()}))
"""


def _facts_with(engine: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "ZHIBIAO_SEGMENTER"}
    if engine:
        env["ZHIBIAO_SEGMENTER"] = engine
    done = subprocess.run(
        [sys.executable, "-c", _FACTS, str(REPO / "seeds")],
        capture_output=True, text=True, env=env, cwd=REPO, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_setting_selects_plain_jieba_and_the_facts_agree() -> None:
    default, plain = _facts_with(None), _facts_with("jieba")
    assert (default["engine"], plain["engine"]) == ("Jieba", "PlainJieba")
    assert len(default["facts"]) > 100
    assert plain["facts"] == default["facts"]


def test_an_unknown_engine_is_refused_with_the_choices() -> None:
    env = {**os.environ, "ZHIBIAO_SEGMENTER": "thulac"}
    done = subprocess.run(
        [sys.executable, "-c", "from ingest.extraction.segment import cut; cut('科技')"],
        capture_output=True, text=True, env=env, cwd=REPO, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "ZHIBIAO_SEGMENTER='thulac': use one of rjieba, jieba" in done.stderr


def test_each_sentence_with_a_figure_carries_exactly_its_own_words() -> None:
    import polars as pl

    from ingest.extraction.segment import cut, segment_documents

    docs = pl.DataFrame(
        {
            "document_id": ["plain", "odd"],
            "text": [
                "本县科技工作稳步推进。全年登记技术合同87项,成交额4.6亿元。下一步继续努力。",
                # a control character the reader would have removed, inside a sentence
                "园区新认定众创空间\x1f3家。其余照常。",
            ],
            "report_year": [2019, 2020],
            "plan_year": [2020, None],
        }
    )
    rows = segment_documents(docs, workers=1)
    assert rows.schema["tokens"] == pl.List(pl.String)
    got = {(r["document_id"], r["text"]): r["tokens"] for r in rows.iter_rows(named=True)}
    assert got[("plain", "全年登记技术合同87项,成交额4.6亿元。")] == cut(
        "全年登记技术合同87项,成交额4.6亿元。"
    )
    assert got[("plain", "本县科技工作稳步推进。")] is None  # no figure: not cut
    odd = next(tokens for (doc, text), tokens in got.items() if doc == "odd" and "\x1f" in text)
    assert odd == cut("园区新认定众创空间\x1f3家。") and "".join(odd).count("\x1f") == 1
    # the odd document does not change how the other's words come out
    alone = segment_documents(docs.head(1), workers=1)
    assert alone.equals(rows.filter(pl.col("document_id") == "plain"))
