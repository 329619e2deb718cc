"""The Word fact sheet, read back with python-docx: structure, content, highlights, safety."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest
from docx.oxml.ns import qn
from export_sample import NBSP, NNBSP, SCRIPT_NOTE, make_annotation, sample_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import (
    BUILTIN_STATUSES,
    Annotation,
    Article,
    Evidence,
    Party,
    Status,
)
from annotator.io.factsheet import SheetError
from annotator.io.factsheet_docx import render_docx

QUOTE = f"«{NNBSP}Nous n'avons pas le choix{NBSP}»"
TEXT_HEADING = "Texte de l'article annoté"  # the sample project is French, so is its sheet


def fr(name: str, value: str = "") -> str:
    """A French field line: "Signature : Jeanne Dupont", with a no-break space."""
    return f"{name}{NBSP}: {value}"


def render(data=None, article_ids=None, title="Dossier Verrerie", single=False):
    return docx.Document(io.BytesIO(render_docx(data or sample_project(), article_ids, title,
                                                single)))


def headings(doc) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def after(doc, head: str, count: int) -> list[str]:
    """The `count` paragraphs that follow the one reading `head`."""
    lines = texts(doc)
    i = lines.index(head)
    return lines[i + 1 : i + 1 + count]


def text_paragraphs(doc, article_heading: str = TEXT_HEADING):
    """The article-text paragraphs after the first highlights heading."""
    paras = doc.paragraphs
    start = next(i for i, p in enumerate(paras) if p.text == article_heading)
    found = []
    for p in paras[start + 2 :]:  # heading, then the legend
        if p.style.name.startswith("Heading"):
            break
        found.append(p)
    return found


def shading(run) -> str | None:
    rpr = run._r.rPr
    shd = rpr.find(qn("w:shd")) if rpr is not None else None
    return shd.get(qn("w:fill")) if shd is not None else None


def test_headings_use_word_styles():
    doc = render()
    assert headings(doc) == [
        ("Heading 1", "Dossier Verrerie"),
        ("Heading 2", "Verrerie du Nord : 14 000 emplois menacés"),
        ("Heading 3", "Parties prenantes (1)"), ("Heading 3", "Citations (1)"),
        ("Heading 3", "Chiffres (2)"), ("Heading 3", "Claims (2)"),
        ("Heading 3", "Bad colour (1)"), ("Heading 3", TEXT_HEADING),
        ("Heading 2", "Second article"),
        ("Heading 3", "Parties prenantes (1)"), ("Heading 3", "Citations (0)"),
        ("Heading 3", "Chiffres (0)"), ("Heading 3", TEXT_HEADING),
    ]
    assert doc.core_properties.title == "Dossier Verrerie"
    assert "Aucune citation annotée." in texts(doc)


def test_single_article_sheet():
    doc = render(article_ids=["art-1"], title="Verrerie du Nord : 14 000 emplois menacés",
                 single=True)
    found = headings(doc)
    assert found[0] == ("Heading 1", "Verrerie du Nord : 14 000 emplois menacés")
    assert [h for h in found if h[0] == "Heading 2"][:2] == [
        ("Heading 2", "Parties prenantes (1)"), ("Heading 2", "Citations (1)")]
    assert not any(h[0] == "Heading 3" for h in found)
    assert "Second article" not in "\n".join(texts(doc))


def test_article_metadata_and_summary():
    lines = texts(render())
    for line in (fr("Signature", "Jeanne Dupont"), fr("Source", "La Voix du Nord"),
                 fr("URL", "https://example.org/verrerie"),
                 fr("Date de publication", "2024-03-05"),
                 "7 annotations — Parties prenantes 1 · Citations 1 · Chiffres 2 · Claims 2 · "
                 "Bad colour 1",
                 fr("Par statut", "À vérifier 2 · Vérifié 2 · Faux 1 · Trompeur 1 · "
                                  "Invérifiable 1")):
        assert line in lines
    data = sample_project()
    data.articles[0].dateline = "LILLE"
    assert fr("Lieu d'édition", "LILLE") in texts(render(data))


def test_quote_with_speaker_status_and_rating():
    data = sample_project()
    data.annotations = [replace(a, rating="false") if a.id == "ann-quote" else a
                        for a in data.annotations]
    assert after(render(data), f"2. {QUOTE}", 3) == [
        fr("Auteur des propos", "Élodie Martin (personne)"), fr("Statut", "Vérifié"),
        fr("Verdict", "Faux")]
    data.meta["language"] = "en"
    data.annotations = [replace(a, rating="C'est plus compliqué") if a.id == "ann-quote" else a
                        for a in data.annotations]
    assert after(render(data), f"2. {QUOTE}", 3) == [
        "Speaker: Élodie Martin (person)", "Status: Verified",
        "Rating: C'est plus compliqué"]


def test_project_status_labels():
    data = sample_project()
    data.statuses = [Status("verified", "Checked", "Contrôlé", 0),
                     *[s for s in BUILTIN_STATUSES if s.id != "verified"]]
    data.annotations.append(make_annotation("ann-house", "figure", "2023", status="house_rule"))
    lines = texts(render(data))
    assert fr("Statut", "Contrôlé") in lines and fr("Statut", "House rule") in lines
    # The project's own order, unknown statuses last.
    assert fr("Par statut", "Contrôlé 2 · À vérifier 2 · Faux 1 · Trompeur 1 · Invérifiable 1 · "
                            "House rule 1") in lines


def test_figure_with_value_note_and_evidence():
    doc = render()
    assert after(doc, f"3. 14{NNBSP}000 salariés", 6) == [
        fr("Statut", "Faux"), fr("Valeur", "14000 salariés"), fr("Note", SCRIPT_NOTE),
        fr("Preuves"),
        "Insee — https://www.insee.fr/fr/statistiques · consultée le 2024-03-05 11:00 UTC — "
        "Tableau 3",
        "Piège — javascript:alert(1)",
    ]
    bullets = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 2
    # Only the web address is a live link; javascript: stays plain text.
    assert [h.url for h in bullets[0].hyperlinks] == ["https://www.insee.fr/fr/statistiques"]
    assert bullets[1].hyperlinks == []
    targets = [r.target_ref for r in doc.part.rels.values() if r.is_external]
    assert "javascript:alert(1)" not in targets
    assert "https://example.org/verrerie" in targets


def test_note_with_markup_is_literal_text():
    doc = render()
    assert fr("Note", SCRIPT_NOTE) in texts(doc)
    assert fr("Note", '=HYPERLINK("x")') in texts(doc)
    assert all(not p.hyperlinks or "evil" not in p.hyperlinks[0].url for p in doc.paragraphs)


def test_parties_and_user_categories():
    data = sample_project()
    data.annotations = [replace(a, party_id="party-martin") if a.id == "ann-party" else a
                        for a in data.annotations]
    doc = render(data)
    assert after(doc, "1. Élodie Martin", 2) == [fr("Partie prenante", "Élodie Martin (personne)"),
                                                 fr("Statut", "À vérifier")]
    assert after(doc, "Claims (2)", 1) == [
        f"5. la suppression de 14{NNBSP}000 salariés d'ici 2026"]
    assert "6. groupe 🏭" in texts(doc)
    # A deleted party is not named.
    data.parties = [replace(p, deleted_at="2024-03-07T00:00:00Z") for p in data.parties]
    lines = texts(render(data))
    assert fr("Auteur des propos", "(partie prenante supprimée ou inconnue)") in lines
    assert not any("Élodie Martin (person)" in line for line in lines)


def test_highlighted_text_keeps_unicode_and_references():
    doc = render()
    paras = text_paragraphs(doc)
    assert [p.text for p in paras] == [
        "Plan social chez Verrerie du Nord",
        f"La direction a confirmé mardi la suppression de 14{NNBSP}000 salariés[3] d'ici "
        f"2026[5]. {QUOTE[:-2]}{NBSP}»[2], a déclaré Élodie[7] Martin[1], PDG du groupe 🏭[6].\n"
        "Les syndicats contestent ces chiffres.",
        "Selon l'Insee, le secteur a perdu 3,2 %[4] de ses emplois en 2023 (+ 0,4 point en un an).",
    ]
    runs = {r.text: r for p in paras for r in p.runs}
    assert shading(runs[f"14{NNBSP}000 salariés"]) == "BFE2F7"  # figure blue, lightened
    assert runs[f"14{NNBSP}000 salariés"].font.underline is not None  # inside the claim: overlap
    assert shading(runs["groupe 🏭"]) == "E9D3FA"
    assert shading(runs["La direction a confirmé mardi "]) is None
    refs = [r.text for p in paras for r in p.runs if r.font.superscript]
    assert sorted(refs) == [f"[{n}]" for n in range(1, 8)]
    # The figure's reference sits inside the claim that goes on: it keeps the claim's colour.
    assert shading(runs["[3]"]) == "E9D3FA" and shading(runs["[5]"]) is None
    # An invalid colour never reaches the file: the neutral grey is used instead.
    assert shading(runs[f"choix{NBSP}»"]) == "E4E6E9"


def test_deleted_rows_are_absent():
    all_text = "\n".join(texts(render()))
    assert "SUPPRIMÉE" not in all_text
    assert "Deleted article" not in all_text and "Gone" not in all_text
    with pytest.raises(SheetError):
        render_docx(sample_project(), ["art-gone"], "x", True)
    with pytest.raises(SheetError):
        render_docx(sample_project(), ["nope"], "x", True)
    assert "Aucun article à afficher." in texts(render(article_ids=[]))


def test_control_characters_do_not_crash():
    bad = "a\x00b\x0bc\x1fd\ud800e\ufffe"
    text = f"Titre{bad}\n\nTexte {bad} fin."
    data = sample_project()
    data.articles.append(Article("art-bad", f"Titre{bad}\nsur deux lignes", text,
                                 byline=bad, source=bad, url=f"https://x.example/{bad}",
                                 dateline=bad, published=bad))
    data.parties.append(Party("party-bad", bad, bad))
    start = text.index("Texte")
    data.annotations += [
        Annotation("ann-bad", "art-bad", "quote", start, start + 11, text[start : start + 11],
                   note=bad, status=bad, rating=bad, speaker_id="party-bad", author=bad,
                   value=bad, unit=bad, ref_date=bad, created_at=bad, updated_at=bad),
    ]
    data.evidence.append(Evidence("ev-bad", "ann-bad", f"https://e.example/{bad}", bad, bad, bad))
    data.categories = [replace(c, name=bad) if c.id == "cat-claims" else c
                       for c in data.categories]
    long_title = f"{bad} " * 60
    doc = render(data, title=long_title)
    cleaned = "a\ufffdb\ufffdc\ufffdd\ufffde\ufffd"  # same length: offsets still hold
    assert fr("Signature", cleaned) in texts(doc)
    assert fr("Note", cleaned) in texts(doc)
    assert ("Heading 2", f"Titre{cleaned} sur deux lignes") in headings(doc)
    assert len(doc.core_properties.title) == 255


def test_two_hundred_annotations():
    sentences = [f"Phrase {i} : « citation numéro {i} » et {i},5 % de hausse 📈."
                 for i in range(100)]
    text = "\n\n".join(sentences)
    data = sample_project()
    article = Article("art-big", "Gros article", text)
    data.articles = [article]
    data.annotations, data.evidence = [], []
    for i, sentence in enumerate(sentences):
        base = text.index(sentence)
        for kind, exact in (("quote", f"« citation numéro {i} »"), ("figure", f"{i},5 %")):
            s = base + sentence.index(exact)
            ann_id = f"{kind}-{i}"
            data.annotations.append(Annotation(ann_id, "art-big", kind, s, s + len(exact), exact,
                                               status="verified", rating="true",
                                               note=f"Note {i}"))
            data.evidence.append(Evidence(f"ev-{ann_id}", ann_id, f"https://src.example/{i}",
                                          f"Source {i}"))
    doc = render(data, ["art-big"], "Gros article", True)
    lines = texts(doc)
    assert ("Heading 2", "Citations (100)") in headings(doc)
    assert "1. « citation numéro 0 »" in lines and "200. 99,5 %" in lines
    refs = [r.text for p in text_paragraphs(doc) for r in p.runs if r.font.superscript]
    assert len(refs) == 200
    assert sum(1 for p in doc.paragraphs if p.style.name == "List Bullet") == 200


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.text(), st.text(min_size=1))
def test_any_user_text_renders(title, note, name):
    data = sample_project()
    data.annotations = [replace(a, note=note, exact=note or a.exact, rating=name)
                        if a.id == "ann-figure" else a for a in data.annotations]
    data.parties = [replace(p, name=name, kind=name) for p in data.parties]
    data.evidence = [replace(e, url="https://x.example/" + note, title=name, note=note,
                             consulted_at=name) for e in data.evidence]
    doc = render(data, title=title)
    assert doc.paragraphs[0].style.name == "Heading 1"
