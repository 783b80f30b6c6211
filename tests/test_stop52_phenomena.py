"""Phenomena met in report-like texts read during stop 52, in texts written for these tests."""

from __future__ import annotations

from conftest import page_meta


def test_a_zone_a_title_names_and_the_body_opens_on_is_the_issuer() -> None:
    # named twice only, once in the title and once opening the body: still the zone's text,
    # with figures of the zone (not of 芜湖市, whose name the zone bears)
    meta = page_meta(
        "芜湖经济技术开发区上半年创新工作亮点纷呈\n\n"
        "上半年,芜湖经济技术开发区围绕主导产业抓创新,新增高新技术企业26家,"
        "有效发明专利拥有量达到1480件,在全市继续保持领先。\n"
    )
    assert meta.city_zh == "芜湖经济技术开发区"


def test_a_citys_title_on_its_zone_with_a_body_that_opens_elsewhere_stays_the_citys() -> None:
    # the title names the zone, but the body opens on the city and speaks as 全市: the city's
    meta = page_meta(
        "芜湖经济技术开发区获评全省创新示范园区\n\n"
        "今年以来,芜湖市深入实施创新驱动发展战略,全市新增高新技术企业210家,"
        "技术合同成交额达到96亿元。\n"
    )
    assert meta.city_zh == "芜湖市"
