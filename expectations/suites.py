"""Great Expectations suites over the warehouse marts, one per contract table.

A suite is a function of an optional *context* (facts that come from the warehouse itself, such
as dim_indicator's unit per indicator) returning GE expectation objects. Great Expectations is
imported inside the builders only: importing this module (e.g. to read ``SUITES`` while Dagster
loads its definitions) does not pay GE's ~10 s import.

Context keys:

``indicator_units``
    ``Mapping[str, str]``, dim_indicator's ``indicator_code -> unit``. Required by
    fct_indicator_value: codes must be known and level/increment figures must be in their
    indicator's unit. :func:`expectations.warehouse.suite_context` reads it from a warehouse.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ingest.extraction import plausibility

if TYPE_CHECKING:
    from great_expectations.expectations import Expectation

KINDS = ("actual", "target")
MEASURES = ("level", "increment", "growth_pct", "share_pct", "rank")
COMPARATORS = ("eq", "gte", "lte", "approx")
UNITS = ("yuan", "count", "percent", "rank", "per_10k_people", "sqm")
DOCUMENT_STATUSES = ("ok", "quarantined")
SOURCE_FILE_STATUSES = ("ok", "duplicate", "quarantined")
ADMIN_LEVELS = ("prefecture", "county", "district")
UNMAPPED_REASONS = ("no_indicator", "unknown_indicator_code")
YEAR_RANGE = plausibility.YEAR_RANGE

FACT_COLUMNS = (
    "fact_id",
    "document_id",
    "city_id",
    "year",
    "indicator_code",
    "kind",
    "measure",
    "comparator",
    "value",
    "unit",
    "qualifier",
    "raw_text",
    "sentence",
    "char_start",
    "char_end",
)
SOURCE_FILE_COLUMNS = (
    "source_file",
    "size_bytes",
    "sha256",
    "encoding",
    "document_id",
    "status",
    "reason",
)
DOCUMENT_COLUMNS = (
    "document_id",
    "source_file",
    "title",
    "city_id",
    "report_year",
    "plan_year",
    "issuer",
    "doc_number",
    "published_on",
    "status",
    "quarantine_reason",
    "current_year",
    "genre",
    "years_basis",
    "city_basis",
)

SuiteContext = Mapping[str, Any]
SuiteBuilder = Callable[[SuiteContext], list["Expectation"]]


@dataclass(frozen=True)
class SuiteSpec:
    """What to check on one mart.

    ``blocking``: a failure means the warehouse must not be trusted (the orchestration fails
    the build); a non-blocking failure is reported as a warning.
    """

    table: str
    blocking: bool
    description: str
    build: SuiteBuilder = field(repr=False)
    requires: tuple[str, ...] = ()

    def expectations(self, context: SuiteContext | None = None) -> list[Expectation]:
        """The suite's expectations for this context; ValueError when a required key is missing."""
        ctx: SuiteContext = context or {}
        missing = [key for key in self.requires if key not in ctx]
        if missing:
            raise ValueError(
                f"suite {self.table!r} needs context key(s) {', '.join(missing)}; "
                "see expectations.warehouse.suite_context()"
            )
        return self.build(ctx)


# --- helpers ---------------------------------------------------------------------------------


def _not_null(*columns: str) -> list[Expectation]:
    import great_expectations.expectations as gxe

    return [gxe.ExpectColumnValuesToNotBeNull(column=c) for c in columns]


def _in_set(column: str, values: Sequence[str], **kwargs: Any) -> Expectation:
    import great_expectations.expectations as gxe

    return gxe.ExpectColumnValuesToBeInSet(column=column, value_set=list(values), **kwargs)


def _between(column: str, low: float | None, high: float | None, **kwargs: Any) -> Expectation:
    import great_expectations.expectations as gxe

    return gxe.ExpectColumnValuesToBeBetween(column=column, min_value=low, max_value=high, **kwargs)


def _columns(columns: Sequence[str]) -> Expectation:
    import great_expectations.expectations as gxe

    return gxe.ExpectTableColumnsToMatchSet(column_set=list(columns), exact_match=True)


