"""Importers: a file (or pasted text) to the Article that import would store.

Each format registers a reader by extension (a registry, as MusicBrainz Picard keeps
one). A reader gets the file's bytes (HTML, XML and DOCX must see them, not a guessed
decoding) and returns a Draft; `extract` then applies the rules every article shares, so
the stored text is normalised exactly once. Reader modules load on first use: trafilatura
and python-docx cost a quarter of a second to import, which a start-up must not pay.

Whatever the bytes, only ImportFailed (and its subclasses) comes out of `extract`.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from annotator.core.model import Article, new_id
from annotator.core.text import guess_language, normalize_text, text_sha256, title_from_text
from annotator.io.draft import Draft
from annotator.io.errors import EmptyArticle, FileTooLarge, ImportFailed, UnsupportedFormat

# Larger files are not articles (a 300-page report is about 2 MB of text; a saved page
# with its scripts well under 10 MB), and would make the editor and the project crawl.
MAX_IMPORT_BYTES = 50 * 1024 * 1024

# extension: (label for file dialogs, "module:function" of its reader)
_READERS: dict[str, tuple[str, str]] = {
    ".txt": ("Plain text", "text_import:read_plain_text"),
    ".text": ("Plain text", "text_import:read_plain_text"),
    ".md": ("Markdown", "text_import:read_markdown"),
    ".markdown": ("Markdown", "text_import:read_markdown"),
    ".html": ("Web page", "html_import:read_html"),
    ".htm": ("Web page", "html_import:read_html"),
    ".xhtml": ("Web page", "html_import:read_html"),
    ".xml": ("News agency XML (NewsML-G2, NITF, NewsML 1)", "wire_xml:read_wire_xml"),
    ".nitf": ("News agency XML (NewsML-G2, NITF, NewsML 1)", "wire_xml:read_wire_xml"),
    ".newsml": ("News agency XML (NewsML-G2, NITF, NewsML 1)", "wire_xml:read_wire_xml"),
    ".docx": ("Word document", "docx_import:read_docx"),
}

IMPORT_EXTENSIONS: dict[str, str] = {ext: label for ext, (label, _) in _READERS.items()}


# ---- public API ------------------------------------------------------------------------


def extract(path: str | os.PathLike) -> Article:
    """The article that importing `path` would store. Touches no project."""
    path = Path(path)
    # Say what is wrong with the path itself before judging its extension.
    if path.is_dir():
        raise UnsupportedFormat(f"{path}: is a folder, not a file")
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    reader = reader_for(path)
    draft = reader(_read(path), str(path))
    return _article(draft, path.name, str(path))


def reader_for(path: Path) -> Callable[[bytes, str], Draft]:
    """The reader of this file's extension; UnsupportedFormat names the ones we have."""
    entry = _READERS.get(path.suffix.lower())
    if entry is None:
        supported = ", ".join(_READERS)
        kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        raise UnsupportedFormat(f"{path}: cannot import {kind} (supported: {supported})")
    module, function = entry[1].split(":")
    return getattr(importlib.import_module(f"annotator.io.{module}"), function)


def article_from_text(text: str, origin: str, title: str | None = None) -> Article:
    """An article from pasted text, by the plain-text rules."""
    draft = Draft(text=normalize_text(text))
    if title and title.strip():
        draft.title = title.strip()
    return _article(draft, origin, origin)


# ---- shared rules ----------------------------------------------------------------------


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise FileTooLarge(
                f"{path}: too large to import ({size / 1e6:.1f} MB; "
                f"the limit is {MAX_IMPORT_BYTES / 1e6:.0f} MB)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def _tidy(text: str) -> str:
    """Trailing spaces and tabs off every line, one blank line at most, no blank edges.

    Only ASCII spaces go: a trailing NBSP may be deliberate typography.
    """
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n").rstrip()


def _one_line(value: str) -> str:
    # ASCII white space only: a no-break space in a title ("14 000") is typography.
    return re.sub(r"[ \t\n\r\f\v]+", " ", normalize_text(value or "")).strip(" ")


def _article(draft: Draft, origin: str, source: str) -> Article:
    text = _tidy(normalize_text(draft.text))
    if not text.strip():
        raise EmptyArticle(f"{source}: no text to import (no article body found)")
    return Article(
        id=new_id(),
        title=_one_line(draft.title) or title_from_text(text),
        text=text,
        byline=_one_line(draft.byline),
        source=_one_line(draft.source),
        url=_one_line(draft.url),
        published=draft.published,
        language=draft.language or guess_language(text),
        text_sha256=text_sha256(text),
        origin=origin,
        dateline=_one_line(draft.dateline),
    )


__all__ = ["IMPORT_EXTENSIONS", "MAX_IMPORT_BYTES", "article_from_text", "extract",
           "guess_language", "reader_for"]
