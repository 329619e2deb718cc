import codecs
import random
from pathlib import Path

import pytest

from annotator.core.text import text_sha256
from annotator.io import importers
from annotator.io.errors import ImportFailed
from annotator.io.importers import (
    IMPORT_EXTENSIONS,
    article_from_text,
    extract,
    guess_language,
)

FR = (
    "Plan social chez Nuvia\n"
    "\n"
    "«\u00a0Nous supprimerons 14\u202f000 postes\u00a0», a déclaré la directrice 😀.\n"
    "Le syndicat dénonce une décision «\u00a0brutale\u00a0» qui touche les salariés.\n"
)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# ---- plain text and encodings ----------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        FR.encode("utf-8"),
        codecs.BOM_UTF8 + FR.encode("utf-8"),
        codecs.BOM_UTF16_LE + FR.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + FR.encode("utf-16-be"),
        FR.encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom"],
)
def test_plain_text_in_unicode_encodings(tmp_path, data):
    article = extract(write(tmp_path, "plan.txt", data))
    assert article.text == FR.rstrip("\n")
    assert article.title == "Plan social chez Nuvia"
    assert article.origin == "plan.txt"
    assert article.language == "fr"
    assert article.text_sha256 == text_sha256(article.text)
    assert "\u00a0" in article.text and "\u202f" in article.text and "😀" in article.text


def test_cp1252_and_latin1_french(tmp_path):
    text = "L’Élysée : « président », 14 000 € et 2,5 % de plus pour les salariés."
    assert extract(write(tmp_path, "a.txt", text.encode("cp1252"))).text == text
    latin = "Ça coûte très cher, déjà à Noël, dit la députée de la Sarthe."
    assert extract(write(tmp_path, "b.txt", latin.encode("latin-1"))).text == latin


def test_line_endings_and_nfc(tmp_path):
    raw = "Titre\r\nE\u0301lyse\u0301e\rfin\r\n"
    article = extract(write(tmp_path, "a.txt", raw))
    assert article.text == "Titre\nÉlysée\nfin"
    assert article.text == "Titre\n\u00c9lys\u00e9e\nfin"


def test_plain_text_tidying(tmp_path):
    raw = "\n\n  Titre  \nligne  \t\n\n\n\n\nsuite\u00a0\nfin \u00a0\n\n\n"
    article = extract(write(tmp_path, "a.txt", raw))
    # Indentation stays; trailing spaces go, but a NBSP inside the text is typography.
    assert article.text == "  Titre\nligne\n\nsuite\u00a0\nfin"
    assert article.title == "Titre"


def test_text_extension_is_plain_text(tmp_path):
    assert extract(write(tmp_path, "a.TEXT", "# not a heading\nx")).text == "# not a heading\nx"


# ---- refusals --------------------------------------------------------------------------


def test_binary_file_refused_naming_it(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(300)
    path = write(tmp_path, "photo.txt", png)
    with pytest.raises(ImportFailed, match="photo.txt: looks like a binary file"):
        extract(path)


@pytest.mark.parametrize("data", [b"", b" \n\r\n\t  \n"])
def test_empty_file_refused(tmp_path, data):
    with pytest.raises(ImportFailed, match="empty.md: the file is empty"):
        extract(write(tmp_path, "empty.md", data))


def test_file_over_the_size_limit_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "MAX_IMPORT_BYTES", 100)
    path = write(tmp_path, "big.txt", "mot " * 30)
    with pytest.raises(ImportFailed, match=r"big.txt: too large to import .*limit"):
        extract(path)
    assert extract(write(tmp_path, "small.txt", "mot " * 20)).text.startswith("mot")


def test_unknown_extension_refused_naming_supported_ones(tmp_path):
    with pytest.raises(ImportFailed, match=r"a\.pdf: cannot import '\.pdf' files.*\.txt.*\.md"):
        extract(write(tmp_path, "a.pdf", "x"))
    with pytest.raises(ImportFailed, match="files without an extension"):
        extract(write(tmp_path, "README", "x"))
    (tmp_path / "folder").mkdir()
    with pytest.raises(ImportFailed, match="folder: is a folder"):
        extract(tmp_path / "folder")
    with pytest.raises(ImportFailed, match="missing.pdf: no such file"):
        extract(tmp_path / "missing.pdf")


def test_missing_file_and_folder_refused(tmp_path):
    with pytest.raises(ImportFailed, match="nothing.txt: no such file"):
        extract(tmp_path / "nothing.txt")
    (tmp_path / "folder.md").mkdir()
    with pytest.raises(ImportFailed, match="folder.md: is a folder"):
        extract(tmp_path / "folder.md")


def test_unreadable_file_refused(tmp_path, monkeypatch):
    # chmod 0 does not stop root (CI containers), so the refusal is simulated.
    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    path = write(tmp_path, "secret.txt", "texte")
    monkeypatch.setattr(type(path), "read_bytes", refuse)
    with pytest.raises(ImportFailed, match=r"secret.txt: cannot read the file \(Permission"):
        extract(path)


