"""The export dialog's preview: shows the caller's sheet, follows the scope, loads nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from annotator.gui.dialogs import ExportDialog
from annotator.io.exporters import EXTENSIONS, FORMATS
from annotator.io.factsheet import sheets
from annotator.io.factsheet_html import render_html
from annotator.paths import exports_dir

QUOTE = "Nous supprimerons 2400 postes"  # toPlainText turns no-break spaces into spaces
IMG = '<img src="http://example.com/x.png">'


def sample_data(note: str = ""):
    from annotator.core.model import BUILTIN_CATEGORIES, Annotation, Article, ProjectData

    text = f"«\u00a0{QUOTE}\u00a0», a déclaré Marc Durand.\n\nSecond paragraphe."
    start = text.index(QUOTE)
    return ProjectData(
        meta={"title": "Dossier"}, categories=list(BUILTIN_CATEGORIES),
        articles=[Article("a1", "Plan social", text), Article("a2", "Autre", "Rien.")],
        annotations=[Annotation("q1", "a1", "quote", start, start + len(QUOTE), QUOTE,
                                note=note, status="to_check")])


class Sheets:
    """The window's side of the contract: scope in, HTML out; records each call."""

    def __init__(self, note: str = "") -> None:
        self.data = sample_data(note)
        self.calls: list[bool] = []

    def __call__(self, whole_project: bool) -> str:
        self.calls.append(whole_project)
        ids = None if whole_project else ["a1"]
        title = "Dossier" if whole_project else "Plan social"
        return render_html(self.data, sheets(self.data, ids), title, not whole_project,
                           exports_dir())


class Recording(ExportDialog.Preview):
    """The preview widget, with a log of every resource Qt asked it for."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[tuple[str, object]] = []

    def loadResource(self, kind, url):
        result = super().loadResource(kind, url)
        self.requests.append((url.toString(), result))
        return result


@pytest.fixture
def recording(monkeypatch):
    monkeypatch.setattr(ExportDialog, "Preview", Recording)


def make_dialog(qtbot, preview, article_title="Plan social"):
    dialog = ExportDialog(None, FORMATS, EXTENSIONS, Path("/tmp"), article_title, "dossier",
                          "", preview=preview)
    qtbot.addWidget(dialog)
    return dialog


def laid_out(qtbot, dialog) -> None:
    """Show the dialog so that Qt lays the sheet out (images are asked for then)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()


def test_preview_shows_the_sheet_and_follows_the_scope(qtbot):
    sheet = Sheets()
    dialog = make_dialog(qtbot, sheet)
    assert sheet.calls == [False]  # the open article by default
    text = dialog.preview_view.toPlainText()
    assert QUOTE in text and "Autre" not in text

    dialog.project_radio.setChecked(True)
    assert sheet.calls == [False, True]
    assert "Autre" in dialog.preview_view.toPlainText()  # now the whole project

    dialog.article_radio.setChecked(True)
    assert sheet.calls == [False, True, False]
    assert dialog.whole_project is False and dialog.path.name == "plan-social.html"


def test_without_an_open_article_the_preview_is_the_project(qtbot):
    sheet = Sheets()
    dialog = make_dialog(qtbot, sheet, article_title=None)
    assert sheet.calls == [True]
    assert "Autre" in dialog.preview_view.toPlainText()


def test_links_in_the_preview_go_nowhere(qtbot):
    dialog = make_dialog(qtbot, Sheets())
    assert not dialog.preview_view.openLinks()
    assert not dialog.preview_view.openExternalLinks()


def test_an_img_in_a_note_is_text_and_nothing_is_requested(qtbot, recording):
    dialog = make_dialog(qtbot, Sheets(note=IMG))
    laid_out(qtbot, dialog)
    assert IMG in dialog.preview_view.toPlainText()
    assert not [url for url, _ in dialog.preview_view.requests if url.startswith("http")]


def test_a_raw_img_gets_a_blank_not_a_download_or_a_file(qtbot, recording, tmp_path):
    """Should a template ever let a real <img> through, the preview still loads nothing."""
    from PySide6.QtGui import QColor, QImage

    local = tmp_path / "pic.png"
    red = QImage(8, 8, QImage.Format.Format_RGB32)
    red.fill(QColor("red"))
    red.save(str(local))
    html = f'<p>{QUOTE}</p><img src="http://example.com/x.png"><img src="{local.as_uri()}">'
    dialog = make_dialog(qtbot, lambda whole: html)
    laid_out(qtbot, dialog)
    requested = dict(dialog.preview_view.requests)
    assert set(requested) == {"http://example.com/x.png", local.as_uri()}
    for image in requested.values():  # blank placeholders: Qt then reads no file itself
        assert isinstance(image, QImage) and image.size().width() == 1


def test_a_failing_preview_leaves_the_dialog_usable(qtbot):
    def broken(whole: bool) -> str:
        raise ValueError("template factsheet.html has no title slot")

    dialog = make_dialog(qtbot, broken)
    assert "No preview: template factsheet.html has no title slot" in (
        dialog.preview_view.toPlainText())
    dialog.project_radio.setChecked(True)  # still switches scope
    assert dialog.whole_project


def test_without_preview_the_dialog_is_as_before(qtbot):
    dialog = ExportDialog(None, FORMATS, EXTENSIONS, Path("/tmp"), "Plan social", "dossier")
    qtbot.addWidget(dialog)
    assert dialog.preview_view is None
    dialog.project_radio.setChecked(True)
    assert dialog.path.name == "dossier.html"


def test_row_labels_are_mnemonics_for_their_fields(qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = make_dialog(qtbot, None)
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["&Save to"] is dialog.path_edit
    assert buddies["&Template (HTML)"] is dialog.template_edit
