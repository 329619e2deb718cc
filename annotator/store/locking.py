"""One writer at a time: a lock file beside the project, SQLite's own lock behind it.

`<name>.annot.lock` is a small JSON record (host, user, editor, pid, app version, opened_at,
heartbeat, token) created with O_CREAT|O_EXCL, so of two instances racing for a project
exactly one wins, on a local disk as on a shared folder. The holder rewrites the record
every HEARTBEAT_SECONDS from a daemon thread and deletes it on close.

A lock left by a crash is *stale*: on this machine when its process is gone; anywhere
when it has shown no sign of life (heartbeat or the file's modification time, whichever is
newer, so one machine's wrong clock does not decide alone) for STALE_AFTER_SECONDS.
Nothing clears a stale lock by itself: the app asks the user, then calls `break_lock`.

Within one process the lock is re-entrant: a second `Project` on the same file (reopening
it in the window, a test) shares the lock, and the last one closed deletes it. SQLite
already serialises the writers of one machine; the lock keeps out other instances.

Why a file and not SQLite alone: SQLite's locks last one transaction, and WAL's shared
memory does not work across machines on a network share; two writers there can corrupt the
file. The lock file is the rule; a `BEGIN IMMEDIATE` probe in `Project.open` catches
programs that write without it.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from annotator import __version__
from annotator.core.model import utc_now
from annotator.store.errors import ProjectLockedError

LOCK_SUFFIX = ".lock"
HEARTBEAT_SECONDS = 30.0
STALE_AFTER_SECONDS = 120.0

# The locks this process holds, by the project's real path (see "re-entrant" above).
_HELD: dict[str, ProjectLock] = {}
_HELD_GUARD = threading.Lock()


def lock_path(project_path: str | os.PathLike) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def _hostname() -> str:
    return socket.gethostname()


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, services)
        return ""


def _timestamp(iso: str) -> float:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


def _local_time(iso: str) -> str:
    """'2025-03-04 14:05' in this machine's time zone, for messages."""
    stamp = _timestamp(iso)
    if not stamp:
        return "an unknown time"
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (an unknown answer is yes)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: someone else's process
        return True
    return True


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about the instance holding a project."""

    path: Path  # the lock file
    host: str = ""
    user: str = ""
    editor: str = ""
    pid: int = 0
    app_version: str = ""
    opened_at: str = ""
    heartbeat: str = ""
    token: str = ""
    mtime: float = 0.0  # the lock file's modification time

    @property
    def on_this_host(self) -> bool:
        return bool(self.host) and self.host == _hostname()

    def age(self, now: float | None = None) -> float:
        """Seconds since the holder last showed a sign of life."""
        now = datetime.now(timezone.utc).timestamp() if now is None else now
        return now - max(_timestamp(self.heartbeat), self.mtime)

    def stale_cause(self, now: float | None = None) -> tuple[str, int] | None:
        """Why the holder looks gone (a crash), as a code and a number for an interface to
        word: ("process-gone", pid), ("earlier-run", pid) or ("silent", minutes); None
        while it may still be running."""
        if self.on_this_host and self.pid and not pid_alive(self.pid):
            return ("process-gone", self.pid)
        if self.on_this_host and self.pid == os.getpid() and not any(
                held.token == self.token for held in list(_HELD.values())):
            return ("earlier-run", self.pid)
        age = self.age(now)
        if age > STALE_AFTER_SECONDS:
            return ("silent", int(age // 60))
        return None

    def stale_reason(self, now: float | None = None) -> str | None:
        """Why the holder looks gone (a crash), or None while it may still be running."""
        cause = self.stale_cause(now)
        if cause is None:
            return None
        code, number = cause
        if code == "process-gone":
            return f"its process ({number}) is no longer running on this computer"
        if code == "earlier-run":
            return "an earlier run with this process id left it"
        return f"it has shown no sign of life for {number} minute{'s' * (number != 1)}"

    @property
    def stale(self) -> bool:
        return self.stale_reason() is not None

    def opened_local(self) -> str:
        """When the holder opened the project, '2025-03-04 14:05' in this machine's time
        zone, or "" when the record does not say."""
        return _local_time(self.opened_at) if _timestamp(self.opened_at) else ""

    def describe(self) -> str:
        """'open on HOST by NAME since TIME' (what the second instance is told)."""
        who = self.editor or self.user or "someone"
        if self.editor and self.user and self.editor.casefold() != self.user.casefold():
            who = f"{self.editor} ({self.user})"
        host = "this computer" if self.on_this_host else (self.host or "another computer")
        return f"open on {host} by {who} since {_local_time(self.opened_at)}"


def read_lock(project_path: str | os.PathLike) -> LockInfo | None:
    """The lock record beside the project, or None. A garbled record (a holder caught
    while writing it, another tool) still counts as a lock, aged by its file time."""
    path = lock_path(project_path)
    try:
        mtime = path.stat().st_mtime
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        data = None
    if not isinstance(data, dict):
        data = {}

    def text(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    pid = data.get("pid")
    return LockInfo(path=path, host=text("host"), user=text("user"), editor=text("editor"),
                    pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
                    app_version=text("app_version"), opened_at=text("opened_at"),
                    heartbeat=text("heartbeat"), token=text("token"), mtime=mtime)


def locked_message(project_path: str | os.PathLike, holder: LockInfo | None) -> str:
    if holder is None:
        return (f"{project_path}: another program is writing to it right now "
                "(the database is locked)")
    message = f"{project_path}: {holder.describe()}"
    reason = holder.stale_reason()
    if reason:
        message += f"; that instance seems to have stopped ({reason})"
    return message


class ProjectLock:
    """The lock this instance holds on a project. `acquire`, then `release` on close."""

    def __init__(self, project_path: Path, record: dict) -> None:
        self.project_path = project_path
        self.path = lock_path(project_path)
        self.record = record
        self.lost = False  # set when the lock file no longer holds our token
        self._released = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._users = 1  # Projects of this process sharing it

    @property
    def token(self) -> str:
        return self.record["token"]

    @classmethod
    def acquire(cls, project_path: str | os.PathLike, editor: str = "",
                heartbeat: bool = True) -> ProjectLock:
        """Create the lock file, or raise ProjectLockedError naming its holder.

        OSError (a folder that cannot be written to) is left to the caller.
        """
        project_path = Path(project_path)
        key = os.path.realpath(project_path)
        with _HELD_GUARD:
            held = _HELD.get(key)
            if held is not None and not held.lost:
                held._users += 1
                return held
            lock = cls._create(project_path, editor)
            _HELD[key] = lock
        if heartbeat:
            lock.start_heartbeat()
        return lock

    @classmethod
    def _create(cls, project_path: Path, editor: str) -> ProjectLock:
        now = utc_now()
        record = {"host": _hostname(), "user": _login(), "editor": editor, "pid": os.getpid(),
                  "app_version": __version__, "opened_at": now, "heartbeat": now,
                  "token": uuid.uuid4().hex}
        path = lock_path(project_path)
        for _attempt in range(3):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(project_path)
                if holder is None:  # released between the two calls: try again
                    continue
                raise ProjectLockedError(locked_message(project_path, holder), holder,
                                         stale=holder.stale) from None
            # No fsync (30 ms of every start): O_EXCL already decided who holds the lock,
            # closing publishes the record to other machines (close-to-open), and after a
            # power cut a lost or empty record only means an unlocked project.
            with os.fdopen(fd, "wb") as fh:
                fh.write(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
            break
        else:
            raise ProjectLockedError(locked_message(project_path, read_lock(project_path)),
                                     read_lock(project_path))
        return cls(project_path, record)

    def refresh(self) -> bool:
        """Renew the heartbeat; False (and `lost`) if the lock file is no longer ours,
        which happens when another instance judged it stale and cleared it."""
        if self.lost or self._released:
            return False
        current = read_lock(self.project_path)
        if current is None or current.token != self.token:
            self.lost = True
            return False
        self.record = {**self.record, "heartbeat": utc_now()}
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(self.record, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temp, self.path)
        return True

    def start_heartbeat(self, interval: float = HEARTBEAT_SECONDS) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._beat, args=(interval,), daemon=True,
                                        name=f"lock heartbeat {self.project_path.name}")
        self._thread.start()

    def _beat(self, interval: float) -> None:
        while not self._stop.wait(interval):
            try:
                if not self.refresh():
                    return
            except OSError:  # a share gone for a moment: try again next time
                pass

    def release(self) -> None:
        """Stop the heartbeat and delete the lock file if it is still ours (once the last
        Project of this process sharing it lets it go)."""
        with _HELD_GUARD:
            if self._released:
                return
            self._users -= 1
            if self._users > 0:
                return
            key = os.path.realpath(self.project_path)
            if _HELD.get(key) is self:
                del _HELD[key]
            self._released = True
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None
        if self.lost:
            return
        current = read_lock(self.project_path)
        if current is not None and current.token == self.token:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass


def break_lock(project_path: str | os.PathLike, holder: LockInfo) -> bool:
    """Delete the lock `holder` describes (the user agreed it is stale).

    Only that lock: if it was renewed or replaced since it was read, it is left alone and
    False is returned.
    """
    current = read_lock(project_path)
    if current is None:
        return True
    if current.token != holder.token or (not holder.token and current.mtime != holder.mtime):
        return False
    if current.token and current.heartbeat != holder.heartbeat:
        return False  # it showed a sign of life meanwhile
    try:
        current.path.unlink()
    except FileNotFoundError:
        pass
    return True
