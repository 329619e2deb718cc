"""brat standoff export and import (https://brat.nlplab.org/standoff.html).

One article gives two files: the .txt (the stored article text, byte for byte once
UTF-8 encoded: no BOM, no added newline) and the .ann. Offsets are code points into
that text, end exclusive: what brat itself counts (it slices Python 3 strings).

.ann lines written:

- ``T1\\tQuote 10 25\\tthe exact text``: one per live annotation whose offsets still point
  at its exact text. Type names are brat-safe ([A-Za-z0-9_-]): "Quote", "Figure", "Party"
  for the built-in categories whatever the project calls them; user categories by name,
  accents dropped, other characters turned to "_", with "_2", "_3"… on clashes
  (`brat_type_names`). A span across lines is written the way brat writes one: a fragment
  per line (``T2\\tQuote 10 14;15 20\\tline one line two``, fragment texts joined by a
  space; line breaks at either end of a span are left out of it); reading joins the
  fragments back into one span.
- ``A1\\tStatus T1 verified``: the status id; ``A2\\tRating T1 mostly_false`` when rated.
- ``#1\\tAnnotatorNotes T1\\tnote``: the note, with backslash, newline, carriage return
  and tab escaped as ``\\\\``, ``\\n``, ``\\r``, ``\\t`` (and other line breaks as ``\\uXXXX``)
  so that one note stays one line.
- ``N1\\tReference T3 Party:<party id>\\tÉlodie Martin``: which party a party mention names.
- ``R1\\tSpeaker Arg1:T3 Arg2:T1``: the quote T1 is spoken by the party mentioned at T3
  (the nearest mention of that party in the article); ``Claimant`` likewise for figures.
  With no mention of the party in the article, the name goes in a comment instead:
  ``#2\\tSpeakerName T1\\tÉlodie Martin`` (``ClaimantName``), matched by name or alias.

Reading is strict about syntax (a malformed line raises ImportFailed naming its line
number) and lenient about meaning: event and equivalence lines, unknown attributes and
relation types are ignored with a warning, and unknown types are reported, never guessed.
"""

from __future__ import annotations

import os
import re
import typing
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

from annotator.core.model import (
    BUILTIN_STATUSES,
    DEFAULT_STATUS,
    RATING_BY_ID,
    RATINGS,
    Annotation,
    Article,
    Party,
    ProjectData,
    new_id,
)
from annotator.core.text import context
from annotator.io.errors import ImportFailed
from annotator.io.factsheet import SheetError

BUILTIN_TYPES = {"quote": "Quote", "figure": "Figure", "party": "Party"}
# Names of our relations, attributes and comments, and brat's own magic words: a user
# category never gets one of them as its type.
_RESERVED = frozenset({
    "Speaker", "Claimant", "Status", "Rating", "Reference", "AnnotatorNotes", "SpeakerName",
    "ClaimantName", "SEPARATOR", "STATUS",
})
# (annotation field, relation type, fallback comment type)
_LINKS = (("speaker_id", "Speaker", "SpeakerName"), ("claimant_id", "Claimant", "ClaimantName"))
PARTY_DB = "Party"

MAX_ANN_CHARS = 64 * 1024 * 1024
MAX_LINES = 1_000_000
_ID = re.compile(r"^(?:[A-Za-z]+|#[A-Za-z]*)[0-9]+$|^\*$")
_OFFSETS = re.compile(r"([0-9]{1,12}) ([0-9]{1,12})")
# Everything str.splitlines() breaks on, so that no reader sees a note as two lines.
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            **{c: f"\\u{ord(c):04x}" for c in _LINE_BREAKS}}
_BREAK = re.compile("[\n\r" + _LINE_BREAKS + "]")
_ESCAPED = re.compile(r"[\\\n\r\t" + _LINE_BREAKS + "]")
_UNESCAPE = re.compile(r"\\(\\|n|r|t|u[0-9a-fA-F]{4})")


def escape(text: str) -> str:
    """One line of text for a note: reversible by `unescape`."""
    return _ESCAPED.sub(lambda m: _ESCAPES[m.group()], text)


def unescape(text: str) -> str:
    simple = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}
    return _UNESCAPE.sub(
        lambda m: simple.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), text)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _safe_type(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_name).strip("_")
    if not safe:
        return "Category"
    return safe if safe[0].isalpha() else "Category_" + safe


