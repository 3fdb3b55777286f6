"""The reader of "who calls" (:mod:`herald_tui.quotes._calls`): where a naming verb stands
before a quotation, what kind of subject the word before it is, the "what" that opens its
clause and the "the" that opens a body's subject; and, through the four rules that ask it, the
differences each rule keeps. Every sentence is invented."""

from __future__ import annotations

import pytest

from herald_tui.quotes import _glosses, _mentions, _things
from herald_tui.quotes._attribute import Narration, words
from herald_tui.quotes._calls import (
    BODY,
    GROUP,
    IT,
    NAME,
    NONE,
    OTHER,
    PERSON,
    PRESENT_CALLS,
    SELF,
    definite,
    kind_of,
    naming_verb,
    opened_by,
    subject_kind,
)
from herald_tui.quotes._scan import paragraph_spans
from herald_tui.quotes._tokens import token


def _read(sentence: str) -> tuple[Narration, int]:
    """The sentence's narration and the token of its (first) quotation."""
    spans = [s for s in paragraph_spans(sentence) if s.opened and s.closed]
    nar = Narration(0, sentence, spans)
    return nar, nar.quote_token(spans[0])


def _call(
    sentence: str, *, objects: bool = True, article: bool = False
) -> tuple[Narration, int, int]:
    """The sentence's narration, the naming verb :func:`naming_verb` finds before its
    quotation (-1 if none) and the first token of the quotation's sentence."""
    nar, q = _read(sentence)
    floor = nar.floor(q)
    verb = naming_verb(nar.toks, q - 1, floor, PRESENT_CALLS, objects=objects, article=article)
    return nar, verb, floor


def _verb(sentence: str, *, objects: bool = False, article: bool = False) -> str | None:
    """The naming verb found before the sentence's quotation, as text."""
    nar, verb, _ = _call(sentence, objects=objects, article=article)
    return nar.toks[verb].text if verb >= 0 else None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('The plan sets up what it calls "care belts."', IT),
        ('It calls them "care belts," the plan says.', IT),
        ('The plan is what we call "a bridge," Kim said.', SELF),
        ('That is what I call "a bridge," Kim said.', SELF),
        ('The plan is what you call "a bridge."', SELF),
        ('The plan is what he calls "a bridge."', PERSON),
        ('The plan is what the mayor calls "a bridge."', PERSON),
        ('The plan is what the report calls "a bridge."', PERSON),
        ('The plan is what Kim calls "a bridge."', NAME),
        ('The plan sets up what the ministry calls "care belts."', BODY),
        ('The plan sets up what the city calls "care belts."', BODY),
        ('The plan sets up what the automaker calls "care belts."', BODY),
        ('The plan sets up what critics call "care belts."', GROUP),
        ('The plan sets up what the ministries call "care belts."', GROUP),
        ('The plan sets up what the band calls "sea glass."', OTHER),
        ('The boy is one whom parents online call "the night owl."', OTHER),
        ('Calls "care belts" went up.', NONE),
    ],
)
def test_the_kind_of_the_word_before_the_verb(sentence: str, kind: str) -> None:
    nar, verb, floor = _call(sentence)
    assert verb >= 0
    assert subject_kind(nar.toks, verb, floor) == kind


def test_a_mark_or_a_quotation_is_no_subject() -> None:
    assert kind_of(token(",", "punct", 0, 1)) == NONE
    assert kind_of(token('"\x00"', "quote", 0, 3)) == NONE
    assert kind_of(token("2024", "word", 0, 4)) == NAME  # not lower case: a figure, a name


def test_every_body_of_round_11s_list_reads_as_a_body() -> None:
    # _named_by_body takes a body of its own list only: the list must lie within the kind
    for word in _mentions._BODY_WORDS:
        if word[-1:] != "s":
            assert kind_of(token(word, "word", 0, len(word))) == BODY, word


