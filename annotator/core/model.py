"""Domain types shared by the store, the importers/exporters and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone


def new_id() -> str:
    """Ids are UUIDs so that two copies of a project can later be merged by id."""
    import uuid  # here, not at the top: it drags in `platform`, a cost at every start

    return str(uuid.uuid4())


def utc_now() -> str:
    """UTC ISO 8601 with milliseconds: sortable as text and unambiguous across machines."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# Verification statuses, in the order a desk works through them.
STATUSES: dict[str, str] = {
    "to_check": "To check",
    "verified": "Verified",
    "false": "False",
    "misleading": "Misleading",
    "unverifiable": "Unverifiable",
}
DEFAULT_STATUS = "to_check"


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    color: str  # "#rrggbb"
    shortcut: str = ""
    kind: str = "user"  # quote | figure | party | user
    position: int = 0


# Built-in categories have fixed ids so every project (and every merge) agrees on them.
BUILTIN_CATEGORIES: tuple[Category, ...] = (
    Category("quote", "Quote", "#f2c14e", "Q", "quote", 0),
    Category("figure", "Figure", "#5fb0e8", "F", "figure", 1),
    Category("party", "Party", "#9ad16b", "P", "party", 2),
)


@dataclass
class Article:
    id: str
    title: str
    text: str
    byline: str = ""
    source: str = ""
    url: str = ""
    published: str | None = None
    language: str = ""
    text_sha256: str = ""
    origin: str = ""  # the file (or "clipboard") it came from
    imported_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    dateline: str = ""  # the place a wire story was filed from


@dataclass
class Annotation:
    id: str
    article_id: str
    category_id: str
    start: int  # code points into the article's stored text, end exclusive
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    status: str = DEFAULT_STATUS
    author: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    rating: str | None = None
    speaker_id: str | None = None
    claimant_id: str | None = None
    value: str | None = None
    unit: str | None = None
    ref_date: str | None = None
    party_id: str | None = None  # for a party mention: the party it names


@dataclass
class Party:
    id: str
    name: str
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    description: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass
class Evidence:
    id: str
    annotation_id: str
    url: str = ""
    title: str = ""
    consulted_at: str | None = None
    note: str = ""


@dataclass
class RejectedSuggestion:
    """A suggestion an editor turned down: never offered again for that article."""

    article_id: str
    category: str  # quote, figure or party
    start: int
    end: int
    exact: str = ""
    rejected_at: str = ""


@dataclass
class ProjectData:
    """Everything in a project, detached from the file: what exporters read and JSON loads."""

    meta: dict[str, str] = field(default_factory=dict)
    categories: list[Category] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    rejected_suggestions: list[RejectedSuggestion] = field(default_factory=list)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def annotations_of(self, article_id: str) -> list[Annotation]:
        """Live annotations of one article in reading order."""
        found = [a for a in self.annotations if a.article_id == article_id and not a.deleted_at]
        return sorted(found, key=lambda a: (a.start, -a.end))
