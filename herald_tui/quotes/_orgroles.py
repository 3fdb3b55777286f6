"""A role after a body's long name: "A Ministry of Land, Infrastructure and Transport official".

Korean ministries have names that are lists ("Ministry of Trade, Industry and Energy"), and
wire copy puts the whole name before a role noun. The phrase reader reads the name as one
body and, from the reporting verb back to the comma, the role as "Energy official": a
speaker who is neither. :func:`join_body_roles` makes the role phrase take the whole name.
"""

from __future__ import annotations

from herald_tui.quotes._phrases import Mention


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
