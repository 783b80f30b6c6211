"""The text of a page a scraper saved as JSON (``{"title": …, "content": "<p>…</p>"}``).

Its Chinese is often escaped (``\\u5168\\u5e02``) and its paragraphs are ``\\n`` inside one
string: read as plain text it would be one line of escapes. Every string of the record that
holds Chinese becomes a paragraph, in the record's order (HTML in a string is reduced to its
text); a file of several records is several pages, which one document cannot be.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

_CJK = re.compile(r"[\u4e00-\u9fff]")
_HTML_TAG = re.compile(r"<(?:p|div|br|span|table|td|h[1-6]|section|article)\b", re.I)
# A record that is a page: at least one string this long, with Chinese in it.
_PAGE_CHARS = 50


def looks_like_json(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:1]
    return head in ("{", "[")


def json_text(text: str, html_to_text: Callable[[str], str]) -> tuple[str | None, str | None]:
    """(the page's text, None), or (None, why not) for JSON that holds no page or several;
    (None, None) when the text is not JSON at all."""
    try:
        data = json.loads(text)
    except ValueError:
        return None, None
    # a list of records (a scraper's dump), or one record (a list of paragraphs is one too)
    listed = isinstance(data, list) and any(isinstance(r, dict | list) for r in data)
    records = data if listed else [data]
    # each record's Chinese strings, walked once
    with_text = [strings for r in records if (strings := list(_chinese_strings(r)))]
    pages = [strings for strings in with_text if any(len(s) >= _PAGE_CHARS for s in strings)]
    if len(pages) > 1:
        return None, f"JSON of {len(pages)} pages; save each in a file of its own to read them"
    if not with_text:
        return None, "JSON holds no text of a page"
    # the page, or short pieces read together (the reader says whether they are too short)
    paragraphs = [
        html_to_text(s) if _HTML_TAG.search(s) else s
        for strings in (pages or with_text)
        for s in strings
    ]
    text = "\n".join(p.strip() for p in paragraphs if p.strip())
    # a lone surrogate escaped in the JSON (\ud83d) would fail every later encoding
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), None


def _chinese_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if _CJK.search(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _chinese_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _chinese_strings(item)
