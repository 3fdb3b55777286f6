"""Noun phrases that name a speaker: "he", "Foreign Minister Bae Jin-ho", "a senior official at
the presidential office", "Kim Min-ji, a professor at Korea University", "the ministry".

The parser works on tokens of masked narration (see :mod:`._tokens`) and reads a phrase
right to left from the word before a verb, the way a subject ends where its verb begins: the
head (a pronoun, a name, a role noun), then the words before it (a title, modifiers, a
determiner), then a prepositional phrase it may belong to ("officials *from the ministry*").
A phrase after an inverted verb ('"...," said Lee, a senior official.') is parsed the same way
once its end is found. No step looks further than a few dozen tokens, so parsing is linear in
the number of phrases.

Titles and roles are open classes no list can hold, so they are also read by position and
shape: a lowercase noun right before a name titles it ("glassblower Ahn Bo-ra"), capitalised
words before a Korean name (a short surname, a hyphenated given name) title it ("Potter
Han Do-yun"), and next to a reporting verb "the <noun>" is a role ("the potter
said"). Grammar bounds these guesses: a phrase after a preposition or a verb is an object, a
participle or an irregular past is a verb ("beating | former deputy mayor Moon", "met | Prime
Minister Sato"), a qualifier comes first in a title ("former"), an ordinal titles no one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from herald_tui.quotes._lexicon import (
    APPOSITIVE_STARTS,
    CALENDAR,
    CAPITALS,
    CLAUSE_OPENERS,
    COUNTRIES,
    DETERMINERS,
    DOCUMENTS,
    FINITE,
    HEAD_ENDS,
    IRREGULAR_PAST,
    KIN_OWNERS,
    KOREAN_SURNAMES,
    LABEL_VERBS,
    MODALS,
    NUMBER_WORDS,
    ORG_HEADS,
    ORG_ROLES,
    OWNED,
    PAST_QUALIFIERS,
    PERSON_ROLES,
    PERSON_TITLES,
    PHRASE_BOUNDARIES,
    PLACE_NOUNS,
    PLACES,
    PRESENT_QUALIFIERS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    ROLE_GENDER,
    ROLE_NOUNS,
    SPANS_OF_TIME,
    SPEECH_VERBS,
    TITLE_MODIFIERS,
    WEEKDAYS,
    lowercase,
    names_a_state,
    wordset,
)
from herald_tui.quotes._tokens import (
    NOT_NAME_WORDS,
    PREPOSITIONS,
    QUOTE,
    ROLES,
    WORD,
    Token,
    inner_capital,
    is_boundary,
    is_head_noun,
    is_modifier,
    is_name,
    is_title,
    is_title_shaped,
    role_of,
    singular,
)

_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")
_MAX_MODIFIERS = 5
_MAX_DESCRIPTORS = 8  # "South Korea's under-19 women's volleyball head | coach Ahn"
_NAMING = ("surnamed", "named", "surname")  # "identified by his surname Lee"
AGE = re.compile(r"(\d+)-year-old$")
"""An age as a word: "the 45-year-old", "the 68-year-old Jang"."""
_MAX_NAME = 12
_CHIEF = {"executive": "ceo", "officer": "ceo"}
_MAX_APPOSITIVE = 24
_BARE_ROLE = 4  # words of a bare role before its preposition: "deputy head coach of"
_REFLEXIVES = frozenset(("itself", "himself", "herself", "themselves"))
"""Words stressing the phrase before them: "the association itself called"."""
_ASIDES = frozenset(("many", "some", "most", "several", "both", "each", "all", "few"))
"""Words opening an aside about a group between commas: "The protesters, many wearing ..." """
_start = attrgetter("start")  # a bisection key called in C: no Python frame per probe
_lower = attrgetter("lower")


_DEMONYM_ENDS = ("an", "ese", "ish", "i")
"""How a nationality word ends: "Malaysian", "Japanese", "Turkish", "Nepali"."""
_PLACE_ENDS = ("stan", "san", "wan")
"""Places that end so: "Pakistan", "Gunsan", "Taiwan"."""


def demonym_shaped(word: str) -> bool:
    """Round 120: a capitalised word shaped like a nationality ("Malaysian", "Japanese",
    "Polish", "Nepali"): more than five letters (not the cities "Busan" and "Ulsan"), and not
    a place's ending ("Pakistan", "Gunsan", "Taiwan"), nor a country ("Korea")."""
    return (
        len(word) > 5
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word.endswith(_DEMONYM_ENDS)
        and not word.endswith(_PLACE_ENDS)
    )


class Mention:
    """A phrase naming a speaker, as parsed (resolution happens in :mod:`._speakers`).

    A plain slotted class, not a dataclass: building dataclasses costs milliseconds at import,
    and the quotation panel is imported with every article parser.
    """

    __slots__ = (
        "age",
        "alias",
        "appositive",
        "asked",
        "bare",
        "determiner",
        "end",
        "gender",
        "issued",
        "kind",
        "met",
        "modifiers",
        "name",
        "org",
        "paragraph",
        "plural",
        "predicate",
        "reported",
        "role",
        "spoke",
        "start",
        "subject",
        "text",
        "title",
    )

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        text: str = "",
        name: str = "",
        title: str = "",
        role: str = "",
        modifiers: tuple[str, ...] = (),
        determiner: str = "",
        plural: bool = False,
        org: bool = False,
        age: str = "",
    ) -> None:
        self.start = start
        """Offset of the phrase in its paragraph (orders mentions)."""
        self.end = end
        self.kind = kind
        """``pronoun``, ``name`` or ``role``."""
        self.text = text
        """The phrase as written, appositive included."""
        self.name = name
        """The name alone ("Kim Min-ji") for kind ``name``."""
        self.title = title
        """Words before the name ("Foreign Minister", "North Korean leader")."""
        self.appositive = ""
        """A describing phrase after the name ("a professor at Korea University")."""
        self.role = role
        """Normalised role noun ("official", "minister", "ministry"), or empty."""
        self.modifiers = modifiers
        """Lowercased words before a role noun ("unification" in "the unification ministry")."""
        self.determiner = determiner
        self.plural = plural
        self.org = org
        self.alias = ""
        """An acronym given in brackets after the name: "(KCNA)"."""
        self.age = age
        """An age given after a name ("Kim, 45, a nurse")."""
        self.predicate: Mention | None = None
        """A role given to a name with "as" ("elected Lee as *its new chair*")."""
        self.paragraph: int | None = None
        self.reported = False
        """Round 117: a "the <role>" right after another speaker's "said" (or "said that"):
        the subject of the clause that speaker reports ('NAME said the teller had told her'),
        so not that speaker described again."""
        self.met = False
        """Round 129: a "the <role>" after "a <role>" earlier in its paragraph ('a clerk
        looked at it. "...," the clerk told him'): the one the paragraph introduced, so not
        the paragraph's named person described again."""
        self.subject = True
        """True when the phrase speaks or opens a sentence (it sets who "he" means next)."""
        self.spoke = False
        """True when the phrase is the subject of a reporting verb (not "asked")."""
        self.asked = False
        """True when the phrase put a question ("Maeng asked whether ..."): not who a "she"
        after it in its paragraph means (round 96)."""
        self.bare = False
        """Round 106: a lone capitalised word opening a sentence with no verb after it, or
        one whose verb acts on "him" ("Not everyone is pleased", "Gimhae named him"): if it
        names nothing named in full before, it is no subject "he" or "she" can mean."""
        self.issued = ""
        """The document it spoke in: "statement" for "Kim said in a statement"."""
        self.gender = ""
        """ "m" or "f" when a possessive tells it: "Kim met her successor" (round 51)."""

    def __repr__(self) -> str:
        return f"Mention({self.kind} {self.text!r} @{self.start}:{self.end}, role={self.role!r})"


# --- phrases read right to left ----------------------------------------------------------------


def phrase_before(
    text: str, toks: list[Token], j: int, floor: int = 0, depth: int = 0, open_role: bool = False
) -> Mention | None:
    """The subject phrase ending at token ``j`` (inclusive), or None.

    ``open_role`` lets a noun no list knows head the phrase ("the potter"): only right
    before or after a reporting verb, where the phrase must name whoever speaks.

    Handles an appositive between commas ("Kim, a professor at Korea University,"), a role
    before a name ("The band's leader, Han Do-yoon,"), an adverb between commas ("The
    minister, however,") and a bracket after a name ("Park Yoon-seo (박윤서)").

    The parser's own calls pass ``open_role`` by position: in CPython 3.11 a call with a
    keyword skips the specialised call path (one phrase read makes a dozen such calls).
    """
    if j < floor or depth > 2:
        return None
    if toks[j].text == ")":
        k = j - 1
        while k >= floor and j - k < 6 and toks[k].text != "(":
            k -= 1
        return phrase_before(text, toks, k - 1, floor, depth + 1) if k >= floor else None
    if toks[j].text == "," or (
        toks[j].kind == QUOTE and quote_closes_relative(text, toks, j, floor)
    ):
        return _comma_phrase(text, toks, j, floor, depth, open_role)
    if toks[j].lower in _REFLEXIVES and j > floor:
        return phrase_before(text, toks, j - 1, floor, depth + 1, open_role)
    return _head_phrase(text, toks, j, floor, 0, open_role)


def _comma_phrase(
    text: str, toks: list[Token], comma: int, floor: int, depth: int, open_role: bool = False
) -> Mention | None:
    """A phrase ending with a comma: ``HEAD, INNER,`` where INNER describes or names HEAD."""
    k = comma - 1
    quoted = False  # a quotation inside: only a relative clause may hold one
    while k >= floor and comma - k <= _MAX_APPOSITIVE and toks[k].text != ",":
        quoted = quoted or toks[k].kind == QUOTE
        k -= 1
    if k < floor or toks[k].text != ",":
        return None
    inner = toks[k + 1 : comma]
    if not inner or (quoted and not _relative_holds_quote(inner)):
        return None
    if place_continues(toks, k, inner):
        # round 15: "..., chief of a village in Yeongdong County, | North Chungcheong
        # Province, | told": the province places the county, it names no one
        placed = _comma_phrase(text, toks, k, floor, depth, open_role) or phrase_before(
            text, toks, k - 1, floor, depth + 1, open_role
        )  # ("Residents of Yeongdong County, North Chungcheong Province, said")
        return None if _object_of_place(toks, placed, floor) else placed
    if k > 0 and toks[k - 1].capitalised and _list_closes(toks, k, inner):
        # round 40: "NAME, standing beside Han Bit-na, | Jin Ah-ram and Ryeo Jin-u, | said":
        # the last names of a list end the aside, they describe no one
        return _comma_phrase(text, toks, k, floor, depth, open_role)
    if inner[0].lower not in RELATIVE_PRONOUNS and any(_reports(t) for t in inner[1:]):
        return None  # "Hamhung, the KCNA reported Tuesday,": a clause, no appositive
    if inner[0].lower in _ASIDES or (len(inner) > 1 and _participle(inner[0])) or _placing(inner):
        # "The protesters, many wearing headbands," / "Kim, speaking at a forum,": an aside
        head = phrase_before(text, toks, k - 1, floor, depth + 1, open_role)
        return head if head is not None and head.kind != "pronoun" else None
    if len(inner) == 1 and (inner[0].text.islower() or inner[0].text.isdigit()):
        head = phrase_before(text, toks, k - 1, floor, depth + 1)  # "however," / "Kim, 45,"
        if head is not None and _owned_aged(toks, head, inner[0], floor):
            _owned_opening(text, toks, head, floor, depth)  # round 116: "Her son, NAME, 9,"
        return _aged(head, inner[0])
    if len(inner) == 2 and inner[0].lower == "now" and inner[1].text.isdigit():
        return _aged(phrase_before(text, toks, k - 1, floor, depth + 1), inner[1])  # "now 80,"
    j = k - 1
    age = toks[j + 1]  # (a comma unless an age stands between)
    if j - 1 >= floor and toks[j].text.isdigit() and toks[j - 1].text == ",":
        age = toks[j]  # round 13: the age itself, kept ("Oh, 58, who heads ...")
        j -= 2  # an age between the name and its description: "Park Ji-won, 45, a nurse,"
    j = _before_placing(toks, j, floor)  # round 236: "in Goesan, | North Chungcheong Province,"
    # "The 52-year-old, a former driver, said": an age heads its phrase (round 10)
    aged = AGE.match(toks[j].lower) is not None
    # round 11: "one guest, | a colleague of the bride's, | said": a noun no list knows heads
    # a phrase an indefinite description follows
    opened = aged or (inner[0].lower in _OPENING_ASIDES and toks[j].text.islower())
    head = _aged(phrase_before(text, toks, j, floor, depth + 1, open_role=opened), age)
    if opened and not aged and inner[0].lower == "who" and _definite_open(head):
        head = _aged(phrase_before(text, toks, j, floor, depth + 1), age)
    described = _described_name(text, toks, head, j, floor, depth) if head is not None else None
    if described is not None:
        # "Kwon, chief executive of Daesung Cell, a maker of ..., told": the second
        # description is the company's, the speaker the name the first one describes
        return described
    if inner[0].lower in ("who", "whose", "whom") and head is not None and head.kind != "pronoun":
        named = phrase_before(text, toks, k, floor, depth + 1) if head.kind == "name" else None
        if named is not None and named.kind == "name" and named.start < head.start:
            head = named  # "His coach, Pyo Byung-chul, who is no relation, said": the coach
        elif age is not toks[j + 1] and _owned_aged(toks, head, age, floor):
            _owned_opening(text, toks, head, floor, depth)  # round 116: "Her son, NAME, 9, who"
        _role_by_verb(head, inner)
        return head  # "Kim, who heads the institute, said"
    if inner[0].lower == "which" and head is not None and head.org:
        return head  # "The Ministry of Culture, Sports and Tourism, which audited it, urged"
    if _place_relative(inner, head):
        return head  # round 160: "Judges at the Gwangju Biennale, where ..., called it"
    named = _head_phrase(text, toks, _before_bracket(toks, k + 1, comma), k + 1)
    if (
        head is None
        and named is not None
        and named.kind == "name"
        and named.start == inner[0].start
    ):
        head = _opening_role(text, toks, k - 1, floor, depth)  # round 11: "The sponsor, Kim,"
    if named is not None and named.kind == "name" and _named_inside(toks, named, k + 1):
        named.start = inner[0].start  # "The man, a 29-year-old surnamed Jeong," is Jeong
    if named is not None and _title_of_body(named):
        named = None  # "Park, CEO of Hanul Bio,": a description of Park, no one named "Bio"
    if named is not None and named.kind == "name" and named.start == inner[0].start:
        # "The band's leader, Han Do-yoon," / "a worker who gave his surname, Lee,"
        if head is not None and _object_of_preposition(toks, head, floor):
            return named  # round 11: "leader on | the city council, | Kim": not the council
        if head is not None and head.kind == "role":
            name_the_role(named, head)
        named.start = head.start if head is not None else named.start
        named.text = text[named.start : named.end]
        return named
    if head is None or head.kind == "pronoun" or not appositive_ok(inner):
        return None
    if head.kind == "name" and head.predicate is None and _owner(toks[floor]):
        # round 66: any definite role, not only kin ("The plant's chief executive, | NAME
        # (...), | a 30-year veteran, told"): "the plant chief" later is that person
        _owned_opening(text, toks, head, floor, depth)
    if _body_appositive(toks, head, k, inner):
        return _spanned(head, text, inner)  # round 198: the body's description, not hers
    attach_appositive(head, text, inner)
    return head


_BODY_NOUNS = (
    ORG_ROLES
    | ORG_HEADS
    | wordset(
        """
        startup firm automaker carmaker chipmaker shipbuilder manufacturer retailer lender
        insurer airline brewer distiller supplier conglomerate chaebol utility
        """
    )
)
"""Round 198: head nouns of a description that only a body fits ("the city's largest
lender", "a Busan-based shipbuilder"), never a person (not "operator", "developer" or
"publisher", which a crane operator or a game developer may be)."""


def _body_appositive(toks: list[Token], head: Mention, k: int, inner: list[Token]) -> bool:
    """Round 198: True when the description ``inner`` after the comma at ``k`` follows a
    person's role phrase ending in "of" and a body's name, and its head noun is a body's
    ('The chief executive of Norimark, the country's second-largest ferry firm, said'):
    the description is the body's, the one the comma follows, and says nothing of the person
    (who, once named, would otherwise be shown as "NAME, the ... operator")."""
    if head.kind != "role" or head.org or inner[0].lower not in ("the", "a", "an"):
        return False
    j = k - 1
    while j > 0 and toks[j].capitalised and toks[j].start > head.start:
        j -= 1
    return j < k - 1 and toks[j].lower == "of" and role_in(inner) in _BODY_NOUNS


def _spanned(head: Mention, text: str, inner: list[Token]) -> Mention:
    """``head`` stretched over the description ``inner`` after it without taking it as its
    own: the phrase as written still ends where the description does."""
    head.end = inner[-1].end
    head.text = text[head.start : head.end]
    return head


_OPENING_ASIDES = frozenset(("a", "an", "who"))
"""Round 11: "one guest, | a colleague of the bride's, | said"; round 173: "One Daegu-based
welder, | who asked not to be named, | said": an indefinite description or a relative "who"
after a lowercase noun makes that noun a person's role, whether or not a list knows it."""

_INTRODUCING = frozenset(("a", "an", "one", "another"))


def _definite_open(head: Mention | None) -> bool:
    """Round 173: True when a noun no list knows, read as a role only because "who" follows,
    is not introduced by "a", "one" or "another": "The appointee, who ..." means someone
    named before, and a role read from an unknown noun would hide that person."""
    return head is not None and head.kind == "role" and head.determiner not in _INTRODUCING


def _place_relative(inner: list[Token], head: Mention | None) -> bool:
    """True when ``inner`` is a "where" clause about the place that ends ``head``, a role or
    body phrase: the clause says what happened there, and the phrase is still the subject.

    Round 160: "Judges at the Gwangju Biennale, where the piece was first shown, called it
    "..."" quotes the judges; without this the comma phrase failed and the body inside the
    phrase (the biennale) was left to speak. A pronoun or a bare name keeps the old reading.
    """
    return (
        len(inner) > 2
        and inner[0].lower == "where"
        and head is not None
        and head.kind in ("role", "name")
        and (head.kind == "role" or head.org or " of " in head.text)
    )


def _owned_opening(text: str, toks: list[Token], head: Mention, floor: int, depth: int) -> None:
    """Keep the owned role that opens the sentence before a name with a description of its
    own: "Her father, | Yoon Jae-gil, | a former range manager, said" is also "her father",
    whom "Her father said" means later (round 23: the description would otherwise be all
    that is known of him); round 66: so is "The mill's chief executive, | Do Yun-jae, | a
    25-year veteran, told", whom "the mill chief" means."""
    first = bisect_right(toks, head.start - 1, key=_start)  # the name's first token
    if first - 2 < floor or toks[first - 1].text != ",":
        return
    role = _opening_role(text, toks, first - 2, floor, depth)
    if role is not None:
        head.predicate = role


_OBJECT_PREPOSITIONS = PREPOSITIONS | wordset("on with")


def _object_of_preposition(toks: list[Token], head: Mention, floor: int) -> bool:
    """True when a preposition stands right before the phrase ``head``: it is the object
    inside a longer phrase ("The opposition's leader on | the city council"), which the name
    after the comma describes, not ``head``."""
    first = bisect_right(toks, head.start, key=_start) - 1
    return first > floor and toks[first - 1].lower in _OBJECT_PREPOSITIONS


def _before_bracket(toks: list[Token], lo: int, comma: int) -> int:
    """Where a name in ``toks[lo:comma]`` ends when a bracket follows it: "Kim Ha-na (김하나)"
    or "Rep. Kim Ha-na (김하나) of the ruling party" end at "Ha-na" (else ``comma - 1``)."""
    for k in range(lo + 1, lo + 5 if lo + 5 < comma else comma):
        if toks[k].text == "(":
            return k - 1
    return comma - 1


_NOMINATIVE = wordset("he she they we")
"""Pronouns only a subject takes (round 11): "the speech he gave", "last month he said"."""
_NO_ROLE_HEADS = wordset("day week month year morning afternoon evening night time end")
"""Nouns an opening phrase "The next day, Kim, ..." may end with that are no one's role."""
_ROLE_OWNERS = wordset("the its their his her")


def _owned_aged(toks: list[Token], head: Mention, age: Token, floor: int) -> bool:
    """Round 116: True when ``head`` is a name an age follows in a sentence an owned role
    opens ("Gil's daughter, | Gil Soo-ah, | 50,"): the role is the name's, as without the age
    (:func:`_owned_opening` then reads it)."""
    return (
        head.kind == "name"
        and head.predicate is None
        and age.text.isdigit()
        and _owner(toks[floor])
    )


