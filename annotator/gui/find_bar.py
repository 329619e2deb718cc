"""Find in the open article: a bar above the text, accent- and case-insensitive.

The needle becomes one regular expression (annotator.core.folding) searched over the
article's stored text, the Python string, once per change of needle or article: a 5 MB
article takes tens of milliseconds, and typing waits for a pause before searching one
that long. Moving between matches is then a bisection over their starts. Matches are
code points; the view converts them (ArticleView.select_span). The text is never read
back from Qt (it turns no-break spaces into spaces).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.core.folding import compile_needle
from annotator.gui.article_view import ArticleView

# Above this many characters, searching waits for a pause in typing (a 5 MB article takes
# ~50 ms a search); below, every keystroke searches at once.
LARGE_TEXT = 200_000
TYPING_DELAY_MS = 120


class FindBar(QWidget):
    """Find bar over an ArticleView; `closed` when Esc (or ×) hides it."""

    closed = Signal()

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Find in article"))
        self.box.setAccessibleName(self.tr("Find in article"))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Matches"))
        self.count.setMinimumWidth(90)
        self.previous_button = self._button("▲", self.tr("Previous match"), "Shift+F3",
                                            self.find_previous)
        self.next_button = self._button("▼", self.tr("Next match"), "F3", self.find_next)
        self.close_button = self._button("✕", self.tr("Close"), "Esc", self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_bar)
        self.addAction(escape)
        self._pattern: re.Pattern[str] | None = None
        self._needle = ""
        self._text: str | None = None  # the text the matches are of
        self._starts = array("q")
        self._ends = array("q")
        self._current = -1
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._needle_changed)
        self.box.textChanged.connect(self._text_edited)
        # A new article, or the same one revised: count again (searching on next use).
        view.textChanged.connect(self._article_changed)
        self.hide()

    def _button(self, text: str, name: str, keys: str, slot) -> QToolButton:
        """A tool button showing `text`, named `name`; its tip names its shortcut too."""
        button = QToolButton()
        button.setText(text)
        shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({shortcut})").format(action=name,
                                                                  shortcut=shortcut))
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # ---- opening and closing ------------------------------------------------------------

    def open(self) -> None:
        """Show the bar and focus its box; a short selection in the text becomes the needle."""
        article = self.view.article
        if article is not None:
            start, end = self.view.selected_span()
            chosen = article.text[start:end]
            if chosen and "\n" not in chosen and len(chosen) <= 100:
                self.box.setText(chosen)
        self.show()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()
        self._update()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # ---- matches ------------------------------------------------------------------------

    def match_count(self) -> int:
        self._update()
        return len(self._starts)

    def current(self) -> int:
        """Index of the match selected in the text, -1 if none."""
        return self._current

    def spans(self) -> list[tuple[int, int]]:
        self._update()
        return list(zip(self._starts, self._ends, strict=True))

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self._typing.isActive():
            self._needle_changed()
        self._update()
        if not self._starts:
            self._show_count()
            return
        if self._current >= 0:
            target = (self._current + direction) % len(self._starts)
        else:  # the first match after (or before) the cursor, wrapping around
            start, end = self.view.selected_span()
            if direction > 0:
                target = bisect_left(self._starts, start) % len(self._starts)
            else:
                target = (bisect_right(self._starts, max(start, end - 1)) - 1) % len(
                    self._starts)
        self._current = target
        self.view.select_span(self._starts[target], self._ends[target])
        self._show_count()

    def _text_edited(self, _text: str) -> None:
        text = self.view.article.text if self.view.article is not None else ""
        if len(text) > LARGE_TEXT:
            self._typing.start()
        else:
            self._needle_changed()

    def _needle_changed(self) -> None:
        """A new needle: search, and select the first match from where the reader is."""
        self._typing.stop()
        self._update()
        self._current = -1
        if self._starts and self.isVisible():
            self._step(+1)
        self._show_count()

    def _article_changed(self) -> None:
        article = self.view.article
        if (article.text if article is not None else "") is self._text:
            return  # the same text laid out again
        self._current = -1
        if self.isVisible():
            self._update()
            self._show_count()

    def _update(self) -> None:
        """Search again if the needle or the text changed since the last search."""
        article = self.view.article
        text = article.text if article is not None else ""
        needle = self.box.text().strip()
        if text is self._text and needle == self._needle:
            return
        if needle != self._needle:
            self._pattern = compile_needle(needle) if needle else None
        self._text, self._needle, self._current = text, needle, -1
        self._starts, self._ends = array("q"), array("q")
        if self._pattern is not None and text:
            for match in self._pattern.finditer(text):
                self._starts.append(match.start())
                self._ends.append(match.end())

    def _show_count(self) -> None:
        n = len(self._starts)
        if not self._needle:
            self.count.setText("")
        elif not n:
            self.count.setText(self.tr("No matches"))
        elif self._current >= 0:
            self.count.setText(self.tr("{current} of {count}").format(current=self._current + 1,
                                                                      count=n))
        else:
            self.count.setText(self.tr("%n match(es)", "", n))
        self.previous_button.setEnabled(bool(n))
        self.next_button.setEnabled(bool(n))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Enter: next match; Shift+Enter: previous."""
        if (watched is self.box and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)
