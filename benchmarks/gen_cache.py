"""Invented newswire articles and a ready-made cache of them, for benchmarks.

:func:`articles` yields deterministic articles (same ``seed``, same text) in the shapes of the
two sites: Yonhap's datelined wire copy with ``(LEAD)`` revisions and Korea Herald features,
8-20 paragraphs of newswire-like sentences, quotes with their offsets (about four per article,
by a recurring cast of a few hundred people and organisations, a few of them quoted daily,
and by one-off, anonymous and no speakers), captioned photos,
sections of both sources, publication times spread over two years. All text is invented from
templates and name lists; none of it is real reporting.

:func:`build_cache` stores ``n`` of them (and each section's newest headlines) in a
:class:`~herald_tui.cache.Store` under a directory, once: a later call with the same ``n``,
``seed`` and generator version reuses the directory.

Run ``python -m benchmarks.gen_cache DIR [N [LISTED]]`` to build one by hand.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from herald_tui.model import Article, Headline, Photo, Quote

__all__ = [
    "SECTIONS",
    "BuiltCache",
    "add_listed",
    "article_text_bytes",
    "articles",
    "build_cache",
    "listed_headlines",
]

GENERATOR_VERSION = 7
"""Bump when the generated text changes, so stale built caches are rebuilt."""

LIST_LENGTH = 1_000
"""Headlines stored per section: far more than a feed lists (30-100), so listing the newest
200 is a real test, without letting headline rows dominate the size of the database."""

QUOTE_SHARE = 0.3
"""Paragraphs (after the first) that are a quotation: about four per article."""

KST = timezone(timedelta(hours=9))
START = datetime(2023, 1, 1, tzinfo=KST)
SPAN_SECONDS = 2 * 365 * 24 * 3600

SECTIONS: dict[str, tuple[str, ...]] = {
    "yonhap": ("national", "nk", "economy", "market", "sports", "culture"),
    "koreaherald": ("national", "business", "life", "entertainment", "sports", "world"),
}
"""The beats articles are written on, per source (each has its own topics and templates)."""

LISTED_IN: dict[str, dict[str, str]] = {
    "yonhap": {
        "national": "national",
        "nk": "nk",
        "economy": "economy",
        "market": "economy",
        "sports": "sports",
        "culture": "culture",
    },
    "koreaherald": {
        "national": "national",
        "business": "business",
        "life": "culture",
        "entertainment": "kpop",
        "sports": "sports",
        "world": "world",
    },
}
"""The plugin section (``herald-tui sources``) a beat's articles are listed under, so the app
opens the generated cache on real sections."""

ALL_NEWS = {"yonhap": "news", "koreaherald": "all"}
"""Each source's all-news section, which lists every story too."""


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_DESKS = {
    "national": "Politics",
    "nk": "North Korea",
    "economy": "Economy",
    "market": "Markets",
    "sports": "Sports",
    "culture": "Culture",
    "business": "Business",
    "life": "Life & Culture",
    "entertainment": "Entertainment",
    "world": "World",
}

_FAMILY = _names(
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong"
    " Yoo Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Um"
)
_GIVEN = _names(
    "Min-ji Seo-yeon Ji-hoon Hyun-woo Soo-bin Dong-hyun Eun-ji Jae-won Ha-eun Sung-min Yu-na"
    " Tae-yang Ye-jin Joon-ho Mi-kyung Sang-woo Hye-jin Young-soo Ji-woo Kyung-hee Do-yoon"
    " Seung-hoon Na-young Chang-min Bo-ra Jong-su In-ho Da-eun Woo-jin Hee-sun Kyu-won Se-ri"
)
_ROLES = (
    "a senior official at the Ministry of Foreign Affairs",
    "a professor of economics at Seoul National University",
    "an analyst at the Korea Development Institute",
    "a spokesperson for the Ministry of National Defense",
    "a researcher at the Korea Institute for National Unification",
    "the chief executive of a mid-sized shipbuilder",
    "a lawmaker of the ruling party",
    "an opposition lawmaker",
    "the head of the Financial Services Commission",
    "a senior economist at a local brokerage",
    "the coach of the national team",
    "a curator at the National Museum of Korea",
    "a spokesperson for the Unification Ministry",
    "a director at the Bank of Korea",
    "a union representative",
    "a resident of Incheon",
)
_ORGS = (
    "the Bank of Korea",
    "the Ministry of Economy and Finance",
    "the Joint Chiefs of Staff",
    "the National Assembly",
    "the presidential office",
    "Samsung Electronics",
    "Hyundai Motor",
    "SK hynix",
    "LG Energy Solution",
    "the Korea Exchange",
    "the Financial Supervisory Service",
    "the Ministry of Health and Welfare",
    "the Korea Meteorological Administration",
    "the Seoul Metropolitan Government",
    "the Korea Baseball Organization",
    "the Fair Trade Commission",
    "the Ministry of Land, Infrastructure and Transport",
    "the National Intelligence Service",
    "the Constitutional Court",
    "the Korea Customs Service",
)
_PLACES = (
    "Seoul",
    "Busan",
    "Incheon",
    "Daegu",
    "Gwangju",
    "Daejeon",
    "Ulsan",
    "Sejong",
    "Suwon",
    "Changwon",
    "Jeju Island",
    "Pyongyang",
    "Panmunjom",
    "Gangneung",
    "Pohang",
    "Jeonju",
    "Washington",
    "Tokyo",
    "Beijing",
)
_TOPICS = {
    "national": "budget bill|special counsel probe|election law revision|cabinet reshuffle|"
    "impeachment motion|parliamentary hearing|local elections|pension reform|medical school quota",
    "nk": "ballistic missile launch|reconnaissance satellite|military demarcation line|"
    "joint military drills|nuclear test site|trash-carrying balloons|defector|inter-Korean liaison",
    "economy": "consumer prices|export growth|household debt|base rate|current account surplus|"
    "semiconductor shipments|housing prices|employment data|fiscal deficit",
    "market": "KOSPI|Korean won|foreign investors|bond yields|chip stocks|battery makers|"
    "institutional selling|blue chips|short-selling ban",
    "sports": "K League|Korean Series|national football team|Olympic qualifiers|"
    "women's volleyball|LPGA tour|Asian Games|transfer window|penalty shootout",
    "culture": "K-pop concert|film festival|heritage site|webtoon adaptation|palace exhibition|"
    "traditional music|literary prize|drama series|art fair",
    "business": "chip investment|EV battery plant|earnings guidance|merger talks|"
    "supply chain|shipbuilding orders|startup funding|airline merger|steel tariffs",
    "life": "food festival|hiking trail|temple stay|fine dust|hanok village|"
    "night market|public holiday travel|birth rate|single-person households",
    "entertainment": "boy band comeback|drama ratings|streaming deal|agency dispute|"
    "world tour|music show|film premiere|variety show|album sales",
    "world": "US tariffs|G20 summit|Japan talks|China trade|UN Security Council|"
    "NATO summit|Middle East ceasefire|supply chain pact|climate conference",
}
_VERBS = (
    "announced",
    "reported",
    "unveiled",
    "confirmed",
    "criticized",
    "welcomed",
    "postponed",
    "approved",
    "rejected",
    "reviewed",
    "proposed",
    "warned against",
)
_TIMES = (
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "over the weekend",
    "earlier this week",
    "last month",
    "later this year",
    "in the first half",
)
_SENTENCES = (
    "{org} {verb} plans on the {topic} {time}, according to officials in {place}.",
    "The move comes as {org} faces growing pressure over the {topic}.",
    "Figures released {time} showed a {pct} percent rise from a year earlier, the {nth}"
    " consecutive gain.",
    "{person}, {role}, said the {topic} would weigh on sentiment for months.",
    "Officials in {place} said they would hold talks with {org} {time}.",
    "The decision drew criticism from civic groups, who called it premature.",
    "Analysts expect the {topic} to remain a key issue ahead of the next quarter.",
    "The figure was down {pct} percent from {n} trillion won a year earlier.",
    "{org} said it had no immediate comment on the {topic}.",
    "The talks, the {nth} of their kind, ended without a joint statement.",
    "More than {n},000 people gathered in central {place} {time}.",
    "The {topic} has been a sore point between the two sides since {year}.",
    "It marks the first such case since {org} began keeping records in {year}.",
    "The government plans to spend {n} billion won on related projects by {year}.",
    "Police in {place} said an investigation into the {topic} was under way.",
    "{person} is expected to visit {place} {time} to discuss the {topic}.",
    "The measure passed with {n} votes in favor and {m} against.",
    "Shares of {org} closed {pct} percent higher in {place}.",
    "Under the plan, {org} will review the {topic} every {m} months.",
    "The latest data pointed to a slower recovery than {org} had forecast.",
)
_DESK_SENTENCES = {
    "national": (
        "The ruling and opposition parties remained split over the {topic} {time}.",
        "President Yoon's office said it would respect the National Assembly's decision.",
        "The bill on the {topic} is expected to be put to a plenary vote {time}.",
    ),
    "nk": (
        "North Korea fired a short-range ballistic missile toward the East Sea {time}, the"
        " Joint Chiefs of Staff said.",
        "The North's official Korean Central News Agency said leader Kim Jong-un inspected"
        " the {topic} {time}.",
        "South Korea and the United States are analyzing the launch, the military said.",
    ),
    "economy": (
        "The Bank of Korea kept its base rate unchanged at {pct} percent {time}.",
        "Consumer prices rose {pct} percent on-year, according to Statistics Korea.",
        "Outbound shipments of semiconductors jumped {pct} percent from a year earlier.",
    ),
    "market": (
        "The benchmark KOSPI fell {pct} points, or {pct} percent, to close at 2,{n}5.",
        "Foreign investors sold a net {n}0 billion won worth of shares.",
        "The local currency closed at 1,3{n}.{m} won against the US dollar.",
    ),
    "sports": (
        "The Korean side scored twice in the second half to win {m}-1 in {place}.",
        "Son Heung-min set up both goals before being substituted in the 80th minute.",
        "The team will face Japan in the semifinals {time}.",
    ),
    "culture": (
        "The exhibition runs through the end of the month at the National Museum of Korea.",
        "The film drew {n}0,000 viewers in its opening weekend, according to the Korean"
        " Film Council.",
        "Tickets for the concert sold out within {m} minutes, the agency said.",
    ),
    "business": (
        "Samsung Electronics said operating profit rose {pct} percent in the second quarter.",
        "SK hynix plans to invest {n} trillion won in a new chip plant in Yongin.",
        "Hyundai Motor said it would build an EV plant in Georgia with LG Energy Solution.",
    ),
    "life": (
        "The Korea Meteorological Administration issued a heat wave warning for Seoul.",
        "Visitors can join a temple stay program at Jogye Temple on weekends.",
        "The number of single-person households reached a record {n} percent last year.",
    ),
    "entertainment": (
        "The group's new album topped the Billboard 200 chart {time}.",
        "The drama recorded a viewer rating of {pct} percent for its finale.",
        "The agency said the singer would begin military service {time}.",
    ),
    "world": (
        "The foreign ministers of South Korea, Japan and the United States met in {place}.",
        "Washington and Seoul agreed to expand cooperation on supply chains.",
        "The UN Security Council failed to adopt a statement on the {topic}.",
    ),
}
_HEADLINES = (
    "{org} {verb} {topic} measures",
    "{person} on {topic}: 'No reason to change course'",
    "{topic} in focus as {org} meets in {place}",
    "Talks on {topic} end without deal",
    "{org} to review {topic} {time}",
    "{topic} draws {n},000 in {place}",
    "Experts split over {topic}",
)
_QUOTES = (
    "We will respond firmly to any provocation",
    "The situation remains fluid, and we are watching it closely",
    "This is a turning point for the industry",
    "We expect demand to pick up in the second half",
    "There is no reason to change course at this stage",
    "Our priority is the safety of the people",
    "It will take time for the measures to show results",
    "We are open to dialogue without preconditions",
    "The numbers speak for themselves",
    "Nobody expected the response to be this strong",
    "We need a consensus before moving forward",
    "The fans gave us the energy to keep going",
)
_CAPTIONS = (
    "{person} speaks during a meeting at {org} in {place} {time}.",
    "Visitors look around an exhibition in {place} {time}.",
    "A file photo of the headquarters of {org} in {place}.",
    "Players celebrate after the match in {place} {time}.",
    "People watch a news broadcast at a train station in {place} {time}.",
    "Workers assemble vehicles at a plant in {place}.",
)


@dataclass(frozen=True, slots=True)
class BuiltCache:
    """A cache directory pair built by :func:`build_cache`, with what went into it."""

    cache_dir: Path
    data_dir: Path
    n: int
    seed: int
    build_seconds: float
    text_bytes: int
    """UTF-8 bytes of the articles' text: headline, subheadline, summary, paragraphs,
    captions, quotes and speakers."""
    json_bytes: int
    """UTF-8 bytes of the articles' JSON (``to_json``)."""
    listed: int = 0
    """Headlines only listed (:func:`listed_headlines`), on top of the articles'."""
    listed_seconds: float = 0.0


class _Writer:
    """Sentences from templates, with one article's random state and cast."""

    def __init__(self, rng: random.Random, section: str) -> None:
        # A small cast per article, as in a real story: a few organisations, places, topics.
        self.rng = rng
        self.topics = rng.sample(_TOPICS[section].split("|"), 2)
        self.orgs = rng.sample(_ORGS, 2)
        self.places = rng.sample(_PLACES, 2)
        self.people = [self.person() for _ in range(3)]
        self.templates = _SENTENCES + _DESK_SENTENCES[section] * 2

    def person(self) -> str:
        return f"{self.rng.choice(_FAMILY)} {self.rng.choice(_GIVEN)}"

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            org=r.choice(self.orgs),
            verb=r.choice(_VERBS),
            topic=r.choice(self.topics),
            time=r.choice(_TIMES),
            place=r.choice(self.places),
            person=r.choice(self.people),
            role=r.choice(_ROLES),
            pct=f"{r.randint(1, 40)}.{r.randint(0, 9)}",
            n=r.randint(2, 95),
            nth=_ordinal(r.randint(2, 30)),
            m=r.randint(2, 12),
            year=r.randint(1995, 2022),
        )

    def sentence(self) -> str:
        text = self.fill(self.rng.choice(self.templates))
        return text[0].upper() + text[1:]

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 3)))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Unification Minister",
    "Defense Minister",
    "Trade Minister",
    "Rep.",
    "Seoul Mayor",
    "Bank of Korea Governor",
    "",
)
_ORG_NAMES: tuple[tuple[str, ...], ...] = (
    ("Ministry of Unification", "Unification Ministry"),
    ("Ministry of Foreign Affairs", "Foreign Affairs Ministry"),
    ("Ministry of National Defense", "National Defense Ministry"),
    *((org.removeprefix("the "),) for org in _ORGS),
)
_ANONYMOUS = (
    "a senior official",
    "an official at the ministry",
    "a government source",
    "a senior NATO official",
    "an industry official",
    "a diplomatic source",
    "officials",
    "a presidential official",
)
_CAST_SIZE = 300


