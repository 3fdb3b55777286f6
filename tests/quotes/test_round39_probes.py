"""Round 39's probe battery: which words are a quotation and whose, in invented wire copy.

Each probe is one to four invented paragraphs and, for some of its quotations (found by a
piece of their text), the speaker a careful reader gives: a name or role the panel's short
speaker (or full speaker) must hold, or None for no speaker (a term, a title, a slogan, a
nickname, or a speaker the text leaves unclear; "-word" allows only that speaker). A full
speaker must not run on into the occasion ("at a press conference"). Only probes whose answer
is certain are kept; the eight the extractor still misses are strict xfails: each a
quotation left with no speaker (or not extracted) where the speaker is plain, the lesser error
(a ninth, a wrong speaker, 'Ha, asked by Yeo "why now," said ...' giving the question to Ha,
passes since round 40 and is an ordinary probe).
Categories: A partials of one to three words, B two fragments in one sentence, C a fragment
glued to a word or mark, D quote-only continuation paragraphs, E interview questions and
answers, F state media relaying a person, G a partial next to an object that is not the
speaker, H terms, titles, slogans, nicknames, I the speaker phrase after an inverted verb;
a second and third series (suffix 2 and 3, Q questions, S state media, T terms) probe the same
shapes in other words.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_N = None
_RUN_ON: tuple[str, ...] = (" at ", " during ", " in a ", " in an ", " on friday", " on monday")
_RUN_ON += (" via ", " after ", " while ", " before ", " as he", " as she", " through ")
_RUN_ON += (" upon ", " in seoul")

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "A",
        ['Unification Minister Tak Seo-yoon urged a "swift" response to the launch.'],
        [("swift", "Tak Seo-yoon")],
    ),
    ("A", ['Tak Seo-yoon called the drill "reckless" on Monday.'], [("reckless", "Tak Seo-yoon")]),
    (
        "A",
        ['Pyeon Ji-ho, a lawmaker of the ruling party, described the plan as "deeply flawed."'],
        [("deeply flawed", "Pyeon Ji-ho")],
    ),
    (
        "A",
        ['The minister said the talks were "very productive" and would resume next week.'],
        [("very productive", "minister")],
    ),
    (
        "A",
        ['Ra Eun-bi said the talks were "very productive" and would resume next week.'],
        [("very productive", "Ra Eun-bi")],
    ),
    (
        "A",
        ['Seok Hyun-woo vowed a "stern" response if the North crossed the line.'],
        [("stern", "Seok Hyun-woo")],
    ),
    (
        "A",
        ['Defense Minister Do Ha-rin warned of "grave consequences" for any attack.'],
        [("grave consequences", "Do Ha-rin")],
    ),
    (
        "A",
        ['Gu Min-jae told reporters the deal was "a good start."'],
        [("a good start", "Gu Min-jae")],
    ),
    ("A", ['The proposal is "unacceptable," Yeo Su-bin said.'], [("unacceptable", "Yeo Su-bin")]),
    (
        "A",
        ['Ha Tae-oh labeled the report "fake news" in a post on X.'],
        [("fake news", "Ha Tae-oh")],
    ),
    (
        "A",
        ['President Jin Seol-a pledged "full support" for the victims\' families.'],
        [("full support", "Jin Seol-a")],
    ),
    ("A", ['Maeng Do-hyun said he felt "humbled" by the result.'], [("humbled", "Maeng Do-hyun")]),
    (
        "A",
        ['According to Marta Vellini, the economy is "on a knife\'s edge."'],
        [("knife", "Marta Vellini")],
    ),
    (
        "A",
        ['Henrik Osterby expressed "deep regret" over the incident, his office said.'],
        [("deep regret", "Henrik Osterby")],
    ),
    (
        "A",
        ['The ministry called the move "regrettable" and summoned the ambassador.'],
        [("regrettable", "ministry")],
    ),
    pytest.param(
        "A",
        ['Priya Ranganathan, chief economist at Norvik Bank, sees growth as "modest at best."'],
        [("modest at best", "Priya Ranganathan")],
        marks=pytest.mark.xfail(strict=True),
    ),
    ("A", ['Tak said the economy was in "good shape."'], [("good shape", "Tak")]),
    (
        "A",
        [
            "Unification Minister Tak Seo-yoon spoke on Tuesday.",
            'Tak said the economy was in "good shape."',
        ],
        [("good shape", "Tak Seo-yoon")],
    ),
    (
        "A",
        ['Seok Hyun-woo, the party leader, promised to "fight to the end."'],
        [("fight to the end", "Seok Hyun-woo")],
    ),
    (
        "A",
        ['Do Ha-rin denounced what she called "political revenge."'],
        [("political revenge", "Do Ha-rin")],
    ),
    (
        "A",
        ['In a statement, Gu Min-jae said the ruling was "a disgrace."'],
        [("a disgrace", "Gu Min-jae")],
    ),
    (
        "A",
        ['Yeo Su-bin insisted that the firm had acted "in good faith" throughout.'],
        [("in good faith", "Yeo Su-bin")],
    ),
    (
        "A",
        ['Ha Tae-oh dismissed the claims as "groundless" at a press conference on Friday.'],
        [("groundless", "Ha Tae-oh")],
    ),
    (
        "A",
        ['The prime minister, Jin Seol-a, said the cuts would be "painful but necessary."'],
        [("painful but necessary", "Jin Seol-a")],
    ),
    (
        "B",
        ['Tak Seo-yoon called the launch "reckless" and "a clear provocation."'],
        [("reckless", "Tak Seo-yoon"), ("clear provocation", "Tak Seo-yoon")],
    ),
    (
        "B",
        ['Pyeon Ji-ho described the deal as "historic" but warned of "hard work ahead."'],
        [("historic", "Pyeon Ji-ho"), ("hard work ahead", "Pyeon Ji-ho")],
    ),
    (
        "B",
        ['Ra Eun-bi said the budget was "bloated," while Seok Hyun-woo called it "lean."'],
        [("bloated", "Ra Eun-bi"), ("lean", "Seok Hyun-woo")],
    ),
    (
        "B",
        ['The plan is "bold" and "overdue," Do Ha-rin said.'],
        [("bold", "Do Ha-rin"), ("overdue", "Do Ha-rin")],
    ),
    (
        "B",
        ['Gu Min-jae urged "calm" and "restraint" from both sides.'],
        [("calm", "Gu Min-jae"), ("restraint", "Gu Min-jae")],
    ),
    (
        "B",
        ['Yeo Su-bin called the verdict "unjust," and Ha Tae-oh called it "a travesty."'],
        [("unjust", "Yeo Su-bin"), ("travesty", "Ha Tae-oh")],
    ),
    pytest.param(
        "B",
        ['While Jin Seol-a praised the "steady" recovery, Maeng Do-hyun warned of "storm clouds."'],
        [("steady", "Jin Seol-a"), ("storm clouds", "Maeng Do-hyun")],
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "B",
        ['Marta Vellini said the plan was "ambitious" but "achievable."'],
        [("ambitious", "Marta Vellini"), ("achievable", "Marta Vellini")],
    ),
    (
        "B",
        ['"We are ready," Tak Seo-yoon said, calling the talks "overdue."'],
        [("We are ready", "Tak Seo-yoon"), ("overdue", "Tak Seo-yoon")],
    ),
    (
        "B",
        [
            'Henrik Osterby said the rules were "outdated," adding they were "a burden" '
            "on small firms."
        ],
        [("outdated", "Henrik Osterby"), ("a burden", "Henrik Osterby")],
    ),
    (
        "C",
        ['Tak Seo-yoon called it a "historic"moment for the region.'],
        [("historic", "Tak Seo-yoon")],
    ),
    (
        "C",
        ['Pyeon Ji-ho said the firm\'s "zero-risk" claim was false.'],
        [("zero-risk", "Pyeon Ji-ho")],
    ),
    (
        "C",
        ['Ra Eun-bi criticized the "wait-and-see"approach of the central bank.'],
        [("wait-and-see", _N)],
    ),
    ("C", ['Seok Hyun-woo said the "so-called" reform was a sham.'], [("so-called", _N)]),
    (
        "C",
        ['The plan was "dead on arrival"; Do Ha-rin said so on Monday.'],
        [("dead on arrival", "Do Ha-rin")],
    ),
    (
        "C",
        ['Gu Min-jae said it was "too little, too late".'],
        [("too little, too late", "Gu Min-jae")],
    ),
    (
        "C",
        ['Yeo Su-bin said the measures were "long overdue"-- a view her rivals share.'],
        [("long overdue", "Yeo Su-bin")],
    ),
    (
        "C",
        ['Ha Tae-oh called for "dialogue"(not sanctions) with Pyongyang.'],
        [("dialogue", "Ha Tae-oh")],
    ),
    (
        "D",
        ['"We will not back down," Tak Seo-yoon said.', '"The people are with us."'],
        [("We will not back down", "Tak Seo-yoon"), ("people are with us", "Tak Seo-yoon")],
    ),
    (
        "D",
        [
            '"We will not back down," Tak Seo-yoon said.',
            '"The people are with us."',
            '"We will win."',
        ],
        [("We will win", "Tak Seo-yoon")],
    ),
    (
        "D",
        [
            '"We will not back down," Tak Seo-yoon said.',
            "Pyeon Ji-ho said the plan would fail.",
            '"It is doomed."',
        ],
        [("It is doomed", "Pyeon Ji-ho")],
    ),
    (
        "D",
        [
            'Tak Seo-yoon spoke first. "We need more time," she said.',
            '"Nobody wants a rushed deal."',
        ],
        [("Nobody wants", "Tak Seo-yoon")],
    ),
    (
        "D",
        [
            '"We will not back down," Tak Seo-yoon said.',
            "The vote is scheduled for Friday.",
            '"It is a matter of principle."',
        ],
        [("matter of principle", "Tak Seo-yoon")],
    ),
    (
        "D",
        [
            '"Costs are rising," said Ra Eun-bi, a shop owner in Busan.',
            '"Customers are not coming back."',
            "Seok Hyun-woo, who runs a cafe nearby, agreed.",
            '"It is the worst year I remember."',
        ],
        [("Customers are not", "Ra Eun-bi"), ("worst year", "Seok Hyun-woo")],
    ),
    (
        "D",
        [
            '"We are deeply concerned," the ministry said in a statement.',
            '"Further steps will follow."',
        ],
        [("Further steps", "ministry")],
    ),
    (
        "D",
        ['Tak Seo-yoon said: "We stand ready to talk.', '"But we will not be bullied."'],
        [("stand ready", "Tak Seo-yoon"), ("not be bullied", "Tak Seo-yoon")],
    ),
    (
        "D",
        [
            '"Tell them we tried," Gu Min-jae said, and walked out.',
            '"This is not over," Yeo Su-bin said.',
        ],
        [("Tell them", "Gu Min-jae"), ("not over", "Yeo Su-bin")],
    ),
    (
        "D",
        [
            "The Korea Exporters Union said exports would slow.",
            '"The second half will be tougher."',
        ],
        [("second half", "Korea Exporters Union")],
    ),
    (
        "D",
        ['"We will rebuild," Jin Seol-a said. "Every house will be repaired."'],
        [("Every house", "Jin Seol-a")],
    ),
    (
        "E",
        ['Asked whether she would run again, Tak Seo-yoon said, "Not this time."'],
        [("Not this time", "Tak Seo-yoon")],
    ),
    (
        "E",
        ['When asked about the sanctions, Pyeon Ji-ho said they were "working as intended."'],
        [("working as intended", "Pyeon Ji-ho")],
    ),
    (
        "E",
        ['Asked if the talks had failed, she said, "No, they have only paused."'],
        [("only paused", _N)],
    ),
    (
        "E",
        [
            "Ra Eun-bi met reporters on Monday.",
            'Asked if the talks had failed, she said, "No, they have only paused."',
        ],
        [("only paused", "Ra Eun-bi")],
    ),
    (
        "E",
        ['Asked by Seok Hyun-woo about the delay, the minister said, "We are doing our best."'],
        [("doing our best", "minister")],
    ),
    (
        "E",
        [
            'Asked by reporters whether Do Ha-rin would resign, Gu Min-jae said, "That '
            'is her decision."'
        ],
        [("her decision", "Gu Min-jae")],
    ),
    (
        "E",
        ['"Will you resign?" a reporter asked Yeo Su-bin. "Never," she replied.'],
        [("Will you resign", "reporter"), ("Never", "Yeo Su-bin")],
    ),
    (
        "E",
        ['When a reporter asked Ha Tae-oh, "Is the deal dead?" he said, "Far from it."'],
        [("Far from it", "Ha Tae-oh")],
    ),
    (
        "E",
        ['In an interview with The Herald, Jin Seol-a said, "Growth will return next year."'],
        [("Growth will return", "Jin Seol-a")],
    ),
    (
        "E",
        ['Maeng Do-hyun, asked whether Marta Vellini would join the board, said, "I hope so."'],
        [("I hope so", "Maeng Do-hyun")],
    ),
    (
        "E",
        ['Asked about Henrik Osterby\'s remarks, Priya Ranganathan said, "He is mistaken."'],
        [("He is mistaken", "Priya Ranganathan")],
    ),
    (
        "E",
        ['Q: "What comes next?" A: "More talks," Tak Seo-yoon said.'],
        [("More talks", "Tak Seo-yoon")],
    ),
    ("E", ['Tak Seo-yoon was asked, "Do you regret the decision?"'], [("regret the decision", _N)]),
    (
        "E",
        ['Asked whether Pyeon Ji-ho had been told, Ra Eun-bi replied, "Yes, last week."'],
        [("Yes, last week", "Ra Eun-bi")],
    ),
    (
        "F",
        [
            'Kim Jong-un expressed "great satisfaction" with the test, the Korean '
            "Central News Agency reported."
        ],
        [("great satisfaction", "Kim Jong-un")],
    ),
    (
        "F",
        ['Kim Jong-un called for "bolstering war deterrence," the KCNA said.'],
        [("bolstering war deterrence", "Kim Jong-un")],
    ),
    (
        "F",
        ['Kim Yo-jong slammed the drills as "a dangerous provocation," according to the KCNA.'],
        [("dangerous provocation", "Kim Yo-jong")],
    ),
    (
        "F",
        ['The KCNA quoted Kim Jong-un as saying, "We will never give up our nuclear weapons."'],
        [("never give up", "Kim Jong-un")],
    ),
    (
        "F",
        ['Kim Jong-un was quoted by the KCNA as saying the test was "a great success."'],
        [("a great success", "Kim Jong-un")],
    ),
    (
        "F",
        ['Xinhua quoted Wang Lixin as saying that ties were "at a new starting point."'],
        [("new starting point", "Wang Lixin")],
    ),
    (
        "F",
        ['The Rodong Sinmun said in a commentary that the drills were "a rehearsal for invasion."'],
        [("rehearsal for invasion", "Rodong Sinmun")],
    ),
    (
        "F",
        ['Kim Jong-un stressed the need to "further strengthen" the navy, the KCNA said.'],
        [("further strengthen", "Kim Jong-un")],
    ),
    (
        "F",
        ['Kim Yo-jong, in a statement carried by the KCNA, said Seoul would "pay dearly."'],
        [("pay dearly", "Kim Yo-jong")],
    ),
    (
        "F",
        [
            'The state media outlet described the launch as "a powerful warning" to the '
            "United States."
        ],
        [("powerful warning", "state media outlet")],
    ),
    (
        "G",
        ['Tak Seo-yoon criticized Pyeon Ji-ho\'s "reckless" remarks.'],
        [("reckless", "Tak Seo-yoon")],
    ),
    ("G", ['Ra Eun-bi accused Seok Hyun-woo of "betrayal."'], [("betrayal", "Ra Eun-bi")]),
    ("G", ['Do Ha-rin called Gu Min-jae "a liar" during the debate.'], [("a liar", "Do Ha-rin")]),
    ("G", ['Yeo Su-bin praised Ha Tae-oh as "a true leader."'], [("a true leader", "Yeo Su-bin")]),
    (
        "G",
        ['Jin Seol-a thanked Maeng Do-hyun for his "tireless work."'],
        [("tireless work", "Jin Seol-a")],
    ),
    ("G", ['Marta Vellini urged Henrik Osterby to "act now."'], [("act now", "Marta Vellini")]),
    (
        "G",
        ['Priya Ranganathan told Tak Seo-yoon the plan was "unworkable."'],
        [("unworkable", "Priya Ranganathan")],
    ),
    (
        "G",
        ['Pyeon Ji-ho slammed the Finance Ministry for its "lack of vision."'],
        [("lack of vision", "Pyeon Ji-ho")],
    ),
    (
        "G",
        ['Seok Hyun-woo described Ra Eun-bi\'s proposal as "naive."'],
        [("naive", "Seok Hyun-woo")],
    ),
    pytest.param(
        "G",
        ['Gu Min-jae warned Do Ha-rin against "hasty moves."'],
        [("hasty moves", "Gu Min-jae")],
        marks=pytest.mark.xfail(strict=True),
    ),
    ("G", ['Ha Tae-oh asked Yeo Su-bin to "reconsider."'], [("reconsider", "Ha Tae-oh")]),
    (
        "G",
        ['Maeng Do-hyun met Jin Seol-a, whom he called "an old friend."'],
        [("an old friend", "Maeng Do-hyun")],
    ),
    (
        "G",
        ['Tak Seo-yoon said Pyeon Ji-ho had been "unfair" to her.'],
        [("unfair", "Tak Seo-yoon")],
    ),
    (
        "G",
        ['Henrik Osterby, whom Marta Vellini called "brilliant," will lead the team.'],
        [("brilliant", "Marta Vellini")],
    ),
    ("G", ['Critics accused Tak Seo-yoon of "cronyism."'], [("cronyism", "Critics")]),
    pytest.param(
        "G",
        ['Pyeon Ji-ho was accused of "abuse of power" by prosecutors.'],
        [("abuse of power", "prosecutors")],
        marks=pytest.mark.xfail(strict=True),
    ),
    ("H", ['Tak Seo-yoon starred in the drama "Winter Harbor" in 2019.'], [("Winter Harbor", _N)]),
    (
        "H",
        ['Pyeon Ji-ho, known as "the Iron Lady" in the party, said she would run.'],
        [("the Iron Lady", _N)],
    ),
    ("H", ['The slogan "Korea First" was coined by Ra Eun-bi\'s campaign.'], [("Korea First", _N)]),
    ("H", ['Seok Hyun-woo said the word "reform" had lost its meaning.'], [("reform", _N)]),
    (
        "H",
        ['The so-called "Kim Young-ran Act" bans gifts to officials, Do Ha-rin said.'],
        [("Kim Young-ran Act", _N)],
    ),
    (
        "H",
        ['Gu Min-jae\'s new book, "The Long Road Home," sold 50,000 copies.'],
        [("The Long Road Home", _N)],
    ),
    (
        "H",
        ['Yeo Su-bin, nicknamed "Queen of Strings," played the encore.'],
        [("Queen of Strings", _N)],
    ),
    (
        "H",
        ['The song "Blue Night" topped the chart, said Ha Tae-oh, the band\'s manager.'],
        [("Blue Night", _N)],
    ),
    ("H", ['Jin Seol-a launched the "Green Seoul" campaign on Monday.'], [("Green Seoul", _N)]),
    (
        "H",
        ['Maeng Do-hyun said "hallyu," or the Korean Wave, was still growing.'],
        [("hallyu", _N)],
    ),
    (
        "H",
        ['The term "gapjil" refers to abuse of power by bosses, Marta Vellini said.'],
        [("gapjil", _N)],
    ),
    ("H", ['Henrik Osterby\'s film "Salt" won the top prize at the festival.'], [("Salt", _N)]),
    (
        "H",
        ['Priya Ranganathan appeared on the show "Morning Table" on Sunday.'],
        [("Morning Table", _N)],
    ),
    (
        "H",
        ['Tak Seo-yoon, dubbed the "Bulldozer" by the media, took office in May.'],
        [("Bulldozer", _N)],
    ),
    (
        "H",
        ['The exercise, code-named "Ulchi Shield," began on Monday, Pyeon Ji-ho said.'],
        [("Ulchi Shield", _N)],
    ),
    (
        "H",
        ['Protesters chanted "No more war" outside the embassy, Ra Eun-bi said.'],
        [("No more war", "-protesters")],
    ),
    ("H", ['Seok Hyun-woo wrote the essay "Why We Wait" for the magazine.'], [("Why We Wait", _N)]),
    (
        "H",
        ['Do Ha-rin said the phrase "Korea Discount" described a real problem.'],
        [("Korea Discount", _N)],
    ),
    ("H", ['Gu Min-jae\'s party, the "New Wave," won 12 seats.'], [("New Wave", _N)]),
    (
        "H",
        ['The "Made in Korea" label carries weight abroad, said Ha Tae-oh.'],
        [("Made in Korea", _N)],
    ),
    (
        "H",
        ['The exhibition "Lines of Light" runs through March, curator Jin Seol-a said.'],
        [("Lines of Light", _N)],
    ),
    ("H", ['Maeng Do-hyun, the "godfather" of Korean rock, died on Friday.'], [("godfather", _N)]),
    (
        "H",
        ['Ministers signed the "Busan Declaration" on Tuesday, Marta Vellini said.'],
        [("Busan Declaration", _N)],
    ),
    (
        "I",
        ['"We will keep our word," Tak Seo-yoon said at a press conference on Monday.'],
        [("keep our word", "Tak Seo-yoon")],
    ),
    (
        "I",
        ['"We will keep our word," said Tak Seo-yoon at a press conference on Monday.'],
        [("keep our word", "Tak Seo-yoon")],
    ),
    (
        "I",
        ['"We will keep our word," said Pyeon Ji-ho during a meeting with business leaders.'],
        [("keep our word", "Pyeon Ji-ho")],
    ),
    (
        "I",
        ['"Prices will fall," said Ra Eun-bi in a radio interview.'],
        [("Prices will fall", "Ra Eun-bi")],
    ),
    (
        "I",
        ['"Prices will fall," said Seok Hyun-woo on Friday in Seoul.'],
        [("Prices will fall", "Seok Hyun-woo")],
    ),
    (
        "I",
        ['"Prices will fall," said Do Ha-rin via a spokesperson.'],
        [("Prices will fall", "Do Ha-rin")],
    ),
    (
        "I",
        ['"Prices will fall," said Gu Min-jae after the meeting ended.'],
        [("Prices will fall", "Gu Min-jae")],
    ),
    (
        "I",
        ['"Prices will fall," said Yeo Su-bin while visiting a market in Daegu.'],
        [("Prices will fall", "Yeo Su-bin")],
    ),
    (
        "I",
        ['"Prices will fall," said Ha Tae-oh in a YouTube video posted Sunday.'],
        [("Prices will fall", "Ha Tae-oh")],
    ),
    (
        "I",
        ['"Prices will fall," said Jin Seol-a before leaving for Tokyo.'],
        [("Prices will fall", "Jin Seol-a")],
    ),
    (
        "I",
        ['"Prices will fall," said Maeng Do-hyun as he left the court.'],
        [("Prices will fall", "Maeng Do-hyun")],
    ),
    (
        "I",
        ['"Prices will fall," said Marta Vellini at the start of the summit.'],
        [("Prices will fall", "Marta Vellini")],
    ),
    (
        "I",
        ['"Prices will fall," Henrik Osterby said in an email to The Korea Herald.'],
        [("Prices will fall", "Henrik Osterby")],
    ),
    (
        "I",
        ['"Prices will fall," said Priya Ranganathan in a note to clients.'],
        [("Prices will fall", "Priya Ranganathan")],
    ),
    (
        "I",
        ['"Prices will fall," said Tak Seo-yoon through her lawyer.'],
        [("Prices will fall", "Tak Seo-yoon")],
    ),
    (
        "I",
        ['"Prices will fall," said Pyeon Ji-ho upon arrival at Incheon airport.'],
        [("Prices will fall", "Pyeon Ji-ho")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon at the time.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon earlier this month.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon last week.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon late Monday.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon Tuesday.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon on Tuesday at a forum in Busan.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon, who heads the port authority.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon, adding that talks would continue.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Tak Seo-yoon, 54, a dock worker.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," Tak Seo-yoon told Yonhap.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," Tak Seo-yoon told reporters at the port.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," Tak Seo-yoon wrote on Facebook.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," Tak Seo-yoon wrote in a Facebook post.'],
        [("port will reopen", "Tak Seo-yoon")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said the ministry\'s spokesperson Pyeon Ji-ho.'],
        [("port will reopen", "Pyeon Ji-ho")],
    ),
    (
        "I2",
        [
            '"The port will reopen soon," said Pyeon Ji-ho, the ministry spokesperson, '
            "in a briefing."
        ],
        [("port will reopen", "Pyeon Ji-ho")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Ra Eun-bi with a smile.'],
        [("port will reopen", "Ra Eun-bi")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Ra Eun-bi in English.'],
        [("port will reopen", "Ra Eun-bi")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Ra Eun-bi over the phone.'],
        [("port will reopen", "Ra Eun-bi")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Ra Eun-bi on her way out of the court.'],
        [("port will reopen", "Ra Eun-bi")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Ra Eun-bi in a written response to questions.'],
        [("port will reopen", "Ra Eun-bi")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Ra Eun-bi on the sidelines of the forum.'],
        [("port will reopen", "Ra Eun-bi")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said the spokesperson at a regular briefing.'],
        [("port will reopen", "spokesperson")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said the mayor in a radio interview on Tuesday.'],
        [("port will reopen", "mayor")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said the coach after the match.'],
        [("port will reopen", "coach")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said the company in a regulatory filing.'],
        [("port will reopen", "company")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said the police in a statement.'],
        [("port will reopen", "police")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Seok Hyun-woo in his New Year\'s address.'],
        [("port will reopen", "Seok Hyun-woo")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Seok Hyun-woo at his confirmation hearing.'],
        [("port will reopen", "Seok Hyun-woo")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Seok Hyun-woo on KBS radio.'],
        [("port will reopen", "Seok Hyun-woo")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said Seok Hyun-woo in an interview with The Korea Herald.'],
        [("port will reopen", "Seok Hyun-woo")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said a ministry official on condition of anonymity.'],
        [("port will reopen", "official")],
    ),
    (
        "I2",
        ['"The port will reopen soon," said one resident, who declined to give her name.'],
        [("port will reopen", "resident")],
    ),
    (
        "I2",
        ['"The port will reopen soon," according to Gu Min-jae, a port official.'],
        [("port will reopen", "Gu Min-jae")],
    ),
    (
        "I2",
        ['"The port will reopen soon," according to a statement from the ministry.'],
        [("port will reopen", "ministry")],
    ),
    (
        "I2",
        ['"The port will reopen soon," according to Gu Min-jae in a statement.'],
        [("port will reopen", "Gu Min-jae")],
    ),
    (
        "D2",
        ['"We will win," Tak Seo-yoon said. "They will lose."', '"And we will celebrate."'],
        [("celebrate", "Tak Seo-yoon")],
    ),
    (
        "D2",
        [
            "Tak Seo-yoon said the ministry would act.",
            '"We will not wait for the courts," she added.',
        ],
        [("not wait", "Tak Seo-yoon")],
    ),
    (
        "D2",
        [
            "Tak Seo-yoon and Pyeon Ji-ho met on Monday.",
            '"We agreed on everything," Tak said.',
            '"Almost everything," Pyeon said.',
        ],
        [("agreed", "Tak Seo-yoon"), ("Almost", "Pyeon Ji-ho")],
    ),
    (
        "D2",
        [
            '"It is over," Tak Seo-yoon said of the strike.',
            'Pyeon Ji-ho, the union leader, disagreed. "Nothing is over," he said.',
        ],
        [("Nothing is over", "Pyeon Ji-ho")],
    ),
    (
        "E2",
        ['When asked if he would resign, Seok Hyun-woo replied that he had "no such plans."'],
        [("no such plans", "Seok Hyun-woo")],
    ),
    (
        "E2",
        ['Asked about the "Korea discount," Gu Min-jae said it was shrinking.'],
        [("Korea discount", _N)],
    ),
    (
        "E2",
        ['Reporters asked Ra Eun-bi whether the deal was "final." She said it was.'],
        [("final", "Reporters")],
    ),
    (
        "F2",
        ['The KCNA said Kim Jong-un called the launch "a great victory."'],
        [("a great victory", "Kim Jong-un")],
    ),
    (
        "F2",
        ['Kim Jong-un vowed to "decisively" respond, the KCNA reported, without elaborating.'],
        [("decisively", "Kim Jong-un")],
    ),
    (
        "F2",
        ['In a speech carried by state media, Kim Jong-un said the navy was "ready."'],
        [("ready", "Kim Jong-un")],
    ),
    (
        "F2",
        [
            'North Korea\'s foreign ministry called the drills "a provocation" in a '
            "statement carried by the KCNA."
        ],
        [("a provocation", "foreign ministry")],
    ),
    (
        "G2",
        ['Tak Seo-yoon said Pyeon Ji-ho\'s plan was "a fantasy."'],
        [("a fantasy", "Tak Seo-yoon")],
    ),
    pytest.param(
        "G2",
        ['Tak Seo-yoon quoted Pyeon Ji-ho\'s own words back at him: "We need reform."'],
        [("We need reform", "Pyeon Ji-ho")],
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "G2",
        ['Ra Eun-bi said her father had told her to "never give up."'],
        [("never give up", "her father")],
    ),
    ("G2", ['Gu Min-jae said Do Ha-rin had called him "a coward."'], [("a coward", "Do Ha-rin")]),
    ("H2", ['Tak Seo-yoon said the new film, "Low Tide," would open in May.'], [("Low Tide", _N)]),
    (
        "H2",
        ['Ra Eun-bi called the project "Operation Bluebird" in a memo.'],
        [("Operation Bluebird", _N)],
    ),
    (
        "H2",
        ['The "Busan Shuffle," a dance craze, was invented by Gu Min-jae, he said.'],
        [("Busan Shuffle", _N)],
    ),
    ("H2", ['Yeo Su-bin, who goes by "Subi" online, said she would quit.'], [("Subi", _N)]),
    ("H2", ['Seok Hyun-woo said the "MZ generation" was different.'], [("MZ generation", _N)]),
    (
        "H2",
        ['Do Ha-rin said her group\'s motto, "Never Alone," kept them going.'],
        [("Never Alone", _N)],
    ),
    (
        "Q",
        ["In an interview, Tak Seo-yoon was asked about her plans.", '"I have none," she said.'],
        [("I have none", "Tak Seo-yoon")],
    ),
    (
        "Q",
        ["Q: What will you do next?", 'A: "Rest," said Tak Seo-yoon.'],
        [("Rest", "Tak Seo-yoon")],
    ),
    (
        "Q",
        ['Asked if he regretted it, Pyeon Ji-ho paused. "Every day," he said.'],
        [("Every day", "Pyeon Ji-ho")],
    ),
    (
        "Q",
        ['"Are you running?" Ra Eun-bi was asked. "Not yet," she said.'],
        [("Not yet", "Ra Eun-bi"), ("Are you running", _N)],
    ),
    (
        "Q",
        ['Seok Hyun-woo was asked whether he would "step aside." He declined to answer.'],
        [("step aside", _N)],
    ),
    ("Q", ['Gu Min-jae asked, "Who will pay for this?"'], [("Who will pay", "Gu Min-jae")]),
    (
        "Q",
        ['"Who will pay for this?" asked Gu Min-jae, a farmer.'],
        [("Who will pay", "Gu Min-jae")],
    ),
    ("Q", ['Yeo Su-bin asked Ha Tae-oh, "Why now?"'], [("Why now", "Yeo Su-bin")]),
    (  # a strict xfail until round 40 read the teller after "asked by"
        "Q",
        ['Ha Tae-oh, asked by Yeo Su-bin "why now," said the timing was right.'],
        [("why now", "Yeo Su-bin")],
    ),
    (
        "Q",
        ['When asked about Jin Seol-a, Maeng Do-hyun said only, "She is a friend."'],
        [("She is a friend", "Maeng Do-hyun")],
    ),
    (
        "C2",
        [
            '"We are open," said Tak Seo-yoon.',
            '"Come and see," added Pyeon Ji-ho.',
            '"Everyone is welcome."',
        ],
        [("Everyone is welcome", "Pyeon Ji-ho")],
    ),
    (
        "C2",
        [
            'Tak Seo-yoon said, "We are open."',
            "Pyeon Ji-ho, her partner, nodded.",
            '"Come and see."',
        ],
        [("Come and see", _N)],
    ),
    pytest.param(
        "C2",
        [
            '"We are open," Tak Seo-yoon said.',
            "Customers lined up at 9 a.m.",
            '"It was worth the wait," said one of them.',
        ],
        [("worth the wait", "one of them")],
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "C2",
        [
            '"Prices are up," the ministry said.',
            "Tak Seo-yoon, a shopper, said she had cut back.",
            '"I buy less meat now."',
        ],
        [("buy less meat", "Tak Seo-yoon")],
    ),
    (
        "C2",
        [
            '"The rules are clear," the ministry said.',
            '"Violators will be fined."',
            'Tak Seo-yoon, a shop owner, called the rules "harsh."',
        ],
        [("Violators", "ministry"), ("harsh", "Tak Seo-yoon")],
    ),
    (
        "S",
        ['Kim Jong-un called for "an all-out effort" to boost farm output.'],
        [("all-out effort", "Kim Jong-un")],
    ),
    (
        "S",
        ["Pyongyang's Rodong Sinmun slammed Seoul's \"reckless\" drills."],
        [("reckless", "Rodong Sinmun")],
    ),
    (
        "S",
        ['Kim Jong-un\'s sister warned Seoul would "pay a high price."'],
        [("pay a high price", "sister")],
    ),
    (
        "S",
        ['Kim Jong-un oversaw the test, which he called "a milestone," the KCNA said.'],
        [("a milestone", "Kim Jong-un")],
    ),
    (
        "T",
        ['Ra Eun-bi, whose nickname is "Iron Fist," said she would fight on.'],
        [("Iron Fist", _N)],
    ),
    (
        "T",
        ['The protest, dubbed "Candle Night II," drew 10,000 people, Ra Eun-bi said.'],
        [("Candle Night II", _N)],
    ),
    (
        "T",
        ['Ra Eun-bi\'s "Slow Food" campaign is popular, Tak Seo-yoon said.'],
        [("Slow Food", _N)],
    ),
    (
        "T",
        ['Tak Seo-yoon said the word "dialogue" appeared 30 times in the speech.'],
        [("dialogue", _N)],
    ),
    ("T", ['Tak Seo-yoon said "no" three times.'], [("no", "Tak Seo-yoon")]),
    ("T", ['The hashtag "#StopTheDam" trended, Pyeon Ji-ho said.'], [("StopTheDam", _N)]),
    (
        "T",
        ['Seok Hyun-woo\'s party, People First, ran on the slogan "Jobs Now."'],
        [("Jobs Now", _N)],
    ),
    (
        "T",
        ['Demonstrators held signs reading "Save Our Port," Gu Min-jae said.'],
        [("Save Our Port", "-signs")],
    ),
    ("T", ['The team, known as the "Tigers," won, coach Yeo Su-bin said.'], [("Tigers", _N)]),
    ("T", ['Ha Tae-oh said he had read "War and Peace" twice.'], [("War and Peace", _N)]),
    (
        "F3",
        ['Tak Seo-yoon called the ruling "a victory for the people" and vowed to "keep fighting."'],
        [("victory for the people", "Tak Seo-yoon"), ("keep fighting", "Tak Seo-yoon")],
    ),
    (
        "F3",
        [
            'The ruling was "a victory for the people," Tak Seo-yoon said, vowing to '
            '"keep fighting."'
        ],
        [("victory for the people", "Tak Seo-yoon"), ("keep fighting", "Tak Seo-yoon")],
    ),
    (
        "F3",
        ['Pyeon Ji-ho, calling the ruling "unjust," said he would appeal.'],
        [("unjust", "Pyeon Ji-ho")],
    ),
    (
        "F3",
        ['Calling the ruling "unjust," Pyeon Ji-ho said he would appeal.'],
        [("unjust", "Pyeon Ji-ho")],
    ),
    pytest.param(
        "F3",
        ['In what he called "a final warning," Seok Hyun-woo gave the firm a week.'],
        [("a final warning", "Seok Hyun-woo")],
        marks=pytest.mark.xfail(strict=True),
    ),
    pytest.param(
        "F3",
        ['The "historic" deal, as Gu Min-jae called it, was signed Monday.'],
        [("historic", "Gu Min-jae")],
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "F3",
        ['What Gu Min-jae called a "historic" deal was signed Monday.'],
        [("historic", "Gu Min-jae")],
    ),
    ("F3", ['Gu Min-jae\'s "historic" deal collapsed on Monday.'], [("historic", _N)]),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected, _RUN_ON) == [], category
