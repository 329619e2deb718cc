"""The interface language: which one, and Qt translators loaded for it.

Sources are Qt Linguist files, resources/i18n/annotator_<lang>.ts; `make` compiles them to
.qm beside them with pyside6-lrelease (.qm files are build products, never committed).
English is the language of the source, but it has a .ts too, holding only plural forms
("%n annotation(s)" → "1 annotation" / "3 annotations"), as Qt recommends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from annotator.paths import resources_dir

LANGUAGES = {"en": "English", "fr": "Français"}  # each named in itself
DEFAULT_LANGUAGE = "en"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The first of the system's preferred languages that we have, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def resolve_language(setting: str) -> str:
    """The language to use for a Preferences value ("" follows the system)."""
    return setting if setting in LANGUAGES else system_language()


_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def interface_language() -> str:
    """The language the interface is shown in: for labels the catalogue cannot hold, such
    as the built-in categories, statuses and ratings named by the project."""
    return _language


def install_translators(language: str, app: QCoreApplication | None = None) -> bool:
    """Translate the interface, and Qt's own dialogs and buttons, into `language`.

    Replaces any translators installed before. Returns False when our compiled catalogue
    is missing (the interface then shows the English source), so callers can say so.
    """
    global _language
    app = app or QCoreApplication.instance()
    _language = language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if QLocale().name().split("_")[0] != language:
        # Not thread-safe in Qt: done only when the language really changes.
        QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    found = ours.load(str(translations_dir() / f"annotator_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":  # Qt's own strings are English already
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        bundled = translations_dir() / "qt"  # the PyInstaller bundle carries its own copy
        if qt.load(f"qtbase_{language}", str(bundled if bundled.is_dir() else qt_dir)):
            app.installTranslator(qt)
            _installed.append(qt)
    return found
