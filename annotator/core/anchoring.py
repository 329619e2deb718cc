"""Re-anchoring annotations when an article's text is replaced by a corrected version.

Every annotation keeps its span (code points of the text it was made on), its exact text
and up to 32 characters of context on each side (`core.text.context`). When the text is
revised, each annotation is placed again, most reliable evidence first:

1. Through the diff: its first and last characters are followed from the old text into
   the new one. If the new span reads exactly as before, it is placed (confidence 1).
2. By its exact text near where the diff puts it (then anywhere in the text), choosing
   between repeats by how well the text around each agrees with the stored prefix and
   suffix.
3. Fuzzily, when the annotated words were themselves edited: the span the diff gives, and
   diff-match-patch's Bitap search for the text (its first and last 32 characters
   separately when it is longer: Bitap works on 32-bit masks).

A candidate of steps 2 and 3 is accepted only when its confidence reaches `ACCEPT`:
confidence = similarity of the text x (1/2 + 1/2 agreement of the context), both in 0..1
(`similarity`: Levenshtein distance over the longer length; `agreement`: shared
three-character sequences). Below it the annotation is an *orphan*: it is reported, never
deleted, and an editor places it by hand.

The diff is computed once per revision. diff-match-patch's Myers diff costs O(N x D): a
text made ten times longer, or retouched in every paragraph, would run into its time
limit and come back as "all deleted, all inserted". So paragraphs are aligned first
(difflib's SequenceMatcher over whole paragraphs: a paragraph inserted or left alone
costs a hash), paragraphs found once, word for word, among those deleted and those
inserted have moved, long stretches of changed paragraphs are aligned sentence by
sentence, and only what is left is diffed character by character by diff-match-patch,
under one time budget for the whole revision.

Pure Python: no Qt, no store. All positions are code points of NFC text.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate

from diff_match_patch import diff_match_patch

from annotator.core.text import CONTEXT_LENGTH

DELETE, EQUAL, INSERT = -1, 0, 1

# A placement found other than "same text where the diff puts it" needs this confidence.
# With confidence = text similarity x (0.5 + 0.5 context agreement):
# - the exact text, found elsewhere, needs its context to agree at least half way
#   (unrelated 32-character contexts of press copy agree 0 at the median, under 0.2
#   in 99 cases out of 100);
# - an edited text needs at least 75 % of its characters unchanged, even in an unchanged
#   context ("3,2 %" -> "3,4 %" passes; "40 %" -> "45 %" in another sentence does not).
ACCEPT = 0.75
# A long quote found once, word for word, in both texts is itself: it may have moved to
# another paragraph whose context has nothing in common with the old one.
DISTINCTIVE_LENGTH = 20
DISTINCTIVE_CONFIDENCE = 0.8

# Bitap (diff-match-patch match_main): a match scores errors/length + distance/DISTANCE
# and must score at most THRESHOLD. 0.4 admits up to 40 % of characters wrong at the
# expected place, more than ACCEPT lets through anyway (a text 75 % alike, 25 % wrong,
# may still be 0.15 x 250 = 37 characters away). No match is looked for further than
# THRESHOLD x DISTANCE = 100 characters from where the diff puts the span: the diff has
# already followed the text around it, and Bitap costs time in proportion to the stretch.
MATCH_THRESHOLD = 0.4
MATCH_DISTANCE = 250
MATCH_BITS = 32

# Exact-text search: this far around the expected place first, then the whole text
# (through an index of its words, for words found at most MAX_INDEXED times), scoring
# the contexts of at most MAX_OCCURRENCES occurrences, nearest first.
NEAR = 2000
MAX_OCCURRENCES = 20
MAX_INDEXED = 5000
INDEX_AFTER = 100  # whole-text scans made before the words are indexed (each costs
# about 1 ms a megabyte, indexing about 100 ms: past 100 scans, the index is cheaper)

# Character diffs: pieces up to this size are diffed by diff-match-patch directly; longer
# ones are first aligned by paragraph, then by sentence. Each diff-match-patch call may take
# PIECE_TIMEOUT seconds and all of them DIFF_BUDGET together; a piece left when the
# budget is spent is "deleted and inserted" and its annotations are searched for instead.
CHAR_DIFF_LIMIT = 20_000
# A paragraph at least this long found once in what was deleted and once in what was
# inserted, word for word, has moved (editors reorder paragraphs).
MIN_MOVED = 20
PIECE_TIMEOUT = 0.2
DIFF_BUDGET = 1.0

_PARAGRAPHS = re.compile(r"[^\n]*\n+|[^\n]+")
# A sentence with its end mark and the spaces after it; every character falls in a piece.
_SENTENCES = re.compile(r"[^.!?…\n]+[.!?…]*\s*|[.!?…]+\s*|\n+")
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"(\W+)")


@dataclass(frozen=True)
class Anchor:
    """What is known of one annotation: its span in the old text and the words there."""

    id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    orphaned: bool = False  # already unplaced: start/end refer to an older text


@dataclass(frozen=True)
class Placement:
    """Where an annotation sits in the new text."""

    id: str
    start: int
    end: int
    exact: str  # the new text's words at [start, end)
    confidence: float  # 1.0: found as it was, through the diff
    method: str  # "diff", "search" (its exact text elsewhere) or "fuzzy"

    @property
    def text_changed(self) -> bool:
        return self.method == "fuzzy"


@dataclass(frozen=True)
class Orphan:
    """An annotation that could not be placed with confidence."""

    id: str
    confidence: float  # of the best candidate found (0.0: none at all)


@dataclass
class Reanchoring:
    """Every annotation given, in exactly one of the three lists."""

    unchanged: list[Placement] = field(default_factory=list)  # same span, same words
    moved: list[Placement] = field(default_factory=list)  # another span, or edited words
    orphaned: list[Orphan] = field(default_factory=list)
    diff_seconds: float = 0.0

    def placements(self) -> dict[str, Placement]:
        return {p.id: p for p in (*self.unchanged, *self.moved)}


def reanchor(old_text: str, new_text: str, anchors: Iterable[Anchor]) -> Reanchoring:
    """Place every anchor of `old_text` in `new_text` (see the module's docstring)."""
    anchors = list(anchors)
    result = Reanchoring()
    if old_text == new_text:
        for a in anchors:
            if not a.orphaned and new_text[a.start:a.end] == a.exact and a.exact:
                result.unchanged.append(Placement(a.id, a.start, a.end, a.exact, 1.0, "diff"))
            else:
                result.orphaned.append(Orphan(a.id, 0.0))
        return result
    began = time.perf_counter()
    offsets = OffsetMap(diff_texts(old_text, new_text))
    result.diff_seconds = time.perf_counter() - began
    finder = _Finder(old_text, new_text)
    for a in anchors:
        placed, confidence = finder.place(a, offsets)
        if placed is None:
            result.orphaned.append(Orphan(a.id, round(confidence, 3)))
        elif (placed.start, placed.end) == (a.start, a.end) and not a.orphaned \
                and placed.exact == a.exact:
            result.unchanged.append(placed)
        else:
            result.moved.append(placed)
    return result


# ---- the diff ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Match_Threshold = MATCH_THRESHOLD
    dmp.Match_Distance = MATCH_DISTANCE
    dmp.Diff_Timeout = PIECE_TIMEOUT  # > 0 also turns on its "half match" speed-up
    return dmp


@dataclass
class TextDiff:
    """How the old text became the new one: diff-match-patch style (op, text) pieces that
    spell out both texts in order, and the paragraphs that moved whole (deleted in one
    place and inserted in another, word for word)."""

    pieces: list[tuple[int, str]]
    moves: list[tuple[int, int, int]] = field(default_factory=list)  # old, new, length


def diff_texts(old: str, new: str, budget: float = DIFF_BUDGET) -> TextDiff:
    """The diff of two texts (see the module's docstring), in about `budget` seconds."""
    dmp = _dmp()
    head = dmp.diff_commonPrefix(old, new)
    tail = dmp.diff_commonSuffix(old[head:], new[head:])
    result = TextDiff([(EQUAL, old[:head])] if head else [])
    deadline = time.perf_counter() + budget
    result.pieces += _diff_paragraphs(old[head:len(old) - tail], new[head:len(new) - tail],
                                      head, head, deadline, result.moves)
    if tail:
        result.pieces.append((EQUAL, old[len(old) - tail:]))
    return result


def _diff_paragraphs(a: str, b: str, a0: int, b0: int, deadline: float,
                     moves: list[tuple[int, int, int]]) -> list[tuple[int, str]]:
    """Paragraphs aligned in order by SequenceMatcher; those left over that are found
    once, word for word, on both sides, have moved; the rest is diffed by `_diff`.
    a0, b0: where a and b start in the whole texts (for `moves`)."""
    if not a or not b or a == b:
        return _diff(a, b, 0, deadline)
    ta, tb = _PARAGRAPHS.findall(a), _PARAGRAPHS.findall(b)
    if len(ta) == 1 or len(tb) == 1:
        return _diff(a, b, 1, deadline)
    opcodes = SequenceMatcher(None, ta, tb).get_opcodes()
    loose_a: dict[str, list[int]] = {}
    loose_b: dict[str, list[int]] = {}
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            for i in range(i1, i2):
                loose_a.setdefault(ta[i].rstrip("\n"), []).append(i)
            for j in range(j1, j2):
                loose_b.setdefault(tb[j].rstrip("\n"), []).append(j)
    moved_a: dict[int, int] = {}
    for key, found_a in loose_a.items():
        found_b = loose_b.get(key)
        if len(key) >= MIN_MOVED and len(found_a) == 1 and found_b and len(found_b) == 1:
            moved_a[found_a[0]] = found_b[0]
    if moved_a:
        starts_a = list(accumulate(map(len, ta), initial=a0))
        starts_b = list(accumulate(map(len, tb), initial=b0))
        moves += [(starts_a[i], starts_b[j], len(ta[i].rstrip("\n")))
                  for i, j in moved_a.items()]
    moved_b = set(moved_a.values())
    out: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            out.append((EQUAL, "".join(ta[i1:i2])))
            continue
        # Each side: stretches of paragraphs to diff, cut by the paragraphs that moved.
        # The k-th stretches of both sides are diffed together, then the k-th moved
        # paragraph of each side follows: both texts stay in order.
        free_a, gone = _cut(ta[i1:i2], range(i1, i2), moved_a)
        free_b, came = _cut(tb[j1:j2], range(j1, j2), moved_b)
        for k in range(max(len(free_a), len(free_b))):
            xs = free_a[k] if k < len(free_a) else []
            ys = free_b[k] if k < len(free_b) else []
            if xs and len(xs) == len(ys):
                # As many paragraphs on both sides (retouched in place): each with its own.
                for x, y in zip(xs, ys, strict=True):
                    out += _diff(x, y, 1, deadline)
            else:
                out += _diff("".join(xs), "".join(ys), 1, deadline)
            if k < len(gone):
                out.append((DELETE, gone[k]))
            if k < len(came):
                out.append((INSERT, came[k]))
    return out


def _cut(paragraphs: list[str], numbers: range,
         moved: dict[int, int] | set[int]) -> tuple[list[list[str]], list[str]]:
    """Stretches of paragraphs between the moved ones, and the moved ones."""
    free: list[list[str]] = [[]]
    gone: list[str] = []
    for number, paragraph in zip(numbers, paragraphs, strict=True):
        if number in moved:
            gone.append(paragraph)
            free.append([])
        else:
            free[-1].append(paragraph)
    return free, gone


def _diff(a: str, b: str, level: int, deadline: float) -> list[tuple[int, str]]:
    """Pieces turning a into b: sentences aligned first when long (level 1), then
    characters by diff-match-patch.

    Not words: SequenceMatcher compares every occurrence of a common word with every
    other (a megabyte of retouched paragraphs took minutes); sentences, like paragraphs,
    are nearly all different from each other.
    """
    if not a or not b:
        return [(DELETE, a)] if a else [(INSERT, b)] if b else []
    if a == b:
        return [(EQUAL, a)]
    if len(a) + len(b) <= CHAR_DIFF_LIMIT or level >= 2:
        return _char_diff(a, b, deadline)
    ta, tb = _SENTENCES.findall(a), _SENTENCES.findall(b)
    if len(ta) == 1 or len(tb) == 1:
        return _char_diff(a, b, deadline)
    out: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb).get_opcodes():
        if tag == "equal":
            out.append((EQUAL, "".join(ta[i1:i2])))
        elif i2 - i1 == j2 - j1:  # as many sentences: each retouched in place
            for x, y in zip(ta[i1:i2], tb[j1:j2], strict=True):
                out += _diff(x, y, 2, deadline)
        else:
            out += _diff("".join(ta[i1:i2]), "".join(tb[j1:j2]), 2, deadline)
    return out


