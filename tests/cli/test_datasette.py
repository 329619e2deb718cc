"""A desk browses a project in Datasette without the app: the file opens as it is, with
the metadata and canned queries `annotator datasette` writes. Tested by starting
Datasette on loopback and reading canned queries as JSON."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from annotator.store.datasette import HIDDEN_TABLES

DATASETTE = Path(sys.executable).with_name("datasette")
pytestmark = pytest.mark.skipif(not DATASETTE.exists() and not shutil.which("datasette"),
                                reason="datasette is a dev dependency")


def annotator(*args):
    result = subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """The sample project, its metadata, and Datasette serving both on 127.0.0.1."""
    project = tmp_path / "desk sample.annot"
    subprocess.run([sys.executable, "-m", "annotator.sample", str(project)], check=True,
                   capture_output=True)
    before = project.read_bytes()
    out = annotator("datasette", project)
    metadata = Path(out.stdout.strip())
    assert metadata == tmp_path / "desk sample.datasette.json"
    assert "datasette" in out.stderr  # the command to run, for the desk
    port = free_port()
    server = subprocess.Popen(
        [str(DATASETTE if DATASETTE.exists() else shutil.which("datasette")), "serve",
         str(project), "-m", str(metadata), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(server.stdout.read().decode()) from None
                time.sleep(0.2)
        # Datasette names the database after the file and gives its URL path.
        database = get_json(f"{base}/.json")["desk sample"]
        yield base, database["path"].lstrip("/"), project, before
    finally:
        server.terminate()
        server.wait(timeout=20)


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_canned_queries_answer_as_json(served):
    base, db, project, before = served
    quotes = get_json(f"{base}/{db}/quotes_by_status.json?_shape=array")
    assert quotes and set(quotes[0]) == {"status", "quote", "speaker", "rating", "article",
                                        "note", "annotation_id"}
    assert any(q["speaker"] for q in quotes)
    statuses = [q["status"] for q in quotes]
    # In the desk's order: every "To check" before any "Verified".
    if "To check" in statuses and "Verified" in statuses:
        assert statuses.index("Verified") > max(i for i, s in enumerate(statuses)
                                                if s == "To check")
    figures = get_json(f"{base}/{db}/figures_by_party.json?_shape=array")
    assert figures and all(f["figure"] for f in figures)
    named = [f["party"] for f in figures if f["party"] != "(no party)"]
    assert named == sorted(named, key=str.casefold)
    counts = get_json(f"{base}/{db}/status_counts.json?_shape=array")
    total = sum(row["total"] for row in counts)
    assert total == len(get_json(f"{base}/{db}.json?_shape=array&sql="
                                 "select+id+from+annotations+where+deleted_at+is+null"))
    assert project.read_bytes() == before  # browsing leaves the file as it was


def test_metadata_titles_tables_and_hides_bookkeeping(served):
    base, db, _project, _before = served
    tables = {t["name"]: t for t in get_json(f"{base}/{db}.json")["tables"]}
    assert not tables["annotations"]["hidden"] and not tables["articles"]["hidden"]
    assert all(tables[name]["hidden"] for name in HIDDEN_TABLES if name in tables)
    page = urllib.request.urlopen(f"{base}/{db}", timeout=30).read().decode()
    assert "Quotes by status" in page and "Figures by party" in page
