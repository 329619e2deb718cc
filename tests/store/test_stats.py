"""Statistics of a project and of one article (store/stats.py), on a hand-built project whose
every number is known: live annotations only, orphans apart, deleted rows left out."""

from datetime import date, timedelta, timezone

import pytest

from annotator.core.model import Article, Party, new_id, utc_now
from annotator.core.text import text_sha256
from annotator.store import Project
from annotator.store.stats import NO_UNIT, open_reader, statistics

TEXT = ("« Nous supprimerons 14 000 postes », a déclaré Marc Durand, PDG de Nuvia. "
        "La CGT parle de 40 % des effectifs et de 2400 salariés concernés.")


def _article(project: Project, title: str) -> Article:
    return project.add_article(Article(new_id(), title, TEXT, text_sha256=text_sha256(TEXT)))


def _add(project: Project, article: Article, category: str, words: str, *, status="to_check",
         author="Anna", created="2024-03-04T09:00:00.000Z", updated=None, updated_by=None,
         **fields) -> str:
    start = TEXT.index(words)
    ann = project.new_annotation(article, category, start, start + len(words), status=status)
    ann.author, ann.created_at = author, created
    ann.updated_at, ann.updated_by = updated or created, updated_by or author
    for name, value in fields.items():
        setattr(ann, name, value)
    signed, project.author = project.author, author  # "" stays "": no editor name
    try:
        return project.add_annotation(ann).id
    finally:
        project.author = signed


@pytest.fixture
def desk(tmp_path):
    """Two live articles and a deleted one; the numbers of the tests below come from here."""
    p = Project.create(tmp_path / "desk.annot", author="Tester")
    claim = p.add_category("Claim", "#c678dd")
    p.add_category("Date", "#e06c75")  # no annotation: shown with nothing in it
    durand, cgt, nuvia, gone = (p.add_party(Party(new_id(), name, kind)) for name, kind in (
        ("Marc Durand", "person"), ("CGT", "organisation"), ("Nuvia", "organisation"),
        ("Ancien parti", "organisation")))
    a, b, c = _article(p, "Plan social"), _article(p, "Suite"), _article(p, "Retiré")
    ids = {
        "a1": _add(p, a, "quote", "Nous supprimerons", speaker_id=durand.id),
        "a2": _add(p, a, "quote", "14 000 postes", status="verified", speaker_id=durand.id,
                   created="2024-03-04T10:00:00.000Z", updated="2024-03-05T08:00:00.000Z",
                   updated_by="Bert"),
        "a3": _add(p, a, "figure", "40 %", status="verified", author="Bert", unit="%",
                   value="40", claimant_id=cgt.id, created="2024-03-05T11:00:00.000Z"),
        "a4": _add(p, a, "figure", "2400", author="Bert", unit="", value="2400",
                   created="2024-03-05T12:00:00.000Z"),
        "a5": _add(p, a, "party", "Nuvia", party_id=nuvia.id,
                   created="2024-03-06T09:00:00.000Z"),
        "deleted": _add(p, a, "quote", "a déclaré", status="verified", speaker_id=cgt.id),
        "orphan": _add(p, a, "figure", "2400 salariés", unit="%",
                       orphaned_at="2024-03-06T10:00:00.000Z"),
        "gone party": _add(p, a, "party", "CGT", party_id=gone.id),
        "b1": _add(p, b, "quote", "Nous supprimerons", status="false", author="Bert",
                   speaker_id=cgt.id, created="2024-03-06T15:00:00.000Z"),
        "b2": _add(p, b, "figure", "40 %", status="in_progress", unit="  % ",
                   created="2024-03-07T09:00:00.000Z"),
        "b3": _add(p, b, claim.id, "parle de 40 %", author="",
                   created="2024-03-07T10:00:00.000Z"),
        "c1": _add(p, c, "quote", "14 000 postes", status="verified", speaker_id=durand.id),
        "c2": _add(p, c, "figure", "2400", orphaned_at="2024-03-06T10:00:00.000Z"),
    }
    p.delete_annotation(ids["deleted"])
    p.delete_article(c.id)
    p.delete_party(gone.id)
    yield p, {"a": a.id, "b": b.id, "c": c.id, "claim": claim.id, "durand": durand.id,
              "cgt": cgt.id, "nuvia": nuvia.id, **ids}
    p.close()


UTC = timezone.utc


