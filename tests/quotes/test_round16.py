"""Round 16 of issue 13: a last-resort backoff for a quotation the rules leave with no speaker.

Not a frame but a backoff: when no rule gave a quotation a speaker, the one person or body that
is the subject of a reporting verb in the sentence holding it speaks (a long title with an
acronym and Hangul between the quotation and the name; a partial quotation before ", the agency
said"; "a figure it called '...'" after "The ministry said"). It declines whenever the sentence
holds a second reporting verb with another subject, one whose subject cannot be read ("One said
'...' and the other"), a sign that reads, a reporting verb in a relative clause ("goes the
proverb, which she said"), or when a rule ruled any speaker out (a term, a name).

Every sentence and name is invented (none comes from any corpus split)."""

from __future__ import annotations

import pytest

from herald_tui.quotes import extract_quotes

_PANEL = "SEOUL -- The panel met."
_KCNA = "PYONGYANG -- The Korean Central News Agency (KCNA) reported a visit."


def _speaker(*paragraphs: str, text: str) -> str | None:
    found = {q.text: q.speaker_short for q in extract_quotes("Headline", paragraphs)}
    assert text in found, found
    return found[text]


RESOLVES = [
    (
        _PANEL,
        '"Tides do not read calendars," Korea Institute of Coastal Engineering (KICE) senior'
        " engineer Yun Ha-rim (윤하림) told reporters.",
        "Tides do not read calendars,",
        "Yun Ha-rim",
    ),
    (
        _PANEL,
        '"The data came late and it came thin," Korea Agency for Rural Futures (KARF) chief'
        " analyst Ohn Se-bin (온세빈) told Yonhap.",
        "The data came late and it came thin,",
        "Ohn Se-bin",
    ),
    (
        _PANEL,
        '"We knew by noon," Seoul Institute for Flood Studies (SIFS) lead modeller Jin Bo-ra'
        " (진보라) told a briefing.",
        "We knew by noon,",
        "Jin Bo-ra",
    ),
    (
        _PANEL,
        '"Nobody wants to be the last one out," Korea Center for Aging Villages (KCAV) research'
        " fellow Mo Yeon-ju (모연주) said in an interview.",
        "Nobody wants to be the last one out,",
        "Mo Yeon-ju",
    ),
    (
        _PANEL,
        '"We counted every nest twice," National Institute of Wetland Birds (NIWB) field'
        " researcher Goh Ye-seul (고예슬) said Monday.",
        "We counted every nest twice,",
        "Goh Ye-seul",
    ),
    (
        _PANEL,
        '"Salt is the quiet problem," Korea Institute for Tidal Farms (KITF) senior fellow'
        " Ha Yeon-woo (하연우) told the forum.",
        "Salt is the quiet problem,",
        "Ha Yeon-woo",
    ),
    (
        _PANEL,
        '"The buses run empty after nine," Korea Institute of Transit Policy (KITP) senior'
        " researcher Sung Na-ri (성나리) told reporters.",
        "The buses run empty after nine,",
        "Sung Na-ri",
    ),
    (
        _KCNA,
        'The chairman "voiced deep regret" over the delay, the agency said, but "praised the'
        ' engineers" for their speed.',
        "voiced deep regret",
        "Korean Central News Agency",
    ),
    (
        _KCNA,
        'The premier "examined the boilers" closely, the agency said, but "found fault" with the'
        " pipes.",
        "examined the boilers",
        "Korean Central News Agency",
    ),
    (
        _KCNA,
        'The premier "inspected the new dams" at dawn, the agency said, but "urged more care"'
        " with the sluices.",
        "inspected the new dams",
        "Korean Central News Agency",
    ),
    (
        "SEOUL -- The Ministry of Maritime Farming released new figures on Tuesday.",
        "The ministry said in a statement that the kelp harvest had doubled and that exports had"
        ' reached "about 4 percent," a share it called "modest."',
        "modest.",
        "Ministry of Maritime Farming",
    ),
    (
        "SEOUL -- The Ministry of Rural Roads released its survey on Monday.",
        "The ministry said in a release that 40 bridges needed repair and that the cost would be"
        ' "about 90 billion won," a sum it called "manageable."',
        "manageable.",
        "Ministry of Rural Roads",
    ),
    (
        "SEOUL -- The Korea Forest Service released a report on Friday.",
        "The service said in the report that 120 hectares had burned and that replanting would"
        ' take "at least a decade," a pace it called "realistic."',
        "realistic.",
        "Korea Forest Service",
    ),
    (
        "SEOUL -- The Korea Coast Safety Board published its review on Thursday.",
        "The board said in the review that drills had been skipped twice and that response times"
        ' had grown "by about a third," a trend it called "alarming."',
        "alarming.",
        "Korea Coast Safety Board",
    ),
    (
        "SEOUL -- The Ministry of Village Affairs announced a grant scheme on Wednesday.",
        "The ministry said in a notice that 300 villages had applied and that grants would reach"
        ' "nearly every county," an outcome it called "better than planned."',
        "better than planned.",
        "Ministry of Village Affairs",
    ),
    (
        _PANEL,
        '"Our nets come up half empty," Korea Institute of Inland Fisheries (KIIF) senior'
        " biologist Yeom Da-som (염다솜) told reporters on Friday.",
        "Our nets come up half empty,",
        "Yeom Da-som",
    ),
]


