"""The settings only the app can check (Textual's themes, the bindings), checked before it
starts: an unknown theme or a key given to two actions is a :class:`ConfigError` naming the
file and the key, like every other config error, not a surprise once the app is running
(``quit = "s"`` would otherwise leave no way to quit but Ctrl+C)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from textual.dom import DOMNode

from herald_tui.config import Settings
from herald_tui.errors import ConfigError
from herald_tui.text import clean_line
from herald_tui.tui.keys import keymap

__all__ = ["binding_classes", "check_app_settings", "key_conflicts"]


def check_app_settings(settings: Settings, config_file: Path) -> None:
    """Raise :class:`ConfigError` for an unknown ``ui.theme`` or a colliding ``[keys]``."""
    from textual.theme import BUILTIN_THEMES

    theme = settings.ui.theme
    if theme not in BUILTIN_THEMES:
        names = ", ".join(sorted(BUILTIN_THEMES))
        raise ConfigError(
            f"{config_file}: 'ui.theme' is {clean_line(theme)!r}, not a theme (themes: {names})"
        )
    if not keymap(settings.keys):
        return  # nothing rebound: no class need be looked at (or imported) for its keys
    conflicts = key_conflicts(settings.keys, binding_classes())
    if conflicts:
        action, key, other = conflicts[0]  # one line: the first, in action order
        raise ConfigError(
            f"{config_file}: 'keys.{clean_line(action)}' gives {clean_line(key)} to "
            f"{clean_line(action)}, but {clean_line(key)} is also the key of {other}; "
            f"give {other} another key too"
        )


def binding_classes() -> list[type[DOMNode]]:
    """The app and every screen and widget class of herald-tui: where keys are bound."""
    # Importing them defines the classes: the app imports the reader and the widgets of the
    # first screen; the others and the photo screen are imported when first used.
    import herald_tui.tui.app
    import herald_tui.tui.screens.photo
    import herald_tui.tui.widgets.find
    import herald_tui.tui.widgets.people
    import herald_tui.tui.widgets.quotes
    import herald_tui.tui.widgets.search  # noqa: F401

    found: list[type[DOMNode]] = []
    stack: list[type[DOMNode]] = [DOMNode]
    seen: set[type[DOMNode]] = set()
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                stack.append(sub)
                if sub.__module__.startswith("herald_tui."):
                    found.append(sub)
    return found


def key_conflicts(
    keys: Mapping[str, str], classes: Iterable[type[DOMNode]]
) -> list[tuple[str, str, str]]:
    """``(action, key, other)`` for each key ``keys`` gives an action that another action
    (``other``) still has: by default and not rebound, or given by ``keys`` too. A key two
    actions already share by default (in different panes) is not a new conflict, and
    neither is a key of two screens, which are never active together (the reader's
    ``right`` and the photo viewer's)."""
    from textual.screen import Screen

    if not keymap(keys):
        return []  # nothing rebound, nothing new
    # Each class's bindings once, with the ids bound to each key: merging them is what
    # costs, and every widget class is in the group of every screen.
    bound = {cls: _ids_by_key(cls) for cls in classes}
    screens = [cls for cls in bound if issubclass(cls, Screen)]
    rest = [bound[cls] for cls in bound if not issubclass(cls, Screen)]
    found: list[tuple[str, str, str]] = []
    for group in [[*rest, bound[screen]] for screen in screens] or [rest]:
        found.extend(c for c in _conflicts(keys, group) if c not in found)
    return sorted(found)


def _ids_by_key(cls: type[DOMNode]) -> dict[str, set[str]]:
    """The ids of the bindings of each key of ``cls`` (its own and inherited)."""
    merged = cls._merge_bindings().key_to_bindings.items()
    return {key: {b.id for b in bindings if b.id} for key, bindings in merged}


def _conflicts(
    keys: Mapping[str, str], classes: Iterable[dict[str, set[str]]]
) -> list[tuple[str, str, str]]:
    defaults: dict[str, set[str]] = {}
    for ids_by_key in classes:
        for key, ids in ids_by_key.items():
            defaults.setdefault(key, set()).update(ids)
    bound_here = set().union(*defaults.values())
    # Only the actions these classes bind: another screen's action never meets them.
    wanted = {a: v for a, v in keymap(keys).items() if a in bound_here}
    owners = {key: {i for i in ids if i not in wanted} for key, ids in defaults.items()}
    for action, value in wanted.items():
        for key in value.split(","):
            owners.setdefault(key, set()).add(action)
    conflicts = []
    for action, value in sorted(wanted.items()):
        for key in value.split(","):
            shared = defaults.get(key, set()) if action in defaults.get(key, set()) else set()
            for other in sorted(owners[key] - {action} - shared):
                conflicts.append((action, key, other))
    return conflicts
