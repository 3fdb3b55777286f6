"""Round 20 of issue 13: a quoted term the rules gave a speaker.

A quotation is dropped as a term when the rules gave it a speaker but its frame or shape says
no one said it: a hashtag ('holding banners that read "#...."'); a short partial quotation a
number counts ('keep 75 "..." open': things are counted, not words); and a short partial
quotation that a group of people calls the thing or the person just named, in the present, or
"dubbed" ('a decision critics call "..."', 'what older residents call "..."', 'where children
call Pak "..."', 'an event fans dubbed "..."', 'a room clerks called "the ..."', but not
'what they called "the worst ..."'); what is talked of ('dismissed talk of an
"..."'); and a compound before "practice", now a kind of thing like "policy" ('the court's "..."
practice'). One speaker's word for a thing stays theirs
('what she calls "..."', 'what he called "..."', 'which it calls "..."'), and so does what a
group once called it ('what officials called "..."').

The rule reads only a quotation that has a speaker and is short. Every sentence and name is
invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

TERMS = [
    (
        "the river of light",
        "Festival director Min Ha-rang (민하랑) said on Tuesday the lantern parade would return"
        ' in May, along a riverside path older residents call "the river of light".',
    ),
    (
        "the Tuesday ruling",
        'The court upheld a 2019 zoning decision critics call "the Tuesday ruling", Judge Pyo'
        " Han-sol (표한솔) said.",
    ),
    (
        "the quiet tide",
        "Interest in the bay rose after a rare calm spell last spring, a week online fans"
        ' dubbed "the quiet tide."',
    ),
    (
        "the long noon",
        'Tae Moon-hee (태문희), a welder, said she works through a shift co-workers call "the'
        ' long noon" every summer.',
    ),
    (
        "the pink morning",
        'A dust storm turned the sky red on Monday, an event Busan commuters dubbed "the pink'
        ' morning", the weather agency said.',
    ),
    (
        "the sugar bridge",
        'Engineer Hong Tae-ri (홍태리) said the span, which commuters have dubbed "the sugar'
        ' bridge", would be repainted.',
    ),
    (
        "the cellar",
        "Auditor Seon Ga-ram (선가람) said the ledgers were kept in a basement that clerks called"
        ' "the cellar".',
    ),
    (
        "sleeping stops",
        'Transport Minister Ye Jun-ho (예준호) said the city would close 75 "sleeping stops" by'
        " June.",
    ),
    (
        "tiny libraries",
        'Sung Ha-yoon (성하윤), a librarian, said volunteers had opened about 230 "tiny'
        ' libraries" in apartment lobbies.',
    ),
    (
        "warming huts",
        'The district office said it would keep 320 "warming huts" open through February.',
    ),
    (
        "smart benches",
        'Ko Dan-yul (고단율), a city official, said the city had installed some 1,150 "smart'
        ' benches" since spring.',
    ),
    (
        "green zones",
        'The ministry said it would designate 45 "green zones" near schools by next year.',
    ),
    (
        "frost decade",
        'Economist Na Hyun-gi (나현기) dismissed talk of a "frost decade" in housing, saying prices'
        " had already bottomed.",
    ),
    (
        "rice shock",
        'Farm Minister Gil Seo-yun (길서윤) said on Monday that talk of a "rice shock" was'
        " overblown.",
    ),
    (
        "open ledger",
        'Chief Judge Moon Si-u (문시우) said he would keep the court\'s "open ledger" practice,'
        " under which fees are posted online.",
    ),
    (
        "#BringBackBus9",
        'Riders gathered at the terminal on Sunday, holding banners that read "#BringBackBus9."',
    ),
    (
        "#NoMoreNightShifts",
        "Nurses marched to the hospital gate, where Chu Da-hee (추다희), a union steward, held up"
        ' a sign reading "#NoMoreNightShifts."',
    ),
    (
        "#FixTheFerry",
        "About 80 islanders rallied outside the port office on Friday, holding signs that read"
        ' "#FixTheFerry."',
    ),
]

KEEPS = [
    (
        "a slow betrayal",
        "Seo Da-in",
        'Union leader Seo Da-in (서다인) criticized what she calls "a slow betrayal" of contract'
        " workers.",
    ),
    (
        "a silent crisis",
        "Pi Woo-jin",
        'Professor Pi Woo-jin (피우진) said the data showed what he called "a silent crisis" in'
        " rural clinics.",
    ),
    (
        "reckless",
        "Cha Seung-ho",
        'Cha Seung-ho (차승호), the opposition whip, called the plan "reckless" on Monday.',
    ),
    (
        "a gift to landlords",
        "ministry",
        'The ministry criticized the bill, which it calls "a gift to landlords," and said it'
        " would ask for a veto.",
    ),
    (
        "a wasted decade",
        "Dong Hye-ri",
        'Dong Hye-ri (동혜리), a labor economist, described the period as "a wasted decade" for'
        " young workers.",
    ),
    (
        "deeply worrying",
        "Ok Jun-seo",
        'Ok Jun-seo (옥준서), the county health chief, said 14 cases were "deeply worrying" and'
        " urged testing.",
    ),
    (
        "the worst in a generation",
        "Maeng Ji-a",
        'Maeng Ji-a (맹지아), a fisheries official, said the 2024 catch was "the worst in a'
        ' generation."',
    ),
    (
        "a clear provocation",
        "Yeom Tae-gyu",
        'Defense Minister Yeom Tae-gyu (염태규) condemned what he called "a clear provocation,"'
        " and said troops were on alert.",
    ),
    (
        "a fair price",
        "Bang So-yul",
        'Bang So-yul (방소율), who heads the growers\' union, said farmers wanted "a fair price,"'
        " not subsidies.",
    ),
    (
        "not negotiable",
        "officials",
        'The talks stalled over fishing rights, which officials called "not negotiable,"'
        " according to the delegation.",
    ),
    (
        "a turning point",
        "Jin Ha-som",
        'Jin Ha-som (진하솜), the club\'s captain, said the 3-1 win was "a turning point" for'
        " the team.",
    ),
    (
        "too little, too late",
        "Seok Min-gyu",
        'Rep. Seok Min-gyu (석민규) dismissed the 300 new posts as "too little, too late."',
    ),
    (
        "hasty",
        "Gong Na-yeon",
        'Gong Na-yeon (공나연), a teacher, called the decision to close 12 schools "hasty."',
    ),
    (
        "the glue of the town",
        "Ham Bo-ra",
        'Ham Bo-ra (함보라) has written about the markets that she calls "the glue of the town."',
    ),
    (
        "bidding war on wages",
        "Ahn Bo-mi",
        'Ahn Bo-mi (안보미), a union lawyer, warned of a "bidding war on wages" in delivery pay.',
    ),
    (
        "a mad scramble",
        "Eom Ji-won",
        'Eom Ji-won (엄지원), a geologist, said the talk was premature and warned against "a mad'
        ' scramble."',
    ),
    (
        "a sensible practice",
        "Cheon Yu-na",
        'Cheon Yu-na (천유나), the ward chief, called the rotation "a sensible practice" for night'
        " staff.",
    ),
    (
        "the worst budget in a decade",
        "Teachers",
        'Teachers rallied in Daegu on Saturday against what they called "the worst budget in a'
        ' decade."',
    ),
    (
        "unacceptable",
        "Rim Chae-won",
        'Rim Chae-won (림채원), the union chief, said the 2 percent offer was "unacceptable."',
    ),
]


def _found(term: str, paragraph: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker_short)
        for q in extract_quotes("", [paragraph])
        if term.lower() in q.text.lower()
    ]


@pytest.mark.parametrize(("term", "paragraph"), TERMS, ids=[t for t, _ in TERMS])
def test_term_gets_no_speaker(term: str, paragraph: str) -> None:
    assert all(speaker is None for _, speaker in _found(term, paragraph))


@pytest.mark.parametrize(("text", "speaker", "paragraph"), KEEPS, ids=[t for t, _, _ in KEEPS])
def test_partial_keeps_its_speaker(text: str, speaker: str, paragraph: str) -> None:
    found = _found(text, paragraph)
    assert len(found) == 1, found
    assert found[0][1] == speaker
