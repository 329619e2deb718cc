"""Opening a project when something stands in the way: another instance holds it, a crash
left its lock behind, the file is damaged.

`open_interactively` asks the user what to do and returns the opened project, or None when
the user cancelled. The questions are module functions (`ask_locked`, `ask_damaged`,
`ask_recovery_target`, `show_recovery`) so that tests can answer them. Nothing here ever
writes to a damaged file: recovery goes into a new file the user names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from annotator.store import Project, ProjectError
from annotator.store.diagnosis import FILE_READ_ONLY, FOLDER_READ_ONLY
from annotator.store.errors import DamagedProjectError, ProjectLockedError
from annotator.store.project import LOCK_LOST, OPENED_READ_ONLY, PROJECT_SUFFIX

READ_ONLY = "read-only"
CLEAR_LOCK = "clear-lock"
RECOVER = "recover"

# Why the store says a project is read-only, in the interface language. Reasons given by
# the interface itself (when opening a project held elsewhere) are translated already.
_READ_ONLY_REASONS = {
    FILE_READ_ONLY: QT_TRANSLATE_NOOP("ProjectAccess", "the file is read-only"),
    FOLDER_READ_ONLY: QT_TRANSLATE_NOOP(
        "ProjectAccess", "its folder cannot be written to (a read-only medium or share)"),
    OPENED_READ_ONLY: QT_TRANSLATE_NOOP("ProjectAccess", "opened read-only"),
    LOCK_LOST: QT_TRANSLATE_NOOP(
        "ProjectAccess", "another instance cleared this one's lock and may be writing to it"),
}
# What a recovery counts, by table; other tables are bookkeeping, named as stored.
_TABLE_LABELS = {
    "statuses": QT_TRANSLATE_NOOP("ProjectAccess", "statuses"),
    "categories": QT_TRANSLATE_NOOP("ProjectAccess", "categories"),
    "parties": QT_TRANSLATE_NOOP("ProjectAccess", "parties"),
    "articles": QT_TRANSLATE_NOOP("ProjectAccess", "articles"),
    "annotations": QT_TRANSLATE_NOOP("ProjectAccess", "annotations"),
    "evidence": QT_TRANSLATE_NOOP("ProjectAccess", "evidence"),
}


class ProjectAccess(QObject):
    """The translation context of this module's messages, for their plurals:
    pyside6-lupdate reads QCoreApplication.translate's count as a plural only when it is
    a number literal, ProjectAccess.tr's always."""


def open_interactively(parent: QWidget | None, path: str | Path,
                       author: str = "") -> Project | None:
    """Open `path` for writing, holding its lock; when that is not possible, ask.

    Raises ProjectError for what cannot be helped (not a project, a newer version), after
    the user's choice fails, or when a lock could not be cleared.
    """
    path = Path(path)
    try:
        return Project.open(path, author=author, lock=True)
    except ProjectLockedError as exc:
        choice = ask_locked(parent, path, exc)
        if choice == READ_ONLY:
            if exc.holder is not None:
                why = QCoreApplication.translate("ProjectAccess", "it is {holder}").format(
                    holder=holder_text(exc.holder))
            else:
                why = QCoreApplication.translate("ProjectAccess",
                                                 "another program is writing to it")
            return Project.open(path, author=author, read_only=why)
        if choice == CLEAR_LOCK and exc.holder is not None:
            from annotator.store.locking import break_lock

            if not break_lock(path, exc.holder):
                raise ProjectError(QCoreApplication.translate(
                    "ProjectAccess", "{path}: the lock was renewed meanwhile: the other "
                    "instance is still running").format(path=path)) from exc
            return Project.open(path, author=author, lock=True)
        return None
    except DamagedProjectError as exc:
        choice = ask_damaged(parent, path, exc)
        if choice == READ_ONLY:
            return Project.open(path, author=author, verify=False,
                                read_only=QCoreApplication.translate(
                                    "ProjectAccess", "the file is damaged"))
        if choice == RECOVER:
            target = ask_recovery_target(parent, path)
            if not target:
                return None
            from annotator.store.recovery import recover

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                report = recover(path, target, author=author)
            finally:
                QApplication.restoreOverrideCursor()
            show_recovery(parent, report)
            return Project.open(target, author=author, lock=True)
        return None


def ask_locked(parent: QWidget | None, path: Path, exc: ProjectLockedError) -> str | None:
    """READ_ONLY, CLEAR_LOCK (offered only for a stale lock) or None (cancel)."""
    holder = exc.holder
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ProjectAccess", "Project in use"))
    if holder is None:
        box.setText(QCoreApplication.translate(
            "ProjectAccess", "{file} is being written to by another program.").format(
            file=path.name))
    else:
        box.setText(QCoreApplication.translate("ProjectAccess", "{file} is {holder}.").format(
            file=path.name, holder=holder_text(holder)))
    info = QCoreApplication.translate(
        "ProjectAccess", "Only one instance can change a project at a time. You can open it "
        "read-only to look at it and export from it.")
    reason = stale_text(holder) if holder is not None else None
    if reason:
        info += "\n\n" + QCoreApplication.translate(
            "ProjectAccess", "That instance seems to have stopped: {reason}. If you are sure "
            "it is not running any more (it crashed, or its computer was switched off), you "
            "can clear its lock and open the project normally.").format(reason=reason)
    box.setInformativeText(info)
    read_only = box.addButton(QCoreApplication.translate("ProjectAccess", "Open &Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    clear = (box.addButton(QCoreApplication.translate("ProjectAccess",
                                                      "C&lear the Lock and Open"),
                           QMessageBox.ButtonRole.DestructiveRole)
             if reason else None)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if clear is not None and clicked is clear:
        return CLEAR_LOCK
    return None


