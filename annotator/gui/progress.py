"""The progress window of long work that runs in the background (import, export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def background_progress(title: str, label: str, parent: QWidget | None,
                        on_cancel) -> QProgressDialog:
    """Window-modal, busy until a range is set, shown only when the work lasts over
    400 ms (quick work shows nothing), kept open until the work itself ends."""
    progress = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0,
                               parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(on_cancel)
    return progress
