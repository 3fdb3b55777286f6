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


# After an inverted "said NAME", a phrase of place or manner whose object is a common noun
# ("at a briefing", "in a statement") tells where the words were said: it was read as part of
# the speaker phrase, and the panel showed "Kim at a briefing" as the speaker.
@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("said Noh Ga-ram at a briefing.", "Noh Ga-ram"),
        ("said Noh Ga-ram in a statement on Monday.", "Noh Ga-ram"),
        ("said Noh Ga-ram at a press conference in Busan.", "Noh Ga-ram"),
        ("said Noh Ga-ram in an interview with a local radio station.", "Noh Ga-ram"),
        (
            "said Harbour Minister Noh Ga-ram at the opening ceremony.",
            "Harbour Minister Noh Ga-ram",
        ),
        ("said Noh at the pier.", "Noh"),
        ("said Noh Ga-ram (노가람) in a radio interview.", "Noh Ga-ram"),
        ("said Brent Halloway on the sidelines of the forum.", "Brent Halloway"),
        ("said Noh Ga-ram in a Facebook post.", "Noh Ga-ram"),
        ("said Noh Ga-ram in her New Year's address.", "Noh Ga-ram"),
    ],
)
def test_where_the_words_were_said_is_not_the_speaker(after: str, speaker: str) -> None:
    found, short = _speaker(f"{QUOTE} {after}")
    assert found == speaker
    assert short is not None and speaker.endswith(short)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a capitalised object may be where the person works: it stays
        (
            f"{QUOTE} said Noh Ga-ram at the Coastal Safety Institute.",
            "Noh Ga-ram at the Coastal Safety Institute",
        ),
        # the phrase after a role, not a name, is left as it was
        (f"{QUOTE} said an official at the harbour office.", "an official at the harbour office"),
        # before the verb the place was never in the phrase
        (f"{QUOTE} Noh Ga-ram said at a briefing.", "Noh Ga-ram"),
        (f'Noh Ga-ram said at a briefing, {QUOTE[:-2]}."', "Noh Ga-ram"),
        # a body in a statement already spoke for itself
        (f"{QUOTE} said the Harbour Authority in a statement.", "Harbour Authority"),
        # an appositive after a comma keeps its own place
        (f"{QUOTE} said Noh Ga-ram, a pilot at the port.", "Noh Ga-ram, a pilot at the port"),
    ],
)
def test_a_place_that_describes_or_stands_elsewhere_keeps_its_answer(
    paragraph: str, speaker: str
) -> None:
    assert _speaker(paragraph)[0] == speaker


def test_a_plural_noun_at_the_start_of_a_sentence_keeps_its_place() -> None:
    # not after "said": "Ferrymen in the bay" describes who speaks
    (quote,) = extract_quotes("", ['Ferrymen in the bay have a saying: "The tide keeps time."'])
    assert quote.speaker in (None, "Ferrymen in the bay")


# A body, its bracketed acronym, then a LOWERCASE title and the person, after "said": the
# phrase stopped at the bracket and the body was given the person's words (round 37 read the
# capitalised title only: "said Agency (ACR) Commissioner NAME").
@pytest.mark.parametrize(
    ("after", "person"),
    [
        ("said Green Harbour Party (GHP) floor leader Noh Ga-ram.", "Noh Ga-ram"),
        ("said Coastal Defence Staff (CDS) spokesperson Col. Pae Un-gyeol.", "Pae Un-gyeol"),
        ("said Korea Tidal Guard (KTG) chief Yeom Da-bin at a briefing.", "Yeom Da-bin"),
        ("said Green Harbour Party (GHP) lawmaker Noh Ga-ram on Friday.", "Noh Ga-ram"),
        ("said Ferry Safety Board (FSB) head Pae Un-gyeol (배운결).", "Pae Un-gyeol"),
    ],
)
def test_a_lowercase_title_after_an_acronym_names_the_person(after: str, person: str) -> None:
    speaker, short = _speaker(f"{QUOTE} {after}")
    assert short == person
    assert speaker is not None and speaker.endswith(person)


@pytest.mark.parametrize(
    ("after", "body"),
    [
        ("said the Green Harbour Party (GHP) in a statement.", "Green Harbour Party"),
        ("said the Green Harbour Party (GHP) spokesperson in a statement.", "Green Harbour Party"),
        ("said the Korea Tidal Guard (KTG) on Monday.", "Korea Tidal Guard"),
        ("said the Korea Tidal Guard (KTG), which runs the patrols.", "Korea Tidal Guard"),
    ],
)
def test_a_body_and_its_acronym_without_a_named_officer_keep_their_answer(
    after: str, body: str
) -> None:
    assert _speaker(f"{QUOTE} {after}")[1] == body


def test_before_the_verb_the_lowercase_title_already_gave_the_person() -> None:
    paragraph = f"{QUOTE} Green Harbour Party (GHP) floor leader Noh Ga-ram said."
    assert _speaker(paragraph)[1] == "Noh Ga-ram"


# "State" is also a reporting verb: a capitalised one before a capital is a name's word, not
# the verb ("said the U.S. State Department" gave "Department"; "said the State Department on
# Monday" gave no speaker at all).
@pytest.mark.parametrize(
    ("after", "short"),
    [
        ("said the U.S. State Department.", "U.S. State Department"),
        ("said the State Department on Monday.", "State Department"),
        ("said State Department spokesperson Dale Pemberton.", "Dale Pemberton"),
    ],
)
def test_a_capitalised_state_before_a_capital_is_a_name(after: str, short: str) -> None:
    assert _speaker(f"{QUOTE} {after}")[1] == short


@pytest.mark.parametrize(
    ("after", "short"),
    [
        ("said U.S. State Department official Dale Pemberton.", "Dale Pemberton"),
        ("said Dale Pemberton, a State Department spokesperson.", "Dale Pemberton"),
        ("said Noh Ga-ram. Stated plainly, the plan is late.", "Noh Ga-ram"),
        ("said the department.", "department"),
    ],
)
def test_state_elsewhere_keeps_its_answer(after: str, short: str) -> None:
    assert _speaker(f"{QUOTE} {after}")[1] == short
