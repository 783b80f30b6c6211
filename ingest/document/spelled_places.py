"""The place a file's Latin name spells in pinyin: wenzhou_2019.txt, 12_yueyangxian_plan.txt.

Files saved from the web are often renamed in Latin letters, and a name that spells its place
is the user's word on where the text is from. It is the last evidence for the issuer, read
only when the text itself names no place it is about (a page that says only 我县 or 市科技局).

Readings come from ``place_pinyin.tsv``, written by ``scripts/place_pinyin.py`` from the
gazetteer (each full and short name read as a phrase, so 六安 is luan and 重庆 chongqing).
A full name (yueyangxian) names its place; a short one (yueyang) may name several: the
text's provinces and places settle which, else the one prefecture among them, else none.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from ingest.document.gazetteer import Gazetteer, Place, PlaceContext

_TABLE = Path(__file__).with_name("place_pinyin.tsv")
_WORD = re.compile(r"[a-z]+")
MIN_LETTERS = 4  # shorter runs (p, xa, sz) spell too many names to be read as one
MIN_NEAR_LETTERS = 6  # a word read one letter away from a name must be this long


@functools.cache
def _names_by_reading() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(names by their phrase reading, names by another reading their characters allow)."""
    first: dict[str, list[str]] = defaultdict(list)
    other: dict[str, list[str]] = defaultdict(list)
    for line in _TABLE.read_text(encoding="utf-8").splitlines()[1:]:
        name, reading, alternates = line.split("\t")
        first[reading].append(name)
        for alternate in alternates.split():
            other[alternate].append(name)
    return (
        {reading: tuple(names) for reading, names in first.items()},
        {reading: tuple(names) for reading, names in other.items()},
    )


@functools.cache
def _by_short(gazetteer: Gazetteer) -> dict[str, tuple[Place, ...]]:
    found: dict[str, list[Place]] = defaultdict(list)
    for place in gazetteer.places:
        if place.short_name:
            found[place.short_name].append(place)
    return {name: tuple(places) for name, places in found.items()}


def place_spelled_in(
    source_file: str,
    gazetteer: Gazetteer,
    context: PlaceContext,
    year: int | None,
    nearly: bool = True,
) -> Place | None:
    """The one place the file's own name spells, or None (see the module docstring); with
    ``nearly``, also a name spelled one letter off (qiqihar)."""
    stem = PurePosixPath(source_file).stem.lower()
    words = [word for word in _WORD.findall(stem) if len(word) >= MIN_LETTERS]
    for readings in _names_by_reading():  # phrase readings first, then the others
        for word in words:
            names = readings.get(word, ())
            if not names:
                continue
            full = [p for name in names for p in gazetteer.places_named(name)]
            short = [p for name in names for p in _by_short(gazetteer).get(name, ())]
            # a full name (yueyangxian) before a short one (yueyang); a word that spells
            # places it cannot choose between spells none
            return _one_of(full, gazetteer, context, year) or _one_of(
                short, gazetteer, context, year
            )
    return _spelled_nearly(words, gazetteer, context, year) if nearly else None


def _spelled_nearly(
    words: list[str], gazetteer: Gazetteer, context: PlaceContext, year: int | None
) -> Place | None:
    """A long word one letter away from a name's reading (qiqihar, harbin: the names as the
    world spells them), for a place in a province the text names, and only one such place."""
    found: dict[str, Place] = {}
    for word in (w for w in words if len(w) >= MIN_NEAR_LETTERS):
        for name in _names_nearly(word):
            places = [*gazetteer.places_named(name), *_by_short(gazetteer).get(name, ())]
            for place in places:
                if context.provinces.get(place.province_zh):
                    found.setdefault(place.city_id, place)
    if len(found) != 1:
        return None
    (place,) = found.values()
    return gazetteer.resolve(gazetteer.names_of(place.city_id), context, year)


@functools.lru_cache(maxsize=4096)
def _names_nearly(word: str) -> tuple[str, ...]:
    """Names with a reading one letter from ``word`` (a scan of every reading: asked once per
    word, since a folder's files share the words of their names: report_000123.txt)."""
    return tuple(
        name
        for readings in _names_by_reading()
        for reading, names in readings.items()
        if abs(len(reading) - len(word)) <= 1 and _one_edit(word, reading)
        for name in names
    )


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed turns a into b."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def _one_of(
    candidates: list[Place], gazetteer: Gazetteer, context: PlaceContext, year: int | None
) -> Place | None:
    if not candidates:
        return None
    if year is not None:
        # (jinjiang in 2014: 晋江市, not the 晋江地区 of before 1985)
        candidates = [p for p in candidates if p.valid_in(year)] or candidates
    if len({p.city_zh for p in candidates}) == 1 or len({p.city_id for p in candidates}) == 1:
        # one place under several names (射洪县, 射洪市) or codes (泸县 510521, once 511126)
        return gazetteer.resolve(candidates, context, year)
    # several places read alike (fuzhou: 福州, 抚州): the text's provinces and places decide
    named = [
        p
        for p in candidates
        if context.provinces.get(p.province_zh)
        or context.place_ids.get(p.city_id)
        or (p.parent_city_id and context.place_ids.get(p.parent_city_id))
    ]
    candidates = named or candidates
    if len({p.city_zh for p in candidates}) == 1 or len({p.city_id for p in candidates}) == 1:
        return gazetteer.resolve(candidates, context, year)
    # else the one prefecture among them, under whichever name it bore (抚州地区, 抚州市),
    # over the counties and districts read alike (datong: 大同市, not 大同区 of 大庆)
    tops = [p for p in candidates if p.parent_city_id is None]
    if tops and len({p.short_name or p.city_zh for p in tops}) == 1:
        return gazetteer.resolve(tops, context, year)
    return None


# A zone's kind as a file name spells it after its place (leshangaoxin, xinxiangjingkaiqu):
# the kind in full, as zones.py names it.
_ZONE_SUFFIXES = (
    ("gaoxinjishuchanyekaifaqu", "高新技术产业开发区"),
    ("jingjijishukaifaqu", "经济技术开发区"),
    ("gaoxinqu", "高新技术产业开发区"),
    ("gaoxin", "高新技术产业开发区"),
    ("jingkaiqu", "经济技术开发区"),
    ("jingkai", "经济技术开发区"),
)


def zone_spelled_in(
    source_file: str, gazetteer: Gazetteer, context_of: Callable[[], PlaceContext]
) -> tuple[Place, str] | None:
    """(the place, the zone's kind in full) a file name spells as a place's reading followed
    by a zone's (leshangaoxin_2014.txt: 乐山, 高新技术产业开发区), or None. ``context_of``
    gives the text's places, asked only for a name that spells a zone."""
    stem = PurePosixPath(source_file).stem.lower()
    for word in _WORD.findall(stem):
        for suffix, kind in _ZONE_SUFFIXES:
            head = word[: -len(suffix)]
            if not word.endswith(suffix) or len(head) < MIN_LETTERS:
                continue
            context = context_of()
            for readings in _names_by_reading():
                names = readings.get(head, ())
                places = [p for name in names for p in _by_short(gazetteer).get(name, ())]
                place = _one_of(places, gazetteer, context, None)
                if place is not None:
                    return place, kind
    return None
