"""Developer loop: read, describe and extract a folder without the warehouse; print the facts.

.venv/bin/python scripts/dev_extract.py [DOCS_DIR] [--csv OUT.csv]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import polars as pl

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import extract_indicators
from ingest.extraction.segment import segment_documents
from ingest.reading.sources import collate, iter_source_paths, read_source


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs", nargs="?", default="seeds")
    ap.add_argument("--csv", default=None)
    args = ap.parse_args()
    gazetteer = Gazetteer.load()
    root = Path(args.docs)
    # the pipeline's own reading: every format and encoding, duplicates collapsed
    _, texts = collate(read_source(path, root) for path in iter_source_paths(root))
    rows = []
    for doc in texts.iter_rows(named=True):
        meta = describe(doc["text"], doc["source_file"], gazetteer)
        rows.append({"document_id": doc["source_file"], "text": doc["text"],
                     "report_year": meta.report_year, "plan_year": meta.plan_year,
                     "city_zh": meta.city_zh})  # fmt: skip
        print(doc["source_file"], meta.city_zh, meta.report_year, meta.plan_year, meta.title)
    docs = pl.DataFrame(rows)
    facts, unmapped = extract_indicators(segment_documents(docs), docs)
    with pl.Config(tbl_rows=500, tbl_cols=12, fmt_str_lengths=40, tbl_width_chars=200):
        print(facts.select("document_id", "indicator_code", "year", "kind", "measure",
                           "comparator", "value", "qualifier", "raw_text"))  # fmt: skip
    print(f"{facts.height} facts, {unmapped.height} unmapped")
    if args.csv:
        facts.write_csv(args.csv)


if __name__ == "__main__":
    main()
