"""Where the shipped files are: resources/ and exports/ beside the package, or in a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding resources/ and exports/ (the source tree, or PyInstaller's)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def exports_dir() -> Path:
    """Fact-sheet templates and stylesheets a newsroom can copy and adapt."""
    return app_root() / "exports"


def shipped_fonts() -> list[Path]:
    """Fonts the app bundle carries (resources/fonts), so text never shows as empty boxes
    on a system without fonts; none in a source checkout, which uses the system's."""
    folder = resources_dir() / "fonts"
    return sorted(folder.glob("*.ttf")) if folder.is_dir() else []
