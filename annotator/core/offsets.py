"""The one conversion between code points (what we store) and UTF-16 units (what Qt counts).

Qt positions count UTF-16 code units, so every character outside the Basic Multilingual Plane
(emoji, some CJK) takes two. Stored offsets are code points. Only this class converts.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    """Converts positions in one text both ways in O(log n) per call.

    Built once per article: it records where the astral characters are, which is usually
    nowhere, in which case both conversions are the identity.
    """

    __slots__ = ("_astral_cp", "_astral_end_u16", "length", "length_u16")

    def __init__(self, text: str) -> None:
        # Both checks run in C: a 1 MB article costs about a millisecond, not 250.
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            astral = []
        else:
            astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_cp = astral
        # UTF-16 position of the second unit of the k-th astral character: a position u
        # lies past k astral characters when u > p_k + k + 1, and on that unit when equal.
        self._astral_end_u16 = [p + k + 1 for k, p in enumerate(astral)]
        self.length = len(text)
        self.length_u16 = len(text) + len(astral)

    def to_utf16(self, cp: int) -> int:
        """Code point position -> UTF-16 position."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_code_point(self, u16: int) -> int:
        """UTF-16 position -> code point position.

        A position inside a surrogate pair (never a cursor position a user can reach) maps
        to the character's start, so a span never splits an emoji.
        """
        if not self._astral_cp:
            return u16
        k = bisect_left(self._astral_end_u16, u16)  # astral characters wholly before u16
        if k < len(self._astral_end_u16) and self._astral_end_u16[k] == u16:
            return u16 - k - 1  # inside the pair: snap to the character's start
        return u16 - k
