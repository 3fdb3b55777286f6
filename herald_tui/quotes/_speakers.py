"""Who is who: a small table of the people and bodies an article mentions.

Mentions arrive in reading order. A full name introduces a person ("Kim Min-ji"); a bare
surname ("Kim") or a title with a surname ("President Yoon") refers back to the most recent
person with that name; "the <role>" refers back to the most recent entity with that role
(titles and appositives give roles: "Foreign Minister Cho" is a *minister*, "Lee, a senior
official" an *official*); "a"/"another <role>" always starts someone new. "he"/"she" mean the
most recent person who spoke or opened a sentence, "it" the most recent organisation, "they"
the most recent group. When nothing fits, a pronoun resolves to nobody rather than to a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from herald_tui.quotes._lexicon import ROLE_NOUNS
from herald_tui.quotes._phrases import Mention

_NEW_PERSON = frozenset(("a", "an", "another", "one", "two", "three"))
_GENDER = {"he": "m", "she": "f", "mr.": "m", "ms.": "f", "mrs.": "f"}


@dataclass(eq=False, slots=True)
class Entity:
    """One person, group or organisation, with everything the article says about it."""

    name: str = ""
    title: str = ""
    appositive: str = ""
    phrases: list[str] = field(default_factory=list)
    """Role phrases it was named by ("a senior official at the presidential office")."""
    roles: set[str] = field(default_factory=set)
    org: bool = False
    plural: bool = False
    gender: str = ""
    aliases: set[str] = field(default_factory=set)
    """Acronyms given for the name: "KCNA", "JCS"."""
    first_seen: int = 0
    last_seen: int = 0
    last_subject: int = -1

    def names(self) -> list[str]:
        return _tokens(self.name)

    @property
    def full(self) -> str:
        """The fullest description: "Foreign Minister Cho Tae-yul, a former diplomat"."""
        if not self.name:
            return self.phrases[0] if self.phrases else ""
        if self.org:
            return self.name
        text = f"{self.title} {self.name}" if self.title else self.name
        return f"{text}, {self.appositive}" if self.appositive else text

    @property
    def short(self) -> str:
        """The name alone, or the role phrase without its article."""
        if self.name:
            return self.name
        first, _, rest = self.full.partition(" ")
        return rest if first.lower() in ("a", "an", "the", "another", "one") and rest else self.full

    def describe(self) -> str:
        """Everything this entity's mentions say, as words (to match modifiers against)."""
        return " ".join((self.name, self.title, self.appositive, *self.phrases)).lower()

    def fits(self, mention: Mention) -> bool:
        """True when every modifier of a role phrase appears in what is known of this entity
        ("the unification ministry" fits "the Ministry of Unification")."""
        known = self.describe()
        return all(m in known for m in mention.modifiers)


def _tokens(name: str) -> list[str]:
    """Lowercase words of a name, headline abbreviations spelled out ("N. Korea")."""
    return [_SPELLED.get(w, w) for w in name.lower().replace("’", "'").split()]


_SPELLED = {"n.": "north", "s.": "south"}


