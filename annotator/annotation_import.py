"""Annotations from other tools: W3C Web Annotation files, brat standoff pairs and
REFI-QDA projects (.qdpx).

Planning reads the files and places every annotation in the project's articles without
writing anything, so the GUI can show what would happen and the CLI can report it; storing
the plan is then one transaction. A brat .txt that is not the text of an article already
in the project becomes a new article, as long as importing it would not change its
characters (offsets would no longer match). A .qdpx brings its texts (new articles unless
the project has the same text) and its codes (new categories unless one has the name).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import Annotation, Article, Category, ProjectData
from annotator.core.text import normalize_text, text_sha256
from annotator.io.errors import ImportFailed
from annotator.store import Project

W3C_SUFFIXES = (".jsonld",)
BRAT_SUFFIX = ".ann"
QDPX_SUFFIX = ".qdpx"
# A project JSON and a W3C file both end in .json; a W3C file names the anno context.
_W3C_CONTEXT = "www.w3.org/ns/anno.jsonld"


@dataclass
class AnnotationImport:
    """What importing some files would add, and what was left out and why."""

    articles: list[Article] = field(default_factory=list)  # brat/qdpx texts new to the project
    categories: list[Category] = field(default_factory=list)  # qdpx codes new to the project
    annotations: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not added, with the reason
    warnings: list[str] = field(default_factory=list)  # added, but something was dropped
    failed: list[tuple[str, str]] = field(default_factory=list)  # unusable files: (file, why)

    def summary(self) -> str:
        touched = len({a.article_id for a in self.annotations})
        parts = [f"{len(self.annotations)} annotation{_s(self.annotations)} "
                 f"in {touched} article{'s' if touched != 1 else ''}"]
        if self.articles:
            parts.append(f"{len(self.articles)} new article{_s(self.articles)}")
        if self.categories:
            parts.append(f"{len(self.categories)} new categor"
                         f"{'y' if len(self.categories) == 1 else 'ies'}")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning{_s(self.warnings)}")
        if self.failed:
            parts.append(f"{len(self.failed)} file{_s(self.failed)} failed")
        return "; ".join(parts)


def _s(items: list) -> str:
    return "" if len(items) == 1 else "s"


def is_annotation_file(path: Path) -> bool:
    """W3C (.jsonld, or a .json naming the anno context), brat (.ann) or REFI-QDA (.qdpx)."""
    suffix = path.suffix.lower()
    if suffix in W3C_SUFFIXES or suffix in (BRAT_SUFFIX, QDPX_SUFFIX):
        return True
    if suffix == ".json" and path.is_file():
        try:
            with path.open("rb") as f:
                head = f.read(4096).decode("utf-8", "replace")
        except OSError:
            return False
        return _W3C_CONTEXT in head
    return False


def brat_text_of(path: Path) -> Path | None:
    """The .txt of a brat pair, when `path` is an .ann (or a .txt with an .ann beside it)."""
    if path.suffix.lower() == BRAT_SUFFIX:
        return path.with_suffix(".txt")
    if path.suffix.lower() == ".txt" and path.with_suffix(BRAT_SUFFIX).is_file():
        return path
    return None


def plan_annotation_import(project: Project, paths: list[str | os.PathLike]) -> AnnotationImport:
    """Read the files and place their annotations; the project is not changed.

    A file that cannot be used at all (unreadable, malformed, another project's articles)
    goes to `failed` with its message; the others are still planned.
    """
    from annotator.io.brat import plan_brat_import
    from annotator.io.qdpx import MAX_UNZIPPED_BYTES, plan_qdpx_import
    from annotator.io.w3c import plan_w3c_import

    data = project.snapshot(include_deleted=False)
    plan = AnnotationImport()
    for raw in paths:
        path = Path(raw)
        try:
            if path.suffix.lower() == BRAT_SUFFIX:
                txt, ann = _read(path.with_suffix(".txt")), _read(path)
                article = _article_for(project, data, normalize_text(txt), path, plan)
                part = plan_brat_import(txt, ann, data, article.id, str(path))
            elif path.suffix.lower() == QDPX_SUFFIX:
                part = plan_qdpx_import(_read_bytes(path, MAX_UNZIPPED_BYTES), data, str(path))
                plan.articles += part.articles
                plan.categories += part.categories
                data.articles += part.articles  # a later file attaches to them, not anew
                data.categories += part.categories
            else:
                part = plan_w3c_import(_read(path), data, str(path))
        except ImportFailed as exc:
            plan.failed.append((str(path), str(exc)))
            continue
        plan.annotations += part.annotations
        plan.skipped += [f"{path.name}: {s}" for s in part.skipped]
        plan.warnings += [f"{path.name}: {w}" for w in part.warnings]
        data.annotations += part.annotations  # a later file must not add them twice
    return plan


def store_annotation_import(project: Project, plan: AnnotationImport) -> None:
    """Add the plan's new articles, categories and annotations in one transaction."""
    project.add_imported_annotations(plan.articles, plan.annotations, plan.categories)


def import_annotation_files(project: Project,
                            paths: list[str | os.PathLike]) -> AnnotationImport:
    plan = plan_annotation_import(project, paths)
    store_annotation_import(project, plan)
    return plan


def _read(path: Path) -> str:
    from annotator.io.importers import MAX_IMPORT_BYTES

    try:
        return _read_bytes(path, MAX_IMPORT_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{path}: not UTF-8 (byte {exc.start})") from None


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFailed(f"{path}: too large to import ({size / 1e6:.1f} MB; the limit "
                               f"is {limit / 1e6:.0f} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def _article_for(project: Project, data: ProjectData, text: str, ann_path: Path,
                 plan: AnnotationImport) -> Article:
    """The live article whose text is the brat .txt, else a new one (added to `data`)."""
    from annotator.io.importers import article_from_text

    for article in (*plan.articles, project.article_by_hash(text_sha256(text))):
        if article is not None and article.text == text:
            return article
    article = article_from_text(text, ann_path.with_suffix(".txt").name)
    if article.text != text:
        raise ImportFailed(
            f"{ann_path}: its .txt is not an article of the project, and importing it as one "
            "would change its spacing, so the offsets would no longer match")
    plan.articles.append(article)
    data.articles.append(article)
    return article
