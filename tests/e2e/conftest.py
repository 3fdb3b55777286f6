"""End-to-end runs need tmux: skipped locally without it, a failure in CI (CI=1)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.tmux import Tmux, tmux_available


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    if not tmux_available():
        if os.environ.get("CI"):
            pytest.fail("tmux is required for end-to-end tests in CI")
        pytest.skip("tmux not installed (apt-get install tmux)")
    session = Tmux(tmp_path)
    try:
        yield session
    finally:
        session.kill()
