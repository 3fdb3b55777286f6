"""Settings: defaults, overrides and errors that name the file and the key."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from herald_tui.config import (
    Settings,
    config_path,
    describe,
    load_settings,
    resolve_paths,
)
from herald_tui.errors import ConfigError


def test_missing_default_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "absent.toml", env={})
    assert settings == Settings()
    assert settings.network.connections_per_host == 4
    assert "herald-tui/" in settings.network.user_agent


def test_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"absent\.toml: no such config file"):
        load_settings(tmp_path / "absent.toml", required=True, env={})


def test_values_are_read_and_ints_accepted_for_floats(write_config) -> None:  # type: ignore[no-untyped-def]
    path = write_config(
        '[network]\ndeadline = 12\nuser_agent = "x/1"\n[ui]\ntheme = "nord"\n'
        '[sites]\nyonhap = "http://127.0.0.1:9/yna"\n[keys]\nquit = "q,ctrl+q"\n'
    )
    s = load_settings(path, env={})
    assert s.network.deadline == 12.0 and isinstance(s.network.deadline, float)
    assert s.network.user_agent == "x/1"
    assert s.ui.theme == "nord"
    assert s.sites == {"yonhap": "http://127.0.0.1:9/yna"}
    assert s.keys == {"quit": "q,ctrl+q"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[network]\ntimout = 3\n", "unknown setting 'network.timout'"),
        ("colour = 1\n", "unknown setting 'colour'"),
        ('[network]\nretries = "many"\n', "'network.retries' must be a whole number"),
        ("[network]\ndeadline = -1\n", "'network.deadline' must be a number from 0.1 to 3600"),
        ('[ui]\nrelative_times = "yes"\n', "'ui.relative_times' must be true or false"),
        ("network = 3\n", "'network' must be a table"),
        ("[sites]\nyonhap = 3\n", "'sites' must be a table of strings"),
        ("[network\n", "invalid TOML"),
        ("a = = 1\n", "line 1"),
    ],
)
def test_invalid_files_name_the_file_and_the_problem(write_config, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write_config(text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={})
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_site_overrides_from_environment(write_config) -> None:  # type: ignore[no-untyped-def]
    path = write_config('[sites]\nyonhap = "http://a/"\nkoreaherald = "http://b/"\n')
    s = load_settings(path, env={"HERALD_TUI_SITE_YONHAP": "http://c/"})
    assert s.sites == {"yonhap": "http://c/", "koreaherald": "http://b/"}


def test_config_path_precedence(tmp_path: Path) -> None:
    assert config_path("a.toml", {"HERALD_TUI_CONFIG": "b.toml"}) == Path("a.toml")
    assert config_path(None, {"HERALD_TUI_CONFIG": "b.toml"}) == Path("b.toml")
    assert config_path(None, {}).name == "config.toml"
    assert "herald-tui" in str(config_path(None, {}))


def test_directory_precedence(tmp_path: Path) -> None:
    s = dataclasses.replace(
        Settings(), cache=dataclasses.replace(Settings().cache, cache_dir="/from/file")
    )
    cfg = tmp_path / "c.toml"
    assert resolve_paths(cfg, s, "/opt", None, {}).cache_dir == Path("/opt")
    assert resolve_paths(cfg, s, None, None, {"HERALD_TUI_CACHE_DIR": "/env"}).cache_dir == Path(
        "/env"
    )
    assert resolve_paths(cfg, s, None, None, {}).cache_dir == Path("/from/file")
    default = resolve_paths(cfg, Settings(), None, None, {})
    assert default.cache_dir.name == "herald-tui" and default.data_dir.name == "herald-tui"
    assert default.cache_dir != default.data_dir


def test_describe_is_valid_toml_that_loads_back(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "none.toml", env={})
    paths = resolve_paths(tmp_path / "none.toml", s, None, None, {})
    text = describe(s, paths)
    assert "# Most requests in flight to one host at once." in text
    round_trip = tmp_path / "round.toml"
    round_trip.write_text(text)
    assert load_settings(round_trip, env={}) == s


def test_every_setting_is_documented() -> None:
    def fields(cls: type) -> list[dataclasses.Field]:  # type: ignore[type-arg]
        out = []
        for f in dataclasses.fields(cls):
            default = (
                f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            )
            out += fields(type(default)) if dataclasses.is_dataclass(default) else [f]
        return out

    undocumented = [f.name for f in fields(Settings) if not f.metadata.get("doc")]
    assert undocumented == []


# --- every value checked: numbers finite and in range, strings clean, site URLs parsed -------

SITES = ("koreaherald", "yonhap")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[network]\nmax_body_mb = inf\n", "'network.max_body_mb' must be a number from "),
        ("[network]\nmax_body_mb = 1e308\n", "'network.max_body_mb' must be a number from "),
        ("[network]\nmax_body_mb = nan\n", "'network.max_body_mb' must be a number from "),
        ("[network]\ndeadline = nan\n", "'network.deadline' must be a number from "),
        ("[network]\ndeadline = -inf\n", "'network.deadline' must be a number from "),
        ("[network]\ndeadline = 0\n", "'network.deadline' must be a number from "),
        ("[network]\nconnect_timeout = 1e9\n", "'network.connect_timeout' must be a number from "),
        ("[network]\nmax_retry_wait = inf\n", "'network.max_retry_wait' must be a number from "),
        ("[network]\nconnections_per_host = 0\n", "'network.connections_per_host' must be a "),
        ("[network]\nretries = 99999999999\n", "'network.retries' must be a whole number from "),
        ("[cache]\nsync_limit = 0\n", "'cache.sync_limit' must be a whole number from "),
        ("[ui]\nmeasure = 9999999\n", "'ui.measure' must be a whole number from "),
        (
            '[network]\nuser_agent = "herald-tui ☃"\n',
            "'network.user_agent' must be printable ASCII",
        ),
        ('[network]\nuser_agent = ""\n', "'network.user_agent' must be printable ASCII"),
        ('[ui]\ntheme = "a\\u001b]0;x\\u0007"\n', "'ui.theme' must not hold control characters"),
        ('[cache]\ncache_dir = "/tmp/\\u009b"\n', "'cache.cache_dir' must not hold control charac"),
        ('[keys]\nquit = "q\\u001b"\n', "'keys.quit' must not hold control characters"),
        ('[sites]\nyonhap = "not a url"\n', "'sites.yonhap' must be an http(s) URL: "),
        ('[sites]\nyonhap = "http://127.0.0.1:99999/"\n', "'sites.yonhap' must be an http(s) UR"),
        ('[sites]\nyonhap = "ftp://127.0.0.1/"\n', "'sites.yonhap' must be an http(s) URL: "),
        ('[sites]\nyonhap = "http://u:p@127.0.0.1/"\n', "'sites.yonhap' must be an http(s) UR"),
        ('[sites]\nyonhap = "http://127.0.0.1/?q#f"\n', "'sites.yonhap' must be an http(s) UR"),
        ('[sites]\nyonhap2 = "http://127.0.0.1/"\n', "unknown site 'sites.yonhap2' (sites: k"),
    ],
)
def test_every_value_is_checked(write_config, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write_config(text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={}, site_names=SITES)
    assert str(err.value).startswith(f"{path}: {message}")
    assert "\n" not in str(err.value) and "\x1b" not in str(err.value)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"HERALD_TUI_SITE_NOPE": "http://127.0.0.1/"},
            "HERALD_TUI_SITE_NOPE: unknown site 'nope'",
        ),
        ({"HERALD_TUI_SITE_YONHAP": "not a url"}, "HERALD_TUI_SITE_YONHAP: must be an http(s) URL"),
    ],
)
def test_site_environment_variables_are_checked(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path / "absent.toml", env=env, site_names=SITES)
    assert str(err.value).startswith(message)


def test_site_urls_are_kept_re_serialised(write_config) -> None:  # type: ignore[no-untyped-def]
    path = write_config('[sites]\nyonhap = "HTTP://LocalHost:8080/yna/"\n')
    settings = load_settings(path, env={}, site_names=SITES)
    assert settings.sites == {"yonhap": "http://localhost:8080/yna/"}


def test_a_file_starting_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xef\xbb\xbf[network]\nretries = 1\n")
    assert load_settings(path, env={}).network.retries == 1


def test_a_file_that_is_not_utf8_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes('[ui]\ntheme = "café"\n'.encode("latin-1"))
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={})
    assert str(err.value) == f"{path}: not UTF-8 text (byte 0xe9 at offset 17)"


def test_describe_never_prints_raw_control_characters(tmp_path: Path) -> None:
    """Paths come from options and the environment; values from code or the file: whatever
    they hold, --print-config prints escapes, and stays TOML that reads back the same."""
    hostile = "a\x1b]0;title\x07b\x9b2J\u202ec"
    settings = dataclasses.replace(Settings(), ui=dataclasses.replace(Settings().ui, theme=hostile))
    config = tmp_path / f"c{hostile}.toml"
    paths = resolve_paths(config, settings, str(tmp_path / hostile), None, {})
    text = describe(settings, paths)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", text)
    import tomllib

    assert tomllib.loads(text)["ui"]["theme"] == hostile


# --- keeping up: the refresh interval and the watch words ----------------------------------


def test_refresh_and_alerts_are_read(write_config) -> None:  # type: ignore[no-untyped-def]
    path = write_config(
        '[ui]\nrefresh_minutes = 0\n[alerts]\nwords = ["missile", "Kim Jong-un"]\nbell = true\n'
    )
    s = load_settings(path, env={})
    assert s.ui.refresh_minutes == 0
    assert s.alerts.words == ("missile", "Kim Jong-un") and s.alerts.bell
    defaults = Settings()
    assert defaults.ui.refresh_minutes == 10
    assert defaults.alerts.words == () and not defaults.alerts.bell


def test_watch_words_print_and_load_back(tmp_path: Path, write_config) -> None:  # type: ignore[no-untyped-def]
    s = load_settings(write_config('[alerts]\nwords = ["N. Korea", "삼성", "a \\"q\\""]\n'), env={})
    paths = resolve_paths(tmp_path / "none.toml", s, None, None, {})
    text = describe(s, paths)
    assert 'words = ["N. Korea", "삼성", "a \\"q\\""]' in text
    round_trip = tmp_path / "round.toml"
    round_trip.write_text(text, encoding="utf-8")
    assert load_settings(round_trip, env={}) == s


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[ui]\nrefresh_minutes = -1\n", "'ui.refresh_minutes' must be a whole number from 0 to "),
        ("[ui]\nrefresh_minutes = 0.5\n", "'ui.refresh_minutes' must be a whole number, not 0.5"),
        ('[ui]\nrefresh_minutes = "10"\n', "'ui.refresh_minutes' must be a whole number, not '10'"),
        ('[alerts]\nwords = "missile"\n', "'alerts.words' must be a list of strings, not 'mis"),
        ("[alerts]\nwords = [1, 2]\n", "'alerts.words' must be a list of strings, not [1, 2]"),
        ('[alerts]\nwords = ["ok", " "]\n', "'alerts.words' must not hold an empty word"),
        ('[alerts]\nwords = ["a\\u001b"]\n', "'alerts.words' must not hold control characters"),
        ('[alerts]\nbell = "yes"\n', "'alerts.bell' must be true or false, not 'yes'"),
        ("[alerts]\nsound = true\n", "unknown setting 'alerts.sound'"),
    ],
)
def test_refresh_and_alert_settings_are_checked(write_config, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write_config(text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={})
    assert str(err.value).startswith(f"{path}: {message}")


# --- [browser] command: a list, the program first, {url} at most once -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('command = ["w3m", "{url}"]', ("w3m", "{url}")),
        ('command = ["lynx"]', ("lynx",)),
        ('command = ["browsh", "--startup-url={url}"]', ("browsh", "--startup-url={url}")),
        ("command = []", ()),
    ],
)
def test_browser_command_is_read(write_config, text: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    assert load_settings(write_config(f"[browser]\n{text}\n"), env={}).browser.command == expected


@pytest.mark.parametrize(
    "text",
    [
        'command = "w3m {url}"',  # a string would need a shell to split
        'command = ["w3m", 3]',
        'command = ["w3m", "{url}", "{url}"]',
        'command = ["w3m", "{url}{url}"]',
        'command = ["{url}"]',
        'command = ["", "{url}"]',
        'command = ["w3m", "{url}\\u001b]0;x\\u0007"]',
    ],
)
def test_a_bad_browser_command_is_one_clear_line(write_config, text: str) -> None:  # type: ignore[no-untyped-def]
    path = write_config(f"[browser]\n{text}\n")
    with pytest.raises(ConfigError) as err:
        load_settings(path, env={})
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "'browser.command' must" in message
    assert "\n" not in message and "\x1b" not in message


def test_a_browser_command_round_trips_through_print_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[browser]\ncommand = ["w3m", "-o", "a=\\"b\\"", "{url}"]\n')
    settings = load_settings(path, env={})
    text = describe(settings, resolve_paths(path, settings, None, None, {}))
    assert 'command = ["w3m", "-o", "a=\\"b\\"", "{url}"]' in text
    again = tmp_path / "again.toml"
    again.write_text(text)
    assert load_settings(again, env={}) == settings