@pytest.mark.parametrize(
    ("sentence", "objects", "article", "verb"),
    [
        ('what it calls "care belts"', False, False, "calls"),
        ('what critics call "the blue road"', False, False, "call"),
        ('what it calls an "energy highway"', False, True, "calls"),
        ('what it calls an "energy highway"', False, False, None),  # no article unless asked
        ('the ministry calls them "care belts"', True, False, "calls"),
        ('the ministry calls the zones "care belts"', True, False, "calls"),
        ('the ministry calls the zones "care belts"', False, False, None),  # nor an object
        ('the ministry calls the new zones "care belts"', True, False, None),  # two words
        ('what Kim called "a bridge"', True, True, None),  # the past: said once
    ],
)
def test_the_verb_before_the_quotation(
    sentence: str, objects: bool, article: bool, verb: str | None
) -> None:
    assert _verb(sentence, objects=objects, article=article) == verb


def test_a_verb_that_opens_its_sentence_has_no_subject() -> None:
    nar, verb, floor = _call('Calls them "care belts," the plan says.')
    assert verb == 0 and subject_kind(nar.toks, verb, floor) == NONE


@pytest.mark.parametrize(
    ("sentence", "opened"),
    [
        ('It is what officials call "the blue road."', True),
        ('It is what some economists call "the blue road."', True),
        ('It is what Kim\'s fans call "the blue road."', False),  # not lower case
        ('It is what some older economists call "the blue road."', False),  # past the reach
    ],
)
def test_what_opens_the_clause(sentence: str, opened: bool) -> None:
    nar, q = _read(sentence)
    verb = q - 1
    what = opened_by(nar.toks, verb, nar.floor(q), "what", 3)
    assert (what >= 0) == opened
    if opened:
        assert nar.toks[what].lower == "what"


@pytest.mark.parametrize(
    ("sentence", "the"),
    [
        ('The state weather agency calls them "heat domes."', True),
        ('The plan is what the ministry calls "care belts."', True),
        ('A ministry calls them "care belts."', False),
        ('Seoul\'s ministry calls them "care belts."', False),
    ],
)
def test_the_opens_a_bodys_subject(sentence: str, the: bool) -> None:
    nar, verb, floor = _call(sentence)
    assert definite(nar.toks, verb, floor) == the


# --- the differences the four rules keep -------------------------------------------------------


def _body(sentence: str) -> bool:
    nar, q = _read(sentence)
    text = sentence[sentence.index('"') + 1 : sentence.rindex('"')]
    return _mentions._named_by_body(nar, q, text)


def _habit(sentence: str) -> bool:
    nar, verb, floor = _call(sentence, objects=False, article=True)
    return _things._habit(nar.toks, verb, floor)


def test_round_11_takes_the_bodies_of_its_own_list() -> None:
    assert _body('The plan sets up what the ministry calls "care belts."')
    assert _body('The ministry calls the zones "care belts."')
    assert not _body('The plan sets up what the automaker calls "care belts."')
    assert not _body('The plan sets up what officials call "care belts."')  # a group: not here
    assert _habit('The plan sets up what the automaker calls "care belts."')  # round 14: a body


def test_a_capitalised_it_is_it_for_round_11_and_a_name_for_round_14() -> None:
    assert _body('It calls the zones "care belts," the plan says.')
    assert not _habit('It calls "care belts" a start, the plan says.')
    assert _habit('The plan sets up what it calls "care belts."')


@pytest.mark.parametrize(
    ("sentence", "habit"),
    [
        ('a blue swirl the band calls "sea glass"', True),
        ('what critics call "sea glass"', True),
        ('what it calls an "energy highway"', True),
        ('what the mayor calls "sea glass"', False),
        ('what we call "sea glass"', False),
        ('what she calls "sea glass"', False),
        ('what Kim calls "sea glass"', False),
    ],
)
def test_round_14_takes_a_body_it_or_a_group(sentence: str, habit: bool) -> None:
    assert _habit(sentence) == habit


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        ('It is what officials call "the blue road."', True),
        ('It is what we all call "the blue road."', False),  # the subject opens with "we"
        ('It is what I call "the blue road."', False),
        ('It is what Kim calls "the blue road."', False),
    ],
)
def test_what_others_call_takes_a_group_not_the_speaker(sentence: str, others: bool) -> None:
    nar, q = _read(sentence)
    assert _mentions._what_others_call(nar, q) == others


