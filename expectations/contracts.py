"""The dbt contracts as the checks' one source of column names.

The marts' YAML (dbt_project/models/marts/*.yml) declares each table's columns and tests; the
checks read what they need from it (a table's columns, the columns that identify a fact)
instead of writing the lists out again.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

MARTS_DIR = Path(__file__).resolve().parents[1] / "dbt_project" / "models" / "marts"


@cache
def _models(marts_dir: Path = MARTS_DIR) -> dict[str, dict[str, Any]]:
    models: dict[str, dict[str, Any]] = {}
    for path in sorted(marts_dir.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for model in doc.get("models") or []:
            models[model["name"]] = model
    return models


def contract_columns(model: str) -> tuple[str, ...]:
    """The columns a mart's contract declares, in order."""
    try:
        spec = _models()[model]
    except KeyError:
        raise KeyError(f"no dbt contract for {model!r} under {MARTS_DIR}") from None
    return tuple(c["name"] for c in spec.get("columns") or [])


def unique_key(model: str) -> tuple[str, ...]:
    """The columns of the model's unique_combination_of_columns test (what makes a row distinct)."""
    for test in _models()[model].get("data_tests") or []:
        if isinstance(test, dict) and "unique_combination_of_columns" in test:
            body = test["unique_combination_of_columns"]
            args = body.get("arguments", body)
            return tuple(args["combination_of_columns"])
    raise KeyError(f"{model!r} has no unique_combination_of_columns test")
