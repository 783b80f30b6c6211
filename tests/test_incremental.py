"""Incremental builds: only new or changed documents are processed, facts follow the files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
from cache_fixtures import cache_docs
from conftest import SEED_FILES, GraphBuild, copy_docs, copy_warehouse_dir, query

from ingest.store.pipeline_cache import CACHE_FORMAT, PipelineCache, pipeline_fingerprint

# -- the cache on its own ---------------------------------------------------------------------


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
        "s", cache_docs("a", "b"), ["out", "empty"], _counting_compute(calls)
    )
    assert (counts.processed, counts.cached) == (2, 0)
    assert sorted(frames["out"]["document_id"]) == ["a", "b"]

    cache = PipelineCache(tmp_path, fingerprint="f" * 64)  # a new build
    frames, counts = cache.map_documents(
        "s", cache_docs("a", "b", "c"), ["out", "empty"], _counting_compute(calls)
    )
    assert (counts.processed, counts.cached) == (1, 2)
    assert calls == [["a", "b"], ["c"]]
    assert sorted(frames["out"]["document_id"]) == ["a", "b", "c"]
    assert frames["empty"].height == 0 and frames["empty"].columns == ["document_id", "n"]


def test_map_documents_works_in_batches_and_reports_progress(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    heard: list[tuple[int, int]] = []
    cache = PipelineCache(tmp_path, fingerprint="f" * 64)
    cache.map_documents("s", cache_docs("a"), ["out"], _counting_compute(calls))
    # "text of x" is 9 characters: batches of at most 20 characters hold two documents
    frames, counts = PipelineCache(tmp_path, fingerprint="f" * 64).map_documents(
        "s",
        cache_docs("a", "b", "c", "d", "e"),
        ["out"],
        _counting_compute(calls),
        progress=lambda done, cached: heard.append((done, cached)),
        batch_chars=20,
    )
    assert calls == [["a"], ["b", "c"], ["d", "e"]]
    assert heard == [(1, 1), (3, 1), (5, 1)]
    assert (counts.processed, counts.cached) == (4, 1)
    assert sorted(frames["out"]["document_id"]) == ["a", "b", "c", "d", "e"]
    # every batch was stored as it finished: nothing is computed again
    PipelineCache(tmp_path, fingerprint="f" * 64).map_documents(
        "s", cache_docs("a", "b", "c", "d", "e"), ["out"], _counting_compute(calls)
    )
    assert len(calls) == 3


def test_metadata_change_and_fingerprint_change_invalidate(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    PipelineCache(tmp_path, "f" * 64).map_documents(
        "s", cache_docs("a"), ["out"], _counting_compute(calls)
    )
    changed = cache_docs("a").with_columns(report_year=pl.lit(2021))
    PipelineCache(tmp_path, "f" * 64).map_documents("s", changed, ["out"], _counting_compute(calls))
    newer = PipelineCache(tmp_path, "e" * 64)
    newer.map_documents("s", changed, ["out"], _counting_compute(calls))
    assert calls == [["a"], ["a"], ["a"]]
    assert [p.name for p in newer.prune_other_versions()] == [f"v{CACHE_FORMAT}-ffffffffffffffff"]


def test_prune_drops_documents_no_longer_present(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    cache = PipelineCache(tmp_path, "f" * 64)
    cache.map_documents("s", cache_docs("a", "b"), ["out"], _counting_compute(calls))
    assert cache.prune_documents("s", cache_docs("a")) == 1
    cache.map_documents("s", cache_docs("a", "b"), ["out"], _counting_compute(calls))
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
# Two builds through the CLI's code path share the session build's cache: the five seeds again
# (nothing to process), then the same folder with a file added, one changed and one removed.


@dataclass(frozen=True)
class Build:
    docs: Path
    warehouse: Path
    summary: object  # orchestration.runner.BuildSummary
    facts: dict[str, set[str]]  # document_id -> fact_ids


def _facts(warehouse: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for doc, fact in query(warehouse, "SELECT document_id, fact_id FROM main.fct_indicator_value"):
        out.setdefault(doc, set()).add(fact)
    return out


def _doc_of(warehouse: Path, source_file: str) -> str | None:
    rows = query(
        warehouse, "SELECT document_id FROM main.source_files WHERE source_file = ?", [source_file]
    )
    return rows[0][0] if rows else None


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, graph_build: GraphBuild) -> Build:
    """The five seeds, built again with the session build's cache: a second build."""
    from orchestration.runner import run_build

    root = tmp_path_factory.mktemp("incremental")
    docs = copy_docs(root / "docs")
    warehouse = copy_warehouse_dir(graph_build.warehouse, root / "wh")
    summary = run_build(docs, warehouse)
    return Build(docs, warehouse, summary, _facts(warehouse))


