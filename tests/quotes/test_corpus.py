"""Consistency of the labelled quotation corpus (the labels, not any extractor).

Every label must point at text that really sits between quotation marks in its article, and
every double quotation mark (and every single mark in a headline) must belong either to a
labelled quote or to a deliberate negative, so an unlabelled quotation cannot hide in the text.
See ``corpus/README.md`` for the format and the labelling rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent / "corpus"
SPLITS = (
    "dev",
    "tuning2",
    "tuning3",
    "tuning4",
    "tuning5",
    "tuning6",
    "tuning7",
    "tuning8",
    "tuning9",
    "tuning10",
    "tuning11",
    "tuning12",
    "blind7",
    "blind8",
    "tuning13",
    "blind9",
    "tuning14",
    "blind11",
    "tuning15",
    "tuning16",
    "tuning17",
    "tuning18",
    "tuning19",
    "tuning20",
    "tuning21",
    "tuning22",
    "tuning23",
    "tuning24",
    "tuning25",
    "tuning26",
    "tuning27",
    "tuning28",
    "tuning29",
    "tuning30",
    "tuning31",
    "tuning32",
    "tuning33",
    "tuning34",
    "tuning35",
    "tuning36",
    "tuning37",
    "tuning38",
    "tuning39",
    "tuning40",
    "tuning41",
    "tuning42",
    "tuning43",
    "tuning44",
    "tuning45",
    "tuning46",
    "tuning47",
    "tuning48",
    "tuning49",
    "tuning50",
    "tuning51",
    "tuning52",
    "tuning53",
    "tuning54",
    "tuning55",
    "tuning56",
    "tuning57",
    "tuning58",
    "tuning59",
    "tuning60",
    "tuning61",
    "tuning62",
    "tuning63",
    "tuning64",
    "tuning65",
    "tuning66",
    "tuning67",
    "tuning68",
    "tuning69",
    "tuning70",
    "tuning71",
    "tuning72",
    "tuning73",
    "tuning74",
    "tuning75",
    "tuning76",
    "tuning77",
    "tuning78",
    "tuning79",
    "tuning80",
    "tuning81",
    "tuning82",
    "tuning83",
    "tuning84",
    "tuning85",
    "tuning86",
    "tuning87",
    "tuning88",
    "tuning89",
    "tuning90",
    "tuning91",
    "tuning92",
    "tuning93",
    "tuning94",
    "tuning95",
    "tuning96",
    "tuning97",
    "tuning98",
    "tuning99",
    "tuning100",
    "tuning101",
    "tuning102",
    "tuning103",
    "tuning104",
    "tuning105",
    "tuning106",
    "tuning107",
    "tuning108",
    "tuning109",
    "tuning110",
    "tuning111",
    "tuning112",
    "tuning113",
    "tuning114",
    "tuning115",
    "tuning116",
    "tuning117",
    "tuning118",
    "tuning119",
    "tuning120",
    "tuning121",
    "tuning122",
    "tuning123",
    "tuning124",
    "tuning125",
    "tuning126",
    "tuning127",
    "tuning128",
    "tuning129",
    "tuning130",
    "tuning131",
    "tuning132",
    "tuning133",
    "tuning134",
    "tuning135",
    "tuning136",
    "tuning137",
    "tuning138",
    "tuning139",
    "tuning140",
    "tuning141",
    "tuning142",
    "tuning143",
    "tuning144",
    "tuning145",
    "tuning146",
    "tuning147",
    "tuning148",
    "tuning149",
    "tuning150",
    "tuning151",
    "tuning152",
    "tuning153",
    "tuning154",
    "tuning155",
    "tuning156",
    "tuning157",
    "tuning158",
    "tuning159",
    "tuning160",
    "tuning161",
    "tuning162",
    "tuning163",
    "tuning164",
    "tuning165",
    "tuning166",
    "tuning167",
    "tuning168",
    "tuning169",
    "tuning170",
    "tuning171",
    "tuning172",
    "tuning173",
    "tuning174",
    "tuning175",
    "tuning176",
    "tuning177",
    "tuning178",
    "tuning179",
    "tuning180",
    "tuning181",
    "tuning182",
    "tuning183",
    "tuning184",
    "tuning185",
    "tuning186",
    "tuning187",
    "tuning188",
    "tuning189",
    "tuning190",
    "tuning191",
    "tuning192",
    "tuning193",
    "tuning194",
    "tuning195",
    "tuning196",
    "tuning197",
    "tuning198",
    "tuning199",
    "tuning200",
    "tuning201",
    "tuning202",
    "tuning203",
    "tuning204",
    "tuning205",
    "tuning206",
    "tuning207",
    "tuning208",
    "tuning209",
    "tuning210",
    "tuning211",
    "tuning212",
    "blind16",
    "blind17",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
)
FILES = sorted(path for split in SPLITS for path in (CORPUS / split).glob("*.json"))

OPEN_DOUBLE, CLOSE_DOUBLE = '"“', '"”'
OPEN_SINGLE, CLOSE_SINGLE = "'‘", "'’"
DOUBLE_MARKS = '"“”'
SINGLE_MARKS = "'‘’"

REQUIRED = {"id", "style", "headline", "paragraphs", "quotes", "covers", "notes"}
QUOTE_KEYS = {"paragraph", "text", "speaker", "kind"}
OPTIONAL_QUOTE_KEYS = {"last_paragraph", "marks"}
NEGATIVE_WHY = {"title", "name", "scare", "nickname"}


def load(path: Path) -> dict[str, Any]:
    """One corpus article as a dict."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def conventions() -> list[str]:
    """Convention names from the README's table (rows starting with a backticked name)."""
    text = (CORPUS / "README.md").read_text(encoding="utf-8")
    section = text.split("## Conventions", 1)[1]
    return re.findall(r"^\| `([a-z-]+)` \|", section, flags=re.MULTILINE)


