"""http(s) URLs parsed the way browsers parse them (the WHATWG URL Standard).

``urllib.parse`` and browsers disagree on hostile URLs: for
``http://evil.example\\@en.yna.co.kr/x`` urllib sees the host ``en.yna.co.kr`` while a browser,
which reads ``\\`` as ``/`` in http(s) URLs, opens ``evil.example``. So a URL that leaves the
app (the browser, the clipboard) or that the app follows (a redirect) is parsed here, checked,
and then only its re-serialised form (:meth:`WebUrl.__str__`) is used, never the raw string:
what was checked is what is opened.

Only the special schemes ``http`` and ``https`` are parsed; anything else is refused. On top
of the standard, credentials (``user:pass@``, even an empty ``@``) are refused: a news link
never needs them and they are the usual way to disguise a host.
"""

from __future__ import annotations

import functools
import re

from herald_tui._frozen import Frozen, value_class
from herald_tui.patterns import lazy

__all__ = ["DEFAULT_PORTS", "BadUrl", "WebUrl", "checked_url", "parse_web_url"]

DEFAULT_PORTS = {"http": 80, "https": 443}

_SCHEME = lazy(r"[A-Za-z][A-Za-z0-9+.-]*:")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_NEWLINE = lazy("[\t\n\r]")
# Forbidden domain code points: the forbidden host code points, C0 controls, % and DEL.
_FORBIDDEN_DOMAIN = lazy(r"[\x00-\x20#/:<>?@\[\\\]^|%\x7f]")
_PERCENT = lazy(rb"%([0-9A-Fa-f]{2})")
# Percent-encode sets (besides C0 controls and everything above U+007E).
_PATH_SET = frozenset(' "#<>?^`{}')
_QUERY_SET = frozenset(" \"#<>'")  # the special-query set (http and https are special)
_FRAGMENT_SET = frozenset(' "<>`')
_AUTHORITY_END = lazy(r"[/\\?#]")
_SINGLE_DOT = frozenset({".", "%2e"})
_DOUBLE_DOT = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})


class BadUrl(ValueError):
    """``text`` is not an http(s) URL a browser would open. ``scheme``: the scheme it had, if
    it was another one (``"javascript"``), else ``""``."""

    def __init__(self, reason: str, scheme: str = "") -> None:
        super().__init__(reason)
        self.scheme = scheme


_set = object.__setattr__  # what a frozen class's __init__ writes its fields with


@value_class(frozen=True)
class WebUrl(Frozen):
    """A parsed http(s) URL; ``str()`` is its serialisation, as a browser would write it."""

    __match_args__ = ("scheme", "host", "port", "path", "query", "fragment")  # the fields, in order
    __slots__ = __match_args__

    scheme: str
    """``"http"`` or ``"https"``."""
    host: str
    """Lower-case ASCII domain (punycode), dotted IPv4, or ``[IPv6]``."""
    port: int | None
    """None for the scheme's default port."""
    path: str
    """Percent-encoded, starting with ``/``, dot segments resolved."""
    query: str | None
    fragment: str | None

    def __init__(
        self,
        scheme: str,
        host: str,
        port: int | None,
        path: str,
        query: str | None = None,
        fragment: str | None = None,
    ) -> None:
        _set(self, "scheme", scheme)
        _set(self, "host", host)
        _set(self, "port", port)
        _set(self, "path", path)
        _set(self, "query", query)
        _set(self, "fragment", fragment)

    @property
    def host_key(self) -> str:
        """The host as compared against an allow-list: one trailing dot (the DNS root, which
        names the same host) removed."""
        return self.host.removesuffix(".")

    def __str__(self) -> str:
        port = f":{self.port}" if self.port is not None else ""
        query = f"?{self.query}" if self.query is not None else ""
        fragment = f"#{self.fragment}" if self.fragment is not None else ""
        return f"{self.scheme}://{self.host}{port}{self.path}{query}{fragment}"


def parse_web_url(text: str, base: WebUrl | None = None) -> WebUrl:
    """Parse ``text`` (against ``base`` if it is relative) as browsers do; raise
    :class:`BadUrl` unless it is an http(s) URL with a host and no credentials."""
    text = _TAB_NEWLINE.sub("", text.strip(_C0_OR_SPACE))
    match = _SCHEME.match(text)
    if match is None:
        if base is None:
            raise BadUrl("not an absolute URL")
        return _relative(text, base)
    scheme = match[0][:-1].lower()
    if scheme not in DEFAULT_PORTS:
        raise BadUrl(f"a {scheme} URL", scheme)
    rest = text[match.end() :]
    # "http:path" against an http base is relative; "//" (or none) starts an authority.
    if base is not None and base.scheme == scheme and rest[:2] != "//":
        return _relative(rest, base)
    return _authority(scheme, rest.lstrip("/\\"))


