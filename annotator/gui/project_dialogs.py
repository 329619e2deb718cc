"""Project-wide settings: the organisation that signs the fact-checks, the project's
language, and its verification statuses.

The dialogs read what they are given and hand changes to callables from the window, which
writes them through the store: no SQL here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Status

LANGUAGES = {"en": "English", "fr": "Français"}  # each named in itself, as in Preferences


class ProjectSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, meta: dict[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project Settings"))
        self.title = QLineEdit(meta.get("title", ""))
        self.title.setAccessibleName(self.tr("Project title"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of exports"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(meta.get("language"))))
        self.organisation = QLineEdit(meta.get("organisation_name", ""))
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setPlaceholderText(
            self.tr("The newsroom that publishes the fact-checks"))
        self.url = QLineEdit(meta.get("organisation_url", ""))
        self.url.setAccessibleName(self.tr("Organisation web address"))
        self.url.setPlaceholderText("https://…")
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Language of exports"), self.language)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Organisation &URL"), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {"title": " ".join(self.title.text().split()),
                "language": self.language.currentData(),
                "organisation_name": " ".join(self.organisation.text().split()),
                "organisation_url": self.url.text().strip()}

    def accept(self) -> None:
        problem = organisation_url_problem(self.values()["organisation_url"])
        if problem:
            QMessageBox.warning(self, self.tr("Project Settings"), problem)
            return
        super().accept()


def organisation_url_problem(url: str) -> str | None:
    """Why an organisation URL cannot be used (ClaimReview links to it), or None."""
    if url and not url.strip().lower().startswith(("http://", "https://")):
        return QCoreApplication.translate(
            "ProjectSettingsDialog", "The organisation URL must start with https:// or http://.")
    return None


class StatusesDialog(QDialog):
    """The project's statuses in English and French: rename in place, add, delete unused.

    add(label_en, label_fr), update(status_id, **labels) and delete(status_id) write to the
    project; each may raise ValueError with a message for the user. statuses() re-reads.
    """

    def __init__(self, parent: QWidget | None, statuses: Callable[[], list[Status]],
                 add: Callable, update: Callable, delete: Callable) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Statuses"))
        self._statuses, self._add, self._update, self._delete = statuses, add, update, delete
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Statuses"))
        # The label in each language the project can export in (both are edited here).
        self.table.setHorizontalHeaderLabels([self.tr("English"), self.tr("French")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._renamed)
        add_button = QPushButton(self.tr("&Add Status"))
        add_button.clicked.connect(self.add_status)
        delete_button = QPushButton(self.tr("&Delete"))
        delete_button.clicked.connect(self.delete_status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add_button)
        buttons.addWidget(delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(460, 320)
        self.reload()

    def reload(self) -> None:
        self.table.blockSignals(True)
        statuses = self._statuses()
        self.table.setRowCount(len(statuses))
        for row, status in enumerate(statuses):
            for column, text in enumerate((status.label_en, status.label_fr)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, status.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _renamed(self, item: QTableWidgetItem) -> None:
        field = "label_en" if item.column() == 0 else "label_fr"
        try:
            self._update(item.data(Qt.ItemDataRole.UserRole), **{field: item.text().strip()})
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Statuses"), str(exc))
        self.reload()

    def add_status(self) -> None:
        taken = {s.label_en.casefold() for s in self._statuses()}
        n = 1
        while f"new status {n}" in taken:
            n += 1
        try:
            self._add(f"New status {n}", "")
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Statuses"), str(exc))
        self.reload()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def delete_status(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        try:
            self._delete(item.data(Qt.ItemDataRole.UserRole))
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Statuses"), str(exc))
        self.reload()
