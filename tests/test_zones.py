"""A development zone as the issuer of a text that names no city (ingest/document/zones.py)."""

from __future__ import annotations

import polars as pl

from ingest.document.gazetteer import Gazetteer
from ingest.document.metadata import describe
from ingest.extraction.extract import extract_indicators
from ingest.extraction.segment import segment_documents

ZONE_TEXT = (
    "今年以来,许昌经济技术开发区深入实施创新驱动战略。记者从许昌经济技术开发区获悉,"
    "全区新增高新技术企业12家,高新技术企业总数达到58家;园区技术合同成交额3.1亿元。"
)


def test_a_text_without_a_city_that_names_one_zone_again_and_again_is_the_zones() -> None:
    gazetteer = Gazetteer.load()
    meta = describe(ZONE_TEXT, "doc.txt", gazetteer)
    assert (meta.city_zh, meta.zone) == (None, "许昌经济技术开发区")
    # named once, or beside a city of its own, it is no issuer
    once = ZONE_TEXT.replace("记者从许昌经济技术开发区获悉,", "")
    assert describe(once, "doc.txt", gazetteer).zone is None
    city = "许昌市科技局:" + ZONE_TEXT.replace("全区", "全市")
    assert describe(city, "doc.txt", gazetteer).zone is None
    # a phrase is no zone: 国家自主创新示范区
    phrase = "全力建设国家自主创新示范区,推进国家自主创新示范区建设。全区新增高新技术企业12家。"
    assert describe(phrase, "doc.txt", gazetteer).zone is None


def test_a_zones_own_figures_are_the_issuers_not_a_sub_areas() -> None:
    docs = pl.DataFrame(
        {
            "document_id": ["z", "c"],
            "text": [ZONE_TEXT, ZONE_TEXT],
            "report_year": [2023, 2023],
            "plan_year": [2024, 2024],
            "zone": ["许昌经济技术开发区", None],
        }
    )
    facts, _ = extract_indicators(segment_documents(docs), docs)
    got = {
        doc: {(r["indicator_code"], r["value"]) for r in facts.iter_rows(named=True)
              if r["document_id"] == doc}
        for doc in ("z", "c")
    }  # fmt: skip
    assert got["z"] == {
        ("high_tech_enterprises", 12),
        ("high_tech_enterprises", 58),
        ("tech_contract_turnover", 3.1e8),
    }
    # without the zone, the 园区's figure is a sub-area's
    assert ("tech_contract_turnover", 3.1e8) not in got["c"]
