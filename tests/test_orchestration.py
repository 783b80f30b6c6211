"""The whole asset graph, materialised in-process on the seeds plus awkward files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import polars as pl
import pytest
from conftest import (
    BINARY_FILE,
    DUPLICATE_FILE,
    EMPTY_FILE,
    SEED_FILES,
    GraphBuild,
    query,
)

from orchestration.raw_tables import RAW_COLUMNS, assemble_documents, write_table

pytestmark = pytest.mark.usefixtures("zhibiao_env")


# -- the pieces the assets call ------------------------------------------------------------------


def test_write_table_creates_typed_tables_even_when_empty(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "t.duckdb"))
    try:
        assert write_table(con, "sentences", pl.DataFrame()) == 0
        frame = pl.DataFrame({"document_id": ["d"], "tokens": [["科技", "局"]], "extra": [1]})
        assert write_table(con, "facts", frame.clear().drop("tokens", "extra")) == 0
        assert write_table(con, "sentences", frame) == 1
        types = dict(
            con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'raw' AND table_name = ?",
                ["sentences"],
            ).fetchall()
        )
        facts_types = con.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_schema = 'raw' AND table_name = 'facts' ORDER BY ordinal_position"
        ).fetchall()
        assert con.execute("SELECT tokens FROM raw.sentences").fetchall() == [(["科技", "局"],)]
    finally:
        con.close()
    assert types["tokens"] == "VARCHAR[]" and types["sentence_no"] == "INTEGER"
    assert types["extra"] == "BIGINT"  # a column a module adds is kept
    assert [t for (t,) in facts_types] == [t for _, t in RAW_COLUMNS["facts"]]


def test_assemble_documents_quarantines_non_reports_in_both_tables() -> None:
    source_files = pl.DataFrame(
        {
            "source_file": ["a.txt", "b.txt", "c.txt", "e1.txt", "e2.txt"],
            "size_bytes": [10, 10, 20, 0, 0],
            "sha256": ["aa" * 32, "aa" * 32, "cc" * 32, "ee" * 32, "ee" * 32],
            "encoding": ["utf-8", "utf-8", "utf-8", None, None],
            "format": ["text"] * 5,
            "content_hash": ["h1" * 32, "h1" * 32, "h2" * 32, None, None],
            "document_id": ["h1" * 8, "h1" * 8, "h2" * 8, None, None],
            "status": ["ok", "duplicate", "ok", "quarantined", "quarantined"],
            "reason": [None, "duplicate of a.txt", None, "empty file", "empty file"],
        }
    )
    texts = pl.DataFrame(
        {
            "document_id": ["h1" * 8, "h2" * 8],
            "source_file": ["a.txt", "c.txt"],
            "content_hash": ["h1" * 32, "h2" * 32],
            "text": ["一份通知", "龙岩市科技局2019年工作总结"],
        }
    )
    metas = {
        "h1" * 8: {"title": "通知", "not_report_reason": "not a work report: a notice"},
        "h2" * 8: {"title": "总结", "city_zh": "龙岩市", "report_year": 2019, "plan_year": 2020},
    }
    unreadable = source_files.head(1).with_columns(
        source_file=pl.lit("locked.txt"),
        sha256=pl.lit(None, pl.String),
        content_hash=pl.lit(None, pl.String),
        document_id=pl.lit(None, pl.String),
        status=pl.lit("quarantined"),
        reason=pl.lit("could not read: PermissionError"),
    )
    source_files = pl.concat([source_files, unreadable])
    files, docs = assemble_documents(source_files, texts, metas)
    f = {r["source_file"]: r for r in files.to_dicts()}
    assert f["a.txt"]["status"] == "quarantined" and f["a.txt"]["document_id"] is None
    assert f["a.txt"]["reason"] == "not a work report: a notice"
    assert f["b.txt"]["status"] == "duplicate" and f["b.txt"]["document_id"] == "q_" + "a" * 14
    d = {r["document_id"]: r for r in docs.to_dicts()}
    unread = [k for k, r in d.items() if r["source_file"] == "locked.txt"]
    assert len(unread) == 1 and unread[0].startswith("q_")  # no sha256: an id all the same
    # two empty files: one row
    assert set(d) - set(unread) == {"q_" + "a" * 14, "h2" * 8, "q_" + "e" * 14}
    assert d["q_" + "a" * 14]["quarantine_reason"] == "not a work report: a notice"
    assert d["h2" * 8]["status"] == "ok" and d["h2" * 8]["char_count"] == len(
        "龙岩市科技局2019年工作总结"
    )
    assert d["q_" + "e" * 14]["status"] == "quarantined" and d["q_" + "e" * 14]["text"] is None


def test_definitions_wire_dbt_sources_to_raw_assets() -> None:
    from dagster import AssetKey, DefaultScheduleStatus, DefaultSensorStatus

    from orchestration.definitions import defs

    graph = defs.get_repository_def().asset_graph
    keys = graph.get_all_asset_keys()
    groups = {key.to_user_string(): graph.get(key).group_name for key in keys}
    assert groups["raw/source_files"] == groups["raw/documents"] == "ingest"
    assert groups["raw/gazetteer"] == "ingest"
    assert groups["raw/sentences"] == groups["raw/facts"] == groups["raw/unmapped"] == "extract"
    assert groups["dim_city"] == groups["staging/stg_raw__documents"] == "warehouse"
    assert groups["published_warehouse"] == "quality"
    assert set(groups.values()) == {"ingest", "extract", "warehouse", "quality"}
    # the layer of a dbt model is a tag; every asset says what it is
    assert graph.get(AssetKey(["staging", "stg_raw__documents"])).tags["layer"] == "staging"
    assert graph.get(AssetKey(["dim_city"])).tags["layer"] == "marts"
    assert all(graph.get(k).description for k in keys)
    # the dbt source raw.documents is the Python asset raw/documents, not a stub
    parents = graph.get(AssetKey(["staging", "stg_raw__documents"])).parent_keys
    assert AssetKey(["raw", "documents"]) in parents
    assert graph.get(AssetKey(["raw", "documents"])).is_materializable
    # publishing comes after everything else
    publish = AssetKey(["published_warehouse"])
    assert graph.get(publish).parent_keys == set(keys) - {publish}
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert any(asset == "fct_indicator_value" for asset, _ in checks)
    assert any(asset == "source_files" for asset, _ in checks)
    sensor = defs.resolve_sensor_def("documents_folder_sensor")
    assert sensor.default_status == DefaultSensorStatus.STOPPED
    schedule = defs.resolve_schedule_def("daily_build_schedule")
    assert schedule.default_status == DefaultScheduleStatus.STOPPED
    assert schedule.job_name == sensor.job_name == "build"
    assert schedule.cron_schedule == "0 6 * * *"


def test_sensor_requests_a_run_when_the_folder_changes(tmp_path: Path) -> None:
    from dagster import RunRequest, SensorResult, SkipReason, build_sensor_context

    from orchestration.resources import ZhibiaoSettings
    from orchestration.sensors import documents_folder_sensor

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("x")
    settings = ZhibiaoSettings(docs_dir=str(docs), warehouse_path="w.duckdb", cache_dir="c")

    def tick(cursor: str | None) -> SensorResult | SkipReason:
        ctx = build_sensor_context(cursor=cursor, resources={"settings": settings})
        return documents_folder_sensor(ctx)

    first = tick(None)
    assert isinstance(first, SensorResult) and isinstance(first.run_requests[0], RunRequest)
    assert first.run_requests[0].tags["zhibiao/launched_by"] == "folder sensor"
    assert isinstance(tick(first.cursor), SkipReason)
    (docs / "b.txt").write_text("y")
    second = tick(first.cursor)
    assert isinstance(second, SensorResult) and second.cursor != first.cursor


# -- the whole graph -------------------------------------------------------------------------------


def _materializations(build: GraphBuild) -> dict[str, dict]:
    out = {}
    for event in build.result.get_asset_materialization_events():
        mat = event.step_materialization_data.materialization
        out[mat.asset_key.to_user_string()] = {k: v.value for k, v in mat.metadata.items()}
    return out


def test_run_succeeds_and_every_blocking_check_passes(graph_build: GraphBuild) -> None:
    result = graph_build.result
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    # warnings (distribution, drift) may flag rows for review; nothing that blocks fails
    failed = [
        f"{e.asset_key.to_user_string()}:{e.check_name}"
        for e in evaluations
        if not e.passed and e.severity.value == "ERROR"
    ]
    assert not failed
    ge = [e for e in evaluations if "data_docs" in e.metadata]  # the data-quality checks
    assert {e.asset_key.to_user_string() for e in ge} >= {"fct_indicator_value"}
    assert len(evaluations) > len(ge)  # the dbt tests ran as checks too
    docs_index = Path(ge[0].metadata["data_docs"].value)
    assert docs_index.exists() and docs_index.is_relative_to(graph_build.warehouse.parent)


def test_source_files_accounts_for_every_file(graph_build: GraphBuild) -> None:
    rows = query(
        graph_build.warehouse,
        "SELECT source_file, status, document_id, reason, sha256, size_bytes "
        "FROM main.source_files ORDER BY source_file",
    )
    by_file = {r[0]: r[1:] for r in rows}
    assert set(by_file) == {*SEED_FILES, EMPTY_FILE, BINARY_FILE, DUPLICATE_FILE}
    for name in SEED_FILES:
        assert by_file[name][0] == "ok" and by_file[name][1]
    status, doc, reason, _, _ = by_file[DUPLICATE_FILE]
    assert status == "duplicate" and doc == by_file[SEED_FILES[0]][1]
    assert SEED_FILES[0] in reason
    for junk in (EMPTY_FILE, BINARY_FILE):
        status, doc, reason, sha, _ = by_file[junk]
        assert status == "quarantined" and doc is None and reason
        assert len(sha) == 64
    assert by_file[EMPTY_FILE][4] == 0


def test_documents_and_dimensions(graph_build: GraphBuild) -> None:
    wh = graph_build.warehouse
    status = dict(query(wh, "SELECT status, count(*) FROM main.dim_document GROUP BY 1"))
    assert status["ok"] == 5
    assert status.get("quarantined", 0) == 2  # the empty and the binary file
    assert query(
        wh, "SELECT count(*) FROM main.dim_document WHERE document_id LIKE 'q\\_%' ESCAPE '\\'"
    ) == [(2,)]
    assert query(wh, "SELECT count(*) FROM main.dim_indicator")[0][0] >= 24
    cities = {r[0] for r in query(wh, "SELECT city_zh FROM main.dim_city")}
    assert "龙岩市" in cities
    missing_city = query(
        wh, "SELECT count(*) FROM main.dim_document WHERE status = 'ok' AND city_id IS NULL"
    )
    assert missing_city == [(0,)]


def test_facts_are_present_and_traceable(graph_build: GraphBuild) -> None:
    wh = graph_build.warehouse
    per_doc = dict(
        query(wh, "SELECT document_id, count(*) FROM main.fct_indicator_value GROUP BY 1")
    )
    ok_docs = {
        r[0] for r in query(wh, "SELECT document_id FROM main.dim_document WHERE status = 'ok'")
    }
    assert set(per_doc) == ok_docs  # every ok seed states some indicator
    assert query(
        wh,
        "SELECT count(*) FROM main.fct_indicator_value f "
        "LEFT JOIN main.dim_indicator i USING (indicator_code) WHERE i.indicator_code IS NULL",
    ) == [(0,)]
    assert (
        query(
            wh,
            "SELECT count(*) FROM main.fct_indicator_value WHERE indicator_code = 'rd_expenditure'",
        )[0][0]
        > 0
    )
    assert query(wh, "SELECT count(*) FROM main.fct_unmapped_quantity")[0][0] > 0


def test_raw_materialisations_carry_metadata(graph_build: GraphBuild) -> None:
    meta = _materializations(graph_build)
    files = meta["raw/source_files"]
    assert (files["files_ok"], files["files_duplicate"], files["files_quarantined"]) == (5, 1, 2)
    assert EMPTY_FILE in files["quarantined_files"] and BINARY_FILE in files["quarantined_files"]
    assert meta["raw/documents"]["documents_ok"] == 5
    facts = meta["raw/facts"]
    assert facts["dagster/row_count"] > 0 and "rd_expenditure" in facts["facts_per_indicator"]
    assert facts["documents_processed"] + facts["documents_from_cache"] == 5
    assert meta["raw/sentences"]["dagster/row_count"] > 0
    assert meta["raw/gazetteer"]["dagster/row_count"] > 1000
    raw_rows = query(graph_build.warehouse, "SELECT count(*) FROM raw.documents")[0][0]
    assert raw_rows == meta["raw/documents"]["dagster/row_count"] == 7


def test_publish_is_the_last_step_and_describes_the_warehouse(graph_build: GraphBuild) -> None:
    wh = graph_build.warehouse
    events = graph_build.result.all_events
    kinds = [(e.event_type_value, e.step_key) for e in events]
    published_at = kinds.index(("ASSET_MATERIALIZATION", "published_warehouse"))
    checked = [i for i, (kind, _) in enumerate(kinds) if kind == "ASSET_CHECK_EVALUATION"]
    assert checked and max(checked) < published_at  # every check had its say first
    assert not (wh.parent / (wh.name + ".building")).exists()
    assert not (wh.parent / (wh.name + ".lock")).exists()

    meta = _materializations(graph_build)["published_warehouse"]
    facts, unmapped = query(
        wh,
        "SELECT (SELECT count(*) FROM main.fct_indicator_value), "
        "(SELECT count(*) FROM main.fct_unmapped_quantity)",
    )[0]
    assert (meta["facts"], meta["unmapped_mentions"]) == (facts, unmapped)
    assert meta["unmapped_share"] == round(unmapped / (facts + unmapped), 4)
    assert meta["files"] == "5 ok, 1 duplicate, 2 quarantined"
    assert meta["path"] == str(wh) and meta["started_from"] == "empty"
    assert f"| main.fct_indicator_value | {facts} |" in meta["tables"]
    assert "龙岩市" in meta["facts_per_city_and_year"]
    from orchestration.assets.publish import _SAMPLE_SQL

    first = query(wh, _SAMPLE_SQL + " LIMIT 1")[0]
    sample = meta["sample_facts"].splitlines()
    assert len(sample) == 2 + 15 and sample[0].startswith("| city_zh | year | indicator_code")
    assert sample[2].startswith(f"| {first[0]} | {first[1]} | {first[2]} |")
    assert f"| {first[9]} |" in sample[2]  # raw_text
    for step in ("raw_documents", "raw_facts", "zhibiao_dbt"):
        assert f"| {step} |" in meta["stage_seconds"]


def test_dbt_tables_carry_row_counts(graph_build: GraphBuild) -> None:
    meta = _materializations(graph_build)
    tables = {  # a table, an incremental model, an answers table, a seed
        "dim_city": "main.dim_city",
        "fct_indicator_value": "main.fct_indicator_value",
        "document_text": "main.document_text",
        "intermediate/int_latest_indicator_value": "intermediate.int_latest_indicator_value",
        "lexicon/lexicon_surface_forms": "lexicon.lexicon_surface_forms",
    }
    for key, relation in tables.items():
        rows = query(graph_build.warehouse, f"SELECT count(*) FROM {relation}")[0][0]
        assert rows > 0 and meta[key]["dagster/row_count"] == rows, key
    # views are not counted: that would run their query
    assert "dagster/row_count" not in meta["staging/stg_raw__documents"]
    assert "dagster/row_count" not in meta["latest_indicator_value"]


def test_dbt_results_reach_dagster_while_dbt_runs(graph_build: GraphBuild) -> None:
    """A model's materialisation and a test's result are recorded as dbt reports them, not in
    a burst once dbt has ended: the first staging view's is in the event log before dbt had
    finished its last node (run_results.json, in the build's dbt target folder)."""
    from dagster import DagsterEventType

    from orchestration.paths import resolve_paths

    cache = resolve_paths(graph_build.docs_dir, graph_build.warehouse).cache_dir
    results = json.loads((cache / "dbt-target" / "run_results.json").read_text())["results"]
    finished = max(
        dt.datetime.fromisoformat(t["completed_at"].replace("Z", "+00:00")).timestamp()
        for r in results
        for t in r["timing"]
    )
    with graph_build.instance() as instance:
        records = instance.all_logs(
            graph_build.result.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION
        )
        checks = instance.all_logs(
            graph_build.result.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION
        )

    def when(records: list, key: str) -> float:
        return next(
            r.timestamp
            for r in records
            if r.dagster_event.asset_key is not None
            and r.dagster_event.asset_key.to_user_string() == key
        )

    assert when(records, "staging/stg_raw__documents") < finished
    # the staging view's own tests were recorded while dbt went on too
    assert (
        min(
            r.timestamp
            for r in checks
            if r.dagster_event.event_specific_data.asset_key.to_user_string()
            == "staging/stg_raw__documents"
        )
        < finished
    )


def test_document_stages_report_progress_and_time(graph_build: GraphBuild) -> None:
    from orchestration.progress import parse_progress

    with graph_build.instance() as instance:
        logs = [e.user_message for e in instance.all_logs(graph_build.result.run_id)]
    lines = [p for p in (parse_progress(m or "") for m in logs) if p]
    final = {(p.stage, p.total): p.done for p in lines}
    assert final[("reading", 8)] == 8
    assert final[("extracting", 5)] == 5
    meta = _materializations(graph_build)
    for key in ("raw/documents", "raw/sentences", "raw/facts"):
        assert meta[key]["seconds"] >= 0


def test_materialisations_say_what_an_engineer_looks_for(graph_build: GraphBuild) -> None:
    meta = _materializations(graph_build)
    reasons = meta["raw/source_files"]["quarantine_reasons"]
    empty_reason = query(
        graph_build.warehouse,
        "SELECT reason FROM main.source_files WHERE source_file = ?",
        [EMPTY_FILE],
    )[0][0]
    assert empty_reason in reasons
    facts = meta["raw/facts"]
    n_facts, n_unmapped = (
        query(graph_build.warehouse, f"SELECT count(*) FROM raw.{t}")[0][0]
        for t in ("facts", "unmapped")
    )
    assert facts["unmapped_share"] == round(n_unmapped / (n_facts + n_unmapped), 4)
    assert "龙岩市" in facts["facts_per_city_and_year"]
    assert facts["sample"].startswith("| city | year | indicator_code |")
    assert "龙岩市" in meta["raw/documents"]["documents_per_city"]


def test_the_instance_shows_every_asset_and_check(graph_build: GraphBuild) -> None:
    # What the UI reads: the session's persistent instance, not an ephemeral one.
    from dagster import AssetKey

    from orchestration.definitions import defs

    graph = defs.get_repository_def().asset_graph
    run_id = graph_build.result.run_id
    with graph_build.instance() as instance:
        assert instance.get_run_by_id(run_id).is_success
        for key in graph.get_all_asset_keys():
            latest = instance.get_latest_materialization_event(key)
            assert latest is not None and latest.run_id == run_id, key
        assert instance.get_latest_materialization_event(AssetKey("published_warehouse"))
        records = instance.event_log_storage.get_latest_asset_check_execution_by_key(
            list(graph.asset_check_keys)
        )
        assert set(records) == set(graph.asset_check_keys)
        assert all(r.run_id == run_id for r in records.values())