def ask_damaged(parent: QWidget | None, path: Path, exc: DamagedProjectError) -> str | None:
    """READ_ONLY (when readable), RECOVER (when recoverable) or None (cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ProjectAccess", "Damaged project"))
    box.setText(QCoreApplication.translate("ProjectAccess", "{file} is damaged.").format(
        file=path.name))
    box.setInformativeText(QCoreApplication.translate(
        "ProjectAccess", "{problem}\n\nThe file itself is left as it is: keep it, a "
        "specialist may save more from it.").format(problem=exc))
    read_only = (box.addButton(QCoreApplication.translate("ProjectAccess", "Open &Read-Only"),
                               QMessageBox.ButtonRole.AcceptRole)
                 if exc.can_open_read_only else None)
    recover = (box.addButton(QCoreApplication.translate("ProjectAccess",
                                                        "Re&cover into a New Project…"),
                             QMessageBox.ButtonRole.ActionRole)
               if exc.can_recover else None)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if read_only is not None and clicked is read_only:
        return READ_ONLY
    if recover is not None and clicked is recover:
        return RECOVER
    return None


def ask_recovery_target(parent: QWidget | None, path: Path) -> str | None:
    """The new file to recover into (never the damaged one: recover() refuses it)."""
    suggestion = str(path.with_name(f"{path.stem}-recovered{PROJECT_SUFFIX}"))
    target, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ProjectAccess", "Recover into a new project"),
        suggestion, QCoreApplication.translate(
            "ProjectAccess", "Newsroom Annotator projects (*{suffix})").format(
            suffix=PROJECT_SUFFIX))
    if target and not target.endswith(PROJECT_SUFFIX):
        target += PROJECT_SUFFIX
    return target or None


def show_recovery(parent: QWidget | None, report) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if report.complete
                else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ProjectAccess", "Recovery"))
    box.setText(recovery_summary(report))
    box.setInformativeText(QCoreApplication.translate(
        "ProjectAccess", "The damaged file was not changed. The new project opens now."))
    box.setDetailedText("\n".join(recovery_lines(report)))
    box.exec()


# ---- the store's reports, in the interface language (the command line keeps English) ----


def read_only_reason(project: Project) -> str:
    """Why `project` is read-only (Project.read_only_reason), in the interface language."""
    reason = project.read_only_reason or ""
    known = _READ_ONLY_REASONS.get(reason)
    return QCoreApplication.translate("ProjectAccess", known) if known else reason


def holder_text(holder) -> str:
    """LockInfo.describe(): 'open on HOST by NAME since TIME'."""
    who = holder.editor or holder.user or QCoreApplication.translate("ProjectAccess",
                                                                     "someone")
    if holder.editor and holder.user and holder.editor.casefold() != holder.user.casefold():
        who = f"{holder.editor} ({holder.user})"
    since = holder.opened_local() or QCoreApplication.translate("ProjectAccess",
                                                                "an unknown time")
    if holder.on_this_host:
        text = QCoreApplication.translate("ProjectAccess",
                                          "open on this computer by {who} since {time}")
    elif holder.host:
        text = QCoreApplication.translate("ProjectAccess", "open on {host} by {who} since {time}")
    else:
        text = QCoreApplication.translate("ProjectAccess",
                                          "open on another computer by {who} since {time}")
    return text.format(host=holder.host, who=who, time=since)


def stale_text(holder) -> str | None:
    """LockInfo.stale_reason(): why the holder looks gone, or None."""
    cause = holder.stale_cause()
    if cause is None:
        return None
    code, number = cause
    if code == "silent":
        return ProjectAccess.tr("it has shown no sign of life for %n minute(s)", "", number)
    if code == "process-gone":
        return QCoreApplication.translate(
            "ProjectAccess", "its process ({pid}) is no longer running on this computer"
        ).format(pid=number)
    return QCoreApplication.translate("ProjectAccess",
                                      "an earlier run with this process id left it")


def recovery_summary(report) -> str:
    """RecoveryReport.summary(), as a sentence."""
    def copied(name: str) -> int:
        return next((t.copied for t in report.tables if t.name == name), 0)

    annotations = ProjectAccess.tr("%n annotation(s)", "", copied("annotations"))
    if report.complete:
        text = ProjectAccess.tr("%n article(s) and {annotations} recovered into {target} "
                                "(everything was read).", "", copied("articles"))
    else:
        text = ProjectAccess.tr("%n article(s) and {annotations} recovered into {target} "
                                "(some data could not be read).", "", copied("articles"))
    return text.format(annotations=annotations, target=report.target)


def recovery_lines(report) -> list[str]:
    """RecoveryReport.lines(): what became of each table."""
    out = []
    for t in report.tables:
        if t.name.startswith("_"):
            continue
        label = _TABLE_LABELS.get(t.name)
        table = QCoreApplication.translate("ProjectAccess", label) if label else t.name
        if t.absent:
            out.append(QCoreApplication.translate(
                "ProjectAccess", "{table}: not in the damaged file").format(table=table))
            continue
        rows = ProjectAccess.tr("%n row(s) recovered", "", t.copied)
        if t.unreadable and t.dropped:
            text = ProjectAccess.tr("{table}: {rows}, some rows could not be read, %n dropped "
                                    "(damaged, or what they belonged to was lost)", "",
                                    t.dropped)
        elif t.dropped:
            text = ProjectAccess.tr("{table}: {rows}, %n dropped (damaged, or what they "
                                    "belonged to was lost)", "", t.dropped)
        elif t.unreadable:
            text = QCoreApplication.translate(
                "ProjectAccess", "{table}: {rows}, some rows could not be read")
        else:
            text = QCoreApplication.translate("ProjectAccess", "{table}: {rows}")
        out.append(text.format(table=table, rows=rows))
    return out
