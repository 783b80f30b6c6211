"""The whole ingest path over a folder, in-process and without the warehouse.

The Dagster assets run the same stages one asset at a time, with a per-document cache, and
write each frame to DuckDB. This function is for the places that want the frames directly:
``zhibiao eval --fast`` and the developer scripts. Stages: read → describe → segment → extract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import extract_indicators
from ingest.extraction.segment import segment_documents
from ingest.reading.sources import collate, iter_source_paths, read_source


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
    source_files, texts = collate(read_source(path, root) for path in iter_source_paths(root))
    rows = []
    for doc in texts.iter_rows(named=True):
        meta = describe(doc["text"], doc["source_file"], gazetteer)
        rows.append({"document_id": doc["document_id"], "source_file": doc["source_file"],
                     "text": doc["text"], **asdict(meta)})  # fmt: skip
    documents = pl.DataFrame(rows)
    if documents.height and "not_report_reason" in documents.columns:
        documents = documents.filter(pl.col("not_report_reason").is_null())
    sentences = segment_documents(documents)
    facts, unmapped = extract_indicators(sentences, documents)
    return FolderResult(source_files, documents, sentences, facts, unmapped)
