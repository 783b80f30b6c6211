"""The raw tables: their column types, how frames are bulk-loaded, and how documents are assembled.

No dagster here, so that the rules (who is quarantined, which id a document gets) can be read and
tested on their own; the assets in ``orchestration.assets.raw`` only call these functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import duckdb
import polars as pl

RAW_SCHEMA = "raw"

# Column order and DuckDB types of every raw table (docs/interfaces.md, dbt sources `raw.*`).
# Columns a frame does not have are written as typed NULLs, so an empty build still creates
# every table with its full schema; extra columns a module adds are kept after these.
RAW_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "gazetteer": [
        ("city_id", "VARCHAR"),
        ("city_zh", "VARCHAR"),
        ("province_zh", "VARCHAR"),
        ("admin_level", "VARCHAR"),
        ("parent_city_zh", "VARCHAR"),
        ("parent_city_id", "VARCHAR"),
        ("first_year", "INTEGER"),
        ("last_year", "INTEGER"),
        ("short_name", "VARCHAR"),
    ],
    "source_files": [
        ("source_file", "VARCHAR"),
        ("size_bytes", "BIGINT"),
        ("sha256", "VARCHAR"),
        ("encoding", "VARCHAR"),
        ("format", "VARCHAR"),
        ("content_hash", "VARCHAR"),
        ("document_id", "VARCHAR"),
        ("status", "VARCHAR"),
        ("reason", "VARCHAR"),
    ],
    "documents": [
        ("document_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("content_hash", "VARCHAR"),
        ("title", "VARCHAR"),
        ("city_id", "VARCHAR"),
        ("city_zh", "VARCHAR"),
        ("report_year", "INTEGER"),
        ("plan_year", "INTEGER"),
        ("issuer", "VARCHAR"),
        ("doc_number", "VARCHAR"),
        ("published_on", "DATE"),
        ("current_year", "INTEGER"),
        ("genre", "VARCHAR"),
        ("years_basis", "VARCHAR"),
        ("city_basis", "VARCHAR"),
        ("plan_only", "BOOLEAN"),
        ("zone", "VARCHAR"),
        ("zone_place_id", "VARCHAR"),
        ("province", "VARCHAR"),
        ("status", "VARCHAR"),
        ("quarantine_reason", "VARCHAR"),
        ("text", "VARCHAR"),
        ("char_count", "INTEGER"),
    ],
    "sentences": [
        ("document_id", "VARCHAR"),
        ("sentence_no", "INTEGER"),
        ("section", "VARCHAR"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("tokens", "VARCHAR[]"),
        # added by segmentation after the columns above; declared so that a table written
        # batch by batch (TableStream) types it the same whatever its first batch holds
        ("frame_year", "INTEGER"),
    ],
    "facts": [
        ("document_id", "VARCHAR"),
        ("indicator_code", "VARCHAR"),
        ("year", "INTEGER"),
        ("kind", "VARCHAR"),
        ("measure", "VARCHAR"),
        ("comparator", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("raw_text", "VARCHAR"),
        ("sentence", "VARCHAR"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
    ],
    "unmapped": [
        ("document_id", "VARCHAR"),
        ("year", "INTEGER"),
        ("kind", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("raw_text", "VARCHAR"),
        ("context", "VARCHAR"),
        ("sentence", "VARCHAR"),
        ("char_start", "INTEGER"),
        ("char_end", "INTEGER"),
    ],
}

# Metadata fields describe() returns that become raw.documents columns (published_on and
# not_report_reason are handled on their own).
META_FIELDS = (
    "title",
    "city_id",
    "city_zh",
    "report_year",
    "plan_year",
    "issuer",
    "doc_number",
    "current_year",
    "genre",
    "years_basis",
    "city_basis",
    "plan_only",
    "zone",
    "zone_place_id",
    "province",
)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _cast(column: str, sql_type: str) -> str:
    # A date the extractor could not parse must not fail the whole build.
    fn = "TRY_CAST" if sql_type == "DATE" else "CAST"
    return f"{fn}({_quote(column)} AS {sql_type})"


def write_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Replace ``raw.<table>`` with ``frame`` in one bulk load (Arrow, no row-by-row inserts)."""
    columns = RAW_COLUMNS[table]
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {RAW_SCHEMA}")
    target = f"{RAW_SCHEMA}.{_quote(table)}"
    if frame.width == 0:  # nothing at all (e.g. no documents): typed, empty table
        select = ", ".join(f"CAST(NULL AS {t}) AS {_quote(c)}" for c, t in columns)
        con.execute(f"CREATE OR REPLACE TABLE {target} AS SELECT {select} WHERE false")
        return 0
    view = f"_zhibiao_load_{table}"
    con.register(view, frame.to_arrow())
    try:
        con.execute(
            f"CREATE OR REPLACE TABLE {target} AS SELECT {_select(table, frame)} FROM {view}"
        )
    finally:
        con.unregister(view)
    return frame.height