def container(article: dict[str, Any], paragraph: int | None) -> str:
    """The headline (``None``) or a paragraph."""
    if paragraph is None:
        headline: str = article["headline"]
        return headline
    text: str = article["paragraphs"][paragraph]
    return text


def marks_for(paragraph: int | None, *, negative: bool = False) -> tuple[str, str]:
    """Opening and closing marks allowed around a span: single marks in headlines (and around
    negatives, which the Herald sometimes sets in single quotes), double marks everywhere."""
    if paragraph is None or negative:
        return OPEN_DOUBLE + OPEN_SINGLE, CLOSE_DOUBLE + CLOSE_SINGLE
    return OPEN_DOUBLE, CLOSE_DOUBLE


def spans(text: str, piece: str, opens: str, closes: str, marks: str | None) -> list[int]:
    """Start offsets where ``piece`` sits between an opening and a closing mark."""
    found = []
    start = text.find(piece)
    while start != -1:
        end = start + len(piece)
        opened = start > 0 and text[start - 1] in opens
        closed = end < len(text) and text[end] in closes
        if marks == "missing_close":
            ok = opened and not closed
        elif marks == "missing_open":
            ok = closed and not opened and (start == 0 or text[start - 1].isspace())
        else:
            ok = opened and closed
        if ok:
            found.append(start)
        start = text.find(piece, start + 1)
    return found


@dataclass
class Ledger:
    """Positions of quotation marks that labels account for, per paragraph (None = headline)."""

    used: dict[int | None, set[int]] = field(default_factory=dict)
    inner: dict[int | None, set[int]] = field(default_factory=dict)
    """Positions inside labelled quotes: marks there are nested in the quote's text."""

    def take(self, paragraph: int | None, *positions: int) -> None:
        self.used.setdefault(paragraph, set()).update(positions)

    def cover(self, paragraph: int | None, start: int, end: int) -> None:
        self.inner.setdefault(paragraph, set()).update(range(start, end))

    def taken(self, paragraph: int | None) -> set[int]:
        return self.used.get(paragraph, set())

    def accounts_for(self, paragraph: int | None, index: int) -> bool:
        return index in self.taken(paragraph) or index in self.inner.get(paragraph, set())


