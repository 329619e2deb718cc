"""Revising an article's text: every annotation re-anchored, orphans kept, undo exact.

`Project.revise_article_text` replaces an article's text by a corrected version and places
each of its annotations again (`annotator.core.anchoring`), all in one transaction. An
annotation that cannot be placed with confidence becomes an *orphan*: its row stays, with
the span, words and context it had in the old text and `orphaned_at` set, until an editor
places it (`Project.place_orphan`). Nothing is deleted.

The state before and after (the text, every annotation's anchor, the rejected suggestions)
is returned, so undo and redo put either back exactly (`Project.restore_article_state`).

Changes are announced for what the live views show. When the text changed, the article
is "updated" first (views lay it out again, with its spans and counts, from the file),
then every annotation that changed is "updated": orphaned, placed or moved, the views
have nothing to add or take away by then, and no count moves twice. When only anchors
changed (an orphan placed, or put back), a placed annotation is "added" and one that
became an orphan "removed", as if it had been created or deleted.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotator.core.model import utc_now
from annotator.core.text import context, normalize_text, text_sha256
from annotator.store.errors import Cancelled
from annotator.store.events import Change

if TYPE_CHECKING:
    from annotator.store.project import Project

_REJECTED = "rejected:"  # id prefix of rejected suggestions re-anchored with annotations


@dataclass(frozen=True)
class AnchorRow:
    """Where an annotation sits: what a revision changes and undo puts back."""

    id: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    orphaned_at: str | None
    deleted: bool = False  # a tombstone: kept in step with the text, never reported

    def same_place(self, other: AnchorRow) -> bool:
        return (self.start, self.end, self.exact, self.prefix, self.suffix,
                self.orphaned_at) == (other.start, other.end, other.exact, other.prefix,
                                      other.suffix, other.orphaned_at)


@dataclass(frozen=True)
class ArticleState:
    """An article's text with every anchor in it (tombstones too) and its rejected
    suggestions (category, start, end, exact, rejected_at)."""

    article_id: str
    text: str
    anchors: tuple[AnchorRow, ...]
    rejected: tuple[tuple[str, int, int, str, str], ...] = ()


@dataclass
class ReanchorReport:
    """What a revision did to the article's live annotations (ids)."""

    article_id: str
    unchanged: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # includes `edited` and re-placed orphans
    edited: list[str] = field(default_factory=list)  # moved, and their words changed
    orphaned: list[str] = field(default_factory=list)  # every orphan of the article now
    confidence: dict[str, float] = field(default_factory=dict)  # of each placement
    before: ArticleState | None = None
    after: ArticleState | None = None
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return self.before is not None and self.after is not None \
            and self.before.text != self.after.text

    def summary(self) -> str:
        """"12 unchanged, 3 moved (1 with edited words), 1 orphaned"."""
        moved = f"{len(self.moved)} moved"
        if self.edited:
            moved += f" ({len(self.edited)} with edited words)"
        return f"{len(self.unchanged)} unchanged, {moved}, {len(self.orphaned)} orphaned"


def article_state(project: Project, article_id: str) -> ArticleState:
    row = project.conn.execute("select text from articles where id = ?",
                               [article_id]).fetchone()
    if row is None:
        raise KeyError(f"no article {article_id}")
    anchors = tuple(AnchorRow(*r[:7], deleted=r[7] is not None) for r in project.conn.execute(
        'select id, start, "end", exact, prefix, suffix, orphaned_at, deleted_at '
        "from annotations where article_id = ? order by start, id", [article_id]))
    rejected = tuple(project.conn.execute(
        "select category, start, end, exact, rejected_at from rejected_suggestions "
        "where article_id = ? order by start, end, category", [article_id]))
    return ArticleState(article_id, row[0], anchors, rejected)


