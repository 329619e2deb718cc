"""`make screenshots`: pictures of the real window on the sample project, for the docs.

Runs offscreen (no display needed), so the pictures always follow the current UI.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(out_dir: str) -> int:
    from annotator.gui.app import make_application
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.sample import build_sample_project

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    work = Path(tempfile.mkdtemp(prefix="annotator-shots-"))
    build_sample_project(work / "sample.annot").close()
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.editor_name = "Camille"
    window = MainWindow(settings)
    window.resize(1400, 860)
    window.show()
    window.open_project(work / "sample.annot")
    for _ in range(5):
        app.processEvents()
    for row, name in enumerate(("main-window-fr", "main-window-en")):
        window.select_article(window.article_model.article_id(row))
        app.processEvents()
        first = window.annotation_model.index(0, 1)
        window.panel.table.setCurrentIndex(first)
        window.panel.table.clicked.emit(first)
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    window.select_article(window.article_model.article_id(0))
    window.show_details()
    app.processEvents()
    window.grab().save(str(out / "article-details.png"))
    print(out / "article-details.png")
    _suggestions(window, app, out)
    _import_summary(window, app, work, out)
    window.close()
    QApplication.processEvents()
    return 0


def _suggestions(window, app, out: Path) -> None:
    import time

    window.select_article(window.article_model.article_id(0))
    window.side_tabs.setCurrentWidget(window.suggestions_panel)
    window.suggest_current()
    while window.suggest_job is not None:
        app.processEvents()
        time.sleep(0.02)
    window.suggestions_panel.list.setCurrentRow(0)
    app.processEvents()
    window.grab().save(str(out / "suggestions.png"))
    print(out / "suggestions.png")


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
    app.processEvents()
    dialog.grab().save(str(out / "import-summary.png"))
    print(out / "import-summary.png")
    dialog.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
