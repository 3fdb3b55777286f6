"""URL matching table: which URLs each plugin accepts, their canonical form, and where they
are fetched from when the plugin reads a mirror."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from herald_tui.fetchers.base import _PLAIN_URL, Fetcher
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.yonhap import YonhapFetcher

Y = "https://en.yna.co.kr/view/AEN20240710000351315"
K = "https://www.koreaherald.com/article/10001234"
KV = "https://www.koreaherald.com/view.php?ud=20200826000123"

# (url, canonical URL or None when the plugin must refuse it)
YONHAP = [
    (Y, Y),
    ("https://en.yna.co.kr/view/AEN20240710000351315?section=news&input=rss", Y),
    ("http://en.yna.co.kr/view/AEN20240710000351315", Y),
    ("https://m-en.yna.co.kr/view/AEN20240710000351315?section=nk/index", Y),
    ("//en.yna.co.kr/view/AEN20240710000351315", Y),
    ("https://EN.YNA.CO.KR/view/AEN20240710000351315#top", Y),
    ("https://en.yna.co.kr/view/AEN20240710000351315/", Y),
    ("  https://en.yna.co.kr/view/AEN20240710000351315  ", Y),
    ("https://en.yna.co.kr/news", None),
    ("https://en.yna.co.kr/view/AEN2024071000035131", None),  # one digit short
    ("https://en.yna.co.kr/view/", None),
    ("https://www.yna.co.kr/view/AKR20240710000351315", None),  # Korean edition
    ("https://en.yna.co.kr.evil.example/view/AEN20240710000351315", None),
    ("https://evil.example/en.yna.co.kr/view/AEN20240710000351315", None),
    ("javascript:alert(1)//en.yna.co.kr/view/AEN20240710000351315", None),
    ("ftp://en.yna.co.kr/view/AEN20240710000351315", None),
    (K, None),
    ("", None),
]
KOREAHERALD = [
    (K, K),
    ("https://www.koreaherald.com/article/10001234?ref=rss", K),
    ("http://koreaherald.com/article/10001234", K),
    ("https://m.koreaherald.com/article/10001234", K),
    ("https://news.koreaherald.com/article/10001234", K),
    ("https://nwww.koreaherald.com/article/10001234", K),
    ("https://khnews.heraldcorp.com/article/10001234", K),
    (KV, KV),
    ("https://www.koreaherald.com/view.php?ud=20200826000123&np=1&mp=1", KV),
    ("https://www.koreaherald.com/view.php?np=2&ud=20200826000123", KV),
    ("https://www.koreaherald.com/view.php?ud=/view.php?ud=20200826000123", KV),
    ("https://m.koreaherald.com/view.php?ud=view.php?ud=20200826000123", KV),
    ("http://nwww.koreaherald.com/view.php?ud=/view.php?ud=/view.php?ud=20200826000123", KV),
    ("https://www.koreaherald.com/National", None),
    ("https://www.koreaherald.com/list.php?ct=020100000000&np=2", None),
    ("https://www.koreaherald.com/view.php?ud=", None),
    ("https://biz.heraldcorp.com/article/10001234", None),  # sister site, other layout
    ("https://www.koreaherald.com.evil.example/article/10001234", None),
    ("javascript:alert(1)", None),
    ("data:text/html,<p>/article/1</p>", None),
    (Y, None),
]
CASES = [(YonhapFetcher, url, canonical) for url, canonical in YONHAP] + [
    (KoreaHeraldFetcher, url, canonical) for url, canonical in KOREAHERALD
]


@pytest.mark.parametrize(("plugin", "url", "canonical"), CASES)
def test_suitable_and_canonical(plugin: type, url: str, canonical: str | None) -> None:
    fetcher = plugin()
    assert fetcher.suitable(url) is (canonical is not None)
    if canonical is not None:
        assert fetcher.canonical_url(url) == canonical
        assert fetcher.suitable(canonical) and fetcher.canonical_url(canonical) == canonical


@pytest.mark.parametrize(
    ("plugin", "canonical", "mirrored"),
    [
        (YonhapFetcher, Y, "http://127.0.0.1:8080/yna/view/AEN20240710000351315"),
        (KoreaHeraldFetcher, K, "http://127.0.0.1:8080/kh/article/10001234"),
        (KoreaHeraldFetcher, KV, "http://127.0.0.1:8080/kh/view.php?ud=20200826000123"),
    ],
)
def test_mirror_round_trip(plugin: type, canonical: str, mirrored: str) -> None:
    base = mirrored.split("/")[0] + "//" + "/".join(mirrored.split("/")[2:4])
    fetcher = plugin(base)
    assert fetcher.fetch_url(canonical) == mirrored
    assert fetcher.suitable(mirrored)
    assert fetcher.canonical_url(mirrored) == canonical
    assert "127.0.0.1" in fetcher.allowed_hosts
    # Outside the mirror's prefix, the mirror host is not the site.
    assert not fetcher.suitable("http://127.0.0.1:8080/other/view/AEN20240710000351315")
    # Without a mirror, fetching is from the canonical URL itself.
    assert plugin().fetch_url(canonical) == canonical


def test_mirror_keeps_query_for_fetching() -> None:
    fetcher = YonhapFetcher("http://127.0.0.1:9/yna/")
    assert (
        fetcher.fetch_url("https://m-en.yna.co.kr/view/AEN20240710000351315?section=nk")
        == "http://127.0.0.1:9/yna/view/AEN20240710000351315?section=nk"
    )


@pytest.mark.parametrize(
    ("plugin", "url", "section"),
    [
        (YonhapFetcher, "https://en.yna.co.kr/RSS/news.xml", "news"),
        (YonhapFetcher, "https://en.yna.co.kr/RSS/national.xml", "national"),
        (YonhapFetcher, "https://en.yna.co.kr/nk/index", "nk"),
        (YonhapFetcher, "https://m-en.yna.co.kr/economy-finance/index?site=x", "economy"),
        (YonhapFetcher, "https://en.yna.co.kr/RSS/northkorea.xml", ""),
        (KoreaHeraldFetcher, "https://www.koreaherald.com/rss/kh_LifeCulture", "culture"),
        (KoreaHeraldFetcher, "https://www.koreaherald.com/National?page=3", "national"),
        (KoreaHeraldFetcher, "https://koreaherald.com/rss/newsAll", "all"),
        (KoreaHeraldFetcher, "https://www.koreaherald.com/National/Politics", ""),
        (KoreaHeraldFetcher, "https://example.com/rss/newsAll", ""),
    ],
)
def test_section_for(plugin: type, url: str, section: str) -> None:
    assert plugin().section_for(url) == section


def test_section_for_mirror() -> None:
    fetcher = YonhapFetcher("http://127.0.0.1:8080/yna")
    assert fetcher.section_for("http://127.0.0.1:8080/yna/RSS/national.xml") == "national"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        (
            "//en.yna.co.kr/view/AEN20240709001200315",
            "https://en.yna.co.kr/view/AEN20240709001200315",
        ),
        ("/view/AEN20240709001200315?x=1", "https://en.yna.co.kr/view/AEN20240709001200315"),
        ("//img1.yna.co.kr/a.jpg", "https://img1.yna.co.kr/a.jpg"),
        ("https://youtu.be/X", "https://youtu.be/X"),
        ("javascript:alert(1)", ""),
        ("jav\tascript:alert(1)", ""),
        ("data:text/html,x", ""),
        ("https://x.example/a\x1b]0;b", ""),
        ("", ""),
    ],
)
def test_link(href: str, expected: str) -> None:
    assert YonhapFetcher().link(href) == expected


_HREF_STARTS = ["https://", "http://", "HTTPS://", "//", "", "https:"]
_HREF_HOSTS = ["h.example", "", "[::1]", "h.example:80", "a@h", "é.example", "h\\x"]
_HREF_PIECES = ["/", "?", "#", ";", "[", "]", "a", ":", "%2e", ".", " ", "\t", "é", "\\", "x=1"]
_BASES = ["https://www.koreaherald.com/", "http://127.0.0.1:8080/yna/", "https://h/a/b?c", ""]


@settings(max_examples=1000)
@example("https://", "h.example", "/p#", _BASES[0])  # urljoin drops an empty fragment's "#"
@example("https://", "h.example", "/p?", _BASES[0])  # ... and an empty query's "?"
@example("https://", "h.example", "/p?#a", _BASES[0])
@example("https://", "h.example", "/p;", _BASES[0])  # ... and an empty parameter's ";"
@example("http://", "h.example", "/p#", _BASES[1])
@example("https://", "h.example", "/a\tb", _BASES[0])  # ... and removes tabs
@given(
    st.sampled_from(_HREF_STARTS),
    st.sampled_from(_HREF_HOSTS),
    st.lists(st.sampled_from(_HREF_PIECES), max_size=6).map("".join),
    st.sampled_from(_BASES),
)
def test_links_taken_as_they_are_are_what_urljoin_gives(
    start: str, host: str, tail: str, base: str
) -> None:
    # absolute_url skips urljoin for the links this predicate accepts: urljoin must give
    # them back unchanged, whatever the base.
    from urllib.parse import urljoin

    from herald_tui.fetchers.dom import _plain_absolute

    href = start + host + tail
    if _plain_absolute(href):
        assert urljoin(base, href) == href


_SAFE_STARTS = ["https://", "http://", "HTTP://", "https:/", "https:"]
_SAFE_HOSTS = ["h.example", "H.Example", "a-b.c", "1.2.3.4", "h.0x", "a.1b", "h.", "-", "a..b"]
_SAFE_HOSTS += ["h:443", "h:99999", "a@h", "[::1]", "é.example", "xn--e.example", "h%41", ""]
_SAFE_PIECES = ["/", "?", "#", "\\", "a", "%2e", "..", " ", "\t", "\x7f", "\u202e", "é", "@", ":"]


@settings(max_examples=1500)
@given(
    st.sampled_from(_SAFE_STARTS),
    st.sampled_from(_SAFE_HOSTS),
    st.lists(st.sampled_from(_SAFE_PIECES), max_size=6).map("".join),
)
def test_links_taken_as_plainly_safe_are_safe(start: str, host: str, tail: str) -> None:
    # absolute_url returns the links this pattern matches without parsing them: each must be
    # one that parsing as a browser does accepts.
    from herald_tui.fetchers.dom import _PLAINLY_SAFE
    from herald_tui.text import is_safe_url

    url = start + host + tail
    if _PLAINLY_SAFE.fullmatch(url):
        assert is_safe_url(url)


@pytest.mark.parametrize(
    ("url", "plain"),
    [
        ("https://wimg.heraldcorp.com/news/cms/2026/a_P1.jpg", True),
        ("https://en.yna.co.kr/view/AEN20240709001200315?section=x#top", True),
        ("https://1.2.3.999/a.jpg", False),  # a number: parsed (and refused)
        ("https://h.example:8080/a.jpg", False),  # a port: parsed
        ("https://h.example/a b.jpg", False),
    ],
)
def test_plainly_safe_links(url: str, plain: bool) -> None:
    from herald_tui.fetchers.dom import _PLAINLY_SAFE, absolute_url
    from herald_tui.text import is_safe_url

    assert bool(_PLAINLY_SAFE.fullmatch(url)) is plain
    assert absolute_url(url, "https://www.koreaherald.com/") == (url if is_safe_url(url) else "")


# -- the plain-URL fast path of a plugin's URL reading -------------------------------------
# Fetcher._site_path reads most URLs with one regex match instead of urlsplit (the list's
# stored check puts every listed URL in canonical form). Held here to the urlsplit reading it
# replaced, verbatim, on generated URLs: plain ones, and ones a character away from plain.


def _site_path_by_urlsplit(fetcher: Fetcher, url: str) -> str | None:
    """What Fetcher._site_path answered before the fast path (1ea3009), verbatim."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", ""):
        return None
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    mirror_prefix, mirror_netloc = fetcher._mirror_prefix, fetcher._mirror_netloc
    if mirror_prefix and parts.netloc.lower() == mirror_netloc:
        if not path.startswith(mirror_prefix + "/"):
            return None
        path = path[len(mirror_prefix) :]
    elif host not in fetcher.hosts and parts.netloc.lower() != mirror_netloc:
        return None
    return urlunsplit(("", "", path, parts.query, ""))


