"""Dialogs: categories, export. They collect choices; the window applies them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Category, category_label
from annotator.gui.i18n import interface_language

# J, K: next and previous annotation; N: next suggestion; ?: the shortcut sheet.
RESERVED_SHORTCUTS = {"Del", "Delete", "Backspace", "Return", "Enter", "Esc", "Tab", "Space",
                      "J", "K", "N", "?"}


class CategoryEditor(QDialog):
    """Name, colour and one-key shortcut of a category."""

    def __init__(self, parent: QWidget | None, category: Category | None,
                 taken_shortcuts: set[str], taken_names: set[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit category") if category else self.tr("New category"))
        self._taken_shortcuts = taken_shortcuts
        self._taken_names = taken_names
        # An untouched built-in shows its name in the interface language; kept as stored
        # unless the user changes it (see values()).
        self._stored_name = category.name if category else ""
        self._shown_name = category_label(category, interface_language()) if category else ""
        self.name_edit = QLineEdit(self._shown_name)
        self.name_edit.setAccessibleName(self.tr("Category name"))
        self.color = QColor(category.color if category else "#e07bb5")
        self.color_button = QPushButton()
        self.color_button.setAccessibleName(self.tr("Category colour"))
        self.color_button.clicked.connect(self._pick_color)
        self._paint_color_button()
        self.shortcut_edit = QKeySequenceEdit(QKeySequence(category.shortcut if category else ""))
        self.shortcut_edit.setMaximumSequenceLength(1)
        self.shortcut_edit.setAccessibleName(self.tr("Category shortcut"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Colour"), self.color_button)
        form.addRow(self.tr("&Shortcut"), self.shortcut_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _paint_color_button(self) -> None:
        self.color_button.setText(self.color.name())
        self.color_button.setStyleSheet(f"background-color: {self.color.name()};")

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(self.color, self, self.tr("Category colour"))
        if color.isValid():
            self.color = color
            self._paint_color_button()

    def values(self) -> tuple[str, str, str]:
        name = self.name_edit.text().strip()
        if name == self._shown_name:
            name = self._stored_name
        return name, self.color.name(), self.shortcut_edit.keySequence().toString()

    def accept(self) -> None:
        name, _color, shortcut = self.values()
        shown = self.name_edit.text().strip()
        problem = None
        if not name:
            problem = self.tr("A category needs a name.")
        elif name.casefold() in self._taken_names or shown.casefold() in self._taken_names:
            problem = self.tr("A category named “{name}” already exists.").format(name=shown)
        elif shortcut and shortcut in self._taken_shortcuts:
            problem = self.tr("The shortcut {shortcut} is already used.").format(
                shortcut=shortcut)
        elif shortcut in RESERVED_SHORTCUTS:
            problem = self.tr("{shortcut} is reserved (editing, moving between annotations, "
                              "help).").format(shortcut=shortcut)
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        super().accept()


class CategoriesDialog(QDialog):
    """Lists categories; adding or editing one is applied at once through `apply`."""

    def __init__(self, parent: QWidget | None, categories: list[Category], apply) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Categories"))
        self._apply = apply  # callable(category_or_None, name, color, shortcut)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Categories"))
        self.list.itemDoubleClicked.connect(lambda _item: self._edit())
        add = QPushButton(self.tr("&Add…"))
        add.clicked.connect(self._add)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self._edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(edit)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(close)
        self.set_categories(categories)

    def set_categories(self, categories: list[Category]) -> None:
        self._categories = list(categories)
        self.list.clear()
        for cat in self._categories:
            name = category_label(cat, interface_language())
            label = f"{name}   [{cat.shortcut}]" if cat.shortcut else name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(cat.color))
            item.setData(Qt.ItemDataRole.UserRole, cat.id)
            self.list.addItem(item)

    def _others(self, current: Category | None) -> tuple[set[str], set[str]]:
        others = [c for c in self._categories if current is None or c.id != current.id]
        lang = interface_language()
        names = {c.name.casefold() for c in others}
        names |= {category_label(c, lang).casefold() for c in others}  # as the list shows them
        return {c.shortcut for c in others if c.shortcut}, names

    def _add(self) -> None:
        editor = CategoryEditor(self, None, *self._others(None))
        if editor.exec():
            self._apply(None, *editor.values())

    def _edit(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        cat = self._categories[row]
        editor = CategoryEditor(self, cat, *self._others(cat))
        if editor.exec():
            self._apply(cat, *editor.values())


class ExportDialog(QDialog):
    """Format, scope (this article or the whole project) and output file.

    With `preview` (whole_project -> HTML of the fact sheet), the sheet is shown beside
    the options and follows the scope; the caller renders it, the dialog only shows it.
    """

    class Preview(QTextBrowser):
        """A read-only view of the sheet: links go nowhere, only data: URLs are loaded."""

        def __init__(self) -> None:
            super().__init__()
            self.setOpenLinks(False)
            self.setOpenExternalLinks(False)
            # Subclassed (tests record what it loads): a literal context, not self.tr.
            self.setAccessibleName(QCoreApplication.translate("ExportDialog",
                                                              "Fact-sheet preview"))

        def loadResource(self, kind, url):
            from annotator.io.factsheet_pdf import offline_resource

            return offline_resource(kind, url, super().loadResource)

    def __init__(self, parent: QWidget | None, formats: dict[str, str],
                 extensions: dict[str, str], folder: Path, article_title: str | None,
                 project_stem: str, template_folder: str = "",
                 preview: Callable[[bool], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._preview = preview
        self._extensions = extensions
        self._folder = folder
        self._project_stem = project_stem
        self._article_title = article_title
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Export format"))
        for key, label in formats.items():
            self.format_box.addItem(label, key)
        self.article_radio = QRadioButton(
            self.tr("Current &article (“{title}”)").format(title=article_title)
            if article_title else self.tr("Current &article"))
        self.project_radio = QRadioButton(self.tr("Whole &project"))
        scope = QButtonGroup(self)
        scope.addButton(self.article_radio)
        scope.addButton(self.project_radio)
        self.article_radio.setEnabled(article_title is not None)
        (self.article_radio if article_title else self.project_radio).setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Output file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.template_edit = QLineEdit(template_folder)
        self.template_edit.setPlaceholderText(self.tr("Built-in template"))
        self.template_edit.setAccessibleName(self.tr("Fact-sheet template folder"))
        self.template_edit.setToolTip(self.tr("A copy of the exports/ folder with your "
                                              "newsroom's factsheet.html and factsheet.css"))
        template_browse = QPushButton(self.tr("C&hoose…"))
        template_browse.clicked.connect(self._browse_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(template_browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format_box)
        form.addRow(self.tr("Scope"), self.article_radio)
        form.addRow("", self.project_radio)
        # A row holding a layout gets a label without a buddy, whose "&" would show as is.
        for text, row, buddy in ((self.tr("&Save to"), path_row, self.path_edit),
                                 (self.tr("&Template (HTML)"), template_row,
                                  self.template_edit)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.preview_view: ExportDialog.Preview | None = None
        if preview is None:
            layout.addLayout(form)
        else:
            self.preview_view = self.Preview()
            options = QWidget()
            options.setLayout(form)
            splitter = QSplitter()
            splitter.addWidget(options)
            splitter.addWidget(self.preview_view)
            splitter.setStretchFactor(1, 1)
            layout.addWidget(splitter, 1)
            self.resize(1000, 640)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._suggest_path)
        self.article_radio.toggled.connect(self._suggest_path)
        self.article_radio.toggled.connect(self.refresh_preview)
        self._suggest_path()
        self.refresh_preview()

    @property
    def fmt(self) -> str:
        return self.format_box.currentData()

    @property
    def whole_project(self) -> bool:
        return self.project_radio.isChecked()

    @property
    def template_folder(self) -> str:
        return self.template_edit.text().strip()

    def refresh_preview(self) -> None:
        """Ask the caller for the sheet of the current scope and show it."""
        if self._preview is None or self.preview_view is None:
            return
        try:
            html = self._preview(self.whole_project)
        except Exception as exc:  # a broken template must not take the dialog down with it
            self.preview_view.setPlainText(self.tr("No preview: {error}").format(error=exc))
            return
        self.preview_view.setHtml(html)

    def _browse_template(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Fact-sheet template folder"),
                                                  self.template_folder)
        if folder:
            self.template_edit.setText(folder)

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text()).expanduser()

    def _suggest_path(self) -> None:
        stem = self._project_stem
        if not self.whole_project and self._article_title:
            stem = _safe_file_stem(self._article_title)
        current = self.path_edit.text()
        folder = Path(current).parent if current else self._folder
        self.path_edit.setText(str(folder / f"{stem}{self._extensions[self.fmt]}"))

    def _browse(self) -> None:
        ext = self._extensions[self.fmt]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(),
            f"{self.format_box.currentText()} (*{ext})"
        )
        if path:
            if not path.endswith(ext):
                path += ext
            self.path_edit.setText(path)

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            QMessageBox.warning(self, self.tr("Export"), self.tr("Choose a file to export to."))
            return
        super().accept()


def _safe_file_stem(title: str, limit: int = 60) -> str:
    """A file name from an article title: letters, digits, dashes; accents kept."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in title).strip("-")
    while "--" in stem:
        stem = stem.replace("--", "-")
    return (stem[:limit].rstrip("-") or "article").lower()
