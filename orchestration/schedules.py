"""A daily rebuild of the warehouse (off by default: turn it on in the UI's Automation tab)."""

from dagster import DefaultScheduleStatus, ScheduleDefinition

from orchestration.sensors import BUILD_JOB_NAME

DAILY_CRON = "0 6 * * *"

daily_build_schedule = ScheduleDefinition(
    name="daily_build_schedule",
    job_name=BUILD_JOB_NAME,
    cron_schedule=DAILY_CRON,
    default_status=DefaultScheduleStatus.STOPPED,
    description="Rebuilds and publishes the warehouse every day at 06:00 UTC; unchanged "
    "documents come from the cache, so a quiet day costs little.",
    tags={"zhibiao/launched_by": "daily schedule"},
)
