"""W3C and brat files imported back into projects: the same spans, nothing guessed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.annotation_import import import_annotation_files, plan_annotation_import
from annotator.io.exporters import export
from annotator.operations import import_paths, importable_files
from annotator.store import Project
from tests.io.export_sample import TEXT, sample_project


def _spans(project: Project) -> set[tuple]:
    """What the round trips must keep: article text, category, span, status, note, speaker."""
    out = set()
    for article in project.snapshot(include_deleted=False).articles:
        for a in project.annotations(article.id):
            out.add((article.text, a.category_id, a.start, a.end, a.exact, a.status,
                     a.note, a.speaker_id, a.party_id, a.rating))
    return out


@pytest.fixture
def desk(tmp_path) -> Project:
    """The exporter tests' French project (two articles, eight annotations, one deleted)."""
    p = Project.create(tmp_path / "desk.annot", author="Marie")
    p.load(sample_project())
    yield p
    p.close()


def _articles_only(desk: Project, path: Path) -> Project:
    """A project with the same articles, categories and parties, but no annotation."""
    data = desk.snapshot()
    target = Project.create(path, author="Paul")
    target.load(replace(data, annotations=[], evidence=[], rejected_suggestions=[]))
    return target


def test_w3c_export_imported_into_the_same_articles_gives_the_same_spans(desk, tmp_path):
    out = export(desk.snapshot(), "w3c", tmp_path / "anno.jsonld")
    with _articles_only(desk, tmp_path / "copy.annot") as copy:
        plan = import_annotation_files(copy, [out])
        assert plan.failed == [] and plan.skipped == []
        assert plan.articles == []
        assert _spans(copy) == _spans(desk)
        # A second import finds every span already there and adds nothing.
        again = import_annotation_files(copy, [out])
        assert again.annotations == [] and len(again.skipped) == len(plan.annotations)
        assert _spans(copy) == _spans(desk)


def test_brat_export_imported_into_an_empty_project_makes_the_articles(desk, tmp_path):
    folder = export(desk.snapshot(), "brat", tmp_path / "brat")
    with Project.create(tmp_path / "empty.annot", author="Paul") as empty:
        empty.load(replace(desk.snapshot(), articles=[], annotations=[], evidence=[],
                           rejected_suggestions=[]))  # the categories and parties only
        report = import_paths(empty, [folder])
        assert report.failed == []
        # The .txt files became two articles; none was imported a second time as text.
        assert sorted(a.text for a in report.imported) == sorted(
            a.text for a in desk.snapshot(include_deleted=False).articles)
        spans = {s[1:8] + s[9:] for s in _spans(empty)}
        expected = {s[1:8] + s[9:] for s in _spans(desk)}
        # brat keeps span, category, status, note, rating and the speaker relation.
        assert spans == expected
        # An unlinked party mention is linked on the way in, by the party's name.
        links = {s[4]: s[8] for s in _spans(empty) if s[1] == "party"}
        assert links == {"Élodie Martin": "party-martin", "Lyon": None}


def test_brat_into_the_project_it_came_from_adds_nothing(desk, tmp_path):
    folder = export(desk.snapshot(), "brat", tmp_path / "brat")
    before = _spans(desk)
    plan = plan_annotation_import(desk, sorted(folder.glob("*.ann")))
    assert plan.articles == [] and plan.annotations == []
    assert plan.skipped and all("already annotated" in s for s in plan.skipped)
    assert _spans(desk) == before


def test_a_folder_of_brat_pairs_lists_each_pair_once(desk, tmp_path):
    folder = export(desk.snapshot(), "brat", tmp_path / "brat")
    files = importable_files([folder])
    assert sorted(p.suffix for p in files) == [".ann", ".ann"]


