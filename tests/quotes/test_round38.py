"""Round 38: probes of the speaker phrase of wire copy, written for this round (invented
names and sentences, none from the corpus). Each group is one general rule of English news
prose that the extractor broke; the near misses keep the answer they had."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

QUOTE = '"The ferry will sail again before the storm season,"'


def _speaker(paragraph: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes("", [paragraph])
    return quote.speaker, quote.speaker_short


# A title that holds "of State" or "to PLACE", after an inverted "said": the phrase stopped at
# "State" (read as the verb "state") or at "to", and the title word alone was the speaker.
@pytest.mark.parametrize(
    ("after", "person"),
    [
        ("said Secretary of State Noh Ga-ram.", "Noh Ga-ram"),
        ("said U.S. Secretary of State Brent Halloway.", "Brent Halloway"),
        ("said Deputy Secretary of State Brent Halloway on Monday.", "Brent Halloway"),
        ("said Minister of State Pae Un-gyeol.", "Pae Un-gyeol"),
        ("said British Minister of State Clara Redfern, adding more.", "Clara Redfern"),
    ],
)
def test_a_title_of_state_names_the_person(after: str, person: str) -> None:
    speaker, short = _speaker(f"{QUOTE} {after}")
    assert (speaker, short) == (person, person)


@pytest.mark.parametrize(
    ("after", "person"),
    [
        ("said Ambassador to Indonesia Yeom Da-bin.", "Yeom Da-bin"),
        ("said U.S. Ambassador to Seoul Brent Halloway.", "Brent Halloway"),
        ("said Special Envoy to Africa Pae Un-gyeol on Friday.", "Pae Un-gyeol"),
    ],
)
def test_a_title_to_a_place_keeps_the_person_in_the_phrase(after: str, person: str) -> None:
    # the bare title was the speaker; the short form is still the whole title (left: the
    # role reader, not the phrase after "said", reads "Ambassador to PLACE NAME" as one role)
    speaker = _speaker(f"{QUOTE} {after}")[0]
    assert speaker is not None and speaker.endswith(person)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("said Secretary Noh Ga-ram.", "Noh Ga-ram"),
        ("said Noh Ga-ram to the committee.", "Noh Ga-ram"),
        ("said Noh Ga-ram to reporters.", "Noh Ga-ram"),
        ("said Noh Ga-ram, the minister of state.", "Noh Ga-ram"),
        ("said Ambassador Yeom Da-bin.", "Yeom Da-bin"),
    ],
)
def test_titles_and_bodies_that_already_read_keep_their_answer(after: str, expected: str) -> None:
    assert _speaker(f"{QUOTE} {after}")[1] == expected


@pytest.mark.parametrize(
    "after", ["said the Department of State.", "said the Department of State on Monday."]
)
def test_a_body_of_state_is_read_whole(after: str) -> None:
    assert _speaker(f"{QUOTE} {after}")[1] == "Department of State"  # was "Department"


def test_before_the_verb_the_title_of_state_already_gave_the_person() -> None:
    assert _speaker(f"{QUOTE} Secretary of State Noh Ga-ram said.")[1] == "Noh Ga-ram"