def _char_diff(a: str, b: str, deadline: float) -> list[tuple[int, str]]:
    now = time.perf_counter()
    if now >= deadline:
        return [(DELETE, a), (INSERT, b)]
    dmp = _dmp()
    # diff-match-patch reads its deadline from time.time().
    diffs = dmp.diff_main(a, b, False, time.time() + min(PIECE_TIMEOUT, deadline - now))
    # Coincidental one- or two-letter equalities inside rewritten words are not the same
    # text: folded into the edits, they cannot carry an annotation to a wrong place.
    dmp.diff_cleanupSemantic(diffs)
    return diffs


class OffsetMap:
    """Old positions to new ones through a diff, by bisection (like diff_xIndex, which
    walks the whole diff per call: 10,000 annotations x thousands of pieces)."""

    def __init__(self, diff: TextDiff) -> None:
        self._starts: list[int] = []  # old position where each equal/deleted piece starts
        self._targets: list[int] = []  # its new position
        self._kept: list[bool] = []
        old = new = 0
        for op, text in diff.pieces:
            if not text:
                continue
            if op == INSERT:
                new += len(text)
                continue
            self._starts.append(old)
            self._targets.append(new)
            self._kept.append(op == EQUAL)
            old += len(text)
            if op == EQUAL:
                new += len(text)
        self.old_length, self.new_length = old, new
        moves = sorted(diff.moves)
        self._move_starts = [m[0] for m in moves]
        self._moves = moves

    def map(self, position: int) -> tuple[int, bool]:
        """The new position of the old character at `position`, and whether it is still
        there (False: it was deleted; the position is where the deletion happened)."""
        if position >= self.old_length or not self._starts:
            return self.new_length, False
        i = bisect_right(self._starts, max(0, position)) - 1
        if self._kept[i]:
            return self._targets[i] + position - self._starts[i], True
        j = bisect_right(self._move_starts, position) - 1
        if j >= 0:
            old, new, length = self._moves[j]
            if position < old + length:
                return new + position - old, True
        return self._targets[i], False

    def span(self, start: int, end: int) -> tuple[int, int, bool]:
        """The new span of old [start, end): first to last character; True when both ends
        were kept."""
        new_start, kept_start = self.map(start)
        last, kept_end = self.map(end - 1)
        new_end = last + 1 if kept_end else last
        return new_start, max(new_start, new_end), kept_start and kept_end


