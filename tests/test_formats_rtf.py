"""ingest.reading.rtf and the gzip path of ingest.reading.formats: an RTF document (as Word,
WordPad or WPS save one, Chinese in code-page escapes or Unicode) and a gzip stream (a page saved
as the server sent it) give their text; a damaged or nested one is named."""

from __future__ import annotations

import gzip
import io
import tarfile

import pytest

from ingest.reading.formats import extract_text

HEADER = (
    r"{\rtf1\ansi\ansicpg936\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset134 "
    + "".join(f"\\'{b:02x}" for b in "宋体".encode("gbk"))
    + r";}{\f1\fswiss\fcharset0 Arial;}}"
    r"{\colortbl ;\red31\green73\blue125;}{\*\generator Riched20 10.0.19041}"
    r"{\info{\author kjj}{\title Report}}\viewkind4\uc1 "
)


def escaped(text: str, encoding: str = "gbk") -> str:
    """Non-ASCII characters as RTF writes them in a code page: each byte as \\'hh."""
    return "".join(
        ch if ord(ch) < 128 else "".join(f"\\'{b:02x}" for b in ch.encode(encoding)) for ch in text
    )


def unicode_escaped(text: str) -> str:
    """Non-ASCII characters as \\uN with a '?' fallback (negative above 32767, as RTF has it)."""
    return "".join(
        ch if ord(ch) < 128 else f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?"
        for ch in text
    )


def rtf_document(lines: list[str]) -> bytes:
    """Lines of a report as an RTF file in code page 936, one paragraph each."""
    body = "".join(r"\pard\f0\fs24 " + escaped(line) + "\\par\n" for line in lines)
    return (HEADER + body + "}").encode("ascii")


def test_code_page_escapes_read_as_the_document_declares() -> None:
    got = extract_text(
        rtf_document(["龙泉驿区科技局2020年工作总结", "全年认定技术合同187项。"]), ".rtf"
    )
    assert (got.format, got.encoding, got.reason) == ("rtf", "rtf:gb18030", None)
    assert got.text == "龙泉驿区科技局2020年工作总结\n全年认定技术合同187项。\n"


def test_a_font_charset_decides_when_the_document_declares_no_code_page() -> None:
    data = (
        r"{\rtf1\ansi\deff0{\fonttbl{\f0\froman Times;}{\f1\fnil\fcharset134 SimSun;}"
        r"{\f2\fnil\fcharset136 MingLiU;}}\pard\f1 "
        + escaped("孵化器在孵企业")
        + r"\f0  64 \f2 "
        + escaped("家", "big5")
        + r"\par}"
    ).encode("ascii")
    got = extract_text(data, ".rtf")
    assert got.text == "孵化器在孵企业 64 家\n"
    assert got.encoding == "rtf:big5+gb18030"


def test_unicode_escapes_skip_their_fallback_characters() -> None:
    text = "新增省级众创空间3家"
    data = (r"{\rtf1\ansi\uc1 " + unicode_escaped(text) + r"\par\uc2\u26412??\u24180??}").encode()
    assert extract_text(data, ".rtf").text == text + "\n本年"


def test_a_table_comes_through_as_bar_separated_rows() -> None:
    row = r"\trowd\cellx2000\cellx4000\intbl {} \cell {}\cell\row"
    data = (
        HEADER
        + row.format(escaped("指标"), "2019")
        + row.format(escaped("研发投入(亿元)"), "3.2")
        + r"\pard "
        + escaped("以上为统计数据。")
        + r"\par}"
    ).encode("ascii")
    assert extract_text(data, ".rtf").text == (
        "| 指标 | 2019 |\n| 研发投入(亿元) | 3.2 |\n以上为统计数据。\n"
    )


def test_what_is_not_the_body_stays_out() -> None:
    picture = r"{\pict\pngblip 89504e470d0a1a0a0000}"
    field = r"{\field{\*\fldinst HYPERLINK http://kjj.example.gov.cn}{\fldrslt " + escaped("附件")
    data = (
        HEADER
        + r"{\header\pard "
        + escaped("页眉文字")
        + r"\par}"
        + picture
        + r"{\*\bkmkstart x}"
        + field
        + r"}}\par "
        + escaped("正文")
        + r" {\*\shppict\bin6 {}{}\\}"
        + r"\par}"
    ).encode("ascii")
    assert extract_text(data, ".rtf").text == "附件\n正文 \n"


def test_an_rtf_with_nothing_to_read_is_named() -> None:
    got = extract_text((HEADER + "}").encode("ascii"), ".doc")
    assert (got.format, got.text, got.reason) == ("rtf", None, "RTF document has no text")


def test_a_gzipped_page_reads_as_the_page_it_holds() -> None:
    page = (
        '<html><head><meta charset="gbk"><title>x</title></head><body>'
        "<div>首页 &gt; 工作动态</div><p>截至年底，全区有效发明专利达到905件，同比增长14%。</p>"
        "</body></html>"
    )
    got = extract_text(gzip.compress(page.encode("gbk")), ".html")
    assert (got.format, got.encoding, got.reason) == ("html", "gzip:html:gb18030", None)
    assert "截至年底,全区有效发明专利达到905件" in (got.text or "").replace("，", ",")


# (mtime=0: a stream stamped with the clock would name the test differently in each xdist
# worker that collects it a second later, and the run would stop)
@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            gzip.compress(gzip.compress(b"text", mtime=0), mtime=0),
            "gzip archive; unpack it into the documents folder to read what it holds "
            "(in a gzip archive)",
        ),
        (
            gzip.compress(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), mtime=0),
            "OLE2 compound document file (not supported; save it as .docx or PDF) "
            "(in a gzip archive)",
        ),
    ],
)
def test_what_a_gzip_holds_but_we_do_not_read_is_named(data: bytes, reason: str) -> None:
    got = extract_text(data, ".gz")
    assert (got.format, got.encoding, got.text, got.reason) == ("unknown", "gzip", None, reason)


def test_a_tarball_and_a_damaged_gzip_are_named() -> None:
    stream = io.BytesIO()
    with tarfile.open(fileobj=stream, mode="w:gz") as archive:
        info = tarfile.TarInfo("2021年工作总结.txt")
        info.size = 4
        archive.addfile(info, io.BytesIO(b"text"))
    assert extract_text(stream.getvalue(), ".tgz").reason == (
        "tar archive in gzip (.tar.gz); unpack it into the documents folder to read it"
    )
    cut = gzip.compress("2021年全县新增高新技术企业9家。".encode() * 50)[:40]
    got = extract_text(cut, ".gz")
    assert got.format == "unknown" and got.text is None
    assert (got.reason or "").startswith("damaged gzip archive (EOFError")


def test_characters_beyond_the_basic_plane_come_whole_and_a_lone_half_is_replaced() -> None:
    # 😀 is U+1F600: RTF writes its two UTF-16 halves, as negative numbers
    data = rb"{\rtf1\ansi\uc1 \u-10179?\u-8704? \u-10179?\u26412?\u99999999?}"
    text = extract_text(data, ".rtf").text or ""
    assert text == "\U0001f600 \ufffd本\ufffd"
    assert text.encode("utf-8")  # no lone surrogate left to fail a later encoding
