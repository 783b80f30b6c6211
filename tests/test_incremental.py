"""Incremental builds: only new or changed documents are processed, facts follow the files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
from conftest import SEED_FILES, GraphBuild, copy_docs, copy_warehouse_dir, query

from ingest.store.pipeline_cache import PipelineCache, pipeline_fingerprint

# -- the cache on its own ---------------------------------------------------------------------


def _docs(*ids: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "document_id": list(ids),
            "content_hash": [f"hash-{i}" for i in ids],
            "text": [f"text of {i}" for i in ids],
            "report_year": [2020] * len(ids),
        }
    )


def _counting_compute(calls: list[list[str]]) -> Callable[[pl.DataFrame], dict[str, pl.DataFrame]]:
    def compute(docs: pl.DataFrame) -> dict[str, pl.DataFrame]:
        calls.append(docs["document_id"].to_list())
        rows = docs.select("document_id", pl.col("text").str.len_chars().alias("n"))
        return {"out": rows, "empty": rows.filter(pl.lit(False))}

    return compute


def test_map_documents_computes_only_missing(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    cache = PipelineCache(tmp_path, fingerprint="f" * 64)
    frames, counts = cache.map_documents(
        "s", _docs("a", "b"), ["out", "empty"], _counting_compute(calls)
    )
    assert (counts.processed, counts.cached) == (2, 0)
    assert sorted(frames["out"]["document_id"]) == ["a", "b"]

    cache = PipelineCache(tmp_path, fingerprint="f" * 64)  # a new build
    frames, counts = cache.map_documents(
        "s", _docs("a", "b", "c"), ["out", "empty"], _counting_compute(calls)
    )
    assert (counts.processed, counts.cached) == (1, 2)
    assert calls == [["a", "b"], ["c"]]
    assert sorted(frames["out"]["document_id"]) == ["a", "b", "c"]
    assert frames["empty"].height == 0 and frames["empty"].columns == ["document_id", "n"]


def test_metadata_change_and_fingerprint_change_invalidate(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    PipelineCache(tmp_path, "f" * 64).map_documents(
        "s", _docs("a"), ["out"], _counting_compute(calls)
    )
    changed = _docs("a").with_columns(report_year=pl.lit(2021))
    PipelineCache(tmp_path, "f" * 64).map_documents("s", changed, ["out"], _counting_compute(calls))
    newer = PipelineCache(tmp_path, "e" * 64)
    newer.map_documents("s", changed, ["out"], _counting_compute(calls))
    assert calls == [["a"], ["a"], ["a"]]
    assert [p.name for p in newer.prune_other_versions()] == ["v1-ffffffffffffffff"]


def test_prune_drops_documents_no_longer_present(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    cache = PipelineCache(tmp_path, "f" * 64)
    cache.map_documents("s", _docs("a", "b"), ["out"], _counting_compute(calls))
    assert cache.prune_documents("s", _docs("a")) == 1
    cache.map_documents("s", _docs("a", "b"), ["out"], _counting_compute(calls))
    assert calls == [["a", "b"], ["b"]]


def test_fingerprint_follows_code_and_lexicon(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "ingest").mkdir(parents=True)
    (root / "dbt_project" / "seeds").mkdir(parents=True)
    (root / "ingest" / "extract.py").write_text("x = 1\n")
    (root / "ingest" / "publish.py").write_text("y = 1\n")
    lexicon = root / "dbt_project" / "seeds" / "lexicon_surface_forms.csv"
    lexicon.write_text("surface_form,indicator_code\n高企,high_tech_enterprises\n")
    first = pipeline_fingerprint(root)
    (root / "ingest" / "publish.py").write_text("y = 2\n")  # cannot change any row
    assert pipeline_fingerprint(root) == first
    lexicon.write_text("surface_form,indicator_code\n高新技术企业,high_tech_enterprises\n")
    second = pipeline_fingerprint(root)
    assert second != first
    (root / "ingest" / "extract.py").write_text("x = 2\n")
    assert pipeline_fingerprint(root) not in (first, second)


def test_read_cache_survives_rename(tmp_path: Path) -> None:
    @dataclass
    class Record:
        source_file: str
        size_bytes: int
        text: str

    reads: list[str] = []

    def reader(path: Path, root: Path) -> Record:
        reads.append(path.name)
        return Record(path.relative_to(root).as_posix(), path.stat().st_size, path.read_text())

    root = tmp_path / "docs"
    root.mkdir()
    (root / "a.txt").write_text("same bytes")
    cache = PipelineCache(tmp_path / "cache", "f" * 64)
    rec, hit = cache.read(root / "a.txt", root, reader, Record)
    assert not hit and rec.source_file == "a.txt"
    cache.save_tables()
    (root / "a.txt").rename(root / "b.txt")
    cache = PipelineCache(tmp_path / "cache", "f" * 64)
    rec, hit = cache.read(root / "b.txt", root, reader, Record)
    assert hit and rec == Record("b.txt", 10, "same bytes")
    assert reads == ["a.txt"]


# -- whole builds -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Base:
    docs: Path
    warehouse: Path
    facts: dict[str, set[str]]  # document_id -> fact_ids


def _facts(warehouse: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for doc, fact in query(warehouse, "SELECT document_id, fact_id FROM main.fct_indicator_value"):
        out.setdefault(doc, set()).add(fact)
    return out


def _doc_of(warehouse: Path, source_file: str) -> str:
    rows = query(
        warehouse, "SELECT document_id FROM main.source_files WHERE source_file = ?", [source_file]
    )
    return rows[0][0]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, graph_build: GraphBuild) -> Base:
    """The five seeds built through the CLI's code path, reusing the session build's cache."""
    from orchestration.runner import run_build

    root = tmp_path_factory.mktemp("incremental")
    docs = copy_docs(root / "docs")
    warehouse = copy_warehouse_dir(graph_build.warehouse, root / "wh")
    summary = run_build(docs, warehouse)
    assert summary.files == {"ok": 5, "duplicate": 0, "quarantined": 0}
    return Base(docs=docs, warehouse=warehouse, facts=_facts(warehouse))


def _fork(base: Base, dst: Path) -> tuple[Path, Path]:
    docs = dst / "docs"
    shutil.copytree(base.docs, docs)
    return docs, copy_warehouse_dir(base.warehouse, dst / "wh")


def test_second_build_processes_nothing_and_keeps_fact_ids(base: Base, tmp_path: Path) -> None:
    from orchestration.runner import run_build

    docs, warehouse = _fork(base, tmp_path)
    summary = run_build(docs, warehouse)
    assert (summary.documents_processed, summary.documents_from_cache) == (0, 5)
    assert summary.files_from_cache == 5
    assert _facts(warehouse) == base.facts
    assert sum(len(v) for v in base.facts.values()) > 0


def _variant(text: str) -> str:
    """Another document: the same report with one more sentence (and figure) at its end."""
    return text.rstrip() + "\n\n另,全市新增省级众创空间3家。\n"


def test_adding_a_file_processes_only_that_file(base: Base, tmp_path: Path) -> None:
    from orchestration.runner import run_build

    docs, warehouse = _fork(base, tmp_path)
    text = (docs / SEED_FILES[1]).read_text(encoding="utf-8")
    (docs / "new" / "added.txt").parent.mkdir()
    (docs / "new" / "added.txt").write_text(_variant(text), encoding="utf-8")
    summary = run_build(docs, warehouse)
    assert (summary.documents_processed, summary.documents_from_cache) == (1, 5)
    assert summary.files["ok"] == 6
    facts = _facts(warehouse)
    for doc, ids in base.facts.items():
        assert facts[doc] == ids  # the old documents' facts are untouched
    assert _doc_of(warehouse, "new/added.txt") in facts


def test_changing_a_file_replaces_its_facts(base: Base, tmp_path: Path) -> None:
    from orchestration.runner import run_build

    docs, warehouse = _fork(base, tmp_path)
    name = SEED_FILES[2]
    old_doc = _doc_of(base.warehouse, name)
    path = docs / name
    path.write_text(_variant(path.read_text(encoding="utf-8")), encoding="utf-8")
    summary = run_build(docs, warehouse)
    assert (summary.documents_processed, summary.documents_from_cache) == (1, 4)
    facts = _facts(warehouse)
    new_doc = _doc_of(warehouse, name)
    assert new_doc != old_doc
    assert old_doc not in facts and new_doc in facts
    assert query(
        warehouse, "SELECT count(*) FROM main.dim_document WHERE document_id = ?", [old_doc]
    ) == [(0,)]
    for doc, ids in base.facts.items():
        if doc != old_doc:
            assert facts[doc] == ids


def test_removing_a_file_removes_its_facts(base: Base, tmp_path: Path) -> None:
    from orchestration.runner import run_build

    docs, warehouse = _fork(base, tmp_path)
    name = SEED_FILES[3]
    gone = _doc_of(base.warehouse, name)
    (docs / name).unlink()
    summary = run_build(docs, warehouse)
    assert (summary.documents_processed, summary.documents_from_cache) == (0, 4)
    assert summary.files == {"ok": 4, "duplicate": 0, "quarantined": 0}
    facts = _facts(warehouse)
    assert gone not in facts
    assert query(
        warehouse, "SELECT count(*) FROM main.source_files WHERE source_file = ?", [name]
    ) == [(0,)]