class SpeakerTable:
    """Resolves mentions, in reading order, to entities."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._order = 0

    def resolve(self, mention: Mention) -> Entity | None:
        """The entity ``mention`` refers to (creating it if new), or None when unclear."""
        self._order += 1
        if mention.kind == "pronoun":
            entity = self._pronoun(mention)
        elif mention.kind == "name":
            entity = self._named(mention)
        else:
            entity = self._role(mention)
        if entity is not None:
            self._update(entity, mention)
        return entity

    def _new(self, mention: Mention) -> Entity:
        entity = Entity(org=mention.org, plural=mention.plural, first_seen=self._order)
        self.entities.append(entity)
        return entity

    def _update(self, entity: Entity, mention: Mention) -> None:
        entity.last_seen = self._order
        if mention.subject:
            entity.last_subject = self._order
        if mention.kind == "pronoun":
            return
        if mention.role:
            entity.roles.add(mention.role)
        initials = "".join(w[0] for w in mention.title.split() if w[0].isupper()).lower()
        if len(initials) >= 2 and initials in ROLE_NOUNS:
            entity.roles.add(ROLE_NOUNS[initials])  # "Chief Financial Officer" is the CFO
        if mention.kind == "name":
            if len(mention.name) > len(entity.name):
                entity.name = mention.name
            if len(mention.title) > len(entity.title):
                entity.title = mention.title
            entity.gender = entity.gender or _GENDER.get(mention.title.lower(), "")
        if mention.alias:
            entity.aliases.add(mention.alias.lower())
        if mention.appositive and not entity.appositive:
            entity.appositive = mention.appositive
        if mention.kind == "role" or entity.org:
            entity.phrases.append(mention.text)

    def find(self, mention: Mention) -> Entity | None:
        """The entity a headline phrase means, looked up without changing the table: the
        first one introduced with that name or role."""
        if mention.kind == "pronoun":
            return None
        if mention.kind == "name":
            key = _tokens(mention.name)
            for entity in self.entities:
                names = entity.names()
                if (
                    names == key
                    or key[0] in entity.aliases
                    or (len(key) == 1 and names and key[0] in (names[0], names[-1]))
                ):
                    return entity
        pool = [e for e in self.entities if mention.role and mention.role in e.roles]
        fitting = [e for e in pool if e.fits(mention)]
        return (fitting or pool or [None])[0]

    def _pronoun(self, mention: Mention) -> Entity | None:
        word = mention.text.lower()
        if word == "it":
            pool = [e for e in self.entities if e.org]
        elif word == "they":
            pool = [e for e in self.entities if e.plural]
        else:
            gender = _GENDER[word]
            pool = [
                e for e in self.entities if not e.org and not e.plural and e.gender in ("", gender)
            ]
        spoken = [e for e in pool if e.last_subject >= 0]
        pick = max(spoken, key=lambda e: e.last_subject, default=None)
        if pick is None:
            pick = max(pool, key=lambda e: e.first_seen, default=None)
        if pick is not None and word in ("he", "she"):
            pick.gender = _GENDER[word]
        return pick

    def _named(self, mention: Mention) -> Entity | None:
        key = _tokens(mention.name)
        return (
            self._same_name(key)
            or self._surname(key)
            or self._unnamed(mention)
            or self._new(mention)
        )

    def _same_name(self, key: list[str]) -> Entity | None:
        for entity in reversed(self.entities):
            if entity.names() == key or (len(key) == 1 and key[0] in entity.aliases):
                return entity
        return None

    def _surname(self, key: list[str]) -> Entity | None:
        """The most recent person whose name starts or ends with the single word ``key``
        (Korean surnames come first, Western ones last), or a one-word entity a fuller name
        now completes."""
        if len(key) == 1:
            same = [e for e in self.entities if e.name and key[0] in (e.names()[0], e.names()[-1])]
        else:
            ends = (key[0], key[-1])
            same = [
                e
                for e in self.entities
                if not e.org and len(e.names()) == 1 and e.names()[0] in ends
            ]
        return max(same, key=lambda e: e.last_seen, default=None)

    def _unnamed(self, mention: Mention) -> Entity | None:
        """An entity so far known only by a role that this name now names: "the industry
        minister" then "Industry Minister Ahn Deok-su"; "A Seoul court" then "The Seoul Central
        District Court". An organisation is one per article; a person must have been
        introduced as "the <role>"."""
        if not mention.role:
            return None
        known = f"{mention.title} {mention.name}".lower()
        for entity in reversed(self.entities):
            if entity.name or mention.role not in entity.roles or entity.plural:
                continue
            if mention.org != entity.org or not entity.phrases:
                continue
            intro = entity.phrases[0].lower()
            if not mention.org:
                if intro.startswith("the "):
                    return entity  # "the Czech ambassador to Seoul", then "Ambassador Tomas Novak"
                continue
            modifiers = [w for w in intro.split()[1:-1] if not w.endswith("'s")]
            if all(w in known for w in modifiers):
                return entity
        return None

    def _role(self, mention: Mention) -> Entity | None:
        if mention.determiner in _NEW_PERSON:
            return self._new(mention)
        pool = [
            e
            for e in self.entities
            if mention.role in e.roles and (e.org or e.plural == mention.plural)
        ]
        fitting = [e for e in pool if e.fits(mention)]
        if fitting:
            return max(fitting, key=lambda e: e.last_seen)
        if pool and not mention.org:
            return max(pool, key=lambda e: e.last_seen)
        return self._new(mention)
