"""Merging a colleague's copy: what would change, and the conflicts to settle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.store.merge import Conflict, MergeReport
from annotator.store.schema import SYNCED_TABLES

# Column names as an editor reads them (translated where shown); others are shown as stored.
_FIELD_LABELS = {
    "note": QT_TRANSLATE_NOOP("ConflictsDialog", "Note"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "Status"),
    "rating": QT_TRANSLATE_NOOP("ConflictsDialog", "Rating"),
    "exact": QT_TRANSLATE_NOOP("ConflictsDialog", "Text"),
    "deleted_at": QT_TRANSLATE_NOOP("ConflictsDialog", "Deleted"),
    "speaker_id": QT_TRANSLATE_NOOP("ConflictsDialog", "Speaker"),
    "claimant_id": QT_TRANSLATE_NOOP("ConflictsDialog", "Claimant"),
    "party_id": QT_TRANSLATE_NOOP("ConflictsDialog", "Party"),
    "value": QT_TRANSLATE_NOOP("ConflictsDialog", "Value"),
    "unit": QT_TRANSLATE_NOOP("ConflictsDialog", "Unit"),
    "ref_date": QT_TRANSLATE_NOOP("ConflictsDialog", "Date"),
    "category_id": QT_TRANSLATE_NOOP("ConflictsDialog", "Category"),
    "start": QT_TRANSLATE_NOOP("ConflictsDialog", "Start"),
    "end": QT_TRANSLATE_NOOP("ConflictsDialog", "End"),
    "title": QT_TRANSLATE_NOOP("ConflictsDialog", "Title"),
    "name": QT_TRANSLATE_NOOP("ConflictsDialog", "Name"),
    "aliases": QT_TRANSLATE_NOOP("ConflictsDialog", "Aliases"),
    "description": QT_TRANSLATE_NOOP("ConflictsDialog", "Description"),
    "text": QT_TRANSLATE_NOOP("ConflictsDialog", "Article text"),
    "url": QT_TRANSLATE_NOOP("ConflictsDialog", "URL"),
    "author": QT_TRANSLATE_NOOP("ConflictsDialog", "Created by"),
}
# What a conflicting row is, by its table (translated where shown).
_ROW_KINDS = {
    "statuses": QT_TRANSLATE_NOOP("ConflictsDialog", "status"),
    "categories": QT_TRANSLATE_NOOP("ConflictsDialog", "category"),
    "parties": QT_TRANSLATE_NOOP("ConflictsDialog", "party"),
    "articles": QT_TRANSLATE_NOOP("ConflictsDialog", "article"),
    "annotations": QT_TRANSLATE_NOOP("ConflictsDialog", "annotation"),
    "evidence": QT_TRANSLATE_NOOP("ConflictsDialog", "evidence"),
}

# The rows a merge counts, by their table (translated where shown).
_TABLE_LABELS = {
    "statuses": QT_TRANSLATE_NOOP("MergePreviewDialog", "statuses"),
    "categories": QT_TRANSLATE_NOOP("MergePreviewDialog", "categories"),
    "parties": QT_TRANSLATE_NOOP("MergePreviewDialog", "parties"),
    "articles": QT_TRANSLATE_NOOP("MergePreviewDialog", "articles"),
    "annotations": QT_TRANSLATE_NOOP("MergePreviewDialog", "annotations"),
    "evidence": QT_TRANSLATE_NOOP("MergePreviewDialog", "evidence"),
}


class MergePreviewDialog(QDialog):
    """The dry run's report; Merge (accept) applies it."""

    def __init__(self, report: MergeReport, backup_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a copy of the project"))
        layout = QVBoxLayout(self)
        self.report_label = QLabel("\n".join(merge_report_lines(report)))
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.report_label)
        if report.changed:
            note = QLabel(self.tr(
                "Merging cannot be undone with Undo: the project as it is now is first saved "
                "beside it as {backup}. Rows changed in both copies are kept in both "
                "versions for you to choose (Edit ▸ Merge Conflicts…).").format(
                    backup=backup_name))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(report.changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 220)


