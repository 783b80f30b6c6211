"""The warehouse resource: every run writes a staging copy, and only the publish step replaces
the warehouse readers query.

Whoever starts a run (``zhibiao build``, the Dagster UI, the folder sensor, the schedule), the
``duckdb`` resource of that run holds the warehouse's build lock for the whole run and points
every connection, and dbt, at ``<FILE>.building``. The ``published_warehouse`` asset
(``orchestration.assets.publish``) renames the staging file onto ``<FILE>`` once every other step
of the run succeeded; when the run fails, is stopped or is killed, the staging file is dropped
(or, after a kill, removed by the next run) and ``<FILE>`` is untouched. Readers holding
``<FILE>`` read-only are never blocked and never see half a run: see ``ingest.store.publish``.

A run that materialises every asset starts from an empty staging file; any other run (a subset
picked in the UI, a re-execution, checks alone) starts from a copy of the published warehouse,
so the tables it does not rebuild stay as published. A run that would write tables but not
publish them is refused before it starts: its work could never reach the warehouse.

For checks that compare with what was published (drift), :attr:`WarehouseResource.published_path`
is the published file and :meth:`WarehouseResource.connect_published` a read-only connection
to it, while :attr:`database` is the staging file the run writes.

A run that starts from an empty staging file takes the fingerprint of its inputs at its start
(``orchestration.freshness``) and its publish step records it in the warehouse (``meta.build``),
so that a later build of the same inputs can leave the warehouse as it is. Any other run drops
that record: what it publishes is no longer what one set of inputs built.

Incremental builds: when such a whole run finds that the documents are the only input that
changed since the published build (its ``meta.build`` record), it starts from a copy of the
published warehouse instead (:attr:`WarehouseResource.incremental`): the raw tables are written
again as always, and dbt recomputes only the rows of the documents added, changed or removed
(``orchestration.dbt_assets``, ``ingest.store.incremental``). ``ZHIBIAO_INCREMENTAL=0`` turns
this off (every whole run then starts empty).

No ``from __future__ import annotations``: Dagster reads the real type hints of resources.
"""

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
from dagster import AssetKey, DagsterRun, Failure, InitResourceContext
from dagster_duckdb import DuckDBResource
from pydantic import Field, PrivateAttr

from ingest.store.build_inputs import (
    BuildInputs,
    changed_parts,
    forget_build,
    published_build,
    record_build,
)
from ingest.store.incremental import forget_changed_documents
from ingest.store.publish import StagedWarehouse, WarehouseBusy, copy_published, staging_path

PUBLISH_ASSET_KEY = AssetKey(["published_warehouse"])
PUBLISH_STEP = "published_warehouse"
LAUNCHED_BY_TAG = "zhibiao/launched_by"
INCREMENTAL_ENV = "ZHIBIAO_INCREMENTAL"


