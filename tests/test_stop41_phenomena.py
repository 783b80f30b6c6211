"""Phenomena met in pages and report-like texts read during stop 41, in texts written for
these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import report_facts as _facts


def test_a_count_of_a_compound_whose_head_follows_the_name_is_no_count_of_the_kind(
    tmp_path: Path,
) -> None:
    # 服务机构, 研发中心: a verbal noun and a noun after the name make the head counted
    facts = _facts(
        tmp_path,
        "白山市科学技术局2021年工作总结\n"
        "2021年,全市科技工作稳步推进。全市现有9家高新技术企业服务机构,"
        "另有14家科技型中小企业研发中心投入运行。"
        "全年新认定高新技术企业23家,总数达到97家。\n",
    )
    assert {f for f in facts if f[0] in ("high_tech_enterprises", "tech_smes")} == {
        ("high_tech_enterprises", 2021, "actual", "increment", 23.0),
        ("high_tech_enterprises", 2021, "actual", "level", 97.0),
    }


def test_firms_a_verb_was_done_to_are_no_count_of_the_kind(tmp_path: Path) -> None:
    # 走访了, 对…进行了调研: those visited or surveyed, however the verb is marked
    facts = _facts(
        tmp_path,
        "白山市科学技术局2021年工作总结\n"
        "2021年,全市科技工作稳步推进。局领导班子先后走访了31家高新技术企业,"
        "帮扶解决实际困难46个。\n\n"
        "全年入库科技型中小企业88家,同比增长12.8%。\n",
    )
    assert {f for f in facts if f[0] in ("high_tech_enterprises", "tech_smes")} == {
        ("tech_smes", 2021, "actual", "level", 88.0),
        ("tech_smes", 2021, "actual", "growth_pct", 12.8),
    }
