"""A build's dbt parses only what changed, even the first build of a new warehouse, whatever a
developer's own dbt run left in ``dbt_project/target/``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO_ROOT, SEED_FILES, copy_docs, run_cli

DBT = Path(sys.executable).with_name("dbt")


def test_a_developers_dbt_run_does_not_cost_the_next_build_a_full_parse(
    tmp_path: Path, zhibiao_env: None
) -> None:
    project = Path(
        shutil.copytree(
            REPO_ROOT / "dbt_project",
            tmp_path / "dbt_project",
            ignore=shutil.ignore_patterns("target", "logs"),
        )
    )
    # what the profile's comment invites: `cd dbt_project && dbt parse`, with the profile's
    # default warehouse path, leaving its manifest and partial-parse state in target/
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    developer = subprocess.run(
        [str(DBT), "parse", "--profiles-dir", ".", "--quiet"],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert developer.returncode == 0, developer.stdout + developer.stderr
    assert (project / "target" / "partial_parse.msgpack").is_file()

    warehouse = tmp_path / "w" / "fresh.duckdb"
    proc = run_cli(
        "build",
        "--docs",
        str(copy_docs(tmp_path / "docs", SEED_FILES[:1])),
        "--warehouse",
        str(warehouse),
        env={"ZHIBIAO_DBT_PROJECT_DIR": str(project)},
    )
    assert proc.returncode == 0, proc.stderr
    log = (warehouse.parent / ".zhibiao-cache" / "fresh" / "last-build.log").read_text("utf-8")
    assert "Running with dbt" in log  # dbt's own lines are in the build's log
    # dbt says why it parses everything again ("…because profile has changed" when it was
    # handed the developer's state); a build of a new warehouse starts from the state of the
    # project's own `dbt parse`, taken with the path every build gives dbt
    assert "Unable to do partial parsing" not in log, [
        line for line in log.splitlines() if "partial" in line
    ]
