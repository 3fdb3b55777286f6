"""Round 93: a document's words are whoever the copy says put it out.

(1) "The KCNA carried a commentary titled ..." puts the commentary out as "The paper ran an
editorial" does (round 68's issuing verbs): a later '"...," the commentary said' quotes the
agency, not the document. A document carried "from" someone else stays theirs, and a
commentary no one is said to have carried stays a document. (2) A reduced passive after a
document noun, "The report, released by NAME," or "a statement issued by NAME", names its
author: a later "the report said" is that body's (a body not named, or a person the verb
releases, gives nothing). Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of

_LEDE = (
    "SEOUL, March 9 (Yonhap) -- North Korea on Monday denounced a joint naval drill off the"
    " west coast, calling it a rehearsal for war."
)


def test_the_commentary_the_agency_carried_is_the_agencys() -> None:
    paragraphs = [
        _LEDE,
        'The Korean Central News Agency (KCNA) carried a commentary titled "Who Lights the'
        ' Fuse?" a day after the drill began near Baengnyeong Island.',
        '"The warmongers are dancing on the edge of a cliff," the commentary said.',
    ]
    assert speaker_of(paragraphs, "The warmongers") == "Korean Central News Agency"


def test_the_statement_a_paper_carried_is_the_papers() -> None:
    paragraphs = [
        _LEDE,
        "The Rodong Sinmun, the ruling party's newspaper, carried a statement on its front"
        " page on Tuesday.",
        '"Every shell fired there lands on our patience," the statement said.',
    ]
    assert speaker_of(paragraphs, "Every shell fired") == "Rodong Sinmun"


def test_a_statement_carried_from_a_spokesman_is_not_the_papers() -> None:
    paragraphs = [
        _LEDE,
        "The Rodong Sinmun carried a statement from a spokesman for the General Staff of the"
        " Korean People's Army.",
        '"Every shell fired there lands on our patience," the statement said.',
    ]
    assert speaker_of(paragraphs, "Every shell fired") != "Rodong Sinmun"


def test_a_commentary_no_one_carried_stays_a_document() -> None:
    paragraphs = [
        _LEDE,
        "Seoul's defense ministry said the drill would run for five days as planned.",
        '"The warmongers are dancing on the edge of a cliff," a commentary in a Pyongyang'
        " weekly said.",
    ]
    assert speaker_of(paragraphs, "The warmongers") == "a commentary in a Pyongyang weekly"


def test_porters_who_carried_a_banner_do_not_write_a_later_statement() -> None:
    paragraphs = [
        "Market porters in Daegu carried a banner through the square on Sunday, and the"
        " market's merchants' council issued a statement an hour later.",
        '"We carry the city on our backs," the statement said.',
    ]
    speaker = speaker_of(paragraphs, "We carry the city")
    assert speaker is not None and "porters" not in speaker.lower(), speaker


def test_the_report_released_by_a_named_body_is_that_bodys() -> None:
    paragraphs = [
        "SEOUL, March 9 (Yonhap) -- Household debt rose for the fifth straight quarter, a new"
        " report showed Monday.",
        "The 40-page report, released by the Hanbit Household Finance Institute (HHFI), said"
        " young renters had borrowed most of the increase.",
        '"Rent is now the first bill and the last savings," the report said.',
    ]
    assert speaker_of(paragraphs, "Rent is now") == "Hanbit Household Finance Institute"


def test_a_statement_issued_by_a_named_ministry_is_the_ministrys() -> None:
    paragraphs = [
        "A statement issued by the Ministry of Oceans and Fisheries on Tuesday ordered"
        " inspections of every ferry on the Mokpo routes.",
        '"No vessel sails until its lifeboats are checked," the statement said.',
    ]
    assert speaker_of(paragraphs, "No vessel sails") == "Ministry of Oceans and Fisheries"


def test_a_report_released_by_an_unnamed_body_stays_a_document() -> None:
    paragraphs = [
        "The 40-page report, released by a private research group on Monday, said young"
        " renters had borrowed most of the increase.",
        '"Rent is now the first bill and the last savings," the report said.',
    ]
    assert speaker_of(paragraphs, "Rent is now") == "the report"


def test_a_person_released_by_a_body_issues_no_document() -> None:
    paragraphs = [
        "Pyeon Ha-seul (편하슬), released by the Jeonju Prison on Friday after 11 years, said"
        " the letter from his daughter had kept him going.",
        '"Every month she wrote the same line," the letter said.',
    ]
    assert speaker_of(paragraphs, "Every month") != "Jeonju Prison"
