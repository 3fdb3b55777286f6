"""Small helpers the rule tests share over their invented paragraphs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pytest

from herald_tui.quotes import extract_quotes


def last_speaker(paragraphs: list[str]) -> str | None:
    """The speaker of the last quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return quotes[-1].speaker


def last_short(paragraphs: list[str]) -> str | None:
    """The short speaker of the last quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes("", paragraphs)
    assert quotes, paragraphs
    return quotes[-1].speaker_short


def shorts(paragraphs: list[str], headline: str = "") -> list[str | None]:
    """The short speaker of every quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes(headline, paragraphs)
    assert quotes, paragraphs
    return [q.speaker_short for q in quotes]


def speakers(paragraphs: list[str], headline: str = "") -> list[str | None]:
    """The full speaker of every quotation found in ``paragraphs`` (there must be one)."""
    quotes = extract_quotes(headline, paragraphs)
    assert quotes, paragraphs
    return [q.speaker for q in quotes]


def speaker_of(paragraphs: list[str], start: str, *, short: bool = False) -> str | None:
    """The full (or ``short``) speaker of the quotation starting with ``start`` (it must be
    found)."""
    for quote in extract_quotes("", paragraphs):
        if quote.text.startswith(start):
            return quote.speaker_short if short else quote.speaker
    raise AssertionError(f"no quotation starting {start!r} in {paragraphs}")


def speaker_for(paragraphs: list[str], text: str) -> str | None:
    """The full speaker of the quotation whose text is exactly ``text`` (it must be found:
    a span cut longer or shorter fails, where :func:`speaker_of` would take it)."""
    quotes = extract_quotes("", paragraphs)
    for quote in quotes:
        if quote.text == text:
            return quote.speaker
    raise AssertionError(f"no quotation {text!r} among {[q.text for q in quotes]}")


def spoken(paragraphs: list[str], start: str) -> str | None:
    """The speaker of the quotation starting with ``start``; None when it has none or is not
    extracted at all (a term may be either: rounds 140, 141 and 148)."""
    found = [q for q in extract_quotes("", paragraphs) if q.text.startswith(start)]
    return found[0].speaker if found else None


def speaker_holds(got: str | None, want: str | None) -> bool:
    """True when a speaker ``got`` holds ``want`` (with ``want`` None: there is none)."""
    return got is None if want is None else got is not None and want in got


def probe_wrong(
    paragraphs: list[str],
    expected: list[tuple[str, str | None]],
    run_on: tuple[str, ...] = (),
    *,
    headline: str = "",
) -> list[str]:
    """What a probe battery's reader would call wrong in ``paragraphs`` (under ``headline``):
    for each quotation found by a ``piece`` of its text, the speaker ``want`` (a name or role
    the short or full speaker must hold, or one of several joined by "|"; None for no speaker;
    "-word" for no speaker or one holding only that word) not given, or a full speaker running
    on into one of ``run_on`` ("at a briefing")."""
    quotes = extract_quotes(headline, paragraphs)
    wrong = []
    for piece, want in expected:
        hits = [q for q in quotes if piece in q.text]
        if not hits:
            if want is not None and not want.startswith("-"):
                wrong.append(f"{piece!r} not found")
            continue
        speaker, short = hits[0].speaker or "", hits[0].speaker_short
        seen = f"{short or ''}|{speaker}".lower()
        if want is None or want.startswith("-"):
            if short is not None and (want is None or want[1:].lower() not in short.lower()):
                wrong.append(f"{piece!r} given {speaker!r}")
        elif short is None or not any(w in seen for w in want.lower().split("|")):
            wrong.append(f"{piece!r} given {speaker!r}, not {want!r}")
        elif any(tail in speaker.lower() for tail in run_on):
            wrong.append(f"{piece!r} speaker runs on: {speaker!r}")
    return wrong


def resolve_and_near(
    resolve: Iterable[tuple[Any, ...]], near: Iterable[tuple[Any, ...]]
) -> list[Any]:
    """A round's must-resolve cases and near misses as pytest params, named "resolve-N" and
    "near-N" (the rounds' ``test_answer`` runs both)."""
    return [pytest.param(*case, id=f"resolve-{i}") for i, case in enumerate(resolve)] + [
        pytest.param(*case, id=f"near-{i}") for i, case in enumerate(near)
    ]


def battery_params(
    probes: Iterable[tuple[str, list[str], Any]], known: Mapping[str, str]
) -> list[Any]:
    """A battery's ``(name, paragraphs, expected)`` probes as pytest params named by ``name``,
    those in ``known`` marked as strict xfails with their reason (so one that starts to pass
    fails until its mark is removed)."""
    params: list[Any] = []
    for name, paragraphs, expected in probes:
        marks = [pytest.mark.xfail(strict=True, reason=known[name])] if name in known else []
        params.append(pytest.param(paragraphs, expected, id=name, marks=marks))
    return params


def answer_holding(paragraphs: list[str], piece: str) -> str | None:
    """The short and the full speaker ("short|full") of the quotation holding ``piece``; None
    when it has no speaker, "" when no quotation holds it."""
    for quote in extract_quotes("", paragraphs):
        if piece in quote.text:
            if quote.speaker_short is None:
                return None
            return quote.speaker_short + "|" + (quote.speaker or "")
    return ""


def answer_is(answer: str | None, want: str | None) -> bool:
    """True when :func:`answer_holding`'s ``answer`` names ``want`` (any case), or, with
    ``want`` None, when there is no speaker or no quotation at all (a term)."""
    if want is None:
        return not answer
    return answer is not None and want.lower() in answer.lower()
