"""A small, realistic `raw` schema and a real `dbt build` over it, for the dbt and GE tests.

The fixture has two cities:

* 龙岩市 (350800), whose gazetteer history also has the old name 龙岩地区: a 2021 report
  (2021 summary, 2022 plan with targets) and a 2022 report (2022 actuals, 2023 targets), so that
  fct_target_attainment has something to pair; the 2021 report mentions one fact twice; the
  2022 report restates 2021's high-tech enterprises differently (268, not 269), so that
  latest_indicator_value has two statements to choose from.
* 海安 (320621), a county renamed 海安县 -> 海安市 in 2018: a 2016 report written as 海安县.

plus a file that is a duplicate of the 2021 report, a quarantined file (with a stray fact that
must not reach the marts) and a fact whose indicator code the lexicon does not know.

``build_warehouse()`` copies dbt_project/ to a temporary folder (so that target/, logs/ and the
real warehouse are never touched), loads the raw tables into a fresh DuckDB file and runs
``dbt build`` in a subprocess. It is cached: one build per test run, shared by the xdist
workers (tests/shared_fixtures.py).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
from shared_fixtures import build_once

REPO = Path(__file__).resolve().parents[1]
DBT_PROJECT = REPO / "dbt_project"
DBT_EXECUTABLE = Path(sys.executable).with_name("dbt")

LONGYAN = "350800"
HAIAN = "320621"
NANTONG = "320600"

# --- documents ------------------------------------------------------------------------------

LY21_TEXT = (
    "龙岩市科学技术局关于印发2021年工作总结和2022年工作计划的通知\n"
    "一、2021年工作总结\n"
    "全市高新技术企业总数达269家。"
    "全社会研发投入257.4亿元,比增14.2%。"
    "技术合同成交额8189.75万元。"
    "截至年底,高新技术企业总数达269家,继续保持增长。"
    "国家级高新技术企业85家。\n"
    "二、2022年工作计划\n"
    "力争高新技术企业突破300家,全社会研发投入增长15%左右,"
    "国家级高新技术企业不少于100家。"
    "新增孵化面积2万平方米。"
)

LY22_TEXT = (
    "龙岩市科学技术局2022年工作总结和2023年工作思路\n"
    "一、2022年工作总结\n"
    "全市高新技术企业总数达320家,"
    "其中国家级高新技术企业90家。"
    "全社会研发投入比增13.1%。"
    "全市新增科技创新券发放1200万元。"
    "建成科技示范基地12个。"
    "新增孵化面积3万平方米。"
    "2021年全市高新技术企业为268家。\n"
    "二、2023年工作思路\n"
    "力争高新技术企业达到400家。"
)

HA16_TEXT = (
    "海安县科学技术局2016年工作总结\n"
    "全县技术合同成交额1.4079亿元。"
    "新增科技型中小企业58家。"
    "建成科技示范基地3个。"
)

QUARANTINED_TEXT = "关于召开2021年度安全生产工作会议的通知。会议经费5万元。"


@dataclass(frozen=True)
class Doc:
    document_id: str
    source_file: str
    text: str
    city_id: str | None
    city_zh: str | None
    report_year: int | None
    plan_year: int | None
    issuer: str | None
    doc_number: str | None
    published_on: date | None
    status: str
    quarantine_reason: str | None
    title: str


DOCS: list[Doc] = [
    Doc(
        "ly21aaaaaaaaaaaa",
        "longyan/2021.txt",
        LY21_TEXT,
        LONGYAN,
        "龙岩市",
        2021,
        2022,
        "龙岩市科学技术局",
        "龙科综〔2022〕3号",
        date(2022, 2, 10),
        "ok",
        None,
        "龙岩市科学技术局关于印发2021年工作总结和2022年工作计划的通知",
    ),
    Doc(
        "ly22bbbbbbbbbbbb",
        "longyan/2022.html",
        LY22_TEXT,
        LONGYAN,
        "龙岩市",
        2022,
        2023,
        "龙岩市科学技术局",
        "龙科综〔2023〕5号",
        date(2023, 2, 20),
        "ok",
        None,
        "龙岩市科学技术局2022年工作总结和2023年工作思路",
    ),
    Doc(
        "ha16cccccccccccc",
        "haian/2016.txt",
        HA16_TEXT,
        HAIAN,
        "海安县",
        2016,
        None,
        "海安县科学技术局",
        None,
        date(2017, 1, 12),
        "ok",
        None,
        "海安县科学技术局2016年工作总结",
    ),
    Doc(
        "q_9f8e7d6c5b4a39",
        "misc/safety.txt",
        QUARANTINED_TEXT,
        None,
        None,
        2021,
        None,
        None,
        None,
        None,
        "quarantined",
        "not a science and technology work report",
        "关于召开2021年度安全生产工作会议的通知",
    ),
]
DOC_BY_ID = {d.document_id: d for d in DOCS}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_file_rows() -> list[tuple[Any, ...]]:
    """raw.source_files: the four documents' files, plus a duplicate of the 2021 report."""
    rows: list[tuple[Any, ...]] = []
    for d in DOCS:
        data = d.text.encode("utf-8")
        ok = d.status == "ok"
        rows.append(
            (
                d.source_file,
                len(data),
                sha(d.text),
                "html:utf-8" if d.source_file.endswith(".html") else "utf-8",
                "html" if d.source_file.endswith(".html") else "text",
                sha(d.text) if ok else None,
                d.document_id if ok else None,
                d.status,
                d.quarantine_reason,
            )
        )
    dup_bytes = LY21_TEXT.encode("gb18030")
    rows.append(
        (
            "longyan/2021-copy.txt",
            len(dup_bytes),
            hashlib.sha256(dup_bytes).hexdigest(),
            "gb18030",
            "text",
            sha(LY21_TEXT),
            LY21,
            "duplicate",
            "duplicate of longyan/2021.txt",
        )
    )
    return rows


