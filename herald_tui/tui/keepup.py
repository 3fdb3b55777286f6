"""Keeping up, without Textual: which headlines a refresh brought (new until seen), which
match the reader's watch words, and what the status bar says about them.

A headline is *new* when a refresh lists it and the section's list before that refresh did
not (a section fetched for the first time brings nothing new: everything would be). It
stays new until it is *seen*: the cursor has been on its row and moved on, its article was
opened, or it was marked read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from herald_tui.model import Headline
from herald_tui.results import ListedHeadline
from herald_tui.text import clean_line

__all__ = ["Every", "NewHeadlines", "WatchWords"]

Every = Callable[[float, Callable[[], object]], object]
"""Call a function every so many seconds (Textual's ``set_interval``; tests pass one they
fire by hand, so that no test waits for a real timer)."""


class WatchWords:
    """The reader's watch words (``[alerts] words``): whole words or phrases, any case."""

    def __init__(self, words: Iterable[str]) -> None:
        cleaned = [" ".join(word.split()) for word in words]
        self.words = tuple(word for word in cleaned if word)
        alternatives = "|".join(re.escape(word) for word in self.words)
        # Word edges by hand: \b would not see one between "N." and a space.
        self._pattern = (
            re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if self.words else None
        )

    def __bool__(self) -> bool:
        return self._pattern is not None

    def match(self, headline: Headline) -> str | None:
        """The first watch word in the headline's title or summary, as written there."""
        if self._pattern is None:
            return None
        for text in (headline.title, headline.summary):
            found = self._pattern.search(" ".join(text.split()))
            if found:
                return found.group(0)
        return None


class NewHeadlines:
    """The URLs each section's refreshes brought, until seen."""

    def __init__(self) -> None:
        self._new: dict[str, dict[str, None]] = {}  # section key -> URLs, in list order

    def note(
        self, section_key: str, before: Collection[str], rows: Sequence[ListedHeadline]
    ) -> list[ListedHeadline]:
        """Record the unread rows of a refreshed list that ``before`` (the URLs listed before
        the refresh) did not have; return them. Nothing is new to a list seen for the first
        time."""
        if not before:
            return []
        fresh = [row for row in rows if row.headline.url not in before and not row.read]
        if fresh:
            known = self._new.setdefault(section_key, {})
            known.update(dict.fromkeys(row.headline.url for row in fresh))
        return fresh

    def urls(self, section_key: str) -> frozenset[str]:
        """The section's new URLs."""
        return frozenset(self._new.get(section_key, ()))

    def seen(self, urls: Iterable[str]) -> bool:
        """Forget ``urls`` wherever they are new; True if one was."""
        changed = False
        wanted = set(urls)
        for known in self._new.values():
            for url in wanted.intersection(known):
                del known[url]
                changed = True
        return changed

    def summary(self, titles: Mapping[str, str], first: str | None = None) -> str:
        """``3 new in National``, ``3 new in National, 1 in Sports``: the sections with new
        headlines, ``first`` (the one listed) first, then in the order they came."""
        counts = [(key, len(urls)) for key, urls in self._new.items() if urls]
        counts.sort(key=lambda pair: pair[0] != first)  # stable: the rest keep their order
        parts = [f"{n} in {clean_line(titles.get(key, key))}" for key, n in counts]
        if parts:
            count, place = parts[0].split(" in ", 1)
            parts[0] = f"{count} new in {place}"
        return ", ".join(parts)
