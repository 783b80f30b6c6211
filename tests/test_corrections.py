"""Analysts' corrections (dbt_project/corrections/fact_corrections.csv) on a real `dbt build`.

The fixture's corrections (dbt_fixtures.correction_rows): the 2021 report's turnover amended to
2020 (a reject and an add, the value written in 万元), 海安's 58家 rejected by offsets, the 2022
report's 12个 added as innovation platforms, a stale reject and an add whose raw_text is not at
its offsets.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from dbt_fixtures import (
    HA16,
    LY21,
    LY22,
    STALE_FACT_ID,
    BuiltWarehouse,
    build_corrected_warehouse,
    build_warehouse,
    expected_fact_id,
)


@pytest.fixture(scope="module")
def corrected() -> BuiltWarehouse:
    result = build_corrected_warehouse()
    if result.build.returncode != 0:
        pytest.fail("dbt build failed:\n" + result.build.stdout[-8000:])
    return result


def rows(built: BuiltWarehouse, sql: str) -> list[dict[str, Any]]:
    con = built.connect()
    try:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def test_build_passes_and_warns_about_corrections_that_no_longer_apply(
    corrected: BuiltWarehouse,
) -> None:
    statuses = corrected.build.statuses()
    warned = {uid for uid, status in statuses.items() if status == "warn"}
    assert [uid.split(".")[2] for uid in warned] == ["every_fact_correction_applies"]
    assert {uid: s for uid, s in corrected.build.not_passing().items() if uid not in warned} == {}


def test_a_rejected_fact_is_gone_and_an_amended_one_is_marked(corrected: BuiltWarehouse) -> None:
    turnover = rows(
        corrected,
        f"select * from fct_indicator_value where document_id = '{LY21}' "
        "and indicator_code = 'tech_contract_turnover'",
    )
    assert len(turnover) == 1  # the 2021 fact is rejected, the 2020 one added
    (fact,) = turnover
    assert (fact["year"], fact["value"], fact["unit"], fact["raw_text"]) == (
        2020,
        81_897_500,  # 8189.75 written with unit 万元
        "yuan",
        "8189.75万元",
    )
    assert (fact["correction"], fact["corrected_by"], str(fact["corrected_on"])) == (
        "added",
        "王分析",
        "2024-05-06",
    )
    assert fact["correction_reason"] == "上年数据: the turnover is 2020's"
    assert fact["sentence"] == "技术合同成交额8189.75万元"  # the segmenter's sentence
    assert fact["fact_id"] == expected_fact_id(
        LY21, "tech_contract_turnover", 2020, "actual", "level", None, "eq", 81_897_500.0
    )
    # facts nobody touched carry no mark
    (unmarked,) = corrected.query(
        "select count(*) from fct_indicator_value where correction is null "
        "and corrected_by is null and correction_reason is null"
    )[0]
    (total,) = corrected.query("select count(*) from fct_indicator_value")[0]
    assert total - unmarked == 2


def test_reject_by_offsets_and_add_of_an_unmapped_figure(corrected: BuiltWarehouse) -> None:
    assert (
        corrected.query(
            f"select * from fct_indicator_value where document_id = '{HA16}' "
            "and indicator_code = 'tech_smes'"
        )
        == []
    )
    (platforms,) = rows(
        corrected, "select * from fct_indicator_value where indicator_code = 'innovation_platforms'"
    )
    assert (platforms["document_id"], platforms["value"], platforms["unit"]) == (LY22, 12, "count")
    assert platforms["raw_text"] == "12个" and platforms["correction"] == "added"
    # the figure is no longer unmapped
    unmapped = {r[0] for r in corrected.query("select raw_text from fct_unmapped_quantity")}
    assert "12个" not in unmapped and "3个" in unmapped


def test_every_correction_is_listed_with_what_became_of_it(corrected: BuiltWarehouse) -> None:
    found = rows(corrected, "select * from fct_fact_correction order by reason, action")
    by_reason = {(r["action"], r["reason"]): r for r in found}
    assert len(found) == 6
    rejected = by_reason[("reject", "上年数据: the turnover is 2020's")]
    assert rejected["is_applied"] and rejected["year"] == 2021
    assert rejected["value"] == 81_897_500 and rejected["raw_text"] == "8189.75万元"
    by_offsets = by_reason[("reject", "58家 are the year's new SMEs")]
    assert by_offsets["is_applied"] and by_offsets["indicator_code"] == "tech_smes"
    assert by_offsets["fact_id"] == expected_fact_id(
        HA16, "tech_smes", 2016, "actual", "increment", None, "eq", 58.0
    )
    stale = by_reason[("reject", "a fact an older build extracted")]
    assert (stale["is_applied"], stale["fact_id"]) == (False, STALE_FACT_ID)
    assert stale["not_applied_reason"].startswith("no extracted fact has this fact_id")
    wrong = by_reason[("add", "offsets from another version of the text")]
    assert wrong["is_applied"] is False
    assert wrong["not_applied_reason"] == "raw_text is not the text at these offsets (found 320家)"
    assert {r["city_id"] for r in found} >= {"350800", "320621"}


def test_target_attainment_follows_the_corrected_facts(corrected: BuiltWarehouse) -> None:
    """Marts downstream of the facts see the corrections: nothing is patched after the fact."""
    plain = build_warehouse()
    count = "select count(*) from fct_indicator_value"
    assert corrected.query(count)[0][0] == plain.query(count)[0][0]  # -2 rejected, +2 added
    assert corrected.query(
        "select count(*) from fct_indicator_value where indicator_code = 'innovation_platforms'"
    ) == [(1,)]
    assert plain.query(
        "select count(*) from fct_indicator_value where indicator_code = 'innovation_platforms'"
    ) == [(0,)]
    assert plain.query("select count(*) from fct_fact_correction") == [(0,)]


# --- zhibiao eval with and without the corrections ------------------------------------------

GOLD_HEADER = (
    "doc_file,city_zh,year,indicator_code,kind,measure,value,comparator,qualifier,raw_text,"
    "ambiguous,evidence\n"
)


def _gold(tmp_path: Path) -> Path:
    """What an analyst would record for the 龙岩 2021 report's turnover and the 2022 report's
    platforms: the corrections' version of the facts."""
    path = tmp_path / "gold.csv"
    path.write_text(
        GOLD_HEADER
        + "longyan/2021.txt,龙岩市,2020,tech_contract_turnover,actual,level,81897500,eq,,"
        "8189.75万元,0,\n"
        + "longyan/2022.html,龙岩市,2022,innovation_platforms,actual,level,12,eq,,12个,0,\n"
        + "longyan/2022.html,龙岩市,2022,high_tech_enterprises,actual,level,320,eq,,320家,0,\n",
        encoding="utf-8",
    )
    return path


