"""The command-line contract, run as a user's script would: through subprocess."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import COMMANDS

FR = "Plan social chez Nuvia\n\n«\u00a0Nous supprimerons 14\u202f000 postes\u00a0», a déclaré Marc Durand 😀.\n"


def run(*args, ok=True):
    result = subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                            capture_output=True, text=True, timeout=120)
    if ok:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "desk.annot"
    run("new", path)
    article = tmp_path / "plan.md"
    article.write_text(FR, encoding="utf-8")
    out = run("import", path, article).stdout
    article_id = out.split("\t")[0]
    return path, article_id


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = run(command, "--help").stdout
    assert out.startswith("usage: annotator " + command)


def test_top_level_help_lists_commands():
    out = run("--help").stdout
    assert all(command in out for command in COMMANDS)


def test_new_import_list_annotate_check(project, tmp_path):
    path, article_id = project
    listed = json.loads(run("list", path, "--json").stdout)
    assert listed == [{"id": article_id, "title": "Plan social chez Nuvia", "source": "",
                       "annotations": 0}]
    text = FR.rstrip("\n")
    start = text.index("14")
    end = start + len("14\u202f000 postes")
    new_id = run("annotate", path, "--article", article_id, "--category", "figure",
                 "--start", start, "--end", end, "--note", "Source ?", "--status",
                 "verified", "--author", "Léa").stdout.strip()
    # Offsets are code points: the emoji after the span does not shift anything.
    emoji = text.index("😀")
    run("annotate", path, "--article", article_id, "--category", "Party",
        "--start", emoji - len("Marc Durand "), "--end", emoji - 1)
    conn = sqlite3.connect(path)
    rows = conn.execute("select id, exact, note, status, author from annotations "
                        "order by start").fetchall()
    conn.close()
    assert rows[0] == (new_id, "14\u202f000 postes", "Source ?", "verified", "Léa")
    assert rows[1][1] == "Marc Durand"
    check = json.loads(run("check", path, "--json").stdout)
    assert check["ok"] and check["annotations"] == 2 and check["articles"] == 1
    assert "schema version" in run("check", path).stdout


def test_errors_are_one_line_naming_the_file(project, tmp_path):
    path, article_id = project
    cases = [
        (("annotate", path, "--article", article_id, "--category", "nope", "--start", 0,
          "--end", 3), "no category"),
        (("annotate", path, "--article", article_id, "--category", "quote", "--start", 5,
          "--end", 99999), "outside the article"),
        (("annotate", path, "--article", "missing", "--category", "quote", "--start", 0,
          "--end", 3), "no article"),
        (("list", tmp_path / "absent.annot"), "no such project file"),
        (("import", path, tmp_path / "absent.txt"), "no such file"),
        (("export", path, "--format", "html", "--article", "missing", "-o",
          tmp_path / "x.html"), "no article"),
    ]
    for args, message in cases:
        result = run(*args, ok=False)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], result.stderr


def test_not_a_project_and_newer_project(tmp_path):
    bogus = tmp_path / "bogus.annot"
    bogus.write_bytes(b"\x00\x01binary")
    result = run("check", bogus, ok=False)
    assert "bogus.annot" in result.stderr and "not a project file" in result.stderr
    newer = tmp_path / "newer.annot"
    run("new", newer)
    conn = sqlite3.connect(newer)
    conn.execute("update meta set value = '99' where key = 'schema_version'")
    conn.commit()
    conn.close()
    result = run("list", newer, ok=False)
    assert "newer version" in result.stderr and "newer.annot" in result.stderr


def test_import_reports_bad_files_and_keeps_good_ones(project, tmp_path):
    path, _ = project
    folder = tmp_path / "lot"
    folder.mkdir()
    (folder / "ok.txt").write_text("Dépêche\n\nTexte.", encoding="cp1252")
    (folder / "binaire.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "vide.md").write_text("")
    result = run("import", path, folder, ok=False)
    assert result.returncode == 1
    assert "binaire.txt" in result.stderr and "vide.md" in result.stderr
    titles = [a["title"] for a in json.loads(run("list", path, "--json").stdout)]
    assert titles == ["Plan social chez Nuvia", "Dépêche"]
    again = run("import", path, folder / "ok.txt")
    assert "duplicate" in again.stderr or "already in the project" in again.stderr


def test_extract_prints_what_import_would_store(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Titre\r\n\r\nCorps «\u00a0x\u00a0»".encode("utf-16"))
    out = json.loads(run("extract", f, "--json").stdout)
    assert out["title"] == "Titre" and out["text"] == "Titre\n\nCorps «\u00a0x\u00a0»"
    assert set(out) == {"title", "byline", "published", "source", "url", "language", "text"}


IPTC = Path(__file__).resolve().parents[1] / "io" / "fixtures" / "iptc"
PAGE = ('<html lang="fr"><head><meta property="og:site_name" content="Le Soir">'
        '<meta property="article:published_time" content="2023-01-18T10:05:00+01:00">'
        '<link rel="canonical" href="https://lesoir.example/a"></head><body><nav>Accueil'
        '</nav><article><h1>Amazon supprime 18\u202f000 emplois</h1><p class="byline">Par '
        "Jean Dupont</p><p>Le géant a annoncé la suppression de 18\u202f000 postes, a "
        "déclaré son patron mercredi devant les salariés réunis.</p><p>«\u00a0C'est "
        "difficile\u00a0», a résumé Andy Jassy dans un message publié sur le blog.</p>"
        "</article><footer>Mentions</footer></body></html>")


def test_extract_a_saved_web_page(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    out = json.loads(run("extract", f, "--json").stdout)
    assert out == {
        "title": "Amazon supprime 18\u202f000 emplois", "byline": "Jean Dupont",
        "published": "2023-01-18T10:05:00+01:00", "source": "Le Soir",
        "url": "https://lesoir.example/a", "language": "fr",
        "text": "Le géant a annoncé la suppression de 18\u202f000 postes, a déclaré son patron "
                "mercredi devant les salariés réunis.\n\n«\u00a0C'est difficile\u00a0», a "
                "résumé Andy Jassy dans un message publié sur le blog."}


def test_extract_a_newsml_g2_item():
    out = json.loads(run("extract", IPTC / "LISTING_2_NewsML-G2_Text_Document.xml").stdout)
    assert out["title"] == 'Fed to halt QE to avert "bubble"'
    assert out["byline"] == "Meredith Jameson, Staff Reporter"
    assert out["published"] == "2016-11-21T15:21:06-05:00" and out["language"] == "en"
    assert out["text"].count("\n\n") == 1 and out["text"].startswith("(New York, NY")


def test_extract_a_word_document(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Lettre ouverte des salariés", style="Title")
    document.add_paragraph("«\u00a0Nous refusons ce plan\u00a0», écrivent 2400 salariés.")
    document.core_properties.author = "Collectif des salariés"
    f = tmp_path / "lettre.docx"
    document.save(f)
    out = json.loads(run("extract", f).stdout)
    assert out["title"] == "Lettre ouverte des salariés"
    assert out["byline"] == "Collectif des salariés"
    assert out["text"] == "«\u00a0Nous refusons ce plan\u00a0», écrivent 2400 salariés."


@pytest.mark.parametrize("name, content, message", [
    ("xxe.xml", '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>", "xxe.xml: "),
    ("cut.xml", "<nitf><body><body.content><p>Texte coupé", "cut.xml: "),
    ("notes.pdf", "%PDF-1.4", "notes.pdf: cannot import '.pdf' files"),
    ("photo.html", "\x00\x01\x02PNG" * 200, "photo.html: looks like a binary file"),
])
def test_extract_refuses_bad_files_in_one_line(tmp_path, name, content, message):
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    result = run("extract", f, ok=False)
    assert result.returncode == 1 and result.stdout == ""
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "root:" not in result.stderr


def test_import_a_folder_of_every_format(project, tmp_path):
    import docx

    path, _ = project
    folder = tmp_path / "dossier"
    (folder / "web" / "page_files").mkdir(parents=True)
    (folder / "web" / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "web" / "page_files" / "ad.html").write_text(PAGE + "pub", encoding="utf-8")
    (folder / "wire").mkdir()
    (folder / "wire" / "fed.xml").write_bytes(
        (IPTC / "LISTING_2_NewsML-G2_Text_Document.xml").read_bytes())
    document = docx.Document()
    document.add_paragraph("Communiqué de la CGT : un plan brutal pour 2400 salariés.")
    document.save(folder / "cgt.docx")
    result = run("import", path, folder, "--recursive")
    titles = {a["title"] for a in json.loads(run("list", path, "--json").stdout)}
    expected = {"Plan social chez Nuvia", "Amazon supprime 18\u202f000 emplois",
                "Communiqué de la CGT : un plan brutal pour 2400 salariés.",
                'Fed to halt QE to avert "bubble"'}
    assert titles == expected, result.stderr
    assert f"{len(expected) - 1} imported" in result.stderr


def test_suggest_prints_quotes_figures_and_parties(tmp_path):
    f = tmp_path / "plan.md"
    f.write_text(FR, encoding="utf-8")
    text = json.loads(run("extract", f).stdout)["text"]
    found = json.loads(run("suggest", f, "--json").stdout)
    assert found and all(text[s["start"]:s["end"]] == s["text"] for s in found)
    by_category = {s["category"]: s for s in found}
    quote = by_category["quote"]
    assert quote["text"] == "Nous supprimerons 14\u202f000 postes"
    assert quote["speaker"] == "Marc Durand" and 0 < quote["confidence"] <= 1
    figure = next(s for s in found if s["category"] == "figure")
    assert (figure["text"], figure["value"], figure["unit"]) == (
        "14\u202f000 postes", 14000, "postes")
    parties = {(s["text"], s["kind"]) for s in found if s["category"] == "party"}
    assert {("Marc Durand", "person"), ("Nuvia", "organisation")} <= parties


def test_suggest_in_english_by_choice(tmp_path):
    f = tmp_path / "letter.txt"
    f.write_text("Layoffs\n\n“We had no choice,” said Andy Jassy, adding that about 1,000 "
                 "jobs would go.", encoding="utf-8")
    found = json.loads(run("suggest", f, "--lang", "en").stdout)
    assert {(s["category"], s["text"]) for s in found} >= {
        ("quote", "We had no choice,"), ("party", "Andy Jassy"), ("figure", "about 1,000 jobs")}


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json"])
def test_export_formats(project, tmp_path, fmt):
    path, article_id = project
    run("annotate", path, "--article", article_id, "--category", "quote", "--start", 25,
        "--end", 40, "--note", "<script>alert(1)</script>")
    out = tmp_path / f"sheet.{fmt}"
    assert run("export", path, "--format", fmt, "-o", out).stdout.strip() == str(out)
    content = out.read_text(encoding="utf-8-sig")
    assert "Plan social chez Nuvia" in content
    if fmt == "html":
        assert "<script>alert" not in content and "&lt;script&gt;" in content
    single = tmp_path / f"one.{fmt}"
    run("export", path, "--format", fmt, "--article", article_id, "-o", single)
    assert single.exists()


def test_json_export_then_import_gives_back_the_same_rows(project, tmp_path):
    path, article_id = project
    run("annotate", path, "--article", article_id, "--category", "quote", "--start", 25,
        "--end", 40, "--note", "à vérifier")
    out = tmp_path / "all.json"
    run("export", path, "--format", "json", "-o", out)
    empty = tmp_path / "empty.annot"
    run("new", empty)
    run("import", empty, out)

    def dump(p):
        conn = sqlite3.connect(p)
        try:
            return {t: conn.execute(f"select * from {t} order by id").fetchall()
                    for t in ("articles", "annotations", "parties", "evidence")}
        finally:
            conn.close()

    assert dump(empty) == dump(path)


def test_gui_entry_refuses_bad_arguments(tmp_path):
    result = run(tmp_path / "absent.annot", ok=False)
    assert result.returncode == 2 and "absent.annot: no such project file" in result.stderr
    result = run("a.annot", "b.annot", ok=False)
    assert result.returncode == 2 and "annotator --help" in result.stderr


def test_gui_starts_on_a_project_and_quits_when_shown(project):
    path, _ = project
    result = subprocess.run([sys.executable, "-m", "annotator", str(path),
                             "--quit-when-shown"], capture_output=True, text=True,
                            timeout=120, env={**__import__("os").environ,
                                              "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_export_interchange_formats(project, tmp_path):
    import sqlite3

    from docx import Document

    path, article_id = project
    out = run("annotate", path, "--article", article_id, "--category", "quote", "--start",
              25, "--end", 40, "--note", "<script>alert(1)</script>").stdout.strip()
    with sqlite3.connect(path) as conn:  # a rating, as the window would set it
        conn.execute("update annotations set rating = 'false' where id = ?", [out])
    w3c = tmp_path / "sheet.jsonld"
    run("export", path, "--format", "w3c", "-o", w3c)
    page = json.loads(w3c.read_text(encoding="utf-8"))["first"]["items"]
    assert page[0]["target"]["selector"][1]["start"] == 25
    review = tmp_path / "review.jsonld"
    run("export", path, "--format", "claimreview", "-o", review)
    (item,) = json.loads(review.read_text(encoding="utf-8"))
    assert item["@type"] == "ClaimReview" and item["reviewRating"]["ratingValue"] == 1
    word = tmp_path / "sheet.docx"
    run("export", path, "--format", "docx", "-o", word)
    assert any("Plan social chez Nuvia" in p.text for p in Document(word).paragraphs)
    brat = tmp_path / "brat"
    run("export", path, "--format", "brat", "-o", brat)
    assert sorted(p.suffix for p in brat.iterdir()) == [".ann", ".conf", ".txt"]
    ann = next(brat.glob("*.ann")).read_text(encoding="utf-8")
    assert ann.startswith("T1\tQuote 25 40\t")


def test_share_a_copy_without_notes_and_articles(project, tmp_path):
    path, article_id = project
    second = tmp_path / "second.txt"
    second.write_text("Un brouillon que l'on garde pour soi.", encoding="utf-8")
    kept_back = run("import", path, second).stdout.split("\t")[0]
    run("annotate", path, "--article", article_id, "--category", "quote", "--start", 24,
        "--end", 52, "--note", "appel à la source Zoubiri")
    out = tmp_path / "shared.annot"
    result = run("share", path, "-o", out, "--without-notes", "--leave-out", kept_back)
    assert result.stdout.splitlines() == [
        f"{out}: 1 articles, 1 annotations ({out.stat().st_size / 1e6:.1f} MB)",
        "left out: 1 article(s) and their 0 annotation(s)",
        "left out: 1 private note(s)"]
    assert b"zoubiri" not in out.read_bytes().lower()
    assert run("check", out).stdout.endswith("ok\n")
    listed = json.loads(run("list", out, "--json").stdout)
    assert [a["id"] for a in listed] == [article_id]
    missing = run("share", path, "-o", tmp_path / "x.annot", "--leave-out", "nope", ok=False)
    assert missing.returncode == 1 and missing.stderr.strip().endswith("no article nope")


def test_revise_an_article_from_its_corrected_file(project, tmp_path):
    path, article_id = project
    start = FR.index("Marc Durand")
    figure = FR.index("14\u202f000")
    for s, e in ((start, start + 11), (figure, figure + 13)):
        run("annotate", path, "--article", article_id, "--category", "quote", "--start", s,
            "--end", e)
    corrected = tmp_path / "plan-corrige.md"
    corrected.write_text(FR.replace("Nous supprimerons 14\u202f000 postes",
                                    "Nous ne toucherons à aucun emploi").replace(
        "Plan social chez Nuvia\n\n", "Plan social chez Nuvia\n\nMis à jour le 3 mars.\n\n"),
        encoding="utf-8")
    out = run("revise", path, "--article", article_id, corrected).stdout.splitlines()
    assert out[0] == "0 unchanged, 1 moved, 1 orphaned"
    assert out[1].startswith("orphan\t") and out[1].endswith("\t14\u202f000 postes")
    assert "1 orphaned annotations to place again" in run("check", path).stdout
    again = run("revise", path, "--article", article_id, corrected).stdout
    assert again.endswith("the same text as the article; nothing changed\n")
    bad = run("revise", path, "--article", "nope", corrected, ok=False)
    assert bad.returncode == 1 and bad.stderr.strip().endswith("no article nope")
