"""The place a report's body is about, when no title, field or signature names the issuer.

The body names its subject most, and calls itself by its kind: 全市/我市 in a city's report,
全县 in a county's, 全州 in an autonomous prefecture's, 全盟, 全地区 … A place of another kind
is not the issuer (a district's page that names 重庆市 is not Chongqing's), and the counties a
prefecture's report names count for the prefecture. The province is checked the same way: a
text that speaks of 自治区 is not about a place in a 省. Places named as yardsticks (居南通
第一, 高于全区平均) or as the level of a recognition (获评苏州市级…) do not count: the text is
about a place below them. A bureau named by its kind alone (「,县科技局召开…」) tells the kind.

When the body names its subject only by a bare short name (有泰兴特色的…, 结合长治实际), the
name must be a word of its own in the sentence (jieba's tokens: 创新平台 does not hold 新平)
and not a common word (合作, 资源) unless it is a well-known city's (深圳, 洛阳: jieba's place
names), and the place must be of the kind the body calls itself.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import rjieba

from ingest.document.gazetteer import Gazetteer, Mention, Place, PlaceContext, word_like_name

# A place name that starts an organisation's name: 衡阳恒裕材料有限公司, 青岛农业大学.
_ORGANISATION_NAME = re.compile(
    r"[\u4e00-\u9fff()]{0,14}?(?:公司|集团|大学|学院|医院|银行|研究院|研究所|中心|协会|商会)"
)
_PREFECTURE_KINDS = frozenset({"市", "州", "盟", "地区"})
# a district's own body named as the text opens (九原区工科局, 某某区科技局, 区人民政府): its 我区
# and 全区 are the district's, even in an autonomous region
_DISTRICTS_OWN_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,4}区(?:工科局|科工局|科技局|科学技术局|工信局|科信局|人民政府|政府|管委会)"
)
_OPENING_REACH = 200
# where a meeting was held (会议在南京举行): a venue, not the place the text is about
_HELD_AFTER = re.compile(r"[^,。;]{0,4}?(?:举行|召开|举办|开幕|闭幕)")
# A short name used more often than this in jieba's dictionary is a common word first. A
# county's or a district's bare name is rarer in a text than a prefecture's, so a lower
# count already makes it a word first (振兴 of 乡村振兴, 新华 of 新华社, not the districts).
COMMON_WORD_FREQUENCY = 1000
COMMON_WORD_FREQUENCY_BELOW_PREFECTURE = 300
_TOKEN_WINDOW = 6

# 全市/我市/本市 tell whether the issuer is a 市, 县, 区 …; 县(市、区) lists subordinates.
# (全区域, 全区域内: the whole area, of whatever place; no district speaking of itself)
_SELF_KIND = re.compile(r"([全我本])(地区|市|县|区(?!域)|旗|州|盟)(?![(、])")
# 「,市科技局召开…」: a bureau named by its kind alone, opening a clause, is the text's own.
# (the lookahead on the characters a match can start with lets the scan of a whole text skip
# every other position at once)
_OWN_BUREAU = re.compile(
    r"(?=[市县区旗州盟])(?:^|(?<=[\s,。;:!?“”\"《(]))(市|县|区|旗|州|盟)(?=科(?:学技术|技|委|工))"
)
# 居全市第二, 占全市的: the whole of a bigger place as a yardstick, not the issuer itself.
_YARDSTICK_BEFORE = re.compile(r"(?:居|列|占|排名|领跑|超过|高于|低于|位于|处于)\s*$")
# Matched at the name's end (pattern.match(text, pos)), where ^ would never match.
_YARDSTICK_AFTER = re.compile(
    r"第|首|前列|之首|唯一|平均|领先|同类|排名|最|率先|的比重|比重|占比|桂冠"
)
_PROVINCE_SELF = re.compile(r"[全我本]省|省(?:级|委|政府|科技厅|科学技术厅|财政厅|人民政府)")
_REGION_SELF = re.compile(r"自治区")
# A newspaper or channel named after its city: 来源: 玉林日报, 四川在线-达州频道.
_MEDIA_AFTER = re.compile(r"日报|晚报|新闻|网|频道|电视台|广播|融媒|发布")


# A text speaking of a county or district as its subject (该县, 全区, 县科技局)
_LOWER_SELF = re.compile(r"[该全我本](?:县|区|旗)|(?:县|区|旗)(?:科技局|委|政府)")
_NAMED_TWICE = 2


def _kind_matches(place: Place, kind: str | None) -> bool:
    if kind is None:
        return True
    if kind == "区":
        return place.city_zh.endswith("区") and not place.city_zh.endswith("地区")
    return place.city_zh.endswith(kind)


def _province_kind(province_zh: str) -> str:
    if province_zh.endswith("自治区"):
        return "自治区"
    return "省" if province_zh.endswith("省") else "市"


def _said_of_itself(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The self words ``pattern`` finds (全市, 我县, 我省 …) that are not yardsticks (居全市第二,
    占全省的, 全省平均)."""
    for found in pattern.finditer(text):
        before = text[max(0, found.start() - 3) : found.start()]
        if not (_YARDSTICK_BEFORE.search(before) or _YARDSTICK_AFTER.match(text, found.end())):
            yield found


