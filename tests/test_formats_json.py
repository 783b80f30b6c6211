"""ingest.reading.json_text through ingest.reading.formats: a page a scraper saved as JSON gives
its text, escaped or not, HTML in it reduced; a dump of several pages, or JSON with no page, is
named."""

from __future__ import annotations

import json

import pytest

from ingest.reading.formats import extract_text

RECORD = {
    "id": 88213,
    "url": "http://kjj.example.gov.cn/art/2023/1/9/art_3.html",
    "title": "市科技局2022年工作总结",
    "publish_time": "2023-01-09 10:20",
    "content": (
        "<div class='TRS_Editor'><p>2022年,全市新增国家高新技术企业96家,总数达到611家。</p>"
        "<p>技术合同成交额41.3亿元,同比增长22%。</p></div>"
    ),
    "tags": ["科技", "总结"],
}


@pytest.mark.parametrize("ascii_only", [True, False])
def test_a_scraped_record_gives_its_title_and_its_text(ascii_only: bool) -> None:
    got = extract_text(json.dumps(RECORD, ensure_ascii=ascii_only).encode(), ".json")
    assert (got.format, got.encoding, got.reason) == ("json", "json:utf-8", None)
    assert (got.text or "").split("\n") == [
        "市科技局2022年工作总结",
        "2022年,全市新增国家高新技术企业96家,总数达到611家。",
        "技术合同成交额41.3亿元,同比增长22%。",
        "科技",
        "总结",
    ]


def test_paragraphs_in_one_string_stay_paragraphs() -> None:
    body = "一、工作回顾\n全年争取上级科技资金2860万元。\n二、工作计划\n力争新增科技型企业80家。"
    got = extract_text(json.dumps({"text": body}).encode("gbk"), ".txt")
    assert got.format == "json" and got.text == body


def test_json_that_is_no_one_page_is_named() -> None:
    dump = json.dumps([RECORD, {**RECORD, "id": 88214}]).encode()
    assert extract_text(dump, ".json").reason == (
        "JSON of 2 pages; save each in a file of its own to read them"
    )
    config = json.dumps({"name": "crawler", "pages": 20, "start": "2023-01-01"}).encode()
    assert extract_text(config, ".json").reason == "JSON holds no text of a page"
    # text that only opens like JSON is text
    bracketed = "[通知] 2022年全市新增国家高新技术企业96家,总数达到611家。".encode()
    assert extract_text(bracketed, ".txt").format == "text"


def test_a_lone_surrogate_escaped_in_the_json_is_replaced() -> None:
    data = b'{"content": "\\u5168\\u5e02\\ud83d\\u65b0\\u589e\\u9ad8\\u4f01 \\ud83d\\ude00"}'
    text = extract_text(data, ".json").text or ""
    assert text == "全市\ufffd新增高企 \U0001f600"
    assert text.encode("utf-8")
