"""The classes of newswire shapes that issue 13 found missed or misattributed, each pinned by
several invented examples (no sentence comes from the corpus). The rule throughout: no speaker
rather than a wrong one, and a term never has a speaker."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes


def quotes(*paragraphs: str, headline: str = "Headline") -> tuple[Quote, ...]:
    return extract_quotes(headline, paragraphs)


def speakers(found: Sequence[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker_short for q in found}


# --- long titles: an organisation with its acronym, a Hangul name in brackets ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Trains are safe," Korea Rail Safety and Inspection Agency (KRSIA) Commissioner '
        "Han Bo-ra (한보라) said in an interview with Yonhap News Agency on Monday.",
        '"Trains are safe," KRSIA Commissioner Han Bo-ra (한보라) said.',
        '"Trains are safe," Korea Rail Safety and Inspection Agency Commissioner Han Bo-ra said.',
        "Korea Rail Safety and Inspection Agency (KRSIA) Commissioner Han Bo-ra (한보라) said "
        'the trains were "safe."',
    ],
)
def test_long_title_with_acronym_and_hangul(paragraph: str) -> None:
    (quote,) = quotes(paragraph)
    assert quote.speaker_short == "Han Bo-ra"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Trains are safe," said Commissioner Han Bo-ra of the Korea Rail Safety and '
        "Inspection Agency (KRSIA).",
        '"Trains are safe," Han Bo-ra (한보라), president of the Korea Rail Safety Agency '
        "(KRSA), said.",
    ],
)
def test_person_of_an_agency_is_the_person(paragraph: str) -> None:
    assert speakers(quotes(paragraph)) == {"Trains are safe,": "Han Bo-ra"}


def test_organisation_in_a_title_is_not_the_person() -> None:
    paras = [
        '"Trains are safe," Korea Rail Safety and Inspection Agency (KRSIA) Commissioner '
        "Han Bo-ra (한보라) said.",
        '"Inspections will double," the KRSIA said in a statement.',
        '"We will publish every report," the agency added.',
    ]
    found = speakers(quotes(*paras))
    assert found["Trains are safe,"] == "Han Bo-ra"
    assert found["Inspections will double,"] == "Korea Rail Safety and Inspection Agency"
    assert found["We will publish every report,"] == "Korea Rail Safety and Inspection Agency"


@pytest.mark.parametrize(
    "headline", ["'Trains are safer than ever': KRSIA chief", "KRSIA head: 'Trains are safer'"]
)
def test_headline_chief_of_an_acronym_is_the_person_heading_it(headline: str) -> None:
    body = [
        "Korea Rail Safety and Inspection Agency (KRSIA) Commissioner Han Bo-ra (한보라) spoke "
        "to Yonhap on Monday about the new inspection regime."
    ]
    (head,) = quotes(*body, headline=headline)
    assert head.speaker_short == "Han Bo-ra"


def test_organisation_name_joined_by_and_after_according_to() -> None:
    paras = [
        'Delays were "mostly" caused by snow, according to the Korea Rail Safety and '
        "Inspection Agency (KRSIA)."
    ]
    assert speakers(quotes(*paras)) == {"mostly": "Korea Rail Safety and Inspection Agency"}


def test_headquarters_is_an_organisation_the_role_refers_back_to() -> None:
    paras = [
        "The Central Flood Countermeasures Headquarters raised the alert to its highest level.",
        '"Stay away from rivers," the headquarters warned in a text alert.',
    ]
    assert speakers(quotes(*paras)) == {
        "Stay away from rivers,": "Central Flood Countermeasures Headquarters"
    }


def test_venerable_is_a_title() -> None:
    paras = ['"The bell rings for everyone," said Ven. Doyun, the abbot of the temple.']
    assert speakers(quotes(*paras)) == {"The bell rings for everyone,": "Doyun"}


# --- short quotations in a sentence whose speaker is known are partials ----------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            'The new bridge poses "no risk" to shipping, a port authority official said Friday.',
            "no risk",
            "port authority official",
        ),
        (
            'The opening day was "remarkably calm," according to the station master.',
            "remarkably calm,",
            "station master",
        ),
        (
            'Most of the injured were "lightly" hurt, according to the Busan Fire Department.',
            "lightly",
            "Busan Fire Department",
        ),
        (
            'Talks were "productive" and "frank," the vice minister said.',
            "frank,",
            "vice minister",
        ),
        (
            '"Nothing" in the draft is final and the talks were "useful," the envoy said.',
            "Nothing",
            "envoy",
        ),
    ],
)
def test_short_quotation_in_a_sentence_its_closing_clause_attributes(
    paragraph: str, text: str, speaker: str
) -> None:
    assert speakers(quotes(paragraph))[text] == speaker


# --- terms mentioned as words never get a speaker --------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Park said Seoul counts Hanoi among its "core partners," a term the ministry uses for '
        "its closest allies.",
        'The minister called the program "Blue Ladder," the name of a 1990s housing plan.',
        'Officials kept using "soft landing," a phrase the central bank coined last year.',
    ],
)
def test_quotation_an_appositive_calls_a_term_is_no_quotation(paragraph: str) -> None:
    assert quotes(paragraph) == ()


# --- documents that speak: banners, signs, announcements -------------------------------------


def test_documents_reading_or_playing_speak_for_themselves() -> None:
    paras = [
        'Nurses carried placards reading "Staff the wards" and signs saying "Safe shifts now."',
        'At the terminal, a recorded announcement repeated: "All ferries are suspended."',
        '"We are ready," the captain said.',
        'The old motto was everywhere in the port: "Sail on."',
    ]
    found = speakers(quotes(*paras))
    assert found["Staff the wards"] == "placards"
    assert found["Safe shifts now."] == "signs"
    assert "announcement" in (found["All ferries are suspended."] or "")
    assert found.get("Sail on.") is None  # a motto: no speaker, or (round 11) not extracted


# --- a paragraph that is only a quotation continues the speaker before it --------------------


@pytest.mark.parametrize(
    "between",
    [
        "Ahn said the talks would continue next week in Geneva.",  # a paraphrase by the speaker
        "Asked whether tariffs would rise, Ahn shook his head.",  # no one else speaks
        "He said the two sides were close on most items.",
    ],
)
def test_quote_only_paragraph_continues_across_narration(between: str) -> None:
    paras = [
        '"We expect a deal by spring," Trade Minister Ahn Sung-jae said in an interview.',
        between,
        '"Tariffs are not on the table."',
    ]
    assert speakers(quotes(*paras))["Tariffs are not on the table."] == "Ahn Sung-jae"


def test_quote_only_paragraph_after_a_question_is_the_answer() -> None:
    paras = [
        '"We will win," Governor Seo Dong-hwa said.',
        "A reporter asked whether the plan would pass the council.",
        '"It will, by a wide margin."',
    ]
    assert speakers(quotes(*paras))["It will, by a wide margin."] == "Seo Dong-hwa"


def test_quote_only_paragraph_after_a_group_that_spoke_is_the_group() -> None:
    paras = [
        '"We will not back down," said Chung Min-ho, head of the merchants\' association.',
        "District officials said compensation talks would resume next month.",
        '"We have offered a fair deal."',
    ]
    assert speakers(quotes(*paras))["We have offered a fair deal."] == "District officials"


def test_quote_only_paragraph_follows_a_new_speaker_in_between() -> None:
    paras = [
        '"We expect a deal by spring," Trade Minister Ahn Sung-jae said.',
        "Opposition lawmaker Choi Eun-ji said the deal would hurt farmers.",
        '"This is a surrender."',
    ]
    assert speakers(quotes(*paras))["This is a surrender."] == "Choi Eun-ji"


def test_quote_only_paragraph_after_another_subject_has_no_speaker() -> None:
    paras = [
        '"We expect a deal by spring," Trade Minister Ahn Sung-jae said.',
        "Farm groups, led by Choi Eun-ji, have staged rallies for weeks.",
        '"This is a surrender."',
    ]
    assert speakers(quotes(*paras))["This is a surrender."] is None


def test_quote_only_paragraph_far_from_any_speaker_has_none() -> None:
    paras = [
        '"We expect a deal by spring," Trade Minister Ahn Sung-jae said.',
        "The talks began in 2024.",
        "Negotiators have met nine times.",
        "The next round is in May.",
        '"This is the last chance."',
    ]
    assert speakers(quotes(*paras))["This is the last chance."] is None


# --- state media: an action the agency reports is the agency's words -------------------------


def test_state_media_reporting_an_action_is_the_speaker() -> None:
    paras = [
        "North Korea fired two cruise missiles on Sunday, the Korean Central News Agency (KCNA) "
        "said.",
        'Leader Kim Jong-un "inspected the launch preparations with great satisfaction," the '
        "state media reported.",
        'Kim Jong-un "watched the test from an observation post," the KCNA said.',
    ]
    found = speakers(quotes(*paras))
    assert found["inspected the launch preparations with great satisfaction,"] == (
        "Korean Central News Agency"
    )
    assert found["watched the test from an observation post,"] == "Korean Central News Agency"


def test_person_the_state_media_quotes_as_saying_is_the_speaker() -> None:
    paras = [
        'Kim said the drill was "a stern warning to the enemies," according to the KCNA.',
        '"We will answer every provocation," Ri Chol-man said, according to the agency.',
    ]
    found = speakers(quotes(*paras))
    assert found["a stern warning to the enemies,"] == "Kim"
    assert found["We will answer every provocation,"] == "Ri Chol-man"


@pytest.mark.parametrize(
    "text", ["inspected the launch site", "expressed great satisfaction with the results"]
)
def test_action_quoted_with_no_reporting_clause_has_no_speaker(text: str) -> None:
    assert speakers(quotes(f'Kim Jong-un "{text}" on Monday.')) == {text: None}


# --- unusual speech verbs and shapes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ('Hundreds of farmers chanted "Save our rice" outside the assembly.', "Save our rice",
         "farmers"),
        ('The minister also "stressed the need for stronger oversight of lenders."',
         "stressed the need for stronger oversight of lenders.", "minister"),
        ('Lee Bo-ram on Monday "vowed to fight on."', "vowed to fight on.", "Lee Bo-ram"),
        ('"This is a red line," the spokesperson threatened.', "This is a red line,",
         "spokesperson"),
        ('"We will rebuild," the mayor vowed.', "We will rebuild,", "mayor"),
    ],
)  # fmt: skip
def test_unusual_speech_verbs(paragraph: str, text: str, speaker: str) -> None:
    assert speakers(quotes(paragraph))[text] == speaker


# --- "it said": the body that spoke, not a place ---------------------------------------------


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("The Ministry of Unification said Seoul would send aid to Pyongyang.",
         "Ministry of Unification"),
        ("The government task force met in Sejong on Friday to review the plan for Busan.",
         "government task force"),
        ("North Korea fired two missiles toward Japan, the Korean Central News Agency said.",
         "Korean Central News Agency"),
    ],
)  # fmt: skip
def test_it_said_is_the_body_that_spoke(first: str, speaker: str) -> None:
    paras = [first, '"The work will be done by Sunday," it said.']
    assert speakers(quotes(*paras))["The work will be done by Sunday,"] == speaker


# --- the outlet a quotation was told to is not its speaker -----------------------------------


def test_told_yonhap_never_makes_yonhap_the_speaker() -> None:
    paras = [
        "Yonhap News Agency interviewed Park Min-su, a professor at Hanguk University.",
        '"Rates will fall," Park told Yonhap.',
        '"Growth will return," he told Yonhap News Agency on Monday.',
        '"Nobody is sure," a senior official told Yonhap on condition of anonymity.',
    ]
    found = speakers(quotes(*paras))
    assert found == {
        "Rates will fall,": "Park Min-su",
        "Growth will return,": "Park Min-su",
        "Nobody is sure,": "senior official",
    }


def test_role_noun_with_a_qualifier_resolves_to_the_person() -> None:
    paras = [
        "Rep. Kim Sung-ho, a five-term lawmaker, criticized the bill.",
        '"It is a mistake," the veteran lawmaker said.',
    ]
    assert speakers(quotes(*paras)) == {"It is a mistake,": "Kim Sung-ho"}


# --- role nouns resolve to the person the article names --------------------------------------


def test_role_introduced_before_the_name_is_that_person() -> None:
    paras = [
        'The new wing drew "far more visitors than we hoped," according to its curator.',
        "Guide Park Ji-ho said the queues were long.",
        '"People came back twice," said Park Min-su, curator of the Daegu Art Museum.',
        'Curator Park said schools had booked visits. "We are full until May," she said.',
    ]
    found = speakers(quotes(*paras))
    assert found["far more visitors than we hoped,"] == "Park Min-su"
    assert found["People came back twice,"] == "Park Min-su"
    assert found["We are full until May,"] == "Park Min-su"


def test_chief_executive_is_the_ceo_named_later() -> None:
    paras = [
        "Daebong Robotics unveiled a delivery robot on Friday, and the firm's chief executive "
        'described it as "a quiet revolution."',
        '"It climbs stairs," Daebong CEO Namgung Min said at the launch.',
    ]
    found = speakers(quotes(*paras))
    assert found == {"a quiet revolution.": "Namgung Min", "It climbs stairs,": "Namgung Min"}


def test_title_and_surname_of_two_people_picks_neither() -> None:
    paras = [
        '"The wing is full," said Park Min-su, curator of the Daegu Art Museum.',
        '"Ours is not," said Park Ji-ho, curator of the Mokpo Art Museum.',
        '"The ministry will decide," Curator Park said.',
    ]
    found = speakers(quotes(*paras))
    assert found["The ministry will decide,"] not in ("Park Min-su", "Park Ji-ho")


# --- partial quotations that were missed -----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'The ministry called the drill "reckless"and "provocative," warning of a response.',
            {"reckless": "ministry", "provocative,": "ministry"},
        ),
        (
            'Kim Bo-ra said the plan was "unrealistic" and would be "very costly for '
            'households," adding it needed work.',
            {"unrealistic": "Kim Bo-ra", "very costly for households,": "Kim Bo-ra"},
        ),
        (
            'Lee Bo-ram said the deal was "a betrayal, and called it "a disgrace to the nation."',
            {"a betrayal,": "Lee Bo-ram", "a disgrace to the nation.": "Lee Bo-ram"},
        ),
        (
            "Mayor Choi Min-ho on Monday defended his plan to give every newborn a library card, "
            'calling the project "a gift, not a gimmick" as council members questioned its cost.',
            {"a gift, not a gimmick": "Choi Min-ho"},
        ),
    ],
)
def test_missed_partial_fragments(paragraph: str, expected: dict[str, str]) -> None:
    assert speakers(quotes(paragraph)) == expected


def test_a_title_after_a_labelling_verb_is_still_a_title() -> None:
    assert quotes('Critics called the film "Blue Moon" a flop.') == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        'The joint statement said the two would raise their ties to a "strategic partnership."',
        'The city was designated as a "special tourism zone" by the ministry, Kim said.',
    ],
)
def test_status_named_after_to_a_or_as_a_is_a_term(paragraph: str) -> None:
    assert quotes(paragraph) == ()


def test_status_words_after_a_labelling_verb_are_quoted() -> None:
    paras = ['Kim Bo-ra described the drill as a "rehearsal for invasion."']
    assert speakers(quotes(*paras)) == {"rehearsal for invasion.": "Kim Bo-ra"}


# --- organisations named by a role noun: the paper, the agency, the North ------------------


def test_the_paper_and_the_newspaper_are_the_newspaper_named() -> None:
    paras = [
        "The Minju Sinmun, the official newspaper of the ruling party, said in an editorial "
        'that the drills were "a rehearsal for war."',
        '"Washington must choose," the newspaper said.',
        '"Seoul is a puppet," the paper added.',
    ]
    assert set(speakers(quotes(*paras)).values()) == {"Minju Sinmun"}


def test_a_countrys_agency_is_the_agency_and_the_north_is_the_country() -> None:
    paras = [
        "North Korea fired a cruise missile on Monday.",
        "North Korea's Korean Central News Agency (KCNA) said the test was a success.",
        '"The missile will bolster our deterrence," the agency said.',
        '"We will respond to every drill," the North said.',
        '"Seoul will regret it," Pyongyang said.',
    ]
    found = speakers(quotes(*paras))
    assert found["The missile will bolster our deterrence,"] == "Korean Central News Agency"
    assert found["We will respond to every drill,"] == "North Korea"
    assert found["Seoul will regret it,"] == "North Korea"


def test_a_possessive_inside_a_party_name_stays_in_the_name() -> None:
    paras = ['"It is a show," said the People\'s Hope Party.']
    assert speakers(quotes(*paras)) == {"It is a show,": "People's Hope Party"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Leader Kim Jong-un watched the launch.",
         '"The enemies will pay," the KCNA quoted Kim as saying.'),
        ("Leader Kim Jong-un watched the launch.",
         'The KCNA quoted Kim as saying, "The enemies will pay."'),
    ],
)  # fmt: skip
def test_quoted_as_saying_gives_the_person_quoted(paragraphs: tuple[str, str]) -> None:
    found = quotes(*paragraphs)
    assert [q.speaker_short for q in found] == ["Kim Jong-un"]


def test_chief_of_an_acronym_in_the_body() -> None:
    paras = [
        "Financial Services Commission (FSC) Chairman Yoon Ji-ho (윤지호) told reporters that "
        "the rules would be eased.",
        '"We will act quickly," the FSC chief said.',
    ]
    assert speakers(quotes(*paras)) == {"We will act quickly,": "Yoon Ji-ho"}


@pytest.mark.parametrize(
    ("paragraph", "text"),
    [
        ("North Korean leader Kim Jong-un denounced the allied drills as a \"rehearsal for "
         "invasion,\" the Korean Central News Agency (KCNA) reported Tuesday.",
         "rehearsal for invasion,"),
        ('North Korean leader Kim Jong-un said the test was "a success," state media reported.',
         "a success,"),
    ],
)  # fmt: skip
def test_what_state_media_says_a_person_said_is_the_persons(paragraph: str, text: str) -> None:
    assert speakers(quotes(paragraph))[text] == "Kim Jong-un"


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ("The foreign ministry on Tuesday expressed \"deep concern\" over the launch.",
         "deep concern", "foreign ministry"),
        ('Opposition leader Ahn Mi-rae voiced "serious doubts" about the plan.',
         "serious doubts", "Ahn Mi-rae"),
        ('The North\'s KCNA said the launch was a "routine" test.', "routine", "KCNA"),
    ],
)  # fmt: skip
def test_expressed_and_voiced_quote_their_subject(paragraph: str, text: str, speaker: str) -> None:
    assert speakers(quotes(paragraph))[text] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        'Kim Jong-un ordered the words "unification" and "peace" removed from the constitution, '
        "the KCNA said.",
        'The ministry said the words "compatriots," "reunification" and "one nation" were gone.',
        'Lee Bo-ram used the term "soft landing" five times in her speech.',
        'The army formed a unit known as the "Storm Corps" last year, the ministry said.',
    ],
)
def test_words_mentioned_as_words_never_get_a_speaker(paragraph: str) -> None:
    assert all(q.speaker is None for q in quotes(paragraph))


def test_the_company_is_not_a_group_of_companies() -> None:
    paras = [
        "Hallim Foods opened a noodle factory in Iksan on Friday.",
        "Korean noodle makers sold 3 billion packs abroad last year.",
        'Later, the company said it was "proud of every worker" at the plant.',
    ]
    assert speakers(quotes(*paras)) == {"proud of every worker": "Hallim Foods"}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("The defense ministry said North Korea fired two missiles on Monday.",
          "Pyongyang has fired more than 20 missiles this year.",
          '"We are watching closely," it said.'), "defense ministry"),
        (("The unification ministry said talks were off.",
          "Two days later, North Korea said in a statement that it would respond.",
          '"The drills are a provocation," it said.'), "North Korea"),
    ],
)  # fmt: skip
def test_it_said_is_the_body_that_last_spoke(paragraphs: tuple[str, ...], speaker: str) -> None:
    (quote,) = quotes(*paragraphs)
    assert quote.speaker_short == speaker


def test_head_of_a_body_is_the_leader_named_later() -> None:
    paras = [
        'Rail safety "cannot wait" for new budgets, the head of the state rail safety agency '
        "said Tuesday.",
        '"We need inspectors now," Korea Rail Safety Agency (KRSA) President Oh Eun-young '
        "(오은영) said in an interview with Yonhap News Agency.",
    ]
    found = quotes(*paras, headline="(Yonhap Interview) Rail agency chief: 'We need inspectors'")
    assert {q.speaker_short for q in found} == {"Oh Eun-young"}


def test_description_with_a_countrys_possessive_keeps_the_name() -> None:
    paras = [
        '"We are ready," Lee Jae-hoon, South Korea\'s top trade negotiator, told reporters.',
        '"It will be hard," the negotiator added.',
    ]
    assert set(speakers(quotes(*paras)).values()) == {"Lee Jae-hoon"}


def test_headline_word_inside_a_longer_body_quotation_is_not_that_quotation() -> None:
    body = ['Critic Yoon Seo-a called the film "a quiet masterpiece."']
    found = quotes(*body, headline="Director Park Ji-ho on 'quiet' films")
    assert [q.paragraph for q in found] == [0]


def test_headline_words_the_body_quotes_as_such_keep_their_speaker() -> None:
    body = ['The first week was "surprisingly quiet," principal Kim Soo-ah said.']
    (head, _) = quotes(*body, headline="Phone ban off to 'quiet' start")
    assert head.speaker_short == "Kim Soo-ah"


@pytest.mark.parametrize("surname", ["Son", "Ahn", "Seo"])
def test_a_surname_that_is_also_a_word_stays_in_the_name(surname: str) -> None:
    paras = [f'"It was the best game of my life," said {surname} Ji-woo, who scored twice.']
    assert speakers(quotes(*paras)) == {"It was the best game of my life,": f"{surname} Ji-woo"}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('UN Secretary-General Ana Lindqvist called for "maximum restraint."', "Ana Lindqvist"),
        ('"We are concerned," IAEA Director-General Tomas Ferreira said.', "Tomas Ferreira"),
    ],
)
def test_hyphenated_titles(paragraph: str, speaker: str) -> None:
    assert list(speakers(quotes(paragraph)).values()) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Yoo Mi-ra said the agency would pilot "social prescribing" programs in 10 cities.',
        'The city will open "car-free Sunday" zones next year, Mayor Oh Jin-su said.',
    ],
)
def test_quotation_naming_a_kind_of_thing_before_its_noun_is_a_term(paragraph: str) -> None:
    assert quotes(paragraph) == ()


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ('Kim Bo-ra spoke on Tuesday, urging a "swift" response.', "swift", "Kim Bo-ra"),
        ('The envoy noted a "broadly shared" concern.', "broadly shared", "envoy"),
        ('The company promised a "full" refund.', "full", "company"),
    ],
)
def test_words_a_reporting_verb_governs_before_a_noun_are_quoted(
    paragraph: str, text: str, speaker: str
) -> None:
    assert speakers(quotes(paragraph)) == {text: speaker}


def test_a_bodys_survey_speaks_for_the_body_not_the_outlet() -> None:
    paras = [
        '"We never ask," Korea Rail Safety Agency (KRSA) President Oh Eun-young said in an '
        "interview with Yonhap News Agency.",
        'According to the agency\'s survey, 21 percent of riders felt "unsafe at night."',
    ]
    found = speakers(quotes(*paras))
    assert found["unsafe at night."] == "Korea Rail Safety Agency"


def test_headline_quote_closing_after_a_plural_noun() -> None:
    body = ['"Engineers rebuilt more than roads," envoy Ana Lindqvist said in a video message.']
    head = quotes(*body, headline="UN envoy: ‘Engineers rebuilt more than roads’ in Sudan")[0]
    assert (head.paragraph, head.text, head.speaker_short) == (
        None,
        "Engineers rebuilt more than roads",
        "Ana Lindqvist",
    )


# --- a person's statement or post speaks for the person -------------------------------------


def test_the_statement_of_a_named_person_is_that_persons() -> None:
    paras = [
        "Ri Sol-hwa, a vice department director of the ruling party, said in a statement "
        'carried by the KCNA that Seoul would "pay dearly."',
        'The statement called the South\'s defense chief "a warmonger."',
        '"Dialogue is a daydream," the statement said.',
    ]
    assert set(speakers(quotes(*paras)).values()) == {"Ri Sol-hwa"}


def test_the_post_is_the_lawmaker_who_wrote_it_not_the_platform() -> None:
    paras = [
        'Rep. Ahn Mi-rae wrote in a Facebook post that the bill was "a disgrace."',
        '"I will vote against it," the post said.',
    ]
    assert set(speakers(quotes(*paras)).values()) == {"Ahn Mi-rae"}


def test_a_bodys_statement_speaks_for_the_body() -> None:
    # round 8: tuning11's labels give "the statement said" to the body that
    # issued it, as to a person (this test pinned "statement" before)
    paras = [
        "The ministry announced in a statement that the talks were off.",
        '"We regret the decision," the statement said.',
    ]
    assert speakers(quotes(*paras)) == {"We regret the decision,": "ministry"}


def test_a_follow_up_question_of_its_own_is_the_questioners() -> None:
    paras = [
        "Governor Seo Dong-hwa met reporters on Monday.",
        '"Will you run for president?" one reporter asked.',
        '"Not this year," he replied.',
        '"What about 2030?"',
        '"Ask me then," Seo said, laughing.',
    ]
    assert [q.speaker_short for q in quotes(*paras)] == [
        "reporter",
        "Seo Dong-hwa",
        "reporter",
        "Seo Dong-hwa",
    ]


def test_a_speakers_own_question_after_an_answer_stays_theirs() -> None:
    paras = [
        '"Is it fair?" a reporter asked.',
        '"No," Kim Bo-ra said.',
        '"We will not pay," Kim said. "Why should we?"',
    ]
    assert speakers(quotes(*paras))["Why should we?"] == "Kim Bo-ra"


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ('Kim Bo-ra, whom critics have called "reckless," said she would run again.',
         "reckless,", "critics"),
        ('The plan, which the opposition has dubbed "a giveaway," passed on Monday, the '
         "ministry said.", "a giveaway,", "opposition"),
        ('Dubbed "the iron lady" by fans, Ahn Mi-rae won her third title, the federation said.',
         "the iron lady", None),
    ],
)  # fmt: skip
def test_characterisation_in_a_relative_clause_or_participle(
    paragraph: str, text: str, speaker: str | None
) -> None:
    assert speakers(quotes(paragraph))[text] == speaker


def test_quote_that_lost_its_opening_mark_starts_with_its_sentence() -> None:
    paras = [
        "Asked about her future, Ra Bo-mi said she had offers but had not decided. Tonight I "
        'just want to rest with my teammates," she said.'
    ]
    assert speakers(quotes(*paras)) == {
        "Tonight I just want to rest with my teammates,": "Ra Bo-mi"
    }


def test_a_stray_closing_mark_without_attribution_is_no_quotation() -> None:
    assert quotes('The vote was close. Lawmakers went home" early on Friday.') == ()


def test_quote_that_lost_its_closing_mark_before_a_long_title() -> None:
    paras = [
        '"We will listen to parents and adjust where needed, Vice Education Minister Ji '
        "Sang-woo told reporters."
    ]
    assert speakers(quotes(*paras)) == {
        "We will listen to parents and adjust where needed,": "Ji Sang-woo"
    }


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        ('The ministry urged restraint, calling the move "reckless," Yonhap reported.',
         "reckless,", "ministry"),
        ('Lee Bo-ram said the plan was "unrealistic," Yonhap News Agency reported.',
         "unrealistic,", "Lee Bo-ram"),
        ('Protesters chanted "Go home," according to Yonhap.', "Go home,", "Protesters"),
    ],
)  # fmt: skip
def test_yonhap_relaying_words_is_not_their_speaker(
    paragraph: str, text: str, speaker: str
) -> None:
    assert speakers(quotes(paragraph))[text] == speaker


def test_words_of_an_embedded_what_clause_are_not_the_sentences_subjects() -> None:
    paras = [
        "Hanul Motors and its union reached a wage deal on Thursday after what both sides "
        'described as "tough" negotiations.'
    ]
    assert speakers(quotes(*paras)) == {"tough": None}


def test_a_number_with_thousands_separators_is_one_word() -> None:
    paras = ['The union\'s 45,000 members rejected the deal, calling it "an insult."']
    assert speakers(quotes(*paras)) == {"an insult.": "union's 45,000 members"}


def test_the_courts_bench_speaks_for_the_court_but_its_spokesperson_is_a_person() -> None:
    paras = [
        "The Seoul High Court ruled on Thursday that the merger was void.",
        'In a 3-0 decision, the court\'s panel said the vote was "deeply flawed."',
        '"We will appeal," the company\'s spokesperson said.',
    ]
    found = speakers(quotes(*paras))
    assert found["deeply flawed."] == "Seoul High Court"
    assert found["We will appeal,"] != "Seoul High Court"


def test_a_body_introduced_by_its_kind_is_the_one_named_later() -> None:
    paras = [
        'The comet poses "no threat" to Earth, a state-run research institute said Wednesday.',
        '"It will pass safely," the Korea Ocean and Polar Research Institute (KOPRI) said.',
    ]
    assert set(speakers(quotes(*paras)).values()) == {"Korea Ocean and Polar Research Institute"}


def test_a_body_of_another_kind_is_not_the_one_introduced() -> None:
    paras = [
        'The plan is "sound," a state-run research institute said Wednesday.',
        '"It is not," the Korea Federation of Small Businesses said.',
    ]
    found = speakers(quotes(*paras))
    assert found["sound,"] != "Korea Federation of Small Businesses"


def test_a_subordinate_clause_has_its_own_subject() -> None:
    paras = [
        'Ra Bo-mi, 27, scored in the 84th minute, as a crowd of about 6,000 chanted "Go! Go!"',
        'Kim Do-hun scored twice, while fans waved flags reading "MVP."',
    ]
    found = speakers(quotes(*paras))
    assert found["Go! Go!"] not in (None, "Ra Bo-mi")
    assert found["MVP."] == "flags"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"I never thought I would see it," said a man in his 70s from the harbor, smiling.',
         "man in his 70s from the harbor"),
        ('"It was loud," said a student in her 20s.', "student in her 20s"),
    ],
)  # fmt: skip
def test_unnamed_speaker_keeps_the_phrases_describing_them(paragraph: str, speaker: str) -> None:
    assert list(speakers(quotes(paragraph)).values()) == [speaker]


def test_a_quote_near_the_top_never_takes_a_speaker_from_the_end() -> None:
    paras = [
        '"This is the worst I have seen."',
        "Snow fell across the capital overnight.",
        "Kim Bo-ra said the roads would reopen by noon.",
    ]
    assert speakers(quotes(*paras))["This is the worst I have seen."] is None


def test_a_capitalised_title_opening_a_sentence_is_still_a_title() -> None:
    assert quotes('"Parasite" won the top prize, the festival said.') == ()
