"""Round 40: which name speaks, when a paragraph names two people.

Rule 1: the subject of a passive speech verb before a colon is who the words were spoken to,
not who spoke them: 'Gil Tae-ho was asked by Bang Ye-seul: "..."' is Bang's question. A
quotation that a sentence introduces with a colon and no reporting verb of its own went to
the person opening the sentence ('Kim was blunt: "..."', round 13), and "was asked by" gives
no clause, so the one asked got the question. Now a passive "told", "asked", "warned",
"urged"... in the clause ending at the colon gives the agent after "by", or no one when there
is none ('Gil was told: "..."': nobody the sentence names). Active verbs, a passive in an
earlier clause ('was asked about it and was blunt:'), a reduced passive ('Gil, asked by Bang
..., said') and partial quotations keep their answer (rule 5 reads the partials).

Rule 2: after a verb of memory (recalled, remembered), the person remembered saying the words
said them: '"...," Pyo Ga-eun recalled Yeon Do-hoon saying.' and 'recalled NAME telling her'
are NAME's. The reporting clause after the quotation gave its subject, the one who recalls,
while '"...," she said NAME had told him' (round 15) was already NAME's. Only "saying", or
"telling" and a hearer ("her", "them"), right after the name; "recalled NAME smiling",
"recalled telling NAME" and a plain "recalled" keep the subject.

Rule 3: a lowercase noun right after a capitalised possessive, before a speech verb, heads
the subject: 'Ryeo Jin-u's family said: "..."' is the family's, not Ryeo's. A noun the role
lists know ("office", "lawyer", "wife") already headed it; one they lack ("family", "club",
"campaign", "label") was not read, the verb took the sentence's name, and the owner got the
words. The possessive is the noun's determiner, so any noun heads it there, save what the
owner wrote ("Kim's memoir says" stays Kim's).

Rule 4: the quotation right after "for", "to" or "of" following another person's call,
pledge, promise, warning, demand, plea, appeal or vow gives that person's words: 'Eom
responded to Gong's call for "restraint"' quotes Gong (as "Gong's claim that ..." already
did), not Eom. Only that quotation: a later one in the sentence ('... was "too little, too
late"') stays the sentence's speaker's, and an owner that is a pronoun or no possessive
("her call for", "a call for") changes nothing.

Rule 5: when the nearest clause before a quotation is a verb of telling with "by" ("was
told by", "asked by", "warned by"), the agent said the words: 'Gil was told by Bang that the
deal was "off the table"' and 'Ha, asked by Yeo "why now," said' are Bang's and Yeo's. The
passive gave no one (the lesser error) and the reduced passive after a name gave the one told.
The clause itself is unchanged, so a later reporting clause ('Gil, when asked by reporters,
said ...') keeps its own subject; and the agent of such a verb is no longer taken as the
sentence's subject for a later "he" ('Gil was asked by Bang to stay. He said: "..."' is Gil's,
as without "by Bang").

Rule 6: a list of names inside an aside before the verb is no appositive: 'Seol Min-ho,
standing beside Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said: "..."' is Seol's. The last
comma-piece ("Jin Ah-ram and Ryeo Jin-u") was read as describing the name before it, and
the list's names spoke. Capitalised words joined by one "and", after a capitalised word,
now close a list and the phrase reads on to the comma before it; "The two leaders, Kim and
Lee, said" (after a lowercase word) is still an appositive.

Rule 7: a message, note, text or letter a person sent or left, given after a colon, is that
person's (a letter or post by a person is that person's quotation, by the corpus rules):
'Seol Min-ho sent Han Bit-na a message: "..."' and 'Seol left a note: "..."' are Seol's.
Round 13 read the sender, but only after the reading of a document as the subject of the
clause before the colon, which took "a note" as the speaker first; the sender is now read
first. Two senders, a body that sends, a message received or found keep their answer.

Invented sentences only (no name or sentence from a corpus article).
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def _speaker(paragraphs: list[str]) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes("", paragraphs)
    return quote.speaker, quote.speaker_short


def _short(paragraphs: list[str]) -> str | None:
    return _speaker(paragraphs)[1]


@pytest.mark.parametrize(
    ("paragraphs", "short"),
    [
        (['Gil Tae-ho was asked by Bang Ye-seul: "Why did you sign it?"'], "Bang Ye-seul"),
        (['Gil Tae-ho was warned by Bang Ye-seul: "Do not test us."'], "Bang Ye-seul"),
        (['Mo Se-ra was told by Kwak Si-eun: "Your contract ends today."'], "Kwak Si-eun"),
        (['Gil Tae-ho had been warned by Bang Ye-seul: "Do not test us."'], "Bang Ye-seul"),
        (['Gil Tae-ho was urged by Bang Ye-seul, the party chair: "Stay."'], "Bang Ye-seul"),
        (
            ["Bang Ye-seul chaired the hearing.", 'Gil Tae-ho was asked by Bang: "Why now?"'],
            "Bang Ye-seul",
        ),
        (
            ["Gil Tae-ho testified on Monday.", 'He was asked by Bang Ye-seul: "Why now?"'],
            "Bang Ye-seul",
        ),
        (['The two ministers were asked by Ok Jun-seo: "Who pays?"'], "Ok Jun-seo"),
        (['Pi Seo-rin was instructed by Chu Min-gyu: "Tell no one."'], "Chu Min-gyu"),
        (['Pi Seo-rin was cautioned by Chu Min-gyu: "Tell no one."'], "Chu Min-gyu"),
    ],
)
def test_the_agent_of_a_passive_speech_verb_speaks(paragraphs: list[str], short: str) -> None:
    assert _short(paragraphs) == short


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ('Gil Tae-ho was told by his doctor: "You need rest."', "doctor"),
        ('The players were told by their coach: "Nobody leaves early."', "coach"),
        ('Reporters were told by a police spokesperson: "The road is closed."', "spokesperson"),
        ('The crew had been ordered by the captain: "Stay below deck."', "captain"),
    ],
)
def test_a_role_as_agent_speaks(paragraph: str, role: str) -> None:
    speaker, _ = _speaker([paragraph])
    assert speaker is not None and role in speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        'Gil Tae-ho was told: "You need rest."',
        'Gil Tae-ho and Bang Ye-seul were warned: "Do not test us."',
    ],
)
def test_no_agent_no_speaker(paragraph: str) -> None:
    assert _speaker([paragraph]) == (None, None)


@pytest.mark.parametrize(
    ("paragraphs", "short"),
    [
        (['Gil Tae-ho was blunt: "We lost."'], "Gil Tae-ho"),
        (['Gil Tae-ho was asked about it and was blunt: "We lost."'], "Gil Tae-ho"),
        (['Gil Tae-ho, asked by Bang Ye-seul about the plan, said: "We lost."'], "Gil Tae-ho"),
        (['Asked by Bang Ye-seul about the plan, Gil Tae-ho said: "We lost."'], "Gil Tae-ho"),
        (['Gil Tae-ho told Bang Ye-seul: "We lost."'], "Gil Tae-ho"),
        (['Gil Tae-ho asked Bang Ye-seul: "Did we lose?"'], "Gil Tae-ho"),
        (['"We lost," Gil Tae-ho said when asked by Bang Ye-seul.'], "Gil Tae-ho"),
        (['Gil Tae-ho, who was asked by Bang Ye-seul to lead, said: "We lost."'], "Gil Tae-ho"),
        (['Gil Tae-ho was asked by Bang Ye-seul, and he answered: "We lost."'], "Gil Tae-ho"),
        (['Gil Tae-ho was grateful: "We won."'], "Gil Tae-ho"),
        (['Gil Tae-ho, told he had lost, was calm: "We go again."'], "Gil Tae-ho"),
        (['Myung Ji-ae said Sa Kyung-tae had told her: "Leave now."'], "Sa Kyung-tae"),
    ],
)
def test_near_misses_keep_their_speaker(paragraphs: list[str], short: str) -> None:
    assert _short(paragraphs) == short


_FINE = '"Nobody reads the fine print,"'


@pytest.mark.parametrize(
    ("after", "short"),
    [
        ("Pyo Ga-eun recalled Yeon Do-hoon saying.", "Yeon Do-hoon"),
        ("Pyo Ga-eun recalled Yeon Do-hoon telling her.", "Yeon Do-hoon"),
        ("Pyo Ga-eun remembered Yeon Do-hoon saying.", "Yeon Do-hoon"),
        ("Pyo Ga-eun recalled Yeon Do-hoon saying in 2019.", "Yeon Do-hoon"),
        ("Pyo Ga-eun recalls Yeon Do-hoon telling them.", "Yeon Do-hoon"),
        ("she recalled Yeon Do-hoon saying.", "Yeon Do-hoon"),
        ("the singer remembered Yeon Do-hoon telling her.", "Yeon Do-hoon"),
        ("Pyo Ga-eun recalled Yeon Do-hoon saying on Monday.", "Yeon Do-hoon"),
        ("Pyo Ga-eun recalled Yeon Do-hoon telling him.", "Yeon Do-hoon"),
        ("the teacher recalled Yeon Do-hoon telling them.", "Yeon Do-hoon"),
    ],
)
def test_who_is_recalled_saying_it_speaks(after: str, short: str) -> None:
    assert _short([f"{_FINE} {after}"]) == short


@pytest.mark.parametrize(
    "after",
    [
        "Pyo Ga-eun recalled.",
        "Pyo Ga-eun recalled, citing Yeon Do-hoon.",
        "Pyo Ga-eun recalled Yeon Do-hoon smiling.",
        "Pyo Ga-eun recalled telling Yeon Do-hoon.",
        "Pyo Ga-eun remembered thinking.",
        "recalled Pyo Ga-eun, quoting Yeon Do-hoon.",
        "Pyo Ga-eun said, recalling Yeon Do-hoon.",
        "Pyo Ga-eun told Yeon Do-hoon.",
        "Pyo Ga-eun recalled of Yeon Do-hoon.",
        "Pyo Ga-eun recalled Yeon Do-hoon, her mentor.",
    ],
)
def test_the_one_who_recalls_keeps_it(after: str) -> None:
    assert _short([f"{_FINE} {after}"]) == "Pyo Ga-eun"


_PRIVACY = '"We ask for privacy."'


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        ([f"Ryeo Jin-u's family said: {_PRIVACY}"], "Ryeo Jin-u's family"),
        ([f"Ryeo Jin-u's club said: {_PRIVACY}"], "Ryeo Jin-u's club"),
        ([f"Ryeo Jin-u's campaign said in a statement: {_PRIVACY}"], "Ryeo Jin-u's campaign"),
        ([f"Ryeo Jin-u's camp told reporters: {_PRIVACY}"], "Ryeo Jin-u's camp"),
        ([f"Ryeo Jin-u's label said: {_PRIVACY}"], "Ryeo Jin-u's label"),
        (['Ryeo Jin-u\'s staff said the report was "false and cruel."'], "Ryeo Jin-u's staff"),
        (['"We ask for privacy," Ryeo Jin-u\'s family said.'], "Ryeo Jin-u's family"),
        (['Ryeo Jin-u\'s indictment says he "knowingly misled investors."'], "indictment"),
        (
            ["Ryeo Jin-u, 34, was hurt in the crash.", f"Ryeo's family said: {_PRIVACY}"],
            "Ryeo's family",
        ),
        (
            ["Ryeo Jin-u, 34, was hurt in the crash.", f"Ryeo's school said: {_PRIVACY}"],
            "Ryeo's school",
        ),
    ],
)
def test_the_possessed_noun_speaks_not_its_owner(paragraphs: list[str], who: str) -> None:
    quotes = extract_quotes("", paragraphs)
    assert quotes[-1].speaker is not None and who in quotes[-1].speaker
    assert quotes[-1].speaker_short != "Ryeo Jin-u"


@pytest.mark.parametrize(
    ("paragraphs", "short"),
    [
        ([f"Ryeo Jin-u's lawyer said: {_PRIVACY}"], "Ryeo Jin-u's lawyer"),
        ([f"Ryeo Jin-u's office said: {_PRIVACY}"], "Ryeo Jin-u's office"),
        ([f"Ryeo Jin-u, whose family runs a bakery, said: {_PRIVACY}"], "Ryeo Jin-u"),
        (['Ryeo Jin-u said his family was "relieved."'], "Ryeo Jin-u"),
        (["Ryeo Jin-u's family runs a bakery.", '"We work every day," Ryeo said.'], "Ryeo Jin-u"),
        ([f"Ryeo Jin-u told his family: {_PRIVACY}"], "Ryeo Jin-u"),
        ([f"Ryeo Jin-u, speaking for his family, said: {_PRIVACY}"], "Ryeo Jin-u"),
        (['"We ask for privacy," said Ryeo Jin-u, whose family stayed silent.'], "Ryeo Jin-u"),
        ([f"Ryeo Jin-u's campaign manager, Jin Ah-ram, said: {_PRIVACY}"], "Jin Ah-ram"),
        (['When Ryeo Jin-u\'s brand sold out, she said: "We were lucky."'], "Ryeo Jin-u"),
        ([f"Samsung's foundry unit said: {_PRIVACY}"], "Samsung"),
    ],
)
def test_the_owner_keeps_what_is_its_own(paragraphs: list[str], short: str) -> None:
    assert extract_quotes("", paragraphs)[-1].speaker_short == short


@pytest.mark.parametrize(
    ("paragraph", "piece", "short"),
    [
        (
            'Eom Da-bin responded to Gong Yu-chan\'s call for "restraint on both sides."',
            "restraint",
            "Gong Yu-chan",
        ),
        (
            'Pyo Ga-eun cited Yeon Do-hoon\'s pledge to "leave no one behind."',
            "leave no one",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun echoed Yeon Do-hoon\'s warning of "a lost decade."',
            "lost decade",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun backed Yeon Do-hoon\'s appeal for "calm and patience."',
            "calm and",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun said Yeon Do-hoon\'s call for "restraint" came too late.',
            "restraint",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun dismissed Yeon Do-hoon\'s promise of "jobs for everyone."',
            "jobs for",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun welcomed Yeon Do-hoon\'s vow to "root out corruption."',
            "root out",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun rejected Yeon Do-hoon\'s demand for "a full apology."',
            "full apology",
            "Yeon Do-hoon",
        ),
        ('Pyo Ga-eun heeded Minister Yeon Do-hoon\'s plea for "calm."', "calm", "Yeon Do-hoon"),
        (
            '"We will not comply," Pyo Ga-eun said of Yeon Do-hoon\'s call for "a halt now."',
            "a halt now",
            "Yeon Do-hoon",
        ),
        (
            'Pyo Ga-eun said Yeon Do-hoon\'s call for "restraint" was "too little, too late."',
            "restraint",
            "Yeon Do-hoon",
        ),
    ],
)
def test_a_call_quotes_its_owner(paragraph: str, piece: str, short: str) -> None:
    (quote,) = [q for q in extract_quotes("", [paragraph]) if piece in q.text]
    assert quote.speaker_short == short


@pytest.mark.parametrize(
    ("paragraph", "piece", "short"),
    [
        (
            'Pyo Ga-eun said Yeon Do-hoon\'s call for "restraint" was "too little, too late."',
            "too little",
            "Pyo Ga-eun",
        ),
        (
            'Yeon Do-hoon\'s call for "restraint" was "too little, too late," Pyo Ga-eun said.',
            "too little",
            "Pyo Ga-eun",
        ),
        (
            'Pyo Ga-eun answered Yeon Do-hoon\'s call for "restraint" with a call for "justice."',
            "justice",
            "Pyo Ga-eun",
        ),
        (
            '"We will not comply," Pyo Ga-eun said of Yeon Do-hoon\'s call for "a halt now."',
            "comply",
            "Pyo Ga-eun",
        ),
        ('Pyo Ga-eun called for "restraint on both sides."', "restraint", "Pyo Ga-eun"),
        ('Pyo Ga-eun pledged to "leave no one behind."', "leave no one", "Pyo Ga-eun"),
        ('Pyo Ga-eun said Yeon Do-hoon\'s call was "late but welcome."', "late but", "Pyo Ga-eun"),
        (
            'Pyo Ga-eun said Yeon Do-hoon\'s call for a "ceasefire" was welcome.',
            "ceasefire",
            "Pyo Ga-eun",
        ),
        (
            'Pyo Ga-eun, answering Yeon Do-hoon\'s call, urged "restraint on both sides."',
            "restraint",
            "Pyo Ga-eun",
        ),
        (
            'Pyo Ga-eun\'s call for "restraint on both sides" went unheard, she said.',
            "restraint",
            "Pyo Ga-eun",
        ),
        (
            'Pyo Ga-eun said Yeon Do-hoon\'s claim that it was "unfair" was wrong.',
            "unfair",
            "Yeon Do-hoon",
        ),
    ],
)
def test_other_quotations_keep_their_speaker(paragraph: str, piece: str, short: str) -> None:
    (quote,) = [q for q in extract_quotes("", [paragraph]) if piece in q.text]
    assert quote.speaker_short == short


@pytest.mark.parametrize(
    ("paragraphs", "short"),
    [
        (
            ['Gil Tae-ho was told by Bang Ye-seul that the deal was "off the table."'],
            "Bang Ye-seul",
        ),
        (['Gil Tae-ho, told by Bang Ye-seul that it was "off the table," left.'], "Bang Ye-seul"),
        (['Gil Tae-ho was told by Bang Ye-seul to "get out and stay out."'], "Bang Ye-seul"),
        (['Gil Tae-ho was asked by Bang Ye-seul whether it was "off the table."'], "Bang Ye-seul"),
        (['Ha Jun-ki, asked by Yeo Min-a "why now," said the timing was right.'], "Yeo Min-a"),
        (
            ['Gil Tae-ho said he was told by Bang Ye-seul that it was "off the table."'],
            "Bang Ye-seul",
        ),
        (
            ['Gil Tae-ho was warned by Bang Ye-seul that a strike would be "ruinous."'],
            "Bang Ye-seul",
        ),
        (['Gil Tae-ho had been urged by Bang Ye-seul to "think of the children."'], "Bang Ye-seul"),
        (
            [
                "Bang Ye-seul, the panel chair, met reporters.",
                'Gil Tae-ho was told by Bang that it was "over."',
            ],
            "Bang Ye-seul",
        ),
        (
            ['The pupils were warned by Bang Ye-seul that exams were "not optional."'],
            "Bang Ye-seul",
        ),
    ],
)
def test_the_teller_after_by_speaks(paragraphs: list[str], short: str) -> None:
    assert extract_quotes("", paragraphs)[-1].speaker_short == short


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (['Gil Tae-ho was told by his doctor that he needed "total rest."'], "doctor"),
        (['Gil Tae-ho said he was told by officials that the plan was "on hold."'], "officials"),
    ],
)
def test_a_role_after_by_speaks(paragraphs: list[str], speaker: str) -> None:
    found = extract_quotes("", paragraphs)[-1].speaker
    assert found is not None and speaker in found


@pytest.mark.parametrize(
    ("paragraphs", "short"),
    [
        (['Gil Tae-ho, when asked by reporters, said the deal was "off the table."'], "Gil Tae-ho"),
        (
            ['Asked by reporters about the deal, Gil Tae-ho said it was "off the table."'],
            "Gil Tae-ho",
        ),
        (['Gil Tae-ho, asked by reporters about it, said: "She is a friend."'], "Gil Tae-ho"),
        (['Gil Tae-ho was asked by Bang Ye-seul to stay. He said: "I will think."'], "Gil Tae-ho"),
        (
            ["Gil Tae-ho was asked by Bang Ye-seul to stay.", '"I will think," he said.'],
            "Gil Tae-ho",
        ),
        (
            ['Gil Tae-ho, asked by reporters if he was tired, laughed. "Never," he said.'],
            "Gil Tae-ho",
        ),
        (
            ['Gil Tae-ho told Bang Ye-seul by phone that the deal was "off the table."'],
            "Gil Tae-ho",
        ),
        (['Gil Tae-ho told reporters that the deal was "off the table."'], "Gil Tae-ho"),
        (
            ['Gil Tae-ho was asked by Bang Ye-seul to stay, and he said it was "too late."'],
            "Gil Tae-ho",
        ),
        (['Gil Tae-ho said the plan, backed by Bang Ye-seul, was "doomed."'], "Gil Tae-ho"),
    ],
)
def test_the_one_told_keeps_his_own_words(paragraphs: list[str], short: str) -> None:
    assert extract_quotes("", paragraphs)[-1].speaker_short == short


_TEAM = '"This is a team effort."'


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Seol Min-ho, standing beside Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said: {_TEAM}",
        f"Seol Min-ho, who met Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said: {_TEAM}",
        f"Seol Min-ho, speaking in Gimhae, Miryang and Yangsan, said: {_TEAM}",
        f"Seol Min-ho, who thanked Han Bit-na, Jin Ah-ram and Ryeo Jin-u, told reporters: {_TEAM}",
        f"Seol Min-ho, who hired Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said: {_TEAM}",
        f"Seol Min-ho, sitting with Han Bit-na, Jin Ah-ram and Ryeo Jin-u, told Yonhap: {_TEAM}",
    ],
)
def test_a_list_in_an_aside_does_not_speak(paragraph: str) -> None:
    assert _short([paragraph]) == "Seol Min-ho"


@pytest.mark.parametrize(
    ("paragraph", "short"),
    [
        (f"The two leaders, Seol Min-ho and Han Bit-na, said: {_TEAM}", "Seol Min-ho"),
        (f"Seol Min-ho, who worked with Han Bit-na and Jin Ah-ram, said: {_TEAM}", "Seol Min-ho"),
        (f"Seol Min-ho, Han Bit-na's coach, said: {_TEAM}", "Seol Min-ho"),
        (f"Seol Min-ho, a friend of Han Bit-na, said: {_TEAM}", "Seol Min-ho"),
        (f"The coach, Seol Min-ho, said: {_TEAM}", "Seol Min-ho"),
        (
            f'{_TEAM[:-2]}," said Seol Min-ho, flanked by Han Bit-na, Jin Ah-ram and Ryeo Jin-u.',
            "Seol Min-ho",
        ),
    ],
)
def test_appositives_keep_their_reading(paragraph: str, short: str) -> None:
    assert _short([paragraph]) == short


@pytest.mark.parametrize(
    "paragraph",
    [
        'Seol Min-ho left a note: "Stay out of my district."',
        'Seol Min-ho sent a message: "Stay out of my district."',
        'Seol Min-ho sent Han Bit-na a message: "Stay out of my district."',
        'Seol Min-ho sent his brother a message: "Stay out of my district."',
        'Seol Min-ho left Han Bit-na a note: "Stay out of my district."',
        # round 45: the one who has a message for NAME gives it (was "message", a wrong one)
        'Seol Min-ho had a message for Han Bit-na: "Stay out of my district."',
    ],
)
def test_the_sender_of_a_message_speaks(paragraph: str) -> None:
    assert _short([paragraph]) == "Seol Min-ho"


@pytest.mark.parametrize(
    ("paragraph", "short"),
    [
        ('Seol Min-ho and Han Bit-na sent a message: "Stay out."', "message"),
        ('Police sent residents a text: "Stay inside tonight."', None),
        ('Seol Min-ho showed reporters a letter he got from Han Bit-na: "Stay out."', "letter"),
        ('Han Bit-na found a note Seol Min-ho left: "Stay out of my district."', "Seol Min-ho"),
        ('Seol Min-ho wrote a letter: "Stay out of my district."', "Seol Min-ho"),
    ],
)
def test_other_messages_keep_their_reading(paragraph: str, short: str | None) -> None:
    assert _short([paragraph]) == short
