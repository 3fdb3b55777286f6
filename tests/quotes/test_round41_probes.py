"""Round 41's probe battery: descriptions and pronouns that refer back to someone named before.

Each probe is two to three invented paragraphs and, for some of its quotations (found by a
piece of their text), the speaker a careful reader gives: a name or body the panel's short
speaker (or full speaker) must hold, None for no speaker (a pronoun two people fit equally),
or "-word" (no speaker, or a description holding only that word: two holders fit, so the
description itself is right and a holder wrong). Only probes whose answer is certain are kept;
those the extractor still misses are strict xfails with the reason. Categories: T a
description by the title or role the holder was introduced with ("Vice Minister X" ... "the
vice minister"), R by a related word ("X, who coaches the team" ... "the coach"), A by age, F
by former office, O two candidates of which one fits, B two that both fit, P pronouns after
two people or a person and a body, I "it said" after a place was named and a body spoke, D
bodies referred back ("the ministry", "the agency", "the North", "the paper"), V other
descriptions ("the veteran lawmaker", "the surgeon"). Every name and sentence is invented
(none comes from any corpus split).
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "T",
        [
            "Vice Foreign Minister Ohn Seo-rim met her Japanese counterpart in Tokyo on Monday.",
            '"We agreed to keep talking," the vice minister told reporters.',
        ],
        [("keep talking", "Ohn Seo-rim")],
    ),
    (
        "T",
        [
            "Unification Minister Gahng Tae-jun visited the border village on Tuesday.",
            '"The door to dialogue remains open," the minister said.',
        ],
        [("door to dialogue", "Gahng Tae-jun")],
    ),
    (
        "T",
        [
            "Prosecutor General Maeng Ji-an ordered a wider probe into the loans.",
            'The prosecutor general said the case was "a test of the rule of law."',
        ],
        [("a test of the rule", "Maeng Ji-an")],
    ),
    (
        "T",
        [
            "Coach Pyo Dong-hyuk named three rookies to the squad.",
            '"They earned it in training," the coach said.',
        ],
        [("earned it", "Pyo Dong-hyuk")],
    ),
    (
        "T",
        [
            "Governor Tak Mi-rae toured the flooded farms on Wednesday.",
            '"Help will arrive within days," the governor said.',
        ],
        [("Help will arrive", "Tak Mi-rae")],
    ),
    (
        "T",
        [
            "Police Commissioner Ryu Gun-ho apologized for the delay in the rescue.",
            '"We should have moved faster," the commissioner said.',
        ],
        [("moved faster", "Ryu Gun-ho")],
    ),
    (
        "T",
        [
            "Mayor Eom Sae-bom unveiled the budget at City Hall.",
            '"Every district gets more this year," the mayor said.',
        ],
        [("Every district", "Eom Sae-bom")],
    ),
    (
        "T",
        [
            "Judge Seon Ha-yul read out the sentence on Friday.",
            '"The harm to the victims is grave," the judge said.',
        ],
        [("harm to the victims", "Seon Ha-yul")],
    ),
    (
        "T",
        [
            "Lt. Gen. Bang Chul-woo, commander of the Capital Defense Command, inspected the unit.",
            '"Readiness is not a slogan," the commander said.',
        ],
        [("Readiness is not", "Bang Chul-woo")],
    ),
    (
        "T",
        [
            "Ambassador Jegal Yoon-ha presented his credentials in Canberra.",
            '"Our ties have never been closer," the ambassador said.',
        ],
        [("never been closer", "Jegal Yoon-ha")],
    ),
    (
        "T",
        [
            "Rep. Hwangbo Min-seo of the main opposition party filed the bill on Monday.",
            '"It closes a loophole," the lawmaker said.',
        ],
        [("closes a loophole", "Hwangbo Min-seo")],
    ),
    (  # round 172 resolved it (a given name without its hyphen, then an 'of' phrase)
        "T",
        [
            "Professor Dokgo Hyun of Seoul National University led the study.",
            '"The data surprised us," the professor said.',
        ],
        [("data surprised us", "Dokgo Hyun")],
    ),
    (
        "T",
        [
            "Chairman Seol Kyung-taek addressed the shareholders for an hour.",
            '"We will double the dividend," the chairman said.',
        ],
        [("double the dividend", "Seol Kyung-taek")],
    ),
    (
        "T",
        [
            "CEO Yeon Ga-eun announced the merger on Thursday.",
            '"This makes us stronger," the CEO said.',
        ],
        [("makes us stronger", "Yeon Ga-eun")],
    ),
    (
        "T",
        [
            "Spokesperson Ma Hee-jung briefed reporters on the talks.",
            'The spokesperson said the date was "not yet fixed."',
        ],
        [("not yet fixed", "Ma Hee-jung")],
    ),
    (
        "T",
        [
            "Vice Unification Minister Chu Won-sik spoke at the forum.",
            '"Exchanges must resume," the vice minister said.',
            "He gave no date.",
        ],
        [("Exchanges must", "Chu Won-sik")],
    ),
    (
        "T",
        [
            "First Vice Defense Minister Wi Sung-jae attended the ceremony.",
            'The vice minister called the new drones "a leap forward."',
        ],
        [("a leap forward", "Wi Sung-jae")],
    ),
    (
        "T",
        [
            "Foreign Minister Nam Kung-hee held talks with her Chinese counterpart.",
            '"We discussed the North\'s missiles at length," the foreign minister said.',
        ],
        [("missiles at length", "Nam Kung-hee")],
    ),
    (
        "T",
        [
            "Pyun Jae-hee, a spokesperson for the fire agency, said the blaze was under control.",
            '"No one was hurt," the spokesperson added.',
        ],
        [("No one was hurt", "Pyun Jae-hee")],
    ),
    (
        "T",
        [
            "Lee Soo-ah, the chief economist at the bank, expects two rate cuts.",
            '"Inflation has peaked," the economist said.',
        ],
        [("Inflation has peaked", "Lee Soo-ah")],
    ),
    (
        "T",
        [
            "Gu Ja-ryong, head coach of the women's volleyball team, called a timeout.",
            '"We lost our rhythm," the coach said after the match.',
        ],
        [("lost our rhythm", "Gu Ja-ryong")],
    ),
    (
        "T",
        [
            "Kwak Eun-jo, a nurse at the county clinic, treats 40 patients a day.",
            '"Some walk two hours to get here," the nurse said.',
        ],
        [("walk two hours", "Kwak Eun-jo")],
    ),
    (
        "T",
        [
            "Baek Ho-sung, a farmer in Hongcheon, lost half his crop.",
            '"I have never seen rain like this," the farmer said.',
        ],
        [("never seen rain", "Baek Ho-sung")],
    ),
    (
        "T",
        [
            "Do Gyeong-min, the director of the film, was in Busan for the premiere.",
            '"It took eight years," the director said.',
        ],
        [("eight years", "Do Gyeong-min")],
    ),
    (
        "T",
        [
            "Seo In-guk, the team's captain, scored twice.",
            '"The young players carried us," the captain said.',
        ],
        [("carried us", "Seo In-guk")],
    ),
    (
        "R",
        [
            "Choi Da-som, who coaches the under-17 team, has picked 23 players.",
            '"They are hungry," the coach said.',
        ],
        [("They are hungry", "Choi Da-som")],
    ),
    (
        "R",
        [
            "Hong Ji-seok, who chairs the parliamentary committee, opened the hearing.",
            '"We want answers today," the chairman said.',
        ],
        [("want answers today", "Hong Ji-seok")],
    ),
    pytest.param(
        *(
            "R",
            [
                "Ahn Bo-ra, who heads the trade agency, flew to Jakarta.",
                '"Demand is rising fast," the agency chief said.',
            ],
            [("Demand is rising", "Ahn Bo-ra")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a compound description of a body's head ('the agency chief') after 'who heads"
            " the ... agency'",
        ),
    ),
    (
        "R",
        [
            "Yang Tae-il, who directed the documentary, spent two years on the island.",
            '"The islanders trusted us slowly," the director said.',
        ],
        [("trusted us slowly", "Yang Tae-il")],
    ),
    (
        "R",
        [
            "Min Chae-won, who owns a bakery in Mapo, raised her prices.",
            '"Flour costs twice what it did," the owner said.',
        ],
        [("Flour costs", "Min Chae-won")],
    ),
    (
        "R",
        [
            "Shim Kang-ho, who manages the hotel, said bookings had fallen.",
            '"Half our rooms are empty," the manager said.',
        ],
        [("Half our rooms", "Shim Kang-ho")],
    ),
    (
        "R",
        [
            "Jin Yu-na, who founded the startup in 2021, is hiring.",
            '"We need engineers most," the founder said.',
        ],
        [("need engineers", "Jin Yu-na")],
    ),
    (
        "R",
        [
            "Oh Se-hun, who teaches at a high school in Daegu, joined the rally.",
            '"Our workload keeps growing," the teacher said.',
        ],
        [("workload keeps", "Oh Se-hun")],
    ),
    pytest.param(
        *(
            "R",
            [
                "Bae Ha-neul, who wrote the novel, attended the reading.",
                '"I wrote it for my grandmother," the author said.',
            ],
            [("for my grandmother", "Bae Ha-neul")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'wrote' is left out of the agent-noun table (people also write posts and"
            " letters): 'the author' stays",
        ),
    ),
    pytest.param(
        *(
            "R",
            [
                "Jung Woo-jin, who led the rescue team, spoke at the scene.",
                '"The cave was flooded," the team leader said.',
            ],
            [("cave was flooded", "Jung Woo-jin")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a compound description ('the team leader') and a past 'led': not read as a"
            " role",
        ),
    ),
    (
        "R",
        [
            "Song Yeo-reum, who plays for Suwon, scored the winner.",
            '"I just hit it," the player said.',
        ],
        [("I just hit it", "Song Yeo-reum")],
    ),
    (
        "A",
        [
            "Park Jong-dae, 58, has run the shop for three decades.",
            '"My customers are my friends," the 58-year-old said.',
        ],
        [("my friends", "Park Jong-dae")],
    ),
    (
        "A",
        [
            "Kim Hye-ri, 34, quit her job last year.",
            '"I wanted my evenings back," the 34-year-old said.',
        ],
        [("evenings back", "Kim Hye-ri")],
    ),
    (
        "A",
        [
            "Retired teacher Noh Tae-rangn, 81, still volunteers every week.",
            '"Staying busy keeps me young," the 81-year-old said.',
        ],
        [("keeps me young", "Noh Tae-rangn")],
    ),
    (
        "A",
        [
            "The striker, Yoo Han-gyeol, 19, signed a five-year deal.",
            '"It is a dream," the 19-year-old said.',
        ],
        [("It is a dream", "Yoo Han-gyeol")],
    ),
    (
        "A",
        [
            "Cha Eun-hye, a 45-year-old nurse, moved to Germany in 2010.",
            '"I miss the food most," the 45-year-old said.',
        ],
        [("miss the food", "Cha Eun-hye")],
    ),
    (
        "A",
        [
            "Ji Sang-won, 62, and his wife run the ferry.",
            '"We have never missed a day," the 62-year-old said.',
        ],
        [("never missed a day", "Ji Sang-won")],
    ),
    (
        "A",
        [
            "Hyun Jae-yi, 27, won the title on Sunday.",
            '"I cried on the last hole," the 27-year-old said.',
            '"My father caddied for me," she added.',
        ],
        [("cried on the last hole", "Hyun Jae-yi"), ("caddied", "Hyun Jae-yi")],
    ),
    (
        "A",
        [
            "Goh Myung-sook, who is 74, began painting after her husband died.",
            '"It saved me," the 74-year-old said.',
        ],
        [("It saved me", "Goh Myung-sook")],
    ),
    (
        "A",
        [
            "Im Sung-bin, aged 66, has kept bees for forty years.",
            '"The bees are dying," the 66-year-old said.',
        ],
        [("bees are dying", "Im Sung-bin")],
    ),
    (
        "A",
        [
            "The victim's father, Cho Deok-su, 70, spoke outside the court.",
            '"Nothing brings my son back," the 70-year-old said.',
        ],
        [("brings my son back", "Cho Deok-su")],
    ),
    (
        "A",
        [
            "Han Ye-jin (39) runs a cafe near the station.",
            '"The rent went up again," the 39-year-old said.',
        ],
        [("rent went up", "Han Ye-jin")],
    ),
    (
        "A",
        [
            "Seong Ho-jun, a 52-year-old taxi driver, works nights.",
            '"Fares have not kept up," the driver said.',
        ],
        [("Fares have not", "Seong Ho-jun")],
    ),
    (
        "F",
        [
            "Former prosecutor Yoon Sol-ah now runs a law firm in Seocho.",
            '"The indictment is weak," the former prosecutor said.',
        ],
        [("indictment is weak", "Yoon Sol-ah")],
    ),
    (
        "F",
        [
            "Kwon Il-do, a former defense minister, criticized the cut.",
            '"It leaves a gap in the west," the former minister said.',
        ],
        [("gap in the west", "Kwon Il-do")],
    ),
    pytest.param(
        *(
            "F",
            [
                "Ex-ambassador Tae Soo-min spoke at the seminar.",
                'The former ambassador said Tokyo was "running out of patience."',
            ],
            [("running out of patience", "Tae Soo-min")],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="'Ex-ambassador' is not read as a title giving the former role"
        ),
    ),
    pytest.param(
        *(
            "F",
            [
                "Pi Jae-gyun, who served as finance minister until 2022, opposed the tax.",
                '"It will hurt small firms," the former minister said.',
            ],
            [("hurt small firms", "Pi Jae-gyun")],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="'who served as finance minister until 2022' gives no former role"
        ),
    ),
    (
        "F",
        [
            "Former national team coach Lim Dal-ho joined the broadcast.",
            '"The midfield was too slow," the former coach said.',
        ],
        [("midfield was too slow", "Lim Dal-ho")],
    ),
    (
        "F",
        [
            "Ryu Seung-ah, a former police officer, now trains dogs.",
            '"Dogs never lie," the former officer said.',
        ],
        [("Dogs never lie", "Ryu Seung-ah")],
    ),
    (
        "F",
        [
            "Former lawmaker Byun Ga-ram announced his return.",
            '"The party needs new faces," the former lawmaker said.',
        ],
        [("needs new faces", "Byun Ga-ram")],
    ),
    (
        "F",
        [
            "Former President Moon Ha-gyeong, 71, visited the shelter.",
            '"We owe them more," the former president said.',
        ],
        [("owe them more", "Moon Ha-gyeong")],
    ),
    (
        "F",
        [
            "Kil Hyo-jin, who was a diplomat for 30 years, wrote the report.",
            '"Seoul must act first," the veteran diplomat said.',
        ],
        [("must act first", "Kil Hyo-jin")],
    ),
    (
        "F",
        [
            "Former spy chief Nam Gung-seok testified on Tuesday.",
            '"I gave no such order," the former spy chief said.',
        ],
        [("no such order", "Nam Gung-seok")],
    ),
    (
        "O",
        [
            "Unification Minister Gahng Tae-jun met Rep. Sohn Yu-jin, who chairs the foreign"
            " affairs committee.",
            '"We will brief the committee monthly," the minister said.',
        ],
        [("brief the committee", "Gahng Tae-jun")],
    ),
    (
        "O",
        [
            "Coach Pyo Dong-hyuk praised striker Ahn Bo-rim after the win.",
            '"He has matured a lot," the coach said.',
        ],
        [("matured a lot", "Pyo Dong-hyuk")],
    ),
    (
        "O",
        [
            "Coach Pyo Dong-hyuk praised striker Ahn Bo-rim after the win.",
            '"I owe the coach everything," the striker said.',
        ],
        [("owe the coach", "Ahn Bo-rim")],
    ),
    (
        "O",
        [
            "Judge Seon Ha-yul sentenced Kim Do-yun, a former bank manager, to three years.",
            '"The defendant showed no remorse," the judge said.',
        ],
        [("showed no remorse", "Seon Ha-yul")],
    ),
    (
        "O",
        [
            "Mayor Eom Sae-bom met Governor Tak Mi-rae in Chuncheon.",
            '"The city will pay its share," the mayor said.',
        ],
        [("pay its share", "Eom Sae-bom")],
    ),
    (
        "O",
        [
            "Mayor Eom Sae-bom met Governor Tak Mi-rae in Chuncheon.",
            '"The province cannot pay it all," the governor said.',
        ],
        [("cannot pay it all", "Tak Mi-rae")],
    ),
    (
        "O",
        [
            "Park Jong-dae, 58, and his son Park Min-gyu, 31, run the shop together.",
            '"He wants to sell online," the 58-year-old said.',
        ],
        [("sell online", "Park Jong-dae")],
    ),
    (
        "O",
        [
            "Park Jong-dae, 58, and his son Park Min-gyu, 31, run the shop together.",
            '"Dad is old-fashioned," the 31-year-old said.',
        ],
        [("old-fashioned", "Park Min-gyu")],
    ),
    (
        "O",
        [
            "Former prosecutor Yoon Sol-ah and Rep. Bong Hyun-joo debated the bill on radio.",
            '"The bill is unconstitutional," the former prosecutor said.',
        ],
        [("unconstitutional", "Yoon Sol-ah")],
    ),
    (
        "O",
        [
            "Defense Minister Do Ha-rin spoke with Gen. Cheon Seung-ho, the JCS chairman, by"
            " phone.",
            '"We are watching closely," the general said.',
        ],
        [("watching closely", "Cheon Seung-ho")],
    ),
    (
        "O",
        [
            "Defense Minister Do Ha-rin spoke with Gen. Cheon Seung-ho, the JCS chairman, by"
            " phone.",
            '"We are watching closely," the minister said.',
        ],
        [("watching closely", "Do Ha-rin")],
    ),
    (
        "O",
        [
            "Ambassador Jegal Yoon-ha hosted Professor Dokgo Hyun at the embassy.",
            '"Scholars build bridges," the ambassador said.',
        ],
        [("Scholars build", "Jegal Yoon-ha")],
    ),
    (
        "O",
        [
            "Choi Da-som, who coaches the team, sat beside captain Lee Ha-rang at the news"
            " conference.",
            '"We play for the fans," the captain said.',
        ],
        [("play for the fans", "Lee Ha-rang")],
    ),
    (
        "O",
        [
            "Nurse Kwak Eun-jo and Dr. Byeon Sung-il work the night shift together.",
            '"We are always short of staff," the doctor said.',
        ],
        [("short of staff", "Byeon Sung-il")],
    ),
    (
        "O",
        [
            "Kwon Il-do, a former defense minister, debated Rep. Hwangbo Min-seo on the plan.",
            '"The plan is reckless," the lawmaker said.',
        ],
        [("plan is reckless", "Hwangbo Min-seo")],
    ),
    (
        "B",
        [
            "Rep. Hwangbo Min-seo and Rep. Tak Jun-young filed rival bills on Monday.",
            '"Ours is cheaper," the lawmaker said.',
        ],
        [("Ours is cheaper", "-lawmaker")],
    ),
    (
        "B",
        [
            "Coach Pyo Dong-hyuk of Ulsan and coach Ryeo Seon-gyu of Pohang shook hands.",
            '"It was a fair result," the coach said.',
        ],
        [("a fair result", "-coach")],
    ),
    (
        "B",
        [
            "Judge Seon Ha-yul and Judge Bok Ji-won dissented in part.",
            '"The majority went too far," the judge wrote.',
        ],
        [("went too far", "-judge")],
    ),
    (
        "B",
        [
            "Oh Se-hun, 45, and Kang Mi-so, 45, both teach at the school.",
            '"We were not consulted," the 45-year-old said.',
        ],
        [("not consulted", "-year-old")],
    ),
    (  # a strict xfail until session 19's review: a plural title no longer titles one name
        "B",
        [
            "Former ministers Pi Jae-gyun and Kwon Il-do signed the letter.",
            '"This is a mistake," the former minister said.',
        ],
        [("This is a mistake", "-minister")],
    ),
    (  # a strict xfail until round 142: a person's "of X and Mayor B" is two people
        "B",
        [
            "Mayor Eom Sae-bom of Chuncheon and Mayor Gil Tae-woong of Wonju signed the pact.",
            '"Our cities need each other," the mayor said.',
        ],
        [("need each other", "-mayor")],
    ),
    (
        "P",
        [
            "Park Jong-dae, who runs the shop, hired Jeon Woo-sik last spring.",
            '"He learns fast," Park said.',
            '"It is hard work, but I like it," he said.',
        ],
        [("learns fast", "Park Jong-dae")],
    ),
    (
        "P",
        [
            "Rep. Bong Hyun-joo met Health Minister Ha Seul-gi on Tuesday. Bong said the ministry"
            " had ignored nurses.",
            '"They were never asked," she said.',
        ],
        [("never asked", "Bong Hyun-joo")],
    ),
    (
        "P",
        ["Kim Hye-ri said the company had cut her hours.", '"I had no warning," she said.'],
        [("no warning", "Kim Hye-ri")],
    ),
    (
        "P",
        [
            "The Ministry of Environment fined Daesan Chemical on Monday.",
            'Kang Min-chul, who represents residents, said the fine was "too small."',
            '"It will not stop them," he said.',
        ],
        [("too small", "Kang Min-chul"), ("will not stop them", "Kang Min-chul")],
    ),
    (
        "P",
        [
            "Ahn Bo-ra, head of the trade agency, spoke at the forum.",
            '"Exports will grow," she said.',
        ],
        [("Exports will grow", "Ahn Bo-ra")],
    ),
    (
        "P",
        [
            "Ahn Bo-ra, head of the trade agency, spoke at the forum with Seo Yun-bi, a professor.",
            '"Exports will grow," Ahn said.',
            '"But not evenly," she added.',
        ],
        [("Exports will grow", "Ahn Bo-ra"), ("not evenly", "Ahn Bo-ra")],
    ),
    (
        "P",
        [
            "Daesan Chemical said it would appeal the fine.",
            '"The ruling ignored our data," it said.',
        ],
        [("ignored our data", "Daesan Chemical")],
    ),
    (
        "P",
        [
            "Baek Ho-sung, a farmer, sued Daesan Chemical last year.",
            '"They poisoned my land," he said.',
        ],
        [("poisoned my land", "Baek Ho-sung")],
    ),
    (
        "P",
        [
            "Coach Pyo Dong-hyuk benched Ahn Bo-rim and Yoo Han-gyeol for the final.",
            '"It was a hard call," he said.',
        ],
        [("a hard call", "Pyo Dong-hyuk")],
    ),
    (
        "P",
        [
            "Kwak Eun-jo met her sister Kwak Eun-bi at the airport.",
            '"She had not changed at all," Kwak Eun-jo said.',
            '"I cried," she added.',
        ],
        [("I cried", "Kwak Eun-jo")],
    ),
    (
        "P",
        [
            "Min Chae-won, who owns the bakery, said her landlord, Hwang Deok-hee, raised the"
            " rent.",
            '"I may have to close," she said.',
        ],
        [("have to close", "Min Chae-won")],
    ),
    (
        "P",
        [
            "Yang Tae-il said he had met the island's chief, Seok Bong-gu, many times.",
            '"He taught me patience," Yang said.',
            '"I still call him," he added.',
        ],
        [("taught me patience", "Yang Tae-il"), ("still call him", "Yang Tae-il")],
    ),
    pytest.param(
        *(
            "P",
            [
                "The KTX operator, Korail, apologized for the delays.",
                '"We will refund every ticket," it said.',
            ],
            [("refund every ticket", "Korail")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'The KTX operator, Korail,': a body's name after a described body is not what"
            " 'it' means",
        ),
    ),
    (
        "P",
        [
            "Hanbit Motors reported record profits, the company said on Tuesday.",
            '"Demand for hybrids drove the gain," it said in a statement.',
        ],
        [("hybrids drove", "Hanbit Motors")],
    ),
    (
        "P",
        ["Lee Soo-ah of Hanil Bank expects two rate cuts.", '"Inflation has peaked," she said.'],
        [("Inflation has peaked", "Lee Soo-ah")],
    ),
    (
        "P",
        [
            "The union's leader, Cheon Mi-kyung, rejected the offer on Friday.",
            '"It is an insult," she told reporters.',
        ],
        [("an insult", "Cheon Mi-kyung")],
    ),
    (
        "I",
        [
            "The unification ministry said Tuesday that North Korea had cut the hotline again.",
            '"We urge the North to restore it," it said.',
        ],
        [("restore it", "unification ministry")],
    ),
    (
        "I",
        [
            "The foreign ministry said it was monitoring the situation in Japan closely.",
            '"Our citizens are safe," it said.',
        ],
        [("citizens are safe", "foreign ministry")],
    ),
    (
        "I",
        [
            "The Korea Meteorological Administration said a typhoon would reach Jeju on Friday.",
            '"Residents should stay indoors," it said.',
        ],
        [("stay indoors", "Korea Meteorological Administration")],
    ),
    (
        "I",
        [
            "The defense ministry said China had sent two planes into the zone.",
            '"We lodged a protest," it said.',
        ],
        [("lodged a protest", "defense ministry")],
    ),
    (
        "I",
        [
            "The Ministry of Land said Seoul had the highest prices in the country.",
            '"Supply will rise next year," it said.',
        ],
        [("Supply will rise", "Ministry of Land")],
    ),
    (
        "I",
        [
            "Statistics Korea said Busan lost 20,000 residents last year.",
            '"The decline is speeding up," it said.',
        ],
        [("speeding up", "Statistics Korea")],
    ),
    (
        "I",
        [
            "The Joint Chiefs of Staff said North Korea fired two missiles into the East Sea.",
            '"Our military is fully ready," it said.',
        ],
        [("fully ready", "Joint Chiefs of Staff")],
    ),
    (
        "I",
        [
            "The ministry of health said in a statement that Vietnam had lifted the ban.",
            'It called the decision "long overdue."',
        ],
        [("long overdue", "ministry of health")],
    ),
    (
        "I",
        [
            "The agriculture ministry said Japan would resume imports of Korean pears.",
            '"Farmers will benefit," the ministry said.',
            '"Exports could double," it added.',
        ],
        [
            ("Farmers will benefit", "agriculture ministry"),
            ("could double", "agriculture ministry"),
        ],
    ),
    (
        "I",
        [
            "The Korea Customs Service said shipments to China fell 8 percent.",
            '"Chip exports held up," it said.',
        ],
        [("Chip exports", "Korea Customs Service")],
    ),
    (
        "I",
        [
            "The National Police Agency said Incheon had the most cases.",
            '"We will add patrols there," it said.',
        ],
        [("add patrols", "National Police Agency")],
    ),
    (
        "I",
        [
            "The fire agency said the blaze in Ulsan was put out after six hours.",
            '"The cause is under investigation," it said.',
        ],
        [("under investigation", "fire agency")],
    ),
    (
        "D",
        [
            "The Unification Ministry said Tuesday it would fund two more reunion centers.",
            '"Families cannot wait," the ministry said.',
        ],
        [("cannot wait", "Unification Ministry")],
    ),
    (
        "D",
        [
            "North Korea's Korean Central News Agency (KCNA) reported the launch on Thursday.",
            '"The test was a success," the KCNA said.',
        ],
        [("was a success", "Korean Central News Agency")],
    ),
    (
        "D",
        [
            "North Korea's Korean Central News Agency reported the launch on Thursday.",
            '"The test was a success," the agency said.',
        ],
        [("was a success", "Korean Central News Agency")],
    ),
    (
        "D",
        [
            "The Rodong Sinmun, the North's main newspaper, ran a long editorial on Sunday.",
            'The paper called the drills "a rehearsal for invasion."',
        ],
        [("rehearsal for invasion", "Rodong Sinmun")],
    ),
    (
        "D",
        [
            "Pyongyang denounced the sanctions on Friday.",
            '"They will never break us," the North said.',
        ],
        [("never break us", "North Korea")],
    ),
    (
        "D",
        [
            "North Korea denounced the sanctions on Friday.",
            '"They will never break us," Pyongyang said.',
        ],
        [("never break us", "North Korea")],
    ),
    (
        "D",
        [
            "Hanbit Motors said it would build a plant in Georgia.",
            '"The plant will employ 3,000 people," the company said.',
        ],
        [("employ 3,000", "Hanbit Motors")],
    ),
    (
        "D",
        [
            "The Korean Confederation of Trade Unions called a general strike.",
            '"Workers have had enough," the union said.',
        ],
        [("had enough", "Korean Confederation of Trade Unions")],
    ),
    (
        "D",
        [
            "The Fair Trade Commission fined three flour makers on Wednesday.",
            '"They fixed prices for a decade," the commission said.',
        ],
        [("fixed prices", "Fair Trade Commission")],
    ),
    (
        "D",
        [
            "The Seoul Central District Court rejected the request.",
            '"The risk of flight is low," the court said.',
        ],
        [("risk of flight", "Seoul Central District Court")],
    ),
    pytest.param(
        *(
            "D",
            [
                "The Korea Baseball Organization announced the new rules.",
                '"Games are too long," the league said.',
            ],
            [("too long", "Korea Baseball Organization")],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="'the league' does not refer back to a body named 'Organization'"
        ),
    ),
    (
        "D",
        [
            "Green Korea United, an environmental group, opposed the dam.",
            '"The valley will be lost," the group said.',
        ],
        [("valley will be lost", "Green Korea United")],
    ),
    (
        "D",
        [
            "The Financial Supervisory Service warned banks on Monday.",
            '"Lending has grown too fast," the watchdog said.',
        ],
        [("grown too fast", "Financial Supervisory Service")],
    ),
    (
        "D",
        [
            "The presidential office said the summit would go ahead.",
            '"Preparations are on track," the office said.',
        ],
        [("on track", "presidential office")],
    ),
    (
        "D",
        [
            "The Ministry of Foreign Affairs summoned the Japanese ambassador.",
            '"The claim is groundless," the ministry said.',
            '"We demand its withdrawal," it added.',
        ],
        [
            ("groundless", "Ministry of Foreign Affairs"),
            ("demand its withdrawal", "Ministry of Foreign Affairs"),
        ],
    ),
    (
        "D",
        [
            "China's foreign ministry rejected the report.",
            '"It is pure fabrication," the ministry said.',
        ],
        [("pure fabrication", "foreign ministry")],
    ),
    (
        "D",
        [
            "North Korea's foreign ministry issued a statement on the drills.",
            '"The US is playing with fire," the ministry said.',
        ],
        [("playing with fire", "foreign ministry")],
    ),
    (
        "D",
        [
            "The National Assembly passed the bill 180 to 95.",
            'Korea Employers Federation called it "a blow to investment."',
            '"Firms will leave," the federation said.',
        ],
        [("Firms will leave", "Korea Employers Federation")],
    ),
    (
        "D",
        [
            "The Unification Ministry said North Korea had not answered its calls for a week.",
            '"We are concerned," the ministry said.',
        ],
        [("We are concerned", "Unification Ministry")],
    ),
    pytest.param(
        *(
            "D",
            [
                "Samil Electronics and Hanbit Motors announced a battery venture.",
                '"Both sides put in equal money," the company said.',
            ],
            [("equal money", "-company")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="two companies joined by 'and' are read as one name, which 'the company' then"
            " means",
        ),
    ),
    (
        "D",
        [
            "The health ministry and the education ministry issued joint guidelines.",
            '"Schools must report cases within a day," the ministry said.',
        ],
        [("within a day", "-ministry")],
    ),
    (
        "V",
        [
            "Rep. Tak Jun-young, a five-term lawmaker, chaired the session.",
            '"I have seen this before," the veteran lawmaker said.',
        ],
        [("seen this before", "Tak Jun-young")],
    ),
    (
        "V",
        [
            "Bae Ha-neul, a novelist, won the literary prize on Monday.",
            '"I wrote it at night," the novelist said.',
        ],
        [("wrote it at night", "Bae Ha-neul")],
    ),
    (
        "V",
        [
            "Kim Gyu-ri, the actress, returned to the stage after ten years.",
            '"I was terrified," the actress said.',
        ],
        [("terrified", "Kim Gyu-ri")],
    ),
    (
        "V",
        [
            "Gen. Cheon Seung-ho, the JCS chairman, briefed lawmakers.",
            '"The North may test again soon," the JCS chief said.',
        ],
        [("test again soon", "Cheon Seung-ho")],
    ),
    (
        "V",
        [
            "Cheon Mi-kyung, the union's leader, rejected the offer.",
            '"It is an insult," the union leader said.',
        ],
        [("an insult", "Cheon Mi-kyung")],
    ),
    (
        "V",
        [
            "Hyun Jae-yi, a golfer from Jeju, won the title on Sunday.",
            '"I cried on the last hole," the golfer said.',
        ],
        [("last hole", "Hyun Jae-yi")],
    ),
    (
        "V",
        [
            "Official Seo Yoon-ah of the labor ministry briefed reporters.",
            '"The new rules start in March," the official said.',
        ],
        [("start in March", "Seo Yoon-ah")],
    ),
    (
        "V",
        [
            "Seo Yoon-ah, an official of the labor ministry, briefed reporters.",
            '"The new rules start in March," the official said.',
        ],
        [("start in March", "Seo Yoon-ah")],
    ),
    (
        "V",
        [
            "A senior official at the presidential office spoke on condition of anonymity.",
            '"The summit is on," the official said.',
        ],
        [("summit is on", "senior official")],
    ),
    (
        "V",
        [
            "Dr. Byeon Sung-il, who treated the boy, spoke at the hospital.",
            '"He is out of danger," the doctor said.',
        ],
        [("out of danger", "Byeon Sung-il")],
    ),
    (
        "V",
        [
            "Byeon Sung-il, a surgeon, operated for nine hours.",
            '"We nearly lost him," the surgeon said.',
        ],
        [("nearly lost him", "Byeon Sung-il")],
    ),
    (
        "V",
        [
            "The ruling party's floor leader, Ra Dong-gun, met the opposition leader.",
            '"We found common ground," the floor leader said.',
        ],
        [("common ground", "Ra Dong-gun")],
    ),
    (
        "V",
        [
            "Hong Ji-seok, chairman of the National Assembly's defense committee, opened the"
            " hearing.",
            '"We want answers today," the committee chairman said.',
        ],
        [("want answers", "Hong Ji-seok")],
    ),
    (
        "P",
        [
            "Ahn Bo-ra said the trade agency would open offices in Africa.",
            '"It is time," she said.',
        ],
        [("It is time", "Ahn Bo-ra")],
    ),
    (
        "P",
        [
            "The trade agency said Ahn Bo-ra would lead the mission.",
            '"The mission leaves on Monday," it said.',
        ],
        [("leaves on Monday", "trade agency")],
    ),
    (
        "P",
        [
            "Hanbit Motors' CEO Yeon Ga-eun announced the plant.",
            '"We chose Georgia for its workers," she said.',
        ],
        [("chose Georgia", "Yeon Ga-eun")],
    ),
    (
        "P",
        [
            "Hanbit Motors' CEO Yeon Ga-eun announced the plant.",
            '"We chose Georgia for its workers," the CEO said.',
        ],
        [("chose Georgia", "Yeon Ga-eun")],
    ),
    (
        "P",
        [
            "Kim Hye-ri and Min Chae-won opened the cafe together.",
            '"We argue every day," she said.',
        ],
        [("argue every day", None)],
    ),
    (
        "P",
        [
            "Kim Hye-ri hugged Min Chae-won at the finish line.",
            '"She pushed me the whole way," Kim said.',
            '"I owe her," she added.',
        ],
        [("I owe her", "Kim Hye-ri")],
    ),
    (
        "I",
        [
            "The Unification Ministry said Pyongyang had not replied to the offer.",
            '"We will wait," it said.',
        ],
        [("We will wait", "Unification Ministry")],
    ),
    (
        "I",
        [
            "The transport ministry said Jeju Island would get a second airport by 2035.",
            '"Construction begins next year," it said.',
        ],
        [("Construction begins", "transport ministry")],
    ),
    (
        "D",
        [
            "The Korean Central News Agency said leader Kim Jong-un had visited a farm.",
            '"The harvest is the best in a decade," the KCNA said.',
        ],
        [("best in a decade", "Korean Central News Agency")],
    ),
    (
        "P",
        [
            "Lee Soo-ah, an economist at Hanil Bank, spoke after the bank raised its forecast.",
            '"Exports will carry growth," she said.',
        ],
        [("carry growth", "Lee Soo-ah")],
    ),
    (
        "A",
        [
            "Goh Myung-sook, 74, paints with her granddaughter Yoon Ha-eun, 19, every Sunday.",
            '"She is better than me," the 74-year-old said.',
        ],
        [("better than me", "Goh Myung-sook")],
    ),
    (
        "A",
        [
            "Goh Myung-sook, 74, paints with her granddaughter Yoon Ha-eun, 19, every Sunday.",
            '"Grandma taught me everything," the 19-year-old said.',
        ],
        [("taught me everything", "Yoon Ha-eun")],
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
