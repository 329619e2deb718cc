"""Accessible and comfortable, keyboard-first: themes and high contrast, categories told
apart by underline as well as colour, panels reached by keys in a fixed order, shortcuts
the editor chooses, and the Datasette metadata written from the File menu."""

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui import theme
from annotator.gui.highlighter import QT_UNDERLINES
from annotator.gui.settings import Settings
from tests.gui.conftest import rows
from tests.gui.test_annotating import press, select_text


@pytest.fixture
def restore_theme():
    yield
    theme.apply_theme("", False)


def _preferences(window, qtbot):
    window.preferences_action.trigger()
    dialog = window.last_preferences
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _highlight_format(window, words):
    doc = window.view.document()
    text = doc.toPlainText()
    block = doc.findBlock(text.index(words))
    start = text.index(words) - block.position()
    QApplication.processEvents()  # a palette change is announced by events
    window.view.viewport().repaint()  # blocks are formatted when drawn
    formats = block.layout().formats()
    return QTextCharFormat(next(r.format for r in formats
                                if r.start <= start < r.start + r.length))


def test_categories_differ_by_underline_style_not_only_colour(window, qtbot):
    select_text(window.view, "Marc Durand")
    press(qtbot, window.view, Qt.Key.Key_P)
    select_text(window.view, "14\u202f000 postes")
    press(qtbot, window.view, Qt.Key.Key_F)
    party = _highlight_format(window, "Marc Durand")
    figure = _highlight_format(window, "14\u202f000 postes")
    assert party.underlineStyle() == QT_UNDERLINES["dotted"]
    assert figure.underlineStyle() == QT_UNDERLINES["dashed"]
    assert party.background().color().rgb() != figure.background().color().rgb()


def test_dark_theme_and_high_contrast_from_preferences(window, qtbot, settings, restore_theme):
    select_text(window.view, "Marc Durand")
    press(qtbot, window.view, Qt.Key.Key_P)
    light_underline = _highlight_format(window, "Marc Durand").underlineColor()
    dialog = _preferences(window, qtbot)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.accept()
    assert settings.theme == "dark"
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    assert base.lightness() < 60 and text.lightness() > 200
    # The highlights follow: their underline is drawn lighter on a dark page.
    dark_underline = _highlight_format(window, "Marc Durand").underlineColor()
    assert dark_underline.lightness() > light_underline.lightness()
    dialog = _preferences(window, qtbot)
    dialog.high_contrast.setChecked(True)
    dialog.accept()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
    # Light, high contrast: black on white.
    dialog = _preferences(window, qtbot)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    palette = QApplication.palette()
    assert (palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name()) == ("#ffffff", "#000000")


def test_following_the_system_scheme(window, settings, restore_theme, monkeypatch):
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    assert theme.apply_theme("", False)
    assert theme.is_dark(QApplication.palette())
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    theme._system_changed(Qt.ColorScheme.Light)  # the system switched while we run
    assert not theme.is_dark(QApplication.palette())


def test_f6_and_ctrl_digits_move_between_panels_in_order(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.article_list.setFocus()
    seen = []
    for _ in range(4):
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(window.panel_focus.current())
    assert seen == [1, 2, 0, 1]  # text, side panel, list, text: wraps round
    assert QApplication.focusWidget() is window.view
    press(qtbot, window.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.article_list
    press(qtbot, window.article_list, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert window.side_tabs.currentWidget().isAncestorOf(focus)
    assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus  # a control, not a container
    press(qtbot, focus, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.view


def test_a_shortcut_chosen_in_preferences_works_and_is_kept(window, qtbot, settings, tmp_path):
    dialog = _preferences(window, qtbot)
    page = dialog.shortcut_page
    row = next(i for i, e in enumerate(page.entries) if e.key == "statistics_action")
    assert page.entries[row].default == "Ctrl+Shift+T"
    page.table.selectRow(row)
    assert page.editor.isEnabled()
    page.editor.setKeySequence(QKeySequence("Ctrl+Alt+9"))
    page.editor.editingFinished.emit()
    assert page.table.item(row, 1).text() == QKeySequence("Ctrl+Alt+9").toString(
        QKeySequence.SequenceFormat.NativeText)
    dialog.accept()
    assert window.statistics_action.shortcut().toString() == "Ctrl+Alt+9"
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.shortcut_overrides() == {"statistics_action": "Ctrl+Alt+9"}
    # The shortcut sheet shows the new keys.
    window.shortcuts_action.trigger()
    sheet = window.last_shortcut_sheet
    assert any(keys == QKeySequence("Ctrl+Alt+9").toString(
        QKeySequence.SequenceFormat.NativeText) for _a, keys, _m in sheet.shown_rows())
    sheet.close()
    # Back to the default: nothing is kept, so a later version's default would apply.
    dialog = _preferences(window, qtbot)
    dialog.shortcut_page.reset_all()
    dialog.accept()
    assert window.statistics_action.shortcut().toString() == "Ctrl+Shift+T"
    assert settings.shortcut_overrides() == {}


def test_a_shortcut_given_twice_or_a_category_key_is_refused(window, qtbot, settings,
                                                              monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = _preferences(window, qtbot)
    page = dialog.shortcut_page
    row = next(i for i, e in enumerate(page.entries) if e.key == "statistics_action")
    page.set_keys(row, "Ctrl+E")  # Export's
    assert "Ctrl+E" in page.clash.text()
    dialog.accept()
    assert dialog.isVisible() and "Ctrl+E" in warnings[-1]
    page.set_keys(row, "Q")  # the Quote category's key in this project
    dialog.accept()
    assert dialog.isVisible() and "Q:" in warnings[-1]
    page.set_keys(row, "")  # no shortcut at all is fine
    dialog.accept()
    assert not dialog.isVisible()
    assert window.statistics_action.shortcuts() == []
    assert settings.shortcut_overrides() == {"statistics_action": ""}


def test_datasette_metadata_from_the_file_menu(window, qtbot, project_file, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = project_file.with_name("published.json")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.datasette_action.trigger()
    metadata = json.loads(out.read_text(encoding="utf-8"))
    queries = metadata["databases"]["desk"]["queries"]
    assert {"quotes_by_status", "figures_by_party", "status_counts"} <= set(queries)
    assert "datasette" in window.statusBar().currentMessage()
    assert QApplication.clipboard().text().startswith("datasette ")
    assert rows(project_file, "select count(*) from annotations") == [(0,)]
