"""ClaimReview JSON-LD: Google's required shape, JSON-LD meaning, and what is left out."""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
import pytest
from export_sample import NBSP, NNBSP, SCRIPT_NOTE, TEXT, make_annotation, sample_project
from pyld import jsonld

from annotator.core.model import Party, find_rating
from annotator.io.claimreview import render_claimreview
from annotator.io.factsheet import SheetError, rating_label

SCHEMA = "https://schema.org/"
QUOTE = f"«{NNBSP}Nous n'avons pas le choix{NBSP}»"
EMOJI_QUOTE = "a déclaré Élodie Martin, PDG du groupe 🏭"
ORG = {"organisation_name": "Les Vérificateurs", "organisation_url": "https://verif.example/"}

# Google's fact-check markup: required claimReviewed, reviewRating (alternateName) and url;
# author, datePublished and itemReviewed recommended (we always have them when set up).
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
_WEB_URL = {"type": "string", "pattern": r"^https?://\S+$"}
_NAMED = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {"@type": {"enum": ["Person", "Organization"]},
                   "name": {"type": "string", "minLength": 1}, "url": _WEB_URL},
    "additionalProperties": False,
}
REVIEW_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "url", "author",
                 "datePublished", "itemReviewed"],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1},
        "url": _WEB_URL,
        "datePublished": _DATE,
        "reviewBody": {"type": "string"},
        "inLanguage": {"type": "string"},
        "author": {**_NAMED, "properties": {**_NAMED["properties"],
                                            "@type": {"const": "Organization"}}},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"type": "string", "minLength": 1},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                "bestRating": {"const": 5},
                "worstRating": {"const": 1},
            },
            # A number means nothing without its scale.
            "dependentRequired": {"ratingValue": ["bestRating", "worstRating"]},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "appearance"],
            "additionalProperties": False,
            "properties": {
                "@type": {"const": "Claim"},
                "author": _NAMED,
                "datePublished": _DATE,
                "appearance": {
                    "type": "object",
                    "required": ["@type", "headline"],
                    "additionalProperties": False,
                    "properties": {
                        "@type": {"enum": ["CreativeWork", "NewsArticle"]},
                        "headline": {"type": "string", "minLength": 1},
                        "url": _WEB_URL,
                        "datePublished": _DATE,
                        "publisher": _NAMED,
                    },
                },
            },
        },
    },
}

# The terms we use, each mapped on its own (no @vocab): a misspelt term would be dropped
# by expansion and the tests below would see it missing.
_TERMS = [
    "ClaimReview", "Rating", "Claim", "NewsArticle", "CreativeWork", "Person", "Organization",
    "claimReviewed", "reviewRating", "ratingValue", "bestRating", "worstRating",
    "alternateName", "itemReviewed", "author", "appearance", "headline", "datePublished",
    "publisher", "name", "reviewBody", "inLanguage",
]
LOCAL_CONTEXT = {
    "@context": {
        **{term: SCHEMA + term for term in _TERMS},
        "url": {"@id": SCHEMA + "url", "@type": "@id"},  # as schema.org's own context does
    }
}


def local_loader(url, options=None):
    """Serves the schema.org context from memory: there is no network here."""
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"unexpected fetch of {url}")
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": LOCAL_CONTEXT}


@pytest.fixture
def fresh_contexts():
    # PyLD caches resolved contexts by URL for the whole process: start and end clean.
    cache = getattr(jsonld, "_resolved_context_cache", None)
    if cache is not None:
        cache.clear()
    yield
    if cache is not None:
        cache.clear()


def rated_project(**meta):
    """The sample project with verdicts on quotes and figures, and traps around them."""
    data = sample_project()
    ratings = {"ann-quote": "true", "ann-figure": "false", "ann-insee": "mostly_true",
               "ann-deleted": "false", "ann-gone": "false",
               "ann-claim": "false", "ann-party": "false"}  # user category, party: not claims
    data.annotations = [replace(a, rating=ratings.get(a.id)) for a in data.annotations]
    emoji = make_annotation("ann-emoji-quote", "quote", EMOJI_QUOTE, rating="half_true",
                            speaker_id="party-org")
    data.annotations.append(replace(emoji, updated_at="2024-03-07T00:30:00+02:00"))
    data.parties.append(Party("party-org", "Verrerie du Nord", "organisation"))
    data.meta.update(ORG)
    data.meta.update(meta)
    return data


def reviews(data, article_ids=None) -> list[dict]:
    return json.loads(render_claimreview(data, article_ids))


def by_url(items: list[dict]) -> dict[str, dict]:
    return {r["url"].split("#claimreview-")[1]: r for r in items}


