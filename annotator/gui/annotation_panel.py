"""The right-hand panel: annotations grouped by category, and an editor for the current one.

The panel never writes to the store: it emits what the user asked for and the window turns
that into undo commands. It shows what the model (fed by store changes) holds.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Annotation, Category, category_label
from annotator.gui.i18n import interface_language
from annotator.gui.models import AnnotationTableModel
from annotator.gui.verification_editor import VerificationEditor


class AnnotationPanel(QWidget):
    annotation_activated = Signal(str)  # the user picked an annotation: show it in the text
    edit_requested = Signal(str, str, object)  # annotation id, field, new value
    delete_requested = Signal(list)  # annotation ids
    current_changed = Signal(str)  # the annotation now in the editor ("" for none)

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Show category"))
        self.filter_box.activated.connect(
            lambda _row: model.set_category_filter(self.filter_box.currentData()))
        # A table, not a tree: it lays out only the visible rows of 10,000 annotations.
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Annotations"))
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 80)
        header.resizeSection(2, 90)
        header.resizeSection(3, 110)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)

        self.editor = VerificationEditor()
        self.editor.edit_requested.connect(self.edit_requested)
        # The editor's controls, reachable as the panel's (tests and the window use them).
        self.status_box, self.note_edit = self.editor.status_box, self.editor.note_edit

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor, 1)
        self._current_id: str | None = None
        self._show(None)

    # ---- what is selected ----------------------------------------------------------------

    @property
    def current_id(self) -> str | None:
        return self._current_id

    def set_categories(self, categories: list[Category]) -> None:
        """Refill the category filter, keeping the current choice when it still exists."""
        current = self.filter_box.currentData()
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("All categories"), None)
        language = interface_language()
        for cat in categories:
            self.filter_box.addItem(category_label(cat, language), cat.id)
        row = self.filter_box.findData(current)
        self.filter_box.setCurrentIndex(max(0, row))
        if row < 0 and current is not None:
            self.model.set_category_filter(None)

    def selected_ids(self) -> list[str]:
        ids = []
        for index in self.table.selectionModel().selectedRows(0):
            a = self.model.annotation_at(index)
            if a is not None:
                ids.append(a.id)
        return ids

    def select(self, annotation_id: str) -> None:
        index = self.model.index_of(annotation_id)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        a = self.model.annotation_at(current)
        self._show(a)

    def _activated(self, index: QModelIndex) -> None:
        a = self.model.annotation_at(index)
        if a is not None:
            self.annotation_activated.emit(a.id)

    # ---- the editor ----------------------------------------------------------------------

    def _show(self, a: Annotation | None) -> None:
        self._current_id = a.id if a else None
        self.editor.show_annotation(a)
        self.current_changed.emit(self._current_id or "")

    def refresh_current(self) -> None:
        """The store changed the current annotation (undo, redo): show its new values."""
        a = self.model.annotation(self._current_id) if self._current_id else None
        if a is None:
            self._show(None)
        else:
            self.editor.refresh(a)

    def commit_note(self) -> None:
        """Send the note being typed now (before switching annotation, closing, exporting)."""
        self.editor.commit_note()

    def request_delete(self) -> None:
        ids = self.selected_ids() or ([self._current_id] if self._current_id else [])
        if ids:
            self.delete_requested.emit(ids)
