"""Qt item models over the store. They hold ids and update row by row from store changes."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from annotator.core.model import BUILTIN_STATUSES, Annotation, Category, category_label
from annotator.gui.i18n import interface_language
from annotator.store import Change, Project

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TABLE_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                          Qt.ItemDataRole.DecorationRole, ID_ROLE})


class ArticleListModel(QAbstractListModel):
    """The project's live articles, by id; titles and counts are fetched once and cached."""

    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self._project: Project | None = None
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # id → row, rebuilt after rows move
        self._info: dict[str, dict] = {}
        self._allowed: set[str] | None = None  # the filter's articles; None shows all
        # Every row's size (two lines; the view sets it): rows then fill the list's width
        # and long titles are elided, and no row is measured one by one.
        self.row_size = None
        self.set_project(project)

    def set_project(self, project: Project | None) -> None:
        self.beginResetModel()
        self._project = project
        self._ids = self._filtered(project.article_ids() if project else [])
        self._rows = None
        self._info = {}
        self.endResetModel()

    def set_allowed(self, article_ids: set[str] | None) -> None:
        """Show only these articles (a filter on their annotations), or all with None."""
        self._allowed = article_ids
        self.set_project(self._project)

    def _filtered(self, ids: list[str]) -> list[str]:
        return ids if self._allowed is None else [i for i in ids if i in self._allowed]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def article_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, article_id: str) -> int:
        if self._rows is None or len(self._rows) != len(self._ids):
            self._rows = {article_id: row for row, article_id in enumerate(self._ids)}
        return self._rows.get(article_id, -1)

    def _summary(self, article_id: str) -> dict:
        info = self._info.get(article_id)
        if info is None and self._project is not None:
            # Fetch the rows around this one in a single query: views ask row by row.
            row = self.row_of(article_id)
            batch = self._ids[max(0, row - 50): row + 50]
            for summary in self._project.article_summaries(batch):
                self._info[summary["id"]] = summary
            info = self._info.get(article_id, {"title": "?", "source": "", "annotations": 0})
        return info

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article_id = self._ids[index.row()]
        if role == ID_ROLE:
            return article_id
        if role == Qt.ItemDataRole.SizeHintRole:
            return self.row_size
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            info = self._summary(article_id)
            count = info["annotations"]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{title}\n%n annotation(s)", "", count).format(
                    title=info["title"])
            if info["source"]:
                return self.tr("{title} — {source} (%n annotation(s))", "", count).format(
                    title=info["title"], source=info["source"])
            return self.tr("{title} (%n annotation(s))", "", count).format(title=info["title"])
        return None

    def on_change(self, change: Change) -> None:
        if change.entity == "project":
            self.set_project(self._project)
        elif change.entity == "article":
            for article_id in change.ids:
                self._info.pop(article_id, None)
                row = self.row_of(article_id)
                if change.op == "added" and row < 0:
                    if self._allowed is not None and article_id not in self._allowed:
                        continue
                    # Keep import order: re-read the ordered ids (cheap) to find its place.
                    shown = set(self._ids) | {article_id}
                    ids = [i for i in self._project.article_ids() if i in shown]
                    pos = ids.index(article_id) if article_id in ids else len(self._ids)
                    self.beginInsertRows(QModelIndex(), pos, pos)
                    self._ids.insert(pos, article_id)
                    self._rows = None
                    self.endInsertRows()
                elif change.op == "removed" and row >= 0:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._ids[row]
                    self._rows = None
                    self.endRemoveRows()
                elif row >= 0:
                    self.dataChanged.emit(self.index(row), self.index(row))
        elif change.entity == "annotation" and change.op in ("added", "removed"):
            step = 1 if change.op == "added" else -1
            for article_id in change.article_ids:
                info = self._info.get(article_id)
                if len(change.article_ids) > 1:
                    self._info.pop(article_id, None)  # how many are whose is not known here
                elif info is not None:  # adjust the cached count rather than query again
                    info["annotations"] += step * len(change.ids)
                row = self.row_of(article_id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row), self.index(row))


