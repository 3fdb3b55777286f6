"""Why a fetch failed: one error family, importable without loading httpx.

Every message is one line, ``<url>: <cause>``, fit to show as is. Catch :class:`FetchError` for
"the network let us down"; the subclasses say how, for callers that react differently (a
:class:`BadStatus` 404 feed falls back to the section page; a :class:`FetchTimeout` is worth a
"try again" hint). No error ever comes with a partial body: a fetch either returns a complete
response or raises.
"""

from __future__ import annotations

import errno
import socket

from herald_tui.errors import HeraldError
from herald_tui.text import clean_line

__all__ = [
    "BadContentType",
    "BadStatus",
    "BlockedRedirect",
    "ConnectError",
    "FetchError",
    "FetchTimeout",
    "IncompleteBody",
    "NoNetwork",
    "ResponseTooLarge",
    "unreachable",
]


class FetchError(HeraldError):
    """A URL could not be fetched. ``url`` is the URL asked for; ``reason`` the cause."""

    def __init__(self, url: str, reason: str) -> None:
        # Both parts can carry server-chosen text (a Location header, an OS error): one clean line.
        self.url = clean_line(url)
        self.reason = clean_line(reason)
        super().__init__(f"{self.url}: {self.reason}")


class FetchTimeout(FetchError):
    """The server was too slow: no connection, no data for a while, or past the deadline."""


class ConnectError(FetchError):
    """No connection could be made or kept until a response arrived (refused, reset, DNS)."""


class NoNetwork(ConnectError):
    """No network: the host's name did not resolve, or the connection was refused or the
    network unreachable. Not retried (it would only cost seconds), and shown as a state, not
    as a fault of the site. The message starts ``no network:``."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(url, reason)
        self.args = (f"no network: {self.reason}",)


_UNREACHABLE = frozenset(
    {errno.ECONNREFUSED, errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}
)


def unreachable(error: BaseException, host: str) -> str:
    """Why ``host`` cannot be reached when ``error`` (or an exception it was raised from) is a
    failed name lookup, a refused connection or an unreachable network; ``""`` otherwise."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            return f"{host} did not resolve"
        if isinstance(current, OSError) and current.errno in _UNREACHABLE:
            if current.errno == errno.ECONNREFUSED:
                return f"connection to {host} refused"
            return f"{host} unreachable"
        current = current.__cause__ or current.__context__
    return ""


class BadStatus(FetchError):
    """The server answered with an error status (after any retries). ``status`` is the code."""

    def __init__(self, url: str, reason: str, status: int) -> None:
        super().__init__(url, reason)
        self.status = status


class BlockedRedirect(FetchError):
    """A redirect left the allowed hosts, looped, went on too long or was malformed."""


class BadContentType(FetchError):
    """The body is not what was asked for (an image for a page, JSON for a feed), or it uses a
    content encoding whose size cannot be bounded."""


class ResponseTooLarge(FetchError):
    """The body is over the size limit, announced or as received after decompression."""


class IncompleteBody(FetchError):
    """The connection ended before the whole body arrived (short Content-Length, cut chunked
    or compressed stream)."""
