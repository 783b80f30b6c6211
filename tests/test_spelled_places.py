"""A file named after its place in pinyin names the issuer when the text names none."""

from __future__ import annotations

import pytest

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe

# A county bureau's half-year note that says only 我县 and 县科技局: no place in the text.
PLACELESS = (
    "县科技局上半年工作情况\n"
    "上半年,我县新增入库科技型中小企业26家,高新技术企业总数达到41家,"
    "技术合同成交额1.2亿元。"
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _city(gazetteer: Gazetteer, text: str, source_file: str) -> tuple[str | None, str]:
    meta = describe(text, source_file, gazetteer)
    return meta.city_zh, meta.city_basis


def test_the_file_name_spells_the_county(gazetteer: Gazetteer) -> None:
    assert _city(gazetteer, PLACELESS, "note.txt") == (None, "undecided")
    assert _city(gazetteer, PLACELESS, "07_huoshan_2021.txt") == ("霍山县", "path")
    # a full name in pinyin, suffix included: the county, not the prefecture named alike
    assert _city(gazetteer, PLACELESS, "yueyangxian-2021.txt") == ("岳阳县", "path")
    # upper case and separators are the user's; folders are not read for a spelling
    assert _city(gazetteer, PLACELESS, "downloads/HUOSHAN.txt") == ("霍山县", "path")
    assert _city(gazetteer, PLACELESS, "huoshan/note.txt") == (None, "undecided")


def test_a_reading_shared_by_places_needs_the_text_or_a_prefecture(
    gazetteer: Gazetteer,
) -> None:
    # fuzhou reads as 福州 and as 抚州: nothing in the text tells which
    assert _city(gazetteer, PLACELESS, "fuzhou_2020.txt") == (None, "undecided")
    # a province in the text does (抚州 is in 江西, 福州 in 福建)
    in_jiangxi = PLACELESS.replace("上半年,", "上半年,在江西省科技厅指导下,", 1)
    assert _city(gazetteer, in_jiangxi, "fuzhou_2020.txt") == ("抚州市", "path")
    # datong reads as 大同市 and as districts and counties elsewhere: the prefecture
    assert _city(gazetteer, PLACELESS, "datong_2008.txt") == ("大同市", "path")


def test_the_texts_own_place_wins_over_the_file_name(gazetteer: Gazetteer) -> None:
    named = PLACELESS.replace("县科技局上半年", "霍邱县科技局上半年")
    assert _city(gazetteer, named, "07_huoshan_2021.txt") == ("霍邱县", "title")


def test_letters_that_spell_no_place_or_too_little_are_no_place(gazetteer: Gazetteer) -> None:
    for name in ("report_final.txt", "p07_2021.txt", "kjj_gzzj.txt", "xa_2021.txt"):
        assert _city(gazetteer, PLACELESS, name) == (None, "undecided"), name
