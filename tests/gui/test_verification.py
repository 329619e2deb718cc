"""The fact-check record in the window: status, rating, speaker, figure value, evidence,
filters, project statuses and settings — driven as an editor does."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.gui.conftest import rows
from tests.gui.test_annotating import press, select_text


def annotate(qtbot, window, needle, key):
    select_text(window.view, needle)
    press(qtbot, window.view, key)
    qtbot.waitUntil(lambda: window.panel.current_id is not None)
    return window.panel.current_id


def one(path, sql, *params):
    return rows(path, sql, params)[0]


def test_quote_record_speaker_rating_and_who_changed_it(window, qtbot, project_file,
                                                        monkeypatch):
    quote_id = annotate(qtbot, window, "Nous supprimerons", Qt.Key.Key_Q)
    editor = window.panel.editor
    assert editor.party_box.isVisible() and not editor.value_edit.isVisible()
    # A speaker the project does not know: typed, confirmed, created and linked.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.party_box.setFocus()
    editor.party_box.lineEdit().setText("Marc Durand")
    press(qtbot, editor.party_box, Qt.Key.Key_Return)
    assert one(project_file, "select p.name, p.kind from annotations a join parties p "
               "on p.id = a.speaker_id where a.id = ?", quote_id) == ("Marc Durand", "person")
    # Rating by keyboard, then status from the project's own list.
    editor.rating_box.setFocus()
    editor.rating_box.setCurrentIndex(editor.rating_box.findData("false"))
    editor.rating_box.activated.emit(editor.rating_box.currentIndex())
    assert one(project_file, "select rating, updated_by from annotations where id = ?",
               quote_id) == ("false", "Camille")
    assert "last changed by Camille" in editor.changed.text()
    # Undo twice: no rating, no speaker, and the party record created for it is gone.
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert one(project_file, "select rating, speaker_id from annotations where id = ?",
               quote_id) == (None, None)
    assert rows(project_file, "select count(*) from parties where deleted_at is null") == [(0,)]


def test_figure_value_unit_date_and_evidence(window, qtbot, project_file, monkeypatch):
    figure_id = annotate(qtbot, window, "2400 salariés", Qt.Key.Key_F)
    editor = window.panel.editor
    assert editor.value_edit.isVisible() and editor.unit_edit.isVisible()
    for edit, text in ((editor.value_edit, "2\u202f400"), (editor.unit_edit, "salariés"),
                       (editor.ref_date_edit, "5 mars 2024")):
        edit.setFocus()
        edit.setText(text)
        press(qtbot, edit, Qt.Key.Key_Return)
    assert one(project_file, "select value, unit, ref_date from annotations where id = ?",
               figure_id) == ("2400", "salariés", "2024-03-05")

    # Evidence through its dialog (filled as a user would, then OK).
    from annotator.gui import verification_editor as ve

    def fill(dialog):
        dialog.url.setText("https://www.insee.fr/fr/statistiques/1")
        dialog.title.setText("Insee, emploi <script>")
        dialog.consulted.setText("2024-03-06")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(ve.EvidenceDialog, "exec", fill)
    editor.add_evidence()
    assert rows(project_file, "select title, consulted_at from evidence "
                "where deleted_at is null") == [("Insee, emploi <script>", "2024-03-06")]
    qtbot.waitUntil(lambda: editor.evidence_list.count() == 1)
    assert "Insee" in editor.evidence_list.item(0).text()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: editor.evidence_list.count() == 0)
    assert rows(project_file, "select count(*) from evidence where deleted_at is null") == [
        (0,)]


def test_evidence_dialog_refuses_an_unreadable_date(qtbot, monkeypatch):
    from annotator.core.model import Evidence
    from annotator.gui.verification_editor import EvidenceDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = EvidenceDialog(None, Evidence("e1", "a1"))
    qtbot.addWidget(dialog)
    dialog.title.setText("Rapport")
    dialog.consulted.setText("la semaine dernière ou pas")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "cannot be read" in warnings[0]


def test_filters_narrow_the_article_list_and_the_panel(window, qtbot, project_file,
                                                      make_article):
    quote_id = annotate(qtbot, window, "Nous supprimerons", Qt.Key.Key_Q)
    annotate(qtbot, window, "2400 salariés", Qt.Key.Key_F)
    window.edit_annotation(quote_id, "status", "false")
    window.project.add_article(make_article("Un autre article, sans annotation."))
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 2)
    bar = window.filter_bar
    bar.set_value("status", "false")
    assert window.article_model.rowCount() == 1
    assert window.annotation_model.rowCount() == 1
    bar.set_value("status", None)
    bar.set_value("category", "figure")
    assert window.annotation_model.rowCount() == 1
    # Changing the quote's status under a status filter takes it out of the panel.
    bar.clear()
    bar.set_value("status", "false")
    window.edit_annotation(quote_id, "status", "verified")
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == 0)
    assert window.article_model.rowCount() == 0
    bar.clear()
    assert window.article_model.rowCount() == 2 and window.annotation_model.rowCount() == 2


def test_project_statuses_rename_add_and_settings(window, qtbot, project_file, monkeypatch):
    from annotator.gui.project_dialogs import ProjectSettingsDialog, StatusesDialog

    annotate(qtbot, window, "Marc Durand", Qt.Key.Key_P)
    project = window.project
    dialog = StatusesDialog(window, project.statuses, project.add_status,
                            project.update_status, project.delete_status)
    qtbot.addWidget(dialog)
    dialog.table.item(3, 0).setText("Wrong")  # "False", renamed in place
    dialog.add_status()
    assert [s.label_en for s in project.statuses()][3] == "Wrong"
    assert project.statuses()[-1].label_en == "New status 1"
    qtbot.waitUntil(lambda: window.panel.status_box.findText("Wrong") >= 0)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog.table.setCurrentCell(0, 0)
    dialog.delete_status()  # "To check" is in use
    assert warnings and "to_check" in {s.id for s in project.statuses()}

    settings = ProjectSettingsDialog(window, project.meta())
    qtbot.addWidget(settings)
    settings.language.setCurrentIndex(settings.language.findData("fr"))
    settings.organisation.setText("Les Vérificateurs")
    settings.url.setText("https://verif.example")
    project.set_settings(**settings.values())
    assert project.meta()["language"] == "fr"  # the language of exports...
    QApplication.processEvents()
    # ...while the window keeps the interface's (English in tests; see test_i18n).
    assert window.annotation_model.index(0, 2).data() == "To check"


def test_parties_tab_merges_and_opens_mentions(window, qtbot, project_file, monkeypatch):
    from annotator.core.model import Party, new_id

    quote_id = annotate(qtbot, window, "Nous supprimerons", Qt.Key.Key_Q)
    short = window.project.add_party(Party(new_id(), "M. Durand", "person"))
    full = window.project.add_party(Party(new_id(), "Marc Durand", "person"))
    window.edit_annotation(quote_id, "speaker_id", short.id)
    window.parties_action.trigger()
    view = window.parties_view
    assert view.isVisible()
    view.select_party(short.id)
    view.merge_into(full.id)
    assert one(project_file, "select speaker_id from annotations where id = ?",
               quote_id) == (full.id,)
    assert window.undo_stack.undoText().startswith("Merge")
    # Open the quote from the party's mentions: the article, the row, the text.
    view.open_requested.emit(window.article_id, quote_id)
    assert window.panel.current_id == quote_id
    assert window.view.textCursor().selectedText().startswith("Nous supprimerons")
    window.undo_stack.undo()
    assert one(project_file, "select speaker_id from annotations where id = ?",
               quote_id) == (short.id,)
