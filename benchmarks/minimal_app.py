"""The comparison for app start-up: a minimal Textual app painting a 50-item list.

Run as a script (``python benchmarks/minimal_app.py``); ``q`` quits. It imports nothing of
herald-tui, so it measures what any Textual app pays to start and paint a list.
"""

from textual.app import App, ComposeResult
from textual.widgets import Footer, OptionList


class MinimalApp(App[None]):
    """A list of 50 items and a footer."""

    BINDINGS = [("q", "quit", "Quit")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        yield OptionList(*(f"Headline {n:03d} of the minimal list" for n in range(1, 51)))
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()
