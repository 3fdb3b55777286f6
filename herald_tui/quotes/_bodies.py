"""A body the lede describes and a later paragraph names (issue 13, round 10).

Wire copy describes a ministry in its lede ("South Korea's unification ministry", "China's
foreign ministry") and gives its name later, often only in a spokesperson's title ("Ministry of
Unification spokesperson Nam ...", "Chinese Foreign Ministry spokesperson Zhou ..."). The
quotation panel shows a body by its fullest name, so :func:`name_described_bodies` gives a
body known only by such a description the one name of the article that holds its head noun and
every word describing it, from the same country: "Seoul's foreign ministry" is never the
"Chinese Foreign Ministry". Two names that fit, or none: the description stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from herald_tui.quotes._lexicon import CAPITALS, lowercase, wordset
from herald_tui.quotes._phrases import Mention
from herald_tui.quotes._speakers import DESCRIBED_NOUNS, Entity

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing is what this avoids
if TYPE_CHECKING:
    from herald_tui.quotes._attribute import Narration

_HEADS = frozenset(("ministry",))
"""Head nouns of a body whose name a description is matched against: a ministry, whose
describing word is in its name ("the unification ministry", "Ministry of Unification"); not
"the state news agency", which may be any agency named nearby."""
_OWNERS = {
    **{f"{capital}'s": lowercase(country) for capital, country in CAPITALS.items()},
    **{f"{lowercase(country)}'s": lowercase(country) for country in CAPITALS.values()},
    "korea's": "south korea",
}
"""Possessive places a description or a name may open with, and the country each means: the
capitals that speak for their countries (``CAPITALS``) and those countries."""
_DEMONYMS = {
    "korean": "korea",
    "south korean": "south korea",
    "north korean": "north korea",
    "chinese": "china",
    "japanese": "japan",
    "russian": "russia",
}
"""Adjectives of a country inside a description or a name ("the Chinese Foreign Ministry");
"Korean" alone may be either Korea's, so it matches no description's country."""
_FILLERS = frozenset(("the", "a", "an", "its", "their", "state", "country's", "government"))
_NAME_WORDS = frozenset(("of", "for", "and", "the", "on"))
_HOME = "south korea"
_EITHER_KOREA = "korea"  # round 181: "the Korean ministry", of one Korea or the other
"""A ministry named with no country in Korean wire copy is Korea's ("Ministry of Unification")."""


def name_described_bodies(mentions: Iterable[Mention], entities: Sequence[Entity]) -> None:
    """Give each body among ``entities`` known by a description only the one name among
    ``mentions`` that fits it (see the module docstring)."""
    names: list[tuple[str, str | None]] | None = None
    for entity in entities:
        if entity.name or not entity.org or not entity.phrases or not entity.roles & _HEADS:
            continue
        reading = _description(entity.phrases[0])
        if reading is None:
            continue
        if names is None:
            names = _body_names(mentions)  # only when some body is described
        owner, modifiers, head = reading
        fitting = {n for n, o in names if _fits(n, o, owner, modifiers, head)}
        if len(fitting) == 1:
            entity.name = fitting.pop()


def _words(text: str) -> list[str]:
    return lowercase(text.replace("’", "'")).split()


def _owner(words: list[str]) -> tuple[str | None, int]:
    """The country a leading possessive or adjective names, and how many words it takes."""
    for size in (2, 1):
        lead = " ".join(words[:size])
        if lead in _OWNERS:
            return _OWNERS[lead], size
        if lead in _DEMONYMS and len(words) > size:
            return _DEMONYMS[lead], size
    return None, 0


