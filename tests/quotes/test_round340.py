"""Round 340: "report", "note" and "post" after "a" or "an" and lower-case words are a document's
noun, no verb.

Invented sentences only. Read left to right, a phrase stopped at any verb of saying, so
'according to a safety report' was cut to "a safety" (shown as the speaker when "The report"
spoke next), and 'A post widely shared in a forum ... urged' or 'a post shared widely on ...
called' gave no phrase at all, so the sentence's or the paragraph's last person spoke. After
"a"/"an" and lower-case words only (no verb of saying among them), the word is the head noun of
the phrase. "the" is left out: 'has not responded to the report, but it ...' would make the
report a new antecedent for "it".
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for, speaker_of


def test_a_modified_report_keeps_its_noun() -> None:
    paragraphs = [
        "The reservoir would drown 30 farms, according to an audit report. The report"
        ' called the loss "small and payable."'
    ]
    assert speaker_for(paragraphs, "small and payable.") == "an audit report"


def test_a_post_shared_widely() -> None:
    paragraphs = [
        "Parents were angry about the new bus routes.",
        "A post widely shared in an online community for bus riders urged readers to"
        ' "ask the children first."',
        "Some drivers objected, and a post shared widely on bus forums called the routes"
        ' "a plan drawn on a napkin."',
    ]
    assert speaker_of(paragraphs, "ask the children") == "A post"
    assert speaker_of(paragraphs, "a plan drawn") == "a post"


def test_the_report_after_a_verb_is_left_alone() -> None:
    # near miss: kept, read right before this round too
    paragraphs = [
        "The North has not responded to the report, but on Monday it accused Seoul of"
        ' "chasing shadows."'
    ]
    assert speaker_of(paragraphs, "chasing shadows", short=True) == "North Korea"
