"""The JSON interchange format: loss-free round trips and strict reading."""

from __future__ import annotations

import copy
import json

import pytest
from export_sample import sample_project
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import (
    STATUSES,
    Annotation,
    Article,
    Category,
    Evidence,
    Party,
    ProjectData,
    RejectedSuggestion,
)
from annotator.io.errors import ImportFailed
from annotator.io.exporters import export
from annotator.io.interchange import (
    FORMAT,
    dumps,
    project_from_json,
    project_to_json,
    read_project_json,
)


def test_round_trip_keeps_tombstones(tmp_path):
    data = sample_project()
    assert project_from_json(project_to_json(data)) == data
    out = export(data, "json", tmp_path / "p.json")
    assert read_project_json(out) == data
    raw = out.read_text(encoding="utf-8")
    assert "SUPPRIMÉE" in raw and "Deleted article" in raw  # loss-free, raw accents
    assert "\\u00e9" not in raw and raw.startswith('{\n "annotations": [\n  {\n')


def test_every_field_is_written():
    obj = project_to_json(sample_project())
    assert obj["format"] == FORMAT and obj["format_version"] == 2
    ann = obj["annotations"][0]
    assert {"deleted_at", "created_at", "updated_at", "prefix", "rating", "ref_date"} <= set(ann)
    assert obj["meta"]["title"] == "Dossier Verrerie"


def test_a_version_1_file_without_orphans_still_loads(tmp_path):
    obj = project_to_json(sample_project())
    obj["format_version"] = 1
    for ann in obj["annotations"]:
        del ann["orphaned_at"]
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    data = read_project_json(path)
    assert data.annotations and all(a.orphaned_at is None for a in data.annotations)


def test_subset_export_keeps_what_hangs_off_the_articles(tmp_path):
    out = export(sample_project(), "json", tmp_path / "one.json", ["art-1"])
    data = read_project_json(out)
    assert [a.id for a in data.articles] == ["art-1"]
    assert {a.article_id for a in data.annotations} == {"art-1"}
    assert "ann-deleted" in {a.id for a in data.annotations}
    assert len(data.evidence) == 2 and len(data.categories) == 6


def broken(edit):
    obj = copy.deepcopy(project_to_json(sample_project()))
    edit(obj)
    return obj


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda o: o.update(format="other"), '"format" must be "newsroom-annotator"'),
        (lambda o: o.update(format_version=3), "format_version 3 is newer"),
        (lambda o: o.update(format_version="1"), "positive integer"),
        (lambda o: o.update(meta={"a": 1}), '"meta"'),
        (lambda o: o.update(articles={}), '"articles" must be a list'),
        (lambda o: o["articles"][0].pop("text"), "articles[0]: missing field 'text'"),
        (lambda o: o["articles"][0].update(colour="x"), "unknown field 'colour'"),
        (lambda o: o["annotations"][0].update(start="3"), "'start' must be an integer, not str"),
        (lambda o: o["annotations"][0].update(end=True), "'end' must be an integer, not bool"),
        (lambda o: o["parties"][0].update(aliases=[1]), "'aliases' must be a list of text"),
        (lambda o: o["annotations"][0].update(article_id="zz"), "unknown article 'zz'"),
        (lambda o: o["annotations"][0].update(category_id="zz"), "unknown category 'zz'"),
        (lambda o: o["annotations"][0].update(status="ok"), "unknown status 'ok'"),
        (lambda o: o["annotations"][2].update(speaker_id="zz"), "unknown party 'zz'"),
        (lambda o: o["annotations"][0].update(end=10_000), "beyond the article text"),
        (lambda o: o["annotations"][0].update(start=-1), "0 <= start <= end"),
        (lambda o: o["annotations"][0].update(exact="autre"), "exact text does not match"),
        (lambda o: o["evidence"][0].update(annotation_id="zz"), "unknown annotation 'zz'"),
        (lambda o: o["categories"][0].update(kind="other"), "unknown kind 'other'"),
        (lambda o: o["articles"].append(o["articles"][0]), "duplicate id 'art-1'"),
        (lambda o: o.update(rejected_suggestions={}), '"rejected_suggestions" must be a list'),
        (lambda o: o["rejected_suggestions"][0].update(article_id="zz"), "unknown article 'zz'"),
        (lambda o: o["rejected_suggestions"][0].update(category="note"), "unknown category"),
        (lambda o: o["rejected_suggestions"][0].update(end=0), "0 <= start < end"),
        (lambda o: o["rejected_suggestions"].append(o["rejected_suggestions"][0]),
         "rejected twice"),
    ],
)
def test_strict_reading(edit, message):
    with pytest.raises(ImportFailed) as failure:
        project_from_json(broken(edit), "dossier.json")
    assert str(failure.value).startswith("dossier.json: ")
    assert message in str(failure.value)


