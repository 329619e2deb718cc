"""The HTML fact sheet: a self-contained, printable page built as an lxml tree.

User text only ever enters the tree as element text or attribute values, so lxml escapes
it: a note reading "<script>" is shown, never run. The newsroom's template
(exports/factsheet.html) supplies the page around the content, its stylesheet
(exports/factsheet.css) is inlined so the file needs nothing from the network.
"""

from __future__ import annotations

import re
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
    for index, sheet in enumerate(sheets, 1):
        # A single-article sheet's h1 is the article title; sections then start at h2.
        container.append(
            _article(sheet, f"a{index}", parties, title_slot.get("id") if single else None)
        )
    return lxml.html.tostring(doc, doctype="<!DOCTYPE html>", encoding="unicode") + "\n"


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


def _article(sheet: ArticleSheet, prefix: str, parties: dict, labelled_by: str | None):
    art = sheet.article
    level = 2 if labelled_by else 3  # heading level of the sections inside
    section = E.section({"class": "article", "id": prefix})
    if _LANG_RE.match(art.language):
        section.set("lang", art.language)
    if labelled_by:
        section.set("aria-labelledby", labelled_by)
    else:
        section.set("aria-labelledby", f"{prefix}-title")
        section.append(E.h2(clean(art.title or "Untitled article"), id=f"{prefix}-title"))

    section.append(_article_meta(sheet))
    section.append(_summary(sheet))
    for g, group in enumerate(sheet.groups, 1):
        sub_id = f"{prefix}-g{g}"
        sub = E.section(
            {"class": f"group group-{_css_kind(group.key)}", "aria-labelledby": sub_id},
            E(f"h{level}", clean(group.title) + " ", E.span(f"({len(group.items)})", {
                "class": "count"}), id=sub_id),
        )
        if group.items:
            first = group.items[0].number
            items = E.ol({"class": "items", "start": str(first)})
            for item in group.items:
                items.append(_item(item, prefix, parties))
            sub.append(items)
        else:
            sub.append(E.p(f"No {group.title.lower()} annotated.", {"class": "empty"}))
        section.append(sub)

    text_id = f"{prefix}-text"
    text = E.section(
        {"class": "article-text", "aria-labelledby": text_id},
        E(f"h{level}", "Article text with highlights", id=text_id),
    )
    used = sheet.categories_used()
    if used:
        legend = E.p({"class": "legend"}, E.span("Key:", {"class": "legend-label"}))
        for category in used:
            legend.append(E.mark(clean(category.name), _mark_attrs(category, 0, 1)))
        legend.append(E.span("Numbers refer to the items above.", {"class": "legend-note"}))
        text.append(legend)
    body = E.div({"class": "text-body"})
    for para in segment(art.text, sheet.items):
        body.append(_paragraph(para, prefix))
    if not len(body):
        body.append(E.p("This article has no text.", {"class": "empty"}))
    text.append(body)
    section.append(text)
    return section


def _article_meta(sheet: ArticleSheet):
    art = sheet.article
    rows: list[tuple[str, object]] = [
        ("Byline", clean(art.byline)),
        ("Source", clean(art.source)),
        ("URL", _link(art.url) if art.url else ""),
        ("Published", format_date(art.published)),
        ("Dateline", clean(art.dateline)),
        ("Language", clean(art.language)),
        ("Imported", format_date(art.imported_at)),
        ("Article ID", E.code(clean(art.id))),
    ]
    dl = E.dl({"class": "article-meta"})
    for label, value in rows:
        if value == "":
            continue
        dl.append(E.div(E.dt(label), E.dd(value)))
    return dl


def _summary(sheet: ArticleSheet):
    total = len(sheet.items)
    box = E.div({"class": "summary"}, E.p(E.strong(_plural(total, "annotation")),
                                          {"class": "summary-total"}))
    if not total:
        return box
    cats = E.ul({"class": "chips", "aria-label": "By category"})
    for title, count in sheet.category_counts():
        cats.append(E.li(f"{clean(title)} ", E.b(str(count))))
    statuses = E.ul({"class": "chips", "aria-label": "By status"})
    for key, label, count in sheet.status_counts():
        statuses.append(
            E.li({"class": f"status {_status_class(key)}"}, f"{clean(label)} ", E.b(str(count)))
        )
    box.append(E.div({"class": "summary-row"}, E.span("By category", {"class": "label"}), cats))
    box.append(E.div({"class": "summary-row"}, E.span("By status", {"class": "label"}), statuses))
    return box


