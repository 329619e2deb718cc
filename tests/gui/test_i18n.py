"""French and English interface: the Qt Linguist sources are complete and match the code,
the French window and Qt's own buttons speak French, English plurals read right, and the
language follows the system or Preferences."""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from annotator.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def messages(ts: Path):
    """(context, source, message element) for every message of a .ts file."""
    tree = etree.parse(str(ts))
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source"), message


def forms(message) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_translations_are_finished_and_keep_placeholders(language):
    problems = []
    for context, source, message in messages(I18N / f"annotator_{language}.ts"):
        kind = message.find("translation").get("type")
        where = f"[{context}] {source!r}"
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {kind}")
            continue
        for text in forms(message):
            if not text.strip():
                problems.append(f"{where}: empty")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)) and (
                    message.get("numerus") != "yes"):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif "{" in source and set(re.findall(r"\{[a-z_]*\}", text)) != set(
                    re.findall(r"\{[a-z_]*\}", source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif (source.replace("&&", "").count("&") == 1) != (
                    text.replace("&&", "").count("&") == 1):
                problems.append(f"{where}: the keyboard accelerator (&) is lost in {text!r}")
        if message.get("numerus") == "yes" and len(forms(message)) != 2:
            problems.append(f"{where}: needs two plural forms")
    assert problems == []


def test_translation_sources_match_the_code(tmp_path):
    """Every string the code marks is in the .ts files, and nothing stale is left there."""
    for language, extra in (("fr", []), ("en", ["-pluralonly"])):
        fresh = tmp_path / f"annotator_{language}.ts"
        shutil.copy(I18N / fresh.name, fresh)
        subprocess.run([str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none",
                        "-extensions", "py", "-source-language", "en", "-target-language",
                        language, *extra, str(ROOT / "annotator"), "-ts", str(fresh)],
                       check=True, capture_output=True)
        committed = {(c, s) for c, s, _m in messages(I18N / fresh.name)}
        current = {(c, s) for c, s, _m in messages(fresh)}
        assert current - committed == set(), f"missing from {fresh.name}: run `make ts`"
        assert committed - current == set(), f"stale in {fresh.name}: run `make ts`"


def test_no_tr_in_a_class_that_is_subclassed():
    """PySide's self.tr() looks up the runtime class: in a base class it would miss."""
    classes: dict[str, tuple[Path, ast.ClassDef]] = {}
    bases: set[str] = set()
    for path in (ROOT / "annotator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
                bases |= {b.id for b in node.bases if isinstance(b, ast.Name)}
    offenders = []
    for name in bases & set(classes):
        path, node = classes[name]
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr" and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "self"):
                offenders.append(f"{path.name}: {name}")
                break
    assert offenders == []


@pytest.fixture
def french():
    i18n.install_translators("fr")
    yield
    i18n.install_translators("en")


def _catalogue(language):
    """Source → translation, for texts whose translation differs from the source."""
    found = {}
    for _c, source, message in messages(I18N / f"annotator_{language}.ts"):
        if message.get("numerus") != "yes":
            text = forms(message)[0]
            if text != source:
                found[source] = text
    return found


def _untranslated(root: QWidget, english: dict[str, str]) -> list[str]:
    """Visible texts of `root` still in English although a translation exists."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        texts += [w.toolTip(), w.accessibleName(), w.statusTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        for action in w.actions():
            texts += [action.text(), action.statusTip(), action.toolTip()]
            if action.menu():
                texts.append(action.menu().title())
                texts += [a.text() for a in action.menu().actions()]
    return sorted({t for t in texts if t and t in english})


def test_the_french_window_and_its_dialogs_speak_french(french, qtbot, settings, errors,
                                                       project_file):
    from annotator.gui.main_window import MainWindow

    english = _catalogue("fr")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(project_file)
    qtbot.waitUntil(lambda: window.view.article is not None)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "É&dition", "&Annoter"] or "&Fichier" in menus
    assert _untranslated(window, english) == []
    window.preferences_action.trigger()
    assert _untranslated(window.last_preferences, english) == []
    window.last_preferences.reject()
    window.shortcuts_action.trigger()
    assert _untranslated(window.last_shortcut_sheet, english) == []
    window.last_shortcut_sheet.close()
    # Project labels follow the interface: the built-in categories and statuses.
    assert "Citation" in [a.text().replace("&", "") for a in window.category_actions.actions()]
    window.close()


def test_qt_own_buttons_are_translated(french, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == "Annuler"
    message = QMessageBox(QMessageBox.Icon.Question, "t", "q",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Oui"


def test_english_plurals_come_from_the_english_catalogue():
    numerus = [(c, s) for c, s, m in messages(I18N / "annotator_en.ts")
               if m.get("numerus") == "yes"]
    assert numerus  # the code uses plural forms
    for context, source in numerus:
        one = QCoreApplication.translate(context, source, "", 1)
        many = QCoreApplication.translate(context, source, "", 3)
        assert "(s)" not in one + many and one != many, (context, source)


def test_language_follows_the_system_unless_chosen(monkeypatch):
    class FakeLocale:
        def __init__(self, languages):
            self.languages = languages

        def uiLanguages(self):  # noqa: N802 (Qt's name)
            return self.languages

    for languages, expected in ((["fr-FR", "en-US"], "fr"), (["de-DE", "fr-CH"], "fr"),
                                (["de-DE"], "en"), (["en-GB", "fr-FR"], "en")):
        monkeypatch.setattr(i18n.QLocale, "system", lambda langs=languages: FakeLocale(langs))
        assert i18n.resolve_language("") == expected
    assert i18n.resolve_language("fr") == "fr"


def test_language_chosen_in_preferences_is_kept_for_the_next_start(window, qtbot, settings):
    window.preferences_action.trigger()
    dialog = window.last_preferences
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.language.currentData() == ""  # the system's, at first
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language_note.isVisibleTo(dialog)  # "shows at the next start"
    dialog.accept()
    assert settings.language == "fr"
    assert i18n.resolve_language(settings.language) == "fr"
