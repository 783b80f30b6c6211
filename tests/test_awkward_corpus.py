"""End to end through `zhibiao build`: a folder of awkward files, every one accounted for.

The folder holds two reports of one county-level city in consecutive years (written for the
tests, tests/fixtures/reports) and the same reports re-encoded (GB18030, UTF-16, Big5 in
traditional characters), wrapped in an HTML page, saved as .docx, plus junk: an empty file,
a binary file, a PDF with no text layer, a zip archive and a text that is no report.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from opencc import OpenCC

from tests.conftest import query, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
REPORT_2021 = (FIXTURES / "jinjiang_2021.txt").read_text(encoding="utf-8")
REPORT_2022 = (FIXTURES / "jinjiang_2022.txt").read_text(encoding="utf-8")

HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>晋江市科技局</title>
<script>var _hmt = _hmt || [];</script><style>body {{ font-size: 14px }}</style></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="position">您的位置:首页 &gt; 规划计划</div>
<div class="TRS_Editor">{paragraphs}</div>
<div class="footer">版权所有:晋江市人民政府 闽ICP备12345678号 <a href="#">打印本页</a>
<a href="#">关闭窗口</a></div></body></html>"""

EMPTY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

# file → expected status in source_files (None: ok or duplicate, whichever sorts first)
FILES = {
    "jinjiang_2021.txt": "ok",
    "jinjiang_2022.txt": None,  # the Big5 copy normalises to the same text and sorts first
    "中文 目录/晋江 2021 副本.txt": "duplicate",  # GB18030
    "utf16/jinjiang_2021.txt": "duplicate",  # UTF-16 with BOM
    "web/jinjiang_2021.html": None,  # same facts; duplicate or not, as the page's text goes
    "word/jinjiang_2022.docx": None,
    "big5/jinjiang_2022_traditional.txt": None,
    "junk/empty.txt": "quarantined",
    "junk/scan.pdf": "quarantined",
    "junk/photo.jpg": "quarantined",
    "junk/archive.zip": "quarantined",
    "junk/notice.txt": "quarantined",
}


def _write(docs: Path, name: str, data: bytes) -> None:
    path = docs / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def make_folder(docs: Path) -> None:
    shutil.copy(FIXTURES / "jinjiang_2021.txt", docs / "jinjiang_2021.txt")
    shutil.copy(FIXTURES / "jinjiang_2022.txt", docs / "jinjiang_2022.txt")
    _write(docs, "中文 目录/晋江 2021 副本.txt", REPORT_2021.encode("gb18030"))
    _write(docs, "utf16/jinjiang_2021.txt", REPORT_2021.encode("utf-16"))
    paragraphs = "".join(f"<p>{line}</p>" for line in REPORT_2021.splitlines() if line.strip())
    html = HTML_PAGE.format(paragraphs=paragraphs)
    _write(docs, "web/jinjiang_2021.html", html.encode("utf-8"))
    document = Document()
    for line in REPORT_2022.splitlines():
        document.add_paragraph(line)
    (docs / "word").mkdir()
    document.save(str(docs / "word" / "jinjiang_2022.docx"))
    # Taiwan forms: Big5 has 眾 but not the variant 衆 that plain s2t writes
    traditional = OpenCC("s2tw").convert(REPORT_2022)
    _write(docs, "big5/jinjiang_2022_traditional.txt", traditional.encode("big5"))
    _write(docs, "junk/empty.txt", b"")
    _write(docs, "junk/scan.pdf", EMPTY_PDF)
    _write(docs, "junk/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    with zipfile.ZipFile(docs / "junk" / "archive.zip", "w") as archive:
        archive.writestr("a.txt", REPORT_2021)
    _write(docs, "junk/notice.txt", b"Opening hours: 9am to 5pm, Monday to Friday.")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, zhibiao_env: None) -> Path:
    root = tmp_path_factory.mktemp("awkward-corpus")
    docs = root / "docs"
    docs.mkdir()
    make_folder(docs)
    warehouse = root / "wh" / "zhibiao.duckdb"
    done = run_cli("build", "--docs", str(docs), "--warehouse", str(warehouse))
    assert done.returncode == 0, done.stderr
    return warehouse