def test_stale_tombstone_offsets_are_tolerated():
    def edit(o):
        gone = next(a for a in o["annotations"] if a["id"] == "ann-deleted")
        gone["exact"] = "texte d'avant la révision"

    assert project_from_json(broken(edit)).annotations[7].exact == "texte d'avant la révision"


def test_bad_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n "format": "newsroom-annotator",\n oops\n}', encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"bad\.json: invalid JSON at line 3"):
        read_project_json(bad)
    bad.write_bytes(b'{"format": "\xe9"}')
    with pytest.raises(ImportFailed, match="not UTF-8"):
        read_project_json(bad)
    with pytest.raises(ImportFailed, match="cannot read"):
        read_project_json(tmp_path / "missing.json")
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(ImportFailed, match="top level"):
        read_project_json(bad)


# --- property: any project survives the trip ------------------------------------------

# Accents precomposed and combining, NBSP, narrow NBSP, emoji, quotes, markup.
TRICKY = st.sampled_from(["é", "e\u0301", "\u00a0", "\u202f", "🏭", "👩🏽‍💻", "«", "»", "<script>",
                          "&amp;", "\n", '"', "\\", "\t", "\x00", "\udc80"])
TEXT = st.lists(st.one_of(st.text(max_size=4), TRICKY), max_size=8).map("".join)
OPT_TEXT = st.none() | TEXT
STAMP = st.sampled_from(["", "2024-03-05T09:15:00.000Z", "2025-12-31T23:59:59.999Z"])


@st.composite
def projects(draw):
    categories = [
        Category(f"c{i}", draw(TEXT), draw(st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
                 draw(TEXT), draw(st.sampled_from(["quote", "figure", "party", "user"])), i)
        for i in range(draw(st.integers(1, 3)))
    ]
    parties = [Party(f"p{i}", draw(TEXT), draw(TEXT), draw(st.lists(TEXT, max_size=3)),
                     draw(TEXT), draw(STAMP), draw(st.none() | STAMP))
               for i in range(draw(st.integers(0, 2)))]
    articles = [Article(f"a{i}", draw(TEXT), draw(TEXT), draw(TEXT), draw(TEXT), draw(TEXT),
                        draw(OPT_TEXT), draw(TEXT), draw(TEXT), draw(TEXT), draw(STAMP),
                        draw(STAMP), draw(st.none() | STAMP))
                for i in range(draw(st.integers(0, 3)))]
    annotations = []
    party_ids = st.none() | st.sampled_from([p.id for p in parties]) if parties else st.none()
    for i in range(draw(st.integers(0, 5)) if articles else 0):
        art = draw(st.sampled_from(articles))
        start = draw(st.integers(0, len(art.text)))
        end = draw(st.integers(start, len(art.text)))
        annotations.append(Annotation(
            f"n{i}", art.id, draw(st.sampled_from(categories)).id, start, end,
            art.text[start:end], draw(TEXT), draw(TEXT), draw(TEXT),
            draw(st.sampled_from(list(STATUSES))), draw(TEXT), draw(STAMP), draw(STAMP),
            draw(st.none() | STAMP), draw(OPT_TEXT), draw(party_ids), draw(party_ids),
            draw(OPT_TEXT), draw(OPT_TEXT), draw(OPT_TEXT)))
    evidence = [Evidence(f"e{i}", draw(st.sampled_from(annotations)).id, draw(TEXT),
                         draw(TEXT), draw(st.none() | STAMP), draw(TEXT))
                for i in range(draw(st.integers(0, 3)) if annotations else 0)]
    rejected = {}
    for _ in range(draw(st.integers(0, 3)) if articles else 0):
        art = draw(st.sampled_from(articles))
        start = draw(st.integers(0, 50))
        row = RejectedSuggestion(art.id, draw(st.sampled_from(["quote", "figure", "party"])),
                                 start, start + draw(st.integers(1, 9)), draw(TEXT), draw(STAMP))
        rejected[(row.article_id, row.category, row.start, row.end)] = row
    meta = draw(st.dictionaries(TEXT, TEXT, max_size=3))
    return ProjectData(meta, categories, parties, articles, annotations, evidence,
                       list(rejected.values()))


@settings(max_examples=150, deadline=None)
@given(data=projects())
def test_any_project_round_trips(data):
    assert project_from_json(project_to_json(data)) == data
    # And through the file text, surrogates and all.
    assert project_from_json(json.loads(dumps(data))) == data
    dumps(data).encode("utf-8")
