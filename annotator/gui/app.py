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
    use_shipped_fonts(app)
    from annotator.gui.collector_thread import collect_on_gui_thread

    collect_on_gui_thread(app)
    return app


def use_shipped_fonts(app: QApplication) -> None:
    """Register the bundle's fonts; on a system with no fonts of its own, make them the
    interface's, so text never shows as empty boxes."""
    from annotator.paths import shipped_fonts

    fonts = shipped_fonts()
    if not fonts:
        return
    from PySide6.QtGui import QFont, QFontDatabase

    had_fonts = bool(QFontDatabase.families())
    families = [f for font in fonts
                for f in QFontDatabase.applicationFontFamilies(
                    QFontDatabase.addApplicationFont(str(font)))]
    if not had_fonts and families:
        app.setFont(QFont("DejaVu Sans" if "DejaVu Sans" in families else families[0]))


def run(project: str | None = None, quit_when_shown: bool = False) -> int:
    """Open the main window (on `project` if given) and run until it closes.

    quit_when_shown exits as soon as the window has been shown and painted: the smoke test
    and the start-up benchmark use it.
    """
    app = make_application()
    from annotator.gui.crash_log import CrashLog, default_log_path
    from annotator.gui.i18n import install_translators, resolve_language
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    crash_log = CrashLog(default_log_path())
    try:
        crash_log.install()
    except OSError:  # no writable data folder: run without a log rather than not at all
        crash_log = None
    settings = Settings()
    install_translators(resolve_language(settings.language))
    window = MainWindow(settings)
    if quit_when_shown:
        # Queued before anything the window defers (such as opening the first article):
        # it fires once the window has been shown with its project.
        QTimer.singleShot(0, app.quit)
    if project:
        window.open_project(project)
    window.show()
    if crash_log is not None and not quit_when_shown:
        QTimer.singleShot(0, lambda: offer_crash_report(window, crash_log))
    return app.exec()


def offer_crash_report(parent, crash_log) -> None:
    """The last session hit an error: say so once, and offer to open the report."""
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    report = crash_log.unseen_report()
    if report is None:
        return
    crash_log.mark_seen()
    answer = QMessageBox.question(
        parent, APP_NAME,
        QCoreApplication.translate(
            "App", "{app} ran into an error last time. What happened is written in\n{report}"
            "\n\nOpen the report? (Sending it with a description of what you were doing helps "
            "fix it.)").format(app=APP_NAME, report=report))
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(report)))
