"""The project's parties: find, edit and merge them, and see every mention and quote of one.

The view only reads through the Project's Python API. Edits and merges leave as signals the
window turns into undo commands (see party_commands.py); the view then follows the store's
change notifications like every other view, so undo and redo refresh it the same way.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Annotation, Party
from annotator.gui.models import ID_ROLE
from annotator.store import Change, Project

# The labels are translation markers: shown through kind_label().
KINDS = (("person", QT_TRANSLATE_NOOP("PartiesView", "Person")),
         ("organisation", QT_TRANSLATE_NOOP("PartiesView", "Organisation")),
         ("place", QT_TRANSLATE_NOOP("PartiesView", "Place")),
         ("other", QT_TRANSLATE_NOOP("PartiesView", "Other")))
_KIND_LABELS = dict(KINDS)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_TARGET_ROLE = Qt.ItemDataRole.UserRole  # a mention's (article id, annotation id)
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # a merge candidate's folded name and aliases
# Changes that can alter a party row, its counts or its mention list (article titles too).
_RELEVANT = frozenset({"party", "annotation", "article", "project"})


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so “elysee” finds “Élysée”."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_aliases(text: str) -> list[str]:
    """“Jassy, A. Jassy,, jassy” → ["Jassy", "A. Jassy"]: trimmed, no blanks, no repeats."""
    aliases: list[str] = []
    for alias in (" ".join(a.split()) for a in text.split(",")):
        if alias and alias.casefold() not in {a.casefold() for a in aliases}:
            aliases.append(alias)
    return aliases


def kind_label(kind: str) -> str:
    """A party kind in the interface language (a kind from elsewhere as it is)."""
    label = _KIND_LABELS.get(kind)
    return QCoreApplication.translate("PartiesView", label) if label else kind


def mention_label(annotation: Annotation, party_id: str, title: str) -> str:
    """“Quote — “text” — Article title”: how the party takes part comes first."""
    if annotation.speaker_id == party_id:
        template = QCoreApplication.translate("PartiesView", "Quote — “{text}” — {title}")
    elif annotation.claimant_id == party_id:
        template = QCoreApplication.translate("PartiesView", "Claim — “{text}” — {title}")
    else:
        template = QCoreApplication.translate("PartiesView", "Mention — “{text}” — {title}")
    return template.format(text=_short(annotation.exact, 80), title=title)


class PartyTableModel(QAbstractTableModel):
    """Every live party with its counts, sorted by name; reloaded whole on a change."""

    # Translation markers: headerData shows them translated.
    COLUMNS = (QT_TRANSLATE_NOOP("PartyTableModel", "Name"),
               QT_TRANSLATE_NOOP("PartyTableModel", "Kind"),
               QT_TRANSLATE_NOOP("PartyTableModel", "Mentions"),
               QT_TRANSLATE_NOOP("PartyTableModel", "Quotes"))

    def __init__(self) -> None:
        super().__init__()
        self._parties: list[Party] = []
        self._counts: dict[str, tuple[int, int]] = {}
        self._search: list[str] = []  # folded name and aliases, parallel to _parties
        self._rows: dict[str, int] = {}

    def reload(self, parties: list[Party], counts: dict[str, tuple[int, int]]) -> None:
        self.beginResetModel()
        self._parties = sorted(parties, key=lambda p: (fold(p.name), p.name))
        self._counts = counts
        self._search = [fold("\n".join((p.name, *p.aliases))) for p in self._parties]
        self._rows = {p.id: row for row, p in enumerate(self._parties)}
        self.endResetModel()

    def party(self, row: int) -> Party:
        return self._parties[row]

    def row_of(self, party_id: str | None) -> int:
        return self._rows.get(party_id, -1)

    def matches(self, row: int, needle: str) -> bool:
        """needle: already folded."""
        return needle in self._search[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._parties)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PartyTableModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        party, column = self._parties[index.row()], index.column()
        if role == ID_ROLE:
            return party.id
        counts = self._counts.get(party.id, (0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            return (party.name, kind_label(party.kind), *counts)[column]
        if role == SORT_ROLE:
            return (fold(party.name), kind_label(party.kind), *counts)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and party.aliases:
            return self.tr("{name}\nAlso: {aliases}").format(name=party.name,
                                                             aliases=", ".join(party.aliases))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PartyFilterModel(QSortFilterProxyModel):
    """Keeps the parties whose name or an alias contains the typed text (folded)."""

    def __init__(self, source: PartyTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self._needle = fold(text)
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()  # Qt ≥ 6.9 deprecates invalidateRowsFilter for this pair
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        return not self._needle or self.sourceModel().matches(row, self._needle)


class _PlainTextField(QPlainTextEdit):
    """A QPlainTextEdit that, like QLineEdit, says when an edit is finished (focus leaves)."""

    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        if self.document().isModified():
            self.editing_finished.emit()


class MergeTargetDialog(QDialog):
    """Pick the party to merge into, from a list of the others that filters as one types."""

    def __init__(self, parent: QWidget | None, source: Party, candidates: list[Party]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge “{name}” Into…").format(name=_short(source.name)))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or alias"))
        self.filter.setAccessibleName(self.tr("Filter parties"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Target party"))
        for party in sorted(candidates, key=lambda p: fold(p.name)):
            item = QListWidgetItem(party.name)
            item.setData(Qt.ItemDataRole.UserRole, party.id)
            item.setData(_SEARCH_ROLE, fold("\n".join((party.name, *party.aliases))))
            if party.aliases:
                item.setToolTip(self.tr("Also: {aliases}").format(
                    aliases=", ".join(party.aliases)))
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Fold “{name}” and its links into:").format(
            name=source.name)))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.list.itemActivated.connect(lambda *_: self.accept())
        self._apply_filter("")  # Enter in the filter takes the first match (Merge is default)

    def target_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else None

    def accept(self) -> None:
        if self.target_id() is not None:
            super().accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Down from the filter goes to the list, so the choice is made from the keyboard.
        if event.key() == Qt.Key.Key_Down and self.filter.hasFocus():
            self.list.setFocus()
            return
        super().keyPressEvent(event)

    def _apply_filter(self, text: str) -> None:
        needle, first = fold(text), None
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(needle not in item.data(_SEARCH_ROLE))
            if first is None and not item.isHidden():
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.target_id() is not None)

    @classmethod
    def pick(cls, parent: QWidget | None, source: Party, candidates: list[Party]) -> str | None:
        """The chosen target's id, or None if cancelled. (Tests replace this.)"""
        dialog = cls(parent, source, candidates)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        target_id = dialog.target_id() if accepted else None
        dialog.deleteLater()  # owned by the view: do not keep one per merge
        return target_id


