"""Round 91: "Sgt." is a sergeant's title, so "the sergeant" later means that person.

The other ranks before a name ("Gen.", "Col.", "Capt.", "Cmdr.") already gave their holder the
rank as a role; "Sgt." did not, so "the sergeant said" after "Sgt. NAME said" stayed a bare
description. Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_the_sergeant_is_the_one_titled_sgt() -> None:
    paragraphs = [
        "Sgt. Yeon Do-gyeom, a 23-year-old squad leader in the Army's 7th Division, said the new"
        ' boots were "lighter than anything we have worn."',
        '"On a long march your feet decide everything," the sergeant said.',
    ]
    speaker = speaker_of(paragraphs, "On a long march")
    assert speaker is not None and speaker.startswith("Sgt. Yeon Do-gyeom"), speaker


def test_a_sergeant_not_named_before_stays_a_description() -> None:
    paragraphs = [
        "Capt. Yeon Do-gyeom, who commands the company, said the new boots had been tested.",
        '"On a long march your feet decide everything," a sergeant in the company said.',
    ]
    assert speaker_of(paragraphs, "On a long march") == "a sergeant in the company"
