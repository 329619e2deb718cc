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

Every word the sheet writes comes from annotator.io.labels in the project's language, and
goes through the same escaping as user text; the page's `lang` says which language that
is. The template's own words (kicker, colophon) are translated too where an element
carries data-label="<key>" and still holds the catalogue's wording (see _translate).
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
from annotator.core.model import STATUSES, ProjectData, category_label, utc_now
from annotator.io.factsheet import (
    ArticleSheet,
    Item,
    SheetError,
    clean,
    format_date,
    project_language,
    safe_color,
    safe_url,
    segment,
    sheet_title,
    status_label,
)
from annotator.io.labels import LABELS, count, field, label, translations

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
    lang = project_language(data)
    title = sheet_title(title, sheets, single, lang)

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
    # The page is in the language of its labels; the project's own code when it names
    # that language more precisely ("fr-CA"). Articles carry their own lang.
    page_lang = data.meta.get("language", "").replace("_", "-")
    if not (_LANG_RE.match(page_lang) and page_lang.lower().split("-")[0] == lang):
        page_lang = lang
    doc.set("lang", page_lang)
    _translate(doc, lang)

    title_slot = slots["title"]
    _set_text(title_slot, title)
    if not title_slot.get("id"):
        title_slot.set("id", "sheet-title")
    if single and sheets:  # the heading is the article's title, in the article's language
        art_lang = sheets[0].article.language
        if _LANG_RE.match(art_lang) and art_lang.lower() != page_lang.lower():
            title_slot.set("lang", art_lang)
    if "generated" in slots:
        _set_text(slots["generated"],
                  label("generated", lang, date=format_date(utc_now()), app=APP_NAME))
    if "summary" in slots:
        total = sum(len(s.items) for s in sheets)
        parts = [] if single else [count("count.article", len(sheets), lang)]
        _set_text(slots["summary"],
                  " · ".join([*parts, count("count.annotation", total, lang)]))

    container = slots["articles"]
    for child in list(container):
        container.remove(child)
    container.text = None
    if not sheets:
        container.append(E.p(label("no_articles", lang), {"class": "empty"}))
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


def _translate(doc, lang: str) -> None:
    """Put the template's data-label elements into `lang`, as long as they still read as
    the catalogue does (in any of its languages, spaces aside): a newsroom that rewrote
    its kicker keeps its own words. Unknown keys are left alone, so that a template
    written for a newer catalogue still exports."""
    for el in doc.iter(etree.Element):
        key = el.get("data-label")
        if key not in LABELS:
            continue
        wording = " ".join(el.text_content().split())
        if wording in {" ".join(t.split()) for t in translations(key)}:
            _set_text(el, label(key, lang))


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
    art, lang = sheet.article, sheet.lang
    level = 2 if labelled_by else 3  # heading level of the sections inside
    # Its text's language; the labels inside say theirs wherever the two differ.
    art_lang = art.language if _LANG_RE.match(art.language) else ""
    mine = f' lang="{_t(lang)}"' if art_lang and art_lang.lower().split("-")[0] != lang else ""
    out.append(f'<section class="article" id="{prefix}"'
               + (f' lang="{_t(art_lang)}"' if art_lang else ""))
    if labelled_by:
        out.append(f' aria-labelledby="{_t(labelled_by)}">')
    else:
        title = art.title or label("untitled_article", lang)
        out.append(f' aria-labelledby="{prefix}-title"><h2 id="{prefix}-title">'
                   f'{_t(title)}</h2>')
    out.append(_article_meta(sheet, mine))
    out.append(_summary(sheet, mine))
    for g, group in enumerate(sheet.groups, 1):
        sub_id = f"{prefix}-g{g}"
        out.append(f'<section class="group group-{_css_kind(group.key)}" '
                   f'aria-labelledby="{sub_id}"><h{level} id="{sub_id}"{mine}>{_t(group.title)} '
                   f'<span class="count">({len(group.items)})</span></h{level}>')
        if group.items:
            out.append(f'<ol class="items" start="{group.items[0].number}">')
            for item in group.items:
                _item(item, prefix, parties, lang, mine, out)
            out.append("</ol>")
        else:
            out.append(f'<p class="empty"{mine}>{_t(group.empty_text(lang))}</p>')
        out.append("</section>")

    text_id = f"{prefix}-text"
    out.append(f'<section class="article-text" aria-labelledby="{text_id}">'
               f'<h{level} id="{text_id}"{mine}>{_t(label("article_text", lang))}</h{level}>')
    used = sheet.categories_used()
    if used:
        out.append(f'<p class="legend"{mine}><span class="legend-label">'
                   f'{_t(field(label("legend", lang), lang).rstrip())}</span>')
        out += [f"<mark {_mark_attrs(category, 0, 1)}>{_t(category_label(category, lang))}"
                "</mark>" for category in used]
        out.append(f'<span class="legend-note">{_t(label("legend_note", lang))}</span></p>')
    out.append('<div class="text-body">')
    paras = segment(art.text, sheet.items)
    tags: dict[tuple[str, int, int], tuple[str, str]] = {}
    for para in paras:
        _paragraph(para, prefix, tags, lang, out)
    if not paras:
        out.append(f'<p class="empty"{mine}>{_t(label("no_text", lang))}</p>')
    out.append("</div></section></section>")


