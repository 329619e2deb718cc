"""Copy what can still be read from a damaged project into a new project file.

The original is never written to, not even by SQLite: it is copied (with its -wal file)
into a temporary folder and the copy is read. Every table of the current schema is read
row by row in rowid order; when a damaged page stops the reading, the next readable rowid
is found by doubling steps then bisection, so one bad page costs only its own rows. Rows
are written with their ids and rowids into a new project of the current version; rows
whose parent was lost (an annotation of an unreadable article) are dropped afterwards, so
the result passes `annotator check`. The full-text indexes are rebuilt.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import utc_now
from annotator.store.diagnosis import SQLITE_HEADER
from annotator.store.errors import (
    DamagedProjectError,
    NewerSchemaError,
    NotAProjectError,
    ProjectError,
)

_CHUNK = 500
_MAX_ROWID = 2**63 - 1
_MIN_ROWID = -(2**63)


@dataclass
class TableRecovery:
    name: str
    copied: int = 0
    unreadable: bool = False  # some rows (or the whole table) could not be read
    dropped: int = 0  # rows read but not kept: damaged values, or their parent was lost
    absent: bool = False  # not in the old file (an older version had no such table)

    def line(self) -> str:
        if self.absent:
            return f"{self.name}: not in the damaged file"
        text = f"{self.name}: {self.copied} row{'s' * (self.copied != 1)} recovered"
        if self.unreadable:
            text += ", some rows could not be read"
        if self.dropped:
            text += f", {self.dropped} dropped (damaged, or what they belonged to was lost)"
        return text


@dataclass
class RecoveryReport:
    source: Path
    target: Path
    tables: list[TableRecovery] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every row of the damaged file was read and kept."""
        return not any(t.unreadable or t.dropped for t in self.tables)

    def table(self, name: str) -> TableRecovery:
        return next(t for t in self.tables if t.name == name)

    def lines(self) -> list[str]:
        return [t.line() for t in self.tables if not t.name.startswith("_")]

    def summary(self) -> str:
        articles = self.table("articles").copied if any(
            t.name == "articles" for t in self.tables) else 0
        annotations = self.table("annotations").copied if any(
            t.name == "annotations" for t in self.tables) else 0
        state = "everything was read" if self.complete else "some data could not be read"
        return (f"{articles} articles and {annotations} annotations recovered into "
                f"{self.target} ({state})")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def recover(source: str | os.PathLike, target: str | os.PathLike,
            author: str = "") -> RecoveryReport:
    """Copy every readable row of the project `source` into a new project `target`.

    Raises ProjectError when `target` exists or is `source`, when `source` is not a
    project (NotAProjectError), was written by a newer version (NewerSchemaError), or
    when nothing at all can be read from it (DamagedProjectError).
    """
    from annotator.store.project import SCHEMA_VERSION, Project

    source, target = Path(source), Path(target)
    if not source.is_file():
        raise ProjectError(f"{source}: no such project file")
    if target.exists() or target.resolve() == source.resolve():
        raise ProjectError(f"{target}: a file with this name already exists; recovery "
                           "writes a new project and never replaces a file")
    with open(source, "rb") as fh:
        if not fh.read(16).startswith(SQLITE_HEADER):
            raise NotAProjectError(f"{source}: not an SQLite database, so not a project: "
                                   "there is nothing to recover")
    with tempfile.TemporaryDirectory(prefix="annotator-recover-") as folder:
        copy = Path(folder) / "damaged.annot"
        shutil.copyfile(source, copy)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        old = sqlite3.connect(copy, check_same_thread=False)  # read on the writer thread
        try:
            # Tolerate a damaged schema and a file shorter than its header says.
            old.execute("pragma writable_schema = on")
            tables = _source_tables(old, source)
            version = _source_version(old)
            if "articles" not in tables and version is None:
                raise NotAProjectError(f"{source}: an SQLite file, but not a Newsroom "
                                       "Annotator project: there is nothing to recover")
            if version is not None and version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    f"{source}: written by a newer version of Newsroom Annotator (project "
                    f"format {version}); update the app to recover it")
            project = Project.create(target, author=author)
            try:
                report = project.write(
                    lambda: _copy_rows(old, project.conn, tables, source, target))
            except BaseException:
                project.close()
                target.unlink(missing_ok=True)
                raise
            project.close()
        finally:
            old.close()
    if not any(t.copied for t in report.tables if t.name != "meta"):
        if any(t.unreadable for t in report.tables):
            target.unlink(missing_ok=True)
            raise DamagedProjectError(f"{source}: nothing could be read from this file; "
                                      "no project was written", can_recover=False)
    return report


def _source_tables(conn: sqlite3.Connection, source: Path) -> dict[str, list[str]]:
    """table name → its columns, for the damaged file's tables that can be described."""
    try:
        names = [r[0] for r in conn.execute(
            "select name from sqlite_master where type = 'table'")]
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(f"{source}: the list of tables cannot be read ({exc}); "
                                  "nothing can be recovered", can_recover=False) from exc
    tables = {}
    for name in names:
        try:
            tables[name] = [r[1] for r in conn.execute(f"pragma table_info({_quote(name)})")]
        except sqlite3.DatabaseError:
            continue
    return tables


def _source_version(conn: sqlite3.Connection) -> int | None:
    try:
        row = conn.execute("select value from meta where key = 'schema_version'").fetchone()
        return int(row[0]) if row else None
    except (sqlite3.DatabaseError, TypeError, ValueError):
        return None


