"""Roles joined to the names they belong to, after the phrase reader has read a paragraph.

* A role after a body's long name: Korean ministries have names that are lists ("Ministry of
  Trade, Industry and Energy"), and wire copy puts the whole name before a role noun ("A
  Ministry of ... official said"). The phrase reader reads the name as one body and, from the
  reporting verb back to the comma, the role as "Energy official": a speaker who is neither.
* A document that reads its words: '"...," read the notice', 'a banner hung by merchants
  read: "..."' (see :func:`documents_read`).
* A role set before a name by commas: 'a reporter asked the captain, Ko Min-jae, at ...'
  names the captain, so '"...," the captain said' is Ko.
"""

from __future__ import annotations

from herald_tui.quotes._lexicon import DOCUMENTS
from herald_tui.quotes._phrases import Mention, phrase_after
from herald_tui.quotes._tokens import QUOTE, WORD, Token, role_of

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the extractor imports no typing (issue 13)
if TYPE_CHECKING:
    from herald_tui.quotes._attribute import Narration


def join_roles(mentions: dict[int, Mention], text: str, toks: list[Token]) -> None:
    """Both joins of the module's docstring, on one paragraph's phrases."""
    join_body_roles(mentions, text)
    name_apposed_roles(mentions, toks)


def name_apposed_roles(mentions: dict[int, Mention], toks: list[Token]) -> None:
    """Give a person's name the role set before it by a comma: 'the captain, Ko Min-jae,'
    (a definite role noun, a comma, then the name)."""
    starts = {t.start: k for k, t in enumerate(toks)}
    for mention in mentions.values():
        k = starts.get(mention.start)
        if mention.kind != "name" or mention.org or mention.role or k is None or k < 3:
            continue
        if toks[k - 1].text != "," or toks[k - 3].lower != "the":
            continue
        noun = toks[k - 2]
        role = role_of(noun.lower) if noun.kind == WORD and noun.text.islower() else ""
        if role and not noun.lower.endswith("s"):
            mention.role = role


def join_body_roles(mentions: dict[int, Mention], text: str) -> None:
    """Give each role phrase that starts inside a body's name the whole name: the role
    "Energy official" inside "A Ministry of Trade, Industry and Energy" becomes "A Ministry
    of Trade, Industry and Energy official", at the body's place (the body is no speaker
    there: the official is)."""
    bodies = [m for m in mentions.values() if m.kind == "name" and m.org]
    if not bodies:
        return
    for role in [m for m in mentions.values() if m.kind == "role" and m.modifiers]:
        body = next((b for b in bodies if b.start < role.start < b.end <= role.end), None)
        if body is None or mentions.get(body.start) is not body:
            continue
        del mentions[role.start]
        role.start = body.start
        role.text = text[body.start : role.end]
        role.determiner = body.determiner or role.determiner
        role.subject = role.subject or body.subject
        role.spoke = role.spoke or body.spoke
        mentions[body.start] = role


def documents_read(nar: Narration) -> None:
    """Give "read"/"reads" its document: '"...," read the notice, signed by ...' (inverted,
    the document after the verb) and 'a banner hung by merchants read: "..."' (the document
    heads the subject; the nearest noun, "merchants", only hung it)."""
    toks = nar.toks
    for clause in nar.clauses:
        v = clause.verb
        if toks[v].lower not in ("read", "reads"):
            continue
        found = _inverted_document(nar, v) or _document_subject(nar, v, clause.mention)
        if found is None or found is clause.mention:
            continue
        found = nar.mentions.setdefault(found.start, found)
        if clause.mention is not None:
            clause.mention.subject = clause.mention.spoke = False
        found.subject = found.spoke = True
        clause.mention = found


def _inverted_document(nar: Narration, v: int) -> Mention | None:
    """The document after an inverted "read": '"...," read the notice'."""
    toks = nar.toks
    before = v - 1 if v > 0 and toks[v - 1].text == "," else v
    if before < 1 or toks[before - 1].kind != QUOTE or v + 1 >= len(toks):
        return None
    found = phrase_after(nar.text, toks, v + 1, follow=False)
    return found if found is not None and found.role in DOCUMENTS else None


def _document_subject(nar: Narration, v: int, mention: Mention | None) -> Mention | None:
    """A document heading the subject of "read", before the nearer noun the reader took:
    'a banner hung by merchants read:', 'A sign by the counter at the inn reads:'."""
    if mention is None or mention.role in DOCUMENTS:
        return None
    floor, start = nar.floor(v), mention.start
    documents = [
        m
        for m in nar.mentions.values()
        if m.role in DOCUMENTS and m.start < start and nar.toks[floor].start <= m.start
    ]
    return max(documents, key=lambda m: m.start) if documents else None
