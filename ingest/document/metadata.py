"""What one report text says about itself: title, genre, years, issuer and city, 文号, date.

Reports come as a government web page's text: maybe a breadcrumb, a metadata block
(发布机构: / 成文日期: / 文号:), a 通知 wrapper (title, 文号, addressees, signature, date), the
report's own title, then the body; or as a news item, a repost on a mirror, a yearbook entry.
Any of these may be missing; each field falls back from the most explicit source to the body,
and records which one decided it (``years_basis``, ``city_basis``). What cannot be decided is
left NULL with the basis ``undecided`` rather than guessed.

The parts live in their own modules: ``header`` (lines, metadata fields, 文号), ``dates``
(publication date), ``title``, ``years``, ``issuer`` and ``places`` (issuing body and city),
``genre``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from ingest.document.dates import find_published_on, story_date
from ingest.document.gazetteer import Gazetteer, Place
from ingest.document.genre import GENRES, decide_genre
from ingest.document.header import (
    SOURCE_KEYS,
    Header,
    find_doc_number,
    normalised_lines,
    read_header,
)
from ingest.document.issuer import CITY_BASES, find_city, find_issuer
from ingest.document.spelled_places import zone_spelled_in
from ingest.document.title import CJK_RE, Titles, find_titles, trim_title
from ingest.document.years import YEARS_BASES, decide_years
from ingest.document.zones import NEW_AREA_HOSTS, Zone, zone_issuer, zone_subject, zone_words

__all__ = [
    "CITY_BASES",
    "GENRES",
    "NOT_REPORT_EMPTY",
    "NOT_REPORT_NO_YEAR_NO_SCI_TECH",
    "YEARS_BASES",
    "DocumentMeta",
    "describe",
]

NOT_REPORT_EMPTY = "not an S&T work report: empty text"
NOT_REPORT_NO_YEAR_NO_SCI_TECH = (
    "not an S&T work report: no year and no science-and-technology terms"
)


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    title: str | None
    city_id: str | None
    city_zh: str | None
    report_year: int | None  # the year the summary part looks back on
    plan_year: int | None  # the year the targets are set for
    issuer: str | None
    doc_number: str | None
    published_on: datetime.date | None
    not_report_reason: str | None
    genre: str  # one of GENRES
    current_year: int | None  # the year the text calls 今年 (去年 = current_year - 1)
    years_basis: str  # one of YEARS_BASES: how report_year and plan_year were decided
    city_basis: str  # one of CITY_BASES: how the city was decided
    plan_only: bool = False  # it only plans (部署2018年工作, no look back): targets throughout
    zone: str | None = None  # the development zone that issued it, in full (荆门高新技术产业开发区)
    zone_place_id: str | None = None  # the gazetteer place the zone lies in (its city_id)
    province: str | None = None  # a province that issued it (city_basis ``province``): 黑龙江省


# --- is it a report at all ------------------------------------------------------------------

_ANY_YEAR = re.compile(r"(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4}年")
_SCI_TECH = re.compile(
    r"科技|科学技术|创新|研发|研究与试验|R&D|高新技术|专利|知识产权|技术|科研|孵化|成果转化",
    re.IGNORECASE,
)


def _not_report_reason(text: str) -> str | None:
    if not text.strip():
        return NOT_REPORT_EMPTY
    if _ANY_YEAR.search(text) is None and _SCI_TECH.search(text) is None:
        return NOT_REPORT_NO_YEAR_NO_SCI_TECH
    return None


def _name_in_use(gazetteer: Gazetteer, place: Place, year: int | None) -> Place:
    """The place's name in the report year; its latest name when the year is unknown."""
    if year is None:
        return max(gazetteer.names_of(place.city_id) or (place,), key=lambda p: p.last_year)
    return gazetteer.name_in_year(place, year)


def _zone_spelled(
    text: str, source_file: str, place: Place | None, gazetteer: Gazetteer
) -> Zone | None:
    """The zone a file is named after (xinxiangjingkaiqu.txt), when the text speaks of a zone
    of that kind as itself and names no other city than the zone's."""
    spelled = zone_spelled_in(
        source_file, gazetteer, lambda: gazetteer.context(gazetteer.find_mentions(text))
    )
    if spelled is None:
        return None
    zone_place, kind = spelled
    if place is not None and place.city_id not in (zone_place.city_id, zone_place.parent_city_id):
        return None  # the text is another city's
    generic = {"全区", "我区", "本区", "该区", "园区", "开发区"}
    if not any(word in text for word in zone_words(kind) - generic):
        return None  # no 高新区 (经开区 …) in the text: the name says nothing of it
    short = zone_place.short_name or zone_place.city_zh
    return Zone(short + kind, zone_place)


