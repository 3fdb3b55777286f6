"""Round 42's probe battery: headline quotations, and quotations left with no speaker although
the text names one, in invented wire copy.

Each probe is a headline (or none) and one to four invented paragraphs and, for some of its
quotations (found by a piece of their text), the speaker a careful reader gives: a name or role
the panel's short speaker (or full speaker) must hold, or None for no speaker ("-word" allows
only that speaker, or none). Only probes whose answer is certain are kept. Categories: HA to HJ
headlines (the speaker after or before a colon, "says", "vows", "slams", "'...,' says BODY",
interviews, "(LEAD)", "(Yonhap Interview)", two people in the body, terms in headlines as
HN); B1 quote-only paragraphs after an attributed one, B2 and B8 questions and answers, B3 the
speaker after the quotation or a sentence later, B4 partials after a subject with an uncommon
verb or shape ("also 'stressed ...'", "for his part"), B5 and B7 statements, posts, letters
and notes, B6 a withheld comment ("declined to comment") between an attributed quotation and
a quote-only paragraph, B9 uncommon verbs after the quotation. 215 probes: 30 fail on main, 11
after round 42 (strict xfails, each with its reason: nine a speaker left unset, the lesser
error, and two shapes where a letter or note a named person posted keeps the document noun).
Round 45 gives those three probes (the two shapes) to the writer: ordinary probes now.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

N = None

PROBES: list[object] = [  # (category, headline, paragraphs, [(piece, speaker)])
    (
        "HA",
        "'Winter wave will peak in January': KDCA chief",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Korea Disease Control and "
                "Prevention Agency Commissioner Baek Na-rae said Tuesday "
                "that the coming months would be hard."
            ),
            ('"Winter wave will peak in January," Baek told reporters at a briefing.'),
        ],
        [("wave", "Baek Na-rae"), ("Winter wave", "Baek Na-rae")],
    ),
    (
        "HB",
        "(LEAD) 'Winter wave will peak in January': KDCA chief",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Korea Disease Control and "
                "Prevention Agency Commissioner Baek Na-rae said Tuesday "
                "winter wave will peak in January, calling for patience."
            ),
            "Baek made the remarks during a visit to Busan.",
        ],
        [("Winter wave will peak in January", "Baek Na-rae")],
    ),
    (
        "HC",
        "KDCA chief: 'Winter wave will peak in January'",
        [
            (
                "Korea Disease Control and Prevention Agency Commissioner "
                "Baek Na-rae said on Monday that the plan would stand."
            ),
            ('"Winter wave will peak in January," Baek said. "We will explain it again."'),
        ],
        [
            ("Winter wave will peak in January", "Baek Na-rae"),
            ("explain it again", "Baek Na-rae"),
        ],
    ),
    (
        "HD",
        '(LEAD) KDCA chief says "winter wave will peak in january"',
        [
            (
                "SEOUL, Dec. 2 (Yonhap) -- Korea Disease Control and "
                "Prevention Agency Commissioner Baek Na-rae said Wednesday "
                "winter wave will peak in January."
            ),
            "Baek added that details would follow.",
        ],
        [("wave", "Baek Na-rae")],
    ),
    (
        "HA",
        "'We cannot keep rates this high': minister",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Interior Minister Goh Tae-rim said"
                " Tuesday that the coming months would be hard."
            ),
            '"We cannot keep rates this high," Goh told reporters at a briefing.',
        ],
        [("cannot", "Goh Tae-rim"), ("We cannot", "Goh Tae-rim")],
    ),
    (
        "HB",
        "(LEAD) 'We cannot keep rates this high': minister",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Interior Minister Goh Tae-rim said"
                " Tuesday we cannot keep rates this high, calling for "
                "patience."
            ),
            "Goh made the remarks during a visit to Busan.",
        ],
        [("We cannot keep rates this high", "Goh Tae-rim")],
    ),
    (
        "HC",
        "Minister: 'We cannot keep rates this high'",
        [
            ("Interior Minister Goh Tae-rim said on Monday that the plan would stand."),
            ('"We cannot keep rates this high," Goh said. "We will explain it again."'),
        ],
        [("We cannot keep rates this high", "Goh Tae-rim"), ("explain it again", "Goh Tae-rim")],
    ),
    (
        "HD",
        '(LEAD) Minister says "we cannot keep rates this high"',
        [
            (
                "SEOUL, Dec. 2 (Yonhap) -- Interior Minister Goh Tae-rim said"
                " Wednesday we cannot keep rates this high."
            ),
            "Goh added that details would follow.",
        ],
        [("cannot", "Goh Tae-rim")],
    ),
    (
        "HA",
        "'No one is above the law': FSC chief",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Financial Services Commission "
                "Chairman Min Ji-seop said Tuesday that the coming months "
                "would be hard."
            ),
            '"No one is above the law," Min told reporters at a briefing.',
        ],
        [("one", "Min Ji-seop"), ("No one", "Min Ji-seop")],
    ),
    (
        "HB",
        "(LEAD) 'No one is above the law': FSC chief",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Financial Services Commission "
                "Chairman Min Ji-seop said Tuesday no one is above the law, "
                "calling for patience."
            ),
            "Min made the remarks during a visit to Busan.",
        ],
        [("No one is above the law", "Min Ji-seop")],
    ),
    (
        "HC",
        "FSC chief: 'No one is above the law'",
        [
            (
                "Financial Services Commission Chairman Min Ji-seop said on "
                "Monday that the plan would stand."
            ),
            '"No one is above the law," Min said. "We will explain it again."',
        ],
        [("No one is above the law", "Min Ji-seop"), ("explain it again", "Min Ji-seop")],
    ),
    (
        "HD",
        '(LEAD) FSC chief says "no one is above the law"',
        [
            (
                "SEOUL, Dec. 2 (Yonhap) -- Financial Services Commission "
                "Chairman Min Ji-seop said Wednesday no one is above the law."
            ),
            "Min added that details would follow.",
        ],
        [("one", "Min Ji-seop")],
    ),
    (
        "HA",
        "'The team is ready for Qatar': ex-PM",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Former Prime Minister Ahn "
                "Se-ryeong said Tuesday that the coming months would be hard."
            ),
            '"The team is ready for Qatar," Ahn told reporters at a briefing.',
        ],
        [("team", "Ahn Se-ryeong"), ("The team", "Ahn Se-ryeong")],
    ),
    pytest.param(
        *(
            "HB",
            "(LEAD) 'The team is ready for Qatar': ex-PM",
            [
                (
                    "SEOUL, Dec. 1 (Yonhap) -- Former Prime Minister Ahn "
                    "Se-ryeong said Tuesday the team is ready for Qatar, calling "
                    "for patience."
                ),
                "Ahn made the remarks during a visit to Busan.",
            ],
            [("The team is ready for Qatar", "Ahn Se-ryeong")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the wire abbreviation 'ex-PM' names nobody (round 36's "
                "headline terms are not on main): no speaker"
            ),
        ),
    ),
    (
        "HC",
        "Ex-PM: 'The team is ready for Qatar'",
        [
            ("Former Prime Minister Ahn Se-ryeong said on Monday that the plan would stand."),
            '"The team is ready for Qatar," Ahn said. "We will explain it again."',
        ],
        [("The team is ready for Qatar", "Ahn Se-ryeong"), ("explain it again", "Ahn Se-ryeong")],
    ),
    pytest.param(
        *(
            "HD",
            '(LEAD) Ex-PM says "the team is ready for qatar"',
            [
                (
                    "SEOUL, Dec. 2 (Yonhap) -- Former Prime Minister Ahn "
                    "Se-ryeong said Wednesday the team is ready for Qatar."
                ),
                "Ahn added that details would follow.",
            ],
            [("team", "Ahn Se-ryeong")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "the wire abbreviation 'ex-PM' names nobody (round 36's "
                "headline terms are not on main): no speaker"
            ),
        ),
    ),
    (
        "HA",
        "'Housing supply must come first': coach",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- National team coach Pyo Dong-hun "
                "said Tuesday that the coming months would be hard."
            ),
            '"Housing supply must come first," Pyo told reporters at a briefing.',
        ],
        [("supply", "Pyo Dong-hun"), ("Housing supply", "Pyo Dong-hun")],
    ),
    (
        "HB",
        "(LEAD) 'Housing supply must come first': coach",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- National team coach Pyo Dong-hun "
                "said Tuesday housing supply must come first, calling for "
                "patience."
            ),
            "Pyo made the remarks during a visit to Busan.",
        ],
        [("Housing supply must come first", "Pyo Dong-hun")],
    ),
    (
        "HC",
        "Coach: 'Housing supply must come first'",
        [
            ("National team coach Pyo Dong-hun said on Monday that the plan would stand."),
            ('"Housing supply must come first," Pyo said. "We will explain it again."'),
        ],
        [("Housing supply must come first", "Pyo Dong-hun"), ("explain it again", "Pyo Dong-hun")],
    ),
    (
        "HD",
        '(LEAD) Coach says "housing supply must come first"',
        [
            (
                "SEOUL, Dec. 2 (Yonhap) -- National team coach Pyo Dong-hun "
                "said Wednesday housing supply must come first."
            ),
            "Pyo added that details would follow.",
        ],
        [("supply", "Pyo Dong-hun")],
    ),
    (
        "HA",
        "'This is not the end of talks': mayor",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Daejeon Mayor Yeon Hae-sol said "
                "Tuesday that the coming months would be hard."
            ),
            '"This is not the end of talks," Yeon told reporters at a briefing.',
        ],
        [("is", "Yeon Hae-sol"), ("This is", "Yeon Hae-sol")],
    ),
    (
        "HB",
        "(LEAD) 'This is not the end of talks': mayor",
        [
            (
                "SEOUL, Dec. 1 (Yonhap) -- Daejeon Mayor Yeon Hae-sol said "
                "Tuesday this is not the end of talks, calling for patience."
            ),
            "Yeon made the remarks during a visit to Busan.",
        ],
        [("This is not the end of talks", "Yeon Hae-sol")],
    ),
    (
        "HC",
        "Mayor: 'This is not the end of talks'",
        [
            "Daejeon Mayor Yeon Hae-sol said on Monday that the plan would stand.",
            ('"This is not the end of talks," Yeon said. "We will explain it again."'),
        ],
        [("This is not the end of talks", "Yeon Hae-sol"), ("explain it again", "Yeon Hae-sol")],
    ),
    (
        "HD",
        '(LEAD) Mayor says "this is not the end of talks"',
        [
            (
                "SEOUL, Dec. 2 (Yonhap) -- Daejeon Mayor Yeon Hae-sol said "
                "Wednesday this is not the end of talks."
            ),
            "Yeon added that details would follow.",
        ],
        [("is", "Yeon Hae-sol")],
    ),
    (
        "HE",
        "'Strike will go ahead as planned,' says union",
        [
            ("The Korean Metal Workers' Union said Thursday the strike would go ahead as planned."),
            (
                '"The strike will go ahead as planned," the Korean Metal '
                "Workers' Union said in a statement."
            ),
        ],
        [("Strike will go ahead", "Korean Metal Workers' Union")],
    ),
    (
        "HE",
        "'We demand a full apology': union",
        [
            ("The Korean Metal Workers' Union on Friday demanded an apology over the remarks."),
            ('"We demand a full apology from the government," it said in a statement.'),
        ],
        [
            ("We demand a full apology", "Korean Metal Workers' Union"),
            ("from the government", "Korean Metal Workers' Union"),
        ],
    ),
    (
        "HE",
        "'Strike will go ahead as planned,' says ministry",
        [
            ("The Ministry of Environment said Thursday the strike would go ahead as planned."),
            (
                '"The strike will go ahead as planned," the Ministry of '
                "Environment said in a statement."
            ),
        ],
        [("Strike will go ahead", "Ministry of Environment")],
    ),
    (
        "HE",
        "'We demand a full apology': ministry",
        [
            ("The Ministry of Environment on Friday demanded an apology over the remarks."),
            ('"We demand a full apology from the government," it said in a statement.'),
        ],
        [
            ("We demand a full apology", "Ministry of Environment"),
            ("from the government", "Ministry of Environment"),
        ],
    ),
    (
        "HE",
        "'Strike will go ahead as planned,' says KCNA",
        [
            ("The Korean Central News Agency said Thursday the strike would go ahead as planned."),
            (
                '"The strike will go ahead as planned," the Korean Central '
                "News Agency said in a statement."
            ),
        ],
        [("Strike will go ahead", "Korean Central News Agency")],
    ),
    (
        "HE",
        "'We demand a full apology': KCNA",
        [
            ("The Korean Central News Agency on Friday demanded an apology over the remarks."),
            ('"We demand a full apology from the government," it said in a statement.'),
        ],
        [
            ("We demand a full apology", "Korean Central News Agency"),
            ("from the government", "Korean Central News Agency"),
        ],
    ),
    (
        "HF",
        "N. Korea slams S. Korea-US drills as 'rehearsal for invasion'",
        [
            (
                "SEOUL, Dec. 3 (Yonhap) -- North Korea on Wednesday denounced"
                ' the joint drills as a "rehearsal for invasion," warning of '
                "countermeasures."
            ),
            (
                '"The U.S. and its puppets will pay a heavy price," the '
                "Korean Central News Agency said in a commentary."
            ),
        ],
        [("rehearsal for invasion", "North Korea"), ("heavy price", "Korean Central News Agency")],
    ),
    (
        "HF",
        "Ruling party chief vows 'complete overhaul' of tax code",
        [
            (
                'Ruling party leader Noh Gyeong-won vowed Monday a "complete '
                'overhaul" of the tax code within a year.'
            ),
            '"Taxpayers deserve a simpler system," Noh said at a party meeting.',
        ],
        [("complete overhaul", "Noh Gyeong-won"), ("simpler system", "Noh Gyeong-won")],
    ),
    (
        "HF",
        "Noh vows 'complete overhaul' of tax code",
        [
            (
                "Ruling party leader Noh Gyeong-won on Monday vowed a "
                "complete overhaul of the tax code."
            ),
            '"Taxpayers deserve a simpler system," Noh said at a party meeting.',
        ],
        [("complete overhaul", "-Noh"), ("simpler system", "Noh Gyeong-won")],
    ),
    (
        "HF",
        "Seoul calls N. Korean launch 'grave provocation'",
        [
            (
                "South Korea's foreign ministry on Sunday called the launch a"
                ' "grave provocation" that violated U.N. resolutions.'
            ),
            ('"We strongly condemn the act," ministry spokesperson Ryu Jin-seok said.'),
        ],
        [("grave provocation", "foreign ministry"), ("strongly condemn", "Ryu Jin-seok")],
    ),
    (
        "B1",
        "",
        [
            ('"The first season was a test," Hwang In-yeop, the club\'s new director, said.'),
            '"Now we have to win something."',
        ],
        [("test", "Hwang In-yeop"), ("win something", "Hwang In-yeop")],
    ),
    (
        "B1",
        "",
        [
            ('Hwang In-yeop, the club\'s new director, said the first season was "a test."'),
            '"Now we have to win something. The fans expect it."',
        ],
        [("a test", "Hwang In-yeop"), ("win something", "Hwang In-yeop")],
    ),
    (
        "B1",
        "",
        [
            ('"We will sue," Hwang said on Tuesday, referring to the contract with Daeyang Foods.'),
            "Daeyang Foods declined to comment.",
            '"They broke every promise."',
        ],
        [("We will sue", "Hwang"), ("broke every promise", "Hwang")],
    ),
    (
        "B1",
        "",
        [
            "Hwang In-yeop said in an interview that the factory would close.",
            '"It was not an easy decision," he said.',
            '"But the numbers were clear."',
        ],
        [("easy decision", "Hwang In-yeop"), ("numbers were clear", "Hwang In-yeop")],
    ),
    (
        "B1",
        "",
        [
            ('"The first season was a test," Seol Mi-ran, the club\'s new director, said.'),
            '"Now we have to win something."',
        ],
        [("test", "Seol Mi-ran"), ("win something", "Seol Mi-ran")],
    ),
    (
        "B1",
        "",
        [
            ('Seol Mi-ran, the club\'s new director, said the first season was "a test."'),
            '"Now we have to win something. The fans expect it."',
        ],
        [("a test", "Seol Mi-ran"), ("win something", "Seol Mi-ran")],
    ),
    (
        "B1",
        "",
        [
            ('"We will sue," Seol said on Tuesday, referring to the contract with Daeyang Foods.'),
            "Daeyang Foods declined to comment.",
            '"They broke every promise."',
        ],
        [("We will sue", "Seol"), ("broke every promise", "Seol")],
    ),
    (
        "B1",
        "",
        [
            "Seol Mi-ran said in an interview that the factory would close.",
            '"It was not an easy decision," she said.',
            '"But the numbers were clear."',
        ],
        [("easy decision", "Seol Mi-ran"), ("numbers were clear", "Seol Mi-ran")],
    ),
    (
        "B1",
        "",
        [
            ('"The first season was a test," Jegal Su-bin, the club\'s new director, said.'),
            '"Now we have to win something."',
        ],
        [("test", "Jegal Su-bin"), ("win something", "Jegal Su-bin")],
    ),
    (
        "B1",
        "",
        [
            ('Jegal Su-bin, the club\'s new director, said the first season was "a test."'),
            '"Now we have to win something. The fans expect it."',
        ],
        [("a test", "Jegal Su-bin"), ("win something", "Jegal Su-bin")],
    ),
    (
        "B1",
        "",
        [
            ('"We will sue," Jegal said on Tuesday, referring to the contract with Daeyang Foods.'),
            "Daeyang Foods declined to comment.",
            '"They broke every promise."',
        ],
        [("We will sue", "Jegal"), ("broke every promise", "Jegal")],
    ),
    (
        "B1",
        "",
        [
            "Jegal Su-bin said in an interview that the factory would close.",
            '"It was not an easy decision," she said.',
            '"But the numbers were clear."',
        ],
        [("easy decision", "Jegal Su-bin"), ("numbers were clear", "Jegal Su-bin")],
    ),
    (
        "B1",
        "",
        [
            ('"The first season was a test," Tae Yun-gi, the club\'s new director, said.'),
            '"Now we have to win something."',
        ],
        [("test", "Tae Yun-gi"), ("win something", "Tae Yun-gi")],
    ),
    (
        "B1",
        "",
        [
            ('Tae Yun-gi, the club\'s new director, said the first season was "a test."'),
            '"Now we have to win something. The fans expect it."',
        ],
        [("a test", "Tae Yun-gi"), ("win something", "Tae Yun-gi")],
    ),
    (
        "B1",
        "",
        [
            ('"We will sue," Tae said on Tuesday, referring to the contract with Daeyang Foods.'),
            "Daeyang Foods declined to comment.",
            '"They broke every promise."',
        ],
        [("We will sue", "Tae"), ("broke every promise", "Tae")],
    ),
    (
        "B1",
        "",
        [
            "Tae Yun-gi said in an interview that the factory would close.",
            '"It was not an easy decision," he said.',
            '"But the numbers were clear."',
        ],
        [("easy decision", "Tae Yun-gi"), ("numbers were clear", "Tae Yun-gi")],
    ),
    (
        "B2",
        "",
        [
            (
                "The following are excerpts from the interview with Gye "
                "Hyeon-su, the festival's director."
            ),
            "Q: Why Jeonju?",
            'Gye: "Because the city gave us room to fail."',
        ],
        [("room to fail", "Gye Hyeon-su")],
    ),
    (
        "B2",
        "",
        [
            "Asked why she chose Jeonju, Gye Hyeon-su smiled.",
            '"Because the city gave us room to fail," she said.',
        ],
        [("room to fail", "Gye Hyeon-su")],
    ),
    (
        "B2",
        "",
        [
            (
                "Asked why she chose Jeonju, festival director Gye Hyeon-su "
                'said, "Because the city gave us room to fail."'
            ),
            'Asked whether she would stay, she said, "As long as they let me."',
        ],
        [("room to fail", "Gye Hyeon-su"), ("let me", "Gye Hyeon-su")],
    ),
    pytest.param(
        *(
            "B2",
            "",
            [
                ("Festival director Gye Hyeon-su spoke with The Korea Herald last week."),
                '"Why Jeonju?" she repeated. "Because the city gave us room to fail."',
            ],
            [("room to fail", "Gye Hyeon-su")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=("the second piece after '\"...?\" she repeated.' is left with no speaker"),
        ),
    ),
    (
        "B2",
        "",
        [
            "Festival director Gye Hyeon-su was asked why she chose Jeonju.",
            '"Because the city gave us room to fail," she answered.',
        ],
        [("room to fail", "Gye Hyeon-su")],
    ),
    (
        "B2",
        "",
        [
            (
                "When asked about the budget, Culture Minister Sim Jae-hak "
                'replied: "We will find the money."'
            )
        ],
        [("find the money", "Sim Jae-hak")],
    ),
    (
        "B2",
        "",
        [
            (
                "When a reporter asked about the budget, Culture Minister Sim"
                ' Jae-hak said, "We will find the money."'
            )
        ],
        [("find the money", "Sim Jae-hak")],
    ),
    (
        "B2",
        "",
        [
            "A reporter asked Culture Minister Sim Jae-hak about the budget.",
            '"We will find the money," he said.',
        ],
        [("find the money", "Sim Jae-hak")],
    ),
    (
        "B2",
        "",
        [
            'A reporter asked, "Will the budget be cut?"',
            '"We will find the money," Culture Minister Sim Jae-hak said.',
        ],
        [("budget be cut", "reporter"), ("find the money", "Sim Jae-hak")],
    ),
    pytest.param(
        *(
            "B3",
            "",
            [
                (
                    '"We were not told anything." That was how Ok Hye-jin, a '
                    "tenant in the building, described the night of the fire."
                )
            ],
            [("not told anything", "Ok Hye-jin")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'That was how NAME described ...' after the quotation is not read: no speaker"
            ),
        ),
    ),
    (
        "B3",
        "",
        ['"The river rose in an hour," recalled Ok Hye-jin, a farmer in Yeoju.'],
        [("river rose", "Ok Hye-jin")],
    ),
    (
        "B3",
        "",
        ['"The river rose in an hour" recalled Ok Hye-jin, a farmer in Yeoju.'],
        [("river rose", "Ok Hye-jin")],
    ),
    ("B3", "", ['"The river rose in an hour" Ok Hye-jin said.'], [("river rose", "Ok Hye-jin")]),
    (
        "B3",
        "",
        ['"The river rose in an hour" said Ok Hye-jin, a farmer in Yeoju.'],
        [("river rose", "Ok Hye-jin")],
    ),
    (
        "B3",
        "",
        ['"The river rose in an hour" farmer Ok Hye-jin told Yonhap.'],
        [("river rose", "Ok Hye-jin")],
    ),
    (
        "B3",
        "",
        [
            (
                'Ok Hye-jin, a farmer in Yeoju, lost half her crop. "The '
                'river rose in an hour," she said.'
            )
        ],
        [("river rose", "Ok Hye-jin")],
    ),
    pytest.param(
        *(
            "B3",
            "",
            [
                (
                    '"The river rose in an hour. We had no warning." Ok Hye-jin, '
                    "a farmer in Yeoju, said she had lost half her crop."
                )
            ],
            [("river rose", "Ok Hye-jin")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "a speaker named in the sentence after the quotation, in "
                "reported speech: no speaker"
            ),
        ),
    ),
    (
        "B3",
        "",
        [('"The river rose in an hour," according to Ok Hye-jin, a farmer in Yeoju.')],
        [("river rose", "Ok Hye-jin")],
    ),
    (
        "B3",
        "",
        [
            (
                '"The river rose in an hour," Ok Hye-jin, a farmer in Yeoju '
                "who lost half her crop, told Yonhap by phone."
            )
        ],
        [("river rose", "Ok Hye-jin")],
    ),
    (
        "B4",
        "",
        [('The minister also "stressed the need for calm" in dealing with the protesters.')],
        [("need for calm", "minister")],
    ),
    (
        "B4",
        "",
        ['The minister, for his part, called for "restraint on all sides."'],
        [("restraint on all sides", "minister")],
    ),
    (
        "B4",
        "",
        ['The minister expressed "deep regret" over the incident.'],
        [("deep regret", "minister")],
    ),
    (
        "B4",
        "",
        ['The minister pledged to "leave no stone unturned" in the probe.'],
        [("leave no stone unturned", "minister")],
    ),
    (
        "B4",
        "",
        [('The minister reiterated that the government "will not back down" on the reform.')],
        [("will not back down", "minister")],
    ),
    (
        "B4",
        "",
        [('The minister lamented what he called a "culture of silence" in the ministry.')],
        [("culture of silence", "minister")],
    ),
    (
        "B4",
        "",
        ['The minister conceded the plan had been "poorly communicated."'],
        [("poorly communicated", "minister")],
    ),
    (
        "B4",
        "",
        [('Jin Sang-u also "stressed the need for calm" in dealing with the protesters.')],
        [("need for calm", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        ['Jin Sang-u, for his part, called for "restraint on all sides."'],
        [("restraint on all sides", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        ['Jin Sang-u expressed "deep regret" over the incident.'],
        [("deep regret", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        ['Jin Sang-u pledged to "leave no stone unturned" in the probe.'],
        [("leave no stone unturned", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [('Jin Sang-u reiterated that the government "will not back down" on the reform.')],
        [("will not back down", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [('Jin Sang-u lamented what he called a "culture of silence" in the ministry.')],
        [("culture of silence", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        ['Jin Sang-u conceded the plan had been "poorly communicated."'],
        [("poorly communicated", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [
            (
                'Interior Minister Jin Sang-u also "stressed the need for '
                'calm" in dealing with the protesters.'
            )
        ],
        [("need for calm", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [('Interior Minister Jin Sang-u, for his part, called for "restraint on all sides."')],
        [("restraint on all sides", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [('Interior Minister Jin Sang-u expressed "deep regret" over the incident.')],
        [("deep regret", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [('Interior Minister Jin Sang-u pledged to "leave no stone unturned" in the probe.')],
        [("leave no stone unturned", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [
            (
                "Interior Minister Jin Sang-u reiterated that the government "
                '"will not back down" on the reform.'
            )
        ],
        [("will not back down", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [
            (
                "Interior Minister Jin Sang-u lamented what he called a "
                '"culture of silence" in the ministry.'
            )
        ],
        [("culture of silence", "Jin Sang-u")],
    ),
    (
        "B4",
        "",
        [('Interior Minister Jin Sang-u conceded the plan had been "poorly communicated."')],
        [("poorly communicated", "Jin Sang-u")],
    ),
    pytest.param(
        *(
            "B4",
            "",
            [
                (
                    "Jin Sang-u met Kwon Ha-eun on Monday. Kwon, for her part, "
                    '"welcomed the offer but wanted more."'
                )
            ],
            [("welcomed the offer", "Kwon Ha-eun")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=("'Kwon, for her part, \"...\"' after a sentence naming two people: no speaker"),
        ),
    ),
    (
        "B4",
        "",
        [('Jin Sang-u met Kwon Ha-eun on Monday and expressed "deep regret" over the incident.')],
        [("deep regret", "Jin Sang-u")],
    ),
    (
        "B5",
        "",
        [('Lawmaker Bang Seok-ju wrote on Facebook, "This bill is a step backward."')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [('"This bill is a step backward," Lawmaker Bang Seok-ju wrote on Facebook.')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        ['Lawmaker Bang Seok-ju posted on X: "This bill is a step backward."'],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [('"This bill is a step backward," Lawmaker Bang Seok-ju said in a statement.')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [('In a statement, Lawmaker Bang Seok-ju said the bill was "a step backward."')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju said in a statement released Tuesday "
                'that the bill was "a step backward" for workers.'
            )
        ],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [('"This bill is a step backward," read a statement from Lawmaker Bang Seok-ju.')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [('Lawmaker Bang Seok-ju wrote in a Facebook post that the bill was "a step backward."')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        [('In a Facebook post, Lawmaker Bang Seok-ju called the bill "a step backward."')],
        [("step backward", "Bang Seok-ju")],
    ),
    (
        "B5",
        "",
        ['The ministry wrote on Facebook, "This bill is a step backward."'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        ['"This bill is a step backward," the ministry wrote on Facebook.'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        ['The ministry posted on X: "This bill is a step backward."'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        ['"This bill is a step backward," the ministry said in a statement.'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        ['In a statement, the ministry said the bill was "a step backward."'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        [
            (
                "The ministry said in a statement released Tuesday that the "
                'bill was "a step backward" for workers.'
            )
        ],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        ['"This bill is a step backward," read a statement from the ministry.'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        [('The ministry wrote in a Facebook post that the bill was "a step backward."')],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        ['In a Facebook post, the ministry called the bill "a step backward."'],
        [("step backward", "ministry")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                ' bill on Tuesday. Bang wrote on Facebook, "This bill is a '
                'step backward."'
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                ' bill on Tuesday. "This bill is a step backward," Bang wrote'
                " on Facebook."
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                ' bill on Tuesday. Bang posted on X: "This bill is a step '
                'backward."'
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                ' bill on Tuesday. "This bill is a step backward," Bang said '
                "in a statement."
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                ' bill on Tuesday. In a statement, Bang said the bill was "a '
                'step backward."'
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                " bill on Tuesday. Bang said in a statement released Tuesday "
                'that the bill was "a step backward" for workers.'
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                ' bill on Tuesday. "This bill is a step backward," read a '
                "statement from Bang."
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                " bill on Tuesday. Bang wrote in a Facebook post that the "
                'bill was "a step backward."'
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            (
                "Lawmaker Bang Seok-ju of the opposition party criticized the"
                " bill on Tuesday. In a Facebook post, Bang called the bill "
                '"a step backward."'
            )
        ],
        [("step backward", "Bang")],
    ),
    (
        "B5",
        "",
        [
            ("Singer Yoo Da-bin posted a handwritten letter on Instagram on Sunday."),
            '"I am sorry to everyone I let down," she wrote.',
        ],
        [("sorry to everyone", "Yoo Da-bin")],
    ),
    (  # round 45: the letter's writer speaks (was the document noun)
        "B5",
        "",
        [
            ("Singer Yoo Da-bin posted a handwritten letter on Instagram on Sunday."),
            '"I am sorry to everyone I let down," the letter read.',
        ],
        [("sorry to everyone", "Yoo Da-bin")],
    ),
    (
        "B5",
        "",
        [
            ("Singer Yoo Da-bin posted a handwritten letter on Instagram on Sunday."),
            '"I am sorry to everyone I let down. I will take time to reflect."',
        ],
        [("sorry to everyone", "Yoo Da-bin")],
    ),
    (
        "HG",
        "'Prices will ease by spring': BOK governor",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- Consumer prices will ease by "
                "spring as oil costs fall, the central bank chief said "
                "Friday."
            ),
            ('"Prices will ease by spring," Bank of Korea Governor Yang Cheol-min told lawmakers.'),
        ],
        [("Prices will ease by spring,", "Yang Cheol-min")],
    ),
    (
        "HG",
        "'Prices will ease by spring': BOK governor",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- Bank of Korea Governor Yang "
                "Cheol-min said Friday that consumer prices will ease by "
                "spring as oil costs fall."
            )
        ],
        [("Prices will ease", "Yang Cheol-min")],
    ),
    (
        "HG",
        "BOK governor says prices 'will ease by spring'",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- Bank of Korea Governor Yang "
                "Cheol-min said Friday that consumer prices will ease by "
                "spring as oil costs fall."
            )
        ],
        [("will ease by spring", "Yang Cheol-min")],
    ),
    (
        "HG",
        "Yang says prices 'will ease by spring'",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- Bank of Korea Governor Yang "
                'Cheol-min said Friday that consumer prices "will ease by '
                'spring" as oil costs fall.'
            )
        ],
        [("will ease by spring", "Yang Cheol-min")],
    ),
    (
        "HG",
        "Yang: Prices 'will ease by spring'",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- Bank of Korea Governor Yang "
                'Cheol-min said Friday that consumer prices "will ease by '
                'spring."'
            )
        ],
        [("will ease by spring", "Yang Cheol-min")],
    ),
    (
        "HG",
        ("[Herald Interview] 'Failure is the best teacher': robot startup founder"),
        [
            "Seo Ga-young did not plan to build robots.",
            (
                '"I failed three times before this," the 34-year-old founder '
                "of Mirae Robotics said in an interview with The Korea "
                "Herald."
            ),
            '"Failure is the best teacher. You learn what not to build."',
        ],
        [("Failure is the best teacher", "Seo Ga-young"), ("failed three times", "Seo Ga-young")],
    ),
    (
        "HG",
        "[Herald Interview] Founder says 'failure is the best teacher'",
        [
            ("Seo Ga-young, founder of Mirae Robotics, did not plan to build robots."),
            '"Failure is the best teacher," she said.',
        ],
        [("best teacher", "Seo Ga-young")],
    ),
    (
        "HG",
        "'Failure is the best teacher'",
        [
            ("Seo Ga-young, founder of Mirae Robotics, did not plan to build robots."),
            '"Failure is the best teacher," she said.',
        ],
        [("best teacher", "Seo Ga-young")],
    ),
    (
        "HG",
        "Opposition leader: 'We will block the budget'",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- The main opposition party will "
                "block the government's budget bill, its leader Ma Jung-hoon "
                "said Friday."
            )
        ],
        [("block the budget", "Ma Jung-hoon")],
    ),
    (
        "HG",
        "(2nd LD) Yoon vows 'stern response' to N. Korean provocations",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- President Yoon Dam-hyeon on Friday "
                'vowed a "stern response" to any provocation by North Korea.'
            )
        ],
        [("stern response", "Yoon Dam-hyeon")],
    ),
    (
        "HG",
        "(2nd LD) Yoon vows 'stern response' to N. Korean provocations",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- President Yoon Dam-hyeon on Friday "
                "vowed a stern response to any provocation by North Korea."
            )
        ],
        [("stern response", "-Yoon")],
    ),
    (
        "HG",
        "Unification minister calls for 'patience' on inter-Korean ties",
        [
            (
                "SEOUL, Dec. 4 (Yonhap) -- Unification Minister Ha Jeong-mi "
                "said Friday that patience was needed."
            ),
            '"We must be patient," Ha said.',
        ],
        [("patience", "-Ha")],
    ),
    (
        "HN",
        "Film 'Winter River' tops box office",
        [
            (
                '"Winter River," directed by Ko Yoon-jae, drew 2 million '
                "viewers, distributor Sanha Pictures said."
            )
        ],
        [("Winter River", None)],
    ),
    (
        "HN",
        "'Squid Game' creator says new series 'more personal'",
        [
            (
                'Director Hwang Dong-gil said Friday his new series was "more'
                ' personal" than "Squid Game."'
            )
        ],
        [("Squid Game", None), ("more personal", "Hwang Dong-gil")],
    ),
    (
        "HN",
        "Gov't launches 'Green Seoul' campaign",
        [
            (
                'The city government launched the "Green Seoul" campaign on '
                "Friday, Mayor Bong Ye-seul said."
            )
        ],
        [("Green Seoul", None)],
    ),
    (
        "HN",
        "Gov't launches 'Green Seoul' campaign to plant 1 mln trees",
        [
            'The city government launched the "Green Seoul" campaign on Friday.',
            '"Every tree counts," Mayor Bong Ye-seul said.',
        ],
        [("Green Seoul", None), ("Every tree counts", "Bong Ye-seul")],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics declined to comment.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        ["Hanul Logistics declined to comment.", '"Some of us worked 70 hours a week."'],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics refused to comment.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        ["Hanul Logistics refused to comment.", '"Some of us worked 70 hours a week."'],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics did not respond to requests for comment.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        [
            "Hanul Logistics did not respond to requests for comment.",
            '"Some of us worked 70 hours a week."',
        ],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics could not be reached for comment.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        [
            "Hanul Logistics could not be reached for comment.",
            '"Some of us worked 70 hours a week."',
        ],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics did not immediately respond.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        ["Hanul Logistics did not immediately respond.", '"Some of us worked 70 hours a week."'],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics declined to comment on the lawsuit.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        [
            "Hanul Logistics declined to comment on the lawsuit.",
            '"Some of us worked 70 hours a week."',
        ],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [
            (
                '"We were never paid for the overtime," said Gil Na-rae, a '
                "driver who joined the suit."
            ),
            "Hanul Logistics has not commented publicly.",
            '"Some of us worked 70 hours a week."',
        ],
        [("never paid", "Gil Na-rae"), ("70 hours", "-Gil")],
    ),
    (
        "B6",
        "",
        ["Hanul Logistics has not commented publicly.", '"Some of us worked 70 hours a week."'],
        [("70 hours", None)],
    ),
    (
        "B6",
        "",
        [('Hanul Logistics declined to comment, saying only, "The case is before the court."')],
        [("before the court", "Hanul Logistics")],
    ),
    (
        "B6",
        "",
        [('"The case is before the court," Hanul Logistics said, declining to comment further.')],
        [("before the court", "Hanul Logistics")],
    ),
    (
        "B6",
        "",
        [('A Hanul Logistics spokesperson declined to comment but said: "We follow the law."')],
        [("follow the law", "spokesperson")],
    ),
    (
        "B6",
        "",
        [
            (
                'Hanul Logistics refused to answer questions. "We follow the '
                'law," it said in a text message.'
            )
        ],
        [("follow the law", "Hanul Logistics")],
    ),
    (
        "B6",
        "",
        [
            "Asked about the lawsuit, Hanul Logistics did not comment.",
            '"We follow the law," the company said later in a statement.',
        ],
        [("follow the law", "Hanul Logistics")],
    ),
    (
        "B7",
        "",
        [
            "Lawmaker Bang Seok-ju said in a statement that he would not run.",
            '"I will not run again," the statement read.',
        ],
        [("not run again", "Bang Seok-ju")],
    ),
    (  # round 45: the letter's writer speaks (was the document noun)
        "B7",
        "",
        [
            "Lawmaker Bang Seok-ju posted a note on his blog.",
            '"I will not run again," the note read.',
        ],
        [("not run again", "Bang Seok-ju")],
    ),
    (  # round 45: the letter's writer speaks (was the document noun)
        "B7",
        "",
        [
            "Lawmaker Bang Seok-ju wrote a letter to party members on Monday.",
            '"I will not run again," the letter read.',
        ],
        [("not run again", "Bang Seok-ju")],
    ),
    (
        "B7",
        "",
        [
            "Lawmaker Bang Seok-ju posted a note on his blog.",
            "Police later found a note in his car.",
            '"I will not run again," the note read.',
        ],
        [("not run again", "-note")],
    ),
    (
        "B7",
        "",
        [
            "Lawmaker Bang Seok-ju posted a banner outside his office.",
            '"No to the landfill," the banner read.',
        ],
        [("No to the landfill", "-banner")],
    ),
    (
        "B7",
        "",
        ["Workers put up a sign at the gate.", '"No entry without a permit," the sign read.'],
        [("No entry", "-sign")],
    ),
    (
        "HH",
        "Kwak: 'I never took a single won'",
        [
            "Former Mayor Kwak Hyeon-tae denied the bribery charges on Monday.",
            '"I never took a single won," Kwak told the court.',
        ],
        [("single won", "Kwak Hyeon-tae")],
    ),
    (
        "HH",
        "Kwak: 'I never took a single won'",
        [
            "Former Mayor Kwak Hyeon-tae denied the bribery charges on Monday.",
            '"I never took a single won," he told the court.',
        ],
        [("single won", "Kwak Hyeon-tae")],
    ),
    pytest.param(
        *(
            "HH",
            "'I never took a single won': ex-mayor",
            [
                (
                    "Former Mayor Kwak Hyeon-tae denied the bribery charges on "
                    "Monday, telling the court he never took a single won."
                )
            ],
            [("single won", "Kwak Hyeon-tae")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=("'ex-mayor' with the body's indirect speech only names nobody: no speaker"),
        ),
    ),
    (
        "HH",
        "'I never took a single won': ex-mayor",
        [
            "Former Mayor Kwak Hyeon-tae denied the bribery charges on Monday.",
            "Prosecutor Oh Gyeol said the evidence was clear.",
            '"I never took a single won," Kwak told the court.',
        ],
        [("single won", "Kwak Hyeon-tae")],
    ),
    (
        "HH",
        "Prosecutor on ex-mayor: 'The evidence is clear'",
        [
            "Former Mayor Kwak Hyeon-tae denied the bribery charges on Monday.",
            '"The evidence is clear," Prosecutor Oh Gyeol said.',
        ],
        [("evidence is clear", "Oh Gyeol")],
    ),
    (
        "HH",
        "(LEAD) Kim Jong-un calls for 'war readiness' at drill",
        [
            (
                "SEOUL, Dec. 5 (Yonhap) -- North Korean leader Kim Jong-un "
                'called for "full war readiness" while inspecting an '
                "artillery drill, state media said Friday."
            )
        ],
        [("war readiness", "-Kim Jong-un")],
    ),
    (
        "HH",
        "Union says strike 'inevitable' as talks collapse",
        [
            (
                "The Korean Railway Workers' Union said Friday a strike was "
                '"inevitable" after talks with Korail collapsed.'
            )
        ],
        [("inevitable", "-Korean Railway Workers' Union")],
    ),
    (
        "HH",
        "'We are not a threat to anyone,' says Beijing",
        [
            "China on Friday rejected the criticism.",
            (
                '"We are not a threat to anyone," Chinese Foreign Ministry '
                "spokesperson Lin Hao said at a briefing."
            ),
        ],
        [("not a threat", "Lin Hao")],
    ),
    (
        "HH",
        "Park says 'no plans' to leave club",
        ['Striker Park Dae-il said Friday he had "no plans" to leave the club.'],
        [("no plans", "-Park Dae-il")],
    ),
    (
        "HH",
        "[Interview] 'Every song is a diary': singer Ju Ah-reum",
        [
            "Ju Ah-reum has written songs since she was 12.",
            '"Every song is a diary," she said. "I just forget to lock it."',
        ],
        [("Every song is a diary", "Ju Ah-reum"), ("lock it", "Ju Ah-reum")],
    ),
    (
        "HH",
        "[Interview] Singer Ju Ah-reum: 'Every song is a diary'",
        [
            "Ju Ah-reum has written songs since she was 12.",
            '"I just forget to lock it," she said, laughing.',
        ],
        [("Every song is a diary", "Ju Ah-reum"), ("lock it", "Ju Ah-reum")],
    ),
    (
        "HH",
        "Seoul mayor vows to 'finish the tram line' by 2028",
        [
            (
                'Seoul Mayor Ra Jin-ho on Friday vowed to "finish the tram '
                'line" by 2028 despite cost overruns.'
            )
        ],
        [("finish the tram line", "Ra Jin-ho")],
    ),
    (
        "HH",
        "Exporters 'deeply worried' about tariff: KITA",
        [
            (
                "Korean exporters are deeply worried about the new U.S. "
                "tariff, the Korea International Trade Association said "
                "Friday."
            )
        ],
        [("deeply worried", "-Korea International Trade Association")],
    ),
    pytest.param(
        *(
            "B8",
            "",
            [
                (
                    "The following is an edited transcript of the interview with "
                    "Jeon Ha-ram, the museum's director."
                ),
                "Q: Why reopen now?",
                'A: "Because the building is finally safe."',
            ],
            [("finally safe", "Jeon Ha-ram")],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="an answer after 'A:' in a transcript is left with no speaker"
        ),
    ),
    (
        "B8",
        "",
        [
            "Museum director Jeon Ha-ram answered questions from reporters.",
            '"Why reopen now?" one reporter asked.',
            '"Because the building is finally safe," Jeon said.',
        ],
        [("Why reopen now", "reporter"), ("finally safe", "Jeon Ha-ram")],
    ),
    (
        "B8",
        "",
        [
            "Museum director Jeon Ha-ram answered questions from reporters.",
            '"Why reopen now?" one reporter asked.',
            '"Because the building is finally safe."',
        ],
        [("finally safe", "-Jeon")],
    ),
    (
        "B8",
        "",
        [
            '"Why reopen now?" museum director Jeon Ha-ram was asked.',
            '"Because the building is finally safe," she replied.',
        ],
        [("finally safe", "Jeon Ha-ram")],
    ),
    (
        "B8",
        "",
        [
            ("Asked why the museum reopened now, Jeon Ha-ram, its director, paused."),
            '"Because the building is finally safe."',
        ],
        [("finally safe", "-Jeon")],
    ),
    (
        "B9",
        "",
        ['"We sold out in an hour," sighed Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    ("B9", "", ['"We sold out in an hour," Pyun Seo-jin sighed.'], [("sold out", "Pyun Seo-jin")]),
    (
        "B9",
        "",
        ['"We sold out in an hour," shrugged Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    (
        "B9",
        "",
        ['"We sold out in an hour," Pyun Seo-jin shrugged.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    (
        "B9",
        "",
        ['"We sold out in an hour," quipped Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    ("B9", "", ['"We sold out in an hour," Pyun Seo-jin quipped.'], [("sold out", "Pyun Seo-jin")]),
    (
        "B9",
        "",
        ['"We sold out in an hour," mused Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    ("B9", "", ['"We sold out in an hour," Pyun Seo-jin mused.'], [("sold out", "Pyun Seo-jin")]),
    (
        "B9",
        "",
        ['"We sold out in an hour," scoffed Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    ("B9", "", ['"We sold out in an hour," Pyun Seo-jin scoffed.'], [("sold out", "Pyun Seo-jin")]),
    (
        "B9",
        "",
        ['"We sold out in an hour," fumed Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    ("B9", "", ['"We sold out in an hour," Pyun Seo-jin fumed.'], [("sold out", "Pyun Seo-jin")]),
    (
        "B9",
        "",
        ['"We sold out in an hour," beamed Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    ("B9", "", ['"We sold out in an hour," Pyun Seo-jin beamed.'], [("sold out", "Pyun Seo-jin")]),
    (
        "B9",
        "",
        ['"We sold out in an hour," recalled Pyun Seo-jin, who runs the stall.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    (
        "B9",
        "",
        ['"We sold out in an hour," Pyun Seo-jin recalled.'],
        [("sold out", "Pyun Seo-jin")],
    ),
    (
        "HI",
        "'We will not sign this deal': opposition leader",
        [
            ("President Oh Jae-seong urged the opposition on Monday to back the trade deal."),
            ('Opposition leader Moon Ga-eun refused. "We will not sign this deal," Moon said.'),
        ],
        [("We will not sign this deal", "Moon Ga-eun")],
    ),
    (
        "HI",
        "Opposition leader: 'We will not sign this deal'",
        [
            ("President Oh Jae-seong urged the opposition on Monday to back the trade deal."),
            ('"We will not sign this deal," opposition leader Moon Ga-eun told reporters.'),
        ],
        [("We will not sign this deal", "Moon Ga-eun")],
    ),
    (
        "HI",
        "'Sign the deal now': president to opposition",
        [
            ("President Oh Jae-seong urged the opposition on Monday to back the trade deal."),
            ('"Sign the deal now," Oh said, addressing opposition leader Moon Ga-eun directly.'),
        ],
        [("Sign the deal now", "Oh Jae-seong")],
    ),
    (
        "HI",
        "President to opposition: 'Sign the deal now'",
        [
            (
                "President Oh Jae-seong urged opposition leader Moon Ga-eun "
                "on Monday to back the trade deal."
            ),
            '"Sign the deal now," Oh said.',
        ],
        [("Sign the deal now", "Oh Jae-seong")],
    ),
    (
        "HI",
        "'Sign the deal now,' Oh tells opposition",
        [
            (
                "President Oh Jae-seong urged opposition leader Moon Ga-eun "
                "on Monday to back the trade deal."
            ),
            '"Sign the deal now," he said.',
        ],
        [("Sign the deal now", "Oh Jae-seong")],
    ),
    (
        "HI",
        "Moon rejects Oh's call to 'sign the deal now'",
        [
            (
                "Opposition leader Moon Ga-eun on Monday rejected President "
                'Oh Jae-seong\'s call to "sign the deal now."'
            ),
            '"This deal hurts farmers," Moon said.',
        ],
        [("This deal hurts farmers", "Moon Ga-eun")],
    ),
    (
        "HI",
        "(LEAD) N. Korea says it will 'never give up' nukes",
        [
            (
                "SEOUL, Dec. 6 (Yonhap) -- North Korea said Saturday it will "
                '"never give up" its nuclear weapons, rejecting a U.S. offer '
                "of talks."
            ),
            (
                '"Our nuclear status is irreversible," Foreign Minister Choe '
                "Son-hui said in a statement carried by the Korean Central "
                "News Agency."
            ),
        ],
        # round 215: the lede's words are the statement author's (the README convention)
        [("never give up", "Choe Son-hui"), ("irreversible", "Choe Son-hui")],
    ),
    (
        "HI",
        "'Our nuclear status is irreversible': N. Korean FM",
        [
            (
                "SEOUL, Dec. 6 (Yonhap) -- North Korea's foreign minister "
                "said Saturday the country will never give up its nuclear "
                "weapons."
            ),
            (
                '"Our nuclear status is irreversible," Foreign Minister Choe '
                "Son-hui said in a statement carried by the Korean Central "
                "News Agency."
            ),
        ],
        [("Our nuclear status is irreversible", "Choe Son-hui")],
    ),
    (
        "HI",
        "Samsung chief: 'Chips are our lifeline'",
        [
            "Samsung Electronics Chairman Lee Jae-hoon met suppliers on Friday.",
            '"Chips are our lifeline," Lee said, according to the company.',
        ],
        [("Chips are our lifeline", "Lee Jae-hoon")],
    ),
    (
        "HI",
        "Gov't says no 'backroom deal' with doctors",
        [
            (
                'The health ministry denied Friday it had struck a "backroom '
                "deal\" with the doctors' association."
            ),
            ('"There was no secret agreement," Vice Health Minister Paek Do-yun said.'),
        ],
        [("backroom deal", "-ministry"), ("no secret agreement", "Paek Do-yun")],
    ),
    (
        "HJ",
        "(Yonhap Interview) Envoy says ties 'at a turning point'",
        [
            (
                "SEOUL, Dec. 7 (Yonhap) -- Ties between Seoul and Hanoi are "
                '"at a turning point," Vietnamese Ambassador Tran Minh Duc '
                "said in an interview with Yonhap News Agency."
            )
        ],
        [("at a turning point", "Tran Minh Duc")],
    ),
    (
        "HJ",
        "(URGENT) Defense chief vows 'overwhelming response'",
        [
            (
                "SEOUL, Dec. 7 (Yonhap) -- Defense Minister Kang Tae-uk on "
                'Sunday vowed an "overwhelming response" to any attack.'
            )
        ],
        [("overwhelming response", "Kang Tae-uk")],
    ),
    (
        "HJ",
        "(News Focus) Why exporters call the tariff 'a slow poison'",
        [
            (
                'Exporters of auto parts say the new levy is "a slow poison,"'
                " in the words of Kim Bo-seul, who runs a supplier in "
                "Changwon."
            )
        ],
        [("a slow poison", "-Kim Bo-seul")],
    ),
    (
        "HJ",
        "Pope Leo: 'Peace is possible on the peninsula'",
        [
            "Pope Leo XIV said Sunday peace was possible on the Korean Peninsula.",
            (
                '"Peace is possible on the peninsula," the pope told pilgrims'
                " at St. Peter's Square."
            ),
        ],
        [("Peace is possible", "Leo")],
    ),
    (
        "HJ",
        "'It was a mistake,' admits ex-coach",
        [
            (
                "Former national team coach Son Jae-hwan admitted Monday that"
                " his tactics had failed."
            ),
            '"It was a mistake," Son said. "I take full responsibility."',
        ],
        [("It was a mistake", "Son Jae-hwan"), ("full responsibility", "Son Jae-hwan")],
    ),
    (
        "HJ",
        "Ex-coach admits 'mistake' in tactics",
        [
            (
                "Former national team coach Son Jae-hwan admitted Monday that"
                ' his tactics had been a "mistake."'
            )
        ],
        [("mistake", "-Son Jae-hwan")],
    ),
    (
        "HJ",
        "'Not a single ship will pass': N. Korea warns",
        [
            (
                "SEOUL, Dec. 8 (Yonhap) -- North Korea warned Monday that no "
                "foreign warship would pass its claimed maritime border."
            ),
            (
                '"Not a single ship will pass," the General Staff of the '
                "Korean People's Army said in a statement carried by KCNA."
            ),
        ],
        [("Not a single ship", "General Staff")],
    ),
    (
        "HJ",
        "Court: Firm must pay 'full wages' to drivers",
        [
            (
                "The Seoul High Court ruled Tuesday that Hanul Logistics must"
                ' pay "full wages" to 40 drivers.'
            ),
            '"The drivers were employees in all but name," the court said.',
        ],
        [("full wages", "-Seoul High Court"), ("employees in all but name", "Seoul High Court")],
    ),
]


@pytest.mark.parametrize(("category", "headline", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, headline: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected, headline=headline) == [], category


def test_battery_size() -> None:
    assert len(PROBES) >= 150