def _article_meta(sheet: ArticleSheet, mine: str) -> str:
    art, lang = sheet.article, sheet.lang
    rows = [
        ("byline", _t(art.byline)),
        ("source", _t(art.source)),
        ("url", _link(art.url) if art.url else ""),
        ("published", _t(format_date(art.published))),
        ("dateline", _t(art.dateline)),
        ("language", _t(art.language)),
        ("imported", _t(format_date(art.imported_at))),
        ("article_id", f"<code>{_t(art.id)}</code>"),
    ]
    cells = "".join(f"<div><dt{mine}>{_t(label(key, lang))}</dt><dd>{value}</dd></div>"
                    for key, value in rows if value)
    return f'<dl class="article-meta">{cells}</dl>'


def _summary(sheet: ArticleSheet, mine: str) -> str:
    total, lang = len(sheet.items), sheet.lang
    out = [f'<div class="summary"{mine}><p class="summary-total"><strong>'
           f'{_t(count("count.annotation", total, lang))}</strong></p>']
    if total:
        cats = "".join(f"<li>{_t(title)} <b>{n}</b></li>"
                       for title, n in sheet.category_counts())
        statuses = "".join(
            f'<li class="status {_status_class(key)}">{_t(text)} <b>{n}</b></li>'
            for key, text, n in sheet.status_counts())
        by_category, by_status = _t(label("by_category", lang)), _t(label("by_status", lang))
        out.append(f'<div class="summary-row"><span class="label">{by_category}</span>'
                   f'<ul class="chips" aria-label="{by_category}">{cats}</ul></div>'
                   f'<div class="summary-row"><span class="label">{by_status}</span>'
                   f'<ul class="chips" aria-label="{by_status}">{statuses}</ul></div>')
    out.append("</div>")
    return "".join(out)


@lru_cache(maxsize=8)
def _item_labels(lang: str, mine: str) -> dict:
    """An item's labels as escaped HTML, made once per sheet (they repeat on every item).
    mine: ' lang="…"' where the labels' language is not the article's, else ""."""
    words = {key: _t(label(key, lang)) for key in (
        "note", "speaker", "party", "claimant", "value", "reference_date", "rating",
        "evidence")}
    out = {key: f"<dt{mine}>{text}</dt>" for key, text in words.items()}
    out["empty_selection"] = f"<span{mine}>{_t(label('empty_selection', lang))}</span>"
    out["not_located"] = f'<p class="warning"{mine}>{_t(label("not_located", lang))}</p>'
    out["back_to_text"] = _t(label("back_to_text", lang))
    for key in ("by_author", "created", "updated", "back_to_text_long"):
        out[key] = _around(key, lang)
    return out


@lru_cache(maxsize=32)
def _around(key: str, lang: str) -> tuple[str, str]:
    """A one-placeholder label as the escaped text before and after its value: filled
    with escaped user text or a number, it reads as the filled label escaped would, for
    less work on every item ("By {author}" → ("By ", ""))."""
    before, _name, after = re.split(r"\{(\w+)\}", label(key, lang), maxsplit=1)
    return _t(before), _t(after)


