"""Reader for saved web pages: the article body and its metadata, nothing else.

trafilatura finds the main text (it drops navigation, ads, comments and "read also"
boxes far better than hand-written rules would) and guesses metadata from the page. The
page's own structured metadata is more reliable where it exists, so it goes first:
JSON-LD NewsArticle, Open Graph and `article:` meta tags, the canonical link, <html lang>.

The bytes are decoded here, not by lxml: lxml reads bytes without a declared charset as
Latin-1 and garbles UTF-8. Order: byte-order mark, the page's meta charset, detection.
The HTML parser never loads a DTD or resolves entities declared in one, nor fetches.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from annotator.core.text import normalize_text
from annotator.io.dates import iso_date
from annotator.io.decoding import decode_bytes
from annotator.io.draft import Draft, clean_byline, join_blocks, language_tag
from annotator.io.errors import MalformedFile

# A charset named in the first bytes, as <meta charset="…"> or http-equiv Content-Type.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)

_ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting", "TechArticle",
})


# trafilatura turns every Unicode space into a plain one, and French typography lives in
# them: "14\u202f000", "«\u00a0…\u00a0»". They cross it disguised as characters it keeps
# (printable, not spaces, not word characters) and press copy never holds: ideographic
# description characters. A page that does hold them is read without the disguise.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_KEPT_SPACES = {"\u00a0": "\u2ff0", "\u202f": "\u2ff1", "\u2009": "\u2ff2"}
_SPACE_ENTITIES = re.compile(
    r"&(?:(nbsp|NoBreak|#160|#[xX]0*[aA]0)|(#8239|#[xX]0*202[fF])|(thinsp|ThinSpace|#8201|"
    r"#[xX]0*2009));")


def _disguise(match: re.Match) -> str:
    return "\u2ff0" if match.group(1) else "\u2ff1" if match.group(2) else "\u2ff2"


def _disguise_spaces(text: str) -> str:
    for space, disguise in _KEPT_SPACES.items():  # str.replace: 20× faster than translate
        text = text.replace(space, disguise)
    return _SPACE_ENTITIES.sub(_disguise, text)


def read_html(data: bytes, source: str) -> Draft:
    tree, disguised = _parse(data, source)
    page = _page_metadata(tree)
    # trafilatura's metadata guesswork (htmldate's date search above all) costs as much as
    # finding the main text: it runs only for what the page does not declare.
    complete = all(page.get(k) for k in ("title", "authors", "published", "source", "url"))
    found = _NOTHING if complete else _guessed_metadata(tree, source)
    blocks = _body_blocks(_main_text(tree, source))
    title = _without_site_suffix(
        page.get("title") or found.title or "", page.get("source") or found.sitename or "")
    # The headline is the title, not the body's first line; as written on the page it keeps
    # the typography (a narrow no-break space in "18 000") metadata often flattens.
    if blocks and title and _same_words(blocks[0], title):
        title = blocks.pop(0)
    draft = Draft(
        text=join_blocks(blocks),
        title=title,
        byline=_byline(page.get("authors") or _split_names(found.author or "")),
        published=page.get("published") or iso_date(found.date or ""),
        source=page.get("source") or found.sitename or "",
        url=page.get("url") or _absolute_url(found.url or "") or "",
        language=page.get("language", ""),
    )
    if disguised:
        for field in ("text", "title", "byline", "source", "url"):
            value = getattr(draft, field)
            for space, disguise in _KEPT_SPACES.items():
                value = value.replace(disguise, space)
            setattr(draft, field, value)
    return draft


# ---- decoding and parsing --------------------------------------------------------------


def _parse(data: bytes, source: str) -> tuple[lxml.html.HtmlElement, bool]:
    """The page's tree, and whether its no-break spaces are disguised (see _KEPT_SPACES)."""
    declared = _META_CHARSET.search(data[:4096])
    text = decode_bytes(data, source, declared.group(1).decode("ascii") if declared else None)
    # An XML declaration with an encoding makes lxml refuse text input; it has done its job.
    text = re.sub(r"\A\s*<\?xml[^>]*\?>", "", normalize_text(text))
    # Control characters are not HTML (and make lxml refuse strings trafilatura builds).
    text = _CONTROLS.sub("", text)
    disguised = not any(disguise in text for disguise in _KEPT_SPACES.values())
    if disguised:
        text = _disguise_spaces(text)
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedFile(f"{source}: not a readable web page ({exc})") from None
    return tree, disguised


