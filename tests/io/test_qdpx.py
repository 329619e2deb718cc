"""REFI-QDA (.qdpx) export and import: the schema, code points, round trips, other tools'
files, hostile archives, and the way in through the store and `annotator import`."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import warnings
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from annotator.annotation_import import import_annotation_files, is_annotation_file
from annotator.core.model import (
    BUILTIN_CATEGORIES,
    Annotation,
    Article,
    Category,
    Evidence,
    ProjectData,
)
from annotator.core.text import text_sha256
from annotator.io import qdpx
from annotator.io.errors import FileTooLarge, ImportFailed
from annotator.io.exporters import EXTENSIONS, FORMATS, export
from annotator.io.factsheet import SheetError
from annotator.io.qdpx import plan_qdpx_import, read_qdpx, render_qdpx
from annotator.operations import import_paths, importable_files
from annotator.store import Project
from tests.io.export_sample import sample_project

SCHEMA_PATH = Path(__file__).parent / "fixtures" / "refi-qda" / "Project.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def unzip(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def qde_of(raw: bytes) -> etree._Element:
    return etree.fromstring(unzip(raw)["project.qde"])


def make_qdpx(qde: str | bytes, files: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, payload in (files or {}).items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def span(text: str, exact: str) -> tuple[int, int]:
    start = text.index(exact)
    return start, start + len(exact)


# ---- export ---------------------------------------------------------------------------

ASTRAL = "🚀🌍 Sommet : « Nous tiendrons\u202fnos engagements » 🔥, a dit 𝒜lice."
ASTRAL_ID = "0b0e7c1e-0000-4000-8000-00000000000a"
CAT_UUID = "C4A7E60E-0000-4000-8000-000000000001"


def astral_project() -> ProjectData:
    """Characters outside the BMP before and inside spans: UTF-16 would count them twice."""
    quote = "« Nous tiendrons\u202fnos engagements »"
    anns = []
    for n, (cat, exact) in enumerate([("quote", quote), (CAT_UUID, "🔥"),
                                      ("party", "𝒜lice")]):
        start, end = span(ASTRAL, exact)
        anns.append(Annotation(f"a0000000-0000-4000-8000-00000000000{n}", ASTRAL_ID, cat,
                               start, end, exact, status="verified", rating="mostly_true",
                               note="Note\x0bavec un caractère de contrôle « ok »",
                               author="Zoë", created_at="2024-05-02T08:30:00.000Z"))
    return ProjectData(
        meta={"title": "Émojis 🚀", "created": "2024-05-01T00:00:00.000Z"},
        categories=[*BUILTIN_CATEGORIES, Category(CAT_UUID, "Promesse 🔥", "#AA66CC")],
        articles=[Article(ASTRAL_ID, "« Sommet » 🌍", ASTRAL, language="fr",
                          imported_at="2024-05-01T10:00:00+02:00")],
        annotations=anns,
        evidence=[Evidence("e1", anns[0].id, "https://example.org/source", "Compte rendu")],
    )


@pytest.mark.parametrize("make", [sample_project, astral_project])
def test_export_is_valid_against_the_refi_qda_schema(schema, make):
    raw = render_qdpx(make())
    root = qde_of(raw)
    assert schema.validate(root), schema.error_log
    assert root.tag == "{urn:QDA-XML:project:1.0}Project"


def test_positions_are_code_points_into_utf8_texts_without_bom():
    data = sample_project()
    raw = render_qdpx(data)
    files, root = unzip(raw), qde_of(raw)
    live = {a.id: a for a in data.articles if not a.deleted_at}
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert [s.get("name") for s in sources] == [a.title for a in live.values()]
    selections = 0
    for source in sources:
        path = source.get("plainTextPath")
        assert path == f"internal://{source.get('guid')}.txt"
        payload = files["sources/" + path[len("internal://"):]]
        assert not payload.startswith(b"\xef\xbb\xbf")
        text = payload.decode("utf-8")
        assert text in {a.text for a in live.values()}
        for sel in source.findall("q:PlainTextSelection", NS):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert text[start:end] == sel.get("name")
            selections += 1
    # Live annotations of live articles only: the tombstone and the deleted article are out.
    assert selections == 8
    emoji = root.find("q:Sources/q:TextSource/q:PlainTextSelection[@name='groupe 🏭']", NS)
    assert int(emoji.get("endPosition")) - int(emoji.get("startPosition")) == 8  # not 9


def test_astral_characters_and_guillemets_keep_their_positions(schema):
    raw = render_qdpx(astral_project())
    files, root = unzip(raw), qde_of(raw)
    [source] = root.findall("q:Sources/q:TextSource", NS)
    assert source.get("guid") == ASTRAL_ID and source.get("name") == "« Sommet » 🌍"
    assert source.get("creationDateTime") == "2024-05-01T08:00:00.000Z"  # UTC
    text = files[f"sources/{ASTRAL_ID}.txt"].decode("utf-8")
    assert text == ASTRAL
    found = {s.get("name"): (int(s.get("startPosition")), int(s.get("endPosition")))
             for s in source.findall("q:PlainTextSelection", NS)}
    assert found["🔥"] == span(ASTRAL, "🔥") and found["🔥"][1] - found["🔥"][0] == 1
    assert found["𝒜lice"] == span(ASTRAL, "𝒜lice")
    quote = "« Nous tiendrons\u202fnos engagements »"
    # Two emoji before it: 12 code points in (UTF-16 would say 14).
    assert found[quote] == span(ASTRAL, quote) == (12, 12 + len(quote))
    # A UUID keeps its value (lower case): the selection's and the code's guid.
    assert {s.get("guid") for s in source.findall("q:PlainTextSelection", NS)} == {
        f"a0000000-0000-4000-8000-00000000000{n}" for n in range(3)}
    code = root.find("q:CodeBook/q:Codes/q:Code[@name='Promesse 🔥']", NS)
    assert code.get("guid") == CAT_UUID.lower() and code.get("color") == "#aa66cc"
    # The note as Description (control character replaced), the verification as a Note.
    sel = source.find("q:PlainTextSelection[@name='🔥']", NS)
    assert sel.findtext("q:Description", namespaces=NS) == (
        "Note\ufffdavec un caractère de contrôle « ok »")
    note_guid = sel.find("q:NoteRef", NS).get("targetGUID")
    note = root.find(f"q:Notes/q:Note[@guid='{note_guid}']", NS)
    assert note.get("name") == qdpx.VERIFICATION_NOTE
    assert note.findtext("q:PlainTextContent", namespaces=NS) == (
        "Status: Verified (verified)\nRating: Mostly true (mostly_true)")
    first = root.find("q:Notes/q:Note", NS).findtext("q:PlainTextContent", namespaces=NS)
    assert "Evidence: https://example.org/source (Compte rendu)" in first
    assert root.find("q:Users/q:User", NS).get("name") == "Zoë"


def test_every_guid_is_a_guid_and_every_reference_resolves():
    root = qde_of(render_qdpx(sample_project()))
    guids = [e.get("guid") for e in root.iter() if e.get("guid") is not None]
    assert guids and all(GUID.fullmatch(g) for g in guids)
    assert len(guids) == len(set(guids))
    targets = [e.get("targetGUID") for e in root.iter() if e.get("targetGUID") is not None]
    assert targets and set(targets) <= set(guids)
    users = {e.get("guid") for e in root.iterfind("q:Users/q:User", NS)}
    assert {e.get("creatingUser") for e in root.iter() if e.get("creatingUser")} <= users
    # Every category is a code, used or not; a colour that is not #rrggbb becomes grey.
    codes = {c.get("name"): c.get("color") for c in root.iterfind("q:CodeBook/q:Codes/q:Code",
                                                                  NS)}
    assert set(codes) == {"Quote", "Figure", "Party", "Claims", "Unused", "Bad colour"}
    assert codes["Bad colour"] == "#b8bec6"


def test_export_is_deterministic_and_zip_times_fixed():
    first, second = render_qdpx(sample_project()), render_qdpx(sample_project())
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "project.qde"
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in infos)
    assert all(i.filename == "project.qde" or i.filename.startswith("sources/") for i in infos)


def test_chosen_articles_only_and_unknown_ids_refused():
    raw = render_qdpx(sample_project(), ["art-2"])
    root = qde_of(raw)
    assert [s.get("name") for s in root.iterfind("q:Sources/q:TextSource", NS)] == [
        "Second article"]
    assert len(unzip(raw)) == 2
    with pytest.raises(SheetError):
        render_qdpx(sample_project(), ["nope"])


def test_the_exporter_registry_writes_a_qdpx(tmp_path, schema):
    assert FORMATS["qdpx"].startswith("REFI-QDA") and EXTENSIONS["qdpx"] == ".qdpx"
    out = export(sample_project(), "qdpx", tmp_path / "dossier.qdpx")
    assert schema.validate(qde_of(out.read_bytes()))


# ---- import: round trip ---------------------------------------------------------------


def empty_data() -> ProjectData:
    return ProjectData(categories=list(BUILTIN_CATEGORIES))


def test_round_trip_into_an_empty_project_gives_the_same_texts_spans_and_categories():
    data = sample_project()
    plan = plan_qdpx_import(render_qdpx(data), empty_data(), "dossier.qdpx")
    assert plan.skipped == []
    live = [a for a in data.articles if not a.deleted_at]
    assert [a.text for a in plan.articles] == [a.text for a in live]
    assert [a.title for a in plan.articles] == [a.title for a in live]
    assert plan.articles[0].url == "https://example.org/verrerie"
    assert plan.articles[0].byline == "Jeanne Dupont"
    assert plan.articles[0].published == "2024-03-05"
    assert [c.name for c in plan.categories] == ["Claims", "Unused", "Bad colour"]
    assert plan.categories[0].color == "#c58cf2"
    names = {c.id: c.name for c in [*BUILTIN_CATEGORIES, *plan.categories]}
    texts = {a.id: a.text for a in plan.articles}
    got = {(texts[a.article_id], names[a.category_id], a.start, a.end, a.exact, a.status,
            a.note, a.author) for a in plan.annotations}
    old_names = {c.id: c.name for c in data.categories}
    old_texts = {a.id: a.text for a in live}
    expected = {(old_texts[a.article_id], old_names[a.category_id], a.start, a.end, a.exact,
                 a.status, a.note, a.author)
                for a in data.annotations if not a.deleted_at and a.article_id in old_texts}
    assert got == expected and len(got) == 8


def test_round_trip_links_the_speaker_when_the_party_is_known():
    data = sample_project()
    target = replace(data, articles=[], annotations=[], evidence=[])
    plan = plan_qdpx_import(render_qdpx(data), target, "dossier.qdpx")
    assert plan.warnings == [] and plan.categories == []  # every code is a category already
    quote = next(a for a in plan.annotations if a.category_id == "quote")
    assert quote.speaker_id == "party-martin" and quote.status == "verified"
    figure = next(a for a in plan.annotations if a.exact == "14\u202f000 salariés")
    assert (figure.value, figure.unit, figure.status) == ("14000", "salariés", "false")


def test_astral_round_trip_keeps_spans_and_rating():
    data = astral_project()
    plan = plan_qdpx_import(render_qdpx(data), empty_data(), "astral.qdpx")
    assert plan.skipped == []
    [article] = plan.articles
    assert article.text == ASTRAL
    assert sorted((a.start, a.end, a.exact, a.rating) for a in plan.annotations) == sorted(
        (a.start, a.end, a.exact, a.rating) for a in data.annotations)
    assert [c.name for c in plan.categories] == ["Promesse 🔥"]
    assert plan.categories[0].id == CAT_UUID.lower()


def test_into_the_project_it_came_from_adds_nothing():
    data = sample_project()
    live = replace(data, articles=[a for a in data.articles if not a.deleted_at],
                   annotations=[a for a in data.annotations if not a.deleted_at])
    plan = plan_qdpx_import(render_qdpx(data), live, "dossier.qdpx")
    assert plan.articles == [] and plan.categories == [] and plan.annotations == []
    assert len(plan.skipped) == 8 and all("already annotated" in s for s in plan.skipped)


# ---- import: a file from another tool -------------------------------------------------

G = {name: f"{{{n:08X}-ABCD-4EF0-8123-456789ABCDEF}}" for n, name in enumerate(
    ["user", "quote", "emotion", "tone", "negative", "unused", "srcA", "srcB", "srcC",
     "pdf", "srcE", "srcF", "memo", "unknown"], 1)}
TEXT_A = ("Le maire a déclaré : « On ne fermera pas l'école » 🏫🚸, puis il est parti.\n"
          "Fin de la réunion.")
TEXT_B = "Deuxième source, écrite dans le projet.\n\n"
TEXT_C = "Ligne un\r\nLigne deux"
EXISTING = "Un article déjà dans le projet."


def sel(n: int, start: int, end: int, *codes: str, extra: str = "") -> str:
    codings = "".join(
        f'<Coding guid="{{00000000-0000-4000-8000-{n:06d}{i:06d}}}" creatingUser="{G["user"]}">'
        f'<CodeRef targetGUID="{G[c] if c in G else c}"/></Coding>' for i, c in enumerate(codes))
    return (f'<PlainTextSelection guid="{{10000000-0000-4000-8000-{n:012d}}}" name="s{n}" '
            f'startPosition="{start}" endPosition="{end}" creatingUser="{G["user"]}" '
            f'creationDateTime="2023-11-02T10:15:00+01:00">{extra}{codings}'
            "</PlainTextSelection>")


def foreign_qde() -> str:
    q = span(TEXT_A, "« On ne fermera pas l'école »")
    e = span(TEXT_A, "🏫🚸")
    memo = ("<Description>Le maire se contredit.</Description>", f'<NoteRef targetGUID="{G["memo"]}"/>')
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Étude municipale" origin="Another QDA tool 12">
  <Users><User guid="{G["user"]}" name="Ana Silva"/></Users>
  <CodeBook><Codes>
    <Code guid="{G["quote"]}" name="  quote " isCodable="true"/>
    <Code guid="{G["emotion"]}" name="Émotion" isCodable="true" color="#F0A"/>
    <Code guid="{G["tone"]}" name="Tone" isCodable="false">
      <Code guid="{G["negative"]}" name="Negative" isCodable="true" color="#336699"/>
    </Code>
    <Code guid="{G["unused"]}" name="Unused code" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{G["srcA"]}" name="Conseil municipal" plainTextPath="internal://{G["srcA"]}.txt">
      {sel(1, *q, "quote", extra=memo[0]).replace("</PlainTextSelection>", memo[1] + "</PlainTextSelection>")}
      {sel(2, *e, "emotion", "negative")}
      {sel(3, len(TEXT_A) - 3, len(TEXT_A) + 5, "emotion")}
      {sel(4, 0, 8, "unknown")}
      {sel(5, 0, 8)}
    </TextSource>
    <TextSource guid="{G["srcB"]}" name="Deuxième">
      <PlainTextContent>{TEXT_B}</PlainTextContent>
      {sel(6, 0, 15, "quote")}
    </TextSource>
    <TextSource guid="{G["srcC"]}" name="Windows" plainTextPath="internal://c.txt">
      {sel(7, 0, 8, "emotion")}
      {sel(8, 10, 20, "emotion")}
    </TextSource>
    <PDFSource guid="{G["pdf"]}" name="scan.pdf" path="relative://scan.pdf"/>
    <TextSource guid="{G["srcE"]}" name="Ailleurs" plainTextPath="relative://notes.txt">
      {sel(9, 0, 4, "quote")}
    </TextSource>
    <TextSource guid="{G["srcF"]}" name="Déjà là">
      <PlainTextContent>{EXISTING}</PlainTextContent>
      {sel(10, 0, 10, "emotion")}
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{G["memo"]}" name="Memo"><PlainTextContent>Voir le compte rendu.</PlainTextContent></Note>
  </Notes>
</Project>"""