def test_eval_scores_the_extractor_unless_asked_for_the_corrections(
    corrected: BuiltWarehouse, tmp_path: Path
) -> None:
    from zhibiao import evaluate as ev

    core = ev.core_indicators()
    gold = ev.read_gold([_gold(tmp_path)], core)
    docs = {"2021.txt", "2022.html"}  # score the two 龙岩 reports only

    def score(with_corrections: bool) -> ev.Result:
        preds, found = ev.read_warehouse(corrected.warehouse, core, with_corrections)
        return ev.score(gold, [p for p in preds if p.doc in docs], {}, found)

    plain, fixed = score(False), score(True)
    # the extractor alone: 2021's turnover (not 2020's) and no platforms
    assert (plain.overall.tp, plain.overall.fn) == (1, 2)
    assert {(m.key[1], m.key[0]) for m in plain.misses} == {
        ("tech_contract_turnover", 2020),
        ("innovation_platforms", 2022),
    }
    assert ("tech_contract_turnover", 2021) in {(p.key[1], p.key[0]) for p in plain.false_hits}
    # with the corrections both are found and the rejected fact is no false hit
    assert (fixed.overall.tp, fixed.overall.fn) == (3, 0)
    assert fixed.overall.fp == plain.overall.fp - 1
    assert fixed.overall.f1 > plain.overall.f1
    assert ev.corrections_applied(corrected.warehouse) == {"add": 2, "reject": 2}
    # the rejected 海安 fact is back without corrections (tech_smes, a core indicator)
    preds, _ = ev.read_warehouse(corrected.warehouse, core, False)
    assert ("2016.txt", "tech_smes") in {(p.doc, p.key[1]) for p in preds}
    preds, _ = ev.read_warehouse(corrected.warehouse, core, True)
    assert ("2016.txt", "tech_smes") not in {(p.doc, p.key[1]) for p in preds}


def test_eval_command_line_flag(corrected: BuiltWarehouse, tmp_path: Path) -> None:
    from zhibiao.cli import main

    gold = _gold(tmp_path)
    args = ["eval", "--warehouse", str(corrected.warehouse), "--gold", str(gold), "--show", "0"]
    outputs = {}
    for flag in ([], ["--with-corrections"]):
        with contextlib.redirect_stdout(io.StringIO()) as out:
            assert main([*args, *flag]) == 0
        outputs[bool(flag)] = out.getvalue()
    assert "analysts' corrections in the warehouse: 2 add, 2 reject; left out" in outputs[False]
    assert "analysts' corrections in the warehouse: 2 add, 2 reject; applied" in outputs[True]
    assert "tp=3 " in outputs[True] and "fn=0 " in outputs[True]
    assert "fn=2 " in outputs[False]
    with contextlib.redirect_stderr(io.StringIO()) as err:
        assert main(["eval", "--docs", str(tmp_path), "--gold", str(gold), "--fast",
                     "--with-corrections"]) == 2  # fmt: skip
    assert "corrections need the dbt build" in err.getvalue()
