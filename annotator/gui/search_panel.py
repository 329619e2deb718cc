"""Search the whole project: a box that searches as you type and a list of hits.

The list is a QListView over `SearchResultsModel`, which holds SearchHits (no widget per
row) and fetches them 50 at a time as the list is scrolled (canFetchMore/fetchMore). A
delegate draws each hit: what it is and the article's title, then the snippet, hits in
bold. Article text reaches Qt's rich text only through `hit_html`, which escapes every
character of it: a `<script>` or `<img>` in an article is shown, never interpreted.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import category_label
from annotator.gui.i18n import interface_language
from annotator.store import Change, Project
from annotator.store.search import PAGE_SIZE, SearchHit, marked_segments, unmarked

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_DELAY_MS = 150  # search once typing pauses this long
REFRESH_DELAY_MS = 300  # and again this long after the project changed


def _marked_html(marked: str) -> str:
    """Escaped text, the hits between the search's markers in bold."""
    out = []
    for text, hit in marked_segments(" ".join(marked.split())):
        escaped = html.escape(text, quote=True)
        out.append(f"<b>{escaped}</b>" if hit else escaped)
    return "".join(out)


def hit_label(hit: SearchHit, category_names: dict[str, str]) -> str:
    if hit.kind == "article":
        return QCoreApplication.translate("SearchPanel", "Article")
    name = category_names.get(hit.category_id or "", hit.category_id
                              or QCoreApplication.translate("SearchPanel", "Annotation"))
    if hit.orphaned:
        return QCoreApplication.translate("SearchPanel", "{category} (orphan)").format(
            category=name)
    return name


def hit_html(hit: SearchHit, category_names: dict[str, str],
             label_color: str = "#6c757d") -> str:
    """The rich text of one hit. Every piece of user text goes through html.escape."""
    label = html.escape(hit_label(hit, category_names))
    title = _marked_html(hit.title_marked or hit.title) or "<i>{}</i>".format(
        html.escape(QCoreApplication.translate("SearchPanel", "Untitled")))
    snippet = _marked_html(hit.snippet)
    return (f"<div style='white-space: pre'><span style='color: {label_color}'>{label}"
            f" · </span>{title}</div><div>{snippet}</div>")


def hit_text(hit: SearchHit, category_names: dict[str, str]) -> str:
    """The same as plain text (screen readers, tooltips, tests)."""
    title = unmarked(hit.title_marked or hit.title)
    return f"{hit_label(hit, category_names)} · {title}\n{' '.join(unmarked(hit.snippet).split())}"


