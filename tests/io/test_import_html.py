"""Saved web pages: the article body and the page's metadata, whatever the page is like."""

import json
from pathlib import Path

import pytest

from annotator.io.errors import EmptyArticle, FileTooLarge, ImportFailed, NotText, UnsupportedFormat
from annotator.io.importers import MAX_IMPORT_BYTES, extract

BODY = (
    "<p>Le géant américain a annoncé mercredi la suppression de 18\u202f000 postes dans le "
    "monde, dont plusieurs centaines en France, selon un communiqué de la direction.</p>"
    "<p>«\u00a0C'est une décision difficile\u00a0», a résumé Andy Jassy dans un message "
    "adressé aux salariés et publié sur le blog de l'entreprise.</p>"
    "<h2>Les syndicats inquiets</h2>"
    "<p>La CGT dénonce «\u00a0un plan brutal\u00a0» et réclame des garanties pour les 2400 "
    "salariés français, a indiqué son délégué central au Courrier du Soir.</p>"
)


def page(head: str = "", body: str = BODY, lang: str = "fr", before: str = "",
         after: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>'
            '<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie'
            '</a></li><li><a href="/monde">Monde</a></li></ul></nav></header>'
            f'{before}<main><article><h1>Amazon supprime 18\u202f000 emplois</h1>'
            f'{body}</article></main>{after}'
            '<footer><a href="/mentions">Mentions légales</a> <a href="/cgu">CGU</a></footer>'
            '</body></html>')


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def test_body_without_menus_asides_and_comments(tmp_path):
    before = '<div class="cookie-banner">Nous utilisons des cookies. <button>OK</button></div>'
    after = ('<aside class="related"><h3>Lire aussi</h3><ul><li><a href="/a">Meta licencie '
             '11 000 personnes</a></li></ul></aside><section id="comments"><h3>Commentaires'
             '</h3><div class="comment"><p>Scandaleux, comme d\'habitude avec ces géants.</p>'
             '</div></section>')
    article = extract(write(tmp_path, "a.html", page(before=before, after=after)))
    assert article.title == "Amazon supprime 18\u202f000 emplois"
    assert article.text.split("\n\n") == [
        "Le géant américain a annoncé mercredi la suppression de 18\u202f000 postes dans le "
        "monde, dont plusieurs centaines en France, selon un communiqué de la direction.",
        "«\u00a0C'est une décision difficile\u00a0», a résumé Andy Jassy dans un message "
        "adressé aux salariés et publié sur le blog de l'entreprise.",
        "Les syndicats inquiets",
        "La CGT dénonce «\u00a0un plan brutal\u00a0» et réclame des garanties pour les 2400 "
        "salariés français, a indiqué son délégué central au Courrier du Soir.",
    ]
    for noise in ("Accueil", "cookies", "Lire aussi", "Scandaleux", "Mentions"):
        assert noise not in article.text
    assert article.language == "fr" and article.origin == "a.html"


def test_json_ld_comes_before_what_trafilatura_guesses(tmp_path):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Page"},
        {"@type": ["NewsArticle"], "headline": "Amazon supprime 18\u202f000 emplois",
         "datePublished": "2023-01-18T10:05:00+01:00", "dateModified": "2023-01-19T08:00:00+01:00",
         "author": [{"@type": "Person", "name": "Jean Dupont"},
                    {"@type": "Person", "name": "Marie Martin"}],
         "publisher": {"@type": "Organization", "name": "Le Courrier du Soir"},
         "mainEntityOfPage": {"@id": "https://courrier.example/eco/amazon"},
         "inLanguage": "fr-FR"}]}
    head = ("<title>Amazon supprime 18 000 emplois | Le Courrier du Soir</title>"
            '<meta name="author" content="La rédaction">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    article = extract(write(tmp_path, "a.html", page(head, lang="")))
    assert (article.byline, article.published, article.source, article.url, article.language) == (
        "Jean Dupont, Marie Martin", "2023-01-18T10:05:00+01:00", "Le Courrier du Soir",
        "https://courrier.example/eco/amazon", "fr")


def test_open_graph_and_article_tags(tmp_path):
    head = ('<title>Amazon supprime 18 000 emplois - Le Courrier du Soir</title>'
            '<meta property="og:title" content="Amazon supprime 18 000 emplois - Le Courrier du Soir">'
            '<meta property="og:site_name" content="Le Courrier du Soir">'
            '<meta property="og:url" content="https://courrier.example/eco/amazon?utm=x">'
            '<link rel="canonical" href="https://courrier.example/eco/amazon">'
            '<meta property="article:published_time" content="2023-01-18T09:05:00Z">'
            '<meta name="author" content="Par Jean Dupont et Marie Martin">')
    article = extract(write(tmp_path, "a.html", page(head)))
    # The headline as the page shows it, with its narrow no-break space.
    assert article.title == "Amazon supprime 18\u202f000 emplois"
    assert article.byline == "Jean Dupont, Marie Martin"
    assert article.published == "2023-01-18T09:05:00+00:00"
    assert article.source == "Le Courrier du Soir"
    assert article.url == "https://courrier.example/eco/amazon"


def test_broken_json_ld_is_ignored(tmp_path):
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
            '<meta property="og:site_name" content="Le Soir">')
    article = extract(write(tmp_path, "a.html", page(head)))
    assert article.source == "Le Soir" and "Andy Jassy" in article.text