def _units_by_indicator(units: Mapping[str, str]) -> list[Expectation]:
    """A level or increment figure is in its indicator's unit: one expectation per unit.

    (ExpectColumnPairValuesToBeInSet would say it in one, but GE 1.24 ignores its row_condition
    when collecting unexpected pairs, so growth and share figures would count as failures.)
    """
    from great_expectations.expectations.row_conditions import Column

    codes_by_unit: dict[str, list[str]] = {}
    for code, unit in sorted(units.items()):
        codes_by_unit.setdefault(unit, []).append(code)
    stock = Column("measure").is_in(["level", "increment"])
    return [
        _in_set(
            "unit",
            [unit],
            row_condition=Column("indicator_code").is_in(codes) & stock,
            description=(
                f"level and increment figures of {', '.join(codes)} are in {unit} "
                "(dim_indicator's unit)"
            ),
        )
        for unit, codes in sorted(codes_by_unit.items())
    ]


# --- suites ----------------------------------------------------------------------------------


def fct_indicator_value(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    units: Mapping[str, str] = context["indicator_units"]
    measure, unit = Column("measure"), Column("unit")
    stock = measure.is_in(["level", "increment"])
    return [
        _columns(FACT_COLUMNS),
        *_not_null("fact_id", "document_id", "indicator_code", "year", "value", "raw_text"),
        *_not_null("char_start", "char_end", "kind", "measure", "comparator", "unit"),
        gxe.ExpectColumnValuesToBeUnique(column="fact_id"),
        _in_set(
            "indicator_code",
            sorted(units),
            description="every indicator_code is one of dim_indicator's codes",
        ),
        *_units_by_indicator(units),
        _in_set(
            "unit",
            ["percent"],
            row_condition=measure.is_in(["growth_pct", "share_pct"]),
            description="growth and share figures are in percent",
        ),
        _in_set("unit", ["rank"], row_condition=measure == "rank", description="ranks in rank"),
        _in_set("kind", KINDS),
        _in_set("measure", MEASURES),
        _in_set("comparator", COMPARATORS),
        _in_set("unit", UNITS),
        _between(
            "value",
            *plausibility.MEASURE_RANGES["growth_pct"],
            row_condition=measure == "growth_pct",
            description="growth_pct between -100 and 1000",
        ),
        _between(
            "value",
            *plausibility.MEASURE_RANGES["share_pct"],
            row_condition=measure == "share_pct",
            description="share_pct between 0 and 100",
        ),
        _between(
            "value",
            -100,
            100,
            row_condition=(unit == "percent") & stock,
            description="a percent level or increment between -100 and 100",
        ),
        _between(
            "value",
            *plausibility.UNIT_RANGES["count"],
            strict_max=True,
            row_condition=unit == "count",
            description="count >= 0 and < 10 million",
        ),
        _between(
            "value",
            *plausibility.UNIT_RANGES["yuan"],
            strict_max=True,
            row_condition=unit == "yuan",
            description="yuan >= 0 and < 1e14 (100 trillion)",
        ),
        _between(
            "value",
            *plausibility.UNIT_RANGES["rank"],
            row_condition=unit == "rank",
            description="rank between 1 and 100",
        ),
        _between(
            "value",
            *plausibility.UNIT_RANGES["per_10k_people"],
            row_condition=unit == "per_10k_people",
            description="per_10k_people between 0 and 10000",
        ),
        _between(
            "value",
            *plausibility.UNIT_RANGES["sqm"],
            strict_max=True,
            row_condition=unit == "sqm",
            description="sqm >= 0 and < 1e10",
        ),
        _between("year", *YEAR_RANGE, description="year between 1990 and 2040"),
        _between("char_start", 0, None, description="offsets are not negative"),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="char_end",
            column_B="char_start",
            or_equal=False,
            description="every fact is traceable: char_start < char_end",
        ),
        gxe.ExpectColumnValueLengthsToBeBetween(
            column="raw_text", min_value=1, description="raw_text is not empty"
        ),
    ]


