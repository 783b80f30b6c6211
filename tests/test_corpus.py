"""The development corpus and the hand-written sets beside it are what they say they are: every
gold fact grounded in its document, every document indexed, the balance the README promises."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from ingest.extraction.lexicon import load_lexicon

EVAL = Path(__file__).resolve().parents[1] / "eval"
CORPUS = EVAL / "corpus"
# every hand-written set: the corpus and the blind sets written after it
SETS = tuple(sorted(p.name for p in EVAL.iterdir() if (p / "INDEX.tsv").exists()))
GENRES = {"summary_plan", "summary", "plan", "news", "notice", "speech", "other"}
MEASURES = {"level", "increment", "growth_pct", "share_pct", "rank"}
COMPARATORS = {"eq", "gte", "lte", "approx"}


def _index(folder: Path = CORPUS) -> list[dict[str, str]]:
    with (folder / "INDEX.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _gold(folder: Path = CORPUS) -> list[dict[str, str]]:
    with (folder / "gold.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("name", SETS)
def test_every_document_is_indexed_once_and_every_index_row_has_a_document(name: str) -> None:
    folder = EVAL / name
    files = sorted(p.name for p in (folder / "docs").iterdir())
    indexed = [r["file"] for r in _index(folder)]
    assert len(indexed) == len(set(indexed))
    assert sorted(indexed) == files
    # every gold row's city is its document's, as indexed
    cities = {r["file"]: r["city_zh"] for r in _index(folder)}
    assert {(r["doc_file"], r["city_zh"]) for r in _gold(folder)} <= set(cities.items())


def test_balance_as_the_readme_promises() -> None:
    rows = _index()
    provinces = Counter(r["province_zh"] for r in rows)
    assert len(rows) >= 80
    assert len(provinces) >= 25
    assert max(provinces.values()) <= 6, provinces.most_common(3)
    assert {r["genre"] for r in rows} <= GENRES
    assert len(_gold()) >= 400


@pytest.mark.parametrize(
    ("name", "row"),
    [(name, row) for name in SETS for row in _gold(EVAL / name)],
    ids=lambda x: x if isinstance(x, str) else f"{x['doc_file']}:{x['raw_text']}",
)
def test_gold_fact_is_grounded_and_well_formed(name: str, row: dict[str, str]) -> None:
    text = (EVAL / name / "docs" / row["doc_file"]).read_text(encoding="utf-8")
    assert row["evidence"] in text
    assert row["raw_text"] in row["evidence"]
    lexicon = load_lexicon()
    indicator = lexicon.indicators[row["indicator_code"]]
    assert indicator.core
    assert row["measure"] in MEASURES and row["comparator"] in COMPARATORS
    assert row["kind"] in {"actual", "target"} and row["ambiguous"] in {"0", "1"}
    float(row["value"])
    int(row["year"])
