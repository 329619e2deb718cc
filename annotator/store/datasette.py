"""A project file as Datasette shows it: `datasette project.annot -m metadata.json`.

The project file opens in Datasette as it is; this module describes it for a desk that
browses it in a web browser without the app: titles and descriptions for the tables a
reader needs, the machinery hidden (full-text index shadows, revisions, migrations), and
canned queries: quotes by status, figures by party, and status counts. Only live rows are
shown (no tombstones). Titles follow the project's language.
"""

from __future__ import annotations

from pathlib import Path

from annotator import APP_NAME

# Tables that are bookkeeping, not content: hidden from the index page.
HIDDEN_TABLES = (
    "_sqlite_migrations", "row_revs", "revisions", "revision_pause", "withheld",
    "merge_conflicts", "suggestion_sets", "rejected_suggestions",
    *(f"{base}_fts{part}" for base in ("articles", "annotations")
      for part in ("", "_data", "_idx", "_docsize", "_config")),
)

_TEXT = {
    "en": {
        "description": "A {app} project, read-only. Canned queries below: quotes by status, "
                       "figures by the party they are attributed to, and status counts.",
        "articles": "Articles", "annotations": "Annotations (offsets in code points)",
        "parties": "Parties: people and organisations quoted or named",
        "evidence": "Evidence links", "categories": "Categories", "statuses": "Statuses",
        "meta": "Project settings",
        "quotes_by_status": "Quotes by status",
        "quotes_by_status_d": "Every quote with its speaker, verdict and article, "
                              "in the desk's order of statuses.",
        "figures_by_party": "Figures by party",
        "figures_by_party_d": "Every figure with the party that states it (its claimant, "
                              "else its speaker), its value and unit.",
        "status_counts": "Annotations per status",
        "status_counts_d": "How many quotes, figures and other annotations are at each "
                           "status.",
        "no_party": "(no party)",
    },
    "fr": {
        "description": "Un projet {app}, en lecture seule. Requêtes prêtes ci-dessous\u00a0: "
                       "citations par statut, chiffres par partie prenante, décompte par "
                       "statut.",
        "articles": "Articles", "annotations": "Annotations (positions en points de code)",
        "parties": "Parties prenantes\u00a0: personnes et organisations citées",
        "evidence": "Liens de preuve", "categories": "Catégories", "statuses": "Statuts",
        "meta": "Réglages du projet",
        "quotes_by_status": "Citations par statut",
        "quotes_by_status_d": "Chaque citation avec son auteur, son verdict et son article, "
                              "dans l'ordre des statuts de la rédaction.",
        "figures_by_party": "Chiffres par partie prenante",
        "figures_by_party_d": "Chaque chiffre avec la partie prenante qui l'avance (l'auteur "
                              "de l'affirmation, sinon l'auteur des propos), sa valeur et son "
                              "unité.",
        "status_counts": "Annotations par statut",
        "status_counts_d": "Combien de citations, de chiffres et d'autres annotations à "
                           "chaque statut.",
        "no_party": "(sans partie prenante)",
    },
}

_LIVE = "a.deleted_at is null and ar.deleted_at is null and c.deleted_at is null"


def _status_label(lang: str) -> str:
    column = "s.label_fr" if lang == "fr" else "s.label_en"
    return f"coalesce(nullif({column}, ''), s.label_en, a.status)"


def canned_queries(lang: str) -> dict[str, dict]:
    t = _TEXT[lang]
    status = _status_label(lang)
    quotes = f"""
select {status} as status, a.exact as quote, p.name as speaker, a.rating as rating,
       ar.title as article, a.note as note, a.id as annotation_id
from annotations a
join categories c on c.id = a.category_id
join articles ar on ar.id = a.article_id
left join statuses s on s.id = a.status
left join parties p on p.id = a.speaker_id and p.deleted_at is null
where c.kind = 'quote' and {_LIVE}
order by coalesce(s.position, 999), ar.title, a.start"""
    no_party = t["no_party"].replace("'", "''")
    figures = f"""
select coalesce(p.name, '{no_party}') as party, a.exact as figure, a.value as value,
       a.unit as unit, {status} as status, ar.title as article, a.id as annotation_id
from annotations a
join categories c on c.id = a.category_id
join articles ar on ar.id = a.article_id
left join statuses s on s.id = a.status
left join parties p on p.id = coalesce(a.claimant_id, a.speaker_id) and p.deleted_at is null
where c.kind = 'figure' and {_LIVE}
order by p.name is null, p.name collate nocase, ar.title, a.start"""
    counts = f"""
select {status} as status,
       sum(c.kind = 'quote') as quotes, sum(c.kind = 'figure') as figures,
       sum(c.kind not in ('quote', 'figure')) as others, count(*) as total
from annotations a
join categories c on c.id = a.category_id
join articles ar on ar.id = a.article_id
left join statuses s on s.id = a.status
where {_LIVE}
group by a.status
order by coalesce(min(s.position), 999)"""
    return {name: {"title": t[name], "description": t[f"{name}_d"], "sql": sql.strip()}
            for name, sql in (("quotes_by_status", quotes), ("figures_by_party", figures),
                              ("status_counts", counts))}


def database_name(project_path: str | Path) -> str:
    """The name Datasette gives a database file: its name without the extension."""
    return Path(project_path).stem


def datasette_metadata(project_path: str | Path, meta: dict[str, str]) -> dict:
    """Metadata for `datasette PROJECT -m FILE`: `meta` is the project's meta table."""
    lang = "fr" if (meta.get("language") or "").lower().startswith("fr") else "en"
    t = _TEXT[lang]
    name = database_name(project_path)
    tables = {table: {"hidden": True} for table in HIDDEN_TABLES}
    for table in ("articles", "annotations", "parties", "evidence", "categories",
                  "statuses", "meta"):
        tables[table] = {"title": t[table]}
    tables["articles"]["label_column"] = "title"
    tables["parties"]["label_column"] = "name"
    tables["categories"]["label_column"] = "name"
    tables["statuses"]["label_column"] = "label_fr" if lang == "fr" else "label_en"
    tables["annotations"]["columns"] = {
        "start": "First character, in code points of the article's text",
        "end": "One past the last character, in code points",
        "exact": "The annotated text", "status": "Verification status id",
    }
    organisation = meta.get("organisation_name", "")
    source = {"source": organisation, "source_url": meta["organisation_url"]} if (
        organisation and meta.get("organisation_url")) else {}
    return {
        "title": f"{organisation} — {name}" if organisation else name,
        "description": t["description"].format(app=APP_NAME),
        **source,
        "databases": {name: {"tables": tables, "queries": canned_queries(lang)}},
    }
