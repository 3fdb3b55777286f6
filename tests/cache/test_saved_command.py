"""``herald-tui saved --format text|markdown|json``: the saved articles, newest saved first,
offline, one section (or JSON line) each."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from herald_tui.cache import Store
from herald_tui.cli import main
from tests.cache.factories import article

KST = timezone(timedelta(hours=9))
Cli = Callable[..., tuple[int, str, str]]

FIRST = article(
    1,
    headline="Exports rise for 9th month",
    byline="Kim Soo-yeon",
    updated=datetime(2024, 7, 10, 11, 5, tzinfo=KST),
)
SECOND = article(2, headline="Hangul names: 최은영 meets *the* [press]", source="koreaherald")


@pytest.fixture
def cli(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run the command line, offline, on the test's directories: (status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--offline", "--cache-dir", str(dirs[0]), "--data-dir", str(dirs[1]), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return run


@pytest.fixture
def saved(dirs: tuple[Path, Path]) -> None:
    """FIRST saved, then SECOND (so SECOND is the newest saved); a third only cached."""
    with Store.open(*dirs) as store:
        store.put_articles([FIRST, SECOND, article(3)])
        store.set_saved(FIRST, True)
        store.set_saved(SECOND, True)


@pytest.mark.usefixtures("saved")
def test_markdown_is_one_section_per_saved_article_newest_saved_first(cli: Cli) -> None:
    status, out, err = cli("saved", "--format", "markdown")
    assert status == 0 and err == ""
    sections = out.split("\n---\n\n")
    assert len(sections) == 2
    newest, older = sections
    assert newest.startswith("*The Korea Herald · Economy*\n\n# Hangul names: 최은영 meets ")
    assert "\\*the\\* \\[press\\]" in newest  # page text stays literal Markdown
    assert older.startswith("*Yonhap News Agency · Economy*\n\n# Exports rise for 9th month\n")
    assert "\n*Kim Soo-yeon · Published 2024-07-10 09:28 KST · Updated 2024-07-10 11:05 KST*\n" in (
        older
    )
    assert "\n*Containers stacked at Busan port. (Yonhap)*\n" in older  # the caption
    assert f"\n{FIRST.paragraphs[0]}\n" in older
    assert older.endswith(f"\n[{FIRST.url}](<{FIRST.url}>)\n")
    assert "article 3" not in out  # cached, not saved


@pytest.mark.usefixtures("saved")
def test_json_is_one_article_per_line(cli: Cli) -> None:
    status, out, err = cli("saved", "--format", "json")
    assert status == 0 and err == ""
    lines = out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["url"] for r in rows] == [SECOND.url, FIRST.url]
    assert rows[1]["headline"] == FIRST.headline and rows[1]["byline"] == "Kim Soo-yeon"
    assert rows[1]["photos"][0]["caption"] == "Containers stacked at Busan port."
    assert rows[1]["updated"].startswith("2024-07-10T")


@pytest.mark.usefixtures("saved")
def test_text_is_the_default(cli: Cli) -> None:
    status, out, _err = cli("saved")
    assert status == 0
    articles = out.split("\n" + "-" * 80 + "\n\n")
    assert [a.splitlines()[1] for a in articles] == [SECOND.headline, FIRST.headline]
    assert "[Photo] Containers stacked at Busan port. (Yonhap)" in articles[1]


def test_nothing_saved_is_one_line_and_exit_1(cli: Cli, dirs: tuple[Path, Path]) -> None:
    with Store.open(*dirs) as store:
        store.put_articles([FIRST])
    assert cli("saved", "--format", "markdown") == (
        1,
        "",
        "herald-tui: nothing saved yet (articles saved in the app are listed here)\n",
    )


def test_a_data_directory_that_does_not_exist_is_one_line(cli: Cli) -> None:
    status, out, err = cli("saved", "--format", "json")
    assert status != 0 and out == ""
    assert err.startswith("herald-tui: error: the cache directory ") and err.count("\n") == 1


def test_an_unknown_format_is_a_usage_error(cli: Cli) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli("saved", "--format", "html")
    assert exit_.value.code == 2
