"""Why a fetch failed, in words for a pane: no URL, no exception name, what to do next.

A toast reading ``http://127.0.0.1:40105/koreaherald/rss/kh_Sports: HTTP 404`` told a
newcomer nothing; the pane says ``Sports could not be fetched: the site has no such page
(HTTP 404). r tries again.``
"""

from __future__ import annotations

from herald_tui.errors import HeraldError
from herald_tui.fetchers.base import ParseError
from herald_tui.fetchers.fetch_errors import (
    BadContentType,
    BadStatus,
    BlockedRedirect,
    ConnectError,
    FetchError,
    FetchTimeout,
    IncompleteBody,
    ResponseTooLarge,
)
from herald_tui.text import clean_line

__all__ = ["in_words", "section_failed"]

_KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (FetchTimeout, "the site did not answer in time"),
    (ConnectError, "the site could not be reached (no network, or the site is down)"),
    (BlockedRedirect, "the site sent the request somewhere it may not go"),
    (BadContentType, "the site sent something other than news"),
    (ResponseTooLarge, "the site sent far more than a page"),
    (IncompleteBody, "the connection broke off mid-page"),
    (ParseError, "the page could not be read (the site's layout may have changed)"),
)


def in_words(error: BaseException) -> str:
    """What went wrong, in a few plain words."""
    if isinstance(error, BadStatus):
        return _status(error.status)
    for kind, words in _KINDS:
        if isinstance(error, kind):
            return words
    if isinstance(error, FetchError):
        return error.reason
    if isinstance(error, HeraldError):
        return clean_line(str(error))
    return f"an internal error ({type(error).__name__})"


def _status(status: int) -> str:
    if status in (404, 410):
        return f"the site has no such page (HTTP {status})"
    if status == 429:
        return "the site asks for fewer requests (HTTP 429)"
    if status >= 500:
        return f"the site is having trouble (HTTP {status})"
    return f"the site refused the request (HTTP {status})"


def section_failed(title: str, error: BaseException, retry_key: str = "r") -> str:
    """The pane's line for a section whose headlines could not be fetched (and the key that
    tries again, if there is one)."""
    again = f" {retry_key} tries again." if retry_key else ""
    return f"{clean_line(title)} could not be fetched: {in_words(error)}.{again}"
