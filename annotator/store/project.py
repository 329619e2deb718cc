"""A project: one SQLite file read and written through sqlite-utils.

Every public write is one transaction, committed before the method returns (no "Save"),
then announced through `changes` so views update only what changed.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import __version__
from annotator.core.collector import collector_paused
from annotator.core.model import (
    DEFAULT_STATUS,
    Annotation,
    Article,
    Category,
    Evidence,
    Party,
    ProjectData,
    RejectedSuggestion,
    Status,
    new_id,
    utc_now,
)
from annotator.core.text import context, text_sha256
from annotator.store.errors import (
    ProjectError,
    ProjectLockedError,
    ReadOnlyError,
    RefusedValue,
)
from annotator.store.events import Change, ChangeHub
from annotator.store.writer import PendingWrite, Writer, finish, held_back

if TYPE_CHECKING:
    from sqlite_utils import Database

    from annotator.store.locking import ProjectLock

PROJECT_SUFFIX = ".annot"
# The number of migrations in schema.py (a test checks it): defined here so that opening
# a project of the current version does not import sqlite-utils. Bump with each migration.
SCHEMA_VERSION = 12

# Reasons `read_only_reason` gives besides the file's own (store/diagnosis.py); an
# interface words them in its own language.
OPENED_READ_ONLY = "opened read-only"
LOCK_LOST = "another instance cleared this one's lock and may be writing to it"

_SAVEPOINTS = itertools.count()
_ARTICLE_FIELDS = [f.name for f in fields(Article)]
_ANNOTATION_FIELDS = [f.name for f in fields(Annotation)]
_ANNOTATION_SELECT = ", ".join(f'"{name}"' for name in _ANNOTATION_FIELDS)
_ANNOTATION_SELECT_N = ", ".join(f'n."{name}"' for name in _ANNOTATION_FIELDS)
_CATEGORY_FIELDS = [f.name for f in fields(Category)]
_EDITABLE_ANNOTATION_FIELDS = frozenset(
    {"note", "status", "rating", "speaker_id", "claimant_id", "value", "unit", "ref_date",
     "category_id", "party_id"}
)
_EDITABLE_CATEGORY_FIELDS = frozenset({"name", "color", "shortcut", "position"})
_EDITABLE_ARTICLE_FIELDS = frozenset(
    {"title", "byline", "source", "url", "published", "language", "dateline"}
)


def _article_from_row(row: dict) -> Article:
    return Article(**{k: row[k] for k in _ARTICLE_FIELDS})


def _category_from_row(row: dict) -> Category:
    return Category(**{k: row[k] for k in _CATEGORY_FIELDS})


def _party_from_row(row: dict) -> Party:
    import json

    aliases = json.loads(row["aliases"] or "[]")
    return Party(row["id"], row["name"], row["kind"] or "other", aliases,
                 row["description"] or "", row["updated_at"] or "", row["deleted_at"])


def _evidence_from_row(row: dict) -> Evidence:
    return Evidence(row["id"], row["annotation_id"], row["url"] or "", row["title"] or "",
                    row["consulted_at"], row["note"] or "")


_PARTY_LINK_FIELDS = ("party_id", "speaker_id", "claimant_id")


def _writes(method):
    """Run the method on the project's writer thread (waiting for it), where `conn` is the
    write connection; its change notifications follow on the caller's thread."""

    @functools.wraps(method)
    def on_writer(self: Project, *args, **kwargs):
        writer = self._writer
        if writer is None or writer.on_thread():
            return method(self, *args, **kwargs)
        return finish(writer.submit(held_back(
            self.changes, lambda: method(self, *args, **kwargs))), self.changes)

    return on_writer


def _annotation_filter(status, category, party, editor) -> tuple[str, list]:
    sql = ("from annotations n join articles a on a.id = n.article_id "
           "where n.deleted_at is null and n.orphaned_at is null and a.deleted_at is null")
    params: list = []
    if status:
        sql += " and n.status = ?"
        params.append(status)
    if category:
        sql += " and n.category_id = ?"
        params.append(category)
    if party:
        sql += " and ? in (n.party_id, n.speaker_id, n.claimant_id)"
        params.append(party)
    if editor:
        sql += " and (n.author = ? or n.updated_by = ?)"
        params += [editor, editor]
    return sql, params


