"""Who is who: a small table of the people and bodies an article mentions.

Mentions arrive in reading order. A full name introduces a person ("Kim Min-ji"); a bare
surname ("Kim") or a title with a surname ("President Yoon") refers back to the most recent
person with that name; "the <role>" refers back to the most recent entity with that role
(titles, appositives and "as" give roles: "Foreign Minister Bae" is a *minister*, "Lee, a
senior official" an *official*, "elected Lee as its new chair" a *chair*), unless a
qualifier says otherwise ("the new chair" is no "former chair"); "a"/"another <role>"
always starts someone new. "the 45-year-old" means the person of that age. An organisation's
initials name it ("JCS"), and "the company" a company named before. "he"/"she" mean the most
recent person who spoke or opened a sentence, "it" the most recent organisation, "they" the
most recent group. When nothing fits, a pronoun resolves to nobody rather than to a guess.

Lookups go through short recency lists (per name word, per role, per pronoun class), so each
mention costs the same however long the article: an article never keeps two dozen officials
apart anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from herald_tui.quotes._initials import spells
from herald_tui.quotes._lexicon import (
    CAPITALS,
    DOCUMENTS,
    FINITE,
    KOREAN_SURNAMES,
    ORG_HEADS,
    ORG_ROLES,
    OWNED,
    PAST_QUALIFIERS,
    PERSON_ROLES,
    PERSON_TITLES,
    PLACES,
    PRESENT_QUALIFIERS,
    PRONOUNS,
    ROLE_GENDER,
    ROLE_NOUNS,
    RULINGS,
    STATE_ROLES,
    TITLE_MODIFIERS,
    WRITTEN_WORDS,
    ends_before,
    lowercase,
    names_a_state,
    wordset,
)
from herald_tui.quotes._phrases import AGE, Mention, demonym_shaped, korean_name_parts
from herald_tui.quotes._tokens import PREPOSITIONS, role_of, singular

_NEW_PERSON = frozenset(("a", "an", "another", "one", "two", "three"))
_POSSESSED = frozenset(("his", "her", "their", "my", "our", "your"))
"""Determiners that tie a role to a person: "her teacher" is someone of hers."""
_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f", "mr.": "m", "ms.": "f", "mrs.": "f"}


def pronoun_gender(word: str) -> str:
    """ "m" or "f" for a gendered pronoun or courtesy title ("she", "Mr."), "" for any other."""
    return _GENDER.get(lowercase(word), "")


_ARTICLES = ("a", "an", "the", "another", "one")
_SPELLED = {"n.": "north", "s.": "south"}
_NATIONAL_WORDS = wordset("korea korean japan japanese china chinese american british")
"""A country's word opening a body's name ("Korean Red Cross"): a later short name may drop
it (round 129)."""
_COUNTRY = {"pyongyang": ("north", "korea"), "north": ("north", "korea")}
_GOVERNMENTS = {**CAPITALS, "north": "North Korea"}
"""What a capital, or "the North" of Korean wire copy, that speaks is shown as: its country
(round 41: "the North said" with North Korea never named in full was shown as "North")."""
"""Pyongyang, or "the North", speaking for North Korea when the article named it (the
capitals of other countries are too often only where something happened: "In Tokyo, ...")."""
_HEADS = frozenset(("chief", "head", "boss"))
"""Role nouns that mean whoever leads the body their modifier names ("KRSIA chief")."""
_HEADLINE_HEADS = _HEADS | {"leader"}
"""A headline's head of a body: "union leader" is the one person of the body who leads it."""
_LEADERS = wordset(
    """
    president commissioner chairman chairwoman chairperson chair director minister governor
    ceo chief head administrator mayor secretary superintendent
    """
)
_BODY_FILLERS = wordset("the a an state state-run government national country's")
_GENERIC = wordset(
    "state-run state-funded government-run government public private local national research"
)
"""Words describing any body of its kind: "a state-run research institute" may be named
"Korea Astronomy and Space Science Institute"."""
_DESCRIBING = _GENERIC | wordset("top central state main country's nation's highest")
"""Words that describe a body of its kind without naming it: "the top court", "the central
bank", "the state-run institute"."""
_RECORDS = wordset(
    "survey data study poll figures analysis estimate tally census findings bench panel"
)
"""What an organisation publishes, or the part of it that rules, which speaks for it ("the
agency's survey", "the court's full bench")."""
_AUTHORED = wordset("statement letter message note post declaration announcement commentary")
"""Documents whose words are their author's: "her statement" is hers, while "her sign" or "his
banner" speaks as itself."""
_GENERIC_BODIES = wordset("group lobby organization organisation coalition")
"""Role nouns that describe any body outside the state: "the business lobby" may be the
"Federation of Korean Industries" that just spoke."""
_NAMED_BODIES = wordset("ministry committee embassy city county province")
"""Bodies wire copy calls by their own noun: a ministry is "the ministry", never "the
agency"."""
_DESCRIBED_BODIES = wordset("agency regulator watchdog authority")
"""Nouns wire copy uses to call a body just named by what it does: "the weather agency" for
the Korea Meteorological Administration, "the financial regulator", "the tax authority"."""
_LEAGUE_PLAYERS = wordset("team club coach player players manager")
"""Round 135: roles of those a league governs; a story naming none is about no league."""
_EPITHETS = wordset("veteran longtime long-time seasoned young elderly")
"""Words a writer uses to describe again someone just named: "the veteran coach"."""
_SERVED = re.compile(r"\bas an? ([a-z][^.;:\"\u201c\u201d]*)")
"""Round 99: "... as a pastry chef at a Busan hotel": the words after "as a", to the
sentence's end or a quotation."""
_SERVED_REACH = 160
"""How far after a name its "as a <role>" is looked for (a relative clause's length)."""
_TOWNS = frozenset(("city", "county"))
"""Round 154: bodies "the city of NAME" names, that "the city" means later."""
_ORIGINS_OF = wordset("native resident")
"""Roles that say where someone is from: "the Daejeon native" (round 13)."""
_HONORIFIC_ROLES = frozenset(("doctor",))

_UNDER_RANKS = wordset("deputy vice assistant")
"""Round 138: words before a title that name the post under it ("deputy director")."""
"""Roles a title gives that say no job: "Dr." may be a surgeon or a historian."""
KINDS: dict[str, frozenset[str]] = {
    "state": wordset(
        """
        ministry office agency committee commission embassy department administration
        service headquarters authority bureau secretariat city county province
        """
    ),
    "media": wordset("newspaper broadcaster media daily times post herald sinmun ilbo"),
    "team": wordset("club team franchise fc"),
    "military": wordset("command forces army navy corps"),
}
"""Kinds of body, by the role nouns and name words that say it: "the agency" may mean the
Korea Forest Service, "the paper" the Hanbit Daily, "the city" a metropolitan government.
Not "the government", "the police": they name the whole institution, not the body just
named."""
KIND_NOUNS: dict[str, str] = {
    **dict.fromkeys(("club", "team", "side", "squad", "franchise"), "team"),
    "league": "league",
    **dict.fromkeys(("federation", "association", "body"), "association"),
    **dict.fromkeys(
        wordset(
            "company firm conglomerate carmaker automaker chipmaker maker operator platform"
            " consortium"
        ),
        "firm",
    ),
    "group": "group",
    **dict.fromkeys(
        wordset("agency regulator watchdog commission service fund authority institute office"),
        "public",
    ),
    **dict.fromkeys(("union", "confederation"), "union"),
    "party": "party",
    **dict.fromkeys(("university", "school", "college"), "school"),
    **dict.fromkeys(("court", "bench"), "court"),
}
"""Round 76: the kind of body a definite description's head noun says ("the club", "the
federation", "the pension fund"), from general knowledge of how wire copy calls a body it
has named: a team by "the club", an association by "the federation", a firm by "the
carmaker", a state body by "the agency" or "the regulator"."""
DESCRIBED_NOUNS: dict[str, str] = {
    **KIND_NOUNS,
    "corporation": "firm",
    "studio": "studio",
    **dict.fromkeys(("cinema", "theater", "theatre"), "cinema"),
    "tank": "tank",
}
"""Round 123: the nouns of :data:`KIND_NOUNS` and a few more a body is described by once
named ("The airport corporation", "The studio", "the cinema", "the state-run think tank"):
only a description to name (:mod:`._bodies`), no kind the speaker table matches by."""
_KIND_OF_ROLE = {word: kind for kind, found in KINDS.items() for word in found}
_KIND_OF_NAME = {**_KIND_OF_ROLE, "government": "state", "police": "state"}
"""A body named "... Government" or "... Police" is of the state, though "the government"
does not mean it."""
_PLACE_HEADS = wordset(
    """
    station street road avenue bridge park market mountain river island port airport beach
    square tower village stadium arena terminal valley lake
    """
)
"""Last words of a place's name: a name ending so is nobody ("a studio near Sillim Station")."""


def _other(mention: Mention) -> bool:
    """True when "the <role>" is someone other than the paragraph's named person: the
    subject another speaker reports (round 117) or a role the paragraph introduced with "a"
    (round 129: 'a clerk looked at it. "...," the clerk told him')."""
    return mention.reported or mention.met


def _restated(appositive: str, title: str) -> bool:
    """Round 129: True when a description before a name only restates the title the name
    bears ("That coach, national team head coach Uhm Ki-tae," reads "head coach Uhm
    Ki-tae", not "..., coach"): words the title holds, after "the", "that" or "this" at
    most (not "his coach": whose coach is news)."""
    if not title:
        return False
    words = lowercase(appositive).split()
    if words and words[0] in _RESTATING:
        words = words[1:]
    held = lowercase(title).split()
    return bool(words) and all(word in held for word in words)


_RESTATING = frozenset(("that", "the", "this"))
_OPENING_DETERMINERS = frozenset(
    ("The", "A", "An", "Another", "One", "Its", "His", "Her", "Their", "Our")
)
"""Capitalised words that open a description written before a name at a sentence's start."""
_NOBODY = DOCUMENTS | WRITTEN_WORDS | {"place"}
"""Roles of no person: a document ("a message ... that claims", round 248: "a petition
posted ..."), a place ("in Hadong")."""
_PLACE = frozenset(("place",))
_TEAMS = frozenset(("club", "team", "franchise"))
_MISSIONS = frozenset(("embassy", "consulate"))
_ANONYMOUS = wordset(
    """
    official source spokesperson spokesman spokeswoman officer employee worker resident witness
    victim reporter analyst expert diplomat insider person man woman member
    """
)
"""Roles wire copy gives people it does not name: "the official" is no one named before."""
_AGE_ROLES = {"teenager": (13, 19), "teen": (13, 19), "octogenarian": (80, 89)}
"""Roles an age gives: "the teenager" is the 19-year-old."""
_ELDER = frozenset(("elder", "older"))
_YOUNGER = frozenset(("younger",))
_COMPARED = _ELDER | _YOUNGER
"""Words that pick one of two people by age: "the elder Uhm", "the younger man"."""
_PICKS_ANOTHER = _COMPARED | wordset("other another second third new next latter")
"""Round 219: words by which a description picks someone other than the one just named."""
_PAST_ROLE = PAST_QUALIFIERS | wordset("onetime one-time erstwhile")
"""Round 219: words that make a description a past side of someone known by another role (the
lexicon's :data:`PAST_QUALIFIERS`, and a few that never stand before a title)."""
_COMPARED_TITLES = _COMPARED | {word.capitalize() for word in _COMPARED}
"""The same as a parsed title, in either case (a set look-up, not a call, for every name)."""
_CHILDREN = wordset("son daughter grandson granddaughter nephew niece")
_PARENTS = wordset("father mother grandfather grandmother uncle aunt")
"""Relations that say which of two people is the younger: "Kim's son, Kim Min-jae"."""
_KIN_GENDER = {
    **dict.fromkeys(("father", "son", "brother", "husband", "grandfather", "grandson"), "m"),
    **dict.fromkeys(("uncle", "nephew"), "m"),
    **dict.fromkeys(("mother", "daughter", "sister", "wife", "grandmother"), "f"),
    **dict.fromkeys(("granddaughter", "aunt", "niece"), "f"),
    **ROLE_GENDER,  # round 26: "the actress", "the monk"
}
"""Relations and person nouns that give a gender: "Her father, Yoon Jae-gil" is no "she"
(round 23)."""
_SELF_GENDER = {"himself": "m", "herself": "f"}
"""Round 116: the reflexive that closes an appositive gives its person's gender ("Kang, a
former swimmer herself,")."""
_KINSHIP = _CHILDREN | _PARENTS | wordset("brother sister husband wife")
"""Round 75: relations, not roles: "the father" is someone's, not the principal person."""
_SIBLING_NOUNS = ("brother", "sister")
"""Round 166: "his sister" read back through "her brother, NAME"."""

_KIN_AGED = r"(father|mother|grandfather|grandmother|son|daughter|grandson|granddaughter)"
"""Round 190: a parent or a child named after "his", "her" or "their" (one generation apart:
the parent is the elder, whatever ages the story leaves out)."""


_ELDER_KIN = frozenset(("father", "mother", "grandfather", "grandmother"))
"""Round 304: the kin of :data:`_KIN_AGED` older than the one whose kin they are."""


def _older_kin(match: re.Match[str]) -> bool:
    """Round 190: True when the relation :data:`_KIN_AGED` or a sibling's word matched in
    "her younger brother, NAME" or "her father, NAME" makes NAME the older of the two."""
    if match[1] is not None:
        return lowercase(match[1]) != "younger"
    return lowercase(match[2]) in _ELDER_KIN


_ELDERS = {
    **dict.fromkeys(
        ("grandfather", "grandmother"), (36, ("son", "daughter", "grandson", "granddaughter"))
    ),
    **dict.fromkeys(("father", "mother"), (18, ("son", "daughter"))),
}
"""Round 132: relations to an elder, each with the fewest years between the elder and the
child (18 a generation) and the nouns that introduce the child ("His granddaughter, NAME,"):
a grandparent is read back from a grandchild, or from a child of the grandparent's child
("NAME's daughter")."""
_HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "miss"))
"""Round 75: titles that say no job ("Ms. NAME" may be "the singer")."""
_HEADLINE_WORD = re.compile(r"[a-z]+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")
"""Round 184: where a sentence ends, roughly (a paragraph's sentences for a role's context)."""
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_PERSON_ENDINGS = ("er", "or", "ist", "ess", "ian")
_DETERMINED = (" the", " a", " an", " his", " her", " their", " its", " my", " our")
"""Round 184: determiners that make a role noun a person of its own ("the dealer")."""
"""Round 184: endings of nouns for people ("master", "curator", "actress") a role list may lack."""
"""Round 184: a romanised Korean name in full ("Noh Ji-han"), as written in running text."""

"""Round 75: the headline's words, hyphens split ("Ex-spy chief" holds "spy" and "chief")."""
_ANY_PERSON = {"man": "f", "woman": "m", "person": "x"}
"""Nouns any person of the gender may be called, with the gender that is none of them."""
_BODY_HEADS = frozenset(("service", "department", "ministry", "agency", "administration"))
"""Head nouns of a state body that a short name keeps ("the Heritage Service")."""
_ABOUT_REACH = 600
"""Round 115: the longest paragraph before read for what it says of the person it is about."""
_OPENING_REACH = 300  # round 105: characters an opening sentence of narration may run
_QUOTE_OPENERS = frozenset("\"\u201c'\u2018")
_IT_REACH = 4  # subjects back that "it" may skip a country for a body that spoke
_RECENT = 24  # entities remembered per name word, role and pronoun class
_PHRASES = 8  # role phrases remembered per entity


def one_line(name: str) -> str:
    """``name`` as the panel shows it: on one line with single spaces. A paragraph may keep
    line breaks (a poem, a page whose markup was lost), and a name read across one would
    otherwise break the panel's row."""
    if name.isprintable() and "  " not in name and name[:1] != " " and name[-1:] != " ":
        return name
    # a line break, two spaces ("Kim  Ministry"), or a space left at an end ("the  Ministry"
    # gives " Ministry" once "the" is cut)
    return " ".join(name.split())


class Entity:
    """One person, group or organisation, with everything the article says about it (a plain
    slotted class: see :class:`._phrases.Mention`)."""

    __slots__ = (
        "_named",
        "_names",
        "age",
        "aliases",
        "appositive",
        "gender",
        "issued",
        "name",
        "org",
        "phrases",
        "plural",
        "real",
        "roles",
        "served",
        "title",
    )

    def __init__(self, org: bool = False, plural: bool = False) -> None:
        self.name = ""
        self.title = ""
        self.appositive = ""
        self.phrases: list[str] = []
        """Role phrases it was named by, the introducing one first."""
        self.roles: set[str] = set()
        self.org = org
        self.plural = plural
        self.gender = ""
        self.issued: set[str] = set()
        """Documents it spoke in ("statement"): "the statement" later quotes it."""
        self.aliases: set[str] = set()
        """Acronyms given for the name: "kcna", "jcs"."""
        self.age = ""
        self.served: list[str] | None = None
        """Round 99: what the sentence naming it said it served as ("pastry chef at ...")."""
        self.real = ""
        """Round 208: the real name a stage name was given with ("whose real name is ...")."""
        self._named = ""
        self._names: list[str] = []

    def __repr__(self) -> str:
        return f"Entity({self.name or self.phrases!r}, roles={sorted(self.roles)})"

    def names(self) -> list[str]:
        """Lowercase words of the name (kept: resolution asks for them at every mention)."""
        if self._named != self.name:
            self._named, self._names = self.name, _tokens(self.name)
        return self._names

    @property
    def full(self) -> str:
        """The fullest description: "Foreign Minister Bae Jin-ho, a former diplomat"."""
        if not self.name:
            return _fuller_phrase(self.phrases) if self.phrases else ""
        if self.org and lowercase(self.name) in _GOVERNMENTS:
            return _GOVERNMENTS[lowercase(self.name)]
        if self.org:  # a country's body keeps the country: "North Korea's Foreign Ministry"
            owned = self.title.endswith(("'s", "’s"))
            name = f"{self.title} {self.name}" if owned else self.name
            if _posted(self):
                return f"{name} {self.appositive}"  # round 10: "Chinese Embassy in Seoul"
            return name
        shown_title = "" if lowercase(self.title) in _NAMING_DEVICES else self.title
        text = f"{shown_title} {self.name}" if shown_title else self.name
        if self.real:
            text = f"{text} ({self.real})"  # round 208: "Dami (Jo Da-mi)", both names shown
        # a relative clause in the appositive says more than who they are, and a quoted title
        # inside it can end it mid-phrase: "Jang, a nurse who wrote a column called"
        appositive = _NAMING_TAIL.sub("", self.appositive.partition(" who ")[0])
        if _dangles(appositive) or appositive.startswith(_NO_DESCRIPTION):
            return text  # round 253: "Wi, a designated holder of" (a title in quotes next)
        if not appositive or _restated(appositive, self.title):
            return text
        first = appositive.split(" ", 1)[0]
        joint = " " if first in PREPOSITIONS else ", "
        if first in _OPENING_DETERMINERS:  # "Another volunteer, Do Jun-ho, said": moved after
            appositive = lowercase(appositive[0]) + appositive[1:]  # the name, not a sentence's
        return f"{text}{joint}{appositive}"  # "Kim, a professor" / "Ahn of the party"

    @property
    def short(self) -> str:
        """The name alone, or the role phrase without its article."""
        if self.name:
            return _GOVERNMENTS.get(lowercase(self.name), self.name) if self.org else self.name
        first, _, rest = self.full.partition(" ")
        return rest if lowercase(first) in _ARTICLES and rest else self.full

    def fits(self, mention: Mention) -> bool:
        """True when every modifier of a role phrase appears in what is known of this entity
        ("the unification ministry" fits "the Ministry of Unification")."""
        known = lowercase(" ".join((self.name, self.title, self.appositive, *self.phrases)))
        if self.age:
            known += f" {self.age}-year-old"
        if self.org:  # "the top court" is the Supreme Court: such words describe, not name
            # round 60: "new" too ("The new ministry said" after "The Ministry of X opened")
            return all(m in known or m in _DESCRIBING or m == "new" for m in mention.modifiers)
        return all(m in known for m in mention.modifiers)

    def contradicts(self, mention: Mention) -> bool:
        """True when a qualifier of a role phrase says this is not the entity: "the new
        chair" is not someone known only as a "former deputy mayor", and the reverse."""
        said = set(mention.modifiers)
        known = set(lowercase(" ".join((self.title, self.appositive, *self.phrases))).split())
        for ours, theirs in (
            (PRESENT_QUALIFIERS, PAST_QUALIFIERS),
            (PAST_QUALIFIERS, PRESENT_QUALIFIERS),
        ):
            if said & ours and not known & ours and known & theirs:
                return True
        # round 138: "the deputy secretary-general" is not the secretary-general: a rank
        # below the title names another post ("Director Ahn ... with his deputy, Ku Ji-bin",
        # then "the deputy director said" is Ku, never Ahn)
        return bool(said & _UNDER_RANKS) and not known & _UNDER_RANKS

    @property
    def person(self) -> bool:
        """One person: no organisation, no group, no document ("a message ... that claims")."""
        if self.org or self.plural or (self.roles and self.roles <= _NOBODY):
            return False
        if not self.name:
            return True
        names = self.names()
        # not "Sillim Station"; but "Park" alone is a surname (round 130), "Tapgol Park" a place
        return names[-1] not in _PLACE_HEADS or (len(names) == 1 and names[0] in KOREAN_SURNAMES)


def _unnamed_firm(entity: Entity) -> bool:
    """Round 184: a firm the story introduced with "a" and has not named ("A local kitchenware
    maker said ...")."""
    if entity.name or not entity.phrases or not entity.roles & (_FIRM_ROLES | {"company"}):
        return False
    return lowercase(entity.phrases[0]).startswith(("a ", "an "))


_UNITS: dict[tuple[str, ...], str] = {
    ("county",): "county",
    ("city",): "city",
    ("city", "hall"): "city",
    ("city", "government"): "city",
    ("metropolitan", "government"): "city",
    ("province",): "province",
    ("provincial", "government"): "province",
    ("district",): "district",
    ("district", "office"): "district",
}
"""Round 218: the last words of a Korean local government's name or description and the unit
they name: a county (gun), a city (si), a province (do), a district (gu)."""
_UNIT_KEYS = frozenset(_UNITS.values())


_NAMED_UNITS = frozenset(("county", "province"))
"""Round 391: local units whose names end in the unit's noun ("Bonghwa County", "North
Chungcheong Province"): a "... County" is a county, while a "... City" may be no city (round
218's "Centum City", a district)."""


def _unit_of(words: Sequence[str]) -> str | None:
    """Round 218: the local unit ``words`` end with ("Dalmae County", "Pyeongdal City Hall",
    "the provincial government", "Haneul-gu Office": a romanised "-gu" is a district), or None."""
    for size in (2, 1):
        if len(words) >= size:
            unit = _UNITS.get(tuple(words[-size:]))
            if unit is not None:
                return unit
    last = words[-2] if len(words) > 1 and words[-1] == "office" else words[-1]
    return "district" if last.endswith("-gu") else None


def _name_key(words: Sequence[str]) -> str:
    """Round 218: what a body's name says it is: its local unit, else its head noun, the word
    before the first "of" or "for" ("Korea Institute of Tundra ...") or the last word."""
    unit = _unit_of(words)
    if unit is not None:
        return unit
    for at, word in enumerate(words):
        if at and word in ("of", "for"):
            return words[at - 1]
    return words[-1] if words else ""


def _fuller_phrase(phrases: list[str]) -> str:
    """Round 184: the phrase that shows a nameless entity: the first, unless a later one
    says the same with more words before its noun ("The operator" then "The park operator"
    shows "The park operator"): wire copy gives the fuller description where it can."""
    first = phrases[0]
    words = lowercase(first).split()
    if len(phrases) < 2 or len(words) > 3 or words[0] not in ("the", "its"):
        return first
    for later in phrases[1:]:
        more = lowercase(later).split()
        if (
            len(words) < len(more) <= len(words) + 2
            and more[0] == words[0]
            and more[-1] == words[-1]
            and set(words) <= set(more)
            and all(w.isalpha() for w in more)
        ):
            return later
    return first


_QUOTE_ENDS = (',"', ",\u201d", '?"', "?\u201d", '!"', "!\u201d")
"""How a quotation ends before the words that name its speaker ('"...," the company said')."""
_NO_PERSONS = _NOBODY | ORG_ROLES
"""Roles no one named with a personal name holds ("a former national team luger": no team)."""
_LANDFORMS = wordset("river mountain mount island lake valley beach stream bay peak hill forest")
"""Round 138: last words of a name of nature's making: a place, never a body that speaks
("the Soyang River" is no company, whatever "the operator" after it means)."""

_POST = (
    r"(?:an?\s+|the\s+)?[^,.;]{0,40}?\b(?:director|chief|head|spokesperson|spokesman"
    r"|spokeswoman|secretary|commissioner|officer|administrator)\b[^,.;]{0,60}?\b(?:at|of)\s+"
    r"(?:the\s+)?[^,.;]{0,40}?\b(?:agency|ministry|office|administration|service|bureau"
    r"|commission|government|department)\b"
)
"""Round 190: an appositive giving a post in a body ("director general for social policy
at the agency", "a senior officer of the coast guard's rescue service"): its holder is "the
official" the copy speaks of next."""

_GOVERNED = wordset(
    """
    government government's ministry ministry's county county's city city's province province's
    provincial municipal metropolitan district district's ward ward's
    """
)
"""Round 138: words that make what a person heads a part of a government ("the county's
tourism division"), whose head wire copy calls "the official"."""

_DISTRICTS = ("-gu", "-si", "-gun", "-dong", "-eup", "-myeon", "-ri", "-ro", "-gil")
"""Endings of Korean place names of the same shape ("Busan Jung-gu", "Seoul Yeouido-dong")."""


_BODY_UNITS = RULINGS | wordset(
    "division panel bench chamber branch office bureau department team unit section"
)
_OWNED_UNIT = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)['’]s\s+(?:[a-z][\w-]*\s+){0,3}(\w+)"
)


def _owning_body(mention: Mention) -> str:
    """Round 260: the named body whose unit or ruling a role phrase is, and nothing else ("The
    Suwon District Court's civil division", "the Seoul Central District Court's written
    decision"): the body speaks through its unit and its rulings, so the phrase names it (a
    lede's "a court ruled" is then that court, named next). "" for any other phrase, and for
    a unit of a person or a place."""
    if mention.role not in _BODY_UNITS or mention.determiner not in ("", "the"):
        return ""
    found = _OWNED_UNIT.fullmatch(mention.text.strip())
    if found is None or lowercase(found.group(2)) not in _BODY_UNITS:
        return ""
    owner = found.group(1)
    return owner if lowercase(owner.rsplit(" ", 1)[-1]) in ORG_HEADS else ""


def _dangles(appositive: str) -> bool:
    """Round 253: True when an appositive stops at a word no description ends on: it ran into
    a quotation the panel shows apart ("a holder of", "one of a handful of", "whom divers
    have nicknamed"). The name alone is shown rather than half a phrase."""
    last = appositive.rpartition(" ")[2]
    return last in _DANGLING or appositive.startswith("whom ") or " whom " in appositive


_NO_DESCRIPTION = ("for ", "to ")
"""Round 262: openings of a phrase after a name that says why or how long, never who ("Osman,
for his family's safety", "Chiang for two seasons", "NAME to protect relatives"): not shown."""
_NAMING_DEVICES = wordset("pseudonym alias surname nickname name")
"""Round 262: nouns read as a title before a name that only say how the story names someone
("identified by the pseudonym NAME"): not shown as a title."""
_DANGLING = PREPOSITIONS | wordset("the a an as and or of with by about like")
_NAMING_TAIL = re.compile(
    r"\s+(?:nicknamed|dubbed|called|named|titled|known(?:\s+as)?)(?:\s+(?:the|a|an))?$"
)
"""Round 253: a naming participle that ends an appositive before the quoted name ("the
31-year-old forward nicknamed", "a heavyweight known as the"): the description stops there."""


