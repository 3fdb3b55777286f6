"""Round 402: a title given by "titled" is no end of the clause that carries it.

Invented sentences only. 'The party newspaper ... carried an editorial titled "...," urging
farmers to "..."' left the partial with no speaker: the quoted title stopped the reader that
looks back from the participle (or a verb coordinated with "and") for its clause's subject, as
any quotation ends a clause. A quotation right after a participle of titling ("titled",
"entitled", "headlined") and opening with a capital is a name in the clause's object
(`_titled_work`), so the reader passes it. A capitalised quotation after any other word still
ends the clause: 'held a rally, billed as the "..." march, ..., chanting "..."' keeps the
chanting crowd (the near miss fails when any capitalised quotation is passed).
"""

from __future__ import annotations

from tests.quotes.invented import speaker_of


def test_an_editorial_titled_then_urging() -> None:
    paragraphs = [
        'The party newspaper Rodong Sinmun carried an editorial titled "Let the Orchards Ring'
        ' With Song," urging farmers to "prune every branch before the thaw."'
    ]
    assert speaker_of(paragraphs, "prune every", short=True) == "Rodong Sinmun"


def test_a_memoir_entitled_then_calling() -> None:
    paragraphs = [
        'Pyon Ok-sil, a potter in Hoeryong, published a memoir entitled "Clay Keeps Time,"'
        ' calling the craft "a patience you inherit."'
    ]
    assert speaker_of(paragraphs, "a patience", short=True) == "Pyon Ok-sil"


def test_a_bulletin_headlined_then_and_warned() -> None:
    paragraphs = [
        'The fisheries agency issued a bulletin headlined "Cold Water Ahead" and warned that'
        ' the squid season would bring "thin catches and long nights."'
    ]
    assert speaker_of(paragraphs, "thin catches") == "The fisheries agency"


def test_a_march_billed_by_name_keeps_its_chanting_crowd() -> None:
    paragraphs = [
        "Dock workers in Mokpo, whose wages depend on car exports, held a rally, billed as the"
        ' "Keep Our Cranes" march, outside the port office Monday, chanting "No cranes, no'
        ' city!"'
    ]
    assert speaker_of(paragraphs, "No cranes", short=True) == "Dock workers in Mokpo"