def merge_report_lines(report: MergeReport) -> list[str]:
    """MergeReport.lines() in the interface language (the command line keeps English)."""
    # MergePreviewDialog.tr, not QCoreApplication.translate: pyside6-lupdate reads the
    # latter's count as a plural only when it is a number literal.
    name = Path(report.source).name
    out = []
    for table in SYNCED_TABLES:
        parts = []  # a list of counts, in the order the command line gives them
        if report.added.get(table):
            parts.append(MergePreviewDialog.tr("%n added", "", report.added[table]))
        if report.updated.get(table):
            parts.append(MergePreviewDialog.tr("%n updated", "", report.updated[table]))
        if report.conflicts.get(table):
            parts.append(MergePreviewDialog.tr("%n in conflict", "", report.conflicts[table]))
        if parts:
            label = QCoreApplication.translate("MergePreviewDialog", _TABLE_LABELS[table])
            out.append(MergePreviewDialog.tr("{table}: {changes}").format(
                table=label, changes=", ".join(parts)))
    if report.matched_articles:
        out.append(MergePreviewDialog.tr("articles: %n matched to ours by their text", "",
                                         report.matched_articles))
    if report.reanchored or report.orphaned:
        reanchored = MergePreviewDialog.tr("%n re-anchored in revised articles", "",
                                           report.reanchored)
        if report.orphaned:
            orphaned = MergePreviewDialog.tr("%n could not be placed (orphans)", "",
                                             report.orphaned)
            out.append(MergePreviewDialog.tr("annotations: {reanchored}, {orphaned}").format(
                reanchored=reanchored, orphaned=orphaned))
        else:
            out.append(MergePreviewDialog.tr("annotations: {reanchored}").format(
                reanchored=reanchored))
    if not out:
        out.append(MergePreviewDialog.tr(
            "nothing to merge: this project already has everything in {name}").format(
            name=name))
    elif report.dry_run:
        out.insert(0, MergePreviewDialog.tr("from {name}, these changes would be merged:"
                                            ).format(name=name))
    return out


class ConflictsDialog(QDialog):
    """Each open conflict, both versions side by side; the editor keeps one."""

    resolve_requested = Signal(str, str)  # conflict id, "ours" | "theirs"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge conflicts"))
        self._conflicts: list[Conflict] = []
        self._value_labels: dict[str, dict[str, str]] = {}
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.list.currentRowChanged.connect(self._show)
        layout.addWidget(self.list, 2)
        side = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"),
                                              self.tr("Theirs")])
        self.table.setAccessibleName(self.tr("The two versions"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        side.addWidget(self.table)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &Mine"))
        self.take_theirs = QPushButton(self.tr("Take &Theirs"))
        self.keep_mine.clicked.connect(lambda: self._resolve("ours"))
        self.take_theirs.clicked.connect(lambda: self._resolve("theirs"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addStretch()
        buttons.addWidget(close)
        side.addLayout(buttons)
        layout.addLayout(side, 3)
        self.resize(860, 420)

    def set_conflicts(self, conflicts: list[Conflict],
                      value_labels: dict[str, dict[str, str]] | None = None) -> None:
        """value_labels: per field, what an id reads as (a status's label, a party's
        name); ids without one are shown as stored."""
        self._conflicts = conflicts
        self._value_labels = value_labels or {}
        self.list.clear()
        for c in conflicts:
            kind = _ROW_KINDS.get(c.table)
            kind = QCoreApplication.translate("ConflictsDialog", kind) if kind else c.table
            item = QListWidgetItem(self.tr("{kind}: {label}").format(kind=kind,
                                                                     label=c.label[:60]))
            item.setToolTip(self.tr("From {source}, {when}").format(source=c.source,
                                                                    when=c.detected_at))
            self.list.addItem(item)
        if conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self._conflicts)
        self.keep_mine.setEnabled(has)
        self.take_theirs.setEnabled(has)
        self.table.setRowCount(0)
        if not has:
            self.heading.setText(self.tr("No conflicts left."))
            return
        c = self._conflicts[row]
        self.heading.setText(self.tr("Changed in both copies since they split (theirs from "
                                     "{source}): “{label}”").format(source=c.source,
                                                                   label=c.label))
        fields = c.differences()
        self.table.setRowCount(len(fields))
        for i, name in enumerate(fields):
            label = _FIELD_LABELS.get(name)
            label = QCoreApplication.translate("ConflictsDialog", label) if label else name
            for column, value in enumerate((label,
                                            c.ours.get(name), c.theirs.get(name))):
                shown = "" if value is None else str(value)
                if column and value is not None:
                    shown = self._value_labels.get(name, {}).get(value, shown)
                if name == "deleted_at" and column:
                    shown = self.tr("deleted") if value else self.tr("kept")
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                self.table.setItem(i, column, item)

    def _resolve(self, keep: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._conflicts):
            self.resolve_requested.emit(self._conflicts[row].id, keep)
