"""Fact sheets speak the project's language: every label from one catalogue (io/labels.py).

An English project's HTML, Markdown, Word, PDF and CSV sheets carry English labels, a
French project's French ones throughout (built-in category names included); the CSV
header, a contract with scripts, stays the same. The catalogue itself is checked too:
both languages for every key, the same {placeholders}, French typography.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace

import docx
import lxml.html
import pytest
from docx.oxml.ns import qn
from export_sample import NBSP, make_annotation, sample_project
from lxml import etree

from annotator.core.model import Category, Evidence
from annotator.io.exporters import export
from annotator.io.factsheet import sheets
from annotator.io.factsheet_csv import COLUMNS
from annotator.io.factsheet_docx import render_docx
from annotator.io.factsheet_html import render_html
from annotator.io.labels import LABELS, LANGUAGES, count, label, placeholders
from annotator.paths import exports_dir

# --- the catalogue --------------------------------------------------------------------


def test_every_key_has_both_languages_with_the_same_placeholders():
    assert LANGUAGES == ("en", "fr")
    for key, texts in LABELS.items():
        assert set(texts) == set(LANGUAGES), key
        assert all(t.strip() for t in texts.values()), key
        assert placeholders(texts["en"]) == placeholders(texts["fr"]), key
        for text in texts.values():  # each one formats with its placeholders
            text.format(**dict.fromkeys(placeholders(text), "x"))


def test_counts_have_both_forms_and_follow_each_language():
    for key in {k.rsplit(".", 1)[0] for k in LABELS if k.startswith("count.")}:
        assert {f"{key}.one", f"{key}.other"} <= LABELS.keys()
    assert [count("count.annotation", n, "en") for n in (0, 1, 2)] == [
        "0 annotations", "1 annotation", "2 annotations"]
    assert [count("count.annotation", n, "fr") for n in (0, 1, 2)] == [
        "0 annotation", "1 annotation", "2 annotations"]  # French: 0 is singular


def test_french_typography():
    """A no-break space before : ; ! ? and inside « »; never an ordinary space there."""
    for key, texts in LABELS.items():
        fr, en = texts["fr"], texts["en"]
        assert not re.search(r"(?<!\u00a0)[:;!?](\s|$)", fr), (key, fr)
        assert not re.search(r"«(?!\u00a0)|(?<!\u00a0)»", fr), (key, fr)
        assert NBSP not in en, (key, en)


def test_unknown_language_falls_back_to_english():
    assert label("byline", "de") == "Byline"
    assert label("by_author", "fr", author="Marie") == "Par Marie"


# --- the sheets -----------------------------------------------------------------------

# What each sheet must say, in each language (a sample of labels from every part).
EXPECTED = {
    "en": {"kicker": "Fact sheet", "byline": "Byline", "group": "Quotes (1)",
           "text": "Article text with highlights", "category": "Quote", "figure": "Figure",
           "empty": "No quotes annotated.", "by_status": "By status", "speaker": "Speaker",
           "rating": "Rating", "evidence": "Evidence", "by": "By Marie",
           "generated": "Generated ", "status": "Verified", "rating_value": "False"},
    "fr": {"kicker": "Fiche de vérification", "byline": "Signature", "group": "Citations (1)",
           "text": "Texte de l'article annoté", "category": "Citation", "figure": "Chiffre",
           "empty": "Aucune citation annotée.", "by_status": "Par statut",
           "speaker": "Auteur des propos", "rating": "Verdict", "evidence": "Preuves",
           "by": "Par Marie", "generated": "Générée le ", "status": "Vérifié",
           "rating_value": "Faux"},
}
OTHER = {"en": "fr", "fr": "en"}


def project(lang: str):
    """The shared sample (a French newsroom's), its labels in `lang`, with a rated quote
    that has evidence, so that every kind of row shows."""
    data = sample_project()
    data.meta["language"] = lang
    data.annotations = [replace(a, rating="false") if a.id == "ann-quote" else a
                        for a in data.annotations]
    data.evidence.append(Evidence("ev-q", "ann-quote", "https://example.org/q", "Vidéo",
                                  "2024-03-05T12:00:00.000Z"))
    return data


def leaks(text: str, lang: str) -> list[str]:
    """Catalogue wording of the other language found in `text` (whole words only)."""
    found = []
    for key, texts in LABELS.items():
        mine, theirs = texts[lang], texts[OTHER[lang]]
        if mine == theirs:
            continue
        for piece in re.split(r"\{\w+\}", theirs):
            piece = piece.strip(" :\u00a0")
            if len(piece) >= 4 and piece not in mine and re.search(
                    rf"(?<!\w){re.escape(piece)}(?!\w)", text):
                found.append(f"{key}: {piece!r}")
    return found


def html_words(raw: str) -> str:
    """The text a reader (or screen reader) gets: content and labelling attributes."""
    doc = lxml.html.document_fromstring(raw)
    for style in doc.iter("style"):
        style.drop_tree()
    attrs = [v for el in doc.iter(etree.Element) for k, v in el.attrib.items()
             if k in ("aria-label", "title", "alt")]
    return " ".join([*doc.itertext(), *attrs])  # pieces apart: "Byline" "Jeanne Dupont"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_html_sheet(tmp_path, lang):
    want = EXPECTED[lang]
    raw = export(project(lang), "html", tmp_path / "s.html").read_text(encoding="utf-8")
    doc = lxml.html.document_fromstring(raw)
    assert doc.get("lang") == lang
    assert doc.find_class("kicker")[0].text_content() == want["kicker"]
    first = doc.xpath('//section[@id="a1"]')[0]
    assert [dt.text_content() for dt in first.xpath('.//dl[@class="article-meta"]//dt')][0] == (
        want["byline"])
    headings = [h.text_content() for h in first.xpath("./section/h3")]
    assert want["group"] in headings and want["text"] in headings
    legend = [m.text_content() for m in first.find_class("legend")[0].iter("mark")]
    assert want["category"] in legend and want["figure"] in legend
    assert "Claims" in legend  # a user category keeps the desk's own name
    assert want["empty"] in html_words(raw)  # the English article has no quote
    words = html_words(raw)
    for key in ("by_status", "speaker", "rating", "evidence", "by", "generated", "status",
                "rating_value"):
        assert want[key] in words, key
    assert not leaks(words, lang)
    # The colophon of the template is translated as well.
    assert doc.find_class("colophon")[0].text_content().strip() == label("colophon", lang)


def test_french_labels_inside_an_english_article_say_so(tmp_path):
    raw = export(project("fr"), "html", tmp_path / "s.html").read_text(encoding="utf-8")
    doc = lxml.html.document_fromstring(raw)
    english = doc.xpath('//section[@id="a2"]')[0]
    assert english.get("lang") == "en"
    assert english.xpath('.//h3[@lang="fr"]') and english.xpath('.//dt[@lang="fr"]')
    french = doc.xpath('//section[@id="a1"]')[0]
    assert french.get("lang") == "fr" and not french.xpath(".//*[@lang]")


def test_single_article_sheet_of_an_english_article_in_a_french_project(tmp_path):
    raw = export(project("fr"), "html", tmp_path / "s.html", ["art-2"]).read_text("utf-8")
    doc = lxml.html.document_fromstring(raw)
    assert doc.get("lang") == "fr"  # the page: its labels
    assert doc.xpath("//h1")[0].get("lang") == "en"  # its heading: the article's title


@pytest.mark.parametrize(("meta", "page"), [("fr-CA", "fr-CA"), ("FR", "FR"), ("de", "en"),
                                             ("", "en"), ("en-GB", "en-GB")])
def test_page_language_is_that_of_the_labels(tmp_path, meta, page):
    data = project("fr")
    data.meta["language"] = meta
    raw = export(data, "html", tmp_path / "s.html").read_text(encoding="utf-8")
    assert lxml.html.document_fromstring(raw).get("lang") == page


def test_untitled_article_is_named_in_the_sheets_language(tmp_path):
    data = project("fr")
    data.articles[0].title = ""
    raw = export(data, "html", tmp_path / "s.html", ["art-1"]).read_text(encoding="utf-8")
    doc = lxml.html.document_fromstring(raw)
    assert doc.xpath("//h1")[0].text_content() == "Article sans titre"
    assert doc.find(".//title").text == "Article sans titre"
    md = export(data, "md", tmp_path / "s.md").read_text(encoding="utf-8")
    assert "\n## Article sans titre\n" in md


def test_labels_are_escaped_with_the_user_text_in_them(tmp_path):
    data = project("fr")
    data.annotations = [replace(a, author="<b>Marie</b> & *co*") if a.author == "Marie" else a
                        for a in data.annotations]
    raw = export(data, "html", tmp_path / "s.html").read_text(encoding="utf-8")
    assert "Par &lt;b&gt;Marie&lt;/b&gt; &amp; *co*" in raw and "<b>Marie" not in raw
    md = export(data, "md", tmp_path / "s.md").read_text(encoding="utf-8")
    assert r"Par \<b\>Marie\</b\> \& \*co\*" in md


def test_a_newsroom_template_keeps_its_own_wording(tmp_path):
    folder = tmp_path / "tpl"
    shutil.copytree(exports_dir(), folder, ignore=shutil.ignore_patterns("*.md"))
    page = folder / "factsheet.html"
    page.write_text(page.read_text(encoding="utf-8").replace(">Fact sheet</p>", ">Desk Nord</p>")
                    .replace('<main data-slot="articles">',
                             '<p data-label="no-such-key">Ours</p><main data-slot="articles">'),
                    encoding="utf-8")
    raw = export(project("fr"), "html", tmp_path / "s.html", template_dir=folder).read_text(
        "utf-8")
    doc = lxml.html.document_fromstring(raw)
    assert doc.find_class("kicker")[0].text_content() == "Desk Nord"  # edited: kept
    assert "Les numéros dans le texte" in doc.find_class("colophon")[0].text_content()
    assert "Ours" in raw  # an unknown key is left alone


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_sheet(tmp_path, lang):
    want = EXPECTED[lang]
    md = export(project(lang), "md", tmp_path / "s.md").read_text(encoding="utf-8")
    colon = ":" if lang == "en" else f"{NBSP}:"
    assert f"- **{want['byline']}{colon}** Jeanne Dupont" in md
    assert f"\n### {want['group']}\n" in md and f"\n### {want['text']}\n" in md
    for key in ("empty", "by", "generated", "status", "rating_value"):
        assert want[key] in md, key
    assert f"- {want['speaker']}{colon} Élodie Martin" in md
    assert f"- {want['rating']}{colon} {want['rating_value']}" in md
    assert not leaks(md, lang)


def docx_text(data) -> tuple[docx.document.Document, str]:
    doc = docx.Document(io.BytesIO(render_docx(data, None, "Dossier Verrerie", False)))
    return doc, "\n".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_sheet(lang):
    want = EXPECTED[lang]
    doc, text = docx_text(project(lang))
    colon = ":" if lang == "en" else f"{NBSP}:"
    lines = text.split("\n")
    assert f"{want['byline']}{colon} Jeanne Dupont" in lines
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert want["group"] in headings and want["text"] in headings
    legend = next(p for p in doc.paragraphs if p.text.startswith(label("legend", lang)))
    names = [r.text for r in legend.runs]
    assert want["category"] in names and want["figure"] in names and "Claims" in names
    for key in ("empty", "by", "generated"):
        assert want[key] in text, key
    assert f"{want['rating']}{colon} {want['rating_value']}" in lines
    assert not leaks(text, lang)
    assert doc.core_properties.language == lang
    proofing = doc.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert proofing.get(qn("w:val")) == {"en": "en-US", "fr": "fr-FR"}[lang]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_csv_keeps_its_header_and_names_categories_in_the_language(tmp_path, lang):
    data = project(lang)
    # A renamed built-in is the desk's name: shown as typed, in any language.
    data.categories = [replace(c, name="Verbatim") if c.id == "quote" else c
                       for c in data.categories]
    raw = export(data, "csv", tmp_path / "s.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert raw.split("\r\n", 1)[0] == ",".join(COLUMNS)  # the contract, in English
    by_text = {r["text"]: r for r in rows}
    assert by_text["14\u202f000 salariés"]["category"] == EXPECTED[lang]["figure"]
    assert by_text["Élodie Martin"]["category"] == {"en": "Party", "fr": "Partie prenante"}[lang]
    assert by_text["groupe 🏭"]["category"] == "Claims"
    quote = next(r for r in rows if "Nous n'avons pas le choix" in r["text"])
    assert quote["category"] == "Verbatim"
    # Ids, not words, for what scripts filter on.
    assert {r["status"] for r in rows} <= {"to_check", "verified", "false", "misleading",
                                           "unverifiable"}
    assert quote["rating"] == "false"


def test_a_user_category_named_like_a_built_in_is_not_translated(tmp_path):
    data = project("fr")
    data.categories.append(Category("cat-q2", "Quote", "#123456", "", "user", 9))
    data.annotations.append(make_annotation("ann-q2", "cat-q2", "Insee"))
    rows = list(csv.DictReader(io.StringIO(
        export(data, "csv", tmp_path / "s.csv").read_bytes().decode("utf-8-sig"))))
    assert next(r for r in rows if r["text"] == "Insee")["category"] == "Quote"


# --- PDF --------------------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"),
                                   reason="needs poppler-utils (pdftotext)")


@needs_poppler
@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_sheet(tmp_path, lang):
    from annotator.io.factsheet_pdf import render_pdf

    want = EXPECTED[lang]
    data = project(lang)
    html = render_html(data, sheets(data, None), "Dossier Verrerie", False, exports_dir())
    path = tmp_path / "s.pdf"
    path.write_bytes(render_pdf(html, "Dossier Verrerie"))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    # Ligatures undone, no-break spaces as spaces, lines joined: words as a reader sees them.
    text = " ".join(unicodedata.normalize("NFKC", out).replace(NBSP, " ").split())
    folded = text.casefold()  # the kicker and section headings are in capitals
    for key in ("kicker", "byline", "group", "text", "speaker", "rating", "evidence", "by",
                "generated", "status", "rating_value"):
        assert " ".join(want[key].split()).casefold() in folded, key
    assert "Page 1 / " in text
