"""REFI-QDA project exchange (.qdpx): QualCoder, NVivo, ATLAS.ti, MAXQDA.

A .qdpx is a zip holding `project.qde` (XML, namespace urn:QDA-XML:project:1.0) and a
`sources/` folder with the text of each TextSource, referred to as
`plainTextPath="internal://<guid>.txt"` (UTF-8 without a byte-order mark). Selections
count positions in Unicode code points, end exclusive: what the standard says, and what
our offsets already are (an emoji is one character, not two UTF-16 units).

Export:

- Users: the authors and editors of the exported annotations (guid derived from the name).
- CodeBook: one Code per category defined or used; guid = the category id when it is a
  UUID, else a uuid5 of it (the schema's GUID pattern); colour "#rrggbb" (grey when the
  stored one is not); isCodable="true".
- Sources: one TextSource per live article; name = title, creationDateTime = imported,
  Description = byline, source, URL, publication date and language as "Key: value" lines.
- Each live annotation: a PlainTextSelection (guid from the annotation id, name = its text
  clipped, creating/modifying user and times) with its note as Description and one Coding
  whose CodeRef is its category's code. The schema has no place on a selection for the
  verification, so status, rating, speaker, claimant, named party, value, unit, reference
  date and evidence go to a Note (Notes/Note named VERIFICATION_NOTE) the selection
  points to with a NoteRef. Other tools show it as a memo; our import reads it back.
- Deterministic: articles and annotations in project order, derived guids, fixed zip
  timestamps; the same project exports the same bytes.

Import (`plan_qdpx_import`) places, never guesses: a TextSource becomes an article unless
an article with exactly that text is already in the project; codes map to categories by
name (case and spacing ignored) and unknown codes become new user categories; each Coding
of a PlainTextSelection becomes an annotation. A selection outside its text, or one that
our normalisation on import (NFC, line endings, spacing) would move, is skipped with the
reason. A file that is not a sound .qdpx raises ImportFailed naming the file: not a zip,
no project.qde, a zip bomb, unsafe member names, a DOCTYPE (entities are never expanded
or fetched), another root element, missing required attributes, non-UTF-8 text.
"""

from __future__ import annotations

import io
import os
import re
import typing
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import PurePath

from lxml import etree

from annotator import __version__
from annotator.core.model import (
    BUILTIN_STATUSES,
    DEFAULT_STATUS,
    RATING_BY_ID,
    Annotation,
    Article,
    Category,
    ProjectData,
    find_rating,
    new_id,
)
from annotator.core.text import context, normalize_text, text_sha256
from annotator.io.dates import iso_date
from annotator.io.draft import language_tag
from annotator.io.errors import EmptyArticle, FileTooLarge, ImportFailed, MalformedFile
from annotator.io.factsheet import chosen_articles, clean, safe_color

NS = "urn:QDA-XML:project:1.0"
_Q = f"{{{NS}}}"
PROJECT_MEMBER = "project.qde"
SOURCES_FOLDER = "sources/"
INTERNAL = "internal://"
VERIFICATION_NOTE = "Newsroom Annotator verification"
# Derived guids (for ids that are not UUIDs) live in a namespace of their own.
_GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://newsroom-annotator.org/ns#qdpx")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no build time leaks in
_NAME_LENGTH = 120  # characters of the annotated text that name a selection

# Limits against hostile files, as for Word documents: what is inflated (project.qde and
# the texts read) may not exceed MAX_UNZIPPED_BYTES; media members are never inflated.
MAX_UNZIPPED_BYTES = 200_000_000  # messages say "200 MB"
MAX_RATIO = 200
RATIO_CHECKED_ABOVE = 10_000_000
MAX_MEMBERS = 50_000
MAX_SOURCES = 50_000
MAX_SELECTIONS = 200_000
MAX_CODES = 10_000
MAX_STRING = 2_000_000
# What zipfile, zlib and lxml raise on damaged archives.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            ValueError, OSError)
# Colours for new categories whose code has none (cycled, so the plan is deterministic).
_PALETTE = ("#e07a5f", "#81b29a", "#f2cc8f", "#8d99ae", "#c49bbb", "#6d9dc5", "#e5989b")
# The "Key: value" lines of a TextSource's Description, and the Article fields they fill.
_SOURCE_KEYS = {"Byline": "byline", "Source": "source", "URL": "url",
                "Published": "published", "Language": "language"}