def foreign_qdpx() -> bytes:
    return make_qdpx(foreign_qde(), {
        f"sources/{G['srcA']}.txt": TEXT_A.encode("utf-8"),
        "sources/c.txt": TEXT_C.encode("utf-8"),
        "sources/unrelated.mp3": b"ID3" + bytes(100),
    })


def existing_data() -> ProjectData:
    return ProjectData(categories=list(BUILTIN_CATEGORIES), articles=[
        Article("art-x", "Déjà là", EXISTING, text_sha256=text_sha256(EXISTING))])


def test_a_project_from_another_tool_is_placed_and_what_is_left_out_is_said():
    plan = plan_qdpx_import(foreign_qdpx(), existing_data(), "etude.qdpx")
    # Texts: A (internal file), B (PlainTextContent, trailing blank lines tidied), C (CRLF
    # normalised); F is the project's article already; E's text is outside the archive.
    assert [(a.title, a.text) for a in plan.articles] == [
        ("Conseil municipal", TEXT_A), ("Deuxième", TEXT_B.rstrip()),
        ("Windows", "Ligne un\nLigne deux")]
    assert all(a.origin == "etude.qdpx" for a in plan.articles)
    # Codes: "quote" is the built-in Quote; the others become categories, the folder not.
    assert [(c.name, c.color, c.kind) for c in plan.categories] == [
        ("Émotion", "#ff00aa", "user"), ("Tone / Negative", "#336699", "user"),
        ("Unused code", qdpx._PALETTE[2], "user")]
    assert plan.categories[0].id == G["emotion"].strip("{}").lower()
    assert [c.position for c in plan.categories] == [3, 4, 5]
    names = {c.id: c.name for c in [*BUILTIN_CATEGORIES, *plan.categories]}
    texts = {a.id: a.text for a in [*plan.articles, *existing_data().articles]}
    got = sorted((texts[a.article_id][:8], names[a.category_id], a.exact)
                 for a in plan.annotations)
    assert got == sorted([
        ("Le maire", "Quote", "« On ne fermera pas l'école »"),
        ("Le maire", "Émotion", "🏫🚸"), ("Le maire", "Tone / Negative", "🏫🚸"),
        ("Deuxième", "Quote", "Deuxième source"),
        ("Ligne un", "Émotion", "Ligne un"),
        ("Un artic", "Émotion", "Un article"),
    ])
    emoji = next(a for a in plan.annotations if a.exact == "🏫🚸")
    assert (emoji.start, emoji.end) == span(TEXT_A, "🏫🚸") and emoji.end - emoji.start == 2
    quote = next(a for a in plan.annotations if a.category_id == "quote"
                 and a.exact.startswith("«"))
    assert quote.note == "Le maire se contredit.\n\nVoir le compte rendu."
    assert quote.author == "Ana Silva" and quote.created_at == "2023-11-02T09:15:00.000Z"
    assert quote.status == "to_check"
    assert next(a for a in plan.annotations if a.exact == "Un article").article_id == "art-x"
    skipped = "\n".join(plan.skipped)
    assert len(plan.skipped) == 5, skipped
    assert f"selection {len(TEXT_A) - 3}-{len(TEXT_A) + 5}: outside the text" in skipped
    assert "is not in the codebook" in skipped
    assert "selection 0-8: no code" in skipped
    assert "source 'Windows', selection 10-20: importing the text changes it" in skipped
    assert "source 'Ailleurs': its text is outside the .qdpx" in skipped
    assert "(1 selection left out)" in skipped
    assert plan.warnings == ["1 PDFSource element left out (only text sources are supported)"]


