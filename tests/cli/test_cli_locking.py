"""The command line and the lock: writing commands refuse, reading ones read; recovery."""

import hashlib
import json
import random
import subprocess
import sys

import pytest

from annotator.store import Project
from annotator.store.locking import lock_path

FR = "Plan social chez Nuvia\n\n«\u00a0Nous supprimerons 14\u202f000 postes\u00a0», a dit Marc Durand.\n"


def run(*args):
    return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "desk.annot"
    assert run("new", path).returncode == 0
    article = tmp_path / "plan.md"
    article.write_text(FR, encoding="utf-8")
    return path, article


def article_count(path) -> int:
    with Project.open(path, read_only=True) as p:
        return len(p.article_ids())


def test_writing_commands_refuse_while_another_instance_has_the_project(project):
    path, article = project
    held = Project.open(path, author="Camille", lock=True)  # this test's process: the app
    try:
        result = run("import", path, article)
        assert result.returncode == 1
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"annotator import: {path}: open on this computer by ")
        assert lines[0].endswith("; close it there first")
        assert "Camille" in lines[0]
        result = run("annotate", path, "--article", "x", "--category", "quote",
                     "--start", "0", "--end", "4")
        assert result.returncode == 1 and "close it there first" in result.stderr
        assert article_count(path) == 0
        # Reading commands read, without a lock of their own.
        listed = run("list", path, "--json")
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout) == []
        assert run("check", path).returncode == 0
    finally:
        held.close()
    assert run("import", path, article).returncode == 0
    assert article_count(path) == 1
    assert not lock_path(path).exists()


def test_a_stale_lock_is_named_with_the_way_out(project):
    path, article = project
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    import socket

    lock_path(path).write_text(json.dumps({
        "host": socket.gethostname(), "user": "lina", "pid": int(gone),
        "opened_at": "2025-03-04T09:00:00.000Z", "heartbeat": "2025-03-04T09:00:00.000Z",
        "token": "a" * 32}), encoding="utf-8")
    result = run("import", path, article)
    assert result.returncode == 1
    assert "seems to have stopped" in result.stderr
    assert f"delete {lock_path(path)} if no one has it open" in result.stderr
    assert lock_path(path).exists()  # never cleared without asking


def test_a_json_of_the_wrong_structure_is_refused_and_the_project_kept(project, tmp_path):
    path, _article = project
    bad = tmp_path / "dossier.json"
    bad.write_text(json.dumps({"format": "newsroom-annotator", "format_version": 1,
                               "articles": {}}), encoding="utf-8")
    result = run("import", path, bad)
    assert result.returncode == 1
    assert "dossier.json: " in result.stderr
    assert article_count(path) == 0


def test_check_reports_a_damaged_file_and_recovers_it(project, tmp_path):
    path, article = project
    assert run("import", path, article).returncode == 0
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    at = data.index(b"Nous supprimerons") // page_size * page_size
    damaged = tmp_path / "damaged.annot"
    damaged.write_bytes(data[:at] + random.Random(3).randbytes(page_size)
                        + data[at + page_size:])
    before = sha256(damaged)
    result = run("check", damaged)
    assert result.returncode == 1
    assert "integrity check failed" in result.stdout
    assert f"annotator check {damaged} --recover NEW.annot" in result.stdout
    assert result.stdout.rstrip().endswith("PROBLEMS FOUND")
    as_json = json.loads(run("check", damaged, "--json").stdout)
    assert as_json["ok"] is False and as_json["schema_version"] is None

    out = tmp_path / "recovered.annot"
    result = run("check", damaged, "--recover", out)
    assert result.returncode == 1  # a row was lost
    assert "articles: 0 rows recovered, some rows could not be read" in result.stdout
    assert f"recovered into {out}" in result.stdout
    assert sha256(damaged) == before
    assert run("check", out).returncode == 0
    # Recovering a sound file is a complete copy (exit 0).
    report = json.loads(run("check", path, "--recover", tmp_path / "copy.annot",
                            "--json").stdout)
    assert report["complete"] is True
    assert {t["name"]: t["copied"] for t in report["tables"]}["articles"] == 1
    result = run("check", path, "--recover", out)
    assert result.returncode == 1 and "already exists" in result.stderr
