"""Round 64: a quotation left with no speaker although the copy names one.

Invented sentences (no name or sentence from a corpus article).

Tried and dropped (strict xfails below): "according to" a document that no name or role
heads, with its author after "by" ('according to a 2023 report by the Korea Development
Institute'), giving the author. Right 1 and wrong 0 on the tuning splits, but on the held-out
splits it made two right speakers wrong (reviewer, verdict counts only), so it is not kept.

Rule 2: "ruling" after a comma and before "that" is a participle reporting a clause, as "ruled
that" is ('fined the firm in May, ruling that its fees were "..."': the body that fined it),
not the adjective of "the ruling party" nor the noun of "in its ruling".

Tried and dropped (strict xfails below): a quoted name inside a noun phrase (title-cased,
no comma inside its marks: 'ran a poem titled "Our Sea" ..., calling the drill "..."', 'NAME,
chief executive of the app "Bapsang Go", said') passed over when a later verb looks back for
its subject. It gave tuning14, tuning24 and tuning25 six right speakers and none wrong, but
the suite's held-out floor test failed with it (twice: also when narrowed to a name right
after a naming participle, an article, a possessive or a noun), so it is not kept.

Rule 3: "estimated" reports what its subject judges, as "predicted" does ('NAME, an analyst,
estimated the recall would cost ..., or "..."'), and joins the verbs of saying.

Rule 4: "That" opening a sentence before a noun is its determiner ('That notice, still taped
up, reads: "..."': the notice), where no other phrase opening the sentence was read; "That,
she said, was ..." (no noun) keeps no speaker.
"""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes
from tests.quotes.invented import speaker_of


def _speaker_or_none(paragraphs: list[str], start: str) -> str | None:
    """The short speaker of the quotation starting with ``start``; None when it has none or
    is not extracted at all (a scare quote may be dropped as a term)."""
    for quote in extract_quotes("", paragraphs):
        if quote.text.startswith(start):
            return quote.speaker_short
    return None


AUTHORED_LEFT = (
    "round 64: 'according to a report by X' gives no speaker (rule dropped on held-out verdicts)"
)

AUTHORED: list[tuple[list[str], str, str]] = [
    (
        [
            'The line\'s cost was "understated by half," according to a 2023 report by the '
            "Korea Development Institute."
        ],
        "understated by half",
        "Korea Development Institute",
    ),
    (
        [
            'Rents near the new line rose "far faster than forecast," according to a report '
            "published by the Seoul Urban Institute."
        ],
        "far faster",
        "Seoul Urban Institute",
    ),
]


@pytest.mark.xfail(strict=True, reason=AUTHORED_LEFT)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), AUTHORED)
def test_round64_document_by_author(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


AUTHORED_NEAR: list[tuple[list[str], str, str | None]] = [
    # "from" cites figures: no speaker
    (
        ['Exports rose "at a record pace," according to data from the Korea Customs Service.'],
        "at a record pace",
        None,
    ),
    # a speaker's own tag comes first: the transcript's publisher does not speak
    (
        [
            '"We will not close a single store," Pyo Jae-hun told shareholders, according to '
            "a transcript released by Hanbit Mart."
        ],
        "We will not close",
        "Pyo Jae-hun",
    ),
    # a source named at once keeps its reading
    (['Exports rose "at a record pace," according to police.'], "at a record pace", "police"),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), AUTHORED_NEAR)
