"""The JSON interchange format: a whole project, tombstones included, loss-free.

One object: {"format": "newsroom-annotator", "format_version": 2, "meta": {...},
"categories": [...], "parties": [...], "articles": [...], "annotations": [...],
"evidence": [...], "rejected_suggestions": [...]}; each row carries every field of its
core dataclass. Rejected suggestions have no id: they are keyed by article and span.
Reading is strict: a file that would load into a broken project is refused whole.

Version 2 added annotations' `orphaned_at` (article revisions); version 1 files, which
lack it, still load. An app that reads version 1 only refuses version 2 with a message
instead of an "unknown field".
"""

from __future__ import annotations

import json
import os
import re
import types
import typing
from dataclasses import MISSING, asdict, fields
from pathlib import Path

from annotator.core.model import (
    BUILTIN_STATUSES,
    Annotation,
    Article,
    Category,
    Evidence,
    Party,
    ProjectData,
    RejectedSuggestion,
    Status,
)
from annotator.io.errors import ImportFailed

FORMAT = "newsroom-annotator"
FORMAT_VERSION = 2
CATEGORY_KINDS = ("quote", "figure", "party", "user")

# Order matters when reading: rows may only point at rows of earlier tables.
_TABLES: tuple[tuple[str, type], ...] = (
    ("statuses", Status),
    ("categories", Category),
    ("parties", Party),
    ("articles", Article),
    ("annotations", Annotation),
    ("evidence", Evidence),
)


def project_to_json(data: ProjectData) -> dict:
    """The project as plain JSON-ready objects; lists keep the snapshot's order."""
    obj: dict = {"format": FORMAT, "format_version": FORMAT_VERSION, "meta": dict(data.meta)}
    for name, _cls in _TABLES:
        obj[name] = [asdict(row) for row in getattr(data, name)]
    obj["rejected_suggestions"] = [asdict(r) for r in data.rejected_suggestions]
    return obj


