"""Full-text search over the project: article titles and texts, annotations' words and notes.

What the user types is never handed to FTS5 as it is. `parse_query` keeps only words
(letters and digits, as the index's tokenizer sees them) and rebuilds the query from them:
each term is a quoted FTS5 string, so no character typed (`"`, `*`, `-`, `:`, `^`,
`NEAR(`, brackets, an unbalanced quote) can be read as syntax or raise. Understood:
  words               every word must be there (AND); "l'entreprise" is one phrase
  "quoted phrase"     those words in that order (an unclosed quote runs to the end)
  word*               a prefix; the last word typed is one too, unless followed by a space
                      (search as you type), when it has two letters or more
  -word, -"phrase"    leaves out what holds it

`search` runs one query per index, each ranking its matches and cutting snippets (FTS5's
snippet(), hits between HIT_START and HIT_END) for the rows it returns only: articles by
bm25 with the title weighted ten times the text, annotations by bm25's length
normalisation among the most recent matches (see `_ranked_annotations`). Both lists are
merged by score relative to the best hit of each (see `_relative`). For the article hits
returned, the first hit in the text is located in Python (`annotator.core.folding`).
Deleted articles, deleted annotations and annotations of deleted articles are left out.
See docs/design.md, "Search (issue 7)".
"""

from __future__ import annotations

import heapq
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from annotator.core.folding import WORD_CHAR, words_pattern

# Snippets mark hits with these: Unicode noncharacters, set aside for a program's own
# use, so press copy does not hold them and they cannot be taken for markup.
HIT_START = "\ufdd0"
HIT_END = "\ufdd1"
ELLIPSIS = "…"
SNIPPET_TOKENS = 16
TITLE_WEIGHT = 10.0
PAGE_SIZE = 50
# Annotations are ranked among the most recent this many live matches; more (a common word
# in 500,000 annotations) follow, newest first, after every ranked hit. Ranking and cutting
# snippets for 50,000 matches would cost more than the whole article search.
ANNOTATION_RANK_WINDOW = 200
_UNRANKED = float("inf")
MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MIN_TYPED_PREFIX = 2

_TOKEN = re.compile(WORD_CHAR + "+")
# A quoted phrase (closed or not, maybe negated, maybe a prefix) or a run of non-spaces.
_PIECE = re.compile(r'(-?)"([^"]*)("?)(\*?)|(\S+)')


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    @property
    def fts(self) -> str | None:
        """The FTS5 MATCH expression, or None when nothing can match (no positive word)."""
        positive = [t.fts() for t in self.terms if not t.negated]
        if not positive:
            return None
        query = " AND ".join(positive)
        negative = [t.fts() for t in self.terms if t.negated]
        if negative:
            query = f"({query}) NOT ({' OR '.join(negative)})"
        return query

    def patterns(self) -> list[re.Pattern[str]]:
        """One expression per positive term, folding accents and case (see folding.py)."""
        return [re.compile(words_pattern(t.words, t.prefix))
                for t in self.terms if not t.negated]

    def first_hit(self, text: str,
                  patterns: list[re.Pattern[str]] | None = None) -> tuple[int, int] | None:
        """(start, end) in code points of the first place a positive term is in `text`.
        Each term is searched for alone: a pattern starting with a letter's class is
        scanned for in C, an alternation of several is not."""
        spans = [m.span() for p in (self.patterns() if patterns is None else patterns)
                 if (m := p.search(text)) is not None]
        return min(spans) if spans else None


def parse_query(text: str) -> ParsedQuery:
    """What the user typed, as terms (see the module's docstring). Never raises."""
    text = unicodedata.normalize("NFC", (text or "")[:MAX_QUERY_CHARS])
    terms: list[Term] = []
    pieces = list(_PIECE.finditer(text))
    for n, piece in enumerate(pieces):
        last = n == len(pieces) - 1 and not text[piece.end():]  # still being typed
        negated, phrase, closed, star, bare = piece.groups()
        if bare is not None:
            negated = bare.startswith("-")
            star = bare.endswith("*")
            words = tuple(_TOKEN.findall(bare))
        else:
            negated, star = bool(negated), bool(star)
            words = tuple(_TOKEN.findall(phrase))
            if closed:
                last = False  # a closed quote is a phrase as typed
        if not words:
            continue
        typed = last and not (bare or phrase)[-1:].isspace()
        prefix = star or (typed and len(words[-1]) >= MIN_TYPED_PREFIX)
        terms.append(Term(words, prefix, negated))
    return ParsedQuery(tuple(terms[:MAX_TERMS]))


