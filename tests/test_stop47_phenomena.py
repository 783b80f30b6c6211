"""Phenomena met in report-like texts read during stop 47, in texts written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts


def test_a_standing_among_the_parents_counties_ranks_what_the_clause_names(
    tmp_path: Path,
) -> None:
    # …数量在X市各县(区)中排第4位 with no figure before it: the standing of what the clause
    # names; the parent named in the peer group is no rival place
    facts = _facts(
        tmp_path,
        "滦南县科技局2020年工作总结\n\n"
        "2020年,全县高新技术企业数量在唐山市各县(区)中排第4位。\n"
        "全县研发投入增长9%,总量在全市各县区中位居第6位。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "rank", 4.0) in facts
    assert ("rd_expenditure", 2020, "actual", "rank", 6.0) in facts


def test_a_peer_groups_standing_after_a_score_stays_the_scores(tmp_path: Path) -> None:
    # …得分为71.2分,在9个县中排第二: the standing of the score, not of the indicator it scores
    facts = _facts(
        tmp_path,
        "滦南县科技局2020年工作总结\n\n"
        "2020年,全县高新技术企业达到58家;高新技术企业培育指标得分为71.2分,在9个县中排第二。\n",
    )
    assert ("high_tech_enterprises", 2020, "actual", "level", 58.0) in facts
    assert not [f for f in facts if f[3] == "rank"]
