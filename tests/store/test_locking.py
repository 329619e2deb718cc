"""One writer at a time: the lock file, SQLite's lock behind it, read-only opening."""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store import Project, ProjectError
from annotator.store.errors import ProjectLockedError, ReadOnlyError
from annotator.store.locking import (
    STALE_AFTER_SECONDS,
    ProjectLock,
    break_lock,
    lock_path,
    read_lock,
)

ROOT = Path(__file__).resolve().parents[2]

# A second instance: opens the project with its lock, says so, waits for a line on stdin.
HOLDER = """
import sys
sys.path.insert(0, sys.argv[2])
from annotator.store import Project
project = Project.open(sys.argv[1], author="Lina", lock=True)
print("ready", flush=True)
sys.stdin.readline()
project.close()
print("closed", flush=True)
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project_path(tmp_path, make_article):
    path = tmp_path / "desk.annot"
    with Project.create(path, author="Camille") as p:
        article = p.add_article(make_article("Le syndicat dénonce « un plan brutal ».", "Plan"))
        p.add_annotation(p.new_annotation(article, "quote", 29, 39))
    return path


@pytest.fixture
def holder(project_path):
    """Another process holding the project open with its lock."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(project_path), str(ROOT)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def write_lock(project_path: Path, **fields) -> Path:
    """A lock record as another instance would have written it."""
    record = {"host": "desk-pc-42", "user": "lina", "editor": "Lina", "pid": 4242,
              "app_version": "0.1.0", "opened_at": "2025-03-04T09:00:00.000Z",
              "heartbeat": "2025-03-04T09:00:00.000Z", "token": "f" * 32, **fields}
    path = lock_path(project_path)
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def utc_iso(seconds_ago: float) -> str:
    from datetime import datetime, timedelta, timezone

    moment = datetime.now(timezone.utc) - timedelta(seconds=seconds_ago)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_the_lock_file_is_there_while_open_and_gone_after(project_path):
    with Project.open(project_path, author="Camille", lock=True) as p:
        info = read_lock(project_path)
        assert info.pid == os.getpid() and info.editor == "Camille" and info.on_this_host
        assert not info.stale
        assert not p.read_only
    assert not lock_path(project_path).exists()


def test_a_second_process_is_told_who_has_the_project(project_path, holder):
    with pytest.raises(ProjectLockedError) as err:
        Project.open(project_path, lock=True)
    message = str(err.value)
    assert str(project_path) in message
    assert "open on this computer by Lina" in message
    assert err.value.holder.pid == holder.pid
    assert not err.value.stale
    # Read-only is what a second instance can have, with the holder still writing.
    with Project.open(project_path, read_only="it is open elsewhere") as p:
        assert p.read_only and len(p.article_ids()) == 1
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "closed"
    assert not lock_path(project_path).exists()
    Project.open(project_path, lock=True).close()


def test_a_crashed_holder_leaves_a_stale_lock_that_is_cleared_on_request(project_path, holder):
    holder.kill()  # a crash: the lock file stays behind
    holder.wait(timeout=30)
    assert lock_path(project_path).exists()
    with pytest.raises(ProjectLockedError) as err:
        Project.open(project_path, lock=True)
    assert err.value.stale
    assert "no longer running on this computer" in str(err.value)
    # Nothing clears it by itself; once asked, that very lock is removed.
    assert lock_path(project_path).exists()
    assert break_lock(project_path, err.value.holder)
    with Project.open(project_path, lock=True) as p:
        assert read_lock(project_path).pid == os.getpid()
        assert not p.read_only


def test_another_hosts_lock_is_stale_only_when_its_heartbeat_is_old(project_path):
    path = write_lock(project_path, heartbeat=utc_iso(10))
    with pytest.raises(ProjectLockedError) as err:
        Project.open(project_path, lock=True)
    assert not err.value.stale
    assert "open on desk-pc-42 by Lina" in str(err.value)

    write_lock(project_path, heartbeat=utc_iso(10 * 60))
    old = time.time() - 10 * 60
    os.utime(path, (old, old))  # the file server's clock agrees
    with pytest.raises(ProjectLockedError) as err:
        Project.open(project_path, lock=True)
    assert err.value.stale
    assert "no sign of life for 10 minutes" in str(err.value)

    # An old heartbeat with a fresh file time (one machine's clock is wrong): not stale.
    write_lock(project_path, heartbeat=utc_iso(10 * 60))
    assert not read_lock(project_path).stale
    assert read_lock(project_path).age() < STALE_AFTER_SECONDS


def test_a_lock_renewed_meanwhile_is_not_broken(project_path):
    write_lock(project_path, heartbeat=utc_iso(10 * 60))
    seen = read_lock(project_path)
    write_lock(project_path, heartbeat=utc_iso(0))  # the holder was alive after all
    assert not break_lock(project_path, seen)
    assert lock_path(project_path).exists()


def test_a_garbled_lock_file_still_counts(project_path):
    lock_path(project_path).write_bytes(b"")  # a holder caught between create and write
    with pytest.raises(ProjectLockedError) as err:
        Project.open(project_path, lock=True)
    assert not err.value.stale
    assert "open on another computer by someone" in str(err.value)


