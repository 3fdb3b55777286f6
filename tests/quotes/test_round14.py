"""Round 14 of issue 13: quoted terms, titles and names never get a speaker, in the shapes round
11's challenge set lacks: lower-case terms of two to four words after an ordinary verb or noun
(not "the" or "a"), terms in a paragraph with no verb of saying after a paragraph with a
speaker, a term in a sentence whose subject is a named person doing something other than
speaking, a term recurring later without the frame that introduced it, titles as subjects and
objects of ordinary verbs, and a chant or a sign that no named person says. Beside them, short
partial quotations of a named speaker that must keep their speaker: what tells the two apart is
whether a reporting clause or a speech act of the SENTENCE governs the span, and whether the
span is used as a noun phrase naming something.

Every sentence and name is invented (none comes from any corpus split). The first 50 terms and
34 controls were written before the round's rules; the others were added while writing them
(shapes probed on main that failed there too, and near misses of the rules). On main 27 of the
59 terms get a person as speaker and 4 of the 44 controls lose theirs; a case the rules do not
read yet is an expected failure (4 terms and 3 controls after the round, which main missed too).

Session 11 read those seven again. One term was relabelled: 'drivers complained about "..."' is
a speech act governing the span, the drivers' words (now a control; an ordinary verb keeps the
term case). Five gained a rule each ('In NAME's words,' opening the sentence; 'was described as
"..." by NAME'; 'blamed X on "..."' as a verb that characterises; a sticker speaking as itself;
'"the ..." character'), with the near misses at the end of this file. One stays an expected
failure (see ``_NOT_YET``)."""

from __future__ import annotations

import pytest

from herald_tui.model import Quote
from herald_tui.quotes._lexicon import DOCUMENTS
from herald_tui.quotes._tokens import role_of
from tests.quotes.test_round4 import quotes

_LEDE = "SEOUL -- The council met on Monday."


def _body(*paragraphs: str) -> tuple[Quote, ...]:
    return tuple(q for q in quotes(_LEDE, *paragraphs) if q.paragraph)


def _clean(text: str) -> str:
    return text.strip(" ,.\"'“”‘’")


# --- terms: each case is its paragraphs and the quoted term that must get no speaker ----------

