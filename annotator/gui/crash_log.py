"""Crash reports: what went wrong is appended to a log file in the user's data folder, and
the next start offers to open it.

Python errors that reach the event loop go through `sys.excepthook`; a hard crash (a
segmentation fault in Qt) through `faulthandler`, into the same file. A report counts as
new until the next start has offered it (the size the file had then is kept beside it).
"""

from __future__ import annotations

import faulthandler
import platform
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path

from annotator import APP_NAME, __version__

_FILE_NAME = "crash.log"
_SEEN_SUFFIX = ".seen"


def default_log_path() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False)) / _FILE_NAME


class CrashLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fault_file = None

    def install(self) -> None:
        """Record from now on: unhandled errors (the app goes on) and hard crashes."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        previous = sys.excepthook

        def hook(kind, error, tb) -> None:
            self.record(kind, error, tb)
            previous(kind, error, tb)

        sys.excepthook = hook
        self._fault_file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - kept open
        faulthandler.enable(self._fault_file, all_threads=True)

    def record(self, kind, error, tb) -> None:
        """Append one report: when, which version, on what, and the traceback."""
        when = datetime.now(timezone.utc).isoformat(timespec="seconds")
        head = (f"=== {when} {APP_NAME} {__version__}, Python {platform.python_version()}, "
                f"{platform.platform()}\n")
        try:
            with open(self.path, "a", encoding="utf-8") as log:
                log.write(head + "".join(traceback.format_exception(kind, error, tb)) + "\n")
        except OSError:
            pass  # a full disk must not turn one error into two

    def unseen_report(self) -> Path | None:
        """The log, when it grew since a start last offered it."""
        try:
            size = self.path.stat().st_size
        except OSError:
            return None
        return self.path if size > self._seen_size() else None

    def mark_seen(self) -> None:
        try:
            size = self.path.stat().st_size
            self.path.with_name(self.path.name + _SEEN_SUFFIX).write_text(str(size))
        except OSError:
            pass

    def _seen_size(self) -> int:
        try:
            return int(self.path.with_name(self.path.name + _SEEN_SUFFIX).read_text())
        except (OSError, ValueError):
            return 0