# ---- placing one annotation ------------------------------------------------------------


def similarity(a: str, b: str) -> float:
    """1 - Levenshtein distance / longer length: 1.0 for equal texts, ~0 for unrelated."""
    if a == b:
        return 1.0
    dmp = _dmp()
    diffs = dmp.diff_main(a, b, False)
    return max(0.0, 1.0 - dmp.diff_levenshtein(diffs) / max(len(a), len(b)))


def agreement(stored: str, found: str, stored_grams: set[str] | None = None) -> float:
    """How alike two contexts are: the Dice coefficient of their sets of three-character
    sequences (microseconds for 32 characters, against 200 us for a Levenshtein distance
    in Python). It forgives a shift: a word inserted next to the span leaves most of the
    context's trigrams in place. Unrelated 32-character contexts of press copy score 0 at
    the median and under 0.2 in 99 cases out of 100."""
    if stored == found:
        return 1.0
    if len(stored) < 3 or len(found) < 3:
        return similarity(stored, found)
    a = _trigrams(stored) if stored_grams is None else stored_grams
    b = _trigrams(found)
    return 2 * len(a & b) / (len(a) + len(b))


def _trigrams(text: str) -> set[str]:
    return {text[i:i + 3] for i in range(len(text) - 2)}


class _Finder:
    """Places annotations in one new text; built once per revision."""

    def __init__(self, old_text: str, new_text: str) -> None:
        self.old, self.text = old_text, new_text
        self._words: dict[str, list[int]] | None = None  # word -> positions, built lazily
        self._scans = 0  # whole-text searches made without the index

    def place(self, a: Anchor, offsets: OffsetMap) -> tuple[Placement | None, float]:
        """The placement of `a`, or None and the best confidence seen."""
        text, exact = self.text, a.exact
        if not exact or a.start < 0:
            return None, 0.0
        if a.orphaned:  # its offsets are from an older text: only its words can tell
            expected, mapped = min(a.start, len(text)), None
        else:
            start, end, _kept = offsets.span(a.start, a.end)
            if text[start:end] == exact:
                return Placement(a.id, start, end, exact, 1.0, "diff"), 1.0
            expected, mapped = start, (start, end)
        score = _Scorer(self.text, a)
        lo, hi = max(0, expected - NEAR), min(len(text), expected + NEAR + len(exact))
        near = self._find(exact, expected, lo, hi)
        best = score.best(((s, s + len(exact)) for s in near), expected)
        elsewhere: list[int] = []
        if best[0] < ACCEPT:
            elsewhere = self._find_elsewhere(a, expected, lo, hi)
            best = max(best, score.best(((s, s + len(exact)) for s in elsewhere), expected))
        if (best[0] < DISTINCTIVE_CONFIDENCE and len(near) + len(elsewhere) == 1
                and len(exact) >= DISTINCTIVE_LENGTH and self.old.count(exact) == 1):
            # Once in each text, word for word, and long: it is itself, moved.
            s = (near + elsewhere)[0]
            best = max(best, (DISTINCTIVE_CONFIDENCE, -abs(s - expected), s, s + len(exact)))
        if best[0] < ACCEPT and not a.orphaned:
            spans = self._fuzzy(exact, expected)
            if mapped is not None and mapped[0] < mapped[1]:
                spans.append(mapped)
            best = max(best, score.best(spans, expected))
        conf, _distance, start, end = best
        if conf < ACCEPT:
            return None, conf
        words = text[start:end]
        return Placement(a.id, start, end, words, round(conf, 3),
                         "search" if words == exact else "fuzzy"), conf

    # ---- candidates ----

    def _find(self, exact: str, expected: int, lo: int, hi: int) -> list[int]:
        """Where `exact` starts in text[lo:hi], nearest to `expected` first (at most
        MAX_OCCURRENCES: the context decides between them, and further ones would need a
        context that agrees all the more)."""
        text, n = self.text, len(exact)
        after: list[int] = []
        pos = max(lo, expected)
        while len(after) < MAX_OCCURRENCES:
            pos = text.find(exact, pos, hi)
            if pos < 0:
                break
            after.append(pos)
            pos += 1
        before: list[int] = []
        end = min(hi, max(lo, expected) + n - 1)
        while len(before) < MAX_OCCURRENCES:
            pos = text.rfind(exact, lo, end)
            if pos < 0:
                break
            before.append(pos)
            end = pos + n - 1
        return sorted(after + before, key=lambda s: abs(s - expected))[:MAX_OCCURRENCES]

    def _find_elsewhere(self, a: Anchor, expected: int, lo: int, hi: int) -> list[int]:
        """Occurrences of the exact text outside text[lo:hi] (already searched).

        A few are looked for by scanning the text. When many annotations need it (their
        text deleted, or the text rewritten), the text's words are indexed once and the
        exact text is looked for only where its rarest whole word occurs: 10,000 scans of
        a megabyte would take seconds.
        """
        text, exact, n = self.text, a.exact, len(a.exact)
        if self._words is not None or self._scans >= INDEX_AFTER:
            anchors = self._whole_words(a)
            if anchors is None:
                return []  # one of its words is nowhere in the new text
            if anchors:
                offset, positions = min(anchors, key=lambda op: len(op[1]))
                if len(positions) <= MAX_INDEXED:
                    found = [s for s in (p - offset for p in positions)
                             if (s < lo or s + n > hi) and text.startswith(exact, s)]
                    return sorted(found, key=lambda s: abs(s - expected))[:MAX_OCCURRENCES]
        self._scans += 1
        found = self._find(exact, expected, 0, lo + n - 1)
        found += self._find(exact, expected, max(0, hi - n + 1), len(text))
        return sorted((s for s in found if s < lo or s + n > hi),
                      key=lambda s: abs(s - expected))[:MAX_OCCURRENCES]

    def _whole_words(self, a: Anchor) -> list[tuple[int, list[int]]] | None:
        """(offset in the exact text, positions in the new text) of each of its words that
        stood whole (bounded by non-letters); None when one of them is not in the text."""
        if self._words is None:
            self._words = _word_index(self.text)
        exact = a.exact
        open_start = bool(a.prefix) and _WORD.match(a.prefix[-1]) is not None
        open_end = bool(a.suffix) and _WORD.match(a.suffix[0]) is not None
        found = []
        for m in _WORD.finditer(exact):
            if (m.start() == 0 and open_start) or (m.end() == len(exact) and open_end):
                continue  # a piece of a longer word
            positions = self._words.get(m.group())
            if positions is None:
                return None
            found.append((m.start(), positions))
        return found

    def _fuzzy(self, exact: str, expected: int) -> list[tuple[int, int]]:
        """Spans of text like `exact` near `expected`, by Bitap (head and tail if long)."""
        text = self.text
        if len(exact) <= MATCH_BITS:
            loc = _match(text, exact, expected)
            if loc < 0:
                return []
            return [_fit(text, loc, exact)]
        head, tail = exact[:MATCH_BITS], exact[-MATCH_BITS:]
        spans = []
        h = _match(text, head, expected)
        t = _match(text, tail, (h if h >= 0 else expected) + len(exact) - MATCH_BITS)
        if h >= 0 and t >= 0:
            spans.append((_fit(text, h, head)[0], _fit(text, t, tail)[1]))
        elif h >= 0:  # the end was rewritten: assume the length has not changed
            start = _fit(text, h, head)[0]
            spans.append((start, start + len(exact)))
        elif t >= 0:
            end = _fit(text, t, tail)[1]
            spans.append((end - len(exact), end))
        return [(s, e) for s, e in spans if len(exact) / 2 <= e - s <= 2 * len(exact)]


