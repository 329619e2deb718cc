"""The fact-check record of one annotation: status, rating, who said or claimed it, the
figure's value, the note and the evidence.

Like the panel it sits in, it never writes to the store: every change is a signal the
window turns into an undo command. What it shows comes from setters (statuses, parties)
and from the annotation the panel hands it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import RATINGS, Annotation, Evidence, Party, Status, new_id
from annotator.gui.i18n import interface_language

NOTE_COMMIT_DELAY_MS = 600  # typing pauses longer than this are committed to the file
# Which party link an annotation of each built-in category carries, and its label (the
# labels are translation markers: shown through tr_link()).
PARTY_LINKS = {"quote": ("speaker_id", QT_TRANSLATE_NOOP("VerificationEditor", "Speaker")),
               "figure": ("claimant_id", QT_TRANSLATE_NOOP("VerificationEditor",
                                                           "Claimed by")),
               "party": ("party_id", QT_TRANSLATE_NOOP("VerificationEditor", "Party"))}
# The form label of that link, with its Alt+letter.
PARTY_LINK_LABELS = {"speaker_id": QT_TRANSLATE_NOOP("VerificationEditor", "S&peaker"),
                     "claimant_id": QT_TRANSLATE_NOOP("VerificationEditor", "&Claimed by"),
                     "party_id": QT_TRANSLATE_NOOP("VerificationEditor", "&Party")}
NO_PARTY = QT_TRANSLATE_NOOP("VerificationEditor", "(none)")


def tr_link(text: str) -> str:
    """One of the markers above, in the interface language."""
    return QCoreApplication.translate("VerificationEditor", text)


class EvidenceDialog(QDialog):
    """One evidence source: a URL or a document, its title, when it was consulted, a note."""

    def __init__(self, parent: QWidget | None, evidence: Evidence) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence"))
        self.evidence = evidence
        self.url = QLineEdit(evidence.url)
        self.url.setAccessibleName(self.tr("Link or document"))
        self.url.setPlaceholderText(self.tr("https://… or a document"))
        browse = QPushButton(self.tr("&Document…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.url, 1)
        where.addWidget(browse)
        self.title = QLineEdit(evidence.title)
        self.title.setAccessibleName(self.tr("Title"))
        self.consulted = QLineEdit(evidence.consulted_at or "")
        self.consulted.setAccessibleName(self.tr("Consulted on"))
        self.consulted.setPlaceholderText(self.tr("2024-03-05, or 5 mars 2024"))
        self.note = QPlainTextEdit(evidence.note)
        self.note.setAccessibleName(self.tr("Evidence note"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout(self)
        # A row holding a layout gets a label without a buddy, whose "&" would show as is.
        source_label = QLabel(self.tr("&Source"))
        source_label.setBuddy(self.url)
        form.addRow(source_label, where)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Consulted on"), self.consulted)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence document"))
        if path:
            self.url.setText(path)

    def values(self) -> dict:
        return {"url": self.url.text().strip(), "title": " ".join(self.title.text().split()),
                "consulted_at": self._consulted(), "note": self.note.toPlainText().strip()}

    def _consulted(self) -> str | None:
        from annotator.io.dates import iso_date

        text = self.consulted.text().strip()
        return (iso_date(text) or None) if text else None

    def accept(self) -> None:
        values = self.values()
        if not values["url"] and not values["title"]:
            QMessageBox.warning(self, self.tr("Evidence"),
                                self.tr("Give a link, a document or a title."))
            return
        if self.consulted.text().strip() and values["consulted_at"] is None:
            QMessageBox.warning(self, self.tr("Evidence"),
                                self.tr("The date consulted cannot be read; write it as "
                                        "2024-03-05 or 5 mars 2024."))
            return
        super().accept()


class VerificationEditor(QWidget):
    edit_requested = Signal(str, str, object)  # annotation id, field, new value
    new_party_requested = Signal(str, str, str)  # annotation id, link field, party name
    evidence_added = Signal(object)  # Evidence
    evidence_edited = Signal(str, dict, dict)  # evidence id, old values, new values
    evidence_removed = Signal(object)  # Evidence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._annotation: Annotation | None = None
        self._read_only = False
        self._parties: list[Party] = []
        self._evidence: list[Evidence] = []
        self.lang = interface_language()

        self.heading = QLabel(self.tr("No annotation selected"))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed = QLabel()
        self.changed.setWordWrap(True)  # long names must not widen the panel
        self.changed.setAccessibleName(self.tr("Last changed"))
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Status"))
        self.status_box.activated.connect(lambda _row: self._chosen("status", self.status_box))
        self.rating_box = QComboBox()
        self.rating_box.setAccessibleName(self.tr("Rating"))
        self.rating_box.activated.connect(lambda _row: self._chosen("rating", self.rating_box))
        self.party_box = QComboBox()
        self.party_box.setEditable(True)
        self.party_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.party_box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.party_box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.party_box.setAccessibleName(tr_link(PARTY_LINKS["quote"][1]))
        self.party_box.lineEdit().editingFinished.connect(self._party_typed)
        self.party_box.activated.connect(lambda _row: self._party_typed())
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(self.tr("Value"))
        self.value_edit.setPlaceholderText("14000")
        self.unit_edit = QLineEdit()
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_edit.setPlaceholderText(self.tr("EUR, %, postes…"))
        self.ref_date_edit = QLineEdit()
        self.ref_date_edit.setAccessibleName(self.tr("Reference date"))
        self.ref_date_edit.setPlaceholderText("2024, 2024-03-05…")
        for field, edit in (("value", self.value_edit), ("unit", self.unit_edit),
                            ("ref_date", self.ref_date_edit)):
            edit.editingFinished.connect(lambda f=field, e=edit: self._text_edited(f, e))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("What needs checking, sources, doubts…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._note_typed)
        self.note_edit.installEventFilter(self)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_COMMIT_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self.evidence_list = QListWidget()
        self.evidence_list.setAccessibleName(self.tr("Evidence"))
        self.evidence_list.itemActivated.connect(lambda _item: self.edit_evidence())
        self.evidence_list.setMaximumHeight(90)
        add, edit, remove = (QPushButton(self.tr("&Add…")), QPushButton(self.tr("Edit…")),
                             QPushButton(self.tr("Remove")))
        add.setToolTip(self.tr("Record a source that confirms or refutes this"))
        add.clicked.connect(self.add_evidence)
        edit.clicked.connect(self.edit_evidence)
        remove.clicked.connect(self.remove_evidence)
        evidence_buttons = QHBoxLayout()
        for button in (add, edit, remove):
            evidence_buttons.addWidget(button)
        for box in (self.status_box, self.rating_box, self.party_box):
            # The side panel stays narrow; long labels show in the open list.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Status"), self.status_box)
        self.form.addRow(self.tr("&Rating"), self.rating_box)
        self.form.addRow(tr_link(PARTY_LINK_LABELS["speaker_id"]), self.party_box)
        self.form.addRow(self.tr("&Value"), self.value_edit)
        self.form.addRow(self.tr("&Unit"), self.unit_edit)
        self.form.addRow(self.tr("&Date"), self.ref_date_edit)
        self.form.addRow(self.tr("&Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.changed)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Evidence")))
        layout.addWidget(self.evidence_list)
        layout.addLayout(evidence_buttons)
        self.set_statuses([])
        self.show_annotation(None)

    # ---- what it offers ------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """A read-only project: the record is shown, not editable."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = value
        self.setEnabled(self._annotation is not None and not value)

    def set_statuses(self, statuses: list[Status], lang: str | None = None) -> None:
        """Offer these statuses, and the ratings, named in `lang` ("en" or "fr"; by default
        the interface language)."""
        lang = self.lang = lang or interface_language()
        self.status_box.clear()
        for status in statuses:
            self.status_box.addItem(status.label(lang), status.id)
        self.rating_box.clear()
        self.rating_box.addItem(self.tr("No rating"), None)
        for rating in RATINGS:
            self.rating_box.addItem(rating.label(lang), rating.id)
        self._fill_values()

    def set_parties(self, parties: list[Party]) -> None:
        self._parties = sorted(parties, key=lambda p: p.name.casefold())
        self._fill_parties()

    def set_evidence(self, evidence: list[Evidence]) -> None:
        self._evidence = list(evidence)
        self.evidence_list.clear()
        for e in self._evidence:
            name = e.title or e.url
            text = (self.tr("{source} (consulted {date})").format(source=name,
                                                                   date=e.consulted_at)
                    if e.consulted_at else name)
            item = QListWidgetItem(text)
            item.setToolTip("\n".join(filter(None, [e.url, e.note])))
            self.evidence_list.addItem(item)

    # ---- the annotation ------------------------------------------------------------------

    @property
    def annotation_id(self) -> str | None:
        return self._annotation.id if self._annotation else None

    def show_annotation(self, a: Annotation | None) -> None:
        """Show another annotation (or none); the previous one's note is sent first."""
        if self._annotation is not None and (a is None or a.id != self._annotation.id):
            self.commit_note()
        self._annotation = a
        self.setEnabled(a is not None and not self._read_only)
        self.note_edit.blockSignals(True)
        if a is None:
            self.heading.setText(self.tr("No annotation selected"))
            self.changed.setText("")
            self.note_edit.setPlainText("")
            self.set_evidence([])
        else:
            excerpt = " ".join(a.exact.split())
            excerpt = excerpt if len(excerpt) < 200 else excerpt[:199] + "…"
            self.heading.setText(self.tr("“{text}”").format(text=excerpt))
            self.note_edit.setPlainText(a.note or "")
        self.note_edit.blockSignals(False)
        self._fill_values()

    def refresh(self, a: Annotation | None) -> None:
        """The store changed this annotation (undo, redo, another field): show its values,
        without overwriting a note being typed."""
        if a is None or self._annotation is None or a.id != self._annotation.id:
            self.show_annotation(a)
            return
        self._annotation = a
        if self._note_text() != (a.note or "") and not self._note_timer.isActive():
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(a.note or "")
            self.note_edit.blockSignals(False)
        self._fill_values()

    def _fill_values(self) -> None:
        a = self._annotation
        if a is None:
            return
        when = (a.updated_at or "")[:16].replace("T", " ")
        changed_by = a.updated_by or a.author or self.tr("unknown", "who changed it")
        if a.author and a.author != changed_by:
            text = self.tr("Created by {author}; last changed by {editor}, {when} UTC")
        else:
            text = self.tr("last changed by {editor}, {when} UTC")
        self.changed.setText(text.format(author=a.author, editor=changed_by, when=when))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(a.status)))
        self.rating_box.setCurrentIndex(max(0, self.rating_box.findData(a.rating)))
        link = PARTY_LINKS.get(a.category_id)
        self.form.setRowVisible(self.party_box, link is not None)
        self.form.setRowVisible(self.rating_box, a.category_id in ("quote", "figure"))
        for edit in (self.value_edit, self.unit_edit, self.ref_date_edit):
            self.form.setRowVisible(edit, a.category_id == "figure")
        if link is not None:
            self.form.labelForField(self.party_box).setText(tr_link(PARTY_LINK_LABELS[link[0]]))
            self.party_box.setAccessibleName(tr_link(link[1]))
            self._fill_parties()
        for field, edit in (("value", self.value_edit), ("unit", self.unit_edit),
                            ("ref_date", self.ref_date_edit)):
            if not edit.hasFocus():
                edit.setText(getattr(a, field) or "")

    def _fill_parties(self) -> None:
        a = self._annotation
        link = PARTY_LINKS.get(a.category_id) if a else None
        self.party_box.blockSignals(True)
        self.party_box.clear()
        self.party_box.addItem(tr_link(NO_PARTY), None)
        for party in self._parties:
            self.party_box.addItem(party.name, party.id)
        current = getattr(a, link[0]) if link else None
        self.party_box.setCurrentIndex(max(0, self.party_box.findData(current)))
        self.party_box.blockSignals(False)

    # ---- edits ---------------------------------------------------------------------------

    def _chosen(self, field: str, box: QComboBox) -> None:
        a = self._annotation
        value = box.currentData()
        if a is not None and value != getattr(a, field):
            self.edit_requested.emit(a.id, field, value)

    def _party_typed(self) -> None:
        a = self._annotation
        link = PARTY_LINKS.get(a.category_id) if a else None
        if link is None:
            return
        field = link[0]
        name = " ".join(self.party_box.currentText().split())
        if not name or name in (NO_PARTY, tr_link(NO_PARTY)):
            party_id = None
        else:
            match = next((p for p in self._parties if name.casefold() in
                          {n.casefold() for n in (p.name, *p.aliases)}), None)
            if match is None:
                self.new_party_requested.emit(a.id, field, name)
                return
            party_id = match.id
        if party_id != getattr(a, field):
            self.edit_requested.emit(a.id, field, party_id)
        else:
            self._fill_parties()  # shows the canonical name for an alias typed

    def _text_edited(self, field: str, edit: QLineEdit) -> None:
        a = self._annotation
        if a is None:
            return
        text = " ".join(edit.text().split()) or None
        if field == "ref_date" and text:
            from annotator.io.dates import iso_date

            text = iso_date(text) or text  # "mars 2024" kept as typed if unreadable
        if field == "value" and text:
            # "14 000" typed the French way is the number 14000.
            text = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
        if text != getattr(a, field):
            self.edit_requested.emit(a.id, field, text)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def _note_text(self) -> str:
        """The note as typed: toPlainText() would turn NBSP (French « ») into spaces."""
        raw = self.note_edit.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def commit_note(self) -> None:
        """Send the note now (on pause, focus out, or before switching annotation)."""
        self._note_timer.stop()
        a = self._annotation
        note = self._note_text()
        if a is not None and note != (a.note or ""):
            self.edit_requested.emit(a.id, "note", note)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.note_edit and event.type() == event.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)

    # ---- evidence ------------------------------------------------------------------------

    def add_evidence(self) -> None:
        if self._annotation is None:
            return
        dialog = EvidenceDialog(self, Evidence(new_id(), self._annotation.id))
        if dialog.exec():
            self.evidence_added.emit(Evidence(dialog.evidence.id, self._annotation.id,
                                              **dialog.values()))

    def edit_evidence(self) -> None:
        row = self.evidence_list.currentRow()
        if not 0 <= row < len(self._evidence):
            return
        evidence = self._evidence[row]
        dialog = EvidenceDialog(self, evidence)
        if dialog.exec():
            old = {k: getattr(evidence, k) for k in ("url", "title", "consulted_at", "note")}
            new = dialog.values()
            if new != old:
                self.evidence_edited.emit(evidence.id, old, new)

    def remove_evidence(self) -> None:
        row = self.evidence_list.currentRow()
        if 0 <= row < len(self._evidence):
            self.evidence_removed.emit(self._evidence[row])
