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


@dataclass(frozen=True)
class Status:
    """A verification status. Projects may rename the built-ins and add their own."""

    id: str
    label_en: str
    label_fr: str = ""
    position: int = 0

    def label(self, lang: str = "en") -> str:
        return (self.label_fr if lang == "fr" else self.label_en) or self.label_en or self.id


# Verification statuses, in the order a desk works through them.
BUILTIN_STATUSES: tuple[Status, ...] = (
    Status("to_check", "To check", "À vérifier", 0),
    Status("in_progress", "In progress", "En cours", 1),
    Status("verified", "Verified", "Vérifié", 2),
    Status("false", "False", "Faux", 3),
    Status("misleading", "Misleading", "Trompeur", 4),
    Status("unverifiable", "Unverifiable", "Invérifiable", 5),
)
STATUSES: dict[str, str] = {s.id: s.label_en for s in BUILTIN_STATUSES}
DEFAULT_STATUS = "to_check"


@dataclass(frozen=True)
class Rating:
    """The published verdict on a quote or figure (ClaimReview's reviewRating)."""

    id: str
    label_en: str
    label_fr: str
    value: int | None  # on a 1 (false) to 5 (true) scale; None when it is no truth scale

    def label(self, lang: str = "en") -> str:
        return self.label_fr if lang == "fr" else self.label_en


RATINGS: tuple[Rating, ...] = (
    Rating("true", "True", "Vrai", 5),
    Rating("mostly_true", "Mostly true", "Plutôt vrai", 4),
    Rating("half_true", "Half true", "À moitié vrai", 3),
    Rating("mostly_false", "Mostly false", "Plutôt faux", 2),
    Rating("misleading", "Misleading", "Trompeur", 2),
    Rating("false", "False", "Faux", 1),
    Rating("unproven", "Unproven", "Non démontré", None),
)
RATING_BY_ID: dict[str, Rating] = {r.id: r for r in RATINGS}


def find_rating(raw: str | None) -> Rating | None:
    """The scale entry `raw` names: a rating id, or a label typed as free text (older files)."""
    if not raw:
        return None
    if raw in RATING_BY_ID:
        return RATING_BY_ID[raw]
    wanted = raw.strip().casefold()
    return next((r for r in RATINGS if wanted in (r.id, r.label_en.casefold(),
                                                  r.label_fr.casefold())), None)
BEST_RATING, WORST_RATING = 5, 1


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
    # Colours from core.palette (safe for colour-blind readers); older files keep theirs.
    Category("quote", "Quote", "#e69f00", "Q", "quote", 0),
    Category("figure", "Figure", "#56b4e9", "F", "figure", 1),
    Category("party", "Party", "#009e73", "P", "party", 2),
)

# The built-ins' names in French. A project keeps the English name unless someone renamed
# the category; an untouched built-in is shown in the reader's language.
BUILTIN_NAMES_FR = {"quote": "Citation", "figure": "Chiffre", "party": "Partie prenante"}
_BUILTIN_NAMES_EN = {c.id: c.name for c in BUILTIN_CATEGORIES}


def category_label(category: Category, language: str) -> str:
    """The category's name for a reader of `language` ("fr" or "en")."""
    if language == "fr" and category.name == _BUILTIN_NAMES_EN.get(category.id):
        return BUILTIN_NAMES_FR[category.id]
    return category.name


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
    updated_by: str = ""  # the editor who last changed it (author: who created it)
    # Set when a revision of the article's text left it nowhere to go: start, end, exact,
    # prefix and suffix are then those of the text it was last placed in (an orphan).
    orphaned_at: str | None = None


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
    statuses: list[Status] = field(default_factory=lambda: list(BUILTIN_STATUSES))

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def party(self, party_id: str | None) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None) if party_id else None

    def status_label(self, status_id: str, lang: str = "en") -> str:
        """The project's label for a status (its own wording, in its language)."""
        found = next((s for s in self.statuses if s.id == status_id), None)
        if found is None:
            found = next((s for s in BUILTIN_STATUSES if s.id == status_id), None)
        return found.label(lang) if found else status_id.replace("_", " ").capitalize()

    def evidence_of(self, annotation_id: str) -> list[Evidence]:
        return [e for e in self.evidence if e.annotation_id == annotation_id]

    def annotations_of(self, article_id: str) -> list[Annotation]:
        """Live annotations of one article in reading order (orphans have no place)."""
        found = [a for a in self.annotations if a.article_id == article_id
                 and not a.deleted_at and not a.orphaned_at]
        return sorted(found, key=lambda a: (a.start, -a.end))
