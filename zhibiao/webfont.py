"""A CJK font embedded in a page, cut down to the characters the page uses.

Machines without a CJK font (CI, many servers, a fresh container) draw Chinese as boxes. The
pages zhibiao writes therefore carry their own: Noto Sans SC (SIL Open Font License 1.1, from
the ``pylopdf-fonts-zh-cn`` wheel, which ships notofonts/noto-cjk's SubsetOTF as it is),
subset with fontTools to the characters of the page and embedded as base64 WOFF2, so that a
report of a few documents adds a few hundred kilobytes, not eight megabytes. The font stack
puts the embedded face first and the usual system CJK fonts after it, for any character the
subset lacks.
"""

from __future__ import annotations

import base64
import io
from functools import cache
from pathlib import Path

FAMILY = "zhibiao Noto Sans SC"
FONT_STACK = (
    f"'{FAMILY}', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', "
    "'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"
)
LICENSE_NOTE = "Noto Sans SC © Google, SIL Open Font License 1.1"


@cache
def font_path() -> Path:
    import pylopdf_fonts_zh_cn

    return pylopdf_fonts_zh_cn.sans_path()


def subset_woff2(text: str) -> bytes:
    """The font cut down to the characters of ``text`` (and the glyphs their shaping needs)."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False  # CFF hints do little on screens and cost bytes
    options.desubroutinize = True  # compresses better under WOFF2's Brotli
    options.name_IDs = ["*"]  # keep the copyright and licence records (OFL)
    options.notdef_outline = True
    font = subset.load_font(str(font_path()), options)
    subsetter = subset.Subsetter(options)
    chars = {c for c in text if not 0xD800 <= ord(c) <= 0xDFFF}  # lone surrogates: no glyph
    subsetter.populate(text="".join(sorted(chars | {" "})))
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def font_face_css(text: str) -> str:
    """An ``@font-face`` rule whose source is the subset for ``text``, inline as a data URL."""
    data = base64.b64encode(subset_woff2(text)).decode("ascii")
    return (
        f"/* {LICENSE_NOTE}; subset to this page's characters */\n"
        f"@font-face {{ font-family: '{FAMILY}'; font-style: normal; font-weight: 400; "
        f"font-display: block; src: url(data:font/woff2;base64,{data}) format('woff2'); }}\n"
    )