def _item(item: Item, prefix: str, parties: dict):
    ann, n = item.ann, item.number
    li = E.li(
        {"id": f"{prefix}-i{n}", "value": str(n), "class": f"item {_status_class(ann.status)}"},
        E.div(
            {"class": "item-head"},
            E.span(str(n), {"class": "num"}),
            E.p(clean(ann.exact) or "(empty selection)", {"class": "exact"}),
            _status_badge(ann.status, item.status_text),
        ),
    )
    rows: list[tuple[str, object]] = []
    if ann.note:
        rows.append(("Note", clean(ann.note)))
    for label, party in (("Speaker", ann.speaker_id), ("Claimant", ann.claimant_id)):
        if party:
            rows.append((label, clean(parties.get(party, party))))
    if ann.value:
        rows.append(("Value", clean(" ".join(x for x in (ann.value, ann.unit or "") if x))))
    if ann.ref_date:
        rows.append(("Reference date", format_date(ann.ref_date)))
    if ann.rating:
        rows.append(("Rating", clean(item.rating_text)))
    if item.evidence:
        sources = E.ul({"class": "sources"})
        for ev in item.evidence:
            entry = E.li()
            if ev.title or ev.url:
                entry.append(E.span(clean(ev.title or ev.url), {"class": "ev-title"}))
            if ev.url and ev.title:
                entry.append(E.span(" ", _link(ev.url)))
            if ev.consulted_at:
                entry.append(E.span(f" · consulted {format_date(ev.consulted_at)}",
                                    {"class": "ev-date"}))
            if ev.note:
                entry.append(E.span(clean(ev.note), {"class": "ev-note"}))
            sources.append(entry)
        rows.append(("Evidence", sources))
    if rows:
        dl = E.dl({"class": "item-meta"})
        for label, value in rows:
            dl.append(E.div(E.dt(label), E.dd(value, {"class": label.lower().split()[0]})))
        li.append(dl)
    if not item.located:
        li.append(E.p("Not found at its recorded position in the current text, so it is not "
                      "highlighted below.", {"class": "warning"}))

    foot = [f"By {clean(ann.author)}" if ann.author else "",
            f"created {format_date(ann.created_at)}" if ann.created_at else "",
            f"updated {format_date(ann.updated_at)}"
            if ann.updated_at and ann.updated_at != ann.created_at else ""]
    footer = E.p(" · ".join(x for x in foot if x), {"class": "item-foot"})
    if item.located:
        footer.append(E.a("↑ in text", {"class": "back", "href": f"#{prefix}-r{n}",
                                        "aria-label": f"Back to item {n} in the text"}))
    li.append(footer)
    return li


# --- highlighted text -----------------------------------------------------------------


def _paragraph(para, prefix: str):
    """One paragraph: each segment nested in one <mark> per covering annotation."""
    p = E.p()
    for seg in para:
        chain = [p]
        for depth, item in enumerate(seg.covering):
            attrs = _mark_attrs(item.category, depth, len(seg.covering))
            attrs["data-item"] = str(item.number)
            attrs["title"] = f"{item.number}. {clean(item.category.name)}"
            chain.append(etree.SubElement(chain[-1], "mark", attrs))
        _append_text(chain[-1], seg.text)
        if seg.refs_after:
            # Put the reference inside the marks that go on, so their colour is not broken.
            ending = {i.number for i in seg.refs_after}
            depth = 0
            while depth < len(seg.covering) and seg.covering[depth].number not in ending:
                depth += 1
            for item in seg.refs_after:
                chain[depth].append(E.sup({"class": "ref"}, E.a(
                    str(item.number),
                    {"href": f"#{prefix}-i{item.number}", "id": f"{prefix}-r{item.number}",
                     "aria-label": f"item {item.number}"})))
    return p


def _mark_attrs(category, depth: int, layers: int) -> dict[str, str]:
    """Class by category kind; colour inline, built only from a validated #rrggbb."""
    color = safe_color(category.color)
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    # Outer layers sit lower so every nested underline stays visible.
    pad = 1 + 3 * (layers - 1 - depth)
    return {
        "class": f"hl cat-{_css_kind(category.kind)}",
        "data-category": clean(category.id),
        "style": f"background-color: rgba({r}, {g}, {b}, 0.38); "
        f"border-bottom-color: {color}; padding-bottom: {pad}px",
    }


# --- small helpers --------------------------------------------------------------------


def _append_text(el, text: str) -> None:
    """Add text at the end of `el`, turning single line breaks into <br>."""
    for i, part in enumerate(text.split("\n")):
        if i:
            etree.SubElement(el, "br")
        if not part:
            continue
        if len(el):
            el[-1].tail = (el[-1].tail or "") + part
        else:
            el.text = (el.text or "") + part


def _set_text(el, text: str) -> None:
    for child in list(el):
        el.remove(child)
    el.text = clean(text)


def _link(url: str):
    """The URL as visible link text (it must survive printing); only web links are live."""
    href = safe_url(url)
    if href is None:
        return E.span(clean(url), {"class": "url"})
    return E.a(clean(url), {"href": clean(href), "class": "url"})


def _status_badge(status: str, label: str = ""):
    return E.span(
        {"class": f"status {_status_class(status)}"},
        E.span("Status: ", {"class": "visually-hidden"}),
        clean(label or status_label(status)),
    )


def _status_class(status: str) -> str:
    return f"status-{status}" if status in STATUSES else "status-other"


def _css_kind(key: str) -> str:
    return key if key in ("quote", "figure", "party") else "user"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