@functools.cache
def _quiet_trafilatura():
    import logging

    import trafilatura

    # It logs pages it cannot use as warnings; we report them as import errors instead.
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return trafilatura


@functools.cache
def _config():
    from trafilatura.settings import use_config

    config = use_config()
    # Below 250 characters of main text trafilatura trusts generic fallbacks, which flatten
    # a short dispatch (headline, byline and paragraphs) into one block; a wire brief is
    # often that short, and its own extraction of it is right.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "50")
    return config


def _main_text(tree: lxml.html.HtmlElement, source: str):
    """trafilatura's XML body of the main text (without comments), or None."""
    trafilatura = _quiet_trafilatura()
    try:
        found = trafilatura.bare_extraction(tree, include_comments=False, include_tables=True,
                                            config=_config())
    except RecursionError:
        raise MalformedFile(f"{source}: the page is nested too deeply to read") from None
    except ValueError as exc:
        raise MalformedFile(f"{source}: not a readable web page ({exc})") from None
    return None if found is None else found.body


def _guessed_metadata(tree: lxml.html.HtmlElement, source: str):
    trafilatura = _quiet_trafilatura()
    try:
        return trafilatura.extract_metadata(tree)
    except RecursionError:
        raise MalformedFile(f"{source}: the page is nested too deeply to read") from None
    except ValueError as exc:  # lxml refusing a string trafilatura built from the page
        raise MalformedFile(f"{source}: not a readable web page ({exc})") from None


class _NoMetadata:
    title = author = date = sitename = url = None


_NOTHING = _NoMetadata()


# ---- the body --------------------------------------------------------------------------


def _body_blocks(body) -> list[str]:
    """trafilatura's XML body (p, head, list/item, quote, table/row/cell) as text blocks."""
    if body is None:
        return []
    return [block for child in body for block in _blocks(child) if block.strip()]


def _blocks(element) -> Iterator[str]:
    tag = element.tag
    if tag == "list":
        yield "\n".join(_list_lines(element, ""))
    elif tag == "table":
        rows = (" | ".join(_inline(cell) for cell in row if _inline(cell))
                for row in element.iter("row"))
        yield "\n".join(row for row in rows if row)
    elif tag in ("quote", "div") and any(child.tag in _BLOCK_TAGS for child in element):
        if element.text and element.text.strip():
            yield _inline_text(element.text)
        for child in element:
            yield from _blocks(child)
            if child.tail and child.tail.strip():
                yield _inline_text(child.tail)
    elif tag != "graphic":
        yield _inline(element)


_BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "table", "code", "div"})


def _list_lines(element, indent: str) -> Iterator[str]:
    for item in element.iter("item"):
        if item.getparent() is not element:
            continue
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)  # trafilatura's own tree: ours to change
        text = _inline(item)
        if text:
            yield f"{indent}- {text}"
        for child in nested:
            yield from _list_lines(child, indent + "  ")


