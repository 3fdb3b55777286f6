"""Round 66: a description given as the speaker instead of the person it means.

Invented sentences (no name or sentence from a corpus article). First: a definite role
phrase that opens a sentence before a name which has a description of its own ("The mill's
chief executive, | Do Yun-jae (도윤재), | a 25-year veteran, told ...") is kept as that
person's role, as round 23 kept a kin role ("Her father, | NAME, | a former range manager,
said"): "the mill chief" later is that person, not a description standing alone. Near misses:
the owner in the role phrase ("The suspect's lawyer, NAME") is someone else ("the suspect"
is not the lawyer), a time phrase before the name ("The next morning,") is no role, a
new description ("a worker") is a new person, and another body's role ("the port chief")
stays a description.

Second: the lede merge (which ties a lede's described speaker to the one named next) also
reads a firm the lede gives only by its kind ("A local kitchenware maker said ...") and the
next paragraph names as speaking ("Daegu-based Sobaek Home said ..."): "the company" later
is that firm. Near misses: a body of another kind named next ("Consumer group Bareun Sobi",
"Retailer Gana Mart") or a person stays apart, and the maker keeps its quotation.

Third: a lede speaker described with "a" ("A former senior customs officer ... denied the
charges, calling the case ...") is the person the next paragraph opens with, introduced in
full ("Gye Hyun-seo (계현서), 59, who retired as head of the Incheon customs office, told"),
when that paragraph repeats the description's role noun or a word of its own before it,
though it gives the person no role the description holds. Near misses: a word that
describes anyone ("a local nurse", "a local doctor") and a word of the same stem only
("nurse", "the nursing staff") keep the lede's description; a new unnamed speaker ("a
spectator") stays one.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import shorts

OPENING_ROLES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "The mill's chief executive, Do Yun-jae (도윤재), a 25-year veteran of the group's "
            'textile plants, told workers the order was "theirs."',
            'Asked about tariffs, the mill chief said, "We are staying."',
        ],
        ["Do Yun-jae", "Do Yun-jae"],
    ),
    (
        [
            "The orchestra's principal conductor, Maeng Ji-hu (맹지후), a former cellist, "
            "announced the season.",
            '"We will play only new music," the orchestra conductor said.',
        ],
        ["Maeng Ji-hu"],
    ),
    (
        [
            "The museum's director, Ra Si-won (라시원), 58, a former curator at the national "
            "gallery, announced the reopening.",
            '"The roof is fixed," the museum director said.',
        ],
        ["Ra Si-won"],
    ),
    (
        [
            "The union's chief, Pyo Geon-u (표건우), a former welder, called the vote.",
            '"We are ready," the union chief said.',
        ],
        ["Pyo Geon-u"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), OPENING_ROLES)
def test_opening_role_is_the_named_persons(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


OPENING_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "The suspect's lawyer, Woo Tae-rim (우태림), a former judge, called the evidence weak.",
            '"I did nothing," the suspect said.',
        ],
        ["suspect"],
    ),
    (
        [
            "The next morning, Woo Tae-rim (우태림), a former judge, called the evidence weak.",
            '"It was a mistake," the judge said.',
        ],
        ["Woo Tae-rim"],
    ),
    (
        [
            "The mill's chief executive, Do Yun-jae (도윤재), a 25-year veteran, toured the site.",
            '"We never got paid," a worker said.',
        ],
        ["worker"],
    ),
    (
        [
            "The mill's chief executive, Do Yun-jae (도윤재), a 25-year veteran, toured the site.",
            '"We never got paid," the port chief said.',
        ],
        ["port chief"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), OPENING_NEAR_MISSES)
def test_opening_role_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


LEDE_FIRMS: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "A local kitchenware maker said Monday it would recall 20,000 rice cookers after "
            'reports of lids flying off, calling the fault "rare but serious."',
            "Daegu-based Sobaek Home said the recall covers its Maru 3 model.",
            '"We apologize to every family," the company said in a statement.',
        ],
        ["Sobaek Home", "Sobaek Home"],
    ),
    (
        [
            "A mid-sized shipbuilder said Tuesday it had won a 300 billion-won order for two "
            'tankers, calling it "a lifeline."',
            "Busan-based Haedong Shipyard said the ships would be delivered in 2028.",
            '"Our docks will be full for two years," the company said.',
        ],
        ["Haedong Shipyard", "Haedong Shipyard"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LEDE_FIRMS)
def test_lede_firm_is_the_firm_named_next(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert shorts(paragraphs) == speakers


LEDE_FIRM_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "A local kitchenware maker said Monday it would recall 20,000 rice cookers, "
            'calling the fault "rare but serious."',
            "Consumer group Bareun Sobi said the recall came too late.",
            '"We apologize to every family," the company said in a statement.',
        ],
        ["local kitchenware maker", "local kitchenware maker"],
    ),
    (
        [
            "A local kitchenware maker said Monday it would recall 20,000 rice cookers, "
            'calling the fault "rare but serious."',
            "Retailer Gana Mart said it had pulled the cookers from its shelves.",
            '"We apologize to every family," the company said in a statement.',
        ],
        ["local kitchenware maker", "local kitchenware maker"],
    ),
    (
        [
            "A local kitchenware maker said Monday it would recall 20,000 rice cookers.",
            "Kim Na-rae, a consumer advocate, said the recall came too late.",
            '"We apologize to every family," the company said in a statement.',
        ],
        ["local kitchenware maker"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LEDE_FIRM_NEAR_MISSES)
def test_lede_firm_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


LEDE_RESTATED: list[tuple[list[str], list[str | None]]] = [
    (
        [
            "A former senior customs officer accused of taking bribes from an importer denied "
            'the charges Monday, calling the case "a story made up by a man facing jail."',
            "Gye Hyun-seo (계현서), 59, who retired as head of the Incheon customs office in "
            '2022, told the court: "I never took a won."',
            '"He called me. I did not answer," the former officer said.',
        ],
        ["Gye Hyun-seo", "Gye Hyun-seo", "Gye Hyun-seo"],
    ),
    (
        [
            'A retired fire chief warned Monday that the city was "not ready" for another blaze.',
            "Tak Yeon-woo (탁연우), 66, who led the city's fire department until 2021, told the "
            'council: "We have too few trucks."',
        ],
        ["Tak Yeon-woo", "Tak Yeon-woo"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LEDE_RESTATED)
def test_lede_description_restated_next(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers


LEDE_RESTATED_NEAR_MISSES: list[tuple[list[str], list[str | None]]] = [
    (
        [
            'A local nurse told reporters Monday that the ward was full, calling it "a war zone."',
            'Ju Min-ho (주민호), 50, a local doctor, told reporters: "We are hiring."',
        ],
        ["local nurse", "Ju Min-ho"],
    ),
    (
        [
            "A nurse who asked not to be named told reporters Monday that the ward was full, "
            'calling it "a war zone."',
            "Ju Min-ho (주민호), 50, who heads the nursing staff at the hospital, told "
            'reporters: "We are hiring."',
        ],
        ["nurse", "Ju Min-ho"],
    ),
    (
        [
            'A spectator shouted "Go home!" as the minister spoke on Monday.',
            "Minister Oh Se-rin said the plan would go ahead.",
            '"We will build it," Oh said.',
        ],
        ["spectator", "Oh Se-rin"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "speakers"), LEDE_RESTATED_NEAR_MISSES)
def test_lede_restated_near_misses(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert shorts(paragraphs) == speakers
