"""The PDF fact sheet: metadata, text, page numbers on every page, nothing loaded."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from export_sample import SCRIPT_NOTE, make_annotation, sample_project

from annotator.core.model import BUILTIN_CATEGORIES, Article, ProjectData
from annotator.io.factsheet import sheets
from annotator.io.factsheet_html import render_html
from annotator.io.factsheet_pdf import qt_html, render_pdf
from annotator.paths import exports_dir

pytestmark = [
    pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdfimages")),
                       reason="needs poppler-utils (pdftotext, pdfinfo, pdfimages)"),
    # A QApplication first, as the GUI makes one: had render_pdf made its QGuiApplication,
    # the widget tests run later in this process could not create any widget.
    pytest.mark.usefixtures("qapp"),
]


def sheet_html(data: ProjectData, article_ids=None, title="Dossier Verrerie") -> str:
    chosen = sheets(data, article_ids)
    return render_html(data, chosen, title, article_ids is not None, exports_dir())


def write_pdf(tmp_path, html: str, title: str = "Dossier Verrerie"):
    pdf = render_pdf(html, title)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return pdf, path


def pages_text(path) -> list[str]:
    """The text of each page; NFKC undoes the ligatures (ﬁ) the fonts draw."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [unicodedata.normalize("NFKC", page) for page in out.split("\f")[:-1]]


def info(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines())}


def image_count(path) -> int:
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return len(out.splitlines()) - 2  # two header lines


def test_sample_sheet_has_metadata_text_and_page_numbers(tmp_path):
    pdf, path = write_pdf(tmp_path, sheet_html(sample_project()))
    assert pdf.startswith(b"%PDF-")
    meta = info(path)
    assert meta["Title"] == "Dossier Verrerie"
    assert meta["Creator"] == "Newsroom Annotator"
    assert meta["Page size"].endswith("(A4)")
    pages = pages_text(path)
    assert len(pages) == int(meta["Pages"])
    text = "\n".join(pages)
    assert "Dossier Verrerie" in pages[0] and "Page 1 / " in pages[0]
    assert "Nous n'avons pas le choix" in text
    assert "Verrerie du Nord : 14 000 emplois menacés".replace(" ", "") in text.replace(" ", "")
    # Escaped user text is shown as text, never parsed.
    assert "<script>alert(1)</script>" in SCRIPT_NOTE and "<script>alert(1)</script>" in text
    assert "Deleted article" not in text and "SUPPRIMÉE" not in text


def test_every_page_of_a_long_article_is_numbered(tmp_path):
    text = "\n\n".join(f"Paragraphe {n} : « Le chiffre de {n} % est faux », dit-on. " * 6
                       for n in range(1, 121))
    anns = [make_annotation(f"a{n}", "quote", f"« Le chiffre de {n} % est faux »",
                            text=text, article="long", status="to_check")
            for n in range(1, 121, 10)]
    data = ProjectData(meta={"title": "Long"}, categories=list(BUILTIN_CATEGORIES),
                       articles=[Article("long", "Un très long article", text)],
                       annotations=anns)
    _pdf, path = write_pdf(tmp_path, sheet_html(data, ["long"]), "Un très long article")
    count = int(info(path)["Pages"])
    assert count >= 5
    pages = pages_text(path)
    assert len(pages) == count
    for number, page in enumerate(pages, 1):
        assert re.search(rf"Page {number} / {count}\s*$", page.strip()), page[-200:]
    assert "Paragraphe 120" in pages[-1]


def red_png(tmp_path) -> str:
    """A red square saved as pic.png; returns the same image as a data: URL."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(tmp_path / "pic.png"))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + bytes(raw.toBase64()).decode()


def image_tags(tmp_path) -> str:
    """Raw <img> elements, as a careless template might hold: files and a URL."""
    sources = ((tmp_path / "pic.png").as_uri(), str(tmp_path / "pic.png"), "pic.png",
               "http://127.0.0.1:9/x.png")
    return "".join(f'<p><img src="{src}" width="16" height="16"></p>' for src in sources)


def test_nothing_is_loaded_from_disk_or_network(tmp_path, monkeypatch):
    data_url = red_png(tmp_path)
    monkeypatch.chdir(tmp_path)  # so that even the relative "pic.png" would be found
    _pdf, path = write_pdf(tmp_path, f"<html><body><p>Images</p>{image_tags(tmp_path)}"
                                     "</body></html>")
    assert image_count(path) == 0
    # ...while a data: URL, which needs nothing outside the page, is drawn.
    _pdf, path = write_pdf(tmp_path, f'<html><body><img src="{data_url}"></body></html>')
    assert image_count(path) == 1


def test_the_document_itself_refuses_files(tmp_path, monkeypatch):
    """Second line of defence, should an <img> get past qt_html: Qt's image handler
    reads a file itself when loadResource returns nothing, so it must get a blank."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from annotator.io.factsheet_pdf import _ensure_gui_app, _offline_document_class

    _ensure_gui_app()
    data_url = red_png(tmp_path)
    monkeypatch.chdir(tmp_path)

    def red_pixels(html: str) -> int:
        doc = _offline_document_class()()
        doc.setHtml(html)
        canvas = QImage(200, 200, QImage.Format.Format_RGB32)
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        doc.drawContents(painter)
        painter.end()
        return sum(canvas.pixelColor(x, y) == QColor("red")
                   for x in range(0, 200, 4) for y in range(0, 200, 4))

    assert red_pixels(f"<html><body>{image_tags(tmp_path)}</body></html>") == 0
    assert red_pixels(f'<html><body><img src="{data_url}"></body></html>') > 0


def test_escaped_img_in_a_note_stays_text(tmp_path):
    data = sample_project()
    _pdf, path = write_pdf(tmp_path, sheet_html(data, ["art-1"]))
    baseline = image_count(path)  # the factory emoji is drawn as a colour bitmap
    note = '<img src="http://example.com/x.png">'
    data.annotations[0].note = note
    _pdf, path = write_pdf(tmp_path, sheet_html(data, ["art-1"]))
    assert note in "".join(pages_text(path))
    assert image_count(path) == baseline


def test_a_process_without_qt_application_gets_one_offscreen(tmp_path):
    """As the CLI would run it: no QApplication, no display, no QT_QPA_PLATFORM."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    script = ("import sys; from annotator.io.factsheet_pdf import render_pdf; "
              "sys.stdout.buffer.write(render_pdf('<p>Bonjour</p>', 'Titre'))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env,
                            cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    (tmp_path / "cli.pdf").write_bytes(result.stdout)
    assert pages_text(tmp_path / "cli.pdf")[0].split() == ["Bonjour", "Titre", "Page", "1",
                                                           "/", "1"]


def test_qt_html_reshapes_what_qt_cannot_lay_out():
    html = qt_html(sheet_html(sample_project()))
    assert "<section" not in html and "<dl" not in html and "<dt" not in html
    assert '<table class="article-meta">' in html
    assert "↑" not in html  # screen-only links ("↑ dans le texte" in this French sheet)
    assert "var(--" not in html  # the browser stylesheet gave way to the print one
    assert html.count("page-break-before: always") == 1  # the second article's page
