"""File ▸ Merge a Copy…: preview, backup, merge, and settling conflicts in the dialog."""

import shutil

from PySide6.QtWidgets import QFileDialog

from annotator.store import Project
from tests.gui.conftest import rows


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
    preview = window.last_merge_preview
    assert preview.isVisible()
    assert "annotations: 1 added, 1 in conflict" in preview.report_label.text()
    assert rows(project_file, "select count(*) from annotations") == [(1,)]  # not yet
    preview.merge_button.click()
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
    assert errors and "not a project file" in errors[-1][1]
    assert window.last_merge_preview is None


def test_nothing_to_merge_offers_no_merge(window, tmp_path, project_file):
    copy = tmp_path / "same.annot"
    shutil.copy(project_file, copy)
    window.merge_copy(copy)
    assert not window.last_merge_preview.merge_button.isEnabled()
    assert "nothing to merge" in window.last_merge_preview.report_label.text()
