"""Opening a project held elsewhere, left locked by a crash, on a read-only medium, damaged:
the questions asked, the read-only banner, the actions turned off."""

import hashlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui import project_access
from annotator.store.locking import lock_path, read_lock
from tests.gui.conftest import rows


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lock_held_by(path, pid: int, host: str | None = None) -> None:
    """The lock record another instance wrote (no heartbeat needed: checked at once)."""
    from annotator.core.model import utc_now

    now = utc_now()
    lock_path(path).write_text(json.dumps({
        "host": host or socket.gethostname(), "user": "lina", "editor": "Lina", "pid": pid,
        "app_version": "0.1.0", "opened_at": now, "heartbeat": now, "token": "b" * 32}),
        encoding="utf-8")


@pytest.fixture
def other_project(tmp_path, project_file):
    """A second project, a copy of the window's first one."""
    path = tmp_path / "shared.annot"
    shutil.copy(project_file, path)
    return path


@pytest.fixture
def answers(monkeypatch):
    """The questions the window asks, recorded; each answered from `answers.reply`."""

    class Answers:
        reply: dict = {}
        asked: list = []

    def ask(kind):
        def answer(parent, path, *args):
            Answers.asked.append((kind, path, *args))
            return Answers.reply.get(kind)
        return answer

    for kind in ("ask_locked", "ask_damaged", "ask_recovery_target"):
        monkeypatch.setattr(project_access, kind, ask(kind))
    monkeypatch.setattr(project_access, "show_recovery",
                        lambda parent, report: Answers.asked.append(("show_recovery", report)))
    Answers.reply, Answers.asked = {}, []
    return Answers


def writing_actions(window):
    return ([window.import_action, window.import_folder_action, window.paste_action,
             window.delete_article_action, window.delete_annotation_action,
             window.undo_action, window.suggest_action, window.categories_action]
            + window.category_actions.actions())


def test_a_project_open_elsewhere_opens_read_only_with_a_banner(window, qtbot, other_project,
                                                                answers, errors):
    lock_held_by(other_project, os.getppid())  # a live process on this machine
    answers.reply["ask_locked"] = project_access.READ_ONLY
    assert not window.read_only_banner.isVisible()
    assert window.open_project(other_project)
    kind, path, exc = answers.asked[0]
    assert kind == "ask_locked" and path == other_project
    assert exc.holder.editor == "Lina" and not exc.stale
    assert window.project.read_only
    qtbot.waitUntil(lambda: window.view.article is not None)
    assert window.read_only_banner.isVisible()
    text = window.read_only_banner.text()
    assert text.startswith("Read-only: it is open on this computer by Lina since ")
    assert "changes cannot be saved" in text
    assert not any(a.isEnabled() for a in writing_actions(window))
    assert window.export_action.isEnabled() and window.save_copy_action.isEnabled()
    assert not window.panel.editor.isEnabled()
    assert not window.side_tabs.isTabEnabled(window.side_tabs.indexOf(window.suggestions_panel))
    parties = window.parties_view  # browsable, not editable
    assert parties.name_edit.isReadOnly() and not parties.kind_box.isEnabled()
    assert not parties.merge_action.isEnabled()
    # A change that gets through anyway (a shortcut, a drop) is refused with a message.
    before = sha256(other_project)
    window.view.select_span(0, 4)
    window.annotate_selection("quote")
    assert errors[-1][0] == "Read-only project"
    window.import_files([other_project])
    assert "read-only project" in errors[-1][1]
    assert rows(other_project, "select count(*) from annotations") == [(0,)]
    # A copy can still be saved: it only reads (on this thread: a read-only project has
    # no writer thread).
    copy = other_project.with_name("copie.annot")
    assert window.save_copy(copy) is None
    assert "Copy saved to" in window.statusBar().currentMessage()
    assert rows(copy, "select count(*) from articles") == rows(other_project,
                                                               "select count(*) from articles")
    assert read_lock(other_project).editor == "Lina"  # their lock, untouched
    # Back to a writable project: the banner goes, the actions come back.
    window.close_project()
    assert sha256(other_project) == before
    lock_path(other_project).unlink()
    assert window.open_project(other_project)
    assert not window.project.read_only
    assert not window.read_only_banner.isVisible()
    qtbot.waitUntil(lambda: window.view.article is not None)
    assert window.category_actions.actions()[0].isEnabled()
    assert not window.parties_view.name_edit.isReadOnly()
    assert window.import_action.isEnabled() and window.delete_annotation_action.isEnabled()


def test_cancel_keeps_the_current_project(window, other_project, answers, project_file):
    lock_held_by(other_project, os.getppid())
    assert not window.open_project(other_project)
    assert answers.asked[0][0] == "ask_locked"
    assert window.project.path == project_file and not window.project.read_only


def test_a_stale_lock_is_cleared_when_the_user_says_so(window, other_project, answers):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    lock_held_by(other_project, int(gone))  # a crash: its process is gone
    answers.reply["ask_locked"] = project_access.CLEAR_LOCK
    assert window.open_project(other_project)
    assert answers.asked[0][2].stale
    assert not window.project.read_only
    assert read_lock(other_project).pid == os.getpid()  # ours now
    window.close_project()
    assert not lock_path(other_project).exists()


def test_a_read_only_medium_shows_the_banner(window, qtbot, other_project, monkeypatch):
    real_access = os.access
    folder = other_project.resolve().parent
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False
                        if str(path) == str(folder) and mode & os.W_OK
                        else real_access(path, mode, *a, **k))
    assert window.open_project(other_project)
    assert window.read_only_banner.text().startswith(
        "Read-only: its folder cannot be written to (a read-only medium or share).")
    assert not lock_path(other_project).exists()
    assert not window.import_action.isEnabled()


def damage_table_page(path) -> None:
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    at = data.index(b"Nous supprimerons") // page_size * page_size
    path.write_bytes(data[:at] + random.Random(5).randbytes(page_size)
                     + data[at + page_size:])


def test_a_damaged_project_is_recovered_into_a_new_file(window, qtbot, other_project, answers,
                                                        tmp_path):
    damage_table_page(other_project)
    before = sha256(other_project)
    target = tmp_path / "recovered.annot"
    answers.reply.update(ask_damaged=project_access.RECOVER, ask_recovery_target=str(target))
    assert window.open_project(other_project)
    kind, _path, exc = answers.asked[0]
    assert kind == "ask_damaged" and exc.can_recover and not exc.can_open_read_only
    assert "integrity check failed" in str(exc)
    report = answers.asked[-1][1]
    assert answers.asked[-1][0] == "show_recovery" and not report.complete
    assert window.project.path == target and not window.project.read_only
    assert sha256(other_project) == before


def test_a_damaged_project_can_be_left_alone(window, other_project, answers, project_file):
    damage_table_page(other_project)
    before = sha256(other_project)
    assert not window.open_project(other_project)  # the user cancelled
    assert window.project.path == project_file
    assert sha256(other_project) == before


def test_the_lock_question_offers_what_fits(window, other_project, qtbot):
    """The real dialog: read-only always, clearing the lock only when it is stale."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    lock_held_by(other_project, int(gone))
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Open &Read-Only").click()

    QTimer.singleShot(0, answer)
    assert window.open_project(other_project)
    text, info, buttons = seen[0]
    assert text.startswith("shared.annot is open on this computer by Lina since ")
    assert "no longer running" in info
    assert "C&lear the Lock and Open" in buttons
    assert window.project.read_only