def _select(table: str, frame: pl.DataFrame) -> str:
    columns = RAW_COLUMNS[table]
    known = {name for name, _ in columns}
    present = set(frame.columns)
    select = [
        f"{_cast(c, t)} AS {_quote(c)}" if c in present else f"CAST(NULL AS {t}) AS {_quote(c)}"
        for c, t in columns
    ]
    select += [_quote(c) for c in frame.columns if c not in known]
    return ", ".join(select)


class TableStream:
    """Writes ``raw.<table>`` batch by batch: the same rows, in the same order and with the
    same types, as :func:`write_table` of all the batches concatenated, without holding them.

    The first batch with columns replaces the table, the others are appended by name; a
    stream that saw none leaves the typed, empty table.
    """

    def __init__(self, table: str) -> None:
        self.table = table
        self.rows = 0
        self._started = False

    def write(self, con: duckdb.DuckDBPyConnection, frame: pl.DataFrame) -> None:
        if frame.width == 0:
            return
        if not self._started:
            write_table(con, self.table, frame)
            self._started = True
        else:
            view = f"_zhibiao_append_{self.table}"
            con.register(view, frame.to_arrow())
            try:
                con.execute(
                    f"INSERT INTO {RAW_SCHEMA}.{_quote(self.table)} BY NAME "
                    f"SELECT {_select(self.table, frame)} FROM {view}"
                )
            finally:
                con.unregister(view)
        self.rows += frame.height

    def finish(self, con: duckdb.DuckDBPyConnection) -> int:
        """The number of rows written (the empty table is created when there were none)."""
        if not self._started:
            write_table(con, self.table, pl.DataFrame())
            self._started = True
        return self.rows


def read_frame(con: duckdb.DuckDBPyConnection, sql: str) -> pl.DataFrame:
    """Run a query and return a polars frame (through Arrow)."""
    return con.sql(sql).pl()


def quarantine_id(sha256: str | None, source_file: str) -> str:
    """``q_`` + sha256[:14]; a file that could not be read at all has no sha256, so its path's
    hash stands in (two unreadable files must not share an id)."""
    digest = sha256 or hashlib.sha256(f"unread:{source_file}".encode()).hexdigest()
    return "q_" + digest[:14]