def test_reading_keeps_the_users_codes_and_positions_as_written():
    project = read_qdpx(foreign_qdpx(), "etude.qdpx")
    assert project.name == "Étude municipale"
    assert project.users == {G["user"].strip("{}").lower(): "Ana Silva"}
    assert [c.name for c in project.codes.values()] == [
        "quote", "Émotion", "Tone", "Tone / Negative", "Unused code"]
    a = project.sources[0]
    assert a.text == TEXT_A and [(s.start, s.end) for s in a.selections][0] == span(
        TEXT_A, "« On ne fermera pas l'école »")


def test_a_byte_order_mark_is_dropped_with_a_warning():
    qde = foreign_qde()
    raw = make_qdpx(qde, {f"sources/{G['srcA']}.txt": b"\xef\xbb\xbf" + TEXT_A.encode(),
                          "sources/c.txt": TEXT_C.encode()})
    plan = plan_qdpx_import(raw, existing_data(), "bom.qdpx")
    assert plan.articles[0].text == TEXT_A
    assert any("byte-order mark" in w for w in plan.warnings)


# ---- import: hostile and broken files -------------------------------------------------

MINIMAL = """<?xml version="1.0" encoding="utf-8"?>{doctype}
<Project xmlns="urn:QDA-XML:project:1.0" name="x">{body}</Project>"""


