"""Which Dagster executor runs the build job, chosen by a setting: ``ZHIBIAO_EXECUTOR``.

``in_process`` (the default) runs every step in the run's own process: the fastest on one
machine, and what ``zhibiao build``, the tests and the README measure. ``multiprocess`` runs
each step in a process of its own (Dagster's multiprocess executor) on this machine.
``celery`` and ``k8s`` select dagster-celery's and dagster-k8s's executors for a cluster: those
packages are not dependencies of this repository, and nothing here has run them (see
docs/distributed.md). Each executor's configuration is a file of the repository,
``deploy/<setting>/executor.yaml``: change it there, not in code.

A run writes the staging copy of the warehouse and publishes it in its last step
(``orchestration.warehouse``). In one process the ``duckdb`` resource prepares that copy, holds
the warehouse's build lock and drops the copy when the run fails. With an executor that runs
steps elsewhere each step opens its resources anew, so the run's own process (the
orchestrator, Dagster's run worker) does that instead: :class:`StagedRunExecutor` wraps the
chosen executor, prepares the staging copy and holds the lock for the whole run, and the steps'
``duckdb`` resource, :class:`RunStagedWarehouse`, attaches to that copy instead of preparing
its own. ``zhibiao build`` always runs in one process (``execute_in_process``), whatever the
setting.

Every asset that writes the warehouse is in the Dagster concurrency pool ``zhibiao_warehouse``
(``pool=`` on its decorator). The repository's dagster.yaml sets no limit on it, so in-process
runs never wait for a slot; the other settings add ``deploy/<setting>/instance.yaml`` (a limit
of 1) to the instance settings: see ``orchestration.instance``.

No ``from __future__ import annotations``: Dagster reads the real type hints of resources.
"""

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from dagster import (
    ExecutorDefinition,
    Failure,
    InitResourceContext,
    in_process_executor,
    multiprocess_executor,
)
from dagster._core.execution.retries import RetryMode
from dagster._core.execution.step_dependency_config import StepDependencyConfig
from dagster._core.executor.base import Executor

from ingest.store.build_inputs import BuildInputs
from ingest.store.publish import StagedWarehouse, staging_path
from orchestration.paths import REPO_ROOT, Paths
from orchestration.warehouse import WarehouseResource, _RunPlan, enter_staging

EXECUTOR_SETTING = "ZHIBIAO_EXECUTOR"
IN_PROCESS = "in_process"
MULTIPROCESS = "multiprocess"
CELERY = "celery"
K8S = "k8s"
CHOICES = (IN_PROCESS, MULTIPROCESS, CELERY, K8S)
WAREHOUSE_POOL = "zhibiao_warehouse"
DEPLOY_DIR = REPO_ROOT / "deploy"
# Beside the staging file while a run that runs its steps elsewhere owns it: which run, how the
# copy started, and the fingerprint of the run's inputs for the publish step to record.
RUN_RECORD_SUFFIX = ".run.json"

# The package and executor each cluster setting needs (imported only when selected).
_CLUSTER_EXECUTORS = {
    CELERY: ("dagster_celery", "celery_executor", "dagster-celery"),
    K8S: ("dagster_k8s", "k8s_job_executor", "dagster-k8s"),
}


def executor_choice() -> str:
    """The executor ``ZHIBIAO_EXECUTOR`` selects (``in_process`` when unset)."""
    value = os.environ.get(EXECUTOR_SETTING, "").strip() or IN_PROCESS
    choice = value.lower().replace("-", "_")
    if choice not in CHOICES:
        raise ValueError(f"{EXECUTOR_SETTING}={value!r}: use one of {', '.join(CHOICES)}")
    return choice


def deploy_file(choice: str, name: str) -> Path:
    return DEPLOY_DIR / choice / name


def executor_config(choice: str) -> dict[str, Any]:
    """The executor's configuration in the repository (``deploy/<choice>/executor.yaml``)."""
    path = deploy_file(choice, "executor.yaml")
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def instance_settings(choice: str) -> dict[str, Any]:
    """What the setting adds to the instance's dagster.yaml (``deploy/<choice>/instance.yaml``:
    the concurrency pool's limit); nothing for ``in_process``."""
    path = deploy_file(choice, "instance.yaml")
    if choice == IN_PROCESS or not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _base_executor(choice: str) -> ExecutorDefinition:
    if choice == MULTIPROCESS:
        return multiprocess_executor
    module_name, attr, package = _CLUSTER_EXECUTORS[choice]
    try:
        module = __import__(module_name)
    except ImportError as exc:
        raise RuntimeError(
            f"{EXECUTOR_SETTING}={choice} needs the package {package}, which this repository "
            f"does not install: add it to the image that runs the cluster (docs/distributed.md)"
        ) from exc
    return getattr(module, attr)


def executor_for(paths: Paths, lock_wait_seconds: float = 0.0) -> ExecutorDefinition:
    """The build job's executor for the setting, configured from the repository."""
    choice = executor_choice()
    if choice == IN_PROCESS:
        return in_process_executor
    base = _base_executor(choice)
    config = executor_config(choice)
    if config:
        base = base.configured(config, name=base.name)
    return staged(base, paths, lock_wait_seconds)


