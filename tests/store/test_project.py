import sqlite3
import subprocess
import sys
import textwrap

import pytest

from annotator.core.model import new_id
from annotator.store import NewerSchemaError, NotAProjectError, Project, ProjectError
from annotator.store.project import SCHEMA_VERSION
from annotator.store.schema import migrations

FR = "Titre\n« Nous supprimerons 14\u202f000 postes », a déclaré Andy Jassy 😀.\n"


def test_schema_version_matches_migrations():
    assert SCHEMA_VERSION == len(migrations._migrations)


def test_create_sets_pragmas_meta_and_builtins(project):
    def pragma(name: str):
        return project.conn.execute(f"pragma {name}").fetchone()[0]

    # The writer's connection (a write runs on its thread)…
    assert project.write(pragma, "journal_mode") == "wal"
    assert project.write(pragma, "foreign_keys") == 1
    assert project.write(pragma, "query_only") == 0
    # …and the read connection of every other thread, which refuses writes.
    assert pragma("query_only") == 1
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        project.conn.execute("delete from articles")
    meta = project.meta()
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert len(meta["project_id"]) == 36
    assert [c.id for c in project.categories()] == ["quote", "figure", "party"]


def test_create_refuses_existing_file(tmp_path):
    path = tmp_path / "x.annot"
    path.write_text("hello")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(path)


def test_open_refuses_newer_schema(tmp_path):
    path = tmp_path / "new.annot"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("update meta set value = ? where key = 'schema_version'",
                 [str(SCHEMA_VERSION + 1)])
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError, match="newer version") as err:
        Project.open(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"\x89PNG\r\n\x1a\n" * 10])
def test_open_refuses_non_projects(tmp_path, content):
    path = tmp_path / "bad.annot"
    path.write_bytes(content)
    with pytest.raises(NotAProjectError, match="bad.annot"):
        Project.open(path)


def test_open_refuses_foreign_sqlite(tmp_path):
    path = tmp_path / "other.annot"
    conn = sqlite3.connect(path)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAProjectError, match="not a Newsroom Annotator project"):
        Project.open(path)


def test_open_missing_file(tmp_path):
    with pytest.raises(ProjectError, match="no such project file"):
        Project.open(tmp_path / "missing.annot")


def test_v1_fixture_still_opens(tmp_path):
    """Old-version files are kept under tests/store/fixtures to test upgrades."""
    import shutil
    from pathlib import Path

    src = Path(__file__).parent / "fixtures" / "v1.annot"
    path = tmp_path / "v1.annot"
    shutil.copy(src, path)
    p = Project.open(path)
    assert p.schema_version == SCHEMA_VERSION
    ids = p.article_ids()
    assert len(ids) == 1
    assert [a.exact for a in p.annotations(ids[0])] == ["14\u202f000 postes"]
    assert p.check()["ok"]
    p.close()


def test_annotation_lifecycle_and_notifications(project, make_article):
    seen = []
    project.changes.subscribe(seen.append)
    article = project.add_article(make_article(FR))
    start = article.text.index("14")
    ann = project.new_annotation(article, "figure", start, start + len("14\u202f000 postes"))
    project.add_annotation(ann)
    stored = project.annotation(ann.id)
    assert stored.exact == "14\u202f000 postes"
    assert stored.author == "Tester" and stored.created_at.endswith("Z")
    assert stored.prefix == article.text[max(0, start - 32):start]
    project.update_annotation(ann.id, status="verified", note="Vérifié auprès de l'AFP")
    assert project.annotation(ann.id).status == "verified"
    project.delete_annotation(ann.id)
    assert project.annotations(article.id) == []
    assert project.annotation(ann.id).deleted_at  # a tombstone, not a hard delete
    project.restore_annotation(ann.id)
    assert [a.id for a in project.annotations(article.id)] == [ann.id]
    ops = [(c.entity, c.op) for c in seen]
    assert ops == [("article", "added"), ("annotation", "added"), ("annotation", "updated"),
                   ("annotation", "removed"), ("annotation", "added")]
    assert seen[1].article_ids == (article.id,)


def test_edit_rejects_unknown_fields(project, make_article):
    article = project.add_article(make_article(FR))
    ann = project.add_annotation(project.new_annotation(article, "quote", 2, 10))
    with pytest.raises(ValueError):
        project.update_annotation(ann.id, exact="hacked")


def test_span_outside_text_is_refused(project, make_article):
    article = project.add_article(make_article("court"))
    with pytest.raises(ValueError):
        project.new_annotation(article, "quote", 2, 99)


