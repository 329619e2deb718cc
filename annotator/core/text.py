"""Text rules: the one normalisation applied on import, titles, anchoring context, snapping.

All positions here are code points into the stored (normalised) text.
"""

from __future__ import annotations

import re
import unicodedata

CONTEXT_LENGTH = 32

# Quotation marks stay in a span only when the user selected them.
QUOTE_MARKS = frozenset("«»‹›“”„‟‘’‚‛\"'")
# Spaces Unicode does not always call whitespace in every Python build are listed explicitly:
# NBSP and the narrow NBSP (U+202F) that French typography puts inside « » and in "14 000".
_EXTRA_SPACES = frozenset("\u00a0\u202f\u2007\u2009\u200a\u200b\ufeff")


def normalize_text(text: str) -> str:
    """NFC and LF line endings: done once, on import; every offset refers to the result."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def text_sha256(text: str) -> str:
    import hashlib  # only imports need it; kept off the start-up path

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_from_text(text: str, fallback: str = "Untitled", limit: int = 200) -> str:
    """The first non-empty line, stripped of Markdown heading marks and cut at a word."""
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) > limit:
                cut = line[:limit].rsplit(" ", 1)[0]
                line = (cut or line[:limit]) + "…"
            return line
    return fallback


def context(text: str, start: int, end: int, size: int = CONTEXT_LENGTH) -> tuple[str, str]:
    """The prefix and suffix stored with an annotation so it can be re-anchored later."""
    return text[max(0, start - size) : start], text[end : end + size]


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in _EXTRA_SPACES


def _is_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn"


def _is_trimmable(ch: str) -> bool:
    """Spaces and punctuation that never belong at the edge of a span (quote marks excepted)."""
    if _is_space(ch):
        return True
    if ch in QUOTE_MARKS:
        return False
    return not _is_word(ch) and unicodedata.category(ch)[0] in "PZ"


def snap_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """Snap a user selection to whole words.

    Spaces and punctuation at the edges are trimmed; a word cut by the selection is completed;
    quotation marks are kept only if the user selected them (snapping never grows into them).
    Returns (start, end) with start == end when nothing annotatable was selected.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and _is_trimmable(text[start]):
        start += 1
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    if start == end:
        return start, start
    while start > 0 and _is_word(text[start]) and _is_word(text[start - 1]):
        start -= 1
    while end < len(text) and _is_word(text[end - 1]) and _is_word(text[end]):
        end += 1
    return start, end


# A few of the commonest words of each language that the other hardly uses.
_STOP_WORDS = {
    "fr": frozenset(
        "le la les des du et est une dans pour pas sur au aux avec qui que ce cette il elle "
        "nous vous ils sont ont été était mais ou plus par se sa son ses leur".split()
    ),
    "en": frozenset(
        "the and of to is was that for with on are it this by be at from has have had "
        "were which not but they their said will an".split()
    ),
}


def guess_language(text: str) -> str:
    """"fr", "en" or "" (undecided), from stop words in the first few thousand characters."""
    words = re.findall(r"[^\W\d_]+", text[:5000].casefold())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOP_WORDS.items()}
    (best, top), (_, second) = sorted(scores.items(), key=lambda kv: -kv[1])
    return best if top >= 3 and top >= 2 * second else ""
