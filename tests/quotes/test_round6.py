"""Round six of issue 13: rules judged by whether they carry to text nobody read. Every example
is invented (no sentence or name comes from any corpus split), written from the grammar of
wire copy rather than from one article; near misses pin the readings the rules must keep."""

from __future__ import annotations

import pytest

from tests.quotes.test_round4 import quotes, speakers

# --- more frames that make a quoted span a word, a name or a label ----------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        # a gloss or a translation of the word before it
        'Ko Eun-ji said jeonse, or "key money" leases, had become risky for tenants.',
        'The practice is known as gapjil, meaning "abuse of power," Lee Tae-o said.',
        'The word nunchi, which translates as "eye measure," is hard to explain, Park said.',
        'Han Yu-ri said the term, literally "the tiger\'s den," was coined in the 1990s.',
        'MZ, short for "millennials and Gen Z," is a marketing term, Kim Bo-ra said.',
        'The agency said "K" in its name stands for "kindness."',
        'Kim Bo-ra said "hallyu," which means "Korean wave," began in the 1990s.',
        # a class a verb of classing puts something in
        'The drug, marketed as "sleep aid," was banned last year, the ministry said.',
        'Kim Bo-ra said the deal was classified as "urgent" by the ministry.',
        'The ministry listed the virus as "high risk," Kim Bo-ra said.',
        'Officials refer to the plan as "phase two," Kim Bo-ra said.',
        'The operation, known internally as "blue door," ended in March, police said.',
        # the sentence names the quotation as a word just after it
        'The party adopted "fair growth" as its campaign slogan, its leader said.',
        'Students voted "kindness" the word of the year, the institute said.',
        'The ministry said it had adopted "smart farm" as the official term.',
        # a compound naming a kind of policy or thing
        'Seoul has pursued "strategic clarity" diplomacy since last year, the minister said.',
        "Critics said the festival's \"people's choice\" award went to a debut film.",
        'The app\'s "safe route" feature will be free, chief executive Lee Min-ho said.',
        # a name in sentence case after a noun of a kind of event or plan
        'Kim Bo-ra said the exercise "Keep the skies safe" would run until May.',
        'Organizers said the festival "Lights on the river" drew 2 million visitors.',
        # what a group habitually calls it
        'What locals call "the blue road" runs along the coast, Kim Bo-ra said.',
        # the words of a chant named by its noun
        'Asked about the chant "Ha-na, one more!" that fans shouted, Kim Bo-ra smiled.',
        # a text named by its noun; a word in a language; a word's equivalent
        'Kim Bo-ra posted a photo with the caption "home at last," her agency said.',
        'The campaign\'s tagline, "eat local," was written by a student, the ministry said.',
        'The word is "jeong" in Korean, meaning a deep bond, Kim Bo-ra said.',
        'The Korean equivalent of "burnout" is rarely used, Kim Bo-ra said.',
        'The drama\'s title is a play on "moon river," the writer said.',
        # what some of a group call it; a word for something
        'The crossing, which some in the neighborhood call "the cursed corner," reopened,'
        " Ko Eun-ji said.",
        'Kim Bo-ra said "nunchi," a Korean word for "reading the room," was hard to teach.',
        # a verb of naming with its object, words typed or dropped
        'The ruling party named the bill "the youth hope act," its floor leader said.',
        'Park Ji-su said she typed "refund" into the search bar and got nothing.',
        'Lawmakers debated whether to drop "temporary" from the job title, Lee Tae-o said.',
        'The ballots were marked "invalid" by election officials, Lee Tae-o said.',
        'The parcel was stamped "return to sender," a postal official said.',
        'Searches for "jeonse refund" tripled last month, the portal operator said.',
        'Han Yu-ri said the firm would stop using "premium" to describe its cheapest plan.',
    ],
)
def test_a_word_in_a_frame_of_its_own_is_no_quotation(paragraph: str) -> None:
    assert quotes(paragraph) == ()


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        # a predicate after a noun of a kind: the speaker's words, in lower case
        ('Park Ji-su said the festival "exceeded expectations" this year.', None, "Park Ji-su"),
        ('The minister said the policy "needs more time" to work.', None, "minister"),
        ('Lee Tae-o said the drill "went well."', None, "Lee Tae-o"),
        # what the subject calls the thing: the subject's words
        ('The ministry called the drill "reckless."', None, "ministry"),
        ('The North branded the drills as "a dangerous provocation."', None, "North Korea"),
        ('Kim Bo-ra described the plan as "unrealistic."', None, "Kim Bo-ra"),
        # a consequence after "meaning" or "which means", not a gloss
        (
            'Kim Bo-ra said the firm would cut jobs, which means "real pain" for workers.',
            "real pain",
            "Kim Bo-ra",
        ),
        (
            'Kim Bo-ra said the firm would cut jobs, meaning "real pain" for workers.',
            "real pain",
            "Kim Bo-ra",
        ),
        # "use" with an aim, not a word used: the speaker's words
        ('Officials said they would use "every means" to stop the smuggling.', None, "Officials"),
        # "or" between two of the speaker's quotations
        (
            'Kim Bo-ra said the deal was "fair," or "at least balanced," and would pass.',
            "at least balanced,",
            "Kim Bo-ra",
        ),
        # "is literally" as an intensifier
        ('Kim Bo-ra said the market was literally "frozen solid."', None, "Kim Bo-ra"),
        # a word noun after "as" that is no name of the quotation
        ('Kim Bo-ra said the talks were "productive" as the two sides met.', None, "Kim Bo-ra"),
    ],
)
def test_a_speakers_words_near_those_frames_keep_the_speaker(
    paragraph: str, text: str | None, speaker: str
) -> None:
    found = speakers(quotes(paragraph))
    if text is None:
        assert list(found.values()) == [speaker]
    else:
        assert found[text] == speaker


