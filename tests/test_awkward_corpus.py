"""End to end through `zhibiao build`: a folder of awkward files, every one accounted for.

The folder holds two reports of one county-level city in consecutive years (written for the
tests, tests/fixtures/reports) and the same reports re-encoded (GB18030, UTF-16, Big5 in
traditional characters), wrapped in an HTML page, saved as .docx, plus junk: an empty file,
a binary file, a PDF with no text layer, a zip archive and a text that is no report.

And the hostile cases (made by tests/test_hostile_files.py): symbolic links that loop, dangle
or lead out, a named pipe, names in GBK and in no encoding at all, a ZIP, an .xlsx, a legacy
.doc, a GBK page with a meta charset, a PDF of blank pages, a 300 MB text file, and a file
deleted while the build runs; and copies of the reports as an RTF, a gzipped file and a
scraper's JSON record. One build covers them all (a build costs a minute).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from opencc import OpenCC

from tests.conftest import REPO_ROOT, ZHIBIAO, query
from tests.test_formats_rtf import rtf_document
from tests.test_hostile_files import (
    gbk_html_page,
    legacy_word_doc,
    make_symlink_loops,
    pdf_without_text,
    write_big_text,
    write_bytes_name,
    xlsx_workbook,
    zip_of,
)

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


HOSTILE = "z-hostile"  # after jinjiang_*: the plain reports stay the originals
BIG_FILE = f"{HOSTILE}/big.txt"
BIG_SIZE = 300 * 1024 * 1024
# Deleted once the build has listed the folder and started reading: sorts after every
# other file (最 is U+6700), so it is read last.
VANISHING = "最后/vanishes.txt"
GBK_NAMED = f"{HOSTILE}/晋江市科技局2021年工作总结.txt"

# file → (status, reason) for the hostile cases (reason None: whatever says duplicate)
HOSTILE_FILES: dict[str, tuple[str, str | None]] = {
    GBK_NAMED: ("duplicate", "duplicate of jinjiang_2021.txt"),
    f"{HOSTILE}/scan-\\xff\\xfe.png": ("quarantined", "image file (PNG), no text layer to read"),
    f"{HOSTILE}/scan-\\xff\\xfd.png": ("quarantined", "image file (PNG), no text layer to read"),
    f"{HOSTILE}/pipe.txt": ("quarantined", "not a regular file (a named pipe)"),
    f"{HOSTILE}/reports.zip": (
        "quarantined",
        "ZIP archive of 2 files (jinjiang_2021.txt, jinjiang_2022.txt); "
        "unpack it into the documents folder to read it",
    ),
    f"{HOSTILE}/指标.xlsx": ("quarantined", "Excel .xlsx spreadsheet (not supported)"),
    f"{HOSTILE}/2019年工作总结.doc": (
        "quarantined",
        "legacy Word .doc file (not supported; save it as .docx or PDF)",
    ),
    f"{HOSTILE}/gbk/jinjiang_2022.html": ("duplicate", None),
    # read, as the reports they hold: an RTF saved by a word processor, a page saved gzipped
    f"{HOSTILE}/rtf/jinjiang_2022.rtf": ("duplicate", None),
    f"{HOSTILE}/gz/jinjiang_2021.txt.gz": ("duplicate", "duplicate of jinjiang_2021.txt"),
    # a scraper's record, its Chinese escaped
    f"{HOSTILE}/json/jinjiang_2021.json": ("duplicate", "duplicate of jinjiang_2021.txt"),
    f"{HOSTILE}/blank-scan.pdf": ("quarantined", "PDF has no text layer (scanned image?)"),
    BIG_FILE: ("quarantined", "file is 300 MB, over the 200 MB limit (not read)"),
    VANISHING: (
        "quarantined",
        "file disappeared before it could be read (deleted or moved during the build)",
    ),
}


def make_hostile(docs: Path, outside: Path) -> None:
    hostile = docs / HOSTILE
    loops = make_symlink_loops(hostile, outside)
    HOSTILE_FILES.update({f"{HOSTILE}/{name}": ("quarantined", r) for name, r in loops.items()})
    write_bytes_name(hostile, "晋江市科技局2021年工作总结.txt".encode("gbk"),
                     REPORT_2021.encode("gbk"))  # fmt: skip
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    write_bytes_name(hostile, b"scan-\xff\xfe.png", png)
    write_bytes_name(hostile, b"scan-\xff\xfd.png", png + b"\x00")
    os.mkfifo(hostile / "pipe.txt")
    _write(
        docs,
        f"{HOSTILE}/reports.zip",
        zip_of(**{"jinjiang_2021.txt": REPORT_2021, "jinjiang_2022.txt": REPORT_2022}),
    )
    _write(
        docs, f"{HOSTILE}/指标.xlsx", xlsx_workbook([["指标", "2021年"], ["高新技术企业", "489家"]])
    )
    _write(docs, f"{HOSTILE}/2019年工作总结.doc", legacy_word_doc())
    _write(docs, f"{HOSTILE}/gbk/jinjiang_2022.html", gbk_html_page(REPORT_2022))
    _write(docs, f"{HOSTILE}/blank-scan.pdf", pdf_without_text())
    _write(docs, f"{HOSTILE}/rtf/jinjiang_2022.rtf", rtf_document(REPORT_2022.split("\n")))
    _write(docs, f"{HOSTILE}/gz/jinjiang_2021.txt.gz", gzip.compress(REPORT_2021.encode("gbk")))
    record = {"url": "http://kjj.jinjiang.gov.cn/a/1.html", "content": REPORT_2021, "hits": 512}
    _write(docs, f"{HOSTILE}/json/jinjiang_2021.json", json.dumps(record).encode())
    write_big_text(docs / BIG_FILE, BIG_SIZE)
    _write(docs, VANISHING, (REPORT_2022 + "\n(征求意见稿)").encode())  # fmt: skip


@dataclass(frozen=True)
class WatchedBuild:
    warehouse: Path
    returncode: int
    output: str  # stdout and stderr
    vanished_while_reading: bool  # the victim was deleted after the build opened a file
    rss_before_big: int  # the build's resident memory just before it opened the big file
    rss_with_big_open: int  # its most while the big file was open (0: never seen open)


def _descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    pending += [int(child) for child in children.read().split()]
        except OSError:
            continue
    return found


def _open_files(pids: list[int]) -> dict[str, int]:
    """Regular files the processes hold open → the pid holding each."""
    found = {}
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                with contextlib.suppress(OSError):
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                    if target.startswith("/") and os.path.isfile(target):
                        found[target] = pid
        except OSError:
            continue
    return found


def _rss(pid: int) -> int:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def build_deleting_a_file(docs: Path, warehouse: Path, victim: Path, big: Path) -> WatchedBuild:
    """`zhibiao build` as a user runs it, watched through /proc.

    ``victim`` is deleted once reading has begun: the build lists the whole folder before it
    reads and reads in path order, so its opening ``big`` tells that the listing is over, and
    the victim, sorting last, is still ahead. (Not the first file it opens: the fingerprint of
    the build's inputs hashes the documents before the listing, but never one over the size
    limit, like ``big``.) The memory of the process holding ``big`` open is sampled while it
    does.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZHIBIAO_")}
    command = [str(ZHIBIAO), "build", "--docs", str(docs), "--warehouse", str(warehouse)]
    log = warehouse.parent.parent / "build.log"
    with log.open("w") as out:  # a file, not a pipe: a full pipe would stall the build
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=out, stderr=out)
        vanished, deadline = False, time.monotonic() + 600
        rss_before = rss_with_big = 0
        try:
            while process.poll() is None and time.monotonic() < deadline:
                pids = _descendants(process.pid)
                opened = _open_files(pids)
                if str(big) in opened:
                    rss_with_big = max(rss_with_big, _rss(opened[str(big)]))
                elif not rss_with_big:
                    rss_before = _rss(process.pid)
                if not vanished and str(big) in opened:
                    vanished = victim.exists()
                    victim.unlink(missing_ok=True)
                time.sleep(0.005 if not (vanished and rss_with_big) else 0.1)
            process.wait(timeout=max(1.0, deadline - time.monotonic()))
        finally:
            if process.poll() is None:
                process.kill()
    return WatchedBuild(
        warehouse, process.returncode, log.read_text(), vanished, rss_before, rss_with_big
    )


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
def watched(tmp_path_factory: pytest.TempPathFactory, zhibiao_env: None) -> WatchedBuild:
    root = tmp_path_factory.mktemp("awkward-corpus")
    docs = root / "docs"
    docs.mkdir()
    make_folder(docs)
    outside = root / "elsewhere.txt"
    outside.write_text(REPORT_2021 + "\n(不在文件夹里)", encoding="utf-8")
    make_hostile(docs, outside)
    done = build_deleting_a_file(
        docs, root / "wh" / "zhibiao.duckdb", docs / VANISHING, docs / BIG_FILE
    )
    shutil.rmtree(docs / HOSTILE)  # 300 MB: not kept until the session ends
    assert done.returncode == 0, done.output
    return done


