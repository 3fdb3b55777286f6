"""The data model: immutability, timezone-awareness and an exact JSON round trip."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from herald_tui.model import (
    Article,
    Headline,
    Link,
    Photo,
    Quote,
    Section,
    Source,
    Video,
    from_dict,
    from_json,
    to_json,
)

text = st.text(max_size=40)
aware = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=9)), timezone(-timedelta(hours=5, minutes=30))]
    ),
)
maybe_time = st.none() | aware
small = st.integers(min_value=0, max_value=10_000)

photos = st.builds(Photo, url=text, caption=text, credit=text, paragraph=small)
videos = st.builds(Video, url=text, title=text, paragraph=small)
links = st.builds(Link, url=text, title=text)
quotes = st.builds(
    Quote,
    text=text,
    speaker=st.none() | text,
    paragraph=st.none() | small,
    kind=st.sampled_from(["full", "partial"]),
    start=small,
    end=small,
    speaker_short=st.none() | text,
    last_paragraph=st.none() | small,
)
articles = st.builds(
    Article,
    url=text,
    source=text,
    section=text,
    headline=text,
    subheadline=text,
    byline=text,
    authors=st.tuples(text, text),
    published=maybe_time,
    updated=maybe_time,
    summary=text,
    photos=st.lists(photos, max_size=3).map(tuple),
    paragraphs=st.lists(text, max_size=5).map(tuple),
    tags=st.lists(text, max_size=3).map(tuple),
    related=st.lists(links, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=4).map(tuple),
    videos=st.lists(videos, max_size=2).map(tuple),
    story_id=text,
    revision=small,
    email=text,
    fallback=st.booleans(),
    parser=text,
    warnings=st.lists(text, max_size=3).map(tuple),
)
headlines = st.builds(
    Headline,
    url=text,
    title=text,
    source=text,
    section=text,
    published=maybe_time,
    summary=text,
    thumbnail=text,
    story_id=text,
    revision=small,
)


@given(articles)
def test_article_json_round_trip_is_exact(article: Article) -> None:
    encoded = to_json(article)
    decoded = from_json(Article, encoded)
    assert decoded == article
    # Same instant is not enough: the offset must survive too.
    for before, after in (
        (article.published, decoded.published),
        (article.updated, decoded.updated),
    ):
        assert (before is None) == (after is None)
        if before and after:
            assert after.utcoffset() == before.utcoffset()
    assert to_json(decoded) == encoded


@given(headlines)
def test_headline_json_round_trip_is_exact(headline: Headline) -> None:
    assert from_json(Headline, to_json(headline)) == headline


def test_json_uses_iso_datetimes_with_offsets_and_plain_lists() -> None:
    kst = timezone(timedelta(hours=9))
    article = Article(
        url="u",
        source="yonhap",
        section="Politics",
        headline="h",
        published=datetime(2024, 7, 10, 9, 28, 11, tzinfo=kst),
        quotes=(Quote("words", None, None, "partial", 3, 8),),
    )
    data = json.loads(to_json(article))
    assert data["published"] == "2024-07-10T09:28:11+09:00"
    assert data["quotes"][0]["paragraph"] is None
    assert data["paragraphs"] == []


def test_naive_datetimes_are_refused_when_decoding() -> None:
    with pytest.raises(ValueError, match="offset"):
        from_dict(
            Headline, {"url": "u", "title": "t", "source": "s", "published": "2024-07-10T09:28:11"}
        )


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        from_dict(Link, {"url": "u", "title": "t", "colour": "red"})


@pytest.mark.parametrize("cls", [Source, Section, Headline, Photo, Video, Link, Quote, Article])
def test_model_classes_are_frozen_and_slotted(cls: type) -> None:
    assert dataclasses.is_dataclass(cls)
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert "__slots__" in cls.__dict__


def test_section_key_joins_source_and_id() -> None:
    assert Section("yonhap", "nk", "North Korea").key == "yonhap/nk"


def test_word_count_counts_body_words() -> None:
    article = Article("u", "s", "", "h", paragraphs=("one two", "three"))
    assert article.word_count == 3


# What the cache holds today: an article as written by the version before the codec was
# compiled per class (e1ca0eb). Rows already in users' caches must read back the same, and
# write back byte for byte (an unchanged page is told by its text: cache/articles.py).
WRITTEN = (
    '{"url": "https://en.yna.co.kr/view/AEN20240710000300315", "source": "yonhap", '
    '"section": "Politics", "headline": "Yoon says \\"no retreat\\" on reform", '
    '"subheadline": "", "byline": "By Kim Min-ji", "authors": ["Kim Min-ji"], '
    '"published": "2024-07-10T09:28:00+09:00", "updated": "2024-07-10T00:45:30+00:00", '
    '"summary": "", "photos": [{"url": "https://img1.yna.co.kr/a.jpg", '
    '"caption": "서울 skyline", "credit": "(Yonhap)", "paragraph": 1}], '
    '"paragraphs": ["SEOUL, July 10 (Yonhap) -- \\"No retreat,\\" Yoon said.", '
    '"Second paragraph."], "tags": ["politics"], '
    '"related": [{"url": "https://en.yna.co.kr/view/AEN1", "title": "Earlier story"}], '
    '"quotes": [{"text": "No retreat,", "speaker": "President Yoon Suk Yeol", '
    '"paragraph": 0, "kind": "full", "start": 29, "end": 40, "speaker_short": "Yoon", '
    '"last_paragraph": null}, {"text": "no retreat", "speaker": null, "paragraph": null, '
    '"kind": "partial", "start": 10, "end": 20, "speaker_short": null, '
    '"last_paragraph": null}], "videos": [{"url": "https://youtu.be/x", "title": "Clip", '
    '"paragraph": 2}], "story_id": "AEN20240710000300315", "revision": 2, '
    '"email": "mj@yna.co.kr", "fallback": false, "parser": "yonhap@2", '
    '"warnings": ["no published time"]}'
)


def _written_article() -> Article:
    kst = timezone(timedelta(hours=9))
    return Article(
        url="https://en.yna.co.kr/view/AEN20240710000300315",
        source="yonhap",
        section="Politics",
        headline='Yoon says "no retreat" on reform',
        byline="By Kim Min-ji",
        authors=("Kim Min-ji",),
        published=datetime(2024, 7, 10, 9, 28, tzinfo=kst),
        updated=datetime(2024, 7, 10, 0, 45, 30, tzinfo=UTC),
        photos=(Photo("https://img1.yna.co.kr/a.jpg", "서울 skyline", "(Yonhap)", 1),),
        paragraphs=('SEOUL, July 10 (Yonhap) -- "No retreat," Yoon said.', "Second paragraph."),
        tags=("politics",),
        related=(Link("https://en.yna.co.kr/view/AEN1", "Earlier story"),),
        quotes=(
            Quote("No retreat,", "President Yoon Suk Yeol", 0, "full", 29, 40, "Yoon"),
            Quote("no retreat", None, None, "partial", 10, 20),
        ),
        videos=(Video("https://youtu.be/x", "Clip", 2),),
        story_id="AEN20240710000300315",
        revision=2,
        email="mj@yna.co.kr",
        parser="yonhap@2",
        warnings=("no published time",),
    )


def test_a_row_in_the_current_format_reads_back_and_writes_back_the_same() -> None:
    decoded = from_json(Article, WRITTEN)
    assert decoded == _written_article()
    assert decoded.published is not None and decoded.published.utcoffset() == timedelta(hours=9)
    assert to_json(decoded) == WRITTEN


def test_a_row_from_before_warnings_and_parser_ids_reads_with_their_defaults() -> None:
    data = json.loads(WRITTEN)
    del data["warnings"], data["parser"], data["fallback"]
    decoded = from_json(Article, json.dumps(data))
    assert (decoded.warnings, decoded.parser, decoded.fallback) == ((), "", False)
    assert decoded.paragraphs == _written_article().paragraphs


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@given(st.sampled_from(sorted(json.loads(WRITTEN))), json_values)
def test_a_damaged_field_gives_an_article_or_a_value_or_type_error(
    field: str, value: object
) -> None:
    # The cache turns exactly these errors into "failed its integrity check" (codec.unseal).
    data = json.loads(WRITTEN)
    data[field] = value
    with contextlib.suppress(ValueError, TypeError):
        from_dict(Article, data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("photos", [5]),
        ("photos", ["caption"]),
        ("photos", [""]),
        ("quotes", [{"text": "t"}]),
        ("published", 1720571280),
        ("published", "yesterday"),
        ("paragraphs", 3),
        ("related", [{"url": "u", "title": "t", "rel": "x"}]),
    ],
)
def test_damaged_fields_are_refused(field: str, value: object) -> None:
    data = json.loads(WRITTEN)
    data[field] = value
    with pytest.raises((ValueError, TypeError)):
        from_dict(Article, data)
