"""Reader for news-agency XML: NewsML-G2, NITF 3.x and NewsML 1.x.

The format is found by the first element of the document (the root or one inside it)
that is a NewsML-G2 `newsMessage`, `newsItem` or `contentSet`, an NITF `nitf`, or a
NewsML 1 `NewsML` or `NewsItem`. Elements are matched by local name: agencies send
NITF and XHTML with and without their namespaces.

Entities: the parser never resolves them and never loads a DTD or anything from the
network, so `SYSTEM "file:///etc/passwd"` or `"http://…"` is neither read nor fetched.
Files that declare entities are parsed, not refused, but nothing is expanded: a
reference to a character entity that HTML and the NITF DTD define (`&nbsp;`, `&eacute;`)
becomes that character; any other reference is dropped. libxml2 refuses declarations
that would blow up (billion laughs) even unexpanded: that is a MalformedFile.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from html.entities import name2codepoint
from urllib.parse import urlsplit

from lxml import etree

from annotator.io.dates import iso_date
from annotator.io.draft import Draft, clean_byline, join_blocks, language_tag
from annotator.io.errors import (
    EmptyArticle,
    ImportFailed,
    MalformedFile,
    NotText,
    UnsupportedFormat,
)

SUPPORTED = "NewsML-G2 (newsItem, newsMessage), NITF 3.x, NewsML 1.x"

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_SPACE = re.compile(r"[ \t\r\n]+")  # not NBSP: French typography needs it
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_DECLARED_ENCODING = re.compile(rb"\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)")
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# Body markup (NITF and XHTML). Elements of no group are inline (em, a, q, person…),
# unless they hold blocks: then they are containers (block, div, body.content…).
_PARAGRAPHS = frozenset("p hl2 h1 h2 h3 h4 h5 h6 pre dt dd li".split())
_LISTS = frozenset({"ul", "ol"})
_BLOCKS = _PARAGRAPHS | _LISTS | {"table"}
# Not article text: metadata read apart (head, body.head with the abstract), trailers,
# media, notes and what browsers do not show.
_SKIP = frozenset(
    "head body.head body.end abstract media note fn ed nitf-table-metadata "
    "script style noscript img figure object iframe video audio".split()
)


def read_wire_xml(data: bytes, source: str) -> Draft:
    root = _parse(data, source)
    found = next((node for node in root.iter() if _name(node) in _READERS), None)
    if found is None:
        raise UnsupportedFormat(
            f"{source}: <{_name(root)}> is not a news agency format (supported: {SUPPORTED})"
        )
    return _READERS[_name(found)](found, source)


# ---- parsing ---------------------------------------------------------------------------


def _parse(data: bytes, source: str) -> etree._Element:
    if not data.strip():
        raise EmptyArticle(f"{source}: the file is empty")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as err:
        raise _parse_error(err, data, source) from None
    except (etree.LxmlError, ValueError) as err:
        raise MalformedFile(f"{source}: cannot read as XML ({err})") from None


def _parse_error(err: etree.XMLSyntaxError, data: bytes, source: str) -> ImportFailed:
    line = err.lineno or 1
    problem = re.sub(r",? line \d+, column \d+.*", "", err.msg or str(err), flags=re.DOTALL)
    if _looks_binary(data):
        return NotText(f"{source}: binary data, not XML")
    declared = _DECLARED_ENCODING.match(data.removeprefix(codecs.BOM_UTF8)[:300])
    if declared and not _fits_encoding(data, declared.group(1).decode("ascii")):
        return MalformedFile(
            f"{source}: line {line}: the bytes are not in the encoding the XML declaration "
            f"names ({declared.group(1).decode('ascii')}): {problem}"
        )
    if "amplification" in problem or "entity reference loop" in problem:
        return MalformedFile(
            f"{source}: line {line}: refused, its entity declarations expand beyond any "
            f"article (a 'billion laughs' file?): {problem}"
        )
    return MalformedFile(f"{source}: not well-formed XML at line {line}: {problem}")


def _looks_binary(data: bytes) -> bool:
    head = data[:1024]
    if head.startswith(_BOMS) or head[:2] in (b"<\x00", b"\x00<"):  # UTF-16 has NULs
        return False
    return b"\x00" in head or len(_BINARY.findall(head)) > 8


def _fits_encoding(data: bytes, declared: str) -> bool:
    if data.startswith(_BOMS):
        return True  # a byte-order mark overrides the declaration, for lxml too
    try:
        codec = codecs.lookup(declared).name
        data.decode(codec)
    except (LookupError, UnicodeError, ValueError):
        return False
    return not codec.startswith(("utf-16", "utf-32")) or b"\x00" in data[:200]


# ---- tree helpers ----------------------------------------------------------------------


def _name(node) -> str:
    """Local name of an element; "" for entity references (and anything not an element)."""
    tag = node.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _child(node, name: str):
    if node is None:
        return None
    return next((child for child in node if _name(child) == name), None)


def _children(node, name: str) -> list:
    return [] if node is None else [child for child in node if _name(child) == name]


def _find(node, *path: str):
    for name in path:
        node = _child(node, name)
    return node


def _attr(node, name: str) -> str:
    return "" if node is None else _collapse(node.get(name, ""))


def _first(values: Iterable[str]) -> str:
    return next((value for value in values if value), "")


def _first_line(nodes: Iterable) -> str:
    return _first(_line(node) for node in nodes)


def _first_date(*values: str) -> str | None:
    return next((found for found in map(iso_date, values) if found), None)


def _lang(*nodes) -> str:
    return _first(
        language_tag(node.get(_XML_LANG) or node.get("lang") or "")
        for node in nodes if node is not None
    )


def _fill(draft: Draft, inner: Draft) -> None:
    """Metadata the envelope lacks, taken from the markup it carries (NITF head…)."""
    for field in ("title", "byline", "published", "source", "language", "dateline"):
        if not getattr(draft, field):
            setattr(draft, field, getattr(inner, field))


def _dateline_place(text: str) -> str:
    """"PARIS, 12 juin 2003 (AFP) -" → "PARIS": what comes before the date or agency."""
    return re.split(r",|\(| [-–—]", text, maxsplit=1)[0].strip(" \u00a0.:;-–—")


def _code(qcode: str) -> str:
    """"nprov:REUTERS" → "REUTERS"."""
    return qcode.partition(":")[2].strip().removeprefix("www.")


def _host(uri: str) -> str:
    try:
        host = urlsplit(uri.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# ---- text ------------------------------------------------------------------------------


def _collapse(text: str) -> str:
    return _XML_SPACE.sub(" ", text).strip(" ")


def _entity(node) -> str:
    code = name2codepoint.get(node.name)
    return chr(code) if code else ""


def _gather(node, lines: list[list[str]], skip: frozenset[str]) -> None:
    """Text inside `node` onto lines[-1]; a <br/> starts a new line."""
    lines[-1].append(node.text or "")
    for child in node:
        _gather_node(child, lines, skip)
        lines[-1].append(child.tail or "")


def _gather_node(node, lines: list[list[str]], skip: frozenset[str] = _SKIP) -> None:
    name = _name(node)
    if node.tag is etree.Entity:
        lines[-1].append(_entity(node))
    elif name == "br":
        lines.append([])
    elif name and name not in skip:
        _gather(node, lines, skip)


def _finish(lines: list[list[str]]) -> str:
    # XML line wrapping is not a line break; <br/> is.
    return "\n".join(_collapse("".join(parts)) for parts in lines).strip("\n")


def _inline(node, skip: frozenset[str] = _SKIP) -> str:
    lines: list[list[str]] = [[]]
    _gather(node, lines, skip)
    return _finish(lines)


def _line(node, skip: frozenset[str] = _SKIP) -> str:
    return "" if node is None else _collapse(_inline(node, skip).replace("\n", " "))


def _holds_blocks(node) -> bool:
    return any(_name(inner) in _BLOCKS for inner in node.iterdescendants())


def _blocks(container, out: list[str]) -> list[str]:
    """Paragraphs, subheads, lists and tables under `container`, in reading order."""
    pending: list[list[str]] = [[container.text or ""]]  # inline text between blocks
    for child in container:
        name = _name(child)
        if name in _BLOCKS or (name and name not in _SKIP and _holds_blocks(child)):
            out.append(_finish(pending))
            pending = [[]]
            if name in _LISTS:
                out.append("\n".join(f"- {item}" for item in
                                     map(_line, _children(child, "li")) if item))
            elif name == "table":
                out.append(_table_text(child))
            elif name in _PARAGRAPHS:
                out.append(_inline(child))
            else:
                _blocks(child, out)
        else:
            _gather_node(child, pending)
        pending[-1].append(child.tail or "")
    out.append(_finish(pending))
    return out


def _table_text(table) -> str:
    rows = (
        " | ".join(_line(cell) for cell in row if _name(cell) in ("td", "th"))
        for row in table.iter() if _name(row) == "tr"
    )
    return "\n".join(row for row in rows if row.strip(" |"))


def _plain_blocks(text: str) -> list[str]:
    """Plain text: paragraphs end at blank lines, or at each line break if it has none."""
    text = text.strip()
    blank_line = re.compile(r"\n[ \t]*\n")
    parts = blank_line.split(text) if blank_line.search(text) else text.split("\n")
    return [_collapse(part) for part in parts]


def _content_draft(holder) -> Draft:
    """The article in a G2 inlineXML/inlineData or NewsML 1 DataContent: NITF, XHTML, text."""
    nitf = _child(holder, "nitf")
    if nitf is not None:
        return _nitf_draft(nitf)
    if not any(isinstance(child.tag, str) for child in holder):
        text = (holder.text or "") + "".join(
            (_entity(child) if child.tag is etree.Entity else "") + (child.tail or "")
            for child in holder
        )
        return Draft(text=join_blocks(_plain_blocks(text)))
    html = _child(holder, "html")
    return Draft(
        text=join_blocks(_blocks(holder, [])),
        title=_line(_find(html, "head", "title")),
        language=_lang(html, _child(html, "body")),
    )


# ---- NITF 3.x --------------------------------------------------------------------------


def _read_nitf(nitf, source: str) -> Draft:
    draft = _nitf_draft(nitf)
    if not draft.text:
        raise EmptyArticle(f"{source}: the NITF document has no body text (body.content)")
    return draft


def _nitf_draft(nitf) -> Draft:
    head, body = _child(nitf, "head"), _child(nitf, "body")
    docdata, body_head = _child(head, "docdata"), _child(body, "body.head")
    dateline = _child(body_head, "dateline")
    return Draft(
        text=join_blocks(_blocks(nitf, [])),  # head, body.head and body.end are skipped
        title=_line(_find(body_head, "hedline", "hl1")) or _line(_child(head, "title")),
        byline=_first(map(_nitf_byline, _children(body_head, "byline"))),
        published=_first_date(
            _attr(_child(docdata, "date.issue"), "norm"),
            _attr(_child(docdata, "date.release"), "norm"),
            _attr(_child(head, "pubdata"), "date.publication"),
            _attr(_child(dateline, "story.date"), "norm"),
        ),
        source=_first((
            _attr(_child(docdata, "doc.copyright"), "holder"),
            _line(_child(body_head, "distributor")),
            _attr(_child(head, "pubdata"), "name"),
        )),
        language=_lang(nitf, head, docdata, body, _child(body, "body.content")),
        dateline=_first((
            _line(_find(dateline, "location", "city")),
            _line(_child(dateline, "location")),
            _dateline_place(_line(dateline)),
        )),
    )


def _nitf_byline(byline) -> str:
    """"By Meredith Jameson, <byttl>Staff Reporter</byttl>" → "Meredith Jameson, Staff Reporter"."""
    persons = [_line(node) for node in byline.iter() if _name(node) == "person"]
    person = ", ".join(filter(None, persons)) or _line(byline, _SKIP | {"byttl"})
    title = _first_line(node for node in byline.iter() if _name(node) == "byttl")
    return ", ".join(part for part in (clean_byline(person), title) if part)


# ---- NewsML-G2 -------------------------------------------------------------------------


def _read_g2_message(message, source: str) -> Draft:
    for item in message.iter():
        if _name(item) == "newsItem" and (body := _g2_content(item)) is not None:
            return _g2_draft(item, body)
    raise EmptyArticle(f"{source}: no news item in the message has a body")


def _read_g2_item(item, source: str) -> Draft:
    body = _g2_content(item)
    if body is None:
        raise EmptyArticle(
            f"{source}: the news item has no body text (its contentSet is missing, empty "
            "or holds only comments)"
        )
    return _g2_draft(item, body)


def _g2_content(node) -> Draft | None:
    """The first rendition in the contentSet that holds text; remote content is not fetched."""
    if _name(node) in ("inlineXML", "inlineData"):
        holders = [node]
    else:
        content_set = node if _name(node) == "contentSet" else _child(node, "contentSet")
        holders = [] if content_set is None else list(content_set)
    for holder in holders:
        # Encoded inline data (base64…) is a picture or a file, not the story's text.
        if _name(holder) == "inlineXML" or (_name(holder) == "inlineData"
                                            and not holder.get("encoding")):
            draft = _content_draft(holder)
            if draft.text:
                return draft
    return None


def _g2_draft(item, body: Draft) -> Draft:
    meta, item_meta = _child(item, "contentMeta"), _child(item, "itemMeta")
    located = _child(meta, "located")
    draft = Draft(
        text=body.text,
        title=_first_line(_children(meta, "headline")),
        byline=clean_byline(_first_line(_children(meta, "by"))),
        published=_first_date(
            _line(_child(item_meta, "firstCreated")),
            _line(_child(meta, "contentCreated")),
            _line(_child(item_meta, "versionCreated")),
        ),
        source=_g2_source(item),
        language=language_tag(_attr(_child(meta, "language"), "tag")) or _lang(item, meta),
        dateline=_line(_child(located, "name"))
        or _dateline_place(_line(_child(meta, "dateline"))),
    )
    _fill(draft, body)
    if not draft.byline:
        draft.byline = clean_byline(_first_line(
            _child(creator, "name") for creator in _children(meta, "creator")))
    if not draft.dateline and re.search(r"[^\W\d_]", _code(_attr(located, "qcode"))):
        draft.dateline = _code(_attr(located, "qcode"))  # "city:Philadelphia", not "geo:345"
    return draft


def _g2_source(item) -> str:
    """"REUTERS", or the provider and the information source: "acmenews.com / AP"."""
    provider = _find(item, "itemMeta", "provider")
    parts = [
        _line(_child(provider, "name")) or _attr(provider, "literal")
        or _code(_attr(provider, "qcode")) or _host(_attr(provider, "uri")),
        _first_line(_child(origin, "name")
                    for origin in _children(_child(item, "contentMeta"), "infoSource")),
    ]
    if parts[0].casefold() == parts[1].casefold():
        parts.pop()
    return " / ".join(filter(None, parts)) or _line(
        _find(item, "rightsInfo", "copyrightHolder", "name"))


# ---- NewsML 1.x ------------------------------------------------------------------------


def _read_newsml1(root, source: str) -> Draft:
    items = [root] if _name(root) == "NewsItem" else [
        node for node in root.iter() if _name(node) == "NewsItem"]
    for item in items:
        found = _newsml1_text(item)
        if found is not None:
            return _newsml1_draft(item, *found)
    raise EmptyArticle(f"{source}: no NewsItem in the NewsML file holds text")


def _newsml1_text(item) -> tuple[etree._Element, Draft] | None:
    """The first ContentItem whose DataContent holds text (not a photo, not encoded)."""
    for content in item.iter():
        data = _child(content, "DataContent") if _name(content) == "ContentItem" else None
        media = _attr(_child(content, "MediaType"), "FormalName").casefold()
        if data is None or media not in ("", "text") or _child(content, "Encoding") is not None:
            continue
        body = _content_draft(data)
        if body.text:
            return content, body
    return None


def _newsml1_draft(item, content, body: Draft) -> Draft:
    # Metadata of the nearest enclosing NewsComponent wins: components nest.
    chain = [node for node in content.iterancestors() if _name(node) == "NewsComponent"]

    def nearest(*path: str) -> str:
        return _first_line(_find(component, *path) for component in chain)

    def party(role: str) -> str:
        return _first(_attr(_find(c, "AdministrativeMetadata", role, "Party"), "FormalName")
                      for c in chain)

    management = _child(item, "NewsManagement")
    draft = Draft(
        text=body.text,
        title=nearest("NewsLines", "HeadLine"),
        byline=clean_byline(nearest("NewsLines", "ByLine")),
        published=_first_date(
            _line(_child(management, "FirstCreated")),
            _line(_child(management, "ThisRevisionCreated")),
        ),
        source=nearest("NewsLines", "CreditLine") or party("Provider") or party("Source"),
        language=_first(
            _lang(node) or language_tag(
                _attr(_find(node, "DescriptiveMetadata", "Language"), "FormalName"))
            for node in [*chain, item]
        ),
        dateline=_dateline_place(nearest("NewsLines", "DateLine")),
    )
    _fill(draft, body)
    return draft


_READERS = {
    "newsMessage": _read_g2_message,
    "newsItem": _read_g2_item,
    "contentSet": _read_g2_item,
    "nitf": _read_nitf,
    "NewsML": _read_newsml1,
    "NewsItem": _read_newsml1,
}
