"""What a data-quality check is: rows drawn from the warehouse, and expectations over them.

A check builds one pandas frame from an open DuckDB warehouse (the rows it judges, with the
columns the judgement needs computed beside them) and a list of Great Expectations expectations
over that frame. The runner (:mod:`expectations.runner`) validates the frame with GE, which
names every failing row by the check's ``id_columns``.

Great Expectations is imported inside the expectation builders only, so that reading
:data:`expectations.registry.CHECKS` (Dagster does, when it loads its definitions) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb
    import pandas as pd
    from great_expectations.expectations import Expectation

    from expectations.drift import Tolerance


@dataclass(frozen=True)
class CheckContext:
    """What a check may need besides the warehouse.

    ``docs_dir``: the documents folder the build read (the source-file check lists it).
    ``baseline``: the last published warehouse, compared against by the drift check.
    ``files_since``: a POSIX time; files modified after it arrived during the build and are
    not expected in ``source_files`` yet.
    ``tolerance``: how far the drift check lets aggregates move (None: the default).
    ``changed_documents``: a relation of ``document_id`` (an incremental build's
    ``meta.changed_documents``): the per-document checks then judge only those documents'
    rows, the others being those of the published warehouse, which passed them (None: all).
    ``all_rows``: hand GE every row judged, also those the frame builder proved pass (in SQL
    or numpy) and leaves out by default: slower, the same result (tests compare the two).
    """

    docs_dir: Path | None = None
    baseline: Path | None = None
    files_since: float | None = None
    tolerance: Tolerance | None = None
    changed_documents: str | None = None
    all_rows: bool = False

    def only_changed(self, column: str) -> str:
        """``and <column> in (the changed documents)``, or nothing when every row is judged."""
        if self.changed_documents is None:
            return ""
        return f"and {column} in (select document_id from {self.changed_documents})"

    def scope_notes(self) -> list[str]:
        if self.changed_documents is None:
            return []
        return [
            "incremental build: only the rows of documents added or changed since the "
            "published warehouse are judged (the others are the published rows, which passed)"
        ]


def only_changed(ctx: CheckContext | None, column: str) -> str:
    """:meth:`CheckContext.only_changed`, for a frame builder called without a context."""
    return ctx.only_changed(column) if ctx is not None else ""


def scope_notes(ctx: CheckContext | None) -> list[str]:
    """:meth:`CheckContext.scope_notes`, for a frame builder called without a context."""
    return ctx.scope_notes() if ctx is not None else []


def all_rows(ctx: CheckContext | None) -> bool:
    """Whether GE is to see every row (``ctx.all_rows``), not only those that may fail; a
    frame builder called without a context gives every row (the runner always passes one)."""
    return ctx is None or ctx.all_rows


def unless_passing(ctx: CheckContext | None, passes: str) -> str:
    """A SQL ``where`` condition keeping the rows of which ``passes`` (a SQL condition that
    holds only for rows that pass every expectation of the check) is not surely true; every row
    when the context asks for all rows. ``passes`` may be loose (keeping a passing row costs
    time only), never wrong: a row it clears is one GE never sees."""
    return "true" if all_rows(ctx) else f"not coalesce(({passes}), false)"


@dataclass
class CheckFrame:
    """The rows a check judges, and notes on what it could not look at.

    ``rows``: how many rows the check judged, when ``frame`` holds only those that may fail
    (the builder proved the others pass every expectation, in SQL or numpy, and left them
    out so that neither pandas nor GE spend time on them); None when ``frame`` is every row.
    The verdict, the failing rows and their counts are the same either way.
    """

    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    rows: int | None = None


FrameBuilder = Callable[["duckdb.DuckDBPyConnection", CheckContext], CheckFrame]
ExpectationBuilder = Callable[[], list["Expectation"]]


@dataclass(frozen=True)
class CheckSpec:
    """One data-quality check on one mart.

    ``table``: the mart the check is attached to (its Dagster asset). ``name``: provenance,
    consistency, drift or distribution. ``blocking``: a failure means the warehouse must not be
    published; otherwise the failure is a warning. ``rows``: what one row of the frame is (for
    messages: "fact", "file"). ``id_columns`` name a row; ``show`` are the columns of the
    failing-rows table besides them.
    """

    table: str
    name: str
    blocking: bool
    description: str
    rows: str
    id_columns: tuple[str, ...]
    show: tuple[str, ...]
    frame: FrameBuilder = field(repr=False)
    expectations: ExpectationBuilder = field(repr=False)

    @property
    def key(self) -> str:
        """``<table>.<name>``, e.g. ``fct_indicator_value.provenance``."""
        return f"{self.table}.{self.name}"

    @property
    def suite_name(self) -> str:
        """The GE suite's name. No dot: GE's page templates count dots to find the site root."""
        return f"{self.table}__{self.name}"

    def columns(self) -> Sequence[str]:
        return (*self.id_columns, *self.show)
