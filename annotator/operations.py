"""Use cases shared by the command line and the GUI: they join importers, store and exporters.

Kept out of io/ and store/ so those two stay independent of each other.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from annotator.annotation_import import (
    AnnotationImport,
    brat_text_of,
    import_annotation_files,
    is_annotation_file,
)
from annotator.core.model import Article
from annotator.io.errors import ImportFailed
from annotator.store import Project

PROJECT_JSON_SUFFIX = ".json"


@dataclass
class ImportReport:
    imported: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    duplicate_of: dict[str, str] = field(default_factory=dict)  # file → existing title
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    project_rows: dict[str, int] = field(default_factory=dict)  # from project JSON files
    annotations: AnnotationImport | None = None  # from W3C and brat files

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
        if self.annotations is not None:
            parts.append(self.annotations.summary() + " from annotation files")
        return "; ".join(parts)


# A browser's "Web page, complete" puts the page's images, scripts and frames in a folder
# named after it: "page_files" (Chrome, Firefox in English), "page_fichiers" (Firefox in
# French), "page-Dateien"... Its .html frames are ads and widgets, not articles.
_SAVED_PAGE_FOLDER = re.compile(r"^(?P<stem>.+?)(?:_files|_fichiers|-Dateien|_archivos|_file)$")


def importable_files(paths: list[str | os.PathLike], recursive: bool = False) -> list[Path]:
    """Expand folders (one level, or all levels with recursive) into importable files.

    Files named directly are kept whatever their extension (the importer then says why it
    cannot read them); in folders, hidden files and the folders of saved pages are skipped.
    The .txt of a brat pair is read with its .ann, so only the .ann is listed.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += _folder_files(path, recursive)
        else:
            found.append(path)
    pairs = {brat_text_of(p) for p in found if p.suffix.lower() == ".ann"}
    return [p for p in found if p not in pairs]


def _folder_files(folder: Path, recursive: bool) -> list[Path]:
    from annotator.io.importers import IMPORT_EXTENSIONS

    folder_suffixes = {*IMPORT_EXTENSIONS, ".ann", ".jsonld", ".qdpx"}
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        pages = {Path(n).stem for n in names if Path(n).suffix.lower() in (".html", ".htm")}
        dirs[:] = sorted(d for d in dirs if recursive and not d.startswith(".")
                         and not _is_saved_page_folder(d, pages))
        files += [here / n for n in sorted(names)
                  if not n.startswith(".") and Path(n).suffix.lower() in folder_suffixes]
    return files


def _is_saved_page_folder(name: str, page_stems: set[str]) -> bool:
    match = _SAVED_PAGE_FOLDER.match(name)
    return bool(match) and match.group("stem") in page_stems


def extract_one(path: Path) -> Article | ImportFailed:
    """The file's article, or why it cannot be imported. Touches no project (thread-safe)."""
    from annotator.io.importers import extract

    try:
        return extract(path)
    except ImportFailed as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 -- a reader bug must not end a 500-file batch
        return ImportFailed(f"{path}: could not be read ({type(exc).__name__}: {exc})")


def store_articles(project: Project, found: list[tuple[Path, Article]],
                   report: ImportReport) -> list[Article]:
    """Store, in one transaction, the articles whose text is not in the project yet.

    Duplicates (by normalised-text hash, also within `found`) go to the report.
    """
    new: list[Article] = []
    seen: dict[str, Article] = {}
    for path, article in found:
        existing = seen.get(article.text_sha256) or project.article_by_hash(article.text_sha256)
        if existing is not None:
            report.duplicates.append(
                (str(path), f"{path}: already in the project as “{existing.title}”"))
            report.duplicate_of[str(path)] = existing.title
        else:
            seen[article.text_sha256] = article
            new.append(article)
    project.add_articles(new)
    report.imported += new
    return new