# --- a headline speaker after the colon: a body's leader, a body by its initials ---------------


def test_a_headline_leader_of_a_body_is_the_one_person_who_heads_it() -> None:
    found = quotes(
        "Ahn Ji-seok, head of the Korean Dockworkers' Union, said the strike would go on.",
        '"We have no other choice," Ahn said.',
        headline="'We will not back down': union leader",
    )
    assert speakers(found)["We will not back down"] == "Ahn Ji-seok"


def test_a_headline_body_by_its_initials_is_the_body_named_in_full() -> None:
    found = quotes(
        "Central Bank of Terrania Governor Moon Hae-rin said inflation was still too high.",
        '"It is too early to cut," Moon said.',
        headline="'Rates must stay high': CBT chief",
    )
    assert speakers(found)["Rates must stay high"] == "Moon Hae-rin"


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [
        # two people of the body: no telling which one leads it
        (
            "'We will not back down': union leader",
            (
                "Ahn Ji-seok of the Korean Dockworkers' Union said the strike would go on.",
                "Baek Ha-na, a union member, said the talks had stalled.",
            ),
        ),
        # initials no run of the body's words spells
        (
            "'Rates must stay high': KDB chief",
            ("Central Bank of Terrania Governor Moon Hae-rin said inflation was high.",),
        ),
    ],
)
def test_a_headline_speaker_nobody_in_the_body_fits_has_none(
    headline: str, paragraphs: tuple[str, ...]
) -> None:
    found = quotes(*paragraphs, headline=headline)
    assert [q.speaker for q in found if q.paragraph is None] == [None]


# --- a body named in full, then called by what it does ---------------------------------------


@pytest.mark.parametrize(
    ("first", "again", "body"),
    [
        (
            "The Terran Meteorological Administration issued a heat warning.",
            "The weather agency",
            "Terran Meteorological Administration",
        ),
        (
            "The Terran Fair Trade Commission fined a retailer on Thursday.",
            "The antitrust regulator",
            "Terran Fair Trade Commission",
        ),
        (
            "The Terran Revenue Office said it would audit 300 firms.",
            "The tax authority",
            "Terran Revenue Office",
        ),
    ],
)
def test_a_body_called_by_what_it_does_is_the_body_just_named(
    first: str, again: str, body: str
) -> None:
    found = quotes(first, f'{again} said residents "should stay indoors."')
    assert speakers(found) == {"should stay indoors.": body}


def test_a_described_body_after_two_bodies_of_its_kind_is_none_of_them() -> None:
    found = quotes(
        "The Terran Meteorological Administration issued a heat warning.",
        "The Terran Revenue Office said the warning would not delay filings.",
        'The weather agency said residents "should stay indoors."',
    )
    assert speakers(found)["should stay indoors."] == "weather agency"


def test_a_ministry_with_a_modifier_is_a_ministry_of_its_own() -> None:
    found = quotes(
        "The Terran Unification Ministry said on Monday that talks had stalled.",
        'The defense ministry said the border was "calm."',
    )
    assert speakers(found)["calm."] == "defense ministry"


