"""Round 70's probe battery: quoted names, nicknames and scare terms given a speaker (issue 13).

Each probe is one or two invented paragraphs of Korean wire copy (no name or sentence from a
corpus article), or a headline and a paragraph, that vary the naming frames systematically:
'dubbed "..."' (after a noun, after a comma, 'a plan dubbed', 'what has been dubbed', 'the
so-called', opening the sentence, with a "by ... as" agent), 'called "..."' / 'calls' / 'call'
(past, present, passive, habitual 'residents call the bridge "..."', 'what locals call "...",
'"...", as villagers call it', 'who calls himself "..."'), 'nicknamed', 'known as' and its
variants, 'billed as', 'branded (as)', 'labelled / labeled', 'named', 'titled', 'coined the
term', slogans, mottoes, banners and hashtags, 'a campaign / project / operation called "..."',
renaming and 'goes by', each in the body and in the headline, with a named speaker elsewhere in
the sentence or paragraph. Beside them, near misses (category R): partial quotations of a named
speaker in the same shapes ('called the drill "reckless"', 'urged a "swift" response', 'described
the plan as "long overdue"', 'calls herself "lucky"'), which keep their speaker by the corpus
README's Labelling rules (a label a speaker gives on one occasion with a speech sense is that
speaker's partial; a standing name is a name). Answers as in round 48's battery: a name or role
the short (or full) speaker must hold ("a|b": either; "-word": no speaker or one holding only
that word), or None: a term, which must get no speaker. Categories: D dubbed, C called, K
nicknamed, A known as, B billed / branded / labelled / renamed, N named / titled / coined, S
slogans, mottoes, banners, hashtags, X 'as' of a standing name, H headlines, P two paragraphs,
R near misses; a suffix numbers a later series. The ones the extractor still misses are strict
xfails, each with its reason.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_N = None

PROBES: list[object] = [  # (category, headline, paragraphs, [(piece, speaker)])
    (
        "D",
        "",
        [
            (
                'Defense Minister Cha Eun-seol said on Tuesday the drills, dubbed "Iron Tide," '
                "would start next month."
            )
        ],
        [("Iron Tide", _N)],
    ),
    (
        "D",
        "",
        [('The city unveiled a housing plan dubbed "Home First" on Monday, Mayor Ok Ji-han said.')],
        [("Home First", _N)],
    ),
    (
        "D",
        "",
        [
            (
                'Ok Ji-han, the mayor, defended what has been dubbed the "bridge tax," saying '
                "it was fair."
            )
        ],
        [("bridge tax", _N)],
    ),
    (
        "D",
        "",
        [('Critics have dubbed the project "Seoul\'s white elephant," lawmaker Yeom Da-bin said.')],
        [("white elephant", _N)],
    ),
    (
        "D",
        "",
        ['Yeom Da-bin, a lawmaker, said the so-called "silver tax" would hurt retirees.'],
        [("silver tax", _N)],
    ),
    (
        "D",
        "",
        [
            (
                'The festival, dubbed "Night Market Week" by organizers, drew 40,000 visitors, '
                "police said."
            )
        ],
        [("Night Market Week", _N)],
    ),
    (
        "D",
        "",
        [
            (
                'Prosecutor Baek Han-gyeol said the scheme, which investors dubbed "the golden '
                'ladder," collapsed in May.'
            )
        ],
        [("golden ladder", _N)],
    ),
    (
        "D",
        "",
        ['The minister said the reform, widely dubbed "the Kim law," would pass this year.'],
        [("Kim law", _N)],
    ),
    (
        "C",
        "",
        ['Residents call the bridge "the Needle," said Go Seo-yun, a local shop owner.'],
        [("the Needle", _N)],
    ),
    (
        "C",
        "",
        ['The district is what locals call "the Alley," Go Seo-yun said.'],
        [("the Alley", _N)],
    ),
    (
        "C",
        "",
        ['Go Seo-yun runs a cafe near "the Needle," as residents call the bridge, she said.'],
        [("the Needle", _N)],
    ),
    (
        "C",
        "",
        ['The program is called "Second Spring," Labor Minister Pi Jae-won told reporters.'],
        [("Second Spring", _N)],
    ),
    (
        "C",
        "",
        ['Pi Jae-won said a project called "Bright Path" would train 3,000 young workers.'],
        [("Bright Path", _N)],
    ),
    (
        "C",
        "",
        [('The campaign, called "Clean Sea 2030," will be led by Pi Jae-won, the ministry said.')],
        [("Clean Sea 2030", _N)],
    ),
    (
        "C",
        "",
        ['Villagers called the pond "the mirror" for decades, elder Tak Bok-sun said.'],
        [("the mirror", _N)],
    ),
    (
        "C",
        "",
        [
            (
                'Tak Bok-sun said the old ferry was known to everyone as "Grandma Boat" and was '
                'called "Granny" by children.'
            )
        ],
        [("Grandma Boat", _N), ("Granny", _N)],
    ),
    (
        "C",
        "",
        ['An operation called "Blue Net" led to 14 arrests, police chief Seol Min-gyu said.'],
        [("Blue Net", _N)],
    ),
    (
        "C",
        "",
        ['Seol Min-gyu said officers call the unit "the night shift."'],
        [("night shift", _N)],
    ),
    (
        "K",
        "",
        ['Coach Moon Tae-ri said the striker, nicknamed "the Rocket," would miss the final.'],
        [("the Rocket", _N)],
    ),
    (
        "K",
        "",
        ['The striker, whom fans nicknamed "Little Tiger," scored twice, Moon Tae-ri said.'],
        [("Little Tiger", _N)],
    ),
    (
        "K",
        "",
        ['Moon Tae-ri, nicknamed "the Professor" by players, said the team was ready.'],
        [("the Professor", _N)],
    ),
    (
        "A",
        "",
        ['The plan, known as "Green Ring," will add 12 parks, Mayor Hyun Seo-ah said.'],
        [("Green Ring", _N)],
    ),
    (
        "A",
        "",
        ['Hyun Seo-ah said the hill, known locally as "Fox Peak," would stay closed.'],
        [("Fox Peak", _N)],
    ),
    (
        "A",
        "",
        ['Known as "the Iron Lady of Busan," Hyun Seo-ah said she would run again.'],
        [("Iron Lady", _N)],
    ),
    (
        "A",
        "",
        ['Hyun Seo-ah said what is known as the "5-5 rule" would end in March.'],
        [("5-5 rule", _N)],
    ),
    (
        "A",
        "",
        ['The rule became known as "the Daegu clause," lawyer Noh Geon-u said.'],
        [("Daegu clause", _N)],
    ),
    (
        "B",
        "",
        [
            (
                'The concert, billed as "the last dance," sold out in an hour, promoter Ra '
                "Yu-jin said."
            )
        ],
        [("last dance", _N)],
    ),
    (
        "B",
        "",
        ['Ra Yu-jin said the tour was billed as "Farewell Seoul."'],
        [("Farewell Seoul", _N)],
    ),
    (
        "B",
        "",
        ['The ministry branded the scheme "K-Move" and Ra Yu-jin said it was a success.'],
        [("K-Move", _N)],
    ),
    (
        "B",
        "",
        ['The snack, branded as "Sea Crunch," will launch in June, the company said.'],
        [("Sea Crunch", _N)],
    ),
    (
        "B",
        "",
        ['The bottles are labelled "Jeju Pure," prosecutor Jin Ha-ram said.'],
        [("Jeju Pure", _N)],
    ),
    (
        "B",
        "",
        ['Jin Ha-ram said the boxes were labeled "medical supplies" but held cigarettes.'],
        [("medical supplies", _N)],
    ),
    (
        "N",
        "",
        [('The exhibition, titled "Between Two Rivers," opens Friday, curator Bang Si-woo said.')],
        [("Between Two Rivers", _N)],
    ),
    (
        "N",
        "",
        ['Bang Si-woo said the ship would be named "Hanbit" after a vote.'],
        [("Hanbit", _N)],
    ),
    (
        "N",
        "",
        ['Bang Si-woo wrote a book titled "The Quiet Coast" and said it took 10 years.'],
        [("The Quiet Coast", _N)],
    ),
    (
        "N",
        "",
        [('Sociologist Eum Ga-on, who coined the term "dual poverty," said the gap was growing.')],
        [("dual poverty", _N)],
    ),
    (
        "N",
        "",
        ['Eum Ga-on said she coined the phrase "commuter orphans" in 2019.'],
        [("commuter orphans", _N)],
    ),
    (
        "N",
        "",
        ['A panda cub named "Haneul" was born at the zoo, keeper Eum Ga-on said.'],
        [("Haneul", _N)],
    ),
    (
        "S",
        "",
        ['Protesters chanted the slogan "No More Overtime," union leader Kwak Jun-seo said.'],
        [("No More Overtime", _N)],
    ),
    (
        "S",
        "",
        [('Kwak Jun-seo said the union\'s motto, "Together We Stand," was printed on every vest.')],
        [("Together We Stand", _N)],
    ),
    (
        "S",
        "",
        ['The hashtag "#SaveTheFerry" trended on Monday, Kwak Jun-seo said.'],
        [("SaveTheFerry", _N)],
    ),
    (
        "S",
        "",
        ['Kwak Jun-seo said the party would run under the banner "New Dawn."'],
        [("New Dawn", _N)],
    ),
    (
        "S",
        "",
        [
            (
                'Under the motto "Safety First," the plant cut accidents by half, plant chief '
                "Ryu Na-eun said."
            )
        ],
        [("Safety First", _N)],
    ),
    (
        "X",
        "",
        [
            (
                'Ryu Na-eun described the area as "the Silicon Valley of the south," a name '
                "locals have used for years."
            )
        ],
        [("Silicon Valley", _N)],
    ),
    (
        "X",
        "",
        [('The company markets the drink as "Morning Calm" in Japan, spokesman Ji Woo-hyun said.')],
        [("Morning Calm", _N)],
    ),
    ("X", "", ['Ji Woo-hyun said the app is sold as "Daily Bus" in the U.S.'], [("Daily Bus", _N)]),
    (
        "H",
        'Police bust ring dubbed "Silver Hands"',
        ["Police arrested 11 people on Monday, police chief Seol Min-gyu said."],
        [("Silver Hands", _N)],
    ),
    (
        "H",
        'Mayor unveils plan called "Green Ring"',
        ["Mayor Hyun Seo-ah said on Monday the plan would add 12 parks."],
        [("Green Ring", _N)],
    ),
    (
        "H",
        'Striker known as "the Rocket" to miss final',
        ["Coach Moon Tae-ri said the striker was injured."],
        [("the Rocket", _N)],
    ),
    (
        "H",
        'Union chants "No More Overtime" at rally',
        ["Union leader Kwak Jun-seo said 5,000 people joined."],
        [("No More Overtime", _N)],
    ),
    (
        "H",
        'So-called "silver tax" draws fire',
        ["Lawmaker Yeom Da-bin said the tax would hurt retirees."],
        [("silver tax", _N)],
    ),
    (
        "P",
        "",
        [
            '"We are ready," Pi Jae-won said on Monday.',
            'The plan, dubbed "Second Spring," will start in May, he said.',
        ],
        [("We are ready", "Pi Jae-won"), ("Second Spring", _N)],
    ),
    (
        "P",
        "",
        [
            '"It was a hard year," Moon Tae-ri said.',
            'Fans call him "the Professor," and he said he likes it.',
        ],
        [("hard year", "Moon Tae-ri"), ("the Professor", _N)],
    ),
    (
        "R",
        "",
        ['The minister called the drill "reckless" on Monday, Cha Eun-seol said.'],
        [("reckless", "Cha Eun-seol|minister")],
    ),
    (
        "R",
        "",
        ['Defense Minister Cha Eun-seol called the drill "reckless."'],
        [("reckless", "Cha Eun-seol")],
    ),
    ("R", "", ['Cha Eun-seol urged a "swift" response.'], [("swift", "Cha Eun-seol")]),
    (
        "R",
        "",
        ['"Nothing" in the deal is final, Trade Minister Pi Jae-won said.'],
        [("Nothing", "Pi Jae-won")],
    ),
    (
        "R",
        "",
        ['Lawmaker Yeom Da-bin called the vote "a betrayal of voters."'],
        [("betrayal of voters", "Yeom Da-bin")],
    ),
    (
        "R",
        "",
        ['Yeom Da-bin called it "a betrayal of voters" in a speech on Monday.'],
        [("betrayal of voters", "Yeom Da-bin")],
    ),
    (
        "R",
        "",
        ['Mayor Hyun Seo-ah calls the plan "long overdue."'],
        [("long overdue", "Hyun Seo-ah")],
    ),
    (
        "R",
        "",
        ['Hyun Seo-ah described the plan as "long overdue."'],
        [("long overdue", "Hyun Seo-ah")],
    ),
    (
        "R",
        "",
        ['Union leader Kwak Jun-seo denounced the cuts as "an attack on workers."'],
        [("attack on workers", "Kwak Jun-seo")],
    ),
    (
        "R",
        "",
        ['Opposition leader Ryu Na-eun hailed the deal as "a historic step."'],
        [("historic step", "Ryu Na-eun")],
    ),
    (
        "R",
        "",
        ['Ryu Na-eun characterised the talks as "frank but useful."'],
        [("frank but useful", "Ryu Na-eun")],
    ),
    (
        "R",
        "",
        ['Coach Moon Tae-ri branded the referee\'s call "a disgrace."'],
        [("a disgrace", "Moon Tae-ri")],
    ),
    (
        "R",
        "",
        ['Prosecutor Jin Ha-ram labelled the scheme "organized fraud."'],
        [("organized fraud", "Jin Ha-ram")],
    ),
    (
        "R",
        "",
        ['Jin Ha-ram dubbed the ruling "a win for victims."'],
        [("win for victims", "Jin Ha-ram")],
    ),
    (
        "R",
        "",
        ['Seol Min-gyu said the arrests were "only the beginning."'],
        [("only the beginning", "Seol Min-gyu")],
    ),
    (
        "R",
        "",
        ['Seol Min-gyu called the arrests "only the beginning," saying more would follow.'],
        [("only the beginning", "Seol Min-gyu")],
    ),
    (
        "R",
        "",
        ['Go Seo-yun, a shop owner, called the new bridge "ugly and useless."'],
        [("ugly and useless", "Go Seo-yun")],
    ),
    (
        "R",
        "",
        ['Tak Bok-sun calls the closure "heartbreaking."'],
        [("heartbreaking", "Tak Bok-sun")],
    ),
    (
        "R",
        "",
        ['Ra Yu-jin described the tour as "exhausting but worth it."'],
        [("exhausting but worth it", "Ra Yu-jin")],
    ),
    (
        "R",
        "",
        ['Bang Si-woo called the exhibition "a love letter to the river."'],
        [("love letter", "Bang Si-woo")],
    ),
    (
        "R",
        "",
        ['Eum Ga-on said the gap was "growing every year."'],
        [("growing every year", "Eum Ga-on")],
    ),
    (
        "R",
        "",
        ['Kwak Jun-seo called the offer "an insult" and vowed to strike.'],
        [("an insult", "Kwak Jun-seo")],
    ),
    (
        "R",
        "",
        ['Ji Woo-hyun called sales "better than expected."'],
        [("better than expected", "Ji Woo-hyun")],
    ),
    (
        "R",
        "",
        ['Noh Geon-u, a lawyer, called the clause "unconstitutional."'],
        [("unconstitutional", "Noh Geon-u")],
    ),
    (
        "R",
        "",
        ['Baek Han-gyeol described the scheme as "a textbook Ponzi."'],
        [("textbook Ponzi", "Baek Han-gyeol")],
    ),
    pytest.param(
        "R",
        "Minister calls drill 'reckless'",
        ["Defense Minister Cha Eun-seol said on Monday the drill endangered pilots."],
        [("reckless", "Cha Eun-seol")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a headline partial ('Minister calls drill ...') no body sentence repeats is "
                "dropped as a headline scare quote"
            ),
        ),
    ),
    pytest.param(
        "R",
        "Mayor: plan 'long overdue'",
        ["Mayor Hyun Seo-ah said the parks plan would start in May."],
        [("long overdue", "Hyun Seo-ah")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a headline partial after a colon ('Mayor: plan ...') no body sentence repeats "
                "is dropped as a headline scare quote"
            ),
        ),
    ),
    (
        "R",
        "",
        ['"It is a betrayal," Yeom Da-bin said, calling the vote "a dark day."'],
        [("a dark day", "Yeom Da-bin")],
    ),
    (
        "D2",
        "",
        [
            (
                'Dubbed "Project Sunrise," the plan will cost 2 trillion won, Finance Minister '
                "Uhm Chae-rin said."
            )
        ],
        [("Project Sunrise", _N)],
    ),
    (
        "D2",
        "",
        ['Uhm Chae-rin said the plan was quickly dubbed "the coffee tax" by critics.'],
        [("coffee tax", _N)],
    ),
    (
        "D2",
        "",
        [('The law, dubbed by the media as "the Minji act," passed on Friday, Uhm Chae-rin said.')],
        [("Minji act", _N)],
    ),
    (
        "D2",
        "",
        ['Uhm Chae-rin said the exercise, code-named "Silent Owl," ended on Sunday.'],
        [("Silent Owl", _N)],
    ),
    (
        "C2",
        "",
        [
            (
                '"Grandpa Tree," as villagers call the 600-year-old zelkova, was felled by the '
                "storm, Tak Bok-sun said."
            )
        ],
        [("Grandpa Tree", _N)],
    ),
    (
        "C2",
        "",
        ['The gallery is officially called "Space Nine," director Song Ha-yul said.'],
        [("Space Nine", _N)],
    ),
    (
        "C2",
        "",
        ['Song Ha-yul said a group calling itself "the Night Owls" claimed the attack.'],
        [("Night Owls", _N)],
    ),
    (
        "C2",
        "",
        ['Students call him "Teacher Sunshine," Song Ha-yul said.'],
        [("Teacher Sunshine", _N)],
    ),
    (
        "C2",
        "",
        ['Song Ha-yul, who calls himself "the film keeper," said the cinema would close.'],
        [("film keeper", _N)],
    ),
    (
        "C2",
        "",
        ['The chain calls its outlets "corner kitchens," chief executive Song Ha-yul said.'],
        [("corner kitchens", _N)],
    ),
    (
        "C2",
        "",
        ['Song Ha-yul said the plan is referred to as "Plan B" inside the ministry.'],
        [("Plan B", _N)],
    ),
    (
        "C2",
        "",
        ['Locals have long called the pass "the Devil\'s Elbow," Tak Bok-sun said.'],
        [("Devil's Elbow", _N)],
    ),
    (
        "C2",
        "",
        [
            (
                'What locals call "the Blue Road" is a 12-kilometer coastal path, guide Song '
                "Ha-yul said."
            )
        ],
        [("Blue Road", _N)],
    ),
    (
        "K2",
        "",
        [('Nicknamed "the Wall," goalkeeper Seon Do-yoon said he was proud of the clean sheet.')],
        [("the Wall", _N)],
    ),
    (
        "K2",
        "",
        ['Fans have nicknamed the goalkeeper "the Wall," coach Moon Tae-ri said.'],
        [("the Wall", _N)],
    ),
    (
        "A2",
        "",
        [
            (
                'The district, better known as "Noodle Street," will be rebuilt, Mayor Hyun '
                "Seo-ah said."
            )
        ],
        [("Noodle Street", _N)],
    ),
    (
        "A2",
        "",
        ['Hyun Seo-ah said the firm, formerly known as "Daehan Glass," was sold in May.'],
        [("Daehan Glass", _N)],
    ),
    (
        "A2",
        "",
        ['Hyun Seo-ah said the rule, also known as "the sunset clause," was dropped.'],
        [("sunset clause", _N)],
    ),
    (
        "A2",
        "",
        [('The deal became what is now known as "the Busan accord," historian Noh Geon-u said.')],
        [("Busan accord", _N)],
    ),
    (
        "A2",
        "",
        ['Noh Geon-u said the dish goes by "summer noodles" in the south.'],
        [("summer noodles", _N)],
    ),
    (
        "B2",
        "",
        ['The fund was rebranded as "Future Korea" in March, fund manager Ra Yu-jin said.'],
        [("Future Korea", _N)],
    ),
    ("B2", "", ['Ra Yu-jin said the store was renamed "Hanmaru" last year.'], [("Hanmaru", _N)]),
    (
        "B2",
        "",
        ['Ra Yu-jin said the app was launched under the name "Pocket Doctor."'],
        [("Pocket Doctor", _N)],
    ),
    (
        "N2",
        "",
        ['Bang Si-woo said his new album, titled "Paper Moon," was written in Jeju.'],
        [("Paper Moon", _N)],
    ),
    (
        "N2",
        "",
        ['Eum Ga-on said the term "dual poverty" first appeared in her 2019 paper.'],
        [("dual poverty", _N)],
    ),
    (
        "S2",
        "",
        ['Kwak Jun-seo said marchers carried banners reading "Fair Pay Now."'],
        [("Fair Pay Now", "-banner")],
    ),
    (
        "S2",
        "",
        [
            (
                'The slogan of the campaign, "One Village, One Doctor," was coined by Kwak '
                "Jun-seo, the ministry said."
            )
        ],
        [("One Village", _N)],
    ),
    (
        "H2",
        'Fans nickname keeper "the Wall"',
        ["Coach Moon Tae-ri said the goalkeeper kept five clean sheets."],
        [("the Wall", _N)],
    ),
    (
        "H2",
        'Firm rebrands as "Future Korea"',
        ["Fund manager Ra Yu-jin said the name change took effect in March."],
        [("Future Korea", _N)],
    ),
    (
        "H2",
        'Lawmaker slams so-called "coffee tax"',
        ["Lawmaker Yeom Da-bin said the tax would hurt cafe owners."],
        [("coffee tax", _N)],
    ),
    (
        "H2",
        '"Grandpa Tree" felled by storm',
        ["Village elder Tak Bok-sun said the tree was 600 years old."],
        [("Grandpa Tree", _N)],
    ),
    (
        "R2",
        "",
        ['Uhm Chae-rin called the plan "a gift to the rich."'],
        [("gift to the rich", "Uhm Chae-rin")],
    ),
    (
        "R2",
        "",
        ['Uhm Chae-rin said what critics call "a tax" is "a fee for a service."'],
        [("fee for a service", "Uhm Chae-rin")],
    ),
    (
        "R2",
        "",
        ['Song Ha-yul described himself as "a stubborn old man."'],
        [("stubborn old man", "Song Ha-yul")],
    ),
    ("R2", "", ['Seon Do-yoon called his save "pure luck."'], [("pure luck", "Seon Do-yoon")]),
    (
        "R2",
        "",
        ['Seon Do-yoon, the goalkeeper, called the fans "our twelfth man."'],
        [("twelfth man", "Seon Do-yoon")],
    ),
    (
        "R2",
        "",
        ['Hyun Seo-ah branded the protest "illegal and violent."'],
        [("illegal and violent", "Hyun Seo-ah")],
    ),
    (
        "R2",
        "",
        ['Noh Geon-u called the accord "a turning point" for the region.'],
        [("turning point", "Noh Geon-u")],
    ),
    (
        "R2",
        "",
        ['Tak Bok-sun said losing the tree felt "like losing a parent."'],
        [("losing a parent", "Tak Bok-sun")],
    ),
    (  # round 226 reads it: a past "called", a determiner and a noun before a judgement
        "R2",
        "",
        ['Ra Yu-jin called the new name "a fresh start" for the fund.'],
        [("fresh start", "Ra Yu-jin")],
    ),
    ("R2", "", ['Kwak Jun-seo labeled the offer "insulting."'], [("insulting", "Kwak Jun-seo")]),
    (
        "R2",
        "",
        ['Kwak Jun-seo has called the company\'s offer "an insult to every worker."'],
        [("insult to every worker", "Kwak Jun-seo")],
    ),
    ("R2", "", ['Eum Ga-on calls the trend "worrying."'], [("worrying", "Eum Ga-on")]),
    (
        "R2",
        "",
        ['Bang Si-woo called the album "the most personal thing I have made."'],
        [("most personal thing", "Bang Si-woo")],
    ),
    ("R3", "", ['Protesters call the ruling "deeply unfair."'], [("deeply unfair", "protesters")]),
    (
        "R3",
        "",
        ['Critics call the plan "a giveaway to builders."'],
        [("giveaway to builders", "critics")],
    ),
    (
        "R3",
        "",
        ['Opponents called the bill "the end of free speech" at a rally on Monday.'],
        [("end of free speech", "opponents")],
    ),
    (
        "R3",
        "",
        ['Union leader Kwak Jun-seo calls the plan "the worst deal in a decade."'],
        [("worst deal", "Kwak Jun-seo")],
    ),
    (
        "R3",
        "",
        ['Coach Moon Tae-ri dubbed the win "a miracle on ice."'],
        [("miracle on ice", "Moon Tae-ri")],
    ),
    (
        "R4",
        "",
        ['Seon Do-yoon calls himself "lucky" to be playing at all.'],
        [("lucky", "Seon Do-yoon")],
    ),
    (
        "R4",
        "",
        ['Song Ha-yul called himself "the worst father in Korea" in a letter to his son.'],
        [("worst father", "Song Ha-yul")],
    ),
    (
        "R4",
        "",
        ['Uhm Chae-rin calls herself "a realist, not a pessimist."'],
        [("a realist", "Uhm Chae-rin")],
    ),
    (
        "C3",
        "",
        [
            (
                'The singer, who calls herself "Luna," said the tour would go ahead, her agency '
                "Jisan Music said."
            )
        ],
        [("Luna", _N)],
    ),
    pytest.param(
        "R5",
        "",
        ['The plan, branded by Kim Ye-seul as "reckless," was dropped, the ministry said.'],
        [("reckless", "Kim Ye-seul")],
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "lost speaker: a named agent of an apposed participle ('The plan, branded by "
                "NAME as \"...\"') goes to the sentence's reporting body"
            ),
        ),
    ),
    (
        "R5",
        "",
        ['The plan was branded by opposition lawmakers as "a giveaway."'],
        [("a giveaway", "-lawmakers")],
    ),
    (
        "D3",
        "",
        [
            (
                'The bridge, nicknamed by locals as "the Harp," opened in 2009, engineer Yoo '
                "Bit-na said."
            )
        ],
        [("the Harp", _N)],
    ),
]


@pytest.mark.parametrize(("category", "headline", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, headline: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected, headline=headline) == [], category