def place_single(article: dict[str, Any], label: dict[str, Any], ledger: Ledger) -> int:
    """Account for a one-paragraph label's marks; return its start offset."""
    paragraph = label["paragraph"]
    text = container(article, paragraph)
    opens, closes = marks_for(paragraph, negative="why" in label)
    starts = spans(text, label["text"], opens, closes, label.get("marks"))
    assert starts, f"{label['text']!r} is not between quotation marks in paragraph {paragraph}"
    free = [s for s in starts if s - 1 not in ledger.taken(paragraph)]
    start = (free or starts)[0]
    end = start + len(label["text"])
    if label.get("marks") != "missing_open":
        ledger.take(paragraph, start - 1)
    if label.get("marks") != "missing_close":
        ledger.take(paragraph, end)
    if "why" not in label:
        ledger.cover(paragraph, start, end)
    return start


def place_multi(article: dict[str, Any], label: dict[str, Any], ledger: Ledger) -> int:
    """Account for a several-paragraph label's marks; return the first piece's start offset.

    Every paragraph after the first must open with a quotation mark; the middle ones run to
    their end, the last one to a closing mark; the pieces join with one space.
    """
    first, last = label["paragraph"], label["last_paragraph"]
    paragraphs = article["paragraphs"]
    assert first is not None and last > first, "last_paragraph must follow paragraph"
    for index in range(first + 1, last + 1):
        assert paragraphs[index][:1] in OPEN_DOUBLE, f"paragraph {index} must open with a mark"
    middle = " ".join(paragraphs[index][1:] for index in range(first + 1, last))
    text: str = label["text"]
    for close in (i for i, ch in enumerate(paragraphs[last]) if ch in CLOSE_DOUBLE and i > 0):
        suffix = (" " + middle if middle else "") + " " + paragraphs[last][1:close]
        head = text[: -len(suffix)] if text.endswith(suffix) else None
        if not head or not paragraphs[first].endswith(head):
            continue
        start = len(paragraphs[first]) - len(head)
        if paragraphs[first][start - 1] not in OPEN_DOUBLE:
            continue
        ledger.take(first, start - 1)
        ledger.cover(first, start, len(paragraphs[first]))
        for index in range(first + 1, last):
            ledger.take(index, 0)
            ledger.cover(index, 1, len(paragraphs[index]))
        ledger.take(last, 0, close)
        ledger.cover(last, 1, close)
        return start
    raise AssertionError(f"{text[:40]!r}... does not match paragraphs {first}-{last}")


def place(article: dict[str, Any], label: dict[str, Any], ledger: Ledger) -> int:
    if label.get("last_paragraph") is not None:
        return place_multi(article, label, ledger)
    return place_single(article, label, ledger)


def is_apostrophe(text: str, index: int) -> bool:
    """A single mark between two letters or digits (``Korea's``, ``won't``), before a decade
    (``'90s``) or after a plural ``s`` (``allies'``) may be an apostrophe. (An unlabelled quote
    ending in ``s'`` is still caught by its opening mark.)"""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if re.match(r"\d\ds\b", text[index + 1 :]):
        return True
    return before.isalnum() and (after.isalnum() or before == "s")


def order_key(label: dict[str, Any], start: int) -> tuple[int, int]:
    paragraph = label["paragraph"]
    return (-1 if paragraph is None else paragraph, start)


