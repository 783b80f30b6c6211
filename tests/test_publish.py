"""Publishing is atomic on every path: readers keep the old warehouse, failed, killed or
concurrent runs change nothing.

The primitives (ingest.store.publish) first, then whole runs started the way the Dagster UI, the
sensor and the schedule start them: the definitions' build job executed in-process against the
shared instance (which is what a run worker does), with a reader holding the warehouse, a failing
blocking check, a kill, a second run. The CLI's own refusals are in test_cli.py.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
from conftest import (
    SEED_FILES,
    GraphBuild,
    copy_docs,
    copy_warehouse_dir,
    query,
    run_cli,
)

from ingest.store.publish import (
    StagedWarehouse,
    WarehouseBusy,
    lock_holder,
    lock_path,
    publish,
    staging_path,
    stale_staging_files,
)

pytestmark = pytest.mark.usefixtures("zhibiao_env")


def _make_db(path: Path, value: int) -> None:
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE OR REPLACE TABLE t AS SELECT ? AS v", [value])
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the publishing primitives ------------------------------------------------------------------


def test_staging_file_keeps_catalog_name(tmp_path: Path) -> None:
    # DuckDB and dbt-duckdb name the catalog after the file name's first dot-part: the build
    # sees the catalog name readers of the published file will see.
    target = tmp_path / "zhibiao.duckdb"
    assert staging_path(target).name.split(".")[0] == target.name.split(".")[0]


def test_commit_replaces_and_abort_keeps(tmp_path: Path) -> None:
    target = tmp_path / "wh.duckdb"
    _make_db(target, 1)
    with StagedWarehouse(target) as staged:
        _make_db(staged.path, 2)
        staged.commit()
    assert query(target, "SELECT v FROM t") == [(2,)]
    assert not staged.path.exists()

    with pytest.raises(RuntimeError), StagedWarehouse(target) as staged:
        _make_db(staged.path, 3)
        raise RuntimeError("build failed")
    assert query(target, "SELECT v FROM t") == [(2,)]
    assert not staged.path.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wh.duckdb"]  # no lock, no staging


def test_publish_refuses_another_directory(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    _make_db(tmp_path / "a" / "x.duckdb", 1)
    with pytest.raises(ValueError, match="atomic"):
        publish(tmp_path / "a" / "x.duckdb", tmp_path / "wh.duckdb")


HOLD_LOCK = """
import sys
from pathlib import Path
from ingest.store.publish import StagedWarehouse
with StagedWarehouse(Path(sys.argv[1]), holder="zhibiao build") as staged:
    Path(staged.path).write_bytes(b"half-built")
    print("building", flush=True)
    sys.stdin.readline()
"""


def _hold_lock(target: Path) -> subprocess.Popen:
    """Another process building ``target`` until its stdin gets a line (or it is killed)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert holder.stdout.readline().strip() == "building"
    return holder


def _release(holder: subprocess.Popen) -> None:
    """Let the holding process finish its build (it drops its staging file and the lock)."""
    holder.stdin.write("\n")
    holder.stdin.flush()


def test_one_build_per_warehouse_and_leftovers_are_cleaned(tmp_path: Path) -> None:
    target = tmp_path / "wh.duckdb"
    holder = _hold_lock(target)
    try:
        assert stale_staging_files(target) == []  # live: its builder holds the lock
        who = lock_holder(target)
        assert who.startswith(f"pid {holder.pid}, zhibiao build, since ")
        with pytest.raises(WarehouseBusy, match=f"pid {holder.pid}"), StagedWarehouse(target):
            pass
        assert staging_path(target).exists()  # the refused build did not touch it
    finally:
        holder.kill()  # dies mid-build, like kill -9
        holder.wait()
    assert stale_staging_files(target) == [staging_path(target)]
    assert lock_holder(target) is None
    with StagedWarehouse(target) as staged:
        assert staged.cleaned == [staging_path(target)]
        assert not staged.path.exists()
    assert not lock_path(target).exists()


def test_staging_can_start_as_a_copy_and_a_build_can_wait(tmp_path: Path) -> None:
    target = tmp_path / "wh.duckdb"
    with StagedWarehouse(target, start_from="copy") as staged:
        assert not staged.copied and not staged.path.exists()  # nothing published yet
        _make_db(staged.path, 1)
        staged.commit()
    with StagedWarehouse(target, start_from="copy") as staged:
        assert staged.copied and query(staged.path, "SELECT v FROM t") == [(1,)]
    holder = _hold_lock(target)
    released = threading.Timer(1.0, _release, [holder])
    released.start()
    waited = time.monotonic()
    try:
        with StagedWarehouse(target, wait_seconds=60) as staged:
            waited = time.monotonic() - waited
            assert staged.cleaned == []  # the other build finished and removed its own file
    finally:
        released.cancel()
        holder.kill()
        holder.wait()
    assert 0.5 < waited < 30


# -- whole runs, started the way the UI, the sensor and the schedule start them ----------------

QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
GAZETTEER = ["raw", "gazetteer"]  # a cheap asset to rebuild: the cache has it
PUBLISHED = ["published_warehouse"]


