"""The latest parsed tree stays alive until the next parse (``herald_tui.fetchers.dom``): its
memory is then reused rather than given back to the system and faulted in again."""

from __future__ import annotations

import threading

from herald_tui.fetchers import dom


def test_the_latest_tree_is_kept_until_the_next_parse() -> None:
    first = dom.parse_html("<p>first</p>")
    assert dom._Kept.tree is first
    second = dom.parse_html("<p>second</p>")
    assert dom._Kept.tree is second
    assert dom.line_text(first.css_first("p")) == "first"  # the caller's tree is intact


def test_a_parse_in_another_thread_replaces_it() -> None:
    dom.parse_html("<p>main</p>")
    trees: list[dom.Tree] = []
    worker = threading.Thread(target=lambda: trees.append(dom.parse_html("<p>worker</p>")))
    worker.start()
    worker.join()
    assert dom._Kept.tree is trees[0]


def test_a_big_page_is_not_kept() -> None:
    dom.parse_html("<p>small</p>")
    big = "<p>" + "x" * dom.KEEP_BYTES + "</p>"
    assert dom.parse_html(big).css_first("p") is not None
    assert dom._Kept.tree is None  # nor the small one before it: its memory is given back