@pytest.mark.parametrize(
    ("first", "again", "body"),
    [
        # a word of the name spelled out, or of the phrase that described a nameless body
        (
            "The Terran Rural Power Corp. said output had fallen. The Terran Grid Corp. (T-grid)"
            " said it had sent 40 generators.",
            "the corporation",
            "Terran Grid Corp.",
        ),
        (
            "The Dongmak Ward office said it had passed on the complaint.",
            "the ward",
            "Dongmak Ward",
        ),
        # a bare noun that describes the one state body named
        (
            "The Terran Fair Trade Commission fined seven millers on Thursday.",
            "the watchdog",
            "Terran Fair Trade Commission",
        ),
        # "the company" for a speaker an appositive called a company of some kind
        (
            "Hanil Rail, the operator of the subway network, said it had stopped work.",
            "the company",
            "Hanil Rail",
        ),
    ],
)
def test_a_body_named_again_by_a_noun_its_name_or_description_gives(
    first: str, again: str, body: str
) -> None:
    found = quotes(first, f'"Supply will be protected first," {again} said.')
    assert body in (found[0].speaker or "")


# --- a person's words a body only reports; "the agency" the sentence before was about --------


def test_a_persons_partial_quotation_a_body_reports_is_the_persons() -> None:
    found = quotes(
        'Vice Minister Ahn Bo-ra urged all sides to avoid "any step that raises tensions," the'
        " ministry said."
    )
    assert speakers(found) == {"any step that raises tensions,": "Ahn Bo-ra"}


def test_a_partial_quotation_with_no_ones_reporting_verb_stays_the_bodys() -> None:
    found = quotes(
        'Ahn Bo-ra and her counterpart agreed to draft a "joint road map of steps," the ministry'
        " said."
    )
    assert speakers(found) == {"joint road map of steps,": "ministry"}


def test_the_agency_is_the_body_the_sentence_before_was_about() -> None:
    found = quotes(
        "The drone was built by the Agency for Arms Research.",
        "The Terran Procurement Administration (TPA) said it had signed a deal."
        ' "More units will follow," the agency said.',
    )
    assert speakers(found) == {"More units will follow,": "Terran Procurement Administration"}


def test_the_agency_after_a_ministry_is_the_agency_named_before() -> None:
    found = quotes(
        "The drone was built by the Agency for Arms Research.",
        "The Terran Defense Ministry said it had signed a deal."
        ' "More units will follow," the agency said.',
    )
    assert speakers(found) == {"More units will follow,": "Agency for Arms Research"}


# --- a role after a body's long name; what a group in general calls something ----------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "A Ministry of Trade, Farming and Energy official said the ministry would issue"
            ' "guidelines" to firms. "It can become a safety issue," the official said.',
        ),
        ('"It can become a safety issue," a Ministry of Trade, Farming and Energy official said.',),
    ],
)
def test_a_role_after_a_long_body_name_takes_the_whole_name(paragraphs: tuple[str, ...]) -> None:
    found = quotes(*paragraphs)
    assert found
    for quote in found:
        assert "Ministry of Trade, Farming and Energy official" in (quote.speaker or "")


def test_what_a_group_in_general_calls_something_is_a_term() -> None:
    found = quotes(
        "Ha Jin-u said the bathhouse was one of the last of what urban scholars call"
        ' "third places," where strangers met.'
    )
    assert found == ()


def test_what_speakers_of_the_story_call_something_stays_their_words() -> None:
    found = quotes('Ha Jin-u said the deal was what the two sides call "a new era."')
    assert speakers(found) == {"a new era.": "Ha Jin-u"}


# --- a surname two people share -----------------------------------------------------------------


def test_a_shared_surname_is_the_person_not_named_again_in_full() -> None:
    found = quotes(
        "Oh Da-som, a 19-year-old guard, scored 27 points on Sunday.",
        'Rival coach Oh Gyu-tae said his team had no answer. "Credit to her," Oh Gyu-tae said.',
        'Oh looked nervous at the news conference. "I just did what I was told," Oh said.',
    )
    assert speakers(found) == {
        "Credit to her,": "Oh Gyu-tae",
        "I just did what I was told,": "Oh Da-som",
    }


def test_a_shared_surname_with_no_one_named_again_is_the_newest() -> None:
    found = quotes(
        "Oh Da-som, a 19-year-old guard, scored 27 points on Sunday.",
        'Rival coach Oh Gyu-tae said his team had no answer. "Credit to her," Oh said.',
    )
    assert speakers(found) == {"Credit to her,": "Oh Gyu-tae"}


def test_a_role_set_before_a_name_by_a_comma_is_that_persons() -> None:
    found = quotes(
        '"What does this mean for the sport?" a reporter asked the captain, Ko Min-jae, after'
        " the final.",
        '"Maybe a child starts playing," the captain said.',
    )
    assert speakers(found)["Maybe a child starts playing,"] == "Ko Min-jae"


