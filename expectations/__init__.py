"""Great Expectations suites over the zhibiao marts.

Public API:

``SUITES: dict[str, SuiteSpec]``
    table name -> spec (``blocking``, ``description``, ``requires``); fct_indicator_value and
    source_files are blocking.
``run_suite(table, df, *, context=None, data_docs_dir=None) -> SuiteResult``
    validate a pandas DataFrame holding a mart; ``context={"indicator_units": {code: unit}}``
    is required for fct_indicator_value.
``suite_context(con)``, ``read_mart(con, table)``, ``validate_warehouse(con, ...)``
    helpers that read a DuckDB warehouse.

Importing this package does not import Great Expectations (slow); ``run_suite`` does, once.
"""

from expectations.runner import SuiteResult, run_suite
from expectations.suites import SUITES, SuiteSpec
from expectations.warehouse import read_mart, suite_context, validate_warehouse

__all__ = [
    "SUITES",
    "SuiteResult",
    "SuiteSpec",
    "read_mart",
    "run_suite",
    "suite_context",
    "validate_warehouse",
]