TERMS: list[tuple[tuple[str, ...], str]] = [
    # lower-case terms of two to four words after an ordinary verb or noun
    (
        ('Hwangbo Ye-dam said farmers now grow "sun melons" on terraces once left bare.',),
        "sun melons",
    ),
    (('Geum Seok-man said the bakery began selling "cloud buns" in March.',), "cloud buns"),
    (('Hwangbo Ye-dam said students join "study cafes" to escape noisy homes.',), "study cafes"),
    (
        ('Geum Seok-man said the city installed "smart shelters" at 40 bus stops.',),
        "smart shelters",
    ),
    (('Hwangbo Ye-dam said retirees flock to "silver gyms" across the province.',), "silver gyms"),
    (
        ('Geum Seok-man said families increasingly book "pet taxis" for hospital visits.',),
        "pet taxis",
    ),
    (
        ('Hwangbo Ye-dam said drivers avoid "ghost lanes" at the junction.',),
        "ghost lanes",
    ),
    (('Geum Seok-man said demand for "rice wine kits" doubled this year.',), "rice wine kits"),
    (
        ('Hwangbo Ye-dam said the rise of "solo dining" bars had changed the district.',),
        "solo dining",
    ),
    (
        ('Geum Seok-man said officers patrol "blind alleys" near the station at night.',),
        "blind alleys",
    ),
    (
        ('Hwangbo Ye-dam said shoppers now queue for "ugly fruit boxes" every Saturday.',),
        "ugly fruit boxes",
    ),
    (
        ('Geum Seok-man said the ministry will fund "village care desks" in 12 counties.',),
        "village care desks",
    ),
    # a paragraph with no verb of saying after a paragraph with a speaker
    (
        (
            '"We have waited long enough," Hwangbo Ye-dam said.',
            'The town has held "lantern nights" every autumn since 2009.',
        ),
        "lantern nights",
    ),
    (
        (
            "Geum Seok-man, the county chief, said the budget would pass.",
            'Shops along the strip sell "moon bread" to tourists on weekends.',
        ),
        "moon bread",
    ),
    (
        (
            '"This is our busiest season," Hwangbo Ye-dam said.',
            'Volunteers hand out "warm packs" at the station from 6 a.m.',
        ),
        "warm packs",
    ),
    (
        (
            "Geum Seok-man said the school would stay open.",
            'Its pupils run "reading relays" with the nursing home next door.',
        ),
        "reading relays",
    ),
    (
        (
            '"Nobody expected the crowds," Hwangbo Ye-dam said.',
            'Regulars queue for "black noodle nights" held on the first Friday of each month.',
        ),
        "black noodle nights",
    ),
    (
        (
            "Geum Seok-man said the harbour would reopen on Friday.",
            'Fishermen there still mend "crab cages" by hand.',
        ),
        "crab cages",
    ),
    (
        (
            '"We will not close the clinic," Hwangbo Ye-dam said.',
            'Since 2021 it has offered "night visits" to workers on late shifts.',
        ),
        "night visits",
    ),
    (
        (
            "Geum Seok-man told reporters the plan was on schedule.",
            'Under it, every ward gets "green corners" with benches and shade trees.',
        ),
        "green corners",
    ),
    (
        (
            '"The numbers speak for themselves," Hwangbo Ye-dam said.',
            'Sales of "hangover jelly" rose 40 percent in December.',
        ),
        "hangover jelly",
    ),
    (
        (
            "Geum Seok-man said he had seen worse winters.",
            'Residents stock up on "snow kits" before the first storm.',
        ),
        "snow kits",
    ),
    # a named person doing something other than speaking
    (
        ('Hwangbo Ye-dam grows "snow strawberries" in a greenhouse near Nonsan.',),
        "snow strawberries",
    ),
    (('Geum Seok-man founded "quiet table" cafes in three cities.',), "quiet table"),
    (('Hwangbo Ye-dam teaches "slow swimming" to pensioners on weekends.',), "slow swimming"),
    (
        ('Geum Seok-man, 61, opened "rain shelters" for delivery riders last spring.',),
        "rain shelters",
    ),
    (
        ('Hwangbo Ye-dam coaches "walking football" at the community center.',),
        "walking football",
    ),
    (('Geum Seok-man built "tiny libraries" in five bus shelters.',), "tiny libraries"),
    (
        (
            '"Kids deserve better," Geum Seok-man said.',
            'Geum later joined "parent patrols" outside the school gates.',
        ),
        "parent patrols",
    ),
    (
        ('Hwangbo Ye-dam ran "free fridge" stalls in the market for two years.',),
        "free fridge",
    ),
    # a term recurring later without its frame
    (
        (
            'The program, known as "green mileage," pays riders who leave their cars at home, '
            "Hwangbo Ye-dam said.",
            'More than 4,000 riders joined "green mileage" in its first month, she said.',
        ),
        "green mileage",
    ),
    (
        (
            'Geum Seok-man said the so-called "shadow classes" had spread to smaller towns.',
            'Parents pay up to 500,000 won a month for "shadow classes," Geum said.',
        ),
        "shadow classes,",
    ),
    (
        (
            'The scheme, dubbed "rent relay" by tenants, lets leases pass between students.',
            '"It saved me a year of savings," Hwangbo Ye-dam said of "rent relay."',
        ),
        "rent relay.",
    ),
    (
        (
            'The district calls the new stops "sky benches."',
            'Geum Seok-man said "sky benches" would be built at 20 more stops.',
        ),
        "sky benches",
    ),
    # titles as subjects and objects of ordinary verbs
    (('"Salt Harbor" sold 300,000 copies in its first week, Hwangbo Ye-dam said.',), "Salt Harbor"),
    (('Hwangbo Ye-dam directed "Cold River Blues" in 2019.',), "Cold River Blues"),
    (
        ('"The Ninth Ferry" topped the box office for three weekends, Geum Seok-man said.',),
        "The Ninth Ferry",
    ),
    (('Geum Seok-man said a streaming service bought "Paper Moons" last year.',), "Paper Moons"),
    (('Hwangbo Ye-dam starred in "Iron Orchard" before her military drama.',), "Iron Orchard"),
    (
        (
            '"We never planned a sequel," Geum Seok-man said.',
            '"Lamp Street" nonetheless returns for a second season in May.',
        ),
        "Lamp Street",
    ),
    (
        ('Geum Seok-man said his band recorded "Blue Hour Drive" in a single night.',),
        "Blue Hour Drive",
    ),
    (
        ('Hwangbo Ye-dam said viewers loved "the bus driver" character in the drama.',),
        "the bus driver",
    ),
    # a chant or a sign that no named person says (no named person's words)
    (
        ('Hwangbo Ye-dam watched as fans broke into "ole, ole" in the final minute.',),
        "ole, ole",
    ),
    (('Geum Seok-man walked past a sign reading "staff only" to reach the yard.',), "staff only"),
    (
        ('Hwangbo Ye-dam said stickers saying "no flyers" now cover most doors in the block.',),
        "no flyers",
    ),
    (
        (
            '"We came for our wages," Geum Seok-man said.',
            'Workers behind him waved flags printed with "pay us now" as the rally went on.',
        ),
        "pay us now",
    ),
    # scare quotes and nicknames after an ordinary word
    (
        ('Hwangbo Ye-dam, known to fans as "the iron goalie," retired on Sunday.',),
        "the iron goalie,",
    ),
    (
        ('Geum Seok-man said the players nicknamed their coach "big brother bear."',),
        "big brother bear.",
    ),
    (
        ('Hwangbo Ye-dam said the club launched "family seats" behind the goal.',),
        "family seats",
    ),
    (
        ('Geum Seok-man said his firm pioneered "dawn delivery" in the capital.',),
        "dawn delivery",
    ),
    (
        ('Hwangbo Ye-dam said villagers rebuilt "stone walls" damaged in the storm.',),
        "stone walls",
    ),
    (
        ('Geum Seok-man said the app offers "quiet rides" for passengers who want no chat.',),
        "quiet rides",
    ),
    # a term or a nickname as the subject or object of an ordinary verb, the sentence's
    # speaker elsewhere
    (
        ('"Moon bread" sells out by noon, Hwangbo Ye-dam said.',),
        "Moon bread",
    ),
    (
        ('"Night markets" draw more visitors than the museum, Geum Seok-man said.',),
        "Night markets",
    ),
    (
        (
            '"We have waited long enough," Hwangbo Ye-dam said.',
            'Her critics call her "the lantern lady."',
        ),
        "the lantern lady.",
    ),
    (
        ('Rivals call him "the night owl," Geum Seok-man said of his coach.',),
        "the night owl,",
    ),
    (
        (
            "Hwangbo Ye-dam opened the festival on Friday.",
            'She praised its "lantern nights."',
        ),
        "lantern nights.",
    ),
    (
        ('Hwangbo Ye-dam runs a noodle stall that regulars call "the tin kitchen."',),
        "the tin kitchen.",
    ),
    (
        (
            'The city is building what it calls a "river promenade" along the bank, '
            "Geum Seok-man said.",
        ),
        "river promenade",
    ),
]

