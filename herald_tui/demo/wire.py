"""HTTP/1.1 on the wire for the demo server: the parsed request, and responses written by hand
(so that the test server's faults, ``tests/faultsite``, can write broken ones)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from email.utils import formatdate
from http import HTTPStatus

__all__ = ["Request", "head", "respond"]


@dataclass(frozen=True, slots=True)
class Request:
    """One parsed request."""

    method: str
    target: str
    """As sent: path and query."""
    path: str
    """Percent-decoded path, no query."""
    query: dict[str, str]
    headers: dict[str, str]
    """Lower-case names."""
    hits: int = 1
    """How many times this exact target has been requested from this server, this one included
    (a handler can fail N times, then succeed)."""

    @property
    def host(self) -> str:
        """The ``Host`` header, lower case."""
        return self.headers.get("host", "").lower()


# --- writing responses --------------------------------------------------------------------------


def head(status: int, headers: dict[str, str] | None = None) -> bytes:
    """A status line and headers (``Date`` and ``Server`` added), ending with the blank line."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    lines = [
        f"HTTP/1.1 {status} {phrase}",
        f"Date: {formatdate(usegmt=True)}",
        "Server: herald-demo",
    ]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes,
    content_type: str | None,
    headers: dict[str, str] | None = None,
    *,
    head_only: bool = False,
) -> bool:
    """Write a complete response with a ``Content-Length``; returns True (keep-alive)."""
    all_headers = dict(headers or {})
    if content_type:
        all_headers["Content-Type"] = content_type
    if status != 304:
        all_headers["Content-Length"] = str(len(body))
    writer.write(head(status, all_headers) + (b"" if head_only or status == 304 else body))
    return True
