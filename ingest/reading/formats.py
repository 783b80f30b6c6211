"""Which kind of file this is, and its raw text.

The kind comes from the bytes (magic numbers, then content), never from the file name
alone: scraped folders hold ``.txt`` files that are really HTML, and ``.doc`` files
that are really HTML or RTF. Text comes back un-normalised; ``ingest.reading.sources``
normalises it. Never raises: whatever goes wrong becomes ``Extracted.reason``.
"""

from __future__ import annotations

import csv
import email
import email.policy
import gzip
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ingest.reading.decode import decode_bytes
from ingest.reading.json_text import json_text, looks_like_json
from ingest.reading.rtf import is_rtf, rtf_text

# The values SourceRecord.format takes.
FORMATS = ("text", "html", "pdf", "docx", "rtf", "json", "csv", "unknown")


@dataclass(frozen=True)
class Extracted:
    """Raw text of a file, or why there is none. ``format`` is one of FORMATS."""

    format: str
    encoding: str | None
    text: str | None
    reason: str | None = None


def extract_text(data: bytes, suffix: str = "") -> Extracted:
    """Sniff the format of ``data`` and return its text.

    ``suffix`` (the file's extension) is only a hint: it names legacy Office files whose
    streams are not recognisable, and lets an ``.html`` file with few tags count as HTML.
    """
    try:
        return _extract(data, suffix.lower())
    except Exception as exc:
        return Extracted("unknown", None, None, f"could not read: {type(exc).__name__}: {exc}")


def _extract(data: bytes, suffix: str, unpacked: bool = False) -> Extracted:
    if data.startswith(_GZIP_MAGIC) and not unpacked:
        return _gzip(data)
    if is_rtf(data):
        return _damaged_if_raises("rtf", "RTF document", _rtf, data)
    if b"%PDF-" in data[:1024]:  # the spec allows junk before the header
        return _damaged_if_raises("pdf", "PDF", _pdf, data)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):  # a ZIP, or an empty one
        return _zip_container(data)
    unsupported = _unsupported_binary(data, suffix)
    if unsupported is not None:
        return Extracted("unknown", None, None, unsupported)
    if _MIME_ARCHIVE.search(data[:_MIME_HEAD_BYTES]):
        return _damaged_if_raises("html", "web archive", _web_archive, data)

    decoded = decode_bytes(data, declared=_declared_charset(data))
    if decoded.text is None:
        return Extracted("unknown", decoded.encoding, None, decoded.reason)
    if looks_like_json(decoded.text):
        text, reason = json_text(decoded.text, html_to_text)
        if text or reason:
            return Extracted("json", f"json:{decoded.encoding}", text, reason)
    if looks_like_html(decoded.text, suffix):
        text = html_to_text(decoded.text)
        if not text.strip():
            return Extracted("html", f"html:{decoded.encoding}", None, "HTML page has no text")
        return Extracted("html", f"html:{decoded.encoding}", text)
    if suffix in _DELIMITED and (rows := _delimited_rows(decoded.text, _DELIMITED[suffix])):
        return Extracted("csv", f"csv:{decoded.encoding}", "\n".join(map(table_row, rows)))
    if decoded.text.lstrip().startswith("{\\rtf"):  # RTF in UTF-16: its characters are ASCII
        return _damaged_if_raises(
            "rtf", "RTF document", _rtf, decoded.text.encode("latin-1", "replace")
        )
    return Extracted("text", decoded.encoding, decoded.text)


def _rtf(data: bytes) -> Extracted:
    text, codepage = rtf_text(data)
    if not text.strip():
        return Extracted("rtf", f"rtf:{codepage}", None, "RTF document has no text")
    return Extracted("rtf", f"rtf:{codepage}", text)


# --- gzip: a page saved as the server sent it (Content-Encoding: gzip), or a .gz of one ----

_GZIP_MAGIC = b"\x1f\x8b"
# Unpacked in memory: no more than a file we would read (sources.DEFAULT_MAX_BYTES).
_GZIP_MAX_BYTES = 200 * 1024 * 1024


