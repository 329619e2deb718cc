"""Shared by the evaluation sets' builders (suggest/build.py, suggest-heldout/build.py):
the annotation types, the offset computation, the checks and the command line.

An article is written as text with its annotations as text (never as offsets); `main`
writes one JSON file per article into the builder's folder, refuses incomplete or
inconsistent annotations (see `check`), and is deterministic: same input, same bytes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

NBSP, NNBSP = "\u00a0", "\u202f"
PER, ORG = "person", "organisation"
DATE = "date"
QUOTE_MARKS = "«»‹›“”„‟‘’‚‛\"'"
MONEY = frozenset({"EUR", "USD", "GBP", "CHF", "JPY", "CAD"})
ELLIPSIS = " ... "


@dataclass(frozen=True)
class Q:
    span: str
    speaker: str
    n: int | None = None


@dataclass(frozen=True)
class F:
    span: str
    value: int | float | str | None
    unit: str
    n: int | None = None


@dataclass(frozen=True)
class P:
    alias: str
    name: str
    kind: str


@dataclass
class Article:
    id: str
    lang: str
    body: str
    quotes: list[Q]
    figures: list[F]
    parties: list[P]
    not_figures: list[str] = field(default_factory=list)
    not_quotes: list[str] = field(default_factory=list)
    not_parties: list[str] = field(default_factory=list)


# ---- building -----------------------------------------------------------------------------


class BuildError(ValueError):
    pass


def typeset(s: str) -> str:
    """The two marks of this file as the characters they stand for."""
    return s.replace("~", NBSP).replace("^", NNBSP)


def article_text(body: str) -> str:
    """Paragraphs split on blank lines, each joined into one line; marks typeset."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(body).strip())
    joined = [" ".join(line.strip() for line in p.splitlines()) for p in paragraphs]
    return typeset("\n\n".join(joined))


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def at_boundary(text: str, start: int, end: int) -> bool:
    """No word (or number: "6,2" around "2") is cut at either edge of text[start:end]."""
    if start > 0 and _word_char(text[start]):
        before = text[start - 1]
        if _word_char(before) or (before in ",." and start > 1 and text[start - 2].isdigit()):
            return False
    if end < len(text) and _word_char(text[end - 1]):
        after = text[end]
        if _word_char(after) or (after in ",." and end + 1 < len(text)
                                 and text[end + 1].isdigit()):
            return False
    return True


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of needle, or of "head ... tail" (the nearest tail)."""
    if ELLIPSIS in needle:
        head, tail = needle.split(ELLIPSIS)
        found = []
        for start, head_end in occurrences(text, head):
            for tail_start, end in occurrences(text, tail):
                if tail_start >= head_end:
                    found.append((start, end))
                    break
        return found
    spans, i = [], text.find(needle)
    while i >= 0:
        if at_boundary(text, i, i + len(needle)):
            spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


def locate(text: str, spec: str, n: int | None) -> tuple[int, int]:
    spans = occurrences(text, typeset(spec))
    if not spans:
        raise BuildError(f"not found: {spec!r}")
    if n is None:
        if len(spans) > 1:
            raise BuildError(f"{len(spans)} occurrences, say which (n=): {spec!r}")
        return spans[0]
    if not 1 <= n <= len(spans):
        raise BuildError(f"no occurrence n={n} (of {len(spans)}): {spec!r}")
    return spans[n - 1]


def party_mentions(text: str, parties: list[P], blocked: list[tuple[int, int]]) -> list[dict]:
    taken = list(blocked)
    mentions = []
    for party in sorted(parties, key=lambda p: -len(p.alias)):
        found = False
        for start, end in occurrences(text, typeset(party.alias)):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            mentions.append({"start": start, "end": end, "text": text[start:end],
                             "name": typeset(party.name), "kind": party.kind})
            found = True
        if not found:
            raise BuildError(f"party alias never mentioned on its own: {party.alias!r}")
    return sorted(mentions, key=lambda m: (m["start"], m["end"]))


def normalised_value(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def build(a: Article) -> dict:
    """The JSON document of one article; BuildError when an annotation is not found."""
    text = article_text(a.body)
    quotes, figures, distractors = [], [], []
    for q in a.quotes:
        start, end = locate(text, q.span, q.n)
        quotes.append({"start": start, "end": end, "text": text[start:end],
                       "speaker": typeset(q.speaker)})
    for f in a.figures:
        start, end = locate(text, f.span, f.n)
        figures.append({"start": start, "end": end, "text": text[start:end],
                        "value": normalised_value(f.value), "unit": f.unit})
    for category, specs in (("figure", a.not_figures), ("quote", a.not_quotes),
                            ("party", a.not_parties)):
        for spec in specs:
            spans = occurrences(text, typeset(spec))
            if category == "quote":  # the quoted term itself, not the same words elsewhere
                spans = [(s, e) for s, e in spans if text[:s].rstrip()[-1:] in QUOTE_MARKS]
            if not spans:
                raise BuildError(f"distractor not found: {spec!r}")
            distractors += [{"start": s, "end": e, "text": text[s:e], "category": category}
                            for s, e in spans]
    blocked = [(d["start"], d["end"]) for d in distractors if d["category"] == "party"]
    parties = party_mentions(text, a.parties, blocked)

    def by_position(items):
        return sorted(items, key=lambda x: (x["start"], x["end"]))

    return {"id": a.id, "lang": a.lang, "text": text, "quotes": by_position(quotes),
            "figures": by_position(figures), "parties": parties,
            "distractors": sorted(distractors,
                                  key=lambda d: (d["start"], d["end"], d["category"]))}


# ---- checks ---------------------------------------------------------------------------------

OPENERS = {"«": "»", "“": "”"}
CLOSERS = {"»", "”"}
# Number words a figure may be written with (from ten up, and magnitudes); smaller numbers
# in words ("deux syndicats", "three years") are not figures by the README's conventions.
NUMBER_WORDS = re.compile(
    r"(?<![\w-])(?:millions?|milliards?|milliers|mille|centaines?|dizaines?|douzaines?|"
    r"vingtaines?|trentaines?|quarantaines?|cinquantaines?|dix|dix-\w+|onze|douze|treize|"
    r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cent|"
    r"billions?|trillions?|thousands?|hundreds?|dozens?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?![\w-])", re.IGNORECASE)
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def quoted_regions(text: str) -> list[tuple[int, int, int]]:
    """(start, end, depth) of the text inside « », “ ” and straight double quotes.

    A region never crosses a paragraph: a quotation left open at the end of a paragraph
    (the English convention for quotations running over several paragraphs) ends there.
    """
    regions = []
    offset = 0
    for paragraph in text.split("\n\n"):
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(paragraph):
            if ch == '"' and stack and stack[-1][0] == '"':
                opener, start = stack.pop()
                regions.append((offset + start, offset + i, len(stack)))
            elif ch in OPENERS or ch == '"':
                stack.append((ch, i + 1))
            elif ch in CLOSERS and stack and OPENERS.get(stack[-1][0]) == ch:
                _, start = stack.pop()
                regions.append((offset + start, offset + i, len(stack)))
        while stack:
            _, start = stack.pop()
            regions.append((offset + start, offset + len(paragraph), len(stack)))
        offset += len(paragraph) + 2
    return sorted(regions)


def edge_ok(ch: str) -> bool:
    """A quote span starts and ends on a word character or a quotation mark (as the app's
    selection snapping leaves it): never on a space or other punctuation."""
    return ch.isalnum() or ch in QUOTE_MARKS


def check(a: Article, doc: dict) -> list[str]:
    """Everything wrong with one built article, as sentences."""
    text = doc["text"]
    problems = []
    if unicodedata.normalize("NFC", text) != text:
        problems.append("text is not NFC")
    if " ... " in text or "..." in text:
        problems.append("text holds '...', the span separator")
    if re.search(r"[ \u00a0\u202f]{2}|[~^]", text):
        problems.append("two spaces in a row, or a stray typesetting mark")
    words = len(text.split())
    if not 150 <= words <= 400:
        problems.append(f"{words} words, not 150-400")
    if doc["lang"] not in ("fr", "en"):
        problems.append(f"unknown language {doc['lang']!r}")

    for key in ("quotes", "figures", "parties"):
        spans = sorted((x["start"], x["end"]) for x in doc[key])
        for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                problems.append(f"{key} overlap: {text[s1:e1]!r} and {text[s2:e2]!r}")

    names = {p["name"] for p in doc["parties"]}
    regions = quoted_regions(text)
    for q in doc["quotes"]:
        s, e, span = q["start"], q["end"], q["text"]
        if not (edge_ok(span[0]) and edge_ok(span[-1])):
            problems.append(f"quote with space or punctuation at an edge: {span!r}")
        if "\n" in span:
            problems.append(f"quote across paragraphs: {span[:40]!r}")
        if len(span.split()) < 4:
            problems.append(f"quote of fewer than four words (a term): {span!r}")
        if q["speaker"] and q["speaker"] not in names:
            problems.append(f"speaker is no party's name: {q['speaker']!r}")
        inside = any(rs <= s and e <= re_ for rs, re_, _ in regions)
        single = (text[:s].rstrip()[-1:] in "'‘" and text[e:e + 1] in "'’")
        if not (inside or single):
            problems.append(f"quote outside quotation marks: {span[:40]!r}")
    quote_spans = [(q["start"], q["end"]) for q in doc["quotes"]]
    terms = [(d["start"], d["end"]) for d in doc["distractors"] if d["category"] == "quote"]
    for rs, re_, _depth in regions:
        inner = text[rs:re_]
        if not inner.strip():
            continue
        holds_quote = any(rs <= s and e <= re_ for s, e in quote_spans)
        within_quote = any(s <= rs and re_ <= e for s, e in quote_spans)
        is_term = any(rs <= s and e <= re_ for s, e in terms)
        if not (holds_quote or within_quote or is_term):
            problems.append(f"quoted passage neither quote nor distractor: {inner[:40]!r}")

    covered = [(f["start"], f["end"]) for f in doc["figures"]]
    covered += [(d["start"], d["end"]) for d in doc["distractors"] if d["category"] == "figure"]

    def is_covered(s: int, e: int) -> bool:
        return any(cs <= s and e <= ce for cs, ce in covered)

    for m in re.finditer(r"\d+", text):
        if not is_covered(m.start(), m.end()):
            problems.append(f"number outside every figure and distractor: "
                            f"{text[max(0, m.start() - 20):m.end() + 20]!r}")
    for m in NUMBER_WORDS.finditer(text):
        if not is_covered(m.start(), m.end()):
            problems.append(f"number word outside every figure and distractor: "
                            f"{text[max(0, m.start() - 20):m.end() + 20]!r}")
    for f in doc["figures"]:
        value, unit, span = f["value"], f["unit"], f["text"]
        if unit == DATE:
            if not (isinstance(value, str) and ISO_DATE.fullmatch(value)):
                problems.append(f"date value not ISO 8601: {value!r}")
            else:
                parts = [int(x) for x in value.split("-")] + [1, 1]
                try:
                    datetime.date(*parts[:3])
                except ValueError:
                    problems.append(f"no such date: {value!r}")
        elif value is not None and (isinstance(value, bool)
                                    or not isinstance(value, int | float)):
            problems.append(f"figure value neither number nor null: {value!r}")
        if not (unit in ("", "%", DATE) or unit in MONEY or unit in span):
            problems.append(f"unit neither '', %, date, a currency nor in the span: {unit!r}")
    for p in doc["parties"]:
        if p["kind"] not in (PER, ORG):
            problems.append(f"unknown party kind {p['kind']!r}")
    return problems


def render(doc: dict) -> str:
    """The file's bytes (as text): two-space indents, invisible spaces written as escapes."""
    out = json.dumps(doc, ensure_ascii=False, indent=2)
    return out.replace(NBSP, "\\u00a0").replace(NNBSP, "\\u202f") + "\n"


