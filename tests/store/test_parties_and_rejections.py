"""Parties as records, party mentions linked to them, and remembered rejections."""

from annotator.core.model import Party, new_id
from annotator.store.project import SCHEMA_VERSION


def test_parties_by_name_or_alias(project):
    jassy = project.add_party(Party(new_id(), "Andy Jassy", "person", ["Jassy", "A. Jassy"]))
    project.add_party(Party(new_id(), "CGT", "organisation"))
    assert [p.name for p in project.parties()] == ["Andy Jassy", "CGT"]
    assert project.party_by_name("jassy").id == jassy.id
    assert project.party_by_name("A.  Jassy").id == jassy.id
    assert project.party_by_name("Durand") is None
    project.delete_party(jassy.id)
    assert project.party_by_name("Jassy") is None and project.party(jassy.id).deleted_at
    project.restore_party(jassy.id)
    assert project.party_by_name("Andy Jassy").id == jassy.id


def test_a_party_mention_links_to_its_party(project, make_article):
    article = project.add_article(make_article("Andy Jassy a parlé."))
    party = project.add_party(Party(new_id(), "Andy Jassy", "person"))
    mention = project.new_annotation(article, "party", 0, 10)
    mention.party_id = party.id
    project.add_annotation(mention)
    assert project.annotation(mention.id).party_id == party.id
    project.update_annotation(mention.id, party_id=None)
    assert project.annotation(mention.id).party_id is None


def test_rejected_suggestions_are_remembered_per_article(project, make_article):
    one = project.add_article(make_article("Plan social chez Nuvia : 14 000 postes."))
    two = project.add_article(make_article("Autre texte, 14 000 postes aussi."))
    spans = [("figure", 25, 37, "14 000 postes"), ("party", 17, 22, "Nuvia")]
    project.reject_suggestions(one.id, spans)
    project.reject_suggestions(one.id, spans[:1])  # twice is once
    assert project.rejected_suggestions(one.id) == {("figure", 25, 37), ("party", 17, 22)}
    assert project.rejected_suggestions(two.id) == set()
    project.unreject_suggestions(one.id, spans[1:])
    assert project.rejected_suggestions(one.id) == {("figure", 25, 37)}


def test_version_3_files_gain_the_new_tables(tmp_path, make_article):
    import sqlite3

    from annotator.store import Project

    path = tmp_path / "old.annot"
    with Project.create(path) as p:
        p.add_article(make_article("Texte."))
    conn = sqlite3.connect(path)
    for index in ("annotations_by_speaker", "annotations_by_claimant", "annotations_by_party",
                  "annotations_live_by_author", "annotations_live_by_updated_by"):
        conn.execute(f"drop index {index}")
    for table in ("articles", "annotations", "categories", "parties", "evidence", "statuses"):
        for event in ("insert", "update"):  # merge revisions (m009) come after version 3
            conn.execute(f"drop trigger {table}_rev_{event}")
    for table in ("rejected_suggestions", "suggestion_sets", "statuses", "row_revs",
                  "revisions", "revision_pause", "merge_conflicts"):
        conn.execute(f"drop table {table}")
    conn.execute("alter table annotations drop column party_id")
    # Orphaned annotations (m010) come after version 3 too; m002's index as it was.
    conn.execute("drop index annotations_orphaned")
    conn.execute("drop index annotations_live_by_article")
    conn.execute("create index annotations_live_by_article on annotations(article_id, "
                 "category_id) where deleted_at is null")
    conn.execute("alter table annotations drop column orphaned_at")
    conn.execute("drop trigger annotations_note_no_longer_withheld")  # shared copies (m011)
    conn.execute("drop trigger evidence_note_no_longer_withheld")
    conn.execute("drop table withheld")
    conn.execute("drop index articles_live_order")  # m012
    conn.execute("delete from _sqlite_migrations where name >= 'm004'")
    conn.execute("update meta set value = '3' where key = 'schema_version'")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        assert p.rejected_suggestions(p.article_ids()[0]) == set()
        assert p.schema_version == SCHEMA_VERSION
        assert [s.id for s in p.statuses()][:2] == ["to_check", "in_progress"]


def test_suggestion_sets_are_kept_per_article(project, make_article):
    one = project.add_article(make_article("Plan social chez Nuvia : 14 000 postes."))
    two = project.add_article(make_article("Autre texte."))
    seen = []
    project.changes.subscribe(seen.append)
    assert project.suggestion_set(one.id) is None
    items = [{"category": "party", "start": 17, "end": 22, "text": "Nuvia", "kind": "organisation"}]
    project.save_suggestion_set(one.id, items)
    project.save_suggestion_set(two.id, [])
    assert project.suggestion_set(one.id) == items
    assert project.suggestion_set(two.id) == []  # looked, found nothing: not "never looked"
    assert project.articles_without_suggestions([two.id, one.id, "x"]) == ["x"]
    assert [c.entity for c in seen] == ["suggestion", "suggestion"]
