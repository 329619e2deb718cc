"""Every word a fact sheet writes on its own, in English and French.

The fact sheets (HTML, PDF, Markdown, Word, and the category names in CSV) speak the
project's language (`factsheet.project_language`): a French project gets a French sheet
throughout. What the user typed (titles, notes, names) is shown as typed; statuses and
ratings come with their own labels (model.Status, model.Rating), and the built-in
categories with theirs (model.category_label).

Plain Python and no Qt on purpose: the exporters run in the command line and in worker
threads, and a sheet's language is the project's, not the interface's (a French desk may
run the app in English). Qt Linguist (.ts) files translate the interface; this catalogue
translates exports.

Rules for the text (tests/io/test_export_labels.py checks them):
- every key has both languages, with the same {placeholders};
- French typography: a no-break space (U+00A0) before : ; ! ? and inside « »;
- labels are plain text: the renderers escape them like any other text, so a label and
  the user text put into it cannot turn into markup;
- counts go through `count()`, which picks "<key>.one" or "<key>.other" by each
  language's rule (French: 0 and 1 are singular).

French vocabulary reviewed by a newsroom: fact sheet « fiche de vérification », quote
« citation », figure « chiffre », party « partie prenante », claim « affirmation »,
claimant « auteur de l'affirmation », speaker « auteur des propos », rating « verdict »,
evidence « preuve », status « statut », byline « signature », dateline « lieu d'édition ».
"""

from __future__ import annotations

import string

LANGUAGES = ("en", "fr")
DEFAULT_LANGUAGE = "en"
NBSP = "\u00a0"

