"""Light, dark and high-contrast palettes for the whole application.

The Fusion style draws every widget from the palette, on every platform, so one palette
per theme gives the same result everywhere. "Follow the system" reads Qt's colour scheme
(Qt ≥ 6.5) and follows it when it changes while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("", "light", "dark")  # "": the system's

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

_DARK = {
    _R.Window: "#2b2b2b", _R.WindowText: "#e6e6e6", _R.Base: "#1e1e1e",
    _R.AlternateBase: "#262626", _R.ToolTipBase: "#3a3a3a", _R.ToolTipText: "#f0f0f0",
    _R.PlaceholderText: "#9a9a9a", _R.Text: "#e6e6e6", _R.Button: "#353535",
    _R.ButtonText: "#e6e6e6", _R.BrightText: "#ff6b6b", _R.Highlight: "#3d7fc4",
    _R.HighlightedText: "#ffffff", _R.Link: "#7fb8f0", _R.LinkVisited: "#c39be0",
    _R.Light: "#4a4a4a", _R.Midlight: "#3f3f3f", _R.Mid: "#2f2f2f", _R.Dark: "#191919",
    _R.Shadow: "#000000",
}
_LIGHT = {
    _R.Window: "#efefef", _R.WindowText: "#1a1a1a", _R.Base: "#ffffff",
    _R.AlternateBase: "#f5f5f5", _R.ToolTipBase: "#ffffdc", _R.ToolTipText: "#1a1a1a",
    _R.PlaceholderText: "#6b6b6b", _R.Text: "#1a1a1a", _R.Button: "#efefef",
    _R.ButtonText: "#1a1a1a", _R.BrightText: "#ffffff", _R.Highlight: "#2a6cb8",
    _R.HighlightedText: "#ffffff", _R.Link: "#1a5fb4", _R.LinkVisited: "#7a3fa0",
    _R.Light: "#ffffff", _R.Midlight: "#e3e3e3", _R.Mid: "#b8b8b8", _R.Dark: "#9f9f9f",
    _R.Shadow: "#767676",
}
# High contrast: pure black and white, selection and links that stand out on both.
_CONTRAST_LIGHT = {**_LIGHT, _R.Window: "#ffffff", _R.WindowText: "#000000",
                   _R.Base: "#ffffff", _R.AlternateBase: "#ffffff", _R.Text: "#000000",
                   _R.Button: "#ffffff", _R.ButtonText: "#000000", _R.Highlight: "#000000",
                   _R.HighlightedText: "#ffffff", _R.PlaceholderText: "#3c3c3c",
                   _R.Link: "#0000c8", _R.Mid: "#000000", _R.Dark: "#000000",
                   _R.Shadow: "#000000"}
_CONTRAST_DARK = {**_DARK, _R.Window: "#000000", _R.WindowText: "#ffffff",
                  _R.Base: "#000000", _R.AlternateBase: "#000000", _R.Text: "#ffffff",
                  _R.Button: "#000000", _R.ButtonText: "#ffffff", _R.Highlight: "#ffff00",
                  _R.HighlightedText: "#000000", _R.PlaceholderText: "#d0d0d0",
                  _R.Link: "#00ffff", _R.Light: "#ffffff", _R.Mid: "#ffffff",
                  _R.Shadow: "#ffffff"}

_wanted = ("", False)
_applied: tuple | None = None  # (dark, high contrast, application) last given
_following = False


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool, high_contrast: bool) -> QPalette:
    roles = (_CONTRAST_DARK if dark else _CONTRAST_LIGHT) if high_contrast else (
        _DARK if dark else _LIGHT)
    palette = QPalette()
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#808080") if not high_contrast else QColor(roles[_R.Text])
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(_G.Disabled, role, disabled)
    return palette


def apply_theme(theme: str, high_contrast: bool = False) -> bool:
    """Give the application the palette of `theme` ("", "light" or "dark"); returns whether
    it is dark. With "", later changes of the system's scheme are followed."""
    global _wanted, _following, _applied
    app = QApplication.instance()
    _wanted = (theme, high_contrast)
    dark = theme == "dark" or (theme == "" and system_is_dark())
    if _applied == (dark, high_contrast, id(app)):
        return dark  # already so: a new palette would restyle every widget for nothing
    _applied = (dark, high_contrast, id(app))
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(dark, high_contrast))
    if not _following:
        _following = True
        app.styleHints().colorSchemeChanged.connect(_system_changed)
    return dark


def high_contrast() -> bool:
    """Whether the high-contrast palette is on (the article view draws highlights
    lighter and underlines stronger then)."""
    return _wanted[1]


def is_dark(palette: QPalette) -> bool:
    return palette.color(_R.Base).lightness() < 128


def _system_changed(_scheme) -> None:
    theme, high_contrast = _wanted
    if theme == "":
        apply_theme(theme, high_contrast)