class Project:
    """An open project file. Use `Project.create` or `Project.open`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, author: str,
                 writer: Writer | None = None) -> None:
        self.path = path
        self._read_conn = conn  # reads go straight to sqlite3: the hot paths of the views
        self._writer = writer  # None: read-only, or a reader
        self.author = author
        self.changes = ChangeHub()
        self._db: Database | None = None
        self._read_only_reason: str | None = None
        self._lock: ProjectLock | None = None  # the lock file held while open (open(lock=))
        self._temp_copy: Path | None = None  # read-only view of an older file, upgraded

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection of this thread: the writer's on the writer thread (inside a
        write), otherwise the read connection, which refuses writes (`query_only`)."""
        writer = self._writer
        if writer is not None and writer.on_thread():
            return writer.conn
        return self._read_conn

    def write(self, job: Callable[..., object], *args, **kwargs):
        """Run job(*args, **kwargs) as a write: on the writer thread, waiting for it; its
        change notifications follow here. For writes that are not a method of Project (a
        recovery's copy, a test's raw SQL)."""
        return _writes(lambda _self: job(*args, **kwargs))(self)

    def start(self, job: Callable[[threading.Event], object]) -> PendingWrite:
        """Run job(cancelled) on the writer thread and return at once: long work (a merge,
        an import) that must not hold the caller's thread. job polls `cancelled`; a
        cancel also aborts its running SQL. Later writes wait for it: they queue."""
        if self._writer is None:
            raise ReadOnlyError(f"{self.path}: {self.read_only_reason}; changes cannot be saved")
        return PendingWrite(self._writer, self.changes, job)

    @property
    def has_writer(self) -> bool:
        """False for a project opened read-only (and a reader): `start` is refused, and
        what reads only (a copy) runs on the caller's thread."""
        return self._writer is not None

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: {self.read_only_reason}; changes cannot be saved")
        if self._writer is not None and not self._writer.on_thread():
            raise RuntimeError("the project is written on its writer thread only: "
                               "use a write method, Project.write or Project.start")

    @property
    def db(self) -> Database:
        """sqlite-utils over the write connection, for transactions and migrations.

        Every write goes through here or `transaction`, the guards of read-only projects:
        asking for either then raises ReadOnlyError (reads use `conn`). Imported on first
        use: sqlite-utils (with click, pluggy, dateutil) costs ~100 ms, which would
        otherwise double the app's start-up.
        """
        self._check_writable()
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    def prepare_writes(self) -> None:
        """Import sqlite-utils on the writer thread now, without waiting: the first write
        that needs it (a category, a merge) then does not pay for it."""
        if self._writer is not None and not self.read_only:
            self._writer.submit(lambda: self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (a savepoint when nested), without sqlite-utils: the hot write
        paths (annotating, editing, deleting) must not wait for it to be imported. Like
        `db`, it refuses read-only projects."""
        self._check_writable()
        conn = self.conn
        if conn.in_transaction:
            name = f"annotator_{next(_SAVEPOINTS)}"
            conn.execute(f"savepoint {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    conn.execute(f"rollback to savepoint {name}")
                    conn.execute(f"release savepoint {name}")
                raise
            conn.execute(f"release savepoint {name}")
            return
        conn.execute("begin")
        try:
            yield
            conn.execute("commit")
        except BaseException:
            if conn.in_transaction:
                conn.execute("rollback")
            raise

    @property
    def read_only_reason(self) -> str | None:
        """Why this project cannot be written to (None when it can)."""
        if self._read_only_reason:
            return self._read_only_reason
        if self._lock is not None and self._lock.lost:
            return LOCK_LOST
        return None

    def reader(self) -> Project:
        """The same file on a new read-only connection, for reading on another thread
        (a background export) while this one goes on; close it when done. In WAL mode it
        reads a consistent state of the file, as of its first query. ProjectError when
        the file cannot be opened again."""
        from annotator.store.diagnosis import second_reader

        source = self._temp_copy or self.path  # an older file is read from its upgrade
        conn = second_reader(source)
        if conn is None:
            raise ProjectError(f"{self.path}: cannot be opened a second time for reading")
        reader = Project(self.path, conn, self.author)
        reader._read_only_reason = "a reader for background work"
        return reader

    def stop_writing(self, reason: str) -> None:
        """From now on refuse every write, saying why (a damage found once open)."""
        self._read_only_reason = reason

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def _query(self, sql: str, params: Iterable = ()) -> list[dict]:
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, author: str = "", language: str = "", *,
               lock: bool = False) -> Project:
        """Create a new, empty project file; refuses to overwrite an existing file.

        `lock`: hold the lock file while it is open, as `open(lock=True)` does.
        """
        path = Path(path)
        if path.exists():
            raise ProjectError(f"{path}: a file with this name already exists")
        if lock:
            from annotator.store.locking import ProjectLock

            held = ProjectLock.acquire(path, editor=author)
            try:
                project = cls.create(path, author, language)
            except BaseException:
                held.release()
                raise
            project._lock = held
            return project
        try:
            writer = Writer(lambda: _connect(path), f"writer {path.name}")
        except sqlite3.Error as exc:
            raise ProjectError(f"{path}: cannot create the project file ({exc})") from exc
        try:
            conn = _read_connection(path)
        except sqlite3.Error as exc:
            writer.close()
            raise ProjectError(f"{path}: cannot create the project file ({exc})") from exc
        project = cls(path, conn, author, writer)
        try:
            project._initialise(language)
        except BaseException:
            project.close()
            raise
        return project

    @_writes
    def _initialise(self, language: str) -> None:
        from annotator.store import schema

        db = self.db
        schema.migrations.apply(db)
        with db.atomic():
            db["meta"].insert_all(
                [
                    {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                    {"key": "project_id", "value": new_id()},
                    {"key": "created", "value": utc_now()},
                    {"key": "app_version", "value": __version__},
                    {"key": "language", "value": language},
                ]
            )

    @classmethod
    def open(cls, path: str | os.PathLike, author: str = "", *, read_only: bool | str = False,
             lock: bool = False, verify: bool = True) -> Project:
        """Open an existing project, applying pending migrations; refuses newer files.

        The file is examined through a read-only connection first (store/diagnosis.py): a
        foreign, damaged or newer file is refused with a message and never written to.
        `read_only` (True, or the reason to give): every write then raises ReadOnlyError,
        whose message gives `read_only_reason`. A file or folder that cannot be
        written to is opened read-only whatever is asked (`read_only_reason` says why); an
        older file opened read-only is read from an upgraded temporary copy.
        `lock`: hold the lock file beside the project while it is open (the app and the
        command line's writing commands do): ProjectLockedError if another instance has it.
        `verify=False` skips the integrity check (to read a damaged file read-only).
        """
        from annotator.store import diagnosis

        path = Path(path)
        if not path.is_file():
            raise ProjectError(f"{path}: no such project file")
        if read_only:
            reason = read_only if isinstance(read_only, str) else OPENED_READ_ONLY
        else:
            reason = diagnosis.read_only_reason(path)
        conn, version = diagnosis.examine(path, verify=verify, current_version=SCHEMA_VERSION)
        if reason is None:
            conn.close()
            try:
                return cls._open_for_writing(path, author, version, lock)
            except PermissionError:  # the lock file cannot be created: a read-only share
                reason = diagnosis.FOLDER_READ_ONLY
                conn, version = diagnosis.examine(path, verify=False)
        project = cls(path, conn, author)
        project._read_only_reason = reason
        if version < SCHEMA_VERSION:
            project._read_upgraded_copy()
        return project

    @classmethod
    def _open_for_writing(cls, path: Path, author: str, version: int, lock: bool) -> Project:
        from annotator.store.locking import ProjectLock

        held = ProjectLock.acquire(path, editor=author) if lock else None
        try:
            try:
                writer = Writer(lambda: _connect(path), f"writer {path.name}")
            except sqlite3.Error as exc:
                raise ProjectError(f"{path}: cannot be opened ({exc})") from exc
            try:
                writer.call(lambda: _probe_writers(writer.conn, path))
                project = cls(path, _read_connection(path), author, writer)
                project._lock = held
                if version < SCHEMA_VERSION:
                    project._migrate()
            except BaseException:
                writer.close()
                raise
        except BaseException:
            if held is not None:
                held.release()
            raise
        return project

    def _read_upgraded_copy(self) -> None:
        """An older file opened read-only: migrate a temporary copy and read that."""
        import tempfile

        fd, name = tempfile.mkstemp(prefix="annotator-readonly-", suffix=PROJECT_SUFFIX)
        os.close(fd)
        copy = sqlite3.connect(name, check_same_thread=False)
        try:
            self.conn.backup(copy)
        except BaseException as exc:
            copy.close()
            os.unlink(name)
            self.conn.close()
            if isinstance(exc, sqlite3.Error):
                raise ProjectError(f"{self.path}: cannot be read ({exc})") from exc
            raise
        self.conn.close()
        self._read_conn, self._temp_copy = copy, Path(name)
        reason, self._read_only_reason = self._read_only_reason, None
        try:
            self._migrate()
        finally:
            self._read_only_reason, self._db = reason, None
        self.conn.execute("pragma query_only = 1")

    @_writes
    def _migrate(self) -> None:
        """Apply pending migrations, each in its own transaction, then record the version."""
        from annotator.store import schema

        schema.migrations.apply(self.db)
        with self.db.atomic():
            self.db["meta"].upsert(
                {"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key"
            )

    def close(self) -> None:
        """Finish the writes under way, then close (the writer first: its last commit)."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        self._read_conn.close()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()
        if self._temp_copy is not None:
            self._temp_copy.unlink(missing_ok=True)
            self._temp_copy = None

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # ---- meta ----------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._query("select key, value from meta")}

    # Project settings an editor may change (the rest of meta is the file's own record).
    SETTINGS = ("title", "language", "organisation_name", "organisation_url")

    @_writes
    def set_settings(self, **values: str) -> None:
        """Change project settings: title, language (fr/en: labels of exports),
        organisation name and URL (the author of ClaimReview exports)."""
        unknown = set(values) - set(self.SETTINGS)
        if unknown:
            raise ValueError(f"unknown project settings {sorted(unknown)}")
        with self.db.atomic():
            self.db["meta"].upsert_all(({"key": k, "value": v} for k, v in values.items()),
                                       pk="key")
        self.changes.emit(Change("settings", "updated", tuple(values)))

    @property
    def schema_version(self) -> int:
        return int(self.meta().get("schema_version", 0))

    # ---- categories ----------------------------------------------------------------------

    def categories(self) -> list[Category]:
        rows = self._query(
            "select * from categories where deleted_at is null order by position, name"
        )
        return [_category_from_row(r) for r in rows]

    def category(self, category_id: str) -> Category | None:
        rows = list(self._query("select * from categories where id = ?", [category_id]))
        return _category_from_row(rows[0]) if rows else None

    def category_by_name(self, name: str) -> Category | None:
        """Case-insensitive lookup by name or id (the CLI names categories)."""
        wanted = name.strip().casefold()
        for cat in self.categories():
            if wanted in (cat.name.casefold(), cat.id.casefold()):
                return cat
        return None

    @_writes
    def add_category(self, name: str, color: str, shortcut: str = "",
                     category_id: str | None = None) -> Category:
        name = name.strip()
        if not name:
            raise RefusedValue("a category needs a name", "category-unnamed")
        if self.category_by_name(name):
            raise RefusedValue(f"a category named {name!r} already exists", "category-exists",
                               name=name)
        position = 1 + max((c.position for c in self.categories()), default=-1)
        cat = Category(category_id or new_id(), name, color, shortcut.strip(), "user", position)
        with self.db.atomic():
            self.db["categories"].insert(
                {**asdict(cat), "updated_at": utc_now(), "deleted_at": None}
            )
        self.changes.emit(Change("category", "added", (cat.id,)))
        return cat

    @_writes
    def update_category(self, category_id: str, **values) -> None:
        unknown = set(values) - _EDITABLE_CATEGORY_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)} of a category")
        with self.db.atomic():
            self.db["categories"].update(category_id, {**values, "updated_at": utc_now()})
        self.changes.emit(Change("category", "updated", (category_id,)))

    # ---- articles ------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        """Live articles in the order they were imported."""
        return [
            r[0]
            for r in self.conn.execute(
                "select id from articles where deleted_at is null order by imported_at, rowid"
            )
        ]

    def article_summaries(self, ids: Iterable[str] | None = None) -> list[dict]:
        """id, title, source and live-annotation count: what the article list shows."""
        sql = (
            "select a.id, a.title, a.source, a.imported_at, "
            "(select count(*) from annotations n where n.article_id = a.id "
            " and n.deleted_at is null and n.orphaned_at is null) as annotations "
            "from articles a where a.deleted_at is null"
        )
        params: list = []
        if ids is not None:
            ids = list(ids)
            sql += f" and a.id in ({','.join('?' * len(ids))})"
            params = ids
        sql += " order by a.imported_at, a.rowid"
        return list(self._query(sql, params))

    def article(self, article_id: str) -> Article | None:
        rows = list(self._query("select * from articles where id = ?", [article_id]))
        return _article_from_row(rows[0]) if rows else None

    def article_by_hash(self, sha256: str) -> Article | None:
        rows = list(
            self._query(
                "select * from articles where text_sha256 = ? and deleted_at is null", [sha256]
            )
        )
        return _article_from_row(rows[0]) if rows else None

    @_writes
    def add_article(self, article: Article) -> Article:
        """Store an article whose text is already normalised (see annotator.core.text)."""
        if not article.text.strip():
            raise ValueError("an article needs some text")
        now = utc_now()
        article.imported_at = article.imported_at or now
        article.updated_at = article.updated_at or now
        with self.db.atomic():
            self.db["articles"].insert(asdict(article))
        self.changes.emit(Change("article", "added", (article.id,)))
        return article

    @_writes
    def add_articles(self, articles: list[Article]) -> list[Article]:
        """Store several articles in one transaction (a batch import's slice): one change."""
        if any(not a.text.strip() for a in articles):
            raise ValueError("an article needs some text")
        now = utc_now()
        for article in articles:
            article.imported_at = article.imported_at or now
            article.updated_at = article.updated_at or now
        with self.db.atomic():
            self.db["articles"].insert_all(asdict(a) for a in articles)
        if articles:
            self.changes.emit(Change("article", "added", tuple(a.id for a in articles)))
        return articles

    @_writes
    def update_article(self, article_id: str, **values) -> None:
        unknown = set(values) - _EDITABLE_ARTICLE_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)} of an article")
        with self.db.atomic():
            self.db["articles"].update(article_id, {**values, "updated_at": utc_now()})
        self.changes.emit(Change("article", "updated", (article_id,)))

    @_writes
    def delete_article(self, article_id: str) -> None:
        """Tombstone: the row stays (merges need it) and its annotations stay with it."""
        self.delete_articles([article_id])

    @_writes
    def restore_article(self, article_id: str) -> None:
        self.restore_articles([article_id])

    @_writes
    def delete_articles(self, article_ids: list[str]) -> None:
        """Tombstones for several articles in one transaction and one change."""
        self._set_deleted("articles", article_ids, utc_now())
        self.changes.emit(Change("article", "removed", tuple(article_ids)))

    @_writes
    def restore_articles(self, article_ids: list[str]) -> None:
        self._set_deleted("articles", article_ids, None)
        self.changes.emit(Change("article", "added", tuple(article_ids)))

    # ---- annotations ---------------------------------------------------------------------

    def annotations(self, article_id: str) -> list[Annotation]:
        """Live annotations of one article in reading order (orphans have no place in it:
        see `orphans`)."""
        rows = self.conn.execute(
            f"select {_ANNOTATION_SELECT} from annotations where article_id = ? "
            "and deleted_at is null and orphaned_at is null order by start, end desc",
            [article_id],
        )
        return [Annotation(*row) for row in rows]

    def annotation(self, annotation_id: str) -> Annotation | None:
        row = self.conn.execute(
            f"select {_ANNOTATION_SELECT} from annotations where id = ?", [annotation_id]
        ).fetchone()
        return Annotation(*row) if row else None

    def annotations_by_id(self, ids: Iterable[str]) -> dict[str, Annotation]:
        """Several annotations at once (views fetch the rows they show, a page at a time)."""
        ids = list(ids)
        found: dict[str, Annotation] = {}
        for i in range(0, len(ids), 500):  # stay under SQLite's host-parameter limit
            chunk = ids[i : i + 500]
            rows = self.conn.execute(
                f"select {_ANNOTATION_SELECT} from annotations "
                f"where id in ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update((row[0], Annotation(*row)) for row in rows)
        return found

    def span_index(self, article_id: str) -> list[tuple[str, str, int, int]]:
        """(id, category_id, start, end) of an article's live annotations in reading order:
        all the article view and the lists need to lay out 10,000 spans at once."""
        return self.conn.execute(
            "select id, category_id, start, end from annotations where article_id = ? "
            "and deleted_at is null and orphaned_at is null order by start, end desc, id",
            [article_id],
        ).fetchall()

    def new_annotation(self, article: Article, category_id: str, start: int, end: int,
                       note: str = "", status: str = "to_check") -> Annotation:
        """Build (without storing) an annotation with its exact text and context."""
        if not 0 <= start < end <= len(article.text):
            raise ValueError(
                f"span {start}-{end} is outside the article (0-{len(article.text)})"
            )
        prefix, suffix = context(article.text, start, end)
        return Annotation(
            id=new_id(), article_id=article.id, category_id=category_id, start=start, end=end,
            exact=article.text[start:end], prefix=prefix, suffix=suffix, note=note,
            status=status, author=self.author,
        )

    @_writes
    def add_annotation(self, ann: Annotation) -> Annotation:
        now = utc_now()
        ann.created_at = ann.created_at or now
        ann.updated_at = ann.updated_at or now
        ann.author = ann.author or self.author
        ann.updated_by = ann.updated_by or ann.author
        row = asdict(ann)
        cols = ", ".join(f'"{c}"' for c in row)
        with self.transaction():
            # Plain INSERT: this is the hot path of every keystroke that annotates.
            self.conn.execute(
                f"insert into annotations ({cols}) values ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        self.changes.emit(Change("annotation", "added", (ann.id,), (ann.article_id,)))
        return ann

    @_writes
    def update_annotation(self, annotation_id: str, **values) -> None:
        unknown = set(values) - _EDITABLE_ANNOTATION_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)} of an annotation")
        values.update(updated_at=utc_now(), updated_by=self.author)
        article_id = self._annotation_article(annotation_id)
        with self.transaction():
            self.conn.execute(
                "update annotations set " + ", ".join(f'"{k}" = ?' for k in values)
                + " where id = ?", [*values.values(), annotation_id])
        self.changes.emit(Change("annotation", "updated", (annotation_id,), (article_id,)))

    @_writes
    def delete_annotation(self, annotation_id: str) -> None:
        article_id = self._annotation_article(annotation_id)
        op = self._live_op(annotation_id, "removed")
        self._set_deleted("annotations", annotation_id, utc_now())
        self.changes.emit(Change("annotation", op, (annotation_id,), (article_id,)))

    @_writes
    def restore_annotation(self, annotation_id: str) -> None:
        article_id = self._annotation_article(annotation_id)
        op = self._live_op(annotation_id, "added")
        self._set_deleted("annotations", annotation_id, None)
        self.changes.emit(Change("annotation", op, (annotation_id,), (article_id,)))

    def _live_op(self, annotation_id: str, op: str) -> str:
        """Changes speak of what the live views show. An orphan is in none of them (no
        place in the text, no count): deleting or restoring one adds or removes nothing
        there, it is "updated" (the Orphans list follows it)."""
        row = self.conn.execute("select orphaned_at from annotations where id = ?",
                                [annotation_id]).fetchone()
        return "updated" if row and row[0] else op

    @_writes
    def add_imported_annotations(self, articles: list[Article],
                                 annotations: list[Annotation],
                                 categories: Iterable[Category] = ()) -> None:
        """New articles, categories and annotations from another tool, in one transaction.

        A category whose id is a tombstone (deleted after an earlier import) comes back.
        """
        categories = list(categories)
        now = utc_now()
        for article in articles:
            article.imported_at = article.imported_at or now
            article.updated_at = article.updated_at or now
        for ann in annotations:
            ann.created_at = ann.created_at or now
            ann.updated_at = ann.updated_at or now
            ann.author = ann.author or self.author
            ann.updated_by = ann.updated_by or ann.author
        with self.db.atomic():
            for cat in categories:  # not upsert_all: its ON CONFLICT defeats the rev triggers
                row = {**asdict(cat), "updated_at": now, "deleted_at": None}
                if self.conn.execute("select 1 from categories where id = ?",
                                     [cat.id]).fetchone():
                    self.db["categories"].update(cat.id, row)
                else:
                    self.db["categories"].insert(row)
            self.db["articles"].insert_all(asdict(a) for a in articles)
            self.db["annotations"].insert_all(asdict(a) for a in annotations)
        if categories:
            self.changes.emit(Change("category", "added", tuple(c.id for c in categories)))
        if articles:
            self.changes.emit(Change("article", "added", tuple(a.id for a in articles)))
        if annotations:
            self.changes.emit(Change("annotation", "added", tuple(a.id for a in annotations),
                                     tuple({a.article_id: None for a in annotations})))

    @_writes
    def delete_annotations(self, annotation_ids: list[str]) -> None:
        """Tombstones for several annotations in one transaction and one change."""
        self._set_annotations_deleted(annotation_ids, utc_now(), "removed")

    @_writes
    def restore_annotations(self, annotation_ids: list[str]) -> None:
        self._set_annotations_deleted(annotation_ids, None, "added")

    def _set_annotations_deleted(self, ids: list[str], when: str | None, kind: str) -> None:
        article_ids: dict[str, None] = {}
        orphans: set[str] = set()  # see _live_op
        for at in range(0, len(ids), 500):  # under SQLite's limit on bound parameters
            chunk = ids[at : at + 500]
            for article_id, orphaned_at, annotation_id in self.conn.execute(
                    "select article_id, orphaned_at, id from annotations where id in "
                    f"({', '.join('?' * len(chunk))})", chunk):
                article_ids[article_id] = None
                if orphaned_at:
                    orphans.add(annotation_id)
        self._set_deleted("annotations", ids, when)
        placed = tuple(i for i in ids if i not in orphans)
        if placed:
            self.changes.emit(Change("annotation", kind, placed, tuple(article_ids)))
        if orphans:
            self.changes.emit(Change("annotation", "updated",
                                     tuple(i for i in ids if i in orphans), tuple(article_ids)))

    def counts_by_category(self, article_id: str | None = None) -> dict[str, int]:
        sql = (
            "select n.category_id, count(*) from annotations n join articles a "
            "on a.id = n.article_id where n.deleted_at is null and n.orphaned_at is null "
            "and a.deleted_at is null"
        )
        params: list = []
        if article_id is not None:
            sql += " and n.article_id = ?"
            params.append(article_id)
        sql += " group by n.category_id"
        return {cat: count for cat, count in self.conn.execute(sql, params)}

    def statistics(self, article_id: str | None = None, *, lang: str = "en", tz=None):
        """Counts of the whole project or one article, for the Statistics window (a
        store.stats.Statistics; see there what is counted and how fast)."""
        from annotator.store.stats import statistics

        return statistics(self.conn, article_id, lang=lang, tz=tz)

    # ---- revisions of an article's text (see store/revision.py) ---------------------------

    @_writes
    def revise_article_text(self, article_id: str, new_text: str,
                            cancelled: threading.Event | None = None):
        """Replace an article's text with a corrected version, re-anchoring every annotation
        (one transaction). Returns a ReanchorReport: unchanged, moved, orphaned, and the
        states before and after for `restore_article_state` (undo, redo). `cancelled`,
        once set, stops it with Cancelled before anything is written."""
        from annotator.store.revision import revise

        return revise(self, article_id, new_text, cancelled)

    @_writes
    def restore_article_state(self, state) -> None:
        """Put back an article's text and anchors from a ReanchorReport (before or after)."""
        from annotator.store.revision import restore

        restore(self, state)

    def orphans(self, article_id: str | None = None) -> list[Annotation]:
        """Live annotations a revision left without a place (of one article, or of every
        live article), in article then old reading order."""
        if article_id is not None:
            # By the small index of orphans: SQLite would otherwise walk every annotation
            # of the article (70 ms for 50,000) each time it opens.
            rows = self.conn.execute(
                f"select {_ANNOTATION_SELECT_N} from annotations n "
                "indexed by annotations_orphaned where n.article_id = ? "
                "and n.orphaned_at is not null and n.deleted_at is null "
                "order by n.start, n.id", [article_id])
            return [Annotation(*row) for row in rows]
        rows = self.conn.execute(
            f"select {_ANNOTATION_SELECT_N} from annotations n join articles a "
            "on a.id = n.article_id where n.orphaned_at is not null "
            "and n.deleted_at is null and a.deleted_at is null "
            "order by a.imported_at, a.rowid, n.start, n.id")
        return [Annotation(*row) for row in rows]

    @_writes
    def place_orphan(self, annotation_id: str, start: int, end: int):
        """Give an orphan a place again, [start, end) of its article's current text (an
        editor found where its words went). Returns its anchor before, for
        `restore_anchors` (undo)."""
        from annotator.store.revision import place_orphan

        return place_orphan(self, annotation_id, start, end)

    @_writes
    def restore_anchors(self, anchors: list) -> None:
        """Write back anchors returned by `place_orphan` (undo)."""
        from annotator.store.revision import restore_anchors

        restore_anchors(self, anchors)

    # ---- parties -------------------------------------------------------------------------

    def parties(self) -> list[Party]:
        return [_party_from_row(r) for r in self._query(
            "select * from parties where deleted_at is null order by name")]

    def party(self, party_id: str) -> Party | None:
        rows = self._query("select * from parties where id = ?", [party_id])
        return _party_from_row(rows[0]) if rows else None

    def party_by_name(self, name: str) -> Party | None:
        """The live party called `name`, or having it as an alias (case-insensitive)."""
        wanted = " ".join(name.split()).casefold()
        for party in self.parties():
            if wanted in {" ".join(n.split()).casefold() for n in (party.name, *party.aliases)}:
                return party
        return None

    @_writes
    def add_party(self, party: Party) -> Party:
        import json

        party.updated_at = utc_now()
        with self.db.atomic():
            self.db["parties"].insert({**asdict(party),
                                       "aliases": json.dumps(party.aliases, ensure_ascii=False)})
        self.changes.emit(Change("party", "added", (party.id,)))
        return party

    @_writes
    def delete_party(self, party_id: str) -> None:
        self._set_deleted("parties", party_id, utc_now())
        self.changes.emit(Change("party", "removed", (party_id,)))

    @_writes
    def restore_party(self, party_id: str) -> None:
        self._set_deleted("parties", party_id, None)
        self.changes.emit(Change("party", "added", (party_id,)))

    @_writes
    def update_party(self, party_id: str, **values) -> None:
        """Edit name, kind, aliases (a list) or description."""
        unknown = set(values) - {"name", "kind", "aliases", "description"}
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)} of a party")
        if "aliases" in values:
            values["aliases"] = json.dumps(values["aliases"], ensure_ascii=False)
        with self.db.atomic():
            self.db["parties"].update(party_id, {**values, "updated_at": utc_now()})
        self.changes.emit(Change("party", "updated", (party_id,)))

    def party_links(self, party_id: str) -> dict[str, list[str]]:
        """The live annotations pointing at a party, by field (speaker_id, claimant_id,
        party_id)."""
        return {
            field: [r[0] for r in self.conn.execute(
                f"select id from annotations where {field} = ? and deleted_at is null "
                "order by created_at", [party_id])]
            for field in _PARTY_LINK_FIELDS
        }

    def party_mentions(self, party_id: str) -> list[tuple[Annotation, str]]:
        """Every live annotation linked to the party (as mention, speaker or claimant),
        with its article's title, in article then text order."""
        rows = self.conn.execute(
            f"select {_ANNOTATION_SELECT_N}, a.title "
            "from annotations n join articles a on a.id = n.article_id "
            "where (n.party_id = ?1 or n.speaker_id = ?1 or n.claimant_id = ?1) "
            "and n.deleted_at is null and n.orphaned_at is null and a.deleted_at is null "
            "order by a.imported_at, a.rowid, n.start", [party_id])
        return [(Annotation(*r[:-1]), r[-1]) for r in rows]

    def party_counts(self) -> dict[str, tuple[int, int]]:
        """party id → (mentions and claims, quotes it is the speaker of), live rows only."""
        counts: dict[str, list[int]] = {}
        for field, slot in (("party_id", 0), ("claimant_id", 0), ("speaker_id", 1)):
            for party_id, n in self.conn.execute(
                    f"select n.{field}, count(*) from annotations n join articles a "
                    f"on a.id = n.article_id where n.{field} is not null "
                    "and n.deleted_at is null and n.orphaned_at is null "
                    "and a.deleted_at is null "
                    f"group by n.{field}"):
                counts.setdefault(party_id, [0, 0])[slot] += n
        return {k: (v[0], v[1]) for k, v in counts.items()}

    @_writes
    def merge_parties(self, source_id: str, target_id: str) -> dict:
        """Fold `source` into `target`: every link moves, the source's name and aliases
        become the target's aliases, the source is deleted. One transaction. Returns what
        `unmerge_parties` needs to undo it."""
        if source_id == target_id:
            raise ValueError("a party cannot be merged into itself")
        source, target = self.party(source_id), self.party(target_id)
        if source is None or target is None:
            raise KeyError("no such party")
        links = self.party_links(source_id)
        aliases = list(target.aliases)
        for name in (source.name, *source.aliases):
            if name.casefold() != target.name.casefold() and name.casefold() not in {
                    a.casefold() for a in aliases}:
                aliases.append(name)
        now = utc_now()
        touched = sorted({i for ids in links.values() for i in ids})
        with self.db.atomic():
            for field, ids in links.items():
                self.conn.executemany(
                    f"update annotations set {field} = ?, updated_at = ?, updated_by = ? "
                    "where id = ?", [(target_id, now, self.author, i) for i in ids])
            self.db["parties"].update(target_id, {
                "aliases": json.dumps(aliases, ensure_ascii=False), "updated_at": now})
            self.conn.execute("update parties set deleted_at = ?, updated_at = ? where id = ?",
                              [now, now, source_id])
        self.changes.emit(Change("party", "updated", (target_id,)))
        self.changes.emit(Change("party", "removed", (source_id,)))
        self._emit_annotations_updated(touched)
        return {"source": source_id, "target": target_id, "links": links,
                "target_aliases": target.aliases}

    @_writes
    def unmerge_parties(self, merged: dict) -> None:
        """Undo `merge_parties` with what it returned."""
        now = utc_now()
        with self.db.atomic():
            for field, ids in merged["links"].items():
                self.conn.executemany(
                    f"update annotations set {field} = ?, updated_at = ? where id = ?",
                    [(merged["source"], now, i) for i in ids])
            self.db["parties"].update(merged["target"], {
                "aliases": json.dumps(merged["target_aliases"], ensure_ascii=False),
                "updated_at": now})
            self.conn.execute("update parties set deleted_at = null, updated_at = ? "
                              "where id = ?", [now, merged["source"]])
        self.changes.emit(Change("party", "added", (merged["source"],)))
        self.changes.emit(Change("party", "updated", (merged["target"],)))
        self._emit_annotations_updated(sorted({i for ids in merged["links"].values()
                                               for i in ids}))

    def _emit_annotations_updated(self, annotation_ids: list[str]) -> None:
        by_article: dict[str, list[str]] = {}
        for i in annotation_ids:
            by_article.setdefault(self._annotation_article(i), []).append(i)
        for article_id, ids in by_article.items():
            self.changes.emit(Change("annotation", "updated", tuple(ids), (article_id,)))

    # ---- statuses ------------------------------------------------------------------------

    def statuses(self) -> list[Status]:
        """The project's statuses, in desk order."""
        return [Status(r["id"], r["label_en"], r["label_fr"] or "", r["position"] or 0)
                for r in self._query("select * from statuses where deleted_at is null "
                                     "order by position, label_en")]

    @_writes
    def add_status(self, label_en: str, label_fr: str = "") -> Status:
        label_en = " ".join(label_en.split())
        if not label_en:
            raise RefusedValue("a status needs a name", "status-unnamed")
        if any(s.label_en.casefold() == label_en.casefold() for s in self.statuses()):
            raise RefusedValue(f"there is already a status called {label_en!r}",
                               "status-exists", name=label_en)
        position = 1 + max((s.position for s in self.statuses()), default=-1)
        status = Status(new_id(), label_en, " ".join(label_fr.split()), position)
        with self.db.atomic():
            self.db["statuses"].insert({**asdict(status), "updated_at": utc_now(),
                                        "deleted_at": None})
        self.changes.emit(Change("status", "added", (status.id,)))
        return status

    @_writes
    def update_status(self, status_id: str, **values) -> None:
        """Rename (label_en, label_fr) or move (position) a status."""
        unknown = set(values) - {"label_en", "label_fr", "position"}
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)} of a status")
        if "label_en" in values and not values["label_en"].strip():
            raise RefusedValue("a status needs a name", "status-unnamed")
        with self.db.atomic():
            self.db["statuses"].update(status_id, {**values, "updated_at": utc_now()})
        self.changes.emit(Change("status", "updated", (status_id,)))

    @_writes
    def delete_status(self, status_id: str) -> None:
        """Only an unused status can go (annotations must keep a meaningful status)."""
        used = self.conn.execute("select count(*) from annotations where status = ? "
                                 "and deleted_at is null", [status_id]).fetchone()[0]
        if used:
            raise RefusedValue(f"{used} annotation(s) have this status; change them first",
                               "status-in-use", count=used)
        if status_id == DEFAULT_STATUS:
            raise RefusedValue("the status new annotations start with cannot be deleted",
                               "status-default")
        self._set_deleted("statuses", status_id, utc_now())
        self.changes.emit(Change("status", "removed", (status_id,)))

    @_writes
    def restore_status(self, status_id: str) -> None:
        self._set_deleted("statuses", status_id, None)
        self.changes.emit(Change("status", "added", (status_id,)))

    # ---- evidence ------------------------------------------------------------------------

    def evidence_of(self, annotation_id: str) -> list[Evidence]:
        return [_evidence_from_row(r) for r in self._query(
            "select * from evidence where annotation_id = ? and deleted_at is null "
            "order by rowid", [annotation_id])]

    def evidence_counts(self, article_id: str) -> dict[str, int]:
        """annotation id → number of live evidence sources, for one article."""
        return dict(self.conn.execute(
            "select e.annotation_id, count(*) from evidence e join annotations n "
            "on n.id = e.annotation_id where n.article_id = ? and e.deleted_at is null "
            "group by e.annotation_id", [article_id]))

    @_writes
    def add_evidence(self, evidence: Evidence) -> Evidence:
        with self.db.atomic():
            self.db["evidence"].insert({**asdict(evidence), "updated_at": utc_now(),
                                        "deleted_at": None})
            self._touch_annotation(evidence.annotation_id)
        self._emit_evidence(evidence.annotation_id)
        return evidence

    @_writes
    def update_evidence(self, evidence_id: str, **values) -> None:
        unknown = set(values) - {"url", "title", "consulted_at", "note"}
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)} of evidence")
        annotation_id = self._evidence_annotation(evidence_id)
        with self.db.atomic():
            self.db["evidence"].update(evidence_id, {**values, "updated_at": utc_now()})
            self._touch_annotation(annotation_id)
        self._emit_evidence(annotation_id)

    @_writes
    def delete_evidence(self, evidence_id: str) -> None:
        annotation_id = self._evidence_annotation(evidence_id)
        with self.db.atomic():
            self._set_deleted("evidence", evidence_id, utc_now())
            self._touch_annotation(annotation_id)
        self._emit_evidence(annotation_id)

    @_writes
    def restore_evidence(self, evidence_id: str) -> None:
        annotation_id = self._evidence_annotation(evidence_id)
        with self.db.atomic():
            self._set_deleted("evidence", evidence_id, None)
            self._touch_annotation(annotation_id)
        self._emit_evidence(annotation_id)

    def _evidence_annotation(self, evidence_id: str) -> str:
        row = self.conn.execute("select annotation_id from evidence where id = ?",
                                [evidence_id]).fetchone()
        if row is None:
            raise KeyError(f"no evidence {evidence_id}")
        return row[0]

    def _touch_annotation(self, annotation_id: str) -> None:
        """Evidence is part of the check: its annotation was changed, by this editor, now."""
        self.conn.execute("update annotations set updated_at = ?, updated_by = ? where id = ?",
                          [utc_now(), self.author, annotation_id])

    def _emit_evidence(self, annotation_id: str) -> None:
        article_id = self._annotation_article(annotation_id)
        self.changes.emit(Change("annotation", "updated", (annotation_id,), (article_id,)))

    # ---- filters -------------------------------------------------------------------------

    def editors(self) -> list[str]:
        """Everyone who created or last changed a live annotation, sorted."""
        names: set[str] = set()
        for column in ("author", "updated_by"):
            # Each distinct name by one seek in its partial index, not a scan of every row:
            # a handful of editors over 100,000s of annotations.
            names.update(r[0] for r in self.conn.execute(
                f"with recursive names(name) as ("
                f" select min({column}) from annotations"
                f"  where deleted_at is null and {column} > ''"
                f" union all select (select min({column}) from annotations"
                f"  where deleted_at is null and {column} > names.name)"
                f" from names where names.name is not null) "
                "select name from names where name is not null"))
        return sorted(names, key=str.casefold)

    def matching_annotation_ids(self, article_id: str | None = None,
                                status: str | None = None, category: str | None = None,
                                party: str | None = None,
                                editor: str | None = None) -> set[str]:
        """Live annotations passing every filter given (None: no filter on that)."""
        sql, params = _annotation_filter(status, category, party, editor)
        if article_id is not None:
            sql += " and n.article_id = ?"
            params.append(article_id)
        return {r[0] for r in self.conn.execute(f"select n.id {sql}", params)}

    def matching_article_ids(self, status: str | None = None, category: str | None = None,
                             party: str | None = None, editor: str | None = None) -> set[str]:
        """Live articles with at least one live annotation passing every filter given."""
        sql, params = _annotation_filter(status, category, party, editor)
        return {r[0] for r in self.conn.execute(f"select distinct n.article_id {sql}", params)}

    def party_mention_texts(self) -> list[str]:
        """The distinct texts annotated with the party category, in any live article."""
        return [row[0] for row in self.conn.execute(
            "select distinct n.exact from annotations n join articles a on a.id = n.article_id "
            "where n.category_id = 'party' and n.deleted_at is null and a.deleted_at is null")]

    # ---- full-text search (see search.py) ------------------------------------------------

    def search(self, query: str, limit: int = 50, offset: int = 0,
               article_id: str | None = None) -> list:
        """Articles and annotations matching what the user typed, best first: SearchHits
        `offset` to `offset + limit`, maybe of one article only. Never raises on input."""
        from annotator.store.search import search

        return search(self.conn, query, limit, offset, article_id)

    # ---- rejected suggestions ------------------------------------------------------------

    def rejected_suggestions(self, article_id: str) -> set[tuple[str, int, int]]:
        """(category, start, end) of the suggestions rejected in this article."""
        return set(self.conn.execute(
            "select category, start, end from rejected_suggestions where article_id = ?",
            [article_id]))

    @_writes
    def reject_suggestions(self, article_id: str,
                           spans: list[tuple[str, int, int, str]]) -> None:
        """Remember (category, start, end, exact) as rejected: never offered again here."""
        now = utc_now()
        with self.db.atomic():
            self.db["rejected_suggestions"].upsert_all(
                ({"article_id": article_id, "category": c, "start": s, "end": e,
                  "exact": exact, "rejected_at": now} for c, s, e, exact in spans),
                pk=("article_id", "category", "start", "end"))
        self.changes.emit(Change("suggestion", "removed", (), (article_id,)))

    @_writes
    def unreject_suggestions(self, article_id: str,
                             spans: list[tuple[str, int, int, str]]) -> None:
        with self.db.atomic():
            for category, start, end, _exact in spans:
                self.db.execute(
                    "delete from rejected_suggestions where article_id = ? and category = ? "
                    "and start = ? and end = ?", [article_id, category, start, end])
        self.changes.emit(Change("suggestion", "added", (), (article_id,)))

    # ---- pending suggestions (computed, not edited: no undo, no history) ----------------

    def suggestion_set(self, article_id: str) -> list[dict] | None:
        """The stored suggestions of an article (plain dicts), or None if never suggested."""
        row = self.conn.execute(
            "select items from suggestion_sets where article_id = ?", [article_id]).fetchone()
        return None if row is None else json.loads(row[0])

    @_writes
    def save_suggestion_set(self, article_id: str, items: list[dict]) -> None:
        """Replace what the engine proposed for this article."""
        with self.db.atomic():
            self.db["suggestion_sets"].upsert(
                {"article_id": article_id, "suggested_at": utc_now(),
                 "items": json.dumps(items, ensure_ascii=False)}, pk="article_id")
        self.changes.emit(Change("suggestion", "updated", (), (article_id,)))

    def articles_without_suggestions(self, article_ids: Iterable[str]) -> list[str]:
        """Those of these live articles the engine has not looked at yet, in the given order."""
        done = {r[0] for r in self.conn.execute("select article_id from suggestion_sets")}
        return [i for i in article_ids if i not in done]

    # ---- whole-project data --------------------------------------------------------------

    def snapshot(self, article_ids: Iterable[str] | None = None,
                 include_deleted: bool = True) -> ProjectData:
        """Everything in the file (or the chosen articles) as plain objects."""
        with collector_paused():  # 100,000s of objects: see annotator.core.collector
            return self._snapshot(article_ids, include_deleted)

    def _snapshot(self, article_ids: Iterable[str] | None,
                  include_deleted: bool) -> ProjectData:
        wanted = set(article_ids) if article_ids is not None else None
        live = "" if include_deleted else " where deleted_at is null"
        articles = [_article_from_row(r) for r in self._query(
            f"select * from articles{live} order by imported_at, rowid")]
        annotations = [Annotation(*r) for r in self.conn.execute(
            f"select {_ANNOTATION_SELECT} from annotations{live} "
            "order by article_id, start, end desc")]
        if wanted is not None:
            articles = [a for a in articles if a.id in wanted]
            annotations = [a for a in annotations if a.article_id in wanted]
        kept = {a.id for a in annotations}
        return ProjectData(
            meta=self.meta(),
            categories=[_category_from_row(r) for r in self._query(
                f"select * from categories{live} order by position, name")],
            parties=[_party_from_row(r) for r in self._query(
                f"select * from parties{live} order by name")],
            articles=articles,
            annotations=annotations,
            evidence=[
                Evidence(r["id"], r["annotation_id"], r["url"] or "", r["title"] or "",
                         r["consulted_at"], r["note"] or "")
                for r in self._query(f"select * from evidence{live}")
                if r["annotation_id"] in kept
            ],
            statuses=self.statuses(),
            rejected_suggestions=[
                RejectedSuggestion(**r) for r in self._query(
                    "select * from rejected_suggestions order by article_id, start, end, category")
                if wanted is None or r["article_id"] in wanted
            ],
        )

    @_writes
    def load(self, data: ProjectData) -> dict[str, int]:
        """Insert the rows of `data`, keeping their ids and timestamps, in one transaction.

        Rows whose id is already in the project are left as they are (merging edits is a
        separate operation). Returns how many rows of each kind were added.
        """
        added: dict[str, int] = {}

        def insert(table: str, rows: list[dict]) -> None:
            existing = {r[0] for r in self.conn.execute(f"select id from {table}")}
            fresh = [r for r in rows if r["id"] not in existing]
            if fresh:
                self.db[table].insert_all(fresh)
            added[table] = len(fresh)

        with self.db.atomic():
            insert("statuses", [
                {**asdict(s), "updated_at": utc_now(), "deleted_at": None}
                for s in data.statuses
            ])
            insert("categories", [
                {**asdict(c), "updated_at": utc_now(), "deleted_at": None}
                for c in data.categories
            ])
            insert("parties", [
                {**asdict(p), "aliases": json.dumps(p.aliases, ensure_ascii=False)}
                for p in data.parties
            ])
            # Another tool's JSON may leave the hash out; duplicates are found by it.
            insert("articles", [
                {**asdict(a), "text_sha256": a.text_sha256 or text_sha256(a.text)}
                for a in data.articles
            ])
            insert("annotations", [
                {**asdict(a), "updated_by": a.updated_by or a.author}
                for a in data.annotations
            ])
            insert("evidence", [
                {**asdict(e), "updated_at": utc_now(), "deleted_at": None}
                for e in data.evidence
            ])
            rejected = [asdict(r) for r in data.rejected_suggestions]
            before = self.conn.total_changes
            self.db["rejected_suggestions"].insert_all(rejected, ignore=True)
            added["rejected_suggestions"] = self.conn.total_changes - before
        self.changes.emit(Change("project", "updated", ()))
        return added

    # ---- merging copies (see merge.py) ---------------------------------------------------

    @_writes
    def merge(self, other: str | os.PathLike, dry_run: bool = False, **work):
        """Merge another copy of the project into this one; returns a MergeReport.
        `work`: cancelled= and progress= as `store.merge.merge_project` takes them."""
        from annotator.store.merge import merge_project

        return merge_project(self, other, dry_run=dry_run, **work)

    def merge_conflicts(self, include_resolved: bool = False):
        from annotator.store.merge import conflicts

        return conflicts(self.conn, include_resolved)

    @_writes
    def resolve_conflict(self, conflict_id: str, keep: str):
        from annotator.store.merge import resolve

        return resolve(self, conflict_id, keep)

    @_writes
    def save_copy(self, target: str | os.PathLike) -> Path:
        """A consistent copy of the whole file (VACUUM INTO), safe while the project is open."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError(f"{target}: a copy cannot replace the open project")
        if target.exists():
            target.unlink()
        self.conn.execute("vacuum into ?", [str(target)])
        return target

    @_writes
    def share_copy(self, target: str | os.PathLike, *, without_notes: bool = False,
                   leave_out: Iterable[str] = ()):
        """A copy for a colleague, maybe without private notes or some articles (a
        ShareReport; see sharing.py). Only reads this project."""
        from annotator.store.sharing import share_copy

        return share_copy(self, target, without_notes=without_notes,
                          leave_out=tuple(leave_out))

    def check(self) -> dict:
        """Integrity check, schema version and counts (for `annotator check`)."""
        problems = [r[0] for r in self.conn.execute("pragma integrity_check")]
        problems = [] if problems == ["ok"] else problems
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in self.conn.execute("pragma foreign_key_check")
        ]
        orphan_spans = self.conn.execute(
            "select count(*) from annotations n join articles a on a.id = n.article_id "
            "where n.orphaned_at is null and (n.end > length(a.text) or n.start < 0 "
            "or n.start >= n.end or substr(a.text, n.start + 1, n.end - n.start) != n.exact)"
        ).fetchone()[0]
        if orphan_spans:
            problems.append(f"{orphan_spans} annotation(s) whose text no longer matches")

        def count(sql: str) -> int:
            return self.conn.execute(sql).fetchone()[0]

        return {
            "path": str(self.path),
            "schema_version": self.schema_version,
            "ok": not problems,
            "problems": problems,
            "articles": count("select count(*) from articles where deleted_at is null"),
            "annotations": count("select count(*) from annotations where deleted_at is null"),
            # Kept, not placed since a revision of their article's text (see `orphans`).
            "orphans": count("select count(*) from annotations where deleted_at is null "
                             "and orphaned_at is not null"),
            "categories": count("select count(*) from categories where deleted_at is null"),
            "parties": count("select count(*) from parties where deleted_at is null"),
        }

    # ---- helpers -------------------------------------------------------------------------

    def _annotation_article(self, annotation_id: str) -> str:
        row = self.conn.execute(
            "select article_id from annotations where id = ?", [annotation_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no annotation {annotation_id}")
        return row[0]

    def _set_deleted(self, table: str, row_ids: str | list[str], when: str | None) -> None:
        ids = [row_ids] if isinstance(row_ids, str) else row_ids
        now = utc_now()
        with self.transaction():
            for row_id in ids:
                cur = self.conn.execute(
                    f"update {table} set deleted_at = ?, updated_at = ? where id = ?",
                    [when, now, row_id],
                )
                if cur.rowcount != 1:
                    raise KeyError(f"no row {row_id} in {table}")


def _connect(path: Path) -> sqlite3.Connection:
    """WAL so a crash never leaves a half-written file; FKs on; NORMAL sync is safe in WAL."""
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("pragma foreign_keys = on")
    conn.execute("pragma busy_timeout = 5000")
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma synchronous = normal")
    return conn


def _read_connection(path: Path) -> sqlite3.Connection:
    """The read connection beside the writer's: `query_only`, so a write that strayed from
    the writer thread fails loudly instead of racing it."""
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("pragma busy_timeout = 5000")
    conn.execute("pragma query_only = 1")
    return conn


def _probe_writers(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own lock, behind the lock file: a program writing without one (an older
    version, a database tool) holds a write transaction; wait a second, then refuse."""
    conn.execute("pragma busy_timeout = 1000")
    try:
        conn.execute("begin immediate")
        conn.execute("rollback")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise ProjectError(f"{path}: cannot be opened ({exc})") from exc
        from annotator.store.locking import locked_message

        raise ProjectLockedError(locked_message(path, None)) from exc
    finally:
        conn.execute("pragma busy_timeout = 5000")


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils plugins are not run: opening a file must not execute third-party code."""
    import sys

    if "sqlite_utils" not in sys.modules:
        _import_sqlite_utils_without_numpy()
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (and pandas) when they are installed, only to map their
    number types to column types; the store never passes any. numpy is there for spaCy and
    costs ~150 ms, which the first write of every session would pay: hide it meanwhile."""
    import _imp
    import sys

    # Holding the import lock keeps another thread (spaCy loading on the suggestion
    # worker) from importing numpy while it is hidden; it is reentrant for this one.
    _imp.acquire_lock()
    try:
        hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # makes `import name` raise ImportError
        try:
            import sqlite_utils  # noqa: F401
        finally:
            for name in hidden:
                del sys.modules[name]
    finally:
        _imp.release_lock()

