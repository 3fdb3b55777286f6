"""The on-disk photo cache: one file per photo, named by a hash of its URL, size-bounded.

It sits beside the article cache (``<cache dir>/photos/``). Files are written atomically
(a temporary file in the same directory, then :func:`os.replace`) with mode 0600, so a crash
never leaves half a photo under a real name and other users cannot see what was read. Reading
a photo touches its modification time, which makes it the least recently used order: when
the total passes the limit, the files touched longest ago go first.

Every disk failure is swallowed into "not cached": the cache is a convenience, never a
reason a photo cannot be shown.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from stat import S_ISREG

from herald_tui._frozen import Frozen, value_class
from herald_tui.files import read_regular

__all__ = ["PhotoCache", "PhotoCacheInfo"]

_TEMP_PREFIX = ".tmp-"


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class PhotoCacheInfo(Frozen):
    """How much the photo cache holds."""

    __match_args__ = ("files", "bytes")  # the fields, in order
    __slots__ = __match_args__

    files: int
    bytes: int

    def __init__(self, files: int, bytes: int) -> None:
        _set(self, "files", files)
        _set(self, "bytes", bytes)


class PhotoCache:
    """Photos by URL in ``directory``, at most ``limit_bytes`` in all (0: keep nothing)."""

    def __init__(self, directory: Path, limit_bytes: int) -> None:
        self.directory = directory
        self.limit_bytes = limit_bytes
        self._total: int | None = None
        """Bytes held, as last counted here and kept up by each put (None: not counted yet).
        The folder is listed only when the limit is passed, not after every photo (a sync of
        N photos listed up to N files N times). Another process's photos are counted at
        the next listing."""

    @classmethod
    def beside(cls, cache_dir: Path, limit_mb: float) -> PhotoCache:
        """The photo cache kept in ``cache_dir`` (the article cache's folder), ``limit_mb``
        MiB at most (the ``photo_cache_mb`` setting)."""
        from herald_tui.photos import PHOTOS_DIR

        return cls(cache_dir / PHOTOS_DIR, int(limit_mb * 1024 * 1024))

    def path_for(self, url: str) -> Path:
        """The file that holds (or would hold) the photo at ``url``."""
        import hashlib  # here: a start that shows no photo needs none of it

        return self.directory / hashlib.sha256(url.encode("utf-8")).hexdigest()

    def get(self, url: str) -> bytes | None:
        """The cached bytes of ``url`` (now the most recently used), or None."""
        path = self.path_for(url)
        try:
            # Not read_bytes(): a FIFO under the name would block it forever. Nothing bigger
            # than the limit is ever stored, so a bigger file is not a photo of ours.
            data = read_regular(path, self.limit_bytes)
            os.utime(path)
        except OSError:
            return None
        return data

    def has(self, url: str) -> bool:
        """True if ``url`` is cached (does not count as a use)."""
        return self.path_for(url).is_file()

    def put(self, url: str, data: bytes) -> None:
        """Store ``data`` for ``url`` atomically, then evict down to the limit."""
        if len(data) > self.limit_bytes:
            return
        path = self.path_for(url)
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            replaced = _size(path)
            fd, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=self.directory)  # mode 0600
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            return
        if self._total is not None:
            self._total += len(data) - replaced
        if self._total is None or self._total > self.limit_bytes:
            self.evict(self.limit_bytes)

    def evict(self, limit_bytes: int) -> int:
        """Remove the least recently used photos until at most ``limit_bytes`` remain;
        returns how many were removed."""
        entries = self._entries()
        total = sum(size for _, _, size in entries)
        removed = 0
        for _, path, size in sorted(entries):
            if total <= limit_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        self._total = total
        return removed

    def prune(self, unused_since: float) -> int:
        """Remove the photos not viewed since ``unused_since`` (a POSIX time), then evict
        down to the limit; returns how many were removed."""
        removed = 0
        for mtime_ns, path, _ in self._entries():
            if mtime_ns < unused_since * 1e9:
                try:
                    path.unlink()
                except OSError:
                    continue
                removed += 1
        return removed + self.evict(self.limit_bytes)

    def info(self) -> PhotoCacheInfo:
        """Files and bytes held."""
        entries = self._entries()
        return PhotoCacheInfo(len(entries), sum(size for _, _, size in entries))

    def _entries(self) -> list[tuple[int, Path, int]]:
        """``(mtime_ns, path, size)`` of every photo file (left-over temporaries included:
        they are the oldest and go first)."""
        try:
            children = list(self.directory.iterdir())
        except OSError:
            return []
        entries = []
        for path in children:
            try:
                info = path.stat()
            except OSError:
                continue
            if S_ISREG(info.st_mode):  # from the stat just made: is_file() would stat again
                entries.append((info.st_mtime_ns, path, info.st_size))
        return entries


def _size(path: Path) -> int:
    """The size of the regular file at ``path``; 0 when there is none."""
    try:
        info = path.stat()
    except OSError:
        return 0
    return info.st_size if S_ISREG(info.st_mode) else 0
