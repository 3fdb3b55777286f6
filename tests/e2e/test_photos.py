"""The demo's photo in a real terminal under tmux: opened in half-blocks, then back."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from tests.e2e.test_app import app_env, herald
from tests.e2e.tmux import Tmux

pytestmark = pytest.mark.e2e


def test_open_the_demo_photo_and_return(tmux: Tmux, tmp_path: Path) -> None:
    tmux.start(herald(tmp_path, "--demo"), width=100, height=30, env=app_env())
    tmux.wait_for("SAMPLE CONTENT")
    tmux.wait_for(lambda s: "●" in s)
    tmux.send("Enter")
    tmux.wait_for("Published")
    for _ in range(5):  # the first story with a photo (the first one is an editorial)
        tmux.send("i")
        screen = tmux.wait_for(lambda s: "Photo 1 of" in s or "has no photos" in s)
        if "Photo 1 of" in screen:
            break
        tmux.send("n")
        tmux.wait_for(lambda s: "Published" in s and "has no photos" not in s)
    with Store.open(tmp_path / "cache", tmp_path / "data", readonly=True) as store:
        shown = [row.headline.url for row in store.headlines("koreaherald/all", limit=10)]
        article = next(a for a in map(store.get_article, shown) if a is not None and a.photos)
    caption = " ".join(article.photos[0].caption.split()[:4])
    screen = tmux.wait_for(f"Photo 1 of {len(article.photos)}")
    tmux.wait_for(lambda s: "▀" in s)  # tmux: half-blocks, whatever the terminal
    # The demo's notice may cover the caption for a few seconds.
    screen = tmux.wait_for(lambda s: caption in " ".join(s.split()))
    assert "Published" not in screen

    tmux.send("Escape")
    screen = tmux.wait_for("Published")
    assert "Photo 1 of" not in screen and "▀" not in screen
    assert " ".join(article.headline.split()[:3]) in " ".join(screen.split())
    tmux.send("q")
    tmux.wait_for("EXIT=0")
    tmux.stop()
