"""The app killed (SIGKILL) in the middle of a merge, an export and an import: the project
reopens with its integrity intact, holding either all of the operation or none of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.model import Annotation, Article, ProjectData, new_id, utc_now
from annotator.core.text import context, text_sha256
from annotator.store import Project

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]


def big_project(path: Path, articles: int = 200, per_article: int = 60) -> list[str]:
    rng = random.Random(5)
    words = "la direction a confirmé la suppression de 14 000 postes selon le syndicat".split()
    arts, anns = [], []
    for i in range(articles):
        text = " ".join(rng.choice(words) for _ in range(700))
        art = Article(new_id(), f"Article {i}", text, text_sha256=text_sha256(text))
        arts.append(art)
        for _ in range(per_article):
            start = rng.randrange(0, len(text) - 40)
            end = start + rng.randint(3, 30)
            prefix, suffix = context(text, start, end)
            anns.append(Annotation(new_id(), art.id, "quote", start, end, text[start:end],
                                   prefix, suffix, author="base", created_at=utc_now(),
                                   updated_at=utc_now()))
    with Project.create(path, author="base") as p:
        p.load(ProjectData(articles=arts, annotations=anns))
    return [a.id for a in anns]


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def run_and_kill(script: str, after: float) -> None:
    """Run `script` in a fresh interpreter and SIGKILL it `after` seconds after it says
    'go' (once its set-up is done), wherever it is."""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "go", proc.stderr.read()
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.parametrize("after", [0.0, 0.05, 0.15])
def test_killed_during_a_merge(tmp_path, after):
    a, b = tmp_path / "a.annot", tmp_path / "b.annot"
    ids = big_project(a)
    shutil.copy(a, b)
    with Project.open(b, author="bert") as pb:
        def edit_some() -> None:
            with pb.db.atomic():
                for annotation_id in ids[::7]:
                    pb.update_annotation(annotation_id, note="checked by Bert")

        pb.write(edit_some)
    before = rows(a, "select id, note from annotations order by id")
    run_and_kill(f"""
from annotator.store import Project
p = Project.open({str(a)!r})
print("go", flush=True)
p.merge({str(b)!r})
print("merged", flush=True)
""", after)
    with Project.open(a) as p:
        assert p.check()["ok"]
        after_rows = rows(a, "select id, note from annotations order by id")
        notes = [n for _i, n in after_rows]
        # All of the merge or none of it: never a part.
        assert after_rows == before or notes.count("checked by Bert") == len(ids[::7])
        assert p.conn.execute("select count(*) from revision_pause").fetchone() == (0,)


@pytest.mark.parametrize("after", [0.05, 0.3])
def test_killed_during_an_export_leaves_no_half_file(tmp_path, after):
    a = tmp_path / "a.annot"
    big_project(a)
    out = tmp_path / "sheet.html"
    out.write_text("the previous sheet", "utf-8")
    run_and_kill(f"""
from annotator.store import Project
from annotator.operations import export_project
p = Project.open({str(a)!r})
print("go", flush=True)
export_project(p, "html", {str(out)!r})
""", after)
    text = out.read_text("utf-8")
    assert text == "the previous sheet" or text.rstrip().endswith("</html>")
    with Project.open(a) as p:
        assert p.check()["ok"]


def test_killed_during_an_import_keeps_whole_articles(tmp_path):
    a = tmp_path / "a.annot"
    Project.create(a).close()
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03d}.md").write_text(
            f"# Article {i}\n\n" + "Le syndicat dénonce un plan brutal. " * 200, "utf-8")
    run_and_kill(f"""
from annotator.store import Project
from annotator.operations import import_paths
p = Project.open({str(a)!r})
print("go", flush=True)
import_paths(p, [{str(folder)!r}])
""", 0.5)
    with Project.open(a) as p:
        assert p.check()["ok"]
        for article_id in p.article_ids():
            article = p.article(article_id)
            assert article.text.count("plan brutal") == 200  # each article whole
