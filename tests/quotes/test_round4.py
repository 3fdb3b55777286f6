"""Round four of issue 13: grammatical mechanisms rather than words seen in one article, each
pinned by invented examples (no sentence or name comes from any corpus split) and by near
misses that must keep their reading. No speaker rather than a wrong one; a term never has a
speaker."""

from __future__ import annotations

from collections.abc import Sequence

from herald_tui.model import Quote
from herald_tui.quotes import extract_quotes


def quotes(*paragraphs: str, headline: str = "Headline") -> tuple[Quote, ...]:
    return extract_quotes(headline, paragraphs)


def speakers(found: Sequence[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker_short for q in found}


# --- "the agency", "the paper": a body of the same kind that was just the subject -------------


def test_the_agency_is_the_state_body_just_named_under_another_noun() -> None:
    found = quotes(
        "The Korea Tideland Service issued a flood warning for the west coast on Monday.",
        '"Water levels will peak after midnight," the agency said.',
    )
    assert speakers(found) == {"Water levels will peak after midnight,": "Korea Tideland Service"}


def test_the_paper_is_the_daily_just_named() -> None:
    found = quotes(
        'The Hanbit Daily said in an editorial that the reform was "long overdue."',
        '"Parents deserve an answer," the paper said.',
    )
    assert set(speakers(found).values()) == {"Hanbit Daily"}


def test_the_city_is_the_city_government_just_named() -> None:
    found = quotes(
        "The Daegu Metropolitan Government said on Tuesday it would run night buses.",
        '"Nobody should walk home at 2 a.m.," the city said.',
    )
    assert set(speakers(found).values()) == {"Daegu Metropolitan Government"}


def test_the_government_is_not_the_ministry_just_named() -> None:
    found = quotes(
        "The Ministry of Oceans said on Monday the port would reopen.",
        '"We will compensate every crew," the government said.',
    )
    assert speakers(found) == {"We will compensate every crew,": "government"}


def test_a_company_is_no_agency() -> None:
    found = quotes(
        "Dasan Logistics said on Friday it would hire 300 drivers.",
        '"Deliveries must not slip," the agency said.',
    )
    assert speakers(found) == {"Deliveries must not slip,": "agency"}


def test_a_ministry_named_by_its_modifier_is_a_body_of_its_own() -> None:
    found = quotes(
        "The Rural Water Administration said on Monday the dam was sound.",
        'The farm ministry said the repairs would be "finished by spring."',
    )
    assert speakers(found) == {"finished by spring.": "farm ministry"}


# --- the subject of a reported clause is not the sentence's speaker ---------------------------


def test_it_means_the_body_that_said_not_the_country_it_reported_on() -> None:
    found = quotes(
        "The Maritime Safety Agency said on Friday that Japan had agreed to join the search.",
        'It called the offer "a welcome gesture."',
    )
    assert speakers(found) == {"a welcome gesture.": "Maritime Safety Agency"}


def test_a_quotation_standing_alone_goes_on_from_the_speaker_not_the_reported_subject() -> None:
    found = quotes(
        '"The border stays shut," Interior Minister Goh Seon-ae said on Monday.',
        "Goh said the governor of the province had agreed to close two more roads.",
        '"Nobody crosses without a permit."',
    )
    assert speakers(found)["Nobody crosses without a permit."] == "Goh Seon-ae"


def test_a_reported_speaker_still_speaks_the_quotation_its_own_verb_governs() -> None:
    found = quotes('Police said a witness told them the driver had shouted "get out of the way."')
    assert speakers(found) == {"get out of the way.": "driver"}


# --- a naming participle gives a thing its name: no one's words -------------------------------


def test_a_trend_dubbed_something_is_a_term_not_the_next_speakers_words() -> None:
    found = quotes(
        'A habit dubbed "doom saving" has cut card spending, the central bank said on Monday.'
    )
    assert found == ()


def test_a_nickname_after_a_comma_is_a_term() -> None:
    assert quotes('Goalkeeper Ryu Tae-san, nicknamed "the quiet wall," retired on Sunday.') == ()


def test_the_subject_of_what_was_said_is_not_the_subject_of_said() -> None:
    # 'said the final was': "the final" opens the reported clause; no speaker beats "final"
    found = quotes(
        'Goalkeeper Ryu Tae-san, nicknamed "the quiet wall," said the final was "his last."'
    )
    assert speakers(found).get("his last.") in (None, "Ryu Tae-san")


def test_what_a_speaker_called_something_is_still_the_speakers() -> None:
    found = quotes(
        'Mayor Ha Seo-jin criticized what she called "a plan drawn up in a hurry."',
        'The council passed a budget some members called "a betrayal of the harbor."',
    )
    assert speakers(found)["a plan drawn up in a hurry."] == "Ha Seo-jin"
    assert "a betrayal of the harbor." in speakers(found)


# --- a Korean paper's name ends in Ilbo or Sinmun: a body, so "the newspaper" means it ----------


def test_an_ilbo_is_the_newspaper_that_speaks_next() -> None:
    found = quotes(
        "The Hanmaeum Ilbo ran the story on its front page on Monday.",
        'The newspaper said the tender was "rigged from the start."',
    )
    assert speakers(found) == {"rigged from the start.": "Hanmaeum Ilbo"}


# --- "the top court", "the central bank": describing words do not name another body ------------


def test_the_top_court_and_the_central_bank_are_the_bodies_named_before() -> None:
    found = quotes(
        "The Supreme Court on Monday overturned the fine, and the Bank of Korea held rates.",
        '"The law was misread," the top court said.',
        '"Inflation is easing," the central bank said.',
    )
    assert speakers(found) == {
        "The law was misread,": "Supreme Court",
        "Inflation is easing,": "Bank of Korea",
    }


def test_a_naming_word_still_names_another_body() -> None:
    found = quotes(
        "The Seoul High Court on Monday overturned the fine.",
        '"The law was misread," the family court said.',
    )
    assert speakers(found) == {"The law was misread,": "family court"}


# --- an epithet describes again the person the story is about ---------------------------------


def test_an_aged_epithet_is_the_person_just_introduced() -> None:
    found = quotes(
        "When Seo Ha-ram first fired a kiln on her own, she was 19.",
        '"I broke every pot that week," the 41-year-old potter said.',
    )
    assert speakers(found) == {"I broke every pot that week,": "Seo Ha-ram"}


def test_a_veteran_epithet_is_the_titled_person_the_sentence_was_about() -> None:
    found = quotes(
        '"Margins are thin," said Ko Eun-bi, an analyst at Dasom Securities.',
        "Noh Gi-tae, the firm's chief financial officer, spent 20 years at a bank. "
        '"We will not borrow again," the veteran banker said.',
    )
    assert speakers(found)["We will not borrow again,"] == "Noh Gi-tae"


# --- a name that takes "the" is a body's, so "it" may mean it -----------------------------------


def test_it_means_the_body_whose_name_takes_the() -> None:
    found = quotes(
        "North Korea fired a rocket on Sunday. In Washington, the Admiralty said the launch "
        'failed. The test shows the North has "a long way to go," it said.'
    )
    assert speakers(found) == {"a long way to go,": "Admiralty"}


# --- what a thing is known as, or habitually called, is a term --------------------------------


def test_what_a_pattern_is_known_as_is_a_term_even_in_a_speakers_sentence() -> None:
    found = quotes(
        'Engineers say most outages follow a pattern known as "cascade tripping," in which '
        "one failed line overloads its neighbours."
    )
    assert found == ()


def test_what_people_have_long_called_something_is_a_term() -> None:
    found = quotes(
        'Tenants have long called the estate "the glass prison," Mayor Yoo Da-som said.',
        'Local papers have taken to calling the port a "ghost harbour."',
    )
    assert found == ()


def test_what_one_speaker_called_something_stays_a_quotation() -> None:
    found = quotes('Mayor Yoo Da-som criticized what she called "a glass prison for tenants."')
    assert speakers(found) == {"a glass prison for tenants.": "Yoo Da-som"}


def test_what_he_called_is_the_words_of_he() -> None:
    found = quotes(
        "Bang Ui-jin, a professor of transport at Hanul University, faulted the city for what "
        'he called "thirty years of detours."'
    )
    assert speakers(found) == {"thirty years of detours.": "Bang Ui-jin"}


# --- the subject around an aside: a group, a count, "which", "itself" ---------------------------


def test_a_group_with_an_aside_chants() -> None:
    found = quotes(
        'The dockworkers, many carrying flares, chanted "Open the gates!" outside the port.'
    )
    assert speakers(found) == {"Open the gates!": "dockworkers"}


def test_a_count_opening_the_sentence_is_the_group_that_chants() -> None:
    found = quotes(
        'About 300 local fans lined the road, chanting "Bring the cup home!" as the bus passed.'
    )
    assert speakers(found) == {"Bring the cup home!": "local fans"}


def test_a_ministry_with_commas_in_its_name_and_a_which_clause_speaks() -> None:
    found = quotes(
        "The Ministry of Oceans, Ports and Fisheries, which regulates the ferries, urged the "
        'operators to "put safety before schedules."'
    )
    ministry = "Ministry of Oceans, Ports and Fisheries"
    assert speakers(found) == {"put safety before schedules.": ministry}


def test_the_body_itself_is_the_body() -> None:
    found = quotes(
        "The Korea Baseball Organization (KBO) fined the club, ending a review that the "
        'organization itself called "overdue."'
    )
    assert speakers(found) == {"overdue.": "Korea Baseball Organization"}


def test_a_body_named_short_is_the_body_named_in_full_before() -> None:
    found = quotes(
        "The Green Future Party of Korea said on Monday its leader would appeal.",
        'The Green Future Party called the charges "a smear."',
    )
    assert speakers(found) == {"a smear.": "Green Future Party of Korea"}


def test_a_bare_plural_opening_the_sentence_is_the_group_that_speaks() -> None:
    found = quotes('Independent brewers have urged the ministry to "tax by volume, not price."')
    assert speakers(found) == {"tax by volume, not price.": "Independent brewers"}


def test_two_descriptions_in_a_row_keep_the_name_they_follow() -> None:
    found = quotes(
        '"Orders have dried up," Yeon Ha-jun, chief executive of Ganghwa Foundry, a small '
        "maker of ship valves based in Ulsan, told reporters."
    )
    assert speakers(found) == {"Orders have dried up,": "Yeon Ha-jun"}
    assert found[0].speaker is not None and "chief executive" in found[0].speaker


# --- any past tense inverts after a quotation; a sign somewhere reads its words --------------


def test_an_unlisted_verb_inverted_after_a_quotation_names_its_speaker() -> None:
    found = quotes(
        '"We were promised a bridge, not a ferry," grumbled Bae Do-hyun, a fisherman on Jindo.'
    )
    assert speakers(found) == {"We were promised a bridge, not a ferry,": "Bae Do-hyun"}


def test_a_sign_on_a_door_or_in_a_language_reads_its_words() -> None:
    found = quotes(
        'Residents have raised banners in English reading "Slow down, children play here."',
        'The clinic taped a notice on the front door reading "Closed until Monday."',
    )
    assert speakers(found) == {
        "Slow down, children play here.": "banners",
        "Closed until Monday.": "notice",
    }


# --- a startup is a company; an epithet describes the one who just spoke ---------------------


def test_a_name_described_as_a_startup_is_the_company() -> None:
    found = quotes(
        "Nuri Robotics, a Daejeon-based startup, on Monday showed a delivery robot.",
        '"It climbs stairs," the company said.',
    )
    assert speakers(found) == {"It climbs stairs,": "Nuri Robotics"}


def test_an_epithet_after_a_speaker_is_that_speaker_not_an_earlier_holder_of_the_role() -> None:
    found = quotes(
        "Rep. Gu Ja-ho of the ruling party backed the bill last week.",
        '"The reform is overdue," Assembly Speaker Ma Seon-il said on Monday.',
        '"We waited 30 years," the four-term lawmaker said.',
    )
    assert speakers(found)["We waited 30 years,"] == "Ma Seon-il"


def test_a_body_with_its_acronym_before_a_titled_speaker_after_a_quotation() -> None:
    found = quotes(
        '"The launch was detected at 6:10 a.m.," Coast Defense Command (CDC) spokesperson '
        "Lt. Col. Wi Seong-jae told a briefing."
    )
    assert speakers(found) == {"The launch was detected at 6:10 a.m.,": "Wi Seong-jae"}


# --- a short quotation a speaker stresses, or calls something -------------------------------


def test_a_phrase_after_a_speech_verb_and_the_is_the_speakers() -> None:
    found = quotes('Coach Im Da-yeon stressed the "quiet discipline" of her young squad.')
    assert speakers(found) == {"quiet discipline": "Im Da-yeon"}


def test_a_name_after_a_speech_verb_and_the_stays_a_term() -> None:
    found = quotes('Coach Im Da-yeon praised the "Blue Wave Academy" for its work.')
    assert found == ()


def test_what_it_called_a_step_is_its_words() -> None:
    found = quotes(
        "The Korea Rail Authority said it would cut night trains, a step it called "
        '"a painful necessity" for the budget.'
    )
    assert speakers(found) == {"a painful necessity": "Korea Rail Authority"}


def test_according_to_after_another_clause_still_names_who_it_means() -> None:
    found = quotes(
        "Osaka halved delays by adding tracks, according to the Ministry of Land and Transport. "
        'The lesson is that "money alone fixes nothing," it said.'
    )
    assert speakers(found) == {"money alone fixes nothing,": "Ministry of Land and Transport"}


# --- a statement only carries a speaker's words; a bracket before a description -------------


def test_a_statement_carries_the_words_of_the_subject_who_stressed_them() -> None:
    found = quotes(
        '"Two years is a start," said Baek Seo-ah (백서아), vice chair of the Presidential '
        "Council on Rural Towns, at a briefing.",
        'The vice chair also "urged faster rail links for small towns," according to a '
        "statement from the council.",
    )
    assert set(speakers(found).values()) == {"Baek Seo-ah"}


def test_an_adjective_before_a_plural_is_the_speakers_word_not_a_kind() -> None:
    found = quotes('The ministry said it would answer any "ruinous" tariffs on its steel.')
    assert speakers(found) == {"ruinous": "ministry"}


def test_a_noun_before_a_plural_still_names_a_kind() -> None:
    found = quotes('The city will pilot "quiet hour" patrols in May, a spokesperson said.')
    assert found == ()
