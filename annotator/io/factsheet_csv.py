"""The CSV export: one row per live annotation, for spreadsheets and newsroom dashboards.

The header row is a contract, not a label: scripts and dashboards read the columns by
these English names (exports/README.md and the user guide list them, tests/io check
them), so they stay the same whatever the project's language. Status and rating are
written as their ids for the same reason. The cells hold what the sheet shows: the
category as the sheet names it, so a French project's untouched built-ins read
"Citation", "Chiffre", "Partie prenante" (model.category_label), like its other sheets.
"""

from __future__ import annotations

import csv
import io

from annotator.io.factsheet import ArticleSheet

COLUMNS = (
    "article_id", "article_title", "article_byline", "article_source", "article_published",
    "article_url", "category", "text", "start", "end",
    "status", "note", "author", "created_at", "updated_at",
    # The fact-check record (added after the first columns, so older scripts keep working).
    "speaker", "claimant", "party", "value", "unit", "ref_date", "rating", "evidence_count",
    "updated_by",
)
# A cell starting with one of these is a formula to Excel and LibreOffice ("CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(value: str) -> str:
    """Prefix a leading apostrophe so spreadsheets show the cell as text, never run it."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_csv(sheets: list[ArticleSheet], parties: dict[str, str]) -> str:
    """CSV text with Windows line endings, as spreadsheets expect; the BOM is the caller's.

    parties: party names by id (speaker, claimant and party are written by name). Status
    and rating are their ids, stable for dashboards whatever the project calls them; the
    category is its name in the project's language (Item.category_text).
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for sheet in sheets:
        art = sheet.article
        for item in sorted(sheet.items, key=lambda i: (i.ann.start, -i.ann.end, i.number)):
            a = item.ann
            row = [art.id, art.title, art.byline, art.source, art.published or "", art.url,
                   item.category_text or item.category.name, a.exact, a.start, a.end,
                   a.status, a.note, a.author, a.created_at, a.updated_at,
                   *(parties.get(p, p) if p else "" for p in (a.speaker_id, a.claimant_id,
                                                              a.party_id)),
                   a.value or "", a.unit or "", a.ref_date or "", a.rating or "",
                   len(item.evidence), a.updated_by]
            writer.writerow([guard(v) if isinstance(v, str) else v for v in row])
    return buffer.getvalue()
