"""One small invented example per newswire convention (see reference/quotes.md and the corpus
README): each pins the quoted text, its offsets, its kind and its speaker."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from herald_tui.model import Article, Quote
from herald_tui.quotes import attach_quotes, extract_quotes


def quotes(*paragraphs: str, headline: str = "Headline") -> tuple[Quote, ...]:
    return extract_quotes(headline, paragraphs)


def the(found: Sequence[Quote], text: str) -> Quote:
    """The one quotation whose text is ``text``."""
    matches = [q for q in found if q.text == text]
    assert len(matches) == 1, f"{text!r} not found once in {[q.text for q in found]}"
    return matches[0]


def check(
    found: Sequence[Quote],
    paragraphs: Sequence[str],
    text: str,
    *,
    kind: str,
    short: str | None,
    full: str | None = None,
) -> Quote:
    """Assert a single-paragraph quotation: text, offsets, kind and both speaker strings."""
    quote = the(found, text)
    source = paragraphs[quote.paragraph] if quote.paragraph is not None else None
    if source is not None:
        assert source[quote.start : quote.end] == text
    assert quote.kind == kind
    assert quote.speaker_short == short
    assert quote.speaker == (full if full is not None else short)
    return quote


# --- glyphs and apostrophes ------------------------------------------------------------------


def test_straight_marks_speaker_after() -> None:
    paras = ['"We will respond firmly to any provocation," Kim Min-ji said Tuesday.']
    found = quotes(*paras)
    assert len(found) == 1
    quote = check(
        found, paras, "We will respond firmly to any provocation,", kind="full", short="Kim Min-ji"
    )
    assert (quote.paragraph, quote.start) == (0, 1)


def test_curly_marks() -> None:
    paras = ["“The talks were frank and useful,” Foreign Minister Cho Tae-yul said."]
    found = quotes(*paras)
    check(
        found,
        paras,
        "The talks were frank and useful,",
        kind="full",
        short="Cho Tae-yul",
        full="Foreign Minister Cho Tae-yul",
    )


def test_apostrophes_are_not_quote_marks() -> None:
    paras = [
        "South Korea's allies' views differ, and officials say they're watching the '90s-style "
        "policy closely.",
        "“Our allies’ position hasn’t changed since the ’90s,” the spokesperson said.",
    ]
    found = quotes(*paras)
    assert [q.text for q in found] == ["Our allies’ position hasn’t changed since the ’90s,"]


def test_single_quotes_nested_in_double_belong_to_the_outer_quote() -> None:
    paras = [
        "Lee Chang-ho, who heads the merchants' association, said officials had made promises.",
        "\"An official stood in front of us and said, 'The market will stay.' We believed him,\" "
        "Lee said.",
    ]
    found = quotes(*paras)
    assert len(found) == 1
    check(
        found,
        paras,
        "An official stood in front of us and said, 'The market will stay.' We believed him,",
        kind="full",
        short="Lee Chang-ho",
    )


# --- headlines -------------------------------------------------------------------------------


BUDGET = (
    "SEOUL, Nov. 26 (Yonhap) -- Finance Minister Choi Jin-seok said Tuesday that talks with the "
    'opposition on the extra budget will be "difficult but necessary."',
)


def test_headline_speaker_after_colon_is_the_person_in_the_body() -> None:
    found = extract_quotes("Budget talks 'difficult but necessary': finance minister", BUDGET)
    head = found[0]
    assert head.paragraph is None
    assert head.text == "difficult but necessary"
    assert "Budget talks 'difficult but necessary'"[head.start - 1 : head.end + 1] == (
        "'difficult but necessary'"
    )
    assert head.kind == "partial"
    assert head.speaker_short == "Choi Jin-seok"


def test_headline_speaker_before_colon() -> None:
    body = [
        "Unification Minister Kim Yung-ho said Monday the government would keep its door open.",
        '"We will not back down on the principle of dialogue," Kim told reporters.',
    ]
    found = extract_quotes("Minister: 'We will not back down'", body)
    head = found[0]
    assert (head.text, head.kind, head.paragraph) == ("We will not back down", "full", None)
    assert head.speaker_short == "Kim Yung-ho"


def test_headline_without_a_body_counterpart_resolves_the_colon_phrase() -> None:
    body = ["Unification Minister Kim Yung-ho visited the border town of Paju on Monday."]
    found = extract_quotes("Unification minister: 'Dialogue is the only way forward'", body)
    assert [(q.text, q.kind, q.speaker_short) for q in found] == [
        ("Dialogue is the only way forward", "full", "Kim Yung-ho")
    ]


def test_headline_scare_quote_is_not_a_quotation() -> None:
    body = ["Girl groups are reviving the sound of the 1990s, industry insiders say."]
    assert extract_quotes("K-pop's 'retro wave' rolls on as idols look back", body) == ()


# --- speaker after, before, inverted, told, according to ------------------------------------


def test_speaker_after_inverted_keeps_the_role_in_the_full_string() -> None:
    paras = [
        '"The market has priced in one more cut," said Kim Min-ji, a professor at Korea University.'
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "The market has priced in one more cut,",
        kind="full",
        short="Kim Min-ji",
        full="Kim Min-ji, a professor at Korea University",
    )


def test_told_reporters_with_the_role_resolved_back() -> None:
    paras = [
        "A senior official at the presidential office said the plan was under review.",
        '"No decision has been made yet," the official told reporters.',
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "No decision has been made yet,",
        kind="full",
        short="senior official at the presidential office",
        full="A senior official at the presidential office",
    )


def test_speaker_before_colon() -> None:
    paras = ['Kim said Tuesday: "The sanctions are working. Pyongyang knows it."']
    found = quotes(*paras)
    check(found, paras, "The sanctions are working. Pyongyang knows it.", kind="full", short="Kim")


def test_speaker_before_comma_with_a_pronoun() -> None:
    paras = [
        "Rep. Yoon Hae-sol criticized the budget bill at a party meeting.",
        'She added, "Our door is open, but not to this plan."',
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "Our door is open, but not to this plan.",
        kind="full",
        short="Yoon Hae-sol",
        full="Rep. Yoon Hae-sol",
    )


def test_according_to() -> None:
    paras = [
        '"Exports will slow next year," according to Park Eun-ha, a research fellow at the Korea '
        "Institute for Industrial Economics and Trade."
    ]
    found = quotes(*paras)
    quote = check(
        found,
        paras,
        "Exports will slow next year,",
        kind="full",
        short="Park Eun-ha",
        full="Park Eun-ha, a research fellow at the Korea Institute for Industrial Economics and "
        "Trade",
    )
    assert quote.paragraph == 0


def test_age_and_prepositional_phrases_around_a_name() -> None:
    paras = [
        'Park Ji-won, 45, a nurse at a hospital in Seoul, said she was "exhausted."',
        '"We oppose the bill," said Rep. Ahn Cheol-soo of the ruling People Power Party.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "exhausted.", kind="partial", short="Park Ji-won",
        full="Park Ji-won, a nurse at a hospital in Seoul",
    )  # fmt: skip
    check(
        found, paras, "We oppose the bill,", kind="full", short="Ahn Cheol-soo",
        full="Rep. Ahn Cheol-soo of the ruling People Power Party",
    )  # fmt: skip


def test_person_known_only_by_a_surname() -> None:
    paras = [
        '"I was scared," said a 34-year-old office worker surnamed Kim.',
        '"The border used to be open," said a defector who gave only her surname, Choi.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "I was scared,", kind="full", short="Kim",
        full="Kim, a 34-year-old office worker",
    )  # fmt: skip
    assert the(found, "The border used to be open,").speaker_short == "Choi"


def test_intermediary_is_not_the_speaker() -> None:
    paras = ['"We will answer every drill," Ri Song-chol said, according to KCNA.']
    found = quotes(*paras)
    check(found, paras, "We will answer every drill,", kind="full", short="Ri Song-chol")


def test_said_in_a_statement_by_an_organisation() -> None:
    paras = [
        "The Ministry of Unification expressed regret over the launch.",
        '"The North must stop raising tensions," the ministry said in a statement.',
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "The North must stop raising tensions,",
        kind="full",
        short="Ministry of Unification",
    )


def test_sentence_opening_role_phrase_is_remembered() -> None:
    paras = [
        "The unification ministry will resume aid shipments, officials said on Monday.",
        '"We hope the North responds," the ministry said.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "We hope the North responds,", kind="full",
        short="unification ministry", full="The unification ministry",
    )  # fmt: skip


def test_wrote_on_social_media() -> None:
    paras = [
        '"If there is nothing to hide, there is no reason to fear an independent counsel," '
        "Democratic Alliance leader Min Tae-ho wrote on Facebook."
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "If there is nothing to hide, there is no reason to fear an independent counsel,",
        kind="full",
        short="Min Tae-ho",
        full="Democratic Alliance leader Min Tae-ho",
    )


# --- partial quotes --------------------------------------------------------------------------


def test_partial_quotes_in_narration() -> None:
    paras = ['The minister said the plan was "realistic" and "long overdue."']
    found = quotes(*paras)
    assert [q.text for q in found] == ["realistic", "long overdue."]
    assert all(q.kind == "partial" for q in found)
    assert all(q.speaker == "The minister" for q in found)


def test_partial_quote_after_a_participle_takes_the_sentence_speaker() -> None:
    paras = [
        'Choi dismissed the call for cash handouts, saying they would "add fuel to inflation."'
    ]
    found = quotes(*paras)
    check(found, paras, "add fuel to inflation.", kind="partial", short="Choi")


# --- several paragraphs, several speakers ----------------------------------------------------


def test_quote_over_several_paragraphs_is_one_quotation() -> None:
    paras = [
        'Presiding Judge Lim Soo-bin said: "Corporate crime erodes trust in the market.',
        '"The sentence must send a clear message."',
        "Park's lawyer said he would appeal.",
    ]
    found = quotes(*paras)
    assert len(found) == 1
    quote = found[0]
    assert (quote.paragraph, quote.last_paragraph) == (0, 1)
    assert quote.text == (
        "Corporate crime erodes trust in the market. The sentence must send a clear message."
    )
    assert paras[0][quote.start :] == "Corporate crime erodes trust in the market."
    assert paras[1][: quote.end] == '"The sentence must send a clear message.'
    assert (quote.kind, quote.speaker_short) == ("full", "Lim Soo-bin")


def test_quote_over_several_paragraphs_attributed_at_the_end() -> None:
    paras = [
        '"We are not simply buying a product.',
        '"We are choosing a partner for 60 years," Ambassador Tomas Novak said.',
    ]
    found = quotes(*paras)
    assert len(found) == 1
    assert (found[0].last_paragraph, found[0].speaker_short) == (1, "Tomas Novak")


def test_two_speakers_in_a_row_are_not_merged() -> None:
    paras = [
        'Coach Hong Seung-jae named his squad on Wednesday. "We go there to win," he said. '
        '"We have the quality to beat anyone," said Kim Do-hyun, the team\'s goalkeeper.'
    ]
    found = quotes(*paras)
    check(
        found, paras, "We go there to win,", kind="full", short="Hong Seung-jae",
        full="Coach Hong Seung-jae",
    )  # fmt: skip
    check(
        found,
        paras,
        "We have the quality to beat anyone,",
        kind="full",
        short="Kim Do-hyun",
        full="Kim Do-hyun, the team's goalkeeper",
    )


def test_interrupted_quote_is_two_quotations_by_one_speaker() -> None:
    paras = [
        "Ministry spokesperson Yang Hee-jin took questions.",
        '"We will respond," she said, "calmly and firmly to any provocation."',
    ]
    found = quotes(*paras)
    first = check(found, paras, "We will respond,", kind="full", short="Yang Hee-jin",
                  full="Ministry spokesperson Yang Hee-jin")  # fmt: skip
    second = the(found, "calmly and firmly to any provocation.")
    assert second.kind == "full"
    assert second.speaker_short == first.speaker_short


def test_statement_after_an_attributed_quote_keeps_its_speaker() -> None:
    paras = ['"We cannot wait until spring," Choi Jin-seok said. "Every week has a cost."']
    found = quotes(*paras)
    check(found, paras, "Every week has a cost.", kind="full", short="Choi Jin-seok")


# --- resolving speakers ----------------------------------------------------------------------


def test_bare_surname_resolves_to_the_full_name() -> None:
    paras = [
        "Bank of Korea Governor Shin Kwang-ho kept rates on hold.",
        '"Moving now could do more harm than good," Shin said.',
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "Moving now could do more harm than good,",
        kind="full",
        short="Shin Kwang-ho",
        full="Bank of Korea Governor Shin Kwang-ho",
    )


def test_same_surname_follows_the_full_names() -> None:
    paras = [
        '"Seoul will not be rushed," Vice Foreign Minister Park Yoon-seo said.',
        '"Gaps remain on key issues," said chief negotiator Park Ki-tae.',
        '"Both sides know where the other stands," Park Yoon-seo said.',
    ]
    found = quotes(*paras)
    assert [q.speaker_short for q in found] == ["Park Yoon-seo", "Park Ki-tae", "Park Yoon-seo"]


def test_role_noun_refers_to_the_most_recent_person_with_that_role() -> None:
    paras = [
        '"This is a promise to the people," presidential spokesperson Kang Yu-jin said.',
        '"The people want change," opposition spokesperson Jo Han-byeol said.',
        '"It will be kept," the spokesperson said.',
    ]
    found = quotes(*paras)
    assert found[2].speaker_short == "Jo Han-byeol"


def test_another_role_starts_a_new_person() -> None:
    paras = [
        '"The launch was a message," a senior military official told reporters.',
        "Another official said the military was watching the site closely.",
        '"They time these launches for effect," the official said.',
    ]
    found = quotes(*paras)
    assert found[0].speaker_short == "senior military official"
    assert found[1].speaker == "Another official"


def test_pronoun_after_a_question_means_the_person_answering() -> None:
    paras = [
        "Defense ministry spokesperson Jeon Ha-kyung briefed reporters on Monday.",
        '"Will the delay affect the system?" a reporter asked.',
        'She answered, "No. The schedule had a margin."',
    ]
    found = quotes(*paras)
    check(
        found, paras, "Will the delay affect the system?", kind="full", short="reporter",
        full="a reporter",
    )  # fmt: skip
    assert the(found, "No. The schedule had a margin.").speaker_short == "Jeon Ha-kyung"


def test_unclear_speaker_is_none_rather_than_a_guess() -> None:
    paras = [
        "Council member Ko Eun-bi and the lawyer Shim Dong-jun took turns at the microphone. "
        '"We will take this to court," one of them told the crowd.'
    ]
    found = quotes(*paras)
    check(found, paras, "We will take this to court,", kind="full", short=None)


def test_pronoun_with_nobody_before_it_resolves_to_none() -> None:
    paras = ['"The rain will not stop before Friday," he said.']
    found = quotes(*paras)
    check(found, paras, "The rain will not stop before Friday,", kind="full", short=None)


def test_documents_speak_for_themselves() -> None:
    paras = [
        'One banner at the front of the march read, "Medicine is not a numbers game."',
        "The leaders issued a joint statement after the summit, which said, "
        '"The two sides will meet again next year."',
        'A protester carried a placard that read: "No more delays."',
    ]
    found = quotes(*paras)
    assert the(found, "Medicine is not a numbers game.").speaker_short == (
        "banner at the front of the march"
    )
    assert the(found, "The two sides will meet again next year.").speaker_short == (
        "joint statement"
    )
    assert the(found, "No more delays.").speaker == "a placard"


# --- not quotations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'The director\'s film "The Salt Road" opened the festival on Wednesday.',
        'The two countries ended the "Freedom Edge" exercise on Tuesday.',
        'The alliance was upgraded to a "comprehensive global strategic alliance" in 2023.',
        'The party plans to put its "special counsel bill" to a vote next week.',
        'The figures mark a turnaround from last year\'s "chip winter," when prices plunged.',
        'Nam, dubbed the "Ice Princess" by fans, won the final 6-4.',
        'Prices of the so-called "Seoul premium" apartments kept rising.',
    ],
)
def test_titles_names_nicknames_and_scare_quotes_are_left_out(paragraph: str) -> None:
    assert quotes(paragraph) == ()


def test_one_word_partial_with_a_speaker_is_kept() -> None:
    paras = ['The main opposition party called the response "arrogant."']
    found = quotes(*paras)
    assert [(q.text, q.kind) for q in found] == [("arrogant.", "partial")]


# --- odd marks -------------------------------------------------------------------------------


def test_missing_closing_mark_before_the_attribution() -> None:
    paras = [
        "\"We have been here since the '70s, and our parents were here before us, said Jang "
        "Mi-ok, 68, who runs a rice cake shop.",
        '"The compensation would not cover a year\'s rent," she said.',
    ]
    found = quotes(*paras)
    check(
        found,
        paras,
        "We have been here since the '70s, and our parents were here before us,",
        kind="full",
        short="Jang Mi-ok",
    )
    check(
        found,
        paras,
        "The compensation would not cover a year's rent,",
        kind="full",
        short="Jang Mi-ok",
    )


def test_missing_closing_mark_at_the_end_of_a_paragraph() -> None:
    paras = [
        'A KMA forecaster told Yonhap the front was stalled. "The rain band is not moving north',
        "Heavy snow is expected on Jeju Island.",
    ]
    found = quotes(*paras)
    assert len(found) == 1
    assert found[0].text == "The rain band is not moving north"
    assert found[0].last_paragraph is None
    assert paras[0][found[0].start : found[0].end] == found[0].text


def test_marks_in_two_rows_of_a_table_are_not_a_quotation() -> None:
    paras = ['Model\tNickname\nGV80\t"Big G\nG90\tflagship"', '"It sells," Kim said.\nNext row']
    found = quotes(*paras)
    assert [q.text for q in found] == ["It sells,"]
    check(found, paras, "It sells,", kind="full", short="Kim")


def test_dateline_is_not_a_speaker() -> None:
    paras = ['SEOUL, Jan. 9 (Yonhap) -- "Stay indoors tonight," he said.']
    assert quotes(*paras)[0].speaker is None


# --- titles and roles no list knows ----------------------------------------------------------
# The word lists cannot name every trade a story may quote; these rules read a title or a role
# from where it stands and how it is shaped.


def test_lowercase_word_before_a_name_titles_it() -> None:
    paras = ['"The vines suffered in the heat," sommelier Park Seo-yeon said.']
    found = quotes(*paras)
    check(
        found, paras, "The vines suffered in the heat,", kind="full", short="Park Seo-yeon",
        full="sommelier Park Seo-yeon",
    )  # fmt: skip


def test_role_named_only_by_the_article_refers_back() -> None:
    paras = [
        "Zookeeper Han Min-woo, who has cared for the pandas since 2016, said the cubs were "
        "healthy.",
        '"They eat all day," the zookeeper said.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "They eat all day,", kind="full", short="Han Min-woo",
        full="Zookeeper Han Min-woo",
    )  # fmt: skip


def test_unknown_role_that_speaks_is_someone_new() -> None:
    for paras in (
        ['"The hives are empty," the beekeeper said.'],
        ['"The hives are empty," said the beekeeper.'],
    ):
        found = quotes(*paras)
        check(found, paras, "The hives are empty,", kind="full", short="beekeeper",
              full="the beekeeper")  # fmt: skip


def test_noun_after_a_preposition_or_a_verb_is_not_the_speaker() -> None:
    paras = [
        'A poster pinned to the door of the bakery read: "Closed until Monday."',
        'A fan who attended the concert said it was "pure joy."',
    ]
    found = quotes(*paras)
    assert the(found, "Closed until Monday.").speaker_short == "poster"
    assert the(found, "pure joy.").speaker_short == "fan"


def test_infinitive_has_no_subject_of_its_own() -> None:
    paras = [
        '"The boats are ready," Kim Min-ji said.',
        "The plan to counter the floods is working.",
        '"We have enough fuel," she added.',
    ]
    assert the(quotes(*paras), "We have enough fuel,").speaker_short == "Kim Min-ji"


def test_subject_of_a_passive_is_not_the_speaker() -> None:
    paras = ['The coach was called "a genius" after the final.']
    assert the(quotes(*paras), "a genius").speaker is None


def test_relative_clause_holding_a_quotation() -> None:
    paras = ['Park Ji-won, who was dubbed the "Iron Lady" last year, said the deal was "fair."']
    found = quotes(*paras)
    assert [q.text for q in found] == ["fair."]
    assert found[0].speaker_short == "Park Ji-won"


def test_person_named_as_an_object_is_introduced() -> None:
    paras = ["Officials met Kim Min-ji on Tuesday.", '"It went well," Kim said.']
    assert the(quotes(*paras), "It went well,").speaker_short == "Kim Min-ji"


def test_participle_and_qualifier_order_bound_a_title() -> None:
    paras = [
        "Lee Do-hyun won the vote, beating former chairman Kim Sang-woo.",
        '"The members have spoken," Kim said.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "The members have spoken,", kind="full", short="Kim Sang-woo",
        full="former chairman Kim Sang-woo",
    )  # fmt: skip


def test_preposition_before_a_name_is_no_title() -> None:
    paras = [
        "Lawmakers from both parties, like Kim Min-ji, backed the bill.",
        '"It is fair," Kim said.',
    ]
    assert the(quotes(*paras), "It is fair,").speaker == "Kim Min-ji"


def test_ordinal_before_a_name_is_no_title() -> None:
    paras = ['Kim Min-ji replied in a second Instagram post, saying the claim was "baseless."']
    assert the(quotes(*paras), "baseless.").speaker_short == "Kim Min-ji"


def test_role_given_with_as_and_qualifiers_keep_people_apart() -> None:
    paras = [
        "The club hired Park Ji-sung as its new head coach, replacing former coach Yoo Sang-chul.",
        '"We will attack," the new coach said.',
        '"I wish him luck," the former coach said.',
    ]
    found = quotes(*paras)
    assert the(found, "We will attack,").speaker_short == "Park Ji-sung"
    assert the(found, "I wish him luck,").speaker_short == "Yoo Sang-chul"


def test_new_role_is_not_someone_known_as_former() -> None:
    paras = [
        "Ha Jun-seo won the race for mayor, defeating former mayor Nam Gi-tae.",
        '"We start today," the new mayor said.',
    ]
    assert the(quotes(*paras), "We start today,").speaker_short != "Nam Gi-tae"


def test_verb_before_a_titled_name_is_no_part_of_it() -> None:
    paras = [
        "President Lee Jae-won met Japanese Prime Minister Taro Sato on Monday.",
        '"We agreed to cooperate," Lee said.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "We agreed to cooperate,", kind="full", short="Lee Jae-won",
        full="President Lee Jae-won",
    )  # fmt: skip


def test_words_running_into_a_verb_are_no_description() -> None:
    paras = [
        "Actress Seo Ye-rin won the award.",
        'In an interview with Yonhap, the actress said she "never expected" the role.',
    ]
    assert the(quotes(*paras), "never expected").speaker_short == "Seo Ye-rin"


def test_description_gives_a_role_no_list_knows() -> None:
    paras = [
        "Lee Jae-won, the band's drummer, said the tour would start in May.",
        "Kim Soo-min, a midwife with 30 years of experience, said births had fallen.",
        '"We sold out in an hour," the drummer said.',
        '"Some months we deliver no babies," the midwife said.',
    ]
    found = quotes(*paras)
    assert the(found, "We sold out in an hour,").speaker_short == "Lee Jae-won"
    assert the(found, "Some months we deliver no babies,").speaker_short == "Kim Soo-min"


def test_age_after_a_name_is_how_the_article_refers_back() -> None:
    paras = [
        '"We are ready," said Maria Lopez, 29, a Spanish backpacker.',
        "Park Ji-won, 45, a nurse, waited outside with her son.",
        '"It was chaos," the 45-year-old said.',
        '"It is cheap," the 29-year-old added.',
    ]
    found = quotes(*paras)
    check(
        found, paras, "We are ready,", kind="full", short="Maria Lopez",
        full="Maria Lopez, a Spanish backpacker",
    )  # fmt: skip
    assert the(found, "It was chaos,").speaker_short == "Park Ji-won"
    assert the(found, "It is cheap,").speaker_short == "Maria Lopez"


def test_age_before_a_name_describes_it() -> None:
    paras = [
        "Jang Mi-ok runs a rice cake shop.",
        '"We are not giving up," the 68-year-old Jang said.',
        '"Never," said the 68-year-old.',
    ]
    found = quotes(*paras)
    assert the(found, "We are not giving up,").speaker == "Jang Mi-ok"
    assert the(found, "Never,").speaker == "Jang Mi-ok"


def test_role_surnamed_before_the_verb() -> None:
    paras = ['"It is hard," a teacher surnamed Lee said.']
    found = quotes(*paras)
    check(found, paras, "It is hard,", kind="full", short="Lee", full="Lee, a teacher")


def test_someone_speaks_but_is_no_one_known() -> None:
    paras = ['"We are ready," Kim Min-ji said.', '"Fire!" someone shouted.']
    found = quotes(*paras)
    assert the(found, "Fire!").speaker is None


def test_crowd_counted_with_of_is_who_they_means() -> None:
    paras = ["Hundreds of protesters marched to the city hall.", '"Stop the plant," they chanted.']
    assert the(quotes(*paras), "Stop the plant,").speaker_short == "protesters"


def test_partial_quotations_in_a_row_are_all_partial() -> None:
    paras = ['The ministry called the plan "unworkable," "costly" and "late."']
    found = quotes(*paras)
    assert [(q.text, q.kind, q.speaker_short) for q in found] == [
        ("unworkable,", "partial", "ministry"),
        ("costly", "partial", "ministry"),
        ("late.", "partial", "ministry"),
    ]


def test_one_word_sentence_after_an_attributed_quotation_is_a_statement() -> None:
    paras = ["“We will meet again,” Kim Min-ji said. “Soon.”"]
    assert the(quotes(*paras), "Soon.").speaker_short == "Kim Min-ji"


def test_headline_speaker_by_a_title_no_list_knows() -> None:
    paras = [
        "Glassblower Ahn Bo-ra said the show was meant for children.",
        '"Every vase here was once a pile of sand," the glassblower said.',
    ]
    for headline in (
        "Glassblower: 'Sand becomes light in this room'",
        "(LEAD) Glassblower Ahn says her vases are 'sand that learned to shine'",
    ):
        head = [q for q in quotes(*paras, headline=headline) if q.paragraph is None]
        assert [q.speaker_short for q in head] == ["Ahn Bo-ra"]


# --- organisations -----------------------------------------------------------------------------


def test_name_in_apposition_to_an_organisation_is_one() -> None:
    paras = [
        "Kim Ha-eun thanked her fans.",
        'Her agency, Starboard, said the album would come out in May, which it called "a '
        'turning point."',
    ]
    assert the(quotes(*paras), "a turning point.").speaker_short == "Starboard"


def test_organisation_known_by_the_kind_of_body_it_is() -> None:
    paras = [
        "Kim Ha-eun thanked her fans.",
        'Moonrise Records said the album would come out in May, which it called "a turning point."',
    ]
    assert the(quotes(*paras), "a turning point.").speaker_short == "Moonrise Records"


def test_according_to_opening_a_sentence() -> None:
    paras = ['According to the Korea Water Resources Corporation, "the dam is holding."']
    assert the(quotes(*paras), "the dam is holding.").speaker_short == (
        "Korea Water Resources Corporation"
    )


def test_organisation_name_joined_by_and() -> None:
    paras = [
        "The Korea Rail Safety and Inspection Agency issued a warning.",
        '"Hold the handrail on crowded trains," the agency said.',
    ]
    assert the(quotes(*paras), "Hold the handrail on crowded trains,").speaker_short == (
        "Korea Rail Safety and Inspection Agency"
    )


def test_the_company_refers_to_the_company_named_before() -> None:
    paras = [
        "Daesan Electronics said its quarterly profit rose 12 percent.",
        '"Demand for our chips is strong," the company said.',
    ]
    assert the(quotes(*paras), "Demand for our chips is strong,").speaker_short == (
        "Daesan Electronics"
    )


def test_name_inside_another_phrase_is_introduced() -> None:
    paras = [
        "Unionized workers at Daesan Motors voted to strike on Monday.",
        '"We regret the result," the company said.',
    ]
    assert the(quotes(*paras), "We regret the result,").speaker_short == "Daesan Motors"


def test_acronym_refers_to_the_name_it_abbreviates() -> None:
    paras = [
        "The Korea Coast Guard said two boats were missing.",
        '"The search will go on all night," the KCG said.',
    ]
    found = quotes(*paras)
    assert the(found, "The search will go on all night,").speaker_short == "Korea Coast Guard"


def test_document_is_no_one_he_or_she_means() -> None:
    paras = [
        '"Fares must fall," Kim Min-ji said.',
        'She warned about a leaflet handed out at the station that claims "the fare is fair."',
        '"That leaflet is wrong," she said.',
    ]
    assert the(quotes(*paras), "That leaflet is wrong,").speaker_short == "Kim Min-ji"


def test_who_asked_not_to_be_named_still_speaks() -> None:
    paras = [
        '"The wards are full," said Moon Ga-eun, a nurse.',
        "Another nurse, who asked not to be named, said the shifts were hard to staff. "
        '"Who will cover the night ward?" she said.',
    ]
    quote = the(quotes(*paras), "Who will cover the night ward?")
    assert quote.speaker_short == "nurse"


# --- quotations introduced by narration --------------------------------------------------------


def test_narration_and_colon_without_a_speaker_stop_the_previous_speaker() -> None:
    paras = [
        '"We are ready," Kim Min-ji said.',
        'One slogan was everywhere in the square: "Never again."',
    ]
    assert the(quotes(*paras), "Never again.").speaker is None


def test_person_opening_the_sentence_before_a_colon_speaks() -> None:
    for paras in (
        ['Kim Min-ji was blunt: "Never again."'],
        ['"We are ready," Kim Min-ji said.', 'Her message was simple: "Never again."'],
    ):
        assert the(quotes(*paras), "Never again.").speaker_short == "Kim Min-ji"


def test_possessive_name_opening_the_sentence_before_a_colon() -> None:
    paras = ['"We are ready," Kim Min-ji said.', 'Kim\'s reply to the critics was short: "No."']
    assert the(quotes(*paras), "No.").speaker == "Kim Min-ji"


def test_any_past_tense_after_a_quotation_and_its_subject_reports_it() -> None:
    paras = ['"It is over," Kim Min-ji sighed.', '"Is it?" the coach shrugged.']
    found = quotes(*paras)
    assert the(found, "It is over,").speaker_short == "Kim Min-ji"
    assert the(found, "Is it?").speaker_short == "coach"
    # a title before a past tense is the verb's object, not someone's words
    assert quotes('"Paper Moons," the band released in 2021, topped the charts.') == ()


# --- the pipeline hook -----------------------------------------------------------------------


def test_attach_quotes_fills_the_article() -> None:
    article = Article(
        url="https://en.yna.co.kr/view/AEN1",
        source="yonhap",
        section="",
        headline="Minister: 'We will not back down'",
        paragraphs=('"We will not back down," Kim Yung-ho said.',),
    )
    filled = attach_quotes(article)
    assert [q.paragraph for q in filled.quotes] == [None, 0]
    assert filled.paragraphs == article.paragraphs
