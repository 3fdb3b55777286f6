"""Entry points read without importlib.metadata give what importlib.metadata gives: same points,
same order, the first distribution of a name hiding the others; odd places are left to it."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from herald_tui.fetchers import entry_points as ep
from herald_tui.fetchers.entry_points import EntryPoint, entry_points

GROUP = "herald_tui.fetchers"


def stdlib(group: str) -> list[EntryPoint]:
    """The oracle: what importlib.metadata finds."""
    found = importlib.metadata.entry_points(group=group)
    return [EntryPoint(p.name, p.value, p.group) for p in found]


def dist(root: Path, dirname: str, entry_points: str | None) -> None:
    """A distribution's metadata directory, with ``entry_points.txt`` if given."""
    path = root / dirname
    path.mkdir(parents=True)
    name = dirname.split("-")[0]
    (path / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    if entry_points is not None:
        (path / "entry_points.txt").write_text(entry_points)


@pytest.mark.parametrize("group", [GROUP, "console_scripts", "pytest11", "no.such.group"])
def test_the_installed_distributions_read_like_importlib_metadata(group: str) -> None:
    assert entry_points(group) == stdlib(group)


def test_the_builtin_plugins_are_found() -> None:
    names = {point.name: point.value for point in entry_points(GROUP)}
    assert names["yonhap"] == "herald_tui.fetchers.yonhap:YonhapFetcher"
    assert names["koreaherald"] == "herald_tui.fetchers.koreaherald:KoreaHeraldFetcher"


def test_the_first_distribution_of_a_name_hides_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    dist(
        first,
        "Herald_Extra-1.0.dist-info",
        "# a comment\nstray = line.before:sections\n[console_scripts]\nx = m:f\n"
        f"[{GROUP}]\n  # indented comment\n  alpha = alpha_mod:Alpha  \n"
        "beta=beta_mod:Beta [extra]\n",
    )
    dist(first, "herald_plain-1.0.dist-info", None)
    (first / "old_style.egg-info").write_text("Name: old-style\n")  # a file, not a directory
    dist(second, "herald.extra-2.0.dist-info", f"[{GROUP}]\nalpha = other:Alpha\n")
    dist(second, "old_style-2.0.dist-info", f"[{GROUP}]\nhidden = old:Style\n")
    dist(second, "gamma-1.0.egg-info", f"[{GROUP}]\ngamma = gamma_mod:Gamma\n")
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(first))

    ours = [point for point in entry_points(GROUP) if not point.value.startswith("herald_tui.")]
    assert [(p.name, p.value) for p in ours] == [
        ("alpha", "alpha_mod:Alpha"),
        ("beta", "beta_mod:Beta [extra]"),
        ("gamma", "gamma_mod:Gamma"),
    ]
    assert entry_points(GROUP) == stdlib(GROUP)


def test_a_zip_on_the_path_is_left_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n")
        zipped.writestr("zipped-1.0.dist-info/entry_points.txt", f"[{GROUP}]\nz = z_mod:Z\n")
    monkeypatch.syspath_prepend(str(archive))
    assert ep._distributions(sys.path) is None
    assert EntryPoint("z", "z_mod:Z", GROUP) in entry_points(GROUP)
    assert entry_points(GROUP) == stdlib(GROUP)


@pytest.mark.parametrize("line", ["no equals sign here", "; not a comment"])
def test_a_line_without_a_value_is_an_error_as_in_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    dist(tmp_path, "broken-1.0.dist-info", f"[some.other.group]\n{line}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(TypeError):  # importlib.metadata's Pair gets one value, not two
        stdlib(GROUP)
    with pytest.raises(ValueError):  # two names to unpack, one value
        entry_points(GROUP)


def test_load_imports_the_module_and_follows_the_attributes() -> None:
    point = EntryPoint("x", "herald_tui.fetchers.entry_points:EntryPoint.load", GROUP)
    assert point.load() is EntryPoint.load
    assert EntryPoint("x", "herald_tui.fetchers.entry_points", GROUP).load() is ep
    with pytest.raises(ValueError):
        EntryPoint("x", "not a value!", GROUP).load()


def test_finding_the_plugins_does_not_import_importlib_metadata() -> None:
    """What this module is for: start-up does not pay for importlib.metadata."""
    code = (
        "import sys; from herald_tui.fetchers.registry import Registry;"
        "assert Registry.load().names(); print('importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
