"""Suggest in the window: run in the background, accept, reject, undo — as an editor does."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import rows


def run_suggest(qtbot, window):
    window.suggest_current()
    assert window.suggest_job is not None  # running off the GUI thread
    qtbot.waitUntil(lambda: window.suggest_job is None, timeout=60000)
    return window.suggestions_panel


def test_suggest_accept_reject_and_undo(window, qtbot, project_file):
    panel = run_suggest(qtbot, window)
    texts = {(s.category, s.text) for s in panel.suggestions}
    assert ("quote", "Nous supprimerons 14\u202f000 postes d'ici 2025") in texts
    assert ("party", "Marc Durand") in texts
    assert any(c == "figure" and "14\u202f000 postes" in t for c, t in texts)
    assert window.view.suggestion_count() == len(panel.suggestions)

    # Accept the quote with Enter: an annotation whose speaker is a party record.
    quote_row = next(i for i, s in enumerate(panel.shown()) if s.category == "quote")
    panel.list.setCurrentRow(quote_row)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(project_file, "select count(*) from annotations") == [(1,)])
    (speaker,) = rows(project_file, "select p.name from annotations a join parties p "
                                    "on p.id = a.speaker_id")
    assert speaker == ("Marc Durand",)
    qtbot.waitUntil(lambda: all(s.category != "quote" or s.speaker != "Marc Durand"
                                or s.kind == "term" for s in panel.suggestions))

    # Reject the first party suggestion with Backspace: remembered in the project.
    panel.filter.setCurrentIndex(panel.filter.findData("party"))
    rejected = panel.shown()[0]
    panel.list.setCurrentRow(0)
    QTest.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert rows(project_file, "select category, exact from rejected_suggestions") == [
        ("party", rejected.text)]
    qtbot.waitUntil(lambda: rejected not in panel.suggestions)

    # Suggesting again does not offer the rejected one.
    run_suggest(qtbot, window)
    assert rejected not in panel.suggestions

    # Undo the rejection, then the acceptance: nothing left, the party record gone too.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: rejected in panel.suggestions)
    window.undo_stack.undo()
    assert rows(project_file, "select count(*) from annotations where deleted_at is null") == [
        (0,)]
    assert rows(project_file, "select count(*) from parties where deleted_at is null") == [(0,)]


def test_accept_all_shown_of_one_category(window, qtbot, project_file):
    panel = run_suggest(qtbot, window)
    panel.filter.setCurrentIndex(panel.filter.findData("figure"))
    figures = panel.shown()
    assert figures
    panel.accept_all_button.click()
    stored = rows(project_file, "select exact, value from annotations where category_id = "
                                "'figure' order by start")
    assert [e for e, _ in stored] == [s.text for s in figures]
    assert all(v is not None for _, v in stored)
    assert window.undo_stack.undoText().startswith("Accept")
    window.undo_stack.undo()
    assert rows(project_file, "select count(*) from annotations where deleted_at is null") == [
        (0,)]


def test_suggest_on_open_setting(window, qtbot, settings):
    window.suggest_on_open_action.setChecked(True)
    assert settings.suggest_on_open
    qtbot.waitUntil(lambda: window.suggest_job is None
                    and bool(window.suggestions_panel.suggestions), timeout=60000)
