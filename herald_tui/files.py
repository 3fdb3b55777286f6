"""Reading local files that may be anything: only regular files, and only up to a cap.

A FIFO given as a page to parse, as the config file or in place of a database blocks
forever on open or read; ``/dev/zero`` never ends. :func:`read_regular` opens without
blocking, refuses anything but a regular file, and reads at most ``limit`` bytes.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = ["is_special", "read_regular"]

_CHUNK = 1 << 16


def _not_regular(path: Path | str) -> OSError:
    return OSError(errno.EINVAL, "not a regular file", str(path))


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`OSError` as ``open`` would (``FileNotFoundError``...), and with the
    ``strerror`` "not a regular file" or "larger than N MiB" for what is refused."""
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _not_regular(path)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise OSError(errno.EFBIG, f"larger than {limit / 2**20:g} MiB", str(path))
    return b"".join(chunks)


def is_special(path: Path) -> bool:
    """True if ``path`` exists and is not a regular file (a FIFO, a device, a directory, a
    socket); False for a regular file, a missing one, or one that cannot be examined (the
    caller's own open then reports that)."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
