"""The store's reports (merge, share, import, lock, recovery, refusals) are worded by the
interface in its language; in English they read as the command line's."""

import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from annotator.annotation_import import AnnotationImport
from annotator.core.model import Annotation, Article, Category
from annotator.gui.annotation_import_dialog import (
    AnnotationImportDialog,
    annotation_import_summary,
)
from annotator.gui.i18n import install_translators
from annotator.gui.importing import ImportSummaryDialog, summary_text
from annotator.gui.merge_dialogs import MergePreviewDialog, merge_report_lines
from annotator.gui.project_access import (
    holder_text,
    read_only_reason,
    recovery_lines,
    recovery_summary,
    stale_text,
)
from annotator.gui.share_dialog import share_report_lines, share_report_text
from annotator.operations import ImportReport
from annotator.store.diagnosis import FOLDER_READ_ONLY
from annotator.store.errors import RefusedValue
from annotator.store.locking import LockInfo
from annotator.store.merge import MergeReport
from annotator.store.recovery import RecoveryReport, TableRecovery
from annotator.store.sharing import ShareReport

NBSP = "\u00a0"


@pytest.fixture
def french(qapp):
    install_translators("fr", qapp)
    yield
    install_translators("en", qapp)


def merge_report() -> MergeReport:
    return MergeReport(source="/desk/colleague.annot", dry_run=True,
                       added={"annotations": 2, "parties": 1}, updated={"annotations": 3},
                       conflicts={"annotations": 1}, matched_articles=2, reanchored=4,
                       orphaned=1)


def import_report() -> ImportReport:
    article = Article("a1", "Plan social", "Texte.")
    report = ImportReport(imported=[article, Article("a2", "Lettre", "Autre.")])
    report.duplicates.append(("/in/copie.html",
                              "/in/copie.html: already in the project as “Plan social”"))
    report.duplicate_of["/in/copie.html"] = "Plan social"
    report.failed.append(("/in/cassé.xml", "/in/cassé.xml: not well-formed XML"))
    return report


def annotation_plan() -> AnnotationImport:
    notes = [Annotation(f"n{i}", "a1" if i < 2 else "a2", "quote", 0, 4, "Nous")
             for i in range(3)]
    return AnnotationImport(articles=[Article("a2", "Lettre", "Autre.")],
                            categories=[Category("c1", "Rumeur", "#888888")],
                            annotations=notes, skipped=["x.ann: T4: empty span"],
                            warnings=["x.ann: T1: unknown rating 'faux' left out"] * 2,
                            failed=[("/in/y.jsonld", "/in/y.jsonld: not JSON")])


def gone_pid() -> int:
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout)


def holder(**values) -> LockInfo:
    long_ago = (datetime.now(timezone.utc) - timedelta(minutes=7)).isoformat()
    record = {"path": Path("shared.annot.lock"), "host": socket.gethostname(), "user": "lina",
              "editor": "Lina", "pid": os.getppid(), "opened_at": long_ago,
              "heartbeat": long_ago, "token": "b" * 32, "mtime": 0.0}
    return LockInfo(**{**record, **values})


def recovery_report() -> RecoveryReport:
    return RecoveryReport(Path("/desk/damaged.annot"), Path("/desk/recovered.annot"), [
        TableRecovery("articles", copied=3, unreadable=True),
        TableRecovery("annotations", copied=12, dropped=2),
        TableRecovery("parties", copied=1),
        TableRecovery("withheld", absent=True)])


class Project:
    """What read_only_reason reads of a project."""

    read_only_reason = FOLDER_READ_ONLY


# ---- French ------------------------------------------------------------------------------


def test_the_merge_report_in_french(french, qtbot):
    lines = merge_report_lines(merge_report())
    assert lines == [
        f"depuis colleague.annot, ces modifications seraient fusionnées{NBSP}:",
        f"parties prenantes{NBSP}: 1 ajout",
        f"annotations{NBSP}: 2 ajouts, 3 mises à jour, 1 en conflit",
        f"articles{NBSP}: 2 rapprochés des nôtres par leur texte",
        f"annotations{NBSP}: 4 replacées dans les articles révisés, 1 n'a pas pu être placée "
        "(orpheline)"]
    dialog = MergePreviewDialog(merge_report(), "desk.before-merge.annot")
    qtbot.addWidget(dialog)
    assert dialog.report_label.text() == "\n".join(lines)
    assert merge_report_lines(MergeReport(source="/desk/colleague.annot", dry_run=True)) == [
        f"rien à fusionner{NBSP}: ce projet contient déjà tout ce que contient "
        "colleague.annot"]


def test_the_import_summary_in_french(french, qtbot):
    report = import_report()
    assert summary_text(report, 4, cancelled=False) == (
        "2 importés, 1 ignoré (doublon), 1 en échec.")
    dialog = ImportSummaryDialog(report, 4, cancelled=False)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == (
        f"déjà dans le projet sous le titre «{NBSP}Plan social{NBSP}»")
    assert dialog.table.item(1, 2).text() == "not well-formed XML"  # the reader's own words
    assert (f"ignoré{NBSP}: /in/copie.html{NBSP}: déjà dans le projet sous le titre "
            f"«{NBSP}Plan social{NBSP}»") in dialog.report_text()