def _gzip(data: bytes) -> Extracted:
    """What a gzip stream holds, read as a file of its own (one level: a gzip in a gzip, or a
    tar archive, is named, not unpacked)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inner = stream.read(_GZIP_MAX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return Extracted(
            "unknown", "gzip", None, f"damaged gzip archive ({type(exc).__name__}: {exc})"
        )
    if len(inner) > _GZIP_MAX_BYTES:
        return Extracted("unknown", "gzip", None, "gzip archive over 200 MB unpacked (not read)")
    if inner[257:262] == b"ustar":
        return Extracted(
            "unknown",
            "gzip",
            None,
            "tar archive in gzip (.tar.gz); unpack it into the documents folder to read it",
        )
    got = _extract(inner, "", unpacked=True)
    encoding = f"gzip:{got.encoding}" if got.encoding else "gzip"
    reason = f"{got.reason} (in a gzip archive)" if got.reason else None
    return Extracted(got.format, encoding, got.text, reason)


def _damaged_if_raises(
    file_format: str, name: str, read: Callable[[bytes], Extracted], data: bytes
) -> Extracted:
    """Run a format reader; a parser error means the file is damaged, not unreadable."""
    try:
        return read(data)
    except Exception as exc:
        return Extracted(
            file_format, file_format, None, f"damaged {name} ({type(exc).__name__}: {exc})"
        )


# --- web archives (.mht, .mhtml: a browser's "save as a single file") ------------------

# A MIME message of related parts, declared in its headers at the top of the file.
_MIME_ARCHIVE = re.compile(rb"(?im)^content-type:\s*multipart/related")
_MIME_HEAD_BYTES = 4096


def _web_archive(data: bytes) -> Extracted:
    """The page of a web archive: its first HTML part (else plain text), decoded from its
    transfer encoding (quoted-printable, base64) and its declared charset."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in message.walk() if p.get_content_type() in ("text/html", "text/plain")]
    parts.sort(key=lambda p: p.get_content_type() != "text/html")
    if not parts:
        return Extracted("html", "mhtml", None, "web archive (.mht) holds no HTML or text part")
    part = parts[0]
    payload = part.get_payload(decode=True) or b""
    declared = part.get_content_charset() or _declared_charset(payload)
    decoded = decode_bytes(payload, declared=declared)
    if decoded.text is None:
        return Extracted("html", "mhtml", None, f"web archive (.mht): {decoded.reason}")
    encoding = f"mhtml:{decoded.encoding}"
    if part.get_content_type() == "text/plain":
        return Extracted("text", encoding, decoded.text)
    text = html_to_text(decoded.text)
    if not text.strip():
        return Extracted("html", encoding, None, "HTML page has no text")
    return Extracted("html", encoding, text)


# --- binary formats we do not read ---------------------------------------------------

_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_ARCHIVE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip archive"),  # inside another: _gzip unpacks one level
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _unsupported_binary(data: bytes, suffix: str) -> str | None:
    """A reason naming the format, for binary formats we recognise but do not read."""
    if data.startswith(_OLE2_MAGIC):
        return _ole2_reason(data, suffix)
    for magic, name in _IMAGE_MAGIC:
        if data.startswith(magic):
            return f"image file ({name}), no text layer to read"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image file (WebP), no text layer to read"
    if data[:2] == b"BM" and len(data) >= 26 and int.from_bytes(data[2:6], "little") == len(data):
        return "image file (BMP), no text layer to read"
    for magic, name in _ARCHIVE_MAGIC:
        if data.startswith(magic):
            return f"{name}; unpack it into the documents folder to read what it holds"
    return None


def _ole2_reason(data: bytes, suffix: str) -> str:
    """Old Office files are OLE2 containers; the stream names say which application."""
    head = data[: 1 << 20]
    if "WordDocument".encode("utf-16-le") in head or suffix in (".doc", ".wps", ".dot"):
        kind = "legacy Word .doc"
    elif "Workbook".encode("utf-16-le") in head or suffix in (".xls", ".et"):
        kind = "legacy Excel .xls"
    elif "PowerPoint Document".encode("utf-16-le") in head or suffix in (".ppt", ".dps"):
        kind = "legacy PowerPoint .ppt"
    else:
        kind = "OLE2 compound document"
    return f"{kind} file (not supported; save it as .docx or PDF)"


