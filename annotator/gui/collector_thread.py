"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. When
that is a worker (the suggestion engine importing spaCy allocates a lot), a dead dialog or
timer found in a reference cycle is destroyed on the worker thread, and Qt aborts
("QBasicTimer::stop: Failed. Possibly trying to stop from a different thread", then a
segmentation fault). So automatic collection is switched off and a timer on the GUI
thread collects instead, as pyqtgraph does, whenever the allocation counts ask for it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the oldest generation whose count is over its threshold (as gc would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install once per application (a second call returns the first)."""
    existing = app.findChild(GuiThreadCollector)
    return existing or GuiThreadCollector(app)