def _weight(found: re.Match[str]) -> int:
    """我市/本市 say so more firmly than 全市."""
    return 2 if found.group(1) in "我本" else 1


def own_kind(text: str, province: str | None = None) -> str | None:
    """The kind of place the body calls itself (全市, 我县, a clause that opens with 区科技局):
    市, 县, 区, 旗, 州, 盟 or 地区. In a text of an autonomous region 全区 is the region; only
    我区/本区 are a district's."""
    kinds: Counter[str] = Counter()
    for found in _said_of_itself(_SELF_KIND, text):
        if province == "自治区" and found.group(0) == "全区":
            continue
        kinds[found.group(2)] += _weight(found)
    for found in _OWN_BUREAU.finditer(text):
        kinds[found.group(1)] += 1
    return kinds.most_common(1)[0][0] if kinds else None


# 我省, 全省, 本省 (a 省's text); 我区, 全区, 全自治区 (an autonomous region's).
_PROVINCE_SELF_WORD = re.compile(r"([全我本])(省|自治区|区)(?![(、级委])")
# A province's own text says so more than once; a city's that quotes its province now and then
# (全省科技工作会议, 全省首家) speaks of itself more. An autonomous region's 我区 may be a
# district's too (西夏区 in 宁夏): there it takes more.
_PROVINCE_SELF_MIN = 2
_REGION_SELF_MIN = 3


def speaks_as_a_province(
    text: str,
    province_named: Callable[[], bool] = lambda: False,
    provinces: frozenset[str] = frozenset(),
) -> bool:
    """Does the text speak of itself as a province or an autonomous region (我省…, 全区 in a
    text of 自治区) more than as any place below one (全市, 我县 …), in its own voice (我省,
    本省, 我区) or under a title or a source that names only the province (``province_named``,
    asked only when it matters)? Its issuer is then the province, which the warehouse's places
    (prefectures, counties, districts) do not hold.
    ``provinces``: the provinces the text names (a text naming only 广西 reads 全区 as it).
    """
    kind = province_kind(text)
    named_kinds = {_province_kind(p) for p in provinces}
    region = kind == "自治区" or (kind is None and named_kinds == {"自治区"})
    if region and _DISTRICTS_OWN_BODY.search(text, 0, _OPENING_REACH):
        region = False  # 九原区工科局…为我区企业: a district's bureau speaking of its district
    said = below = times = 0
    in_own_voice = False
    for found in _said_of_itself(_PROVINCE_SELF_WORD, text):
        if found.group(2) == "区" and not region:
            continue  # a district's 全区
        in_own_voice |= found.group(1) in "我本"
        said += _weight(found)
        times += 1
    for found in _said_of_itself(_SELF_KIND, text):
        if not (found.group(2) == "区" and region):
            below += _weight(found)
    # once is a phrase a city's page quotes (是我省科技发展计划的重要组成部分)
    enough = said >= (_REGION_SELF_MIN if region else _PROVINCE_SELF_MIN) and said > 2 * below
    return enough and times >= 2 and (in_own_voice or province_named())


def speaks_more_as_a_province(text: str, provinces: frozenset[str] = frozenset()) -> bool:
    """Does the text speak of itself as a province (全省, 我省, 全区 in a region's) more often
    than as any place below one (全市, 全县 …)? A weaker test than ``speaks_as_a_province``,
    for a text a province's department signs."""
    kind = province_kind(text)
    region = kind == "自治区" or (
        kind is None and {_province_kind(p) for p in provinces} == {"自治区"}
    )
    said = sum(
        _weight(found)
        for found in _said_of_itself(_PROVINCE_SELF_WORD, text)
        if found.group(2) != "区" or region
    )
    below = sum(
        _weight(found)
        for found in _said_of_itself(_SELF_KIND, text)
        if not (found.group(2) == "区" and region)
    )
    return said > below


