"""Round 39: probes of which words are a quotation and whose, in invented wire sentences.

Rule 1: after an inverted verb the speaker phrase ends before the place or occasion of the
speech: '"...," said Tak Seo-yoon | at a press conference on Monday.' The phrase ran on
through any prepositional phrase, so the panel showed "Tak Seo-yoon at a press conference"
and a role became "minister in a statement", which no earlier mention of the minister
matches. A description that places an indefinite speaker ("said a protester at the rally")
or an affiliation with a capitalised name ("at the Korea Institute", "in Seoul") stays.

Rule 2: in the passive "NAME was quoted by OUTLET as saying ...", the subject speaks, not the
outlet: the phrase before "as saying" was read as the object of an active "quoted" ("the KCNA
quoted Kim as saying") and, failing that, the outlet was taken. The active form ("Yonhap
quoted Kim as saying", "cited the report as saying") and "was quoted as saying" with no agent
are unchanged.

Rule 3: a term glossed by a capitalised name after "or" is a word spoken of, with no speaker:
'Kim said "hallyu," or the Korean Wave, was growing.' A lowercase gloss ("or noise between
floors,") was already read; a capitalised one was not, so the sentence's speaker got the word.

Invented sentences only.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

QUOTE = '"The schedule will not slip again,"'


def _speaker(paragraph: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes("", [paragraph])
    return quote.speaker, quote.speaker_short


@pytest.mark.parametrize(
    ("after", "speaker", "short"),
    [
        ("said Tak Seo-yoon at a press conference on Monday.", "Tak Seo-yoon", "Tak Seo-yoon"),
        ("said Ra Eun-bi in a radio interview.", "Ra Eun-bi", "Ra Eun-bi"),
        ("said Marta Vellini at the start of the summit.", "Marta Vellini", "Marta Vellini"),
        ("said Ha Tae-oh in a YouTube video posted Sunday.", "Ha Tae-oh", "Ha Tae-oh"),
        ("said Pyeon Ji-ho in his speech.", "Pyeon Ji-ho", "Pyeon Ji-ho"),
        ("said Seok Hyun-woo in parliament.", "Seok Hyun-woo", "Seok Hyun-woo"),
        ("said the minister at a press conference.", "the minister", "minister"),
        ("said the ministry in a statement.", "the ministry", "ministry"),
        ("said the Coastal Roads Ministry in a statement.", "Coastal Roads Ministry", None),
        ("said the head of the union in an open letter.", "the head of the union", None),
        ("said Gu Min-jae on condition of anonymity.", "Gu Min-jae", "Gu Min-jae"),
        ("said Yeo Su-bin at the forum.", "Yeo Su-bin", "Yeo Su-bin"),
    ],
)
def test_the_occasion_is_not_part_of_the_speaker(
    after: str, speaker: str, short: str | None
) -> None:
    got, got_short = _speaker(f"{QUOTE} {after}")
    assert got == speaker
    if short is not None:
        assert got_short == short


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("said a protester at the rally.", "a protester at the rally"),
        ("said a resident in Mokpo.", "a resident in Mokpo"),
        ("said Do Ha-rin at the Institute for Tidal Studies.", "Do Ha-rin at the Institute"),
        ("said Jin Seol-a of the Institute for Tidal Studies.", "Jin Seol-a of the Institute"),
        ("said Maeng Do-hyun, an analyst at a local brokerage.", "an analyst at a local"),
        ("said Tak Seo-yoon, a professor in the law school.", "a professor in the law"),
        ("Tak Seo-yoon said at a press conference.", "Tak Seo-yoon"),
        ("said an official in the finance ministry.", "an official in the finance ministry"),
        ("said Henrik Osterby in Oslo.", "Henrik Osterby in Oslo"),
        ("said a woman in her 70s.", "a woman in her 70s"),
    ],
)
def test_a_description_that_places_the_speaker_stays(after: str, speaker: str) -> None:
    got, _ = _speaker(f"{QUOTE} {after}")
    assert got is not None and speaker in got


@pytest.mark.parametrize(
    ("paragraph", "short"),
    [
        (
            'Ri Chol-ung was quoted by the KCNA as saying the test was "a great success."',
            "Ri Chol-ung",
        ),
        (
            'Ri Chol-ung was quoted by the KCNA as saying, "The test was a great success."',
            "Ri Chol-ung",
        ),
        (
            '"The test was a great success," Ri Chol-ung was quoted by the KCNA as saying.',
            "Ri Chol-ung",
        ),
        ('Tak Seo-yoon was quoted by Yonhap as saying the plan was "on track."', "Tak Seo-yoon"),
        (
            'Tak Seo-yoon was cited by local media as saying the plan was "on track."',
            "Tak Seo-yoon",
        ),
        (
            'Pyeon Ji-ho was also quoted by the newspaper as saying, "We are not giving up."',
            "Pyeon Ji-ho",
        ),
        (
            'Seok Hyun-woo has been quoted by state media as saying the plan was "a farce."',
            "Seok Hyun-woo",
        ),
        (
            'Ra Eun-bi, the deputy minister, was quoted by Yonhap as saying, "We will wait."',
            "Ra Eun-bi",
        ),
        ('The minister was quoted by Yonhap as saying the plan was "on track."', "minister"),
        ('Gu Min-jae was quoted by Reuters as saying, "Nothing is settled."', "Gu Min-jae"),
        (
            'Tak Seo-yoon was quoted by Pyeon Ji-ho as saying the plan was "a farce."',
            "Tak Seo-yoon",
        ),
    ],
)
def test_the_subject_of_was_quoted_by_speaks(paragraph: str, short: str) -> None:
    assert _speaker(paragraph)[1] == short


@pytest.mark.parametrize(
    ("paragraph", "short"),
    [
        ('The KCNA quoted Ri Chol-ung as saying the test was "a great success."', "Ri Chol-ung"),
        ('Yonhap quoted Tak Seo-yoon as saying, "The plan is on track."', "Tak Seo-yoon"),
        ('"The plan is on track," Yonhap quoted Tak Seo-yoon as saying.', "Tak Seo-yoon"),
        ('Tak Seo-yoon was quoted as saying the plan was "on track."', "Tak Seo-yoon"),
        ('Local media cited Do Ha-rin as saying, "We will not sell."', "Do Ha-rin"),
        ('Gu Min-jae said, "We will not sell."', "Gu Min-jae"),
        (
            'The report, released by Yonhap, quoted Gu Min-jae as saying, "We will not sell."',
            "Gu Min-jae",
        ),
        (
            'Yeo Su-bin was asked by reporters about the plan, saying, "It is on track."',
            "Yeo Su-bin",
        ),
        ('Tak Seo-yoon cited the report as saying the plan was "a farce."', "report"),
    ],
)
def test_the_active_quoting_verb_and_other_passives_are_unchanged(
    paragraph: str, short: str | None
) -> None:
    assert _speaker(paragraph)[1] == short


@pytest.mark.parametrize(
    "paragraph",
    [
        'Maeng Do-hyun said "hallyu," or the Korean Wave, was still growing.',
        'Maeng Do-hyun said "hallyu," or Korean Wave, was still growing.',
        'Tak Seo-yoon said "chuseok," or the Harvest Moon Festival, would be quiet this year.',
        'Demand for "soju," or the Korean Liquor, rose, Ra Eun-bi said.',
        'Pyeon Ji-ho said the "Ilbe," or Daily Best, forum had been shut.',
        'Gu Min-jae said "hanbok," or Traditional Dress, sales had doubled.',
        'Yeo Su-bin said "Geumgang," or the Diamond Mountains, drew few visitors.',
        'Seok Hyun-woo said "samul nori," or the Four Objects Play, was taught in schools.',
        'Do Ha-rin warned that "jjeonse," or the Key Money Lease, was collapsing.',
        'Ha Tae-oh said interest in "Dokdo," or the Liancourt Rocks, had grown.',
    ],
)
def test_a_term_glossed_by_a_name_gets_no_speaker(paragraph: str) -> None:
    assert all(q.speaker is None for q in extract_quotes("", [paragraph]))


@pytest.mark.parametrize(
    ("paragraph", "short"),
    [
        ('Maeng Do-hyun called the plan "unfair," or worse, a betrayal.', "Maeng Do-hyun"),
        ('Tak Seo-yoon said the talks were "stalled," or Seoul was stalling them.', "Tak Seo-yoon"),
        ('Ra Eun-bi called it "reckless," or Pyeon Ji-ho did.', "Ra Eun-bi"),
        ('Gu Min-jae said the deal was "fair," or at least fairer.', "Gu Min-jae"),
        ('"We will win," or so Yeo Su-bin said.', "Yeo Su-bin"),
        ('Seok Hyun-woo called the bill "timid," or Timid In Spirit Mostly Dull.', "Seok Hyun-woo"),
        ('Do Ha-rin called the deal "historic," or The Herald reported so.', "Do Ha-rin"),
        ('Ha Tae-oh called the plan "bold," or Tak Seo-yoon\'s boldest, on Monday.', "Ha Tae-oh"),
        ('Jin Seol-a said the plan was "sound," or the ministry said so.', "Jin Seol-a"),
        ('Marta Vellini said the vote was "close," or Tak Seo-yoon thought so.', "Marta Vellini"),
    ],
)
def test_or_before_anything_but_a_named_gloss_keeps_the_speaker(paragraph: str, short: str) -> None:
    (quote, *_) = extract_quotes("", [paragraph])
    assert quote.speaker_short == short


# Rule 4: a quotation standing alone after narration whose newest reporting clause is a body's
# ("..., the statistics agency said.") continues that body only if it could be the body's
# words: one that speaks as "I" (or "my", "me") is no agency's, so it gets no speaker.

_OPENER = '"Costs keep rising," said Ra Eun-bi, who runs a bakery in Gunsan.'


@pytest.mark.parametrize(
    ("narration", "alone"),
    [
        ("Prices rose 3 percent in October, the statistics agency said.", "I cannot raise prices."),
        ("Rents rose again in May, the land ministry said.", "My landlord wants more."),
        ("Flour imports fell, according to the customs service.", "I'm buying less flour."),
        ("The central bank said inflation would ease.", "Nobody believes me anymore."),
        ("Sales fell 4 percent, the Bakers Guild said.", "I've never seen it this bad."),
        ("The tax office said relief would come in June.", "I will believe it when I see it."),
        ("The district office said it would cut fees for shops.", "That is too late for me."),
        ("Wages stalled, the labor ministry said on Monday.", "I work six days a week."),
        (
            "The Fair Trade Commission said it would look into prices.",
            "My suppliers raised theirs.",
        ),
        ("The company said the rise was temporary.", "I have heard that before."),
    ],
)
def test_a_body_does_not_say_i(narration: str, alone: str) -> None:
    quotes = extract_quotes("", [_OPENER, narration, f'"{alone}"'])
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("narration", "alone", "short"),
    [
        (
            "Prices rose 3 percent in October, the statistics agency said.",
            "We expect more.",
            "statistics agency",
        ),
        ("The land ministry said rents would rise.", "Our data show it clearly.", "land ministry"),
        ("The central bank said inflation would ease.", "The worst is over.", "central bank"),
        ("Tak Seo-yoon, a shopper, said she had cut back.", "I buy less meat now.", "Tak Seo-yoon"),
        ("Pyeon Ji-ho, the bakery's neighbor, agreed.", "I see it every day.", "Pyeon Ji-ho"),
        ("Ra Eun-bi said sales had halved.", "I may have to close.", "Ra Eun-bi"),
        ("The minister said help was coming.", "I promise it will be soon.", "minister"),
        ("The company said the rise was temporary.", "Costs will fall next year.", "company"),
        ("The union said its members would strike.", "We have no choice.", "union"),
        (
            "Seok Hyun-woo, an economist, said the rise would last.",
            "I see no relief.",
            "Seok Hyun-woo",
        ),
    ],
)
def test_a_body_saying_we_and_a_person_saying_i_keep_their_quotation(
    narration: str, alone: str, short: str
) -> None:
    quotes = extract_quotes("", [_OPENER, narration, f'"{alone}"'])
    assert quotes[-1].speaker_short is not None and short in quotes[-1].speaker_short
