"""`make screenshots`: pictures of the real window on the sample project, for the docs.

Runs offscreen (no display needed), so the pictures always follow the current UI and the
current sample (resources/sample/). Each picture is printed as it is written.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WINDOW_SIZE = (1400, 900)
# Article list, text, side panel: the side panel wide enough for evidence titles.
PANE_WIDTHS = [210, 680, 510]
# The sample's annotations the pictures show (text, and occurrence among the annotations).
RECORD_QUOTE = "14.000 départs"  # a quote with speaker, status, rating and two sources
PARTY_SHOWN = "Nuvia"  # quoted and claiming figures in both articles
FILTER_PARTY = "Nuvia Workers Alliance"  # linked in the English article only


def main(out_dir: str, language: str = "en") -> int:
    """The pictures of the user guide, with the interface in `language` (en or fr)."""
    from annotator.gui.app import make_application
    from annotator.gui.i18n import install_translators
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.sample import build_sample_project

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(language)
    work = Path(tempfile.mkdtemp(prefix="annotator-shots-"))
    build_sample_project(work / "sample.annot").close()
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.editor_name = "Léa Moreau"
    settings.export_folder = "~/Documents/exports"  # what the Export dialog shows
    window = MainWindow(settings)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.open_project(work / "sample.annot")
    window.splitter.setSizes(PANE_WIDTHS)
    _settle(app)
    for row, name in enumerate(("main-window-fr", "main-window-en")):
        window.select_article(window.article_model.article_id(row))
        _settle(app)
        first = window.annotation_model.index(0, 1)
        window.panel.table.setCurrentIndex(first)
        window.panel.table.clicked.emit(first)
        _save(app, window, out, name)
    _record_editor(window, app, out)
    window.select_article(window.article_model.article_id(0))
    window.show_details()
    _save(app, window, out, "article-details")
    _parties(window, app, out)
    _filter_bar(window, app, out)
    _export_dialog(window, app, out)
    _suggestions(window, app, out)
    _import_summary(window, app, work, out)
    window.close()
    QApplication.processEvents()
    return 0


def _settle(app) -> None:
    """Let queued work (pending store changes, lazy reloads, layout) run."""
    for _ in range(5):
        app.processEvents()


def _save(app, widget: QWidget, out: Path, name: str) -> None:
    _settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def _annotation_id(window, exact: str) -> str:
    project = window.project
    for article_id in project.article_ids():
        for annotation in project.annotations(article_id):
            if annotation.exact == exact:
                return annotation.id
    raise SystemExit(f"screenshots: the sample has no annotation {exact!r}")


def _party_id(window, name: str) -> str:
    party = window.project.party_by_name(name)
    if party is None:
        raise SystemExit(f"screenshots: the sample has no party {name!r}")
    return party.id


def _record_editor(window, app, out: Path) -> None:
    """The fact-check record of a quote: status, rating, speaker, note and evidence."""
    annotation = window.project.annotation(_annotation_id(window, RECORD_QUOTE))
    window.open_annotation(annotation.article_id, annotation.id)
    _save(app, window.side_tabs, out, "record-editor")


def _parties(window, app, out: Path) -> None:
    """The Parties tab with one party selected: its record and where it is named."""
    from PySide6.QtWidgets import QSplitter

    window.select_article(window.article_model.article_id(0))
    window.show_parties()
    _settle(app)
    view = window.parties_view
    # Wider, for the mention labels; room for every party above the selected one's details.
    window.splitter.setSizes([PANE_WIDTHS[0], PANE_WIDTHS[1] - 120, PANE_WIDTHS[2] + 120])
    _settle(app)
    view.findChild(QSplitter).setSizes([490, 310])
    view.select_party(_party_id(window, PARTY_SHOWN))
    view.table.setFocus()
    _save(app, window.side_tabs, out, "parties")
    window.splitter.setSizes(PANE_WIDTHS)


def _filter_bar(window, app, out: Path) -> None:
    """One party chosen in the filter bar: the article list and the panel narrow to it."""
    window.side_tabs.setCurrentWidget(window.panel)
    window.filter_bar.set_value("party", _party_id(window, FILTER_PARTY))
    _settle(app)
    if window.article_model.rowCount():
        window.select_article(window.article_model.article_id(0))
    _settle(app)
    first = window.annotation_model.index(0, 1)
    window.panel.table.setCurrentIndex(first)
    window.panel.table.clicked.emit(first)
    _save(app, window, out, "filter-bar")
    window.filter_bar.clear()
    _settle(app)


def _export_dialog(window, app, out: Path) -> None:
    """File ▸ Export… on the French article: the options beside the fact-sheet preview."""
    from annotator.gui.dialogs import ExportDialog

    window.select_article(window.article_model.article_id(0))
    _settle(app)
    shot: list[ExportDialog] = []

    def grab_and_close() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, ExportDialog) and w.isVisible()]
        if not dialogs:  # not shown yet
            QTimer.singleShot(50, grab_and_close)
            return
        dialog = dialogs[0]
        dialog.resize(1100, 720)
        _save(app, dialog, out, "export-dialog")
        shot.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, grab_and_close)
    window.export_dialog()  # modal: returns once the dialog is closed above
    if not shot:
        raise SystemExit("screenshots: the Export dialog did not show")


def _suggestions(window, app, out: Path) -> None:
    window.select_article(window.article_model.article_id(0))
    window.side_tabs.setCurrentWidget(window.suggestions_panel)
    window.suggest_current()
    while window.suggester.busy():
        app.processEvents()
        time.sleep(0.02)
    _settle(app)
    window.suggestions_panel.list.setCurrentRow(0)
    _save(app, window, out, "suggestions")


def _import_summary(window, app, work: Path, out: Path) -> None:
    """A batch with a duplicate and two bad files, as a desk receives them."""
    from PySide6.QtCore import QEventLoop

    folder = work / "incoming"
    folder.mkdir()
    sample = Path(__file__).resolve().parent.parent / "resources" / "sample"
    (folder / "plan-social.md").write_bytes((sample / "fr-plan-social.md").read_bytes())
    (folder / "depeche.xml").write_text("<nitf><body><body.content><p>Coupé", "utf-8")
    (folder / "rapport.docx").write_bytes(b"PK\x03\x04 not really")
    (folder / "letter.html").write_text(
        "<html lang='en'><body><article><h1>Unions answer Nuvia</h1><p>The unions said "
        "on Friday that they would contest every one of the 14,000 job cuts in court, "
        "and called a strike for March 20.</p></article></body></html>", "utf-8")
    done = QEventLoop()
    window.import_finished.connect(lambda _job: done.quit())
    window.import_files([folder])
    done.exec()
    dialog = window.last_import_summary
    dialog.resize(820, 300)
    _save(app, dialog, out, "import-summary")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots",
                  sys.argv[2] if len(sys.argv) > 2 else "en"))
