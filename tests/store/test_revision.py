"""Project.revise_article_text: a corrected text, annotations re-anchored, orphans kept."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.core.text import normalize_text, text_sha256
from annotator.io.exporters import export
from annotator.io.interchange import read_project_json
from annotator.store import Project

TEXT = normalize_text(
    "Plan social chez Nuvia\n\n"
    "«\u00a0Nous supprimerons 14\u202f000 postes d'ici 2025\u00a0», a déclaré Marc Durand 😀, "
    "PDG de Nuvia.\n\n"
    "Le syndicat dénonce «\u00a0un plan brutal\u00a0». Plus de 2400 salariés sont concernés "
    "sur le site de Lyon.\n\n"
    "Le ministre recevra les représentants du personnel la semaine prochaine."
)
# A paragraph added at the top, a figure corrected, a sentence cut.
REVISED = normalize_text(
    "Mise à jour le 3 mars : le chiffre de la direction a été corrigé.\n\n"
    + TEXT.replace("14\u202f000", "14\u202f500").replace(
        " Plus de 2400 salariés sont concernés sur le site de Lyon.", "")
)


@pytest.fixture
def article(project, make_article):
    return project.add_article(make_article(TEXT, "Plan social chez Nuvia"))


def annotate(project, article, words, category="quote", **values):
    start = article.text.index(words)
    ann = project.new_annotation(article, category, start, start + len(words), **values)
    return project.add_annotation(ann)


def anchors(project, article_id):
    """Every row's anchor, tombstones included, as the file holds it."""
    return project.conn.execute(
        'select id, start, "end", exact, prefix, suffix, orphaned_at, deleted_at '
        "from annotations where article_id = ? order by id", [article_id]).fetchall()


@pytest.fixture
def annotated(project, article):
    """quote (moves), figure (edited), party (deleted), note (unchanged)."""
    made = {
        "party": annotate(project, article, "Marc Durand", "party"),
        "figure": annotate(project, article, "14\u202f000 postes", "figure",
                           note="source : communiqué"),
        "deleted": annotate(project, article, "2400 salariés", "figure", note="à vérifier"),
        "quote": annotate(project, article, "un plan brutal"),
        "title": annotate(project, article, "Plan social", "quote"),
    }
    return made


def test_revision_moves_edits_and_orphans_in_one_report(project, article, annotated):
    report = project.revise_article_text(article.id, REVISED)
    ids = {k: a.id for k, a in annotated.items()}
    assert report.changed
    assert sorted(report.moved) == sorted([ids["party"], ids["figure"], ids["quote"],
                                           ids["title"]])
    assert report.edited == [ids["figure"]]
    assert report.orphaned == [ids["deleted"]] and report.unchanged == []
    assert report.summary() == "0 unchanged, 4 moved (1 with edited words), 1 orphaned"
    stored = project.article(article.id)
    assert stored.text == REVISED and stored.text_sha256 == text_sha256(REVISED)
    for a in project.annotations(article.id):  # every placed span reads its words
        assert REVISED[a.start:a.end] == a.exact
        assert REVISED[:a.start].endswith(a.prefix) and REVISED[a.end:].startswith(a.suffix)
    assert project.annotation(ids["figure"]).exact == "14\u202f500 postes"
    assert project.annotation(ids["figure"]).note == "source : communiqué"
    assert project.check()["ok"], project.check()["problems"]


def test_nothing_is_deleted_an_orphan_keeps_its_old_words(project, article, annotated):
    before = project.annotation(annotated["deleted"].id)
    project.revise_article_text(article.id, REVISED)
    (orphan,) = project.orphans(article.id)
    assert orphan.id == before.id and orphan.orphaned_at and orphan.deleted_at is None
    assert (orphan.start, orphan.end, orphan.exact, orphan.prefix, orphan.suffix, orphan.note) \
        == (before.start, before.end, before.exact, before.prefix, before.suffix, before.note)
    assert project.orphans() == [orphan]
    # Live views never draw it: not in the text's spans, lists, counts or filters.
    assert orphan.id not in {s[0] for s in project.span_index(article.id)}
    assert orphan.id not in {a.id for a in project.annotations(article.id)}
    assert project.article_summaries()[0]["annotations"] == 4
    assert project.counts_by_category(article.id) == {"quote": 2, "party": 1, "figure": 1}
    assert orphan.id not in project.matching_annotation_ids(article.id, category="figure")
    check = project.check()
    assert check["ok"] and check["annotations"] == 5 and check["orphans"] == 1
    assert len(anchors(project, article.id)) == 5


