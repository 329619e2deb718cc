"""Keyboard-first: J and K move between annotations, sticky category mode marks each new
selection, F1 or ? shows every shortcut."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import rows
from tests.gui.test_annotating import live, press, select_text


def _annotate(qtbot, window, words, key):
    select_text(window.view, words)
    press(qtbot, window.view, key)


def _current_words(window):
    return window.panel.model.annotation(window.panel.current_id).exact


def test_j_and_k_walk_the_annotations_in_reading_order(window, qtbot):
    # Made out of reading order: J and K follow the text, not the order of making.
    _annotate(qtbot, window, "Plus de 2400 salariés", Qt.Key.Key_F)
    _annotate(qtbot, window, "Marc Durand", Qt.Key.Key_P)
    _annotate(qtbot, window, "14\u202f000 postes", Qt.Key.Key_F)
    assert _current_words(window) == "14\u202f000 postes"  # the last made, first in text
    press(qtbot, window.view, Qt.Key.Key_J)
    assert _current_words(window) == "Marc Durand"
    assert window.view.textCursor().selectedText() == "Marc Durand"
    press(qtbot, window.view, Qt.Key.Key_J)
    assert _current_words(window) == "Plus de 2400 salariés"
    press(qtbot, window.view, Qt.Key.Key_J)  # the last: stays, and says so
    assert _current_words(window) == "Plus de 2400 salariés"
    assert "No annotation after" in window.statusBar().currentMessage()
    press(qtbot, window.view, Qt.Key.Key_K)
    assert _current_words(window) == "Marc Durand"
    # From the annotation panel too: the keys act wherever the focus is, but a note.
    window.panel.table.setFocus()
    press(qtbot, window.panel.table, Qt.Key.Key_K)
    assert _current_words(window) == "14\u202f000 postes"


def test_j_typed_in_a_note_is_a_letter(window, qtbot, project_file):
    _annotate(qtbot, window, "Marc Durand", Qt.Key.Key_P)
    _annotate(qtbot, window, "14\u202f000 postes", Qt.Key.Key_F)
    note = window.panel.editor.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "jk")
    assert note.toPlainText() == "jk"
    assert _current_words(window) == "14\u202f000 postes"


def _drag_select(qtbot, view, words):
    """Select words with the mouse: press at their start, move, let go at their end."""
    text = view.document().toRawText().replace("\u2029", "\n")
    start = text.index(words)
    end = start + len(words)

    def point(position):
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        return view.cursorRect(cursor).center() + QPoint(0, 0)

    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseMove(viewport, point(end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point(end))
    QApplication.processEvents()


def test_sticky_category_marks_each_selection(window, qtbot, project_file):
    _annotate(qtbot, window, "Marc Durand", Qt.Key.Key_P)
    window.sticky_action.trigger()
    assert "each selection becomes a party" in window.statusBar().currentMessage()
    _drag_select(qtbot, window.view, "Nuvia, au Monde")
    assert ("party", "Nuvia, au Monde") in [(c, e) for c, e, *_ in live(project_file)]
    window.sticky_action.trigger()  # off: a selection is only a selection again
    _drag_select(qtbot, window.view, "un plan brutal")
    assert len(live(project_file)) == 2
    assert rows(project_file, "select count(*) from annotations where exact like '%brutal%'"
                ) == [(0,)]


def test_f1_shows_every_shortcut_with_a_filter(window, qtbot):
    press(qtbot, window.view, Qt.Key.Key_F1)
    sheet = window.last_shortcut_sheet
    qtbot.waitUntil(sheet.isVisible)
    shown = sheet.shown_rows()
    assert ("Next Annotation", "J", "Annotate") in shown
    assert ("Quote", "Q", "Annotate") in shown  # categories are there, with their keys
    assert any(action == "Search Project" and "Ctrl+Shift+F" in keys
               for action, keys, _ in shown)
    # Every menu action with a shortcut is on the sheet.
    with_keys = {a.text().replace("&", "").rstrip("…") for menu in window.menuBar().actions()
                 for a in menu.menu().actions() if a.shortcuts()}
    assert with_keys <= {action for action, _, _ in shown}
    qtbot.keyClicks(sheet.filter, "sticky")
    assert sheet.shown_rows() == [("Sticky Category", "Ctrl+Alt+C", "Annotate")]
    sheet.close()
    # ? opens it too.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: window.last_shortcut_sheet is not sheet
                    and window.last_shortcut_sheet.isVisible())


def test_a_category_cannot_take_j_or_k(qtbot, monkeypatch):
    from annotator.gui.dialogs import CategoryEditor

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    editor = CategoryEditor(None, None, set(), set())
    qtbot.addWidget(editor)
    editor.name_edit.setText("Jargon")
    editor.shortcut_edit.setKeySequence("J")
    editor.accept()
    assert "reserved" in warnings[-1] and editor.result() == 0
