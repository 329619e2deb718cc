"""Edit ▸ Search Project (Ctrl+Shift+F) and Find in Article (Ctrl+F), in the real window."""

import os
import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextDocument
from PySide6.QtTest import QTest

from annotator.core.model import Article, new_id
from annotator.core.text import normalize_text, text_sha256
from annotator.gui.search_panel import HIT_ROLE, HTML_ROLE
from tests.gui.conftest import rows

PRESIDENTE = normalize_text(
    "Conseil régional\n\n"
    "Après 😀 le vote, la présidente de la région a répondu aux élus. "
    "Selon la Présidente, le plan sera revu.")


def add_article(window, text, title):
    text = normalize_text(text)
    return window.project.add_article(Article(new_id(), title, text,
                                              text_sha256=text_sha256(text), origin="test"))


def search(window, qtbot, words: str):
    """Open the Search tab with its shortcut and type, as the user does (ASCII only)."""
    QTest.keySequence(window, "Ctrl+Shift+F")
    panel = window.search_panel
    assert window.side_tabs.currentWidget() is panel
    assert panel.box.hasFocus()
    qtbot.keyClicks(panel.box, words)
    qtbot.waitUntil(lambda: panel.model.query == words, timeout=3000)
    return panel


def click(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_search_as_you_type_then_open_the_hit_on_its_word(window, qtbot, project_file):
    window.activateWindow()
    article = add_article(window, PRESIDENTE, "Conseil régional")
    panel = search(window, qtbot, "presidente")
    hits = [panel.model.hit(r) for r in range(panel.model.rowCount())]
    assert [(h.kind, h.article_id) for h in hits] == [("article", article.id)]
    assert panel.status.text() == "1 result"
    # Typing never reached the window's one-key category shortcuts (P is "Party").
    assert rows(project_file, "select count(*) from annotations") == [(0,)]
    assert window.article_id != article.id
    click(qtbot, panel.results, 0)
    assert window.article_id == article.id
    start, end = window.view.selected_span()
    text = window.view.article.text
    assert text[start:end] == "présidente"  # the first hit, after an emoji: code points
    assert start == text.index("présidente")
    assert window.view.textCursor().selectedText() == "présidente"
    assert window.side_tabs.currentWidget() is panel  # the results stay in view


def test_enter_opens_the_first_hit_and_an_annotation_hit_opens_the_annotation(
        window, qtbot):
    article = window.project.article(window.article_id)
    start = article.text.index("un plan brutal")
    ann = window.project.new_annotation(article, "quote", start, start + 14,
                                        note="Citation du syndicat, vérifiée")
    window.project.add_annotation(ann)
    other = add_article(window, PRESIDENTE, "Conseil régional")
    window.select_article(other.id)
    panel = search(window, qtbot, "verifiee")
    assert panel.model.rowCount() == 1
    hit = panel.model.hit(0)
    assert (hit.kind, hit.annotation_id) == ("annotation", ann.id)
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert window.article_id == article.id
    assert window.view.selected_span() == (start, start + 14)
    assert window.panel.current_id == ann.id


def test_hits_follow_deletion_and_undo(window, qtbot):
    article = window.project.article(window.article_id)
    start = article.text.index("Marc Durand")
    ann = window.project.new_annotation(article, "party", start, start + 11,
                                        note="porte-parole")
    window.project.add_annotation(ann)
    panel = search(window, qtbot, "porte-parole")
    assert panel.model.rowCount() == 1
    window.delete_annotations([ann.id])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=3000)
    assert panel.status.text() == "No results"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)


def test_results_are_fetched_fifty_at_a_time(window, qtbot):
    articles = [Article(new_id(), f"Dépêche {i}", t, text_sha256=text_sha256(t))
                for i, t in ((i, f"Dépêche {i} : le budget de la ville.") for i in range(120))]
    window.project.add_articles(articles)
    panel = search(window, qtbot, "budget")
    assert panel.model.rowCount() == 50 and panel.status.text() == "50+ results"
    panel.results.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 100, timeout=3000)
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    assert panel.model.rowCount() == 120
    panel._show_status()
    assert panel.status.text() == "120 results"
    ids = {panel.model.hit(r).article_id for r in range(120)}
    assert ids == {a.id for a in articles}


def test_hostile_article_text_is_shown_as_text(window, qtbot):
    add_article(window, "<script>alert('x')</script> la presidente <img src=x onerror=y> "
                "& <b>gras</b>", "<i>Titre</i> <img src=t>")
    panel = search(window, qtbot, "presidente")
    index = panel.model.index(0)
    html = index.data(HTML_ROLE)
    assert "<script>" not in html and "<img" not in html and "<i>Titre" not in html
    doc = QTextDocument()
    doc.setHtml(html)
    shown = doc.toPlainText()
    assert "<script>alert('x')</script>" in shown and "<img src=x onerror=y>" in shown
    assert "<i>Titre</i> <img src=t>" in shown and "& <b>gras</b>" in shown
    assert "<img" not in doc.toHtml().replace("&lt;img", "")  # no image element
    # The hit, and only the hit, is bold.
    bold = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt: QTextCharFormat = fragment.charFormat()
            if fmt.fontWeight() > 400:
                bold.append(fragment.text())
            it += 1
        block = block.next()
    assert bold == ["presidente"]
    grab = panel.results.viewport().grab()  # the delegate paints without error
    assert not grab.isNull()


