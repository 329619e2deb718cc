"""The Word fact sheet: the HTML sheet's content as a .docx that a desk can edit.

- Headings use Word's own "Heading 1-3" styles, so the navigation pane, outline view and
  a table of contents work. A project sheet: title (1), articles (2), sections (3); a
  single-article sheet: the article title (1), sections (2).
- Groups and item numbers come from factsheet.py, as in the HTML and Markdown sheets
  (parties, quotes, figures, then user categories). Numbers are literal text, not Word
  list numbering, so they keep matching the references in the text when a desk edits.
- Highlights are run shading in the category's colour (Word's highlight palette has only
  16 colours); where highlights overlap, the innermost colour shows and a double
  underline marks the overlap. A superscript [n] after each span names the item, so
  colour is never the only cue.
- Every word the sheet writes comes from annotator.io.labels in the project's language,
  like the other sheets (headings, field labels, the built-in category names); statuses
  and ratings use the project's own labels in that language. The document's language
  property says which it is.
- Every run's text goes through clean() (in `_add`): python-docx raises on XML-illegal
  characters such as \x00 or \x0b, and clean() replaces them one for one.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from docx import Document
from docx.enum.text import WD_UNDERLINE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from annotator import APP_NAME
from annotator.core.model import Party, ProjectData, category_label, utc_now
from annotator.io.factsheet import (
    ArticleSheet,
    Item,
    Segment,
    clean,
    format_date,
    project_language,
    rating_label,
    safe_color,
    safe_url,
    segment,
    sheet_title,
    sheets,
)
from annotator.io.labels import count, field, label, party_kind

LINK_COLOR = RGBColor(0x05, 0x63, 0xC1)  # Word's own hyperlink blue
MUTED_COLOR = RGBColor(0x5F, 0x66, 0x6D)
DETAIL_INDENT = Cm(0.75)
_ALPHA = 0.38  # the HTML sheet's highlight opacity, so both sheets look alike
# Elements that must follow <w:shd> inside <w:rPr> (Word rejects them out of order).
_AFTER_SHD = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath")
_CORE_PROPERTY_MAX = 255  # python-docx refuses longer core properties
_PROOFING = {"fr": "fr-FR"}  # labels' language → Word's (English keeps the template's)


@dataclass
class _Context:
    """What every part of one rendering needs, looked up once."""

    data: ProjectData
    lang: str
    parties: dict[str, Party]  # live ones only
    bullet_style: str  # style id of "List Bullet": a lookup by name costs ~3 ms each


def render_docx(
    data: ProjectData, article_ids: list[str] | None, title: str, single: bool
) -> bytes:
    """The sheet as .docx bytes; `single` makes the one article's title the page heading."""
    chosen = sheets(data, article_ids)
    lang = project_language(data)
    doc = Document()
    ctx = _Context(data, lang, {p.id: p for p in data.parties if not p.deleted_at},
                   doc.styles["List Bullet"].style_id)
    title = sheet_title(title, chosen, single, lang)
    _set_properties(doc, title, lang)

    doc.add_heading(_one_line(title) or label("fact_sheet", lang), 1)
    total = sum(len(s.items) for s in chosen)
    facts = [label("generated", lang, date=format_date(utc_now()), app=APP_NAME)]
    if not single:
        facts.append(count("count.article", len(chosen), lang))
    facts.append(count("count.annotation", total, lang))
    _muted(_add(doc.add_paragraph(), " · ".join(facts)))
    if not chosen:
        _add(doc.add_paragraph(), label("no_articles", lang), italic=True)
    for sheet in chosen:
        if not single:
            doc.add_heading(_one_line(sheet.article.title or label("untitled_article", lang)),
                            2)
        _article(doc, ctx, sheet, 2 if single else 3)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _set_properties(doc, title: str, lang: str) -> None:
    props = doc.core_properties
    props.title = _one_line(title)[:_CORE_PROPERTY_MAX]
    props.author = props.last_modified_by = APP_NAME
    props.language = lang
    props.created = props.modified = datetime.now(timezone.utc)
    props.revision = 1
    props.comments = ""
    # Word's proofing language for the whole document, so a French sheet is not
    # underlined in red as misspelt English (the template's default is en-US).
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    found = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if found is not None and lang in _PROOFING:
        found.set(qn("w:val"), _PROOFING[lang])