def _owner(tok: Token) -> bool:
    """True when ``tok`` may own a role that opens a sentence: a determiner ("The sponsor",
    "Her father") or, round 116, a name's possessive ("Gil's daughter, | Gil Soo-ah, | 50,
    said": she is a daughter, so no "he")."""
    low = tok.lower
    return low in _ROLE_OWNERS or (low[-2:] == "'s" and tok.capitalised)


def _opening_role(text: str, toks: list[Token], j: int, floor: int, depth: int) -> Mention | None:
    """A definite role phrase opening the sentence before a comma and a name: "The sponsor,
    | Kim Ha-na, said", "Its director, | Kim Ha-na (김하나), said" (a noun no list knows may
    be the role there: the name after the comma is who holds it)."""
    if j < floor or not _owner(toks[floor]) or j - floor > 3:
        return None
    if toks[j].kind != WORD or not toks[j].text.islower() or toks[j].lower in _NO_ROLE_HEADS:
        return None
    head = phrase_before(text, toks, j, floor, depth + 1, True)
    return (
        head
        if head is not None and head.kind == "role" and head.start == toks[floor].start
        else None
    )


_AGENT_ROLES = {
    "heads": "head",
    "leads": "leader",
    "chairs": "chairman",
    "directs": "director",
    "coaches": "coach",
    "manages": "manager",
    "founded": "founder",
    "co-founded": "founder",
    # round 41: English's agent nouns of the same shape, for what a person does now ("owns",
    # "teaches") or made once and stays ("directed" a film, "founded" a firm); not a past
    # office ("coached", "chaired": a former one, whom "the coach" need not mean)
    "owns": "owner",
    "co-owns": "owner",
    "teaches": "teacher",
    "trains": "trainer",
    "edits": "editor",
    "directed": "director",
    "co-directed": "director",
    "produces": "producer",
    "designs": "designer",
    "designed": "designer",
    "composed": "composer",
    "invented": "inventor",
    "plays": "player",
    "captains": "captain",
    "organized": "organizer",
    "organises": "organizer",
    "organizes": "organizer",
    # round 138: one "who runs a ferry company" or "operates a cafe" is its operator next
    "runs": "operator",
    "operates": "operator",
}
"""What a person "who heads" or "who founded" a body is called next: "the head", "the
founder"."""


def _reports(tok: Token) -> bool:
    """A verb of saying in the past or the present ("reported", "said", "says"): a clause's
    verb, never a word of an appositive (a characterising one may be: "a man widely
    described as shy")."""
    low = tok.lower
    return tok.text.islower() and low in SPEECH_VERBS and low.endswith(("ed", "id", "ld", "ys"))


def _role_by_verb(head: Mention, inner: list[Token]) -> None:
    """Give a named person the role a relative clause's verb makes them: "Kim Young-tae, who
    directs the hospital," is "the director" next."""
    if head.kind == "name" and not head.org and not head.role and len(inner) >= 3:
        head.role = _AGENT_ROLES.get(inner[1].lower, "")


def role_by_relative(mention: Mention, toks: list[Token], k: int) -> None:
    """Round 41: the role a relative clause opened by "who" at ``toks[k]`` gives the name
    ``mention`` before it when the sentence goes on with some other verb than one of saying
    ("Choi Da-som, who coaches the team, has picked 23 players." is "the coach" next): the
    verb, then an object opened by a lowercase word ("the", "a", "his") or a capital."""
    if k + 2 >= len(toks) or toks[k].lower != "who" or toks[k + 2].kind != WORD:
        return
    if mention.kind == "name" and not mention.org and not mention.role and not mention.title:
        mention.role = _AGENT_ROLES.get(toks[k + 1].lower, "")


def _title_of_body(named: Mention) -> bool:
    """True for a "name" read out of a person's title over a body: "CEO of Hanul | Bio",
    "President of Hanul | University" (not "Bank of Korea Governor | Rhee")."""
    words = named.title.split(maxsplit=2)
    return len(words) >= 2 and words[1] == "of" and lowercase(words[0]) in PERSON_TITLES


def _named_inside(toks: list[Token], named: Mention, floor: int) -> bool:
    """True when an appositive ends by naming its person: "a 29-year-old surnamed | Jeong",
    "identified only by his surname | Jeong" (the name, not the description, is who speaks),
    or is only that naming (round 313: "the wife, | surnamed | Nam,")."""
    first = bisect_right(toks, named.start, key=_start) - 1
    return first - 1 >= floor and toks[first - 1].lower in _NAMING


def _described_name(
    text: str, toks: list[Token], head: Mention, j: int, floor: int, depth: int
) -> Mention | None:
    """The person a bare or indefinite role phrase ``head`` (ending at ``j``) describes after
    a comma: "Kwon Tae-joon, | chief executive of Daesung Cell", "Lee Da-on, | a researcher at
    the institute (KARI), which built it," (such a role is a description, not a subject, when
    a name and a comma stand before it)."""
    if head.kind != "role" or head.determiner not in ("", "a", "an"):
        return None
    if not text[head.start : head.start + 1].islower():
        return None
    first = bisect_right(toks, head.start, key=_start) - 1
    if first - 2 < floor or toks[first - 1].text != ",":
        return None
    named = phrase_before(text, toks, first - 2, floor, depth + 1)
    if named is None or named.kind != "name" or named.org or named.appositive:
        return None
    attach_appositive(named, text, toks[first : j + 1])
    return named


def described_name(text: str, toks: list[Token], head: Mention, j: int, floor: int) -> Mention:
    """``head``, or the person it describes after a comma ("Lim Ha-rin, | an economist at
    Hana Securities, who ..."): what a relative "who" stands for."""
    return _described_name(text, toks, head, j, floor, 0) or head


def _participle(tok: Token) -> bool:
    """A lowercase "-ing" word: "speaking", "wearing" (an aside's verb)."""
    return tok.text.islower() and tok.lower[-3:] == "ing" and len(tok.lower) > 5


def _aged(head: Mention | None, age: Token) -> Mention | None:
    """``head`` with the age ``age`` gives it, if it is a number: "Kim, | 45 |,"."""
    if head is not None and head.kind == "name" and age.text.isdigit():
        head.age = age.text
    return head


def appositive_ok(inner: list[Token]) -> bool:
    """True when ``inner`` reads like a description: "a professor at ...", "head of ..."."""
    first = inner[0]
    if first.kind != WORD:
        return False
    if _holds_clause(inner):
        return False  # round 108: "In the ruling, | the judge rejected the account |, saying"
    if first.lower in APPOSITIVE_STARTS and first.lower != "who":
        return not _event_head(inner)
    if first.lower in _PREDICATE_ADJECTIVES:
        return False  # round 254: "found the owner, surnamed Gu, | guilty of negligence"
    if len(inner) > 2 and first.text.islower() and inner[1].lower in ("of", "at"):
        return is_title_shaped(first)  # "principal of Haewon Middle School"
    if len(inner) > 2 and first.text.islower() and inner[1].lower == "for":
        # round 103: "director-general for economic trend statistics at ...", "envoy for
        # North Korean human rights": a title, or a hyphened one, not a participle ("known for")
        return is_title(first) or ("-" in first.lower and is_title_shaped(first))
    if _role_of_body(inner):
        return True  # "floor leader of the Democratic Party", "chief spokesperson for the ..."
    if inner[-1].text.islower() and any(_possessive(t) for t in inner[:3]):
        return True  # "South Korea's top trade negotiator"
    return first.lower.endswith("'s") or is_title(first)


_EVENT_NOUNS = wordset("meeting visit talks trip summit session ceremony tour")
"""Round 350: events a phrase after a name's comma may describe: the occasion, not the person
('held talks with NAME, | the first such meeting in Seoul since ...')."""


def _event_head(inner: list[Token]) -> bool:
    """Round 350: True when the head noun of ``inner`` (its word before the first preposition,
    or its last) names an event: 'NAME, | the first visit to Korea by a Lithuanian foreign
    minister' describes the visit (the quote panel showed it as the minister's description)."""
    head = inner[-1]
    for i, tok in enumerate(inner[1:], start=1):
        if tok.lower in PREPOSITIONS or tok.lower in RELATIVE_WORDS:
            head = inner[i - 1]  # (not 'a former official | who moderated the session')
            break
    return head.lower in _EVENT_NOUNS


_PREDICATE_ADJECTIVES = wordset(
    "guilty innocent liable responsible aware unaware proud afraid capable free full"
)
"""Round 254: adjectives a clause's object takes after it ("found NAME guilty of"), no
description of the name before them."""


def _holds_clause(inner: list[Token]) -> bool:
    """True when ``inner`` is a clause, not a description: a past verb after its first noun,
    followed by a determiner, with no relative pronoun before it ("the judge | rejected the
    account"; not "a coach who coached the team", nor "a retired general")."""
    for i in range(2, len(inner) - 1):
        tok = inner[i]
        if tok.lower in _CLAUSE_STOPS:
            return False  # a relative clause or a preposition's object describes
        if tok.lower[-2:] == "ed" and tok.text.islower() and inner[i + 1].lower in DETERMINERS:
            return True
        if inner[i + 1].lower == "that" and _past_of_finding(tok):
            return True  # round 254: "According to NAME, | a survey found that ...": a clause
        if _figure_moved(inner, i):
            return True  # round 200: "Statistics Korea, | the jobless rate stood at 3.1 |, ..."
    return False


def _past_of_finding(tok: Token) -> bool:
    """Round 254: a lowercase past tense that takes a "that" clause ("found", "showed",
    "suggested"): with "that" after it, the words are a clause, no description."""
    low = tok.lower
    return tok.text.islower() and (low[-2:] == "ed" or low in IRREGULAR_PAST)


_FIGURE_LINKS = wordset("at to by from")


def _figure_moved(inner: list[Token], i: int) -> bool:
    """Round 200: True when token ``i`` of ``inner`` is a past verb a number follows through
    "at", "to", "by" or "from" ("the birth rate | fell to 0.7", "the index | stood at 98",
    invented): a figure's clause after "According to NAME,", never a description of NAME."""
    tok = inner[i]
    if i + 2 >= len(inner) or not tok.text.islower() or inner[i + 1].lower not in _FIGURE_LINKS:
        return False
    if tok.lower not in IRREGULAR_PAST and tok.lower[-2:] != "ed":
        return False
    return inner[i + 2].text[:1].isdigit()


_CLAUSE_STOPS = frozenset(("who", "whose", "whom", "which", "that", "of", "at", "for", "with"))


def _role_of_body(inner: list[Token]) -> bool:
    """True for a bare role of a few lowercase words before "of", "at" or "for" whose last
    word is a title or role noun: "floor leader of ...", "deputy head coach for ..."."""
    for i, tok in enumerate(inner[1:_BARE_ROLE], start=1):
        if tok.lower in ("of", "at", "for"):
            before = inner[:i]
            return all(t.kind == WORD and t.text.islower() for t in before) and is_title(before[-1])
    return False


def attach_appositive(head: Mention, text: str, inner: list[Token]) -> None:
    """Add the description ``inner`` to ``head``, taking its role if ``head`` has none; a
    name described as an organisation is one ("Harbor Sound, the group's label,")."""
    head.appositive = text[inner[0].start : inner[-1].end]
    if inner[-1].end > head.end:  # (not max(): a builtin call with two arguments is slow)
        head.end = inner[-1].end
    head.text = text[head.start : head.end]
    if not head.role:
        head.role = role_in(inner)
        head.org = head.org or (head.kind == "name" and head.role in ORG_ROLES)
    elif head.title and head.kind == "name" and head.predicate is None:
        _describe_titled(head, inner)


def _describe_titled(head: Mention, inner: list[Token]) -> None:
    """Round 398: keep the role of the description after a titled name as a second role, as
    :func:`name_the_role` does for one before it: "Col. NAME, a spokesperson for the ministry,"
    is the colonel and the spokesperson ("the spokesperson replied"), "Ven. NAME, the monk
    who ..." the monk."""
    role = role_in(inner)
    if role and role != head.role and role not in ORG_ROLES:
        described = Mention(inner[0].start, inner[-1].end, "role", text=head.appositive, role=role)
        head.predicate = described


def name_the_role(named: Mention, role: Mention) -> None:
    """Give the name ``named`` the role phrase it names: "The band's leader, | Han Do-yoon";
    a name an organisation's role gives is an organisation ("Its label, | Harbor Sound")."""
    named.appositive = role.text
    if named.role and role.role and role.role != named.role and named.predicate is None:
        named.predicate = role  # round 11: "The sponsor, | Rep. Kim": a lawmaker, the sponsor
    named.role = named.role or role.role
    named.org = named.org or role.org


def role_in(words: list[Token]) -> str:
    """The head role noun of ``words``: the last one before a preposition or a relative
    pronoun ("a senior *official* at", "an agency *official*", "a *midwife* with 30 years"),
    or the noun there if no list knows it ("the band's *drummer*")."""
    found = ""
    last: Token | None = None
    for tok in words:
        if tok.lower in PREPOSITIONS or tok.lower in HEAD_ENDS:
            break
        found = role_of(tok.lower) or found
        last = tok
    if not found and last is not None and last.text.islower() and is_title_shaped(last):
        return singular(last.lower)
    return found


_HEAD_DEPTH = 3
"""Round 392: prepositional phrases a subject's head may stand before ("A sign | at the
entrance | to a hiking trail | in Chuncheon warns"): a noun's third, never a name's."""


def _head_phrase(
    text: str, toks: list[Token], j: int, floor: int, depth: int = 0, open_role: bool = False
) -> Mention | None:
    """A pronoun, name or role phrase ending at ``toks[j]``, with any phrase it belongs to
    (at most two prepositional phrases deep, three when the outermost head is a noun: round
    392)."""
    if j < floor or depth > _HEAD_DEPTH:
        return None
    tok = toks[j]
    low = tok.lower
    if tok.kind != WORD:
        return None
    if depth == _HEAD_DEPTH and tok.capitalised and j > floor and not is_boundary(toks[j - 1]):
        return None  # round 392: "the Korean Confederation | of Trade Unions" is one name
    if low in PRONOUNS:
        # a subject form is a subject after any word: "In a speech last month | he said"
        if low not in _NOMINATIVE and not is_boundary(toks[j - 1] if j > floor else None):
            return None
        return Mention(tok.start, tok.end, "pronoun", text=tok.text, role=PRONOUNS[low])
    if (
        low in ROLES
        and (tok.text.islower() or _starts_phrase(toks, j, floor))
        and not (tok.capitalised and _ends_body_name(toks, j, floor))
    ):
        found = _role_phrase(text, toks, j, floor)  # "officials", "Officials said", "the CFO"
    elif tok.capitalised and low not in NOT_NAME_WORDS:  # is_name
        found = _name_phrase(text, toks, j, floor)
    else:
        found = _open_role(text, toks, j, floor) if open_role else None  # "the potter"
        if found is None:
            return _prepositional(text, toks, j, floor, depth, open_role)
    if found is None:
        return None
    mention, first = found
    return _with_outer_phrase(text, toks, mention, first, floor, depth, open_role)


def _ends_body_name(toks: list[Token], j: int, floor: int) -> bool:
    """Round 130: True when a capitalised role noun ends a body's "of" name ("Korea
    Federation of | Banks", "Korean Federation of | Teachers"): the body's whole name, not
    the body and the role phrase of an "of" after it."""
    k = j - 1
    if k > floor and toks[k].lower == "and":
        k = _listed_in_name(toks, k - 1, floor)  # round 150
    return (
        k - 1 >= floor
        and toks[k].lower in ("of", "for")
        and toks[k - 1].capitalised
        and toks[k - 1].lower in ORG_HEADS
    )


_LISTED_REACH = 6  # round 150: capitalised words and commas of a body's "of" list


def _listed_in_name(toks: list[Token], k: int, floor: int) -> int:
    """Round 150: the token before the capitalised words and commas of a list ending at
    ``k`` (the "of" of "Ministry of Farms, Trade and | Startups", where the role noun after
    "and" is the last item of the body's name, not a new subject: 'The Ministry of Ports and
    Startups said' is the ministry speaking); ``k + 1`` ("and") when no capital ends there."""
    stop = k - _LISTED_REACH if k - _LISTED_REACH > floor else floor
    i = k
    while i >= stop and (toks[i].capitalised or toks[i].text == ","):
        i -= 1
    return i if i < k else k + 1


def name_phrase(text: str, toks: list[Token], j: int, floor: int) -> Mention | None:
    """The name ending at ``toks[j]`` with its title, whatever stands before it: a person
    named as an object ("elected | lawmaker Noh Seung-ah") is still introduced. None when
    ``j`` stands before ``floor`` (a caller's "two tokens back" from a paragraph's opening
    ', who ...' is -1, which Python would read as the paragraph's last token)."""
    if j < floor or not is_name(toks[j]):
        return None
    found = _name_phrase(text, toks, j, floor)
    return found[0] if found is not None and found[0].kind == "name" else None


def _starts_phrase(toks: list[Token], j: int, floor: int) -> bool:
    """True when ``toks[j]`` starts a phrase (nothing but a determiner before it)."""
    prev = toks[j - 1] if j > floor else None
    return prev is None or prev.lower in DETERMINERS or is_boundary(prev)


_OBJECT_REACH = 9
"""Tokens of a prepositional phrase's object: 'the Korean National Police Agency's cyber
investigation bureau' (round 348: six cut it after "cyber", and the speaker was shown so)."""
_OBJECT_WORDS = 6
"""Round 348: an object longer than this has no verb in it ('of South Korea won the ...
championship' is a clause); up to it, as before the longer reach, any word may stand."""


def _verb_in(toks: list[Token], lo: int, hi: int) -> bool:
    """Round 348: True when a lowercase word that may be a clause's verb (round 250's
    :func:`_verb_form`) or a word opening a relative clause stands in ``toks[lo..hi]`` ('a
    shipyard that built the ferry': round 180's phrase ends at "shipyard")."""
    for tok in toks[lo : hi + 1]:
        if tok.text.islower() and (_verb_form(tok.lower) or tok.lower in RELATIVE_WORDS):
            return True
    return False


def _prepositional(
    text: str, toks: list[Token], j: int, floor: int, depth: int, open_role: bool = False
) -> Mention | None:
    """A phrase whose last words are a prepositional phrase with any object: "an official at
    the KMA's forecast bureau" (the object "bureau" is no role noun); next to a reporting verb
    the head may be a noun no list knows ("said a woman in her 80s from the village")."""
    w = _experience_with(toks, j, floor)
    if w > floor:
        # round 180: "a diver | with two decades on the reef": how long the head served
        return _described_by(text, toks, w - 1, toks[j].end, floor, depth, open_role)
    k = j
    stop = j - _OBJECT_REACH if j - _OBJECT_REACH > floor else floor  # (see phrase_after)
    while k > stop:
        tok = toks[k]
        low = tok.lower
        if tok.kind != WORD or low in PREPOSITIONS:
            break
        if not (
            is_modifier(tok)
            or low in DETERMINERS
            or low in _APPROXIMATELY
            or (k < j and _owned_count(toks, k, floor))
        ):
            return None  # (but "a crowd of | about 6,000": a count is an object too)
        k -= 1  # (round 196: and "one of the city's | five | biggest mills")
    if k <= floor or k == j or toks[k].lower not in PREPOSITIONS:
        return None
    if j - k > _OBJECT_WORDS and _verb_in(toks, k + 1, j):
        return None  # round 348: "Heo | of South Korea won the ... championship": a clause
    if _partitive_object(toks, k, floor) or _in_charge_of(toks, k, floor):
        k -= 2  # round 180: "a guard at | one of | the gates": the gates are the object
    if _main_verb_dated(toks, k - 1):
        return None  # round 250: "A union of drivers rallied in | central Seoul on Tuesday"
    outer = _described_by(text, toks, k - 1, toks[j].end, floor, depth, open_role)
    if outer is None and k - 1 > floor and _reduced_relative(toks[k - 1]):
        # "a prosecutor involved | in the case", "a farmer living | near the dam"
        outer = _described_by(
            text, toks, k - 2, toks[j].end, floor, depth, open_role, participle=True
        )
        if outer is not None and outer.kind == "name" and _opens_clause_at(toks, outer, floor):
            # round 129: "Seoul Central District Court ruled | in favor of NAME": a name
            # opening its clause before a past tense is that verb's subject, not a noun a
            # participle describes ("a prosecutor involved | in the case")
            return None
    return outer


