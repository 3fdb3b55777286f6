"""Who is the same speaker across articles: the hand-written cases of issue 18."""

from __future__ import annotations

from herald_tui.model import Article, Quote
from herald_tui.quotes import attach_quotes
from herald_tui.quotes.people import Speaker, article_speakers, defined_acronyms, speaker_of


def said(url: str, *paragraphs: str) -> list[Speaker | None]:
    """The speakers of the quotations the extractor finds in an invented article."""
    article = Article(url=url, source="yonhap", section="", headline="", paragraphs=paragraphs)
    return article_speakers(attach_quotes(article))


def quote(speaker: str | None, short: str | None = None) -> Quote:
    """A quotation as the extractor gives it (speaker: fullest form; short: name alone)."""
    return Quote("We will act.", speaker, 0, "full", 1, 13, short)


def key(speaker: Speaker | None) -> str | None:
    return speaker.key if speaker else None


def test_same_name_in_different_articles_is_one_person() -> None:
    (a,) = said("https://a.test/1", 'President Yoon Suk Yeol said, "We will respond firmly."')
    (b,) = said("https://b.test/2", '"The talks must resume," Yoon Suk Yeol said.')
    assert a is not None and b is not None
    assert a.key == b.key == "p:yoon suk yeol"
    assert (a.kind, a.name) == ("person", "Yoon Suk Yeol")


def test_spelling_of_a_given_name_does_not_split_a_person() -> None:
    hyphen = speaker_of("https://a.test/1", 0, quote("Lee Jae-myung", "Lee Jae-myung"))
    spaced = speaker_of("https://b.test/2", 0, quote("Rep. Lee Jae Myung", "Lee Jae Myung"))
    assert key(hyphen) == key(spaced) == "p:lee jae myung"


def test_same_surname_with_other_given_names_never_merges() -> None:
    (minji,) = said("https://a.test/1", '"Rates will rise," Kim Min-ji said.')
    (minsu,) = said("https://b.test/2", '"Rates will fall," Kim Min-su said.')
    assert key(minji) == "p:kim min ji" and key(minsu) == "p:kim min su"


def test_a_bare_surname_is_nobody_elsewhere() -> None:
    (one,) = said("https://a.test/1", '"Hi," said Kim.')
    (two,) = said("https://b.test/2", '"Bye," said Kim.')
    assert one is not None and two is not None
    assert one.kind == two.kind == "person" and one.name == two.name == "Kim"
    assert len({one.key, two.key, "p:kim", "p:kim min ji"}) == 4


def test_an_anonymous_official_never_merges() -> None:
    first, second = said(
        "https://a.test/1",
        '"This is serious," a senior official said.',
        '"It is fine," an official at the ministry told reporters.',
    )
    (elsewhere,) = said("https://b.test/2", '"This is serious," a senior official said.')
    speakers = [first, second, elsewhere]
    assert all(s is not None and s.kind == "anonymous" for s in speakers)
    assert [key(s) for s in speakers] == [
        "a:https://a.test/1#0",
        "a:https://a.test/1#1",
        "a:https://b.test/2#0",
    ]
    assert first is not None and first.name == first.role == "a senior official"


def test_two_people_sharing_a_role_noun_are_not_one() -> None:
    titled = speaker_of("https://a.test/1", 0, quote("Foreign Minister", "Foreign Minister"))
    plain = speaker_of("https://b.test/2", 0, quote("the foreign minister", "foreign minister"))
    assert titled is not None and plain is not None
    assert titled.kind == plain.kind == "anonymous"
    assert titled.key == "a:https://a.test/1#0" and plain.key == "a:https://b.test/2#0"


def test_an_organisation_and_its_other_name_merge() -> None:
    (formal,) = said("https://a.test/1", '"We are ready," the Ministry of Unification said.')
    (short,) = said("https://b.test/2", '"Nothing changed," the Unification Ministry said.')
    assert formal is not None and short is not None
    assert formal.kind == short.kind == "organisation"
    assert formal.key == short.key == "o:unification ministry"
    assert (formal.name, short.name) == ("Ministry of Unification", "Unification Ministry")


def test_an_acronym_the_article_defines_is_its_organisation() -> None:
    texts = ("Officials of the Ministry of Unification (MOU) met on Monday.",)
    acronyms = defined_acronyms(texts)
    assert acronyms == {"MOU": "Ministry of Unification"}
    defined = speaker_of("https://a.test/1", 0, quote("MOU", "MOU"), acronyms, texts)
    undefined = speaker_of("https://b.test/2", 0, quote("MOU", "MOU"))
    assert key(defined) == "o:unification ministry"
    assert key(undefined) == "o:mou"  # another article's MOU may be a memorandum's party


