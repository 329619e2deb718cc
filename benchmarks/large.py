"""Large projects (issue 7), at full size and at 1/10 and 1/100 of it.

Full size: 10,000 articles of 5 KB with 450,000 annotations, plus one 5 MB article with
50,000 (500,000 in all). At each size, each figure beside its raw baseline:
  (j) app start to a shown, usable main window on the project, vs a bare PySide6 window
      start plus one `select count(*)` (target: at most 2x);
  (k) opening the big article with its highlights, vs raw setPlainText plus one raw query
      of its spans (target: at most 1.5x);
  (l) adding one annotation to the big article, committed and repainted, vs a raw
      insert + commit + repaint (targets: median under 16 ms, at most 3x);
  (m) project search, top 50 with snippets, vs the raw FTS5 query (target: at most 1.5x);
  (n) scrolling the big article from top to bottom in 100 steps: the longest frame
      (target: under 50 ms), beside a raw QPlainTextEdit's;
  (o) the memory the project costs once all of the above is open (peak resident size less
      the same window's before opening it), vs the raw text plus a QPlainTextEdit holding
      it (target: at most 2x).
Growth: the cost at each size against the one ten times smaller; where it should be flat
(adding one annotation) it must stay flat, elsewhere grow no faster than the data.
Run alone with `python benchmarks/large.py [--sizes 100,10,1]` (1 = full size).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FULL_ARTICLES = 10_000
ARTICLE_SIZE = 5_000
FULL_BIG_SIZE = 5_000_000
FULL_BIG_ANNOTATIONS = 50_000
FULL_ANNOTATIONS = 500_000
SEARCH_TERMS = ("salariés", "plan social", "supprim", "milliards de dollars", "syndicat")


def build_large_project(path: Path, divisor: int) -> dict:
    """A project 1/divisor of full size; returns its facts for the figures."""
    from annotator.core.model import utc_now
    from annotator.core.text import context, text_sha256
    from annotator.store import Project
    from benchmarks.run import make_text

    rng = random.Random(divisor)
    articles = FULL_ARTICLES // divisor
    big_size = FULL_BIG_SIZE // divisor
    big_annotations = FULL_BIG_ANNOTATIONS // divisor
    per_article = (FULL_ANNOTATIONS - FULL_BIG_ANNOTATIONS) // FULL_ARTICLES
    Project.create(path, author="bench").close()
    conn = sqlite3.connect(path)
    now = utc_now()
    categories = ("quote", "figure", "party")
    statuses = ("to_check", "in_progress", "verified", "false")

    def annotation_rows(article_id: str, text: str, count: int):
        for i in range(count):
            start = rng.randrange(0, len(text) - 60)
            end = start + rng.randint(3, 60)
            prefix, suffix = context(text, start, end)
            yield (f"{article_id}-{i}", article_id, categories[i % 3], start, end,
                   text[start:end], prefix, suffix, "", statuses[i % 4], "bench", "bench",
                   now, now)

    insert_article = ("insert into articles (id, title, text, text_sha256, origin, "
                      "imported_at, updated_at) values (?, ?, ?, ?, 'bench', ?, ?)")
    insert_annotation = (
        'insert into annotations (id, article_id, category_id, start, "end", exact, prefix, '
        "suffix, note, status, author, updated_by, created_at, updated_at) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    with conn:
        big = make_text(big_size, rng)
        conn.execute(insert_article, ["big", "Rapport parlementaire (5 MB)", big,
                                      text_sha256(big), now, now])
        conn.executemany(insert_annotation, annotation_rows("big", big, big_annotations))
        for n in range(articles):
            article_id = f"a{n:05d}"
            text = make_text(ARTICLE_SIZE, rng)
            conn.execute(insert_article, [article_id, f"Dépêche {n}: plan social", text,
                                          text_sha256(text), now, now])
            conn.executemany(insert_annotation, annotation_rows(article_id, text,
                                                                per_article))
    total = conn.execute("select count(*) from annotations").fetchone()[0]
    conn.close()
    return {"path": str(path), "divisor": divisor, "articles": articles + 1,
            "annotations": total, "big_size": len(big), "big_annotations": big_annotations}


# ---- (j) start ---------------------------------------------------------------------------

def bench_start(path: Path, repeats: int = 5) -> tuple[float, float]:
    from benchmarks import run

    count = (f"sqlite3.connect({str(path)!r}).execute('select count(*) from annotations')"
             ".fetchone(); ")
    return run.bench_start(path, repeats, bare_also=count)


# ---- (k) to (o): in one child process per size, so that its memory is its own ------------

def measure_in_window(facts: dict) -> dict:
    """Open the app's window on the project and take every in-window figure."""
    import resource

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from benchmarks.run import bench_add, bench_open

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings(QSettings(str(Path(facts["path"]).with_suffix(".ini")),
                                  QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.resize(1320, 820)
    window.show()
    app.processEvents()
    rss_before = _rss_kb()
    path = Path(facts["path"])
    window.open_project(path)
    app.processEvents()
    out = {}
    # Memory first, before any raw baseline shares this process: everything open at once.
    window.show_article("big")
    app.processEvents()
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(1000)
    cursor.setPosition(1020, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.annotate_selection("figure")
    app.processEvents()
    _scroll(view, app)
    if hasattr(window.project, "search"):
        window.project.search(SEARCH_TERMS[0], limit=50)
    out["memory_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    out["open"] = bench_open(window, path, "big", app, repeats=3)
    window.show_article("big")
    app.processEvents()
    text = window.view.article.text
    ours, raw, _settled = bench_add(window, path, "big", text, app, repeats=30)
    out["add"] = (ours, raw)
    out["scroll"] = (_scroll(window.view, app), _raw_scroll(text, app))
    out["search"] = _search(window.project, path)
    window.close()
    return out


def _rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _scroll(editor, app, steps: int = 100) -> float:
    """The longest of 100 steps from top to bottom, each scrolled and painted."""
    bar = editor.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    longest = 0.0
    for i in range(1, steps + 1):
        t0 = time.perf_counter()
        bar.setValue(bar.maximum() * i // steps)
        editor.viewport().repaint()
        app.processEvents()
        longest = max(longest, time.perf_counter() - t0)
    return longest * 1000


def _raw_scroll(text: str, app) -> float:
    from PySide6.QtWidgets import QPlainTextEdit

    editor = QPlainTextEdit()
    editor.resize(900, 700)
    editor.setPlainText(text)
    editor.show()
    app.processEvents()
    try:
        return _scroll(editor, app)
    finally:
        editor.close()
        editor.deleteLater()


def _search(project, path: Path) -> tuple[float, float] | None:
    """Top 50 with snippets through the store, vs the raw FTS5 query with snippets."""
    from benchmarks.run import median_ms

    if not hasattr(project, "search"):
        return None
    raw_conn = sqlite3.connect(path)
    raw_sql = ("select rowid, snippet(articles_fts, 1, '[', ']', '…', 12) "
               "from articles_fts where articles_fts match ? order by rank limit 50")
    ours, raw = [], []
    for _ in range(2):
        for term in SEARCH_TERMS:
            query = " ".join(f'"{w}"' for w in term.split())
            t0 = time.perf_counter()
            raw_conn.execute(raw_sql, [query]).fetchall()
            raw.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            project.search(term, limit=50)
            ours.append(time.perf_counter() - t0)
    raw_conn.close()
    return median_ms(ours), median_ms(raw)


def raw_memory_kb(path: Path) -> int:
    """The raw text and a QPlainTextEdit holding it, shown and scrolled through, in a
    fresh process: its resident size less the same process's before."""
    script = f"""
import os, sqlite3, sys, time, resource
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1320, 820); w.show(); app.processEvents()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
before = rss()
text = sqlite3.connect({str(path)!r}).execute(
    "select text from articles where id = 'big'").fetchone()[0]
editor = QPlainTextEdit(); w.setCentralWidget(editor); editor.setPlainText(text)
app.processEvents()
bar = editor.verticalScrollBar()
for i in range(101):
    bar.setValue(bar.maximum() * i // 100); editor.viewport().repaint(); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                         text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return int(out.stdout.strip().splitlines()[-1])


def run_size(workdir: Path, divisor: int) -> dict:
    path = workdir / f"large-1-{divisor}.annot"
    t0 = time.perf_counter()
    facts = build_large_project(path, divisor)
    facts["build_s"] = time.perf_counter() - t0
    facts["start"] = bench_start(path)
    child = subprocess.run([sys.executable, __file__, "--in-window", json.dumps(facts)],
                           check=True, capture_output=True, text=True,
                           env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    facts.update(json.loads(child.stdout.strip().splitlines()[-1]))
    facts["raw_memory_kb"] = raw_memory_kb(path)
    return facts


def figures(facts: dict) -> list[tuple]:
    """(name, ours, raw, max ratio, max ms) rows, as benchmarks/run.py prints them."""
    size = "full" if facts["divisor"] == 1 else f"1/{facts['divisor']}"
    rows = [
        (f"(j) start, usable window [{size}]", *facts["start"], 2.0, None),
        (f"(k) open 5 MB article [{size}]", *facts["open"], 1.5, None),
        (f"(l) add one annotation [{size}]", *facts["add"], 3.0, 16.0),
    ]
    if facts.get("search"):
        rows.append((f"(m) search, top 50 [{size}]", *facts["search"], 1.5, None))
    rows.append((f"(n) longest scroll frame [{size}]", *facts["scroll"], None, 50.0))
    rows.append((f"(o) memory MB [{size}]", facts["memory_kb"] / 1024,
                 facts["raw_memory_kb"] / 1024, 2.0, None))
    return rows


def growth_lines(all_facts: list[dict]) -> list[str]:
    """Cost at each size against the size ten times smaller (data grows 10x)."""
    out = []
    ordered = sorted(all_facts, key=lambda f: -f["divisor"])
    for small, large in zip(ordered, ordered[1:], strict=False):
        label = f"1/{small['divisor']} -> " + ("full" if large["divisor"] == 1
                                               else f"1/{large['divisor']}")
        parts = []
        for key, name in (("start", "start"), ("open", "open article"), ("add", "add one"),
                          ("search", "search"), ("scroll", "scroll frame")):
            if small.get(key) and large.get(key):
                parts.append(f"{name} x{large[key][0] / max(small[key][0], 1e-9):.1f}")
        parts.append(f"memory x{large['memory_kb'] / max(small['memory_kb'], 1):.1f}")
        out.append(f"growth {label} (data x10): " + ", ".join(parts))
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["--in-window"]:
        print(json.dumps(measure_in_window(json.loads(argv[1]))))
        return 0
    from benchmarks.run import print_table

    sizes = [100, 10, 1]
    if argv[:1] == ["--sizes"]:
        sizes = [int(s) for s in argv[1].split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="annotator-large-"))
    all_facts, rows = [], []
    for divisor in sizes:
        facts = run_size(workdir, divisor)
        all_facts.append(facts)
        print(f"built 1/{divisor}: {facts['articles']:,} articles, "
              f"{facts['annotations']:,} annotations, big article "
              f"{facts['big_size'] / 1e6:.2f} MB ({facts['build_s']:.1f} s)")
        rows += figures(facts)
    failed = print_table(rows)
    for line in growth_lines(all_facts):
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