def test_round64_document_near_misses(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker


RULING: list[tuple[list[str], str, str]] = [
    (
        [
            "The Korea Fair Trade Commission fined Gaon 3 billion won in May, ruling that its "
            'fees were "unfair to small shops."'
        ],
        "unfair to small shops",
        "Korea Fair Trade Commission",
    ),
    (
        [
            "The Gangwon Labor Relations Commission sided with the drivers on Friday, ruling "
            'that the dismissals had been "without just cause."'
        ],
        "without just cause",
        "Gangwon Labor Relations Commission",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RULING)
def test_round64_ruling_that(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


RULING_NEAR: list[tuple[list[str], str, str | None]] = [
    # the adjective of "the ruling party": the lawmaker speaks, as before
    (
        ['Rep. Oh Ji-an of the ruling Minjung Party said the bill was "dead on arrival."'],
        "dead on arrival",
        "Oh Ji-an",
    ),
    (
        ['"The door is shut," said Oh Ji-an, floor leader of the ruling party.'],
        "The door is shut",
        "Oh Ji-an",
    ),
    # the noun "ruling": the court that said it
    (
        [
            'The court upheld the fine. "The firm misled its buyers," the Seoul High Court said '
            "in its ruling that day."
        ],
        "The firm misled",
        "Seoul High Court",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), RULING_NEAR)
def test_round64_ruling_near_misses(paragraphs: list[str], start: str, speaker: str | None) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker


ESTIMATED: list[tuple[list[str], str, str]] = [
    (
        [
            "Baek Do-yun, an analyst at Hanul Securities, estimated the fine would cost Gaon "
            'about 40 billion won, or "roughly a year of profit."'
        ],
        "roughly a year",
        "Baek Do-yun",
    ),
    (
        [
            "Seo Min-ah, chief economist at Daehan Bank, estimated that home prices in the "
            'capital would fall "by a tenth at most."'
        ],
        "by a tenth",
        "Seo Min-ah",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), ESTIMATED)
def test_round64_estimated(paragraphs: list[str], start: str, speaker: str) -> None:
    assert speaker_of(paragraphs, start, short=True) == speaker


ESTIMATED_NEAR: list[tuple[list[str], str, str | None]] = [
    # another speaker's tag in the next sentence keeps its quotation
    (
        [
            "The ministry estimated the storm damage at 40 billion won. "
            '"It could have been far worse," Vice Minister Cha Eun-bi said.'
        ],
        "It could have been",
        "Cha Eun-bi",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), ESTIMATED_NEAR)
def test_round64_estimated_near_misses(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker


QUOTED_NAME_LEFT = "round 64: a quoted name before the verb stops its subject search (rule dropped)"

QUOTED_NAME: list[tuple[list[str], str, str]] = [
    (
        [
            "The Korean Central News Agency (KCNA) said the drill was reckless.",
            'The agency also took aim at the allies\' "Iron Shield" naval exercise, set to '
            'begin Monday, calling it "a rehearsal for invasion."',
        ],
        "a rehearsal",
        "Korean Central News Agency",
    ),
]


@pytest.mark.xfail(strict=True, reason=QUOTED_NAME_LEFT)
@pytest.mark.parametrize(("paragraphs", "start", "speaker"), QUOTED_NAME)
def test_round64_quoted_name_left(paragraphs: list[str], start: str, speaker: str) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker


# Resolved by round 80 (a quotation closing an aside between the subject and its verb no longer
# hides the subject): was a strict xfail of QUOTED_NAME above.
QUOTED_NAME_RESOLVED: list[tuple[list[str], str, str]] = [
    (
        [
            'Jeon Ha-yoon, chief executive of the app "Bapsang Go", said the regulators\' '
            'view was "stuck in 1995" and that riders wanted "a fair deal."'
        ],
        "stuck in 1995",
        "Jeon Ha-yoon",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), QUOTED_NAME_RESOLVED)
def test_round64_quoted_name_resolved(paragraphs: list[str], start: str, speaker: str) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker


DEMONSTRATIVE: list[tuple[list[str], str, str]] = [
    (
        [
            "Hong Ye-jin said the shop had posted a notice on its door.",
            'That notice, still taped up, reads: "Closed for the harvest. Back in May."',
        ],
        "Closed for the harvest",
        "notice",
    ),
    (
        [
            "The club pinned a letter to the gym door.",
            'That letter, signed by all 40 members, read: "We are not leaving."',
        ],
        "We are not leaving",
        "letter",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), DEMONSTRATIVE)
def test_round64_that_noun(paragraphs: list[str], start: str, speaker: str) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker


DEMONSTRATIVE_NEAR: list[tuple[list[str], str, str | None]] = [
    # "That" with no noun after it: a pronoun, the tag's speaker
    (['That, the minister said, was "a mistake."'], "a mistake", "minister"),
    # a quote-only paragraph after another speaker intervened stays with that speaker
    (
        [
            'That notice, still taped up, reads: "Closed for the harvest."',
            'Shop owner Hong Ye-jin said the notice was "only half true."',
            '"We open on Sundays anyway."',
        ],
        "We open on Sundays",
        "Hong Ye-jin",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "speaker"), DEMONSTRATIVE_NEAR)
def test_round64_that_noun_near_misses(
    paragraphs: list[str], start: str, speaker: str | None
) -> None:
    assert _speaker_or_none(paragraphs, start) == speaker
