"""The HTML fact sheet: structure, escaping, self-containment, highlights, templates."""

from __future__ import annotations

import shutil
import string
from collections import defaultdict

import lxml.html
import pytest
from export_sample import SCRIPT_NOTE, sample_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import (
    BUILTIN_CATEGORIES,
    BUILTIN_STATUSES,
    Annotation,
    Article,
    ProjectData,
)
from annotator.io.errors import ExportFailed
from annotator.io.exporters import export
from annotator.io.factsheet import paragraphs
from annotator.io.factsheet_html import CSP
from annotator.paths import exports_dir


def render(tmp_path, data=None, article_ids=None, **kw):
    out = export(data or sample_project(), "html", tmp_path / "sheet.html", article_ids, **kw)
    raw = out.read_text(encoding="utf-8")
    return raw, lxml.html.document_fromstring(raw)


def highlighted(doc, article_id: str) -> dict[int, str]:
    """Item number -> the article text inside its <mark>s, reference numbers left out."""
    found: dict[int, str] = defaultdict(str)

    def add(text, items):
        for n in items:
            found[n] += text or ""

    def visit(el, items):
        if el.tag == "mark":
            items = [*items, int(el.get("data-item"))]
        if el.tag == "br":
            add("\n", items)
        add(el.text, items)
        for child in el:
            if child.tag != "sup":
                visit(child, items)
            add(child.tail, items)

    visit(doc.xpath(f'//section[@id="{article_id}"]//div[@class="text-body"]')[0], [])
    return dict(found)


def covered_text(doc, article_id: str, number: int) -> str:
    return highlighted(doc, article_id).get(number, "")


def item_numbers(doc, article_id: str) -> dict[str, int]:
    """Exact text -> item number, read from the numbered lists."""
    found = {}
    for li in doc.xpath(f'//section[@id="{article_id}"]//li[contains(@class, "item")]'):
        exact = li.xpath('.//p[@class="exact"]')[0].text_content()
        found[exact] = int(li.get("value"))
    return found


def test_sheet_structure(tmp_path):
    raw, doc = render(tmp_path)
    assert raw.startswith("<!DOCTYPE html>")
    assert doc.get("lang") == "fr"
    assert doc.find(".//title").text == "Dossier Verrerie"
    assert doc.xpath("//h1")[0].text_content() == "Dossier Verrerie"
    assert doc.xpath("//header") and doc.xpath("//main")
    articles = doc.xpath('//section[@class="article"]')
    assert [a.get("id") for a in articles] == ["a1", "a2"]  # the deleted article is left out
    headings = [h.text_content() for h in articles[0].xpath("./section/h3")]
    # A French project: its sheet's headings are French (user categories as named).
    assert headings == ["Parties prenantes (1)", "Citations (1)", "Chiffres (2)", "Claims (2)",
                        "Bad colour (1)", "Texte de l'article annoté"]
    # Every section is labelled by a heading that exists.
    for section in doc.xpath("//section"):
        assert doc.xpath(f'//*[@id="{section.get("aria-labelledby")}"]')
    meta = articles[0].xpath('.//dl[@class="article-meta"]')[0].text_content()
    for expected in ("Jeanne Dupont", "La Voix du Nord", "https://example.org/verrerie",
                     "2024-03-05", "art-1", "2024-03-05 08:00 UTC"):
        assert expected in meta
    summary = articles[0].xpath('.//div[@class="summary"]')[0].text_content()
    assert "7 annotations" in summary and "Trompeur 1" in summary and "Claims 2" in summary
    assert "Deleted article" not in raw


def test_statuses_in_words_and_unused_user_category_hidden(tmp_path):
    raw, doc = render(tmp_path)
    for li in doc.xpath('//li[contains(@class, "item")]'):
        badge = li.xpath('.//span[contains(@class, "status")]')[0].text_content()
        # In words, in the project's language (French here).
        assert badge.removeprefix("Statut\u00a0: ") in {s.label_fr for s in BUILTIN_STATUSES}
    assert "Unused" not in raw


