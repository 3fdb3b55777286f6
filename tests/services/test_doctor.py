"""``herald-tui doctor`` and ``read --save-html`` against the demo site on loopback: the demo
as it is, a section broken on purpose, and the whole site "redesigned" (classes and ids
rewritten)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from herald_tui.demo.wire import Request, respond
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.report import safe_headers
from tests.faultsite import REDESIGN_PREFIX, FaultServer
from tests.services.conftest import LEAD, run

VERDICT = re.compile(r"^(\S+/\S+)  .*: (healthy|degraded|broken)$", re.M)


def verdicts(out: str) -> dict[str, str]:
    return dict(VERDICT.findall(out))


@pytest.fixture
def point(demo: FaultServer, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], FaultServer]:
    """Point both plugins at the demo server (under a path prefix), as the config would."""

    def point_at(prefix: str = "") -> FaultServer:
        for name in ("yonhap", "koreaherald"):
            monkeypatch.setenv(f"HERALD_TUI_SITE_{name.upper()}", f"{demo.base_url}{prefix}/{name}")
        return demo

    return point_at


def test_the_demo_site_is_healthy(capsys: pytest.CaptureFixture[str], dirs: list[str]) -> None:
    code, out, err = run(capsys, "--demo", *dirs, "doctor")
    assert err == ""
    found = verdicts(out)
    assert set(found.values()) == {"healthy"} and len(found) == 15
    assert code == 0 and out.endswith("0 broken sections\n")
    assert "found: headline, published, updated, byline, section, summary, body (" in out
    assert "problem:" not in out


def test_a_broken_section_is_named_and_saved(
    capsys: pytest.CaptureFixture[str],
    dirs: list[str],
    point: Callable[..., FaultServer],
    tmp_path: Path,
) -> None:
    async def error(request: Request, writer):  # type: ignore[no-untyped-def]
        return respond(writer, 500, b"oops", "text/plain", {"Set-Cookie": "id=secret"})

    demo = point()
    demo.route("/yonhap/nk/index", error)
    demo.route("/yonhap/", error)
    reports = tmp_path / "reports"
    code, out, _ = run(capsys, *dirs, "doctor", "--source", "yonhap", "--save", str(reports))
    found = verdicts(out)
    assert found.pop("yonhap/nk") == "broken"
    assert set(found.values()) == {"healthy"}
    assert code == 1 and "problem: no headlines: " in out and "HTTP 500" in out
    [bundle] = list(reports.iterdir())
    assert bundle.name.endswith("-yonhap-nk-list")
    report = json.loads((bundle / "report.json").read_text("utf-8"))
    assert report["url"] == "https://en.yna.co.kr/nk/index"
    assert "HTTP 500" in report["problem"] and report["versions"]["parser"] == "yonhap@2"
    assert report["versions"]["quotes"] == "source"  # the tests run the source, not a build
    assert not (bundle / "page.html").exists()  # no page came


def test_a_redesigned_site_is_degraded_not_broken(
    capsys: pytest.CaptureFixture[str],
    dirs: list[str],
    point: Callable[..., FaultServer],
    tmp_path: Path,
) -> None:
    point()
    _, plain, _ = run(capsys, *dirs, "doctor", "--source", "yonhap")
    point(REDESIGN_PREFIX.rstrip("/"))
    reports = tmp_path / "reports"
    code, out, _ = run(capsys, *dirs, "doctor", "--source", "yonhap", "--save", str(reports))
    assert code == 0 and set(verdicts(out).values()) == {"degraded"}
    assert "list page read by link harvest: site rules found nothing" in out
    assert "newest article: generic fallback used" in out
    # The same headlines are found, by the other path.
    counts = re.compile(r"^  list +(\S+)  (\d+) headlines \((.*?)\)", re.M)
    before = {url: (n, path) for url, n, path in counts.findall(plain)}
    after = {url: (n, path) for url, n, path in counts.findall(out)}
    assert {u: n for u, (n, _) in after.items()} == {u: n for u, (n, _) in before.items()}
    assert {p for _, p in before.values()} == {"site rules"}
    assert {p for _, p in after.values()} == {"link harvest"}
    bundles = sorted(reports.iterdir())
    assert bundles
    page = (bundles[0] / "page.html").read_text("utf-8")
    assert 'class="z' in page and "smain-list-type01" not in page
    headers = json.loads((bundles[0] / "headers.json").read_text("utf-8"))
    assert headers["content-type"].startswith("text/html")
    assert (bundles[0] / "parsed.json").exists()


def test_report_headers_never_carry_cookies() -> None:
    sent = {"Set-Cookie": "a=b", "Content-Type": "text/html", "cookie": "c", "ETag": '"x"'}
    assert safe_headers(sent) == {"content-type": "text/html", "etag": '"x"'}


def test_read_save_html_saves_the_page_it_prints(
    capsys: pytest.CaptureFixture[str],
    dirs: list[str],
    point: Callable[..., FaultServer],
    tmp_path: Path,
) -> None:
    point()
    saved = tmp_path / "page.html"
    code, out, err = run(capsys, *dirs, "read", LEAD, "--save-html", str(saved), "--format", "json")
    assert (code, err) == (0, "")
    page = saved.read_text("utf-8")
    assert json.loads(out) == json.loads(
        _json(YonhapFetcher().parse_article(page, LEAD))
    )  # what was printed is what the saved page parses to, offline
    code, again, _ = run(capsys, *dirs, "read", LEAD, "--html", str(saved), "--format", "json")
    assert code == 0 and json.loads(again) == json.loads(out)


def _json(article: object) -> str:
    from herald_tui.model import Article, to_json

    assert isinstance(article, Article)
    return to_json(article)


def test_the_report_cleans_every_field_it_prints() -> None:
    import argparse
    import io

    from herald_tui.cli import Context
    from herald_tui.commands.doctor import _print
    from herald_tui.config import Settings
    from herald_tui.doctor import Probe, SectionReport
    from herald_tui.model import Section

    hostile = "\x1b]0;owned\x07\x1b[2J"
    section = Section("yonhap", "nk", f"North Korea{hostile}")
    report = SectionReport(
        section,
        probes=[
            Probe("feed", f"https://en.yna.co.kr/RSS/nk.xml{hostile}", count=3, path="feed"),
            Probe("article", f"https://en.yna.co.kr/view/A{hostile}", error=f"bad{hostile}"),
        ],
    )
    out = io.StringIO()
    ctx = Context(argparse.Namespace(), Settings(), None, stdout=out)  # type: ignore[arg-type]
    _print(ctx, report)
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
    assert "North Korea" in out.getvalue()
