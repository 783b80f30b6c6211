"""A daily rebuild of the warehouse (off by default: turn it on in the UI's Automation tab).

A day on which nothing changed (same documents, code, lexicon, dbt project, corrections, checks:
``orchestration.freshness``) launches no run; launching the build job by hand always builds.
"""

from dagster import (
    DefaultScheduleStatus,
    RunRequest,
    ScheduleEvaluationContext,
    SkipReason,
    schedule,
)

from orchestration.freshness import freshness
from orchestration.resources import ZhibiaoSettings
from orchestration.sensors import BUILD_JOB_NAME

DAILY_CRON = "0 6 * * *"


@schedule(
    name="daily_build_schedule",
    job_name=BUILD_JOB_NAME,
    cron_schedule=DAILY_CRON,
    default_status=DefaultScheduleStatus.STOPPED,
    description="Rebuilds and publishes the warehouse every day at 06:00 UTC, unless nothing "
    "changed since the published build; unchanged documents come from the cache.",
)
def daily_build_schedule(
    context: ScheduleEvaluationContext, settings: ZhibiaoSettings
) -> RunRequest | SkipReason:
    fresh = freshness(settings.docs, settings.warehouse)
    if fresh.unchanged:
        return SkipReason(fresh.explain())
    return RunRequest(tags={"zhibiao/launched_by": "daily schedule"})
