"""Round 62: headline quotations, the class rounds 53 to 58 left.

Invented sentences (no name or sentence from a corpus article). A headline that ends its
quotation with a bare role after a colon ("'...': official") names no one: when the body
repeats the quotation under an unnamed description holding that very role ("with a senior
official at the governor's office saying ..."), the headline's role is that description, not
some named person the body also calls an official of a sort (a minister, a lawmaker). The
headline keeps the body's description. Near misses: a body that names a person holding the
role the colon gives ("Port official Yeo Ji-gyeol") still gives the headline that person, and a
headline that names its speaker after the colon keeps the name.

Second: a headline puts its verbs in the present ("cases 'climb steeply'") where the body
quotes the same words inflected ("The curve is climbing steeply"): when no body quotation
holds the headline's words as written, one holding them with a verb's ending ("-ing", "-ed",
"-s") is the quotation the headline repeats, and gives its speaker. Near misses: a one-word
headline quotation ('soaring' prices) is still a scare term the body does not quote, and
two words the body holds nowhere stay out.
"""

from __future__ import annotations

from herald_tui.quotes import extract_quotes


def headline_speaker(headline: str, paragraphs: list[str]) -> str | None:
    """The speaker of the headline's (first) quotation."""
    found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
    assert found, headline
    return found[0].speaker


BARE_ROLE = [
    (
        "(LEAD) Governor will block port levy 'without delay': official",
        [
            "MOKPO, March 9 (Yonhap) -- The provincial office signaled Monday that the governor "
            "would block a levy on fishing boats if the council passes it, with a senior "
            'official at the governor\'s office saying the veto would come "without delay."',
            "Fisheries Minister Pyeon Do-ul said on Sunday that the levy was a local matter.",
            '"The levy would tax the boats we are trying to save," the official said.',
        ],
        "a senior official at the governor's office",
    ),
    (
        "Rail strike talks 'nowhere near a deal': official",
        [
            "SEOUL, July 14 (Yonhap) -- Talks to avert a rail strike ended without progress "
            "Tuesday, with a senior official at the transport ministry saying the two sides "
            'were "nowhere near a deal."',
            "Rep. Eom Ha-rang of the ruling party urged both sides to keep talking.",
            "Transport Minister Tak Eun-sol (탁은솔) is to meet union leaders on Thursday.",
        ],
        "a senior official at the transport ministry",
    ),
]

NEAR_MISSES = [
    (
        # a definite description may mean the person the profile names: round 17 keeps it
        "Battery plant in Ohio 'feels like home now': plant chief",
        [
            "Ha Min-seul (하민슬), a 25-year veteran of the group's overseas plants, moved to "
            "Ohio in 2024 to run its new battery plant.",
            '"It feels like home now. My children speak English at dinner," the plant chief said.',
        ],
        "Ha Min-seul, a 25-year veteran of the group's overseas plants",
    ),
    (
        # the body names the official: the headline's role is that person
        "Port levy to be blocked 'without delay': official",
        [
            "MOKPO, March 9 (Yonhap) -- The provincial office said Monday the governor would "
            "block a levy on fishing boats.",
            'Port official Yeo Ji-gyeol said the veto would come "without delay."',
        ],
        "Port official Yeo Ji-gyeol",
    ),
    (
        # a name after the colon keeps the name
        "Ferry fares to stay frozen 'through the summer': minister",
        [
            "SEOUL, May 2 (Yonhap) -- Coastal ferry fares will not rise this year, "
            'Maritime Minister Bong Gi-ryeo (봉기려) said, promising a freeze "through the '
            'summer."',
        ],
        "Maritime Minister Bong Gi-ryeo",
    ),
]


def test_bare_role_keeps_the_body_description() -> None:
    for headline, paragraphs, expected in BARE_ROLE:
        assert headline_speaker(headline, paragraphs) == expected, headline


def test_near_misses_keep_their_speaker() -> None:
    for headline, paragraphs, expected in NEAR_MISSES:
        assert headline_speaker(headline, paragraphs) == expected, headline


INFLECTED = [
    (
        "Dengue cases 'rise sharply' in southern islands",
        [
            "JEJU, Aug. 3 (Yonhap) -- Health authorities on Monday urged residents of the "
            "southern islands to use mosquito nets.",
            "Disease Agency Commissioner Gyeon Eun-bit (견은빛) said 31 cases were confirmed last "
            'week. "Cases are rising sharply, and the season is not over," Gyeon said.',
        ],
        "Disease Agency Commissioner Gyeon Eun-bit",
    ),
    (
        "Exporters 'brace harder' for tariff as deadline nears: KITA",
        [
            "SEOUL, Oct. 8 (Yonhap) -- Small exporters are stocking up on raw materials before "
            "a tariff takes effect next month.",
            '"Our members braced hard in spring, and now they are bracing harder," Trade '
            "Association Chairman Pi Ji-an (피지안) said.",
        ],
        "Trade Association Chairman Pi Ji-an",
    ),
]

INFLECTED_NEAR_MISSES = [
    # one word: a scare term, not a quotation the body repeats
    (
        "Rents keep 'rising' in port towns",
        [
            "Rents in port towns rose 8 percent last year.",
            '"Rents are rising faster than wages," Housing Minister Dokgo Ye-rin (독고예린) said.',
        ],
    ),
    # two words the body holds nowhere
    (
        "Fishers 'sail alone' as co-op folds",
        [
            '"We are on our own now," said Seomun Ho-seong, a fisher in Tongyeong.',
        ],
    ),
]


def test_inflected_headline_verbs_match_the_body() -> None:
    for headline, paragraphs, expected in INFLECTED:
        assert headline_speaker(headline, paragraphs) == expected, headline


def test_inflected_near_misses_stay_out() -> None:
    for headline, paragraphs in INFLECTED_NEAR_MISSES:
        found = [q for q in extract_quotes(headline, paragraphs) if q.paragraph is None]
        assert found == [], headline