def _zone_of(
    text: str,
    lead: str | None,
    opening: str,
    header: Header,
    place: Place | None,
    gazetteer: Gazetteer,
    source_file: str = "",
) -> Zone | None:
    """The development zone that issued the text (zones.py), if any: for a text without a
    city, the zone it keeps naming; for a city's, the zone it opens on, in that city."""

    def place_of(words: str) -> Place | None:
        host = NEW_AREA_HOSTS.get(words)
        if host is not None:  # 两江 of 两江新区: a region, the area of a city
            return max(gazetteer.places_named(host), key=lambda p: p.last_year, default=None)
        mention = next((m for m in gazetteer.find_mentions(words) if m.start == 0), None)
        if mention is None or not mention.places:
            return None
        # the place as it stands today (莱芜区 of 济南, not the 莱芜市 merged into it), a
        # prefecture before a county of the same name
        latest = max(p.last_year for p in mention.places)
        return min(
            mention.places,
            key=lambda p: (p.last_year < latest, p.admin_level != "prefecture", -p.last_year),
        )

    if place is None:
        zone = zone_issuer(text, place_of, header.top)
    elif lead:
        zone = zone_subject(text, lead, header.top, place_of, place, opening)
        # another city's zone; but a city's zone written with the county it lies in
        # (德州(禹城)高新区, in a text that names 禹城 most) is the text's
        # (…or the zone's city read as its namesake county: 长沙 of 长沙经开区 taken for 长沙县)
        if (
            zone
            and place.city_id not in (zone.place.city_id, zone.place.parent_city_id)
            and not (
                place.parent_city_id == zone.place.city_id
                and (
                    _lies_in(text, zone, place)
                    or place.short_name == zone.place.short_name
                    # (a county of the zone's city that the lead does not name: a place in the
                    # zone the body mentions, 花溪大学城 in a text on 贵安新区)
                    or not any(n and n in lead for n in (place.city_zh, place.short_name))
                )
            )
        ):
            zone = None
    else:
        zone = None
    if zone is None:
        zone = _zone_spelled(text, source_file, place, gazetteer)
    # a name the gazetteer knows is a place, not a zone
    return zone if zone and not gazetteer.places_named(zone.name) else None


def _lies_in(text: str, zone: Zone, county: Place) -> bool:
    """Is the zone written with the county in brackets after its city's name (德州(禹城)…)?"""
    city = zone.place.short_name or zone.place.city_zh
    names = {county.city_zh, county.short_name or county.city_zh}
    return any(re.search(rf"{re.escape(city)}[((]{re.escape(n)}[))]", text) for n in names)


_FIELD = re.compile(r"^[^::]{1,8}[::]")  # 联系人:…, 地 址:…
_LEAD_CHARS = 8


def _first_sentence(lines: list[str]) -> str | None:
    """The first sentence of the first line that is prose, not chrome or a contact field:
    an untitled page's lead (近日清远市开发区激励企业…)."""
    for line in lines:
        if not _FIELD.match(line) and len(CJK_RE.findall(line)) >= _LEAD_CHARS:
            return re.split(r"[。!?;]", line, maxsplit=1)[0]
    return None


# --- entry point ----------------------------------------------------------------------------


def describe(text: str, source_file: str, gazetteer: Gazetteer) -> DocumentMeta:
    """What one report text says about itself; see the module docstring. A text the rules
    fail on (a bug met on some page's words) is not a report we can file: it is quarantined
    with the reason, and the other documents of the folder go on."""
    try:
        return _describe(text, source_file, gazetteer)
    except Exception as exc:  # any bug of the rules, reported per document
        reason = f"document understanding failed: {type(exc).__name__}: {exc}"[:200]
        return DocumentMeta(
            title=None, city_id=None, city_zh=None, report_year=None, plan_year=None,
            issuer=None, doc_number=None, published_on=None, not_report_reason=reason,
            genre="other", current_year=None, years_basis="undecided", city_basis="undecided",
        )  # fmt: skip


def _describe(text: str, source_file: str, gazetteer: Gazetteer) -> DocumentMeta:
    text, lines = normalised_lines(text)
    header = read_header(lines)
    found = find_titles(
        header, lambda line: any(m.strong and m.places for m in gazetteer.find_mentions(line))
    )
    titles = Titles(trim_title(found.title, gazetteer), found.wrapped)
    published_on = find_published_on(header)
    # a repost's story ran before the page that carries it: its words count from then
    ran_on = story_date(header)
    written_on = ran_on if ran_on and (published_on is None or ran_on < published_on) else None
    body_lines = [line for i, line in enumerate(lines) if i not in header.metadata_lines]
    years = decide_years(
        title=titles.title,
        wrapped_title=titles.wrapped,
        lines=lines,
        body_lines=body_lines,
        source_file=source_file,
        published_on=written_on or published_on,
    )
    city = find_city(
        header=header,
        title=titles.title,
        source_file=source_file,
        text=text,
        gazetteer=gazetteer,
        year=years.report_year,
    )
    place = _name_in_use(gazetteer, city.place, years.report_year) if city.place else None
    lead = titles.title or _first_sentence(body_lines)
    opening = _first_sentence([line for line in body_lines if line != titles.title]) or ""
    zone = (
        _zone_of(text, lead, opening if titles.title else "", header, place, gazetteer, source_file)
        if not city.signed  # (a province's department's text is no zone's, whatever it names)
        else None
    )
    genre = decide_genre(
        title=titles.title,
        wrapped_title=titles.wrapped,
        text="\n".join(body_lines),
        looks_back=years.looks_back,
        looks_ahead=years.looks_ahead,
        source=header.first(SOURCE_KEYS),
    )
    return DocumentMeta(
        title=titles.title,
        # a zone is its own issuer, beside the gazetteer's places
        city_id=zone.zone_id if zone else place.city_id if place else None,
        city_zh=zone.name if zone else place.city_zh if place else None,
        report_year=years.report_year,
        plan_year=years.plan_year,
        issuer=find_issuer(header, titles.title),
        doc_number=find_doc_number(header),
        published_on=published_on,
        not_report_reason=_not_report_reason(text),
        genre=genre,
        current_year=years.current_year,
        years_basis=years.basis,
        city_basis="zone" if zone else city.basis,
        plan_only=years.plan_only,
        zone=zone.name if zone else None,
        zone_place_id=zone.place.city_id if zone else None,
        province=city.province,
    )