def province_kind(text: str, mentions: Sequence[Mention] = ()) -> str | None:
    """省 or 自治区, when the text speaks of its province as one (省科技厅, 自治区级).

    A municipality (天津市, 重庆市) is a province of its own that says neither word of itself:
    a text naming one plainly more often than it says them speaks of the municipality (the
    words came with links to another province's pages, or with its partners)."""
    province, region = len(_PROVINCE_SELF.findall(text)), len(_REGION_SELF.findall(text))
    municipal = sum(
        1
        for m in mentions
        if m.strong and m.province_zh and any(p.city_zh == m.province_zh for p in m.places)
    )
    if municipal > max(province, region):
        return None
    if province > region:
        return "省"
    if region > province:
        return "自治区"
    return None


@functools.cache
def _jieba() -> rjieba.Jieba:
    # a dictionary to ask whether a single name is a common word (its tag, its frequency):
    # rjieba's answers, whatever engine segments the reports (ingest.jieba_engines)
    return rjieba.Jieba()


def _well_known_city(surface: str, place: Place | None) -> bool:
    """A prefecture whose short name jieba knows as a place name (深圳, 洛阳): frequent in the
    dictionary because the city is, not because the word is common. A county's frequent short
    name is a geographic word first (平原, 江南, 古城)."""
    if place is None or place.admin_level != "prefecture":
        return False
    return _jieba().tag(surface) == [(surface, "ns")]


def reads_as_a_name(text: str, mention: Mention, place: Place | None = None) -> bool:
    """A bare short name that is a word of its own here and not a common word first; `place`
    is the place it was resolved to."""
    jieba = _jieba()
    below = place is not None and place.admin_level != "prefecture"
    limit = COMMON_WORD_FREQUENCY_BELOW_PREFECTURE if below else COMMON_WORD_FREQUENCY
    common = jieba.suggest_freq(mention.surface) > limit
    if common and not _well_known_city(mention.surface, place):
        return False
    start = max(0, mention.start - _TOKEN_WINDOW)
    window = text[start : mention.end + _TOKEN_WINDOW]
    pos = start
    bounds = {pos}
    for token in jieba.cut(window, False):
        pos += len(token)
        bounds.add(pos)
    return mention.start in bounds and mention.end in bounds


_UNNAMED_PARENT_MIN_CHILDREN = 3
_LEADING_CHILD_SHARE = 0.6


