"""The reader's photo layer: ``i`` (or Enter on a photo block) shows the article's photos
on a :class:`~herald_tui.tui.screens.photo.PhotoScreen`. The image stack (textual-image,
Pillow) is imported when the first photo is drawn, never at start-up; the photo screen
itself when it is first opened."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from herald_tui.model import Article
from herald_tui.tui.screens.reader_base import Layer

if TYPE_CHECKING:
    from herald_tui.tui.widgets.article_body import PhotoBlock

__all__ = ["PhotoLayer"]


class PhotoLayer(Layer):
    """The reader's way to the photo screen (its key, ``i``, is bound on the reader)."""

    def action_photos(self) -> None:
        """Show the article's photos large, from the first one in view."""
        article = self.article_view.article
        if article is None or not article.photos:
            self.notify("This article has no photos.", timeout=2)
            return
        self.open_photos(article, self._photo_in_view(article))

    def on_photo_block_opened(self, event: PhotoBlock.Opened) -> None:
        """Enter (or a click) on a photo block shows the photos from that one."""
        article = self.article_view.article
        if article is not None and event.photo in article.photos:
            self.open_photos(article, article.photos.index(event.photo))

    def open_photos(self, article: Article, index: int) -> None:
        """Push the photo screen on the article's photos at ``index``."""
        from herald_tui.tui.photo_render import choose_renderer
        from herald_tui.tui.screens.photo import PhotoScreen

        renderer = choose_renderer(self.settings.ui.images, os.environ)
        screen = PhotoScreen(self.library, article.photos, index, article.source, renderer)
        self.app.push_screen(screen)

    def _photo_in_view(self, article: Article) -> int:
        """Index of the first photo block the article view shows, else 0."""
        from herald_tui.tui.widgets.article_body import PhotoBlock  # shown with an article

        view = self.article_view.region
        for block in self.article_view.query(PhotoBlock):
            if block.region.overlaps(view) and block.photo in article.photos:
                return article.photos.index(block.photo)
        return 0
