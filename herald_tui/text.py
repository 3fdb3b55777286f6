"""Text hygiene for everything that comes from the network.

Every string a parser returns goes through :func:`clean_line` or :func:`clean_block` before it
is put in a model object, so the cache, the terminal and JSON output only ever see text with no
control characters, no escape sequences and no bidi overrides (docs/SECURITY.md,
"Terminal escapes"). Entity decoding happens in the HTML parser *before* this runs, so
``&#27;`` is caught too.
"""

from __future__ import annotations

from herald_tui.patterns import lazy
from herald_tui.weburl import BadUrl, checked_url

__all__ = ["clean_block", "clean_line", "is_safe_url", "split_credit", "strip_controls"]

# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates and marks,
# the BOM. \r is dropped too: \r\n and lone \r are folded to \n by clean_block first. Lone
# surrogates (JSON's "\ud800") can never be encoded, so storing or printing them would raise.
_CONTROLS = lazy(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
# Characters that show nothing and hide text from the reader and from search (issue 14, item
# 21): zero-width space and non-joiner, soft hyphen, Mongolian vowel separator, word joiner and
# invisible operators, deprecated format characters, interlinear annotation marks, Hangul
# fillers. Tag characters and ZWJ are handled apart: emoji sequences use them.
_INVISIBLE = (
    "\u00ad\u115f\u1160\u180e\u200b\u200c\u2060-\u2064\u206a-\u206f\u3164\ufff9-\ufffb\uffa0"
)
# What may stand on either side of a ZWJ in an emoji sequence: pictographs, symbols, skin
# tones (U+1F3FB-1F3FF) and the emoji presentation selector U+FE0F.
_EMOJI = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21ff\u2300-\u23ff\u24c2\u25a0-\u27bf"
    "\u2934\u2935\u2b00-\u2bff\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001faff"
)
# Combining marks (diacritics, Cyrillic, Hebrew, Arabic, extended and symbol ones): a letter
# keeps at most _MAX_MARKS in a row, so "Zalgo" text cannot pile thousands onto one cell.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf-\u05c7\u0610-\u061a\u064b-\u065f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_MAX_MARKS = 4
_HIDDEN = lazy(
    # group 1: an emoji tag sequence (a subdivision flag), kept whole
    "(\U0001f3f4[\U000e0020-\U000e007e]{1,32}\U000e007f)"
    f"|([{_MARKS}]{{{_MAX_MARKS}}})[{_MARKS}]+"  # group 2: the marks kept
    f"|[{_INVISIBLE}\U000e0000-\U000e007f]"
    f"|(?<![{_EMOJI}])\u200d|\u200d(?![{_EMOJI}])"
)
# One cheap pass first: most text holds nothing _HIDDEN would change.
_SUSPECT = lazy(f"[{_INVISIBLE}\u200d\U000e0000-\U000e007f{_MARKS}]")
_SHORT = 10_000
"""Below this length, whitespace is folded by split and join (faster on short text); above,
in place (split builds a string per word: 60 MB for a 5 MB paragraph)."""
# Whitespace to fold into one space: runs of two or more, or one that is not a plain space.
# A lone plain space is left alone (replacing every one built a piece per word: 60 MB for a
# 5 MB paragraph). _HSPACE keeps newlines, _SPACE folds them too.
_HSPACE = lazy(r"[^\S\n]{2,}|[^\S\n ]")  # NBSP, tabs, thin spaces...
_ODD_SPACE = lazy(r"[^\S\n ]")  # with "  ", finds text _HSPACE changes, ten times faster
_SPACE = lazy(r"\s{2,}|[^\S ]")
# "\r\n" or one line break of another kind. Each match starts with one of a set of
# characters, which lets the search skip to them (an alternation tries every position: 4x).
_NEWLINES = lazy(r"[\r\u2028\u2029\x0b\x0c\x85](?:(?<=\r)\n)?")


def strip_controls(text: str) -> str:
    """Remove control, escape and bidi characters, lone surrogates and invisible characters
    (ZWJ and tag characters outside emoji sequences, more than a few combining marks in a row),
    keeping newlines and tabs."""
    return _unhide(_CONTROLS.sub("", text))


def _unhide(text: str) -> str:
    return text if _SUSPECT.search(text) is None else _HIDDEN.sub(r"\1\2", text)


# Most text is printable (str.isprintable): then it holds no control, bidi or format
# character, no line break and no space but " " (all unprintable), and only _unhide and the
# folding of "  " can change it. One isprintable is a third of the regex passes it skips.


def clean_line(text: str) -> str:
    """Sanitise ``text`` into one line: controls removed, all whitespace folded to one space."""
    text = _unhide(text) if text.isprintable() else strip_controls(text)
    return " ".join(text.split()) if len(text) < _SHORT else _SPACE.sub(" ", text).strip()


def clean_block(text: str) -> str:
    """Sanitise ``text`` keeping line structure: controls removed, spaces folded within each
    line, lines trimmed, blank lines dropped."""
    if text.isprintable():  # one line
        text = _unhide(text)
        return (_HSPACE.sub(" ", text) if "  " in text else text).strip()
    text = strip_controls(_NEWLINES.sub("\n", text))
    if "  " in text or _ODD_SPACE.search(text):  # most paragraphs have single spaces only
        text = _HSPACE.sub(" ", text)  # never across a newline: as if line by line
    return "\n".join(line for line in map(str.strip, text.split("\n")) if line)


# A trailing run of parenthesised credits: "(Yonhap)", "(PHOTO NOT FOR SALE) (Yonhap)",
# "(AFP)", "(Korea Herald)", "(Courtesy of the Ministry of Defense)". Only runs whose last
# group names an agency or reads like a credit are split off, so a caption that merely ends in
# a parenthetical ("... in Seoul (left)") keeps it.
_CREDIT_WORDS = (
    r"Yonhap|Korea Herald|The Korea Herald|Herald DB|AFP|AP|Reuters|Newsis|EPA|EPA-EFE|Xinhua|"
    r"Kyodo|News1|Getty Images|Bloomberg|UPI|KCNA|Yonhap Photo|YNA|Joint Press Corps|"
    r"Courtesy of [^()]+|[^()]*(?:Photo|photo|Image|image|Yonhap|Herald|Agency|Ministry)[^()]*"
)
# Written to start with "(" in every case, so a search skips to the "(" of a caption (five
# times faster than trying every position).
_CREDIT_RUN = lazy(
    r"(?P<run>\((?:(?:PHOTO NOT FOR SALE|photo not for sale|NOT FOR SALE)\)\s*\()?"
    rf"(?:{_CREDIT_WORDS})\))\s*$"
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
    """True if ``url`` is an absolute http(s) URL without control characters, whitespace or
    credentials, and, when ``hosts`` is given, its host (as a browser reads it:
    :func:`herald_tui.weburl.checked_url`) is one of them. Invisible characters (what
    :func:`strip_controls` removes) are refused too: a link that hides text is not safe."""
    # An ASCII URL without controls (isprintable) holds nothing strip_controls removes.
    if not (url.isascii() and url.isprintable()) and strip_controls(url) != url:
        return False
    try:
        checked_url(url, hosts)
    except BadUrl:
        return False
    return True