def test_the_panel_is_reset_with_the_project_and_works_read_only(window, qtbot, tmp_path,
                                                                 project_file, monkeypatch):
    panel = search(window, qtbot, "nuvia")
    assert panel.model.rowCount() == 1
    window.close_project()
    assert panel.box.text() == "" and panel.model.rowCount() == 0
    assert not window.search_action.isEnabled() and not window.find_action.isEnabled()
    copy = tmp_path / "ro" / "desk.annot"
    copy.parent.mkdir()
    shutil.copy(project_file, copy)
    real_access = os.access
    folder = copy.resolve().parent
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: False
                        if str(path) == str(folder) and mode & os.W_OK
                        else real_access(path, mode, *a, **k))
    assert window.open_project(copy)
    assert window.project.read_only and window.search_action.isEnabled()
    panel = search(window, qtbot, "brutal")
    assert panel.model.rowCount() == 1
    click(qtbot, panel.results, 0)
    start, end = window.view.selected_span()
    assert window.view.article.text[start:end] == "brutal"


def test_find_in_article_counts_moves_and_closes(window, qtbot):
    window.activateWindow()
    window.view.setFocus()
    QTest.keySequence(window, "Ctrl+F")
    bar = window.find_bar
    assert bar.isVisible() and bar.box.hasFocus()
    qtbot.keyClicks(bar.box, "plan")
    text = window.view.article.text
    expected = [i for i in range(len(text)) if text[i:i + 4].casefold() == "plan"]
    assert len(expected) == 2 and bar.match_count() == 2
    assert bar.count.text() == "1 of 2"  # typing went to the first match
    assert window.view.selected_span() == (expected[0], expected[0] + 4)
    QTest.keySequence(window, "F3")
    assert bar.count.text() == "2 of 2"
    assert window.view.selected_span() == (expected[1], expected[1] + 4)
    QTest.keySequence(window, "F3")  # wraps around
    assert bar.count.text() == "1 of 2"
    QTest.keySequence(window, "Shift+F3")
    assert bar.count.text() == "2 of 2"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "1 of 2"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 2"
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.hasFocus()
    assert rows_unchanged(window)


def rows_unchanged(window) -> bool:
    """Keys typed in the bars never annotated anything (F is the Figure key)."""
    return window.project.span_index(window.article_id) == []


def test_find_is_accent_and_case_insensitive_and_follows_the_article(window, qtbot):
    bar = window.find_bar
    bar.open()
    bar.box.setText("DECLARE")  # not keyClicks: see ARCHITECTURE.md
    text = window.view.article.text
    assert bar.match_count() == 1
    start, end = window.view.selected_span()
    assert text[start:end] == "déclaré"
    bar.box.setText("14 000")  # a plain space finds the narrow no-break one
    assert bar.match_count() == 1
    assert text[slice(*window.view.selected_span())] == "14\u202f000"
    other = add_article(window, PRESIDENTE + " " + "déclaré " * 3, "Autre")
    window.select_article(other.id)
    bar.box.setText("declare")
    assert bar.match_count() == 3
    assert bar.count.text() == "1 of 3"
    bar.box.setText("introuvable")
    assert bar.count.text() == "No matches" and not bar.next_button.isEnabled()


def test_find_on_a_long_article_waits_for_typing_to_pause(window, qtbot):
    from annotator.gui import find_bar

    text = ("Le plan social de Nuvia. " * 40 + "\n\n") * 250  # ~250 KB
    article = add_article(window, text, "Long")
    window.select_article(article.id)
    assert len(window.view.article.text) > find_bar.LARGE_TEXT
    bar = window.find_bar
    bar.open()
    qtbot.keyClicks(bar.box, "nuvia")
    assert bar._typing.isActive()  # not searched at each keystroke
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 10000", timeout=3000)
    QTest.keySequence(window, "Shift+F3")
    assert bar.count.text() == "10000 of 10000"


def test_search_results_screenshot(window, qtbot, tmp_path):
    """The window with results showing (docs/screenshots can be made from it)."""
    add_article(window, PRESIDENTE, "Conseil régional : la présidente répond")
    article = window.project.article(window.article_id)
    start = article.text.index("Marc Durand")
    window.project.add_annotation(window.project.new_annotation(
        article, "party", start, start + 11, note="Le plan, selon lui, est « brutal »"))
    panel = search(window, qtbot, "plan")
    assert panel.model.rowCount() >= 3
    click(qtbot, panel.results, 0)
    path = tmp_path / "search.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    assert panel.model.index(0).data(HIT_ROLE) is not None