def _inline(element) -> str:
    """An element's text; <lb/> is a line break, any other white space one space."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "\n".join(_inline_text(line) for line in "".join(parts).split("\n")).strip()


def _inline_text(text: str) -> str:
    # Collapse ASCII white space only: a non-breaking space before « : » is typography.
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip(" ")


def _same_words(a: str, b: str) -> bool:
    """Equal but for case, punctuation and spacing ("18 000" is "18000" and "18\u202f000")."""
    return _WORDS.sub("", a.casefold()) == _WORDS.sub("", b.casefold())


_WORDS = re.compile(r"\W+")


# ---- metadata from the page itself -----------------------------------------------------


def _page_metadata(tree: lxml.html.HtmlElement) -> dict:
    """title, authors, published, source, url, language: what the page declares."""
    meta = _meta_tags(tree)
    ld, nodes = _json_ld_article(tree)
    found: dict = {}
    # The headline as readers see it: og:title is often a social-media variant or carries
    # a kicker ("Tribune : …") and the site's name.
    found["title"] = _text(ld.get("headline")) or _h1(tree) or meta.get("og:title", "")
    published = (ld.get("datePublished"), meta.get("article:published_time"),
                 meta.get("datepublished"), meta.get("date"), meta.get("dc.date"),
                 meta.get("dcterms.created"), meta.get("pubdate"), _time_published(tree))
    found["published"] = next((d for d in map(iso_date, published) if d), None)
    publishers = _ld_names(ld.get("publisher"), nodes) or _microdata_names(tree, "publisher")
    found["source"] = (meta.get("og:site_name") or (publishers[0] if publishers else "")
                       or meta.get("application-name", ""))
    authors = (_ld_names(ld.get("author"), nodes) or _names_from_meta(meta)
               or _visible_authors(tree))
    found["authors"] = _people(authors, found["source"])
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    main_entity = ld.get("mainEntityOfPage")
    if isinstance(main_entity, dict):
        main_entity = main_entity.get("@id") or main_entity.get("url")
    for url in (*canonical, meta.get("og:url"), _text(ld.get("url")), _text(main_entity)):
        url = _absolute_url(url or "")
        if url:
            found["url"] = url
            break
    languages = (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                 meta.get("content-language"), meta.get("language"), meta.get("dc.language"),
                 _text(ld.get("inLanguage")), meta.get("og:locale"))
    found["language"] = next((tag for tag in map(language_tag, languages) if tag), "")
    return found


def _meta_tags(tree) -> dict[str, str]:
    """<meta> contents by lower-cased property, name, itemprop or http-equiv; first wins."""
    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if key:
                tags.setdefault(key, content.strip())
    return tags


def _json_ld_article(tree) -> tuple[dict, dict[str, dict]]:
    """The first JSON-LD object of an article type ({} when there is none or it is broken),
    and every object by its @id (Yoast graphs name authors by reference)."""
    article: dict = {}
    nodes: dict[str, dict] = {}
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # sites ship broken JSON-LD often enough: the other sources remain
        for obj in _json_objects(data):
            if isinstance(obj.get("@id"), str):
                nodes.setdefault(obj["@id"], obj)
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if not article and types & _ARTICLE_TYPES:
                article = obj
    return article, nodes


def _json_objects(data, depth: int = 0) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _json_objects(data.get("@graph"), depth + 1)


def _text(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return value.strip() if isinstance(value, str) else ""


def _ld_names(value, nodes: dict[str, dict]) -> list[str]:
    """Names of JSON-LD Person/Organization objects (or plain strings, or references to
    objects elsewhere in the graph, or lists of them)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict) and "name" not in item and item.get("@id") in nodes:
            item = nodes[item["@id"]]
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not _absolute_url(name.strip()):
            names.append(" ".join(name.split()))
    return names


def _names_from_meta(meta: dict[str, str]) -> list[str]:
    for key in ("author", "article:author", "dc.creator", "byl", "sailthru.author"):
        value = meta.get(key, "")
        if value and not _absolute_url(value):
            return _split_names(value)
    return []


_VISIBLE_BYLINE = ("//*[@rel='author']", "//*[@itemprop='author']//*[@itemprop='name']",
                   "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]",
                   "//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')]",
                   # a line that reads "Par Jean Dupont…" / "By Tom Whitaker…"
                   "//body//*[self::p or self::div or self::span or self::address]"
                   "[starts-with(normalize-space(.), 'Par ') or "
                   "starts-with(normalize-space(.), 'By ')][string-length(.) < 160]")