def _bears_word(names: list[str], word: str) -> bool:
    """True when a name starts or ends with ``word`` as a surname would ("Yoon Sang-min",
    "John Park", past a possessive: "China's Lin Hao"); not a place's head noun ("Tapgol
    Park" is no one named Park: round 130)."""
    if names[0] == word:
        return True
    if len(names) > 2 and names[1] == word and names[0].endswith(OWNED):
        return True  # round 251: "Japan's Sato Ren", then "Sato": the country's is no name
    return names[-1] == word and not (len(names) > 1 and word in _PLACE_HEADS)


@lru_cache(maxsize=256)  # a name is asked again at each of its mentions
def _personal_name(name: str) -> bool:
    """Round 84: True for a romanised Korean personal name ("Woo Ji-an"). It names one person,
    whatever a phrase around it suggests: not a body ("Ma Eun-gyeol, a 63-year-old office
    cleaner" is no office; "Noh, a former national team luger" no team; "it" after her name
    means something else) and not a place (listed after "in Mapo, Seoul,")."""
    surname, space, given = name.partition(" ")
    return (
        bool(space)
        and surname[:1].isupper()
        and korean_name_parts(surname, given)  # the shape a name phrase is read by
        and (not given.endswith(_DISTRICTS) or _surname_first(surname))
    )


def _surname_first(surname: str) -> bool:
    """Round 157: True when the first word of a two-word name ending like a district ("Busan
    Jung-gu", "Seoul Yeouido-dong") is a Korean surname: a given name may end in the same
    syllable ("Ye Han-ri", "Kim Jae-dong" are people), and a district is named after its city
    ("Incheon Seo-gu"), which is no surname."""
    return lowercase(surname) in KOREAN_SURNAMES


def _surname_alone(entity: Entity) -> bool:
    """Round 157: True for a person wire copy names by a Korean surname only, never in full
    ("a vendor who gave only his surname, Gu,"): one the pronoun of the paragraph that
    brings them in may mean ('... Gu, waved at the stall. "...," he said'), as it may a
    person named in full there (:meth:`SpeakerTable._only_one_here`)."""
    names = entity.names()
    return len(names) == 1 and names[0] in KOREAN_SURNAMES and entity.person


def _personal(entity: Entity, mention: Mention) -> bool:
    """True when ``entity`` or the name ``mention`` gives it is a Korean personal name."""
    return _personal_name(entity.name) or (mention.kind == "name" and _personal_name(mention.name))


def _body_shaped(entity: Entity) -> bool:
    """A name that may be a firm's: no place, no state body, no person's Korean name (two
    words, the second hyphenated), no country."""
    names = entity.names()
    if not names or "place" in entity.roles or names[-1] in PLACES:
        return False
    if entity.roles & STATE_ROLES or singular(names[-1]) in STATE_ROLES:
        return False  # "Defense Acquisition Program Administration (DAPA) Minister Kwak"
    return not (len(names) == 2 and "-" in names[1])


def _posted(entity: Entity) -> bool:
    """True for a mission named with where it is: "the Chinese Embassy in Seoul" (its name
    and place are how wire copy gives it; round 10)."""
    words = entity.appositive.split()
    return (
        len(words) == 2
        and words[0] == "in"
        and words[1][:1].isupper()
        and (bool(entity.roles & _MISSIONS) or _foreign_chamber(entity))
    )


def _foreign_chamber(entity: Entity) -> bool:
    """Round 187: a chamber of commerce named with the country it works in: "the Nordic
    Chamber of Commerce in Korea" is that chamber's whole name (a chamber abroad is known by
    where it sits, as an embassy is), and wire copy labels it so."""
    names = entity.names()
    return "chamber" in names and names[-1] in ("commerce", "industry")


def _placed(entity: Entity) -> bool:
    """A name that is a place's: "Busan" in "a Busan city council member"."""
    names = entity.names()
    return bool(names) and names[-1] in PLACES


_NOT_DEMONYMS = wordset("vatican taliban guardian scotsman titan")
"""Capitalised words ending like a nationality that name a body or a paper."""


@lru_cache(maxsize=256)  # asked at each "he" or "she" for each recent subject
def _plural_people(name: str) -> bool:
    """Round 121: True when a capitalised name reads as people in the plural, which "he" or
    "she" never means (number agreement): a role noun's plural opening it before a
    preposition or alone ("Dealers in Busan", where the singular noun is a person's role whose
    plural the role list leaves out) or a nationality's plural closing a longer name ("older
    South Koreans", "-ians", "-eans", "-cans": not a surname like "Evans")."""
    words = name.split()
    if not words or _personal_name(name):
        return False
    first = lowercase(words[0])
    one = singular(first)
    if one != first and (len(words) == 1 or words[1] in PREPOSITIONS):
        role = ROLE_NOUNS.get(one, "")
        return role != "" and role not in ORG_ROLES
    last = words[-1]
    return len(words) > 1 and last.isalpha() and last[-4:] in ("ians", "eans", "cans")


def _demonym(mention: Mention) -> bool:
    """ "the Brazilian", "the Canadian": a nationality standing for one person (a capitalised
    word in "-an", after "the", alone; not "the Chinese" or "the British", which as often mean
    a country's side, nor "the Asahi", a paper)."""
    words = mention.text.split()
    if len(words) != 2 or lowercase(words[0]) != "the" or mention.plural:
        return False
    word = words[1]
    if word in _PERSON_NATIONALS:
        return True  # round 147: "the Finn", "the Swede"
    if not (word[:1].isupper() and word.isalpha() and word.endswith("an")):
        return False
    return lowercase(word) not in _NOT_DEMONYMS


# Round 147: nouns English uses for one person of a nation that do not end in "-an" (so
# neither "_demonym" nor a country's stem finds them), with the words that give that
# nationality: "Aino Laakso of Finland ... the Finn said", "Swedish coach NAME ... the Swede".
_PERSON_NATIONALS: dict[str, tuple[str, ...]] = {
    "Finn": ("Finland", "Finnish"),
    "Swede": ("Sweden", "Swedish"),
    "Dane": ("Denmark", "Danish"),
    "Pole": ("Poland", "Polish"),
    "Turk": ("Turkey", "Turkish", "Türkiye"),
    "Scot": ("Scotland", "Scottish"),
    "Spaniard": ("Spain", "Spanish"),
    "Dutchman": ("Netherlands", "Dutch"),
    "Frenchman": ("France", "French"),
    "Englishman": ("England", "English"),
    "Irishman": ("Ireland", "Irish"),
    "Briton": ("Britain", "British"),
}


def _of_nation(demonym: str, words: list[str]) -> bool:
    """True when ``words`` (a person's title and description) give the nationality
    ``demonym``: the word itself ("a Canadian coach"), or its country as a possessive or after
    "of" ("Iran's NAME", "champion NAME of China"; round 113): a country of four letters or
    more whose stem, less its last letter, opens the demonym ("Iran" / "Iranian", "China" /
    "Chinese", "Malaysia" / "Malaysian")."""
    if demonym in words:
        return True
    given = _PERSON_NATIONALS.get(demonym)
    if given is not None:  # round 147: "the Finn" is "NAME of Finland", "Finnish NAME"
        return any(w.rstrip(",.").removesuffix("'s").removesuffix("’s") in given for w in words)
    low = lowercase(demonym)
    for i, word in enumerate(words):
        possessive = word.endswith(("'s", "’s"))
        after_of = i > 0 and words[i - 1] == "of"
        if not (possessive or after_of) or not word[:1].isupper():
            continue
        country = lowercase(word[:-2] if possessive else word.rstrip(",."))
        # rounds 142 to 144: "Belgium" / "Belgian" drop two letters ("-um")
        stem = country[:-2] if country.endswith("um") else country[:-1]
        if len(country) >= 4 and country.isalpha() and low.startswith(stem):
            return True
    return False


def _nationalities(mention: Mention) -> list[str]:
    """Round 175: the nationalities among the words before the role of "the <role>" ("the
    Nepali guide"): wire copy adds one when it describes again a person it introduced by role
    and name ("with their guide, Pemba Tashi Sherpa," then "the Nepali guide said"), a fact
    it had no need to give before."""
    words = mention.text.split()[1:-1]
    return [w for w in words if demonym_shaped(w) or w in _OTHER_DEMONYMS]


def _foreign_name(entity: Entity) -> bool:
    """Round 175: True for a person's name of capitalised words that is no body's and no
    place's, though not Korean in shape ("Pemba Tashi Sherpa")."""
    if entity.org or _placed(entity) or entity.roles & _PLACE:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in entity.name.split())


def _known_words(entity: Entity) -> list[str]:
    """The words of an entity's name, title, description and role phrases, as written."""
    return f"{entity.name} {entity.title} {entity.appositive} {' '.join(entity.phrases)}".split()


def _foreign(entity: Entity, nation: str) -> bool:
    """Round 120: True when what is known of ``entity`` gives a nationality other than
    ``nation`` ("his Malaysian counterpart" for "the Korean minister")."""
    return any(demonym_shaped(w) and w != nation for w in _known_words(entity))


_OTHER_DEMONYMS = frozenset(
    ("Argentine", "Filipino", "Thai", "Swiss", "French", "Dutch", "Greek", "Czech", "Iraqi")
)
"""Round 166: nationalities the shape of :func:`demonym_shaped` misses ("-ine", "-ino",
short words), read only before a role: "the Thai minister"."""


def _learn_age(entity: Entity, age: str) -> None:
    """Round 166: "the 27-year-old" taken as a person no age was known for gives them that
    age: a later "the 34-year-old" is then someone else ('Oh Min-seo, ... "...," the
    27-year-old said.' and then her coach, 'Byun Tae-ho, ... "...," the 34-year-old said' is
    Byun's, whom no rule would tell apart from Oh while she has no age)."""
    if not entity.age and entity.person and entity.name:
        entity.age = age


def _korean_holder(holder: Entity, mention: Mention) -> bool:
    """Round 166: True when "the" and a role with a foreign nationality ("the Chilean deputy
    minister") would fall to a holder named with a romanised Korean name whom nothing gives
    that nationality ("Deputy Minister Paik Ju-won ... met his Chilean counterpart"): in
    Korean wire copy a Korean name with no nationality is a Korean, and the foreign role is
    his counterpart, someone new (no speaker beats the wrong one). "Korean" itself, or a
    holder whose words name the nation, keeps the holder."""
    if mention.determiner != "the" or mention.org or not holder.person:
        return False
    nation = next((w for w in mention.text.split()[1:] if lowercase(w) in mention.modifiers), "")
    if not (demonym_shaped(nation) or nation in _OTHER_DEMONYMS) or "korea" in lowercase(nation):
        return False
    if not _personal_name(holder.name) or _of_nation(nation, _known_words(holder)):
        return False
    return not _foreign(holder, nation)


def _epithet(word: str) -> bool:
    """A word describing someone again: "veteran", "45-year-old", "six-term", "three-time"."""
    return word in _EPITHETS or AGE.match(word) is not None or word.endswith(("-term", "-time"))


_ORIGINS = ("-based", "-listed", "-headquartered", "-registered")


def _without_origin(name: str) -> str:
    """A name without the place that describes it: "Singapore-based Blue Ridge Partners" is
    "Blue Ridge Partners" (a later "Blue Ridge" means it)."""
    if "-" not in name:
        return name  # most names: no split
    words = name.split()
    cut = max((i for i, w in enumerate(words) if lowercase(w).endswith(_ORIGINS)), default=-1)
    return " ".join(words[cut + 1 :]) if 0 <= cut < len(words) - 1 else name


_BODY_ONLY_NOUNS = wordset(
    "club regulator watchdog authority consortium corporation confederation franchise league"
)
"""Round 212: nouns of :data:`KIND_NOUNS` that name a body and never a person ("the
regulator", "the club"); the role lexicon has no role for them, so their description read as
a person's epithet ("The club said" went to the team's captain just quoted)."""


def _body_description(mention: Mention) -> bool:
    """Round 212: True for a definite description of one body by its kind: "the" and a head
    noun of :data:`_BODY_ONLY_NOUNS` ("The club", "the financial regulator")."""
    if mention.kind != "role" or mention.determiner != "the" or mention.plural:
        return False
    return _head_word(lowercase(mention.text)) in _BODY_ONLY_NOUNS


def _head_word(phrase: str) -> str:
    """Round 212: the head noun of a role phrase, the word before its first preposition ("the
    owner of a shop near the school" is an owner, whatever the school after "of" is; "the
    father of one of the boys" a father), else its last word ("the chamber")."""
    words = phrase.split()
    for k in range(1, len(words) - 1):
        if words[k] in PREPOSITIONS:
            return words[k - 1]
    return words[-1] if words else ""


def _tokens(name: str) -> list[str]:
    """Lowercase words of a name, headline abbreviations spelled out ("N. Korea")."""
    return list(_words_of(name))


@lru_cache(maxsize=256)  # every mention of a name asks again; a few articles' names
def _words_of(name: str) -> tuple[str, ...]:
    words = lowercase(name).replace("’", "'").split()
    return tuple(map(_SPELLED.get, words, words))  # (in C: no generator per name)


_ABBREVIATED = {
    "corporation": "corp.",
    "company": "co.",
    "association": "assn.",
    "university": "univ.",
    "department": "dept.",
    "incorporated": "inc.",
}
"""The short form a body's name gives a word "the ..." spells out: "the corporation" is the
"Korea Water Resources Corp."."""


_FIRM_ROLES = wordset(
    """
    operator startup firm carrier maker automaker carmaker chipmaker shipbuilder manufacturer
    developer retailer lender insurer airline platform publisher brewer distiller supplier
    giant utility
    """
)
"""What an appositive calls a company: "Seoul Metro, the operator of the subway network"."""


def _firm(entity: Entity) -> bool:
    """A body "the company" may mean: a named organisation no role describes, or a named
    speaker an appositive called a company of some kind ("Hanil Rail, the operator of ...",
    "Nova Lab, a Seoul startup"), whatever its name's shape."""
    if _untyped(entity) or _firm_named(entity):
        return True
    return bool(entity.name) and not entity.org and bool(entity.roles & _FIRM_ROLES)


_NOT_MODIFIERS = PREPOSITIONS | wordset("the a an and or but who which that its his her their")
"""Round 200: words that end a description's modifiers ("an official at the ministry")."""
_FIRM_SAID = r",?\s+(?:said|announced|stated)\b"
"""Round 200: a firm an appositive typed ("The resort's operator, Hanul Leisure, said its
rates were fair") needs no "it" to be the body that spoke: "the company said" next is it."""


def _called_a_company(entity: Entity) -> bool:
    """Round 195: True for a name its title calls a company ("data firm Stackwell", read as
    a name that is no one's): no epithet of a person ("the 52-year-old CFO") describes it,
    even when it was the last source ("According to data firm Stackwell, ...")."""
    return "company" in entity.roles or bool(entity.roles & _FIRM_ROLES)


# (round 205: "shipping", "logistics", "airlines": a trade closing a name is a firm's,
# "Hanbada Shipping", even when an appositive first called it "her employer")
_FIRM_NAMES = wordset(
    """
    entertainment corp corp. co co. inc inc. ltd ltd. holdings electronics securities
    shipping logistics airlines
    """
)
"""Last words of a firm's name: "Blue Harbor Entertainment" is a company even when an
appositive calls it "the band's agency"."""


def typed_firm(entity: Entity) -> bool:
    """Round 208: True for a named speaker a title, an appositive or its name's last word
    types as a company ("her employer, Hanul Marine" read with "the company" later, "data
    firm NAME", "NAME Shipping"): a body, whatever its name's shape, never a person."""
    if not entity.name:
        return False
    return "employer" in entity.roles or _called_a_company(entity) or _firm_named(entity)


def firm_role(role: str) -> bool:
    """Round 208: True for "company" and the nouns of what a firm does ("the operator")."""
    return role == "company" or role in _FIRM_ROLES


_REAL_NAME = re.compile(
    r",\s+whose (?:real|legal|birth) name is ([A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)\b"
)
"""Round 208: a real name given after a one-word name ("Dami, whose real name is Jo Da-mi")."""


def _firm_named(entity: Entity) -> bool:
    names = entity.names()
    return len(names) >= 2 and names[-1] in _FIRM_NAMES


def _firm_noun(mention: Mention) -> bool:
    """True for "the company" and for any definite noun of what a firm does: "the retailer",
    "the budget airline", "the state-run gas supplier" (a person known by such a noun was
    found by role before this is asked; "the lawmaker" is no "-maker" firm)."""
    if mention.determiner != "the" or mention.plural or mention.kind != "role":
        return False
    return mention.role == "company" or mention.role in _FIRM_ROLES


def _unshaped_name(entity: Entity) -> bool:
    """A name of two words or more that nothing says is a person's (no title, role, age,
    gender or description) and that is no romanised Korean name ("Jeil Retail", not "Kim
    Bo-ra"): when "the company" speaks next, it is the firm the copy just named."""
    names = entity.names()
    if entity.org or len(names) < 2 or "-" in names[-1] or names[-1] in PLACES:
        return False
    return not (entity.title or entity.roles or entity.age or entity.gender or entity.appositive)


def firm_unnamed(described: Entity) -> bool:
    """True when ``described`` is a body known only as a kind of firm ("a startup", "a local
    kitchenware maker"), not yet named."""
    if not described.org or described.plural or described.name:
        return False
    return any(firm_role(role) for role in described.roles)


def one_word_firm(entity: Entity) -> bool:
    """Round 230: True when ``entity`` is a one-word name nothing says is a person's (no
    title, role, age or gender) and no Korean surname ("Boxtory", not "Kim"): read as a
    person only by default, so it may be the firm a lede described."""
    names = entity.names()
    if entity.org or len(names) != 1 or names[0] in KOREAN_SURNAMES:
        return False
    return not (entity.title or entity.roles or entity.age or entity.gender)


def firm_described(described: Entity, named: Entity) -> bool:
    """Round 66: True when ``described``, a body known only as a kind of firm ("A local
    kitchenware maker said ..."), may be ``named``, a name nothing types yet or a firm's
    ("Daegu-based Sobaek Home said ..."): wire copy describes a firm in the lede and names it
    next. Not a body of another kind ("Consumer group Bareun Sobi", "Retailer Gana Mart")."""
    if not firm_unnamed(described):
        return False
    if named.roles and not named.roles & described.roles:
        return False  # "the retailer Gana Mart said" is a shop selling the maker's goods
    names = named.names()
    kind = lowercase(names[0]) if names else ""
    if (kind in _FIRM_ROLES or kind in ROLE_NOUNS) and kind not in described.roles:
        return False  # "Retailer Gana Mart said": the capitalised kind is another one
    return _unshaped_name(named) or _firm(named)


_CONTRASTS = wordset("rival other opposition ruling new former smaller larger second main")
"""Modifiers that set a body apart from the one just named: "the rival union"."""


def _describes_again(mention: Mention) -> bool:
    """True for "the umbrella union", "the militant union": a body outside the state (whose
    modifiers name bodies of their own: "the defense ministry") and outside politics,
    described by words that set it apart from none."""
    if mention.determiner != "the" or not mention.org or mention.plural:
        return False
    if mention.role in STATE_ROLES or mention.role == "party" or not mention.modifiers:
        return False
    return not any(m in _CONTRASTS or m.endswith(("'s", "’s")) for m in mention.modifiers)


def _thing_named(entity: Entity) -> bool:
    """Round 59: a name of two words or more, no romanised Korean name, whose only roles
    are no person's ("delivery app Jibsa Plus"): nothing makes it a person. Round 71: a
    definite appositive of such a role is no person's either ("The operator, Haneul
    Shipping," or "Haneul Shipping, the operator,"), unlike "a partner at ..."."""
    names = entity.names()
    if entity.org or len(names) < 2 or "-" in names[-1] or names[-1] in PLACES:
        return False
    if entity.gender or entity.age or not entity.roles:
        return False
    if entity.appositive and lowercase(entity.appositive[:4]) != "the ":
        return False
    return not any(r in PERSON_ROLES or r in ROLE_NOUNS for r in entity.roles)


def _opening_subject(entity: Entity) -> bool:
    """Round 105: a name "it" may mean as the subject of its paragraph's opening sentence: a
    named body, a name nothing makes a person's ("Rival Dasom Noodles"), or one a body's kind
    describes ("Smaller maker Onggi Farm"); no lone capitalised word ("Sales fell ...")."""
    if not entity.name or _people(entity):
        return False
    if _body(entity) or _unshaped_name(entity) or _thing_named(entity):
        return True
    names = entity.names()
    return (
        len(names) >= 2
        and not _personal_name(entity.name)
        and names[-1] not in PLACES
        and not (entity.gender or entity.age)
        and any(role in KIND_NOUNS for role in entity.roles)
    )


_HOME = wordset("korea seoul")
"""Round 284: the side a Korean wire story stands on: its "head coach" is the one it knows."""


_OWNER = re.compile(r"(\w+)['’]s\b")
"""Round 284: an owner's word in a role phrase ("the customer's" in "the customer's lawyer")."""


def _owned_by_other(entity: Entity, low: str) -> bool:
    """Round 284: True when ``entity`` was introduced as the holder of someone other than
    ``low`` (lowercase: "the customer's lawyer" when "Baek's lawyer" speaks)."""
    owners = _OWNER.findall(" ".join((entity.appositive, *entity.phrases)))
    return bool(owners) and low not in {lowercase(o) for o in owners}


def _bare_word(entity: Entity) -> bool:
    """Round 314 (round 280's test): a lone capitalised word nothing shows is a name: round
    230's one-word name (no Korean surname, title, role, age or gender), with no hyphened given
    name and no description either."""
    return one_word_firm(entity) and "-" not in entity.name and not entity.appositive


_PLURAL_ENDINGS = ("ers", "ors", "ists", "ics", "ts", "ae")
"""Round 324: endings of English plurals ("Producers", "Critics", "Bolts", "Larvae")."""
_PLURAL_CONSONANTS = frozenset("bdfgklmnprtw")
"""Round 330: consonants before a final "s" that make a plural's form ("Thumbnails", "Drums"),
not the vowels and "s", "y" of names ("Thomas", "Iris", "Lucas")."""


def _plural_form(word: str) -> bool:
    """Round 324: True when a lone capitalised word has the form of an English plural, which
    "he" or "she" never means (number agreement, as round 121's plural role nouns): "Larvae
    need up to two years ..." then '"...," he said' is not the larvae's. Only endings a
    one-word name in this copy does not have ("Jennie", "Tanabe", "Doam"); round 330 adds any
    consonant of :data:`_PLURAL_CONSONANTS` before a final "s"."""
    low = lowercase(word)
    if len(low) <= 4 or not low.isalpha():
        return False
    return low.endswith(_PLURAL_ENDINGS) or (low[-1] == "s" and low[-2] in _PLURAL_CONSONANTS)


def _lone_word(entity: Entity) -> bool:
    """Round 328: a one-word name with no Korean surname and no hyphen, not a body's."""
    names = entity.names()
    return (
        len(names) == 1
        and not entity.org
        and names[0] not in KOREAN_SURNAMES
        and "-" not in names[0]
        and not entity.age
    )


def _plural_lone(entity: Entity) -> bool:
    """Round 324: a lone capitalised word nothing shows is a name (:func:`_bare_word`) in
    the form of an English plural (:func:`_plural_form`): no one person. An "of" phrase
    read after it is what it is made of ("Bolts | of ramie hang"), no description."""
    if not (one_word_firm(entity) and _plural_form(entity.names()[0])):
        return False
    return not entity.appositive or entity.appositive.startswith("of ")


_ATTRIBUTIVE_OPENING = (
    r"(?:^|[.!?][\"”’]?\s+)WORD\s+([a-z][a-z-]+)\s+(?:" + "|".join(sorted(FINITE)) + r"|[a-z]+ed)\b"
)
"""Round 328: a sentence opening on a capitalised word, a lowercase word and a finite verb
(:data:`FINITE`, or a past in "-ed")."""
_TAGGED_OPENING = (
    r"(?:^|[.!?][\"”’]?\s+)WORD\s+[a-z][a-z-]+\b[^.!?]*?,[\"”’]?\s+(?:he|she)\s+"
    r"(?:said|says|added|adds|noted|explained)\b"
)
"""Round 390: a sentence opening on a capitalised word and a lowercase word whose clause a
"he said" or "she said" then reports ("Electric bikes remain the only growing segment, she
said", "Pressed on whether ..., she said"): its first word names no one the tag means."""
_NOT_NOUNS = FINITE | wordset(
    "do does did also then later now still never often once only already recently first again"
    " even just soon since who which that"
)
"""Round 328: words after a sentence's first word that make no noun it could modify."""


_OPENING_OWNER = re.compile(
    r"(?:^|[.!?][\"”’]?\s+)([A-Z][a-z]+(?: [A-Z][a-z]+|-[a-z]+)*)[’']s ([a-z]+)(?: ([a-z]+))?"
)
"""Round 332: a name as an owner opening a sentence ("Kim's team", "Ko's next goal")."""


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
"""Round 314: a word written in lowercase (a name never is)."""


def _lone_name(entity: Entity) -> bool:
    """A lone word never named in full, with no title or role ("Pfizer"): wire copy names a
    person in full before it uses a surname alone, so one that speaks is a body."""
    names = entity.names()
    if len(names) != 1 or entity.org or entity.roles or entity.title:
        return False
    return names[0] not in PLACES


def _known(entity: Entity) -> str:
    """All that is known of a person in words: name, title, appositive, role phrases."""
    return " ".join((entity.name, entity.title, entity.appositive, *entity.phrases))


def _named_kind(entity: Entity) -> bool:
    """True when a body's name says it is one of :data:`_NAMED_BODIES` ("Ministry of ...")."""
    return any(w in _NAMED_BODIES for w in entity.names())


def _described_words(entity: Entity) -> list[str]:
    """The words of the first phrase that described a body with no name ("The Gangdong Ward
    office"): "the ward" names it by one of them."""
    return _tokens(entity.phrases[0]) if entity.phrases else []


def _untyped(entity: Entity) -> bool:
    """A named organisation no role phrase has yet described ("Hanjin Shipping"), and no
    country or capital: those speak for governments."""
    names = entity.names()
    if not entity.org or not names or names[-1] in PLACES or names[-1] in _LANDFORMS:
        return False  # round 138: "the Soyang River" is no firm "the operator" may mean
    return not entity.roles & ORG_ROLES


def _untyped_firm(entity: Entity) -> bool:
    """An untyped organisation (:func:`_untyped`) that "the company" may mean back: not the
    wire an interview was given to. Round 165: "Bo Min-seo told Yonhap" names the outlet
    reporting the story, never the firm a later '"...," the company said' refers back to
    (after "Daerim Flour said in a statement that it ...")."""
    return _untyped(entity) and not _outlet(entity)


def _heads(entity: Entity, mention: Mention, spelled: str = "") -> bool:
    """True when ``entity``, known only as the head of some body ("the head of South Korea's
    rail safety agency"), is the person ``mention`` names with a leader's title over that body
    ("Korea Rail Safety Agency President Oh Eun-young"; or, round 10, over the body's
    initials, "KDCA Commissioner Seo", when ``spelled`` gives the name they stand for)."""
    if entity.org or entity.plural or not entity.roles or not entity.roles <= _HEADS:
        return False
    if mention.org or mention.role not in _LEADERS or not entity.phrases:
        return False
    intro = lowercase(entity.phrases[0]).replace("’", "'").split(" of ", 1)
    if len(intro) < 2:
        return False
    body = [w for w in intro[1].split() if w not in _BODY_FILLERS and not w.endswith("'s")]
    title = lowercase(f"{mention.title} {spelled}")
    return len(body) >= 2 and all(w in title for w in body)