@pytest.mark.parametrize("declaration", ['<meta charset="windows-1252">',
                                         '<meta http-equiv="Content-Type" '
                                         'content="text/html; charset=ISO-8859-1">'])
def test_declared_single_byte_charset(tmp_path, declaration):
    body = BODY.replace("\u202f", " ").replace("\u00a0", " ")
    path = write(tmp_path, "a.html", page(declaration, body=body).replace("\u202f", " "),
                 encoding="cp1252")
    article = extract(path)
    assert "décision difficile" in article.text and "réclame" in article.text


def test_undeclared_utf8_is_not_read_as_latin1(tmp_path):
    # lxml, given these bytes, would read "é" as "Ã©": the importer decodes them itself.
    article = extract(write(tmp_path, "a.html", page()))
    assert "Ã" not in article.text and "américain" in article.text


def test_utf8_bom_and_a_lying_declaration(tmp_path):
    bom = write(tmp_path, "bom.html", b"\xef\xbb\xbf" + page().encode("utf-8"))
    assert "américain" in extract(bom).text
    body = BODY.replace("\u202f", " ").replace("\u00a0", " ")
    lying = write(tmp_path, "lying.html", page('<meta charset="utf-8">', body=body)
                  .replace("\u202f", " "), encoding="cp1252")
    assert "américain" in extract(lying).text


def test_script_and_style_never_reach_the_text(tmp_path):
    body = BODY + "<script>alert('pwned')</script><style>p{color:red}</style>"
    body += "<p>Fin de l'article, sans <script>document.write('x')</script> surprise aucune.</p>"
    text = extract(write(tmp_path, "a.html", page(body=body))).text
    assert "alert" not in text and "color:red" not in text and "document.write" not in text


def test_entities_declared_in_a_doctype_are_not_expanded(tmp_path):
    doctype = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
               '<!ENTITY web SYSTEM "http://127.0.0.1:9/x"><!ENTITY a "aaaaaaaaaa">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
               '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    body = BODY + "<p>Le fichier &xxe; et &web; puis &c; restent des mots du texte.</p>"
    html = page(body=body).replace("<!DOCTYPE html>", doctype)
    text = extract(write(tmp_path, "a.xhtml", html)).text
    assert "root:" not in text and "aaaaaaaaaaaaaaaaaaaa" not in text


def test_binary_renamed_html_is_refused(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    with pytest.raises(NotText, match=r"photo.html: looks like a binary file"):
        extract(write(tmp_path, "photo.html", png))


@pytest.mark.parametrize("html", [
    "", "   ", "<html></html>", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"])
def test_a_page_without_an_article(tmp_path, html):
    with pytest.raises(EmptyArticle, match="empty.html"):
        extract(write(tmp_path, "empty.html", html))


def test_a_page_saved_with_its_folder(tmp_path):
    from annotator.operations import importable_files

    folder = tmp_path / "saved"
    (folder / "Amazon supprime des emplois_files").mkdir(parents=True)
    (folder / "Amazon supprime des emplois.html").write_text(page(), encoding="utf-8")
    for name in ("ad.html", "style.css", "app.js"):
        (folder / "Amazon supprime des emplois_files" / name).write_text("x", encoding="utf-8")
    (folder / "autre_files").mkdir()  # no page of that name: a real folder, imported
    (folder / "autre_files" / "note.txt").write_text("Une note", encoding="utf-8")
    found = [p.relative_to(folder).as_posix() for p in importable_files([folder], True)]
    assert found == ["Amazon supprime des emplois.html", "autre_files/note.txt"]


def test_size_limit_is_in_the_message(tmp_path):
    huge = tmp_path / "dump.html"
    with huge.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk
        f.truncate(200 * 1024 * 1024)
    limit = f"{MAX_IMPORT_BYTES / 1e6:.0f} MB"
    with pytest.raises(FileTooLarge, match=rf"dump.html: too large.*209.7 MB.*limit is {limit}"):
        extract(huge)


def test_unknown_extension(tmp_path):
    with pytest.raises(UnsupportedFormat, match=r"a.pdf: cannot import '.pdf' files "
                                                r"\(supported: .*\.html.*\.docx"):
        extract(write(tmp_path, "a.pdf", "%PDF-1.4"))


def test_only_import_errors_come_out(tmp_path):
    assert issubclass(EmptyArticle, ImportFailed) and issubclass(NotText, ImportFailed)
