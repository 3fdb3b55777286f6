"""What a start imports: only what it needs (the start-up figures in docs/PERFORMANCE.md).

Behaviour, not timing: each test runs a fresh interpreter and looks at ``sys.modules``."""

from __future__ import annotations

import subprocess
import sys

from herald_tui.cli import VERSION
from tests.imports import modules_loaded_by

QUIET_VERSION = """
import contextlib, io
from herald_tui.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        status = main(["--version"])
    except SystemExit as exit:  # argparse's way of answering
        status = exit.code
assert status == 0, status
assert out.getvalue() == VERSION + "\\n", out.getvalue()
""".replace("VERSION", repr(VERSION))


def test_version_imports_nothing_of_the_package_but_the_command_line() -> None:
    """No command module, no settings (tomllib), no cache, network or app."""
    heavy = ("herald_tui", "tomllib", "dataclasses", "sqlite3", "httpx", "textual")
    assert modules_loaded_by(QUIET_VERSION, heavy) == ["herald_tui", "herald_tui.cli"]


def test_version_among_other_options_is_still_answered() -> None:
    """Only a bare --version takes the short way; with other words argparse answers it."""
    out = subprocess.run(
        [sys.executable, "-m", "herald_tui", "--offline", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (out.returncode, out.stdout) == (0, VERSION + "\n")


OFFLINE_START = """
import asyncio, pathlib, sys, tempfile
from herald_tui.config import Paths, load_settings
from herald_tui.services import open_library
from herald_tui.tui import check_settings
from herald_tui.tui.app import HeraldApp

home = pathlib.Path(tempfile.mkdtemp())
paths = Paths(home / "config.toml", home / "cache", home / "data")
settings = load_settings(paths.config_file)  # there is none
check_settings(settings, paths.config_file)  # as the command line does first
library = open_library(settings, paths, offline=True)

async def first_frame():
    async with HeraldApp(library, settings).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert pilot.app.screen.query_one("#headlines").is_mounted

asyncio.run(first_frame())
"""


def test_an_offline_start_loads_no_network_and_no_quotation_engine() -> None:
    """Reading the cache needs neither the HTTP client, the page parser, the photo decoder
    and photo screen, the help screen, the browser opener nor the quotation extractor
    (which the quotes package loads as a whole); without a config file, no TOML parser."""
    unneeded = (
        *("httpx", "selectolax", "PIL", "tomllib"),
        *("herald_tui.quotes", "herald_tui.fetchers.http", "herald_tui.tui.screens.photo"),
        "herald_tui.tui.screens.help",  # imported when first shown
        "webbrowser",  # imported when a link is first opened in the browser
    )
    assert modules_loaded_by(OFFLINE_START, unneeded) == []


def test_an_offline_start_loads_no_search_people_index_or_pre_scan() -> None:
    """The first list needs neither search and its ranking, the People index, nor the
    pre-scan and deadline of a parse: each is loaded by what first uses it (they cost the
    start's peak memory, docs/PERFORMANCE.md)."""
    unneeded = (
        *("herald_tui.cache.ranking", "herald_tui.cache.search", "herald_tui.cache.people"),
        "herald_tui.fetchers.safety",
        *("herald_tui.photos.source", "herald_tui.photos.decode"),  # with the first photo
        *("herald_tui.cache.vocab", "herald_tui.cache.quotations"),  # for writes
    )
    assert modules_loaded_by(OFFLINE_START, unneeded) == []


def test_an_offline_start_imports_no_widget_of_a_later_view() -> None:
    """People, the quote panel, search (its box and results) and the find bar are not on
    the first screen: their modules are imported, and the widgets made, when first used.
    The reader and the article view handle their messages by name, so neither imports
    them to name the messages (docs/PERFORMANCE.md, start-up round 5). The first screen's
    article pane shows a message: the article body's widgets come with the first article
    (round 6)."""
    later = tuple(
        f"herald_tui.tui.widgets.{name}"
        for name in ("people", "quotes", "search", "find", "article_body")
    )
    assert modules_loaded_by(OFFLINE_START, (*later, "herald_tui.tui.find")) == []


def test_an_offline_start_imports_no_article_action() -> None:
    """Saving, marking, copying, opening in the browser or the pager act on an article:
    their module and the hand-over to other programs are imported when an article is first
    shown or acted on, and the tmux helpers when the app runs inside tmux."""
    unneeded = (
        "herald_tui.tui.screens.article_actions",
        "herald_tui.tui.handoff",
        "herald_tui.tui.outside",
        "shlex",
    )
    assert modules_loaded_by(OFFLINE_START, unneeded) == []


def test_an_offline_start_loads_no_hash_library_but_blake2() -> None:
    """The cache's checksums are BLAKE2b, which hashlib takes from _blake2 itself: hashlib
    (and OpenSSL's constructors with it) waits for a photo's file name or a download
    (docs/PERFORMANCE.md, start-up round 6: the interned-string table)."""
    assert modules_loaded_by(OFFLINE_START, ("hashlib", "_hashlib", "argparse")) == []


APP_START = """
from herald_tui import cli
started = []
cli._run_app = lambda ctx: started.append(ctx.args) or 0
assert cli.main(["--offline", "--cache-dir", "read"]) == 0
assert started[0].cache_dir == "read" and started[0].run is None, started
"""


def test_an_app_start_imports_no_command_module() -> None:
    """The commands' parsers are built only when the words are not an app start, and the
    usual start's options are read without argparse (docs/PERFORMANCE.md, round 6)."""
    unneeded = ("herald_tui.commands", "herald_tui.cli_parser", "argparse", "gettext")
    assert modules_loaded_by(APP_START, unneeded) == []
