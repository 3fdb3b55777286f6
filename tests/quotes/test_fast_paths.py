"""The extractor's fast paths read text exactly as the plain regex or loop they stand for.

Each speed-up of issue 13 reads the common case another way (a word between spaces without the
token regex, marks found with ``str.find``, a mask joined from pieces); on any text, the
result must be the one the general way gives. Text is drawn from the characters the rules
care about (marks, dashes, periods, spaces of every kind, Hangul, letters whose case or
width is unusual) as well as from all of Unicode.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from herald_tui.quotes import _phrases as phrases
from herald_tui.quotes._attribute import _WORDS, _find_words, title_cased, words
from herald_tui.quotes._lexicon import NOT_NAME, ORG_ROLES, PERSON_TITLES, ROLE_NOUNS
from herald_tui.quotes._narration import (
    _BOUNDARY,
    _introduced,
    _is_abbreviation,
    _mask_each,
    _time_then_speaker,
    mask,
    sentence_starts,
)
from herald_tui.quotes._phrases import (
    _TITLE_WORDS,
    Mention,
    _made,
    _parsed_fields,
    _person_title,
    name_phrase,
)
from herald_tui.quotes._scan import Span, paragraph_spans, positions
from herald_tui.quotes._tokens import WORD, Token, token, tokens

PIECES = [
    *"aZ9 .,;:!?-—–\"'’‘“”„()[]&_$\n\t\x00\xa0\u2003\u3000\x1c\x85İıß김日ǅⅫ²\u0301",
    "--",
    "45,000",
    "U.S.",
    "Rep.",
    "Mr.",
    "said,",
    "said:",
    "(KCNA)",
    "(2)",
    "Tuesday.",
    "\x00\x00.",
    '"\x00\x00"',
    '"\x00.\x00?"',
    "it's",
    "Min-ji",
    "Korea's",
    "students'",
    "R&D",
    "a_b",
    "Σ",
    "ΑΣ",
]
# masks and marks packed close: a masked quotation, alone or not, read without the regex
MARKS = st.text(alphabet="\"\x00.?!,'- a", max_size=12)
TEXT = (
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
    | st.text(max_size=40)
    | st.lists(MARKS, max_size=6).map(" ".join)
)


def _key(toks: list[Token], shift: int = 0) -> list[tuple[str, str, int, int, str, bool]]:
    return [(t.text, t.kind, t.start - shift, t.end - shift, t.lower, t.capitalised) for t in toks]


@given(TEXT)
def test_tokens_between_spaces_are_the_tokens_of_the_whole_text(text: str) -> None:
    """The whole text is read piece by piece; a range (here everything after a leading
    character) is read by the token regex alone: both give the same tokens."""
    whole = tokens(text, 0, len(text))
    by_regex = tokens("x" + text, 1, len(text) + 1)
    assert _key(whole) == _key(by_regex, shift=1)


@given(TEXT)
def test_words_between_spaces_are_the_regex_words(text: str) -> None:
    assert _find_words(text) == _WORDS.findall(text)


@given(TEXT)
def test_a_quotations_words_are_the_regex_words_of_its_lowered_text(text: str) -> None:
    """An ASCII text's words are read once as written (title_cased reads the same) and
    lowered together: what the regex finds in the lowered text, any text, both orders."""
    expected = _WORDS.findall(text.lower().replace("’", "'"))
    if len(text) % 2:
        title_cased(text)  # the words as written cached first, or not
    assert words(text) == expected
    assert words(text.upper()) == _WORDS.findall(text.upper().lower().replace("’", "'"))


@given(TEXT, st.lists(st.sampled_from(".!?\n\"'“”„‘’"), min_size=1, unique=True).map("".join))
def test_positions_are_every_occurrence_in_order(text: str, chars: str) -> None:
    expected = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]
    assert positions(text, chars) == expected


@given(TEXT)
@example('said:"\x00.\x00?" Z')  # found by hypothesis: a "?" quotation after a colon ends
def test_sentence_starts_are_where_every_boundary_match_ends(text: str) -> None:
    """Matching only where a boundary may start finds what ``finditer`` finds (the same
    matches are then kept or skipped by the same rules)."""
    found = [0]
    for match in _BOUNDARY.finditer(text):
        punct, closers = match.group(1), match.group(2)
        if punct in ("?", "!") and closers and not _introduced(text, match.start()):
            continue  # (round 117: a "?" quotation after a verb of saying or a colon ends)
        if (
            punct == "."
            and not closers
            and _is_abbreviation(text, match.start())
            and not _time_then_speaker(text, match.start(), match.end())  # round 185
        ):
            continue
        found.append(match.end())
    assert sentence_starts(text) == found


@given(TEXT)
def test_a_mask_from_pieces_is_the_mask_character_by_character(text: str) -> None:
    for headline in (False, True):
        spans = paragraph_spans(text, headline=headline)
        assert mask(text, spans) == _mask_each(
            text, text.replace("’", "'").replace("‘", "'"), spans
        )


@given(TEXT, st.data())
def test_any_spans_mask_the_same_either_way(text: str, data: st.DataObject) -> None:
    """Spans that share a mark or overlap (never from the scanner, but possible) fall back to
    the character-by-character mask."""
    bound = st.integers(min_value=0, max_value=len(text))
    spans = [
        Span(a, max(a, b), opened=data.draw(st.booleans()), closed=data.draw(st.booleans()))
        for a, b in sorted(data.draw(st.lists(st.tuples(bound, bound), max_size=3)))
    ]
    plain = text.replace("’", "'").replace("‘", "'")
    assert mask(text, spans) == _mask_each(text, plain, spans)
    assert len(mask(text, spans)) == len(text)


def _mention_source() -> ast.ClassDef:
    """:class:`Mention` as written: a class compiled by mypyc has no Python signature to
    inspect and no ``__slots__`` to list."""
    source = Path(phrases.__file__).with_name("_phrases.py").read_text(encoding="utf-8")
    return next(
        n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == "Mention"
    )


def _init_parameters() -> dict[str, str]:
    """Each parameter of ``Mention.__init__`` with its annotation."""
    init = next(
        n for n in _mention_source().body if isinstance(n, ast.FunctionDef) and n.name == "__init__"
    )
    return {a.arg: ast.unparse(a.annotation) for a in init.args.args[1:] if a.annotation}


def _mention_fields() -> list[str]:
    """Every field of a mention (its ``__slots__``)."""
    (slots,) = (
        n.value
        for n in _mention_source().body
        if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "__slots__"
    )
    fields: list[str] = ast.literal_eval(slots)
    return fields


def _a_value(annotation: str, number: int) -> object:
    """A value of the annotated type that no default has (distinct per parameter)."""
    values = {"int": 1000 + number, "bool": True, "tuple[str, ...]": (f"value {number}",)}
    return values.get(annotation, f"value {number}")


def test_a_made_parse_has_every_field_of_the_original() -> None:
    """A parse makes its mention from its fields, and a name parsed once per paragraph is
    rebuilt from the fields kept for later callers. A field the parse sets (any argument of
    :class:`Mention`, one added later too) that the fields missed would be lost; every other
    field must keep the default ``Mention(...)`` gives it."""
    params = _init_parameters()
    assert {"start", "end", "kind", "name"} <= params.keys()
    values = {name: _a_value(kind, n) for n, (name, kind) in enumerate(params.items())}
    original = Mention(**values)  # type: ignore[arg-type]
    restored = _made(_parsed_fields(original))
    assert restored is not original
    fields = _mention_fields()
    assert set(params) <= set(fields)
    for field in fields:
        assert getattr(restored, field) == getattr(original, field), field


def test_a_name_parsed_again_is_a_separate_equal_mention() -> None:
    """Changing the mention one caller got leaves what the next caller gets as parsed."""
    text = "Foreign Minister Bae Jin-ho, a former diplomat, said on Tuesday."
    toks = tokens(text, 0, len(text))
    end = next(k for k, t in enumerate(toks) if t.text == "Jin-ho")
    first = name_phrase(text, toks, end, 0)
    assert first is not None and first.name == "Bae Jin-ho" and first.title == "Foreign Minister"
    first.appositive = "changed by the first caller"
    again = name_phrase(text, toks, end, 0)
    assert again is not None and again is not first
    assert (again.name, again.title, again.appositive) == ("Bae Jin-ho", "Foreign Minister", "")


LEXICON_WORDS = sorted(PERSON_TITLES | ROLE_NOUNS.keys() | ORG_ROLES | NOT_NAME)


@given(st.sampled_from(LEXICON_WORDS) | st.text(max_size=12), st.booleans())
def test_a_word_the_title_filter_passes_over_is_no_title(word: str, capital: bool) -> None:
    """A run's words are tested against the title words before the full title test: a word
    the filter passes over must be one the full test rejects."""
    text = (word[:1].upper() + word[1:] if capital else word) or "x"
    tok = token(text, WORD, 0, len(text))
    if _person_title(tok):
        assert tok.lower in _TITLE_WORDS or "-" in tok.lower


def test_words_are_lowered_by_pythons_rules() -> None:
    """A final sigma lowers to "ς", compiled or not: mypyc's own ``lower`` gives "σ", so the
    rules call Python's by name (``_lexicon.lowercase``); the compiled build runs this file."""
    text = "Mr. ΟΔΟΣ said"
    assert [t.lower for t in tokens(text, 0, len(text))] == ["mr.", "οδος", "said"]
    assert words(text) == ["mr", "οδος", "said"]


def test_the_extractor_lowers_only_by_name() -> None:
    """No ``.lower()`` method call in the extractor's modules: compiled, it would be mypyc's
    (see the test above), in a place the property tests may never reach."""
    folder = Path(phrases.__file__).parent
    found = []
    for path in sorted(set(folder.glob("*.py")) - {folder / "people.py"}):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            method = node.func if isinstance(node, ast.Call) else None
            if isinstance(method, ast.Attribute) and method.attr == "lower":
                found.append(f"{path.name}:{method.lineno}")
    assert found == []