def test_revision_is_one_transaction(project, article, annotated):
    # The last annotation written fails: the text and the others must stay as they were.
    before = anchors(project, article.id)
    project.write(lambda: project.conn.execute(
        "create trigger refuse before update of start on annotations "
        f"when new.id = '{annotated['quote'].id}' begin select raise(abort, 'refused'); end"))
    seen = []
    project.changes.subscribe(seen.append)
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        project.revise_article_text(article.id, REVISED)
    assert project.article(article.id).text == TEXT
    assert anchors(project, article.id) == before
    assert seen == []


def test_changes_are_announced_article_first_then_its_annotations(project, article,
                                                                  annotated):
    seen = []
    project.changes.subscribe(seen.append)
    project.revise_article_text(article.id, REVISED)
    kinds = [(c.entity, c.op) for c in seen]
    # Views lay the article out again from the file: for them every annotation is
    # "updated" (nothing to add or remove after that, no count to move twice).
    assert kinds == [("article", "updated"), ("annotation", "updated"),
                     ("suggestion", "removed")]
    assert seen[0].ids == (article.id,)
    assert set(seen[1].ids) == {a.id for a in annotated.values()}
    assert all(c.article_ids == (article.id,) for c in seen if c.entity != "article")


def test_undo_restores_text_and_every_anchor_exactly(project, article, annotated):
    original = anchors(project, article.id)
    report = project.revise_article_text(article.id, REVISED)
    revised = anchors(project, article.id)
    project.restore_article_state(report.before)
    assert project.article(article.id).text == TEXT
    assert project.article(article.id).text_sha256 == text_sha256(TEXT)
    assert anchors(project, article.id) == original
    assert project.orphans() == []
    project.restore_article_state(report.after)  # redo
    assert project.article(article.id).text == REVISED
    assert anchors(project, article.id) == revised
    assert project.check()["ok"]


def test_place_an_orphan_then_undo(project, article, annotated):
    project.revise_article_text(article.id, REVISED + "\n\nPlus de 2500 salariés à Lyon.")
    (orphan,) = project.orphans(article.id)
    text = project.article(article.id).text
    start = text.index("2500 salariés")
    seen = []
    project.changes.subscribe(seen.append)
    previous = project.place_orphan(orphan.id, start, start + len("2500 salariés"))
    placed = project.annotation(orphan.id)
    assert placed.orphaned_at is None and placed.exact == "2500 salariés"
    assert placed.prefix == text[start - 32:start] and placed.suffix == " à Lyon."
    assert placed.note == "à vérifier"
    assert project.orphans() == [] and orphan.id in {s[0] for s in project.span_index(article.id)}
    assert [(c.entity, c.op, c.ids) for c in seen] == [("annotation", "added", (orphan.id,))]
    project.restore_anchors([previous])
    (again,) = project.orphans()
    assert (again.id, again.start, again.exact, again.prefix, again.orphaned_at) == (
        orphan.id, orphan.start, orphan.exact, orphan.prefix, orphan.orphaned_at)
    assert seen[-1].op == "removed"
    with pytest.raises(ValueError, match="outside the article"):
        project.place_orphan(orphan.id, 0, len(text) + 1)
    with pytest.raises(ValueError, match="not an orphan"):
        project.place_orphan(annotated["quote"].id, 0, 4)
    assert project.check()["ok"]


def test_a_later_revision_places_an_orphan_whose_words_come_back(project, article, annotated):
    project.revise_article_text(article.id, REVISED)
    assert len(project.orphans()) == 1
    report = project.revise_article_text(article.id, TEXT)
    assert project.orphans() == [] and annotated["deleted"].id in report.moved
    for a in project.annotations(article.id):
        assert TEXT[a.start:a.end] == a.exact