_SEATS = wordset("team panel committee board council")


def _serves_on(toks: list[Token], mention: Mention, first: int) -> bool:
    """Round 321: True when ``mention`` is a body one sits on and "on" ties it to a person's
    role noun right before ("an official | on its education support team said", "a professor
    | on the audition panel"): the seat describes the person, as "at" or "in" would, and
    stopping at "on" left "an official" for a longer phrase (round 220's reading: a speaker
    phrase is the whole noun phrase). "on" is no preposition the parser climbs otherwise
    ("a statement on the issue", "on Tuesday"). A seat with a capital in it is left as it was
    ("a researcher on Choi's team, Choi Yeon-woo" then names the researcher)."""
    if toks[first - 1].lower != "on" or mention.kind != "role" or mention.role not in _SEATS:
        return False
    if not mention.text.islower():
        return False  # "a researcher on | Choi's team, Choi Yeon-woo": a name stays apart
    person = toks[first - 2]
    role = role_of(person.lower) if person.kind == WORD and person.text.islower() else ""
    return bool(role) and role not in ORG_ROLES


_WITH_REACH = 4  # round 192: words between "with" and its object's noun ("with two big | yards")


def _with_before(toks: list[Token], head: int, floor: int) -> int:
    """Round 192: the "with" whose object ends at the plain noun ``toks[head]`` ("a clerk at a
    mill with | two depots | in Peru"), or -1. The parser climbs no "with" (it is no
    preposition there), so a place after the object was read as the subject on its own:
    "with depots in Peru said" is the clerk speaking, and the object, a plain lowercase noun
    with only modifiers before it, never heads the phrase itself."""
    tok = toks[head]
    if tok.kind != WORD or not tok.text.islower() or tok.lower in ROLES:
        return -1
    i = head - 1
    stop = head - _WITH_REACH - 1
    while i > floor and i > stop:
        low = toks[i].lower
        if low == "with":
            return i
        if toks[i].kind != WORD or not (is_modifier(toks[i]) or low in DETERMINERS):
            return -1
        i -= 1
    return -1


_PARTITIVES = wordset("one some each many most two three several")


def _partitive_object(toks: list[Token], k: int, floor: int) -> bool:
    """Round 180: True when the "of" at ``k`` follows a partitive count that is itself a
    preposition's object ("a cook at | one of | the canteens", "a porter in | some of | the
    wards"): "one of" picks from the object and adds no level of its own, so the phrase is
    read as if the preposition took the object directly (the depth bound would else cut it
    at the last preposition before: "a cook")."""
    return (
        toks[k].lower == "of"
        and k - 2 > floor
        and toks[k - 1].lower in _PARTITIVES
        and toks[k - 2].lower in PREPOSITIONS
    )


def _in_charge_of(toks: list[Token], k: int, floor: int) -> bool:
    """Round 205: True when the "of" at ``k`` closes "in charge of", one preposition of three
    words ("an officer in charge of | harbor safety at the port said"): read as one, it adds
    no level of its own (the depth bound would else cut the phrase at "at", leaving the
    port, or nothing, to speak for the officer)."""
    return (
        toks[k].lower == "of"
        and k - 2 > floor
        and toks[k - 1].lower == "charge"
        and toks[k - 2].lower == "in"
    )


_SPANS = wordset("years decades months decade year")
_SPAN_PLACES = wordset("on in at of with")
_SPAN_REACH = 4  # words of the place after the span: "on | the upper river"


def _experience_with(toks: list[Token], j: int, floor: int) -> int:
    """Round 180: the "with" opening a span of service that ends at ``toks[j]`` ("a diver
    with | two decades | on the reef", "a guard with | 30 years | at the port", "a nurse with
    | a decade"), or -1: the phrase describes the noun before "with", as a prepositional
    phrase would (no role list knows "reef", and "with" is no preposition the parser
    climbs otherwise). The place after the span is lowercase words only."""
    k = j
    stop = j - _SPAN_REACH - 1
    while k > floor and k > stop and toks[k].kind == WORD and toks[k].text.islower():
        if toks[k].lower in _SPANS:
            break
        k -= 1
    if k <= floor + 2 or toks[k].lower not in _SPANS:
        return -1
    if k < j and (toks[k + 1].lower not in _SPAN_PLACES or k + 1 == j):
        return -1
    count = toks[k - 1]
    if not (_counts(count) or count.lower in _SINGULAR_ARTICLES):
        return -1
    return k - 2 if toks[k - 2].lower == "with" else -1


def _opens_clause_at(toks: list[Token], mention: Mention, floor: int) -> bool:
    """True when ``mention`` starts at ``floor`` or right after a boundary (a comma, "and")."""
    first = bisect_right(toks, mention.start - 1, key=_start)  # the phrase's first token
    return first <= floor or is_boundary(toks[first - 1])


_APPROXIMATELY = frozenset(("about", "some", "nearly", "around", "roughly", "almost"))
"""Words before a count in a prepositional phrase: "a crowd of about 6,000"."""


def _described_by(
    text: str,
    toks: list[Token],
    k: int,
    end: int,
    floor: int,
    depth: int,
    open_role: bool,
    *,
    participle: bool = False,
) -> Mention | None:
    """The phrase ending at ``toks[k]``, stretched over what describes it up to ``end``.
    Through a ``participle`` ("a prosecutor involved in the case") only a speaker is
    stretched: a document keeps its own phrase ("a poster pinned to the door" is the
    poster's, read by :func:`document_phrase`)."""
    outer = _head_phrase(text, toks, k, floor, depth + 1, open_role)
    if outer is None or outer.kind == "pronoun" or (participle and outer.role in DOCUMENTS):
        return None
    _extend(outer, text, end)
    return outer


_PLACE_TAILS = PLACE_NOUNS | wordset("city island prefecture state")


def place_continues(toks: list[Token], k: int, inner: list[Token]) -> bool:
    """True when ``inner``, between the comma at ``k`` and the next, is a capitalised place
    that places the one before the comma: "Yeongdong County, North Chungcheong Province", or
    a town a preposition names ("a foreman at a yard in Geoje, South Gyeongsang Province,":
    round 54; every word of the place capitalised). Nothing between two commas (", ,", a typo
    in the copy) places nothing."""
    if not inner:
        return False
    last, before = inner[-1], toks[k - 1] if k > 0 else None
    if before is None or len(inner) > 4 or not before.capitalised or not last.capitalised:
        return False
    if last.lower not in _PLACE_TAILS:
        return _city_placing(toks, k, inner)
    if before.lower in _PLACE_TAILS:
        return True
    if not all(t.capitalised for t in inner) or k < 2:
        return False
    if k > 2 and toks[k - 2].lower == "of" and toks[k - 3].capitalised:
        return True  # round 359: "Mayor Cha Young-gil of Taebaek, | Gangwon Province,"
    return toks[k - 2].lower in PLACE_PREPOSITIONS


def _object_of_place(toks: list[Token], placed: Mention | None, floor: int) -> bool:
    """Round 282: True when ``placed`` is a place a preposition governs ("had opened in
    Phyongsan County, North Hwanghae Province, calling ..."): where something happened, never
    who does what follows the second comma."""
    if placed is None or placed.kind != "name":
        return False
    first = bisect_right(toks, placed.start - 1, key=_start)  # the phrase's first token
    return first - 1 >= floor and toks[first - 1].lower in PLACE_PREPOSITIONS


_REGIONS = wordset("north south east west northern southern eastern western central")
_DISTRICT_ENDS = ("-gu", "-si", "-gun", "-do", "-dong", "-eup", "-myeon")


def _city_placing(toks: list[Token], k: int, inner: list[Token]) -> bool:
    """Rounds 231 and 234: True when ``inner`` is a city, or a part of it ("western Seoul"),
    placing a district or town a preposition names before the comma at ``k`` ("said a woman
    in Mapo-gu, | western Seoul"; "who runs a cafe in Mapo, | western Seoul, | told"): where
    the place is, no one's name (read so, "Seoul" was the speaker, shown as the country its
    capital stands for). A capital, a place a region's word opens, or one word that is no
    Korean surname after a district or ending like one ("in Jung-gu, | Daegu"); never a
    person's name ("in Jung-gu, | Gong Yu-ri")."""
    words = inner[1:] if inner[0].lower in _REGIONS else inner
    if not words or not all(t.capitalised for t in words):
        return False
    before, last = toks[k - 1].lower, words[-1].lower
    district = before.endswith(_DISTRICT_ENDS)
    if last not in PLACES and len(words) == len(inner):  # no capital, no region's word
        if len(words) != 1 or last in KOREAN_SURNAMES:
            return False
        if not district and not last.endswith(_DISTRICT_ENDS):
            return False
    return district or (k > 1 and toks[k - 2].lower in PLACE_PREPOSITIONS)


PLACE_PREPOSITIONS = wordset("in at near from outside")
"""Prepositions before a town a province after a comma may place (round 54: "a yard in Geoje,
South Gyeongsang Province,"); round 282 reads them too, for a district, county or province
that places a noun before a verb ("the farm in Ryongsong District had")."""


def _before_placing(toks: list[Token], j: int, floor: int) -> int:
    """Round 236: the token before the place that ends at ``j`` when that place only places
    a town named before its comma ("A farmer in Goesan, | North Chungcheong Province, | who
    ..., told"): the phrase the relative clause describes ends on the town (read from the
    province, the province spoke); ``j`` itself otherwise."""
    c = j
    while c > floor and j - c < 5 and toks[c].text != ",":
        c -= 1
    if c <= floor or c == j or toks[c].text != ",":
        return j
    return c - 1 if place_continues(toks, c, toks[c + 1 : j + 1]) else j


def _placing(inner: list[Token]) -> bool:
    """Round 200: True when ``inner``, between two commas, is only a preposition and a
    capitalised place ("The clinic, in South Jeolla Province, said", invented): an aside
    placing the phrase before it, which still speaks (no appositive naming anyone)."""
    if len(inner) < 2 or len(inner) > 5 or inner[0].lower not in PLACE_PREPOSITIONS:
        return False
    return all(t.capitalised for t in inner[1:]) and inner[-1].lower in _PLACE_TAILS


def _list_closes(toks: list[Token], k: int, inner: list[Token]) -> bool:
    """Round 40: True when ``inner`` ends a list of names the one before the comma at ``k``
    opens ("Han Bit-na, | Jin Ah-ram and Ryeo Jin-u,"): capitalised words joined by one
    "and", after a capitalised word. "The two leaders, Kim and Lee, said" is an appositive."""
    before = toks[k - 1] if k > 0 else None
    if before is None or not before.capitalised or len(inner) < 3 or len(inner) > 8:
        return False
    joins = 0
    for tok in inner:
        if tok.lower == "and":
            joins += 1
        elif not tok.capitalised:
            return False
    return joins == 1 and inner[0].lower != "and" and inner[-1].lower != "and"


def _relative_holds_quote(inner: list[Token]) -> bool:
    """True when the quotation inside an appositive ``inner`` stands in a relative clause:
    "who coined ...", or a description the clause follows ("a nurse in Daegu who runs a
    channel called '...'", round 15), which leaves the name before it the subject."""
    if inner[0].lower in ("who", "whose", "whom", "which"):
        # round 15: "NAME, whom students call '...,' said"; round 306: a body's "which"
        return True
    if inner[0].lower not in ("a", "an", "the"):
        return False
    for tok in inner[1:]:
        if tok.kind == QUOTE:
            return False
        if tok.lower in ("who", "whose"):
            return True
    return False


def quote_closes_relative(text: str, toks: list[Token], j: int, floor: int) -> bool:
    """True when the quotation at ``j`` holds the comma that closes an appositive's relative
    clause ('NAME, a nurse who runs a channel called "Dough at Dawn," said'): the comma is
    inside the marks, so the phrase before it ends there (round 15); or right after them
    (round 306: 'BODY, which runs a campaign called "Know Your Rights", said')."""
    inside = text[toks[j].start : toks[j].end].rstrip('"”’').endswith(",")
    if not inside and (j + 1 >= len(toks) or toks[j + 1].text != ","):
        return False
    k = j - 1
    while k >= floor and j - k <= _MAX_APPOSITIVE and toks[k].text != ",":
        k -= 1
    return k >= floor and toks[k].text == "," and _relative_holds_quote(toks[k + 1 : j + 1])


def _past_bracket(toks: list[Token], j: int, floor: int) -> int:
    """The token before the bracket ending at ``toks[j]`` when it closes a name's Hangul
    ("Noh Ga-ram (노가람)"), else ``j``: a phrase after the bracket belongs to the name."""
    if toks[j].text != ")":
        return j
    k = j - 1
    while k > floor and j - k < 6 and toks[k].text != "(":
        k -= 1
    return k - 1 if k > floor and toks[k].text == "(" and is_name(toks[k - 1]) else j


def _reduced_relative(tok: Token) -> bool:
    """A participle that opens a description of the noun before it: "involved", "based",
    "living" (a relative clause without its "who is")."""
    low = tok.lower
    return tok.text.islower() and len(low) > 4 and (low[-2:] == "ed" or _participle(tok))


def _main_verb_dated(toks: list[Token], verb: int) -> bool:
    """Round 250: True when a day follows the past tense at ``verb`` within its prepositional
    phrase ("rallied in central Seoul | on Tuesday", "marched to the office | Friday"): a
    time the sentence's own verb takes, so the word is that verb, not a participle describing
    the noun before it ("a prosecutor involved in the case")."""
    low = toks[verb].lower
    if len(low) < 5 or low[-2:] != "ed" or low in _PLACED or not toks[verb].text.islower():
        return False
    stop = verb + _DATED_REACH if verb + _DATED_REACH < len(toks) else len(toks)
    for k in range(verb + 1, stop):
        tok = toks[k]
        if tok.text == "," and k + 1 < len(toks) and toks[k + 1].lower in _CROWD_PARTICIPLES:
            return True  # round 353: "rallied in front of the office |, chanting": the verb
        if tok.kind != WORD or (tok.text.islower() and _verb_form(tok.lower)):
            return False  # "a prosecutor involved in the case | said on Tuesday": the day is his
        if tok.lower in WEEKDAYS:
            return True
    return False


def _verb_form(low: str) -> bool:
    """Round 250: a lowercase word that may be a clause's verb (a past tense, a verb of saying,
    a finite auxiliary): a day after it is that verb's."""
    return low[-2:] == "ed" or low in IRREGULAR_PAST or low in REPORTING_VERBS or low in FINITE


_CROWD_PARTICIPLES = wordset("chanting shouting singing demanding holding carrying waving")
"""Round 353: a crowd's participles after a comma ('rallied in front of the office, chanting
"..."'): the "-ed" word before them is the sentence's verb, as a day after it shows (round
250), not a participle describing the crowd."""
_DATED_REACH = 14  # tokens after the verb: "in front of the ... building in Muan | on Sunday"


def _extend(mention: Mention, text: str, end: int) -> None:
    """Stretch ``mention`` to ``end`` (a prepositional phrase after its head)."""
    if mention.kind == "name" and not mention.appositive:
        mention.appositive = text[mention.end : end].strip()
    mention.end = end
    mention.text = text[mention.start : end]


def _with_outer_phrase(
    text: str,
    toks: list[Token],
    mention: Mention,
    first: int,
    floor: int,
    depth: int,
    open_role: bool = False,
) -> Mention | None:
    """Attach a phrase after a preposition to the phrase before it ("officials | from the
    ministry"), a name to the role it names ("a teacher surnamed | Lee"); otherwise check the
    phrase starts where a subject may start."""
    if mention.kind == "name" and first - 2 > floor:
        first = _past_language_list(toks, first, floor)  # round 204
    before = toks[first - 1] if first > floor else None
    if before is not None and before.lower == "under" and mention.org and first - 2 >= floor:
        # "The ... Board (ARAIB) | under the Ministry of ..." said: the board says it
        outer = phrase_before(text, toks, first - 2, floor, depth + 1)
        if outer is not None and outer.kind == "name" and outer.org:
            _extend(outer, text, mention.end)
            return outer
    if (
        before is not None
        and first - 2 >= floor
        and (before.lower in PREPOSITIONS or _serves_on(toks, mention, first))
    ):
        # "a ninth-grader | in Gwangju said": next to the verb, any noun may head the phrase
        # (round 15: past a name's Hangul, "Rep. Noh Ga-ram (노가람) | of the party"; the
        # bracket tested here, no call for the plain word before most prepositions)
        head = first - 2
        if toks[head].text == ")":
            head = _past_bracket(toks, head, floor)
        if _main_verb_dated(toks, head):
            return None  # round 250: "A union of drivers rallied in | Seoul on Tuesday"
        outer = _head_phrase(text, toks, head, floor, depth + 1, open_role)
        # (but "to" describes a role, "the ambassador | to Seoul", never a name: "from
        # Ulsan HD | to KRC Genk" is where someone went)
        to_name = outer is not None and outer.kind == "name" and before.lower == "to"
        if outer is not None and before.lower == "for" and lowercase(outer.text) in KOREAN_SURNAMES:
            to_name = True  # round 133: "thanked Yu | for Seoul's support": not Yu's name
        if to_name or (  # round 39: "Kim | in a YouTube video", the occasion, not Kim's
            outer is not None
            and outer.kind == "name"
            and before.lower in _SCENE_PREPOSITIONS
            and toks[first].lower in _SCENE_OPENERS
        ):
            outer = None
        if outer is not None and _body_over_event(toks, mention, outer, head, before):
            outer = None  # round 142: "the Busan District Court in the trial of | Do Min-jae"
        w = _with_before(toks, head, floor) if outer is None else -1
        if w > floor:
            # round 192: "a clerk at a mill with | depots in | Peru said": the place ends a
            # "with" phrase describing the noun before "with"; the phrase is that noun's, or
            # no one's (never the place's)
            return _described_by(text, toks, w - 1, mention.end, floor, depth, open_role)
        described = _participle_holder(text, toks, head, mention, floor, depth, open_role)
        if outer is None and described is not None:
            return described
        if outer is not None and outer.kind != "pronoun":
            if outer.kind == "name" and not outer.appositive and toks[first - 2].text == ")":
                outer.appositive = text[before.start : mention.end]  # not the Hangul
            _extend(outer, text, mention.end)
            return outer
    if before is not None and _participle(before) and first - 2 >= floor:
        # "a group representing | the victims": the object of a reduced relative
        outer = _described_by(
            text, toks, first - 2, mention.end, floor, depth, open_role, participle=True
        )
        if outer is not None:
            return outer
    if before is not None and before.lower in _NAMING and mention.kind == "name":
        role = _head_phrase(text, toks, first - 2, floor, depth + 1) if first - 2 >= floor else None
        if role is not None and role.kind == "role":
            name_the_role(mention, role)
            mention.start = role.start
            mention.text = text[role.start : mention.end]
        return mention  # "A man surnamed | Jeong said": a person, whatever noun came before
    if before is not None and before.lower == "as" and mention.kind == "name":
        who = _who_gave_name(toks, first - 1, floor)
        end = who - 2 if who > floor + 1 and toks[who - 1].text == "," else who - 1
        role = _head_phrase(text, toks, end, floor, depth + 1) if who > floor else None
        if role is not None and role.kind == "role":
            name_the_role(mention, role)  # "a tenant who gave her name only as | Moon said"
            mention.start = role.start
            mention.text = text[role.start : mention.end]
            return mention
    if mention.determiner:
        return mention
    if (
        before is not None
        and first - 2 >= floor
        and (before.lower == "one" or toks[first - 2].lower in _SINGULAR_ARTICLES)
        and _relative_subject(toks, first, floor, mention)
    ):
        return mention  # round 78: "a figure | Kim called "..."": Kim, the clause's subject
    quantified = _quantified(text, toks, mention, first, floor)
    if quantified is not None or is_boundary(before):
        return quantified or mention
    # the object of a past tense: "The delay angered | commuters, who said" (not a phrase
    # "the delay angered commuters", which :func:`_role_phrase` stops before)
    past = (
        before is not None and before.lower.endswith("ed") and _past_between(toks, first - 1, floor)
    )
    return mention if past else None


_LANGUAGE_LIST_REACH = 10  # round 204: words and commas of a list of languages
_LANGUAGES = wordset("Thai French Arabic Hindi Urdu Dutch Greek Khmer Lao Farsi Hebrew Tagalog")
"""Round 204: languages not shaped like a nationality (:func:`demonym_shaped`)."""


def _language(tok: Token) -> bool:
    """Round 204: a capitalised word naming a language ("Japanese", "Thai")."""
    return tok.text in _LANGUAGES or demonym_shaped(tok.text)