def _zip_container(data: bytes) -> Extracted:
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()  # the central directory only
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return Extracted("unknown", None, None, f"damaged ZIP container ({exc})")
    names = {member.filename for member in members}
    if "word/document.xml" in names:
        return _damaged_if_raises("docx", "Word document", _docx, data)
    if "xl/workbook.xml" in names:
        reason = "Excel .xlsx spreadsheet (not supported)"
    elif "ppt/presentation.xml" in names:
        reason = "PowerPoint .pptx presentation (not supported)"
    elif "OFD.xml" in names:
        reason = "OFD document (not supported; export it as PDF)"
    elif "content.xml" in names and "mimetype" in names:
        reason = "OpenDocument file (not supported; save it as .docx or PDF)"
    else:
        reason = (
            f"ZIP archive{_zip_contents(members)}; unpack it into the documents folder to read it"
        )
    return Extracted("unknown", None, None, reason)


def _zip_contents(members: list[zipfile.ZipInfo]) -> str:
    """`` of 3 files (报告.txt, 附件.docx, …)``: what an archive would add if unpacked."""
    files = [_zip_member_name(m) for m in members if not m.is_dir()]
    if not files:
        return " with no files"
    shown = ", ".join(files[:3]) + (", …" if len(files) > 3 else "")
    return f" of {len(files)} file{'s' if len(files) > 1 else ''} ({shown})"


def _zip_member_name(member: zipfile.ZipInfo) -> str:
    """Chinese archivers store GBK names without the UTF-8 flag; zipfile reads them as CP437."""
    name = member.filename
    if not member.flag_bits & 0x800:
        with suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("gb18030")
    return name.rsplit("/", 1)[-1]


# --- PDF ------------------------------------------------------------------------------


def _pdf(data: bytes) -> Extracted:
    from pypdf import PdfReader  # imported here: pypdf is only needed for PDFs

    with _quiet("pypdf"):
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Extracted("pdf", "pdf", None, "PDF is password-protected")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if not text.strip():
        return Extracted("pdf", "pdf", None, "PDF has no text layer (scanned image?)")
    return Extracted("pdf", "pdf", text)


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings for a moment: pypdf logs every defect it repairs."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


# --- DOCX -----------------------------------------------------------------------------


def _docx(data: bytes) -> Extracted:
    import docx  # python-docx; imported here, only needed for .docx files

    document = docx.Document(io.BytesIO(data))
    lines = list(_docx_blocks(document))
    text = "\n".join(lines)
    if not text.strip():
        return Extracted("docx", "docx", None, "Word document has no text")
    return Extracted("docx", "docx", text)


def _docx_blocks(container: Any) -> Iterator[str]:
    """Paragraphs and table rows in document order, one line per row."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats across the span
                        continue
                    seen.add(id(cell._tc))
                    cell_text = " ".join(t for t in _docx_blocks(cell) if t.strip())
                    if cell_text:
                        cells.append(cell_text)
                if cells:
                    yield table_row(cells)
        else:
            yield block.text


# --- HTML -----------------------------------------------------------------------------

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(r"<(?:html|head|body|div|p|br|table|meta|title|span|a)\b[^>]*>", re.I)
_HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


# Tables saved as delimited text (an indicator table exported from a spreadsheet), by suffix
_DELIMITED = {".csv": ",", ".tsv": "\t"}


def _delimited_rows(text: str, delimiter: str) -> list[list[str]] | None:
    """The rows of a delimited table, or None when most lines hold a single cell (prose that
    was only named .csv)."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = [cells for row in reader if any(cells := [cell.strip() for cell in row])]
    if not rows or sum(len(row) >= 2 for row in rows) * 2 < len(rows):
        return None
    return rows


def table_row(cells: list[str]) -> str:
    """One table row as a line: ``| 高新技术企业 | 920家 |``.

    The bars keep cells apart (spaces between Chinese would be joined as layout) and,
    ending the line, keep rows from being joined as wrapped text.
    """
    return "| " + " | ".join(cells) + " |"


def looks_like_html(text: str, suffix: str = "") -> bool:
    """HTML by content: a doctype/<html> start, or several tags near the top."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    tags = len(_HTML_TAG.findall(head))
    return tags >= 1 if suffix in _HTML_SUFFIXES else tags >= 3


def _declared_charset(data: bytes) -> str | None:
    """The <meta charset> of an HTML page, as a hint for decoding."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


