"""The dbt project, and getting its manifest ready before any definitions import.

``@dbt_assets`` reads ``target/zhibiao/manifest.json`` when its module is imported, so the
manifest must exist first: ``zhibiao build`` calls :func:`prepare_dbt_project` (a ``dbt
parse``) before it imports the definitions, and under ``dagster dev`` ``prepare_if_dev()`` in
``orchestration.dbt_assets`` does the same on every code reload.

``ZHIBIAO_DBT_PROJECT_DIR`` points at another copy of the dbt project (tests use it to inject a
failing dbt build); it defaults to the repository's ``dbt_project/``.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from orchestration.paths import dbt_project_dir


def _ensure_interpreter_bin_on_path() -> None:
    # dagster-dbt's preparer runs `dbt` from PATH; `.venv/bin/zhibiao` or `.venv/bin/dagster dev`
    # started without an activated venv would not find it.
    bin_dir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if bin_dir not in parts:
        os.environ["PATH"] = os.pathsep.join([bin_dir, *parts])


_ensure_interpreter_bin_on_path()
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")

DBT_PROJECT_DIR = dbt_project_dir()

# `dbt parse` here writes into a folder of its own, not dbt's default target/: a developer's
# `cd dbt_project && dbt build` writes target/ with the profile's default path, and its
# partial-parse state, seeded into a build's target folder, would make every new warehouse's
# first build parse the whole project again (about 4 s) while the manifest still looked current.
PARSE_TARGET = Path("target") / "zhibiao"

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, target_path=PARSE_TARGET)

# The path dbt's profile gets in every build (``orchestration.dbt_assets.dbt_database``): `dbt
# parse` here takes the same, so that its partial-parse state is valid for builds.
DBT_HOME_DATABASE = "~/zhibiao.duckdb"


_NOT_SOURCES = {"target", "logs", "dbt_packages"}


def manifest_is_current() -> bool:
    """True when manifest.json is newer than every file of the dbt project."""
    manifest = dbt_project.manifest_path
    if not manifest.exists():
        return False
    built = manifest.stat().st_mtime
    for path in DBT_PROJECT_DIR.rglob("*"):
        rel = path.relative_to(DBT_PROJECT_DIR).parts
        if rel[0] in _NOT_SOURCES or not path.is_file():
            continue
        if path.stat().st_mtime > built:
            return False
    return True


def prepare_dbt_project() -> Path:
    """Run ``dbt parse`` unless ``manifest.json`` is current; returns the manifest's path.

    A plain subprocess rather than ``DbtProject.prepare()``: same result, without the seconds
    dagster-dbt spends initialising a dbt adapter in this process.
    """
    if manifest_is_current():
        return dbt_project.manifest_path
    # Two processes may prepare at once (`dagster dev` and a build, or the test suite's
    # workers): one parses, the other waits and finds the manifest current.
    target = dbt_project.manifest_path.parent
    target.mkdir(parents=True, exist_ok=True)
    with (target / ".parse.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if manifest_is_current():
            return dbt_project.manifest_path
        return _parse()


def _parse() -> Path:
    dbt = Path(sys.executable).parent / "dbt"
    proc = subprocess.run(
        [
            str(dbt) if dbt.exists() else "dbt",
            *("parse", "--quiet", "--no-use-colors"),
            *("--target-path", str(dbt_project.manifest_path.parent)),
        ],
        cwd=DBT_PROJECT_DIR,
        env={
            **os.environ,
            "DBT_PROFILES_DIR": str(dbt_project.profiles_dir),
            "ZHIBIAO_DBT_DUCKDB_PATH": DBT_HOME_DATABASE,
        },
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0 or not dbt_project.manifest_path.exists():
        lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
        raise RuntimeError(lines[-1] if lines else f"dbt parse exited {proc.returncode}")
    return dbt_project.manifest_path