def _past_language_list(toks: list[Token], first: int, floor: int) -> int:
    """Round 204: the first token of a list of languages after "in" when the name at
    ``first`` is that list's last item ('a sign in Korean, Thai and Vietnamese | reads'):
    the list is the object of "in", which describes the noun before it (the sign speaks),
    so the phrase is read from just past "in"; otherwise ``first`` itself. Every word of
    the list is shaped like a nationality ("Polish", "Japanese") and "and" or a comma
    joins them."""
    k = first
    while k < len(toks) and toks[k].kind == WORD and toks[k].capitalised:
        if not _language(toks[k]):
            return first
        k += 1  # (the name itself: "Vietnamese", each word a language)
    i = first - 1
    stop = first - _LANGUAGE_LIST_REACH if first - _LANGUAGE_LIST_REACH > floor else floor
    while i > stop and (toks[i].text == "," or toks[i].lower == "and" or _language(toks[i])):
        i -= 1
    if i == first - 1 or toks[i].lower != "in" or not _language(toks[i + 1]):
        return first
    return i + 1


_PLACED = wordset(
    "stationed based posted deployed located detained housed employed born hospitalized"
    " stranded trapped quarantined enrolled"
)


def _participle_holder(
    text: str,
    toks: list[Token],
    head: int,
    mention: Mention,
    floor: int,
    depth: int,
    open_role: bool,
) -> Mention | None:
    """Round 196: the phrase a reduced relative describes when ``toks[head]`` is its
    participle and ``mention`` the place or body after its preposition ("a medic stationed in |
    Hwacheon said", "a chef based at | the Seoul hotel said"): the medic speaks, the place
    only says where (round 192 read "with" so). The participle is an "-ing" word or one of
    ``_PLACED`` ("stationed", "based"), which are rarely a past tense there: "the rookie
    pointed at | his father" is a clause, not a rookie described. None when no phrase
    stands before the participle, or a name opening its clause does ("NAME based in")."""
    if head - 1 < floor or not _reduced_relative(toks[head]):
        return None
    if not (_participle(toks[head]) or toks[head].lower in _PLACED):
        return None
    outer = _described_by(
        text, toks, head - 1, mention.end, floor, depth, open_role, participle=True
    )
    if outer is not None and outer.kind == "name" and _opens_clause_at(toks, outer, floor):
        return None
    return outer


def _body_over_event(
    toks: list[Token], mention: Mention, outer: Mention, head: int, before: Token
) -> bool:
    """Round 142: True when a person's name after "of" would stretch a body's name over a
    prepositional phrase headed by a plain noun: "the Busan District Court in the trial of |
    Do Min-jae", "the Hanbit Medical Center in the death of | Bang Ye-ji". The noun (a trial, a
    funeral, a case) is the person's; the body is only where it happens, and the person is a
    name of their own with their own description ("Do Min-jae, the 58-year-old owner of
    ..."). Not a role between ("an official at the ministry of | ..."), nor a body's own "of"
    ("Ministry of | Justice" is one name, read whole before this), nor a body after "of"."""
    if before.lower != "of" or mention.kind != "name" or mention.org:
        return False
    if outer.kind != "name" or not outer.org:
        return False
    noun = toks[head]
    return noun.kind == WORD and noun.text.islower() and noun.lower not in ROLES


def _who_gave_name(toks: list[Token], k: int, floor: int) -> int:
    """The "who" opening a clause that gives a person's name, ending with the "as" at
    ``k``: "who gave her name only | as", "who identified himself only by his surname |
    as", "who asked to be identified only | as"; -1 when the "as" ends no such clause."""
    m = k - 1
    if m > floor and toks[m].lower == "only":
        m -= 1
    if m <= floor or toks[m].lower not in ("name", "surname", "identified"):
        return -1  # round 11: "who asked to be identified only | as"
    for w in range(m - 1, max(floor, m - 8) - 1, -1):
        if toks[w].kind != WORD:
            return -1
        if toks[w].lower == "who":
            return w
    return -1


def _quantified(
    text: str, toks: list[Token], mention: Mention, first: int, floor: int
) -> Mention | None:
    """A plural role "other" sets apart from one before: '"...," other members said', "the
    other lawmakers" (it opens the phrase, or follows an article). Other quantifiers leave the
    group the same: "Many farmers" are farmers."""
    if mention.kind != "role" or not mention.plural or first - 1 < floor:
        return None
    if toks[first - 1].lower != "other":
        return None
    k = first - 1
    before = toks[k - 1] if k > floor else None
    if before is not None and before.lower in DETERMINERS:
        k -= 1
        before = toks[k - 1] if k > floor else None
    if before is not None and not is_boundary(before):
        return None
    mention.start = toks[k].start
    mention.text = text[mention.start : mention.end]
    mention.determiner = toks[k].lower
    return mention


_Parsed = tuple[Mention, int] | None
_Fields = tuple[int, int, str, str, str, str, str, tuple[str, ...], str, bool, bool, str]
_Kept = tuple[_Fields, int] | None
_names_read: tuple[list[Token] | None, str, dict[tuple[int, int], _Kept]] = (None, "", {})
"""The names parsed in the paragraph last read: its tokens, its text and each parse by
``(j, floor)`` (one tuple, swapped whole, so that two threads never share a table)."""


def _name_phrase(text: str, toks: list[Token], j: int, floor: int) -> _Parsed:
    """Capitalised words ending at ``j``: title words, then the name; descriptors before.

    Reading a paragraph parses the same name several times (as a subject, then as a name
    the paragraph introduces, then for a quotation's rules): each parse is kept for the
    paragraph and given out as a copy, since callers extend what they get."""
    global _names_read
    read = _names_read
    if read[0] is not toks or read[1] is not text:
        read = _names_read = (toks, text, {})
    key = (j, floor)
    memo = read[2]
    if key in memo:
        kept = memo[key]
        return None if kept is None else (_made(kept[0]), kept[1])
    kept = memo[key] = _parse_name(text, toks, j, floor)
    # the table keeps the fields the parse's mention is made from (a tuple, unchanged
    # whatever the caller does to its mention), not a copy: four in five are never asked for
    return None if kept is None else (_made(kept[0]), kept[1])


_parsed_fields = attrgetter(
    "start",
    "end",
    "kind",
    "text",
    "name",
    "title",
    "role",
    "modifiers",
    "determiner",
    "plural",
    "org",
    "age",
)
"""The fields a parse sets (:func:`_made`); every other field of its mention has its default."""


def _made(fields: _Fields) -> Mention:
    """A new mention with the parsed ``fields`` (in the order of :data:`_parsed_fields`),
    every other field at its default. Positional, on the parser's hot path: a type's call
    with keywords builds a dict for them. (Not ``Mention.__new__`` and the fields set one by
    one: that saves under 0.1% of the extraction's instructions, and a class compiled by
    mypyc makes no instance without its ``__init__``.)"""
    return Mention(*fields)


def _parse_name(text: str, toks: list[Token], j: int, floor: int) -> _Kept:
    """The fields of the name ending at ``j`` (or of the role, when title words end there),
    in the order :func:`_made` takes them, and the phrase's first token."""
    i, nicknamed = _name_start(toks, j, floor)  # (a nickname: a quotation in the run)
    run = toks[i : j + 1]
    if nicknamed:
        run = [t for t in run if t.kind != QUOTE]
    title_toks, name_toks = _split_title(run)
    if title_toks and len(name_toks) == 1 and name_toks[0].lower in PLACES:
        # no title names a country: "Energy Justice Korea" is a body's name, not a justice
        title_toks, name_toks = [], run
    org = bool(name_toks) and _is_org(name_toks)
    if org and len(name_toks) == 1 and len(title_toks) == 1:
        # round 335: "Justice Ministry": a title word before a body's one noun names the body
        # (its field), no justice; "Ministry" alone is no body a reader could tell
        title_toks, name_toks = [], run
    if org and title_toks and title_toks[0].lower in PLACES:
        # round 196: "Korea Tourist | Hotel Federation", "Busan Taxi Driver | Union": a body's
        # name opening on a place holds the role nouns after it ("tourist", "driver"), which
        # title no one before a body (the name was cut to its last words: "Hotel Federation")
        title_toks, name_toks = [], run
    if org and title_toks and title_toks[-1].lower == "general":
        # "the General Staff of the Korean People's Army": a body's name, not a rank
        title_toks, name_toks = title_toks[:-1], [title_toks[-1], *name_toks]
    owner = _last_possessive(name_toks) if org else -1
    if owner >= 0 and _place(name_toks[: owner + 1]) and _is_org(name_toks[owner + 1 :]):
        # "North Korea's | Korean Central News Agency": a country's body (not "People's Party")
        title_toks, name_toks = title_toks + name_toks[: owner + 1], name_toks[owner + 1 :]
    first = _descriptors(toks, i, floor, org, bool(title_toks), j)
    if first < i and _stranded_after(toks, j):
        first = i  # round 15: "the only coach | Yang works with.": a relative clause's subject
    if first < i:
        title_toks = toks[first:i] + title_toks
    determiner = _determiner(toks, first, floor)
    if determiner == "the" and name_toks and not title_toks and not org:
        org = not _korean_name(name_toks[0], name_toks[-1])  # "the Pentagon": no one's name
    first -= bool(determiner)
    start, end = toks[first].start, toks[j].end
    if not name_toks:  # "the Foreign Minister said": a role, not a name
        head = title_toks[-1]
        role = ROLE_NOUNS.get(head.lower, head.lower)
        modifiers = tuple(t.lower for t in title_toks[:-1])
        span = text[start:end]
        fields = (start, end, "role", span, "", "", role, modifiers, determiner, False, False, "")
        return fields, first
    ages: list[str] = []
    for t in title_toks:  # (a loop: a comprehension makes a function object per call)
        m = AGE.match(t.lower)
        if m:
            ages.append(m[1])
    if ages:  # an age titles no one
        title_toks = [t for t in title_toks if AGE.match(t.lower) is None]
    name = _unpossessed(
        _nicknamed(text, name_toks) if nicknamed else text[name_toks[0].start : name_toks[-1].end]
    )
    title = text[title_toks[0].start : title_toks[-1].end] if title_toks else ""
    role = _name_role(title_toks, name_toks, org)
    age, span = ages[0] if ages else "", text[start:end]
    plural = not title_toks and not determiner and _bare_plural(toks, i, j, name_toks[0])
    fields = (start, end, "name", span, name, title, role, (), determiner, plural, org, age)
    return fields, first  # (one tuple: ``(*fields, age)`` builds a list, then a tuple)


def _bare_plural(toks: list[Token], i: int, j: int, head: Token) -> bool:
    """Round 54: True when the name at ``toks[i..j]`` is a plural noun capitalised only
    because it opens its sentence, as its plural verb shows: "Pitchers have grumbled",
    "Couples in Daegu are turning to parks", "Residents of Hwado have complained". A group,
    not one person: "he" or "the 34-year-old" next never means it ("Reuters has", "Siemens
    says": a name's singular verb keeps it a name)."""
    low = head.lower
    if len(low) < 5 or low[-1] != "s" or low[-2] in "su'" or j + 1 >= len(toks):
        return False
    if i > 0 and toks[i - 1].text not in (".", "!", "?") and toks[i - 1].kind != QUOTE:
        return False
    k = j + 1
    if toks[k].lower in ("in", "of", "from"):  # "Couples | in Daegu | are"
        k += 1
        while k < len(toks) and (toks[k].capitalised or toks[k].lower in ("'s", "’s")):
            k += 1
        if k >= len(toks):
            return False
    verb = toks[k].lower
    if verb in _OFTEN and k + 1 < len(toks):
        verb = toks[k + 1].lower
    return verb in _PLURAL_VERBS


_PLURAL_VERBS = wordset(
    "are were have say tell call want fear worry complain argue believe expect hope feel do don't"
)
"""Verbs whose form shows a plural subject (round 54's bare plurals)."""
_OFTEN = wordset("still also often now long increasingly")


def _last_possessive(name_toks: list[Token]) -> int:
    """Index of the last possessive before the last word ("North Korea's | Agency"), or -1."""
    for k in range(len(name_toks) - 2, -1, -1):
        if _possessive(name_toks[k]):
            return k
    return -1


_NAMING_NOUNS = wordset("voice report record call order answer promise pledge")
"""Words both verbs of saying and nouns, which a body's name may hold capitalised between
two other words of it ("Korea Voice Actors Union", round 133)."""


def _name_word_of_saying(low: str) -> bool:
    """A capitalised word of saying that a body's name may hold between two other words of
    it: one of :data:`_NAMING_NOUNS`, or (round 261) an "-ing" form, a trade's name ("Korean
    Port Lashing Workers' Union" was cut to "Workers' Union")."""
    return low in _NAMING_NOUNS or (low[-3:] == "ing" and low in REPORTING_VERBS)


def _nicknamed(text: str, name_toks: list[Token]) -> str:
    """A name's words alone around a nickname: 'Park "Comet" Ji-ung' is Park Ji-ung."""
    return " ".join(text[t.start : t.end] for t in name_toks)


def _place(toks: list[Token]) -> bool:
    """True for a country or capital in the possessive: "North Korea's", "Seoul's"."""
    words = " ".join(t.lower for t in toks).replace("’", "'").removesuffix("'s")
    return words in PLACES or words in ("north korea", "south korea", "north", "south")


def _possessive(tok: Token) -> bool:
    return tok.lower[-2:] in ("'s", "’s")


def _unpossessed(name: str) -> str:
    """``name`` without a possessive ending: "Kim's reply" is Kim's, and (round 187) a plural
    name's bare apostrophe goes too: "the Harbor Gulls' claim that ..." is the Harbor Gulls'
    (the club is shown as "Harbor Gulls", never with the mark left on it)."""
    if name[-2:] in ("s'", "s’") and len(name) > 3 and " " in name:
        return name[:-1]
    return name[:-2] if name[-2:] in ("'s", "’s") and len(name) > 2 else name


def _name_start(toks: list[Token], j: int, floor: int) -> tuple[int, bool]:
    """Leftmost token of the capitalised run ending at ``j`` ("Ministry of Trade, Industry and
    Energy", "Ministry of the Interior and Safety", "Kim Min-ji"), and whether the run holds
    a quotation (a nickname: no other step takes one in, so no second pass looks for it)."""
    i = j
    nicknamed = False
    while i - 1 >= floor and j - i < _MAX_NAME:
        prev = toks[i - 1]
        # (``lower`` alone tells words apart: a mark's or a quotation's is no word)
        low = prev.lower
        if prev.capitalised and (
            low not in NOT_NAME_WORDS or (low in KOREAN_SURNAMES and _korean_name(prev, toks[i]))
        ):
            i -= 1  # is_name, per token (hot); round 133: "So Min-gyu", "An Ji-won" too
        elif (
            prev.capitalised
            and _name_word_of_saying(low)
            and i - 2 >= floor
            and is_name(toks[i - 2])
        ):
            i -= 1  # round 133: "Korea Voice Actors Union": a verb's noun inside a name
        elif not toks[i].capitalised or i - 2 < floor:
            break
        elif (
            low in ("of", "for")
            and is_name(toks[i - 2])
            and not _given(toks[i - 2])
            and toks[i - 2].lower not in _HELD_NOUNS
        ):
            if low == "for" and toks[i - 2].lower in KOREAN_SURNAMES:
                break  # round 133: "thanked Yu | for Seoul's support": no body's "for" name
            if low == "of" and _person_of(toks, i - 1, j, floor):
                break  # round 142: "Joris Van Acker | of Belgium": a person, and where from
            if low == "of" and _titled_short_name(toks, i - 2, floor):
                break  # round 172: "Prof. Seon Ho | of Jeonju University": where she works
            i -= 1
        elif low == "on" and toks[i - 2].lower in _ON_HEADS and toks[i - 2].capitalised:
            i -= 1  # round 57: "Committee on Ageing Society": a body's remit names it
        elif low in _SURNAME_PARTICLES and prev.text.islower() and is_name(toks[i - 2]):
            i -= 1  # round 236: "Maria da Costa", "Pieter de Wit": a particle in a surname
        elif low == "or" and _remit_before(toks, i - 2, floor):
            i -= 1  # round 166: "Council on Peace or War": two things a body's remit joins
        elif low == "with" and _with_name(toks, i - 2, floor):
            i -= 1  # round 180: "Fellowship with Lonely Elders": a body's name, whole
        elif low == "to" and _sent_body(toks, i - 2, floor):
            i -= 1  # round 73: "EU Delegation to Korea": where a body is sent names it
        elif (
            low == "the"
            and toks[i - 2].lower in ("of", "for")
            and i - 3 >= floor
            and is_name(toks[i - 3])
            and not _given(toks[i - 3])
            and not _person_of(toks, i - 2, j, floor)
        ):
            i -= 2  # "Ministry of the Interior"
        elif (
            low == "the"
            and toks[i - 2].lower == "to"
            and i - 3 >= floor
            and _sent_body(toks, i - 3, floor)
        ):
            i -= 2  # round 73: "Permanent Mission to the United Nations"
        elif (
            low in (",", "and")
            and _of_list(toks, i - 2, floor)
            and (low == "and" or _comma_list_closed(toks, i, j))
        ):
            i -= 1
        elif low in (",", "and") and _joined_title(toks, i, j):
            i -= 1  # "Employment and Labor | Minister Kim": a ministry's short name titles Kim
        elif low == "and" and is_name(toks[i - 2]) and _org_head(toks, i, j):
            i -= 1  # "Korea Rail Safety and Inspection Agency (KRSIA) Commissioner"
        elif prev.text == ")" and _bracketed(toks, i - 1, floor):
            i -= 3  # "Inspection Agency (KRSIA) | Commissioner", "Kim (김) | Vice Minister"
        elif prev.kind == QUOTE and _korean_name(toks[i - 2], toks[i]):
            i -= 2  # a nickname between a surname and a given name: 'Park "Comet" Ji-ung'
            nicknamed = True
        elif inner_capital(prev) and is_name(toks[i - 2]):
            i -= 1  # round 296: "Digital Asset eXchange Alliance": a capital second letter
        else:
            break
    return i, nicknamed


_HELD_NOUNS = wordset("shares stocks")
"""Round 365: what one holds of a firm opens a sentence capitalised ("Shares of | Haedong
jumped"): no body's name, so the firm after "of" is named alone."""

_ABSTRACT_ENDS = ("ence", "ance", "ion", "ity", "ship", "ment", "ness")
"""Endings of an abstract noun: "Coexistence", "Solidarity", "Partnership" (round 180)."""


def _with_name(toks: list[Token], k: int, floor: int) -> bool:
    """Round 180: True when ``toks[k]``, before a "with" and a capitalised run, opens the
    phrase and is a capitalised abstract noun ("Fellowship with Lonely Elders", "Solidarity
    with Migrant Workers"): such a body's name joins an ideal to whom it is for with "with",
    and no person or sentence opener is shaped so ("Kim with", "Along with", "Meeting
    with")."""
    word = toks[k]
    return (
        k == floor
        and word.capitalised
        and word.text.isalpha()
        and word.lower not in NOT_NAME_WORDS
        and word.lower.endswith(_ABSTRACT_ENDS)
    )


def _titled_short_name(toks: list[Token], k: int, floor: int) -> bool:
    """Round 172: True when ``toks[k]`` ends a Korean name whose given name has no hyphen,
    after a person's title: "Prof. Seon Ho | of Jeonju University", "Dr. Bae Min | of the
    clinic". The "of" after it says where the person works; no body is named "Prof. Seon Ho
    of ...". (A hyphenated given name already ends the run: :func:`_given`.)"""
    if k - 2 < floor:
        return False
    given, surname, title = toks[k], toks[k - 1], toks[k - 2]
    return (
        given.capitalised
        and given.text.isalpha()
        and surname.capitalised
        and surname.lower in KOREAN_SURNAMES
        and title.lower in PERSON_TITLES
    )


_SURNAME_PARTICLES = wordset("van von de der den da das dos di du del della le la ter")
"""Lowercase words inside a European surname ("Pieter de Wit", "Ana da Costa"; round 270:
"Ivone Carvalho dos Ramos", the plural forms of "da" and "do")."""
_MAX_PERSON = 4  # capitalised words of a person's name before "of": "Jan Van der Berg"


def _person_of(toks: list[Token], of: int, j: int, floor: int) -> bool:
    """True when the "of" at ``of`` joins a person's name to where they are from or work: a
    country (:func:`_person_of_country`) or, round 396, any capitalised name after a plain
    one ("Rachel Donnelly | of the Royal Australian Navy", "Aziz Rakhimov | of the Migrant
    Rights Center"), as a Korean given name's hyphen already ends a name (:func:`_given`)."""
    return _person_of_country(toks, of, j, floor) or _plain_person_before(toks, of, floor)