# --- article --------------------------------------------------------------------------


def _article(doc, ctx: _Context, sheet: ArticleSheet, level: int) -> None:
    art, lang = sheet.article, ctx.lang
    for key, value in (
        ("byline", art.byline), ("source", art.source), ("url", art.url),
        ("published", format_date(art.published)), ("dateline", art.dateline),
        ("language", art.language), ("imported", format_date(art.imported_at)),
        ("article_id", art.id),
    ):
        if value:
            p = _field(doc.add_paragraph(), label(key, lang), lang)
            if key == "url":
                _link(p, value)
            else:
                _add(p, value)
    _summary(doc, ctx, sheet)

    for group in sheet.groups:
        doc.add_heading(f"{_one_line(group.title)} ({len(group.items)})", level)
        if not group.items:
            _add(doc.add_paragraph(), group.empty_text(lang), italic=True)
        for item in group.items:
            _item(doc, ctx, item)

    doc.add_heading(label("article_text", lang), level)
    used = sheet.categories_used()
    if used:
        legend = doc.add_paragraph()
        _add(legend, field(label("legend", lang), lang), bold=True)
        for category in used:
            _shade(_add(legend, category_label(category, lang)), category.color)
            _add(legend, " ")
        _muted(_add(legend, label("legend_note_docx", lang)))
    paras = segment(art.text, sheet.items)
    for para in paras:
        _text_paragraph(doc.add_paragraph(), para)
    if not paras:
        _add(doc.add_paragraph(), label("no_text", lang), italic=True)


def _summary(doc, ctx: _Context, sheet: ArticleSheet) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    _add(p, count("count.annotation", len(sheet.items), ctx.lang), bold=True)
    if not sheet.items:
        return
    cats = " · ".join(f"{t} {n}" for t, n in sheet.category_counts())
    _add(p, f" — {cats}")
    # The project's statuses in its own order and wording; unknown ones after, by id.
    counts = Counter(item.ann.status for item in sheet.items)
    order = [s.id for s in sorted(ctx.data.statuses, key=lambda s: s.position)]
    order += sorted(counts.keys() - set(order))
    statuses = " · ".join(f"{ctx.data.status_label(s, ctx.lang)} {counts[s]}"
                          for s in order if counts[s])
    _add(_field(doc.add_paragraph(), label("by_status", ctx.lang), ctx.lang), statuses)


def _item(doc, ctx: _Context, item: Item) -> None:
    ann, lang = item.ann, ctx.lang
    head = doc.add_paragraph()
    head.paragraph_format.space_before = Pt(8)
    head.paragraph_format.keep_with_next = True
    _add(head, f"{item.number}. ", bold=True)
    _add(head, ann.exact or label("empty_selection", lang))

    rows: list[tuple[str, str]] = []
    for key, party_id in (("speaker", ann.speaker_id), ("claimant", ann.claimant_id),
                          ("party", ann.party_id)):
        if party_id:
            party = ctx.parties.get(party_id)
            rows.append((key, f"{party.name} ({party_kind(party.kind, lang)})" if party
                         else label("unknown_party", lang)))
    rows.append(("status", ctx.data.status_label(ann.status, lang)))
    if ann.rating and ann.rating.strip():
        rows.append(("rating", rating_label(ann.rating, lang)))
    if ann.value:
        rows.append(("value", " ".join(x for x in (ann.value, ann.unit or "") if x)))
    if ann.ref_date:
        rows.append(("reference_date", format_date(ann.ref_date)))
    if ann.note:
        rows.append(("note", ann.note))
    for key, value in rows:
        _add(_field(_detail(doc.add_paragraph()), label(key, lang), lang), value)

    if item.evidence:
        _field(_detail(doc.add_paragraph()), label("evidence", lang), lang)
        for ev in item.evidence:
            entry = _detail(doc.add_paragraph(), 2)
            entry._p.style = ctx.bullet_style
            if ev.title:
                _add(entry, ev.title, bold=True)
            if ev.url:
                if ev.title:
                    _add(entry, " — ")
                _link(entry, ev.url)
            if ev.consulted_at:
                _add(entry, " · " + label("consulted", lang,
                                          date=format_date(ev.consulted_at)))
            if ev.note:
                _add(entry, f" — {ev.note}", italic=True)
    if not item.located:
        _add(_detail(doc.add_paragraph()), label("not_located", lang), italic=True)

    foot = [label("by_author", lang, author=ann.author) if ann.author else "",
            label("created", lang, date=format_date(ann.created_at)) if ann.created_at else "",
            label("updated", lang, date=format_date(ann.updated_at))
            if ann.updated_at and ann.updated_at != ann.created_at else ""]
    if any(foot):
        _muted(_add(_detail(doc.add_paragraph()), " · ".join(x for x in foot if x)))


