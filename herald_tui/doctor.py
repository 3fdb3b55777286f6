"""``herald-tui doctor``: what works on each site, section by section, and what does not.

For each section: whether its feeds and list page answer, how many headlines each gives and by
which path (the feed, the site's own list rules, or a harvest of the page's article links);
then the newest article of the section, fetched and parsed: which fields were found, its parse
warnings and the time taken. A verdict per section:

* ``healthy``: every part answered and was read by the site's own rules, without warning;
* ``degraded``: headlines and an article came through, but some part failed or needed a
  fallback (a list page read by link harvest, an article with parse warnings...);
* ``broken``: no headlines at all, or the newest article could not be read or had no body.

Nothing here writes the cache. Every fetch goes through :class:`~herald_tui.fetchers.http.
HttpClient`; every time comes from an injectable clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from herald_tui.errors import HeraldError
from herald_tui.model import Article, Headline, Section, to_json

if TYPE_CHECKING:
    from herald_tui.fetchers.base import Fetcher
    from herald_tui.fetchers.http import HttpClient, Kind, Response

__all__ = ["Probe", "SectionReport", "Verdict", "check_section", "fields_of"]

Verdict = Literal["healthy", "degraded", "broken"]
ProbeKind = Literal["feed", "list", "home", "article"]


@dataclass
class Probe:
    """One fetch and parse."""

    kind: ProbeKind
    url: str
    seconds: float = 0.0
    error: str = ""
    """Why it failed (one line), or ``""``."""
    count: int = 0
    """Headlines found (feeds and lists)."""
    path: str = ""
    """``feed``, ``site rules``, ``link harvest``, ``generic fallback``."""
    article: Article | None = None
    headlines: list[Headline] = field(default_factory=list)
    response: Response | None = None
    """The response, kept for a bug report."""

    @property
    def ok(self) -> bool:
        """It answered and gave something."""
        return not self.error

    @property
    def parsed_json(self) -> str | None:
        """What was parsed, as JSON, for a bug report."""
        if self.article is not None:
            return to_json(self.article, indent=2)
        if self.headlines:
            return "[\n" + ",\n".join(to_json(h) for h in self.headlines) + "\n]"
        return None


@dataclass
class SectionReport:
    """The probes of one section and the verdict on it."""

    section: Section
    probes: list[Probe] = field(default_factory=list)
    verdict: Verdict = "healthy"
    problems: list[str] = field(default_factory=list)
    """What is wrong, one line each; the probes they come from are in :attr:`troubled`."""
    troubled: list[tuple[Probe, str]] = field(default_factory=list)

    def flag(self, verdict: Verdict, problem: str, probe: Probe | None = None) -> None:
        """Note a problem; the verdict is the worst noted."""
        order = ("healthy", "degraded", "broken")
        if order.index(verdict) > order.index(self.verdict):
            self.verdict = verdict
        self.problems.append(problem)
        if probe is not None:
            self.troubled.append((probe, problem))


def fields_of(article: Article) -> tuple[list[str], list[str]]:
    """The article's fields that were found and those that were not."""
    present = {
        "headline": bool(article.headline),
        "published": article.published is not None,
        "updated": article.updated is not None,
        "byline": bool(article.byline),
        "section": bool(article.section),
        "summary": bool(article.summary),
        f"body ({len(article.paragraphs)} paragraphs)": bool(article.paragraphs),
        f"photos ({len(article.photos)})": bool(article.photos),
    }
    found = [name for name, ok in present.items() if ok]
    missing = [name.split(" (")[0] for name, ok in present.items() if not ok]
    return found, missing


async def check_section(
    client: HttpClient,
    fetcher: Fetcher,
    section: Section,
    clock: Callable[[], float] = time.perf_counter,
) -> SectionReport:
    """Probe the section's feeds, list page (the home page when both give nothing) and its
    newest article; judge the section."""
    report = SectionReport(section)
    feeds = [await _probe_list(client, fetcher, url, "feed", clock) for url in section.feeds]
    report.probes += feeds
    listing = None
    if section.list_url:
        listing = await _probe_list(client, fetcher, section.list_url, "list", clock)
        report.probes.append(listing)
    sources = [p for p in report.probes if p.count]
    if not sources:
        home = await _probe_list(client, fetcher, fetcher.home + "/", "home", clock)
        report.probes.append(home)
        sources = [home] if home.count else []
    _judge_lists(report, feeds, listing, sources)
    if sources:
        newest = _newest(sources[0].headlines)
        article = await _probe_article(client, fetcher, newest.url, clock)
        report.probes.append(article)
        _judge_article(report, article)
    return report


def _judge_lists(
    report: SectionReport, feeds: list[Probe], listing: Probe | None, sources: list[Probe]
) -> None:
    if not sources:
        failures = [p for p in report.probes if p.error]
        cause = failures[0].error if failures else "no headlines anywhere"
        report.flag("broken", f"no headlines: {cause}", failures[0] if failures else None)
        return
    if feeds and not any(p.count for p in feeds):
        for probe in feeds:
            report.flag("degraded", f"feed gives no headlines: {probe.error}", probe)
    if listing is not None and not listing.count:
        report.flag("degraded", f"list page gives no headlines: {listing.error}", listing)
    elif listing is not None and listing.path == "link harvest":
        report.flag("degraded", "list page read by link harvest: site rules found nothing", listing)
    if sources[0].kind == "home":
        report.flag("degraded", "headlines only from the home page", sources[0])


def _judge_article(report: SectionReport, probe: Probe) -> None:
    article = probe.article
    if article is None:
        report.flag("broken", f"newest article unreadable: {probe.error}", probe)
    elif not article.paragraphs:
        report.flag("broken", "newest article has no body text", probe)
    elif article.warnings:
        report.flag("degraded", "newest article: " + ", ".join(article.warnings), probe)


def _newest(headlines: list[Headline]) -> Headline:
    dated = [h for h in headlines if h.published is not None]
    return max(dated, key=lambda h: h.published) if dated else headlines[0]  # type: ignore[arg-type,return-value]


async def _fetch(
    client: HttpClient, fetcher: Fetcher, url: str, kind: Kind, probe: Probe
) -> Response | None:
    try:
        response = await client.get(
            fetcher.fetch_url(url), kind=kind, allowed_hosts=fetcher.allowed_hosts
        )
    except HeraldError as e:
        probe.error = str(e)
        return None
    probe.response = response
    return response


async def _probe_list(
    client: HttpClient, fetcher: Fetcher, url: str, kind: ProbeKind, clock: Callable[[], float]
) -> Probe:
    probe = Probe(kind, url)
    started = clock()
    response = await _fetch(client, fetcher, url, "feed" if kind == "feed" else "page", probe)
    if response is not None:
        try:
            if kind == "feed":
                probe.headlines, probe.path = fetcher.parse_feed(response.text, url), "feed"
            else:
                probe.headlines, probe.path = fetcher.read_list(response.text, url)
        except HeraldError as e:
            probe.error = str(e)
        probe.count = len(probe.headlines)
        if not probe.count and not probe.error:
            probe.error = "no headlines in it"
    probe.seconds = clock() - started
    return probe


async def _probe_article(
    client: HttpClient, fetcher: Fetcher, url: str, clock: Callable[[], float]
) -> Probe:
    probe = Probe("article", url)
    started = clock()
    response = await _fetch(client, fetcher, url, "page", probe)
    if response is not None:
        try:
            probe.article = fetcher.parse_article(response.text, url)
            probe.path = "generic fallback" if probe.article.fallback else "site rules"
        except HeraldError as e:
            probe.error = str(e)
    probe.seconds = clock() - started
    return probe
