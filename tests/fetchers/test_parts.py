"""The shared pieces, on minimal snippets: dates, feeds, metadata, text, the body rules of
each site, the generic parser and revision folding."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime

import pytest

from herald_tui.fetchers.body import Body, split_names
from herald_tui.fetchers.dates import KST, parse_iso, parse_printed, parse_rfc822
from herald_tui.fetchers.dom import block_text, line_text, parse_html
from herald_tui.fetchers.feeds import FeedError, FeedItem, rss_items
from herald_tui.fetchers.koreaherald import KoreaHeraldFetcher
from herald_tui.fetchers.meta import PageMeta
from herald_tui.fetchers.yonhap import YonhapFetcher, story_of
from herald_tui.model import Headline, Photo
from tests.fetchers.conftest import PLUGINS

UTC = UTC


# --- dates ------------------------------------------------------------------------------------


def test_rfc822_offsets_both_forms() -> None:
    expected = datetime(2025, 11, 17, 21, 44, 23, tzinfo=KST)
    assert parse_rfc822("Mon, 17 Nov 2025 21:44:23 +09:00") == expected
    assert parse_rfc822("Mon, 17 Nov 2025 21:44:23 +0900") == expected
    assert parse_rfc822("Mon, 17 Nov 2025 12:44:23 GMT") == expected
    assert parse_rfc822("17 Nov 2025 21:44 +0900") == expected.replace(second=0)
    assert parse_rfc822("Mon, 17 Nov 2025 21:44:23") == expected  # no zone: KST
    # The trap the spec warns about: the standard library drops the colon form's offset.
    assert email.utils.parsedate_to_datetime("Mon, 17 Nov 2025 21:44:23 +09:00").tzinfo is None


@pytest.mark.parametrize(
    "text", ["", "yesterday", "Mon, 31 Feb 2025 10:00:00 +0900", "32 Jan 2025 1:00"]
)
def test_rfc822_unreadable_is_none(text: str) -> None:
    assert parse_rfc822(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published : Aug 26, 2020 - 15:44", datetime(2020, 8, 26, 15, 44, tzinfo=KST)),
        ("Jan. 23, 2025", datetime(2025, 1, 23, tzinfo=KST)),
        ("Sept. 4, 2023", datetime(2023, 9, 4, tzinfo=KST)),
        ("March 2, 2022", datetime(2022, 3, 2, tzinfo=KST)),
        ("All News 15:29 April 19, 2023", datetime(2023, 4, 19, 15, 29, tzinfo=KST)),
        ("August 07, 2019", datetime(2019, 8, 7, tzinfo=KST)),
        ("Feb. 30, 2024", None),
        ("no date here", None),
    ],
)
def test_printed_dates(text: str, expected: datetime | None) -> None:
    assert parse_printed(text) == expected


def test_iso_without_offset_is_kst() -> None:
    assert parse_iso("2025-01-23T09:28:00") == datetime(2025, 1, 23, 9, 28, tzinfo=KST)
    assert parse_iso("2025-01-23T00:28:00Z") == datetime(2025, 1, 23, 0, 28, tzinfo=UTC)
    assert parse_iso("2025-01-23") == datetime(2025, 1, 23, tzinfo=KST)
    assert parse_iso("soon") is None and parse_iso(" ") is None


# --- feeds ------------------------------------------------------------------------------------

YONHAP_FEED = """<?xml version='1.0' encoding='utf8'?>
<rss version="2.0"><channel><title>YonhapNews</title>
<lastBuilldDate>Wed, 10 Jul 2024 09:49:01 +0900</lastBuilldDate>
<item><guid>AEN20240710000351315</guid>
<title>(LEAD) Talks 'difficult but necessary': minister</title>
<link>https://en.yna.co.kr/view/AEN20240710000351315?section=news&amp;input=rss</link>
<description>SEOUL, July 10 (Yonhap) -- First sentence.
</description><pubDate>Wed, 10 Jul 2024 09:28:11 +0900</pubDate></item>
<item><title>No link, skipped</title></item>
<item><guid>bogus</guid><title>Guid without an id</title>
<link>https://m-en.yna.co.kr/view/AEN20240710000200325</link></item>
</channel></rss>"""


def test_yonhap_feed_from_bytes_with_utf8_declaration() -> None:
    headlines = YonhapFetcher().parse_feed(
        YONHAP_FEED.encode(), "https://en.yna.co.kr/RSS/news.xml"
    )
    assert headlines == [
        Headline(
            url="https://en.yna.co.kr/view/AEN20240710000351315",
            title="(LEAD) Talks 'difficult but necessary': minister",
            source="yonhap",
            section="news",
            published=datetime(2024, 7, 10, 9, 28, 11, tzinfo=KST),
            summary="SEOUL, July 10 (Yonhap) -- First sentence.",
            story_id="AEN20240710000300315",
            revision=51,
        ),
        Headline(
            url="https://en.yna.co.kr/view/AEN20240710000200325",
            title="Guid without an id",
            source="yonhap",
            section="news",
            story_id="AEN20240710000200325",
        ),
    ]


def test_broken_feed_is_read_leniently() -> None:
    broken = YONHAP_FEED.replace("&amp;input", "&input").replace("</channel></rss>", "")
    broken = broken.replace("Talks 'difficult", "Talks & 'difficult")
    strict = rss_items(YONHAP_FEED)
    lenient = rss_items(broken)
    assert [i.link for i in lenient] == [i.link for i in strict]
    assert lenient[0].title == "(LEAD) Talks & 'difficult but necessary': minister"
    # A truncated feed keeps the items before the cut.
    assert rss_items(YONHAP_FEED[: YONHAP_FEED.index("<item><title>No link")])[0].guid == (
        "AEN20240710000351315"
    )


def test_cdata_and_entities_in_lenient_mode() -> None:
    body = "<rss><channel><item><title><![CDATA[A &amp; <b>B</b>]]></title><link>x&amp;y</link>"
    assert rss_items(body) == [FeedItem(title="A &amp; <b>B</b>", link="x&y")]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("<html><body>Service unavailable</body></html>", "not an RSS feed"),
        ("<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "not an RSS feed"),
        ('<!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>', "declares XML entities"),
        ("", "not an RSS feed"),
    ],
)
def test_not_a_feed(body: str, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        rss_items(body)


def test_empty_channel_is_no_headlines() -> None:
    empty = "<rss><channel><title>x</title></channel></rss>"
    assert KoreaHeraldFetcher().parse_feed(empty, "https://www.koreaherald.com/rss/Business") == []


def test_korea_herald_feed_item() -> None:
    feed = """<rss><channel><item>
    <title><![CDATA[Korea&#8217;s &quot;hub&quot; &#27;[2J]]></title>
    <link>https://www.koreaherald.com/view.php?ud=/view.php?ud=20230101000123</link>
    <description><![CDATA[<p>Seoul&rsquo;s <b>share</b> &amp; more.</p><p>Second.</p>]]>
    </description>
    <pubDate>Mon, 17 Nov 2025 21:44:23 +09:00</pubDate></item></channel></rss>"""
    (headline,) = KoreaHeraldFetcher().parse_feed(feed, "https://www.koreaherald.com/rss/kh_World")
    assert headline.title == 'Korea’s "hub" [2J'
    assert headline.url == "https://www.koreaherald.com/view.php?ud=20230101000123"
    assert headline.summary == "Seoul’s share & more. Second."
    assert headline.section == "world" and headline.story_id == ""
    assert headline.published == datetime(2025, 11, 17, 21, 44, 23, tzinfo=KST)


# --- lists ------------------------------------------------------------------------------------


def test_yonhap_list_item() -> None:
    page = """<div class="smain-list-type01"><ul><li><article>
    <figure class="img-cover"><a href="#"><img src="//img1.yna.co.kr/t.jpg"></a></figure>
    <div class="txt-con"><h2 class="tit">
    <a href="//en.yna.co.kr/view/AEN20240710000352315?section=nk/index">(2nd LD) Title</a></h2>
    <span class="lead">SEOUL, July 10 (Yonhap) -- Lead...</span></div></article></li>
    <li><article><div class="txt-con">
    <h2 class="tit"><a href="javascript:x">Bad link</a></h2></div></article></li>
    </ul></div>
    <ul><li><article><a href="//en.yna.co.kr/view/AEN20240708006100315">Liked</a></article>
    </li></ul>"""
    (headline,) = YonhapFetcher().parse_list(page, "https://en.yna.co.kr/nk/index")
    assert headline == Headline(
        url="https://en.yna.co.kr/view/AEN20240710000352315",
        title="(2nd LD) Title",
        source="yonhap",
        section="nk",
        published=datetime(2024, 7, 10, tzinfo=KST),
        summary="SEOUL, July 10 (Yonhap) -- Lead...",
        thumbnail="https://img1.yna.co.kr/t.jpg",
        story_id="AEN20240710000300315",
        revision=52,
    )


def test_korea_herald_list_item() -> None:
    page = """<article class="recent_news"><ul class="news_list"><li><a href="/article/10001234">
    <div class="news_img"><img src="https://wimg.heraldcorp.com/t.jpg?type=w&amp;w=640"></div>
    <p class="news_title">Title</p><span class="date">Sept. 4, 2023</span></a></li></ul></article>
    <div class="popular"><ul class="news_list">
    <li><a href="/article/1">Popular</a></li></ul></div>"""
    (headline,) = KoreaHeraldFetcher().parse_list(page, "https://www.koreaherald.com/World?page=2")
    assert headline.url == "https://www.koreaherald.com/article/10001234"
    assert headline.thumbnail == "https://wimg.heraldcorp.com/t.jpg?type=w&w=640"
    assert headline.published == datetime(2023, 9, 4, tzinfo=KST)
    assert (headline.section, headline.summary) == ("world", "")


# --- text and metadata -----------------------------------------------------------------------


def test_text_is_clean_after_entity_decoding() -> None:
    tree = parse_html(
        "<p id=a>A&#27;[31mB &#x202E;C&#155;<br>D<script>alert('x')</script><b>E</b></p>"
    )
    node = tree.css_first("#a")
    assert block_text(node) == "A[31mB C›\nDE"
    assert line_text(node) == "A[31mB C› DE"


def test_meta_survives_invalid_json_ld() -> None:
    tree = parse_html(
        '<meta property="og:title" content="T &#27;x"><meta name="author" content="홍길동">'
        '<script type="application/ld+json">{"@type": "Person", // comment\n}</script>'
        '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
        '<script type="application/ld+json">{"@graph": [{"@type": ["NewsArticle"], '
        '"headline": "H"}]}</script>'
    )
    meta = PageMeta(tree)
    assert meta.get("og:title") == "T x" and meta.get("author") == "홍길동"
    assert meta.news_article()["headline"] == "H"


# --- Yonhap rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AEN20240710000351315", ("AEN20240710000300315", 51)),
        ("https://en.yna.co.kr/view/AEN20240710000300315?x", ("AEN20240710000300315", 0)),
        ("body-AEN20240710000352320 page-view", ("AEN20240710000300320", 52)),
        ("no id", ("", 0)),
    ],
)
def test_story_of(text: str, expected: tuple[str, int]) -> None:
    assert story_of(text) == expected


def _yonhap(body: str, headline: str = "Headline") -> object:
    page = (
        f'<header class="title-article01"><h1 class="tit">{headline}</h1></header>'
        f'<article class="story-news">{body}</article>'
    )
    return YonhapFetcher().parse_article(page, "https://en.yna.co.kr/view/AEN20240710000300315")


def test_yonhap_byline_rules() -> None:
    article = _yonhap("<p>By the end of the year, prices rose.</p><p>x@yna.co.kr</p>")
    assert article.authors == () and article.paragraphs == ("By the end of the year, prices rose.",)  # type: ignore[attr-defined]
    article = _yonhap("<p>(ATTN: ADDS)<br>By Kim A, Lee B and Park C</p><p>Text.(END)</p>")
    assert article.authors == ("Kim A", "Lee B", "Park C")  # type: ignore[attr-defined]
    assert article.paragraphs == ("Text.",) and article.email == ""  # type: ignore[attr-defined]


def test_yonhap_placeholder_alt_only_for_this_headline() -> None:
    photo = (
        '<div class="comp-box photo-group"><figure class="image-zone">'
        '<img src="//i/a.jpg" alt="{}"></figure></div>'
    )
    article = _yonhap("<p>One.</p>" + photo.format("(2nd LD) Headline - 3"), "(LEAD) Headline")
    assert article.photos == (Photo("https://i/a.jpg", "", "", 1),)  # type: ignore[attr-defined]
    article = _yonhap(photo.format("Rescue teams on the coast - 1 (Yonhap)"), "Headline")
    assert article.photos[0].caption == "Rescue teams on the coast - 1"  # type: ignore[attr-defined]


# --- Korea Herald rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "authors", "email", "kept"),
    [
        ("Kim Example (kim@heraldcorp.com)", ("Kim Example",), "kim@heraldcorp.com", False),
        ("By Kim A and Lee B (ab@heraldcorp.com)", ("Kim A", "Lee B"), "ab@heraldcorp.com", False),
        ("(kim@heraldcorp.com)", (), "kim@heraldcorp.com", False),
        ("The talks ended without a deal (see kim@heraldcorp.com)", (), "", True),
        ("Officials met in Seoul (Yonhap)", (), "", True),
    ],
)
def test_korea_herald_sign_off(last: str, authors: tuple[str, ...], email: str, kept: bool) -> None:
    page = f'<article id="articleText"><p>Body text.</p><p>{last}</p></article>'
    article = KoreaHeraldFetcher().parse_article(page, "https://www.koreaherald.com/article/1")
    assert (article.authors, article.email) == (authors, email)
    assert len(article.paragraphs) == (2 if kept else 1)


def test_korea_herald_old_layout_breaks() -> None:
    page = """<h1 class="view_tit">Old</h1><div id="articleText"><div class="view_con_t">
    First<br>line two<br> <br>Second <b>bold</b><br><br><br>Third
    <table><tr><td><img src="//res.heraldm.com/p.jpg"></td></tr><tr><td>
    <div class="view_con_caption">A view (Herald DB)</div></td></tr></table>Fourth</div></div>"""
    article = KoreaHeraldFetcher().parse_article(page, "https://www.koreaherald.com/view.php?ud=1")
    assert article.paragraphs == ("First\nline two", "Second bold", "Third", "Fourth")
    assert article.photos == (Photo("https://res.heraldm.com/p.jpg", "A view", "(Herald DB)", 3),)


# --- generic ----------------------------------------------------------------------------------


def test_generic_takes_the_densest_block() -> None:
    long = "A sentence long enough to count as a paragraph of real body text."
    page = f"""<title>Story - The Korea Herald</title>
    <nav><p>{long}</p></nav>
    <div class="side"><p>{long}</p></div>
    <div class="main"><p>{long} One.</p><p>Short one.</p><p><a href="/x">Read more</a></p>
    <p>Share</p><p>{long} Two.</p></div>"""
    article = KoreaHeraldFetcher().parse_article(page, "https://www.koreaherald.com/article/2")
    assert article.fallback and article.headline == "Story"
    assert article.paragraphs == (f"{long} One.", "Short one.", f"{long} Two.")


def test_not_an_article() -> None:
    from herald_tui.fetchers.base import ParseError

    with pytest.raises(ParseError, match="not an article"):
        KoreaHeraldFetcher().parse_article("<ul><li>x</li></ul>", "https://www.koreaherald.com/")


# --- body and names ---------------------------------------------------------------------------


def test_body_drop_moves_media_up() -> None:
    body = Body()
    body.paragraph("By X")
    body.photo("https://a/p.jpg", "Cap (Yonhap)")
    body.paragraph("One")
    body.video("https://a/v", " Title ")
    body.paragraph("")
    body.drop(0)
    assert body.paragraphs == ["One"]
    assert [p.paragraph for p in body.photos] == [0]
    assert [(v.title, v.paragraph) for v in body.videos] == [("Title", 1)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kim Hyo-jin and Lee Min-ho", ["Kim Hyo-jin", "Lee Min-ho"]),
        ("Kim A, Lee B, and Park C", ["Kim A", "Lee B", "Park C"]),
        ("홍길동", ["홍길동"]),
        ("the end of the year, prices rose", []),
        ("Kim Example and 3 others", []),
    ],
)
def test_split_names(text: str, names: list[str]) -> None:
    assert split_names(text) == names


def test_generic_ignores_furniture_at_any_depth() -> None:
    long = "A sentence long enough to count as a paragraph of real body text, and more."
    furniture = "".join(f"<p>{long} {i}</p>" for i in range(5))
    page = f"""<title>Story</title><nav><div><div>{furniture}</div></div></nav>
    <footer><section>{furniture}</section></footer><div class="body"><p>{long}</p></div>"""
    article = YonhapFetcher().parse_article(page, "https://en.yna.co.kr/view/AEN20240710000300315")
    assert article.paragraphs == (long,)


@pytest.mark.parametrize("plugin", PLUGINS.values(), ids=PLUGINS.keys())
def test_unsafe_page_url_never_comes_back(plugin: type) -> None:
    page = '<h1 class="view_tit">T</h1><article id="articleText"><p>Body.</p></article>'
    article = plugin().parse_article(page, "javascript:alert(1)//\x1b]0;x")
    assert article.url == ""
    page_with_id = '<meta property="og:url" content="https://www.koreaherald.com/article/5?x=1">'
    page_with_id += '<meta property="yna:content_id" content="AEN20240710000300315">' + page
    assert plugin().parse_article(page_with_id, "javascript:x").url in (
        "https://www.koreaherald.com/article/5",
        "https://en.yna.co.kr/view/AEN20240710000300315",
    )