def _head_of_body(entity: Entity) -> bool:
    """True for a person known only as the head of a body the phrase names ("the head of the
    disease control agency"): a name with a "head" role names them only over that body."""
    if entity.org or not entity.roles or not entity.roles <= _HEADS or not entity.phrases:
        return False
    return " of " in entity.phrases[0]


def _named_by_words(entity: Entity, known: str) -> bool:
    """True when ``entity``, a body known only as "the grain agency", is what the name
    ``known`` ("grain korea") means: every word describing it is in the name, one at
    least is no word any body of its kind could have ("state-run"), and the name has no
    other word than a place ("the safety ministry" is no "Korea Safety Forum")."""
    if entity.name or not entity.org or entity.plural or not entity.phrases:
        return False
    intro = lowercase(entity.phrases[0]).split()
    if intro[0] not in _ARTICLES:
        return False
    modifiers = [w for w in intro[1:-1] if not w.endswith(("'s", "’s"))]
    named = known.split()
    specific = [w for w in modifiers if w not in _DESCRIBING]
    if not specific or any(w not in modifiers and w not in PLACES for w in named):
        return False
    return all(w in named or w in _DESCRIBING for w in modifiers)


def _body(entity: Entity) -> bool:
    """An organisation that is no country or capital ("the ministry", not "Pyongyang")."""
    names = entity.names()
    place = bool(names) and (names[-1] in PLACES or names == ["north"])
    if place and len(names) > 1 and any(w in _KIND_OF_NAME for w in names[:-1]):
        place = False  # "US Forces Korea": a body of some kind, named with its place
    return entity.org and not place


def _civil_body(entity: Entity) -> bool:
    """A named body outside the state that "the group" may mean: an association, a union, a
    company (not a ministry, a country or a news outlet)."""
    return bool(entity.name) and _body(entity) and not entity.roles & STATE_ROLES


def _kind(entity: Entity) -> str:
    """The kind of body ``entity`` is, by its roles, else by the words of its name ("Forest
    Service" is of the state, "Hanbit Daily" a paper); "" when unknown or mixed."""
    for words in (entity.roles, entity.names()):
        kinds = {_KIND_OF_NAME[w] for w in words if w in _KIND_OF_NAME}
        if kinds:
            return kinds.pop() if len(kinds) == 1 else ""
    return "team" if _team_name(entity) else ""


_SPELLED_AS = r"([A-Z][^()]{{2,120}}?)\s+\({0}\)"
"""Round 344: the words before an acronym in brackets ("... Science Institute (KASI)"); ``{0}``
is the escaped acronym. :func:`_spelled_name` keeps the name's own words at its end."""
_NAME_JOINS_OF = wordset("of for on")


def _spelled_name(words: list[str]) -> str:
    """Round 344: the name at the end of ``words``: capitalised words, "and" or "&" between
    two of them, and "of", "for" or "on" (and "the") after a body's head noun ("Ministry of
    the Interior and Safety"); not a person's "of the" ("NAME of the Korea ... Institute")."""
    k = len(words)
    while k > 0 and _in_spelled_name(words, k - 1):
        k -= 1
    while k < len(words) and (not words[k][:1].isupper() or words[k][-2:] in ("'s", "’s")):
        k += 1  # a name opens on a capital: not "the", "of" or an owner ("Seoul's") at its start
    return " ".join(words[k:]) if len(words) - k >= 2 else ""


def _in_spelled_name(words: list[str], k: int) -> bool:
    """Round 344: True when ``words[k]`` belongs to the name ending after it (see
    :func:`_spelled_name`)."""
    word = words[k]
    if word[:1].isupper():
        return True
    before = words[k - 1] if k else ""
    if word in ("and", "&"):
        return before[:1].isupper()
    if word == "the":
        return before in _NAME_JOINS_OF
    return word in _NAME_JOINS_OF and lowercase(before) in ORG_HEADS


def _without_the(name: str) -> str:
    """Round 383: a name found in running text without a sentence's opening "The" ("The Dasi
    Shelter" is "Dasi Shelter"); "" when nothing is left but the head."""
    words = name.split()
    if words[0] == "The":
        words = words[1:]
    return " ".join(words) if len(words) > 1 else ""


def _one_description(pattern: str, texts: Sequence[str]) -> str:
    """Rounds 200 and 343: the one description after "a" or "an" that ``pattern`` finds in
    ``texts`` (its group 1 the modifiers, none a word that ends a description: "an official at
    the ministry" describes no ministry), without its article; "" when there are none or
    several."""
    forms = {
        found[0][found[0].index(" ") + 1 :]
        for text in texts
        for found in re.finditer(pattern, text)
        if not any(lowercase(w) in _NOT_MODIFIERS for w in found[1].split())
    }
    return next(iter(forms)) if len(forms) == 1 else ""


_STATE_LIKE = wordset("public state")
_STRICT_KINDS = wordset("team league school court party union")
"""Round 341: kinds "the <noun>" names only when the body's own name or roles say so ("the
club" is no "... Electronics", "the league" no "Statistics Korea")."""


def _kind_differs(entity: Entity, role: str) -> bool:
    """Round 341: True when "the <role>" cannot mean ``entity``, the named body that spoke
    last: the role names no kind of body ("the government" is never the ministry just named),
    the body is a country or a capital, its name or roles say another kind ("the company" is
    no "... District Court", "the agency" no "... Logistics"), or the role's kind is one a
    body must be named as ("the club", "the league")."""
    wanted = KIND_NOUNS.get(role, "")
    low = lowercase(entity.name)
    if not wanted or names_a_state(low) or low in _GOVERNMENTS:
        return True
    kinds = {KIND_NOUNS[w] for w in (*entity.names(), *entity.roles) if w in KIND_NOUNS}
    if _kind(entity) == "state":
        kinds.add("public")
    if _firm_named(entity):
        kinds.add("firm")
    if wanted in _STRICT_KINDS:
        return wanted not in kinds
    if not kinds:
        return False
    return wanted not in kinds and not (wanted in _STATE_LIKE and kinds & _STATE_LIKE)


def _team_name(entity: Entity) -> bool:
    """A sports team's name: a body named with "the" by a plural of its own, after a city
    or alone ("the Suwon Herons", "the Herons"), no role saying otherwise; "the club" means
    it. A firm's plural takes no "the" ("Samsung Electronics")."""
    if not entity.org or entity.roles or not entity.phrases:
        return False
    if not lowercase(entity.phrases[0]).startswith("the "):
        return False
    words = entity.name.split()
    last = words[-1] if words else ""
    return len(words) <= 3 and last[:1].isupper() and last.endswith("s") and last[-2:] != "ss"


_COMPASS = wordset("north south east west northern southern eastern western")


def _state_corporation(entity: Entity) -> bool:
    """Round 372: a corporation the state runs, by the way Korea names one ("Korea Gas
    Safety Corp.", "Korea Agro-Fisheries & Food Trade Corp."): wire copy calls it "the
    agency" as well as "the company" (a firm names itself "Co." or "Inc.")."""
    names = entity.names()
    return len(names) > 2 and names[0] in _STATE_PREFIXES and names[-1] in _CORPORATIONS


_STATE_PREFIXES = wordset("korea korean")
_STATE_RUN = wordset("state-run state-owned")
"""Round 372: modifiers "the agency" may carry and still mean any agency of the story."""
_CORPORATIONS = wordset("corp. corporation")


def _kindless_body(entity: Entity) -> bool:
    """A named body no role describes whose name says no kind but ends in its country's
    name after a word of its own: the state's way of naming a body ("Statistics Korea"; not
    "South Korea", nor a firm, "Dasan Logistics")."""
    names = entity.names()
    if not entity.org or len(names) < 2 or entity.roles or _kind(entity) or _outlet(entity):
        return False
    return names[-1] in PLACES and names[0] not in PLACES and names[0] not in _COMPASS


def _body_in_title(title: str) -> list[str]:
    """The words naming a body before the role of a title ("Statistics Korea official" gives
    Statistics Korea, "Korea Institute for Testing (KIT) President" the Institute); none when
    the title is a role alone ("Finance Minister") or holds no body of two words."""
    words = title.split()
    while words and _role_word(words[-1]):
        words.pop()  # "senior official", "President", "(KIT)"
    if len(words) < 2 or not all(w[:1].isupper() or w in _NAME_JOINS for w in words):
        return []
    return words if words[-1][:1].isupper() else []


_NAME_JOINS = frozenset(("of", "for", "and", "on"))


def _role_word(word: str) -> bool:
    """A word of a title that is no body's name: lowercase, a person's role, an acronym."""
    role = ROLE_NOUNS.get(lowercase(word), "")
    return not word[:1].isupper() or (bool(role) and role not in ORG_ROLES)


def _outlet(entity: Entity) -> bool:
    """Yonhap, named as where an interview was given ("told Yonhap News Agency"): the wire
    reporting the story, never what "the agency" in it means."""
    return "yonhap" in entity.names()


def news_agency(entity: Entity) -> bool:
    """A news agency named in the article: "Korean Central News Agency (KCNA)"."""
    return (
        entity.org
        and "news agency" in lowercase(entity.name)
        and "yonhap" not in lowercase(entity.name)
    )


@lru_cache(maxsize=256)
def _people_of(name: str) -> bool:
    """Round 73: True when a body's name opens with a person's role in the plural before
    "of" and holds no body's head noun: "Residents of Gimpo's Haesan-ri", "Parents of ...".
    They are people of a place, which "it" never means ("in what it called ..." is the
    sentence's own body, not the residents named a paragraph before)."""
    words = lowercase(name).split()
    if len(words) < 3 or words[1] != "of":
        return False
    one = singular(words[0])
    role = ROLE_NOUNS.get(one, "")
    return one != words[0] and role != "" and role not in ORG_ROLES and ORG_HEADS.isdisjoint(words)


def _people(entity: Entity) -> bool:
    """Round 73: an entity named as people of a place (:func:`_people_of`)."""
    return entity.name[:1].isupper() and _people_of(entity.name)


_PLACE_OR_BODY_NOUNS = frozenset(KIND_NOUNS) | wordset(
    "county province city district state country township village"
)
"""Round 189: head nouns that make a name a place's or a body's, never a person's."""
_BODY_ROLES = _PLACE_OR_BODY_NOUNS - {"operator"}
"""... as roles (one who "runs a tour agency" is an operator too)."""


def _place_or_body(entity: Entity) -> bool:
    """Round 189: True for a name wire copy gives a place or a body, which "he", "she" or
    "the 52-year-old" never means: one ending in a place or body noun ("Hwaseong County",
    "Gangwon Province"), a capital or country ("Tokyo"), or one known only by body nouns
    ("analytics firm Datarim", a company). A Korean personal name is never one. Why: the
    table marks every named entity a possible person until told otherwise, so a county that
    spoke last took the next "he said" ('The county said it would help. Asked about his son,
    he said: "..."' is a fisherman's, not the county's)."""
    names = entity.names()
    if not names or _personal_name(entity.name):
        return False
    if names[-1] in _PLACE_OR_BODY_NOUNS or names[-1] in PLACES:
        return True
    return bool(entity.roles) and entity.roles <= _BODY_ROLES


def _late(entity: Entity) -> bool:
    """Round 189: True for a person wire copy describes as dead ("the late pianist NAME",
    "NAME, her late mentor"): "late" a word of its title, appositive or a phrase naming it."""
    if not entity.person or entity.org:
        return False
    for text in (entity.title, entity.appositive, *entity.phrases):
        if "late" in lowercase(text).replace(",", " ").split():
            return True
    return False


_PRONOUN_FITS: dict[str, Callable[[Entity], bool]] = {
    "it": lambda e: e.org and not _people(e),
    "they": lambda e: e.plural,
    **{w: lambda e: False for w, role in PRONOUNS.items() if role == "nobody"},  # "someone"
}


class _Recent:
    """Entities in order of their last mention, newest last, at most ``_RECENT``."""

    __slots__ = ("_order",)

    def __init__(self) -> None:
        self._order: dict[Entity, None] = {}  # insertion-ordered: a touch is O(1)

    @property
    def items(self) -> list[Entity]:
        return list(self._order)

    def touch(self, entity: Entity) -> None:
        order = self._order
        order.pop(entity, None)
        order[entity] = None
        if len(order) > _RECENT:
            del order[next(iter(order))]

    def replace(self, gone: Entity, into: Entity) -> None:
        """Put ``into`` where ``gone`` was (once)."""
        if gone in self._order:
            self._order = dict.fromkeys(into if e is gone else e for e in self._order)

    def newest(self, wanted: Callable[[Entity], bool] = lambda e: True) -> Entity | None:
        for entity in reversed(self._order):  # a loop, not next() over a generator (hot)
            if wanted(entity):
                return entity
        return None


def _touch(lists: dict[str, _Recent], key: str, entity: Entity) -> None:
    """Make ``entity`` the newest under ``key`` (no new list built when one exists)."""
    recent = lists.get(key)
    if recent is None:
        recent = lists[key] = _Recent()
    order = recent._order  # _Recent.touch, spelled out: it runs for every word of every name
    order.pop(entity, None)
    order[entity] = None
    if len(order) > _RECENT:
        del order[next(iter(order))]


def works_in(role: str, body: Entity) -> bool:
    """True when ``body``'s name holds the stem of ``role``, what the people who work there
    are: a word of it starts with the role's first seven letters ("prosecu" in "...
    Prosecutors' Office", "investi" in "... Investigation Board")."""
    return len(role) >= 7 and any(word.startswith(role[:7]) for word in body.names())


def state_body(entity: Entity) -> bool:
    """A body of the state by its name or roles: a ministry, an agency, a service."""
    return entity.org and _kind(entity) == "state"


def media_body(entity: Entity) -> bool:
    """A news outlet by its name or roles: a newspaper, state media, "... Sinmun", "... Daily"
    (round 405: whose unsigned commentary speaks for it)."""
    return entity.org and _kind(entity) == "media"


def same_owner(intro: str, known: str) -> bool:
    """False when a body's description and a name (lowercase) both open with whose it is
    and disagree: "north korea's foreign ministry" and "south korea's ministry of foreign
    affairs" (not "the country's", which may be anyone's, nor "the korean people's army",
    a possessive inside a name)."""
    ours, theirs = _owned_by(intro), _owned_by(known)
    return not ours or not theirs or ours == theirs


def _owned_by(text: str) -> str:
    """The one- or two-word owner a phrase opens with ("china" in "china's ..."), or ""."""
    mark = text.replace("’", "'").find("'s ")
    owner = text[:mark] if mark > 0 else ""
    return "" if owner.count(" ") > 1 or owner.startswith("the ") else owner


def _not_initials(written: str, key: str, spelled: set[str]) -> bool:
    """Round 172: True when ``written`` ("Na") is a capitalised word, not capitals, whose
    lowercase form only a body's initials gave as an alias ("National Assembly" spells "na"):
    "Na said" after "Seaman Jo Na-ri ... the National Assembly" is a surname, and initials
    are written in capitals ("NA"). An alias the article gave in brackets stays as written."""
    return key in spelled and written[:1].isupper() and not written.isupper()


@lru_cache(maxsize=256)  # every mention of a titled person asks again
def _initials_role(title: str) -> str | None:
    """The role a title's initials name ("Chief Financial Officer" is the CFO), or None."""
    initials = lowercase("".join([w[0] for w in title.split() if w[0].isupper()]))
    return ROLE_NOUNS[initials] if len(initials) >= 2 and initials in ROLE_NOUNS else None


_RANKS = wordset("gen. lt. col. maj. capt. sgt. adm. cmdr. cdr. cpl. pvt. brig.")
"""Abbreviated ranks that follow a post in a title ("Navy spokesperson Cmdr. NAME")."""


def _post_before_rank(title: str) -> str:
    """The role of the post a title names before its closing abbreviated rank ("spokesperson"
    in "JCS spokesperson Col."), or "" (a rank alone, or a capitalised word before it)."""
    words = title.split()
    k = len(words) - 1
    while k > 0 and lowercase(words[k]) in _RANKS:
        k -= 1  # "Lt. Col."
    if k == len(words) - 1 or not words[k].islower():
        return ""
    return role_of(words[k])


def _spelled_out(role: str, known: str) -> bool:
    """Round 109: True when ``role`` is an officer's initials ("cio") that three words of
    ``known`` spell ("the fund's chief investment officer"): "the CIO" is that person."""
    if role not in _OFFICER_INITIALS:
        return False
    words = known.split()
    return any("".join([w[0] for w in words[i : i + 3]]) == role for i in range(len(words) - 2))


_OFFICER_INITIALS = frozenset(("ceo", "cfo", "coo", "cto", "cio"))


def _learn_from_pronoun(entity: Entity, word: str) -> None:
    """What a pronoun tells of the one it means: "she" a gender, "it" a body (a one-word
    name that spoke, "Samsung said", is a company's once "it said" follows)."""
    gender = _GENDER.get(word, "")
    if gender:
        entity.gender = gender
    if word == "it" and not _personal_name(entity.name):
        entity.org = True