@pytest.mark.parametrize(("lede", "paragraph", "text", "speaker"), RESOLVES)
def test_the_one_subject_of_a_reporting_verb_in_the_sentence_speaks(
    lede: str, paragraph: str, text: str, speaker: str
) -> None:
    assert _speaker(lede, paragraph, text=text) == speaker


DECLINES = [
    # a reporting verb in a relative clause: the proverb is nobody's
    (
        '"Slow water runs deep," goes the proverb, which she said summed up the talks.',
        "Slow water runs deep,",
    ),
    # two candidates, one unreadable
    (
        'One said "Not me" and the other "Ask the coach," and the staff could not tell who had'
        " said what.",
        "Not me",
    ),
    # a term the rules ruled out, a source in the same sentence
    ('Members called the scheme "the ladder," according to prosecutors.', "the ladder,"),
    # a person inside the quotation
    (
        '"Ask Min Hae-jin, she knows," a voice called from the back of the hall.',
        "Ask Min Hae-jin, she knows,",
    ),
    # two bodies report in the sentence
    (
        'The chairman "voiced deep regret" over the delay, the agency said, and the ministry said'
        " it would respond.",
        "voiced deep regret",
    ),
    # a name the rules ruled out, a body reporting the sentence
    (
        'Residents called the tower "the needle," the district office said in a notice.',
        "the needle,",
    ),
    # someone unreadable shouts, a person merely speaks after
    ('"Not again," someone shouted, and Yoo Jae-in said the meeting was over.', "Not again,"),
    # a passive label: a nickname, nobody's words, though a body reports the sentence
    (
        'Dubbed "the quiet giant" by rivals, Seon Ha-jun won again, the league said.',
        "the quiet giant",
    ),
    # a label verb whose subject nobody resolves, and a body with a verb of its own
    (
        'A fee bill cleared a panel, with many of its sponsors calling the fee "long due" and the'
        " minor opposition party vowing to stop it.",
        "long due",
    ),
    # two people named before one reporting verb
    ('"We agree," Governor Ahn and Mayor Seol Da-in said.', "We agree,"),
]


@pytest.mark.parametrize(("paragraph", "text"), DECLINES)
def test_the_backoff_declines(paragraph: str, text: str) -> None:
    assert _speaker(_PANEL, paragraph, text=text) is None


TERMS = [
    (
        'The festival, dubbed "Lantern Week" by Moon Seul-gi, opened Friday, the city said.',
        "Lantern Week",
    ),
    ('The club named its new boat "Morning Star," the coach said.', "Morning Star"),
    (
        'The slogan "Fair pay now" appeared on walls across the city, the union said.',
        "Fair pay now",
    ),
    (
        'Hong Sae-rom said the vote was close, and the word "betrayal" was heard, the party said.',
        "betrayal",
    ),
    (
        'The report, titled "Rivers at Risk," was written by Do Kyung-min, the institute said.',
        "Rivers at Risk",
    ),
]


@pytest.mark.parametrize(("paragraph", "term"), TERMS)
def test_a_term_in_quotation_marks_gets_no_speaker(paragraph: str, term: str) -> None:
    found = extract_quotes("Headline", [_PANEL, paragraph])
    assert all(q.speaker is None for q in found if term in q.text), found


def test_a_quote_only_paragraph_after_other_subjects_stays_without_a_speaker() -> None:
    # near miss: the backoff reads the quotation's own sentence, and a quote-only paragraph
    # has no reporting verb; the earlier speaker is too far back, others acted in between
    found = extract_quotes(
        "Headline",
        [
            _PANEL,
            '"We will see," Jo Min-ho said.',
            "Ryu Seon-woo and Kang Bit-na walked out, and Jo left.",
            "Reporters waited for an hour in the rain.",
            '"Maybe next week, maybe never."',
        ],
    )
    assert [q.speaker_short for q in found] == ["Jo Min-ho", None]