def test_user_text_is_escaped(tmp_path):
    raw, doc = render(tmp_path)
    assert not doc.xpath("//script")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    notes = [dd.text_content() for dd in doc.xpath('//dd[@class="note"]')]
    assert SCRIPT_NOTE in notes
    # Only web links are clickable: the javascript: evidence URL stays text.
    hrefs = [a.get("href") for a in doc.xpath("//a[@href]")]
    assert all(h.startswith(("#", "https://")) for h in hrefs), hrefs
    assert "javascript:alert(1)" in doc.text_content()


def test_sheet_is_self_contained(tmp_path):
    _raw, doc = render(tmp_path)
    assert not doc.xpath("//link | //iframe | //object | //embed | //img | //*[@src]")
    style = doc.xpath("//head/style")[0].text
    assert "mark.hl" in style and "@media print" in style
    assert "@import" not in style and "url(" not in style


def test_every_span_is_highlighted_with_its_text(tmp_path):
    data = sample_project()
    _raw, doc = render(tmp_path, data)
    numbers = item_numbers(doc, "a1")
    live = [a for a in data.annotations_of("art-1")]
    assert len(live) == 7 and len(numbers) == 7
    for ann in live:
        n = numbers[ann.exact]
        assert covered_text(doc, "a1", n) == ann.exact
        # The reference links to the item, and the item links back to the reference.
        ref = doc.xpath(f'//section[@id="a1"]//sup/a[@id="a1-r{n}"]')[0]
        assert ref.get("href") == f"#a1-i{n}" and ref.text == str(n)
        assert doc.xpath(f'//li[@id="a1-i{n}"]//a[@href="#a1-r{n}"]')


def test_nested_and_overlapping_marks_stay_visible(tmp_path):
    _raw, doc = render(tmp_path)
    numbers = item_numbers(doc, "a1")
    figure = numbers["14\u202f000 salariés"]
    claim = [n for t, n in numbers.items() if t.startswith("la suppression")][0]
    inner = doc.xpath(f'//mark[@data-item="{figure}"]')[0]
    assert inner.getparent().get("data-item") == str(claim)  # nested inside the claim
    # "choix »" is covered by both the quote and the overlapping grey span.
    quote = numbers["«\u202fNous n'avons pas le choix\u00a0»"]
    both = [m for m in doc.xpath(f'//mark[@data-item="{quote}"]')
            if m.xpath('.//mark[@data-category="cat-bad"] | ancestor::mark[@data-category]')]
    assert both


def test_colours_are_validated(tmp_path):
    _raw, doc = render(tmp_path)
    bad = doc.xpath('//mark[@data-category="cat-bad"]')[0]
    assert "url" not in bad.get("style") and "red" not in bad.get("style")
    assert "#b8bec6" in bad.get("style")  # the neutral grey
    quote = doc.xpath('//mark[@data-category="quote"]')[0]
    assert "rgba(230, 159, 0" in quote.get("style") and "#e69f00" in quote.get("style")
    assert "cat-quote" in quote.get("class")


def test_deleted_annotation_is_absent(tmp_path):
    raw, doc = render(tmp_path)
    assert "SUPPRIMÉE" not in raw
    text = doc.xpath('//section[@id="a1"]//div[@class="text-body"]')[0]
    assert "Les syndicats contestent ces chiffres" in text.text_content()
    assert not [m for m in text.xpath(".//mark") if "syndicats" in m.text_content()]


def test_paragraphs_and_line_breaks(tmp_path):
    _raw, doc = render(tmp_path)
    paras = doc.xpath('//section[@id="a1"]//div[@class="text-body"]/p')
    assert len(paras) == 3
    assert paras[1].xpath(".//br")  # the single newline inside the second paragraph


