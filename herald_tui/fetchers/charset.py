"""Turning body bytes into text the way browsers do (docs/SECURITY.md, "Character sets").

Order, as in the WHATWG encoding sniffing rules: a byte-order mark, then the ``charset`` of the
``Content-Type`` header, then a ``<meta charset>`` (or ``http-equiv``) or the XML declaration
in the first 2 KB, then UTF-8. Labels are mapped the way browsers map them: ``euc-kr`` and
``ks_c_5601-1987`` are windows-949 (``cp949``), or CP949-only syllables come out as U+FFFD;
``iso-8859-1`` and ``us-ascii`` are windows-1252. Undecodable bytes become U+FFFD and are
counted, so a caller can tell a clean page from a damaged one.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["codec_for", "decode_text", "sniff_charset"]

SNIFF_BYTES = 2048

_ALIASES = {
    **dict.fromkeys(
        [
            "euc-kr",
            "euckr",
            "ks_c_5601-1987",
            "ks_c_5601-1989",
            "ksc5601",
            "ksc_5601",
            "korean",
            "csksc56011987",
            "iso-ir-149",
            "windows-949",
            "x-windows-949",
            "ms949",
        ],
        "cp949",
    ),
    **dict.fromkeys(
        [
            "iso-8859-1",
            "iso8859-1",
            "iso_8859-1",
            "latin1",
            "latin-1",
            "l1",
            "cp819",
            "ibm819",
            "us-ascii",
            "ascii",
            "windows-1252",
            "x-cp1252",
        ],
        "cp1252",
    ),
    # UTF-7 can smuggle markup past filters; browsers refuse it, and so do we.
    **dict.fromkeys(["utf-7", "utf7", "unicode-1-1-utf-7", "csunicode11utf7"], "utf-8"),
}

_META = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a charset label, browser aliases applied; None if unknown or not
    a text encoding (``base64``, ``rot13``...)."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        b"\0".decode(name, "replace")  # LookupError: unknown, or a bytes-to-bytes codec
    except LookupError:
        return None
    return name


def sniff_charset(body: bytes) -> str | None:
    """The label from a ``<meta>`` or the XML declaration in the first 2 KB, if any."""
    head = body[:SNIFF_BYTES]
    match = _XML_DECL.search(head) or _META.search(head)
    return match.group(1).decode("ascii") if match else None


def decode_text(body: bytes, content_type: str | None) -> tuple[str, int]:
    """``(text, replacements)``: ``body`` decoded, and how many U+FFFD decoding introduced."""
    codec, body = _choose(body, content_type)
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
    if sniffed and sniffed.replace("_", "-").startswith("utf-16"):
        sniffed = "utf-8"  # a document that can read its own ASCII <meta> is not UTF-16
    return sniffed or "utf-8", body