class _Scorer:
    """The confidence of candidate spans for one annotation."""

    def __init__(self, text: str, a: Anchor) -> None:
        self.text, self.a = text, a
        self.prefix_grams = _trigrams(a.prefix)
        self.suffix_grams = _trigrams(a.suffix)
        # The stored context within the span's paragraph, if it reaches beyond it (or
        # the text's start or end: a context shorter than CONTEXT_LENGTH); else None.
        cut = a.prefix.rfind("\n")
        self.prefix_inner = a.prefix[cut + 1:] if cut >= 0 or \
            len(a.prefix) < CONTEXT_LENGTH else None
        cut = a.suffix.find("\n")
        self.suffix_inner = a.suffix[:cut] if cut >= 0 else \
            a.suffix if len(a.suffix) < CONTEXT_LENGTH else None

    def best(self, spans: Iterable[tuple[int, int]],
             expected: int) -> tuple[float, int, int, int]:
        """(confidence, -distance from `expected`, start, end) of the best span; spans come
        nearest first, so the first perfect one ends the search."""
        best = (0.0, 0, 0, 0)
        for start, end in spans:
            if not 0 <= start < end <= len(self.text):
                continue
            key = (self.confidence(start, end), -abs(start - expected), start, end)
            if key[:2] > best[:2]:
                best = key
                if key[0] >= 1.0:
                    break
        return best

    def confidence(self, start: int, end: int) -> float:
        """Text similarity x (1/2 + 1/2 context agreement)."""
        return similarity(self.a.exact, self.text[start:end]) * (
            0.5 + 0.5 * self.context_agreement(start, end))

    def context_agreement(self, start: int, end: int) -> float:
        """How much the text around [start, end) reads like the stored prefix and suffix.

        Context is read within the paragraph: paragraphs are reordered, and what stood
        before a paragraph says nothing of where a span inside it is. A span that began
        (ended) a paragraph, and does again, has no context on that side: neutral, 0.5;
        one that no longer does, 0.
        """
        text = self.text
        if self.prefix_inner is None:
            before = agreement(self.a.prefix, text[max(0, start - len(self.a.prefix)):start],
                               self.prefix_grams)
        elif self.prefix_inner:
            before = agreement(self.prefix_inner,
                               text[max(0, start - len(self.prefix_inner)):start])
        else:
            before = 0.5 if start == 0 or text[start - 1] == "\n" else 0.0
        if self.suffix_inner is None:
            after = agreement(self.a.suffix, text[end:end + len(self.a.suffix)],
                              self.suffix_grams)
        elif self.suffix_inner:
            after = agreement(self.suffix_inner, text[end:end + len(self.suffix_inner)])
        else:
            after = 0.5 if end == len(text) or text[end] == "\n" else 0.0
        return (before + after) / 2