def test_single_article_sheet(tmp_path):
    _raw, doc = render(tmp_path, article_ids=["art-1"])
    assert doc.xpath("//h1")[0].text_content() == "Verrerie du Nord : 14 000 emplois menacés"
    article = doc.xpath('//section[@class="article"]')
    assert len(article) == 1 and article[0].get("aria-labelledby") == "sheet-title"
    assert not article[0].xpath(".//h3") and article[0].xpath("./section/h2")


def test_unknown_or_deleted_article_is_refused(tmp_path):
    with pytest.raises(ExportFailed, match="no article with id 'nope'"):
        export(sample_project(), "html", tmp_path / "x.html", ["nope"])
    with pytest.raises(ExportFailed, match="deleted"):
        export(sample_project(), "html", tmp_path / "x.html", ["art-gone"])
    assert not list(tmp_path.iterdir())


# --- templates ------------------------------------------------------------------------


@pytest.fixture
def template(tmp_path):
    folder = tmp_path / "tpl"
    shutil.copytree(exports_dir(), folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


def test_custom_template_is_used(tmp_path, template):
    html = (template / "factsheet.html").read_text(encoding="utf-8")
    (template / "factsheet.html").write_text(html.replace("Fact sheet</p>", "Desk Nord</p>"),
                                             encoding="utf-8")
    (template / "factsheet.css").write_text("body { color: #123456; }", encoding="utf-8")
    raw, _doc = render(tmp_path, template_dir=template)
    assert "Desk Nord" in raw and "color: #123456" in raw


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda h: h.replace(' data-slot="articles"', ""), 'no element with data-slot="articles"'),
        (lambda h: h.replace(' data-slot="title"', ""), 'no element with data-slot="title"'),
        (lambda h: "", "cannot be parsed"),
        (lambda h: h.replace("</head>", '<script src="x.js"></script></head>'), "<script>"),
        (lambda h: h.replace("</head>", '<link rel="stylesheet" href="x.css"></head>'), "<link>"),
        (lambda h: h.replace("</body>", '<img src="https://x/y.png"></body>'), "fetch"),
        (lambda h: h.replace("</head>", '<meta http-equiv="Refresh" content="0; url=https://x/">'
                                        "</head>"), "refresh"),
    ],
)
def test_bad_template(tmp_path, template, edit, message):
    path = template / "factsheet.html"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ExportFailed) as failure:
        render(tmp_path, template_dir=template)
    assert message in str(failure.value)
    assert str(tmp_path / "sheet.html") in str(failure.value)
    assert not (tmp_path / "sheet.html").exists()


def test_csp_comes_first_whatever_the_template(tmp_path, template):
    # A newsroom's template with head elements of its own, and one with no <head> at all.
    own = template / "factsheet.html"
    own.write_text(own.read_text(encoding="utf-8").replace(
        "<head>", '<head>\n<meta name="author" content="Desk Nord">'), encoding="utf-8")
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "factsheet.html").write_text(
        '<html><body><h1 data-slot="title">T</h1><main data-slot="articles"></main></body></html>',
        encoding="utf-8")
    (bare / "factsheet.css").write_text("", encoding="utf-8")
    for folder in (None, template, bare):
        raw, doc = render(tmp_path, template_dir=folder)
        first = doc.find("head")[0]
        assert first.tag == "meta" and first.get("http-equiv") == "Content-Security-Policy"
        assert first.get("content") == CSP
        assert len(doc.xpath('//meta[@http-equiv="Content-Security-Policy"]')) == 1
        if folder is not bare:  # the template's charset is still read (first 1024 bytes)
            assert raw.index('<meta charset="utf-8">') < 1024
    # No script and no fetch of any kind; inline styles and data: images and fonts only.
    policy = {d.split()[0]: d.split()[1:] for d in CSP.split(";")}
    assert policy == {"default-src": ["'none'"], "style-src": ["'unsafe-inline'"],
                      "img-src": ["data:"], "font-src": ["data:"], "base-uri": ["'none'"],
                      "form-action": ["'none'"]}