class PartiesView(QWidget):
    """Table of parties, the selected one's editor, and its mentions across the project."""

    edit_requested = Signal(str, str, object, object)  # party id, field, old, new
    merge_requested = Signal(str, str)  # source party id, target party id
    open_requested = Signal(str, str)  # article id, annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Parties"))
        self.project: Project | None = None
        self.party: Party | None = None  # the selected party, as last read from the store
        self._stale = False  # a change arrived while hidden: reload when shown
        self._reloading = False  # reselecting after a reload: show the party once, after

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or alias"))
        self.filter.setAccessibleName(self.tr("Filter parties"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._focus_table)

        self.model = PartyTableModel()
        self.proxy = PartyFilterModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Party list"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda *_: self.open_first_mention())

        self.merge_action = QAction(self.tr("&Merge Into…"), self)
        self.merge_action.triggered.connect(self.merge_selected)
        self.table.addAction(self.merge_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.merge_button = QPushButton(self.tr("&Merge Into…"))
        self.merge_button.setAccessibleName(self.tr("Merge into another party"))
        self.merge_button.clicked.connect(self.merge_selected)

        self.name_edit = QLineEdit()
        self.name_edit.editingFinished.connect(self._commit_name)
        self.kind_box = QComboBox()
        for kind, _label in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.kind_box.activated.connect(lambda *_: self._commit_kind())
        self.aliases_edit = QLineEdit()
        self.aliases_edit.setPlaceholderText(self.tr("Other names, comma-separated"))
        self.aliases_edit.editingFinished.connect(self._commit_aliases)
        self.description_edit = _PlainTextField()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Who or what this is, for the desk"))
        self.description_edit.editing_finished.connect(self._commit_description)
        self.mentions = QListWidget()
        self.mentions.setAccessibleName(self.tr("Mentions and quotes"))
        self.mentions.itemActivated.connect(self._open_item)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter)
        top_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.merge_button)
        top_layout.addLayout(buttons)

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("&Name"), self.name_edit),
                              (self.tr("&Kind"), self.kind_box),
                              (self.tr("Al&iases"), self.aliases_edit),
                              (self.tr("Des&cription"), self.description_edit),
                              (self.tr("Mentions and &quotes"), self.mentions)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.description_edit.setMaximumHeight(80)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._read_only = False
        self.load(None)

    # ---- loading -------------------------------------------------------------------------

    def load(self, project: Project | None) -> None:
        """Show this project's parties (None: show nothing)."""
        self.project, self.party = project, None
        self.filter.clear()
        self.refresh_all()

    def refresh(self, change: Change) -> None:
        """Follow one store change; parties and annotations both change what is shown."""
        if change.entity in _RELEVANT:
            self.refresh_all()

    def refresh_all(self) -> None:
        """Re-read every row, keeping the selected party (by id) and the mention shown."""
        if self.project is not None and not self.isVisible():
            self._stale = True  # a hidden tab need not query on every keystroke elsewhere
            return
        self._stale = False
        selected = self.party.id if self.party else None
        project = self.project
        self._reloading = True
        try:
            self.model.reload(project.parties() if project else [],
                              project.party_counts() if project else {})
            self.select_party(selected)
        finally:
            self._reloading = False
        self._show_selected()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh_all()

    # ---- selection -----------------------------------------------------------------------

    def current_party_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_party(self, party_id: str | None) -> bool:
        """Select this party's row (if it exists and passes the filter)."""
        row = self.model.row_of(party_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        selection = self.table.selectionModel()
        if not index.isValid():
            selection.clear()
            return False
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _on_selection(self, *_args) -> None:
        if not self._reloading:
            self._show_selected()

    @property
    def read_only(self) -> bool:
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        """A read-only project: parties can be read and browsed, not edited or merged."""
        self._read_only = value
        for edit in (self.name_edit, self.aliases_edit, self.description_edit):
            edit.setReadOnly(value)
        self.kind_box.setEnabled(not value)
        self._show_selected()

    def _show_selected(self) -> None:
        party_id = self.current_party_id()
        same = self.party is not None and self.party.id == party_id
        self.party = self.project.party(party_id) if self.project and party_id else None
        self._fill_editor(keep_typing=same)
        self._fill_mentions()
        has_party = self.party is not None
        self.details.setEnabled(has_party)
        self.merge_action.setEnabled(has_party and self.model.rowCount() > 1
                                     and not self._read_only)
        self.merge_button.setEnabled(self.merge_action.isEnabled())

    def _fill_editor(self, keep_typing: bool) -> None:
        party = self.party
        # A refresh must not wipe what the user is typing into a field of the same party.
        for edit, value in ((self.name_edit, party.name if party else ""),
                            (self.aliases_edit, ", ".join(party.aliases) if party else "")):
            if not (keep_typing and edit.hasFocus() and edit.isModified()):
                edit.setText(value)  # setText is no edit: it emits no editingFinished
                edit.setCursorPosition(0)
        if not (keep_typing and self.description_edit.hasFocus()
                and self.description_edit.document().isModified()):
            self.description_edit.setPlainText(party.description if party else "")
        self.kind_box.blockSignals(True)
        kind = party.kind if party else "other"
        if self.kind_box.findData(kind) < 0:  # a kind from elsewhere (a merge, an import)
            self.kind_box.addItem(kind, kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.kind_box.blockSignals(False)

    def _fill_mentions(self) -> None:
        current = self.mentions.currentItem()
        keep = current.data(_TARGET_ROLE) if current else None
        self.mentions.clear()
        if self.party is None or self.project is None:
            return
        for annotation, title in self.project.party_mentions(self.party.id):
            item = QListWidgetItem(mention_label(annotation, self.party.id, title))
            item.setData(_TARGET_ROLE, (annotation.article_id, annotation.id))
            item.setToolTip(annotation.exact)
            self.mentions.addItem(item)
            if item.data(_TARGET_ROLE) == keep:
                self.mentions.setCurrentItem(item)

    # ---- user actions --------------------------------------------------------------------

    def open_first_mention(self) -> None:
        """Enter on a party opens where it first appears."""
        if self.mentions.count():
            self._open_item(self.mentions.item(0))

    def _open_item(self, item: QListWidgetItem) -> None:
        article_id, annotation_id = item.data(_TARGET_ROLE)
        self.open_requested.emit(article_id, annotation_id)

    def merge_selected(self) -> None:
        """Ask which party to fold the selected one into, then request the merge."""
        if self.party is None or self.project is None:
            return
        others = [p for p in self.project.parties() if p.id != self.party.id]
        target_id = MergeTargetDialog.pick(self, self.party, others)
        if target_id:
            self.merge_into(target_id)

    def merge_into(self, target_id: str) -> None:
        source_id = self.party.id if self.party else None
        if source_id is None or target_id == source_id:
            return
        self.merge_requested.emit(source_id, target_id)
        if self.model.row_of(source_id) < 0:  # merged (synchronously): follow to the target
            self.select_party(target_id)

    def _request(self, field: str, new) -> None:
        if self.party is not None:
            old = getattr(self.party, field)
            if new != old:
                self.edit_requested.emit(self.party.id, field, old, new)

    def _commit_name(self) -> None:
        name = " ".join(self.name_edit.text().split())
        self.name_edit.setModified(False)
        if not name and self.party is not None:  # a party needs a name: put it back
            self.name_edit.setText(self.party.name)
            return
        self._request("name", name)

    def _commit_kind(self) -> None:
        self._request("kind", self.kind_box.currentData())

    def _commit_aliases(self) -> None:
        self.aliases_edit.setModified(False)
        self._request("aliases", split_aliases(self.aliases_edit.text()))

    def _commit_description(self) -> None:
        self.description_edit.document().setModified(False)
        self._request("description", self.description_edit.toPlainText().strip())

    def _apply_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        # The selected party may now be filtered out: the details follow the selection.
        self._show_selected()

    def _focus_table(self) -> None:
        if self.current_party_id() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
