"""`zhibiao build` and `zhibiao report` as a user runs them: a subprocess, exit codes, messages.

On a terminal (a pseudo-terminal here) the build shows live progress and ends with a summary
table; in a pipe it prints only the summary, or one line of error; `--json` and `--quiet` are
for scripts. Bad paths are refused before any work, with a one-line message and a hint.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import (
    BINARY_FILE,
    EMPTY_FILE,
    REPO_ROOT,
    ZHIBIAO,
    GraphBuild,
    copy_warehouse_dir,
    query,
    run_cli,
)

pytestmark = pytest.mark.usefixtures("zhibiao_env")

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def _one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr  # one line, nothing else: no progress outside a terminal
    return lines[0]


def run_in_terminal(*args: str, env: dict[str, str], timeout: float = 600) -> tuple[int, str]:
    """Run zhibiao with stdout and stderr on a pseudo-terminal; returns (exit code, output)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [str(ZHIBIAO), *args], stdout=slave, stderr=slave, env=env, cwd=REPO_ROOT
    )
    os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_build_in_a_terminal(tmp_path: Path, graph_build: GraphBuild) -> None:
    # The session build's cache, less its extraction: the documents are extracted again.
    warehouse = copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")
    for step in (warehouse.parent / ".zhibiao-cache").glob("*/v*/facts"):
        shutil.rmtree(step)
    warehouse.unlink()
    env_warehouse = tmp_path / "from-env" / "never.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    env.update(
        ZHIBIAO_DOCS_DIR=str(graph_build.docs_dir),
        ZHIBIAO_WAREHOUSE=str(env_warehouse),
        COLUMNS="160",
    )
    code, output = run_in_terminal("build", "--warehouse", str(warehouse), env=env)
    assert code == 0, output
    frames = [ANSI.sub("", f) for f in re.split(r"[\r\n]", output)]
    # live progress: the stage, documents done of total, the pace, the time since the start
    assert any(re.search(r"^[|/\\-] reading\s+8/8 files", f) for f in frames), output
    assert any(re.search(r"extracting\s+5/5 documents\s+[\d.]+ docs/s", f) for f in frames)
    assert any(re.search(r"dbt build\s+\[\d+s\]", f) for f in frames)
    assert "  raw/facts: " in output and "  published " in output
    # the summary table
    text = "\n".join(frames)
    assert "documents   5 ok, 1 duplicate, 2 quarantined (8 files)" in text
    assert re.search(r"facts\s+[1-9][\d,]* \([\d,]+ unmapped mentions, \d+% of all figures\)", text)
    assert re.search(r"checks\s+\d+ passed, 0 failed", text)
    for stage in ("reading", "extracting", "dbt build", "checks", "publishing", "total"):
        assert re.search(rf"^  {stage}\s+[\d.]+ s$", text, re.M), stage
    assert str(warehouse) in text
    assert warehouse.exists() and not env_warehouse.exists()  # the flag wins over the variable
    assert not (warehouse.parent / (warehouse.name + ".building")).exists()
    assert query(warehouse, "SELECT count(*) FROM main.dim_document WHERE status = 'ok'") == [(5,)]

    # The build is in the instance `dagster dev` shows, with its materialisations.
    from dagster import AssetKey

    from orchestration.instance import open_instance

    run_id = re.search(r"dagster run ([0-9a-f-]{36})", text)[1]
    with open_instance() as instance:
        run = instance.get_run_by_id(run_id)
        assert run.is_success and run.tags["zhibiao/launched_by"] == "zhibiao build"
        latest = instance.get_latest_materialization_event(AssetKey("published_warehouse"))
        assert latest.run_id == run_id
        assert latest.asset_materialization.metadata["path"].value == str(warehouse)

    report = tmp_path / "out" / "report.html"
    proc = run_cli("report", "--warehouse", str(warehouse), "--out", str(report))
    assert proc.returncode == 0, proc.stderr
    html = report.read_text(encoding="utf-8")
    assert EMPTY_FILE in html and BINARY_FILE in html
    assert not re.search(r"(src|href)=\"?https?:", html)  # self-contained