def _plain_person_before(toks: list[Token], of: int, floor: int) -> bool:
    """Round 396: True when two to four plain capitalised words stand right before ``of``
    (surname particles between), after a person's title, a lowercase word, a mark or the
    paragraph's start. Plain: no word a list knows (a body's head, a place, a title, a role,
    a word that is no name) and none shaped like a nationality, so "Vice Minister | of",
    "Korean Federation | of", "Baseball Hall | of" and "the War Memorial | of" stay whole."""
    words = 0
    m = of - 1
    while m >= floor and words < _MAX_PERSON:
        tok = toks[m]
        if tok.capitalised and tok.text.isalpha() and _plain_name_word(tok):
            words += 1
        elif not (words and tok.lower in _SURNAME_PARTICLES and tok.text.islower()):
            break
        m -= 1
    if words < 2:
        return False
    if m < floor:
        return True
    before = toks[m]
    if before.lower in DETERMINERS:
        return False  # "the Grand Hall | of": a body's name
    return not before.capitalised or _person_title(before)


def _plain_name_word(tok: Token) -> bool:
    """Round 396: a capitalised word that can only be part of a person's name here."""
    low = tok.lower
    return not (
        low in NOT_NAME_WORDS
        or low in ORG_HEADS
        or low in PLACES
        or low in PLACE_NOUNS
        or low in _TITLE_WORDS
        or low in ROLE_NOUNS
        or demonym_shaped(tok.text)
    )


def _person_of_country(toks: list[Token], of: int, j: int, floor: int) -> bool:
    """Round 142: True when the "of" at ``of`` joins a person's name to the country that ends
    at ``j`` ("Joris Van Acker | of Belgium", "Ana da Costa of | the Netherlands"): the
    person is from there, no body is named "... of Belgium". A person's name is two to four
    capitalised words (surname particles between) with no body's head noun ("Bank", "Embassy")
    and no "the" before it ("the Grand Duchy of ..." is a state); a country is one whose
    capital the lexicon lists (or Korea, or Belgium)."""
    k = of + 1
    if toks[k].lower == "the":
        k += 1
    if k > j or " ".join(t.lower for t in toks[k : j + 1]) not in COUNTRIES:
        return False
    words = 0
    m = of - 1
    while m >= floor and of - m <= _MAX_PERSON + 2:
        tok = toks[m]
        if tok.capitalised and tok.lower not in NOT_NAME_WORDS:
            if tok.lower in ORG_HEADS or tok.lower in PLACES or tok.lower in PLACE_NOUNS:
                return False
            words += 1
        elif tok.lower not in _SURNAME_PARTICLES or not tok.text.islower():
            break
        m -= 1
    if m >= floor and toks[m].lower in DETERMINERS:
        return False  # "the Grand Duchy | of Luxembourg", "its Embassy": a body's name
    return 2 <= words <= _MAX_PERSON


def _stranded_after(toks: list[Token], j: int) -> bool:
    """True when the name ending at ``j`` is the subject of a relative clause that ends on a
    stranded preposition ("the only coach Yang | works with."): the noun before the name is
    what the clause describes, no title of the name."""
    if j + 3 >= len(toks):
        return False
    verb, prep, end = toks[j + 1], toks[j + 2], toks[j + 3]
    return (
        verb.kind == WORD
        and verb.text.islower()
        and verb.lower.endswith(("s", "ed"))
        and prep.lower in _OBJECT_PREPOSITIONS
        and end.kind != WORD
    )


def _org_head(toks: list[Token], i: int, j: int) -> bool:
    """True when a word of ``toks[i..j]`` heads an organisation's name ("Agency")."""
    return any(toks[k].lower in ORG_HEADS for k in range(i, j + 1))


def _bracketed(toks: list[Token], close: int, floor: int) -> bool:
    """True when ``toks[close]`` closes a bracket holding one acronym or Hangul word, right
    after a name: "Agency (KRSIA)", "Kim Min-ji (김민지)"."""
    if close - 3 < floor or toks[close - 2].text != "(":
        return False
    inner = toks[close - 1].text
    return is_name(toks[close - 3]) and (inner.isupper() or not inner.isascii())


def _comma_list_closed(toks: list[Token], i: int, j: int) -> bool:
    """Round 358: True when the comma before ``toks[i]`` opens a list an "and" closes before
    ``j`` ("Ministry of Culture, | Sports and Tourism"). A comma with no "and" after it ends
    the body's name: "at the Conference on Disarmament, | Yoon said" is a clause's opening
    phrase, then its subject. A country alone after the comma still names the body
    ("National Museum of Modern and Contemporary Art, | Korea")."""
    if i == j and toks[j].lower in PLACES:
        return True
    return any(tok.lower == "and" for tok in toks[i + 1 : j])


def _of_list(toks: list[Token], k: int, floor: int) -> bool:
    """True when ``toks[k]`` ends a list inside an "of" name: "Ministry of Trade, Industry"."""
    stop = floor if floor > k - 8 else k - 8  # (not max(): a builtin call)
    while k > stop and (is_name(toks[k]) or toks[k].text == "," or toks[k].is_word("and", "the")):
        k -= 1
    if toks[k].lower == "on":  # round 57: "Committee on Ageing Society and Population Policy"
        return k - 1 >= floor and toks[k - 1].lower in _ON_HEADS and toks[k - 1].capitalised
    if not (toks[k].is_word("of", "for") and k - 1 >= floor and is_name(toks[k - 1])):
        return False
    # round 142: not a person's "of" ("Rep. Ko Yu-na of the Justice Party | and Rep. NAME"):
    # a Korean given name before it ends a name, and the "and" joins two people
    return not _given(toks[k - 1])


_ON_HEADS = frozenset(
    (
        *("committee", "commission", "council", "subcommittee", "conference", "convention"),
        *("association", "coalition", "alliance", "society"),  # round 166
    )
)
"""Heads of a body named by its remit after "on" ("Presidential Committee on Ageing Society
and Population Policy", "Council on Foreign Relations"): "on" joins the name there, as "of"
does, while "the Democratic Party on Tuesday" keeps the day out (no name word)."""


def _remit_before(toks: list[Token], k: int, floor: int) -> bool:
    """Round 166: True when the capitalised words ending at ``k`` follow "on" or "for" after a
    body's head noun ("Association on | Smoking", "Alliance for | Peace"): an "or" after them
    joins the remit's second thing ("... on Smoking or Health") inside the name."""
    j = k
    while j > floor and k - j < 3 and toks[j].capitalised:
        j -= 1
    if j == k or j - 1 < floor or toks[j].lower not in ("on", "for"):
        return False
    head = toks[j - 1]
    return head.capitalised and head.lower in _ON_HEADS


_TO_HEADS = frozenset(("delegation", "mission", "embassy", "legation", "representation"))
"""Round 73: heads of a body named by where it is sent, after "to" ("EU Delegation to Korea",
"Permanent Mission to the United Nations"): "to" and a capital join the name there, as "of"
does; "the Delegation said to Korea" keeps "to" a verb's (no head right before it)."""


def _sent_body(toks: list[Token], k: int, floor: int) -> bool:
    """True when the capitalised run ending at ``k`` names a body sent somewhere: its head is
    right there ("Delegation | to Korea", round 73) or a few words back with only its own
    "of" name between (round 126: "Delegation of the European Union | to the Republic of
    Korea", "Permanent Mission of Peru | to the United Nations")."""
    for m in range(k, max(floor, k - _SENT_REACH) - 1, -1):
        tok = toks[m]
        if tok.capitalised and tok.lower in _TO_HEADS:
            return True
        if not (tok.capitalised or tok.lower in _SENT_JOINS) or (m == k and not tok.capitalised):
            return False
    return False


_SENT_REACH = 8  # tokens back from "to" to the head: "Delegation of the European Union"
_SENT_JOINS = frozenset(("of", "the"))


def _joined_title(toks: list[Token], i: int, j: int) -> bool:
    """True when the list mark before ``toks[i]`` joins the words of a body's short name that
    titles a person: "Employment and Labor | Minister Kim", "Trade, Industry and Energy |
    Minister Ahn". Not "President Yoon and | Foreign Minister Cho" (a person before the
    mark) nor "Kim and | President Yoon" (a title right after it)."""
    if i - 2 < 0 or not is_name(toks[i - 2]) or _given(toks[i - 2]) or _person_title(toks[i]):
        return False
    if i - 3 >= 0 and toks[i - 3].capitalised and _person_title(toks[i - 3]):
        return False
    joined = toks[i - 1].lower == "and"
    for k in range(i + 1, j):
        tok = toks[k]
        if tok.lower == "and":
            joined = True
        elif tok.capitalised and _person_title(tok):
            return joined
    return False


_NAME_JOINERS = frozenset((",", "and", "of", "for"))
"""Words inside a body's name before its last capitalised words."""


def _org_through_list(toks: list[Token], k: int, i: int, floor: int) -> int:
    """Start of a body's name whose last words, ``toks[k..]`` up to the lowercase title before
    ``i``, follow a list mark or "of": "Ministry of Oceans and | Fisheries spokesperson Kim",
    "Korea Institute for Industrial Economics and | Trade researcher Jung", "Ministry of |
    Unification spokesperson Nam" (round 10: not a ministry "of" a spokesperson); else
    ``k``."""
    if k - 2 < floor or toks[k - 1].lower not in _NAME_JOINERS or not toks[k].capitalised:
        return k
    end = k
    while end + 1 < i and toks[end + 1].capitalised:
        end += 1
    start, _ = _name_start(toks, end, floor)
    if start >= k or not _is_org(toks[start : end + 1]):
        return k
    return start


def _split_title(run: list[Token]) -> tuple[list[Token], list[Token]]:
    """``(title, name)`` of a capitalised run: "Foreign Minister | Cho Tae-yul", "Bank of Korea
    Governor | Shin Kwang-ho"; an organisation's name has no title ("Ministry of Unification")."""
    size = len(run)
    cut = size - 1  # the last title word: a loop, not max() over a generator (hot)
    while cut >= 0:
        low = run[cut].lower  # what _person_title needs, tested first: most words fail it
        if (low in _TITLE_WORDS or "-" in low) and _person_title(run[cut]):
            break
        if cut < size - 2 and low.endswith(_TITLE_ENDINGS):  # (the bound first: endswith
            break  # costs a call) "Screenwriter | Dokgo Eun", "Choreographer | Ma Ri"
        cut -= 1
    if cut > 0 and cut == size - 2 and run[-1].lower in ORG_HEADS:
        cut = -1  # round 197: "Hanbit Forward Party", "Korea Guard Union": a body's name
    elif cut == 0 and size > 2 and run[-1].lower in ORG_HEADS and run[1].lower not in ("of", "for"):
        cut = -1  # round 307: "King Sejong Institute Foundation": a body named for a king
    while cut + 2 < len(run) and run[cut + 1].lower in ("of", "for"):
        cut += 2  # "Secretary of State | Antony Blinken"
    if cut == len(run) - 1 and _is_org(run) and not _executive(run):
        cut = -1  # "Korean Medical Association"
    if cut != len(run) - 3 and len(run) >= 2 and _korean_name(run[-2], run[-1]):
        # "Potter | Han Do-yun", "Blue Tide's | Seo Jun-ho"; and "Son Ji-woo" is a name even
        # though "son" may be a role
        cut = len(run) - 3
    return run[: cut + 1], run[cut + 1 :]