class AnnotationTableModel(QAbstractTableModel):
    """Annotations of the open article, grouped by category, in reading order within each.

    It holds ids and sort keys only; the rows a view shows are fetched from the store a page
    at a time, so opening an article with 10,000 annotations costs one small query.
    """

    # Translation markers: headerData shows them translated.
    COLUMNS = (QT_TRANSLATE_NOOP("AnnotationTableModel", "Category"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Status"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"))
    PAGE = 100

    def __init__(self) -> None:
        super().__init__()
        self._project: Project | None = None
        self._categories: dict[str, Category] = {}
        self._position: dict[str, int] = {}
        self._spans: dict[str, tuple[str, int, int]] = {}  # id -> (category, start, end)
        self._ids: list[str] = []  # rows shown (after the category filter)
        self._keys: list[tuple] = []  # their sort keys, parallel to _ids
        self._cache: dict[str, Annotation] = {}
        self._filter: str | None = None
        self._allowed: set[str] | None = None  # the filter bar's annotations; None: all
        self._status_labels: dict[str, str] = {
            s.id: s.label(interface_language()) for s in BUILTIN_STATUSES}
        self._counts: dict[str, int] = {}
        self.article_id: str | None = None

    # ---- loading -------------------------------------------------------------------------

    def load(self, project: Project | None, categories: list[Category],
             article_id: str | None, spans: list[tuple[str, str, int, int]]) -> None:
        """spans: (id, category_id, start, end) as the store's span_index gives them."""
        self.beginResetModel()
        self._project = project
        self.article_id = article_id
        self._categories = {c.id: c for c in categories}
        self._position = {c.id: i for i, c in enumerate(categories)}
        self._spans = {i: (c, s, e) for i, c, s, e in spans}
        self._counts = dict.fromkeys(self._categories, 0)
        for category, _s, _e in self._spans.values():
            if category in self._counts:
                self._counts[category] += 1
        self._cache = {}
        self._rebuild_rows()
        self.endResetModel()

    def set_status_labels(self, labels: dict[str, str]) -> None:
        self._status_labels = labels
        if self._ids:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._ids) - 1, 2))

    def set_allowed(self, annotation_ids: set[str] | None) -> None:
        """Show only these annotations (the filter bar's), or all with None."""
        self.beginResetModel()
        self._allowed = annotation_ids
        self._rebuild_rows()
        self.endResetModel()

    def set_category_filter(self, category_id: str | None) -> None:
        self.beginResetModel()
        self._filter = category_id
        self._rebuild_rows()
        self.endResetModel()

    def _rebuild_rows(self) -> None:
        # Mostly in order already (the store gives reading order), so the sort is cheap.
        position, wanted, allowed = self._position, self._filter, self._allowed
        self._keys = sorted(
            (position[c], s, -e, i) for i, (c, s, e) in self._spans.items()
            if c in position and (wanted is None or c == wanted)
            and (allowed is None or i in allowed)
        )
        self._ids = [key[3] for key in self._keys]

    def _key(self, annotation_id: str) -> tuple:
        category, start, end = self._spans[annotation_id]
        return (self._position.get(category, 99), start, -end, annotation_id)

    def _visible(self, annotation_id: str) -> bool:
        return ((self._filter is None or self._spans[annotation_id][0] == self._filter)
                and (self._allowed is None or annotation_id in self._allowed))

    # ---- lookups -------------------------------------------------------------------------

    def annotation(self, annotation_id: str | None) -> Annotation | None:
        if annotation_id not in self._spans:
            return None
        if annotation_id not in self._cache and self._project is not None:
            row = self.row_of(annotation_id)
            page = self._ids[max(0, row - self.PAGE // 2): row + self.PAGE // 2] if row >= 0 else []
            self._cache.update(self._project.annotations_by_id({annotation_id, *page}))
        return self._cache.get(annotation_id)

    def annotation_at(self, index: QModelIndex) -> Annotation | None:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        return self.annotation(self._ids[index.row()])

    def row_of(self, annotation_id: str) -> int:
        if annotation_id not in self._spans or not self._visible(annotation_id):
            return -1
        row = bisect_left(self._keys, self._key(annotation_id))
        return row if row < len(self._ids) and self._ids[row] == annotation_id else -1

    def index_of(self, annotation_id: str) -> QModelIndex:
        row = self.row_of(annotation_id)
        return self.index(row, 1) if row >= 0 else QModelIndex()

    def span(self, annotation_id: str) -> tuple[str, int, int] | None:
        return self._spans.get(annotation_id)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    # ---- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AnnotationTableModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Views ask for a dozen roles per cell on every repaint: answer the unused ones first.
        if role not in _TABLE_ROLES or not index.isValid():
            return None
        annotation_id = self._ids[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return annotation_id
        if column == 0:
            category = self._categories.get(self._spans[annotation_id][0])
            if category is None:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return category_label(category, interface_language())
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(category.color)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        a = self.annotation(annotation_id)
        if a is None:
            return None
        if column == 1:
            text = " ".join(a.exact.split())
            if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
                text = text[:119] + "…"
            return text
        if column == 2:
            return self._status_labels.get(a.status, a.status)
        return a.note if role == Qt.ItemDataRole.ToolTipRole else " ".join(a.note.split())

    # ---- store changes -------------------------------------------------------------------

    def on_change(self, change: Change, rows: dict[str, Annotation | None]) -> None:
        """Apply an annotation change of the open article, row by row.

        rows: the changed annotations as the window read them for the highlights (None for
        a removed one), so a keystroke reads each row once.
        """
        if change.entity != "annotation" or self.article_id not in change.article_ids:
            return
        for annotation_id in change.ids:
            if change.op == "removed":
                self._remove(annotation_id)
                continue
            if annotation_id not in rows:
                continue  # of another article (one change can span several)
            a = rows[annotation_id]
            if a is None or a.deleted_at or a.orphaned_at or a.category_id not in self._categories:
                self._remove(annotation_id)
                continue
            old = self._spans.get(annotation_id)
            if old is not None and old != (a.category_id, a.start, a.end):
                self._remove(annotation_id)
            self._cache[annotation_id] = a
            if annotation_id in self._spans:
                row = self.row_of(annotation_id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
            else:
                self._insert(a)

    def _insert(self, a: Annotation) -> None:
        self._spans[a.id] = (a.category_id, a.start, a.end)
        self._counts[a.category_id] = self._counts.get(a.category_id, 0) + 1
        self._cache[a.id] = a
        if not self._visible(a.id):
            return
        key = self._key(a.id)
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, a.id)
        self._keys.insert(row, key)
        self.endInsertRows()

    def _remove(self, annotation_id: str) -> None:
        if annotation_id not in self._spans:
            return
        category = self._spans[annotation_id][0]
        self._counts[category] = self._counts.get(category, 1) - 1
        row = self.row_of(annotation_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            del self._keys[row]
            del self._spans[annotation_id]
            self.endRemoveRows()
        else:
            del self._spans[annotation_id]
        self._cache.pop(annotation_id, None)
