"""Dagster assets of the Python part of the pipeline (the dbt part is orchestration.dbt_assets)."""