def staged(
    base: ExecutorDefinition, paths: Paths, lock_wait_seconds: float = 0.0
) -> ExecutorDefinition:
    """``base``, whose runs' staging copy of the warehouse the run worker prepares and holds."""
    create = base.executor_creation_fn
    if create is None:
        raise ValueError(f"executor {base.name} cannot be created")

    def creation_fn(init_context: Any) -> Executor:
        return StagedRunExecutor(create(init_context), paths, lock_wait_seconds)

    return ExecutorDefinition(
        name=base.name,
        config_schema=base.config_schema,
        requirements=base.get_requirements,
        executor_creation_fn=creation_fn,
        description=base.description,
    )


def run_record_path(warehouse: Path) -> Path:
    staging = staging_path(warehouse)
    return staging.with_name(staging.name + RUN_RECORD_SUFFIX)


class StagedRunExecutor(Executor):
    """Runs ``inner``'s orchestration inside the run's staging copy of the warehouse.

    The run worker takes the build lock, prepares the staging file (empty for a whole build,
    else a copy of the published warehouse: the rules of ``orchestration.warehouse``) and
    records which run owns it; the steps, wherever they run, write that file; when the run
    ends the lock is released and, unless the publish step renamed the file onto the warehouse,
    the file is dropped. A run the ``duckdb`` resource would refuse (it writes without
    publishing) prepares nothing: its steps fail with the resource's message.
    """

    def __init__(self, inner: Executor, paths: Paths, lock_wait_seconds: float) -> None:
        self.inner = inner
        self.warehouse = Path(paths.warehouse).absolute()
        self.docs_dir = Path(paths.docs_dir)
        self.lock_wait_seconds = lock_wait_seconds

    @property
    def retries(self) -> RetryMode:
        return self.inner.retries

    @property
    def step_dependency_config(self) -> StepDependencyConfig:
        return self.inner.step_dependency_config

    def execute(self, plan_context: Any, execution_plan: Any) -> Iterator[Any]:
        run = plan_context.dagster_run
        plan = _RunPlan.of(run)
        if plan.writes and not plan.publishes:
            yield from self.inner.execute(plan_context, execution_plan)
            return
        log = plan_context.log
        staged = enter_staging(self.warehouse, plan, run, self.lock_wait_seconds, on_wait=log.info)
        record = run_record_path(self.warehouse)
        try:
            if staged.cleaned:
                log.warning(f"removed the staging file a killed build left: {staged.cleaned[0]}")
            inputs = _take_inputs(self.docs_dir, log) if plan.whole and plan.publishes else None
            _write_record(record, run.run_id, staged, inputs)
            log.info(f"run {run.run_id[:8]} writes {staged.path} (steps attach to it)")
            yield from self.inner.execute(plan_context, execution_plan)
        finally:
            record.unlink(missing_ok=True)
            unpublished = staged.path.exists()
            staged.__exit__(None, None, None)
            if unpublished and plan.publishes:
                log.warning(f"the warehouse {self.warehouse} was not changed by this run")
            _free_pool_slots(plan_context.instance, run.run_id)


def _take_inputs(docs_dir: Path, log: Any) -> BuildInputs | None:
    from orchestration.freshness import inputs_of
    from orchestration.project import DBT_PROJECT_DIR

    try:
        return inputs_of(docs_dir, DBT_PROJECT_DIR)
    except Exception as exc:  # only the shortcut of the next build is lost
        log.warning(f"could not take the fingerprint of this build's inputs: {exc}")
        return None


def _write_record(
    path: Path, run_id: str, staged: StagedWarehouse, inputs: BuildInputs | None
) -> None:
    record = {
        "run_id": run_id,
        "start_from": staged.start_from,
        "copied": staged.copied,
        "inputs": None
        if inputs is None
        else {"parts": inputs.parts, "documents": inputs.documents},
    }
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(record), encoding="utf-8")
    os.replace(partial, path)


def _read_record(path: Path) -> Mapping[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _free_pool_slots(instance: Any, run_id: str) -> None:
    """Slots a step of this run still holds (a step process that died): its run is over."""
    storage = instance.event_log_storage
    with contextlib.suppress(Exception):  # a courtesy: the daemon frees them too
        if storage.supports_global_concurrency_limits:
            storage.free_concurrency_slots_for_run(run_id)


class RunStagedWarehouse(WarehouseResource):
    """The ``duckdb`` resource of a step that runs outside the run's process: it writes the
    staging file the run worker prepared for this run (:class:`StagedRunExecutor`), never
    prepares or drops one, and publishes it when it is the publish step's.

    In a run that has no such file (``execute_in_process``, as ``zhibiao build`` runs), it is
    the plain :class:`~orchestration.warehouse.WarehouseResource`.
    """

    @contextlib.contextmanager
    def yield_for_execution(self, context: InitResourceContext) -> Iterator["WarehouseResource"]:
        run = context.run
        record = _read_record(run_record_path(self.published_path.absolute()))
        if run is None or record is None or record.get("run_id") != run.run_id:
            with super().yield_for_execution(context) as resource:
                yield resource
            return
        plan = _RunPlan.of(run)
        if plan.writes and not plan.publishes:
            raise Failure(description=plan.refusal())
        staged = StagedWarehouse(self.published_path.absolute(), start_from=record["start_from"])
        staged.copied = bool(record.get("copied"))
        inputs = record.get("inputs")
        self._staged, self._will_publish = staged, plan.publishes
        self._inputs = None if inputs is None else BuildInputs(**inputs)
        yield self
