"""A sensor that rebuilds the warehouse when the documents folder changes (off by default: turn
it on in the UI's Automation tab). Its runs publish like any other (``orchestration.warehouse``).
A change that leaves every file's content as the published build read it (a file touched, or
edited and put back) launches no run (``orchestration.freshness``)."""

import hashlib
import os
from pathlib import Path

from dagster import (
    DefaultSensorStatus,
    RunRequest,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)

from orchestration.freshness import freshness
from orchestration.resources import ZhibiaoSettings

BUILD_JOB_NAME = "build"


def folder_fingerprint(root: Path) -> str:
    """Hash of every file's relative path, size and mtime: cheap, and changes on any edit."""
    h = hashlib.sha256()
    if not root.is_dir():
        return "missing"
    for dirpath, dirnames, filenames in os.walk(root):
        # hidden entries (.DS_Store, .git) are not read by the pipeline either
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(f for f in filenames if not f.startswith(".")):
            path = Path(dirpath, name)
            try:
                st = path.stat()
            except OSError:
                continue  # vanished while listing; the next tick sees the settled state
            rel = path.relative_to(root).as_posix()
            # surrogateescape: a file name that is not UTF-8 must not crash the tick
            h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


@sensor(
    job_name=BUILD_JOB_NAME,
    default_status=DefaultSensorStatus.STOPPED,
    minimum_interval_seconds=30,
    description="Requests a build when a file under the documents folder is added, changed or "
    "removed.",
)
def documents_folder_sensor(
    context: SensorEvaluationContext, settings: ZhibiaoSettings
) -> SensorResult | SkipReason:
    fingerprint = folder_fingerprint(settings.docs)
    if fingerprint == "missing":
        return SkipReason(f"documents folder not found: {settings.docs_dir}")
    if fingerprint == context.cursor:
        return SkipReason("documents folder unchanged")
    fresh = freshness(settings.docs, settings.warehouse)
    if fresh.unchanged:
        return SensorResult(skip_reason=SkipReason(fresh.explain()), cursor=fingerprint)
    return SensorResult(
        run_requests=[
            RunRequest(run_key=fingerprint, tags={"zhibiao/launched_by": "folder sensor"})
        ],
        cursor=fingerprint,
    )
