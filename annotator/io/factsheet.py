"""What a fact sheet says, independent of its format (HTML, Markdown).

The renderers only lay out what this module decides: which articles and annotations are
live, how items are grouped and numbered, and how the article text is cut into segments
so that overlapping and nested highlights all stay visible.

Every word a sheet writes on its own comes from annotator.io.labels, in the project's
language (project_language): group titles, category, status and rating names are
decided here, in that language, once per sheet.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from annotator.core.model import (
    BUILTIN_STATUSES,
    STATUSES,
    Annotation,
    Article,
    Category,
    Evidence,
    ProjectData,
    category_label,
    find_rating,
)
from annotator.io.labels import label
from annotator.io.labels import language as label_language

NEUTRAL_COLOR = "#b8bec6"
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
# Built-in groups, in the order a desk reads them; user categories follow by position.
# Each one's title is the label "group.<kind>", its empty message "empty.<kind>".
BUILTIN_GROUPS = ("party", "quote", "figure")
BUILTIN_KINDS = frozenset(BUILTIN_GROUPS)
# Characters XML cannot carry; replaced one for one so that offsets stay valid.
_UTC_STAMP = re.compile(r"\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(:[0-6]\d(\.\d+)?)?Z\Z")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class SheetError(Exception):
    """An expected problem (bad template, unknown article); str() is the one-line reason."""


def clean(text: str) -> str:
    """User text made safe for any output: same length, no control characters."""
    return _UNSAFE.sub("\ufffd", text)


def safe_color(color: str) -> str:
    """A category colour only if it is exactly #rrggbb: nothing else reaches a style."""
    return color.lower() if _COLOR_RE.match(color or "") else NEUTRAL_COLOR


def status_label(status: str, lang: str = "en") -> str:
    """A built-in status's label in `lang` (sheets carry the project's own, see Item)."""
    if status in STATUSES:
        return next(s for s in BUILTIN_STATUSES if s.id == status).label(lang)
    return status.replace("_", " ").capitalize() or label("no_status", lang)


def rating_label(raw: str | None, lang: str = "en") -> str:
    """The rating as a reader sees it: the scale's label ("false" → "False"/"Faux"), or
    free text from older files as typed."""
    rating = find_rating(raw)
    return rating.label(lang) if rating else clean(raw or "").strip()


def project_language(data: ProjectData) -> str:
    """The language of labels: French for a French project, English otherwise."""
    return label_language(data.meta.get("language", ""))


def sheet_title(title: str, sheets: list[ArticleSheet], single: bool, lang: str) -> str:
    """The title the caller chose, except that an untitled article's sheet is named in
    the sheet's language (the caller only knows the English "Untitled article")."""
    if single and sheets and not sheets[0].article.title.strip():
        return label("untitled_article", lang)
    return title


def format_date(value: str | None) -> str:
    """ISO timestamps shown as '2024-03-05 14:02 UTC'; anything else shown as given."""
    if not value:
        return ""
    if _UTC_STAMP.match(value):  # how the app stores times: no parsing needed
        return f"{value[:10]} {value[11:16]} UTC"
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if len(value) <= 10:  # a bare date
        return parsed.date().isoformat()
    if parsed.tzinfo is None:
        return parsed.strftime("%Y-%m-%d %H:%M")
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def safe_url(url: str) -> str | None:
    """Only web and mail links become clickable; javascript: and friends stay plain text."""
    return url if re.match(r"^(https?://|mailto:)\S+$", url or "", re.IGNORECASE) else None


@dataclass(slots=True)
class Item:
    """One annotation in the sheet, with its number in its article."""

    number: int
    ann: Annotation
    category: Category
    evidence: list[Evidence]
    located: bool  # the offsets still point at the exact text, so it can be highlighted
    status_text: str = ""  # the status as the project words it, in its language
    rating_text: str = ""
    category_text: str = ""  # the category's name in the sheet's language (built-ins)


@dataclass
class Group:
    key: str  # "party", "quote", "figure", or "user:" + a user category id
    title: str  # in the sheet's language for built-in groups; a user category's name
    items: list[Item] = field(default_factory=list)

    def empty_text(self, lang: str) -> str:
        """What an empty group says ("No quotes annotated.")."""
        kind = self.key if self.key in BUILTIN_KINDS else "group"
        return label(f"empty.{kind}", lang)


