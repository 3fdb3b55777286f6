"""Bug-report bundles: what a maintainer needs to see why a page was read poorly.

One bundle is one directory holding:

* ``report.json``: the URL, the problem in one line, the versions (herald-tui, Python,
  selectolax, httpx, the site plugin's parser, whether the quotation extractor is compiled),
  and the page's size;
* ``page.html``: the raw page as received, cut at :data:`MAX_PAGE_BYTES` (when it is known);
* ``headers.json``: the response headers, without cookies or credentials;
* ``parsed.json``: what herald-tui made of it (an Article, or a list of Headlines).

``herald-tui doctor --save DIR`` writes one per problem, and the app's report key writes one
for the article being read. ``docs/fixtures.md`` says how a saved page becomes a test fixture.
"""

from __future__ import annotations

import json
import platform
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from importlib import metadata, util
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

__all__ = ["MAX_PAGE_BYTES", "PRIVATE_HEADERS", "safe_headers", "versions", "write_bundle"]

MAX_PAGE_BYTES = 2 * 1024 * 1024
"""The largest raw page a bundle keeps (real article pages are 55-115 KB)."""

PRIVATE_HEADERS = frozenset({"set-cookie", "cookie", "authorization", "proxy-authorization"})
"""Headers never written to a bundle."""


def safe_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` without cookies and credentials, names in lower case."""
    return {k.lower(): v for k, v in headers.items() if k.lower() not in PRIVATE_HEADERS}


def versions(parser: str = "") -> dict[str, str]:
    """Versions of what read the page: herald-tui, Python, selectolax, httpx, the parser,
    and which build of the quotation extractor ran (``setup.py``: compiled or the source)."""
    found = {"python": platform.python_version(), "quotes": _quotes_build()}
    for package in ("herald-tui", "selectolax", "httpx"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "not installed"
    if parser:
        found["parser"] = parser
    return found


def _quotes_build() -> str:
    """``compiled`` when the extractor was installed compiled by mypyc, else ``source``."""
    spec = util.find_spec("herald_tui.quotes._phrases")
    origin = spec.origin if spec else None
    return "compiled" if origin and origin.endswith(tuple(EXTENSION_SUFFIXES)) else "source"


def write_bundle(
    root: Path,
    name: str,
    *,
    url: str,
    problem: str,
    parsed: str | None = None,
    page: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    parser: str = "",
    now: datetime | None = None,
) -> Path:
    """Write one bundle under ``root`` (created if needed) and return its directory,
    ``<UTC time>-<name>``; an existing one is never overwritten. ``parsed`` is JSON text
    (:func:`herald_tui.model.to_json`). Raises OSError when it cannot be written."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")[:60] or "report"
    folder = _fresh(root / f"{stamp}-{slug}")
    report: dict[str, object] = {
        "url": url,
        "problem": problem,
        "versions": versions(parser),
        "created": stamp,
    }
    if page is not None:
        report["page_bytes"] = len(page)
        report["page_truncated"] = len(page) > MAX_PAGE_BYTES
        (folder / "page.html").write_bytes(page[:MAX_PAGE_BYTES])
    if headers is not None:
        _write_json(folder / "headers.json", safe_headers(headers))
    if parsed is not None:
        (folder / "parsed.json").write_text(parsed + "\n", encoding="utf-8")
    _write_json(folder / "report.json", report)
    return folder


def _fresh(path: Path) -> Path:
    """``path`` created as a new directory, or ``path-2``, ``path-3``... if it exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    candidate, n = path, 1
    while True:
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            n += 1
            candidate = path.with_name(f"{path.name}-{n}")


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
