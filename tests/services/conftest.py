"""The real library (registry + HTTP client + store) against the demo site on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from herald_tui.cache.store import Store
from herald_tui.config import NetworkSettings
from herald_tui.demo import SITE_ROOT
from herald_tui.demo.server import DemoServer
from herald_tui.fetchers.http import HttpClient
from herald_tui.fetchers.registry import Registry
from herald_tui.services import NewsLibrary
from tests.faultsite import FaultServer
from tests.fetchers.conftest import PLUGINS

NETWORK = NetworkSettings(
    deadline=2.0, read_timeout=5.0, connect_timeout=2.0, retries=0, max_retry_wait=0.05
)
"""Short deadline, no retries: every fault resolves within seconds."""

LEAD = "https://en.yna.co.kr/view/AEN20261126002151315"
"""A demo story listed with its original version in the All News feed."""


@pytest.fixture
def demo() -> Iterator[FaultServer]:
    """The bundled demo site, with the fault routes available."""
    with FaultServer(SITE_ROOT) as server:
        yield server


def sites(server: DemoServer) -> dict[str, str]:
    """Mirror base URLs pointing both plugins at ``server``."""
    return {name: f"{server.base_url}/{name}" for name in PLUGINS}


class Clock:
    """The store's "now": a fixed time that tests move on."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move "now" on by ``seconds``."""
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    """The store's clock."""
    return Clock()


@pytest.fixture
async def library(demo: DemoServer, tmp_path: Path, clock: Clock) -> AsyncIterator[NewsLibrary]:
    """An online library reading the demo site, with a fresh cache on ``clock``."""
    lib = NewsLibrary(
        Registry.load(sites(demo)),
        Store.open(tmp_path / "cache", tmp_path / "data", clock=clock),
        HttpClient(NETWORK),
    )
    yield lib
    await lib.aclose()


@pytest.fixture
def dirs(tmp_path: Path) -> list[str]:
    """``--cache-dir`` and ``--data-dir`` options pointing under tmp_path."""
    return ["--cache-dir", str(tmp_path / "cache"), "--data-dir", str(tmp_path / "data")]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command line; its exit status, stdout and stderr."""
    from herald_tui.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
