"""Word lists the quotation rules use: reporting verbs, titles, roles, pronouns.

Everything is lowercase; callers compare ``lowercase(word)`` (defined last). The lists
describe English newswire (Yonhap, AP style), not English at large: a word belongs here when
leaving it out makes the extractor miss or misattribute real copy.
"""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (keeps the lists readable)."""
    return frozenset(text.split())


# Round 28: reporting verbs written from English news prose at large, not from the corpus
# (manner of speaking, stance, answering, posting, writing), in the past and "-ing" forms news
# attributes with ('she scoffed', 'retorting that'). Pruned only by stated rules: out are verbs
# that do something else more often than they report words ("pressed", "cheered", "forecast",
# "dissented" a vote), past participles mostly used as modifiers ("alleged", "sworn",
# "repeated"), verbs whose object is the one praised or blamed ("mocked the slogan"), and the
# "-ing" forms of the posting verbs, which are nouns ("a posting").
WRITTEN_SPEECH_VERBS = wordset(
    """
    muttered muttering mumbled mumbling murmured murmuring exclaimed exclaiming snarled
    snarling grumbled grumbling groaned groaning stammered stammering stuttered stuttering
    bellowed bellowing shrieked shrieking wailed wailing pleaded pleading begged begging
    implored imploring beseeched bragged bragging gushed gushing ranted ranting scoffed
    scoffing sneered sneering teased wisecracked deadpanned drawled intoned intoning
    declaimed blurted blurting interjected interjecting chimed chiming conceding asserting
    averred affirmed affirming alleging protested protesting objecting rebutted rebutting
    retorted retorting riposted countering complaining lamenting apologized apologizing
    apologised apologising confessed confessing speculated speculating surmised mused musing
    queried querying inquired inquiring enquired enquiring counseled counselled reassured
    reassuring assuring swore swearing theorized theorised posited positing hypothesized
    opined opining editorialized proclaimed proclaiming disclosed disclosing revealed
    divulged divulging confided confiding recounting narrated narrating elaborated
    elaborating clarified clarifying summarized summarizing summarised summarising repeating
    disagreed disagreeing reminisced reminiscing railed railing fulminated hinted hinting
    implied implying insinuated underlined underlining emphasising tweeting texted emailed
    e-mailed messaged blogged commenting responding answering retweeted scrawled scribbled
    penned jotted rejoined testifying attested attesting vouched trumpeted trumpeting
    radioed radioing
    """
)

# Verbs that report speech and can introduce or follow a full quotation (met in tuning text).
_MET_SPEECH_VERBS = wordset(
    """
    say says said saying tell tells told telling add adds added adding note notes noted noting
    state states stated stress stresses stressed stressing emphasize emphasizes emphasized
    emphasizing emphasise emphasised explain explains explained explaining claim claims claimed
    argue argues argued arguing warn warns warned warning insist insists insisted insisting
    continue continues continued continuing reply replies replied replying respond responds
    responded ask asks asked asking write writes wrote writing post posts posted tweet tweeted
    announce announces announced declare declares declared confirm confirms confirmed
    acknowledge acknowledged admit admits admitted recall recalls recalled predict predicts
    predicted urge urges urged urging suggest suggests suggested observe observed remark
    remarked comment commented mention mentioned agree agreed complain complained vow vows
    vowed vowing pledge pledges pledged pledging promise promises promised promising deny denies
    denied assert asserts asserted objected
    maintain maintains maintained reiterate reiterated lament lamented concede conceded
    caution cautioned conclude concluded testify testified demand demanded contend contended
    counter countered quip quipped joke joked recount recounted answer answered answers
    chant chanted shout shouted read reads reading rule ruled rules order ordered instruct
    instructed threaten threatens threatened threatening highlight highlights highlighted
    highlighting underscore underscores underscored reaffirm reaffirms reaffirmed assure
    assured boast boasted yell yelled scream screamed whisper whispered propose proposed
    chanting shouting report reports reported express expresses expressed expressing voice
    voices voiced declaring announcing confirming stating predicting demanding reiterating
    acknowledging admitting denying cautioning estimated expects estimates believes
    """
)
SPEECH_VERBS = _MET_SPEECH_VERBS | WRITTEN_SPEECH_VERBS

CHARACTERISED_AS = wordset(
    """
    described characterized characterised labeled labelled branded termed portrayed painted
    dismissed derided billed touted
    """
)
"""Participles of characterising before "as": 'was described as "..." by NAME' (the agent's
words), 'the team described as a "..."' with no agent (nobody's words)."""

# Verbs that quote a few words to characterise something: "called the move a 'provocation'".
# They attribute partial quotations only.
ASCRIBING_VERBS = wordset("attribute attributes attributed attributing")
"""Round 397: 'The agency attributed the rise to "..."': what a cause is put down to, in the
subject's words; the participle right before "to" ("a line attributed to NAME") is none."""
LABEL_VERBS = (
    wordset(
        """
    call calls called calling describe describes described describing dub dubbed label labels
    labeled labelled brand branded term termed slam slammed denounce denounced criticize
    criticized criticise criticised condemn condemned praise praised hail hailed accuse accused
    blast blasted slams dismiss dismissed characterize characterized decry decried deride derided
    welcome welcomes welcomed welcoming thank thanks thanked thanking lash lashes lashed
    accuses accusing hails hailing praises praising condemns condemning denounces denouncing
    dismisses dismissing decries decrying derides deriding criticizes criticizing criticises
    criticising blasts blasting slamming brands branding dubs dubbing labeling labelling
    characterizes characterizing lashing liken likens likened likening citing blame blames
    blamed blaming characterise characterised characterises characterising
    """
    )
    | ASCRIBING_VERBS
)

REPORTING_VERBS = SPEECH_VERBS | LABEL_VERBS

# Verbs that may stand before their subject right after a quotation: '"...," said Kim.'
# ("told" never does: "told Kim" names the listener).
INVERTIBLE_VERBS = wordset(
    """
    said says added adds asked noted wrote continued explained replied recalled stressed
    warned insisted argued observed remarked countered quipped concluded
    joked admitted conceded recounted answered responded complained agreed acknowledged
    cautioned sighed laughed
    """
)

# Words that may sit between a subject and its verb: "Kim also said", "he has repeatedly said",
# "Kim was quoted as saying".
AUXILIARIES = wordset(
    """
    also later further then previously earlier once repeatedly recently again reportedly
    separately has had have was were is are had been will would could did does do not
    quoted as went on to then only publicly privately officially initially first been heard
    allegedly already still
    """
)
# round 164: "allegedly" stands between a subject and its verb as "reportedly" does ('a
# message in which Bok allegedly wrote: "..."' is Bok's, not the sentence subject's)
# round 186: "already" and "still" too ('NAME said the guild was still demanding "..."':
# the guild's, not NAME's; 'tenants were already asking whether': the tenants ask)

# Forms of "be": after one, a participle is passive ("was asked", "has been described as").
BE = wordset("is are was were be been being")
OBJECT_PRONOUNS = wordset("him her them me us")
"""Pronouns a verb of telling or asking takes as its hearer ("told them", "urged us to")."""
BE_FINITE = wordset("is was are were")
"""The finite forms of "be" a predicate opens with ('posts calling it "..." were "..."')."""
PERFECT = wordset("has have had")
"""Auxiliaries of a perfect tense: before a naming participle it is a verb with a subject ('a
figure unions have called "a ..."', round 77), "had written" reports as "wrote" does (round
160), and 'what the agency has dubbed "..."' gives a label it keeps (round 159)."""
MODALS = wordset("would will could can may might should must shall")
FINITE = MODALS | BE_FINITE | PERFECT
"""Words that make a clause finite after its subject ("the union has", "Kim would")."""
OWNED = ("'s", "’s")
"""A possessive's endings ("NAME's words")."""
RULINGS = wordset("ruling decision verdict judgment")
"""A court's or a body's rulings, which speak for the body that made them."""
LABELLED_FORMS = wordset("labeled labelled dubbed termed branded")
"""Naming verbs that give a label (not "called": 'what Kim has called "a disgrace"' is often
one speaker's judgement): round 159."""
LABELLING_INGS = wordset("calling describing labeling labelling branding dubbing terming")
"""Participles that label, which a plural noun may head ('posts calling it a "..."'): the
"-s" word before one is that noun, no verb of reporting ("reports", "posts"): round 159."""
RELATIVE_PRONOUNS = wordset("who whose which whom that")
"""Words that open a relative clause after a noun: 'the coach, who ...', 'a sum which ...'."""
RELATIVE_WORDS = RELATIVE_PRONOUNS | wordset("where when")
"""The relative pronouns and adverbs: a phrase holding one holds a clause ("a canteen where
sailors dined"), and the noun before it is the clause's head ("the first visit | when ...")."""

# Participles not ending in "-ed" of the reporting verbs.
PARTICIPLES = wordset("said told written read shown heard known thought")

# Words after which a new clause (and so a subject) may start: conjunctions and sentence
# adverbs. Prepositions are not among them: "across the entrance" is no subject.
CLAUSE_OPENERS = wordset(
    """
    and but or nor so yet while whereas because although though when whenever if unless once
    as that which whom where meanwhile however then later earlier still instead now today
    yesterday
    """
)

PRONOUNS = {
    "he": "person",
    "she": "person",
    "they": "group",
    "it": "org",
    **{w: "nobody" for w in wordset("someone somebody anyone anybody nobody everyone everybody")},
    # a part of a group named before speaks for no one in it: "with some calling it ... and
    # others warning", "Many said"
    **{w: "nobody" for w in wordset("some others many few most several")},
}

# Words that end a description's head noun: "a midwife | with 30 years of experience".
HEAD_ENDS = wordset(
    """
    with by on who whose that which since after during near like over under about across
    behind between among through into without within than
    """
)

# Numbers of people before "of": "Dozens of merchants rallied", "Thousands of fans".
QUANTITIES = wordset("dozens hundreds thousands tens millions scores")

# Time words that may sit between a subject and its verb: "North Korea on Tuesday denounced".
TIME_WORDS = wordset(
    """
    on monday tuesday wednesday thursday friday saturday sunday last this earlier later week
    month year morning afternoon evening night today yesterday tonight recently
    """
)

# Days and months: capitalised, never part of a speaker's name ("On Tuesday Kim said").
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
_DAYS_AND_MONTHS = WEEKDAYS | wordset(
    """
    january february march april may june july august september october november december
    jan feb aug sept oct nov dec
    """
)
CALENDAR = _DAYS_AND_MONTHS | {f"{w}{s}" for w in _DAYS_AND_MONTHS for s in OWNED}
"""Days and months, in the possessive too: "last March's fire" names nobody."""

# Capitalised words that start a sentence or name a date, never part of a speaker's name.
NOT_NAME = CALENDAR | wordset(
    """
    the a an on in at but and or meanwhile however earlier later last this that these those
    when after before while as if also yesterday today tomorrow since during for with
    from by to of under over according asked speaking still yet so then there here it its
    he she they we i you his her their our my your separately instead both such some many
    most several other another one two three four five among amid across through throughout
    despite unlike like beyond near inside outside around no. now not
    """
)

# Round 79: words English capitalises only where they open a sentence, and which open one
# without being its subject's name: a number ("Nine months ago, NAME ..."), the auxiliary of
# a question ("Does she miss ...?", "Did he ...?") and an adverb of scene or degree ("Back in
# the hall, NAME ...", "Even so, NAME ..."; not "Not" or "No", which open a subject: "Not
# everyone agrees", "No one came"), written from English news prose at large, not
# from the corpus. Some spell a surname too ("Back Ji-hoon", "Ok", "Ma"): they are no name
# only where the next word is neither capitalised nor a verb of saying (see
# Narration._sentence_opener).
NUMBER_WORDS = wordset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """
)
"""Numbers spelled out: opening a sentence they count a span of time ("Nine months ago,")
or the subject ("Nine workers walked out"), told apart by the noun after them."""
SPANS_OF_TIME = wordset("seconds minutes hours days weeks months years decades centuries")
SENTENCE_OPENERS = NUMBER_WORDS | wordset(
    """
    does did do is are was were has have had can could should would will
    back even only just now perhaps maybe nearly almost already once soon
    """
)

# Words that end a noun phrase when read right to left: "met with | Kim", "that | the official".
PHRASE_BOUNDARIES = wordset(
    """
    and but or nor while as that which who whom whose because although though when where
    whereas after before since if unless until than so yet with to by about against between
    during into onto upon without said says told added noted what whether
    """
)

DETERMINERS = wordset("the a an another one its his her their this that two three")

# Title words that stand before a person's name: "Foreign Minister Bae", "Rep. Ahn".
# Round 30: titles written from English news prose at large, not from the corpus (government,
# parliament, courts, police, the military, religion, academia, business, sport, diplomacy,
# royalty, honorifics): words that stand before a name as its title ("Archbishop", "Supt.").
WRITTEN_PERSON_TITLES = wordset(
    """
    undersecretary under-secretary administrator superintendent supt. inspector insp. auditor
    comptroller treasurer ombudsman magistrate councilman councilwoman alderman alderwoman
    assemblyman assemblywoman congressman congresswoman congressperson legislator delegate del.
    mp mep  vice-president vice-chairman vice-chair vice-minister vice-governor vice-mayor
    pres. sec. amb. atty. asst. assoc. hon.   marshal brigadier 
    corporal commodore ensign airman seaman sgt lt col maj capt gen adm lt.-gen. maj.-gen.
    lt.-col. pfc. spc. ens. cpt. lt.gen. lt.col. maj.gen. brig.-gen. sgt.-maj. constable const.
    detective det. sheriff trooper patrolman warden counsel barrister solicitor arbiter
    cardinal archbishop bishop rev. reverend pastor priest monsignor msgr. fr. abbot abbess
    venerable rabbi imam sheikh sheik mullah ayatollah deacon patriarch lama mufti chaplain
    cleric preacher evangelist missionary nun monk friar dean provost rector headmaster
    headmistress  instructor tutor scholar cfo coo cto cio co-founder cofounder owner
    heir tycoon magnate mogul entrepreneur investor banker strategist president-elect chairman-elect
    skipper winger keeper infielder outfielder reliever  hitter quarterback
    receiver linebacker referee umpire champion medalist medallist olympian jockey driver skier
    snowboarder sprinter marathoner judoka shooter climber fighter bowler batsman rower diver
    weightlifter lifter consul consul-general attache attaché  chargé emissary prince
    princess emperor empress duke duchess earl countess baron baroness sir dame sultan emir
    shah tsar czar kaiser maharaja monarch regent marquess viscount mrs mr ms dr prof mx. mme.
    mlle. madame monsieur activist lawyer doctor nurse journalist editor columnist commentator
    correspondent agent ranger registrar
    """
)

PERSON_TITLES = (
    wordset(
        """
    president minister secretary ambassador chairman chairwoman chairperson chair director
    commissioner governor mayor spokesperson spokesman spokeswoman professor prof. dr. mr.
    ms. mrs. ven. rep. sen. gen. lt. col. maj. capt. sgt. adm. gov. cmdr. cdr. cpl. pvt. brig.
    judge justice chief commander
    ceo chancellor king queen pope premier leader speaker envoy representative senator adviser
    advisor coach lawmaker official analyst researcher economist diplomat head vice deputy
    prosecutor attorney general admiral colonel captain sergeant lieutenant officer
    negotiator manager founder executive chef actor singer rapper player striker slugger
    pitcher ace forward midfielder goalkeeper defender shortstop batter catcher star veteran
    rookie idol programmer critic lecturer fellow researcher director producer filmmaker
    member councilor councillor chairman reporter anchor host archer swimmer skater golfer
    boxer fencer runner cyclist wrestler gymnast athlete teammate novelist writer author poet
    artist painter composer musician dancer designer photographer architect engineer
    scientist physician surgeon pilot neighbor neighbour
    """
    )
    | WRITTEN_PERSON_TITLES
)

# Lowercase words that may stand before a title: "former President Moon".
TITLE_MODIFIERS = wordset(
    """
    former then late acting incoming outgoing new deputy vice interim senior chief first top
    current retired managing founding presiding visiting reigning defending commanding
    """
)

# Title modifiers that say when someone holds the title. They come first in a title ("the
# city's former deputy mayor"), and "former" and "new" never describe the same person.
PAST_QUALIFIERS = wordset("former then late outgoing retired ex ex-")
PRESENT_QUALIFIERS = wordset("new incoming current acting interim newly incumbent")

# Irregular past tenses that may stand before a name as verbs ("met Kim"), never as titles.
IRREGULAR_PAST = wordset(
    """
    met beat hit led won lost sent saw made gave took became left chose held let put set ran
    brought bought caught fought sought taught thought found kept felt meant paid sold struck
    spent stood understood overtook withheld drove rode rose fell grew knew threw drew flew
    shot joined succeeded replaced
    """
)

# Prepositions, adverbs and pronouns no other list holds, that may stand before a name
# ("politicians like Kim", "even Kim", "told him Kim"): never a title.
# Question words open a clause whose subject the name is: 'asked why Choi's ...' (review,
# session 20: "why" had titled Choi on every quotation).
# Round 142: prepositions of place no list held ("signed above Noh's name", "flew below
# Mount Jiri"): a preposition is no title, and "written above Noh" is no one's role.
NOT_TITLES = wordset(
    """
    like unlike including versus via per toward towards despite amid amidst among around
    behind beside beyond near across along through throughout within without upon onto past
    plus inside outside even just almost ever never whether either neither him them us me
    why how when where what which who whom whose
    above below beneath underneath atop alongside
    remember recall know thank miss
    out together aboard apart away
    """
)

# Round 346: past participles no "-ed" marks ("who has known | Na", "had beaten | Heo"): a
# verb's form before its object, never a title ("known Na Mi-suk" was shown as a speaker).
IRREGULAR_PARTICIPLES = wordset(
    """
    known seen beaten given chosen taken shown written driven eaten broken spoken stolen sworn
    thrown grown drawn flown hidden ridden risen shaken fallen forgotten gotten begun done gone
    worn torn born
    """
)

# Ordinals: they count things before a name ("a second Facebook post"), they title no one.
ORDINALS = wordset("first second third fourth fifth sixth seventh eighth ninth tenth next last")

# Round 26: nouns for people a news story makes a subject or a description ("the monk said",
# "the rookie pointed at his father"), written from English news prose at large (sports,
# culture, religion, courts, health, labour, the military, family, business, society), not
# from the corpus. Each names itself as its role; ``ROLE_GENDER`` gives the gender English
# builds into some of them. They are singular only: a plural ("two medics", "caddies") is a
# group, which speaks in one voice less often than a person does. Left out by rule: nouns for
# people that news prose uses mostly before another noun, as a modifier ("consumer prices",
# "migrant workers", "immigrant workers", "refugee camp", "donor countries", "hostage crisis"):
# there they name no one; and nouns any person may be called ("man", "woman"), which
# ``_speakers._ANY_PERSON`` reads; and nouns for a person chosen by an act the story just
# reported ("nominee", "appointee"), which refer back to the person it named.
PERSON_ROLES = wordset(
    """
    goalkeeper striker midfielder defender pitcher catcher outfielder infielder hitter slugger
    quarterback skipper referee umpire caddie caddy sprinter marathoner skier snowboarder climber
    diver rower judoka rookie veteran medalist medallist olympian paralympian finalist contender
    challenger gamer bowler batsman cricketer footballer shortstop reliever hurdler weightlifter
    rapper idol entertainer comedian filmmaker screenwriter playwright lyricist songwriter vocalist
    guitarist pianist violinist cellist drummer choreographer performer celebrity influencer
    youtuber presenter journalist columnist editor correspondent curator sculptor potter
    calligrapher translator essayist historian animator cartoonist illustrator narrator priest
    pastor bishop archbishop pope imam rabbi cleric preacher missionary believer worshipper
    worshiper parishioner congregant deacon shaman theologian evangelist chaplain suspect defendant
    plaintiff complainant offender perpetrator criminal convict inmate prisoner detainee fugitive
    thief robber burglar murderer killer attacker assailant hacker fraudster scammer smuggler
    trafficker stalker abuser juror magistrate solicitor barrister bailiff warden jailer
    investigator cop sheriff trooper informant whistleblower captive kidnapper abductee patient
    pharmacist dentist psychiatrist psychologist therapist paramedic medic caregiver carer midwife
    epidemiologist virologist recipient sufferer laborer labourer freelancer unionist staffer clerk
    cashier waiter chef baker butcher janitor courier technician mechanic electrician plumber
    carpenter welder miner supervisor salesperson receptionist accountant auditor programmer
    entrepreneur businessperson tycoon magnate billionaire millionaire heir shareholder landowner
    treasurer boss proprietor dealer conscript draftee marine sailor paratrooper sniper commando
    guerrilla militant insurgent spy peacekeeper cadet cousin grandchild baby infant toddler
    teenager teen spouse fiance fiancé fiancee fiancée sibling twin orphan grandparent householder
    pupil undergraduate jobseeker job-seeker applicant examinee freshman homemaker demonstrator
    petitioner netizen blogger vlogger subscriber shopper diner villager islander emigrant
    expatriate expat foreigner traveler traveller pilgrim evacuee mourner spectator onlooker
    bystander passerby pedestrian motorist rider rescuer lifeguard politician bureaucrat delegate
    campaigner lobbyist pollster monarch dictator chancellor consul emissary
    mediator commentator lecturer dean headmaster headmistress schoolteacher tutor instructor
    educator physicist chemist biologist mathematician astronaut sponsor
    """
)
ROLE_GENDER: dict[str, str] = {
    **dict.fromkeys(
        wordset(
            """
            actress comedienne ballerina nun abbess waitress hostess stewardess heiress landlady
            businesswoman saleswoman policewoman congresswoman councilwoman assemblywoman
            servicewoman stateswoman housewife bride widow girlfriend mom mum grandma stepmother
            stepdaughter girl schoolgirl queen princess empress heroine mother-in-law
            daughter-in-law sister-in-law
            """
        ),
        "f",
    ),
    **dict.fromkeys(
        wordset(
            """
            monk abbot businessman salesman policeman congressman councilman assemblyman
            serviceman statesman clergyman gunman crewman deliveryman airman foreman househusband
            groom bridegroom widower boyfriend dad grandpa stepfather stepson boy schoolboy
            king prince emperor father-in-law son-in-law brother-in-law
            """
        ),
        "m",
    ),
}
"""Person nouns with a gender English gives them: "the actress" is a "she", "the monk" a "he"."""

KIN_NOUNS = wordset(
    """
    father mother son daughter brother sister husband wife grandfather grandmother grandson
    granddaughter uncle aunt nephew niece
    """
)
"""Kinship nouns: they give a gender (round 74: "her father, NAME") and, after a possessive
(:data:`KIN_OWNERS`), a relative whose name an earlier apposition may give (round 406)."""
KIN_OWNERS = wordset("his her their")
"""The possessives a relative is named by ("her father")."""

# Role nouns that name documents: they speak for no one when nobody signs them.
DOCUMENTS = wordset(
    """
    statement banner notice sign placard poster letter message note leaflet editorial
    commentary report post slogan alert declaration announcement flag sticker readout memo
    inscription whiteboard chalkboard blackboard entry manual script invitation label plaque
    """
)
"""Round 399: "label" and "plaque" too ('a label that reads "..."'); not "caption" or "card",
which the one who posted or carries them wrote ('posted a photo with a caption that read')."""

# Role nouns a mention's head noun maps to, with variant spellings and abbreviations. Regular
# plurals ("officials") are found by dropping the "s" (see ``_phrases.role_of``).
ROLE_NOUNS: dict[str, str] = {
    **{
        w: w
        for w in wordset(
            """
            official spokesperson minister president professor lawmaker analyst expert
            researcher diplomat ambassador envoy leader chairman chair ceo director chief head
            governor mayor prosecutor judge lawyer attorney officer commander general source
            resident student worker employee executive economist strategist fellow scholar
            critic activist advocate defector negotiator secretary adviser aide senator
            candidate member
            owner doctor nurse victim witness survivor mother father parent teacher manager
            founder coach player actor singer farmer fisherman merchant vendor commissioner
            admiral colonel captain sergeant lieutenant soldier observer insider user voter
            citizen fan president-elect premier reporter pundit protester forecaster cfo coo
            cto cio justice neighbor friend wife husband son daughter brother sister colleague
            teammate archer swimmer skater golfer boxer fencer runner cyclist wrestler shooter
            gymnast athlete novelist writer author poet artist painter composer musician dancer
            designer photographer architect engineer scientist physician surgeon pilot driver
            shopkeeper retiree pensioner commuter tourist visitor passenger customer homeowner
            tenant landlord buyer seller investor trader banker broker consultant detective
            inspector firefighter trainee intern grandmother grandfather native administrator
            ministry office agency government military committee commission party court
            council company firm bank union group institute association federation embassy
            department administration police prosecution service media regime army navy ruling
            headquarters force newspaper broadcaster lobby organization organisation coalition
            team panel board jury
            """
        )
    },
    **{w: w for w in DOCUMENTS},  # (one list of documents: a new one is a role noun too)
    "spokesman": "spokesperson",
    "authorities": "authority",
    "regulator": "regulator",  # round 395: "Financial regulators fined ...": no one-word name
    "paper": "newspaper",
    "daily": "newspaper",  # "the progressive daily": a paper, not an adverb
    "body": "organization",  # "the governing body", "the football body"
    "league": "league",  # round 191: 'The Hanbit Pro League fined a club, in what the league
    # called "..."': a sports league speaks as a body, its own name's head noun
    "weekly": "newspaper",
    "reviewer": "critic",  # round 168: 'A reviewer for the monthly "..." called it "..."'
    "spokeswoman": "spokesperson",
    "representative": "lawmaker",
    "legislator": "lawmaker",
    "rep.": "lawmaker",
    "sen.": "senator",
    "prof.": "professor",
    "dr.": "doctor",
    "gen.": "general",
    "adm.": "admiral",
    "col.": "colonel",
    "capt.": "captain",
    "lt.": "lieutenant",
    "cmdr.": "commander",  # round 11: naval ranks, "Cmdr. Kim said"
    "cdr.": "commander",
    "cpl.": "corporal",
    "sgt.": "sergeant",  # round 91: "Sgt. NAME" is "the sergeant" later
    "pvt.": "private",
    "brig.": "general",
    "gov.": "governor",
    "advisor": "adviser",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "neighbour": "neighbor",
    "fishermen": "fisherman",
    "fm": "minister",  # headlines: "Vice FM", "PM"
    "pm": "minister",
    "entertainment": "agency",  # "Starlit Entertainment" is a K-pop agency
    **{w: "company" for w in wordset("firm carmaker automaker chipmaker steelmaker shipbuilder")},
    **{w: "company" for w in wordset("drugmaker conglomerate retailer")},
    # round 154: "The chain, NAME, said ..." then "the company said": a chain is a company
    **{w: "company" for w in wordset("chain franchisor")},
    # a description that makes a name a company: "Saeul Tech, a Seoul-based startup"
    **{w: "company" for w in wordset("startup start-up maker manufacturer lender insurer")},
    **{w: w for w in PERSON_ROLES | frozenset(ROLE_GENDER)},
}

WRITTEN_WORDS = wordset(
    """
    comment comments complaint complaints transcript transcripts review reviews tweet tweets
    caption captions petition petitions reply replies warning warnings ad ads
    """
)
"""Round 171: nouns of written words that are no role noun ("comment" is a verb of saying
too): a subject they head gives its words to the document, as "a notice" does. Round 248: like
:data:`DOCUMENTS`, they are no person a "she" or "he" may mean ("a petition posted on the site
must gather ...", then '"...," she said')."""

# Role nouns that name organisations rather than people ("the ministry said"); round 385 added
# "jury", a prize's jury, which speaks as a body ('The jury, chaired by NAME, praised ...').
ORG_ROLES = wordset(
    """
    ministry office agency government military committee commission party court council
    company firm bank union group institute association federation embassy department
    administration police prosecution service media regime army navy headquarters force
    newspaper broadcaster lobby organization organisation coalition team panel board jury
    """
)

# Who speaks for one person: "his office", "her spokesperson", "her agency" (K-pop). What
# they relay of the person a sentence names is that person's ("Han praised the crew's
# '...,' her office said"); what they say alone is theirs.
RELAYING_ROLES = wordset("office spokesperson agency aide")

# Organisation roles of the state: a "group" or a "lobby" is never one of these.
STATE_ROLES = wordset(
    """
    ministry office agency government military committee commission court council embassy
    department administration police prosecution regime army navy headquarters force
    """
)

# Capitalised words that make a name an organisation: "the Bank of Korea", "Harbor Sound".
# The kinds of institution English names, not the names of institutions.
ORG_HEADS = wordset(
    """
    ministry office agency party committee commission service bank court council institute
    university association federation group corp. co. inc. ltd. electronics motor motors staff
    command forces administration department government assembly kcna jcs nis house
    embassy foundation center centre union news daily times post herald yonhap alliance
    sinmun ilbo shimbun
    coalition front organization organisation network movement solidarity entertainment
    securities research communications studio studios airlines telecom chemical steel
    construction holdings capital fund management investment administration court
    music records labels pictures films labs games press publishing books broadcasting
    broadcast networks radio television industries energy power mobility shipbuilding
    engineering pharmaceutical pharmaceuticals biologics technologies systems solutions
    semiconductor display logistics foods insurance exchange partners ventures hospital
    clinic school academy college museum library gallery theater theatre orchestra
    philharmonic company club board bureau authority society church temple trust
    cooperative secretariat tribunal corps guard league confederation chamber forum caucus
    headquarters corporation consulate
    robotics lab laboratory laboratories biotech therapeutics aerospace dynamics materials
    machinery software semiconductors diagnostics pharma textiles cosmetics
    """
)

CAPITALS = {
    "seoul": "South Korea",
    "pyongyang": "North Korea",
    "beijing": "China",
    "tokyo": "Japan",
    "moscow": "Russia",
    "washington": "United States",
    "manila": "Philippines",
    "hanoi": "Vietnam",
    "canberra": "Australia",
    "ottawa": "Canada",
    "jakarta": "Indonesia",
    "bangkok": "Thailand",
    "taipei": "Taiwan",
    "ulaanbaatar": "Mongolia",
    "kyiv": "Ukraine",
    "warsaw": "Poland",
    "paris": "France",
    "berlin": "Germany",
    "tehran": "Iran",
    # round 79: the capitals of further governments Korean wire copy reports speaking
    # (Central and South Asia, the Middle East, Europe, the Americas, Africa), written from
    # an atlas, not from the corpus; one-word capitals only (a token is one word), and none
    # that is also a surname ("Colombo", "Wellington")
    "astana": "Kazakhstan",
    "tashkent": "Uzbekistan",
    "bishkek": "Kyrgyzstan",
    "dushanbe": "Tajikistan",
    "ashgabat": "Turkmenistan",
    "islamabad": "Pakistan",
    "kabul": "Afghanistan",
    "dhaka": "Bangladesh",
    "kathmandu": "Nepal",
    "naypyidaw": "Myanmar",
    "vientiane": "Laos",
    "london": "United Kingdom",
    "rome": "Italy",
    "madrid": "Spain",
    "ankara": "Turkey",
    "riyadh": "Saudi Arabia",
    "doha": "Qatar",
    "cairo": "Egypt",
    "baghdad": "Iraq",
    "damascus": "Syria",
    "amman": "Jordan",
    "minsk": "Belarus",
    "budapest": "Hungary",
    "prague": "Czech Republic",
    "vienna": "Austria",
    "stockholm": "Sweden",
    "oslo": "Norway",
    "helsinki": "Finland",
    "copenhagen": "Denmark",
    "athens": "Greece",
    "brasilia": "Brazil",
    "nairobi": "Kenya",
    "pretoria": "South Africa",
    "abuja": "Nigeria",
    # round 98: the one-word capitals of the remaining governments, from an atlas as before
    # (none that is also a surname or a given name: no "Lima", "Sofia", "Santiago", "Kingston")
    "managua": "Nicaragua",
    "tegucigalpa": "Honduras",
    "havana": "Cuba",
    "caracas": "Venezuela",
    "bogota": "Colombia",
    "quito": "Ecuador",
    "montevideo": "Uruguay",
    "asuncion": "Paraguay",
    # round 129: Brussels speaking is the European Union, whose institutions sit there
    # ('Seoul and the EU signed ..., with Brussels calling it a "..."'); wire copy names
    # Belgium's own government as Belgium
    "brussels": "European Union",
    "amsterdam": "Netherlands",
    "lisbon": "Portugal",
    "dublin": "Ireland",
    "bern": "Switzerland",
    "bucharest": "Romania",
    "belgrade": "Serbia",
    "zagreb": "Croatia",
    "ljubljana": "Slovenia",
    "bratislava": "Slovakia",
    "vilnius": "Lithuania",
    "riga": "Latvia",
    "tallinn": "Estonia",
    "reykjavik": "Iceland",
    "tbilisi": "Georgia",
    "yerevan": "Armenia",
    "baku": "Azerbaijan",
    "chisinau": "Moldova",
    "beirut": "Lebanon",
    "muscat": "Oman",
    "manama": "Bahrain",
    "sanaa": "Yemen",
    "tripoli": "Libya",
    "tunis": "Tunisia",
    "algiers": "Algeria",
    "rabat": "Morocco",
    "khartoum": "Sudan",
    "kampala": "Uganda",
    "kigali": "Rwanda",
    "dodoma": "Tanzania",
    "lusaka": "Zambia",
    "harare": "Zimbabwe",
    "maputo": "Mozambique",
    "luanda": "Angola",
    "kinshasa": "Democratic Republic of the Congo",
    "accra": "Ghana",
    "dakar": "Senegal",
    "windhoek": "Namibia",
    "gaborone": "Botswana",
    "antananarivo": "Madagascar",
    "thimphu": "Bhutan",
    "dili": "Timor-Leste",
    "suva": "Fiji",
    # round 133: the capitals of two words or more (a name reads them whole)
    "new delhi": "India",
    "kuala lumpur": "Malaysia",
    "phnom penh": "Cambodia",
    "buenos aires": "Argentina",
    "mexico city": "Mexico",
    "san salvador": "El Salvador",
    "guatemala city": "Guatemala",
    "panama city": "Panama",
    "kuwait city": "Kuwait",
    "abu dhabi": "United Arab Emirates",
    "addis ababa": "Ethiopia",
    "santo domingo": "Dominican Republic",
    "port moresby": "Papua New Guinea",
    "bandar seri begawan": "Brunei",
}
"""A capital that speaks is its country's government: "Beijing urged ..." is China, and
"Manila said" the Philippines (round 10: the capitals of the governments Seoul deals with
most, not only its neighbours')."""

NAMED_CAPITALS = {
    "santiago": "Chile",
    "lima": "Peru",
    "sofia": "Bulgaria",
    "kingston": "Jamaica",
    "colombo": "Sri Lanka",
    "wellington": "New Zealand",
}
"""Round 187: one-word capitals that are also given names or surnames (left out of
``CAPITALS``): one speaks for its country only where the article names that country ('Chile
... Santiago has said the mines must "..."'), never a person called so."""

COUNTRY_SPELLINGS = {
    "Turkey": ("Turkiye", "T\u00fcrkiye"),
    "Czech Republic": ("Czechia",),
    "Timor-Leste": ("East Timor",),
}
"""Round 187: other spellings of a country ``CAPITALS`` gives: a capital speaking is shown as
its country in the article's own spelling ("Turkiye" when the story writes it so)."""

# Romanised Korean surnames (each common spelling), round 106: a lone capitalised word of
# these may be a person the copy names by surname only ("identified only as Lee"); any other
# lone word never named in full is no one "he" or "she" can mean.
KOREAN_SURNAMES = wordset(
    """
    kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang gang cho jo yoon yun
    jang chang lim im rim han oh o seo suh shin sin kwon gwon hwang ahn an song jeon chun
    jun hong yoo yu ryu ko go koh moon mun yang son sohn bae baek paik heo huh hur nam sim
    shim noh roh no ha kwak gwak sung seong cha joo ju woo u gu koo ku min na ra jin ji
    eom um chae won cheon chon bang gong kong hyun hyeon ham byun byeon pyeon yeom yeo chu
    choo do so seok suk sun seol sul ma gil yeon wi pyo myung myeong gi ki ban wang geum
    keum ok yuk in maeng je mo tak kook guk ye bong pi jegal namgung hwangbo dokgo seonwoo
    sa kyung gyeong dong tae si hae seung bok jeop jang eun
    """
)

# Countries and capitals that speak for their governments ("Pyongyang said").
PLACES = frozenset(CAPITALS) | wordset("korea china japan russia")

# Nouns of a place that follow its name in lowercase ("the Mapo district"): no verb.
PLACE_NOUNS = wordset("district county province village township neighborhood neighbourhood")

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = wordset(
    """
    mr mrs ms dr prof rep reps sen gov gen lt col maj capt sgt adm st jr sr no nos co corp inc
    ltd vs jan feb aug sept oct nov dec mt ft est approx dept univ ven cmdr cdr cpl pvt brig
    """
)
# Round 30: the abbreviated titles of WRITTEN_PERSON_TITLES ("Rev. Seok", "Supt. Yeom").
ABBREVIATIONS = ABBREVIATIONS | wordset(
    "rev fr msgr supt insp det const del pres sec amb atty asst assoc hon pfc spc ens cpt"
    + " mme mlle mx"
)

# Nouns an appositive after a quotation uses to say it quoted a word, not someone's words:
# '"third neighbors," a term the government uses'.
TERM_NOUNS = wordset("term word phrase expression name nickname slogan title label euphemism")

# Words before a quotation that make it a title or a name, not someone's words.
TITLE_CUES = wordset(
    """
    film movie drama series song album book novel show program programme exhibition play
    musical campaign slogan titled entitled named nicknamed hashtag term phrase motto theme
    webtoon documentary single track episode column magazine newspaper brand label operation
    project initiative doctrine so-called title nickname such word words terms phrases
    expression expressions
    """
)

# Round 31: words that mark a quotation as a name, a title or a word mentioned as a word, written
# from English news prose at large, not from the corpus (``docs/PERFORMANCE.md``, "Round 31").
# Left out by stated rules: nouns of a text or a talk that carries someone's words and is quoted
# as a speaker ("report", "statement", "letter", "speech", "interview", "post", "video",
# "manifesto", "story"), nouns of groups of people that speak ("team", "band", "committee",
# "network"), nouns of speech acts ("remark", "quip", "greeting", "saying"), words used more
# often as a verb or an adjective than as the noun ("handle", "cover", "short", "legend"), and
# (pruned after the whole list was measured) nouns of sayings cited whole as sentences, which
# quote a sentence with its source, not a term ("proverb", "adage", "maxim", "aphorism",
# "mantra": 'As a proverb has it, "..."').
WRITTEN_WORK_NOUNS = wordset(
    """
    opera operetta oratorio symphony concerto sonata cantata aria anthem hymn carol ballad
    lullaby jingle ditty melody mixtape soundtrack ep poem verse sonnet haiku sijo epic saga
    novella novelette fable parable fairytale tale myth anthology autobiography biography
    chronicle treatise guidebook textbook cookbook picturebook comic manhwa manga webnovel
    sitcom miniseries telenovela cartoon animation anime docuseries docudrama biopic thriller
    blockbuster trailer teaser spinoff spin-off reboot franchise serial webseries k-drama
    vlog podcast channel ballet pantomime revue cabaret concert recital production staging
    monologue skit painting portrait sculpture statue installation mural exhibit retrospective
    artwork photograph photobook illustration collage tapestry fresco woodcut etching triptych
    game videogame app chatbot journal periodical tabloid newsletter blog zine webzine imprint
    logo emblem
    """
)
"""Kinds of works whose title a quotation right after them is: 'the opera "..."'."""
WRITTEN_WORD_NOUNS = wordset(
    """
    catchphrase buzzword moniker motto hashtag neologism coinage byword watchword epithet
    sobriquet tagline acronym abbreviation initialism portmanteau idiom jargon slang lingo
    misnomer pun wordplay spelling pronunciation keyword
    password passphrase codename code-name pseudonym alias username surname designation
    descriptor qualifier adjective noun verb adverb epigraph epitaph heading subtitle
    """
)
"""Words about words: what a quotation after or beside them is is a word: 'the buzzword "..."'."""
WRITTEN_NAMED_KINDS = wordset(
    """
    maneuver manoeuvre wargame war-game offensive mission agenda blueprint roadmap framework
    package deal accord agreement pact treaty declaration charter protocol convention
    resolution bill act law amendment ordinance decree directive regulation reform fund
    brigade battalion regiment corps squadron platoon taskforce task-force fleet vessel
    warship destroyer frigate submarine missile rocket satellite drone spacecraft probe rover
    lander telescope reactor vaccine product edition version variant strain typhoon storm
    hurricane cyclone expo contest league cup medal trophy parade rally movement drive
    challenge visa pass card subsidy voucher coupon loan account platform tool hotline
    helpline portal website
    """
)
"""Kinds of named things whose name may follow them: 'the submarine "..."', 'the pact "..."'."""
WRITTEN_NAMING_VERBS = wordset(
    """
    christens christening rechristen rechristened re-named renamed re-branded rebranded
    codename codenames code-names code-naming subtitled retitles retitling nickname
    nicknames baptized baptised coined coins coining trademarked billed marketed advertised
    """
)
"""Verbs that give a thing its name (not that characterise it: "dubbed", "branded", "called"
stay a speaker's words): 'the ship was christened "..."', 'billed as "..."'."""

TERM_NOUNS = TERM_NOUNS | WRITTEN_WORD_NOUNS
TITLE_CUES = TITLE_CUES | WRITTEN_WORK_NOUNS | WRITTEN_WORD_NOUNS

# Words that may start an appositive describing a person: "Kim, a professor at ...".
APPOSITIVE_STARTS = wordset("a an the one another former current who")


lowercase = str.lower
"""``str.lower``, which the rules call by this name rather than as a method: a build
compiled by mypyc (``docs/PERFORMANCE.md``) inlines ``.lower()`` with its own code, which has
no final sigma ("ΑΣ" lowers to "ασ", CPython's to "ας"), and calls a name as Python does."""


def ends_before(text: str, end: int, suffixes: tuple[str, ...]) -> bool:
    """True when ``text[:end]``, trailing whitespace aside, ends with one of ``suffixes``.
    Reads back in place: a copy of the text before each mention (``text[:end].rstrip()``)
    makes one huge paragraph quadratic (rounds 184 and 188 had it)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.endswith(suffixes, 0, end)


# Round 142: the countries whose capitals are listed (lowercase, the article dropped), and
# Belgium, whose capital stands for the European Union: after a person's name, "of" one of
# them gives where the person is from ("NAME of Belgium"), no body's name.
COUNTRIES = frozenset(
    lowercase(c).removeprefix("the ") for c in CAPITALS.values() if c != "European Union"
) | wordset("korea belgium")


def names_a_state(low: str) -> bool:
    """True when ``low`` (lowercase, without "the") is a capital or a country ("seoul",
    "united states"): a government named by where it sits."""
    return low in CAPITALS or low in COUNTRIES