# --- highlighted text -----------------------------------------------------------------


def _text_paragraph(p: Paragraph, para: list[Segment]) -> None:
    for seg in para:
        run = _add(p, seg.text)  # "\n" becomes a line break
        if seg.covering:
            _shade(run, seg.covering[-1].category.color)  # innermost shows
            if len(seg.covering) > 1:
                run.font.underline = WD_UNDERLINE.DOUBLE
        if seg.refs_after:
            ref = _add(p, "".join(f"[{i.number}]" for i in seg.refs_after))
            ref.font.superscript = True
            ref.bold = True
            # Inside a span that goes on, keep its colour so the span is not broken.
            ending = {i.number for i in seg.refs_after}
            going_on = [i for i in seg.covering if i.number not in ending]
            if going_on:
                _shade(ref, going_on[-1].category.color)


def _shade(run: Run, color: str) -> None:
    """Background shading in a category colour, blended with white like the HTML sheet."""
    hex_color = safe_color(color)
    rgb = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    fill = "".join(f"{round(255 - (255 - c) * _ALPHA):02X}" for c in rgb)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    run._r.get_or_add_rPr().insert_element_before(shd, *_AFTER_SHD)


# --- small helpers --------------------------------------------------------------------


def _link(p: Paragraph, url: str) -> None:
    """The URL as visible text (it must survive printing); only web links are live."""
    text = clean(url)
    href = safe_url(text)
    if href is None:
        _add(p, text)
        return
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), p.part.relate_to(href, RT.HYPERLINK, is_external=True))
    p._p.append(link)
    run = Run(OxmlElement("w:r"), p)
    link.append(run._r)
    run.text = text
    run.font.color.rgb = LINK_COLOR
    run.font.underline = True


def _add(p: Paragraph, text: str, bold: bool = False, italic: bool = False) -> Run:
    """Every run goes through here: python-docx raises on XML-illegal characters."""
    run = p.add_run(clean(text))
    if bold:  # only when set: an empty <w:rPr> on every run doubles the work
        run.bold = True
    if italic:
        run.italic = True
    return run


def _field(p: Paragraph, name: str, lang: str) -> Paragraph:
    """A bold "Byline: " ("Signature : " in French) that the value follows."""
    _add(p, field(name, lang), bold=True)
    return p


def _detail(p: Paragraph, depth: int = 1) -> Paragraph:
    p.paragraph_format.left_indent = DETAIL_INDENT * depth
    p.paragraph_format.space_after = Pt(0)
    return p


def _muted(run: Run) -> Run:
    run.font.size = Pt(8.5)
    run.font.color.rgb = MUTED_COLOR
    return run


def _one_line(text: str) -> str:
    """Headings and titles stay on one line whatever the user typed."""
    return " ".join(clean(text).split())

