"""The text of an RTF document (what Word, WordPad and WPS save as ``.rtf``, and what some
sites serve as ``.doc``).

RTF is 7-bit text: groups in braces, control words, and the document's characters either as
bytes in its code page (``\\'b8\\'df``: GBK for a Chinese document, by ``\\ansicpg936`` or a
font's ``\\fcharset134``) or as Unicode (``\\u39640?``, followed by a fallback to skip). We keep
the body's text: paragraphs as lines, table rows as ``| a | b |`` lines (as Word tables come
through), and skip what is not the body (font and style tables, document info, pictures,
headers and footers, field instructions).
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass, replace

# A font's character set (\fcharsetN) names its code page; 0 and 1 (ANSI, default) defer to
# the document's \ansicpgN.
_CHARSET_CODEPAGE = {128: "cp932", 129: "cp949", 134: "gb18030", 136: "big5", 2: "cp1252"}
_CODEPAGE = {936: "gb18030", 950: "big5", 932: "cp932", 949: "cp949", 65001: "utf-8"}

# Groups that hold no body text (besides any group opened by \*, an optional destination).
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
    "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "listtable",
    "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata",
    "colorschememapping", "datastore", "latentstyles", "pgdsctbl", "fldinst", "shpinst",
    "nonshppict", "filetbl", "mmathPr", "userprops", "operator", "author", "title", "company",
})  # fmt: skip
_CHARACTERS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t", "emdash": "—",
    "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " ",
}  # fmt: skip
_SYMBOLS = {"~": " ", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "\n": "\n", "\r": "\n"}

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, its parameter, one space it ends at
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    r"|\\(.)"  # a control symbol
    r"|([{}])"
    r"|([^\\{}\r\n]+)"  # text (raw bytes above 127 are the code page's too)
    r"|[\r\n]+",  # line breaks in the file are not the document's
    re.S,
)


def is_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


@dataclass(frozen=True)
class _Group:
    skip: bool = False
    fonts: bool = False  # inside the font table: read charsets, keep no text
    codepage: str | None = None  # of the current font, None for the document's
    uc: int = 1  # characters of fallback after each \uN


class _Reader:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.pending = bytearray()  # code-page bytes, decoded together (GBK takes two)
        self.document_codepage = "cp1252"
        self.font_codepage: dict[int, str] = {}
        self.font: int | None = None
        self.cells: list[str] = []
        self.cell_start = 0
        self.codepages_used: set[str] = set()

    def flush(self, group: _Group) -> None:
        if self.pending:
            codepage = group.codepage or self.document_codepage
            if max(self.pending) > 127:  # ASCII reads alike in every code page
                self.codepages_used.add(codepage)
            self.out.append(bytes(self.pending).decode(codepage, errors="replace"))
            self.pending.clear()

    def end_cell(self, group: _Group) -> None:
        self.flush(group)
        cell = "".join(self.out[self.cell_start :])
        del self.out[self.cell_start :]
        self.cells.append(" ".join(cell.split()))
        self.cell_start = len(self.out)

    def end_row(self, group: _Group) -> None:
        self.flush(group)
        del self.out[self.cell_start :]  # what follows the last cell is the row's formatting
        if any(self.cells):
            self.out.append("| " + " | ".join(self.cells) + " |\n")
        self.cells = []
        self.cell_start = len(self.out)


def rtf_text(data: bytes) -> tuple[str, str]:
    """The document's text and the code page its bytes were decoded in (``unicode`` when it
    holds only \\uN characters)."""
    text = data.decode("latin-1")  # one char per byte: \'hh and raw bytes alike
    reader = _Reader()
    stack: list[_Group] = []
    group = _Group()
    opened = False  # the previous token opened a group: a destination's word comes next
    skip_fallback = 0
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # a lone backslash at the end
            break
        pos = m.end()
        word, param, hexbyte, symbol, brace, run = m.groups()
        first, opened = opened, False
        if brace == "{":
            stack.append(group)
            opened = True
            continue
        if brace == "}":
            reader.flush(group)
            group = stack.pop() if stack else group
            skip_fallback = 0
            continue
        if word == "bin":  # raw binary data of that many bytes
            pos += max(int(param or 0), 0)
            continue
        if first and (symbol == "*" or word in _SKIPPED):
            group = replace(group, skip=word != "fonttbl", fonts=word == "fonttbl")
            continue
        if group.skip:
            continue
        if group.fonts:
            if word == "f" and param:
                reader.font = int(param)
            elif word == "fcharset" and param and reader.font is not None:
                codepage = _CHARSET_CODEPAGE.get(int(param))
                if codepage:
                    reader.font_codepage[reader.font] = codepage
            continue
        if skip_fallback and (hexbyte or symbol or run):
            if run and len(run) > skip_fallback:
                run = run[skip_fallback:]
                skip_fallback = 0
            else:
                skip_fallback -= 1 if not run else len(run)
                skip_fallback = max(skip_fallback, 0)
                continue
        if hexbyte:
            reader.pending.append(int(hexbyte, 16))
        elif run:
            reader.pending.extend(run.encode("latin-1"))
        elif symbol is not None:
            reader.flush(group)
            reader.out.append(_SYMBOLS.get(symbol, ""))
        elif word:
            group, skip_fallback = _control(reader, group, word, param)
    reader.flush(group)
    # characters beyond the BMP come as two \uN halves: join them, replace a lone half
    body = "".join(reader.out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    used = reader.codepages_used or {"unicode"}
    return body, "+".join(sorted(used))


def _control(reader: _Reader, group: _Group, word: str, param: str | None) -> tuple[_Group, int]:
    """Apply one control word of the body; returns the group's state and the fallback
    characters to skip."""
    number = int(param) if param else None
    if word == "u" and number is not None:
        reader.flush(group)
        code = number + 65536 if number < 0 else number
        reader.out.append(chr(code) if 0 <= code <= 0xFFFF else "\ufffd")
        return group, group.uc
    if word == "uc" and number is not None:
        return replace(group, uc=max(number, 0)), 0
    if word == "ansicpg" and number is not None:
        with contextlib.suppress(LookupError):  # a code page Python has no codec for: cp1252
            reader.document_codepage = codecs.lookup(_CODEPAGE.get(number, f"cp{number}")).name
        return group, 0
    if word == "f" and number is not None:
        reader.flush(group)
        return replace(group, codepage=reader.font_codepage.get(number)), 0
    if word == "trowd":
        reader.flush(group)
        reader.cell_start = len(reader.out)
    elif word == "cell":
        reader.end_cell(group)
    elif word == "row":
        reader.end_row(group)
    elif word in _CHARACTERS:
        reader.flush(group)
        reader.out.append(_CHARACTERS[word])
    return group, 0