# the cases the rules of the round do not read yet (filled in after the first run on main)
_NOT_YET = {
    # "ugly" is an adjective of judgement (the shape test rightly reads 'fans saw "ugly scenes"'
    # as a speaker's words); here it modifies "fruit", not the boxes, a product's name. Telling
    # [[ugly fruit] boxes] from [huge [price hikes]] (the speaker's) needs word meaning that a
    # rule of shapes does not have: left expected to fail rather than key a rule to "ugly".
    "ugly fruit boxes",
}


@pytest.mark.parametrize(
    ("paragraphs", "term"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if case[1] in _NOT_YET else case
        for case in TERMS
    ],
    ids=[case[1] for case in TERMS],
)
def test_a_term_never_gets_a_speaker(paragraphs: tuple[str, ...], term: str) -> None:
    found = _body(*paragraphs)
    # a sign's words may be the sign's, as the corpus labels them ('a sign reading "..."'),
    # never a person's
    given = [q for q in found if _clean(q.text) == _clean(term) and _a_person(q)]
    assert given == [], [(q.text, q.speaker_short) for q in given]


def _a_person(quote: Quote) -> bool:
    if not quote.speaker:
        return False
    last = (quote.speaker_short or quote.speaker).lower().split()[-1]
    return role_of(last) not in DOCUMENTS  # "stickers", "signs": plurals of a document noun


# --- controls: a named speaker's short partial quotations keep the speaker --------------------