# key -> {language: text}. Keys name what the text is for, not where it is used.
LABELS: dict[str, dict[str, str]] = {
    # --- the sheet ----------------------------------------------------------------------
    "fact_sheet": {"en": "Fact sheet", "fr": "Fiche de vérification"},
    "generated": {"en": "Generated {date} by {app}",
                  "fr": "Générée le {date} par {app}"},
    "count.article.one": {"en": "{n} article", "fr": "{n} article"},
    "count.article.other": {"en": "{n} articles", "fr": "{n} articles"},
    "count.annotation.one": {"en": "{n} annotation", "fr": "{n} annotation"},
    "count.annotation.other": {"en": "{n} annotations", "fr": "{n} annotations"},
    "no_articles": {"en": "No articles to show.", "fr": "Aucun article à afficher."},
    "colophon": {
        "en": "Numbers in the article text refer to the numbered items. Internal working "
              "document: verify before publication.",
        "fr": "Les numéros dans le texte de l'article renvoient aux éléments numérotés. "
              "Document de travail interne\u00a0: à vérifier avant publication.",
    },
    "page": {"en": "Page {n} / {count}", "fr": "Page {n} / {count}"},
    # "Byline: Jeanne Dupont" — how a label introduces its value.
    "field": {"en": "{label}: ", "fr": "{label}\u00a0: "},
    # --- an article -------------------------------------------------------------------
    "untitled_article": {"en": "Untitled article", "fr": "Article sans titre"},
    "byline": {"en": "Byline", "fr": "Signature"},
    "source": {"en": "Source", "fr": "Source"},
    "url": {"en": "URL", "fr": "URL"},
    "published": {"en": "Published", "fr": "Date de publication"},
    "dateline": {"en": "Dateline", "fr": "Lieu d'édition"},
    "language": {"en": "Language", "fr": "Langue"},
    "imported": {"en": "Imported", "fr": "Date d'import"},
    "article_id": {"en": "Article ID", "fr": "Identifiant de l'article"},
    "by_category": {"en": "By category", "fr": "Par catégorie"},
    "by_status": {"en": "By status", "fr": "Par statut"},
    # --- sections ---------------------------------------------------------------------
    "group.party": {"en": "Parties", "fr": "Parties prenantes"},
    "group.quote": {"en": "Quotes", "fr": "Citations"},
    "group.figure": {"en": "Figures", "fr": "Chiffres"},
    "empty.party": {"en": "No parties annotated.", "fr": "Aucune partie prenante annotée."},
    "empty.quote": {"en": "No quotes annotated.", "fr": "Aucune citation annotée."},
    "empty.figure": {"en": "No figures annotated.", "fr": "Aucun chiffre annoté."},
    "empty.group": {"en": "Nothing annotated in this section.",
                    "fr": "Aucune annotation dans cette section."},
    "untitled_category": {"en": "Untitled category", "fr": "Catégorie sans nom"},
    "uncategorised": {"en": "Uncategorised", "fr": "Sans catégorie"},
    "article_text": {"en": "Article text with highlights", "fr": "Texte de l'article annoté"},
    "legend": {"en": "Key", "fr": "Légende"},
    "legend_note": {"en": "Numbers refer to the items above.",
                    "fr": "Les numéros renvoient aux éléments ci-dessus."},
    "legend_note_docx": {
        "en": "Numbers in [brackets] refer to the items above; a double underline marks "
              "overlapping highlights.",
        "fr": "Les numéros entre [crochets] renvoient aux éléments ci-dessus\u00a0; un double "
              "soulignement signale des passages surlignés qui se chevauchent.",
    },
    "no_text": {"en": "This article has no text.", "fr": "Cet article n'a pas de texte."},
    # --- an annotation ----------------------------------------------------------------
    "empty_selection": {"en": "(empty selection)", "fr": "(sélection vide)"},
    "status": {"en": "Status", "fr": "Statut"},
    "no_status": {"en": "No status", "fr": "Sans statut"},
    "note": {"en": "Note", "fr": "Note"},
    "speaker": {"en": "Speaker", "fr": "Auteur des propos"},
    "party": {"en": "Party", "fr": "Partie prenante"},
    "claimant": {"en": "Claimant", "fr": "Auteur de l'affirmation"},
    "value": {"en": "Value", "fr": "Valeur"},
    "reference_date": {"en": "Reference date", "fr": "Date de référence"},
    "rating": {"en": "Rating", "fr": "Verdict"},
    "evidence": {"en": "Evidence", "fr": "Preuves"},
    "consulted": {"en": "consulted {date}", "fr": "consultée le {date}"},
    "warning": {"en": "Warning", "fr": "Attention"},
    "not_located": {
        "en": "Not found at its recorded position in the current text, so it is not "
              "highlighted below.",
        "fr": "Introuvable à sa position enregistrée dans le texte actuel, donc non "
              "surligné ci-dessous.",
    },
    "not_located_short": {"en": "not found at its recorded position in the current text",
                          "fr": "introuvable à sa position enregistrée dans le texte actuel"},
    "by_author": {"en": "By {author}", "fr": "Par {author}"},
    "created": {"en": "created {date}", "fr": "créée le {date}"},
    "updated": {"en": "updated {date}", "fr": "modifiée le {date}"},
    "back_to_text": {"en": "↑ in text", "fr": "↑ dans le texte"},
    "back_to_text_long": {"en": "Back to item {n} in the text",
                          "fr": "Retour à l'élément {n} dans le texte"},
    "item_ref": {"en": "item {n}", "fr": "élément {n}"},
    "unknown_party": {"en": "(deleted or unknown party)",
                      "fr": "(partie prenante supprimée ou inconnue)"},
    "party_kind.person": {"en": "person", "fr": "personne"},
    "party_kind.organisation": {"en": "organisation", "fr": "organisation"},
    "party_kind.place": {"en": "place", "fr": "lieu"},
    "party_kind.other": {"en": "other", "fr": "autre"},
}


def language(code: str | None) -> str:
    """"fr", "fr-CA", "FR_fr" → "fr"; anything we have no labels for → English."""
    base = (code or "").replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def label(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang` (English if the language is not one we have), with
    its {placeholders} filled from `values`. An unknown key is a bug: KeyError."""
    texts = LABELS[key]
    text = texts.get(lang) or texts[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def count(key: str, n: int, lang: str) -> str:
    """"1 annotation", "3 annotations"; French "0 annotation" (0 and 1 are singular)."""
    one = n in (0, 1) if language(lang) == "fr" else n == 1
    return label(f"{key}.{'one' if one else 'other'}", lang, n=n)


def field(name: str, lang: str) -> str:
    """A label introducing a value: "Byline: " / "Signature : " (no-break space)."""
    return label("field", lang, label=name)


def party_kind(kind: str, lang: str) -> str:
    """A party's kind in words; a kind we do not know is shown as stored."""
    texts = LABELS.get(f"party_kind.{kind}")
    if not texts:
        return kind
    return texts.get(lang) or texts[DEFAULT_LANGUAGE]


def translations(key: str) -> set[str]:
    """The text of `key` in every language (a template's untouched wording is one)."""
    return set(LABELS[key].values()) if key in LABELS else set()


def placeholders(text: str) -> set[str]:
    """The {names} a text expects (for tests, and to check a newsroom's additions)."""
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}
