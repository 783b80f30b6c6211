"""A build whose inputs did not change leaves the published warehouse as it is; any change
to what decides its contents (a document changed, added or removed, a correction, a dbt model)
rebuilds it, and ``--force`` rebuilds anyway.

Real builds on copies of the session build (its warehouse records the fingerprint of its
inputs in ``meta.build``), with its cache: each rebuild costs mostly dbt and the checks.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import SEED_FILES, GraphBuild, copy_warehouse_dir, query, run_cli

from ingest.store.build_inputs import BUILD_TABLE, build_inputs, published_build

REPO_ROOT = Path(__file__).resolve().parents[1]
UNCHANGED = "nothing changed since the build published at"


@dataclass(frozen=True)
class Copy:
    docs: Path
    warehouse: Path

    def build_id(self) -> str:
        return query(self.warehouse, f"SELECT build_id FROM {BUILD_TABLE}")[0][0]

    def stamp(self) -> tuple[int, str]:
        """The warehouse file's mtime and the id of the build that published it."""
        return self.warehouse.stat().st_mtime_ns, self.build_id()


def _copy(graph_build: GraphBuild, root: Path) -> Copy:
    """The session build's documents and warehouse folder (with its cache), somewhere else."""
    docs = root / "docs"
    shutil.copytree(graph_build.docs_dir, docs, symlinks=True)
    return Copy(docs, copy_warehouse_dir(graph_build.warehouse, root / "wh"))


def _build(copy: Copy, force: bool = False):
    from orchestration.runner import run_build

    return run_build(copy.docs, copy.warehouse, force=force)


def _rebuilt(copy: Copy, before: tuple[int, str], summary) -> None:
    assert summary.up_to_date is None
    assert UNCHANGED not in summary.headline()
    assert summary.headline() == "warehouse built"
    mtime, build_id = copy.stamp()
    assert mtime != before[0] and build_id != before[1]
    assert build_id == summary.run_id  # the record names the run that published it
    assert not copy.warehouse.with_name(copy.warehouse.name + ".building").exists()


def _unchanged_now(copy: Copy) -> None:
    """A build right after: left as it is (the new record matches the new inputs)."""
    before = copy.stamp()
    summary = _build(copy)
    assert summary.up_to_date is not None and copy.stamp() == before


@pytest.fixture
def copy(tmp_path: Path, graph_build: GraphBuild) -> Copy:
    assert graph_build.result.success
    return _copy(graph_build, tmp_path)


def test_the_session_build_recorded_its_inputs(graph_build: GraphBuild) -> None:
    from orchestration.freshness import freshness

    record = published_build(graph_build.warehouse)
    assert record is not None and record.build_id == graph_build.result.run_id
    fresh = freshness(graph_build.docs_dir, graph_build.warehouse)
    assert fresh.unchanged, fresh.changed
    assert record.documents == fresh.inputs.documents == 8


def test_an_unchanged_folder_leaves_the_warehouse_as_it_is(copy: Copy) -> None:
    before = copy.stamp()
    proc = run_cli("build", "--docs", str(copy.docs), "--warehouse", str(copy.warehouse))
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.startswith(f"zhibiao build: {UNCHANGED} ")
    assert first.endswith("; warehouse left as it is")
    assert "documents   5 ok, 1 duplicate, 2 quarantined (8 files), all unchanged" in proc.stdout
    assert f"by dagster run {before[1]}" in proc.stdout
    assert copy.stamp() == before
    proc = run_cli("build", "--docs", str(copy.docs), "--warehouse", str(copy.warehouse), "--json")
    data = json.loads(proc.stdout)
    assert data["ok"] is True and data["up_to_date"] is True
    assert data["published_by_run_id"] == before[1] and data["documents_processed"] == 0
    assert copy.stamp() == before
    # touching a file (same bytes) is no change either
    os.utime(copy.docs / SEED_FILES[0])
    assert _build(copy).up_to_date is not None and copy.stamp() == before


def test_force_rebuilds_all_the_same(copy: Copy) -> None:
    before = copy.stamp()
    summary = _build(copy, force=True)
    _rebuilt(copy, before, summary)
    assert (summary.documents_processed, summary.documents_from_cache) == (0, 5)


@pytest.mark.parametrize("change", ["changed", "added", "removed"])
def test_a_document_changed_added_or_removed_changes_the_documents_input(
    copy: Copy, change: str
) -> None:
    """What decides the rebuild, without building: the documents' part of the fingerprint, and
    nothing else. (The rebuilds themselves, what they process and publish: the chain of builds
    in tests/test_incremental_build.py.)"""
    from orchestration.freshness import freshness

    if change == "changed":
        path = copy.docs / SEED_FILES[2]
        path.write_text(path.read_text("utf-8") + "\n另,全市新增省级众创空间3家。\n", "utf-8")
    elif change == "added":
        text = (copy.docs / SEED_FILES[1]).read_text("utf-8")
        (copy.docs / "new").mkdir()
        (copy.docs / "new" / "added.txt").write_text(text + "\n另,新增众创空间3家。\n", "utf-8")
    else:
        (copy.docs / SEED_FILES[3]).unlink()
    fresh = freshness(copy.docs, copy.warehouse)
    assert not fresh.unchanged and fresh.changed == ["documents"]
    assert fresh.explain().endswith(": documents")