class PlaceVotes:
    """The body's place mentions, resolved with what the body says about itself."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[Mention],
        gazetteer: Gazetteer,
        context: PlaceContext,
        year: int | None,
    ) -> None:
        self.text = text
        # A comparison (高于南通) or a level (获评苏州市级…) names a place above the subject; a
        # name out of use in the text's year (name_out_of_use) is no issuer's.
        self.mentions = [
            m
            for m in mentions
            if m.places
            and not (m.yardstick or m.level)
            and not all(name_out_of_use(p, year, gazetteer) for p in m.places)
            and not _a_venue(text, m)
        ]
        # where a meeting was held is no candidate, but it names a province all the same
        self.venues = [m for m in mentions if m.places and _a_venue(text, m)]
        self.gazetteer = gazetteer
        self.province_kind = province_kind(text, mentions)
        self.provinces_named = {m.province_zh for m in mentions if m.province_zh and not m.places}
        # A text that names only 宁夏 reads its 全区 as the region even without 自治区.
        named_kinds = {_province_kind(p) for p in self.provinces_named}
        named_kind = named_kinds.pop() if len(named_kinds) == 1 else None
        self.kind = own_kind(text, self.province_kind or named_kind)
        self._resolved: dict[str, Place | None] = {}
        for mention in mentions:
            if mention.places and mention.surface not in self._resolved:
                # of the body's own kind, and not a name gone before the text's year: 六安 in a
                # county's text of 2024 is no 六安县 (abolished in 1992) but the city
                own = [
                    p
                    for p in mention.places
                    if _kind_matches(p, self.kind) and not gone_by(p, year, gazetteer)
                ]
                self._resolved[mention.surface] = gazetteer.resolve(
                    own or mention.places, context, year
                )
        self.yardsticks = {
            place.city_id
            for m in mentions
            if (m.yardstick or m.level) and (place := self.place_of(m))
        }

    def place_of(self, mention: Mention) -> Place | None:
        return self._resolved.get(mention.surface)

    def fits(self, place: Place, any_kind: bool = False) -> bool:
        """Of the kind the body calls itself, in a province of the kind it speaks of."""
        province_ok = self.province_kind in (None, _province_kind(place.province_zh))
        return (any_kind or _kind_matches(place, self.kind)) and province_ok

    def best(
        self, scores: Counter[str], places: dict[str, Place], allow_lower: bool = False
    ) -> Place | None:
        """The best-scoring place that fits; among equals the first named.

        A city's text (我市) may be about one of its counties (该县): when no place of the
        body's own kind is named, a county or district will do; a district's text that names
        only its city (重庆市) names no issuer."""
        fitting = [city_id for city_id in places if self.fits(places[city_id])]
        if not fitting and allow_lower and self.kind in _PREFECTURE_KINDS:
            fitting = [
                city_id
                for city_id, place in places.items()
                if place.admin_level != "prefecture" and self.fits(place, any_kind=True)
            ]
            parent = self._divided(fitting, places)
            if parent is not None:
                return parent
            # …named once, and the text never speaks as a county (该县, 全区): a part of the
            # city the text speaks as (a headline on its own paper's front page), not its subject
            if not _LOWER_SELF.search(self.text):
                passing = [c for c in fitting if scores[c] < _NAMED_TWICE]
                fitting = [c for c in fitting if c not in passing]
                if not fitting:
                    return self._parent_of(passing, places)
        if not fitting:
            return None
        for city_id in fitting:
            if places[city_id].province_zh in self.provinces_named:
                scores[city_id] *= 1.5
        best = max(fitting, key=lambda city_id: scores[city_id])
        # a county named as often as its own prefecture is what the text is about: the
        # prefecture is where it is met, judged and rewarded (从通辽市科技工作会议上了解到,奈曼旗
        # 今年将…; 焦作市级…); a prefecture's text names its parts less as its subject
        child = next(
            (c for c in fitting if places[c].parent_city_id == best and scores[c] == scores[best]),
            None,
        )
        return places[child if child is not None else best]

    def _divided(self, lower: list[str], places: dict[str, Place]) -> Place | None:
        """A city's text (全市…) that names its districts only as items of a breakdown, each
        with its own figure (高区49户、环翠区19户), is the city's: the city the districts
        divide, when they all lie in one."""
        named = [m for m in self.mentions if self.place_of(m) in [places[c] for c in lower]]
        if not named or not all(_FIGURE_AFTER.match(self.text, m.end) for m in named):
            return None
        return self._parent_of(lower, places)

    def _parent_of(self, lower: list[str], places: dict[str, Place]) -> Place | None:
        """The prefecture all the places lie in, if one."""
        parents = {places[city_id].parent_city_id for city_id in lower}
        if not lower or len(parents) != 1 or None in parents:
            return None
        found = [p for p in self.gazetteer.names_of(parents.pop() or "")
                 if p.admin_level == "prefecture"]  # fmt: skip
        return max(found, key=lambda p: p.last_year) if found else None

    def add_children(self, scores: Counter[str], places: dict[str, Place]) -> None:
        """A prefecture's report names its counties: they count for it. Places of the body's
        own kind (county-level cities in a 全市 text) count only when several are named."""
        children: dict[str, set[str]] = {}
        for city_id, place in places.items():
            if place.parent_city_id in places:
                children.setdefault(place.parent_city_id, set()).add(city_id)
        for parent_id, ids in children.items():
            other_kind = [c for c in ids if not _kind_matches(places[c], self.kind)]
            counted = ids if len(ids) >= 2 else other_kind
            total = sum(scores[c] for c in counted)
            leader = max(counted, key=lambda c: scores[c], default=None)
            if (
                leader is not None
                and scores[leader] >= _LEADING_CHILD_SHARE * total
                and scores[leader] >= 2 * scores[parent_id]
            ):
                # one part named far more than its city and its other parts (雨花区 seven times
                # beside one 长沙市 and a ranking of four other districts once): it is the subject
                continue
            scores[parent_id] += 0.5 * total
        # A city's report that names only its parts (其中新昌县、上虞区…, 嵊州市增速…): three
        # or more places under one parent the text never names speak for that parent.
        unnamed: dict[str, set[str]] = {}
        for city_id, place in places.items():
            if place.parent_city_id and place.parent_city_id not in places:
                unnamed.setdefault(place.parent_city_id, set()).add(city_id)
        for parent_id, ids in unnamed.items():
            names = self.gazetteer.names_of(parent_id)
            if len(ids) < _UNNAMED_PARENT_MIN_CHILDREN or not names:
                continue
            places[parent_id] = max(names, key=lambda p: p.last_year)
            scores[parent_id] += 0.5 * sum(scores[c] for c in ids)


def name_out_of_use(place: Place, year: int | None, gazetteer: Gazetteer) -> bool:
    """Was the place's name out of use by ``year``: the place abolished (邯郸县 of 邯郸县域 in a
    text of 2020), or renamed when the name is a common word (市区 of 市区科技局, 濮阳's district
    until 2001)? A renamed place's old proper name stays in use (维西县 for 维西傈僳族自治县)."""
    if not gone_by(place, year, gazetteer):
        return False
    if word_like_name(place.city_zh):
        return True
    return all(gone_by(p, year, gazetteer) for p in gazetteer.names_of(place.city_id))


