"""Filters over the whole project: category, status, party, editor.

The bar only says what is chosen; the window asks the store which articles and which
annotations pass, and narrows the article list and the annotation panel to them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from annotator.core.model import Category, Party, Status, category_label
from annotator.gui.i18n import interface_language

FIELDS = ("category", "status", "party", "editor")
# Translation markers: shown through QCoreApplication.translate("FilterBar", …).
ANY = {"category": QT_TRANSLATE_NOOP("FilterBar", "Any category"),
       "status": QT_TRANSLATE_NOOP("FilterBar", "Any status"),
       "party": QT_TRANSLATE_NOOP("FilterBar", "Any party"),
       "editor": QT_TRANSLATE_NOOP("FilterBar", "Any editor")}
# Each list's accessible name and tooltip.
DESCRIPTIONS = {
    "category": (QT_TRANSLATE_NOOP("FilterBar", "Filter by category"),
                 QT_TRANSLATE_NOOP("FilterBar",
                                   "Show only articles and annotations of this category")),
    "status": (QT_TRANSLATE_NOOP("FilterBar", "Filter by status"),
               QT_TRANSLATE_NOOP("FilterBar",
                                 "Show only articles and annotations of this status")),
    "party": (QT_TRANSLATE_NOOP("FilterBar", "Filter by party"),
              QT_TRANSLATE_NOOP("FilterBar", "Show only articles and annotations of this party")),
    "editor": (QT_TRANSLATE_NOOP("FilterBar", "Filter by editor"),
               QT_TRANSLATE_NOOP("FilterBar",
                                 "Show only articles and annotations of this editor")),
}


def _any(field: str) -> str:
    return QCoreApplication.translate("FilterBar", ANY[field])


class FilterBar(QWidget):
    changed = Signal(dict)  # {"category": id|None, "status": …, "party": …, "editor": …}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for field in FIELDS:
            box = QComboBox()
            name, tip = DESCRIPTIONS[field]
            box.setAccessibleName(QCoreApplication.translate("FilterBar", name))
            box.setToolTip(QCoreApplication.translate("FilterBar", tip))
            box.addItem(_any(field), None)
            # Narrow by default: the article list beside it must stay narrow too.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.activated.connect(lambda _row: self._emit())
            self.boxes[field] = box
            layout.addWidget(box, 1)
        self.clear_button = QPushButton(self.tr("Clear Filters"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self._update_clear()

    def values(self) -> dict:
        return {field: box.currentData() for field, box in self.boxes.items()}

    def active(self) -> bool:
        return any(v is not None for v in self.values().values())

    def set_choices(self, categories: list[Category], statuses: list[Status],
                    parties: list[Party], editors: list[str], lang: str | None = None) -> None:
        """Refill the lists, keeping each choice that still exists. Statuses are named in
        `lang` ("en" or "fr"; by default the interface language), categories in the
        interface language."""
        lang = lang or interface_language()
        choices = {
            "category": [(category_label(c, interface_language()), c.id) for c in categories],
            "status": [(s.label(lang), s.id) for s in statuses],
            "party": [(p.name, p.id) for p in sorted(parties, key=lambda p: p.name.casefold())],
            "editor": [(name, name) for name in editors],
        }
        before = self.values()
        for field, items in choices.items():
            box = self.boxes[field]
            box.blockSignals(True)
            box.clear()
            box.addItem(_any(field), None)
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
