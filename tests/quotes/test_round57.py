"""Round 57: rules read from tuning25's wrong speakers.

Invented sentences (no name or sentence from a corpus article). First: "on" after the head of
a body ("Committee", "Commission", "Council", "Conference", "Convention") joins its remit to
its name, as "of" does, and the remit's own "and" or list goes on ("the Presidential
Commission on Rural Renewal and Fisheries Policy said"), so the body speaks, not its last
words. Near misses: a day after "on" ("The Commission on Tuesday said") stays out of the name,
a lowercase "committee on Friday" too, and a body in "of" keeps its reading.

Second: a word of saying or naming in "-s" right after a modal and a bare verb ("would review
claims of", "will face calls for", "would help labels move to") is that verb's object, a noun:
no clause of its own, so its "subject" (the last words of a body's listed name, "Ministry of
Agriculture, Food and Rural Affairs") is not made the speaker. Near misses: a modal right
before the verb ("would call it") stays no report, and a real "-s" verb after a name keeps its
clause.

Third: "a" or "an" and capitalised words only ("An Uzbek", "A Hanul Energy") open a
description whose lowercase words go on ("An Uzbek mining official who toured the site
urged"): the article takes a head noun, so the lowercase word after the capitals is no verb,
and the capitalised word is no speaker. Near misses: a name with no article ("Hanul Energy
warned"), "An official at Hanul Energy", a name with its description.

Fourth: a partial quotation ending on a word, its verb's object after it and an "-ed" word
with more words after that ('had "more than doubled" its exports compared with 2023') is no
tag ('"...," the coach shrugged'): the "-ed" word is a participle after the object, and the
object does not speak. Near misses: tags after a quotation that ends on a comma or a question
mark, and one with no mark at all whose verb ends the clause ('"Not this year" the veteran
laughed, before ...').

"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speakers

REMITS: list[tuple[list[str], str]] = [
    (
        [
            "The Presidential Commission on Rural Renewal and Fisheries Policy said in a "
            'statement that it would draft a "five-year blueprint" by June.'
        ],
        "Presidential Commission on Rural Renewal and Fisheries Policy",
    ),
    (
        ['The Council on Water Security said the dam plan was "years overdue."'],
        "Council on Water Security",
    ),
    (
        [
            '"We cannot wait for another flood," said the Committee on Coastal Safety, Ports '
            "and Shipping."
        ],
        "Committee on Coastal Safety, Ports and Shipping",
    ),
    (
        [
            "The Committee on Digital Literacy and Media Policy said it had found "
            '"serious gaps" in school lessons.',
            '"Teachers need support," the committee said.',
        ],
        "Committee on Digital Literacy and Media Policy",
    ),
]

REMITS_NEAR: list[tuple[list[str], str | None]] = [
    (['The Commission on Tuesday said the fine was "fair and final."'], "The Commission"),
    (['The ethics committee on Friday said the case was "closed."'], "The ethics committee"),
    (
        ['The Ministry of Oceans and Fisheries said the ban was "temporary."'],
        "Ministry of Oceans and Fisheries",
    ),
    (
        [
            "Gil Seo-hyun, who chairs the Committee on Rail Safety and Transport, said the "
            'audit was "long overdue."'
        ],
        "Gil Seo-hyun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), REMITS)
def test_a_body_named_by_its_remit_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), REMITS_NEAR)
def test_remit_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers(paragraphs)[-1] == speaker


OBJECTS: list[tuple[list[str], str]] = [
    (
        [
            "The Ministry of Agriculture, Food and Rural Affairs said it would review claims of "
            '"unpaid overtime" at the plant.'
        ],
        "Ministry of Agriculture, Food and Rural Affairs",
    ),
    (
        [
            "The Ministry of Land, Infrastructure and Transport said it would answer calls for "
            '"safer crossings" this year.'
        ],
        "Ministry of Land, Infrastructure and Transport",
    ),
    (
        [
            "The Ministry of Oceans, Ports and Fisheries said it would help labels move to "
            '"greener boxes" this year.'
        ],
        "Ministry of Oceans, Ports and Fisheries",
    ),
    (
        [
            "Yeon Da-bin said the Ministry of Land, Infrastructure and Transport would answer "
            'calls for "safer crossings" soon.'
        ],
        "Yeon Da-bin",
    ),
]

OBJECTS_NEAR: list[tuple[list[str], str | None]] = [
    (
        [
            "The Ministry of Culture, Sports and Tourism said it would help venues adopt "
            '"cashless tickets."'
        ],
        "Ministry of Culture, Sports and Tourism",
    ),
    (['Jeon Min-gyu said the firm will pay, and the union calls that "a fair deal."'], "the union"),
    (['Bae Yu-ri said the plan was sound, and Ma Seung-ho calls it "a fair deal."'], "Ma Seung-ho"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), OBJECTS)
def test_a_word_of_saying_after_a_modal_verb_is_its_object(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), OBJECTS_NEAR)
def test_object_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers(paragraphs)[-1] == speaker


ARTICLES: list[tuple[list[str], list[str | None]]] = [
    (
        ['A Mongolian mining official who toured the site urged Seoul to send "more engineers."'],
        ["A Mongolian mining official"],
    ),
    (
        [
            "A Daejeon city official who asked not to be named urged residents to stay "
            '"indoors and calm."'
        ],
        ["A Daejeon city official"],
    ),
    (
        [
            'A Kazakh energy official who attended the forum urged Seoul to share "real know-how."',
            '"We came to learn," the official said.',
        ],
        ["A Kazakh energy official", "A Kazakh energy official"],
    ),
]

ARTICLES_NEAR: list[tuple[list[str], str | None]] = [
    (['Hanul Energy warned of "tough winters" ahead.'], "Hanul Energy"),
    (
        ['An official at Hanul Energy warned of "tough winters" ahead.'],
        "An official at Hanul Energy",
    ),
    (
        ['Tak Ryeo-won, a Hanul Energy official, warned of "tough winters" ahead.'],
        "Tak Ryeo-won, a Hanul Energy official",
    ),
    (
        ['A Hanul Energy plant manager who spoke to reporters warned of "a long winter."'],
        "A Hanul Energy plant manager",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ARTICLES)
def test_an_article_before_capitals_opens_a_description(
    paragraphs: list[str], expected: list[str | None]
) -> None:
    assert speakers(paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "speaker"), ARTICLES_NEAR)
def test_article_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers(paragraphs)[-1] == speaker


OBJECT_PARTICIPLES: list[tuple[list[str], str]] = [
    (
        ['The mill had "more than doubled" its exports compared with 2023, the ministry said.'],
        "the ministry",
    ),
    (['Officials "sharply cut" the budget allocated to parks, the mayor said.'], "the mayor"),
    (
        ['Hwangbo Min said the club had "badly misjudged" its fans angered by the price rise.'],
        "Hwangbo Min",
    ),
    (['The co-op "quietly raised" its fees charged to members, the union said.'], "the union"),
]

OBJECT_PARTICIPLES_NEAR: list[tuple[list[str], str | None]] = [
    (['"We held on," the captain grinned.'], "the captain"),
    (['"Why now?" the coach shrugged.'], "the coach"),
    (['"Not this year" the veteran laughed, before walking off.'], "the veteran"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), OBJECT_PARTICIPLES)
def test_an_object_and_participle_after_a_quotation_is_no_tag(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers(paragraphs)[-1] == speaker


@pytest.mark.parametrize(("paragraphs", "speaker"), OBJECT_PARTICIPLES_NEAR)
def test_object_participle_near_misses(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers(paragraphs)[-1] == speaker