def dumps(data: ProjectData) -> str:
    """The file text: readable UTF-8 (accents stay accents), stable key order for diffs."""
    text = json.dumps(project_to_json(data), ensure_ascii=False, indent=1, sort_keys=True)
    # A lone surrogate cannot be encoded as UTF-8; a JSON escape keeps it loss-free.
    return re.sub(r"[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def read_project_json(path: str | os.PathLike) -> ProjectData:
    """Read and validate a project written by `dumps`; any problem raises ImportFailed."""
    source = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise ImportFailed(f"{source}: cannot read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise ImportFailed(f"{source}: not UTF-8 (byte {e.start})") from e
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportFailed(
            f"{source}: invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}"
        ) from e
    return project_from_json(obj, source)


def project_from_json(obj: dict, source: str = "<json>") -> ProjectData:
    """Rebuild a ProjectData, checking types, references and offsets."""

    def fail(problem: str) -> typing.NoReturn:
        raise ImportFailed(f"{source}: {problem}")

    if not isinstance(obj, dict):
        fail("expected a JSON object at the top level")
    if obj.get("format") != FORMAT:
        fail(f'not a Newsroom Annotator project ("format" must be "{FORMAT}")')
    version = obj.get("format_version")
    if not _is_int(version) or version < 1:
        fail('"format_version" must be a positive integer')
    if version > FORMAT_VERSION:
        fail(
            f"format_version {version} is newer than this app supports ({FORMAT_VERSION}); "
            "update Newsroom Annotator"
        )
    meta = obj.get("meta", {})
    if not isinstance(meta, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in meta.items()
    ):
        fail('"meta" must be an object of text values')

    tables: dict[str, list] = {}
    for name, cls in _TABLES:
        rows = obj.get(name, [])
        if name == "statuses" and name not in obj:  # written before statuses were data
            rows = [asdict(s) for s in BUILTIN_STATUSES]
        if not isinstance(rows, list):
            fail(f'"{name}" must be a list')
        tables[name] = [_row(row, cls, f"{name}[{i}]", fail) for i, row in enumerate(rows)]
        seen: set[str] = set()
        for i, row in enumerate(tables[name]):
            if row.id in seen:
                fail(f"{name}[{i}]: duplicate id {row.id!r}")
            seen.add(row.id)

    # Colours are not checked: every renderer validates them, and refusing a file we wrote
    # ourselves would break the loss-free promise.
    for i, c in enumerate(tables["categories"]):
        if c.kind not in CATEGORY_KINDS:
            fail(f"categories[{i}]: unknown kind {c.kind!r}")
    categories = {c.id for c in tables["categories"]}
    statuses = {s.id for s in tables["statuses"]}
    parties = {p.id for p in tables["parties"]}
    articles = {a.id: a for a in tables["articles"]}
    for i, a in enumerate(tables["annotations"]):
        where = f"annotations[{i}] (id {a.id!r})"
        article = articles.get(a.article_id)
        if article is None:
            fail(f"{where}: unknown article {a.article_id!r}")
        if a.category_id not in categories:
            fail(f"{where}: unknown category {a.category_id!r}")
        if a.status not in statuses:
            fail(f"{where}: unknown status {a.status!r}")
        for field_name in ("speaker_id", "claimant_id"):
            party = getattr(a, field_name)
            if party is not None and party not in parties:
                fail(f"{where}: {field_name} points at unknown party {party!r}")
        if not 0 <= a.start <= a.end:
            fail(f"{where}: start {a.start} and end {a.end} are not 0 <= start <= end")
        # Tombstones may have gone stale when the text was revised, and orphans keep their
        # place in the text before it; live placed rows must anchor.
        if a.deleted_at is None and a.orphaned_at is None:
            if a.end > len(article.text):
                fail(f"{where}: end {a.end} is beyond the article text ({len(article.text)})")
            if article.text[a.start : a.end] != a.exact:
                fail(f"{where}: exact text does not match the article at {a.start}:{a.end}")
    annotations = {a.id for a in tables["annotations"]}
    for i, e in enumerate(tables["evidence"]):
        if e.annotation_id not in annotations:
            fail(f"evidence[{i}] (id {e.id!r}): unknown annotation {e.annotation_id!r}")

    rejected = obj.get("rejected_suggestions", [])
    if not isinstance(rejected, list):
        fail('"rejected_suggestions" must be a list')
    tables["rejected_suggestions"] = [
        _row(row, RejectedSuggestion, f"rejected_suggestions[{i}]", fail)
        for i, row in enumerate(rejected)]
    keys = set()
    for i, r in enumerate(tables["rejected_suggestions"]):
        where = f"rejected_suggestions[{i}]"
        if r.article_id not in articles:
            fail(f"{where}: unknown article {r.article_id!r}")
        if r.category not in ("quote", "figure", "party"):
            fail(f"{where}: unknown category {r.category!r}")
        if not 0 <= r.start < r.end:
            fail(f"{where}: start {r.start} and end {r.end} are not 0 <= start < end")
        key = (r.article_id, r.category, r.start, r.end)
        if key in keys:
            fail(f"{where}: the same suggestion is rejected twice")
        keys.add(key)

    return ProjectData(meta=dict(meta), **tables)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is not 1


def _row(obj: object, cls: type, where: str, fail) -> object:
    """One dataclass instance from a JSON object: no unknown, missing or ill-typed field."""
    if not isinstance(obj, dict):
        fail(f"{where}: expected an object")
    hints = typing.get_type_hints(cls)
    unknown = sorted(obj.keys() - hints.keys())
    if unknown:
        fail(f"{where}: unknown field {unknown[0]!r}")
    values = {}
    for f in fields(cls):
        if f.name not in obj:
            if f.default is MISSING and f.default_factory is MISSING:
                fail(f"{where}: missing field {f.name!r}")
            continue
        value = obj[f.name]
        expected = _type_name(hints[f.name])
        if not _matches(value, hints[f.name]):
            fail(f"{where}: field {f.name!r} must be {expected}, not {type(value).__name__}")
        values[f.name] = list(value) if isinstance(value, list) else value
    return cls(**values)


def _matches(value: object, hint: object) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, h) for h in typing.get_args(hint))
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_matches(v, item) for v in value)
    if hint is type(None):
        return value is None
    if hint is int:
        return _is_int(value)
    return isinstance(value, hint)  # type: ignore[arg-type]


def _type_name(hint: object) -> str:
    names = {str: "text", int: "an integer", type(None): "null"}
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(h) for h in typing.get_args(hint))
    if origin is list:
        return "a list of " + _type_name(typing.get_args(hint)[0])
    return names.get(hint, getattr(hint, "__name__", str(hint)))