def brat_type_names(data: ProjectData) -> dict[str, str]:
    """Category id -> brat type name; the same project always gets the same names."""
    names = {cid: name for cid, name in BUILTIN_TYPES.items()}
    used = {n.casefold() for n in (*names.values(), *_RESERVED)}
    users = [c for c in data.categories if c.id not in BUILTIN_TYPES]
    for cat in sorted(users, key=lambda c: (c.position, c.name, c.id)):
        base = candidate = _safe_type(cat.name)
        number = 1
        while candidate.casefold() in used:  # brat compares types case-sensitively; we don't
            number += 1
            candidate = f"{base}_{number}"
        used.add(candidate.casefold())
        names[cat.id] = candidate
    return names


# ---- export ---------------------------------------------------------------------------


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks, as brat cuts a span across lines; empty pieces dropped.

    brat reads the .ann with codecs, whose readlines() breaks lines wherever
    str.splitlines() does (form feed, U+0085…), so a T line's text must hold none of them.
    """
    pieces, at = [], start
    for found in _BREAK.finditer(text, start, end):
        if found.start() > at:
            pieces.append((at, found.start()))
        at = found.end()
    if end > at:
        pieces.append((at, end))
    return pieces


def _live_article(data: ProjectData, article_id: str) -> Article:
    art = next((a for a in data.articles if a.id == article_id and not a.deleted_at), None)
    if art is None:
        raise SheetError(f"no article with id {article_id!r}")
    return art


def _live_party(data: ProjectData, party_id: str | None) -> Party | None:
    party = data.party(party_id)
    return party if party is not None and not party.deleted_at else None


def render_brat(data: ProjectData, article_id: str) -> tuple[str, str]:
    """(.txt, .ann) of one live article. Annotations whose offsets went stale are left out."""
    art = _live_article(data, article_id)
    text, types = art.text, brat_type_names(data)
    exported = [a for a in data.annotations_of(art.id)
                if 0 <= a.start < a.end <= len(text) and text[a.start : a.end] == a.exact
                and _fragments(text, a.start, a.end)]
    tid = {a.id: f"T{n}" for n, a in enumerate(exported, 1)}
    lines: list[str] = []
    for a in exported:
        pieces = _fragments(text, a.start, a.end)
        offsets = ";".join(f"{s} {e}" for s, e in pieces)
        kind = types.get(a.category_id) or _safe_type(a.category_id)
        lines.append(f"{tid[a.id]}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in pieces)}")
    counts = {"A": 0, "N": 0, "#": 0, "R": 0}

    def add(prefix: str, body: str, into: list[str] = lines) -> None:
        counts[prefix] += 1
        into.append(f"{prefix}{counts[prefix]}\t{body}")

    relations: list[str] = []
    for a in exported:
        t = tid[a.id]
        add("A", f"Status {t} {a.status}")
        if a.rating:
            add("A", f"Rating {t} {a.rating}")
        party = _live_party(data, a.party_id)
        if a.category_id == "party" and party is not None:
            add("N", f"Reference {t} {PARTY_DB}:{party.id}\t{escape(party.name)}")
        if a.note:
            add("#", f"AnnotatorNotes {t}\t{escape(a.note)}")
        for attr, relation, comment in _LINKS:
            party = _live_party(data, getattr(a, attr))
            if party is None:
                continue
            mention = _nearest_mention(a, party.id, exported)
            if mention is not None:
                add("R", f"{relation} Arg1:{tid[mention.id]} Arg2:{t}", relations)
            else:
                add("#", f"{comment} {t}\t{escape(party.name)}")
    ann = "\n".join(lines + relations)
    return art.text, ann + "\n" if ann else ""


def _nearest_mention(a: Annotation, party_id: str, exported: list[Annotation]):
    mentions = [m for m in exported
                if m.category_id == "party" and m.party_id == party_id and m.id != a.id]
    if not mentions:
        return None
    return min(mentions, key=lambda m: (max(0, m.start - a.end, a.start - m.end), m.start))


def render_brat_annotation_conf(data: ProjectData) -> str:
    """annotation.conf declaring every type, relation and attribute the export uses."""
    types = brat_type_names(data)
    order = {c.id: (c.position, n) for n, c in enumerate(data.categories)}
    entities = sorted(types, key=lambda cid: (cid not in BUILTIN_TYPES, order.get(cid, (0, 0))))
    statuses = sorted(data.statuses or BUILTIN_STATUSES, key=lambda s: s.position)
    lines = [
        "# brat configuration written by Newsroom Annotator for this project's export.",
        "[entities]",
        *(types[cid] for cid in entities),
        "",
        "[relations]",
        *(f"{relation}\tArg1:{BUILTIN_TYPES['party']}, Arg2:<ENTITY>"
          for _attr, relation, _comment in _LINKS),
        # Highlights may nest and cross; brat refuses overlaps unless told otherwise.
        "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "",
        "[events]",
        "",
        "[attributes]",
        "Status\tArg:<ENTITY>, Value:" + "|".join(s.id for s in statuses),
        "Rating\tArg:<ENTITY>, Value:" + "|".join(r.id for r in RATINGS),
    ]
    return "\n".join(lines) + "\n"


# ---- reading --------------------------------------------------------------------------


@dataclass
class BratSpan:
    id: str
    type: str
    fragments: list[tuple[int, int]]
    line: int


@dataclass
class BratDocument:
    """The lines of a .ann that matter here, checked against the .txt."""

    text: str
    spans: dict[str, BratSpan] = field(default_factory=dict)
    attributes: dict[str, dict[str, str]] = field(default_factory=dict)  # T -> name -> value
    notes: dict[str, list[str]] = field(default_factory=dict)  # T -> AnnotatorNotes
    comments: dict[str, dict[str, str]] = field(default_factory=dict)  # T -> type -> text
    references: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # T -> db, id, text
    relations: list[tuple[str, str, str, int]] = field(default_factory=list)  # type, a1, a2, line
    warnings: list[str] = field(default_factory=list)


def _brat_text(txt: str) -> str:
    """brat reads the .txt with universal newlines, so its offsets count CR LF as one."""
    return txt.replace("\r\n", "\n").replace("\r", "\n")


def read_brat(txt: str, ann: str, source: str) -> BratDocument:
    """Parse a .ann against its .txt. Raises ImportFailed("<source>: line N: <problem>")."""

    def fail(problem: str) -> typing.NoReturn:
        raise ImportFailed(f"{source}: {problem}")

    if len(ann) > MAX_ANN_CHARS:
        fail(f"the .ann is too large ({len(ann):,} characters; the limit is {MAX_ANN_CHARS:,})")
    doc = BratDocument(_brat_text(txt))
    lines = ann.split("\n")  # not splitlines(): brat files break lines at "\n" only
    if len(lines) > MAX_LINES:
        fail(f"the .ann has too many lines (over {MAX_LINES:,})")
    defined: dict[str, int] = {}
    targets: list[tuple[str, int]] = []  # (referenced id, line), checked once all are read
    for number, raw in enumerate(lines, 1):
        line = raw[:-1] if raw.endswith("\r") else raw
        if not line.strip():
            continue

        def bad(problem: str, number: int = number) -> typing.NoReturn:
            fail(f"line {number}: {problem}")

        ident, tab, rest = line.partition("\t")
        if not tab:
            bad("expected an id, a tab and the annotation")
        if not _ID.match(ident):
            bad(f"{ident!r} is not a brat id")
        if ident in defined and ident != "*":
            bad(f"duplicate id {ident} (first on line {defined[ident]})")
        defined[ident] = number
        head, has_tail, tail = rest.partition("\t")
        parts = head.split(" ")
        kind = ident[0]
        if kind == "T":
            _read_span(doc, ident, head, tail if has_tail else None, number, bad)
        elif kind in "AM":
            if len(parts) not in (2, 3) or not all(parts):
                bad("expected 'Name Target [Value]'")
            value = parts[2] if len(parts) == 3 else "true"
            doc.attributes.setdefault(parts[1], {})[parts[0]] = value
            targets.append((parts[1], number))
        elif kind == "#":
            if len(parts) != 2 or not all(parts):
                bad("expected 'Type Target' before the note")
            if parts[0] == "AnnotatorNotes":
                doc.notes.setdefault(parts[1], []).append(unescape(tail))
            else:
                doc.comments.setdefault(parts[1], {})[parts[0]] = unescape(tail)
            targets.append((parts[1], number))
        elif kind == "N":
            found = re.fullmatch(r"(\S+) (\S+) (\S+?):(\S+)", head)
            if not found:
                bad("expected 'Type Target Database:Id'")
            _type, target, db, ref = found.groups()
            doc.references[target] = (db, ref, unescape(tail))
            targets.append((target, number))
        elif kind == "R":
            args = [p.split(":", 1) for p in parts[1:]]
            if len(parts) != 3 or not parts[0] or any(len(a) != 2 or not all(a) for a in args):
                bad("expected 'Type Arg1:Id Arg2:Id'")
            (role1, arg1), (role2, arg2) = args
            if (role1, role2) == ("Arg2", "Arg1"):
                arg1, arg2 = arg2, arg1
            doc.relations.append((parts[0], arg1, arg2, number))
            targets += [(arg1, number), (arg2, number)]
        else:
            doc.warnings.append(f"line {number}: {ident[0]!r} lines (events, equivalences…) "
                                "are not supported; ignored")
    for target, number in targets:
        if target not in defined:
            fail(f"line {number}: refers to {target}, which is not defined")
        if target not in doc.spans:
            doc.warnings.append(f"line {number}: refers to {target}, which is not a text "
                                "span; ignored")
    return doc


def _read_span(doc: BratDocument, ident: str, head: str, tail: str | None, number: int,
               bad) -> None:
    kind, space, offsets = head.partition(" ")
    if not space or not kind:
        bad("expected 'Type start end' after the id")
    fragments = []
    for piece in offsets.split(";"):
        found = _OFFSETS.fullmatch(piece.strip())
        if not found:
            bad(f"bad offsets {piece.strip()!r} (expected 'start end')")
        start, end = int(found.group(1)), int(found.group(2))
        if start > end:
            bad(f"start {start} is after end {end}")
        if end > len(doc.text):
            bad(f"offset {end} is beyond the text ({len(doc.text)} characters)")
        if fragments and start < fragments[-1][1]:
            bad("fragments overlap or are out of order")
        fragments.append((start, end))
    expected = " ".join(doc.text[s:e] for s, e in fragments)
    if tail is not None and tail != expected:
        bad(f"the text {tail[:40]!r} is not what the .txt holds at {offsets} "
            f"({expected[:40]!r})")
    doc.spans[ident] = BratSpan(ident, kind, fragments, number)


# ---- placing --------------------------------------------------------------------------


@dataclass
class BratImport:
    """What an import would add, and what it left out and why."""

    annotations: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not added, with the reason
    warnings: list[str] = field(default_factory=list)  # added, but something was dropped


def plan_brat_import(txt: str, ann: str, data: ProjectData, article_id: str,
                     source: str) -> BratImport:
    """Read a .txt/.ann pair and map it onto one live article of the project."""
    # The texts first: a different .txt would otherwise fail on some T line, less clearly.
    _article_with_text(_brat_text(txt), data, article_id, source)
    return place_brat(read_brat(txt, ann, source), data, article_id, source)


def _article_with_text(text: str, data: ProjectData, article_id: str, source: str) -> Article:
    art = next((a for a in data.articles if a.id == article_id and not a.deleted_at), None)
    if art is None:
        raise ImportFailed(f"{source}: no article with id {article_id!r} in the project")
    if text != art.text:
        at = len(os.path.commonprefix([text, art.text]))
        raise ImportFailed(f"{source}: the .txt is not the text of article {art.title!r} "
                           f"(they differ from character {at}); offsets would be wrong")
    return art


def place_brat(doc: BratDocument, data: ProjectData, article_id: str,
               source: str) -> BratImport:
    """The annotations to add to the article (fresh ids). The .txt must be its text."""
    art = _article_with_text(doc.text, data, article_id, source)
    result = BratImport(warnings=list(doc.warnings))
    by_type = {name.casefold(): cid for cid, name in brat_type_names(data).items()}
    by_name = {_key(c.name): c.id for c in reversed(data.categories)}
    taken = {(a.category_id, a.start, a.end) for a in data.annotations
             if a.article_id == art.id and not a.deleted_at and not a.orphaned_at}
    built: dict[str, Annotation] = {}
    mention_party: dict[str, str | None] = {}
    for span in doc.spans.values():
        where = f"{span.id} (line {span.line})"
        category_id = (by_type.get(span.type.casefold())
                       or by_name.get(_key(span.type.replace("_", " "))))
        if category_id is None:
            result.skipped.append(f"{where}: no category for the brat type {span.type!r}")
            continue
        start, end = span.fragments[0][0], span.fragments[-1][1]
        gaps = (art.text[a[1] : b[0]] for a, b in pairwise(span.fragments))
        if any(gap.strip() for gap in gaps):
            result.skipped.append(f"{where}: discontinuous spans are not supported")
            continue
        if start == end:
            result.skipped.append(f"{where}: empty span")
            continue
        if category_id == "party":
            mention_party[span.id] = _mention_party(doc, span.id, art.text[start:end], data)
        if (category_id, start, end) in taken:
            result.skipped.append(f"{where}: already annotated the same way")
            continue
        taken.add((category_id, start, end))
        prefix, suffix = context(art.text, start, end)
        ann = Annotation(
            id=new_id(), article_id=art.id, category_id=category_id, start=start, end=end,
            exact=art.text[start:end], prefix=prefix, suffix=suffix,
            note="\n".join(doc.notes.get(span.id, [])),
            status=_status(doc, span.id, data, where, result),
            rating=_rating(doc, span.id, where, result),
            party_id=mention_party.get(span.id),
        )
        built[span.id] = ann
        result.annotations.append(ann)
    _link_parties(doc, data, built, mention_party, result)
    for tid in built:
        for name in sorted(doc.attributes.get(tid, {}).keys() - {"Status", "Rating"}):
            result.warnings.append(f"{tid}: attribute {name!r} is not supported; ignored")
        for kind in sorted(doc.comments.get(tid, {}).keys() - {c for _a, _r, c in _LINKS}):
            result.warnings.append(f"{tid}: {kind!r} comments are not supported; ignored")
    return result


def _status(doc: BratDocument, tid: str, data: ProjectData, where: str, result) -> str:
    value = doc.attributes.get(tid, {}).get("Status")
    if value is None:
        return DEFAULT_STATUS
    statuses = data.statuses or list(BUILTIN_STATUSES)
    if value in {s.id for s in statuses}:
        return value
    result.warnings.append(f"{where}: unknown status {value!r}; set to {DEFAULT_STATUS!r}")
    return DEFAULT_STATUS


def _rating(doc: BratDocument, tid: str, where: str, result) -> str | None:
    value = doc.attributes.get(tid, {}).get("Rating")
    if value is not None and value not in RATING_BY_ID:
        result.warnings.append(f"{where}: unknown rating {value!r} left out")
        return None
    return value


def _party_named(data: ProjectData, name: str) -> Party | None:
    """The one live party with that name or alias; None when none or several."""
    found = [p for p in data.parties if not p.deleted_at
             and _key(name) in {_key(n) for n in (p.name, *p.aliases)}]
    return found[0] if len(found) == 1 else None


def _mention_party(doc: BratDocument, tid: str, text: str, data: ProjectData) -> str | None:
    """The party a mention names: its Reference line, else its text as a name or alias."""
    db, ref, name = doc.references.get(tid, ("", "", ""))
    if db == PARTY_DB:
        party = _live_party(data, ref) or _party_named(data, name)
        if party is not None:
            return party.id
    party = _party_named(data, text)
    return party.id if party is not None else None


def _link_parties(doc, data, built, mention_party, result) -> None:
    """Speaker and claimant from R lines, else from the name comments."""
    attrs = {relation: attr for attr, relation, _comment in _LINKS}
    for kind, arg1, arg2, number in doc.relations:
        if kind not in attrs:
            result.warnings.append(f"line {number}: relation type {kind!r} is not supported; "
                                   "ignored")
            continue
        if arg2 not in built:
            continue  # the annotation itself was skipped, and reported
        party_id = mention_party.get(arg1)
        if party_id is None:
            result.warnings.append(f"line {number}: {arg1} names no party of this project; "
                                   f"{kind.lower()} left out")
            continue
        setattr(built[arg2], attrs[kind], party_id)
    for tid, ann in built.items():
        for attr, _relation, comment in _LINKS:
            name = doc.comments.get(tid, {}).get(comment)
            if name is None or getattr(ann, attr):
                continue
            party = _party_named(data, name)
            if party is None:
                result.warnings.append(f"{tid}: {comment[:-4].lower()} {name!r} is not a party "
                                       "of this project; left out")
            else:
                setattr(ann, attr, party.id)
