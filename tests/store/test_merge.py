"""Merging copies of a project: by id, edits in one copy win, edits in both are conflicts.

The property tests start from one project, let two copies diverge by random edits, and
check that merging is idempotent, that A+B and B+A agree when nothing conflicts, and that
every annotation of either copy is in the result or in the conflict list.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import Article, Party, new_id
from annotator.core.text import text_sha256
from annotator.store import Project, ProjectError

TEXT = ("Plan social chez Nuvia. « Nous supprimerons 14 000 postes », a déclaré Marc "
        "Durand 😀. Le syndicat dénonce un plan brutal. Plus de 2400 salariés sont concernés.")
WORDS = [(TEXT.index(w), TEXT.index(w) + len(w)) for w in
         ("Nuvia", "14 000 postes", "Marc Durand", "syndicat", "plan brutal", "2400")]


def base_project(path: Path) -> dict:
    with Project.create(path, author="Base") as p:
        art = p.add_article(Article(new_id(), "Nuvia", TEXT, text_sha256=text_sha256(TEXT)))
        ids = [p.add_annotation(p.new_annotation(art, "quote", s, e)).id for s, e in WORDS[:3]]
        party = p.add_party(Party(new_id(), "Marc Durand", "person"))
    return {"article": art, "annotations": ids, "party": party.id}


def copies(tmp_path: Path) -> tuple[Path, Path, dict]:
    a, b = tmp_path / "a.annot", tmp_path / "b.annot"
    info = base_project(a)
    shutil.copy(a, b)
    return a, b, info


def content(path: Path) -> dict:
    """What two merged copies must agree on: every synced row's values (no revisions)."""
    conn = sqlite3.connect(path)
    out = {}
    for table in ("articles", "annotations", "parties", "categories", "evidence", "statuses"):
        out[table] = sorted(conn.execute(f"select * from {table}").fetchall(), key=str)
    conn.close()
    return out


def test_an_edit_in_one_copy_wins_and_both_edits_conflict(tmp_path):
    a, b, info = copies(tmp_path)
    x, y, z = info["annotations"]
    with Project.open(a, author="Anna") as pa:
        pa.update_annotation(x, note="Anna checked it")
        pa.update_annotation(y, status="false")
    with Project.open(b, author="Bert") as pb:
        pb.update_annotation(y, status="verified")
        pb.delete_annotation(z)
        added = pb.add_annotation(pb.new_annotation(pb.article(info["article"].id), "figure",
                                                    *WORDS[5]))
    with Project.open(a, author="Anna") as pa:
        report = pa.merge(b)
        assert report.added["annotations"] == 1 and report.updated["annotations"] == 1
        assert report.conflicts["annotations"] == 1
        assert pa.annotation(x).note == "Anna checked it"  # only Anna changed it
        assert pa.annotation(z).deleted_at  # Bert's deletion travelled as a tombstone
        assert pa.annotation(added.id).category_id == "figure"
        assert pa.annotation(y).status == "false"  # ours stays until someone chooses
        [conflict] = pa.merge_conflicts()
        assert (conflict.table, conflict.row_id) == ("annotations", y)
        assert conflict.ours["status"] == "false" and conflict.theirs["status"] == "verified"
        assert "status" in conflict.differences()
        pa.resolve_conflict(conflict.id, "theirs")
        assert pa.annotation(y).status == "verified"
        assert pa.merge_conflicts() == []
        assert pa.check()["ok"]
    # Merged back, the resolution reaches Bert's copy without a new conflict.
    with Project.open(b, author="Bert") as pb:
        pb.merge(a)
        assert pb.merge_conflicts() == []
        assert pb.annotation(y).status == "verified"
        assert pb.annotation(x).note == "Anna checked it"


def test_an_edit_against_a_deletion_is_a_conflict(tmp_path):
    a, b, info = copies(tmp_path)
    x = info["annotations"][0]
    with Project.open(a) as pa:
        pa.update_annotation(x, note="still needed")
    with Project.open(b) as pb:
        pb.delete_annotation(x)
    with Project.open(a) as pa:
        pa.merge(b)
        [conflict] = pa.merge_conflicts()
        assert conflict.theirs["deleted_at"] and not conflict.ours["deleted_at"]
        assert not pa.annotation(x).deleted_at
        pa.resolve_conflict(conflict.id, "theirs")
        assert pa.annotation(x).deleted_at