def _word_index(text: str) -> dict[str, list[int]]:
    """Every word of the text with its positions (a megabyte: about 0.1 s)."""
    pieces = _NON_WORD.split(text)  # word, separator, word, ... (words may be empty)
    positions = accumulate(map(len, pieces), initial=0)
    index: dict[str, list[int]] = {}
    for i, (piece, position) in enumerate(zip(pieces, positions, strict=False)):
        if piece and not i % 2:
            index.setdefault(piece, []).append(position)
    return index


def _match(text: str, pattern: str, loc: int) -> int:
    """diff-match-patch's match_main over the only stretch it could match in (Bitap
    allocates arrays as long as the text it is given)."""
    reach = int(MATCH_THRESHOLD * MATCH_DISTANCE) + len(pattern)
    lo = max(0, loc - reach)
    hi = min(len(text), loc + reach + len(pattern))
    if lo >= hi:
        return -1
    found = _dmp().match_main(text[lo:hi], pattern, loc - lo)
    return -1 if found < 0 else lo + found


def _fit(text: str, loc: int, pattern: str) -> tuple[int, int]:
    """The span of text matching `pattern` found at `loc`: the pattern's first and last
    characters followed through a diff of the pattern against the text there."""
    window = text[loc:loc + len(pattern) + len(pattern) // 2 + 2]
    offsets = OffsetMap(TextDiff(_dmp().diff_main(pattern, window, False)))
    start, end, _kept = offsets.span(0, len(pattern))
    return loc + start, loc + end