CONTROLS: list[tuple[tuple[str, ...], str, str]] = [
    (('Hwangbo Ye-dam called the budget "a disgrace."',), "a disgrace.", "Hwangbo Ye-dam"),
    (('Geum Seok-man urged a "swift and fair" inquiry.',), "swift and fair", "Geum Seok-man"),
    (('Hwangbo Ye-dam said the talks were "going nowhere."',), "going nowhere.", "Hwangbo Ye-dam"),
    (
        ('Geum Seok-man warned of "serious consequences" if the deal collapsed.',),
        "serious consequences",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam said the delay was "deeply regrettable."',),
        "deeply regrettable.",
        "Hwangbo Ye-dam",
    ),
    (('The plan is "reckless," Geum Seok-man said.',), "reckless,", "Geum Seok-man"),
    (
        ('Hwangbo Ye-dam described the cuts as "short-sighted."',),
        "short-sighted.",
        "Hwangbo Ye-dam",
    ),
    (('Geum Seok-man vowed to "fight to the end."',), "fight to the end.", "Geum Seok-man"),
    (
        ('Hwangbo Ye-dam accused rivals of "playing politics with lives."',),
        "playing politics with lives.",
        "Hwangbo Ye-dam",
    ),
    (('Geum Seok-man promised "real change" for renters.',), "real change", "Geum Seok-man"),
    (
        ('Hwangbo Ye-dam told reporters the budget was "simply not enough."',),
        "simply not enough.",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said the drills were "provocative" and "dangerous."',),
        "provocative",
        "Geum Seok-man",
    ),
    (
        ('Geum Seok-man said the drills were "provocative" and "dangerous."',),
        "dangerous.",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam said the firm would "never again" cut corners.',),
        "never again",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said he felt "betrayed and ignored" by the board.',),
        "betrayed and ignored",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam blamed the delay on "red tape."',),
        "red tape.",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man demanded "a full apology" from the ministry.',),
        "a full apology",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam called for "calm heads" after the vote.',),
        "calm heads",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man praised the rescuers for their "quiet courage."',),
        "quiet courage.",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam said the new rules would bring "real relief" to tenants.',),
        "real relief",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said the merger posed "grave risks" to small lenders.',),
        "grave risks",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam said the council had shown "zero interest" in the plan.',),
        "zero interest",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said staff faced "impossible targets" every month.',),
        "impossible targets",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam warned the league faced "dark days" ahead.',),
        "dark days",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man expressed "deep regret" over the accident.',),
        "deep regret",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam pledged "full cooperation" with investigators.',),
        "full cooperation",
        "Hwangbo Ye-dam",
    ),
    (
        (
            "Geum Seok-man spoke after the vote.",
            'He said the result was "a clear mandate" for reform.',
        ),
        "a clear mandate",
        "Geum Seok-man",
    ),
    (
        (
            '"We are ready," Hwangbo Ye-dam said.',
            'She added that the team had trained "harder than ever."',
        ),
        "harder than ever.",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said prices had reached "crisis levels" in the capital.',),
        "crisis levels",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam said residents lived in "constant fear" of floods.',),
        "constant fear",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said the company wanted "fair treatment" from regulators.',),
        "fair treatment",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam criticized what she called "lazy thinking" at the ministry.',),
        "lazy thinking",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said the deal offered "no real protection" for workers.',),
        "no real protection",
        "Geum Seok-man",
    ),
    # session 11: was a term case, expected to fail. 'complained about "..."' is a speech act
    # governing the span, as in 'warned of "..."' above, and its subject is who complained: the
    # corpus labels a group's words with its role phrase ('protesters'), and words a speaker
    # reports from others are theirs, not the reporter's. The term case is now the same span
    # after an ordinary verb ('drivers avoid "..."').
    (
        ('Hwangbo Ye-dam said drivers complained about "ghost lanes" at the junction.',),
        "ghost lanes",
        "drivers",
    ),
    # near misses of the round's rules
    (
        ('In Hwangbo Ye-dam\'s words, the club "played like strangers."',),
        "played like strangers.",
        "Hwangbo Ye-dam",
    ),
    (
        ('The team, in Geum Seok-man\'s words, "ran out of road."',),
        "ran out of road.",
        "Geum Seok-man",
    ),
    (
        ('Geum Seok-man said the fund was aimed at "rebuilding harbours."',),
        "rebuilding harbours.",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam mocked what the mayor calls "smart parking."',),
        "smart parking.",
        "Hwangbo Ye-dam",
    ),
    (
        ('The plan was described as "a disaster" by Geum Seok-man.',),
        "a disaster",
        "Geum Seok-man",
    ),
    (
        ('Geum Seok-man described the plan as "a disaster."',),
        "a disaster.",
        "Geum Seok-man",
    ),
    (
        ('The delay was caused by a fault that Hwangbo Ye-dam described as "minor."',),
        "minor.",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man said he had missed training "maybe twice."',),
        "maybe twice.",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam said the new rules would turn schools into "exam factories."',),
        "exam factories.",
        "Hwangbo Ye-dam",
    ),
    (
        ('Geum Seok-man urged residents to "stay indoors" during the storm.',),
        "stay indoors",
        "Geum Seok-man",
    ),
    (
        ('Hwangbo Ye-dam, the coach, said her players showed "great spirit."',),
        "great spirit.",
        "Hwangbo Ye-dam",
    ),
]

