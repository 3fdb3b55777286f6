"""Folding revisions of one story: Yonhap re-issues a story as ``(LEAD)``, ``(2nd LD)``...
under new content ids that share a :attr:`~herald_tui.model.Headline.story_id`.

The cache and the app call :func:`fold_revisions` on a headline list so each story shows once,
in its latest revision. Works for any source: headlines with an empty ``story_id`` are never
folded.
"""

from __future__ import annotations

from collections.abc import Iterable

from herald_tui.model import Headline

__all__ = ["fold_revisions", "fold_revisions_counted"]


def fold_revisions_counted(headlines: Iterable[Headline]) -> list[tuple[Headline, int]]:
    """Like :func:`fold_revisions`, with the number of revisions folded into each row."""
    index: dict[tuple[str, str], int] = {}
    out: list[tuple[Headline, int]] = []
    for headline in headlines:
        key = (headline.source, headline.story_id)
        if not headline.story_id:
            out.append((headline, 1))
            continue
        if key not in index:
            index[key] = len(out)
            out.append((headline, 1))
            continue
        kept, count = out[index[key]]
        latest = headline if headline.revision > kept.revision else kept
        out[index[key]] = (latest, count + 1)
    return out


def fold_revisions(headlines: Iterable[Headline]) -> list[Headline]:
    """One headline per story (same ``source`` and non-empty ``story_id``): the one with the
    highest ``revision`` (the first seen among equals), at the place where the story first
    appears. Order is otherwise kept."""
    return [headline for headline, _ in fold_revisions_counted(headlines)]
