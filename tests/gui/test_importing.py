"""Batch import in the background, its progress and summary, and the metadata pane."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import import_and_wait, rows


def news_page(i: int) -> str:
    paragraphs = "".join(
        f"<p>Paragraphe {k} de l'article {i} : la direction a confirmé la suppression de "
        f"{1000 + i} postes, selon un communiqué publié mercredi soir par le groupe.</p>"
        for k in range(8))
    return (
        f'<html lang="fr"><head><meta charset="utf-8"><title>Plan social {i} - Le Soir</title>'
        f'<meta property="og:site_name" content="Le Soir">'
        f'<meta property="article:published_time" content="2023-01-{1 + i % 28:02d}T10:00:00+01:00">'
        f'<link rel="canonical" href="https://lesoir.example/eco/{i}.html"></head>'
        f'<body><nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>'
        f"<article><h1>Plan social {i}</h1>{paragraphs}</article>"
        f'<aside class="related"><a href="/x">Lire aussi</a></aside></body></html>')


def test_import_a_folder_tree(window, qtbot, tmp_path, project_file):
    root = tmp_path / "dossier"
    (root / "wire" / "2023").mkdir(parents=True)
    (root / "page_files").mkdir()
    (root / "page.html").write_text(news_page(1), encoding="utf-8")
    (root / "page_files" / "ad.html").write_text(news_page(99), encoding="utf-8")
    (root / "wire" / "2023" / "note.md").write_text("# Note\n\nTexte de la note.", "utf-8")
    (root / "wire" / "lettre.txt").write_text("Lettre\n\n« Nous refusons », disent-ils.", "utf-8")
    (root / ".cache.txt").write_text("caché", encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG")
    job = import_and_wait(qtbot, window, [root])
    assert job.total == 3 and not job.report.failed
    titles = sorted(t for (t,) in rows(project_file, "select title from articles"))
    assert titles == ["Lettre", "Note", "Plan social 1", "Plan social chez Nuvia"]
    page = rows(project_file, "select source, url, published, language from articles "
                              "where title = 'Plan social 1'")
    assert page == [("Le Soir", "https://lesoir.example/eco/1.html",
                     "2023-01-02T10:00:00+01:00", "fr")]
    assert not job.cancelled
    assert window.last_import_summary.headline.text() == (
        "3 imported, 0 skipped as duplicates, 0 failed.")


def test_the_project_is_written_on_its_writer_thread_only(window, qtbot, tmp_path,
                                                           monkeypatch):
    import threading

    from annotator.gui import importing

    threads = []
    real = importing.store_articles

    def store(*args):
        threads.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(importing, "store_articles", store)
    for i in range(3):
        (tmp_path / f"p{i}.html").write_text(news_page(i), encoding="utf-8")
    import_and_wait(qtbot, window, [tmp_path])
    # Neither the GUI thread nor the reading worker: the one writer of the project.
    assert threads and set(threads) == {f"writer {window.project.path.name}"}


def test_event_loop_keeps_running_during_an_import(window, qtbot, tmp_path):
    for i in range(40):
        (tmp_path / f"p{i:02d}.html").write_text(news_page(i), encoding="utf-8")
    seen_at = set()  # which file the worker was reading each time the GUI timer fired
    timer = QTimer()
    timer.timeout.connect(lambda: window.import_job and seen_at.add(window.import_job._current))
    timer.start(5)
    job = import_and_wait(qtbot, window, [tmp_path])
    timer.stop()
    assert len(job.report.imported) == 40
    # The GUI thread served its timer while the pages were read, not once at the end.
    assert len(seen_at) >= 3


def slow_reading(monkeypatch, seconds=0.02):
    """Files that take a while to read (as 5 MB pages do), so Cancel lands mid-batch."""
    import time

    from annotator.gui import importing

    real = importing.extract_one

    def slow(path):
        time.sleep(seconds)
        return real(path)

    monkeypatch.setattr(importing, "extract_one", slow)


def test_cancel_keeps_whole_articles_and_one_undo_step(window, qtbot, tmp_path, project_file,
                                                        monkeypatch):
    slow_reading(monkeypatch)
    for i in range(80):
        (tmp_path / f"p{i:02d}.html").write_text(news_page(i), encoding="utf-8")
    before = window.undo_stack.count()
    with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
        window.import_files([tmp_path])
        job = window.import_job
        qtbot.waitUntil(lambda: job.handled > 0, timeout=30000)
        job.progress.findChild(QPushButton).click()  # the dialog's Cancel button
    job = finished.args[0]
    assert job.cancelled
    stored = rows(project_file, "select title, text from articles where origin like 'p%'")
    assert 0 < len(stored) < 80
    for title, text in stored:
        number = int(title.split()[-1])
        assert text.count("Paragraphe") == 8 and f"l'article {number} " in text
    assert window.last_import_summary.headline.text().startswith("Cancelled after")
    assert window.undo_stack.count() == before + 1
    window.undo_stack.undo()
    assert rows(project_file, "select count(*) from articles where deleted_at is null") == [(1,)]
    window.undo_stack.redo()
    assert rows(project_file, "select count(*) from articles where deleted_at is null") == [
        (1 + len(stored),)]


def test_closing_the_project_during_an_import(window, qtbot, tmp_path, project_file,
                                              monkeypatch):
    slow_reading(monkeypatch)
    for i in range(40):
        (tmp_path / f"p{i:02d}.html").write_text(news_page(i), encoding="utf-8")
    window.import_files([tmp_path])
    job = window.import_job
    qtbot.waitUntil(lambda: job.handled > 0, timeout=30000)
    window.close_project()
    assert window.import_job is None and window.project is None
    qtbot.wait(50)  # nothing queued by the worker may touch the closed project
    count = rows(project_file, "select count(*) from articles")[0][0]
    assert 1 < count < 41


def test_one_bad_file_does_not_stop_the_batch(window, qtbot, tmp_path):
    for i in range(5):
        (tmp_path / f"ok{i}.md").write_text(f"# Article {i}\n\nTexte {i}.", encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<nitf><body><body.content><p>cut", encoding="utf-8")
    (tmp_path / "fake.docx").write_bytes(b"not a zip")
    (tmp_path / "empty.html").write_text("<html><body><nav>menu</nav></body></html>", "utf-8")
    job = import_and_wait(qtbot, window, [tmp_path])
    assert len(job.report.imported) == 5
    failed = sorted(Path(p).name for p, _ in job.report.failed)
    assert failed == ["broken.xml", "empty.html", "fake.docx"]
    summary = window.last_import_summary
    assert summary.table.rowCount() == 3
    reasons = [summary.table.item(r, 2).text() for r in range(3)]
    assert all(reasons) and not any(r.startswith(str(tmp_path)) for r in reasons)


# ---- the metadata pane ---------------------------------------------------------------------


def edit_field(window, field: str, text: str) -> None:
    editor = window.metadata_pane.editors[field]
    editor.setText(text)
    editor.editingFinished.emit()


def test_edit_article_metadata_in_the_pane(window, qtbot, project_file):
    window.show_details()
    assert window.side_tabs.currentWidget() is window.metadata_pane
    pane = window.metadata_pane
    assert pane.editors["title"].text() == "Plan social chez Nuvia"
    assert pane.size_label.text().endswith("characters") and "words" in pane.size_label.text()
    edit_field(window, "title", "Nuvia : 14 000 postes supprimés")
    edit_field(window, "byline", "Jean Dupont, Marie Martin")
    edit_field(window, "published", "18 janvier 2023")
    edit_field(window, "url", "https://lesoir.example/nuvia")
    edit_field(window, "language", "FR-fr")
    row = rows(project_file, "select title, byline, published, url, language from articles")
    assert row == [("Nuvia : 14 000 postes supprimés", "Jean Dupont, Marie Martin",
                    "2023-01-18", "https://lesoir.example/nuvia", "fr")]
    assert window.article_header.text().startswith("Nuvia : 14 000 postes supprimés")
    assert window.article_model.index(0).data() .startswith("Nuvia : 14 000")
    for _ in range(5):
        window.undo_stack.undo()
    assert rows(project_file, "select title, byline, published from articles") == [
        ("Plan social chez Nuvia", "", None)]
    assert pane.editors["title"].text() == "Plan social chez Nuvia"


def test_impossible_metadata_is_marked_not_saved(window, project_file):
    before = window.undo_stack.count()
    edit_field(window, "url", "javascript:alert(1)")
    edit_field(window, "published", "bientôt")
    edit_field(window, "title", "   ")
    assert window.undo_stack.count() == before
    assert rows(project_file, "select title, url, published from articles") == [
        ("Plan social chez Nuvia", "", None)]
    assert "http" in window.metadata_pane.editors["url"].toolTip()
    assert "bientôt" in window.metadata_pane.editors["published"].toolTip()
