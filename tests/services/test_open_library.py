"""open_library takes plain values; the command line decides which directories are temporary."""

from __future__ import annotations

from pathlib import Path

import pytest

from herald_tui.cli import Context, build_parser, main
from herald_tui.config import Paths, Settings
from herald_tui.fetchers.entry_points import EntryPoint
from herald_tui.fetchers.registry import Registry
from herald_tui.services import open_library


def paths(root: Path) -> Paths:
    return Paths(root / "config.toml", root / "cache", root / "data")


async def test_temporary_directories_are_used_and_removed_at_close(tmp_path: Path) -> None:
    library = open_library(Settings(), paths(tmp_path), offline=True, temporary=["cache_dir"])
    [temp] = [p for p in Path(library.store.info().cache_path).parents if "herald-tui" in p.name]
    assert temp.is_dir()
    await library.aclose()
    assert not temp.exists()
    assert not (tmp_path / "cache").exists()  # the user's cache directory was never touched
    assert (tmp_path / "data").is_dir()  # the data directory was the user's


async def test_offline_builds_no_client(tmp_path: Path) -> None:
    library = open_library(Settings(), paths(tmp_path), offline=True)
    try:
        assert library.offline
    finally:
        await library.aclose()


def test_the_demo_keeps_only_the_directories_not_given_in_a_temporary_place() -> None:
    def context(*argv: str) -> Context:
        return Context(build_parser().parse_args(argv), Settings(), paths(Path("/nowhere")))

    assert context("--demo").temporary_dirs == ["cache_dir", "data_dir"]
    assert context("--demo", "--cache-dir", "c").temporary_dirs == ["data_dir"]
    assert context("--demo", "--cache-dir", "c", "--data-dir", "d").temporary_dirs == []
    assert context("--cache-dir", "c").temporary_dirs == []  # not the demo: nothing temporary


@pytest.mark.parametrize(
    ("command", "status"),
    [(["sources"], 0), (["--offline", "headlines", "--section", "yonhap/nk"], 1)],  # none cached
)
def test_plugins_are_looked_for_once_when_sites_are_configured(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    status: int,
) -> None:
    """The config's [sites] names are checked against the installed plugins; the library
    (or the command) then uses the same ones instead of reading every distribution again."""
    config = tmp_path / "config.toml"
    config.write_text('[sites]\nyonhap = "http://127.0.0.1:9/yonhap"\n', encoding="utf-8")
    looked: list[int] = []
    discover = Registry.discover

    def counted() -> list[EntryPoint]:
        looked.append(1)
        return discover()

    monkeypatch.setattr(Registry, "discover", staticmethod(counted))
    dirs = ["--cache-dir", str(tmp_path / "c"), "--data-dir", str(tmp_path / "d")]
    assert main(["--config", str(config), *dirs, *command]) == status
    assert looked == [1]