def _variant(text: str) -> str:
    """Another document: the same report with one more sentence (and figure) at its end."""
    return text.rstrip() + "\n\n另,全市新增省级众创空间3家。\n"


ADDED = "new/added.txt"
CHANGED = SEED_FILES[2]
REMOVED = SEED_FILES[3]


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory, base: Build) -> Build:
    """The base folder with a file added, one changed and one removed, built on base's cache."""
    from orchestration.runner import run_build

    root = tmp_path_factory.mktemp("incremental-changed")
    docs = root / "docs"
    shutil.copytree(base.docs, docs)
    warehouse = copy_warehouse_dir(base.warehouse, root / "wh")
    (docs / ADDED).parent.mkdir()
    (docs / ADDED).write_text(_variant((docs / SEED_FILES[1]).read_text("utf-8")), "utf-8")
    path = docs / CHANGED
    path.write_text(_variant(path.read_text(encoding="utf-8")), encoding="utf-8")
    (docs / REMOVED).unlink()
    summary = run_build(docs, warehouse)
    return Build(docs, warehouse, summary, _facts(warehouse))


def test_second_build_processes_nothing_and_keeps_fact_ids(
    base: Build, graph_build: GraphBuild
) -> None:
    s = base.summary
    assert s.files == {"ok": 5, "duplicate": 0, "quarantined": 0}
    assert (s.documents_processed, s.documents_from_cache) == (0, 5)
    assert s.files_from_cache == 5
    # the same documents, built before among the awkward files: the same facts, the same ids
    before = _facts(graph_build.warehouse)
    assert base.facts == {doc: before[doc] for doc in base.facts}
    assert len(base.facts) == 5 and sum(len(v) for v in base.facts.values()) > 0


def test_adding_a_file_processes_only_that_file(base: Build, changed: Build) -> None:
    # processed: the added and the changed file; from cache: the three untouched ones
    s = changed.summary
    assert (s.documents_processed, s.documents_from_cache) == (2, 3)
    assert s.files["ok"] == 5
    added = _doc_of(changed.warehouse, ADDED)
    assert added in changed.facts and added not in base.facts


def test_changing_a_file_replaces_its_facts(base: Build, changed: Build) -> None:
    old_doc = _doc_of(base.warehouse, CHANGED)
    new_doc = _doc_of(changed.warehouse, CHANGED)
    assert new_doc != old_doc
    assert old_doc not in changed.facts and new_doc in changed.facts
    assert query(
        changed.warehouse, "SELECT count(*) FROM main.dim_document WHERE document_id = ?", [old_doc]
    ) == [(0,)]
    # the new sentence's figure is there
    assert (3.0, "increment") in query(
        changed.warehouse,
        "SELECT value, measure FROM main.fct_indicator_value WHERE document_id = ? "
        "AND indicator_code = 'maker_spaces' AND raw_text = '3家'",
        [new_doc],
    )


def test_removing_a_file_removes_its_facts(base: Build, changed: Build) -> None:
    gone = _doc_of(base.warehouse, REMOVED)
    assert gone not in changed.facts
    assert _doc_of(changed.warehouse, REMOVED) is None
    assert query(
        changed.warehouse, "SELECT count(*) FROM main.dim_document WHERE document_id = ?", [gone]
    ) == [(0,)]


def test_untouched_files_keep_their_facts(base: Build, changed: Build) -> None:
    touched = {_doc_of(base.warehouse, CHANGED), _doc_of(base.warehouse, REMOVED)}
    kept = {doc: ids for doc, ids in base.facts.items() if doc not in touched}
    assert len(kept) == 3
    for doc, ids in kept.items():
        assert changed.facts[doc] == ids


def test_the_summary_as_json(base: Build) -> None:
    import json

    data = json.loads(base.summary.to_json())
    assert data["ok"] is True and data["warehouse"] == str(base.warehouse)
    assert data["files"] == {"ok": 5, "duplicate": 0, "quarantined": 0}
    assert (data["documents_processed"], data["documents_from_cache"]) == (0, 5)
    facts = query(base.warehouse, "SELECT count(*) FROM main.fct_indicator_value")[0][0]
    assert data["facts"] == facts == sum(len(v) for v in base.facts.values())
    assert data["checks"]["failed"] == [] and data["checks"]["passed"] > 0
    assert set(data["stages"]) >= {"reading", "extracting", "dbt build", "checks", "publishing"}
    assert data["seconds"] >= sum(data["stages"].values()) * 0.5
