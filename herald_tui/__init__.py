"""herald-tui: a terminal reader for The Korea Herald and Yonhap News Agency (English).

The package has three parts that only meet through plain data (:mod:`herald_tui.model`):

* :mod:`herald_tui.fetchers`: site plugins, the plugin registry and the HTTP client (no Textual);
* :mod:`herald_tui.cache`: the SQLite store, its migrations and full-text search (no Textual,
  no network);
* :mod:`herald_tui.tui`: the Textual application.
"""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/herald-tui/herald-tui"

__all__ = ["PROJECT_URL", "__version__"]
