"""What is wrong with a file before it is opened for writing: read-only, damaged, foreign.

`Project.open` examines every file through a read-only connection first, so a file that is
not a project, is cut short, fails SQLite's integrity check or was written by a newer
version is refused with a plain message and never written to: a read-write connection
would already change a foreign database (setting WAL mode rewrites its header).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotator.store.errors import (
    DamagedProjectError,
    NewerSchemaError,
    NotAProjectError,
    ProjectError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# quick_check reads the whole file (~2 ms a MB from the page cache), so opening checks
# only files up to this size before the window shows; the app checks larger ones in the
# background once open (`check_in_background`), and `annotator check` always runs the full
# integrity check.
QUICK_CHECK_LIMIT = 8 * 1024 * 1024


# The reasons read_only_reason gives (an interface words them in its own language).
FILE_READ_ONLY = "the file is read-only"
FOLDER_READ_ONLY = "its folder cannot be written to (a read-only medium or share)"


def read_only_reason(path: Path) -> str | None:
    """Why this file can only be read from here, or None if it can be written."""
    if not os.access(path, os.W_OK):
        return FILE_READ_ONLY
    if not os.access(path.resolve().parent, os.W_OK):
        return FOLDER_READ_ONLY
    return None


def connect_read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to the file (SQLite refuses, whatever the SQL).

    `immutable` also skips locking and the WAL index: for read-only media, where SQLite
    cannot create the -shm file a WAL database needs. Changes still in a -wal file there
    are not seen.
    """
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute("pragma busy_timeout = 5000")
    conn.execute("pragma foreign_keys = on")
    return conn


def second_reader(path: Path) -> sqlite3.Connection | None:
    """Another read-only connection to an open project, for reading on a worker thread
    beside the project's own (WAL lets them), or None when the file cannot be opened
    again. On a read-only medium, where WAL's -shm file cannot be created, it reads the
    file as immutable: nothing writes there."""
    try:
        try:
            reader = connect_read_only(path)
            reader.execute("select count(*) from meta").fetchone()
        except sqlite3.OperationalError:
            if read_only_reason(path) is None:
                raise
            reader = connect_read_only(path, immutable=True)
            reader.execute("select count(*) from meta").fetchone()
    except sqlite3.Error:
        return None
    reader.execute("pragma query_only = 1")
    return reader


def _header(path: Path) -> tuple[int, bytes]:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        return size, fh.read(100)


def _expected_size(header: bytes) -> int | None:
    """The size the header says the file has, when the header vouches for it."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when "version-valid-for" matches the change counter.
    if page_size < 512 or page_size & (page_size - 1) or not pages or \
            header[92:96] != header[24:28]:
        return None
    return page_size * pages


def examine(path: Path, verify: bool = True,
            current_version: int | None = None) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to a project file and its schema version, or an error
    saying in plain words what the file is: ProjectError (cannot be opened),
    NotAProjectError, DamagedProjectError, NewerSchemaError (above current_version).

    verify: run SQLite's quick_check (files up to QUICK_CHECK_LIMIT).
    """
    size, header = _header(path)
    if size == 0:
        raise NotAProjectError(f"{path}: an empty file, not a project")
    if not header.startswith(SQLITE_HEADER):
        raise NotAProjectError(f"{path}: not a project file (not an SQLite database)")
    if len(header) < 100:
        raise DamagedProjectError(
            f"{path}: a damaged project file: it ends after {size} bytes", can_recover=False)
    expected = _expected_size(header)
    wal = path.with_name(path.name + "-wal")
    if expected and size < expected and not (wal.exists() and wal.stat().st_size):
        raise DamagedProjectError(
            f"{path}: the project file is cut short ({size:,} of {expected:,} bytes); it was "
            "not completely copied or saved. What can still be read may be recovered into "
            "a new project.")
    try:
        try:
            conn = connect_read_only(path)
            version = _schema_version(conn)
        except sqlite3.OperationalError:
            if read_only_reason(path) is None:
                raise
            # A read-only medium: SQLite cannot create the -shm file a WAL database needs.
            conn = connect_read_only(path, immutable=True)
            version = _schema_version(conn)
    except sqlite3.OperationalError as exc:
        raise ProjectError(f"{path}: cannot be opened ({exc})") from exc
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed", …
        raise DamagedProjectError(
            f"{path}: the project file is damaged and cannot be read ({exc}). What can "
            "still be read may be recovered into a new project.") from exc
    try:
        if version is None:
            raise NotAProjectError(
                f"{path}: an SQLite file, but not a Newsroom Annotator project")
        if current_version is not None and version > current_version:
            raise NewerSchemaError(
                f"{path}: written by a newer version of Newsroom Annotator (project format "
                f"{version}, this version reads up to {current_version}); update the app")
        if verify and size <= QUICK_CHECK_LIMIT:
            _quick_check(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn, version


def needs_background_check(path: Path) -> bool:
    """Whether opening skipped the quick check because the file is large."""
    try:
        return path.stat().st_size > QUICK_CHECK_LIMIT
    except OSError:
        return False


def check_in_background(path: Path) -> str | None:
    """SQLite's quick check over its own read-only connection (safe off the GUI thread,
    beside the project's connection): None when fine, else the problem in plain words."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        return f"{path}: cannot be checked ({exc})"
    try:
        _quick_check(conn, path)
    except DamagedProjectError as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        problems = [r[0] for r in conn.execute("pragma quick_check(10)")]
    except sqlite3.DatabaseError as exc:  # the check itself ran into a damaged page
        problems = [str(exc)]
    if problems != ["ok"]:
        more = f" and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        readable = _tables_readable(conn)
        offer = ("It can be opened read-only, or what can still be read recovered into a "
                 "new project." if readable else
                 "What can still be read may be recovered into a new project.")
        raise DamagedProjectError(
            f"{path}: the project file is damaged: SQLite's integrity check failed "
            f"({problems[0]}{more}). {offer}", can_open_read_only=readable)


def _tables_readable(conn: sqlite3.Connection) -> bool:
    """Whether every table can be read through (the damage is in an index, say): then
    opening read-only is worth offering. A damaged table would fail the first list."""
    try:
        names = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table' and sql not like "
            "'CREATE VIRTUAL%'")]
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            for _row in conn.execute(f"select * from {quoted}"):
                pass
    except sqlite3.DatabaseError:
        return False
    return True


def _schema_version(conn: sqlite3.Connection) -> int | None:
    if not conn.execute("select 1 from sqlite_master where name = 'meta'").fetchone():
        return None
    row = conn.execute("select value from meta where key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None
