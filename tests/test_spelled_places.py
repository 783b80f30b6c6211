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


def test_other_readings_and_other_names_of_one_place(gazetteer: Gazetteer) -> None:
    # 长 read as chang, not as the zhang pypinyin's phrase reading gives 长治
    assert _city(gazetteer, PLACELESS, "changzhi_report.txt") == ("长治市", "path")
    # 射洪县 became 射洪市 in 2019: one place, named as in the text's year
    dated = PLACELESS.replace("上半年,我县", "2016年上半年,我县")
    assert _city(gazetteer, dated, "shehong_2016.txt") == ("射洪县", "path")


def test_a_county_named_beside_its_city_when_the_file_is_named_after_it(
    gazetteer: Gazetteer,
) -> None:
    # the body names 六安市 more than 霍山县 and calls itself 全市: alone, the city's text
    both = (
        "六安市科技局到霍山县调研科技工作。六安市近年来加快科技创新,"
        "全市新增高新技术企业9家,总数达到63家。六安市将继续支持。"
    )
    assert _city(gazetteer, both, "report.txt") == ("六安市", "body")
    assert _city(gazetteer, both, "huoshan_2022.txt") == ("霍山县", "path")
    # a file named after a county the body does not name changes nothing
    assert _city(gazetteer, both, "jinzhai_2022.txt") == ("六安市", "body")


def test_a_name_spelled_as_the_world_spells_it_in_a_province_the_text_names(
    gazetteer: Gazetteer,
) -> None:
    # harbin is one letter from haerbin: read so only with 黑龙江 in the text
    in_province = PLACELESS.replace("上半年,", "上半年,在黑龙江省科技厅指导下,", 1)
    assert _city(gazetteer, in_province, "harbin_2022.txt") == ("哈尔滨市", "path")
    assert _city(gazetteer, PLACELESS, "harbin_2022.txt") == (None, "undecided")


def test_a_file_named_after_a_zone_names_the_zone_the_text_speaks_of(
    gazetteer: Gazetteer,
) -> None:
    zone_text = PLACELESS.replace("我县", "高新区").replace("县科技局", "高新区科技局")
    meta = describe(zone_text, "xuchanggaoxinqu_2022.txt", gazetteer)
    assert (meta.city_zh, meta.city_basis) == ("许昌高新技术产业开发区", "zone")
    # a text that never speaks of a zone: the name's zone is no issuer
    assert describe(PLACELESS, "xuchanggaoxinqu_2022.txt", gazetteer).zone is None
    # nor when the text is another city's
    other = zone_text.replace("高新区科技局上半年", "洛阳市高新区科技局上半年")
    got = describe(other, "xuchanggaoxinqu_2022.txt", gazetteer)
    assert got.city_zh != "许昌高新技术产业开发区"