@pytest.fixture(scope="module")
def built(watched: WatchedBuild) -> Path:
    return watched.warehouse


def test_every_file_is_accounted_for(built: Path) -> None:
    rows = dict(query(built, "select source_file, status from source_files"))
    assert set(rows) == set(FILES) | set(HOSTILE_FILES)
    for name, status in FILES.items():
        if status is not None:
            assert rows[name] == status, name
    reasons = dict(query(built, "select source_file, reason from source_files"))
    for name, status in FILES.items():
        if status == "quarantined":
            assert reasons[name], f"{name} is quarantined without a reason"
    assert "duplicate of jinjiang_2021.txt" in reasons["utf16/jinjiang_2021.txt"]
    # quarantined files are visible in dim_document too, once per distinct content
    quarantined = query(built, "select count(*) from dim_document where status = 'quarantined'")
    distinct = query(
        built,
        """select count(distinct coalesce(sha256, source_file)) from source_files
           where status = 'quarantined'""",
    )
    assert quarantined == distinct
    assert distinct[0][0] >= sum(1 for s in FILES.values() if s == "quarantined") + 15


def test_every_hostile_case_is_accounted_for_with_its_reason(
    built: Path, watched: WatchedBuild
) -> None:
    assert watched.vanished_while_reading, "the victim was not deleted during the build"
    rows = {
        name: (status, reason)
        for name, status, reason in query(
            built, "select source_file, status, reason from source_files"
        )
    }
    for name, (status, reason) in HOSTILE_FILES.items():
        assert rows[name][0] == status, (name, rows[name])
        if reason is not None:
            assert rows[name][1] == reason, (name, rows[name])
    big = query(
        built, "select size_bytes, sha256 from source_files where source_file = ?", [BIG_FILE]
    )
    assert big[0][0] == BIG_SIZE and len(big[0][1]) == 64  # hashed, though never read


def test_the_300_mb_file_was_hashed_in_chunks_not_read(watched: WatchedBuild) -> None:
    """While the build held the 300 MB file open its memory barely moved.

    (Reading it whole would add its 300 MB of bytes, and decoding them far more.)
    """
    assert watched.rss_with_big_open > 0, "the build was never seen holding the big file"
    growth = watched.rss_with_big_open - watched.rss_before_big
    assert growth < 64 * 1024 * 1024, f"memory grew {growth / 2**20:.0f} MB"


def test_the_good_reports_beside_the_hostile_files_still_yield_their_facts(built: Path) -> None:
    assert len(_facts_of(built, "jinjiang_2021.txt")) > 10
    assert _facts_of(built, f"{HOSTILE}/gbk/jinjiang_2022.html") == _facts_of(
        built, "jinjiang_2022.txt"
    )
    assert _facts_of(built, GBK_NAMED) == _facts_of(built, "jinjiang_2021.txt")
    assert _facts_of(built, f"{HOSTILE}/rtf/jinjiang_2022.rtf") == _facts_of(
        built, "jinjiang_2022.txt"
    )


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