def minimal(body: str = "", doctype: str = "") -> str:
    return MINIMAL.format(body=body, doctype=doctype)


def zipped(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, payload in entries:
                archive.writestr(zipfile.ZipInfo(name), payload)
    return buffer.getvalue()


SOURCE = '<Sources><TextSource guid="{g}" name="t"><PlainTextContent>abc</PlainTextContent>{s}</TextSource></Sources>'
GOOD_GUID = "11111111-2222-4333-8444-555555555555"

HOSTILE = {
    "empty": (b"", "empty"),
    "not a zip": (b"PK not really a zip at all", "not a zip archive"),
    "a Word document": (zipped([("word/document.xml", b"<w/>")]), "no project.qde"),
    "parent path": (zipped([("project.qde", minimal().encode()), ("../evil.txt", b"x")]),
                    "outside the archive"),
    "absolute path": (zipped([("project.qde", minimal().encode()), ("/etc/passwd", b"x")]),
                      "outside the archive"),
    "drive letter": (zipped([("C:/evil.txt", b"x"), ("project.qde", minimal().encode())]),
                     "outside the archive"),
    "backslashes": (zipped([("project.qde", minimal().encode()), ("..\\evil.txt", b"x")]),
                    "outside the archive"),
    "twice the same name": (zipped([("project.qde", minimal().encode()),
                                    ("project.qde", b"<x/>")]), "twice"),
    "internal path escaping": (make_qdpx(minimal(
        f'<Sources><TextSource guid="{GOOD_GUID}" plainTextPath="internal://../../etc/passwd"/>'
        "</Sources>")), "points outside the archive"),
    "an internal entity": (make_qdpx(minimal(
        "<Description>&x;</Description>", '<!DOCTYPE Project [<!ENTITY x "boom">]>')),
        "DOCTYPE"),
    "an external entity": (make_qdpx(minimal(
        "<Description>&x;</Description>",
        '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>')), "DOCTYPE"),
    "billion laughs": (make_qdpx(minimal(
        "<Description>&l3;</Description>",
        '<!DOCTYPE Project [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;">'
        '<!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;">]>')),
        "refused"),
    "a bare DOCTYPE": (make_qdpx(minimal("", '<!DOCTYPE Project SYSTEM "http://x/p.dtd">')),
                       "DOCTYPE"),
    "not XML": (make_qdpx(b"\x00\x01 binary"), "not well-formed XML"),
    "truncated XML": (make_qdpx(minimal()[:-5]), "not well-formed XML"),
    "another root": (make_qdpx('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'),
                     "holds <CodeBook> in namespace urn:QDA-XML:codebook:1.0"),
    "another namespace": (make_qdpx('<Project xmlns="urn:example" name="x"/>'),
                          "not <Project> in urn:QDA-XML:project:1.0"),
    "no namespace": (make_qdpx('<Project name="x"/>'), "(no namespace)"),
    "source without guid": (make_qdpx(minimal(
        '<Sources><TextSource name="t"><PlainTextContent>abc</PlainTextContent>'
        "</TextSource></Sources>")), "has no 'guid' attribute"),
    "selection without start": (make_qdpx(minimal(SOURCE.format(
        g=GOOD_GUID, s=f'<PlainTextSelection guid="{GOOD_GUID}" endPosition="2"/>'))),
        "has no 'startPosition' attribute"),
    "position not a number": (make_qdpx(minimal(SOURCE.format(
        g=GOOD_GUID, s=f'<PlainTextSelection guid="{GOOD_GUID}" startPosition="one" '
                       'endPosition="2"/>'))), "is not an integer"),
    "coding without code": (make_qdpx(minimal(SOURCE.format(
        g=GOOD_GUID, s=f'<PlainTextSelection guid="{GOOD_GUID}" startPosition="0" '
                       f'endPosition="2"><Coding guid="{GOOD_GUID}"/></PlainTextSelection>'))),
        "has no <CodeRef>"),
    "code reference without target": (make_qdpx(minimal(SOURCE.format(
        g=GOOD_GUID, s=f'<PlainTextSelection guid="{GOOD_GUID}" startPosition="0" '
                       f'endPosition="2"><Coding guid="{GOOD_GUID}"><CodeRef/></Coding>'
                       "</PlainTextSelection>"))), "has no 'targetGUID' attribute"),
    "code without name": (make_qdpx(minimal(
        f'<CodeBook><Codes><Code guid="{GOOD_GUID}" isCodable="true"/></Codes></CodeBook>')),
        "has no 'name' attribute"),
    "Latin-1 text": (make_qdpx(minimal(
        f'<Sources><TextSource guid="{GOOD_GUID}" plainTextPath="internal://t.txt"/></Sources>'),
        {"sources/t.txt": "Élodie a dit « non »".encode("latin-1")}), "is not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_or_broken_files_fail_with_one_line_naming_the_file(case):
    raw, expected = HOSTILE[case]
    with pytest.raises(ImportFailed) as info:
        plan_qdpx_import(raw, empty_data(), "/tmp/in/hostile.qdpx")
    message = str(info.value)
    assert message.startswith("/tmp/in/hostile.qdpx: ") and "\n" not in message
    assert expected in message


def test_a_zip_bomb_is_refused_before_it_is_inflated():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("project.qde", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(201):  # 201 MB of zeros: about 200 KB zipped
                member.write(chunk)
    with pytest.raises(FileTooLarge, match=r"bomb\.qdpx: unzips to more than 200 MB"):
        read_qdpx(buffer.getvalue(), "bomb.qdpx")


def test_texts_share_one_inflation_budget(monkeypatch):
    monkeypatch.setattr(qdpx, "MAX_UNZIPPED_BYTES", 2_000)
    body = "".join(f'<TextSource guid="{GOOD_GUID[:-1]}{n}" plainTextPath="internal://{n}.txt"/>'
                   for n in range(3))
    raw = make_qdpx(minimal(f"<Sources>{body}</Sources>"),
                    {f"sources/{n}.txt": b"a" * 700 for n in range(3)})
    with pytest.raises(FileTooLarge, match="unzips to more than"):
        read_qdpx(raw, "many.qdpx")


def test_a_member_that_expands_too_much_is_refused(monkeypatch):
    monkeypatch.setattr(qdpx, "RATIO_CHECKED_ABOVE", 1_000)
    raw = make_qdpx(minimal() + " " * 100_000)
    with pytest.raises(ImportFailed, match="would expand more than 200:1"):
        read_qdpx(raw, "ratio.qdpx")


# ---- through the store, the folder import and the command line ------------------------


def test_qdpx_is_an_annotation_file_and_found_in_folders(tmp_path):
    out = tmp_path / "in" / "etude.qdpx"
    out.parent.mkdir()
    out.write_bytes(foreign_qdpx())
    assert is_annotation_file(out) and is_annotation_file(Path("X.QDPX"))
    assert importable_files([out.parent]) == [out]


def test_import_through_the_store_adds_articles_categories_and_annotations(tmp_path):
    path = tmp_path / "etude.qdpx"
    path.write_bytes(foreign_qdpx())
    with Project.create(tmp_path / "p.annot", author="Paul") as project:
        project.add_article(Article("art-x", "Déjà là", EXISTING,
                                    text_sha256=text_sha256(EXISTING)))
        plan = import_annotation_files(project, [path])
        assert plan.failed == [] and len(plan.annotations) == 6
        assert "3 new categories" in plan.summary() and "3 new articles" in plan.summary()
        names = [c.name for c in project.categories()]
        assert names[-3:] == ["Émotion", "Tone / Negative", "Unused code"]
        assert len(project.article_ids()) == 4
        stored = project.annotations("art-x")
        assert [(a.exact, a.author) for a in stored] == [("Un article", "Ana Silva")]
        # Again: the texts and codes are known now; every span is already there.
        again = import_annotation_files(project, [path])
        assert again.articles == [] and again.categories == [] and again.annotations == []
        assert len(project.categories()) == 6


def test_a_folder_holding_a_qdpx_is_imported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dossier.qdpx").write_bytes(render_qdpx(sample_project()))
    with Project.create(tmp_path / "p.annot") as project:
        report = import_paths(project, [folder])
        assert report.failed == [] and len(report.imported) == 2
        assert "8 annotations in 2 articles" in report.summary()
        claims = project.category_by_name("Claims")
        assert claims is not None and claims.color == "#c58cf2"


def test_a_category_deleted_after_an_import_comes_back_with_the_next(tmp_path):
    """Imported codes keep their guid as category id; a tombstone of it is revived."""
    path = tmp_path / "etude.qdpx"
    path.write_bytes(foreign_qdpx())
    emotion = G["emotion"].strip("{}").lower()
    with Project.create(tmp_path / "p.annot") as project:
        project.add_imported_annotations([], [], [Category(emotion, "Émotion", "#ff00aa")])
        project.write(lambda: project.db["categories"].update(
            emotion, {"deleted_at": "2024-01-01T00:00:00Z"}))
        assert project.category_by_name("Émotion") is None
        plan = import_annotation_files(project, [path])
        assert plan.failed == []
        assert project.category_by_name("Émotion").id == emotion
        assert any(a.category_id == emotion for a in plan.annotations)


def test_cli_exports_and_imports_a_qdpx(tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "annotator", *map(str, args)],
                              capture_output=True, text=True, timeout=120)

    source = tmp_path / "source.annot"
    with Project.create(source, author="Marie") as project:
        project.load(sample_project())
    out = tmp_path / "dossier.qdpx"
    done = run("export", source, "--format", "qdpx", "-o", out)
    assert done.returncode == 0, done.stderr
    with Project.open(source) as project:  # the command writes what render_qdpx makes
        assert out.read_bytes() == render_qdpx(project.snapshot())
    target = tmp_path / "target.annot"
    assert run("new", target).returncode == 0
    done = run("import", target, out)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2  # the two live articles, as new articles
    assert "8 annotations in 2 articles" in done.stderr and "3 new categories" in done.stderr
    with Project.open(target) as imported, Project.open(source) as original:
        def spans(p: Project) -> set:
            names = {c.id: c.name for c in p.categories()}
            return {(art.text, names[a.category_id], a.start, a.end, a.exact, a.status, a.note)
                    for art in p.snapshot(include_deleted=False).articles
                    for a in p.annotations(art.id)}
        assert spans(imported) == spans(original)
    # A broken file: one line naming it, exit 1.
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    done = run("import", target, bad)
    assert done.returncode == 1 and f"{bad}: not a REFI-QDA project" in done.stderr
