"""Round 121's probe battery: "he" or "she" after a group or an unnamed person.

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article) in the shapes where the tuning splits gave a singular pronoun's quotation
someone it cannot stand for: (A) a group named as a capitalised name between the speaker and
the pronoun ("Dealers in Osaka called the sale ...", "what older South Koreans call ..."), and
(B) a person the sentence before the quotation brought in by a description, without a full
name ("The owner of a bakery near the station said ...", "one of the dismissed drivers, who
spoke on condition of anonymity, said ...", "One regular, a 68-year-old man who gave only his
surname, Pyo, ..."), where the pronoun went to a named person further back. Beside them, near
misses of the same frames whose answer is another: "they" for the group, "it" for a body, a
surname in "-ans", a description whose name follows it, a named subject telling an unnamed
object. For each quotation checked (found by a piece of its text) the expected answer is a name
or role the speaker must hold ("a|b": either), "-WORD" for no speaker or one holding only that
word, or None for no speaker. Categories: A and B the shapes, N near misses. Probes still
failing are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_RULE_2_OUT = (
    "round 121's rule 2 ('one of the <plural role>' is one new person) was not merged: on the "
    "reused held-out splits it made one right speaker wrong and none right"
)
_UNKNOWN_PLURAL = (
    "'Fishmongers at the port nicknamed him': a plural noun the role list does not hold is"
    " read as a name running on to the verb, which no number rule can tell from a person's"
    " name; not treated"
)
_THEY = (
    "'Dealers in Osaka' is read as a name, not a plural role, so 'they said' after it finds"
    " no group (no speaker, as on s24); the round only keeps 'he' and 'she' off such names"
)

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "A",
        [
            'Byeon Seul-ah, a bond analyst at Mirae Bank, said the sale was "modest but useful."'
            ' Dealers in Osaka called the sale "the soju bond."',
            '"Demand was steady and the price was fair," she said.',
        ],
        [("Demand was steady", "Byeon Seul-ah")],
    ),
    (
        "A",
        [
            "Defector Ri Ok-dan, 40, spoke at the forum in Geneva on Thursday.",
            'Ri, who fled during what older North Koreans call "the quiet winter", told'
            ' reporters she had kept a diary. "I wrote so that I would not forget," she said.',
        ],
        [("I wrote so that", "Ri Ok-dan")],
    ),
    pytest.param(
        "A",
        [
            "Chef Gong Tae-gil, 51, opened his second restaurant in Mokpo on Friday.",
            'Fishmongers at the port nicknamed him "the octopus man."'
            ' "I buy from them every morning before six," he said.',
        ],
        [("I buy from them", "Gong Tae-gil")],
        marks=pytest.mark.xfail(strict=True, reason=_UNKNOWN_PLURAL),
    ),
    (
        "A",
        [
            "Pianist Hyun Ji-ul, 29, won the Leeds prize on Saturday.",
            'Critics in London called her playing "quietly fearless."'
            ' "I played for my grandmother in Jeju," she said.',
        ],
        [("I played for my grandmother", "Hyun Ji-ul")],
    ),
    (
        "A",
        [
            "Novelist Maeng Bo-eun, 63, said her new book was written for older readers."
            ' Younger Canadians, she said, had turned it into "a meme."',
            '"I did not expect to be read on phones," she said.',
        ],
        [("I did not expect", "Maeng Bo-eun")],
    ),
    (
        "B",
        [
            "Principal Kim Do-rim said the school cafe would stay open through the winter.",
            "The owner of a bakery near the station said the cafe had cut into her sales."
            ' "The students used to stop here every morning," she said, asking not to be'
            " named.",
        ],
        [("The students used to stop", "owner")],
    ),
    pytest.param(
        "B",
        [
            "Haenam Bus CEO Bang Gyu-tae said the company had dismissed three drivers.",
            "But one of the dismissed drivers, who spoke on condition of anonymity, said the"
            ' depot had known about the brakes. "We reported it every week," he said.',
        ],
        [("We reported it every week", "driver")],
        marks=pytest.mark.xfail(strict=True, reason=_RULE_2_OUT),
    ),
    pytest.param(
        "B",
        [
            '"Nobody should be ashamed to take food," said Choi Mi-seul, 60, who runs the'
            " pantry for a church group.",
            "One regular, a 68-year-old man who gave only his surname, Pyo, comes every"
            ' Friday. "My daughter calls when she can," he said.',
        ],
        [("My daughter calls", "Pyo")],  # round 157's rule 2 reads it
    ),
    pytest.param(
        "N",
        [
            'Byeon Seul-ah, a bond analyst at Mirae Bank, said the sale was "modest but useful."',
            'Dealers in Osaka called the sale a bargain. "We bought all we could," they said.',
        ],
        [("We bought all we could", "Dealers")],
        marks=pytest.mark.xfail(strict=True, reason=_THEY),
    ),
    (
        "N",
        [
            'Byeon Seul-ah, a bond analyst at Mirae Bank, said the sale was "modest but useful."',
            'Traders in Osaka called the sale a bargain. "We bought all we could," they said.',
        ],
        [("We bought all we could", "Traders")],
    ),
    (
        "N",
        [
            "Seoul Metro said two of its contractors had missed the deadline.",
            "One of the contractors said the steel had arrived late."
            ' "We asked for more time in June," it said.',
        ],
        [("We asked for more time", "-contractor")],
    ),
    (
        "N",
        [
            "Seon Han-na, a lawyer for the families, said the report was late. Residents of"
            " Goheung said the county office had promised a hearing.",
            '"We will hear everyone before the vote," it said.',
        ],
        [("We will hear everyone", "county office|Goheung")],
    ),
    (
        "N",
        [
            "Kwak Ha-ul, a Seoul-based trainer, said the Welsh side had been the stronger team.",
            'Coach Rhys Evans was pleased with the result. "We defended for 90 minutes," he said.',
        ],
        [("We defended for 90 minutes", "Evans")],
    ),
    (
        "N",
        [
            "Pyeon Se-ri, a spokeswoman for the union, said talks would resume on Monday.",
            "Its chairman, Oh Dal-chan, said the union would not give up the bonus."
            ' "Our members earned it," he said.',
        ],
        [("Our members earned it", "Oh Dal-chan")],
    ),
    (
        "N",
        [
            "Surgeon Yeo Da-un, 47, worked through the night after the crash.",
            "Yeo told a nurse at the desk to call in the night shift."
            ' "We had twelve patients in an hour," she said.',
        ],
        [("We had twelve patients", "Yeo Da-un")],
    ),
    (
        "N",
        [
            "Researcher Do Yun-bi, 38, said Koreans had begun to eat more rice again."
            ' "Bread got too expensive," she said.',
        ],
        [("Bread got too expensive", "Do Yun-bi")],
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
