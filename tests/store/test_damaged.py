"""Damaged and foreign files: a clear message, what can be done, the original untouched."""

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from annotator.core.model import Article, new_id
from annotator.core.text import text_sha256
from annotator.store import NewerSchemaError, NotAProjectError, Project, ProjectError
from annotator.store.errors import DamagedProjectError
from annotator.store.project import SCHEMA_VERSION
from annotator.store.recovery import recover

ARTICLES = 300
ANNOTATED = 100


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    """A real project of a few hundred pages: 300 articles, 100 of them annotated."""
    path = tmp_path_factory.mktemp("healthy") / "desk.annot"
    with Project.create(path, author="Camille") as p:
        articles = []
        for i in range(ARTICLES):
            text = article_text(i)
            articles.append(Article(new_id(), f"Article {i}", text,
                                    text_sha256=text_sha256(text), origin="test"))
        p.add_articles(articles)
        for article in articles[:ANNOTATED]:
            p.add_annotation(p.new_annotation(article, "quote", 0, 12, note="à vérifier"))
    assert not path.with_name(path.name + "-wal").exists()
    return path


def damaged_copy(healthy: Path, folder: Path, name: str, damage) -> Path:
    path = folder / name
    path.write_bytes(damage(healthy.read_bytes()))
    return path


def overwrite_page(data: bytes, offset: int) -> bytes:
    """The page holding this offset overwritten with random bytes."""
    page_size = int.from_bytes(data[16:18], "big")
    page = offset // page_size
    damaged = bytearray(data)
    damaged[page * page_size:(page + 1) * page_size] = random.Random(7).randbytes(page_size)
    return bytes(damaged)


def garbage_page(data: bytes) -> bytes:
    """The page of the articles table holding article 150, garbage."""
    return overwrite_page(data, data.index(b"MARK0150KRAM"))


