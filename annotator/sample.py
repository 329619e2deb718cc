"""The sample project: two short articles (French, English) with annotations to explore.

Built from resources/sample/ through the same importer and store API as real work, so the
sample always matches what this version of the app stores.

    python -m annotator.sample OUT.annot [--if-missing]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from annotator.core.model import STATUSES
from annotator.io import importers
from annotator.io.errors import ImportFailed
from annotator.paths import resources_dir
from annotator.store import Project, ProjectError

SAMPLE_ARTICLES = ("fr-plan-social.md", "en-open-letter.md")


def sample_dir() -> Path:
    return resources_dir() / "sample"


def build_sample_project(path: str | os.PathLike, author: str = "Sample") -> Project:
    """Create the sample project at `path` (which must not exist) and return it open.

    Raises ValueError naming the text of an annotation that cannot be found in its article,
    so that a typo in annotations.json fails the tests rather than silently vanishing.
    On any failure the half-built file is removed.
    """
    path = Path(path)
    project = Project.create(path, author=author)
    try:
        _fill(project)
    except BaseException:
        project.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return project


def _fill(project: Project) -> None:
    folder = sample_dir()
    articles = {}
    for name in SAMPLE_ARTICLES:
        articles[name] = project.add_article(importers.extract(folder / name))
    entries = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    for entry in entries:
        article = articles.get(entry["article"])
        if article is None:
            raise ValueError(f"annotations.json: no sample article {entry['article']!r}")
        if project.category(entry["category"]) is None:
            raise ValueError(f"annotations.json: no category {entry['category']!r}")
        status = entry.get("status", "to_check")
        if status not in STATUSES:
            raise ValueError(f"annotations.json: unknown status {status!r}")
        start = _find(article.text, entry["exact"], entry.get("occurrence", 1))
        if start < 0:
            raise ValueError(
                f"annotations.json: {entry['exact']!r} (occurrence "
                f"{entry.get('occurrence', 1)}) is not in {entry['article']}"
            )
        ann = project.new_annotation(article, entry["category"], start,
                                     start + len(entry["exact"]))
        project.add_annotation(ann)
        # Then edited, as a checker would: the note and status come after the highlight.
        project.update_annotation(ann.id, note=entry.get("note", ""), status=status)


def _find(text: str, exact: str, occurrence: int) -> int:
    """Start of the nth (1-based) occurrence of `exact` in `text`, or -1."""
    start = -1
    for _ in range(max(1, occurrence)):
        start = text.find(exact, start + 1)
        if start < 0:
            break
    return start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m annotator.sample",
        description="Build the sample project (two annotated articles).",
    )
    parser.add_argument("out", metavar="OUT.annot", help="the project file to create")
    parser.add_argument("--if-missing", action="store_true",
                        help="do nothing if OUT.annot already exists")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if not (args.if_missing and out.exists()):
        try:
            # `make sample` writes into build/, which a fresh checkout does not have.
            out.parent.mkdir(parents=True, exist_ok=True)
            build_sample_project(out).close()
        except (ProjectError, ImportFailed, ValueError, OSError) as exc:
            print(f"annotator.sample: {exc}", file=sys.stderr)
            return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
