"""The open article's metadata (title, byline, source, URL, date, language, dateline), editable.

Each field commits when editing finishes (Enter or leaving it), as one undoable edit
through the window; a value that cannot be right (an empty title, a URL that is not
http(s), a date no one can read) is marked and not committed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from annotator.core.model import Article
from annotator.io.dates import iso_date
from annotator.io.draft import language_tag

# field, label, placeholder (both translated where shown)
FIELDS = (
    ("title", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&Title"), ""),
    ("byline", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&Byline"),
     QT_TRANSLATE_NOOP("ArticleMetadataPane", "Authors, comma-separated")),
    ("source", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&Source"),
     QT_TRANSLATE_NOOP("ArticleMetadataPane", "Publication or agency")),
    ("url", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&URL"), "https://…"),
    ("published", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&Published"),
     QT_TRANSLATE_NOOP("ArticleMetadataPane",
                       "2023-01-18, 2023-01-18T10:05:00+01:00 or 18 janvier 2023")),
    ("language", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&Language"), "fr, en…"),
    ("dateline", QT_TRANSLATE_NOOP("ArticleMetadataPane", "&Dateline"),
     QT_TRANSLATE_NOOP("ArticleMetadataPane", "Place the story was filed from")),
)
LANGUAGES = ("fr", "en", "de", "es", "it", "nl", "pt")

_INVALID_STYLE = "background-color: #fde2e1;"


class ArticleMetadataPane(QWidget):
    edit_requested = Signal(str, str, object)  # article id, field, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article metadata"))
        self.article: Article | None = None
        self._read_only = False
        self._length_shown_for: str | None = None
        self.editors: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, placeholder in FIELDS:
            label = QCoreApplication.translate("ArticleMetadataPane", label)
            if placeholder:
                placeholder = QCoreApplication.translate("ArticleMetadataPane", placeholder)
            if field == "language":
                combo = QComboBox()
                combo.setEditable(True)
                combo.addItems(("",) + LANGUAGES)
                editor = combo.lineEdit()
                widget = combo
            else:
                editor = widget = QLineEdit()
            editor.setPlaceholderText(placeholder)
            widget.setAccessibleName(label.replace("&", ""))
            editor.editingFinished.connect(lambda f=field: self._commit(f))
            self.editors[field] = editor
            form.addRow(label, widget)
        self.origin = QLabel()
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName(self.tr("Imported from"))
        form.addRow(self.tr("Imported from"), self.origin)
        self.size_label = QLabel()
        self.size_label.setAccessibleName(self.tr("Length"))
        form.addRow(self.tr("Length"), self.size_label)
        self.show_article(None)

    @property
    def read_only(self) -> bool:
        """A read-only project: the values are shown, not editable."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = value
        for editor in self.editors.values():
            editor.setEnabled(self.article is not None and not value)

    def show_article(self, article: Article | None) -> None:
        """Show this article's values (no edit is sent while filling the fields)."""
        self.article = article
        for field, editor in self.editors.items():
            editor.blockSignals(True)
            editor.setText((getattr(article, field) or "") if article else "")
            editor.setStyleSheet("")
            editor.setToolTip("")
            editor.setCursorPosition(0)
            editor.blockSignals(False)
            editor.setEnabled(article is not None and not self._read_only)
        self.origin.setText(article.origin if article else "")
        self._length_shown_for = None
        if self.isVisible():
            self._show_length()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._show_length()
        super().showEvent(event)

    def _show_length(self) -> None:
        # Counting the words of a 1 MB article takes ~20 ms: only when the pane is seen.
        article = self.article
        if article is not None and self._length_shown_for == article.id:
            return
        self._length_shown_for = article.id if article else None
        if article is None:
            self.size_label.setText("")
        else:
            words = len(article.text.split())
            self.size_label.setText(self.tr("{words} · {characters}").format(
                words=self.tr("%Ln word(s)", "", words),
                characters=self.tr("%Ln character(s)", "", len(article.text))))

    def _commit(self, field: str) -> None:
        if self.article is None:
            return
        editor = self.editors[field]
        value, problem = _checked(field, editor.text())
        if problem:
            editor.setStyleSheet(_INVALID_STYLE)
            editor.setToolTip(problem)
            return
        editor.setStyleSheet("")
        editor.setToolTip("")
        old = getattr(self.article, field) or ("" if field != "published" else None)
        if value != old:
            self.edit_requested.emit(self.article.id, field, value)


def _checked(field: str, text: str) -> tuple[object, str]:
    """(value to store, "") or (None, why it cannot be stored)."""
    text = " ".join(text.split())
    if field == "title" and not text:
        return None, QCoreApplication.translate("ArticleMetadataPane",
                                                "An article needs a title.")
    if field == "url" and text and not text.lower().startswith(("http://", "https://")):
        return None, QCoreApplication.translate("ArticleMetadataPane",
                                                "A URL starts with http:// or https://.")
    if field == "published":
        if not text:
            return None, ""
        value = iso_date(text)
        if value:
            return value, ""
        return None, QCoreApplication.translate(
            "ArticleMetadataPane", "Cannot read “{text}” as a date.").format(text=text)
    if field == "language" and text:
        tag = language_tag(text)
        return (tag, "") if tag else (None, QCoreApplication.translate(
            "ArticleMetadataPane", "A language code such as fr or en."))
    return text, ""