def document_rows() -> list[tuple[Any, ...]]:
    return [
        (
            d.document_id,
            d.source_file,
            sha(d.text),
            d.title,
            d.city_id,
            d.city_zh,
            d.report_year,
            d.plan_year,
            d.issuer,
            d.doc_number,
            d.published_on,
            d.status,
            d.quarantine_reason,
            d.text,
            len(d.text),
        )
        for d in DOCS
    ]


# --- facts: located in the texts, so that offsets and sentences are real --------------------


def _locate(doc_id: str, raw_text: str, occurrence: int = 0) -> tuple[str, int, int]:
    """(sentence, char_start, char_end) of the n-th occurrence of raw_text in the document."""
    text = DOC_BY_ID[doc_id].text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(raw_text, start + 1)
    end = start + len(raw_text)
    seps = "。\n,"
    s_start = max(text.rfind(c, 0, start) for c in seps) + 1
    s_end = min((i for i in (text.find(c, end) for c in "。\n") if i >= 0), default=len(text))
    return text[s_start : s_end + 1].strip(), start, end


LY21, LY22, HA16, QUARANTINED = (d.document_id for d in DOCS)


@dataclass(frozen=True)
class FactSpec:
    doc: str
    indicator_code: str
    year: int
    kind: str
    value: float
    unit: str
    raw_text: str
    measure: str = "level"
    comparator: str = "eq"
    qualifier: str | None = None
    occurrence: int = 0  # which occurrence of raw_text in the document


