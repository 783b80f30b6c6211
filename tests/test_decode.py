"""ingest.reading.decode: the encoding is detected from the bytes, and decoding never raises."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.reading.decode import UNDECODABLE_REASON, decode_bytes

SIMPLIFIED = (
    "2021年,全市新增国家高新技术企业52家,科技型中小企业达到1260家。\n"
    "全社会研发投入突破48亿元,技术合同成交额同比增长23.5%。\n"
)
TRADITIONAL = (
    "2021年,全市新增國家高新技術企業52家,科技型中小企業達到1260家。\n"
    "全社會研發投入突破48億元,技術合同成交額同比增長23.5%。\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by the NUL pattern
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_detects_encoding_of_simplified_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.ok
    assert decoded.encoding == encoding
    assert decoded.text == SIMPLIFIED


def test_big5_is_told_apart_from_gb18030() -> None:
    decoded = decode_bytes(TRADITIONAL.encode("big5"))
    assert (decoded.encoding, decoded.text) == ("big5", TRADITIONAL)


def test_traditional_characters_written_in_gb18030_stay_gb18030() -> None:
    decoded = decode_bytes(TRADITIONAL.encode("gb18030"))
    assert (decoded.encoding, decoded.text) == ("gb18030", TRADITIONAL)


def test_short_legacy_text_is_detected() -> None:
    assert decode_bytes("深圳市科创委".encode("gb18030")).text == "深圳市科创委"
    assert decode_bytes("臺北市科技局".encode("big5")).text == "臺北市科技局"


def test_declared_charset_breaks_a_tie_but_never_overrides_valid_utf8() -> None:
    data = "科技局".encode("big5")
    assert decode_bytes(data, declared="big5").encoding == "big5"
    assert decode_bytes(SIMPLIFIED.encode("utf-8"), declared="gb2312").encoding == "utf-8"


def test_utf8_cut_off_mid_character_still_decodes() -> None:
    data = SIMPLIFIED.encode("utf-8")[:-2]  # 「。」 is three bytes
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == SIMPLIFIED[:-2]


def test_gb18030_with_a_stray_byte_still_decodes() -> None:
    body = (SIMPLIFIED * 40).encode("gb18030")
    data = body[:500] + b"\x80" + body[500:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert "国家高新技术企业" in (decoded.text or "")


@pytest.mark.parametrize("legacy", ["gb18030", "big5"])
def test_a_file_whose_lines_are_in_two_encodings_is_read_line_by_line(legacy: str) -> None:
    # a UTF-8 page with a paragraph pasted in from a legacy-encoded file
    pasted = TRADITIONAL if legacy == "big5" else SIMPLIFIED
    data = (
        "某县科技局工作情况\n".encode()
        + pasted.encode(legacy)
        + "下半年继续推进企业研发机构建设。\n".encode()
    )
    decoded = decode_bytes(data)
    assert decoded.ok
    assert decoded.encoding == f"utf-8+{legacy} (by line)"
    assert decoded.text == "某县科技局工作情况\n" + pasted + "下半年继续推进企业研发机构建设。\n"


def test_a_mixed_file_with_a_line_no_encoding_reads_is_not_guessed() -> None:
    data = SIMPLIFIED.encode("utf-8") + SIMPLIFIED.encode("gbk") + b"\x80\x81\xfe\xff" * 30
    decoded = decode_bytes(data)
    assert not decoded.ok
    assert decoded.reason == UNDECODABLE_REASON


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b"  \r\n\t \n", "file holds only whitespace, no text"),
        (codecs.BOM_UTF8, "file holds only whitespace, no text"),
        (
            b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00>\x00",
            "binary file, not text (NUL bytes)",
        ),
        (bytes(range(1, 9)) * 20 + b"report", "binary file, not text (control characters)"),
        (b"\x80\x81\xfe\xff" * 50, UNDECODABLE_REASON),
    ],
)
def test_classifies_what_is_not_text(data: bytes, reason: str) -> None:
    decoded = decode_bytes(data)
    assert not decoded.ok
    assert decoded.text is None
    assert decoded.reason == reason


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=2048),
        st.builds(
            bytes.__add__,
            st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b""]),
            st.binary(max_size=512),
        ),
        st.text(max_size=200).map(lambda t: t.encode("utf-16-le", "surrogatepass")),
    )
)
def test_never_raises_and_always_explains(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text is None) == (decoded.reason is not None)
    if decoded.text is not None:
        assert decoded.text.strip()
        assert decoded.encoding


def test_a_few_stray_nul_bytes_in_chinese_text_are_dropped_not_the_file() -> None:
    text = "通化市2021年科技工作总结\n全年新增高新技术企业23家,技术合同成交额3.2亿元。\n" * 3
    for encoding in ("utf-8", "gb18030"):
        data = text.encode(encoding)
        padded = data[:10] + b"\x00\x00" + data[10:] + b"\x00"
        got = decode_bytes(padded)
        assert got.reason is None, encoding
        assert got.text == text
    # NULs as dense as binary holds them: still no text
    dense = b"\x00".join(text.encode("utf-8")[i : i + 40] for i in range(0, 400, 40))
    assert decode_bytes(dense).reason == "binary file, not text (NUL bytes)"
    noise = bytes((i * 7919 + 13) % 251 for i in range(4000)) + b"\x00"
    assert decode_bytes(noise).text is None
