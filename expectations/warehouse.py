"""Running every check on a DuckDB warehouse file (tests, corpora, ``python -m expectations``).

>>> ctx = CheckContext(docs_dir=Path("seeds"))
>>> results = check_warehouse(Path("warehouse/zhibiao.duckdb"), ctx)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb

from expectations.registry import CHECKS
from expectations.runner import CheckResult, run_check
from expectations.spec import CheckContext


def check_warehouse(
    database: Path,
    ctx: CheckContext | None = None,
    keys: Iterable[str] | None = None,
    *,
    data_docs_dir: Path | None = None,
) -> dict[str, CheckResult]:
    """Run the checks named by ``keys`` (default: all of CHECKS) on a warehouse file, read-only."""
    con = duckdb.connect(str(database), read_only=True)
    try:
        return {
            key: run_check(CHECKS[key], con, ctx, data_docs_dir=data_docs_dir)
            for key in (keys if keys is not None else CHECKS)
        }
    finally:
        con.close()
