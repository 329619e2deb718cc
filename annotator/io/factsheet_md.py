"""The Markdown fact sheet: the HTML sheet's structure as plain text for wikis and email.

Every piece of user text goes through `escape`, so a note cannot become a link, an image,
raw HTML, a heading or a list once the file is rendered.
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
    segment,
    status_label,
)

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
    total = sum(len(s.items) for s in sheets)
    facts = [f"Generated {format_date(utc_now())} by {APP_NAME}"]
    if not single:
        facts.append(_plural(len(sheets), "article"))
    facts.append(_plural(total, "annotation"))
    out = [f"# {escape(title)}", "", "*" + " · ".join(facts) + "*", ""]
    if not sheets:
        out += ["No articles to show.", ""]
    level = "##" if single else "###"
    for sheet in sheets:
        art = sheet.article
        if not single:
            out += ["---", "", f"## {escape(art.title or 'Untitled article')}", ""]
        for label, value in (
            ("Byline", art.byline),
            ("Source", art.source),
            ("URL", art.url),
            ("Published", format_date(art.published)),
            ("Dateline", art.dateline),
            ("Language", art.language),
            ("Imported", format_date(art.imported_at)),
            ("Article ID", art.id),
        ):
            if value:
                out.append(f"- **{label}:** {escape(value, False)}")
        out += ["", _summary(sheet), ""]
        for group in sheet.groups:
            out += [f"{level} {escape(group.title)} ({len(group.items)})", ""]
            if not group.items:
                out += [f"No {escape(group.title.lower())} annotated.", ""]
            for item in group.items:
                out += [*_item(item, parties), ""]
        out += [f"{level} Article text with highlights", ""]
        for para in segment(art.text, sheet.items):
            out += [_paragraph(para), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(sheet: ArticleSheet) -> str:
    line = f"**{_plural(len(sheet.items), 'annotation')}**"
    if sheet.items:
        cats = " · ".join(f"{escape(t, False)} {n}" for t, n in sheet.category_counts())
        statuses = " · ".join(f"{escape(label, False)} {n}" for _k, label, n in
                              sheet.status_counts())
        line += f" — {cats} — {statuses}"
    return line


def _item(item: Item, parties: dict) -> list[str]:
    ann = item.ann
    marker = f"{item.number}. "
    pad = " " * len(marker)
    exact = escape(ann.exact, False) or "(empty selection)"
    lines = [f"{marker}{exact} — **{escape(item.status_text or status_label(ann.status), False)}**"]
    details: list[tuple[str, str]] = []
    if ann.note:
        details.append(("Note", ann.note))
    for label, party in (("Speaker", ann.speaker_id), ("Claimant", ann.claimant_id),
                         ("Party", ann.party_id)):
        if party:
            details.append((label, parties.get(party, party)))
    if ann.value:
        details.append(("Value", " ".join(x for x in (ann.value, ann.unit or "") if x)))
    if ann.ref_date:
        details.append(("Reference date", format_date(ann.ref_date)))
    if ann.rating:
        details.append(("Rating", item.rating_text))
    for ev in item.evidence:
        parts = [ev.title, ev.url, f"consulted {format_date(ev.consulted_at)}"
                 if ev.consulted_at else "", ev.note]
        details.append(("Evidence", " · ".join(p for p in parts if p)))
    if not item.located:
        details.append(("Warning", "not found at its recorded position in the current text"))
    for label, value in details:
        body = escape(value, False).replace("\n", "\n" + pad + "  ")
        lines.append(f"{pad}- {label}: {body}")
    foot = [f"By {ann.author}" if ann.author else "",
            f"created {format_date(ann.created_at)}" if ann.created_at else "",
            f"updated {format_date(ann.updated_at)}"
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


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