@dataclass(slots=True)
class Segment:
    """A run of article text covered by the same annotations (outermost first)."""

    text: str
    covering: tuple[Item, ...]
    refs_after: list[Item] = field(default_factory=list)  # items whose reference follows


@dataclass
class ArticleSheet:
    article: Article
    groups: list[Group]
    status_order: tuple[str, ...] = tuple(STATUSES)  # the project's statuses, desk order
    lang: str = "en"  # the language of the sheet's labels (the project's)

    @property
    def items(self) -> list[Item]:
        return [item for group in self.groups for item in group.items]

    def category_counts(self) -> list[tuple[str, int]]:
        return [(g.title, len(g.items)) for g in self.groups if g.items]

    def status_counts(self) -> list[tuple[str, str, int]]:
        """(status key, label, count), statuses in desk order, unknown ones last."""
        counts = Counter(item.ann.status for item in self.items)
        labels = {item.ann.status: item.status_text for item in self.items}
        order = list(self.status_order) + sorted(counts.keys() - set(self.status_order))
        return [(s, labels.get(s) or status_label(s, self.lang), counts[s])
                for s in order if counts[s]]

    def categories_used(self) -> list[Category]:
        seen: dict[str, Category] = {}
        for item in self.items:
            seen.setdefault(item.category.id, item.category)
        return list(seen.values())


def chosen_articles(data: ProjectData, article_ids: list[str] | None) -> list[Article]:
    """The live articles to export (all, or those chosen, in project order): for the
    interchange formats, where a chosen article that has been deleted is left out."""
    live = [a for a in data.articles if not a.deleted_at]
    if article_ids is None:
        return live
    wanted = known_article_ids(data, article_ids)
    return [a for a in live if a.id in wanted]


def known_article_ids(data: ProjectData, article_ids: list[str]) -> set[str]:
    """The chosen ids as a set; SheetError names the first one the project lacks."""
    known = {a.id for a in data.articles}
    for article_id in article_ids:
        if article_id not in known:
            raise SheetError(f"no article with id {article_id!r}")
    return set(article_ids)


def sheets(data: ProjectData, article_ids: list[str] | None) -> list[ArticleSheet]:
    """The live articles to show (all, or the chosen ones in the order given)."""
    if article_ids is None:
        chosen = [a for a in data.articles if not a.deleted_at]
    else:
        by_id = {a.id: a for a in data.articles}
        chosen = []
        for article_id in article_ids:
            article = by_id.get(article_id)
            if article is None:
                raise SheetError(f"no article with id {article_id!r}")
            if article.deleted_at:
                raise SheetError(f"article {article_id!r} is deleted")
            chosen.append(article)
    # Indexed once: a whole-project sheet must not rescan every annotation per article.
    evidence: dict[str, list[Evidence]] = {}
    for e in data.evidence:
        evidence.setdefault(e.annotation_id, []).append(e)
    live: dict[str, list[Annotation]] = {}
    for ann in sorted(data.annotations, key=lambda a: (a.start, -a.end)):
        if not ann.deleted_at:
            live.setdefault(ann.article_id, []).append(ann)
    categories = {c.id: c for c in data.categories}
    lang = project_language(data)
    order = tuple(s.id for s in data.statuses)
    out = [_sheet(article, live.get(article.id, []), categories, evidence, lang)
           for article in chosen]
    status_texts: dict[str, str] = {}
    rating_texts: dict[str | None, str] = {}
    category_texts: dict[str, str] = {}  # by category id
    for sheet in out:
        sheet.status_order, sheet.lang = order, lang
        for item in sheet.items:
            status, rating = item.ann.status, item.ann.rating
            if status not in status_texts:
                status_texts[status] = data.status_label(status, lang)
            if rating not in rating_texts:
                rating_texts[rating] = rating_label(rating, lang)
            item.status_text, item.rating_text = status_texts[status], rating_texts[rating]
            category = item.category
            text = category_texts.get(category.id)
            if text is None:
                text = category_texts[category.id] = category_label(category, lang)
            item.category_text = text
    return out


