"""Round 78: speaker strings with a word that is not part of who speaks.

Invented sentences (no name or sentence from a corpus article). The quote panel shows the full
``speaker`` of a focused quotation, so these assert the full string. Rules:

* after "a" or "an", the lowercase noun before a name is what the relative clause the name
  opens describes ("a practice NAME called", "a phrase NAME said he liked", "a message NAME
  allegedly sent"): the name alone speaks; a title the lexicon knows stays;
* after a modal or an infinitive's "to" the word before a name is a verb ("would star NAME",
  "the first to back NAME");
* an inverted '"...," read a statement NAME released' gives the words to NAME;
* a singular article before a plural role goes with another noun ("a figure unions have
  called", "one officials called"); a multiplier takes its count ("several hundred
  workers"); an "-ing" word after a comma or before a document is a verb (", holding
  placards that read").

Near misses keep their answers: lowercase titles and kin before a name ("skip NAME", "her
sister NAME", "presiding Judge NAME", "glassblower NAME"), "one official", "a few fans",
"striking workers", "acting President NAME" after "to".
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_SEO = "Seo Gyeol-ah (서결아) chairs the supporters' union of the Daejeon club."
_MA = "Ma Chun-seok (마춘석) has run the city's budget office since 2021."
_GU = "Gu Bit-sae (구빛새), the former owner of a courier app, is on trial for fraud."
_PYO = "Pyo Dan-bi (표단비) heads the casting office at Hanbit Pictures."

RESOLVE: list[tuple[list[str], str, str]] = [
    (
        [
            _SEO,
            "The club scrapped its lottery for away tickets, a practice Seo called "
            '"a tax on loyalty."',
        ],
        "a tax on loyalty",
        "Seo Gyeol-ah",
    ),
    (
        [
            _MA,
            'Critics have labelled the plan a "slow leak," a phrase Ma said he liked. '
            '"Leaks get fixed," he said.',
        ],
        "Leaks get fixed",
        "Ma Chun-seok",
    ),
    (
        [
            _GU,
            "Prosecutors read out a message Gu allegedly sent to an accountant in March: "
            '"Move the float before the audit."',
        ],
        "Move the float",
        "Gu Bit-sae, the former owner of a courier app",
    ),
    (
        [
            _PYO,
            "Pyo said the next series would star Hwang Seul-gang (황슬강). "
            '"I read the sea scenes twice," Hwang said.',
        ],
        "I read the sea",
        "Hwang Seul-gang",
    ),
    (
        [
            "Coach Do said Oh Ra-on had been the first to back Yang Ha-ul (양하울). "
            '"She came with two coffees," Yang said.'
        ],
        "She came with",
        "Yang Ha-ul",
    ),
    (
        [
            'Cabbage growers earn about 900,000 won a month, a figure unions have called "a '
            'wage for a hobby."'
        ],
        "a wage for a hobby",
        "unions",
    ),
    (
        [
            "Divers raised a bronze bell off Taean, the first such find in decades and one "
            'officials called "a gift from the tide."'
        ],
        "a gift from the tide",
        "officials",
    ),
    (
        [
            "Heo spoke at the depot gate, where several hundred drivers chanted "
            '"Keep the night routes."'
        ],
        "Keep the night routes",
        "several hundred drivers",
    ),
    (
        [
            "Fishermen rallied outside the port office on Monday, holding placards that read "
            '"No dredging in our bay."'
        ],
        "No dredging",
        "placards",
    ),
]

RESOLVE.append(
    (
        [
            "Judge Ryu Tae-geum (류태금) takes over the criminal division on Monday.",
            '"Every ruling of his taught me patience," read a statement Ryu released '
            "through the court.",
        ],
        "Every ruling",
        "Judge Ryu Tae-geum",
    )
)

KEEP: list[tuple[list[str], str, str | None]] = [
    (['"We froze on the last end," skip Ok Sae-rom said.'], "We froze", "skip Ok Sae-rom"),
    (
        ['"She never missed a shift," her sister Moon Bit-na said.'],
        "She never missed",
        "sister Moon Bit-na",
    ),
    (
        ['"The record is incomplete," presiding Judge Bang Geum-chul said.'],
        "The record is",
        "presiding Judge Bang Geum-chul",
    ),
    (
        ['"Heat is everything," glassblower Yeom Do-ri said.'],
        "Heat is everything",
        "glassblower Yeom Do-ri",
    ),
    (['"We froze," one official said.'], "We froze", "one official"),
    (['"We froze," a few fans said.'], "We froze", "a few fans"),
    (['"We froze," striking workers said.'], "We froze", "striking workers"),
    (
        [
            "The court handed the case to acting Chief Justice Ryu Tae-geum, who said, "
            '"We will not rush."'
        ],
        "We will not",
        "acting Chief Justice Ryu Tae-geum",
    ),
]


@pytest.mark.parametrize(("paragraphs", "start", "want"), RESOLVE)
def test_the_stray_word_leaves_the_speaker(paragraphs: list[str], start: str, want: str) -> None:
    assert speaker_of(paragraphs, start) == want


@pytest.mark.parametrize(("paragraphs", "start", "want"), KEEP)
def test_titles_and_counts_stay(paragraphs: list[str], start: str, want: str | None) -> None:
    assert speaker_of(paragraphs, start) == want