def guid_for(kind: str, ident: str) -> str:
    """The id itself when it is a UUID, else a uuid5 of kind/id: stable across exports."""
    if _UUID.fullmatch(ident):
        return ident.lower()
    return str(uuid.uuid5(_GUID_NAMESPACE, f"{kind}/{ident}"))


def _utc(value: str | None) -> str:
    """An xsd:dateTime in UTC ("2024-03-05T09:15:00.000Z"), or "" for anything else."""
    if not value or not isinstance(value, str):
        return ""
    try:
        moment = datetime.fromisoformat(value.strip())
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        moment = moment.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        return ""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# ---- export ---------------------------------------------------------------------------


def render_qdpx(data: ProjectData, article_ids: list[str] | None = None) -> bytes:
    """The .qdpx archive of the live chosen articles and their live annotations."""
    articles = chosen_articles(data, article_ids)
    live: dict[str, list[Annotation]] = {}  # indexed once: no scan of all per article
    for ann in data.annotations:
        if not ann.deleted_at:
            live.setdefault(ann.article_id, []).append(ann)
    # Offsets outside the text (a damaged row) make no selection any tool could show.
    annotations = {art.id: sorted((a for a in live.get(art.id, [])
                                   if 0 <= a.start <= a.end <= len(art.text)),
                                  key=lambda a: (a.start, -a.end))
                   for art in articles}
    exported = [ann for art in articles for ann in annotations[art.id]]
    users = {name: guid_for("user", name)
             for name in sorted({n for a in exported for n in (a.author, a.updated_by) if n})}
    codes = _codes(data, exported)

    root = etree.Element(_Q + "Project", nsmap={None: NS})
    root.set("name", clean(data.meta.get("title") or "Newsroom Annotator project"))
    root.set("origin", f"Newsroom Annotator {__version__}")
    if _utc(data.meta.get("created")):
        root.set("creationDateTime", _utc(data.meta.get("created")))
    if users:
        parent = etree.SubElement(root, _Q + "Users")
        for name, guid in users.items():
            etree.SubElement(parent, _Q + "User", guid=guid, name=clean(name))
    if codes:
        parent = etree.SubElement(etree.SubElement(root, _Q + "CodeBook"), _Q + "Codes")
        for guid, category in codes.values():
            etree.SubElement(parent, _Q + "Code", guid=guid, name=clean(category.name),
                             isCodable="true", color=safe_color(category.color))
    members: list[tuple[str, bytes]] = []
    notes: list[etree._Element] = []
    if articles:
        sources = etree.SubElement(root, _Q + "Sources")
        index = _Index(data)
        for art in articles:
            guid = guid_for("article", art.id)
            members.append((f"{SOURCES_FOLDER}{guid}.txt", _text_bytes(art.text)))
            _text_source(sources, art, guid, annotations[art.id], index, users, codes, notes)
    if notes:
        etree.SubElement(root, _Q + "Notes").extend(notes)
    qde = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return _zip([(PROJECT_MEMBER, qde), *members])


def _codes(data: ProjectData, exported: list[Annotation]) -> dict[str, tuple[str, Category]]:
    """category id -> (code guid, category): every category, then any used but unknown."""
    codes = {c.id: (guid_for("category", c.id), c) for c in data.categories}
    for ann in exported:
        if ann.category_id not in codes:
            lost = Category(ann.category_id, ann.category_id, "")
            codes[ann.category_id] = (guid_for("category", ann.category_id), lost)
    return codes


def _text_bytes(text: str) -> bytes:
    """UTF-8 without BOM. A lone surrogate (not encodable) becomes U+FFFD, one for one, so
    every position still counts the same characters."""
    return re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")


class _Index:
    """Parties and evidence by id, statuses' labels: looked up once per annotation."""

    def __init__(self, data: ProjectData) -> None:
        self.parties = {p.id: p.name for p in data.parties}
        self.evidence: dict[str, list] = {}
        for evidence in data.evidence:
            self.evidence.setdefault(evidence.annotation_id, []).append(evidence)
        self.status_label = data.status_label


