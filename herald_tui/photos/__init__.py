"""Photos: fetched only from a plugin's own image hosts, decoded safely, cached on disk.

No Textual here (the app shows what :class:`~herald_tui.photos.source.PhotoSource` returns):

* :mod:`~herald_tui.photos.source`: the rules (cache, offline, image hosts, deadlines);
* :mod:`~herald_tui.photos.decode`: the pixel limit and decoding in a thread;
* :mod:`~herald_tui.photos.disk`: the size-bounded, least-recently-used disk cache.

Pillow is imported only by :mod:`~herald_tui.photos.decode`, inside its functions.
"""

from __future__ import annotations

from herald_tui.photos.errors import PhotoError

__all__ = ["PHOTOS_DIR", "PhotoError"]

PHOTOS_DIR = "photos"
"""The photo cache's folder inside the cache directory."""