def assemble_documents(
    source_files: pl.DataFrame,
    texts: pl.DataFrame,
    metas: Mapping[str, Mapping[str, Any]],
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Apply describe() verdicts to collate() output; return (raw.source_files, raw.documents).

    * a text describe() rejects (``not_report_reason``) is quarantined: its file gets status
      quarantined with that reason and no document_id, and its raw.documents row the id
      ``q_<sha256[:14]>``; files repeating it stay ``duplicate`` and point at that id;
    * every file quarantined while reading also gets a raw.documents row (``q_`` id), once per
      distinct content (two empty files are one quarantined document);
    * ok documents get their metadata, text and char_count.
    """
    files = source_files.to_dicts()
    by_file = {f["source_file"]: f for f in files}
    doc_rows: list[dict[str, Any]] = []
    rejected: dict[str, str] = {}  # original document_id -> q_ id

    for t in texts.to_dicts():
        meta = metas.get(t["document_id"], {})
        first = by_file[t["source_file"]]
        reason = meta.get("not_report_reason")
        row = {
            "document_id": t["document_id"],
            "source_file": t["source_file"],
            "content_hash": t["content_hash"],
            **{k: meta.get(k) for k in META_FIELDS},
            "published_on": meta.get("published_on"),
            "status": "ok",
            "quarantine_reason": None,
            "text": t["text"],
            "char_count": len(t["text"] or ""),
        }
        if reason:
            qid = quarantine_id(first["sha256"], first["source_file"])
            rejected[t["document_id"]] = qid
            row.update(document_id=qid, status="quarantined", quarantine_reason=reason)
            first.update(status="quarantined", reason=reason, document_id=None)
        doc_rows.append(row)

    for f in files:
        if f["status"] == "duplicate" and f["document_id"] in rejected:
            f["document_id"] = rejected[f["document_id"]]

    seen = {r["document_id"] for r in doc_rows}
    described = {r["source_file"] for r in doc_rows}
    for f in files:
        if f["status"] != "quarantined" or f["source_file"] in described:
            continue
        qid = quarantine_id(f["sha256"], f["source_file"])
        if qid in seen:
            continue
        seen.add(qid)
        doc_rows.append(
            {
                "document_id": qid,
                "source_file": f["source_file"],
                "content_hash": f.get("content_hash"),
                **dict.fromkeys(META_FIELDS),
                "published_on": None,
                "status": "quarantined",
                "quarantine_reason": f["reason"],
                "text": None,
                "char_count": None,
            }
        )

    files_frame = pl.DataFrame(files, schema=source_files.schema, strict=False)
    docs_frame = _frame(doc_rows, "documents")
    return files_frame.sort("source_file"), docs_frame.sort("source_file")


_POLARS_TYPES = {
    "VARCHAR": pl.String,
    "INTEGER": pl.Int64,
    "BOOLEAN": pl.Boolean,
    "BIGINT": pl.Int64,
    "DOUBLE": pl.Float64,
    "DATE": pl.String,  # ISO text; the load casts it
    "VARCHAR[]": pl.List(pl.String),
}


def _frame(rows: Sequence[Mapping[str, Any]], table: str) -> pl.DataFrame:
    schema = {c: _POLARS_TYPES[t] for c, t in RAW_COLUMNS[table]}
    clean = [{c: _plain(r.get(c)) for c in schema} for r in rows]
    return pl.DataFrame(clean, schema=schema, strict=False)


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def status_counts(source_files: pl.DataFrame) -> dict[str, int]:
    counts = {"ok": 0, "duplicate": 0, "quarantined": 0}
    if source_files.height:
        for status, n in source_files.group_by("status").len().iter_rows():
            counts[str(status)] = int(n)
    return counts


def markdown_table(frame: pl.DataFrame, limit: int = 50, width: int = 120) -> str:
    """A small markdown table for Dagster metadata (cells trimmed, rows capped)."""
    if frame.height == 0:
        return "_none_"

    def cell(v: Any) -> str:
        text = "" if v is None else str(v).replace("\n", " ").replace("|", "\\|")
        return text if len(text) <= width else text[: width - 1] + "…"

    lines = [
        "| " + " | ".join(frame.columns) + " |",
        "|" + "---|" * frame.width,
    ]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.head(limit).rows()]
    if frame.height > limit:
        lines.append(f"\n_… {frame.height - limit} more rows_")
    return "\n".join(lines)


def pivot_city_year(frame: pl.DataFrame, cities: int = 30, years: int = 10) -> pl.DataFrame:
    """City × year fact counts: the busiest cities as rows, the latest years as columns."""
    if frame.height == 0:
        return frame
    keep_years = sorted(y for y in frame["year"].unique().to_list() if y is not None)[-years:]
    top = (
        frame.group_by("city")
        .agg(pl.col("facts").sum().alias("total"))
        .sort(["total", "city"], descending=[True, False])
        .head(cities)
    )
    wide = (
        frame.filter(pl.col("year").is_in(keep_years))
        .with_columns(pl.col("year").cast(pl.String))
        .pivot(on="year", index="city", values="facts", aggregate_function="sum")
    )
    columns = [str(y) for y in keep_years if str(y) in wide.columns]
    return (
        top.join(wide, on="city", how="left")
        .select("city", *columns, "total")
        .fill_null(0)
        .sort(["total", "city"], descending=[True, False])
    )
