"""ingest.reading.sources: every file becomes a record; copies of one report become one document."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.reading.sources import (
    SOURCE_FILES_SCHEMA,
    TEXTS_SCHEMA,
    VANISHED_REASON,
    SourceRecord,
    collate,
    iter_source_paths,
    read_source,
)

REPORT_LINES = [
    "厦门市科学技术局2021年工作总结",
    "发布时间：2022-01-10 来源：厦门市科学技术局",
    "一、2021年工作回顾",
    "2021年，全市新增国家高新技术企业486家，总数达到2282家。",
    "全社会研发投入突破240亿元，技术合同成交额同比增长18.5%。",
    "二、2022年工作计划",
    "力争2022年高新技术企业总数突破2500家。",
]


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def html_page(lines: list[str]) -> str:
    """The report as a government CMS page: chrome around, body in div.TRS_Editor."""
    title, meta, *body = lines
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}_门户网站</title><script>document.write('广告脚本');</script></head>
<body><div class="top-nav"><a href="/">首页</a> <a href="/kj">科技动态</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 工作总结</div>
<h1>{title}</h1>
<div class="article-info">{meta} <a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="TRS_Editor">{paragraphs}</div>
<div class="footer">版权所有：厦门市科学技术局 闽ICP备12345678号</div>
</body></html>"""


def test_reads_and_normalises_a_gb18030_report(tmp_path: Path) -> None:
    path = write(tmp_path / "reports" / "厦门 2021.txt", "\n".join(REPORT_LINES).encode("gb18030"))
    record = read_source(path, tmp_path)
    assert record.status == "ok", record.reason
    assert record.source_file == "reports/厦门 2021.txt"
    assert (record.encoding, record.format) == ("gb18030", "text")
    assert record.size_bytes == path.stat().st_size
    assert record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record.text is not None
    assert record.text.split("\n")[3] == "2021年,全市新增国家高新技术企业486家,总数达到2282家。"
    assert record.content_hash == hashlib.sha256(record.text.encode()).hexdigest()


def test_html_and_gb18030_copies_of_one_report_collate_to_one_document(tmp_path: Path) -> None:
    html = write(tmp_path / "web" / "xm2021.html", html_page(REPORT_LINES).encode("utf-8"))
    plain = write(tmp_path / "local" / "xm2021.txt", "\r\n".join(REPORT_LINES).encode("gb18030"))
    other = write(
        tmp_path / "local" / "zz2021.txt",
        "漳州市科技局2021年工作总结\n2021年，全市新增科技型中小企业402家，增长21%。".encode(),
    )
    records = [read_source(path, tmp_path) for path in (html, plain, other)]
    assert [r.status for r in records] == ["ok", "ok", "ok"]
    assert records[0].text == records[1].text

    source_files, texts = collate(records)
    rows = {row["source_file"]: row for row in source_files.iter_rows(named=True)}
    assert rows["local/xm2021.txt"]["status"] == "ok"
    assert rows["web/xm2021.html"]["status"] == "duplicate"
    assert rows["web/xm2021.html"]["reason"] == "duplicate of local/xm2021.txt"
    assert rows["web/xm2021.html"]["encoding"] == "html:utf-8"
    assert rows["web/xm2021.html"]["document_id"] == rows["local/xm2021.txt"]["document_id"]
    assert texts["source_file"].to_list() == ["local/xm2021.txt", "local/zz2021.txt"]
    assert texts["document_id"].to_list() == [r.content_hash[:16] for r in records[1:]]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b"\n \r\n\t", "file holds only whitespace, no text"),
        (b"\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00", "binary file, not text (NUL bytes)"),
        (
            "首页 > 政务公开\n字体:大 中 小\n短文本。".encode(),
            "too little text after cleaning (4 characters)",
        ),
    ],
)
def test_unusable_files_are_quarantined_with_a_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    record = read_source(write(tmp_path / "bad.txt", data), tmp_path)
    assert (record.status, record.reason, record.text, record.content_hash) == (
        "quarantined",
        reason,
        None,
        None,
    )
    assert record.sha256 == hashlib.sha256(data).hexdigest()


def test_file_over_the_limit_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", "科技".encode() * 2000)  # 12,000 bytes
    record = read_source(path, tmp_path, max_bytes=4096)
    assert record.status == "quarantined"
    assert record.reason == "file is 12 KB, over the 4 KB limit (not read)"
    assert record.size_bytes == 12_000
    assert record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_file_becomes_a_quarantine_not_an_exception(tmp_path: Path) -> None:
    record = read_source(tmp_path / "gone.txt", tmp_path)
    assert (record.status, record.source_file) == ("quarantined", "gone.txt")
    assert record.reason == VANISHED_REASON
    assert str(tmp_path) not in record.reason  # the row names the file; no absolute paths


def test_a_folder_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    assert read_source(tmp_path / "folder.txt", tmp_path).reason == "not a regular file (a folder)"


def test_iter_source_paths_walks_sorted_lists_hidden_files_and_skips_hidden_folders(
    tmp_path: Path,
) -> None:
    for name in ["b.txt", "a dir/报告 2020.txt", "a dir/子目录/c.html", ".DS_Store", ".git/HEAD"]:
        write(tmp_path / name, b"x")
    write(tmp_path / "a dir" / ".hidden.txt", b"x")
    relative = [p.relative_to(tmp_path).as_posix() for p in iter_source_paths(tmp_path)]
    # Code-point order: "." before letters, 子 (U+5B50) before 报 (U+62A5).
    assert relative == [
        ".DS_Store", "a dir/.hidden.txt", "a dir/子目录/c.html", "a dir/报告 2020.txt", "b.txt",
    ]  # fmt: skip


