"""Hostile entries in a documents folder, each through the reading path the build uses.

Every case is made here, at test time: symbolic links that loop, dangle or lead out of the
folder, a named pipe, a file deleted between listing and reading, names that are not UTF-8,
a ZIP, an .xlsx, a legacy .doc, GBK HTML pages with a meta charset, a PDF whose text layer is
empty, and files over the size limits. The build reads through ``PipelineCache.read`` (which
hashes first) and ``read_source``; both are driven here. ``tests/test_awkward_corpus.py``
puts them all in one folder under a real ``zhibiao build``.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import struct
import subprocess
import threading
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfWriter

from ingest.reading.sources import (
    MAX_TEXT_CHARS,
    VANISHED_REASON,
    SourceRecord,
    collate,
    iter_source_paths,
    read_source,
)
from ingest.store.pipeline_cache import PipelineCache

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
REPORT = (FIXTURES / "jinjiang_2021.txt").read_text(encoding="utf-8")
MB = 1024 * 1024

# --- makers (also used by tests/test_awkward_corpus.py) -------------------------------------


def make_symlink_loops(folder: Path, outside: Path) -> dict[str, str]:
    """Links that loop, dangle or lead out (to ``outside``, a file beside the folder), in
    ``folder``/loops; returns {name relative to ``folder``: the reason expected}."""
    loops = folder / "loops"
    loops.mkdir(parents=True)
    os.symlink("..", loops / "up")  # back to the folder above: a cycle for a walker
    os.symlink("self.txt", loops / "self.txt")
    os.symlink("pong.txt", loops / "ping.txt")
    os.symlink("ping.txt", loops / "pong.txt")
    os.symlink("missing.txt", loops / "dangling.txt")
    os.symlink(outside, loops / "outside.txt")
    os.symlink("/dev/zero", loops / "zeros.txt")  # endless, were it followed
    loop = "symbolic link loop (the link leads back to itself), not followed"
    outside = "symbolic link to a file outside the documents folder, not followed"
    return {
        "loops/dangling.txt": "broken symbolic link: its target 'missing.txt' does not exist",
        "loops/outside.txt": outside,
        "loops/ping.txt": loop,
        "loops/pong.txt": loop,
        "loops/self.txt": loop,
        "loops/up": "symbolic link to a folder above it (a loop), not walked again",
        "loops/zeros.txt": outside,
    }


def write_bytes_name(folder: Path, name: bytes, data: bytes) -> None:
    """A file whose name on disk is exactly ``name`` (bytes: any encoding)."""
    with open(os.path.join(os.fsencode(folder), name), "wb") as stream:
        stream.write(data)


def zip_of(**members: str) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return stream.getvalue()


def xlsx_workbook(rows: list[list[str]]) -> bytes:
    """A minimal but valid .xlsx (Office Open XML spreadsheet) with inline strings."""
    cells = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for c, v in enumerate(row)
        )
        + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            f'ContentType="{ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{ct}.worksheet+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
            '<sheet name="指标" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{cells}'
            "</sheetData></worksheet>",
        )
    return stream.getvalue()


def legacy_word_doc() -> bytes:
    """A Word 97-2003 .doc skeleton: a valid OLE2 compound file holding a WordDocument stream.

    Version 3 layout, 512-byte sectors: header, one FAT sector, one directory sector, and the
    stream (4096 bytes, the size at which a stream leaves the mini stream) in eight sectors.
    """
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0,
                          4096, end, 0, end, 0)  # fmt: skip
    header += struct.pack("<109I", 0, *[free] * 108)
    fat = [fat_sector, end, *range(3, 10), end] + [free] * (128 - 10)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,
            no_stream,
            no_stream,
            child,
            bytes(16),
            0,
            0,
            0,
            start,
            size,
        )

    directory = entry("Root Entry", 5, 1, end, 0) + entry("WordDocument", 2, no_stream, 2, 4096)
    directory += struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, no_stream, no_stream,
                             no_stream, bytes(16), 0, 0, 0, 0, 0) * 2  # fmt: skip
    word = struct.pack("<HH", 0xA5EC, 0xC1).ljust(4096, b"\0")  # the FIB's magic and version
    return header + struct.pack("<128I", *fat) + directory + word


def gbk_html_page(text: str, charset: str = "gb2312", head_padding: int = 0) -> bytes:
    """A government CMS page saved in GBK, its charset declared in a <meta http-equiv>."""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    script = "<script>var pad='" + "x" * head_padding + "';</script>" if head_padding else ""
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        f'{script}<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '<title>晋江市科技局</title></head><body><div class="crumb">当前位置:首页 &gt; 规划计划'
        f'</div><div class="TRS_Editor">{paragraphs}</div>'
        '<div class="footer">版权所有:晋江市人民政府</div></body></html>'
    )
    return html.encode("gbk")


def pdf_without_text(pages: int = 2) -> bytes:
    """A PDF of blank pages: what a scan without OCR reads as."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()


