"""Round 38's probe battery: invented one- and two-paragraph snippets covering the shapes of
the speaker phrase in wire copy (speaker before or after the quotation, inverted "said NAME",
long and short titles in capitals and lowercase, acronyms and Hangul in brackets, ages,
appositives, what follows the name, "according to", "told reporters", "quoted NAME as
saying", a spokesperson's words, bodies as speakers). The probes live in
``round38_probes.txt``, one a line; the short form is what the panel shows.

208 probes, every name invented (one probe with an uncertain answer left out: "said the
North's state media"). On main before the round 33 fail; after it 6, kept as known gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.quotes import extract_quotes

_QUOTE = '"The bridge will reopen before the holiday,"'
_SENTENCE = '"The bridge will reopen before the holiday."'


def _probes(gaps: bool) -> list[tuple[str | None, list[str]]]:
    found = []
    for line in (Path(__file__).parent / "round38_probes.txt").read_text("utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("!") != gaps:
            continue
        short, *paragraphs = line.lstrip("!").split(" | ")
        expanded = [
            p.replace("Q ", _QUOTE + " ", 1) if p.startswith("Q ") else _expand_sentence(p)
            for p in paragraphs
        ]
        found.append((None if short == "-" else short, expanded))
    return found


def _expand_sentence(paragraph: str) -> str:
    return paragraph[:-1] + _SENTENCE if paragraph.endswith(" S") else paragraph


_SETTINGS = (" at ", " in ", " on ", " during ", " adding", " told", " said", " according")


def _short(paragraphs: list[str]) -> str | None:
    """The panel's short speaker; fails when the speaker phrase (before any appositive) runs
    into where or how the words were said ("Kim at a briefing") and the short form does not."""
    found = [q for q in extract_quotes("", paragraphs) if "reopen" in q.text]
    assert found, paragraphs
    speaker, short = found[0].speaker, found[0].speaker_short
    if speaker and short:
        head = " " + speaker.split(",")[0]
        assert not [w for w in _SETTINGS if w in head and w not in " " + short], speaker
    return short


def test_the_battery_is_whole() -> None:
    assert len(_probes(False)) + len(_probes(True)) >= 200


@pytest.mark.parametrize(("short", "paragraphs"), _probes(False))
def test_the_probe_gets_its_speaker(short: str | None, paragraphs: list[str]) -> None:
    assert _short(paragraphs) == short


# known gaps: the role reader keeps "Ambassador to PLACE NAME" and "Assistant Secretary of
# State for ... NAME" whole and shortens "Director of National Intelligence NAME" to
# "Intelligence NAME"; "according to a statement from the ministry" gives the statement; a
# capitalised place after the name stays in the phrase ("said NAME in Seoul")
@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("short", "paragraphs"), _probes(True))
def test_known_gaps(short: str | None, paragraphs: list[str]) -> None:
    assert _short(paragraphs) == short
