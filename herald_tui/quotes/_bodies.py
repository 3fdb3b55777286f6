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

from collections.abc import Iterable, Sequence

from herald_tui.quotes._lexicon import CAPITALS, lowercase
from herald_tui.quotes._phrases import Mention
from herald_tui.quotes._speakers import Entity

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
    return name_owner is None and owner == _HOME
