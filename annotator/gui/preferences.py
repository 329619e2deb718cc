"""Edit ▸ Preferences…: what belongs to the person, not the project (kept with QSettings).

Editor name (the author of their annotations), their organisation (given to new projects
and to exports of projects that name none), where exports go and with which template,
suggestions, and how articles read (font, size, line width).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.project_dialogs import organisation_url_problem
from annotator.gui.settings import Settings


class PreferencesDialog(QDialog):
    """Reads the settings when built; `save()` writes them back (on OK)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings

        self.editor_name = QLineEdit(settings.editor_name)
        self.editor_name.setAccessibleName("Editor name")
        self.organisation = QLineEdit(settings.organisation_name)
        self.organisation.setAccessibleName("Organisation name")
        self.organisation.setPlaceholderText("The newsroom that publishes the fact-checks")
        self.organisation_url = QLineEdit(settings.organisation_url)
        self.organisation_url.setAccessibleName("Organisation web address")
        self.organisation_url.setPlaceholderText("https://…")
        you = QGroupBox("You")
        form = QFormLayout(you)
        form.addRow("Editor &name", self.editor_name)
        form.addRow("&Organisation", self.organisation)
        form.addRow("Organisation &URL", self.organisation_url)

        self.export_folder = QLineEdit(str(settings.export_folder))
        self.export_folder.setAccessibleName("Default export folder")
        self.template_folder = QLineEdit(settings.template_folder)
        self.template_folder.setAccessibleName("Fact sheet template folder")
        self.template_folder.setPlaceholderText("The built-in template")
        exports = QGroupBox("Exports")
        form = QFormLayout(exports)
        form.addRow("Export &folder", _with_browse(self.export_folder, self, "Export folder"))
        form.addRow("Fact sheet &template",
                    _with_browse(self.template_folder, self, "Template folder"))

        self.suggest_on_import = QCheckBox("Suggest annotations for imported articles")
        self.suggest_on_import.setChecked(settings.suggest_on_import)
        self.suggest_on_open = QCheckBox("Suggest annotations when an article opens")
        self.suggest_on_open.setChecked(settings.suggest_on_open)
        suggestions = QGroupBox("Suggestions")
        box = QVBoxLayout(suggestions)
        box.addWidget(self.suggest_on_import)
        box.addWidget(self.suggest_on_open)

        family, size = settings.article_font
        self.system_font = QCheckBox("The system's font")
        self.system_font.setChecked(not family)
        self.font_family = QFontComboBox()
        self.font_family.setAccessibleName("Article font")
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.font_family.setEnabled(bool(family))
        self.system_font.toggled.connect(lambda on: self.font_family.setEnabled(not on))
        self.font_size = QDoubleSpinBox()
        self.font_size.setAccessibleName("Article text size")
        self.font_size.setRange(0, 48)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(" pt")
        self.font_size.setSpecialValueText("Automatic")  # 0: 15 % above the system's
        self.font_size.setValue(size)
        self.reading_width = QSpinBox()
        self.reading_width.setAccessibleName("Reading width in characters")
        self.reading_width.setRange(0, 400)
        self.reading_width.setSingleStep(5)
        self.reading_width.setSuffix(" characters")
        self.reading_width.setSpecialValueText("The whole pane")
        self.reading_width.setValue(settings.reading_width)
        reading = QGroupBox("Reading")
        form = QFormLayout(reading)
        form.addRow("", self.system_font)
        form.addRow("&Font", self.font_family)
        form.addRow("Text &size", self.font_size)
        form.addRow("Line &width", self.reading_width)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (you, exports, suggestions, reading):
            layout.addWidget(group)
        layout.addWidget(buttons)

    def problem(self) -> str | None:
        """What keeps these values from being saved, as a sentence (None: nothing)."""
        if not self.editor_name.text().strip():
            return "Your annotations need an editor name."
        return organisation_url_problem(self.organisation_url.text())

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.save()
        super().accept()

    def save(self) -> None:
        s = self.settings
        s.editor_name = self.editor_name.text()
        s.organisation_name = self.organisation.text()
        s.organisation_url = self.organisation_url.text()
        if self.export_folder.text().strip():
            s.export_folder = self.export_folder.text().strip()
        s.template_folder = self.template_folder.text().strip()
        s.suggest_on_import = self.suggest_on_import.isChecked()
        s.suggest_on_open = self.suggest_on_open.isChecked()
        family = "" if self.system_font.isChecked() else self.font_family.currentFont().family()
        s.article_font = (family, self.font_size.value())
        s.reading_width = self.reading_width.value()


def _with_browse(edit: QLineEdit, parent: QWidget, title: str) -> QWidget:
    """A folder field with its Choose… button."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    button = QPushButton("Choose…")
    button.setAccessibleName(f"Choose the {title.lower()}")
    button.clicked.connect(lambda: _browse(edit, parent, title))
    layout.addWidget(button)
    return row


def _browse(edit: QLineEdit, parent: QWidget, title: str) -> None:
    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)