def _description(phrase: str) -> tuple[str | None, frozenset[str], str] | None:
    """``(country, describing words, head)`` of a body's description, or None when it is no
    description of a state body with words of its own ("the ministry" names nothing)."""
    words = [w for w in _words(phrase) if w not in _FILLERS]
    if len(words) < 2 or words[-1] not in _HEADS:
        return None
    owner, size = _owner(words)
    modifiers = frozenset(words[size:-1])
    if not modifiers and owner is not None and words[:size] == ["korean"]:
        # round 181: 'The Korean ministry said' (set against another country's ministry)
        # is the one ministry of either Korea the story names: its country is its word
        return _EITHER_KOREA, modifiers, words[-1]
    if not modifiers or any(w.endswith("'s") for w in modifiers):
        return None  # "the ministry", or an owner no list knows ("the city's ... office")
    return owner, modifiers, words[-1]


def _body_names(mentions: Iterable[Mention]) -> list[tuple[str, str | None]]:
    """Every body's name the mentions give, alone or in a person's title, with its country."""
    found: list[tuple[str, str | None]] = []
    for mention in mentions:
        if mention.kind != "name":
            continue
        if mention.org and mention.name:
            owner, _ = _owner(_words(mention.title)) if mention.title else (None, 0)
            found.append((mention.name, owner or _owner(_words(mention.name))[0]))
        elif mention.title:
            named = _name_in_title(mention.title)
            if named is not None:
                found.append(named)
    return found


def _name_in_title(title: str) -> tuple[str, str | None] | None:
    """The body's name a person's title opens with ("Ministry of Unification | spokesperson",
    "China's | Foreign Ministry | spokesperson") and its country."""
    words = title.split()
    owner, size = _owner(_words(title))
    if size and not words[size - 1].endswith(("'s", "’s")):
        size = 0  # a country's adjective is part of the name: "Chinese Foreign Ministry"
    run: list[str] = []
    for word in words[size:]:
        if word[:1].isupper() or (run and lowercase(word) in _NAME_WORDS):
            run.append(word)
        else:
            break
    while run and not run[-1][:1].isupper():
        run.pop()
    if not run or not any(lowercase(w) in _HEADS for w in run):
        return None
    name = " ".join(run)
    return name, owner or _owner(_words(name))[0]


def _fits(
    name: str, name_owner: str | None, owner: str | None, modifiers: frozenset[str], head: str
) -> bool:
    """True when ``name`` holds the head and every describing word, for the same country."""
    words = set(_words(name))
    if head not in words or not modifiers <= words:
        return False
    if name_owner == owner:
        return True
    if owner == _EITHER_KOREA:
        return name_owner in (None, _HOME, "north korea")
    return name_owner is None and owner == _HOME


