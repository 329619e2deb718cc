"""Drive the real window as a person would and check the project file on disk."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import import_and_wait, rows


def select_text(view, needle, occurrence=1):
    """Select `needle` in the view with a QTextCursor, as a mouse drag would.

    Qt positions are UTF-16 units: the emoji in the text makes them differ from str indexes.
    """
    doc_text = view.document().toRawText().replace("\u2029", "\n")
    pos = -1
    for _ in range(occurrence):
        pos = doc_text.index(needle, pos + 1)

    def utf16(i):
        return len(doc_text[:i].encode("utf-16-le")) // 2

    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(pos))
    cursor.setPosition(utf16(pos + len(needle)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key press, then one turn of the event loop (lists update right after the text)."""
    qtbot.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def live(path):
    return rows(path, "select category_id, exact, status, note, author from annotations "
                      "where deleted_at is null order by start")


def test_select_and_press_q_f_p(window, qtbot, project_file):
    select_text(window.view, "Nous supprimerons 14\u202f000 postes d'ici 2025")
    press(qtbot, window.view, Qt.Key.Key_Q)
    select_text(window.view, "14\u202f000 postes")
    press(qtbot, window.view, Qt.Key.Key_F)
    select_text(window.view, "arc Duran")  # a sloppy selection snaps to whole words
    press(qtbot, window.view, Qt.Key.Key_P)
    assert live(project_file) == [
        ("quote", "Nous supprimerons 14\u202f000 postes d'ici 2025", "to_check", "", "Camille"),
        ("figure", "14\u202f000 postes", "to_check", "", "Camille"),
        ("party", "Marc Durand", "to_check", "", "Camille"),
    ]
    assert "Quote: 1" in window.counts_label.text() and "Party: 1" in window.counts_label.text()


def test_quote_marks_stay_out_unless_selected(window, qtbot, project_file):
    select_text(window.view, "\u00a0un plan brutal\u00a0")
    press(qtbot, window.view, Qt.Key.Key_Q)
    select_text(window.view, "«\u00a0un plan brutal\u00a0»")
    press(qtbot, window.view, Qt.Key.Key_Q)
    assert [r[1] for r in live(project_file)] == [
        "«\u00a0un plan brutal\u00a0»", "un plan brutal"]


def test_highlight_appears_at_once_and_overlaps_are_visible(window, qtbot):
    select_text(window.view, "Nous supprimerons 14\u202f000 postes d'ici 2025")
    press(qtbot, window.view, Qt.Key.Key_Q)
    select_text(window.view, "14\u202f000")
    press(qtbot, window.view, Qt.Key.Key_F)
    doc = window.view.document()
    text = doc.toPlainText()
    block = doc.findBlock(text.index("Nous"))
    formats = block.layout().formats()
    colours = {f.format.background().color().name() for f in formats}
    assert "#e69f00" in colours and "#56b4e9" in colours  # quote and nested figure
    nested = [f for f in formats if f.format.background().color().name() == "#56b4e9"]
    assert nested[0].format.fontUnderline()  # the outer quote shows as an underline there


def test_empty_selection_does_nothing(window, qtbot, project_file):
    select_text(window.view, " ")
    press(qtbot, window.view, Qt.Key.Key_Q)
    assert live(project_file) == []