def test_every_listed_extension_has_a_reader():
    from annotator.io.importers import reader_for

    assert {".txt", ".md", ".html", ".htm", ".xml", ".docx"} <= IMPORT_EXTENSIONS.keys()
    for ext in IMPORT_EXTENSIONS:
        assert callable(reader_for(Path(f"a{ext.upper()}")))


# ---- Markdown --------------------------------------------------------------------------

MARKDOWN = """\
---
title: "Nuvia supprime 14 000 postes"
author: Jeanne Martin
date: 2024-03-14
---

Intro *avant* le titre.

## Un plan **social**

Le groupe a annoncé, selon [Le Quotidien](https://example.org/article), une réduction
d'effectifs. ![graphique](chart.png) Les syndicats réagissent.

- premier point
- second point avec `code`
  - sous-point
1. un
2. deux

> «\u00a0Nous ne lâcherons rien\u00a0», dit la CGT.

<div class="pub">Publicité</div>

Texte <span>inline</span> et <script>alert("x")</script> fin.

<script>
document.write("pirate")
</script>

```
  code  gardé   tel quel
```

Dernier paragraphe&nbsp;: 2,5&#160;%.
"""


def test_markdown_conversion(tmp_path):
    article = extract(write(tmp_path, "nuvia.md", MARKDOWN))
    assert article.text == (
        "Intro avant le titre.\n"
        "\n"
        "Un plan social\n"
        "\n"
        "Le groupe a annoncé, selon Le Quotidien, une réduction d'effectifs. "
        "Les syndicats réagissent.\n"
        "\n"
        "- premier point\n"
        "- second point avec code\n"
        "  - sous-point\n"
        "\n"
        "1. un\n"
        "2. deux\n"
        "\n"
        "«\u00a0Nous ne lâcherons rien\u00a0», dit la CGT.\n"
        "\n"
        "Texte inline et fin.\n"
        "\n"
        "  code  gardé   tel quel\n"
        "\n"
        "Dernier paragraphe\u00a0: 2,5\u00a0%."
    )
    assert "script" not in article.text and "pirate" not in article.text
    assert "alert" not in article.text and "Publicité" not in article.text
    assert "http" not in article.text and "graphique" not in article.text
    assert article.title == "Nuvia supprime 14 000 postes"
    assert article.byline == "Jeanne Martin"
    assert article.published == "2024-03-14"
    assert article.language == "fr"
    assert article.text_sha256 == text_sha256(article.text)


def test_markdown_title_from_first_heading_of_any_level(tmp_path):
    article = extract(write(tmp_path, "a.markdown", "Chapeau.\n\n### Le *vrai* titre\n\nTexte."))
    assert article.title == "Le vrai titre"
    assert article.text == "Chapeau.\n\nLe vrai titre\n\nTexte."
    assert article.byline == "" and article.published is None


def test_markdown_title_falls_back_to_first_line(tmp_path):
    article = extract(write(tmp_path, "a.md", "Premier **paragraphe**\n\nSecond."))
    assert article.title == "Premier paragraphe"


def test_markdown_front_matter_without_title_uses_heading(tmp_path):
    article = extract(write(tmp_path, "a.md", "---\nauthor: 'A. B.'\n---\n# Titre\n\nTexte."))
    assert (article.title, article.byline, article.text) == ("Titre", "A. B.", "Titre\n\nTexte.")


def test_markdown_keeps_emoji_and_offsets_in_code_points(tmp_path):
    article = extract(write(tmp_path, "a.md", "# 😀 Titre\n\nLe chiffre 😀 14\u202f000."))
    assert article.text == "😀 Titre\n\nLe chiffre 😀 14\u202f000."
    start = article.text.index("14")
    assert article.text[start : start + 6] == "14\u202f000"


@pytest.mark.parametrize(
    "source", ["<script>alert(1)</script>\n", "![image](a.png)\n", "---\ntitle: x\n---\n\n"]
)
def test_markdown_without_text_refused(tmp_path, source):
    with pytest.raises(ImportFailed, match="a.md: no text"):
        extract(write(tmp_path, "a.md", source))


# ---- pasted text and language ----------------------------------------------------------


def test_article_from_pasted_text():
    article = article_from_text("\r\nE\u0301lyse\u0301e\r\n\r\n\r\n\r\nThe end.  ", "clipboard")
    assert article.text == "Élysée\n\nThe end."
    assert article.title == "Élysée"
    assert article.origin == "clipboard"
    assert article_from_text("x", "clipboard", title="  Mon titre ").title == "Mon titre"
    with pytest.raises(ImportFailed, match="clipboard: no text"):
        article_from_text(" \n\n ", "clipboard")


def test_guess_language():
    assert guess_language("Le président a dit que les salariés sont dans la rue.") == "fr"
    assert guess_language("The company said that it was cutting jobs for the year.") == "en"
    assert guess_language("14 000 — 2,5 %") == ""
    assert guess_language("") == ""
