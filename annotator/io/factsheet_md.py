"""The Markdown fact sheet: the HTML sheet's structure as plain text for wikis and email.

Every piece of user text goes through `escape`, so a note cannot become a link, an image,
raw HTML, a heading or a list once the file is rendered. The sheet's own words come from
annotator.io.labels in the project's language, and are escaped the same way.
"""

from __future__ import annotations

import re

from annotator import APP_NAME
from annotator.core.model import ProjectData, utc_now
from annotator.io.factsheet import (
    ArticleSheet,
    Item,
    Segment,
    clean,
    format_date,
    project_language,
    segment,
    sheet_title,
    status_label,
)
from annotator.io.labels import count, field, label

# Inline syntax (emphasis, code, links, HTML, entities, GFM tables/strikethrough).
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# Block syntax that only matters at the start of a line.
_BLOCK_START = re.compile(r"^([#+=\-])")
_ORDERED_START = re.compile(r"^(\d+)([.)])")


def escape(text: str, line_start: bool = True) -> str:
    """User text as literal Markdown; lines joined by hard breaks.

    `line_start` says whether the text begins a line; lines that do lose their leading
    spaces (four would start a code block) and have list/heading markers escaped.
    """
    lines = clean(text).split("\n")
    out = []
    for i, line in enumerate(lines):
        at_start = line_start or i > 0
        if at_start:
            line = line.lstrip()
        line = _INLINE.sub(r"\\\1", line)
        if at_start:
            line = _BLOCK_START.sub(r"\\\1", line)
            line = _ORDERED_START.sub(r"\1\\\2", line)
        out.append(line)
    return "  \n".join(out)


def render_md(data: ProjectData, sheets: list[ArticleSheet], title: str, single: bool) -> str:
    """The sheet; `single` makes the one article's title the page heading."""
    parties = {p.id: p.name for p in data.parties}
    lang = project_language(data)
    title = sheet_title(title, sheets, single, lang)
    total = sum(len(s.items) for s in sheets)
    facts = [label("generated", lang, date=format_date(utc_now()), app=APP_NAME)]
    if not single:
        facts.append(count("count.article", len(sheets), lang))
    facts.append(count("count.annotation", total, lang))
    out = [f"# {escape(title)}", "", "*" + escape(" · ".join(facts), False) + "*", ""]
    if not sheets:
        out += [escape(label("no_articles", lang)), ""]
    level = "##" if single else "###"
    for sheet in sheets:
        art = sheet.article
        if not single:
            out += ["---", "", f"## {escape(art.title or label('untitled_article', lang))}", ""]
        for key, value in (
            ("byline", art.byline),
            ("source", art.source),
            ("url", art.url),
            ("published", format_date(art.published)),
            ("dateline", art.dateline),
            ("language", art.language),
            ("imported", format_date(art.imported_at)),
            ("article_id", art.id),
        ):
            if value:
                name = escape(field(label(key, lang), lang).rstrip(), False)
                out.append(f"- **{name}** {escape(value, False)}")
        out += ["", _summary(sheet, lang), ""]
        for group in sheet.groups:
            out += [f"{level} {escape(group.title)} ({len(group.items)})", ""]
            if not group.items:
                out += [escape(group.empty_text(lang)), ""]
            for item in group.items:
                out += [*_item(item, parties, lang), ""]
        out += [f"{level} {escape(label('article_text', lang))}", ""]
        for para in segment(art.text, sheet.items):
            out += [_paragraph(para), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(sheet: ArticleSheet, lang: str) -> str:
    line = f"**{escape(count('count.annotation', len(sheet.items), lang), False)}**"
    if sheet.items:
        cats = " · ".join(f"{escape(t, False)} {n}" for t, n in sheet.category_counts())
        statuses = " · ".join(f"{escape(label, False)} {n}" for _k, label, n in
                              sheet.status_counts())
        line += f" — {cats} — {statuses}"
    return line


def _item(item: Item, parties: dict, lang: str) -> list[str]:
    ann = item.ann
    marker = f"{item.number}. "
    pad = " " * len(marker)
    exact = escape(ann.exact, False) or escape(label("empty_selection", lang), False)
    status = escape(item.status_text or status_label(ann.status, lang), False)
    lines = [f"{marker}{exact} — **{status}**"]
    details: list[tuple[str, str]] = []
    if ann.note:
        details.append(("note", ann.note))
    for key, party in (("speaker", ann.speaker_id), ("claimant", ann.claimant_id),
                       ("party", ann.party_id)):
        if party:
            details.append((key, parties.get(party, party)))
    if ann.value:
        details.append(("value", " ".join(x for x in (ann.value, ann.unit or "") if x)))
    if ann.ref_date:
        details.append(("reference_date", format_date(ann.ref_date)))
    if ann.rating:
        details.append(("rating", item.rating_text))
    for ev in item.evidence:
        parts = [ev.title, ev.url,
                 label("consulted", lang, date=format_date(ev.consulted_at))
                 if ev.consulted_at else "", ev.note]
        details.append(("evidence", " · ".join(p for p in parts if p)))
    if not item.located:
        details.append(("warning", label("not_located_short", lang)))
    for key, value in details:
        name = escape(field(label(key, lang), lang), False)
        body = escape(value, False).replace("\n", "\n" + pad + "  ")
        lines.append(f"{pad}- {name}{body}")
    foot = [label("by_author", lang, author=ann.author) if ann.author else "",
            label("created", lang, date=format_date(ann.created_at)) if ann.created_at else "",
            label("updated", lang, date=format_date(ann.updated_at))
            if ann.updated_at and ann.updated_at != ann.created_at else ""]
    if any(foot):
        lines.append(f"{pad}- {escape(' · '.join(x for x in foot if x), False)}")
    return lines


def _paragraph(para: list[Segment]) -> str:
    """Covered text in **bold** (overlaps merge into one run), then [n] after each span."""
    runs: list[tuple[bool, str]] = []  # (bold, markdown)
    line_start = True
    for index, seg in enumerate(para):
        text = escape(seg.text, line_start)
        line_start = seg.text.endswith("\n")
        refs = "".join(f"[{i.number}]" for i in seg.refs_after)
        bold = bool(seg.covering)
        if runs and runs[-1][0] == bold:
            runs[-1] = (bold, runs[-1][1] + text)
        else:
            runs.append((bold, text))
        if refs:
            following = para[index + 1].covering if index + 1 < len(para) else ()
            if bold and {i.number for i in following} & {i.number for i in seg.covering}:
                runs[-1] = (True, runs[-1][1] + refs)  # a span goes on: stay in bold
            else:
                runs.append((False, refs))  # the marker closes the run: "**x**[1]"
    out = []
    for bold, text in runs:
        core = text.strip()
        if bold and core:
            # Emphasis must not start or end with a space, so spaces go outside it.
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            text = f"{lead}**{core}**{trail}"
        out.append(text)
    # "[1](" would turn our marker into a link: escape a parenthesis right after one.
    return re.sub(r"(\[\d+\])\(", r"\1\\(", "".join(out))