def _item(item: Item, prefix: str, parties: dict, lang: str, mine: str,
          out: list[str]) -> None:
    ann, n = item.ann, item.number
    words = _item_labels(lang, mine)
    by, created, updated = words["by_author"], words["created"], words["updated"]
    out.append(f'<li id="{prefix}-i{n}" value="{n}" class="item {_status_class(ann.status)}">'
           f'<div class="item-head"><span class="num">{n}</span>'
           f'<p class="exact">{_t(ann.exact) or words["empty_selection"]}</p>'
           f"{_status_badge(ann.status, item.status_text, lang, mine)}</div>")
    # The item's facts as label/value rows; <dd>'s class names the fact for stylesheets.
    rows = []
    if ann.note:
        rows.append(f'<div>{words["note"]}<dd class="note">{_t(ann.note)}</dd></div>')
    if ann.speaker_id:
        rows.append(f'<div>{words["speaker"]}<dd class="speaker">'
                    f"{_t(parties.get(ann.speaker_id, ann.speaker_id))}</dd></div>")
    if ann.party_id:  # a mention's party record, by its canonical name
        rows.append(f'<div>{words["party"]}<dd class="party">'
                    f"{_t(parties.get(ann.party_id, ann.party_id))}</dd></div>")
    if ann.claimant_id:
        rows.append(f'<div>{words["claimant"]}<dd class="claimant">'
                    f"{_t(parties.get(ann.claimant_id, ann.claimant_id))}</dd></div>")
    if ann.value:
        value = f"{ann.value} {ann.unit}" if ann.unit else ann.value
        rows.append(f'<div>{words["value"]}<dd class="value">{_t(value)}</dd></div>')
    if ann.ref_date:
        rows.append(f'<div>{words["reference_date"]}<dd class="reference">'
                    f"{_t(format_date(ann.ref_date))}</dd></div>")
    if ann.rating:
        rows.append(f'<div>{words["rating"]}<dd class="rating">'
                    f"{_t(item.rating_text)}</dd></div>")
    if item.evidence:
        rows.append(f'<div>{words["evidence"]}<dd class="evidence"><ul class="sources">'
                    + "".join(_evidence(ev, lang) for ev in item.evidence) + "</ul></dd></div>")
    if rows:
        out.append(f'<dl class="item-meta">{"".join(rows)}</dl>')
    if not item.located:
        out.append(words["not_located"])
    foot = [f"{by[0]}{_t(ann.author)}{by[1]}" if ann.author else "",
            f"{created[0]}{_t(format_date(ann.created_at))}{created[1]}"
            if ann.created_at else "",
            f"{updated[0]}{_t(format_date(ann.updated_at))}{updated[1]}"
            if ann.updated_at and ann.updated_at != ann.created_at else ""]
    out.append(f'<p class="item-foot"{mine}>{" · ".join(x for x in foot if x)}')
    if item.located:
        back = words["back_to_text_long"]
        out.append(f'<a class="back" href="#{prefix}-r{n}" aria-label="{back[0]}{n}{back[1]}">'
                   f'{words["back_to_text"]}</a>')
    out.append("</p></li>")


def _evidence(ev, lang: str) -> str:
    out = ["<li>"]
    if ev.title or ev.url:
        out.append(f'<span class="ev-title">{_t(ev.title or ev.url)}</span>')
    if ev.url and ev.title:
        out.append(f"<span> {_link(ev.url)}</span>")
    if ev.consulted_at:
        consulted = label("consulted", lang, date=format_date(ev.consulted_at))
        out.append(f'<span class="ev-date"> · {_t(consulted)}</span>')
    if ev.note:
        out.append(f'<span class="ev-note">{_t(ev.note)}</span>')
    out.append("</li>")
    return "".join(out)


# --- highlighted text -----------------------------------------------------------------


def _paragraph(para, prefix: str, tags: dict, lang: str, out: list[str]) -> None:
    """One paragraph: each segment nested in one <mark> per covering annotation.

    tags: the article's highlight tags by (category id, depth, layers), made once each.
    """
    out.append("<p>")
    ref = _around("item_ref", lang)
    for seg in para:
        covering = seg.covering
        if not covering and not seg.refs_after:  # plain text between highlights
            out.append(escape(seg.text, quote=False).replace("\n", "<br>"))
            continue
        layers = len(covering)
        for depth, item in enumerate(covering):
            key = (item.category.id, depth, layers)
            tag = tags.get(key) or tags.setdefault(
                key, _mark_tag(item.category, item.category_text, depth, layers))
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
                f'id="{prefix}-r{i.number}" aria-label="{ref[0]}{i.number}{ref[1]}">'
                f"{i.number}</a></sup>"
                for i in seg.refs_after]
        out.append("</mark>" * depth)
    out.append("</p>")


def _mark_tag(category, name: str, depth: int, layers: int) -> tuple[str, str]:
    """A highlight's opening tag around its item number (written twice): before, after.
    name: the category's name in the sheet's language."""
    return (f'<mark {_mark_attrs(category, depth, layers)} data-item="',
            f'. {_t(name or category.name)}">')


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
def _status_badge(status: str, text: str = "", lang: str = "en", mine: str = "") -> str:
    return (f'<span class="status {_status_class(status)}"{mine}>'
            f'<span class="visually-hidden">{_t(field(label("status", lang), lang))}</span>'
            f"{_t(text or status_label(status, lang))}</span>")


def _status_class(status: str) -> str:
    return f"status-{status}" if status in STATUSES else "status-other"


def _css_kind(key: str) -> str:
    return key if key in ("quote", "figure", "party") else "user"

