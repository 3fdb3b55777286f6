"""Round 80: no speaker although the copy names one, counted over tuning27 to tuning29.

Invented sentences of wire copy (no name or sentence from a corpus article). The shapes the
round kept (each in at least three articles of at least two splits, one of them fresh):

* an aside set off by commas that holds a quotation, between a subject and its verb of
  saying ('NAME, chief executive of the app "...", said ...', 'The agency, calling the dam
  "...," said ...', 'NAME, head of the "..." campaign, said'): the quotation hid the subject
  from the phrase reader, so the verb had no subject and every quotation after it none;

* "the ruling" as the subject of a verb of saying ('The ruling called the ban "..."', 'The
  ruling also said ...'): no speaker, since "ruling" was no noun the phrase reader knew; a
  careful reader gives it to the court the article last named (a court's ruling is its words).

* a lede's "a senior ... official" named in the next paragraphs as a person holding an
  official's job ('a senior weapons official declaring ...', then 'overseen by NAME, vice
  director of the ... Administration'): the lede kept the bare description.

Near misses keep their answer: a verb of saying inside the aside ('..., said the board had
"...," noting ...': the main clause's quotation), a participle verb, an aside opening on a
capital (a list of names), and the ordinary inverted tag.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_N = None

MUST: list[object] = [  # (paragraphs, [(piece, speaker)]); each fails on main
    (
        [
            'Yeop Da-rong, founder of the delivery app "Bap Cha", said the rules were '
            '"written for fax machines" and that her riders wanted "a fair shot."'
        ],
        [("written for fax machines", "Yeop Da-rong"), ("a fair shot", "Yeop Da-rong")],
    ),
    (
        [
            'The agency, calling the dam "a wonder of our own hands," said it had been built '
            'under the "Five-Year River Plan" by brigades of the "Taebaek Youth" corps who '
            'worked "through every storm."'
        ],
        [("through every storm", "agency")],
    ),
    (
        [
            'Bin Ji-hu (빈지후), head of the "Green Alleys" campaign, said the city had been '
            '"asleep at the wheel."'
        ],
        [("asleep at the wheel", "Bin Ji-hu")],
    ),
]

ALSO: list[object] = [  # the same shape, already right on main: it stays so
    (
        [
            'The Gangwon Farmers Union, which called the import quota "a knife at the throat," '
            'said growers would "not plant a single seed" next spring.'
        ],
        [("not plant a single seed", "Gangwon Farmers Union")],
    ),
]

RULINGS: list[object] = [  # "the ruling" speaks for the court last named; each fails on main
    (
        [
            "The Gwangju District Court said on Tuesday that the landlord had no right to "
            "shut the footpath.",
            'The ruling called the fence "a wall built out of spite."',
        ],
        [("a wall built out of spite", "Gwangju District Court")],
    ),
    (
        [
            'The Daejeon High Court upheld the fine. "The firm knew the rules," the court '
            'said in its ruling. The ruling also said the notices had been "written to '
            'confuse."'
        ],
        [("written to confuse", "Daejeon High Court")],
    ),
]

RULING_NEAR_MISSES: list[object] = [  # "ruling" before a noun, or no court named: no court
    (
        ['The ruling Minjung Party said the budget was "a promise kept."'],
        [("a promise kept", "Minjung Party")],
    ),
    (
        [
            "The Gwangju District Court fined the firm on Tuesday.",
            'The ruling party\'s floor leader, Rep. Ok Ji-hwan, called the fine "too small."',
        ],
        [("too small", "Ok Ji-hwan")],
    ),
    (
        [
            "The ruling and opposition parties agreed on the bill, with the ruling party's "
            'floor leader calling it "a fair start."',
            "Rep. Ok Ji-hwan, floor leader of the ruling party, announced the deal.",
        ],
        [("a fair start", "Ok Ji-hwan|floor leader")],
    ),
    (
        ['The ruling called the fence "a wall built out of spite."'],
        [("a wall built out of spite", "-ruling")],  # the document, as any unsigned one
    ),
]

SENIOR_OFFICIALS: list[object] = [  # the lede's "a senior ... official", named next; fail on main
    (
        [
            "SEOUL, May 7 (Yonhap) -- North Korea said Friday it tested a new coastal radar, "
            'with a senior defense official calling the system "an eye that never sleeps."',
            "The test was overseen by Ryo Kang-chol, director of the Radar Bureau, the Korean "
            "Central News Agency (KCNA) reported.",
            '"The enemy will find no shadow to hide in," Ryo was quoted as saying.',
        ],
        [("an eye that never sleeps", "Ryo Kang-chol")],
    ),
]

SENIOR_NEAR_MISSES: list[object] = [  # another kind of description or job: no merge
    (
        [
            "SEOUL, May 7 (Yonhap) -- The city will cap bus fares, with a senior official at "
            'the mayor\'s office calling the cap "a promise to riders."',
            "Transport Minister Gong Seo-rin said on Sunday that fares were a local matter.",
        ],
        [("a promise to riders", "-official")],
    ),
    (
        [
            "SEOUL, May 7 (Yonhap) -- The government will raise rice subsidies, with an "
            'official calling the rise "long overdue."',
            "Agriculture Minister Gong Seo-rin announced the plan on Monday.",
            '"Farmers have waited long enough," Gong said.',
        ],
        [("long overdue", "-official")],
    ),
    (
        [
            "SEOUL, May 7 (Yonhap) -- The ruling party proposed a rice subsidy rise, with a "
            'senior party official calling it "long overdue."',
            "Rep. Gong Seo-rin, a two-term lawmaker, backed the plan on Monday.",
            '"Farmers have waited long enough," Gong said.',
        ],
        [("long overdue", "-official")],
    ),
]

NEAR_MISSES: list[object] = [  # the same shape, another answer: they keep it
    (
        [
            'Outside the court, members of "Fair Rent Now," a tenants\' group that backed the '
            'suit, chanted "Homes, not hotels!" as the judges left.'
        ],
        [("Homes, not hotels", "-Fair Rent Now")],
    ),
    (
        [
            'Gyeon Bo-ul, known as "Mr. Calm" among traders, said the bank had weighed the '
            'matter "at length," noting that loans rose by 3 trillion won.'
        ],
        [("Mr. Calm", _N), ("at length", "-Gyeon")],
    ),
    (
        [
            'The bill, which Rep. Cheon Eun-gyeol called "a tax on renters," passed on Friday. '
            '"It will be fixed next year," Cheon said.'
        ],
        [("a tax on renters", "Cheon Eun-gyeol"), ("fixed next year", "Cheon Eun-gyeol")],
    ),
    (
        ['"We will not give up," said Pung Gi-seol, the "People\'s Chef" of Mokpo.'],
        [("We will not give up", "Pung Gi-seol")],
    ),
    (
        [
            'Critics of the "Clean Seas" law, including Eo Yeon-sul, a fisherman, say it is '
            '"a rule for people who have never held a net."'
        ],
        [("Clean Seas", _N)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MUST)
def test_must_resolve(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), RULINGS)
def test_ruling_is_the_courts(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), RULING_NEAR_MISSES)
def test_ruling_near_misses(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), SENIOR_OFFICIALS)
def test_senior_official_named_next(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), SENIOR_NEAR_MISSES)
def test_senior_official_near_misses(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), ALSO)
def test_already_right(paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert probe_wrong(paragraphs, expected) == []


@pytest.mark.parametrize(("paragraphs", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_answer(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []


# Round 89 reads this one: the lede rule merges a person's description after a body's, and a
# "senior diplomat" is the vice foreign minister named next (was a strict xfail below).
RESOLVED_BY_ROUND89 = [
    (
        [
            "SEOUL, May 7 (Yonhap) -- North Korea and Laos signed a trade deal, the North's "
            'state media said Friday, with a senior North Korean diplomat calling the ties "a '
            'bond of steel."',
            "The Korean Central News Agency (KCNA) said North Korean Vice Foreign Minister "
            "Ryo Kang-chol and a Laotian deputy minister held talks.",
            '"Our friendship cannot be broken," Ryo was quoted by KCNA as saying.',
        ],
        [("a bond of steel", "Ryo Kang-chol")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RESOLVED_BY_ROUND89)
def test_shapes_round89_resolved(
    paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == []
