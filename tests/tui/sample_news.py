"""Invented news in the two sites' styles, for the app's tests, snapshots and benchmarks.

Every name, quote and figure here is made up. The shapes are real: Yonhap's "(LEAD)"
revisions and "(Yonhap)" credits, The Korea Herald's bracketed rubrics ("[Weekender]"),
photos between paragraphs, a table kept as rows, Hangul names, an emoji, a 45-paragraph story.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from herald_tui.model import (
    Article,
    Headline,
    Link,
    Photo,
    Quote,
    QuoteKind,
    Section,
    Source,
    Video,
)

KST = timezone(timedelta(hours=9))
NOW = datetime(2024, 7, 10, 15, 0, tzinfo=KST)
"""The fixed "now" of every test: relative times are computed against it."""

YNA = "https://en.yna.co.kr/view/"
KH = "https://www.koreaherald.com/article/"


def at(hour: int, minute: int, day: int = 10) -> datetime:
    """A time on July ``day``, 2024, KST."""
    return datetime(2024, 7, day, hour, minute, tzinfo=KST)


SOURCES = (
    Source("yonhap", "Yonhap News Agency", "https://en.yna.co.kr"),
    Source("koreaherald", "The Korea Herald", "https://www.koreaherald.com"),
)

SECTIONS = {
    "yonhap": (
        Section("yonhap", "national", "National", ("https://en.yna.co.kr/RSS/national.xml",)),
        Section("yonhap", "nk", "North Korea", ("https://en.yna.co.kr/RSS/nk.xml",)),
        Section("yonhap", "economy", "Economy", ("https://en.yna.co.kr/RSS/economy.xml",)),
        Section("yonhap", "culture", "Culture", ("https://en.yna.co.kr/RSS/culture.xml",)),
        Section("yonhap", "sports", "Sports", ("https://en.yna.co.kr/RSS/sports.xml",)),
    ),
    "koreaherald": (
        Section("koreaherald", "national", "National", list_url=KH + "list/national"),
        Section("koreaherald", "business", "Business", list_url=KH + "list/business"),
        Section("koreaherald", "life", "Life & Culture", list_url=KH + "list/life"),
        Section("koreaherald", "opinion", "Opinion", list_url=KH + "list/opinion"),
    ),
}

# -- Yonhap ---------------------------------------------------------------------------------

MISSILE_URL = YNA + "AEN20240710000351315"
MISSILE = Article(
    url=MISSILE_URL,
    source="yonhap",
    section="North Korea",
    headline="(LEAD) N. Korea fires ballistic missile into East Sea: JCS",
    byline="Yonhap",
    published=at(7, 12),
    updated=at(9, 28),
    summary="North Korea fired a short-range ballistic missile off its east coast on Wednesday.",
    photos=(
        Photo(
            "https://img2.yna.co.kr/photo/yna/YH/2024/07/10/PYH2024071000410001300_P4.jpg",
            "People watch a news report on North Korea's missile launch at Seoul Station in "
            "Seoul on July 10, 2024.",
            "(Yonhap)",
            1,
        ),
    ),
    paragraphs=(
        "SEOUL, July 10 (Yonhap) -- North Korea fired a short-range ballistic missile off its "
        "east coast on Wednesday, South Korea's military said, days after the North vowed to "
        "respond to a joint air drill by Seoul and Washington.",
        "The missile was launched from the Jangyon area in South Hwanghae Province at around "
        "7:05 a.m. and flew some 600 kilometers before splashing into the sea, the Joint Chiefs "
        "of Staff (JCS) said.",
        '"Our military is watching for further launches and keeps sharing what it learns with '
        'the U.S. and Japan," the JCS said in a text message sent to reporters.',
        "The launch came three days after the North's defense ministry warned of "
        '"overwhelming" countermeasures against what it called provocative drills near its '
        "border.",
        "(END)",
    ),
    tags=("North Korea", "missile", "JCS"),
    story_id="AEN20240710000300315",
    revision=1,
)

RAIN_URL = YNA + "AEN20240710004200315"
RAIN = Article(
    url=RAIN_URL,
    source="yonhap",
    section="National",
    headline="Heavy rain warnings issued for central regions as monsoon front stalls",
    byline="Yonhap",
    published=at(13, 40),
    photos=(
        Photo(
            "https://img2.yna.co.kr/photo/yna/YH/2024/07/10/PYH2024071002100001300_P4.jpg",
            "A car drives through a flooded road in Daejeon, 140 kilometers south of Seoul, on "
            "July 10, 2024.",
            "(PHOTO NOT FOR SALE) (Yonhap)",
            0,
        ),
    ),
    paragraphs=(
        "SEOUL, July 10 (Yonhap) -- Heavy rain warnings were issued for Seoul and much of the "
        "central region on Wednesday as a stationary monsoon front dumped up to 60 millimeters "
        "an hour, the weather agency said.",
        "Accumulated rainfall since Monday, in millimeters:\n"
        "Seoul        112.5\nIncheon       98.0\nChuncheon    143.2\nDaejeon      187.9",
        "Residents of Ms. Choi Eun-young's (최은영) neighborhood in Daejeon were evacuated "
        "overnight after a stream burst its banks, officials said.",
        '"Please refrain from going out unless absolutely necessary," Interior Minister Lee '
        "Sang-min said during an emergency meeting.",
    ),
    tags=("weather", "monsoon"),
    related=(Link(MISSILE_URL, "(LEAD) N. Korea fires ballistic missile into East Sea: JCS"),),
)

EXPORTS_URL = YNA + "AEN20240710001100320"
EXPORTS = Article(
    url=EXPORTS_URL,
    source="yonhap",
    section="Economy",
    headline="S. Korea's exports rise for 9th straight month on chip demand",
    byline="Yonhap",
    published=at(10, 5),
    paragraphs=(
        "SEJONG, July 10 (Yonhap) -- South Korea's exports rose for the ninth consecutive "
        "month in June on robust demand for semiconductors, government data showed Wednesday.",
        "Item            June          Change\nSemiconductors  US$13.4 bln   +50.9%\n"
        "Automobiles     US$6.2 bln    -0.2%\nPetrochemicals  US$4.1 bln    +3.8%",
        '"The recovery is led by chips, but we expect a broader rebound in the second half," '
        "Trade Minister Ahn Duk-geun said in a statement.",
    ),
    tags=("exports", "chips", "trade"),
)

CONDUCTOR_URL = YNA + "AEN20240709006500315"
CONDUCTOR = Article(
    url=CONDUCTOR_URL,
    source="yonhap",
    section="Culture",
    headline="Kim Min-ji (김민지) named first female chief conductor of Seoul Philharmonic 🎻",
    subheadline="The 41-year-old says she wants the orchestra to play in every district of Seoul",
    byline="By Park Soo-jin (박수진)",
    published=at(16, 20, day=9),
    photos=(
        Photo(
            "https://img2.yna.co.kr/photo/yna/YH/2024/07/09/PYH2024070906500001300_P4.jpg",
            "Conductor Kim Min-ji (김민지) poses during an interview at the Sejong Center for the "
            "Performing Arts in Seoul on July 9, 2024. 🎻",
            "(Yonhap)",
            1,
        ),
    ),
    videos=(
        Video(
            "https://www.yna.co.kr/video/MYH20240709006500038",
            "Kim Min-ji rehearses Mahler's Fifth with the orchestra",
            3,
        ),
    ),
    paragraphs=(
        "SEOUL, July 9 (Yonhap) -- Kim Min-ji (김민지) has been named the first female chief "
        "conductor in the 79-year history of the Seoul Philharmonic Orchestra, the orchestra "
        "said Tuesday.",
        '"Music belongs to everyone who lives in this city," Kim told Yonhap News Agency in an '
        'interview. "I want us to play in all 25 districts, not only in concert halls."',
        "Kim, who studied at the Korea National University of Arts and in Vienna, will start "
        "her five-year term in January.",
        "She will open her first season with Mahler's Symphony No. 5, the orchestra said.",
    ),
    tags=("Seoul Philharmonic", "Kim Min-ji", "classical music"),
    related=(Link(RAIN_URL, "Heavy rain warnings issued for central regions"),),
)


def _budget_paragraphs() -> tuple[str, ...]:
    lead = (
        "SEOUL, July 10 (Yonhap) -- Lawmakers on Wednesday began a marathon review of the "
        "government's 18.4 trillion-won supplementary budget, with rival parties clashing over "
        "cash handouts, regional airports and support for small merchants.",
    )
    speakers = (
        ("Rep. Park Ji-hoon (박지훈) of the Democratic Party", "the cut is not acceptable"),
        ("Finance Minister Choi Sang-mok", "the fiscal rule must be kept"),
        ("Rep. Lee Soo-yeon of the ruling People Power Party", "the plan is balanced"),
        ("Kang Hye-won, a researcher at the Korea Development Institute", "timing matters"),
    )
    body: list[str] = []
    for n in range(1, 45):
        who, view = speakers[n % len(speakers)]
        if n % 5 == 0:
            body.append(
                f'"On item {n}, {view}," {who} told the committee, adding that the details '
                "would be settled in a subcommittee later this week."
            )
        else:
            body.append(
                f"Item {n} of the plan sets aside {n * 37 % 900 + 100} billion won for "
                f"{('job training', 'rural clinics', 'flood defenses', 'youth housing')[n % 4]}"
                f", which {who} said was {('too little', 'about right', 'overdue')[n % 3]}."
            )
    return lead + tuple(body)


BUDGET_URL = YNA + "AEN20240710003900315"
BUDGET = Article(
    url=BUDGET_URL,
    source="yonhap",
    section="National",
    headline="Parliament begins review of extra budget amid partisan wrangling",
    byline="Yonhap",
    published=at(11, 50),
    paragraphs=_budget_paragraphs(),
    photos=(
        Photo(
            "https://img2.yna.co.kr/photo/yna/YH/2024/07/10/PYH2024071003900001300_P4.jpg",
            "Members of the budget committee attend a plenary session at the National Assembly "
            "in Seoul on July 10, 2024.",
            "(Yonhap)",
            22,
        ),
    ),
    tags=("budget", "National Assembly"),
)

# -- The Korea Herald -----------------------------------------------------------------------

BUS_URL = KH + "10001234"
BUS = Article(
    url=BUS_URL,
    source="koreaherald",
    section="Social affairs",
    headline="Seoul to expand late-night bus routes for shift workers",
    subheadline="Twelve new 'owl bus' lines will run from 11:30 p.m. to 6 a.m.",
    byline="By Lee Jung-joo",
    published=at(12, 3),
    updated=at(14, 10),
    photos=(
        Photo(
            "https://wimg.heraldcorp.com/content/default/2024/07/10/20240710050123_0.jpg",
            "A late-night bus waits at a stop near Gangnam Station in southern Seoul.",
            "(Yonhap)",
            2,
        ),
    ),
    paragraphs=(
        "The Seoul Metropolitan Government said Wednesday it will add 12 late-night bus lines "
        "by October, mainly serving industrial complexes and hospitals where workers end their "
        "shifts after midnight.",
        '"Those who keep the city running at night deserve a safe ride home," Seoul Mayor Oh '
        "Se-hoon said at a press briefing.",
        "The city said ridership of the existing 14 lines rose 23 percent last year.",
        "Fares will stay at 2,500 won, the city added.",
    ),
    tags=("Seoul", "transport"),
    related=(Link(RAIN_URL, "Heavy rain warnings issued for central regions"),),
    email="jjlee@heraldcorp.com",
)

FOLD_URL = KH + "10001301"
FOLD = Article(
    url=FOLD_URL,
    source="koreaherald",
    section="Industry",
    headline="Samsung unveils slimmer foldables at Paris event",
    byline="By Jo He-rim",
    published=at(9, 0),
    paragraphs=(
        "Samsung Electronics on Wednesday unveiled its sixth-generation foldable phones in "
        "Paris, betting on built-in AI features to revive demand.",
        '"Foldables are no longer a niche," said Choi Won-joon, head of the company\'s mobile '
        "experience business.",
    ),
    videos=(Video("https://www.youtube.com/watch?v=xxxxxxxxxxx", "Samsung Unpacked in 90 s", 1),),
    tags=("Samsung", "smartphones"),
)

PICNIC_URL = KH + "10001377"
PICNIC = Article(
    url=PICNIC_URL,
    source="koreaherald",
    section="Life & Culture",
    headline="[Weekender] Han River picnic culture goes viral 🧺",
    byline="By Kim Da-sol (김다솔)",
    published=at(8, 30),
    photos=(
        Photo(
            "https://wimg.heraldcorp.com/content/default/2024/07/10/20240710050777_0.jpg",
            "Visitors enjoy a picnic at Yeouido Hangang Park in Seoul. 🧺",
            "(Herald DB)",
            0,
        ),
    ),
    paragraphs=(
        "Mats, fried chicken delivered to the riverbank and a portable speaker: the Han River "
        "picnic has become one of Seoul's most shared scenes online.",
        '"We come every Friday after work," said Yoon Ha-eun (윤하은), 29, an office worker.',
    ),
    tags=("Han River", "Weekender"),
)

EDITORIAL_URL = KH + "10001390"
EDITORIAL = Article(
    url=EDITORIAL_URL,
    source="koreaherald",
    section="Editorial",
    headline="[Editorial] Housing first",
    byline="The Korea Herald",
    published=at(19, 0, day=9),
    paragraphs=(
        "Policies to lift the birth rate will fail as long as young couples cannot afford a "
        "home near their workplaces.",
        "The government should put housing at the center of its population plan.",
    ),
)

# -- quotations ------------------------------------------------------------------------------


def quoted(
    article: Article,
    where: int | None,
    words: str,
    speaker: str | None,
    short: str | None = None,
    kind: QuoteKind = "full",
    until: int | None = None,
) -> Quote:
    """The quotation of ``words`` in paragraph ``where`` (None: the headline), by hand.

    ``until``: the last paragraph of a quotation over several; ``words`` is then the start
    the start of the first piece and the end of the last, joined with " ... ". Offsets come
    from finding ``words`` in the text, so the sample stays right if a paragraph is edited."""
    text = article.headline if where is None else article.paragraphs[where]
    if until is None:
        start = text.index(words)
        return Quote(words, speaker, where, kind, start, start + len(words), short)
    head, tail = words.split(" ... ")
    start = text.index(head)
    last = article.paragraphs[until]
    end = last.index(tail) + len(tail)
    assert where is not None
    pieces = [text[start:], *article.paragraphs[where + 1 : until], last[:end]]
    words = " ".join(piece.lstrip('"“') for piece in pieces)  # without the opening marks
    return Quote(words, speaker, where, kind, start, end, short, until)


COACH = "South Korea head coach Park Sung-woo"
CAPTAIN = "Team captain Seo Min-jun, who plays for Bayern Munich"

SQUAD_URL = YNA + "AEN20240710006100315"
_SQUAD = Article(
    url=SQUAD_URL,
    source="yonhap",
    section="Sports",
    headline="'We will fight for every ball': Park names young squad for World Cup qualifiers",
    byline="By Oh Ji-hoon",
    published=at(14, 25),
    paragraphs=(
        "SEOUL, July 10 (Yonhap) -- South Korea head coach Park Sung-woo on Wednesday named a "
        "26-man squad with seven uncapped players for next month's World Cup qualifiers, saying "
        'his side would "fight for every ball" against Oman and Jordan.',
        '"We have talented young players who are not afraid of big stadiums. They earned this '
        "call-up in the K League, week after week.",
        '"I will not pick players on reputation. If a veteran is in better form, he plays; if a '
        'teenager is, he plays," Park told reporters at the National Football Center in '
        "Cheonan.",
        "Three of the new faces are 19 or younger, including Ulsan HD forward Kang Ji-hoon "
        "(강지훈), who leads the league with 11 goals.",
        "Team captain Seo Min-jun, who plays for Bayern Munich, welcomed the call-ups. "
        '"The young players bring energy. Our job is to make them feel at home," Seo said in a '
        "statement released by the Korea Football Association (KFA).",
        "The KFA said ticket sales for the Sept. 5 match in Seoul had passed 50,000 within a day.",
        '"Finally, a coach who trusts youth," read one of the most shared posts on the KFA\'s '
        "fan board.",
        'Park said he would "not change the system" for the Oman match but hinted at a new '
        "partner for Seo in central midfield.",
        "South Korea top Group B with seven points from three matches.",
        "(END)",
    ),
    tags=("football", "World Cup qualifiers"),
)
SQUAD = dataclasses.replace(
    _SQUAD,
    quotes=(
        quoted(_SQUAD, None, "We will fight for every ball", COACH, "Park Sung-woo"),
        quoted(_SQUAD, 0, "fight for every ball", COACH, "Park Sung-woo", "partial"),
        quoted(
            _SQUAD,
            1,
            "We have talented young players ... he plays,",
            COACH,
            "Park Sung-woo",
            until=2,
        ),
        quoted(
            _SQUAD,
            4,
            "The young players bring energy. Our job is to make them feel at home,",
            CAPTAIN,
            "Seo Min-jun",
        ),
        quoted(_SQUAD, 6, "Finally, a coach who trusts youth,", None),
        quoted(_SQUAD, 7, "not change the system", COACH, "Park Sung-woo", "partial"),
    ),
)
"""A sports story with a headline quotation, one over two paragraphs, partial ones and one
nobody can be named for; its quotations are written out by hand (not extracted)."""

ARTICLES = (MISSILE, RAIN, EXPORTS, CONDUCTOR, BUDGET, BUS, FOLD, PICNIC, EDITORIAL, SQUAD)


def headline_of(article: Article, section: str) -> Headline:
    """The list entry a site would give for ``article`` in ``section``."""
    return Headline(
        url=article.url,
        title=article.headline,
        source=article.source,
        section=section,
        published=article.published,
        summary=article.summary or article.paragraphs[0][:120],
        story_id=article.story_id,
        revision=article.revision,
    )


def uncached(
    url: str, title: str, source: str, section: str, when: datetime, summary: str = ""
) -> Headline:
    """A headline whose article is not in the cache."""
    return Headline(url, title, source, section, published=when, summary=summary)


LISTS: dict[str, list[tuple[Headline, int]]] = {
    "yonhap/national": [
        (headline_of(RAIN, "national"), 1),
        (headline_of(BUDGET, "national"), 1),
        (
            uncached(
                YNA + "AEN20240710002000315",
                "Police raid office of ex-labor union chief over illegal rally",
                "yonhap",
                "national",
                at(11, 2),
                "Police on Wednesday raided the office of a former union leader accused of "
                "organizing an unauthorized rally in central Seoul last month.",
            ),
            1,
        ),
        (
            uncached(
                YNA + "AEN20240709008800315",
                "Seoul subway fares to rise by 150 won in October",
                "yonhap",
                "national",
                at(18, 45, day=9),
            ),
            1,
        ),
    ],
    "yonhap/nk": [
        (headline_of(MISSILE, "nk"), 2),
        (
            uncached(
                YNA + "AEN20240709005100325",
                "Unification ministry urges N. Korea to allow separated families to meet",
                "yonhap",
                "nk",
                at(15, 30, day=9),
            ),
            1,
        ),
    ],
    "yonhap/economy": [(headline_of(EXPORTS, "economy"), 1)],
    "yonhap/culture": [(headline_of(CONDUCTOR, "culture"), 1)],
    "yonhap/sports": [(headline_of(SQUAD, "sports"), 1)],
    "koreaherald/national": [(headline_of(BUS, "national"), 1)],
    "koreaherald/business": [(headline_of(FOLD, "business"), 1)],
    "koreaherald/life": [(headline_of(PICNIC, "life"), 1)],
    "koreaherald/opinion": [(headline_of(EDITORIAL, "opinion"), 1)],
}
"""Cached headline lists (with the number of revisions folded into each row)."""

FRESH = uncached(
    YNA + "AEN20240710005500315",
    "(2nd LD) Yoon, Kishida agree to step up missile data sharing",
    "yonhap",
    "nk",
    at(14, 50),
)
"""What a refresh of ``yonhap/nk`` finds that the cache does not have yet."""