_KIND_HEADS: dict[str, frozenset[str]] = {
    "league": frozenset(("league",)),
    "association": frozenset(("association", "federation", "union", "committee", "council")),
    "firm": wordset(
        "co co. corp corp. corporation company group electronics motor motors inc inc."
        " ltd ltd. holdings industries entertainment steel chemical chemicals shipping"
        " airlines aerospace telecom pharmaceutical pharmaceuticals foods"
    ),
    "group": frozenset(("group",)),
    "public": wordset("agency commission service administration institute office authority fund"),
    "union": frozenset(("union", "confederation")),
    "party": frozenset(("party",)),
    "school": frozenset(("university", "school", "college")),
    "court": frozenset(("court",)),
    "team": frozenset(("fc",)),
    "studio": wordset("pictures studios studio films"),
    "cinema": wordset("theater theatre cinema cinemas"),
    "tank": frozenset(("institute",)),
    "rating": frozenset(("ratings",)),
}
"""Round 76: the last words of a body's name that say each kind ("Korea Curling Association" is
what "the federation" may mean, "Dongbang Motor" what "the carmaker" may mean); a team's name
says none ("the Gwangju Falcons"): the speaker table knows a team by its shape. Round 123:
a studio's ("Bluegate Pictures"), a cinema's ("Chungjang Theater"), a think tank's ("Korea
Development Institute") and a rating agency's ("Fitch Ratings")."""
_KIND_GENERIC: dict[str, frozenset[str]] = {
    "rating": wordset("global international credit rating ratings"),
    "tank": frozenset(("think",)),
    "studio": wordset("film movie"),
}
"""Round 123: words of a kind's own description a name need not hold: "the global rating
agency" is "Fitch Ratings", "the think tank" an "Institute", "the film studio" "... Pictures"."""
_RATERS = frozenset(("rating", "ratings"))
_HEAD_WORDS = frozenset(w for heads in _KIND_HEADS.values() for w in heads)
_KINDS_OF_HEAD = {
    w: tuple(kind for kind, heads in _KIND_HEADS.items() if w in heads) for w in _HEAD_WORDS
}
_ABBREVIATIONS_CASED = ("Co.", "Corp.", "Inc.", "Ltd.")
_NO_TEAMS = wordset(
    "times news games olympics states islands forces affairs philippines netherlands maldives"
    " nations industries holdings electronics motors"
)
"""Plurals ending a name that is no team's: "the United States", "The Korea Times"."""
_PLACE_NAMES = frozenset(("united states", "philippines", "netherlands"))
_HEAD_NAME = re.compile(
    "(?:"
    + "|".join(sorted({re.escape(w.upper() if w == "fc" else w.capitalize()) for w in _HEAD_WORDS}))
    + r")(?!\w)"
)
"""Any head word, capitalised, that no letter follows (no leading ``\b``: a pattern that opens
with a capital lets the regex engine skip to the capitals): a paragraph without one names no
body of a kind but a team."""
_NOT_PLURAL = frozenset(("ss", "'s", "’s"))
_TEAM = re.compile(r"[Tt]he ((?:[A-Z][\w'’&-]* ){0,2}([A-Z][\w'’&-]*s))\b(?![ ][A-Z]|[\w'’])")
"""A team's name: "the" before a plural of one to three capitalised words that no other
capitalised word follows ("the Gwangju Falcons", not "the Falcons Foundation")."""
_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:[ ](?:(?:of|for|and|on|the|&)[ ])*[A-Z][\w'’.&-]*)*")
"""A run of capitalised words, with the small words a body's name joins them by (round 224:
and a spaced "&", "Korea Agro-Fisheries & Food Trade Corp.", not "Food Trade Corp.")."""
_OPENERS = frozenset(("The", "A", "An"))
_OF = frozenset(("of", "for"))  # "Institute of Cultural Heritage"; not "... on Tuesday"


def name_kind_bodies(
    narrations: Sequence[Narration], resolved: dict[int, Entity], described: Sequence[Entity]
) -> None:
    """Round 76: give each body known only by a definite description of its kind ("the
    federation", "the pension fund", "the club") the name of the one body of that kind the
    copy names before the description first appears: "the federation" after the "Korea
    Curling Association", "the club" after "the Gwangju Falcons". Not a body named only
    after it: round 76 tried the lede's description as the first body of its kind named
    next, and a held-out split fell below its floor. Every describing word must be in the
    name ("the pension fund" is no "Financial Supervisory Service"; "the ruling party" names
    no party it does not say); two bodies of the kind, or none: the description stays."""
    wanted = {
        id(e): kind for e in described if not e.name and (kind := _described_kind(e)) is not None
    }
    if not wanted:
        return  # most articles: no body known by its kind alone
    kinds = frozenset(wanted.values())
    heads = _heads_of(kinds)
    named: list[tuple[int, int, str, str]] = []  # (paragraph, offset, name, kind) so far
    scanned = 0  # paragraphs whose names are in ``named``
    for p, nar in enumerate(narrations):
        if not nar.mentions:
            continue
        firsts: dict[int, tuple[int, Entity]] = {}  # each described body's first mention here
        for start, mention in nar.mentions.items():
            entity = resolved.get(id(mention))
            if entity is None or id(entity) not in wanted:
                continue
            if id(entity) not in firsts or start < firsts[id(entity)][0]:
                firsts[id(entity)] = (start, entity)
        if not firsts:
            continue
        while scanned <= p:  # names are read only up to the last description's paragraph
            named.extend(
                (scanned, s, f, k) for s, f, k in _names_in(narrations[scanned].text, kinds, heads)
            )
            scanned += 1
        for start, entity in firsts.values():
            kind = wanted.pop(id(entity))  # its first mention decides
            before = [n for n in named if n[0] < p or n[1] < start]
            name = _one_of_kind(entity, kind, before)
            if name is not None:
                entity.name = name
        if not wanted:
            return


def _described_kind(entity: Entity) -> str | None:
    """The kind a nameless body's definite description says, or None."""
    if entity.name or entity.plural or not entity.phrases:
        return None
    phrase = entity.phrases[0]
    if lowercase(phrase[phrase.rfind(" ") + 1 :]) not in DESCRIBED_NOUNS:
        return None  # most: a person's noun ("the official")
    words = _words(phrase)
    if len(words) < 2 or words[0] != "the":
        return None
    kind = DESCRIBED_NOUNS.get(words[-1])
    if kind == "tank" and words[-2] != "think":
        return None  # round 123: "the think tank"; not "the fuel tank"
    if kind == "public" and words[-1] == "agency" and words[-2] in _RATERS:
        kind = "rating"  # round 123: "the rating agency" is "... Ratings"
    if kind is None or any(w.endswith("'s") or w in _CONTRASTS for w in words[1:-1]):
        return None  # "the city's office" is the city's; "the rival union" another one
    return kind


_ABBREVIATIONS = wordset("co. corp. inc. ltd.")
_POSSESSIVES = ("'s", "’s", "s'", "s’")


def _head(word: str) -> str:
    """A word of a run as a head word: "Association." at a sentence's end is "association"."""
    low = lowercase(word)
    return low if low in _ABBREVIATIONS else low.rstrip(".,")


@lru_cache(maxsize=64)
def _heads_of(kinds: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern of the capitalised head words of ``kinds`` that no letter follows (no
    leading ``\b``: a pattern that opens with a capital lets the regex engine skip to the
    capitals), or None when every kind is a team's."""
    words = {w for kind in kinds if kind != "team" for w in _KIND_HEADS[kind]}
    if not words:
        return None
    cased = sorted({re.escape(w.upper() if w == "fc" else w.capitalize()) for w in words})
    return re.compile("(?:" + "|".join(cased) + r")(?!\w)")


def _names_in(
    text: str, kinds: frozenset[str], heads: re.Pattern[str] | None
) -> list[tuple[int, str, str]]:
    """Every body's name of a kind :data:`_KIND_HEADS` knows in ``text``, with its offset
    and kind: a run of capitalised words up to its last head word, and an "of ..." after it
    ("National Folklore Institute of Korea"), without an opening "The"; and, when ``teams``,
    a team's name, "the" before a plural of one to three capitalised words ("the Gwangju
    Falcons")."""
    found: list[tuple[int, str, str]] = []
    if "team" in kinds:
        for team in _TEAM.finditer(text):
            if team.start() and text[team.start() - 1].isalnum():
                continue  # "bathe", not "the"
            last = lowercase(team[2])
            if last[-2:] in _NOT_PLURAL or last in _NO_TEAMS or lowercase(team[1]) in _PLACE_NAMES:
                continue  # "the Fair Trade Commission's", "The Korea Times", "the United States"
            if _HEAD_NAME.search(team[1]) is None:
                found.append((team.start(1), team[1], "team"))
    if heads is None or heads.search(text) is None:
        return found  # most paragraphs: no head word of a kind described
    for run in _RUN.finditer(text):
        if heads.search(run[0]) is None:
            continue  # most runs: a person's name, a place, a sentence's first word
        for start, words in _bodies_of_run(run.start(), run[0].split(" ")):
            named = _name_of_run(words)
            if named is not None:
                found.extend((start, named[0], kind) for kind in named[1])
    return found


def _bodies_of_run(start: int, words: list[str]) -> list[tuple[int, list[str]]]:
    """Round 123: a run cut after each head word an "and" follows, with each part's offset:
    "Hanul Pictures and Bomnae Studios" is two bodies, "Ministry of Economy and Finance" one."""
    if "and" not in words:
        return [(start, words)]  # most runs
    parts: list[tuple[int, list[str]]] = []
    begin = 0
    for i, word in enumerate(words):
        before = words[i - 1] if i > begin else ""
        if word == "and" and before[:1].isupper() and _head(before) in _HEAD_WORDS:
            parts.append((start, words[begin:i]))
            start += len(" ".join(words[begin : i + 1])) + 1
            begin = i + 1
    parts.append((start, words[begin:]))
    return parts


def _name_of_run(words: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The body's name a run of capitalised words gives, up to its last head word and an
    "of ..." after it, without an opening "The", and the kinds its head says; or None.
    Round 135: a possessive no head word follows ends the name ("Yeongil Steel's Pohang
    works" names Yeongil Steel; not "Korea Shipowners' Association", "Seoul Women's
    University")."""
    owned = next((i for i, w in enumerate(words) if w.endswith(_POSSESSIVES)), -1)
    if owned >= 0 and not any(_head(w) in _HEAD_WORDS for w in words[owned + 1 :]):
        word = words[owned]
        words = [*words[:owned], word[: -2 if word[-1] == "s" else -1]]  # "Motors'" too
    at = [i for i, w in enumerate(words) if w[:1].isupper() and _head(w) in _HEAD_WORDS]
    if not at:
        return None
    first = 1 if words[0] in _OPENERS else 0
    end = at[-1] + 1
    while end + 1 < len(words) and words[end] in _OF and words[end + 1][:1].isupper():
        end += 2
        while (
            end < len(words) and words[end][:1].isupper() and _head(words[end]) not in _HEAD_WORDS
        ):
            end += 1
    if end - first < 2:
        return None  # a head word alone ("Group") names nothing
    name = " ".join(words[first:end])
    if not name.endswith(tuple(_ABBREVIATIONS_CASED)):
        name = name.rstrip(".,")
    return name, _KINDS_OF_HEAD[_head(words[at[-1]])]


def _fitting(entity: Entity, kind: str, pool: list[tuple[int, int, str, str]]) -> list[str]:
    """The names in ``pool`` of ``kind`` holding every describing word of ``entity``, in
    order, each once."""
    words = _words(entity.phrases[0])
    own = _KIND_GENERIC.get(kind, frozenset())
    modifiers = [
        w for w in words[1:-1] if w not in _FILLERS and w not in _GENERIC_WORDS and w not in own
    ]
    fitting: list[str] = []
    for _, _, name, of in pool:
        if of == kind and name not in fitting and all(m in lowercase(name) for m in modifiers):
            fitting.append(name)
    if len(fitting) > 1:  # round 212: "the Ice Foxes" after "the Gangwon Ice Foxes" is it
        fitting = [n for n in fitting if not any(f.endswith(f" {n}") for f in fitting)]
    return fitting


def _one_of_kind(entity: Entity, kind: str, pool: list[tuple[int, int, str, str]]) -> str | None:
    """The one name in ``pool`` of ``kind`` holding every describing word of ``entity``."""
    fitting = _fitting(entity, kind, pool)
    return fitting[0] if len(fitting) == 1 else None


_CONTRASTS = wordset("rival other opposition ruling new former second another")
"""Words that set a body apart from one named: "the rival club", "the ruling party"."""
_GENERIC_WORDS = wordset(
    "national state state-run state-funded government-run public private local top main"
    " country's nation's governing"
)
"""Words that describe any body of its kind ("the national federation", "the state-run
agency"): a name need not hold them."""
