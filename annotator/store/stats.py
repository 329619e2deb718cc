"""Statistics of a project, or of one of its articles: what the Statistics window draws.

Everything counts *live* annotations: not deleted, placed (not orphaned by a revision of
their article's text), in an article that is not deleted. Orphans appear only in the
totals, as the number waiting to be placed again.

A handful of grouped queries, each answered by one pass over the rows it needs, and small
Python sums over their results (a few hundred rows however large the project): on 10,000
articles and 500,000 annotations the whole project takes a fraction of a second and one
article a few milliseconds (benchmarks/stats_bench.py; docs/design.md, "Statistics").
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo

VERIFIED = "verified"
NO_UNIT = "no unit"
TOP_PARTIES = 10
# Up to this many days from the first piece of work to the last, work is counted per day;
# beyond, per ISO week (a bar a day over months would be too thin to read).
DAYS_SHOWN_BY_DAY = 31


@dataclass(frozen=True)
class CategoryStat:
    id: str
    name: str
    color: str  # "#rrggbb"
    kind: str  # quote | figure | party | user


@dataclass(frozen=True)
class StatusStat:
    id: str
    label: str


@dataclass(frozen=True)
class PartyStat:
    """How often a party takes part in live annotations."""

    id: str
    name: str
    quotes: int  # annotations it is the speaker of
    mentions: int  # party mentions naming it
    claims: int  # annotations it is the claimant of

    @property
    def total(self) -> int:
        return self.quotes + self.mentions + self.claims


@dataclass(frozen=True)
class EditorActivity:
    """One editor's work per period (aligned with Statistics.periods)."""

    editor: str  # "" when the annotations carry no name
    created: tuple[int, ...]  # annotations this editor created in each period
    changed: tuple[int, ...]  # annotations this editor changed last, in each period

    @property
    def total_created(self) -> int:
        return sum(self.created)

    @property
    def total_changed(self) -> int:
        return sum(self.changed)


@dataclass(frozen=True)
class Totals:
    articles: int
    annotations: int
    orphans: int
    verified: int

    @property
    def verified_share(self) -> float:
        """Verified annotations as a share (0 to 1) of the live annotations."""
        return self.verified / self.annotations if self.annotations else 0.0


@dataclass
class Statistics:
    """Counts for the whole project (article_id None) or one article."""

    article_id: str | None
    totals: Totals
    categories: list[CategoryStat] = field(default_factory=list)  # in project order
    statuses: list[StatusStat] = field(default_factory=list)  # in desk order
    # (category id, status id) → live annotations; pairs with none are left out.
    by_category_status: dict[tuple[str, str], int] = field(default_factory=dict)
    parties: list[PartyStat] = field(default_factory=list)  # the TOP_PARTIES most quoted
    units: list[tuple[str, int]] = field(default_factory=list)  # most used first
    period: str = "day"  # "day" | "week": what one entry of `periods` covers
    periods: list[str] = field(default_factory=list)  # "2024-05-03" or "2024-W18", in order
    activity: list[EditorActivity] = field(default_factory=list)  # busiest editor first

    def count(self, category_id: str, status_id: str) -> int:
        return self.by_category_status.get((category_id, status_id), 0)

    def category_total(self, category_id: str) -> int:
        return sum(n for (c, _s), n in self.by_category_status.items() if c == category_id)

    def status_total(self, status_id: str) -> int:
        return sum(n for (_c, s), n in self.by_category_status.items() if s == status_id)

    @property
    def empty(self) -> bool:
        """No live annotation in scope: nothing to draw yet."""
        return self.totals.annotations == 0


