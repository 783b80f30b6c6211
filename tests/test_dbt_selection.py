"""orchestration.dbt_selection reads a selector's models off the manifest as dbt selects them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.dbt_selection import selected_nodes
from orchestration.project import dbt_project

DBT = Path(sys.executable).with_name("dbt")


def _manifest() -> dict:
    return json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))


def _node(path: str, name: str, resource_type: str = "model", tags: tuple = ()) -> dict:
    folders = Path(path).parent.parts[1:]
    return {
        "resource_type": resource_type,
        "original_file_path": path,
        "fqn": ["proj", *folders, name],
        "tags": list(tags),
    }


NODES = {
    "model.proj.a": _node("models/marts/a.sql", "a", tags=("daily",)),
    "model.proj.b": _node("models/marts/deep/b.sql", "b"),
    "model.proj.c": _node("models/martsish/c.sql", "c"),  # a folder whose name only starts alike
    "model.proj.d": _node("models/staging/d.sql", "d", tags=("daily",)),
    "seed.proj.e": _node("seeds/e.csv", "e", resource_type="seed"),
    "test.proj.t": _node("models/marts/a.yml", "t", resource_type="test"),
}


def _select(definition: dict) -> set[str] | None:
    manifest = {"nodes": NODES, "selectors": {"s": {"name": "s", "definition": definition}}}
    return selected_nodes(manifest, "s")


def test_each_selector_of_the_project_picks_what_dbt_ls_lists(tmp_path: Path) -> None:
    manifest = _manifest()
    assert manifest["selectors"], "the project has selectors"
    env = {**os.environ, "ZHIBIAO_DBT_DUCKDB_PATH": str(tmp_path / "ls.duckdb")}
    for name in manifest["selectors"]:
        listed = subprocess.run(
            [str(DBT), "ls", "--selector", name, "--resource-type", "model", "seed", "snapshot",
             "--output", "json", "--output-keys", "unique_id", "--quiet",
             "--target-path", str(tmp_path / "target")],
            cwd=dbt_project.project_dir, env=env, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        expected = {json.loads(line)["unique_id"] for line in listed.splitlines() if line.strip()}
        assert expected and selected_nodes(manifest, name) == expected, name


def test_paths_match_whole_folders() -> None:
    assert _select({"method": "path", "value": "models/marts"}) == {"model.proj.a", "model.proj.b"}
    assert _select({"method": "path", "value": "models/marts/a.sql"}) == {"model.proj.a"}


def test_union_and_intersection_less_what_is_excluded() -> None:
    union = {
        "union": [
            {"method": "path", "value": "models/marts"},
            {"method": "resource_type", "value": "seed"},
            {"exclude": [{"method": "fqn", "value": "b"}]},
        ]
    }
    assert _select(union) == {"model.proj.a", "seed.proj.e"}
    both = {
        "intersection": [
            {"method": "tag", "value": "daily"},
            {"method": "fqn", "value": "proj.staging"},
        ]
    }
    assert _select(both) == {"model.proj.d"}


@pytest.mark.parametrize(
    "definition",
    [
        {"method": "source_status", "value": "fresher"},  # a method it does not read
        {"method": "path", "value": "models/marts", "parents": True},  # graph operators
        {"union": [{"method": "path", "value": "models"}, "tag:daily"]},  # the string form
    ],
)
def test_a_form_it_does_not_read_gives_none(definition: dict) -> None:
    assert _select(definition) is None


def test_an_unknown_selector_gives_none() -> None:
    assert selected_nodes({"nodes": NODES, "selectors": {}}, "missing") is None
