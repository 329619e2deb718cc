"""Undo commands: one small QUndoCommand per change, each acting on the store.

Views never change themselves here: they follow the store's change notifications, so undo,
redo and the first action all refresh the screen the same way. A command whose store write
fails marks itself obsolete (Qt then drops it) and keeps the error for the window to show.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from annotator.core.model import (
    Annotation,
    Article,
    Category,
    Evidence,
    Party,
    category_label,
    new_id,
)
from annotator.gui.i18n import interface_language
from annotator.store import Project

# Edit ▸ Undo texts of the article fields the details pane edits.
_ARTICLE_FIELD_EDITS = {
    "title": QT_TRANSLATE_NOOP("Commands", "Edit article title"),
    "byline": QT_TRANSLATE_NOOP("Commands", "Edit article byline"),
    "source": QT_TRANSLATE_NOOP("Commands", "Edit article source"),
    "url": QT_TRANSLATE_NOOP("Commands", "Edit article url"),
    "published": QT_TRANSLATE_NOOP("Commands", "Edit article published"),
    "language": QT_TRANSLATE_NOOP("Commands", "Edit article language"),
    "dateline": QT_TRANSLATE_NOOP("Commands", "Edit article dateline"),
}


class Commands(QObject):
    """The undo texts that count something, in the context "Commands" like the others.
    QUndoCommand is no QObject, and lupdate gives plural forms to self.tr calls only (not to
    QCoreApplication.translate with a count held in a variable)."""

    def delete_annotations(self, n: int) -> str:
        return self.tr("Delete %n annotation(s)", "", n)

    def import_articles(self, n: int) -> str:
        return self.tr("Import %n article(s)", "", n)

    def import_annotations(self, n: int) -> str:
        return self.tr("Import %n annotation(s)", "", n)

    def accept_suggestions(self, n: int) -> str:
        return self.tr("Accept %n suggestion(s)", "", n)

    def reject_suggestions(self, n: int) -> str:
        return self.tr("Reject %n suggestion(s)", "", n)


@cache
def _counted() -> Commands:
    return Commands()


class StoreCommand(QUndoCommand):
    """Runs `_apply`/`_revert` and turns a failing first run into an obsolete command."""

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project
        self.error: Exception | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            self._apply(first=not self._done_once)
            self._done_once = True
        except Exception as exc:  # reported by the window; the stack must not hold it
            self.error = exc
            self.setObsolete(True)

    def undo(self) -> None:
        self._revert()

    def _apply(self, first: bool) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class AddAnnotation(StoreCommand):
    def __init__(self, project: Project, annotation: Annotation, category_name: str) -> None:
        # An untouched built-in category is named in the interface language.
        name = category_label(Category(annotation.category_id, category_name, ""),
                              interface_language())
        super().__init__(project, QCoreApplication.translate(
            "Commands", "Add {category} “{text}”").format(category=name.lower(),
                                                          text=_short(annotation.exact)))
        self.annotation = annotation

    def _apply(self, first: bool) -> None:
        if first:
            self.project.add_annotation(self.annotation)
        else:
            self.project.restore_annotation(self.annotation.id)

    def _revert(self) -> None:
        self.project.delete_annotation(self.annotation.id)


class DeleteAnnotations(StoreCommand):
    def __init__(self, project: Project, annotations: list[Annotation]) -> None:
        if len(annotations) == 1:
            text = QCoreApplication.translate("Commands", "Delete “{text}”").format(
                text=_short(annotations[0].exact))
        else:
            text = _counted().delete_annotations(len(annotations))
        super().__init__(project, text)
        self.ids = [a.id for a in annotations]

    def _apply(self, first: bool) -> None:
        for annotation_id in self.ids:
            self.project.delete_annotation(annotation_id)

    def _revert(self) -> None:
        for annotation_id in self.ids:
            self.project.restore_annotation(annotation_id)


class EditAnnotation(StoreCommand):
    """Changes one field; successive note edits of one annotation merge into one step."""

    MERGE_ID = 1001

    def __init__(self, project: Project, annotation_id: str, field: str,
                 old, new, label: str) -> None:
        super().__init__(project, label)
        self.annotation_id, self.field, self.old, self.new = annotation_id, field, old, new

    def _apply(self, first: bool) -> None:
        self.project.update_annotation(self.annotation_id, **{self.field: self.new})

    def _revert(self) -> None:
        self.project.update_annotation(self.annotation_id, **{self.field: self.old})

    def id(self) -> int:
        return self.MERGE_ID if self.field == "note" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditAnnotation) or other.annotation_id != self.annotation_id:
            return False
        if other.field != self.field or other.error is not None:
            return False
        self.new = other.new
        return True


class ImportArticle(StoreCommand):
    def __init__(self, project: Project, article: Article) -> None:
        super().__init__(project, QCoreApplication.translate(
            "Commands", "Import “{title}”").format(title=_short(article.title)))
        self.article = article

    def _apply(self, first: bool) -> None:
        if first:
            self.project.add_article(self.article)
        else:
            self.project.restore_article(self.article.id)

    def _revert(self) -> None:
        self.project.delete_article(self.article.id)


class ImportedArticles(StoreCommand):
    """A background import, made undoable after the fact: its articles are already stored."""

    def __init__(self, project: Project, article_ids: list[str]) -> None:
        super().__init__(project, _counted().import_articles(len(article_ids)))
        self.article_ids = list(article_ids)

    def _apply(self, first: bool) -> None:
        if not first:
            self.project.restore_articles(self.article_ids)

    def _revert(self) -> None:
        self.project.delete_articles(self.article_ids)


class ImportAnnotations(StoreCommand):
    """Annotations read from W3C or brat files (with the articles of new brat texts)."""

    def __init__(self, project: Project, articles: list[Article],
                 annotations: list[Annotation]) -> None:
        super().__init__(project, _counted().import_annotations(len(annotations)))
        self.articles, self.annotations = articles, annotations

    def _apply(self, first: bool) -> None:
        if first:
            self.project.add_imported_annotations(self.articles, self.annotations)
            return
        if self.articles:
            self.project.restore_articles([a.id for a in self.articles])
        self.project.restore_annotations([a.id for a in self.annotations])

    def _revert(self) -> None:
        self.project.delete_annotations([a.id for a in self.annotations])
        if self.articles:
            self.project.delete_articles([a.id for a in self.articles])


class DeleteArticle(StoreCommand):
    def __init__(self, project: Project, article_id: str, title: str) -> None:
        super().__init__(project, QCoreApplication.translate(
            "Commands", "Delete article “{title}”").format(title=_short(title)))
        self.article_id = article_id

    def _apply(self, first: bool) -> None:
        self.project.delete_article(self.article_id)

    def _revert(self) -> None:
        self.project.restore_article(self.article_id)


class EditArticle(StoreCommand):
    def __init__(self, project: Project, article_id: str, field: str, old, new) -> None:
        if field in _ARTICLE_FIELD_EDITS:
            text = QCoreApplication.translate("Commands", _ARTICLE_FIELD_EDITS[field])
        else:
            text = QCoreApplication.translate("Commands", "Edit article {field}").format(
                field=field)
        super().__init__(project, text)
        self.article_id, self.field, self.old, self.new = article_id, field, old, new

    def _apply(self, first: bool) -> None:
        self.project.update_article(self.article_id, **{self.field: self.new})

    def _revert(self) -> None:
        self.project.update_article(self.article_id, **{self.field: self.old})


class AcceptSuggestions(StoreCommand):
    """Suggestions become annotations; a quote's speaker and a party mention link to a
    party record (found by name or alias, else created, and removed again on undo)."""

    def __init__(self, project: Project, article: Article, suggestions: list) -> None:
        super().__init__(project, _counted().accept_suggestions(len(suggestions)))
        self.article, self.suggestions = article, suggestions
        self.annotation_ids: list[str] = []
        self.created_parties: list[str] = []

    def _party(self, name: str, kind: str, alias: str = "") -> str:
        party = self.project.party_by_name(name)
        if party is None:
            aliases = [alias] if alias and alias != name else []
            party = self.project.add_party(Party(new_id(), name, kind or "person", aliases))
            self.created_parties.append(party.id)
        return party.id

    def _apply(self, first: bool) -> None:
        if not first:
            for party_id in self.created_parties:
                self.project.restore_party(party_id)
            for annotation_id in self.annotation_ids:
                self.project.restore_annotation(annotation_id)
            return
        for s in self.suggestions:
            annotation = self.project.new_annotation(self.article, s.category, s.start, s.end)
            if s.category == "quote" and s.speaker:
                annotation.speaker_id = self._party(s.speaker, "person")
            elif s.category == "party":
                annotation.party_id = self._party(s.name or s.text, s.kind, s.text)
            elif s.category == "figure":
                annotation.value = None if s.value is None else str(s.value)
                annotation.unit = s.unit or None
            self.project.add_annotation(annotation)
            self.annotation_ids.append(annotation.id)

    def _revert(self) -> None:
        for annotation_id in self.annotation_ids:
            self.project.delete_annotation(annotation_id)
        for party_id in self.created_parties:
            self.project.delete_party(party_id)


class RejectSuggestions(StoreCommand):
    def __init__(self, project: Project, article_id: str, suggestions: list) -> None:
        super().__init__(project, _counted().reject_suggestions(len(suggestions)))
        self.article_id = article_id
        self.spans = [(s.category, s.start, s.end, s.text) for s in suggestions]

    def _apply(self, first: bool) -> None:
        self.project.reject_suggestions(self.article_id, self.spans)

    def _revert(self) -> None:
        self.project.unreject_suggestions(self.article_id, self.spans)


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"




class AddEvidence(StoreCommand):
    def __init__(self, project: Project, evidence: Evidence) -> None:
        super().__init__(project, QCoreApplication.translate("Commands", "Add evidence"))
        self.evidence = evidence

    def _apply(self, first: bool) -> None:
        if first:
            self.project.add_evidence(self.evidence)
        else:
            self.project.restore_evidence(self.evidence.id)

    def _revert(self) -> None:
        self.project.delete_evidence(self.evidence.id)


class EditEvidence(StoreCommand):
    def __init__(self, project: Project, evidence_id: str, old: dict, new: dict) -> None:
        super().__init__(project, QCoreApplication.translate("Commands", "Edit evidence"))
        self.evidence_id, self.old, self.new = evidence_id, old, new

    def _apply(self, first: bool) -> None:
        self.project.update_evidence(self.evidence_id, **self.new)

    def _revert(self) -> None:
        self.project.update_evidence(self.evidence_id, **self.old)


class RemoveEvidence(StoreCommand):
    def __init__(self, project: Project, evidence: Evidence) -> None:
        super().__init__(project, QCoreApplication.translate("Commands", "Remove evidence"))
        self.evidence = evidence

    def _apply(self, first: bool) -> None:
        self.project.delete_evidence(self.evidence.id)

    def _revert(self) -> None:
        self.project.restore_evidence(self.evidence.id)


class LinkNewParty(StoreCommand):
    """A speaker, claimant or party typed by name that the project does not know yet:
    the party record is created and linked in one step."""

    def __init__(self, project: Project, annotation_id: str, field: str, old: str | None,
                 name: str, kind: str) -> None:
        super().__init__(project, QCoreApplication.translate(
            "Commands", "Link “{name}”").format(name=name))
        self.annotation_id, self.field, self.old = annotation_id, field, old
        self.party = Party(new_id(), name, kind)

    def _apply(self, first: bool) -> None:
        if first:
            self.project.add_party(self.party)
        else:
            self.project.restore_party(self.party.id)
        self.project.update_annotation(self.annotation_id, **{self.field: self.party.id})

    def _revert(self) -> None:
        self.project.update_annotation(self.annotation_id, **{self.field: self.old})
        self.project.delete_party(self.party.id)


class ReviseArticleText(StoreCommand):
    """A corrected text for an article: its annotations follow their words, those that
    cannot are kept as orphans. Undo puts back the old text and every annotation's place
    exactly; redo the new ones (both recorded in the report of the first run)."""

    def __init__(self, project: Project, article_id: str, new_text: str, title: str, *,
                 done=None) -> None:
        """done: the report of a revision already made (in the background): pushing the
        command then only records it."""
        super().__init__(project, QCoreApplication.translate(
            "Commands", "Revise text of “{title}”").format(title=_short(title)))
        self.article_id, self.new_text = article_id, new_text
        self.report = done  # a store.revision.ReanchorReport, after the first run

    def _apply(self, first: bool) -> None:
        if first and self.report is not None:
            return
        if first:
            self.report = self.project.revise_article_text(self.article_id, self.new_text)
            if not self.report.changed:
                raise ValueError(QCoreApplication.translate(
                    "Commands", "The corrected text is the same as the current one."))
        else:
            self.project.restore_article_state(self.report.after)

    def _revert(self) -> None:
        self.project.restore_article_state(self.report.before)


class PlaceOrphan(StoreCommand):
    """An orphan placed again on words the editor chose."""

    def __init__(self, project: Project, annotation_id: str, start: int, end: int,
                 exact: str) -> None:
        super().__init__(project, QCoreApplication.translate(
            "Commands", "Place “{text}”").format(text=_short(exact)))
        self.annotation_id, self.start, self.end = annotation_id, start, end
        self.previous = None  # its anchor as an orphan, for undo

    def _apply(self, first: bool) -> None:
        self.previous = self.project.place_orphan(self.annotation_id, self.start, self.end)

    def _revert(self) -> None:
        self.project.restore_anchors([self.previous])