def _relative(rest: str, base: WebUrl) -> WebUrl:
    if rest[:1] in ("/", "\\"):
        if rest[1:2] in ("/", "\\"):
            return _authority(base.scheme, rest.lstrip("/\\"))
        return _after_host(base.scheme, base.host, base.port, rest, [])
    if rest == "" or rest[0] == "#":
        fragment = _fragment(rest[1:]) if rest else None
        return WebUrl(base.scheme, base.host, base.port, base.path, base.query, fragment)
    if rest[0] == "?":
        return _after_host(base.scheme, base.host, base.port, rest, _segments(base.path))
    directory = _segments(base.path)[:-1]
    return _after_host(base.scheme, base.host, base.port, "/" + rest, directory)


def _segments(path: str) -> list[str]:
    return path.split("/")[1:]


def _authority(scheme: str, rest: str) -> WebUrl:
    found = _AUTHORITY_END.search(rest)
    end = found.start() if found else len(rest)
    authority, rest = rest[:end], rest[end:]
    if "@" in authority:
        raise BadUrl("credentials in a URL")
    host_text, port_text = _split_port(authority)
    host = _host(host_text)
    port = _port(port_text, scheme)
    if not rest.startswith(("/", "\\")):
        rest = "/" + rest
    return _after_host(scheme, host, port, rest, [])


def _split_port(authority: str) -> tuple[str, str | None]:
    """``host`` and ``port`` at the first ``:`` outside brackets (as the standard does)."""
    if "[" not in authority:  # no brackets (most hosts): the first ":"
        host, colon, port = authority.partition(":")
        return host, port if colon else None
    inside = False
    for index, char in enumerate(authority):
        if char == "[":
            inside = True
        elif char == "]":
            inside = False
        elif char == ":" and not inside:
            return authority[:index], authority[index + 1 :]
    return authority, None


