"""Quotations in French and English press copy, with the speaker who said them.

`find_quotes(text, lang, names)` returns `Suggestion(category="quote")` values:

- kind "direct" (confidence 0.7 to 0.95): words someone said or wrote;
- kind "term" (confidence 0.2 or 0.3): a scare quote, a quoted single term or short title
  ("« équipe S »", "“woke”"); a fact-checker rarely needs it, so it ranks low.

Spans are code-point offsets of the words between the marks: without the marks and
without the spaces (NBSP, narrow NBSP) that French typography puts inside « », but with
the punctuation inside them (“We had no choice,” → "We had no choice,").

Rules, in the order the detector applies them:

1. Paragraphs (separated by a blank line) are scanned one by one: no span crosses one.
2. Marks pair with a stack: « », “ ”, ‹ ›, ‘ ’ and straight quotes (" pairs left to right,
   ' only inside another quote). ’ closes a ‘ only when no letter follows it, otherwise it
   is an apostrophe. Only the outermost quote is a suggestion; nested ones belong to it.
3. An outer quote left open at the end of its paragraph is a piece of a quotation that
   continues when the next paragraph opens with the same mark (French and English
   convention); each piece is its own suggestion and all share one speaker. Any other
   unclosed quote is a stray mark: it yields nothing, but the quotes closed inside it do.
4. An incise inside the marks ("« Nous n'avons pas le choix, a déclaré Élodie Martin, il
   faut réduire les coûts »") splits the quotation in two suggestions, one per piece,
   both with the incise's speaker: the incise's words are the journalist's, not the
   speaker's, so a highlight must not cover them. The incise's commas are left out.
5. The speaker comes from a reporting clause: a cue (conjugated cue verb, "selon",
   "according to", "pour X,") with its subject, looked for right after the quote, right
   before it, in the rest of its sentence, and, for a direct quote only, in the adjacent
   sentence (the previous one when it ends with ":", so block quotes take the clause
   that introduces them). See `_Finder` for the subject rules.
6. Direct or term, words counted split on white space (the convention of the evaluation
   set, tests/data/suggest/README.md): three words or fewer make a term, attributed or
   not; four words a quote when a reporting clause or the sentence names who said them,
   when they end a sentence or open a paragraph; five or more a quote. Block, incised
   and continued quotes are quotes; a name or label ("baptisé « … »", "the so-called
   “…”", "its “…” programme") is a term.

Everything runs in time linear in the text: regexes are compiled once, each clause is
read a bounded number of times, and look-backs for antecedents are capped in characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate, compress, count, islice, repeat
from operator import attrgetter, itemgetter, sub

from annotator.suggest import cues
from annotator.suggest.model import Suggestion

#: A named party found by another module: (start, end, canonical name, kind).
Name = tuple[int, int, str, str]

# How far back (characters) to look for the antecedent of "il"/"she" or "the company":
# bounds the work per quote so that a text without sentence breaks stays linear.
_PRONOUN_LOOKBACK = 1500
_ORGANISATION_LOOKBACK = 3000
_HEAD_LOOKBACK = 200      # organisation mentions searched back for "le tribunal" → its name
_ROLE_SENTENCES = 5       # "la dirigeante" points further back than "elle" (2 sentences)
_MAX_DEPTH = 6            # nesting deeper than this is noise, not typography
_INCISE_WINDOW = 160      # an incise is short: cue, subject, maybe an apposition
_INCISE_MAX_WORDS = 7
_INCISE_TOKENS = 24       # enough for cue, subject and apposition; bounds work per comma
_MAX_CUES = 8             # cues of one clause read before giving up (linear time)
_CLAUSE_MAX = 1200        # characters of a clause read around a quote: sentences are shorter
_TERM_MAX_WORDS = 3       # « équipe S », "a strong likelihood": terms, attributed or not
_DIRECT_MIN_WORDS = 5     # four words make a quote only when someone is reported saying them
_LABEL_MAX_WORDS = 12     # "baptisé « … »" longer than this is a statement after all

# --- regular expressions, compiled once --------------------------------------------------

def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, tried in the given order, written as a trie
    ("s(?:alarié(?:e)?|yndicaliste)"): an attempt reads a few branches, not every word.

    A trie tries a longer word before a word it begins; when the given order puts the
    shorter word first, the words are joined as they are, so the matches never change.
    """
    words = list(dict.fromkeys(words))
    later_prefixes: set[str] = set()  # proper prefixes of the words after the current one
    for word in reversed(words):
        if word in later_prefixes:
            return "|".join(map(re.escape, words))
        later_prefixes.update(word[:k] for k in range(1, len(word)))
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branches(node: dict[str, dict]) -> str:
        parts = [re.escape(char) + branches(child) for char, child in node.items() if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branches(trie)


_U = "A-ZÀ-ÖØ-ÞŒŸ"  # upper-case letters of French and English names
_SP = "[ \u00a0\u202f]"
_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n\s*")
_MARKS = "«»“”‘‹›\""
# Apostrophes are marks too, but most are in words: ’ or ' before a letter or digit, and '
# there unless it follows a space, an opening mark or a bracket, never open or close a
# quote whatever the stack (see `_role`), so the scan does not read them.
_APOSTROPHE_MARK_RES = (re.compile(r"’(?![^\W_])"),
                        re.compile(r"'(?:(?![^\W_])|(?<![^\s«“‘‹\"'(\[—–]'))"))
_OPENING = "«“‘‹\"'"
_OPENER_OF = {"»": "«", "”": "“", "›": "‹"}
_ALWAYS_OPENS = "«“‹"

# A sentence ends at . ! ? … (and any closing marks after it) before a capital, a digit or
# an opening mark. Whether the period ends an abbreviation is checked in Python.
_SENTENCE_ENDS = ".!?…"
_BOUNDARY_RE = re.compile(
    rf"[.!?…]+(?:\s*[»”\"’)\]])*\s+(?=[«“‘‹\"(\[—–-]|[{_U}0-9])")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\.$")
_ABBREVIATIONS = frozenset({
    "m", "mm", "mr", "mrs", "ms", "dr", "pr", "st", "ste", "jr", "sr", "mgr", "me", "inc",
    "corp", "co", "ltd", "cf", "vs", "no", "art", "av", "apr", "gen", "gov", "sen", "rep",
    "prof", "lt", "col", "sgt", "capt", "mlle", "mme", "etc",
})
_ABBREVIATION_MAX = max(map(len, _ABBREVIATIONS))

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[,;:.!?()—–]|(?<!\S)-(?!\S)")
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_STOPS = frozenset(",;:.!?()—–-")
_PLAIN_WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_WORDS_RE = re.compile(r"[^\W_]+")

# Capitalised names: words such as "Élodie", "Jean-Pierre", "O’Neill", "J.-P.", joined by
# spaces, particles ("de", "von", "Le") and "d’".
_NAME_WORD = rf"(?:[{_U}]\.(?:-[{_U}]\.)?|[{_U}][^\W\d_]*(?:-[^\W\d_]+)*(?:['’][{_U}][^\W\d_]*)?)"
_PARTICLE = r"(?:de|du|des|von|van|der|den|da|di|del|della|dos|das|le|la|bin|ben|ibn|al|el|zu)"
_TITLE = r"(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me)"
# Frequent capitalised openers that are never the start of a name, rejected in the regex
# itself: it is faster than in Python (the full list is cues.NOT_NAMES).
_OPENERS = _alternation(sorted((w.capitalize() for w in cues.NOT_NAMES if len(w) > 1 and w.isalpha()
                            and w not in cues.TITLES and w not in ("monsieur", "madame")),
                           key=len, reverse=True))
_NAME_RE = re.compile(
    rf"(?=[{_U}])(?<![^\W\d_])(?<!-)(?!(?:{_OPENERS})(?![^\W\d_]|['’][{_U}]))"
    rf"(?:(?P<title>{_TITLE}){_SP}+(?=[{_U}]))?"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?(?:d['’])?{_NAME_WORD})*)"
    rf"(?![^\W\d_])")
_UPPER_RE = re.compile(f"[{_U}]")
_NAME_PART_RE = re.compile(r"[^ \u00a0]+")
_NAME_SPLIT_RE = re.compile(r"[\s'’]+")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_HEADS = _alternation(cues.ORGANISATION_HEADS)
# The patterns below start with the first letter of their article as a class of its own
# (then check the word boundary before it): the engine skips ahead to such letters instead
# of trying the pattern at every position of the clause.
_ORGANISATION_RE = re.compile(
    rf"[LlTt](?<!\w.)(?:(?<=[Ll])(?i:e|a|es|['’])|(?<=[Tt])(?i:he))"
    rf"{_SP}*(?P<head>(?i:{_HEADS}))\b"
    rf"{_SP}+(?P<prep>de{_SP}+l['’]|de{_SP}+la{_SP}+|du{_SP}+|des{_SP}+|d['’]|de{_SP}+"
    rf"|of{_SP}+(?:the{_SP}+)?)?(?P<tail>{_NAME_WORD}(?:{_SP}+{_NAME_WORD})*"
    rf"(?:{_SP}+[a-zéè]+(?:ique|iques|ale|ales|aux|elle|aire|ienne|aise|aine|ive))?)")

_GENERIC_RE = re.compile(
    r"[LlTt](?<!\w.)(?:(?<=[Ll])(?i:['’](?:{v})|(?:e|a)[ \u00a0]+(?:{c}))"
    r"|(?<=[Tt])(?i:he[ \u00a0]+(?:{e})))\b(?![ \u00a0]+[{u}])"
    .format(
        v=_alternation(n for n in cues.GENERIC_ORGANISATIONS_FR if n[0] in "aeiouéè"),
        c=_alternation(n for n in cues.GENERIC_ORGANISATIONS_FR if n[0] not in "aeiouéè"),
        e=_alternation(cues.GENERIC_ORGANISATIONS_EN), u=_U))
# "la ministre", "le PDG du groupe", "the company’s chief", "l’élu", "a spokesperson": an
# article (le la un une the a an son sa its his her their, then spaces) or "l’".
_ROLE_RE = re.compile(
    r"[lLuUtTaAsShHiI](?<!\w.)(?:(?<=[lL])(?i:(?:e|a)[ \u00a0]+|['’])"
    r"|(?<=[uU])(?i:(?:n|ne)[ \u00a0]+)|(?<=[tT])(?i:(?:he|heir)[ \u00a0]+)"
    r"|(?<=[aA])(?i:n?[ \u00a0]+)|(?<=[sS])(?i:(?:on|a)[ \u00a0]+)|(?<=[iI])(?i:ts[ \u00a0]+)"
    r"|(?<=[hH])(?i:(?:is|er)[ \u00a0]+))"
    r"(?:[^\W\d_]+(?:['’]s)?[ \u00a0]+)?(?P<role>(?i:{roles}))\b".format(
        roles=_alternation(sorted(cues.ROLES | set(cues.SPOKESPERSONS), key=len,
                                  reverse=True))))
# What names the organisation after "a spokesperson", "un porte-parole": "for X", "de X".
_COMPLEMENT_RE = re.compile(
    r"[ \u00a0]+(?i:for|of|at|de|du|chez)[ \u00a0]+(?:(?i:the|la|le|les)[ \u00a0]+|(?i:l)['’])?"
    r"|[ \u00a0]+(?i:d)['’]")
# A word governed by a preposition is not a subject: "PDG de Nuvia", "told Reuters".
_PREPOSITIONS = ("de", "du", "des", "à", "au", "aux", "par", "pour", "chez", "avec", "sur", "dans",
                 "en", "contre", "entre", "vers", "sans", "of", "at", "by", "for", "with", "from",
                 "to", "in", "on", "about", "against", "between", "into", "than")
_GOVERNED_RE = re.compile(
    rf"(?:\b(?i:{'|'.join(_PREPOSITIONS)})[ \u00a0]+"
    r"(?:(?i:le|la|les|the)[ \u00a0]+|(?i:l)['’])?|\b(?i:d)['’])\Z")
# What _GOVERNED_RE can end with, and the last word it can end with (lower case).
_GOVERNED_ENDINGS = " \u00a0'’"
_GOVERNING_WORDS = frozenset(_PREPOSITIONS + ("le", "la", "les", "the", "l", "d"))
_LAST_LETTERS_RE = re.compile(r"[^\W\d_]*$")
# Letters that match others when case is ignored ("İ" is "i"), unlike what lower() gives.
_ODD_CASES = frozenset("İıſ")
_ARTICLE_BEFORE_RE = re.compile(
    r"(?:\b(?i:le|la|les|the|de|du|des|chez|of|at|by|for|from|with|par)[ \u00a0]+"
    r"|\b(?i:l|d)['’])$")
_ADDRESSEE_RE = re.compile(r"\b(?i:told|tells|tell|to|à|au|aux)[ \u00a0]+"
                           r"(?:(?i:la|le|les|the)[ \u00a0]+|(?i:l)['’])?$")
_CHEZ_BEFORE_RE = re.compile(r"\b(?i:chez|at)[ \u00a0]+$")
_TITLE_BEFORE_RE = re.compile(rf"\b(?P<title>{_TITLE}){_SP}+$")
_TITLE_SPACES = " \u00a0\u202f"    # the characters of _SP
_TITLE_KEYS = tuple(cues.TITLES)    # _TITLE's titles, in lower case, are among them
_TITLE_ENDINGS = ".esr"             # and end with one of these
_TITLE_TAILS = _TITLE_ENDINGS + _TITLE_SPACES  # before a name's last space: either
# An incise opens at a comma or a dash followed by a word; the spaces before the comma are
# part of its cut (added in Python: a pattern starting with them is tried at every space).
_INCISE_RE = re.compile(r"[,—–][ \u00a0\u202f]*(?=([^\W\d_]+(?:['’-][^\W\d_]+)*))")
_PUNCTUATION = ",;:.!?()«»“”‘’‹›\"'—–-"
_CONJUNCTIONS = frozenset({"que", "qu", "that"})
# Words opening a circumstance after an incise's subject: ", lors d'une conférence."
_CIRCUMSTANCES = frozenset({
    "lors", "dans", "devant", "à", "au", "aux", "en", "sur", "pendant", "après", "avant",
    "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "selon",
    "depuis", "face", "in", "at", "on", "during", "after", "before", "yesterday", "speaking",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_STRESSED_PRONOUNS = {"lui": "m", "elle": "f", "eux": "", "elles": "", "him": "m", "her": "f",
                      "them": ""}
_DETERMINERS = frozenset({"le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs",
                          "ce", "cet", "cette", "the", "a", "an", "his", "her", "its", "their"})


# --- lexicons ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Lexicon:
    """The cue words of one language (or both), as sets of lower-case forms."""

    finite: frozenset[str]
    reflexive_finite: frozenset[str]
    participles: frozenset[str]
    auxiliaries: frozenset[str]
    reflexive_auxiliaries: frozenset[str]
    tell: frozenset[str]
    sources: tuple[tuple[str, ...], ...]
    french: bool
    starters: frozenset[str]  # first words a cue can start with (incise pre-check)
    prefilter: frozenset[str]  # a clause holding none of these words has no cue
    first_words: frozenset[str]  # words a cue can start with, for a quick rejection
    locution_finite: dict[str, tuple[tuple[str, ...], ...]]
    locution_participles: dict[str, tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _Lexicon:
    """The cue sets of "fr", "en", or of both ("")."""
    french, english = lang != "en", lang != "fr"
    none: frozenset[str] = frozenset()
    finite = (cues.FRENCH_FINITE if french else none) | (cues.ENGLISH_FINITE if english else none)
    reflexive = cues.FRENCH_REFLEXIVE_FINITE if french else none
    participles = cues.FRENCH_PARTICIPLES if french else none
    auxiliaries = cues.FRENCH_AUXILIARIES if french else none
    reflexive_aux = cues.FRENCH_REFLEXIVE_AUXILIARIES if french else none
    tell = cues.ENGLISH_TELL if english else none
    locution_finite = cues.FRENCH_LOCUTION_FINITE if french else {}
    locution_participles = cues.FRENCH_LOCUTION_PARTICIPLES if french else {}
    sources = (cues.FRENCH_SOURCES if french else ()) + (cues.ENGLISH_SOURCES if english else ())
    starters = set(finite) | set(auxiliaries) | set(locution_finite) | {"se"}
    starters.update("s'" + form for form in reflexive | reflexive_aux)
    starters.update(e + form for e in cues.FRENCH_ELISIONS for form in auxiliaries)
    # Every cue holds one of these words; auxiliaries ("a", "ont") are too common to count.
    prefilter = finite | participles | reflexive | tell | {p[-1] for p in sources}
    prefilter |= {"s'" + form for form in reflexive}
    prefilter |= set(locution_finite) | set(locution_participles)
    first_words = starters | tell | {p[0] for p in sources} | ({"pour"} if french else set())
    return _Lexicon(finite, reflexive, participles, auxiliaries, reflexive_aux, tell, sources,
                    french, frozenset(starters), frozenset(prefilter), frozenset(first_words),
                    locution_finite, locution_participles)


# --- small value types -------------------------------------------------------------------

@dataclass(slots=True)
class _Span:
    """An outer quotation as written: marks included, `end` exclusive."""

    open: int
    end: int            # after the closing mark, or the paragraph's end when unclosed
    closed: bool
    block: bool = False
    chain: int = -1     # pieces of one quotation continued over paragraphs share a chain


@dataclass(slots=True)
class _Tokens:
    """Words and punctuation of a clause, field by field: one list per field, not one
    object per token (building those would cost more than reading the clause)."""

    starts: list[int]
    ends: list[int]
    norms: list[str]    # lower case, ’ folded to '
    words: list[bool]   # a word, not punctuation


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    kind: str                # "verb", "tell" (speaker before), "source", "pour"
    last: int                # index of the cue's last token
    pronoun: str = ""        # the clitic of an inversion: "il" in "a-t-il déclaré"
    inverted: bool = False   # "qu'a annoncé X": the subject follows the verb


# Persons speak more often than the organisations named around them, and a name says more
# than a role ("le PDG") or a common noun ("the company").
_RANKS = {"person": 3, "pronoun": 3, "role": 2, "unknown": 1, "organisation": 0, "generic": -1}


@dataclass(slots=True)
class _Candidate:
    """A possible subject: a name, a pronoun or a noun standing for an organisation."""

    start: int
    end: int
    name: str
    kind: str        # "person", "organisation", "unknown", "pronoun", "role", "generic"
    gender: str = ""

    @property
    def rank(self) -> int:
        return _RANKS.get(self.kind, 0)


@dataclass(slots=True)
class _Attribution:
    speaker: str
    span: tuple[int, int] | None
    tight: bool


@dataclass(slots=True)
class _Incise:
    """A reporting clause inside the marks, cut out of the quotation's pieces."""

    cut: int          # where the cut starts (its comma or dash)
    cut_end: int      # after its closing comma, dash or period
    at: int           # where its cue starts
    cue: _Cue
    tokens: _Tokens


@dataclass(slots=True)
class _Unit:
    """One outer quotation with its pieces and what the detector found about it."""

    span: _Span
    pieces: list[tuple[int, int]]
    sentence: int
    incises: list[_Incise]
    attribution: _Attribution | None = None
    tight: bool = False
    incised: bool = False
    words: int = -1     # words of a lone piece, counted up to _LABEL_MAX_WORDS + 1


# --- public function ---------------------------------------------------------------------

def find_quotes(text: str, lang: str,
                names: list[Name] | None = None) -> list[Suggestion]:
    """Quotations in `text` ("fr", "en"; anything else uses both cue lists).

    `names` are parties found by another module, (start, end, canonical name, kind); when
    given, the speaker is picked among them, and a capitalisation rule only stands in
    when a reporting clause holds none of them.
    """
    if not text:
        return []
    return _Finder(text, lang, names).run()


# --- scanning marks ----------------------------------------------------------------------

def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, blank lines and edge whitespace left out."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK_RE.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    # most paragraphs have no white space at their ends: `_trim` only those that do
    return [t for t in (_trim(text, a, b) if a == b or text[a].isspace()
                        or text[b - 1].isspace() else (a, b) for a, b in spans) if t]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without whitespace (NBSP and narrow NBSP included) at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _find(stack: list[tuple[str, int]], mark: str) -> int | None:
    """Index of the innermost open `mark` in the stack, or None."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][0] == mark:
            return i
    return None


def _role(text: str, mark: str, pos: int, start: int, end: int,
          stack: list[tuple[str, int]]) -> str | int | None:
    """What a mark does: "open", close (the stack index it closes) or None (no quote).

    Straight quotes toggle; ‘ opens unless glued to a letter; ’ and ' are apostrophes
    unless they close an open ‘ or ' and no letter follows; ' opens only inside a quote.
    """
    if mark in _OPENER_OF:
        return _find(stack, _OPENER_OF[mark])
    if mark == '"':
        index = _find(stack, '"')
        return "open" if index is None else index
    if mark in _ALWAYS_OPENS:
        return "open"
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < end else " "
    if mark == "‘":
        return None if before.isalnum() else "open"
    if mark == "’":
        if after.isalnum() or before.isspace():
            return None
        return _find(stack, "‘")
    if not stack:  # a straight ' at the outer level is an apostrophe or a foot mark
        return None
    index = _find(stack, "'")
    if index is not None and not before.isspace() and not after.isalnum():
        return index
    if (before.isspace() or before in _OPENING or before in "([—–") and after.isalnum():
        return "open"
    return None


def _offsets(text: str, chars: str) -> list[int]:
    """Sorted offsets of `chars` in the text. `str.find` runs through a long text many
    times faster than the regex engine does; it pays when the characters are few."""
    found = []
    for char in chars:
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    found.sort()
    return found


def _scan_paragraph(text: str, start: int, end: int, next_first: str,
                    marks: Iterable[int]) -> list[_Span]:
    """The outer quotations of one paragraph (rules 2 and 3 of the module docstring), from
    the offsets of its `marks`."""
    spans: list[_Span] = []
    stack: list[tuple[str, int]] = []
    children: list[_Span] = []  # closed quotes directly inside the open outer one
    for pos in marks:
        mark = text[pos]
        if mark in _ALWAYS_OPENS:  # the common cases, decided without a call
            role: str | int | None = "open"
        elif mark in _OPENER_OF and stack and stack[-1][0] == _OPENER_OF[mark]:
            role = len(stack) - 1
        else:
            role = _role(text, mark, pos, start, end, stack)
        if role is None:
            continue
        if role == "open":
            if len(stack) < _MAX_DEPTH:
                stack.append((mark, pos))
            continue
        opened = stack[role][1]
        del stack[role:]
        if role == 0:
            spans.append(_Span(opened, pos + 1, True))
            children = []
        elif role == 1:
            children.append(_Span(opened, pos + 1, True))
    if stack:
        mark, opened = stack[0]
        if next_first == mark:
            spans.append(_Span(opened, end, False))
        else:
            spans.extend(children)  # a stray mark: keep what was properly quoted inside
    return spans


# --- the detector ------------------------------------------------------------------------

class _Finder:
    """Finds the quotations of one text and attributes them.

    Subject rules of a reporting clause (rule 5):

    - an inversion names its pronoun ("a-t-elle déclaré", "dit-il");
    - after "selon", "d'après", "according to", the first name is the source; "pour X,"
      counts only at the start of a clause, with a name followed by a comma;
    - a cue verb right after the quote ("», a déclaré X", "”, said X") or after an elided
      auxiliary ("qu'a annoncé X") takes the subject that follows it; otherwise the
      subject is before the verb ("X a déclaré :", "“…,” X said", "X told Reuters");
    - among several names, one governed by a preposition ("PDG de Nuvia", "par la voix
      de") is not a subject, and persons beat organisations;
    - a role names a person: "a écrit le PDG du groupe, Daniel Harlow," takes the name in
      apposition; a bare "la ministre", "l'élu" resolves like a pronoun over five sentences,
      or to the person the story names most often;
    - a pronoun (il, elle, he, she) resolves to the one person of compatible gender named
      outside quotes in its sentence and the two before (names in an incise count);
    - "the company", "l'entreprise", "un porte-parole (du groupe)" stand for an
      organisation: see `_organisation_for`;
    - otherwise the speaker is "".

    Without `names`, mentions come from a capitalisation rule (`_scan_names`), and a lone
    surname takes the full name the text gives elsewhere ("Jassy" → "Andy Jassy").
    """

    def __init__(self, text: str, lang: str, names: list[Name] | None) -> None:
        self.text = text
        self.lex = _lexicon(lang if lang in ("fr", "en") else "")
        self.names: list[Name] | None = None
        if names is not None:
            size = len(text)
            self.names = sorted(n for n in names if 0 <= n[0] < n[1] <= size)
        self.name_starts = list(map(itemgetter(0), self.names or ()))
        # `names` as candidates, each built the first time a clause reads it
        self._name_candidates: list[_Candidate | None] = [None] * len(self.name_starts)
        self._outside: list[bool] | None = None
        self._title_genders: dict[int, str] = {}
        self.spans: list[_Span] = []
        self.span_opens: list[int] = []
        self.sentence_starts: list[int] = []
        self.sentence_ends: list[int] = []
        self.sentence_paragraphs: list[int] = []
        self._sentence_memo: dict[int, _Attribution | None] = {}
        self._clauses: dict[tuple[int, int], tuple[_Tokens, list[_Cue]]] = {}
        self._cue_memo: dict[tuple[int, int], bool] = {}
        self._governed_memo: dict[tuple[int, int], bool] = {}
        self._subject_memo: dict[tuple[int, int, int, bool], _Candidate | None] = {}
        self._resolved: dict[tuple[int, int, str, str, str],
                             tuple[str, tuple[int, int] | None]] = {}
        self._mentions: list[_Candidate] | None = None
        self._mention_starts: list[int] = []
        self._genders: dict[str, str] | None = None
        self._organisations: tuple[list[int], list[_Candidate], list[int],
                                   list[frozenset[str]]] | None = None
        self._full_names: dict[str, str] | None = None
        self._persons: tuple[list[int], list[_Candidate], list[int]] | None = None
        self._quote_bounds: list[int] = []
        self._incise_bounds: list[int] = []

    # -- pipeline --

    def run(self) -> list[Suggestion]:
        paragraphs = _paragraphs(self.text)
        self._scan(paragraphs)
        self._segment(paragraphs)
        starts = self.sentence_starts
        units = [self._unit(span, bisect.bisect_right(starts, span.open) - 1)
                 for span in self.spans]  # (quotes are in paragraphs: after the first start)
        # names in an incise are the journalist's: antecedents, unlike quoted names
        self._incise_bounds = [b for u in units for i in u.incises for b in (i.cut, i.cut_end)]
        for index, unit in enumerate(units):
            if unit.pieces:
                self._attribute_unit(unit, index)
        kept = [u for u in units if u.pieces]
        self._share_within_chains(kept)
        suggestions = [s for unit in kept for s in self._suggestions(unit)]
        suggestions.sort(key=attrgetter("start"))
        return suggestions

    def _scan(self, paragraphs: list[tuple[int, int]]) -> None:
        """Outer quotations of every paragraph; marks block quotes and continued pieces."""
        chain = -1
        continuing = False
        # the marks of the whole text, found once (`str.find`, and patterns led by a literal,
        # skip through it in C); each paragraph then takes its own
        marks, last = _offsets(self.text, _MARKS), 0
        for pattern in _APOSTROPHE_MARK_RES:
            marks += [match.start() for match in pattern.finditer(self.text)]
        marks.sort()
        n_marks = len(marks)
        for i, (start, end) in enumerate(paragraphs):
            first = last
            while first < n_marks and marks[first] < start:
                first += 1
            last = first
            while last < n_marks and marks[last] < end:
                last += 1
            if first == last:  # no mark, no quotation
                continuing = False
                continue
            next_first = self.text[paragraphs[i + 1][0]] if i + 1 < len(paragraphs) else ""
            found = _scan_paragraph(self.text, start, end, next_first, marks[first:last])
            if continuing and found and found[0].open == start:
                found[0].chain = chain
            continuing = False
            for span in found:
                span.block = span.open == start and span.end == end
                if not span.closed:  # continues in the next paragraph
                    if span.chain < 0:
                        chain = span.open
                        span.chain = chain
                    continuing = True
            self.spans.extend(found)
        self.span_opens = [s.open for s in self.spans]
        self._quote_bounds = [b for s in self.spans for b in (s.open, s.end)]

    def _segment(self, paragraphs: list[tuple[int, int]]) -> None:
        """Sentences: paragraphs cut at end punctuation that is not inside a quotation."""
        text, spans, k = self.text, self.spans, 0
        starts, ends, numbers = self.sentence_starts, self.sentence_ends, self.sentence_paragraphs
        # `_BOUNDARY_RE` can only match at end punctuation: it is tried there alone, as
        # its `finditer` over each paragraph would (from where the last match ended).
        marks, m = _offsets(text, _SENTENCE_ENDS), 0
        n_marks, n_spans = len(marks), len(spans)
        for number, (start, end) in enumerate(paragraphs):
            starts.append(start)
            numbers.append(number)
            while m < n_marks and marks[m] < start:
                m += 1
            resume = start
            while m < n_marks and marks[m] < end:
                at = marks[m]
                m += 1
                match = _BOUNDARY_RE.match(text, at, end) if at >= resume else None
                if match is None:
                    continue
                cut = resume = match.end()
                while k < n_spans and spans[k].end <= at:
                    k += 1
                if k < n_spans and spans[k].open < cut < spans[k].end:
                    continue
                if text[at] == "." and self._abbreviation(at):
                    continue
                ends.append(cut)
                starts.append(cut)
                numbers.append(number)
            ends.append(end)

    def _abbreviation(self, period: int) -> bool:
        """Is this the period of "M. Durand", "J. Smith", "Inc." (no sentence end)?"""
        # most periods end a number or a word longer than any abbreviation: no regex needed
        before = self.text[period - 1] if period else " "
        if not before.isalnum() or before.isdecimal() or (
                period > _ABBREVIATION_MAX
                and self.text[period - _ABBREVIATION_MAX - 1:period].isalpha()):
            return False
        match = _WORD_BEFORE_RE.search(self.text, max(0, period - 12), period + 1)
        if not match:
            return False
        word = match.group(1)
        return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    # -- one quotation --

    def _unit(self, span: _Span, sentence: int) -> _Unit:
        """The pieces of one outer quotation (in that sentence): its words, less the
        incises."""
        inner = _trim(self.text, span.open + 1, span.end - 1 if span.closed else span.end)
        if inner is None:
            return _Unit(span, [], sentence, [])
        start, end = inner
        incises = self._incises(start, end)
        if not incises:  # the common case: one piece, already trimmed
            words = self.text[start].isalnum() or _WORDS_RE.search(self.text, start, end)
            return _Unit(span, [inner] if words else [], sentence, incises)
        pieces, position = [], start
        for incise in incises:
            pieces.append((position, incise.cut))
            position = incise.cut_end
        pieces.append((position, end))
        pieces = [p for p in (_trim(self.text, a, b) for a, b in pieces)
                  if p and _WORDS_RE.search(self.text, p[0], p[1])]
        return _Unit(span, pieces, sentence, incises, incised=len(pieces) > 1)

    def _attribute_unit(self, unit: _Unit, index: int) -> None:
        """The quotation's own attribution: its clauses, its incise, its sentence.

        A clause bound to the quote comes first (after it, then before it), then the
        incise, then any clause around it; each is read only when the ones before it
        settle nothing.
        """
        after = self._clause_after(index, unit.sentence)
        after_att = self._attribute(unit.span.end, after, "after") if (
            unit.span.end < after) else None
        chosen = after_att if after_att and after_att.tight else None
        if chosen is None:
            before = self._clause_before(index, unit.sentence)
            before_att = self._attribute(before, unit.span.open, "before") if (
                before < unit.span.open) else None
            if before_att and before_att.tight:
                chosen = before_att
            elif unit.incises:
                first = unit.incises[0]
                chosen = self._from_cue(first.cue, first.tokens, first.at, first.cut_end,
                                        "incise") or _Attribution("", None, True)
            else:
                chosen = after_att or before_att
        if chosen is not None:
            unit.attribution, unit.tight = chosen, chosen.tight
        else:
            unit.attribution = self._sentence_attribution(unit.sentence)

    # The clauses of the i-th quote: the text of its sentence before and after it, up to
    # the neighbouring quotes and no further than `_CLAUSE_MAX` characters.

    def _clause_before(self, i: int, sentence: int) -> int:
        """Where the clause before the i-th quote starts (it ends at the quote)."""
        s_start, spans = self.sentence_starts[sentence], self.spans
        previous_end = spans[i - 1].end if i > 0 else s_start
        return max(s_start, previous_end, spans[i].open - _CLAUSE_MAX)

    def _clause_after(self, i: int, sentence: int) -> int:
        """Where the clause after the i-th quote ends (it starts at the quote's end)."""
        s_end, spans = self.sentence_ends[sentence], self.spans
        next_open = spans[i + 1].open if i + 1 < len(spans) else s_end
        end = spans[i].end
        return max(end, min(s_end, next_open, end + _CLAUSE_MAX))

    def _incises(self, start: int, end: int) -> list[_Incise]:
        """Reporting incises inside the marks: ", a déclaré X," / ", dit-elle,"."""
        found: list[_Incise] = []
        text = self.text
        for match in _INCISE_RE.finditer(text, start, end):
            cut = match.start()
            while cut > start and text[cut - 1] in " \u00a0\u202f":
                cut -= 1
            if found and cut < found[-1].cut_end:
                continue
            if match.group(1).lower().replace("’", "'") not in self.lex.starters:
                continue
            incise = self._incise_at(cut, match.end(), end)
            if incise:
                found.append(incise)
        return found

    def _incise_at(self, cut: int, at: int, end: int) -> _Incise | None:
        """The incise starting at `at` (just after its comma or dash), if it is one.

        A cue verb, then its subject (an inverted pronoun, a name, or a noun phrase opened
        by a determiner), then a comma, a dash or a period, or the end of the quotation.
        After a comma the incise goes on over an apposition (", directrice de l'usine,",
        ", Hélène Vasseur,") or a circumstance (", lors d'une conférence.").
        """
        window = min(end, at + _INCISE_WINDOW)
        tokens = _tokenise(self.text, at, window, _INCISE_TOKENS)
        if len(tokens.norms) == _INCISE_TOKENS:
            window = tokens.ends[-1]
        cue = self._cue_at(tokens, 0) if tokens.norms else None
        if cue is None or cue.kind != "verb":
            return None
        close = self._segment_end(tokens, cue.last + 1)
        if close is None or not (cue.pronoun or self._opens_subject(tokens, cue.last + 1,
                                                                    close)):
            return None
        for _ in range(2):  # appositions and circumstances
            if close >= len(tokens.norms) or tokens.norms[close] == ".":
                break
            following = self._segment_end(tokens, close + 1)
            if following is None or not self._extends_incise(tokens, close + 1, following):
                break
            close = following
        if close < len(tokens.norms):
            cut_end = tokens.ends[close]
        elif window == end:
            cut_end = end  # the incise ends the quotation
        else:
            return None
        return _Incise(cut, cut_end, at, cue, tokens)

    @staticmethod
    def _segment_end(tokens: _Tokens, i: int) -> int | None:
        """Index of the , — – or . that ends the short segment starting at token i (the
        number of tokens when the window ends first); None when the segment is long or
        ends on other punctuation."""
        j = i
        while j < len(tokens.norms):
            norm, stop = tokens.norms[j], _is_stop(tokens, j)
            if norm in (",", "—", "–") or (norm == "." and stop):
                return j
            if stop or j - i >= _INCISE_MAX_WORDS:  # "M." is no stop: "a déclaré M. Durand,"
                return None
            j += 1
        return j

    def _opens_subject(self, tokens: _Tokens, i: int, close: int) -> bool:
        """Does the segment after an incise's verb start like its subject?"""
        if i >= close:
            return False
        first = tokens.norms[i]
        return (self.text[tokens.starts[i]].isupper() or first in _DETERMINERS
                or first in cues.PRONOUNS or first.startswith("l'"))

    def _extends_incise(self, tokens: _Tokens, i: int, close: int) -> bool:
        """Is the segment [i, close) an apposition or a circumstance of the incise?"""
        if i >= close:
            return False
        first = tokens.norms[i]
        if first in _DETERMINERS and i + 1 < close:
            first = tokens.norms[i + 1]
        return (first.split("'")[-1] in cues.ROLES or first in _CIRCUMSTANCES
                or (close - i <= 4 and self.text[tokens.starts[i]].isupper()
                    and (close >= len(tokens.norms) or tokens.norms[close] != ".")))

    # -- tokens and cues --

    def _clause(self, start: int, end: int) -> tuple[_Tokens, list[_Cue]]:
        """Tokens and cues of [start, end), cached: a clause is read by the quote before
        it, the quote after it and its sentence."""
        key = (start, end)
        clause = self._clauses.get(key)
        if clause is None:
            tokens = _tokenise(self.text, start, end)
            clause = self._clauses[key] = (tokens, self._cues(tokens))
        return clause

    def _cues(self, tokens: _Tokens) -> list[_Cue]:
        found, i = [], 0
        first_words = self.lex.first_words
        for k, norm in enumerate(tokens.norms):  # `_cue_at` rejects other words at once
            if k >= i and norm in first_words:
                cue = self._cue_at(tokens, k)
                if cue:
                    found.append(cue)
                    i = cue.last + 1
        return found

    def _cue_at(self, tokens: _Tokens, i: int) -> _Cue | None:
        """The cue that starts at token i: a source word, a finite cue verb, or an
        auxiliary (+ one adverb) + past participle, reflexive ones after "se"/"s'"."""
        norms, lex = tokens.norms, self.lex
        word, start = norms[i], tokens.starts[i]
        if word not in lex.first_words:
            return None
        for phrase in lex.sources:
            if word == phrase[0] and all(
                    i + k < len(norms) and norms[i + k] == phrase[k]
                    for k in range(1, len(phrase))):
                last = i + len(phrase) - 1
                return _Cue(start, tokens.ends[last], "source", last)
        if word == "pour" and lex.french:
            return _Cue(start, tokens.ends[i], "pour", i)
        base, inverted = word, False
        for elision in cues.FRENCH_ELISIONS:
            if word.startswith(elision) and word[len(elision):] in lex.auxiliaries:
                # "qu'a annoncé X" inverts; "X l'a annoncé" may not: the clause decides
                base, inverted = word[len(elision):], elision == "qu'"
        j, reflexive = i, False
        if base.startswith("s'"):
            base, reflexive = base[2:], True
        elif base == "se" and i + 1 < len(norms):
            j, base, reflexive = i + 1, norms[i + 1], True
        auxiliaries = lex.reflexive_auxiliaries if reflexive else lex.auxiliaries
        if base in auxiliaries:
            k = j + 1
            if k < len(norms) and _adverb(norms[k]):
                k += 1
            if k >= len(norms):
                return None
            last = k if norms[k] in lex.participles else _locution_end(
                tokens, k, lex.locution_participles)
            if last is None:
                return None
            return _Cue(start, tokens.ends[last], "verb", last, _clitic(base), inverted)
        finite = lex.reflexive_finite if reflexive else lex.finite
        last = j if base in finite else (
            None if reflexive else _locution_end(tokens, j, lex.locution_finite))
        if last is not None:
            return _Cue(start, tokens.ends[last], "verb", last, _clitic(base))
        if word in lex.tell:
            return _Cue(start, tokens.ends[i], "tell", i)
        return None

    # -- attribution --

    def _attribute(self, start: int, end: int, side: str) -> _Attribution | None:
        """The reporting clause in [start, end): side "after" / "before" the quote, or
        "none" for a sentence read on its own (then only a named speaker counts)."""
        may_hold_cue = self._cue_memo.get((start, end))
        if may_hold_cue is None:
            may_hold_cue = self._may_hold_cue(start, end)
        if not may_hold_cue:
            return None
        tokens, found = self._clause(start, end)
        ordered = found[::-1] if side == "before" else found
        for cue in ordered[:_MAX_CUES]:  # the nearest ones; bounds the work per clause
            att = self._from_cue(cue, tokens, start, end, side, found)
            if att is not None and (att.speaker or side != "none"):
                return att
        return None

    def _may_hold_cue(self, start: int, end: int) -> bool:
        """Most clauses hold no cue at all: a set test in C spares tokenising them.
        Memoised in `_cue_memo`: a clause is read by the quotes on both sides and by its
        sentence."""
        words = _PLAIN_WORD_RE.findall(self.text[start:end].lower().replace("’", "'"))
        known = not self.lex.prefilter.isdisjoint(words) or (
            bool(words) and words[0] == "pour" and self.lex.french)
        self._cue_memo[(start, end)] = known
        return known

    def _from_cue(self, cue: _Cue, tokens: _Tokens, start: int, end: int, side: str,
                  found: list[_Cue] | None = None) -> _Attribution | None:
        """Speaker and tightness of one cue, or None when the cue is not a reporting one."""
        region = (start, end)
        if cue.pronoun:
            speaker, span = self._resolve_pronoun(cue.pronoun, cue.start)
            return _Attribution(speaker, span, self._tight(side, tokens, cue, None))
        if cue.kind in ("source", "pour"):
            subject = self._source_pronoun(cue, tokens) or self._subject_after(
                cue, tokens, end, region)
            if cue.kind == "pour" and not self._valid_pour(cue, subject, tokens):
                return None
        elif cue.kind == "tell":
            subject = self._subject_before(cue, tokens, start, region, found)
        else:
            leading = _word_before(tokens, cue.start)
            after_first = cue.inverted or (side in ("after", "incise") and not leading)
            if side == "incise":  # its tokens are its own: not those of a clause
                subject = self._verb_subject(cue, tokens, region, after_first, found)
            else:  # a clause between two quotes is read by both, and by its sentence
                key = (start, end, cue.start, after_first)
                if key in self._subject_memo:
                    subject = self._subject_memo[key]
                else:
                    subject = self._subject_memo[key] = self._verb_subject(
                        cue, tokens, region, after_first, found)
        speaker, span = self._resolve(subject) if subject else ("", None)
        return _Attribution(speaker, span, self._tight(side, tokens, cue, subject))

    def _verb_subject(self, cue: _Cue, tokens: _Tokens, region: tuple[int, int],
                      after_first: bool, found: list[_Cue] | None) -> _Candidate | None:
        """The subject of a cue verb: after it ("», a déclaré X"), else before it."""
        start, end = region
        if after_first:
            return self._subject_after(cue, tokens, end, region)
        return (self._subject_before(cue, tokens, start, region, found)
                or self._subject_after(cue, tokens, end, region))

    @staticmethod
    def _source_pronoun(cue: _Cue, tokens: _Tokens) -> _Candidate | None:
        """The stressed pronoun right after a source: "selon lui", "according to her"."""
        k = cue.last + 1
        if cue.kind != "source" or k >= len(tokens.norms):
            return None
        gender = _STRESSED_PRONOUNS.get(tokens.norms[k])
        if gender is None:
            return None
        return _Candidate(tokens.starts[k], tokens.ends[k], "il" if gender == "m" else
                          "elle" if gender == "f" else "ils", "pronoun", gender)

    def _tight(self, side: str, tokens: _Tokens, cue: _Cue,
               subject: _Candidate | None) -> bool:
        """Is the clause bound to the quote? "», a déclaré X", "X a déclaré :", "selon X,"."""
        if side == "incise":
            return True
        if side == "after":
            before_cue = subject is not None and subject.end <= cue.start
            extra = 0  # words before the cue, the subject's aside
            for t_start, t_end, word in zip(tokens.starts, tokens.ends, tokens.words,
                                            strict=True):
                if t_end > cue.start:
                    break
                if word and not (subject and subject.start <= t_start < subject.end):
                    extra += 1
            return extra <= (3 if before_cue else 0)
        if side == "before":
            after = cue.end
            if subject is not None and subject.start >= cue.end:
                after = subject.end
            tail = bisect.bisect_left(tokens.starts, after)  # the tokens from `after` on
            if all(norm in _CONJUNCTIONS for norm, word in zip(
                    tokens.norms[tail:], tokens.words[tail:], strict=True) if word):
                return True
            return tokens.norms[-1] == ":"
        return False

    def _valid_pour(self, cue: _Cue, subject: _Candidate | None,
                    tokens: _Tokens) -> bool:
        """Is "pour" a cue? "Pour Élodie Martin, « … »": first word, a name, a comma."""
        if subject is None or subject.kind in ("pronoun", "generic"):
            return False
        if _word_before(tokens, cue.start):
            return False
        between = [norm for t_start, norm in zip(tokens.starts, tokens.norms, strict=True)
                   if cue.end <= t_start < subject.start]
        if any(w not in ("le", "la", "les", "l'") for w in between):
            return False
        after = bisect.bisect_left(tokens.starts, subject.end)  # the first token after it
        return after < len(tokens.norms) and tokens.norms[after] == ","

    def _subject_after(self, cue: _Cue, tokens: _Tokens, end: int,
                       region: tuple[int, int]) -> _Candidate | None:
        """First best-ranked subject between the cue and the next punctuation; a role
        gives way to the name in apposition after it ("a écrit le PDG, Daniel Harlow,")."""
        stops = []  # the first two after the cue
        for k in range(cue.last + 1, len(tokens.norms)):
            if tokens.norms[k] in _STOPS and _is_stop(tokens, k):
                stops.append(k)
                if len(stops) == 2:
                    break
        stop = tokens.starts[stops[0]] if stops else end
        subject = _best(self._candidates(cue.end, stop, region, tokens), last=False)
        if (subject is None or subject.kind in ("role", "generic")) and stops and (
                tokens.norms[stops[0]] == ","):
            comma = tokens.ends[stops[0]]
            after = tokens.starts[stops[1]] if len(stops) > 1 else end
            named = [c for c in self._candidates(comma, after, region, tokens)
                     if c.kind in ("person", "unknown")]
            if named and not self.text[comma:named[0].start].strip():
                return named[0]
        return subject

    def _subject_before(self, cue: _Cue, tokens: _Tokens, start: int,
                        region: tuple[int, int], found: list[_Cue] | None
                        ) -> _Candidate | None:
        """Nearest best-ranked subject before the cue, back to the previous cue or ; :.
        When the clause holds none, the sentence's words before the previous quote are
        read: "Barrett, who called it “woke” noise, told staff that … “…”"."""
        lower = start
        for other in found or ():
            if other.end <= cue.start:
                lower = max(lower, other.end)
        for t_start, t_end, norm in zip(tokens.starts, tokens.ends, tokens.norms,
                                        strict=True):
            if t_start >= cue.start:
                break
            if t_start >= lower and norm in (";", ":"):
                lower = t_end
        subject = _best(self._candidates(lower, cue.start, region, tokens), last=True)
        if subject is None and lower == start:
            sentence_start = max(self.sentence_starts[self._sentence_of(start)],
                                 start - _CLAUSE_MAX)
            earlier = [m for m in self._mentions_between(sentence_start, start)
                       if not self._governed(m.start, sentence_start)]
            subject = _best(earlier, last=True)
        return subject

    def _candidates(self, start: int, end: int, region: tuple[int, int],
                    tokens: _Tokens) -> list[_Candidate]:
        """Possible subjects in [start, end), not governed by a preposition: names,
        pronouns, roles ("la ministre") and nouns standing for an organisation."""
        if start >= end:
            return []
        if self.names is not None and self._has_names(*region):
            found = self._names_between(start, end)
        elif self.names is None and not self._in_quote(start):
            found = self._mentions_between(start, end)  # scanned once for the whole text
        else:
            found = self._scan_names(start, end)
        if not cues.PRONOUNS.keys().isdisjoint(tokens.norms):
            found += [_Candidate(s, e, norm, "pronoun", cues.PRONOUNS[norm])
                      for s, e, norm in zip(tokens.starts, tokens.ends, tokens.norms,
                                            strict=True)
                      if norm in cues.PRONOUNS and start <= s and e <= end]
        taken = [(c.start, c.end) for c in found]
        for match in _ROLE_RE.finditer(self.text, start, end):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(_role_candidate(match))
                taken.append(match.span())
        for match in _GENERIC_RE.finditer(self.text, start, end):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(_Candidate(match.start(), match.end(), match.group(), "generic"))
        found = [c for c in found if not self._governed(c.start, start)]
        found.sort(key=lambda c: c.start)
        return found

    def _governed(self, pos: int, lower: int) -> bool:
        """Is the word at `pos` governed by a preposition written after `lower`?
        Memoised: a name is read by the clauses on both sides of it."""
        # the preposition (or its article) is followed by a space or an apostrophe
        if pos <= lower or self.text[pos - 1] not in _GOVERNED_ENDINGS:
            return False
        window = max(lower, pos - 24)
        words = self.text[window:pos].split()
        last = _LAST_LETTERS_RE.search(words[-1].rstrip("'’")).group() if words else ""
        if last.lower() not in _GOVERNING_WORDS and _ODD_CASES.isdisjoint(last):
            return False  # the word before is no preposition, nor an article after one
        key = (pos, lower)
        governed = self._governed_memo.get(key)
        if governed is None:
            governed = self._governed_memo[key] = _GOVERNED_RE.search(
                self.text, window, pos) is not None
        return governed

    def _resolve(self, subject: _Candidate) -> tuple[str, tuple[int, int] | None]:
        """The speaker a subject stands for, and where that speaker's name is written."""
        if subject.kind in ("person", "organisation", "unknown"):
            return self._canonical(subject), (subject.start, subject.end)
        # pronouns and nouns look for an antecedent: once per mention
        key = (subject.start, subject.end, subject.kind, subject.gender, subject.name)
        resolved = self._resolved.get(key)
        if resolved is None:
            resolved = self._resolved[key] = self._resolve_reference(subject)
        return resolved

    def _resolve_reference(self, subject: _Candidate) -> tuple[str, tuple[int, int] | None]:
        if subject.kind == "pronoun":
            return self._resolve_pronoun(subject.name, subject.start)
        if subject.kind in ("role", "generic"):
            if subject.kind == "role":
                found = (self._antecedent(subject.start, subject.gender, _ROLE_SENTENCES)
                         or self._leading_person(subject.start, subject.gender))
            else:
                found = self._organisation_for(subject)
            if found is None:
                return "", None
            return self._canonical(found), (found.start, found.end)
        return self._canonical(subject), (subject.start, subject.end)

    def _resolve_pronoun(self, pronoun: str, pos: int) -> tuple[str, tuple[int, int] | None]:
        gender = {"il": "m", "he": "m", "elle": "f", "she": "f"}.get(pronoun)
        if gender is None:
            return "", None  # plural or "on": never one speaker
        antecedent = self._antecedent(pos, gender)
        if antecedent is None:
            return "", None
        return self._canonical(antecedent), (antecedent.start, antecedent.end)

    def _sentence_attribution(self, sentence: int) -> _Attribution | None:
        """The first named speaker of a sentence's reporting clauses (memoised)."""
        if sentence in self._sentence_memo:
            return self._sentence_memo[sentence]
        start, end = self.sentence_starts[sentence], self.sentence_ends[sentence]
        result, position, spans = None, start, self.spans
        i = bisect.bisect_left(self.span_opens, start)
        segments = []
        while i < len(spans) and spans[i].open < end:
            segments.append((position, spans[i].open))
            position = spans[i].end
            i += 1
        segments.append((position, end))
        for a, b in segments:
            a = max(a, b - _CLAUSE_MAX)  # the clause that introduces what follows
            if a < b:
                result = self._attribute(a, b, "none")
                if result:
                    break
        self._sentence_memo[sentence] = result
        return result

    def _adjacent_attribution(self, first: int, last: int, block: bool) -> _Attribution | None:
        """For a direct quote without a clause of its own: the introducing sentence (ends
        with ":"), a next sentence that opens on a quote, the previous, then the next.
        A next sentence in another paragraph counts only for a block quote."""
        previous = first - 1 if first > 0 else None
        following = last + 1 if last + 1 < len(self.sentence_starts) else None
        if following is not None and not block and (
                self.sentence_paragraphs[following] != self.sentence_paragraphs[last]):
            following = None
        # "Chief Executive Sam Adeyemi told staff. Here is the memo he sent:" — an
        # introducing sentence without a clause of its own defers to the one before it
        if previous is not None and self._introduces(previous):
            found = self._sentence_attribution(previous)
            if found is None and previous > 0:
                found = self._sentence_attribution(previous - 1)
            if found:
                return found
        if following is not None and self.text[self.sentence_starts[following]] in _OPENING:
            found = self._sentence_attribution(following)
            if found:
                return found
        for sentence in (previous, following):
            if sentence is not None:
                found = self._sentence_attribution(sentence)
                if found:
                    return found
        return None

    def _introduces(self, sentence: int) -> bool:
        """Does the sentence end with a colon, introducing what follows?"""
        end = self.sentence_ends[sentence]
        tail = self.text[max(self.sentence_starts[sentence], end - 8):end].rstrip()
        return tail.endswith(":")

    # -- names, mentions, antecedents --

    def _has_names(self, start: int, end: int) -> bool:
        """Does `names` hold a party written inside [start, end)?"""
        assert self.names is not None
        i = bisect.bisect_left(self.name_starts, start)
        while i < len(self.names) and self.names[i][0] < end:
            if self.names[i][1] <= end:
                return True
            i += 1
        return False

    def _names_between(self, start: int, end: int, outside: bool = False
                       ) -> list[_Candidate]:
        """`names` written inside [start, end), only those outside quotations if asked."""
        assert self.names is not None
        found = []
        names = self.names
        flags = self._names_outside() if outside else None
        i = bisect.bisect_left(self.name_starts, start)
        while i < len(names) and names[i][0] < end:
            if names[i][1] <= end and (flags is None or flags[i]):
                found.append(self._name_candidate(i))
            i += 1
        return found

    def _name_candidate(self, i: int) -> _Candidate:
        """`names[i]` as a candidate, built the first time a clause reads it."""
        candidate = self._name_candidates[i]
        if candidate is None:
            assert self.names is not None
            s, e, name, kind = self.names[i]
            candidate = self._name_candidates[i] = _Candidate(
                s, e, name, kind if kind in ("person", "organisation") else "unknown",
                self._title_gender(s))
        return candidate

    def _names_outside(self) -> list[bool]:
        """For each of `names`, is it outside quotations? (`_in_quote` for all at once.)"""
        if self._outside is None:
            quotes = map(partial(bisect.bisect_right, self._quote_bounds), self.name_starts)
            incises = map(partial(bisect.bisect_right, self._incise_bounds), self.name_starts)
            self._outside = [q % 2 == 0 or i % 2 == 1
                             for q, i in zip(quotes, incises, strict=True)]
        return self._outside

    def _title_gender(self, start: int) -> str:
        """The gender of the title written right before `start` ("Mme "), or ""."""
        gender = self._title_genders.get(start)
        if gender is None:
            gender = self._title_genders[start] = self._read_title(start)
        return gender

    def _read_title(self, start: int) -> str:
        # Most names follow no title: the spaces before them follow no title's ending.
        text, i = self.text, start - 1
        while i >= 0 and text[i] in _TITLE_SPACES:
            i -= 1
        if i == start - 1 or i < 0 or text[i] not in _TITLE_ENDINGS or not text[
                max(0, i - 4):i + 1].lower().endswith(_TITLE_KEYS):
            return ""
        match = _TITLE_BEFORE_RE.search(text, max(0, start - 8), start)
        return cues.TITLES.get(match.group("title").lower(), "") if match else ""

    def _scan_names(self, start: int, end: int) -> list[_Candidate]:
        """The capitalisation rule: names, acronyms and "le ministère de l'Économie"."""
        if not _UPPER_RE.search(self.text, start, end):  # every name has a capital
            return []
        found: list[_Candidate] = []
        for match in _NAME_RE.finditer(self.text, start, end):
            name = match.group("name")
            if match.group("title") is None and " " not in name and "\u00a0" not in name:
                single = self._single_word(name, match.start("name"))  # the common case
                if single is not None:
                    found.append(single)
            else:
                found.extend(self._name_chunks(match))
        organisations = []
        for match in _ORGANISATION_RE.finditer(self.text, start, end):
            a = match.start("head") if match.group("prep") else match.start("tail")
            organisations.append(_Candidate(a, match.end(), self.text[a:match.end()],
                                            "organisation"))
        if organisations:
            found = sorted(_without_overlaps(found, organisations) + organisations,
                           key=lambda c: c.start)
        return found

    def _name_chunks(self, match: re.Match[str]) -> list[_Candidate]:
        """Split a run of capitalised words at roles and non-names; classify each part."""
        title = match.group("title")
        words = [(m.start(), m.end(), m.group())
                 for m in _NAME_PART_RE.finditer(match.group("name"))]
        offset = match.start("name")
        chunks: list[list[tuple[int, int, str]]] = [[]]
        role_after: set[int] = set()
        for n, (a, b, word) in enumerate(words):
            low = word.lower().rstrip(".")
            if low in cues.TITLE_WORDS:
                if chunks[-1]:
                    role_after.add(len(chunks) - 1)
                chunks.append([])
            elif low in _PARTICLES:
                if chunks[-1] and n + 1 < len(words):
                    chunks[-1].append((a, b, word))
            elif low in cues.NOT_NAMES and word[0].isupper():
                if chunks[-1] and low in ("le", "la") and n + 1 < len(words):
                    chunks[-1].append((a, b, word))  # "Marine Le Pen"
                elif chunks[-1]:
                    chunks.append([])
            else:
                chunks[-1].append((a, b, word))
        result = []
        for n, chunk in enumerate(chunks):
            while chunk and chunk[-1][2].lower() in _PARTICLES:
                chunk.pop()
            core = [w for _, _, w in chunk if w.lower() not in _PARTICLES]
            if not core or all(w.endswith(".") for w in core):
                continue  # initials alone ("B." ending a sentence) are no name
            a, b = offset + chunk[0][0], offset + chunk[-1][1]
            titled = title is not None and chunk[0][0] == 0
            kind = "unknown"
            if titled:
                kind = "person"
            elif all(w.isupper() and len(w) > 1 for w in core) or _organisation_words(core):
                kind = "organisation"
            elif _CHEZ_BEFORE_RE.search(self.text, max(0, a - 8), a):
                kind = "organisation"
            elif len(core) == 1 and (n in role_after or _ARTICLE_BEFORE_RE.search(
                    self.text, max(0, a - 8), a)):
                kind = "organisation"
            elif len(core) >= 2:
                kind = "person"
            gender = cues.TITLES.get(title.lower(), "") if titled else ""
            result.append(_Candidate(a, b, self.text[a:b], kind, gender))
        return result

    def _single_word(self, word: str, a: int) -> _Candidate | None:
        """One capitalised word without a title: "Nuvia", "CGT" (or "Dans": no name)."""
        low = word.lower()
        if low in cues.NOT_NAMES or low in cues.TITLE_WORDS or word.endswith("."):
            return None
        b = a + len(word)
        if len(word) > 1 and word.isupper() or low in cues.ORGANISATION_SUFFIXES or (
                _ARTICLE_BEFORE_RE.search(self.text, max(0, a - 8), a)):
            return _Candidate(a, b, word, "organisation")
        return _Candidate(a, b, word, "unknown")

    def _all_mentions(self) -> list[_Candidate]:
        """Every party of the text outside quotations: `names`, or the capitalisation rule."""
        if self._mentions is None:
            if self.names is not None:
                self._mentions = self._names_between(0, len(self.text), outside=True)
            else:
                mentions = _known_surnames(self._scan_names(0, len(self.text)))
                self._mentions = [m for m in mentions if not self._in_quote(m.start)]
            self._mention_starts = [m.start for m in self._mentions]
        return self._mentions

    def _mentions_between(self, start: int, end: int) -> list[_Candidate]:
        if self.names is not None:  # no need to build them all
            return self._names_between(start, end, outside=True)
        mentions = self._all_mentions()
        i = bisect.bisect_left(self._mention_starts, start)
        found = []
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].end <= end:
                found.append(mentions[i])
            i += 1
        return found

    def _in_quote(self, pos: int) -> bool:
        """Is `pos` in a quotation's words (an incise inside the marks does not count)?

        Quotations do not overlap, nor do incises: their bounds, start and end in turn,
        make a sorted list, and `pos` is inside one when an odd number of bounds come
        at or before it.
        """
        return (bisect.bisect_right(self._quote_bounds, pos) % 2 == 1
                and bisect.bisect_right(self._incise_bounds, pos) % 2 == 0)

    @staticmethod
    def _key(mention: _Candidate) -> str:
        """One person under several mentions: "Marc Durand" and "Durand" share a surname."""
        return _surname_key(mention.name)

    def _gender(self, mention: _Candidate) -> str:
        """A mention's gender, or the one a title gives the same name elsewhere."""
        if mention.gender:
            return mention.gender
        if self._genders is None:
            self._genders = {}
            if self.names is not None:  # a name's gender is its title's
                outside = self._names_outside()
                # most names follow a word that ends no title ("de Nuvia"): skip them by the
                # character two before their start (wrapped round for the first ones: the
                # exact test decides then)
                tails = map(self.text.__getitem__, map(sub, self.name_starts, repeat(2)))
                for i in compress(count(), map(_TITLE_TAILS.__contains__, tails)):
                    start, _, name, _ = self.names[i]
                    gender = self._title_gender(start) if outside[i] else ""
                    if gender:
                        self._genders.setdefault(_surname_key(name), gender)
            else:
                for m in self._all_mentions():
                    if m.gender:
                        self._genders.setdefault(self._key(m), m.gender)
        return self._genders.get(self._key(mention), "")

    def _antecedent(self, pos: int, gender: str, sentences: int = 2) -> _Candidate | None:
        """The only person of compatible gender named in this sentence (before `pos`)
        and the `sentences` before it. Without a `names` list, a lone capitalised word of
        unknown kind stands in when no person is named."""
        sentence = self._sentence_of(pos)
        lookback = _PRONOUN_LOOKBACK if sentences <= 2 else _ORGANISATION_LOOKBACK
        start = max(self.sentence_starts[max(0, sentence - sentences)], pos - lookback)
        compatible = [m for m in self._mentions_between(start, pos)
                      if self._gender(m) in ("", gender)]
        candidates = [m for m in compatible if m.kind == "person"]
        if not candidates and self.names is None:
            # the capitalisation rule cannot tell "Jassy" from "Reuters": a lone one will do
            candidates = [m for m in compatible if m.kind == "unknown"]
        if len({self._key(m) for m in candidates}) != 1:
            return None
        return candidates[-1]

    def _leading_person(self, pos: int, gender: str) -> _Candidate | None:
        """The person named most often before `pos`, when one leads and the gender fits:
        "la dirigeante" of a portrait is the person it portrays."""
        if self._persons is None:
            persons = [m for m in self._all_mentions() if m.kind == "person"]
            self._persons = ([m.start for m in persons], persons,
                             _leaders([self._key(m) for m in persons]))
        starts, persons, leaders = self._persons
        i = bisect.bisect_left(starts, pos)
        if not i or leaders[i - 1] < 0:
            return None
        leader = persons[leaders[i - 1]]
        return leader if self._gender(leader) in ("", gender) else None

    def _organisation_for(self, noun: _Candidate) -> _Candidate | None:
        """The organisation that "the company", "le tribunal", "un porte-parole" stands for:

        1. the name right after it: "a spokesperson for Brightwell", "porte-parole de Logistra";
        2. the latest organisation whose name holds the noun: "le tribunal" → "tribunal
           administratif de Cergy-Pontoise", "la Commission" → "European Commission";
        3. the only organisation named in the last five sentences;
        4. the organisation named most often so far, when one leads (the story's subject).
        """
        complement = _COMPLEMENT_RE.match(self.text, noun.end)
        if complement:
            named = self._mentions_between(complement.end(), complement.end() + 80)
            if named and named[0].start == complement.end() and named[0].kind != "person":
                return named[0]
        starts, organisations, leaders, words = self._organisation_index()
        i = bisect.bisect_left(starts, noun.start)
        head = _name_words(noun.name)[-1]
        if head not in cues.SPOKESPERSONS:
            for j in range(i - 1, max(-1, i - _HEAD_LOOKBACK), -1):
                if head in words[j]:
                    return organisations[j]
        sentence = self._sentence_of(noun.start)
        start = max(self.sentence_starts[max(0, sentence - 4)],
                    noun.start - _ORGANISATION_LOOKBACK)
        recent = organisations[bisect.bisect_left(starts, start):i]
        if recent and len({m.name for m in recent}) == 1:
            return recent[-1]
        return organisations[leaders[i - 1]] if i and leaders[i - 1] >= 0 else None

    def _organisation_index(self) -> tuple[list[int], list[_Candidate], list[int],
                                           list[frozenset[str]]]:
        """Organisation mentions outside quotes; after each, the index of the latest
        mention of the one named most often so far (-1 while two are level); the
        lower-case words of each name."""
        if self._organisations is None:
            # "told Reuters", "a déclaré à l'AFP": who is spoken to is not "the company"
            organisations = [m for m in self._all_mentions() if m.kind == "organisation"
                             and not _ADDRESSEE_RE.search(self.text, max(0, m.start - 12),
                                                          m.start)]
            self._organisations = ([m.start for m in organisations], organisations,
                                   _leaders([m.name for m in organisations]),
                                   [frozenset(_name_words(m.name)) for m in organisations])
        return self._organisations

    def _canonical(self, mention: _Candidate) -> str:
        """The fullest name the text gives a person: "Jassy" → "Andy Jassy" (with `names`,
        the canonical name given by the caller)."""
        if self.names is not None or " " in mention.name or mention.kind not in (
                "person", "unknown"):
            return mention.name
        if self._full_names is None:
            self._full_names = {}
            for m in self._all_mentions():
                if m.kind == "person" and " " in m.name:
                    self._full_names.setdefault(m.name.split()[-1], m.name)
        return self._full_names.get(mention.name, mention.name)

    # -- output --

    def _share_within_chains(self, units: list[_Unit]) -> None:
        """Pieces of one continued quotation share the first attribution found."""
        chains: dict[int, list[_Unit]] = {}
        for unit in units:
            if unit.span.chain >= 0:
                chains.setdefault(unit.span.chain, []).append(unit)
        for members in chains.values():
            found = next((u.attribution for u in members
                          if u.attribution and u.attribution.speaker), None)
            found = found or next((u.attribution for u in members if u.attribution), None)
            if found is None:
                found = self._adjacent_attribution(members[0].sentence, members[-1].sentence,
                                                   True)
            for unit in members:
                unit.attribution = found

    def _suggestions(self, unit: _Unit) -> list[Suggestion]:
        direct = self._is_direct(unit)
        attribution = unit.attribution
        if direct and attribution is None and unit.span.chain < 0:
            attribution = self._adjacent_attribution(unit.sentence, unit.sentence,
                                                     unit.span.block)
        speaker = attribution.speaker if attribution else ""
        speaker_span = attribution.span if attribution and speaker else None
        result = []
        kind = "direct" if direct else "term"
        for start, end in unit.pieces:
            if direct:
                confidence = 0.7 + (0.1 if speaker else 0.0)
                if unit.tight or unit.incised or unit.span.block or self._final(start, end):
                    confidence += 0.1
                words = unit.words if unit.words >= 0 else _count_words(self.text, start, end, 8)
                if words >= 8:
                    confidence += 0.05
                confidence = round(min(confidence, 0.95), 2)
            else:
                confidence = 0.3 if speaker else 0.2
            result.append(Suggestion("quote", start, end, self.text[start:end], confidence,
                                     kind, speaker, speaker_span))
        return result

    def _is_direct(self, unit: _Unit) -> bool:
        """Rule 6 of the module docstring. Words are counted split on white space."""
        if unit.incised or unit.span.block or unit.span.chain >= 0 or len(unit.pieces) > 1:
            return True
        start, end = unit.pieces[0]
        words = unit.words = _count_words(self.text, start, end, _LABEL_MAX_WORDS + 1)
        if words <= _TERM_MAX_WORDS or (words <= _LABEL_MAX_WORDS
                                        and self._labelled(unit.span, self.text[start])):
            return False
        if words >= _DIRECT_MIN_WORDS:
            return True
        # four words: a partial quotation when someone is reported saying it
        return (unit.attribution is not None or self._final(start, end)
                or self._opens_paragraph(unit.span.open))

    def _opens_paragraph(self, pos: int) -> bool:
        """A quote that opens its paragraph (a headline, a block) stands on its own."""
        return pos == 0 or self.text[max(0, pos - 2):pos].endswith("\n")

    def _final(self, start: int, end: int) -> bool:
        """Does the quoted text end a sentence (. ! ? …), nested closing marks aside?"""
        stripped = self.text[max(start, end - 12):end].rstrip(" \u00a0\u202f»”’›\"')")
        return stripped.endswith((".", "!", "?", "…"))

    def _labelled(self, span: _Span, first: str) -> bool:
        """Is the quote a name or a label: "baptisé « X »", "the so-called “X”", or a
        capitalised title by a work ("le rapport « L'IA au service du public »", "its
        “Fit for the Future” programme")? Reads the two words before the marks and the
        one after them; `first` is the quote's first character."""
        before = list(map(_bare, self.text[max(0, span.open - 40):span.open].rsplit(
            None, 2)[-2:]))
        if not cues.LABEL_WORDS.isdisjoint(before):
            return True
        if not first.isupper():
            return False
        after = list(map(_bare, self.text[span.end:span.end + 30].split(None, 1)[:1]))
        return not cues.WORK_NOUNS.isdisjoint(before + after)


@lru_cache(maxsize=4096)
def _surname_key(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else name


@lru_cache(maxsize=4096)
def _bare(word: str) -> str:
    """A word lower-cased, without punctuation or elision: "l’expression," → "expression"."""
    return word.lower().replace("’", "'").strip(_PUNCTUATION).split("'")[-1]


def _without_overlaps(found: list[_Candidate], cover: list[_Candidate]) -> list[_Candidate]:
    """`found` minus what overlaps `cover` (both sorted by start), in one sweep."""
    kept, j = [], 0
    for c in found:
        while j < len(cover) and cover[j].end <= c.start:
            j += 1
        if j < len(cover) and cover[j].start < c.end:
            continue
        kept.append(c)
    return kept


def _known_surnames(mentions: list[_Candidate]) -> list[_Candidate]:
    """Mark "Jassy" a person once "Andy Jassy" or "Mr Jassy" has been named before it."""
    surnames: set[str] = set()
    result = []
    for m in mentions:
        if m.kind == "person":
            surnames.add(m.name.split()[-1])
        elif m.kind == "unknown" and m.name in surnames:
            m = _Candidate(m.start, m.end, m.name, "person", m.gender)
        result.append(m)
    return result


def _is_stop(tokens: _Tokens, k: int) -> bool:
    """Punctuation that ends a subject, except the period of "M." or "J." glued to it."""
    norm = tokens.norms[k]
    if norm not in _STOPS:
        return False
    if norm == "." and k > 0 and tokens.ends[k - 1] == tokens.starts[k]:
        word = tokens.norms[k - 1]
        return not (len(word) == 1 or word in _ABBREVIATIONS)
    return True


def _name_words(name: str) -> list[str]:
    """Lower-case words of a name, elisions split: "l’entreprise" → ["l", "entreprise"]."""
    return _NAME_SPLIT_RE.split(name.lower()) or [""]


def _organisation_words(words: list[str]) -> bool:
    """"Crestline Partners", "Union européenne": a name an organisation's words give away."""
    return (words[-1].lower().rstrip(".") in cues.ORGANISATION_SUFFIXES
            or (len(words) > 1 and words[0].lower() in cues.ORGANISATION_HEADS))


def _leaders(keys: list[str]) -> list[int]:
    """For each position, the index of the latest mention of the key seen most often so
    far, or -1 while two keys are level: who a story is about, at each point of it."""
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    leaders: list[int] = []
    top, at_top = 0, set()  # the highest count and the keys that have it
    for n, key in enumerate(keys):
        count = counts[key] = counts.get(key, 0) + 1
        latest[key] = n
        if count > top:
            top, at_top = count, {key}
        elif count == top:
            at_top.add(key)
        leaders.append(latest[next(iter(at_top))] if len(at_top) == 1 else -1)
    return leaders


def _tokenise(text: str, start: int, end: int, limit: int | None = None) -> _Tokens:
    """Words and punctuation of text[start:end] (the first `limit` of them)."""
    folded = text[start:end].lower().replace("’", "'")
    # A hyphen opening the slice is a token only after a space: the slice cannot tell.
    glued_hyphen = folded.startswith("-") and start > 0 and not text[start - 1].isspace()
    if len(folded) != end - start or glued_hyphen:
        return _tokenise_matches(text, start, end, limit)
    # Lower case keeps letters, spaces and punctuation what they are (one character for
    # one), so the folded copy has the text's tokens. Split on them, it gives gaps and
    # tokens in turn: their lengths give the offsets, with no match object per token.
    parts = _TOKEN_SPLIT_RE.split(folded)
    offsets = list(accumulate(map(len, parts), initial=start))
    norms = parts[1::2] if limit is None else parts[1:2 * limit:2]
    n = len(norms)  # token j spans offsets[2j + 1] to offsets[2j + 2]
    return _Tokens(offsets[1:2 * n:2], offsets[2:2 * n + 1:2], norms,
                   list(map(str.isalpha, map(itemgetter(0), norms))))


def _tokenise_matches(text: str, start: int, end: int, limit: int | None) -> _Tokens:
    """`_tokenise` one match at a time, for the rare slices it cannot split."""
    matches = list(islice(_TOKEN_RE.finditer(text, start, end), limit))
    folded = text[start:end].lower().replace("’", "'")
    if len(folded) != end - start:  # a letter whose lower case is longer ("İ"): slow path
        norms = [m.group().lower().replace("’", "'") for m in matches]
    else:
        norms = [folded[m.start() - start:m.end() - start] for m in matches]
    return _Tokens([m.start() for m in matches], [m.end() for m in matches], norms,
                   [text[m.start()].isalpha() for m in matches])


def _word_before(tokens: _Tokens, pos: int) -> bool:
    """Does a word end at or before `pos`? (Tokens are in order: stop at the first after.)"""
    for end, word in zip(tokens.ends, tokens.words, strict=True):
        if end > pos:
            return False
        if word:
            return True
    return False


def _best(candidates: list[_Candidate], last: bool) -> _Candidate | None:
    """The best-ranked candidate, the last (nearest a cue after it) or the first."""
    if not candidates:
        return None
    rank = max(c.rank for c in candidates)
    ranked = [c for c in candidates if c.rank == rank]
    return ranked[-1] if last else ranked[0]


def _role_candidate(match: re.Match[str]) -> _Candidate:
    """A role as subject: a person of the article's gender, or an organisation's voice."""
    role = match.group("role").lower()
    if role in cues.SPOKESPERSONS:
        return _Candidate(match.start(), match.end(), match.group(), "generic")
    article = match.group().split(None, 1)[0].lower()  # "l’élu": no article of a gender
    gender = "f" if article in ("la", "une") or role in cues.FEMININE_ROLES else (
        "m" if article in ("le", "un") else "")
    return _Candidate(match.start(), match.end(), match.group(), "role", gender)


def _locution_end(tokens: _Tokens, k: int,
                  locutions: dict[str, tuple[tuple[str, ...], ...]]) -> int | None:
    """Index of the last word of a locution starting at token k ("mis en garde")."""
    norms = tokens.norms
    for tail in locutions.get(norms[k], ()):
        end = k + len(tail)
        if end < len(norms) and all(norms[k + 1 + n] == w for n, w in enumerate(tail)):
            return end
    return None


def _adverb(word: str) -> bool:
    return word in cues.FRENCH_ADVERBS or (word.endswith("ment") and len(word) > 6)


def _clitic(form: str) -> str:
    """The subject pronoun of an inverted form: "a-t-elle" → "elle"; "" otherwise."""
    if "-" not in form:
        return ""
    pronoun = form.rsplit("-", 1)[1]
    return pronoun if pronoun in ("il", "elle", "ils", "elles", "on") else ""


def _count_words(text: str, start: int, end: int, cap: int) -> int:
    """Words of text[start:end] split on white space ("14 000" is two, "l’entreprise" one),
    counting no further than `cap`: a split stops after cap - 1 cuts, the rest in one."""
    return len(text[start:end].split(None, cap - 1))
