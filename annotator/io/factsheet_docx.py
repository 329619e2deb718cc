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
- Section labels are English like the other sheets; statuses and ratings use the
  project's own labels in its language.
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
from annotator.core.model import Party, ProjectData, utc_now
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
    sheets,
)

LINK_COLOR = RGBColor(0x05, 0x63, 0xC1)  # Word's own hyperlink blue
MUTED_COLOR = RGBColor(0x5F, 0x66, 0x6D)
DETAIL_INDENT = Cm(0.75)
_ALPHA = 0.38  # the HTML sheet's highlight opacity, so both sheets look alike
# Elements that must follow <w:shd> inside <w:rPr> (Word rejects them out of order).
_AFTER_SHD = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath")
_CORE_PROPERTY_MAX = 255  # python-docx refuses longer core properties


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
    _set_properties(doc, title, lang)

    doc.add_heading(_one_line(title) or "Fact sheet", 1)
    total = sum(len(s.items) for s in chosen)
    facts = [f"Generated {format_date(utc_now())} by {APP_NAME}"]
    if not single:
        facts.append(_plural(len(chosen), "article"))
    facts.append(_plural(total, "annotation"))
    _muted(_add(doc.add_paragraph(), " · ".join(facts)))
    if not chosen:
        _add(doc.add_paragraph(), "No articles to show.", italic=True)
    for sheet in chosen:
        if not single:
            doc.add_heading(_one_line(sheet.article.title or "Untitled article"), 2)
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


# --- article --------------------------------------------------------------------------


def _article(doc, ctx: _Context, sheet: ArticleSheet, level: int) -> None:
    art = sheet.article
    for label, value in (
        ("Byline", art.byline), ("Source", art.source), ("URL", art.url),
        ("Published", format_date(art.published)), ("Dateline", art.dateline),
        ("Language", art.language), ("Imported", format_date(art.imported_at)),
        ("Article ID", art.id),
    ):
        if value:
            p = _field(doc.add_paragraph(), label)
            if label == "URL":
                _link(p, value)
            else:
                _add(p, value)
    _summary(doc, ctx, sheet)

    for group in sheet.groups:
        doc.add_heading(f"{_one_line(group.title)} ({len(group.items)})", level)
        if not group.items:
            _add(doc.add_paragraph(), f"No {group.title.lower()} annotated.", italic=True)
        for item in group.items:
            _item(doc, ctx, item)

    doc.add_heading("Article text with highlights", level)
    used = sheet.categories_used()
    if used:
        legend = doc.add_paragraph()
        _add(legend, "Key: ", bold=True)
        for category in used:
            _shade(_add(legend, category.name), category.color)
            _add(legend, " ")
        _muted(_add(legend, "Numbers in [brackets] refer to the items above; a double "
                              "underline marks overlapping highlights."))
    paras = segment(art.text, sheet.items)
    for para in paras:
        _text_paragraph(doc.add_paragraph(), para)
    if not paras:
        _add(doc.add_paragraph(), "This article has no text.", italic=True)


def _summary(doc, ctx: _Context, sheet: ArticleSheet) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    _add(p, _plural(len(sheet.items), "annotation"), bold=True)
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
    _add(_field(doc.add_paragraph(), "By status"), statuses)


def _item(doc, ctx: _Context, item: Item) -> None:
    ann = item.ann
    head = doc.add_paragraph()
    head.paragraph_format.space_before = Pt(8)
    head.paragraph_format.keep_with_next = True
    _add(head, f"{item.number}. ", bold=True)
    _add(head, ann.exact or "(empty selection)")

    rows: list[tuple[str, str]] = []
    for label, party_id in (("Speaker", ann.speaker_id), ("Claimant", ann.claimant_id),
                            ("Party", ann.party_id)):
        if party_id:
            party = ctx.parties.get(party_id)
            rows.append((label, f"{party.name} ({party.kind})" if party else "(deleted or "
                         "unknown party)"))
    rows.append(("Status", ctx.data.status_label(ann.status, ctx.lang)))
    if ann.rating and ann.rating.strip():
        rows.append(("Rating", rating_label(ann.rating, ctx.lang)))
    if ann.value:
        rows.append(("Value", " ".join(x for x in (ann.value, ann.unit or "") if x)))
    if ann.ref_date:
        rows.append(("Reference date", format_date(ann.ref_date)))
    if ann.note:
        rows.append(("Note", ann.note))
    for label, value in rows:
        _add(_field(_detail(doc.add_paragraph()), label), value)

    if item.evidence:
        _field(_detail(doc.add_paragraph()), "Evidence")
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
                _add(entry, f" · consulted {format_date(ev.consulted_at)}")
            if ev.note:
                _add(entry, f" — {ev.note}", italic=True)
    if not item.located:
        _add(_detail(doc.add_paragraph()), "Not found at its recorded position in the current "
             "text, so it is not highlighted below.", italic=True)

    foot = [f"By {ann.author}" if ann.author else "",
            f"created {format_date(ann.created_at)}" if ann.created_at else "",
            f"updated {format_date(ann.updated_at)}"
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


def _field(p: Paragraph, label: str) -> Paragraph:
    _add(p, f"{label}: ", bold=True)
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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
