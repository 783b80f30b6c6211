"""One warehouse build, in-process, recorded in the shared Dagster instance (``zhibiao build``).

The build job runs exactly as a run launched from the UI does: it writes a staging copy of the
warehouse and its last step publishes it (``orchestration.warehouse``), so a failed blocking
check or dbt test, or any failed step, leaves the warehouse untouched. Bad paths are refused
before anything is imported or written. The run is recorded in the instance ``dagster dev``
shows (``orchestration.instance``); progress and the summary come from the run's own events.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from ingest.store.build_inputs import PublishedBuild
from ingest.store.publish import lock_holder, stale_staging_files
from orchestration.paths import Paths, resolve_paths
from orchestration.progress import ProgressLine, parse_progress

Progress = Callable[[str], None]

# The console logger would print every dbt line and Dagster debug event; the CLI shows its own
# progress from the event stream instead.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
DBT_STEP_PREFIX = "zhibiao_dbt"
PUBLISH_STEP = "published_warehouse"
LAUNCHED_BY = "zhibiao build"

# What each step of the build is called on a terminal; every other step is a data check.
# (An @asset's step is named after its key, raw/sentences -> raw__sentences; a multi-asset's
# after its name.)
STAGES = {
    "raw__gazetteer": "places",
    "raw_documents": "reading",
    "raw__sentences": "segmenting",
    "raw_facts": "extracting",
    DBT_STEP_PREFIX: "dbt build",
    PUBLISH_STEP: "publishing",
}
CHECKS_STAGE = "checks"


class BuildError(Exception):
    """Nothing usable could be built; ``str(err)`` is the one-line reason."""

    def __init__(self, message: str, exit_code: int = 1, summary: BuildSummary | None = None):
        super().__init__(message)
        self.exit_code = exit_code
        self.summary = summary


class BuildObserver(Protocol):
    """What a build tells whoever watches it (the CLI's terminal display, a log)."""

    def stage(self, name: str) -> None:
        """A stage (``STAGES``) started."""

    def progress(self, line: ProgressLine) -> None:
        """Documents or files done of total within the current stage."""

    def note(self, text: str) -> None:
        """A line worth keeping: what a stage produced, a check's verdict, a warning."""


class LineObserver:
    """Notes as plain timestamped lines through ``write`` (logs, ``zhibiao eval``)."""

    def __init__(self, write: Progress, started: float | None = None) -> None:
        self.write = write
        self.started = started if started is not None else time.monotonic()

    def stage(self, name: str) -> None:
        pass

    def progress(self, line: ProgressLine) -> None:
        pass

    def note(self, text: str) -> None:
        self.write(f"[{time.monotonic() - self.started:6.1f}s] {text}")


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
    checks_warned: list[str] = field(default_factory=list)  # failed, but not blocking
    stages: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    seconds: float = 0.0
    run_id: str | None = None
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)  # asset key -> values
    # set when nothing changed since the published build: the warehouse was left as it is
    up_to_date: PublishedBuild | None = None

    def headline(self) -> str:
        """What the build did, in one line."""
        if self.up_to_date is not None:
            return (
                f"nothing changed since the build published at {self.up_to_date.built_at}; "
                "warehouse left as it is"
            )
        return "warehouse built"

    def lines(self) -> list[str]:
        """The summary table printed at the end of a build."""
        if self.up_to_date is not None:
            return self._unchanged_lines()
        f = self.files
        size = self.warehouse.stat().st_size if self.warehouse.is_file() else 0
        out = [
            f"warehouse   {self.warehouse} ({size / 1e6:.1f} MB)",
            f"documents   {f.get('ok', 0)} ok, {f.get('duplicate', 0)} duplicate, "
            f"{f.get('quarantined', 0)} quarantined ({sum(f.values())} files)",
            f"processed   {self.documents_processed} documents, "
            f"{self.documents_from_cache} from cache",
        ]
        if self.facts is not None:
            unmapped = self.unmapped or 0
            share = unmapped / (self.facts + unmapped) if self.facts + unmapped else 0.0
            out.append(
                f"facts       {self.facts:,} ({unmapped:,} unmapped mentions, "
                f"{share:.0%} of all figures)"
            )
        failed, warned = len(self.checks_failed), len(self.checks_warned)
        out.append(
            f"checks      {self.checks_passed} passed, {failed} failed"
            + (f", {warned} warnings" if warned else "")
        )
        out += [f"  failed    {name}" for name in self.checks_failed]
        out += [f"  warning   {name}" for name in self.checks_warned]
        if self.checks_warned:
            # a warning flags rows for review; the warehouse is published all the same
            out.append(
                "            rows flagged for review, not blocking: see them in the Dagster UI "
                f"or with `python -m expectations {self.warehouse}`"
            )
        if self.run_id:
            out.append(f"dagster run {self.run_id}")
        if self.stages:
            width = max(len(s) for s in [*self.stages, "total"])
            out += ["", f"{'stage':<{width}}  {'time':>8}"]
            out += [f"{s:<{width}}  {t:>6.1f} s" for s, t in self.stages.items()]
            out.append(f"{'total':<{width}}  {self.seconds:>6.1f} s")
        else:
            out.append(f"time        {self.seconds:.1f} s")
        return out

    def _unchanged_lines(self) -> list[str]:
        f, built = self.files, self.up_to_date
        assert built is not None
        size = self.warehouse.stat().st_size if self.warehouse.is_file() else 0
        out = [
            f"warehouse   {self.warehouse} ({size / 1e6:.1f} MB), left as it is",
            f"documents   {f.get('ok', 0)} ok, {f.get('duplicate', 0)} duplicate, "
            f"{f.get('quarantined', 0)} quarantined ({sum(f.values())} files), all unchanged",
        ]
        if self.facts is not None:
            out.append(f"facts       {self.facts:,} ({self.unmapped or 0:,} unmapped mentions)")
        by = f" by dagster run {built.build_id}" if built.build_id else ""
        out.append(f"published   {built.built_at}{by}")
        out.append("            (`zhibiao build --force` rebuilds all the same)")
        out.append(f"time        {self.seconds:.1f} s")
        return out

    def as_dict(self) -> dict[str, Any]:
        """The summary for ``--json``."""
        built = self.up_to_date
        return {
            "ok": True,
            "up_to_date": built is not None,
            "published_at": built.built_at if built else None,
            "published_by_run_id": built.build_id if built else None,
            "warehouse": str(self.warehouse),
            "docs_dir": str(self.docs_dir),
            "files": {s: self.files.get(s, 0) for s in ("ok", "duplicate", "quarantined")},
            "files_from_cache": self.files_from_cache,
            "documents_processed": self.documents_processed,
            "documents_from_cache": self.documents_from_cache,
            "facts": self.facts,
            "unmapped_mentions": self.unmapped,
            "checks": {
                "passed": self.checks_passed,
                "failed": self.checks_failed,
                "warnings": self.checks_warned,
            },
            "stages": {s: round(t, 2) for s, t in self.stages.items()},
            "seconds": round(self.seconds, 2),
            "dagster_run_id": self.run_id,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


def prepare_environment() -> Path:
    """Process settings for a quiet, local build; returns the Dagster instance's folder."""
    from orchestration.instance import instance_home

    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "False"
    return instance_home()


def check_warehouse_path(warehouse: Path) -> None:
    """Refuse a warehouse path that cannot be written, or that another build is writing."""
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
    holder = lock_holder(warehouse)
    if holder is not None:
        raise BuildError(
            f"another build is writing {warehouse} ({holder}); wait for it to finish, "
            "or give --warehouse another file",
            exit_code=2,
        )


def check_docs_dir(docs_dir: Path) -> None:
    """Refuse a documents folder that is missing, empty, or has no file that could be read.

    Cheap on purpose (no file is opened; the walk stops at the first candidate): files that
    can be read but hold no report are quarantined by the build, with their reasons.
    """
    if not docs_dir.exists():
        raise BuildError(f"documents folder not found: {docs_dir}", exit_code=2)
    if not docs_dir.is_dir():
        raise BuildError(f"not a folder: {docs_dir}", exit_code=2)
    seen = 0
    for path in docs_dir.rglob("*"):
        try:
            st = path.stat()
        except OSError:  # a dangling link, a loop: the build lists it with its reason
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        seen += 1
        hidden = any(part.startswith(".") for part in path.relative_to(docs_dir).parts)
        if not hidden and st.st_size > 0 and os.access(path, os.R_OK):
            return
    if not seen:
        raise BuildError(f"documents folder is empty: {docs_dir}", exit_code=2)
    raise BuildError(
        f"no readable report in {docs_dir}: its {seen} files are all empty, hidden or "
        "unreadable (check their permissions); give --docs a folder of reports",
        exit_code=2,
    )


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


def stage_of(step: str) -> str:
    for prefix, stage in STAGES.items():
        if step == prefix or step.startswith(prefix + "."):
            return stage
    return CHECKS_STAGE


class _RunTracker:
    """Turns the run's events into observer calls, counts, stage times and a failure reason."""

    def __init__(
        self, summary: BuildSummary, observer: BuildObserver | None, log_path: Path
    ) -> None:
        self.summary = summary
        self.log_path = log_path
        self.observer = observer
        self.dbt_materialized = 0
        self.dbt_checks = [0, 0]  # passed, failed
        self.failures: list[tuple[str, str]] = []  # (step, reason)
        self.stage: str | None = None

    def say(self, text: str) -> None:
        if self.observer:
            self.observer.note(text)

    def __call__(self, entry: Any) -> None:
        try:
            self._handle(entry)
        except Exception as exc:  # progress must never break a build
            self.say(f"(progress error: {exc})")

    def _handle(self, entry: Any) -> None:
        event = entry.dagster_event
        if event is None:  # a log message: progress lines come this way
            line = parse_progress(entry.user_message or "")
            if line and self.observer:
                self.observer.progress(line)
            return
        step = event.step_key or ""
        if event.is_step_start:
            stage = stage_of(step)
            if stage != self.stage and self.observer:
                self.observer.stage(stage)
            self.stage = stage
        elif event.is_step_materialization:
            self._materialized(step, event.step_materialization_data.materialization)
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            self._checked(step, event.asset_check_evaluation_data)
        elif event.is_step_success:
            stage = stage_of(step)
            seconds = event.step_success_data.duration_ms / 1000
            self.summary.stages[stage] = self.summary.stages.get(stage, 0.0) + seconds
            if step.startswith(DBT_STEP_PREFIX):
                passed, failed = self.dbt_checks
                self.say(
                    f"dbt build: {self.dbt_materialized} models and seeds, "
                    f"{passed} tests passed, {failed} failed"
                )
        elif event.is_step_failure:
            reason = _failure_reason(event.step_failure_data)
            self.failures.append((step, reason))
            self.say(f"FAILED {step}: {reason}")
        elif (
            event.is_resource_init_failure or event.event_type_value == "RUN_FAILURE"
        ) and not self.failures:
            error = getattr(event.event_specific_data, "error", None)
            reason = _innermost(error) if error is not None else event.message or ""
            self.failures.append(("", _first_line(reason)))

    def _materialized(self, step: str, mat: Any) -> None:
        key = mat.asset_key.to_user_string()
        values = {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
        self.summary.metadata[key] = values
        if step.startswith(DBT_STEP_PREFIX):
            self.dbt_materialized += 1
        elif "summary" in values:
            self.say(f"{key}: {values['summary']}")
        elif step == PUBLISH_STEP:
            self.say(f"published {values.get('path', self.summary.warehouse)}")

    def _checked(self, step: str, ev: Any) -> None:
        name = f"{ev.asset_key.to_user_string()}:{ev.check_name}"
        if ev.passed:
            self.summary.checks_passed += 1
        elif _is_blocking(ev):
            self.summary.checks_failed.append(name)
        else:
            self.summary.checks_warned.append(name)
        if step.startswith(DBT_STEP_PREFIX):
            self.dbt_checks[0 if ev.passed else 1] += 1
        else:
            meta = {k: getattr(v, "value", v) for k, v in ev.metadata.items()}
            detail = f"{meta.get('successful', '?')}/{meta.get('evaluated', '?')} expectations"
            verdict = "passed" if ev.passed else "FAILED" if _is_blocking(ev) else "warning"
            self.say(f"check {name}: {verdict} ({detail})")

    def failure_message(self) -> str:
        if not self.failures:
            return "the build run failed"
        step, reason = self.failures[0]
        if step.startswith(DBT_STEP_PREFIX):
            failed = [n for n in self.summary.checks_failed if not n.startswith("raw/")]
            failed = failed or self.summary.checks_failed
            detail = f" (failing tests: {', '.join(failed[:3])})" if failed else ""
            return f"dbt build failed: {reason}{detail}; dbt output in {self.log_path}"
        if "blocking asset check" in reason:
            return f"a blocking data check failed: {', '.join(self.summary.checks_failed)}"
        if not step or step == "raw_documents":
            return reason
        return f"{step} failed: {reason}"


def _is_blocking(ev: Any) -> bool:
    severity = getattr(getattr(ev, "severity", None), "value", "ERROR")
    return bool(getattr(ev, "blocking", False)) or severity == "ERROR"


def _failure_reason(data: Any) -> str:
    if data.user_failure_data is not None and data.user_failure_data.description:
        text = data.user_failure_data.description
    else:
        text = _innermost(data.error) if data.error is not None else "unknown error"
    if _DBT_ERRORS in text:  # dagster-dbt lists dbt's own error lines after this header
        text = text.split(_DBT_ERRORS, 1)[1]
    return _first_line(text)


def _innermost(error: Any) -> str:
    # Dagster wraps user errors; the interesting message is the innermost one.
    while error is not None and error.cause is not None and error.cls_name in _WRAPPERS:
        error = error.cause
    return error.message if error is not None else "unknown error"


_WRAPPERS = (
    "DagsterExecutionStepExecutionError",
    "DagsterUserCodeExecutionError",
    "DagsterResourceFunctionError",
)
_DBT_ERRORS = "Errors parsed from dbt logs:"


def run_build(
    docs_dir: str | os.PathLike[str] | None = None,
    warehouse: str | os.PathLike[str] | None = None,
    progress: Progress | BuildObserver | None = None,
    started: float | None = None,
    force: bool = False,
) -> BuildSummary:
    """Build the warehouse from ``docs_dir``; raises :class:`BuildError` when nothing was built.

    When the published warehouse was built from exactly the same inputs (documents, code,
    lexicon, dbt project, corrections, checks: ``orchestration.freshness``), nothing is run and
    the warehouse is left as it is (``summary.up_to_date`` says when it was published), unless
    ``force``. ``progress`` is a :class:`BuildObserver`, or a callable that gets plain progress
    lines. ``started`` (a ``time.monotonic()`` value) lets the CLI count its own start-up in the
    time.
    """
    started = started if started is not None else time.monotonic()
    observer = progress if progress is None or hasattr(progress, "note") else None
    if progress is not None and observer is None:
        observer = LineObserver(progress, started)  # type: ignore[arg-type]
    paths = resolve_paths(docs_dir, warehouse)
    check_docs_dir(paths.docs_dir)
    check_warehouse_path(paths.warehouse)
    summary = BuildSummary(docs_dir=paths.docs_dir, warehouse=paths.warehouse)
    handover: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if not force:
        from orchestration.freshness import freshness, handed_over

        fresh = freshness(paths.docs_dir, paths.warehouse)
        if fresh.unchanged:
            summary.up_to_date = fresh.published
            _fill_from_published(summary)
            summary.seconds = time.monotonic() - started
            return summary
        if observer and fresh.published is not None:
            observer.note(fresh.explain())
        # the run records these inputs rather than taking them again
        handover = handed_over(paths.docs_dir, fresh.inputs)
    leftovers = stale_staging_files(paths.warehouse)
    if leftovers and observer:
        observer.note(f"removing the staging file a killed build left: {leftovers[0]}")
    with handover:
        definitions = _load_definitions_module()
        _run_job(definitions, paths, summary, observer)
    summary.seconds = time.monotonic() - started
    return summary


def _run_job(
    definitions: ModuleType,
    paths: Paths,
    summary: BuildSummary,
    observer: BuildObserver | None,
) -> None:
    """Execute the build job in-process, recorded in the shared instance; BuildError if it
    failed (the warehouse is then unchanged)."""
    from orchestration.instance import open_instance

    job = definitions.build_definitions(paths).resolve_job_def(definitions.BUILD_JOB_NAME)
    log_path = paths.cache_dir / "last-build.log"
    tracker = _RunTracker(summary, observer, log_path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    # dagster-dbt echoes every dbt line to stdout; keep them in a log, stdout is the summary.
    with (
        open_instance() as instance,
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
            tags={
                "zhibiao/launched_by": LAUNCHED_BY,
                "zhibiao/docs_dir": str(paths.docs_dir)[:1000],
                "zhibiao/warehouse": str(paths.warehouse)[:1000],
            },
        )
    summary.run_id = run_id
    _fill_counts(summary)
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
    published = meta.get(PUBLISH_STEP, {})
    if "facts" in published:
        summary.facts = int(published["facts"])
        summary.unmapped = int(published.get("unmapped_mentions", 0))


def _fill_from_published(summary: BuildSummary) -> None:
    """Counts of the published warehouse, for the summary of a build that left it as it is."""
    import duckdb

    try:
        con = duckdb.connect(str(summary.warehouse), read_only=True)
    except duckdb.Error:
        return
    try:
        files = dict(
            con.execute("SELECT status, count(*) FROM main.source_files GROUP BY 1").fetchall()
        )
        summary.files = {s: int(files.get(s, 0)) for s in ("ok", "duplicate", "quarantined")}
        summary.facts, summary.unmapped = con.execute(
            "SELECT (SELECT count(*) FROM main.fct_indicator_value), "
            "(SELECT count(*) FROM main.fct_unmapped_quantity)"
        ).fetchone()
    except duckdb.Error:
        pass  # the summary is a courtesy: the shortcut was decided on the build record
    finally:
        con.close()


def stderr_progress(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
