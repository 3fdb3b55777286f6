"""A "redesign" of a page: every ``class`` and ``id`` rewritten to a meaningless token, the same
name always to the same token (as a site's new CSS build would), tags and text untouched.

The fault server serves the sample pages through this under ``/_redesigned/`` (for ``doctor``'s
tests), and the redesign tests hold every fixture page to it: a parser must find the story
without its class names.
"""

from __future__ import annotations

import re

__all__ = ["Renamer"]

_ATTRIBUTE = re.compile(
    r"(?P<lead>\s)(?P<name>class|id)(?P<eq>\s*=\s*)"
    r"""(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>"']+))""",
    re.I,
)


class Renamer:
    """Rewrites class and id names consistently across every page it is given."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}

    def token(self, name: str) -> str:
        """The meaningless token standing for ``name``."""
        if name not in self.tokens:
            self.tokens[name] = f"z{len(self.tokens):04x}"
        return self.tokens[name]

    def page(self, html: str) -> str:
        """``html`` with every class and id attribute value rewritten."""

        def rewrite(match: re.Match[str]) -> str:
            value = match["dq"] if match["dq"] is not None else match["sq"] or match["bare"] or ""
            names = " ".join(self.token(n) for n in value.split())
            return f'{match["lead"]}{match["name"]}{match["eq"]}"{names}"'

        return _ATTRIBUTE.sub(rewrite, html)
