"""A copy saved for sharing: without private notes or chosen articles, a valid project
that opens read-write elsewhere, and that never takes anything from ours when merged back."""

from __future__ import annotations

import os
import sqlite3

import pytest

from annotator.core.model import Article, Evidence, new_id
from annotator.core.text import text_sha256
from annotator.store import Project, ProjectError

TEXT = ("Plan social chez Nuvia. « Nous supprimerons 14 000 postes », a déclaré Marc "
        "Durand. Le syndicat dénonce un plan brutal.")
OTHER = "Un autre article, confidentiel : la source Lucien Brossard parle."
SECRET = "source-protegee-Zoubiri"


@pytest.fixture
def shared_setup(tmp_path):
    path = tmp_path / "desk.annot"
    with Project.create(path, author="Anna") as p:
        one = p.add_article(Article(new_id(), "Nuvia", TEXT, text_sha256=text_sha256(TEXT)))
        two = p.add_article(Article(new_id(), "Confidentiel", OTHER,
                                    text_sha256=text_sha256(OTHER)))
        start = TEXT.index("14 000")
        quote = p.add_annotation(p.new_annotation(one, "figure", start, start + 13))
        p.update_annotation(quote.id, note=f"Appelé {SECRET} au 06 12")
        p.add_evidence(Evidence(new_id(), quote.id, "https://example.org/a", "Rapport",
                                note=f"voir {SECRET}"))
        hidden = p.add_annotation(p.new_annotation(two, "party", OTHER.index("Lucien"),
                                                   OTHER.index("Lucien") + 15))
        p.update_annotation(hidden.id, note="ne pas publier")
    return {"path": path, "one": one.id, "two": two.id, "quote": quote.id,
            "hidden": hidden.id}


def test_a_copy_without_notes_has_no_trace_of_them_even_in_its_bytes(tmp_path, shared_setup):
    out = tmp_path / "pour-benoit.annot"
    with Project.open(shared_setup["path"]) as p:
        report = p.share_copy(out, without_notes=True)
        assert p.annotation(shared_setup["quote"]).note.startswith("Appelé")  # ours untouched
    assert report.withheld_notes == 3 and report.annotations == 2
    raw = out.read_bytes()
    assert SECRET.encode() not in raw and b"ne pas publier" not in raw
    assert b"zoubiri" not in raw.lower()  # nor a token of the full-text index
    assert not any(out.parent.glob(".pour-benoit*"))  # no temp file left behind
    assert not os.path.exists(f"{out}-wal")
    with Project.open(out, author="Benoît") as copy:  # opens read-write elsewhere
        assert copy.check()["ok"]
        assert copy.annotation(shared_setup["quote"]).note == ""
        assert [e.note for e in copy.evidence_of(shared_setup["quote"])] == [""]
        copy.update_annotation(shared_setup["quote"], status="verified")
        assert copy.meta()["shared_from"] == "desk.annot"


def test_leaving_out_articles_drops_them_and_all_that_hangs_on_them(tmp_path, shared_setup):
    out = tmp_path / "copy.annot"
    with Project.open(shared_setup["path"]) as p:
        p.save_suggestion_set(shared_setup["two"], [{"category": "party", "start": 0,
                                                     "end": 2, "text": "Un"}])
        report = p.share_copy(out, leave_out=[shared_setup["two"]])
    assert (report.left_out_articles, report.left_out_annotations) == (1, 1)
    # Not in free pages, nor as a token of the full-text index.
    assert b"brossard" not in out.read_bytes().lower()
    with Project.open(out) as copy:
        assert copy.article_ids() == [shared_setup["one"]]
        assert copy.annotation(shared_setup["hidden"]) is None
        assert copy.annotation(shared_setup["quote"]).note.startswith("Appelé")  # kept
        assert copy.check()["ok"]
        conn = copy.conn
        assert conn.execute("select count(*) from row_revs where row_id = ?",
                            [shared_setup["two"]]).fetchone()[0] == 0
        assert conn.execute("select count(*) from articles_fts where articles_fts "
                            "match 'Brossard'").fetchone()[0] == 0


