"""Exporters: one entry point, `export`, for every format the app writes.

Fact sheets (HTML, Markdown, CSV) show live rows only; JSON keeps everything, tombstones
included, so a project can travel and come back loss-free. Every format is rendered in
memory and then written atomically: an export either fully replaces the file or leaves
what was there before.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from annotator.core.collector import collector_paused
from annotator.core.model import ProjectData
from annotator.io import interchange
from annotator.io.atomic import write_atomically
from annotator.io.errors import ExportCancelled, ExportFailed
from annotator.io.factsheet import SheetError, known_article_ids, sheets
from annotator.io.factsheet_csv import render_csv
from annotator.io.factsheet_html import render_html
from annotator.io.factsheet_md import render_md
from annotator.paths import exports_dir

FORMATS: dict[str, str] = {
    "html": "HTML fact sheet",
    "pdf": "PDF fact sheet (printable, numbered pages)",
    "md": "Markdown fact sheet",
    "docx": "Word fact sheet (.docx)",
    "csv": "CSV (one row per annotation)",
    "json": "JSON (whole project, loss-free)",
    "claimreview": "ClaimReview JSON-LD (rated quotes and figures)",
    "w3c": "W3C Web Annotation JSON-LD",
    "brat": "brat standoff (a folder of .txt and .ann files)",
    "qdpx": "REFI-QDA project (.qdpx) for QualCoder, NVivo, ATLAS.ti, MAXQDA",
}
EXTENSIONS: dict[str, str] = {"html": ".html", "pdf": ".pdf", "md": ".md", "docx": ".docx",
                              "csv": ".csv", "json": ".json", "claimreview": ".jsonld",
                              "w3c": ".jsonld", "brat": "", "qdpx": ".qdpx"}


def export(
    data: ProjectData,
    fmt: str,
    out: str | os.PathLike,
    article_ids: list[str] | None = None,
    template_dir: Path | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Path:
    """Write `data` (a Project.snapshot(), tombstones included) as `fmt` to `out`.

    article_ids=None exports the whole project; a list exports those articles (one id
    gives a single-article fact sheet). For JSON a list keeps those articles with all
    their annotations and evidence, plus every category and party.
    Raises ExportFailed("<out>: <problem>"); `out` is then as it was before.
    should_stop: asked before rendering and before writing (a background export's Cancel);
    when it says True, ExportCancelled is raised and nothing is written.
    """
    path = Path(out)
    if fmt not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportFailed(f"{out}: unknown export format {fmt!r} (known formats: {known})")
    if article_ids is not None and not article_ids:
        raise ExportFailed(f"{out}: no articles selected")
    if fmt != "json":
        data = _placed(data)
    try:
        if fmt == "brat":
            _write_brat(data, path, article_ids)
            return path
        _stop_if_asked(should_stop, out)
        with collector_paused():  # see annotator.core.collector
            payload = _render(data, fmt, path, article_ids, template_dir)
        _stop_if_asked(should_stop, out)
        write_atomically(path, payload)
    except ExportFailed:
        raise
    except SheetError as e:
        raise ExportFailed(f"{out}: {e}") from e
    except OSError as e:
        raise ExportFailed(f"{out}: cannot write: {e.strerror or e}") from e
    except Exception as e:  # a bug must still surface as one clear line, not a half file
        raise ExportFailed(f"{out}: export failed: {type(e).__name__}: {e}") from e
    return path


def _stop_if_asked(should_stop: Callable[[], bool] | None, out) -> None:
    if should_stop is not None and should_stop():
        raise ExportCancelled(f"{out}: export cancelled; nothing was written")


def _render(
    data: ProjectData,
    fmt: str,
    path: Path,
    article_ids: list[str] | None,
    template_dir: Path | None,
) -> bytes:
    if fmt == "json":
        return interchange.dumps(_subset(data, article_ids)).encode("utf-8")
    if fmt == "claimreview":
        from annotator.io.claimreview import render_claimreview

        return render_claimreview(data, article_ids).encode("utf-8")
    if fmt == "w3c":
        from annotator.io.w3c import render_w3c

        return render_w3c(data, article_ids).encode("utf-8")
    if fmt == "qdpx":
        from annotator.io.qdpx import render_qdpx

        return render_qdpx(data, article_ids)
    chosen = sheets(data, article_ids)
    # Asking for one article gives that article's sheet; a project that happens to hold
    # one article still gets a project sheet.
    single = article_ids is not None and len(chosen) == 1
    if single:
        title = chosen[0].article.title or "Untitled article"
    else:
        title = data.meta.get("title") or path.stem
    if fmt in ("html", "pdf"):
        folder = template_dir if template_dir is not None else exports_dir()
        html = render_html(data, chosen, title, single, Path(folder))
        if fmt == "html":
            return html.encode("utf-8")
        from annotator.io.factsheet_pdf import render_pdf  # Qt: loaded only when asked

        return render_pdf(html, title)
    if fmt == "md":
        return render_md(data, chosen, title, single).encode("utf-8")
    if fmt == "docx":
        from annotator.io.factsheet_docx import render_docx

        return render_docx(data, article_ids, title, single)
    # The BOM makes Excel read UTF-8 (accents, « », emoji) instead of the local code page.
    parties = {p.id: p.name for p in data.parties}
    return render_csv(chosen, parties).encode("utf-8-sig")


def render_sheet_html(data: ProjectData, article_ids: list[str] | None,
                      template_dir: Path | None = None) -> str:
    """The HTML fact sheet as text (for a preview): what `export(..., "html")` writes."""
    return _render(_placed(data), "html", Path(data.meta.get("title") or "project"), article_ids,
                   template_dir).decode("utf-8")


def _write_brat(data: ProjectData, folder: Path, article_ids: list[str] | None) -> None:
    """brat reads a folder: per article <name>.txt and <name>.ann, plus annotation.conf.
    Each file is written atomically; the folder is created if needed."""
    from annotator.io.brat import render_brat, render_brat_annotation_conf

    chosen = [s.article for s in sheets(data, article_ids)]
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for article in chosen:
        txt, ann = render_brat(data, article.id)
        stem = _unique(_file_stem(article.title) or "article", used)
        write_atomically(folder / f"{stem}.txt", txt.encode("utf-8"))
        write_atomically(folder / f"{stem}.ann", ann.encode("utf-8"))
    write_atomically(folder / "annotation.conf",
                     render_brat_annotation_conf(data).encode("utf-8"))


def _file_stem(title: str) -> str:
    import re
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-")[:60].lower()


def _unique(stem: str, used: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in used:
        candidate, n = f"{stem}-{n}", n + 1
    used.add(candidate)
    return candidate


def _placed(data: ProjectData) -> ProjectData:
    """Without orphans (annotations a revision of the text left without a place): only the
    JSON interchange, which keeps everything, carries them."""
    if not any(a.orphaned_at for a in data.annotations):
        return data
    return replace(data, annotations=[a for a in data.annotations if not a.orphaned_at])


def _subset(data: ProjectData, article_ids: list[str] | None) -> ProjectData:
    """The chosen articles with everything that hangs off them (tombstones too)."""
    if article_ids is None:
        return data
    wanted = known_article_ids(data, article_ids)
    annotations = [a for a in data.annotations if a.article_id in wanted]
    kept = {a.id for a in annotations}
    return replace(
        data,
        articles=[a for a in data.articles if a.id in wanted],
        annotations=annotations,
        evidence=[e for e in data.evidence if e.annotation_id in kept],
        rejected_suggestions=[r for r in data.rejected_suggestions if r.article_id in wanted],
    )
