"""``herald-tui read URL --html FILE``: the three output formats, and its one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from herald_tui.cli import main
from herald_tui.export import article_markdown, md_escape
from herald_tui.fetchers.yonhap import YonhapFetcher
from herald_tui.model import Article, from_json
from tests.fetchers.conftest import FIXTURES

URL = "https://en.yna.co.kr/view/AEN20260501000351315"
PAGE = (Path(__file__).parent / "data" / "festival.html").read_text(encoding="utf-8")

# Written by hand: how the article should read on paper.
TEXT = """\
Yonhap News Agency · National
(LEAD) Seoul to extend subway hours during festival

By Park Min-ji
Published 2026-05-01 09:30 KST · Updated 2026-05-01 11:05 KST

SEOUL, May 1 (Yonhap) -- Seoul will run its subways an hour longer during the
city's spring festival, officials said Friday.

[Photo] Commuters board a train at Seoul Station on May 1, 2026. (Yonhap)

Trains will run until 2 a.m.

[Video] Festival preview <https://youtu.be/AbCdEfGhIjK>

Tags: subway, festival

Related:
- Seoul festival draws record crowds
  <https://en.yna.co.kr/view/AEN20260430001100315>

https://en.yna.co.kr/view/AEN20260501000351315
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _read(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["read", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_reads_like_paper(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _read(capsys, URL + "?section=news", "--html", str(page))
    assert (code, err) == (0, "")
    assert out == TEXT


def test_json_is_the_model(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _read(capsys, URL, "--html", str(page), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["published"] == "2026-05-01T09:30:00+09:00"
    assert data["updated"] == "2026-05-01T11:05:00+09:00"
    assert data["parser"] == "yonhap@1"
    assert data["email"] == "pmj@yna.co.kr" and data["revision"] == 51
    assert from_json(Article, out) == YonhapFetcher().parse_article(PAGE, URL)


def test_markdown(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _read(capsys, URL, "--html", str(page), "--format", "markdown")
    assert code == 0
    blocks = out.split("\n\n")
    assert blocks[0] == "*Yonhap News Agency · National*"
    assert blocks[1] == "# (LEAD) Seoul to extend subway hours during festival"
    assert blocks[2] == (
        "*By Park Min-ji · Published 2026-05-01 09:30 KST · Updated 2026-05-01 11:05 KST*"
    )
    caption = "Commuters board a train at Seoul Station on May 1, 2026. (Yonhap)"
    assert f"![{caption}](<https://img1.yna.co.kr/p.jpg>)\n*{caption}*" in blocks
    # Not one of the sites' hosts: plain text, not a live link (issue 14 item 22).
    assert "Video: Festival preview `https://youtu.be/AbCdEfGhIjK`" in blocks
    assert (
        "- [Seoul festival draws record crowds](<https://en.yna.co.kr/view/AEN20260430001100315>)"
        in out
    )
    assert blocks.index("Trains will run until 2 a.m.") > blocks.index(
        "SEOUL, May 1 (Yonhap) -- Seoul will run its subways an hour longer during the city's "
        "spring festival, officials said Friday."
    )


def test_markdown_cannot_be_injected() -> None:
    hostile = (FIXTURES / "yonhap" / "hostile.html").read_text(encoding="utf-8")
    article = YonhapFetcher().parse_article(
        hostile, "https://en.yna.co.kr/view/AEN20260401000100315"
    )
    out = article_markdown(article)
    assert "javascript" not in out and "data:" not in out
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\[@click=app.quit\\]" in out and "[@click" not in out.replace("\\[@click", "")
    assert (
        md_escape("<b>&amp; [x](javascript:y) *z*")
        == "\\<b\\>\\&amp; \\[x\\](javascript:y) \\*z\\*"
    )
    assert md_escape("# not a heading\n- not a list\n1. not a list\n 2) nor this") == (
        "\\# not a heading\n\\- not a list\n1\\. not a list\n 2\\) nor this"
    )
    assert md_escape("1950-53 Korean War. 3.5 percent") == "1950-53 Korean War. 3.5 percent"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["https://example.com/news/1", "--html", "x.html"],
            "no site plugin reads https://example.com/news/1",
        ),
        (["javascript:alert(1)", "--html", "x.html"], "no site plugin reads javascript:alert(1)"),
        ([URL, "--html", "/nonexistent/page.html"], "cannot read /nonexistent/page.html"),
    ],
)
def test_errors_are_one_line(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _read(capsys, *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_not_an_article_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "list.html"
    page.write_text("<html><body><ul><li>x</li></ul></body></html>")
    code, _, err = _read(capsys, URL, "--html", str(page))
    assert code == 1
    reason = "not an article (no headline and no body text)"
    assert err == f"herald-tui: error: yonhap: could not parse {URL}: {reason}\n"


def test_hostile_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<div>" * 100_000)
    code, _, err = _read(capsys, URL, "--html", str(page))
    assert code == 1 and "elements nested more than 512 deep" in err and err.count("\n") == 1
