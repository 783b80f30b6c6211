"""What a fact may look like: the ranges the extractor keeps and the data checks enforce.

A figure outside them (a 1985 baseline, 增长1250%) is more likely a misreading than a fact:
the extractor sends it to the unmapped table, where the lexicon work looks. The warehouse's
own distribution check (``expectations.distribution``) then flags what is odd among the rest.
"""

from __future__ import annotations

YEAR_RANGE = (1990, 2040)
# by measure for rates, by unit for the rest; (low, high), high exclusive where noted in GE
MEASURE_RANGES = {"growth_pct": (-100.0, 1000.0), "share_pct": (0.0, 100.0)}
UNIT_RANGES = {
    "count": (0.0, 10_000_000.0),
    "yuan": (0.0, 1e14),
    "rank": (1.0, 100.0),
    "per_10k_people": (0.0, 10_000.0),
    "sqm": (0.0, 1e10),
}


def implausible(year: int | None, measure: str, unit: str, value: float) -> str | None:
    """Why a fact cannot be kept as one, or None when it is plausible."""
    if year is None:
        return "no year: the document's report and plan years are unknown"
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return f"year {year} outside {YEAR_RANGE[0]}-{YEAR_RANGE[1]}"
    low, high = MEASURE_RANGES.get(measure) or UNIT_RANGES.get(unit, (float("-inf"), float("inf")))
    if not low <= value < high or (measure in MEASURE_RANGES and value == high):
        return f"{measure} {value:g} {unit} outside {low:g} to {high:g}"
    return None
