import sqlite3

import pytest
from PySide6.QtCore import QSettings

FR_TEXT = (
    "Plan social chez Nuvia\n\n"
    "«\u00a0Nous supprimerons 14\u202f000 postes d'ici 2025\u00a0», a déclaré Marc Durand 😀, "
    "PDG de Nuvia, au Monde.\n\n"
    "Le syndicat dénonce «\u00a0un plan brutal\u00a0». Plus de 2400 salariés sont concernés."
)


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The English catalogue (its plural forms) installed, as the app does at start;
    compiled first when the tests run without `make`."""
    from annotator.gui.collector_thread import collect_on_gui_thread
    from annotator.gui.i18n import install_translators

    ensure_compiled_translations()
    install_translators("en", qapp)
    collect_on_gui_thread(qapp)  # as the app does: see gui/collector_thread.py
    yield


def ensure_compiled_translations() -> None:
    import subprocess
    import sys
    from pathlib import Path

    from annotator.gui.i18n import translations_dir

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in translations_dir().glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def settings(tmp_path):
    from annotator.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def errors(monkeypatch):
    """Error dialogs are recorded instead of blocking the test."""
    from annotator.gui.main_window import MainWindow

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(MainWindow, "show_error",
                        lambda self, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def project_file(tmp_path):
    """A project on disk holding one French article."""
    from annotator.core.model import Article, new_id
    from annotator.core.text import normalize_text, text_sha256
    from annotator.store import Project

    path = tmp_path / "desk.annot"
    p = Project.create(path, author="fixture")
    text = normalize_text(FR_TEXT)
    p.add_article(Article(new_id(), "Plan social chez Nuvia", text,
                          text_sha256=text_sha256(text), origin="test"))
    p.close()
    return path


@pytest.fixture
def window(qtbot, settings, errors, project_file):
    from annotator.gui.main_window import MainWindow

    settings.editor_name = "Camille"
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(project_file)
    qtbot.waitUntil(lambda: w.view.article is not None)  # the first article opens after paint
    return w


def rows(path, sql, params=()):
    """Read the project file from disk with a separate connection, as another program would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def finish_writes(window):
    """Wait for the window's long write (merge, copies, re-anchoring) and deliver its end."""
    window.last_background_write.wait()


def import_and_wait(qtbot, window, paths, timeout=20000):
    """Import as the user does, and wait for the background import to end; its job."""
    with qtbot.waitSignal(window.import_finished, timeout=timeout) as blocker:
        window.import_files(paths)
    return blocker.args[0]
