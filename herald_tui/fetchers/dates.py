"""Date and time forms found on the two sites, all read as timezone-aware datetimes.

A time printed without an offset is Korea Standard Time (UTC+9, no daylight saving), and a
date without a time is midnight KST of that day. Every function returns None for text it
cannot read, and for a time outside :func:`in_window` (1990 to two days from now): a page
with a strange date loses its date, not its article. Such dates are not news, and near the
limits of :class:`datetime` (9999-12-31 in UTC) they cannot even be shown in KST.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from herald_tui.times import KST

__all__ = ["EARLIEST", "KST", "LEEWAY", "in_window", "parse_iso", "parse_printed", "parse_rfc822"]

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
"""No news on either site is older (Yonhap's English service began in the 1990s)."""
LEEWAY = timedelta(days=2)
"""How far past "now" a time may be: clock skew, embargoed copy, a wrong time zone."""

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
# "Wed, 10 Jul 2024 09:28:11 +0900", "Mon, 17 Nov 2025 21:44:23 +09:00", "... GMT"; the day
# name is optional, seconds too.
_RFC822 = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s+"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2})|(GMT|UTC|UT|Z)|(KST))?$"
)
# "Aug 26, 2020 - 15:44", "Jan. 23, 2025 - 09:28", "Sept. 4, 2023", "March 2, 2022",
# "August 07, 2019", "15:29 April 19, 2023".
_PRINTED = re.compile(
    r"(?:(?P<h1>\d{1,2}):(?P<m1>\d{2})\s+)?"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"(?:\s*(?:-|,|at)?\s*(?P<h2>\d{1,2}):(?P<m2>\d{2}))?",
    re.IGNORECASE,
)


def in_window(when: datetime | None, now: datetime | None = None) -> datetime | None:
    """``when`` if it lies between :data:`EARLIEST` and ``now`` (default: the clock) plus
    :data:`LEEWAY`, else None. ``when`` must be timezone-aware."""
    if when is None:
        return None
    latest = (now or datetime.now(UTC)) + LEEWAY
    return when if EARLIEST <= when <= latest else None


def parse_iso(text: str, now: datetime | None = None) -> datetime | None:
    """ISO 8601 (``2024-07-10T09:28:11+09:00``, ``2025-01-23T09:28:00``, ``...Z``); no offset
    means KST. A date alone is midnight KST. ``now``: see :func:`in_window`."""
    text = text.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return in_window(value if value.tzinfo is not None else value.replace(tzinfo=KST), now)


def parse_rfc822(text: str, now: datetime | None = None) -> datetime | None:
    """An RSS ``pubDate``, with the offset as ``+0900`` or ``+09:00`` (the Korea Herald's
    form, which :func:`email.utils.parsedate_to_datetime` silently drops), ``GMT`` or none
    (then KST). ``now``: see :func:`in_window`."""
    match = _RFC822.match(text.strip())
    if not match:
        return None
    day, mon, year, hour, minute, sec, sign, oh, om, utc, _kst = match.groups()
    month = _MONTHS.get(mon.lower())
    if month is None:
        return None
    try:
        if sign:  # timezone() refuses an offset of a day or more ("+9999"): ValueError
            offset = timedelta(hours=int(oh), minutes=int(om))
            tz = timezone(-offset if sign == "-" else offset)
        else:
            tz = UTC if utc else KST
        value = datetime(int(year), month, int(day), int(hour), int(minute), int(sec or 0), 0, tz)
    except ValueError:
        return None
    return in_window(value, now)


def parse_printed(text: str, now: datetime | None = None) -> datetime | None:
    """The first date as printed on a page (``Aug 26, 2020 - 15:44``, ``Sept. 4, 2023``,
    ``15:29 April 19, 2023``), in KST; midnight when no time is given. ``now``: see
    :func:`in_window`."""
    match = _PRINTED.search(text)
    if not match:
        return None
    hour = match["h1"] or match["h2"] or "0"
    minute = match["m1"] or match["m2"] or "0"
    try:
        value = datetime(
            int(match["year"]),
            _MONTHS[match["month"][:3].lower()],
            int(match["day"]),
            int(hour),
            int(minute),
            tzinfo=KST,
        )
    except ValueError:
        return None
    return in_window(value, now)
