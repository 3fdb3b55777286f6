"""URLs parsed as browsers parse them (WHATWG URL Standard), and the link policy on top.

The expected serialisations are what the URL Standard gives (as ``new URL(...).href`` in a
browser), written out by hand from the standard's rules, not produced by the code under test.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from herald_tui.weburl import BadUrl, checked_url, parse_web_url

SITES = frozenset({"en.yna.co.kr", "www.koreaherald.com"})


@pytest.mark.parametrize(
    ("url", "href"),
    [
        # The bypass of issue 14: a backslash ends the authority, so the host is evil.example
        # and everything after it is path; the "@" is then not userinfo at all.
        ("http://evil.example\\@en.yna.co.kr/x", "http://evil.example/@en.yna.co.kr/x"),
        ("https:\\\\evil.example\\x", "https://evil.example/x"),
        ("http:/\\/evil.example/", "http://evil.example/"),
        ("http:evil.example/x", "http://evil.example/x"),  # no slashes: still the authority
        ("https:////en.yna.co.kr", "https://en.yna.co.kr/"),
        ("http:///evil.example/x", "http://evil.example/x"),
        ("HTTPS://EN.YNA.CO.KR/View/A", "https://en.yna.co.kr/View/A"),
        # Tab and newlines are removed anywhere; C0 controls and spaces trimmed at the ends.
        ("ht\ttp://en.y\nna.co.kr/x\r", "http://en.yna.co.kr/x"),
        ("\x00 https://en.yna.co.kr/x \x1f", "https://en.yna.co.kr/x"),
        # Percent-encoded hosts are decoded before they are checked.
        ("http://en%2Eyna%2eco%2Ekr/x", "http://en.yna.co.kr/x"),
        ("http://%65vil.example/", "http://evil.example/"),
        # Ports: the default one disappears, others stay; leading zeros are fine.
        ("https://en.yna.co.kr:443/x", "https://en.yna.co.kr/x"),
        ("http://en.yna.co.kr:80/x", "http://en.yna.co.kr/x"),
        ("http://en.yna.co.kr:0080/", "http://en.yna.co.kr/"),
        ("http://en.yna.co.kr:8080/", "http://en.yna.co.kr:8080/"),
        ("https://en.yna.co.kr:80/", "https://en.yna.co.kr:80/"),
        ("http://en.yna.co.kr:/x", "http://en.yna.co.kr/x"),
        # IPv4 in every form a browser accepts.
        ("http://2130706433/", "http://127.0.0.1/"),
        ("http://0x7f.1/", "http://127.0.0.1/"),
        ("http://0177.0.0.1/", "http://127.0.0.1/"),
        ("http://127.1/", "http://127.0.0.1/"),
        ("http://127.0.0.1./", "http://127.0.0.1/"),
        # IPv6, compressed the standard's way (lower case, first longest zero run).
        ("http://[0:0:0:0:0:0:0:1]/", "http://[::1]/"),
        ("http://[2001:DB8:0:0:1:0:0:1]:8080/", "http://[2001:db8::1:0:0:1]:8080/"),
        ("http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/"),
        ("http://[1:0:1:0:1:0:1:0]/", "http://[1:0:1:0:1:0:1:0]/"),
        # Trailing dot: kept, as browsers keep it.
        ("https://en.yna.co.kr./x", "https://en.yna.co.kr./x"),
        # Non-ASCII hosts are mapped (UTS 46) and punycoded.
        ("https://ｅｎ.yna.co.kr/x", "https://en.yna.co.kr/x"),
        ("http://bücher.example/", "http://xn--bcher-kva.example/"),
        ("http://ＥＮ．yna。co．kr/x", "http://en.yna.co.kr/x"),  # fullwidth and ideographic dots
        ("http://ev\u00adil.ex\u200bample/", "http://evil.example/"),  # mapped away, as UTS 46 says
        ("http://1.2.3/", "http://1.2.0.3/"),
        ("http://%30x7f.1/", "http://127.0.0.1/"),
        ("http://[::1]:80/", "http://[::1]/"),
        # Paths: dot segments (also percent-encoded) resolved, unsafe characters encoded.
        ("http://en.yna.co.kr/a/b/../c/./d", "http://en.yna.co.kr/a/c/d"),
        ("http://en.yna.co.kr/a/%2e%2E/b/.", "http://en.yna.co.kr/b/"),
        ("http://en.yna.co.kr/../../x", "http://en.yna.co.kr/x"),
        ('http://en.yna.co.kr/a b"<>`{}^', "http://en.yna.co.kr/a%20b%22%3C%3E%60%7B%7D%5E"),
        ("http://en.yna.co.kr/한국", "http://en.yna.co.kr/%ED%95%9C%EA%B5%AD"),
        ("http://en.yna.co.kr/100%", "http://en.yna.co.kr/100%"),
        ("http://en.yna.co.kr/x?q=a b'\"<>", "http://en.yna.co.kr/x?q=a%20b%27%22%3C%3E"),
        ("http://en.yna.co.kr/x?a\\b#f g`", "http://en.yna.co.kr/x?a\\b#f%20g%60"),
        ("http://en.yna.co.kr?x", "http://en.yna.co.kr/?x"),
        ("http://en.yna.co.kr#top", "http://en.yna.co.kr/#top"),
        # Each part by its own percent-encode set (nothing to encode: kept as it is).
        ("https://e.kr/a-b_c.d~e!$&()*+,;=:@/", "https://e.kr/a-b_c.d~e!$&()*+,;=:@/"),
        ("https://e.kr/a^b`c{d}?q='x'&r=^`{}", "https://e.kr/a%5Eb%60c%7Bd%7D?q=%27x%27&r=^`{}"),
        ("https://e.kr/#`a'^", "https://e.kr/#%60a'^"),
        ("https://e.kr/a\x7fb?c\x7f#d\x7f", "https://e.kr/a%7Fb?c%7F#d%7F"),
    ],
)
def test_urls_are_parsed_as_browsers_parse_them(url: str, href: str) -> None:
    assert str(parse_web_url(url)) == href


@pytest.mark.parametrize(
    "url",
    [
        "http://user@en.yna.co.kr/",
        "http://user:pass@en.yna.co.kr/",
        "http://@en.yna.co.kr/",
        "http://en.yna.co.kr@evil.example/",
        "http://evil.example%40en.yna.co.kr/",  # a decoded "@" is a forbidden host code point
        "http:///",
        "http://?x",
        "http://",
        "http://:80/",
        "http://en.yna.co.kr:99999/",
        "http://en.yna.co.kr:8o/",
        "http://en.yna.co.kr:80:80/",
        "http://ex%00ample/",
        "http://ex%ffample/",  # not UTF-8
        "http://ex ample/",
        "http://ex<ample/",
        "http://ex^ample/",
        "http://1.2.3.4.5/",
        "http://256.0.0.1/",
        "http://0x100000000/",
        "http://1.2.3.09/",  # 09 is neither octal nor decimal: rejected, not a domain
        "http://foo.0x/x.1/",  # not an IPv4 address, yet it ends in a number
        "http://[::1/",
        "http://[::1%25eth0]/",
        "http://[1:2:3:4:5:6:7:8:9]/",
        "http://[zz::1]/",
        "http://xn--a.example/\ud800",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "//en.yna.co.kr/x",  # relative, with nothing to resolve it against
        "en.yna.co.kr/x",
        "",
    ],
)
def test_what_browsers_refuse_or_credentials_are_refused(url: str) -> None:
    with pytest.raises(BadUrl):
        parse_web_url(url)


def test_the_scheme_of_a_refused_url_is_named() -> None:
    with pytest.raises(BadUrl) as caught:
        parse_web_url("JavaScript:alert(1)")
    assert caught.value.scheme == "javascript"


BASE = parse_web_url("https://en.yna.co.kr/view/a/b?x=1#f")


@pytest.mark.parametrize(
    ("location", "href"),
    [
        ("c", "https://en.yna.co.kr/view/a/c"),
        ("../c", "https://en.yna.co.kr/view/c"),
        ("/c", "https://en.yna.co.kr/c"),
        ("\\c", "https://en.yna.co.kr/c"),
        ("?y=2", "https://en.yna.co.kr/view/a/b?y=2"),
        ("#g", "https://en.yna.co.kr/view/a/b?x=1#g"),
        ("", "https://en.yna.co.kr/view/a/b?x=1"),
        ("//evil.example/x", "https://evil.example/x"),
        ("\\\\evil.example/x", "https://evil.example/x"),
        ("/\\evil.example/x", "https://evil.example/x"),
        ("https:c", "https://en.yna.co.kr/view/a/c"),  # same scheme without //: relative
        ("https:/c", "https://en.yna.co.kr/c"),
        ("http:evil.example", "http://evil.example/"),  # another scheme: absolute
        ("HTTP://EN.YNA.CO.KR:80/x", "http://en.yna.co.kr/x"),
    ],
)
def test_relative_urls_resolve_as_browsers_resolve_them(location: str, href: str) -> None:
    assert str(parse_web_url(location, BASE)) == href


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.example\\@en.yna.co.kr/x",
        "https://en.yna.co.kr.evil.example/",
        "https://evil.example/en.yna.co.kr",
        "https://evil.example#@en.yna.co.kr",
        "https://evil.example?@en.yna.co.kr/",
        "https://en.yna.co.kr@evil.example/",
        "https://en.yna.co.kr:pass@evil.example/",
        "https://en.yna.co.kr/view/a b",
        "https://en.yna.co.kr/view/\x1b]52;c;aGk=\x07",
        "https://en.yna.co.kr/\u202eview",
        "https://en.yna.co.kr/\u2028x",
        "https://en.yna\t.co.kr/",  # a browser would strip it; a link that needs it is a trick
        " https://en.yna.co.kr/",
        "javascript://en.yna.co.kr/%0aalert(1)",
        "--new-window=https://en.yna.co.kr/",
        "https:en.yna.co.kr/x",
        "https:///en.yna.co.kr/x",
        "https:\\\\en.yna.co.kr/x",
        "",
    ],
)
def test_hostile_links_fail_the_link_policy(url: str) -> None:
    with pytest.raises(BadUrl):
        checked_url(url, SITES)


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://en.yna.co.kr/view/AEN1", "https://en.yna.co.kr/view/AEN1"),
        ("HTTPS://WWW.KOREAHERALD.COM/article/1", "https://www.koreaherald.com/article/1"),
        ("https://en.yna.co.kr./view/AEN1", "https://en.yna.co.kr./view/AEN1"),
        ("https://en%2Eyna.co.kr/x", "https://en.yna.co.kr/x"),
        ("https://en.yna.co.kr\\.evil.example/", "https://en.yna.co.kr/.evil.example/"),
        ("https://en.yna.co.kr/한국", "https://en.yna.co.kr/%ED%95%9C%EA%B5%AD"),
    ],
)
def test_links_to_the_sites_pass_re_serialised(url: str, href: str) -> None:
    assert str(checked_url(url, SITES)) == href


def test_a_space_of_any_script_fails_the_link_policy() -> None:
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert "\u3000" in spaces and "\xa0" in spaces
    for space in spaces:
        with pytest.raises(BadUrl):
            checked_url(f"https://en.yna.co.kr/view/a{space}b", SITES)


_PATH_PIECES = st.sampled_from(["/", "a", ".", "..", "%2e", "%2E", "\\", "é", " ", "?", "#", "`"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PATH_PIECES, max_size=8).map("".join))
def test_the_plain_path_shortcut_changes_no_path(path: str) -> None:
    # The shortcut for a path with nothing to resolve or encode must give what the
    # segment-by-segment loop gives, on paths made of exactly what that loop treats apart.
    from herald_tui import weburl

    fast = weburl._after_host("https", "h.example", None, "/" + path, [])
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(weburl, "_plain_path", lambda rest: False)
        slow = weburl._after_host("https", "h.example", None, "/" + path, [])
    assert fast == slow
