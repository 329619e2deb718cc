"""Importers: a file (or pasted text) to the Article that import would store.

Each format registers a reader by extension. A reader gets the file's bytes (formats such
as HTML or DOCX need them, not a guessed decoding) and returns a Draft; `extract` then
applies the rules every article shares, so the stored text is normalised exactly once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotator.core.model import Article, new_id
from annotator.core.text import normalize_text, text_sha256, title_from_text
from annotator.io.decoding import decode_bytes
from annotator.io.errors import ImportFailed

# Larger files are not articles (and would make the editor and the project crawl).
MAX_IMPORT_BYTES = 50 * 1024 * 1024

IMPORT_EXTENSIONS: dict[str, str] = {
    ".txt": "Plain text",
    ".text": "Plain text",
    ".md": "Markdown",
    ".markdown": "Markdown",
}


@dataclass
class Draft:
    """What a reader found; `text` is normalised but not yet tidied."""

    text: str
    title: str = ""
    byline: str = ""
    published: str | None = None


# ---- public API ------------------------------------------------------------------------


def extract(path: str | os.PathLike) -> Article:
    """The article that importing `path` would store. Touches no project."""
    path = Path(path)
    # Say what is wrong with the path itself before judging its extension.
    if path.is_dir():
        raise ImportFailed(f"{path}: is a folder, not a file")
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(IMPORT_EXTENSIONS)
        kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        raise ImportFailed(f"{path}: cannot import {kind} (supported: {supported})")
    draft = reader(_read(path), str(path))
    return _article(draft, path.name, str(path))


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
            raise ImportFailed(
                f"{path}: too large to import ({size / 1e6:.1f} MB; "
                f"the limit is {MAX_IMPORT_BYTES / 1e6:.0f} MB)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def _decode(data: bytes, source: str) -> str:
    return normalize_text(decode_bytes(data, source))


def _tidy(text: str) -> str:
    """Trailing spaces and tabs off every line, one blank line at most, no blank edges.

    Only ASCII spaces go: a trailing NBSP may be deliberate typography.
    """
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n").rstrip()


def _article(draft: Draft, origin: str, source: str) -> Article:
    text = _tidy(draft.text)
    if not text.strip():
        raise ImportFailed(f"{source}: no text to import")
    return Article(
        id=new_id(),
        title=draft.title or title_from_text(text),
        text=text,
        byline=draft.byline,
        published=draft.published,
        language=guess_language(text),
        text_sha256=text_sha256(text),
        origin=origin,
    )


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


# ---- plain text ------------------------------------------------------------------------


def _read_plain_text(data: bytes, source: str) -> Draft:
    # The title comes from the first non-empty line, as for pasted text.
    return Draft(text=_decode(data, source))


# ---- Markdown --------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$", re.MULTILINE)
# Inline HTML is dropped, and with these elements what lies between their tags too.
_HIDDEN_ELEMENT = re.compile(r"<(script|style)\b", re.IGNORECASE)


def _read_markdown(data: bytes, source: str) -> Draft:
    text = _decode(data, source)
    meta: dict[str, str] = {}
    found = _FRONT_MATTER.match(text)
    if found and _FRONT_MATTER_KEY.search(found.group(1)):
        meta = {k.lower(): _unquote(v) for k, v in _FRONT_MATTER_KEY.findall(found.group(1))}
        text = text[found.end():]
    body, heading = _markdown_to_text(text)
    return Draft(
        text=body,
        title=meta.get("title") or heading,
        byline=meta.get("author", ""),
        published=meta.get("date") or None,
    )


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip()


def _markdown_to_text(source: str) -> tuple[str, str]:
    """Readable plain text from Markdown, and the text of its first heading (or "").

    Blocks are separated by one blank line; list items and table rows are consecutive lines.
    """
    tokens = MarkdownIt("commonmark").enable("table").parse(source)
    lines: list[str] = []
    heading = ""
    lists: list[list[str]] = []  # [type, indent of item text] of open lists, innermost last
    item_prefix = ""  # marker of the list item whose first line is still to come
    in_heading = False
    row: list[str] | None = None
    follow = False  # inside a list or table that has a line out already: no blank line

    def emit(text: str) -> None:
        if lines and not follow:
            lines.append("")
        lines.extend(text.split("\n"))

    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append([kind, ""])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            follow = follow and bool(lists)
        elif kind == "list_item_open":
            outer = lists[-2][1] if len(lists) > 1 else ""
            marker = f"{token.info}." if lists[-1][0] == "ordered_list_open" else "-"
            item_prefix = outer + marker + " "
            lists[-1][1] = " " * len(item_prefix)
        elif kind in ("heading_open", "heading_close"):
            in_heading = kind == "heading_open"
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            emit(" | ".join(row))
            row, follow = None, True
        elif kind == "table_close":
            follow = bool(lists)
        elif kind == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
                continue
            if in_heading and not heading:
                heading = text
            if not text.strip():
                continue
            if lists:
                # An item's first paragraph carries its marker; later ones are indented.
                indent = item_prefix or lists[-1][1]
                item_prefix = ""
                emit(indent + text.replace("\n", "\n" + " " * len(indent)))
                follow = True
            else:
                emit(text)
        elif kind in ("fence", "code_block"):
            emit(token.content.rstrip("\n"))
        # html_block, hr, images and the open/close tokens of other blocks add no text.
    return "\n".join(lines), heading


def _inline_text(children: list[Token]) -> str:
    """Emphasis and links reduced to their text; images and inline HTML dropped."""
    parts: list[str] = []
    hidden_until = ""  # the closing tag that ends a <script> or <style>
    dropped = False  # something was left out: "a ![x](x.png) b" reads "a b", not "a  b"
    for child in children:
        kind, content = child.type, child.content
        if hidden_until:
            if kind == "html_inline" and content.lower().startswith(hidden_until):
                hidden_until = ""
        elif kind in ("text", "code_inline"):
            if dropped and parts and parts[-1].endswith(" ") and content.startswith(" "):
                content = content[1:]
            parts.append(content)
            dropped = False
        elif kind == "softbreak":
            # Hard-wrapped source lines belong to one paragraph: a quote may span them.
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind in ("image", "html_inline"):
            dropped = True
            element = _HIDDEN_ELEMENT.match(content)
            if element and not content.rstrip().endswith("/>"):
                hidden_until = f"</{element.group(1).lower()}"
    return "".join(parts).strip()


_READERS: dict[str, Callable[[bytes, str], Draft]] = {
    ".txt": _read_plain_text,
    ".text": _read_plain_text,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
}
