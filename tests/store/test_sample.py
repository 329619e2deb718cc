import json
import subprocess
import sys

import pytest

from annotator import sample
from annotator.core.model import RATING_BY_ID, STATUSES
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


def _entries():
    return json.loads((sample.sample_dir() / "annotations.json").read_text("utf-8"))


def _all_annotations(project):
    return [a for article_id in project.article_ids() for a in project.annotations(article_id)]


def test_every_annotation_matches_its_text(built):
    data = _entries()
    names = {p.id: p.name for p in built.parties()}
    stored = []
    for article_id in built.article_ids():
        article = built.article(article_id)
        for ann in built.annotations(article_id):
            assert ann.exact == article.text[ann.start : ann.end]
            assert ann.prefix == article.text[max(0, ann.start - 32) : ann.start]
            link = names.get(ann.speaker_id or ann.claimant_id or ann.party_id)
            stored.append((article.origin, ann.category_id, ann.exact, ann.note, ann.status,
                           ann.rating, link, ann.value, ann.unit, ann.ref_date, ann.author,
                           ann.updated_by))
    expected = [(e["article"], e["category"], e["exact"], e["note"], e["status"],
                 e.get("rating"), e.get("speaker") or e.get("claimant") or e.get("party"),
                 e.get("value"), e.get("unit"), e.get("ref_date"), e["author"],
                 e.get("updated_by", e["author"]))
                for e in data["annotations"]]
    assert sorted(stored, key=repr) == sorted(expected, key=repr)


def test_parties_are_records_with_their_links(built):
    parties = built.parties()
    assert len(parties) >= 8
    assert {p.kind for p in parties} == {"person", "organisation"}
    assert all(p.description for p in parties)
    assert sum(1 for p in parties if p.aliases) >= 5
    # The Parties tab: every party is named somewhere, with mentions and quotes to list.
    counts = built.party_counts()
    assert set(counts) == {p.id for p in parties}
    assert all(mentions + quotes > 0 for mentions, quotes in counts.values())
    assert sum(1 for _mentions, quotes in counts.values() if quotes >= 2) >= 2
    for party in parties:
        assert built.party_mentions(party.id)
    # One party quoted in both articles' records: the tab spans the project.
    nuvia = built.party_by_name("Nuvia")
    assert len({a.article_id for a, _title in built.party_mentions(nuvia.id)}) == 2


def test_quotes_figures_and_mentions_are_linked(built):
    anns = _all_annotations(built)
    parties = {p.id for p in built.parties()}
    quotes = [a for a in anns if a.category_id == "quote"]
    figures = [a for a in anns if a.category_id == "figure"]
    mentions = [a for a in anns if a.category_id == "party"]
    assert quotes and all(a.speaker_id in parties for a in quotes)
    assert mentions and all(a.party_id in parties for a in mentions)
    assert figures and all(a.value and a.unit and a.ref_date for a in figures)
    assert sum(1 for a in figures if a.claimant_id in parties) >= len(figures) - 3
    # Every mention is (part of) the name or an alias of the party it links to.
    for a in mentions:
        party = built.party(a.party_id)
        assert any(a.exact.casefold() in n.casefold() for n in (party.name, *party.aliases))


def test_the_whole_workflow_is_shown(built):
    anns = _all_annotations(built)
    assert {a.status for a in anns} == set(STATUSES)  # in_progress included
    rated = [a for a in anns if a.rating]
    assert len(rated) >= 5 and len({a.rating for a in rated}) >= 4
    assert all(a.rating in RATING_BY_ID and a.category_id in ("quote", "figure")
               for a in rated)
    evidence = {a.id: built.evidence_of(a.id) for a in anns}
    assert sum(1 for found in evidence.values() if found) >= 10
    assert any(len(found) >= 2 for found in evidence.values())
    assert all(e.title or e.url for found in evidence.values() for e in found)
    # A quote with everything the record editor shows (the screenshot's subject).
    assert any(a.category_id == "quote" and a.rating and a.speaker_id
               and len(evidence[a.id]) >= 2 for a in anns)


def test_two_editors_for_the_filter_bar(built):
    assert len(built.editors()) == 2
    anns = _all_annotations(built)
    assert any(a.author != a.updated_by for a in anns)  # one created it, the other checked
    assert built.author == "Sample"  # the builder's author is back for later edits
    for editor in built.editors():
        assert built.matching_article_ids(editor=editor)


def test_filters_narrow_the_sample(built):
    fr, en = built.article_ids()
    alliance = built.party_by_name("Nuvia Workers Alliance")
    assert built.matching_article_ids(party=alliance.id) == {en}
    assert len(built.matching_annotation_ids(en, party=alliance.id)) >= 4
    assert built.matching_article_ids(status="false") == {fr, en}
    assert built.matching_article_ids(status="in_progress") == {fr, en}


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
    (folder / "annotations.json").write_text(json.dumps({"annotations": [
        {"article": "en-open-letter.md", "category": "quote", "exact": "no such words",
         "occurrence": 1, "note": "", "status": "to_check"},
    ]}), encoding="utf-8")
    monkeypatch.setattr(sample, "sample_dir", lambda: folder)
    out = tmp_path / "bad.annot"
    with pytest.raises(ValueError, match="'no such words'"):
        sample.build_sample_project(out)
    assert not out.exists()  # no half-built sample left behind


@pytest.mark.parametrize(("change", "message"), [
    ({"speaker": "Nobody"}, "'Nobody' is not a party"),
    ({"claimant": "Dana Okafor"}, "a quote has no claimant"),
    ({"value": "1"}, "only a figure has a value"),
    ({"rating": "sort of"}, "unknown rating 'sort of'"),
    ({"category": "party", "rating": "true", "speaker": None},
     "only a quote or a figure has a rating"),
    ({"status": "done"}, "unknown status 'done'"),
    ({"speakr": "Dana Okafor"}, r"unknown keys \['speakr'\]"),
])
def test_bad_links_are_reported(tmp_path, monkeypatch, change, message):
    folder = tmp_path / "res" / "sample"
    folder.mkdir(parents=True)
    for name in sample.SAMPLE_ARTICLES:
        (folder / name).write_bytes((sample.sample_dir() / name).read_bytes())
    entry = {"article": "en-open-letter.md", "category": "quote",
             "exact": "painful but necessary", "status": "verified", "speaker": "Dana Okafor"}
    (folder / "annotations.json").write_text(json.dumps({
        "parties": [{"name": "Dana Okafor", "kind": "person"}],
        # A change to None drops that key.
        "annotations": [{k: v for k, v in {**entry, **change}.items() if v is not None}],
    }), encoding="utf-8")
    monkeypatch.setattr(sample, "sample_dir", lambda: folder)
    out = tmp_path / "bad.annot"
    with pytest.raises(ValueError, match=message):
        sample.build_sample_project(out)
    assert not out.exists()


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
