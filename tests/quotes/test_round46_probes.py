"""Round 46's probe battery: which clause speaks (the subject of the governing speech verb).

A quotation's speaker is the subject of the speech verb that governs it, and a name inside a
constituent that cannot be that subject is not the speaker: a relative clause ('X, who
replaced Y in May, said'), an appositive ('said X, a longtime rival of Y'), a participial or
absolute phrase ('Citing Y's report, X said', 'With Y seated nearby, X said'), a prepositional
phrase ('In a letter to Y, X said'), a subordinate clause ('When Y left the room, X said',
'X said, after Y warned of higher fees, "..."'), an object or complement ('X told Y', 'X said
Y's plan was "..."'), a coordinated clause with its own subject ('Y left early, and X said').

Every snippet is invented (no name or sentence from a corpus article). The first series is a
grid: each constituent type (two frames each, one without and one with a speech verb of its
own inside the constituent) x the three positions of the attribution (B before the quotation,
A after it, I interrupting it: '"...," X said, CONSTITUENT, "and ..."') x four name shapes (F a
full name with a title, S a surname after a first paragraph naming both, R a role noun, O an
organisation). The second series (E) puts the other name inside a noun phrase of the
reported clause ('X said the plan Y announced would "..."', 'X said the ministry, which Y
criticized, was "..."') and keeps two near misses where the other name does speak ('X said
Y had told her the plan was "..."', 'X rejected Y's claim that ...': Y's, by the corpus
README's rules).

488 probes (360 in the grid, 128 in the second series). On main before round 46, 57 failed:
55 wrong speakers (28 an interrupted quotation's second piece given the subject of a
subordinate clause between the pieces, ', after Y warned of higher fees, "and ..."'; 4 a
partial after ', a day after Y warned of cuts, that'; 4 after ', when Y warned of delays,
that'; 4 after ', which Y criticized, was'; 9 after a noun with a reduced relative clause, 'the
letter Y wrote was'; 4 ', as Y put it,'; 3 a fronted 'Although Y told reporters ...') and 2
left with no speaker or not extracted. Round 46's two rules leave 16 (rule 1 alone: 25),
strict xfails with their reason: 14 wrong speakers (7 a subordinate clause whose verb stands
right before the comma, ', although Y had objected, "and ..."', 4 ', as Y put it,', 3 the
fronted clause) and 2 the lesser error. Round 256, merged with round 302 in session 40, reads
', as Y put it,': those 4 probes hold since.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import battery_params, probe_wrong

# name shapes: (first paragraph or None, speaker as written, speaker wanted, other, other's,
# other wanted)
SHAPES: dict[str, tuple[str | None, str, str, str, str, str]] = {
    "F": (
        None,
        "Deputy Minister Tak Yun-sol",
        "Tak Yun-sol",
        "Maeng Ha-ul",
        "Maeng Ha-ul's",
        "Maeng",
    ),
    "S": (
        "Deputy Minister Tak Yun-sol met Maeng Ha-ul, a union leader, on Friday.",
        "Tak",
        "Tak",
        "Maeng",
        "Maeng's",
        "Maeng",
    ),
    "R": (None, "the envoy", "envoy", "the mayor", "the mayor's", "mayor"),
    "O": (
        None,
        "the Harbour Authority",
        "Harbour Authority",
        "Norvane Shipping",
        "Norvane Shipping's",
        "Norvane",
    ),
}
FIRST = "We will not sign a deal we cannot keep"
SECOND = "the talks resume in the spring"

# constituent: (before, after, interrupting); {S} the speaker, {O} the other, {Op} the
# other's, {Q} the first quotation, {q} it in lower case, {q2} the second piece
GRID: dict[str, tuple[str, str, str]] = {
    "relative": (
        '{S}, who replaced {O} in May, said: "{Q}."',
        '"{Q}," said {S}, who replaced {O} in May.',
        '"{Q}," {S}, who replaced {O} in May, said, "and {q2}."',
    ),
    "relative-object": (
        '{S}, whom {O} had named to the post, said on Monday, "{Q}."',
        '"{Q}," said {S}, whom {O} had named to the post.',
        '"{Q}," said {S}, whom {O} had named to the post, "and {q2}."',
    ),
    "relative-speech": (
        '{S}, who had criticized {O} last week, said: "{Q}."',
        '"{Q}," said {S}, who had criticized {O} last week.',
        '"{Q}," said {S}, who had criticized {O} last week, "and {q2}."',
    ),
    "relative-speech2": (
        '{S}, whom {O} thanked on Friday, said: "{Q}."',
        '"{Q}," said {S}, whom {O} thanked on Friday.',
        '"{Q}," said {S}, whom {O} thanked on Friday, "and {q2}."',
    ),
    "relative-whose": (
        '{S}, whose plan {O} rejected, told reporters: "{Q}."',
        '"{Q}," said {S}, whose proposal {O} rejected.',
        '"{Q}," said {S}, whose proposal {O} rejected, "and {q2}."',
    ),
    "appositive": (
        '{S}, a longtime rival of {O}, said: "{Q}."',
        '"{Q}," said {S}, a longtime rival of {O}.',
        '"{Q}," said {S}, a longtime rival of {O}, "and {q2}."',
    ),
    "appositive-speech": (
        '{S}, the official who briefed {O}, said: "{Q}."',
        '"{Q}," said {S}, the official who briefed {O}.',
        '"{Q}," said {S}, the official who briefed {O}, "and {q2}."',
    ),
    "participle": (
        'Citing {Op} report, {S} said: "{Q}."',
        '"{Q}," {S} said, citing {Op} report.',
        '"{Q}," {S} said, citing {Op} report, "and {q2}."',
    ),
    "participle2": (
        'Responding to {O}, {S} said: "{Q}."',
        '"{Q}," {S} said, responding to {O}.',
        '"{Q}," {S} said in response to {O}, "and {q2}."',
    ),
    "participle-speech": (
        'Asked about {Op} remarks, {S} said: "{Q}."',
        '"{Q}," {S} said when asked about {Op} remarks.',
        '"{Q}," {S} said, asked about {Op} remarks, "and {q2}."',
    ),
    "participle-speech2": (
        'Echoing {Op} warning, {S} said: "{Q}."',
        '"{Q}," {S} said, echoing {Op} warning.',
        '"{Q}," {S} said, echoing {Op} warning, "and {q2}."',
    ),
    "absolute": (
        'With {O} seated nearby, {S} said: "{Q}."',
        '"{Q}," {S} said, with {O} seated nearby.',
        '"{Q}," {S} said, with {O} seated nearby, "and {q2}."',
    ),
    "absolute-speech": (
        'With {O} having declined to speak, {S} said: "{Q}."',
        '"{Q}," {S} said, with {O} declining to speak.',
        '"{Q}," {S} said, {O} having declined to speak, "and {q2}."',
    ),
    "preposition": (
        'In a letter to {O}, {S} said: "{Q}."',
        '"{Q}," {S} said in a letter to {O}.',
        '"{Q}," {S} said in a letter to {O}, "and {q2}."',
    ),
    "preposition2": (
        'After meeting {O} on Tuesday, {S} said: "{Q}."',
        '"{Q}," {S} said after meeting {O} on Tuesday.',
        '"{Q}," {S} said after meeting {O}, "and {q2}."',
    ),
    "preposition-speech": (
        'Despite criticism from {O}, {S} said: "{Q}."',
        '"{Q}," {S} said, despite criticism from {O}.',
        '"{Q}," {S} said, despite criticism from {O}, "and {q2}."',
    ),
    "preposition-speech2": (
        'In an interview with {O}, {S} said: "{Q}."',
        '"{Q}," {S} said in an interview with {O}.',
        '"{Q}," {S} said in an interview with {O}, "and {q2}."',
    ),
    "subordinate": (
        'When {O} left the room, {S} said: "{Q}."',
        '"{Q}," {S} said after {O} left the room.',
        '"{Q}," {S} said, as {O} looked on, "and {q2}."',
    ),
    "subordinate2": (
        'Although {O} had objected, {S} said on Monday that "{q}."',
        '"{Q}," {S} said, although {O} had objected.',
        '"{Q}," {S} said, although {O} had objected, "and {q2}."',
    ),
    "subordinate-speech": (
        'When {O} asked about the delay, {S} said: "{Q}."',
        '"{Q}," {S} said when {O} asked about the delay.',
        '"{Q}," {S} said, when {O} asked about the delay, "and {q2}."',
    ),
    "subordinate-speech2": (
        'After {O} warned of higher fees, {S} said: "{Q}."',
        '"{Q}," {S} said after {O} warned of higher fees.',
        '"{Q}," {S} said, after {O} warned of higher fees, "and {q2}."',
    ),
    "subordinate-speech3": (
        'Though {O} said the plan was costly, {S} said: "{Q}."',
        '"{Q}," {S} said, though {O} said the plan was costly.',
        '"{Q}," {S} said, though {O} called the plan costly, "and {q2}."',
    ),
    "subordinate-speech4": (
        'Because {O} had announced the cuts, {S} said: "{Q}."',
        '"{Q}," {S} said, because {O} had announced the cuts.',
        '"{Q}," {S} said, since {O} had announced the cuts, "and {q2}."',
    ),
    "object": (
        '{S} told {O}: "{Q}."',
        '"{Q}," {S} told {O}.',
        '"{Q}," {S} told {O}, "and {q2}."',
    ),
    "object-speech": (
        '{S} reminded {O} on Monday: "{Q}."',
        '"{Q}," {S} reminded {O}.',
        '"{Q}," {S} assured {O}, "and {q2}."',
    ),
    "complement": (
        '{S} said {Op} plan was "{q}."',
        '"{Q}," {S} said of {Op} plan.',
        '"{Q}," {S} said of {Op} plan, "and {q2}."',
    ),
    "coordinated": (
        '{O} left early, and {S} said: "{Q}."',
        '"{Q}," {S} said, and {O} left soon after.',
        '"{Q}," {S} said as {O} left, "and {q2}."',
    ),
    "coordinated2": (
        '{O} declined to comment, but {S} said: "{Q}."',
        '"{Q}," {S} said, but {O} declined to comment.',
        '"{Q}," {S} said, while {O} declined to comment, "and {q2}."',
    ),
    "coordinated-speech": (
        '{O} announced the cuts on Monday, and {S} said: "{Q}."',
        '"{Q}," {S} said, and {O} announced the cuts the same day.',
        '"{Q}," {S} said, even as {O} announced the cuts, "and {q2}."',
    ),
    "coordinated-speech2": (
        '{O} warned of delays, but {S} said: "{Q}."',
        '"{Q}," {S} said, but {O} warned of delays.',
        '"{Q}," {S} said, whereas {O} warned of delays, "and {q2}."',
    ),
}

# the second series: (frame, the piece of the quotation, "S" for the speaker, "O" the other)
EMBEDDED: list[tuple[str, str, str]] = [
    ('{S} said the letter {O} wrote was "a disgrace."', "a disgrace", "S"),
    ('{S} said the comments {O} posted were "hurtful."', "hurtful", "S"),
    ('{S} dismissed the claims {O} made as "baseless."', "baseless", "S"),
    ('{S} said the report {O} released was "flawed."', "flawed", "S"),
    ('{S} said the warning {O} issued was "overblown."', "overblown", "S"),
    ('{S} called the remarks {O} made on Monday "deeply unhelpful."', "deeply unhelpful", "S"),
    ('{S} said the statement {O} published on Monday was "full of errors."', "full of", "S"),
    ('{S} said that {O}, who chairs the panel, had been "unfair."', "unfair", "S"),
    ('{S} said on Monday, a day after {O} warned of cuts, that the plan was "dead."', "dead", "S"),
    (
        '{S}, responding to {Op} call for talks, said the offer was "a good start."',
        "good start",
        "S",
    ),
    ('{S} told reporters, as {O} stood nearby, that the talks were "on track."', "on track", "S"),
    ('{S} said, after {O} left, that the deal was "off the table."', "off the table", "S"),
    (
        '{S} said, when {O} warned of delays, that the deal was "off the table."',
        "off the table",
        "S",
    ),
    ('{S} said the ministry, which {O} criticized, was "in good shape."', "good shape", "S"),
    ('{O} resigned on Monday, and {S} said the move was "long overdue."', "long overdue", "S"),
    ('{O} stayed silent while {S} said the cuts were "painful but needed."', "painful but", "S"),
    ('{O} wrote to {S}, who replied: "{Q}."', "cannot keep", "S"),
    ('"{Q}," {S} said in reply to a question {O} posed.', "cannot keep", "S"),
    ('{S}, whose plan {O} criticized, said: "{Q}."', "cannot keep", "S"),
    ('{S} said the plan {O} announced would "hurt small firms."', "small firms", "S"),
    ('{S} said the promise {O} made in May was "empty."', "empty", "S"),
    ('{S} said the speech {O} gave was "a turning point."', "turning point", "S"),
    ('{S} described the proposal {O} put forward as "a trap."', "a trap", "S"),
    ('"{Q}," {S} said in response to the letter {O} wrote.', "cannot keep", "S"),
    ('"{Q}," {S} said of the terms {O} announced.', "cannot keep", "S"),
    ('{S} said the demands {O} made were "out of reach," and added: "{Q}."', "cannot keep", "S"),
    ('{S} said the demands {O} made were "out of reach," and added: "{Q}."', "out of reach", "S"),
    ('{S} backed a plan {O} said would "save the port towns."', "port towns", "O"),
    ('{S} said the market, as {O} put it, "has turned a corner."', "turned a corner", "O"),
    ('Although {O} told reporters the plan was "reckless," {S} backed it.', "reckless", "O"),
    ('{S} said {O} had told her the plan was "dead."', "dead", "O"),
    ('{S} rejected {Op} claim that the plan was "dead."', "dead", "O"),
]

# known gaps after round 46, each with its reason (probe id: reason)
_COMMA_VERB = (
    "a subordinate clause whose verb stands right before the comma and the second piece "
    "('..., although Y had objected, \"and ...\"'): read as the aside introducing the quotation"
)
_FRONTED = (
    "a fronted subordinate clause holding the quotation ('Although Y told reporters the plan "
    "was \"...,\" X backed it'): the main clause's subject is given"
)
KNOWN: dict[str, str] = {
    **{f"subordinate2-I-{shape}": _COMMA_VERB for shape in "FSRO"},
    **{f"coordinated2-I-{shape}": _COMMA_VERB for shape in "FRO"},
    "object-speech-B-O": "'X reminded BODY on Monday:': no speaker (the lesser error)",
    **{f"E29-{shape}": _FRONTED for shape in "FSR"},
    "E31-R": "'rejected the mayor's claim that ... \"...\"': not extracted (the lesser error)",
}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text[0].islower() else text


def _probes() -> list[tuple[str, list[str], list[tuple[str, str | None]]]]:
    out: list[tuple[str, list[str], list[tuple[str, str | None]]]] = []
    fill = {"Q": FIRST, "q": FIRST[0].lower() + FIRST[1:], "q2": SECOND}
    for frame, frames in GRID.items():
        for position, template in zip("BAI", frames, strict=True):
            for shape, (intro, s, want, o, op, _) in SHAPES.items():
                text = _cap(template.format(S=s, O=o, Op=op, **fill))
                expected: list[tuple[str, str | None]] = [("a deal we cannot keep", want)]
                if "{q2}" in template:
                    expected.append(("resume in the spring", want))
                out.append((f"{frame}-{position}-{shape}", [*filter(None, [intro])], expected))
                out[-1][1].append(text)
    for n, (template, piece, who) in enumerate(EMBEDDED):
        for shape, (intro, s, want, o, op, other) in SHAPES.items():
            text = _cap(template.format(S=s, O=o, Op=op, **fill))
            paragraphs = [*filter(None, [intro]), text]
            out.append((f"E{n}-{shape}", paragraphs, [(piece, want if who == "S" else other)]))
    return out


PROBES = _probes()


def test_battery_size() -> None:
    assert len(PROBES) >= 150


@pytest.mark.parametrize(("paragraphs", "expected"), battery_params(PROBES, KNOWN))
def test_probe(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert probe_wrong(paragraphs, expected) == []
