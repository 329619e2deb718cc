"""Edit ▸ Preferences…: the editor's own settings, kept with QSettings (a temporary file
here: tests never touch the real user settings)."""

import json

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from annotator.gui.settings import Settings
from tests.gui.conftest import rows
from tests.gui.test_annotating import press, select_text


def _open_preferences(window, qtbot):
    window.preferences_action.trigger()
    dialog = window.last_preferences
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_preferences_are_saved_and_followed_at_once(window, qtbot, settings, project_file,
                                                    tmp_path):
    dialog = _open_preferences(window, qtbot)
    assert dialog.editor_name.text() == "Camille"
    dialog.editor_name.setText("Lina Haddad")
    dialog.organisation.setText("  Les  Vérificateurs ")
    dialog.organisation_url.setText("https://verif.example.org")
    dialog.export_folder.setText(str(tmp_path / "fiches"))
    dialog.suggest_on_import.setChecked(True)
    dialog.system_font.setChecked(False)
    dialog.font_size.setValue(19)
    dialog.reading_width.setValue(40)
    dialog.accept()
    assert not dialog.isVisible()
    # Kept in the settings file, as another start of the app reads it.
    again = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.editor_name == "Lina Haddad"
    assert again.organisation_name == "Les Vérificateurs"
    assert again.organisation_url == "https://verif.example.org"
    assert str(again.export_folder) == str(tmp_path / "fiches")
    assert again.suggest_on_import and again.article_font[1] == 19
    assert again.reading_width == 40
    # Followed at once: the author of the next annotation, the article's font and width.
    assert window.suggest_on_import_action.isChecked()
    assert window.view.font().pointSizeF() == 19
    window.resize(1400, 800)
    qtbot.wait(50)
    assert window.view.reading_margin() > 0  # a 40-character column, centred
    window.activateWindow()  # the dialog had the focus
    qtbot.waitUntil(window.isActiveWindow)
    select_text(window.view, "Marc Durand")
    press(qtbot, window.view, Qt.Key.Key_P)
    assert rows(project_file, "select author from annotations") == [("Lina Haddad",)]
    # The whole pane again.
    dialog = _open_preferences(window, qtbot)
    dialog.reading_width.setValue(0)
    dialog.accept()
    assert window.view.reading_margin() == 0


def test_a_bad_organisation_url_or_no_name_is_refused(window, qtbot, monkeypatch, settings):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = _open_preferences(window, qtbot)
    dialog.organisation_url.setText("verif.example.org")
    dialog.accept()
    assert "must start with https://" in warnings[-1] and dialog.isVisible()
    dialog.organisation_url.setText("")
    dialog.editor_name.setText("  ")
    dialog.accept()
    assert "editor name" in warnings[-1] and dialog.isVisible()
    dialog.reject()
    assert settings.editor_name == "Camille" and settings.organisation_url == ""


def test_the_organisation_goes_to_new_projects_and_to_exports(window, qtbot, settings,
                                                              tmp_path):
    # A project that names no organisation: its ClaimReview is signed with the editor's.
    select_text(window.view, "Nous supprimerons 14\u202f000 postes d'ici 2025")
    press(qtbot, window.view, Qt.Key.Key_Q)
    window.project.update_annotation(window.panel.current_id, rating="false")
    settings.organisation_name = "Les Vérificateurs"
    settings.organisation_url = "https://verif.example.org"
    with qtbot.waitSignal(window.export_finished, timeout=20000) as done:
        window.export("claimreview", tmp_path / "claims.jsonld", None)
    data = json.loads(done.args[0].read_text("utf-8"))
    reviews = data if isinstance(data, list) else data.get("@graph", [data])
    assert reviews and reviews[0]["author"]["name"] == "Les Vérificateurs"
    assert "organisation_name" not in window.project.meta()  # the file is not changed
    # A new project is the organisation's from the start.
    assert window.open_project(tmp_path / "neuf.annot", create=True)
    meta = window.project.meta()
    assert meta["organisation_name"] == "Les Vérificateurs"
    assert meta["organisation_url"] == "https://verif.example.org"
