"""ingest.reading.formats: the kind of a file comes from its bytes; only its main text comes out."""

from __future__ import annotations

import io
import zipfile
from email import encoders
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

import docx
import pytest
from pypdf import PdfWriter

from ingest.reading.formats import extract_text, html_to_text, looks_like_html


def pdf_with_text(*lines: str) -> bytes:
    """A minimal valid PDF whose one page shows ``lines`` in Helvetica (a text layer)."""
    content = (
        b"BT /F1 12 Tf 72 720 Td 14 TL "
        + b" ".join(b"(" + line.encode("latin-1") + b") '" for line in lines)
        + b" ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()


def zip_with(*names: str) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return stream.getvalue()


GOV_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>三明市科技局2021年工作总结_三明市科学技术局</title>
<script>var _hmt = _hmt || []; document.write("统计代码不应出现");</script>
<style>.nav { color: red }</style></head>
<body>
<header class="site-header"><h1 class="logo">三明市科学技术局</h1></header>
<nav><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
<div class="position">您的位置:<a href="/">首页</a> &gt; <a>政务公开</a> &gt; 规划计划</div>
<div class="main">
  <h2 class="title">三明市科技局2021年科技创新工作总结</h2>
  <div class="info">发布时间:2022-01-15 来源:三明市科技局
    <a href="javascript:window.print()">【打印】</a>
    <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="TRS_Editor">
    <p>一、2021年工作回顾</p>
    <p>&nbsp;&nbsp;2021年,全市新增国家高新技术
    企业47家,科技型中小企业达到&nbsp;680家&amp;技术合同成交额突破9亿元。</p>
    <p>全社会研发投入<span>38.5</span>亿元,比增11.2%。<br>全年授权发明专利312件。</p>
    <table><tr><th>指标</th><th>数值</th></tr>
      <tr><td><p>高新技术企业</p></td><td>320家</td></tr></table>
  </div>
  <div class="bdsharebuttonbox">分享到:<a>微信</a><a>微博</a></div>
</div>
<aside>热点新闻 三明举办科技活动周</aside>
<footer>版权所有:三明市科学技术局 闽ICP备05001234号</footer>
</body></html>
"""


def test_html_main_text_without_page_furniture() -> None:
    assert html_to_text(GOV_PAGE).split("\n") == [
        "三明市科技局2021年科技创新工作总结",
        "发布时间:2022-01-15 来源:三明市科技局",
        "一、2021年工作回顾",
        "2021年,全市新增国家高新技术 企业47家,科技型中小企业达到 680家&技术合同成交额突破9亿元。",
        "全社会研发投入38.5亿元,比增11.2%。",
        "全年授权发明专利312件。",
        "| 指标 | 数值 |",
        "| 高新技术企业 | 320家 |",
    ]


def test_html_without_a_content_box_uses_the_body() -> None:
    page = (
        "<html><body><div><p>南平市2020年科技工作总结</p>"
        "<p>全年新增科技型中小企业210家。</p></div>"
        "<footer>版权所有</footer></body></html>"
    )
    assert html_to_text(page) == "南平市2020年科技工作总结\n全年新增科技型中小企业210家。"


def test_a_box_named_like_chrome_that_holds_the_report_is_kept() -> None:
    page = (
        '<html><body><div class="menu">首页 政务公开</div><div class="print-area">'
        "<p>2021年,全市技术合同成交额达到21.3亿元。</p><p>新增省级重点实验室4家。</p>"
        "</div></body></html>"
    )
    assert html_to_text(page) == "2021年,全市技术合同成交额达到21.3亿元。\n新增省级重点实验室4家。"


def test_html_article_header_keeps_its_title() -> None:
    page = (
        "<html><body><header>站点导航</header><article><header><h1>宁德市科技局工作要点</h1>"
        "</header><p>2023年力争高新技术企业突破400家。</p></article></body></html>"
    )
    assert html_to_text(page) == "宁德市科技局工作要点\n2023年力争高新技术企业突破400家。"


def test_html_is_sniffed_by_content_and_decoded_by_its_bytes() -> None:
    data = GOV_PAGE.replace("utf-8", "gb2312").encode("gb18030")
    extracted = extract_text(data, ".txt")  # misnamed: content decides
    assert (extracted.format, extracted.encoding) == ("html", "html:gb18030")
    assert "统计代码" not in (extracted.text or "")
    assert "国家高新技术" in (extracted.text or "")


def test_looks_like_html() -> None:
    assert looks_like_html("<!doctype html><p>x</p>")
    assert looks_like_html("<p>一</p>", ".htm")
    assert not looks_like_html("全市R&D投入<5%的企业共12家。")


def test_pdf_text_layer() -> None:
    extracted = extract_text(pdf_with_text("Annual report 2021", "R&D 257.4"), ".pdf")
    assert (extracted.format, extracted.encoding, extracted.reason) == ("pdf", "pdf", None)
    assert "Annual report 2021" in (extracted.text or "")
    assert "R&D 257.4" in (extracted.text or "")


def test_pdf_without_text_is_quarantined() -> None:
    extracted = extract_text(blank_pdf(), ".pdf")
    assert extracted.text is None
    assert extracted.reason == "PDF has no text layer (scanned image?)"


def test_damaged_pdf_is_explained() -> None:
    extracted = extract_text(b"%PDF-1.7\n1 0 obj << /Type /Catalog", ".pdf")
    assert (extracted.format, extracted.text) == ("pdf", None)
    assert (extracted.reason or "").startswith("damaged PDF (")


def test_docx_paragraphs_and_table_cells_in_order() -> None:
    document = docx.Document()
    document.add_paragraph("龙岩市科技局2021年工作总结")
    document.add_paragraph("2021年,全市新增高新技术企业61家。")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["指标", "2020年", "2021年"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["技术合同成交额", "8.1亿元", "9.6亿元"], strict=True
    ):
        cell.text = text
    merged = document.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "合并单元格只出现一次"
    document.add_paragraph("二、2022年工作计划")
    stream = io.BytesIO()
    document.save(stream)

    extracted = extract_text(stream.getvalue(), ".docx")
    assert (extracted.format, extracted.encoding) == ("docx", "docx")
    assert (extracted.text or "").split("\n") == [
        "龙岩市科技局2021年工作总结",
        "2021年,全市新增高新技术企业61家。",
        "| 指标 | 2020年 | 2021年 |",
        "| 技术合同成交额 | 8.1亿元 | 9.6亿元 |",
        "| 合并单元格只出现一次 |",
        "二、2022年工作计划",
    ]


@pytest.mark.parametrize(
    ("data", "suffix", "reason"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "WordDocument".encode("utf-16-le"),
            ".doc",
            "legacy Word .doc file (not supported; save it as .docx or PDF)",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "Workbook".encode("utf-16-le"),
            ".bin",
            "legacy Excel .xls file (not supported; save it as .docx or PDF)",
        ),
        (zip_with("xl/workbook.xml"), ".xlsx", "Excel .xlsx spreadsheet (not supported)"),
        (
            zip_with("a.txt"),
            ".zip",
            "ZIP archive of 1 file (a.txt); unpack it into the documents folder to read it",
        ),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, ".txt", "image file (PNG), no text layer to read"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 32, ".jpg", "image file (JPEG), no text layer to read"),
    ],
)
def test_formats_we_do_not_read_are_named(data: bytes, suffix: str, reason: str) -> None:
    extracted = extract_text(data, suffix)
    assert (extracted.format, extracted.text, extracted.reason) == ("unknown", None, reason)


def test_plain_text() -> None:
    extracted = extract_text("2021年全市R&D投入占GDP比重2.1%。".encode("gb18030"), ".txt")
    assert (extracted.format, extracted.encoding) == ("text", "gb18030")
    assert extracted.text == "2021年全市R&D投入占GDP比重2.1%。"


def test_a_zip_reason_names_what_unpacking_would_add() -> None:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("报告/", "")
        for name in ("报告/2021年工作总结.txt", "附件1.docx", "附件2.pdf", "附件3.xlsx"):
            archive.writestr(name, "x")
    assert extract_text(stream.getvalue(), ".zip").reason == (
        "ZIP archive of 4 files (2021年工作总结.txt, 附件1.docx, 附件2.pdf, …); "
        "unpack it into the documents folder to read it"
    )
    assert extract_text(zip_with(), ".zip").reason == (
        "ZIP archive with no files; unpack it into the documents folder to read it"
    )


def test_a_zip_member_named_in_gbk_is_shown_in_chinese() -> None:
    # A Chinese archiver writes GBK names without the UTF-8 flag (zipfile cannot: patch it in)
    data = zip_with("QQQQ.txt").replace(b"QQQQ.txt", "晋江.txt".encode("gbk"))
    assert zipfile.ZipFile(io.BytesIO(data)).infolist()[0].flag_bits & 0x800 == 0
    assert extract_text(data, ".zip").reason == (
        "ZIP archive of 1 file (晋江.txt); unpack it into the documents folder to read it"
    )


def _web_archive(html: str, charset: str, transfer: str) -> bytes:
    """A page saved by a browser as one file (.mht): a MIME message of the page and its
    images, the page in the given charset and transfer encoding."""
    page = MIMENonMultipart("text", "html", charset=charset)
    page.set_payload(html.encode(charset))
    (encoders.encode_base64 if transfer == "base64" else encoders.encode_quopri)(page)
    page["Content-Location"] = "http://kjj.example.gov.cn/art/2022/1/5/art_1.html"
    archive = MIMEMultipart("related", type="text/html")
    archive.attach(page)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "png"))
    return archive.as_bytes()


@pytest.mark.parametrize(("charset", "transfer"), [("gb2312", "base64"), ("utf-8", "qp")])
def test_a_web_archive_gives_its_page_text(charset: str, transfer: str) -> None:
    html = (
        "<html><head><title>某县科技局2021年工作总结</title></head><body>"
        "<div class='nav'>首页 | 机构概况 | 政务公开</div>"
        "<div class='content'><h1>某县科技局2021年工作总结</h1>"
        "<p>2021年,全县新增省级科技型中小企业36家,技术合同登记额1.9亿元。</p>"
        "<p>全年争取上级科技项目资金2150万元。</p></div></body></html>"
    )
    got = extract_text(_web_archive(html, charset, transfer), ".mht")
    assert got.reason is None
    assert got.format == "html"
    assert got.encoding == ("mhtml:gb18030" if charset == "gb2312" else "mhtml:utf-8")
    assert "新增省级科技型中小企业36家,技术合同登记额1.9亿元。" in (got.text or "")
    assert "全年争取上级科技项目资金2150万元。" in (got.text or "")
    assert "政务公开" not in (got.text or "")


def test_a_web_archive_without_a_page_is_explained() -> None:
    archive = MIMEMultipart("related")
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "png"))
    got = extract_text(archive.as_bytes(), ".mht")
    assert got.text is None
    assert got.reason == "web archive (.mht) holds no HTML or text part"


def test_a_delimited_table_is_read_as_a_table() -> None:
    table = (
        "日照市主要科技指标\n指标,2022年,2023年目标\n高新技术企业(家),410,470\n"
        '"技术合同成交额(亿元)",52.6,60\n'
    )
    got = extract_text(table.encode("gb18030"), ".csv")
    assert (got.format, got.encoding, got.reason) == ("csv", "csv:gb18030", None)
    assert (got.text or "").split("\n") == [
        "| 日照市主要科技指标 |",
        "| 指标 | 2022年 | 2023年目标 |",
        "| 高新技术企业(家) | 410 | 470 |",
        "| 技术合同成交额(亿元) | 52.6 | 60 |",
    ]
    tabs = extract_text("指标\t2022年\n高新技术企业(家)\t410\n".encode(), ".tsv")
    assert tabs.text == "| 指标 | 2022年 |\n| 高新技术企业(家) | 410 |"
    # prose that is only named .csv stays prose
    prose = "日照市2022年科技工作总结\n全年新增高新技术企业62家。\n全市技术合同成交额52.6亿元。\n"
    assert extract_text(prose.encode(), ".csv").format == "text"
