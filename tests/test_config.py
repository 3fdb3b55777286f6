"""Settings: defaults, overrides and errors that name the file and the key."""

from __future__ import annotations

import dataclasses
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
        ("[network]\ndeadline = -1\n", "'network.deadline' must not be negative"),
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