def test_a_brat_text_that_import_would_reshape_is_refused(project, tmp_path):
    (tmp_path / "a.txt").write_text("Line with trailing spaces   \nand more.\n", "utf-8")
    (tmp_path / "a.ann").write_text("T1\tQuote 0 4\tLine\n", "utf-8")
    plan = import_annotation_files(project, [tmp_path / "a.ann"])
    assert plan.annotations == [] and plan.articles == []
    [(path, message)] = plan.failed
    assert path.endswith("a.ann") and "offsets would no longer match" in message
    assert project.article_ids() == []


def test_one_bad_file_does_not_stop_the_good_one(desk, tmp_path):
    good = export(desk.snapshot(), "w3c", tmp_path / "good.jsonld")
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ', "utf-8")
    not_utf8 = tmp_path / "latin.jsonld"
    not_utf8.write_bytes("{\"note\": \"é\"}".encode("latin-1"))
    with _articles_only(desk, tmp_path / "copy.annot") as copy:
        plan = import_annotation_files(copy, [bad, good, not_utf8])
        assert [p for p, _ in plan.failed] == [str(bad), str(not_utf8)]
        assert "invalid JSON" in plan.failed[0][1] or "JSON" in plan.failed[0][1]
        assert "not UTF-8" in plan.failed[1][1]
        assert _spans(copy) == _spans(desk)


def test_a_w3c_file_for_other_articles_is_reported_and_nothing_is_stored(desk, tmp_path):
    out = export(desk.snapshot(), "w3c", tmp_path / "anno.jsonld")
    with Project.create(tmp_path / "other.annot") as other:
        report = import_paths(other, [out])
        [(path, message)] = report.failed
        assert path == str(out) and "unknown article" in message
        assert other.check()["annotations"] == 0


def test_a_json_named_w3c_file_is_not_taken_for_a_project_json(desk, tmp_path):
    text = export(desk.snapshot(), "w3c", tmp_path / "anno.jsonld").read_text("utf-8")
    as_json = tmp_path / "anno.json"
    as_json.write_text(text, "utf-8")
    with _articles_only(desk, tmp_path / "copy.annot") as copy:
        report = import_paths(copy, [as_json])
        assert report.failed == [] and report.project_rows == {}
        assert _spans(copy) == _spans(desk)
        assert "8 annotations in 2 articles from annotation files" in report.summary()


def test_the_import_is_one_transaction(desk, tmp_path, monkeypatch):
    """A failure while storing (a full disk) leaves the project as it was."""
    out = export(desk.snapshot(), "w3c", tmp_path / "anno.jsonld")
    with _articles_only(desk, tmp_path / "copy.annot") as copy:
        plan = plan_annotation_import(copy, [out])
        plan.annotations.append(replace(plan.annotations[0], article_id="no-such-article"))
        with pytest.raises(sqlite3.IntegrityError):
            copy.add_imported_annotations(plan.articles, plan.annotations)
        assert copy.check()["annotations"] == 0


def test_cli_imports_w3c_and_brat(desk, tmp_path):
    import subprocess
    import sys

    w3c = export(desk.snapshot(), "w3c", tmp_path / "anno.jsonld")
    brat = export(desk.snapshot(), "brat", tmp_path / "brat")
    copy = _articles_only(desk, tmp_path / "copy.annot")
    copy.close()
    run = subprocess.run([sys.executable, "-m", "annotator", "import", str(copy.path),
                          str(w3c)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "annotations in 2 articles from annotation files" in run.stderr
    run = subprocess.run([sys.executable, "-m", "annotator", "import", str(copy.path),
                          str(brat)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""  # the texts are the project's: no new article
    assert "skipped: " in run.stderr and "already annotated the same way" in run.stderr
    with Project.open(copy.path) as reopened:
        assert _spans(reopened) == _spans(desk)


def test_sample_text_is_what_brat_round_trips():
    # The sample is tidy text: a brat .txt of it becomes an article unchanged.
    from annotator.io.importers import article_from_text

    assert article_from_text(TEXT, "x.txt").text == TEXT
    assert json.dumps(TEXT)  # non-ASCII, emoji and narrow no-break spaces included