def _cast() -> tuple[tuple[tuple[str, str], ...], list[float]]:
    """The people and organisations quoted again and again, with Zipf weights: a few are in
    the news every day, most now and then. Each is ``(name, title)``; an organisation's
    title is ``"org"``."""
    rng = random.Random("cast")
    people: dict[str, str] = {}
    while len(people) < _CAST_SIZE - len(_ORG_NAMES):
        people.setdefault(f"{rng.choice(_FAMILY)} {rng.choice(_GIVEN)}", rng.choice(_TITLES))
    cast = [*people.items(), *((names[0], "org") for names in _ORG_NAMES)]
    rng.shuffle(cast)
    weights = [1 / (rank + 1) for rank in range(len(cast))]
    total = sum(weights)
    cumulative, running = [], 0.0
    for weight in weights:
        running += weight / total
        cumulative.append(running)
    return tuple(cast), cumulative


_CAST, _CAST_WEIGHTS = _cast()
_ORG_VARIANTS = {names[0]: names for names in _ORG_NAMES}


def _speaker(w: _Writer) -> tuple[str, str | None, str | None]:
    """``(as written in the sentence, Quote.speaker, Quote.speaker_short)``: a recurring
    person or organisation (45%), someone of this article only (30%), an anonymous speaker
    (20%) or nobody (5%)."""
    r = w.rng.random()
    if r < 0.45:
        ((name, title),) = w.rng.choices(_CAST, cum_weights=_CAST_WEIGHTS)
        if title == "org":
            variant = w.rng.choice(_ORG_VARIANTS[name])
            return f"the {variant}", variant, variant
        form = w.rng.random()
        if title and form < 0.5:
            return f"{title} {name}", f"{title} {name}", name
        if form < 0.7:
            role = f"{name}, {w.rng.choice(_ROLES)}"
            return role, role, name
        return name, name, name
    if r < 0.75:
        name = w.rng.choice(w.people)
        return name, name, name
    if r < 0.95:
        phrase = w.rng.choice(_ANONYMOUS)
        return phrase, phrase, phrase.split(" ", 1)[-1]
    return "", None, None


