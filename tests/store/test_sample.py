import json
import subprocess
import sys

import pytest

from annotator import sample
from annotator.store import Project, ProjectError


@pytest.fixture
def built(tmp_path):
    project = sample.build_sample_project(tmp_path / "sample.annot")
    yield project
    project.close()


def test_sample_builds_with_both_articles_in_order(built):
    summaries = built.article_summaries()
    assert len(summaries) == 2
    articles = [built.article(s["id"]) for s in summaries]
    assert [a.origin for a in articles] == ["fr-plan-social.md", "en-open-letter.md"]
    assert [a.language for a in articles] == ["fr", "en"]
    assert all(s["annotations"] >= 8 for s in summaries)
    assert built.check()["ok"]


def test_every_annotation_matches_its_text(built):
    entries = json.loads((sample.sample_dir() / "annotations.json").read_text("utf-8"))
    stored = []
    for article_id in built.article_ids():
        article = built.article(article_id)
        for ann in built.annotations(article_id):
            assert ann.exact == article.text[ann.start : ann.end]
            assert ann.prefix == article.text[max(0, ann.start - 32) : ann.start]
            stored.append((article.origin, ann.category_id, ann.exact, ann.note, ann.status))
    expected = [(e["article"], e["category"], e["exact"], e["note"], e["status"])
                for e in entries]
    assert sorted(stored) == sorted(expected)


def test_all_categories_in_both_articles_and_an_overlap(built):
    for article_id in built.article_ids():
        anns = built.annotations(article_id)
        assert {a.category_id for a in anns} == {"quote", "figure", "party"}
        # A figure inside a quote: the case every view and exporter must draw right.
        assert any(
            q.category_id == "quote" and f.category_id == "figure"
            and q.start <= f.start and f.end <= q.end
            for q in anns for f in anns
        )


def test_quote_spans_exclude_the_quotation_marks(built):
    for article_id in built.article_ids():
        for ann in built.annotations(article_id):
            if ann.category_id == "quote":
                # A nested “…” inside « » stays, so curly marks need only be balanced.
                assert ann.exact[0] not in "«“\u00a0 " and ann.exact[-1] not in "»\u00a0 "
                assert ann.exact.count("“") == ann.exact.count("”")


def test_typo_in_annotations_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "res" / "sample"
    folder.mkdir(parents=True)
    for name in sample.SAMPLE_ARTICLES:
        (folder / name).write_bytes((sample.sample_dir() / name).read_bytes())
    (folder / "annotations.json").write_text(json.dumps([
        {"article": "en-open-letter.md", "category": "quote", "exact": "no such words",
         "occurrence": 1, "note": "", "status": "to_check"},
    ]), encoding="utf-8")
    monkeypatch.setattr(sample, "sample_dir", lambda: folder)
    out = tmp_path / "bad.annot"
    with pytest.raises(ValueError, match="'no such words'"):
        sample.build_sample_project(out)
    assert not out.exists()  # no half-built sample left behind


def test_refuses_existing_file(tmp_path):
    out = tmp_path / "x.annot"
    out.write_text("")
    with pytest.raises(ProjectError):
        sample.build_sample_project(out)


def test_command_line(tmp_path):
    out = tmp_path / "build" / "sample.annot"
    run = [sys.executable, "-m", "annotator.sample", str(out)]
    done = subprocess.run(run, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    project = Project.open(out)
    assert len(project.article_ids()) == 2
    project.close()

    again = subprocess.run(run, capture_output=True, text=True)
    assert again.returncode == 1 and "already exists" in again.stderr
    quiet = subprocess.run(run + ["--if-missing"], capture_output=True, text=True)
    assert quiet.returncode == 0 and quiet.stdout.strip() == str(out)
