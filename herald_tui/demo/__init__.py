"""The demo: both sites, invented content, served from loopback (``herald-tui --demo``).

:func:`start_demo_site` serves the bundled ``site/`` directory, one sub-directory per plugin
(``site/yonhap``, ``site/koreaherald``), and says where each plugin should fetch from::

    demo = start_demo_site()
    try:
        settings = dataclasses.replace(settings, sites={**settings.sites, **demo.sites})
        ...
    finally:
        demo.close()
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from herald_tui.demo.server import DemoServer

__all__ = ["IMAGES_ROOT", "SITE_ROOT", "DemoSite", "start_demo_site"]

SITE_ROOT = Path(__file__).parent / "site"
"""The bundled demo content: ``<plugin name>/<URL path>`` files."""
IMAGES_ROOT = Path(__file__).parent / "images"
"""The demo's photos (invented: a skyline, a chart, rings), served for every photo URL."""


class DemoSite(DemoServer):
    """A demo server that knows the mirror base URL of each plugin it serves."""

    sites: dict[str, str]
    """Plugin name -> base URL, ready for ``Settings.sites``; set by :meth:`start`."""

    def start(self) -> Self:
        """Start serving; one site per sub-directory of the root."""
        super().start()
        root = self.root
        names = sorted(p.name for p in root.iterdir() if p.is_dir()) if root else []
        self.sites = {name: f"{self.base_url}/{name}" for name in names}
        return self


def start_demo_site(root: Path = SITE_ROOT, *, latency: float = 0.0) -> DemoSite:
    """Start serving ``root`` (the bundled site by default) on a random loopback port.

    Stop it with :meth:`~DemoSite.close`, or use it as a context manager."""
    return DemoSite(root, latency=latency, images=IMAGES_ROOT).start()
