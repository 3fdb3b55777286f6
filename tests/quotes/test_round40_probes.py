"""Round 40's probe battery: which name speaks when a paragraph names two or more people.

Each probe is one to three invented paragraphs (every name invented, none from the corpus)
and, for its quotations (found by a piece of their text), the speaker a careful reader gives
by the corpus README's rules: a name or role the panel's short speaker (or full speaker) must
hold, or None for no speaker. Whose words: `X told Y "..."`, `X thanked Y, saying "..."`,
`X urged Y to "..."` are X's; `X rejected Y's claim that "..."` and `X said Y had told him
"..."` are Y's; `X said Y was "..."` is X's (X characterises Y); `X's lawyer said` is the
lawyer's; `X quoted Y as saying` is Y's; an intermediary (`according to`, a body relaying) is
not the speaker. Probes whose answer a reader could argue are left out (`X and Y said`,
`X, quoting Y, said`, a body's partial about a person). Categories: O the other person is the
object of the verb, C named in a clause before or after the speech verb, N reported speech
nested in reported speech, A "according to", L a lawyer, spokesperson, office or relative
speaking for someone, I a name inside the quotation, T two quotations by two people, D the
speaker after a long clause or described by another person ('said Lee, Kim's deputy'), B a
body and a person together, P a possessive; a second and third series (suffix 2 and 3, M3
several sentences) probe the same shapes in other words, with passives ("was told by"), calls
and pledges, messages sent, and lists of names.

265 probes: 49 failed on main before round 40 (32 of them a wrong speaker), 23 after its
seven rules, kept as strict xfails with the reason: 12 a wrong speaker (reported speech a
reader nests that the rules do not: 'said NAME had written to her:', 'kept telling staff:',
'recalled NAME once said'; a claim's owner keeping the sentence's next partial, 'said NAME's
claim that it was "unfair" was "absurd"'; 'had a message for NAME:'; a list after a
participle with "by" or "after"; 'said the successor to NAME, NAME'), 11 a speaker left unset
or a quotation not extracted, the lesser error. Round 45 made the two 'had a message for
NAME:' probes pass (now ordinary probes): 10 wrong speakers left. Round 160 made the two
'said NAME had written to her:' probes pass (ordinary probes now): 8 left.
"""

from __future__ import annotations

import pytest

from tests.quotes.invented import probe_wrong

_N = None

