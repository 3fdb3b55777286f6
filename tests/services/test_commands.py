"""The headless commands on the real stack: demo site on loopback, real cache on disk."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.cli import main
from herald_tui.demo import SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.demo.wire import Request
from tests.faultsite import FaultServer
from tests.services.conftest import LEAD, run, sites

HERALD = "https://www.koreaherald.com/article/10612345"


def test_headlines_json_from_the_demo(capsys: pytest.CaptureFixture[str], dirs: list[str]) -> None:
    code, out, err = run(capsys, "--demo", *dirs, "headlines", "--source", "yonhap", "--json")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and {r["section_key"] for r in rows} == {"yonhap/news"}
    lead = next(r for r in rows if r["url"] == LEAD)
    assert lead["revisions"] == 2 and lead["title"].startswith("(LEAD)")


def test_read_fetches_caches_and_reads_again_offline(
    capsys: pytest.CaptureFixture[str], dirs: list[str]
) -> None:
    code, out, err = run(capsys, "--demo", *dirs, "read", LEAD, "--format", "json")
    assert code == 0, err
    online = json.loads(out)
    assert online["url"] == LEAD and online["quotes"]
    assert any(q["paragraph"] is None for q in online["quotes"]) or online["quotes"][0]["speaker"]
    code, out, err = run(capsys, "--offline", *dirs, "read", LEAD, "--format", "json")
    assert code == 0, err
    assert json.loads(out) == online


def test_read_offline_of_an_uncached_article_is_one_line(
    capsys: pytest.CaptureFixture[str], dirs: list[str]
) -> None:
    code, out, err = run(capsys, "--offline", *dirs, "read", HERALD)
    assert code == 1 and out == ""
    assert err == f"herald-tui: error: {HERALD} is not in the cache (offline)\n"


def test_headlines_offline_without_a_sync_says_what_to_do(
    capsys: pytest.CaptureFixture[str], dirs: list[str]
) -> None:
    code, _, err = run(capsys, "--offline", *dirs, "headlines", "--section", "yonhap/nk")
    assert code == 1 and "run 'herald-tui sync'" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["headlines", "--source", "nope"], "unknown source 'nope' (sources: "),
        (["headlines", "--section", "yonhap/nope"], "yonhap has no section 'nope' (sections: news"),
        (["--offline", "sync"], "sync needs the network"),
        (["headlines", "--section", "nope"], "no source has a section 'nope' (sections: "),
        (
            ["headlines", "--section", "yonhap/nk", "--source", "koreaherald"],
            "--section yonhap/nk is a section of yonhap, not of --source koreaherald",
        ),
        (["headlines", "--section", "nk", "--source", "koreaherald"], "koreaherald has no section"),
    ],
)
def test_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], dirs: list[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, *dirs, *args)
    assert code == 2 and message in err and err.count("\n") == 1


@pytest.mark.parametrize("command", [["headlines"], ["sync"], ["search", "korea"]])
@pytest.mark.parametrize("value", ["-1", "0", "ten"])
def test_every_limit_is_checked_alike(
    capsys: pytest.CaptureFixture[str], dirs: list[str], command: list[str], value: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*dirs, *command, "--limit", value])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1
    assert f"argument --limit: invalid limit '{value}': a whole number from 1" in err


@pytest.mark.parametrize(
    ("section", "key"),
    [("nk", "yonhap/nk"), ("Kpop", "koreaherald/kpop"), ("YONHAP/Sports", "yonhap/sports")],
)
def test_a_section_id_is_found_in_whichever_source_has_it(
    capsys: pytest.CaptureFixture[str], dirs: list[str], section: str, key: str
) -> None:
    code, _, err = run(capsys, "--offline", *dirs, "headlines", "--section", section)
    assert code == 1 and err == (
        f"herald-tui: error: no headlines of {key} in the cache (offline);"
        " run 'herald-tui sync' when online\n"
    )


def test_a_section_id_in_both_sources_means_both(
    capsys: pytest.CaptureFixture[str], dirs: list[str]
) -> None:
    assert run(capsys, "--demo", *dirs, "sync", "--limit", "1")[0] == 0
    code, out, _ = run(capsys, "--offline", *dirs, "headlines", "--section", "National")
    headers = {line.split()[0] for line in out.splitlines() if line[:1].isalpha()}
    assert code == 0 and headers == {"koreaherald/national", "yonhap/national"}


@pytest.mark.parametrize(
    "argv",
    [
        ["--offline", "{c}", "{d}", "headlines", "--section", "nk"],
        ["headlines", "--section", "nk", "--offline", "{c}", "{d}"],
        ["{c}", "headlines", "--offline", "--section", "nk", "{d}"],
    ],
    ids=["before", "after", "both"],
)
def test_global_options_go_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    places = {
        "{c}": ["--cache-dir", str(tmp_path / "c")],
        "{d}": ["--data-dir", str(tmp_path / "d")],
    }
    code, _, err = run(capsys, *(part for arg in argv for part in places.get(arg, [arg])))
    assert code == 1 and "no headlines of yonhap/nk in the cache (offline)" in err
    assert (tmp_path / "c" / "cache.sqlite3").exists() and (tmp_path / "d").is_dir()


def test_global_options_after_a_nested_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "cache", "path", "--cache-dir", str(tmp_path / "elsewhere"))
    assert (code, out) == (0, f"{tmp_path / 'elsewhere'}\n")


def test_sync_fills_the_cache_and_reports(
    capsys: pytest.CaptureFixture[str], dirs: list[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--demo", *dirs, "sync", "--limit", "3")
    assert code == 0
    summary = out.strip().splitlines()[-1]
    assert (
        summary.startswith("15 sections; ") and " new, 0 updated, 0 unchanged, 0 failed" in summary
    )
    assert err == ""  # every demo section has headlines
    with Store.open(tmp_path / "cache", tmp_path / "data") as store:
        assert store.info().articles == int(summary.split("; ")[1].split(" new")[0])


def test_sync_of_nothing_reachable_exits_non_zero(
    capsys: pytest.CaptureFixture[str],
    dirs: list[str],
    demo: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HERALD_TUI_SITE_KOREAHERALD", f"{demo.base_url}/nowhere")  # all 404
    code, out, err = run(capsys, *dirs, "sync", "--section", "koreaherald/sports")
    assert code == 1 and "koreaherald/sports" in err
    assert out.splitlines()[-1] == "0 sections; 0 new, 0 updated, 0 unchanged, 1 failed"


def test_offline_commands_never_open_a_connection(
    capsys: pytest.CaptureFixture[str], dirs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--demo", *dirs, "sync", "--limit", "2")[0] == 0
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("offline test: no connections allowed")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    for args in (
        ["headlines", "--source", "koreaherald"],
        ["headlines", "--section", "yonhap/nk"],
        ["read", LEAD],
        ["search", "budget"],
        ["cache", "info"],
        ["sources"],
    ):
        code, out, err = run(capsys, "--offline", *dirs, *args)
        assert code == 0, (args, err)
        assert out
    assert attempts == []


class _OneArticleServer(FaultServer):
    """The demo site answering one article page and holding every later one until the server
    stops: a sync of it is still under way whenever the test's signal arrives (a latency only
    made that likely: a test process starved of CPU could signal after the sync had ended)."""

    articles = 0

    async def _dispatch(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        if "/view/" in request.path:
            self.articles += 1
            if self.articles > 1:
                await asyncio.Event().wait()  # cancelled when the server stops
        return await super()._dispatch(request, writer)


def test_ctrl_c_stops_sync_and_keeps_what_was_fetched(tmp_path: Path) -> None:
    with _OneArticleServer(SITE_ROOT) as held:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.update({f"HERALD_TUI_SITE_{k.upper()}": v for k, v in sites(held).items()})
        proc = subprocess.Popen(
            [sys.executable, "-m", "herald_tui", "--cache-dir", str(tmp_path / "c"),
             "--data-dir", str(tmp_path / "d"), "sync", "--source", "yonhap"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        _wait_for_an_article(tmp_path)  # the one answered; the others wait for the server
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("interrupted: ")
    with Store.open(tmp_path / "c", tmp_path / "d") as store:
        kept = store.info().articles
    assert kept == 1 and "; 1 new," in summary


def _interrupted(
    attempt: Callable[[int], tuple[subprocess.Popen[str], str, str]], attempts: int = 3
) -> tuple[subprocess.Popen[str], str, str, int]:
    """The first of ``attempts`` runs that the signal reached before the command ended.

    A test process starved of CPU (a loaded machine, the suite on every core) can send its
    signal after the command has finished normally: that run says nothing about signals, so
    it is tried again rather than failed, and a command that never stops still fails."""
    for n in range(attempts):
        proc, out, err = attempt(n)
        if proc.returncode != 0:
            return proc, out, err, n
    raise AssertionError(f"the command ended before the signal in {attempts} runs: {out}{err}")


def _wait_for_an_article(tmp_path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if (tmp_path / "c" / "cache.sqlite3").exists():
            with Store.open(tmp_path / "c", tmp_path / "d", readonly=True) as store:
                if store.info().articles:
                    return
        time.sleep(0.1)
    raise AssertionError("sync stored no article in time")


def test_a_damaged_cache_is_moved_aside_and_the_user_told_where(
    capsys: pytest.CaptureFixture[str], dirs: list[str], tmp_path: Path
) -> None:
    assert run(capsys, "--demo", *dirs, "read", LEAD)[0] == 0
    database = tmp_path / "cache" / "cache.sqlite3"
    database.write_bytes(b"not a database " * 500)
    code, _, err = run(capsys, "--offline", *dirs, "read", LEAD)
    moved = [p for p in database.parent.iterdir() if ".corrupt-" in p.name]
    assert moved and str(moved[0].with_name(moved[0].name.split("-wal")[0].split("-shm")[0])) in err
    assert "herald-tui: note: " in err
    assert code == 1 and "is not in the cache (offline)" in err  # nothing damaged was shown


HERALD_PAGE = SITE_ROOT / "koreaherald" / "article" / "10612410.html"


def test_read_html_without_a_url_uses_the_pages_own_address(
    capsys: pytest.CaptureFixture[str], dirs: list[str]
) -> None:
    code, out, err = run(capsys, *dirs, "read", "--html", str(HERALD_PAGE), "--format", "json")
    assert (code, err) == (0, "")
    article = json.loads(out)
    assert article["url"] == "https://www.koreaherald.com/article/10612410"
    assert article["source"] == "koreaherald"


def test_read_html_of_one_site_under_the_others_url_warns(
    capsys: pytest.CaptureFixture[str], dirs: list[str]
) -> None:
    yonhap = "https://en.yna.co.kr/view/AEN20261126001200315"
    code, _, err = run(capsys, *dirs, "read", yonhap, "--html", str(HERALD_PAGE))
    assert code == 0
    assert err == (
        f"herald-tui: warning: {HERALD_PAGE} is a page of The Korea Herald"
        f" (https://www.koreaherald.com/article/10612410), read as Yonhap News Agency"
        f" because of {yonhap}\n"
        # Yonhap's rules find no story block in it: the parse says how it was read.
        "herald-tui: warning: generic fallback used\n"
    )


@pytest.mark.parametrize("format", ["text", "markdown", "json"])
def test_read_html_discovers_the_plugins_once(
    capsys: pytest.CaptureFixture[str],
    dirs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    format: str,
) -> None:
    """The parse and the print share one registry: each load scans the entry points and
    makes every plugin anew."""
    from herald_tui.fetchers.registry import Registry

    loads: list[object] = []
    load = Registry.load.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Registry], sites: object = None, points: object = None) -> Registry:
        loads.append(sites)
        return load(cls, sites, points)  # type: ignore[no-any-return]

    monkeypatch.setattr(Registry, "load", classmethod(counted))
    code, out, _ = run(capsys, *dirs, "read", "--html", str(HERALD_PAGE), "--format", format)
    assert code == 0 and out
    assert len(loads) == 1


@pytest.mark.parametrize("args", [["read", ""], ["read"], ["read", "  "]])
def test_read_without_a_url_says_what_it_needs(
    capsys: pytest.CaptureFixture[str], dirs: list[str], args: list[str]
) -> None:
    code, out, err = run(capsys, *dirs, *args)
    assert (code, out) == (2, "")
    assert err == "herald-tui: error: read needs the article's URL (or --html FILE, a saved page)\n"


def test_read_html_of_a_page_without_an_address_asks_for_the_url(
    capsys: pytest.CaptureFixture[str], dirs: list[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text('<link rel="canonical" href="javascript:alert(1)"><p>text</p>')
    code, _, err = run(capsys, *dirs, "read", "--html", str(page))
    assert code == 2
    assert (
        err == f"herald-tui: error: {page} does not give its address: name the article's URL too\n"
    )


def test_no_network_is_one_line(
    capsys: pytest.CaptureFixture[str], dirs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as sock:  # a loopback port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("HERALD_TUI_SITE_YONHAP", f"http://127.0.0.1:{port}/yonhap")
    code, out, err = run(capsys, *dirs, "headlines", "--source", "yonhap")
    assert code != 0 and out == ""
    assert err == "herald-tui: error: no network: connection to 127.0.0.1 refused\n"


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP])
def test_a_demo_command_ended_by_a_signal_removes_its_temporary_directory(
    tmp_path: Path, ending: signal.Signals
) -> None:
    def attempt(n: int) -> tuple[subprocess.Popen[str], str, str]:
        temp = tmp_path / f"tmp{n}"
        temp.mkdir()
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "TMPDIR": str(temp)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "herald_tui", "--demo", "sync"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert proc.stdout is not None
        first = proc.stdout.readline()  # syncing has begun, in the temporary cache
        assert first and len(list(temp.glob("herald-tui-demo-*"))) == 1
        proc.send_signal(ending)
        out, err = proc.communicate(timeout=30)
        return proc, out, err

    proc, out, err, n = _interrupted(attempt)
    assert proc.returncode == 130, (out, err)
    assert "Traceback" not in err and out.strip().splitlines()[-1].startswith("interrupted: ")
    assert list((tmp_path / f"tmp{n}").iterdir()) == []
