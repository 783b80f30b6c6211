"""`zhibiao build` and `zhibiao report` as a user runs them: a subprocess, exit codes, messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import BINARY_FILE, EMPTY_FILE, GraphBuild, copy_warehouse_dir, query, run_cli

pytestmark = pytest.mark.usefixtures("zhibiao_env")


def _one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    return stderr.strip().splitlines()[-1]


def test_build_good_folder(tmp_path: Path, graph_build: GraphBuild) -> None:
    # Reuse the session build's cache (documents come from cache); dbt and the checks run for real.
    warehouse = copy_warehouse_dir(graph_build.warehouse, tmp_path / "wh")
    warehouse.unlink()
    env_warehouse = tmp_path / "from-env" / "never.duckdb"
    proc = run_cli(
        "build",
        "--warehouse",
        str(warehouse),  # the flag wins over ZHIBIAO_WAREHOUSE
        env={
            "ZHIBIAO_DOCS_DIR": str(graph_build.docs_dir),
            "ZHIBIAO_WAREHOUSE": str(env_warehouse),
        },
    )
    assert proc.returncode == 0, proc.stderr
    assert "documents   5 ok, 1 duplicate, 2 quarantined (8 files)" in proc.stdout
    assert re.search(r"facts\s+[1-9][\d,]* \([\d,]+ unmapped mentions\)", proc.stdout)
    assert re.search(r"checks\s+\d+ passed, 0 failed", proc.stdout)
    assert str(warehouse) in proc.stdout
    # progress lines on stderr, one per stage
    for stage in ("raw/documents:", "raw/facts:", "dbt build:", "check fct_indicator_value"):
        assert stage in proc.stderr
    assert warehouse.exists() and not env_warehouse.exists()
    assert not (warehouse.parent / (warehouse.name + ".building")).exists()
    assert query(warehouse, "SELECT count(*) FROM main.dim_document WHERE status = 'ok'") == [(5,)]

    report = tmp_path / "out" / "report.html"
    proc = run_cli("report", "--warehouse", str(warehouse), "--out", str(report))
    assert proc.returncode == 0, proc.stderr
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") >= 2
    assert "Targets vs actuals" in html and EMPTY_FILE in html and BINARY_FILE in html
    # self-contained: nothing fetched from anywhere
    assert not re.search(r"<(script|link|img)\b", html)
    assert not re.search(r"(src|href)=\"?https?:", html)


def test_build_missing_folder(tmp_path: Path) -> None:
    proc = run_cli(
        "build", "--docs", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")
    )
    assert proc.returncode == 2
    assert "documents folder not found" in _one_line_error(proc.stderr)
    assert not (tmp_path / "w.duckdb").exists()


def test_build_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    proc = run_cli(
        "build", "--docs", str(tmp_path / "docs"), "--warehouse", str(tmp_path / "w.duckdb")
    )
    assert proc.returncode == 2
    assert "documents folder is empty" in _one_line_error(proc.stderr)


def test_build_folder_with_only_junk(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / EMPTY_FILE).write_bytes(b"")
    (docs / BINARY_FILE).parent.mkdir(parents=True)
    (docs / BINARY_FILE).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    warehouse = tmp_path / "w.duckdb"
    proc = run_cli("build", "--docs", str(docs), "--warehouse", str(warehouse), "--quiet")
    assert proc.returncode == 1
    line = _one_line_error(proc.stderr)
    assert "no usable document among 2 files" in line and "warehouse was not changed" in line
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
    assert "raw/documents" not in proc.stderr  # no stage ran