# Never text: scripts, styles, forms' widgets, and the page furniture HTML5 names.
# fmt: off
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "select", "option", "button", "input", "textarea", "nav", "header", "footer", "aside",
    "head", "title", "meta", "link",
})
# Elements that end a line of text.
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead",
    "tfoot", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "hr", "form", "fieldset", "figure", "figcaption", "caption", "center", "address",
})
# fmt: on
_CELL_TAGS = frozenset(("td", "th"))
# class/id words of chrome containers on Chinese government sites: breadcrumbs
# (crumb, position, location, weizhi/dqwz = 当前位置), share/print bars, menus, footers.
_CHROME_CLASS = re.compile(
    r"(?:^|[-_ ])(?:bread-?crumbs?|crumbs?|position|location|weizhi|dqwz|share|bdshare\w*|"
    r"print|toolbar|tools|sidebar|side|menu|nav|navbar|topbar|footer|foot|copyright|"
    r"banner|login|search|fontsize|font-size)(?:$|[-_ ])",
    re.I,
)
# Links and buttons that are page widgets: 分享到 打印 关闭窗口, font size 大 中 小, 上一篇.
_CHROME_LINK = re.compile(
    r"^[\s【\[(（]*(?:分享到?|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|"
    r"返回(?:顶部|首页|列表)?|顶部|微信|微博|QQ空间|大|中|小|默认|更多|首页)[\s】\])）:：]*$"
    r"|^(?:上一篇|下一篇)",
    re.I,
)
# Where the report usually sits on government CMS pages (TRS, Hanweb, DedeCMS …).
_CONTENT_SELECTORS = (
    ".TRS_Editor, .trs_editor, #zoom, #Zoom, .zoom, #UCAP-CONTENT, .Custom_UnionStyle, "
    "article, .article, .article-content, .article_content, .content, #content, "
    ".main-content, .con, .zw, #zw, .pages_content, .view, .detail, .text, main"
)
_METADATA_LINE = re.compile(
    r"^(?:发布机构|发文机关|来源|信息来源|发布时间|发布日期|成文日期|索引号|文号|发文字号)\s*[:：]"
)
_WHITESPACE_RUN = re.compile(r"\s+")
# A box with at least this share of the page's text is content, whatever its class says.
_MAIN_SHARE = 0.3
# Title candidates, most specific first.
_TITLE_SELECTORS = ("h1", ".article-title", ".title", ".tit", "h2")
# Private-use characters mark block boundaries and table cells while walking.
_BREAK = "\ue000"
_CELL = "\ue001"


def html_to_text(html: str) -> str:
    """Main text of a page: paragraphs as lines, page furniture left out."""
    parser = LexborHTMLParser(html)
    body = parser.body or parser.root
    if body is None:
        return ""
    # Script and style text would otherwise count as page text when weighing boxes.
    for node in body.css("script, style, noscript, template"):
        node.decompose()
    page_weight = _text_weight(body)
    main = _main_container(body, page_weight)
    if main is None:
        text = _node_text(body, page_weight)
        title = _head_title(parser)
        # a page with no title in its body: the browser tab's names it (鹤岗市科技局2021年…)
        return f"{title}\n{text}" if title and title not in text else text
    # The title and the 发布时间/来源 line often sit just above the content box.
    outside = _node_text(body, page_weight, skip=main).split("\n")
    header = [line for line in outside if _METADATA_LINE.match(line)]
    title = _page_title(body, main, page_weight)
    main_text = _node_text(main, page_weight)
    if title is None and (head := _head_title(parser)) and head not in main_text:
        title = head
    if title and not main_text.startswith(title):
        header.insert(0, title)
    return "\n".join([*header, main_text])


# a year in a page's head title: it names a dated item, not only the site
_A_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _head_title(parser: LexborHTMLParser) -> str | None:
    """The <title> of the page's head when it names a dated item, not only the site (晋江市
    科技局); the title module strips a site's name after it (…2021年工作总结_鹤岗市人民政府)."""
    node = parser.css_first("head title")
    title = " ".join(node.text(deep=True).split()) if node is not None else ""
    return title if 4 <= len(title) <= 120 and _A_YEAR.search(title) else None


