"""Reader for Word .docx files: the body's paragraphs, lists and tables, and core properties.

The text is read from the document XML itself rather than through python-docx's
`Paragraph.text`, which skips tracked insertions (`w:ins`), content controls (`w:sdt`)
and smart tags: a reporter's copy edited with "Track changes" on would lose words.
Headers, footers, footnotes, comments and text boxes are not the article and are left out.

Safety: the zip is sized up from its directory before python-docx inflates anything (see
the limits below), and python-docx parses XML with `resolve_entities=False` and lxml's
defaults (no DTD loading, no network), so a DOCTYPE entity is never expanded or fetched.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone

from lxml import etree

from annotator.core.text import title_from_text
from annotator.io.dates import iso_date
from annotator.io.draft import Draft, clean_byline, join_blocks, language_tag
from annotator.io.errors import EmptyArticle, FileTooLarge, MalformedFile

# A 50 MB .docx of text and pictures unzips to well under this; more is a zip bomb.
MAX_UNZIPPED_BYTES = 200_000_000  # messages say "200 MB"
# Word's XML deflates 5-30:1; a large part that shrank beyond this was made to explode.
MAX_RATIO = 200
RATIO_CHECKED_ABOVE = 10_000_000
# A document has a few dozen parts; a zip with more is not one and is slow to list.
MAX_MEMBERS = 10_000

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
_W = f"{{{_NS['w']}}}"  # Clark notation prefix of WordprocessingML tags
_P, _TBL = f"{_W}p", f"{_W}tbl"
# Elements that only wrap blocks: content controls and custom XML.
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"}
# Run content that shows as text, in document order; not deleted or moved-away text, not
# text boxes (floating shapes, not the paragraph's flow), not the fallback copy of a shape.
_RUN_TEXT = etree.XPath(
    ".//w:r/*[self::w:t or self::w:tab or self::w:ptab or self::w:br or self::w:cr"
    " or self::w:noBreakHyphen][not(ancestor::w:del or ancestor::w:moveFrom"
    " or ancestor::w:txbxContent or ancestor::mc:Fallback)]",
    namespaces=_NS,
)
_BODY = etree.XPath("./w:body", namespaces=_NS)
_CELL_PARAGRAPHS = etree.XPath(".//w:p[not(ancestor::w:txbxContent)]", namespaces=_NS)
_ROW_CELLS = etree.XPath("./w:tc | ./w:sdt/w:sdtContent/w:tc", namespaces=_NS)
_TABLE_ROWS = etree.XPath("./w:tr | ./w:sdt/w:sdtContent/w:tr", namespaces=_NS)
_STYLES = etree.XPath("./w:style", namespaces=_NS)
_STYLE_NAME = etree.XPath("string(w:name/@w:val)", namespaces=_NS)
_STYLE_ID = etree.XPath("string(w:pPr/w:pStyle/@w:val)", namespaces=_NS)
_NUM_ID = etree.XPath("string(w:pPr/w:numPr/w:numId/@w:val)", namespaces=_NS)
_NUM_LEVEL = etree.XPath("string(w:pPr/w:numPr/w:ilvl/@w:val)", namespaces=_NS)
_MERGE = etree.XPath("./w:tcPr/w:vMerge", namespaces=_NS)

# First bytes of files people rename to .docx, and what to tell them.
_NOT_DOCX = {
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": (
        "an old Word 97-2003 .doc or a password-protected document; open it in Word "
        "and save it as .docx without a password"
    ),
    b"{\\rtf": "an RTF file, not a Word document (.docx); open it in Word and save it as .docx",
    b"%PDF-": "a PDF file, not a Word document (.docx)",
}
# Other Office Open XML and OpenDocument files, by a member only they have.
_OTHER_ZIPS = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
    "mimetype": "an OpenDocument file (save it as .docx)",
}
# What python-docx, zipfile, zlib and lxml raise on damaged packages.
_DAMAGED = (
    zipfile.BadZipFile, zlib.error, EOFError, struct.error, KeyError, ValueError,
    NotImplementedError, RuntimeError, etree.LxmlError,
)
# The author (with a 2013 creation date) of python-docx's own template: not the reporter.
_TEMPLATE_AUTHOR = "python-docx"


def read_docx(data: bytes, source: str) -> Draft:
    _check_package(data, source)
    document = _open(data, source)
    body = _BODY(document.element)
    blocks = list(_blocks(body[0], _style_names(document))) if body else []
    title, blocks = _take_title(blocks)
    text = join_blocks([_render(group) for group in _group_lists(blocks)])
    if not text:
        raise EmptyArticle(f"{source}: the Word document holds no text")
    draft = Draft(text=text, title=title)
    props = _core_properties(document)
    if props is not None:
        if props.author != _TEMPLATE_AUTHOR:
            draft.byline = clean_byline(props.author or "")
            draft.published = _created(props)
        draft.language = language_tag(props.language or "")
        # Template titles are often stale: only for a document without a paragraph.
        if not any(isinstance(b, _Paragraph) for b in blocks):
            draft.title = draft.title or props.title or ""
    return draft


# ---- the package -----------------------------------------------------------------------


def _check_package(data: bytes, source: str) -> None:
    """Refuse what is not a .docx, or would unzip to too much, before python-docx reads it."""
    for magic, message in _NOT_DOCX.items():
        if data.startswith(magic):
            raise MalformedFile(f"{source}: {message}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except _DAMAGED:
        raise MalformedFile(f"{source}: not a Word document (.docx)") from None
    if len(members) > MAX_MEMBERS:
        raise MalformedFile(f"{source}: not a Word document (.docx): {len(members)} files inside")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise FileTooLarge(
            f"{source}: unzips to {total / 1e6:.0f} MB "
            f"(the limit is {MAX_UNZIPPED_BYTES / 1e6:.0f} MB)"
        )
    for m in members:
        if m.file_size > RATIO_CHECKED_ABOVE and m.file_size > MAX_RATIO * max(1, m.compress_size):
            raise MalformedFile(
                f"{source}: {m.filename} would expand more than {MAX_RATIO}:1 "
                "(a zip bomb, not a Word document)"
            )
    names = {m.filename for m in members}
    other = next((kind for name, kind in _OTHER_ZIPS.items() if name in names), None)
    if other:
        raise MalformedFile(f"{source}: not a Word document (.docx) but {other}")
    if "[Content_Types].xml" not in names:
        raise MalformedFile(f"{source}: not a Word document (.docx)")


def _open(data: bytes, source: str):
    import docx
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from docx.oxml.exceptions import XmlchemyError

    try:
        return docx.Document(io.BytesIO(data))
    # Its object model expects its own element classes: a part whose root is in the wrong
    # namespace parses to a plain element, and python-docx then fails on an attribute.
    except (*_DAMAGED, PythonDocxError, OpcError, XmlchemyError, AttributeError, TypeError) as exc:
        raise MalformedFile(f"{source}: damaged or not a Word document ({_reason(exc)})") from None


def _reason(exc: Exception) -> str:
    """A short clue for whoever looks into the file: the parser's words, when it has some."""
    if isinstance(exc, (AttributeError, TypeError)):
        return "unexpected structure"
    first = (str(exc).splitlines() or [""])[0]
    first = re.sub(r"file '<[^>]*>' ", "", first)  # python-docx names the stream object
    return first[:120] or type(exc).__name__