def test_tombstones_follow_the_text_and_come_back_placed(project, article, annotated):
    project.delete_annotation(annotated["quote"].id)
    report = project.revise_article_text(article.id, REVISED)
    assert annotated["quote"].id not in report.moved  # reported: live annotations only
    project.restore_annotation(annotated["quote"].id)
    restored = project.annotation(annotated["quote"].id)
    assert REVISED[restored.start:restored.end] == "un plan brutal"
    assert project.check()["ok"]


def test_undo_also_re_anchors_annotations_made_after_the_revision(project, article, annotated):
    report = project.revise_article_text(article.id, REVISED)
    revised = project.article(article.id)
    late = annotate(project, revised, "Mise à jour le 3 mars")  # only in the new text
    kept = annotate(project, revised, "PDG de Nuvia")
    project.delete_annotation(late.id)  # undone before the revision is
    project.delete_annotation(kept.id)
    project.restore_article_state(report.before)
    assert project.annotation(late.id).orphaned_at is not None  # its words are gone
    back = project.annotation(kept.id)
    assert TEXT[back.start:back.end] == "PDG de Nuvia" and back.orphaned_at is None
    assert project.check()["ok"]


def test_the_same_text_changes_nothing(project, article, annotated):
    before = anchors(project, article.id)
    seen = []
    project.changes.subscribe(seen.append)
    report = project.revise_article_text(article.id, TEXT.replace("\n", "\r\n"))
    assert not report.changed and len(report.unchanged) == 5
    assert anchors(project, article.id) == before and seen == []


def test_text_is_normalised_and_must_not_be_empty(project, article):
    project.revise_article_text(article.id, "Cafe\u0301\r\nfin")
    assert project.article(article.id).text == "Café\nfin"
    with pytest.raises(ValueError, match="some text"):
        project.revise_article_text(article.id, " \n ")
    project.delete_article(article.id)
    with pytest.raises(KeyError):
        project.revise_article_text(article.id, "Autre texte")


def test_rejected_suggestions_follow_and_pending_ones_are_dropped(project, article):
    start, name = TEXT.index("2400 salariés"), TEXT.index("Marc Durand")
    rejected = {("figure", start, start + 13), ("party", name, name + 11)}
    project.reject_suggestions(article.id, [("figure", start, start + 13, "2400 salariés"),
                                            ("party", name, name + 11, "Marc Durand")])
    project.save_suggestion_set(article.id, [{"category": "quote", "start": 0, "end": 4}])
    revised = "Chapeau.\n\n" + TEXT.replace("Marc Durand", "Marc Dupont")
    report = project.revise_article_text(article.id, revised)
    new = revised.index("2400 salariés")
    # Where its words still are, a rejection follows them; the renamed party's is moot.
    assert project.rejected_suggestions(article.id) == {("figure", new, new + 13)}
    assert project.suggestion_set(article.id) is None  # to be suggested again
    project.restore_article_state(report.before)
    assert project.rejected_suggestions(article.id) == rejected


def test_exports_leave_orphans_out_but_json_keeps_them(project, article, annotated, tmp_path):
    project.revise_article_text(article.id, REVISED)
    orphan_id = annotated["deleted"].id
    data = project.snapshot()
    w3c = export(data, "w3c", tmp_path / "out.jsonld").read_text("utf-8")
    html = export(data, "html", tmp_path / "out.html").read_text("utf-8")
    assert orphan_id not in w3c and "à vérifier" not in html
    path = export(data, "json", tmp_path / "out.json")
    back = read_project_json(path)  # valid though the orphan's span is of the old text
    (orphan,) = [a for a in back.annotations if a.id == orphan_id]
    assert orphan.orphaned_at is not None
    with Project.create(tmp_path / "copy.annot") as copy:
        copy.load(back)
        assert [a.id for a in copy.orphans()] == [orphan_id]
        assert copy.check()["ok"]


def test_old_files_gain_the_orphan_column(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "v1.annot"
    path = tmp_path / "v1.annot"
    shutil.copy(fixture, path)
    with Project.open(path) as p:
        assert p.orphans() == []
        article_id = p.article_ids()[0]
        text = p.article(article_id).text
        report = p.revise_article_text(article_id, "Note de la rédaction.\n\n" + text)
        assert report.orphaned == [] and p.check()["ok"]