def test_missing_template_files(tmp_path, template):
    (template / "factsheet.css").write_text("@import url(https://fonts.example/x.css);")
    with pytest.raises(ExportFailed, match="@import"):
        render(tmp_path, template_dir=template)
    (template / "factsheet.css").unlink()
    with pytest.raises(ExportFailed, match=r"factsheet\.css is missing"):
        render(tmp_path, template_dir=template)
    with pytest.raises(ExportFailed, match=r"factsheet\.html is missing"):
        render(tmp_path, template_dir=tmp_path / "nowhere")


# --- any text, any spans -------------------------------------------------------------

ALPHABET = string.ascii_letters[:6] + " \n<&«»\u00a0\u202f" + "é\u0301🏭"


@st.composite
def article_with_spans(draw):
    text = draw(st.text(alphabet=ALPHABET, max_size=60))
    spans = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))),
                          max_size=6))
    categories = [c.id for c in BUILTIN_CATEGORIES]
    anns = [
        Annotation(f"id-n{i}.", "a", draw(st.sampled_from(categories)), min(s), max(s),
                   text[min(s) : max(s)], note=f"id-n{i}.")
        for i, s in enumerate(spans)
    ]
    return ProjectData(categories=list(BUILTIN_CATEGORIES),
                       articles=[Article("a", "T", text)], annotations=anns)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=article_with_spans())
def test_any_spans_render(tmp_path, data):
    _raw, doc = render(tmp_path, data)
    text = data.articles[0].text
    marks = highlighted(doc, "a1") if paragraphs(text) else {}
    items = doc.xpath('//li[contains(@class, "item")]')
    assert len(items) == len(data.annotations)
    for li in items:
        n = int(li.get("value"))
        ann = next(a for a in data.annotations if a.id in li.text_content())
        # Blank lines between paragraphs are not shown: expect the visible part of the span.
        expected = "".join(text[max(ann.start, s) : min(ann.end, e)]
                           for s, e in paragraphs(text) if ann.start < e and s < ann.end)
        assert marks.get(n, "") == expected
        if marks:
            assert doc.xpath(f'//div[@class="text-body"]//sup/a[@href="#a1-i{n}"]')


def test_project_of_one_article_keeps_its_heading(tmp_path):
    data = sample_project()
    data.articles = [a for a in data.articles if a.id == "art-2"]
    data.annotations = [a for a in data.annotations if a.article_id == "art-2"]
    data.meta["title"] = "Revue <script>alert(1)</script> & co"
    raw, doc = render(tmp_path, data)
    assert doc.xpath("//h1")[0].text_content() == "Revue <script>alert(1)</script> & co"
    assert doc.find(".//title").text == "Revue <script>alert(1)</script> & co"
    assert doc.xpath('//section[@class="article"]/h2')[0].text_content() == "Second article"
    assert not doc.xpath("//script") and "<script>alert" not in raw


def test_stale_and_dangling_annotations_are_listed_not_highlighted(tmp_path):
    data = sample_project()
    data.annotations += [
        Annotation("stale", "art-2", "quote", 0, 6, "Autre!", note="stale one"),
        Annotation("lost", "art-2", "nowhere", 17, 19, "It", note="lost category"),
    ]
    _raw, doc = render(tmp_path, data)
    stale = doc.xpath('//section[@id="a2"]//li[.//dd[text()="stale one"]]')[0]
    assert stale.xpath('.//p[@class="warning"]')
    assert not doc.xpath(f'//section[@id="a2"]//mark[@data-item="{stale.get("value")}"]')
    headings = [h.text_content() for h in doc.xpath('//section[@id="a2"]/section/h3')]
    assert "Sans catégorie (1)" in headings
    lost = doc.xpath('//section[@id="a2"]//li[.//dd[text()="lost category"]]')[0]
    assert covered_text(doc, "a2", int(lost.get("value"))) == "It"