def test_articles_imported_twice_are_matched_by_text(tmp_path):
    a, b = tmp_path / "a.annot", tmp_path / "b.annot"
    for path in (a, b):  # each colleague imported the same article: two different ids
        with Project.create(path) as p:
            art = p.add_article(Article(new_id(), "Nuvia", TEXT, text_sha256=text_sha256(TEXT)))
            p.add_annotation(p.new_annotation(art, "quote", *WORDS[0]))
    with Project.open(a) as pa:
        report = pa.merge(b)
        assert report.matched_articles == 1 and report.added["articles"] == 0
        [article_id] = pa.article_ids()
        assert len(pa.annotations(article_id)) == 2  # theirs moved onto our article
        assert pa.check()["ok"]


def test_dry_run_changes_nothing_and_their_file_is_only_read(tmp_path):
    a, b, info = copies(tmp_path)
    with Project.open(b) as pb:
        pb.update_annotation(info["annotations"][0], note="B")
    theirs = hashlib.sha256(b.read_bytes()).hexdigest()
    before = content(a)
    with Project.open(a) as pa:
        report = pa.merge(b, dry_run=True)
        assert report.updated["annotations"] == 1
        assert "would be merged" in report.lines()[0]
    assert content(a) == before
    with Project.open(a) as pa:
        pa.merge(b)
    assert hashlib.sha256(b.read_bytes()).hexdigest() == theirs
    assert not Path(f"{b}-wal").exists() or Path(f"{b}-wal").stat().st_size == 0


def test_bad_other_files_are_refused_clearly(tmp_path, project):
    junk = tmp_path / "junk.annot"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ProjectError, match="not a project file"):
        project.merge(junk)
    with pytest.raises(ProjectError, match="no such project file"):
        project.merge(tmp_path / "missing.annot")
    with pytest.raises(ProjectError, match="into itself"):
        project.merge(project.path)


def test_a_failure_midway_leaves_the_project_as_before(tmp_path, monkeypatch):
    from annotator.store import merge

    a, b, info = copies(tmp_path)
    with Project.open(b) as pb:
        pb.update_annotation(info["annotations"][0], note="B")
        pb.add_party(Party(new_id(), "Nuvia", "organisation"))
    before = content(a)
    real = merge._merge_table

    def failing(conn, table, report, source):
        real(conn, table, report, source)
        if table == "articles":
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(merge, "_merge_table", failing)
    with Project.open(a) as pa, pytest.raises(sqlite3.OperationalError):
        pa.merge(b)
    assert content(a) == before
    with Project.open(a) as pa:
        assert pa.conn.execute("select count(*) from revision_pause").fetchone() == (0,)


