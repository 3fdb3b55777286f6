"""Sources and their sections, as a tree with unread counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from herald_tui.model import Section, Source
from herald_tui.text import clean_line
from herald_tui.tui.keys import navigation
from herald_tui.tui.listing import PEOPLE, SAVED

__all__ = ["SAVED", "SectionTree"]  # SAVED: re-exported, the tree lists it

Node = TreeNode[Section | None]


class SectionTree(Tree[Section | None]):
    """One branch per source, one leaf per section, then People (:data:`PEOPLE`) and the
    saved articles (:data:`SAVED`); Enter opens a section (:class:`SectionTree.Chosen`)."""

    BINDING_GROUP_TITLE = "Lists and article"
    BINDINGS: ClassVar[list[BindingType]] = [
        *navigation(
            "cursor_down", "cursor_up", "scroll_home", "scroll_end", "page_down", "page_up"
        ),
        Binding("enter", "select_cursor", "Open", id="open"),
    ]
    """Arrows, j/k, g/G, Home/End, PageUp/PageDown, space; Enter opens the section."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"section-tree--count"}
    """The unread count after a section's name."""

    class Chosen(Message):
        """The user opened a section."""

        def __init__(self, tree: SectionTree, section: Section) -> None:
            super().__init__()
            self.tree = tree
            self.section = section

        @property
        def control(self) -> SectionTree:
            """The tree the section was chosen in."""
            return self.tree

    class UnreadChanged(Message):
        """The unread count shown beside a section changed."""

        def __init__(self, section_key: str, count: int) -> None:
            super().__init__()
            self.section_key = section_key
            self.count = count

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Sources", id=id)
        self.show_root = False
        self.guide_depth = 2
        self._leaves: dict[str, Node] = {}
        self._unread: dict[str, int] = {}

    def process_label(self, label: str | Text) -> Text:
        """Labels are plain text, never markup (section names come from plugins)."""
        return label if isinstance(label, Text) else Text(clean_line(label))

    def fill(self, sources: Sequence[tuple[Source, Sequence[Section]]]) -> None:
        """Show these sources and sections (expanded), replacing what was there."""
        self.clear()
        self._leaves.clear()
        for source, sections in sources:
            branch = self.root.add(Text(clean_line(source.title), "bold"), None, expand=True)
            for section in sections:
                self._leaves[section.key] = branch.add_leaf(section.title, section)
        self._leaves[PEOPLE.key] = self.root.add_leaf(Text(f"❝ {PEOPLE.title}", "bold"), PEOPLE)
        self._leaves[SAVED.key] = self.root.add_leaf(Text(f"★ {SAVED.title}", "bold"), SAVED)

    @property
    def sections(self) -> list[Section]:
        """Every section of the sources, in tree order (the order of the 1-9 keys)."""
        return [
            leaf.data for leaf in self._leaves.values() if leaf.data not in (None, SAVED, PEOPLE)
        ]

    def set_unread(self, section_key: str, count: int) -> None:
        """Show ``count`` unread headlines beside the section."""
        leaf = self._leaves.get(section_key)
        if leaf is not None and self._unread.get(section_key) != count:
            self._unread[section_key] = count
            leaf.set_label(leaf.label)  # re-renders the line with the new count
            self.post_message(self.UnreadChanged(section_key, count))

    def unread(self, section_key: str) -> int:
        """The unread count shown beside the section (0 when none is)."""
        return self._unread.get(section_key, 0)

    def move_to(self, section_key: str) -> None:
        """Put the cursor on a section."""
        leaf = self._leaves.get(section_key)
        if leaf is not None:
            # After a refresh: the line a node is on is known once the tree has been laid out.
            self.call_after_refresh(self.move_cursor, leaf, False)

    def render_label(self, node: Node, base_style: Style, style: Style) -> Text:
        """The section's name, then its unread count."""
        label = super().render_label(node, base_style, style)
        count = self._unread.get(node.data.key, 0) if node.data else 0
        if count:
            label.append(f" {count}", self.get_component_rich_style("section-tree--count"))
        return label

    def on_tree_node_selected(self, event: Tree.NodeSelected[Section | None]) -> None:
        """A section leaf opens the section; a source branch only folds (Tree does that)."""
        event.stop()
        if event.node.data is not None:
            self.post_message(self.Chosen(self, event.node.data))
