"""Annotate ▸ Statistics…: the dashboard follows the project, switches scope, exports a PNG."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import QFileDialog

from annotator.core.model import Article, Party, new_id
from annotator.core.text import normalize_text, text_sha256

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _annotate(project, article, category, words, **fields):
    start = article.text.index(words)
    ann = project.new_annotation(article, category, start, start + len(words))
    for name, value in fields.items():
        setattr(ann, name, value)
    return project.add_annotation(ann)


def _open(window, qtbot):
    """Ctrl+Shift+T, as a user would; the dashboard once it shows its first numbers."""
    qtbot.keyClick(window.article_list, Qt.Key.Key_T, CTRL_SHIFT)
    dialog = window.stats_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.stats is not None)
    return dialog


def _second_article(window):
    text = normalize_text("Grève à la SNCF\n\nLa CGT annonce 40 % de grévistes.")
    return window.project.add_article(Article(new_id(), "Grève à la SNCF", text,
                                              text_sha256=text_sha256(text), origin="test"))


def test_the_action_is_in_the_annotate_menu_with_its_own_shortcut(window):
    action = window.statistics_action
    assert action in window.annotate_menu.actions() and action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T")
    others = [a for a in window.findChildren(QAction) if a is not action
              and a.shortcut() == QKeySequence("Ctrl+Shift+T")]
    assert others == []
    window.close_project()
    assert not action.isEnabled()


def test_an_empty_project_has_nothing_to_show_yet(window, qtbot):
    dialog = _open(window, qtbot)
    assert dialog.totals.text().startswith("1 article · 0 annotations · 0 verified (0%)")
    for chart in dialog.charts:
        assert chart.accessibleName() and chart.accessibleDescription().startswith(
            "Nothing to show yet")
    assert dialog.heading.text() == "desk.annot — whole project"


def test_numbers_follow_the_project_with_one_refresh_per_burst(window, qtbot):
    dialog = _open(window, qtbot)
    project, article = window.project, window.view.article
    durand = project.add_party(Party(new_id(), "Marc Durand", "person"))
    refreshes = []
    dialog.refreshed.connect(refreshes.append)
    # Three changes in a row (as the store announces them): the dashboard waits for the
    # last one, then reads once.
    _annotate(project, article, "quote", "Nous supprimerons", speaker_id=durand.id)
    figure = _annotate(project, article, "figure", "2400", unit="salariés", value="2400")
    _annotate(project, article, "party", "Marc Durand", party_id=durand.id)
    assert refreshes == []  # not at once: 300 ms after the last change
    qtbot.waitUntil(lambda: dialog.stats.totals.annotations == 3)
    qtbot.wait(500)
    assert len(refreshes) == 1
    assert dialog.totals.text().startswith("1 article · 3 annotations · 0 verified (0%)")
    description = dialog.category_chart.accessibleDescription()
    assert "Quote: 1 (To check 1)" in description and "Figure: 1 (To check 1)" in description
    assert dialog.parties_chart.accessibleDescription().endswith(
        "Marc Durand: 1 quote, 1 mention, 0 claims.")
    assert dialog.units_chart.accessibleDescription().endswith("salariés: 1.")
    assert "Camille: 3 created, 0 changed" in dialog.activity_chart.accessibleDescription()
    # A status changed through the window's undo stack is there too, and undone.
    window.edit_annotation(figure.id, "status", "verified")
    qtbot.waitUntil(lambda: dialog.stats.totals.verified == 1)
    assert "1 verified (33%)" in dialog.totals.text()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: dialog.stats.totals.verified == 0)


def test_the_open_article_or_the_whole_project(window, qtbot):
    project, first = window.project, window.view.article
    _annotate(project, first, "quote", "Nous supprimerons")
    second = _second_article(window)
    _annotate(project, second, "figure", "40 %", unit="%")
    _annotate(project, second, "party", "CGT")
    dialog = _open(window, qtbot)
    qtbot.waitUntil(lambda: dialog.stats.totals.annotations == 3)
    assert dialog.totals.text().startswith("2 articles · 3 annotations")
    assert dialog.scope.itemText(1) == "Open article: Plan social chez Nuvia"
    dialog.set_article_scope(True)
    qtbot.waitUntil(lambda: dialog.stats.article_id == first.id)
    assert dialog.totals.text().startswith("1 article · 1 annotation ·")
    assert dialog.heading.text() == "desk.annot — article “Plan social chez Nuvia”"
    assert dialog.units_chart.accessibleDescription().startswith("Nothing to show yet")
    # Opening another article in the window moves the dashboard with it.
    window.select_article(second.id)
    qtbot.waitUntil(lambda: dialog.stats.article_id == second.id)
    assert dialog.totals.text().startswith("1 article · 2 annotations")
    assert dialog.units_chart.accessibleDescription().endswith("%: 1.")
    dialog.set_article_scope(False)
    qtbot.waitUntil(lambda: dialog.stats.article_id is None)
    assert dialog.totals.text().startswith("2 articles · 3 annotations")


def test_export_png_saves_the_whole_dashboard(window, qtbot, tmp_path, monkeypatch, errors):
    _annotate(window.project, window.view.article, "quote", "Nous supprimerons")
    dialog = _open(window, qtbot)
    qtbot.waitUntil(lambda: dialog.stats.totals.annotations == 1)
    target = tmp_path / "dashboard"  # the extension is added
    asked = []

    def save_as(*args, **kwargs):
        asked.append(args)
        return str(target), "PNG images (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.export_button.click()
    saved = tmp_path / "dashboard.png"
    assert asked and asked[0][2].endswith("desk-statistics.png")  # the suggested name
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(saved))
    assert not image.isNull()
    assert (image.width(), image.height()) == (dialog.dashboard.width() * 2,
                                                dialog.dashboard.height() * 2)
    colors = {QColor(image.pixel(x, y)).name()
              for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colors) > 5  # cards, bars, text: not one flat colour
    assert errors == []
    assert "dashboard.png" in dialog.status.text()


def test_export_png_into_a_missing_folder_says_so(window, qtbot, tmp_path, monkeypatch, errors):
    dialog = _open(window, qtbot)
    target = tmp_path / "no such folder" / "stats.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PNG images (*.png)"))
    assert dialog.export_png() is None
    assert errors and errors[-1][0] == "Export PNG"
    assert "does not exist" in errors[-1][1] and str(target) in errors[-1][1]
    assert not target.exists()
    # Cancelling the file dialog does nothing.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.export_png() is None and len(errors) == 1


def test_closing_the_project_closes_the_dashboard(window, qtbot):
    dialog = _open(window, qtbot)
    window.close_project()
    assert window.stats_dialog is None and not dialog.isVisible()
    assert dialog.service._reader is None and dialog.service._thread is None
