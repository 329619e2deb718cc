"""The article, read-only, with category highlights; speaks code points to the outside.

This is the Qt boundary of the offset rule: positions enter and leave this widget as code
points of the stored text and are converted to Qt's UTF-16 units only through Utf16Map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from annotator.core.model import Annotation, Article
from annotator.core.offsets import Utf16Map
from annotator.gui.highlighter import Span, SpanHighlighter


class ArticleView(QPlainTextEdit):
    """Shows one article; emits `annotation_clicked` when a highlight is clicked."""

    annotation_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Selectable by keyboard too, so a keyboard user can extend a selection and annotate.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAcceptDrops(False)  # files dropped here go to the window's importer
        self.setAccessibleName("Article text")
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() * 1.15))
        self.setFont(font)
        self.highlighter = SpanHighlighter(self.document())
        self.article: Article | None = None
        self._map = Utf16Map("")
        self.extra_menu_actions: list = []
        self.setPlaceholderText("Open or import an article to start annotating.")

    # ---- loading -------------------------------------------------------------------------

    def show_article(self, article: Article | None, annotations: list[Annotation],
                     colors: dict[str, str]) -> None:
        """Lay out the article once, with every highlight already indexed."""
        self.article = article
        text = article.text if article else ""
        self._map = Utf16Map(text)
        self.highlighter.set_colors(colors)
        self.highlighter.set_spans([self._span(a) for a in annotations])
        self.setPlainText(text)  # the highlighter formats every block in this one pass

    def set_colors(self, colors: dict[str, str]) -> None:
        self.highlighter.set_colors(colors)
        self.highlighter.rehighlight()

    # ---- spans in code points ------------------------------------------------------------

    def _span(self, a: Annotation) -> Span:
        return Span(self._map.to_utf16(a.start), self._map.to_utf16(a.end),
                    a.category_id, a.id)

    def add_annotation(self, annotation: Annotation) -> None:
        self.highlighter.add_span(self._span(annotation))

    def remove_annotation(self, annotation_id: str) -> None:
        self.highlighter.remove_span(annotation_id)

    def selected_span(self) -> tuple[int, int]:
        """The selection as (start, end) code points of the stored text."""
        cursor = self.textCursor()
        return (self._map.to_code_point(cursor.selectionStart()),
                self._map.to_code_point(cursor.selectionEnd()))

    def select_span(self, start: int, end: int) -> None:
        """Select code points [start, end) and scroll them into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def annotation_ids_at(self, code_point: int) -> list[str]:
        """Annotations covering a position, innermost first."""
        spans = self.highlighter.spans_at(self._map.to_utf16(code_point))
        return [s.annotation_id for s in spans]

    # ---- events --------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        cursor = self.textCursor()
        if event.button() == Qt.MouseButton.LeftButton and not cursor.hasSelection():
            ids = self.annotation_ids_at(self._map.to_code_point(cursor.position()))
            if ids:
                self.annotation_clicked.emit(ids[0])

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.extra_menu_actions:
            menu.insertSeparator(menu.actions()[0] if menu.actions() else None)
            first = menu.actions()[0] if menu.actions() else None
            for action in self.extra_menu_actions:
                menu.insertAction(first, action)
        menu.exec(event.globalPos())
        menu.deleteLater()
