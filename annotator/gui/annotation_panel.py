"""The right-hand panel: annotations grouped by category, and an editor for the current one.

The panel never writes to the store: it emits what the user asked for and the window turns
that into undo commands. It shows what the model (fed by store changes) holds.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import STATUSES, Annotation, Category
from annotator.gui.models import AnnotationTableModel

NOTE_COMMIT_DELAY_MS = 600  # typing pauses longer than this are committed to the file


class AnnotationPanel(QWidget):
    annotation_activated = Signal(str)  # the user picked an annotation: show it in the text
    edit_requested = Signal(str, str, object)  # annotation id, field, new value
    delete_requested = Signal(list)  # annotation ids

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName("Show category")
        self.filter_box.activated.connect(
            lambda _row: model.set_category_filter(self.filter_box.currentData()))
        # A table, not a tree: it lays out only the visible rows of 10,000 annotations.
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName("Annotations")
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

        self.heading = QLabel("No annotation selected")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_box = QComboBox()
        self.status_box.setAccessibleName("Status")
        for key, label in STATUSES.items():
            self.status_box.addItem(label, key)
        self.status_box.activated.connect(self._status_chosen)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("What needs checking, sources, doubts…")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._note_typed)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_COMMIT_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)

        form = QFormLayout()
        form.addRow("Status", self.status_box)
        form.addRow("Note", self.note_edit)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form)

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
        self.filter_box.addItem("All categories", None)
        for cat in categories:
            self.filter_box.addItem(cat.name, cat.id)
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
        self.commit_note()
        a = self.model.annotation_at(current)
        self._show(a)

    def _activated(self, index: QModelIndex) -> None:
        a = self.model.annotation_at(index)
        if a is not None:
            self.annotation_activated.emit(a.id)

    # ---- the editor ----------------------------------------------------------------------

    def _show(self, a: Annotation | None) -> None:
        self._current_id = a.id if a else None
        self.editor.setEnabled(a is not None)
        self.note_edit.blockSignals(True)
        if a is None:
            self.heading.setText("No annotation selected")
            self.note_edit.setPlainText("")
        else:
            excerpt = " ".join(a.exact.split())
            excerpt = excerpt if len(excerpt) < 200 else excerpt[:199] + "…"
            when = a.updated_at[:16].replace("T", " ")
            self.heading.setText(f"“{excerpt}”\nby {a.author or 'unknown'}, {when} UTC")
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(a.status)))
            self.note_edit.setPlainText(a.note or "")
        self.note_edit.blockSignals(False)

    def refresh_current(self) -> None:
        """The store changed the current annotation (undo, redo): show its new values."""
        a = self.model.annotation(self._current_id) if self._current_id else None
        if a is None:
            self._show(None)
            return
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(a.status)))
        if self._note_text() != (a.note or "") and not self._note_timer.isActive():
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(a.note or "")
            self.note_edit.blockSignals(False)

    def _status_chosen(self, _row: int) -> None:
        a = self.model.annotation(self._current_id) if self._current_id else None
        status = self.status_box.currentData()
        if a is not None and status != a.status:
            self.edit_requested.emit(a.id, "status", status)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def _note_text(self) -> str:
        """The note as typed: toPlainText() would turn NBSP (French « ») into spaces."""
        raw = self.note_edit.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def commit_note(self) -> None:
        """Send the note now (on pause, focus out, or before switching annotation)."""
        self._note_timer.stop()
        a = self.model.annotation(self._current_id) if self._current_id else None
        note = self._note_text()
        if a is not None and note != (a.note or ""):
            self.edit_requested.emit(a.id, "note", note)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.note_edit and event.type() == event.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)

    def request_delete(self) -> None:
        ids = self.selected_ids() or ([self._current_id] if self._current_id else [])
        if ids:
            self.delete_requested.emit(ids)