def _main_container(body: LexborNode, page_weight: int) -> LexborNode | None:
    """The densest content box holding much of the page's text, if there is one."""
    if page_weight == 0:
        return None
    candidates = [(node, _text_weight(node)) for node in body.css(_CONTENT_SELECTORS)]
    candidates = [(n, weight) for n, weight in candidates if weight >= _MAIN_SHARE * page_weight]
    if not candidates:
        return None
    best = max(weight for _, weight in candidates)
    # Nested boxes (article > .content > #zoom): take the tightest one that still holds
    # nearly all the text — the outer ones add chrome.
    near_best = [node for node, weight in candidates if weight >= 0.85 * best]
    return min(near_best, key=lambda node: len(node.html or ""))


def _text_weight(node: LexborNode) -> int:
    """Characters of visible text, whitespace aside."""
    text = node.text(deep=True)
    return len(text) - sum(len(gap) for gap in _WHITESPACE_RUN.findall(text))


def _page_title(body: LexborNode, main: LexborNode, page_weight: int) -> str | None:
    for selector in _TITLE_SELECTORS:
        for node in body.css(selector):
            if _inside(node, main) or _in_chrome(node, page_weight):
                continue
            title = " ".join(node.text(deep=True).split())
            if 4 <= len(title) <= 120:
                return title
    return None


def _in_chrome(node: LexborNode, page_weight: int) -> bool:
    """Whether the walk in _node_text would skip this node (a site logo in a header)."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        tag = current.tag or ""
        if tag in _DROP_TAGS and not _is_article_header(current, tag):
            return True
        if _is_chrome(current, tag, page_weight):
            return True
        current = current.parent
    return False


def _is_article_header(node: LexborNode, tag: str) -> bool:
    """<header>/<footer> of an <article> hold its title and date, unlike the page's."""
    if tag not in ("header", "footer"):
        return False
    current = node.parent
    while current is not None:
        if current.tag in ("article", "main"):
            return True
        current = current.parent
    return False


def _inside(node: LexborNode, ancestor: LexborNode) -> bool:
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id == ancestor.mem_id:
            return True
        current = current.parent
    return False


def _node_text(root: LexborNode, page_weight: int, skip: LexborNode | None = None) -> str:
    """Visible text, one line per block and per table row (iterative: pages nest deep)."""
    parts: list[str] = []
    skip_id = skip.mem_id if skip is not None else None
    # (node, leaving, inside a table cell): inside a cell, blocks only separate words.
    stack: list[tuple[LexborNode, bool, bool]] = [(root, False, False)]
    while stack:
        node, leaving, in_cell = stack.pop()
        if leaving:
            parts.append(" " if in_cell else _BREAK)
            continue
        if node.is_text_node:
            parts.append(node.text_content or "")
            continue
        if not node.is_element_node or node.mem_id == skip_id:
            continue
        tag = node.tag or ""
        dropped = tag in _DROP_TAGS and not _is_article_header(node, tag)
        if node is not root and (dropped or _is_chrome(node, tag, page_weight)):
            continue
        if tag == "br":
            parts.append(" " if in_cell else _BREAK)
            continue
        if tag in _CELL_TAGS and not in_cell:
            parts.append(_CELL)
            in_cell = True
        elif tag in _BLOCK_TAGS:
            parts.append(" " if in_cell else _BREAK)
            stack.append((node, True, in_cell))
        children = list(node.iter(include_text=True))
        stack.extend((child, False, in_cell) for child in reversed(children))
    # Whitespace in HTML source is layout; only blocks and rows make lines.
    text = " ".join("".join(parts).split())
    lines = []
    for line in text.split(_BREAK):
        if _CELL in line:
            cells = [cell.strip() for cell in line.split(_CELL)]
            line = table_row([cell for cell in cells if cell]) if any(cells) else ""
        if line.strip():
            lines.append(line.strip())
    return "\n".join(lines)


def _is_chrome(node: LexborNode, tag: str, page_weight: int) -> bool:
    """Page furniture by class/id (unless it holds much of the text) or by link text."""
    attributes = node.attributes
    words = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    if words.strip() and _CHROME_CLASS.search(words) and tag not in ("body", "html"):
        return _text_weight(node) < _MAIN_SHARE * page_weight
    if tag in ("a", "button"):
        return bool(_CHROME_LINK.match(node.text(deep=True).strip()))
    return False