def _text_source(parent, art: Article, guid: str, anns: list[Annotation], index: _Index,
                 users: dict[str, str], codes: dict, notes: list) -> None:
    source = etree.SubElement(parent, _Q + "TextSource", guid=guid,
                              name=clean(art.title or "Untitled"),
                              plainTextPath=f"{INTERNAL}{guid}.txt")
    if _utc(art.imported_at):
        source.set("creationDateTime", _utc(art.imported_at))
    described = [f"{key}: {getattr(art, attr)}" for key, attr in _SOURCE_KEYS.items()
                 if getattr(art, attr) and "\n" not in getattr(art, attr)]
    if described:
        etree.SubElement(source, _Q + "Description").text = clean("\n".join(described))
    for ann in anns:
        sel_guid = guid_for("annotation", ann.id)
        selection = etree.SubElement(
            source, _Q + "PlainTextSelection", guid=sel_guid, name=clean(_clip(ann.exact)),
            startPosition=str(ann.start), endPosition=str(ann.end))
        _stamp(selection, "creatingUser", users.get(ann.author),
               "creationDateTime", ann.created_at)
        _stamp(selection, "modifyingUser", users.get(ann.updated_by),
               "modifiedDateTime", ann.updated_at)
        if ann.note:
            etree.SubElement(selection, _Q + "Description").text = clean(ann.note)
        coding = etree.SubElement(selection, _Q + "Coding",
                                  guid=guid_for("coding", ann.id))
        _stamp(coding, "creatingUser", users.get(ann.author), "creationDateTime", ann.created_at)
        etree.SubElement(coding, _Q + "CodeRef", targetGUID=codes[ann.category_id][0])
        note_guid = guid_for("note", ann.id)
        etree.SubElement(selection, _Q + "NoteRef", targetGUID=note_guid)
        note = etree.Element(_Q + "Note", guid=note_guid, name=VERIFICATION_NOTE)
        _stamp(note, "creatingUser", users.get(ann.author), "creationDateTime", ann.created_at)
        etree.SubElement(note, _Q + "PlainTextContent").text = clean(_verification(index, ann))
        notes.append(note)


def _stamp(element, user_attr: str, user: str | None, time_attr: str, when: str) -> None:
    if user:
        element.set(user_attr, user)
    if _utc(when):
        element.set(time_attr, _utc(when))


def _clip(text: str, size: int = _NAME_LENGTH) -> str:
    return text if len(text) <= size else text[:size].rstrip() + "…"


def _verification(index: _Index, ann: Annotation) -> str:
    """What a fact-checker decided, as "Key: value" lines (ids in brackets, read back)."""
    lines = [f"Status: {index.status_label(ann.status)} ({ann.status})"]
    if ann.rating:
        rating = RATING_BY_ID.get(ann.rating)
        lines.append(f"Rating: {rating.label_en} ({rating.id})" if rating
                     else f"Rating: {ann.rating}")
    for key, party_id in (("Speaker", ann.speaker_id), ("Claimant", ann.claimant_id),
                          ("Party", ann.party_id)):
        if party_id in index.parties:
            lines.append(f"{key}: {index.parties[party_id]}")
    for key, value in (("Value", ann.value), ("Unit", ann.unit),
                       ("Reference date", ann.ref_date)):
        if value:
            lines.append(f"{key}: {value}")
    for evidence in index.evidence.get(ann.id, []):
        if evidence.url or evidence.title:
            title = f" ({evidence.title})" if evidence.title and evidence.url else evidence.title
            lines.append(f"Evidence: {evidence.url}{title}".replace("\n", " "))
    return "\n".join(line.replace("\n", " ") for line in lines)


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, payload in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever machine exports: same bytes everywhere
            info.external_attr = 0o644 << 16
            archive.writestr(info, payload)
    return buffer.getvalue()


# ---- reading --------------------------------------------------------------------------


@dataclass
class QdpxCoding:
    code: str  # the code's guid (normalised: lower case, no braces)
    user: str = ""  # creatingUser guid
    created: str = ""


@dataclass
class QdpxSelection:
    guid: str
    start: int
    end: int
    codings: list[QdpxCoding] = field(default_factory=list)
    description: str = ""
    notes: list[str] = field(default_factory=list)  # NoteRef guids
    user: str = ""
    created: str = ""
    modifying_user: str = ""
    modified: str = ""