def _related_part(source, relationship: str, part_class):
    """The part `source` relates to in that way, or None when absent or mislabelled.

    Where the file has none, python-docx would invent one (core properties titled "Word
    Document", its template's styles): not what the file says.
    """
    try:
        part = source.part_related_by(relationship)
    except (KeyError, ValueError):  # none, or several
        return None
    return part if isinstance(part, part_class) else None


def _core_properties(document):
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.parts.coreprops import CorePropertiesPart
    from docx.oxml.coreprops import CT_CoreProperties

    package = document.part.package
    part = _related_part(package, RELATIONSHIP_TYPE.CORE_PROPERTIES, CorePropertiesPart)
    if part is None or not isinstance(part.element, CT_CoreProperties):
        return None
    return part.core_properties


def _style_names(document) -> dict[str, str]:
    """Style id → lower-case name. Ids are translated ("Titre1"); names are not ("heading 1")."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.parts.styles import StylesPart

    part = _related_part(document.part, RELATIONSHIP_TYPE.STYLES, StylesPart)
    if part is None:
        return {}
    return {s.get(f"{_W}styleId", ""): _STYLE_NAME(s).lower() for s in _STYLES(part.element)}


def _created(props) -> str | None:
    try:
        value = props.created
    except (TypeError, OverflowError):  # python-docx on <dcterms:created/>, or year 1 minus 5 h
        return None
    # Core properties are W3CDTF times; one without an offset is UTC, as the format says.
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return iso_date(value)


# ---- body blocks -----------------------------------------------------------------------


@dataclass
class _Paragraph:
    text: str
    style: str  # lower-case style name, "" for the default style
    list_level: int | None  # nesting depth of a list item, None when not one


@dataclass
class _Table:
    text: str  # one line a row


def _blocks(container, styles: dict[str, str]):
    """Non-empty paragraphs and tables of `container`, in document order."""
    for child in container:
        if child.tag == _P:
            paragraph = _paragraph(child, styles)
            if paragraph.text.strip():
                yield paragraph
        elif child.tag == _TBL:
            table = _table_text(child)
            if table:
                yield _Table(table)
        elif child.tag in _WRAPPERS:
            yield from _blocks(child, styles)


def _paragraph(p, styles: dict[str, str]) -> _Paragraph:
    style = styles.get(_STYLE_ID(p), "")
    return _Paragraph(_paragraph_text(p), style, _list_level(p, style))


def _paragraph_text(p) -> str:
    parts = []
    for element in _RUN_TEXT(p):
        tag = etree.QName(element).localname
        if tag == "t":
            # Text around XML comments and unexpanded entity references, not the references.
            parts.append((element.text or "") + "".join(c.tail or "" for c in element))
        else:
            parts.append({"tab": " ", "ptab": " ", "noBreakHyphen": "-"}.get(tag, "\n"))
    lines = "".join(parts).split("\n")
    return "\n".join(line.strip(" ") for line in lines).strip("\n")


def _list_level(p, style: str) -> int | None:
    """0 for a top-level list item, 1 for a nested one…; None for other paragraphs."""
    num_id = _NUM_ID(p)
    # Numbered headings ("1. Introduction") carry numbering too, but are not list items.
    if num_id not in ("", "0") and not style.startswith(("heading", "title")):
        level = _NUM_LEVEL(p)
        return min(int(level), 8) if level.isdecimal() else 0
    if style.startswith("list"):
        nested = re.search(r" ([2-9])$", style)  # "List Bullet 2" is the second level
        return int(nested.group(1)) - 1 if nested else 0
    return None


def _table_text(tbl) -> str:
    """One line a row, cells joined by " | "; a vertically merged cell is given once."""
    rows = []
    for tr in _TABLE_ROWS(tbl):
        cells = [_cell_text(tc) for tc in _ROW_CELLS(tr) if not _continues_merge(tc)]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _continues_merge(tc) -> bool:
    # <w:vMerge/> without a value continues the cell above, as "continue" does.
    return any(m.get(f"{_W}val", "continue") == "continue" for m in _MERGE(tc))


def _cell_text(tc) -> str:
    # A row is one line: a cell's paragraphs (and nested tables) are run together.
    text = " ".join(_paragraph_text(p) for p in _CELL_PARAGRAPHS(tc))
    return re.sub(r"[ \n]+", " ", text).strip()


# ---- title and layout ------------------------------------------------------------------


def _take_title(blocks: list) -> tuple[str, list]:
    """The headline, and the blocks without it when it was marked as one.

    A Title paragraph is the headline wherever it is; else the first Heading 1, taken out
    of the body only when it opens the document. An unstyled first paragraph may be the
    headline or the lede: it stays in the body, and its first line is the title.
    """
    paragraphs = [b for b in blocks if isinstance(b, _Paragraph)]
    if not paragraphs:
        return "", blocks
    title = next((p for p in paragraphs if p.style == "title"), None)
    heading = next((p for p in paragraphs if p.style == "heading 1"), None)
    headline = title or heading
    if headline is None:
        return title_from_text(paragraphs[0].text), blocks
    body = [b for b in blocks if b is not headline]
    keep = headline is heading and headline is not paragraphs[0]
    # A document that is only a headline keeps it as its text.
    return headline.text, blocks if keep or not body else body


def _group_lists(blocks: list) -> list[list]:
    """Blocks with consecutive list items gathered, as they are printed without blank lines."""
    groups: list[list] = []
    for block in blocks:
        if _is_item(block) and groups and _is_item(groups[-1][-1]):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _is_item(block) -> bool:
    return isinstance(block, _Paragraph) and block.list_level is not None


def _render(group: list) -> str:
    lines = []
    for block in group:
        if _is_item(block):
            indent = "  " * block.list_level
            # Soft line breaks in an item continue under its text, not under the marker.
            lines.append(indent + "- " + block.text.replace("\n", "\n" + indent + "  "))
        else:
            lines.append(block.text)
    return "\n".join(lines)