def test_status_note_delete_undo_redo(window, qtbot, project_file):
    select_text(window.view, "Marc Durand")
    press(qtbot, window.view, Qt.Key.Key_P)
    panel = window.panel
    assert panel.current_id is not None
    # Status: keyboard on the combo box.
    panel.status_box.setFocus()
    press(qtbot, panel.status_box, Qt.Key.Key_Down)
    assert live(project_file)[0][2] == "in_progress"
    # Note: type, then leave the field; non-ASCII is inserted directly (see ARCHITECTURE).
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "Check ")
    panel.note_edit.insertPlainText("l'Élysée «\u00a0<script>\u00a0»")
    panel.table.setFocus()
    qtbot.waitUntil(lambda: live(project_file)[0][3] != "")
    assert live(project_file)[0][3] == "Check l'Élysée «\u00a0<script>\u00a0»"
    # Undo the note (one step for the whole typing), then the status.
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live(project_file)[0][3] == ""
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live(project_file)[0][2] == "to_check"
    assert panel.status_box.currentData() == "to_check"
    press(qtbot, window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert live(project_file)[0][2] == "in_progress"
    # Delete with Del in the panel, then undo the delete.
    panel.select(panel.current_id)
    panel.table.setFocus()
    press(qtbot, panel.table, Qt.Key.Key_Delete)
    assert live(project_file) == []
    assert window.view.highlighter.spans() == []
    window.undo_stack.undo()
    QApplication.processEvents()
    assert [r[1] for r in live(project_file)] == ["Marc Durand"]
    assert len(window.view.highlighter.spans()) == 1


def test_click_in_panel_selects_span_in_text(window, qtbot):
    select_text(window.view, "plan brutal")
    press(qtbot, window.view, Qt.Key.Key_Q)
    window.view.moveCursor(QTextCursor.MoveOperation.Start)
    index = window.annotation_model.index_of(window.panel.current_id)
    rect = window.panel.table.visualRect(index)
    qtbot.mouseClick(window.panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert window.view.textCursor().selectedText() == "plan brutal"


def test_user_category_with_its_own_shortcut(window, qtbot, project_file):
    window.project.add_category("Date", "#aa3366", "D")
    QApplication.processEvents()
    assert "Date" in [a.text() for a in window.category_actions.actions()]
    select_text(window.view, "2025")
    press(qtbot, window.view, Qt.Key.Key_D)
    cat = rows(project_file, "select c.name from annotations a join categories c "
                             "on c.id = a.category_id")
    assert cat == [("Date",)]


def test_undo_history_covers_import_and_article_delete(window, qtbot, tmp_path, project_file):
    f = tmp_path / "wire.txt"
    f.write_text("Dépêche AFP\n\nLe chiffre de 50 milliards de dollars.", encoding="cp1252")
    import_and_wait(qtbot, window, [f])
    assert window.article_model.rowCount() == 2
    assert window.view.article.title == "Dépêche AFP"
    window.delete_current_article()
    assert window.article_model.rowCount() == 1
    window.undo_stack.undo()
    assert window.article_model.rowCount() == 2
    window.undo_stack.undo()  # the import itself
    assert window.article_model.rowCount() == 1
    assert rows(project_file, "select count(*) from articles where deleted_at is null") == [(1,)]


def test_drop_files_on_window_imports_them(window, qtbot, tmp_path):
    files = []
    for i, text in enumerate(["Premier\n\ntexte un", "Second\n\ntexte deux"]):
        f = tmp_path / f"a{i}.md"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_finished):
        window.dropEvent(drop)
    assert window.article_model.rowCount() == 3


def test_bad_files_are_refused_with_their_name(window, qtbot, tmp_path, project_file):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty = tmp_path / "vide.txt"
    empty.write_text("  \n")
    job = import_and_wait(qtbot, window, [binary, empty])
    assert rows(project_file, "select count(*) from articles") == [(1,)]
    assert [Path(p).name for p, _ in job.report.failed] == ["photo.txt", "vide.txt"]
    summary = window.last_import_summary
    assert summary.isVisible() and summary.table.rowCount() == 2
    assert "photo.txt" in summary.report_text() and "binary" in summary.report_text()


def test_duplicate_import_is_skipped(window, qtbot, tmp_path):
    f = tmp_path / "same.txt"
    f.write_text("Plan social chez Nuvia\n\nTexte.", encoding="utf-8")
    import_and_wait(qtbot, window, [f])
    job = import_and_wait(qtbot, window, [f])
    assert window.article_model.rowCount() == 2
    assert "already in the project" in job.report.duplicates[0][1]
    assert "duplicate" in window.last_import_summary.table.item(0, 0).text()


def test_paste_as_new_article(window, qtbot, project_file):
    QGuiApplication.clipboard().setText("Lettre ouverte\r\n\r\n«\u00a0Nous refusons\u00a0», écrivent-ils.")
    window.activateWindow()
    press(qtbot, window, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    titles = rows(project_file, "select title, text from articles order by imported_at")
    assert titles[-1] == ("Lettre ouverte", "Lettre ouverte\n\n«\u00a0Nous refusons\u00a0», écrivent-ils.")
    assert window.view.article.title == "Lettre ouverte"


def test_newer_project_is_refused_and_current_stays(window, errors, tmp_path):
    import sqlite3

    from annotator.store import Project

    newer = tmp_path / "newer.annot"
    Project.create(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("update meta set value = '999' where key = 'schema_version'")
    conn.commit()
    conn.close()
    current = window.project.path
    assert not window.open_project(newer)
    assert "newer version" in errors[-1][1]
    assert window.project.path == current


def test_new_project_recent_and_save_copy(window, settings, tmp_path, project_file):
    copy = tmp_path / "copie.annot"
    window.save_copy(copy).wait()
    assert window.open_project(tmp_path / "fresh.annot", create=True)
    assert window.article_model.rowCount() == 0
    assert settings.recent_projects()[:2] == [str((tmp_path / "fresh.annot").resolve()),
                                              str(project_file.resolve())]
    assert window.open_project(copy)
    assert window.article_model.rowCount() == 1
    assert "copie.annot" in window.windowTitle()


def test_export_from_the_window(window, qtbot, tmp_path, errors):
    select_text(window.view, "Marc Durand")
    press(qtbot, window.view, Qt.Key.Key_P)
    window.panel.note_edit.insertPlainText("<script>alert('x')</script>")
    window.panel.commit_note()
    with qtbot.waitSignal(window.export_finished, timeout=20000) as done:
        window.export("html", tmp_path / "out" / "fiche.html", [window.article_id])
    out = done.args[0]
    html = out.read_text(encoding="utf-8")
    assert "Marc Durand" in html and "<script>alert" not in html
    assert "&lt;script&gt;" in html
    # A broken newsroom template is reported, and nothing is written.
    bad = tmp_path / "tpl"
    bad.mkdir()
    (bad / "factsheet.html").write_text("<html><body>no slots</body></html>")
    (bad / "factsheet.css").write_text("body{}")
    with qtbot.waitSignal(window.export_finished, timeout=20000) as done:
        window.export("html", tmp_path / "bad.html", None, str(bad))
    assert isinstance(done.args[0], Exception)
    assert "factsheet.html" in errors[-1][1] and not (tmp_path / "bad.html").exists()


def test_a_long_export_runs_in_the_background_and_can_be_cancelled(
        window, qtbot, tmp_path, monkeypatch):
    """The window keeps working while an export reads the project; Cancel writes
    nothing and keeps the older file."""
    import threading


    reading = threading.Event()
    release = threading.Event()
    snapshot = type(window.project).snapshot

    def slow_snapshot(project, *args, **kwargs):
        reading.set()
        release.wait(10)
        return snapshot(project, *args, **kwargs)

    monkeypatch.setattr(type(window.project), "snapshot", slow_snapshot)
    out = tmp_path / "fiche.html"
    out.write_text("the sheet of yesterday", encoding="utf-8")
    job = window.export("html", out, None)
    qtbot.waitUntil(reading.is_set)
    # Meanwhile the editor annotates: the GUI thread is free and the store writable.
    select_text(window.view, "un plan brutal")
    press(qtbot, window.view, Qt.Key.Key_Q)
    assert window.annotation_model.rowCount() == 1
    from PySide6.QtWidgets import QPushButton

    job.progress.findChild(QPushButton).click()  # Cancel
    with qtbot.waitSignal(window.export_finished, timeout=20000) as done:
        release.set()
    assert "cancelled" in str(done.args[0])
    assert out.read_text(encoding="utf-8") == "the sheet of yesterday"
    assert "Export cancelled" in window.statusBar().currentMessage()
    assert not [f for f in tmp_path.iterdir() if f.name.startswith(".fiche")]


def test_export_dialog_writes_the_chosen_file(window, qtbot, monkeypatch, tmp_path):
    from annotator.gui.dialogs import ExportDialog

    def fill_and_accept(dialog):
        assert dialog.article_radio.isChecked()  # the open article by default
        # The preview shows the open article's fact sheet before anything is written.
        assert "Nous supprimerons" in dialog.preview_view.toPlainText()
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        dialog.path_edit.setText(str(tmp_path / "sheet.csv"))
        return True

    monkeypatch.setattr(ExportDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(window.export_finished, timeout=20000):
        window.export_dialog()
    assert (tmp_path / "sheet.csv").read_text(encoding="utf-8-sig").startswith("article_id")
    assert window.settings.export_folder == tmp_path


def test_categories_dialog_adds_a_category_with_its_key(window, qtbot, monkeypatch,
                                                        project_file):
    from annotator.gui.dialogs import CategoriesDialog, CategoryEditor

    def fill(editor):
        editor.name_edit.setText("Chiffre clé")
        editor.shortcut_edit.setKeySequence("C")
        return True

    monkeypatch.setattr(CategoryEditor, "exec", fill)
    monkeypatch.setattr(CategoriesDialog, "exec", lambda dialog: dialog._add())
    window.categories_dialog()
    QApplication.processEvents()
    assert rows(project_file, "select name, shortcut, kind from categories "
                              "where kind = 'user'") == [("Chiffre clé", "C", "user")]
    select_text(window.view, "2400")
    press(qtbot, window.view, Qt.Key.Key_C)
    assert [r[1] for r in live(project_file)] == ["2400"]


def test_category_editor_refuses_taken_shortcut(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.dialogs import CategoryEditor

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    editor = CategoryEditor(None, None, {"Q"}, {"quote"})
    qtbot.addWidget(editor)
    editor.name_edit.setText("Citation bis")
    editor.shortcut_edit.setKeySequence("Q")
    editor.accept()
    assert "already used" in warnings[-1] and editor.result() == 0


def test_del_in_article_list_deletes_the_article_undoably(window, qtbot, project_file):
    window.article_list.setFocus()
    press(qtbot, window.article_list, Qt.Key.Key_Delete)
    assert window.article_model.rowCount() == 0 and window.view.article is None
    assert rows(project_file, "select count(*) from articles where deleted_at is null") == [(0,)]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.article_model.rowCount() == 1


def test_window_layout_is_remembered(window, settings, qtbot, project_file):
    from annotator.gui.main_window import MainWindow

    window.splitter.setSizes([300, 600, 400])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(project_file)  # the panes show with a project (else: welcome)
    qtbot.waitUntil(lambda: sum(again.splitter.sizes()) > 700)
    # Offscreen, the restored window may get another size: compare the proportions.
    total, again_total = sum(sizes), sum(again.splitter.sizes())
    for before, after in zip(sizes, again.splitter.sizes(), strict=True):
        assert abs(before / total - after / again_total) < 0.02


def test_failed_import_leaves_no_empty_undo_step(window, qtbot, tmp_path):
    empty = tmp_path / "vide.txt"
    empty.write_text("")
    before = window.undo_stack.count()
    job = import_and_wait(qtbot, window, [empty])
    assert window.undo_stack.count() == before and "vide.txt" in job.report.failed[0][1]


def test_a_batch_import_is_one_undo_step(window, qtbot, tmp_path):
    files = []
    for i in range(3):
        f = tmp_path / f"b{i}.txt"
        f.write_text(f"Article {i}\n\nTexte {i}.", encoding="utf-8")
        files.append(f)
    files.append(files[0])  # the same file twice: the second is a duplicate
    import_and_wait(qtbot, window, files)
    assert window.article_model.rowCount() == 4
    window.undo_stack.undo()
    assert window.article_model.rowCount() == 1
