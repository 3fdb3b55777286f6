"""People in a real terminal under tmux, on the demo site (issue 18): from a quotation in the
quote panel to its speaker's page, and from there to another article the speaker is quoted
in, with that quotation highlighted; Escape goes back up."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.quotes.people import speaker_key
from tests.e2e.test_app import _article_text, app_env, herald
from tests.e2e.tmux import Tmux

pytestmark = pytest.mark.e2e


def test_from_a_quote_to_its_speakers_page_and_on_to_another_article(
    tmux: Tmux, tmp_path: Path
) -> None:
    sync = subprocess.run(
        herald(tmp_path, "--demo", "sync"),
        env=app_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert sync.returncode == 0, sync.stderr
    with Store.open(tmp_path / "cache", tmp_path / "data", readonly=True) as store:
        [first] = store.headlines("koreaherald/all", limit=1)
        article = store.get_article(first.headline.url)
        assert article is not None
        quote = next(q for q in article.quotes if q.speaker_short)
        key = speaker_key(article, quote)
        assert key is not None
        said = store.quotes_of(key)
    elsewhere = next(n for n, q in enumerate(said) if q.url != article.url)
    target = said[elsewhere]

    tmux.start(herald(tmp_path, "--demo"), width=100, height=30, env=app_env())
    tmux.wait_for("SAMPLE CONTENT")
    tmux.wait_for(lambda s: "●" in s)
    tmux.send("Enter")
    tmux.wait_for("Published")
    tmux.send('"')
    tmux.wait_for("speaker")
    tmux.send("P")  # the highlighted (first) quotation's speaker
    screen = tmux.wait_for(f"People › {quote.speaker_short}")
    assert f"{len(said)} quotations · all time" in screen
    tmux.send(*["j"] * elsewhere, "Enter")
    words = " ".join(target.text.split()[:4])
    tmux.wait_for(lambda s: words in _article_text(s))  # scrolled to it
    # Highlighted in the article, as the quote panel does: underlined from its first word on.
    underlined = r"\x1b\[4m(?:\x1b\[[0-9;]*m)*" + re.escape(target.text.split()[0])
    assert re.search(underlined, tmux.raw_screen())
    tmux.send("Escape")  # the article -> the speaker's quotations
    tmux.wait_for("esc People")
    tmux.send("Escape")  # -> the people, most quoted first
    tmux.wait_for("People › all time")
    tmux.send("q")
    tmux.wait_for("EXIT=0")