def gone_by(place: Place, year: int | None, gazetteer: Gazetteer) -> bool:
    """Had the place lost its name before ``year`` (a name still in use when the gazetteer was
    drawn up has not)?"""
    return year is not None and place.last_year < min(year, gazetteer.latest_year)


def _strong_vote(votes: PlaceVotes) -> Place | None:
    """A bare short name (海安) counts only for a place the text also names plainly (海安市,
    海安高新区), one inside a place used as a yardstick (南通第一), or the parent of places named
    plainly (塔城 beside 额敏县 and 裕民县)."""
    plain = {
        place.city_id: place
        for m in votes.mentions
        if m.strong and (place := votes.place_of(m)) is not None
    }
    parents = {p.parent_city_id for p in plain.values() if p.parent_city_id}
    scores: Counter[str] = Counter()
    places: dict[str, Place] = dict(plain)
    for mention in votes.mentions:
        place = votes.place_of(mention)
        if place is None:
            continue
        counts = (
            place.city_id in plain
            or place.parent_city_id in votes.yardsticks
            or place.city_id in parents
            # 遂平泌阳驿城区汝南…: a county listed with one named plainly, under the same city
            or (place.parent_city_id in parents and place.admin_level != "prefecture")
        )
        if counts:
            scores[place.city_id] += 1.0 if mention.strong else 0.5
            places.setdefault(place.city_id, place)
    places = {city_id: place for city_id, place in places.items() if city_id in scores}
    if not places:
        return None
    votes.add_children(scores, places)
    return votes.best(scores, places, allow_lower=True)


def _weak_vote(votes: PlaceVotes) -> Place | None:
    """Only bare short names: those that read as names, of the body's own kind (or named
    twice when the body does not say its kind)."""
    scores: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for mention in votes.mentions:
        place = votes.place_of(mention)
        if place is None or not mention.is_short:
            continue
        if mention.province_zh and place.city_zh != mention.province_zh:
            continue  # a province's name; but 重庆, 天津 are cities too (a municipality)
        if not reads_as_a_name(votes.text, mention, place):
            continue
        if _ORGANISATION_NAME.match(votes.text, mention.end):
            continue  # 衡阳恒裕…有限公司: where a company is, not what the text is about
        scores[place.city_id] += 1
        places.setdefault(place.city_id, place)
    if votes.kind is None:
        places = {c: p for c, p in places.items() if scores[c] >= 2}
    # a bare short name must lie in a province the text names (遂宁市…, 四川): 富民 in
    # 科技富民强县 beside 遂宁 is a phrase, not the county in Yunnan
    named = (
        votes.provinces_named
        | {p.province_zh for m in (*votes.mentions, *votes.venues) if m.strong for p in m.places}
        | {m.province_zh for m in votes.mentions if m.province_zh}
    )
    if named:
        places = {c: p for c, p in places.items() if p.province_zh in named}
    if not places:
        return None
    votes.add_children(scores, places)
    return votes.best(scores, places)