def source_files(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    status = Column("status")
    return [
        _columns(SOURCE_FILE_COLUMNS),
        *_not_null("source_file", "status"),
        # a file that could not be read at all has no hash: quarantined, not a failed build
        gxe.ExpectColumnValuesToNotBeNull(
            column="sha256",
            row_condition=status != "quarantined",
            description="sha256 is known for every file that was read",
        ),
        gxe.ExpectColumnValuesToBeUnique(column="source_file"),
        _in_set("status", SOURCE_FILE_STATUSES),
        gxe.ExpectColumnValuesToMatchRegex(
            column="sha256", regex=r"^[0-9a-f]{64}$", description="sha256 is 64 hex digits"
        ),
        gxe.ExpectColumnValuesToBeNull(
            column="document_id",
            row_condition=status == "quarantined",
            description="a quarantined file became no document",
        ),
        gxe.ExpectColumnValuesToNotBeNull(
            column="document_id",
            row_condition=status.is_in(["ok", "duplicate"]),
            description="an ok or duplicate file names its document",
        ),
        gxe.ExpectColumnValuesToNotBeNull(
            column="reason",
            row_condition=status.is_in(["duplicate", "quarantined"]),
            description="a duplicate or quarantined file says why",
        ),
        _between("size_bytes", 0, None),
    ]


def dim_document(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        _columns(DOCUMENT_COLUMNS),
        *_not_null("document_id", "source_file", "status"),
        gxe.ExpectColumnValuesToBeUnique(column="document_id"),
        _in_set("status", DOCUMENT_STATUSES),
        gxe.ExpectColumnValuesToNotBeNull(
            column="quarantine_reason",
            row_condition=Column("status") == "quarantined",
            description="a quarantined document says why",
        ),
        _between("report_year", *YEAR_RANGE),
        _between("plan_year", *YEAR_RANGE),
    ]


def dim_indicator(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe

    return [
        *_not_null("indicator_code", "name_zh", "unit"),
        gxe.ExpectColumnValuesToBeUnique(column="indicator_code"),
        _in_set("unit", UNITS),
        gxe.ExpectTableRowCountToBeBetween(min_value=1),
    ]


def dim_city(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        *_not_null("city_id", "city_zh"),
        gxe.ExpectColumnValuesToBeUnique(column="city_id"),
        _in_set("admin_level", ADMIN_LEVELS),
        gxe.ExpectColumnValuesToBeNull(
            column="parent_city_zh",
            row_condition=Column("admin_level") == "prefecture",
            description="a prefecture has no parent city",
        ),
    ]


def fct_target_attainment(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    return [
        *_not_null("indicator_code", "year", "target_value", "target_document_id"),
        _in_set("comparator", COMPARATORS),
        _in_set("measure", MEASURES),
        _between("year", *YEAR_RANGE),
        gxe.ExpectColumnValuesToBeNull(
            column="attained",
            row_condition=Column("actual_value").is_null(),
            description="attained is NULL when no actual is known",
        ),
    ]


def fct_unmapped_quantity(context: SuiteContext) -> list[Expectation]:
    import great_expectations.expectations as gxe

    return [
        *_not_null("unmapped_id", "document_id", "raw_text"),
        gxe.ExpectColumnValuesToBeUnique(column="unmapped_id"),
        _in_set("unmapped_reason", ["no_indicator", "unknown_indicator_code"]),
    ]


SUITES: dict[str, SuiteSpec] = {
    spec.table: spec
    for spec in (
        SuiteSpec(
            "fct_indicator_value",
            blocking=True,
            description="facts: known indicators in their units, plausible values, traceable",
            build=fct_indicator_value,
            requires=("indicator_units",),
        ),
        SuiteSpec(
            "source_files",
            blocking=True,
            description="every input file accounted for, once, with its hash and fate",
            build=source_files,
        ),
        SuiteSpec(
            "dim_document",
            blocking=False,
            description="one row per document, status and reasons consistent",
            build=dim_document,
        ),
        SuiteSpec(
            "dim_indicator",
            blocking=False,
            description="one row per indicator with a canonical unit",
            build=dim_indicator,
        ),
        SuiteSpec(
            "dim_city",
            blocking=False,
            description="one row per issuing city with a valid level",
            build=dim_city,
        ),
        SuiteSpec(
            "fct_target_attainment",
            blocking=False,
            description="targets complete; attained only where an actual exists",
            build=fct_target_attainment,
        ),
        SuiteSpec(
            "fct_unmapped_quantity",
            blocking=False,
            description="unmapped mentions traceable and unique",
            build=fct_unmapped_quantity,
        ),
    )
}
