"""A large project is checked for damage after the window opens, off the GUI thread."""

import random

from annotator.core.model import Article, new_id
from annotator.core.text import text_sha256
from annotator.store import Project, diagnosis


def _damaged_index(path):
    """A project whose article-hash index has a garbage page: every table still reads, so
    it opens; only SQLite's check finds the damage."""
    with Project.create(path, author="Camille") as p:
        p.add_articles([Article(new_id(), f"Article {i}", t, text_sha256=text_sha256(t))
                        for i in range(300)
                        for t in [f"Article {i:04d}. " + "Le budget baisse de 3 %. " * 20]])
    data = bytearray(path.read_bytes())
    needle = text_sha256(f"Article {150:04d}. " + "Le budget baisse de 3 %. " * 20).encode()
    page_size = int.from_bytes(data[16:18], "big")
    text = ("Article 0150. " + "Le budget baisse de 3 %. " * 20).encode()
    row_page = bytes(data).index(text) // page_size
    # The hash is in the article's row and in the index: take the index's copy.
    at = bytes(data).find(needle)
    while at // page_size == row_page:
        at = bytes(data).find(needle, at + 1)
    page = at // page_size
    data[page * page_size:(page + 1) * page_size] = random.Random(7).randbytes(page_size)
    path.write_bytes(bytes(data))


def test_damage_found_after_opening_a_large_project_stops_writing(
        window, qtbot, tmp_path, errors, monkeypatch):
    path = tmp_path / "big.annot"
    _damaged_index(path)
    monkeypatch.setattr(diagnosis, "QUICK_CHECK_LIMIT", 0)  # "large": not checked on open
    assert window.open_project(path)
    assert not window.project.read_only
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors[0][0] == "Damaged project" and "integrity check failed" in errors[0][1]
    assert window.project.read_only and window.read_only_banner.isVisibleTo(window)
    assert not window.import_action.isEnabled()


def test_a_healthy_large_project_stays_writable(window, qtbot, project_file, errors,
                                                monkeypatch):
    monkeypatch.setattr(diagnosis, "QUICK_CHECK_LIMIT", 0)
    with qtbot.waitSignal(window.integrity_checked, timeout=10000) as blocker:
        assert window.open_project(project_file)
    assert blocker.args[1] is None and errors == [] and not window.project.read_only
