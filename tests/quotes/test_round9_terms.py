"""Round 9a of issue 13: what is in quotation marks but is no quotation (a term, a name, a
title, a label) never gets a speaker, whoever speaks in the sentence. The frames were sorted
from the negatives of the tuning splits that a speaker nearby would have turned into quoted
terms with a speaker (`herald_tui/quotes/_glosses.py`). Every example is invented (no
sentence or name comes from any corpus split); each term has a speaker in its sentence, and
near misses pin the short partial quotations (issue 13, class 2) that must keep theirs."""

from __future__ import annotations

import pytest

from herald_tui.model import Quote
from tests.quotes.test_round4 import quotes


def _in_body(*paragraphs: str) -> tuple[Quote, ...]:
    return tuple(q for q in quotes("SEOUL -- The panel met on Monday.", *paragraphs) if q.paragraph)


def _given_a_speaker(paragraph: str) -> list[str]:
    return [q.text for q in _in_body(paragraph) if q.speaker is not None]


def _speakers(paragraph: str) -> dict[str, str | None]:
    return {q.text: q.speaker_short for q in _in_body(paragraph)}


# --- a gloss or a definition right after the term -------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Toh Min-gyu said complaints about "jjokbang," or single-room flats, doubled this year.',
        'Toh Min-gyu said "nunchi" is short for reading the mood of a room.',
        'Toh Min-gyu said "bap-jeong," which literally means rice affection, keeps families close.',
        'Toh Min-gyu said "open banking" -- accounts shared between apps -- would start in May.',
        'Toh Min-gyu said "data dams" -- stores of public data kept and opened by Seoul -- were'
        " a pillar of the plan.",
        'Toh Min-gyu said "grid parity," the point at which solar power costs no more than coal,'
        " was two years away.",
        'Toh Min-gyu said "han," a feeling of grief and resentment, runs through the novel.',
    ],
)
def test_a_term_glossed_or_defined_after_it_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('Toh Min-gyu called the ruling "unfair," or at least hasty, on Monday.', "unfair,"),
        (
            'Toh Min-gyu said the country faced a "fiscal cliff," the worst in a decade.',
            "fiscal cliff,",
        ),
        ('Toh Min-gyu said the market was "overheated," in which case rates could rise.', None),
        ('Toh Min-gyu said the plan was "reckless" -- and he said it twice -- on Monday.', None),
    ],
)
def test_a_second_description_or_an_aside_is_no_gloss(paragraph: str, text: str | None) -> None:
    found = _speakers(paragraph)
    if text is not None:
        assert found[text] == "Toh Min-gyu"
    assert all(speaker == "Toh Min-gyu" for speaker in found.values())


# --- a practice named by its term and defined by the clause after it ------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Regulators have banned practices such as "ghost bidding," in which a seller bids on its'
        " own lots, Auction Board Chair Yeo Dan-bi said.",
        'The two ports revived "relay shipping," under which each carries the other\'s cargo,'
        " in 2022, Yeo Dan-bi said.",
        'Last spring\'s "pollen wave," when counts tripled in a week, filled clinics, Yeo Dan-bi'
        " said.",
    ],
)
def test_a_practice_the_next_clause_defines_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


# --- an official act that puts a thing in a named class --------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'The agency designated the valley "flood-prone" in its annual map, Director Baek Ru-da'
        " said.",
        'Director Baek Ru-da said the regulator had rated the lender "sound" after the audit.',
        'Director Baek Ru-da said the town had been labeled a "dead zone" by travel sites.',
    ],
)
def test_a_class_an_official_act_gives_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        'Analyst Jin Ha-ram said the brokerage kept its "hold" rating on the insurer.',
        'The brokerage upgraded the insurer to "overweight," analyst Jin Ha-ram said.',
        'Jin Ha-ram said the coast guard issued an "orange" alert for the islands.',
        'Jin Ha-ram said the app flagged the transfer as "high risk" within seconds.',
        'Jin Ha-ram said the records were classified "secret" until 2040.',
        'Jin Ha-ram said the valley was declared a "special disaster zone" on Monday.',
    ],
)
def test_a_rating_a_grade_or_a_declared_status_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('Jin Ha-ram said debt had reached an "alarming" level.', "alarming"),
        ('Jin Ha-ram said the talks were at a "critical" stage.', "critical"),
        ('Jin Ha-ram declared the merger "a failure" on Monday.', "a failure"),
    ],
)
def test_how_the_speaker_sees_a_level_or_a_deal_stays_theirs(paragraph: str, text: str) -> None:
    assert _speakers(paragraph)[text] == "Jin Ha-ram"