def statistics(conn: sqlite3.Connection, article_id: str | None = None, *, lang: str = "en",
               tz: tzinfo | None = None) -> Statistics:
    """Statistics of the whole project, or of one article (a deleted or unknown article
    has none). `lang` ("en" or "fr") chooses the status labels; `tz` the time zone whose
    days and weeks count the work (None: this computer's)."""
    if article_id is None:
        # The whole project is read in one pass per query. NOT INDEXED: left to itself,
        # SQLite walks a partial index (of authors, say) and looks every row up in the
        # table, twice as slow as reading the table through.
        rows, scope, params = "annotations n not indexed", _LIVE_ARTICLE, []
        articles = conn.execute(
            "select count(*) from articles where deleted_at is null").fetchone()[0]
    else:  # through the index of live annotations by article (m002, m010)
        rows, scope, params = "annotations n", "n.article_id = ?", [article_id]
        row = conn.execute("select deleted_at from articles where id = ?",
                           [article_id]).fetchone()
        articles = 1 if row is not None and row[0] is None else 0
        if not articles:
            scope, params = "0", []
    live = f"n.deleted_at is null and n.orphaned_at is null and {scope}"

    categories, gone = _categories(conn)
    kinds = {c.id: c.kind for c in categories}
    matrix: Counter[tuple[str, str]] = Counter()
    units: Counter[str] = Counter()
    for category_id, status, unit, n in conn.execute(
            f"select n.category_id, n.status, n.unit, count(*) from {rows} "
            f"where {live} group by 1, 2, 3", params):
        matrix[category_id, status or ""] += n
        if kinds.get(category_id) == "figure":
            units[" ".join((unit or "").split()) or NO_UNIT] += n
    used = {c for c, _s in matrix}
    if used - set(kinds):  # annotations of a category this file does not know (damage)
        categories += [CategoryStat(c, c, "#888888", "user") for c in sorted(used - set(kinds))]
    categories = [c for c in categories if c.id in used or c.id not in gone]

    orphans = conn.execute(  # through the small index of orphans (m010)
        f"select count(*) from annotations n where n.orphaned_at is not null "
        f"and n.deleted_at is null and {scope}", params).fetchone()[0]
    annotations = sum(matrix.values())
    verified = sum(n for (_c, s), n in matrix.items() if s == VERIFIED)
    period, periods, activity = _activity(conn, rows, live, params, tz)
    return Statistics(
        article_id=article_id,
        totals=Totals(articles, annotations, orphans, verified),
        categories=categories,
        statuses=_statuses(conn, {s for _c, s in matrix}, lang),
        by_category_status=dict(matrix),
        parties=_top_parties(conn, rows, live, params),
        units=sorted(units.items(), key=lambda item: (-item[1], item[0].casefold())),
        period=period,
        periods=periods,
        activity=activity,
    )


def open_reader(conn: sqlite3.Connection) -> sqlite3.Connection | None:
    """A second connection, read-only, to the file `conn` reads: statistics of a large
    project take a second or two, which the window spends on a worker thread, reading
    beside its own connection (WAL lets them) rather than holding it. None when the file
    cannot be opened again so (an in-memory database): read through `conn` then."""
    from pathlib import Path

    from annotator.store.diagnosis import second_reader

    path = next((r[2] for r in conn.execute("pragma database_list") if r[1] == "main"), "")
    return second_reader(Path(path)) if path else None


# Annotations of live articles. Not a join: SQLite would read the article row of every
# annotation; the few deleted articles are listed once instead.
_LIVE_ARTICLE = ("n.article_id not in (select id from articles "
                 "where deleted_at is not null and id is not null)")


def _categories(conn: sqlite3.Connection) -> tuple[list[CategoryStat], set[str]]:
    """Every category (live ones first, in project order) and the ids of deleted ones."""
    found, gone = [], set()
    for i, name, color, kind, deleted in conn.execute(
            "select id, name, color, kind, deleted_at from categories "
            "order by deleted_at is not null, position, name"):
        found.append(CategoryStat(i, name, color if _is_color(color) else "#888888",
                                  kind or "user"))
        if deleted is not None:
            gone.add(i)
    return found, gone


def _is_color(value: str | None) -> bool:
    return bool(value) and len(value) == 7 and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def _statuses(conn: sqlite3.Connection, used: set[str], lang: str) -> list[StatusStat]:
    """The project's live statuses in desk order, then any other status still in use."""
    found, known = [], set()
    for status_id, label_en, label_fr, deleted in conn.execute(
            "select id, label_en, label_fr, deleted_at from statuses "
            "order by position, label_en"):
        known.add(status_id)
        if deleted is None or status_id in used:
            label = (label_fr if lang == "fr" and label_fr else label_en) or status_id
            found.append(StatusStat(status_id, label))
    found += [StatusStat(s, s.replace("_", " ").capitalize() or "No status")
              for s in sorted(used - known)]
    return found