def test_every_file_is_accounted_for(built: Path) -> None:
    rows = dict(query(built, "select source_file, status from source_files"))
    assert set(rows) == set(FILES)
    for name, status in FILES.items():
        if status is not None:
            assert rows[name] == status, name
    reasons = dict(query(built, "select source_file, reason from source_files"))
    for name, status in FILES.items():
        if status == "quarantined":
            assert reasons[name], f"{name} is quarantined without a reason"
    assert "duplicate of jinjiang_2021.txt" in reasons["utf16/jinjiang_2021.txt"]
    # quarantined files are visible in dim_document too
    quarantined = query(built, "select count(*) from dim_document where status = 'quarantined'")
    assert quarantined == [(sum(1 for s in FILES.values() if s == "quarantined"),)]


def _facts_of(built: Path, source_file: str) -> set[tuple]:
    return set(
        query(
            built,
            """select f.indicator_code, f.year, f.kind, f.measure, f.comparator, f.value,
                      f.qualifier
               from fct_indicator_value f
               join source_files s on s.document_id = f.document_id
               where s.source_file = ?""",
            [source_file],
        )
    )


@pytest.mark.parametrize(
    ("variant", "original"),
    [
        ("中文 目录/晋江 2021 副本.txt", "jinjiang_2021.txt"),
        ("utf16/jinjiang_2021.txt", "jinjiang_2021.txt"),
        ("web/jinjiang_2021.html", "jinjiang_2021.txt"),
        ("word/jinjiang_2022.docx", "jinjiang_2022.txt"),
        ("big5/jinjiang_2022_traditional.txt", "jinjiang_2022.txt"),
    ],
)
def test_a_re_encoded_or_wrapped_report_gives_the_same_facts(
    built: Path, variant: str, original: str
) -> None:
    expected = _facts_of(built, original)
    assert len(expected) > 10
    assert _facts_of(built, variant) == expected


def test_city_and_years_of_the_reports(built: Path) -> None:
    rows = query(
        built,
        """select s.source_file, c.city_zh, c.admin_level, c.parent_city_zh, d.report_year,
                  d.plan_year
           from source_files s join dim_document d using (document_id)
           join dim_city c using (city_id)
           where s.source_file in ('jinjiang_2021.txt', 'jinjiang_2022.txt')
           order by s.source_file""",
    )
    assert rows == [
        ("jinjiang_2021.txt", "晋江市", "county", "泉州市", 2021, 2022),
        ("jinjiang_2022.txt", "晋江市", "county", "泉州市", 2022, 2023),
    ]


def test_targets_are_paired_with_the_next_reports_actuals(built: Path) -> None:
    rows = set(
        query(
            built,
            """select indicator_code, measure, qualifier, year, comparator, target_value,
                      actual_value, attained
               from fct_target_attainment
               where year = 2022 and actual_value is not null""",
        )
    )
    assert ("high_tech_enterprises", "level", None, 2022, "gte", 480, 489, True) in rows
    assert ("high_tech_enterprises", "increment", "国家级", 2022, "gte", 70, 74, True) in rows
    assert ("tech_smes", "level", None, 2022, "eq", 700, 735, True) in rows
    assert ("rd_expenditure", "level", None, 2022, "eq", 6e9, 5.89e9, False) in rows
    assert ("tech_contract_turnover", "level", None, 2022, "gte", 4e8, 4.35e8, True) in rows
    # the 2023 targets have no actual yet
    pending = query(
        built, "select count(*) from fct_target_attainment where year = 2023 and attained is null"
    )
    assert pending[0][0] >= 3
