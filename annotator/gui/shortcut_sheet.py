"""Help ▸ Keyboard Shortcuts (F1 or ?): every shortcut of the window, read from its menus,
so the sheet never drifts from what the keys do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.folding import fold
from annotator.gui.shortcuts import plain


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for each action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(actions: list[QAction], where: str) -> None:
        for action in actions:
            menu = action.menu()
            if menu is not None:
                walk(menu.actions(), f"{where} ▸ {plain(action.text())}" if where
                     else plain(action.text()))
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in action.shortcuts())
                rows.append((where, plain(action.text()), keys))

    walk(menu_bar.actions(), "")
    return rows


class ShortcutSheet(QDialog):
    """A filterable table of the window's shortcuts; kept open beside the work."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 620)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: an action, a menu or a key"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"),
                                              self.tr("Menu")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.set_rows(shortcut_rows(menu_bar))

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for row, (menu, action, keys) in enumerate(rows):
            for column, text in enumerate((action, keys, menu)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._apply_filter(self.filter.text())

    def shown_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _apply_filter(self, text: str) -> None:
        needle = fold(text)
        for row in range(self.table.rowCount()):
            haystack = fold(" ".join(self.table.item(row, c).text() for c in range(3)))
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)
