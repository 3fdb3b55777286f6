"""Catching up in a real terminal: everything marked read, then a refresh brings a new
headline (published by the test on its own copy of the demo site), which is marked new,
counted in the status bar, announced for its watch word, and reached with N."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.demo import IMAGES_ROOT, SITE_ROOT, DemoSite
from herald_tui.fetchers.registry import Registry
from tests.e2e.test_app import app_env, herald
from tests.e2e.tmux import Tmux

pytestmark = pytest.mark.e2e

NEW_ID = "10699001"
NEW_TITLE = "Ulsan Tigers sign Brazilian striker for Asian Champions League run"
OLD_ID = "10612725"
OLD_TITLE = "Ulsan Tigers clinch third straight K League 1 title on final day"


def publish(site: Path) -> None:
    """Put a new article on the copied Korea Herald site and on top of its All News feed,
    as the newsroom would (a new file, and a feed that changes, so its ETag does)."""
    kh = site / "koreaherald"
    page = (kh / "article" / f"{OLD_ID}.html").read_text(encoding="utf-8")
    page = page.replace(OLD_ID, NEW_ID).replace(OLD_TITLE, NEW_TITLE)
    (kh / "article" / f"{NEW_ID}.html").write_text(page, encoding="utf-8")
    feed = kh / "rss" / "newsAll.xml"
    item = (
        f"<item>\n<title><![CDATA[{NEW_TITLE}]]></title>\n"
        f"<link>https://www.koreaherald.com/article/{NEW_ID}</link>\n"
        "<description><![CDATA[<p>The champions add a forward.</p>]]></description>\n"
        "<pubDate>Thu, 26 Nov 2026 23:30:00 +0900</pubDate>\n</item>\n"
    )
    text = feed.read_text(encoding="utf-8")
    feed.write_text(text.replace("<item>", item + "<item>", 1), encoding="utf-8")


def every_section_synced(folder: Path) -> bool:
    """Whether every section of both sites has a list in the app's cache."""
    registry = Registry.load()
    with Store.open(folder / "cache", folder / "data", readonly=True) as store:
        return all(store.last_synced(section.key) for section in registry.sections())


def test_catch_up_after_a_refresh_brings_a_new_headline(tmux: Tmux, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE_ROOT, site)
    with DemoSite(site, images=IMAGES_ROOT) as server:
        config = tmp_path / "config.toml"
        sites = "\n".join(f'{name} = "{url}"' for name, url in server.sites.items())
        config.write_text(f'[sites]\n{sites}\n\n[alerts]\nwords = ["striker"]\n')
        argv = herald(tmp_path, "--config", str(config))
        tmux.start(argv, width=120, height=30, env=app_env())
        tmux.wait_for(lambda s: "●" in s and "All News" in s)
        tmux.send("R")  # every section listed, so that C has them all
        tmux.wait_for(lambda _s: every_section_synced(tmp_path))

        tmux.send("C")  # everything read: nothing left to catch up on
        tmux.wait_for(lambda s: re.search(r"Marked \d+ read · U undoes", s) is not None)
        tmux.wait_for(lambda s: "●" not in s)

        publish(site)
        tmux.send("R")  # a refresh (the timed one does the same: tests/tui/test_keepup.py)
        # The status line and the list are painted in separate frames: under load a capture can
        # fall between them, so wait for both rather than asserting on the first.
        tmux.wait_for(lambda s: "1 new in All News" in s and "◆" in s and NEW_TITLE[:40] in s)
        tmux.wait_for("striker: Ulsan Tigers sign")  # the alert: its watch word, the title
        assert server.stats.not_modified > 0  # the feeds that did not change: 304s

        tmux.send("g", "N")  # N goes down from the cursor: from the top, the new one is first
        tmux.wait_for(lambda s: "Published" in s and "Brazilian striker" in s)
        tmux.wait_for(lambda s: "1 new in" not in s)
        tmux.send("N")
        tmux.wait_for("Nothing unread anywhere")
        tmux.send("q")
        tmux.wait_for("EXIT=0")
