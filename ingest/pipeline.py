"""The whole ingest path over a folder, in-process and without the warehouse.

The Dagster assets run the same stages one asset at a time, with a per-document cache, and
write each frame to DuckDB. This function is for the places that want the frames directly:
``zhibiao eval --fast`` and the developer scripts. Stages: read → describe → segment → extract.
"""

from __future__ import annotations

import datetime
import typing
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import polars as pl

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import DocumentMeta, describe
from ingest.extraction.extract import extract_indicators
from ingest.extraction.segment import segment_documents
from ingest.parallel import map_items
from ingest.reading.sources import DEFAULT_MAX_BYTES, collate, iter_source_paths, read_source


@dataclass(frozen=True)
class FolderResult:
    source_files: pl.DataFrame
    documents: pl.DataFrame  # one row per ok document: text and what describe() decided
    sentences: pl.DataFrame
    facts: pl.DataFrame
    unmapped: pl.DataFrame


def process_folder(root: Path) -> FolderResult:
    gazetteer = Gazetteer.load()
    root = Path(root)
    paths = list(iter_source_paths(root))
    # reading and describing go over both cores for a large folder (ingest.parallel)
    records = map_items(lambda path: read_source(path, root), paths, lambda p: _size(p) // 3)
    source_files, texts = collate(records)
    docs = texts.select("document_id", "source_file", "text").rows()
    metas = map_items(lambda doc: describe(doc[2], doc[1], gazetteer), docs, lambda d: len(d[2]))
    rows = [
        {"document_id": document_id, "source_file": source_file, "text": text, **asdict(meta)}
        for (document_id, source_file, text), meta in zip(docs, metas, strict=True)
    ]
    documents = pl.DataFrame(rows, schema=_DOCUMENT_SCHEMA)
    if documents.height and "not_report_reason" in documents.columns:
        documents = documents.filter(pl.col("not_report_reason").is_null())
    sentences = segment_documents(documents)
    facts, unmapped = extract_indicators(sentences, documents)
    return FolderResult(source_files, documents, sentences, facts, unmapped)


def _polars_type(hint: object) -> pl.DataType:
    args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    types = {str: pl.String, int: pl.Int64, bool: pl.Boolean, datetime.date: pl.Date}
    return types[args[0]]()


# The documents' columns typed from what describe() returns, not guessed from the first rows: a
# field first filled after a hundred documents (a province, a document number) is no error, and
# a folder with no report still has every column.
_HINTS = typing.get_type_hints(DocumentMeta)
_DOCUMENT_SCHEMA = {
    "document_id": pl.String(),
    "source_file": pl.String(),
    "text": pl.String(),
    **{f.name: _polars_type(_HINTS[f.name]) for f in fields(DocumentMeta)},
}


def _size(path: Path) -> int:
    """Bytes to read; a file over DEFAULT_MAX_BYTES is refused unread."""
    try:
        size = path.stat().st_size
    except OSError:  # vanished or unreadable: read_source says why
        return 0
    return 0 if size > DEFAULT_MAX_BYTES else size
