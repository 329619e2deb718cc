"""W3C Web Annotation Data Model (JSON-LD) export and import.

Export: one AnnotationCollection whose first AnnotationPage holds every live annotation of
the live chosen articles. Offsets are code points into the stored article text, which is
what the model's TextPositionSelector counts (an emoji is one character).

Each annotation:

- "id": urn:uuid:<annotation id>; "created"/"modified"; "creator": a Person by name.
- "motivation": "commenting" when it has a note, else "highlighting". "assessing" is not
  used as the motivation: the verification status and the published rating are separate
  bodies, so a consumer that filters on commenting/highlighting (Hypothesis, Recogito)
  still sees every annotation.
- "body", a list of TextualBody items, each told apart by its "purpose":
  * commenting: the note (format text/plain, language of the article when known);
  * tagging: the category name (read back by name, case-insensitively);
  * classifying: the verification status id ("to_check", "verified"… or a custom
    status's UUID): ids survive renamed labels and translations; reading also accepts a
    status label (English or French);
  * assessing: the published rating id ("mostly_false"…), only when set.
- "target": {"source": the article URL, or urn:uuid:<article id> when it has none,
  "article": urn:uuid:<article id> (with a URL source: which stored text the offsets
  count in), "selector": [TextQuoteSelector {exact, prefix, suffix}, TextPositionSelector
  {start, end}]}. The position selector is left out when the stored offsets no longer
  point at the exact text; the quote selector can still re-anchor it.
- Project terms, declared in a second @context object under the namespace NS
  (https://newsroom-annotator.org/ns#): "speaker" (quotes), "claimant" (figures) and
  "party" (party mentions), each {"id": urn:uuid:<party id>, "type": Person or
  Organization, "name"}; "quantity", "unit" and "refDate" of a figure.

Import reads that compact form (as written with the anno.jsonld context), not arbitrary
JSON-LD. An annotation is placed at its TextPositionSelector when the exact text is there,
else at the one occurrence of its exact text that its prefix/suffix single out; anything
else is reported in `skipped`, never guessed. A broken file raises ImportFailed.
"""

from __future__ import annotations

import json
import re
import typing
import uuid
from dataclasses import dataclass, field

from annotator import __version__
from annotator.core.model import (
    BUILTIN_STATUSES,
    DEFAULT_STATUS,
    RATING_BY_ID,
    Annotation,
    Article,
    Party,
    ProjectData,
    new_id,
)
from annotator.core.text import context, normalize_text
from annotator.io.errors import ImportFailed
from annotator.io.factsheet import chosen_articles

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NS = "https://newsroom-annotator.org/ns#"
EXTRA_CONTEXT: dict = {
    "na": NS,
    "article": {"@id": "na:article", "@type": "@id"},
    "speaker": {"@id": "na:speaker", "@type": "@id"},
    "claimant": {"@id": "na:claimant", "@type": "@id"},
    "party": {"@id": "na:party", "@type": "@id"},
    "quantity": "na:quantity",
    "unit": "na:unit",
    "refDate": "na:refDate",
}
_PARTY_TERMS = (("speaker", "speaker_id"), ("claimant", "claimant_id"), ("party", "party_id"))
_VALUE_TERMS = (("quantity", "value"), ("unit", "unit"), ("refDate", "ref_date"))

# Limits against hostile files: far above any real project, low enough to fail fast.
MAX_INPUT_CHARS = 64 * 1024 * 1024
MAX_ANNOTATIONS = 200_000
MAX_STRING = 2_000_000
MAX_PAGES = 10_000
MAX_MATCHES = 100_000
_CONTEXT_USED = 64  # characters of prefix/suffix compared when choosing among matches
_NOTE_PURPOSES = frozenset({None, "commenting", "describing", "questioning", "replying"})
_OA = ("oa:", "http://www.w3.org/ns/oa#")


# ---- export ---------------------------------------------------------------------------


