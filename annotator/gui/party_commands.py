"""Undo commands for party records: edit one field, merge one party into another.

Like every command here they only call the store; the views follow its change notifications.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from annotator.gui.commands import StoreCommand
from annotator.store import Project

_FIELDS = frozenset({"name", "kind", "aliases", "description"})
# Edit ▸ Undo texts of the other fields ("name" is a rename).
_FIELD_EDITS = {
    "kind": QT_TRANSLATE_NOOP("PartyCommands", "Edit kind of “{name}”"),
    "aliases": QT_TRANSLATE_NOOP("PartyCommands", "Edit aliases of “{name}”"),
    "description": QT_TRANSLATE_NOOP("PartyCommands", "Edit description of “{name}”"),
}


class EditParty(StoreCommand):
    """Sets one of name, kind, aliases (a list) or description."""

    def __init__(self, project: Project, party_id: str, field: str, old, new) -> None:
        if field not in _FIELDS:
            raise ValueError(f"cannot edit {field!r} of a party")
        party = project.party(party_id)
        if field == "name":
            label = QCoreApplication.translate(
                "PartyCommands", "Rename “{old}” to “{new}”").format(old=_short(str(old)),
                                                                     new=_short(str(new)))
        else:
            label = QCoreApplication.translate("PartyCommands", _FIELD_EDITS[field]).format(
                name=_short(party.name if party else "?"))
        super().__init__(project, label)
        self.party_id, self.field, self.old, self.new = party_id, field, old, new

    def _apply(self, first: bool) -> None:
        self.project.update_party(self.party_id, **{self.field: self.new})

    def _revert(self) -> None:
        self.project.update_party(self.party_id, **{self.field: self.old})


class MergeParties(StoreCommand):
    """Folds `source` into `target`; undo puts every link and alias back as it was."""

    def __init__(self, project: Project, source_id: str, target_id: str,
                 source_name: str, target_name: str) -> None:
        super().__init__(project, QCoreApplication.translate(
            "PartyCommands", "Merge “{source}” into “{target}”").format(
                source=_short(source_name), target=_short(target_name)))
        self.source_id, self.target_id = source_id, target_id
        self.info: dict | None = None

    def _apply(self, first: bool) -> None:
        # Redo merges again rather than replaying `info`: after undo the state is the same,
        # and the store knows best which links to move.
        self.info = self.project.merge_parties(self.source_id, self.target_id)

    def _revert(self) -> None:
        if self.info is not None:
            self.project.unmerge_parties(self.info)


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
