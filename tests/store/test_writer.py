"""One writer thread per project: every write runs there, in order; reads stay where they
are asked; long writes can be cancelled and leave nothing."""

import sqlite3
import threading

import pytest

from annotator.store import Project
from annotator.store.errors import Cancelled

TEXT = "Le groupe Nuvia annonce « un plan brutal » : 14 000 postes supprimés."


@pytest.fixture
def article(project, make_article):
    return project.add_article(make_article(TEXT))


def test_writes_run_on_the_writer_thread_and_are_heard_on_the_callers(project, article):
    here, ran, heard = threading.current_thread().name, [], []
    project.changes.subscribe(lambda change: heard.append(
        (change.entity, change.op, threading.current_thread().name)))
    read_conn = project.conn

    def add(ann):
        ran.append((threading.current_thread().name, project.conn is read_conn))
        return project.add_annotation(ann)

    ann = project.write(add, project.new_annotation(article, "quote", 24, 42))
    assert ran == [(f"writer {project.path.name}", False)]  # its thread, its connection
    assert heard == [("annotation", "added", here)]  # announced back here, after
    assert project.annotation(ann.id).exact == "« un plan brutal »"


def test_the_read_connection_refuses_writes(project, article):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        project.conn.execute("delete from articles")
    with pytest.raises(RuntimeError, match="writer thread"):
        project.db  # noqa: B018 - sqlite-utils is for the writer thread only
    assert project.article_ids() == [article.id]


def test_writes_from_many_threads_are_serialised(project, article):
    def annotate(start):
        project.add_annotation(project.new_annotation(article, "figure", start, start + 2))

    workers = [threading.Thread(target=annotate, args=(i,)) for i in range(0, 40, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(project.annotations(article.id)) == 20
    assert project.check()["ok"]


def test_a_cancelled_write_is_rolled_back_and_spares_the_next(project, article):
    started = threading.Event()

    def long_write(cancelled):
        project.conn.execute("update articles set title = 'changed'")
        started.set()
        # A statement that would run for minutes: cancel interrupts it.
        project.conn.execute("with recursive n(i) as (select 1 union all select i + 1 "
                             "from n) select count(*) from n").fetchone()

    pending = project.start(lambda cancelled: long_write(cancelled))
    assert started.wait(10)
    pending.cancel()
    pending.wait()
    with pytest.raises(Cancelled):
        pending.finish()
    assert project.article(article.id).title != "changed"
    project.update_article(article.id, title="after")  # the interrupt hit nothing later
    assert project.article(article.id).title == "after"


def test_a_cancel_between_steps(project, article):
    gate = threading.Event()
    blocker = project.start(lambda _cancelled: gate.wait(10))  # holds the writer

    def steps(cancelled):
        if cancelled.is_set():
            raise Cancelled("stopped before the first step")
        project.update_article(article.id, title="changed")

    pending = project.start(steps)
    pending.cancel()
    gate.set()
    blocker.wait()
    pending.wait()
    with pytest.raises(Cancelled):
        pending.finish()
    assert project.article(article.id).title != "changed"


def test_a_failing_job_leaves_no_transaction_open(project, article):
    def fail():
        project.conn.execute("update articles set title = 'half'")  # implicit BEGIN
        raise ValueError("crash mid-write")

    with pytest.raises(ValueError):
        project.write(fail)
    assert project.article(article.id).title != "half"
    project.update_article(article.id, title="whole")
    assert project.article(article.id).title == "whole"


def test_close_finishes_the_writes_given(tmp_path, make_article):
    path = tmp_path / "p.annot"
    project = Project.create(path)
    article = project.add_article(make_article(TEXT))
    pending = project.start(lambda _c: project.update_article(article.id, title="last"))
    project.close()
    assert pending.done()
    with Project.open(path) as again:
        assert again.article(article.id).title == "last"


def test_a_pending_write_announces_its_changes_when_finished(project, article):
    heard = []
    project.changes.subscribe(heard.append)
    pending = project.start(lambda _c: project.update_article(article.id, title="new"))
    pending.wait()
    assert heard == []  # held back until the listener's thread asks
    pending.finish()
    assert [(c.entity, c.op) for c in heard] == [("article", "updated")]
