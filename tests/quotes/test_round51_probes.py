"""Round 51's probe battery: which name speaks, a third battery (after rounds 40 and 46).

Each probe is one to three invented paragraphs of Korean wire copy (every name, body and
sentence invented) and, for its quotations (found by a piece of their text), the speaker a
careful reader gives: a name or role the short (or full) speaker must hold ("a|b": either), or
None for no speaker. The shapes rounds 40 and 46 did not probe: S a quotation in the second or
third sentence after a first sentence with another subject ('Ms. A met Mr. B. "...," he said',
titles and possessives giving the gender, near misses both ways); Q, Q2 a quote-only paragraph
after narration about another person (None where a reader names no one); A, R answers to a
named questioner, reactions, replies after 'pressed', 'questioned', 'grilled'; N a person
quoted inside another's quotation, 'said of', 'speaking after'; B a body beside a person
('The ministry, citing NAME, said', 'NAME said the ministry had "..."'); W 'with Y at his side',
a joint statement, 'told', 'urged'; S2 an appositive closing a passive's agent ('drafted by
NAME, a former vice minister.') before a pronoun; G a gender a possessive gives ('her
successor, NAME', and its near misses, G2); P a passive with a person or a thing as its subject
before 'he said'; R2 near misses of the questioned one answering.
Probes whose answer a reader could argue were dropped (a possessive that may mean either
person: 'visited B at her home').

182 probes: 35 failed on main before round 51 (31 a wrong speaker), 15 after its four rules
(11 wrong speakers), kept as strict xfails with the reason. Rule 1 (an appositive closing the
sentence is no subject) fixes 4; rule 2 (a passive's person subject stays the subject) fixes 7
and costs 2 (a question, or a quotation about the passive's subject, whose speaker a reader
tells from what is asked or said); rule 3 (the one pressed or questioned answers) fixes 8 and
costs 2 (a question after 'said' or in the next paragraph); rule 4 (a possessive that can only
mean the subject gives its gender) fixes 5.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_N = None

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "S",
        ['Ms. Pyeon Ha-rin met Mr. Dokgo Seon-u on Monday. "We agreed on the timeline," she said.'],
        [("agreed on the timeline", "Pyeon")],
    ),
    (
        "S",
        ['Ms. Pyeon Ha-rin met Mr. Dokgo Seon-u on Monday. "We agreed on the timeline," he said.'],
        [("agreed on the timeline", "Dokgo")],
    ),
    (
        "S",
        [
            'Pyeon Ha-rin met Dokgo Seon-u, her counterpart, on Monday. "We agreed on '
            'the timeline," she said.'
        ],
        [("agreed on the timeline", "Pyeon")],
    ),
    (
        "S",
        [
            'Pyeon Ha-rin met Dokgo Seon-u, his counterpart, on Monday. "We agreed on '
            'the timeline," she said.'
        ],
        [("agreed on the timeline", "Dokgo")],
    ),
    (
        "S",
        [
            'Pyeon Ha-rin met Dokgo Seon-u, her counterpart, on Monday. "We agreed on '
            'the timeline," he said.'
        ],
        [("agreed on the timeline", "Dokgo")],
    ),
    (
        "S",
        [
            "Ms. Pyeon Ha-rin met Mr. Dokgo Seon-u on Monday. The talks ran for three "
            'hours. "We agreed on the timeline," he said.'
        ],
        [("agreed on the timeline", "Dokgo")],
    ),
    (
        "S",
        [
            "Ms. Pyeon Ha-rin met Mr. Dokgo Seon-u on Monday. The talks ran for three "
            'hours. "We agreed on the timeline," she said.'
        ],
        [("agreed on the timeline", "Pyeon")],
    ),
    (
        "S",
        [
            "Ms. Pyeon Ha-rin met Mr. Dokgo Seon-u on Monday. The talks ran for three "
            'hours. She said the two sides had "agreed on the timeline."'
        ],
        [("agreed on the timeline", "Pyeon")],
    ),
    (
        "S",
        [
            "Ms. Pyeon Ha-rin met Mr. Dokgo Seon-u on Monday. The talks ran for three "
            'hours. He said the two sides had "agreed on the timeline."'
        ],
        [("agreed on the timeline", "Dokgo")],
    ),
    (
        "S",
        ['Mr. Dokgo Seon-u met Ms. Pyeon Ha-rin on Monday. "We agreed on the timeline," he said.'],
        [("agreed on the timeline", "Dokgo")],
    ),
    (
        "S",
        ['Mr. Dokgo Seon-u met Ms. Pyeon Ha-rin on Monday. "We agreed on the timeline," she said.'],
        [("agreed on the timeline", "Pyeon")],
    ),
    (
        "S",
        [
            'The prosecution summoned Ms. Seomun Ji-a on Monday. "I answered every '
            'question," she told reporters afterward.'
        ],
        [("every question", "Seomun")],
    ),
    (
        "S",
        [
            'Police questioned Mr. Hwangbo Tae-gyun for six hours on Tuesday. "I have '
            'nothing to hide," he said on leaving.'
        ],
        [("nothing to hide", "Hwangbo")],
    ),
    (
        "S",
        [
            "Mr. Hwangbo Tae-gyun was questioned by Ms. Seomun Ji-a, the lead "
            'prosecutor. "He did not answer," she said.'
        ],
        [("did not answer", "Seomun")],
    ),
    (
        "S",
        [
            "Mr. Hwangbo Tae-gyun was questioned by Ms. Seomun Ji-a, the lead "
            'prosecutor. "I told her everything," he said.'
        ],
        [("told her everything", "Hwangbo")],
    ),
    (
        "S",
        [
            'Mr. Namgung Chan thanked Ms. Jegal Bo-ra for her work. "She never let us '
            'down," he said.'
        ],
        [("never let us down", "Namgung")],
    ),
    (
        "S",
        [
            'Mr. Namgung Chan thanked Ms. Jegal Bo-ra for her work. "It was a team '
            'effort," she said.'
        ],
        [("team effort", "Jegal")],
    ),
    (
        "S",
        [
            'Mr. Namgung Chan told Ms. Jegal Bo-ra on Friday that the deal was off. "I '
            'was stunned," she said.'
        ],
        [("was stunned", "Jegal")],
    ),
    (
        "S",
        [
            'Mr. Namgung Chan told Ms. Jegal Bo-ra on Friday that the deal was off. "I '
            'had no choice," he said.'
        ],
        [("no choice", "Namgung")],
    ),
    (
        "S",
        [
            'The ministry fined Daeryun Chemical 2 billion won on Monday. "We will '
            'appeal," the company said.'
        ],
        [("will appeal", "Daeryun")],
    ),
    (
        "S",
        [
            'The ministry fined Daeryun Chemical 2 billion won on Monday. "The fine is '
            'fair," the ministry said.'
        ],
        [("fine is fair", "ministry")],
    ),
    (
        "S",
        [
            'Daeryun Chemical was fined 2 billion won by the ministry on Monday. "We '
            'will appeal," it said.'
        ],
        [("will appeal", "Daeryun")],
    ),
    (
        "S",
        [
            "Ms. Pyeon Ha-rin, the chair, opened the hearing. Mr. Dokgo Seon-u then "
            'took the floor. "This bill is dead," he said.'
        ],
        [("bill is dead", "Dokgo")],
    ),
    (
        "S",
        [
            "Ms. Pyeon Ha-rin, the chair, opened the hearing. Mr. Dokgo Seon-u then "
            'took the floor. "This bill is alive," she said.'
        ],
        [("bill is alive", "Pyeon")],
    ),
    (
        "S",
        [
            'Pyeon Ha-rin welcomed Dokgo Seon-u to the ministry on Monday. "It is good '
            'to be back," Dokgo said.'
        ],
        [("good to be back", "Dokgo")],
    ),
    (
        "S",
        [
            'Pyeon Ha-rin welcomed Dokgo Seon-u to the ministry on Monday. "It is good '
            'to have him back," Pyeon said.'
        ],
        [("good to have him back", "Pyeon")],
    ),
    (
        "Q",
        [
            'Ms. Pyeon Ha-rin criticized the plan on Tuesday, calling it "a gamble."',
            "Mr. Dokgo Seon-u, the opposition leader, called it rushed.",
            '"It was written in a week."',
        ],
        [("a gamble", "Pyeon"), ("written in a week", "Dokgo")],
    ),
    (
        "Q",
        [
            'Ms. Pyeon Ha-rin criticized the plan on Tuesday. "It is a gamble," she said.',
            "Mr. Dokgo Seon-u, who drafted the plan, left the chamber before the vote.",
            '"It was written in a week."',
        ],
        [("a gamble", "Pyeon"), ("written in a week", None)],
    ),
    (
        "Q",
        [
            'Ms. Pyeon Ha-rin criticized the plan on Tuesday. "It is a gamble," she said.',
            "Mr. Dokgo Seon-u drafted the plan over the summer with two aides.",
            '"It was written in a week."',
        ],
        [("a gamble", "Pyeon"), ("written in a week", None)],
    ),
    (
        "Q",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said of the plan on Tuesday.',
            "The plan was drafted by Mr. Dokgo Seon-u, a former vice minister.",
            '"Nobody asked the towns."',
        ],
        [("a gamble", "Pyeon"), ("asked the towns", None)],
    ),
    (
        "Q",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said of the plan on Tuesday.',
            "The plan was drafted by Mr. Dokgo Seon-u, a former vice minister.",
            '"Nobody asked the towns," she added.',
        ],
        [("a gamble", "Pyeon"), ("asked the towns", "Pyeon")],
    ),
    (
        "Q",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said of the plan on Tuesday.',
            "She noted that the plan was drafted by Mr. Dokgo Seon-u, a former vice minister.",
            '"Nobody asked the towns."',
        ],
        [("a gamble", "Pyeon"), ("asked the towns", "Pyeon")],
    ),
    (
        "Q",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said of the plan on Tuesday.',
            '"Nobody asked the towns."',
        ],
        [("a gamble", "Pyeon"), ("asked the towns", "Pyeon")],
    ),
    (
        "Q",
        [
            'Ms. Pyeon Ha-rin criticized the plan. "It is a gamble," she said.',
            "Mr. Dokgo Seon-u, the minister, defended it on Wednesday.",
            '"It was written with care."',
        ],
        [("a gamble", "Pyeon"), ("with care", None)],
    ),
    (
        "Q",
        [
            'Ms. Pyeon Ha-rin criticized the plan. "It is a gamble," she said.',
            "Mr. Dokgo Seon-u, the minister, defended it on Wednesday, saying it had "
            'been "tested for a year."',
            '"It was written with care."',
        ],
        [("a gamble", "Pyeon"), ("tested for a year", "Dokgo"), ("with care", "Dokgo")],
    ),
    (
        "Q",
        [
            'Ms. Pyeon Ha-rin criticized the plan. "It is a gamble," she said.',
            "Mr. Dokgo Seon-u resigned as minister the next day.",
            '"I am proud of what we did."',
        ],
        [("a gamble", "Pyeon"), ("proud of what", None)],
    ),
    (
        "A",
        [
            "Asked by Rep. Jegal Bo-ra whether the budget would be cut, Minister "
            'Namgung Chan said, "Not this year."'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        [
            "Asked by Rep. Jegal Bo-ra whether the budget would be cut, Minister "
            'Namgung Chan said it would "stay as it is."'
        ],
        [("stay as it is", "Namgung")],
    ),
    (
        "A",
        [
            "Asked by Rep. Jegal Bo-ra about the budget, Minister Namgung Chan "
            'replied: "Not this year."'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        ['When asked by Rep. Jegal Bo-ra about the budget, Namgung Chan said: "Not this year."'],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        [
            "In response to Rep. Jegal Bo-ra's question, Minister Namgung Chan said "
            'the budget would "stay as it is."'
        ],
        [("stay as it is", "Namgung")],
    ),
    (
        "A",
        [
            "In response to a question from Rep. Jegal Bo-ra, Minister Namgung Chan "
            'said: "Not this year."'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        [
            '"Not this year," Minister Namgung Chan said in response to a question '
            "from Rep. Jegal Bo-ra."
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        ['"Not this year," Minister Namgung Chan said when asked by Rep. Jegal Bo-ra about cuts.'],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        ['"Not this year," Minister Namgung Chan told Rep. Jegal Bo-ra, who had asked about cuts.'],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        ['Answering Rep. Jegal Bo-ra, Minister Namgung Chan said: "Not this year."'],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        ['Responding to Jegal Bo-ra\'s remarks, Namgung Chan said: "She has the numbers wrong."'],
        [("numbers wrong", "Namgung")],
    ),
    (
        "A",
        ['Responding to Jegal Bo-ra\'s remarks, Namgung Chan said she had "the numbers wrong."'],
        [("the numbers wrong", "Namgung")],
    ),
    (
        "A",
        [
            "Reacting to Jegal Bo-ra's resignation, Namgung Chan said it was \"a loss "
            'for the party."'
        ],
        [("a loss for the party", "Namgung")],
    ),
    (
        "A",
        ['In a reply to Jegal Bo-ra\'s letter, Namgung Chan wrote: "The door is open."'],
        [("door is open", "Namgung")],
    ),
    (
        "A",
        ['Rep. Jegal Bo-ra asked Minister Namgung Chan whether the budget was "a fiction."'],
        [("a fiction", "Jegal")],
    ),
    (
        "A",
        ['Rep. Jegal Bo-ra asked Minister Namgung Chan: "Why was the board not told?"'],
        [("board not told", "Jegal")],
    ),
    (
        "A",
        ['"Why was the board not told?" Rep. Jegal Bo-ra asked Minister Namgung Chan.'],
        [("board not told", "Jegal")],
    ),
    (
        "A",
        [
            "Minister Namgung Chan, asked by Rep. Jegal Bo-ra why the board was not "
            'told, replied: "It was."'
        ],
        [("It was", "Namgung")],
    ),
    (
        "A",
        [
            'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "Not this '
            'year," he replied.'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        [
            'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "Will you '
            'cut it or not?" she asked.'
        ],
        [("cut it or not", "Jegal")],
    ),
    (
        "A",
        [
            "Rep. Jegal Bo-ra asked Minister Namgung Chan about the budget.",
            '"Not this year," he said.',
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "A",
        [
            "Rep. Jegal Bo-ra asked Minister Namgung Chan about the budget.",
            '"Not this year," the minister said.',
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "N",
        ['"When Jegal told me we were finished, I did not believe her," Namgung Chan said.'],
        [("did not believe her", "Namgung")],
    ),
    (
        "N",
        ['Namgung Chan said: "Jegal Bo-ra was right. We moved too fast."'],
        [("moved too fast", "Namgung")],
    ),
    (
        "N",
        ['"Jegal Bo-ra said it best: we moved too fast," Namgung Chan told the forum.'],
        [("moved too fast", "Namgung")],
    ),
    (
        "N",
        ['"She is the best negotiator I know," Namgung Chan said of Jegal Bo-ra.'],
        [("best negotiator", "Namgung")],
    ),
    (
        "N",
        ['Namgung Chan said of Jegal Bo-ra: "She never gives up."'],
        [("never gives up", "Namgung")],
    ),
    (
        "N",
        ['Of Jegal Bo-ra, Namgung Chan said: "She never gives up."'],
        [("never gives up", "Namgung")],
    ),
    (
        "N",
        ['Speaking of Jegal Bo-ra, Namgung Chan said she "never gives up."'],
        [("never gives up", "Namgung")],
    ),
    (
        "N",
        ['Namgung Chan said of Jegal Bo-ra that she "never gives up."'],
        [("never gives up", "Namgung")],
    ),
    (
        "N",
        ['Namgung Chan, speaking after Jegal Bo-ra at the forum, said: "We need more time."'],
        [("more time", "Namgung")],
    ),
    (
        "N",
        ['Speaking after Jegal Bo-ra at the forum, Namgung Chan said: "We need more time."'],
        [("more time", "Namgung")],
    ),
    (
        "N",
        ['"We need more time," Namgung Chan said, speaking after Jegal Bo-ra at the forum.'],
        [("more time", "Namgung")],
    ),
    (
        "N",
        ['"We need more time," Namgung Chan said, speaking after Jegal Bo-ra, "and more money."'],
        [("more time", "Namgung"), ("more money", "Namgung")],
    ),
    (
        "N",
        [
            "Jegal Bo-ra spoke first at the forum. Namgung Chan, speaking after her, "
            'said: "We need more time."'
        ],
        [("more time", "Namgung")],
    ),
    (
        "N",
        ['Namgung Chan, who spoke after Jegal Bo-ra, said the plan needed "more time."'],
        [("more time", "Namgung")],
    ),
    (
        "N",
        ['Namgung Chan said Jegal Bo-ra had told him: "We need more time."'],
        [("more time", "Jegal")],
    ),
    (
        "N",
        ['Namgung Chan quoted Jegal Bo-ra as saying the plan needed "more time."'],
        [("more time", "Jegal")],
    ),
    (
        "B",
        ['The ministry, citing Vice Minister Pyeon Ha-rin, said "the figures are final."'],
        [("figures are final", "ministry")],
    ),
    (
        "B",
        [
            "Citing Vice Minister Pyeon Ha-rin, the ministry said the figures were "
            '"final and binding."'
        ],
        [("final and binding", "ministry")],
    ),
    (
        "B",
        ['Pyeon Ha-rin said the ministry had "lost control of the process."'],
        [("lost control", "Pyeon")],
    ),
    (
        "B",
        ['The ministry said Pyeon Ha-rin had been "fully informed."'],
        [("fully informed", "ministry")],
    ),
    (
        "B",
        ['The ministry quoted Pyeon Ha-rin as saying the figures were "final."'],
        [("final", "Pyeon")],
    ),
    (
        "B",
        ['Pyeon Ha-rin, citing ministry data, said the figures were "alarming."'],
        [("alarming", "Pyeon")],
    ),
    (
        "B",
        ['The Korean Teachers Union, led by Dokgo Seon-u, said: "We will strike in March."'],
        [("strike in March", "Union")],
    ),
    (
        "B",
        ['Dokgo Seon-u, who leads the Korean Teachers Union, said: "We will strike in March."'],
        [("strike in March", "Dokgo")],
    ),
    (
        "B",
        ['The union said in a statement that Dokgo Seon-u would "lead the talks personally."'],
        [("lead the talks", "union")],
    ),
    (
        "B",
        ['"We will strike in March," the union said, naming Dokgo Seon-u as its negotiator.'],
        [("strike in March", "union")],
    ),
    (
        "B",
        ['The ministry said, according to Pyeon Ha-rin, that the figures were "final."'],
        [("final", "ministry|Pyeon")],
    ),
    (
        "B",
        ['The ministry on Monday rejected Pyeon Ha-rin\'s claim that the figures were "cooked."'],
        [("cooked", "Pyeon")],
    ),
    (  # a strict xfail until round 67 read "the ministry's" as the claim's owner
        "B",
        ['Pyeon Ha-rin rejected the ministry\'s claim that the figures were "final."'],
        [("final", "ministry")],
    ),
    (
        "B",
        ['In a statement, the ministry said Pyeon Ha-rin, its spokeswoman, "spoke out of turn."'],
        [("out of turn", "ministry")],
    ),
    (
        "W",
        ['With Jegal Bo-ra at his side, Namgung Chan said: "We will win this."'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['Namgung Chan, with Jegal Bo-ra at his side, said the party would "win this."'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['"We will win this," Namgung Chan said with Jegal Bo-ra at his side.'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['"We will win this," Namgung Chan said, with Jegal Bo-ra at his side.'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['Flanked by Jegal Bo-ra, Namgung Chan said: "We will win this."'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['Standing next to Jegal Bo-ra, Namgung Chan said: "We will win this."'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['Alongside Jegal Bo-ra, Namgung Chan said: "We will win this."'],
        [("win this", "Namgung")],
    ),
    (
        "W",
        ['Namgung Chan and Jegal Bo-ra said in a joint statement: "We will work together."'],
        [("work together", "Namgung|Jegal")],
    ),
    pytest.param(
        *(
            "W",
            ['"We will work together," Namgung Chan and Jegal Bo-ra said in a joint statement.'],
            [("work together", "Namgung|Jegal")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'work together' given '', not 'Namgung|Jegal': the lesser error: no speaker or "
                "no quotation"
            ),
        ),
    ),
    (
        "W",
        [
            "Mr. Pyeon met the two on Monday.",
            "Namgung Chan and Jegal Bo-ra said in a joint statement that they would "
            '"work together."',
        ],
        [("work together", "Namgung|Jegal")],
    ),
    ("W", ['"Go home," Namgung Chan told Jegal Bo-ra, his deputy.'], [("Go home", "Namgung")]),
    (
        "W",
        ['Namgung Chan told Jegal Bo-ra, who chairs the panel, that the plan was "dead."'],
        [("dead", "Namgung")],
    ),
    (
        "W",
        ['Namgung Chan urged Jegal Bo-ra, who chairs the panel, to "move fast."'],
        [("move fast", "Namgung")],
    ),
    ("W", ['Namgung Chan urged Jegal Bo-ra: "Move fast."'], [("Move fast", "Namgung")]),
    ("W", ['"Move fast," Namgung Chan urged Jegal Bo-ra.'], [("Move fast", "Namgung")]),
    (
        "W",
        ['"Move fast," Namgung Chan urged Jegal Bo-ra, the panel chair, on Monday.'],
        [("Move fast", "Namgung")],
    ),
    (
        "W",
        ['Namgung Chan told Jegal Bo-ra\'s committee on Monday: "Move fast."'],
        [("Move fast", "Namgung")],
    ),
    ("W", ['Namgung Chan warned Jegal Bo-ra that the plan was "doomed."'], [("doomed", "Namgung")]),
    (
        "W",
        ['Namgung Chan reminded Jegal Bo-ra that she had promised to "move fast."'],
        [("move fast", "Namgung|Jegal")],
    ),
    pytest.param(
        *(
            "W",
            ['Jegal Bo-ra was urged by Namgung Chan to "move fast."'],
            [("move fast", "Namgung")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=("'move fast' not found: the lesser error: no speaker or no quotation"),
        ),
    ),
    (
        "S2",
        [
            'The plan was drafted by Mr. Dokgo Seon-u, a former vice minister. "Nobody '
            'asked the towns," Ms. Pyeon Ha-rin said.',
            '"They will pay for it," she added.',
        ],
        [("pay for it", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was drafted by Mr. Dokgo Seon-u, a former vice minister.",
            '"Nobody asked the towns," he added.',
        ],
        [("asked the towns", "Dokgo")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was drafted by Mr. Dokgo Seon-u, a former vice minister.",
            '"Nobody asked the towns," the former vice minister said.',
        ],
        [("asked the towns", "Dokgo")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was drafted by Mr. Dokgo Seon-u.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    pytest.param(
        *(
            "S2",
            [
                '"It is a gamble," Ms. Pyeon Ha-rin said.',
                "The plan was drafted by Dokgo Seon-u, a former vice minister.",
                '"Nobody asked the towns," she added.',
            ],
            [("asked the towns", "Pyeon")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'asked the towns' given 'Dokgo Seon-u, a former vice minister', not 'Pyeon': the"
                " agent of a passive with a thing as subject ('The plan was drafted by NAME') is "
                "who 'she added' means although the last speaker, not the agent, adds"
            ),
        ),
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "It was drafted by Mr. Dokgo Seon-u, a former vice minister, last year.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was backed by Mr. Dokgo Seon-u, the committee chair.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was backed by Mr. Dokgo Seon-u, the committee chair.",
            '"Nobody asked the towns," he said.',
        ],
        [("asked the towns", "Dokgo")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "Mr. Dokgo Seon-u, a former vice minister, drafted the plan.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan, drafted by Mr. Dokgo Seon-u, a former vice minister, passed in May.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "She met Mr. Dokgo Seon-u, a former vice minister, on Friday.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was written with Mr. Dokgo Seon-u, a former vice minister.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "S2",
        [
            '"It is a gamble," Ms. Pyeon Ha-rin said.',
            "The plan was drafted by a former vice minister, Mr. Dokgo Seon-u.",
            '"Nobody asked the towns," she added.',
        ],
        [("asked the towns", "Pyeon")],
    ),
    (
        "G",
        ['Pyeon Ha-rin met Dokgo Seon-u, his successor, on Monday. "It went well," she said.'],
        [("went well", "Dokgo")],
    ),
    (
        "G",
        ['Pyeon Ha-rin met Dokgo Seon-u, her successor, on Monday. "It went well," she said.'],
        [("went well", "Pyeon")],
    ),
    (
        "G",
        ['Pyeon Ha-rin met her successor, Dokgo Seon-u, on Monday. "It went well," he said.'],
        [("went well", "Dokgo")],
    ),
    (
        "G",
        ['Pyeon Ha-rin met his successor, Dokgo Seon-u, on Monday. "It went well," he said.'],
        [("went well", "Pyeon")],
    ),
    (
        "G",
        ['Pyeon Ha-rin met her husband, Dokgo Seon-u, on Monday. "It went well," he said.'],
        [("went well", "Dokgo")],
    ),
    (
        "G",
        [
            'Pyeon Ha-rin called Dokgo Seon-u, her mentor, on Monday. "He picked up at '
            'once," she said.'
        ],
        [("picked up at once", "Pyeon")],
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "Not this '
            'year," he replied.'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        ['Ms. Jegal Bo-ra pressed Mr. Namgung Chan on the budget. "Not this year," he replied.'],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        ['Ms. Jegal Bo-ra pressed Mr. Namgung Chan on the budget. "Not this year," she said.'],
        [("Not this year", "Jegal")],
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra questioned Minister Namgung Chan about the budget. "Not '
            'this year," he answered.'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra questioned Minister Namgung Chan about the budget. "Not '
            'this year," he said.'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra grilled Minister Namgung Chan on the budget. "Not this '
            'year," he responded.'
        ],
        [("Not this year", "Namgung")],
    ),
    pytest.param(
        *(
            "R",
            [
                'Rep. Jegal Bo-ra challenged Minister Namgung Chan over the budget. "Not '
                'this year," he shot back.'
            ],
            [("Not this year", "Namgung")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'Not this year' given '', not 'Namgung': the lesser error: no speaker after "
                "'challenged' (no verb of questioning) and 'shot back' (once round 47's "
                "rejoinders read 'shot back', the questioner: 'challenged' is no verb of "
                "questioning)"
            ),
        ),
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "Will you '
            'cut it?" she asked.'
        ],
        [("cut it", "Jegal")],
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "I have '
            'answered that," he said.'
        ],
        [("answered that", "Namgung")],
    ),
    (
        "R",
        [
            "Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget.",
            '"Not this year," he replied.',
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra criticized Minister Namgung Chan over the budget. "He is '
            'hiding the cuts," she said.'
        ],
        [("hiding the cuts", "Jegal")],
    ),
    pytest.param(
        *(
            "R",
            [
                'Rep. Jegal Bo-ra criticized Minister Namgung Chan over the budget. "It is '
                'a fair question," he replied.'
            ],
            [("fair question", "Namgung")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'fair question' given 'Rep. Jegal Bo-ra', not 'Namgung': a reply after "
                "'criticized' (no verb of questioning): the sentence's subject keeps the pronoun"
            ),
        ),
    ),
    pytest.param(
        *(
            "R",
            [
                'Rep. Jegal Bo-ra wrote to Minister Namgung Chan about the budget. "We '
                'will look into it," he replied in a letter.'
            ],
            [("look into it", "Namgung")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'look into it' given 'Rep. Jegal Bo-ra', not 'Namgung': a reply after 'wrote to'"
                " (no verb of questioning): the sentence's subject keeps the pronoun"
            ),
        ),
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra wrote to Minister Namgung Chan about the budget. "The '
            'cuts are hidden," she wrote.'
        ],
        [("cuts are hidden", "Jegal")],
    ),
    (
        "R",
        ['Reporters asked Minister Namgung Chan about the budget. "Not this year," he replied.'],
        [("Not this year", "Namgung")],
    ),
    pytest.param(
        *(
            "R",
            ['Rep. Jegal Bo-ra pressed the minister on the budget. "Not this year," he replied.'],
            [("Not this year", "minister")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'Not this year' given 'Rep. Jegal Bo-ra', not 'minister': an unnamed 'the "
                "minister' as an object is no person of the table, so 'he replied' and even 'the "
                "minister replied' take the named questioner"
            ),
        ),
    ),
    pytest.param(
        *(
            "R",
            [
                'Rep. Jegal Bo-ra pressed the minister on the budget. "Not this year," the '
                "minister replied."
            ],
            [("Not this year", "minister")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'Not this year' given 'Rep. Jegal Bo-ra', not 'minister': an unnamed 'the "
                "minister' as an object is no person of the table, so 'he replied' and even 'the "
                "minister replied' take the named questioner"
            ),
        ),
    ),
    (
        "R",
        [
            'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "Not this '
            'year," Namgung replied.'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            "Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget, and he "
            'replied: "Not this year."'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            "When Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget, he "
            'replied: "Not this year."'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            "Pressed by Rep. Jegal Bo-ra on the budget, Minister Namgung Chan replied: "
            '"Not this year."'
        ],
        [("Not this year", "Namgung")],
    ),
    (
        "R",
        [
            'Minister Namgung Chan was pressed by Rep. Jegal Bo-ra on the budget. "Not '
            'this year," he replied.'
        ],
        [("Not this year", "Namgung")],
    ),
    pytest.param(
        *(
            "R",
            [
                "Minister Namgung Chan was pressed by Rep. Jegal Bo-ra on the budget. "
                '"Will you cut it?" she asked.'
            ],
            [("cut it", "Jegal")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'cut it' given 'Minister Namgung Chan', not 'Jegal': a question after the one "
                "pressed: rule 2 keeps a passive's person subject ('was pressed by'), and rule 3 "
                "the one pressed, for 'she asked' in the next paragraph; the asker speaks"
            ),
        ),
    ),
    pytest.param(
        *(
            "Q2",
            [
                '"We will not back down," Namgung Chan said on Monday.',
                "Jegal Bo-ra, his rival, did not respond to requests for comment.",
                '"The vote is ours."',
            ],
            [("The vote is ours", None)],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'The vote is ours' given 'Namgung Chan': a quote-only paragraph after narration "
                "about another person goes to the last speaker (or the narration's subject) where"
                " a reader would name no one"
            ),
        ),
    ),
    (
        "Q2",
        [
            '"We will not back down," Namgung Chan said on Monday.',
            "Jegal Bo-ra, his rival, led the count by four points on Tuesday.",
            '"The vote is ours."',
        ],
        [("The vote is ours", None)],
    ),
    (
        "Q2",
        [
            '"We will not back down," Namgung Chan said on Monday.',
            "He has led the count since June.",
            '"The vote is ours."',
        ],
        [("The vote is ours", "Namgung")],
    ),
    (
        "Q2",
        [
            '"We will not back down," Namgung Chan said on Monday.',
            'Jegal Bo-ra, his rival, called the remark "reckless."',
            '"The vote is ours."',
        ],
        [("reckless", "Jegal")],
    ),
    (
        "Q2",
        [
            "Namgung Chan met union leaders on Monday.",
            "Jegal Bo-ra, the labor minister, said talks would go on.",
            '"Nobody leaves the table."',
        ],
        [("leaves the table", "Jegal")],
    ),
    pytest.param(
        *(
            "Q2",
            [
                "Namgung Chan met union leaders on Monday.",
                "Jegal Bo-ra, the labor minister, said talks would go on. Namgung left early.",
                '"Nobody leaves the table."',
            ],
            [("leaves the table", None)],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'leaves the table' given 'Jegal Bo-ra, the labor minister': a quote-only "
                "paragraph after narration about another person goes to the last speaker (or the "
                "narration's subject) where a reader would name no one"
            ),
        ),
    ),
    (
        "P",
        [
            'Namgung Chan was praised by Jegal Bo-ra at the rally on Monday. "I owe '
            'her a great deal," he said.'
        ],
        [("owe her", "Namgung")],
    ),
    pytest.param(
        *(
            "P",
            [
                'Namgung Chan was praised by Jegal Bo-ra at the rally on Monday. "He '
                'earned every vote," she said.'
            ],
            [("earned every vote", "Jegal")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'earned every vote' given 'Namgung Chan', not 'Jegal': the subject of a passive "
                "kept as who the pronoun means, where the quotation speaks of that subject ('He "
                "earned every vote') and the agent speaks: the rules read no gender from a "
                "quotation's content"
            ),
        ),
    ),
    (
        "P",
        [
            "Namgung Chan, 58, was replaced by Jegal Bo-ra as floor leader on Monday. "
            '"It is time to rest," he said.'
        ],
        [("time to rest", "Namgung")],
    ),
    (
        "P",
        [
            "Namgung Chan was replaced by Jegal Bo-ra as floor leader on Monday.",
            '"It is time to rest," he said.',
        ],
        [("time to rest", "Namgung")],
    ),
    (
        "P",
        [
            'Namgung Chan was defeated by Jegal Bo-ra in the primary on Sunday. "The '
            'voters have spoken," he told supporters.'
        ],
        [("voters have spoken", "Namgung")],
    ),
    (
        "P",
        [
            'Namgung Chan was endorsed by Jegal Bo-ra, the former mayor, on Monday. "I '
            'am humbled," he said.'
        ],
        [("am humbled", "Namgung")],
    ),
    (
        "P",
        [
            'The minister was criticized by Jegal Bo-ra over the budget on Monday. "I '
            'stand by the figures," he said.'
        ],
        [("stand by the figures", "minister")],
    ),
    (
        "P",
        ['The plan was praised by Jegal Bo-ra at the rally on Monday. "It is bold," she said.'],
        [("It is bold", "Jegal")],
    ),
    (
        "P",
        ['The bill was drafted by Namgung Chan over the summer. "It took three months," he said.'],
        [("three months", "Namgung")],
    ),
    (
        "P",
        ['The ministry was criticized by Jegal Bo-ra on Monday. "It has lost its way," she said.'],
        [("lost its way", "Jegal")],
    ),
    (
        "P",
        [
            'Ms. Pyeon Ha-rin was interviewed by Mr. Dokgo Seon-u for the post. "She '
            'was the best," he said.'
        ],
        [("was the best", "Dokgo")],
    ),
    (
        "P",
        [
            'Ms. Pyeon Ha-rin was interviewed by Mr. Dokgo Seon-u for the post. "He '
            'was fair," she said.'
        ],
        [("was fair", "Pyeon")],
    ),
    pytest.param(
        *(
            "R2",
            [
                "Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget.",
                '"Will you cut it?" she asked.',
            ],
            [("cut it", "Jegal")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'cut it' given 'Minister Namgung Chan', not 'Jegal': a question after the one "
                "pressed: rule 2 keeps a passive's person subject ('was pressed by'), and rule 3 "
                "the one pressed, for 'she asked' in the next paragraph; the asker speaks"
            ),
        ),
    ),
    pytest.param(
        *(
            "R2",
            [
                'Rep. Jegal Bo-ra pressed Minister Namgung Chan on the budget. "Where did '
                'the money go?" she said.'
            ],
            [("money go", "Jegal")],
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "'money go' given 'Minister Namgung Chan', not 'Jegal': a question after 'said' "
                "(rule 3 guards only an asking verb): the one pressed is who 'she' means, the "
                "asker speaks"
            ),
        ),
    ),
    (
        "R2",
        [
            'Rep. Jegal Bo-ra questioned Minister Namgung Chan over the cuts. "Where '
            'did the money go?" she asked. "Into roads," he replied.'
        ],
        [("money go", "Jegal"), ("Into roads", "Namgung")],
    ),
    (
        "R2",
        ['Ms. Jegal Bo-ra grilled Mr. Namgung Chan about the cuts. "It went into roads," he said.'],
        [("into roads", "Namgung")],
    ),
    (
        "R2",
        ['Ms. Jegal Bo-ra grilled Mr. Namgung Chan about the cuts. "He had no answer," she said.'],
        [("no answer", "Jegal")],
    ),
    (
        "R2",
        ['Reporters quizzed Namgung Chan about the cuts on Monday. "It went into roads," he said.'],
        [("into roads", "Namgung")],
    ),
    (
        "R2",
        ['Jegal Bo-ra pressed the issue on Monday. "It went into roads," she said.'],
        [("into roads", "Jegal")],
    ),
    (
        "R2",
        ['Jegal Bo-ra pressed Namgung Chan to resign on Monday. "He must go," she said.'],
        [("must go", "Jegal")],
    ),
    (
        "G2",
        [
            "Dokgo Seon-u retired in May.",
            'Pyeon Ha-rin met his successor, Namgung Chan, on Monday. "It went well," she said.',
        ],
        [("went well", "Pyeon")],
    ),
    (
        "G2",
        [
            "Dokgo Seon-u retired in May.",
            'Pyeon Ha-rin met Namgung Chan, his successor, on Monday. "It went well," she said.',
        ],
        [("went well", "Pyeon")],
    ),
    (
        "G2",
        [
            'Pyeon Ha-rin met Dokgo Seon-u, his wife and their son on Monday. "It went '
            'well," she said.'
        ],
        [("went well", "Pyeon")],
    ),
    (
        "G2",
        ['Pyeon Ha-rin met Dokgo Seon-u and his wife on Monday. "It went well," she said.'],
        [("went well", "Pyeon")],
    ),
    (
        "G2",
        ['Pyeon Ha-rin thanked her staff on Monday. "It went well," she said.'],
        [("went well", "Pyeon")],
    ),
    (
        "G2",
        ['Pyeon Ha-rin met her successor, Dokgo Seon-u, on Monday. "It went well," she said.'],
        [("went well", "Pyeon")],
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
