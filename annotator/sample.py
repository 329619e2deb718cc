"""The sample project: two short articles (French, English) checked by two editors.

Built from resources/sample/ through the same importer and store API as real work, so the
sample always matches what this version of the app stores. annotations.json holds the
project settings, the party records (people and organisations, with kind, aliases and
description) and the annotations: each one's text in its article, then its fact-check
record (note, status, rating, speaker, claimant or party by the party's name, a figure's
value, unit and reference date, evidence) and who created and last changed it.

    python -m annotator.sample OUT.annot [--if-missing]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from annotator.core.model import (
    RATING_BY_ID,
    STATUSES,
    Article,
    Evidence,
    Party,
    new_id,
)
from annotator.io import importers
from annotator.io.errors import ImportFailed
from annotator.paths import resources_dir
from annotator.store import Project, ProjectError

SAMPLE_ARTICLES = ("fr-plan-social.md", "en-open-letter.md")


def sample_dir() -> Path:
    return resources_dir() / "sample"


def build_sample_project(path: str | os.PathLike, author: str = "Sample") -> Project:
    """Create the sample project at `path` (which must not exist) and return it open.

    Raises ValueError naming the text of an annotation that cannot be found in its article
    (or a party, status or rating that does not exist), so that a typo in annotations.json
    fails the tests rather than silently vanishing.
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


# What an entry of annotations.json may say, beyond where its text is.
_ENTRY_KEYS = frozenset({"article", "category", "exact", "occurrence", "note", "status",
                         "rating", "speaker", "claimant", "party", "value", "unit", "ref_date",
                         "author", "updated_by", "evidence"})
# The party link each built-in category carries, and the figure-only fields.
_LINKS = {"speaker": ("quote", "speaker_id"), "claimant": ("figure", "claimant_id"),
          "party": ("party", "party_id")}
_FIGURE_FIELDS = ("value", "unit", "ref_date")
_EVIDENCE_KEYS = frozenset({"url", "title", "consulted_at", "note"})


def _fill(project: Project) -> None:
    folder = sample_dir()
    articles = {}
    for name in SAMPLE_ARTICLES:
        articles[name] = project.add_article(importers.extract(folder / name))
    data = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    if isinstance(data, list):  # the first format: annotations only
        data = {"annotations": data}
    unknown = set(data) - {"about", "settings", "parties", "annotations"}
    if unknown:
        raise ValueError(f"annotations.json: unknown keys {sorted(unknown)}")
    if data.get("settings"):
        project.set_settings(**data["settings"])
    parties = {}
    for entry in data.get("parties", []):
        unknown = set(entry) - {"name", "kind", "aliases", "description"}
        if unknown:
            raise ValueError(f"annotations.json: party {entry.get('name')!r}: unknown keys "
                             f"{sorted(unknown)}")
        party = Party(new_id(), entry["name"], entry.get("kind", "other"),
                      list(entry.get("aliases", [])), entry.get("description", ""))
        if party.name in parties:
            raise ValueError(f"annotations.json: party {party.name!r} is listed twice")
        parties[party.name] = project.add_party(party)
    default_author = project.author
    try:
        for entry in data["annotations"]:
            _add_entry(project, articles, parties, entry, default_author)
    finally:
        project.author = default_author


def _add_entry(project: Project, articles: dict[str, Article], parties: dict[str, Party],
               entry: dict, default_author: str) -> None:
    """One annotation as a checker makes it: the highlight first (by its author), then
    the record filled in (by whoever checked it): note, status, rating, links, evidence."""
    where = f"annotations.json: {entry.get('exact')!r}"
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    article = articles.get(entry["article"])
    if article is None:
        raise ValueError(f"annotations.json: no sample article {entry['article']!r}")
    category = entry["category"]
    if project.category(category) is None:
        raise ValueError(f"annotations.json: no category {category!r}")
    status = entry.get("status", "to_check")
    if status not in STATUSES:
        raise ValueError(f"annotations.json: unknown status {status!r}")
    rating = entry.get("rating")
    if rating is not None and rating not in RATING_BY_ID:
        raise ValueError(f"{where}: unknown rating {rating!r}")
    if rating is not None and category not in ("quote", "figure"):
        raise ValueError(f"{where}: only a quote or a figure has a rating")
    start = _find(article.text, entry["exact"], entry.get("occurrence", 1))
    if start < 0:
        raise ValueError(
            f"annotations.json: {entry['exact']!r} (occurrence "
            f"{entry.get('occurrence', 1)}) is not in {entry['article']}"
        )
    fields: dict = {"note": entry.get("note", ""), "status": status}
    if rating is not None:
        fields["rating"] = rating
    for key, (link_category, field) in _LINKS.items():
        if key not in entry:
            continue
        if category != link_category:
            raise ValueError(f"{where}: a {category} has no {key} (only a {link_category})")
        party = parties.get(entry[key])
        if party is None:
            raise ValueError(f"{where}: {key} {entry[key]!r} is not a party of the sample")
        fields[field] = party.id
    for key in _FIGURE_FIELDS:
        if key in entry:
            if category != "figure":
                raise ValueError(f"{where}: only a figure has a {key}")
            fields[key] = entry[key]

    project.author = entry.get("author", default_author)
    ann = project.new_annotation(article, category, start, start + len(entry["exact"]))
    project.add_annotation(ann)
    # Then edited, as a checker would: the record comes after the highlight.
    project.author = entry.get("updated_by", project.author)
    project.update_annotation(ann.id, **fields)
    for source in entry.get("evidence", []):
        unknown = set(source) - _EVIDENCE_KEYS
        if unknown or not (source.get("url") or source.get("title")):
            raise ValueError(f"{where}: evidence needs a url or a title, and only "
                             f"{sorted(_EVIDENCE_KEYS)}")
        project.add_evidence(Evidence(new_id(), ann.id, source.get("url", ""),
                                      source.get("title", ""), source.get("consulted_at"),
                                      source.get("note", "")))


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
