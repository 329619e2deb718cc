"""The article, read-only, with category highlights; speaks code points to the outside.

This is the Qt boundary of the offset rule: positions enter and leave this widget as code
points of the stored text and are converted to Qt's UTF-16 units only through Utf16Map.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from annotator.core.model import Article
from annotator.core.offsets import Utf16Map
from annotator.gui.highlighter import Span, SpanHighlighter


class ArticleView(QPlainTextEdit):
    """Shows one article; emits `annotation_clicked` when a highlight is clicked."""

    annotation_clicked = Signal(str)
    selection_made = Signal()  # the mouse let go over a selection (sticky category mode)

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
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Article text"))
        self._default_font = QFont(self.font())
        self._reading_width = 0  # the widest line in average characters; 0: the whole pane
        self.set_reading_font("", 0.0)
        self.highlighter = SpanHighlighter(self.document())
        self.article: Article | None = None
        self._map = Utf16Map("")
        self.extra_menu_actions: list = []
        # Suggestions: (start, end, colour) in UTF-16 units, sorted; drawn as dashed
        # underlines over the text, for the visible lines only.
        self._suggestions: list[tuple[int, int, str]] = []
        self._suggestion_starts: list[int] = []
        self._longest_suggestion = 0
        self.setPlaceholderText(self.tr("Open or import an article to start annotating."))

    # ---- reading comfort -----------------------------------------------------------------

    def set_reading_font(self, family: str, size: float) -> None:
        """The article's font: family "" for the system's, size 0 for 15 % above it."""
        font = QFont(self._default_font)
        if family:
            font.setFamily(family)
        font.setPointSizeF(size if size > 0 else max(11.0, font.pointSizeF() * 1.15))
        self.setFont(font)
        self._fit_reading_width()

    def set_reading_width(self, characters: int) -> None:
        """Lines no wider than about this many characters, centred (0: the whole pane):
        long articles read better in a column than across a wide screen."""
        self._reading_width = max(0, characters)
        self._fit_reading_width()

    def reading_margin(self) -> int:
        return self.viewportMargins().left()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._fit_reading_width()
        super().resizeEvent(event)

    def _fit_reading_width(self) -> None:
        column = self._reading_width * self.fontMetrics().averageCharWidth()
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        side = max(0, (room - column) // 2) if self._reading_width else 0
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

    # ---- loading -------------------------------------------------------------------------

    def show_article(self, article: Article | None, spans: list[tuple[str, str, int, int]],
                     colors: dict[str, str]) -> None:
        """Lay out the article once, with every highlight already indexed.

        spans: (annotation id, category id, start, end) in code points.
        """
        self.article = article
        text = article.text if article else ""
        self._map = Utf16Map(text)
        to_utf16 = self._map.to_utf16
        self.highlighter.set_colors(colors)
        self.highlighter.set_spans(
            [(to_utf16(s), to_utf16(e), c, i) for i, c, s, e in spans])
        self._suggestions, self._suggestion_starts = [], []
        self.setPlainText(text)  # blocks get their highlights as they become visible

    def set_suggestions(self, spans: list[tuple[int, int, str]]) -> None:
        """Dashed underlines for suggestions: (start, end, colour) in code points."""
        to_utf16 = self._map.to_utf16
        self._suggestions = sorted((to_utf16(s), to_utf16(e), c) for s, e, c in spans)
        self._suggestion_starts = [s[0] for s in self._suggestions]
        self._longest_suggestion = max((e - s for s, e, _ in self._suggestions), default=0)
        self.viewport().update()

    def suggestion_count(self) -> int:
        return len(self._suggestions)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # A new theme: the highlights follow it.
            self.highlighter.restyle()
            self.viewport().update()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Format the blocks about to be drawn before drawing them (see SpanHighlighter).
        first = self.firstVisibleBlock()
        if first.isValid():
            bottom_point = self.viewport().rect().bottomLeft()
            last = self.cursorForPosition(bottom_point).block()
            self.highlighter.ensure_highlighted(first, last.blockNumber())
        super().paintEvent(event)
        if self._suggestions and first.isValid():
            self._paint_suggestions(first, last)

    def _paint_suggestions(self, first, last) -> None:
        """Dashed underlines in the category colour under each visible suggested span."""
        lo_pos, hi_pos = first.position(), last.position() + last.length()
        lo = bisect_left(self._suggestion_starts, lo_pos - self._longest_suggestion)
        hi = bisect_left(self._suggestion_starts, hi_pos)
        visible = [s for s in self._suggestions[lo:hi] if s[1] > lo_pos]
        if not visible:
            return
        painter = QPainter(self.viewport())
        offset = self.contentOffset()
        block = first
        while block.isValid() and block.blockNumber() <= last.blockNumber():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            layout = block.layout()
            b_start, b_end = block.position(), block.position() + block.length()
            for start, end, color in visible:
                if end <= b_start or start >= b_end:
                    continue
                pen = QPen(QColor(color).darker(130), 1.6, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    l_start = b_start + line.textStart()
                    l_end = l_start + line.textLength()
                    left, right = max(start, l_start), min(end, l_end)
                    if left >= right:
                        continue
                    x1, _ = line.cursorToX(left - b_start)
                    x2, _ = line.cursorToX(right - b_start)
                    y = top + line.y() + line.ascent() + 3
                    painter.drawLine(QPointF(x1 + offset.x(), y), QPointF(x2 + offset.x(), y))
            block = block.next()
        painter.end()

    # ---- spans in code points ------------------------------------------------------------

    def add_span(self, annotation_id: str, category_id: str, start: int, end: int) -> None:
        self.highlighter.add_span(Span(self._map.to_utf16(start), self._map.to_utf16(end),
                                       category_id, annotation_id))

    def remove_span(self, annotation_id: str) -> None:
        self.highlighter.remove_span(annotation_id)

    def span_of(self, annotation_id: str) -> tuple[str, int, int] | None:
        """(category, start, end) in code points of a highlighted annotation."""
        span = self.highlighter.span(annotation_id)
        if span is None:
            return None
        return (span.category_id, self._map.to_code_point(span.start),
                self._map.to_code_point(span.end))

    def highlighted_spans(self) -> set[tuple[str, int, int]]:
        """(category, start, end) in code points of every highlight, from memory."""
        to_cp = self._map.to_code_point
        return {(s.category_id, to_cp(s.start), to_cp(s.end))
                for s in self.highlighter.spans()}

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

    def neighbour_annotation(self, annotation_id: str | None, step: int) -> str | None:
        """The annotation after (step 1) or before (step -1) this one in the text; without
        one, the first after the cursor or the last before it."""
        span = self.highlighter.neighbour(annotation_id, self.textCursor().position(), step)
        return span.annotation_id if span else None

    def annotation_ids_at(self, code_point: int) -> list[str]:
        """Annotations covering a position, innermost first."""
        spans = self.highlighter.spans_at(self._map.to_utf16(code_point))
        return [s.annotation_id for s in spans]

    # ---- events --------------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        cursor = self.textCursor()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if cursor.hasSelection():
            self.selection_made.emit()
            return
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