PROBES: list[object] = [  # (category, paragraphs, [(piece, speaker)]), some in pytest.param
    (
        "O",
        ['Bang Ye-seul told Gil Tae-ho: "We cannot wait another year."'],
        [("another year", "Bang Ye-seul")],
    ),
    (
        "O",
        ['Bang Ye-seul told Gil Tae-ho, "We cannot wait another year."'],
        [("another year", "Bang Ye-seul")],
    ),
    (
        "O",
        ['"We cannot wait another year," Bang Ye-seul told Gil Tae-ho.'],
        [("another year", "Bang Ye-seul")],
    ),
    (
        "O",
        ['"We cannot wait another year," Bang Ye-seul told Gil Tae-ho\'s aides.'],
        [("another year", "Bang Ye-seul")],
    ),
    (
        "O",
        ['Ok Jun-seo thanked Byun Ha-na, saying "she carried the team all season."'],
        [("carried the team", "Ok Jun-seo")],
    ),
    (
        "O",
        ['Ok Jun-seo thanked Byun Ha-na, saying: "She carried the team all season."'],
        [("carried the team", "Ok Jun-seo")],
    ),
    (
        "O",
        ['Ok Jun-seo thanked Byun Ha-na for her "quiet courage" during the talks.'],
        [("quiet courage", "Ok Jun-seo")],
    ),
    (
        "O",
        ['Chu Min-gyu urged Pi Seo-rin to "step aside for the good of the party."'],
        [("step aside", "Chu Min-gyu")],
    ),
    (
        "O",
        ['Chu Min-gyu urged Prime Minister Pi Seo-rin to "act before winter."'],
        [("act before winter", "Chu Min-gyu")],
    ),
    (
        "O",
        ['Chu Min-gyu called on Pi Seo-rin to "come clean" about the fund.'],
        [("come clean", "Chu Min-gyu")],
    ),
    (
        "O",
        [('Eom Da-bin criticized Gong Yu-chan\'s remark that the law was "a dead letter."')],
        [("a dead letter", "Gong Yu-chan")],
    ),
    (
        "O",
        [('Eom Da-bin rejected Gong Yu-chan\'s claim that the audit was "politically driven."')],
        [("politically driven", "Gong Yu-chan")],
    ),
    (
        "O",
        [('Eom Da-bin dismissed Gong Yu-chan\'s assertion that the fund was "running dry."')],
        [("running dry", "Gong Yu-chan")],
    ),
    (
        "O",
        [('Eom Da-bin responded to Gong Yu-chan\'s call for "restraint on both sides."')],
        [("restraint on both sides", "Gong Yu-chan")],
    ),
    (
        "O",
        ['Myung Ji-ae accused Sa Kyung-tae of "betraying the voters."'],
        [("betraying the voters", "Myung Ji-ae")],
    ),
    (
        "O",
        ['Myung Ji-ae called Sa Kyung-tae "a man without a plan."'],
        [("without a plan", "Myung Ji-ae")],
    ),
    (
        "O",
        ['Myung Ji-ae warned Sa Kyung-tae that the deal was "not yet done."'],
        [("not yet done", "Myung Ji-ae")],
    ),
    (
        "O",
        ['Mo Se-ra asked Kwak Si-eun: "Where were you on the night of the fire?"'],
        [("Where were you", "Mo Se-ra")],
    ),
    (
        "O",
        ['Mo Se-ra wrote to Kwak Si-eun: "I hope you will reconsider."'],
        [("reconsider", "Mo Se-ra")],
    ),
    (
        "O",
        ['Mo Se-ra replied to Kwak Si-eun: "The door is still open."'],
        [("door is still open", "Mo Se-ra")],
    ),
    (
        "O",
        ['Mo Se-ra interrupted Kwak Si-eun: "That is simply not true."'],
        [("simply not true", "Mo Se-ra")],
    ),
    (
        "O",
        ['Mo Se-ra turned to Kwak Si-eun and said: "You have my word."'],
        [("my word", "Mo Se-ra")],
    ),
    (
        "O",
        ['Mo Se-ra hit back at Kwak Si-eun, saying the plan was "a fantasy."'],
        [("a fantasy", "Mo Se-ra")],
    ),
    (
        "O",
        [('Noh Jae-rim congratulated Ban Hye-jung, calling her "the best of her generation."')],
        [("best of her generation", "Noh Jae-rim")],
    ),
    (
        "O",
        ['Noh Jae-rim defended Ban Hye-jung, saying: "She did nothing wrong."'],
        [("did nothing wrong", "Noh Jae-rim")],
    ),
    (
        "O",
        ['"She did nothing wrong," Noh Jae-rim said of Ban Hye-jung.'],
        [("did nothing wrong", "Noh Jae-rim")],
    ),
    (
        "O",
        ['"She did nothing wrong," Noh Jae-rim said, referring to Ban Hye-jung.'],
        [("did nothing wrong", "Noh Jae-rim")],
    ),
    (
        "O",
        ['"She did nothing wrong," said Noh Jae-rim, defending Ban Hye-jung.'],
        [("did nothing wrong", "Noh Jae-rim")],
    ),
    (
        "O",
        ['Yeon Do-hoon told Pyo Ga-eun\'s lawyers the evidence was "overwhelming."'],
        [("overwhelming", "Yeon Do-hoon")],
    ),
    (
        "O",
        [('Yeon Do-hoon thanked Pyo Ga-eun and Seol Min-ho for "years of patient work."')],
        [("patient work", "Yeon Do-hoon")],
    ),
    (
        "O",
        [('Yeon Do-hoon met Pyo Ga-eun on Monday and told her the bill was "dead on arrival."')],
        [("dead on arrival", "Yeon Do-hoon")],
    ),
    (
        "O",
        ['Yeon Do-hoon sent Pyo Ga-eun a message: "Call me when you land."'],
        [("Call me", "Yeon Do-hoon")],
    ),
    (
        "O",
        [('Yeon Do-hoon assured Pyo Ga-eun that the money was "safe and accounted for."')],
        [("accounted for", "Yeon Do-hoon")],
    ),
    (
        "C",
        [
            (
                "Responding to Gil Tae-ho's claim, Bang Ye-seul said: \"The numbers speak"
                ' for themselves."'
            )
        ],
        [("speak for themselves", "Bang Ye-seul")],
    ),
    (
        "C",
        [('Responding to Gil Tae-ho, Bang Ye-seul said the numbers were "plain to see."')],
        [("plain to see", "Bang Ye-seul")],
    ),
    (
        "C",
        [('Bang Ye-seul, who met Gil Tae-ho on Monday, said: "The numbers speak for themselves."')],
        [("speak for themselves", "Bang Ye-seul")],
    ),
    (
        "C",
        ['Bang Ye-seul, who met Gil Tae-ho on Monday, said the talks were "frank."'],
        [("frank", "Bang Ye-seul")],
    ),
    (
        "C",
        [('Asked about Gil Tae-ho, Bang Ye-seul said: "He is a colleague, nothing more."')],
        [("nothing more", "Bang Ye-seul")],
    ),
    (
        "C",
        [('Asked whether Gil Tae-ho would resign, Bang Ye-seul said, "That is his decision."')],
        [("his decision", "Bang Ye-seul")],
    ),
    (
        "C",
        [('Asked about Gil Tae-ho\'s remarks, Bang Ye-seul said they were "unhelpful."')],
        [("unhelpful", "Bang Ye-seul")],
    ),
    (
        "C",
        [('After a phone call with Ok Jun-seo, Byun Ha-na said: "We agreed on the basics."')],
        [("agreed on the basics", "Byun Ha-na")],
    ),
    (
        "C",
        [('Standing next to Ok Jun-seo, Byun Ha-na said the accord was "long overdue."')],
        [("long overdue", "Byun Ha-na")],
    ),
    (
        "C",
        ['Speaking after Ok Jun-seo, Byun Ha-na said: "I see it differently."'],
        [("see it differently", "Byun Ha-na")],
    ),
    (
        "C",
        ['With Ok Jun-seo at her side, Byun Ha-na told reporters: "We are united."'],
        [("We are united", "Byun Ha-na")],
    ),
    (
        "C",
        ['Unlike Ok Jun-seo, Byun Ha-na said the merger was "a mistake."'],
        [("a mistake", "Byun Ha-na")],
    ),
    (
        "C",
        ['In a letter to Ok Jun-seo, Byun Ha-na wrote: "Our agreement still stands."'],
        [("still stands", "Byun Ha-na")],
    ),
    (
        "C",
        ['"Our agreement still stands," Byun Ha-na wrote in a letter to Ok Jun-seo.'],
        [("still stands", "Byun Ha-na")],
    ),
    (
        "C",
        ['"We agreed on the basics," Byun Ha-na said after meeting Ok Jun-seo.'],
        [("agreed on the basics", "Byun Ha-na")],
    ),
    (
        "C",
        [('"We agreed on the basics," Byun Ha-na said after meeting Ok Jun-seo in Incheon.')],
        [("agreed on the basics", "Byun Ha-na")],
    ),
    (
        "C",
        ['"We agreed on the basics," said Byun Ha-na, who sat beside Ok Jun-seo.'],
        [("agreed on the basics", "Byun Ha-na")],
    ),
    (
        "C",
        [('"We agreed on the basics," said Byun Ha-na, who was appointed by Ok Jun-seo.')],
        [("agreed on the basics", "Byun Ha-na")],
    ),
    (
        "C",
        ['"We agreed on the basics," Byun Ha-na said, echoing Ok Jun-seo.'],
        [("agreed on the basics", "Byun Ha-na")],
    ),
    (
        "C",
        [
            (
                'Chu Min-gyu, whom Pi Seo-rin appointed in May, said: "I serve the'
                ' public, not a person."'
            )
        ],
        [("not a person", "Chu Min-gyu")],
    ),
    (
        "C",
        [('Chu Min-gyu, who succeeded Pi Seo-rin as chair, said the budget was "tight."')],
        [("tight", "Chu Min-gyu")],
    ),
    (
        "C",
        [('Chu Min-gyu, who was accused by Pi Seo-rin of lying, said: "I have nothing to hide."')],
        [("nothing to hide", "Chu Min-gyu")],
    ),
    (
        "C",
        ['Chu Min-gyu, a former aide to Pi Seo-rin, said: "I have nothing to hide."'],
        [("nothing to hide", "Chu Min-gyu")],
    ),
    (
        "C",
        ['Pi Seo-rin\'s successor, Chu Min-gyu, said: "I have nothing to hide."'],
        [("nothing to hide", "Chu Min-gyu")],
    ),
    (
        "C",
        ['Chu Min-gyu, Pi Seo-rin\'s successor, said: "I have nothing to hide."'],
        [("nothing to hide", "Chu Min-gyu")],
    ),
    pytest.param(
        "C",
        [('Pi Seo-rin\'s remarks drew a sharp reply from Chu Min-gyu: "She has the facts wrong."')],
        [("facts wrong", "Chu Min-gyu")],
        marks=pytest.mark.xfail(strict=True, reason="no speaker (the lesser error)"),
    ),
    (
        "C",
        ['Eom Da-bin, responding to Gong Yu-chan, said: "The law is clear."'],
        [("law is clear", "Eom Da-bin")],
    ),
    (
        "C",
        ['Eom Da-bin, in a message to Gong Yu-chan, wrote: "The law is clear."'],
        [("law is clear", "Eom Da-bin")],
    ),
    (
        "C",
        ['Gong Yu-chan\'s plan, Eom Da-bin said, is "a gamble with public money."'],
        [("gamble with public money", "Eom Da-bin")],
    ),
    (
        "C",
        ['Gong Yu-chan, Eom Da-bin said, was "the wrong man for the job."'],
        [("wrong man", "Eom Da-bin")],
    ),
    (
        "C",
        ['"The law is clear," Eom Da-bin said of Gong Yu-chan\'s proposal.'],
        [("law is clear", "Eom Da-bin")],
    ),
    (
        "C",
        [('Eom Da-bin followed Gong Yu-chan to the podium and said: "The law is clear."')],
        [("law is clear", "Eom Da-bin")],
    ),
    (
        "C",
        [('Gong Yu-chan left the hall before Eom Da-bin spoke. "The law is clear," Eom said.')],
        [("law is clear", "Eom Da-bin")],
    ),
    (
        "C",
        ['Gong Yu-chan turned to Eom Da-bin, who said: "The law is clear."'],
        [("law is clear", "Eom Da-bin")],
    ),
    (
        "N",
        [('Myung Ji-ae said Sa Kyung-tae had told her: "You will never work here again."')],
        [("never work here", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae told her, "You will never work here again."'],
        [("never work here", "Sa Kyung-tae")],
    ),
    (
        "N",
        [('"You will never work here again," Myung Ji-ae said Sa Kyung-tae had told her.')],
        [("never work here", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae quoted Sa Kyung-tae as saying: "The vote is rigged."'],
        [("vote is rigged", "Sa Kyung-tae")],
    ),
    (
        "N",
        [('Myung Ji-ae quoted Sa Kyung-tae as saying the vote was "rigged from the start."')],
        [("rigged from the start", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae had called the vote "a sham."'],
        [("a sham", "Sa Kyung-tae")],
    ),
    (
        "N",
        [('Myung Ji-ae said Sa Kyung-tae had promised "a full inquiry" within a month.')],
        [("a full inquiry", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae had described the vote as "a formality."'],
        [("a formality", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae recalled Sa Kyung-tae telling her: "Keep your head down."'],
        [("Keep your head down", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae was "a bully and a coward."'],
        [("bully and a coward", "Myung Ji-ae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae\'s plan was "doomed from the start."'],
        [("doomed from the start", "Myung Ji-ae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae had been "nothing but helpful."'],
        [("nothing but helpful", "Myung Ji-ae")],
    ),
    (
        "N",
        ['Myung Ji-ae said she had told Sa Kyung-tae: "I will not sign this."'],
        [("not sign this", "Myung Ji-ae")],
    ),
    (
        "N",
        ['Myung Ji-ae said she told Sa Kyung-tae, "I will not sign this."'],
        [("not sign this", "Myung Ji-ae")],
    ),
    (
        "N",
        ['Myung Ji-ae denied Sa Kyung-tae\'s claim that she was "behind the leak."'],
        [("behind the leak", "Sa Kyung-tae")],
    ),
    (
        "N",
        [('Myung Ji-ae said Sa Kyung-tae\'s claim that she had "lied to the board" was false.')],
        [("lied to the board", "Sa Kyung-tae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae "deserves a fair hearing."'],
        [("fair hearing", "Myung Ji-ae")],
    ),
    (
        "N",
        ['Myung Ji-ae said Sa Kyung-tae "will be missed" by the staff.'],
        [("will be missed", "Myung Ji-ae")],
    ),
    (
        "N",
        [('Mo Se-ra read out a message Kwak Si-eun sent her in May: "I am sorry for everything."')],
        [("sorry for everything", "Kwak Si-eun")],
    ),
    (
        "N",
        [
            (
                "Mo Se-ra showed reporters Kwak Si-eun's letter, which read: \"I am sorry"
                ' for everything."'
            )
        ],
        [("sorry for everything", "Kwak Si-eun")],
    ),
    (
        "N",
        ['Mo Se-ra was told by Kwak Si-eun: "Your contract ends today."'],
        [("contract ends today", "Kwak Si-eun")],
    ),
    (
        "N",
        ['Mo Se-ra said Kwak Si-eun had warned her that the job would be "brutal."'],
        [("brutal", "Kwak Si-eun")],
    ),
    (
        "A",
        ['"We never saw the report," Noh Jae-rim said, according to Ban Hye-jung.'],
        [("never saw the report", "Noh Jae-rim")],
    ),
    (
        "A",
        ['According to Ban Hye-jung, Noh Jae-rim said: "We never saw the report."'],
        [("never saw the report", "Noh Jae-rim")],
    ),
    (
        "A",
        ['According to Ban Hye-jung, the report was "buried on purpose."'],
        [("buried on purpose", "Ban Hye-jung")],
    ),
    (
        "A",
        [('Noh Jae-rim said the report was "buried on purpose," according to the ministry.')],
        [("buried on purpose", "Noh Jae-rim")],
    ),
    (
        "A",
        ['According to Noh Jae-rim\'s lawyer, the charges are "baseless."'],
        [("baseless", "lawyer")],
    ),
    (
        "A",
        [
            (
                'The report was "buried on purpose," according to Ban Hye-jung, a former'
                " aide to Noh Jae-rim."
            )
        ],
        [("buried on purpose", "Ban Hye-jung")],
    ),
    (
        "A",
        [
            (
                "According to Ban Hye-jung, who worked for Noh Jae-rim for a decade, the"
                ' report was "buried on purpose."'
            )
        ],
        [("buried on purpose", "Ban Hye-jung")],
    ),
    (
        "L",
        ['Yeon Do-hoon\'s lawyer said: "My client will cooperate fully."'],
        [("cooperate fully", "lawyer")],
    ),
    (
        "L",
        ['"My client will cooperate fully," Yeon Do-hoon\'s lawyer said.'],
        [("cooperate fully", "lawyer")],
    ),
    (
        "L",
        ['"My client will cooperate fully," said Yeon Do-hoon\'s lawyer.'],
        [("cooperate fully", "lawyer")],
    ),
    (
        "L",
        [('Yeon Do-hoon\'s lawyer, Pyo Ga-eun, said: "My client will cooperate fully."')],
        [("cooperate fully", "Pyo Ga-eun")],
    ),
    (
        "L",
        [('Pyo Ga-eun, Yeon Do-hoon\'s lawyer, said: "My client will cooperate fully."')],
        [("cooperate fully", "Pyo Ga-eun")],
    ),
    (
        "L",
        [('"My client will cooperate fully," said Pyo Ga-eun, a lawyer for Yeon Do-hoon.')],
        [("cooperate fully", "Pyo Ga-eun")],
    ),
    (
        "L",
        ['"My client will cooperate fully," said Pyo Ga-eun, Yeon Do-hoon\'s lawyer.'],
        [("cooperate fully", "Pyo Ga-eun")],
    ),
    (
        "L",
        ['"The senator is resting," Yeon Do-hoon\'s spokesperson said.'],
        [("is resting", "spokesperson")],
    ),
    (
        "L",
        [('Yeon Do-hoon\'s spokesperson told reporters the senator was "resting at home."')],
        [("resting at home", "spokesperson")],
    ),
    (
        "L",
        ['A spokesperson for Yeon Do-hoon said: "The senator is resting."'],
        [("is resting", "spokesperson")],
    ),
    (
        "L",
        ['Yeon Do-hoon\'s office said in a statement: "The senator is resting."'],
        [("is resting", "office")],
    ),
    ("L", ['"The senator is resting," Yeon Do-hoon\'s office said.'], [("is resting", "office")]),
    (
        "L",
        ['Yeon Do-hoon\'s office said the report was "false and malicious."'],
        [("false and malicious", "office")],
    ),
    ("L", ['Yeon Do-hoon\'s father said: "He was always a quiet boy."'], [("quiet boy", "father")]),
    (
        "L",
        ['Yeon Do-hoon\'s coach, Seol Min-ho, said: "He was always a quiet boy."'],
        [("quiet boy", "Seol Min-ho")],
    ),
    (
        "L",
        ['Yeon Do-hoon\'s campaign said the poll was "an outlier."'],
        [("an outlier", "campaign")],
    ),
    (
        "I",
        ['"I told Gil Tae-ho it was over," Bang Ye-seul said.'],
        [("it was over", "Bang Ye-seul")],
    ),
    (
        "I",
        ['"Gil Tae-ho is wrong about this," Bang Ye-seul said.'],
        [("wrong about this", "Bang Ye-seul")],
    ),
    (
        "I",
        ['Bang Ye-seul said: "Gil Tae-ho and I disagree on almost everything."'],
        [("disagree on almost", "Bang Ye-seul")],
    ),
    (
        "I",
        ['"We thank Minister Gil for his work," Bang Ye-seul said.'],
        [("thank Minister Gil", "Bang Ye-seul")],
    ),
    (
        "I",
        ['"Gil said he would call. He never did," Bang Ye-seul told reporters.'],
        [("never did", "Bang Ye-seul")],
    ),
    (
        "I",
        ['"Without Gil Tae-ho, none of this happens," said Bang Ye-seul.'],
        [("none of this happens", "Bang Ye-seul")],
    ),
    (
        "I",
        ['Gil Tae-ho was in the room. "Gil knows what he did," Bang Ye-seul said.'],
        [("knows what he did", "Bang Ye-seul")],
    ),
    (
        "T",
        ['"The deal is fair," said Ok Jun-seo. "It is theft," said Byun Ha-na.'],
        [("deal is fair", "Ok Jun-seo"), ("It is theft", "Byun Ha-na")],
    ),
    (
        "T",
        ['Ok Jun-seo said the deal was "fair," while Byun Ha-na called it "theft."'],
        [("fair", "Ok Jun-seo"), ("theft", "Byun Ha-na")],
    ),
    (
        "T",
        ['Ok Jun-seo called the deal "fair"; Byun Ha-na called it "theft."'],
        [("fair", "Ok Jun-seo"), ("theft", "Byun Ha-na")],
    ),
    (
        "T",
        [('"The deal is fair," Ok Jun-seo said, but Byun Ha-na disagreed: "It is theft."')],
        [("deal is fair", "Ok Jun-seo"), ("It is theft", "Byun Ha-na")],
    ),
    (
        "T",
        [
            (
                'Ok Jun-seo said it was "a fair deal," but Byun Ha-na said it was "theft,'
                ' plain and simple."'
            )
        ],
        [("a fair deal", "Ok Jun-seo"), ("plain and simple", "Byun Ha-na")],
    ),
    (  # a strict xfail until round 47 read "shot back" as a rejoinder
        "T",
        ['"The deal is fair," Ok Jun-seo said.', '"It is theft," Byun Ha-na shot back.'],
        [("deal is fair", "Ok Jun-seo"), ("It is theft", "Byun Ha-na")],
    ),
    (
        "T",
        ['Ok Jun-seo said: "The deal is fair." Byun Ha-na replied: "It is theft."'],
        [("deal is fair", "Ok Jun-seo"), ("It is theft", "Byun Ha-na")],
    ),
    (
        "T",
        ['"Is it fair?" Ok Jun-seo asked Byun Ha-na. "Not at all," Byun replied.'],
        [("Is it fair", "Ok Jun-seo"), ("Not at all", "Byun Ha-na")],
    ),
    (
        "T",
        [
            (
                'Ok Jun-seo, who called the deal "fair," clashed with Byun Ha-na, who'
                ' called it "theft."'
            )
        ],
        [("fair", "Ok Jun-seo"), ("theft", "Byun Ha-na")],
    ),
    (
        "D",
        ['"The deadline stands," said Chu Min-gyu, Pi Seo-rin\'s deputy.'],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        ['"The deadline stands," said Chu Min-gyu, deputy to Pi Seo-rin.'],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        ['"The deadline stands," said Chu Min-gyu, a close aide to Pi Seo-rin.'],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        ['"The deadline stands," said Chu Min-gyu, Pi Seo-rin\'s longtime rival.'],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        ['"The deadline stands," said Chu Min-gyu, who works for Pi Seo-rin.'],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        ['"The deadline stands," Chu Min-gyu, Pi Seo-rin\'s deputy, said.'],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        [
            (
                '"The deadline stands," said Chu Min-gyu, who met Pi Seo-rin, Eom Da-bin'
                " and Gong Yu-chan at the summit in Busan last week before flying home."
            )
        ],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        [
            (
                "Chu Min-gyu, who last month replaced Pi Seo-rin as head of the committee"
                ' after Pi resigned over a hiring scandal, said: "The deadline stands."'
            )
        ],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        [
            (
                "Speaking hours after Pi Seo-rin announced her resignation at a news"
                ' conference in Seoul, Chu Min-gyu said: "The deadline stands."'
            )
        ],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "D",
        [
            (
                "Speaking hours after Pi Seo-rin announced her resignation, Chu Min-gyu"
                ' said the deadline was "not negotiable."'
            )
        ],
        [("not negotiable", "Chu Min-gyu")],
    ),
    (
        "D",
        [
            (
                "Deputy Minister Chu Min-gyu, standing in for Minister Pi Seo-rin at the"
                ' forum, said: "The deadline stands."'
            )
        ],
        [("deadline stands", "Chu Min-gyu")],
    ),
    (
        "P",
        ['Pi Seo-rin\'s aide, Chu Min-gyu, described the mood as "grim."'],
        [("grim", "Chu Min-gyu")],
    ),
    (
        "P",
        ['Pi Seo-rin\'s wife told Yonhap: "He has not slept in days."'],
        [("not slept in days", "wife")],
    ),
    (
        "P",
        ['"He has not slept in days," Pi Seo-rin\'s wife told Yonhap.'],
        [("not slept in days", "wife")],
    ),
    (
        "B",
        [('The ministry quoted Kwak Si-eun as saying: "Exports will recover by spring."')],
        [("recover by spring", "Kwak Si-eun")],
    ),
    (
        "B",
        ['Kwak Si-eun said the ministry had been "slow to act."'],
        [("slow to act", "Kwak Si-eun")],
    ),
    (
        "B",
        ['"Exports will recover by spring," Kwak Si-eun told the ministry.'],
        [("recover by spring", "Kwak Si-eun")],
    ),
    (
        "B",
        ['"We regret the delay," the ministry said of Kwak Si-eun\'s complaint.'],
        [("regret the delay", "ministry")],
    ),
    (
        "B",
        ['The court rejected Kwak Si-eun\'s argument that the fine was "excessive."'],
        [("excessive", "Kwak Si-eun")],
    ),
    (
        "B",
        ['The court said Kwak Si-eun\'s conduct was "deeply troubling."'],
        [("deeply troubling", "court")],
    ),
    (
        "B",
        ['The union, led by Kwak Si-eun, said in a statement: "We will strike."'],
        [("We will strike", "union")],
    ),
    (
        "B",
        ['Kwak Si-eun, head of the union, said: "We will strike."'],
        [("We will strike", "Kwak Si-eun")],
    ),
    (
        "B",
        ['The union said Kwak Si-eun had told members: "We will strike."'],
        [("We will strike", "Kwak Si-eun")],
    ),
    (
        "B",
        ['In a statement, the ministry said: "Kwak Si-eun will lead the review."'],
        [("lead the review", "ministry")],
    ),
    (
        "B",
        ['Kwak Si-eun told the union\'s members the offer was "an insult."'],
        [("an insult", "Kwak Si-eun")],
    ),
    (
        "C",
        [
            "Gil Tae-ho met Bang Ye-seul at the ministry on Monday.",
            '"The talks were useful," Bang said.',
        ],
        [("talks were useful", "Bang Ye-seul")],
    ),
    (
        "C",
        [
            (
                "Gil Tae-ho met Bang Ye-seul on Monday, and Bang told reporters"
                ' afterwards: "The talks were useful."'
            )
        ],
        [("talks were useful", "Bang Ye-seul")],
    ),
    (
        "N",
        [
            "Myung Ji-ae spoke to reporters on Friday.",
            'She said Sa Kyung-tae had told her: "You will never work here again."',
        ],
        [("never work here", "Sa Kyung-tae")],
    ),
    (
        "O",
        ["Yeon Do-hoon spoke first.", 'He told Pyo Ga-eun: "We need an answer today."'],
        [("answer today", "Yeon Do-hoon")],
    ),
    (
        "O2",
        ['Gil Tae-ho was told by Bang Ye-seul that the deal was "off the table."'],
        [("off the table", "Bang Ye-seul")],
    ),
    (
        "O2",
        ['Gil Tae-ho was asked by Bang Ye-seul: "Why did you sign it?"'],
        [("Why did you sign", "Bang Ye-seul")],
    ),
    (
        "O2",
        ['Gil Tae-ho was warned by Bang Ye-seul: "Do not test us."'],
        [("Do not test us", "Bang Ye-seul")],
    ),
    pytest.param(
        "O2",
        ['"Do not test us," Gil Tae-ho was warned by Bang Ye-seul.'],
        [("Do not test us", "Bang Ye-seul")],
        marks=pytest.mark.xfail(strict=True, reason="no speaker (the lesser error)"),
    ),
    pytest.param(
        "O2",
        ['Gil Tae-ho was praised by Bang Ye-seul as "a model public servant."'],
        [("model public servant", "Bang Ye-seul")],
        marks=pytest.mark.xfail(strict=True, reason="no speaker (the lesser error)"),
    ),
    ("O2", ['Gil Tae-ho was told by his doctor: "You need rest."'], [("You need rest", "doctor")]),
    ("O2", ['Gil Tae-ho was told: "You need rest."'], [("You need rest", _N)]),
    (
        "O2",
        ['Gil Tae-ho was told by Bang Ye-seul to "get out and stay out."'],
        [("stay out", "Bang Ye-seul")],
    ),
    (
        "O2",
        [('Gil Tae-ho, told by Bang Ye-seul that the deal was "off the table," left the room.')],
        [("off the table", "Bang Ye-seul")],
    ),
    (
        "C2",
        [('Ok Jun-seo met Byun Ha-na for an hour. "We covered everything," Ok said afterward.')],
        [("covered everything", "Ok Jun-seo")],
    ),
    (
        "C2",
        [('Ok Jun-seo met Byun Ha-na for an hour. "We covered everything," Byun said afterward.')],
        [("covered everything", "Byun Ha-na")],
    ),
    (
        "C2",
        [
            (
                "Ok Jun-seo and Byun Ha-na met for an hour. Afterward, Byun said the"
                ' talks were "cordial."'
            )
        ],
        [("cordial", "Byun Ha-na")],
    ),
    (
        "C2",
        [('Ok Jun-seo praised Byun Ha-na. "She is the best negotiator I know," he said.')],
        [("best negotiator", "Ok Jun-seo")],
    ),
    (
        "C2",
        ['The proposal came from Ok Jun-seo, but Byun Ha-na called it "unworkable."'],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        ['Ok Jun-seo\'s proposal, which Byun Ha-na called "unworkable," was shelved.'],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        ['Byun Ha-na called Ok Jun-seo\'s proposal "unworkable."'],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        ['Byun Ha-na said Ok Jun-seo\'s proposal was "unworkable" and "dangerous."'],
        [("unworkable", "Byun Ha-na"), ("dangerous", "Byun Ha-na")],
    ),
    (
        "C2",
        ['The plan, drafted by Ok Jun-seo, was "unworkable," Byun Ha-na said.'],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        [('"It is unworkable," Byun Ha-na said of the plan drafted by Ok Jun-seo and his team.')],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        [('Byun Ha-na, who has clashed with Ok Jun-seo over the plan, called it "unworkable."')],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        [('Byun Ha-na, whose rival Ok Jun-seo drafted the plan, called it "unworkable."')],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        ['When Ok Jun-seo proposed the plan, Byun Ha-na called it "unworkable."'],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "C2",
        [
            (
                "Ok Jun-seo proposed the plan on Monday, and Byun Ha-na called it"
                ' "unworkable" the next day.'
            )
        ],
        [("unworkable", "Byun Ha-na")],
    ),
    (
        "N2",
        ['Pyo Ga-eun said Yeon Do-hoon had asked her, "Can you keep a secret?"'],
        [("keep a secret", "Yeon Do-hoon")],
    ),
    (
        "N2",
        [('Pyo Ga-eun said Yeon Do-hoon once told her that she was "too honest for politics."')],
        [("too honest for politics", "Yeon Do-hoon")],
    ),
    (  # a strict xfail until round 160 read "had written" as a report
        "N2",
        ['Pyo Ga-eun said Yeon Do-hoon had written to her: "Burn this letter."'],
        [("Burn this letter", "Yeon Do-hoon")],
    ),
    pytest.param(
        "N2",
        [('Pyo Ga-eun said Yeon Do-hoon kept telling staff: "Nobody reads the fine print."')],
        [("fine print", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'Pyo Ga-eun', not 'Yeon Do-hoon'"
        ),
    ),
    (
        "N2",
        [('Pyo Ga-eun said that Yeon Do-hoon had told her, "Nobody reads the fine print."')],
        [("fine print", "Yeon Do-hoon")],
    ),
    (
        "N2",
        ['"Nobody reads the fine print," Pyo Ga-eun recalled Yeon Do-hoon saying.'],
        [("fine print", "Yeon Do-hoon")],
    ),
    pytest.param(
        "N2",
        [('Pyo Ga-eun remembered Yeon Do-hoon\'s words: "Nobody reads the fine print."')],
        [("fine print", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(strict=True, reason="not extracted (the lesser error)"),
    ),
    pytest.param(
        "N2",
        [('Pyo Ga-eun said Yeon Do-hoon\'s last words to her were: "Look after the staff."')],
        [("Look after the staff", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(strict=True, reason="not extracted (the lesser error)"),
    ),
    (
        "N2",
        ['Pyo Ga-eun cited Yeon Do-hoon\'s pledge to "leave no one behind."'],
        [("leave no one behind", "Yeon Do-hoon")],
    ),
    (
        "N2",
        ['Pyo Ga-eun mocked Yeon Do-hoon\'s promise of "a chicken in every pot."'],
        [("chicken in every pot", "Yeon Do-hoon")],
    ),
    pytest.param(
        "N2",
        ['Pyo Ga-eun questioned Yeon Do-hoon\'s description of the cuts as "modest."'],
        [("modest", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(strict=True, reason="not extracted (the lesser error)"),
    ),
    pytest.param(
        "N2",
        [('Pyo Ga-eun pointed to Yeon Do-hoon\'s statement that the cuts were "modest."')],
        [("modest", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(strict=True, reason="not extracted (the lesser error)"),
    ),
    (
        "N2",
        [('Pyo Ga-eun said Yeon Do-hoon\'s warning that the cuts would be "severe" was ignored.')],
        [("severe", "Yeon Do-hoon")],
    ),
    (
        "T2",
        [('"We will appeal," said Seol Min-ho. His opponent, Han Bit-na, said: "Let them try."')],
        [("We will appeal", "Seol Min-ho"), ("Let them try", "Han Bit-na")],
    ),
    (
        "T2",
        [('Seol Min-ho vowed to "fight on," but Han Bit-na said the case was "closed."')],
        [("fight on", "Seol Min-ho"), ("closed", "Han Bit-na")],
    ),
    (
        "T2",
        [
            (
                'Seol Min-ho said the ruling was "a travesty." Han Bit-na disagreed,'
                ' calling it "fair."'
            )
        ],
        [("a travesty", "Seol Min-ho"), ("fair", "Han Bit-na")],
    ),
    (
        "T2",
        ['"A travesty," Seol Min-ho said. "A fair ruling," countered Han Bit-na.'],
        [("A travesty", "Seol Min-ho"), ("A fair ruling", "Han Bit-na")],
    ),
    (
        "T2",
        ['Seol Min-ho told Han Bit-na, "You lost," and Han replied, "Not yet."'],
        [("You lost", "Seol Min-ho"), ("Not yet", "Han Bit-na")],
    ),
    (
        "D2",
        [
            (
                '"Prices will fall," said Jin Ah-ram, an economist who advised Ryeo Jin-u'
                " during his campaign."
            )
        ],
        [("Prices will fall", "Jin Ah-ram")],
    ),
    (
        "D2",
        [
            (
                '"Prices will fall," said Jin Ah-ram, an economist at the bank that Ryeo'
                " Jin-u founded."
            )
        ],
        [("Prices will fall", "Jin Ah-ram")],
    ),
    (
        "D2",
        ['"Prices will fall," said Jin Ah-ram, who replaced Ryeo Jin-u.'],
        [("Prices will fall", "Jin Ah-ram")],
    ),
    (
        "D2",
        [('"Prices will fall," Jin Ah-ram, who replaced Ryeo Jin-u in March, told reporters.')],
        [("Prices will fall", "Jin Ah-ram")],
    ),
    (
        "D2",
        ['"Prices will fall," Ryeo Jin-u\'s successor, Jin Ah-ram, told reporters.'],
        [("Prices will fall", "Jin Ah-ram")],
    ),
    pytest.param(
        "D2",
        ['"Prices will fall," said the successor to Ryeo Jin-u, Jin Ah-ram.'],
        [("Prices will fall", "Jin Ah-ram")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'the successor', not 'Jin Ah-ram'"
        ),
    ),
    (
        "D2",
        [('"Prices will fall," said Jin Ah-ram, a spokeswoman for Ryeo Jin-u\'s party.')],
        [("Prices will fall", "Jin Ah-ram")],
    ),
    (
        "L2",
        ['"Prices will fall," Ryeo Jin-u\'s campaign said in a statement.'],
        [("Prices will fall", "campaign")],
    ),
    ("L2", ['Ryeo Jin-u\'s team said the figures were "preliminary."'], [("preliminary", "team")]),
    (
        "L2",
        ['Ryeo Jin-u\'s family said in a statement: "We ask for privacy."'],
        [("ask for privacy", "family")],
    ),
    ("L2", ['"We ask for privacy," Ryeo Jin-u\'s family said.'], [("ask for privacy", "family")]),
    (
        "L2",
        ['Ryeo Jin-u\'s agency said the singer was "recovering well."'],
        [("recovering well", "agency")],
    ),
    (
        "L2",
        ['Ryeo Jin-u\'s label said: "The tour will go ahead."'],
        [("tour will go ahead", "label")],
    ),
    ("L2", ['Ryeo Jin-u\'s club said the striker was "not for sale."'], [("not for sale", "club")]),
    (
        "L2",
        ['Ryeo Jin-u\'s party said the verdict was "political revenge."'],
        [("political revenge", "party")],
    ),
    (
        "L2",
        ['Ryeo Jin-u\'s mother told Yonhap: "He called every Sunday."'],
        [("every Sunday", "mother")],
    ),
    (
        "L2",
        ['Ryeo Jin-u\'s attorney said: "My client is innocent."'],
        [("client is innocent", "attorney")],
    ),
    ("L2", ['Ryeo Jin-u\'s aides said he was "in good spirits."'], [("good spirits", "aides")]),
    (
        "L2",
        ['Ryeo Jin-u\'s company said in a filing that sales were "under review."'],
        [("under review", "company")],
    ),
    (
        "O3",
        ['Ryeo Jin-u gave Jin Ah-ram a warning: "Stay out of my district."'],
        [("my district", "Ryeo Jin-u")],
    ),
    (  # round 45: the one who has a message for NAME gives it (was 'a message')
        "O3",
        ['Ryeo Jin-u had a message for Jin Ah-ram: "Stay out of my district."'],
        [("my district", "Ryeo Jin-u")],
    ),
    (
        "O3",
        ['Ryeo Jin-u offered Jin Ah-ram some advice: "Stay out of my district."'],
        [("my district", "Ryeo Jin-u")],
    ),
    (
        "O3",
        ['Ryeo Jin-u left Jin Ah-ram a note: "Stay out of my district."'],
        [("my district", "Ryeo Jin-u")],
    ),
    pytest.param(
        "O3",
        ['Ryeo Jin-u reminded Jin Ah-ram that the seat was "not hers to take."'],
        [("not hers to take", "Ryeo Jin-u")],
        marks=pytest.mark.xfail(strict=True, reason="no speaker (the lesser error)"),
    ),
    ("O3", ['Ryeo Jin-u told Jin Ah-ram\'s supporters to "go home."'], [("go home", "Ryeo Jin-u")]),
    pytest.param(
        "O3",
        ['Ryeo Jin-u challenged Jin Ah-ram to "debate me anywhere."'],
        [("debate me anywhere", "Ryeo Jin-u")],
        marks=pytest.mark.xfail(strict=True, reason="no speaker (the lesser error)"),
    ),
    pytest.param(
        "O3",
        ['Ryeo Jin-u invited Jin Ah-ram to "sit down and talk."'],
        [("sit down and talk", "Ryeo Jin-u")],
        marks=pytest.mark.xfail(strict=True, reason="no speaker (the lesser error)"),
    ),
    (
        "O3",
        ['Ryeo Jin-u described Jin Ah-ram as "a formidable opponent."'],
        [("formidable opponent", "Ryeo Jin-u")],
    ),
    (
        "O3",
        ['Ryeo Jin-u said Jin Ah-ram was "a formidable opponent" and "a friend."'],
        [("formidable opponent", "Ryeo Jin-u"), ("a friend", "Ryeo Jin-u")],
    ),
    (
        "M3",
        [
            (
                'Seol Min-ho met Han Bit-na in Busan on Tuesday. "We agreed to keep'
                ' talking," Seol said, adding that Han had been "gracious."'
            )
        ],
        [("keep talking", "Seol Min-ho"), ("gracious", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                "Han Bit-na, who chairs the panel, questioned Seol Min-ho for two hours."
                ' "He dodged every question," she said afterward.'
            )
        ],
        [("dodged every question", "Han Bit-na")],
    ),
    (
        "M3",
        [
            (
                'Seol Min-ho thanked Han Bit-na and the other members. "Without them,'
                ' nothing would have happened," he said.'
            )
        ],
        [("nothing would have happened", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                '"I disagree with Han Bit-na on almost everything," Seol Min-ho said.'
                ' "But she is honest."'
            )
        ],
        [("almost everything", "Seol Min-ho"), ("she is honest", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                "Seol Min-ho said he had spoken with Han Bit-na on Monday and that she"
                ' had been "very supportive."'
            )
        ],
        [("very supportive", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                "Seol Min-ho, Han Bit-na's predecessor as party leader, called the move"
                ' "a grave mistake."'
            )
        ],
        [("grave mistake", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                "In a meeting with Han Bit-na, Seol Min-ho stressed that the alliance was"
                ' "stronger than ever."'
            )
        ],
        [("stronger than ever", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                "Seol Min-ho told a forum hosted by Han Bit-na's foundation that exports"
                ' were "at a turning point."'
            )
        ],
        [("turning point", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                'Ahead of his meeting with Han Bit-na, Seol Min-ho told reporters: "I'
                ' come with an open mind."'
            )
        ],
        [("open mind", "Seol Min-ho")],
    ),
    (
        "M3",
        ['"We owe Han Bit-na an apology," Seol Min-ho wrote on Facebook.'],
        [("owe Han Bit-na", "Seol Min-ho")],
    ),
    (
        "M3",
        ['Seol Min-ho wrote on Facebook that Han Bit-na was owed "a full apology."'],
        [("full apology", "Seol Min-ho")],
    ),
    (
        "M3",
        ['Han Bit-na\'s resignation, Seol Min-ho said, was "a loss for the party."'],
        [("loss for the party", "Seol Min-ho")],
    ),
    (
        "M3",
        ['Seol Min-ho said Han Bit-na\'s resignation was "a loss for the party."'],
        [("loss for the party", "Seol Min-ho")],
    ),
    (
        "M3",
        ['Seol Min-ho described his talks with Han Bit-na as "frank and useful."'],
        [("frank and useful", "Seol Min-ho")],
    ),
    (
        "M3",
        ['Han Bit-na, Seol Min-ho said, had been "a tireless advocate."'],
        [("tireless advocate", "Seol Min-ho")],
    ),
    (
        "M3",
        [
            (
                "Seol Min-ho, standing beside Han Bit-na, Jin Ah-ram and Ryeo Jin-u,"
                ' said: "This is a team effort."'
            )
        ],
        [("team effort", "Seol Min-ho")],
    ),
    (
        "M3",
        [('Seol Min-ho and Han Bit-na met for an hour. Seol told reporters: "It went well."')],
        [("It went well", "Seol Min-ho")],
    ),
    (
        "M3",
        [('Seol Min-ho and Han Bit-na met for an hour. Han told reporters: "It went well."')],
        [("It went well", "Han Bit-na")],
    ),
    (
        "M3",
        [
            (
                'After Seol Min-ho spoke, Han Bit-na took the microphone. "I have a'
                ' different view," she said.'
            )
        ],
        [("different view", "Han Bit-na")],
    ),
    (
        "M3",
        [('"The decision is final," said Han Bit-na, who overruled Seol Min-ho last week.')],
        [("decision is final", "Han Bit-na")],
    ),
    (
        "M3",
        ['"The decision is final," said Han Bit-na, overruling Seol Min-ho.'],
        [("decision is final", "Han Bit-na")],
    ),
    (
        "M3",
        [('"The decision is final," Han Bit-na said in a letter to Seol Min-ho and Jin Ah-ram.')],
        [("decision is final", "Han Bit-na")],
    ),
    (
        "M3",
        [('"The decision is final," Han Bit-na told Seol Min-ho in front of the cameras.')],
        [("decision is final", "Han Bit-na")],
    ),
    (
        "M3",
        [
            (
                'Asked whether Seol Min-ho should step down, Han Bit-na said: "That is'
                ' for the voters to decide."'
            )
        ],
        [("voters to decide", "Han Bit-na")],
    ),
    (
        "M3",
        ['Asked by a reporter about Seol Min-ho, Han Bit-na said: "I wish him well."'],
        [("wish him well", "Han Bit-na")],
    ),
    (  # a strict xfail until round 160 read "had written" as a report
        "M3",
        ['Han Bit-na said Seol Min-ho had written to her: "I am sorry."'],
        [("I am sorry", "Seol Min-ho")],
    ),
    pytest.param(
        "M3",
        [('Han Bit-na said Seol Min-ho kept telling staff: "Nobody reads the fine print."')],
        [("fine print", "Seol Min-ho")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'Han Bit-na', not 'Seol Min-ho'"
        ),
    ),
    (
        "M3",
        ['Seol Min-ho sent Han Bit-na a message: "Call me when you land."'],
        [("Call me", "Seol Min-ho")],
    ),
    (  # round 45: the one who has a message for NAME gives it (was 'a message')
        "M3",
        ['Seol Min-ho had a message for Han Bit-na: "Stay out of my district."'],
        [("my district", "Seol Min-ho")],
    ),
    (
        "M3",
        ['Seol Min-ho left Han Bit-na a note: "Stay out of my district."'],
        [("my district", "Seol Min-ho")],
    ),
    (  # a strict xfail until round 58 read the claim's "was" as the claim's own verb
        "M3",
        ['Seol Min-ho said Han Bit-na\'s claim that it was "unfair" was "absurd."'],
        [("unfair", "Han Bit-na"), ("absurd", "Seol Min-ho")],
    ),
    pytest.param(
        "M3",
        ['"Nobody reads the fine print," Pyo Ga-eun recalled Yeon Do-hoon once said.'],
        [("fine print", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'Pyo Ga-eun', not 'Yeon Do-hoon'"
        ),
    ),
    pytest.param(
        "M3",
        [('"Nobody reads the fine print," Pyo Ga-eun recalled Yeon Do-hoon, her mentor, saying.')],
        [("fine print", "Yeon Do-hoon")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'Pyo Ga-eun', not 'Yeon Do-hoon'"
        ),
    ),
    pytest.param(
        "D",
        [
            (
                "Seol Min-ho, flanked by Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said:"
                ' "This is a team effort."'
            )
        ],
        [("team effort", "Seol Min-ho")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'Jin Ah-ram', not 'Seol Min-ho'"
        ),
    ),
    pytest.param(
        "D",
        [
            (
                "Seol Min-ho, after meeting Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said:"
                ' "This is a team effort."'
            )
        ],
        [("team effort", "Seol Min-ho")],
        marks=pytest.mark.xfail(
            strict=True, reason="wrong speaker: 'Jin Ah-ram', not 'Seol Min-ho'"
        ),
    ),
    (
        "D",
        [
            (
                'Seol Min-ho, who met Han Bit-na, Jin Ah-ram and Ryeo Jin-u, said: "This'
                ' is a team effort."'
            )
        ],
        [("team effort", "Seol Min-ho")],
    ),
    (
        "N",
        [('"Nobody reads the fine print," Pyo Ga-eun recalled Yeon Do-hoon telling her.')],
        [("fine print", "Yeon Do-hoon")],
    ),
    (
        "L",
        ['Ryeo Jin-u\'s indictment says he "knowingly misled investors."'],
        [("knowingly misled", "indictment")],
    ),
]


@pytest.mark.parametrize(("category", "paragraphs", "expected"), PROBES)
def test_probe(
    category: str, paragraphs: list[str], expected: list[tuple[str, str | None]]
) -> None:
    assert probe_wrong(paragraphs, expected) == [], category