@dataclass(frozen=True)
class SearchHit:
    """One result. Offsets are code points of the article's stored text.

    kind "article": `start`/`end` is the first hit in the text (None when only the title
    matches); kind "annotation": the annotation's span (`orphaned`: it has no place since
    a revision of the text, its span is where it was). `snippet` and `title_marked` carry
    HIT_START/HIT_END around hits; they are plain text otherwise, never markup.
    """

    kind: str
    article_id: str
    title: str
    annotation_id: str | None
    snippet: str
    start: int | None
    end: int | None
    category_id: str | None = None
    orphaned: bool = False
    title_marked: str = ""
    relevance: float = 0.0  # 1.0 for the best hit of its kind; 0.0: not ranked

    @property
    def length(self) -> int | None:
        return None if self.start is None or self.end is None else self.end - self.start


# FTS5 sorts by `rank` (here bm25 with the title weighted) and returns rows in that order,
# so the snippet and the title's highlight are made for the rows returned only, as in the
# plain query `... order by rank limit 50`. Deleted articles are left out through a small
# partial index (m012), not by reading each article's row.
_ARTICLES_RANKED = f"""
select f.rowid, f.rank, a.id, a.title, highlight(articles_fts, 0, {{marks}}),
       snippet(articles_fts, 1, {{marks}}, '{ELLIPSIS}', {SNIPPET_TOKENS})
from articles_fts f join articles a on a.rowid = f.rowid
where articles_fts match :q and f.rank match 'bm25({TITLE_WEIGHT}, 1.0)'
  and f.rowid not in (select rowid from articles where deleted_at is not null) {{only}}
order by f.rank limit :want"""

# The window: the most recent live matches, each with its length and snippet; then the
# best `want` of them, with the window's average length, size and oldest rowid.
_ANNOTATIONS_RANKED = f"""
with w as (
  select f.rowid, n.id, n.article_id, n.category_id, n.start, n."end", n.orphaned_at,
         length(n.exact) + coalesce(length(n.note), 0) as dl,
         snippet(annotations_fts, -1, {{marks}}, '{ELLIPSIS}', {SNIPPET_TOKENS}) as snippet
  from annotations_fts f join annotations n on n.rowid = f.rowid
  where annotations_fts match :q and n.deleted_at is null
    and n.article_id not in (select id from articles where deleted_at is not null) {{only}}
  order by f.rowid desc limit :window),
best as (select * from w order by dl, rowid desc limit :want)
select best.*, a.title, (select avg(dl) from w), (select count(*) from w),
       (select min(rowid) from w)
from best join articles a on a.id = best.article_id
order by best.dl, best.rowid desc"""

_ANNOTATIONS_BEYOND = f"""
select f.rowid, n.id, n.article_id, n.category_id, n.start, n."end", n.orphaned_at, 0,
       snippet(annotations_fts, -1, {{marks}}, '{ELLIPSIS}', {SNIPPET_TOKENS}), a.title
from annotations_fts f join annotations n on n.rowid = f.rowid
join articles a on a.id = n.article_id
where annotations_fts match :q and f.rowid < :below
  and n.deleted_at is null and a.deleted_at is null {{only}}
order by f.rowid desc limit :want"""
_MARKS = f"'{HIT_START}', '{HIT_END}'"
# bm25's constants (FTS5's): how much a term's repetition counts, how much length does.
_K1, _B = 1.2, 0.75


def search(conn: sqlite3.Connection, query: str | ParsedQuery, limit: int = PAGE_SIZE,
           offset: int = 0, article_id: str | None = None) -> list[SearchHit]:
    """Hits `offset` to `offset + limit` of the whole result list, best first."""
    parsed = parse_query(query) if isinstance(query, str) else query
    fts = parsed.fts
    if fts is None or limit <= 0:
        return []
    offset = max(0, offset)
    want = offset + limit
    try:
        articles = _relative(_ranked_articles(conn, fts, want, article_id))
        annotations = _ranked_annotations(conn, fts, want, article_id)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc):  # a query the index cannot read: nothing matches it
            return []
        raise
    # Each list is sorted; on a tie the article comes first (kind 0).
    merged = heapq.merge(articles, annotations, key=lambda r: (r[0], r[1]))
    page = [hit for _, hit in zip(range(want), merged, strict=False)][offset:]
    first_hits = _first_hits(conn, parsed, [hit[2] for hit in page if hit[1] == 0])
    return [_hit(score, kind, rowid, row, first_hits) for score, kind, rowid, row in page]


