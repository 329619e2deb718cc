"""Saving a copy of a project to hand to a colleague (File ▸ Save a Copy for Sharing…,
`annotator share`), optionally without private notes or without chosen articles.

The copy starts as `VACUUM INTO` (a consistent snapshot, safe while the project is
open) in a temp file beside the target, is trimmed there with the revision triggers
paused (so what was left out does not look like edits), compacted so nothing left out
survives in free pages or the full-text index, and then renamed over the target: an
interrupted share leaves no half-made copy.

Merging the copy back must not undo what was left out:
- a left-out article is simply absent (no tombstone), so ours stays;
- a left-out note is recorded in `withheld` (m011) and merge.py keeps ours for it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from annotator.core.files import fsync_dir
from annotator.core.model import utc_now
from annotator.store.errors import ProjectError
from annotator.store.schema import WITHHOLDABLE


@dataclass
class ShareReport:
    target: Path
    articles: int = 0
    annotations: int = 0
    left_out_articles: int = 0
    left_out_annotations: int = 0
    withheld_notes: int = 0
    size: int = 0

    def lines(self) -> list[str]:
        out = [f"{self.target}: {self.articles} articles, {self.annotations} annotations "
               f"({self.size / 1e6:.1f} MB)"]
        if self.left_out_articles:
            out.append(f"left out: {self.left_out_articles} article(s) and their "
                       f"{self.left_out_annotations} annotation(s)")
        if self.withheld_notes:
            out.append(f"left out: {self.withheld_notes} private note(s)")
        return out


def share_copy(project, target: str | os.PathLike, *, without_notes: bool = False,
               leave_out: list[str] | tuple[str, ...] = ()) -> ShareReport:
    """Write a copy of `project` for a colleague at `target` (replaced if it exists).

    without_notes: blank every annotation and evidence note (recorded as withheld).
    leave_out: ids of articles the copy does not contain, with all that hangs on them.
    """
    target = Path(target)
    if target.resolve() == Path(project.path).resolve():
        raise ProjectError(f"{target}: a copy cannot replace the open project")
    if not target.parent.is_dir():
        raise ProjectError(f"{target.parent}: no such folder")
    unknown = set(leave_out) - {r[0] for r in project.conn.execute("select id from articles")}
    if unknown:
        raise ProjectError(f"{project.path}: no article {sorted(unknown)[0]}")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".sharing",
                                        dir=target.parent)
    except OSError as exc:
        raise ProjectError(f"{target.parent}: cannot write here "
                           f"({exc.strerror or exc})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # VACUUM INTO wants to create the file itself
        project.conn.execute("vacuum into ?", [str(tmp)])
        report = ShareReport(target=target)
        conn = sqlite3.connect(tmp)
        try:
            _trim(conn, report, set(leave_out), without_notes, Path(project.path).name)
            # A single self-contained file: no -wal beside it when it travels.
            conn.execute("pragma journal_mode = delete")
        finally:
            conn.close()
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise ProjectError(f"{target}: the copy could not be written ({exc})") from None
        raise
    report.size = target.stat().st_size
    return report


def _trim(conn: sqlite3.Connection, report: ShareReport, leave_out: set[str],
          without_notes: bool, source: str) -> None:
    conn.execute("pragma foreign_keys = on")
    conn.execute("pragma secure_delete = on")  # freed pages are zeroed, not just unlinked
    with conn:
        conn.execute("insert into revision_pause values ('share')")
        if leave_out:
            _leave_out_articles(conn, report, leave_out)
        if without_notes:
            for table, columns in WITHHOLDABLE.items():
                for col in columns:
                    # Recorded after blanking: blanking ends a withholding (m011's trigger).
                    blanked = conn.execute(
                        f"update {table} set \"{col}\" = '' where \"{col}\" != '' "
                        "returning id").fetchall()
                    conn.executemany("insert or ignore into withheld values (?, ?, ?)",
                                     [(table, row_id, col) for (row_id,) in blanked])
                    report.withheld_notes += len(blanked)
        # Conflicts are for this desk to settle, and they quote both versions in full.
        conn.execute("delete from merge_conflicts")
        conn.execute("delete from revision_pause")
        for key, value in (("shared_from", source), ("shared_at", utc_now()),
                           ("shared_without", ", ".join(
                               w for w, on in (("notes", without_notes),
                                               (f"{len(leave_out)} articles", leave_out))
                               if on))):
            conn.execute("insert or replace into meta (key, value) values (?, ?)",
                         [key, value])
        report.articles = conn.execute(
            "select count(*) from articles where deleted_at is null").fetchone()[0]
        report.annotations = conn.execute(
            "select count(*) from annotations where deleted_at is null").fetchone()[0]
    # The full-text index still holds the old tokens of what was removed until rebuilt.
    with conn:
        for fts in ("articles_fts", "annotations_fts"):
            conn.execute(f"insert into {fts}({fts}) values ('rebuild')")
    conn.execute("vacuum")


def _leave_out_articles(conn: sqlite3.Connection, report: ShareReport,
                        leave_out: set[str]) -> None:
    conn.execute("create temp table gone_articles (id text primary key)")
    conn.executemany("insert into temp.gone_articles values (?)", [(i,) for i in leave_out])
    conn.execute("create temp table gone_annotations as select id from annotations "
                 "where article_id in (select id from temp.gone_articles)")
    report.left_out_articles = conn.execute(
        "select count(*) from articles where deleted_at is null "
        "and id in (select id from temp.gone_articles)").fetchone()[0]
    report.left_out_annotations = conn.execute(
        "select count(*) from annotations where deleted_at is null "
        "and id in (select id from temp.gone_annotations)").fetchone()[0]
    gone_evidence = "select id from evidence where annotation_id in " \
                    "(select id from temp.gone_annotations)"
    for table, ids in (("evidence", gone_evidence),
                       ("annotations", "select id from temp.gone_annotations"),
                       ("articles", "select id from temp.gone_articles")):
        for bookkeeping in ("row_revs", "revisions", "withheld"):
            conn.execute(f"delete from {bookkeeping} where tbl = '{table}' "
                         f"and row_id in ({ids})")
        if table == "articles":
            for per_article in ("rejected_suggestions", "suggestion_sets"):
                conn.execute(f"delete from {per_article} where article_id in ({ids})")
        conn.execute(f"delete from {table} where id in ({ids})")
    conn.execute("drop table temp.gone_annotations")
    conn.execute("drop table temp.gone_articles")


__all__ = ["ShareReport", "share_copy"]