_EXECUTIVES = frozenset(("ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "chairperson"))


def _executive(run: list[Token]) -> bool:
    """True when a body's name ends with an executive's title: "Gomi Labs CEO", "Hanbit
    Shipping Chairman" name a person's job, not a body (round 10; "Office of the President"
    is a body's name)."""
    if len(run) == 1:
        return _lone_executive(run[0])
    return run[-1].lower in _EXECUTIVES and run[-2].lower not in ("of", "the", "for", "and")


def _lone_executive(tok: Token) -> bool:
    """Round 195: True for an executive's acronym standing alone ("CEO", "CFO"): a title,
    never a body's short name, so "the former CEO said" is a role phrase (the former chief
    executive), not a person called "CEO" ('"...," the former CFO told reporters')."""
    return tok.lower in _EXECUTIVES and tok.text.isupper()


def _given(tok: Token) -> bool:
    """A romanised Korean given name ("Bo-ra"): a person's name ends there."""
    return _GIVEN.match(tok.text) is not None


def _korean_name(surname: Token, given: Token) -> bool:
    """True for a romanised Korean name: a short surname and a hyphenated given name ("Han
    Do-yun", "Ri Song-chol"). Whatever capitalised words stand before it title it."""
    return korean_name_parts(surname.text, given.text)


def korean_name_parts(surname: str, given: str) -> bool:
    """:func:`_korean_name` on the two words' text. Round 204: a surname is capitalised; a
    lowercase word before a hyphenated place is a preposition ('Tenants | of Yeonhui-dong |
    say': "of Yeonhui-dong" is no one's name). Round 275: a surname the list holds counts at
    any length ("Hwangbo", "Namgung"); another must be two to five letters."""
    return (
        (2 <= len(surname) <= 5 or lowercase(surname) in KOREAN_SURNAMES)
        and surname.isalpha()
        and surname[0].isupper()
        and _GIVEN.match(given) is not None
    )


_TITLE_ENDINGS = ("writer", "maker", "grapher", "artist", "ologist")
"""Endings of compound titles no list holds ("screenwriter", "choreographer"): before a name
of two words they title it."""
_TITLE_WORDS = PERSON_TITLES | frozenset(ROLE_NOUNS).difference(PERSON_ROLES, ROLE_GENDER)
"""Every word :func:`_person_title` may accept without a hyphen (a word no role list holds
counts as a ministry's, no person's). Round 26's person nouns are not among them: they
describe a person, and capitalised they are a body's words ("Patient Rights Center", "Caregiver
Union"); a title before a name is PERSON_TITLES'."""


def _person_title(tok: Token) -> bool:
    """A word that titles a person ("Minister", "spokesperson"), not an organisation."""
    if tok.kind != WORD:
        return False
    if "-" in tok.lower and PERSON_TITLES.issuperset(tok.lower.split("-")):  # (in C)
        return True  # "Secretary-General", "Director-General"
    if tok.lower in PERSON_TITLES:
        return True
    return tok.lower in _TITLE_WORDS and ROLE_NOUNS.get(tok.lower, "ministry") not in ORG_ROLES


def _descriptors(
    toks: list[Token], i: int, floor: int, org: bool, titled: bool, j: int = -1
) -> int:
    """Start of the words describing a name at ``i``: "North Korean leader | Kim", "Samsung
    Lions slugger | Choi", "former | President Moon", "the ruling | People's Unity Party".

    A person's lowercase descriptors must be titles ("leader") or title modifiers ("former")
    or stand before one ("*unification ministry* spokesperson"), and an untitled name takes
    descriptors only if they hold a title: "met | Kim" stays out.
    """
    k = i
    anchored = org or titled
    while k - 1 >= floor and i - k < _MAX_DESCRIPTORS:
        prev = toks[k - 1]
        if (
            k == i
            and k - 2 >= floor
            and toks[k - 2].lower in _TITLE_BARRING
            and prev.text.islower()
            and not org
            and _no_title_after(toks, k - 1, floor)
        ):
            break  # round 78: "a practice | Bae called", "the first to back | Na"
        if k == i and not org and prev.text.islower() and _heads_relative(toks, k - 1, i, j, floor):
            break  # round 346: "The table | Mok is finishing", "the case | Seo's office built"
        if prev.lower in _SIDE_WORDS and _side_of_title(toks, k, i, j, floor):
            k -= 1  # round 58: "Serbian outside hitter | NAME", "outside director | NAME"
            anchored = True
            continue
        if not is_modifier(prev) or (prev.text.islower() and _ends_title(prev, toks[k], org)):
            break
        if _subject_verb(toks, k - 1, floor):
            break  # round 165: "Ahn later | handed actor Bo Ra-mi": a verb, not a title's word
        if prev.lower in _NAMING:
            break  # "his surname | Jeong": the word names, it titles no one
        title = _person_title(prev) or (k == i and prev.text.islower() and is_title_shaped(prev))
        title = title or (k == i and prev.text.islower() and _owned(toks, k - 1, floor))
        qualifier = prev.lower in TITLE_MODIFIERS or AGE.match(prev.lower) is not None
        if prev.text.islower() and not (anchored or title or qualifier):
            break
        anchored = anchored or title or qualifier  # "the late Kim", "the 68-year-old Jang"
        k -= 1
    if k < i and not org and not anchored:
        return i
    return _org_through_list(toks, k, i, floor) if k < i else k


def _heads_relative(toks: list[Token], w: int, i: int, j: int, floor: int) -> bool:
    """Round 346: True when the lowercase noun at ``w``, right before the person's name at
    ``i``..``j``, is no word for a person and heads a phrase the name does not belong to:
    before a possessive name ('the same case | Seo's office built', the name owns what comes
    next), or after a determiner with the name opening a clause ('The table | Mok Dal-hwan
    is finishing', 'every crane | Maeng had passed'): a relative clause whose subject the
    name is. A noun shaped like one for a person stays ("the potter | Mok is finishing")."""
    word = toks[w]
    if not _no_person_noun(word) or j < i:
        return False
    if toks[j].lower[-2:] in OWNED:
        return True
    if j == i and j + 1 < len(toks) and _korean_name(toks[i], toks[j + 1]):
        j += 1  # a surname read alone is still the full name's first word
    determined = _led_by(toks, w, floor, _RELATIVE_DETERMINERS)
    return determined and _person_name(toks, i, j) and _clause_after(toks, j)


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ee", "ess", "man", "ster", "ant", "ent", "ic")
"""Endings of nouns for people ("potter", "sculptor", "violinist", "trainee", "hostess")."""


def _no_person_noun(word: Token) -> bool:
    """Round 346: True for a lowercase word that no list knows as a role and that does not end
    like a noun for a person ("table", "case", "requirement"; not "potter", "student")."""
    low = word.lower
    if role_of(low) or _person_title(word) or low in TITLE_MODIFIERS or AGE.match(low):
        return False
    return low[-4:] == "ment" or not low.endswith(_PERSON_ENDINGS)


_RELATIVE_DETERMINERS = wordset("the a an every each any this that")
"""Round 346: determiners before the head noun of a relative clause ("The | table", "The first
| dish", "a seedy | reputation", "every | crane")."""


def _person_name(toks: list[Token], i: int, j: int) -> bool:
    """Round 346: True when ``toks[i..j]`` is a Korean person's name: a surname and a given
    name, or a surname alone that the list of surnames holds."""
    if j == i:
        return toks[i].lower in KOREAN_SURNAMES
    return j == i + 1 and _korean_name(toks[i], toks[j])


def _clause_after(toks: list[Token], j: int) -> bool:
    """Round 346: True when a lowercase word that is no preposition, joining word, relative
    pronoun or reporting verb follows the name ending at ``j`` (past a bracketed Hangul
    form): the name is a clause's subject ("Mok (목) | is finishing", "Maeng | had passed",
    "Choi | still")."""
    k = j + 1
    if k < len(toks) and toks[k].text == "(":
        while k < len(toks) and toks[k].text != ")":
            k += 1
        k += 1
    if k >= len(toks):
        return False
    tok = toks[k]
    low = tok.lower
    return (
        tok.kind == WORD
        and tok.text.islower()
        and low not in PREPOSITIONS
        and low not in _JOINING
        and low not in RELATIVE_PRONOUNS
        and low not in REPORTING_VERBS
    )


_JOINING = wordset("and or but nor as")
"""Round 346: words after which a name goes on in a list or a comparison, no clause."""


_INDEFINITE = wordset("a an")
_TITLE_BARRING = MODALS | _INDEFINITE | wordset("to")
"""Words after which the lowercase word before a name may title no one (round 78)."""


def _no_title_after(toks: list[Token], w: int, floor: int) -> bool:
    """Round 78: True when the lowercase word at ``w``, right before a name, titles no one
    by the word before it: after a modal or an infinitive's "to" it is a verb whose object
    the name is ("would star | Geum", "the first to back | Na"), after "a" or "an" a noun
    the relative clause the name opens describes ("a practice | Bae called "..."", "a phrase
    | Noh said he liked": English titles a name with a bare noun, "potter Han", not with "a
    potter Han"; nor with a document's noun, "a message | Nam sent"). A title the lexicon
    knows, or a title's modifier, stays after "to" and "a" ("handed power to acting |
    President Choi")."""
    if w - 1 < floor:
        return False
    before = toks[w - 1].lower
    if before in MODALS:
        return True
    if before != "to" and before not in _INDEFINITE:
        return False
    word = toks[w]
    if word.lower in DOCUMENTS:
        return True  # "a message | Nam sent": no title, though a message "says"
    if before != "to" and word.lower.endswith(_ADJECTIVE_ENDINGS) and word.lower[-4:] != "ment":
        return False  # '"...," a tearful | Kwon told': the person, described (round 346: a
        # "-ment" word is a noun, "a requirement | Seok calls")
    return not (_person_title(word) or word.lower in TITLE_MODIFIERS)


_ADJECTIVE_ENDINGS = (
    "ful",
    "ous",
    "ive",
    "less",
    "ic",
    "al",
    "able",
    "ible",
    "ant",
    "ent",
    "ed",
    "ing",
    "ly",
)
"""Endings of an adjective that describes the person a name names ("a tearful | Kwon", "an
emotional | Ra", "a smiling | Kim"), not a noun a relative clause describes."""


def _relative_subject(toks: list[Token], first: int, floor: int, mention: Mention) -> bool:
    """Round 78: True when ``mention``, starting at ``toks[first]``, opens a relative clause
    after an indefinite noun: "a practice | Bae called "..."" (Bae speaks), "a figure |
    unions have called", "one | officials called" (the pronoun "one" is the noun)."""
    w = first - 1
    if mention.kind == "role":
        if not mention.plural or w < floor:
            return False
        return toks[w].lower == "one" or (
            w - 1 >= floor and toks[w].text.islower() and toks[w - 1].lower in _SINGULAR_ARTICLES
        )
    return (
        mention.kind == "name"
        and w - 1 >= floor
        and toks[w].text.islower()
        and toks[w - 1].lower in _INDEFINITE
        and _no_title_after(toks, w, floor)
    )


def _document_issuer(toks: list[Token], i: int, mention: Mention) -> bool:
    """Round 78: True when the phrase at ``toks[i]`` is an indefinite document whose
    relative clause ``mention`` (a name) opens: '"...," read | a statement Oh released':
    the name put the words out, "a statement" alone names no one."""
    if mention.kind != "name" or toks[i].lower not in _INDEFINITE:
        return False
    first = bisect_right(toks, mention.start, key=_start) - 1
    return first == i + 2 and toks[i + 1].lower in DOCUMENTS


_SIDE_WORDS = frozenset(("outside", "inside"))
"""Prepositions that are also adjectives of a post ("outside director", "outside hitter",
"inside linebacker", "outside counsel")."""


def _side_of_title(toks: list[Token], k: int, i: int, j: int, floor: int) -> bool:
    """True when "outside" or "inside" at ``k - 1`` is an adjective of the title word at
    ``k`` before the name at ``i``..``j`` (round 58), not a preposition whose object is the
    titled name: what stands before it opens a noun phrase (nothing, a capitalised word, a
    determiner, a possessive, a qualifier, an age, a hyphenated epithet: "Veteran outside
    hitter NAME", "the club's outside hitter NAME"), and the name owns nothing ("gathered
    outside director NAME's office" is a place)."""
    if not toks[k].text.islower() or not _person_title(toks[k]) or k != i - 1:
        return False
    if toks[j].lower.endswith(("'s", "’s")) or (
        j + 1 < len(toks) and toks[j + 1].lower in ("'s", "’s")
    ):
        return False
    if k - 2 < floor:
        return True
    before = toks[k - 2]
    if before.kind != WORD:
        return before.text == ","
    low = before.lower
    return (
        before.capitalised
        or low in DETERMINERS
        or low.endswith(("'s", "’s"))
        or low in TITLE_MODIFIERS
        or AGE.match(low) is not None
        or "-" in low
    )


_OWNERS = frozenset(("his", "her", "their", "its", "our", "my"))


def _owned(toks: list[Token], k: int, floor: int) -> bool:
    """True when the lowercase noun at ``k``, right before a name, follows a possessive
    determiner, with at most two lowercase words between: "Her co-star | Bang", "his running
    mate | Ko" (a relation, whatever the noun; "met | Kim" has no owner)."""
    return _led_by(toks, k, floor, _OWNERS)


def _led_by(toks: list[Token], k: int, floor: int, words: frozenset[str]) -> bool:
    """True when one of ``words`` stands before the noun at ``k`` with at most two lowercase
    words between (:func:`_owned`'s owner, round 346's determiner)."""
    for m in range(k - 1, max(floor, k - 3) - 1, -1):
        if toks[m].lower in words:
            return True
        if toks[m].kind != WORD or not toks[m].text.islower():
            return False
    return False


def _subject_verb(toks: list[Token], w: int, floor: int) -> bool:
    """Round 165: True when the lowercase past form at ``w`` follows its subject, a name or a
    subject pronoun (an adverb may stand between), so it is the clause's verb and the name
    after it its object: "When producer Ahn Seo-jin first | handed actor Bo Ra-mi the
    script", "she | thanked director Mo". A participle that describes a name's title follows
    an article, a comma or a possessive instead ("the acclaimed actor", "Busan's celebrated
    chef"): a verb is never part of a speaker's name."""
    word = toks[w]
    if not (word.text.islower() and word.lower[-2:] == "ed") or word.lower in TITLE_MODIFIERS:
        return False
    k = w - 1
    if k >= floor and toks[k].text.islower() and _clause_adverb(toks[k].lower):
        k -= 1
    if k < floor:
        return False
    before = toks[k]
    if before.lower in ("he", "she", "they", "i", "we"):
        return True
    if before.kind != WORD or not before.capitalised or _possessive(before):
        return False
    # a name's last word, not a sentence's first: "Ahn | handed", not "Retired | general"
    return k - 1 >= floor and toks[k - 1].capitalised and toks[k - 1].kind == WORD


def _clause_adverb(low: str) -> bool:
    """An adverb that stands between a subject and its verb ("Ahn first handed", "she
    later thanked")."""
    return low in _CLAUSE_ADVERBS or (low[-2:] == "ly" and len(low) > 4)


_CLAUSE_ADVERBS = wordset("first then later also once never soon just already still")


def _ends_title(prev: Token, first: Token, org: bool) -> bool:
    """True when the lowercase ``prev`` cannot stand before ``first``, the first word of a
    title: a qualifier comes first ("beating | former deputy mayor"), an irregular past is a
    verb ("met | Prime Minister Ishiba"), and a participle describes a lowercase title noun
    or an organisation only ("embattled CEO", "the ruling People's Party"; "beating | floor
    leader", "visited | President Moon")."""
    low = prev.lower
    if first.lower in PAST_QUALIFIERS or first.lower in PRESENT_QUALIFIERS:
        return not low.endswith("'s")
    if low in IRREGULAR_PAST:
        return True
    if not (low[-3:] == "ing" or low[-2:] == "ed") or low in TITLE_MODIFIERS:
        return False
    return not org if first.capitalised else not is_title(first)


def _determiner(toks: list[Token], first: int, floor: int) -> str:
    prev = toks[first - 1] if first - 1 >= floor else None
    if prev is not None and prev.lower in DETERMINERS and prev.lower != "that":
        return prev.lower
    return ""


def _name_role(title_toks: list[Token], name_toks: list[Token], org: bool) -> str:
    """The role a title gives ("Foreign Minister" -> minister), or an organisation's head
    noun ("Ministry of Unification" -> ministry)."""
    if org:
        for t in reversed(name_toks):  # a loop, not next() over a generator (hot)
            role = role_of(t.lower)
            if role in ORG_ROLES:
                return role
        return ""
    for t in reversed(title_toks):  # the last role noun: a loop, no list (hot)
        if t.lower in ROLE_NOUNS:
            return ROLE_NOUNS[t.lower]
    head = title_toks[-1] if title_toks else None
    return singular(head.lower) if head is not None and is_title_shaped(head) else ""


def _is_org(name_toks: list[Token]) -> bool:
    lows = list(map(_lower, name_toks))  # (a few words: cheaper than a comprehension's frame)
    if not _ORG_WORDS.isdisjoint(lows):
        return True  # a head noun ("Agency"), or a name with "of" or "for" in it
    if len(name_toks) == 1 and len(name_toks[0].text) >= 2 and name_toks[0].text.isupper():
        return name_toks[0].text != "U.S."  # an acronym: KCNA, JCS, BOK
    # (the words joined only when few enough to be one of the Koreas, or a capital of two or
    # three words: "San Salvador", round 133)
    if lows[-1] in PLACES or _owned_place(lows[-1]):
        return True
    if len(lows) == 1 or len(lows) > 3:
        return False
    joined = " ".join(lows)
    return joined in _KOREAS or joined in PLACES


def _owned_place(low: str) -> bool:
    """Round 187: a capital or country with its possessive "'s" is still a body: "rejected
    Vientiane's claim that the dam was "safe"" quotes Laos's government, as "Vientiane said"
    does (the name is shown without the "'s", so it maps to its country in the same way)."""
    return low[-2:] in ("'s", "\u2019s") and low[:-2] in CAPITALS


_ORG_WORDS = ORG_HEADS | {"of", "for"}
"""Words that make a capitalised run a body's name: one set, one pass over the run."""
_KOREAS = frozenset(("north korea", "south korea", "north", "south"))


def _open_role(text: str, toks: list[Token], j: int, floor: int) -> tuple[Mention, int] | None:
    """A noun no list knows, heading a phrase with a determiner at the start of a clause:
    "the potter", "another beekeeper" (read only next to a reporting verb, where the
    phrase must name whoever speaks)."""
    # (the possessive tested inline first: a call for every phrase otherwise)
    owned = (
        j > floor
        and (toks[j - 1].lower.endswith(OWNED) or toks[j - 1].text.islower())
        and _owned_noun(toks, j, floor)
    )
    if not owned and not is_head_noun(toks[j]):
        return None
    found = _role_phrase(text, toks, j, floor, singular(toks[j].lower))
    if found is None:
        return None
    if (
        not owned
        and not found[0].determiner
        and not (found[0].plural and _opens_clause(toks, found[1], floor))
    ):
        return None  # but a plural may open a sentence bare: "Small distillers have urged"
    before = toks[found[1] - 1] if found[1] > floor else None
    if before is not None and before.lower == "that" and _reported_that(toks, found[1] - 1, floor):
        # round 297: "said that | the campaign suggests", as "said | the campaign": an
        # unknown noun opening a reported clause speaks only before "told" (round 173)
        return found if found[0].determiner and _told_next(toks, j) else None
    if before is None or before.kind != WORD or before.lower in CLAUSE_OPENERS:
        return found
    if before.lower in _SAID and found[0].determiner and _told_next(toks, j):
        return found  # round 173: 'NAME said | a man | told her': the reported clause's subject
    if before.lower == "with" and _participle_next(toks, j):
        return found  # round 11: "with | its sponsor | calling": the participle's subject
    return None  # "across | the entrance", "attended | the session": an object


_TELLS = wordset("told tells telling")
"""Round 297: verbs of saying whose object stands before the "that" of what they report."""


def _reported_that(toks: list[Token], t: int, floor: int) -> bool:
    """Round 297: True when the "that" at ``t`` opens what a verb of saying reports: right
    after the verb ("said that", "adding that") or after its object ("told Yonhap that")."""
    if t - 1 >= floor and toks[t - 1].lower in REPORTING_VERBS:
        return True
    return t - 2 >= floor and toks[t - 2].lower in _TELLS and toks[t - 1].kind == WORD


_SAID = wordset("said says")
"""Round 173: verbs whose object is a clause: a phrase right after one, before "told", is
that clause's subject ("NAME said | another diver | told her"), no object."""
_TOLD_REACH = 3  # round 173: "a man | once told", "a man | had once told"


def _told_next(toks: list[Token], j: int) -> bool:
    """Round 173: True when "told" follows the noun at ``j`` within a few lowercase words
    (an adverb, an auxiliary): 'NAME said a guard had once told him the gate was "..."' gives
    the guard's words, reported by NAME; other verbs there ("said two sailors had asked for
    ... that it was "..."") leave the words NAME's own."""
    for k in range(j + 1, min(j + 1 + _TOLD_REACH, len(toks))):
        if toks[k].lower == "told":
            return True
        if toks[k].kind != WORD or not toks[k].text.islower():
            return False
    return False


_AUTHORED = wordset(
    "book memoir autobiography diary tweet column essay speech testimony blog email e-mail memo"
)
"""Round 40: what the owner wrote or said: "Kim's memoir says" keeps Kim, its author."""


def _owned_noun(toks: list[Token], j: int, floor: int) -> bool:
    """Round 40: True when ``toks[j]`` is a lowercase noun right after a capitalised
    possessive ("Ryeo Jin-u's | family", "Kang's | campaign"): the possessive is its
    determiner, so the noun heads the phrase whatever its shape ("family" ends like an
    adverb, "label" is also a verb), and the owner is not who speaks. Only right before a
    speech verb ("Kang's campaign said"): elsewhere the possessive may be the only mention
    of its owner ("When Kang's brand sold ...")."""
    if j <= floor or j + 1 >= len(toks) or toks[j + 1].lower not in SPEECH_VERBS:
        return False
    tok, owner = toks[j], toks[j - 1]
    if _noun_modifier(owner) and j - 2 >= floor and _country_owner(toks[j - 2]):
        owner = toks[j - 2]  # round 194: "Japan's | coast | guard said": the guard speaks
    return (
        tok.kind == WORD
        and tok.text.isalpha()
        and tok.text.islower()
        and (tok.lower not in REPORTING_VERBS or tok.lower in LABEL_VERBS)  # "label", "brand"
        and tok.lower not in _AUTHORED
        and owner.capitalised
        and owner.lower.endswith(OWNED)
    )


def _country_owner(tok: Token) -> bool:
    """Round 194: a country's or a capital's possessive ("Norway's", "Korea's", "Oslo's"):
    a state owning the body named after it. (A firm's "foundry unit" stays the firm's: round
    40.)"""
    low = tok.lower
    if low[-2:] not in OWNED:
        return False
    return names_a_state(low[:-2])


def _noun_modifier(tok: Token) -> bool:
    """Round 194: a lowercase word that may modify the noun after it between an owner and
    that noun ("Norway's | coast | guard said", "Ruritania's | border | police said",
    invented): a plain word, no verb of saying, no adverb, no word that closes a phrase. A
    body named by two words after its country's possessive speaks as itself; read without
    its modifier the possessive alone stood as the speaker, the country for its body."""
    low = tok.lower
    return (
        tok.kind == WORD
        and tok.text.isalpha()
        and tok.text.islower()
        and low not in REPORTING_VERBS
        and low not in PHRASE_BOUNDARIES
        and low[-2:] != "ly"
    )


def _participle_next(toks: list[Token], j: int) -> bool:
    """True when an "-ing" verb follows the phrase ending at ``j``: "with | its sponsor |
    calling", a subject of its own (round 11)."""
    return j + 1 < len(toks) and toks[j + 1].text.islower() and toks[j + 1].lower[-3:] == "ing"


def _opens_clause(toks: list[Token], first: int, floor: int) -> bool:
    """True when ``toks[first]`` opens a sentence or the clause after a comma: a bare plural
    subject ("Small distillers have urged", '"...," investigators said')."""
    return first == floor or toks[first - 1].text == ","


def document_phrase(text: str, toks: list[Token], j: int, floor: int) -> Mention | None:
    """The document noun at ``j`` with its modifiers, not the verb before them: "held |
    banners", "an | announcement"."""
    found = _role_phrase(text, toks, j, floor)
    if found is None:
        return None
    mention, k = found
    # a particle belongs to the verb before it: "held up | signs", "hung out | banners"
    # (round 220: not a capitalised word, "an | LED | banner": an acronym, no "led")
    verbs = [
        i
        for i in range(k, j)
        if (_verb_shaped(toks[i]) and not toks[i].capitalised)
        or toks[i].lower in _PARTICLES
        or toks[i].lower in _HOLDING  # round 352: "the courthouse holding | placards"
    ]
    if verbs:
        k = verbs[-1] + 1
        mention.start, mention.determiner = toks[k].start, ""
        mention.text = text[mention.start : mention.end]
        mention.modifiers = tuple(t.lower for t in toks[k:j])
    return mention


_PARTICLES = frozenset(("up", "out", "aloft", "high", "down", "off"))
_HOLDING = wordset("holding carrying waving raising bearing hoisting brandishing unfurling")
"""Round 352: participles of holding a document up ('gathered outside the courthouse holding
placards that read "..."' showed "the courthouse holding placards" as the speaker)."""


def _lowered(words: list[Token]) -> tuple[str, ...]:
    """The lowered ``words`` but determiners: the modifiers of a role noun."""
    kept = []
    for tok in words:  # (a loop: a generator resumes a frame per word)
        if tok.lower not in DETERMINERS:
            kept.append(tok.lower)
    return tuple(kept)


def _ruling_adjective(toks: list[Token], j: int) -> bool:
    """True when "ruling" at ``j`` modifies what follows ("the ruling party", "the ruling
    Democratic Party", "the ruling and opposition parties"): a noun only before a verb, a
    mark or a preposition ("The ruling called the ban ...", "in its ruling, the court")."""
    if j + 1 >= len(toks):
        return False
    after = toks[j + 1]
    return after.kind == WORD and (
        after.lower in ("and", "or", "bloc", "camp")
        or after.capitalised
        or bool(role_of(after.lower))
    )


_ED_NOUNS = wordset("bed red shed sled seed feed weed reed speed breed hundred")
"""Round 237: words ending in "-ed" that are no past tense ("A medical bed | maker", "a seed |
company"): a modifier of the noun after them."""


def _verb_shaped(tok: Token) -> bool:
    return tok.lower in IRREGULAR_PAST or tok.lower[-2:] == "ed"


def _role_phrase(
    text: str, toks: list[Token], j: int, floor: int, role: str = ""
) -> tuple[Mention, int] | None:
    """A role noun with its modifiers and determiner: "a senior official", "the ministry"."""
    head = toks[j]
    if head.lower == "ruling" and _ruling_adjective(toks, j):
        return None  # round 80: "the ruling | party", "The ruling and opposition parties"
    k = j
    bracket = -1  # the ")" of an acronym after an owner: "Party's (DP) | floor leader"
    # (its tokens stay among the modifiers: "(", "dp", ")" describe no other holder)
    reach = _MAX_MODIFIERS
    while k - 1 >= floor and j - k < reach:
        if is_modifier(toks[k - 1]):
            if (
                toks[k - 1].lower.endswith("ed")
                and toks[k - 1].lower not in _ED_NOUNS
                and _past_object(toks, k - 1, j, floor)
            ):
                break  # "The delay angered | commuters": a verb, not a modifier
            k -= 1
        elif toks[k - 1].lower in _ORDINALS and _owned_ordinal(toks, k - 1, floor):
            k -= 1  # round 72: "its | first | minister", "the agency's | first | director"
        elif (k < j or _picked_from(toks, k - 1, floor)) and _owned_count(toks, k - 1, floor):
            k -= 1  # round 196: "the city's | three | biggest mills", "its | four | largest"
            # (round 322: and "one of the | four | banks")
        elif bracket < 0 and _owner_acronym(toks, k - 1, floor):
            bracket = k - 1
            k -= 3
            reach += 3  # (the bracket's three tokens are no modifiers)
        else:
            break
    if k < j and toks[k].lower in _MULTIPLIERS and k - 1 >= floor and _counts(toks[k - 1]):
        k -= 1  # round 78: "several | hundred workers", "a few | thousand fans": one count
    elif k < j and toks[k].lower[-3:] == "ing" and _object_participle(toks, k, j):
        k += 1  # round 78: ", holding | placards": the participle's object, no description
    determiner = _determiner(toks, k, floor)
    if determiner in _SINGULAR_ARTICLES and _disagreeing(toks, k, j):
        k, determiner = j, ""  # round 78: "a figure | unions have called", "one | officials"
    k -= bool(determiner)
    role = role or role_of(head.lower)
    if k < j and toks[j - 1].lower == "chief" and role in _CHIEF:
        role = _CHIEF[role]  # "the firm's chief executive" is its CEO
    start, end = toks[k].start, head.end
    modifiers = _lowered(toks[k:j]) if k < j else ()  # (a bare noun: no generator)
    plural = head.lower != role and head.lower[-1:] == "s"
    span, org = text[start:end], role in ORG_ROLES
    if role == "tank" and modifiers[-1:] == ("think",):
        org = True  # round 227: "a state think tank" is a body (not a "fuel tank")
    fields = (start, end, "role", span, "", "", role, modifiers, determiner, plural, org, "")
    return _made(fields), k


_ORDINALS = frozenset(("first", "second", "third"))
_MULTIPLIERS = wordset("hundred thousand million dozen")
_COUNT_WORDS = wordset(
    "several few many some two three four five six seven eight nine ten twenty thirty forty"
    " fifty sixty seventy eighty ninety hundred thousand million billion dozen estimated"
    " additional record couple handful number lot host total further extra mere whole"
)
_SINGULAR_ARTICLES = wordset("a an one")


def _counts(tok: Token) -> bool:
    """A word that counts the noun after it: "several", "two", "300" (round 78)."""
    return tok.lower in _COUNT_WORDS or tok.text[:1].isdigit()


def _disagreeing(toks: list[Token], k: int, j: int) -> bool:
    """Round 78: True when the plural role noun at ``j`` cannot take the singular article
    before ``toks[k]``: "a figure | unions have called "..."", "one | officials called":
    the article goes with the one noun between (or is the pronoun "one"), which the
    relative clause the plural opens describes, its verb right after the plural. Not after
    a count, "a few fans", "a dozen workers", "a record 1.2 million visitors", nor before
    an adjective ("a senior officials" is a slip, not a clause)."""
    head = toks[j].lower
    if head[-1:] != "s" or role_of(head) == head or j - k > 1:
        return False
    if j + 1 >= len(toks) or toks[j + 1].kind != WORD or not toks[j + 1].text.islower():
        return False  # the clause's verb: "unions | have called", "officials | called"
    if k == j:
        return toks[k - 1].lower == "one"
    noun = toks[k]
    return (
        noun.text.islower()
        and noun.lower[-1:] != "s"
        and not _counts(noun)
        and not noun.lower.endswith(_ADJECTIVE_ENDINGS)
    )


def _object_participle(toks: list[Token], k: int, j: int) -> bool:
    """Round 78: True when the "-ing" word at ``k`` opening a role phrase is a verb whose
    object the phrase's noun, a document, is: ", holding placards that read", "waving
    signs" (a person's "striking workers", "presiding judge" keep theirs)."""
    word = toks[k]
    if not _participle(word) or word.lower in TITLE_MODIFIERS:
        return False
    return role_of(toks[j].lower) in DOCUMENTS


def _owned_ordinal(toks: list[Token], i: int, floor: int) -> bool:
    """Round 72: True when the ordinal at ``i`` follows an owner ("its", "the agency's"), so
    it describes the role noun after it ("with its first minister promising "...""): the
    phrase is the holder of that role, not the owner, whom the lede then names next.
    Not a bare "first" ("who first said", "the first to say"), which is an adverb or a
    pronoun."""
    if i - 1 < floor:
        return False
    owner = toks[i - 1].lower
    return owner in _OWNERS or owner.endswith(OWNED)


_CARDINALS = (NUMBER_WORDS - wordset("one")) | wordset("dozen")


def _owned_count(toks: list[Token], i: int, floor: int) -> bool:
    """Round 196: True when the cardinal at ``i`` follows an owner ("its", "the city's") or
    "the", and an adjective stands between it and the role noun ("a clerk at one of the
    city's | three | biggest mills"): the count picks the holders out as the ordinal of
    round 72 does, so it belongs to the phrase. Stopping at it left "biggest mills" a
    subject of its own, a fragment shown as the speaker. A bare count before the noun
    ("Kim's three sons"), or before a role noun ("the two leaders each"), is left as it was."""
    if i - 1 < floor or not (toks[i].lower in _CARDINALS or toks[i].text.isdigit()):
        return False
    if i + 1 < len(toks) and role_of(toks[i + 1].lower) and not _picked_from(toks, i, floor):
        return False  # "the two | leaders | each": the count's own noun, no adjective
    owner = toks[i - 1].lower
    return owner == "the" or owner in _OWNERS or owner.endswith(OWNED)


def _picked_from(toks: list[Token], i: int, floor: int) -> bool:
    """Round 322: True when the count at ``i`` is in the object of a partitive ("one of the |
    four | banks", "each of its | three | firms"): the count and its noun are the group one
    is picked from, so they stay in the phrase ("said an official at one of the four banks"
    was shown as "an official")."""
    return i - 3 >= floor and toks[i - 2].lower == "of" and toks[i - 3].lower in _PARTITIVES


def _past_object(toks: list[Token], i: int, j: int, floor: int) -> bool:
    """True when the words after the "-ed" word at ``i`` up to the role noun at ``j`` are a
    common noun phrase, its object ("angered | local commuters"). A name among them keeps
    the verb in the phrase: "named Gu Ha-jin ambassador" is read as the appointment."""
    return _past_between(toks, i, floor) and all(t.text.islower() for t in toks[i + 1 : j])


def _past_between(toks: list[Token], i: int, floor: int) -> bool:
    """True when the "-ed" word at ``i`` is a past tense between its subject and the role
    noun, its object ("The delay angered commuters"), not a participle describing the noun:
    after a determiner, an adverb, a number, a possessive or a hyphenated word ("the retired
    teachers", "the newly elected lawmakers", "two injured workers", "the party's elected
    members", "state-appointed doctors") it describes."""
    prev = toks[i - 1] if i - 1 >= floor else None
    if prev is None or prev.kind != WORD:
        return False
    low = prev.lower
    return not (
        low in DETERMINERS
        or low in _DESCRIBING_BEFORE
        or low.endswith(("ly", "'s", "’s", "s'"))
        or "-" in low
        or low[:1].isdigit()
    )


_DESCRIBING_BEFORE = wordset(
    "most more less least very so too well best better worst highly fully partly newly"
    " four five six seven eight nine ten dozen dozens hundreds thousands many few several"
    " some all both other such these those our your my"
)
"""Words before a participle that leave it describing the noun ("the most talented
players", "several injured workers")."""


def _owner_acronym(toks: list[Token], close: int, floor: int) -> bool:
    """True when ``toks[close]`` closes a bracketed acronym after a possessive name: "The
    ruling Democratic Party's (DP) | floor leader" (round 10)."""
    if close - 3 < floor or toks[close].text != ")" or toks[close - 2].text != "(":
        return False
    return toks[close - 1].text.isupper() and toks[close - 3].lower.endswith(("'s", "’s"))


# --- phrases read left to right ----------------------------------------------------------------


def phrase_after(
    text: str,
    toks: list[Token],
    i: int,
    *,
    follow: bool = True,
    open_role: bool = False,
    inverted: bool = False,
) -> Mention | None:
    """The phrase starting at token ``i`` (after an inverted verb, "according to", or at the
    start of a sentence), with what follows a comma: an appositive ("said Lee, a senior
    official.") or the name of a role ("according to the group's lawyer, Yoo Bo-ra").

    The phrase runs to the first punctuation or boundary word; the longest stretch that parses
    wins ("said Kim | at a briefing"). ``follow`` is False for the phrase after "by" or
    "surnamed", so garbage like "a statement by a statement by ..." stops after one step.
    ``inverted`` is True after an inverted reporting verb ("said Kim"), where a phrase of
    place or manner after a person's name ends the phrase ("said Kim | at a briefing").
    """
    stop = i + _MAX_NAME + _MAX_MODIFIERS + 4
    stop = stop if stop < len(toks) else len(toks)  # (not min(): a builtin call costs more)
    end = i
    named_of = False  # inside "Ministry of ...", where "and" and commas continue the name
    while end < stop:
        tok = toks[end]
        if tok.kind != WORD and not (named_of and tok.text == ","):
            if end > i and _acronym_then_title(toks, end):
                end += 3  # "said Korea ... Agency | (KDCA) | Commissioner Yoo": one phrase
                stop = stop + 3 if stop + 3 < len(toks) else len(toks)
                continue
            break
        low = tok.lower  # (a word or a comma here: ``lower`` alone tells the words apart)
        if not named_of and (low == "of" or low == "for") and end > i:
            # "Ministry of ...", not "Han Bo-ra | of the agency": a person's
            named_of = toks[end - 1].capitalised and not _given(toks[end - 1])
        elif not named_of and low == "on" and end > i and toks[end - 1].lower in _ON_HEADS:
            named_of = toks[end - 1].capitalised  # round 57: "Committee on X and Y"
        if low == "and" and _capital_next(toks, end) and (named_of or _org_ahead(toks, end + 1)):
            end += 1  # "Ministry of Trade, Industry and Energy", "... and Safety Agency"
            continue
        if low == "and" and _joined_titles(toks, i, end):
            end += 1  # round 351: "said co-founder | and | CEO Byeon Ji-an": one person
            continue
        if low in _DOCUMENT_VERBS and _article_run(toks, i, end):
            end += 1  # round 340: "according to a safety | report": the noun, no verb
            break
        if low in _PHRASE_STOPS:  # (one test for every word read: few words are in it)
            # the words that end a phrase, unless a title goes on ("Secretary of | State")
            if (
                low in _PHRASE_ENDS
                and not (
                    (tok.capitalised or low == "to")
                    and (end > i or inverted)
                    and _title_goes_on(toks, end, i)
                )
                and not (end > i and _owned_modifier(toks, end))
            ):
                break
            if end > i and _scene_follows(toks, i, end):
                break  # round 39: "said Kim | at a press conference", "the ministry | in a"
        # (the verb test needs a capital before a lowercase word: most words fail it first)
        if end > i and toks[end - 1].capitalised:
            if (
                _verb_after_name(toks[end - 1], tok)
                and not _article_modifier(toks, i, end)
                and not _object_article_modifier(toks, i, end)
            ):
                if _nationality_modifies(toks, i, end):
                    return None
                if _place_body_ahead(toks, i, end):
                    # round 246: "said an official at the Busan | city government" (and room
                    # for the rest of the body's name: "... provincial government's division")
                    end += 1
                    stop = stop + 3 if stop + 3 < len(toks) else len(toks)
                    continue
                if not _body_named_by_place(toks, i, end):
                    break
                open_role = True  # round 161: a body noun no role list knows heads it
            if low in _PLURAL_ROLES and _plural_verb(toks, end):
                break  # round 128: "NAME | heads the committee": a verb, no role "NAME heads"
        if tok.text == "," and not _capital_next(toks, end):
            break
        end += 1
    for cut in range(end, i, -1):
        if not _may_end_phrase(toks[cut - 1]) and not (
            toks[cut - 1].lower in _DOCUMENT_VERBS and _article_run(toks, i, cut - 1)
        ):
            continue
        mention = phrase_before(text, toks, cut - 1, i, 0, open_role)
        if mention is not None and mention.start == toks[i].start:
            break
        if (
            cut == end
            and mention is not None
            and mention.kind == "name"
            and (_titled_name(toks, i, mention) or _named_after_acronym(toks, i, mention))
        ):
            # "said Secretary of State | Marco Rubio", "said Democratic Party (DP) | floor
            # leader Kim": the name, as before the verb
            break
        if cut == end and mention is not None and _document_issuer(toks, i, mention):
            break  # round 78: 'read | a statement Oh released': Oh's words
    else:
        return None
    if cut == end - 1 and mention.kind == "name" and _numbered_name(toks, i, cut):
        _number_name(text, mention, toks[cut])  # round 180: "by | Rescue Line 112 |."
    after = bisect_right(toks, mention.end - 1, key=_start)  # first token past the phrase
    if mention.kind == "name" and _demonym_on_noun(toks, i, after):
        return None  # round 185: "the Korean | opera form": an adjective, no one named
    if mention.kind == "pronoun" or after + 1 >= len(toks):
        return mention
    if (
        follow
        and mention.kind == "role"
        and toks[after].lower in ("by", "who", "surnamed", "named")
    ):
        return _named_later(text, toks, mention, after) or mention
    if cut == end and toks[end].text == ",":
        if follow and mention.kind == "role" and toks[end + 1].lower == "who":
            # "said the owner of a shop, who asked to be identified only by her surname, Pyo"
            return _named_later(text, toks, mention, end + 1) or mention
        if follow and mention.kind == "role" and _age_then_who(toks, end):
            # round 130: "said the woman, 71, who gave her name only as Park": Park, 71
            named = _named_later(text, toks, mention, end + 3)
            if named is not None:
                named.age = named.age or toks[end + 1].text
                return named
        return _after_comma(text, toks, mention, end + 1)
    if cut == end and _bracket_then_comma(toks, end) and mention.kind == "name":
        return _after_comma(text, toks, mention, end + 4)  # "said Jang Eun-seo (장은서), vice ..."
    if cut == end and follow and _second_title_named(toks, mention, end):
        named = phrase_after(text, toks, end + 1, follow=False)
        if named is not None and named.kind == "name" and named.start == toks[end + 1].start:
            return named  # round 180: "by | party member | and | graphic designer NAME"
    if cut == end and follow and mention.kind == "role" and mention.determiner in KIN_OWNERS:
        comma = _second_role_end(toks, end)
        if comma > 0:  # round 12: "Her father and first coach, | Kang Min-gyu,"
            return _after_comma(text, toks, mention, comma + 1)
    return mention


_CONTRACTED = wordset("it's he's she's that's there's what's who's here's let's")
"""Words in "'s" that are a pronoun and "is" or "has" (or "us"), not a possessive."""


def owned_word(tok: Token) -> bool:
    """True when ``tok`` is a possessive, after which a word is a noun or an adjective, never
    a verb: "the North's | state media", "Kim's | stated aim" (not "he's | said", "has")."""
    low = tok.lower
    return low.endswith(OWNED) and low.replace("’", "'") not in _CONTRACTED


def _owned_modifier(toks: list[Token], k: int) -> bool:
    """Round 158: True when the reporting verb at ``k`` follows a possessive and goes on
    before a noun, so it is a noun's modifier, no verb ("Freedonia's state media showed",
    "the city's state broadcaster aired"): a possessive is followed by what it owns."""
    if not owned_word(toks[k - 1]):
        return False
    return k + 1 < len(toks) and toks[k + 1].kind == WORD and is_head_noun(toks[k + 1])


def _age_then_who(toks: list[Token], k: int) -> bool:
    """True when an age between commas and "who" follow the comma at ``k`` (", 71, who")."""
    return (
        k + 3 < len(toks)
        and toks[k + 1].text.isdigit()
        and toks[k + 2].text == ","
        and toks[k + 3].lower == "who"
    )


_SECOND_HOLDER = frozenset(("a", "an", "the", "his", "her", "their", "its", "one", "two"))


def _second_role_end(toks: list[Token], k: int) -> int:
    """The comma after a second role joined by "and" at ``k`` ("and first coach ,"): a
    role noun last, at most three lowercase words; else -1."""
    if toks[k].lower != "and":
        return -1
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].kind == WORD and toks[j].text.islower():
        if toks[j].lower in _SECOND_HOLDER:
            return -1  # "Her father and a neighbor, Kang": Kang may be the neighbor alone
        j += 1
    if j == k + 1 or j + 1 >= len(toks) or toks[j].text != ",":
        return -1
    return j if toks[j - 1].lower in ROLE_NOUNS else -1


_SCENE_PREPOSITIONS = frozenset(("at", "in", "on", "over", "via", "through"))
_SCENE_OPENERS = frozenset(("a", "an", "his", "her", "its", "their", "our", "this"))


def _scene_follows(toks: list[Token], i: int, k: int) -> bool:
    """True when the preposition at ``toks[k]``, in a phrase read from ``toks[i]`` after an
    inverted verb, opens the place or occasion of the speech, not a part of the speaker:
    after a capitalised word any object but a capitalised one ("said Kim | at a briefing",
    "| in parliament", "| at the forum"; not "at Hana Securities", "at the Korea
    Institute", "in Seoul"); after a phrase opened by "the", an object opened by "a" or a
    possessive ("said the ministry | in a statement"; not "said a resident in Mokpo"). Only
    after a word: a verb or "according to", not a sentence's start."""
    if k + 1 >= len(toks) or i == 0 or toks[i - 1].kind != WORD:
        return False  # (not a sentence's first phrase: "Guides in the region say")
    nxt = toks[k + 1]
    if nxt.kind != WORD or nxt.capitalised:
        return False
    if toks[k - 1].capitalised:
        return not (nxt.lower == "the" and k + 2 < len(toks) and toks[k + 2].capitalised)
    return toks[i].lower == "the" and nxt.lower in _SCENE_OPENERS


_TITLE_LINKS = frozenset(("of", "to", "for", "and"))
_SETTING_PREPOSITIONS = frozenset(("at", "in", "on"))
_SETTING_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "its", "their"))