def _relative(ranked: list[tuple]) -> list[tuple]:
    """Scores as a share of the best one (-1.0 for it), to sort ascending with the others.

    bm25 scores of two indexes are not on one scale: a short annotation holding a word
    scores far above an article holding it, and a raw merge showed no article at all in
    the first pages of common words. Relative to the best hit of its kind, the best
    article and the best annotation stand side by side, and the order does not change
    from page to page (the best hit is always fetched)."""
    if not ranked or not ranked[0][0] < 0:
        return ranked
    scale = -ranked[0][0]
    return [(score / scale, *rest) for score, *rest in ranked]


def _ranked_articles(conn, fts: str, want: int, article_id: str | None) -> list[tuple]:
    """(bm25 score, 0, rowid, row) for the best `want` live articles."""
    only, params = "", {"q": fts, "want": want}
    if article_id is not None:
        only = "and f.rowid = (select rowid from articles where id = :article)"
        params["article"] = article_id
    rows = conn.execute(_ARTICLES_RANKED.format(marks=_MARKS, only=only), params).fetchall()
    return [(r[1], 0, r[0], r) for r in rows]


def _ranked_annotations(conn, fts: str, want: int, article_id: str | None) -> list[tuple]:
    """(relative score, 1, rowid, row) for the best `want` live annotations.

    Ranked: the ANNOTATION_RANK_WINDOW most recent live matches, by bm25's length
    normalisation alone. Within one query every annotation found holds every word of it
    (AND), rarely twice in a span or a note, and the words' rarity (idf) is one number for
    all of them: length is what sets bm25's order between annotations. bm25() itself
    would first read every match of every word to count them (3-5 ms for a common word
    or a phrase in 500,000 annotations). More matches than the window follow, newest
    first, after every ranked hit (relative score +inf)."""
    only = "and +n.article_id = :article" if article_id is not None else ""
    params = {"q": fts, "want": want, "window": ANNOTATION_RANK_WINDOW,
              "article": article_id}
    rows = conn.execute(_ANNOTATIONS_RANKED.format(marks=_MARKS, only=only),
                        params).fetchall()
    if not rows:
        return []
    average, size, oldest = rows[0][-3:]

    def weight(length: int) -> float:  # bm25 for a word found once, its rarity aside
        return 1.0 / (1.0 + _K1 * (1.0 - _B + _B * length / (average or 1.0)))

    best = weight(rows[0][7])
    found = [(-weight(r[7]) / best, 1, r[0], r[:10]) for r in rows]
    if len(found) < want and size == ANNOTATION_RANK_WINDOW:
        params.update(below=oldest, want=want - len(found))
        rows = conn.execute(_ANNOTATIONS_BEYOND.format(marks=_MARKS, only=only),
                            params).fetchall()
        found += [(_UNRANKED, 1, r[0], r) for r in rows]
    return found


def _hit(score: float, kind: int, rowid: int, row: tuple,
         first_hits: dict[int, tuple[int, int]]) -> SearchHit:
    relevance = -score if score != _UNRANKED else 0.0
    if kind == 0:
        _, _, article_id, title, title_marked, snippet = row
        start, end = first_hits.get(rowid, (None, None))
        return SearchHit("article", article_id, title, None, snippet, start, end,
                         title_marked=title_marked, relevance=relevance)
    _, annotation_id, article_id, category, start, end, orphaned_at, _, snippet, title = row
    return SearchHit("annotation", article_id, title, annotation_id, snippet, start, end,
                     category_id=category, orphaned=orphaned_at is not None,
                     title_marked=title, relevance=relevance)


def _first_hits(conn, parsed: ParsedQuery, rowids: list[int]) -> dict[int, tuple[int, int]]:
    """rowid → (start, end) of the first hit in each article's text, in code points.

    Found in Python because FTS5 gives no positions (its offsets would be UTF-8 bytes of
    tokens anyway): the terms become an accent- and case-folding expression that `re`
    runs over the stored text itself, so a match's span is already in code points of it.
    """
    patterns = parsed.patterns()
    if not patterns or not rowids:
        return {}
    found = {}
    marks = ", ".join("?" * len(rowids))
    for rowid, text in conn.execute(f"select rowid, text from articles where rowid in ({marks})",
                                    rowids):
        span = parsed.first_hit(text, patterns)
        if span is not None:
            found[rowid] = span
    return found


def marked_segments(marked: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_hit) pieces, markers removed; unbalanced markers are harmless."""
    out: list[tuple[str, bool]] = []
    hit = False
    for piece in re.split(f"([{HIT_START}{HIT_END}])", marked):
        if piece == HIT_START:
            hit = True
        elif piece == HIT_END:
            hit = False
        elif piece:
            out.append((piece, hit))
    return out


def unmarked(marked: str) -> str:
    return marked.replace(HIT_START, "").replace(HIT_END, "")
