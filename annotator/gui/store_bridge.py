"""Adapts the store's plain-Python change notifications to a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.store import Change, Project


class StoreBridge(QObject):
    """Re-emits every `Change` of one project as `changed`, on the GUI thread."""

    changed = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        project.changes.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._project.changes.unsubscribe(self._forward)