def _sheet(
    article: Article,
    annotations: list[Annotation],
    categories: dict[str, Category],
    evidence: dict[str, list[Evidence]],
    lang: str = "en",
) -> ArticleSheet:
    # Built-in kinds group by kind; each user category is its own group ("user:" + id).
    groups = {kind: Group(kind, label(f"group.{kind}", lang)) for kind in BUILTIN_GROUPS}
    user = sorted(
        (c for c in categories.values() if c.kind not in BUILTIN_KINDS),
        key=lambda c: (c.position, c.name.casefold()),
    )
    for c in user:
        groups["user:" + c.id] = Group("user:" + c.id,
                                       c.name or label("untitled_category", lang))
    text, size = article.text, len(article.text)
    placed: dict[str, tuple[Category, list[Item]]] = {}  # category id → its group's items
    no_evidence: list[Evidence] = []  # shared: items only read it
    for ann in annotations:
        found = placed.get(ann.category_id)
        if found is None:
            category = categories.get(ann.category_id)
            if category is None:  # a dangling reference still deserves a place on the sheet
                category = Category(ann.category_id, label("uncategorised", lang),
                                    NEUTRAL_COLOR)
            key = category.kind if category.kind in BUILTIN_KINDS else "user:" + category.id
            found = placed[ann.category_id] = (
                category, groups.setdefault(key, Group(key, category.name)).items)
        category, items = found
        located = 0 <= ann.start <= ann.end <= size and text[ann.start : ann.end] == ann.exact
        items.append(Item(0, ann, category, evidence.get(ann.id, no_evidence), located))
    # Built-in sections always show (an empty "Quotes" is information); empty user ones don't.
    kept = [g for g in groups.values() if g.key in BUILTIN_KINDS or g.items]
    number = 0
    for group in kept:
        for item in group.items:
            number += 1
            item.number = number
    return ArticleSheet(article, kept, lang=lang)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank lines separate them; blank ones are dropped."""
    spans, start = [], 0
    for sep in re.finditer(r"\n[^\S\n]*\n\s*", text):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _nesting(item: Item) -> tuple[int, int]:
    return item.ann.start - item.ann.end, item.number


def segment(text: str, items: list[Item]) -> list[list[Segment]]:
    """The text as paragraphs of segments, cut at every paragraph and span boundary.

    Each segment knows every annotation covering it, so overlaps and nesting all show.
    Each item's reference marker goes after the last segment it covers (or, if it
    covers no visible text, after the text that precedes its position).
    """
    text = clean(text)  # once, not per segment: clean() keeps every offset
    spans = sorted((i for i in items if i.located), key=lambda i: (i.ann.start, i.number))
    result: list[list[Segment]] = []
    ends: list[int] = []  # end offset of each segment, in reading order
    flat: list[Segment] = []
    last: dict[int, Segment] = {}  # item number -> last segment it covers
    # Run once per segment (there are about two per annotation): kept to plain loops.
    never = len(text) + 1
    active: list[Item] = []  # covering the current point, in nesting order
    soonest_end = never  # the first offset where an active span ends
    waiting = iter(spans)
    upcoming = next(waiting, None)
    next_start = upcoming.ann.start if upcoming else never
    bounds = sorted({x for i in spans for x in (i.ann.start, i.ann.end)})
    for p_start, p_end in paragraphs(text):
        cuts = bounds[bisect.bisect_right(bounds, p_start) : bisect.bisect_left(bounds, p_end)]
        cuts.append(p_end)
        para = []
        a = p_start
        for b in cuts:
            if next_start <= a:
                while upcoming is not None and upcoming.ann.start <= a:
                    # Longer spans outside, shorter inside, as nested marks would be.
                    bisect.insort(active, upcoming, key=_nesting)
                    soonest_end = min(soonest_end, upcoming.ann.end)
                    upcoming = next(waiting, None)
                next_start = upcoming.ann.start if upcoming else never
            if soonest_end <= a:
                active = [i for i in active if i.ann.end > a]
                soonest_end = min((i.ann.end for i in active), default=never)
            if active:
                seg = Segment(text[a:b], tuple(active))
                for item in active:
                    last[item.number] = seg
            else:
                seg = Segment(text[a:b], ())
            para.append(seg)
            a = b
        flat += para
        ends += cuts
        result.append(para)
    if not flat:
        return result
    for item in sorted(spans, key=lambda i: i.number):
        target = last.get(item.number)
        if target is None:  # empty span, or only blank lines: anchor at its position
            target = flat[max(0, bisect.bisect_right(ends, item.ann.start) - 1)]
        target.refs_after.append(item)
    return result