def write_big_text(path: Path, size: int) -> str:
    """``size`` bytes of report-like UTF-8 text, written 1 MB at a time; returns its sha256."""
    line = "全市新增高新技术企业52家,科技型中小企业达到1260家,技术合同成交额增长18.5%。\n"
    block = (line * (MB // len(line.encode()) + 1)).encode()[:MB]
    digest = hashlib.sha256()
    with path.open("wb") as stream:
        for offset in range(0, size, MB):
            chunk = block[: min(MB, size - offset)]
            stream.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


# --- helpers ---------------------------------------------------------------------------------


def read_all(root: Path, cache_dir: Path | None = None) -> dict[str, SourceRecord]:
    """Every entry under ``root`` as the build reads it (through the cache when given)."""
    cache = PipelineCache(cache_dir, fingerprint="test") if cache_dir else None
    records = []
    for path in iter_source_paths(root):
        if cache is None:
            records.append(read_source(path, root))
        else:
            records.append(cache.read(path, root, read_source, SourceRecord, 200 * MB)[0])
    if cache is not None:
        cache.save_tables()
    return {r.source_file: r for r in records}


def finishes(action: Callable[[], object], seconds: float = 20) -> object:
    """Run ``action`` in a thread; fail (rather than hang the suite) if it blocks."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(action()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"blocked for {seconds} s"
    return result[0]


# --- tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("cached", [False, True], ids=["read_source", "through the cache"])
def test_symlink_loops_and_links_out_are_listed_and_refused(tmp_path: Path, cached: bool) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "private.txt").write_text(REPORT + "\n(私人副本)", encoding="utf-8")
    expected = make_symlink_loops(docs, tmp_path / "private.txt")
    records = finishes(lambda: read_all(docs, tmp_path / "cache" if cached else None))
    assert {name: r.reason for name, r in records.items()} == {"report.txt": None, **expected}
    for name in expected:
        assert records[name].status == "quarantined"
        assert (records[name].size_bytes, records[name].sha256) == (None, None)  # not opened
    # the loop back up is not walked: report.txt is read once, not as loops/up/report.txt too
    assert records["report.txt"].status == "ok"


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # opening it to read would wait for a writer forever
    expected = "not a regular file (a named pipe)"
    assert finishes(lambda: read_all(tmp_path))["pipe.txt"].reason == expected
    cached = finishes(lambda: read_all(tmp_path, tmp_path / ".cache"))
    assert cached["pipe.txt"].reason == expected


@pytest.mark.parametrize("cached", [False, True], ids=["read_source", "through the cache"])
def test_a_file_deleted_between_listing_and_reading(tmp_path: Path, cached: bool) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT + "\n(副本)", encoding="utf-8")
    paths = iter_source_paths(tmp_path)
    (tmp_path / "b.txt").unlink()  # the build has listed it; someone tidies the folder
    cache = PipelineCache(tmp_path / ".cache", fingerprint="test")
    records = [
        cache.read(p, tmp_path, read_source, SourceRecord, 200 * MB)[0]
        if cached
        else read_source(p, tmp_path)
        for p in paths
    ]
    source_files, texts = collate(records)
    rows = {r["source_file"]: r for r in source_files.iter_rows(named=True)}
    assert rows["b.txt"]["status"] == "quarantined"
    assert rows["b.txt"]["reason"] == VANISHED_REASON
    assert rows["a.txt"]["status"] == "ok"
    assert texts["source_file"].to_list() == ["a.txt"]


def test_names_that_are_not_utf8_each_get_one_distinct_spelling(tmp_path: Path) -> None:
    gbk_name = "晋江市科技局2021年工作总结.txt".encode("gbk")
    write_bytes_name(tmp_path, gbk_name, REPORT.encode("gbk"))
    # two names no codec reads: they must not merge into one '��.txt' row
    write_bytes_name(tmp_path, b"scan-\xff\xfe.txt", b"\x89PNG\r\n\x1a\n" + bytes(64))
    write_bytes_name(tmp_path, b"scan-\xff\xfd.txt", b"\x89PNG\r\n\x1a\n" + bytes(65))
    # a GBK name whose reading is also a real UTF-8 name beside it (unzipped twice)
    (tmp_path / "晋江.txt").write_text(REPORT, encoding="utf-8")
    write_bytes_name(tmp_path, "晋江.txt".encode("gbk"), REPORT.encode("gbk"))

    for cache_dir in (None, tmp_path / ".cache", tmp_path / ".cache"):  # miss, then hit
        records = read_all(tmp_path, cache_dir)
        assert sorted(records) == [
            "\\xbd\\xfa\\xbd\\xad.txt",  # the GBK twin, spelled by its bytes
            "scan-\\xff\\xfd.txt",
            "scan-\\xff\\xfe.txt",
            "晋江.txt",
            "晋江市科技局2021年工作总结.txt",
        ]
        assert records["晋江市科技局2021年工作总结.txt"].status == "ok"
        assert records["晋江市科技局2021年工作总结.txt"].encoding == "gb18030"
        source_files, _ = collate(records.values())
        assert source_files["source_file"].is_unique().all()
        statuses = dict(source_files.select("source_file", "status").rows())
        # the same report twice: the twin that sorts first is the document
        assert statuses["\\xbd\\xfa\\xbd\\xad.txt"] == "ok"
        assert statuses["晋江.txt"] == "duplicate"


def test_zip_xlsx_and_legacy_doc_are_quarantined_with_what_they_are(tmp_path: Path) -> None:
    (tmp_path / "reports.zip").write_bytes(zip_of(**{"晋江2021.txt": REPORT, "说明.txt": "x"}))
    (tmp_path / "指标.xlsx").write_bytes(
        xlsx_workbook([["指标", "2021年"], ["高新技术企业", "489"]])
    )
    (tmp_path / "old.doc").write_bytes(legacy_word_doc())
    (tmp_path / "renamed.bin").write_bytes(legacy_word_doc())  # found by its stream name
    records = read_all(tmp_path)
    assert {name: r.reason for name, r in records.items()} == {
        "old.doc": "legacy Word .doc file (not supported; save it as .docx or PDF)",
        "renamed.bin": "legacy Word .doc file (not supported; save it as .docx or PDF)",
        "reports.zip": "ZIP archive of 2 files (晋江2021.txt, 说明.txt); "
        "unpack it into the documents folder to read it",
        "指标.xlsx": "Excel .xlsx spreadsheet (not supported)",
    }
    assert {r.status for r in records.values()} == {"quarantined"}
    assert records["old.doc"].sha256 == hashlib.sha256(legacy_word_doc()).hexdigest()


def test_the_made_files_are_what_they_claim(tmp_path: Path) -> None:
    """The makers build real formats, not just the magic bytes the reader sniffs."""
    (tmp_path / "a.doc").write_bytes(legacy_word_doc())
    (tmp_path / "b.xlsx").write_bytes(xlsx_workbook([["a"]]))
    (tmp_path / "c.pdf").write_bytes(pdf_without_text())
    if shutil.which("file") is None:
        pytest.skip("no file(1) on this machine")
    kinds = subprocess.run(
        ["file", "-b", "a.doc", "b.xlsx", "c.pdf"], cwd=tmp_path, capture_output=True, text=True
    )
    lines = kinds.stdout.splitlines()
    assert lines[0].startswith(("Composite Document File V2", "CDFV2 Microsoft Word")), lines[0]
    assert "Excel 2007" in lines[1] or "Microsoft OOXML" in lines[1], lines[1]
    assert lines[2].startswith("PDF document"), lines[2]


@pytest.mark.parametrize(
    ("charset", "padding"),
    [
        ("gb2312", 0),
        ("GBK", 0),
        ("gb2312", 6000),  # the meta tag far down a long <head>: decoding must not need it
        ("utf-8", 0),  # a wrong declaration: the bytes win
    ],
)
def test_gbk_html_with_a_meta_charset_is_read(tmp_path: Path, charset: str, padding: int) -> None:
    text = REPORT + "\n朱镕基、王堃出席。"  # 镕 and 堃 are GBK, not GB2312
    (tmp_path / "page.html").write_bytes(gbk_html_page(text, charset, padding))
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    records = read_all(tmp_path)
    page = records["page.html"]
    assert (page.status, page.format, page.encoding) == ("ok", "html", "html:gb18030")
    assert page.text is not None and "朱镕基、王堃出席。" in page.text
    assert "当前位置" not in page.text and "版权所有" not in page.text
    assert page.text.endswith(records["plain.txt"].text or "-")  # the report, under its title


def test_a_pdf_whose_text_layer_is_empty(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(pdf_without_text())
    record = read_all(tmp_path)["scan.pdf"]
    assert (record.status, record.format) == ("quarantined", "pdf")
    assert record.reason == "PDF has no text layer (scanned image?)"


def test_a_300_mb_file_is_hashed_in_bounded_memory_and_not_read(tmp_path: Path) -> None:
    size = 300 * MB
    digest = write_big_text(tmp_path / "big.txt", size)
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    tracemalloc.start()
    try:
        records = read_all(tmp_path, tmp_path / ".cache")  # as the build reads it
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        (tmp_path / "big.txt").unlink()  # pytest keeps temp folders: not 300 MB of them
    big = records["big.txt"]
    assert (big.status, big.size_bytes, big.sha256) == ("quarantined", size, digest)
    assert big.reason == "file is 300 MB, over the 200 MB limit (not read)"
    assert records["report.txt"].status == "ok"
    assert peak < 16 * MB, f"peak {peak / MB:.0f} MB while reading a 300 MB file"


def test_a_text_over_the_character_limit_is_quarantined_before_normalising(
    tmp_path: Path,
) -> None:
    line = "全市新增高新技术企业52家。\n"
    (tmp_path / "all-reports.txt").write_text(
        line * (MAX_TEXT_CHARS // len(line) + 1000), encoding="utf-8"
    )
    record = read_source(tmp_path / "all-reports.txt", tmp_path)
    assert (record.status, record.format, record.encoding) == ("quarantined", "text", "utf-8")
    assert record.reason == (
        "text is 10.0 million characters, over the 10 million limit for one document "
        "(split it into its reports)"
    )