def test_cli_merge_and_dry_run(tmp_path):
    a, b, info = copies(tmp_path)
    with Project.open(b) as pb:
        pb.update_annotation(info["annotations"][1], status="false")
    with Project.open(a) as pa:
        pa.update_annotation(info["annotations"][1], status="verified")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                              capture_output=True, text=True, timeout=120)

    dry = run("merge", a, b, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would be merged" in dry.stdout and "1 in conflict" in dry.stdout
    done = run("merge", a, b)
    assert done.returncode == 0 and "annotations: 1 in conflict" in done.stdout
    assert "conflict: annotations" in done.stderr and "status differ" in done.stderr
    again = run("merge", a, b)
    assert "nothing to merge" in again.stdout
    bad = run("merge", a, tmp_path / "nope.annot")
    assert bad.returncode == 1 and "no such project file" in bad.stderr


# ---- properties ----------------------------------------------------------------------------

EDIT = st.one_of(
    st.tuples(st.just("note"), st.integers(0, 2), st.text(max_size=8)),
    st.tuples(st.just("status"), st.integers(0, 2),
              st.sampled_from(["to_check", "verified", "false"])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.none()),
    st.tuples(st.just("add"), st.integers(0, 5), st.sampled_from(["quote", "figure"])),
    st.tuples(st.just("party"), st.integers(0, 5), st.text(min_size=1, max_size=8)),
)


def diverge(path: Path, info: dict, edits: list, author: str) -> None:
    with Project.open(path, author=author) as p:
        article = p.article(info["article"].id)
        for kind, index, value in edits:
            target = info["annotations"][index % 3]
            if kind == "note":
                p.update_annotation(target, note=value)
            elif kind == "status":
                p.update_annotation(target, status=value)
            elif kind == "delete" and not p.annotation(target).deleted_at:
                p.delete_annotation(target)
            elif kind == "add":
                p.add_annotation(p.new_annotation(article, value, *WORDS[index]))
            elif kind == "party":
                p.add_party(Party(new_id(), value, "person"))


def annotation_states(path: Path) -> set[tuple]:
    conn = sqlite3.connect(path)
    rows = set(conn.execute("select id, note, status, deleted_at from annotations"))
    conn.close()
    return rows


def diverged(tmp_path_factory, ours: list, theirs: list) -> tuple[Path, Path, set]:
    """Two copies of one project after their own random edits, and the shared start."""
    folder = tmp_path_factory.mktemp("copies")
    a, b, info = copies(folder)
    start = annotation_states(a)
    diverge(a, info, ours, "Anna")
    diverge(b, info, theirs, "Bert")
    return a, b, start


PROPERTY = dict(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings(**PROPERTY)
@given(ours=st.lists(EDIT, max_size=5), theirs=st.lists(EDIT, max_size=5))
def test_merging_is_idempotent_and_loses_nothing(tmp_path_factory, ours, theirs):
    a, b, start = diverged(tmp_path_factory, ours, theirs)
    states = annotation_states(a) | annotation_states(b)
    with Project.open(a) as pa:
        pa.merge(b)
        once = content(a)
        second = pa.merge(b)
        assert not second.changed
        assert content(a) == once
        kept = annotation_states(a)
        conflicted = {(c.row_id, c.theirs.get("note"), c.theirs.get("status"),
                       c.theirs.get("deleted_at")) for c in pa.merge_conflicts()}
        assert pa.check()["ok"]
    # Every annotation, as either copy left it, is in the result or in the conflict list;
    # only the state both started from may be gone (one of them changed it on purpose).
    assert states - kept - conflicted <= start


@settings(**PROPERTY)
@given(ours=st.lists(EDIT, max_size=5), theirs=st.lists(EDIT, max_size=5))
def test_a_plus_b_equals_b_plus_a_without_conflicts(tmp_path_factory, ours, theirs):
    a, b, _start = diverged(tmp_path_factory, ours, theirs)
    folder = a.parent
    a2, b2 = folder / "a2.annot", folder / "b2.annot"
    shutil.copy(a, a2)
    shutil.copy(b, b2)
    with Project.open(a) as pa:
        pa.merge(b)
        conflicts_ab = pa.merge_conflicts()
    with Project.open(b2) as pb:
        pb.merge(a2)
        conflicts_ba = pb.merge_conflicts()
    assert len(conflicts_ab) == len(conflicts_ba)
    if not conflicts_ab:
        assert content(a) == content(b2)


def test_annotations_made_before_the_other_copy_revised_the_article_are_reanchored(tmp_path):
    a, b, info = copies(tmp_path)
    revised = "Mise à jour du 12 mars : le plan est confirmé. " + TEXT.replace(
        "Le syndicat dénonce un plan brutal. ", "")
    with Project.open(b, author="Benoît") as pb:
        pb.revise_article_text(info["article"].id, revised)
    with Project.open(a, author="Anna") as pa:  # Anna annotates the text as she has it
        start = TEXT.index("2400")
        figure = pa.add_annotation(pa.new_annotation(info["article"], "figure", start,
                                                     start + 4)).id
        start = TEXT.index("plan brutal")
        gone = pa.add_annotation(pa.new_annotation(info["article"], "quote", start,
                                                   start + 11)).id
        report = pa.merge(b)
        assert pa.article(info["article"].id).text == revised
        assert pa.annotation(figure).exact == "2400"
        assert revised[pa.annotation(figure).start:pa.annotation(figure).end] == "2400"
        assert pa.annotation(gone).orphaned_at is not None  # its words were cut: kept
        assert (report.reanchored, report.orphaned) == (1, 1)
        assert "annotations: 1 re-anchored in revised articles, 1 could not be placed " \
               "(orphans)" in report.lines()
        assert pa.check()["ok"]
        assert not pa.merge(b).changed
    # The other way round: Benoît takes Anna's annotations already placed, no conflict.
    with Project.open(b, author="Benoît") as pb:
        back = pb.merge(a)
        assert pb.merge_conflicts() == [] and back.reanchored == 0
        assert pb.annotation(figure).start == revised.index("2400")
        assert pb.check()["ok"]
    assert content(a) == content(b)
