"""Round 13 of issue 13: three structural classes of wrong or missing speakers.

1. **Which name speaks**: two people are named in the sentence and the quotation belongs to the
   one whose clause governs it, not to the subject of the main clause after it: a partial inside
   a relative clause ("Rep. NAME, who called the levy '...',") or inside a claim a possessive
   owns ("Asked about NAME's claim that ... '...',"), before another person's "said".
2. **A description across paragraphs**: "the former prosecutor" opening a paragraph describes
   the one person the paragraph before named and heard, when nothing known of that person
   contradicts it; never with two people there, a known role that differs, or a gap.
3. **No name given**: the speaker sits in a prepositional phrase ("For NAME, the answer is
   simple:", "The message from NAME was clear:", "In the words of NAME,", "came the reply from
   NAME"), or took the floor in the paragraph before a quote-only paragraph ("NAME spoke first.").

Each class has cases that must resolve and near misses that must not (two people fit; the
description fits someone else better; a person or body introduced by the phrase itself). Every
sentence and name is invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from tests.quotes.test_round4 import quotes
from tests.quotes.test_round12 import _speaker

# --- class 1: which name speaks --------------------------------------------------------------

WHICH_NAME = [
    (
        (
            'Responding to Rep. Ko Eun-chan, who called the levy "a tax on farmers," Minister'
            " Yeom Da-hye said the levy would stay.",
        ),
        "a tax on farmers,",
        "Ko Eun-chan",
    ),
    (
        (
            'Yeom Da-hye met Rep. Ko Eun-chan, who has called the levy "a tax on farmers," on'
            " Thursday.",
        ),
        "a tax on farmers,",
        "Ko Eun-chan",
    ),
    (
        (
            'Asked about Ko Eun-chan\'s claim that the levy was "a tax on farmers," Yeom Da-hye'
            " said the data disagreed.",
        ),
        "a tax on farmers,",
        "Ko Eun-chan",
    ),
    (
        (
            'Citing Ko Eun-chan\'s warning that feed prices would "double by spring," Yeom'
            " Da-hye said the levy would be delayed.",
        ),
        "double by spring,",
        "Ko Eun-chan",
    ),
    (
        (
            'Asked about Ko Eun-chan\'s remark that farmers were "being robbed," Yeom Da-hye'
            " laughed.",
        ),
        "being robbed,",
        "Ko Eun-chan",
    ),
    (
        ('Tae Min-jae said his deputy, Ro Ha-eun, had told him the ferry was "not fit to sail."',),
        "not fit to sail.",
        "Ro Ha-eun",
    ),
    (
        ('"We have the votes," Ko Eun-chan told Yeom Da-hye on the floor of the Assembly.',),
        "We have the votes,",
        "Ko Eun-chan",
    ),
    (
        (
            "Ro Ha-eun, whose crew lost to Tae Min-jae's in the final, said the judges were"
            ' "half asleep."',
        ),
        "half asleep.",
        "Ro Ha-eun",
    ),
    (
        ('Yeom Da-hye said Ko Eun-chan\'s claim that the levy was "a tax on farmers" was false.',),
        "a tax on farmers",
        "Ko Eun-chan",
    ),
    (
        (
            "Two days after Ko Eun-chan demanded a hearing and Tae Min-jae walked out of the"
            " committee, the ministry's planning chief, Ro Ha-eun, said the figures were"
            ' "beyond dispute."',
        ),
        "beyond dispute.",
        "Ro Ha-eun",
    ),
    (
        (
            "Speaking after she met Rep. Ko Eun-chan, Minister Yeom Da-hye said the levy was"
            ' "fair and temporary."',
        ),
        "fair and temporary.",
        "Yeom Da-hye",
    ),
]

WHICH_NAME_MISSES = [
    # the partial sits in the main clause: the subject's words, not the one responded to
    (
        ('Responding to Rep. Ko Eun-chan, Yeom Da-hye called the levy "fair and temporary."',),
        "fair and temporary.",
        ("Ko Eun-chan",),
    ),
    # a relative clause without a reporting verb gives its name nothing
    (
        (
            "After meeting Rep. Ko Eun-chan, who chairs the farm committee, Yeom Da-hye said the"
            ' levy was "fair and temporary."',
        ),
        "fair and temporary.",
        ("Ko Eun-chan",),
    ),
    # a claim nobody is named for: not the one named elsewhere in the sentence
    (
        (
            'Asked about claims that the levy was "a tax on farmers," Yeom Da-hye said Ko'
            " Eun-chan had misread the bill.",
        ),
        "a tax on farmers,",
        ("Ko Eun-chan",),
    ),
    # the claim closes before the partial: the partial is the main clause's
    (
        ('Asked about Ko Eun-chan\'s claim, Yeom Da-hye said the levy was "fair and temporary."',),
        "fair and temporary.",
        ("Ko Eun-chan",),
    ),
    # "whom X called": the one who called, not the one called
    (
        (
            'Rep. Ko Eun-chan, whom Yeom Da-hye once called "a tireless critic," said the'
            " levy would fail.",
        ),
        "a tireless critic,",
        ("Ko Eun-chan",),
    ),
    # the one who calls it so is the subject of the relative clause itself
    (
        ('Yeom Da-hye, who called the levy "fair" last month, met Ko Eun-chan on Monday.',),
        "fair",
        ("Ko Eun-chan",),
    ),
    # the listener is not the speaker
    (
        ('"Read the bill," Yeom Da-hye told Rep. Ko Eun-chan, who had called it unfair.',),
        "Read the bill,",
        ("Ko Eun-chan",),
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), WHICH_NAME)
def test_the_name_whose_clause_governs_the_quotation_speaks(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    assert _speaker(*paragraphs, text=text) == speaker


@pytest.mark.parametrize(("paragraphs", "text", "not_speakers"), WHICH_NAME_MISSES)
def test_a_name_whose_clause_does_not_govern_it_does_not_speak(
    paragraphs: tuple[str, ...], text: str, not_speakers: tuple[str, ...]
) -> None:
    assert _speaker(*paragraphs, text=text) not in not_speakers


# --- class 2: a description across paragraphs -------------------------------------------------

ACROSS = [
    (
        (
            'Do Gyeong-su said the bill was badly drafted. "It protects nobody," he said.',
            '"The courts will strike it down," the former prosecutor added.',
        ),
        "The courts will strike it down,",
        "Do Gyeong-su",
    ),
    (
        (
            'Eom Ji-yu has fished off Geoje since 1985. "The sea is empty," she said.',
            '"My son sells insurance now," the veteran said.',
        ),
        "My son sells insurance now,",
        "Eom Ji-yu",
    ),
    (
        (
            "Pi Seung-ho said his players were worn out after the trip to Perth.",
            '"We need a week off," the veteran coach said.',
        ),
        "We need a week off,",
        "Pi Seung-ho",
    ),
    (
        (
            'Byeon Na-ri won her third national title on Sunday. "I was nervous," Byeon said.',
            '"Next year I want the world title," the 24-year-old said.',
        ),
        "Next year I want the world title,",
        "Byeon Na-ri",
    ),
    (
        (
            'Ha Jun-seong said the archive would reopen in May. "Come and see it," he said.',
            '"The masks are back," the former curator said.',
        ),
        "The masks are back,",
        "Ha Jun-seong",
    ),
    (
        (
            'Mateus Pereira joined the club from Porto in July. "I like the city," he said.',
            '"The fans are loud," the Brazilian said.',
        ),
        "The fans are loud,",
        "Mateus Pereira",
    ),
    (
        (
            'Cheon Ye-bin said the court had ignored the victims. "Read the ruling," she said.',
            '"It is a disgrace," the former judge said.',
        ),
        "It is a disgrace,",
        "Cheon Ye-bin",
    ),
    (
        (
            "Mo Sang-uk, 58, said the strike would go on until the yard paid its welders.",
            '"We will not go back," the 58-year-old welder said.',
        ),
        "We will not go back,",
        "Mo Sang-uk",
    ),
    (
        (
            'Ok Ha-yun told reporters the plant had been "a mistake from the start."',
            '"Nobody asked the village," the former mayor said.',
        ),
        "Nobody asked the village,",
        "Ok Ha-yun",
    ),
    (
        (
            "Seok Da-un, a former prosecutor, said the bill was badly drafted.",
            "The committee will vote on it on Friday.",
            '"It protects nobody," the former prosecutor said.',
        ),
        "It protects nobody,",
        "Seok Da-un",
    ),
    (
        (
            'Yeo Gang-ho said the season had been hard. "We lost too many," Yeo said.',
            '"But we never gave up," the 33-year-old striker added.',
        ),
        "But we never gave up,",
        "Yeo Gang-ho",
    ),
]

ACROSS_MISSES = [
    # two people heard in the paragraph before: either may be the former prosecutor
    (
        (
            "Do Gyeong-su and Seok Da-un both said the bill was badly drafted.",
            '"It protects nobody," the former prosecutor said.',
        ),
        "It protects nobody,",
        ("Do Gyeong-su", "Seok Da-un"),
    ),
    (
        (
            'Do Gyeong-su said the bill was badly drafted. Seok Da-un said it was "overdue."',
            '"It protects nobody," the former prosecutor said.',
        ),
        "It protects nobody,",
        ("Do Gyeong-su", "Seok Da-un"),
    ),
    # a known role that differs: the player is not the coach
    (
        (
            'Bong Su-ah, a midfielder, said the squad was worn out. "We need rest," she said.',
            '"We will rotate the team," the coach said.',
        ),
        "We will rotate the team,",
        ("Bong Su-ah",),
    ),
    # a paragraph between: the person is no longer the one just heard
    (
        (
            'Ju Hyeon-woo said the court had ignored the victims. "Read it," he said.',
            "The ruling runs to 400 pages and took two years.",
            '"It is a disgrace," the former judge said.',
        ),
        "It is a disgrace,",
        ("Ju Hyeon-woo",),
    ),
    # a body heard last: "the veteran" is no body, and no person before it
    (
        (
            'Gong Ha-ram said the fleet was shrinking. "We are ten boats now," she said.',
            "The fisheries cooperative said catches had halved since 2015.",
            '"The sea is empty," the veteran said.',
        ),
        "The sea is empty,",
        ("Gong Ha-ram",),
    ),
    # a bare role nothing known of them holds may be someone new answering them
    (
        (
            'Pi Seung-ho said his players were worn out. "They are tired," he said.',
            '"Are they?" the physio said.',
        ),
        "Are they?",
        ("Pi Seung-ho",),
    ),
    # an anonymous role may be anyone
    (
        (
            'Ju Hyeon-woo said the road would close. "It is unsafe," he said.',
            '"We will reopen it in May," the official said.',
        ),
        "We will reopen it in May,",
        ("Ju Hyeon-woo",),
    ),
    # a person known by another age
    (
        (
            'Byeon Na-ri, 24, won her third title on Sunday. "I was nervous," Byeon said.',
            '"She was always fearless," the 51-year-old said.',
        ),
        "She was always fearless,",
        ("Byeon Na-ri",),
    ),
    # "a former prosecutor" is someone new, and so is whoever "the" means after them
    (
        (
            'Do Gyeong-su said the bill was badly drafted. "It is a mess," he said.',
            'A former prosecutor who asked not to be named disagreed. "It is fine," she said.',
            '"Read it twice," the former prosecutor said.',
        ),
        "Read it twice,",
        ("Do Gyeong-su",),
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), ACROSS)
def test_a_description_opening_a_paragraph_is_the_person_just_heard(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    assert _speaker(*paragraphs, text=text) == speaker


@pytest.mark.parametrize(("paragraphs", "text", "not_speakers"), ACROSS_MISSES)
def test_a_description_is_left_when_the_person_is_not_the_one_just_heard(
    paragraphs: tuple[str, ...], text: str, not_speakers: tuple[str, ...]
) -> None:
    assert _speaker(*paragraphs, text=text) not in not_speakers


# --- class 3: a name given where the paragraph names the speaker ------------------------------

NAMED = [
    (
        ('For Jegal Min, the answer is simple: "Build more shelters."',),
        "Build more shelters.",
        "Jegal Min",
    ),
    (
        (
            "For Jegal Min, who has run the shelter since 2015, the answer is simple:"
            ' "Build more shelters."',
        ),
        "Build more shelters.",
        "Jegal Min",
    ),
    (
        ('The message from Jegal Min was clear: "Build more shelters."',),
        "Build more shelters.",
        "Jegal Min",
    ),
    (
        ('The advice of Jegal Min, the shelter\'s director, was short: "Build more shelters."',),
        "Build more shelters.",
        "Jegal Min",
    ),
    (
        ('The message from Jegal Min to Mayor Ok Ha-yun was clear: "Build more shelters."',),
        "Build more shelters.",
        "Jegal Min",
    ),
    (
        ('In the words of Jegal Min, the shelter "cannot survive another winter."',),
        "cannot survive another winter.",
        "Jegal Min",
    ),
    (
        ('"Build more shelters," came the reply from Jegal Min.',),
        "Build more shelters,",
        "Jegal Min",
    ),
    (
        ('"Build more shelters," was the answer from Jegal Min, the shelter\'s director.',),
        "Build more shelters,",
        "Jegal Min",
    ),
    (
        ("Jegal Min, the shelter's director, spoke first.", '"Build more shelters. Now."'),
        "Build more shelters. Now.",
        "Jegal Min",
    ),
    (
        ("Jegal Min took the microphone next.", '"We had forty people here and one exit."'),
        "We had forty people here and one exit.",
        "Jegal Min",
    ),
    (
        ("Jegal Min addressed the council for ten minutes.", '"We had forty people and one exit."'),
        "We had forty people and one exit.",
        "Jegal Min",
    ),
    (
        ('Jegal Min, the shelter\'s director, had one request: "Build more shelters."',),
        "Build more shelters.",
        "Jegal Min",
    ),
]

NAMED_MISSES = [
    # two people in the phrase: either may have said it
    (
        ('For Jegal Min and Ok Ha-yun, the answer is simple: "Build more shelters."',),
        "Build more shelters.",
        ("Jegal Min", "Ok Ha-yun"),
    ),
    # a place, not a speaker
    (
        ('For the city, the answer is simple: "Build more shelters."',),
        "Build more shelters.",
        ("city",),
    ),
    # the one a message is addressed to does not speak
    (
        ('The message to Jegal Min was clear: "Build more shelters."',),
        "Build more shelters.",
        ("Jegal Min",),
    ),
    # two people took the floor: either may speak next
    (
        ("Jegal Min spoke first, then Ok Ha-yun.", '"Build more shelters. Now."'),
        "Build more shelters. Now.",
        ("Jegal Min", "Ok Ha-yun"),
    ),
    # sitting in the hall is no speaking
    (
        (
            '"It is over," Mayor Ok Ha-yun said.',
            "Jegal Min, the shelter's director, sat in the front row.",
            '"We had forty people here and one exit."',
        ),
        "We had forty people here and one exit.",
        ("Jegal Min", "Ok Ha-yun"),
    ),
    # the subject reads it out: the one whose message it is stays unnamed in the verb's place
    (
        ('Ok Ha-yun read the message from Jegal Min aloud: "Build more shelters."',),
        "Build more shelters.",
        ("Jegal Min",),
    ),
    # a reporting verb of its own after the phrase: its subject speaks
    (
        ('For Jegal Min, Mayor Ok Ha-yun had one answer: "Build more shelters."',),
        "Build more shelters.",
        ("Jegal Min",),
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), NAMED)
def test_the_speaker_named_in_a_phrase_or_just_before_is_given(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    assert _speaker(*paragraphs, text=text) == speaker


@pytest.mark.parametrize(("paragraphs", "text", "not_speakers"), NAMED_MISSES)
def test_a_name_in_a_phrase_that_does_not_speak_is_not_given(
    paragraphs: tuple[str, ...], text: str, not_speakers: tuple[str, ...]
) -> None:
    assert _speaker(*paragraphs, text=text) not in not_speakers


def test_the_sets_are_large_enough() -> None:
    for resolves, misses in (
        (WHICH_NAME, WHICH_NAME_MISSES),
        (ACROSS, ACROSS_MISSES),
        (NAMED, NAMED_MISSES),
    ):
        assert len(resolves) >= 10 and len(misses) >= 6


# --- rules read on tuning15's first half (invented examples of the same shapes) --------------

READ_ON_TUNING15 = [
    # "his statement", "her statement": the person "he" or "she" would mean
    (
        (
            "Speaker Lim Do-hwan, who chaired the session, said the vote would go ahead."
            ' "The rules are clear," his statement said.',
        ),
        "The rules are clear,",
        "Lim Do-hwan",
    ),
    (
        (
            'Mayor Bae Ji-a said the pier would reopen in May. "Safety comes first," her statement'
            " read.",
        ),
        "Safety comes first,",
        "Bae Ji-a",
    ),
    # a description that holds the role, in another word ("schoolteacher") or by initials
    (
        (
            "Kwon Yu-na, a retired schoolteacher, joined the protest on Monday with Rep. Cha"
            " Seon-u.",
            '"I want my savings back," the former teacher said.',
        ),
        "I want my savings back,",
        "Kwon Yu-na",
    ),
    (
        (
            "Seol Ha-jun, an electrochemist at the Korea Battery Research Institute, ran the"
            " tests with Min Do-ra of Daegu University.",
            '"The cell held," the KBRI chemist said.',
        ),
        "The cell held,",
        "Seol Ha-jun",
    ),
]

READ_ON_TUNING15_MISSES = [
    # "her statement" after a man who spoke: not his
    (
        (
            'Lim Do-hwan said he would not resign. "It is over," he said. "I regret nothing,"'
            " her statement read.",
        ),
        "I regret nothing,",
        ("Lim Do-hwan",),
    ),
    # two people the description fits: either may be the former teacher
    (
        (
            "Kwon Yu-na, a retired schoolteacher, joined the protest. Gil Mi-so, a retired"
            " music teacher, came with her.",
            "Police said about 300 people took part.",
            '"I want my savings back," the former teacher said.',
        ),
        "I want my savings back,",
        ("Kwon Yu-na", "Gil Mi-so"),
    ),
    # a modifier the description does not hold
    (
        (
            "Kwon Yu-na, a retired schoolteacher from Daegu, joined the protest.",
            "Police said about 300 people took part.",
            '"I want my savings back," the Busan teacher said.',
        ),
        "I want my savings back,",
        ("Kwon Yu-na",),
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), READ_ON_TUNING15)
def test_read_on_tuning15_resolves(paragraphs: tuple[str, ...], text: str, speaker: str) -> None:
    assert _speaker(*paragraphs, text=text) == speaker


@pytest.mark.parametrize(("paragraphs", "text", "not_speakers"), READ_ON_TUNING15_MISSES)
def test_read_on_tuning15_near_misses(
    paragraphs: tuple[str, ...], text: str, not_speakers: tuple[str, ...]
) -> None:
    assert _speaker(*paragraphs, text=text) not in not_speakers


READ_ON_TUNING15_MORE = [
    # "the <Place> native" is the one person the paragraph just named
    (
        (
            'Oh Tae-yang told reporters he would not quit. "I finish what I start," the Mokpo'
            " native said.",
        ),
        "I finish what I start,",
        "Oh Tae-yang",
    ),
    # "the <Place> resident": the one person described as from there
    (
        (
            "Jin Bo-mi, a 50-year-old nurse from Yeosu who saw the ferry tilt, called the"
            " coast guard at 9 a.m.",
            '"Nobody answered for ten minutes," the Yeosu resident said.',
        ),
        "Nobody answered for ten minutes,",
        "Jin Bo-mi",
    ),
    # "in NAME's words," right before the quotation
    (
        ('The pair met in Lyon and, in Gu Ha-yoon\'s words, "never agreed on anything."',),
        "never agreed on anything.",
        "Gu Ha-yoon",
    ),
    # "objected that ..." reports
    (
        ('Her lawyer, Noh Eun-sol, objected that the clip had been "cut to mislead."',),
        "cut to mislead.",
        "Noh Eun-sol",
    ),
    # a past tense after an aside is the predicate, not a subject ("left captain")
    (
        (
            "Eom Tae-gyu, the coach who took over in May, left striker Ha Seung-bin off the"
            ' squad, then told reporters the forward was "not ready."',
        ),
        "not ready.",
        "Eom Tae-gyu",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), READ_ON_TUNING15_MORE)
def test_read_on_tuning15_resolves_more(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    assert _speaker(*paragraphs, text=text) == speaker


def test_a_place_description_fitting_two_people_is_left() -> None:
    paragraphs = (
        "Jin Bo-mi, a nurse from Yeosu, and her neighbor Ahn Do-gyeong, a fisherman from"
        " Yeosu, called the coast guard.",
        "The ferry listed for an hour before it sank.",
        '"Nobody answered for ten minutes," the Yeosu resident said.',
    )
    assert _speaker(*paragraphs, text="Nobody answered for ten minutes,") not in (
        "Jin Bo-mi",
        "Ahn Do-gyeong",
    )


def test_the_lede_s_minister_is_the_minister_named_next_past_a_ministry() -> None:
    # "according to the ministry" speaks first, but a ministry is no minister
    found = quotes(
        "SEOUL, Dec. 4 -- Seoul's farm minister said Friday that rice talks with Vietnam were"
        ' "slower than hoped."',
        "Farm Minister Yun Ga-ram met his Vietnamese counterpart twice, according to the"
        " Ministry of Agriculture.",
        '"We need another round," Yun told reporters.',
    )
    assert {q.text: q.speaker_short for q in found}["slower than hoped."] == "Yun Ga-ram"


# --- rules read on tuning15's second half (invented examples of the same shapes) -------------

READ_ON_TUNING15_B: list[tuple[tuple[str, ...], str, str]] = [
    # an age between a name and a relative clause is kept: "the 58-year-old" is that person
    (
        (
            "Dr. Pyo Gun-woo (표건우), 58, who heads the burns unit, said the ward was full."
            " Hospital director Ma Eun-jeong said beds would be added.",
            '"We have heard that before," the 58-year-old said.',
        ),
        "We have heard that before,",
        "Pyo Gun-woo",
    ),
    (
        (
            "Ravi Menon, 61, who flew in from Mumbai, met Seo Do-hyun on Monday.",
            '"We want patience on tariffs," said the 61-year-old.',
        ),
        "We want patience on tariffs,",
        "Ravi Menon",
    ),
    # a title that ends with the role: "Screenwriter NAME" is "the writer"
    (
        (
            "Screenwriter Go Na-rae said she had finished the second season. Director Woo"
            " Jin-seok said filming would start in May.",
            'The writer smiled: "Nobody dies this time."',
        ),
        "Nobody dies this time.",
        "Go Na-rae",
    ),
    # "the former <Affiliation> <role>" opening a paragraph: the one person just heard
    (
        (
            "Among those who quit was Dr. Yun Hae-sol, who left in June. Yun said she had"
            " warned the board twice.",
            '"Nobody listened," the former Hanbit surgeon said.',
        ),
        "Nobody listened,",
        "Yun Hae-sol",
    ),
]


READ_ON_TUNING15_B += [
    # 'X said Y had ... and told him, "..."': Y's words, the verb coordinated in what X said
    (
        (
            "Pi Chan-yeol said his trainer, Mun Ha-rang, had pulled him aside after the loss"
            ' and told him, "Stop counting the punches."',
        ),
        "Stop counting the punches.",
        "Mun Ha-rang",
    ),
    (
        (
            "Gong Se-ra said Baek Do-hun had visited the plant in March and warned that it was"
            ' "one spark from disaster."',
        ),
        "one spark from disaster.",
        "Baek Do-hun",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), READ_ON_TUNING15_B)
def test_read_on_tuning15_second_half(paragraphs: tuple[str, ...], text: str, speaker: str) -> None:
    assert _speaker(*paragraphs, text=text) == speaker


def test_a_known_role_that_differs_is_not_the_affiliated_description() -> None:
    paragraphs = (
        "Among those who quit was Yun Hae-sol, a nurse who left in June. Yun said she had"
        " warned the board twice.",
        '"Nobody listened," the former Hanbit surgeon said.',
    )
    assert _speaker(*paragraphs, text="Nobody listened,") != "Yun Hae-sol"


def test_a_verb_coordinated_with_the_reporting_clause_itself_is_its_subject_s() -> None:
    # "and told" after the reporting verb's own object: the reporter's subject still speaks
    paragraphs = ('Pi Chan-yeol called Mun Ha-rang after the loss and told him, "Rest."',)
    assert _speaker(*paragraphs, text="Rest.") == "Pi Chan-yeol"


@pytest.mark.parametrize(
    ("paragraph", "term"),
    [
        (
            "The mayor picked Kim Ye-rin, 51, a nurse who runs the night clinic and whom"
            ' parents online call "the night angel." She starts Monday.',
            "the night angel.",
        ),
        (
            'The line is one of 12 the ministry has listed along what it calls an "east-west'
            ' spine" to carry freight to the ports.',
            "east-west spine",
        ),
    ],
)
def test_a_name_a_group_or_a_body_gives_in_the_present_is_no_one_s_words(
    paragraph: str, term: str
) -> None:
    found = {q.text: q.speaker_short for q in quotes("SEOUL -- The panel met.", paragraph)}
    assert found.get(term) is None


def test_what_a_person_called_it_stays_their_words() -> None:
    paragraph = 'Kim Ye-rin said the plan was what she called "a slow disaster."'
    assert _speaker(paragraph, text="a slow disaster.") == "Kim Ye-rin"


def test_the_teenager_is_the_one_person_of_that_age_however_far_back() -> None:
    paragraphs = (
        "Ra Ye-jin, 17, won the junior title in May with a record score.",
        'Her coach, Oh Gi-beom, 44, said she trained six hours a day. "She never stops," he said.',
        "The federation said the final drew 3,000 spectators.",
        '"I want the senior title next," the teenager said.',
    )
    assert _speaker(*paragraphs, text="I want the senior title next,") == "Ra Ye-jin"


def test_the_teenager_is_left_when_two_people_are_that_age() -> None:
    paragraphs = (
        "Ra Ye-jin, 17, and Min Ha-ul, 18, shared the junior title in May.",
        'Their coach, Oh Gi-beom, 44, said they trained six hours a day. "They never stop,"'
        " he said.",
        "The federation said the final drew 3,000 spectators.",
        '"I want the senior title next," the teenager said.',
    )
    assert _speaker(*paragraphs, text="I want the senior title next,") not in (
        "Ra Ye-jin",
        "Min Ha-ul",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ryu Ha-neul set out alone on Monday. At 2:40 p.m. she sent her sister a photo of the"
        ' lake with a message: "Cold but beautiful."',
        'At noon Ryu Ha-neul sent her sister a photo of the lake with a message: "Cold but'
        ' beautiful."',
    ],
)
def test_a_message_a_person_sent_is_theirs(paragraph: str) -> None:
    assert _speaker(paragraph, text="Cold but beautiful.") == "Ryu Ha-neul"


@pytest.mark.parametrize(
    ("paragraph", "not_speakers"),
    [
        ('Ryu Ha-neul and Kim Se-ah sent a message: "Stay away."', ("Ryu Ha-neul", "Kim Se-ah")),
        (
            'Ryu Ha-neul set out alone. At 2 p.m. the park office sent hikers a text: "Stay away."',
            ("Ryu Ha-neul",),
        ),
    ],
)
def test_a_message_with_no_one_sender_is_no_one_s(
    paragraph: str, not_speakers: tuple[str, ...]
) -> None:
    assert _speaker(paragraph, text="Stay away.") not in not_speakers


def test_a_message_named_with_its_sender_is_the_sender_s_not_the_reader_s() -> None:
    paragraph = (
        "The prosecutor then read aloud a message Woo Ha-rin allegedly sent to her deputy in"
        ' May: "Delete the files tonight."'
    )
    assert _speaker(paragraph, text="Delete the files tonight.") == "Woo Ha-rin"


def test_a_message_from_a_body_read_aloud_is_not_a_person_s() -> None:
    paragraph = (
        "The prosecutor then read aloud a message Woo Ha-rin received from the company in"
        ' May: "Delete the files tonight."'
    )
    assert _speaker(paragraph, text="Delete the files tonight.") != "Woo Ha-rin"


@pytest.mark.parametrize(
    "paragraph",
    [
        'Oh said she would keep the shop open. Her sign in the window reads: "Closed Mondays."',
        'Mr. Ryu runs the stall alone. His banner says: "Closed Mondays."',
        'Kim put up a poster by the gate. Her poster reads: "Closed Mondays."',
    ],
)
def test_a_sign_a_person_put_up_is_the_sign_s_not_the_person_s(paragraph: str) -> None:
    # A statement, letter or post is its author's words; a sign, banner or poster speaks as
    # itself (the corpus README's rule for documents), whoever hung it.
    assert _speaker(paragraph, text="Closed Mondays.") not in {"Oh", "Ryu", "Kim"}
