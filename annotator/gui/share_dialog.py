"""File ▸ Save a Copy for Sharing…: which articles go, whether private notes go, and where.

The dialog only gathers the choice; the main window asks the store to write the copy
(Project.share_copy), so nothing here touches the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PROJECT_FILTER = QT_TRANSLATE_NOOP("ShareCopyDialog", "Annotator projects (*.annot)")


class ShareCopyDialog(QDialog):
    """Articles to include (all ticked at first), "leave out private notes", the target."""

    def __init__(self, articles: list[dict], suggested_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a copy for sharing"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The copy is a whole project a colleague can open, annotate and "
                               "send back for File ▸ Merge a Copy…. What you leave out leaves "
                               "no trace in the file, and merging the copy back keeps yours."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.without_notes = QCheckBox(self.tr("Leave out private &notes (annotation and "
                                               "evidence notes)"))
        self.without_notes.setAccessibleName(self.tr("Leave out private notes"))
        layout.addWidget(self.without_notes)

        articles_label = QLabel(self.tr("&Articles in the copy:"))
        layout.addWidget(articles_label)
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter by title…"))
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.article_list = QListWidget()
        self.article_list.setAccessibleName(self.tr("Articles in the copy"))
        for row in articles:
            count = row.get("annotations", 0)
            item = QListWidgetItem(self.tr("{title}  (%n annotation(s))", "", count).format(
                title=row["title"]))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.article_list.addItem(item)
        self.article_list.itemChanged.connect(self._update_summary)
        layout.addWidget(self.article_list, 1)
        articles_label.setBuddy(self.article_list)
        ticks = QHBoxLayout()
        for label, state in ((self.tr("Include &All"), Qt.CheckState.Checked),
                             (self.tr("Include &None"), Qt.CheckState.Unchecked)):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=state: self._tick_shown(s))
            ticks.addWidget(button)
        ticks.addStretch(1)
        layout.addLayout(ticks)

        where = QHBoxLayout()
        path_label = QLabel(self.tr("Save &to:"))
        where.addWidget(path_label)
        self.path_edit = QLineEdit(str(suggested_path))
        self.path_edit.setAccessibleName(self.tr("Copy file"))
        self.path_edit.textChanged.connect(self._update_summary)
        path_label.setBuddy(self.path_edit)
        where.addWidget(self.path_edit, 1)
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose_path)
        where.addWidget(browse)
        layout.addLayout(where)

        self.summary = QLabel()
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save Copy"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.without_notes.toggled.connect(self._update_summary)
        self._update_summary()
        self.resize(620, 520)

    # ---- what was chosen -----------------------------------------------------------------

    def target(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.endswith(".annot") else text + ".annot")

    def leave_out(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() != Qt.CheckState.Checked]

    def set_article_included(self, article_id: str, included: bool) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == article_id:
                item.setCheckState(Qt.CheckState.Checked if included
                                   else Qt.CheckState.Unchecked)

    # ---- internals -----------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.article_list.item(i) for i in range(self.article_list.count())]

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for item in self._items():
            item.setHidden(needle not in item.text().casefold())

    def _tick_shown(self, state: Qt.CheckState) -> None:
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def _choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the copy as"), self.path_edit.text(),
            QCoreApplication.translate("ShareCopyDialog", PROJECT_FILTER))
        if path:
            self.path_edit.setText(path)

    def _update_summary(self, *_args) -> None:
        total = self.article_list.count()
        kept = total - len(self.leave_out())
        if self.without_notes.isChecked():
            summary = self.tr("The copy: {kept} of %n article(s), without notes.", "", total)
        else:
            summary = self.tr("The copy: {kept} of %n article(s), with notes.", "", total)
        self.summary.setText(summary.format(kept=kept))
        self.save_button.setEnabled(bool(self.path_edit.text().strip()))


def share_report_lines(report) -> list[str]:
    """ShareReport.lines() in the interface language (the command line keeps English)."""
    # ShareCopyDialog.tr, not QCoreApplication.translate: pyside6-lupdate reads the
    # latter's count as a plural only when it is a number literal.
    annotations = ShareCopyDialog.tr("%n annotation(s)", "", report.annotations)
    out = [ShareCopyDialog.tr("{target}: %n article(s), {annotations} ({size} MB)", "",
                              report.articles).format(
        target=report.target, annotations=annotations,
        size=QLocale().toString(report.size / 1e6, "f", 1))]
    if report.left_out_articles:
        annotations = ShareCopyDialog.tr("%n annotation(s)", "", report.left_out_annotations)
        out.append(ShareCopyDialog.tr("left out: %n article(s) and their {annotations}", "",
                                      report.left_out_articles).format(annotations=annotations))
    if report.withheld_notes:
        out.append(ShareCopyDialog.tr("left out: %n private note(s)", "", report.withheld_notes))
    return out


def share_report_text(report) -> str:
    """The lines of share_report_lines on one line, for the status bar."""
    lines = share_report_lines(report)
    text = lines[0]
    for line in lines[1:]:
        text = ShareCopyDialog.tr("{report}; {line}").format(report=text, line=line)
    return text
