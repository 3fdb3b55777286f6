"""Round 75: a bare person description read as the article's principal person.

Invented articles (no name or sentence from a corpus article). Rule: feature and wire copy
about one person names them in full in the lede, with their Hangul in brackets, and calls
them by a role noun later ("the singer", "the master", "the former coast guard chief")
without ever attaching the noun to the name; the headline carries the noun ("Singer NAME
sues ...", "Ex-coast guard chief's memoir ..."). An unresolved singular "the <person noun>"
then means that person: the first person named in full with a Hangul gloss in the first two
paragraphs, named before the quotation's paragraph, when the noun is a word of the headline,
nobody else holds or is described by it, and nothing known of the principal says otherwise.

Near misses keep their answers: another person named since who holds the noun ("her former
bandmate, singer NAME"), a headline naming someone else ("Students on teacher NAME: ..."),
an unnamed "the mayor" whose noun the headline lacks, a principal whose title is another
noun ("Director NAME" is not "the singer"), a gendered noun the principal is not ("the former
actress" after a man: on main the salient-person reading gave it to him), a plural ("the
singers"), a relation ("the father").
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes


def _speaker(headline: str, paragraphs: list[str], start: str) -> str | None:
    for quote in extract_quotes(headline, paragraphs):
        if quote.paragraph is not None and quote.text.startswith(start):
            return quote.speaker
    raise AssertionError(f"no quotation starting {start!r} in {paragraphs}")


_SINGER_HEAD = "Singer Ryu Ha-eun sues label over unpaid royalties"
_SINGER_LEDE = (
    "Ryu Ha-eun (류하은), 29, a former member of the trio Moonstep, has filed suit against "
    "Bluewave Music at the Seoul Central District Court, accusing the label of withholding "
    "royalties for six years."
)
_SINGER_SUIT = "The suit, filed on Monday, seeks 1.2 billion won in unpaid fees and damages."
_SINGER_QUOTE = (
    '"I signed when I was 16 and nobody ever showed me a statement," the singer said in a '
    "video posted to her fan channel."
)

_CHIEF_HEAD = "Ex-coast guard chief's memoir reopens old quarrel over rescue budget"
_CHIEF_LEDE = (
    "Tak Seung-ho (탁승호), 70, who ran the maritime police for three years, has published a "
    'memoir titled "Low Tide," which went on sale in Busan on Tuesday.'
)
_CHIEF_BOOK = (
    "The book describes a budget meeting in 2013 at which, it says, a vice minister cut the "
    "money for two rescue helicopters."
)

_MASTER_HEAD = "Onggi master, 79, lights his kiln for the last time"
_MASTER_LEDE = (
    "For 61 years, Moon Gi-yeol (문기열) has fired storage jars in a climbing kiln on a hill "
    "outside Yeoju."
)
_MASTER_KILN = "On Saturday, about 200 neighbors and former students came to watch the last firing."

_ROOKIE_HEAD = "Top rookie Seo thanks the grandmother who drove him to practice"
_ROOKIE_LEDE = (
    "Seo Jin-ho (서진호), 20, who won 14 games for the Daegu Lions this season, was named the "
    "league's best newcomer on Monday."
)
_ROOKIE_CAR = "His grandmother, a retired bus driver, drove him to a batting cage every night."

RESOLVE: list[tuple[str, list[str], str, str]] = [
    (_SINGER_HEAD, [_SINGER_LEDE, _SINGER_SUIT, _SINGER_QUOTE], "I signed when", "Ryu Ha-eun"),
    (
        _CHIEF_HEAD,
        [
            _CHIEF_LEDE,
            _CHIEF_BOOK,
            '"I wrote it for the crews, not for the ministers," the former coast guard chief '
            "told reporters.",
        ],
        "I wrote it for",
        "Tak Seung-ho",
    ),
    (
        _MASTER_HEAD,
        [
            _MASTER_LEDE,
            _MASTER_KILN,
            '"The fire does not care who is watching," the master said, wiping ash from a jar.',
        ],
        "The fire does not",
        "Moon Gi-yeol",
    ),
    (
        _ROOKIE_HEAD,
        [
            _ROOKIE_LEDE,
            _ROOKIE_CAR,
            'At the ceremony, the rookie pointed at her. "She never missed a night," he said.',
        ],
        "She never missed",
        "Seo Jin-ho",
    ),
]

KEEP: list[tuple[str, list[str], str, str | None]] = [
    # another person named since holds the noun: "her former bandmate, singer NAME"
    (
        _SINGER_HEAD,
        [
            _SINGER_LEDE,
            "Her former bandmate, singer Gil Na-young, backed the suit on Tuesday.",
            '"We were all paid in promises," the singer said.',
        ],
        "We were all paid",
        "Gil Na-young",
    ),
    # an unnamed mayor in a story about a baker: the headline has no "mayor"
    (
        "Baker Jo Min-su wins national bread contest",
        [
            "Jo Min-su (조민수), 44, who runs a bakery in Gangneung, won the national bread "
            "contest on Friday with a loaf made from local buckwheat.",
            "The prize comes with 30 million won and a year of classes at a Paris school.",
            '"Gangneung is proud of him," the mayor said at the ceremony.',
        ],
        "Gangneung is proud",
        "the mayor",
    ),
    # the headline has "mayor", but the principal's title is another noun
    (
        "Mayor hands baker Jo national bread prize",
        [
            "Baker Jo Min-su (조민수), 44, won the national bread contest on Friday with a loaf "
            "made from local buckwheat.",
            "The prize comes with 30 million won and a year of classes at a Paris school.",
            '"Gangneung is proud of him," the mayor said at the ceremony.',
        ],
        "Gangneung is proud",
        "the mayor",
    ),
    # the principal's title is another noun: "Director NAME" is not "the singer"
    (
        "Director Kang's ferry film opens in Busan; singer praises its score",
        [
            "Director Kang Hye-won (강혜원), 51, opened the Busan festival on Thursday with her "
            "film about a ferry crew.",
            "The film's score was recorded with a choir of fishermen from Tongyeong.",
            '"I cried at the second song," the singer said after the screening.',
        ],
        "I cried at the",
        "the singer",
    ),
    # a gendered noun the principal is not: the founder is a man
    (
        "Theater founder names successor, a former actress",
        [
            "Yoo Dong-hwan (유동환), 70, said on Monday that he would hand the troupe he founded "
            "in 1985 to a new artistic director in March.",
            "He said he had chosen the successor after two years of talks.",
            '"I said no twice before I said yes," the former actress said.',
        ],
        "I said no twice",
        "the former actress",
    ),
    # a plural is nobody's description of one person
    (
        "Singers rally behind Ryu Ha-eun's royalty suit",
        [
            _SINGER_LEDE,
            _SINGER_SUIT,
            '"We were all paid in promises," the singers said in a joint letter.',
        ],
        "We were all paid",
        "the singers",
    ),
    # a relation, not a role: "the father" is someone's father
    (
        "Rookie's father watches from the stands",
        [
            _ROOKIE_LEDE,
            _ROOKIE_CAR,
            '"I only taught him to throw strikes," the father said.',
        ],
        "I only taught him",
        "the father",
    ),
]


NOT: list[tuple[str, list[str], str, str]] = [
    # the headline names someone else with the noun: "teacher Bae" is not the prize winner
    (
        "Students on teacher Bae: 'She made us read aloud'",
        [
            "When Min Seo-yoon (민서윤) won the national essay prize, she thanked one person.",
            "That person was Bae Hye-ri (배혜리), who has taught the 17-year-old since middle "
            "school.",
            '"Reading aloud is thinking slowly," the teacher said.',
        ],
        "Reading aloud is",
        "Min Seo-yoon",
    ),
]


@pytest.mark.parametrize(("headline", "paragraphs", "start", "want"), RESOLVE)
def test_the_description_is_the_principal_person(
    headline: str, paragraphs: list[str], start: str, want: str
) -> None:
    assert want in (_speaker(headline, paragraphs, start) or "")


@pytest.mark.parametrize(("headline", "paragraphs", "start", "want"), KEEP)
def test_near_misses_keep_their_speaker(
    headline: str, paragraphs: list[str], start: str, want: str | None
) -> None:
    got = _speaker(headline, paragraphs, start)
    assert got == want if want is None else want in (got or "")


@pytest.mark.parametrize(("headline", "paragraphs", "start", "unwanted"), NOT)
def test_a_headline_naming_another_leaves_the_principal_out(
    headline: str, paragraphs: list[str], start: str, unwanted: str
) -> None:
    assert unwanted not in (_speaker(headline, paragraphs, start) or "")
