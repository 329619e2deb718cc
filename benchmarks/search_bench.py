"""Project search (store/search.py) beside the raw FTS5 query, on a large project.

Builds (once, cached in the temp folder) a project of 10,000 articles of about 5 KB and
500,000 annotations (a fifth with notes), then times, for a few kinds of query:
  raw:    `select rowid, snippet(...) from articles_fts where articles_fts match ?
           order by rank limit 50`, the rows fetched;
  raw+:   the same raw query over annotations_fts too (what searching both costs at least);
  search: `Project.search(text)`: both tables, deleted rows left out, bm25 with the title
          weighted, merged, snippets and the first hit's offset in each article's text.
Target: search at most 1.5x raw. Medians of repeated runs; machines are noisy.

    .venv/bin/python benchmarks/search_bench.py [--rebuild] [--path FILE]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.model import new_id, utc_now  # noqa: E402
from annotator.core.text import text_sha256  # noqa: E402
from annotator.store import Project  # noqa: E402

ARTICLES = 10_000
ANNOTATIONS = 500_000
ARTICLE_SIZE = 5_000

COMMON = ("le la les de des du un une et à en que qui dans pour par sur au aux est a "
          "été sont plus pas ne se ce il elle nous ils avec son sa ses leur mais ou "
          "comme cette être fait dit selon après avant entre depuis").split()
TOPICAL = ("présidente président gouvernement ministre réforme plan social emploi "
           "salariés entreprise syndicat grève budget déficit milliards millions euros "
           "hausse baisse chômage inflation élection sénat assemblée député loi "
           "retraites santé hôpital école université été hiver énergie électricité "
           "nucléaire climat réchauffement économie croissance région département "
           "mairie préfecture tribunal enquête justice police sécurité défense "
           "européenne Bruxelles Paris Lyon Marseille Nuvia Macron Durand").split()
PARTIES = ("Marc Durand", "Élisabeth Borne", "Nuvia", "la CGT", "le ministère de "
           "l'Économie", "Emmanuel Macron", "la présidente de la région")


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo la le li lo lu "
                 "ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so "
                 "su ta te ti to tu va ve vi vo é è ê ion ment eur ais ant").split()
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_texts(rng: random.Random) -> tuple[list[str], list[str]]:
    rare = _vocabulary(rng)
    # Zipf-like: common words often, topical words now and then, the long tail rarely.
    weights = ([40.0] * len(COMMON) + [3.0] * len(TOPICAL)
               + [1.0 / (1 + i / 50) for i in range(len(rare))])
    pool = COMMON + TOPICAL + rare
    titles, texts = [], []
    for _ in range(ARTICLES):
        words = rng.choices(pool, weights, k=ARTICLE_SIZE // 6)
        sentences, i = [], 0
        while i < len(words):
            n = rng.randint(8, 25)
            sentence = " ".join(words[i:i + n]).capitalize()
            if rng.random() < 0.15:
                sentence += f", a déclaré {rng.choice(PARTIES)}"
            if rng.random() < 0.1:
                sentence += f" : {rng.randint(2, 9999)} {rng.choice(('%', 'euros', 'postes'))}"
            sentences.append(sentence + ".")
            i += n
        paragraphs = [" ".join(sentences[j:j + 4]) for j in range(0, len(sentences), 4)]
        texts.append("\n\n".join(paragraphs)[:ARTICLE_SIZE])
        titles.append(" ".join(rng.choices(TOPICAL + rare[:500], k=rng.randint(5, 10)))
                      .capitalize())
    return titles, texts


def build(path: Path) -> None:
    rng = random.Random(7)
    titles, texts = make_texts(rng)
    started = time.perf_counter()
    with Project.create(path, author="bench") as p:
        now = utc_now()
        conn = p.conn
        conn.execute("insert into revision_pause values ('bench')")
        article_rows = [(new_id(), title, text, text_sha256(text), now)
                        for title, text in zip(titles, texts, strict=True)]
        conn.executemany(
            "insert into articles (id, title, text, text_sha256, origin, imported_at, "
            "updated_at, dateline) values (?, ?, ?, ?, 'bench', ?, ?, '')",
            [(*r, r[-1]) for r in article_rows])
        per_article = ANNOTATIONS // ARTICLES
        categories = ("quote", "figure", "party")
        batch = []
        for article_id, _title, text, _sha, _now in article_rows:
            for _ in range(per_article):
                start = rng.randrange(0, len(text) - 80)
                start = text.find(" ", start) + 1
                end = text.find(" ", start + rng.randint(3, 60))
                end = end if end > start else len(text)
                note = (f"vérifié auprès de {rng.choice(PARTIES)} le {rng.randint(1, 28)} "
                        f"{rng.choice(TOPICAL)}" if rng.random() < 0.2 else "")
                batch.append((new_id(), article_id, rng.choice(categories), start, end,
                              text[start:end], text[max(0, start - 32):start],
                              text[end:end + 32], note, now, now))
        conn.executemany(
            'insert into annotations (id, article_id, category_id, start, "end", exact, '
            "prefix, suffix, note, status, author, updated_by, created_at, updated_at) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'to_check', 'bench', 'bench', ?, ?)", batch)
        # A few tombstones, as a real project has.
        conn.execute("update articles set deleted_at = ? where rowid % 100 = 0", [now])
        conn.execute("update annotations set deleted_at = ? where rowid % 50 = 0", [now])
        conn.execute("delete from revision_pause")
        conn.commit()
        conn.execute("pragma optimize")
    print(f"built {path} in {time.perf_counter() - started:.0f} s "
          f"({path.stat().st_size / 1e6:.0f} MB)")


QUERIES = {
    "rare word": "bavelion",
    "topical word": "présidente",
    "accents typed without": "presidente",
    "common word": "selon",
    "two words": "plan social",
    "phrase": '"a déclaré Marc Durand"',
    "prefix as typed": "gouvern",
    "words+prefix": "réforme retr",
}


def _interleaved_ms(fns: list, repeats: int) -> list[float]:
    """Median ms of each function, run in turn in every round (the machine's load then
    weighs on all of them alike)."""
    for fn in fns:
        fn()  # warm the page cache
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for fn, out in zip(fns, samples, strict=True):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return [statistics.median(s) for s in samples]


def measure(path: Path, repeats: int = 21) -> list[tuple[str, float, float, float, int]]:
    from annotator.store.search import parse_query

    results = []
    with Project.open(path, read_only=True) as p:
        conn = p.conn

        def raw(fts: str, table: str = "articles_fts") -> list:
            return conn.execute(
                f"select rowid, snippet({table}, -1, '[', ']', '…', 12) from {table} "
                f"where {table} match ? order by rank limit 50", [fts]).fetchall()

        for label, text in QUERIES.items():
            fts = parse_query(text).fts
            raw_ms, both_ms, ours_ms = _interleaved_ms([
                lambda f=fts: raw(f),
                lambda f=fts: (raw(f), raw(f, "annotations_fts")),
                lambda t=text: p.search(t),
            ], repeats)
            results.append((label, ours_ms, raw_ms, both_ms, len(p.search(text))))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path,
                        default=Path(tempfile.gettempdir()) / "annotator-search-bench.annot")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    if args.rebuild and args.path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.path}{suffix}").unlink(missing_ok=True)
    if not args.path.exists():
        build(args.path)
    print(f"{'query':<24}{'search ms':>11}{'raw ms':>9}{'ratio':>7}"
          f"{'raw both':>10}{'ratio':>7}{'hits':>6}")
    missed = False
    for label, ours, raw, both, hits in measure(args.path, args.repeats):
        ratio = ours / raw if raw else float("inf")
        missed |= ratio > 1.5
        print(f"{label:<24}{ours:>11.2f}{raw:>9.2f}{ratio:>7.2f}{both:>10.2f}"
              f"{ours / both if both else 0:>7.2f}{hits:>6}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
