"""Data-quality checks over the zhibiao warehouse, validated with Great Expectations.

Each check (:data:`CHECKS`, keyed ``<table>.<name>``) draws the rows it judges from the
warehouse and validates them with GE, which names the failing rows:

* ``provenance`` (blocking) on fct_indicator_value and fct_unmapped_quantity: offsets point at
  raw_text inside its sentence (:mod:`expectations.provenance`);
* ``consistency`` (blocking) on fct_indicator_value, dim_document, source_files and
  fct_target_attainment (:mod:`expectations.consistency`);
* ``target_dating`` (warning) on fct_indicator_value: a target set for its report year says so;
* ``drift`` (warning) against the last published warehouse (:mod:`expectations.drift`,
  whose :func:`compare_warehouses` is usable on its own);
* ``distribution`` (warning): outliers per indicator and measure (:mod:`expectations.distribution`).

``run_check(spec, con, ctx)`` runs one on an open DuckDB connection; ``check_warehouse(path)``
runs them all on a file. Importing this package does not import Great Expectations (slow);
running a check does, once.
"""

from expectations.drift import DriftReport, Tolerance, compare_warehouses
from expectations.registry import CHECK_LIST, CHECKS
from expectations.runner import CheckResult, run_check
from expectations.spec import CheckContext, CheckSpec
from expectations.warehouse import check_warehouse

__all__ = [
    "CHECKS",
    "CHECK_LIST",
    "CheckContext",
    "CheckResult",
    "CheckSpec",
    "DriftReport",
    "Tolerance",
    "check_warehouse",
    "compare_warehouses",
    "run_check",
]
