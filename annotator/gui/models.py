"""Qt item models over the store. They hold ids and update row by row from store changes."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.core.model import STATUSES, Annotation, Category
from annotator.store import Change, Project

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleListModel(QAbstractListModel):
    """The project's live articles, by id; titles and counts are fetched once and cached."""

    def __init__(self, project: Project | None = None) -> None:
        super().__init__()
        self._project: Project | None = None
        self._ids: list[str] = []
        self._info: dict[str, dict] = {}
        self.set_project(project)

    def set_project(self, project: Project | None) -> None:
        self.beginResetModel()
        self._project = project
        self._ids = project.article_ids() if project else []
        self._info = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def article_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, article_id: str) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            info = self._summary(article_id)
            count = info["annotations"]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{info['title']}\n{count} annotation{'s' if count != 1 else ''}"
            source = f" — {info['source']}" if info["source"] else ""
            return f"{info['title']}{source} ({count} annotations)"
        return None

    def on_change(self, change: Change) -> None:
        if change.entity == "project":
            self.set_project(self._project)
        elif change.entity == "article":
            for article_id in change.ids:
                self._info.pop(article_id, None)
                row = self.row_of(article_id)
                if change.op == "added" and row < 0:
                    # Keep import order: re-read the ordered ids (cheap) to find its place.
                    ids = self._project.article_ids()
                    pos = ids.index(article_id) if article_id in ids else len(self._ids)
                    self.beginInsertRows(QModelIndex(), pos, pos)
                    self._ids.insert(pos, article_id)
                    self.endInsertRows()
                elif change.op == "removed" and row >= 0:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._ids[row]
                    self.endRemoveRows()
                elif row >= 0:
                    self.dataChanged.emit(self.index(row), self.index(row))
        elif change.entity == "annotation" and change.op in ("added", "removed"):
            step = 1 if change.op == "added" else -1
            for article_id in change.article_ids:
                info = self._info.get(article_id)
                if info is not None:  # adjust the cached count rather than query again
                    info["annotations"] += step * len(change.ids)
                row = self.row_of(article_id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row), self.index(row))


class AnnotationTreeModel(QAbstractItemModel):
    """Annotations of the open article grouped by category (top level), in reading order.

    Top-level rows have internalId 0; a child's internalId is its category row + 1.
    """

    COLUMNS = ("Text", "Status", "Note")

    def __init__(self) -> None:
        super().__init__()
        self._categories: list[Category] = []
        self._children: list[list[str]] = []  # per category: annotation ids in reading order
        self._keys: list[list[tuple]] = []  # per category: sort keys, parallel to _children
        self._by_id: dict[str, Annotation] = {}
        self.article_id: str | None = None

    # ---- loading -------------------------------------------------------------------------

    def load(self, categories: list[Category], article_id: str | None,
             annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self.article_id = article_id
        self._categories = list(categories)
        self._by_id = {a.id: a for a in annotations}
        self._children = [[] for _ in self._categories]
        self._keys = [[] for _ in self._categories]
        rows = {c.id: i for i, c in enumerate(self._categories)}
        for a in sorted(annotations, key=_sort_key):
            row = rows.get(a.category_id)
            if row is not None:
                self._children[row].append(a.id)
                self._keys[row].append(_sort_key(a))
        self.endResetModel()

    def annotation(self, annotation_id: str) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def annotation_at(self, index: QModelIndex) -> Annotation | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._by_id.get(self._children[index.internalId() - 1][index.row()])

    def index_of(self, annotation_id: str) -> QModelIndex:
        a = self._by_id.get(annotation_id)
        row = self._category_row(a.category_id) if a else -1
        if row < 0:
            return QModelIndex()
        pos = bisect_left(self._keys[row], _sort_key(a))
        return self.createIndex(pos, 0, row + 1)

    def counts(self) -> dict[str, int]:
        return {c.id: len(ids) for c, ids in zip(self._categories, self._children)}

    def categories(self) -> list[Category]:
        return list(self._categories)

    # ---- Qt model API --------------------------------------------------------------------

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not parent.isValid():
            if 0 <= row < len(self._categories):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        if 0 <= row < len(self._children[parent.row()]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            cat = self._categories[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{cat.name} ({len(self._children[index.row()])})"
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return QColor(cat.color)
            if role == ID_ROLE:
                return cat.id
            return None
        a = self.annotation_at(index)
        if a is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                text = " ".join(a.exact.split())
                if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
                    text = text[:119] + "…"
                return text
            if index.column() == 1:
                return STATUSES.get(a.status, a.status)
            note = a.note or ""
            return note if role == Qt.ItemDataRole.ToolTipRole else " ".join(note.split())
        if role == ID_ROLE:
            return a.id
        return None

    # ---- store changes -------------------------------------------------------------------

    def on_change(self, change: Change, project: Project) -> None:
        if change.entity != "annotation" or self.article_id not in change.article_ids:
            return
        for annotation_id in change.ids:
            if change.op == "removed":
                self._remove(annotation_id)
            elif change.op == "added":
                a = project.annotation(annotation_id)
                if a is not None:
                    self._insert(a)
            else:
                a = project.annotation(annotation_id)
                old = self._by_id.get(annotation_id)
                if a is None or old is None:
                    continue
                if old.category_id != a.category_id or _sort_key(old) != _sort_key(a):
                    self._remove(annotation_id)
                    self._insert(a)
                else:
                    self._by_id[annotation_id] = a
                    idx = self.index_of(annotation_id)
                    self.dataChanged.emit(idx, idx.siblingAtColumn(len(self.COLUMNS) - 1))

    def _category_row(self, category_id: str) -> int:
        for row, cat in enumerate(self._categories):
            if cat.id == category_id:
                return row
        return -1

    def _insert(self, a: Annotation) -> None:
        row = self._category_row(a.category_id)
        if row < 0 or a.id in self._by_id:
            return
        key = _sort_key(a)
        pos = bisect_left(self._keys[row], key)
        parent = self.createIndex(row, 0, 0)
        self.beginInsertRows(parent, pos, pos)
        self._children[row].insert(pos, a.id)
        self._keys[row].insert(pos, key)
        self._by_id[a.id] = a
        self.endInsertRows()
        self.dataChanged.emit(parent, parent)  # the count in the category label

    def _remove(self, annotation_id: str) -> None:
        a = self._by_id.get(annotation_id)
        if a is None:
            return
        idx = self.index_of(annotation_id)
        row = idx.internalId() - 1
        parent = self.createIndex(row, 0, 0)
        self.beginRemoveRows(parent, idx.row(), idx.row())
        del self._children[row][idx.row()]
        del self._keys[row][idx.row()]
        del self._by_id[annotation_id]
        self.endRemoveRows()
        self.dataChanged.emit(parent, parent)


def _sort_key(a: Annotation) -> tuple:
    return (a.start, -a.end, a.id)
