"""A small French project shared by the exporter tests (imported, not collected)."""

from __future__ import annotations

from annotator.core.model import (
    BUILTIN_CATEGORIES,
    Annotation,
    Article,
    Category,
    Evidence,
    Party,
    ProjectData,
    RejectedSuggestion,
)

NBSP, NNBSP = "\u00a0", "\u202f"
SCRIPT_NOTE = "Source douteuse <script>alert(1)</script> [lien](http://evil.example) *gras*"

TEXT = (
    "Plan social chez Verrerie du Nord\n"
    "\n"
    f"La direction a confirmé mardi la suppression de 14{NNBSP}000 salariés d'ici 2026. "
    f"«{NNBSP}Nous n'avons pas le choix{NBSP}», a déclaré Élodie Martin, PDG du groupe 🏭.\n"
    "Les syndicats contestent ces chiffres.\n"
    "\n"
    "Selon l'Insee, le secteur a perdu 3,2 % de ses emplois en 2023 (+ 0,4 point en un an)."
)


def span(text: str, exact: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    return start, start + len(exact)


def make_annotation(ident, category, exact, *, text=TEXT, article="art-1", **kw) -> Annotation:
    start, end = span(text, exact)
    return Annotation(ident, article, category, start, end, exact,
                      created_at="2024-03-05T09:15:00.000Z", updated_at="2024-03-05T10:02:00.000Z",
                      **kw)


def sample_project() -> ProjectData:
    claims = Category("cat-claims", "Claims", "#c58cf2", "C", "user", 3)
    unused = Category("cat-unused", "Unused", "#123456", "", "user", 4)
    bad_color = Category("cat-bad", "Bad colour", "red; background:url(http://x)", "", "user", 5)
    quote_text = f"«{NNBSP}Nous n'avons pas le choix{NBSP}»"
    figure_text = f"14{NNBSP}000 salariés"
    anns = [
        # Nested: the figure sits inside the claim sentence.
        make_annotation("ann-claim", "cat-claims",
                        f"la suppression de 14{NNBSP}000 salariés d'ici 2026",
                        status="misleading", note="Chiffre à recouper avec la CGT.",
                        author="Marie"),
        make_annotation("ann-figure", "figure", figure_text, status="false",
                        note=SCRIPT_NOTE, author="Paul", value="14000", unit="salariés"),
        make_annotation("ann-quote", "quote", quote_text, status="verified",
                        speaker_id="party-martin", author="Marie"),
        # Overlaps the end of the quote and the start of the party name.
        make_annotation("ann-overlap", "cat-bad", "choix\u00a0», a déclaré Élodie",
                        status="unverifiable", author="Paul"),
        make_annotation("ann-party", "party", "Élodie Martin", status="to_check"),
        make_annotation("ann-emoji", "cat-claims", "groupe 🏭", note="=HYPERLINK(\"x\")"),
        make_annotation("ann-insee", "figure", "3,2 %", status="verified",
                        note="-0,4 point selon la Dares\nDeuxième ligne"),
        make_annotation("ann-deleted", "quote", "Les syndicats contestent ces chiffres",
                        status="false", note="SUPPRIMÉE", deleted_at="2024-03-06T08:00:00.000Z"),
    ]
    second_text = "Second article.\n\nIt mentions Lyon."
    return ProjectData(
        meta={"title": "Dossier Verrerie", "language": "fr", "project_id": "p-1"},
        categories=[*BUILTIN_CATEGORIES, claims, unused, bad_color],
        parties=[Party("party-martin", "Élodie Martin", "person", ["É. Martin"], "PDG")],
        articles=[
            Article("art-1", "Verrerie du Nord : 14 000 emplois menacés", TEXT,
                    byline="Jeanne Dupont", source="La Voix du Nord",
                    url="https://example.org/verrerie", published="2024-03-05",
                    language="fr", imported_at="2024-03-05T08:00:00.000Z"),
            Article("art-2", "Second article", second_text, language="en",
                    imported_at="2024-03-06T08:00:00.000Z"),
            Article("art-gone", "Deleted article", "Gone.", deleted_at="2024-03-07T00:00:00Z"),
        ],
        annotations=[
            *anns,
            make_annotation("ann-lyon", "party", "Lyon", text=second_text, article="art-2"),
            make_annotation("ann-gone", "quote", "Gone", text="Gone.", article="art-gone"),
        ],
        evidence=[
            Evidence("ev-1", "ann-figure", "https://www.insee.fr/fr/statistiques", "Insee",
                     "2024-03-05T11:00:00.000Z", "Tableau 3"),
            Evidence("ev-2", "ann-figure", "javascript:alert(1)", "Piège", None, ""),
        ],
        rejected_suggestions=[
            RejectedSuggestion("art-1", "party", 0, 8, TEXT[0:8], "2024-03-05T10:00:00.000Z"),
        ],
    )
