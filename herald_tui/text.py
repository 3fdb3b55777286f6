"""Text hygiene for everything that comes from the network.

Every string a parser returns goes through :func:`clean_line` or :func:`clean_block` before it
is put in a model object, so the cache, the terminal and JSON output only ever see text with no
control characters, no escape sequences and no bidi overrides (hardening item 1). Entity
decoding happens in the HTML parser *before* this runs, so ``&#27;`` is caught too.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["clean_block", "clean_line", "is_safe_url", "split_credit", "strip_controls"]

# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates and marks,
# the BOM. \r is dropped too: \r\n and lone \r are folded to \n by clean_block first.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACE = re.compile(r"\s")


def strip_controls(text: str) -> str:
    """Remove control, escape and bidi characters, keeping newlines and tabs."""
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """Sanitise ``text`` into one line: controls removed, all whitespace folded to one space."""
    return " ".join(strip_controls(text).split())


def clean_block(text: str) -> str:
    """Sanitise ``text`` keeping line structure: controls removed, spaces folded within each
    line, lines trimmed, blank lines dropped."""
    text = strip_controls(_NEWLINES.sub("\n", text))
    # Within a line (newlines split off, controls gone) str.split() folds every whitespace
    # (NBSP, tabs, thin spaces...) to one space, faster than a regex.
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# A trailing run of parenthesised credits: "(Yonhap)", "(PHOTO NOT FOR SALE) (Yonhap)",
# "(AFP)", "(Korea Herald)", "(Courtesy of the Ministry of Defense)". Only runs whose last
# group names an agency or reads like a credit are split off, so a caption that merely ends in
# a parenthetical ("... in Seoul (left)") keeps it.
_CREDIT_WORDS = (
    r"Yonhap|Korea Herald|The Korea Herald|Herald DB|AFP|AP|Reuters|Newsis|EPA|EPA-EFE|Xinhua|"
    r"Kyodo|News1|Getty Images|Bloomberg|UPI|KCNA|Yonhap Photo|YNA|Joint Press Corps|"
    r"Courtesy of [^()]+|[^()]*(?:Photo|photo|Image|image|Yonhap|Herald|Agency|Ministry)[^()]*"
)
_CREDIT_RUN = re.compile(
    r"(?P<run>(?:\((?:PHOTO NOT FOR SALE|photo not for sale|NOT FOR SALE)\)\s*)?"
    rf"\((?:{_CREDIT_WORDS})\))\s*$"
)


def split_credit(caption: str) -> tuple[str, str]:
    """Split a cleaned caption into ``(caption, credit)``.

    >>> split_credit("Officials meet in Seoul. (PHOTO NOT FOR SALE) (Yonhap)")
    ('Officials meet in Seoul.', '(PHOTO NOT FOR SALE) (Yonhap)')
    >>> split_credit("A view of Namsan (left)")
    ('A view of Namsan (left)', '')
    """
    match = _CREDIT_RUN.search(caption)
    if not match:
        return caption, ""
    return caption[: match.start()].rstrip(), match.group("run")


def is_safe_url(url: str, hosts: frozenset[str] | None = None) -> bool:
    """True if ``url`` is an absolute http(s) URL without control characters or whitespace,
    and, when ``hosts`` is given, its host is one of them."""
    if not url or _CONTROLS.search(url) or _SPACE.search(url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    return hosts is None or parts.hostname.lower() in hosts
