"""The article parse without the header's navigation (:mod:`herald_tui.fetchers.region`) gives
exactly what the full parse gives: on every fixture article of both sites, grown to a real
page's size, and on those pages mutated (classes and ids rewritten as a redesign does,
regions removed, tags left open, markers duplicated, anything inserted anywhere). The
expected value is the full parse of the same page, the path every page took before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.bench_parse import realistic_page
from herald_tui.fetchers import dom, region
from herald_tui.fetchers.base import Fetcher
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.model import Article
from tests.faultsite.redesign import Renamer
from tests.fetchers.test_fixtures import ARTICLES, _canonical_url, _case, _ids

FIXTURES = Path(__file__).parent.parent / "fixtures"
KH = KoreaHeraldFetcher()
YNA = YonhapFetcher()
KH_URL = "https://www.koreaherald.com/article/10655302"
YNA_URL = "https://en.yna.co.kr/view/AEN20250717003400315"
SITES = {"koreaherald": ("www.koreaherald.com", 105_000), "yonhap": ("en.yna.co.kr", 75_000)}


def _grown(path: Path) -> str | None:
    """The fixture page with a real page's furniture (the benchmark's), when it has a body."""
    html = path.read_text("utf-8")
    if "<body" not in html or "</head>" not in html or "</body>" not in html:
        return None
    host, size = SITES[path.parent.name]
    return realistic_page(f"{path.parent.name}/{path.name}", host, size)


GROWN = [(p, page) for p in ARTICLES if (page := _grown(p)) is not None]


class _Paths:
    """Which path each parse took: the short page (True) or the whole one (False)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.taken: list[bool] = []
        self.parses: list[int] = []
        short, parse = region._read_short, dom.parse_html

        def spy_short(*args: Any) -> Article | None:
            found = short(*args)
            self.taken.append(found is not None)
            return found

        def spy_parse(html: str) -> dom.Tree:
            self.parses.append(len(html))
            return parse(html)

        monkeypatch.setattr(region, "_read_short", spy_short)
        monkeypatch.setattr(region, "parse_html", spy_parse)


@pytest.fixture
def paths(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Paths]:
    yield _Paths(monkeypatch)


def _outcome(fetcher: Fetcher, html: str, url: str) -> Article | str:
    try:
        return fetcher._parse_article(html, url)
    except Exception as e:  # the same error either way
        return f"{type(e).__name__}: {e}"


def _full(fetcher: Fetcher, html: str, url: str) -> Article | str:
    """The full parse: the path without the region module's cut."""
    saved = region._cut
    region._cut = lambda html: None
    try:
        return _outcome(fetcher, html, url)
    finally:
        region._cut = saved


def _same(fetcher: Fetcher, html: str, url: str) -> bool:
    """Whether the page's parse equals its full parse (asserted); True when the short path
    gave it."""
    taken: list[bool] = []
    short = region._read_short

    def spy(*args: Any) -> Article | None:
        found = short(*args)
        taken.append(found is not None)
        return found

    setattr(region, "_read_short", spy)  # noqa: B010 - restored below
    try:
        got = _outcome(fetcher, html, url)
    finally:
        region._read_short = short
    assert got == _full(fetcher, html, url)
    return any(taken)


def _site(path: Path) -> tuple[Fetcher, str]:
    fetcher, html, url = _case(path, ".html")
    return fetcher, url or _canonical_url(fetcher, html)


def test_real_size_pages_are_the_same_and_most_are_read_short() -> None:
    short = {path.name: _same(*_site(path)[:1], page, _site(path)[1]) for path, page in GROWN}
    # Those left to the full parse: a section or subheadline a search may find in the
    # header (the navigation's current entry), a body the rules do not find, no header.
    assert sum(short.values()) >= 2 * len(short) // 3, short


def test_every_site_has_real_size_fixtures() -> None:
    # The property below is only as good as the pages it runs on.
    assert {p.parent.name for p, _ in GROWN} == {"koreaherald", "yonhap"}
    assert len(GROWN) >= 20


def test_the_benchmark_pages_take_the_short_path_with_one_small_parse(paths: _Paths) -> None:
    kh = realistic_page("koreaherald/current_photos.html", "www.koreaherald.com", 105_000)
    yna = realistic_page("yonhap/standard_byline_photo.html", "en.yna.co.kr", 75_000)
    KH._parse_article(kh, KH_URL)
    YNA._parse_article(yna, YNA_URL)
    assert paths.taken == [True, True]
    assert len(paths.parses) == 2
    assert paths.parses[0] < len(kh) // 4 and paths.parses[1] < len(yna) // 2


