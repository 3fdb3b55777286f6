"""``herald-tui cache ...`` and ``herald-tui search``: plain, safe text; clear errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from herald_tui.cache import Store
from herald_tui.cli import main
from herald_tui.commands.cache import parse_age
from herald_tui.commands.search import marked
from tests.cache.factories import article, headline


@pytest.fixture
def filled(dirs: tuple[Path, Path]) -> tuple[Path, Path]:
    old = datetime.now(UTC) - timedelta(days=40)
    with Store.open(*dirs) as store:
        store.put_articles([article(1, headline="Missile launch condemned"), article(2)])
        store.put_article(article(3, source="koreaherald", headline="Old news"), fetched_at=old)
        store.put_headlines("yonhap/nk", [headline(1), headline(2)])
        store.set_saved(article(2), True)
    return dirs


@pytest.mark.parametrize(
    ("text", "age"),
    [("30d", timedelta(days=30)), ("12h", timedelta(hours=12)), ("2W", timedelta(weeks=2))],
)
def test_parse_age(text: str, age: timedelta) -> None:
    assert parse_age(text) == age


def test_cache_path(cli, dirs: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    assert cli("cache", "path") == (0, f"{dirs[0]}\n", "")
    assert cli("cache", "path", "--data") == (0, f"{dirs[1]}\n", "")
    assert not dirs[0].exists()  # printing the path creates nothing


def test_cache_info(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("cache", "info")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith(f"cache:     {filled[0] / 'cache.sqlite3'} (")
    assert "articles:  3" in lines
    assert any(line.split() == ["koreaherald", "1"] for line in lines)
    assert any(line.split() == ["yonhap", "2"] for line in lines)
    assert "saved:     1" in lines
    assert any(line.split()[:3] == ["yonhap/nk", "2", "headlines,"] for line in lines)
    assert all(line.endswith(" KST") for line in lines if "synced" in line)


def test_cache_info_says_one_headline(cli, dirs: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    with Store.open(*dirs) as store:
        store.put_headlines("yonhap/nk", [headline(1)])
    line = next(line for line in cli("cache", "info")[1].splitlines() if "yonhap/nk" in line)
    assert line.split()[1:3] == ["1", "headline,"]


def test_cache_info_on_nothing_creates_nothing(cli, dirs: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("cache", "info")
    assert status == 0 and "articles:  0" in out.splitlines()
    assert out.splitlines()[0] == f"cache:     {dirs[0] / 'cache.sqlite3'} (not created yet)"
    assert out.splitlines()[1] == f"data:      {dirs[1] / 'user.sqlite3'} (not created yet)"
    assert not dirs[0].exists() and not dirs[1].exists()


def test_cache_prune_keeps_saved(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("cache", "prune", "--older-than", "30d")
    assert status == 0
    assert out == (
        "removed 1 article not fetched for 30 days, 2 headlines older than that, and"
        " 0 section lists with nothing left; saved articles are kept\n"
    )
    with Store.open(*filled) as store:
        assert store.get_article(article(3).url) is None
        assert store.get_article(article(1).url) is not None
    assert cli("cache", "prune", "--older-than", "0h", "--yes")[1] == (
        "removed 2 articles not fetched for 0 days, 0 headlines older than that, and"
        " 1 section list with nothing left; saved articles are kept\n"
    )
    with Store.open(*filled) as store:
        assert store.get_article(article(2).url) == article(2)  # saved
        assert store.info().sections == ()


def test_cache_prune_of_everything_asks_for_yes(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("cache", "prune", "--older-than", "0d")
    assert (status, out) == (2, "")
    assert err == (
        "herald-tui: error: --older-than 0 removes every cached article and section list;"
        " add --yes if that is what you want (saved articles are kept)\n"
    )
    with Store.open(*filled) as store:
        assert store.info().articles == 3 and len(store.info().sections) == 1


def test_cache_prune_refuses_a_negative_age_clearly(
    cli: Callable[..., tuple[int, str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli("cache", "prune", "--older-than", "-5d")
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "argument --older-than: invalid age '-5d': an age cannot be negative" in err


@pytest.mark.parametrize("bad", [["--older-than", "30"], ["--older-than", "d"], []])
def test_cache_prune_usage_errors(cli, bad: list[str]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        cli("cache", "prune", *bad)
    assert exit_.value.code == 2


def test_cache_needs_an_action(cli) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_:
        cli("cache")
    assert exit_.value.code == 2


def test_cache_vacuum(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("cache", "vacuum")
    assert status == 0 and out.startswith("compacted: ") and " MiB -> " in out


def test_search_text(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("search", "missile", "launch")
    assert (status, err) == (0, "")
    title, facts, snippet, blank = out.split("\n")[:4]
    assert title == "Missile launch condemned"
    assert facts == f"  yonhap · Economy · 2024-07-10 09:28 · {article(1).url}"
    assert snippet.startswith("  ") and "\x02" not in snippet and "\x1b" not in snippet
    assert blank == ""


def test_search_json_and_limit(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("search", "--json", "--limit", "1", "exports")
    hits = _json_lines(out)
    assert status == 0 and len(hits) == 1
    assert set(hits[0]) == {"url", "title", "source", "section", "published", "snippet", "stored"}
    assert "\x02" in hits[0]["snippet"] and "\x03" in hits[0]["snippet"]
    assert len(_json_lines(cli("search", "--json", "exports")[1])) == 3


def _json_lines(out: str) -> list[dict[str, Any]]:
    """Every --json prints one JSON object per line, as ``headlines --json`` does."""
    return [json.loads(line) for line in out.splitlines()]


def test_search_no_match_and_bad_query(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    assert cli("search", "zyzzyva") == (1, "", "herald-tui: no matches\n")
    status, out, err = cli("search", '"unclosed')
    assert status == 1 and out == ""
    assert err.startswith("herald-tui: error: unclosed quote") and err.count("\n") == 1


def test_search_with_no_cache_at_all_says_so(cli, dirs: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("search", "korea")
    assert (status, out) == (1, "")
    assert err == (
        f"herald-tui: error: the cache directory {dirs[0]} does not exist:"
        " nothing was read or synced there yet\n"
    )
    assert not dirs[0].exists()


@pytest.mark.parametrize("which", ["--cache-dir", "--data-dir"])
def test_search_in_an_unusable_directory_names_it(
    filled: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path, which: str
) -> None:
    label = "cache" if which == "--cache-dir" else "data"
    a_file = tmp_path / "not-a-dir"
    a_file.write_text("")
    dirs = {"--cache-dir": str(filled[0]), "--data-dir": str(filled[1]), which: str(a_file)}
    status = main([*(part for pair in dirs.items() for part in pair), "search", "exports"])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err == f"herald-tui: error: the {label} directory {a_file} is not a directory\n"
    dirs[which] = str(tmp_path / "mistyped")
    status = main([*(part for pair in dirs.items() for part in pair), "search", "exports"])
    assert status == 1 and f"{tmp_path / 'mistyped'} does not exist" in capsys.readouterr()[1]


def test_marked_snippets_are_safe() -> None:
    snippet = "North \x02Korea\x03\n fired \x1b]52;c;evil\x07 a \x02missile\x03"
    assert marked(snippet, "[", "]") == "North [Korea] fired ]52;c;evil a [missile]"
    assert marked(snippet, "", "") == "North Korea fired ]52;c;evil a missile"


def test_search_exclusion_in_one_quoted_argument(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("search", "--json", "exports -missile")
    assert status == 0
    assert {h["url"] for h in _json_lines(out)} == {article(2).url, article(3).url}