A, T = "actual", "target"
FACT_SPECS: list[FactSpec] = [
    # 2021 report, summary: 2021 actuals (269家 is mentioned twice: one fact)
    FactSpec(LY21, "high_tech_enterprises", 2021, A, 269.0, "count", "269家"),
    FactSpec(LY21, "rd_expenditure", 2021, A, 25740000000.0, "yuan", "257.4亿元"),
    FactSpec(LY21, "rd_expenditure", 2021, A, 14.2, "percent", "14.2%", measure="growth_pct"),
    FactSpec(LY21, "tech_contract_turnover", 2021, A, 81897500.0, "yuan", "8189.75万元"),
    FactSpec(LY21, "high_tech_enterprises", 2021, A, 269.0, "count", "269家", occurrence=1),
    FactSpec(LY21, "high_tech_enterprises", 2021, A, 85.0, "count", "85家", qualifier="国家级"),
    # 2021 report, plan: 2022 targets
    FactSpec(LY21, "high_tech_enterprises", 2022, T, 300.0, "count", "300家", comparator="gte"),
    FactSpec(
        LY21, "rd_expenditure", 2022, T, 15.0, "percent", "15%",
        measure="growth_pct", comparator="approx",
    ),
    FactSpec(
        LY21, "high_tech_enterprises", 2022, T, 100.0, "count", "100家",
        comparator="gte", qualifier="国家级",
    ),
    # 2022 report, summary: 2022 actuals
    FactSpec(LY22, "high_tech_enterprises", 2022, A, 320.0, "count", "320家"),
    FactSpec(LY22, "high_tech_enterprises", 2022, A, 90.0, "count", "90家", qualifier="国家级"),
    FactSpec(LY22, "rd_expenditure", 2022, A, 13.1, "percent", "13.1%", measure="growth_pct"),
    # 2022 report restating 2021 (differently from the 2021 report)
    FactSpec(LY22, "high_tech_enterprises", 2021, A, 268.0, "count", "268家"),
    # an indicator the lexicon does not know: goes to fct_unmapped_quantity
    FactSpec(
        LY22, "innovation_vouchers", 2022, A, 12000000.0, "yuan", "1200万元", measure="increment"
    ),
    # 2022 report, plan: a 2023 target nobody has reported on yet
    FactSpec(LY22, "high_tech_enterprises", 2023, T, 400.0, "count", "400家", comparator="gte"),
    # 海安 2016 (the extractor already sent yuan)
    FactSpec(HA16, "tech_contract_turnover", 2016, A, 140790000.0, "yuan", "1.4079亿元"),
    FactSpec(HA16, "tech_smes", 2016, A, 58.0, "count", "58家", measure="increment"),
    # a stray fact from the quarantined document: must reach no mart
    FactSpec(QUARANTINED, "sci_tech_funds_secured", 2021, A, 50000.0, "yuan", "5万元"),
]  # fmt: skip


def fact_rows() -> list[tuple[Any, ...]]:
    rows = []
    for f in FACT_SPECS:
        sentence, start, end = _locate(f.doc, f.raw_text, f.occurrence)
        rows.append(
            (
                f.doc,
                f.indicator_code,
                f.year,
                f.kind,
                f.measure,
                f.comparator,
                f.value,
                f.unit,
                f.qualifier,
                f.raw_text,
                sentence,
                start,
                end,
            )
        )
    return rows


# (doc, year, kind, value, unit, raw_text, context)
UNMAPPED_SPECS: list[tuple[Any, ...]] = [
    (LY21, 2022, T, 20000.0, "sqm", "2万平方米", "新增孵化面积"),
    (LY22, 2022, A, 30000.0, "sqm", "3万平方米", "新增孵化面积"),
    (LY22, 2022, A, 12.0, "个", "12个", "建成科技示范基地"),
    (HA16, 2016, A, 3.0, "个", "3个", "建成科技示范基地"),
    (QUARANTINED, 2021, A, 50000.0, "yuan", "5万元", "会议经费"),
]


def unmapped_rows() -> list[tuple[Any, ...]]:
    rows = []
    for doc, year, kind, value, unit, raw_text, context in UNMAPPED_SPECS:
        sentence, start, end = _locate(doc, raw_text)
        rows.append((doc, year, kind, value, unit, raw_text, context, sentence, start, end))
    return rows


def sentence_rows() -> list[tuple[Any, ...]]:
    rows = []
    for d in DOCS:
        if d.status != "ok":
            continue
        plan_at = d.text.find("二、")
        pos = 0
        for no, piece in enumerate(d.text.replace("\n", "。").split("。")):
            start = d.text.find(piece, pos) if piece else pos
            end = start + len(piece)
            pos = end
            if not piece:
                continue
            section = "plan" if 0 <= plan_at <= start else "summary"
            rows.append((d.document_id, no, section, start, end, piece, list(piece[:4])))
    return rows


# (city_id, city_zh, province_zh, admin_level, parent_city_zh, parent_city_id, first, last, short)
GAZETTEER_ROWS: list[tuple[Any, ...]] = [
    (LONGYAN, "龙岩地区", "福建省", "prefecture", None, None, 1980, 1996, "龙岩"),
    (LONGYAN, "龙岩市", "福建省", "prefecture", None, None, 1997, 2024, "龙岩"),
    ("350802", "新罗区", "福建省", "district", "龙岩市", LONGYAN, 1997, 2024, "新罗"),
    (NANTONG, "南通市", "江苏省", "prefecture", None, None, 1980, 2024, "南通"),
    (HAIAN, "海安县", "江苏省", "county", "南通市", NANTONG, 1980, 2017, "海安"),
    (HAIAN, "海安市", "江苏省", "county", "南通市", NANTONG, 2018, 2024, "海安"),
]

