"""The cheap pre-scan's searches against their plain definitions (docs/SECURITY.md,
"Parse bounds"): the quoted-">" walk, the long-tag walk and the formatting-tag pattern
answer as a search of the whole input with the reference pattern does, on every short
string over the symbols that matter and on generated hostile pages; and what the cheap test
accepts keeps the bounds :class:`~herald_tui.fetchers.safety.Limits` promises for it."""

from __future__ import annotations

import itertools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from herald_tui.fetchers import safety
from herald_tui.fetchers.safety import LIMITS, HostileInput, Limits, scan_html

SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

# The formatting-tag pattern as first written: each name spelled in any case, one alternative
# per name (the pre-scan's pattern groups them by first letter).
REFERENCE_FORMATTING = re.compile(
    (
        "<(?:"
        + "|".join("".join(f"[{c}{c.upper()}]" for c in n) for n in safety._FORMATTING_NAMES)
        + r")\b[^<>]*+>?"
    ).encode()
)

# Pieces of hostile markup: quotes after "=" with and without spaces (more than the walk's
# look-back too), ">" inside and outside values, formatting tags in both cases, long runs.
PIECES = [
    b"=", b"'", b'"', b">", b"<", b" ", b"\t", b"\n", b"x", b"='", b"= '", b'="', b"='>'",
    b"=" + b" " * 20 + b"'", b" " * 17 + b"'", b"<b>", b"<B x=1>", b"<big>", b"<bigger>",
    b"<strong class='a'>", b"<S>", b"<st", b"<STRIKE>", b"<i", b"<I a=\"x\">", b"<tt>",
    b"<u>", b"<nobr>", b"<em>", b"<code>", b"<font>", b"<s\n>", b"<a", b"<div ", b"it's",
    b"a" * 40, b"</b>", b"<p>",
]  # fmt: skip
pages = st.lists(st.sampled_from(PIECES), max_size=120).map(b"".join)
many_quotes = st.lists(
    st.sampled_from([b"'", b"x'", b"='", b"= '", b">", b"y"]), min_size=60, max_size=400
).map(b"".join)


def test_quoted_gt_walk_answers_as_the_search_on_every_short_string() -> None:
    for size in range(1, 7):
        for chars in itertools.product(b"=\"'> x", repeat=size):
            data = bytes(chars)
            assert safety._has_quoted_gt(data) == (safety._QUOTED_GT.search(data) is not None)


@SETTINGS
@given(st.one_of(pages, many_quotes))
def test_quoted_gt_walk_answers_as_the_search(data: bytes) -> None:
    assert safety._has_quoted_gt(data) == (safety._QUOTED_GT.search(data) is not None), data


def test_quoted_gt_walk_hands_over_to_the_search() -> None:
    """Past its quote budget or its look-back the walk still answers as the search."""
    spaced = b"x'" * 10 + b"=" + b" " * (safety._LOOK_BACK + 1) + b"'>"
    crowded = b"x'" * safety._SINGLE_QUOTES + b"='>"
    for data in (spaced, crowded):
        assert safety._has_quoted_gt(data)
        assert not safety._has_quoted_gt(data.replace(b">", b""))


@SETTINGS
@given(pages)
def test_formatting_pattern_finds_what_the_plain_one_finds(data: bytes) -> None:
    assert safety._FORMATTING_TAG.findall(data) == REFERENCE_FORMATTING.findall(data)


@SETTINGS
@given(pages)
def test_byte_count_is_count(data: bytes) -> None:
    assert safety._count_byte(data, b"<") == data.count(b"<")


@SETTINGS
@given(pages, st.integers(min_value=1, max_value=60))
def test_long_tag_walk_answers_as_the_search(data: bytes, length: int) -> None:
    whole = safety._long_tag(length).search(data) is not None
    assert safety._has_long_tag(data, length) == whole


# What the cheap test's bounds imply (see Limits): at most (fast_tags + fast_unclosed) / 2
# open elements, three copies of each distinct formatting tag, and no more attributes on an
# element than a tag of fast_tag_length characters holds (each takes two, or one after a
# quoted value: "x=''y"). Names are not bounded by it below the exact scan's limit.
_FAST = LIMITS
IMPLIED = Limits(
    depth=(_FAST.fast_tags + _FAST.fast_unclosed) // 2,
    formatting=3 * _FAST.fast_formatting,
    reopening=3 * _FAST.fast_formatting * _FAST.fast_tags,
    markup=_FAST.fast_tags,
    tags=_FAST.fast_tags,
    attributes=_FAST.fast_tag_length,
    names=10**9,
)
HOSTILE_PIECES = [
    b"<div>", b"<li><dd>", b"<table><tr><td>", b"<span><div></span>", b"</div>", b"</p>",
    b"<p><i a=1></p>", b"<b c=2>", b"<b>", b'<div x=">" a b c d>', b"<a x='>'>", b"<p>x",
    b"<i a=\"" + b"v" * 300 + b"\">", b"<div " + b"a " * 300 + b">", b"<svg><g/>", b"<!--",
    b"-->", b"<script>", b"</script>", b"<select><option>",
]  # fmt: skip


hostile_pages = st.lists(
    st.one_of(
        st.sampled_from(HOSTILE_PIECES),
        # a run of distinct formatting tags, each left open
        st.integers(0, 60).map(lambda n: b"".join(b"<p><b c=%d>" % k for k in range(n))),
        st.integers(0, 6_000).map(lambda n: b"<div>" * n),  # deep nesting
    ),
    max_size=400,
).map(b"".join)


@SETTINGS
@given(hostile_pages)
def test_what_the_cheap_test_accepts_keeps_its_bounds(data: bytes) -> None:
    if safety._looks_harmless(data, LIMITS):
        try:
            scan_html(data.decode(), IMPLIED)
        except HostileInput as e:  # pragma: no cover - the failure this test is for
            raise AssertionError(f"accepted by the cheap test, yet {e}: {data!r}") from e