def test_whole_project_counts_live_annotations_only(desk):
    project, ids = desk
    stats = project.statistics(tz=UTC)
    assert stats.article_id is None
    # 9 live, placed annotations in live articles ("gone party" is a party mention like any
    # other; its party is deleted, so it is in no party's count).
    assert stats.totals.articles == 2
    assert stats.totals.annotations == 9
    assert stats.totals.orphans == 1  # the deleted article's orphan is not counted
    assert stats.totals.verified == 2
    assert stats.totals.verified_share == pytest.approx(2 / 9)
    assert not stats.empty


def test_categories_by_status(desk):
    project, ids = desk
    stats = project.statistics(tz=UTC)
    assert [(c.name, c.color, c.kind) for c in stats.categories] == [
        ("Quote", "#e69f00", "quote"), ("Figure", "#56b4e9", "figure"),
        ("Party", "#009e73", "party"), ("Claim", "#c678dd", "user"),
        ("Date", "#e06c75", "user")]
    assert [(s.id, s.label) for s in stats.statuses] == [
        ("to_check", "To check"), ("in_progress", "In progress"), ("verified", "Verified"),
        ("false", "False"), ("misleading", "Misleading"), ("unverifiable", "Unverifiable")]
    assert stats.by_category_status == {
        ("quote", "to_check"): 1, ("quote", "verified"): 1, ("quote", "false"): 1,
        ("figure", "verified"): 1, ("figure", "to_check"): 1, ("figure", "in_progress"): 1,
        ("party", "to_check"): 2, (ids["claim"], "to_check"): 1}
    assert stats.count("quote", "false") == 1 and stats.count("quote", "misleading") == 0
    assert stats.category_total("figure") == 3
    assert stats.status_total("to_check") == 5


def test_most_quoted_parties(desk):
    project, ids = desk
    stats = project.statistics(tz=UTC)
    assert [(p.name, p.quotes, p.mentions, p.claims, p.total) for p in stats.parties] == [
        ("Marc Durand", 2, 0, 0, 2),  # the deleted article's quote is not counted
        ("CGT", 1, 0, 1, 2),  # its deleted quote is not counted either
        ("Nuvia", 0, 1, 0, 1)]  # the deleted party is not listed


def test_at_most_ten_parties_most_quoted_first(project, make_article):
    article = project.add_article(make_article("a b c d e f g h i j k l m n o p"))
    for i in range(12):
        party = project.add_party(Party(new_id(), f"P{i:02}", "person"))
        for _ in range(i):
            ann = project.new_annotation(article, "quote", 0, 1)
            ann.speaker_id = party.id
            project.add_annotation(ann)
    stats = project.statistics()
    assert [p.name for p in stats.parties] == [f"P{i:02}" for i in range(11, 1, -1)]


def test_figures_by_unit(desk):
    project, _ids = desk
    # "%" twice (one written "  % "), one figure without a unit; the orphan is not counted.
    assert project.statistics(tz=UTC).units == [("%", 2), (NO_UNIT, 1)]


def test_work_per_editor_per_day(desk):
    project, _ids = desk
    stats = project.statistics(tz=UTC)
    assert stats.period == "day"
    assert stats.periods == ["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07"]
    work = {a.editor: (a.created, a.changed) for a in stats.activity}
    assert work == {
        "Anna": ((3, 0, 1, 1), (0, 0, 0, 0)),  # a1, a2, "gone party"; a5; b2
        "Bert": ((0, 2, 1, 0), (0, 1, 0, 0)),  # a3, a4, b1; a2 changed on the 5th
        "": ((0, 0, 0, 1), (0, 0, 0, 0)),  # b3 carries no name
    }
    assert [a.editor for a in stats.activity] == ["Anna", "Bert", ""]  # busiest first


def test_days_are_counted_in_the_time_zone_asked(desk):
    project, ids = desk
    # Article b's 2024-03-06T15:00Z, 03-07T09:00Z and 03-07T10:00Z are all on the 7th in
    # UTC+10, all on the 6th in UTC-11.
    plus_ten = project.statistics(ids["b"], tz=timezone(timedelta(hours=10)))
    assert plus_ten.periods == ["2024-03-07"]
    minus_eleven = project.statistics(ids["b"], tz=timezone(timedelta(hours=-11)))
    assert minus_eleven.periods == ["2024-03-06"]
    assert {a.editor: a.created for a in minus_eleven.activity} == {
        "Bert": (1,), "Anna": (1,), "": (1,)}


