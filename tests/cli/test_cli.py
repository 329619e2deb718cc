"""The command-line contract, run as a user's script would: through subprocess."""

import json
import sqlite3
import subprocess
import sys

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
