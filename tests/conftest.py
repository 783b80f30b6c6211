"""Shared fixtures: a documents folder with awkward files, and one real build shared by tests.

Builds are expensive (dbt alone takes tens of seconds on two cores), so the whole graph is
materialised once per session; tests that need to change things copy its folder (warehouse and
cache) and run one more build on the copy.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
import shared_fixtures
from shared_fixtures import build_once

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS_DIR.iterdir() if p.is_file())
ZHIBIAO = Path(sys.executable).parent / "zhibiao"

# Files added to the seeds: (relative path, bytes or the seed it copies, expected status).
EMPTY_FILE = "empty.txt"
BINARY_FILE = "scans/page-001.png"
DUPLICATE_FILE = "copies/duplicate-of-000.txt"


# Builds write SQLite (Dagster's run history) and DuckDB files and sync them to disk after every
# event: on a RAM-backed folder the syncs cost nothing (about 2 s of a 19 s build). The session's
# temporary folder goes there when the machine has one with room, unless --basetemp says where;
# it is removed when the session ends (pytest would otherwise keep it, in memory).
_RAM_FOLDER = Path("/dev/shm")
_RAM_FOLDER_MIN_FREE = 4 << 30


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    shared_fixtures.configure(config)  # the builds the run's workers share
    if config.option.basetemp or hasattr(config, "workerinput"):
        return  # given, or an xdist worker (it gets a folder inside the controller's)
    try:
        if shutil.disk_usage(_RAM_FOLDER).free < _RAM_FOLDER_MIN_FREE:
            return
    except OSError:
        return
    config.option.basetemp = str(_RAM_FOLDER / f"zhibiao-pytest-{os.getpid()}")
    config._zhibiao_ram_basetemp = config.option.basetemp  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = getattr(config, "_zhibiao_ram_basetemp", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def extractor() -> Any:
    """One sentence extractor for a module's tests (a module may define its own)."""
    from ingest.document.gazetteer import Gazetteer
    from ingest.extraction.extract import SentenceExtractor
    from ingest.extraction.lexicon import load_lexicon

    return SentenceExtractor(load_lexicon(), Gazetteer.load())


def sentence_facts(extractor: Any, text: str, ctx: Any, section: str = "summary") -> set[tuple]:
    """(indicator, kind, measure, value, year) of every fact the extractor finds in text."""
    found, _ = extractor.extract(text, section, ctx)
    return {(f.indicator_code, f.kind, f.measure, f.value, f.year) for f in found}


def folder_facts(folder: Path) -> set[tuple[str, int, str, str, float]]:
    """(indicator, year, kind, measure, value) of every fact the whole ingest path finds in a
    folder of reports (``ingest.pipeline.process_folder``, no warehouse)."""
    from ingest.pipeline import process_folder

    return {
        (r["indicator_code"], r["year"], r["kind"], r["measure"], r["value"])
        for r in process_folder(folder).facts.iter_rows(named=True)
    }


def page_meta(text: str, name: str = "page.txt"):
    """What document understanding makes of a page's text, as the reader would hand it over
    (from a file called ``name``)."""
    from ingest.document.gazetteer import Gazetteer
    from ingest.document.metadata import describe
    from ingest.reading.normalise import normalise_text

    return describe(normalise_text(text), name, Gazetteer.load())


def report_facts(folder: Path, text: str, name: str = "report.txt") -> set:
    """``folder_facts`` of a folder holding one report of ``text``."""
    (folder / name).write_text(text, encoding="utf-8")
    return folder_facts(folder)


def scoped_facts(folder: Path, text: str) -> set[tuple[str, str, float, str | None]]:
    """(indicator, measure, value, qualifier) of every fact found in a report of ``text``."""
    from ingest.pipeline import process_folder

    (folder / "report.txt").write_text(text, encoding="utf-8")
    return {
        (r["indicator_code"], r["measure"], r["value"], r["qualifier"])
        for r in process_folder(folder).facts.iter_rows(named=True)
    }


@contextlib.contextmanager
def dagster_home(home: Path) -> Iterator[None]:
    """``DAGSTER_HOME`` set to ``home`` for the block."""
    saved = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("DAGSTER_HOME", None)
        else:
            os.environ["DAGSTER_HOME"] = saved


@dataclass(frozen=True)
class GraphBuild:
    docs_dir: Path
    warehouse: Path
    result: object  # dagster ExecuteInProcessResult
    # The instance that recorded this run and nothing else: other tests' builds (killed runs,
    # failing checks) go to the session's instance and must not become the UI's latest state.
    dagster_home: Path

    @contextlib.contextmanager
    def instance(self) -> Iterator[object]:
        from orchestration.instance import open_instance

        with dagster_home(self.dagster_home), open_instance() as instance:
            yield instance


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Run a query on a warehouse through a short-lived read-only connection."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def copy_docs(dst: Path, names: list[str] | None = None) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for name in names if names is not None else SEED_FILES:
        shutil.copy(SEEDS_DIR / name, dst / name)
        os.chmod(dst / name, 0o644)  # the seeds are read-only; tests edit their copies
    return dst


