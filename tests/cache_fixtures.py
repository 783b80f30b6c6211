"""Documents as the per-document cache sees them (ingest/store/pipeline_cache.py), for the tests
of the cache on its own."""

from __future__ import annotations

import polars as pl


def cache_docs(*ids: str) -> pl.DataFrame:
    """One row per id: what the cache keys a document by, and its text."""
    return pl.DataFrame(
        {
            "document_id": list(ids),
            "content_hash": [f"hash-{i}" for i in ids],
            "text": [f"text of {i}" for i in ids],
            "report_year": [2020] * len(ids),
        }
    )
