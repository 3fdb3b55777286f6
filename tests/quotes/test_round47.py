"""Round 47: quotations a careful reader gives a speaker that were left with none.

Invented sentences only (no name or sentence from a corpus article). Each rule has cases that
must resolve (a quotation left with no speaker on main now gets the one a reader names) and
near misses whose answer must stay (another person named, a subordinate clause, a thing for a
subject, an explicit attribution, a verb that is no gesture of speaking): (1) a past tense
after a quotation, its subject and an aside ('"...," NAME, the party's floor leader, sighed.');
(2) a past tense, a comma and a quotation ('NAME shrugged, "..."'); (3) a paragraph of one
person's gesture before a quotation standing alone ('NAME paused.' then '"..."'); (4) the
rejoinders "shot back", "hit back" and "spat".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import answer_holding as _answer
from tests.quotes.invented import resolve_and_near

_N = None

# (paragraphs, piece of the quotation, speaker the short or full speaker must hold, or None)
RESOLVE: list[tuple[list[str], str, str | None]] = [
    # (1) a past tense after the quotation, its subject and an aside
    (
        ['"The ferry will run again by May," Gu Bo-ra, the port authority\'s director, sighed.'],
        "ferry will run",
        "Gu Bo-ra",
    ),
    (
        ['"I never wanted this job," Seol Tae-min, who chairs the panel, laughed.'],
        "never wanted",
        "Seol Tae-min",
    ),
    (
        ['"Ask the weather," Ma Eun-ho, 61, a rice farmer in Gimje, shrugged.'],
        "Ask the weather",
        "Ma Eun-ho",
    ),
    (
        ['"Nobody reads the fine print," the fund\'s manager, Ji Hae-won, winced.'],
        "fine print",
        "Ji Hae-won",
    ),
    (
        ['"We trained for snow, not rain," Jeon Yu-chan, the team\'s captain, smiled.'],
        "trained for snow",
        "Jeon Yu-chan",
    ),
    # (2) a past tense, a comma and the quotation
    (
        ['Asked about the delay, Doh Han-byeol shrugged, "Trains are late everywhere."'],
        "Trains are late",
        "Doh Han-byeol",
    ),
    (
        ['Mayor Pyo Ji-ung sighed, "We asked for help three times."'],
        "asked for help",
        "Pyo Ji-ung",
    ),
    (
        ['The coach grinned, "My players eat kimchi, not excuses."'],
        "not excuses",
        "coach",
    ),
    (
        ['Bae Seo-yun, a nurse at the clinic, laughed, "I have not slept since Sunday."'],
        "not slept",
        "Bae Seo-yun",
    ),
    (
        ['Tae Gyu-ri chuckled, "Ask my grandmother. She knows the recipe."'],
        "Ask my grandmother",
        "Tae Gyu-ri",
    ),
    # (3) one person's gesture, then a quotation standing alone
    (
        ["Chu Min-ah paused and looked at the families in the front row.", '"I am sorry."'],
        "I am sorry",
        "Chu Min-ah",
    ),
    (
        ["Judge Hyeon Do-yun shook his head.", '"This court will not be rushed."'],
        "not be rushed",
        "Hyeon Do-yun",
    ),
    (
        [
            "Nam Gi-seok, who runs the bakery, leaned on the counter.",
            '"Flour went up 30 percent. Butter, 40."',
        ],
        "Flour went up",
        "Nam Gi-seok",
    ),
    (
        ["The captain nodded slowly.", '"We go again tomorrow."'],
        "go again tomorrow",
        "captain",
    ),
    (
        ["Yeom Ha-neul smiled.", '"Five years ago nobody came. Look at this line now."'],
        "nobody came",
        "Yeom Ha-neul",
    ),
    # (4) rejoinders
    (
        ['"Read the contract," Kwak Do-hee shot back.'],
        "Read the contract",
        "Kwak Do-hee",
    ),
    (
        ['"Then show us the data," Rep. Pi Seung-woo hit back.'],
        "show us the data",
        "Pi Seung-woo",
    ),
    (
        ['"You sold us out," the protester spat.'],
        "sold us out",
        "protester",
    ),
    (
        ['"The minister has never visited the site," shot back Ong Ji-hyuk.'],
        "never visited",
        "Ong Ji-hyuk",
    ),
    (
        ['Lim Se-ah hit back, "The audit found nothing."'],
        "audit found nothing",
        "Lim Se-ah",
    ),
]

NEAR: list[tuple[list[str], str, str | None]] = [
    # (1) the verb after the aside is someone else's, or a reporting verb names the speaker
    (
        ['"The ferry will run again by May," Gu Bo-ra said. Seol Tae-min, the mayor, sighed.'],
        "ferry will run",
        "Gu Bo-ra",
    ),
    (
        ['"We need more buses," Ji Hae-won, an aide to the mayor, explained.'],
        "more buses",
        "Ji Hae-won",
    ),
    (
        ['"Paper Moons," the band\'s second album, was released in 2022.'],
        "Paper Moons",
        _N,
    ),
    # (2) a subordinate clause, another speaker, a partial, a thing
    (
        ['As Doh Han-byeol laughed, Pyo Ji-ung said, "We asked for help three times."'],
        "asked for help",
        "Pyo Ji-ung",
    ),
    (
        ['Doh Han-byeol shrugged, and Pyo Ji-ung said, "We asked for help three times."'],
        "asked for help",
        "Pyo Ji-ung",
    ),
    (
        ['Bae Seo-yun smiled at Tae Gyu-ri, who said, "Ask my grandmother."'],
        "Ask my grandmother",
        "Tae Gyu-ri",
    ),
    (
        ['When Bae Seo-yun laughed, "Ask my grandmother," Tae Gyu-ri said.'],
        "Ask my grandmother",
        "Tae Gyu-ri",
    ),
    # (3) two people, an explicit attribution, no gesture of speaking, nobody
    (
        ["Chu Min-ah looked at Hyeon Do-yun and paused.", '"I am sorry."'],
        "I am sorry",
        "-",
    ),
    (
        ["Chu Min-ah paused, and the judge stood up.", '"I am sorry."'],
        "I am sorry",
        "-",
    ),
    (
        ["Chu Min-ah paused and looked at the families.", '"I am sorry," Hyeon Do-yun said.'],
        "I am sorry",
        "Hyeon Do-yun",
    ),
    (
        ["Nam Gi-seok sat in the front row.", '"Flour went up 30 percent."'],
        "Flour went up",
        _N,
    ),
    (
        ["The audience laughed and clapped.", '"We go again tomorrow."'],
        "go again tomorrow",
        _N,
    ),
    # (4) "shot" and "hit" with no "back", or no quotation beside them
    (
        ["Police shot a man near the station.", '"He had a knife," Ong Ji-hyuk said.'],
        "had a knife",
        "Ong Ji-hyuk",
    ),
    (
        ["The visitors hit back in the second half.", '"We never stopped running."'],
        "never stopped",
        _N,
    ),
    (
        ['"Read the contract," Kwak Do-hee said, and Lim Se-ah hit back at once.'],
        "Read the contract",
        "Kwak Do-hee",
    ),
    (
        ['Lim Se-ah hit back at Kwak Do-hee, who had said, "Read the contract."'],
        "Read the contract",
        "Kwak Do-hee",
    ),
]


def _right(answer: str | None, want: str | None) -> bool:
    if want is None:
        return not answer  # no speaker
    if want == "-":
        return answer is None or "Chu Min-ah" not in answer  # not the first of two people
    if answer is None:
        return False
    return any(w.lower() in answer.lower() for w in want.split("|"))


@pytest.mark.parametrize(("paragraphs", "piece", "want"), resolve_and_near(RESOLVE, NEAR))
def test_answer(paragraphs: list[str], piece: str, want: str | None) -> None:
    """A must-resolve case gets its new answer; a near miss keeps the one it had."""
    answer = _answer(paragraphs, piece)
    assert _right(answer, want), (piece, answer)
