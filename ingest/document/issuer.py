"""Who issued a report: the issuing body as printed, and the city or county it belongs to.

The city comes from the most explicit evidence there is, recorded as its basis:

* ``issuer_field``: the metadata block's 发布机构/发文机关 …;
* ``source_line``: a 来源 line naming an organisation (来源: 芜湖市科技局);
* ``title``: the title (a notice's or the report's own);
* ``signature``: an organisation line beside a date, at the top or the bottom;
* ``site``: the government portal or the local paper the page was taken from, named in its
  first lines (瓦房店市政府网 > 瓦房店要闻, 汕尾市人民政府门户网站, 柳州日报 2018年1月23日);
* ``path``: the folder names (福建省/福州市/鼓楼区/…), or, when nothing in the text names a
  place, a file name that spells one in pinyin (wenzhou_2019.txt; ``spelled_places``);
* ``body``: the place the body is about (see ``ingest.document.places``), when it names none
  as such the one its firms' names carry;
* ``province``: none of these names a place, and the text speaks as a province or an autonomous
  region (我省…); its issuer is the province, which is no city or county: none is named, so that
  the province's figures are not put down to one of its cities;
* ``undecided``: none of these names one; no city is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from ingest.document.dates import standalone_date
from ingest.document.gazetteer import Gazetteer, Mention, Place, PlaceContext
from ingest.document.header import ISSUER_KEYS, SOURCE_KEYS, Header
from ingest.document.places import (
    PlaceVotes,
    name_out_of_use,
    place_the_body_is_about,
    speaks_as_a_province,
    speaks_more_as_a_province,
)
from ingest.document.spelled_places import place_spelled_in
from ingest.document.zones import ZONE_KINDS

CITY_BASES = (
    "issuer_field",
    "source_line",
    "title",
    "signature",
    "site",  # the portal or paper a page was taken from, named at its top (瓦房店市政府网)
    "path",
    "body",
    "zone",  # a development zone the text names as itself (zones.py)
    "province",
    "undecided",
)

_ORG_SUFFIX = r"(?:局|委员会|科委|厅|办公室|协会|人民政府|政府)"
# A line that is only an organisation name, as in a signature: 龙岩市科学技术局.
_ORG_LINE = re.compile(rf"[\u4e00-\u9fff()、]{{2,40}}?{_ORG_SUFFIX}")
# Science-and-technology administration words; the bureau often merges with industry (工信).
_ORG_SCI_TECH = re.compile(r"科学技术|科技|工业和信息化|工业信息化|工信|经济和信息化|经信|知识产权")
# The organisation a title starts with: 龙岩市科学技术局关于印发…, 泉州市科技局2016年…
_TITLE_ORG = re.compile(
    rf"^([^《》\s,。:]{{2,40}}?{_ORG_SUFFIX})(?=关于|印发|转发|[0-9]{{4}}|[〇零○一二]{{4}}年|$)"
)


# A verb of winning right before a place that grants a recognition: the winner is another.
_WON_BEFORE = re.compile(r"(?:获|获得|荣获|喜获|斩获|摘得|入选)$")
# A title telling of a visit: the visitors' place is not the one the text is about.
_VISIT_TITLE = re.compile(
    r"(?:到|赴|深入|走进)([^,。:]{1,12}?)(?:调研|考察|视察|督导|检查|走访|指导)"
)


@dataclass(frozen=True, slots=True)
class City:
    place: Place | None
    basis: str
    province: str | None = None  # the province that issued it (basis ``province``)
    signed: bool = False  # …one of its departments signing it (省科技厅): no zone's text


# the text speaking of its issuer without naming it
_SPEAKS_OF_ITSELF = re.compile(r"我(?:市|县|区|州|盟|旗)|本(?:市|县|区)")


def _org_of(line: str) -> str | None:
    """The organisation a signature line names (the first token; a date may follow it)."""
    first, _, rest = line.partition(" ")
    if rest.strip() and standalone_date(rest.strip()) is None:
        return None
    first = first.removesuffix("(盖章)")
    # 各县(市、区)科技局 addresses the recipients, it does not sign.
    if first.startswith("各"):
        return None
    if _ORG_LINE.fullmatch(first) and _ORG_SCI_TECH.search(first):
        return first
    return None


def _signature(lines: Sequence[str]) -> str | None:
    """An organisation line dated on the same line or the next: a list of units in the body
    (达川区教科局 / 大竹县教科局 …) is no signature."""
    for index, line in enumerate(lines):
        org = _org_of(line)
        if org is None:
            continue
        same_line = " " in line and standalone_date(line.rpartition(" ")[2]) is not None
        next_line = index + 1 < len(lines) and standalone_date(lines[index + 1]) is not None
        if same_line or next_line:
            return org
    return None


# The line under a government's report that says where it was delivered (——2021年1月18日在
# 天津市滨海新区第二届人民代表大会第六次会议上): the congress is the issuer's own
_CONGRESS_LINE = re.compile(r"在([^\s,。:;]{2,24}?)第[一二三四五六七八九十0-9]+届人民代表大会")
_CONGRESS_LINES = 4


def _congress_of(text: str) -> str | None:
    """The place whose congress heard the report, from a line under its title (read after
    the title: a title naming a place of its own keeps it)."""
    for line in text.split("\n", _CONGRESS_LINES)[:_CONGRESS_LINES]:
        found = _CONGRESS_LINE.search(line)
        if found:
            return found.group(1)
    return None


def _under_its_masthead(title: str | None, text: str) -> str | None:
    """The title with the organisation line printed above it, when the text opens on one
    (瑞安市科学技术局 / 2023年度科技统计快报): a masthead names who issued what is under it."""
    if not title:
        return title
    first = next((line.strip() for line in text.split("\n", 3)[:3] if line.strip()), "")
    if first == title.strip() or title.strip() not in text[: len(first) + len(title) + 8]:
        return title
    org = _org_of(first)
    return f"{org}{title}" if org else title


def find_issuer(header: Header, title: str | None) -> str | None:
    issuer = header.first(ISSUER_KEYS)
    if issuer and re.search(_ORG_SUFFIX, issuer):
        return issuer
    source = header.first(SOURCE_KEYS)
    if source and re.search(_ORG_SUFFIX + "$", source.split()[0]):  # not a website (本站)
        return source.split()[0]
    signature = _signature(header.top) or _signature(header.bottom)
    if signature:
        return signature
    found = _TITLE_ORG.match(title) if title else None
    if found:
        return found.group(1)
    return issuer  # a field without an organisation word (发文机构: 科技局) is still the issuer


def place_named_in(
    segment: str, gazetteer: Gazetteer, context: PlaceContext, year: int | None
) -> Place | None:
    """The issuing place a short phrase names (an issuer, a title, a file path).

    Adjacent names form a path (福建省福州市鼓楼区科技局): the deepest one wins and the ones
    before it settle which of the same-named places it is.
    """
    mentions = [
        m
        for m in gazetteer.find_mentions(segment)
        if m.strong
        and not m.yardstick
        and not (m.level and _WON_BEFORE.search(segment, 0, m.start))
        # a name out of use in the text's year (邯郸县 of 邯郸县域 in 2020) issues nothing
        and not (m.places and all(name_out_of_use(p, year, gazetteer) for p in m.places))
    ]
    group: list[Mention] = []
    for mention in mentions:
        if group and mention.start != group[-1].end:
            if any(m.places for m in group):
                break
            group = []
        group.append(mention)
    return _deepest_in_path(group, gazetteer, context, year, segment)


_A_ZONE_WORD = re.compile(r"新区|高新|经开|开发区|实验区|示范区|园区|自贸|保税")


def _opening_short_name(
    title: str,
    gazetteer: Gazetteer,
    context: PlaceContext,
    year: int | None,
    body_place: Callable[[], Place | None],
) -> Place | None:
    """A prefecture's short name opening a headline with no other place in it (宜昌R&D经费投入
    强度首次突破2%): the city the headline is about, unless the body speaks of that city or a
    part of it (沈阳沈北…: the district), its own basis."""
    mentions = gazetteer.find_mentions(title)
    if len(mentions) != 1 or mentions[0].start != 0 or not mentions[0].is_short:
        return None
    if _A_ZONE_WORD.search(title):
        return None  # 济宁高新区…, 郑州航空港…实验区: a zone of the city, its own issuer
    cities = [p for p in mentions[0].places if p.admin_level == "prefecture"]
    place = gazetteer.resolve(cities, context, year) if cities else None
    if place is None:
        return None
    within = body_place()
    return None if within and place.city_id in (within.city_id, within.parent_city_id) else place


# a zone's kind right after a place's name (西安高新区, 长沙经开区)
_ZONE_KIND_AT = re.compile("|".join(ZONE_KINDS))


def _deepest_in_path(
    path: Sequence[Mention],
    gazetteer: Gazetteer,
    context: PlaceContext,
    year: int | None,
    zone_after: str = "",
) -> Place | None:
    province: str | None = None
    parent: Place | None = None
    for mention in path:
        if mention.province_zh and not mention.places:
            province = mention.province_zh
            continue
        candidates = [p for p in mention.places if province in (None, p.province_zh)]
        if mention.end < len(zone_after) and _ZONE_KIND_AT.match(zone_after, mention.end):
            # 西安高新区: a zone takes its city's name, a prefecture's before a county's
            cities = [p for p in candidates or mention.places if p.admin_level == "prefecture"]
            candidates = cities or candidates
        place = gazetteer.resolve(
            candidates or mention.places,
            context,
            year,
            parent_id=parent.city_id if parent else None,
        )
        if place is not None:
            parent = place
    return parent


_TOP_LINES = 4
# A government portal's or a local paper's name: the place before 政府网, 门户网站, 日报 …
_SITE_RE = re.compile(
    r"([\u4e00-\u9fff]{2,16}?)(?:人民政府|政府)?(?:门户网站|政府网站|政府网|政务网|政务服务网)"
    # (a paper's masthead opens its line; a paper named as a 来源 reposted another's story)
    r"|^\s*([\u4e00-\u9fff]{2,8}?)(?:日报|晚报|新闻网)"
)
# Every match of _SITE_RE ends on one of these: a line without any is not searched (the lazy
# name before them made the search cost a few steps per character of every top line)
_SITE_WORDS = ("网站", "政府网", "政务网", "政务服务网", "日报", "晚报", "新闻网")


def _site_place(
    name: str, gazetteer: Gazetteer, context: PlaceContext, year: int | None
) -> Place | None:
    """The place a site or a paper is named after: a full name, or a short one that is the
    whole of the name before 日报, 政府网 … (柳州日报), as strong there as 柳州市 is."""
    place = place_named_in(name, gazetteer, context, year)
    if place is not None:
        return place
    whole = [m for m in gazetteer.find_mentions(name) if (m.start, m.end) == (0, len(name))]
    if len(whole) != 1 or not whole[0].places:
        return None
    place = gazetteer.resolve(list(whole[0].places), context, year)
    # (a brand that is a short name too, 琅琊新闻网 over 临沂's text: the province the text
    # speaks of, if any, must be the place's)
    if place is None or (context.provinces and place.province_zh not in context.provinces):
        return None
    return place


def _site(text: str) -> str | None:
    """The place a government portal or a local paper named in the page's first lines is
    named after."""
    for line in text.split("\n", _TOP_LINES)[:_TOP_LINES]:
        found = _SITE_RE.search(line) if any(w in line for w in _SITE_WORDS) else None
        if found is not None:
            return found.group(1) or found.group(2)
    return None


def _county_of(city: Place, name: str, gazetteer: Gazetteer) -> Place | None:
    """The one county or district of ``city`` that ``name`` names (中方 or 中方县 of 怀化市)."""
    found = {
        p.city_id: p
        for p in gazetteer.places
        if p.parent_city_id == city.city_id and name in (p.city_zh, p.short_name)
    }
    return next(iter(found.values())) if len(found) == 1 else None


_OWNING_BASES = ("issuer_field", "source_line", "signature")
_SPEAKERS_OFFICE = re.compile(r"厅(?:副?厅长|党组书记|主任)\s*$")
_REPORT_OF_AN_ORGAN = re.compile(r"^[^,。:]{2,16}厅(?:(?:19|20)[0-9]{2}年)?[^,。:]{0,10}(?:工作)")
# a province's department: 厅 (科学技术厅, 科技厅, 办公厅) is no organ of a city or a county
_PROVINCIAL_ORGAN = re.compile(r"^[^,。:]{0,12}?(?:省|自治区)[\u4e00-\u9fff]{0,10}?厅")


def _names_only_a_province(phrase: str | None, gazetteer: Gazetteer) -> bool:
    """A title or a source that names a province and no place in it (吉林省高新技术企业…)."""
    mentions = [m for m in gazetteer.find_mentions(phrase or "") if not m.yardstick]
    return bool(mentions) and all(m.province_zh and not m.places for m in mentions)


def find_city(
    *,
    header: Header,
    title: str | None,
    source_file: str,
    text: str,
    gazetteer: Gazetteer,
    year: int | None,
) -> City:
    mentions = gazetteer.find_mentions(text)
    context = gazetteer.context(mentions)
    issuer_field = header.first(ISSUER_KEYS)
    source = header.first(SOURCE_KEYS)
    path = PurePosixPath(source_file)
    signature = _signature(header.top) or _signature(header.bottom)
    # Folder and file names joined, so that 福建省/福州市/鼓楼区/2020.txt reads as one path.
    phrases = (
        ("issuer_field", issuer_field),
        ("source_line", source if source and re.search(_ORG_SUFFIX, source) else None),
        ("title", _under_its_masthead(title, text)),
        ("title", _congress_of(text)),
        ("signature", signature),
        ("site", _site(text)),
        ("path", "".join((*path.parent.parts, path.stem))),
    )

    def body_place() -> Place | None:
        votes = PlaceVotes(text, mentions, gazetteer, context, year)
        return place_the_body_is_about(votes, media_source=source)

    # (a title it opens as the one reporting, 甘肃省科技厅2012年工作总结; or a line under the
    # title naming a speaker's office, 云南省科学技术厅厅长; not a headline about its doings)
    byline = [
        line
        for line in text.split("\n", _TOP_LINES)[:_TOP_LINES]
        if len(line) <= 20 and _SPEAKERS_OFFICE.search(line)
    ]
    owned = [phrase for basis, phrase in phrases if basis in _OWNING_BASES]
    if title and _REPORT_OF_AN_ORGAN.search(title):
        owned.append(title)
    organ = next(
        (
            found.group()
            for phrase in (*owned, *byline)
            if phrase
            and (found := _PROVINCIAL_ORGAN.search(phrase)) is not None
            and _names_only_a_province(found.group(), gazetteer)
        ),
        None,
    )
    provinces = frozenset(m.province_zh for m in mentions if m.province_zh and not m.places)
    if organ is not None and speaks_more_as_a_province(text, provinces):
        # a province's department (省科技厅, 自治区科学技术厅) issued it: the province's text,
        # which the warehouse's places do not hold, whatever cities its body names
        province = next(
            (m.province_zh for m in gazetteer.find_mentions(organ) if m.province_zh), None
        )
        return City(None, "province", province, signed=True)
    for basis, phrase in phrases:
        named_in = _site_place if basis == "site" else place_named_in
        place = named_in(phrase, gazetteer, context, year) if phrase else None
        if place is None and basis == "title" and phrase:
            place = _opening_short_name(phrase, gazetteer, context, year, body_place)
        if place is None:
            continue
        if basis in ("source_line", "site"):
            # a city's office reposting one of its counties' texts (来源:廊坊市…办公室 over
            # 大厂县…,全县…): the county the body speaks of as itself issued it
            headed = place_named_in(title, gazetteer, context, year) if title else None
            if headed is not None and headed.parent_city_id == place.city_id:
                # …or a headline about one of its counties (来源:石家庄市科技局 under
                # 石家庄市鹿泉区8家企业被评为…)
                return City(headed, "title")
            within = body_place()
            if within is not None and within.parent_city_id == place.city_id:
                return City(within, "body")
        visit = _VISIT_TITLE.search(phrase) if basis == "title" else None
        if visit is not None:
            # a city's bureau visiting one of its counties (怀化市科技局到中方调研): the text is
            # about the county visited
            visited = _county_of(place, visit.group(1), gazetteer)
            if visited is not None:
                return City(visited, "title")
        if basis == "title" and place.admin_level == "prefecture":
            # a headline naming a city and one of its counties (…市科技活动周在惠济区举办),
            # over a body that speaks of that county as itself (全区…): the county's text
            within = body_place()
            if (
                within is not None
                and within.parent_city_id == place.city_id
                and any(name and name in phrase for name in (within.city_zh, within.short_name))
            ):
                return City(within, "title")
        return City(place, basis)
    # …or, on a page whose title was not found, one of its first lines (a headline under the
    # site's name: 吉林省高新技术企业数量创历史新高)
    top = [line for line in text.split("\n", _TOP_LINES)[:_TOP_LINES] if line.strip()]
    named = (issuer_field, source, title, signature, phrases[-1][1], *(() if title else top))
    named_provinces = Counter(m.province_zh for m in mentions if m.province_zh and not m.places)
    if speaks_as_a_province(
        text,
        lambda: any(_names_only_a_province(p, gazetteer) for p in named),
        frozenset(named_provinces),
    ):
        # the province it names most (its own name, 黑龙江 …), if it names one
        province = named_provinces.most_common(1)[0][0] if named_provinces else None
        return City(None, "province", province)
    place = body_place()
    # the last word: a file the user named after its place in pinyin (wenzhou_2019.txt)
    spelled = place_spelled_in(source_file, gazetteer, context, year, nearly=place is None)
    if place is None:
        return City(spelled, "path" if spelled is not None else "undecided")
    if (
        spelled is not None
        and spelled.parent_city_id is not None
        and spelled.parent_city_id in (place.city_id, place.parent_city_id)
        and context.place_ids.get(spelled.city_id)
    ):
        # a county the body names beside its city or beside another county of that city, and
        # the file is named after it (xiangdong_2023.txt: 萍乡市 and 湘东区 both in the text;
        # tianxin.txt on a page that lists 雨花, 天心, 望城): the user's choice of that county
        return City(spelled, "path")
    if (
        spelled is not None
        and spelled.city_id != place.city_id
        and spelled.province_zh == place.province_zh
        and spelled.admin_level == place.admin_level
        and not context.place_ids.get(spelled.city_id)
        and _SPEAKS_OF_ITSELF.search(text)
    ):
        # a page that says only 我市 and names its peers (仅次于绵阳、德阳…), in a file the user
        # named after another city of that province (yaan_2019.txt): the peers are no issuer
        return City(spelled, "path")
    if (
        spelled is not None
        and spelled.parent_city_id is not None
        and context.place_ids.get(spelled.parent_city_id)
        and spelled.parent_city_id not in (place.city_id, place.parent_city_id)
    ):
        # a county's page that names its own city (在泉州市县域…考核中) and a peer elsewhere it
        # measures itself against (与昆山、江阴相比), in a file named after the county
        # (jinjiang_2014.txt): the peer is no issuer
        return City(spelled, "path")
    return City(place, "body")
