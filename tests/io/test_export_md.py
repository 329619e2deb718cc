"""The Markdown fact sheet: same content as the HTML one, user text inert once rendered."""

from __future__ import annotations

import pytest
from export_sample import sample_project
from markdown_it import MarkdownIt

from annotator.io.exporters import export
from annotator.io.factsheet_md import escape


def render(tmp_path, article_ids=None) -> str:
    return export(sample_project(), "md", tmp_path / "sheet.md", article_ids).read_text("utf-8")


def to_html(md: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)


def test_structure(tmp_path):
    md = render(tmp_path)
    assert md.startswith("# Dossier Verrerie\n")
    for heading in ("## Verrerie du Nord : 14 000 emplois menacés", "### Parties prenantes (1)",
                    "### Citations (1)", "### Chiffres (2)", "### Claims (2)",
                    "### Texte de l'article annoté", "## Second article"):
        assert f"\n{heading}\n" in md
    assert ("**7 annotations** — Parties prenantes 1 · Citations 1 · Chiffres 2 · Claims 2"
            in md)
    assert "Trompeur 1" in md and "**Vérifié**" in md
    assert "SUPPRIMÉE" not in md and "Deleted article" not in md


def test_highlights_are_bold_with_references(tmp_path):
    md = render(tmp_path, ["art-1"])
    assert md.startswith("# Verrerie du Nord : 14 000 emplois menacés\n")
    text = md.split("## Texte de l'article annoté\n", 1)[1]
    assert "**3,2 %**[4]" in text
    assert "**groupe 🏭**[6]" in text
    # Nested: the claim runs on in bold past the figure's marker.
    assert "**la suppression de 14\u202f000 salariés[3] d'ici 2026**[5]" in text
    assert "Les syndicats contestent ces chiffres." in text  # deleted: not bold
    html = to_html(text)
    assert html.count("<strong>") == 4


def test_user_text_cannot_inject(tmp_path):
    md = render(tmp_path)
    assert "\\<script\\>alert(1)\\</script\\>" in md
    html = to_html(md)
    assert "<script" not in html and "<a " not in html and "<em>gras" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [lien](http://evil.example) *gras*" in html


@pytest.mark.parametrize(
    "text",
    ["# titre", "- liste", "1. liste", "> citation", "    code", "`code`", "[a](b)",
     "![img](x.png)", "<b>gras</b>", "**gras**", "_it_", "a | b", "~~barré~~", "&eacute;",
     "ligne\n# titre", "---", "===", "a\\", "+ plus"],
)
def test_escape_makes_text_literal(text):
    html = to_html(f"Note: {escape(text, False)}\n\n{escape(text)}")
    for tag in ("<h1", "<ul", "<ol", "<blockquote", "<pre", "<code", "<a ", "<img", "<b>",
                "<strong", "<em", "<table", "<del", "<hr"):
        assert tag not in html, (text, html)
    assert "&eacute;" not in html or "&amp;eacute;" in html
