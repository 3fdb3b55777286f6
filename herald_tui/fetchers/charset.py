"""Turning body bytes into text the way browsers do (docs/SECURITY.md, "Character sets").

Order, as in the WHATWG encoding sniffing rules: a byte-order mark, then the ``charset`` of the
``Content-Type`` header, then a ``<meta charset>`` (or ``http-equiv``) or the XML declaration
in the first 2 KB, then UTF-8 (the "implementation-defined" default: both sites are UTF-8).
A label counts only if the Encoding Standard's table (:mod:`herald_tui.fetchers.encodings`)
knows it; an unknown one is skipped, as browsers skip it, and no other name ever reaches
Python's codec machinery (``charset=unicode_escape`` would turn ``\\x1b`` written in the page
into a real escape; ``idna`` raises). As in browsers, ``euc-kr`` and ``ks_c_5601-1987`` are
windows-949 (``cp949``), or CP949-only syllables come out as U+FFFD; ``iso-8859-1`` and
``us-ascii`` are windows-1252. Undecodable bytes become U+FFFD and are counted, so a caller
can tell a clean page from a damaged one.
"""

from __future__ import annotations

import codecs
import re

from herald_tui.fetchers.encodings import CODECS, LABELS, REPLACEMENT, USER_DEFINED

__all__ = ["codec_for", "decode_text", "sniff_charset"]

SNIFF_BYTES = 2048
_ASCII_WHITESPACE = "\t\n\f\r "
# x-user-defined: bytes 0x80-0xFF are U+F780-U+F7FF.
_USER_DEFINED = {byte: 0xF700 + byte for byte in range(0x80, 0x100)}

_META = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, CODECS["utf-16le"]),
    (codecs.BOM_UTF16_BE, CODECS["utf-16be"]),
)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label of the Encoding Standard (``"euc-kr"`` ->
    ``"cp949"``), or None for any other label; :data:`~.encodings.REPLACEMENT` and
    :data:`~.encodings.USER_DEFINED` stand for the two encodings decoded by hand."""
    if not label:
        return None
    encoding = LABELS.get(label.strip(_ASCII_WHITESPACE).strip("\"'").lower())
    return CODECS[encoding] if encoding else None


def sniff_charset(body: bytes) -> str | None:
    """The label from the XML declaration or a ``<meta>`` in the first 2 KB, if any: the
    first one the Encoding Standard knows (a browser's pre-scan goes on past an unknown one),
    else the first one found."""
    head = body[:SNIFF_BYTES]
    xml = _XML_DECL.search(head)
    matches = [*([xml] if xml else []), *_META.finditer(head)]
    labels = [m.group(1).decode("ascii") for m in matches]
    known = [label for label in labels if codec_for(label)]
    return (known or labels or [None])[0]


def decode_text(body: bytes, content_type: str | None) -> tuple[str, int]:
    """``(text, replacements)``: ``body`` decoded, and how many U+FFFD decoding introduced."""
    codec, body = _choose(body, content_type)
    if codec == REPLACEMENT:  # the standard: any input is one U+FFFD
        return ("\ufffd", 1) if body else ("", 0)
    if codec == USER_DEFINED:
        return body.decode("latin-1").translate(_USER_DEFINED), 0
    text = body.decode(codec, "replace")
    try:
        genuine = body.count("\ufffd".encode(codec))  # U+FFFD really present in the source
    except UnicodeEncodeError:
        genuine = 0
    return text, text.count("\ufffd") - genuine


def _choose(body: bytes, content_type: str | None) -> tuple[str, bytes]:
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return codec, body[len(bom) :]
    match = _CHARSET_PARAM.search(content_type or "")
    header = codec_for(match.group(1)) if match else None
    if header:
        return header, body
    sniffed = codec_for(sniff_charset(body))
    # A document that can read its own ASCII <meta> is not UTF-16; x-user-defined in a
    # <meta> means windows-1252 (both as the HTML standard says).
    if sniffed in (CODECS["utf-16le"], CODECS["utf-16be"]):
        return "utf-8", body
    if sniffed == USER_DEFINED:
        return CODECS["windows-1252"], body
    return sniffed or "utf-8", body
