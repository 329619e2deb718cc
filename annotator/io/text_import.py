"""Readers for plain text and Markdown files."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotator.core.text import normalize_text
from annotator.io.dates import iso_date
from annotator.io.decoding import decode_bytes
from annotator.io.draft import Draft, clean_byline, language_tag


def _decode(data: bytes, source: str) -> str:
    return normalize_text(decode_bytes(data, source))


# ---- plain text ------------------------------------------------------------------------


def read_plain_text(data: bytes, source: str) -> Draft:
    # The title comes from the first non-empty line, as for pasted text.
    return Draft(text=_decode(data, source))


# ---- Markdown --------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$", re.MULTILINE)
# Inline HTML is dropped, and with these elements what lies between their tags too.
_HIDDEN_ELEMENT = re.compile(r"<(script|style)\b", re.IGNORECASE)


def read_markdown(data: bytes, source: str) -> Draft:
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
        byline=clean_byline(meta.get("author", "")),
        published=iso_date(meta.get("date", "")),
        source=meta.get("source", ""),
        url=meta.get("url", ""),
        language=language_tag(meta.get("lang") or meta.get("language", "")),
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