@pytest.mark.parametrize(("path", "page"), GROWN, ids=_ids([p for p, _ in GROWN]))
def test_a_redesigned_page_is_the_same(path: Path, page: str) -> None:
    fetcher, url = _site(path)
    _same(fetcher, Renamer().page(page), url)
    # Classes and ids rewritten, but not the header's: the short path still runs.
    renamer = Renamer()
    renamer.tokens["header"] = "header"
    _same(fetcher, renamer.page(page), url)


# What the mutations insert: everything the checks are there for, and what a site's rules
# look for elsewhere on the page.
SNIPPETS = [
    '<div class="news_title_area"><a class="category" href="/x">Fake section</a></div>',
    '<h2 class="news_title_sub">Fake subheadline</h2>',
    "<h1>Fake headline</h1>",
    '<a class="CATEGORY" href="/y">Fake</a>',
    '<ul class="gnb"><li class="on">Fake section</li></ul>',
    '<meta property="article:section" content="Fake">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Fake"}</script>',
    '<article id="articleText"><p>Fake body paragraph, long enough to be one.</p></article>',
    '<article class="story-news"><p>Fake body paragraph, long enough to be one.</p></article>',
    '<header class="title-article01"><h1 class="tit">Fake</h1></header>',
    '<div class="keyword-zone01"><div class="list"><a href="/k">#Fake</a></div></div>',
    '<span class="news&#95;title&#95;sub">x</span>',
    '<h2 class="news&lowbar;title&lowbar;sub">Fake</h2>',
    "<!-- ",
    " -->",
    "<script>",
    "<script>var a = '<!--';</script>",
    "</script>",
    '<script src="/ad.js"></script >',
    "<table><tr><td>",
    "<b>",
    "<i>",
    '<a href="/open">',
    "<a\nhref='/odd'>",
    "</a>",
    "<div>",
    "</div>",
    "<li>",
    "<p>",
    "</p>",
    "<select>",
    "<textarea>",
    "<title>",
    "<svg>",
    "<template>",
    "<noscript>",
    "<iframe>",
    "<body class='other'>",
    '<img src="/x.jpg">',
    "<br>",
    "</br>",
    "<input>",
    "</ x>",
    "<header>",
    "</header>",
    '<header id="header"></header>',
    "<",
    '"',
    "'",
    "&",
    "<A HREF='/upper'>",
    '<header data-x="a>b">',
]


