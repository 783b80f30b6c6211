"""Distribution: values per indicator and measure within bounds the warehouse itself sets (warning).

Within each group of facts with the same indicator, measure and unit, a value far from the
others is flagged for review: a misread unit (万元 read as 亿元), a year read as a count, a
figure of another indicator. The bounds are learned from the group with a robust z-score
(Iglewicz and Hoaglin's modified z: 0.6745 (x - median) / MAD), which a few outliers cannot
drag along. Stocks, increments and shares span orders of magnitude between a county and a
province capital, so they are compared on a log scale; growth rates and ranks as they are.
Ranks (第3名) are small bounded integers, no scale to learn from: not judged. Groups of fewer
than :data:`MIN_GROUP` values are not judged either.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from expectations.spec import CheckContext, CheckFrame, all_rows

if TYPE_CHECKING:
    import duckdb
    from great_expectations.expectations import Expectation

Z_LIMIT = 3.5  # Iglewicz and Hoaglin's recommended cut-off
MIN_GROUP = 5
LINEAR_MEASURES = frozenset({"growth_pct"})  # may be negative
NOT_JUDGED = frozenset({"rank"})
GROUP = ("indicator_code", "measure", "unit")
_MAD_TO_SIGMA = 0.6745
_MEAN_AD_TO_SIGMA = 0.7979  # for a group whose MAD is 0 (more than half the values equal)

# What the z-scores need, of every fact (numbers and short codes: cheap to fetch)
_VALUES_SQL = """
select fact_id, indicator_code, measure, unit, value
from main.fct_indicator_value
order by indicator_code, measure, value, fact_id
"""

# The rest, of the facts that may fail (their ids in the registered relation {ids})
_SQL = """
select
    f.fact_id,
    f.document_id,
    d.source_file,
    c.city_zh,
    f.indicator_code,
    f.measure,
    f.unit,
    f.kind,
    f.year,
    f.value,
    f.raw_text,
    f.sentence
from main.fct_indicator_value as f
left join main.dim_document as d
    on f.document_id = d.document_id
left join main.dim_city as c
    on f.city_id = c.city_id
where {where}
order by f.indicator_code, f.measure, f.value, f.fact_id
"""
_IDS = "_zhibiao_distribution_ids"


def _scale(measure: str, values: np.ndarray) -> np.ndarray:
    if measure in LINEAR_MEASURES:
        return values
    return np.log10(1.0 + np.clip(values, 0.0, None))


def _unscale(measure: str, x: float) -> float:
    return x if measure in LINEAR_MEASURES else max(10.0**x - 1.0, 0.0)


def robust_z(measure: str, values: np.ndarray) -> tuple[np.ndarray, float | None, float | None]:
    """Modified z-scores of ``values`` and the value bounds |z| <= Z_LIMIT they imply.

    All NaN (and no bounds) for a group too small to learn from; all 0 for identical values.
    """
    n = len(values)
    if n < MIN_GROUP or measure in NOT_JUDGED:
        return np.full(n, np.nan), None, None
    x = _scale(measure, values.astype(float))
    median = float(np.median(x))
    deviation = np.abs(x - median)
    spread = float(np.median(deviation)) / _MAD_TO_SIGMA
    if spread == 0.0:
        spread = float(np.mean(deviation)) / _MEAN_AD_TO_SIGMA
    if spread == 0.0:
        return np.zeros(n), float(values[0]), float(values[0])
    z = (x - median) / spread
    low = _unscale(measure, median - Z_LIMIT * spread)
    high = _unscale(measure, median + Z_LIMIT * spread)
    return z, low, high


def frame(con: duckdb.DuckDBPyConnection, ctx: CheckContext) -> CheckFrame:
    """Every fact's robust z within its group; GE gets the facts whose rounded z lies outside
    the bounds (the others pass: NaN is not judged, GE skips it), or every fact with
    ``ctx.all_rows``."""
    values = con.execute(_VALUES_SQL).df()
    n = len(values)
    robust = np.full(n, np.nan)
    size = np.zeros(n, dtype=np.int64)
    low_at = np.full(n, np.nan)
    high_at = np.full(n, np.nan)
    value = values["value"].to_numpy(dtype=float, na_value=np.nan)
    for (_, measure, _), idx in values.groupby(list(GROUP), dropna=False).indices.items():
        z, low, high = robust_z(str(measure), value[idx])
        robust[idx] = np.round(z, 2)
        size[idx] = len(idx)
        low_at[idx] = _round(low)
        high_at[idx] = _round(high)
    scores = pd.DataFrame(
        {
            "fact_id": values["fact_id"],
            "robust_z": robust,
            "group_size": size,
            "learned_low": low_at,
            "learned_high": high_at,
        }
    )
    if not all_rows(ctx):
        with np.errstate(invalid="ignore"):
            outside = ~np.isnan(robust) & ~((robust >= -Z_LIMIT) & (robust <= Z_LIMIT))
        scores = scores[outside]
    con.register(_IDS, scores[["fact_id"]])
    try:
        df = con.execute(_SQL.format(where=f"f.fact_id in (select fact_id from {_IDS})")).df()
    finally:
        con.unregister(_IDS)
    df = df.merge(scores, on="fact_id", how="left")
    df["sentence_shown"] = [s[:60] if isinstance(s, str) else None for s in df["sentence"].tolist()]
    return CheckFrame(df.drop(columns=["sentence"]), rows=None if all_rows(ctx) else n)


def _round(value: float | None) -> float:
    if value is None:
        return math.nan
    if value == 0 or not math.isfinite(value):
        return value
    digits = 3 - math.floor(math.log10(abs(value)))
    return round(value, max(digits, 0))


def expectations() -> list[Expectation]:
    import great_expectations.expectations as gxe

    return [
        gxe.ExpectColumnValuesToBeBetween(
            column="robust_z",
            min_value=-Z_LIMIT,
            max_value=Z_LIMIT,
            description=f"a value lies within {Z_LIMIT} robust standard deviations of its "
            "indicator, measure and unit (log scale for stocks, increments and shares)",
        ),
    ]


SHOW = (
    "source_file",
    "city_zh",
    "indicator_code",
    "measure",
    "kind",
    "year",
    "value",
    "raw_text",
    "robust_z",
    "learned_low",
    "learned_high",
    "group_size",
    "sentence_shown",
)
