"""File ▸ Import Annotations: W3C and brat files placed, previewed, stored undoably."""

import shutil

from PySide6.QtWidgets import QFileDialog

from annotator.io.exporters import export
from annotator.store import Project
from tests.gui.conftest import import_and_wait, rows


def _annotated_copy(project_file, tmp_path):
    """A colleague's copy of the project, with a quote and a figure on its one article."""
    other = tmp_path / "colleague.annot"
    shutil.copy(project_file, other)
    with Project.open(other, author="Lina") as p:
        article = p.snapshot().articles[0]
        for category, words in (("quote", "Nous supprimerons 14\u202f000 postes d'ici 2025"),
                                ("figure", "2400 salariés")):
            start = article.text.index(words)
            ann = p.new_annotation(article, category, start, start + len(words),
                                   note="vu par Lina", status="verified")
            p.add_annotation(ann)
        return p.snapshot()


def _spans(project_file):
    return sorted(rows(project_file, "select category_id, start, end, note, status "
                       "from annotations where deleted_at is null"))


def test_import_w3c_from_the_file_menu_then_undo(window, qtbot, tmp_path, project_file,
                                                 monkeypatch):
    out = export(_annotated_copy(project_file, tmp_path), "w3c", tmp_path / "lina.jsonld")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([str(out)], ""))
    window.import_annotations_action.trigger()
    dialog = window.last_annotation_import
    assert dialog.isVisible()
    assert dialog.headline.text() == "Ready to import: 2 annotations in 1 article."
    assert _spans(project_file) == []  # nothing stored before Import
    dialog.import_button.click()
    expected = sorted(rows(tmp_path / "colleague.annot", "select category_id, start, end, "
                           "note, status from annotations"))
    assert _spans(project_file) == expected
    # The open article shows the new highlights and lists them in the panel.
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == 2)
    assert sorted(window.view.span_of(a.id)[0] for a in dialog.plan.annotations) == [
        "figure", "quote"]
    window.undo_stack.undo()
    assert _spans(project_file) == []
    qtbot.waitUntil(lambda: window.annotation_model.rowCount() == 0)
    window.undo_stack.redo()
    assert _spans(project_file) == expected


def test_dropping_a_brat_folder_imports_its_texts_and_annotations(window, qtbot, tmp_path,
                                                                  project_file):
    data = _annotated_copy(project_file, tmp_path)
    folder = export(data, "brat", tmp_path / "brat")
    (folder / "extra.txt").write_text("Un autre texte.\n\nIl cite la CGT.", "utf-8")
    (folder / "extra.ann").write_text("T1\tParty 28 31\tCGT\n", "utf-8")
    job = import_and_wait(qtbot, window, [folder])
    assert job.total == 0 and job.report.failed == []  # no .txt read as a plain article
    dialog = window.last_annotation_import
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.rows == []
    assert dialog.headline.text() == (
        "Ready to import: 3 annotations in 2 articles; 1 new article.")
    dialog.import_button.click()
    titles = sorted(t for (t,) in rows(project_file, "select title from articles"))
    assert titles == ["Plan social chez Nuvia", "Un autre texte."]
    assert rows(project_file, "select exact from annotations where category_id = 'party'") == [
        ("CGT",)]
    window.undo_stack.undo()  # the new article goes with its annotations
    assert rows(project_file, "select count(*) from articles where deleted_at is null") == [
        (1,)]


def test_a_file_that_cannot_be_used_is_listed_and_nothing_is_offered(window, tmp_path,
                                                                     project_file):
    bad = tmp_path / "broken.jsonld"
    bad.write_text('{"@context": "http://www.w3.org/ns/anno.jsonld", "items": [', "utf-8")
    window.import_annotations([bad])
    dialog = window.last_annotation_import
    assert dialog.headline.text().startswith("Nothing to import: 0 annotations")
    assert not dialog.import_button.isEnabled()
    assert dialog.rows[0][:2] == ("Failed", "broken.jsonld")
    assert "JSON" in dialog.rows[0][2]
    assert "failed: broken.jsonld: " in dialog.report_text()
    dialog.reject()
    assert _spans(project_file) == []