def test_heartbeat_renews_the_lock_and_a_lock_taken_over_makes_the_project_read_only(
        project_path):
    p = Project.open(project_path, author="Camille", lock=True)
    try:
        lock = p._lock
        first = read_lock(project_path).heartbeat
        time.sleep(0.01)
        assert lock.refresh()
        assert read_lock(project_path).heartbeat > first
        # Another instance judged it stale, cleared it and took the project.
        write_lock(project_path, heartbeat=utc_iso(0))
        assert not lock.refresh()
        assert p.read_only
        with pytest.raises(ReadOnlyError, match="cleared this one's lock"):
            p.set_settings(title="x")
    finally:
        p.close()
    assert lock_path(project_path).exists()  # theirs: closing leaves it alone


def test_the_heartbeat_thread_runs(project_path):
    lock = ProjectLock.acquire(project_path, heartbeat=False)
    try:
        first = read_lock(project_path).heartbeat
        lock.start_heartbeat(interval=0.02)
        deadline = time.monotonic() + 5
        while read_lock(project_path).heartbeat == first and time.monotonic() < deadline:
            time.sleep(0.02)
        assert read_lock(project_path).heartbeat > first
    finally:
        lock.release()
    assert not lock_path(project_path).exists()


def test_one_process_may_open_its_project_twice(project_path):
    """Reopening in the window: the lock is shared, the last one closed removes it."""
    first = Project.open(project_path, lock=True)
    second = Project.open(project_path, lock=True)
    first.close()
    assert lock_path(project_path).exists()
    second.set_settings(title="still writable")
    second.close()
    assert not lock_path(project_path).exists()


def test_sqlite_lock_catches_a_writer_without_a_lock_file(project_path):
    other = sqlite3.connect(project_path)
    other.execute("begin immediate")
    try:
        with pytest.raises(ProjectLockedError, match="another program is writing") as err:
            Project.open(project_path, lock=True)
        assert err.value.holder is None
        assert not lock_path(project_path).exists()  # not left behind by the failed open
    finally:
        other.rollback()
        other.close()
    Project.open(project_path, lock=True).close()


def test_read_only_refuses_every_write_and_leaves_the_file_byte_identical(project_path):
    before = sha256(project_path)
    with Project.open(project_path, read_only=True) as p:
        article_id = p.article_ids()[0]
        annotation = p.annotations(article_id)[0]
        for write in (lambda: p.set_settings(title="x"),
                      lambda: p.update_annotation(annotation.id, note="x"),
                      lambda: p.delete_annotation(annotation.id),
                      lambda: p.delete_article(article_id),
                      lambda: p.add_category("Claims", "#123456"),
                      lambda: p.add_annotation(p.new_annotation(p.article(article_id),
                                                                "quote", 0, 2))):
            with pytest.raises(ReadOnlyError) as err:
                write()
            assert str(err.value) == (f"{project_path}: opened read-only; changes cannot "
                                      "be saved")
        # Behind the guard, SQLite itself refuses.
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            p.conn.execute("delete from annotations")
        p.conn.rollback()
        assert p.check()["ok"]
        assert not lock_path(project_path).exists()
    assert sha256(project_path) == before


def test_an_older_file_opens_read_only_from_an_upgraded_copy(tmp_path):
    import shutil

    path = tmp_path / "v1.annot"
    shutil.copy(Path(__file__).parent / "fixtures" / "v1.annot", path)
    before = sha256(path)
    p = Project.open(path, read_only=True)
    copy = p._temp_copy
    assert copy is not None and copy.exists()
    assert [a.exact for a in p.annotations(p.article_ids()[0])] == ["14\u202f000 postes"]
    with pytest.raises(ReadOnlyError):
        p.set_settings(title="x")
    p.close()
    assert not copy.exists()
    assert sha256(path) == before


def test_a_read_only_folder_opens_read_only(tmp_path, make_article):
    folder = tmp_path / "cdrom"
    folder.mkdir()
    path = folder / "desk.annot"
    with Project.create(path) as p:
        p.add_article(make_article("Un texte.", "T"))
    before = sha256(path)
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes (see the mocked test)")
        with Project.open(path, lock=True) as p:
            assert p.read_only
            assert "folder cannot be written to" in p.read_only_reason
            assert len(p.article_ids()) == 1
    finally:
        folder.chmod(0o755)
    assert sha256(path) == before


def test_a_read_only_medium_opens_read_only(project_path, monkeypatch):
    """The same through a mocked os.access, which works as root too."""
    real_access = os.access
    folder = project_path.resolve().parent

    def access(path, mode, *args, **kwargs):
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    before = sha256(project_path)
    with Project.open(project_path, lock=True) as p:
        assert p.read_only
        assert p.read_only_reason == ("its folder cannot be written to (a read-only medium "
                                      "or share)")
        assert len(p.article_ids()) == 1
        with pytest.raises(ReadOnlyError, match="read-only medium"):
            p.set_settings(title="x")
    assert not lock_path(project_path).exists()
    assert sha256(project_path) == before


def test_a_read_only_file_opens_read_only(project_path, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False
                        if Path(path) == project_path and mode & os.W_OK
                        else real_access(path, mode, *a, **k))
    with Project.open(project_path) as p:
        assert p.read_only_reason == "the file is read-only"


def test_create_with_lock_holds_it(tmp_path):
    path = tmp_path / "new.annot"
    with Project.create(path, author="Camille", lock=True):
        assert read_lock(path).editor == "Camille"
    assert not lock_path(path).exists()
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path, lock=True)
    assert not lock_path(path).exists()
