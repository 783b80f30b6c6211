"""Phenomena met in report-like texts read during stop 53, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import report_facts as _facts


@pytest.mark.parametrize(
    "band",
    ["单笔300万元以上的技术合同", "金额超千万元的重大技术合同", "1000万以上的大额技术合同"],
)
def test_the_sum_of_contracts_above_a_size_a_clause_before_set_is_theirs(
    tmp_path: Path, band: str
) -> None:
    # the sum and its rate measure the contracts of that size, not all of them; the clause
    # after them opening on the whole place's contracts is the place's
    facts = _facts(
        tmp_path,
        "2021年全县科技工作总结\n\n"
        f"全年认定登记{band}41项,成交额6.7亿元,比上年增长18.2%。"
        "全县登记各类技术合同913项,成交额15.4亿元。\n",
    )
    turnover = {f for f in facts if f[0] == "tech_contract_turnover"}
    assert turnover == {("tech_contract_turnover", 2021, "actual", "level", 1.54e9)}