def garbage_index_page(data: bytes) -> bytes:
    """A page of the index of article hashes, garbage: every table still reads."""
    page_size = int.from_bytes(data[16:18], "big")
    row_page = data.index(b"MARK0150KRAM") // page_size
    # The hash is in the article's row and in the index: take the index's copy.
    index_entry = next(at for at in _occurrences(data, text_sha256(article_text(150)).encode())
                       if at // page_size != row_page)
    return overwrite_page(data, index_entry)


def article_text(number: int) -> str:
    return (f"Article {number:04d} MARK{number:04d}KRAM. « Nous tiendrons », a dit la "
            "ministre. " + "Le budget baisse de 3 %. " * 20)


def _occurrences(data: bytes, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at >= 0:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def assert_refused(path: Path, error: type, *messages: str) -> ProjectError:
    before = sha256(path)
    with pytest.raises(error) as err:
        Project.open(path, lock=True)
    assert str(err.value).startswith(f"{path}: ")
    for message in messages:
        assert message in str(err.value)
    assert sha256(path) == before
    assert not path.with_name(path.name + ".lock").exists()
    return err.value


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.annot"
    path.write_bytes(random.Random(1).randbytes(50_000))
    assert_refused(path, NotAProjectError, "not a project file (not an SQLite database)")
    before = sha256(path)
    with pytest.raises(NotAProjectError, match="nothing to recover"):
        recover(path, tmp_path / "out.annot")
    assert not (tmp_path / "out.annot").exists()
    assert sha256(path) == before


def test_empty_file(tmp_path):
    path = tmp_path / "empty.annot"
    path.write_bytes(b"")
    assert_refused(path, NotAProjectError, "an empty file, not a project")


def test_a_truncated_copy(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path, "cut.annot", lambda d: d[: len(d) // 2])
    error = assert_refused(path, DamagedProjectError, "cut short", "not completely copied")
    assert error.can_recover and not error.can_open_read_only
    before = sha256(path)
    out = tmp_path / "recovered.annot"
    report = recover(path, out)
    assert sha256(path) == before
    assert not report.complete
    assert report.table("articles").unreadable
    with Project.open(out) as p:
        check = p.check()
        assert check["ok"], check["problems"]
        assert 0 < check["articles"] < ARTICLES
        assert check["articles"] == report.table("articles").copied
        assert p.meta()["recovered_from"] == str(path)
        assert p.schema_version == SCHEMA_VERSION
        # What was recovered is what the file held, each text with its own title.
        for article_id in p.article_ids():
            article = p.article(article_id)
            number = int(article.title.split()[1])
            assert f"MARK{number:04d}KRAM" in article.text


def test_a_page_of_garbage(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path, "garbage.annot", garbage_page)
    error = assert_refused(path, DamagedProjectError, "integrity check failed")
    # A table cannot be read through: only recovery is worth offering.
    assert error.can_recover and not error.can_open_read_only
    assert "recovered into a new project" in str(error)
    before = sha256(path)
    out = tmp_path / "recovered.annot"
    report = recover(path, out)
    assert sha256(path) == before
    articles = report.table("articles")
    assert articles.unreadable
    # One page lost: a handful of articles, every other row is back.
    assert ARTICLES - 10 <= articles.copied < ARTICLES
    assert report.table("annotations").copied == ANNOTATED
    assert not report.table("annotations").unreadable
    assert any("some rows could not be read" in line for line in report.lines())
    with Project.open(out) as p:
        check = p.check()
        assert check["ok"], check["problems"]
        numbers = {int(r["title"].split()[1]) for r in p.article_summaries()}
        lost = sorted(set(range(ARTICLES)) - numbers)
        # Exactly the rows of the bad page: consecutive, around article 150; the rows
        # after it were found again.
        assert 150 in lost and lost == list(range(lost[0], lost[-1] + 1))
        assert len(lost) == ARTICLES - articles.copied
        # Full-text search works on the recovered articles (the index was rebuilt).
        hits = p.conn.execute("select count(*) from articles_fts where articles_fts "
                              "match 'MARK0299KRAM'").fetchone()[0]
        assert hits == 1


def test_a_damaged_index_can_be_opened_read_only(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path, "index.annot", garbage_index_page)
    error = assert_refused(path, DamagedProjectError, "integrity check failed",
                           "It can be opened read-only")
    assert error.can_open_read_only and error.can_recover
    before = sha256(path)
    with Project.open(path, read_only="the file is damaged", verify=False) as p:
        assert p.read_only
        assert len(p.article_ids()) == ARTICLES
        assert p.article(p.article_ids()[0]).title == "Article 0"
    assert sha256(path) == before
    out = tmp_path / "recovered.annot"
    report = recover(path, out)
    assert report.complete  # the tables were whole; the new file has a new index
    with Project.open(out) as p:
        assert p.check()["ok"]
        assert len(p.article_ids()) == ARTICLES
    assert sha256(path) == before


def test_a_newer_version(healthy, tmp_path):
    path = damaged_copy(healthy, tmp_path, "newer.annot", lambda d: d)
    conn = sqlite3.connect(path)
    conn.execute("update meta set value = ? where key = 'schema_version'",
                 [str(SCHEMA_VERSION + 1)])
    conn.commit()
    conn.close()
    assert_refused(path, NewerSchemaError, "written by a newer version", "update the app")
    with pytest.raises(NewerSchemaError, match="update the app"):
        recover(path, tmp_path / "out.annot")
    assert not (tmp_path / "out.annot").exists()


def test_an_sqlite_database_of_another_program(tmp_path):
    """Opening it must not even switch it to WAL mode (that rewrites its header)."""
    path = tmp_path / "other.annot"
    conn = sqlite3.connect(path)
    conn.execute("create table contacts(name, phone)")
    conn.execute("insert into contacts values ('Lina', '0102030405')")
    conn.commit()
    conn.close()
    assert_refused(path, NotAProjectError, "an SQLite file, but not a Newsroom Annotator project")
    assert not path.with_name(path.name + "-wal").exists()
    with pytest.raises(NotAProjectError, match="nothing to recover"):
        recover(path, tmp_path / "out.annot")


def test_a_healthy_project_is_recovered_whole(healthy, tmp_path):
    out = tmp_path / "copy.annot"
    report = recover(healthy, out)
    assert report.complete
    assert report.summary() == (f"{ARTICLES} articles and {ANNOTATED} annotations recovered "
                                f"into {out} (everything was read)")
    with Project.open(healthy, read_only=True) as old, Project.open(out) as new:
        assert new.article_ids() == old.article_ids()
        assert new.meta()["project_id"] == old.meta()["project_id"]
        first = old.article_ids()[0]
        assert new.annotations(first) == old.annotations(first)


def test_recovery_never_replaces_a_file(healthy, tmp_path):
    before = sha256(healthy)
    with pytest.raises(ProjectError, match="never replaces a file"):
        recover(healthy, healthy)
    existing = tmp_path / "existing.annot"
    existing.write_text("keep me")
    with pytest.raises(ProjectError, match="already exists"):
        recover(healthy, existing)
    assert existing.read_text() == "keep me"
    assert sha256(healthy) == before
