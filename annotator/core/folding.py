"""Accent- and case-insensitive matching in the stored text, with its own offsets.

The full-text index folds case and removes diacritics (`unicode61 remove_diacritics 2`), so
"presidente" finds "présidente". To show *where* in an article a word is, and for the
find bar, the same folding is done here in Python, without copying the text: a needle
becomes a regular expression in which each letter is the class of every character that
folds to it ("e" → `[eEéÉèÈêÊëË…]`) and may be followed by combining marks. `re` then
searches the stored text itself (in C, once per needle), so every match is already in
code points of that text: no folded copy, no map back from folded to original offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining marks that may follow a letter in NFC text when no precomposed form exists.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKS_AFTER = f"[{_MARKS}]*"
# A word character in the sense of the full-text tokenizer: letters, digits, marks.
WORD_CHAR = rf"(?:[^\W_]|[{_MARKS}])"
# Just after a word's first character: the one before it is not a word character.
_AFTER_WORD_START = r"(?<![^\W_].)"
_NOT_WORD_AFTER = rf"(?![^\W_]|[{_MARKS}])"
# What separates the words of a phrase in the text: anything but letters and digits.
_BETWEEN_WORDS = r"[\W_]+"
# Characters whose folded forms are collected: Latin, Greek, Cyrillic and their
# extended blocks, where letters carry diacritics (NFD splits them off).
_FOLDED_RANGES = ((0x41, 0x530), (0x1E00, 0x2000))


def fold_char(ch: str) -> str:
    """One character without its diacritics, lower case; itself when that is not one
    character (the tokenizer keeps "ß", "ﬁ" and the like as they are, so do we)."""
    base = "".join(c for c in unicodedata.normalize("NFD", ch)
                   if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


def fold(text: str) -> str:
    """The text as the index sees it (for tests and short strings: length preserved,
    lone combining marks dropped)."""
    return "".join(fold_char(c) for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Folded character → every character folding to it (itself first). ~10 ms, once."""
    found: dict[str, list[str]] = {}
    for lo, hi in _FOLDED_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            base = fold_char(ch)
            if base != ch:
                found.setdefault(base, [base]).append(ch)
    return {base: "".join(chars) for base, chars in found.items()}


def _char_pattern(ch: str) -> str:
    base = fold_char(ch)
    chars = _variants().get(base)
    if chars is None:
        return re.escape(ch) + (_MARKS_AFTER if ch.isalnum() else "")
    return "[" + "".join(re.escape(c) for c in chars) + "]" + _MARKS_AFTER


def needle_pattern(needle: str) -> str:
    """Regular expression source matching `needle` anywhere, folding accents and case.
    A run of spaces in the needle matches any run of white space (no-break spaces of
    French typography included: "14 000" finds "14\u202f000")."""
    needle = unicodedata.normalize("NFC", needle)
    parts = []
    for piece in re.split(r"(\s+)", needle):
        if not piece:
            continue
        if piece.isspace():
            parts.append(r"\s+")
        else:
            parts.extend(_char_pattern(c) for c in piece if not unicodedata.combining(c))
    return "".join(parts)


def words_pattern(words: tuple[str, ...] | list[str], prefix: bool = False) -> str:
    """Regular expression source for whole words in sequence (a phrase of the index: any
    non-word characters between them); `prefix`: the last one may go on (and the match
    takes the rest of that word)."""
    first = unicodedata.normalize("NFC", words[0])
    # The pattern starts with the first letter's class, so `re` scans for that class at
    # C speed (a leading look-behind would be tried at every position: 4-6x slower);
    # the word boundary before it is checked once that letter is found.
    body = (_char_pattern(first[0]).removesuffix(_MARKS_AFTER) + _AFTER_WORD_START
            + _MARKS_AFTER + needle_pattern(first[1:]))
    for word in words[1:]:
        body += _BETWEEN_WORDS + needle_pattern(word)
    return body + (WORD_CHAR + "*" if prefix else _NOT_WORD_AFTER)


def compile_needle(needle: str) -> re.Pattern[str] | None:
    """The compiled pattern of a find-bar needle, or None for an empty one."""
    source = needle_pattern(needle.strip())
    return re.compile(source) if source else None
