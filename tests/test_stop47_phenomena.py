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


def test_an_interviewers_question_says_which_part_the_answers_are_in(tmp_path: Path) -> None:
    # 问:明年有哪些打算? — the answers after it set the year ahead's goals, though they name
    # no year; 问:今年有哪些成效? — the answers look back
    text = (
        "访滦州市科技局局长\n"
        "2021年12月20日 来源:滦州新闻网\n\n"
        "问:今年全市科技工作取得了哪些成效?\n"
        "答:全市新增高新技术企业14家,总数达到61家。\n"
        "问:明年的工作有哪些打算?\n"
        "答:我们的目标是:新增高新技术企业15家以上,科技型中小企业达到300家。\n"
    )
    facts = _facts(tmp_path, text)
    assert ("high_tech_enterprises", 2021, "actual", "increment", 14.0) in facts
    assert ("high_tech_enterprises", 2022, "target", "increment", 15.0) in facts
    assert ("tech_smes", 2022, "target", "level", 300.0) in facts