_CONTROLS_NOT_YET: set[str] = set()


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True))
        if case[1] in _CONTROLS_NOT_YET
        else case
        for case in CONTROLS
    ],
    ids=[case[1] for case in CONTROLS],
)
def test_a_short_partial_keeps_its_speaker(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    found = [q for q in _body(*paragraphs) if _clean(q.text) == _clean(text)]
    assert [q.speaker_short for q in found] == [speaker]


def test_the_challenge_set_is_large_enough() -> None:
    assert len(TERMS) >= 50
    assert len(CONTROLS) >= 30


# --- near misses of the rules that emptied the expected failures (session 11) ---------------

NEAR_MISSES: list[tuple[tuple[str, ...], str, str | None]] = [
    # 'stickers saying "..."': a sticker speaks as itself, like a sign; a person who only
    # handles stickers keeps their own words
    (
        ('Hwangbo Ye-dam said stickers saying "no flyers" now cover most doors in the block.',),
        "no flyers",
        "stickers",
    ),
    (
        ("Geum Seok-man handed out stickers at the gate.", '"We will win," he said.'),
        "We will win,",
        "Geum Seok-man",
    ),
    # 'was described as "..." by NAME' is NAME's; not an agent of another verb, not a nickname
    # given by someone ('Dubbed "..." by NAME'), not "by" further on
    (
        ('The film was described as "a love letter" and directed by Geum Seok-man.',),
        "a love letter",
        None,
    ),
    (
        ('The plan was described as "a disaster" in a report by Geum Seok-man.',),
        "a disaster",
        None,
    ),
    # 'blamed X on "..."' is a verb that characterises, like 'accused X of "..."': its subject's
    # words; not a title after an article, nor a passive with no one blaming
    (
        ('Hwangbo Ye-dam blamed the delay on the "Cold River Blues" shoot.',),
        "Cold River Blues",
        None,
    ),
    (('The delay was blamed on "red tape."',), "red tape.", None),
    # '"the ..." character': a quoted "the ..." modifying a noun of a type of person names that
    # type; not before any other word, where it is the speaker's noun phrase
    (
        ('Geum Seok-man said she played "the night nurse" role for two seasons.',),
        "the night nurse",
        None,
    ),
    (
        ('Hwangbo Ye-dam said the club had lost "the fighting spirit" in the second half.',),
        "the fighting spirit",
        "Hwangbo Ye-dam",
    ),
    # 'In NAME's words, ...' opening the sentence; not 'In NAME's view,' (an opinion), nor with
    # another name between the phrase and the quotation
    (
        ('In Hwangbo Ye-dam\'s view, the club "played like strangers."',),
        "played like strangers.",
        None,
    ),
    (
        ('In Hwangbo Ye-dam\'s words, Geum Seok-man "played like a stranger."',),
        "played like a stranger.",
        None,
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), NEAR_MISSES, ids=[case[1] for case in NEAR_MISSES]
)
def test_near_misses_of_the_session_11_rules(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    found = [q for q in _body(*paragraphs) if _clean(q.text) == _clean(text) and q.speaker]
    assert [q.speaker_short for q in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        # an agent after "by": whoever characterised it so, for every participle of the one list
        ('The levy was dismissed as "a gimmick" by Geum Seok-man.', "a gimmick", "Geum Seok-man"),
        ('The delay was termed "a scandal" by Hwangbo Ye-dam.', "a scandal", None),  # no "as"
        # no agent: nobody in the sentence says it
        (
            'Fans are tired of seeing the club characterized as a "feeder side" abroad.',
            "feeder side",
            None,
        ),
    ],
)
def test_one_list_of_characterising_participles_reads_both_passives(
    paragraph: str, text: str, speaker: str | None
) -> None:
    found = [q for q in _body(paragraph) if _clean(q.text) == _clean(text)]
    assert [q.speaker_short for q in found] in ([speaker], [] if speaker is None else [speaker])
