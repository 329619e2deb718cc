"""File ▸ Merge a Copy…: preview, backup, merge, and settling conflicts in the dialog."""

import shutil
import threading

from PySide6.QtWidgets import QFileDialog, QPushButton

from annotator.store import Project
from tests.gui.conftest import finish_writes, rows


def _annotate(path, author, words, note, status):
    with Project.open(path, author=author) as p:
        article = p.snapshot().articles[0]
        start = article.text.index(words)
        ann = p.new_annotation(article, "quote", start, start + len(words), note=note,
                               status=status)
        return p.add_annotation(ann).id


def test_merge_a_copy_then_settle_the_conflict(window, qtbot, tmp_path, project_file,
                                               monkeypatch):
    shared = _annotate(project_file, "Camille", "un plan brutal", "", "to_check")
    window.open_project(project_file)  # reopen so the window sees the shared annotation
    colleague = tmp_path / "colleague.annot"
    window.project.save_copy(colleague)
    window.project.update_annotation(shared, status="verified")
    _annotate(colleague, "Lina", "Plus de 2400 salariés", "vu par Lina", "false")
    with Project.open(colleague, author="Lina") as p:
        p.update_annotation(shared, status="false", note="Lina: chiffre faux")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(colleague), ""))
    window.merge_action.trigger()
    finish_writes(window)
    preview = window.last_merge_preview
    assert preview.isVisible()
    assert "annotations: 1 added, 1 in conflict" in preview.report_label.text()
    assert rows(project_file, "select count(*) from annotations") == [(1,)]  # not yet
    preview.merge_button.click()
    finish_writes(window)
    # A backup of the project as it was sits beside it.
    backups = list(project_file.parent.glob("desk.before-merge-*.annot"))
    assert len(backups) == 1
    assert rows(backups[0], "select count(*) from annotations") == [(1,)]
    assert rows(project_file, "select note from annotations where author = 'Lina'") == [
        ("vu par Lina",)]
    # The conflict dialog opens by itself, with both versions side by side.
    dialog = window.last_conflicts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.count() == 1
    shown = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                              dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert shown["Status"] == ("Verified", "False")  # the project's labels, not ids
    assert shown["Note"] == ("", "Lina: chiffre faux")
    dialog.take_theirs.click()
    assert dialog.list.count() == 0
    assert rows(project_file, f"select status, note from annotations where id = '{shared}'") \
        == [("false", "Lina: chiffre faux")]
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == 2)


def test_merging_a_file_that_is_not_a_project(window, tmp_path, errors):
    junk = tmp_path / "junk.annot"
    junk.write_text("hello", "utf-8")
    window.merge_copy(junk)
    finish_writes(window)
    assert errors and "not a project file" in errors[-1][1]
    assert window.last_merge_preview is None


def test_nothing_to_merge_offers_no_merge(window, tmp_path, project_file):
    copy = tmp_path / "same.annot"
    shutil.copy(project_file, copy)
    window.merge_copy(copy)
    finish_writes(window)
    assert not window.last_merge_preview.merge_button.isEnabled()
    assert "nothing to merge" in window.last_merge_preview.report_label.text()


def test_a_merge_runs_on_the_writer_thread_and_can_be_cancelled(window, qtbot, tmp_path,
                                                                 project_file):
    colleague = tmp_path / "colleague.annot"
    shutil.copy(project_file, colleague)
    _annotate(colleague, "Lina", "Plus de 2400 salariés", "vu par Lina", "false")
    gate = threading.Event()
    window.project.start(lambda _cancelled: gate.wait(10))  # the writer is busy meanwhile
    window.merge_copy(colleague)
    preview = window.last_background_write
    assert preview.running  # the window did not wait: it is free to repaint
    preview.progress.findChild(QPushButton).click()  # the progress window's Cancel
    gate.set()
    finish_writes(window)
    assert window.last_merge_preview is None
    assert "Merge cancelled: nothing was changed" in window.statusBar().currentMessage()
    # Again, merged this time, then undone by nothing: the merge itself is not undoable.
    window.merge_copy(colleague)
    finish_writes(window)
    window.last_merge_preview.merge_button.click()
    merging = window.last_background_write
    finish_writes(window)
    assert not merging.running
    assert rows(project_file, "select note from annotations") == [("vu par Lina",)]
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == 1)


def test_closing_the_window_during_a_merge_cancels_it(window, tmp_path, project_file):
    colleague = tmp_path / "colleague.annot"
    shutil.copy(project_file, colleague)
    _annotate(colleague, "Lina", "Plus de 2400 salariés", "vu par Lina", "false")
    window.merge_copy(colleague)
    finish_writes(window)
    gate = threading.Event()
    window.project.start(lambda _cancelled: gate.wait(10))
    window.last_merge_preview.merge_button.click()
    gate.set()
    window.close()  # cancels the merge and waits for it: the file is closed whole
    assert rows(project_file, "select count(*) from annotations") == [(0,)]