def render_all(articles: list[Article]) -> dict[str, str]:
    """{file name: content} for every article; BuildError naming every problem found."""
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        raise BuildError("two articles share an id")
    files, errors = {}, []
    for a in articles:
        try:
            doc = build(a)
        except BuildError as exc:
            errors.append(f"{a.id}: {exc}")
            continue
        errors += [f"{a.id}: {problem}" for problem in check(a, doc)]
        files[f"{a.id}.json"] = render(doc)
    if errors:
        raise BuildError("\n".join(errors))
    return files


def review(articles: list[Article]) -> str:
    """Capitalised words that no party covers, away from a sentence start: to read by eye."""
    lines = []
    for a in articles:
        doc = build(a)
        text = doc["text"]
        covered = [(p["start"], p["end"]) for p in doc["parties"]]
        seen = []
        for m in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][\w’'.-]*", text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            before = text[:m.start()].rstrip(" \u00a0\u202f«“\"‘'(")
            if not before or before[-1] in ".:!?\n":
                continue
            seen.append(m.group())
        lines.append(f"{a.id}: {', '.join(dict.fromkeys(seen))}")
    return "\n".join(lines)


def main(articles: list[Article], folder: Path, description: str,
         argv: list[str] | None = None) -> int:
    """The builders' command line: write, --check or --review the files in `folder`."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a file differs from what it would be")
    parser.add_argument("--review", action="store_true",
                        help="list capitalised words outside every party, to check by eye")
    args = parser.parse_args(argv)
    if args.review:
        print(review(articles))
        return 0
    try:
        files = render_all(articles)
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    existing = {p.name for p in folder.glob("*.json")}
    stale = sorted(existing - set(files))
    changed = sorted(name for name, content in files.items()
                     if not (folder / name).is_file()
                     or (folder / name).read_text("utf-8") != content)
    if args.check:
        for name in stale + changed:
            print(f"out of date: {name}", file=sys.stderr)
        return 1 if stale or changed else 0
    for name in stale:
        (folder / name).unlink()
    for name in changed:
        (folder / name).write_text(files[name], "utf-8")
    print(f"{len(files)} articles, {len(changed)} written, {len(stale)} removed")
    return 0