RAW_DDL = {
    "source_files": "source_file VARCHAR, size_bytes BIGINT, sha256 VARCHAR, encoding VARCHAR, "
    "format VARCHAR, content_hash VARCHAR, document_id VARCHAR, status VARCHAR, reason VARCHAR",
    "documents": "document_id VARCHAR, source_file VARCHAR, content_hash VARCHAR, title VARCHAR, "
    "city_id VARCHAR, city_zh VARCHAR, report_year INTEGER, plan_year INTEGER, issuer VARCHAR, "
    "doc_number VARCHAR, published_on DATE, status VARCHAR, quarantine_reason VARCHAR, "
    "text VARCHAR, char_count INTEGER",
    "sentences": "document_id VARCHAR, sentence_no INTEGER, section VARCHAR, char_start INTEGER, "
    "char_end INTEGER, text VARCHAR, tokens VARCHAR[]",
    "facts": "document_id VARCHAR, indicator_code VARCHAR, year INTEGER, kind VARCHAR, "
    "measure VARCHAR, comparator VARCHAR, value DOUBLE, unit VARCHAR, qualifier VARCHAR, "
    "raw_text VARCHAR, sentence VARCHAR, char_start INTEGER, char_end INTEGER",
    "unmapped": "document_id VARCHAR, year INTEGER, kind VARCHAR, value DOUBLE, unit VARCHAR, "
    "raw_text VARCHAR, context VARCHAR, sentence VARCHAR, char_start INTEGER, char_end INTEGER",
    "gazetteer": "city_id VARCHAR, city_zh VARCHAR, province_zh VARCHAR, admin_level VARCHAR, "
    "parent_city_zh VARCHAR, parent_city_id VARCHAR, first_year INTEGER, last_year INTEGER, "
    "short_name VARCHAR",
}


def raw_rows() -> dict[str, list[tuple[Any, ...]]]:
    return {
        "source_files": source_file_rows(),
        "documents": document_rows(),
        "sentences": sentence_rows(),
        "facts": fact_rows(),
        "unmapped": unmapped_rows(),
        "gazetteer": GAZETTEER_ROWS,
    }


def write_raw_tables(path: Path) -> None:
    """Create schema raw with the six raw tables of the fixture in the DuckDB file at path."""
    con = duckdb.connect(str(path))
    try:
        con.execute("create schema if not exists raw")
        for table, rows in raw_rows().items():
            con.execute(f"create or replace table raw.{table} ({RAW_DDL[table]})")
            marks = ", ".join("?" for _ in rows[0])
            con.executemany(f"insert into raw.{table} values ({marks})", rows)
    finally:
        con.close()


# --- lexicon: the lead's seeds when present, else a minimal stand-in -------------------------

FALLBACK_INDICATORS = [
    ("rd_expenditure", "全社会研发投入", "R&D expenditure", "rd_input", "yuan", "level", ""),
    ("rd_intensity", "R&D投入强度", "R&D intensity", "rd_input", "percent", "share_pct", ""),
    ("high_tech_enterprises", "高新技术企业", "High-tech enterprises", "enterprises", "count",
     "level", ""),
    ("tech_smes", "科技型中小企业", "Technology-based SMEs", "enterprises", "count", "level", ""),
    ("tech_contract_turnover", "技术合同成交额", "Technology contract turnover", "tech_market",
     "yuan", "level", ""),
    ("sci_tech_funds_secured", "争取科技经费", "S&T funds secured", "funding", "yuan", "level",
     ""),
]  # fmt: skip
FALLBACK_SURFACE_FORMS = [
    ("全社会研发投入", "rd_expenditure", "", ""),
    ("R&D投入强度", "rd_intensity", "", "share_pct"),
    ("高新技术企业", "high_tech_enterprises", "", ""),
    ("国家级高新技术企业", "high_tech_enterprises", "国家级", ""),
    ("科技型中小企业", "tech_smes", "", ""),
    ("技术合同成交额", "tech_contract_turnover", "", ""),
    ("争取科技经费", "sci_tech_funds_secured", "", ""),
]


