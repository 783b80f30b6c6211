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


def test_a_standing_of_a_total_and_its_growth_together_ranks_the_total(tmp_path: Path) -> None:
    # 增速居…第一 alone ranks a growth (no row); 总量和增速均居 ranks the total as well, and
    # 强度与增幅都… the share: the amount or the share the clause gave, never the rate after it
    facts = _facts(
        tmp_path,
        "邵东市科学技术局2022年工作总结\n"
        "2022年,全市上下深入实施创新驱动发展战略,科技创新工作取得了新的成绩,现总结如下。\n"
        "全市有效高新技术企业达到241家,比上年增长18.1%,总量和增速均居邵阳市县市区第一。\n"
        "全社会研发经费投入14.2亿元,增长16.5%,研发投入强度2.07%,总量与增幅均列邵阳市第二。\n"
        "技术合同成交额9.3亿元,增速位居全市第一。\n"
        "高新技术产业增加值占规模以上工业增加值比重达41.3%,比重和增幅都居全市第三。\n",
    )
    assert {f for f in facts if f[3] == "rank"} == {
        ("high_tech_enterprises", 2022, "actual", "rank", 1.0),
        ("rd_expenditure", 2022, "actual", "rank", 2.0),
        ("high_tech_industry_share", 2022, "actual", "rank", 3.0),
    }