class SearchResultsModel(QAbstractListModel):
    """The hits of one query, fetched a page at a time as the view asks for more."""

    def __init__(self) -> None:
        super().__init__()
        self._project: Project | None = None
        self._query = ""
        self._hits: list[SearchHit] = []
        self._more = False
        self._categories: dict[str, str] = {}

    @property
    def query(self) -> str:
        return self._query

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self.search("")

    def search(self, query: str) -> None:
        """Show the first page of hits of `query` (nothing for an empty one)."""
        self.beginResetModel()
        self._query = query
        self._hits, self._more = [], False
        if self._project is not None and query.strip():
            self._categories = self._category_names()
            self._hits, self._more = self._page(0, PAGE_SIZE)
        self.endResetModel()

    def refresh(self) -> None:
        """Run the query again (the project changed), as many hits as were shown."""
        if not self._query.strip() or self._project is None:
            return
        self.beginResetModel()
        self._categories = self._category_names()
        self._hits, self._more = self._page(0, max(PAGE_SIZE, len(self._hits)))
        self.endResetModel()

    def _category_names(self) -> dict[str, str]:
        """The project's category names, the built-ins in the interface language."""
        language = interface_language()
        return {c.id: category_label(c, language) for c in self._project.categories()}

    def _page(self, offset: int, limit: int) -> tuple[list[SearchHit], bool]:
        # One hit more than asked: whether there are more to fetch, without counting all.
        hits = self._project.search(self._query, limit=limit + 1, offset=offset)
        return hits[:limit], len(hits) > limit

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or not self._more or self._project is None:
            return
        hits, more = self._page(len(self._hits), PAGE_SIZE)
        self._more = more
        if hits:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._hits)

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def category_names(self) -> dict[str, str]:
        return self._categories

    def has_more(self) -> bool:
        return self._more

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return hit_html(hit, self._categories)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return hit_text(hit, self._categories)
        return None

    def status(self) -> str:
        if not self._query.strip():
            return self.tr(
                "Type to search the titles, texts, annotations and notes of the project.")
        n = len(self._hits)
        if not n:
            return self.tr("No results")
        if self._more:
            return self.tr("{count}+ results").format(count=n)
        return self.tr("%n result(s)", "", n)


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit drawn as rich text: label and title, then the snippet."""

    LINES = 3  # the title's line and up to two of snippet

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the item's frame and selection only; the text is drawn below
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc = self._document(index, opt, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        rect = opt.rect.adjusted(6, 3, -6, -3)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def _document(self, index, option, selected: bool) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        hit, model = index.data(HIT_ROLE), index.model()
        if selected and hit is not None:  # on the selection's colour, the label in its text's
            color = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            doc.setHtml(hit_html(hit, model.category_names(), color))
        else:
            doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(50, option.rect.width() - 12))
        return doc

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        return QSize(200, option.fontMetrics.lineSpacing() * self.LINES + 8)


class SearchPanel(QWidget):
    """The Search tab: `hit_activated(SearchHit)` when a hit is clicked or Enter is pressed."""

    hit_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search the project…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search the project"))
        self.box.setToolTip(self.tr('Words, "an exact phrase", pref* for words starting so, '
                                    "-word to leave out; accents and case do not matter"))
        self.box.installEventFilter(self)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search results count"))
        self.status.setWordWrap(True)
        self.model = SearchResultsModel()
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)  # no layout of every row: they are alike
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.clicked.connect(self._activate)
        self.results.activated.connect(self._activate)  # Enter (and double click)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self.run_search)
        self._refreshing = QTimer(self)
        self._refreshing.setSingleShot(True)
        self._refreshing.setInterval(REFRESH_DELAY_MS)
        self._refreshing.timeout.connect(self._refresh)
        self._stale = False
        self.box.textChanged.connect(lambda _text: self._typing.start())
        self.box.returnPressed.connect(self._enter_in_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setEnabled(False)  # until a project is open
        self._show_status()

    # ---- project ------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """A project was opened or closed: an empty box, no results."""
        self._typing.stop()
        self._refreshing.stop()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.model.set_project(project)
        self.setEnabled(project is not None)
        self._show_status()

    def project_changed(self, change: Change) -> None:
        """The store changed: the hits shown may be out of date; search again soon (when
        the tab is next shown, if it is hidden)."""
        if not self.model.query.strip() or change.entity in ("settings", "suggestion"):
            return
        if self.isVisible():
            self._refreshing.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._refreshing.start()

    def _refresh(self) -> None:
        self._stale = False
        current = self.results.currentIndex()
        key = self._key(current.data(HIT_ROLE)) if current.isValid() else None
        self.model.refresh()
        for row in range(self.model.rowCount()):
            if self._key(self.model.hit(row)) == key:
                self.results.setCurrentIndex(self.model.index(row))
                break
        self._show_status()

    @staticmethod
    def _key(hit: SearchHit | None):
        return None if hit is None else (hit.kind, hit.article_id, hit.annotation_id)

    # ---- searching ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def run_search(self) -> None:
        """Search for what the box holds now (the typing timer calls this)."""
        self._typing.stop()
        self.model.search(self.box.text())
        self._show_status()

    def _show_status(self) -> None:
        self.status.setText(self.model.status())

    def _enter_in_box(self) -> None:
        """Enter in the box: search now if typing had not paused yet, open the first hit."""
        if self._typing.isActive() or self.box.text() != self.model.query:
            self.run_search()
        if self.model.rowCount():
            first = self.model.index(0)
            self.results.setCurrentIndex(first)
            self._activate(first)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Down in the box goes to the results."""
        if (watched is self.box and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            if self._typing.isActive():
                self.run_search()
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)
