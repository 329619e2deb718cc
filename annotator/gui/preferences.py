"""Edit ▸ Preferences…: what belongs to the person, not the project (kept with QSettings).

Editor name (the author of their annotations), their organisation (given to new projects
and to exports of projects that name none), the interface's language and theme, where
exports go and with which template, suggestions, how articles read (font, size, line
width), and keyboard shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import LANGUAGES, interface_language, resolve_language
from annotator.gui.project_dialogs import organisation_url_problem
from annotator.gui.settings import Settings
from annotator.gui.shortcuts import PORTABLE, ShortcutEntry, conflicts, native_keys


class PreferencesDialog(QDialog):
    """Reads the settings when built; `save()` writes them back (on OK).

    `shortcuts` lists the window's actions (see gui.shortcuts); `taken` maps the open
    project's category keys to their names, which a chosen shortcut may not reuse.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 shortcuts: list[ShortcutEntry] | None = None,
                 taken: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.tabs.addTab(self._general_page(), self.tr("&General"))
        self.tabs.addTab(self._work_page(), self.tr("&Exports and suggestions"))
        self.tabs.addTab(self._reading_page(), self.tr("&Reading"))
        self.shortcut_page = ShortcutPage(shortcuts or [], taken or {})
        self.tabs.addTab(self.shortcut_page, self.tr("&Shortcuts"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _general_page(self) -> QWidget:
        settings = self.settings
        self.editor_name = QLineEdit(settings.editor_name)
        self.editor_name.setAccessibleName(self.tr("Editor name"))
        self.organisation = QLineEdit(settings.organisation_name)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setPlaceholderText(self.tr("The newsroom that publishes the fact-checks"))
        self.organisation_url = QLineEdit(settings.organisation_url)
        self.organisation_url.setAccessibleName(self.tr("Organisation web address"))
        self.organisation_url.setPlaceholderText("https://…")
        you = QGroupBox(self.tr("You"))
        form = QFormLayout(you)
        form.addRow(self.tr("Editor &name"), self.editor_name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Organisation &URL"), self.organisation_url)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        system = LANGUAGES[resolve_language("")]
        self.language.addItem(self.tr("The system's ({language})").format(language=system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language_note = QLabel(self.tr("A new language shows at the next start."))
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(
                resolve_language(self.language.currentData()) != interface_language()))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour theme"))
        for text, value in ((self.tr("The system's"), ""), (self.tr("Light"), "light"),
                            (self.tr("Dark"), "dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.high_contrast = QCheckBox(self.tr("High contrast (categories also told apart "
                                               "by their underline)"))
        self.high_contrast.setChecked(settings.high_contrast)
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow("", self.high_contrast)
        return _page(you, interface)

    def _work_page(self) -> QWidget:
        settings = self.settings
        self.export_folder = QLineEdit(str(settings.export_folder))
        self.export_folder.setAccessibleName(self.tr("Default export folder"))
        self.template_folder = QLineEdit(settings.template_folder)
        self.template_folder.setAccessibleName(self.tr("Fact sheet template folder"))
        self.template_folder.setPlaceholderText(self.tr("The built-in template"))
        exports = QGroupBox(self.tr("Exports"))
        form = QFormLayout(exports)
        form.addRow(self.tr("Export &folder"),
                    _with_browse(self.export_folder, self, self.tr("Export folder"),
                                 self.tr("Choose the export folder")))
        form.addRow(self.tr("Fact sheet &template"),
                    _with_browse(self.template_folder, self, self.tr("Template folder"),
                                 self.tr("Choose the template folder")))

        self.suggest_on_import = QCheckBox(self.tr("Suggest annotations for imported articles"))
        self.suggest_on_import.setChecked(settings.suggest_on_import)
        self.suggest_on_open = QCheckBox(self.tr("Suggest annotations when an article opens"))
        self.suggest_on_open.setChecked(settings.suggest_on_open)
        suggestions = QGroupBox(self.tr("Suggestions"))
        box = QVBoxLayout(suggestions)
        box.addWidget(self.suggest_on_import)
        box.addWidget(self.suggest_on_open)
        return _page(exports, suggestions)

    def _reading_page(self) -> QWidget:
        family, size = self.settings.article_font
        self.system_font = QCheckBox(self.tr("The system's font"))
        self.system_font.setChecked(not family)
        self.font_family = QFontComboBox()
        self.font_family.setAccessibleName(self.tr("Article font"))
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.font_family.setEnabled(bool(family))
        self.system_font.toggled.connect(lambda on: self.font_family.setEnabled(not on))
        self.font_size = QDoubleSpinBox()
        self.font_size.setAccessibleName(self.tr("Article text size"))
        self.font_size.setRange(0, 48)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setSpecialValueText(self.tr("Automatic"))  # 0: 15 % above the system's
        self.font_size.setValue(size)
        self.reading_width = QSpinBox()
        self.reading_width.setAccessibleName(self.tr("Reading width in characters"))
        self.reading_width.setRange(0, 400)
        self.reading_width.setSingleStep(5)
        self.reading_width.setSuffix(self.tr(" characters"))
        self.reading_width.setSpecialValueText(self.tr("The whole pane"))
        self.reading_width.setValue(self.settings.reading_width)
        reading = QGroupBox(self.tr("Reading"))
        form = QFormLayout(reading)
        form.addRow("", self.system_font)
        form.addRow(self.tr("&Font"), self.font_family)
        form.addRow(self.tr("Text &size"), self.font_size)
        form.addRow(self.tr("Line &width"), self.reading_width)
        return _page(reading)

    def problem(self) -> str | None:
        """What keeps these values from being saved, as a sentence (None: nothing)."""
        if not self.editor_name.text().strip():
            return self.tr("Your annotations need an editor name.")
        clashes = self.shortcut_page.conflicts()
        if clashes:
            return self.tr("Some keys are given twice:\n{clashes}").format(
                clashes="\n".join(clashes))
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
        s.language = self.language.currentData()
        s.theme = self.theme.currentData()
        s.high_contrast = self.high_contrast.isChecked()
        if self.export_folder.text().strip():
            s.export_folder = self.export_folder.text().strip()
        s.template_folder = self.template_folder.text().strip()
        s.suggest_on_import = self.suggest_on_import.isChecked()
        s.suggest_on_open = self.suggest_on_open.isChecked()
        family = "" if self.system_font.isChecked() else self.font_family.currentFont().family()
        s.article_font = (family, self.font_size.value())
        s.reading_width = self.reading_width.value()
        s.set_shortcut_overrides(self.shortcut_page.overrides())


class ShortcutPage(QWidget):
    """Every action with its keys; pick one, then press the new keys."""

    def __init__(self, entries: list[ShortcutEntry], taken: dict[str, str]) -> None:
        super().__init__()
        self.entries = entries
        self.taken = taken
        self.chosen = {e.key: e.current for e in entries}
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: an action, a menu or a key"))
        self.filter.setAccessibleName(self.tr("Filter actions"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(len(entries), 2)
        self.table.setAccessibleName(self.tr("Actions and their shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(entry.label))
            self.table.setItem(row, 1, QTableWidgetItem(native_keys(entry.current)))
        self.editor = QKeySequenceEdit()
        self.editor.setAccessibleName(self.tr("New shortcut for the selected action"))
        self.editor.setMaximumSequenceLength(1)
        self.editor.setEnabled(False)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.default_button = QPushButton(self.tr("&Default"))
        self.all_defaults_button = QPushButton(self.tr("All to defaults"))
        for button in (self.clear_button, self.default_button):
            button.setEnabled(False)
        self.clash = QLabel()
        self.clash.setWordWrap(True)
        self.clash.setAccessibleName(self.tr("Shortcut conflicts"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&New keys:")))
        row.itemAt(0).widget().setBuddy(self.editor)
        row.addWidget(self.editor, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.default_button)
        row.addWidget(self.all_defaults_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.clash)
        self.table.itemSelectionChanged.connect(self._selected)
        self.editor.editingFinished.connect(self._typed)
        self.clear_button.clicked.connect(lambda: self.set_keys(self.current_row(), ""))
        self.default_button.clicked.connect(
            lambda: self.set_keys(self.current_row(), self.entries[self.current_row()].default))
        self.all_defaults_button.clicked.connect(self.reset_all)
        self.filter.textChanged.connect(self._apply_filter)

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def set_keys(self, row: int, keys: str) -> None:
        """Give the action on `row` these keys (portable text, "" for none)."""
        if row < 0:
            return
        entry = self.entries[row]
        self.chosen[entry.key] = keys
        self.table.item(row, 1).setText(native_keys(keys))
        if row == self.current_row():
            self.editor.setKeySequence(QKeySequence(keys, PORTABLE))
        self._show_conflicts()

    def reset_all(self) -> None:
        for row, entry in enumerate(self.entries):
            self.set_keys(row, entry.default)

    def conflicts(self) -> list[str]:
        labels = {e.key: e.label for e in self.entries}
        return conflicts(self.chosen, self.taken, labels)

    def overrides(self) -> dict[str, str]:
        """Only what differs from the defaults, so later versions' defaults still reach
        the actions nobody changed."""
        return {e.key: self.chosen[e.key] for e in self.entries
                if self.chosen[e.key] != e.default}

    def _selected(self) -> None:
        row = self.current_row()
        for widget in (self.editor, self.clear_button, self.default_button):
            widget.setEnabled(row >= 0)
        if row >= 0:
            self.editor.setKeySequence(
                QKeySequence(self.chosen[self.entries[row].key], PORTABLE))

    def _typed(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.set_keys(row, self.editor.keySequence().toString(PORTABLE))

    def _show_conflicts(self) -> None:
        clashes = self.conflicts()
        self.clash.setText(self.tr("Given twice: {clashes}").format(clashes="; ".join(clashes))
                           if clashes else "")

    def _apply_filter(self, text: str) -> None:
        from annotator.core.folding import fold

        needle = fold(text)
        for row in range(self.table.rowCount()):
            haystack = fold(f"{self.table.item(row, 0).text()} {self.table.item(row, 1).text()}")
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)


def _page(*groups: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for group in groups:
        layout.addWidget(group)
    layout.addStretch(1)
    return page


def _with_browse(edit: QLineEdit, parent: QWidget, title: str, accessible: str) -> QWidget:
    """A folder field with its Choose… button."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit)
    button = QPushButton(QCoreApplication.translate("PreferencesDialog", "Choose…"))
    button.setAccessibleName(accessible)
    button.clicked.connect(lambda: _browse(edit, parent, title))
    layout.addWidget(button)
    return row


def _browse(edit: QLineEdit, parent: QWidget, title: str) -> None:
    folder = QFileDialog.getExistingDirectory(parent, title, edit.text())
    if folder:
        edit.setText(folder)
