"""Batch import off the GUI thread, with a progress dialog that can cancel it.

Reading and parsing files (trafilatura takes tens of milliseconds a page) runs on a
worker thread that never touches the project. What it sends is stored on the project's
writer thread, a slice at a time in one transaction each, without the GUI thread
waiting; the views follow by the store's change notifications, delivered on the GUI
thread as each slice is done. Cancel stops between files: what is stored is whole
articles only, and the batch is one undo step either way.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QThread, Signal, Slot
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

from annotator.annotation_import import is_annotation_file
from annotator.core.model import Article
from annotator.gui.progress import background_progress
from annotator.io.errors import ImportFailed
from annotator.operations import ImportReport, extract_one, importable_files, store_articles
from annotator.store import Project

# How often the worker hands over what it has read: often enough for a live list, rarely
# enough that storing a slice stays one short transaction.
_SLICE_SECONDS = 0.1


class _Reader(QObject):
    """Lives on the worker thread: expands folders and reads files, nothing else."""

    counted = Signal(int)  # how many article files the batch holds
    annotation_files = Signal(object)  # [Path]: W3C and brat files, placed after the batch
    reading = Signal(int, str)  # index of the file being read, its name
    found = Signal(object)  # [(Path, Article | ImportFailed)]
    done = Signal()

    def __init__(self, paths: list[Path], cancelled: threading.Event) -> None:
        super().__init__()
        self.paths, self.cancelled = paths, cancelled

    @Slot()
    def run(self) -> None:
        files = importable_files(self.paths, recursive=True)
        notes = [path for path in files if is_annotation_file(path)]
        if notes:
            self.annotation_files.emit(notes)
            files = [path for path in files if path not in notes]
        self.counted.emit(len(files))
        pending: list = []
        last = time.monotonic()
        for index, path in enumerate(files):
            if self.cancelled.is_set():
                break
            self.reading.emit(index, path.name)
            result = extract_one(path)
            if self.cancelled.is_set():
                break  # read after Cancel: not wanted any more
            pending.append((path, result))
            if time.monotonic() - last >= _SLICE_SECONDS:
                self.found.emit(pending)
                pending, last = [], time.monotonic()
        if pending:
            self.found.emit(pending)
        self.done.emit()


class ImportJob(QObject):
    """One batch import: worker thread, progress dialog, report. Emits finished(self)."""

    finished = Signal(object)
    _stored = Signal(object, object)  # a slice's PendingWrite and its [(Path, Article)]

    def __init__(self, project: Project, paths: list[Path], parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.report = ImportReport()
        self.annotation_files: list[Path] = []  # for the window to import once articles are in
        self.total = 0
        self.handled = 0
        self.cancelled = False
        self._cancel = threading.Event()
        self._started = time.monotonic()
        self._current = (0, "")
        self._storing: list = []  # the slices' PendingWrites not yet finished
        self._read_all = False

        self.progress = background_progress(self.tr("Import"), self.tr("Looking for files…"),
                                            parent, self.cancel)

        self._thread = QThread()
        self._reader = _Reader(paths, self._cancel)
        self._reader.moveToThread(self._thread)
        self._thread.started.connect(self._reader.run)
        self._reader.annotation_files.connect(self._on_annotation_files)
        self._reader.counted.connect(self._on_counted)
        self._reader.reading.connect(self._on_reading)
        self._reader.found.connect(self._on_found)
        self._reader.done.connect(self._on_done)
        self._stored.connect(self._on_stored, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def cancel(self) -> None:
        """Stop after the file being read; what is stored stays (and stays undoable)."""
        if not self._cancel.is_set():
            self._cancel.set()
            self.cancelled = True
            self.progress.setLabelText(self.tr("Cancelling…"))

    def abandon(self) -> None:
        """Cancel, wait for the worker and drop what it still sends (the project closes)."""
        self.cancel()
        self._reader.found.disconnect(self._on_found)
        self._reader.done.disconnect(self._on_done)
        self._thread.quit()
        self._thread.wait()
        self._stored.disconnect(self._on_stored)
        for pending in self._storing:  # stored whole, or not at all: never half
            pending.wait()
        self._close_progress()

    # ---- from the worker -----------------------------------------------------------------

    # Slots, declared as such so the worker's signals queue to the GUI thread that owns
    # this object (an undeclared Python callable may be run on the emitting thread).
    @Slot(object)
    def _on_annotation_files(self, paths: list) -> None:
        self.annotation_files = paths

    @Slot(int)
    def _on_counted(self, total: int) -> None:
        self.total = total
        self.progress.setMaximum(max(total, 1))

    @Slot(int, str)
    def _on_reading(self, index: int, name: str) -> None:
        self._current = (index, name)
        self._show_progress()

    @Slot(object)
    def _on_found(self, results: list) -> None:
        articles: list[tuple[Path, Article]] = []
        for path, result in results:
            if isinstance(result, ImportFailed):
                self.report.failed.append((str(path), str(result)))
            else:
                articles.append((path, result))
        project, report = self.project, self.report
        pending = project.start(lambda _cancelled: store_articles(project, articles, report))
        self._storing.append(pending)
        pending.when_done(lambda: self._announce_stored(pending, articles))
        self.handled += len(results)
        self._show_progress()

    def _announce_stored(self, pending, articles) -> None:
        """On the writer thread: hand the slice's end to the GUI thread."""
        try:
            self._stored.emit(pending, articles)
        except RuntimeError:  # abandoned, this object deleted
            pass

    @Slot(object, object)
    def _on_stored(self, pending, articles: list) -> None:
        self._storing.remove(pending)
        try:
            pending.finish()  # the views hear of the new articles now
        except Exception as exc:  # noqa: BLE001 -- a full disk, a locked file: report, go on
            # The slice was one transaction: none of it is stored. Say so for each file.
            for path, _ in articles:
                self.report.failed.append((str(path), self.tr("{path}: not stored ({error})")
                                           .format(path=path, error=exc)))
        self._show_progress()
        self._finish_if_done()

    @Slot()
    def _on_done(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._read_all = True
        self._finish_if_done()

    def _finish_if_done(self) -> None:
        if self._read_all and not self._storing:
            self._read_all = False  # once
            self._close_progress()
            self.finished.emit(self)

    def _close_progress(self) -> None:
        # Closing a QProgressDialog emits canceled: the batch would report itself cancelled.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _show_progress(self) -> None:
        if self._cancel.is_set():
            return
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = self.handled / elapsed
        self.progress.setValue(min(self.handled, self.progress.maximum()))
        index, name = self._current
        self.progress.setLabelText(
            self.tr("Reading {index} of {total}: {name}\n%n imported · {rate} files/s", "",
                    len(self.report.imported)).format(
                index=index + 1, total=self.total, name=name,
                rate=QLocale().toString(rate, "f", 1)))


class ImportSummaryDialog(QDialog):
    """What a batch import did: counts, then each skipped or failed file with the reason."""

    def __init__(self, report: ImportReport, total: int, cancelled: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import summary"))
        self.report = report
        layout = QVBoxLayout(self)
        self.headline = QLabel(summary_text(report, total, cancelled))
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.headline)

        skipped, failed = self.tr("Skipped (duplicate)"), self.tr("Failed")
        problems = ([(skipped, path, self._duplicate(path, message))
                     for path, message in report.duplicates]
                    + [(failed, path, message) for path, message in report.failed])
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Result"), self.tr("File"),
                                              self.tr("Reason")])
        self.table.setAccessibleName(self.tr("Files not imported"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        for row, (result, path, message) in enumerate(problems):
            # The file has its own column (French puts a no-break space before the colon).
            reason = message.removeprefix(f"{path}: ").removeprefix(f"{path}\u00a0: ")
            for column, text in enumerate((result, Path(path).name, reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(path if column == 1 else text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setVisible(bool(problems))
        layout.addWidget(self.table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy Report"))
        copy.clicked.connect(self.copy_report)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420 if problems else 140)

    def _duplicate(self, path: str, message: str) -> str:
        """Why a file was skipped as a duplicate, in the interface language (`message` is
        the command line's, "{path}: already in the project as “title”")."""
        title = self.report.duplicate_of.get(path)
        if title is None:
            return message
        return self.tr("{path}: already in the project as “{title}”").format(path=path,
                                                                          title=title)

    def report_text(self) -> str:
        lines = [self.headline.text()]
        lines += [self.tr("skipped: {reason}").format(reason=self._duplicate(path, message))
                  for path, message in self.report.duplicates]
        lines += [self.tr("failed: {reason}").format(reason=message)
                  for _, message in self.report.failed]
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())


def summary_text(report: ImportReport, total: int, cancelled: bool) -> str:
    # ImportSummaryDialog.tr, not QCoreApplication.translate: pyside6-lupdate reads the
    # latter's count as a plural only when it is a number literal.
    n_imported, n_duplicates, n_failed = (len(report.imported), len(report.duplicates),
                                          len(report.failed))
    imported = ImportSummaryDialog.tr("%n imported", "", n_imported)
    duplicates = ImportSummaryDialog.tr("%n skipped as duplicate(s)", "", n_duplicates)
    failed = ImportSummaryDialog.tr("%n failed", "", n_failed)
    text = ImportSummaryDialog.tr("{imported}, {duplicates}, {failed}.").format(
        imported=imported, duplicates=duplicates, failed=failed)
    if cancelled:
        handled = n_imported + n_duplicates + n_failed
        text = ImportSummaryDialog.tr("Cancelled after {handled} of %n file(s): {summary}",
                                      "", total).format(handled=handled, summary=text)
    return text
