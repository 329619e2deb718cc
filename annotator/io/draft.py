"""What a format reader found in a file, before the rules every article shares apply."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Draft:
    """`text` is normalised (NFC, LF) but not yet tidied; blocks end with a blank line.

    published: ISO 8601 (see annotator.io.dates.iso_date) or None; language: a primary
    language subtag ("fr", "en") or "" to let the importer guess from the text.
    """

    text: str
    title: str = ""
    byline: str = ""
    published: str | None = None
    source: str = ""
    url: str = ""
    language: str = ""
    dateline: str = ""


_BYLINE_PREFIX = re.compile(r"^\s*(?:by|par|de|from)\s+", re.IGNORECASE)


def clean_byline(value: str) -> str:
    """"Par Jean Dupont" → "Jean Dupont"; runs of ASCII white space made one space."""
    value = re.sub(r"[ \t\r\n\f\v]+", " ", value).strip(" ")
    return _BYLINE_PREFIX.sub("", value).strip(" ,;·|-–—")


def language_tag(value: str) -> str:
    """"en-GB", "fr_FR", "FR" → "en", "fr"; "" when it is not a language tag."""
    primary = re.split(r"[-_]", (value or "").strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def join_blocks(blocks: list[str]) -> str:
    """Paragraphs (and other blocks) separated by one blank line, empty ones dropped."""
    return "\n\n".join(b.strip() for b in blocks if b and b.strip())