def render_w3c(data: ProjectData, article_ids: list[str] | None = None) -> str:
    """The AnnotationCollection as JSON text (UTF-8 ready, accents and emoji unescaped)."""
    articles = chosen_articles(data, article_ids)
    items = [_annotation_json(data, art, ann)
             for art in articles for ann in data.annotations_of(art.id)]
    project = data.meta.get("project_id") or data.meta.get("title") or ""
    collection_id = "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, NS + "project/" + project))
    collection: dict = {
        "@context": [ANNO_CONTEXT, EXTRA_CONTEXT],
        "id": collection_id,
        "type": "AnnotationCollection",
    }
    if data.meta.get("title"):
        collection["label"] = data.meta["title"]
    collection["generator"] = {"type": "Software", "name": f"Newsroom Annotator {__version__}"}
    collection["total"] = len(items)
    collection["first"] = {
        # Derived, not random: the same project exports the same ids.
        "id": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, collection_id + "/page/1")),
        "type": "AnnotationPage",
        "startIndex": 0,
        "items": items,
    }
    text = json.dumps(collection, ensure_ascii=False, indent=2)
    # A lone surrogate cannot be encoded as UTF-8; a JSON escape keeps it loss-free.
    return re.sub(r"[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _annotation_json(data: ProjectData, art: Article, ann: Annotation) -> dict:
    obj: dict = {
        "id": f"urn:uuid:{ann.id}",
        "type": "Annotation",
        "motivation": "commenting" if ann.note else "highlighting",
    }
    if ann.created_at:
        obj["created"] = ann.created_at
    if ann.updated_at:
        obj["modified"] = ann.updated_at
    if ann.author:
        obj["creator"] = {"type": "Person", "name": ann.author}
    body: list[dict] = []
    if ann.note:
        note = {"type": "TextualBody", "value": ann.note, "format": "text/plain",
                "purpose": "commenting"}
        if art.language:
            note["language"] = art.language
        body.append(note)
    category = data.category(ann.category_id)
    body.append({"type": "TextualBody", "purpose": "tagging",
                 "value": category.name if category else ann.category_id})
    body.append({"type": "TextualBody", "purpose": "classifying", "value": ann.status})
    if ann.rating:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": ann.rating})
    obj["body"] = body
    obj["target"] = _target_json(art, ann)
    for term, attr in _PARTY_TERMS:
        party = data.party(getattr(ann, attr))
        if party is not None:
            obj[term] = _party_json(party)
    for term, attr in _VALUE_TERMS:
        if getattr(ann, attr):
            obj[term] = getattr(ann, attr)
    return obj


def _target_json(art: Article, ann: Annotation) -> dict:
    text = art.text
    located = 0 <= ann.start <= ann.end <= len(text) and text[ann.start : ann.end] == ann.exact
    # Fresh context from the text when the span is located; the stored one otherwise.
    prefix, suffix = context(text, ann.start, ann.end) if located else (ann.prefix, ann.suffix)
    quote = {"type": "TextQuoteSelector", "exact": ann.exact}
    if prefix:
        quote["prefix"] = prefix
    if suffix:
        quote["suffix"] = suffix
    selectors = [quote]
    if located:
        selectors.append({"type": "TextPositionSelector", "start": ann.start, "end": ann.end})
    target: dict = {"source": art.url or f"urn:uuid:{art.id}"}
    if art.url:
        target["article"] = f"urn:uuid:{art.id}"
    target["selector"] = selectors
    return target


def _party_json(party: Party) -> dict:
    obj = {"id": f"urn:uuid:{party.id}"}
    kind = {"person": "Person", "organisation": "Organization", "organization": "Organization"}
    if party.kind in kind:
        obj["type"] = kind[party.kind]
    obj["name"] = party.name
    return obj


# ---- reading --------------------------------------------------------------------------


@dataclass
class W3CAnnotation:
    """One annotation as the file states it, before it is placed in an article."""

    number: int  # 1-based position in the file, for messages
    id: str
    source: str  # the target's source IRI
    article: str = ""  # our "article" term: urn:uuid:<article id>
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    ratings: list[str] = field(default_factory=list)
    parties: dict[str, tuple[str, str]] = field(default_factory=dict)  # term -> (IRI, name)
    values: dict[str, str] = field(default_factory=dict)  # quantity, unit, refDate
    author: str = ""
    created: str = ""
    modified: str = ""
    problem: str = ""  # why it cannot be placed, found while reading

    @property
    def label(self) -> str:
        return f"annotation {self.number}" + (f" ({self.id})" if self.id else "")


def read_w3c(text: str, source: str) -> list[W3CAnnotation]:
    """Parse an AnnotationCollection, an AnnotationPage, one Annotation or an array of them.

    Raises ImportFailed("<source>: <problem>") for anything but well-formed annotations.
    """

    def fail(problem: str) -> typing.NoReturn:
        raise ImportFailed(f"{source}: {problem}")

    if len(text) > MAX_INPUT_CHARS:
        fail(f"too large ({len(text):,} characters; the limit is {MAX_INPUT_CHARS:,})")

    def bad_constant(name: str) -> typing.NoReturn:
        fail(f"invalid JSON: {name} is not a number")

    try:
        doc = json.loads(text, parse_constant=bad_constant)
    except json.JSONDecodeError as e:
        fail(f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}")
    except (ValueError, RecursionError) as e:  # 10**5000 digits; nesting a mile deep
        fail(f"invalid JSON: {str(e) or type(e).__name__}")
    found = _annotation_objects(doc, fail)
    if len(found) > MAX_ANNOTATIONS:
        fail(f"too many annotations ({len(found):,}; the limit is {MAX_ANNOTATIONS:,})")
    return [_read_annotation(obj, number, fail) for number, obj in enumerate(found, 1)]


def _types(obj: dict) -> set[str]:
    value = obj.get("type", obj.get("@type"))
    values = value if isinstance(value, list) else [value]
    return {_short(v) for v in values if isinstance(v, str)}


def _short(term: str) -> str:
    """"oa:Annotation" and the full IRI mean what the compact "Annotation" means."""
    for prefix in (*_OA, "as:", "http://www.w3.org/ns/activitystreams#"):
        if term.startswith(prefix):
            term = term[len(prefix) :]
    return {"OrderedCollection": "AnnotationCollection",
            "OrderedCollectionPage": "AnnotationPage"}.get(term, term)


def _annotation_objects(doc: object, fail) -> list:
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        fail("expected a JSON object (an AnnotationCollection) at the top level")
    kinds = _types(doc)
    if "Annotation" in kinds:
        return [doc]
    if "AnnotationPage" in kinds:
        page: object = doc
    elif "AnnotationCollection" in kinds:
        page = doc.get("first")
        if page is None:
            return []
    else:
        fail('expected an AnnotationCollection, AnnotationPage or Annotation ("type")')
    found: list = []
    for number in range(1, MAX_PAGES + 1):
        if isinstance(page, str):
            fail(f"page {number} is only linked ({page!r}): pages must be included")
        if not isinstance(page, dict) or "AnnotationPage" not in _types(page):
            fail(f"page {number} is not an AnnotationPage object")
        items = page.get("items", [])
        if not isinstance(items, list):
            fail(f'page {number}: "items" must be a list')
        found.extend(items)
        if len(found) > MAX_ANNOTATIONS:
            fail(f"too many annotations (over {MAX_ANNOTATIONS:,})")
        page = page.get("next")
        if page is None:
            return found
    fail(f"too many pages (over {MAX_PAGES:,})")


def _read_annotation(obj: object, number: int, fail) -> W3CAnnotation:
    where = f"annotation {number}"
    if not isinstance(obj, dict) or "Annotation" not in _types(obj):
        fail(f'{where}: not an Annotation object ("type": "Annotation")')

    def string(value: object, name: str, optional: bool = True) -> str:
        if value is None and optional:
            return ""
        if not isinstance(value, str):
            fail(f"{where}: {name} must be text")
        if len(value) > MAX_STRING:
            fail(f"{where}: {name} is too long ({len(value):,} characters)")
        return value

    ident = string(obj.get("id", obj.get("@id")), '"id"')
    where = f"annotation {number}" + (f" ({ident})" if ident else "")
    item = W3CAnnotation(number, ident, "")
    item.created = string(obj.get("created"), '"created"')
    item.modified = string(obj.get("modified"), '"modified"')
    creator = obj.get("creator")
    creator = creator[0] if isinstance(creator, list) and creator else creator
    if isinstance(creator, dict):
        item.author = string(creator.get("name", creator.get("nickname")), "the creator's name")
    _read_bodies(obj, item, string, fail, where)
    _read_target(obj.get("target"), item, string, fail, where)
    for term, _attr in _PARTY_TERMS:
        value = obj.get(term)
        if isinstance(value, str):
            item.parties[term] = (string(value, f'"{term}"'), "")
        elif isinstance(value, dict):
            item.parties[term] = (string(value.get("id", value.get("@id")), f'"{term}" id'),
                                  string(value.get("name"), f'"{term}" name'))
        elif value is not None:
            fail(f'{where}: "{term}" must be an object')
    for term, _attr in _VALUE_TERMS:
        if obj.get(term) is not None:
            item.values[term] = string(obj[term], f'"{term}"')
    return item


def _purposes(body: dict, fail, where: str) -> list[str | None]:
    value = body.get("purpose")
    if value is None:
        return [None]
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        fail(f'{where}: a body\'s "purpose" must be text')
    out = []
    for v in values:
        for prefix in _OA:
            v = v[len(prefix) :] if v.startswith(prefix) else v
        out.append(v)
    return out or [None]


def _read_bodies(obj: dict, item: W3CAnnotation, string, fail, where: str) -> None:
    notes = []
    if obj.get("bodyValue") is not None:
        notes.append(string(obj["bodyValue"], '"bodyValue"'))
    bodies = obj.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    for body in bodies:
        if isinstance(body, str):
            continue  # an external resource: nothing of ours to read
        if not isinstance(body, dict):
            fail(f"{where}: each body must be an object or an IRI")
        if body.get("value") is None:
            continue
        value = string(body["value"], "a body's value", optional=False)
        purposes = _purposes(body, fail, where)
        if "tagging" in purposes:
            item.tags.append(value)
        elif "classifying" in purposes:
            item.statuses.append(value)
        elif "assessing" in purposes:
            item.ratings.append(value)
        elif any(p in _NOTE_PURPOSES for p in purposes):
            notes.append(value)
    item.note = "\n\n".join(notes)


def _read_target(target: object, item: W3CAnnotation, string, fail, where: str) -> None:
    if isinstance(target, list):
        if len(target) != 1:
            item.problem = "several targets are not supported"
        target = target[0] if target else None
    if isinstance(target, str):
        item.source = string(target, "the target")
        item.problem = item.problem or "it targets a whole document (no selector)"
        return
    if not isinstance(target, dict):
        fail(f'{where}: "target" must be an object')
    item.source = string(target.get("source"), "the target's source", optional=False)
    item.article = string(target.get("article"), "the target's article")
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    for selector in selectors:
        if not isinstance(selector, dict):
            fail(f"{where}: each selector must be an object")
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds and item.exact is None:
            item.exact = string(selector.get("exact"), "the quote's exact text", optional=False)
            item.prefix = string(selector.get("prefix"), "the quote's prefix")
            item.suffix = string(selector.get("suffix"), "the quote's suffix")
        elif "TextPositionSelector" in kinds and item.start is None:
            start, end = selector.get("start"), selector.get("end")
            for name, value in (("start", start), ("end", end)):
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    fail(f"{where}: the position's {name} must be a non-negative integer")
            if start > end:
                fail(f"{where}: the position's start {start} is after its end {end}")
            item.start, item.end = start, end
    if item.exact is None and item.start is None:
        item.problem = item.problem or "no TextQuoteSelector or TextPositionSelector"


# ---- placing --------------------------------------------------------------------------


@dataclass
class W3CImport:
    """What an import would add, and what it left out and why."""

    annotations: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not added: unplaceable, unknown…
    warnings: list[str] = field(default_factory=list)  # added, but something was dropped


def plan_w3c_import(text: str, data: ProjectData, source: str) -> W3CImport:
    """Read a W3C file and place its annotations in the project's live articles."""
    return place_w3c(read_w3c(text, source), data, source)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def place_w3c(items: list[W3CAnnotation], data: ProjectData, source: str) -> W3CImport:
    """The annotations to add to `data` (fresh ids), placed by selector; never guessed.

    Raises ImportFailed for an annotation of an unknown article or with offsets beyond
    its text: the file does not belong to this project.
    """
    result = W3CImport()
    articles = {a.id: a for a in data.articles if not a.deleted_at}
    by_url: dict[str, list[Article]] = {}
    for art in articles.values():
        if art.url:
            by_url.setdefault(art.url, []).append(art)
    categories = {_key(c.name): c.id for c in reversed(data.categories)}
    taken = {(a.article_id, a.category_id, a.start, a.end)
             for a in data.annotations if not a.deleted_at and not a.orphaned_at}
    for item in items:
        if item.problem:
            result.skipped.append(f"{item.label}: {item.problem}")
            continue
        art = _article_of(item, articles, by_url, source, result)
        if art is None:
            continue
        category_id = next((categories[_key(t)] for t in item.tags if _key(t) in categories),
                           None)
        if category_id is None:
            why = f"no category named {item.tags[0]!r}" if item.tags else "no category tag"
            result.skipped.append(f"{item.label}: {why} in this project")
            continue
        span = _place(item, art.text, source, result)
        if span is None:
            continue
        start, end = span
        if (art.id, category_id, start, end) in taken:
            result.skipped.append(f"{item.label}: already annotated the same way")
            continue
        taken.add((art.id, category_id, start, end))
        result.annotations.append(_build(item, data, art, category_id, start, end, result))
    return result


def _article_of(item, articles, by_url, source, result) -> Article | None:
    for iri in (item.article, item.source):
        if iri.startswith("urn:uuid:") and iri[len("urn:uuid:") :] in articles:
            return articles[iri[len("urn:uuid:") :]]
    found = by_url.get(item.source, [])
    if len(found) == 1:
        return found[0]
    if found:
        result.skipped.append(f"{item.label}: {len(found)} articles have the URL {item.source}")
        return None
    raise ImportFailed(f"{source}: {item.label}: unknown article {item.source!r}")


def _place(item: W3CAnnotation, text: str, source: str,
           result: W3CImport) -> tuple[int, int] | None:
    """(start, end) by position when the exact text is there, else by quote; or None."""
    exact = normalize_text(item.exact) if item.exact is not None else None
    if item.start is not None:
        if item.end > len(text):
            raise ImportFailed(f"{source}: {item.label}: end {item.end} is beyond the "
                               f"article text ({len(text)} characters)")
        if exact is None or text[item.start : item.end] == exact:
            if item.start == item.end:
                result.skipped.append(f"{item.label}: empty span")
                return None
            return item.start, item.end
    if not exact:
        result.skipped.append(f"{item.label}: empty quote")
        return None
    starts: list[int] = []
    at = text.find(exact)
    while at >= 0 and len(starts) <= MAX_MATCHES:
        starts.append(at)
        at = text.find(exact, at + 1)
    if not starts:
        result.skipped.append(f"{item.label}: its text {_clip(exact)} is not in the article")
        return None
    if len(starts) > MAX_MATCHES:
        result.skipped.append(f"{item.label}: its text {_clip(exact)} occurs too often")
        return None
    prefix = normalize_text(item.prefix)[-_CONTEXT_USED:]
    suffix = normalize_text(item.suffix)[:_CONTEXT_USED]
    scores = [_agreement(text, s, s + len(exact), prefix, suffix) for s in starts]
    best = max(scores)
    if scores.count(best) > 1:
        result.skipped.append(f"{item.label}: its text {_clip(exact)} occurs "
                              f"{len(starts)} times and its context does not tell which")
        return None
    start = starts[scores.index(best)]
    return start, start + len(exact)


def _agreement(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of context agree on each side of one occurrence."""
    before, after = text[max(0, start - len(prefix)) : start], text[end : end + len(suffix)]
    left = 0
    while left < min(len(before), len(prefix)) and before[-1 - left] == prefix[-1 - left]:
        left += 1
    right = 0
    while right < min(len(after), len(suffix)) and after[right] == suffix[right]:
        right += 1
    return left + right


def _clip(text: str, size: int = 40) -> str:
    return repr(text if len(text) <= size else text[:size] + "…")


def _build(item, data: ProjectData, art: Article, category_id: str, start: int, end: int,
           result: W3CImport) -> Annotation:
    prefix, suffix = context(art.text, start, end)
    ann = Annotation(
        id=new_id(), article_id=art.id, category_id=category_id, start=start, end=end,
        exact=art.text[start:end], prefix=prefix, suffix=suffix, note=item.note,
        status=_status(item, data, result), author=item.author, created_at=item.created,
        updated_at=item.modified,
    )
    for rating in item.ratings:
        if rating in RATING_BY_ID:
            ann.rating = rating
            break
        result.warnings.append(f"{item.label}: unknown rating {rating!r} left out")
    for term, attr in _PARTY_TERMS:
        if term in item.parties:
            party = _party(data, *item.parties[term])
            if party is None:
                result.warnings.append(
                    f"{item.label}: {term} {item.parties[term][1] or item.parties[term][0]!r} "
                    "is not a party of this project; left out")
            else:
                setattr(ann, attr, party.id)
    for term, attr in _VALUE_TERMS:
        if term in item.values:
            setattr(ann, attr, item.values[term])
    return ann


def _status(item: W3CAnnotation, data: ProjectData, result: W3CImport) -> str:
    statuses = data.statuses or list(BUILTIN_STATUSES)
    ids = {s.id for s in statuses}
    labels = {_key(label): s.id for s in statuses for label in (s.label_en, s.label_fr) if label}
    for value in item.statuses:
        if value in ids:
            return value
        if _key(value) in labels:
            return labels[_key(value)]
    if item.statuses:
        result.warnings.append(
            f"{item.label}: unknown status {item.statuses[0]!r}; set to {DEFAULT_STATUS!r}")
    return DEFAULT_STATUS


def _party(data: ProjectData, iri: str, name: str) -> Party | None:
    """The project's live party with that urn:uuid id, else the one with that name or alias."""
    live = [p for p in data.parties if not p.deleted_at]
    if iri.startswith("urn:uuid:"):
        found = next((p for p in live if p.id == iri[len("urn:uuid:") :]), None)
        if found is not None:
            return found
    if name:
        return next((p for p in live if _key(name) in {_key(n) for n in (p.name, *p.aliases)}),
                    None)
    return None
