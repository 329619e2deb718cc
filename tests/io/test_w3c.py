"""W3C Web Annotation export and import: schema, JSON-LD expansion, round trips, bad input."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, ValidationError, validators
from pyld import jsonld

from annotator.core.model import (
    BUILTIN_CATEGORIES,
    BUILTIN_STATUSES,
    Annotation,
    Article,
    Category,
    Party,
    ProjectData,
    Status,
)
from annotator.core.text import context
from annotator.io import w3c
from annotator.io.errors import ImportFailed
from annotator.io.factsheet import SheetError
from annotator.io.w3c import plan_w3c_import, read_w3c, render_w3c

FIXTURES = Path(__file__).parent / "fixtures" / "w3c"
NBSP, NNBSP = "\u00a0", "\u202f"
QUOTE = f"«{NNBSP}Nous tiendrons nos engagements{NNBSP}»"
SCRIPT_NOTE = 'Vérifier <script>alert("x")</script> & <b>gras</b>\nSeconde ligne\t"tab"'
TEXT = (
    "Sommet du climat à Lyon\n"
    "\n"
    f"La ministre Élodie Martin a déclaré{NBSP}: {QUOTE}, devant 🌍🔥 les délégués. "
    f"Selon elle, 45{NNBSP}% des émissions 🏭 viennent de l'industrie.\n"
    f"Plus tard, elle a répété{NBSP}: {QUOTE}."
)
SECOND_TEXT = "🚀 Lancement réussi : 3 satellites en orbite."

ART_A, ART_B, ART_GONE = (
    "0b0e7c1e-0000-4000-8000-00000000000a",
    "0b0e7c1e-0000-4000-8000-00000000000b",
    "0b0e7c1e-0000-4000-8000-00000000000c",
)
PARTY = "5a1d0c0e-0000-4000-8000-000000000001"
CAT_PROMISE = "c4a7e60e-0000-4000-8000-000000000001"
STATUS_REREAD = "5e7a7e50-0000-4000-8000-000000000001"


def ann_id(n: int) -> str:
    return f"a0000000-0000-4000-8000-{n:012d}"


def span(text: str, exact: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    return start, start + len(exact)


def make(n, article, category, exact, *, text=TEXT, occurrence=0, **kw) -> Annotation:
    start, end = span(text, exact, occurrence)
    prefix, suffix = context(text, start, end)
    return Annotation(ann_id(n), article, category, start, end, exact, prefix, suffix,
                      created_at="2024-05-02T08:30:00.000Z",
                      updated_at="2024-05-02T09:00:00.000Z", **kw)


def project() -> ProjectData:
    return ProjectData(
        meta={"title": "Sommet du climat", "project_id": "9f0e0000-0000-4000-8000-000000000000"},
        categories=[*BUILTIN_CATEGORIES, Category(CAT_PROMISE, "Promesse tenue ?", "#aa66cc")],
        parties=[Party(PARTY, "Élodie Martin", "person", ["É. Martin"])],
        statuses=[*BUILTIN_STATUSES, Status(STATUS_REREAD, "Reread", "Relu", 6)],
        articles=[
            Article(ART_A, "Sommet du climat", TEXT, url="https://example.org/climat",
                    language="fr"),
            Article(ART_B, "Lancement", SECOND_TEXT, language="fr"),
            Article(ART_GONE, "Supprimé", "Texte supprimé.", deleted_at="2024-05-03T00:00:00Z"),
        ],
        annotations=[
            make(1, ART_A, "quote", QUOTE, status="verified", speaker_id=PARTY,
                 note=SCRIPT_NOTE, author="Marie Dupont"),
            make(2, ART_A, "party", "Élodie Martin", party_id=PARTY),
            make(3, ART_A, "figure", f"45{NNBSP}%", status="false", rating="mostly_false",
                 claimant_id=PARTY, value="45", unit="%", ref_date="2024",
                 note="Chiffre 2019 🤔"),
            make(4, ART_A, CAT_PROMISE, "🌍🔥 les délégués", status=STATUS_REREAD),
            make(5, ART_A, "quote", QUOTE, occurrence=1, status="misleading"),
            make(6, ART_A, "figure", "émissions 🏭", deleted_at="2024-05-02T10:00:00.000Z"),
            make(7, ART_B, "figure", "3 satellites", text=SECOND_TEXT, status="in_progress"),
            make(8, ART_GONE, "quote", "Texte", text="Texte supprimé."),
        ],
    )


def empty_copy(data: ProjectData) -> ProjectData:
    return replace(copy.deepcopy(data), annotations=[])


def exported(data: ProjectData | None = None, article_ids=None) -> dict:
    return json.loads(render_w3c(data or project(), article_ids))


def items(doc: dict) -> list[dict]:
    return doc["first"]["items"]


def summary(anns) -> set[tuple]:
    return {(a.article_id, a.category_id, a.start, a.end, a.exact, a.note, a.status)
            for a in anns if not a.deleted_at}


# ---- (a) JSON Schema, written from the model's MUSTs ------------------------------------

MOTIVATIONS = ["assessing", "bookmarking", "classifying", "commenting", "describing",
               "editing", "highlighting", "identifying", "linking", "moderating",
               "questioning", "replying", "tagging"]
DATE_TIME = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$"
PARTY_REF = {
    "type": "object", "required": ["id", "name"],
    "properties": {"id": {"type": "string", "pattern": "^urn:uuid:"},
                   "type": {"enum": ["Person", "Organization"]}, "name": {"type": "string"}},
}
ANNOTATION_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["id", "type", "motivation", "body", "target"],
    "properties": {
        "id": {"type": "string", "pattern": "^urn:uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"},
        "type": {"const": "Annotation"},
        "motivation": {"enum": MOTIVATIONS},
        "created": {"type": "string", "pattern": DATE_TIME},
        "modified": {"type": "string", "pattern": DATE_TIME},
        "creator": {"type": "object", "required": ["type", "name"],
                    "properties": {"type": {"const": "Person"},
                                   "name": {"type": "string", "minLength": 1}}},
        "body": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/textualBody"}},
        "target": {"$ref": "#/$defs/target"},
        "speaker": PARTY_REF, "claimant": PARTY_REF, "party": PARTY_REF,
        "quantity": {"type": "string"}, "unit": {"type": "string"},
        "refDate": {"type": "string"},
    },
    "additionalProperties": False,
    "$defs": {
        "textualBody": {
            "type": "object", "required": ["type", "value", "purpose"],
            "properties": {
                "type": {"const": "TextualBody"},
                "value": {"type": "string"},
                "format": {"const": "text/plain"},
                "language": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"},
                "purpose": {"enum": MOTIVATIONS},
            },
            "additionalProperties": False,
        },
        "target": {
            "type": "object", "required": ["source", "selector"],
            "properties": {
                "source": {"type": "string", "pattern": "^(https?://|urn:uuid:)"},
                "article": {"type": "string", "pattern": "^urn:uuid:"},
                "selector": {
                    "type": "array", "minItems": 1,
                    "items": {"oneOf": [{"$ref": "#/$defs/quote"}, {"$ref": "#/$defs/position"}]},
                    "contains": {"$ref": "#/$defs/quote"},
                },
            },
            "additionalProperties": False,
        },
        "quote": {
            "type": "object", "required": ["type", "exact"],
            "properties": {"type": {"const": "TextQuoteSelector"},
                           "exact": {"type": "string", "minLength": 1},
                           "prefix": {"type": "string"}, "suffix": {"type": "string"}},
            "additionalProperties": False,
        },
        "position": {
            "type": "object", "required": ["type", "start", "end"],
            "properties": {"type": {"const": "TextPositionSelector"},
                           "start": {"type": "integer", "minimum": 0},
                           "end": {"type": "integer", "minimum": 0}},
            "additionalProperties": False,
            "startNotAfterEnd": True,
        },
    },
}
COLLECTION_SCHEMA = {
    "type": "object",
    "required": ["@context", "id", "type", "total", "first"],
    "properties": {
        "@context": {"type": "array", "prefixItems": [{"const": w3c.ANNO_CONTEXT}]},
        "id": {"type": "string", "pattern": "^urn:uuid:"},
        "type": {"const": "AnnotationCollection"},
        "total": {"type": "integer", "minimum": 0},
        "first": {"type": "object", "required": ["id", "type", "items"],
                  "properties": {"type": {"const": "AnnotationPage"},
                                 "startIndex": {"const": 0},
                                 "items": {"type": "array"}}},
    },
}


def _start_not_after_end(validator, enabled, instance, schema):
    """JSON Schema cannot compare two fields: a keyword of our own does."""
    if enabled and isinstance(instance, dict):
        start, end = instance.get("start"), instance.get("end")
        if isinstance(start, int) and isinstance(end, int) and start > end:
            yield ValidationError(f"start {start} is after end {end}")


Validator = validators.extend(Draft202012Validator, {"startNotAfterEnd": _start_not_after_end})


def test_every_annotation_matches_the_schema():
    doc = exported()
    Validator.check_schema(ANNOTATION_SCHEMA)
    Validator(COLLECTION_SCHEMA).validate(doc)
    assert doc["total"] == len(items(doc)) == 6
    validator = Validator(ANNOTATION_SCHEMA)
    for item in items(doc):
        validator.validate(item)
        for selector in item["target"]["selector"]:
            if selector["type"] == "TextPositionSelector":  # JSON Schema takes 3.0 as integer
                assert type(selector["start"]) is int and type(selector["end"]) is int


def test_the_schema_catches_broken_selectors():
    validator = Validator(ANNOTATION_SCHEMA)
    good = items(exported())[0]
    broken = []
    for start, end in ((9, 3), (-1, 3)):
        bad = copy.deepcopy(good)
        bad["target"]["selector"][1].update(start=start, end=end)
        broken.append(bad)
    bad = copy.deepcopy(good)
    del bad["target"]["selector"][0]["exact"]
    broken.append(bad)
    bad = copy.deepcopy(good)
    del bad["target"]
    broken.append(bad)
    for bad in broken:
        assert list(validator.iter_errors(bad))


def test_offsets_are_code_points():
    doc = exported()
    by_id = {i["id"]: i for i in items(doc)}
    figure = by_id[f"urn:uuid:{ann_id(3)}"]
    position = figure["target"]["selector"][1]
    start = TEXT.index(f"45{NNBSP}%")
    assert (position["start"], position["end"]) == (start, start + 4)
    # Two emoji come before it: UTF-16 would count two more.
    assert len(TEXT[:start].encode("utf-16-le")) // 2 == start + 2
    assert TEXT[position["start"] : position["end"]] == figure["target"]["selector"][0]["exact"]
    promise = by_id[f"urn:uuid:{ann_id(4)}"]["target"]["selector"]
    assert promise[0]["exact"] == "🌍🔥 les délégués"
    assert promise[1]["end"] - promise[1]["start"] == len("🌍🔥 les délégués") == 15


def test_fields_of_an_annotation():
    by_id = {i["id"]: i for i in items(exported())}
    quote = by_id[f"urn:uuid:{ann_id(1)}"]
    assert quote["motivation"] == "commenting"
    assert quote["creator"] == {"type": "Person", "name": "Marie Dupont"}
    assert quote["created"] == "2024-05-02T08:30:00.000Z"
    assert quote["modified"] == "2024-05-02T09:00:00.000Z"
    assert quote["body"] == [
        {"type": "TextualBody", "value": SCRIPT_NOTE, "format": "text/plain",
         "purpose": "commenting", "language": "fr"},
        {"type": "TextualBody", "purpose": "tagging", "value": "Quote"},
        {"type": "TextualBody", "purpose": "classifying", "value": "verified"},
    ]
    assert quote["target"]["source"] == "https://example.org/climat"
    assert quote["target"]["article"] == f"urn:uuid:{ART_A}"
    assert quote["speaker"] == {"id": f"urn:uuid:{PARTY}", "type": "Person",
                                "name": "Élodie Martin"}
    figure = by_id[f"urn:uuid:{ann_id(3)}"]
    assert {"purpose": "assessing", "type": "TextualBody", "value": "mostly_false"} in figure["body"]
    assert (figure["quantity"], figure["unit"], figure["refDate"]) == ("45", "%", "2024")
    assert figure["claimant"]["name"] == "Élodie Martin"
    promise = by_id[f"urn:uuid:{ann_id(4)}"]
    assert promise["motivation"] == "highlighting"
    assert [b["value"] for b in promise["body"]] == ["Promesse tenue ?", STATUS_REREAD]
    # No URL: the article's own id is the source.
    assert by_id[f"urn:uuid:{ann_id(7)}"]["target"]["source"] == f"urn:uuid:{ART_B}"
    assert "article" not in by_id[f"urn:uuid:{ann_id(7)}"]["target"]


def test_output_is_deterministic_utf8_text():
    text = render_w3c(project())
    assert text == render_w3c(project())
    assert "«\u202fNous" in text and "🌍🔥" in text and "\\u" not in text
    text.encode("utf-8")


# ---- (b) JSON-LD expansion, offline -----------------------------------------------------


def _offline_loader():
    anno = json.loads((FIXTURES / "anno.jsonld").read_text(encoding="utf-8"))

    def load(url, options=None):
        if url != w3c.ANNO_CONTEXT:
            raise AssertionError(f"network access attempted: {url}")
        return {"contextUrl": None, "documentUrl": url, "document": anno}

    return load


OA = "http://www.w3.org/ns/oa#"


def _nodes(value):
    """Every node object of an expanded JSON-LD document, depth first."""
    if isinstance(value, list):
        for v in value:
            yield from _nodes(v)
    elif isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _nodes(v)


def test_expands_as_json_ld():
    expanded = jsonld.expand(exported(), {"documentLoader": _offline_loader()})
    nodes = list(_nodes(expanded))
    annotations = [n for n in nodes if OA + "Annotation" in n.get("@type", [])]
    assert len(annotations) == 6
    assert all(OA + "hasTarget" in a and OA + "hasBody" in a for a in annotations)
    targets = [t for a in annotations for t in a[OA + "hasTarget"]]
    assert all(OA + "hasSelector" in t for t in targets)
    exacts = {v["@value"] for n in nodes for v in n.get(OA + "exact", [])}
    assert exacts == {QUOTE, "Élodie Martin", f"45{NNBSP}%", "🌍🔥 les délégués",
                      "3 satellites"}
    starts = {v["@value"] for n in nodes for v in n.get(OA + "start", [])}
    assert TEXT.index("🌍") in starts
    notes = {v["@value"] for n in nodes for v in n.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#value", [])}
    assert SCRIPT_NOTE in notes and "Chiffre 2019 🤔" in notes
    purposes = {p["@id"] for n in nodes for p in n.get(OA + "hasPurpose", [])}
    assert {OA + "tagging", OA + "classifying", OA + "commenting", OA + "assessing"} == purposes
    speakers = [s for n in nodes for s in n.get(w3c.NS + "speaker", [])]
    assert speakers and speakers[0]["@id"] == f"urn:uuid:{PARTY}"


def test_context_fixture_is_the_full_official_one():
    terms = json.loads((FIXTURES / "anno.jsonld").read_text(encoding="utf-8"))["@context"]
    assert terms["oa"] == OA and terms["assessing"] == "oa:assessing"
    assert terms["purpose"] == {"@type": "@vocab", "@id": "oa:hasPurpose"}
    assert terms["items"] == {"@type": "@id", "@id": "as:items", "@container": "@list"}
    assert {"TextQuoteSelector", "TextPositionSelector", "AnnotationCollection", "total",
            "startIndex", "textDirection", "processingLanguage", "email_sha1"} <= set(terms)


# ---- (c) round trip ---------------------------------------------------------------------


def test_round_trip_into_empty_articles():
    data = project()
    result = plan_w3c_import(render_w3c(data), empty_copy(data), "export.jsonld")
    assert result.skipped == [] and result.warnings == []
    live = [a for a in data.annotations if not a.deleted_at and a.article_id != ART_GONE]
    assert summary(result.annotations) == summary(live)
    assert {a.id for a in result.annotations}.isdisjoint(a.id for a in data.annotations)
    by_exact = {(a.exact, a.status): a for a in result.annotations}
    quote = by_exact[(QUOTE, "verified")]
    assert quote.speaker_id == PARTY and quote.author == "Marie Dupont"
    assert quote.created_at == "2024-05-02T08:30:00.000Z"
    assert quote.prefix == data.annotations[0].prefix
    figure = by_exact[(f"45{NNBSP}%", "false")]
    assert (figure.rating, figure.claimant_id, figure.value, figure.unit, figure.ref_date) == (
        "mostly_false", PARTY, "45", "%", "2024")
    assert by_exact[("Élodie Martin", "to_check")].party_id == PARTY
    assert by_exact[("🌍🔥 les délégués", STATUS_REREAD)].category_id == CAT_PROMISE


def test_without_positions_the_quote_and_its_context_place_each_span():
    data = project()
    doc = exported(data)
    for item in items(doc):
        item["target"]["selector"] = item["target"]["selector"][:1]
    result = plan_w3c_import(json.dumps(doc), empty_copy(data), "quotes.json")
    assert result.skipped == []
    quotes = sorted((a.start, a.status) for a in result.annotations if a.category_id == "quote")
    assert quotes == [(span(TEXT, QUOTE)[0], "verified"), (span(TEXT, QUOTE, 1)[0], "misleading")]


def test_a_stale_position_falls_back_to_the_quote():
    data = project()
    doc = exported(data)
    figure = next(i for i in items(doc) if i["id"] == f"urn:uuid:{ann_id(3)}")
    figure["target"]["selector"][1].update(start=0, end=4)  # the text has moved since
    result = plan_w3c_import(json.dumps(doc), empty_copy(data), "moved.json")
    placed = next(a for a in result.annotations if a.status == "false")
    assert (placed.start, placed.end) == span(TEXT, f"45{NNBSP}%")


def test_an_ambiguous_quote_is_reported_not_guessed():
    data = project()
    doc = exported(data)
    second = next(i for i in items(doc) if i["id"] == f"urn:uuid:{ann_id(5)}")
    second["target"]["selector"] = [{"type": "TextQuoteSelector", "exact": QUOTE}]
    missing = copy.deepcopy(second)
    missing["target"]["selector"][0]["exact"] = "jamais écrit"
    items(doc).append(missing)
    result = plan_w3c_import(json.dumps(doc), empty_copy(data), "amb.json")
    assert len(result.annotations) == 5
    assert len(result.skipped) == 2
    assert "occurs 2 times" in result.skipped[0] and ann_id(5) in result.skipped[0]
    assert "is not in the article" in result.skipped[1]


def test_reimport_skips_what_is_already_there():
    data = project()
    result = plan_w3c_import(render_w3c(data), data, "again.json")
    assert result.annotations == []
    assert len(result.skipped) == 6 and all("already annotated" in s for s in result.skipped)


def test_foreign_annotations_by_label_and_name():
    data = project()
    foreign = {
        "@context": w3c.ANNO_CONTEXT,
        "type": "AnnotationPage",
        "items": [
            {"type": "Annotation", "id": "https://hyp.example/a/1",
             "bodyValue": "Vu à la télé",
             "body": [{"type": "TextualBody", "value": "quote", "purpose": "tagging"},
                      {"type": "TextualBody", "value": "Vérifié", "purpose": "classifying"}],
             "target": {"source": "https://example.org/climat",
                        "selector": {"type": "TextQuoteSelector", "exact": "Élodie Martin"}}},
            {"type": "Annotation",
             "body": [{"type": "TextualBody", "value": "Inconnue", "purpose": "tagging"}],
             "target": {"source": "https://example.org/climat",
                        "selector": {"type": "TextQuoteSelector", "exact": "Lyon"}}},
            {"type": "Annotation",
             "body": [{"type": "TextualBody", "value": "Figure", "purpose": "tagging"},
                      {"type": "TextualBody", "value": "douteux", "purpose": "classifying"}],
             "speaker": {"name": "É. Martin"},
             "target": {"source": f"urn:uuid:{ART_B}",
                        "selector": {"type": "TextQuoteSelector", "exact": "3 satellites"}}},
            {"type": "Annotation", "target": "https://example.org/climat"},
        ],
    }
    result = plan_w3c_import(json.dumps(foreign), empty_copy(data), "hyp.json")
    first, second = result.annotations
    assert (first.category_id, first.status, first.note) == ("quote", "verified", "Vu à la télé")
    assert (second.status, second.speaker_id) == ("to_check", PARTY)
    assert "no category named 'Inconnue'" in result.skipped[0]
    assert "whole document" in result.skipped[1]
    assert "unknown status 'douteux'" in result.warnings[0]


# ---- (d) bad input ----------------------------------------------------------------------


def _doc_with(change) -> str:
    doc = exported()
    change(items(doc)[0])
    return json.dumps(doc)


def _set_position(start, end):
    def change(item):
        item["target"]["selector"][1].update(start=start, end=end)
    return change


BAD_INPUT = [
    ("not json {", "invalid JSON at line 1"),
    ("42", "expected a JSON object"),
    ('{"type": "Collection"}', "expected an AnnotationCollection"),
    ('{"type": "AnnotationCollection", "first": "https://x.example/page1"}', "only linked"),
    ('{"type": "AnnotationPage", "items": {}}', '"items" must be a list'),
    ('[{"type": "Annotation"}]', '"target" must be an object'),
    ('[{"type": "Note"}]', "not an Annotation object"),
    ('[{"type": "Annotation", "target": {"selector": []}}]', "source must be text"),
    ('{"start": NaN}', "NaN is not a number"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ('{"start": ' + "9" * 5000 + "}", "invalid JSON"),
    (_doc_with(_set_position(-1, 3)), "start must be a non-negative integer"),
    (_doc_with(_set_position(2.0, 3)), "start must be a non-negative integer"),
    (_doc_with(_set_position(True, 3)), "start must be a non-negative integer"),
    (_doc_with(_set_position(9, 3)), "start 9 is after its end 3"),
    (_doc_with(_set_position(0, 10**6)), "end 1000000 is beyond the article text"),
    (_doc_with(lambda i: i["target"]["selector"][0].update(exact=7)), "exact text must be text"),
    (_doc_with(lambda i: i["body"].append(3)), "each body must be an object"),
    (_doc_with(lambda i: i.update(speaker=[1])), '"speaker" must be an object'),
    (_doc_with(lambda i: i["target"].update(source="https://elsewhere.example/x",
                                              article="urn:uuid:nope")), "unknown article"),
]


@pytest.mark.parametrize(("text", "message"), BAD_INPUT, ids=range(len(BAD_INPUT)))
def test_bad_input_raises_import_failed(text, message):
    with pytest.raises(ImportFailed) as caught:
        plan_w3c_import(text, empty_copy(project()), "bad.jsonld")
    assert str(caught.value).startswith("bad.jsonld: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_hostile_sizes(monkeypatch):
    text = render_w3c(project())
    monkeypatch.setattr(w3c, "MAX_INPUT_CHARS", 1000)
    with pytest.raises(ImportFailed, match="too large"):
        read_w3c(text, "big.json")
    monkeypatch.setattr(w3c, "MAX_INPUT_CHARS", 10**8)
    monkeypatch.setattr(w3c, "MAX_ANNOTATIONS", 5)
    with pytest.raises(ImportFailed, match="too many annotations"):
        read_w3c(text, "many.json")
    monkeypatch.setattr(w3c, "MAX_ANNOTATIONS", 100)
    monkeypatch.setattr(w3c, "MAX_STRING", 30)
    with pytest.raises(ImportFailed, match="is too long"):
        read_w3c(text, "long.json")


def test_a_deleted_article_is_unknown():
    data = project()
    doc = exported(data)
    data.articles[1].deleted_at = "2024-06-01T00:00:00Z"
    with pytest.raises(ImportFailed, match=f"unknown article 'urn:uuid:{ART_B}'"):
        plan_w3c_import(json.dumps(doc), empty_copy(data), "gone.json")


# ---- (e) what is left out ---------------------------------------------------------------


def test_deleted_annotations_and_articles_are_not_exported():
    text = render_w3c(project())
    assert ann_id(6) not in text and ann_id(8) not in text
    assert ART_GONE not in text and "Texte supprimé" not in text
    only_b = exported(article_ids=[ART_B])
    assert [i["id"] for i in items(only_b)] == [f"urn:uuid:{ann_id(7)}"]
    assert exported(article_ids=[ART_GONE])["total"] == 0
    with pytest.raises(SheetError, match="no article with id 'nope'"):
        render_w3c(project(), ["nope"])


def test_a_stale_annotation_keeps_only_its_quote():
    data = project()
    data.annotations[2].start += 1  # offsets no longer point at the exact text
    item = next(i for i in items(exported(data)) if i["id"] == f"urn:uuid:{ann_id(3)}")
    assert [s["type"] for s in item["target"]["selector"]] == ["TextQuoteSelector"]


# ---- (f) notes are plain text -----------------------------------------------------------


def test_script_in_notes_survives_as_plain_text():
    data = project()
    text = render_w3c(data)
    assert '<script>alert(\\"x\\")</script> & <b>gras</b>' in text  # JSON escapes quotes only
    assert "&lt;" not in text and "\\u003c" not in text
    quote = next(i for i in items(json.loads(text)) if i["id"] == f"urn:uuid:{ann_id(1)}")
    note = quote["body"][0]
    assert note["value"] == SCRIPT_NOTE and note["format"] == "text/plain"
    back = plan_w3c_import(text, empty_copy(data), "notes.json").annotations
    assert SCRIPT_NOTE in {a.note for a in back}
