"""The `annotator` command: the GUI, plus scripting over core/store/io.

Errors print one line on stderr naming the file and the problem, and exit non-zero.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from annotator import APP_NAME, __version__

COMMANDS = ("new", "sample", "import", "list", "annotate", "extract", "suggest", "export",
            "datasette", "revise", "merge", "share", "check")


class CliError(Exception):
    """A problem to report on one line of stderr."""


def _open(path: str, author: str = "", write: bool = True):
    """Open a project for a command.

    Writing commands (the default) hold the project's lock while they run and refuse, on
    one line, while another instance has it open. Reading commands (write=False) take no
    lock; while another instance holds one they open the project read-only.
    """
    from annotator.store import Project
    from annotator.store.errors import ProjectLockedError
    from annotator.store.locking import lock_path, read_lock

    author = author or _default_author()
    if not write:
        holder = read_lock(path)
        return Project.open(path, author=author,
                            read_only=holder is not None and not holder.stale)
    try:
        return Project.open(path, author=author, lock=True)
    except ProjectLockedError as exc:
        if exc.stale:
            raise CliError(f"{exc}: open the project in the app to clear its lock, or delete "
                           f"{lock_path(path)} if no one has it open") from exc
        raise CliError(f"{exc}; close it there first") from exc


def _live_article(project, article_id: str):
    """The article with this id, unless it is missing or deleted (then a one-line error)."""
    article = project.article(article_id)
    if article is None or article.deleted_at:
        raise CliError(f"{project.path}: no article {article_id}")
    return article


def _default_author() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "cli"


def cmd_new(args) -> int:
    from annotator.store import Project

    path = Path(args.project)
    if path.suffix != ".annot":
        raise CliError(f"{path}: project files end in .annot")
    Project.create(path, language=args.language or "").close()
    print(path)
    return 0


def cmd_sample(args) -> int:
    from annotator.sample import main as sample_main

    return sample_main([args.project] + (["--if-missing"] if args.if_missing else []))


def cmd_import(args) -> int:
    from annotator.operations import import_paths

    with _open(args.project) as project:
        missing = [p for p in args.paths if not Path(p).exists()]
        if missing:
            raise CliError(f"{missing[0]}: no such file or folder")
        report = import_paths(project, args.paths, recursive=args.recursive)
    for article in report.imported:
        print(f"{article.id}\t{article.title}")
    for _path, message in report.duplicates:
        print(f"skipped: {message}", file=sys.stderr)
    for _path, message in report.failed:
        print(message, file=sys.stderr)
    if report.annotations is not None:
        for message in report.annotations.skipped:
            print(f"skipped: {message}", file=sys.stderr)
        for message in report.annotations.warnings:
            print(f"warning: {message}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 1 if report.failed else 0


def cmd_list(args) -> int:
    import json

    with _open(args.project, write=False) as project:
        rows = project.article_summaries()
    if args.json:
        out = [{"id": r["id"], "title": r["title"], "source": r["source"] or "",
                "annotations": r["annotations"]} for r in rows]
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            print(f"{r['id']}\t{r['annotations']}\t{r['title']}")
    return 0


def cmd_annotate(args) -> int:
    from annotator.core.model import STATUSES

    with _open(args.project, args.author) as project:
        article = _live_article(project, args.article)
        category = project.category_by_name(args.category)
        if category is None:
            names = ", ".join(c.name for c in project.categories())
            raise CliError(f"{args.project}: no category {args.category!r} (have: {names})")
        if args.status not in STATUSES:
            raise CliError(f"unknown status {args.status!r} (use: {', '.join(STATUSES)})")
        try:
            annotation = project.new_annotation(article, category.id, args.start, args.end,
                                                note=args.note or "", status=args.status)
        except ValueError as exc:
            raise CliError(f"{args.project}: {exc}") from exc
        project.add_annotation(annotation)
    print(annotation.id)
    return 0


def cmd_extract(args) -> int:
    import json

    from annotator.io.importers import extract

    article = extract(args.file)
    out = {"title": article.title, "byline": article.byline or "",
           "published": article.published, "source": article.source or "",
           "url": article.url or "", "language": article.language or "", "text": article.text}
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


def suggestion_json(s) -> dict:
    """The `suggest --json` record of one suggestion (the command-line contract)."""
    out = {"category": s.category, "start": s.start, "end": s.end, "text": s.text,
           "confidence": round(s.confidence, 2)}
    if s.category == "quote":
        out.update(speaker=s.speaker, kind=s.kind)
    elif s.category == "figure":
        out.update(value=s.value, unit=s.unit, kind=s.kind, qualifier=s.qualifier)
    else:
        out.update(kind=s.kind, name=s.name)
    return out


def cmd_suggest(args) -> int:
    import json

    from annotator.io.importers import extract
    from annotator.suggest.engine import suggest

    article = extract(args.file)
    lang = article.language if args.lang == "auto" and article.language else args.lang
    found = suggest(article.text, lang)
    print(json.dumps([suggestion_json(s) for s in found], ensure_ascii=False, indent=1))
    return 0


def cmd_export(args) -> int:
    from annotator.operations import export_project

    with _open(args.project, write=False) as project:
        article_ids = None
        if args.article:
            article_ids = [_live_article(project, i).id for i in args.article]
        written = export_project(project, args.format, args.output, article_ids,
                                 template_dir=args.template)
    print(written)
    return 0


def cmd_datasette(args) -> int:
    from annotator.operations import write_datasette_metadata

    with _open(args.project, write=False) as project:
        written = write_datasette_metadata(project, args.output)
    print(written)
    print(f"Browse it with: datasette {shlex.quote(str(args.project))} "
          f"-m {shlex.quote(str(written))}", file=sys.stderr)
    return 0


def cmd_revise(args) -> int:
    from annotator.io.importers import extract

    new_text = extract(args.file).text  # read as importing it would, before any lock
    with _open(args.project, author=args.author or "") as project:
        _live_article(project, args.article)
        report = project.revise_article_text(args.article, new_text)
        orphans = project.orphans(args.article)
    if not report.changed:
        print(f"{args.file}: the same text as the article; nothing changed")
        return 0
    print(report.summary())
    for ann in orphans:
        print(f"orphan\t{ann.id}\t{ann.exact[:60]}")
    return 0


def cmd_merge(args) -> int:
    with _open(args.project) as project:
        report = project.merge(args.other, dry_run=args.dry_run)
        open_conflicts = project.merge_conflicts()
    for line in report.lines():
        print(line)
    if open_conflicts and not args.dry_run:
        print(f"{len(open_conflicts)} conflict(s) to settle: open the project and use "
              "Edit ▸ Merge Conflicts…", file=sys.stderr)
        for c in open_conflicts:
            print(f"conflict: {c.table} {c.row_id} “{c.label[:60]}”: "
                  f"{', '.join(c.differences())} differ", file=sys.stderr)
    return 0


def cmd_share(args) -> int:
    with _open(args.project, write=False) as project:
        for article_id in args.leave_out or ():
            _live_article(project, article_id)
        report = project.share_copy(args.output, without_notes=args.without_notes,
                                    leave_out=args.leave_out or ())
    for line in report.lines():
        print(line)
    return 0


def cmd_check(args) -> int:
    import json

    from annotator.store.errors import DamagedProjectError

    if args.recover:
        return _recover(args)
    try:
        with _open(args.project, write=False) as project:
            report = project.check()
    except DamagedProjectError as exc:
        hint = (f"annotator check {args.project} --recover NEW.annot copies what can be "
                "read into a new project") if exc.can_recover else ""
        report = {"path": args.project, "schema_version": None, "ok": False,
                  "problems": [str(exc)] + ([hint] if hint else []), "articles": None,
                  "annotations": None, "categories": None, "parties": None}
        if not args.json:
            for problem in report["problems"]:
                print(f"problem: {problem}")
            print("PROBLEMS FOUND")
            return 1
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(f"{report['path']}: schema version {report['schema_version']}, "
              f"{report['articles']} articles, {report['annotations']} annotations, "
              f"{report['categories']} categories, {report['parties']} parties"
              + (f", {report['orphans']} orphaned annotations to place again"
                 if report.get("orphans") else ""))
        for problem in report["problems"]:
            print(f"problem: {problem}")
        print("ok" if report["ok"] else "PROBLEMS FOUND")
    return 0 if report["ok"] else 1


def _recover(args) -> int:
    """`check --recover OUT`: every readable row into a new project; exit 1 if some were
    lost."""
    import json

    from annotator.store.recovery import recover

    report = recover(args.project, args.recover, author=_default_author())
    if args.json:
        print(json.dumps({"source": str(report.source), "target": str(report.target),
                          "complete": report.complete,
                          "tables": [vars(t) for t in report.tables]},
                         ensure_ascii=False, indent=1))
    else:
        for line in report.lines():
            print(line)
        print(report.summary())
    return 0 if report.complete else 1


def build_parser():
    import argparse

    from annotator.io.exporters import FORMATS

    parser = argparse.ArgumentParser(
        prog="annotator",
        description=f"{APP_NAME}: highlight quotes, figures and parties in articles. "
        "Run `annotator [PROJECT]` to open the app, or one of the commands below.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty project file",
                       description="Create an empty project file (PROJECT.annot).")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--language", help="the project's main language, e.g. fr or en")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("sample", help="create the sample project (two annotated articles)",
                       description="Create the sample project the welcome page opens: a "
                       "French and an English article, annotated, to try the app on.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--if-missing", action="store_true",
                   help="do nothing if PROJECT already exists")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("import", help="import articles (web pages, agency XML, Word, text, "
                       "Markdown), a project JSON, or annotations (W3C, brat)",
                       description="Import saved web pages (.html, .htm), news-agency XML "
                       "(NewsML-G2, NITF, NewsML 1: .xml, .nitf, .newsml), Word (.docx), "
                       "text (.txt) and Markdown (.md) files, folders of them, or a project "
                       "JSON written by `export --format json`. Files whose text is already "
                       "in the project are skipped; a file that cannot be read is reported "
                       "and the others are still imported. Files over 50 MB are refused. "
                       "Annotations are read from W3C Web Annotation files (.jsonld, or "
                       ".json with the W3C context) and brat standoff pairs (.ann with its "
                       ".txt beside it, or a folder of them): each is placed in the article "
                       "whose text it annotates (a brat .txt new to the project becomes an "
                       "article); what cannot be placed is reported as skipped. "
                       "Prints the id and title of each imported article.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("paths", metavar="PATH", nargs="+")
    p.add_argument("--recursive", action="store_true", help="descend into sub-folders")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list the articles of a project",
                       description="List articles: id, annotation count and title.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true",
                   help='print an array of {"id", "title", "source", "annotations"}')
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("annotate", help="add one annotation; prints its id",
                       description="Add one annotation. START and END are code points of "
                       "the article's stored text (END exclusive), as Python slices them.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--article", required=True, metavar="ID")
    p.add_argument("--category", required=True, metavar="NAME",
                   help="quote, figure, party or a project category")
    p.add_argument("--start", required=True, type=int, metavar="N")
    p.add_argument("--end", required=True, type=int, metavar="N")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--status", default="to_check", metavar="S",
                   help="to_check, verified, false, misleading or unverifiable")
    p.add_argument("--author", metavar="NAME", help="editor name (default: login name)")
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("extract", help="print what import would store, without a project",
                       description="Print, as JSON, what importing FILE would store: "
                       '{"title", "byline", "published" (ISO 8601 or null), "source", "url", '
                       '"language", "text"}; text is the article body, paragraphs separated '
                       "by one blank line. Takes the formats `import` takes.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", default=True,
                   help="JSON output (the only format)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("suggest", help="print suggested quotes, figures and parties",
                       description="Print, as JSON, the annotations the app would suggest for "
                       "FILE: an array of {\"category\": quote|figure|party, \"start\", "
                       "\"end\", \"text\", \"confidence\"}, with \"speaker\" for quotes, "
                       "\"value\" and \"unit\" for figures, \"kind\" (person or "
                       "organisation) for parties. Offsets are code points of the text "
                       "`annotator extract` gives. Takes the formats `import` takes.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", default=True,
                   help="JSON output (the only format)")
    p.add_argument("--lang", choices=["fr", "en", "auto"], default="auto",
                   help="language of the text (default: auto, from the file or the text)")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("export", help="export a fact sheet or the whole project",
                       description="Export a fact sheet (html, pdf, md, docx), the annotations "
                       "(csv; claimreview for rated quotes and figures; w3c Web Annotations; "
                       "brat standoff, into a folder) or the whole project, loss-free (json).")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--format", required=True, choices=list(FORMATS), metavar="FMT",
                   help="one of: " + ", ".join(FORMATS))
    p.add_argument("--article", action="append", metavar="ID",
                   help="only this article (repeatable); default: the whole project")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the file to write (for brat: a folder)")
    p.add_argument("--template", metavar="DIR",
                   help="folder with factsheet.html and factsheet.css (a copy of exports/) "
                   "for the html format")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("datasette", help="write Datasette metadata and canned queries",
                       description="Write the metadata a desk needs to browse the project in "
                       "Datasette without the app (`datasette PROJECT -m FILE`): table titles, "
                       "hidden bookkeeping tables, and canned queries (quotes by status, "
                       "figures by party, status counts). The project is not changed.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="where to write it (default: PROJECT's name + .datasette.json, "
                   "beside it)")
    p.set_defaults(func=cmd_datasette)

    p = sub.add_parser("revise", help="replace an article's text by its corrected version, "
                       "keeping its annotations",
                       description="Replace the text of article ID by the corrected version "
                       "read from FILE (any format `import` takes, read the same way). Each "
                       "annotation is placed again by its words and the words around them; "
                       "those that cannot be placed with confidence are kept as orphans, to "
                       "place again in the app. Prints how many were unchanged, moved and "
                       "orphaned, then one line per orphan: orphan, id, text.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--article", required=True, metavar="ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--author", metavar="NAME", help="editor name (default: login name)")
    p.set_defaults(func=cmd_revise)

    p = sub.add_parser("merge", help="merge a colleague's copy of the project into it",
                       description="Merge OTHER (another copy of the project) into PROJECT, "
                       "in one transaction; OTHER is only read. Rows are matched by id "
                       "(articles also by their text); what changed in one copy only is "
                       "taken; a row changed in both since they split is a conflict: both "
                       "versions are kept for an editor to choose (listed on stderr). "
                       "Merging the same copy twice changes nothing.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("other", metavar="OTHER")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would change, change nothing")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("share", help="save a copy for a colleague, maybe without private "
                       "notes or some articles",
                       description="Write a copy of PROJECT to OUT for a colleague: a whole "
                       "project that opens read-write anywhere. --without-notes blanks every "
                       "annotation and evidence note, --leave-out drops an article with its "
                       "annotations. What was left out leaves no trace in the file, and "
                       "merging the copy back later keeps your notes and articles. PROJECT "
                       "is only read; an existing OUT is replaced.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the copy to write (.annot)")
    p.add_argument("--without-notes", action="store_true",
                   help="leave out annotation and evidence notes")
    p.add_argument("--leave-out", action="append", metavar="ID",
                   help="leave out this article (repeatable)")
    p.set_defaults(func=cmd_share)

    p = sub.add_parser("check", help="check a project's integrity",
                       description="Integrity check, schema version and counts; exits 1 if "
                       "a problem is found. With --recover OUT, copy every row that can "
                       "still be read into a new project OUT (the original is not touched); "
                       "exits 1 if some rows could not be read.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--recover", metavar="OUT",
                   help="copy what can be read into the new project OUT")
    p.set_defaults(func=cmd_check)
    return parser


def _run_gui(argv: list[str]) -> int:
    """`annotator [PROJECT]`, parsed by hand: argparse would add to every start-up."""
    quit_when_shown = "--quit-when-shown" in argv  # for the smoke test and the benchmark
    rest = [a for a in argv if a != "--quit-when-shown"]
    if len(rest) > 1 or any(a.startswith("-") for a in rest):
        print(f"annotator: unexpected {' '.join(rest)!r}; see annotator --help",
              file=sys.stderr)
        return 2
    project = rest[0] if rest else None
    if project and not Path(project).is_file():
        print(f"annotator: {project}: no such project file", file=sys.stderr)
        return 2
    from annotator.gui.app import run

    return run(project, quit_when_shown=quit_when_shown)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0] not in COMMANDS and argv[0] not in
                    ("-h", "--help", "--version")):
        return _run_gui(argv)
    args = build_parser().parse_args(argv)
    from annotator.io.errors import ExportFailed, ImportFailed
    from annotator.store import ProjectError

    try:
        return args.func(args)
    except (CliError, ProjectError, ImportFailed, ExportFailed) as exc:
        print(f"annotator {args.command}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        name = exc.filename or ""
        print(f"annotator {args.command}: {name}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
