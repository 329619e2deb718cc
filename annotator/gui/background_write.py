"""Long writes (merge, re-anchoring, a shared copy) on the project's writer thread, with a
progress window and Cancel, while the GUI thread goes on painting.

The job runs as `Project.start` runs it: on the writer thread, in one transaction, rolled
back when cancelled. Its end comes back to the GUI thread as `finished(result, error)`,
after the store's change notifications, so the views have already followed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from annotator.gui.progress import background_progress
from annotator.store import Project
from annotator.store.writer import PendingWrite

# job(cancelled, progress): progress(done, total, label) may be called from any thread.
Job = Callable[[threading.Event, Callable[[int, int, str], None]], object]


class BackgroundWrite(QObject):
    """One long write. `finished(result, error)`: error is None, a `Cancelled`, or what the
    job raised; the progress window is closed by then."""

    finished = Signal(object, object)
    _progressed = Signal(int, int, str)
    _ended = Signal()

    def __init__(self, project: Project, title: str, label: str, parent: QWidget,
                 job: Job, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        self.progress = background_progress(title, label, parent, self.cancel)
        if not cancellable:
            self.progress.setCancelButton(None)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self.pending: PendingWrite = project.start(
            lambda cancelled: job(cancelled, self._report_progress))
        self.pending.when_done(self._announce_end)

    @property
    def running(self) -> bool:
        return not self.pending.done()

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))
        self.pending.cancel()

    def wait(self) -> None:
        """Block until the job ends and deliver its end now (closing the window, tests)."""
        self.pending.wait()
        self._on_ended()

    # ---- from the writer thread ----------------------------------------------------------

    def _report_progress(self, done: int, total: int, label: str) -> None:
        try:
            self._progressed.emit(done, total, label)
        except RuntimeError:  # the window, and this object with it, is gone
            pass

    def _announce_end(self) -> None:
        try:
            self._ended.emit()
        except RuntimeError:
            pass

    # ---- on the GUI thread ---------------------------------------------------------------

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        if self.progress is None or self.pending.cancelled.is_set():
            return  # over (a late report), or cancelling
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if label:
            self.progress.setLabelText(label)

    @Slot()
    def _on_ended(self) -> None:
        if self.progress is None:  # delivered already (wait())
            return
        # Closing a QProgressDialog emits canceled: the job is over, nothing to cancel.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        self.progress = None
        try:
            result, error = self.pending.finish(), None
        except Exception as exc:  # noqa: BLE001 - handed to the window to say
            result, error = None, exc
        self.finished.emit(result, error)
        self.deleteLater()
