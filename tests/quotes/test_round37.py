"""Round 37: verbs whose person object is not the speaker, written from outside the corpus.

A subject phrase is read right to left from its verb and stops at a word that cannot describe
a head noun. Past tenses that take a person as their object stopped it only when a list knew
them ("met", "thanked"), so 'Mayor X rebuked council member Y, saying "..."' read the whole
run "Mayor X rebuked council member Y" as one speaker, and a later 'X said' found no one of
that name to take. The round adds to ``_tokens._PERSON_OBJECT_VERBS`` the past tenses English
news prose uses for acting on a person (rebuking, praising, visiting, questioning, pressing,
suing), less the participles that often stand before a noun as adjectives ("invited
guests", "informed sources", "sacked workers"), and "cited ... as saying" joins "quoted ... as
saying" (``_attribute._QUOTING``): the object is the speaker. Every sentence and name is
invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from tests.quotes.invented import last_speaker as _last_speaker

# Before the round: the subject, its verb and the object as one speaker, the bare surname of
# a later paragraph, or the newspaper that cited the speaker.
RESOLVE = [
    (
        "Mayor Ahn Tae-woo",
        [
            "Mayor Ahn Tae-woo rebuked council member Bora Lindqvist, saying the delay was"
            ' "simply unacceptable."'
        ],
    ),
    (
        "Governor Pyo Han-sol",
        [
            "Governor Pyo Han-sol congratulated skater Nam Ye-rin, calling her win"
            ' "a gift to the province."'
        ],
    ),
    (
        "Chairwoman Dana Kreel",
        [
            "Chairwoman Dana Kreel lambasted auditor Sim Bo-gyeong, saying the report was"
            ' "riddled with errors."'
        ],
    ),
    (
        "Commissioner Ren Okada",
        [
            "Commissioner Ren Okada grilled executive Bae Soo-min for an hour, later telling"
            ' reporters the answers were "evasive."'
        ],
    ),
    (
        "Prosecutor Gil Sun-a",
        ['Prosecutor Gil Sun-a sued columnist Ferro Lanz, saying his column was "pure fiction."'],
    ),
    (
        "Principal Ema Sorvik",
        [
            "Principal Ema Sorvik reprimanded teacher Do Hyun-jae, saying the lesson had been"
            ' "badly judged."'
        ],
    ),
    (
        "Chief Justice Arn Velde",
        ['Chief Justice Arn Velde commended clerk Ma Seul-gi, calling her work "meticulous."'],
    ),
    (
        "Director Ivo Crane",
        ['Director Ivo Crane chastised producer Baek Seo-yun, saying the episode was "careless."'],
    ),
    (
        "Coach Marta Ilves",
        [
            "Coach Marta Ilves admonished winger Oh Jin-sung, saying he had played"
            ' "without a brain."'
        ],
    ),
    (
        "Mayor Ahn Tae-woo",
        [
            "Mayor Ahn Tae-woo rebuked council member Bora Lindqvist on Tuesday.",
            '"This delay is simply unacceptable," Ahn said.',
        ],
    ),
    (
        "Governor Pyo Han-sol",
        [
            "Governor Pyo Han-sol congratulated skater Nam Ye-rin after the final.",
            '"She carried the whole province on her skates," Pyo said.',
        ],
    ),
    (
        "Minister Tove Lund",
        [
            "Minister Tove Lund berated envoy Seok Ha-jun in a closed meeting.",
            '"We were not told," Lund said later.',
        ],
    ),
    (
        "Chairman Bae Un-ho",
        ['The Seoul Daily cited Chairman Bae Un-ho as saying the merger was "off the table."'],
    ),
]


@pytest.mark.parametrize(("speaker", "paragraphs"), RESOLVE, ids=[r[0] for r in RESOLVE])
def test_object_verb_resolves(speaker: str, paragraphs: list[str]) -> None:
    assert _last_speaker(paragraphs) == speaker


# Near misses: the object who speaks in a relative clause, participles as adjectives, the
# verbs lists already knew, and "quoted ... as saying": the present answer stays.
KEEP = [
    (
        "Minister Seo Ji-hwan",
        ['Rep. Yeo Dong-chan thanked Minister Seo Ji-hwan, who said the bill was "long overdue."'],
    ),
    (
        "Governor Pyo Han-sol",
        [
            "Senator Gale Orwin visited Governor Pyo Han-sol, who said the damage was"
            ' "beyond anything."'
        ],
    ),
    (
        "Minister Seo Ji-hwan",
        [
            "Rep. Yeo Dong-chan asked Minister Seo Ji-hwan, who replied that the plan was"
            ' "on schedule."'
        ],
    ),
    (
        "Ju Bo-ram",
        ['Police detained Ju Bo-ram, who told reporters he was "only a bystander."'],
    ),
    (
        "Elected officials",
        ['Elected officials from both parties said the map was "unfair to rural voters."'],
    ),
    (
        "ousted chairman Bak Gun-woo",
        ['The ousted chairman Bak Gun-woo said the vote was "a coup in a boardroom."'],
    ),
    (
        "Invited guests at the gala",
        ['Invited guests at the gala said the speech was "surprisingly warm."'],
    ),
    (
        "jailed activist Noh Eun-sol",
        ['The jailed activist Noh Eun-sol told her lawyer that she felt "calm and ready."'],
    ),
    (
        "briefed lawmakers",
        ['Several briefed lawmakers said the threat was "real but contained."'],
    ),
    ("Informed sources", ['Informed sources said the deal was "all but done."']),
    (
        "Sacked workers at the plant",
        ['Sacked workers at the plant said the notice was "a betrayal."'],
    ),
    (
        "Rep. Yeo Dong-chan",
        ['Rep. Yeo Dong-chan urged Minister Seo Ji-hwan to "listen to the farmers."'],
    ),
    (
        "Rep. Yeo Dong-chan",
        ['Rep. Yeo Dong-chan accused Minister Seo Ji-hwan of "hiding the numbers."'],
    ),
    (
        "Chairman Bae Un-ho",
        ['The broadcaster quoted Chairman Bae Un-ho as saying the merger was "off the table."'],
    ),
    (
        "director Kang Mi-rae",
        [
            "Supported by the mayor, director Kang Mi-rae said the festival would"
            ' "go ahead as planned."'
        ],
    ),
    (
        "Dr. Lena Hovik",
        [
            "Dr. Lena Hovik, who treated survivors at the scene, said the injuries were"
            ' "mostly burns."'
        ],
    ),
]


@pytest.mark.parametrize(("speaker", "paragraphs"), KEEP, ids=[k[0] for k in KEEP])
def test_near_miss_keeps(speaker: str, paragraphs: list[str]) -> None:
    assert _last_speaker(paragraphs) == speaker
