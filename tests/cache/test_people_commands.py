"""``herald-tui people`` and ``herald-tui quotes``: from the cache only, safe text, JSON lines,
one-line errors (issue 18)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from herald_tui.cache import Store
from herald_tui.model import Article, Quote
from herald_tui.times import kst
from tests.people import stories

NOW = datetime.now(UTC).replace(microsecond=0)


def story(n: int, days_ago: int, *paragraphs: str, source: str = "yonhap") -> Article:
    """Invented article ``n``, published ``days_ago`` days ago."""
    return stories.story(n, NOW - timedelta(days=days_ago), *paragraphs, source=source)


@pytest.fixture
def filled(dirs: tuple[Path, Path]) -> tuple[Path, Path]:
    unattributed = Quote("Nobody said this.", None, 0, "full", 1, 18)
    with Store.open(*dirs) as store:
        store.put_articles(
            [
                story(1, 20, '"We will respond firmly," President Yoon Suk Yeol said.'),
                story(2, 2, '"The talks must resume," Yoon Suk Yeol said.', source="koreaherald"),
                story(3, 1, '"Rates stay," said Kim Min-ji (김민지).'),
                story(4, 1, '"This is serious," a senior official said.'),
                dataclasses.replace(
                    story(5, 0, '"Nobody said this." Then silence.'), quotes=(unattributed,)
                ),
            ]
        )
    return dirs


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_people_text(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, err = cli("people")
    assert (status, err) == (0, "")
    when = kst(NOW - timedelta(days=2))[5:16]
    assert out.splitlines()[:2] == [
        f"    2  Yoon Suk Yeol · {when}",
        "       \u201cThe talks must resume,\u201d",
    ]
    assert "    1  Kim Min-ji · " in out
    assert "    1  a senior official · anonymous · " in out  # its role is its name


def test_people_json_since_and_limit(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("people", "--json")
    assert status == 0
    rows = lines(out)
    assert [(r["key"], r["quotes"]) for r in rows] == [
        ("p:yoon suk yeol", 2),
        ("p:kim min ji", 1),
        ("a:https://example.test/yonhap/4#0", 1),
    ]
    assert set(rows[0]) == {
        "key",
        "name",
        "kind",
        "quotes",
        "latest_role",
        "latest_quote",
        "latest_at",
    }
    assert rows[0]["latest_at"] == (NOW - timedelta(days=2)).isoformat()
    week = lines(cli("people", "--json", "--since", "7d")[1])
    assert [(r["name"], r["quotes"]) for r in week] == [  # ties: the newest first
        ("Kim Min-ji", 1),
        ("Yoon Suk Yeol", 1),
        ("a senior official", 1),
    ]
    assert len(lines(cli("people", "--json", "--limit", "1")[1])) == 1


def test_quotes_of_a_speaker_by_name_key_or_hangul(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("quotes", "--speaker", "yoon SUK", "--json")
    assert status == 0
    rows = lines(out)
    assert [(r["source"], r["role"], r["text"]) for r in rows] == [
        ("koreaherald", None, "The talks must resume,"),
        ("yonhap", "President", "We will respond firmly,"),
    ]
    assert rows[1]["speaker"] == "President Yoon Suk Yeol" and rows[1]["paragraph"] == 0
    assert lines(cli("quotes", "--speaker", "p:yoon suk yeol", "--json")[1]) == rows
    (kim,) = lines(cli("quotes", "--speaker", "김민지", "--json")[1])
    assert kim["key"] == "p:kim min ji"
    (official,) = lines(
        cli("quotes", "--speaker", "a:https://example.test/yonhap/4#0", "--json")[1]
    )
    assert official["text"] == "This is serious,"


def test_quotes_filters_period_and_source(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    rows = lines(cli("quotes", "--speaker", "Yoon", "--since", "7d", "--json")[1])
    assert [r["url"] for r in rows] == ["https://example.test/koreaherald/2"]
    rows = lines(cli("quotes", "--speaker", "Yoon", "--source", "YONHAP", "--json")[1])
    assert [r["url"] for r in rows] == ["https://example.test/yonhap/1"]
    status, out, err = cli("quotes", "--source", "nowhere")
    assert (status, out) == (2, "")
    assert err.startswith("herald-tui: error: unknown source 'nowhere'") and err.count("\n") == 1


def test_quotes_of_everyone_include_the_unattributed(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    status, out, _err = cli("quotes")
    assert status == 0
    first = out.split("\n\n")[0].splitlines()
    assert first == [
        f"{kst(NOW)[5:16]}  (unattributed) · yonhap",
        "  \u201cNobody said this.\u201d",
        "  Story 5",
        "  https://example.test/yonhap/5",
    ]
    rows = lines(cli("quotes", "--json", "--limit", "2")[1])
    assert (rows[0]["key"], rows[0]["speaker"]) == (None, None) and len(rows) == 2


def test_nothing_found_is_status_1(cli, filled: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    assert cli("quotes", "--speaker", "Nobody Here") == (1, "", "herald-tui: no quotations\n")
    assert cli("people", "--since", "1h") == (
        1,
        "",
        "herald-tui: no quotations with a speaker in the cache\n",
    )


@pytest.mark.parametrize("command", ["people", "quotes"])
def test_a_missing_or_corrupt_cache_is_one_line(  # type: ignore[no-untyped-def]
    cli, dirs: tuple[Path, Path], command: str
) -> None:
    status, out, err = cli(command)
    assert (status, out) == (1, "")
    assert err.startswith(f"herald-tui: error: the cache directory {dirs[0]} does not exist")
    assert err.count("\n") == 1
    for d in dirs:
        d.mkdir()
    (dirs[0] / "cache.sqlite3").write_bytes(b"not a database at all" * 100)
    status, out, err = cli(command)
    assert (status, out) == (1, "")
    note, nothing = err.splitlines()
    assert note.startswith("herald-tui: note: The article cache at ")
    assert note.endswith("cannot be used read-only (file is not a database).")
    assert nothing.startswith("herald-tui: no quotations")


def test_hostile_text_is_printed_clean(cli, dirs: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    evil = Quote(
        "Hi\x1b]52;c;evil\x07 there", "Kim\x1b[2J Min-ji", 0, "full", 1, 9, "Kim\x1b[2J Min-ji"
    )
    article = dataclasses.replace(story(1, 1, '"Hi there," said Kim Min-ji.'), quotes=(evil,))
    with Store.open(*dirs) as store:
        store.put_article(article)
    for args in (("people",), ("quotes",), ("people", "--json"), ("quotes", "--json")):
        status, out, _err = cli(*args)
        assert status == 0 and "\x1b" not in out and "\x07" not in out