def test_failed_transaction_leaves_nothing(project, make_article):
    article = make_article(FR)
    def crash_mid_import() -> None:
        with project.db.atomic():
            project.db["articles"].insert(vars(article))
            raise RuntimeError("crash mid-import")

    with pytest.raises(RuntimeError):
        project.write(crash_mid_import)
    assert project.article_ids() == []


def test_every_action_is_on_disk_without_save(tmp_path):
    """A process killed right after an action (no close, no save) keeps the action."""
    path = tmp_path / "crash.annot"
    script = textwrap.dedent(f"""
        import os
        from annotator.store import Project
        from annotator.core.model import Article, new_id
        from annotator.core.text import text_sha256
        p = Project.create({str(path)!r}, author="X")
        a = p.add_article(Article(new_id(), "T", "Bonjour le monde", text_sha256=text_sha256("x")))
        p.add_annotation(p.new_annotation(a, "quote", 0, 7))
        os._exit(9)  # no close, no checkpoint
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert result.returncode == 9, result.stderr
    p = Project.open(path)
    assert [a.exact for a in p.annotations(p.article_ids()[0])] == ["Bonjour"]
    assert p.check()["ok"]
    p.close()


def test_counts_ignore_deleted(project, make_article):
    a1 = project.add_article(make_article(FR))
    a2 = project.add_article(make_article("Autre texte, 50 milliards de dollars"))
    project.add_annotation(project.new_annotation(a1, "quote", 2, 10))
    x = project.add_annotation(project.new_annotation(a1, "figure", 11, 15))
    project.add_annotation(project.new_annotation(a2, "figure", 13, 24))
    project.delete_annotation(x.id)
    assert project.counts_by_category(a1.id) == {"quote": 1}
    assert project.counts_by_category() == {"quote": 1, "figure": 1}
    project.delete_article(a2.id)
    assert project.counts_by_category() == {"quote": 1}
    assert [s["annotations"] for s in project.article_summaries()] == [1]


def test_snapshot_load_round_trip(project, make_article, tmp_path):
    article = project.add_article(make_article(FR))
    project.add_category("Date", "#aa3355", "D")
    ann = project.add_annotation(project.new_annotation(article, "quote", 2, 20, note="<b>"))
    project.delete_annotation(project.add_annotation(
        project.new_annotation(article, "party", 3, 6)).id)
    project.reject_suggestions(article.id, [("figure", 0, 4, article.text[:4])])
    data = project.snapshot()
    other = Project.create(tmp_path / "other.annot")
    added = other.load(data)
    assert added["articles"] == 1 and added["annotations"] == 2 and added["categories"] == 1
    copy = other.snapshot()
    assert copy.articles == data.articles
    assert copy.annotations == data.annotations
    assert copy.categories == data.categories
    assert copy.rejected_suggestions == data.rejected_suggestions
    assert other.rejected_suggestions(article.id) == {("figure", 0, 4)}
    assert other.annotation(ann.id).note == "<b>"
    again = other.load(data)  # loading twice adds nothing
    assert again["annotations"] == 0 and again["rejected_suggestions"] == 0
    other.close()


def test_save_copy_is_a_valid_project(project, make_article, tmp_path):
    article = project.add_article(make_article(FR))
    project.add_annotation(project.new_annotation(article, "quote", 2, 20))
    target = project.save_copy(tmp_path / "copy.annot")
    copy = Project.open(target)
    assert copy.check()["annotations"] == 1
    assert copy.meta()["project_id"] == project.meta()["project_id"]
    copy.close()
    with pytest.raises(ProjectError):
        project.save_copy(project.path)


def test_check_reports_mismatched_spans(project, make_article):
    article = project.add_article(make_article(FR))
    ann = project.add_annotation(project.new_annotation(article, "quote", 2, 20))
    project.write(lambda: project.db.execute(
        "update annotations set exact = 'zzz' where id = ?", [ann.id]))
    report = project.check()
    assert not report["ok"] and "no longer matches" in report["problems"][0]


def test_user_categories(project):
    cat = project.add_category("Date", "#123456", "D")
    assert project.category_by_name("date").id == cat.id
    with pytest.raises(ValueError):
        project.add_category("date", "#000000")
    project.update_category(cat.id, color="#654321")
    assert project.category(cat.id).color == "#654321"


def test_ids_are_uuids(project, make_article):
    article = project.add_article(make_article(FR))
    assert len(article.id) == 36 and article.id != new_id()
