"""`zhibiao eval --reshape`: the same documents scored hard-wrapped or run into one line, the
gold unchanged, so that how well extraction holds across the shapes real files come in is a
number the project measures (CI holds eval/corpus above a floor in both shapes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from zhibiao.reshape import parse_shape, reshape_folder, reshape_text

REPORT = (
    "某某市科学技术局2023年工作总结\n"
    "\n"
    "2023年,全市研究与试验发展(R&D)经费投入达到38.27亿元,同比增长12.6%,占地区生产总值的"
    "比重为2.35%;新认定高新技术企业215家,总数突破1180家;技术合同成交额61.4亿元。\n"
    "一、主要成效\n"
    "(一)培育创新主体。全年入库科技型中小企业1652家,新建省级以上创新平台24个,争取上级科技"
    "项目资金2.36亿元。\n"
)
# (indicator, measure, comparator, value, unit, qualifier, raw text, ambiguous), written by
# reading REPORT
GOLD = [
    ("rd_expenditure", "level", "eq", "3827000000", "yuan", "", "38.27亿元", 0),
    ("rd_expenditure", "growth_pct", "eq", "12.6", "percent", "", "12.6%", 0),
    ("rd_intensity", "share_pct", "eq", "2.35", "percent", "", "2.35%", 0),
    ("high_tech_enterprises", "increment", "eq", "215", "count", "", "215家", 0),
    ("high_tech_enterprises", "level", "gte", "1180", "count", "", "1180家", 0),
    ("tech_contract_turnover", "level", "eq", "6140000000", "yuan", "", "61.4亿元", 0),
    ("tech_smes", "level", "eq", "1652", "count", "", "1652家", 1),
    ("innovation_platforms", "increment", "eq", "24", "count", "省级及以上", "24个", 0),
    ("sci_tech_funds_secured", "level", "eq", "236000000", "yuan", "", "2.36亿元", 0),
]


def test_a_wrapped_text_is_its_lines_cut_at_the_width() -> None:
    out = reshape_text(REPORT, "wrapped", 13).split("\n")
    assert max(len(line) for line in out) == 13
    assert "".join(out) == REPORT.replace("\n", "")
    assert "" in out  # the blank line under the title stays


def test_a_run_on_text_is_one_line_of_its_lines() -> None:
    out = reshape_text(REPORT, "run-on")
    assert "\n" not in out
    assert out == " ".join(line for line in REPORT.splitlines() if line)


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [("wrapped", ("wrapped", 28)), ("wrapped:40", ("wrapped", 40)), ("run-on", ("run-on", 28))],
)
def test_shapes_are_named_with_an_optional_width(spec: str, parsed: tuple[str, int]) -> None:
    assert parse_shape(spec) == parsed


@pytest.mark.parametrize("spec", ["wrapped:3", "wrapped:x", "run-on:30", "folded", ""])
def test_an_unknown_shape_is_refused(spec: str) -> None:
    with pytest.raises(ValueError, match="unknown shape"):
        parse_shape(spec)


def test_only_plain_utf8_text_is_reshaped(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "sub" / "report.txt").write_text(REPORT, encoding="utf-8")
    gbk = REPORT.encode("gb18030")
    (source / "gbk.txt").write_bytes(gbk)
    page = "<html><body><p>" + REPORT + "</p></body></html>"
    (source / "page.html").write_text(page, encoding="utf-8")
    target = reshape_folder(source, tmp_path / "out", "run-on")
    assert (target / "sub" / "report.txt").read_text(encoding="utf-8") == reshape_text(
        REPORT, "run-on"
    )
    assert (target / "gbk.txt").read_bytes() == gbk
    assert (target / "page.html").read_text(encoding="utf-8") == page


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "report.txt").write_text(REPORT, encoding="utf-8")
    header = "doc_file,city_zh,year,indicator_code,kind,measure,comparator,value,unit,qualifier,"
    rows = [header + "raw_text,ambiguous,evidence"]
    for code, measure, comparator, value, unit, qualifier, raw, ambiguous in GOLD:
        rows.append(
            f"report.txt,某某市,2023,{code},actual,{measure},{comparator},{value},{unit},"
            f"{qualifier},{raw},{ambiguous},"
        )
    (tmp_path / "gold.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def scored(corpus: Path, *extra: str) -> dict:
    done = run_cli("eval", str(corpus), "--fast", "--json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_report_as_found_scores_every_gold_figure(corpus: Path) -> None:
    result = scored(corpus)
    assert (result["tp"], result["fp"], result["fn"]) == (8, 0, 0)


@pytest.mark.parametrize("shape", ["wrapped", "wrapped:16", "run-on"])
def test_eval_scores_the_reshaped_report_as_the_report_as_found(corpus: Path, shape: str) -> None:
    # the gold is the same; the reader undoes the shape, so the score is the same too
    result = scored(corpus, "--reshape", shape)
    assert (result["tp"], result["fp"], result["fn"]) == (8, 0, 0)


def test_eval_refuses_an_unknown_shape(corpus: Path) -> None:
    done = run_cli("eval", str(corpus), "--fast", "--reshape", "folded")
    assert done.returncode == 2
    assert "unknown shape 'folded'" in done.stderr