def test_a_hidden_file_is_a_document_like_any_other(tmp_path: Path) -> None:
    # a report saved under a name that starts with a dot, beside macOS's folder metadata
    write(tmp_path / ".晋江2021.txt", "\n".join(REPORT_LINES).encode())
    write(tmp_path / ".DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(64))
    records = {p.name: read_source(p, tmp_path) for p in iter_source_paths(tmp_path)}
    assert records[".晋江2021.txt"].status == "ok"
    assert "新增国家高新技术企业486家" in (records[".晋江2021.txt"].text or "")
    assert records[".DS_Store"].status == "quarantined"
    assert records[".DS_Store"].reason == "binary file, not text (NUL bytes)"


def test_iter_source_paths_follows_symlinks_only_inside_root(tmp_path: Path) -> None:
    root, outside = tmp_path / "docs", tmp_path / "elsewhere"
    write(root / "real" / "r.txt", "\n".join(REPORT_LINES[:4]).encode())
    write(outside / "secret.txt", "外部文件:不应读取的内容,足够三十个字符以上的一段文本。".encode())
    os.symlink(root / "real", root / "linked")
    os.symlink(outside, root / "escape")
    os.symlink(outside / "secret.txt", root / "secret-link.txt")
    os.symlink(root, root / "real" / "loop")  # a cycle back to the root
    paths = iter_source_paths(root)
    relative = [p.relative_to(root).as_posix() for p in paths]
    # The linked copy is listed too (collate() marks it a duplicate); the links that are
    # not followed are listed so that read_source can say why.
    assert relative == [
        "escape",
        "linked/loop",  # the loop, seen again through the linked folder
        "linked/r.txt",
        "real/loop",
        "real/r.txt",
        "secret-link.txt",
    ]
    records = {r.source_file: r for r in (read_source(p, root) for p in paths)}
    assert {name: r.reason for name, r in records.items()} == {
        "escape": "symbolic link to a folder outside the documents folder, not followed",
        "linked/loop": "symbolic link to a folder above it (a loop), not walked again",
        "linked/r.txt": None,
        "real/loop": "symbolic link to a folder above it (a loop), not walked again",
        "real/r.txt": None,
        "secret-link.txt": "symbolic link to a file outside the documents folder, not followed",
    }
    assert records["secret-link.txt"].sha256 is None  # refused without reading


def test_collate_of_nothing_has_the_right_columns() -> None:
    source_files, texts = collate([])
    assert source_files.schema == SOURCE_FILES_SCHEMA
    assert texts.schema == TEXTS_SCHEMA
    assert (source_files.height, texts.height) == (0, 0)


def test_collate_keeps_quarantined_files_without_a_document() -> None:
    ok = SourceRecord("b.txt", 10, "s1", "utf-8", "text", "正文", "f" * 64, "ok", None)
    bad = SourceRecord(
        "a.pdf",
        5,
        "s2",
        "pdf",
        "pdf",
        None,
        None,
        "quarantined",
        "PDF has no text layer (scanned image?)",
    )
    source_files, texts = collate([ok, bad])
    assert source_files.schema == SOURCE_FILES_SCHEMA
    assert source_files.select("source_file", "status", "document_id").rows() == [
        ("a.pdf", "quarantined", None),
        ("b.txt", "ok", "f" * 16),
    ]
    assert texts.rows() == [("f" * 16, "b.txt", "f" * 64, "正文")]
    assert isinstance(source_files, pl.DataFrame)


_PREFIXES = [
    b"",
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"<html><p>",
    b"\xff\xfe",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(_PREFIXES),
    body=st.binary(max_size=2048),
    suffix=st.sampled_from([".txt", ".html", ".pdf", ".docx", ".doc", ""]),
)
def test_read_source_never_raises(prefix: bytes, body: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        record = read_source(write(root / f"f{suffix}", prefix + body), root)
    assert record.status in ("ok", "quarantined")
    assert (record.text is None) == (record.status == "quarantined") == (record.reason is not None)


def test_a_files_digest_follows_its_bytes_whatever_its_times_say(tmp_path: Path) -> None:
    """A build hashes each file several times and reads it once; a file rewritten in place with
    bytes of the same length, its modification time set back, or replaced by another file of
    the same size and times, is hashed anew."""
    from ingest.reading.sources import sha256_of_file

    path = tmp_path / "report.txt"
    path.write_bytes("全市新增高新技术企业120家。".encode())
    first = sha256_of_file(path)
    assert first == sha256_of_file(path) == hashlib.sha256(path.read_bytes()).hexdigest()

    times = os.stat(path)
    with open(path, "r+b") as stream:  # the same inode, the same length, other bytes
        stream.write("全市新增高新技术企业180家。".encode())
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == times.st_mtime_ns
    second = sha256_of_file(path)
    assert second != first and second == hashlib.sha256(path.read_bytes()).hexdigest()

    other = tmp_path / "other.txt"
    other.write_bytes("全市新增高新技术企业190家。".encode())
    os.utime(other, ns=(times.st_atime_ns, times.st_mtime_ns))
    os.replace(other, path)  # another file put in its place
    third = sha256_of_file(path)
    assert third not in (first, second)
    assert third == hashlib.sha256(path.read_bytes()).hexdigest()