FETCHERS = [
    YonhapFetcher(),
    KoreaHeraldFetcher(),
    YonhapFetcher("http://127.0.0.1:8080/yna"),
    KoreaHeraldFetcher("http://LocalHost:8080/kh/"),
    KoreaHeraldFetcher("https://www.koreaherald.com/mirror"),  # a mirror on the site's own host
]
_hosts = sorted({h for f in FETCHERS for h in f.hosts} | {"127.0.0.1:8080", "localhost:8080"})
_odd = " \t\n#?%@:[]\\/.;=&'\"<>^`{|}~\x00\x7f\u00e9\u200b\uac00"
_plain = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "#?")
netlocs = (
    st.sampled_from(_hosts)
    | st.sampled_from(_hosts).map(str.upper)
    | st.text(alphabet=_plain + _odd, max_size=20)
)
paths = st.lists(
    st.sampled_from(["article", "view", "view.php", "kh", "yna", "AEN20240710000351315", ""])
    | st.text(alphabet=_plain + _odd, max_size=12),
    max_size=4,
).map(lambda parts: "/" + "/".join(parts))
queries = st.none() | st.text(alphabet=_plain + "?" + _odd, max_size=20).map(lambda q: "?" + q)
urls = st.builds(
    lambda scheme, sep, netloc, path, query, fragment: (
        f"{scheme}{sep}{netloc}{path}{query or ''}{fragment or ''}"
    ),
    st.sampled_from(["https", "http", "HTTP", "ftp", "", "javascript"]),
    st.sampled_from(["://", ":", "//", ":///", ""]),
    netlocs,
    paths,
    queries,
    st.none() | st.text(alphabet=_plain + _odd, max_size=5).map(lambda f: "#" + f),
)