def test_a_role_of_its_own_before_a_comma_names_no_one_after_it() -> None:
    found = quotes(
        "Ko Min-jae thanked the coach, Baek Ha-neul, and the fans.",
        '"We did it together," the captain said.',
    )
    assert speakers(found)["We did it together,"] != "Baek Ha-neul"


# --- a document that reads its words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "document"),
    [
        (
            '"Riders: take the stairs," read the notice, signed by the residents\' council.',
            "notice",
        ),
        (
            '"Both sides reaffirmed their commitment," read a joint statement issued after the'
            " talks.",
            "joint statement",
        ),
        ('At the market, a banner hung by shopkeepers read: "Rain, please come."', "banner"),
        ('A handwritten sign by the counter at Dano Bath reads: "Thank you for 60 years."', "sign"),
    ],
)
def test_a_document_that_reads_its_words_is_their_speaker(paragraph: str, document: str) -> None:
    (quote,) = quotes(paragraph)
    assert document in (quote.speaker or "")


def test_a_person_reading_a_statement_out_speaks_it() -> None:
    found = quotes('Minister Ahn Bo-ra read a statement: "We regret the delay."')
    assert speakers(found) == {"We regret the delay.": "Ahn Bo-ra"}


def test_a_surname_of_two_words_is_the_person_named_in_full() -> None:
    found = quotes(
        "Deputy Envoy Ana Dela Rosa led the talks on Monday.",
        '"We came to learn," Dela Rosa told reporters.',
    )
    assert "Ana Dela Rosa" in (found[0].speaker or "")


# --- a participle after an infinitive; a quotation inside a relative aside --------------------


def test_a_participle_after_an_infinitive_is_the_sentence_subjects() -> None:
    found = quotes(
        "Mayor Ahn Ji-ho said the city has asked the central government to declare a disaster"
        ' zone, calling the drought "a crisis we have never faced."'
    )
    assert speakers(found) == {"a crisis we have never faced.": "Ahn Ji-ho"}


def test_a_subject_before_a_relative_aside_holding_a_term_speaks() -> None:
    found = quotes(
        'The Ministry of Oceans, which funds the port under its "Blue Harbor" program, vowed'
        ' "uninterrupted support" for the dockworkers.'
    )
    assert speakers(found) == {"uninterrupted support": "Ministry of Oceans"}


def test_a_persons_non_speech_verb_reported_by_an_agency_stays_the_agencys() -> None:
    found = quotes(
        'Ri Chol-su "looked round the new farm with great satisfaction" and praised its'
        " workers, the Korean Central News Agency (KCNA) said."
    )
    assert speakers(found) == {
        "looked round the new farm with great satisfaction": "Korean Central News Agency"
    }


# --- an age epithet; a company known by one word ----------------------------------------------


def test_an_age_no_one_was_given_is_not_an_unnamed_official() -> None:
    found = quotes(
        "Police said Monday they had arrested a man over the fire.",
        '"He admitted to the charges," a police official said.',
        'The 45-year-old told police he had "no intention" of hurting anyone.',
    )
    assert speakers(found)["no intention"] != "police official"
    assert speakers(found)["He admitted to the charges,"] == "police official"


def test_the_company_is_the_newest_body_named_by_one_word() -> None:
    found = quotes(
        "Hanbit Biologics said it signed a deal with Corvane.",
        '"This deal will expand our reach," CEO Ahn Mi-rae said.',
        'Corvane said the deal was "an important step."',
        '"We look forward to working together," the U.S. drugmaker said.',
    )
    assert speakers(found)["We look forward to working together,"] == "Corvane"


def test_a_person_named_in_full_then_by_surname_is_no_company() -> None:
    found = quotes(
        "Hanbit Biologics CEO Ahn Mi-rae said the firm had signed a deal.",
        '"This deal will expand our reach," Ahn said.',
        '"We are proud," the company said.',
    )
    assert speakers(found)["This deal will expand our reach,"] == "Ahn Mi-rae"
    assert speakers(found)["We are proud,"] != "Ahn Mi-rae"  # a person with a title, no company


def test_he_who_told_investigators_is_the_speaker_police_report() -> None:
    found = quotes(
        "Police arrested Ahn Gil-su, 52, on Monday.",
        'He told investigators he was "angry at the world," police said.',
    )
    assert speakers(found) == {"angry at the world,": "Ahn Gil-su"}


def test_words_said_in_a_language_keep_their_speaker() -> None:
    found = quotes('Kim Bo-ra said "thank you" in Korean to the crowd.')
    assert speakers(found) == {"thank you": "Kim Bo-ra"}
