"""Text hygiene: nothing that can steer a terminal survives a parser."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from herald_tui.text import (
    _CREDIT_RUN,
    _CREDIT_WORDS,
    _SPACE,
    clean_block,
    clean_line,
    is_safe_url,
    split_credit,
    strip_controls,
)

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


# The credit pattern as first written (an optional "(PHOTO NOT FOR SALE)" group, then the
# credit): the one in use is spelled to start with "(" for speed and must match the same.
_FIRST_CREDIT_RUN = re.compile(
    r"(?P<run>(?:\((?:PHOTO NOT FOR SALE|photo not for sale|NOT FOR SALE)\)\s*)?"
    rf"\((?:{_CREDIT_WORDS})\))\s*$"
)
_CAPTION_PIECES = ["(", ")", " ", "x", ".", "\n", "Yonhap", "(Yonhap)", "(AFP)", "(x)"]
_CAPTION_PIECES += ["(PHOTO NOT FOR SALE)", "(NOT FOR SALE)", "(photo not for sale)", "SALE"]
_CAPTION_PIECES += ["(Courtesy of x)", "(x Photo)", "(Korea Herald)", "Courtesy of "]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=8).map("".join))
def test_split_credit_matches_what_it_first_matched(caption: str) -> None:
    first = _FIRST_CREDIT_RUN.search(caption)
    now = _CREDIT_RUN.search(caption)
    assert (now and (now.span(), now["run"])) == (first and (first.span(), first["run"]))


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


# Issue 14, items 2 and 21: what survived the sanitiser before.
LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
INVISIBLE = (
    ["\u200b", "\u200c", "\u00ad", "\u180e"]
    + [chr(c) for c in range(0x2060, 0x2065)]
    + [chr(c) for c in range(0x206A, 0x2070)]
    + ["\U000e0001", "\U000e0020", "\U000e0041", "\U000e007f"]
    + ["\ufff9", "\ufffa", "\ufffb"]
    + ["\u115f", "\u1160", "\u3164", "\uffa0"]
)


@pytest.mark.parametrize("ch", LONE_SURROGATES + INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_lone_surrogates_and_invisible_characters_are_removed(ch: str) -> None:
    text = f"Se{ch}oul{ch} 2024 {ch}"
    assert strip_controls(text) == "Seoul 2024 "
    assert clean_line(text) == "Seoul 2024"
    assert clean_block(f"{text}\n{ch}") == "Seoul 2024"
    clean_line(text).encode("utf-8")  # what storing or printing does


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_cleaned_text_always_encodes_as_utf8(s: str) -> None:
    for cleaned in (strip_controls(s), clean_line(s), clean_block(s)):
        cleaned.encode("utf-8")
        assert not any(ch in cleaned for ch in INVISIBLE)


def test_zwj_is_kept_inside_emoji_sequences_only() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    rainbow = "\U0001f3f3\ufe0f\u200d\U0001f308"
    coder = "\U0001f469\U0001f3fd\u200d\U0001f4bb"
    for emoji in (family, rainbow, coder):
        assert clean_line(f"a {emoji} b") == f"a {emoji} b"
    assert (
        clean_line("Se\u200doul \u200d\U0001f308 \U0001f308\u200d") == "Seoul \U0001f308 \U0001f308"
    )


def test_emoji_tag_sequence_is_kept_other_tags_dropped() -> None:
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert clean_line(f"flag {scotland} ok") == f"flag {scotland} ok"
    assert clean_line("a\U000e0067\U000e0062\U000e007fb") == "ab"


def test_stacked_combining_marks_are_capped_per_letter() -> None:
    zalgo = "Z" + "\u0301\u0308\u0327\u0330" * 1000 + "ok"
    assert clean_line(zalgo) == "Z\u0301\u0308\u0327\u0330ok"
    assert (
        clean_line("e\u0301 a\u0308\u0304 \u1100\u1161\u11a8")
        == "e\u0301 a\u0308\u0304 \u1100\u1161\u11a8"
    )


def test_sample_news_text_is_unchanged() -> None:
    """Hangul, emoji, curly quotes and accents of the snapshots' sample articles are kept."""
    from herald_tui.model import to_dict
    from tests.tui import sample_news

    for article in sample_news.ARTICLES:
        for value in _strings(to_dict(article)):
            assert strip_controls(value) == value


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def test_is_safe_url_refuses_lone_surrogates_and_invisibles() -> None:
    assert not is_safe_url("https://en.yna.co.kr/view/\ud800")
    assert not is_safe_url("https://en.yna.co.kr/vi\u200bew/x")


@given(st.text(alphabet=st.characters(exclude_categories=())))
def test_whitespace_folding_is_what_split_and_join_give(s: str) -> None:
    """clean_line folds whitespace in place (issue 14, item 10: split() of a 5 MB paragraph
    built a string per word); the result is what splitting and joining gives."""
    assert clean_line(s) == " ".join(strip_controls(s).split())
    assert _SPACE.sub(" ", strip_controls(s)).strip() == " ".join(strip_controls(s).split())
    lines = strip_controls(re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", s)).split("\n")
    folded = [re.sub(r"[^\S\n]+", " ", line).strip() for line in lines]
    assert clean_block(s) == "\n".join(line for line in folded if line)


@given(st.text(alphabet=" \t\n\r\x0b\x0c\x85\u2028\u2029\u00a0\u3000\x1bab", max_size=40))
def test_line_breaks_and_spaces_fold_as_the_rules_say(s: str) -> None:
    """The same oracle on text made of little else than breaks and spaces of every kind."""
    lines = strip_controls(re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", s)).split("\n")
    folded = [re.sub(r"[^\S\n]+", " ", line).strip() for line in lines]
    assert clean_block(s) == "\n".join(line for line in folded if line)


# Printable (str.isprintable) characters that the cleaning still changes or must keep:
# combining marks (capped), Hangul fillers (invisible), a tag-sequence flag, emoji, spaces;
# then a few unprintable ones (ZWJ, a tag character, NBSP, a line break, a control).
_PRINTABLE = " ab\u0301\u0308\u115f\u3164\uffa0\U0001f3f4\U0001f600"
_UNPRINTABLE = "\u200d\U000e0067\xa0\n\x1b"


@given(
    st.text(alphabet=_PRINTABLE, max_size=40)
    | st.text(alphabet=_PRINTABLE + _UNPRINTABLE, max_size=40)
)
def test_printable_text_folds_as_the_rules_say(s: str) -> None:
    """The oracle again, on text that is mostly printable, which takes a shorter way."""
    lines = strip_controls(re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", s)).split("\n")
    folded = [re.sub(r"[^\S\n]+", " ", line).strip() for line in lines]
    assert clean_block(s) == "\n".join(line for line in folded if line)
    assert clean_line(s) == " ".join(strip_controls(s).split())


def test_long_lines_fold_like_short_ones() -> None:
    text = "a \t b\u00a0\u2009c\n\n d  " * 2_000
    assert clean_line(text) == " ".join(text.split())
