"""How photos are drawn: which of textual-image's widgets, chosen without asking the terminal.

textual-image (Kitty graphics protocol, Sixel, Unicode half-blocks) asks the terminal what
it supports when it is first imported, by writing a query and reading the answer from stdin.
Once Textual runs, its input thread owns stdin, and we import the library only when the
first photo is opened (so that start-up does not pay for it). So the import is made to see no
terminal (no query is written, no keystroke is eaten) and the protocol is chosen here, from
what the environment says the terminal is:

* ``NO_COLOR`` or ``images = "off"``: no picture, the caption only;
* ``images = "halfblock"``, inside tmux (``TMUX`` set: textual-image does not wrap its
  graphics in tmux's passthrough, so tmux would drop them), or an unknown terminal:
  half-blocks, two coloured pixels per cell, which every colour terminal draws;
* kitty and Ghostty: the Kitty graphics protocol; WezTerm, Konsole, foot, iTerm2, mlterm:
  Sixel (textual-image's own notes: WezTerm and Konsole draw its Sixel, not its Kitty
  placeholders).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PIL.Image import Image
    from textual.widget import Widget

__all__ = ["Renderer", "choose_renderer", "photo_widget"]

Renderer = Literal["tgp", "sixel", "halfblock", "off"]
"""Kitty graphics protocol, Sixel, Unicode half-blocks, or no picture."""

_TGP_TERMS = ("xterm-kitty", "xterm-ghostty")
_SIXEL_PROGRAMS = ("WezTerm", "iTerm.app", "mlterm")


def choose_renderer(setting: str, env: Mapping[str, str]) -> Renderer:
    """The renderer for the ``images`` setting in a terminal described by ``env``."""
    if setting == "off" or "NO_COLOR" in env:
        return "off"
    if setting == "halfblock" or env.get("TMUX"):
        return "halfblock"
    term = env.get("TERM", "")
    if term in _TGP_TERMS or env.get("KITTY_WINDOW_ID") or env.get("GHOSTTY_RESOURCES_DIR"):
        return "tgp"
    if (
        env.get("TERM_PROGRAM", "") in _SIXEL_PROGRAMS
        or env.get("KONSOLE_VERSION")
        or term.startswith("foot")
    ):
        return "sixel"
    return "halfblock"


def photo_widget(renderer: Renderer, image: Image) -> Widget:
    """textual-image's widget for ``renderer`` showing ``image`` (not for ``"off"``)."""
    widgets = _import_widgets()
    cls = {"tgp": widgets.TGPImage, "sixel": widgets.SixelImage}.get(
        renderer, widgets.HalfcellImage
    )
    widget: Widget = cls(image)
    return widget


def _import_widgets() -> ModuleType:
    """``textual_image.widget``, imported as if no terminal were attached (see the module
    docstring); Python keeps it after the first call."""
    if "textual_image.widget" in sys.modules:
        return sys.modules["textual_image.widget"]
    real = sys.__stdout__
    # isatty() is False on a StringIO: no query is written, the default cell size is used.
    setattr(sys, "__stdout__", io.StringIO())  # noqa: B010 (typeshed: Final)
    try:
        import textual_image.widget as widgets
    finally:
        setattr(sys, "__stdout__", real)  # noqa: B010
    return widgets