def setting_after(toks: list[Token], k: int) -> bool:
    """True when ``toks[k]`` is "at", "in" or "on" after a capitalised name and starts a
    phrase whose object is a common noun ("Kim Ha-eun | at a briefing", "in a statement", "at
    the site"): after "said NAME" it tells where or how the words were said, so the phrase
    ends before it. A capitalised object ("at Korea University", "at the Korea Transport
    Institute") may be where the person works and stays in the phrase; a capitalised word
    before the common noun does not make one ("in a Facebook post")."""
    if k < 1 or k + 2 >= len(toks) or not toks[k - 1].capitalised:
        return False
    if toks[k].lower not in _SETTING_PREPOSITIONS:
        return False
    if toks[k + 1].lower not in _SETTING_DETERMINERS:
        return False
    j = k + 2  # the object's last word: "a Facebook | post", "the Korea Transport | Institute"
    while j + 1 < len(toks) and j - k < 6 and _object_goes_on(toks[j + 1]):
        j += 1
    return toks[j].kind == WORD and toks[j].text.islower()


def _object_goes_on(tok: Token) -> bool:
    low = tok.lower
    return tok.kind == WORD and low not in PHRASE_BOUNDARIES and low not in _OBJECT_PREPOSITIONS


def _title_goes_on(toks: list[Token], k: int, i: int) -> bool:
    """True when the boundary word ``toks[k]`` (the phrase starts at ``i``) is part of a
    capitalised title or name, not the end of the phrase: "Secretary of | State" (a capital
    after "of" is no verb), "U.S. | State Department" (a capitalised reporting verb before a
    capital), "Ambassador | to South Korea" ("to" and a capital after a title word)."""
    tok = toks[k]
    if tok.capitalised:
        if k > i and toks[k - 1].lower == "of":
            return True
        return tok.lower not in PHRASE_BOUNDARIES and _capital_next(toks, k)
    prev = toks[k - 1]
    if tok.lower != "to":
        return False
    if _role_to_holder(toks, k):
        return True  # round 220: "An aide | to a ruling party lawmaker": whose aide
    return (
        prev.capitalised
        and (is_title(prev) or prev.lower in _TO_HEADS)  # round 73: "Delegation | to Korea"
        and _capital_next(toks, k)
    )


_HOLDER_OPENERS = frozenset(("a", "an", "the"))


def _role_to_holder(toks: list[Token], k: int) -> bool:
    """Round 220: True when the "to" at ``k`` follows a lowercase person role and
    opens an article's noun phrase ("an aide | to a ruling party lawmaker", "an adviser | to
    the mayor"): the role is held to someone, so the phrase is the whole noun phrase, not the
    role cut before its complement (a verb's "to" takes no article: "planned | to visit")."""
    prev = toks[k - 1]
    role = role_of(prev.lower)
    return (
        k + 1 < len(toks)
        and toks[k + 1].lower in _HOLDER_OPENERS
        and prev.text.islower()
        and role != ""
        and role not in ORG_ROLES
    )


_JOINED_TITLES = 3  # round 351: lowercase title words before "and" ("co-founder and")


def _joined_titles(toks: list[Token], i: int, k: int) -> bool:
    """Round 351: True when the "and" at ``k`` joins two titles of one person named right
    after the second: lowercase title words from ``toks[i]`` ("co-founder", "founder"), then
    a title ("CEO", "chairman") and a capitalised name within two words ('"...," said
    co-founder and CEO Byeon Ji-an': the quotation had no speaker, "co-founder and ..." read
    as two people)."""
    if not i < k <= i + _JOINED_TITLES or k + 2 >= len(toks):
        return False
    if not all(t.text.islower() and is_title(t) for t in toks[i:k]):
        return False
    if not is_title(toks[k + 1]):
        return False
    return any(is_name(t) and not is_title(t) for t in toks[k + 2 : k + 4])