@given(urls)
@settings(max_examples=1000)
@example("https://www.koreaherald.com/article/10001234")
@example("https://www.koreaherald.com/view.php?ud=20200826000123")
@example("https://www.koreaherald.com/article/1?")
@example("https://WWW.KoreaHerald.com/article/1?a=b?c")
@example("http://127.0.0.1:8080/yna/view/AEN20240710000351315")
@example("https://www.koreaherald.com/mirror/article/1")
@example("https://www.koreaherald.com//article/1")
@example("https://user@www.koreaherald.com/article/1")
def test_a_plugin_reads_a_url_as_urlsplit_did(url: str) -> None:
    for fetcher in FETCHERS:
        assert fetcher._site_path(url) == _site_path_by_urlsplit(fetcher, url), fetcher.base_url


@given(st.sampled_from(FETCHERS), st.sampled_from([Y, K, KV]), queries)
def test_plain_article_urls_take_the_fast_path(fetcher: Fetcher, url: str, query: str) -> None:
    """Canonical URLs, with or without a query, are what the fast path reads: its regex
    matches them (so the property above covers the case the stored check meets)."""
    plain = url + (query or "")
    if all(c in _plain or c == "?" for c in plain) and not plain.endswith("?"):
        assert _PLAIN_URL.fullmatch(plain) is not None
