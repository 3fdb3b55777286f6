"""Charsets: decoded as browsers do, and damage counted rather than hidden."""

from __future__ import annotations

import codecs

import pytest

from herald_tui.demo.faults import KOREAN_TEXT
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.charset import codec_for, decode_text, sniff_charset
from tests.http.helpers import fetch

CP949 = f"<p>{KOREAN_TEXT}</p>".encode("cp949")


def test_cp949_only_syllables_are_the_point() -> None:
    """The sample really needs CP949: read as EUC-KR proper, syllables are lost."""
    assert "\ufffd" in CP949.decode("euc-kr", "replace")


@pytest.mark.parametrize("label", ["euc-kr", "EUC-KR", "ks_c_5601-1987", "windows-949", "cp949"])
def test_korean_labels_decode_as_cp949(label: str) -> None:
    assert decode_text(CP949, f"text/html; charset={label}") == (f"<p>{KOREAN_TEXT}</p>", 0)


def test_meta_charset_is_used_when_the_header_has_none() -> None:
    body = b'<html><head><meta charset="euc-kr"></head>' + CP949
    text, replaced = decode_text(body, "text/html")
    assert KOREAN_TEXT in text and replaced == 0


def test_http_equiv_meta_is_used_too() -> None:
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">'
    assert KOREAN_TEXT in decode_text(meta + CP949, None)[0]


def test_meta_after_the_first_2_kb_is_ignored() -> None:
    body = b"<!--" + b" " * 2100 + b'--><meta charset="euc-kr">' + CP949
    text, replaced = decode_text(body, "text/html")
    assert KOREAN_TEXT not in text and replaced > 0


def test_header_wins_over_meta() -> None:
    body = b'<meta charset="iso-8859-1">' + "café".encode()
    assert decode_text(body, "text/html; charset=utf-8") == ('<meta charset="iso-8859-1">café', 0)


def test_xml_declaration_names_the_feed_encoding() -> None:
    body = b"<?xml version='1.0' encoding='euc-kr'?><rss>" + CP949 + b"</rss>"
    assert KOREAN_TEXT in decode_text(body, "application/rss+xml")[0]
    assert sniff_charset(b"<?xml version='1.0' encoding='utf8'?><rss/>") == "utf8"


def test_no_label_means_utf8_with_replacements_counted() -> None:
    text, replaced = decode_text(CP949, "text/html")
    assert replaced == text.count("\ufffd") > 0


def test_invalid_utf8_is_replaced_and_counted() -> None:
    assert decode_text(b"caf\xc3\xa9 \xff ok \xc3\x28", "text/html; charset=utf-8") == (
        "café \ufffd ok \ufffd(",
        2,
    )


def test_genuine_replacement_characters_are_not_counted() -> None:
    assert decode_text("a\ufffdb".encode(), "text/html") == ("a\ufffdb", 0)


@pytest.mark.parametrize(
    ("bom", "encoded"),
    [
        (codecs.BOM_UTF8, "한국".encode()),
        (codecs.BOM_UTF16_LE, "한국".encode("utf-16-le")),
        (codecs.BOM_UTF16_BE, "한국".encode("utf-16-be")),
    ],
)
def test_byte_order_mark_wins_and_is_dropped(bom: bytes, encoded: bytes) -> None:
    assert decode_text(bom + encoded, "text/html; charset=iso-8859-1") == ("한국", 0)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("euc-kr", "cp949"),
        ('"KS_C_5601-1987"', "cp949"),
        ("iso-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("utf-7", "utf-8"),  # refused as browsers do
        ("utf-8", "utf-8"),
        ("shift_jis", "shift_jis"),
        ("base64", None),  # a codec, but not a text encoding
        ("rot13", None),
        ("no-such-charset", None),
        ("", None),
        (None, None),
    ],
)
def test_codec_for_labels(label: str | None, codec: str | None) -> None:
    assert codec_for(label) == codec


def test_unknown_header_label_falls_back_to_utf8() -> None:
    assert decode_text("café".encode(), "text/html; charset=x-unknown") == ("café", 0)


@pytest.mark.parametrize(
    ("query", "clean"),
    [
        ("label=euc-kr&where=header", True),
        ("label=ks_c_5601-1987&where=header", True),
        ("label=euc-kr&where=meta", True),
        ("label=ks_c_5601-1987&where=meta", True),
        ("label=none&where=none", False),
    ],
)
async def test_cp949_pages_from_the_server(server: DemoServer, query: str, clean: bool) -> None:
    response = await fetch(server, f"/_fault/charset?{query}")
    assert (KOREAN_TEXT in response.text) is clean
    assert (response.charset_replacements == 0) is clean


async def test_invalid_utf8_page_from_the_server(server: DemoServer) -> None:
    response = await fetch(server, "/_fault/invalid-utf8")
    assert response.charset_replacements == 2
    assert "café \ufffd bad \ufffd( end" in response.text
