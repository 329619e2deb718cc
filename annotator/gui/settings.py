"""User preferences kept with QSettings (tests point QSettings at a temporary folder)."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()

    # Recent projects, most recent first, only files that still exist.
    def recent_projects(self) -> list[str]:
        value = self._s.value("recent/projects", [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-item list
            value = [value]
        return [p for p in (value or []) if Path(p).is_file()]

    def add_recent_project(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_projects() if p != path]
        self._s.setValue("recent/projects", [path, *recent][:MAX_RECENT])

    def clear_recent_projects(self) -> None:
        self._s.setValue("recent/projects", [])

    @property
    def editor_name(self) -> str:
        """Recorded as the author of every annotation; defaults to the login name."""
        name = self._s.value("editor/name", "")
        if not name:
            try:
                name = getpass.getuser()
            except Exception:  # no login name in some sandboxes
                name = "editor"
        return str(name)

    @editor_name.setter
    def editor_name(self, name: str) -> None:
        self._s.setValue("editor/name", name.strip())

    @property
    def language(self) -> str:
        """"en", "fr", or "" to follow the system (applied at the next start)."""
        return str(self._s.value("interface/language", ""))

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("interface/language", code)

    @property
    def theme(self) -> str:
        """"light", "dark", or "" to follow the system."""
        return str(self._s.value("interface/theme", ""))

    @theme.setter
    def theme(self, name: str) -> None:
        self._s.setValue("interface/theme", name)

    @property
    def high_contrast(self) -> bool:
        return str(self._s.value("interface/high_contrast", "false")).lower() == "true"

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._s.setValue("interface/high_contrast", "true" if on else "false")

    def shortcut_overrides(self) -> dict[str, str]:
        """Shortcuts the editor chose, by action name ("" when they removed one)."""
        self._s.beginGroup("shortcuts")
        try:
            return {key: str(self._s.value(key, "")) for key in self._s.childKeys()}
        finally:
            self._s.endGroup()

    def set_shortcut_overrides(self, overrides: dict[str, str]) -> None:
        self._s.remove("shortcuts")
        for key, keys in overrides.items():
            self._s.setValue(f"shortcuts/{key}", keys)

    @property
    def export_folder(self) -> Path:
        value = self._s.value("export/folder", "")
        if value:
            return Path(str(value))
        from platformdirs import user_documents_dir

        return Path(user_documents_dir()) / "exports"

    @export_folder.setter
    def export_folder(self, folder: str | Path) -> None:
        self._s.setValue("export/folder", str(folder))

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        """Saved window geometry and splitter sizes (None on the first run)."""
        return self._s.value("window/geometry"), self._s.value("window/splitter")

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/splitter", splitter)

    @property
    def template_folder(self) -> str:
        """A newsroom's own copy of exports/ for HTML fact sheets; empty for ours."""
        return str(self._s.value("export/template", ""))

    @template_folder.setter
    def template_folder(self, folder: str | Path) -> None:
        self._s.setValue("export/template", str(folder))

    @property
    def import_folder(self) -> str:
        return str(self._s.value("import/folder", ""))

    @import_folder.setter
    def import_folder(self, folder: str | Path) -> None:
        self._s.setValue("import/folder", str(folder))

    @property
    def suggest_on_open(self) -> bool:
        """Run the suggestion engine on each article as it opens."""
        return str(self._s.value("suggest/on_open", "false")).lower() == "true"

    @suggest_on_open.setter
    def suggest_on_open(self, on: bool) -> None:
        self._s.setValue("suggest/on_open", "true" if on else "false")

    @property
    def suggest_on_import(self) -> bool:
        """Run the suggestion engine on every imported article, in the background."""
        return str(self._s.value("suggest/on_import", "false")).lower() == "true"

    @suggest_on_import.setter
    def suggest_on_import(self, on: bool) -> None:
        self._s.setValue("suggest/on_import", "true" if on else "false")

    # The organisation publishing the fact-checks: given to new projects, and to exports
    # (ClaimReview's author) of projects that name none.
    @property
    def organisation_name(self) -> str:
        return str(self._s.value("organisation/name", ""))

    @organisation_name.setter
    def organisation_name(self, name: str) -> None:
        self._s.setValue("organisation/name", " ".join(name.split()))

    @property
    def organisation_url(self) -> str:
        return str(self._s.value("organisation/url", ""))

    @organisation_url.setter
    def organisation_url(self, url: str) -> None:
        self._s.setValue("organisation/url", url.strip())

    # How the article reads: its font (empty: the system's, 15 % larger) and the widest
    # line, in average characters (0: the whole pane).
    @property
    def article_font(self) -> tuple[str, float]:
        """(family, point size); ("", 0.0) for the default."""
        try:
            size = float(self._s.value("reading/font_size", 0) or 0)
        except (TypeError, ValueError):
            size = 0.0
        return str(self._s.value("reading/font_family", "")), size

    @article_font.setter
    def article_font(self, value: tuple[str, float]) -> None:
        family, size = value
        self._s.setValue("reading/font_family", family)
        self._s.setValue("reading/font_size", float(size))

    @property
    def reading_width(self) -> int:
        try:
            return max(0, int(self._s.value("reading/width", 90)))
        except (TypeError, ValueError):
            return 90

    @reading_width.setter
    def reading_width(self, characters: int) -> None:
        self._s.setValue("reading/width", int(characters))
