"""Exports run on a worker thread, with a progress window and Cancel (issue 7).

The worker reads the project through its own read-only connection (`Project.reader`),
so the window stays responsive and the project open for editing meanwhile; what it
exports is the project as it was when the export started. PDF is the exception: Qt lays
it out with QTextDocument and fonts, which belong to the GUI thread, so it runs there.
Cancel is honoured between stages (reading, rendering, writing): an export is written
all at once (io.atomic), so a cancelled one leaves nothing, and an older file intact.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from annotator.gui.progress import background_progress
from annotator.store import ProjectError

STAGES = {"reading": QT_TRANSLATE_NOOP("BackgroundExport", "Reading the project…"),
          "writing": QT_TRANSLATE_NOOP("BackgroundExport", "Writing {name}…")}


class BackgroundExport(QObject):
    """One export: `finished` carries the written path, or an ExportFailed / OSError
    (ExportCancelled when stopped)."""

    finished = Signal(object)
    stage = Signal(str)

    def __init__(self, project, fmt: str, path: Path, article_ids: list[str] | None,
                 template_folder: str | None, parent: QWidget | None = None,
                 meta_defaults: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.meta_defaults = meta_defaults
        self.project, self.fmt, self.path = project, fmt, path
        self.article_ids, self.template_folder = article_ids, template_folder
        self._stop = threading.Event()
        self.progress = background_progress(self.tr("Export", "title"),
                                            self.tr("Preparing the export…"), parent,
                                            self.cancel)
        self.stage.connect(lambda s: self.progress.setLabelText(
            QCoreApplication.translate("BackgroundExport", STAGES[s]).format(
                name=self.path.name) if s in STAGES else s))
        self.finished.connect(self._done)
        self.result = None

    def start(self) -> None:
        """Off the GUI thread when a second connection can be had, else (PDF) right
        here."""
        if self.fmt == "pdf":
            self._run(self.project)
            return
        try:
            reader = self.project.reader()
        except ProjectError:  # the file cannot be opened again: read it here
            self._run(self.project)
            return
        threading.Thread(target=self._run, args=(reader, True), name="export",
                         daemon=True).start()

    def cancel(self) -> None:
        self._stop.set()
        self.progress.setLabelText(self.tr("Stopping…"))

    def _run(self, project, owned: bool = False) -> None:
        from annotator.operations import export_project

        try:
            outcome = export_project(project, self.fmt, self.path, self.article_ids,
                                     self.template_folder, should_stop=self._stop.is_set,
                                     on_stage=self._stage, meta_defaults=self.meta_defaults)
        except Exception as exc:  # noqa: BLE001 - reported to the person, never lost
            outcome = exc
        finally:
            if owned:
                project.close()
        try:
            self.finished.emit(outcome)
        except RuntimeError:  # the window closed meanwhile: no one is left to tell
            pass

    def _stage(self, name: str) -> None:
        try:
            self.stage.emit(name)
        except RuntimeError:  # the window closed meanwhile
            pass

    def _done(self, outcome) -> None:
        self.result = outcome
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
