"""The checks as Dagster asset checks: a run over a planted-fault warehouse fails on the
blocking ones, and every evaluation carries counts, the failing rows and the Data Docs."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from checks_fixtures import clean_warehouse, docs_folder, faulty_warehouse, planted

BLOCKING = {
    ("fct_indicator_value", "provenance"),
    ("fct_unmapped_quantity", "provenance"),
    ("fct_indicator_value", "consistency"),
    ("dim_document", "consistency"),
    ("source_files", "consistency"),
    ("fct_target_attainment", "consistency"),
}
WARNING = {
    ("fct_indicator_value", "drift"),
    ("fct_indicator_value", "distribution"),
    ("fct_indicator_value", "target_dating"),
}


@dataclass(frozen=True)
class ChecksRun:
    success: bool
    evaluations: dict[tuple[str, str], Any]
    published: Path


def _run_checks(current: Path, published: Path, docs: Path, tmp: Path) -> ChecksRun:
    """Only our asset checks, in-process, on ``current`` with ``published`` as the baseline."""
    from orchestration.runner import QUIET_RUN_CONFIG, prepare_environment

    prepare_environment()
    from dagster import AssetSelection, DagsterInstance, Definitions, define_asset_job
    from dagster_dbt import DbtCliResource
    from dagster_duckdb import DuckDBResource

    from orchestration.checks import build_expectation_checks
    from orchestration.dbt_assets import zhibiao_dbt_assets
    from orchestration.project import DBT_PROJECT_DIR
    from orchestration.resources import ZhibiaoSettings

    checks = build_expectation_checks(zhibiao_dbt_assets)
    defs = Definitions(
        assets=[zhibiao_dbt_assets],
        asset_checks=checks,
        jobs=[define_asset_job("checks", selection=AssetSelection.checks(*checks))],
        resources={
            "duckdb": DuckDBResource(database=str(current)),
            "settings": ZhibiaoSettings(
                docs_dir=str(docs), warehouse_path=str(published), cache_dir=str(tmp / "cache")
            ),
            "dbt": DbtCliResource(project_dir=str(DBT_PROJECT_DIR)),
        },
    )
    with DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("checks").execute_in_process(
            instance=instance, raise_on_error=False, run_config=QUIET_RUN_CONFIG
        )
        evaluations = {
            (e.asset_key.to_user_string(), e.check_name): e
            for e in result.get_asset_check_evaluations()
        }
    return ChecksRun(result.success, evaluations, published)


def _staged(tmp: Path, name: str, source: Path) -> Path:
    folder = tmp / name
    folder.mkdir()
    return Path(shutil.copy(source, folder / "zhibiao.duckdb"))


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory: pytest.TempPathFactory) -> ChecksRun:
    tmp = tmp_path_factory.mktemp("faulty-run")
    return _run_checks(
        _staged(tmp, "staging", faulty_warehouse().warehouse),
        _staged(tmp, "published", clean_warehouse().warehouse),
        docs_folder(tmp / "docs", {"longyan/2023.txt": "一份构建没有读到的文件"}),
        tmp,
    )


def _meta(evaluation: Any) -> dict[str, Any]:
    return {k: getattr(v, "value", v) for k, v in evaluation.metadata.items()}


def test_every_check_is_evaluated_with_its_severity(faulty_run: ChecksRun) -> None:
    from dagster import AssetCheckSeverity

    assert set(faulty_run.evaluations) == BLOCKING | WARNING
    for key, evaluation in faulty_run.evaluations.items():
        expected = AssetCheckSeverity.ERROR if key in BLOCKING else AssetCheckSeverity.WARN
        assert evaluation.severity == expected, key
        assert _meta(evaluation)["blocking"] is (key in BLOCKING)
    assert not faulty_run.success  # blocking checks failed: the run does not succeed


def test_each_failing_check_names_its_planted_rows(faulty_run: ChecksRun) -> None:
    plants = planted()
    expected = {
        ("fct_indicator_value", "provenance"): plants["provenance_facts"],
        ("fct_unmapped_quantity", "provenance"): plants["provenance_unmapped"],
        ("fct_indicator_value", "consistency"): plants["years"] | plants["targets"],
        ("fct_indicator_value", "target_dating"): plants["target_dating"],
        ("dim_document", "consistency"): plants["sentences"],
        ("source_files", "consistency"): {"longyan/2023.txt"},
        ("fct_target_attainment", "consistency"): plants["pairs"],
        ("fct_indicator_value", "distribution"): plants["distribution"],
        ("fct_indicator_value", "drift"): plants["drift_documents"],
    }
    for key, names in expected.items():
        evaluation = faulty_run.evaluations[key]
        meta = _meta(evaluation)
        assert not evaluation.passed, key
        assert meta["failing_rows"] == len(names), key
        assert meta["rows"] >= len(names) and meta["successful"] < meta["evaluated"]
        table = meta["failing_rows_table"]
        assert table.startswith("| "), key
        for name in names:
            assert name in table, (key, name)
            assert name in evaluation.description, (key, name)
        assert "| expectation | rows |" in meta["failed_expectations"]
        docs = Path(meta["data_docs"])
        assert (
            docs.name == "index.html" and docs.parent == faulty_run.published.parent / "data_docs"
        )


def test_a_clean_run_passes_every_check(tmp_path: Path) -> None:
    run = _run_checks(
        _staged(tmp_path, "staging", clean_warehouse().warehouse),
        _staged(tmp_path, "published", clean_warehouse().warehouse),
        docs_folder(tmp_path / "docs"),
        tmp_path,
    )
    assert run.success
    failed = {k: e.description for k, e in run.evaluations.items() if not e.passed}
    assert failed == {}
    drift = _meta(run.evaluations[("fct_indicator_value", "drift")])
    assert drift["rows"] >= 9 and drift["failing_rows"] == 0
    assert drift["failing_rows_table"] == "_none_"
