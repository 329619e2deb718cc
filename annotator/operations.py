"""Use cases shared by the command line and the GUI: they join importers, store and exporters.

Kept out of io/ and store/ so those two stay independent of each other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import Article
from annotator.io.errors import ImportFailed
from annotator.store import Project

PROJECT_JSON_SUFFIX = ".json"


class DuplicateArticle(ImportFailed):
    """The same normalised text is already in the project."""


@dataclass
class ImportReport:
    imported: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, existing title)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    project_rows: dict[str, int] = field(default_factory=dict)  # from project JSON files

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} skipped as duplicates")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.project_rows:
            parts.append(
                ", ".join(f"{n} {table}" for table, n in self.project_rows.items() if n)
                + " loaded from project JSON"
            )
        return "; ".join(parts)


def importable_files(paths: list[str | os.PathLike], recursive: bool = False) -> list[Path]:
    """Expand folders (one level, or all levels with recursive) into importable files."""
    from annotator.io.importers import IMPORT_EXTENSIONS

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pattern = "**/*" if recursive else "*"
            found += sorted(
                p for p in path.glob(pattern)
                if p.is_file() and p.suffix.lower() in IMPORT_EXTENSIONS
            )
        else:
            found.append(path)
    return found


def prepare_article(project: Project, path: str | os.PathLike) -> Article:
    """Read one file into an Article ready to store; refuses texts already in the project."""
    from annotator.io.importers import extract

    article = extract(path)
    existing = project.article_by_hash(article.text_sha256)
    if existing is not None:
        raise DuplicateArticle(f"{path}: already in the project as “{existing.title}”")
    return article


def import_paths(project: Project, paths: list[str | os.PathLike],
                 recursive: bool = False) -> ImportReport:
    """Import files and folders; each article is stored whole or not at all."""
    from annotator.io.interchange import read_project_json

    report = ImportReport()
    for path in importable_files(paths, recursive):
        try:
            if path.suffix.lower() == PROJECT_JSON_SUFFIX:
                for table, n in project.load(read_project_json(path)).items():
                    report.project_rows[table] = report.project_rows.get(table, 0) + n
                continue
            article = prepare_article(project, path)
            project.add_article(article)
            report.imported.append(article)
        except DuplicateArticle as exc:
            report.duplicates.append((str(path), str(exc)))
        except ImportFailed as exc:
            report.failed.append((str(path), str(exc)))
    return report


def export_project(project: Project, fmt: str, out: str | os.PathLike,
                   article_ids: list[str] | None = None,
                   template_dir: str | os.PathLike | None = None) -> Path:
    """Write a fact sheet or the interchange file; returns the written path.

    template_dir: a newsroom's copy of exports/ for the HTML fact sheet (default: ours).
    """
    from annotator.io.exporters import export

    return export(project.snapshot(article_ids), fmt, out, article_ids=article_ids,
                  template_dir=Path(template_dir) if template_dir else None)