def _top_parties(conn: sqlite3.Connection, rows: str, live: str, params: list
                 ) -> list[PartyStat]:
    """The parties most often quoted (speaker), then most often mentioned or claiming."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    # One pass for the three links (three passes through their indexes took longer).
    for *links, n in conn.execute(
            f"select n.speaker_id, n.party_id, n.claimant_id, count(*) from {rows} "
            f"where (n.speaker_id is not null or n.party_id is not null "
            f"or n.claimant_id is not null) and {live} group by 1, 2, 3", params):
        for slot, party_id in enumerate(links):
            if party_id is not None:
                counts[party_id][slot] += n
    if not counts:
        return []
    names = dict(conn.execute("select id, name from parties where deleted_at is null"))
    ranked = sorted((PartyStat(pid, names[pid], *c) for pid, c in counts.items()
                     if pid in names),
                    key=lambda p: (-p.quotes, -p.total, p.name.casefold(), p.id))
    return ranked[:TOP_PARTIES]


def _activity(conn: sqlite3.Connection, rows: str, live: str, params: list,
              tz: tzinfo | None) -> tuple[str, list[str], list[EditorActivity]]:
    """Per editor and day (or ISO week): annotations created (by their author, when they
    were created) and changed (by whoever changed them last, when they did). Only the
    last change of an annotation is recorded, so earlier edits are not counted. The store
    writes its times in UTC ("…Z"); their hour is read as such."""
    # Per UTC hour in SQL (a few thousand groups), then to the local day in Python.
    created = conn.execute(
        f"select n.author, substr(n.created_at, 1, 13), count(*) from {rows} "
        f"where {live} group by 1, 2", params).fetchall()
    changed = conn.execute(
        f"select n.updated_by, substr(n.updated_at, 1, 13), count(*) from {rows} "
        f"where {live} and n.updated_at > n.created_at group by 1, 2", params).fetchall()
    days: dict[str, date | None] = {}
    per_day: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0])
    for slot, rows in ((0, created), (1, changed)):
        for editor, hour, n in rows:
            if hour not in days:
                days[hour] = _local_day(hour, tz)
            day = days[hour]
            if day is not None:
                per_day[editor or "", day][slot] += n
    if not per_day:
        return "day", [], []
    first, last = min(d for _e, d in per_day), max(d for _e, d in per_day)
    if (last - first).days < DAYS_SHOWN_BY_DAY:
        period = "day"
        keys = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        labels = [d.isoformat() for d in keys]

        def bucket(day: date) -> int:
            return (day - first).days
    else:
        period = "week"
        monday = first - timedelta(days=first.weekday())
        weeks = (last - monday).days // 7 + 1
        keys = [monday + timedelta(weeks=i) for i in range(weeks)]
        labels = ["{}-W{:02d}".format(*d.isocalendar()[:2]) for d in keys]

        def bucket(day: date) -> int:
            return (day - monday).days // 7
    totals: dict[str, list[list[int]]] = {}
    for (editor, day), (made, touched) in per_day.items():
        rows = totals.setdefault(editor, [[0] * len(keys), [0] * len(keys)])
        rows[0][bucket(day)] += made
        rows[1][bucket(day)] += touched
    activity = [EditorActivity(editor, tuple(made), tuple(touched))
                for editor, (made, touched) in totals.items()]
    activity.sort(key=lambda a: (-(a.total_created + a.total_changed), a.editor.casefold()))
    return period, labels, activity


def _local_day(hour: str | None, tz: tzinfo | None) -> date | None:
    """The day, in `tz`, of a UTC hour "2024-05-03T10" (None for an unreadable stamp)."""
    try:
        moment = datetime.strptime(hour or "", "%Y-%m-%dT%H")
    except ValueError:
        try:  # a date without a time (written by another tool)
            return date.fromisoformat((hour or "")[:10])
        except ValueError:
            return None
    return moment.replace(tzinfo=timezone.utc).astimezone(tz).date()