def _ok_documents(warehouse: Path) -> int:
    return query(warehouse, "SELECT count(*) FROM main.dim_document WHERE status = 'ok'")[0][0]


def _definitions(docs: Path, warehouse: Path, lock_wait: float = 0.0, checks: tuple = ()):
    """The definitions `dagster dev` loads, pointed at ``docs`` and ``warehouse`` (plus
    ``checks`` planted by a test)."""
    from dagster import Definitions, in_process_executor

    from orchestration import definitions as d
    from orchestration.resources import make_resources, resolve_paths

    return Definitions(
        assets=d.ASSETS,
        asset_checks=[*d.ASSET_CHECKS, *checks],
        jobs=[d.build_job],
        resources=make_resources(resolve_paths(docs, warehouse), lock_wait),
        executor=in_process_executor,
    )


def _ui_run(defs, selection: list[list[str]] | None = None):
    """Execute the build job (or a selection of its assets) in-process against the session's
    instance, as the run worker of a UI, sensor or schedule run does."""
    from dagster import AssetKey

    from orchestration.instance import open_instance

    job = defs.resolve_job_def("build")
    with open_instance() as instance:
        return job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            run_config=QUIET,
            asset_selection=[AssetKey(k) for k in selection] if selection else None,
        )


def _failures(result) -> str:
    """Every failure message of a run, innermost errors included."""
    texts = []
    for event in result.all_events:
        if not event.is_failure and event.event_type_value not in (
            "RESOURCE_INIT_FAILURE",
            "RUN_FAILURE",
        ):
            continue
        texts.append(event.message or "")
        data = event.event_specific_data
        error = getattr(data, "error", None)
        while error is not None:
            texts.append(error.message)
            error = error.cause
        user = getattr(data, "user_failure_data", None)
        if user is not None and user.description:
            texts.append(user.description)
    return "\n".join(texts)


def _logs(result) -> list[str]:
    from orchestration.instance import open_instance

    with open_instance() as instance:
        return [e.user_message for e in instance.all_logs(result.run_id)]


@pytest.fixture
def published(tmp_path: Path, graph_build: GraphBuild) -> Path:
    """A published warehouse of the awkward folder, with its cache, for one test to change."""
    return copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
q = "SELECT count(*) FROM main.dim_document WHERE status = 'ok'"
print(con.execute(q).fetchall()[0][0], flush=True)
sys.stdin.readline()  # hold the connection until the test says so
print(con.execute(q).fetchall()[0][0], flush=True)
"""


def test_reader_keeps_old_warehouse_during_a_ui_run(tmp_path: Path, published: Path) -> None:
    old = _ok_documents(published)
    docs = copy_docs(tmp_path / "docs", SEED_FILES[:2])
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(published)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert int(reader.stdout.readline()) == old
        result = _ui_run(_definitions(docs, published))  # must not need the reader's file
        assert result.success, _failures(result)
        out, _ = reader.communicate("\n", timeout=60)
        assert int(out.strip()) == old, "a reader must keep seeing the warehouse it opened"
    finally:
        reader.kill()
        reader.wait()
    assert _ok_documents(published) == 2
    assert not staging_path(published).exists() and not lock_path(published).exists()
    mat = result.asset_materializations_for_node("published_warehouse")[0]
    # a whole run whose only change is the documents starts from a copy of the published
    # warehouse and rebuilds their rows (test_incremental_build.py); readers are not disturbed
    assert mat.metadata["started_from"].value == "copy of the published warehouse"
    assert mat.metadata["files"].value == "2 ok, 0 duplicate, 0 quarantined"


def _planted_blocking_check():
    from dagster import AssetCheckResult, AssetCheckSeverity, AssetKey, asset_check

    # (no annotations: this module's are strings, and Dagster resolves them)
    @asset_check(asset=AssetKey(GAZETTEER), blocking=True, name="planted_failure")
    def planted_failure():
        return AssetCheckResult(
            passed=False, severity=AssetCheckSeverity.ERROR, description="planted by the test"
        )

    return planted_failure


def test_failing_blocking_check_leaves_old_warehouse(published: Path, graph_build) -> None:
    before = _digest(published)
    defs = _definitions(graph_build.docs_dir, published, checks=(_planted_blocking_check(),))
    result = _ui_run(defs, [GAZETTEER, PUBLISHED])
    assert not result.success
    evaluations = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert evaluations == {"planted_failure": False}
    assert "blocking asset check" in _failures(result)
    assert not result.asset_materializations_for_node("published_warehouse")
    assert _digest(published) == before
    assert not staging_path(published).exists() and not lock_path(published).exists()
    assert any("was not changed by this run" in m for m in _logs(result))


def test_a_run_that_could_not_publish_is_refused(published: Path, graph_build) -> None:
    before = _digest(published)
    result = _ui_run(_definitions(graph_build.docs_dir, published), [GAZETTEER])
    assert not result.success
    failures = _failures(result)
    assert "would rebuild raw/gazetteer without publishing it" in failures
    assert "Select `published_warehouse` too" in failures
    assert _digest(published) == before and not staging_path(published).exists()


KILLABLE_RUN = """
import sys
from orchestration.definitions import build_definitions
from orchestration.instance import open_instance
from orchestration.resources import resolve_paths
job = build_definitions(resolve_paths(sys.argv[1], sys.argv[2])).resolve_job_def("build")
with open_instance() as instance:
    job.execute_in_process(instance=instance, raise_on_error=False)