def _port(text: str | None, scheme: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise BadUrl("a malformed port")
    port = int(text)
    if port > 65535:
        raise BadUrl("a port out of range")
    return None if port == DEFAULT_PORTS[scheme] else port


def _after_host(scheme: str, host: str, port: int | None, rest: str, path: list[str]) -> WebUrl:
    """Path (appended to the ``path`` segments), query and fragment of ``rest``."""
    rest, hash_, fragment = rest.partition("#")
    rest, mark, query = rest.partition("?")
    if not path and _plain_path(rest):
        path = [rest[1:]]  # the loop below would rebuild it segment by segment
        rest = ""
    segments = rest.replace("\\", "/").split("/")[1:]
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        lowered = segment.lower()
        if lowered in _DOUBLE_DOT:
            if path:
                path.pop()
            if last:
                path.append("")
        elif lowered in _SINGLE_DOT:
            if last:
                path.append("")
        else:
            path.append(_encode(segment, _PATH_SET))
    return WebUrl(
        scheme,
        host,
        port,
        "/" + "/".join(path),
        _encode(query, _QUERY_SET) if mark else None,
        _fragment(fragment) if hash_ else None,
    )


def _plain_path(rest: str) -> bool:
    """True for an absolute path the loop of :func:`_after_host` keeps as it is: no ``\\``,
    no dot segment (one starts right after a ``/``) and nothing to percent-encode. Most
    links are such: one search instead of a pass per segment."""
    return (
        rest[:1] == "/"
        and "\\" not in rest
        and "/." not in rest
        and "/%2e" not in rest
        and "/%2E" not in rest
        and _to_encode(_PATH_SET).search(rest) is None
    )


def _fragment(text: str) -> str:
    return _encode(text, _FRAGMENT_SET)


def _encode(text: str, extra: frozenset[str]) -> str:
    """Percent-encode C0 controls, non-ASCII (as UTF-8) and ``extra``; ``%`` stays as is."""
    if _to_encode(extra).search(text) is None:
        return text  # most URLs: nothing to encode, no loop over the characters
    out = []
    for char in text:
        if " " < char <= "~" and char not in extra:
            out.append(char)
        else:
            out.append("".join(f"%{byte:02X}" for byte in _utf8(char)))
    return "".join(out)


@functools.cache
def _to_encode(extra: frozenset[str]) -> re.Pattern[str]:
    """The characters :func:`_encode` changes: outside ``!``..``~``, or in ``extra``. One
    set, not an alternation of two: a search then skips to candidates (three times faster)."""
    return re.compile(r"[\x00-\x20\x7f-\U0010ffff" + re.escape("".join(sorted(extra))) + "]")


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no browser could send it
        raise BadUrl("a malformed URL") from None


# --- hosts -----------------------------------------------------------------------------------


def _host(text: str) -> str:
    if text.startswith("["):
        if not text.endswith("]"):
            raise BadUrl("a malformed IPv6 address")
        return f"[{_ipv6(text[1:-1])}]"
    if text.isascii() and "%" not in text:
        domain = text  # nothing to percent-decode (most hosts)
    else:
        try:
            domain = _PERCENT.sub(lambda m: bytes([int(m[1], 16)]), _utf8(text)).decode("utf-8")
        except UnicodeDecodeError:
            raise BadUrl("a malformed host") from None
    ascii_domain = _to_ascii(domain)
    if not ascii_domain or _FORBIDDEN_DOMAIN.search(ascii_domain):
        raise BadUrl("a malformed host")
    if _ends_in_a_number(ascii_domain):
        return _ipv4(ascii_domain)
    return ascii_domain


def _to_ascii(domain: str) -> str:
    """The standard's "domain to ASCII" (UTS 46 mapping, then punycode)."""
    if domain.isascii():
        return domain.lower()
    import idna  # httpx's own dependency; only paid for non-ASCII hosts

    try:
        return idna.encode(domain, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        raise BadUrl("a malformed host") from None


def _ends_in_a_number(domain: str) -> bool:
    parts = domain.split(".")
    if parts[-1] == "":
        if len(parts) == 1:
            return False
        parts.pop()
    last = parts[-1]
    if not "0" <= last[:1] <= "9":
        return False  # a number starts with a digit (decimal, 0x..., 0...): "com" is none
    return last.isdigit() or _ipv4_number(last) is not None


def _ipv4_number(text: str) -> int | None:
    radix = 10
    if text[:2].lower() == "0x":
        text, radix = text[2:], 16
    elif len(text) > 1 and text.startswith("0"):
        text, radix = text[1:], 8
    if text == "":
        return 0 if radix != 10 else None
    digits = "0123456789abcdef"[:radix]
    if not all(c in digits for c in text.lower()):
        return None
    return int(text, radix)


def _ipv4(domain: str) -> str:
    parts = domain.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if len(parts) > 4 or "" in parts:
        raise BadUrl("a malformed IPv4 address")
    numbers = [_ipv4_number(part) for part in parts]
    if any(n is None for n in numbers):
        raise BadUrl("a malformed IPv4 address")
    values = [n for n in numbers if n is not None]
    if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        raise BadUrl("an IPv4 address out of range")
    address = values[-1]
    for index, n in enumerate(values[:-1]):
        address += n * 256 ** (3 - index)
    return ".".join(str(address >> shift & 255) for shift in (24, 16, 8, 0))


def _ipv6(text: str) -> str:
    if not text or not all(c in "0123456789abcdefABCDEF:." for c in text):
        raise BadUrl("a malformed IPv6 address")  # no zone ids (%eth0), no spaces
    import ipaddress  # rare: not paid at every start of the CLI

    try:
        value = int(ipaddress.IPv6Address(text))
    except ValueError:
        raise BadUrl("a malformed IPv6 address") from None
    pieces = [value >> (16 * (7 - i)) & 0xFFFF for i in range(8)]
    start, length = _longest_zero_run(pieces)
    hexes = [f"{piece:x}" for piece in pieces]
    if length < 2:
        return ":".join(hexes)
    return ":".join(hexes[:start]) + "::" + ":".join(hexes[start + length :])


def _longest_zero_run(pieces: list[int]) -> tuple[int, int]:
    """Start and length of the first longest run of zero pieces (the one ``::`` replaces)."""
    best = (0, 0)
    index = 0
    while index < len(pieces):
        end = index
        while end < len(pieces) and pieces[end] == 0:
            end += 1
        if end - index > best[1]:
            best = (index, end - index)
        index = max(end, index + 1)
    return best


# --- the policy for links leaving the app ------------------------------------------------------

# Controls, spaces, bidi marks and the BOM: a link that holds one was made to deceive (a
# browser would strip some of them and hide others), so it is refused rather than cleaned.
# Spaces of every script too (\s is str.isspace: NBSP, ideographic space...). One set, so a
# search skips to candidates.
_UNSAFE = lazy("[\x00-\x20\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\\s]")
# A link must spell its authority plainly: "http:evil", "https:///evil" and "http:\\\\evil"
# parse, but only a URL written to mislead looks like that.
_PLAIN_START = lazy(r"https?://[^/\\]", re.IGNORECASE)


def checked_url(url: str, hosts: frozenset[str] | None = None) -> WebUrl:
    """``url`` parsed, if it is a safe http(s) link: ``http://`` or ``https://`` then the host,
    no control, space or bidi character, no credentials, and (when ``hosts`` is given) a host
    in ``hosts``. Raises :class:`BadUrl`.

    Use ``str()`` of the result, never ``url`` itself: that is what was checked."""
    if _UNSAFE.search(url) or not _PLAIN_START.match(url):
        raise BadUrl("not a web link")
    parsed = parse_web_url(url)
    if hosts is not None and parsed.host_key not in hosts:
        raise BadUrl(f"{parsed.host_key} is not one of the news sites")
    return parsed
