"""Schema and its ordered migrations.

Each migration runs in one transaction (sqlite-utils Migrations). project.SCHEMA_VERSION
is the number of migrations this build knows; a file recording a higher version was written by a
newer app and is refused rather than "upgraded down".
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from annotator.core.model import BUILTIN_CATEGORIES, BUILTIN_STATUSES

migrations = Migrations("newsroom-annotator")

# Accent-insensitive full-text search ("presidente" finds "présidente").
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


@migrations()
def m001_initial(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["articles"].create(
        {
            "id": str, "title": str, "byline": str, "source": str, "url": str,
            "published": str, "language": str, "text": str, "text_sha256": str,
            "origin": str, "imported_at": str, "updated_at": str, "deleted_at": str,
        },
        pk="id",
        not_null={"title", "text", "text_sha256"},
    )
    db["articles"].create_index(["text_sha256"])
    db["categories"].create(
        {
            "id": str, "name": str, "color": str, "shortcut": str, "kind": str,
            "position": int, "updated_at": str, "deleted_at": str,
        },
        pk="id",
        not_null={"name", "color"},
    )
    db["parties"].create(
        {
            "id": str, "name": str, "kind": str, "aliases": str, "description": str,
            "updated_at": str, "deleted_at": str,
        },
        pk="id",
        not_null={"name"},
    )
    db["annotations"].create(
        {
            "id": str, "article_id": str, "category_id": str, "start": int, "end": int,
            "exact": str, "prefix": str, "suffix": str, "note": str, "status": str,
            "rating": str, "speaker_id": str, "claimant_id": str, "value": str, "unit": str,
            "ref_date": str, "author": str, "updated_by": str, "created_at": str,
            "updated_at": str, "deleted_at": str,
        },
        pk="id",
        not_null={"article_id", "category_id", "start", "end", "exact"},
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("category_id", "categories", "id"),
            ("speaker_id", "parties", "id"),
            ("claimant_id", "parties", "id"),
        ],
    )
    db["annotations"].create_index(["article_id", "start"])
    db["evidence"].create(
        {
            "id": str, "annotation_id": str, "url": str, "title": str, "consulted_at": str,
            "note": str, "updated_at": str, "deleted_at": str,
        },
        pk="id",
        foreign_keys=[("annotation_id", "annotations", "id")],
    )
    db["evidence"].create_index(["annotation_id"])
    db["articles"].enable_fts(
        ["title", "text"], fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZER
    )
    db["annotations"].enable_fts(
        ["exact", "note"], fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZER
    )
    db["categories"].insert_all(
        {
            "id": c.id, "name": c.name, "color": c.color, "shortcut": c.shortcut,
            "kind": c.kind, "position": c.position, "updated_at": "", "deleted_at": None,
        }
        for c in BUILTIN_CATEGORIES
    )


@migrations()
def m002_live_annotation_index(db: Database) -> None:
    """Per-article counts of live annotations straight from an index (the article list asks
    for them at start-up; without it SQLite reads every annotation row)."""
    db.execute(
        "create index annotations_live_by_article on annotations(article_id, category_id) "
        "where deleted_at is null"
    )



@migrations()
def m003_article_dateline(db: Database) -> None:
    """Wire stories say where they were filed from (NewsML, NITF datelines)."""
    db["articles"].add_column("dateline", str, not_null_default="")


@migrations()
def m004_party_mentions_and_rejected_suggestions(db: Database) -> None:
    """A party mention links to its party; rejected suggestions are not offered again."""
    db["annotations"].add_column("party_id", str, fk="parties", fk_col="id")
    db["rejected_suggestions"].create(
        {"article_id": str, "category": str, "start": int, "end": int, "exact": str,
         "rejected_at": str},
        pk=("article_id", "category", "start", "end"),
        foreign_keys=[("article_id", "articles", "id")],
    )


@migrations()
def m005_pending_suggestions(db: Database) -> None:
    """What the engine proposed for an article, one JSON list per article.

    Kept in the file so suggestions made on import (or with spaCy, seconds per article)
    are there when the article is opened, today or after a restart. A row with an empty
    list means "looked, found nothing"; no row means "never looked".
    """
    db["suggestion_sets"].create(
        {"article_id": str, "suggested_at": str, "items": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )


@migrations()
def m006_project_statuses(db: Database) -> None:
    """Verification statuses become data: a desk renames them and adds its own."""
    db["statuses"].create(
        {"id": str, "label_en": str, "label_fr": str, "position": int, "updated_at": str,
         "deleted_at": str},
        pk="id",
        not_null={"label_en"},
    )
    db["statuses"].insert_all(
        {"id": s.id, "label_en": s.label_en, "label_fr": s.label_fr, "position": s.position,
         "updated_at": "", "deleted_at": None}
        for s in BUILTIN_STATUSES
    )
    db.execute("create index annotations_by_speaker on annotations(speaker_id)")
    db.execute("create index annotations_by_claimant on annotations(claimant_id)")
    db.execute("create index annotations_by_party on annotations(party_id)")


@migrations()
def m007_editor_indexes(db: Database) -> None:
    """Who worked on the project, read by index seeks (the filter bar asks at every open)."""
    for column in ("author", "updated_by"):
        db.execute(f"create index annotations_live_by_{column} on annotations({column}) "
                   "where deleted_at is null")


# Tables whose rows travel between copies of a project (merge.py), by id.
_REV_NAMESPACE = uuid.UUID("6f1d7a52-3c1e-4e7a-9a55-1b0f2de0c9a1")
SYNCED_TABLES = ("statuses", "categories", "parties", "articles", "annotations", "evidence")


@migrations()
def m009_revisions(db: Database) -> None:
    """Each synced row has a current revision id, renewed by every change, and each copy
    keeps every revision it has seen of each row: merging two copies can then tell an edit
    made in one copy only (the other has seen the row's old revision) from edits made in
    both (a conflict). Triggers keep them, so no write path of the store can forget; they
    live in their own tables because rewriting a row from its own trigger would confuse
    the full-text index's triggers. While a merge writes the other copy's rows with their
    own revisions, a row in revision_pause turns the triggers off."""
    db.execute("create table row_revs (tbl text not null, row_id text not null, "
               "rev text not null, primary key (tbl, row_id)) without rowid")
    db.execute("create table revisions (tbl text not null, row_id text not null, "
               "rev text not null, primary key (tbl, row_id, rev)) without rowid")
    db.execute("create table revision_pause (reason text)")
    db.execute("create table merge_conflicts (id text primary key, tbl text not null, "
               "row_id text not null, ours text not null, theirs text not null, "
               "ours_rev text not null, theirs_rev text not null, source text not null, "
               "detected_at text not null, resolved_at text, resolution text, "
               "unique (tbl, row_id, ours_rev, theirs_rev))")
    active = "not exists (select 1 from revision_pause)"
    for table in SYNCED_TABLES:
        # First revisions from the row's content, not at random: two copies of one older
        # file, upgraded apart, then agree on every row neither of them has changed.
        db.conn.executemany(
            "insert into row_revs values (?, ?, ?)",
            ((table, row_id, uuid.uuid5(_REV_NAMESPACE, f"{table}/{row_id}/{stamp}/{gone}").hex)
             for row_id, stamp, gone in db.execute(
                 f"select id, updated_at, deleted_at from {table}").fetchall()))
        for event, row in (("insert", "new"), ("update", "new")):
            db.execute(f"""create trigger {table}_rev_{event} after {event} on {table}
                when {active} begin
                insert or replace into row_revs
                  values ('{table}', {row}.id, lower(hex(randomblob(16))));
                insert into revisions select tbl, row_id, rev from row_revs
                  where tbl = '{table}' and row_id = {row}.id;
            end""")
    db.execute("insert into revisions select tbl, row_id, rev from row_revs")


@migrations()
def m010_orphaned_annotations(db: Database) -> None:
    """A revision of an article's text may leave an annotation nowhere to go: it is kept,
    marked with the time (`orphaned_at`), until an editor places it again. The index of
    live annotations per article (m002) now counts placed ones only, as the views do, and
    a small one finds the orphans."""
    db["annotations"].add_column("orphaned_at", str)
    db.execute("drop index annotations_live_by_article")
    db.execute(
        "create index annotations_live_by_article on annotations(article_id, category_id) "
        "where deleted_at is null and orphaned_at is null"
    )
    db.execute("create index annotations_orphaned on annotations(article_id) "
               "where orphaned_at is not null")


# Columns a shared copy may leave out (sharing.py), so that merging the copy back keeps ours.
WITHHOLDABLE = {"annotations": ("note",), "evidence": ("note",)}


@migrations()
def m011_withheld_fields(db: Database) -> None:
    """A copy saved for sharing without private notes blanks them and records each blank
    here. Merging that copy back reads a recorded blank as "not theirs to change": the
    row's other edits are taken and our note stays. Writing a note in the copy ends the
    withholding for that field (the trigger), so a colleague's own note does travel."""
    db.execute("create table withheld (tbl text not null, row_id text not null, "
               "col text not null, primary key (tbl, row_id, col)) without rowid")
    for table, columns in WITHHOLDABLE.items():
        for col in columns:
            db.execute(f"""create trigger {table}_{col}_no_longer_withheld
                after update of "{col}" on {table}
                when new."{col}" is not old."{col}" begin
                delete from withheld where tbl = '{table}' and row_id = new.id
                  and col = '{col}';
            end""")


# The full-text indexes (m001) and the columns each one holds.
FTS_COLUMNS = {"articles": ("title", "text"), "annotations": ("exact", "note")}


@migrations()
def m012_full_text_triggers(db: Database) -> None:
    """The full-text indexes follow every write again, and only the writes that matter.

    m004 gave `annotations` a foreign key, which sqlite-utils does by copying the table:
    the copy dropped the triggers that fed `annotations_fts`, so no annotation added or
    edited since was searchable, and the index still held rows deleted since. The triggers
    are made again and the index rebuilt. Both tables' update triggers now fire on their
    indexed columns only: a status change, a tombstone or an undo no longer re-indexes an
    annotation, nor a whole (up to megabytes long) article. A partial index finds the
    deleted articles, for search."""
    for table, columns in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        names = ", ".join(f'"{c}"' for c in columns)
        new = ", ".join(f'new."{c}"' for c in columns)
        old = ", ".join(f'old."{c}"' for c in columns)
        delete = (f"insert into {fts} ({fts}, rowid, {names}) "
                  f"values ('delete', old.rowid, {old});")
        insert = f"insert into {fts} (rowid, {names}) values (new.rowid, {new});"
        for suffix in ("ai", "ad", "au"):  # the names sqlite-utils gives (disable_fts)
            db.execute(f"drop trigger if exists {table}_{suffix}")
        db.execute(f"create trigger {table}_ai after insert on {table} begin {insert} end")
        db.execute(f"create trigger {table}_ad after delete on {table} begin {delete} end")
        db.execute(f"create trigger {table}_au after update of {names} on {table} "
                   f"begin {delete} {insert} end")
    db.execute("insert into annotations_fts (annotations_fts) values ('rebuild')")
    # Search leaves deleted articles out before ranking (store/search.py): their rowids
    # from this index, not from reading every article row.
    db.execute("create index if not exists articles_deleted on articles(id) "
               "where deleted_at is not null")


@migrations()
def m013_article_order_index(db: Database) -> None:
    """The article list reads every live article's id in import order at each open: from
    a small index rather than the table, whose rows hold whole texts (30 ms for 10,000
    articles of 5 KB, 6 ms from the index)."""
    db.execute("create index articles_live_order on articles(imported_at, id) "
               "where deleted_at is null")