@pytest.fixture(params=FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def article(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load(request.param) | {"_path": request.param}


def test_corpus_is_not_empty() -> None:
    assert FILES, "no corpus files found"


def test_shape(article: dict[str, Any]) -> None:
    path: Path = article["_path"]
    assert article.keys() >= REQUIRED, REQUIRED - article.keys()
    number = path.name.split("-", 1)[0]
    assert re.fullmatch(r"\d{3}-[a-z0-9-]+\.json", path.name), path.name
    assert article["id"] == f"{path.parent.name}-{number}"
    assert article["style"] in {"yonhap", "herald"}
    assert 6 <= len(article["paragraphs"]) <= 14
    check_paragraphs_covers_and_form(article, path)


def check_paragraphs_covers_and_form(article: dict[str, Any], path: Path) -> None:
    """Paragraphs are trimmed non-empty strings, covers are known conventions, and the file is
    in canonical form (shared with the demo labels' checks)."""
    assert all(isinstance(p, str) and p == p.strip() and p for p in article["paragraphs"])
    assert set(article["covers"]) <= set(conventions()), set(article["covers"]) - set(conventions())
    assert (
        path.read_text(encoding="utf-8")
        == json.dumps(load(path), ensure_ascii=False, indent=2) + "\n"
    ), "not in canonical form (2-space indent, UTF-8, trailing newline)"


def starts_with_an_article(speaker: str) -> bool:
    """A label names its speaker without an article ("official", not "an official"); the
    Korean surname An (안) is not one: "An Yu-jin" is a name."""
    first, _, rest = speaker.partition(" ")
    if first == "An" and rest[:1].isupper():
        return False
    return first.lower() in {"the", "a", "an"}


@pytest.mark.parametrize(
    ("speaker", "article"),
    [
        ("An Yu-jin", False),
        ("an official", True),
        ("An official", True),
        ("The ministry", True),
        ("a spokesperson", True),
        ("Anna Kim", False),
        ("Theo Park", False),
        ("Ahn Sung-min", False),
    ],
)
def test_a_label_may_not_start_with_an_article(speaker: str, article: bool) -> None:
    assert starts_with_an_article(speaker) is article


def test_quote_labels_are_well_formed(article: dict[str, Any]) -> None:
    count = len(article["paragraphs"])
    for label in article["quotes"]:
        assert QUOTE_KEYS <= label.keys() <= QUOTE_KEYS | OPTIONAL_QUOTE_KEYS, label
        assert label["kind"] in {"full", "partial"}, label
        assert label["paragraph"] is None or 0 <= label["paragraph"] < count, label
        assert label.get("last_paragraph") is None or label["last_paragraph"] < count, label
        assert label.get("marks") in {None, "missing_close", "missing_open"}, label
        speaker = label["speaker"]
        assert speaker is None or (speaker.strip() == speaker and speaker), label
        assert not starts_with_an_article(speaker or ""), label
        assert label["text"] and label["text"] == label["text"].strip(), label


def test_labels_sit_between_marks_in_reading_order(article: dict[str, Any]) -> None:
    ledger = Ledger()
    keys = [order_key(label, place(article, label, ledger)) for label in article["quotes"]]
    assert keys == sorted(keys), "quotes are not in reading order"


def test_negatives_sit_between_marks_outside_quotes(article: dict[str, Any]) -> None:
    ledger = Ledger()
    for label in article["quotes"]:
        place(article, label, ledger)
    quoted = {p: set(positions) for p, positions in ledger.used.items()}
    for negative in article.get("negatives", []):
        assert negative.keys() == {"paragraph", "text", "why"}, negative
        assert negative["why"] in NEGATIVE_WHY, negative
        start = place_single(article, negative, ledger)
        assert start - 1 not in quoted.get(negative["paragraph"], set()), negative


def test_every_quotation_mark_is_accounted_for(article: dict[str, Any]) -> None:
    ledger = Ledger()
    for label in article["quotes"]:
        place(article, label, ledger)
    for negative in article.get("negatives", []):
        place_single(article, negative, ledger)
    headline = article["headline"]
    for index, ch in enumerate(headline):
        if ch in DOUBLE_MARKS or (ch in SINGLE_MARKS and not is_apostrophe(headline, index)):
            assert ledger.accounts_for(None, index), f"unlabelled mark at {index} in the headline"
    for number, paragraph in enumerate(article["paragraphs"]):
        for index, ch in enumerate(paragraph):
            if ch in DOUBLE_MARKS:
                context = paragraph[max(0, index - 30) : index + 30]
                message = f"unlabelled mark in paragraph {number}: {context!r}"
                assert ledger.accounts_for(number, index), message


def test_every_file_has_a_unique_id() -> None:
    ids = [load(path)["id"] for path in FILES]
    assert len(ids) == len(set(ids))


def test_covers_agree_with_the_labels(article: dict[str, Any]) -> None:
    """Conventions the labels can prove are claimed exactly when they are present."""
    quotes, negatives, covers = article["quotes"], article.get("negatives", []), article["covers"]
    text = article["headline"] + "".join(article["paragraphs"])
    whys = {negative["why"] for negative in negatives}
    facts = {
        "multi-paragraph": any(q.get("last_paragraph") is not None for q in quotes),
        "odd-marks": any(q.get("marks") for q in quotes),
        "unclear-speaker": any(q["speaker"] is None for q in quotes),
        "partial": any(q["kind"] == "partial" for q in quotes),
        "headline-scare": any(n["paragraph"] is None for n in negatives),
        "neg-title": "title" in whys,
        "neg-name": "name" in whys,
        "neg-scare": "scare" in whys,
        "neg-nickname": "nickname" in whys,
        "glyph-curly": not any(ch in text for ch in "\"'"),
        "glyph-straight": not any(ch in text for ch in "“”‘’"),
    }
    for name, present in facts.items():
        assert (name in covers) == present, f"covers {'lacks' if present else 'claims'} {name}"


def split_files(split: str) -> list[Path]:
    return [path for path in FILES if path.parent.name == split]


@pytest.mark.parametrize(
    ("split", "articles", "quotes"),
    [
        ("dev", 30, 150),
        ("tuning2", 10, 50),
        ("tuning3", 12, 60),
        ("tuning4", 15, 100),
        ("tuning5", 22, 200),
        ("tuning9", 15, 150),
        ("tuning6", 20, 160),
        ("tuning12", 16, 130),
        ("tuning10", 15, 110),
        ("tuning7", 16, 120),
        ("tuning8", 16, 120),
        ("tuning11", 16, 150),
        ("blind7", 16, 150),
        ("blind8", 16, 150),
        ("tuning13", 16, 150),
        ("blind9", 16, 160),
        ("tuning14", 16, 160),
        ("blind11", 16, 160),
        ("tuning15", 16, 160),
        ("tuning16", 12, 110),
        ("tuning17", 16, 160),
        ("tuning18", 16, 160),
        ("tuning19", 16, 120),
        ("tuning20", 16, 160),
        ("tuning21", 16, 160),
        ("tuning22", 16, 160),
        ("tuning23", 16, 160),
        ("tuning24", 16, 160),
        ("tuning25", 16, 120),
        ("tuning26", 16, 160),
        ("tuning27", 16, 160),
        ("tuning28", 16, 160),
        ("tuning29", 16, 160),
        ("tuning30", 16, 160),
        ("tuning31", 16, 160),
        ("tuning32", 16, 160),
        ("tuning33", 16, 160),
        ("tuning34", 16, 160),
        ("tuning35", 16, 160),
        ("tuning36", 16, 160),
        ("tuning37", 16, 160),
        ("tuning38", 16, 160),
        ("tuning39", 16, 160),
        ("tuning40", 16, 160),
        ("tuning41", 16, 160),
        ("tuning42", 16, 160),
        ("tuning43", 16, 160),
        ("tuning44", 16, 160),
        ("tuning45", 16, 160),
        ("tuning46", 16, 160),
        ("tuning47", 16, 160),
        ("tuning48", 16, 160),
        ("tuning49", 16, 160),
        ("tuning50", 16, 160),
        ("tuning51", 16, 160),
        ("tuning52", 16, 160),
        ("tuning53", 16, 160),
        ("tuning54", 16, 160),
        ("tuning55", 16, 160),
        ("tuning56", 16, 160),
        ("tuning57", 16, 160),
        ("tuning58", 16, 160),
        ("tuning59", 16, 160),
        ("tuning60", 16, 160),
        ("tuning61", 16, 160),
        ("tuning62", 16, 160),
        ("tuning63", 16, 160),
        ("tuning64", 16, 160),
        ("tuning65", 16, 160),
        ("tuning66", 16, 160),
        ("tuning67", 16, 160),
        ("tuning68", 16, 160),
        ("tuning69", 16, 160),
        ("tuning70", 16, 160),
        ("tuning71", 16, 160),
        ("tuning72", 16, 160),
        ("tuning73", 16, 160),
        ("tuning74", 16, 160),
        ("tuning75", 16, 160),
        ("tuning76", 16, 160),
        ("tuning77", 16, 160),
        ("tuning78", 16, 160),
        ("tuning79", 16, 160),
        ("tuning80", 16, 160),
        ("tuning81", 16, 160),
        ("tuning82", 16, 160),
        ("tuning83", 16, 160),
        ("tuning84", 16, 160),
        ("tuning85", 16, 160),
        ("tuning86", 16, 160),
        ("tuning87", 16, 160),
        ("tuning88", 16, 160),
        ("tuning89", 16, 160),
        ("tuning90", 16, 160),
        ("tuning91", 16, 160),
        ("tuning92", 16, 160),
        ("tuning93", 16, 160),
        ("tuning94", 16, 160),
        ("tuning95", 16, 160),
        ("tuning96", 16, 160),
        ("tuning97", 16, 160),
        ("tuning98", 16, 160),
        ("tuning99", 16, 160),
        ("tuning100", 16, 160),
        ("tuning101", 16, 160),
        ("tuning102", 16, 160),
        ("tuning103", 16, 160),
        ("tuning104", 16, 160),
        ("tuning105", 16, 160),
        ("tuning106", 16, 160),
        ("tuning107", 16, 160),
        ("tuning108", 16, 160),
        ("tuning109", 16, 160),
        ("tuning110", 16, 160),
        ("tuning111", 16, 160),
        ("tuning112", 16, 160),
        ("tuning113", 16, 160),
        ("tuning114", 16, 160),
        ("tuning115", 16, 160),
        ("tuning116", 16, 160),
        ("tuning117", 16, 160),
        ("tuning118", 16, 160),
        ("tuning119", 16, 160),
        ("tuning120", 16, 160),
        ("tuning121", 16, 160),
        ("tuning122", 16, 160),
        ("tuning123", 16, 160),
        ("tuning124", 16, 160),
        ("tuning125", 16, 160),
        ("tuning126", 16, 160),
        ("tuning127", 16, 160),
        ("tuning128", 16, 160),
        ("tuning129", 16, 160),
        ("tuning130", 16, 160),
        ("tuning131", 16, 160),
        ("tuning132", 16, 160),
        ("tuning133", 16, 160),
        ("tuning134", 16, 160),
        ("tuning135", 16, 160),
        ("tuning136", 16, 160),
        ("tuning137", 16, 160),
        ("tuning138", 16, 160),
        ("tuning139", 16, 160),
        ("tuning140", 16, 160),
        ("tuning141", 16, 160),
        ("tuning142", 16, 160),
        ("tuning143", 16, 160),
        ("tuning144", 16, 160),
        ("tuning145", 16, 160),
        ("tuning146", 16, 160),
        ("tuning147", 16, 160),
        ("tuning148", 16, 160),
        ("tuning149", 16, 160),
        ("tuning150", 16, 160),
        ("tuning151", 16, 160),
        ("tuning152", 16, 160),
        ("tuning153", 16, 160),
        ("tuning154", 16, 160),
        ("tuning155", 16, 160),
        ("tuning156", 16, 160),
        ("tuning157", 16, 160),
        ("tuning158", 16, 160),
        ("tuning159", 16, 160),
        ("tuning160", 16, 160),
        ("tuning161", 16, 160),
        ("tuning162", 16, 160),
        ("tuning163", 16, 160),
        ("tuning164", 16, 160),
        ("tuning165", 16, 160),
        ("tuning166", 16, 160),
        ("tuning167", 16, 160),
        ("tuning168", 16, 160),
        ("tuning169", 16, 160),
        ("tuning170", 16, 160),
        ("tuning171", 16, 160),
        ("tuning172", 16, 160),
        ("tuning173", 16, 160),
        ("tuning174", 16, 160),
        ("tuning175", 16, 160),
        ("tuning176", 16, 160),
        ("tuning177", 16, 160),
        ("tuning178", 16, 160),
        ("tuning179", 16, 160),
        ("tuning180", 16, 160),
        ("tuning181", 16, 160),
        ("tuning182", 16, 160),
        ("tuning183", 16, 160),
        ("tuning184", 16, 160),
        ("tuning185", 16, 160),
        ("tuning186", 16, 160),
        ("tuning187", 16, 160),
        ("tuning188", 16, 160),
        ("tuning189", 16, 160),
        ("tuning190", 16, 160),
        ("tuning191", 16, 160),
        ("tuning192", 16, 160),
        ("tuning193", 16, 160),
        ("tuning194", 16, 160),
        ("tuning195", 16, 160),
        ("tuning196", 16, 160),
        ("tuning197", 16, 160),
        ("tuning198", 16, 160),
        ("tuning199", 16, 160),
        ("tuning200", 16, 160),
        ("tuning201", 16, 160),
        ("tuning202", 16, 160),
        ("tuning203", 16, 160),
        ("tuning204", 16, 160),
        ("tuning205", 16, 160),
        ("tuning206", 16, 160),
        ("tuning207", 16, 160),
        ("tuning208", 16, 160),
        ("tuning209", 16, 160),
        ("tuning210", 16, 160),
        ("tuning211", 16, 160),
        ("tuning212", 16, 160),
        ("blind16", 16, 160),
        ("blind17", 16, 160),
        ("blind19", 16, 160),
        ("blind20", 16, 160),
        ("blind21", 16, 160),
        ("blind22", 16, 160),
        ("blind23", 16, 160),
        ("blind24", 16, 160),
        ("blind25", 16, 160),
        ("blind26", 16, 160),
        ("blind27", 16, 160),
        ("blind28", 16, 160),
        ("blind29", 16, 160),
        ("blind30", 16, 160),
        ("blind31", 16, 160),
        ("blind32", 16, 160),
        ("blind33", 16, 160),
        ("blind34", 16, 160),
        ("blind35", 16, 160),
        ("blind36", 16, 160),
        ("blind37", 16, 160),
        ("blind38", 16, 160),
        ("blind39", 16, 160),
        ("blind40", 16, 160),
        ("blind41", 16, 160),
        ("blind42", 16, 160),
        ("blind43", 16, 160),
        ("blind44", 16, 160),
        ("blind45", 16, 160),
        ("blind46", 16, 160),
        ("blind47", 16, 160),
        ("blind48", 16, 160),
        ("blind49", 16, 160),
        ("blind50", 16, 160),
        ("blind51", 16, 160),
        ("blind52", 16, 160),
        ("blind53", 16, 160),
        ("blind54", 16, 160),
        ("blind55", 16, 160),
        ("blind56", 16, 160),
        ("blind57", 16, 160),
        ("blind58", 16, 160),
        ("blind59", 16, 160),
        ("blind60", 16, 160),
        ("blind61", 16, 160),
        ("blind62", 16, 160),
    ],
)
def test_split_is_large_enough(split: str, articles: int, quotes: int) -> None:
    files = split_files(split)
    assert len(files) >= articles
    assert sum(len(load(path)["quotes"]) for path in files) >= quotes


def test_every_convention_is_covered_by_two_dev_articles() -> None:
    counts = {name: 0 for name in conventions()}
    for path in split_files("dev"):
        for name in load(path)["covers"]:
            counts[name] += 1
    assert counts, "no conventions found in the README"
    assert {name: n for name, n in counts.items() if n < 2} == {}
