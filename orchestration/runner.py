"""One warehouse build, in-process, published only when it succeeded (used by ``zhibiao build``).

The job runs against a staging file beside the warehouse; ``ingest.store.publish`` renames it onto
the warehouse when the run succeeded (a failed blocking check or dbt test fails the run), and
removes it otherwise. Progress comes from the run's own event stream.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ingest.store.publish import StagedWarehouse, WarehouseBusy
from orchestration.paths import REPO_ROOT, Paths, resolve_paths

Progress = Callable[[str], None]

# The console logger would print every dbt line and Dagster debug event; the CLI prints its
# own progress lines from the event stream instead.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
DBT_STEP_PREFIX = "zhibiao_dbt"
GE_SUFFIX = ":great_expectations"


class BuildError(Exception):
    """Nothing usable could be built; ``str(err)`` is the one-line reason."""

    def __init__(self, message: str, exit_code: int = 1, summary: BuildSummary | None = None):
        super().__init__(message)
        self.exit_code = exit_code
        self.summary = summary


@dataclass
class BuildSummary:
    docs_dir: Path
    warehouse: Path
    files: dict[str, int] = field(default_factory=dict)  # ok / duplicate / quarantined
    files_from_cache: int = 0
    documents_processed: int = 0
    documents_from_cache: int = 0
    facts: int | None = None
    unmapped: int | None = None
    checks_passed: int = 0
    checks_failed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)  # asset key -> values

    def lines(self) -> list[str]:
        f = self.files
        out = [
            f"warehouse   {self.warehouse}",
            f"documents   {f.get('ok', 0)} ok, {f.get('duplicate', 0)} duplicate, "
            f"{f.get('quarantined', 0)} quarantined ({sum(f.values())} files)",
            f"processed   {self.documents_processed} documents, "
            f"{self.documents_from_cache} from cache",
        ]
        if self.facts is not None:
            out.append(f"facts       {self.facts:,} ({self.unmapped or 0:,} unmapped mentions)")
        failed = len(self.checks_failed)
        out.append(f"checks      {self.checks_passed} passed, {failed} failed")
        out += [f"  failed    {name}" for name in self.checks_failed]
        out.append(f"time        {self.seconds:.1f} s")
        return out


def prepare_environment() -> Path:
    """Process settings for a quiet, local build: Dagster home without telemetry, no dbt stats."""
    home = REPO_ROOT / ".dagster_home"
    try:
        home.mkdir(exist_ok=True)
    except OSError:  # read-only checkout: a private temp home does as well
        home = Path(tempfile.mkdtemp(prefix="zhibiao-dagster-home-"))
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "False"
    return home


def check_warehouse_path(warehouse: Path) -> None:
    """Refuse a warehouse path that cannot be written before any work is done."""
    if warehouse.is_dir():
        raise BuildError(
            f"the warehouse path is a folder: {warehouse} "
            f"(give a file, e.g. {warehouse / 'zhibiao.duckdb'})",
            exit_code=2,
        )
    folder = warehouse.parent
    try:  # the build creates the folder anyway; a probe file proves it can be written
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".zhibiao-probe-"):
            pass
    except OSError as exc:
        raise BuildError(
            f"cannot write the warehouse into {folder} ({exc.strerror or exc}); "
            "give --warehouse a path you can write",
            exit_code=2,
        ) from exc


def check_docs_dir(docs_dir: Path) -> None:
    if not docs_dir.exists():
        raise BuildError(f"documents folder not found: {docs_dir}", exit_code=2)
    if not docs_dir.is_dir():
        raise BuildError(f"not a folder: {docs_dir}", exit_code=2)
    if not any(p.is_file() for p in docs_dir.rglob("*")):
        raise BuildError(f"documents folder is empty: {docs_dir}", exit_code=2)


_parsed = False


def _load_definitions_module() -> ModuleType:
    """Parse the dbt project (once per process), then import the definitions that need it."""
    global _parsed
    if not _parsed:
        from orchestration.project import prepare_dbt_project

        try:
            prepare_dbt_project()
        except Exception as exc:
            raise BuildError(f"dbt parse failed: {_first_line(exc)}") from exc
        _parsed = True
    from orchestration import definitions

    return definitions


def _first_line(exc: BaseException | str, limit: int = 300) -> str:
    text = str(exc).strip()
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), type(exc).__name__)
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _RunTracker:
    """Turns the run's events into progress lines, counts and a failure reason."""

    def __init__(
        self, summary: BuildSummary, progress: Progress | None, started: float, log_path: Path
    ) -> None:
        self.summary = summary
        self.log_path = log_path
        self.progress = progress
        self.started = started
        self.dbt_materialized = 0
        self.dbt_checks = [0, 0]  # passed, failed
        self.failures: list[tuple[str, str]] = []  # (step, reason)

    def say(self, text: str) -> None:
        if self.progress:
            self.progress(f"[{time.monotonic() - self.started:6.1f}s] {text}")

    def __call__(self, entry: Any) -> None:
        event = entry.dagster_event
        if event is None:
            return
        try:
            self._handle(event)
        except Exception as exc:  # progress must never break a build
            self.say(f"(progress error: {exc})")

    def _handle(self, event: Any) -> None:
        step = event.step_key or ""
        if event.is_step_materialization:
            mat = event.step_materialization_data.materialization
            key = mat.asset_key.to_user_string()
            values = {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
            self.summary.metadata[key] = values
            if step.startswith(DBT_STEP_PREFIX):
                self.dbt_materialized += 1
            elif "summary" in values:
                self.say(f"{key}: {values['summary']}")
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            ev = event.asset_check_evaluation_data
            name = f"{ev.asset_key.to_user_string()}:{ev.check_name}"
            if ev.passed:
                self.summary.checks_passed += 1
            else:
                self.summary.checks_failed.append(name)
            if step.startswith(DBT_STEP_PREFIX):
                self.dbt_checks[0 if ev.passed else 1] += 1
            else:
                meta = {k: getattr(v, "value", v) for k, v in ev.metadata.items()}
                detail = f"{meta.get('successful', '?')}/{meta.get('evaluated', '?')} expectations"
                self.say(f"check {name}: {'passed' if ev.passed else 'FAILED'} ({detail})")
        elif event.is_step_success and step.startswith(DBT_STEP_PREFIX):
            passed, failed = self.dbt_checks
            self.say(
                f"dbt build: {self.dbt_materialized} models and seeds, "
                f"{passed} tests passed, {failed} failed"
            )
        elif event.is_step_failure:
            reason = _failure_reason(step, event.step_failure_data)
            self.failures.append((step, reason))
            self.say(f"FAILED {step}: {reason}")

    def failure_message(self) -> str:
        if not self.failures:
            return "the build run failed"
        step, reason = self.failures[0]
        if step.startswith(DBT_STEP_PREFIX):
            failed = [n for n in self.summary.checks_failed if not n.endswith(GE_SUFFIX)]
            detail = f" (failing tests: {', '.join(failed[:3])})" if failed else ""
            return f"dbt build failed: {reason}{detail}; dbt output in {self.log_path}"
        if "blocking asset check" in reason:
            return f"a blocking data check failed: {', '.join(self.summary.checks_failed)}"
        return reason if step.startswith("raw_documents") else f"{step} failed: {reason}"


def _failure_reason(step: str, data: Any) -> str:
    if data.user_failure_data is not None and data.user_failure_data.description:
        text = data.user_failure_data.description
    else:
        error = data.error
        # Dagster wraps user errors; the interesting message is the innermost one.
        while error is not None and error.cause is not None and error.cls_name in _WRAPPERS:
            error = error.cause
        text = error.message if error is not None else "unknown error"
    if _DBT_ERRORS in text:  # dagster-dbt lists dbt's own error lines after this header
        text = text.split(_DBT_ERRORS, 1)[1]
    return _first_line(text)


_WRAPPERS = ("DagsterExecutionStepExecutionError", "DagsterUserCodeExecutionError")
_DBT_ERRORS = "Errors parsed from dbt logs:"


def _count_marts(database: Path) -> tuple[int | None, int | None]:
    import duckdb

    con = duckdb.connect(str(database), read_only=True)
    try:
        counts = []
        for table in ("fct_indicator_value", "fct_unmapped_quantity"):
            try:
                counts.append(con.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0])
            except duckdb.Error:
                counts.append(None)
        return counts[0], counts[1]
    finally:
        con.close()


