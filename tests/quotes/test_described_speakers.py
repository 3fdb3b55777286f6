"""Speakers the article describes before (or instead of) naming them: the lede's description
named in the next paragraph, a definite noun taken from a title or a body's name, a bare role
as an appositive, a country's body, a capital speaking for its country. Invented examples
only (no sentence comes from the corpus)."""

from __future__ import annotations

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes


def quotes(*paragraphs: str, headline: str = "Headline") -> tuple[Quote, ...]:
    return extract_quotes(headline, paragraphs)


def speaker_of(found: tuple[Quote, ...], text: str) -> str | None:
    return next(q.speaker_short for q in found if q.text == text)


# --- the lede describes, the next paragraph names -----------------------------------------


def test_the_lede_describes_a_person_the_next_paragraph_names() -> None:
    found = quotes(
        'SEOUL, May 3 (Yonhap) -- Ferries will run "on a reduced timetable" until June, the '
        "head of the state port authority said Friday.",
        '"We have three ships in dry dock at once," Korea Port Authority (KPA) Director Moon '
        "Ji-hoon (문지훈) said at a briefing.",
        headline="Ferries to run 'on a reduced timetable': port chief",
    )
    assert speaker_of(found, "on a reduced timetable") == "Moon Ji-hoon"
    assert found[0].paragraph is None and found[0].speaker_short == "Moon Ji-hoon"


def test_the_lede_describes_a_body_the_next_paragraph_names() -> None:
    found = quotes(
        'The country\'s tax agency on Monday warned of "aggressive audits" of shell companies.',
        'The National Tax Service (NTS) said the audits would "start in the spring."',
        '"Nobody is above the rules," the agency said.',
    )
    assert speaker_of(found, "aggressive audits") == "National Tax Service"
    assert speaker_of(found, "Nobody is above the rules,") == "National Tax Service"


def test_an_indefinite_lede_speaker_is_nobody_named_later() -> None:
    found = quotes(
        'A lawmaker on Monday called the plan "a blank cheque."',
        '"We need more time," Finance Minister Ahn Seo-jun said.',
    )
    assert speaker_of(found, "a blank cheque.") != "Ahn Seo-jun"


def test_a_lede_speaker_is_not_someone_else_the_lede_named() -> None:
    found = quotes(
        'The head of the union said the talks with Mayor Ko Eun-bi had gone "nowhere."',
        '"We gave them every chance," Mayor Ko Eun-bi said.',
    )
    assert speaker_of(found, "nowhere.") != "Ko Eun-bi"


def test_another_unnamed_speaker_first_stops_the_lede_naming() -> None:
    found = quotes(
        'The head of the fishing cooperative said catches were "the worst in memory."',
        '"It is the water temperature," a marine biologist said.',
        '"Prices will rise," Oceans Minister Yeo Da-un said.',
    )
    assert speaker_of(found, "the worst in memory.") != "Yeo Da-un"


# --- a definite noun from a title or a name ---------------------------------------------------


def test_the_word_of_a_persons_title_means_that_person() -> None:
    found = quotes(
        '"Rain will come late," Korea Forest Service Administrator Bang Seo-yeon said.',
        '"Keep out of the hills," the administrator said.',
    )
    assert speaker_of(found, "Keep out of the hills,") == "Bang Seo-yeon"


def test_the_word_of_a_bodys_name_means_that_body() -> None:
    found = quotes(
        'The Korea Federation of Fisheries said catches fell "sharply."',
        '"Boats are staying in port," the federation said.',
    )
    assert speaker_of(found, "Boats are staying in port,") == "Korea Federation of Fisheries"


def test_the_word_held_by_two_means_nobody_in_particular() -> None:
    found = quotes(
        '"Stay calm," Forest Administrator Bang Seo-yeon said.',
        '"Stay home," Weather Administrator Ju Min-ho said.',
        '"Stay safe," the administrator said.',
    )
    assert speaker_of(found, "Stay safe,") not in ("Bang Seo-yeon",)


# --- appositives, bodies, capitals ----------------------------------------------------------


def test_a_bare_role_as_appositive() -> None:
    found = quotes(
        '"We will vote on Friday," Rep. Noh Ha-jin (노하진), floor leader of the Justice '
        "Party, said.",
        '"The rules are clear," Seo Yu-na, chief spokesperson for the court, said.',
    )
    assert speaker_of(found, "We will vote on Friday,") == "Noh Ha-jin"
    assert speaker_of(found, "The rules are clear,") == "Seo Yu-na"


def test_a_countrys_body_keeps_its_country() -> None:
    (found,) = quotes('Japan\'s Foreign Ministry called the visit "regrettable."')
    assert found.speaker == "Japan's Foreign Ministry"


def test_a_general_staff_is_a_body_not_a_general() -> None:
    (found,) = quotes('The General Staff of the National Guard said the drill was "routine."')
    assert found.speaker_short == "General Staff of the National Guard"


def test_a_capital_speaks_for_its_country() -> None:
    found = quotes(
        'Tokyo has asked Seoul to "act with restraint" over the fishing dispute.',
        headline="Japan asks Seoul to 'act with restraint'",
    )
    assert speaker_of(found, "act with restraint") == "Japan"


# --- words that look like a speaker or a report but are not ------------------------------


def test_what_someone_would_say_is_no_report() -> None:
    (found,) = quotes(
        'The coast guard warned that fishermen would reply "with force" to any boarding.'
    )
    assert found.speaker_short == "coast guard"


def test_a_preposition_opening_a_sentence_is_no_speaker() -> None:
    (found,) = quotes('Among divers, the rule is put simply: "Plan the dive, dive the plan."')
    assert found.speaker_short is None
