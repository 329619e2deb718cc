"""Merging a colleague's copy of a project into this one (`annotator merge`, File ▸ Merge…).

Rows are matched by id, never by name (articles also by their text, when a colleague
imported the same article separately). Every synced row has a current revision and each
copy remembers every revision it has seen (schema m009), so for a row present in both:

- same revision, or the same content: nothing to do;
- this copy has seen theirs: ours is newer, kept;
- they have seen ours: theirs is newer, taken;
- neither: both changed it since the copies split (an edit against an edit, or against a
  deletion, which is a tombstone): a conflict. Ours stays in place, both versions are
  kept in merge_conflicts, and the editor picks one later.

Rows only in their copy are added, tombstones included, so deletions travel. Seen
revisions are united, so merging the same copy again changes nothing, and two copies
merged either way round agree. A note their copy was shared without (sharing.py) counts
as ours: the copy's other edits are taken, our note stays. The whole merge is one
transaction; the colleague's file is only read, from a private copy.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import utc_now
from annotator.store.errors import Cancelled, ProjectError
from annotator.store.events import Change
from annotator.store.schema import SYNCED_TABLES, WITHHOLDABLE

Progress = Callable[[int, int, str], None]  # done, total, what is being done

TABLE_LABELS = {"statuses": "statuses", "categories": "categories", "parties": "parties",
                "articles": "articles", "annotations": "annotations", "evidence": "evidence"}


@dataclass
class Conflict:
    """One row changed in both copies since they split: both versions, as column dicts."""

    id: str
    table: str
    row_id: str
    ours: dict
    theirs: dict
    source: str
    detected_at: str
    resolved_at: str | None = None
    resolution: str | None = None

    @property
    def label(self) -> str:
        """What the row is, for a person: an annotation's text, an article's title…"""
        row = self.ours or self.theirs
        for key in ("exact", "title", "name", "label_en", "url"):
            if row.get(key):
                return str(row[key])
        return self.row_id

    def differences(self) -> list[str]:
        """Names of the columns whose values differ (updated_at and rev aside)."""
        keys = sorted(set(self.ours) | set(self.theirs))
        return [k for k in keys if k not in ("updated_at", "updated_by")
                and self.ours.get(k) != self.theirs.get(k)]


@dataclass
class MergeReport:
    source: str
    dry_run: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    matched_articles: int = 0  # theirs matched to ours by text, not by id
    reanchored: int = 0  # annotations moved into an article's revised text
    orphaned: int = 0  # … and those that could not be placed there (kept, listed)

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values()) or any(
            self.conflicts.values())

    def lines(self) -> list[str]:
        verb = "would be" if self.dry_run else ""
        out = []
        for table in SYNCED_TABLES:
            parts = []
            for counts, what in ((self.added, "added"), (self.updated, "updated"),
                                 (self.conflicts, "in conflict")):
                if counts.get(table):
                    parts.append(f"{counts[table]} {what}")
            if parts:
                out.append(f"{TABLE_LABELS[table]}: {', '.join(parts)}")
        if self.matched_articles:
            out.append(f"articles: {self.matched_articles} matched to ours by their text")
        if self.reanchored or self.orphaned:
            out.append(f"annotations: {self.reanchored} re-anchored in revised articles"
                       + (f", {self.orphaned} could not be placed (orphans)"
                          if self.orphaned else ""))
        if not out:
            out.append("nothing to merge: this project already has everything in "
                       f"{Path(self.source).name}")
        elif verb:
            out.insert(0, f"from {Path(self.source).name}, these changes {verb} merged:")
        return out

    def summary(self) -> str:
        added = sum(self.added.values())
        updated = sum(self.updated.values())
        conflicts = sum(self.conflicts.values())
        return (f"{added} added, {updated} updated, {conflicts} conflict"
                f"{'s' if conflicts != 1 else ''}")


class _DryRun(Exception):
    """Raised inside the merge transaction to roll a dry run back."""


def merge_project(project, other_path: str | Path, dry_run: bool = False, *,
                  cancelled: threading.Event | None = None,
                  progress: Progress | None = None) -> MergeReport:
    """Merge the project file at other_path into `project` (one transaction).

    dry_run: compute the same report and change nothing. Raises ProjectError when the
    other file is not a project this version can read, or is this project itself.
    `progress(done, total, label)` hears of each step; `cancelled`, once set, stops the
    merge between steps with Cancelled, rolled back.
    """
    step = _stepper(cancelled, progress, total=len(SYNCED_TABLES) + 3)
    from annotator.store.project import Project

    other_path = Path(other_path)
    if not other_path.is_file():
        raise ProjectError(f"{other_path}: no such project file")
    if other_path.resolve() == Path(project.path).resolve():
        raise ProjectError(f"{other_path}: a project cannot be merged into itself")
    with tempfile.TemporaryDirectory(prefix="annotator-merge-") as folder:
        copy = Path(folder) / "other.annot"
        step(f"Reading {other_path.name}…")
        _private_copy(other_path, copy)
        Project.open(copy).close()  # brings an older file up to this schema; refuses a newer
        step(f"Comparing with {other_path.name}…")
        report = MergeReport(source=str(other_path), dry_run=dry_run)
        conn = project.conn
        conn.execute("attach database ? as other", [str(copy)])
        try:
            try:
                with project.db.atomic():
                    _merge(conn, report, other_path.name, step)
                    step("Placing annotations in revised texts…")
                    _reanchor_revised_articles(conn, report, project.author)
                    if dry_run:
                        raise _DryRun
            except _DryRun:
                pass
        finally:
            conn.execute("drop table if exists temp.article_map")
            conn.execute("drop table if exists temp.text_before")
            conn.execute("detach database other")
    if report.changed and not dry_run:
        project.changes.emit(Change("project", "updated", ()))
    return report


def _private_copy(source: Path, target: Path) -> None:
    """A consistent copy of their file, read without writing to it or beside it."""
    try:
        with open(source, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise ProjectError(f"{source}: cannot be read ({exc.strerror or exc})") from None
    if head != b"SQLite format 3\x00":
        raise ProjectError(f"{source}: not a project file (not an SQLite database)")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{source}: cannot be read as a project ({exc})") from None


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma main.table_info({table})")]


def _stepper(cancelled: threading.Event | None, progress: Progress | None, total: int):
    """step(label): the next step begins; raises Cancelled once `cancelled` is set."""
    done = itertools.count()

    def step(label: str) -> None:
        if cancelled is not None and cancelled.is_set():
            raise Cancelled("merge cancelled: nothing was merged")
        if progress is not None:
            progress(next(done), total, label)

    return step


def _merge(conn: sqlite3.Connection, report: MergeReport, source: str, step) -> None:
    conn.execute("insert into revision_pause values ('merge')")
    # Their articles that are ours under another id: the same live text.
    conn.execute("create temp table article_map (other_id text primary key, main_id text)")
    report.matched_articles = conn.execute(
        "insert into temp.article_map select o.id, min(m.id) from other.articles o "
        "join main.articles m on m.text_sha256 = o.text_sha256 and m.deleted_at is null "
        "where o.deleted_at is null and o.id not in (select id from main.articles) "
        "group by o.id").rowcount
    # Articles whose text one copy revised: both texts, to re-anchor annotations after.
    conn.execute("create temp table text_before as select m.id as article_id, "
                 "m.text as ours, o.text as theirs from main.articles m "
                 "join other.articles o on o.id = m.id where m.text_sha256 != o.text_sha256")
    for table in SYNCED_TABLES:
        step(f"Merging {table}…")
        _merge_table(conn, table, report, source)
    cols = _columns(conn, "rejected_suggestions")
    picked = ", ".join(_mapped(c) if c == "article_id" else f"o.{c}" for c in cols)
    conn.execute(f"insert or ignore into main.rejected_suggestions ({', '.join(cols)}) "
                 f"select {picked} from other.rejected_suggestions o")
    conn.execute("delete from revision_pause")


def _theirs(table: str, column: str, alias: str = "o") -> str:
    """Their value of a column as SQL: article ids mapped to ours, and a note their copy
    was shared without (m011) read as ours, so a shared copy never blanks our notes."""
    if table == "annotations" and column == "article_id":
        return _mapped(column, alias)
    if column in WITHHOLDABLE.get(table, ()):
        return (f"case when exists (select 1 from other.withheld w where w.tbl = '{table}' "
                f"and w.row_id = {alias}.id and w.col = '{column}') then coalesce("
                f"(select m2.\"{column}\" from main.{table} m2 where m2.id = {alias}.id), "
                f"{alias}.\"{column}\") else {alias}.\"{column}\" end")
    return f'{alias}."{column}"'


def _mapped(column: str, alias: str = "o") -> str:
    """Their article id, or ours when their article is ours by text."""
    return (f"coalesce((select main_id from temp.article_map where other_id = "
            f"{alias}.{column}), {alias}.{column})")


def _merge_table(conn: sqlite3.Connection, table: str, report: MergeReport,
                 source: str) -> None:
    cols = _columns(conn, table)
    names = ", ".join(f'"{c}"' for c in cols)
    picked = ", ".join(_theirs(table, c) for c in cols)
    not_mapped = ("and o.id not in (select other_id from temp.article_map)"
                  if table == "articles" else "")
    # 1. Rows only in their copy (tombstones too: deletions travel).
    report.added[table] = conn.execute(
        f"insert into main.{table} ({names}) select {picked} from other.{table} o "
        f"where not exists (select 1 from main.{table} m where m.id = o.id) {not_mapped}"
    ).rowcount
    conn.execute(
        f"insert or ignore into main.row_revs select r.tbl, r.row_id, r.rev "
        f"from other.row_revs r join main.{table} m on m.id = r.row_id where r.tbl = ?",
        [table])
    # 2. Rows in both whose revisions differ: who has seen whose?
    same_content = " and ".join(f'm."{c}" is {_theirs(table, c)}' for c in cols
                                if c != "updated_at")
    conn.execute("drop table if exists temp.differing")
    conn.execute(
        f"create temp table differing as select m.id as id, mr.rev as ours_rev, "
        f"orr.rev as theirs_rev, "
        f"exists (select 1 from main.revisions x where x.tbl = '{table}' "
        f"  and x.row_id = m.id and x.rev = orr.rev) as we_saw, "
        f"exists (select 1 from other.revisions y where y.tbl = '{table}' "
        f"  and y.row_id = m.id and y.rev = mr.rev) as they_saw, "
        f"({same_content}) as same "
        f"from main.{table} m join other.{table} o on o.id = m.id "
        f"join main.row_revs mr on mr.tbl = '{table}' and mr.row_id = m.id "
        f"join other.row_revs orr on orr.tbl = '{table}' and orr.row_id = o.id "
        f"where mr.rev != orr.rev")
    theirs_newer = "select id from temp.differing where they_saw and not we_saw and not same"
    assignments = ", ".join(f'"{c}" = {_theirs(table, c)}' for c in cols if c != "id")
    report.updated[table] = conn.execute(
        f"update main.{table} set {assignments} from other.{table} o "
        f"where main.{table}.id = o.id and main.{table}.id in ({theirs_newer})").rowcount
    conn.execute(
        "update main.row_revs set rev = d.theirs_rev from temp.differing d "
        "where main.row_revs.tbl = ? and main.row_revs.row_id = d.id "
        "and d.they_saw and not d.we_saw and not d.same", [table])
    # Both changed it: keep ours, record both versions.
    as_json = ", ".join(f"'{c}', x.\"{c}\"" for c in cols)
    theirs_json = ", ".join(f"'{c}', {_theirs(table, c, 'x')}" for c in cols)
    conflicts = conn.execute(
        f"insert or ignore into main.merge_conflicts (id, tbl, row_id, ours, theirs, "
        f"ours_rev, theirs_rev, source, detected_at) "
        f"select lower(hex(randomblob(16))), '{table}', d.id, "
        f"(select json_object({as_json}) from main.{table} x where x.id = d.id), "
        f"(select json_object({theirs_json}) from other.{table} x where x.id = d.id), "
        f"d.ours_rev, d.theirs_rev, ?, ? from temp.differing d "
        f"where not d.we_saw and not d.they_saw and not d.same", [source, utc_now()]
    ).rowcount
    report.conflicts[table] = conflicts
    # 3. Every revision either copy has seen of a row this copy holds.
    conn.execute(
        f"insert or ignore into main.revisions select r.tbl, r.row_id, r.rev "
        f"from other.revisions r join main.{table} m on m.id = r.row_id where r.tbl = ?",
        [table])
    conn.execute("drop table temp.differing")


def _reanchor_revised_articles(conn: sqlite3.Connection, report: MergeReport,
                               author: str) -> None:
    """Annotations made on an article's text before the other copy revised it: placed in
    the text the merge kept, as Edit ▸ Revise Article Text… does, or kept as orphans.

    Each was made on our text or on theirs, whichever still reads its words at its span.
    Runs with the revision triggers on: these are new edits, which the other copy takes
    when it merges this one, rather than re-anchoring again into a conflict.
    """
    from annotator.core.anchoring import Anchor, reanchor
    from annotator.core.text import context

    misplaced = conn.execute(
        "select n.id, n.article_id, n.start, n.\"end\", n.exact, n.prefix, n.suffix, "
        "a.text, t.ours, t.theirs from main.annotations n "
        "join temp.text_before t on t.article_id = n.article_id "
        "join main.articles a on a.id = n.article_id "
        "where n.deleted_at is null and n.orphaned_at is null "
        "and substr(a.text, n.start + 1, n.\"end\" - n.start) is not n.exact").fetchall()
    groups: dict[tuple[str, str], list[Anchor]] = {}
    texts: dict[str, str] = {}
    for ann_id, article_id, start, end, exact, prefix, suffix, text, ours, theirs in misplaced:
        texts[article_id] = text
        old = ours if ours[start:end] == exact else theirs
        groups.setdefault((article_id, old), []).append(
            Anchor(ann_id, start, end, exact, prefix or "", suffix or ""))
    now = utc_now()
    for (article_id, old), anchors in groups.items():
        text = texts[article_id]
        placements = reanchor(old, text, anchors).placements()
        moved = []
        for a in anchors:
            p = placements.get(a.id)
            if p is None:
                report.orphaned += 1
                conn.execute("update main.annotations set orphaned_at = ?, updated_at = ?, "
                             "updated_by = ? where id = ?", [now, now, author, a.id])
                continue
            prefix, suffix = context(text, p.start, p.end)
            moved.append((p.start, p.end, p.exact, prefix, suffix, now, author, a.id))
        conn.executemany(
            'update main.annotations set start = ?, "end" = ?, exact = ?, prefix = ?, '
            "suffix = ?, updated_at = ?, updated_by = ? where id = ?", moved)
        report.reanchored += len(moved)
    if groups:  # pending suggestions point into the old texts: to be suggested again
        conn.execute("delete from main.suggestion_sets where article_id in "
                     "(select article_id from temp.text_before)")


# ---- conflicts ---------------------------------------------------------------------------


def conflicts(conn: sqlite3.Connection, include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else " where resolved_at is null"
    return [Conflict(r[0], r[1], r[2], json.loads(r[3]), json.loads(r[4]), r[5], r[6],
                     r[7], r[8])
            for r in conn.execute(
                "select id, tbl, row_id, ours, theirs, source, detected_at, resolved_at, "
                f"resolution from merge_conflicts{where} order by detected_at, tbl, row_id")]


def resolve(project, conflict_id: str, keep: str) -> Conflict:
    """Keep "ours" or "theirs" for one conflict; the kept version gets a new revision, so
    it supersedes both when the copies are merged again."""
    if keep not in ("ours", "theirs"):
        raise ValueError("keep must be 'ours' or 'theirs'")
    found = [c for c in conflicts(project.conn) if c.id == conflict_id]
    if not found:
        raise ProjectError(f"no open conflict {conflict_id}")
    conflict = found[0]
    chosen = conflict.ours if keep == "ours" else conflict.theirs
    cols = [c for c in _columns(project.conn, conflict.table) if c in chosen and c != "id"]
    with project.db.atomic():
        # Even keeping ours is an edit: the triggers give the row a new revision.
        project.conn.execute(
            f"update {conflict.table} set " + ", ".join(f'"{c}" = ?' for c in cols)
            + " where id = ?", [*(chosen[c] for c in cols), conflict.row_id])
        project.conn.execute(
            "update merge_conflicts set resolved_at = ?, resolution = ? where id = ?",
            [utc_now(), keep, conflict_id])
    project.changes.emit(Change("project", "updated", ()))
    conflict.resolution = keep
    return conflict


__all__ = ["Conflict", "MergeReport", "conflicts", "merge_project", "resolve"]
