"""A development zone as the issuer of a text.

Zones (高新区, 经开区, 示范区 …) publish their own results: 荆门高新区高新技术产业增加值…,全区
高新技术企业总量达219家. The gazetteer has no zones, so without this a zone's text would be its
city's, and the zone's own figures would read as a sub-area's. A zone is the issuer when

- the text names no city of its own and names one zone, by the same name, again and again; or
- the zone is what the text opens on (its title, else its first sentence) and what it keeps
  coming back to (荆门高新区 … 该高新区 … 园区), and no page chrome says the page is a bureau's
  of the city (欢迎来到X市科学技术局): a city's page on its zone reports on a sub-area.

The zone is named as officials write it in full: 高新区 and 高新技术开发区 are the
高新技术产业开发区, 经开区 the 经济技术开发区, with 国家 when the text writes the official name so
(桂林国家高新技术产业开发区); other kinds keep the longest form the text writes.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.document.gazetteer import Place

# What a zone calls itself, longest first. A 新区 the gazetteer knows is a district (滨海新区);
# one it does not (长春新区) is a zone.
ZONE_KINDS = (
    "农业高新技术产业示范区", "高新技术产业开发区", "高新技术产业园区", "经济技术开发区",
    "农业科技园区", "高新技术开发区", "经济开发区", "高新区", "经开区", "农高区", "开发区",
    "示范区", "产业集聚区", "产业园区", "工业园区", "新区",
)  # fmt: skip
# Abbreviations and variants of one official kind, and that kind's full name.
_FULL_KIND = {
    "高新区": "高新技术产业开发区",
    "高新技术开发区": "高新技术产业开发区",
    "经开区": "经济技术开发区",
    "农高区": "农业高新技术产业示范区",
}
# The kinds named after their place alone (桂林高新技术产业开发区, whatever level the text gives
# them, but for 国家 in a name written in full); the others keep the name as the text writes
# it, with its level (石嘴山自治区级农业…).
_OFFICIAL = frozenset({"高新技术产业开发区", "经济技术开发区"})
_NATIONAL = "国家"  # as official names of national zones write it: 桂林国家高新技术产业开发区
_GENERIC = "开发区"  # 清远市开发区: any development zone of that place
_KINDS = "|".join(ZONE_KINDS)
# (a zone named after its city with the county it lies in bracketed: 德州(禹城)高新区)
_ZONE = re.compile(
    rf"(?P<place>[\u4e00-\u9fff]{{2,6}}?)(?:[((][\u4e00-\u9fff]{{2,4}}[))])?"
    rf"(?P<level>国家级|国家|省级|自治区级)?(?P<kind>{_KINDS})"
)
# Every zone's name holds its kind: a text without one (most) names no zone, found at once.
_ANY_KIND = re.compile(_KINDS)
# Words that make the part before the kind no place: 推进高新区, 全市高新区, 国家自主创新示范区.
# (…nor an institution named after a place: 兰州大学兰州新区, 兰州理工大学新区 campus)
_NOT_A_PLACE = re.compile(
    r"^(?:全|各|我|本|该|推进|加快|建设|支持|依托|省|国家|自主)|创新|更名|为"
    r"|大学|学院|学校|研究院|医院|公司|集团|银行"
)
# A zone the text says is being applied for or set up, its place named before the verb
_BEING_MADE = re.compile(r"申报|申请|创建|筹建|争创")
# Every reference to a zone, named or not (该高新区, 园区): named ones are counted apart.
_ANY_ZONE_WORD = re.compile(rf"{_KINDS}|园区")
# Page chrome naming whose site the page is: 欢迎来到三门峡市科学技术局, 当前位置:X科技局 > …
_SITE_BUREAU = re.compile(
    r"(?:欢迎(?:来到|访问|光临)|当前位置|您的位置|您现在的位置)[::]?\s*"
    r"(?P<org>[\u4e00-\u9fff]{2,20}?)(?:科学技术局|科技局)"
)
# a field saying where the page comes from: 来源:…, 发布机构:…, 发布开发区:…
_FROM_FIELD = re.compile(r"(?:来源|发布(?:机构|单位|部门|开发区)|发文(?:机关|单位))\s*[::]\s*(\S+)")
# how a text speaks of itself: as a 区 (a zone, in a city's text) or as the city
_DISTRICT_SELF = re.compile(r"(?:全|我|本|该)区")
_CITY_SELF = re.compile(r"(?:全|我|本)市")
# 全市 as a yardstick (居全市第一, 占全市的, 全市平均): the city the zone is measured in
_CITY_YARDSTICK = re.compile(
    r"(?<=[居列占于在为])(?:全|本)市|(?:全|本)市(?=第|前[0-9一二三四五六七八九十]|首|排|平均|之首|各)"
)
# The national-level new areas (国家级新区) named after a region, not a place the gazetteer
# knows, and the city each lies in (its seat, when it spans several): 两江新区 is 重庆's. (Those
# named after a city, 兰州新区, 长春新区, need no entry; 浦东, 滨海, 南沙 are districts.)
NEW_AREA_HOSTS = {
    "两江": "重庆市", "舟山群岛": "舟山市", "西咸": "西安市", "贵安": "贵阳市", "西海岸": "青岛市",
    "金普": "大连市", "天府": "成都市", "湘江": "长沙市", "江北": "南京市", "滇中": "昆明市",
    "赣江": "南昌市",
}  # fmt: skip
MIN_MENTIONS = 2  # a city-less text's zone, named in full
MIN_REFERENCES = 3  # a city's text: named and bare references to the zone it opens on
# How far into the body's first sentence its subject stands (after 今年以来, 近年来…)
_OPENING_REACH = 24

PlaceOf = Callable[[str], Place | None]


@dataclass(frozen=True, slots=True)
class Zone:
    name: str  # in full: 荆门高新技术产业开发区
    place: Place  # the gazetteer place its name begins with (荆门市)

    @property
    def zone_id(self) -> str:
        """A stable id beside the gazetteer's codes: its place's code and a digest of its name."""
        return f"{self.place.city_id}-{hashlib.sha1(self.name.encode()).hexdigest()[:6]}"


@dataclass(slots=True)
class _Named:
    place: Place
    count: int = 0
    forms: Counter[str] = field(default_factory=Counter)  # 荆门高新区, 荆门高新技术产业开发区


def _family(kind: str) -> str:
    return _FULL_KIND.get(kind, kind)


def _kind_of(form: str) -> str:
    return next(k for k in ZONE_KINDS if form.endswith(k))


def _zones_named(text: str, place_of: PlaceOf) -> dict[tuple[str, str], _Named]:
    """(place id, kind family) → how often and in which forms the text names that zone."""
    named: dict[tuple[str, str], _Named] = {}
    if not _ANY_KIND.search(text):
        return named
    for found in _ZONE.finditer(text):
        words = found.group("place")
        # the place may carry words before it (记者从平原示范区): its shortest tail that is one
        for i in range(len(words) - 1):
            tail = words[i:]
            place = None if _NOT_A_PLACE.search(tail) else place_of(tail)
            if place is not None:
                break
        else:
            continue
        if _BEING_MADE.search(tail):
            continue  # 玉林申报创建自治区级高新区: a zone applied for, no issuer yet
        # 九江共青城高新区: a county named after its prefecture, by its short name as zones'
        # names have it, is where the zone lies (桂林市七星区高新区 is an address: the
        # prefecture's zone in that district)
        for j in range(i + 1, len(words) - 1):
            if words[-1] in "市县区旗":
                break
            inner = None if _NOT_A_PLACE.search(words[j:]) else place_of(words[j:])
            if inner is not None and inner.parent_city_id == place.city_id:
                place, tail = inner, words[j:]
                break
        entry = named.setdefault((place.city_id, _family(found.group("kind"))), _Named(place))
        entry.count += 1
        level = found.group("level") or ""
        kind = found.group("kind")
        if (_family(kind) in _OFFICIAL or kind in _FULL_KIND) and (level, kind) != (
            _NATIONAL,
            _family(kind),
        ):
            # an abbreviation is no name as written (石嘴山自治区级农高区); a national zone
            # written in full with 国家 keeps it (桂林国家高新技术产业开发区)
            level = ""
        entry.forms[tail + level + kind] += 1
    # 清远市开发区 is the 清远经济开发区 when the text names that one zone of 清远 in full
    by_place: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in named:
        by_place[key[0]].append(key)
    for keys in by_place.values():
        specific = [k for k in keys if k[1] != _GENERIC]
        if (key := (keys[0][0], _GENERIC)) in named and len(specific) == 1:
            named[specific[0]].count += named.pop(key).count
    return named


def _full_name(family: str, entry: _Named) -> str:
    if family in _OFFICIAL:
        # the place as written before the kind, without its 市/县: 桂林 of 桂林市高新区
        written = [form[: -len(_kind_of(form))] for form in entry.forms]
        national = any(w.endswith(_NATIONAL) for w in written)
        place = min((w.removesuffix(_NATIONAL) for w in written), key=len)
        # 桂林市 → 桂林, but 道县 keeps its 县 (a name of one character is no name)
        place = place[:-1] if len(place) > 2 and place[-1] in "市县" else place
        return place + (_NATIONAL if national else "") + family
    return max(entry.forms, key=lambda form: (len(form), entry.forms[form]))


def zone_issuer(text: str, place_of: PlaceOf, top_lines: tuple[str, ...] = ()) -> Zone | None:
    """The one zone a text without a city names at least twice by the same name, or the one
    its page says it comes from (发布机构:赣江新区管委会), or None. ``place_of`` gives the place
    that words begin with (荆门, 平原), or None."""
    fields = " ".join(m.group(1) for line in top_lines for m in _FROM_FIELD.finditer(line))
    from_field = _zones_named(fields, place_of) if fields else {}
    if len(from_field) == 1:
        ((key, entry),) = from_field.items()
        return Zone(_full_name(key[1], entry), entry.place)
    ranked = sorted(_zones_named(text, place_of).items(), key=lambda item: -item[1].count)
    if not ranked:
        return None
    ((_, family), entry), rest = ranked[0], ranked[1:]
    if entry.count < MIN_MENTIONS or (rest and rest[0][1].count == entry.count):
        return None
    return Zone(_full_name(family, entry), entry.place)


def _speaks_as_a_city(text: str) -> bool:
    """Does the text speak of itself as a city (全市…), other than to rank itself in one?"""
    yardsticks = {m.start() for m in _CITY_YARDSTICK.finditer(text)}
    return any(m.start() not in yardsticks for m in _CITY_SELF.finditer(text))


def zone_subject(
    text: str,
    lead: str,
    top_lines: tuple[str, ...],
    place_of: PlaceOf,
    city: Place,
    opening: str = "",
) -> Zone | None:
    """The zone a text of ``city`` opens on (``lead``: its title, else its first sentence)
    and keeps referring to, unless the page's chrome names a city bureau as its site. A
    title's zone that the body's first sentence (``opening``) opens on again is the subject
    however seldom the rest names it (X经济技术开发区…成效卓著 / 今年以来,X经济技术开发区…)."""
    for line in top_lines:
        site = _SITE_BUREAU.search(line)
        if site and not re.search(_KINDS, site.group("org")):
            return None
    in_lead = _zones_named(lead, place_of)
    for line in top_lines if not in_lead else ():
        # …or the page says it comes from the zone (来源:苏州工业园区管理委员会)
        fields = " ".join(m.group(1) for m in _FROM_FIELD.finditer(line))
        if fields and (in_lead := _zones_named(fields, place_of)):
            break
    if not in_lead:
        return _bare_zone_subject(text, lead, place_of, city)
    if len(in_lead) != 1:
        return None
    (key,) = in_lead
    named = _zones_named(text, place_of)
    if key not in named:  # 清远市开发区 in the lead, merged into the 清远经济开发区 it is
        key = next((k for k in named if k[0] == key[0] and key[1] == _GENERIC), key)
    if key not in named:
        return None
    others = sum(entry.count for k, entry in named.items() if k != key)
    references = len(_ANY_ZONE_WORD.findall(text)) - others
    if key[1].endswith("区") and not city.city_zh.endswith("区") and not _speaks_as_a_city(text):
        # a text that opens on its zone and speaks of itself as 全区, never as 全市: the zone's
        references += len(_DISTRICT_SELF.findall(text))
    if references < MIN_REFERENCES and key not in _zones_named(opening[:_OPENING_REACH], place_of):
        return None
    return Zone(_full_name(key[1], named[key]), named[key].place)


# A lead that opens on a zone it does not name (高新区科技创新局获评…, 经开区: …): the zone of
# the city the text is about, as its local press writes it.
_BARE_LEAD = re.compile(rf"^(?P<kind>{_KINDS})")
# the city speaking as itself, whose zone is then only where its story is set
_CITY_SPEAKS = re.compile(r"我市|本市|(?:^|(?<=[,。;:\n]))全市(?!平均)")
_OWN_NAMED_LEAD = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2})(?P<kind>高新区|经开区)")


def _bare_zone_subject(text: str, lead: str, place_of: PlaceOf, city: Place) -> Zone | None:
    """The zone a text opens on without naming it, when the text names no other zone by its
    place (南阳高新区 in a 南阳 text is the same one) and keeps referring to it: named after
    the text's own city."""
    found = _BARE_LEAD.match(lead.strip())
    own_name = ""
    if found is None:
        # …or on a zone by a name of its own that is no place's (稀土高新区 of 包头, named so in
        # full as 包头稀土高新技术产业开发区), which the text keeps naming so
        found = _OWN_NAMED_LEAD.match(lead.strip())
        if found is None or place_of(found.group("name")) is not None:
            return None
        if _NOT_A_PLACE.search(found.group("name")) or text.count(found.group(0)) < 2:
            return None
        if _CITY_SPEAKS.search(text):
            return None  # 稀土高新区里的…实验室 over 我市新增…: the zone a city's story is set in
        own_name = found.group("name")
    if len(_ANY_ZONE_WORD.findall(text)) < MIN_REFERENCES or found.group("kind") == "新区":
        return None
    family = _family(found.group("kind"))
    if family not in _OFFICIAL:
        return None  # only the official kinds take their city's name (平顶山高新技术产业开发区)
    if own_name:
        short = city.short_name or re.sub(r"[市县]$", "", city.city_zh)
        return Zone(short + own_name + family, city)
    named = _zones_named(text, place_of)
    if any(key != (city.city_id, family) for key in named):
        return None
    if named:
        return Zone(_full_name(family, named[(city.city_id, family)]), city)
    short = city.short_name or re.sub(r"[市县]$", "", city.city_zh)
    return Zone(short + family, city)


def zone_words(zone: str | None) -> frozenset[str]:
    """The names a zone's text uses for itself: its name in full and short, its kind, 园区, 全区."""
    if not zone:
        return frozenset()
    kind = next((k for k in ZONE_KINDS if zone.endswith(k)), "")
    place = zone[: -len(kind)] if kind else zone
    kinds = {k for k in ZONE_KINDS if _family(k) == _family(kind)} | {kind, _GENERIC}
    names = {place + k for k in (*kinds, "园区")} | kinds  # 道县园区: the zone by its place
    # (a national new area named after its host too, 重庆两江新区: 两江新区 on its own)
    names |= {area + k for area in NEW_AREA_HOSTS if area in place for k in kinds}
    return frozenset(names | {zone, "园区", "全区", "我区", "本区", "该区"} - {""})