def test_the_annotation_import_summary_in_french(french, qtbot):
    plan = annotation_plan()
    assert annotation_import_summary(plan) == (
        f"3 annotations dans 2 articles{NBSP}; 1 nouvel article{NBSP}; 1 nouvelle catégorie"
        f"{NBSP}; 1 ignorée{NBSP}; 2 avertissements{NBSP}; 1 fichier en échec")
    dialog = AnnotationImportDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.headline.text().startswith(f"Prêt à importer{NBSP}: 3 annotations dans")


def test_the_lock_message_in_french(french):
    live = holder(opened_at="2025-03-04T13:05:00Z",
                  heartbeat=datetime.now(timezone.utc).isoformat())
    assert holder_text(live).startswith("ouvert sur cet ordinateur par Lina depuis 2025-03-04 ")
    assert stale_text(live) is None
    assert holder_text(holder(host="poste-7", editor="Lina Haddad")).startswith(
        "ouvert sur poste-7 par Lina Haddad (lina) depuis ")
    assert stale_text(holder(pid=gone_pid())).startswith("son processus (")
    assert stale_text(holder(host="poste-7")) == (
        "elle ne donne plus signe de vie depuis 7 minutes")
    assert read_only_reason(Project()) == (
        "son dossier n'est pas accessible en écriture (support ou partage en lecture seule)")


def test_the_share_and_recovery_reports_in_french(french):
    share = ShareReport(Path("/desk/copie.annot"), articles=2, annotations=1,
                        left_out_articles=1, left_out_annotations=4, withheld_notes=3,
                        size=1_240_000)
    assert share_report_lines(share) == [
        f"/desk/copie.annot{NBSP}: 2 articles, 1 annotation (1,2{NBSP}Mo)",
        f"exclu{NBSP}: 1 article et ses 4 annotations",
        f"exclues{NBSP}: 3 notes privées"]
    assert share_report_text(share).endswith(
        f"(1,2{NBSP}Mo){NBSP}; exclu{NBSP}: 1 article et ses 4 annotations{NBSP}; "
        f"exclues{NBSP}: 3 notes privées")
    report = recovery_report()
    assert recovery_summary(report) == (
        "3 articles et 12 annotations récupérés dans /desk/recovered.annot (certaines "
        "données n'ont pas pu être lues).")
    assert recovery_lines(report) == [
        f"articles{NBSP}: 3 éléments récupérés, certains éléments n'ont pas pu être lus",
        f"annotations{NBSP}: 12 éléments récupérés, 2 écartés (endommagés, ou ce à quoi ils "
        "appartenaient a été perdu)",
        f"parties prenantes{NBSP}: 1 élément récupéré",
        f"withheld{NBSP}: ne figure pas dans le fichier endommagé"]


def test_refusals_of_statuses_and_categories_in_french(french, window):
    in_use = RefusedValue("2 annotation(s) have this status; change them first",
                          "status-in-use", count=2)
    assert window._refusal_text(in_use) == (
        f"2 annotations ont ce statut{NBSP}; modifiez d'abord leur statut.")
    with pytest.raises(ValueError, match="^Un statut doit avoir un nom.$"):
        window._worded(window.project.add_status)("  ")


# ---- English: as the command line words it -------------------------------------------------


def test_in_english_the_reports_read_as_the_command_lines():
    report = merge_report()
    assert merge_report_lines(report) == report.lines()
    plan = annotation_plan()
    assert annotation_import_summary(plan) == plan.summary()
    recovery = recovery_report()
    assert recovery_lines(recovery) == recovery.lines()
    assert recovery_summary(recovery) == recovery.summary() + "."
    share = ShareReport(Path("/desk/copie.annot"), articles=2, annotations=5,
                        left_out_articles=2, left_out_annotations=4, withheld_notes=3,
                        size=1_240_000)
    assert share_report_lines(share) == [  # the command line says "article(s)"
        share.lines()[0], "left out: 2 articles and their 4 annotations",
        "left out: 3 private notes"]
    assert share_report_text(share) == "; ".join(share_report_lines(share))
    for lock in (holder(), holder(host="poste-7", editor="Lina Haddad"),
                 holder(pid=gone_pid()), holder(host="", user="", editor="")):
        assert holder_text(lock) == lock.describe()
        assert stale_text(lock) == lock.stale_reason()
    assert read_only_reason(Project()) == FOLDER_READ_ONLY


def test_the_lock_question_in_french(french, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from annotator.gui import project_access
    from annotator.store.errors import ProjectLockedError

    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.informativeText()))
        box.reject()

    stale = holder(pid=gone_pid())
    QTimer.singleShot(0, answer)
    project_access.ask_locked(None, tmp_path / "shared.annot",
                              ProjectLockedError("shared.annot: …", stale, stale=True))
    text, info = seen[0]
    assert text.startswith("shared.annot est ouvert sur cet ordinateur par Lina depuis ")
    assert f"Cette instance semble s'être arrêtée{NBSP}: son processus (" in info
    assert "ne tourne plus sur cet ordinateur." in info
