"""The README a newcomer follows: its pictures exist, its keys table reads unambiguously."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _keys_rows() -> list[tuple[str, str]]:
    table = README.split("### Keys", 1)[1].split("\n\n", 2)[1]
    rows = [line.strip("|").split("|", 1) for line in table.splitlines()[2:]]
    return [(keys.strip(), what.strip()) for keys, what in rows]


def test_every_picture_the_readme_shows_is_in_the_repository() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert pictures
    for picture in pictures:
        assert (ROOT / picture).is_file(), picture
        assert (ROOT / picture).stat().st_size < 100_000, f"{picture}: keep it small"


def test_the_keys_table_never_uses_the_search_key_as_a_separator() -> None:
    rows = _keys_rows()
    assert "/" in [keys for keys, _ in rows]  # the search key's own row
    assert all("/" not in keys for keys, _ in rows if keys != "/"), rows


def test_the_readme_says_how_to_reach_the_command() -> None:
    assert "source .venv/bin/activate" in README
    for words in ("mouse", "Tab", "reading mode", "after the command"):
        assert words in README, words