def _titled_name(toks: list[Token], i: int, mention: Mention) -> bool:
    """True when ``mention`` is a person's name after capitalised words from ``toks[i]`` that
    hold a title word and "of", "to", "for" or "and": "Secretary of State | Marco Rubio", "British
    Minister of State | Clara Redfern". Read before the verb, the same words give
    the name; read after it, the phrase had to start at the title and stopped at "Secretary"."""
    if mention.kind != "name" or mention.org:
        return False
    k = i
    linked = titled = False
    while k < len(toks) and toks[k].start < mention.start:
        tok = toks[k]
        if tok.kind != WORD:
            return False
        if tok.lower in _TITLE_LINKS:
            linked = True
        elif not (tok.capitalised or (tok.text.islower() and is_title(tok))):
            return False  # (round 351: "co-founder and | CEO NAME": a lowercase title too)
        titled = titled or is_title(tok)
        k += 1
    return linked and titled and k < len(toks) and toks[k].start == mention.start


def _acronym_then_title(toks: list[Token], k: int) -> bool:
    """True when ``toks[k:k + 4]`` are a bracketed acronym after a capitalised name and a
    capitalised word after it ("Agency | ( KDCA ) Commissioner"), or a lowercase title and a
    name ("Party | ( DP ) floor leader Kim"). The title and the person
    come after the acronym, so the phrase after "said" must not stop at the bracket."""
    if k + 3 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return False
    acronym = toks[k + 1].text
    return (
        toks[k - 1].capitalised
        and toks[k + 3].kind == WORD
        and (toks[k + 3].capitalised or _lowercase_title_then_name(toks, k + 3))
        and len(acronym) > 1
        and acronym.isupper()
    )


def _named_after_acronym(toks: list[Token], i: int, mention: Mention) -> bool:
    """True when ``mention`` is a person's name (with its lowercase title) right after a
    body's bracketed acronym that follows ``toks[i]``: "Democratic Party (DP) | floor leader
    Kim" is Kim, as it is read before the verb."""
    if mention.kind != "name" or mention.org:
        return False
    k = bisect_right(toks, mention.start - 1, key=_start)  # the mention's first token
    return (
        k - 3 > i
        and toks[k - 1].text == ")"
        and toks[k - 3].text == "("
        and _acronym_then_title(toks, k - 3)
    )


def _lowercase_title_then_name(toks: list[Token], k: int) -> bool:
    """True when ``toks[k:]`` are at most three lowercase words ending with a title or role
    word and then a capitalised word: "(DP) | floor leader Kim", "(JCS) | spokesperson Col.
    Lee". A lowercase title after a body's acronym is that body's officer, named next."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].kind == WORD and toks[j].text.islower():
        j += 1
    return j > k and j < len(toks) and is_title(toks[j - 1]) and toks[j].capitalised


def _bracket_then_comma(toks: list[Token], k: int) -> bool:
    """True when ``toks[k:k + 4]`` are a one-word bracket and a comma: "(장은서) ,"."""
    return (
        k + 4 < len(toks)
        and toks[k].text == "("
        and toks[k + 2].text == ")"
        and toks[k + 3].text == ","
    )


def _numbered_name(toks: list[Token], i: int, k: int) -> bool:
    """Round 180: True when the number at ``k`` ends the phrase read from ``i`` right after
    two capitalised words that are no date ("a poll by Tenant Voice 365.", "Hotline Seoul
    24"): a body's name may end in a number, and an age or a year is set off by a comma or
    follows a month ("in March 2019"), so a bare number there is the name's last word.
    Round 220: one capitalised word will do when it opens the phrase ("Ledger 500 said")."""
    return (
        toks[k].text.isdigit()
        and k - 1 >= i
        and toks[k - 1].capitalised
        and toks[k - 1].lower not in CALENDAR
        and (k - 1 == i or (toks[k - 2].capitalised and toks[k - 2].lower not in CALENDAR))
    )


def _number_name(text: str, mention: Mention, number: Token) -> None:
    """Stretch the name ``mention`` over the ``number`` that ends it (round 180)."""
    mention.end = number.end
    mention.text = text[mention.start : number.end]
    mention.name = f"{mention.name} {number.text}"


def _second_title_named(toks: list[Token], mention: Mention, end: int) -> bool:
    """Round 180: True when the bare singular role ``mention`` (no determiner: a title, as
    before a name) stops at an "and" that opens a lowercase title ("by | union steward | and
    | ceramic artist NAME"): both titles are the named person's, so the phrase is the name
    after "and", not the first title alone (a role a later "she" would take)."""
    return (
        mention.kind == "role"
        and not mention.determiner
        and not mention.plural
        and end + 2 < len(toks)
        and toks[end].lower == "and"
        and toks[end + 1].kind == WORD
        and toks[end + 1].text.islower()
    )


def _named_later(text: str, toks: list[Token], mention: Mention, k: int) -> Mention | None:
    """The person behind a role phrase: "a statement by | Vice Minister Ri", "a shop owner
    surnamed | Kim", "a defector who gave only her surname, | Choi"."""
    if toks[k].lower in ("by", "surnamed", "named"):
        if toks[k].lower == "by" and mention.role not in DOCUMENTS:
            return None
        named = phrase_after(text, toks, k + 1, follow=False)
        if named is None or named.kind != "name" or named.org:
            return None
        if toks[k].lower != "by":  # "a shop owner surnamed Kim"
            named.appositive = mention.text
        return named
    stop = min(len(toks) - 2, k + 12)
    while k < stop and toks[k].kind == WORD:
        if toks[k].lower in KIN_OWNERS and _person_owned(toks, k + 1):
            return None  # round 197: "who asked that her son be identified by his name, NAME"
        if toks[k].lower in ("name", "surname"):
            given = _given_at(toks, k + 1)  # ", Choi"; "only as Moon"
            if given < 0:
                return None
            named = _head_phrase(text, toks, _name_end(toks, given), given)
            if named is not None and named.kind == "name" and named.start == toks[given].start:
                name_the_role(named, mention)
                return named
            return None
        k += 1
    return None


def _person_owned(toks: list[Token], k: int) -> bool:
    """Round 197: True when the word at ``k``, after "his", "her" or "their" in a relative
    clause that gives a name, is a person ("who asked that her son be identified only by
    his given name, Mi-rae"): the name given is that person's, not the speaker's ("who gave
    her name only as Moon" names the speaker: "name" is no person)."""
    return k < len(toks) and toks[k].kind == WORD and toks[k].lower in ROLE_NOUNS


def _given_at(toks: list[Token], k: int) -> int:
    """Where the name stands after "name" or "surname" at ``k - 1``: after a comma ("gave
    only her surname, | Choi") or after "as", "only" allowed before it ("gave her name only
    as | Moon"); -1 when nothing gives one."""
    if k + 1 < len(toks) and toks[k].lower == "only":
        k += 1
    if k + 1 < len(toks) and (toks[k].text == "," or toks[k].lower == "as"):
        return k + 1
    return -1


def _name_end(toks: list[Token], k: int) -> int:
    """Last token of the capitalised run starting at ``k``."""
    while k + 1 < len(toks) and is_name(toks[k + 1]):
        k += 1
    return k


def _after_comma(text: str, toks: list[Token], mention: Mention, i: int) -> Mention:
    inner = _appositive_after(toks, i)
    if not inner:
        return mention
    if len(inner) == 1 and i + 2 < len(toks) and toks[i + 1].text == ",":
        _aged(mention, inner[0])  # "said Maria Lopez, | 29, | a Spanish backpacker"
        if mention.age:
            return _after_comma(text, toks, mention, i + 2)
    if mention.kind == "role":
        if place_continues(toks, i - 1, inner):
            return mention  # round 231: "said a woman in Mapo-gu, | western Seoul"
        named = _head_phrase(text, toks, i + len(inner) - 1, i)
        if named is not None and named.kind == "name" and _named_inside(toks, named, i):
            named.start = inner[0].start  # "said the man, a 29-year-old surnamed Jeong"
        if named is not None and named.kind == "name" and named.start == inner[0].start:
            name_the_role(named, mention)
            return named
    if (
        mention.kind == "name"
        and appositive_ok(inner)
        and not _main_clause(toks, mention, i, inner)
    ):
        attach_appositive(mention, text, inner)
    return mention


_OPENING_PREPOSITIONS = wordset("for to like unlike with as")


def _main_clause(toks: list[Token], mention: Mention, i: int, inner: list[Token]) -> bool:
    """Round 349: True when ``mention`` is the object of a preposition opening its sentence
    and the words after its comma (``inner``, from ``i``) run to the sentence's end: they are
    the main clause, no description ('For Ha, | the clause shaped more than her love life.':
    the speaker was shown as "Ha Ye-bin, the clause shaped ...")."""
    end = i + len(inner)
    if end >= len(toks) or toks[end].text not in (".", "!", "?"):
        return False
    first = bisect_right(toks, mention.start, key=_start) - 1
    if first < 1 or toks[first - 1].lower not in _OPENING_PREPOSITIONS:
        return False
    before = toks[first - 2] if first >= 2 else None
    return before is None or before.text in (".", "!", "?") or before.kind == QUOTE


def _org_ahead(toks: list[Token], k: int) -> bool:
    """True when the capitalised run from ``k`` ends an organisation's name ("... and
    Inspection Agency"), so an "and" before it joins the name."""
    while k < len(toks) and toks[k].capitalised:
        if toks[k].lower in ORG_HEADS:
            return True
        k += 1
    return False


def _capital_next(toks: list[Token], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].capitalised


def _verb_after_name(prev: Token, tok: Token) -> bool:
    """True when the lowercase ``tok`` after the name ``prev`` must be a verb, not a title or
    modifier: "Prime Minister Jung Ho-seong | ordered" (but "Samsung Lions slugger", "North
    Korea's state media")."""
    if not (is_name(prev) and tok.text.islower()) or prev.lower[-2:] == "'s":
        return False
    low = tok.lower
    return not (
        is_title(tok) or low in TITLE_MODIFIERS or low in PREPOSITIONS or low in PLACE_NOUNS
    )


_PLURAL_ROLES = frozenset(w for w, r in ROLES.items() if w != r and w[-1:] == "s")
"""Plural role nouns ("heads", "chairs", "boards"): one lookup in :func:`phrase_after`."""
_VERB_OBJECT_OPENERS = wordset("the a an its his her their")
"""Determiners that open an object: a plural noun right before one is a verb ("heads the")."""
_NOT_OBJECT = wordset("next following same previous last first day week month year morning")
"""Words after a determiner that make a time phrase, not an object ("officials | the next day
said", "heads | a day later")."""


def _plural_verb(toks: list[Token], k: int) -> bool:
    """Round 128: the plural role noun at ``k`` (one of ``_PLURAL_ROLES``), right after a
    name, is a present-tense verb when a determiner follows it: "Kim Min-ho heads the
    committee", "NAME chairs the panel", "NAME boards the ferry" (a noun phrase "Kim Min-ho
    heads" never takes an object; a plural noun is followed by a verb or a preposition:
    "Samsung officials said", "Heads of state"). Not after a possessive ("NAME's chairs line
    the hall"), nor before a time phrase ("executives the next day said")."""
    if k + 2 >= len(toks) or toks[k - 1].lower[-2:] in ("'s", "’s"):
        return False
    det, noun = toks[k + 1], toks[k + 2]
    return (
        det.kind == WORD
        and det.text.islower()
        and det.lower in _VERB_OBJECT_OPENERS
        and noun.lower not in _NOT_OBJECT
        and noun.lower not in SPANS_OF_TIME
    )


def _demonym_on_noun(toks: list[Token], i: int, after: int) -> bool:
    """Round 185: True when the phrase from ``i`` to ``after`` is an article and a
    nationality alone and a lowercase noun follows ("the Mongolian | throat-singing style"):
    the nationality describes that noun, and names no one ("the Mongolian said" does: a verb
    follows, and "the Mongolian" is a person)."""
    if after != i + 2 or after >= len(toks) or toks[i].lower not in _SINGULAR_ARTICLES_THE:
        return False
    nxt = toks[after]
    return demonym_shaped(toks[i + 1].text) and nxt.text.islower() and is_head_noun(nxt)


_SINGULAR_ARTICLES_THE = frozenset(("the", "a", "an"))


def _nationality_modifies(toks: list[Token], i: int, end: int) -> bool:
    """Round 161: True when the capitalised words from ``i`` to ``end`` close on a nationality
    after a word that is no compass point ("Rusted Chinese | cargo ships ran aground") and
    only lowercase words follow to the verb: the nationality is an adjective on a noun no
    list knows and the capital opening the sentence is an adjective too, so the capitals name
    no one (a person a later "she" means, otherwise). Not before a name, where the lowercase
    words are a title ("Serbian outside hitter NAME", three words at most)."""
    if end - i < 2 or not demonym_shaped(toks[end - 1].text):
        return False
    if not all(toks[k].capitalised for k in range(i, end)):
        return False  # ("an official at a Japanese | brokerage": a phrase of its own)
    if not any(toks[k].lower not in _COMPASS for k in range(i, end - 1)):
        return False  # "North Korean | fishing boats": no word read as a name
    k = end
    while k < len(toks) and toks[k].kind == WORD and toks[k].text.islower():
        k += 1
    return k > end and not (k - end <= _TITLE_REACH and k < len(toks) and toks[k].capitalised)


_COMPASS = wordset("north south east west the a an")
_TITLE_REACH = 3  # "Serbian | outside hitter | NAME": a few lowercase words, then the name


_BODY_NAMED_ENDS = wordset(", said says which")
"""Round 161: what follows a body's phrase as the subject: a comma, "said", "which"."""


_BODY_PLACED = wordset("in on")
_CLAUSE_ADVERBS_BEFORE_VERB = wordset("also again later earlier separately further then")
"""Round 204: adverbs between a body's noun and its past tense ("The X board | also | said")."""


def _body_goes_on(toks: list[Token], k: int) -> bool:
    """Round 173: True when the body noun at ``k`` ("The Gimje | county office") is followed
    by a past tense or by "in"/"on" and a capitalised word ("in Jeolla Province", "on
    Monday"): 'The Gimje county office on Monday closed ...', 'The Gimje county office
    closed ...' open on the office, which the place only modifies. Round 204: past an
    adverb of the clause ("also", "again") before the past tense or "said" ('The Dorim
    water board also rejected ...'). Round 366: any finite verb, not only a past in "-ed"
    ('The Jeju provincial government is subsidizing ...', '... will build ...')."""
    if k + 2 < len(toks) and toks[k + 1].lower in _CLAUSE_ADVERBS_BEFORE_VERB:
        k += 1  # round 204: the adverb stands between the body and its verb
        if toks[k + 1].lower in ("said", "says"):
            return True
    after = toks[k + 1]
    if after.lower in _BODY_PLACED:
        return k + 2 < len(toks) and toks[k + 2].capitalised
    return after.text.islower() and _verb_form(after.lower)


def _place_body_ahead(toks: list[Token], i: int, end: int) -> bool:
    """Round 246: True when the lower-case word at ``end``, after a capitalised place, opens
    the rest of a body's name within two words ("Busan | city government", "South Jeolla |
    provincial government's ...") inside a role's phrase that a preposition ties to it ("an
    official at the ..."): the place names the body the official serves, no subject of a
    verb, so the phrase goes on (before a verb, the same words were read whole)."""
    j = end - 1
    while j > i and toks[j].capitalised:
        j -= 1  # the place's words: "Busan", "South Jeolla"
    if j - 1 <= i or toks[j].lower != "the" or toks[j - 1].lower not in _AT_BODY:
        return False
    for k in (end, end + 1):
        if k >= len(toks) or not toks[k].text.islower():
            return False
        if _unpossessed(toks[k].lower) in ORG_HEADS:
            return True
    return False


_AT_BODY = wordset("at in of for with from")
"""Round 246: prepositions that tie a role to the body it serves ("an official at the ...")."""


def _body_named_by_place(toks: list[Token], i: int, end: int) -> bool:
    """Round 161: True when "the" at ``i`` and one capitalised word (a place or a nationality)
    go on with at most one lowercase modifier and a lowercase body noun ("The Dalseong |
    growers cooperative, which ...", "The Yeoncheon | port authority said"), the last words
    of the phrase: the place only modifies the body that speaks (a verb after a name takes an
    object or an adverb, not a comma or "which" right after a body noun). Not after a longer
    capitalised run, which may be a company's own name ("The Hanul Food | workers' union"),
    a speaker of its own in the story."""
    if toks[i].lower != "the" or end != i + 2 or not toks[i + 1].capitalised:
        return False
    for k in (end, end + 1):
        if k + 1 >= len(toks) or not toks[k].text.islower():
            return False
        if toks[k].lower in ORG_HEADS:
            return toks[k + 1].lower in _BODY_NAMED_ENDS or _body_goes_on(toks, k)
        if toks[k].lower.endswith("ed"):
            return False
    return False


def _article_modifier(toks: list[Token], i: int, end: int) -> bool:
    """True when the capitalised words before ``end`` follow "a" or "an" at ``i`` and nothing
    else: "An Indonesian | defense official", "A Hanbit Bank | loan officer" (round 57). An
    indefinite article takes a head noun, which the capitalised words only modify, so the
    lowercase word after them goes on with the phrase, no verb (a name is seldom "a Kim")."""
    if toks[i].lower not in ("a", "an"):
        return False
    return all(toks[k].capitalised for k in range(i + 1, end))


def _object_article_modifier(toks: list[Token], i: int, end: int) -> bool:
    """Round 180: True when the capitalised words before ``end`` follow an "a" or "an" that
    opens a preposition's object inside the phrase ("a clerk at a Finnish | shipyard", "a
    driver for a Daeho Logistics | depot"): as in :func:`_article_modifier`, the capitals
    only modify the head noun after them, which goes on with the phrase, no verb."""
    k = end - 1
    while k > i and toks[k].capitalised:
        k -= 1
    return k > i + 1 and toks[k].lower in ("a", "an") and toks[k - 1].lower in PREPOSITIONS


_DOCUMENT_VERBS = wordset("report note post")
"""Round 340: verbs of saying that are also a document's noun: after an article and its
lower-case modifiers they head the phrase ("a feasibility report"), no verb."""


def _article_run(toks: list[Token], i: int, end: int) -> bool:
    """Round 340: True when the tokens from ``i`` to before ``end`` are "a" or "an" and
    lower-case words (a noun phrase's opening, its head still to come; not "the": 'responded
    to the report, but it ...' would make the report an antecedent of "it")."""
    if end <= i or toks[i].lower not in _RUN_ARTICLES:
        return False
    for k in range(i + 1, end):
        tok = toks[k]
        if tok.kind != WORD or not tok.text.islower() or tok.lower in _PHRASE_STOPS:
            return False
    return True


_RUN_ARTICLES = wordset("a an")


_PHRASE_ENDS = PHRASE_BOUNDARIES | REPORTING_VERBS | {"who", "which"}
_PHRASE_STOPS = _PHRASE_ENDS | _SCENE_PREPOSITIONS
"""Words that end a phrase read left to right: one lookup per word in :func:`phrase_after`."""


def _may_end_phrase(tok: Token) -> bool:
    """A cheap test before parsing: a phrase ends with a name, a role, a pronoun or the object
    of a preposition (a word that is neither a function word nor a verb)."""
    return tok.capitalised or tok.lower in PRONOUNS or is_modifier(tok)


_FINITE_ONLY = wordset(
    """
    is are was were has had did saw gave took became began ran drove rode rose fell grew knew
    threw drew flew went came ate sang swam wore spoke broke chose froze stole woke
    """
)
"""Verbs that are finite and never a participle: a description holds none before a relative
pronoun ("a ball the size of a grapefruit flew ..." is a clause)."""
_RELATIVE_OPENERS = wordset("that whose whom where when")
"""Words opening a relative clause inside a description, whose verb is the clause's ("a
potter whose kiln was ...", "a village where ... was")."""


def _appositive_after(toks: list[Token], i: int) -> list[Token]:
    """Words from ``i`` to the next comma, period or quotation, when few enough. Words that
    run into a reporting verb are the subject of a new clause, no description ("In an
    interview with Yonhap, | the actress said")."""
    j = i
    relative = False
    if i < len(toks) and toks[i].lower in IRREGULAR_PAST and toks[i].text.islower():
        return []  # round 293: "Bok, 24, | beat Iran's top seed ...": the verb, no description
    while j < len(toks) and j - i < _MAX_APPOSITIVE and toks[j].kind == WORD:
        low = toks[j].lower
        if low in REPORTING_VERBS:
            return []
        if low in ("who", "which"):
            break
        if low in _RELATIVE_OPENERS:
            relative = True  # "a clinic that has treated ...": the verb is the relative's
        elif low in _FINITE_ONLY and not relative:
            # round 88: "in Goesan, X Province, | a woven ball ... flew over the net": a
            # verb that is never a participle makes the words a clause, no description
            return []
        j += 1
    if j - i >= _MAX_APPOSITIVE:
        return []
    return toks[i:j]