def _mutations(page: str) -> Iterator[str]:
    """The page with each snippet at a few places: the start and the middle of the header,
    just before its end, just after it, inside the head and at the start of the body."""
    header = page.find("<header")
    inner = page.find(">", header) + 1
    end = page.find("</header>", inner)
    places = sorted({inner, (inner + end) // 2, end, end + len("</header>"), page.find("</head>")})
    for snippet in SNIPPETS:
        for at in places:
            yield page[:at] + snippet + page[at:]


KH_PAGE = realistic_page("koreaherald/current_photos.html", "www.koreaherald.com", 105_000)
YNA_PAGE = realistic_page("yonhap/standard_byline_photo.html", "en.yna.co.kr", 75_000)


@pytest.mark.parametrize(
    ("fetcher", "page", "url"),
    [(KH, KH_PAGE, KH_URL), (YNA, YNA_PAGE, YNA_URL)],
    ids=["koreaherald", "yonhap"],
)
def test_mutated_pages_are_the_same(fetcher: Fetcher, page: str, url: str) -> None:
    short = [_same(fetcher, mutated, url) for mutated in _mutations(page)]
    # Both paths are exercised: many mutations leave the short path open, many close it.
    assert 0.1 < sum(short) / len(short) < 0.9


def _removed(page: str, start: str, end: str) -> str:
    at = page.find(start)
    stop = page.find(end, at)
    return page if at < 0 or stop < 0 else page[:at] + page[stop + len(end) :]


@pytest.mark.parametrize(
    ("fetcher", "page", "url"),
    [(KH, KH_PAGE, KH_URL), (YNA, YNA_PAGE, YNA_URL)],
    ids=["koreaherald", "yonhap"],
)
def test_pages_with_regions_removed_are_the_same(fetcher: Fetcher, page: str, url: str) -> None:
    cuts = [
        ('<div class="news_title_area">', "</div>"),
        ('<article class="article-body"', "</article>"),
        ('<article class="story-news"', "</article>"),
        ('<header class="title-article01">', "</header>"),
        ('<script type="application/ld+json">', "</script>"),
        ('<meta property="og:title"', ">"),
        ("<head>", "</head>"),
        ("</header>", "</header>"),
        ("<footer", "</footer>"),
        ("</article>", "</article>"),
        ("</nav>", "</nav>"),
    ]
    for start, end in cuts:
        _same(fetcher, _removed(page, start, end), url)
    # Every metadata element gone from the head: the page's own are read from anywhere.
    bare = page.replace('<meta property="', '<meta data-x="').replace("ld+json", "ld-json")
    _same(fetcher, bare, url)


@pytest.mark.parametrize(
    ("fetcher", "page", "url"),
    [(KH, KH_PAGE, KH_URL), (YNA, YNA_PAGE, YNA_URL)],
    ids=["koreaherald", "yonhap"],
)
@pytest.mark.parametrize("mark", ["'", '"', "='", '="'])
def test_a_quote_opened_in_the_header_markup_is_the_same(
    fetcher: Fetcher, page: str, url: str, mark: str
) -> None:
    """A quotation mark typed inside a tag of the navigation ('<li class=\'"depth02">')
    opens a value that runs on past the header, over the article, in the whole page: the
    page without the header must not read better than the whole page does. (Found by the
    property below on the Yonhap page.)"""
    header = page.find("<header", page.find("<body"))
    middle = page.find(' class="', (header + page.find("</header>", header)) // 2)
    at = middle + len(" class=")
    _same(fetcher, page[:at] + mark + page[at:], url)
    _same(fetcher, page[: middle + 1] + mark + page[middle + 1 :], url)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([(KH, KH_PAGE, KH_URL), (YNA, YNA_PAGE, YNA_URL)]),
    st.floats(0, 1),
    st.sampled_from(SNIPPETS),
    st.integers(1, 3),
)
def test_a_snippet_anywhere_gives_the_same(
    case: tuple[Fetcher, str, str], where: float, snippet: str, times: int
) -> None:
    fetcher, page, url = case
    at = int(where * len(page))
    _same(fetcher, page[:at] + snippet * times + page[at:], url)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([(KH, KH_PAGE, KH_URL), (YNA, YNA_PAGE, YNA_URL)]), st.data())
def test_a_tag_left_open_or_doubled_gives_the_same(
    case: tuple[Fetcher, str, str], data: st.DataObject
) -> None:
    """An end tag removed (an element left open) or a start tag doubled, anywhere."""
    fetcher, page, url = case
    ends = [i for i in range(len(page)) if page.startswith("</", i)][::7]
    at = data.draw(st.sampled_from(ends))
    stop = page.find(">", at) + 1
    if data.draw(st.booleans()):
        mutated = page[:at] + page[stop:]
    else:
        start = page.rfind("<", 0, at - 1)
        mutated = page[:start] + page[start:stop] * 2 + page[stop:]
    _same(fetcher, mutated, url)


def test_a_hostile_short_page_is_decided_by_the_whole_one(paths: _Paths) -> None:
    """A page whose shortened form the pre-scan refuses: the whole page decides, in one more
    parse at most."""
    deep = "<div>" * 5_000
    page = KH_PAGE.replace("</header>", "</header>" + deep, 1)
    assert isinstance(_outcome(KH, page, KH_URL), str)  # refused, as the full parse refuses
    assert len(paths.parses) <= 2


def test_the_generic_extractor_and_list_pages_are_untouched(paths: _Paths) -> None:
    # A body the site's rules did not find: the full parse reads it (the generic extractor
    # reads the whole page).
    page = KH_PAGE.replace('id="articleText"', 'id="elsewhere"')
    assert _same(KH, page, KH_URL) is False
    # List pages never go through the region module.
    lists = sorted((FIXTURES / "koreaherald").glob("*.list.html"))
    KH.parse_list(lists[0].read_text("utf-8"), "https://www.koreaherald.com/National")
    assert paths.taken == [False]


@pytest.mark.parametrize(
    ("gap", "inert"),
    [
        (b'<ul><li><a href="/a">A</a></li></ul>', True),
        (b"plain text only", True),
        (b'<div class="x"><img src="/a.jpg"><br><input></div>', True),
        (b'<div><script async src="/ad.js"></script></div>', True),
        (b"<div><ul><li>", True),  # left open: the header's end tag closes them
        (b'<a href="/a">A', False),  # an <a> left open is re-opened after the header
        (b'<a href="/a">A</a><a href="/b">', False),
        (b"<b>bold</b>", False),  # formatting elements: barred
        (b"<!-- comment -->", False),
        (b"<script>if (a<!--b) {}</script>", False),
        (b"<script>x</script", False),
        (b"<table></table>", False),
        (b"<p>&#97;</p>", False),
        (b"<p>&lowbar;</p>", False),
        (b"</ x>", False),
        (b'<a href="/a" title="x', False),  # the last tag would swallow the header's end
    ],
)
def test_what_is_inert(gap: bytes, inert: bool) -> None:
    plain = region._without_scripts(gap)
    assert (plain is not None and region._inert(gap, plain)) is inert


def test_a_header_in_many_kinds_of_element_goes_to_the_full_parse(paths: _Paths) -> None:
    # Each name around the header costs a search of the gap: a hostile page is not searched
    # for each of its hundreds, it is parsed whole (once more at most).
    opened = "".join(f"<x-{n}>" for n in range(40))
    page = KH_PAGE.replace("<header", opened + "<header", 1)
    assert _same(KH, page, KH_URL) is False
    assert len(paths.parses) <= 3  # the short parse and the whole one; then _full's


@pytest.mark.parametrize(
    ("gap", "stays"),
    [
        (b"<div></div><ul></ul>", True),
        (b"<ul></ul></div><div>", False),  # closes the wrapper (and the header) early
        (b"</section>", True),  # no section around the header: ignored
    ],
)
def test_an_end_tag_must_not_close_the_header_early(gap: bytes, stays: bool) -> None:
    tree = dom.parse_html("<body><div class=wrap><header></header></div></body>")
    header = tree.css_first("header")
    assert header is not None
    assert region._stays_open(header, gap) is stays


@pytest.mark.parametrize(
    ("selector", "gap", "misses"),
    [
        ("h2.news_title_sub", b'<h2 class="other">', True),  # one word of the compound absent
        ("h2.news_title_sub", b'<h2 class="news_title_sub">', False),
        ("h2.news_title_sub", b'<H2 CLASS="NEWS_TITLE_SUB">'.lower(), False),
        # Only the last compound: a gap's element is an ancestor of gap elements alone.
        (".news_title_area a.category", b'<div class="news_title_area"><a>', True),
        (".news_title_area a.category", b'<div class="news_title_area"><a class=category>', False),
        ("ul.gnb .on", b'<ul class="gnb"><li class="on">', False),
        ("meta[content]", b"<div>", True),
        ("meta[content]", b"<meta content=x>", False),
        ("article:first-child", b"<div>", False),  # pseudo-classes are not judged
        ("*", b"<div>", False),
        ("a, h1", b'<a href="/">', False),
        ("h2, h1", b'<a href="/">', True),
    ],
)
def test_what_a_search_cannot_match(selector: str, gap: bytes, misses: bool) -> None:
    assert region._cannot_match(selector, gap) is misses


def test_a_header_that_is_no_element_is_not_cut() -> None:
    """A "<header>" inside a script's text (or a comment, or an attribute): what is left out
    would be text the rules read. Here a JSON-LD headline holds it, read only from the page
    whose head has none (the Korea Herald's rules take the headline from there)."""
    fetcher, url = KH, KH_URL
    bare = KH_PAGE.replace("ld+json", "ld-json")
    filler = "word " * 2_000
    script = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        f'"headline":"<header>{filler}</header>"}}</script>'
    )
    at = bare.find(">", bare.find("<body")) + 1
    mutated = bare[:at] + script + bare[at:]  # the navigation's header after it
    assert "word word" in str(_full(fetcher, mutated, url))
    assert _same(fetcher, mutated, url) is False


@pytest.mark.parametrize(
    ("fetcher", "page", "url"),
    [(KH, KH_PAGE, KH_URL), (YNA, YNA_PAGE, YNA_URL)],
    ids=["koreaherald", "yonhap"],
)
def test_odd_header_tags_are_the_same(fetcher: Fetcher, page: str, url: str) -> None:
    for opening in ('<header id="header" data-x="a>b">', "<header id='x\">", "<HEADER>"):
        _same(fetcher, page.replace('<header id="header">', opening, 1), url)
    _same(fetcher, page.replace("</header>", "</HEADER>", 1), url)
    _same(fetcher, page.replace("</header>", "", 1), url)