@pytest.mark.parametrize(
    ("sentence", "pronouns", "verb"),
    [
        ('Rivals call him "the night owl."', ("him", "her"), "call"),
        ('Her critics call her "the lantern lady."', ("him", "her"), "call"),
        ('Rivals call him "the night owl."', (), None),  # no object unless the caller names it
        ('Rivals called him "the night owl."', ("him", "her"), None),  # the past: said once
        ('Rivals call the mayor "the night owl."', ("him", "her"), None),  # one word only
    ],
)
def test_an_object_the_caller_names(
    sentence: str, pronouns: tuple[str, ...], verb: str | None
) -> None:
    nar, q = _read(sentence)
    found = naming_verb(nar.toks, q - 1, nar.floor(q), PRESENT_CALLS, pronouns=pronouns)
    assert (nar.toks[found].text if found >= 0 else None) == verb


def test_an_object_the_caller_names_is_not_a_things_object() -> None:
    # round 14's nickname names "him" and "her"; round 11's objects are a thing's
    nar, q = _read('Rivals call it "the night owl."')
    assert naming_verb(nar.toks, q - 1, nar.floor(q), PRESENT_CALLS, pronouns=("him",)) < 0
    assert naming_verb(nar.toks, q - 1, nar.floor(q), PRESENT_CALLS, objects=True) >= 0


def _nicknamed(sentence: str) -> bool:
    nar, q = _read(sentence)
    text = sentence[sentence.index('"') + 1 : sentence.rindex('"')]
    return _things._nicknamed(nar, q, text, words(text)[1:])


@pytest.mark.parametrize(
    ("sentence", "nicknamed"),
    [
        ('Rivals call him "the night owl."', True),
        ('What Kim calls her is "the lantern lady."', False),  # not the verb's object
        ('Kim calls her "the lantern lady."', True),  # any subject: a person's too
        ('Rivals called him "the night owl."', False),
        ('Rivals call him "the worst mayor in memory."', False),  # a judgement
        ('Rivals call. Him "the night owl."', False),  # the verb in another sentence
    ],
)
def test_round_14s_nickname_takes_a_person_after_call_whoever_calls(
    sentence: str, nicknamed: bool
) -> None:
    assert _nicknamed(sentence) == nicknamed


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ('It runs a new scheme it calls "risk-based warning."', True),
        ('The firm runs a program we call "green desk."', True),  # "we" an owner here
        ('The firm runs a program They call "green desk."', True),  # any case: not a name
        ('The firm runs a program the firm calls "green desk."', False),  # no pronoun
        ('The firm runs a program it called "green desk."', False),  # the past
        ('The firm runs a program it dubs "green desk."', True),  # its own verbs
    ],
)
def test_own_name_reads_call_and_its_own_subjects(sentence: str, own: bool) -> None:
    nar, q = _read(sentence)
    text = sentence[sentence.index('"') + 1 : sentence.rindex('"')]
    assert nar.own_name(q, text) == own


@pytest.mark.parametrize(
    ("sentence", "habit"),
    [
        ('It is what critics have long called "the blue road."', True),
        ('Foreign media have taken to calling it a "blue road."', True),
        ('It is a pattern known as "the blue road."', True),
        ('It is whom parents online call "the night owl."', True),
        ('It is what he called "the blue road."', False),  # one speaker's words
    ],
)
def test_named_by_habit_reads_call_and_its_own_verbs(sentence: str, habit: bool) -> None:
    nar, q = _read(sentence)
    assert nar.named_by_habit(q) == habit


def _gloss_own(sentence: str) -> bool:
    nar, q = _read(sentence)
    text = sentence[sentence.index('"') + 1 : sentence.rindex('"')]
    return _glosses._own_name(nar, q, nar.toks[q - 1], words(text))


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ('The project, which the ministry calls "green desk," opens today.', True),
        ('The project, which it calls "green desk," opens today.', True),
        # "the" and one word, whatever kind: not the kinds of _calls (a person there)
        ('The project, which the mayor calls "green desk," opens today.', True),
        ('The project, which the state agency calls "green desk," opens today.', False),
        ('The project, which they call "green desk," opens today.', False),  # "calls" only
    ],
)
def test_the_glosses_own_name_reads_its_own_subjects_and_verbs(sentence: str, own: bool) -> None:
    assert _gloss_own(sentence) == own
