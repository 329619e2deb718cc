"""Filters over the whole project: category, status, party, editor.

The bar only says what is chosen; the window asks the store which articles and which
annotations pass, and narrows the article list and the annotation panel to them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from annotator.core.model import Category, Party, Status

FIELDS = ("category", "status", "party", "editor")
ANY = {"category": "Any category", "status": "Any status", "party": "Any party",
       "editor": "Any editor"}


class FilterBar(QWidget):
    changed = Signal(dict)  # {"category": id|None, "status": …, "party": …, "editor": …}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in FIELDS:
            box = QComboBox()
            box.setAccessibleName(f"Filter by {field}")
            box.setToolTip(f"Show only articles and annotations of this {field}")
            box.addItem(ANY[field], None)
            # Narrow by default: the article list beside it must stay narrow too.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.activated.connect(lambda _row: self._emit())
            self.boxes[field] = box
            layout.addWidget(box, 1)
        self.clear_button = QPushButton("Clear Filters")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self._update_clear()

    def values(self) -> dict:
        return {field: box.currentData() for field, box in self.boxes.items()}

    def active(self) -> bool:
        return any(v is not None for v in self.values().values())

    def set_choices(self, categories: list[Category], statuses: list[Status],
                    parties: list[Party], editors: list[str], lang: str = "en") -> None:
        """Refill the lists, keeping each choice that still exists."""
        choices = {
            "category": [(c.name, c.id) for c in categories],
            "status": [(s.label(lang), s.id) for s in statuses],
            "party": [(p.name, p.id) for p in sorted(parties, key=lambda p: p.name.casefold())],
            "editor": [(name, name) for name in editors],
        }
        before = self.values()
        for field, items in choices.items():
            box = self.boxes[field]
            box.blockSignals(True)
            box.clear()
            box.addItem(ANY[field], None)
            for label, data in items:
                box.addItem(label, data)
            box.setCurrentIndex(max(0, box.findData(before[field])))
            box.blockSignals(False)
        if self.values() != before:
            self.changed.emit(self.values())
        self._update_clear()

    def set_value(self, field: str, value) -> None:
        box = self.boxes[field]
        box.setCurrentIndex(max(0, box.findData(value)))
        self._emit()

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setCurrentIndex(0)
        self._emit()

    def _emit(self) -> None:
        self._update_clear()
        self.changed.emit(self.values())

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.active())