def _quote_paragraph(w: _Writer, index: int) -> tuple[str, Quote]:
    words = w.rng.choice(_QUOTES)
    written, speaker, short = _speaker(w)
    text = f'"{words}," {written} said.' if written else f'"{words}." The debate went on.'
    quote = Quote(words, speaker, index, "full", 1, 1 + len(words), short)
    return text, quote


def _article(i: int, rng: random.Random) -> Article:
    source = "yonhap" if rng.random() < 0.6 else "koreaherald"
    section = rng.choice(SECTIONS[source])
    w = _Writer(rng, section)
    published = START + timedelta(seconds=rng.randrange(SPAN_SECONDS))
    topic = rng.choice(w.topics)
    headline = w.fill(rng.choice(_HEADLINES))
    headline = headline[0].upper() + headline[1:]
    paragraphs: list[str] = []
    quotes: list[Quote] = []
    for index in range(rng.randint(8, 20)):
        if index and rng.random() < QUOTE_SHARE:
            text, quote = _quote_paragraph(w, index)
            quotes.append(quote)
        else:
            text = w.paragraph()
        paragraphs.append(text)
    if source == "yonhap":
        dateline = f"SEOUL, {published:%B} {published.day} (Yonhap) -- "
        paragraphs[0] = dateline + paragraphs[0]
        url = f"https://en.yna.co.kr/view/AEN{published:%Y%m%d}{i:06d}315"
    else:
        url = f"https://www.koreaherald.com/article/{3_000_000 + i}"
    story, revision = "", 0
    if source == "yonhap" and rng.random() < 0.15:
        story, revision = f"{published:%Y%m%d}{i // 3:06d}", rng.randint(1, 3)
        headline = f"({'LEAD' if revision == 1 else _ordinal(revision) + ' LD'}) {headline}"
    photos = tuple(
        Photo(
            f"{url}/photo{k}.jpg",
            w.fill(rng.choice(_CAPTIONS)),
            "(Yonhap)" if source == "yonhap" else "(Korea Herald)",
            rng.randrange(len(paragraphs)),
        )
        for k in range(rng.randint(0, 3))
    )
    return Article(
        url=url,
        source=source,
        section=_DESKS[section],
        headline=headline,
        subheadline="" if source == "yonhap" else w.sentence(),
        byline="Yonhap" if source == "yonhap" else f"By {w.people[0]}",
        authors=() if source == "yonhap" else (w.people[0],),
        published=published,
        summary=w.sentence() if source == "koreaherald" else "",
        photos=photos,
        paragraphs=tuple(paragraphs),
        tags=(topic, section),
        quotes=tuple(quotes),
        story_id=story,
        revision=revision,
        parser=f"{source}@1",
    )


def articles(n: int, seed: int = 0, start: int = 0) -> Iterator[tuple[str, Article]]:
    """``(section_key, article)`` for articles ``start`` to ``start + n - 1`` of ``seed``'s
    sequence (each article depends only on ``seed`` and its index)."""
    for i in range(start, start + n):
        rng = random.Random(f"{seed}:{i}")
        article = _article(i, rng)
        beat = next(sec for sec in SECTIONS[article.source] if _DESKS[sec] == article.section)
        yield f"{article.source}/{LISTED_IN[article.source][beat]}", article


def article_text_bytes(article: Article) -> int:
    """UTF-8 bytes of an article's own text (what a reader reads), for size comparisons."""
    parts = [article.headline, article.subheadline, article.summary, *article.paragraphs]
    parts += [p.caption for p in article.photos]
    parts += [part for q in article.quotes for part in (q.text, q.speaker or "")]
    return sum(len(p.encode()) for p in parts)


def _headline(key: str, a: Article) -> Headline:
    return Headline(
        a.url,
        a.headline,
        a.source,
        key.split("/")[1],
        a.published,
        story_id=a.story_id,
        revision=a.revision,
    )