def test_a_characterising_verb_still_gives_its_subject_words() -> None:
    found = _speakers('Director Baek Ru-da called the map "flawed" and "out of date."')
    assert found == {"flawed": "Baek Ru-da", "out of date.": "Baek Ru-da"}


# --- a noun that names the quotation after it -------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Ham Ye-ji said the strikers marched under the banner of "Fair shifts for all."',
        'Ham Ye-ji said the group campaigned under the banner of "No one left behind."',
        "The weekly said the new canal showed that the council's policy of \"water before"
        ' roads" was right.',
    ],
)
def test_a_title_named_by_its_noun_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


def test_a_period_or_a_warning_of_a_phrase_keeps_its_speaker() -> None:
    found = _speakers('Ham Ye-ji said the county faced a period of "great hardship" ahead.')
    assert found == {"great hardship": "Ham Ye-ji"}


def test_a_headline_that_reads_as_a_sentence_is_no_quotation() -> None:
    paragraph = (
        "The party daily carried the editorial on its front page under the headline"
        ' "Let Us Build the New Harbor With Our Own Hands."'
    )
    assert _in_body(paragraph) == ()


# --- a word spoken of as a word -----------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Analyst Goh Seung-a said mentions of "stagflation" in earnings calls had doubled.',
        'The network avoids the term "old age," preferring "later life," analyst Goh Seung-a said.',
        'Goh Seung-a said words like "slump" and "freefall" were everywhere in the reports.',
        'Goh Seung-a said terms such as "hard landing" scared investors.',
        'Goh Seung-a said the buzzword "quiet luxury" sold handbags.',
    ],
)
def test_a_word_spoken_of_as_a_word_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


def test_an_example_that_is_no_word_keeps_its_speaker() -> None:
    found = _speakers('Goh Seung-a said firms like "ours" would survive the slump.')
    assert found == {"ours": "Goh Seung-a"}


# --- the name of an order, a policy or a plan --------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Chief Inspector Seol Bo-ra said the county imposed a 48-hour "lockdown" order on the'
        " markets.",
        'Seol Bo-ra said the city issued a rarely used "stay-at-home order" on Sunday.',
        'Seol Bo-ra said the plan is part of the mayor\'s "10x10 green corridor policy" for'
        " the river.",
        'Seol Bo-ra said the fund is a scheme the province promotes as "farm to table" abroad.',
        'Seol Bo-ra said the project, which the ministry calls "smart harbor 3.0," began in May.',
        'The weather agency raised the heat alert to its top level, "severe," for the capital,'
        " Seol Bo-ra said.",
    ],
)
def test_the_name_of_an_order_or_a_policy_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('Seol Bo-ra urged a "swift" response from the county.', "swift"),
        ('Seol Bo-ra demanded a "strict" order on the markets.', "strict"),
        ('Seol Bo-ra said the county imposed a "sweeping" ban on Sunday.', "sweeping"),
        ('Seol Bo-ra said the county needs a "comprehensive plan" by May.', "comprehensive plan"),
        ('Seol Bo-ra called it a plan the city "cannot afford."', "cannot afford."),
    ],
)
def test_a_short_partial_quotation_before_a_noun_keeps_its_speaker(
    paragraph: str, text: str
) -> None:
    assert _speakers(paragraph)[text] == "Seol Bo-ra"


# --- an appositive title to a noun of a work or a feature ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Producer Gil Na-rae said the show\'s sequel, "Back to the ferry," would air in May.',
        'Gil Na-rae said the app\'s new feature, "night walk," maps lit streets for women.',
        'Gil Na-rae said the film\'s sequel, "A ferry at dawn," would open in May.',
    ],
)
def test_an_appositive_title_of_a_work_or_feature_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


def test_an_appositive_description_after_a_plain_noun_stays_a_quotation() -> None:
    found = _speakers('Gil Na-rae said the plan, "a lifeline for the islands," would pass.')
    assert found == {"a lifeline for the islands,": "Gil Na-rae"}


# --- unclear: a name or words? Kept, with no speaker -------------------------------------------


