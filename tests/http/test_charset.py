"""Charsets: decoded as browsers do, and damage counted rather than hidden."""

from __future__ import annotations

import codecs

import pytest

from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.charset import codec_for, decode_text, sniff_charset
from tests.faultsite.faults import KOREAN_TEXT
from tests.http.helpers import fetch

CP949 = f"<p>{KOREAN_TEXT}</p>".encode("cp949")


def test_cp949_only_syllables_are_the_point() -> None:
    """The sample really needs CP949: read as EUC-KR proper, syllables are lost."""
    assert "\ufffd" in CP949.decode("euc-kr", "replace")


@pytest.mark.parametrize("label", ["euc-kr", "EUC-KR", "ks_c_5601-1987", "windows-949", "korean"])
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
        ("utf-7", None),  # not a label browsers know: refused
        ("utf-8", "utf-8"),
        ("  UTF8\t", "utf-8"),
        ("shift_jis", "cp932"),  # the standard's Shift_JIS is windows-31j
        ("latin2", "iso8859_2"),
        ("gb2312", "gb18030"),
        ("utf-16", "utf_16_le"),
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


# Issue 14, item 4: Python codecs that are no browser's encoding. Each raised, or decoded
# escapes written as text ("\\x1b") into real control characters.
HOSTILE_LABELS = [
    "idna",
    "punycode",
    "unicode_escape",
    "raw_unicode_escape",
    "unicode-escape",
    "utf_7",
    "u7",
    "unicode_1_1_utf_7",
    "utf-32",
    "undefined",
    "cp037",
    "hex",
    "uu",
    "mbcs",
    "utf_8_sig",
    "latin_1",  # a Python alias, no WHATWG label
]


@pytest.mark.parametrize("label", HOSTILE_LABELS)
def test_python_only_codecs_never_decode(label: str) -> None:
    assert codec_for(label) is None
    body = b"<p>caf\xc3\xa9 \\x1b]0;pwned\\x07 +ABs- \\u001b</p>"
    for where in ("header", "meta"):
        if where == "header":
            text, replaced = decode_text(body, f"text/html; charset={label}")
        else:
            text, replaced = decode_text(f'<meta charset="{label}">'.encode() + body, None)
        assert text.endswith(body.decode("utf-8")) and replaced == 0


def test_every_label_resolves_to_a_python_text_codec() -> None:
    """The table is data: each canonical encoding maps to a codec that decodes bytes."""
    from herald_tui.fetchers.encodings import CODECS, LABELS, REPLACEMENT, USER_DEFINED

    assert set(LABELS.values()) == set(CODECS)
    for label, name in LABELS.items():
        assert label == label.strip().lower()
        assert codec_for(label) == CODECS[name]
        if name not in (REPLACEMENT, USER_DEFINED):  # decoded by hand: see the next tests
            assert codecs.lookup(CODECS[name])._is_text_encoding


def test_replacement_encoding_gives_one_replacement_character() -> None:
    """ISO-2022-KR and friends smuggle markup through escapes: browsers show U+FFFD."""
    assert decode_text(b"<p>\x1b$)C\x0eabc</p>", "text/html; charset=iso-2022-kr") == (
        "\ufffd",
        1,
    )


def test_x_user_defined_maps_high_bytes_to_private_use() -> None:
    assert decode_text(b"a\x80\xff", "text/html; charset=x-user-defined") == (
        "a\uf780\uf7ff",
        0,
    )


@pytest.mark.parametrize("label", ["idna", "punycode", "unicode_escape", "utf_7"])
async def test_python_only_codec_from_the_server(server: DemoServer, label: str) -> None:
    """``charset=idna`` raised inside the client (a crash); now it reads as UTF-8."""
    response = await fetch(server, f"/_fault/type?ct=text/html;charset={label}&body=html")
    assert "A complete page." in response.text
    assert response.charset_replacements == 0


def test_an_unknown_meta_label_is_skipped_for_the_next_one() -> None:
    """The HTML pre-scan goes on past a <meta> whose label is no encoding."""
    body = b'<meta charset="unicode_escape"><meta charset="euc-kr">' + CP949
    assert KOREAN_TEXT in decode_text(body, "text/html")[0]
    assert sniff_charset(b'<meta charset="x-nothing"><meta charset="latin2">') == "latin2"
    assert sniff_charset(b'<meta charset="x-nothing">') == "x-nothing"