def ensure_seeds(project_dir: Path) -> None:
    """Write a minimal lexicon into a project copy whose seeds folder lacks the real one."""
    seeds = project_dir / "seeds"
    indicators = seeds / "lexicon_indicators.csv"
    forms = seeds / "lexicon_surface_forms.csv"
    if not indicators.exists():
        with indicators.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(
                ["indicator_code", "name_zh", "name_en", "category", "unit", "default_measure",
                 "share_of"]
            )  # fmt: skip
            w.writerows(FALLBACK_INDICATORS)
    if not forms.exists():
        with forms.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["surface_form", "indicator_code", "qualifier", "measure"])
            w.writerows(FALLBACK_SURFACE_FORMS)


# --- running dbt ----------------------------------------------------------------------------


def dbt_env(warehouse: Path, project_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
            "DBT_PROFILES_DIR": str(project_dir),
            "ZHIBIAO_DBT_DUCKDB_PATH": str(warehouse),
            "DBT_USE_COLORS": "False",
        }
    )
    return env


def run_dbt(args: list[str], project_dir: Path, warehouse: Path, work_dir: Path) -> RunResult:
    """Run `dbt <args>` on a project copy in a subprocess; artifacts go under work_dir."""
    cmd = [
        str(DBT_EXECUTABLE),
        *args,
        "--project-dir",
        str(project_dir),
        "--profiles-dir",
        str(project_dir),
        "--target-path",
        str(work_dir / "target"),
        "--log-path",
        str(work_dir / "logs"),
    ]
    started = time.monotonic()
    proc = subprocess.run(
        cmd,
        cwd=project_dir,
        env=dbt_env(warehouse, project_dir),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    results_path = work_dir / "target" / "run_results.json"
    results = json.loads(results_path.read_text()) if results_path.exists() else {"results": []}
    return RunResult(
        returncode=proc.returncode,
        stdout=proc.stdout,
        stderr=proc.stderr,
        results=results["results"],
        seconds=time.monotonic() - started,
    )


@dataclass(frozen=True)
class RunResult:
    returncode: int
    stdout: str
    stderr: str
    results: list[dict[str, Any]]
    seconds: float

    def statuses(self) -> dict[str, str]:
        """unique_id -> status for every node dbt ran."""
        return {r["unique_id"]: r["status"] for r in self.results}

    def not_passing(self) -> dict[str, str]:
        return {
            uid: status
            for uid, status in self.statuses().items()
            if status not in ("success", "pass")
        }


@dataclass(frozen=True)
class BuiltWarehouse:
    warehouse: Path
    project_dir: Path
    work_dir: Path
    build: RunResult

    def connect(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.warehouse), read_only=True)

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        con = self.connect()
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()


# --- analysts' corrections (corrections/fact_corrections.csv) ----------------------------------

CORRECTION_COLUMNS = [
    "document_id", "action", "fact_id", "char_start", "char_end", "raw_text", "indicator_code",
    "year", "kind", "measure", "comparator", "value", "unit", "qualifier", "corrected_by",
    "corrected_on", "reason",
]  # fmt: skip
STALE_FACT_ID = "0" * 32