def test_work_over_more_than_a_month_is_counted_per_iso_week(project, make_article):
    article = project.add_article(make_article("Un texte assez long pour trois annotations."))
    for created in ("2024-01-01T10:00:00.000Z", "2024-01-07T22:00:00.000Z",
                    "2024-02-20T10:00:00.000Z"):
        ann = project.new_annotation(article, "quote", 0, 3)
        ann.created_at = ann.updated_at = created
        project.add_annotation(ann)
    stats = project.statistics(tz=timezone.utc)
    assert stats.period == "week"
    assert stats.periods[0] == "2024-W01" and stats.periods[-1] == "2024-W08"
    assert len(stats.periods) == 8  # the weeks between, with nothing, are there too
    (tester,) = stats.activity
    assert tester.editor == "Tester"
    assert tester.created == (2, 0, 0, 0, 0, 0, 0, 1)


def test_one_article(desk):
    project, ids = desk
    stats = project.statistics(ids["a"], tz=UTC)
    assert stats.article_id == ids["a"]
    assert (stats.totals.articles, stats.totals.annotations, stats.totals.orphans,
            stats.totals.verified) == (1, 6, 1, 2)
    assert stats.by_category_status == {
        ("quote", "to_check"): 1, ("quote", "verified"): 1, ("figure", "verified"): 1,
        ("figure", "to_check"): 1, ("party", "to_check"): 2}
    assert [(p.name, p.quotes, p.mentions, p.claims) for p in stats.parties] == [
        ("Marc Durand", 2, 0, 0), ("CGT", 0, 0, 1), ("Nuvia", 0, 1, 0)]
    assert stats.units == [("%", 1), (NO_UNIT, 1)]
    assert stats.periods == ["2024-03-04", "2024-03-05", "2024-03-06"]
    assert {a.editor: (a.created, a.changed) for a in stats.activity} == {
        "Anna": ((3, 0, 1), (0, 0, 0)), "Bert": ((0, 2, 0), (0, 1, 0))}


def test_a_deleted_or_unknown_article_has_nothing(desk):
    project, ids = desk
    for article_id in (ids["c"], "no-such-article"):
        stats = project.statistics(article_id)
        assert stats.empty and stats.totals.articles == 0 and stats.totals.orphans == 0
        assert stats.by_category_status == {} and stats.parties == [] and stats.units == []
        assert stats.periods == [] and stats.activity == []


def test_edits_deletions_and_restorations_show(desk):
    project, ids = desk
    project.author = "Chloé"
    project.update_annotation(ids["a1"], status="verified")
    project.delete_annotation(ids["b1"])
    project.restore_article(ids["c"])
    stats = project.statistics(tz=UTC)
    assert stats.totals.articles == 3
    assert stats.totals.annotations == 9 - 1 + 1  # b1 gone, c1 back
    assert stats.totals.orphans == 2
    assert stats.totals.verified == 4  # a1 now, a2, a3, c1
    assert stats.count("quote", "false") == 0
    today = date.fromisoformat(utc_now()[:10])
    assert stats.period == ("day" if (today - date(2024, 3, 4)).days < 31 else "week")
    chloe = next(a for a in stats.activity if a.editor == "Chloé")
    assert chloe.total_created == 0 and chloe.total_changed == 1 and chloe.changed[-1] == 1


def test_an_empty_project(project):
    stats = project.statistics()
    assert stats.empty and stats.totals.annotations == 0 and stats.totals.verified_share == 0
    assert [c.id for c in stats.categories] == ["quote", "figure", "party"]
    assert len(stats.statuses) == 6
    assert stats.parties == [] and stats.units == [] and stats.activity == []


def test_project_status_labels_in_its_language(desk):
    project, _ids = desk
    project.update_status("verified", label_en="Checked", label_fr="Contrôlé")
    extra = project.add_status("Needs an expert", "Expert requis")
    labels = [s.label for s in project.statistics().statuses]
    assert labels[2] == "Checked" and labels[-1] == "Needs an expert"
    assert [s.label for s in project.statistics(lang="fr").statuses][2] == "Contrôlé"
    assert extra.id in [s.id for s in project.statistics().statuses]


def test_a_second_read_only_connection_gives_the_same_counts(desk):
    project, ids = desk
    reader = open_reader(project.conn)
    try:
        assert statistics(reader, tz=UTC) == project.statistics(tz=UTC)
        assert statistics(reader, ids["a"], tz=UTC) == project.statistics(ids["a"], tz=UTC)
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            reader.execute("delete from annotations")
    finally:
        reader.close()
