"""Hostile article pages that pass every input check (size cap, pre-scan) yet were costly to
parse (issue 14, item 10), for tests, the fault server (``/_fault/heavy?shape=...``) and
``benchmarks/bench_hostile.py``.

Each page is a Yonhap article (``article.story-news``) just under the 5 MiB input cap. Before
the work after parsing was bounded, ``quoted-paragraphs`` took 11 s of CPU and 445 MB (quote
extraction over 60,000 paragraphs) and ``one-paragraph`` 9 s and 525 MB.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["SHAPES", "URL", "hostile_page"]

URL = "https://en.yna.co.kr/view/AEN20250118000100315"
"""The article URL the pages are parsed as."""

_SIZE = 5 * 1024 * 1024 - 200_000  # under the 5 MiB cap with room for the markup around
_QUOTED = '"We will do it," Kim said. "Yes," said Lee, a professor at Korea University. '


def _fill(unit: str, size: int = _SIZE) -> str:
    return unit * (size // len(unit))


def _article(body: str, title: str = "Hostile page") -> str:
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{title}"><title>{title}</title></head>'
        f'<body><article class="story-news">{body}</article></body></html>'
    )


SHAPES: dict[str, Callable[[], str]] = {
    "quoted-paragraphs": lambda: _article(_fill(f"<p>{_QUOTED}</p>\n")),
    "one-paragraph": lambda: _article(f"<p>{_fill(_QUOTED)}</p>"),
    "quote-marks": lambda: _article(f"<p>{_fill(chr(34) + '“‘' + chr(39), _SIZE // 2)}</p>"),
    "distinct-words": lambda: _article(
        "<p>" + " ".join(f"w{i}" for i in range(_SIZE // 9)) + "</p>"
    ),
    "long-headline": lambda: _article(
        "<p>A short story.</p>", _fill(_QUOTED.replace('"', "&quot;"), _SIZE // 2)
    ),
}
"""Shape name -> a function building the page (each about 4.9 MB)."""


def hostile_page(shape: str) -> str:
    """The page of ``shape`` (a key of :data:`SHAPES`)."""
    return SHAPES[shape]()
