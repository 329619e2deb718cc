"""File ▸ Save a Copy for Sharing…: untick an article, leave notes out, save, merge back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core.model import Article, new_id
from annotator.core.text import text_sha256
from annotator.store import Project
from tests.gui.conftest import finish_writes, rows

SECRET_TEXT = "Note interne : notre source au ministère est Mme Zoubiri."


def test_share_a_copy_without_notes_or_one_article_from_the_menu(
        window, qtbot, tmp_path, monkeypatch):
    project = window.project
    article = project.snapshot().articles[0]
    start = article.text.index("un plan brutal")
    ann = project.add_annotation(project.new_annotation(article, "quote", start, start + 14))
    project.update_annotation(ann.id, note=SECRET_TEXT)
    private = project.add_article(Article(new_id(), "Brouillon confidentiel",
                                          "Texte à ne pas partager.",
                                          text_sha256=text_sha256("Texte à ne pas partager.")))
    target = tmp_path / "pour-lina.annot"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.share_copy_action.trigger()
    dialog = window.last_share_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.article_list.count() == 2
    qtbot.mouseClick(dialog.without_notes, Qt.MouseButton.LeftButton)
    # Find the draft by typing in the filter, untick it with "Include None" on what is shown.
    qtbot.keyClicks(dialog.filter_edit, "Brouillon")
    shown = [dialog.article_list.item(i) for i in range(2)
             if not dialog.article_list.item(i).isHidden()]
    assert [i.text() for i in shown] == ["Brouillon confidentiel  (0 annotations)"]
    next(b for b in dialog.findChildren(type(dialog.save_button))
         if b.text() == "Include &None").click()
    assert dialog.summary.text() == "The copy: 1 of 2 articles, without notes."
    next(b for b in dialog.findChildren(type(dialog.save_button))
         if b.text() == "&Choose…").click()
    assert dialog.target() == target
    dialog.save_button.click()
    finish_writes(window)
    assert "Copy for sharing saved" in window.statusBar().currentMessage()
    assert rows(target, "select title from articles") == [("Plan social chez Nuvia",)]
    assert rows(target, "select note from annotations") == [("",)]
    assert b"zoubiri" not in target.read_bytes().lower()
    assert rows(window.project.path, "select note from annotations") == [(SECRET_TEXT,)]
    # The colleague verifies the quote; merging the copy back keeps our note and article.
    with Project.open(target, author="Lina") as copy:
        copy.update_annotation(ann.id, status="verified")
    window.merge_copy(target)
    finish_writes(window)
    window.last_merge_preview.merge_button.click()
    finish_writes(window)
    assert rows(window.project.path, "select status, note from annotations") == [
        ("verified", SECRET_TEXT)]
    assert rows(window.project.path, "select deleted_at from articles where id = ?",
                [private.id]) == [(None,)]


def test_a_copy_that_cannot_be_written_says_so(window, tmp_path, errors):
    window.share_copy(tmp_path / "missing-folder" / "x.annot", without_notes=True).wait()
    assert errors and "No copy was saved" in errors[0][1] and "no such folder" in errors[0][1]