_LOOKS_LIKE_A_BYLINE = re.compile(r"^(?:par|by)\s+\w[\w'’.-]*\s+[A-ZÀ-Ý]", re.IGNORECASE)
# Job titles that follow a name in a byline ("Tom Whitaker, Business Editor").
_JOB_TITLE = re.compile(
    r"\b(?:editor|correspondent|reporter|writer|journalist|staff|columnist|desk|chief|"
    r"rédact|journaliste|correspondant|envoyée?|chroniqueu|service|chef)", re.IGNORECASE)


def _visible_authors(tree) -> list[str]:
    for index, query in enumerate(_VISIBLE_BYLINE):
        for element in tree.xpath(query):
            text = " ".join(element.text_content().split())
            if index == len(_VISIBLE_BYLINE) - 1 and not _LOOKS_LIKE_A_BYLINE.match(text):
                continue  # "By 2025, the group…" is a sentence, not a byline
            if 0 < len(text) <= 120:
                return [n for n in _split_names(text) if not _JOB_TITLE.search(n)]
    return []


def _people(names: list[str], source: str) -> list[str]:
    """Names without the publication ("Priya Raman Metro Tribune") or dates ("2025")."""
    people = []
    for name in names:
        if source and name.casefold().endswith(" " + source.casefold()):
            name = name[: -len(source)].strip()
        if name and not re.search(r"\d", name) and not (source and _same_words(name, source)):
            people.append(name)
    return people


def _microdata_names(tree, prop: str) -> list[str]:
    for element in tree.xpath(f"//*[@itemprop='{prop}']//*[@itemprop='name']"):
        name = element.get("content") or element.text_content()
        if name and name.strip():
            return [" ".join(name.split())]
    return []


def _h1(tree) -> str:
    """The article's h1: the first in <article> or <main>, else the page's only one."""
    headings = tree.xpath("//article//h1 | //main//h1") or tree.xpath("//h1")
    if len(headings) != 1 and not tree.xpath("//article//h1 | //main//h1"):
        return ""
    text = " ".join(headings[0].text_content().split()) if headings else ""
    return text if len(text) <= 300 else ""


_NAME_SEPARATORS = re.compile(r"\s*(?:[,;|/]|\bet\b|\band\b|&)\s*", re.IGNORECASE)


def _split_names(value: str) -> list[str]:
    """"Par Jean Dupont et Marie Martin" → ["Jean Dupont", "Marie Martin"]."""
    cleaned = clean_byline(re.split(r"\s+(?:[-–—|·]\s+)?(?:publié|published|mis à jour|"
                                    r"updated|le \d)", value, maxsplit=1,
                                    flags=re.IGNORECASE)[0])
    return [name for name in _NAME_SEPARATORS.split(cleaned) if name]


def _byline(names: list[str]) -> str:
    unique = list(dict.fromkeys(clean_byline(n) for n in names if clean_byline(n)))
    return ", ".join(unique)


def _time_published(tree) -> str | None:
    for query in ("//time[@itemprop='datePublished']/@datetime", "//time[@pubdate]/@datetime"):
        found = tree.xpath(query)
        if found:
            return found[0]
    return None


def _absolute_url(url: str) -> str | None:
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _without_site_suffix(title: str, site: str) -> str:
    """"Amazon supprime 18 000 emplois - Le Courrier" → "Amazon supprime 18 000 emplois"."""
    title = " ".join(title.split())
    pieces = re.split(r"\s+[-–—|·:]\s+", title)
    if len(pieces) > 1 and site and _same_words(pieces[-1], site):
        return title[: title.rindex(pieces[-1])].rstrip(" -–—|·:")
    if len(pieces) > 1 and site and _same_words(pieces[0], site):
        return title[len(pieces[0]):].lstrip(" -–—|·:")
    return title