def correction_rows() -> list[dict[str, Any]]:
    """Six corrections: an amendment (reject the 2021 turnover, add it back as 2020's, in 万元),
    a reject by offsets (海安 58家), an add of a missed figure (12个 → innovation_platforms), a
    stale reject (an id no build makes) and an add whose raw_text is not at its offsets."""
    _, tcv_start, tcv_end = _locate(LY21, "8189.75万元")
    _, sme_start, sme_end = _locate(HA16, "58家")
    _, base_start, base_end = _locate(LY22, "12个")
    _, hte_start, hte_end = _locate(LY22, "320家")
    tcv_id = expected_fact_id(
        LY21, "tech_contract_turnover", 2021, A, "level", None, "eq", 81_897_500.0
    )
    who, when = "王分析", "2024-05-06"
    return [
        {"action": "reject", "fact_id": tcv_id, "corrected_by": who, "corrected_on": when,
         "reason": "上年数据: the turnover is 2020's"},
        {"document_id": LY21, "action": "add", "char_start": tcv_start, "char_end": tcv_end,
         "raw_text": "8189.75万元", "indicator_code": "tech_contract_turnover", "year": 2020,
         "kind": A, "measure": "level", "value": "8189.75", "unit": "万元",
         "corrected_by": who, "corrected_on": when, "reason": "上年数据: the turnover is 2020's"},
        {"document_id": HA16, "action": "reject", "char_start": sme_start, "char_end": sme_end,
         "corrected_by": "李", "corrected_on": when, "reason": "58家 are the year's new SMEs"},
        {"document_id": LY22, "action": "add", "char_start": base_start, "char_end": base_end,
         "raw_text": "12个", "indicator_code": "innovation_platforms", "year": 2022, "kind": A,
         "measure": "level", "value": "12", "corrected_by": who, "corrected_on": when,
         "reason": "示范基地 are innovation platforms here"},
        {"action": "reject", "fact_id": STALE_FACT_ID, "corrected_by": "李",
         "corrected_on": when, "reason": "a fact an older build extracted"},
        {"document_id": LY22, "action": "add", "char_start": hte_start, "char_end": hte_end,
         "raw_text": "999家", "indicator_code": "high_tech_enterprises", "year": 2022, "kind": A,
         "measure": "level", "value": "999", "corrected_by": "李", "corrected_on": when,
         "reason": "offsets from another version of the text"},
    ]  # fmt: skip


def write_corrections(project_dir: Path, rows: list[dict[str, Any]]) -> None:
    path = project_dir / "corrections" / "fact_corrections.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, CORRECTION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def copy_project(dest: Path) -> Path:
    project = dest / "dbt_project"
    shutil.copytree(
        DBT_PROJECT,
        project,
        ignore=shutil.ignore_patterns("target", "logs", "dbt_packages", "*.duckdb*", ".user.yml"),
    )
    ensure_seeds(project)
    return project


RUN_RESULT = ".run_result.json"


def shared_build(name: str, make: Callable[[Path], BuiltWarehouse]) -> BuiltWarehouse:
    """``make(work_dir)`` once per test run, whichever xdist worker asks first (a file lock:
    tests/shared_fixtures.py); the others read its warehouse and what dbt said. Its users only
    read it (a test that changes it copies it first)."""

    def build(work_dir: Path) -> BuiltWarehouse:
        built = make(work_dir)
        (work_dir / RUN_RESULT).write_text(json.dumps(dataclasses.asdict(built.build)), "utf-8")
        return built

    def load(work_dir: Path) -> BuiltWarehouse:
        run = RunResult(**json.loads((work_dir / RUN_RESULT).read_text("utf-8")))
        return BuiltWarehouse(work_dir / "zhibiao.duckdb", work_dir / "dbt_project", work_dir, run)

    return build_once(name, build, load)


def _build_fixture(work_dir: Path, corrections: list[dict[str, Any]] | None) -> BuiltWarehouse:
    project = copy_project(work_dir)
    if corrections is not None:
        write_corrections(project, corrections)
    warehouse = work_dir / "zhibiao.duckdb"
    write_raw_tables(warehouse)
    result = run_dbt(["build"], project, warehouse, work_dir)
    return BuiltWarehouse(warehouse, project, work_dir, result)


@functools.cache
def build_warehouse() -> BuiltWarehouse:
    """Load the fixture's raw tables and `dbt build` once per test run (shared, cached)."""
    return shared_build("dbt-test", lambda work_dir: _build_fixture(work_dir, None))


@functools.cache
def build_corrected_warehouse() -> BuiltWarehouse:
    """The same fixture built with correction_rows() in the corrections seed (shared, cached)."""
    return shared_build(
        "dbt-corrected", lambda work_dir: _build_fixture(work_dir, correction_rows())
    )


def expected_fact_id(
    document_id: str,
    indicator_code: str,
    year: int,
    kind: str,
    measure: str,
    qualifier: str | None,
    comparator: str,
    value: float,
) -> str:
    """The fact_id recipe of int_facts_deduplicated (macros/stable_id.sql), in Python."""
    parts = [document_id, indicator_code, str(year), kind, measure, qualifier, comparator]
    parts.append(f"{value:.6f}")
    text = "\x1f".join("\x00null" if p is None else p for p in parts)
    return hashlib.md5(text.encode("utf-8")).hexdigest()