class SpeakerTable:
    """Resolves mentions, in reading order, to entities."""

    _kin_seen: dict[tuple[Entity, tuple[str, ...]], re.Match[str] | None] | None = None
    """Round 132: where each child was introduced (:meth:`_kin_introduced`), made when first
    asked (most articles never ask: nothing is built for them)."""
    _towns: dict[str, Entity | None] | None = None
    """Round 154: the city "the city of NAME" named, by kind (:meth:`_town`), when first asked."""

    def __init__(self, headline: str = "", texts: Sequence[str] = ()) -> None:
        self.entities: list[Entity] = []
        self._texts = texts  # round 75: the paragraphs, for the lede's Hangul gloss
        self._lowercase_words: frozenset[str] | None = None  # round 314, read when first asked
        self._attributives: dict[str, bool] = {}  # round 328: each word's answer, read once
        self._itself: dict[str, int] = {}  # round 165: where a body first said "it" of itself
        self._headline = headline  # round 75: the words naming or describing the principal
        self._headline_words: frozenset[str] | None = None  # ... read once, when first asked
        self._principal: Entity | None = None  # round 75: the first person named in full
        self._principal_at: int | None = None  # ... and the paragraph that named them
        self._names: dict[tuple[str, ...], Entity] = {}
        self._aliases: dict[str, Entity] = {}
        self._by_initials: set[str] = set()  # round 172: the aliases only a body's initials gave
        self._words: dict[str, _Recent] = {}
        self._roles: dict[str, _Recent] = {}
        self._subjects = _Recent()
        self._introduced = _Recent()
        self._nameless = _Recent()
        self._spoke = _Recent()
        self._lede: set[Entity] = set()
        """Entities the lede introduced: wire copy describes a body there, names it next."""
        self._in_full: dict[Entity, int] = {}  # how often each person was named in full
        self._bare: dict[str, tuple[Entity, int]] = {}  # a surname's first bare use
        self._named_at: dict[Entity, int | None] = {}  # ... and the paragraph it was last
        self._seen: dict[Entity, int | None] = {}  # the paragraph each was last mentioned in
        self._here: list[Entity] = []  # who the current paragraph has mentioned, in order
        self._here_at: int | None = None  # ... and which paragraph that is
        self._here_end = 0  # where the last of those mentions ended
        self._owners: list[Entity] = []  # round 164: people named as owners inside a phrase
        self._askers: list[Entity] = []  # who put a question in the current paragraph
        self._before_at: int | None = None  # which paragraph came before the current one
        self._heard: list[Entity] = []  # who was a subject or spoke in the current paragraph
        self._heard_then: list[Entity] = []  # ... and in the paragraph before it
        self._heard_end = -9  # where the last of the current paragraph's heard ends
        self._pairs: dict[Entity, Entity] = {}  # round 41: two people named "A and B"
        self.described: list[Entity] = []
        """Round 76: bodies first met as "the" + a body noun (:data:`KIND_NOUNS`)."""

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity ``mention`` refers to (creating it if new), or None when unclear."""
        if mention.kind == "pronoun":
            entity = self._pronoun(mention)
            if entity is not None:
                _learn_from_pronoun(entity, lowercase(mention.text))
        elif mention.kind == "name":
            mention.name = _without_origin(mention.name)
            entity = self._named(mention)
            if " " in mention.name and not entity.org:
                self._in_full[entity] = self._in_full.get(entity, 0) + 1
                self._named_at[entity] = mention.paragraph
                if self._principal is None and self._glossed(mention):
                    self._principal, self._principal_at = entity, mention.paragraph
            at = mention.paragraph  # round 99 (a surname too: "Na joined ... as an actress")
            if (
                at is not None
                and not entity.org
                and at < len(self._texts)
                and self._texts[at].find(" as a", mention.end, mention.end + _SERVED_REACH) >= 0
            ):  # (speed: most names have none, and are not called for)
                self._learn_served(entity, mention)
        else:
            owner = _owning_body(mention)
            if owner:  # round 260: "The Suwon District Court's civil division said": the court
                mention.kind, mention.name, mention.org = "name", owner, True
                return self.resolve(mention)
            if not mention.org and _body_description(mention):
                mention.org = True  # round 212: "the club", "the financial regulator": a body
            entity = self._role(mention)
            if entity is not None and _korean_holder(entity, mention):
                entity = self._new(mention)  # round 166: "the Chilean minister" is no Korean
        if entity is not None and mention.kind != "name" and mention.spoke and _late(entity):
            entity = self._living_alike(mention, entity)  # round 189
        if entity is not None:
            self._update(entity, mention)
        return entity

    def _living_alike(self, mention: Mention, late: Entity) -> Entity | None:
        """Round 189: who a pronoun or a role noun means when the one it would mean is dead
        ("the late poet NAME"): the newest other person it fits who is not, or no one. The
        late are quoted by name, from memory ('Her late teacher, NAME, once told her to
        "..."'); "she said" or "the novelist said" after it is the living one's telling
        (invented: 'Pianist Jeup Ha-ul ... Her late mentor, the pianist Seomun Yeo-jin, had told
        her to "...," she said.' then '"...," the pianist said': Jeup)."""
        if mention.kind == "pronoun":
            word = lowercase(mention.text)
            gender = _GENDER.get(word, "")
            if word not in _GENDER or not gender:
                return None

            def fits(e: Entity) -> bool:
                return e.person and e.gender in ("", gender) and not _plural_people(e.name)

        else:
            role = mention.role
            if not role or mention.determiner != "the" or mention.modifiers or mention.plural:
                return None

            def fits(e: Entity) -> bool:
                return e.person and role in e.roles

        def wanted(e: Entity) -> bool:
            return e is not late and fits(e) and not _late(e) and bool(e.name)

        return self._subjects.newest(wanted) or self._introduced.newest(wanted)

    def described_again(self, entity: Entity, mention: Mention) -> Entity:
        """Round 49: take ``mention`` ("the man accused of fraud") as ``entity``, found by the
        caller from the text around earlier names, and record it as for any mention."""
        self._update(entity, mention)
        return entity

    def pair(self, first: Entity, second: Entity) -> None:
        """Round 41: ``first`` and ``second`` were named joined by "and" ("Rep. Ahn and Rep.
        Yoo filed rival bills"): until either is mentioned again, a description both fit
        ("the lawmaker") means neither more than the other (the first is no more salient)."""
        if first is not second and first.person and second.person:
            self._pairs[first] = second
            self._pairs[second] = first

    def _paired_rival(self, chosen: Entity, fits: Callable[[Entity], bool]) -> bool:
        """True when the one ``chosen`` was last named together with another ("A and B")
        whom the description fits as well."""
        partner = self._pairs.get(chosen)
        return partner is not None and fits(partner)

    def _gendered_of_pair(self, chosen: Entity, gender: str) -> Entity | None:
        """Round 162: which of two people named together ("A and B") a gendered pronoun
        means when both could: the one already known to be of its gender, when the other's
        gender is unknown ("Dr. Noh and Col. Bae both urged caution. '...,' she said", Noh
        called "she" before, Bae never given a pronoun); None when both or neither is."""
        partner = self._pairs[chosen]
        if chosen.gender == gender and not partner.gender:
            return chosen
        if partner.gender == gender and not chosen.gender:
            return partner
        return None

    def find(self, mention: Mention) -> Entity | None:
        """The entity a headline phrase means, looked up without changing the table: the
        first one introduced with that name or role."""
        if mention.kind == "pronoun":
            return None
        role = mention.role
        if mention.kind == "name":
            key = _tokens(mention.name)
            for entity in self.entities:
                names = entity.names()
                same = names == key or key[0] in entity.aliases
                if same or (len(key) <= 2 and names and key[-1] in (names[0], names[-1])):
                    return entity  # "Yoon", or a title no list knows: "Glassblower Ahn"
            role = role or (singular(key[0]) if len(key) == 1 else "")  # "Curator: '...'"
        pool = [e for e in self.entities if role and role in e.roles]
        fitting = [e for e in pool if e.fits(mention)]
        return next(iter(fitting or pool), None) or self._head_of(mention, self.entities)

    @staticmethod
    def _head_of(mention: Mention, entities: list[Entity]) -> Entity | None:
        """Who "the KRSIA chief" or "the agency's head" means when nobody holds that role by
        name: the person whose title or description holds every modifier ("Korea Rail ...
        Agency (KRSIA) Commissioner Han Bo-ra"), if just one person does."""
        if mention.role not in _HEADLINE_HEADS or not mention.modifiers:
            return None
        found = list(dict.fromkeys(e for e in entities if e.person and e.name and e.fits(mention)))
        if not found:  # "BOK chief" for "Bank of Korea Governor Rhee": the body's initials
            found = [e for e in entities if e.person and e.name and spells(_known(e), mention)]
        return found[0] if len(found) == 1 else None

    def merge(self, gone: Entity, into: Entity) -> None:
        """Make ``into`` the entity ``gone`` was: the lede's "the head of the state weather
        agency" is the Han Seung-woo the next paragraph names. ``into`` takes ``gone``'s
        roles and phrases and its place among the entities (the headline looks there)."""
        into.roles |= gone.roles
        into.phrases.extend(p for p in gone.phrases if p not in into.phrases)
        into.issued |= gone.issued
        self.entities = [into if e is gone else e for e in self.entities if e is not into]
        for recent in (
            self._subjects,
            self._introduced,
            self._nameless,
            self._spoke,
            *self._roles.values(),
            *self._words.values(),
        ):
            recent.replace(gone, into)

    # --- resolution ----------------------------------------------------------------------

    def _pronoun(self, mention: Mention) -> Entity | None:
        """Who a pronoun means (changing nothing: what it tells of the one it means is
        learned by :func:`_learn_from_pronoun`)."""
        if mention.role == "nobody":
            return None  # round 163: "one" of 'one of the guards said' is no one a reader can name
        word = lowercase(mention.text)
        gender = _GENDER.get(word, "")
        wanted = _PRONOUN_FITS.get(
            word,
            lambda e: (
                e.person
                and e.gender in ("", gender)
                and not _plural_people(e.name)
                and not self._vocabulary_word(e)
                and not (gender and _thing_brought_in(e))  # round 379
            ),
        )
        if mention.asked and gender and mention.paragraph == self._here_at:
            asking = self._asking_again(wanted)
            if asking is not None:
                return asking
        pick = self._subjects.newest(wanted) or self._introduced.newest(wanted)
        if gender and (pick is None or self._seen.get(pick) != mention.paragraph):
            pick = (
                self._only_one_here(mention, wanted) or self._topic_owner(mention, wanted) or pick
            )
        if gender and pick is not None and _place_or_body(pick):  # round 189
            pick = self._person_near(pick, wanted)
        if pick is not None and self._pairs and gender and self._paired_rival(pick, wanted):
            # round 41: "Kim and Lee opened the cafe." then "she said": either
            return self._gendered_of_pair(pick, gender)
        if (
            word == "it"
            and pick is not None
            and (not _body(pick) or pick.roles == _PLACE)  # round 10: 'Ulsan is home to ...'
            and pick is not self._spoke.newest()
        ):
            # a country a sentence was about, not the body that spoke just before (or a
            # one-word name that spoke: "it" makes "Samsung said" a company's)
            recent = self._subjects.items[-_IT_REACH:]
            spoke = self._spoke.newest(
                lambda e: (_body(e) or _lone_name(e)) and e in recent and not _people(e)
            )
            pick = spoke or pick
        if word == "it" and pick is not None:
            # round 59: 'Jibsa Plus said it would appeal to the Supreme Court. "...," it
            # said': a name nothing shows is a person's, the last subject and the last to
            # speak, is who "it" means, not a body its sentence only named after a verb
            newest = self._subjects.newest()
            if (
                newest is not pick
                and newest is not None
                and newest is self._spoke.newest()
                and (_unshaped_name(newest) or _thing_named(newest))
            ):
                pick = newest
        if word == "it" and (pick is None or self._seen.get(pick) != mention.paragraph):
            return self._opening_body(mention, pick)
        return pick

    def _owned_by_another(self, mention: Mention, pool: list[Entity]) -> bool:
        """Round 284: True when a role phrase opens on a capitalised owner ("Iran's head
        coach", "Baek's lawyer") that makes it another holder than the ``pool`` of holders
        known, none of which it fits: an owner that is no person of the story (a country, a
        team: the story's own side, Korea, excepted), or a person when every holder known was
        introduced as someone else's ("the customer's lawyer"). Not "Kim's lawyer" after "his
        lawyer, NAME", which may be Kim's."""
        owner = _OWNER.search(mention.text)
        name = owner[1] if owner is not None else ""
        if not name[:1].isupper() or not name.isalpha():
            return False
        low = lowercase(name)
        if low in _HOME:
            return False
        if names_a_state(low) or not any(
            low in e.names() and e.person and not _place_or_body(e) for e in self.entities
        ):
            return True
        return all(_owned_by_other(e, low) for e in pool)

    def _vocabulary_word(self, entity: Entity) -> bool:
        """Round 314: True when ``entity`` is a lone capitalised word nothing shows is a name
        (:func:`_bare_word`) that the article also writes in lowercase, as a word ("Interest
        has returned ..." and "interest rates"; "Producers ask for ..." and "TV producers"):
        the capital is the sentence's, so "he" or "she" never means it. A name is never
        written in lowercase ("Jennie released a single", "Tanabe said"), so it still may.
        Also such a word in a plural's form (round 324, :func:`_plural_lone`), and any lone
        word the article opens a sentence with as a modifier (round 328, :meth:`_attributive`:
        "Hangul crosswords are ...", whatever else was read of it)."""
        if _lone_word(entity) and self._attributive(entity.names()[0]):
            return True  # round 328
        if not _bare_word(entity):
            return False
        if _plural_lone(entity):
            return True  # round 324: "Larvae need ...", "Producers ask ..."
        if self._lowercase_words is None:
            self._lowercase_words = frozenset(
                word for text in self._texts for word in _LOWER_WORD.findall(text)
            )
        return lowercase(entity.names()[0]) in self._lowercase_words

    def _attributive(self, word: str) -> bool:
        """Round 328: True when the article opens a sentence with ``word`` (lowercase, as
        :meth:`Entity.names` gives it) before a plain noun and that noun's finite verb
        ("Hangul crosswords are harder ...", "Fresh grounds are ...", "Burned notes accounted
        for ..."): the capital modifies the noun, the sentence's subject, and names no one.
        A name opens its sentence before its own verb ("Jennie released", "Tanabe also
        said"), not before a noun and a verb. Round 390: also a word opening a clause that
        its own "she said" tags (:data:`_TAGGED_OPENING`)."""
        known = self._attributives.get(word)
        if known is None:
            capital = word[:1].upper() + word[1:]
            pattern = _ATTRIBUTIVE_OPENING.replace("WORD", re.escape(capital))
            known = any(
                lowercase(found[1]) not in _NOT_NOUNS and found[1][-2:] not in ("ed", "ly")
                for text in self._texts
                for found in re.finditer(pattern, text)
            ) or any(
                re.search(_TAGGED_OPENING.replace("WORD", re.escape(capital)), text)
                for text in self._texts
            )
            self._attributives[word] = known
        return known

    def _person_near(self, place: Entity, wanted: Callable[[Entity], bool]) -> Entity | None:
        """Round 189: who "he", "she" or "the 52-year-old" means when the one it would mean
        is a place or a body (:func:`_place_or_body`): the one person named by a personal
        name in the paragraph that last named anyone such, when that is the pronoun's own
        paragraph or the one before ('Gimhae County said it would help. "Dokgo Pil-seung has
        stopped fishing," it said.' then '"...," he said' is Ahn's); None when there are
        none, two, or they were named further back (no speaker rather than someone the
        reader has lost sight of)."""
        near = [
            e
            for e in self.entities
            if e is not place
            and wanted(e)
            and not _place_or_body(e)
            and (_personal_name(e.name) or _surname_alone(e))
            and self._seen.get(e) is not None
        ]
        if not near or self._here_at is None:
            return None
        newest = max(self._seen[e] or 0 for e in near)
        if self._here_at - newest > 1:
            return None
        found = [e for e in near if self._seen[e] == newest]
        return found[0] if len(found) == 1 else None

    def _opening_body(self, mention: Mention, pick: Entity | None) -> Entity | None:
        """Round 105: who "it" means after its paragraph opened with a sentence of narration
        about a body the paragraph names, when the body picked was last mentioned in an
        earlier paragraph: 'Rival Jinmi is moving the same way. It said ...' (that sentence's
        subject, not the country named in passing a paragraph before), 'The club rejected the
        claim. "...," it said' (the club: when no body named here is one, no speaker rather
        than the paper a quotation was told to). Not when the opening sentence is about the
        body picked ("Its shares fell 3 percent. It said ..."), nor when it is about a thing
        ("Sales rose 5 percent. It said ...": the firm the copy was about)."""
        at = mention.paragraph
        if at is None or at >= len(self._texts):
            return pick
        text = self._texts[at]
        if text[:1] in _QUOTE_OPENERS:
            return pick  # the paragraph opens with a quotation: no sentence of narration
        end = text.find(". ", 0, min(mention.start, _OPENING_REACH))
        if end < 0 or '"' in text[:end] or "\u201c" in text[:end]:
            return pick
        opening = text[:end]
        if opening.startswith(("It ", "Its ", "It's ")):
            return pick
        for entity in reversed(self._subjects.items):
            if self._seen.get(entity) != at:
                continue
            if _opening_subject(entity):
                return entity
        words = opening.split(None, 3)
        if words[:1] == ["The"] and any(lowercase(w) in KIND_NOUNS for w in words[1:3]):
            return None  # "The club rejected the claim."
        return pick

    def _only_one_here(self, mention: Mention, wanted: Callable[[Entity], bool]) -> Entity | None:
        """Session 23: the one person named by a Korean personal name in the pronoun's own
        paragraph, before it, whom "he" or "she" may mean; None when there are none or two.

        Asked when the newest fitting subject was last seen in an earlier paragraph. A
        paragraph that brings in a person as an object or after a verb ("KCNA also quoted a
        technician, NAME, who ...", "Among the newcomers is NAME, who ...") and then gives a
        quotation to "she" means that person, not the subject of a paragraph before it."""
        if mention.paragraph != self._here_at:
            return None  # nobody named yet in this paragraph
        found = [
            e
            for e in self._here
            if wanted(e) and (_personal_name(e.name) or _surname_alone(e)) and e not in self._askers
        ]
        if not found and self._askers:
            return self._asker_again(mention, wanted)
        if not found and not any(wanted(e) for e in self._here):
            # round 164: 'Fans in NAME's hometown call her "...," a nickname she says she
            # likes': no person named on their own here, but one named as an owner is
            found = list(dict.fromkeys(e for e in self._owners if wanted(e) and e.name))
        return found[0] if len(found) == 1 else None

    def _topic_owner(self, mention: Mention, wanted: Callable[[Entity], bool]) -> Entity | None:
        """Round 332: the one person whose name, as an owner, opens a sentence of the
        pronoun's paragraph before it, of a thing no person ("Kim's team finished its track
        ... "...," she said", "Ko's next goal is ...", "Kwon's team plans next to ... She
        called"): the sentence is about that person, though no phrase of its own names them
        and an earlier paragraph's speaker is the newest subject. Not "NAME's mother" or
        "NAME's coach", another person, and not an owner two people may be."""
        here = mention.paragraph
        if here is None or here >= len(self._texts):
            return None
        text = self._texts[here][: mention.start]
        found: list[Entity] = []
        for owner in _OPENING_OWNER.finditer(text):
            owned = {lowercase(w) for w in (owner[2], owner[3]) if w}
            if owned & PERSON_ROLES or owned & _KINSHIP:
                continue  # "Kim's mother", "Ko's coach": another person
            recent = self._words.get(lowercase(owner[1].split()[-1]))
            fits = [e for e in recent.items if wanted(e) and e.name] if recent else []
            if len(fits) == 1 and fits[0] not in found:
                found.append(fits[0])
        return found[0] if len(found) == 1 else None

    def _asking_again(self, wanted: Callable[[Entity], bool]) -> Entity | None:
        """Round 241: who a pronoun that itself asks means: the one fitting asker of its
        paragraph so far ('Another reporter asked about the ship. "...?" he asked.'). An
        asker is no subject a later "he said" means (the answer is another's), but "he
        asked" is the asker asking again, not the last subject (the official briefing)."""
        askers = [e for e in dict.fromkeys(self._askers) if wanted(e)]
        return askers[0] if len(askers) == 1 else None

    def _asker_again(self, mention: Mention, wanted: Callable[[Entity], bool]) -> Entity | None:
        """Round 139: the one named asker of the pronoun's paragraph, when the last to speak
        there is someone else whom the pronoun cannot mean: '"How many?" Rep. Ahn asked.
        "None," Bok answered. "Thank you," she said.' (Bok is a man: the turn is back with
        the one who asked). Not when nobody else spoke there ('Ahn asked whether it had
        flooded. "Never," she said': the answer is someone else's)."""
        askers = [e for e in self._askers if wanted(e) and _personal_name(e.name)]
        if len(askers) != 1:
            return None
        last = self._spoke.newest()
        if last is None or last is askers[0] or wanted(last) or last not in self._heard:
            return None
        return askers[0] if self._seen.get(last) == mention.paragraph else None

    def _employer(self, here: int | None) -> Entity | None:
        """The firm named in the title of the newest titled person who spoke in this
        paragraph or the one before ("Orbiton Space CEO Bok Jun-yeong"): who "the company"
        means right after its chief spoke, rather than any body named before (the longest
        such name; a place or a person is none)."""

        def titled(e: Entity) -> bool:
            seen = self._seen.get(e)
            near = seen is not None and here is not None and 0 <= here - seen <= 1
            return near and e.person and bool(e.title)

        newest = self._spoke.newest(titled)
        if newest is None:
            return None
        title = f" {lowercase(newest.title)} "
        found = [
            e
            for e in self.entities
            if e is not newest and e.name and f" {lowercase(e.name)} " in title and _body_shaped(e)
        ]
        if not found:
            return None
        firm = max(found, key=lambda e: len(e.name))
        firm.org = True  # "Daejeon-based Orbiton Space" read as a name: it is a company
        return firm

    def _team_again(self, mention: Mention) -> Entity | None:
        """The named club the paragraph's last sentence was about, for a bare "the club" or
        "the team": 'The Dinos ... said they respected his decision. "...," the club wrote'
        (round 10; not an older "the club" another paragraph meant)."""
        if mention.role not in _TEAMS or mention.determiner != "the" or mention.modifiers:
            return None
        newest = self._subjects.newest()
        if newest is None or not newest.org or not newest.name or not _body(newest):
            return None
        return newest if self._seen.get(newest) == mention.paragraph else None

    def _surname_as_role(self, mention: Mention) -> Entity | None:
        """The person named in full whose surname is a capitalised role noun standing alone:
        '"...," Son said' after "Son Ji-woo" (a singular role noun with no determiner, such as
        "son" or "judge", is no subject in English; round 10)."""
        text = mention.text
        if mention.determiner or mention.modifiers or mention.plural or mention.org:
            return None
        if not text[:1].isupper() or not text.isalpha():
            return None  # one capitalised word, nothing around it
        found = self._surname([lowercase(text)])
        if found is None or not found.person or len(found.names()) < 2:
            return None
        return found

    def _named(self, mention: Mention) -> Entity:
        key = _tokens(mention.name)
        here = mention.paragraph  # (None: no bare surname, see :meth:`_kept_surname`)
        if mention.title:
            here = None
            if mention.title in _COMPARED_TITLES:  # round 23: "the elder Uhm" holds no title
                elder = lowercase(mention.title) in _ELDER
                mention.title = mention.role = ""
                aged = self._by_age(key, elder) or self._by_sibling(key, elder, mention.paragraph)
                if aged is not None:
                    return aged
        return (
            self._same_name(key, mention.name)
            or self._fuller_body(key, mention)
            or (self._body_by_short_name(key, mention) if len(key) == 2 else None)
            or (self._one_fuller_name(key) if len(key) >= 2 else None)
            or (
                self._by_appositive(key, mention)
                if len(key) == 1 and mention.role and mention.appositive[:4] == "the "
                else None
            )
            or self._surname(key, here, mention.org)
            or (self._paternal_surname(key[0]) if len(key) == 1 else None)
            or (self._titled_first_word(key[0]) if len(key) == 1 else None)
            or (self._titled_last_word(key[0]) if len(key) == 1 and mention.determiner else None)
            or self._unnamed(mention)
            or (self._national(mention) if _demonym(mention) else None)
            or (self._acronym_spelled(mention) if len(key) == 1 else None)
            or self._new(mention)
        )

    def _acronym_spelled(self, mention: Mention) -> Entity | None:
        """Round 344: a body first speaking by its acronym ("KASI said ...") after the copy
        spelled the acronym out only inside another phrase ("led by NAME of the Korea ...
        Institute (KASI)": no mention of the body itself) is that body, shown by its name.
        Only an acronym of two to seven capitals that one spelled-out name gives."""
        acronym = mention.name
        if not (2 <= len(acronym) <= 7 and acronym.isalpha() and acronym.isupper()):
            return None
        pattern = _SPELLED_AS.format(re.escape(acronym))
        names = {
            name
            for text in self._texts
            for found in re.finditer(pattern, text)
            if (name := _spelled_name(found[1].split()))
        }
        if len(names) != 1:
            return None
        entity = self._new(mention)
        entity.org = True
        entity.name = names.pop()
        entity.aliases.add(lowercase(acronym))
        self._aliases.setdefault(lowercase(acronym), entity)
        return entity

    def _paternal_surname(self, word: str) -> Entity | None:
        """Round 238 (merged in round 251): the one person named in full with three words or
        more, the next to last of them ``word``, when nothing else bears it: "Rafael Ochoa
        Zelaya" is "Ochoa" later, the first of two surnames by which Spanish copy names a
        person (no romanised Korean name has three words). Two such people: no guess."""
        found: Entity | None = None
        for entity in self.entities:
            if not entity.person or entity.org:
                continue
            names = entity.names()
            if len(names) < 3 or names[-2] != word or any("-" in n for n in names):
                continue
            if found is not None and found is not entity:
                return None
            found = entity
        return found

    def _titled_first_word(self, word: str) -> Entity | None:
        """Round 73: the body a bare one-word name means when nothing else bears the word and
        one body named only in a person's title opens with it: "Hallim said" after "Hallim
        Group Chairman NAME" is Hallim Group (made an entity here, once), so a later "the
        flagship Hallim Steel" names a second body rather than completing the first."""
        found: list[str] | None = None
        initial, size = word[:1].upper(), len(word)
        for entity in self.entities:
            title = entity.title  # (its first letter tested first: most titles fail it)
            if title[:1] != initial or lowercase(title[:size]) != word or not entity.person:
                continue
            words = _body_in_title(entity.title)
            if len(words) < 2 or lowercase(words[0]) != word:
                continue
            if found is not None and found != words:
                return None  # two bodies open with the word: no guess
            found = words
        if found is None:
            return None
        body, made = self._title_body(found)
        if made:  # (indexed by its words, so that a later bare word finds it as a name does)
            for w in found:
                _touch(self._words, lowercase(w), body)
        return body

    def _titled_last_word(self, word: str) -> Entity | None:
        """Round 196: the body "the <Word>" means when nothing else bears the word and one
        body named only in a person's title ends with it: "The Falcons said" after "Daegu
        Falcons pitcher NAME" is the Daegu Falcons, as round 73 reads "Hallim said" after
        "Hallim Group Chairman NAME" (a team or a body is named short by its last word, with
        "the"). Two such bodies: no guess."""
        found: list[str] | None = None
        for entity in self.entities:
            if not entity.person or word not in lowercase(entity.title):
                continue
            words = _body_in_title(entity.title)
            if len(words) < 2 or lowercase(words[-1]) != word:
                continue
            if found is not None and found != words:
                return None
            found = words
        if found is None:
            return None
        body, made = self._title_body(found)
        if made:
            for w in found:
                _touch(self._words, lowercase(w), body)
        return body

    def _party_of(self, mention: Mention) -> Entity | None:
        """Round 187: the party "NAME's party" means, when the one person of that name was
        given with a party in their title: "Justice Party candidate Moon Ha-eun" then "Moon's
        party said it would "..."" is the Justice Party (no party in the title, or two people
        of the name: none found here)."""
        if len(mention.modifiers) != 1 or mention.modifiers[0][-2:] not in ("'s", "’s"):
            return None
        word = mention.modifiers[0][:-2]
        recent = self._words.get(word)
        people = [e for e in recent.items if e.person and word in e.names()] if recent else []
        if len(people) != 1:
            return None
        words = people[0].title.split()
        while words and _role_word(words[-1]):
            words.pop()  # "candidate", "leader"
        if not words or lowercase(words[-1]) != "party":
            return None
        start = len(words) - 1  # the capitalised run naming it: "former | Justice Party"
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        return self._title_body(words[start:])[0] if start < len(words) - 1 else None

    def _title_body(self, words: list[str]) -> tuple[Entity, bool]:
        """The body a person's title names by ``words`` (at least two), made an entity the
        first time it is asked for; and whether it was made now."""
        key = tuple(lowercase(w) for w in words)
        body = self._names.get(key)
        if body is not None:
            return body, False
        body = Entity(org=True)
        body.name = " ".join(words)
        self.entities.append(body)
        self._names[key] = body
        return body, True

    def _same_name(self, key: list[str], written: str = "") -> Entity | None:
        found = self._names.get(tuple(key))
        if found is None and len(key) == 1:
            alias = None if _not_initials(written, key[0], self._by_initials) else key[0]
            found = self._aliases.get(alias or "") or self._names.get(_COUNTRY.get(key[0], ()))
        return found

    def _fuller_body(self, key: list[str], mention: Mention) -> Entity | None:
        """The body whose fuller name starts with the words of ``key``: "the Democratic Party"
        after "the Democratic Party of Korea", "Blue Ridge" after "Blue Ridge Partners" (a
        short form of two words or more, whatever its shape says; the most recent body)."""
        if len(key) < 2 or key[0] not in self._words:
            return None
        return self._words[key[0]].newest(lambda e: e.org and e.names()[: len(key)] == key)

    def _body_by_short_name(self, key: list[str], mention: Mention) -> Entity | None:
        """The body a short name of two words means when the article gave it in full before
        (round 10): its last words ("the Heritage Service" after "the Korea Heritage
        Service") or, turned round, its "of" name ("the Commerce Department" after "the U.S.
        Department of Commerce")."""
        if len(key) != 2:
            return None
        if not mention.org or key[-1] not in _BODY_HEADS:
            return self._national_body(key)
        turned = [key[1], "of", key[0]]

        def ends_so(e: Entity) -> bool:
            return e.org and len(e.names()) > 2 and e.names()[-2:] == key

        def ends_turned(e: Entity) -> bool:
            return e.org and len(e.names()) > 2 and e.names()[-3:] == turned

        # names are filed under their first and last words: "service", "commerce"
        by_last, by_first = self._words.get(key[1]), self._words.get(key[0])
        return (by_last.newest(ends_so) if by_last else None) or (
            by_first.newest(ends_turned) if by_first else None
        )

    def _one_fuller_name(self, key: list[str]) -> Entity | None:
        """Round 187: the one named entity whose fuller name ends with the words of ``key``
        (two words or more): "the Harbor Gulls" after "the Mokpo Harbor Gulls" is that club,
        and wire copy labels it with the fullest name it gave. Two such names: no guess."""
        by_last = self._words.get(key[-1])
        if by_last is None:
            return None
        size = len(key)
        found: Entity | None = None
        for entity in by_last.items:
            names = entity.names()
            if len(names) <= size or names[-size:] != key:
                continue
            if found is not None and found is not entity:
                return None
            found = entity
        return found

    def _national_body(self, key: list[str]) -> Entity | None:
        """Round 129: the body whose name is ``key`` after its country's word, given in full
        before: "the Red Cross" after "the Korean Red Cross", "the Medical Association" after
        "the Korean Medical Association" (the one such name of the story)."""
        by_last = self._words.get(key[1])
        if by_last is None:
            return None

        def national(e: Entity) -> bool:
            names = e.names()
            return len(names) == 3 and names[1:] == key and names[0] in _NATIONAL_WORDS

        return by_last.newest(national)

    def _surname(self, key: list[str], here: int | None = None, org: bool = False) -> Entity | None:
        """The most recent person whose name starts or ends with the single word ``key``
        (Korean surnames come first, Western ones last), or a one-word entity a fuller name
        now completes: a person's name (``org`` False), never a body's (round 240: "in
        Suwon" is a city, not the "Suwon District Court" named later; "Korean" and "Korea"
        are no "Korean Central News Agency" or "Korea Herald")."""
        if len(key) == 1:
            recent = self._words.get(key[0])
            if recent is None:
                return None
            found = recent.newest(lambda e: _bears_word(e.names(), key[0]))
            if found is None:
                return None
            if here is not None and not found.org:  # a bare surname ("Yoon", "Yoon's")
                bare = self._bare.get(key[0])
                if bare is None:  # its first bare use: who it meant, and who was known then
                    self._bare[key[0]] = (found, len(self.entities))
                elif bare[0] is not found:
                    chosen = self._kept_surname(key[0], bare, found, recent, here)
                    if chosen is not None:
                        return chosen
            return self._shared_surname(key[0], found, recent)
        if not org:  # round 240: a body's name completes no one-word entity
            for word in (key[0], key[-1]):
                if word is key[-1] and word in _PLACE_HEADS:
                    continue  # round 130: "Tapgol Park" completes no one named Park
                for entity in reversed(self._words[word].items if word in self._words else []):
                    if not entity.org and entity.names() == [word]:
                        return entity
        return self._titled(key) or self._surname_of_words(key)

    def _by_appositive(self, key: list[str], mention: Mention) -> Entity | None:
        """Round 65: who a bare surname two people share means when a definite appositive
        follows it ("Yoon, the chairman, said"): the one bearer whose roles hold its noun (the
        "Council Chairman" named in full), not the newest bearer. None (the rules as before)
        when neither or both hold it, or one person bears the surname."""
        if key[0] not in self._words:
            return None
        pair = _bearers(key[0], self._words[key[0]])
        if len(pair) < 2:
            return None
        holders = [e for e in pair if mention.role in e.roles]
        if len(holders) != 1:
            return None
        if mention.role in lowercase(holders[0].title).split():
            mention.appositive = ""  # "the chairman" says no more than "Council Chairman"
        return holders[0]

    def _by_age(self, key: list[str], elder: bool) -> Entity | None:
        """Who "the elder Uhm" or "the younger Han" means when two people share the surname
        (round 23): the one the ages the article gave, or a relation ("Uhm's son, Uhm
        Jae-won"), make the elder or the younger. None (the newest, as for any surname) when
        the article tells them apart by neither, or three share it."""
        if len(key) != 1 or key[0] not in self._words:
            return None
        pair = _bearers(key[0], self._words[key[0]])
        return _elder_or_younger(pair, elder)

    def _by_sibling(self, key: list[str], elder: bool, here: int | None) -> Entity | None:
        """Round 143: who "the elder Uhm" means when two people share the surname and no ages
        tell them apart, but a paragraph up to ``here`` introduced one of them as the other's
        younger or older sibling ("runs the mill with his younger brother, Uhm Tae-o"): that
        one, or the other. Round 190: a parent or a child too ('Her mother, Uhm Bo-ri, ...'
        then "the elder Uhm": the mother, older than her child by a generation). Round 382:
        "his late father, NAME", and the kin of the surname itself ("Uhm's son, NAME": the
        other Uhm's). Round 413: and of a role ("the director's father, NAME"). None when
        neither or both were introduced so."""
        if len(key) != 1 or key[0] not in self._words or here is None:
            return None
        pair = _bearers(key[0], self._words[key[0]])
        if len(pair) != 2:
            return None
        said: dict[int, bool] = {}
        for n, e in enumerate(pair):
            pattern = re.compile(
                rf"\b(?:his|her|their|{re.escape(key[0])}['’]s|the\s+[a-z]+['’]s)\s+(?:late\s+)?"
                rf"(?:(younger|older|elder)\s+(?:brother|sister|sibling)"
                rf"|{_KIN_AGED}),\s+{re.escape(e.name)}\b",
                re.IGNORECASE,
            )
            owned = re.compile(  # round 304: "NAME, the founder's son" (the kin after it)
                rf"\b{re.escape(e.name)},\s+[^.,;\"“”]{{0,60}}?['’]s\s+{_KIN_AGED}\b",
                re.IGNORECASE,
            )
            for text in self._texts[: here + 1]:
                match = pattern.search(text)
                if match is not None:
                    said[n] = _older_kin(match)
                    break
                match = owned.search(text)
                if match is not None:
                    said[n] = lowercase(match[1]) in _ELDER_KIN
                    break
        if len(said) == 2 and said[0] != said[1]:
            del said[1]  # round 398: both introduced so, and they agree (a parent, a child)
        if len(said) != 1:
            return None
        ((n, older),) = said.items()
        return pair[n] if older == elder else pair[1 - n]

    def _compared(self, mention: Mention) -> Entity | None:
        """Who "the older researcher" or "the younger man" means (round 23): of the two people
        the article called by that role or, for "man", "woman" or "person", which any person
        may be, of the only two whose ages it gave (those of this paragraph and the last, when
        more were given), the one the ages make younger or older. None when no such pair is
        told apart, or nobody holds a role that is more than a person ("the younger
        scientist" is no one merely of that kind)."""
        if mention.role in self._roles:
            pair = [e for e in self._roles[mention.role].items if e.person]
            if pair:
                return _elder_or_younger(pair, mention.modifiers[0] in _ELDER, by_kin=False)
        unwanted = _ANY_PERSON.get(mention.role)
        if unwanted is None:
            return None
        aged = [e for e in self.entities if e.person and _age_of(e) and e.gender != unwanted]
        if len(aged) > 2:
            here = mention.paragraph
            aged = [
                e
                for e in aged
                if (seen := self._seen.get(e)) is not None
                and here is not None
                and 0 <= here - seen <= 1
            ]
        return _elder_or_younger(aged, mention.modifiers[0] in _ELDER, by_kin=False)

    def _surname_of_words(self, key: list[str]) -> Entity | None:
        """The person whose name ends with the several words of ``key``: a surname of two
        words ("Dela Cruz" after "Maria Dela Cruz"; "Van Dijk")."""
        recent = self._words.get(key[-1])
        if recent is None:
            return None
        size = len(key)
        return recent.newest(
            lambda e: e.person and len(e.names()) > size and e.names()[-size:] == key
        )

    def _kept_surname(
        self, word: str, bare: tuple[Entity, int], found: Entity, recent: _Recent, here: int
    ) -> Entity | None:
        """Who a bare surname means once a second person of that surname came in (round 23):
        wire copy that gave the bare "Yoon" (or "Yoon's") to one of them (``bare``: that one,
        and how many entities the article knew then) keeps it for that one and names the
        other in full or by relation ("her father, Yoon Jae-gil"). None (the rules as before)
        when the other was known before that bare use, three share the surname, or the other
        (``found``) was named in full in this very paragraph."""
        kept, known = bare
        if self._named_at.get(found) == here:
            return None  # 'Yoon Jae-gil said ... . "...," Yoon added': the one just named in full
        if found not in self.entities[known:]:
            return None  # both were known when the bare surname was first used
        sharing = _bearers(word, recent)
        return kept if len(sharing) == 2 and kept in sharing and found in sharing else None

    def _shared_surname(self, word: str, found: Entity, recent: _Recent) -> Entity:
        """Who a surname two people share means: wire copy names again in full the one it
        does not mean ('Kim Wan-soo said' twice), so a bare "Kim" is the other, named in full
        only once; else the newest, as for any surname."""
        if found.org or self._in_full.get(found, 0) < 2:
            return found
        others = [
            e
            for e in recent.items
            if e is not found and e.person and word in (e.names()[0], e.names()[-1])
        ]
        if len(others) == 1 and self._in_full.get(others[0], 0) == 1:
            return others[0]
        return found

    def _titled(self, key: list[str]) -> Entity | None:
        """The one person a title no list knows and a surname mean: "Manager Park" after
        "Park Min-su, manager of ..." (not the goalkeeper Park Ji-ho)."""
        if len(key) != 2 or key[-1] not in self._words:
            return None
        role = singular(key[0])
        found = [
            e
            for e in self._words[key[-1]].items
            if e.person and e.names()[0] == key[-1] and role in e.roles
        ]
        return found[0] if len(found) == 1 else None

    def _spelled(self, title: str) -> str:
        """The names of the bodies whose initials a title holds: "KDCA Commissioner" gives
        "Korea Disease Control and Prevention Agency" once its initials were given."""
        found = [
            known.name
            for word in title.split()
            if word.isupper() and (known := self._aliases.get(lowercase(word))) is not None
        ]
        return " ".join(found)

    def _unnamed(self, mention: Mention) -> Entity | None:
        """An entity so far known only by a role that this name now names: "the industry
        minister" then "Industry Minister Ahn Deok-su"; "A Seoul court" then "The Seoul Central
        District Court". An organisation is one per article, if the words agree; a person must
        have been introduced as "the <role>"."""
        known = lowercase(f"{mention.title} {mention.name}")
        if not mention.role:
            # the lede's "the grain agency" then "Grain Korea": a name with no role
            # word, just after the lede, names the body whose describing words it holds
            if not mention.org or mention.paragraph not in (1, 2):
                return None
            return self._nameless.newest(lambda e: e in self._lede and _named_by_words(e, known))

        spelled = self._spelled(mention.title) if mention.title else ""

        def names_it(entity: Entity) -> bool:
            if not entity.name and _heads(entity, mention, spelled):
                return True  # "the head of the rail safety agency", then "Agency President Oh"
            if entity.name or mention.role not in entity.roles or entity.plural:
                return False
            if _head_of_body(entity):
                return False  # round 10: "the head of the ... agency" is no other "head"
            if mention.org != entity.org or not entity.phrases:
                return False
            intro = lowercase(entity.phrases[0])
            if not mention.org:  # "the manager", "its president": one person
                return intro.startswith(("the ", "its ", "their ")) and not self._other_nation(
                    intro, mention
                )
            modifiers = [w for w in intro.split()[1:-1] if not w.endswith("'s")]
            if not same_owner(intro, known):
                return False  # "North Korea's foreign ministry" is no "South Korea's ..."
            return all(w in known or w in _GENERIC for w in modifiers)

        return self._nameless.newest(names_it)

    def _other_nation(self, intro: str, mention: Mention) -> bool:
        """Round 144: True when a description's nationality ("the visiting Belgian minister")
        is not what the name that might name it gives, and the name's paragraph gives it to
        someone else: "signed by Energy Minister NAME and NAME2, Belgium's minister for
        energy" names the Belgian minister NAME2, not the first minister named (a name giving
        another nationality names no such description either)."""
        nation = next((w for w in intro.split()[1:] if demonym_shaped(w.capitalize())), "")
        if not nation:
            return False
        nation = nation.capitalize()
        words = f"{mention.title} {mention.name} {mention.appositive}".split()
        if _of_nation(nation, words):
            return False
        if any(demonym_shaped(w) and w != nation for w in words):
            return True  # "Japanese Foreign Minister NAME" is no "the Belgian minister"
        at = mention.paragraph
        text = self._texts[at] if at is not None and at < len(self._texts) else ""
        return _of_nation(nation, text.split())

    def _role(self, mention: Mention) -> Entity:
        party = self._party_of(mention) if mention.role == "party" else None
        if party is not None:
            return party
        owner = self._owner(mention) or self._issuer(mention)
        if owner is not None:
            return owner  # "the agency's survey", "Kim's statement": the agency's, Kim's words
        if mention.role in _TOWNS and mention.determiner == "the" and not mention.modifiers:
            town = self._town(mention)
            if town is not None:
                return town  # round 154: "the city" after "the city of Hanam"
            town = self._town_speaking_here(mention)
            if town is not None:
                return town  # round 166: "Gimje City said ..." then "the city said"
        headed = self._headed_body(mention)
        if headed is not None:
            return headed  # round 218: "the county" is the one "... County" a subject
        surnamed = None if mention.determiner else self._surname_as_role(mention)
        if surnamed is not None:
            # '"...," Son said' after "Son Ji-woo": a surname, not "a son", so no role and no
            # gender is learned from the word (round 97: "she" later still means her)
            mention.role = ""
            return surnamed
        surnamed = self._team_again(mention) if mention.role in _TEAMS else None
        if surnamed is not None:
            return surnamed
        if mention.determiner in _NEW_PERSON:
            return self._new(mention)
        if (
            len(mention.modifiers) == 1
            and mention.modifiers[0] in _COMPARED
            and mention.modifiers[0] != "elder"  # "the elder statesman" is no comparison
            and mention.determiner == "the"
            and not mention.plural
            and not mention.org
        ):
            compared = self._compared(mention)
            if compared is not None:
                return compared  # round 23: "the younger man" of a 61- and a 34-year-old
        if mention.determiner in _POSSESSED and not mention.org and mention.role not in DOCUMENTS:
            return self._possessed(mention)  # round 11: "her form teacher" is hers
        age = AGE.match(mention.role)
        if age is not None:
            aged = self._aged(age[1])
            if (
                aged is not None
                and self._pairs
                and self._paired_rival(aged, lambda e: e.age == aged.age)
            ):
                return self._new(mention)  # round 41: "A, 45, and B, 45," then "the 45-year-old"
            if aged is not None:
                _learn_age(aged, age[1])
                return aged
        staffed = self._staffed_body(mention) or self._name_tail(mention)
        if staffed is not None:
            return staffed  # "The ... Prosecutors' Office indicted ..." then "prosecutors said"
        shortened = self._shortened_name(mention)
        if shortened is not None:
            return shortened  # rounds 199, 200: "The Hanul hotel" after "the Hanul Bay Hotel"
        kindred = self._kindless_here(mention) or self._newest_kindred(mention)
        if kindred is not None:
            return kindred  # 'The DAPA said ...' then "the agency": not an "Agency for ..." before
        here = self._firm_speaking_here(mention) if _firm_noun(mention) else None
        if here is not None:
            return here  # round 146: 'NAME Co. said ... "...," the company said': NAME Co.
        before = self._firm_spoke_before(mention) if _firm_noun(mention) else None
        if before is not None:
            return before  # round 184: 'NAME said ... that it ...' then '"...," the company said'
        recent = self._roles.get(mention.role)
        if recent is not None:
            personal = not mention.org and any(_epithet(m) for m in mention.modifiers)
            pool = [
                e
                for e in reversed(recent.items)
                if e.plural == mention.plural
                and not e.contradicts(mention)
                and not _rank_contradicts(e, mention)
                and not _outlet(e)
                and not (personal and (e.org or _body(e)))  # round 15: "the veteran investor"
            ]  # is a person, not the fund called "its largest investor"
            if pool and all(not e.name for e in pool):
                spelled = self._subject_spelling(mention)
                if spelled is not None:
                    return spelled  # round 175: the subject the initials place, not a lede's
            fitting = next((e for e in pool if e.fits(mention)), None)
            if fitting is not None:
                chosen = self._salient_holder(mention, pool, fitting)
                chosen = self._headed_holder(mention, pool, chosen)
                if self._pairs and self._paired_rival(
                    chosen, lambda e: e in pool and e.fits(mention)
                ):
                    return self._new(mention)  # round 41: "Rep. A and Rep. B" then "the lawmaker"
                return chosen
            if pool and not mention.org and self._owned_by_another(mention, pool):
                return self._new(mention)  # round 284: "Iran's head coach" is not ours
            if pool and not mention.org:
                # "the six-term lawmaker" fits none known as a lawmaker: the epithet may
                # describe the person who just spoke (a Speaker, a minister) instead, or
                # (round 11) the one whose description holds it ("Rep. Kim, a lawmaker and
                # former navy officer," then "the former officer")
                described = self._speaker_described(mention, pool) or self._apposed(mention)
                if described is None and self._rival_description(mention, pool):
                    return self._new(mention)  # round 13: two people it may describe
                if described is None and mention.modifiers:
                    # round 120: a nationality before the role ("the Malaysian minister")
                    national = self._national_holder(mention, pool)
                    if national is not None:
                        return national
                return described or pool[0]
            if pool and _describes_again(mention) and pool[0] is self._subjects.newest():
                return pool[0]  # "The KCTU said ..." then "the umbrella union said"
        deputy = self._deputy(mention) if set(mention.modifiers) & _UNDER_RANKS else None
        if deputy is not None:
            return deputy  # round 138: "with his deputy, NAME" then "the deputy director"
        # ("the sisters"; "the older sister" is not held by one introduced as the younger)
        unheld = recent is None or all(
            e.plural or _rank_contradicts(e, mention) for e in recent.items
        )
        if unheld and mention.determiner == "the" and mention.role:
            ahead = self._introduced_ahead(mention)
            if ahead is not None:
                return ahead  # round 143: "an apprentice, NAME," then "the apprentice said"
        if mention.role == "official" and not mention.modifiers:
            head = self._unit_head_here(mention)
            if head is not None:
                return head  # round 138: "NAME, who heads the city's water bureau" is an official
            posted = self._posted_official(mention)
            if posted is not None:
                return posted  # round 190: "NAME, director general for ... at the agency"
        described_as = self._described_as(mention)
        if described_as is not None:
            return described_as  # round 13: "a retired schoolteacher" is "the former teacher"
        head = self._head_of(mention, self._subjects.items + self._introduced.items)
        if head is not None:
            return head
        unroled = self._unroled_subject(mention) or self._subject_described(mention)
        if unroled is not None:
            return unroled  # 'Yoon Seo-yeon keeps ...' then '"...," the Gomi Labs CEO said'
        worded = self._worded(mention)
        if worded is not None:
            return worded
        if mention.role == "media" and "state" in mention.modifiers:
            agency = self._introduced.newest(news_agency) or self._subjects.newest(news_agency)
            if agency is not None:
                return agency  # "the state media" after "the Korean Central News Agency"
        employer = self._employer(mention.paragraph) if _firm_noun(mention) else None
        if employer is not None:
            return employer  # round 10: "Orbiton Space CEO Bok said ..." then "the company"
        if _firm_noun(mention):
            speakers = self._spoke.items

            def firm(e: Entity) -> bool:
                if _plural_people(e.name):
                    return False  # round 200: "Dancers at NAME Park walked out" is no firm
                if _firm(e) or _unshaped_name(e) or "company" in e.roles:
                    return True  # "Jeil Retail raised prices.", or one called "the company"
                if _lone_name(e) and e in speakers:
                    return True  # "Pfizer said"
                return e in speakers and self._said_of_itself(e, mention.paragraph)

            named = self._subjects.newest(firm) or self._introduced.newest(_untyped_firm)
            if named is not None and not _personal_name(named.name):
                named.org = True  # "Pfizer said" read as a person's name: it is a company
                return named  # "Hanjin Shipping said ..." then "the company said"
        if mention.role in _GENERIC_BODIES and mention.determiner == "the":
            newest = self._subjects.newest()
            if newest is not None and _civil_body(newest):
                return newest  # "The Federation ... released a survey." then "the lobby said"
            spoke = self._spoke.newest(_civil_body)
            if spoke is not None:
                return spoke  # "The Korea Shipbuilders Association said" then "the lobby said"
        found = self._kindred(mention) or self._described(mention) or self._sole_body(mention)
        found = found or self._unkinded(mention) or self._salient(mention)
        found = found or self._principal_described(mention) or self._former_holder(mention)
        found = found or self._about_here(mention) or self._led_body(mention)
        if found is not None:
            return found
        spoke = self._body_that_spoke(mention)
        if spoke is not None:
            return spoke  # round 341: 'NAME, one of the chains, said ...' then "the company"
        sole = self._sole_person_near(mention)
        if sole is not None:
            return sole  # round 219: '"...," the 67-year-old flute maker said' after NAME
        found = self._new(mention)
        fuller = self._fuller_before(mention)
        if fuller:
            found.phrases.append(fuller)  # round 184: shown, and matched, as written first
        return found

    def _body_that_spoke(self, mention: Mention) -> Entity | None:
        """Round 341: the named body that spoke last, for "the" and a body's bare noun no
        other reading placed ("the company", "the group", "the federation"): 'NAME, one of the
        three chains, said in a statement ...' then '"...," the company said'. Only when that
        body is the newest speaker of all, and no country, capital or news outlet."""
        if not mention.org or mention.plural or mention.modifiers or mention.determiner != "the":
            return None
        last = self._spoke.newest()
        if last is None or not last.name or not last.org or _outlet(last):
            return None
        return None if _kind_differs(last, mention.role) else last

    def _sole_person_near(self, mention: Mention) -> Entity | None:
        """Round 219: the one named person a definite singular description of a person fits,
        among those the paragraph or the two before mentioned: "NAME keeps bamboo in his
        workshop." then '"...," the 67-year-old flute maker said' (or "the watch shop owner",
        "the former national team striker") is NAME. The description has no name of its own
        and no word picking someone else ("other", "second", "younger"); "maker" is a person
        only with an age or epithet ("the flute maker" alone may be a firm), and only when no
        body was mentioned there either. Two people who fit, or one already
        known by another role (unless "former" or an age marks the description as a past or
        other side of them), leave it someone new."""
        here = mention.paragraph
        if here is None or mention.determiner != "the" or mention.plural:
            return None
        words = mention.text.split()[1:]
        if not words or any(not w[:1].islower() and not w[:1].isdigit() for w in words):
            return None  # a name of its own ("the Gomi Labs CEO"), or "the Korean" ...
        if set(words) & PREPOSITIONS or set(mention.modifiers) & _PICKS_ANOTHER:
            return None  # "the owner of the farm" is someone new; "the other coach" too
        head = lowercase(words[-1])
        maker = mention.org and head == "maker" and any(_epithet(m) for m in mention.modifiers)
        if mention.org and not maker:
            return None
        if not (maker or head in PERSON_ROLES or head in PERSON_TITLES or AGE.match(head)):
            return None  # "the indictment", "the woman": no occupation, role or age
        if head in _ANONYMOUS:
            return None  # "the finance ministry official": wire copy leaves them unnamed
        marked = any(_epithet(m) or m in _PAST_ROLE for m in mention.modifiers)
        if not any(_content_modifier(m) for m in mention.modifiers):
            return None  # a bare "the official", "the former judge": may be someone new
        if not here and not marked:
            return None  # the lede's "the chief mate told her" is someone in her story
        if self._met_indefinite(head, here, mention.start):
            return None  # "a clerk looked at it" then '"...," the clerk said': that clerk
        near = [e for e, at in self._seen.items() if at is not None and here - 2 <= at <= here]
        if maker and any(e.org and not _outlet(e) for e in near):
            return None  # "the flute maker" may be the firm the paragraph named
        ages = {found[1] for found in map(AGE.match, mention.modifiers) if found is not None}
        fit = [
            e
            for e in near
            if e.person
            and _personal_name(e.name)
            and not _plural_lone(e)  # round 324: "Bolts of ramie hang" is no artist
            and not (ages and e.age and e.age not in ages)  # "NAME, 24," is no 51-year-old
            and not e.contradicts(mention)
            and not _rank_contradicts(e, mention)
            and (marked or not e.roles or mention.role in e.roles)
        ]
        if len(fit) != 1:
            return None
        for age in ages:
            _learn_age(fit[0], age)
        return fit[0]

    def _met_indefinite(self, head: str, here: int, end: int) -> bool:
        """Round 219: True when the paragraph (before ``end``) or the two before introduced
        someone by "a"/"an" and ``head``: "a clerk looked at it" is who "the clerk" means."""
        pattern = _indefinite_pattern(head)
        for at in range(max(0, here - 2), min(here + 1, len(self._texts))):
            text = self._texts[at][:end] if at == here else self._texts[at]
            if pattern.search(text):
                return True
        return False

    def _fuller_before(self, mention: Mention) -> str:
        """Round 184: the fuller form an earlier paragraph gave a body that "the <noun
        phrase>" now names for the first time as a speaker: 'A court ordered the Jeolla
        provincial police agency to pay ...' then 'The police agency said it would appeal'
        is "the Jeolla provincial police agency" (the object of a sentence is not read as a
        mention, so nothing links the two). Only "the", a modifier and a noun ("the company"
        alone may mean any), a fuller form opening with a capitalised word after "the", and
        only when the earlier text gives just one such form ("the Busan ..." and "the Daegu
        ..." leave it alone)."""
        here = mention.paragraph
        words = mention.text.split()
        if here is not None and len(words) == 2 and mention.determiner == "the":
            return self._headed_name_before(mention, here) or self._described_before(mention, here)
        if here is None or mention.determiner != "the" or mention.plural or len(words) < 3:
            return ""
        if not mention.org:
            return ""  # (a noun no list knows: round 200's bare "the <noun>" only)
        if lowercase(words[0]) != "the" or not all(w.isalpha() for w in words[1:]):
            return ""
        rest = r"\s+".join(re.escape(lowercase(w)) for w in words[1:])
        pattern = rf"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)+(?:[a-z]+\s+)?{rest}\b(?!-)"
        forms = {
            lowercase(found[0]): found[0][4:]
            for text in self._texts[:here]
            for found in re.finditer(pattern, text)
        }
        return next(iter(forms.values())) if len(forms) == 1 else ""

    def _headed_name_before(self, mention: Mention, here: int) -> str:
        """Round 383: the one name an earlier paragraph gave a place or body whose head is the
        noun a bare "the <noun>" now speaks by for the first time: 'Pharmacists at Honam
        University Hospital walked out' then 'The hospital said ...' is that hospital (a name
        after a preposition is read as no mention, so nothing links the two). Only a noun no
        list gives a person ("the coach" may be anyone's "Head Coach") and no local unit
        (round 218: "the city" is a "... City" that was a subject) but a county or province
        (round 391, :data:`_NAMED_UNITS`), a name of capitalised words ending in the noun,
        capitalised, not after an ordinal ("the 2nd Marine Division") and not going on into
        a longer name ("... Hospital Workers' Union"); "" when the text gives two such names,
        or none. Round 391 reads the speaker's own paragraph up to the mention too."""
        noun = lowercase(mention.text.split()[1])
        if mention.plural or not noun.isalpha() or (role_of(noun) and not mention.org):
            return ""  # (a person's noun: "the coach" is no "Head Coach")
        if noun in PERSON_TITLES or (_unit_of([noun]) is not None and noun not in _NAMED_UNITS):
            return ""  # "the Iron Forward" a nickname; "Centum City" no city (round 218's)
        head = noun.capitalize()
        pattern = rf"(?<!\d\w\w\s)\b((?:[A-Z][\w&.'’-]*\s+){{1,4}}{head})\b(?![-’'])(?!\s+[A-Z])"
        texts = [*self._texts[:here], self._texts[here][: mention.start]]
        names = {
            name
            for text in texts
            for found in re.finditer(pattern, text)
            if (name := _without_the(found[1]))
        }
        return next(iter(names)) if len(names) == 1 else ""

    def _described_before(self, mention: Mention, here: int) -> str:
        """Round 200: the one description an earlier paragraph gave a body that a bare "the
        <noun>" now names for the first time as a speaker: 'A court fined the state and a
        private dental clinic ...' then 'The clinic said it would appeal' is "a private dental
        clinic" (an object is read as no mention, so nothing links the two). Only lowercase
        modifiers after "a" or "an", only when the text before gives one such form, and
        only when no name the copy gave is untyped (the body's name, linked elsewhere)."""
        noun = lowercase(mention.text.split()[1])
        if not mention.plural and noun.isalpha() and not mention.org and role_of(noun):
            # (not in the lede: a person it describes is named later, round 76's convention)
            return self._person_described_before(mention, noun, here) if here else ""
        if mention.plural or not noun.isalpha() or not (mention.org or not role_of(noun)):
            return ""  # (a body's noun, or one no list knows: "the man" is no body)
        if any(_untyped_firm(e) or _unshaped_name(e) for e in self.entities if e.name):
            return ""  # a name no role types may be that body's ("a film studio", "NAME")
        pattern = rf"\b[Aa]n?\s+((?:[a-z]+(?:s'|s’|'s|’s)?\s+){{1,3}}){noun}\b(?![-’'])"
        return _one_description(pattern, self._texts[:here])

    def _person_described_before(self, mention: Mention, noun: str, here: int) -> str:
        """Round 343: the one description "a" or "an" gave an unnamed person whom "the <role>"
        now names as a speaker for the first time, in the paragraph before or earlier in its
        own: 'a reporter asked a city official, "..."' then '"...," the official said' is "city
        official"; 'Among the patients is a 67-year-old rice farmer ...' then "the farmer" is
        "67-year-old rice farmer" (an object or a complement is read as no mention, so nothing
        links the two). Only one such form, of one to three words before the noun, none a
        word that ends a description."""
        pattern = rf"\b[Aa]n?\s+((?:[\w’'-]+\s+){{1,3}}){noun}\b(?![-’'])"
        texts = [*self._texts[max(0, here - 1) : here], self._texts[here][: mention.start]]
        return _one_description(pattern, texts)

    def _said_of_itself(self, entity: Entity, here: int | None) -> bool:
        """Round 165: True when a paragraph up to ``here`` reports ``entity`` saying something
        of "it": "Hanbit Dairy said in a statement that it would raise prices", "Mirae Foods
        said it had no plans". Only a body speaks of itself as "it", whatever titles its name
        ("industry leader Hanbit Dairy"): a later "the company said" may mean it. Round 190:
        also with an appositive between the name and the verb (commas around it)."""
        if here is None or not entity.name or _personal_name(entity.name):
            return False  # ("Kim Min-su said it was unfair": a person's "it" is a thing)
        first = self._itself.get(entity.name)
        if first is None:  # once per name: a long article asks of each firm again and again
            name = re.escape(entity.name)
            # round 190: an appositive may stand between ("Daeyang Lifts, the biggest
            # installer, said it ..."): the name is still the subject that says "it"
            apposed = r"(?:,\s+[^,.;\"\u201c\u201d]{1,60},)?"
            verb = r"\s+(?:said|announced|stated)(?:\s+in\s+an?\s+\w+)?\s+(?:that\s+)?it\b"
            said = rf"\b{name}{apposed}{verb}"
            pattern = re.compile(said)
            found = (at for at, t in enumerate(self._texts) if pattern.search(t) is not None)
            first = self._itself[entity.name] = next(found, len(self._texts))
        return first <= here

    def _deputy(self, mention: Mention) -> Entity | None:
        """Round 138: who "the deputy director" means when nobody holds that post by title:
        the one person named in full whom the story introduced as someone's deputy ("Director
        Ahn So-ra came with her deputy, Ku Ji-bin," or "Ku Ji-bin, her deputy,"), in a
        paragraph up to this one. None when two were, or none."""
        here = mention.paragraph
        if mention.org or mention.plural or mention.determiner != "the" or here is None:
            return None
        ranks = "|".join(sorted(set(mention.modifiers) & _UNDER_RANKS))

        def as_deputy(name: str, text: str) -> bool:
            name = re.escape(name)
            pattern = rf"\b(?:{ranks}),\s+{name}\b|\b{name},\s+(?:his|her|their|its)\s+(?:{ranks}),"
            return re.search(pattern, text, re.IGNORECASE) is not None

        found = self._introduced_so(self._texts[: here + 1], as_deputy)
        return found[0] if len(found) == 1 else None

    def _introduced_so(
        self, texts: Sequence[str], introduced: Callable[[str, str], bool], foreign: bool = False
    ) -> list[Entity]:
        """The people named in full (a personal name of two words or more) whose name
        ``introduced(name, text)`` finds set beside a role in one of ``texts``: the readings of
        rounds 138 ("her deputy, NAME") and 143 ("an apprentice, NAME"). With ``foreign``
        (round 175: the role is given a nationality, "the Nepali guide"), a person's name of
        another shape counts too ("Pemba Tashi Sherpa")."""
        return [
            e
            for e in self.entities
            if e.person
            and (_personal_name(e.name) or (foreign and _foreign_name(e)))
            and len(e.names()) >= 2
            and any(introduced(e.name, text) for text in texts)
        ]

    def _introduced_ahead(self, mention: Mention) -> Entity | None:
        """Round 143: who "the apprentice" or "the younger brother" means when nobody is known
        by that role: the one person named in full whom a paragraph up to this one introduced
        with the role ahead of the name ("training an apprentice, Cha Ye-rin, who ...", "runs
        the shop with his younger brother, Ok Jin-ho"), the phrase holding every modifier of
        the mention. None when two people were so introduced, or none (no speaker rather than
        a guess; a role given after the name is known already: "NAME, an apprentice,")."""
        here = mention.paragraph
        if mention.org or mention.plural or here is None:
            return None
        texts = self._texts[: here + 1]
        marker = f"{mention.role}, "  # (both readings need "ROLE, NAME": most stories lack it)
        if not any(marker in lowercase(text) for text in texts):
            return None
        role, wanted = re.escape(mention.role), set(mention.modifiers)
        nations = _nationalities(mention)
        wanted -= {lowercase(n) for n in nations}

        def ahead(name: str, text: str) -> bool:
            pattern = (
                rf"\b(?:an?|his|her|their|its)\s+((?:[\w'’-]+\s+){{0,3}}){role},\s+"
                rf"{re.escape(name)}\b"
            )
            match = re.search(pattern, text, re.IGNORECASE)
            return match is not None and wanted <= set(_tokens(match[1]))

        found = self._introduced_so(texts, ahead, foreign=bool(nations))
        if nations:  # round 175: never one known to be of another nation
            found = [e for e in found if not any(_foreign(e, n) for n in nations)]
        if not found and len(mention.modifiers) == 1 and mention.modifiers[0] in _COMPARED:
            return self._other_sibling(mention, texts)
        return found[0] if len(found) == 1 else None

    def _other_sibling(self, mention: Mention, texts: Sequence[str]) -> Entity | None:
        """Round 143: who "the older sister" means when the story introduced only the other
        one ("Go Min-ji runs the bakery with her younger sister, Go Min-seo"): the person
        named in full whom "her" means there, the last named before it with the sibling's
        family name. None when no sibling was introduced so, or two were, or no such
        person was named before."""
        elder = mention.modifiers[0] in _ELDER
        other = "younger" if elder else "(?:older|elder)"
        pattern = re.compile(
            rf"\b(?:his|her|their)\s+{other}\s+{re.escape(mention.role)},\s+"
            r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)"
        )
        hits = [(k, m) for k, text in enumerate(texts) for m in pattern.finditer(text)]
        if len(hits) != 1:
            return None
        at, match = hits[0]
        sibling = self._names.get(tuple(_tokens(match[1])))
        if sibling is None or not sibling.person:
            return None
        family = sibling.names()[0]
        best: tuple[int, int, Entity] | None = None
        for e in self.entities:
            if e is sibling or not e.person or len(e.names()) < 2 or e.names()[0] != family:
                continue
            for k in range(at + 1):
                end = match.start() if k == at else len(texts[k])
                where = texts[k].rfind(e.name, 0, end)
                if where >= 0 and (best is None or (k, where) > best[:2]):
                    best = (k, where, e)
        return best[2] if best is not None else None

    def _unit_head_here(self, mention: Mention) -> Entity | None:
        """Round 138: who "the official" means when nobody is known as one: the one person
        this paragraph has named so far whom the story introduced as heading a unit of
        government ("Ku Ji-bin, who heads the county's water bureau, ..." then 'Ku said ...
        "...," the official said'; 'the farmers put it to Ku. "...," the official replied').
        None when two such people are in the paragraph, or none."""
        here = mention.paragraph
        if mention.determiner != "the" or mention.plural or mention.org or here is None:
            return None
        found = [
            e
            for e in self._here
            if e.person and _personal_name(e.name) and self._heads_unit(e, here)
        ]
        return found[0] if len(found) == 1 else None

    def _posted_official(self, mention: Mention) -> Entity | None:
        """Round 190: who "the official" means when nobody is known as one: the newest
        subject, a person named in full in this paragraph or the one before, whose appositive
        there gives a post in a body ("Gu Hae-rim, deputy director for water quality at the
        ministry, said ..." then 'Asked about ..., the official said: "..."'): wire copy
        calls a named functionary "the official" next. None when anyone else named by a
        personal name was seen in those paragraphs (no speaker rather than a guess)."""
        here = mention.paragraph
        if mention.determiner != "the" or mention.plural or mention.org or mention.modifiers:
            return None
        subject = self._subjects.newest()
        if here is None or subject is None or not subject.person:
            return None
        seen = self._seen.get(subject)
        if seen is None or not 0 <= here - seen <= 1 or not _personal_name(subject.name):
            return None
        for e in self.entities:
            other = self._seen.get(e)
            near = other is not None and 0 <= here - other <= 1
            if e is not subject and near and e.person and _personal_name(e.name):
                return None
        post = re.compile(rf"\b{re.escape(subject.name)},\s+{_POST}")
        return subject if post.search(self._texts[seen]) is not None else None

    def _heads_unit(self, entity: Entity, here: int) -> bool:
        """True when a paragraph up to ``here`` says ``entity`` "heads", "leads" or "directs"
        a part of a government: the clause after the name holds a state's word ("the city
        government's", "the county's", "the ministry's")."""
        pattern = re.compile(
            rf"\b{re.escape(entity.name)},\s+who\s+(?:heads|leads|directs)\s+([^,.;]+)"
        )
        for text in self._texts[: here + 1]:
            found = pattern.search(text)
            if found is not None:
                words = set(_tokens(found[1]))
                return bool(words & _GOVERNED)
        return False

    def _about_here(self, mention: Mention) -> Entity | None:
        """Round 115: the person the paragraph is about, whom "the <...> <role>" nothing else
        resolved describes again (elegant variation): 'NAME, 29, was gracious in defeat.
        "...," the Chinese champion told reporters', 'Its chief, NAME, said ... "...," the
        union leader said', a quotation opening the paragraph after 'The elder NAME still
        forges ...'. The newest subject, a person named in full, mentioned in this paragraph
        or the one before; what is known of them allows the word (no role known, the role
        itself, or a head of a body for "the union leader"; no qualifier, gender or age that
        says otherwise). Nobody else in reach may carry it: no other person of this paragraph
        or the one before of whom no role is known or who holds or is described by the word,
        and no one else in the story who holds it. Never an anonymous role without a past
        qualifier ("the official" may be anyone), a kin word, an age, a body or a document."""
        role = mention.role
        if mention.determiner != "the" or mention.org or mention.plural or len(role) < 4:
            return None
        if _other(mention):
            return None  # round 117: 'NAME said the broker had told her': someone else
        if role in ORG_ROLES or role in DOCUMENTS or role in _NOBODY or role in _KINSHIP:
            return None
        if not _person_noun(role):
            return None  # "According to the indictment, NAME received ..."
        if role in _AGE_ROLES or AGE.match(role) or any(AGE.match(m) for m in mention.modifiers):
            return None
        if role in _ANONYMOUS and not any(m in PAST_QUALIFIERS for m in mention.modifiers):
            return None
        here = mention.paragraph
        subject = self._subjects.newest()
        if here is None or subject is None or not subject.person or _placed(subject):
            return None
        if not subject.name or len(subject.names()) < 2:
            return None
        seen = self._seen.get(subject)
        if seen is None or not 0 <= here - seen <= 1 or subject.contradicts(mention):
            return None
        if seen != here and not self._about_before(mention, subject, seen):
            return None
        held = {r for r in subject.roles if not r.endswith("-year-old")}  # "Eleven-year-old NAME"
        if held and role not in held and not (role in _HEADLINE_HEADS and held & _HEADLINE_HEADS):
            return None  # "a midfielder" is not "the coach"
        gender = _KIN_GENDER.get(role, "")
        if gender and subject.gender and subject.gender != gender:
            return None
        for e in self.entities:
            if e is subject or e.org or e.plural:
                continue
            if role in e.roles or _describes(e, mention):
                return None  # another holds it, or is described by it
            other = self._seen.get(e)
            if e.person and not e.roles and other is not None and 0 <= here - other <= 1:
                return None  # another person in reach who may be it
        return subject

    def _about_before(self, mention: Mention, subject: Entity, seen: int) -> bool:
        """Round 115: True when "the <role>" may mean the person the paragraph before was
        about: the quotation opens this paragraph, that person did not speak last (a new voice
        answering a speaker is someone new: '"It is over," NAME sighed.' then '"Is it?" the
        coach shrugged'), and that paragraph, a short one, said nothing of what they do or of
        the role: no relative clause ("NAME, who owns a noodle shop, ..." then "the teacher";
        "who worked under the ambassador", "where a firefighter trains") and no word of it."""
        here = mention.paragraph
        if here is None or here >= len(self._texts) or seen >= len(self._texts):
            return False
        if self._texts[here][:1] not in _QUOTE_OPENERS or subject is self._spoke.newest():
            return False
        before = self._texts[seen]
        if len(before) > _ABOUT_REACH:
            return False  # (read only a short paragraph: never a long one per quotation)
        before = lowercase(before)
        if ", who " in before or ", where " in before:
            return False
        return re.search(rf"\b{re.escape(mention.role)}", before) is None

    def _learn_served(self, entity: Entity, mention: Mention) -> None:
        """Round 99: a role the sentence naming a person says they held: "Yang, who founded
        the chain after a decade as a pastry chef at a hotel", "Kwon joined the fire service
        as a paramedic", for "the former pastry chef" later. Read in a bounded window after
        the name (never the whole paragraph), up to the sentence's end, and only when the
        word before "as a" is not capitalised (a name there holds the role: "praised Kim as
        a mentor")."""
        at = mention.paragraph
        if at is None or at >= len(self._texts):
            return
        window = self._texts[at][mention.end : mention.end + _SERVED_REACH]
        window = window.split(". ", 1)[0]  # (the sentence naming them, not the next one's)
        found = _SERVED.search(window)
        if found is None:
            return
        before = window[: found.start()].split()
        if before and before[-1][:1].isupper():
            return
        clause = lowercase(found[1]).replace(",", " ").split()
        if clause:
            if entity.served is None:
                entity.served = []
            entity.served.append(" ".join(clause))

    def _former_holder(self, mention: Mention) -> Entity | None:
        """Round 99: the one person named in full whom "the former <role>" nothing else
        resolved describes: the story said they served "as a <role>" ('NAME, who spent a
        decade as a pastry chef' for "the former pastry chef"), or their own description is
        the mention's words ("Director NAME, a former documentary maker" for "the former
        documentary maker", which the role reader takes for a company). Only "the" with a
        past qualifier, never an anonymous role ("the former official"), a kin word or a
        body; every other modifier must be a word of what was said of them (or begin one:
        "broadcast" of "broadcaster"). Of two such people, neither."""
        if mention.determiner != "the" or mention.plural:
            return None
        said = mention.modifiers
        if not any(m in PAST_QUALIFIERS for m in said):
            return None
        words = lowercase(mention.text).split()[1:]
        head = words[-1] if words else ""
        if len(head) < 4 or head in _ANONYMOUS or head in _KINSHIP or head in ORG_ROLES:
            return None
        if head in _NOBODY:
            return None
        phrase = " ".join(words)
        gender = _KIN_GENDER.get(head, "")
        found: Entity | None = None
        for e in self.entities:
            served = e.served
            if served is None and not e.appositive and not e.title:
                continue
            if not e.person or len(e.names()) < 2:
                continue
            known = lowercase(f" {e.title} {e.appositive} ").replace(",", " ")
            fits = f" {phrase} " in known
            for clause in served or ():
                said_words = clause.split()
                if head not in said_words[:4]:
                    continue
                if all(
                    m in PAST_QUALIFIERS
                    or _epithet(m)
                    or any(w == m or (len(m) >= 4 and w.startswith(m)) for w in said_words)
                    for m in said
                ):
                    fits = True
            if not fits or (gender and e.gender and e.gender != gender):
                continue
            if found is not None:
                return None  # two people who held it: the rules say nothing of which
            found = e
        return found

    def _glossed(self, mention: Mention) -> bool:
        """Round 75: a full name of the first two paragraphs with its Hangul in brackets
        ("Ryu Gwang-hoon (류광훈), 74,"): how wire copy introduces the person it is about."""
        at = mention.paragraph
        if at is None or at > 1 or at >= len(self._texts):
            return False
        text = self._texts[at]
        bracket = text.find("(", mention.start, mention.end + 4)  # (the mention may hold it)
        return bracket > 0 and "\uac00" <= text[bracket + 1 : bracket + 2] <= "\ud7a3"

    def _principal_described(self, mention: Mention) -> Entity | None:
        """Round 75: the article's principal person, whom a bare "the singer" or "the former
        spy chief" nothing else resolved means. Feature copy about one person names them in
        full in the lede and calls them by a role noun later without ever attaching it to the
        name; the headline carries the noun ("Singer NAME sues ...", "Ex-spy chief's memoir
        ...", "... master names his heir"). The principal is the first person named in full,
        in the first two paragraphs and before this one; the noun must be a word of the
        headline, and a person noun (no body's, no kin's, no anonymous one: "the official");
        no one else may hold or be described by it, the headline may name no one else (as
        round 17's headline rule), and nothing known of the principal may say otherwise (a
        title of another word, a gender the noun is not)."""
        role = mention.role
        if mention.determiner != "the" or mention.org or mention.plural or len(role) < 4:
            return None
        principal, at, here = self._principal, self._principal_at, mention.paragraph
        if principal is None or at is None or here is None or not at < here or at > 1:
            return None
        if role in ORG_ROLES or role in DOCUMENTS or role in _NOBODY or role in _ANONYMOUS:
            return None
        if role in _KINSHIP or AGE.match(role) or role in _AGE_ROLES:
            return None
        if self._headline_words is None:
            self._headline_words = frozenset(_HEADLINE_WORD.findall(lowercase(self._headline)))
        heard = self._headline_words
        if role.split()[-1] not in heard and not self._introduced_with(role, principal, at):
            return None
        if not principal.person or len(principal.names()) < 2 or _placed(principal):
            return None
        gender = _KIN_GENDER.get(role, "")
        if gender and principal.gender and principal.gender != gender:
            return None  # "The former actress" is not the man the story is about
        title = lowercase(principal.title).rstrip(".")
        if title and title not in _HONORIFICS and role not in title:
            return None  # "Director NAME" is not "the singer"
        known = lowercase(
            f" {principal.title} {principal.appositive} {' '.join(principal.phrases)} "
        )
        for word in mention.modifiers:
            if word in PAST_QUALIFIERS or _epithet(word) or word in heard:
                continue
            if f" {word} " not in known:
                return None  # "the Nepali guide": a word neither headline nor lede gives
        recent = self._roles.get(role)
        if recent is not None and any(e is not principal for e in recent.items):
            return None  # another holds the noun
        if any(e is not principal and _describes(e, mention) for e in self.entities):
            return None
        for e in self._in_full:  # the headline names another: "Fans on coach Pyo: '...'"
            if e is not principal and e.person and lowercase(e.names()[0]) in heard:
                return None
        return principal

    def _introduced_with(self, role: str, principal: Entity, at: int) -> bool:
        """Round 184: True when the paragraph naming the principal person, or the next one,
        gives the role noun (or the body whose stem it is: "Command" for "commander") in a
        sentence naming no other person before it: 'NAME (Hangul), 70, who led the Navy's
        Fleet Command ...' or 'The 70-year-old, one of three master potters left, ...' make
        a later "the former commander" or "the master" the principal, with no headline
        word; not when the sentence names anyone else before the noun ("... left captain
        NAME2 out, saying the forward ..." gives the forward to no one; "Na joined as an
        actress" is Na's), nor for a noun of no person's ("the indictment")."""
        stem = role.split()[-1]
        kind = ROLE_NOUNS.get(stem, "")
        # Two tests, not `in ("", *ORG_ROLES)`: mypyc cannot compile a starred tuple there.
        if not stem.endswith(_PERSON_ENDINGS) and (not kind or kind in ORG_ROLES):
            return False  # "the indictment" is no one's role
        stem = stem[:7] if len(stem) >= 9 else stem
        own = set(principal.names())
        others = {e.names()[0] for e in self.entities if e.person and e is not principal and e.name}
        for text in self._texts[at : at + 2]:
            for sentence in _SENTENCE_SPLIT.split(text):
                found = re.search(rf"\b{re.escape(stem)}", sentence, re.IGNORECASE)
                if found is None:
                    continue
                before = sentence[: found.start()]
                if f" {lowercase(before).rstrip()}".endswith(_DETERMINED):
                    continue  # "Kim said the dealer told her ...": someone else, of her story
                if any(not set(lowercase(n).split()) <= own for n in _FULL_NAME.findall(before)):
                    continue
                if not any(lowercase(w) in others for w in _CAPITALISED.findall(before)):
                    return True
        return False

    def _described_as(self, mention: Mention) -> Entity | None:
        """The one person named in full whose description holds "the <role>" nobody holds
        as a role (round 13): 'NAME, a retired schoolteacher who ...' for "the former
        teacher", 'NAME, a 36-year-old electrochemist at the Korea Institute of Science and
        Technology' for "the KIST chemist". The role is a word of the description or ends
        one ("schoolteacher"), and every modifier is in it, spelled by its initials, or a
        past qualifier where the description has one. Of two such people, the one who was
        a subject last, in this paragraph or the one before; else nobody."""
        role = mention.role
        if mention.determiner != "the" or mention.org or mention.plural or len(role) < 4:
            return None
        if role in ORG_ROLES or role in DOCUMENTS or role in _NOBODY:
            return None
        if role in _ANONYMOUS and role not in _ORIGINS_OF:
            return None  # "the official" may be anyone ("the Jinju resident" is from there)
        found = [e for e in self.entities if _describes(e, mention)]
        if len(found) == 1:
            return found[0]
        if not found:
            return None
        here = mention.paragraph
        subject = self._subjects.newest(lambda e: e in found)
        seen = self._seen.get(subject) if subject is not None else None
        if here is None or seen is None or not 0 <= here - seen <= 1:
            return None
        return subject

    def _rival_description(self, mention: Mention, pool: list[Entity]) -> bool:
        """True when someone other than the newest holder of the role has a description that
        holds it ("a retired schoolteacher" and "a retired music teacher" for "the former
        teacher"), and neither was a subject in this paragraph or the one before."""
        if mention.determiner != "the":
            return False
        rivals = [e for e in self.entities if e is not pool[0] and _describes(e, mention)]
        if not rivals:
            return False
        here = mention.paragraph
        subject = self._subjects.newest(lambda e: e is pool[0] or e in rivals)
        seen = self._seen.get(subject) if subject is not None else None
        return here is None or seen is None or not 0 <= here - seen <= 1

    def _headed_body(self, mention: Mention) -> Entity | None:
        """Round 218: the Korean local government a definite description means by its unit:
        "the county" is the one body named "... County" that was a sentence's subject, "the
        province" the "... provincial government" (a name holds its unit as its head,
        :func:`_unit_of`: "the city" is a "... City Hall", "the district office" a "...-gu
        Office"). A county named only as a place ("farmers in ... County") was no subject and
        speaks for no one. Only "the" and the unit's words; two such bodies, or none: None.
        (:meth:`_role` tries rounds 154 and 166 first: "the city of NAME", and the newest
        subject of this paragraph named "... City" or "... County", which decides between two.)"""
        if mention.determiner != "the" or mention.plural or mention.paragraph is None:
            return None
        words = _tokens(mention.text)[1:]
        if not words or not all(w.isalpha() for w in words):
            return None
        if any(w[:1].isupper() for w in mention.text.split()[1:]):
            return None  # round 366: "the Ulsan city government" names its own city's body
        key = _unit_of(words)
        return None if key is None else self._headed(key, self._subjects.items)

    def _headed(self, key: str, among: Iterable[Entity]) -> Entity | None:
        """Round 218: the one body among ``among`` whose name (or capitalised description) says
        it is ``key`` (:func:`_name_key`); None when two are, or none."""
        found: Entity | None = None
        for entity in among:
            if entity.plural or (not entity.name and not entity.org):
                continue
            text = entity.name or (entity.phrases[0] if entity.phrases else "")
            if not text or not any(w[:1].isupper() for w in text.split()[1:] or text.split()):
                continue
            if _name_key(_tokens(text)) != key:
                continue
            if found is not None and found is not entity:
                return None
            found = entity
        if found is not None and key in _UNIT_KEYS:
            found.org = True  # "Dalmae County said": a government, not a person's name
        return found

    def _headed_holder(self, mention: Mention, pool: list[Entity], chosen: Entity) -> Entity:
        """Round 218: which holder of a body's noun a bare "the institute" means when the one
        chosen is named by a name that says no such thing ("... for eel RNA, the Korea
        Institute of Tundra Science said", read as an appositive, gave "RNA" the noun): the one
        holder whose name has that head noun (:func:`_name_key`), preferred over a nearer one
        that does not; two such holders, or none: the one chosen."""
        if not chosen.name or mention.determiner != "the" or mention.modifiers:
            return chosen
        key = lowercase(mention.role)
        if not mention.org or _name_key(chosen.names()) == key:
            return chosen
        return self._headed(key, [e for e in pool if e.name]) or chosen

    def _town_speaking_here(self, mention: Mention) -> Entity | None:
        """Round 166: the body "the city" (or "the county") means in the paragraph whose
        newest subject is a body named as one ("Gimje City said the dam was safe. "...," the
        city said in a release."): the same body, as "the company" after a firm (round 146).
        Only a name ending in the kind's own word ("... City", "... County") and seen in this
        paragraph; a province or a person is no city."""
        newest = self._subjects.newest()
        if newest is None or mention.paragraph is None or newest.plural:
            return None
        if self._seen.get(newest) != mention.paragraph:
            return None
        words = newest.names()
        if len(words) < 2 or lowercase(words[-1]) != mention.role:
            return None
        return newest

    def _firm_speaking_here(self, mention: Mention) -> Entity | None:
        """Round 146: the firm that was the newest subject, in the paragraph of "the company"
        (or "the maker") that speaks now: 'Norae Tech said in a statement that its lens was
        "its own work." "We copy no one," the company said' is Norae Tech, not the firm the
        lede called "a small lens maker" (a role the one speaking was never given). Only a
        firm-shaped name ("... Co.", a name no one types, a lone name that spoke), never a
        person's, and no other subject between."""
        newest = self._subjects.newest()
        if newest is None or mention.paragraph is None or newest.plural:
            return None
        if self._seen.get(newest) != mention.paragraph or _personal_name(newest.name):
            return None
        if _firm(newest) or _unshaped_name(newest) or "company" in newest.roles:
            return newest
        return newest if _lone_name(newest) and newest in self._spoke.items else None

    def _firm_spoke_before(self, mention: Mention) -> Entity | None:
        """Round 184: the body the paragraph before had say something of "it", when that body
        is the newest subject and "the company" opens no sentence of its own but follows a
        quotation: 'Dalbit Motors said in a statement that it "regrets the delay."' then
        '"We will pay every buyer," the company said' is Dalbit Motors (named or described:
        "The ferry operator said it ..."), not a company the lede only mentioned ("the
        company's appeal"). Only a body speaks of itself as "it"; never a person's name,
        never a subject between; and not when the lede introduced a firm with "a" and left it
        unnamed (round 66: "A kitchenware maker said ..." is who "the company" means)."""
        here = mention.paragraph
        newest = self._subjects.newest()
        if newest is None or here is None or here < 1 or newest.plural:
            return None
        if self._seen.get(newest) != here - 1 or _personal_name(newest.name):
            return None
        text = self._texts[here] if here < len(self._texts) else ""
        if not ends_before(text, mention.start, _QUOTE_ENDS):
            return None  # ('"...," the company said': the quotation's speaker only)
        said = r"\s+(?:said|announced|stated)(?:\s+in\s+an?\s+\w+)?\s+(?:that\s+)?it\b"
        if any(_unnamed_firm(e) for e in self._lede if e is not newest):
            return None  # round 66: the lede's "A kitchenware maker said" is "the company"
        written = [newest.name] if newest.name else newest.phrases
        before = self._texts[here - 1]
        if newest.name and newest.roles & _FIRM_ROLES:
            said = _FIRM_SAID  # round 200: "The park's operator, NAME, said its ..." too
        for words in written:
            if words and re.search(rf"\b{re.escape(words)}{said}", before, re.IGNORECASE):
                newest.org = True  # (what speaks of itself as "it" is a body)
                return newest
        return None

    def _salient_holder(self, mention: Mention, pool: list[Entity], newest: Entity) -> Entity:
        """Which of two holders of a role "the professor" means (round 13): the one who was a
        sentence's subject last, in this paragraph or the one before ('Asked about Jo's
        doubts, Han did not argue. "...," the professor said' is Han's, though Jo, another
        professor, was mentioned since); else the holder mentioned last."""
        here = mention.paragraph
        if here is None:
            return newest
        described = mention.determiner == "the" and not mention.org

        def holds(e: Entity) -> bool:  # ``newest`` (a holder itself), a pool entity that
            # fits, or (for "the ...") one whose description holds the role
            return (
                e is newest
                or (e in pool and e.fits(mention))
                or (described and e.plural == mention.plural and _describes(e, mention))
            )  # (round 122: "the players" is no one "the youngest player" described)

        # The newest subject among the holders, read from the subjects down (speed round 13:
        # not every holder listed first, each fit and description built, for the one asked):
        # ``newest`` is a holder, so a subject other than it means two holders or more.
        subject = self._subjects.newest(holds)
        if subject is None or subject is newest:
            return self._bare_subject_here(mention, newest) or newest
        seen = self._seen.get(subject)
        return subject if seen is not None and 0 <= here - seen <= 1 else newest

    def _subject_spelling(self, mention: Mention) -> Entity | None:
        """Round 175: the person named in full, the newest subject and mentioned in this
        paragraph, whose title or description spells the initials "the <role>" carries ('Oh,
        a former deputy director at the Korea Coast Guard (KCG), left the court. "...," the
        former KCG official said'), rather than a nameless holder of the role (the lede's "a
        former coast guard official", never tied to the name). Only "the", a modifier that is
        an acronym, and every other modifier in the description."""
        if mention.determiner != "the" or mention.org or mention.plural or not mention.modifiers:
            return None
        subject, here = self._subjects.newest(), mention.paragraph
        if subject is None or here is None or self._seen.get(subject) != here:
            return None
        if not subject.person or len(subject.names()) < 2 or not _personal_name(subject.name):
            return None
        known = f"{subject.title} {subject.appositive}"
        if not known.strip() or not spells(known, mention) or subject.contradicts(mention):
            return None
        return subject

    def _bare_subject_here(self, mention: Mention, holder: Entity) -> Entity | None:
        """Round 175: the subject of this paragraph whom "the <role>" describes, rather than
        the one holder of the role known ('Asked about Oh's doubts, Pyo did not argue. "...,"
        the professor said' is Pyo's, though only Oh, named since, was called a professor):
        wire copy names the paragraph's subject, then varies the name with a role noun. Only
        "the" and a role with no modifier, the newest subject a person named in full of whom
        no role, title or description is known, named in full before and mentioned again in
        this paragraph, not the holder; the holder not heard in this paragraph (a subject or
        speaker there)."""
        if mention.determiner != "the" or mention.modifiers or mention.org or mention.plural:
            return None
        here = mention.paragraph
        subject = self._subjects.newest()
        if subject is None or subject is holder or here is None or self._seen.get(subject) != here:
            return None
        if not subject.person or len(subject.names()) < 2 or not _personal_name(subject.name):
            return None
        if subject.roles or subject.title or subject.appositive or subject.contradicts(mention):
            return None
        if holder in self._heard and self._here_at == here:
            return None  # the holder was a subject or spoke here: either may be meant
        if self._named_at.get(subject) in (None, here):
            return None  # one named in full here is new ("the court will hear from NAME, who")
        return subject

    def _unroled_subject(self, mention: Mention) -> Entity | None:
        """The person just introduced by name alone whom "the <Company> CEO" describes: wire
        copy names someone, then gives their job with the name of where they work ('Yoon
        Seo-yeon keeps ...' then '"...," the Gomi Labs CEO said'; round 10). Only the newest
        subject, a named person of whom no role is known, and only for a role qualified by a
        proper name (not a bare "the official", who may be anyone)."""
        if mention.determiner != "the" or mention.org or mention.plural or _other(mention):
            return None
        if mention.role in ORG_ROLES or mention.role in DOCUMENTS or not mention.modifiers:
            return None
        words = mention.text.split()[1:-1]
        if not any(w[:1].isupper() for w in words):
            return None
        newest = self._subjects.newest()
        if newest is None or not newest.person or len(newest.names()) < 2 or newest.roles:
            return None  # (a one-word "name" may be a capitalised noun: "Relations between")
        return None if newest.title or newest.appositive else newest

    def _subject_described(self, mention: Mention) -> Entity | None:
        """The person just speaking whom a bare "the <role>" nobody holds describes again: 'Park
        grew quiet. "...," the teenager said' (Park is 19), 'Jang said ... "...," the writer
        said', 'said Lee, chief curator at the museum.' then 'the curator said' (round 10).
        Only the newest subject, a person named in full, mentioned in this paragraph or the
        one before, when what is known of them allows the role (their title or description
        holds the word, or an age fits; or nothing is known of them and they are of this
        paragraph); never an anonymous role ("the official" may be anyone)."""
        role = mention.role
        if mention.determiner != "the" or mention.org or mention.plural or mention.modifiers:
            return None
        if _other(mention):
            return None  # round 117: 'NAME said the teller had told her': not NAME again
        if role in _ANONYMOUS or role in ORG_ROLES or role in DOCUMENTS:
            return None
        here = mention.paragraph
        if role in _AGE_ROLES:
            low, high = _AGE_ROLES[role]

            def aged(e: Entity) -> bool:  # a person of that age, of this paragraph or the last
                seen = self._seen.get(e)
                if seen is None or here is None or not 0 <= here - seen <= 1:
                    return False
                return e.person and e.age.isdigit() and low <= int(e.age) <= high

            found = self._subjects.newest(aged) or self._introduced.newest(aged)
            if found is not None:
                return found
            # round 13: further back, the one person of that age the story has introduced
            ages = [e for e in self.entities if e.person and e.age.isdigit()]
            fitting = [e for e in ages if low <= int(e.age) <= high]
            return fitting[0] if len(fitting) == 1 else None
        newest = self._subjects.newest()
        if newest is None or not newest.person or len(newest.names()) < 2:
            return None
        seen = self._seen.get(newest)
        if seen is None or here is None or not 0 <= here - seen <= 1:
            return None
        known = lowercase(f" {newest.title} {newest.appositive} ")
        if f" {role} " in known or _spelled_out(role, known):
            return newest  # their own description holds the word: "chief curator"
        # nothing known of them: only in the paragraph that speaks of them ('Jang said she
        # had written it ... "...," the writer said'; not '"Is it?" the coach shrugged' after
        # another paragraph's speaker, who may be answered by someone new)
        return newest if not newest.roles and seen == here else None

    def _salient(self, mention: Mention) -> Entity | None:
        """The salient person a bare epithet nobody holds describes again (round 12): 'Kwon
        said a survey had found ... "...," the former prosecutor said', 'Yeo, a council
        member, welcomed the move. "...," the councilor said', "the former mayor". Only "the
        <role>" with no modifier but a past qualifier or an epithet, never an anonymous role
        ("the official" may be anyone; "the former official" describes someone named); a
        holder of the role was found by the rules before ("the minister" is the minister)."""
        role = mention.role
        if mention.determiner != "the" or mention.org or mention.plural or _other(mention):
            return None  # (round 117: 'NAME said the teller had told her': not NAME again)
        if role in ORG_ROLES or role in DOCUMENTS or role in _NOBODY:
            return None
        said = mention.modifiers
        if role in _ANONYMOUS and not any(m in PAST_QUALIFIERS for m in said):
            return None
        origin = role in _ORIGINS_OF and len(said) == 1  # round 13: "the Daejeon native"
        plain = origin or all(m in PAST_QUALIFIERS or _epithet(m) for m in said)
        found = self._salient_person(mention.paragraph) if plain else None
        if found is None and (plain or _affiliated(mention)):
            found = self._heard_before(mention)  # round 13: the paragraph before's
        if found is None or found.contradicts(mention):
            return None
        gender = _KIN_GENDER.get(role, "")  # round 75: "the former actress" is no man
        return None if gender and found.gender and found.gender != gender else found

    def _national(self, mention: Mention) -> Entity | None:
        """Who "the American" means (round 49): the one person named in full whom a title or
        description gave that nationality ("American engineer Daniel Reyes", "NAME, a
        Canadian coach"), however far back; else, as before, the salient person or the one
        the paragraph before heard. Of two such people, neither."""
        word = mention.text.split()[-1]
        found = None
        for e in self.entities:
            if not e.person or len(e.names()) < 2:
                continue
            words = f"{e.name} {e.title} {e.appositive} {self._country_after(e)}".split()
            if _of_nation(word, words):
                if found is not None:
                    return None  # two Americans: the rules say nothing of which
                found = e
        if found is not None:
            mention.org = False  # round 143: "the Belgian" is a person, not a body's name
        if found is None and word in _PERSON_NATIONALS:
            return None  # round 147: "the Finn" nobody was given stays a new person
        return found or self._salient_or_heard(mention)

    def _country_after(self, entity: Entity) -> str:
        """Round 147: "of COUNTRY" written right after a person's full name in the story
        ("coach Aino Laakso of Finland, who ..."), which the name's phrase leaves out (round
        142 ends the name before it): "of Finland", or "" when no paragraph has it."""
        name = entity.name
        if len(entity.names()) < 2:
            return ""
        for text in self._texts:
            at = text.find(f"{name} of ")
            if at < 0:
                continue
            country = text[at + len(name) + 4 :].split(" ", 1)[0].rstrip(",.;:")
            if country[:1].isupper() and country.isalpha():
                return f"of {country}"
        return ""

    def _national_holder(self, mention: Mention, pool: list[Entity]) -> Entity | None:
        """Round 120: who "the Malaysian minister" means when the newest minister is not
        known to be Malaysian: the one other person named in full whose title, description
        or role phrases give that nationality ("his Malaysian counterpart, NAME"; "NAME of
        Malaysia"), not the holder of the role; of two such people, neither (someone new).
        When nobody is given it ("the Korean minister" in a Korean story that never spells
        the minister's nationality out), a holder given another nationality is passed over
        for the newest holder given none. None when nothing is known either way."""
        if mention.determiner != "the" or mention.org or mention.plural:
            return None
        nation = ""
        for word in mention.text.split()[1:]:
            if demonym_shaped(word) and lowercase(word) in mention.modifiers:
                nation = word
                break
        if not nation:
            return None
        holder = pool[0]
        if holder.person and _of_nation(nation, _known_words(holder)):
            # round 195: "world champion NAME of Peru" then "the Peruvian champion": the holder
            # given that nationality is meant, whatever a word of a name's shape suggests
            # ("Yanbeili" ends as "Israeli" does)
            return holder
        found = None
        for e in self.entities:
            if e is holder or not e.person or len(e.names()) < 2:
                continue
            if _of_nation(nation, _known_words(e)):
                if found is not None:
                    return self._new(mention)  # two Malaysians: no guess
                found = e
        if found is not None or not _foreign(holder, nation):
            return found
        return next((e for e in pool[1:] if not _foreign(e, nation)), None) or self._new(mention)

    def _salient_or_heard(self, mention: Mention) -> Entity | None:
        return self._salient_person(mention.paragraph) or self._heard_before(mention)

    def _heard_before(self, mention: Mention) -> Entity | None:
        """The person the paragraph before named and heard, whom a bare epithet opening this
        paragraph describes again (round 13): 'NAME said the bill was badly drafted.' then
        '"...," the former prosecutor added.'. Only when this paragraph has named no person
        yet, the paragraph just before named one person alone, in full, who was both the
        newest speaker and the newest subject (no body or other person since), and what is
        known of them allows the word: their roles or description hold it, or no role is
        known of them at all; an age must be theirs. A gap of a paragraph, two people, or a
        known role that differs ("a midfielder" for "the coach") leave the epithet alone."""
        here = mention.paragraph
        if here is None:
            return None
        if self._here_at == here:  # this paragraph has mentioned someone: no person, though
            if any(e.person for e in self._here):
                return None
            before, at = self._heard_then, self._before_at
        else:  # the first mention of the paragraph: the table still holds the one before
            before, at = self._heard, self._here_at
        if at != here - 1:
            return None
        # the people that paragraph heard or made a subject (a name there only as an object,
        # "had written to Oh", is not one of them; a one-word name that was nobody's subject
        # is a place more often than a person: "fished off Geoje")
        people = [e for e in before if e.person and not _placed(e)]
        if len(people) != 1:
            return None
        found = people[0]
        if not found.name or len(found.names()) < 2 or self._seen.get(found) != here - 1:
            return None
        if found is not self._spoke.newest() or found is not self._subjects.newest():
            return None
        role = mention.role
        age = AGE.match(role)
        if age is not None:
            return found if found.age in ("", age[1]) else None
        for word in mention.modifiers:  # "the 33-year-old striker": an age they do not have
            aged = AGE.match(word)
            if aged is not None and found.age not in ("", aged[1]):
                return None
        if not role:
            return found  # "the Brazilian": a nationality, no role
        known = lowercase(f" {found.title} {found.appositive} {' '.join(found.phrases)} ")
        if role in found.roles or f" {role} " in known:
            return found  # what is known of them holds the word
        roles = found.roles
        if lowercase(found.title) in ("dr.", "dr"):
            roles = roles - _HONORIFIC_ROLES
        if roles:
            return None  # "a midfielder" is not "the coach" (but "Dr." says no job)
        # nothing known of them: an epithet describes them again ("the veteran", "the former
        # judge", "the 58-year-old welder"), a bare role may be someone new ('"Is it?" the
        # lifeguard shrugged')
        return found if role in _EPITHETS or mention.modifiers else None

    def _salient_person(self, here: int | None) -> Entity | None:
        """The one person paragraph ``here`` has mentioned so far, named in full, who was its
        newest subject or speaker: whom "the former prosecutor" or "the Brazilian" describes
        again. None when the paragraph named two people (either may fit), when a body was the
        subject since, or in a new paragraph (round 12)."""
        if here is None or self._here_at != here:
            return None
        people = [e for e in self._here if e.person and not _placed(e)]
        if len(people) != 1:
            return None
        found = people[0]
        if not found.name or len(found.names()) < 2:
            return None
        if found is not self._subjects.newest() and found is not self._spoke.newest():
            return None
        return found

    def _kindred(self, mention: Mention) -> Entity | None:
        """The body "the agency" or "the paper" means when no body holds that role: the newest
        of the last few subjects that is a body of the same kind ("The Korea Forest Service
        warned ..." then "the agency said"; "The Hanbit Daily said ..." then "the paper
        said"), never a body of another kind (a company is no agency), nor a group no name
        names (round 196). Not with a modifier: "the defense ministry" names a body of its
        own; but "the state-run agency" is any agency (round 372)."""
        kind = _KIND_OF_ROLE.get(mention.role, "")
        if not kind or mention.determiner != "the" or mention.plural:
            return None
        if mention.modifiers and not set(mention.modifiers) <= _STATE_RUN:
            return None
        recent = self._subjects.items[-_IT_REACH:]
        # (round 196: a named body only: "Social media plays a part" names no paper, and
        # "the post" after it is someone's post, not that medium's)
        named = [e for e in reversed(recent) if e.name and _body(e) and not _outlet(e)]
        found = next((e for e in named if _kind(e) == kind), None)
        if found is None and kind == "state" and not self._state_body_known():
            # round 372: no body of the state in the story, a state corporation ("According
            # to the Korea Agro-Fisheries & Food Trade Corp., ..." then "The agency said")
            found = next((e for e in named if _state_corporation(e)), None)
        return found

    def named_paper(self, described: Entity) -> Entity | None:
        """Round 378: the one named paper a nameless paper means, anywhere in the story ('the
        ruling party's newspaper' in the lede, 'The Rodong Sinmun, the newspaper of ...' five
        paragraphs on). None when the description is no paper's ("state media" is not), or
        when the story names no paper or more than one."""
        if "newspaper" not in described.roles or described.name:
            return None  # (not "state media": the agency, often, by the labels)
        papers = [
            e
            for e in self.entities
            if e.name and _body(e) and not _outlet(e) and _kind(e) == "media"
        ]
        return papers[0] if len(papers) == 1 else None

    def paper_unlike(self, described: Entity, named: Entity) -> bool:
        """Round 378: True when a nameless paper and a named body are of two kinds ('the
        ruling party's newspaper' and the Korean Central News Agency): a paper is no news
        agency."""
        if "newspaper" not in described.roles or not _body(named):
            return False
        other = _kind(named)  # ("" when mixed: state media merged into the agency)
        return news_agency(named) or (bool(other) and other != "media")

    def _state_body_known(self) -> bool:
        """True when the story has named a body of the state ("... Authority", "... Service")."""
        return any(_body(e) and _kind(e) == "state" for e in self.entities)

    def _shortened_name(self, mention: Mention) -> Entity | None:
        """Round 200: the one named entity "the <Name> <noun>" shortens, its name opening with
        the capitalised word(s) and ending with the noun: "The Hanul hotel said" after "the
        Hanul Bay Hotel" (invented) is that hotel, as wire copy shortens a long name. Only a
        lowercase noun after capitalised words; two such names, or none: None."""
        words = mention.text.split()
        if mention.determiner != "the" or mention.plural or len(words) < 3 or len(words) > 4:
            return None
        noun = words[-1]
        if not noun.isalpha() or not noun.islower():
            return None
        if not all(w[:1].isupper() and w.isalpha() for w in words[1:-1]):
            return None
        key = [lowercase(w) for w in words[1:-1]]
        by_first = self._words.get(key[0])
        if by_first is None:
            return None
        size = len(key) + 1
        found: Entity | None = None
        for entity in by_first.items:
            names = entity.names()
            if len(names) <= size or names[: len(key)] != key or names[-1] != noun:
                continue
            if found is not None and found is not entity:
                return None
            found = entity
        return found

    def _kindless_here(self, mention: Mention) -> Entity | None:
        """Round 200: the body a bare "the agency" means when the newest subject, named in
        this same paragraph, is a state body whose name says no kind ('According to
        Statistics Korea, exports fell 3 percent. The agency said ...', invented): the body
        just named, not an older "... Government" or "... Service" of the story."""
        if mention.role not in _DESCRIBED_BODIES or mention.determiner != "the":
            return None
        if mention.plural or mention.modifiers or mention.paragraph is None:
            return None
        newest = self._subjects.newest()
        if newest is None or self._seen.get(newest) != mention.paragraph:
            return None
        return newest if _kindless_body(newest) else None

    def _newest_kindred(self, mention: Mention) -> Entity | None:
        """The body a bare "the agency" means when the sentence before was about it: the
        newest subject, a state body the noun may describe ("Administration", "Service"),
        even when another body has that word in its name ("Agency for ...")."""
        if mention.role not in _DESCRIBED_BODIES:
            return None  # "the ministry" is a ministry's own noun
        found = self._kindred(mention)
        if found is None or mention.role in found.roles:
            return None
        if found is not self._subjects.newest() and not self._holder_gone(mention.role):
            return None  # an older subject, only past a holder of the noun out of reach
        return found if not found.roles & _NAMED_BODIES and not _named_kind(found) else None

    def _holder_gone(self, role: str) -> bool:
        """True when bodies were known by ``role`` and none is among the last few subjects:
        'The KCNA said ...' paragraphs back, then 'The National Intelligence Service told
        lawmakers ... Rep. Yeo quoted the agency as saying' is the Service."""
        holders = self._roles.get(role)
        recent = self._subjects.items[-_IT_REACH:]
        return holders is not None and not any(e in recent for e in holders.items)

    def _sole_body(self, mention: Mention) -> Entity | None:
        """The body "the weather agency" or "the antitrust regulator" describes again: wire
        copy names a body in full, then calls it by what it does. Only for nouns that
        describe (not "the defense ministry", a name of its own), only when the body is among
        the last few subjects and no other body of its kind has been named at all."""
        if mention.role not in _DESCRIBED_BODIES or mention.determiner != "the":
            return None
        if mention.plural:
            return None
        bodies = [e for e in self.entities if _body(e) and e.name and _kind(e) == "state"]
        if len(bodies) != 1 or _outlet(bodies[0]):
            return None
        return bodies[0] if bodies[0] in self._subjects.items[-_IT_REACH:] else None

    def _unkinded(self, mention: Mention) -> Entity | None:
        """The body a bare "the agency" or "the regulator" means when no body of the state
        was named: the newest of the last few subjects that is a named body whose name says
        no kind ("Statistics Korea said ..." then "the agency said"), never a country.
        Round 135: "the league" too, a league named so ("The Esports Champions Korea (ECK)
        banned ..." then "the league said") when no body named "... League" is known."""
        role = mention.role
        league = role == "league"
        if not (league or role in _DESCRIBED_BODIES) or mention.determiner != "the":
            return None
        if mention.plural or mention.modifiers:
            return None
        if league:
            if any(e.org and "league" in e.names() for e in self.entities):
                return None  # "the Hanbit Futsal League": round 76's kind names it
            if not any(e.roles & _LEAGUE_PLAYERS or _kind(e) == "team" for e in self.entities):
                return None  # no team, coach or player a league governs: "Statistics Korea"
        elif self._state_body_known():
            return None  # "the agency" is that body's noun, found by the rules before
        recent = self._subjects.items[-_IT_REACH:]
        found = next((e for e in reversed(recent) if _kindless_body(e)), None)
        return found or (None if league else self._titled_body(recent))

    def _titled_body(self, recent: list[Entity]) -> Entity | None:
        """The body named only in the title of the person who just spoke: "Statistics Korea
        official Ma said ..." then "the agency said" is Statistics Korea (made an entity
        here, once, when no sentence named it on its own)."""
        person = self._spoke.newest(lambda e: e.person and bool(e.title))
        if person is None or person not in recent:
            return None
        words = _body_in_title(person.title)
        if len(words) < 2:
            return None
        found, _ = self._title_body(words)
        return found if _kind(found) == "state" or _kindless_body(found) else None

    def _apposed(self, mention: Mention) -> Entity | None:
        """The newest named subject whose appositive holds the role and every modifier of
        ``mention``: 'Rep. Kim, a lawmaker and former navy officer,' for "the former
        officer", when no holder of the role fits it."""
        if not mention.modifiers:
            return None
        role = mention.role

        def holds(e: Entity) -> bool:
            return e.person and bool(e.name) and role in lowercase(e.appositive) and e.fits(mention)

        return self._subjects.newest(holds)

    def _speaker_described(self, mention: Mention, pool: list[Entity]) -> Entity | None:
        """The person who just spoke, when an epithet describes them rather than anyone
        ``pool`` holds: 'Speaker Woo said ...' then '"...," the six-term lawmaker said' is
        Woo even after a lawmaker was named (not when someone else spoke or was the subject
        since)."""
        if not any(_epithet(m) for m in mention.modifiers):
            return None
        last = self._spoke.newest(lambda e: e.person and bool(e.name))
        newest = self._subjects.newest(lambda e: e.person)
        if last is None or last is not newest or last in pool or _called_a_company(last):
            return None
        return last

    def _described(self, mention: Mention) -> Entity | None:
        """The person an epithet describes again: "Kim Ha-neul, who has coached swimming for
        20 years, said ..." then "the veteran coach wrote" (or "the 61-year-old coach") is Kim,
        when Kim is the last person who spoke and no role is known for her."""
        if mention.determiner != "the" or mention.org or mention.plural:
            return None
        if mention.role in DOCUMENTS or not mention.paragraph:
            return None  # the lede's "the industry minister" is named after it, not before
        if not any(_epithet(m) for m in mention.modifiers):
            return None  # a bare "the coach" may be someone new: '"Is it?" the coach shrugged.'
        last = self._spoke.newest(lambda e: e.person)
        if last is not None and last.name and not last.roles and last.names()[-1] not in PLACES:
            return last

        def named(e: Entity) -> bool:
            return (
                e.person
                and bool(e.name)
                and e.names()[-1] not in PLACES
                and not _plural_lone(e)  # round 324: "Bolts of ramie hang" is no artist
            )

        # else the person the last sentences were about, or the one just introduced ("When Ahn
        # Yu-na first sang ..." then '"...," the 38-year-old singer said'), unless described
        # otherwise ("the veteran coach" is no one known as a "former coach")
        found = self._subjects.newest(named) or self._introduced.newest(named)
        return found if found is not None and not found.contradicts(mention) else None

    def _worded(self, mention: Mention) -> Entity | None:
        """Who "the administrator" or "the chamber" means when nobody holds that role: the
        one person whose title has that word ("Weather Agency Administrator Han"), or the one
        organisation whose name has it ("the Korea Chamber of Commerce and Industry"), with
        every word that modifies it ("the police agency": the Daegu Metropolitan Police
        Agency, a body named by some words of its name). Else, for a noun that describes
        what a body does, the one named body whose name holds the specific words describing
        it: "the statistics agency" for Statistics Korea (never "the defense ministry", a
        ministry's name of its own)."""
        if mention.determiner != "the" or mention.plural:
            return None
        if not mention.modifiers or mention.org:
            found = self._holding_word(mention)
            if len(found) > 1:  # two "Corp."s: the one a sentence was just about
                recent = self._subjects.items[-_IT_REACH:]
                found = [e for e in reversed(recent) if e in found]
            if found:
                return found[0]
        if mention.role not in _DESCRIBED_BODIES:
            return None
        specific = [m for m in mention.modifiers if m not in _DESCRIBING and "'" not in m]
        found = self._bodies_holding(specific, named=True) if specific else []
        return found[0] if len(found) == 1 else None

    def _holding_word(self, mention: Mention) -> list[Entity]:
        """The people whose title and the bodies whose name hold the head noun of
        ``mention`` (a body with all its modifiers too): its last word, or (round 212) the
        word before its first preposition ("the owner of a shop near the school": no school)."""
        word = _head_word(lowercase(mention.text))
        bodies = self._bodies_holding(mention.modifiers, named=False, head=word)
        if mention.org:
            return bodies
        people = [e for e in self.entities if e.name and not e.org and word in _tokens(e.title)]
        return [e for e in self.entities if e in bodies or e in people]

    def _bodies_holding(self, words: Sequence[str], *, named: bool, head: str = "") -> list[Entity]:
        """The organisations whose name holds every one of ``words`` (and ``head``, or its
        abbreviation), no news outlet relaying them; a body known only by a description
        ("The Gangdong Ward office") by that description's words, unless ``named``."""
        found = []
        for e in self.entities:
            if not e.org or _outlet(e) or (named and not e.name):
                continue
            names = e.names() if e.name else _described_words(e)
            if head and head not in names and _ABBREVIATED.get(head, "") not in names:
                continue
            if all(w in names for w in words):
                found.append(e)
        return found

    def _staffed_body(self, mention: Mention) -> Entity | None:
        """The body the sentence before was about when its name holds the stem of the role
        ("prosecutors", "the prosecution" after "the ... Prosecutors' Office"): the people
        who work there speak for it."""
        if mention.determiner not in ("", "the") or mention.modifiers or len(mention.role) < 7:
            return None
        if not (mention.plural or mention.org):
            return None  # "the prosecutor" is one person, named or described before
        newest = self._subjects.newest()
        if newest is None or not newest.org or not newest.name or _outlet(newest):
            return None
        return newest if works_in(mention.role, newest) else None

    def _name_tail(self, mention: Mention) -> Entity | None:
        """The body a definite phrase names by the last words of its name: "the coast
        guard" for the Korea Coast Guard, "the fire service" for the Seoul Fire Service (a
        recent subject, the one body whose name ends so; "guard" alone is a person)."""
        if mention.determiner != "the" or not mention.modifiers or mention.plural:
            return None
        tail = [*mention.modifiers, lowercase(mention.text).rsplit(" ", 1)[-1]]
        size = len(tail)
        found = [
            e
            for e in self._subjects.items[-_IT_REACH:]
            if e.org and len(e.names()) > size and e.names()[-size:] == tail
        ]
        return found[0] if len(found) == 1 else None

    def _possessed(self, mention: Mention) -> Entity:
        """Who "her form teacher" means: someone of that role the story already tied to an
        owner ("his lawyer", "Kim's coach"), else someone new; never a holder of the role
        introduced otherwise ('Gwak, a former maths teacher' is not the student's teacher)."""
        recent = self._roles.get(mention.role)
        if recent is not None:
            for entity in reversed(recent.items):
                if _owned_phrase(entity.appositive, mention.role) or any(
                    _owned_phrase(p, mention.role) for p in entity.phrases
                ):
                    return entity  # 'according to her lawyer, Kang' then "Her lawyer said"
        if mention.role in _TEAMS:
            club = self._owner_club(mention)
            if club is not None:
                return club  # round 165: "coach NAME's" club is the one his title names
        if mention.role in _ELDERS:
            elder = self._kin_read_back(mention)
            if elder is not None:
                return elder  # "His granddaughter, NAME, 26, ..." then "Her grandfather"
        if mention.role in _SIBLING_NOUNS:
            sibling = self._sibling_read_back(mention)
            if sibling is not None:
                return sibling  # round 166: "her brother, NAME" then "His sister"
        return self._new(mention)

    def _sibling_read_back(self, mention: Mention) -> Entity | None:
        """Round 166: who "his sister" or "her brother" means when the person "his" means
        was introduced as a sibling ("Her younger brother, Cha Do-yun, ..." and later "His
        sister said"): the one other named person of the relation's gender (or of none known)
        with the same family name, the one he was introduced as the sibling of. None when the
        owner was introduced as no one's sibling, or when two fit (then someone new)."""
        owner = self._possessor(mention, _personal_name)  # ("His younger sister" too)
        if owner is None or self._kin_introduced(owner, _SIBLING_NOUNS, mention.paragraph) is None:
            return None
        found = self._family_of(owner, _KIN_GENDER[mention.role])
        return found.pop() if len(found) == 1 else None

    def _owner_club(self, mention: Mention) -> Entity | None:
        """Round 165: the club "his club" or "her team" means: the body named in the title of
        the person "his" means, the newest named subject a league governs ("Mokpo Harbor FC
        head coach Ryu Gi-tae was fined ..." then "His club said it would not appeal" is
        Mokpo Harbor FC, made an entity here once). A bare "His club" is never a name; None
        when that person's title names no body of two words (then someone new)."""
        owner = None if mention.modifiers else self._possessor(mention, bool)
        if owner is None or not owner.roles & _LEAGUE_PLAYERS:
            return None
        title = owner.title.split()
        while title and title[-1].islower():
            title.pop()  # "NAME FC head coach": the club's name stands before its posts
        words = _body_in_title(" ".join(title))
        if len(words) < 2:
            return None
        club, _ = self._title_body(words)
        club.org = True
        return club

    def _possessor(self, mention: Mention, named: Callable[[str], bool]) -> Entity | None:
        """The person "his" or "her" of ``mention`` means ("his club", "her grandfather"): the
        newest recent subject who is one person of that gender (or of none known) and whose
        name passes ``named``; None for another determiner or a plural role."""
        gender = _GENDER.get(mention.determiner, "")
        if not gender or mention.plural:
            return None
        recent = reversed(self._subjects.items[-_IT_REACH:])
        return next(
            (e for e in recent if e.person and e.gender in ("", gender) and named(e.name)), None
        )

    def _family_of(self, person: Entity, gender: str) -> set[Entity]:
        """The other people named with ``person``'s family name and of ``gender`` (or of none
        known): whom "her grandfather" or "his sister" may mean."""
        family = person.names()[0]
        return {
            e
            for e in self._subjects.items + self._introduced.items
            if e is not person
            and e.person
            and e.gender in ("", gender)
            and _personal_name(e.name)
            and e.names()[0] == family
        }

    def _kin_read_back(self, mention: Mention) -> Entity | None:
        """Round 132: the elder "her grandfather" or "his mother" means when the story
        introduced the person "her" means as someone's child or grandchild ("His
        granddaughter, NAME, 26," or "NAME's daughter, NAME, 24,"), read backwards: the one
        named person of the relation's gender (or of none known) with that family name, a
        generation (two for a grandparent) older by the ages given. None when the nearest
        person "her" may mean was introduced as no one's kin, or when two fit."""
        child = None if mention.modifiers else self._possessor(mention, _personal_name)
        if child is None:
            return None
        gap, nouns = _ELDERS[mention.role]
        introduced = self._kin_introduced(child, nouns, mention.paragraph)
        age = child.age or (introduced[1] or "" if introduced is not None else "")
        if introduced is None or not age.isdigit():
            return None
        found = {
            e
            for e in self._family_of(child, _KIN_GENDER[mention.role])
            if e.age.isdigit() and int(e.age) - int(age) >= gap
        }
        return found.pop() if len(found) == 1 else None

    def _kin_introduced(
        self, child: Entity, nouns: tuple[str, ...], here: int | None
    ) -> re.Match[str] | None:
        """Round 132: where the story introduced ``child`` after a child noun ("His
        granddaughter, NAME, 26,"), with the age given, in a paragraph up to ``here``; each
        person and set of nouns is looked for once (a rare mention: no cost for others)."""
        if self._kin_seen is None:
            self._kin_seen = {}
        key = (child, nouns)
        if key in self._kin_seen:
            return self._kin_seen[key]
        found = None
        if here is not None:
            pattern = re.compile(
                rf"\b(?:{'|'.join(nouns)}),\s+{re.escape(child.name)}\b(?:,\s+(\d{{1,3}})\b)?"
            )
            for text in self._texts[: here + 1]:
                found = pattern.search(text)
                if found is not None:
                    break
        self._kin_seen[key] = found
        return found

    def _owner(self, mention: Mention) -> Entity | None:
        """Whose record a possessive names: "the agency's survey" is the agency's, "Kim's
        statement" Kim's (a known organisation or person only)."""
        if mention.role not in DOCUMENTS and mention.role not in _RECORDS:
            return None
        if mention.determiner in ("his", "her") and mention.role in _AUTHORED:
            # round 13: '..., her statement read' is hers: the person "she" would mean (a sign,
            # banner or poster she put up speaks as itself, as the corpus labels documents)
            gender = _GENDER[mention.determiner]

            def fits(e: Entity) -> bool:
                return e.person and e.gender in ("", gender)

            return self._subjects.newest(fits) or self._introduced.newest(fits)
        owners = [m for m in mention.modifiers if m.endswith(("'s", "’s"))]
        if not owners:
            return None
        word = owners[0][:-2]
        role = ROLE_NOUNS.get(word, "")
        if role in ORG_ROLES:
            recent = self._roles.get(role)
            return recent.newest(lambda e: e.org and not _outlet(e)) if recent else None
        return self._same_name([word]) or self._surname([word])

    def _issuer(self, mention: Mention) -> Entity | None:
        """The person who spoke in the document "the statement" means: after "Kim said in a
        statement", "the statement said" quotes Kim (a body's statement stays a statement).
        Round 80: "the ruling" is a court's, the court last named ('The Daegu District Court
        said ...', then 'The ruling called the ban "..."')."""
        if mention.determiner != "the" or mention.modifiers:
            return None
        if mention.role == "ruling":
            courts = self._roles.get("court")
            return courts.newest(_named_body) if courts is not None else None
        if mention.role not in DOCUMENTS:
            return None

        def issued(e: Entity) -> bool:
            return mention.role in e.issued

        # (round 68: "The ministry issued a statement." names a subject no clause heard)
        return self._subjects.newest(issued) or self._introduced.newest(issued)

    def learn_age(self, age: str) -> None:
        """Round 65: "The 26-year-old joined the program." opens a sentence no clause of
        saying reads: the person "the 26-year-old" means (see :meth:`_aged`) is that age, if
        no age was known for them (nothing else is learned: no role, no subject)."""
        found = self._aged(age)
        if found is None or found.age or not found.person:
            return
        if self._pairs and self._paired_rival(found, lambda e: not e.age):
            return  # round 41: "A and B" then "The 45-year-old": either
        found.age = age

    def _aged(self, age: str) -> Entity | None:
        """Who "the 45-year-old" means: the person of that age, or else the named person "he"
        or "she" would mean, unless another age is known for them (not "a police official",
        whom wire copy never describes again by an age it has not given)."""
        for wanted in (
            lambda e: e.age == age,
            lambda e: e.person and bool(e.name) and e.age in ("", age),
        ):
            found = self._subjects.newest(wanted) or self._introduced.newest(wanted)
            if found is not None and _place_or_body(found):  # round 189
                return self._person_near(found, wanted)
            if found is not None:
                return found
        return None

    # --- bookkeeping -----------------------------------------------------------------------

    def _led_body(self, mention: Mention) -> Entity | None:
        """Round 175: the body a bare "the consortium" means when the story introduced it only
        as "a consortium led by NAME" ("The port is being built by a consortium led by Dongbit
        Marine." then "the consortium said"): that body, known by the whole phrase (the led
        body is not its leader). Only "the" and a body noun with no modifier; None when two
        such phrases with that noun are in the story up to here, or none."""
        here = mention.paragraph
        kind = mention.role
        if here is None or mention.plural or mention.modifiers or mention.determiner != "the":
            return None
        if kind not in KIND_NOUNS:
            return None
        marker = f" {kind} led by "
        texts = [t for t in self._texts[: here + 1] if marker in t]
        if not texts:
            return None  # (most stories have none)
        pattern = re.compile(rf"\b[Aa]n? ({kind} led by (?:[A-Z][\w&-]*\s?)+)")
        named = {m[1].strip() for text in texts for m in pattern.finditer(text)}
        if len(named) != 1:
            return None
        body = Entity(True)
        body.phrases.append(f"a {named.pop()}")
        body.roles.add(kind)
        self.entities.append(body)
        self._introduced.touch(body)
        return body

    def _town(self, mention: Mention) -> Entity | None:
        """Round 154: the body "the city" (or "the county") means when the story, up to the
        paragraph of its first such mention, named one city of that kind as "the city of
        NAME" ("The city of Hanam will rule on the permit." then "The city said ..."): that
        city, by that phrase (the bare "the city" says which of the places in the story no
        better). None when two such cities are named, or none."""
        here = mention.paragraph
        if here is None or mention.plural:
            return None
        if self._towns is None:
            self._towns = {}
        kind = mention.role
        if kind not in self._towns:
            pattern = re.compile(rf"\b[Tt]he {kind} of ([A-Z][a-z]+(?:-[a-z]+)?)\b")
            named = {m[1] for text in self._texts[: here + 1] for m in pattern.finditer(text)}
            town = None
            if len(named) == 1:
                town = Entity(True)
                town.phrases.append(f"the {kind} of {named.pop()}")
                town.roles.add(kind)
                self.entities.append(town)
                self._introduced.touch(town)
            self._towns[kind] = town
        return self._towns[kind]

    def _new(self, mention: Mention) -> Entity:
        org = mention.org and not (mention.kind == "name" and _personal_name(mention.name))
        entity = Entity(org, mention.plural)  # (keywords would build a dict)
        self.entities.append(entity)
        if mention.role in DESCRIBED_NOUNS and mention.determiner == "the":
            self.described.append(entity)  # round 76: "the federation", named after
        if mention.paragraph == 0:
            self._lede.add(entity)
        self._introduced.touch(entity)
        return entity

    def _update(self, entity: Entity, mention: Mention) -> None:
        """Record what ``mention`` says about ``entity`` and make it the most recent."""
        if mention.kind != "pronoun":
            self._learn(entity, mention)
        if self._pairs and entity in self._pairs:  # named again: the pair is over
            self._pairs.pop(self._pairs.pop(entity), None)
        self._seen[entity] = mention.paragraph
        if mention.paragraph != self._here_at:
            self._before_at = self._here_at
            self._heard_then, self._heard, self._heard_end = self._heard, [], -9
            self._here_at, self._here, self._here_end = mention.paragraph, [], 0
            self._askers, self._owners = [], []
        if mention.asked:
            self._askers.append(entity)
        # who the paragraph hears or makes a subject, and a name coordinated right after one
        # ("Do and Seok both said": five characters or fewer between them)
        if mention.subject or mention.spoke or 0 <= mention.start - self._heard_end <= 5:
            if entity not in self._heard and len(self._heard) < _RECENT:
                self._heard.append(entity)
            self._heard_end = mention.end
        if mention.start >= self._here_end:  # not a name inside a description: "a Busan ..."
            self._here_end = mention.end
            if entity not in self._here and len(self._here) < _RECENT:
                self._here.append(entity)
        elif _owner_inside(entity, mention) and len(self._owners) < _RECENT:
            self._owners.append(entity)  # round 164: "Fans in NAME's hometown"
        if mention.subject and not (mention.bare and _lone_name(entity)):
            self._subjects.touch(entity)  # round 106: not 'Not everyone', 'Gimhae named him'
        if mention.spoke:
            self._spoke.touch(entity)
        for role in entity.roles:
            _touch(self._roles, role, entity)
        names = entity.names()
        if names:
            _touch(self._words, names[0], entity)
            if names[-1] != names[0]:
                _touch(self._words, names[-1], entity)
            if len(names) > 2 and names[0].endswith(OWNED):
                _touch(self._words, names[1], entity)  # round 251: "Japan's | Sato Ren"
        if not entity.name:
            self._nameless.touch(entity)

    def _real_name(self, mention: Mention) -> str:
        """Round 208: the full name a one-word name is glossed with right after it ('Dami,
        whose real name is Jo Da-mi (조다미), said'): a stage name or pen name with its
        holder's real one, both shown, so either finds the speaker. "" otherwise."""
        here = mention.paragraph
        if here is None or not 0 <= here < len(self._texts) or " " in mention.name:
            return ""
        text = self._texts[here]
        # (an anchored match right after the name, which fails at once without its comma: a
        # search of the whole paragraph for "real name" at every name was quadratic)
        found = _REAL_NAME.match(text, mention.start + len(mention.name))
        if found is None or text[mention.start : mention.start + len(mention.name)] != mention.name:
            return ""
        return found[1]

    def _abbreviate(self, entity: Entity) -> None:
        """Let an organisation's initials name it: the Joint Chiefs of Staff is the JCS, the
        Bank of Korea the BOK (with or without the small words), unless another took them."""
        words = entity.name.replace("-", " ").split()
        if len(words) < 2:
            return
        for initials in (
            "".join([w[0] for w in words]),  # (lists: join makes one of a generator anyway)
            "".join([w[0] for w in words if w[0].isupper()]),
        ):
            initials = lowercase(initials)
            if len(initials) >= 2 and self._aliases.setdefault(initials, entity) is entity:
                entity.aliases.add(initials)
                self._by_initials.add(initials)

    def _learn(self, entity: Entity, mention: Mention) -> None:
        if mention.kind == "name" and not entity.real and not entity.org:
            entity.real = self._real_name(mention)  # round 208: "Dami, whose real name is"
        # round 84: a Korean personal name names a person, whatever a phrase around it says
        # (asked only when the mention would make a body or a place: most make neither)
        if mention.role and not (mention.role in _NO_PERSONS and _personal(entity, mention)):
            entity.roles.add(mention.role)
        if mention.org and mention.kind == "name" and not entity.org:
            # round 144: "the Belgian" said of a person named in full leaves them a person
            demonym = entity.person and len(entity.names()) > 1 and _demonym(mention)
            entity.org = not demonym and not _personal(entity, mention)
        if mention.title:
            role = _initials_role(mention.title)
            if role is not None:
                entity.roles.add(role)  # "Chief Financial Officer" is the CFO
            if mention.title[-1] == ".":
                role = _post_before_rank(mention.title)
                if role:
                    entity.roles.add(role)  # round 60: "JCS spokesperson Col. Kim" is
                    # the spokesperson as well as a colonel ("the JCS spokesperson said")
        if mention.kind == "name":
            # a longer name whose words hold the known ones (not "Manager Park"): the length
            # first, since most mentions repeat a name and need no two sets built
            if len(mention.name) > len(entity.name) and set(entity.names()) <= set(
                _tokens(mention.name)
            ):
                entity.name = mention.name
                self._names[tuple(entity.names())] = entity
                if entity.org:
                    self._abbreviate(entity)
            if len(mention.title) > len(entity.title):
                entity.title = mention.title
            entity.gender = entity.gender or _GENDER.get(lowercase(mention.title), "")
        if mention.alias:
            entity.aliases.add(lowercase(mention.alias))
            self._aliases[lowercase(mention.alias)] = entity
            self._by_initials.discard(lowercase(mention.alias))  # (given in brackets: as written)
        # (a modifier's age only for a person named before: "A 44-year-old nurse" in a lede
        # introduces someone the next paragraph names, and "the 44-year-old" later means the
        # named person, not a second, unnamed one)
        # (only a role has such a modifier: no call for the names, most mentions)
        if not entity.age:
            entity.age = mention.age or (
                _modifier_age(mention) if entity.name and mention.kind == "role" else ""
            )
        if mention.appositive and not entity.appositive:
            entity.appositive = mention.appositive
        if (mention.kind == "role" or entity.org) and len(entity.phrases) < _PHRASES:
            entity.phrases.append(mention.text)
        if mention.issued:
            entity.issued.add(mention.issued)
        if mention.predicate is not None and len(entity.phrases) < _PHRASES:
            entity.roles.add(mention.predicate.role)
            entity.phrases.append(mention.predicate.text)
            if not entity.gender and not entity.org:
                entity.gender = _KIN_GENDER.get(mention.predicate.role, "")
        if not entity.gender and mention.role in _KIN_GENDER and not entity.org:
            entity.gender = _KIN_GENDER[mention.role]
        if not entity.gender and mention.appositive.endswith("self") and not entity.org:
            # round 116: "Jang Min-su, a former archer himself," is no "she"
            entity.gender = _SELF_GENDER.get(mention.appositive.rpartition(" ")[2], "")
        if mention.gender and not entity.gender and not entity.org and self._alone(entity):
            entity.gender = mention.gender  # round 51: "Kim met her successor"

    def _alone(self, entity: Entity) -> bool:
        """True when no other person is named before ``entity`` (whom "her" in "Kim met her
        successor" might mean: 'Lee retired. Kim met his successor' is Lee's). Round 139: a
        person the lede only described ("The head of the agency on Monday defended ...") is
        no other person: wire copy names that one next, as the person named here."""
        lede = self._lede
        return all(e is entity or not e.person or (not e.name and e in lede) for e in self.entities)


def _bearers(word: str, recent: _Recent) -> list[Entity]:
    """The people named in full whose surname is ``word`` (first or last name word)."""
    return [
        e
        for e in recent.items
        if e.person and len(e.names()) > 1 and word in (e.names()[0], e.names()[-1])
    ]


def _age_of(entity: Entity) -> int:
    """The age the article gave a person, as a number: after the name ("Uhm, 63") or in the
    description ("Han, a 44-year-old professor"); 0 when it gave none."""
    if entity.age.isdigit():
        return int(entity.age)
    for word in entity.appositive.split()[:4]:
        aged = AGE.match(word)
        if aged is not None:
            return int(aged[1])
    return 0


def _elder_or_younger(pair: list[Entity], elder: bool, by_kin: bool = True) -> Entity | None:
    """The elder (or younger) of exactly two people, by the ages the article gave them or,
    with ``by_kin``, by a relation only one of them holds ("son", "father"); None when the
    article does not tell them apart."""
    if len(pair) != 2:
        return None
    first, second = pair
    ages = _age_of(first), _age_of(second)
    ranks = (_sibling_rank(first), _sibling_rank(second)) if by_kin else (0, 0)
    if ages[0] and ages[1] and ages[0] != ages[1]:
        older = first if ages[0] > ages[1] else second
    elif ranks[0] != ranks[1] and 0 in ranks:
        # round 144: "NAME, now 64, ... with his younger brother, NAME2": NAME2 the younger
        older = first if ranks[0] > ranks[1] else second
    elif by_kin:
        kin = first.roles & (_CHILDREN | _PARENTS), second.roles & (_CHILDREN | _PARENTS)
        if bool(kin[0]) == bool(kin[1]):
            # neither, or both ("his father" and "her son" of someone else); round 413: or
            # one of them given a young age and the other none ("19-year-old NAME")
            young = _young_one(first, second, ages)
            if young is None:
                return None
            older = second if young is first else first
        else:
            related, other = (first, second) if kin[0] else (second, first)
            older = related if related.roles & _PARENTS else other
    else:
        return None
    return older if elder else (second if older is first else first)


_YOUNG_AGE = 25
"""Round 413: an age at or under which one of two namesakes is the younger when the article
gives the other no age ("the younger Byeon" after "19-year-old Byeon Ha-ram" and a retired
taxi driver of the same surname). A namesake younger still would be someone's child, and copy
says whose: the kin reading before this one."""


def _young_one(first: Entity, second: Entity, ages: tuple[int, int]) -> Entity | None:
    """Round 413: the one of two namesakes given an age of :data:`_YOUNG_AGE` or under when the
    other was given none; None otherwise."""
    if bool(ages[0]) == bool(ages[1]):
        return None
    young, age = (first, ages[0]) if ages[0] else (second, ages[1])
    other = second if young is first else first
    if _aged_in_words(other):
        return None  # "Sixteen-year-old NAME": an age too, one the number reader cannot read
    return young if age <= _YOUNG_AGE else None


def _aged_in_words(entity: Entity) -> bool:
    """Round 413: True when a person's roles or description hold an age in any form."""
    return "-year-old" in entity.appositive or any(r.endswith("-year-old") for r in entity.roles)


def _content_modifier(word: str) -> bool:
    """Round 219: a modifier saying what someone does or works with ("watch" of "the watch
    shop owner", "mechanical" of "the former mechanical engineer"), not only how long or how
    old ("veteran", "67-year-old", "former", "chief")."""
    return (
        word.isalpha()
        and not word.endswith(("ly", "ed"))  # "the newly appointed ambassador"
        and word not in KIND_NOUNS  # "the team leader": the body a post is in
        and not (
            _epithet(word) or word in _PAST_ROLE or word in TITLE_MODIFIERS or word in _RANKS_ONLY
        )
    )


_RANKS_ONLY = wordset("chief head senior junior deputy assistant acting top lead main")
"""Round 219: modifiers of rank alone: "the chief mate" names no work of its own."""


@lru_cache(maxsize=256)
def _indefinite_pattern(head: str) -> re.Pattern[str]:
    """Round 219: "a"/"an", up to three words, then ``head``: who "the <head>" may mean."""
    return re.compile(rf"\b[Aa]n?\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(head)}\b")


def _rank_contradicts(entity: Entity, mention: Mention) -> bool:
    """True when ``entity`` was introduced as the other's younger sibling and ``mention`` says
    "the older sister" (or the reverse): the rounds 143 and 144 readings together."""
    rank = _sibling_rank(entity) if mention.modifiers else 0
    if not rank:
        return False
    said = set(mention.modifiers)
    return bool(said & _ELDER) if rank < 0 else bool(said & _YOUNGER)


def _sibling_rank(entity: Entity) -> int:
    """Round 144: 1 for someone described as the other's elder brother or sister ("his elder
    sister, NAME"), -1 for a younger one ("his younger brother, NAME"), 0 when not ranked."""
    words = lowercase(entity.appositive).split()
    for k in range(1, len(words)):
        before, word = words[k - 1], words[k]
        if word in ("brother", "sister"):
            if before in ("younger", "little"):
                return -1
            if before in ("elder", "older", "big"):
                return 1
    return 0


def _modifier_age(mention: Mention) -> str:
    """The age a role phrase gives as a modifier: "The 62-year-old Mokpo native" is 62
    (round 15: "the 62-year-old" later means the same person)."""
    if mention.kind != "role":
        return ""
    for word in mention.modifiers:
        if word[0].isdigit():
            aged = AGE.match(word)
            if aged is not None:
                return aged[1]
    return ""


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
"""Endings of English nouns for a person by what they do ("master", "fifth grader",
"craftsman"): round 115 reads a role noun no word list holds as a person's only with one."""


def _person_noun(role: str) -> bool:
    """Round 115: True when ``role`` names a person ("champion", "union leader", "master"),
    not a document or a thing ("the indictment")."""
    return _in_role_lists(role) or role.endswith(_AGENT_ENDINGS)


def _in_role_lists(word: str) -> bool:
    """True when a role list holds ``word`` as a person's noun."""
    return word in ROLE_NOUNS or word in PERSON_ROLES or word in PERSON_TITLES


def _thing_brought_in(entity: Entity) -> bool:
    """Round 379: True for a role phrase "a" or "an" brings in whose nouns name no person ("A
    knee injury ended it", 'A bill dubbed the "..." has been pending'): a thing the sentence
    is about, which no "he" or "she" means (round 115's test of a person's noun)."""
    if entity.name or entity.age or entity.gender or not entity.roles:
        return False  # (an age or a gender is a person's: "a 34-year-old", "a woman")
    if any(_person_noun(r) or r in _ANONYMOUS for r in entity.roles):
        return False
    words = lowercase(entity.full).split()
    if not words or words[0] not in ("a", "an"):
        return False
    # (any word of the phrase the role lists hold: its head may be read wrong, "A university
    # student standing next to him" as "next"; not by its ending, "A shoulder injury")
    return not any(_listed_person(_bare_noun(w)) for w in words[1:])


def _bare_noun(word: str) -> str:
    """Round 379: ``word`` without trailing punctuation, a possessive or a plural's "-s"
    ("students," -> "student", "nurses'" -> "nurse", "actress" stays whole)."""
    word = word.rstrip(",.;:").removesuffix("'s").removesuffix("’s").rstrip("'’")
    return singular(word)


def _listed_person(word: str) -> bool:
    """Round 379: True when a role list holds ``word`` as a person's noun (no ending test)."""
    return _in_role_lists(word) or word in _ANONYMOUS or word in _PEOPLE_UNLISTED


_PEOPLE_UNLISTED = wordset(
    """
    guide docent guest cook artisan youth recruit mate deckhand child client refugee migrant
    guard principal cabbie nanny maid apprentice local
    """
)
"""Round 379: nouns of people no role list holds and no agent ending shows ("a docent", "a
guest"): round 265 found such people taken for things by a general form of the rule."""


def _general_rank(words: list[str]) -> bool:
    """Round 142: True when "general" in a description's ``words`` is a rank ("a retired
    four-star general", "Gen."), not the second word of a civil title a role noun heads ("a
    former director general at the agency", "the consul general", "secretary general")."""
    for i, w in enumerate(words):
        if w in ("general", "generals") and not (i > 0 and role_of(words[i - 1])):
            return True
    return False


def _civil_general(mention: Mention) -> bool:
    """Round 142: True when a "general" role phrase is itself a civil title ("the director
    general", "the former consul general"): a role noun right before "general"."""
    return bool(mention.modifiers) and bool(role_of(mention.modifiers[-1]))


def _describes(entity: Entity, mention: Mention) -> bool:
    """True when ``entity``, a person named in full, has a description that holds the role
    of ``mention`` and all of its modifiers (see :meth:`SpeakerTable._described_as`)."""
    if not (entity.appositive or entity.title):
        return False  # (first: two attribute reads rule most entities out, before ``person``)
    if not entity.person or len(entity.names()) < 2:
        return False
    described = f"{entity.title} {entity.appositive}"  # "Screenwriter" for "the writer"
    known = lowercase(described)
    words = _spelled_ranks(known.replace(",", " ").split())
    role = mention.role
    if role in _ORIGINS_OF:
        # "the Jinju resident", "the Madrid native": the place in the description is enough
        return len(mention.modifiers) == 1 and mention.modifiers[0] in words
    if not any(
        w == role or w == f"{role}s" or (w.endswith(role) and len(w) > len(role) + 2) for w in words
    ) and not _post_alias(role, words):
        return False
    if role == "general" and not _general_rank(words) and not _civil_general(mention):
        return False  # round 142: "a former director general" is no "retired general"
    past = any(w in PAST_QUALIFIERS for w in words)
    for word in mention.modifiers:
        if word in words or (word in PAST_QUALIFIERS and past):
            continue
        aged = AGE.match(word)
        if aged is not None and entity.age == aged[1]:
            continue
        if word.isalpha() and len(word) >= 2 and spells(described, mention):
            continue
        return False
    return not entity.contradicts(mention)


# Round 175: the abbreviated ranks of a title, spelled out as a later description spells them
# ("Sgt. Maj. NAME" is "the sergeant major", "Lt. Col. NAME" "the lieutenant colonel").
_RANK_WORDS = {
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "maj.": "major",
    "capt.": "captain",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "cmdr.": "commander",
    "cdr.": "commander",
    "cpl.": "corporal",
    "pvt.": "private",
    "brig.": "brigadier",
}


def _spelled_ranks(words: list[str]) -> list[str]:
    """Round 175: a description's ``words`` with each abbreviated rank of a title spelled out
    beside it: wire copy abbreviates a rank before the name and spells it in a later
    description ('Sgt. Maj. Ohm Tae-gyu inspected the guns. "...," the sergeant major
    said'), so "sgt." and "maj." are held as "sergeant" and "major"."""
    if not any(w in _RANK_WORDS for w in words):
        return words  # (most descriptions hold no abbreviated rank)
    return [s for w in words for s in ((w, _RANK_WORDS[w]) if w in _RANK_WORDS else (w,))]


# Round 147: words a description uses for the post a later "the <role>" names in other
# words (wire copy varies the noun once it has named someone): "Goaltender NAME" is "the
# goalie", "NAME, a senior fellow at a think tank" is "the researcher". Each alias means the
# role's post, never more ("the doctor" for a surgeon, not "the surgeon" for a doctor).
_POST_ALIASES: dict[str, tuple[str, ...]] = {
    "goalie": ("goaltender", "goalkeeper", "netminder"),
    "goalkeeper": ("goalie", "goaltender", "netminder"),
    "goaltender": ("goalie", "goalkeeper", "netminder"),
    "keeper": ("goalie", "goaltender", "goalkeeper"),
    "netminder": ("goalie", "goaltender", "goalkeeper"),
    "researcher": ("fellow",),
}
# an alias that means the post only before where it is held ("a fellow at the institute"; not
# "a fellow defector")
_HELD_AT = frozenset(("fellow",))


def _post_alias(role: str, words: list[str]) -> bool:
    """Round 147: True when a description's ``words`` name the post of ``role`` in other
    words (see ``_POST_ALIASES``): "Goaltender NAME" for "the goalie"; "a research fellow at
    the institute" for "the researcher", not "a fellow defector"."""
    for i, word in enumerate(words):
        if word not in _POST_ALIASES.get(role, ()):
            continue
        if word not in _HELD_AT or (i + 1 < len(words) and words[i + 1] in ("at", "with")):
            return True
    return False


def _affiliated(mention: Mention) -> bool:
    """ "the former Dalseong oncologist": a past qualifier, and otherwise only epithets and
    capitalised words (where they worked), which describe the person just heard again."""
    said = mention.modifiers
    if not any(m in PAST_QUALIFIERS for m in said):
        return False
    capitals = {lowercase(w) for w in mention.text.split()[1:] if w[:1].isupper()}
    return all(m in PAST_QUALIFIERS or _epithet(m) or m in capitals for m in said)


def _owned_phrase(phrase: str, role: str) -> bool:
    """True for a phrase that ties its role to an owner: "his lawyer", "Kim's coach"; round
    154: also an owner after "the" when the phrase is that ``role`` ("the tenants' lawyer",
    not "the bill's author" for "her teacher": a "former teacher" too is no one's)."""
    words = phrase.split(" ", 2)
    first = lowercase(words[0])
    if first == "the" and len(words) == 3:
        return _owner_word(words[1]) and ROLE_NOUNS.get(lowercase(words[2])) == role
    return first in _POSSESSED or first[-2:] in ("'s", "’s")


def _owner_word(word: str) -> bool:
    """Round 154: a possessive that owns what follows: "tenants'", "family's" (a plural's
    bare apostrophe too: 'The tenants' lawyer, NAME,' is the lawyer "their lawyer" means)."""
    return word[-2:] in ("'s", "’s") or (len(word) > 2 and word[-2:] in ("s'", "s’"))


def _named_body(entity: Entity) -> bool:
    """A body known by its name ("Daegu District Court"), not only as "the court"."""
    return entity.org and bool(entity.name)


def _owner_inside(entity: Entity, mention: Mention) -> bool:
    """Round 164: True when ``mention``, read inside another phrase, names a person by a
    Korean personal name or a surname as an owner ("NAME's" in "Fans in NAME's hometown"):
    the paragraph is about that person though no phrase of its own names them."""
    if mention.kind != "name" or not entity.person or entity.org:
        return False
    if not mention.text.endswith(("'s", "\u2019s")):
        return False
    return _personal_name(entity.name) or _surname_alone(entity)