def build_cache(path: Path, n: int = 100_000, seed: int = 0, listed: int = 0) -> BuiltCache:
    """A store under ``path`` (``cache/`` and ``data/``) holding ``n`` articles of ``seed``,
    each section listing its newest :data:`LIST_LENGTH` headlines, and ``listed`` headlines
    only listed (:func:`add_listed`); reused when already built with the same parameters."""
    from herald_tui.cache import Store

    marker = path / "built.json"
    wanted = {"n": n, "seed": seed, "generator": GENERATOR_VERSION, "listed": listed}
    if marker.exists():
        recorded = json.loads(marker.read_text())
        if {k: recorded.get(k) for k in wanted} == wanted:
            return BuiltCache(
                **{k: v for k, v in recorded.items() if k != "generator"}
                | {"cache_dir": path / "cache", "data_dir": path / "data"}
            )
    shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    text_bytes = json_bytes = 0
    lists: dict[str, list[Headline]] = {}
    with Store.open(path / "cache", path / "data") as store:
        batch: list[Article] = []
        for key, article in articles(n, seed):
            text_bytes += article_text_bytes(article)
            json_bytes += len(to_json_bytes(article))
            everything = f"{article.source}/{ALL_NEWS[article.source]}"
            for list_key in (key, everything):
                lists.setdefault(list_key, []).append(_headline(list_key, article))
            batch.append(article)
            if len(batch) == 1000:
                store.put_articles(batch, fetched_at=datetime.now(KST))
                batch.clear()
        store.put_articles(batch, fetched_at=datetime.now(KST))
        for key, heads in lists.items():
            heads.sort(key=lambda h: h.published or START, reverse=True)
            store.put_headlines(key, heads[:LIST_LENGTH])
    built_seconds = time.perf_counter() - started
    built = BuiltCache(
        path / "cache",
        path / "data",
        n,
        seed,
        built_seconds,
        text_bytes,
        json_bytes,
        listed,
        add_listed(path, listed, seed) if listed else 0.0,
    )
    record = asdict(built) | {"generator": GENERATOR_VERSION}
    record = {k: v for k, v in record.items() if k not in ("cache_dir", "data_dir")}
    marker.write_text(json.dumps(record))
    return built


def listed_headlines(n: int, seed: int = 0) -> Iterator[tuple[str, Headline]]:
    """``(section_key, headline)`` for ``n`` headlines that were only listed (never stored
    as articles), in the shapes and sections of :func:`articles`, newest last."""
    for i in range(n):
        rng = random.Random(f"listed:{seed}:{i}")
        source = "yonhap" if rng.random() < 0.6 else "koreaherald"
        beat = rng.choice(SECTIONS[source])
        w = _Writer(rng, beat)
        published = START + timedelta(seconds=SPAN_SECONDS * i // max(n, 1))
        title = w.fill(rng.choice(_HEADLINES))
        url = (
            f"https://en.yna.co.kr/view/AEN{published:%Y%m%d}{i:07d}9"
            if source == "yonhap"
            else f"https://www.koreaherald.com/article/{9_000_000 + i}"
        )
        section = LISTED_IN[source][beat]
        summary = w.sentence() if rng.random() < 0.7 else ""
        yield (
            f"{source}/{section}",
            Headline(url, title[0].upper() + title[1:], source, section, published, summary),
        )


def add_listed(path: Path, n: int, seed: int = 0) -> float:
    """Add ``n`` listed-only headlines to the store under ``path`` (as :func:`build_cache`
    made it), each section's list stored :data:`LIST_LENGTH` at a time as refreshes would;
    return the seconds it took."""
    from herald_tui.cache import Store

    started = time.perf_counter()
    pending: dict[str, list[Headline]] = {}
    with Store.open(path / "cache", path / "data") as store:
        for key, headline in listed_headlines(n, seed):
            batch = pending.setdefault(key, [])
            batch.append(headline)
            if len(batch) == LIST_LENGTH:
                store.put_headlines(key, batch)
                batch.clear()
        for key, batch in pending.items():
            if batch:
                store.put_headlines(key, batch)
    return time.perf_counter() - started


def to_json_bytes(article: Article) -> bytes:
    """The article's JSON as stored (before compression)."""
    from herald_tui.model import to_json

    return to_json(article).encode()


if __name__ == "__main__":
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    listed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    print(build_cache(target, count, listed=listed))
