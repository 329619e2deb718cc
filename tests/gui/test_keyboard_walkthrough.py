"""A keyboard-only session, as a fact-checker who never touches the mouse works: import
an article (Ctrl+I, path typed in the file dialog), suggest (Ctrl+Alt+S), go to the next
suggestion (N) and accept it (Enter), set its status (Alt+3), export the fact sheet
(Ctrl+E, Enter). Every step is a key press sent to whatever has the focus."""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from tests.gui.conftest import rows

ARTICLE = ("Plan social chez Nuvia\n\n"
           "« Nous supprimerons 14 000 postes d'ici 2025 », a déclaré Marc Durand, PDG de "
           "Nuvia, au Monde.\n")


def keys(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key press sent where the keyboard is, as a person's would be."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, key, modifiers)
    QApplication.processEvents()


def when_modal(qtbot, kind, then):
    """Act on the next modal dialog of `kind` once it is up (it blocks the test's flow)."""
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, act)
            return
        then(dialog)
    QTimer.singleShot(50, act)


def test_import_suggest_accept_status_export_by_keyboard_alone(qtbot, settings, errors,
                                                               tmp_path):
    from annotator.gui.main_window import MainWindow
    from annotator.store import Project

    project_path = tmp_path / "desk.annot"
    Project.create(project_path, author="fixture").close()
    article = tmp_path / "plan.md"
    article.write_text(ARTICLE, encoding="utf-8")
    settings.export_folder = str(tmp_path / "exports")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(project_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Ctrl+I: the file dialog; type the path, Enter.
    def type_path(dialog: QFileDialog):  # the keys go to the dialog's focused field
        QTest.keyClicks(dialog.focusWidget(), str(article))
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    when_modal(qtbot, QFileDialog, type_path)
    keys(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rows(project_path, "select count(*) from articles") == [(1,)],
                    timeout=30000)
    qtbot.waitUntil(lambda: window.view.article is not None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Ctrl+2: the text; Ctrl+Alt+S: suggest.
    keys(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.view
    keys(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.suggestions_panel.list.count() > 0, timeout=60000)

    # N until the quote is shown, then Enter accepts it.
    for _ in range(window.suggestions_panel.list.count()):
        keys(qtbot, Qt.Key.Key_N)
        current = window.suggestions_panel.list.currentItem().data(Qt.ItemDataRole.UserRole)
        if current.category == "quote":
            break
    assert current.category == "quote"
    assert QApplication.focusWidget() is window.suggestions_panel.list
    assert window.view.textCursor().selectedText().startswith("Nous supprimerons")
    keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(project_path, "select category_id from annotations "
                                 "where deleted_at is null") == [("quote",)])

    # Back in the text (the cursor is after the quote), K selects it; Alt+3 gives it the
    # third status (Verified).
    keys(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, Qt.Key.Key_K)
    assert window.panel.current_id is not None
    keys(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rows(project_path, "select status from annotations") ==
                    [("verified",)])

    # Ctrl+E: the export dialog, its defaults (HTML, the export folder); Enter.
    when_modal(qtbot, QDialog, lambda dialog: QTest.keyClick(dialog.focusWidget() or dialog,
                                                            Qt.Key.Key_Return))
    keys(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(Path(settings.export_folder).glob("*.html")), timeout=30000)
    sheet = next(Path(settings.export_folder).glob("*.html")).read_text(encoding="utf-8")
    assert "Nous supprimerons 14" in sheet and "Verified" in sheet
    assert errors == []
    window.close()
