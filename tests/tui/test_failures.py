"""A failed fetch in words for the pane (issue 17, item 16): no URL, the key to retry."""

from __future__ import annotations

import pytest

from herald_tui.errors import HeraldError
from herald_tui.fetchers.base import ParseError
from herald_tui.fetchers.fetch_errors import BadStatus, ConnectError, FetchTimeout
from herald_tui.tui.failures import in_words, section_failed

URL = "http://127.0.0.1:40105/koreaherald/rss/kh_Sports"


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (BadStatus(URL, "HTTP 404", 404), "the site has no such page (HTTP 404)"),
        (BadStatus(URL, "HTTP 503", 503), "the site is having trouble (HTTP 503)"),
        (BadStatus(URL, "HTTP 429", 429), "the site asks for fewer requests (HTTP 429)"),
        (BadStatus(URL, "HTTP 403", 403), "the site refused the request (HTTP 403)"),
        (FetchTimeout(URL, "timed out"), "the site did not answer in time"),
        (
            ConnectError(URL, "refused"),
            "the site could not be reached (no network, or the site is down)",
        ),
        (
            ParseError("koreaherald", URL, "no body"),
            "the page could not be read (the site's layout may have changed)",
        ),
        (HeraldError("offline:\x07 showing\nthe cache"), "offline: showing the cache"),
        (KeyError("x"), "an internal error (KeyError)"),
    ],
)
def test_failures_in_words_never_show_the_url(error: BaseException, words: str) -> None:
    assert in_words(error).startswith(words)
    assert "127.0.0.1" not in in_words(error)


def test_a_failed_section_says_what_to_press() -> None:
    error = BadStatus(URL, "HTTP 404", 404)
    assert section_failed("Sports", error) == (
        "Sports could not be fetched: the site has no such page (HTTP 404). r tries again."
    )
    assert section_failed("Sports", error, "f5").endswith("f5 tries again.")
