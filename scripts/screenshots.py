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
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
