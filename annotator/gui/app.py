"""Starting the GUI: the QApplication, its identity, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator import APP_ID, APP_NAME, __version__


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Newsroom Annotator")
    app.setOrganizationDomain("newsroom.org")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run(project: str | None = None, quit_when_shown: bool = False) -> int:
    """Open the main window (on `project` if given) and run until it closes.

    quit_when_shown exits as soon as the window has been shown and painted: the smoke test
    and the start-up benchmark use it.
    """
    app = make_application()
    from annotator.gui.main_window import MainWindow

    window = MainWindow()
    if quit_when_shown:
        # Queued before anything the window defers (such as opening the first article):
        # it fires once the window has been shown with its project.
        QTimer.singleShot(0, app.quit)
    if project:
        window.open_project(project)
    window.show()
    return app.exec()