def revise(project: Project, article_id: str, new_text: str,
           cancelled: threading.Event | None = None) -> ReanchorReport:
    """Replace the article's text and re-anchor everything in it (one transaction).
    `cancelled`, set meanwhile, stops it with Cancelled before anything is written."""
    began = time.perf_counter()
    article = project.article(article_id)
    if article is None or article.deleted_at:
        raise KeyError(f"no article {article_id}")
    text = normalize_text(new_text)
    if not text.strip():
        raise ValueError("an article needs some text")
    before = article_state(project, article_id)
    after, placements = _reanchored(before, text, utc_now())
    if cancelled is not None and cancelled.is_set():
        raise Cancelled("revision cancelled: the text is as it was")
    report = ReanchorReport(article_id, before=before, after=after)
    for old, new in zip(before.anchors, after.anchors, strict=True):
        if old.deleted:
            continue
        if new.orphaned_at is not None:
            report.orphaned.append(old.id)
            continue
        placement = placements[old.id]
        report.confidence[old.id] = placement.confidence
        if old.orphaned_at is None and (old.start, old.end, old.exact) == (
                new.start, new.end, new.exact):
            report.unchanged.append(old.id)
        else:
            report.moved.append(old.id)
            if new.exact != old.exact:
                report.edited.append(old.id)
    if text != before.text:
        _write(project, before, after)
    report.seconds = time.perf_counter() - began
    return report


def restore(project: Project, state: ArticleState) -> None:
    """Put back a state from a report (undo, redo). Annotations the state does not know
    (made since, then undone: tombstones) are re-anchored into its text like any other."""
    current = article_state(project, state.article_id)
    known = {r.id for r in state.anchors}
    strangers = ArticleState(state.article_id, current.text,
                             tuple(r for r in current.anchors if r.id not in known))
    if strangers.anchors and current.text != state.text:
        placed, _ = _reanchored(strangers, state.text, utc_now(), rejected=False)
        state = replace(state, anchors=state.anchors + placed.anchors)
    _write(project, current, state)


def place_orphan(project: Project, annotation_id: str, start: int, end: int) -> AnchorRow:
    """Give an orphan its new place [start, end); returns its anchor before (for undo)."""
    row = _anchor(project, annotation_id)
    if row.orphaned_at is None:
        raise ValueError("this annotation is not an orphan: it has its place in the text")
    article_id = project._annotation_article(annotation_id)
    article = project.article(article_id)
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"span {start}-{end} is outside the article (0-{len(article.text)})")
    prefix, suffix = context(article.text, start, end)
    placed = replace(row, start=start, end=end, exact=article.text[start:end], prefix=prefix,
                     suffix=suffix, orphaned_at=None)
    restore_anchors(project, [placed])
    return row


def restore_anchors(project: Project, rows: list[AnchorRow]) -> None:
    """Write these anchors as they are (undoing `place_orphan`), in one transaction."""
    if not rows:
        return
    article_id = project._annotation_article(rows[0].id)
    current = article_state(project, article_id)
    wanted = {r.id: r for r in rows}
    state = replace(current, anchors=tuple(wanted.get(r.id, r) for r in current.anchors))
    _write(project, current, state)


# ---- helpers --------------------------------------------------------------------------


def _anchor(project: Project, annotation_id: str) -> AnchorRow:
    r = project.conn.execute(
        'select id, start, "end", exact, prefix, suffix, orphaned_at, deleted_at '
        "from annotations where id = ?", [annotation_id]).fetchone()
    if r is None:
        raise KeyError(f"no annotation {annotation_id}")
    return AnchorRow(*r[:7], deleted=r[7] is not None)