def test_merging_the_copy_back_takes_their_work_and_keeps_what_was_left_out(
        tmp_path, shared_setup):
    out = tmp_path / "copy.annot"
    with Project.open(shared_setup["path"]) as p:
        p.share_copy(out, without_notes=True, leave_out=[shared_setup["two"]])
    with Project.open(out, author="Benoît") as copy:
        copy.update_annotation(shared_setup["quote"], status="verified")
        art = copy.article(shared_setup["one"])
        start = TEXT.index("Marc Durand")
        new = copy.add_annotation(copy.new_annotation(art, "party", start, start + 11))
        copy.update_annotation(new.id, note="Benoît's own note")
    with Project.open(shared_setup["path"]) as p:
        report = p.merge(out)
        quote = p.annotation(shared_setup["quote"])
        assert quote.status == "verified" and quote.note.startswith("Appelé")
        assert [e.note for e in p.evidence_of(shared_setup["quote"])] == [f"voir {SECRET}"]
        assert p.annotation(new.id).note == "Benoît's own note"
        assert p.annotation(shared_setup["hidden"]).deleted_at is None  # not a deletion
        assert p.article(shared_setup["two"]).deleted_at is None
        assert p.merge_conflicts() == []
        assert report.added["annotations"] == 1 and report.updated["annotations"] == 1
        assert not p.merge(out).changed  # idempotent


def test_a_note_written_in_the_copy_travels_back(tmp_path, shared_setup):
    out = tmp_path / "copy.annot"
    with Project.open(shared_setup["path"]) as p:
        p.share_copy(out, without_notes=True)
    with Project.open(out) as copy:
        copy.update_annotation(shared_setup["quote"], note="Benoît rewrote it")
    with Project.open(shared_setup["path"]) as p:
        p.merge(out)
        assert p.annotation(shared_setup["quote"]).note == "Benoît rewrote it"


def test_both_editing_a_withheld_annotation_is_a_conflict_that_shows_our_note(
        tmp_path, shared_setup):
    out = tmp_path / "copy.annot"
    with Project.open(shared_setup["path"]) as p:
        p.share_copy(out, without_notes=True)
        p.update_annotation(shared_setup["quote"], status="false")
    with Project.open(out) as copy:
        copy.update_annotation(shared_setup["quote"], status="verified")
    with Project.open(shared_setup["path"]) as p:
        p.merge(out)
        (conflict,) = p.merge_conflicts()
        assert conflict.differences() == ["status"]  # not the note they never had
        p.resolve_conflict(conflict.id, "theirs")
        quote = p.annotation(shared_setup["quote"])
        assert quote.status == "verified" and quote.note.startswith("Appelé")


def test_bad_targets_are_refused_and_leave_nothing(tmp_path, shared_setup, monkeypatch):
    with Project.open(shared_setup["path"]) as p:
        with pytest.raises(ProjectError, match="cannot replace the open project"):
            p.share_copy(shared_setup["path"])
        with pytest.raises(ProjectError, match="no such folder"):
            p.share_copy(tmp_path / "nowhere" / "x.annot")
        with pytest.raises(ProjectError, match="no article"):
            p.share_copy(tmp_path / "x.annot", leave_out=["nope"])
        # Interrupted just before the rename: no copy, no temp file, the old copy intact.
        (tmp_path / "x.annot").write_bytes(b"previous copy")

        def fail(*_args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", fail)
        with pytest.raises(ProjectError, match="No space left"):
            p.share_copy(tmp_path / "x.annot", without_notes=True)
    assert (tmp_path / "x.annot").read_bytes() == b"previous copy"
    assert sorted(f.name for f in tmp_path.iterdir() if f.name.startswith(".")) == []


def test_an_older_app_copy_is_still_a_plain_project(tmp_path, shared_setup):
    """No special format: the copy is the same schema, with its `withheld` rows."""
    out = tmp_path / "copy.annot"
    with Project.open(shared_setup["path"]) as p:
        p.share_copy(out, without_notes=True)
    conn = sqlite3.connect(out)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert conn.execute("select count(*) from withheld").fetchone()[0] == 3
    conn.close()
