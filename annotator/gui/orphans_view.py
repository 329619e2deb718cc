"""The Orphans tab: annotations a revision of the article's text left without a place.

They are listed with their words, the words that stood around them and their note. The
editor selects where one belongs in the article and presses Place Here; the window turns
that into an undoable command. Like the other panels, this one never writes to the store.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Annotation, Category, category_label
from annotator.gui.i18n import interface_language


class OrphansView(QWidget):
    place_requested = Signal(str)  # annotation id: place it on the article's selection
    delete_requested = Signal(str)  # annotation id
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orphans: list[Annotation] = []
        self._categories: dict[str, Category] = {}
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Orphaned annotations"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place_button = QPushButton(self.tr("&Place Here"))
        self.place_button.setToolTip(self.tr(
            "Select the words this annotation belongs to in the article, then press here"))
        self.place_button.clicked.connect(self._place)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this annotation (Undo brings it back)"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.set_orphans([], {})

    # ---- contents ------------------------------------------------------------------------

    def set_orphans(self, orphans: list[Annotation], categories: dict[str, Category]) -> None:
        """Show these orphans (of the open article), keeping the current one if still there."""
        current = self.current_id()
        self._orphans, self._categories = list(orphans), categories
        self.list.blockSignals(True)
        self.list.clear()
        language = interface_language()
        for a in self._orphans:
            category = categories.get(a.category_id)
            label = self.tr("{category}: “{text}”").format(
                category=category_label(category, language) if category else a.category_id,
                text=_one_line(a.exact))
            if a.note.strip():
                label += f"\n{_one_line(a.note, 90)}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(f"…{a.prefix}[{a.exact}]{a.suffix}…")
            self.list.addItem(item)
        rows = [i for i, a in enumerate(self._orphans) if a.id == current]
        self.list.setCurrentRow(rows[0] if rows else (0 if self._orphans else -1))
        self.list.blockSignals(False)
        n = len(self._orphans)
        self.hint.setText(
            self.tr("No orphaned annotations in this article.") if not n else
            self.tr("%n annotation(s) lost their place when the text was revised. Select the "
                    "words one belongs to in the article, then press Place Here.", "", n))
        self._show_current()
        self.count_changed.emit(n)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, annotation_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == annotation_id:
                self.list.setCurrentRow(row)

    def count(self) -> int:
        return len(self._orphans)

    # ---- actions -------------------------------------------------------------------------

    def _current(self) -> Annotation | None:
        current = self.current_id()
        return next((a for a in self._orphans if a.id == current), None)

    def _show_current(self) -> None:
        a = self._current()
        self.place_button.setEnabled(a is not None)
        self.delete_button.setEnabled(a is not None)
        if a is None:
            self.detail.setText("")
            return
        text = self.tr("Was: …{before}[{text}]{after}…").format(
            before=_flat(a.prefix), text=_one_line(a.exact), after=_flat(a.suffix))
        if a.note.strip():
            text += "\n" + self.tr("Note: {note}").format(note=a.note.strip())
        self.detail.setText(text)

    def _place(self) -> None:
        current = self.current_id()
        if current:
            self.place_requested.emit(current)

    def _delete(self) -> None:
        current = self.current_id()
        if current:
            self.delete_requested.emit(current)


def _flat(text: str) -> str:
    """Line breaks shown as spaces, the spaces at the edges kept (they stood there)."""
    return re.sub(r"\s+", " ", text)


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