def _reanchored(state: ArticleState, text: str, now: str,
                rejected: bool = True) -> tuple[ArticleState, dict]:
    """`state` carried into `text`: anchors placed or orphaned, rejected suggestions placed
    where their words still are (the others no longer apply, and are dropped)."""
    from annotator.core.anchoring import Anchor, reanchor

    anchors = [Anchor(r.id, r.start, r.end, r.exact, r.prefix or "", r.suffix or "",
                      r.orphaned_at is not None) for r in state.anchors]
    if rejected:
        for i, (_category, start, end, exact, _when) in enumerate(state.rejected):
            prefix, suffix = context(state.text, start, end)
            anchors.append(Anchor(f"{_REJECTED}{i}", start, end, exact, prefix, suffix))
    placements = reanchor(state.text, text, anchors).placements()
    rows = []
    for r in state.anchors:
        p = placements.get(r.id)
        if p is None:
            rows.append(r if r.orphaned_at is not None else replace(r, orphaned_at=now))
        else:
            prefix, suffix = context(text, p.start, p.end)
            rows.append(replace(r, start=p.start, end=p.end, exact=p.exact, prefix=prefix,
                                suffix=suffix, orphaned_at=None))
    kept: dict[tuple[str, int, int], tuple] = {}
    for i, (category, _start, _end, exact, when) in enumerate(state.rejected if rejected
                                                              else ()):
        p = placements.get(f"{_REJECTED}{i}")
        if p is not None and p.exact == exact:
            kept.setdefault((category, p.start, p.end), (category, p.start, p.end, exact, when))
    return ArticleState(state.article_id, text, tuple(rows), tuple(kept.values())), placements


def _write(project: Project, before: ArticleState, after: ArticleState) -> None:
    """Move the article from `before` (what the file holds) to `after`, in one transaction,
    then announce it."""
    now, author = utc_now(), project.author
    old = {r.id: r for r in before.anchors}
    changed = [r for r in after.anchors if r.id not in old or not r.same_place(old[r.id])]
    text_changed = after.text != before.text
    with project.db.atomic():
        if text_changed:
            project.conn.execute(
                "update articles set text = ?, text_sha256 = ?, updated_at = ? where id = ?",
                [after.text, text_sha256(after.text), now, after.article_id])
            # Pending suggestions are computed data with offsets into the old text: gone,
            # to be suggested again. Rejections are the editor's: carried over.
            project.conn.execute("delete from suggestion_sets where article_id = ?",
                                 [after.article_id])
        project.conn.executemany(
            'update annotations set start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, '
            "orphaned_at = ?, updated_at = ?, updated_by = ? where id = ?",
            [(r.start, r.end, r.exact, r.prefix, r.suffix, r.orphaned_at, now, author, r.id)
             for r in changed])
        if text_changed or after.rejected != before.rejected:
            project.conn.execute("delete from rejected_suggestions where article_id = ?",
                                 [after.article_id])
            project.conn.executemany(
                "insert or ignore into rejected_suggestions "
                "(article_id, category, start, end, exact, rejected_at) values (?, ?, ?, ?, ?, ?)",
                [(after.article_id, *r) for r in after.rejected])
    _announce(project, before, after, changed, text_changed)


def _announce(project: Project, before: ArticleState, after: ArticleState,
              changed: list[AnchorRow], text_changed: bool) -> None:
    """See the module's docstring."""
    article_id = after.article_id
    live = [r for r in changed if not r.deleted]  # tombstones are in no view
    if text_changed:
        project.changes.emit(Change("article", "updated", (article_id,)))
        if live:
            project.changes.emit(Change("annotation", "updated", tuple(r.id for r in live),
                                        (article_id,)))
        project.changes.emit(Change("suggestion", "removed", (), (article_id,)))
        return
    old = {r.id: r for r in before.anchors}
    removed, added, updated = [], [], []
    for r in live:
        was = old.get(r.id)
        was_placed = was is not None and was.orphaned_at is None
        if was_placed and r.orphaned_at is not None:
            removed.append(r.id)
        elif not was_placed and r.orphaned_at is None:
            added.append(r.id)
        else:
            updated.append(r.id)
    for op, ids in (("removed", removed), ("added", added), ("updated", updated)):
        if ids:
            project.changes.emit(Change("annotation", op, tuple(ids), (article_id,)))