def test_what_a_subject_called_a_thing_with_the_is_kept_without_a_speaker() -> None:
    paragraph = (
        'The crew chief, Mun Da-on, called the old ferry "the coffin," the coast guard said.'
    )
    assert _speakers(paragraph) == {"the coffin,": None}


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('Analyst Mun Da-on called data "the new oil" of the decade.', "the new oil"),
        ('Mun Da-on called the merger "the worst" of the year.', "the worst"),
        ('Mun Da-on called the minister "the problem," the union said.', "the problem,"),
    ],
)
def test_a_description_or_a_person_called_something_keeps_the_speaker(
    paragraph: str, text: str
) -> None:
    assert _speakers(paragraph)[text] == "Mun Da-on"


# --- a second name joined to a term ------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Pyo Eun-chae said the pill, known among students as the "focus drug" or "exam candy,"'
        " was sold online.",
        'Pyo Eun-chae said members meet in chat rooms called "jjindda-bang," or "loser rooms."',
    ],
)
def test_a_name_listed_after_a_term_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        (
            'Pyo Eun-chae said the plan was "realistic" and "long overdue."',
            ["realistic", "long overdue."],
        ),
        (
            'Dozens of fans gathered at the gate on Monday, chanting "Eun-chae, Eun-chae" and'
            ' "Bring her back."',
            ["Bring her back."],
        ),
    ],
)
def test_words_listed_after_words_or_a_name_keep_their_speaker(
    paragraph: str, texts: list[str]
) -> None:
    assert [text for text in texts if text in _given_a_speaker(paragraph)] == texts


# --- a title after the noun of a thing with titles, however it is cased ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Choreographer Noh Si-wan said the ballet "salt and moonlight" sold out in a day.',
        'The mural "river of lanterns" will be restored next year, Noh Si-wan said.',
        'Noh Si-wan said her installation, "small hours," was bought by the city.',
        'Noh Si-wan said the navy\'s new vessel "sea crane" would sail in May.',
        'Noh Si-wan said the game "lantern keeper" topped the charts.',
    ],
)
def test_a_title_after_the_noun_of_a_titled_thing_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('Noh Si-wan said the exercise "went well" despite the rain.', "went well"),
        ('Noh Si-wan said the weapon had hit "every target" in the tests.', "every target"),
        ('Noh Si-wan said the festival, "a gift to the city," would return.', None),
    ],
)
def test_a_predicate_or_an_object_after_such_a_noun_stays_the_speakers(
    paragraph: str, text: str | None
) -> None:
    found = _speakers(paragraph)
    assert found and all(speaker == "Noh Si-wan" for speaker in found.values())
    assert text is None or text in found


# --- the name of what is launched, released or sold ---------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Director Sa Eun-ho said the ministry launched "hello neighbor," a call service for the'
        " elderly.",
        'Sa Eun-ho said the studio released "north wind two" in May.',
        'The county unveiled "green step," a bike scheme, on Monday, Sa Eun-ho said.',
        'Sa Eun-ho said the tea is sold as "morning field" in Japan.',
        'Sa Eun-ho said the series airs as "night ferry" abroad.',
    ],
)
def test_the_name_of_what_is_launched_or_sold_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        (
            'Sa Eun-ho said the North launched "unprovoked attacks" on the islands.',
            "unprovoked attacks",
        ),
        ('Sa Eun-ho said the firm had launched "a new era" for the town.', "a new era"),
        ('Sa Eun-ho said the flats were sold as "a bargain" to buyers.', "a bargain"),
    ],
)
def test_what_was_launched_or_sold_in_the_speakers_words_keeps_them(
    paragraph: str, text: str
) -> None:
    assert _speakers(paragraph).get(text) == "Sa Eun-ho"


# --- a title in sentence case inside narration ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Actor Ma Ye-rin said she starred in "Salt flower" in 2019.',
        'Ma Ye-rin said fans of "The quiet harbor" lined up for hours.',
        'In "Salt flower," Ma Ye-rin plays a widow who runs a ferry, the director said.',
        'Ma Ye-rin said tickets for "Salt flower" sold out in a day.',
    ],
)
def test_a_sentence_case_title_in_narration_has_no_speaker(paragraph: str) -> None:
    assert _given_a_speaker(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ('Ma Ye-rin urged "Japan to withdraw its claim" at once.', "Japan to withdraw its claim"),
        ('Ma Ye-rin called the loss "Seoul\'s worst defeat" in years.', "Seoul's worst defeat"),
        ('Ma Ye-rin said the answer was "No comment" at first.', "No comment"),
    ],
)
def test_a_capitalised_partial_quotation_keeps_its_speaker(paragraph: str, text: str) -> None:
    assert _speakers(paragraph).get(text) == "Ma Ye-rin"