def run_build(
    docs_dir: str | os.PathLike[str] | None = None,
    warehouse: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    started: float | None = None,
) -> BuildSummary:
    """Build the warehouse from ``docs_dir``; raises :class:`BuildError` when nothing was built.

    ``started`` (a ``time.monotonic()`` value) lets the CLI count its own start-up in the time.
    """
    started = started if started is not None else time.monotonic()
    paths = resolve_paths(docs_dir, warehouse)
    check_docs_dir(paths.docs_dir)
    check_warehouse_path(paths.warehouse)
    summary = BuildSummary(docs_dir=paths.docs_dir, warehouse=paths.warehouse)
    definitions = _load_definitions_module()

    try:
        with StagedWarehouse(paths.warehouse) as staged:
            if staged.cleaned and progress:
                progress(f"removed the staging file a killed build left: {staged.cleaned[0]}")
            _run_job(definitions, paths.writing_to(staged.path), summary, progress, started)
            summary.facts, summary.unmapped = _count_marts(staged.path)
            staged.commit()
    except WarehouseBusy as exc:
        raise BuildError(str(exc)) from exc
    summary.seconds = time.monotonic() - started
    return summary


def _run_job(
    definitions: ModuleType,
    paths: Paths,
    summary: BuildSummary,
    progress: Progress | None,
    started: float,
) -> None:
    """Execute the build job in-process against ``paths.database``; BuildError if it failed."""
    from dagster import DagsterInstance

    job = definitions.build_definitions(paths).resolve_job_def(definitions.BUILD_JOB_NAME)
    log_path = paths.cache_dir / "last-build.log"
    tracker = _RunTracker(summary, progress, started, log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # dagster-dbt echoes every dbt line to stdout; keep them in a log, stdout is the summary.
    with (
        DagsterInstance.ephemeral() as instance,
        log_path.open("w", encoding="utf-8") as log,
        contextlib.redirect_stdout(log),
    ):
        run_id = str(uuid.uuid4())  # known before the run, to listen to its events
        instance.add_event_listener(run_id, tracker)
        result = job.execute_in_process(
            instance=instance,
            run_id=run_id,
            raise_on_error=False,
            run_config=QUIET_RUN_CONFIG,
        )
    _fill_counts(summary)
    summary.seconds = time.monotonic() - started
    if not result.success:
        raise BuildError(tracker.failure_message(), summary=summary)


def _fill_counts(summary: BuildSummary) -> None:
    meta = summary.metadata
    files = meta.get("raw/source_files", {})
    summary.files = {s: int(files.get(f"files_{s}", 0)) for s in ("ok", "duplicate", "quarantined")}
    summary.files_from_cache = int(files.get("files_from_cache", 0))
    facts = meta.get("raw/facts", {})
    summary.documents_processed = int(facts.get("documents_processed", 0))
    summary.documents_from_cache = int(facts.get("documents_from_cache", 0))


def stderr_progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
