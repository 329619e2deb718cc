"""ClaimReview JSON-LD: the published verdicts, for a fact-check page or an aggregator.

Follows https://schema.org/ClaimReview and Google's fact-check markup guidelines. Choices:

- The output is a JSON array of self-contained ClaimReview objects, each with its own
  "@context": a page embeds one review per <script type="application/ld+json"> (Google's
  examples do so), and any item can be cut out and used alone. No reviews gives "[]".
- One review per live quote or figure annotation that has a rating, in article order
  (the articles chosen, or all live ones) and then in fact-sheet item order.
- "url" must be the page hosting the fact check. The project knows only its organisation's
  site, so it is organisation_url + "#claimreview-<annotation id>": stable across exports
  and unique per review. Without an http(s) organisation_url, "url" is left out (Google
  then flags it: set the URL in the project settings) rather than invented. "author" is
  the organisation; without organisation_name its site's host name stands in, and with
  neither it is left out.
- The claim's "datePublished" is the article's publication date: the first appearance we
  know of. The review's "datePublished" is the annotation's last update (UTC date).
- "ratingValue", "bestRating" (5) and "worstRating" (1) go together, only for a rating
  with a value on the scale; "Unproven" and free text get "alternateName" alone. A
  free-text rating (older files) that matches a scale label ("Faux", "false") counts as
  that rating. Labels are in the project's language (meta "language": fr, else en).
- The claim's author is the quote's speaker or the figure's claimant, when set and not
  deleted: a Person for a "person" party, an Organization for any other kind.
- Figures: when the recorded value's digits are not in the text, "claimReviewed" adds
  them: "quatorze mille (14000 emplois)".
- The JSON is safe to paste inside an HTML <script> element: "<", ">" and "&" are written
  as \\u003c, \\u003e, \\u0026, which JSON decodes to the same characters.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from urllib.parse import quote, urlsplit

from annotator.core.model import (
    BEST_RATING,
    WORST_RATING,
    Article,
    Party,
    ProjectData,
    find_rating,
)
from annotator.io.factsheet import (
    Item,
    clean,
    project_language,
    rating_label,
    safe_url,
    sheets,
)

CONTEXT = "https://schema.org"
REVIEWED_KINDS = ("quote", "figure")
# Characters that could end a <script> element or start an entity, if the JSON is embedded.
_HTML_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render_claimreview(data: ProjectData, article_ids: list[str] | None) -> str:
    """A JSON array of ClaimReview objects (see the module docstring for the choices)."""
    lang = project_language(data)
    publisher = _publisher(data)
    reviews = []
    for sheet in sheets(data, article_ids):
        for group in sheet.groups:
            if group.key not in REVIEWED_KINDS:
                continue
            for item in group.items:
                review = _review(data, sheet.article, item, group.key, lang, publisher)
                if review is not None:
                    reviews.append(review)
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    return text.translate(_HTML_UNSAFE) + "\n"


def _review(data: ProjectData, article: Article, item: Item, kind: str, lang: str,
            publisher: dict | None) -> dict | None:
    ann = item.ann
    label = rating_label(ann.rating, lang)
    claim_text = _claim_text(ann.exact, ann.value, ann.unit) if kind == "figure" else ann.exact
    claim_text = clean(claim_text)
    if not label or not claim_text.strip():  # no verdict, or nothing to say it about
        return None

    rating: dict = {"@type": "Rating"}
    known = find_rating(ann.rating)
    if known is not None and known.value is not None:
        # The scale goes with a value only: a bare "Unproven" has no place on it.
        rating.update(ratingValue=known.value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    rating["alternateName"] = label

    claim: dict = {"@type": "Claim"}
    party = _live_party(data, ann.speaker_id if kind == "quote" else ann.claimant_id)
    if party is not None:  # schema.org wants a Person or an Organization: places and
        # "other" parties speak as institutions (a city, a ministry), hence Organization.
        claim["author"] = {"@type": "Person" if party.kind == "person" else "Organization",
                           "name": clean(party.name)}
    claim["appearance"] = _appearance(article)
    published = iso_date(article.published)
    if published:
        claim["datePublished"] = published

    review: dict = {"@context": CONTEXT, "@type": "ClaimReview", "claimReviewed": claim_text,
                    "reviewRating": rating, "itemReviewed": claim}
    url = _review_url(data, ann.id)
    if url:
        review["url"] = url
    if publisher:
        review["author"] = publisher
    reviewed_on = iso_date(ann.updated_at or ann.created_at)
    if reviewed_on:
        review["datePublished"] = reviewed_on
    if ann.note.strip():
        review["reviewBody"] = clean(ann.note)
    if data.meta.get("language"):
        review["inLanguage"] = clean(data.meta["language"])
    return review


def _claim_text(exact: str, value: str | None, unit: str | None) -> str:
    """A figure's text, plus its recorded value when the text does not already show it
    ("quatorze mille (14000 emplois)"), so the number reviewed is unambiguous."""
    value = (value or "").strip()
    digits = "".join(c for c in value if c.isdigit())
    if not value or (digits and digits in "".join(c for c in exact if c.isdigit())):
        return exact
    return f"{exact} ({' '.join(x for x in (value, (unit or '').strip()) if x)})"


def _appearance(article: Article) -> dict:
    work: dict = {"@type": "NewsArticle", "headline": clean(article.title or "Untitled article")}
    url = safe_url(clean(article.url or ""))
    if url:
        work["url"] = url
    published = iso_date(article.published)
    if published:
        work["datePublished"] = published
    if article.source.strip():
        work["publisher"] = {"@type": "Organization", "name": clean(article.source)}
    return work


def _publisher(data: ProjectData) -> dict | None:
    name = clean(data.meta.get("organisation_name", "")).strip()
    url = _organisation_url(data)
    if not name and url:
        name = urlsplit(url).hostname or ""
    if not name:
        return None
    org = {"@type": "Organization", "name": name}
    if url:
        org["url"] = url
    return org


def _organisation_url(data: ProjectData) -> str | None:
    url = safe_url(clean(data.meta.get("organisation_url", "")).strip())
    return url if url and url.lower().startswith("http") else None  # not mailto:


def _review_url(data: ProjectData, annotation_id: str) -> str | None:
    base = _organisation_url(data)
    if base is None:
        return None
    return f"{base.split('#', 1)[0]}#claimreview-{quote(annotation_id, safe='-._~')}"


def _live_party(data: ProjectData, party_id: str | None) -> Party | None:
    party = data.party(party_id)
    return party if party is not None and not party.deleted_at and party.name.strip() else None


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD (in UTC for timestamps), or None for an empty or unreadable date."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc)
    return parsed.date().isoformat()