def _target_tables(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """(plain tables in creation order, FTS5 tables), leaving out SQLite's own tables and
    the full-text indexes' shadow tables (they are rebuilt, not copied)."""
    rows = conn.execute("select name, sql from sqlite_master where type = 'table' "
                        "and name not like 'sqlite%' order by rowid").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    plain = [name for name, _sql in rows if name not in virtual
             and not any(name.startswith(v + "_") for v in virtual)]
    fts = [name for name, sql in rows if name in virtual and "FTS5" in (sql or "").upper()]
    return plain, fts


def _copy_rows(old: sqlite3.Connection, new: sqlite3.Connection,
               tables: dict[str, list[str]], source: Path, target: Path) -> RecoveryReport:
    report = RecoveryReport(source, target)
    plain, fts = _target_tables(new)
    new.execute("pragma foreign_keys = off")  # parents and children arrive in any order
    new.execute("begin")
    for name in plain:
        result = TableRecovery(name)
        report.tables.append(result)
        if name not in tables:
            result.absent = True
            continue
        info = new.execute(f"pragma table_info({_quote(name)})").fetchall()
        columns = [r[1] for r in info if r[1] in tables[name]]
        if not columns:
            continue
        keys = [r[1] for r in info if r[5]]
        has_rowid = _has_rowid(old, name)
        names = (["rowid"] if has_rowid else []) + columns
        insert = (f"insert or replace into {_quote(name)} ({', '.join(map(_quote, names))}) "
                  f"values ({', '.join('?' * len(names))})")
        rows = _read_table(old, name, columns, has_rowid, result)
        if name == "meta":  # the new file records its own version
            rows = (r for r in rows if r[names.index("key")] != "schema_version")
        # A damaged page can read as rows of NULLs: a row without its key is not kept.
        key_at = [names.index(k) for k in keys if k in names]
        rows = _keyed(rows, key_at, result)
        for chunk in _chunks(rows):
            try:
                new.executemany(insert, chunk)
                result.copied += len(chunk)
            except sqlite3.DatabaseError:
                for row in chunk:
                    try:
                        new.execute(insert, row)
                        result.copied += 1
                    except sqlite3.DatabaseError:
                        result.dropped += 1
    new.executemany("insert or replace into meta (key, value) values (?, ?)",
                    [("recovered_from", str(source)), ("recovered_at", utc_now())])
    _drop_orphans(new, report)
    for name in fts:
        new.execute(f"insert into {_quote(name)}({_quote(name)}) values ('rebuild')")
    new.commit()
    new.execute("pragma foreign_keys = on")
    return report


def _keyed(rows: Iterator[tuple], key_at: list[int],
           result: TableRecovery) -> Iterator[tuple]:
    for row in rows:
        if any(row[i] is None for i in key_at):
            result.dropped += 1
        else:
            yield row


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    try:
        conn.execute(f"select rowid from {_quote(table)} limit 0")
    except sqlite3.OperationalError:
        return False  # a WITHOUT ROWID table
    return True


def _chunks(rows: Iterator[tuple]) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _read_table(conn: sqlite3.Connection, table: str, columns: list[str], has_rowid: bool,
                result: TableRecovery) -> Iterator[tuple]:
    """Every readable row, marking `result.unreadable` when some could not be read."""
    select = ", ".join(map(_quote, columns))
    if not has_rowid:  # no rowid to skip a damaged page by: read up to it
        try:
            yield from conn.execute(f"select {select} from {_quote(table)}")
        except sqlite3.DatabaseError:
            result.unreadable = True
        return
    query = f"select rowid, {select} from {_quote(table)} where rowid > ? order by rowid"
    last = _MIN_ROWID
    while True:
        read_any = False
        try:
            for row in conn.execute(query, [last]):
                last, read_any = row[0], True
                yield row
            return
        except sqlite3.DatabaseError:
            result.unreadable = True
        following = _next_readable(conn, table, last)
        if following is None:
            return
        if not read_any and following <= last + 1:
            last += 1  # that very row cannot be read, though its page can be found
        else:
            last = following - 1


def _next_readable(conn: sqlite3.Connection, table: str, after: int) -> int | None:
    """The smallest rowid > after from which rows can be read again, or None."""
    sql = f"select rowid from {_quote(table)} where rowid >= ? order by rowid limit 1"

    def readable(start: int) -> bool | None:
        """True if reading can start here, None if there is nothing from here on."""
        try:
            return True if conn.execute(sql, [start]).fetchone() else None
        except sqlite3.DatabaseError:
            return False

    low, step = after, 1  # reading fails at low + 1
    while True:
        high = min(after + step, _MAX_ROWID)
        found = readable(high)
        if found is None:
            return None
        if found:
            break
        if high == _MAX_ROWID:
            return None
        low, step = high, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        if readable(middle) is False:
            low = middle
        else:  # readable, or nothing between middle and high: start there
            high = middle
    return high


def _drop_orphans(conn: sqlite3.Connection, report: RecoveryReport) -> None:
    """Delete rows pointing at a row that was lost, until none is left (an evidence row
    goes with its annotation, the annotation with its article)."""
    by_name = {t.name: t for t in report.tables}
    while True:
        orphans = conn.execute("pragma foreign_key_check").fetchall()
        orphans = [(table, rowid) for table, rowid, _parent, _fk in orphans
                   if rowid is not None]
        if not orphans:
            return
        for table, rowid in set(orphans):
            conn.execute(f"delete from {_quote(table)} where rowid = ?", [rowid])
            if table in by_name:
                by_name[table].dropped += 1
                by_name[table].copied -= 1
