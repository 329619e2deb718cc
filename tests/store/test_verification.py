"""The fact-check record: project statuses, evidence, who changed what, party merges,
filters."""

import pytest

from annotator.core.model import Evidence, Party, new_id

TEXT = "« Nous supprimerons 14 000 postes », a déclaré A. Jassy. Andy Jassy confirme."


@pytest.fixture
def article(project, make_article):
    return project.add_article(make_article(TEXT))


def annotate(project, article, category, exact, **values):
    start = article.text.index(exact)
    ann = project.add_annotation(project.new_annotation(article, category, start,
                                                        start + len(exact)))
    if values:
        project.update_annotation(ann.id, **values)
    return project.annotation(ann.id)


def test_statuses_are_the_projects_own(project):
    assert [s.id for s in project.statuses()] == [
        "to_check", "in_progress", "verified", "false", "misleading", "unverifiable"]
    assert project.statuses()[0].label("fr") == "À vérifier"
    checked = project.add_status("Checked twice", "Vérifié deux fois")
    project.update_status("false", label_en="Wrong", label_fr="Erroné")
    labels = {s.id: s.label("fr") for s in project.statuses()}
    assert labels[checked.id] == "Vérifié deux fois" and labels["false"] == "Erroné"
    with pytest.raises(ValueError, match="already"):
        project.add_status("checked TWICE")
    assert project.snapshot().status_label("false", "en") == "Wrong"


def test_a_status_in_use_cannot_be_deleted(project, article):
    annotate(project, article, "quote", "Nous supprimerons 14 000 postes", status="false")
    with pytest.raises(ValueError, match="1 annotation"):
        project.delete_status("false")
    with pytest.raises(ValueError):
        project.delete_status("to_check")
    project.delete_status("unverifiable")
    assert "unverifiable" not in {s.id for s in project.statuses()}
    project.restore_status("unverifiable")
    assert "unverifiable" in {s.id for s in project.statuses()}


def test_evidence_marks_who_changed_the_annotation(tmp_path, make_article):
    from annotator.store import Project

    path = tmp_path / "desk.annot"
    with Project.create(path, author="Camille") as p:
        article = p.add_article(make_article(TEXT))
        ann = annotate(p, article, "figure", "14 000 postes")
    with Project.open(path, author="Léa") as p:
        first = p.add_evidence(Evidence(new_id(), ann.id, "https://www.insee.fr", "Insee",
                                        "2024-03-05", "Tableau 3"))
        second = p.add_evidence(Evidence(new_id(), ann.id, "rapport.pdf", "Rapport annuel"))
        assert [e.title for e in p.evidence_of(ann.id)] == ["Insee", "Rapport annuel"]
        assert p.evidence_counts(article.id) == {ann.id: 2}
        changed = p.annotation(ann.id)
        assert (changed.author, changed.updated_by) == ("Camille", "Léa")
        assert changed.updated_at > ann.updated_at
        p.update_evidence(second.id, note="p. 12")
        p.delete_evidence(first.id)
        assert [(e.title, e.note) for e in p.evidence_of(ann.id)] == [("Rapport annuel", "p. 12")]
        p.restore_evidence(first.id)
        assert len(p.evidence_of(ann.id)) == 2


def test_merging_parties_relinks_everything_and_undoes(project, article):
    short = project.add_party(Party(new_id(), "A. Jassy", "person", ["Jassy"]))
    full = project.add_party(Party(new_id(), "Andy Jassy", "person"))
    quote = annotate(project, article, "quote", "Nous supprimerons 14 000 postes",
                     speaker_id=short.id)
    figure = annotate(project, article, "figure", "14 000 postes", claimant_id=short.id)
    mention = annotate(project, article, "party", "A. Jassy", party_id=short.id)
    other = annotate(project, article, "party", "Andy Jassy", party_id=full.id)
    assert project.party_counts() == {short.id: (2, 1), full.id: (1, 0)}

    merged = project.merge_parties(short.id, full.id)
    assert project.annotation(quote.id).speaker_id == full.id
    assert project.annotation(figure.id).claimant_id == full.id
    assert project.annotation(mention.id).party_id == full.id
    assert project.party(full.id).aliases == ["A. Jassy", "Jassy"]
    assert project.party(short.id).deleted_at
    assert [a.id for a, _title in project.party_mentions(full.id)] == [
        quote.id, figure.id, mention.id, other.id]
    assert project.party_by_name("Jassy").id == full.id

    project.unmerge_parties(merged)
    assert project.annotation(quote.id).speaker_id == short.id
    assert project.annotation(other.id).party_id == full.id
    assert project.party(full.id).aliases == []
    assert not project.party(short.id).deleted_at
    with pytest.raises(ValueError):
        project.merge_parties(full.id, full.id)


def test_party_edits(project):
    party = project.add_party(Party(new_id(), "Nuvia", "organisation"))
    project.update_party(party.id, name="Nuvia SA", aliases=["Nuvia"], kind="organisation",
                         description="Fabricant de verre")
    assert project.party(party.id) == Party(party.id, "Nuvia SA", "organisation", ["Nuvia"],
                                            "Fabricant de verre",
                                            project.party(party.id).updated_at)
    with pytest.raises(ValueError):
        project.update_party(party.id, id="x")


def test_filters_by_status_category_party_and_editor(project, article, make_article):
    jassy = project.add_party(Party(new_id(), "Andy Jassy", "person"))
    quote = annotate(project, article, "quote", "Nous supprimerons 14 000 postes",
                     status="false", speaker_id=jassy.id)
    figure = annotate(project, article, "figure", "14 000 postes")
    second = project.add_article(make_article("Un autre texte sur 300 postes."))
    annotate(project, second, "figure", "300 postes", status="false")
    assert project.matching_annotation_ids(article.id, status="false") == {quote.id}
    assert project.matching_annotation_ids(article.id, category="figure") == {figure.id}
    assert project.matching_annotation_ids(party=jassy.id) == {quote.id}
    assert project.matching_article_ids(status="false") == {article.id, second.id}
    assert project.matching_article_ids(status="false", party=jassy.id) == {article.id}
    assert project.matching_article_ids(editor="Tester") == {article.id, second.id}
    assert project.matching_article_ids(editor="Nobody") == set()
    assert project.editors() == ["Tester"]


def test_project_settings(project):
    project.set_settings(organisation_name="Les Décodeurs", organisation_url="https://x.fr",
                         language="fr")
    meta = project.meta()
    assert (meta["organisation_name"], meta["language"]) == ("Les Décodeurs", "fr")
    with pytest.raises(ValueError):
        project.set_settings(schema_version="99")
