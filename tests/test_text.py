"""Text hygiene: nothing that can steer a terminal survives a parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herald_tui.text import clean_block, clean_line, is_safe_url, split_credit, strip_controls

DANGEROUS = (
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t"]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
    + ["\u200e", "\u200f", "\u061c"]
)


@given(st.text())
def test_no_dangerous_code_point_survives(s: str) -> None:
    for cleaned in (strip_controls(s), clean_line(s), clean_block(s)):
        assert not any(ch in cleaned for ch in DANGEROUS)


def test_escape_sequences_are_defanged() -> None:
    payload = "title\x1b]0;pwned\x07 \x1b[31mred\x1b[0m \x9b2J \u202eevil"
    assert clean_line(payload) == "title]0;pwned [31mred[0m 2J evil"


def test_clean_line_folds_all_whitespace() -> None:
    assert clean_line("  a\u00a0\u2009b\n\tc  ") == "a b c"


def test_clean_block_keeps_rows() -> None:
    assert (
        clean_block(" KOSPI  2,500\r\n\n KOSDAQ 800 \u2028(MORE) ")
        == "KOSPI 2,500\nKOSDAQ 800\n(MORE)"
    )


def test_hangul_and_emoji_are_kept() -> None:
    assert clean_line("윤석열 대통령 🇰🇷 e\u0301") == "윤석열 대통령 🇰🇷 e\u0301"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Officials meet in Seoul. (Yonhap)", ("Officials meet in Seoul.", "(Yonhap)")),
        ("A rally. (PHOTO NOT FOR SALE) (Yonhap)", ("A rally.", "(PHOTO NOT FOR SALE) (Yonhap)")),
        ("Troops parade. (AFP)", ("Troops parade.", "(AFP)")),
        ("A market. (Korea Herald)", ("A market.", "(Korea Herald)")),
        ("Leaders shake hands. (Reuters)", ("Leaders shake hands.", "(Reuters)")),
        ("A protest. (AP)", ("A protest.", "(AP)")),
        ("A ship. (Newsis)", ("A ship.", "(Newsis)")),
        ("Flooding. (EPA)", ("Flooding.", "(EPA)")),
        ("A missile launch. (KCNA)", ("A missile launch.", "(KCNA)")),
        (
            "A drill. (Courtesy of the Ministry of National Defense)",
            ("A drill.", "(Courtesy of the Ministry of National Defense)"),
        ),
        ("Namsan Tower at dusk (left)", ("Namsan Tower at dusk (left)", "")),
        ("No credit at all", ("No credit at all", "")),
        ("(Yonhap)", ("", "(Yonhap)")),
    ],
)
def test_split_credit(caption: str, expected: tuple[str, str]) -> None:
    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://en.yna.co.kr/view/AEN20240710000300315", True),
        ("http://www.koreaherald.com/article/10001234", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("--flag", False),
        ("https://en.yna.co.kr/\x1b]52;c;aGk=\x07", False),
        ("https://en.yna.co.kr/a b", False),
        ("https:///nohost", False),
        ("", False),
    ],
)
def test_is_safe_url(url: str, ok: bool) -> None:
    assert is_safe_url(url) is ok


def test_is_safe_url_checks_hosts_when_given() -> None:
    hosts = frozenset({"en.yna.co.kr"})
    assert is_safe_url("https://en.yna.co.kr/view/x", hosts)
    assert not is_safe_url("https://evil.example/view/x", hosts)
