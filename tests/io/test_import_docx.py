"""Word .docx import: documents are built with python-docx here, no binary fixtures."""

import http.server
import io
import threading
import zipfile
from datetime import datetime

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.io import docx_import
from annotator.io.docx_import import read_docx
from annotator.io.errors import EmptyArticle, FileTooLarge, ImportFailed, MalformedFile
from annotator.io.importers import extract

NBSP = "\u00a0"
TITLE_FR = "Tech : 14 000 salariés licenciés en un mois"
QUOTE_FR = (
    f"«{NBSP}Nous devons redevenir agiles{NBSP}», a justifié la directrice générale, "
    "qui annonce le départ de 14 000 salariés."
)


def docx_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def add_hyperlink(paragraph, text: str, url: str) -> None:
    """python-docx has no API to write a hyperlink; this is the XML Word writes."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def add_xml(document, xml: str) -> None:
    """A body-level element (paragraph, table, content control) before the section properties."""
    document.element.body.sectPr.addprevious(parse_xml(xml))


def french_story():
    d = docx.Document()
    props = d.core_properties
    props.author = "Par Jean Dupont"
    props.created = datetime(2024, 1, 18, 9, 30)
    props.language = "fr-FR"
    props.title = "Modèle de dépêche"  # a stale template title: ignored
    d.sections[0].header.paragraphs[0].text = "Le Quotidien — édition du jeudi"
    d.sections[0].footer.paragraphs[0].text = "Page 1"
    d.add_paragraph(TITLE_FR, style="Title")
    d.add_paragraph("Les géants de la Silicon Valley taillent dans leurs effectifs",
                    style="Subtitle")
    d.add_paragraph(QUOTE_FR)
    d.add_paragraph("")  # empty paragraphs are not blocks
    p = d.add_paragraph("Selon le décompte de ")
    add_hyperlink(p, "Layoffs.fyi", "https://layoffs.fyi/")
    p.add_run(", les suppressions se concentrent sur quatre groupes\u202f:")
    table = d.add_table(rows=4, cols=3)
    rows = [
        ("Entreprise", "Suppressions", "Part des effectifs"),
        ("Meta", "11 000", "13 %"),
        ("Google", "12 000", "6 %"),
        ("Microsoft", "10 000", "5 %"),
    ]
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("Les syndicats réclament :")
    for item in ("un moratoire sur les licenciements ;", "des indemnités supra-légales ;",
                 "un plan de reclassement."):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("Un marché qui se retourne", style="Heading 1")
    p = d.add_paragraph("La direction assure\tque « le pire est passé ».")
    run = p.add_run(" Elle ajoute :")
    run.add_break()  # a soft line break (Shift+Enter)
    p.add_run("«\u00a0Nous recruterons à nouveau.\u00a0»")
    d.add_comment(p.runs, text="Vérifier cette citation", author="Relecteur")
    return d


FRENCH_TEXT = (
    "Les géants de la Silicon Valley taillent dans leurs effectifs\n"
    "\n"
    f"{QUOTE_FR}\n"
    "\n"
    "Selon le décompte de Layoffs.fyi, les suppressions se concentrent sur quatre "
    "groupes\u202f:\n"
    "\n"
    "Entreprise | Suppressions | Part des effectifs\n"
    "Meta | 11 000 | 13 %\n"
    "Google | 12 000 | 6 %\n"
    "Microsoft | 10 000 | 5 %\n"
    "\n"
    "Les syndicats réclament :\n"
    "\n"
    "- un moratoire sur les licenciements ;\n"
    "- des indemnités supra-légales ;\n"
    "- un plan de reclassement.\n"
    "\n"
    "Un marché qui se retourne\n"
    "\n"
    "La direction assure que « le pire est passé ». Elle ajoute :\n"
    f"«{NBSP}Nous recruterons à nouveau.{NBSP}»"
)


# ---- text, title and metadata ----------------------------------------------------------


def test_french_story_blocks_title_and_metadata():
    draft = read_docx(docx_bytes(french_story()), "story.docx")
    assert draft.text == FRENCH_TEXT
    assert draft.title == TITLE_FR
    assert draft.byline == "Jean Dupont"
    assert draft.published == "2024-01-18T09:30:00+00:00"
    assert draft.language == "fr"


def test_headers_footers_and_comments_are_not_body():
    text = read_docx(docx_bytes(french_story()), "story.docx").text
    for outside in ("Le Quotidien", "Page 1", "Vérifier cette citation", "Modèle de dépêche"):
        assert outside not in text


def test_extract_end_to_end(tmp_path):
    path = tmp_path / "story.docx"
    path.write_bytes(docx_bytes(french_story()))
    article = extract(path)
    assert article.text == FRENCH_TEXT
    assert article.title == TITLE_FR
    assert article.byline == "Jean Dupont"
    assert article.published == "2024-01-18T09:30:00+00:00"
    assert article.language == "fr"
    assert article.origin == "story.docx"
    assert "14 000 salariés" in article.text and f"«{NBSP}Nous" in article.text


def english_story():
    d = docx.Document()
    d.core_properties.author = "By Jane Smith"
    d.core_properties.created = datetime(2023, 1, 20, 14, 5)
    d.core_properties.language = ""
    d.add_paragraph("Google to cut 12,000 jobs as tech layoffs spread", style="Heading 1")
    d.add_paragraph(
        "Alphabet said on Friday that it would eliminate 12,000 jobs, about 6% of its "
        "workforce, the latest in a wave of layoffs that has hit the technology industry."
    )
    d.add_paragraph("What the company said", style="Heading 2")
    d.add_paragraph(
        "\u201cI take full responsibility for the decisions that led us here,\u201d the chief "
        "executive wrote in a memo to staff."
    )
    return d


def test_english_story_heading_1_first_is_the_title_and_leaves_the_body(tmp_path):
    path = tmp_path / "story.docx"
    path.write_bytes(docx_bytes(english_story()))
    article = extract(path)
    assert article.title == "Google to cut 12,000 jobs as tech layoffs spread"
    assert article.text.startswith("Alphabet said on Friday")
    assert "What the company said\n\n\u201cI take full" in article.text
    assert article.byline == "Jane Smith"
    assert article.published == "2023-01-20T14:05:00+00:00"
    assert article.language == "en"  # guessed from the text: the file says none


def test_heading_1_after_a_kicker_is_the_title_but_stays_in_the_body():
    d = docx.Document()
    d.add_paragraph("ÉCONOMIE")
    d.add_paragraph("Plan social chez Nuvia", style="Heading 1")
    d.add_paragraph("Le groupe supprime 1 200 postes.")
    draft = read_docx(docx_bytes(d), "a.docx")
    assert draft.title == "Plan social chez Nuvia"
    assert draft.text == "ÉCONOMIE\n\nPlan social chez Nuvia\n\nLe groupe supprime 1 200 postes."


def test_title_style_wins_over_an_earlier_heading_1():
    d = docx.Document()
    d.add_paragraph("Rubrique", style="Heading 1")
    d.add_paragraph("Le vrai titre", style="Title")
    d.add_paragraph("Le texte.")
    draft = read_docx(docx_bytes(d), "a.docx")
    assert draft.title == "Le vrai titre"
    assert draft.text == "Rubrique\n\nLe texte."


def test_unstyled_first_paragraph_is_the_title_and_stays_in_the_body(tmp_path):
    d = docx.Document()
    d.add_paragraph("Plan social chez Nuvia")
    d.add_paragraph("Le groupe supprime 1 200 postes.")
    path = tmp_path / "a.docx"
    path.write_bytes(docx_bytes(d))
    article = extract(path)
    assert article.title == "Plan social chez Nuvia"
    assert article.text == "Plan social chez Nuvia\n\nLe groupe supprime 1 200 postes."


def test_a_headline_alone_is_kept_as_the_text():
    d = docx.Document()
    d.add_paragraph("Seulement un titre", style="Title")
    draft = read_docx(docx_bytes(d), "a.docx")
    assert (draft.title, draft.text) == ("Seulement un titre", "Seulement un titre")


def test_core_title_only_when_no_paragraph_has_text():
    d = docx.Document()
    d.core_properties.title = "Chiffres des licenciements"
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Meta", "11 000"
    draft = read_docx(docx_bytes(d), "a.docx")
    assert (draft.title, draft.text) == ("Chiffres des licenciements", "Meta | 11 000")


def test_python_docx_template_defaults_are_not_a_byline_or_date():
    d = docx.Document()  # author "python-docx", created 2013-12-23: its template's
    d.add_paragraph("Un texte.")
    draft = read_docx(docx_bytes(d), "a.docx")
    assert (draft.byline, draft.published) == ("", None)


def test_created_with_an_offset_is_given_in_utc():
    d = docx.Document()
    d.core_properties.author = "Jean Dupont"
    d.core_properties.created = datetime(2024, 3, 1, 10, 0)
    d.add_paragraph("Un texte.")
    data = rewrite_member(docx_bytes(d), "docProps/core.xml", lambda xml: xml.replace(
        b"2024-03-01T10:00:00Z", b"2024-03-01T10:00:00+01:00"))
    assert read_docx(data, "a.docx").published == "2024-03-01T09:00:00+00:00"


def test_empty_created_element_is_no_date():
    d = docx.Document()
    d.core_properties.author = "Jean Dupont"
    d.core_properties.created = datetime(2024, 3, 1, 10, 0)
    d.add_paragraph("Un texte.")
    data = rewrite_member(docx_bytes(d), "docProps/core.xml", lambda xml: xml.replace(
        b"2024-03-01T10:00:00Z", b""))
    draft = read_docx(data, "a.docx")
    assert (draft.byline, draft.published) == ("Jean Dupont", None)


# ---- tables, lists, runs ---------------------------------------------------------------


def test_merged_cells_are_given_once():
    d = docx.Document()
    d.add_paragraph("Avant.")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Suppressions annoncées en 2023"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "États-Unis"
    t.cell(1, 1).text, t.cell(1, 2).text = "Meta", "11 000"
    t.cell(2, 1).text, t.cell(2, 2).text = "Google", "12 000"
    d.add_paragraph("Après.")
    assert read_docx(docx_bytes(d), "a.docx").text == (
        "Avant.\n\n"
        "Suppressions annoncées en 2023\n"
        "États-Unis | Meta | 11 000\n"
        "Google | 12 000\n\n"
        "Après."
    )


def test_numbered_paragraphs_are_list_items_and_numbered_headings_are_not():
    d = docx.Document()
    d.add_paragraph("Premier point")  # unstyled: stays in the body
    numbered = '<w:p {}><w:pPr>{}<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{}"/>' \
        "</w:numPr></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>"
    heading_style = d.styles["Heading 2"].style_id
    add_xml(d, numbered.format(nsdecls("w"), f'<w:pStyle w:val="{heading_style}"/>', 0, 1,
                               "Contexte"))
    add_xml(d, numbered.format(nsdecls("w"), "", 0, 1, "Meta"))
    add_xml(d, numbered.format(nsdecls("w"), "", 1, 1, "dont 2 000 en Europe"))
    add_xml(d, numbered.format(nsdecls("w"), "", 0, 1, "Google"))
    add_xml(d, numbered.format(nsdecls("w"), "", 0, 0, "numId 0 means no numbering"))
    assert read_docx(docx_bytes(d), "a.docx").text == (
        "Premier point\n\nContexte\n\n- Meta\n  - dont 2 000 en Europe\n- Google\n\n"
        "numId 0 means no numbering"
    )


def test_soft_break_in_a_list_item_continues_under_its_text():
    d = docx.Document()
    d.add_paragraph("Liste :")
    item = d.add_paragraph("Meta", style="List Bullet")
    item.runs[0].add_break()
    item.add_run("11 000 postes")
    assert read_docx(docx_bytes(d), "a.docx").text == "Liste :\n\n- Meta\n  11 000 postes"


def test_tracked_changes_content_controls_and_text_boxes():
    d = docx.Document()
    d.add_paragraph("Introduction.")
    w = nsdecls("w")
    add_xml(d, f'<w:p {w}><w:r><w:t xml:space="preserve">Le groupe supprime </w:t></w:r>'
               '<w:del w:id="1" w:author="R"><w:r><w:delText>12 000</w:delText></w:r></w:del>'
               '<w:ins w:id="2" w:author="R"><w:r><w:t>14 000</w:t></w:r></w:ins>'
               '<w:r><w:t xml:space="preserve"> postes.</w:t></w:r></w:p>')
    add_xml(d, f'<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Chapeau en contrôle.'
               '</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    add_xml(d, f'<w:p {w} xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
               'wordprocessingShape"><w:r><w:t>Corps.</w:t></w:r><w:r><w:drawing><wps:txbx>'
               '<w:txbxContent><w:p><w:r><w:t>ENCADRÉ</w:t></w:r></w:p></w:txbxContent>'
               '</wps:txbx></w:drawing></w:r></w:p>')
    assert read_docx(docx_bytes(d), "a.docx").text == (
        "Introduction.\n\nLe groupe supprime 14 000 postes.\n\nChapeau en contrôle.\n\nCorps."
    )


# ---- bad input -------------------------------------------------------------------------


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def rewrite_member(data: bytes, name: str, change) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members[name] = change(members[name])
    return zip_of(members)


@pytest.mark.parametrize("data", [
    b"Plan social chez Nuvia\n",
    b"\x89PNG\r\n\x1a\n" + bytes(64),
    b"",
    b"PK\x03\x04 truncated",
], ids=["text", "png", "empty", "zip-header-only"])
def test_not_a_zip(data):
    with pytest.raises(MalformedFile, match=r"^bad\.docx: not a Word document \(\.docx\)$"):
        read_docx(data, "bad.docx")


def test_old_doc_or_encrypted_docx():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(MalformedFile) as info:
        read_docx(ole2, "old.docx")
    message = str(info.value)
    assert message.startswith("old.docx: ") and "\n" not in message
    assert ".doc" in message and "password" in message and "save it as .docx" in message


@pytest.mark.parametrize("members, kind", [
    ({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}, "Excel"),
    ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
     "OpenDocument"),
    ({"notes.txt": b"hello"}, ""),
])
def test_other_zip_files(members, kind):
    with pytest.raises(MalformedFile, match=rf"^other\.docx: not a Word document \(\.docx\).*{kind}"):
        read_docx(zip_of(members), "other.docx")


def test_zip_without_word_document_xml():
    with zipfile.ZipFile(io.BytesIO(docx_bytes(english_story()))) as z:
        members = {n: z.read(n) for n in z.namelist() if n != "word/document.xml"}
    with pytest.raises(MalformedFile, match=r"^gone\.docx: damaged or not a Word document"):
        read_docx(zip_of(members), "gone.docx")


def test_broken_document_xml():
    data = rewrite_member(docx_bytes(english_story()), "word/document.xml", lambda b: b[:-40])
    with pytest.raises(MalformedFile, match=r"^cut\.docx: damaged or not a Word document \("):
        read_docx(data, "cut.docx")


def test_empty_document(tmp_path):
    d = docx.Document()
    d.add_paragraph("")
    d.add_paragraph("   \t ")
    d.add_table(rows=2, cols=2)
    with pytest.raises(EmptyArticle, match=r"^empty\.docx: "):
        read_docx(docx_bytes(d), "empty.docx")
    path = tmp_path / "empty.docx"
    path.write_bytes(docx_bytes(d))
    with pytest.raises(EmptyArticle):
        extract(path)


def test_zip_bomb_ratio_refused_before_python_docx_reads(monkeypatch):
    def must_not_open(*args):
        raise AssertionError("python-docx was asked to open a zip bomb")

    data = rewrite_member(docx_bytes(english_story()), "word/document.xml",
                          lambda b: b + bytes(11 * 1024 * 1024))
    monkeypatch.setattr(docx, "Document", must_not_open)
    with pytest.raises(MalformedFile, match=r"^bomb\.docx: word/document\.xml would expand more"
                                            r" than 200:1"):
        read_docx(data, "bomb.docx")


def test_unzipped_size_limit(monkeypatch):
    monkeypatch.setattr(docx_import, "MAX_UNZIPPED_BYTES", 10_000)
    with pytest.raises(FileTooLarge, match=r"^big\.docx: unzips to \d+ MB \(the limit is \d+ MB\)$"):
        read_docx(docx_bytes(english_story()), "big.docx")


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 -- the http.server API
        self.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"FETCHED-OVER-HTTP")

    def log_message(self, *args):
        pass


def test_doctype_entities_are_neither_expanded_nor_fetched():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    doctype = (
        f'<!DOCTYPE w:document SYSTEM "{url}/external.dtd" [\n'
        '<!ENTITY passwd SYSTEM "file:///etc/passwd">\n'
        f'<!ENTITY remote SYSTEM "{url}/remote">\n'
        '<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n'
        '<!ENTITY lol "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n'
        "]>\n"
    ).encode()

    def inject(xml: bytes) -> bytes:
        head, rest = xml.split(b"?>", 1)
        rest = rest.replace(b"Alphabet said", b"&passwd;&remote;&lol;Alphabet said", 1)
        return head + b"?>\n" + doctype + rest

    try:
        data = rewrite_member(docx_bytes(english_story()), "word/document.xml", inject)
        try:
            draft = read_docx(data, "xxe.docx")
        except MalformedFile:
            draft = None
    finally:
        server.shutdown()
        server.server_close()
    assert _Recorder.requests == []
    if draft is not None:
        assert "root:" not in draft.text and "FETCHED" not in draft.text
        assert "AAAA" not in draft.text and "&" not in draft.text
        assert draft.text.startswith("Alphabet said on Friday")


# ---- whatever the bytes ----------------------------------------------------------------

_VALID = docx_bytes(french_story())
_PARTS = ["word/document.xml", "word/styles.xml", "docProps/core.xml", "[Content_Types].xml",
          "_rels/.rels", "word/_rels/document.xml.rels", "word/numbering.xml"]


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    buf = bytearray(data)
    for position, value in flips:
        if buf:
            buf[position % len(buf)] = value
    return bytes(buf)


_flips = st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8)
_mutated_zip = st.builds(lambda f, cut: _flip(_VALID, f)[:cut], _flips,
                         st.integers(0, len(_VALID)))
_mutated_part = st.builds(
    lambda name, f, cut: rewrite_member(_VALID, name, lambda b: _flip(b, f)[:cut]),
    st.sampled_from(_PARTS), _flips, st.integers(0, 200_000),
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=2000), _mutated_zip, _mutated_part))
def test_only_import_errors_escape(data):
    try:
        draft = read_docx(data, "fuzz.docx")
    except ImportFailed as exc:
        assert str(exc).startswith("fuzz.docx: ") and "\n" not in str(exc)
    else:
        assert isinstance(draft.text, str) and draft.text
