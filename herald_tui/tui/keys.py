"""Key bindings: the shared navigation set, and Settings.keys turned into a Textual keymap.

Every binding herald-tui defines has an ``id`` equal to its action name in Settings.keys
(``refresh = "r,f5"``), so Textual's keymap replaces its keys wherever it is bound. The help
screen and the command palette read the bindings back with the keymap applied, so they always
show the effective keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from textual.app import App
from textual.binding import Binding, BindingType
from textual.dom import DOMNode

__all__ = [
    "BoundAction",
    "action_help",
    "binding_ids",
    "bound_actions",
    "describe",
    "effective_keys",
    "key_hint",
    "keymap",
    "navigation",
    "unknown_actions",
]


def navigation(
    down: str, up: str, top: str, bottom: str, page_down: str, page_up: str
) -> list[BindingType]:
    """Arrows and j/k, g/G and Home/End, PageUp/PageDown and space, bound to a widget's own
    actions of the same meaning."""
    return [
        Binding("down,j", down, "Down", show=False, id="down"),
        Binding("up,k", up, "Up", show=False, id="up"),
        Binding("home,g", top, "Top", show=False, id="top"),
        Binding("end,G", bottom, "Bottom", show=False, id="bottom"),
        Binding("pagedown,space", page_down, "Page down", show=False, id="page_down"),
        Binding("pageup", page_up, "Page up", show=False, id="page_up"),
    ]


def keymap(keys: Mapping[str, str]) -> dict[str, str]:
    """Settings.keys as a Textual keymap: ``"q, ctrl+q"`` becomes ``"q,ctrl+q"``; empty
    entries are ignored (they would unbind an action with no way back)."""
    result = {}
    for action, value in keys.items():
        parts = [part.strip() for part in value.split(",") if part.strip()]
        if parts:
            result[action] = ",".join(parts)
    return result


@dataclass(slots=True)
class BoundAction:
    """One action as the help screen lists it."""

    id: str
    description: str
    action: str
    node: DOMNode
    """Where it is bound (the first node of those given that binds it)."""
    keys: list[str] = field(default_factory=list)
    """Effective keys, as displayed (``j``, ``↓``, ``^p``)."""
    group: str = ""
    """Description of the binding group (``Jump to section``), if any."""


def bound_actions(app: App[Any], nodes: Iterable[DOMNode]) -> list[BoundAction]:
    """Actions with an id and a description bound on ``nodes``, with the app's keymap applied.

    An id bound on several nodes (``down`` in every list) is listed once, for the first node.
    """
    actions: dict[str, BoundAction] = {}
    for node in nodes:
        # Textual applies the keymap to a copy of each node's bindings on every key press;
        # doing the same here shows exactly the keys that work.
        bindings = node._bindings.copy()
        for _key, binding in list(bindings):  # fix the order before the keymap moves keys
            if binding.id and binding.description and binding.id not in actions:
                group = binding.group.description if binding.group else ""
                actions[binding.id] = BoundAction(
                    binding.id, describe(node, binding), binding.action, node, group=group
                )
        bindings.apply_keymap(app._keymap)
        for _key, binding in bindings:
            entry = actions.get(binding.id or "")
            if entry is not None and entry.node is node:
                shown = app.get_key_display(binding)
                if shown not in entry.keys:
                    entry.keys.append(shown)
    return list(actions.values())


def effective_keys(app: App[Any], nodes: Iterable[DOMNode], binding_id: str) -> list[str]:
    """The keys that trigger ``binding_id`` now (the keymap applied), as displayed (``z``,
    ``esc``, ``^r``), on the first of ``nodes`` that binds it; [] if none does, or if every
    key of it went to another action."""
    for node in nodes:
        if not any(binding.id == binding_id for _key, binding in node._bindings):
            continue
        bindings = node._bindings.copy()
        bindings.apply_keymap(app._keymap)
        shown = [app.get_key_display(b) for _key, b in bindings if b.id == binding_id]
        return list(dict.fromkeys(shown))
    return []


def key_hint(node: DOMNode, binding_id: str, *, first: bool = False) -> str:
    """The keys of ``binding_id`` for a hint in the app's text (``s``, ``r or f5``; only the
    first with ``first``), as bound where ``node`` is (itself, its screen, the app); ``""``
    when it is bound to no key. Hints never spell a key themselves: a user may rebind it."""
    keys = effective_keys(node.app, node.ancestors_with_self, binding_id)
    return " or ".join(keys[:1] if first else keys)


def describe(node: DOMNode, binding: Binding) -> str:
    """The binding's description, as the node tells it now when it can (``Section 3`` is
    ``Section 3: Yonhap › North Korea`` once the reader knows its sections)."""
    tell = getattr(node, "describe_action", None)
    told = tell(binding.action) if callable(tell) else None
    return told if isinstance(told, str) and told else binding.description


def action_help(action: BoundAction) -> str:
    """What the action does, in a sentence: the first line of its method's docstring."""
    method = getattr(action.node, f"action_{action.action.split('(')[0]}", None)
    doc = (getattr(method, "__doc__", None) or "").strip()
    # The first paragraph, its lines joined and their indentation dropped.
    return " ".join(doc.split("\n\n")[0].split()) if doc else action.description


def unknown_actions(keys: Mapping[str, str], known: Iterable[str]) -> list[str]:
    """Names in Settings.keys that no binding has, sorted."""
    return sorted(set(keys) - set(known))


def binding_ids(nodes: Iterable[DOMNode]) -> set[str]:
    """Every binding id on ``nodes``: the names Settings.keys may use."""
    return {b.id for node in nodes for _key, b in node._bindings if b.id}