def test_build_missing_folder(tmp_path: Path) -> None:
    proc = run_cli(
        "build",
        "--docs",
        str(tmp_path / "nope"),
        "--warehouse",
        str(tmp_path / "w.duckdb"),
        "--quiet",
    )
    assert proc.returncode == 2
    assert "documents folder not found" in _one_line_error(proc.stderr)
    assert proc.stdout == ""
    assert not (tmp_path / "w.duckdb").exists()


def test_build_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    proc = run_cli(
        "build", "--docs", str(tmp_path / "docs"), "--warehouse", str(tmp_path / "w.duckdb")
    )
    assert proc.returncode == 2
    assert "documents folder is empty" in _one_line_error(proc.stderr)


def test_build_folder_without_a_readable_report(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / EMPTY_FILE).write_bytes(b"")
    (docs / "sub" / "also-empty.txt").write_bytes(b"")
    (docs / ".hidden.txt").write_text("2021年全市新增高新技术企业12家。", encoding="utf-8")
    proc = run_cli("build", "--docs", str(docs), "--warehouse", str(tmp_path / "w.duckdb"))
    assert proc.returncode == 2
    line = _one_line_error(proc.stderr)
    assert f"no readable report in {docs}: its 3 files are all empty, hidden or unreadable" in line
    assert "give --docs a folder of reports" in line
    assert not list(tmp_path.glob("w.duckdb*"))


def test_build_folder_with_only_junk(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / EMPTY_FILE).write_bytes(b"")
    (docs / BINARY_FILE).parent.mkdir(parents=True)
    (docs / BINARY_FILE).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    warehouse = tmp_path / "w.duckdb"
    proc = run_cli("build", "--docs", str(docs), "--warehouse", str(warehouse), "--json")
    assert proc.returncode == 1
    line = _one_line_error(proc.stderr)
    assert "no usable document among 2 files" in line and "warehouse was not changed" in line
    assert BINARY_FILE in line  # the reasons, file by file
    result = json.loads(proc.stdout)
    assert result["ok"] is False and result["exit_code"] == 1
    assert result["error"].startswith("no usable document among 2 files")
    assert not warehouse.exists()
    assert not list(tmp_path.glob("w.duckdb*"))


def test_report_without_warehouse(tmp_path: Path) -> None:
    proc = run_cli(
        "report", "--warehouse", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "r.html")
    )
    assert proc.returncode == 2
    assert "warehouse not found" in _one_line_error(proc.stderr)


def test_build_refuses_a_warehouse_path_it_cannot_write(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "r.txt").write_text("2021年全市新增高新技术企业12家。", encoding="utf-8")
    folder = tmp_path / "already-a-folder"
    folder.mkdir()
    proc = run_cli("build", "--docs", str(docs), "--warehouse", str(folder))
    assert proc.returncode == 2
    line = _one_line_error(proc.stderr)
    assert "the warehouse path is a folder" in line and "zhibiao.duckdb" in line
    # a path under a file cannot be created: refused before any work, with a hint
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    proc = run_cli("build", "--docs", str(docs), "--warehouse", str(blocker / "w.duckdb"))
    assert proc.returncode == 2
    assert "cannot write the warehouse into" in _one_line_error(proc.stderr)
    # /proc is a read-only location
    proc = run_cli("build", "--docs", str(docs), "--warehouse", "/proc/zhibiao.duckdb")
    assert proc.returncode == 2
    assert "cannot write the warehouse into /proc" in _one_line_error(proc.stderr)


HOLD_LOCK = """
import sys
from pathlib import Path
from ingest.store.publish import StagedWarehouse
with StagedWarehouse(Path(sys.argv[1]), holder="zhibiao build") as staged:
    print("building", flush=True)
    sys.stdin.readline()
"""


def test_build_refuses_a_warehouse_another_build_is_writing(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "r.txt").write_text("2021年全市新增高新技术企业12家。", encoding="utf-8")
    warehouse = tmp_path / "wh" / "zhibiao.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(warehouse)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "building"
        started = time.monotonic()
        proc = run_cli("build", "--docs", str(docs), "--warehouse", str(warehouse), "--json")
        assert time.monotonic() - started < 60  # refused, not waiting
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2
    line = _one_line_error(proc.stderr)
    assert f"another build is writing {warehouse} (pid {holder.pid}, zhibiao build, since" in line
    assert "wait for it to finish, or give --warehouse another file" in line
    assert json.loads(proc.stdout)["exit_code"] == 2
    assert not warehouse.exists()