def _maker_vote(votes: PlaceVotes) -> Place | None:
    """A county's text that names itself only by its kind (我县, 县科技局) still names its firms,
    and they carry the county's short name (郁南鸿运水泥有限公司): a place of the body's own kind
    that starts organisations' names counts when its prefecture is named plainly too, and is the
    only such place."""
    if votes.kind is None or votes.kind in _PREFECTURE_KINDS:
        return None
    prefectures = {
        place.city_id
        for m in votes.mentions
        if m.strong and (place := votes.place_of(m)) is not None
    }
    found: dict[str, Place] = {}
    for mention in votes.mentions:
        place = votes.place_of(mention)
        if place is None or not mention.is_short or place.parent_city_id not in prefectures:
            continue
        if votes.fits(place) and _ORGANISATION_NAME.match(votes.text, mention.end):
            found[place.city_id] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _media_vote(votes: PlaceVotes, source: str) -> Place | None:
    for mention in votes.gazetteer.find_mentions(source):
        if mention.province_zh or not mention.places:
            continue
        if mention.is_short and not _MEDIA_AFTER.match(source, mention.end):
            continue
        own = [p for p in mention.places if votes.fits(p)]
        if mention.is_short and len({p.parent_city_id or p.city_id for p in own}) > 1:
            # 新华网, 新华社: a name places in several cities share says none of them (许昌县
            # and 许昌市 are one city's)
            continue
        if own:
            return votes.gazetteer.resolve(own, votes.gazetteer.context([mention]))
    return None


# What carries the name of the place it is in: a firm (大同电力机车有限责任公司, 霍山铸造公司) or
# the place's yearbook (浦江年鉴). Not a university or a hospital: partners come from afar.
_OWN_NAME_CARRIER = re.compile(r"[\u4e00-\u9fff()]{0,14}?(?:公司|集团|厂)|年鉴")
_YEARBOOK = "年鉴"  # …which names its place even in a text that never calls itself 全县


def _carrier_vote(votes: PlaceVotes) -> Place | None:
    """The last evidence of a text that names no place as such: the names its firms and its
    yearbook carry (only the yearbook's when the text does not even call itself 我市, 全县). A
    place of the body's own kind counts once for each such name, a county's for its prefecture
    too; the most named wins, and nothing when two are named as often."""
    own: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for mention in votes.mentions:
        place = votes.place_of(mention)
        if place is None or (mention.province_zh and place.city_zh != mention.province_zh):
            continue
        if votes.kind is None and not votes.text.startswith(_YEARBOOK, mention.end):
            continue
        if votes.kind not in (None, *_PREFECTURE_KINDS) and any(
            p.admin_level == "prefecture" for p in mention.places
        ):
            continue  # 衡阳…有限公司 in a county's text: the prefecture's name, not 衡阳县's
        if _OWN_NAME_CARRIER.match(votes.text, mention.end):
            own[place.city_id] += 1
            places[place.city_id] = place
    scores = Counter(own)
    for city_id, place in places.items():
        if place.parent_city_id in places:
            scores[place.parent_city_id] += own[city_id]  # 林州重机 is 安阳's firm too
    named = votes.provinces_named | {m.province_zh for m in votes.mentions if m.province_zh}
    ranked = sorted(
        (c for c, p in places.items() if votes.fits(p) and (not named or p.province_zh in named)),
        key=lambda c: -scores[c],
    )
    if not ranked or (len(ranked) > 1 and scores[ranked[0]] == scores[ranked[1]]):
        return None
    return places[ranked[0]]


def _a_venue(text: str, m: Mention) -> bool:
    return text[m.start - 1 : m.start] in ("在", "于") and bool(_HELD_AFTER.match(text, m.end))


# a place's own figure right after its name, as an item of a breakdown (环翠区19户, 高区为49户)
_FIGURE_AFTER = re.compile(r"(?:有|为|共|达)?[0-9]")


def _ranked_within_the_whole(text: str, place: Place) -> bool:
    """Does the text set the place against the whole it is part of (…居全市首位, 占全市…)?"""
    names = [n for n in (place.city_zh, place.short_name) if n]
    return any(
        re.search(rf"{re.escape(name)}[^。;]{{0,30}}?(?:居|占|位居|位列|列)全市", text)
        for name in names
    )


def place_the_body_is_about(votes: PlaceVotes, media_source: str | None = None) -> Place | None:
    found = _strong_vote(votes) or _weak_vote(votes) or _maker_vote(votes)
    if media_source and (found is None or found.parent_city_id is not None):
        paper = _media_vote(votes, media_source)
        if found is None or (
            paper is not None
            and found.parent_city_id == paper.city_id
            and _ranked_within_the_whole(votes.text, found)
        ):
            # (a city's paper on 全市…大会, naming one of its counties as first in the city:
            # 天长市…居全市首位 is a part, the text the city's)
            found = paper
    return found or _carrier_vote(votes)