@dataclass
class QdpxSource:
    guid: str
    name: str
    text: str | None = None  # None when it cannot be read: `problem` says why
    description: str = ""
    selections: list[QdpxSelection] = field(default_factory=list)
    problem: str = ""

    @property
    def label(self) -> str:
        return f"source {self.name!r}" if self.name else f"source {self.guid}"


@dataclass
class QdpxCode:
    guid: str
    name: str  # nested codes: "Parent / Child"
    color: str = ""
    codable: bool = True


@dataclass
class QdpxNote:
    guid: str
    name: str
    text: str


@dataclass
class QdpxProject:
    """The parts of a project.qde that matter here, with the texts of its sources."""

    name: str = ""
    origin: str = ""
    users: dict[str, str] = field(default_factory=dict)  # guid -> name
    codes: dict[str, QdpxCode] = field(default_factory=dict)  # guid -> code, in order
    sources: list[QdpxSource] = field(default_factory=list)
    notes: dict[str, QdpxNote] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _norm_guid(value: str) -> str:
    return value.strip().strip("{}").lower()


class _Archive:
    """A .qdpx checked from its directory; members are inflated within one budget."""

    def __init__(self, data: bytes, source: str) -> None:
        self.source = source
        self.budget = MAX_UNZIPPED_BYTES
        if not data:
            self.fail("the file is empty")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            members = self.zip.infolist()
        except _DAMAGED:
            self.fail("not a REFI-QDA project (.qdpx): not a zip archive")
        if len(members) > MAX_MEMBERS:
            self.fail(f"too many files in the archive ({len(members):,}; "
                      f"the limit is {MAX_MEMBERS:,})")
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.folded: dict[str, zipfile.ZipInfo] = {}
        for info in members:
            name = info.filename
            if _unsafe_name(name):
                self.fail(f"refused: the archive holds a file named {name[:100]!r} "
                          "(a path outside the archive)")
            if name in self.members:
                self.fail(f"refused: the archive holds {name[:100]!r} twice")
            self.members[name] = info
            self.folded.setdefault(name.casefold(), info)

    def fail(self, problem: str, kind: type[ImportFailed] = MalformedFile) -> typing.NoReturn:
        raise kind(f"{self.source}: {problem}")

    def find(self, name: str) -> zipfile.ZipInfo | None:
        # A tool on a case-insensitive file system may change the case.
        return self.members.get(name) or self.folded.get(name.casefold())

    def read(self, info: zipfile.ZipInfo) -> bytes:
        name = info.filename
        if info.flag_bits & 0x1:
            self.fail(f"{name} is encrypted")
        if info.file_size > self.budget:
            self.fail(f"unzips to more than {MAX_UNZIPPED_BYTES / 1e6:.0f} MB (the limit; "
                      f"{name} alone is {info.file_size / 1e6:.0f} MB)", FileTooLarge)
        if (info.file_size > RATIO_CHECKED_ABOVE
                and info.file_size > MAX_RATIO * max(1, info.compress_size)):
            self.fail(f"{name} would expand more than {MAX_RATIO}:1 (a zip bomb, not a "
                      "REFI-QDA project)")
        try:
            with self.zip.open(info) as member:
                payload = member.read(self.budget + 1)  # bounded, whatever the header says
        except _DAMAGED as exc:
            self.fail(f"{name} is damaged in the archive ({exc})")
        if len(payload) > self.budget:
            self.fail(f"unzips to more than {MAX_UNZIPPED_BYTES / 1e6:.0f} MB (the limit)",
                      FileTooLarge)
        self.budget -= len(payload)
        return payload


