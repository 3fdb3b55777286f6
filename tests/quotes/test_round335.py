"""Round 335: a title word before a body's one noun names the body.

Invented sentences only. "The Justice Ministry said it ..." was credited to "Ministry": the
name reader took "Justice" for a person's title (a judge's, "Justice Kim"), which left the
body's noun alone, a name no reader could tell. A single title word before a single body noun
is the body's field ("Justice Ministry", "Interior Ministry"), so the two stay one name; a
justice with a name after the title is still a person.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_for


def test_the_justice_ministry_keeps_its_field() -> None:
    paragraphs = [
        'The Justice Ministry, which runs the prisons, said it "will review the ruling" this week.'
    ]
    assert speaker_for(paragraphs, "will review the ruling") == "Justice Ministry"


def test_a_justice_with_a_name_is_a_person() -> None:
    # near miss: kept, read right before this round too
    paragraphs = ['"The law is plain," Justice Oh Seung-min wrote for the majority.']
    assert speaker_for(paragraphs, "The law is plain,") == "Justice Oh Seung-min"
