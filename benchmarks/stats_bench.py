"""Times the statistics dashboard's queries (store/stats.py) on a large synthetic project.

    .venv/bin/python benchmarks/stats_bench.py [PROJECT]

Builds (once; an existing file at PROJECT is reused) a project of 10,000 articles of about
4,000 characters and 500,000 annotations: five categories, every status, 2,000 parties
linked as speakers, mentions and claimants, figures with a dozen units, six editors over
four months, 2 % of the annotations deleted, 1 % orphaned and 20 articles deleted. Then
prints the median time of `statistics()` for the whole project and for one article, cold
(first call after opening) and warm.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.core.model import (  # noqa: E402
    BUILTIN_STATUSES,
    Annotation,
    Article,
    Party,
    ProjectData,
    new_id,
)
from annotator.core.text import text_sha256  # noqa: E402
from annotator.store import Project  # noqa: E402
from annotator.store.stats import statistics as project_statistics  # noqa: E402

ARTICLES = 10_000
PER_ARTICLE = 50
PARTIES = 2_000
EDITORS = ("Camille", "Lina", "Marc", "Sophie", "Yann", "")
UNITS = ("%", "€", "millions d'euros", "postes", "salariés", "km", "habitants", "$", "",
         None, "tonnes", "ans")
WORDS = ("le la les des salariés plan social « Nous supprimerons » 14\u202f000 postes "
         "50 milliards de dollars plus de 2400 syndicat entreprise a déclaré selon "
         "the company said layoffs about 1,000 jobs 3.5% Andy Jassy").split()
START = datetime(2024, 1, 8, 7, tzinfo=timezone.utc)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _text(rng: random.Random, size: int = 4000) -> str:
    words, length = [], 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size] + "."


def build(path: Path) -> None:
    rng = random.Random(2024)
    project = Project.create(path, author="bench")
    user_categories = [project.add_category("Claim", "#c678dd").id,
                       project.add_category("Date", "#e06c75").id]
    categories = (["quote"] * 35 + ["figure"] * 25 + ["party"] * 30
                  + user_categories * 5)
    statuses = [s.id for s in BUILTIN_STATUSES]
    weights = [40, 15, 25, 8, 7, 5]
    parties = [Party(new_id(), f"Party {i}", "person") for i in range(PARTIES)]
    party_weights = [1 / (i + 1) for i in range(PARTIES)]  # a few are quoted very often
    project.load(ProjectData(parties=parties))
    deleted_articles: list[str] = []
    for chunk in range(0, ARTICLES, 1_000):
        articles, annotations = [], []
        for i in range(chunk, chunk + 1_000):
            text = _text(rng)
            article = Article(new_id(), f"Article {i}", text, text_sha256=text_sha256(text),
                              origin="bench")
            articles.append(article)
            if i % 500 == 7:
                deleted_articles.append(article.id)
            for _ in range(PER_ARTICLE):
                start = rng.randrange(0, len(text) - 60)
                end = start + rng.randint(3, 60)
                category = rng.choice(categories)
                created = START + timedelta(minutes=rng.randrange(0, 120 * 24 * 60))
                author = rng.choice(EDITORS)
                updated, updated_by = created, author
                if rng.random() < 0.4:
                    updated = created + timedelta(minutes=rng.randrange(1, 20 * 24 * 60))
                    updated_by = rng.choice(EDITORS)
                ann = Annotation(
                    new_id(), article.id, category, start, end, text[start:end],
                    text[max(0, start - 32):start], text[end:end + 32],
                    status=rng.choices(statuses, weights)[0], author=author,
                    created_at=_stamp(created), updated_at=_stamp(updated),
                    updated_by=updated_by)
                roll = rng.random()
                if category == "quote" and roll < 0.7:
                    ann.speaker_id = rng.choices(parties, party_weights)[0].id
                elif category == "party" and roll < 0.8:
                    ann.party_id = rng.choices(parties, party_weights)[0].id
                elif category == "figure":
                    ann.value, ann.unit = str(rng.randint(1, 10_000)), rng.choice(UNITS)
                    if roll < 0.3:
                        ann.claimant_id = rng.choices(parties, party_weights)[0].id
                if roll > 0.98:
                    ann.deleted_at = ann.updated_at
                elif roll > 0.97:
                    ann.orphaned_at = ann.updated_at
                annotations.append(ann)
        project.load(ProjectData(articles=articles, annotations=annotations))
        print(f"  {chunk + 1_000} articles", file=sys.stderr)
    project.delete_articles(deleted_articles)
    project.close()


def median_ms(call, repeats: int) -> tuple[float, float]:
    """(first call, median of the next `repeats`) in milliseconds."""
    samples = []
    for _ in range(repeats + 1):
        t0 = time.perf_counter()
        call()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples[0], statistics.median(samples[1:])


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / (
        "annotator-stats-bench.annot")
    if not path.exists():
        print(f"building {path} …", file=sys.stderr)
        t0 = time.perf_counter()
        build(path)
        print(f"  built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with Project.open(path) as project:
        article_id = project.article_ids()[1234]
        whole = median_ms(lambda: project_statistics(project.conn), 5)
        one = median_ms(lambda: project_statistics(project.conn, article_id), 20)
        stats = project_statistics(project.conn)
    print(f"project: {stats.totals.articles} articles, {stats.totals.annotations} annotations, "
          f"{stats.totals.orphans} orphans")
    print(f"whole project: first {whole[0]:.0f} ms, then {whole[1]:.0f} ms (median)")
    print(f"one article:   first {one[0]:.1f} ms, then {one[1]:.1f} ms (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
