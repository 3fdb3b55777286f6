"""The one error of the photo code."""

from __future__ import annotations

from herald_tui.errors import HeraldError

__all__ = ["PhotoError"]


class PhotoError(HeraldError):
    """A photo cannot be shown: off-host, offline and not cached, refused by the HTTP client
    (type, size, timeout), or not a decodable image of acceptable size. One line."""