def import_paths(project: Project, paths: list[str | os.PathLike],
                 recursive: bool = False) -> ImportReport:
    """Import files and folders; each article is stored whole or not at all.

    Project JSON files are loaded first, then articles are read, then the annotations of
    W3C and brat files are placed (in the articles, old or new, whose text they annotate).
    """
    from annotator.io.interchange import read_project_json

    report = ImportReport()
    files = importable_files(paths, recursive)
    annotation_files = [p for p in files if is_annotation_file(p)]
    json_files = [p for p in files if p.suffix.lower() == PROJECT_JSON_SUFFIX
                  and p not in annotation_files]
    for path in json_files:
        try:
            for table, n in project.load(read_project_json(path)).items():
                report.project_rows[table] = report.project_rows.get(table, 0) + n
        except ImportFailed as exc:
            report.failed.append((str(path), str(exc)))
    for path in files:
        if path in json_files or path in annotation_files:
            continue
        result = extract_one(path)
        if isinstance(result, ImportFailed):
            report.failed.append((str(path), str(result)))
        else:
            store_articles(project, [(path, result)], report)
    if annotation_files:
        report.annotations = import_annotation_files(project, annotation_files)
        report.imported += report.annotations.articles
        report.failed += report.annotations.failed
    return report


def project_gazetteer(project: Project):
    """Every party the project knows, and every text annotated as a party, to be found
    again in any article (the suggestion engine's gazetteer)."""
    from annotator.suggest.gazetteer import Gazetteer, KnownParty

    known = [KnownParty(p.name, p.kind, tuple(p.aliases), p.id) for p in project.parties()]
    names = {n.casefold() for p in known for n in (p.name, *p.aliases)}
    for exact in project.party_mention_texts():
        if exact.casefold() not in names:
            known.append(KnownParty(exact, "organisation" if exact.isupper() else "person"))
            names.add(exact.casefold())
    return Gazetteer(known)


def export_project(project: Project, fmt: str, out: str | os.PathLike,
                   article_ids: list[str] | None = None,
                   template_dir: str | os.PathLike | None = None,
                   should_stop=None, on_stage=None,
                   meta_defaults: dict[str, str] | None = None) -> Path:
    """Write a fact sheet or the interchange file; returns the written path.

    template_dir: a newsroom's copy of exports/ for the HTML fact sheet (default: ours).
    should_stop, on_stage: for a background export, its Cancel (see io.exporters.export)
    and what it is doing ("reading", then "writing").
    meta_defaults: project settings to use where the project has none (the editor's
    organisation, from their preferences); the file is not changed.
    """
    from annotator.io.errors import ExportCancelled
    from annotator.io.exporters import export

    if on_stage:
        on_stage("reading")
    data = project.snapshot(article_ids)
    for key, value in (meta_defaults or {}).items():
        if value and not data.meta.get(key):
            data.meta[key] = value
    if should_stop is not None and should_stop():
        raise ExportCancelled(f"{out}: export cancelled; nothing was written")
    if on_stage:
        on_stage("writing")
    return export(data, fmt, out, article_ids=article_ids,
                  template_dir=Path(template_dir) if template_dir else None,
                  should_stop=should_stop)


def datasette_metadata_path(project_path: str | os.PathLike) -> Path:
    """Where the metadata goes by default: beside the project, `desk.datasette.json`."""
    path = Path(project_path)
    return path.with_name(f"{path.stem}.datasette.json")


def write_datasette_metadata(project: Project, out: str | os.PathLike | None = None) -> Path:
    """Write the Datasette metadata and canned queries for this project (see
    store.datasette); returns the path. The project file itself is not changed."""
    import json

    from annotator.io.atomic import write_atomically
    from annotator.io.errors import ExportFailed
    from annotator.store.datasette import datasette_metadata

    path = Path(out) if out else datasette_metadata_path(project.path)
    metadata = datasette_metadata(project.path, project.meta())
    try:
        write_atomically(path, json.dumps(metadata, ensure_ascii=False, indent=2).encode())
    except OSError as exc:
        raise ExportFailed(f"{path}: {exc.strerror or exc}") from exc
    return path


def preview_html(project: Project, article_ids: list[str] | None = None,
                 template_dir: str | os.PathLike | None = None) -> str:
    """The HTML fact sheet, shaped for Qt's rich text (what the PDF shows), for a preview."""
    from annotator.io.exporters import render_sheet_html
    from annotator.io.factsheet_pdf import qt_html

    data = project.snapshot(article_ids, include_deleted=False)
    return qt_html(render_sheet_html(data, article_ids,
                                     Path(template_dir) if template_dir else None))
