"""The classes of newswire shapes that issue 13 found missed or misattributed, each pinned by
several invented examples (no sentence comes from the corpus). The rule throughout: no speaker
rather than a wrong one, and a term never has a speaker."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes


def quotes(*paragraphs: str, headline: str = "Headline") -> tuple[Quote, ...]:
    return extract_quotes(headline, paragraphs)


def speakers(found: Sequence[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker_short for q in found}


# --- long titles: an organisation with its acronym, a Hangul name in brackets ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Trains are safe," Korea Rail Safety and Inspection Agency (KRSIA) Commissioner '
        "Han Bo-ra (한보라) said in an interview with Yonhap News Agency on Monday.",
        '"Trains are safe," KRSIA Commissioner Han Bo-ra (한보라) said.',
        '"Trains are safe," Korea Rail Safety and Inspection Agency Commissioner Han Bo-ra said.',
        "Korea Rail Safety and Inspection Agency (KRSIA) Commissioner Han Bo-ra (한보라) said "
        'the trains were "safe."',
    ],
)
def test_long_title_with_acronym_and_hangul(paragraph: str) -> None:
    (quote,) = quotes(paragraph)
    assert quote.speaker_short == "Han Bo-ra"


def test_organisation_in_a_title_is_not_the_person() -> None:
    paras = [
        '"Trains are safe," Korea Rail Safety and Inspection Agency (KRSIA) Commissioner '
        "Han Bo-ra (한보라) said.",
        '"Inspections will double," the KRSIA said in a statement.',
        '"We will publish every report," the agency added.',
    ]
    found = speakers(quotes(*paras))
    assert found["Trains are safe,"] == "Han Bo-ra"
    assert found["Inspections will double,"] == "Korea Rail Safety and Inspection Agency"
    assert found["We will publish every report,"] == "Korea Rail Safety and Inspection Agency"


@pytest.mark.parametrize(
    "headline", ["'Trains are safer than ever': KRSIA chief", "KRSIA head: 'Trains are safer'"]
)
def test_headline_chief_of_an_acronym_is_the_person_heading_it(headline: str) -> None:
    body = [
        "Korea Rail Safety and Inspection Agency (KRSIA) Commissioner Han Bo-ra (한보라) spoke "
        "to Yonhap on Monday about the new inspection regime."
    ]
    (head,) = quotes(*body, headline=headline)
    assert head.speaker_short == "Han Bo-ra"


def test_organisation_name_joined_by_and_after_according_to() -> None:
    paras = [
        'Delays were "mostly" caused by snow, according to the Korea Rail Safety and '
        "Inspection Agency (KRSIA)."
    ]
    assert speakers(quotes(*paras)) == {"mostly": "Korea Rail Safety and Inspection Agency"}


def test_headquarters_is_an_organisation_the_role_refers_back_to() -> None:
    paras = [
        "The Central Flood Countermeasures Headquarters raised the alert to its highest level.",
        '"Stay away from rivers," the headquarters said in a statement.',
    ]
    assert speakers(quotes(*paras)) == {
        "Stay away from rivers,": "Central Flood Countermeasures Headquarters"
    }


def test_venerable_is_a_title() -> None:
    paras = ['"The bell rings for everyone," said Ven. Doyun, the abbot of the temple.']
    assert speakers(quotes(*paras)) == {"The bell rings for everyone,": "Doyun"}


# --- short quotations in a sentence whose speaker is known are partials ----------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            'The new bridge poses "no risk" to shipping, a port authority official said Friday.',
            "no risk",
            "port authority official",
        ),
        (
            'The opening day was "remarkably calm," according to the station master.',
            "remarkably calm,",
            "station master",
        ),
        (
            'Most of the injured were "lightly" hurt, according to the Busan Fire Department.',
            "lightly",
            "Busan Fire Department",
        ),
        (
            'Talks were "productive" and "frank," the vice minister said.',
            "frank,",
            "vice minister",
        ),
    ],
)
def test_short_quotation_in_a_sentence_its_closing_clause_attributes(
    paragraph: str, text: str, speaker: str
) -> None:
    assert speakers(quotes(paragraph))[text] == speaker


# --- terms mentioned as words never get a speaker --------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Park said Seoul counts Hanoi among its "core partners," a term the ministry uses for '
        "its closest allies.",
        'The minister called the program "Blue Ladder," the name of a 1990s housing plan.',
        'Officials kept using "soft landing," a phrase the central bank coined last year.',
    ],
)
def test_quotation_an_appositive_calls_a_term_is_no_quotation(paragraph: str) -> None:
    assert quotes(paragraph) == ()


# --- documents that speak: banners, signs, announcements -------------------------------------


def test_documents_reading_or_playing_speak_for_themselves() -> None:
    paras = [
        'Nurses held placards reading "Staff the wards" and signs saying "Safe shifts now."',
        'Passengers waited as an announcement played every hour: "All ferries are suspended."',
        '"We are ready," the captain said.',
        'The old motto was everywhere in the port: "Sail on."',
    ]
    found = speakers(quotes(*paras))
    assert found["Staff the wards"] == "placards"
    assert found["Safe shifts now."] == "signs"
    assert found["All ferries are suspended."] == "announcement"
    assert found["Sail on."] is None