class WarehouseResource(DuckDBResource):
    """DuckDB for one run: writes go to the staging file, the publish step replaces the warehouse.

    ``database`` is the staging file ``<warehouse>.building`` (DuckDBResource's field, which
    dbt's profile also reads); ``warehouse`` is the published file.
    """

    warehouse: str = Field(description="The published warehouse readers query (DuckDB file).")
    docs_dir: str = Field(
        default="",
        description="The documents folder the run reads: its fingerprint, with the code's, is "
        "recorded in the warehouse it publishes (empty: no record).",
    )
    lock_wait_seconds: float = Field(
        default=0.0,
        description="How long a run waits for another build of the same warehouse to finish "
        "before it gives up with a message (0: give up at once).",
    )

    _staged: StagedWarehouse | None = PrivateAttr(default=None)
    _will_publish: bool = PrivateAttr(default=False)
    _inputs: BuildInputs | None = PrivateAttr(default=None)
    _incremental: bool = PrivateAttr(default=False)

    @property
    def published_path(self) -> Path:
        """The warehouse as last published (unchanged until this run's publish step)."""
        return Path(self.warehouse)

    @property
    def staging_path(self) -> Path:
        """The file this run writes."""
        return Path(self.database)

    @property
    def published(self) -> bool:
        """True once this run's publish step has replaced the warehouse."""
        return self._staged is not None and self._staged.committed

    @property
    def incremental(self) -> bool:
        """True when this run started from a copy of the published warehouse because only
        documents changed since it was built: dbt may recompute only their rows."""
        return self._incremental

    @property
    def started_from(self) -> str:
        """``empty`` or ``copy of the published warehouse`` (``none`` outside a run)."""
        if self._staged is None:
            return "none"
        return "copy of the published warehouse" if self._staged.copied else "empty"

    @contextlib.contextmanager
    def yield_for_execution(self, context: InitResourceContext) -> Iterator["WarehouseResource"]:
        expected = staging_path(self.published_path.absolute())
        if Path(self.database).absolute() != expected:
            raise Failure(
                description=f"the duckdb resource must write {expected}, the staging file of "
                f"{self.warehouse} (it was configured with {self.database})"
            )
        run = context.run
        plan = _RunPlan.of(run)
        if plan.writes and not plan.publishes:
            raise Failure(description=plan.refusal())
        log = context.log
        staged = enter_staging(
            self.published_path.absolute(),
            plan,
            run,
            self.lock_wait_seconds,
            on_wait=log.info if log else None,
        )
        self._staged, self._will_publish = staged, plan.publishes
        self._inputs, self._incremental = None, False
        if plan.whole and plan.publishes and self.docs_dir:
            self._inputs = self._take_inputs(log)
            if self._only_documents_changed():
                # under the lock: the published file cannot change until this run ends
                staged.copied = copy_published(self.published_path.absolute(), staged.path)
                self._incremental = staged.copied
        try:
            if log and staged.cleaned:
                log.warning(f"removed the staging file a killed build left: {staged.cleaned[0]}")
            if log:
                log.info(f"writing {staged.path} (started {self.started_from})")
            yield self
        finally:
            if log and not staged.committed and self._will_publish:
                log.warning(f"the warehouse {self.warehouse} was not changed by this run")
            staged.__exit__(None, None, None)

    def _take_inputs(self, log: Any) -> BuildInputs | None:
        from orchestration.freshness import inputs_of
        from orchestration.project import DBT_PROJECT_DIR

        try:
            return inputs_of(Path(self.docs_dir), DBT_PROJECT_DIR)
        except Exception as exc:  # only the shortcut of the next build is lost
            if log:
                log.warning(f"could not take the fingerprint of this build's inputs: {exc}")
            return None

    def _only_documents_changed(self) -> bool:
        """True when the published build differs from this run's inputs in its documents alone
        (and incremental builds are not turned off)."""
        if self._inputs is None or os.environ.get(INCREMENTAL_ENV, "1").strip() in ("0", ""):
            return False
        published = published_build(self.published_path)
        return published is not None and changed_parts(self._inputs, published) == ["documents"]

    def publish(self, build_id: str | None = None) -> None:
        """Replace the published warehouse with this run's staging file (atomic rename), with
        the record of this run's inputs (``meta.build``) when it built everything."""
        if self._staged is None:
            raise RuntimeError("publish() needs a run: the staging file is prepared at run start")
        with super().get_connection() as con:
            forget_changed_documents(con)
            if self._inputs is not None:
                record_build(con, self._inputs, build_id)
            else:
                forget_build(con)
        self._staged.commit()

    @contextlib.contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.published:
            # the staging file has become the warehouse: look, never write
            with self.connect_published() as con:
                if con is None:
                    raise RuntimeError(f"the published warehouse vanished: {self.warehouse}")
                yield con
            return
        with super().get_connection() as con:
            yield con

    @contextlib.contextmanager
    def connect_published(self) -> Iterator[duckdb.DuckDBPyConnection | None]:
        """A read-only connection to the published warehouse, or None when there is none yet."""
        if not self.published_path.is_file():
            yield None
            return
        con = duckdb.connect(str(self.published_path), read_only=True)
        try:
            yield con
        finally:
            con.close()


class _RunPlan:
    """What a run will do to the warehouse, from its selection."""

    def __init__(self, whole: bool, writes: bool, publishes: bool, selected: list[str]) -> None:
        self.whole, self.writes, self.publishes, self.selected = whole, writes, publishes, selected

    @classmethod
    def of(cls, run: DagsterRun | None) -> "_RunPlan":
        if run is None:  # direct invocation in a test: a plain database
            return cls(whole=True, writes=True, publishes=True, selected=[])
        assets = set(run.asset_selection or ())
        checks_only = not assets and run.asset_check_selection is not None
        whole = not assets and not checks_only and run.parent_run_id is None
        if run.step_keys_to_execute is not None:
            publishes = PUBLISH_STEP in run.step_keys_to_execute
        else:
            publishes = PUBLISH_ASSET_KEY in assets or (not assets and not checks_only)
        writes = bool(assets - {PUBLISH_ASSET_KEY}) or (not assets and not checks_only)
        selected = sorted(k.to_user_string() for k in assets)
        return cls(whole, writes, publishes, selected)

    def refusal(self) -> str:
        shown = ", ".join(self.selected[:5]) + (" …" if len(self.selected) > 5 else "")
        return (
            f"this run would rebuild {shown} without publishing it: runs write a staging copy "
            f"that only `{PUBLISH_STEP}` publishes. Select `{PUBLISH_STEP}` too (for example "
            "'Materialize all', or the build job) — nothing was changed"
        )


def enter_staging(
    warehouse: Path,
    plan: _RunPlan,
    run: DagsterRun,
    wait_seconds: float,
    on_wait: Callable[[str], object] | None = None,
) -> StagedWarehouse:
    """The run's staging file, entered under the build lock (empty for a whole run, else a
    copy of the published file); a Failure that says nothing changed when another build holds
    the lock."""
    staged = StagedWarehouse(
        warehouse,
        start_from="empty" if plan.whole else "copy",
        wait_seconds=wait_seconds,
        holder=_holder(run),
        on_wait=on_wait,
    )
    try:
        staged.__enter__()
    except WarehouseBusy as exc:
        raise Failure(
            description=f"{exc}; this run changed nothing: launch it again when that build "
            "has finished"
        ) from exc
    return staged


def _holder(run: DagsterRun | None) -> str:
    if run is None:
        return "a build"
    by = run.tags.get(LAUNCHED_BY_TAG) or _launcher_from_tags(run.tags)
    return f"{by}, Dagster run {run.run_id[:8]}"


def _launcher_from_tags(tags: Any) -> str:
    if tags.get("dagster/sensor_name"):
        return f"sensor {tags['dagster/sensor_name']}"
    if tags.get("dagster/schedule_name"):
        return f"schedule {tags['dagster/schedule_name']}"
    return "the Dagster UI"