def test_acronyms_are_read_from_the_name_before_them() -> None:
    texts = (
        "said the Korea International Trade Association (KITA), and the Joint Chiefs of Staff"
        " (JCS) agreed; a (FOO) and lowercase words (BAR) stand for nothing.",
    )
    assert defined_acronyms(texts) == {
        "KITA": "Korea International Trade Association",
        "JCS": "Joint Chiefs of Staff",
    }


def test_the_role_is_the_one_that_article_gave() -> None:
    (minister,) = said("https://a.test/1", '"No comment," Finance Minister Choi Sang-mok said.')
    (deputy,) = said("https://b.test/2", '"Stop," said Choi Sang-mok, the deputy prime minister.')
    (plain,) = said("https://c.test/3", '"Go," Choi Sang-mok said.')
    assert key(minister) == key(deputy) == key(plain) == "p:choi sang mok"
    assert minister is not None and deputy is not None and plain is not None
    assert minister.role == "Finance Minister"
    assert deputy.role == "the deputy prime minister"
    assert plain.role is None


def test_a_hangul_name_in_parentheses_is_the_same_person() -> None:
    (with_hangul,) = said(
        "https://a.test/1", '"It is true," said Kim Min-ji (김민지), a professor.'
    )
    both = speaker_of("https://b.test/2", 0, quote("Kim Min-ji (김민지)", "Kim Min-ji (김민지)"))
    plain = speaker_of("https://c.test/3", 0, quote("Kim Min-ji", "Kim Min-ji"))
    assert key(with_hangul) == key(both) == key(plain) == "p:kim min ji"
    assert with_hangul is not None and "김민지" in with_hangul.names
    assert both is not None and both.name == "Kim Min-ji" and "김민지" in both.names


def test_a_hangul_name_alone_is_a_full_name() -> None:
    assert key(speaker_of("https://a.test/1", 0, quote("김민지", "김민지"))) == "p:김민지"


def test_an_unattributed_quotation_has_no_speaker() -> None:
    assert speaker_of("https://a.test/1", 0, quote(None)) is None
    assert speaker_of("https://a.test/1", 0, quote("", "")) is None


def test_a_body_named_by_its_role_words_is_that_body() -> None:
    """The extractor gives "the unification ministry" when an article never names it more
    fully: that is the Unification Ministry of every other article, not someone anonymous;
    "the ministry" alone could be any."""
    role = speaker_of(
        "https://a.test/1", 0, quote("the unification ministry", "unification ministry")
    )
    named = speaker_of(
        "https://b.test/2", 0, quote("Ministry of Unification", "Ministry of Unification")
    )
    vague = speaker_of("https://c.test/3", 0, quote("the ministry", "ministry"))
    assert key(role) == key(named) == "o:unification ministry"
    assert vague is not None and vague.kind == "anonymous"


def test_a_role_of_a_body_stays_an_unnamed_person() -> None:
    for phrase in ("the Foreign Ministry spokesperson", "the chief of the Korea Coast Guard"):
        found = speaker_of("https://a.test/1", 0, quote(phrase, phrase.removeprefix("the ")))
        assert found is not None and found.kind == "anonymous", phrase


def test_an_acronym_the_article_never_spells_is_still_one_body() -> None:
    one = speaker_of("https://a.test/1", 0, quote("JCS", "JCS"))
    two = speaker_of("https://b.test/2", 0, quote("JCS", "JCS"))
    assert key(one) == key(two) == "o:jcs"


def test_two_people_speaking_together_are_not_a_person_elsewhere() -> None:
    """A joint speaker ("Both A and B said", given as "A and B") is kept to its article: it is
    no person of its own whom another article's "A and B" could merge with."""
    (one,) = said("https://a.test/1", 'Both Kim Ha-yoon and Park Dong-gu said it was "not final."')
    (two,) = said("https://b.test/2", 'Both Kim Ha-yoon and Park Dong-gu said it was "too late."')
    assert one is not None and two is not None
    assert one.name == "Kim Ha-yoon and Park Dong-gu"
    assert one.key == "p:kim ha yoon and park dong gu@https://a.test/1" != two.key
