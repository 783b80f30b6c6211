"""Phenomena met in report-like texts read during stop 44, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts


def test_an_amount_whose_stem_the_sentence_before_named_goes_on_with_that_indicator(
    tmp_path: Path,
) -> None:
    # 登记技术合同…项。成交额…: the second sentence opens on the amount's last word; the first
    # named only its stem (技术合同), whose count of contracts is no core figure
    facts = _facts(
        tmp_path,
        "樟树市科技局2021年工作总结\n"
        "2021年,全市科技系统围绕中心、服务大局,各项工作稳步推进,为全市经济发展提供了有力支撑。\n"
        "全年共认定登记技术合同214份。成交额7.85亿元,较上年增长31.6%。\n"
        "全市研发经费投入稳定增长,投入强度达到1.74%。\n",
    )
    assert {f for f in facts if f[0] == "tech_contract_turnover"} == {
        ("tech_contract_turnover", 2021, "actual", "level", 7.85e8),
        ("tech_contract_turnover", 2021, "actual", "growth_pct", 31.6),
    }
