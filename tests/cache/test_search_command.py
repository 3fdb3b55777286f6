"""``herald-tui search`` with filter options, listed headlines, and bad filters as one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from herald_tui.cache import Store
from herald_tui.cli import main
from herald_tui.model import Headline
from tests.cache.factories import WHEN, article

LISTED = Headline(
    "https://en.yna.co.kr/view/AEN20240710990001", "N. Korea fires missile", "yonhap", "nk", WHEN
)


@pytest.fixture
def run(dirs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    with Store.open(*dirs) as store:
        store.put_article(article(1, headline="Missile test in the East Sea"))
        store.put_article(article(2, source="koreaherald", headline="Missile defence budget"))
        store.put_headlines("yonhap/nk", [LISTED])

    def cli(*args: str) -> tuple[int, list[dict[str, object]], str]:
        status = main(["--cache-dir", str(dirs[0]), "--data-dir", str(dirs[1]), *args])
        out, err = capsys.readouterr()
        if "--json" not in args:
            return status, [{"text": out}], err
        return status, [json.loads(line) for line in out.splitlines()], err

    return cli


def test_filter_options_narrow_the_search(run) -> None:  # type: ignore[no-untyped-def]
    _status, hits, _err = run("search", "--json", "missile")
    assert len(hits) == 3
    _status, hits, _err = run("search", "--json", "--source", "koreaherald", "missile")
    assert [h["title"] for h in hits] == ["Missile defence budget"]
    _status, hits, _err = run("search", "--json", "--section", "nk", "missile")
    assert [(h["title"], h["stored"]) for h in hits] == [("N. Korea fires missile", False)]
    _status, hits, _err = run(
        "search", "--json", "--speaker", "Kim Min-ji", "--until", "2024-07-10"
    )
    assert sorted(h["title"] for h in hits) == sorted(
        ["Missile test in the East Sea", "Missile defence budget"]
    )


def test_a_listed_only_hit_says_so_in_text(run) -> None:  # type: ignore[no-untyped-def]
    status, (out,), _err = run("search", "--section", "nk", "north korea")
    assert status == 0 and str(out["text"]).startswith("N. Korea fires missile\n")
    assert "listed only, not stored" in str(out["text"])


def test_bad_filters_are_one_line(run) -> None:  # type: ignore[no-untyped-def]
    status, _hits, err = run("search", "missile", "--since", "yesterday")
    assert status != 0 and err.count("\n") == 1 and "since: takes a date" in err
    status, _hits, err = run("search", "headline:missile")
    assert status != 0 and err.count("\n") == 1 and 'unknown filter "headline:"' in err
    status, _hits, err = run("search", "missile", "--speaker", 'Kim "x')
    assert status != 0 and err.count("\n") == 1 and "double quote" in err