def _dbt_project(root: Path) -> Path:
    """A copy of the repository's dbt project (its manifest too: no new parse needed)."""
    return Path(
        shutil.copytree(
            REPO_ROOT / "dbt_project", root / "dbt_project", ignore=shutil.ignore_patterns("logs")
        )
    )


def _cli_build(copy: Copy, project: Path):
    return run_cli(
        "build",
        "--docs",
        str(copy.docs),
        "--warehouse",
        str(copy.warehouse),
        "--json",
        env={"ZHIBIAO_DBT_PROJECT_DIR": str(project)},
    )


def test_a_changed_correction_file_rebuilds(copy: Copy, tmp_path: Path) -> None:
    project = _dbt_project(tmp_path)
    before = copy.stamp()
    # the same project somewhere else is no change
    proc = _cli_build(copy, project)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["up_to_date"] is True and copy.stamp() == before

    (fact,) = query(
        copy.warehouse, "SELECT fact_id FROM main.fct_indicator_value ORDER BY fact_id LIMIT 1"
    )[0]
    path = project / "corrections" / "fact_corrections.csv"
    with path.open(encoding="utf-8", newline="") as f:
        columns = next(csv.reader(f))
    with path.open("a", encoding="utf-8", newline="") as f:
        row = {"action": "reject", "fact_id": fact, "corrected_by": "测试",
               "corrected_on": "2026-12-01", "reason": "rejected by a test"}  # fmt: skip
        csv.DictWriter(f, columns, lineterminator="\n").writerow(row)
    # a document added beside it: the correction still makes the build a whole one
    text = (copy.docs / SEED_FILES[1]).read_text("utf-8")
    (copy.docs / "added.txt").write_text(text + "\n另,新增孵化器2家。\n", "utf-8")
    proc = _cli_build(copy, project)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["up_to_date"] is False and data["documents_processed"] == 1
    mtime, build_id = copy.stamp()
    assert mtime != before[0] and build_id == data["dagster_run_id"] != before[1]
    sql = "SELECT count(*) FROM main.fct_indicator_value WHERE fact_id = ?"
    assert query(copy.warehouse, sql, [fact]) == [(0,)]
    assert query(copy.warehouse, "SELECT count(*) FROM main.fct_fact_correction") == [(1,)]
    # a cold build from an empty staging file, every node a build runs: the seeds, not dbt's
    # unit tests (they test the SQL on fixtures, in the suite's own dbt build)
    cache = copy.warehouse.parent / ".zhibiao-cache" / copy.warehouse.stem
    log = (cache / "last-build.log").read_text("utf-8")
    assert "START seed file" in log and "START sql table model main.dim_city" in log
    assert "unit_test" not in log


def test_a_changed_dbt_model_rebuilds(copy: Copy, tmp_path: Path) -> None:
    project = _dbt_project(tmp_path)
    before = copy.stamp()
    model = project / "models" / "marts" / "dim_indicator.sql"
    model.write_text("/* edited by a test */\n" + model.read_text("utf-8"), "utf-8")
    proc = _cli_build(copy, project)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["up_to_date"] is False and data["documents_processed"] == 0
    mtime, build_id = copy.stamp()
    assert mtime != before[0] and build_id == data["dagster_run_id"] != before[1]


# -- the fingerprint on its own (no build) --------------------------------------------------------


def test_the_fingerprint_follows_every_documents_content_not_its_mtime(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text("甲", "utf-8")
    (docs / "sub" / "b.txt").write_text("乙", "utf-8")
    (docs / ".cache").mkdir()
    (docs / ".cache" / "state").write_text("never read", "utf-8")  # a tool's hidden folder
    (docs / ".hidden.txt").write_text("戊", "utf-8")  # a hidden file is a document
    project = _dbt_project(tmp_path)

    def fingerprint() -> str:
        return build_inputs(docs, project).fingerprint

    seen = [fingerprint()]
    os.utime(docs / "a.txt", (1, 1))
    (docs / ".cache" / "state").write_text("still never read", "utf-8")
    assert fingerprint() == seen[0]  # same bytes: same inputs
    for change in (
        lambda: (docs / ".hidden.txt").write_text("己", "utf-8"),  # a hidden file changed
        lambda: (docs / "a.txt").write_text("丙", "utf-8"),  # changed
        lambda: (docs / "c.txt").write_text("丁", "utf-8"),  # added
        lambda: (docs / "sub" / "b.txt").unlink(),  # removed
        lambda: (docs / "c.txt").rename(docs / "d.txt"),  # renamed
        lambda: os.symlink(docs / "a.txt", docs / "link.txt"),  # a link
        lambda: (project / "corrections" / "fact_corrections.csv").write_text("x\n", "utf-8"),
        lambda: (project / "macros" / "units.sql").write_text("-- x\n", "utf-8"),
        lambda: (project / "dbt_project.yml").write_text("name: x\n", "utf-8"),
    ):
        change()
        seen.append(fingerprint())
        assert seen[-1] not in seen[:-1]
    (project / "target" / "manifest.json").write_text("{}", "utf-8")  # generated: not an input
    (project / "logs").mkdir(exist_ok=True)
    (project / "logs" / "dbt.log").write_text("x", "utf-8")
    assert fingerprint() == seen[-1]
