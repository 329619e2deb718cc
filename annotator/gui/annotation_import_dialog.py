"""Before annotations from another tool are stored: what would be added, and what not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.annotation_import import AnnotationImport


class AnnotationImportDialog(QDialog):
    """The plan's counts, then each skipped annotation, warning and unusable file.

    Accepting it (Import) is the caller's cue to store the plan; nothing is stored before.
    """

    def __init__(self, plan: AnnotationImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import annotations"))
        self.plan = plan
        layout = QVBoxLayout(self)
        addable = bool(plan.annotations or plan.articles)
        headline = (self.tr("Ready to import: {summary}.") if addable
                    else self.tr("Nothing to import: {summary}."))
        self.headline = QLabel(headline.format(summary=annotation_import_summary(plan)))
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)

        failed, skipped, warning = self.tr("Failed"), self.tr("Skipped"), self.tr("Warning")
        self.rows = ([(failed, Path(path).name, message.removeprefix(f"{path}: "))
                      for path, message in plan.failed]
                     + [(skipped, *_split(message)) for message in plan.skipped]
                     + [(warning, *_split(message)) for message in plan.warnings])
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("File"),
                                              self.tr("Reason")])
        self.table.setAccessibleName(self.tr("Annotations not imported, and warnings"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        for row, values in enumerate(self.rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setVisible(bool(self.rows))
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(addable)
        self.import_button.setDefault(addable)
        copy = QPushButton(self.tr("Copy Report"))
        copy.clicked.connect(self.copy_report)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420 if self.rows else 140)

    def report_text(self) -> str:
        lines = [self.headline.text()]
        lines += [self.tr("{result}: {file}: {reason}").format(result=result.lower(), file=file,
                                                                reason=reason)
                  for result, file, reason in self.rows]
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())


def annotation_import_summary(plan: AnnotationImport) -> str:
    """AnnotationImport.summary() in the interface language (the command line keeps
    English): "3 annotations in 2 articles; 1 new article"."""
    # AnnotationImportDialog.tr, not QCoreApplication.translate: pyside6-lupdate reads the
    # latter's count as a plural only when it is a number literal.
    touched = len({a.article_id for a in plan.annotations})
    articles = AnnotationImportDialog.tr("%n article(s)", "", touched)
    parts = [AnnotationImportDialog.tr("%n annotation(s) in {articles}", "",
                                       len(plan.annotations)).format(articles=articles)]
    if plan.articles:
        parts.append(AnnotationImportDialog.tr("%n new article(s)", "", len(plan.articles)))
    if plan.categories:
        parts.append(AnnotationImportDialog.tr("%n new category(-ies)", "",
                                               len(plan.categories)))
    if plan.skipped:
        parts.append(AnnotationImportDialog.tr("%n skipped", "", len(plan.skipped)))
    if plan.warnings:
        parts.append(AnnotationImportDialog.tr("%n warning(s)", "", len(plan.warnings)))
    if plan.failed:
        parts.append(AnnotationImportDialog.tr("%n file(s) failed", "", len(plan.failed)))
    summary = parts[0]  # then a list of counts, as the command line gives them
    for part in parts[1:]:
        summary = AnnotationImportDialog.tr("{summary}; {part}").format(summary=summary,
                                                                        part=part)
    return summary


def _split(message: str) -> tuple[str, str]:
    """'file: what: why' (as the planner words it) into the file and the rest."""
    file, _, rest = message.partition(": ")
    return file, rest
