"""Suggest in the window: run in the background, accept, reject, undo — as an editor does."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import import_and_wait, rows


def run_suggest(qtbot, window):
    window.suggest_current()
    assert window.suggester.pending(window.article_id)  # running off the GUI thread
    qtbot.waitUntil(lambda: not window.suggester.busy(), timeout=60000)
    return window.suggestions_panel


def test_suggest_accept_reject_and_undo(window, qtbot, project_file):
    panel = run_suggest(qtbot, window)
    texts = {(s.category, s.text) for s in panel.suggestions}
    assert ("quote", "Nous supprimerons 14\u202f000 postes d'ici 2025") in texts
    assert ("party", "Marc Durand") in texts
    assert any(c == "figure" and "14\u202f000 postes" in t for c, t in texts)
    assert window.view.suggestion_count() == len(panel.suggestions)

    # Accept the quote with Enter: an annotation whose speaker is a party record.
    quote_row = next(i for i, s in enumerate(panel.shown()) if s.category == "quote")
    panel.list.setCurrentRow(quote_row)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(project_file, "select count(*) from annotations") == [(1,)])
    (speaker,) = rows(project_file, "select p.name from annotations a join parties p "
                                    "on p.id = a.speaker_id")
    assert speaker == ("Marc Durand",)
    qtbot.waitUntil(lambda: all(s.category != "quote" or s.speaker != "Marc Durand"
                                or s.kind == "term" for s in panel.suggestions))

    # Reject the first party suggestion with Backspace: remembered in the project.
    panel.filter.setCurrentIndex(panel.filter.findData("party"))
    rejected = panel.shown()[0]
    panel.list.setCurrentRow(0)
    QTest.keyClick(panel.list, Qt.Key.Key_Backspace)
    assert rows(project_file, "select category, exact from rejected_suggestions") == [
        ("party", rejected.text)]
    qtbot.waitUntil(lambda: rejected not in panel.suggestions)

    # Suggesting again does not offer the rejected one.
    run_suggest(qtbot, window)
    assert rejected not in panel.suggestions

    # Undo the rejection, then the acceptance: nothing left, the party record gone too.
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: rejected in panel.suggestions)
    window.undo_stack.undo()
    assert rows(project_file, "select count(*) from annotations where deleted_at is null") == [
        (0,)]
    assert rows(project_file, "select count(*) from parties where deleted_at is null") == [(0,)]


def test_accept_all_shown_of_one_category(window, qtbot, project_file):
    panel = run_suggest(qtbot, window)
    panel.filter.setCurrentIndex(panel.filter.findData("figure"))
    figures = panel.shown()
    assert figures
    panel.accept_all_button.click()
    stored = rows(project_file, "select exact, value from annotations where category_id = "
                                "'figure' order by start")
    assert [e for e, _ in stored] == [s.text for s in figures]
    assert all(v is not None for _, v in stored)
    assert window.undo_stack.undoText().startswith("Accept")
    window.undo_stack.undo()
    assert rows(project_file, "select count(*) from annotations where deleted_at is null") == [
        (0,)]


def test_suggest_on_open_setting(window, qtbot, settings):
    window.suggest_on_open_action.setChecked(True)
    assert settings.suggest_on_open
    qtbot.waitUntil(lambda: not window.suggester.busy()
                    and bool(window.suggestions_panel.suggestions), timeout=60000)


def test_suggestions_are_kept_in_the_project(window, qtbot, project_file):
    panel = run_suggest(qtbot, window)
    found = list(panel.suggestions)
    assert rows(project_file, "select count(*) from suggestion_sets") == [(1,)]
    window.close_project()
    assert window.open_project(project_file)
    qtbot.waitUntil(lambda: window.view.article is not None)
    # Shown at once from the file: the engine does not run again.
    assert not window.suggester.busy()
    assert panel.suggestions == found
    assert window.view.suggestion_count() == len(found)


def test_suggest_on_import_fills_every_new_article(window, qtbot, settings, project_file,
                                                    tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for i, (who, firm) in enumerate([("Marc Durand", "Nuvia"), ("Léa Martin", "Orvane"),
                                     ("Paul Girard", "Sidelis")]):
        (folder / f"{i}.txt").write_text(
            f"Dépêche {i}\n\n« Nous fermerons deux usines », a déclaré {who}, PDG de {firm}, "
            f"qui supprime 1 200 postes.\n", encoding="utf-8")
    window.suggest_on_import_action.setChecked(True)
    assert settings.suggest_on_import
    import_and_wait(qtbot, window, [folder])
    qtbot.waitUntil(lambda: not window.suggester.busy(), timeout=60000)
    assert rows(project_file, "select count(*) from suggestion_sets") == [(3,)]
    assert not window.suggest_status.isVisible()  # the progress is gone when done

    # Opening another imported article shows its suggestions without running the engine.
    other = next(i for i in window.project.article_ids()
                 if "Léa Martin" in window.project.article(i).text)
    window.select_article(other)
    qtbot.waitUntil(lambda: window.article_id == other)
    assert not window.suggester.busy()
    quotes = [s for s in window.suggestions_panel.suggestions if s.category == "quote"]
    assert [(q.text, q.speaker) for q in quotes] == [("Nous fermerons deux usines",
                                                      "Léa Martin")]


def test_the_open_article_goes_before_the_batch(window, qtbot):
    from annotator.core.model import Article, new_id
    from annotator.suggest.gazetteer import Gazetteer

    ids = [new_id() for _ in range(4)]
    window.project.add_articles([Article(i, f"Texte {n}", f"Texte {n} sans rien.")
                                 for n, i in enumerate(ids)])
    service = window.suggester
    order = []
    service.found.connect(lambda article_id, _result: order.append(article_id))
    for i in ids:
        service.request(i, "Texte sans rien.", "fr", Gazetteer([]))
    service.request(ids[3], "Texte sans rien.", "fr", Gazetteer([]), urgent=True)
    assert service.background_left() == 2  # ids[0] is on the worker; ids[3] moved ahead
    service.cancel_background()
    qtbot.waitUntil(lambda: not service.busy(), timeout=60000)
    assert order == [ids[0], ids[3]]
