"""The shell of the pages zhibiao writes: one self-contained HTML file with inline styles and
scripts and an embedded CJK font subset to the page's own characters (``zhibiao.webfont``).
Nothing is loaded from anywhere: the file works mailed, offline, or from a file share."""

from __future__ import annotations

import html
import json
from typing import Any

from zhibiao.webfont import FONT_STACK, font_face_css

BASE_CSS = f"""
:root {{ --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --accent: #2563eb;
         --cjk: {FONT_STACK}; }}
body {{ font-family: {FONT_STACK}; color: var(--ink); line-height: 1.5; margin: 0; }}
a {{ color: var(--accent); text-decoration: none; }}
a:hover {{ text-decoration: underline; }}
table {{ border-collapse: collapse; font-size: .85rem; }}
th, td {{ border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
         vertical-align: top; }}
th {{ background: #f9fafb; font-weight: 600; }}
th.num, td.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
.muted, .na {{ color: var(--muted); }}
/* monospace faces have no Chinese: the page's face draws it */
textarea, code, pre {{ font-family: ui-monospace, 'DejaVu Sans Mono', monospace, var(--cjk); }}
"""


_FONT_MARK = "/*@font-face here*/"


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def json_script(element_id: str, data: Any) -> str:
    """Data for the page's script, safe inside HTML (no ``</script>`` can close it early)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def page(title: str, body: str, css: str = "", script: str = "", lang: str = "zh-CN") -> str:
    """The whole document. The font is subset to every character of the page, scripts and data
    included, so that text a script shows later renders too."""
    script_tag = f"<script>{script}</script>" if script else ""
    without_font = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_FONT_MARK}{BASE_CSS}{css}</style><title>{esc(title)}</title></head>"
        f"<body>\n{body}\n{script_tag}</body></html>\n"
    )
    return without_font.replace(_FONT_MARK, font_face_css(without_font), 1)
