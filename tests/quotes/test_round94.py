"""Round 94: a place or a works, only a preposition's object, read as the one who speaks.

Counted over dev and every tuning split, "wrong name; with narration; label named; given
named" (64 wrong speakers on main) holds one cause shared by three shapes: a name that is only
the object of "in" or "at" taken as a subject or as a relative clause's antecedent. (1) An
opening place phrase, 'In TOWN County, PROVINCE, NAME still ...', opened its sentence on the
province, so a later "she said" meant the province; (2) 'A sergeant first class who ... in
PROVINCE said' gave the province when the head before "who" could not be read; (3) 'NAME, a
lathe operator at the X Complex, who wrote' gave the works. Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import speaker_of

_FARM = (
    "In Hwasun County, South Jeolla Province, 99-year-old Ryu Geum-hwa (류금화) still feeds her"
    ' own hens. "I never rush, and I never skip breakfast," she said.'
)
_ROAD = (
    "In Yanggu County, Gangwon Province, where snow lies five months a year, 88-year-old Cha"
    ' Min-seok still clears his own road. "The army ploughs it, but I like to do it first,"'
    " he said."
)
_ROAD_NO_PROVINCE = (
    "In Yanggu County, where one in every 1,100 residents is a soldier, 88-year-old Cha"
    ' Min-seok still clears his own road. "The army ploughs it, but I like to do it first,"'
    " he said."
)
_BEFORE = 'Kim Ah-ra, a statistician at the county office, said the area was "ageing fast."'
_SERGEANT = (
    "A sergeant first class who repairs radios in Gangwon Province said the old sets were"
    ' "brittle in the cold and stubborn in the heat."'
)
_LATHE = (
    "The Minju Ilbo printed a letter from one graduate, Tae Gwang-su, a 51-year-old lathe"
    ' operator at the Sinpo Machine Complex, who wrote that he had learned "to read by the'
    ' light of the furnace."'
)
_MACHINIST = (
    "The paper printed a note from one reader, Ok Se-ra, a machinist at the Hwanghae Iron"
    ' Works, who wrote that she had "never missed a shift in 20 years."'
)


@pytest.mark.parametrize(
    ("paragraphs", "start", "want"),
    [
        ([_FARM], "I never rush", "Ryu Geum-hwa"),
        ([_BEFORE, _FARM], "I never rush", "Ryu Geum-hwa"),
        ([_BEFORE, _ROAD], "The army ploughs", "Cha Min-seok"),
        ([_BEFORE, _ROAD_NO_PROVINCE], "The army ploughs", "Cha Min-seok"),
        ([_LATHE], "to read by", "Tae Gwang-su"),
        ([_MACHINIST], "never missed", "Ok Se-ra"),
    ],
)
def test_a_place_only_placing_someone_does_not_speak(
    paragraphs: list[str], start: str, want: str
) -> None:
    got = speaker_of(paragraphs, start)
    assert got is not None and want in got, got


def test_a_place_closing_a_who_clause_is_not_the_speaker() -> None:
    got = speaker_of([_SERGEANT], "brittle")
    assert got is None or "Province" not in got, got


@pytest.mark.parametrize(
    ("paragraph", "start", "want"),
    [
        # the province is the subject's own modifier, no opening phrase's appositive
        (
            'In Mokpo, South Jeolla Province officials said the ferry was "late again."',
            "late again",
            "South Jeolla Province officials",
        ),
        # a person after the town's comma keeps the sentence
        (
            "In Seoul, Ryu Geum-hwa, the farm's owner, said the rain came \"too late for the"
            ' beans."',
            "too late",
            "Ryu Geum-hwa",
        ),
        (
            "In Hwasun County, South Jeolla Province, farmer Ryu Geum-hwa said the rain came"
            ' "too late for the beans."',
            "too late",
            "Ryu Geum-hwa",
        ),
        # a readable head before "who" speaks, as before
        (
            "A master sergeant who trains cooks in North Gyeongsang Province said the field"
            ' kitchens were "older than the cooks."',
            "older than",
            "sergeant",
        ),
        # no relative clause: the officials of the place speak
        (
            'Officials in Gangwon Province said the roads were "clear by noon."',
            "clear by",
            "Officials in Gangwon Province",
        ),
        # a name as an object ("met NAME, who said") is the clause's, as round 13 reads it
        (
            'The paper met Ko Ha-na, who said the yard was "quieter than ever."',
            "quieter",
            "Ko Ha-na",
        ),
        # a welder (a role the lexicon knows) was read whole before and still is
        (
            "The paper printed a letter from one reader, Tae Gwang-su, a welder at the Sinpo"
            ' Shipyard, who wrote that he had learned "to weld in the dark."',
            "to weld",
            "Tae Gwang-su",
        ),
    ],
)
def test_near_misses_keep_their_speaker(paragraph: str, start: str, want: str) -> None:
    got = speaker_of([paragraph], start)
    assert got is not None and want in got, got


def test_a_body_a_person_is_not_placed_at_keeps_its_clause() -> None:
    # no appositive opening on "a" before "at": the body is the antecedent ('talks at the
    # ministry, which said' is round 58's; here a body after "with")
    paragraph = (
        "The union held talks with the Korea Machine Tool Association, which said the plan"
        ' was "a start."'
    )
    got = speaker_of([paragraph], "a start")
    assert got is None or "Association" in got, got
