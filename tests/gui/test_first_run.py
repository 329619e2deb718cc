"""First run: the welcome page while no project is open, and crash reports kept in a log
that the next start offers to open."""

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.gui import app
from annotator.gui.crash_log import CrashLog


@pytest.fixture
def bare_window(qtbot, settings, errors):
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_welcome_page_opens_the_sample_then_a_recent_project(bare_window, qtbot,
                                                                  project_file, settings):
    window = bare_window
    assert window.pages.currentWidget() is window.welcome
    assert not window.welcome.recent.isVisible()  # nothing recent yet
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.pages.currentWidget() is window.work_area
    assert window.project.path.name == "sample.annot"
    assert window.article_model.rowCount() == 2
    sample = window.project.path
    window.open_project(project_file)
    window.close_project()
    # Back on the welcome page, both are listed, the last first; Enter opens it.
    assert window.pages.currentWidget() is window.welcome
    shown = [window.welcome.recent.item(i).toolTip()
             for i in range(window.welcome.recent.count())]
    assert shown == [str(project_file.resolve()), str(sample.resolve())]
    window.welcome.recent.setFocus()
    window.welcome.recent.setCurrentRow(1)
    qtbot.keyClick(window.welcome.recent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.project.path.resolve() == sample.resolve()
    window.close_project()
    # The sample made once is opened again, not made again.
    window.open_sample_project()
    assert window.project.path.resolve() == sample.resolve()


def test_an_error_is_logged_and_offered_once_at_the_next_start(tmp_path, monkeypatch,
                                                                bare_window):
    log = CrashLog(tmp_path / "logs" / "crash.log")
    previous_hook = sys.excepthook
    monkeypatch.setattr(sys, "excepthook", lambda *args: None)  # quiet in the test output
    log.install()
    try:
        try:
            raise RuntimeError("la base est verrouillée")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        import faulthandler

        faulthandler.disable()
        sys.excepthook = previous_hook
    text = log.path.read_text("utf-8")
    assert "RuntimeError: la base est verrouillée" in text and "Newsroom Annotator" in text
    # The next start asks once; Yes opens the file with the system's viewer.
    asked, opened = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    again = CrashLog(tmp_path / "logs" / "crash.log")
    app.offer_crash_report(bare_window, again)
    assert len(asked) == 1 and str(log.path) in asked[0]
    assert opened and opened[0].toLocalFile() == str(log.path)
    app.offer_crash_report(bare_window, again)  # seen: not asked again
    assert len(asked) == 1
    log.record(ValueError, ValueError("encore"), None)  # a new error: asked again
    app.offer_crash_report(bare_window, again)
    assert len(asked) == 2


def test_no_log_no_question(tmp_path, monkeypatch, bare_window):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: pytest.fail("asked without a report"))
    app.offer_crash_report(bare_window, CrashLog(tmp_path / "none" / "crash.log"))