def add_awkward_files(docs: Path) -> None:
    (docs / EMPTY_FILE).write_bytes(b"")
    binary = docs / BINARY_FILE
    binary.parent.mkdir(parents=True, exist_ok=True)
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    dup = docs / DUPLICATE_FILE
    dup.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(docs / SEED_FILES[0], dup)


def copy_warehouse_dir(src: Path, dst: Path) -> Path:
    """Copy a warehouse folder (warehouse file and cache) to reuse its cache; returns the file."""
    shutil.copytree(src.parent, dst, ignore=shutil.ignore_patterns("data_docs"))
    return dst / src.name


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 600):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    full_env.update(env or {})
    return subprocess.run(
        [str(ZHIBIAO), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO_ROOT,
    )


@pytest.fixture(scope="session")
def zhibiao_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # Quiet, local Dagster/dbt, and no stray ZHIBIAO_* from the developer's shell.
    from orchestration.instance import write_instance_config
    from orchestration.runner import prepare_environment

    saved = dict(os.environ)
    for key in [k for k in os.environ if k.startswith("ZHIBIAO_")]:
        del os.environ[key]
    # The session's runs go to an instance of its own, not the developer's .dagster_home/.
    home = tmp_path_factory.mktemp("dagster_home")
    write_instance_config(home)
    os.environ["DAGSTER_HOME"] = str(home)
    prepare_environment()
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture(scope="session")
def awkward_docs(zhibiao_env: None) -> Path:
    """The seeds plus an empty file, a binary file and a byte-identical duplicate (one folder
    for the run, which its xdist workers share: tests read it, or copy it to change it)."""

    def make(folder: Path) -> Path:
        docs = copy_docs(folder / "docs")
        add_awkward_files(docs)
        return docs

    return build_once("awkward", make, lambda folder: folder / "docs")


RESULT_FILE = "result.json"


@pytest.fixture(scope="session")
def graph_build(awkward_docs: Path) -> GraphBuild:
    """The whole asset graph materialised in-process as a UI run would (staging file, publish),
    recorded in a Dagster instance of its own (as dagster dev would show it).

    One build for the whole run: the first xdist worker to need it builds it, the others read
    its folder (a file lock, tests/shared_fixtures.py) and its run's events, saved as Dagster
    saves them in an event log. Tests only read it; a test that changes things copies it."""
    from orchestration.project import prepare_dbt_project

    prepare_dbt_project()
    from dagster import ExecuteInProcessResult
    from dagster._serdes import deserialize_value, serialize_value

    from orchestration.definitions import BUILD_JOB_NAME, build_definitions
    from orchestration.instance import open_instance, write_instance_config
    from orchestration.resources import resolve_paths
    from orchestration.runner import QUIET_RUN_CONFIG

    def job(warehouse: Path) -> Any:
        paths = resolve_paths(awkward_docs, warehouse)
        return build_definitions(paths).resolve_job_def(BUILD_JOB_NAME)

    def make(folder: Path) -> GraphBuild:
        warehouse = folder / "graph" / "wh" / "zhibiao.duckdb"
        warehouse.parent.mkdir(parents=True)
        home = folder / "graph_dagster_home"
        home.mkdir()
        write_instance_config(home)
        with dagster_home(home), open_instance() as instance:
            result = job(warehouse).execute_in_process(
                instance=instance, raise_on_error=False, run_config=QUIET_RUN_CONFIG
            )
        saved = {"run": result.dagster_run, "events": list(result.all_events)}
        (folder / RESULT_FILE).write_text(serialize_value(saved), "utf-8")
        return GraphBuild(awkward_docs, warehouse, result, home)

    def load(folder: Path) -> GraphBuild:
        warehouse = folder / "graph" / "wh" / "zhibiao.duckdb"
        saved = deserialize_value((folder / RESULT_FILE).read_text("utf-8"), dict)
        result = ExecuteInProcessResult(saved["events"], saved["run"], None, job(warehouse))
        return GraphBuild(awkward_docs, warehouse, result, folder / "graph_dagster_home")

    return build_once("graph", make, load)


# The suite runs on two workers (pyproject's addopts: pytest-xdist, --dist loadscope: a module's
# tests stay on one worker, so that a module-scoped fixture, such as a built copy or a `dagster
# dev`, is made once). Modules that build warehouses take most of the time: handed out first,
# they run beside each other rather than leaving one worker alone with the last of them. The
# second one handed out needs no graph build: its worker makes the dbt fixtures' warehouses
# while the first makes the graph build, and neither waits for the other's (shared_fixtures).
# (Slowest first, as measured; a module not named here comes after them, in its usual order.)
SLOW_MODULES_FIRST = (
    "test_incremental_build.py",
    "test_checks_consistency.py",
    "test_unchanged_rebuild.py",
    "test_distributed.py",
    "test_ui_browser.py",
    "test_publish.py",
    "test_cli.py",
    "test_dbt_parse_state.py",
    "test_corrections.py",
    "test_incremental.py",
    "test_awkward_corpus.py",
    "test_checks_dagster.py",
    "test_report.py",
    "test_province_build.py",
    "test_report_dbt_docs.py",
    "test_review.py",
    "test_views_tables.py",
    "test_corpus.py",
    "test_orchestration.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(SLOW_MODULES_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: order kept within