"""


def test_killed_ui_run_leaves_old_warehouse(published: Path, graph_build: GraphBuild) -> None:
    # a cold cache: a slower run, easier to hit in the middle
    shutil.rmtree(published.parent / ".zhibiao-cache" / published.stem)
    before = _digest(published)
    old_facts = query(published, "SELECT count(*) FROM main.fct_indicator_value")[0][0]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    run = subprocess.Popen(
        [sys.executable, "-c", KILLABLE_RUN, str(graph_build.docs_dir), str(published)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        start_new_session=True,  # its own process group: the kill takes dbt children too
    )
    staging = staging_path(published)
    try:
        deadline = time.monotonic() + 300
        while not staging.exists() and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert staging.exists(), "the run never started writing its staging file"
        time.sleep(1.0)  # well inside the run: places or documents are being written
        assert run.poll() is None
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()

    assert _digest(published) == before
    assert _ok_documents(published) == 5  # still opens and answers
    assert stale_staging_files(published) == [staging]
    # The next run removes what the killed one left, starts from a copy of the published
    # warehouse (it rebuilds one table) and publishes: the tables it did not touch stay.
    result = _ui_run(_definitions(graph_build.docs_dir, published), [GAZETTEER, PUBLISHED])
    assert result.success, _failures(result)
    assert any(f"killed build left: {staging}" in m for m in _logs(result))
    mat = result.asset_materializations_for_node("published_warehouse")[0]
    assert mat.metadata["started_from"].value == "copy of the published warehouse"
    assert query(published, "SELECT count(*) FROM main.fct_indicator_value")[0][0] == old_facts
    assert not staging.exists()


def test_a_second_run_stops_with_a_message_or_waits(published: Path, graph_build) -> None:
    before = _digest(published)
    holder = _hold_lock(published)
    try:
        result = _ui_run(_definitions(graph_build.docs_dir, published), [GAZETTEER, PUBLISHED])
        assert not result.success
        failures = _failures(result)
        assert f"another build is writing {published} (pid {holder.pid}, zhibiao build" in failures
        assert "this run changed nothing" in failures
        assert _digest(published) == before
        assert staging_path(published).read_bytes() == b"half-built"  # the holder's, untouched

        # A run allowed to wait starts when the other build is done.
        threading.Timer(1.5, _release, [holder]).start()
        waiting = _definitions(graph_build.docs_dir, published, lock_wait=120)
        started = time.monotonic()
        result = _ui_run(waiting, [GAZETTEER, PUBLISHED])
        assert result.success, _failures(result)
        assert time.monotonic() - started > 1.0
        assert _digest(published) != before  # published by the second run
    finally:
        holder.kill()
        holder.wait()


def test_runs_of_the_instance_queue_one_at_a_time(tmp_path: Path) -> None:
    # dagster dev reads the repository's dagster.yaml: a second run (the sensor firing while a
    # UI run builds) waits in the queue instead of starting beside the first.
    from dagster import DagsterInstance
    from dagster._core.instance.ref import InstanceRef

    repo = Path(__file__).resolve().parents[1]
    ref = InstanceRef.from_dir(str(tmp_path), config_dir=str(repo))
    with DagsterInstance.from_ref(ref) as instance:
        queue = instance.run_coordinator.get_run_queue_config()
        assert queue.max_concurrent_runs == 1
        assert not instance.nux_enabled  # no first-visit pop-up in the UI
        assert instance.telemetry_enabled is False


# -- the CLI path --------------------------------------------------------------------------------


def _broken_dbt_project(dst: Path) -> Path:
    """The dbt project with its first staging model broken: dbt fails early, and everything
    built on that model is skipped (so the failing build is quick)."""
    src = Path(__file__).resolve().parents[1] / "dbt_project"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("logs", "dbt_packages"))
    model = dst / "models" / "staging" / "stg_raw__documents.sql"
    model.write_text("-- broken by test_publish\nselect * from raw.no_such_table\n")
    return dst


def test_failed_cli_build_leaves_old_warehouse(tmp_path: Path, published: Path) -> None:
    before = _digest(published)
    project = _broken_dbt_project(tmp_path / "dbt_project")
    proc = run_cli(
        "build",
        "--docs",
        str(copy_docs(tmp_path / "docs", SEED_FILES[:1])),
        "--warehouse",
        str(published),
        env={"ZHIBIAO_DBT_PROJECT_DIR": str(project)},
    )
    assert proc.returncode == 1, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert "dbt build failed" in last and "stg_raw__documents" in last, last
    assert "the warehouse was not changed" in last
    assert "Traceback" not in proc.stderr
    assert _digest(published) == before
    assert not staging_path(published).exists()