def _unsafe_name(name: str) -> bool:
    """Absolute paths, drive letters, backslashes and ".." never name a member of ours."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"[A-Za-z]:", name):
        return True
    return any(part == ".." for part in name.split("/"))


def read_qdpx(data: bytes, source: str) -> QdpxProject:
    """Open a .qdpx and read its project.qde and the texts of its TextSources.

    Raises ImportFailed("<source>: <problem>") for anything but a sound REFI-QDA project.
    """
    archive = _Archive(data, source)
    info = archive.find(PROJECT_MEMBER)
    if info is None:
        archive.fail(f"not a REFI-QDA project (.qdpx): no {PROJECT_MEMBER} in the archive")
    root = _parse(archive.read(info), archive)
    if root.tag != _Q + "Project":
        qname = etree.QName(root)
        where = f" in namespace {qname.namespace}" if qname.namespace else " (no namespace)"
        archive.fail(f"not a REFI-QDA project: {PROJECT_MEMBER} holds <{qname.localname}>"
                     f"{where}, not <Project> in {NS}")
    return _Reader(archive, root).project


def _parse(payload: bytes, archive: _Archive) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=False, remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(payload, parser)
    except etree.XMLSyntaxError as err:
        problem = re.sub(r",? line \d+, column \d+.*", "", err.msg or str(err), flags=re.DOTALL)
        archive.fail(f"{PROJECT_MEMBER} is not well-formed XML (line {err.lineno or 1}: "
                     f"{problem})")
    except (etree.LxmlError, ValueError) as err:
        archive.fail(f"cannot read {PROJECT_MEMBER} as XML ({err})")
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        archive.fail(f"refused: {PROJECT_MEMBER} has a DOCTYPE (entity declarations are "
                     "never expanded or fetched; REFI-QDA needs none)")
    return root


class _Reader:
    """Walks project.qde into a QdpxProject; fails on what the schema requires but lacks."""

    def __init__(self, archive: _Archive, root: etree._Element) -> None:
        self.archive = archive
        self.project = QdpxProject(name=root.get("name", ""), origin=root.get("origin", ""))
        self.selections = 0
        for user in root.iterfind(f"{_Q}Users/{_Q}User"):
            guid = _norm_guid(self.required(user, "guid"))
            self.project.users[guid] = (user.get("name") or user.get("id") or "").strip()
        for codes in root.iterfind(f"{_Q}CodeBook/{_Q}Codes"):
            self.codes(codes, "")
        skipped_kinds: dict[str, int] = {}
        for sources in root.iterfind(f"{_Q}Sources"):
            for element in sources:
                if not isinstance(element.tag, str):
                    continue
                kind = etree.QName(element).localname
                if element.tag != _Q + "TextSource":
                    skipped_kinds[kind] = skipped_kinds.get(kind, 0) + 1
                    continue
                if len(self.project.sources) >= MAX_SOURCES:
                    self.fail(f"too many sources (over {MAX_SOURCES:,})")
                self.project.sources.append(self.text_source(element))
        for kind, n in sorted(skipped_kinds.items()):
            self.project.warnings.append(f"{n} {kind} element{'s' if n != 1 else ''} left out "
                                         "(only text sources are supported)")
        wanted = {g for s in self.project.sources for sel in s.selections for g in sel.notes}
        for note in root.iterfind(f"{_Q}Notes/{_Q}Note"):
            guid = _norm_guid(self.required(note, "guid"))
            if guid in wanted:
                text, problem = self.text_of(note)
                if text is not None:
                    self.project.notes[guid] = QdpxNote(guid, note.get("name", ""),
                                                        normalize_text(text))
                else:
                    self.project.warnings.append(f"note {note.get('name') or guid!r}: "
                                                 f"{problem}; left out")

    def fail(self, problem: str) -> typing.NoReturn:
        self.archive.fail(problem)

    def required(self, element, attribute: str) -> str:
        value = element.get(attribute)
        if value is None or not value.strip():
            tag = etree.QName(element).localname
            name = element.get("name") or element.get("guid")
            named = f" ({name[:60]!r})" if name else ""
            self.fail(f"<{tag}>{named} on line {element.sourceline} has no {attribute!r} "
                      "attribute, which REFI-QDA requires")
        return value

    def integer(self, element, attribute: str) -> int:
        value = self.required(element, attribute)
        if not re.fullmatch(r"\s*[+-]?\d{1,15}\s*", value):
            tag = etree.QName(element).localname
            self.fail(f"<{tag}> on line {element.sourceline}: {attribute} {value[:30]!r} "
                      "is not an integer")
        return int(value)

    def codes(self, parent, path: str) -> None:
        for element in parent.iterfind(f"{_Q}Code"):
            guid = _norm_guid(self.required(element, "guid"))
            name = " ".join(self.required(element, "name").split())[:200]
            full = (f"{path} / {name}" if path else name)[:300]
            if len(self.project.codes) >= MAX_CODES:
                self.fail(f"too many codes (over {MAX_CODES:,})")
            codable = element.get("isCodable", "true").strip() not in ("false", "0")
            self.project.codes.setdefault(
                guid, QdpxCode(guid, full, element.get("color", "").strip(), codable))
            self.codes(element, full)

    def text_source(self, element) -> QdpxSource:
        src = QdpxSource(_norm_guid(self.required(element, "guid")),
                         " ".join((element.get("name") or "").split())[:500])
        src.description = _child_text(element, "Description")
        for sel in element.iterfind(f"{_Q}PlainTextSelection"):
            self.selections += 1
            if self.selections > MAX_SELECTIONS:
                self.fail(f"too many selections (over {MAX_SELECTIONS:,})")
            src.selections.append(self.selection(sel))
        whole = len(element.findall(f"{_Q}Coding"))
        if whole:
            self.project.warnings.append(
                f"{src.label}: {whole} coding{'s' if whole != 1 else ''} of the whole source "
                "left out (only coded selections are imported)")
        src.text, src.problem = self.text_of(element)
        return src

    def selection(self, element) -> QdpxSelection:
        sel = QdpxSelection(_norm_guid(self.required(element, "guid")),
                            self.integer(element, "startPosition"),
                            self.integer(element, "endPosition"))
        sel.description = _child_text(element, "Description")
        sel.user = _norm_guid(element.get("creatingUser", ""))
        sel.created = element.get("creationDateTime", "")
        sel.modifying_user = _norm_guid(element.get("modifyingUser", ""))
        sel.modified = element.get("modifiedDateTime", "")
        for coding in element.iterfind(f"{_Q}Coding"):
            ref = coding.find(f"{_Q}CodeRef")
            if ref is None:
                self.fail(f"<Coding> on line {coding.sourceline} has no <CodeRef>, which "
                          "REFI-QDA requires")
            sel.codings.append(QdpxCoding(_norm_guid(self.required(ref, "targetGUID")),
                                          _norm_guid(coding.get("creatingUser", "")),
                                          coding.get("creationDateTime", "")))
        sel.notes = [_norm_guid(self.required(ref, "targetGUID"))
                     for ref in element.iterfind(f"{_Q}NoteRef")]
        return sel

    def text_of(self, element) -> tuple[str | None, str]:
        """The plain text of a TextSource or Note, or (None, why it cannot be read)."""
        content = element.find(f"{_Q}PlainTextContent")
        if content is not None:
            return "".join(content.itertext()), ""
        path = (element.get("plainTextPath") or "").strip()
        if not path:
            if element.get("richTextPath"):
                return None, "it has only a rich-text version (richTextPath), no plain text"
            return None, "it has no text (neither PlainTextContent nor plainTextPath)"
        if not path.startswith(INTERNAL):
            return None, (f"its text is outside the .qdpx ({path[:100]}); only files inside "
                          "it are read")
        name = path[len(INTERNAL):]
        if _unsafe_name(name):
            self.fail(f"refused: plainTextPath {path[:100]!r} points outside the archive")
        info = self.archive.find(SOURCES_FOLDER + name)
        if info is None:
            return None, f"its text file {SOURCES_FOLDER}{name} is not in the archive"
        payload = self.archive.read(info)
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.fail(f"{info.filename} is not UTF-8 text (byte {exc.start}), as REFI-QDA "
                      "requires")
        if text.startswith("\ufeff"):
            text = text[1:]
            self.project.warnings.append(f"{info.filename} starts with a byte-order mark; "
                                         "positions are counted after it")
        return text, ""


def _child_text(element, tag: str) -> str:
    child = element.find(_Q + tag)
    return "".join(child.itertext())[:MAX_STRING] if child is not None else ""


# ---- placing --------------------------------------------------------------------------


@dataclass
class QdpxImport:
    """What an import would add, and what it left out and why."""

    articles: list[Article] = field(default_factory=list)  # texts new to the project
    categories: list[Category] = field(default_factory=list)  # codes new to the project
    annotations: list[Annotation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # not added, with the reason
    warnings: list[str] = field(default_factory=list)  # added, but something was dropped


def plan_qdpx_import(raw: bytes, data: ProjectData, source: str) -> QdpxImport:
    """Read a .qdpx and place it in the project; nothing is written."""
    return place_qdpx(read_qdpx(raw, source), data, source)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def place_qdpx(project: QdpxProject, data: ProjectData, source: str) -> QdpxImport:
    """New articles, categories and annotations (fresh ids) for `data`; never guessed."""
    result = QdpxImport(warnings=list(project.warnings))
    placer = _Placer(project, data, PurePath(source).name, result)
    for src in project.sources:
        placer.place_source(src)
    return result


class _Placer:
    def __init__(self, project: QdpxProject, data: ProjectData, origin: str,
                 result: QdpxImport) -> None:
        self.project, self.data, self.origin, self.result = project, data, origin, result
        self.by_hash: dict[str, list[Article]] = {}
        for art in data.articles:
            if not art.deleted_at:
                self.by_hash.setdefault(art.text_sha256 or text_sha256(art.text), []).append(art)
        self.by_name = {_key(c.name): c.id for c in reversed(data.categories)}
        self.category_ids = {c.id for c in data.categories}
        self.position = 1 + max((c.position for c in data.categories), default=-1)
        self.taken = {(a.article_id, a.category_id, a.start, a.end)
                      for a in data.annotations if not a.deleted_at}
        self.statuses = data.statuses or list(BUILTIN_STATUSES)
        for code in project.codes.values():  # the codebook comes along, used or not
            if code.codable:
                self.category_for(code)

    def category_for(self, code: QdpxCode) -> str:
        name = code.name or f"Code {code.guid[:8]}"
        found = self.by_name.get(_key(name))
        if found is not None:
            return found
        ident = code.guid if _UUID.fullmatch(code.guid) and code.guid not in self.category_ids \
            else new_id()
        color = _color(code.color) or _PALETTE[len(self.result.categories) % len(_PALETTE)]
        category = Category(ident, name, color, "", "user", self.position)
        self.position += 1
        self.by_name[_key(name)] = ident
        self.category_ids.add(ident)
        self.result.categories.append(category)
        return ident

    def existing(self, text: str) -> Article | None:
        return next((a for a in self.by_hash.get(text_sha256(text), []) if a.text == text), None)

    def article_for(self, src: QdpxSource) -> Article | None:
        """The project's article with this text, else a new one (None: cannot be one)."""
        text = typing.cast(str, src.text)
        found = self.existing(text)
        if found is not None:
            return found
        from annotator.io.importers import article_from_text

        try:
            art = article_from_text(text, self.origin, src.name)
        except EmptyArticle:
            return None
        found = self.existing(art.text)  # the same text, once normalised
        if found is not None:
            return found
        _describe(art, src.description)
        self.result.articles.append(art)
        self.by_hash.setdefault(art.text_sha256, []).append(art)
        return art

    def place_source(self, src: QdpxSource) -> None:
        count = len(src.selections)
        left_out = f" ({count} selection{'s' if count != 1 else ''} left out)" if count else ""
        if src.text is None:
            self.result.skipped.append(f"{src.label}: {src.problem}{left_out}")
            return
        art = self.article_for(src)
        if art is None:
            self.result.skipped.append(f"{src.label}: no text to import{left_out}")
            return
        # Up to here the stored text is the source's, character for character.
        exact_upto = len(os.path.commonprefix([src.text, art.text]))
        for sel in src.selections:
            self.place_selection(src, sel, art, exact_upto)

    def place_selection(self, src: QdpxSource, sel: QdpxSelection, art: Article,
                        exact_upto: int) -> None:
        text = typing.cast(str, src.text)
        where = f"{src.label}, selection {sel.start}-{sel.end}"
        if not sel.codings:
            self.result.skipped.append(f"{where}: no code")
            return
        if sel.start > sel.end:
            self.result.skipped.append(f"{where}: its start is after its end")
            return
        if sel.start < 0 or sel.end > len(text):
            self.result.skipped.append(f"{where}: outside the text ({len(text)} characters)")
            return
        if sel.start == sel.end:
            self.result.skipped.append(f"{where}: empty selection")
            return
        if sel.end > exact_upto:
            self.result.skipped.append(
                f"{where}: importing the text changes it at character {exact_upto} (Unicode "
                "NFC, line endings or spacing), so this position would no longer be exact")
            return
        details = self.details(sel, where)
        for coding in sel.codings:
            code = self.project.codes.get(coding.code)
            if code is None:
                self.result.skipped.append(f"{where}: its code {coding.code} is not in the "
                                           "codebook")
                continue
            category_id = self.category_for(code)
            if (art.id, category_id, sel.start, sel.end) in self.taken:
                self.result.skipped.append(f"{where} ({code.name}): already annotated the "
                                           "same way")
                continue
            self.taken.add((art.id, category_id, sel.start, sel.end))
            prefix, suffix = context(art.text, sel.start, sel.end)
            users = self.project.users
            created = _utc(coding.created or sel.created)
            ann = Annotation(
                id=new_id(), article_id=art.id, category_id=category_id, start=sel.start,
                end=sel.end, exact=art.text[sel.start : sel.end], prefix=prefix, suffix=suffix,
                author=users.get(coding.user or sel.user, ""), created_at=created,
                updated_at=_utc(sel.modified) or created,
                updated_by=users.get(sel.modifying_user, ""), **details)
            self.result.annotations.append(ann)

    def details(self, sel: QdpxSelection, where: str) -> dict:
        """Note, and the verification from our own Note when there is one."""
        memos = [normalize_text(sel.description).strip()]
        found: dict = {"status": DEFAULT_STATUS}
        for guid in sel.notes:
            note = self.project.notes.get(guid)
            if note is None:
                continue
            if note.name == VERIFICATION_NOTE:
                found.update(self.verification(note.text, where))
            else:
                memos.append(note.text.strip())
        found["note"] = "\n\n".join(m for m in memos if m)[:MAX_STRING]
        return found

    def verification(self, text: str, where: str) -> dict:
        found: dict = {}
        for line in text.split("\n"):
            key, colon, value = line.partition(": ")
            if not colon or not value.strip():
                continue
            value = value.strip()[:1000]
            label, ident = _label_and_id(value)
            if key == "Status":
                found["status"] = self.status(label, ident, where)
            elif key == "Rating":
                rating = find_rating(ident) or find_rating(label)
                if rating is None:
                    self.result.warnings.append(f"{where}: unknown rating {value!r} left out")
                else:
                    found["rating"] = rating.id
            elif key in ("Speaker", "Claimant", "Party"):
                party = self.party_named(value)
                if party is None:
                    self.result.warnings.append(f"{where}: {key.lower()} {value!r} is not a "
                                                "party of this project; left out")
                else:
                    found[f"{key.lower()}_id"] = party
            elif key in ("Value", "Unit", "Reference date"):
                found[{"Value": "value", "Unit": "unit",
                       "Reference date": "ref_date"}[key]] = value
        return found

    def status(self, label: str, ident: str, where: str) -> str:
        for status in self.statuses:
            if ident == status.id:
                return status.id
        wanted = _key(label)
        for status in self.statuses:
            if wanted in (_key(status.label_en), _key(status.label_fr), status.id):
                return status.id
        self.result.warnings.append(f"{where}: unknown status {label!r}; set to "
                                    f"{DEFAULT_STATUS!r}")
        return DEFAULT_STATUS

    def party_named(self, name: str) -> str | None:
        """The one live party with that name or alias; None when none or several."""
        found = [p.id for p in self.data.parties if not p.deleted_at
                 and _key(name) in {_key(n) for n in (p.name, *p.aliases)}]
        return found[0] if len(found) == 1 else None


def _label_and_id(value: str) -> tuple[str, str]:
    """"Verified (verified)" -> ("Verified", "verified"); "Verified" -> ("Verified", "")."""
    found = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", value)
    return (found.group(1), found.group(2).strip()) if found else (value, "")


def _color(value: str) -> str:
    """"#rrggbb" from "#RRGGBB" or "#rgb"; "" for anything else."""
    if re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        return value.lower()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        return "#" + "".join(c * 2 for c in value[1:]).lower()
    return ""


def _describe(art: Article, description: str) -> None:
    """Byline, source, URL, date and language from a Description made of our "Key: value"
    lines only (as we export them); a free-text memo is left alone."""
    lines = [line for line in normalize_text(description).split("\n") if line.strip()]
    pairs = [line.partition(": ") for line in lines]
    if not pairs or any(not sep or key not in _SOURCE_KEYS for key, sep, _v in pairs):
        return
    for key, _sep, value in pairs:
        value = value.strip()[:2000]
        if key == "Published":
            art.published = iso_date(value)
        elif key == "Language":
            art.language = language_tag(value) or art.language
        else:
            setattr(art, _SOURCE_KEYS[key], value)
