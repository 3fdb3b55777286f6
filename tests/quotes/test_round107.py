"""Round 107: the description between a name's commas is that person, not a second one.

"Kwon, a former labor activist, said ..." was read twice: as Kwon with his description, and as
"a former labor activist" on its own, a new person who was then the newest subject, so the
"he said" after it went to the description. Every sentence here is invented.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_he_means_the_named_person_not_his_description() -> None:
    paragraphs = [
        "Rep. Ma Seon-hui and Bang Jae-gyu, chairman of the Justice Alliance, announced the"
        " merger on Saturday.",
        "Bang, a former labor activist, said the two parties had agreed to finish the talks by"
        " January."
        ' "Nothing is decided in advance," he said.',
    ]
    speaker = speaker_of(paragraphs, "Nothing is decided")
    assert speaker is not None and speaker.startswith("Bang Jae-gyu"), speaker


def test_a_body_and_a_spokesman_stay_two_speakers() -> None:
    paragraphs = [
        "In remarks relayed by the Korean Central News Agency (KCNA), a spokeswoman for the"
        ' navy called the drill "a rehearsal for invasion."',
    ]
    speaker = speaker_of(paragraphs, "a rehearsal")
    assert speaker is not None and "spokeswoman" in speaker, speaker
