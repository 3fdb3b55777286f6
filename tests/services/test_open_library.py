"""open_library takes plain values; the command line decides which directories are temporary."""

from __future__ import annotations

from pathlib import Path

from herald_tui.cli import Context, build_parser
from herald_tui.config import Paths, Settings
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
