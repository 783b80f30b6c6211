"""The one Dagster instance that ``zhibiao build`` and ``dagster dev`` share.

``dagster dev`` started from the repository root without ``DAGSTER_HOME`` reads
``./dagster.yaml``, whose storage paths point into ``.dagster_home/`` (relative to the root).
``zhibiao build`` opens the same storage with absolute paths, from anywhere, so the UI shows
every CLI build: its run, materialisations, check results and metadata. When ``DAGSTER_HOME``
is set, both use that instance instead.

CLI runs keep no stdout/stderr capture (their dbt output is in the build's log file beside the
cache); everything else is recorded as for a run launched from the UI.

``ZHIBIAO_EXECUTOR`` other than ``in_process`` adds ``deploy/<setting>/instance.yaml`` to the
settings (the warehouse pool's limit of one: ``orchestration.executors``); the repository's
dagster.yaml itself sets no pool limit, so in-process runs never wait for a slot.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from orchestration.paths import REPO_ROOT

if TYPE_CHECKING:
    from dagster import DagsterInstance

REPO_INSTANCE_YAML = REPO_ROOT / "dagster.yaml"
DEFAULT_HOME = REPO_ROOT / ".dagster_home"
# The keys of dagster.yaml that name folders; everything else (telemetry, first-visit pop-up,
# run queue) is shared as written.
PATH_KEYS = ("storage", "local_artifact_storage", "compute_logs")
# Dagster's SQLite storage with an event log that keeps its engines, by name (importing it
# loads Dagster): orchestration/instance_storage.py
STORAGE_CLASS = {"module": "orchestration.instance_storage", "class": "ZhibiaoSqliteStorage"}
_NO_CAPTURE = {
    "module": "dagster._core.storage.noop_compute_log_manager",
    "class": "NoOpComputeLogManager",
}


def instance_home() -> Path:
    """``DAGSTER_HOME`` when set, else ``.dagster_home/`` in the repository."""
    home = os.environ.get("DAGSTER_HOME")
    return Path(home) if home else DEFAULT_HOME


def storage_paths(home: Path) -> dict[str, Any]:
    """The PATH_KEYS settings that keep an instance's storage under ``home``: the layout
    Dagster itself uses for ``DAGSTER_HOME=home``."""
    return {
        "storage": {"custom": {**STORAGE_CLASS, "config": {"base_dir": str(home)}}},
        "local_artifact_storage": {
            "module": "dagster._core.storage.root",
            "class": "LocalArtifactStorage",
            "config": {"base_dir": str(home)},
        },
        "compute_logs": {
            "module": "dagster._core.storage.local_compute_log_manager",
            "class": "LocalComputeLogManager",
            "config": {"base_dir": str(home / "storage")},
        },
    }


def shared_settings() -> dict[str, Any]:
    """The repository's dagster.yaml without its folders, with what ``ZHIBIAO_EXECUTOR`` adds."""
    settings = yaml.safe_load(REPO_INSTANCE_YAML.read_text(encoding="utf-8")) or {}
    settings = {k: v for k, v in settings.items() if k not in PATH_KEYS}
    return {**settings, **executor_overrides(settings)}


def executor_overrides(settings: dict[str, Any]) -> dict[str, Any]:
    """The top-level keys of ``settings`` (a dagster.yaml) that the executor setting replaces:
    ``concurrency`` with the pool limit of ``deploy/<setting>/instance.yaml`` merged in (and
    the run queue's limit moved there: Dagster refuses it in both places)."""
    from orchestration.executors import executor_choice, instance_settings

    extra = instance_settings(executor_choice())
    if not extra.get("concurrency"):
        return {}
    concurrency = {k: dict(v) for k, v in (settings.get("concurrency") or {}).items()}
    for key, value in extra["concurrency"].items():
        concurrency.setdefault(key, {}).update(value)
    out: dict[str, Any] = {"concurrency": concurrency}
    queue = dict(settings.get("run_queue") or {})
    if "max_concurrent_runs" in queue:
        runs = concurrency.setdefault("runs", {})
        runs.setdefault("max_concurrent_runs", queue.pop("max_concurrent_runs"))
        out["run_queue"] = queue
    return out


def write_instance_config(home: Path) -> Path:
    """A dagster.yaml for ``DAGSTER_HOME=home`` with the repository's settings and storage
    class (tests, CI): its runs are kept in ``home``, in Dagster's own layout."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / "dagster.yaml"
    settings = {**shared_settings(), "storage": storage_paths(home.absolute())["storage"]}
    path.write_text(yaml.safe_dump(settings, sort_keys=True), encoding="utf-8")
    return path


def _settings_in(config_dir: Path) -> dict[str, Any]:
    path = config_dir / "dagster.yaml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}


@contextlib.contextmanager
def open_instance() -> Iterator[DagsterInstance]:
    """The shared instance (an ephemeral one when its folder cannot be created)."""
    from dagster import DagsterInstance
    from dagster._core.instance.ref import InstanceRef

    home = instance_home()
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / ".zhibiao-probe"
        probe.touch()
        probe.unlink()
    except OSError:  # a read-only checkout: the build still works, the UI will not see it
        with DagsterInstance.ephemeral() as instance:
            yield instance
        return
    if os.environ.get("DAGSTER_HOME"):
        config_dir, overrides = home, {"compute_logs": _NO_CAPTURE}
    else:
        config_dir = REPO_ROOT
        overrides = {**storage_paths(home.absolute()), "compute_logs": _NO_CAPTURE}
    overrides.update(executor_overrides(_settings_in(config_dir)))
    ref = InstanceRef.from_dir(str(home), config_dir=str(config_dir), overrides=overrides)
    with DagsterInstance.from_ref(ref) as instance:
        yield instance
