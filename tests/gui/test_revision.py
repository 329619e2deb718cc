"""Edit ▸ Revise Article Text…: highlights follow their words, orphans are listed and
placed by hand, and Undo puts everything back."""

from PySide6.QtWidgets import QApplication

from annotator.core.text import normalize_text
from annotator.gui.revision_dialog import RevisionDialog
from tests.gui.conftest import finish_writes, rows


def annotate(window, words, category):
    start = window.view.article.text.index(words)
    window.view.select_span(start, start + len(words))
    annotation = window.annotate_selection(category)
    QApplication.processEvents()
    return annotation


def spans(window):
    """What the text shows: exact words under each highlight, by category."""
    text = window.view.article.text
    return sorted((c, text[s:e]) for c, s, e in window.view.highlighted_spans())


def anchors(path):
    return rows(path, 'select id, start, "end", exact, prefix, suffix, orphaned_at '
                      "from annotations order by id")


def corrected(window):
    """The editor's correction: a paragraph on top, a figure fixed, a sentence cut."""
    return ("Mise à jour : le chiffre de la direction a été corrigé.\n\n"
            + window.view.article.text.replace("14\u202f000", "14\u202f500").replace(
                " Plus de 2400 salariés sont concernés.", ""))


def test_revise_place_the_orphan_then_undo_everything(window, qtbot, project_file,
                                                       monkeypatch, errors):
    annotate(window, "Marc Durand", "party")
    annotate(window, "14\u202f000 postes", "figure")
    figure = annotate(window, "2400 salariés", "figure")
    original_text = window.view.article.text
    original = anchors(project_file)
    new_text = corrected(window)

    def fill_and_accept(dialog):
        assert not dialog.revise_button.isEnabled()  # the text as it is: nothing to do
        dialog.set_text(new_text)
        assert dialog.revise_button.isEnabled()
        return True

    monkeypatch.setattr(RevisionDialog, "exec", fill_and_accept)
    assert window.revise_action.isEnabled()
    window.revise_action.trigger()
    finish_writes(window)
    QApplication.processEvents()
    assert errors == []
    report = window.last_revision_report
    assert report.summary() == "0 unchanged, 2 moved (1 with edited words), 1 orphaned"
    assert window.last_revision_summary.isVisible()
    assert "Orphans tab" in window.last_revision_summary.text()
    # The view shows the new text with the highlights on their words.
    assert window.view.article.text == normalize_text(new_text)
    assert window.view.toPlainText().startswith("Mise à jour")
    assert spans(window) == [("figure", "14\u202f500 postes"), ("party", "Marc Durand")]
    assert window.annotation_model.rowCount() == 2
    assert "Figure: 1" in window.counts_label.text()
    # The orphan is listed, with its words and where it was.
    assert window.side_tabs.currentWidget() is window.orphans_view
    orphans = window.orphans_view
    assert orphans.count() == 1 and orphans.current_id() == figure.id
    assert "2400 salariés" in orphans.list.item(0).text()
    assert "Plus de [2400 salariés] sont" in orphans.detail.text()
    assert window.side_tabs.tabText(window.side_tabs.indexOf(orphans)) == "Orphans (1)"
    window.last_revision_summary.close()

    # Place it: select where its words now are (the editor added them back), Place Here.
    window.revise_article(window.view.article.text + "\n\nPrès de 2500 salariés à Lyon.")
    finish_writes(window)
    QApplication.processEvents()
    assert orphans.count() == 1
    orphans.place_button.click()  # nothing selected: nothing happens
    assert orphans.count() == 1
    text = window.view.article.text
    start = text.index("2500 sala")
    window.view.select_span(start, start + len("2500 sala"))  # snapped to whole words
    orphans.place_button.click()
    QApplication.processEvents()
    assert orphans.count() == 0
    assert ("figure", "2500 salariés") in spans(window)
    assert window.annotation_model.rowCount() == 3 and window.panel.current_id == figure.id
    assert rows(project_file, "select exact, orphaned_at from annotations where id = ?",
                (figure.id,)) == [("2500 salariés", None)]

    window.undo_stack.undo()  # the placing
    QApplication.processEvents()
    assert orphans.count() == 1 and ("figure", "2500 salariés") not in spans(window)
    window.undo_stack.undo()  # the second revision
    window.undo_stack.undo()  # the first
    QApplication.processEvents()
    assert window.view.article.text == original_text
    assert anchors(project_file) == original
    assert spans(window) == [("figure", "14\u202f000 postes"), ("figure", "2400 salariés"),
                             ("party", "Marc Durand")]
    assert orphans.count() == 0 and window.annotation_model.rowCount() == 3
    window.undo_stack.redo()
    QApplication.processEvents()
    assert window.view.article.text == normalize_text(new_text) and orphans.count() == 1
    assert errors == []


def test_an_orphan_deleted_and_restored_leaves_the_counts_right(window, project_file):
    annotate(window, "Marc Durand", "party")
    annotate(window, "2400 salariés", "figure")
    window.revise_article(corrected(window))
    finish_writes(window)
    QApplication.processEvents()
    window.last_revision_summary.close()
    listed = window.article_model.data(window.article_model.index(0))
    assert listed.endswith("1 annotation")
    window.orphans_view.delete_button.click()
    QApplication.processEvents()
    assert window.orphans_view.count() == 0
    assert rows(project_file, "select count(*) from annotations where deleted_at is null") == [
        (1,)]
    assert window.article_model.data(window.article_model.index(0)) == listed
    window.undo_stack.undo()
    QApplication.processEvents()
    assert window.orphans_view.count() == 1
    assert window.article_model.data(window.article_model.index(0)) == listed


def test_the_dialog_keeps_french_spaces_and_loads_a_file(window, tmp_path):
    article = window.view.article
    dialog = RevisionDialog(window, article)
    assert dialog.text() == article.text  # no-break spaces survive the editor
    assert not dialog.revise_button.isEnabled()
    assert "unchanged" in dialog.status.text()
    path = tmp_path / "corrige.txt"
    path.write_text(article.text.replace("2400", "2500").replace("\n", "\r\n"), "utf-8")
    assert dialog.load_file(path)
    assert dialog.text() == article.text.replace("2400", "2500")
    assert dialog.revise_button.isEnabled() and "corrige.txt" in dialog.status.text()
    assert not dialog.load_file(tmp_path / "missing.txt")
    assert "missing.txt" in dialog.status.text()
    dialog.set_text("  \n")
    assert not dialog.revise_button.isEnabled()
    dialog.close()


def test_the_same_text_is_not_a_revision(window):
    assert window.revise_article(window.view.article.text) is None
    assert window.undo_stack.count() == 0
    assert "unchanged" in window.statusBar().currentMessage()


def test_suggestions_found_in_the_text_before_a_revision_are_not_kept(window, monkeypatch):
    from annotator.suggest.model import Suggestion

    article = window.view.article
    start = article.text.index("2400 salariés")
    stale = Suggestion("figure", start, start + 13, "2400 salariés", 0.9)
    window.revise_article("Chapeau.\n\n" + article.text)
    finish_writes(window)
    QApplication.processEvents()
    window.last_revision_summary.close()
    asked = []
    monkeypatch.setattr(window, "suggest_current", lambda: asked.append(True))
    window._suggestions_found(article.id, [stale])  # as the engine answers, late
    assert window.project.suggestion_set(article.id) is None and asked == [True]
    moved = Suggestion("figure", start + 10, start + 23, "2400 salariés", 0.9)
    window._suggestions_found(article.id, [moved])
    assert len(window.project.suggestion_set(article.id)) == 1
