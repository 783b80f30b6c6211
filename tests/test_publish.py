"""Publishing is atomic: readers keep the old warehouse, failed or killed builds change nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import (
    SEED_FILES,
    ZHIBIAO,
    GraphBuild,
    copy_docs,
    copy_warehouse_dir,
    query,
    run_cli,
)

from ingest.store.publish import (
    StagedWarehouse,
    WarehouseBusy,
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
with StagedWarehouse(Path(sys.argv[1])) as staged:
    Path(staged.path).write_bytes(b"half-built")
    print("building", flush=True)
    sys.stdin.readline()
"""


def test_one_build_per_warehouse_and_leftovers_are_cleaned(tmp_path: Path) -> None:
    target = tmp_path / "wh.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert holder.stdout.readline().strip() == "building"
        assert stale_staging_files(target) == []  # live: its builder holds the lock
        with pytest.raises(WarehouseBusy), StagedWarehouse(target):
            pass
        assert staging_path(target).exists()  # the refused build did not touch it
    finally:
        holder.kill()  # dies mid-build, like kill -9
        holder.wait()
    assert stale_staging_files(target) == [staging_path(target)]
    with StagedWarehouse(target) as staged:
        assert staged.cleaned == [staging_path(target)]
        assert not staged.path.exists()


# -- whole builds -------------------------------------------------------------------------------


def _ok_documents(warehouse: Path) -> int:
    return query(warehouse, "SELECT count(*) FROM main.dim_document WHERE status = 'ok'")[0][0]


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
q = "SELECT count(*) FROM main.dim_document WHERE status = 'ok'"
print(con.execute(q).fetchone()[0], flush=True)
sys.stdin.readline()  # hold the connection until the test says so
print(con.execute(q).fetchone()[0], flush=True)
"""


def test_reader_keeps_old_warehouse_during_build(tmp_path: Path, graph_build: GraphBuild) -> None:
    from orchestration.runner import run_build

    warehouse = copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")
    old = _ok_documents(warehouse)
    docs = copy_docs(tmp_path / "docs", SEED_FILES[:2])

    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(warehouse)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert int(reader.stdout.readline()) == old
        summary = run_build(docs, warehouse)  # must not need the reader's file
        assert summary.files["ok"] == 2
        out, _ = reader.communicate("\n", timeout=60)
        assert int(out.strip()) == old, "a reader must keep seeing the warehouse it opened"
    finally:
        reader.kill()
        reader.wait()
    assert _ok_documents(warehouse) == 2
    assert not stale_staging_files(warehouse)
    assert not staging_path(warehouse).exists()


def _broken_dbt_project(dst: Path) -> Path:
    src = Path(__file__).resolve().parents[1] / "dbt_project"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages"))
    (dst / "tests").mkdir(exist_ok=True)
    (dst / "tests" / "zz_always_fails.sql").write_text(
        "-- injected by test_publish: one failing row makes `dbt build` fail\nselect 1 as failure\n"
    )
    return dst


def test_failed_build_leaves_old_warehouse(tmp_path: Path, graph_build: GraphBuild) -> None:
    warehouse = copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")
    before = _digest(warehouse)
    project = _broken_dbt_project(tmp_path / "dbt_project")
    proc = run_cli(
        "build",
        "--docs",
        str(graph_build.docs_dir),
        "--warehouse",
        str(warehouse),
        env={"ZHIBIAO_DBT_PROJECT_DIR": str(project)},
    )
    assert proc.returncode == 1, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert "dbt build failed" in last and "zz_always_fails" in last
    assert "Traceback" not in proc.stderr
    assert _digest(warehouse) == before
    assert not staging_path(warehouse).exists()


def test_killed_build_leaves_old_warehouse(tmp_path: Path, graph_build: GraphBuild) -> None:
    warehouse = copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")
    # a cold build: slower, easier to hit in the middle
    shutil.rmtree(warehouse.parent / ".zhibiao-cache" / warehouse.stem)
    before = _digest(warehouse)
    old = _ok_documents(warehouse)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    proc = subprocess.Popen(
        [str(ZHIBIAO), "build", "--docs", str(graph_build.docs_dir), "--warehouse", str(warehouse)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # its own process group: the kill takes dbt children too
    )
    staging = staging_path(warehouse)
    try:
        deadline = time.monotonic() + 300
        while not staging.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert staging.exists(), "the build never started writing its staging file"
        time.sleep(1.0)  # well inside the build: ingest or dbt is writing
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    assert _digest(warehouse) == before
    assert _ok_documents(warehouse) == old  # still opens and answers
    assert staging in stale_staging_files(warehouse)
    # The next build starts by removing what the killed one left.
    with StagedWarehouse(warehouse) as staged:
        assert staging in staged.cleaned
    assert not staging.exists()
