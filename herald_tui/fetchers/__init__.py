"""Site plugins and what they share.

* :mod:`~herald_tui.fetchers.base`: the plugin contract (:class:`~.base.Fetcher`,
  :class:`~.base.ParseError`); read its docstring to write a plugin.
* :mod:`~herald_tui.fetchers.registry`: finding plugins through entry points
  (:mod:`~herald_tui.fetchers.entry_points` reads them).
* :mod:`~herald_tui.fetchers.yonhap`, :mod:`~herald_tui.fetchers.koreaherald`: the built-ins,
  each read by its ``*_pages`` module (imported on the first parse);
  :mod:`~herald_tui.fetchers.generic`: the fallback for unknown layouts.
* Building blocks: :mod:`~herald_tui.fetchers.dom`, :mod:`~herald_tui.fetchers.meta`,
  :mod:`~herald_tui.fetchers.dates`, :mod:`~herald_tui.fetchers.feeds`,
  :mod:`~herald_tui.fetchers.body`.
* :mod:`~herald_tui.fetchers.safety`: bounds on hostile input (pre-scan, parse deadline).

Nothing here does I/O or imports Textual.
"""
