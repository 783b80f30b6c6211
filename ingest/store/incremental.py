"""Which documents an incremental build recomputes: those added, changed or removed since the
published warehouse.

A build may go incremental only when the documents are the one kind of input that changed
since the published build (``meta.build``: the same pipeline, lexicon, dbt project,
corrections, checks and libraries; see ``build_inputs``). Every raw row of a document is then
a function of its ``raw.documents`` row (its text and every column describe() decided, all of
which key the per-document cache), so a document whose ``raw.documents`` row is equal, column
by column, to the published one has equal sentences, facts and unmapped figures, and equal
rows in every per-document mart. The others are written to ``meta.changed_documents``: a
document added (only in this build), removed (only in the published warehouse) or changed
(its row differs in any column: its text, its source file after a duplicate came or went, its
city or years). The per-document dbt models delete and insert again exactly those documents'
rows (``dbt_project/macros/changed_documents.sql``), and the per-document checks judge only
them (``expectations``).

The table lives only in the staging file: the publish step drops it.

Plain Python: no dagster import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

CHANGED_SCHEMA = "meta"
CHANGED_TABLE = f"{CHANGED_SCHEMA}.changed_documents"
_ALIAS = "zhibiao_published"


def _columns(con: Any, catalog: str | None) -> list[tuple[str, str]]:
    where = "database_name = current_database()" if catalog is None else "database_name = ?"
    params = [] if catalog is None else [catalog]
    return con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        f"WHERE {where} AND schema_name = 'raw' AND table_name = 'documents' "
        "ORDER BY column_index",
        params,
    ).fetchall()


def mark_changed_documents(con: Any, published: Path) -> int | None:
    """Write ``meta.changed_documents`` into the warehouse of ``con`` (this build's raw tables)
    against the ``published`` warehouse; returns how many documents changed, or None when the
    two cannot be compared row by row (no published file, or ``raw.documents`` differs in its
    columns): the build must then rebuild everything.
    """
    published = Path(published).absolute()
    if not published.is_file():
        return None
    con.execute(f"ATTACH '{_quote(str(published))}' AS {_ALIAS} (READ_ONLY)")
    try:
        ours, theirs = _columns(con, None), _columns(con, _ALIAS)
        if not ours or ours != theirs:
            return None
        columns = ", ".join(f'"{name}"' for name, _ in ours)
        new = f"SELECT {columns} FROM raw.documents"
        old = f"SELECT {columns} FROM {_ALIAS}.raw.documents"
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {CHANGED_SCHEMA}")
        # EXCEPT ALL compares whole rows (NULLs equal): a row only one side has is a change
        con.execute(
            f"CREATE OR REPLACE TABLE {CHANGED_TABLE} AS "
            "SELECT DISTINCT document_id FROM ("
            f"({new} EXCEPT ALL {old}) UNION ALL ({old} EXCEPT ALL {new})"
            ") ORDER BY document_id"
        )
        return con.execute(f"SELECT count(*) FROM {CHANGED_TABLE}").fetchall()[0][0]
    finally:
        con.execute(f"DETACH {_ALIAS}")


def forget_changed_documents(con: Any) -> None:
    """Drop ``meta.changed_documents`` (before the staging file is published)."""
    con.execute(f"DROP TABLE IF EXISTS {CHANGED_TABLE}")


def changed_documents_table(con: Any) -> str | None:
    """``meta.changed_documents`` when the warehouse of ``con`` is an incremental build's
    staging file (the per-document checks then judge only those documents), else None."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        f"AND schema_name = '{CHANGED_SCHEMA}' AND table_name = 'changed_documents'"
    ).fetchall()[0]
    return CHANGED_TABLE if row and row[0] else None


def _quote(text: str) -> str:
    return text.replace("'", "''")


def scope_changed_documents(con: Any, published: Path) -> str | None:
    """``meta.changed_documents``, written now if this build has not yet (the first stage that
    needs it, after ``raw.documents`` was written), or None when this build cannot go by
    document (see :func:`mark_changed_documents`): then everything is rebuilt."""
    table = changed_documents_table(con)
    if table is None and mark_changed_documents(con, published) is not None:
        table = CHANGED_TABLE
    return table


def only_changed_sql(sql: str, table: str | None) -> str:
    """``sql`` (rows with a ``document_id``) restricted to the changed documents, in
    document_id order; ``sql`` itself when ``table`` is None."""
    if table is None:
        return sql
    return (
        f"SELECT * FROM ({sql}) WHERE document_id IN (SELECT document_id FROM {table}) "
        "ORDER BY document_id"
    )


def drop_changed_rows(con: Any, raw_table: str, table: str) -> None:
    """Delete the changed documents' rows of ``raw.<raw_table>`` (this build appends them
    again)."""
    con.execute(
        f'DELETE FROM raw."{raw_table}" WHERE document_id IN (SELECT document_id FROM {table})'
    )
