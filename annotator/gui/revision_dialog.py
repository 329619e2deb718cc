"""Edit ▸ Revise Article Text…: the corrected version of an article's text.

The dialog only collects the new text (typed, pasted, or read from a file by the
importers); the window stores it as one undoable step and reports what became of the
annotations (see annotator.store.revision).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Article
from annotator.core.text import normalize_text


class RevisionDialog(QDialog):
    """Shows the article's current text to be replaced by the corrected one."""

    def __init__(self, parent: QWidget | None, article: Article, file_filter: str = "",
                 folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revise Article Text — {title}").format(title=article.title))
        self.article = article
        self._file_filter = file_filter or self.tr("All files (*)")
        self._folder = folder
        intro = QLabel(self.tr(
            "Paste the corrected text of this article, or load it from a file. Each "
            "annotation is placed again by its words and the words around them; one that "
            "cannot be placed with confidence is kept in the Orphans list for you to place."))
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Corrected text"))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setPlainText(article.text)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.load_button = QPushButton(self.tr("&Load from File…"))
        self.load_button.clicked.connect(self._choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revise_button = self.buttons.addButton(
            self.tr("&Revise"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._update)
        self._update()
        self.resize(760, 560)

    def text(self) -> str:
        """The corrected text as it will be stored (normalised).

        Read raw: toPlainText() would turn the no-break spaces of French typography
        (« », 14 000) into plain spaces, and every one of them would count as an edit.
        """
        raw = self.editor.document().toRawText()
        return normalize_text(raw.replace("\u2029", "\n").replace("\u2028", "\n"))

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def load_file(self, path: str | Path) -> bool:
        """Read the corrected version from a file, as importing it would; False and a
        message on failure."""
        from annotator.io.errors import ImportFailed
        from annotator.io.importers import extract

        try:
            article = extract(path)
        except ImportFailed as exc:
            self.status.setText(str(exc))
            return False
        self.set_text(article.text)
        self.status.setText(self.tr("Loaded from {file}. {status}").format(
            file=Path(path).name, status=self.status.text()))
        return True

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load the corrected text"),
                                              self._folder,
                                              self._file_filter)
        if path:
            self.load_file(path)

    def _update(self) -> None:
        text = self.text()
        if not text.strip():
            message, ok = self.tr("The article needs some text."), False
        elif text == self.article.text:
            message, ok = self.tr("The text is unchanged."), False
        else:
            delta = len(text) - len(self.article.text)
            change = ("+" if delta >= 0 else "") + QLocale().toString(delta)
            message = self.tr("%Ln character(s) ({change} against the current text). "
                              "Revise replaces the text; Undo puts it back.", "",
                              len(text)).format(change=change)
            ok = True
        self.status.setText(message)
        self.revise_button.setEnabled(ok)
