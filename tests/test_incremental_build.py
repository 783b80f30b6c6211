"""A build after only documents changed starts from the published warehouse and recomputes only
the documents added, changed or removed (dbt's per-document marts, the per-document checks),
and publishes exactly what a cold build of the same folder publishes: every table of ``main``
and ``raw``, row by row (as sets of rows: an incremental table keeps its untouched rows where
they were), with the same column types, and the same views.

One chain of real builds on a copy of the session build (seeds, a duplicate, an empty and a
binary file): a document added, then one changed, then two removed (one of them with a
duplicate that then stands for it: that document stays, under another file), each rebuild
compared with a cold build of the folder as it then is. And a check still fails on bad rows
among the changed documents. (A change beside the documents, a correction, rebuilds the whole
warehouse: tests/test_unchanged_rebuild.py.)
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from conftest import (
    DUPLICATE_FILE,
    SEED_FILES,
    GraphBuild,
    copy_warehouse_dir,
    query,
)

from ingest.store.build_inputs import BUILD_TABLE
from ingest.store.incremental import CHANGED_TABLE

COPY = "copy of the published warehouse"


@dataclass(frozen=True)
class Step:
    name: str
    warehouse: Path  # the incremental build's
    cold: Path  # a cold build of the same folder
    summary: object
    changed: list[str]  # what meta.changed_documents held (from the build's log)


def _build(docs: Path, warehouse: Path):
    from orchestration.runner import run_build

    return run_build(docs, warehouse)


def _changed_documents(warehouse: Path, before: Path) -> list[str]:
    """The document_ids whose raw.documents row differs between two warehouses."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        con.execute(f"ATTACH '{before}' AS b (READ_ONLY)")
        rows = con.execute(
            "SELECT DISTINCT document_id FROM ((SELECT * FROM raw.documents EXCEPT ALL "
            "SELECT * FROM b.raw.documents) UNION ALL (SELECT * FROM b.raw.documents EXCEPT ALL "
            "SELECT * FROM raw.documents)) ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory, graph_build: GraphBuild) -> list[Step]:
    assert graph_build.result.success
    root = tmp_path_factory.mktemp("incremental")
    docs = root / "docs"
    shutil.copytree(graph_build.docs_dir, docs, symlinks=True)
    warehouse = copy_warehouse_dir(graph_build.warehouse, root / "wh")

    def step(name: str) -> Step:
        before = root / f"before_{name}.duckdb"
        shutil.copyfile(warehouse, before)
        summary = _build(docs, warehouse)
        built = root / f"incremental_{name}.duckdb"  # as this step left it
        shutil.copyfile(warehouse, built)
        cold = root / f"cold_{name}" / "zhibiao.duckdb"
        cold.parent.mkdir()
        assert _build(docs, cold).metadata["published_warehouse"]["started_from"] == "empty"
        return Step(name, built, cold, summary, _changed_documents(built, before))

    steps = []
    text = (docs / SEED_FILES[1]).read_text("utf-8")
    (docs / "new").mkdir()
    (docs / "new" / "added.txt").write_text(text + "\n另,全市新增省级众创空间3家。\n", "utf-8")
    steps.append(step("added"))
    path = docs / SEED_FILES[2]
    path.write_text(path.read_text("utf-8").replace("。", "。\n", 3) + "\n另,新增孵化器2家。\n")
    steps.append(step("changed"))
    (docs / SEED_FILES[3]).unlink()
    (docs / SEED_FILES[0]).unlink()  # its duplicate stands for it now
    steps.append(step("removed"))
    return steps


def _relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Every table of main and raw, the tables the views read (intermediate: incremental by
    city) and every view (a view's SQL text may list an EXCLUDE in another order: its columns
    and rows are compared instead)."""
    return con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() "
        "WHERE database_name = current_database() "
        "AND schema_name IN ('main', 'raw', 'intermediate') "
        "UNION ALL SELECT schema_name, view_name FROM duckdb_views() "
        "WHERE database_name = current_database() AND NOT internal ORDER BY 1, 2"
    ).fetchall()


def _differences(a: Path, b: Path) -> list[str]:
    """What differs between two warehouses: relations, column types, rows (as multisets)."""
    ca, cb = duckdb.connect(str(a), read_only=True), duckdb.connect(str(b), read_only=True)
    try:
        out = []
        relations = _relations(ca)
        if relations != _relations(cb):
            out.append("relations")
        for schema, table in relations:
            name = f'"{schema}"."{table}"'
            describe = f"DESCRIBE {name}"
            if ca.execute(describe).fetchall() != cb.execute(describe).fetchall():
                out.append(f"{schema}.{table}: columns")
                continue
            rows = f"SELECT * FROM {name} ORDER BY ALL"
            if ca.execute(rows).fetchall() != cb.execute(rows).fetchall():
                out.append(f"{schema}.{table}: rows")
        return out
    finally:
        ca.close()
        cb.close()


@pytest.mark.parametrize("index", [0, 1, 2], ids=["added", "changed", "removed"])
def test_an_incremental_build_publishes_what_a_cold_build_does(
    chain: list[Step], index: int
) -> None:
    step = chain[index]
    published = step.summary.metadata["published_warehouse"]
    assert published["started_from"] == COPY  # it did go incremental
    assert _differences(step.warehouse, step.cold) == []
    # the scope table stays in the staging file
    assert query(
        step.warehouse,
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'meta' "
        "AND table_name = 'changed_documents'",
    ) == [(0,)]


# (processed, from the cache) for each step: the added and the changed document are read and
# extracted; after the removal every document left was seen before (the duplicate of a removed
# file has its bytes)
_PROCESSED = {"added": (1, 5), "changed": (1, 5), "removed": (0, 5)}


@pytest.mark.parametrize("index", [0, 1, 2], ids=["added", "changed", "removed"])
def test_each_rebuild_publishes_a_build_of_its_own(
    chain: list[Step], graph_build: GraphBuild, index: int
) -> None:
    step = chain[index]
    summary = step.summary
    assert summary.up_to_date is None and summary.headline() == "warehouse built"
    (published,) = query(step.warehouse, f"SELECT build_id FROM {BUILD_TABLE}")[0]
    before = graph_build.warehouse if index == 0 else chain[index - 1].warehouse
    assert published == summary.run_id != query(before, f"SELECT build_id FROM {BUILD_TABLE}")[0][0]
    assert (summary.documents_processed, summary.documents_from_cache) == _PROCESSED[step.name]


ANSWER_TABLES = (
    "intermediate.int_latest_indicator_value",
    "intermediate.int_target_vs_actual",
    "intermediate.int_indicator_coverage",
)


def test_the_tables_the_views_read_are_compared(chain: list[Step]) -> None:
    con = duckdb.connect(str(chain[0].warehouse), read_only=True)
    try:
        relations = {f"{schema}.{name}" for schema, name in _relations(con)}
    finally:
        con.close()
    assert {*ANSWER_TABLES, "main.fct_target_attainment"} <= relations


def test_a_city_s_changed_document_recomputes_that_city_s_answers_only(
    tmp_path: Path, graph_build: GraphBuild
) -> None:
    """泉州's report now says 333 high-tech enterprises (311 before): its latest value is the
    new one; every other city's rows of the tables the views read are the published ones,
    kept, not recomputed (a mark put on every published row stays on theirs only)."""
    docs = tmp_path / "docs"
    shutil.copytree(graph_build.docs_dir, docs, symlinks=True)
    warehouse = copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")
    key = (
        "SELECT value, document_id FROM intermediate.int_latest_indicator_value "
        "WHERE city_id = '350500' AND indicator_code = 'high_tech_enterprises' "
        "AND kind = 'actual' AND measure = 'level' AND qualifier IS NULL AND year = 2016"
    )
    ((value, old_document),) = query(warehouse, key)
    assert value == 311
    mark = "〔published〕"
    con = duckdb.connect(str(warehouse))
    try:
        before = {
            table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in ANSWER_TABLES
        }
        for table in ANSWER_TABLES:
            con.execute(f"UPDATE {table} SET indicator_name_zh = indicator_name_zh || '{mark}'")
    finally:
        con.close()
    path = docs / SEED_FILES[1]
    text = path.read_text("utf-8")
    assert "高新技术企业达到311家" in text
    path.write_text(text.replace("高新技术企业达到311家", "高新技术企业达到333家"), "utf-8")

    summary = _build(docs, warehouse)
    assert summary.metadata["published_warehouse"]["started_from"] == COPY

    ((value, new_document),) = query(warehouse, key)
    assert value == 333 and new_document != old_document
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for table in ANSWER_TABLES:
            marked = con.execute(
                f"SELECT city_id, bool_and(ends_with(indicator_name_zh, '{mark}')), "
                f"bool_or(ends_with(indicator_name_zh, '{mark}')) FROM {table} GROUP BY ALL"
            ).fetchall()
            assert len(marked) == 5, table
            for city, all_marked, any_marked in marked:
                # 泉州's rows recomputed, every other city's kept as published
                assert (all_marked, any_marked) == (
                    (False, False) if city == "350500" else (True, True)
                ), (table, city)
            kept = con.execute(
                f"SELECT * REPLACE (replace(indicator_name_zh, '{mark}', '') AS indicator_name_zh) "
                f"FROM {table} WHERE city_id <> '350500' ORDER BY ALL"
            ).fetchall()
            assert kept == [row for row in before[table] if row[0] != "350500"], table
    finally:
        con.close()


def test_each_step_changed_what_it_should(chain: list[Step]) -> None:
    added, changed, removed = chain
    assert len(added.changed) == 1 and added.summary.files["ok"] == 6
    assert len(changed.changed) == 2  # the old text's document and the new one's
    # one document gone, one that stays under its duplicate's name
    assert len(removed.changed) == 2 and removed.summary.files["ok"] == 5
    stays = query(
        removed.warehouse,
        "SELECT count(*) FROM main.dim_document WHERE source_file = ?",
        [DUPLICATE_FILE],
    )
    assert stays == [(1,)]
    for step in chain:
        facts = query(step.warehouse, "SELECT count(*) FROM main.fct_indicator_value")
        assert facts == query(step.cold, "SELECT count(*) FROM main.fct_indicator_value")


def test_an_incremental_build_runs_only_the_marts_and_views_in_dbt(chain: list[Step]) -> None:
    warehouse = chain[0].summary.warehouse
    log = (warehouse.parent / ".zhibiao-cache" / "zhibiao" / "last-build.log").read_text("utf-8")
    assert "incremental model main.fct_indicator_value" in log
    assert "seed" not in log.split("Finished running", 1)[-1].splitlines()[0]
    # the next build of the same folder is a no-change build, as after any build
    from orchestration.freshness import freshness

    assert freshness(chain[-1].summary.docs_dir, warehouse).unchanged


# -- the per-document checks judge the changed documents' rows -------------------------------


def _damaged_copy(step: Step, tmp: Path, document_id: str, scope: list[str]) -> Path:
    """The step's warehouse as an incremental build's staging file would hold it, with
    ``scope`` in meta.changed_documents and one fact of ``document_id`` off by a character."""
    path = tmp / f"damaged_{document_id}.duckdb"
    shutil.copyfile(step.warehouse, path)
    con = duckdb.connect(str(path))
    try:
        con.execute(f"CREATE OR REPLACE TABLE {CHANGED_TABLE} (document_id VARCHAR)")
        con.executemany(f"INSERT INTO {CHANGED_TABLE} VALUES (?)", [[d] for d in scope])
        con.execute(
            "UPDATE main.fct_indicator_value SET char_start = char_start + 1, "
            "char_end = char_end + 1 WHERE fact_id = (SELECT min(fact_id) FROM "
            "main.fct_indicator_value WHERE document_id = ?)",
            [document_id],
        )
    finally:
        con.close()
    return path


def _provenance(path: Path):
    from expectations import CHECKS, CheckContext, run_check
    from ingest.store.incremental import changed_documents_table

    con = duckdb.connect(str(path), read_only=True)
    try:
        ctx = CheckContext(changed_documents=changed_documents_table(con))
        return run_check(CHECKS["fct_indicator_value.provenance"], con, ctx)
    finally:
        con.close()


def test_a_check_fails_on_bad_rows_among_the_changed_documents(
    chain: list[Step], tmp_path: Path
) -> None:
    step = chain[0]
    new = step.changed[0]
    result = _provenance(_damaged_copy(step, tmp_path, new, scope=[new]))
    assert not result.success
    assert set(result.failing_rows["document_id"]) == {new}
    assert (
        result.rows
        == query(
            step.warehouse,
            "SELECT count(*) FROM main.fct_indicator_value WHERE document_id = ?",
            [new],
        )[0][0]
    )
    assert any("incremental build" in note for note in result.notes)


def test_a_scoped_check_leaves_the_published_documents_alone(
    chain: list[Step], tmp_path: Path
) -> None:
    """Rows of unchanged documents are the published ones (which passed): not judged again.
    Without a scope (a cold build, `python -m expectations`) every row is."""
    step = chain[0]
    new = step.changed[0]
    other = query(
        step.warehouse,
        "SELECT min(document_id) FROM main.fct_indicator_value WHERE document_id <> ?",
        [new],
    )[0][0]
    damaged = _damaged_copy(step, tmp_path, other, scope=[new])
    assert _provenance(damaged).success
    con = duckdb.connect(str(damaged))
    con.execute(f"DROP TABLE {CHANGED_TABLE}")
    con.close()
    whole = _provenance(damaged)
    assert not whole.success and set(whole.failing_rows["document_id"]) == {other}
