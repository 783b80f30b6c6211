"""The per-document cache stores its rows by batch: a few large files and an index, not several
small files per document. Real parquet files in a temporary folder; no build."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
from cache_fixtures import cache_docs

from ingest.store.pipeline_cache import INDEX_FILE, PipelineCache

FINGERPRINT = "c" * 64


def _compute(calls: list[list[str]]) -> Callable[[pl.DataFrame], dict[str, pl.DataFrame]]:
    """Two rows per document in ``rows``, none in ``none``: like sentences and facts."""

    def compute(docs: pl.DataFrame) -> dict[str, pl.DataFrame]:
        calls.append(docs["document_id"].to_list())
        rows = pl.concat([docs.select("document_id", pl.lit(n).alias("n")) for n in (1, 2)]).sort(
            "document_id", "n"
        )
        return {"rows": rows, "none": rows.clear()}

    return compute


def _run(
    cache_dir: Path,
    docs: pl.DataFrame,
    calls: list[list[str]],
    warned: list[str] | None = None,
    batch_chars: int = 1000,
) -> tuple[dict[str, pl.DataFrame], tuple[int, int]]:
    cache = PipelineCache(cache_dir, FINGERPRINT)  # a new build each time
    frames, counts = cache.map_documents(
        "step",
        docs,
        ["rows", "none"],
        _compute(calls),
        batch_chars=batch_chars,
        warn=warned.append if warned is not None else None,
    )
    cache.prune_documents("step", docs)
    return frames, (counts.processed, counts.cached)


def _step_dir(cache_dir: Path) -> Path:
    return PipelineCache(cache_dir, FINGERPRINT).dir / "step"


def _batch_files(cache_dir: Path) -> list[str]:
    return sorted(p.name for p in _step_dir(cache_dir).iterdir() if p.name != INDEX_FILE)


def _rows(frames: dict[str, pl.DataFrame]) -> list[tuple[str, int]]:
    return sorted(frames["rows"].iter_rows())


def test_one_file_per_output_per_batch_not_per_document(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    ids = [f"d{i:03}" for i in range(40)]  # 40 documents of 12 characters: batches of 10
    frames, counts = _run(tmp_path, cache_docs(*ids), calls, batch_chars=120)
    assert counts == (40, 0) and len(calls) == 4
    assert len(_batch_files(tmp_path)) == 4 * 2  # 4 batches x 2 outputs, plus the index
    assert (_step_dir(tmp_path) / INDEX_FILE).is_file()
    again, counts = _run(tmp_path, cache_docs(*ids), calls, batch_chars=120)
    assert counts == (0, 40) and len(calls) == 4
    assert _rows(again) == _rows(frames) and len(_rows(again)) == 80
    assert again["none"].height == 0 and again["none"].columns == ["document_id", "n"]


def test_adding_one_document_computes_only_that_document(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    _run(tmp_path, cache_docs("a", "b", "c"), calls)
    frames, counts = _run(tmp_path, cache_docs("a", "b", "c", "d"), calls)
    assert counts == (1, 3)
    assert calls == [["a", "b", "c"], ["d"]]
    assert {d for d, _ in _rows(frames)} == {"a", "b", "c", "d"}
    assert len(_batch_files(tmp_path)) == 2 * 2  # the first batch and the new one
    # and the build after that computes nothing
    _, counts = _run(tmp_path, cache_docs("a", "b", "c", "d"), calls)
    assert counts == (0, 4) and len(calls) == 2


def test_a_removed_documents_rows_disappear(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    _run(tmp_path, cache_docs("a", "b"), calls)
    _run(tmp_path, cache_docs("a", "b", "c"), calls)  # c in a batch of its own
    assert len(_batch_files(tmp_path)) == 4

    # b gone: its batch file is still in use by a, so it stays; b's rows are never read
    frames, counts = _run(tmp_path, cache_docs("a", "c"), calls)
    assert counts == (0, 2)
    assert {d for d, _ in _rows(frames)} == {"a", "c"}
    assert len(_batch_files(tmp_path)) == 4
    # c gone too: its batch file has no document left and is removed
    frames, counts = _run(tmp_path, cache_docs("a"), calls)
    assert {d for d, _ in _rows(frames)} == {"a"}
    assert len(_batch_files(tmp_path)) == 2
    # b comes back: it was forgotten, so it is computed again
    frames, counts = _run(tmp_path, cache_docs("a", "b"), calls)
    assert counts == (1, 1) and calls[-1] == ["b"]
    assert _rows(frames) == [("a", 1), ("a", 2), ("b", 1), ("b", 2)]


def test_a_damaged_or_missing_batch_file_is_computed_again(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    _run(tmp_path, cache_docs("a", "b"), calls)
    _run(tmp_path, cache_docs("a", "b", "c"), calls)
    step = _step_dir(tmp_path)
    c_batch = next(
        p for p in step.glob("*.rows.parquet") if "c" in pl.read_parquet(p)["document_id"]
    )
    c_batch.write_bytes(b"not parquet at all")
    warned: list[str] = []
    frames, counts = _run(tmp_path, cache_docs("a", "b", "c"), calls, warned)
    assert counts == (1, 2) and calls[-1] == ["c"]
    assert _rows(frames) == sorted((d, n) for d in "abc" for n in (1, 2))
    assert len(warned) == 1
    assert "missing or damaged" in warned[0] and "1 documents are computed again" in warned[0]

    # a missing file: the same, and the build after that is whole again
    c_name = c_batch.name.split(".")[0]
    ab_batch = next(p for p in step.glob("*.none.parquet") if p.name.split(".")[0] != c_name)
    ab_batch.unlink()
    warned.clear()
    frames, counts = _run(tmp_path, cache_docs("a", "b", "c"), calls, warned)
    assert counts == (2, 1) and calls[-1] == ["a", "b"]
    assert "2 documents are computed again" in warned[0]
    assert _rows(frames) == sorted((d, n) for d in "abc" for n in (1, 2))
    _, counts = _run(tmp_path, cache_docs("a", "b", "c"), calls, warned)
    assert counts == (0, 3) and len(warned) == 1


def test_a_damaged_index_means_computing_again(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    _run(tmp_path, cache_docs("a", "b"), calls)
    (_step_dir(tmp_path) / INDEX_FILE).write_bytes(b"garbage")
    frames, counts = _run(tmp_path, cache_docs("a", "b"), calls)
    assert counts == (2, 0)
    assert _rows(frames) == sorted((d, n) for d in "ab" for n in (1, 2))
