"""Distribution (warning): values far from their indicator and measure are named for review."""

from __future__ import annotations

import numpy as np
import pytest
from checks_fixtures import clean_warehouse, faulty_warehouse, ids, planted, run

from expectations.distribution import MIN_GROUP, Z_LIMIT, robust_z

DISTRIBUTION = "fct_indicator_value.distribution"


def test_clean_output_has_no_outliers() -> None:
    result = run(clean_warehouse().warehouse, DISTRIBUTION)
    assert result.success, result.message()
    assert not result.blocking


def test_a_unit_slip_is_named_with_the_bounds_learned_from_its_group() -> None:
    result = run(faulty_warehouse().warehouse, DISTRIBUTION)
    assert not result.success
    assert ids(result) == planted()["distribution"]
    (row,) = result.failing_rows.itertuples()
    assert (row.indicator_code, row.measure, row.raw_text) == (
        "high_tech_enterprises",
        "level",
        "400家",
    )
    assert row.value == 4e9 and row.robust_z > Z_LIMIT
    # the bounds come from the other high-tech enterprise counts (85 ... 400): 4e9 is far outside
    assert 0 <= row.learned_low <= 85 and 400 <= row.learned_high < 1e5
    assert row.group_size >= MIN_GROUP
    assert row.fact_id in result.message()


def test_robust_z_flags_the_outlier_and_not_its_neighbours() -> None:
    values = np.array([120.0, 95.0, 300.0, 80.0, 150.0, 210.0, 1_500_000.0])
    z, low, high = robust_z("level", values)
    assert np.abs(z[:-1]).max() < Z_LIMIT < z[-1]
    assert low is not None and high is not None and low < 80 and 300 < high < 1_500_000


def test_robust_z_leaves_small_groups_ranks_and_ties_alone() -> None:
    small = robust_z("level", np.array([1.0, 2.0, 1e9]))
    assert np.isnan(small[0]).all() and small[1:] == (None, None)
    assert np.isnan(robust_z("rank", np.array([1.0, 2.0, 3.0, 1.0, 40.0]))[0]).all()
    ties, low, high = robust_z("growth_pct", np.array([10.0] * 6))
    assert (ties == 0).all() and low == high == 10.0


@pytest.mark.parametrize(
    "values", [[5.0, 6.0, 5.5, 5.0, 6.2, -40.0], [12.0, 11.0, 13.0, 12.5, 11.5, 150.0]]
)
def test_growth_rates_are_judged_on_their_own_scale(values: list[float]) -> None:
    z, _, _ = robust_z("growth_pct", np.array(values))
    assert abs(z[-1]) > Z_LIMIT and np.abs(z[:-1]).max() < Z_LIMIT
