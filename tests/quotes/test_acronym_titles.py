"""A speaker after "said" whose title holds a bracketed acronym: 'said Korea Disease Control
and Prevention Agency (KDCA) Commissioner NAME'. The phrase after the verb stopped at the
bracket, so the body was given the person's words (issue 13, class 3). Invented sentences."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

QUOTE = '"We will finish the survey before the rains,"'


def _speaker(paragraph: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes("", [paragraph])
    return quote.speaker, quote.speaker_short


@pytest.mark.parametrize(
    ("after", "person"),
    [
        ("said Korea Rural Roads Agency (KRRA) Commissioner Tae Gun-ho.", "Tae Gun-ho"),
        ("said Korea Rural Roads Agency (KRRA) Commissioner Tae Gun-ho (태건호).", "Tae Gun-ho"),
        (
            "said Institute of Coastal Ecology (ICE) Director Mo Yun-seul, adding more.",
            "Mo Yun-seul",
        ),
        ("said Ministry of Ports and Tides (MOPT) Vice Minister Eum Chan-sol.", "Eum Chan-sol"),
        (
            "said Han River Dam Authority (HRDA) President Gal Ha-neul (갈하늘) on Friday.",
            "Gal Ha-neul",
        ),
    ],
)
def test_the_person_after_the_acronym_speaks(after: str, person: str) -> None:
    speaker, short = _speaker(f"{QUOTE} {after}")
    assert short == person
    assert speaker is not None and speaker.endswith(person)


@pytest.mark.parametrize(
    ("after", "body"),
    [
        ("said the Korea Rural Roads Agency (KRRA) in a statement.", "Korea Rural Roads Agency"),
        ("said the Korea Rural Roads Agency (KRRA).", "Korea Rural Roads Agency"),
        ("said the Institute of Coastal Ecology (ICE) on Friday.", "Institute of Coastal Ecology"),
        ("said the Han River Dam Authority (HRDA), which runs the dam.", "Han River Dam Authority"),
    ],
)
def test_a_body_with_its_acronym_still_speaks_for_itself(after: str, body: str) -> None:
    assert _speaker(f"{QUOTE} {after}") == (body, body)


def test_before_the_verb_it_was_already_the_person() -> None:
    paragraph = f"{QUOTE} Korea Rural Roads Agency (KRRA) Commissioner Tae Gun-ho said."
    assert _speaker(paragraph)[1] == "Tae Gun-ho"