def test_every_review_matches_google_required_shape():
    items = reviews(rated_project())
    validator = jsonschema.Draft202012Validator(
        REVIEW_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for item in items:
        validator.validate(item)
    assert list(by_url(items)) == ["ann-quote", "ann-emoji-quote", "ann-figure", "ann-insee"]


@pytest.mark.parametrize("path, value", [
    (("url",), None), (("reviewRating", "alternateName"), None),
    (("reviewRating", "bestRating"), None), (("datePublished",), "05/03/2024"),
    (("itemReviewed", "author", "@type"), "Thing"), (("reviewRating", "ratingValue"), 7),
])
def test_schema_rejects_broken_reviews(path, value):
    """The schema has teeth: each broken copy of a valid review fails it."""
    item = by_url(reviews(rated_project()))["ann-quote"]
    *parents, key = path
    node = item
    for name in parents:
        node = node[name]
    if value is None:
        del node[key]
    else:
        node[key] = value
    validator = jsonschema.Draft202012Validator(
        REVIEW_SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert not validator.is_valid(item)


def test_left_out_without_rating_or_claim_or_life():
    data = rated_project()
    data.annotations = [replace(a, rating=None) if a.id == "ann-insee" else a
                        for a in data.annotations]
    kept = by_url(reviews(data))
    assert "ann-insee" not in kept  # no verdict yet
    assert not {"ann-claim", "ann-party"} & kept.keys()  # not a quote or a figure
    assert not {"ann-deleted", "ann-gone"} & kept.keys()  # deleted row, deleted article
    assert reviews(data, ["art-2"]) == []
    with pytest.raises(SheetError):
        render_claimreview(data, ["art-gone"])


def test_quote_review_content():
    r = by_url(reviews(rated_project()))["ann-quote"]
    assert r["claimReviewed"] == QUOTE
    assert r["reviewRating"] == {"@type": "Rating", "ratingValue": 5, "bestRating": 5,
                                 "worstRating": 1, "alternateName": "Vrai"}
    claim = r["itemReviewed"]
    assert claim["author"] == {"@type": "Person", "name": "Élodie Martin"}
    assert claim["datePublished"] == "2024-03-05"
    assert claim["appearance"] == {
        "@type": "NewsArticle", "headline": "Verrerie du Nord : 14 000 emplois menacés",
        "url": "https://example.org/verrerie", "datePublished": "2024-03-05",
        "publisher": {"@type": "Organization", "name": "La Voix du Nord"}}
    assert r["author"] == {"@type": "Organization", "name": "Les Vérificateurs",
                           "url": "https://verif.example/"}
    assert r["url"] == "https://verif.example/#claimreview-ann-quote"
    assert r["datePublished"] == "2024-03-05"
    assert "reviewBody" not in r  # no note


def test_figure_review_and_note():
    found = by_url(reviews(rated_project()))
    figure = found["ann-figure"]
    assert figure["claimReviewed"] == f"14{NNBSP}000 salariés"  # the value is in the text
    assert figure["reviewBody"] == SCRIPT_NOTE
    assert figure["reviewRating"]["alternateName"] == "Faux"
    assert "author" not in figure["itemReviewed"]  # no claimant recorded
    assert found["ann-insee"]["reviewRating"]["alternateName"] == "Plutôt vrai"
    # The review date is the UTC date of the last update.
    assert found["ann-emoji-quote"]["datePublished"] == "2024-03-06"
    assert found["ann-emoji-quote"]["itemReviewed"]["author"]["@type"] == "Organization"


def test_figure_value_missing_from_text_is_added():
    data = rated_project()
    data.annotations = [replace(a, value="3.2", unit="%") if a.id == "ann-insee" else
                        replace(a, value="14000", unit="postes") if a.id == "ann-figure" else a
                        for a in data.annotations]
    found = by_url(reviews(data))
    assert found["ann-insee"]["claimReviewed"] == "3,2 %"
    data.annotations = [replace(a, exact="quatorze mille") if a.id == "ann-figure" else a
                        for a in data.annotations]
    # No longer found at its offsets, but still a reviewed claim.
    assert by_url(reviews(data))["ann-figure"]["claimReviewed"] == "quatorze mille (14000 postes)"


def test_english_labels_and_free_text_ratings():
    data = rated_project(language="en")
    data.annotations = [replace(a, rating="Plutôt faux") if a.id == "ann-figure" else
                        replace(a, rating="Trompeur et daté") if a.id == "ann-insee" else a
                        for a in data.annotations]
    found = by_url(reviews(data))
    assert found["ann-quote"]["reviewRating"]["alternateName"] == "True"
    assert found["ann-quote"]["inLanguage"] == "en"
    # A label typed as free text is the rating it names.
    assert found["ann-figure"]["reviewRating"] == {
        "@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
        "alternateName": "Mostly false"}
    # Other free text stays as typed, with no numeric scale.
    assert found["ann-insee"]["reviewRating"] == {"@type": "Rating",
                                                  "alternateName": "Trompeur et daté"}


def test_unproven_has_no_scale():
    assert find_rating("unproven").value is None
    data = rated_project()
    data.annotations = [replace(a, rating="unproven") if a.id == "ann-quote" else a
                        for a in data.annotations]
    assert by_url(reviews(data))["ann-quote"]["reviewRating"] == {
        "@type": "Rating", "alternateName": "Non démontré"}


@pytest.mark.parametrize("raw, lang, label", [
    ("false", "fr", "Faux"), ("FAUX ", "en", "False"), ("half_true", "en", "Half true"),
    ("  ", "fr", ""), (None, "fr", ""), ("Bof\x00", "fr", "Bof\ufffd"),
])
def test_rating_label(raw, lang, label):
    assert rating_label(raw, lang) == label


def test_missing_organisation_settings():
    data = rated_project()
    del data.meta["organisation_name"], data.meta["organisation_url"]
    r = reviews(data)[0]
    assert "url" not in r and "author" not in r  # not invented
    data.meta["organisation_url"] = "https://www.verif.example/fact-checks#top"
    r = reviews(data)[0]
    assert r["url"] == "https://www.verif.example/fact-checks#claimreview-ann-quote"
    assert r["author"]["name"] == "www.verif.example"
    data.meta.update(organisation_url="javascript:alert(1)", organisation_name="Vérif")
    r = reviews(data)[0]
    assert "url" not in r and r["author"] == {"@type": "Organization", "name": "Vérif"}


def test_deleted_party_is_not_named():
    data = rated_project()
    data.parties = [replace(p, deleted_at="2024-03-07T00:00:00Z") for p in data.parties]
    assert all("author" not in r["itemReviewed"] for r in reviews(data))


def test_safe_to_embed_in_a_script_element():
    raw = render_claimreview(rated_project(), None)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "Élodie" in raw and "🏭" in raw  # not \u-escaped: ensure_ascii=False
    assert raw.endswith("]\n")
    assert render_claimreview(sample_project(), None) == "[]\n"


def test_control_characters_and_lone_surrogates():
    data = rated_project()
    data.annotations = [replace(a, exact="chiffre\x00\x0b\ud800", note="note\x1f")
                        if a.id == "ann-figure" else a for a in data.annotations]
    raw = render_claimreview(data, None)
    raw.encode("utf-8")  # no lone surrogate left to fail on
    r = by_url(json.loads(raw))["ann-figure"]
    assert r["claimReviewed"] == "chiffre\ufffd\ufffd\ufffd (14000 salariés)"
    assert r["reviewBody"] == "note\ufffd"


def test_json_ld_expansion_keeps_every_term_and_value(fresh_contexts):
    items = reviews(rated_project())
    expanded = jsonld.expand(items, {"documentLoader": local_loader})
    assert len(expanded) == len(items)

    def keys(node) -> set[str]:
        found = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if not key.startswith("@"):
                    found.add(key)
                found |= keys(value)
        elif isinstance(node, list):
            for value in node:
                found |= keys(value)
        return found

    # Every property survived as its schema.org IRI: no term was unknown to the context.
    assert {SCHEMA + k for k in keys(items)} == keys(expanded)
    found = {e[SCHEMA + "url"][0]["@id"].split("#claimreview-")[1]: e for e in expanded}
    quote = found["ann-quote"]
    assert quote["@type"] == [SCHEMA + "ClaimReview"]
    assert quote[SCHEMA + "claimReviewed"] == [{"@value": QUOTE}]
    emoji = found["ann-emoji-quote"][SCHEMA + "claimReviewed"][0]["@value"]
    assert emoji == EMOJI_QUOTE and "🏭" in emoji and EMOJI_QUOTE in TEXT
    rating = quote[SCHEMA + "reviewRating"][0]
    assert rating["@type"] == [SCHEMA + "Rating"]
    assert rating[SCHEMA + "ratingValue"] == [{"@value": 5}]
    assert rating[SCHEMA + "alternateName"] == [{"@value": "Vrai"}]
    claim = quote[SCHEMA + "itemReviewed"][0]
    assert claim["@type"] == [SCHEMA + "Claim"]
    assert claim[SCHEMA + "author"][0]["@type"] == [SCHEMA + "Person"]
    assert claim[SCHEMA + "author"][0][SCHEMA + "name"] == [{"@value": "Élodie Martin"}]
    appearance = claim[SCHEMA + "appearance"][0]
    assert appearance[SCHEMA + "url"] == [{"@id": "https://example.org/verrerie"}]
    note = found["ann-figure"][SCHEMA + "reviewBody"][0]["@value"]
    assert note == SCRIPT_NOTE
