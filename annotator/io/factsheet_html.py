"""The HTML fact sheet: a self-contained, printable page.

The page around the articles is the template's lxml tree, where user text only enters as
element text or attribute values (lxml escapes it); the articles are written as escaped
HTML text, for speed (see _article). A note reading "<script>" is shown, never run.
The newsroom's template (exports/factsheet.html) supplies the page around the content;
its stylesheet (exports/factsheet.css) is inlined so the file needs nothing from the
network.
As a second line of defence every sheet opens with a Content-Security-Policy that forbids
scripts and every fetch, whatever the template: a browser keeps the page inert even if some
markup ever slipped through.
"""

from __future__ import annotations

import re
import secrets
from functools import lru_cache
from html import escape
from pathlib import Path

import lxml.html
from lxml import etree
from lxml.builder import ElementMaker

from annotator import APP_NAME
from annotator.core.model import STATUSES, ProjectData, utc_now
from annotator.io.factsheet import (
    ArticleSheet,
    Item,
    SheetError,
    clean,
    format_date,
    safe_color,
    safe_url,
    segment,
    status_label,
)

TEMPLATE = "factsheet.html"
STYLESHEET = "factsheet.css"
REQUIRED_SLOTS = ("title", "articles")
# Elements that would run code or fetch something when the sheet is opened or printed.
_FORBIDDEN_TAGS = {"script", "link", "iframe", "frame", "object", "embed", "base", "applet"}
_FETCHING_ATTRS = ("src", "srcset", "poster", "data", "background")
_CSS_FETCH = re.compile(r"@import|url\(\s*['\"]?(?!data:|#)", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# No script, frame, plugin, form or fetch; only the inline styles and the data: images and
# fonts a template is allowed (see _load_template). A <meta> CSP cannot set frame-ancestors.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")

E = ElementMaker(makeelement=lxml.html.html_parser.makeelement)


def render_html(
    data: ProjectData, sheets: list[ArticleSheet], title: str, single: bool, template_dir: Path
) -> str:
    """The page; `single` makes the one article's title the page heading."""
    doc, slots, css = _load_template(template_dir)
    parties = {p.id: p.name for p in data.parties}

    head = doc.find("head")
    if head is None:  # lxml always makes one, but an odd template must not crash us
        head = etree.SubElement(doc, "head")
        doc.insert(0, head)
    # First in <head>, so it governs everything after it (a template's own CSP only adds to it).
    csp = E.meta({"http-equiv": "Content-Security-Policy", "content": CSP})
    csp.tail = "\n"
    head.insert(0, csp)
    title_el = head.find("title")
    if title_el is None:
        title_el = etree.SubElement(head, "title")
    title_el.text = clean(title)
    head.append(E.style("\n" + css + "\n"))
    lang = data.meta.get("language", "")
    if single and sheets[0].article.language:
        lang = sheets[0].article.language
    if _LANG_RE.match(lang):
        doc.set("lang", lang)

    title_slot = slots["title"]
    _set_text(title_slot, title)
    if not title_slot.get("id"):
        title_slot.set("id", "sheet-title")
    if "generated" in slots:
        _set_text(slots["generated"], f"Generated {format_date(utc_now())} by {APP_NAME}")
    if "summary" in slots:
        total = sum(len(s.items) for s in sheets)
        parts = [] if single else [_plural(len(sheets), "article")]
        _set_text(slots["summary"], " · ".join([*parts, _plural(total, "annotation")]))

    container = slots["articles"]
    for child in list(container):
        container.remove(child)
    container.text = None
    if not sheets:
        container.append(E.p("No articles to show.", {"class": "empty"}))
    # The articles are HTML text (see below), put where this unguessable comment is.
    placeholder = f"articles-{secrets.token_hex(16)}"
    container.append(etree.Comment(placeholder))
    page = lxml.html.tostring(doc, doctype="<!DOCTYPE html>", encoding="unicode")
    before, found, after = page.partition(f"<!--{placeholder}-->")
    if not found:
        raise SheetError("the articles slot of the template could not be filled")
    # A single-article sheet's h1 is the article title; sections then start at h2.
    labelled_by = title_slot.get("id") if single else None
    out = [before]  # the whole page's pieces, joined once: no copies of copies
    for index, sheet in enumerate(sheets, 1):
        _article(sheet, f"a{index}", parties, labelled_by, out)
    out += [after, "\n"]
    return "".join(out)


# --- template -------------------------------------------------------------------------


def _load_template(folder: Path) -> tuple[etree._Element, dict[str, etree._Element], str]:
    path, css_path = Path(folder) / TEMPLATE, Path(folder) / STYLESHEET
    try:
        source = path.read_text(encoding="utf-8")
        css = css_path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise SheetError(f"template file {e.filename} is missing") from e
    except (OSError, UnicodeDecodeError) as e:
        raise SheetError(f"cannot read template {path} or {css_path}: {e}") from e
    try:
        doc = lxml.html.document_fromstring(source)  # text, not bytes: no charset guessing
    except (etree.ParserError, ValueError) as e:
        raise SheetError(f"template {path} cannot be parsed: {e}") from e
    if doc.tag != "html" or doc.find("body") is None:
        raise SheetError(f"template {path} is not an HTML page (no <html> and <body>)")

    slots: dict[str, etree._Element] = {}
    for el in doc.iter(etree.Element):
        if el.tag in _FORBIDDEN_TAGS:
            raise SheetError(
                f"template {path}: <{el.tag}> is not allowed (the sheet must be self-contained)"
            )
        if el.tag == "meta" and (el.get("http-equiv") or "").strip().lower() == "refresh":
            # The one fetch a Content-Security-Policy cannot stop.
            raise SheetError(f"template {path}: <meta http-equiv=refresh> would load a page")
        for attr in _FETCHING_ATTRS:
            if el.get(attr) and not el.get(attr).startswith("data:"):
                raise SheetError(f"template {path}: <{el.tag} {attr}=...> would fetch a file")
        name = el.get("data-slot")
        if name:
            if name in slots:
                raise SheetError(f'template {path}: slot "{name}" appears twice')
            slots[name] = el
    for name in REQUIRED_SLOTS:
        if name not in slots:
            raise SheetError(f'template {path} has no element with data-slot="{name}"')
    # Comments go (they are for whoever edits the .css), and cannot hide a fetch.
    css = _CSS_COMMENT.sub("", css).strip()
    styles = [css] + [_CSS_COMMENT.sub("", s.text or "") for s in doc.iter("style")]
    if any(_CSS_FETCH.search(s) for s in styles):
        raise SheetError(
            f"{css_path}: @import and url() to files are not allowed (use data: URLs)"
        )
    return doc, slots, css


# --- article --------------------------------------------------------------------------
#
# Articles are written as HTML text, not as lxml elements: a project of 100,000 annotations
# is over a million elements, and building them one Python call each costs several times
# what serialising them does. Safety rests on one rule instead: every piece of user text
# goes through _t() (control characters replaced, & < > " ' escaped) and every attribute
# value is quoted; constants and numbers are the only other things written.


def _t(text: str) -> str:
    """User text as element content or a double-quoted attribute value."""
    if _PLAIN.match(text):  # most text: nothing to replace (one regex scan, no copies)
        return text
    return escape(clean(text), quote=False).replace('"', "&quot;")


# Text with none of & < > " or the characters clean() replaces.
_PLAIN = re.compile(r'[^&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]*\Z')


def _article(sheet: ArticleSheet, prefix: str, parties: dict, labelled_by: str | None,
             out: list[str]) -> None:
    """Append the article's section to `out`."""
    art = sheet.article
    level = 2 if labelled_by else 3  # heading level of the sections inside
    lang = f' lang="{_t(art.language)}"' if _LANG_RE.match(art.language) else ""
    out.append(f'<section class="article" id="{prefix}"{lang}')
    if labelled_by:
        out.append(f' aria-labelledby="{_t(labelled_by)}">')
    else:
        out.append(f' aria-labelledby="{prefix}-title"><h2 id="{prefix}-title">'
                   f'{_t(art.title or "Untitled article")}</h2>')
    out.append(_article_meta(sheet))
    out.append(_summary(sheet))
    for g, group in enumerate(sheet.groups, 1):
        sub_id = f"{prefix}-g{g}"
        out.append(f'<section class="group group-{_css_kind(group.key)}" '
                   f'aria-labelledby="{sub_id}"><h{level} id="{sub_id}">{_t(group.title)} '
                   f'<span class="count">({len(group.items)})</span></h{level}>')
        if group.items:
            out.append(f'<ol class="items" start="{group.items[0].number}">')
            for item in group.items:
                _item(item, prefix, parties, out)
            out.append("</ol>")
        else:
            out.append(f'<p class="empty">No {_t(group.title.lower())} annotated.</p>')
        out.append("</section>")

    text_id = f"{prefix}-text"
    out.append(f'<section class="article-text" aria-labelledby="{text_id}">'
               f'<h{level} id="{text_id}">Article text with highlights</h{level}>')
    used = sheet.categories_used()
    if used:
        out.append('<p class="legend"><span class="legend-label">Key:</span>')
        out += [f"<mark {_mark_attrs(category, 0, 1)}>{_t(category.name)}</mark>"
                for category in used]
        out.append('<span class="legend-note">Numbers refer to the items above.</span></p>')
    out.append('<div class="text-body">')
    paras = segment(art.text, sheet.items)
    tags: dict[tuple[str, int, int], tuple[str, str]] = {}
    for para in paras:
        _paragraph(para, prefix, tags, out)
    if not paras:
        out.append('<p class="empty">This article has no text.</p>')
    out.append("</div></section></section>")


def _article_meta(sheet: ArticleSheet) -> str:
    art = sheet.article
    rows = [
        ("Byline", _t(art.byline)),
        ("Source", _t(art.source)),
        ("URL", _link(art.url) if art.url else ""),
        ("Published", _t(format_date(art.published))),
        ("Dateline", _t(art.dateline)),
        ("Language", _t(art.language)),
        ("Imported", _t(format_date(art.imported_at))),
        ("Article ID", f"<code>{_t(art.id)}</code>"),
    ]
    cells = "".join(f"<div><dt>{label}</dt><dd>{value}</dd></div>"
                    for label, value in rows if value)
    return f'<dl class="article-meta">{cells}</dl>'


def _summary(sheet: ArticleSheet) -> str:
    total = len(sheet.items)
    out = [f'<div class="summary"><p class="summary-total"><strong>'
           f'{_plural(total, "annotation")}</strong></p>']
    if total:
        cats = "".join(f"<li>{_t(title)} <b>{count}</b></li>"
                       for title, count in sheet.category_counts())
        statuses = "".join(
            f'<li class="status {_status_class(key)}">{_t(label)} <b>{count}</b></li>'
            for key, label, count in sheet.status_counts())
        out.append(f'<div class="summary-row"><span class="label">By category</span>'
                   f'<ul class="chips" aria-label="By category">{cats}</ul></div>'
                   f'<div class="summary-row"><span class="label">By status</span>'
                   f'<ul class="chips" aria-label="By status">{statuses}</ul></div>')
    out.append("</div>")
    return "".join(out)


def _item(item: Item, prefix: str, parties: dict, out: list[str]) -> None:
    ann, n = item.ann, item.number
    out.append(f'<li id="{prefix}-i{n}" value="{n}" class="item {_status_class(ann.status)}">'
           f'<div class="item-head"><span class="num">{n}</span>'
           f'<p class="exact">{_t(ann.exact) or "(empty selection)"}</p>'
           f"{_status_badge(ann.status, item.status_text)}</div>")
    # The item's facts as label/value rows; <dd>'s class names the fact for stylesheets.
    rows = []
    if ann.note:
        rows.append(f'<div><dt>Note</dt><dd class="note">{_t(ann.note)}</dd></div>')
    if ann.speaker_id:
        rows.append('<div><dt>Speaker</dt><dd class="speaker">'
                    f"{_t(parties.get(ann.speaker_id, ann.speaker_id))}</dd></div>")
    if ann.party_id:  # a mention's party record, by its canonical name
        rows.append('<div><dt>Party</dt><dd class="party">'
                    f"{_t(parties.get(ann.party_id, ann.party_id))}</dd></div>")
    if ann.claimant_id:
        rows.append('<div><dt>Claimant</dt><dd class="claimant">'
                    f"{_t(parties.get(ann.claimant_id, ann.claimant_id))}</dd></div>")
    if ann.value:
        value = f"{ann.value} {ann.unit}" if ann.unit else ann.value
        rows.append(f'<div><dt>Value</dt><dd class="value">{_t(value)}</dd></div>')
    if ann.ref_date:
        rows.append('<div><dt>Reference date</dt><dd class="reference">'
                    f"{_t(format_date(ann.ref_date))}</dd></div>")
    if ann.rating:
        rows.append(f'<div><dt>Rating</dt><dd class="rating">{_t(item.rating_text)}</dd></div>')
    if item.evidence:
        rows.append('<div><dt>Evidence</dt><dd class="evidence"><ul class="sources">'
                    + "".join(map(_evidence, item.evidence)) + "</ul></dd></div>")
    if rows:
        out.append(f'<dl class="item-meta">{"".join(rows)}</dl>')
    if not item.located:
        out.append('<p class="warning">Not found at its recorded position in the current '
                   "text, so it is not highlighted below.</p>")
    foot = [f"By {_t(ann.author)}" if ann.author else "",
            f"created {_t(format_date(ann.created_at))}" if ann.created_at else "",
            f"updated {_t(format_date(ann.updated_at))}"
            if ann.updated_at and ann.updated_at != ann.created_at else ""]
    out.append(f'<p class="item-foot">{" · ".join(x for x in foot if x)}')
    if item.located:
        out.append(f'<a class="back" href="#{prefix}-r{n}" '
                   f'aria-label="Back to item {n} in the text">↑ in text</a>')
    out.append("</p></li>")


def _evidence(ev) -> str:
    out = ["<li>"]
    if ev.title or ev.url:
        out.append(f'<span class="ev-title">{_t(ev.title or ev.url)}</span>')
    if ev.url and ev.title:
        out.append(f"<span> {_link(ev.url)}</span>")
    if ev.consulted_at:
        out.append(f'<span class="ev-date"> · consulted {_t(format_date(ev.consulted_at))}'
                   "</span>")
    if ev.note:
        out.append(f'<span class="ev-note">{_t(ev.note)}</span>')
    out.append("</li>")
    return "".join(out)


# --- highlighted text -----------------------------------------------------------------


def _paragraph(para, prefix: str, tags: dict, out: list[str]) -> None:
    """One paragraph: each segment nested in one <mark> per covering annotation.

    tags: the article's highlight tags by (category id, depth, layers), made once each.
    """
    out.append("<p>")
    for seg in para:
        covering = seg.covering
        if not covering and not seg.refs_after:  # plain text between highlights
            out.append(escape(seg.text, quote=False).replace("\n", "<br>"))
            continue
        layers = len(covering)
        for depth, item in enumerate(covering):
            key = (item.category.id, depth, layers)
            tag = tags.get(key) or tags.setdefault(key, _mark_tag(item.category, depth, layers))
            out.append(f'{tag[0]}{item.number}" title="{item.number}{tag[1]}')
        # segment() has cleaned the text already.
        out.append(escape(seg.text, quote=False).replace("\n", "<br>"))
        if not seg.refs_after:
            out.append("</mark>" * layers)
            continue
        # The reference goes inside the marks that go on, so their colour is not broken.
        ending = {i.number for i in seg.refs_after}
        depth = 0
        while depth < layers and covering[depth].number not in ending:
            depth += 1
        out.append("</mark>" * (layers - depth))
        out += [f'<sup class="ref"><a href="#{prefix}-i{i.number}" '
                f'id="{prefix}-r{i.number}" aria-label="item {i.number}">{i.number}</a></sup>'
                for i in seg.refs_after]
        out.append("</mark>" * depth)
    out.append("</p>")


def _mark_tag(category, depth: int, layers: int) -> tuple[str, str]:
    """A highlight's opening tag around its item number (written twice): before, after."""
    return (f'<mark {_mark_attrs(category, depth, layers)} data-item="',
            f'. {_t(category.name)}">')


def _mark_attrs(category, depth: int, layers: int) -> str:
    """Class by category kind; colour inline, built only from a validated #rrggbb."""
    return _mark_attrs_of(category.id, category.kind, category.color, depth, layers)


@lru_cache(maxsize=4096)
def _mark_attrs_of(category_id: str, kind: str, color: str, depth: int, layers: int) -> str:
    color = safe_color(color)
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    # Outer layers sit lower so every nested underline stays visible.
    pad = 1 + 3 * (layers - 1 - depth)
    return (f'class="hl cat-{_css_kind(kind)}" data-category="{_t(category_id)}" '
            f'style="background-color: rgba({r}, {g}, {b}, 0.38); '
            f'border-bottom-color: {color}; padding-bottom: {pad}px"')


# --- small helpers --------------------------------------------------------------------


def _set_text(el, text: str) -> None:
    for child in list(el):
        el.remove(child)
    el.text = clean(text)


def _link(url: str) -> str:
    """The URL as visible link text (it must survive printing); only web links are live."""
    href = safe_url(url)
    if href is None:
        return f'<span class="url">{_t(url)}</span>'
    return f'<a href="{_t(href)}" class="url">{_t(url)}</a>'


@lru_cache(maxsize=256)
def _status_badge(status: str, label: str = "") -> str:
    return (f'<span class="status {_status_class(status)}">'
            f'<span class="visually-hidden">Status: </span>{_t(label or status_label(status))}'
            "</span>")


def _status_class(status: str) -> str:
    return f"status-{status}" if status in STATUSES else "status-other"


def _css_kind(key: str) -> str:
    return key if key in ("quote", "figure", "party") else "user"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
