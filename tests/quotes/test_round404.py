"""Round 404: a title right after the noun of its work is no end of the clause that carries it.

Invented sentences only. 'NAME, best known for the crime series "..." and the film "...,"
called the role "..."' and 'NAME ... based her album "..." on tunes ... and called them "..."'
left the partials with no speaker: the quoted titles stopped the reader that looks back from
the verb for its clause's subject. Round 402 passed a title after "titled"; a quotation
opening with a capital right after the lowercase noun of a work ("series", "film", "album",
"book", "drama": round 164's list) is a name in the clause's object too (`_titled_work`). A
capitalised quotation after any other noun still ends the clause: 'staged a sit-in, billed as
the "..." vigil, ..., chanting "..."' keeps the chanting tenants (the near miss fails when any
capitalised quotation is passed). The held-out splits, read as counts only, gave no term a
speaker.
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_titles_in_an_aside_then_called() -> None:
    paragraphs = [
        'Tak Eun-byul, best known for the crime series "Cold Ledger" and the film "Moth'
        ' Season," called the role "the loneliest part I have played."'
    ]
    assert speaker_of(paragraphs, "the loneliest", short=True) == "Tak Eun-byul"


def test_an_album_in_the_object_then_and_called() -> None:
    paragraphs = [
        'Pi Yeon-soo, a gayageum player, based her album "River Songs" on tunes from the'
        ' archive and called them "the bravest music I know."'
    ]
    assert speaker_of(paragraphs, "the bravest", short=True) == "Pi Yeon-soo"


def test_a_vigil_billed_by_name_keeps_its_chanting_tenants() -> None:
    paragraphs = [
        "Tenants in Nowon, whose boilers failed twice this winter, staged a sit-in, billed as"
        ' the "Warm Homes Now" vigil, outside the district office Friday, chanting "Fix the'
        ' heat!"'
    ]
    assert speaker_of(paragraphs, "Fix the heat", short=True) == "Tenants in Nowon"
