"""Phenomena met in report-like texts written during stop 40, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts


def test_a_clause_framing_an_indicator_hands_it_to_the_figures_after_it(tmp_path: Path) -> None:
    # 方面, 工作成效: the clause only says what the next ones are about
    facts = _facts(
        tmp_path,
        "铜仁市科学技术局2022年工作总结\n"
        "2022年,全市科技工作稳中有进。科技型中小企业方面,全年评价入库417家,较上年多出96家。"
        "专利工作成效明显,全年授权专利1893件。\n",
    )
    assert ("tech_smes", 2022, "actual", "level", 417.0) in facts
    assert ("patent_grants", 2022, "actual", "level", 1893.0) in facts


def test_a_framing_clause_that_counts_or_qualifies_something_else_hands_on_nothing(
    tmp_path: Path,
) -> None:
    facts = _facts(
        tmp_path,
        "铜仁市科学技术局2022年工作总结\n"
        "2022年,全市科技工作稳中有进。"
        # the indicator qualifies the noun after it, the object of a verb: no frame
        "围绕科技型中小企业成长体系,全年落地23个孵化项目,投入资金3000万元。"
        # the frame's own clause counts something: what follows goes on with that
        "61家企业参加科技型中小企业培训,比上年增加19家。\n",
    )
    assert not {f for f in facts if f[0] == "tech_smes"}
