"""Per-document stages over several processes give exactly the rows of one process: reading
and describing through the cache, segmenting, and the split itself. Real files, real forks."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

import polars as pl

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.segment import segment_documents
from ingest.parallel import map_items, split_evenly, worker_count
from ingest.reading.sources import DEFAULT_MAX_BYTES, SourceRecord, read_source
from ingest.store.pipeline_cache import PipelineCache

FINGERPRINT = "p" * 64

# Written for these tests: bureau items of made-up towns, in two encodings and one HTML page.
_TEXTS = [
    "岭东县科技局2019年工作总结\n一、主要成效\n全县高新技术企业达到{n}家,比上年增加{m}家。"
    "全社会研发投入{n}.5亿元,同比增长{m}%。\n二、2020年工作打算\n力争技术合同成交额突破{m}亿元。",
    "关于印发《2021年全市科技工作要点》的通知\n到年底,科技型中小企业入库{n}家,"
    "每万人发明专利拥有量达到{m}.2件。",
    "<html><head><title>江北区召开科技创新大会</title></head><body><p>会议指出,去年全区新认定"
    "高新技术企业{m}家,总数{n}家;专利授权量{n}件。</p></body></html>",
]


def _write_folder(root: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        text = _TEXTS[i % len(_TEXTS)].format(n=100 + i, m=3 + i % 7)
        path = root / f"doc_{i:02d}.{'html' if i % 3 == 2 else 'txt'}"
        path.write_bytes(text.encode("gb18030" if i % 4 == 1 else "utf-8"))
        paths.append(path)
    return paths


def test_split_evenly_keeps_order_and_balances_weight() -> None:
    items = [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]  # one heavy item first
    runs = split_evenly(items, 2, weight=lambda x: x)
    assert [x for run in runs for x in run] == items
    assert runs == [[10], [1] * 10]
    assert split_evenly(items, 3) == [items[:4], items[4:8], items[8:]]
    assert split_evenly([7], 4) == [[7]]
    assert split_evenly([], 2) == [[]]


def test_small_inputs_stay_in_one_process_unless_told() -> None:
    assert worker_count(1_000) == 1
    assert worker_count(1_000, workers=2) == 2
    assert worker_count(10_000_000) == max(1, os.cpu_count() or 1)


def test_map_items_forks_and_keeps_input_order() -> None:
    parent = os.getpid()
    got = map_items(lambda x: (x * x, os.getpid() != parent), list(range(40)), len_of, workers=3)
    assert [value for value, _ in got] == [x * x for x in range(40)]
    assert any(in_child for _, in_child in got)  # some items really were computed elsewhere
    assert not all(in_child for _, in_child in got)


def len_of(_: object) -> int:
    return 1


def test_a_failing_child_is_redone_in_the_parent() -> None:
    parent = os.getpid()

    def only_in_parent(x: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("a child that fails")
        return x + 1

    assert map_items(only_in_parent, list(range(10)), len_of, workers=2) == list(range(1, 11))


def test_reading_and_describing_through_the_cache_over_two_processes(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    paths = _write_folder(root, 12)
    (root / "empty.txt").write_bytes(b"")
    paths.append(root / "empty.txt")
    gazetteer = Gazetteer.load()

    serial = [read_source(p, root) for p in paths]
    cache = PipelineCache(tmp_path / "cache", FINGERPRINT)
    read = cache.read_many(paths, root, read_source, SourceRecord, DEFAULT_MAX_BYTES, workers=2)
    assert [record for record, _ in read] == serial
    assert not any(hit for _, hit in read)
    texts = [(r.content_hash, r.source_file, r.text) for r in serial if r.text]
    assert len(texts) == 12

    def compute(text: str, source_file: str) -> object:
        return describe(text, source_file, gazetteer)

    described = cache.describe_many(texts, compute, workers=2)
    assert [meta for meta, _ in described] == [
        asdict(describe(t, f, gazetteer)) for _, f, t in texts
    ]
    first = described[0][0]  # 岭东县科技局2019年工作总结 … 2020年工作打算
    assert (first["report_year"], first["plan_year"]) == (2019, 2020)
    cache.save_tables()

    # the next build finds every file and every description in the cache
    again = PipelineCache(tmp_path / "cache", FINGERPRINT)
    reread = again.read_many(paths, root, read_source, SourceRecord, DEFAULT_MAX_BYTES, workers=2)
    assert [record for record, _ in reread] == serial
    assert [hit for _, hit in reread] == [True] * 13  # the empty file too: its reason is kept
    redescribed = again.describe_many(texts, compute, workers=2)
    assert redescribed == [(meta, True) for meta, _ in described]


def test_segmenting_over_two_processes_gives_the_same_rows(tmp_path: Path) -> None:
    texts = [_TEXTS[i % 2].format(n=200 + i, m=1 + i % 5) for i in range(9)]
    docs = pl.DataFrame({
        "document_id": [f"s{i}" for i in range(9)], "text": texts,
        "report_year": [2019 + i % 3 for i in range(9)],
        "plan_year": [2020 + i % 3 for i in range(9)],
    })  # fmt: skip
    one = segment_documents(docs, workers=1)
    two = segment_documents(docs, workers=2)
    assert one.equals(two)
    assert one["document_id"].unique().len() == 9
    tokens = one.filter(pl.col("text").str.contains("研发投入")).get_column("tokens").to_list()
    assert len(tokens) == 5 and all("全社会研发投入" in t for t in tokens)  # a lexicon word whole
