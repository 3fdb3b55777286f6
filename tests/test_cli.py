"""The command-line frame: one clear line per error, no tracebacks unless asked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from herald_tui import __version__
from herald_tui.cli import _app_start, build_parser, main
from herald_tui.cli_parser import minus_values


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "herald_tui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"herald-tui {__version__}"


def test_unknown_option_is_one_line_and_exit_2() -> None:
    out = run("--bogus")
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "herald-tui: error: unrecognized arguments: --bogus (see 'herald-tui --help')"
    ]


def test_missing_named_config_is_one_line(tmp_path: Path) -> None:
    out = run("--config", str(tmp_path / "nope.toml"), "--print-config")
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.toml" in lines[0]
    assert "Traceback" not in out.stderr


def test_bad_config_names_key(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[network]\nretries = 'x'\n")
    out = run("--config", str(cfg), "--print-config")
    assert out.returncode == 78
    assert "network.retries" in out.stderr and str(cfg) in out.stderr


def test_print_config_shows_paths_and_settings(tmp_path: Path) -> None:
    out = run(
        "--cache-dir", str(tmp_path / "c"), "--data-dir", str(tmp_path / "d"), "--print-config"
    )
    assert out.returncode == 0
    assert f"# cache dir:   {tmp_path / 'c'}" in out.stdout
    assert f"# data dir:    {tmp_path / 'd'}" in out.stdout
    assert "connections_per_host = 4" in out.stdout


def test_app_refuses_to_start_without_a_terminal() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "herald_tui"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert out.returncode == 1
    assert "needs a terminal" in out.stderr
    assert "Traceback" not in out.stderr


def _boom(ctx: object) -> int:
    raise RuntimeError("kaboom \x1b]0;title\x07")


def test_internal_errors_are_one_line_and_sanitised(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import herald_tui.cli as cli

    monkeypatch.setattr(cli, "_dispatch", lambda args: _boom(args))
    assert main([]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "kaboom" in err and "\x1b" not in err and "--debug" in err


def test_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import herald_tui.cli as cli

    monkeypatch.setattr(cli, "_dispatch", lambda args: _boom(args))
    assert main(["--debug"]) == 70
    assert "Traceback" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"[network]\nmax_body_mb = inf\n", "network.max_body_mb"),
        (b"[network]\nmax_body_mb = 1e308\n", "network.max_body_mb"),
        (b"[network]\ndeadline = nan\n", "network.deadline"),
        ('[network]\nuser_agent = "에이전트"\n'.encode(), "network.user_agent"),
        (b'[sites]\nyonhap = "http://127.0.0.1:99999/yna"\n', "sites.yonhap"),
        (b'[sites]\nyonhap = "not a url"\n', "sites.yonhap"),
        (b'[sites]\nnosuchsite = "http://127.0.0.1/"\n', "sites.nosuchsite"),
        (b'[ui]\ntheme = "caf\xe9"\n', "not UTF-8"),
    ],
)
def test_bad_config_values_are_config_errors_not_crashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, key: str
) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_bytes(content)
    dirs = ["--cache-dir", str(tmp_path / "c"), "--data-dir", str(tmp_path / "d")]
    for command in (["--print-config"], ["--offline", "headlines"], ["sources"]):
        code = main(["--config", str(cfg), *dirs, *command])
        err = capsys.readouterr().err
        assert code == 78, err
        assert err.startswith(f"herald-tui: error: {cfg}: ") and key in err
        assert err.count("\n") == 1


def test_an_unknown_site_variable_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("HERALD_TUI_SITE_YONHAPP", "http://127.0.0.1:9/yna")
    (tmp_path / "empty.toml").write_text("")
    assert main(["--config", str(tmp_path / "empty.toml"), "sources"]) == 78
    assert capsys.readouterr().err == (
        "herald-tui: error: HERALD_TUI_SITE_YONHAPP: unknown site 'yonhapp'"
        " (sites: koreaherald, yonhap)\n"
    )


def test_print_config_escapes_control_characters(tmp_path: Path) -> None:
    hostile = tmp_path / "c\x1b]0;pwned\x07"
    out = run("--cache-dir", str(hostile), "--print-config")
    assert out.returncode == 0
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout
    assert "# cache dir:   " in out.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus\x1b]0;pwned\x07"],
        ["headlines", "--json", "x\x1b[2J\u202e"],
        ["read", "u", "--format", "t\x9b31m"],
        ["nosuchcommand\x1b]52;c;aGk=\x07"],
    ],
)
def test_argparse_messages_never_carry_control_characters(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", err)
    assert err.count("\n") == 1
    assert "\\x1b" in err or "\\x9b" in err  # shown, visibly escaped


APP_STARTS = [
    [],
    ["--offline"],
    ["--demo", "--cache-dir", "read"],  # a command's name as an option's value
    ["--cache-dir=-5d", "--data-dir", "-5"],
    ["--off", "--deb"],  # abbreviations argparse accepts
    ["--print-config", "--config", "c.toml"],
    # the usual starts, read without argparse: each option in full
    ["--offline", "--demo", "--debug", "--print-config"],
    ["--cache-dir", "a", "--cache-dir=b", "--data-dir=", "--config", ""],  # the last wins
    ["--config=x=y", "--data-dir", "with space", "--offline", "--offline"],
    ["--cache-dir=--offline"],  # after "=", a value whatever it looks like
]
NOT_APP_STARTS = [
    ["headlines"],
    ["--offline", "read", "x"],
    ["-h"],
    ["--version", "--offline"],
    ["--d"],  # ambiguous
    ["--cache-dir"],  # no value
    ["--data-dir", "-x"],  # an option for a value
    ["--bogus"],
    ["--offline", "--", "x"],
    ["--offline=yes"],  # a flag takes no value
    ["--data-dir", "--offline"],
    ["--config", "c.toml", "-"],
]


@pytest.mark.parametrize("words", APP_STARTS)
def test_an_app_start_is_read_as_the_full_parser_reads_it(words: list[str]) -> None:
    """Starting the app builds no command parser: the global options alone are read, with
    the same result as the full parser's."""
    parser = build_parser()
    full = parser.parse_args(minus_values(parser, words))
    light = _app_start(words)
    assert light is not None
    assert vars(light) == vars(full)


def test_the_usual_app_start_is_read_without_argparse() -> None:
    """The same reading as argparse's (above), and the words that may mean something else
    (an abbreviation, a value starting with a minus) are left to argparse."""
    code = (
        "import sys\nfrom herald_tui.cli import _app_start\n"
        "args = _app_start(['--offline', '--cache-dir', 'c', '--data-dir=d', '--debug'])\n"
        "read = (args.offline, args.cache_dir, args.data_dir, args.debug, args.config)\n"
        "assert read == (True, 'c', 'd', True, None), read\n"
        "assert 'argparse' not in sys.modules\n"
        "assert _app_start(['--off']).offline and 'argparse' in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("words", NOT_APP_STARTS)
def test_anything_but_an_app_start_goes_to_the_full_parser(words: list[str]) -> None:
    assert _app_start(words) is None
